"""IMAP inbox adapter: imapclient in threads, UID-cursor fetches, IDLE that survives drops."""

from __future__ import annotations

import asyncio
import contextlib
import imaplib
import logging
import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Concatenate, ParamSpec, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from agent.adapters.account import ServerLogin
from agent.adapters.sentcopy import SentCopy, begin_append, end_append, sent_copy_mode, sent_folder
from agent.errors import FolderMissing, LoginRefused, MailboxError, scrub
from agent.ports import Fetched, SourceProbe

log = logging.getLogger("rounds.mailbox")

# Seconds per idle_check: a thread cannot be cancelled, so this bounds how long a stop
# (close, SIGTERM) waits for an idling connection. A slice costs one thread hop, no traffic.
IDLE_SLICE = 1.0
IDLE_RENEW = 540.0  # re-issue IDLE well inside the 10 minutes some servers and NATs allow
POLL_EVERY = 30.0  # NOOP interval on servers without IDLE
GMAIL = b"X-GM-EXT-1"
ERROR_CHARS = 300  # an error text kept for quarantine stays short

T = TypeVar("T")
P = ParamSpec("P")


# After a refused login, quick retries only risk a lockout (Gmail counts failed logins).
REFUSED_WAIT = 300.0


def exponential_backoff(attempt: int) -> float:
    """Seconds before reconnect attempt `attempt` (1-based): 1, 2, 4 … capped at 60."""
    return float(min(60, 2 ** max(0, attempt - 1)))


@dataclass(frozen=True, slots=True, kw_only=True)
class ImapSettings(ServerLogin):
    """The agent's inbox: its server and login, TLS or not, and the folder watched."""

    ssl: bool
    user: str
    folder: str = "INBOX"


def _no_step(step: str) -> None:
    return None


@dataclass(frozen=True, slots=True)
class _Session:
    """One logged-in connection with the folder selected.

    `step` is called (in the worker thread) just before each move of the wait cycle:
    "noop", "search" (after the NOOP), "idle" (before IDLE) and "idling" (once IDLE is
    confirmed), on the second connection too: where tests deliver mail at exact points.
    """

    client: IMAPClient
    uidvalidity: int
    gmail: bool
    idle: bool
    uidnext: int = 0  # UIDNEXT when the folder was selected: every UID from it on is new
    exists: int = 0  # messages in the folder when it was selected
    step: Callable[[str], None] = _no_step


class _ConnectionLost(ConnectionError):
    """The server said BYE, or IDLE keeps returning nothing at once (a dead socket)."""


# What means "this connection is gone": socket errors and timeouts, imaplib aborts, BYE.
_LOST = (OSError, imaplib.IMAP4.abort)


def _open(settings: ImapSettings) -> _Session:
    """Connect, log in and select the folder (blocking); every failure is a MailboxError."""
    where = settings.where
    secrets: list[str | None] = [settings.password]
    client: IMAPClient | None = None
    try:
        client = IMAPClient(
            settings.host, port=settings.port, ssl=settings.ssl, timeout=settings.timeout
        )
        if settings.token is not None:
            try:
                token = settings.token()
            except Exception as exc:
                # The provider's own message may quote a refresh token; name the type only.
                raise MailboxError(
                    f"IMAP {where}: the OAuth token provider failed ({type(exc).__name__})"
                ) from exc
            secrets.append(token)
            client.oauth2_login(settings.user, token)
        else:
            client.login(settings.user, settings.password or "")
        try:
            info = client.select_folder(settings.folder, readonly=True)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            text = scrub(str(exc), secrets)
            raise FolderMissing(f"IMAP {where}: cannot open {settings.folder!r}: {text}") from exc
        caps = client.capabilities()
        return _Session(
            client,
            int(info[b"UIDVALIDITY"]),
            GMAIL in caps,
            b"IDLE" in caps,
            uidnext=_number(info.get(b"UIDNEXT")),
            exists=_number(info.get(b"EXISTS")),
        )
    except MailboxError:
        _shutdown(client)
        raise
    except LoginError as exc:
        _shutdown(client)
        text = scrub(str(exc), secrets)
        # RFC 3501: an [ALERT] text is meant for a person; Gmail puts the reason there
        # (app password required, web login required, too many simultaneous connections).
        raise LoginRefused(f"IMAP login to {where} as {settings.user} refused: {text}") from exc
    except _LOST as exc:
        _shutdown(client)
        text = scrub(str(exc) or type(exc).__name__, secrets)
        raise MailboxError(f"cannot connect to IMAP server {where}: {text}") from exc
    except imaplib.IMAP4.error as exc:
        _shutdown(client)
        text = scrub(str(exc), secrets)
        raise MailboxError(f"IMAP {where}: cannot open {settings.folder!r}: {text}") from exc


