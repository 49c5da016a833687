"""`rounds summary` and `rounds extract` read the time from the Clock they are given."""

from __future__ import annotations

import argparse
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.adapters.memory import MemoryClock
from agent.adapters.reading import RulesFirst
from agent.cli import extract as extract_command
from agent.cli import summary as summary_command
from agent.config import Settings
from agent.core.process import Person, Process, Round
from store.db import Change, Store

NOW = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)  # Monday 08:00 in New York
SAM = Person(name="Sam Lee", email="sam@agency.test", zone="Europe/London")


def test_summary_send_queues_at_the_clocks_time(tmp_path: Path, no_settings: None) -> None:
    """--send stamps the queued mail and the summary note with the given clock's time."""
    db = tmp_path / "rounds.json"
    process = Process(
        id="p1",
        candidate=Person(name="Sven Berg", email="sven@example.com", zone="Europe/London"),
        clients=(Person(name="Bob Smith", email="bob@acme.test", zone="Europe/London"),),
        recruiter=SAM,
        company="Acme",
        role="Engineer",
        rounds=(Round(number=1),),
        created_at=NOW - timedelta(days=20),
        last_contact=NOW - timedelta(days=2),
    )
    with Store(db) as store:
        store.commit(Change(processes={process.id: process.to_doc()}))
    settings = Settings(db=db, agent_address="scheduling@agency.test", recruiters=SAM.email)
    args = argparse.Namespace(send=True, recruiter=SAM.email, out=None)
    assert summary_command.main(args, settings, clock=MemoryClock(NOW)) == 0
    with Store(db, readonly=True) as store:
        [queued] = store.outbox()
        assert queued["queued_at"] == NOW.isoformat()
        assert store.meta(f"summary:{SAM.email}") == NOW.isoformat()


@pytest.mark.parametrize("now", [NOW, NOW + timedelta(days=7)])
def test_extract_reads_an_undated_message_as_of_the_clock(tmp_path: Path, now: datetime) -> None:
    """A message without a Date resolves "tomorrow" from the clock's day."""
    eml = tmp_path / "m.eml"
    eml.write_bytes(
        b"From: Jane <jane@example.com>\r\nSubject: Re: times\r\n\r\n"
        b"Tomorrow between 10am and 12pm works for me.\r\n"
    )
    context = tmp_path / "context.json"
    context.write_text(json.dumps({"role": "candidate", "timezone": "UTC"}))
    out = io.StringIO()
    extract_command.run_single(eml, context, RulesFirst(None), out, clock=MemoryClock(now))
    found = json.loads(out.getvalue())
    tomorrow = (now + timedelta(days=1)).date().isoformat()
    assert found["windows"] == [
        {"start": f"{tomorrow}T10:00:00+00:00", "end": f"{tomorrow}T12:00:00+00:00"}
    ]
