"""The in-memory adapters behave as the sandbox's servers do: UIDs, Sent, refusals, time."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from email.message import EmailMessage

import pytest

from agent.adapters.memory import AUTHSERV_ID, MemoryClock, MemoryMail
from agent.errors import MailboxError, RecipientsRefused, SendError
from agent.ports import Fetched

AGENT = "agent@rounds.test"


def _mail(n: int, to: str = AGENT) -> bytes:
    message = EmailMessage()
    message["From"] = "Jane <jane@example.com>"
    message["To"] = to
    message["Subject"] = f"mail {n}"
    message["Message-ID"] = f"<m{n}@example.com>"
    message.set_content(f"body {n}")
    return bytes(message)


async def _fetch(mail: MemoryMail, cursor: tuple[int, int] | None, **kw: date) -> list[Fetched]:
    return [f async for f in mail.source().fetch_new(cursor, **kw)]


async def test_inbox_hands_out_uids_above_the_cursor_oldest_first() -> None:
    """Deliveries get rising UIDs; a cursor of the same UIDVALIDITY skips what it covers."""
    mail = MemoryMail(agent_address=AGENT)
    for n in range(3):
        await mail.deliver(_mail(n))
    every = await _fetch(mail, None)
    assert [(f.uid, f.uidvalidity) for f in every] == [(1, 1), (2, 1), (3, 1)]
    assert [f.uid for f in await _fetch(mail, (1, 2))] == [3]
    assert every[0].raw is not None
    assert every[0].raw.startswith(f"Authentication-Results: {AUTHSERV_ID}; dkim=pass".encode())


async def test_a_new_uidvalidity_starts_over_from_since() -> None:
    """After a reset the old cursor is void: the new inbox is read from `since` on."""
    mail = MemoryMail(agent_address=AGENT)
    await mail.deliver(_mail(1))
    await mail.restart_imap()
    await mail.deliver(_mail(2), when=datetime(2026, 11, 1, tzinfo=UTC))
    await mail.deliver(_mail(3), when=datetime(2026, 11, 29, tzinfo=UTC))
    found = await _fetch(mail, (1, 1), since=date(2026, 11, 23))
    assert [(f.uid, f.uidvalidity) for f in found] == [(2, 2)]


async def test_sending_records_files_and_delivers_to_the_agent() -> None:
    """Sent mail is recorded and filed in Sent; mail to the agent's plus-address lands in
    its inbox, vouched for."""
    mail = MemoryMail(agent_address=AGENT)
    sender, source = mail.sender(), mail.source()
    refused = await sender.send(_mail(1), sender=AGENT, recipients=["agent+r1@rounds.test"])
    assert refused == {}
    assert [c.rcpt_tos for c in mail.sent] == [("agent+r1@rounds.test",)]
    assert await source.has_sent("m1@example.com") is True
    assert await source.has_sent("m2@example.com") is False
    assert await source.prepare_copy(_mail(1)) is None  # the server files its own
    [delivered] = mail.inbox()
    assert b"dkim=pass" in delivered


async def test_refusals_are_reported_and_all_refused_raises() -> None:
    """A refused recipient comes back with its reason; when all are, RecipientsRefused."""
    mail = MemoryMail(agent_address=AGENT)
    mail.refuse["nobody@example.com"] = "550 5.1.1 No such user"
    sender = mail.sender()
    refused = await sender.send(
        _mail(1), sender=AGENT, recipients=["nobody@example.com", "jane@example.com"]
    )
    assert refused == {"nobody@example.com": "550 5.1.1 No such user"}
    with pytest.raises(RecipientsRefused, match="No such user"):
        await sender.send(_mail(2), sender=AGENT, recipients=["nobody@example.com"])
    await mail.stop_smtp()
    with pytest.raises(SendError):
        await sender.send(_mail(3), sender=AGENT, recipients=["jane@example.com"])
    assert len(mail.sent) == 1
    await mail.start_smtp()
    assert await sender.send(_mail(4), sender=AGENT, recipients=["jane@example.com"]) == {}


async def test_without_a_server_copy_the_agent_files_its_own() -> None:
    """`files_sent=False`: a kept copy is in Sent, a dropped one is not."""
    mail = MemoryMail(agent_address=AGENT, files_sent=False)
    source = mail.source()
    kept, dropped = await source.prepare_copy(_mail(1)), await source.prepare_copy(_mail(2))
    assert kept is not None and dropped is not None
    await kept.keep()
    await dropped.drop()
    await dropped.keep()  # a no-op after drop
    assert await source.has_sent("m1@example.com") is True
    assert await source.has_sent("m2@example.com") is False


async def test_wait_returns_for_mail_that_arrived_after_the_fetch() -> None:
    """Mail delivered after the last fetch ends the wait; a closed source refuses use."""
    mail = MemoryMail(agent_address=AGENT)
    source = mail.source()
    await _fetch(mail, None)
    await mail.deliver(_mail(1))
    await asyncio.wait_for(source.wait_for_mail(600), 30)  # returns long before its timeout
    await source.close()
    with pytest.raises(MailboxError):
        await source.has_sent("m1@example.com")


def test_clock_stands_still_until_moved() -> None:
    """The clock reads the same until advanced."""
    clock = MemoryClock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    assert clock() == clock() == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert clock.advance(hours=2, minutes=30) == datetime(2026, 12, 1, 11, 30, tzinfo=UTC)
    assert clock() == datetime(2026, 12, 1, 11, 30, tzinfo=UTC)


async def test_probes_tell_what_is_there_and_change_nothing() -> None:
    """The source's probe counts the inbox and names the newest header; the sender's probe
    fails as a send would when the server is down."""
    mail = MemoryMail(agent_address=AGENT, files_sent=False)
    await mail.deliver(_mail(1), when=datetime(2026, 11, 1, tzinfo=UTC))
    await mail.deliver(_mail(2), when=datetime(2026, 11, 29, tzinfo=UTC))
    probe = await mail.source().probe(date(2026, 11, 23))
    assert (probe.messages, probe.since, probe.sent_copy, probe.sent_folder) == (
        2,
        1,
        "agent",
        "Sent",
    )
    assert probe.newest_header is not None and b"Subject: mail 2" in probe.newest_header
    assert b"body 2" not in probe.newest_header
    assert len(mail.inbox()) == 2 and mail.sent == []
    sender = mail.sender()
    assert "nothing sent" in await sender.probe()
    await mail.stop_smtp()
    with pytest.raises(SendError):
        await sender.probe()
