"""The agent's seams, as typed Protocols in one place: mail in, mail out, the tracker,
what the desk keeps beside it, reading mail, free/busy, and time.

`Agent` (agent/service.py) takes these, never the concrete adapters. Each has a real
adapter (IMAP, SMTP, TinyDB or PostgreSQL, rules plus an LLM, the agent's own bookings,
the wall clock) and an in-memory one that ships with the package
(agent/adapters/memory.py), so most lifecycle tests run in-process. `agent/wiring.py`
builds the real ones from the settings.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

from agent.core.records import LedgerEntry, OutboxItem

if TYPE_CHECKING:  # named by the ports only: importing this module loads none of them
    from agent.core.kickoff import Kickoff, KickoffProblem
    from agent.desk.queue import Request
    from agent.desk.snapshot import DeskSnapshot
    from parsers.model import Context, Extraction, ParsedMessage, Window
    from store.db import Change
    from store.story import StoryEntry

__all__ = [
    "Clock",
    "Copy",
    "DeskState",
    "Extractor",
    "Fetched",
    "FreeBusy",
    "LedgerEntry",
    "MailSender",
    "MailSource",
    "OutboxItem",
    "SourceProbe",
    "Store",
]


def outbox_items(store: Store, *, status: str | None = None) -> list[OutboxItem]:
    """The store's outbox as records, in queue order."""
    return [OutboxItem.from_json(doc) for doc in store.outbox(status=status)]


@dataclass(frozen=True, slots=True)
class Fetched:
    """One message as fetched: raw bytes, or `error` when the server would not hand it over."""

    uid: int
    uidvalidity: int
    raw: bytes | None
    error: str | None = None
    gm_msgid: int | None = None
    gm_thrid: int | None = None


class Copy(Protocol):
    """The agent's own copy of a mail for the Sent folder, readied before SMTP gets the mail:
    the witness `MailSource.has_sent` finds after a crash (agent.adapters.mailbox.PreparedCopy)."""

    async def keep(self) -> None:
        """File it: SMTP accepted the mail (MailboxError if it cannot)."""
        ...

    async def drop(self) -> None:
        """Abandon it: SMTP did not take the mail; a no-op after `keep`."""
        ...


@dataclass(frozen=True, slots=True)
class SourceProbe:
    """What one read-only login shows of the inbox, for `rounds doctor`."""

    messages: int  # in the watched folder
    since: int  # of them, arrived on or after the first-run cutoff asked about
    idle: bool  # the server announces new mail (else the agent polls)
    gmail: bool  # X-GM-EXT-1: Gmail files what it sends
    sent_copy: str  # who files sent mail: "server", "agent" or "off" (agent.adapters.sentcopy)
    sent_folder: str | None  # where the agent files its copies, when it does
    newest_header: bytes | None  # the newest message's header, None when the folder is empty


class MailSource(Protocol):
    """The agent's inbox: new mail by UID cursor, a wait for more, and its Sent folder."""

    def fetch_new(
        self, cursor: tuple[int, int] | None, *, since: date | None = None
    ) -> AsyncIterator[Fetched]:
        """Messages above `cursor` = (uidvalidity, last uid), oldest first; a changed
        UIDVALIDITY (or no cursor) starts over, `since` bounding it. MailboxError when the
        server cannot be reached."""
        ...

    async def wait_for_mail(self, timeout: float) -> None:  # noqa: ASYNC109 - a bounded wait
        """Return when new mail may have arrived, or after `timeout` seconds."""
        ...

    async def has_sent(self, message_id: str) -> bool | None:
        """Whether the mail with this Message-ID (without <>) is in Sent; None when it
        cannot be told. MailboxError when the server cannot be reached."""
        ...

    async def prepare_copy(self, raw: bytes) -> Copy | None:
        """Ready the agent's own Sent copy of a mail about to go out; None when the server
        files one itself (or copies are off). MailboxError when it cannot."""
        ...

    async def close(self) -> None:
        """Log out and release every connection; the source is unusable afterwards."""
        ...

    async def probe(self, since: date) -> SourceProbe:
        """Log in once, change nothing, and tell what is there (`rounds doctor`); the
        MailboxError of a failed login or folder is the one a run would meet."""
        ...


class MailSender(Protocol):
    """Hands a rendered mail to the outgoing server."""

    async def send(
        self, message: bytes, *, sender: str, recipients: Sequence[str]
    ) -> dict[str, str]:
        """Send `message`; returns the recipients refused (address -> reason) while others
        were accepted. RecipientsRefused when all are, SendError when worth a retry."""
        ...

    async def probe(self) -> str:
        """Connect and log in as a send would, send nothing; what was reached. SendError
        (from the library's own error) when that fails."""
        ...


