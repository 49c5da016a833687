"""The parser child process: same answers as in-process, and a hard deadline that kills it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from agent.adapters import parse_worker
from agent.adapters.parse_worker import parse_isolated, parse_with_budget
from agent.errors import InputError
from parsers.mail.limits import MessageTooComplex
from parsers.mail.message import parse_message
from parsers.model import ParsedMessage

EML = Path(__file__).parent.parent / "fixtures" / "eml"


def never_ends(raw: bytes) -> ParsedMessage:
    """A parse that spins on the CPU for good, as a parser bomb would."""
    while True:
        pass


def spins_on_marker(raw: bytes) -> ParsedMessage:
    """parse_message, except that a message holding SPIN-FOREVER never finishes."""
    if b"SPIN-FOREVER" in raw:
        never_ends(raw)
    return parse_with_budget(raw)


async def test_child_gives_the_same_message_as_parsing_in_process() -> None:
    """A fixture parsed in the child equals the one parsed here, calendar part included."""
    for name in ("gmail_reply_en.eml", "itip_reply_attachment.eml"):
        raw = (EML / name).read_bytes()
        assert await parse_isolated(raw) == parse_message(raw)


async def test_refusals_come_back_as_the_same_errors() -> None:
    """An empty message is an InputError, a too-deep one MessageTooComplex, as in-process."""
    with pytest.raises(InputError, match="empty message"):
        await parse_isolated(b"  \r\n")
    deep = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        for i in range(60)
    )
    with pytest.raises(MessageTooComplex, match="deeper than"):
        await parse_isolated(b"From: a@b.test\r\nSubject: deep\r\n" + deep)


async def test_a_parse_past_the_deadline_is_abandoned_and_the_loop_runs_on() -> None:
    """A parse that never ends is refused at the deadline; the loop kept running meanwhile."""
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.05)
            ticks += 1

    ticker = asyncio.create_task(tick())
    with pytest.raises(MessageTooComplex, match="took longer than 1 s"):
        await parse_isolated(b"From: a@b.test\r\n\r\nhi\r\n", deadline=1.0, parse=never_ends)
    ticker.cancel()
    # A thread would have held the GIL for the whole second; the child holds nothing here.
    assert ticks >= 5
    raw = (EML / "gmail_reply_en.eml").read_bytes()
    assert await parse_isolated(raw) == parse_message(raw)


async def test_a_killed_child_is_replaced_for_the_next_message() -> None:
    """After the deadline kills the child, the same parse function gets a fresh one."""
    with pytest.raises(MessageTooComplex, match="took longer"):
        await parse_isolated(b"From: a@b.test\r\n\r\nhi\r\n", deadline=0.5, parse=never_ends)
    with pytest.raises(MessageTooComplex, match="took longer"):
        await parse_isolated(b"From: a@b.test\r\n\r\nhi\r\n", deadline=0.5, parse=never_ends)


async def test_an_idle_child_that_died_is_replaced_not_blamed_on_the_message() -> None:
    """A child killed while idle (OOM killer, an operator) costs the next message nothing."""
    raw = (EML / "gmail_reply_en.eml").read_bytes()
    await parse_isolated(raw)
    for child in parse_worker._idle[parse_worker._target(parse_worker.parse_with_budget)]:
        child.process.kill()
        child.process.wait()
    assert await parse_isolated(raw) == parse_message(raw)
