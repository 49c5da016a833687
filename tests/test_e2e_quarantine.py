"""Poison messages are set aside with their reason and never block the inbox."""

from __future__ import annotations

from functools import partial
from time import monotonic

import pytest

from agent.adapters.parse_worker import parse_isolated
from agent.cli.app import main
from agent.cli.quarantine import quarantined, retry
from agent.ports import Fetched
from parsers.mail.limits import MAX_MESSAGE_BYTES
from tests.agent.test_parse_worker import spins_on_marker
from tests.e2e import AGENT, CANDIDATE, STRANGER, Harness
from tests.mailfixtures import calendar_mail

# In-process, on the in-memory mail account (tests/e2e.py).
pytestmark = pytest.mark.mail("memory")

BOMB_SECONDS = 3.0  # the limit for one calendar bomb


def _nested(depth: int) -> bytes:
    head = b"From: Jane <jane@example.com>\r\nTo: agent@rounds.test\r\nSubject: deep\r\n"
    head += b"Message-ID: <deep@example.com>\r\nMIME-Version: 1.0\r\n"
    body = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        for i in range(depth)
    )
    return head + body + b"Content-Type: text/plain\r\n\r\nhello\r\n"


async def test_poison_message_is_quarantined_and_the_rest_goes_on(harness: Harness) -> None:
    """A message nested too deep is quarantined with its reason; the kickoff after it runs."""
    await harness.servers.deliver(_nested(60))
    await harness.kickoff()
    await harness.step()
    [poison] = quarantined(harness.store.ledger())
    assert "deeper than" in poison.reason
    assert len(harness.processes()) == 1
    assert CANDIDATE.inbox(harness.servers)


async def test_quarantine_lists_and_retries(
    harness: Harness, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`rounds quarantine` prints the ID and reason; a retry handles it again and reports."""
    await harness.servers.deliver(_nested(60))
    await harness.step()
    [poison] = quarantined(harness.store.ledger())
    outcome = await retry(harness.agent, poison.keys[0])
    assert outcome.startswith(f"{poison.keys[0]}: quarantined")
    harness.store.close()
    monkeypatch.setenv("ROUNDS_DB", str(harness.db))
    assert main(["quarantine"]) == 0
    listed = capsys.readouterr().out
    assert poison.keys[0] in listed
    assert "deeper than" in listed


def time_each_message(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Seconds `Agent.handle` takes for each message, in order, from now on."""
    took: list[float] = []
    handle = harness.agent.handle

    async def timed(fetched: Fetched, *, again: bool = False) -> None:
        started = monotonic()
        await handle(fetched, again=again)
        took.append(monotonic() - started)

    monkeypatch.setattr(harness.agent, "handle", timed)
    return took


async def test_calendar_bomb_from_a_stranger_is_quarantined_within_three_seconds(
    harness: Harness, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A ~10 MB calendar is quarantined unread in under 3 s; the kickoff behind it is answered."""
    bomb = calendar_mail(60_000, summary_chars=60)
    assert 9 * 1024 * 1024 < len(bomb) < MAX_MESSAGE_BYTES
    await harness.servers.deliver(bomb)
    await harness.kickoff()
    took = time_each_message(harness, monkeypatch)
    await harness.step()
    [poison] = quarantined(harness.store.ledger())
    assert "calendar part larger than 256 KB" in poison.reason
    assert len(harness.processes()) == 1
    assert CANDIDATE.inbox(harness.servers)
    with capsys.disabled():
        print(f"\ncalendar bomb of {len(bomb)} bytes handled in {took[0]:.3f} s")
    # A correctness bound (the caps and the deadline), with slack for a loaded machine.
    assert took[0] < 2 * BOMB_SECONDS


async def test_a_parse_that_never_ends_is_quarantined_at_the_deadline(
    harness: Harness, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Whatever makes the parser spin, the message costs the deadline and the rest goes on."""
    spinning = partial(parse_isolated, parse=spins_on_marker)
    monkeypatch.setattr("agent.service.parse_isolated", spinning)
    # a parser process started and left idle, as the agent keeps one: the time taken is then the
    # deadline's, not that of importing the parser, which a busy machine stretches by seconds
    await spinning(b"From: a@example.com\r\nSubject: warm\r\n\r\nhello\r\n")
    await STRANGER.send(
        harness.servers, to=AGENT, subject="hi", text="SPIN-FOREVER", now=harness.clock.now
    )
    await harness.kickoff()
    took = time_each_message(harness, monkeypatch)
    await harness.step()
    [poison] = quarantined(harness.store.ledger())
    assert poison.reason == "took longer than 2.5 s to parse"
    assert len(harness.processes()) == 1
    assert CANDIDATE.inbox(harness.servers)
    with capsys.disabled():
        print(f"\nspinning parse handled in {took[0]:.2f} s")
    assert took[0] < 2 * BOMB_SECONDS