def _shutdown(client: IMAPClient | None) -> None:
    """Close the socket without a LOGOUT round trip (the connection is broken or unwanted)."""
    if client is not None:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            client.shutdown()


def _logout(client: IMAPClient) -> None:
    with contextlib.suppress(OSError, imaplib.IMAP4.error):
        client.logout()


def _number(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _take_notices(client: IMAPClient) -> bool:
    """Pop the untagged EXISTS, RECENT and FETCH that imaplib filed while reading any reply;
    True when they announce mail (an EXISTS, a non-zero RECENT).

    imaplib keeps every untagged response that comes with another command's reply (a
    `* 3 EXISTS` inside a SEARCH answer) and nobody reads it unless asked: an announcement
    lost there leaves the following IDLE silent. A FETCH tells of a flag change, never of
    new mail; it is cleared so that the list does not grow.
    """
    filed = client._imap.untagged_responses
    exists = filed.pop("EXISTS", [])
    recent = filed.pop("RECENT", [])
    filed.pop("FETCH", None)
    return bool(exists) or any(_number(r) > 0 for r in recent)


def _noop(session: _Session) -> None:
    """NOOP, so that some servers (pymap) show other sessions' new mail to the next SEARCH."""
    session.step("noop")
    session.client.noop()
    # Whatever the NOOP announced, the search that follows sees.
    _take_notices(session.client)
    session.step("search")


def _search(session: _Session, cursor: tuple[int, int] | None, since: date | None) -> list[int]:
    """UIDs to fetch, ascending: those above the cursor, or everything (SINCE) on a new start."""
    _noop(session)
    if cursor is not None and cursor[0] == session.uidvalidity:
        last = cursor[1]
        # `n:*` matches the last message even when it is below n, so filter ourselves.
        found = session.client.search(["UID", f"{last + 1}:*"])
        return sorted(uid for uid in found if uid > last)
    criteria: list[Any] = ["SINCE", since] if since is not None else ["ALL"]
    return sorted(session.client.search(criteria))


def _fetch(session: _Session, uids: list[int]) -> dict[int, dict[bytes, Any]]:
    # Raw bytes only: ENVELOPE/BODYSTRUCTURE parsing is where imapclient and servers choke.
    items = ["BODY.PEEK[]"]
    if session.gmail:
        items += ["X-GM-MSGID", "X-GM-THRID"]
    result: dict[int, dict[bytes, Any]] = session.client.fetch(uids, items)
    return result


def _look_in_sent(settings: ImapSettings, message_id: str) -> bool | None:
    """Whether the sent folder holds `message_id` (blocking, on a connection of its own).

    A connection of its own leaves the watched folder selected (and IDLE) on the main one;
    this runs only after a crash, so the extra login is rare. None: no sent folder, or a
    server that refuses the search.
    """
    session = _open(settings)
    client = session.client
    try:
        # The \Sent special-use flag (Gmail: "[Gmail]/Sent Mail"), else a usual name ("Sent").
        folder = sent_folder(client)
        if folder is None:
            return None
        client.select_folder(folder, readonly=True)
        found = client.search(["HEADER", "Message-ID", f"<{message_id}>"])
    except _LOST as exc:
        _shutdown(client)
        raise MailboxError(f"IMAP {settings.where}: sent folder search failed: {exc}") from exc
    except imaplib.IMAP4.error as exc:
        log.warning("IMAP %s: cannot search the sent folder: %s", settings.where, exc)
        _logout(client)
        return None
    _logout(client)
    return bool(found)


def _announced(responses: Sequence[Any]) -> bool:  # as imapclient parses them
    """Whether untagged responses tell of new mail (EXISTS, or a non-zero RECENT)."""
    for response in responses:
        if (
            len(response) >= 2
            and isinstance(response[0], int)
            and (response[1] == b"EXISTS" or (response[1] == b"RECENT" and response[0] > 0))
        ):
            return True
    return False


def _idle_slice(client: IMAPClient, timeout: float) -> bool:
    """One short idle_check: True on new mail; _ConnectionLost on BYE or a dead socket."""
    started = time.monotonic()
    responses = client.idle_check(timeout=timeout)
    if any(r and r[0] == b"BYE" for r in responses):
        raise _ConnectionLost("server said BYE")
    if not responses and time.monotonic() - started < timeout / 2:
        # After the server closes, idle_check returns [] at once forever (imapclient #565).
        raise _ConnectionLost("IDLE returned at once with nothing")
    return _announced(responses)


def _idle_done(client: IMAPClient) -> bool:
    client.idle_done()
    # Its untagged responses were filed by imaplib too; taking them from there clears them.
    return _take_notices(client)


def _line_announces(line: bytes) -> bool:
    """Whether one raw untagged line (`* 3 EXISTS`) tells of new mail; BYE means lost."""
    words = line.split()
    if len(words) >= 2 and words[1].upper() == b"BYE":
        raise _ConnectionLost("server said BYE")
    if len(words) < 3 or not words[1].isdigit():
        return False
    kind = words[2].upper()
    return kind == b"EXISTS" or (kind == b"RECENT" and int(words[1]) > 0)


def _drain(client: IMAPClient) -> bool:
    """Read what already sits in imaplib's buffer, without waiting; True if it announces mail.

    A notice that comes in the same read as IDLE's `+ idling` line lands in the buffer,
    where the socket poll of idle_check never sees it.
    """
    imap = client._imap
    sock = client.socket()
    timeout = sock.gettimeout()
    announced = False
    while True:
        sock.setblocking(False)
        try:
            pending = imap.file.peek(1)
        except OSError:  # nothing to read now (SSL want-read)
            pending = b""
        finally:
            sock.settimeout(timeout)
        if not pending:
            return announced
        # Part of a line is there: the rest is on its way, so a blocking read is short.
        announced = _line_announces(imap._get_line()) or announced


def _start_idle(session: _Session) -> bool:
    """Send IDLE and read up to its continuation; True if mail was announced meanwhile.

    imapclient's own idle() fails on an untagged response before the `+`; this files
    those (imaplib does) and then reads them, and drains what came with the `+`.
    """
    session.step("idle")
    client = session.client
    imap = client._imap
    tag = imap._command("IDLE")
    while imap._get_response() is not None:  # None: the continuation
        if imap.tagged_commands.get(tag):
            raise imaplib.IMAP4.error(f"IDLE refused: {imap.tagged_commands[tag]}")
    client._idle_tag = tag  # what idle_check and idle_done expect after idle()
    announced = _take_notices(client)
    announced = _drain(client) or announced
    session.step("idling")
    return announced


def _renew_idle(session: _Session) -> bool:
    announced = _idle_done(session.client)
    return _start_idle(session) or announced


def _has_new(session: _Session, last_uid: int) -> bool:
    _noop(session)
    found = session.client.search(["UID", f"{last_uid + 1}:*"])
    return any(uid > last_uid for uid in found) or _take_notices(session.client)


def _newest_header(client: IMAPClient) -> bytes | None:
    uids = client.search(["ALL"])
    if not uids:
        return None
    newest = max(uids)
    data = client.fetch([newest], ["BODY.PEEK[HEADER]"]).get(newest, {})
    header = data.get(b"BODY[HEADER]")
    return header if isinstance(header, bytes) else None


def _probe(settings: ImapSettings, since: date, sent_copy: SentCopy | None) -> SourceProbe:
    """One read-only login (blocking): what is in the folder and who files sent mail."""
    session = _open(settings)
    client = session.client
    try:
        count = session.exists
        mode = sent_copy_mode(sent_copy, gmail=session.gmail)
        probe = SourceProbe(
            messages=count,
            since=len(client.search(["SINCE", since])) if count else 0,
            idle=session.idle,
            gmail=session.gmail,
            sent_copy=mode,
            sent_folder=sent_folder(client) if mode == "agent" else None,
            newest_header=_newest_header(client) if count else None,
        )
    except (*_LOST, imaplib.IMAP4.error) as exc:
        _shutdown(client)
        raise MailboxError(f"IMAP {settings.where}: {exc}") from exc
    _logout(client)
    return probe


def _has_body(data: dict[bytes, Any] | None) -> bool:
    return data is not None and isinstance(data.get(b"BODY[]"), bytes)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:ERROR_CHARS]


