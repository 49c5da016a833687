"""`make eval-llm` end to end against the fake OpenAI server: its figures match what the
server saw, and without an endpoint it says so in one line and exits 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.eval_llm import SCORER, main
from tests.fakes.openai_server import FakeOpenAIServer, Scripted

CONTEXT = {
    "role": "candidate",
    "timezone": "America/New_York",
    "duration_minutes": 60,
    "round": 1,
    "stage": "proposed",
    "proposed": [
        {"start": "2026-12-09T10:00:00-05:00", "end": "2026-12-09T11:00:00-05:00"},
        {"start": "2026-12-10T14:00:00-05:00", "end": "2026-12-10T15:00:00-05:00"},
    ],
    "scheduled": None,
}
CASES = {
    "pick": ("Wednesday's slot is the one for me, see you then.", "accept", 1),
    "none": ("Neither of those days is possible for me, I'm afraid.", "decline", None),
}


def _write_cases(folder: Path) -> None:
    folder.mkdir()
    for name, (text, intent, selected) in CASES.items():
        eml = (
            "From: Dana Reyes <dana@example.com>\r\n"
            "To: scheduling@agency.test\r\n"
            "Subject: Re: Interview options\r\n"
            f"Message-ID: <{name}@example.com>\r\n"
            "Date: Mon, 07 Dec 2026 09:12:00 -0500\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            f"{text}\r\n\r\nDana\r\n"
        )
        (folder / f"{name}.eml").write_text(eml)
        label = {"intent": intent, "windows": [], "selected": selected, "outcome": None}
        (folder / f"{name}.json").write_text(json.dumps({"context": CONTEXT, "expected": label}))


needs_scorer = pytest.mark.skipif(not SCORER.is_file(), reason=f"no scorer at {SCORER}")


@pytest.fixture
def endpoint(
    openai_server: FakeOpenAIServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> FakeOpenAIServer:
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("ROUNDS_LLM", "openai")
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.base_url)
    monkeypatch.setenv("ROUNDS_LLM_MODEL", "fake-model")
    answer = {"intent": "accept", "selected": 1, "outcome": None, "times": [], "confidence": 0.9}
    openai_server.default = Scripted(content=json.dumps(answer))
    return openai_server


@needs_scorer
def test_every_reply_to_the_model_is_scored_and_counted(
    endpoint: FakeOpenAIServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The model picks option 1 for both: one exact, one wrong and acted on (silent)."""
    cases, empty = tmp_path / "cases", tmp_path / "own"
    _write_cases(cases)
    empty.mkdir()
    assert main(["--every", str(cases), str(empty)]) == 0
    out = capsys.readouterr().out
    assert f"== {cases} (model fake-model)" in out
    assert "exact=1.000" not in out
    assert "exact=0.500 " in out and "silent=0.500 handed=0.000 n=2" in out
    prompt = sum(
        sum(len(str(m["content"])) for m in body["messages"]) // 4 for body in endpoint.requests
    )
    assert len(endpoint.requests) == 2
    assert f"llm: calls/message=1.000 prompt_tokens/message={prompt / 2:.1f}" in out
    assert f"== {empty}: no cases, skipped" in out


@needs_scorer
def test_as_the_agent_reads_the_calls_are_what_the_server_saw(
    endpoint: FakeOpenAIServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --every only the replies the rules doubt reach the model."""
    cases = tmp_path / "cases"
    _write_cases(cases)
    assert main([str(cases)]) == 0
    out = capsys.readouterr().out
    assert f"calls={len(endpoint.requests)} " in out and "n=2" in out


def test_no_endpoint_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("ROUNDS_LLM", "OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    assert main([]) == 2
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and out.startswith("eval-llm: no LLM endpoint configured")
