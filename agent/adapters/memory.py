"""In-memory implementations of the ports: a mailbox, a tracker and a clock, no servers.

Shipped with the package (as pymap ships its dict backend and httpx its MockTransport), so
lifecycle and injection tests run the whole agent in-process. `MemoryMail` behaves as the
sandbox's servers do (agent/dev/sandbox.py): mail to the agent's address lands in its inbox
under the next UID, with the receiving server's Authentication-Results on top; every
sent mail is recorded in `sent`, and filed in Sent as Gmail does.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.policy
import re
import uuid
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses
from typing import Any

from agent.errors import MailboxError, RecipientsRefused, SendError, StoreError
from agent.ports import Fetched, SourceProbe
from store.db import (
    _FINISHED,
    Change,
    _clone,
    claim_change,
    enqueued,
    plain_change,
    validate_change,
)
from store.storage import ClosesOnExit
from store.story import STORY_KEEP, StoryEntry, newest

AUTHSERV_ID = "mx.rounds.test"  # the sandbox's receiving server; ROUNDS_AUTHSERV_ID names it


@dataclass(frozen=True, slots=True)
class Captured:
    """One message the outgoing server accepted: the envelope and the bytes as received."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes


def base_address(address: str) -> str:
    """`agent+r7k2@x.test` → `agent@x.test`, lower case: plus-addresses reach the same inbox."""
    local, _, domain = address.strip().lower().strip("<>").partition("@")
    return f"{local.split('+', 1)[0]}@{domain}"


def received(raw: bytes, verdict: str | None) -> bytes:
    """`raw` as a receiving server files it: its Authentication-Results header on top.

    `verdict` is what DKIM and DMARC said for the From domain: "pass", "fail" or "none"
    (unsigned, no policy); None writes no header, as a server that checks nothing.
    """
    if verdict is None:
        return raw
    from_ = BytesHeaderParser(policy=compat32).parsebytes(raw).get("From", "")
    domain = getaddresses([str(from_)])[0][1].rpartition("@")[2] or "invalid"
    header = f"Authentication-Results: {AUTHSERV_ID}; dkim={verdict} header.d={domain}; "
    header += f"dmarc={verdict} header.from={domain}"
    newline = b"\r\n" if b"\r\n" in raw[:1000] else b"\n"
    return header.encode() + newline + raw


def _message_id(raw: bytes) -> str:
    header = BytesHeaderParser(policy=email.policy.default).parsebytes(raw).get("Message-ID", "")
    return str(header).strip().strip("<>")


# -- mail --------------------------------------------------------------------------------


@dataclass
class _Stored:
    uid: int
    raw: bytes
    arrived: date | None  # the internal date; None: as recent as any `since`


class MemoryMail:
    """The agent's mail account in memory: INBOX and Sent, and the outgoing server.

    `source()` and `sender()` are the MailSource and MailSender the agent runs on.
    `refuse` maps a recipient (lower case) to the reply that refuses it, such as
    "550 5.1.1 No such user". `files_sent=False` makes it a server that keeps no copy
    of what it sends (the agent then files its own). `stop_smtp`, `start_smtp` and
    `restart_imap` are the sandbox's outages (agent.dev.sandbox.MailServers), in memory.
    """

    def __init__(
        self,
        *,
        agent_address: str | None = "agent@rounds.test",
        files_sent: bool = True,
    ) -> None:
        self.agent_address = base_address(agent_address) if agent_address else None
        self.files_sent = files_sent
        self.sent: list[Captured] = []  # every accepted message, the agent's included
        self.sent_folder: list[bytes] = []
        self.refuse: dict[str, str] = {}
        self.smtp_down = False
        self.uidvalidity = 1
        self._inbox: list[_Stored] = []
        self._next_uid = 1
        self._arrived = asyncio.Event()

    def source(self) -> MemorySource:
        """The inbox as the agent reads it."""
        return MemorySource(self)

    def sender(self) -> MemorySender:
        """The outgoing server as the agent sends through it."""
        return MemorySender(self)

    def inbox(self) -> list[bytes]:
        """The messages in INBOX, oldest first."""
        return [stored.raw for stored in self._inbox]

    def append(self, raw: bytes, when: datetime | None = None) -> int:
        """File `raw` in INBOX as it is (internal date `when`); returns its UID."""
        uid = self._next_uid
        self._next_uid += 1
        self._inbox.append(_Stored(uid, raw, when.date() if when else None))
        self._arrived.set()
        return uid

    async def deliver(
        self, raw: bytes, *, when: datetime | None = None, verdict: str | None = "pass"
    ) -> None:
        """Put a message into the agent's INBOX, as if it had arrived, with the receiving
        server's `verdict` on the From domain on top (see `received`)."""
        self.append(received(raw, verdict), when)

    async def restart_imap(self) -> None:
        """An empty INBOX under a new UIDVALIDITY (a server restored or replaced)."""
        self._inbox = []
        self._next_uid = 1
        self.uidvalidity += 1

    async def stop_smtp(self) -> None:
        """The outgoing server goes away: every send fails, to be retried, until started."""
        self.smtp_down = True

    async def start_smtp(self) -> None:
        self.smtp_down = False

    def accept(self, raw: bytes, *, sender: str, recipients: Sequence[str]) -> dict[str, str]:
        """What the outgoing server does with a message: refuse, record, file, deliver."""
        refused = {r: self.refuse[r.lower()] for r in recipients if r.lower() in self.refuse}
        taken = tuple(r for r in recipients if r not in refused)
        if not taken:
            reasons = "; ".join(f"{r}: {reason}" for r, reason in refused.items())
            raise RecipientsRefused(f"SMTP memory refused every recipient: {reasons}")
        if self.files_sent:
            self.sent_folder.append(raw)
        self.sent.append(Captured(sender, taken, raw))
        agent = self.agent_address
        if agent is not None and any(base_address(r) == agent for r in taken):
            # The account's own mail is vouched for by its server.
            self.append(received(raw, "pass"))
        return refused

    def has(self, message_id: str) -> bool:
        """Whether Sent holds a message with this Message-ID (without <>)."""
        return any(_message_id(raw) == message_id for raw in self.sent_folder)