class PreparedCopy:
    """A copy for Sent, sent to the server all but its last CRLF: `keep` files it (once
    SMTP accepted the mail), `drop` abandons it (SMTP did not). Either ends it; then no-op."""

    def __init__(self, mailbox: ImapMailbox, session: _Session, tag: str) -> None:
        self._mailbox = mailbox
        self._session = session
        self._tag = tag
        self._open = True

    async def keep(self) -> None:
        """File the copy; raises MailboxError when the server did not store it."""
        if not self._open:
            return
        self._open = False
        mailbox = self._mailbox
        try:
            await asyncio.to_thread(end_append, self._session.client, self._tag)
        except (*_LOST, imaplib.IMAP4.error) as exc:
            mailbox._copy_failed(exc)
            where = mailbox._settings.where
            raise MailboxError(f"IMAP {where}: cannot file a copy in Sent: {exc}") from exc
        except BaseException:
            mailbox._copy_failed(RuntimeError("interrupted while filing a copy"))
            raise
        mailbox._notified = _take_notices(self._session.client) or mailbox._notified
        mailbox._lock.release()

    async def drop(self) -> None:
        """Abandon the copy: the connection closes mid-command, so the server stores nothing."""
        if not self._open:
            return
        self._open = False
        self._mailbox._lose("copy of an unsent mail abandoned", level=logging.INFO)
        self._mailbox._lock.release()


