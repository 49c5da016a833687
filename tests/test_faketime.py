"""`rounds watch --once` as cron runs it, each run's clock set by libfaketime, on real servers."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from libfaketime import get_reload_information

from agent.dev.sandbox import MailServers
from agent.dev.simulation import Actor, calendar_of, text_of
from tests.e2e import AGENT, CANDIDATE, CLIENT, LABELLED_KICKOFF, RECRUITER
from tests.test_cli import _env, _rounds

NY = ZoneInfo("America/New_York")


def _at(moment: datetime) -> dict[str, str]:
    """The variables that start a child process's wall clock at `moment` (monotonic stays real)."""
    _, preload = get_reload_information()  # LD_PRELOAD, DONT_FAKE_MONOTONIC=1, FAKETIME_NO_CACHE…
    return preload | {"TZ": "UTC", "FAKETIME": f"@{moment.astimezone(UTC):%Y-%m-%d %H:%M:%S}"}


@pytest.fixture(scope="module")
def faketime() -> None:
    """Skip the module when libfaketime cannot move a child process's clock on this platform."""
    probe = datetime(2001, 2, 3, 4, 5, 6, tzinfo=UTC)
    try:
        env = _at(probe)
    except RuntimeError as exc:  # the package knows no preload mechanism for this platform
        pytest.skip(f"libfaketime cannot be loaded here: {exc}")
    code = "import datetime; print(datetime.datetime.now(datetime.UTC).date())"
    shown = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    if shown.stdout.strip() != "2001-02-03":
        pytest.skip(f"libfaketime did not move the clock here: {shown.stderr.strip()[:200]}")


async def _watch(env: dict[str, str], moment: datetime) -> None:
    """One `rounds watch --once` whose clock reads `moment` (New York wall time in the tests)."""
    code, _, err = await _rounds("watch", "--once", env=env | _at(moment))
    assert code == 0, err


async def _tracker(env: dict[str, str], moment: datetime) -> dict[str, str]:
    """The one tracker row, from `rounds tracker --format json` run at `moment`."""
    code, out, err = await _rounds("tracker", "--format", "json", env=env | _at(moment))
    assert code == 0, err
    [row] = json.loads(out)
    return dict(row)


def _texts(actor: Actor, servers: MailServers) -> list[str]:
    return [text_of(m) for m in actor.inbox(servers)]


def _mon(hour: int, minute: int = 0) -> datetime:
    """Monday 30 November 2026, New York wall time."""
    return datetime(2026, 11, 30, hour, minute, tzinfo=NY)


def _dec(day: int, hour: int, minute: int = 0) -> datetime:
    """A day in December 2026, New York wall time."""
    return datetime(2026, 12, day, hour, minute, tzinfo=NY)


async def _kickoff_monday(servers: MailServers, tmp_path: Path) -> dict[str, str]:
    """A kickoff at 08:55 read by a 09:00 Monday run; the environment for the later runs."""
    env = _env(servers, tmp_path / "rounds.json")
    await RECRUITER.send(
        servers, to=AGENT, subject="Jane / Acme", text=LABELLED_KICKOFF, now=_mon(8, 55)
    )
    await _watch(env, _mon(9))
    return env


async def test_cron_runs_at_successive_moments_book_a_round_and_record_an_offer(
    faketime: None, servers: MailServers, tmp_path: Path
) -> None:
    """Kickoff to offer across five faked-clock `watch --once` runs; the tracker shows the offer."""
    env = await _kickoff_monday(servers, tmp_path)
    for actor in (CANDIDATE, CLIENT):
        assert "I'm arranging Interview #1" in text_of(actor.last(servers))

    await CANDIDATE.reply(
        servers, "Hi! I'm free Thursday morning, or Friday after 2pm.", now=_mon(10, 30)
    )
    await CLIENT.reply(
        servers, "Thursday between 2pm and 5pm UK time works for our team.", now=_mon(10, 40)
    )
    await _watch(env, _mon(11))
    for minute, actor in enumerate((CANDIDATE, CLIENT), start=30):
        invite_mail = actor.last(servers)
        invite = calendar_of(invite_mail)
        assert invite is not None
        event = next(iter(invite.walk("VEVENT")))
        assert event.decoded("dtstart") == _dec(3, 9)  # Thursday 09:00 New York, 14:00 London
        rsvp = actor.rsvp(invite, "ACCEPTED", now=_mon(11, minute))
        await actor.reply(servers, "Accepted", now=_mon(11, minute), to=invite_mail, calendar=rsvp)
    await _watch(env, _mon(12))
    assert (await _tracker(env, _mon(12)))["Interview #1"] == "2026-12-03 09:00 EST · confirmed"

    # Cron was down from Monday noon until an hour after the interview: no stale reminder goes
    # out, the round completes and the client is asked for feedback.
    await _watch(env, _dec(3, 11))
    [feedback_request] = [m for m in CLIENT.inbox(servers) if "has now taken place" in text_of(m)]
    assert not any("A reminder:" in t for t in _texts(CLIENT, servers))

    await CLIENT.reply(
        servers, "We'd like to make her an offer.", now=_dec(3, 11, 30), to=feedback_request
    )
    await _watch(env, _dec(3, 12))
    row = await _tracker(env, _dec(3, 12))
    assert (row["Interview #1"], row["Status"]) == (
        "2026-12-03 09:00 EST · completed · offer",
        "offer",
    )
    draft = text_of(RECRUITER.last(servers))
    assert 'Reply "send"' in draft
    assert "would like to make you an offer" in draft


async def test_cron_run_after_two_business_days_of_silence_nudges_both_sides(
    faketime: None, servers: MailServers, tmp_path: Path
) -> None:
    """A run on Tuesday sends nothing new; one on Wednesday nudges the candidate and the client."""
    env = await _kickoff_monday(servers, tmp_path)
    asked = len(servers.sent)

    await _watch(env, _dec(1, 10))
    assert asked == len(servers.sent)

    await _watch(env, _dec(2, 10))
    for actor in (CANDIDATE, CLIENT):
        assert "gentle reminder" in text_of(actor.last(servers))
