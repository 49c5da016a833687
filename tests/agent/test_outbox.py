"""Outbox flushing against the real store: sent, retried, refused, resumed; on the in-memory
mail account, and on the real SMTP server where the point is the server going down."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from agent.adapters.mailer import SmtpSender
from agent.adapters.memory import MemoryMail, MemorySender
from agent.adapters.outbox import CLAIM_LEASE, MAX_ATTEMPTS, FlushReport, flush, retry_delay
from agent.dev.sandbox import MailServers
from agent.errors import MailboxError
from agent.rendering.compose import OutgoingMail, render
from parsers.model import Address
from store.db import Change, Store

AGENT = Address("agent@rounds.test", "Rounds")
QUEUED = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
NOW = QUEUED + timedelta(minutes=2)


def outgoing(n: int, to: str = "cand@x.test") -> OutgoingMail:
    return OutgoingMail(
        message_id=f"m{n}@rounds.test",
        to=(Address(to, "Ann"),),
        cc=(Address("rec@agency.test"),),
        subject=f"Interview #{n}",
        text="Hello.\n",
    )


@pytest.fixture
def mail() -> MemoryMail:
    """The agent's mail account, in memory."""
    return MemoryMail(agent_address=AGENT.email)


@pytest.fixture
def sender(mail: MemoryMail) -> MemorySender:
    return mail.sender()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty tracker file in a temporary folder."""
    with Store(tmp_path / "rounds.json") as db:
        yield db


def enqueue(store: Store, *mails: OutgoingMail) -> None:
    store.commit(
        Change(
            enqueue=[
                {
                    **m.to_json(),
                    "id": m.message_id,
                    "queued_at": (QUEUED + timedelta(seconds=i)).isoformat(),
                }
                for i, m in enumerate(mails)
            ]
        )
    )


def item(store: Store, mail_id: str) -> dict[str, object]:
    [doc] = [d for d in store.outbox() if d["id"] == mail_id]
    return doc


async def test_due_mail_is_sent_and_marked(
    store: Store, mail: MemoryMail, sender: MemorySender
) -> None:
    """A due mail goes out with Date=now and its fixed Message-ID, and is marked sent."""
    enqueue(store, outgoing(1))
    report = await flush(store, sender, from_addr=AGENT, now=NOW)
    assert report == FlushReport(sent=1)
    [captured] = mail.sent
    assert captured.mail_from == "agent@rounds.test"
    assert captured.rcpt_tos == ("cand@x.test", "rec@agency.test")
    message = message_from_bytes(captured.raw, policy=default)
    assert message["Message-ID"] == "<m1@rounds.test>"
    assert message["Date"].datetime == NOW
    doc = item(store, "m1@rounds.test")
    assert (doc["status"], doc["sent_at"], doc["attempts"]) == ("sent", NOW.isoformat(), 1)
    assert store.claim(NOW + timedelta(days=1), lease=CLAIM_LEASE) == []


async def test_server_down_keeps_mail_queued_then_sends_it(
    store: Store, mail_servers: MailServers, smtp_sender: SmtpSender
) -> None:
    """SMTP down: the mail stays queued with next_attempt pushed by a minute; once the server
    is back and the minute has passed, it goes out."""
    enqueue(store, outgoing(1))
    await mail_servers.stop_smtp()
    report = await flush(store, smtp_sender, from_addr=AGENT, now=NOW)
    assert report == FlushReport(retrying=1)
    doc = item(store, "m1@rounds.test")
    assert doc["status"] == "queued"
    assert doc["attempts"] == 1
    assert doc["next_attempt"] == (NOW + timedelta(minutes=1)).isoformat()
    assert str(mail_servers.smtp_port) in str(doc["error"])
    assert store.claim(NOW, lease=CLAIM_LEASE) == []

    await mail_servers.start_smtp()
    later = NOW + timedelta(minutes=1)
    assert await flush(store, smtp_sender, from_addr=AGENT, now=later) == FlushReport(sent=1)
    assert item(store, "m1@rounds.test")["status"] == "sent"
    assert len(mail_servers.sent) == 1


async def test_temporary_failure_stops_the_round(
    store: Store, mail_servers: MailServers, smtp_sender: SmtpSender
) -> None:
    """After one temporary failure the rest wait, untouched, for the next flush."""
    enqueue(store, outgoing(1), outgoing(2))
    await mail_servers.stop_smtp()
    assert await flush(store, smtp_sender, from_addr=AGENT, now=NOW) == FlushReport(retrying=1)
    assert item(store, "m2@rounds.test")["attempts"] == 0
    assert [d["id"] for d in store.claim(NOW, lease=CLAIM_LEASE)] == ["m2@rounds.test"]


async def test_refused_mail_is_recorded_not_retried(
    store: Store, mail: MemoryMail, sender: MemorySender
) -> None:
    """Every recipient refused for good: status refused with the server's reason."""
    mail.refuse["gone@x.test"] = "550 5.1.1 No such user"
    mail = OutgoingMail(
        message_id="m9@rounds.test", to=(Address("gone@x.test"),), subject="Hi", text="Hi\n"
    )
    enqueue(store, mail, outgoing(2))
    assert await flush(store, sender, from_addr=AGENT, now=NOW) == FlushReport(sent=1, refused=1)
    doc = item(store, "m9@rounds.test")
    assert doc["status"] == "refused"
    assert "No such user" in str(doc["error"])