class ImapMailbox:
    """The agent's inbox over IMAP. One operation at a time; `close` may come from another task."""

    def __init__(
        self,
        settings: ImapSettings,
        *,
        backoff: Callable[[int], float] = exponential_backoff,
        poll_every: float = POLL_EVERY,
        step: Callable[[str], None] = _no_step,
        sent_copy: SentCopy | None = None,
    ) -> None:
        self._settings = settings
        self._sent_copy = sent_copy  # ROUNDS_SENT_COPY; None: decided on connecting
        self._sent_folder: str | None = None  # where the agent's copies go, once known
        self._step = step
        self._notified = False  # a reply since the last search announced mail
        self._backoff = backoff
        self._poll_every = poll_every
        self._session: _Session | None = None
        self._lock = asyncio.Lock()
        self._closing = asyncio.Event()
        self._failures = 0  # consecutive lost connections or failed connects, for backoff
        self._refused = False  # the last login was refused: wait REFUSED_WAIT before another
        self._seen: tuple[int, int] | None = None  # (uidvalidity, highest uid handed out)
        self._checker: _Session | None = None  # a second connection, for the check during IDLE

    async def _connect(self) -> _Session:
        try:
            session = replace(await asyncio.to_thread(_open, self._settings), step=self._step)
        except MailboxError as exc:
            self._failures += 1
            self._refused = isinstance(exc, LoginRefused)
            raise
        self._refused = False
        _take_notices(session.client)  # SELECT's counts, which the first search covers
        self._session = session
        log.info("IMAP %s: connected, UIDVALIDITY %d", self._settings.where, session.uidvalidity)
        return session

    def _lose(self, reason: BaseException | str, *, level: int = logging.WARNING) -> None:
        """Forget the connection after a failure; it is closed, never reused."""
        session, self._session = self._session, None
        if session is not None:
            _shutdown(session.client)
            self._failures += 1
            log.log(level, "IMAP %s: connection lost: %s", self._settings.where, reason)

    async def _call(
        self, fn: Callable[Concatenate[_Session, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> tuple[_Session, T]:
        """Run `fn(session, ...)` in a worker thread, connecting first when needed."""
        if self._closing.is_set():
            raise MailboxError(f"IMAP {self._settings.where}: mailbox is closed")
        async with self._lock:
            session = self._session or await self._connect()
            try:
                result = await asyncio.to_thread(fn, session, *args, **kwargs)
                self._notified = _take_notices(session.client) or self._notified
                return session, result
            except asyncio.CancelledError:
                # The thread runs on regardless, leaving the connection in an unknown state.
                self._lose("cancelled mid-command")
                raise

    async def fetch_new(
        self, cursor: tuple[int, int] | None, *, since: date | None = None, batch: int = 10
    ) -> AsyncIterator[Fetched]:
        """Yield messages above `cursor` = (uidvalidity, last uid), oldest first.

        A changed UIDVALIDITY (or no cursor) starts from the beginning, `since` bounding it.
        A message that fails to fetch is retried alone, then yielded with `error` set.
        Raises MailboxError when the server cannot be reached.
        """
        self._notified = False  # this search sees all that was announced before it
        for attempt in (1, 2):
            try:
                session, uids = await self._call(_search, cursor, since)
                break
            except MailboxError:
                raise
            except (*_LOST, imaplib.IMAP4.error) as exc:
                self._lose(exc)
                # A stale connection gets one fresh try; after that it is the caller's call.
                if attempt == 2 or not isinstance(exc, _LOST):
                    where = self._settings.where
                    raise MailboxError(f"IMAP {where}: search failed: {exc}") from exc
        self._failures = 0
        uidvalidity = session.uidvalidity
        # Where "new" starts for the check during IDLE: above the cursor, else (a first run
        # that found nothing) at the UIDNEXT seen on SELECT; raised as messages are handed out.
        same = cursor is not None and cursor[0] == uidvalidity
        start_uid = cursor[1] if cursor is not None and same else 0 if uids else session.uidnext - 1
        # A server that gave no UIDNEXT leaves no safe point: IDLE alone must tell.
        self._seen = (uidvalidity, start_uid) if start_uid >= 0 else None
        for start in range(0, len(uids), batch):
            chunk = uids[start : start + batch]
            found: dict[int, dict[bytes, Any]] = {}
            try:
                session, found = await self._call(_fetch, chunk)
            except MailboxError:
                raise
            except Exception as exc:  # whatever broke, each message is retried alone
                log.warning("IMAP %s: fetch of %s failed: %s", self._settings.where, chunk, exc)
                self._lose(exc)
            for uid in chunk:
                data = found.get(uid)
                if not _has_body(data):
                    try:
                        session, alone = await self._call(_fetch, [uid])
                    except MailboxError:
                        raise
                    except Exception as exc:  # quarantined by the caller, not retried
                        log.warning(
                            "IMAP %s: UID %d cannot be fetched: %s", self._settings.where, uid, exc
                        )
                        self._lose(exc)
                        self._seen = (uidvalidity, uid)
                        yield Fetched(uid, uidvalidity, None, _describe(exc))
                        continue
                    data = alone.get(uid)
                if session.uidvalidity != uidvalidity:
                    log.warning("IMAP %s: UIDVALIDITY changed mid-fetch", self._settings.where)
                    return
                self._seen = (uidvalidity, uid)
                if data is None or not _has_body(data):
                    yield Fetched(uid, uidvalidity, None, "the server returned no body for it")
                else:
                    yield Fetched(
                        uid,
                        uidvalidity,
                        data[b"BODY[]"],
                        gm_msgid=data.get(b"X-GM-MSGID"),
                        gm_thrid=data.get(b"X-GM-THRID"),
                    )

    async def probe(self, since: date) -> SourceProbe:
        """Log in on a connection of its own, select the folder read-only, and tell what
        is there; nothing changes (`rounds doctor`)."""
        return await asyncio.to_thread(_probe, self._settings, since, self._sent_copy)

    async def has_sent(self, message_id: str) -> bool | None:
        """Whether a message with this Message-ID (without <>) is in the sent folder.

        Gmail files every message sent through its SMTP server there by itself, so this
        tells whether a send that a crash interrupted went out. None when it cannot be
        told: no sent folder, a server that refuses the search, an id unfit for a search.
        Raises MailboxError when the server cannot be reached.
        """
        if self._closing.is_set():
            raise MailboxError(f"IMAP {self._settings.where}: mailbox is closed")
        if not message_id or any(c.isspace() or c in '<>"\\' for c in message_id):
            return None
        return await asyncio.to_thread(_look_in_sent, self._settings, message_id)

    async def prepare_copy(self, raw: bytes) -> PreparedCopy | None:
        """Ready the agent's own copy of a mail about to go to SMTP for the Sent folder,
        where the server keeps none (see sent_copy_mode); None when the server does or
        ROUNDS_SENT_COPY=off. The mailbox is busy until the copy is kept or dropped.
        Raises MailboxError when the server cannot take it."""
        if self._closing.is_set():
            raise MailboxError(f"IMAP {self._settings.where}: mailbox is closed")
        await self._lock.acquire()
        try:
            session = self._session or await self._connect()
            if sent_copy_mode(self._sent_copy, gmail=session.gmail) != "agent":
                self._lock.release()
                return None
            tag, self._sent_folder = await asyncio.to_thread(
                begin_append, session.client, raw, self._sent_folder
            )
        except (*_LOST, imaplib.IMAP4.error) as exc:
            self._copy_failed(exc)
            raise MailboxError(f"IMAP {self._settings.where}: cannot ready a copy: {exc}") from exc
        except BaseException:
            self._lock.release()
            raise
        return PreparedCopy(self, session, tag)

    def _copy_failed(self, exc: BaseException) -> None:
        self._lose(exc)
        self._sent_folder = None
        self._lock.release()

    async def wait_for_mail(self, timeout: float) -> None:  # noqa: ASYNC109 - a bounded wait
        """Return when new mail may be there, or after `timeout` seconds; never raises on drops.

        IDLE where offered (short idle_check slices, re-issued every 9 minutes), NOOP polling
        elsewhere. A lost connection is reopened with backoff; a reopened connection returns
        at once, since mail that came meanwhile was announced to nobody.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        async with self._lock:
            while not self._closing.is_set():
                remaining = deadline - loop.time()
                if remaining <= 0:
                    return
                if self._session is None:
                    if await self._reconnect(min(remaining, self._backoff(self._failures))):
                        return
                    continue
                session = self._session
                try:
                    await self._wait_on(session, deadline)
                    return
                except asyncio.CancelledError:
                    # A stop: the agent cancels its wait on purpose, nothing went wrong.
                    self._lose("cancelled while waiting", level=logging.INFO)
                    raise
                except Exception as exc:  # any IDLE failure means reconnect (#519)
                    self._lose(exc)

    async def _reconnect(self, delay: float) -> bool:
        """Sleep `delay` if connections have been failing, then try once; True if connected."""
        if self._refused:
            delay = max(delay, REFUSED_WAIT)
        if self._failures:
            log.info(
                "IMAP %s: reconnect attempt %d in %.1fs",
                self._settings.where,
                self._failures,
                delay,
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), delay)
            if self._closing.is_set():
                return False
        try:
            await self._connect()
        except MailboxError as exc:
            log.warning("IMAP %s: reconnect attempt failed: %s", self._settings.where, exc)
            return False
        return True

    async def _wait_on(self, session: _Session, deadline: float) -> None:
        loop = asyncio.get_running_loop()
        # Mail announced in a reply since the last search (a `* 3 EXISTS` in its answer).
        if self._notified:
            self._notified = False
            return
        client = session.client
        if not session.idle:
            while not self._closing.is_set() and loop.time() < deadline:
                pause = min(self._poll_every, deadline - loop.time())
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._closing.wait(), pause)
                await asyncio.to_thread(client.noop)
                if _take_notices(client):
                    return
                self._failures = 0
            return
        announced = await asyncio.to_thread(_start_idle, session)
        self._failures = 0
        # Mail that came after the last search but before IDLE began may never be announced
        # (pymap stays silent about it); a search once IDLE is confirmed finds it, and what
        # comes later is announced to the IDLE.
        announced = announced or await self._check_since_search(session)
        issued = loop.time()
        while not announced and not self._closing.is_set():
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            if loop.time() - issued >= IDLE_RENEW:
                # Between DONE and the new IDLE lies the same gap as before the first.
                if await asyncio.to_thread(_renew_idle, session) or (
                    await self._check_since_search(session)
                ):
                    break
                issued = loop.time()
            announced = await asyncio.to_thread(_idle_slice, client, min(IDLE_SLICE, remaining))
        await asyncio.to_thread(_idle_done, client)

    async def _check_since_search(self, session: _Session) -> bool:
        """Whether UIDs above the last search's point exist, asked on a second connection
        (the first is in IDLE); a failure there only leaves the wait to IDLE and its timeout."""
        seen = self._seen
        if seen is None or seen[0] != session.uidvalidity:
            return False
        try:
            if self._checker is None:
                self._checker = replace(
                    await asyncio.to_thread(_open, self._settings), step=self._step
                )
            checker = self._checker
            if checker.uidvalidity != seen[0]:
                return True  # the folder was rebuilt: a new search starts over
            return await asyncio.to_thread(_has_new, checker, seen[1])
        except (MailboxError, *_LOST, imaplib.IMAP4.error) as exc:
            log.warning("IMAP %s: check during IDLE failed: %s", self._settings.where, exc)
            self._close_checker()
            return False
        except asyncio.CancelledError:
            self._close_checker()
            raise

    def _close_checker(self) -> None:
        checker, self._checker = self._checker, None
        if checker is not None:
            _shutdown(checker.client)

    async def close(self) -> None:
        """Log out; a running wait_for_mail ends within one IDLE slice first."""
        self._closing.set()
        async with self._lock:
            session, self._session = self._session, None
            checker, self._checker = self._checker, None
            for open_session in (session, checker):
                if open_session is not None:
                    await asyncio.to_thread(_logout, open_session.client)
