"""End to end: a withdrawn process moves to the archive; a recruiter's `resume` brings it back."""

from __future__ import annotations

import json

import pytest

from agent.core.process import ProcessStatus
from agent.dev.simulation import text_of
from tests.e2e import CANDIDATE, RECRUITER, Harness

# In-process, on the in-memory mail account (tests/e2e.py).
pytestmark = pytest.mark.mail("memory")


def _hot_ids(h: Harness) -> set[str]:
    return set(json.loads(h.db.read_bytes()).get("processes", {}))


async def test_closed_process_is_archived_and_reopens_on_resume(harness: Harness) -> None:
    """Withdrawal archives the process; `resume` on its thread reopens it into the hot file."""
    h = harness
    await h.kickoff()
    await h.step()
    [process] = h.processes()
    assert _hot_ids(h) == {process.id}

    h.clock.advance(hours=1)
    await CANDIDATE.reply(h.servers, "I'd like to withdraw, I took another job.", now=h.clock.now)
    await h.step()
    assert [p.status for p in h.processes()] == [ProcessStatus.WITHDRAWN]
    assert _hot_ids(h) == set()

    await h.restart()  # routing after a restart reads the archive from disk
    h.clock.advance(hours=1)
    await RECRUITER.reply(h.servers, "resume", now=h.clock.now)
    await h.step()
    assert [p.status for p in h.processes()] == [ProcessStatus.ACTIVE]
    assert _hot_ids(h) == {process.id}
    assert "Resumed." in text_of(RECRUITER.last(h.servers))