async def test_partly_refused_mail_is_sent_with_the_refusals(
    store: Store, mail: MemoryMail, sender: MemorySender
) -> None:
    """Some recipients refused: the mail counts as sent and keeps who was refused and why."""
    mail.refuse["rec@agency.test"] = "550 5.1.1 No such user"
    enqueue(store, outgoing(1))
    assert await flush(store, sender, from_addr=AGENT, now=NOW) == FlushReport(sent=1)
    doc = item(store, "m1@rounds.test")
    assert doc["status"] == "sent"
    assert doc["refused_recipients"] == {"rec@agency.test": "550 5.1.1 No such user"}


async def test_last_attempt_fails_for_good(
    store: Store, mail_servers: MailServers, smtp_sender: SmtpSender
) -> None:
    """The tenth temporary failure turns the mail to failed, with the error kept."""
    enqueue(store, outgoing(1))
    store.commit(Change(outbox={"m1@rounds.test": {"attempts": MAX_ATTEMPTS - 1}}))
    await mail_servers.stop_smtp()
    assert await flush(store, smtp_sender, from_addr=AGENT, now=NOW) == FlushReport(failed=1)
    doc = item(store, "m1@rounds.test")
    assert (doc["status"], doc["attempts"]) == ("failed", MAX_ATTEMPTS)
    assert doc["error"]


async def test_unrenderable_mail_fails_without_sending(
    store: Store, mail: MemoryMail, sender: MemorySender
) -> None:
    """A stored mail that cannot be rendered is failed at once and the flush goes on."""
    enqueue(store, outgoing(1, to="bad address@x.test"), outgoing(2))
    assert await flush(store, sender, from_addr=AGENT, now=NOW) == FlushReport(sent=1, failed=1)
    assert item(store, "m1@rounds.test")["status"] == "failed"
    assert [c.rcpt_tos[0] for c in mail.sent] == ["cand@x.test"]


