# rounds — developer entry points. Every target sets up .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# pytest-xdist workers for `make test` and `make check`: the suite spends about half its
# time waiting on the servers it starts, which a second worker fills (TEST_WORKERS=0: none).
TEST_WORKERS ?= 2

.PHONY: venv demo test check bench fuzz eval-llm clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=23"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m agent.dev.demo

test: $(STAMP)
	$(BIN)/python -m pytest -n $(TEST_WORKERS)

check: $(STAMP)
	$(BIN)/ruff format --check agent parsers prompts store tests
	$(BIN)/ruff check agent parsers prompts store tests
	$(BIN)/mypy
	$(BIN)/python -m pytest -n $(TEST_WORKERS)

bench: $(STAMP)
	$(BIN)/python -m tests.bench_extract
	$(BIN)/python -m tests.bench_llm
	$(BIN)/python -m tests.bench_store
	$(BIN)/python -m tests.bench_story
	$(BIN)/python -m tests.bench_parse
	$(BIN)/python -m tests.bench_notices
	$(BIN)/python -m tests.bench_sent_copy
	$(BIN)/python -m tests.bench_watch
	$(BIN)/python -m tests.bench_mailboxes
	$(BIN)/python -m tests.bench_calendars
	$(BIN)/python -m tests.bench_desk

fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz --cases 20000

# Scores the model named by ROUNDS_LLM / OPENAI_BASE_URL / ROUNDS_LLM_MODEL; not part of `test`.
eval-llm: $(STAMP)
	$(BIN)/python -m tests.eval_llm $(ARGS)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