class MemoryCopy:
    """The agent's own copy for Sent, filed when kept (the Copy port)."""

    def __init__(self, mail: MemoryMail, raw: bytes) -> None:
        self._mail = mail
        self._raw: bytes | None = raw

    async def keep(self) -> None:
        if self._raw is not None:
            self._mail.sent_folder.append(self._raw)
        self._raw = None

    async def drop(self) -> None:
        self._raw = None


class MemorySource:
    """The MailSource port over a `MemoryMail`."""

    def __init__(self, mail: MemoryMail) -> None:
        self._mail = mail
        self._closed = False

    def _check(self) -> None:
        if self._closed:
            raise MailboxError("memory mailbox is closed")

    async def fetch_new(
        self, cursor: tuple[int, int] | None, *, since: date | None = None
    ) -> AsyncIterator[Fetched]:
        """Messages above `cursor`, oldest first; from `since` on when the cursor is of
        another UIDVALIDITY or absent."""
        self._check()
        mail = self._mail
        mail._arrived.clear()  # what is handed out now was announced before this search
        same = cursor is not None and cursor[0] == mail.uidvalidity
        for stored in list(mail._inbox):
            if same and cursor is not None and stored.uid <= cursor[1]:
                continue
            if not same and since and stored.arrived and stored.arrived < since:
                continue
            yield Fetched(stored.uid, mail.uidvalidity, stored.raw)

    async def wait_for_mail(self, timeout: float) -> None:  # noqa: ASYNC109 - a bounded wait
        """Return once mail arrives after the last fetch, or after `timeout` seconds."""
        self._check()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._mail._arrived.wait(), timeout)

    async def has_sent(self, message_id: str) -> bool | None:
        self._check()
        return self._mail.has(message_id)

    async def prepare_copy(self, raw: bytes) -> MemoryCopy | None:
        """None where the server files its own copy; else the agent's, to keep or drop."""
        self._check()
        return None if self._mail.files_sent else MemoryCopy(self._mail, raw)

    async def close(self) -> None:
        self._closed = True

    async def probe(self, since: date) -> SourceProbe:
        """What the inbox holds; the in-memory server announces mail and files what it sends
        (unless `files_sent` is off, when the agent files its own copies in "Sent")."""
        self._check()
        inbox = self._mail._inbox
        return SourceProbe(
            messages=len(inbox),
            since=sum(1 for s in inbox if s.arrived is None or s.arrived >= since),
            idle=True,
            gmail=self._mail.files_sent,
            sent_copy="server" if self._mail.files_sent else "agent",
            sent_folder=None if self._mail.files_sent else "Sent",
            newest_header=re.split(rb"\r?\n\r?\n", inbox[-1].raw, maxsplit=1)[0] if inbox else None,
        )


class MemorySender:
    """The MailSender port over a `MemoryMail`."""

    def __init__(self, mail: MemoryMail) -> None:
        self._mail = mail

    async def send(
        self, message: bytes, *, sender: str, recipients: Sequence[str]
    ) -> dict[str, str]:
        self._reach()
        return self._mail.accept(message, sender=sender, recipients=recipients)

    async def probe(self) -> str:
        self._reach()
        return "memory, logged in; nothing sent"

    def _reach(self) -> None:
        if self._mail.smtp_down:
            raise SendError("cannot send through SMTP server memory: down")


# -- tracker -----------------------------------------------------------------------------