def test_retry_delays_grow_and_cap_at_six_hours() -> None:
    """Retries wait 1, 5, 15, 60, 180 minutes, then 6 hours each."""
    delays = [retry_delay(n) for n in range(1, 10)]
    minutes = [int(d.total_seconds() // 60) for d in delays]
    assert minutes == [1, 5, 15, 60, 180, 360, 360, 360, 360]


def interrupted(store: Store, mail_id: str) -> None:
    """Leave `mail_id` as a crash between the SMTP send and its outcome commit leaves it."""
    attempt = {"status": "sending", "attempts": 1, "attempted_at": QUEUED.isoformat()}
    store.commit(Change(outbox={mail_id: attempt}))


async def test_mail_is_marked_sending_while_smtp_has_it(store: Store) -> None:
    """The "sending" status and the attempt time are on disk before SMTP sees the mail."""
    enqueue(store, outgoing(1))
    seen: list[tuple[object, object]] = []

    class Recording:
        async def send(
            self, message: bytes, *, sender: str, recipients: Sequence[str]
        ) -> dict[str, str]:
            with Store(store.path, readonly=True) as disk:
                [doc] = disk.outbox()
            seen.append((doc["status"], doc["attempted_at"]))
            return {}

    assert await flush(store, Recording(), from_addr=AGENT, now=NOW) == FlushReport(sent=1)
    assert seen == [("sending", NOW.isoformat())]
    assert item(store, "m1@rounds.test")["status"] == "sent"


async def test_interrupted_mail_found_in_sent_is_not_sent_again(
    store: Store, mail: MemoryMail, sender: MemorySender
) -> None:
    """A "sending" mail whose Message-ID is in the Sent folder is marked sent, not re-sent."""
    enqueue(store, outgoing(1))
    raw = render(outgoing(1), sender=AGENT, date=QUEUED)
    await sender.send(raw, sender=AGENT.email, recipients=["cand@x.test"])
    interrupted(store, "m1@rounds.test")
    report = await flush(
        store, sender, from_addr=AGENT, now=NOW, already_sent=mail.source().has_sent
    )
    assert report == FlushReport(sent=1)
    assert len(mail.sent) == 1
    doc = item(store, "m1@rounds.test")
    assert (doc["status"], doc["sent_at"], doc["attempts"]) == ("sent", QUEUED.isoformat(), 1)


async def test_interrupted_mail_missing_from_sent_is_sent_once(
    store: Store, mail: MemoryMail, sender: MemorySender
) -> None:
    """A "sending" mail that never reached the server goes out once, counted as a second try."""
    enqueue(store, outgoing(1))
    interrupted(store, "m1@rounds.test")
    report = await flush(
        store, sender, from_addr=AGENT, now=NOW, already_sent=mail.source().has_sent
    )
    assert report == FlushReport(sent=1)
    [captured] = mail.sent
    assert message_from_bytes(captured.raw, policy=default)["Message-ID"] == "<m1@rounds.test>"
    doc = item(store, "m1@rounds.test")
    assert (doc["status"], doc["sent_at"], doc["attempts"]) == ("sent", NOW.isoformat(), 2)


async def test_interrupted_mail_is_sent_again_when_nobody_can_tell(
    store: Store, mail: MemoryMail, sender: MemorySender
) -> None:
    """Without a way to look in Sent, an interrupted mail is sent again: at least once."""
    enqueue(store, outgoing(1))
    interrupted(store, "m1@rounds.test")
    assert await flush(store, sender, from_addr=AGENT, now=NOW) == FlushReport(sent=1)
    assert len(mail.sent) == 1


async def test_interrupted_mail_waits_while_the_mailbox_is_unreachable(
    store: Store, mail: MemoryMail, sender: MemorySender
) -> None:
    """IMAP down: the interrupted mail stays "sending", unsent; the next due mail still goes."""
    enqueue(store, outgoing(1), outgoing(2))
    interrupted(store, "m1@rounds.test")

    async def unreachable(message_id: str) -> bool | None:
        raise MailboxError(f"cannot look for {message_id}")

    report = await flush(store, sender, from_addr=AGENT, now=NOW, already_sent=unreachable)
    assert report == FlushReport(sent=1, retrying=1)
    assert item(store, "m1@rounds.test")["status"] == "sending"
    ids = [message_from_bytes(c.raw, policy=default)["Message-ID"] for c in mail.sent]
    assert ids == ["<m2@rounds.test>"]
    assert item(store, "m2@rounds.test")["status"] == "sent"
    # Its claim ends with the flush: the next one looks for it again at once.
    assert item(store, "m1@rounds.test")["claimed_until"] is None
    report = await flush(
        store, sender, from_addr=AGENT, now=NOW, already_sent=mail.source().has_sent
    )
    assert (report, len(mail.sent)) == (FlushReport(sent=1), 2)


async def test_mail_an_earlier_claim_holds_waits_for_its_lease(
    store: Store, mail: MemoryMail, sender: MemorySender
) -> None:
    """A flush passes over mail another claim holds, and sends it once that claim runs out."""
    enqueue(store, outgoing(1), outgoing(2))
    [held] = store.claim(NOW, lease=CLAIM_LEASE, limit=1)
    assert held["id"] == "m1@rounds.test"
    assert await flush(store, sender, from_addr=AGENT, now=NOW) == FlushReport(sent=1)
    assert item(store, "m1@rounds.test")["status"] == "sending"
    # The claim ran out with no outcome: not in Sent, so it goes out now, once.
    later = NOW + CLAIM_LEASE
    has_sent = mail.source().has_sent
    report = await flush(store, sender, from_addr=AGENT, now=later, already_sent=has_sent)
    assert report == FlushReport(sent=1)
    ids = [message_from_bytes(c.raw, policy=default)["Message-ID"] for c in mail.sent]
    assert ids == ["<m2@rounds.test>", "<m1@rounds.test>"]
    assert item(store, "m1@rounds.test")["claimed_until"] is None


async def test_two_flushes_at_once_send_each_mail_once(store: Store, mail: MemoryMail) -> None:
    """Two flushes interleaving on one store split the outbox between them: nothing twice."""
    enqueue(store, *(outgoing(n) for n in range(6)))

    class Yielding:
        async def send(
            self, message: bytes, *, sender: str, recipients: Sequence[str]
        ) -> dict[str, str]:
            await asyncio.sleep(0)  # the other flush claims and sends meanwhile
            return mail.accept(message, sender=sender, recipients=recipients)

    one, two = await asyncio.gather(
        flush(store, Yielding(), from_addr=AGENT, now=NOW),
        flush(store, Yielding(), from_addr=AGENT, now=NOW),
    )
    assert one.sent + two.sent == 6 and one.sent and two.sent
    ids = sorted(message_from_bytes(c.raw, policy=default)["Message-ID"] for c in mail.sent)
    assert ids == [f"<m{n}@rounds.test>" for n in range(6)]