class Store(Protocol):
    """The tracker: processes, ledger, outbox, cursors and meta, changed only by `commit`.

    The TinyDB file (store/db.py), PostgreSQL (store/postgres.py) and the in-memory store
    (agent/adapters/memory.py) all are one; tests/store/test_contract.py pins all three.
    Reads return copies: changing them changes nothing stored.
    """

    def processes(self) -> dict[str, dict[str, Any]]:
        """Every process document by id, closed ones included."""
        ...

    def process(self, process_id: str) -> dict[str, Any] | None:
        """One process document, open or closed, or None."""
        ...

    def seen(self, key: str) -> bool:
        """Whether any ledger entry carries `key` (`uid:…` or `mid:…`)."""
        ...

    def ledger(self) -> list[dict[str, Any]]:
        """Every ledger entry, oldest first, each with its "seq"."""
        ...

    def story(self, process_id: str) -> list[StoryEntry]:
        """The newest entries of a process's story (store/story.py), oldest first."""
        ...

    def outbox(self, *, status: str | None = None) -> list[dict[str, Any]]:
        """Outbox items in queue order, optionally only those with `status`."""
        ...

    def claim(
        self, now: datetime, *, lease: timedelta, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Atomically take for this writer at most `limit` items, interrupted ("sending")
        first, then due ones oldest first, and mark them as being sent: "sending", one more
        attempt, `attempted_at` now, `claimed_until` `now + lease`. Returns them as they
        stood before, so that an interrupted one can be told. None that an earlier claim of
        this writer holds: no two senders of one writer (two flushes, two connections)
        take the same item. A claim ends with the commit that clears `claimed_until`
        (every outcome does) or when its lease runs out; an earlier writer's claims end
        when this one opens, as its lock proves that writer gone."""
        ...

    def cursor(self, folder: str) -> tuple[int, int] | None:
        """(uidvalidity, last uid) last committed for `folder`, or None."""
        ...

    def meta(self, key: str, default: Any = None) -> Any:
        """The value last committed under `key`, or `default`."""
        ...

    def commit(self, change: Change) -> None:
        """Apply all of `change` or none of it (InputError for a change no store may apply)."""
        ...

    def close(self) -> None:
        """Release the writer's lock or connection; the store is unusable afterwards."""
        ...

    def __enter__(self) -> Store: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


class DeskState(Protocol):
    """What the desk (`rounds serve`) keeps beside the tracker, and how it sees it change.

    Beside a tracker file it is files next to it (agent/desk/files.py); with PostgreSQL,
    tables of the mailbox (agent/desk/tables.py); `agent.wiring.desk_state` picks one. The
    desk submits requests and the watcher applies them, each once: the ledger key
    `desk:<id>` in the commit that applies one is the claim (tests/agent/desk/test_state.py
    pins both).
    """

    def secret(self) -> bytes:
        """The key that signs links and sessions, made by whoever asks first: every desk and
        `rounds login-link` on this tracker get the same one."""
        ...

    def used(self, nonce: str) -> bool:
        """Whether the sign-in link or session with this nonce was used or ended."""
        ...

    def use(self, nonce: str, expires: datetime, now: datetime) -> bool:
        """Remember `nonce` as used until `expires`; False when it already was (a replay)."""
        ...

    def link_mailed(self, email: str, now: datetime, *, per_hour: int) -> bool:
        """Count a sign-in link mailed to `email` at `now`; False, counting nothing, when
        `per_hour` went to it in the hour before."""
        ...

    def submit(self, request: Request) -> None:
        """Queue a request for the watcher."""
        ...

    def requests(self) -> list[Request]:
        """The requests not dropped yet, oldest first (anything that is no request skipped)."""
        ...

    def drop(self, ids: Collection[str]) -> None:
        """Forget the requests with these ids (the tracker has committed them)."""
        ...

    def stamp(self) -> object:
        """A value that changes whenever the tracker commits or a request comes or goes;
        cheap, for a look every few seconds."""
        ...

    def export(self, now: datetime) -> DeskSnapshot:
        """Everything kept that still counts at `now`, making nothing (no secret yet: none)."""
        ...

    def absorb(self, snapshot: DeskSnapshot, now: datetime) -> DeskSnapshot:
        """Add what `snapshot` holds and this state lacks (its secret replaces this one);
        returns what was new, so a second absorb of the same snapshot returns nothing."""
        ...

    def close(self) -> None:
        """Release any connection; the next use opens a new one."""
        ...


class Extractor(Protocol):
    """Reads what a mail says: a party's reply, or a recruiter's kickoff.

    The rules read first; a model, where there is one, reads only what they doubt or
    could not place (agent/adapters/reading.py), so the agent never chooses between them.
    """

    async def reply(self, message: ParsedMessage, context: Context, *, now: datetime) -> Extraction:
        """The reading of a reply within its process's `context`, times resolved at `now`."""
        ...

    async def kickoff(
        self, message: ParsedMessage, source: str, *, agent: str, forwarded: str
    ) -> Kickoff | KickoffProblem:
        """The new process a recruiter's `source` text asks for (the agent at `agent`),
        or what keeps it from being read; `forwarded` is the body quoted from others."""
        ...


class FreeBusy(Protocol):
    """When people are busy, from wherever that is known (our own bookings, their calendars)."""

    async def busy(
        self, emails: Sequence[str], start: datetime, end: datetime
    ) -> dict[str, tuple[Window, ...]]:
        """Busy spans per email address, merged and sorted, clipped to [start, end)."""
        ...


class Clock(Protocol):
    """The one source of the current time: aware, and read only at the edges."""

    def __call__(self) -> datetime: ...