@dataclass
class MemoryTracker:
    """What a tracker file holds, in memory: survives its stores being closed and reopened."""

    processes: dict[str, dict[str, Any]] = field(default_factory=dict)
    ledger: list[dict[str, Any]] = field(default_factory=list)
    outbox: dict[str, dict[str, Any]] = field(default_factory=dict)
    cursors: dict[str, tuple[int, int]] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)
    story: dict[str, list[StoryEntry]] = field(default_factory=dict)  # process id -> entries
    writer: bool = False  # a writer has it open


class MemoryStore(ClosesOnExit):
    """The Store port in memory, with the file store's semantics: one writer, reads are
    copies, a commit applies all of a validated change or none of it, ledger `seq` grows
    by one per entry, finished outbox items beyond `outbox_keep` are pruned."""

    def __init__(
        self,
        tracker: MemoryTracker | None = None,
        *,
        readonly: bool = False,
        outbox_keep: int = 100,
    ) -> None:
        self.tracker = tracker if tracker is not None else MemoryTracker()
        self._readonly = readonly
        self._outbox_keep = outbox_keep
        if not readonly:
            if self.tracker.writer:
                raise StoreError("memory tracker is in use by another rounds process")
            self.tracker.writer = True
        self._claimer = uuid.uuid4().hex  # this writer's claims (`claim`)

    def close(self) -> None:
        if not self._readonly:
            self.tracker.writer = False
        self._readonly = True

    def processes(self) -> dict[str, dict[str, Any]]:
        return {pid: _clone(doc) for pid, doc in self.tracker.processes.items()}

    def process(self, process_id: str) -> dict[str, Any] | None:
        doc = self.tracker.processes.get(process_id)
        return None if doc is None else dict(_clone(doc))

    def seen(self, key: str) -> bool:
        return key in self.tracker.keys

    def ledger(self) -> list[dict[str, Any]]:
        return [dict(_clone(entry)) for entry in self.tracker.ledger]

    def outbox(self, *, status: str | None = None) -> list[dict[str, Any]]:
        return [
            dict(_clone(doc))
            for doc in self.tracker.outbox.values()
            if status is None or doc["status"] == status
        ]

    def claim(
        self, now: datetime, *, lease: timedelta, limit: int | None = None
    ) -> list[dict[str, Any]]:
        taken, change = claim_change(
            self.tracker.outbox.values(), now, claimer=self._claimer, lease=lease, limit=limit
        )
        if taken:
            self.commit(change)
        return taken

    def cursor(self, folder: str) -> tuple[int, int] | None:
        return self.tracker.cursors.get(folder)

    def meta(self, key: str, default: Any = None) -> Any:
        return _clone(self.tracker.meta[key]) if key in self.tracker.meta else default

    def commit(self, change: Change) -> None:
        if self._readonly:
            raise StoreError("memory tracker is open read-only or closed")
        change = plain_change(change)
        validate_change(change, lambda mail_id: mail_id in self.tracker.outbox)
        tracker = self.tracker
        # Everything below only adds or replaces plain values: it cannot fail halfway.
        tracker.processes.update(change.processes)
        seq = tracker.ledger[-1]["seq"] + 1 if tracker.ledger else 1
        for number, entry in enumerate(change.ledger, start=seq):
            tracker.ledger.append({**entry, "seq": number})
            tracker.keys.update(entry["keys"])
        tracker.outbox.update((mail["id"], enqueued(mail)) for mail in change.enqueue)
        for mail_id, fields in change.outbox.items():
            tracker.outbox[mail_id] = {**tracker.outbox[mail_id], **fields}
        if change.outbox:
            self._prune_outbox(tracker.outbox)
        if change.cursor is not None:
            folder, uidvalidity, last_uid = change.cursor
            tracker.cursors[folder] = (uidvalidity, last_uid)
        tracker.meta.update(change.meta)
        for told in change.story:
            kept = tracker.story.setdefault(told.process_id, [])
            kept.append(told)
            del kept[:-STORY_KEEP]

    def story(self, process_id: str) -> list[StoryEntry]:
        """The newest entries of a process's story, oldest first (entries are immutable)."""
        return newest(list(self.tracker.story.get(process_id, [])))

    def _prune_outbox(self, outbox: dict[str, dict[str, Any]]) -> None:
        finished = [mail_id for mail_id, doc in outbox.items() if doc["status"] in _FINISHED]
        for mail_id in finished[: max(0, len(finished) - self._outbox_keep)]:
            del outbox[mail_id]


# -- time --------------------------------------------------------------------------------


@dataclass
class MemoryClock:
    """The Clock port for tests and simulations: stands still until moved."""

    now: datetime = field(default_factory=lambda: datetime(2026, 11, 30, 14, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        """Move on by `timedelta(**delta)`; returns the new time."""
        self.now += timedelta(**delta)
        return self.now


__all__ = [
    "AUTHSERV_ID",
    "Captured",
    "MemoryClock",
    "MemoryCopy",
    "MemoryMail",
    "MemorySender",
    "MemorySource",
    "MemoryStore",
    "MemoryTracker",
    "base_address",
    "received",
]
