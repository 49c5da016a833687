"""The CLI commands read time through an injected clock, never the host's clock directly."""

from __future__ import annotations

import argparse
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from agent.adapters.clock import system_clock
from agent.adapters.reading import RulesFirst
from agent.cli import extract, summary
from agent.config import Settings
from store.db import Store

UNDATED = (
    b"From: Jane Doe <jane@example.com>\r\nTo: scheduling@agency.test\r\n"
    b"Subject: Re: Interview\r\n\r\nTomorrow at 10am works for me.\r\n"
)
CONTEXT = {"role": "candidate", "timezone": "America/New_York", "duration_minutes": 60}


def _extracted(tmp_path: Path, now: datetime) -> dict[str, object]:
    eml, context = tmp_path / "m.eml", tmp_path / "c.json"
    eml.write_bytes(UNDATED)
    context.write_text(json.dumps(CONTEXT))
    out = io.StringIO()
    extract.run_single(eml, context, RulesFirst(None), out, clock=lambda: now)
    result: dict[str, object] = json.loads(out.getvalue())
    return result


def test_extract_reads_an_undated_message_as_of_the_clock(tmp_path: Path) -> None:
    monday = _extracted(tmp_path, datetime(2026, 11, 30, 14, 0, tzinfo=UTC))
    friday = _extracted(tmp_path, datetime(2026, 12, 4, 14, 0, tzinfo=UTC))
    assert "2026-12-01T10:00:00-05:00" in json.dumps(monday)
    assert "2026-12-05T10:00:00-05:00" in json.dumps(friday)


def test_extract_batch_takes_the_clock_too(tmp_path: Path) -> None:
    eml = tmp_path / "m.eml"
    eml.write_bytes(UNDATED)
    line = json.dumps({"id": "a", "eml": str(eml), "context": CONTEXT})
    out = io.StringIO()
    now = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)
    extract.run_batch(io.StringIO(line + "\n"), RulesFirst(None), out, clock=lambda: now)
    assert "2026-12-01T10:00:00-05:00" in out.getvalue()


def test_summary_is_built_as_of_the_clock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store(tmp_path / "rounds.json"):
        pass
    settings = Settings(db=str(tmp_path / "rounds.json"), recruiters="rita@agency.test")
    args = argparse.Namespace(send=False, out=None, recruiter="rita@agency.test")
    summary.main(args, settings, clock=lambda: datetime(2026, 11, 30, 14, 0, tzinfo=UTC))
    first = capsys.readouterr().out
    summary.main(args, settings, clock=lambda: datetime(2027, 3, 1, 14, 0, tzinfo=UTC))
    later = capsys.readouterr().out
    assert "Subject: Your interview rounds, week of Mon 30 Nov 2026" in first
    assert "Subject: Your interview rounds, week of Mon 1 Mar 2027" in later


def test_the_system_clock_is_aware_utc() -> None:
    assert system_clock().tzinfo is UTC
