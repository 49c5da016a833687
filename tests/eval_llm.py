"""`make eval-llm`: the configured OpenAI-compatible model, scored on labelled replies.

    python -m tests.eval_llm [--every] [FOLDER ...]

Each case (NAME.eml + NAME.json, the shared corpus format) is read the way the agent
reads it: the rules first, the model for the replies they doubt (`--every` sends every
human reply to the model, to measure the model alone). shared/eval/score.py then scores
the answers (exact, silent, handed, …); a last line per folder gives the model calls and
prompt tokens per message. The folders default to the dev corpus (shared/corpus/dev
beside the repository or above it) and our own cases (tests/corpus/own). The endpoint comes from
ROUNDS_LLM, OPENAI_BASE_URL, OPENAI_API_KEY and ROUNDS_LLM_MODEL; without one it prints
one line and exits 2.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import math
import sys
import time
from contextlib import redirect_stdout
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any
from unittest import mock

from langchain_core.callbacks import UsageMetadataCallbackHandler

from agent.config import Settings
from agent.wiring import build_llm
from parsers.extract import CONFIDENCE_FLOOR, extract
from parsers.llm.extractor import LLMExtractor
from parsers.mail.message import parse_message
from parsers.model import Context
from tests.shared_corpus import CORPUS, ROOT, SCORER
from tests.shared_corpus import scorer as load_scorer

FOLDERS = (CORPUS, ROOT / "tests" / "corpus" / "own")
EVERY = math.inf  # a floor over any confidence: the model reads every human reply


class Meter(UsageMetadataCallbackHandler):
    """Counts model calls (failed ones too) beside the usage the server reports."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def on_chat_model_start(self, *args: Any, **kwargs: Any) -> None:
        self.calls += 1

    @property
    def prompt_tokens(self) -> int:
        return sum(usage["input_tokens"] for usage in self.usage_metadata.values())


async def _answers(
    cases: list[dict[str, Any]], raw: dict[str, bytes], llm: LLMExtractor, floor: float
) -> dict[str, Any]:
    """What the agent reads in each case, as the scorer expects `rounds extract --batch`."""
    answers: dict[str, Any] = {}
    for case in cases:
        try:
            message = parse_message(raw[case["id"]])
            context = Context.from_json(case["context"])
            now = message.date or datetime.now(UTC)
            found = await extract(message, context, now=now, llm=llm, floor=floor)
            answers[case["id"]] = {"id": case["id"], **found.to_json()}
        except Exception as exc:  # one broken case is scored as wrong, never stops the run
            answers[case["id"]] = {"id": case["id"], "error": f"{type(exc).__name__}: {exc}"}
    return answers


def _score(scorer: ModuleType, folder: Path, answers: dict[str, Any], elapsed: float) -> str:
    """score.py's own report for these answers (its figures, not a copy of its rules)."""
    out = io.StringIO()
    argv = ["score.py", str(folder), "--floor", str(CONFIDENCE_FLOOR), "--show-failures"]
    with (
        mock.patch.object(scorer, "run_batch", lambda *_: (answers, elapsed)),
        mock.patch.object(sys, "argv", argv),
        redirect_stdout(out),
    ):
        scorer.main()
    return out.getvalue()


def evaluate(folder: Path, llm: LLMExtractor, meter: Meter, *, every: bool) -> str | None:
    """The report for one folder, or None when it holds no cases."""
    scorer = load_scorer()
    cases = scorer.load_cases(folder) if folder.is_dir() else []
    if not cases:
        return None
    calls, tokens = meter.calls, meter.prompt_tokens
    started = time.perf_counter()
    raw = {case["id"]: Path(case["eml"]).read_bytes() for case in cases}
    answers = asyncio.run(_answers(cases, raw, llm, EVERY if every else CONFIDENCE_FLOOR))
    report = _score(scorer, folder, answers, time.perf_counter() - started)
    n = len(cases)
    calls, tokens = meter.calls - calls, meter.prompt_tokens - tokens
    return (
        f"{report}llm: calls/message={calls / n:.3f} prompt_tokens/message={tokens / n:.1f} "
        f"calls={calls} prompt_tokens={tokens} n={n}\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=list(FOLDERS))
    parser.add_argument("--every", action="store_true", help="the model reads every reply")
    args = parser.parse_args(argv)
    settings = Settings()
    meter = Meter()
    llm = build_llm(settings, offline=False, callbacks=[meter])
    if llm is None:
        print(
            "eval-llm: no LLM endpoint configured; set ROUNDS_LLM=openai, OPENAI_BASE_URL "
            "(and OPENAI_API_KEY, ROUNDS_LLM_MODEL) to score one"
        )
        return 2
    if not SCORER.is_file():
        print(f"eval-llm: the scorer {SCORER} is missing")
        return 2
    scored = 0
    for folder in args.folders:
        report = evaluate(folder, llm, meter, every=args.every)
        if report is None:
            print(f"== {folder}: no cases, skipped")
            continue
        scored += 1
        print(f"== {folder} (model {settings.llm_model})\n{report}", end="")
    return 0 if scored else 2


if __name__ == "__main__":
    sys.exit(main())
