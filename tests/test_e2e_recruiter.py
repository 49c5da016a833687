"""What recruiters get: a daily digest when they ask for one, and commands that work."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from agent.core.process import RoundStatus
from agent.dev.simulation import text_of
from tests.e2e import (
    CANDIDATE,
    CLIENT,
    RECRUITER,
    Harness,
    Post,
    running_agent,
)

# In-process, on the in-memory mail account (tests/e2e.py).
pytestmark = pytest.mark.mail("memory")


@pytest.fixture
async def daily(post: Post, tmp_path: Path) -> AsyncIterator[Harness]:
    async with running_agent(post, tmp_path, recruiter_updates="daily") as harness:
        yield harness


def _updates(h: Harness) -> list[str]:
    return [
        text_of(m)
        for m in RECRUITER.inbox(h.servers)
        if "weekly" not in str(m["Subject"]).lower()
        and "your interview rounds" not in str(m["Subject"]).lower()
    ]


async def test_daily_digest_gathers_the_days_updates(daily: Harness) -> None:
    """With ROUNDS_RECRUITER_UPDATES=daily, no copies per step; one digest after 17:00."""
    await daily.kickoff()
    await daily.step()
    daily.clock.advance(hours=1)
    await CANDIDATE.reply(daily.servers, "Thursday morning works for me.", now=daily.clock.now)
    await CLIENT.reply(daily.servers, "Thursday 2pm to 5pm UK time.", now=daily.clock.now)
    await daily.step()
    assert daily.processes()[0].current.status == RoundStatus.SCHEDULED
    assert _updates(daily) == []
    daily.clock.advance(hours=8)  # 23:00 UTC, 18:00 in New York
    await daily.step()
    daily.clock.advance(hours=1)
    await daily.step()
    [digest] = _updates(daily)
    assert "I've started Interview #1" in digest
    assert "I sent the invite for Interview #1" in digest


async def test_recruiter_schedules_a_further_round_with_a_new_interviewer(harness: Harness) -> None:
    """'schedule round 2 with Carol <carol@acme.test>, 30 min' asks the candidate and Carol."""
    carol = "carol@acme.test"
    await harness.kickoff()
    await harness.step()
    update = [m for m in RECRUITER.inbox(harness.servers) if "update" in str(m["Subject"])][-1]
    harness.clock.advance(hours=1)
    await RECRUITER.reply(
        harness.servers,
        f"schedule round 2 with Carol Diaz <{carol}>, 30 min",
        now=harness.clock.now,
        to=update,
    )
    await harness.step()
    process = harness.processes()[0]
    assert [(r.number, r.duration_minutes) for r in process.rounds] == [(1, 60), (2, 30)]
    assert [p.email for p in process.current.interviewers] == [carol]
    assert any(carol in c.rcpt_tos for c in harness.servers.sent)
