"""Embedded loopback mail servers for the demo and the tests: pymap (IMAP) and aiosmtpd (SMTP)."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import os
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from types import TracebackType
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from imapclient import IMAPClient

from agent.adapters.mailbox import ImapSettings
from agent.adapters.mailer import SmtpSettings
from agent.adapters.memory import AUTHSERV_ID as AUTHSERV_ID
from agent.adapters.memory import Captured as Captured
from agent.adapters.memory import base_address, received

log = logging.getLogger("rounds.sandbox")


class _NoLoginDataWarning(logging.Filter):
    """aiosmtpd warns on every AUTH that its own Session.login_data is deprecated."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "login_data is deprecated" not in record.getMessage()


logging.getLogger("mail.log").addFilter(_NoLoginDataWarning())

HOST = "127.0.0.1"  # never every interface: these servers take any mail and a demo password
START_TIMEOUT = 20.0  # seconds for pymap to import and listen; generous for a busy CI machine
IO_TIMEOUT = 10.0
SENT_FOLDER = "Sent"  # pymap cannot flag a folder \Sent (no SPECIAL-USE); clients find it by name


def free_port() -> int:
    """A loopback port that was free a moment ago (bind to port 0, read it, release it).

    Another process may take it before a server binds it: hand a server `listening_socket()`
    instead where it can take one, and check a server that binds by itself with `listens`.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


async def stop_politely(proc: asyncio.subprocess.Process, kill: Callable[[], None]) -> None:
    """SIGTERM `proc` and wait for it; `kill` it if it lingers past IO_TIMEOUT."""
    proc.terminate()
    try:
        await asyncio.wait_for(proc.wait(), IO_TIMEOUT)
    except TimeoutError:
        kill()
        await proc.wait()


PORT_TRIES = 5  # free ports tried by a server that binds its own, before it gives up


def free_ports() -> Iterator[int]:
    """PORT_TRIES free ports, one for each try to start a server that binds the port itself:
    a try that finds its port taken meanwhile (by another suite's server) goes on to the next."""
    for _ in range(PORT_TRIES):
        yield free_port()


def listening_socket(port: int = 0) -> socket.socket:
    """A loopback socket already listening, on `port` or (0) one the kernel picks: the port is
    held from here on, so no other server can take it before the one handed the socket starts."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((HOST, port))
        sock.listen(128)
    except BaseException:
        sock.close()
        raise
    return sock


@contextlib.contextmanager
def refusing_port() -> Iterator[int]:
    """A loopback port that refuses connections for the length of the with-block: bound by
    this process but never listening, so no other server can answer on it meanwhile."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        yield port


def listens(pid: int, port: int) -> bool:
    """Whether process `pid` holds the socket that listens on HOST:`port` (Linux's /proc).

    A connection that succeeds says only that something listens there; after a bind race it
    is another process's server, while the one we started failed to bind and is exiting.
    """
    wanted = f"{socket.inet_aton(HOST)[::-1].hex().upper()}:{port:04X}"
    inodes = set()
    with open("/proc/net/tcp", encoding="ascii") as table:
        for row in table.readlines()[1:]:
            fields = row.split()
            if fields[1] == wanted and fields[3] == "0A":  # 0A: LISTEN
                inodes.add(f"socket:[{fields[9]}]")
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except FileNotFoundError:
        return False  # it has exited
    for fd in fds:
        with contextlib.suppress(OSError):  # closed meanwhile
            if os.readlink(f"/proc/{pid}/fd/{fd}") in inodes:
                return True
    return False


# pymap binds the port it is given itself; this starts it on the listening socket it
# inherits as file descriptor argv[1] instead (asyncio's `sock=`), for the IMAP port only.
_PYMAP_ON_HELD_SOCKET = """
import asyncio, socket, sys
from pymap.main import main
held = socket.socket(fileno=int(sys.argv.pop(1)))
held_port = held.getsockname()[1]
start_server = asyncio.start_server
def on_held(callback, host=None, port=None, **kwargs):
    if port is None or int(port) != held_port:
        return start_server(callback, host, port, **kwargs)
    return start_server(callback, sock=held, **kwargs)
asyncio.start_server = on_held
sys.exit(main())
"""


class _HeldController(Controller):
    """aiosmtpd's threaded Controller serving on a socket that already listens."""

    def __init__(self, handler: Any, sock: socket.socket, **kwargs: Any) -> None:
        self._sock = sock
        super().__init__(handler, hostname=HOST, port=sock.getsockname()[1], **kwargs)

    def _create_server(self) -> Any:  # aiosmtpd's hook; its own binds hostname:port
        return self.loop.create_server(self._factory_invoker, sock=self._sock, ssl=self.ssl_context)


class _Handler:
    """aiosmtpd handler: records every message and hands the agent's mail to its IMAP inbox."""

    def __init__(self, servers: MailServers) -> None:
        self._servers = servers

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        reply = self._servers.refuse.get(address.lower())
        if reply is not None:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        token = self._servers.oauth_token
        expected = f"user={self._servers.user}\x01auth=Bearer {token}\x01\x01".encode()
        try:
            given = base64.b64decode(args[1], validate=True)
        except (IndexError, ValueError):
            given = b""
        return AuthResult(success=token is not None and given == expected, handled=False)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        raw = envelope.original_content or envelope.content
        captured = Captured(str(envelope.mail_from), tuple(envelope.rcpt_tos), bytes(raw))
        try:
            # A worker thread, since IMAP is blocking; and a client that hangs up cancels this
            # coroutine but never the thread, so Sent and `sent` always agree.
            await asyncio.to_thread(
                self._servers.accept_sync, captured, bool(session.authenticated)
            )
        except (OSError, IMAPClient.Error) as exc:
            log.warning("sandbox: filing or delivery over IMAP failed: %s", exc)
            return "451 4.3.0 Mailbox unavailable, try again later"
        if self._servers.before_reply is not None:
            self._servers.before_reply(captured)
        return "250 2.0.0 Message accepted"


class MailServers:
    """A pymap subprocess and an aiosmtpd server on loopback, for `async with`.

    Mail sent by SMTP to `agent_address` (plus-tags ignored) is APPENDed to the INBOX of
    `user`, so a simulated candidate can write to the agent; like every delivery it gets
    the sandbox's own Authentication-Results on top (`received`, authserv-id
    AUTHSERV_ID), as a receiving server writes them; every SMTP message, the
    agent's own included, is recorded in `sent`; mail from a logged-in sender is also filed
    in the user's "Sent" folder first, as Gmail does. AUTH LOGIN/PLAIN checks
    `user`/`password`; unauthenticated senders are accepted too, as simulated outsiders do
    not log in. `before_reply`, when a test sets it, is called (on the SMTP server's thread)
    with each accepted message just before the 250 reply: the moment a crash of the
    sender leaves it unsure whether its mail went out.
    XOAUTH2 accepts `oauth_token` once a test sets it; `refuse` maps a recipient (lower
    case) to the reply that refuses it, such as "550 5.1.1 No such user".
    `files_sent=False` makes it a server that keeps no sent copy (Postfix, most hosts).
    """

    def __init__(
        self,
        *,
        user: str = "agent@rounds.test",
        password: str = "sandbox-pass",  # noqa: S107 - a loopback test server's demo login
        agent_address: str | None = "agent@rounds.test",
        files_sent: bool = True,
    ) -> None:
        self.user = user
        self.files_sent = files_sent
        self.password = password
        self.agent_address = base_address(agent_address) if agent_address else None
        # Picked by the kernel at the first start, kept across restarts (0 until then).
        self.imap_port = 0
        self.smtp_port = 0
        self.sent: list[Captured] = []
        self.refuse: dict[str, str] = {}
        self.oauth_token: str | None = None
        self.before_reply: Callable[[Captured], None] | None = None
        self._imap: asyncio.subprocess.Process | None = None
        self._smtp: Controller | None = None
        self._append_lock = threading.Lock()  # APPENDs come from the test loop and from aiosmtpd's
        self._appender: IMAPClient | None = None

    async def __aenter__(self) -> MailServers:
        await self.start_imap()
        try:
            await self.start_smtp()
        except BaseException:
            await self.kill_imap()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop_smtp()
        await self.stop_imap()

    def imap_settings(self, **changes: Any) -> ImapSettings:
        """Settings that reach this IMAP server as the agent's user."""
        values: dict[str, Any] = {
            "host": HOST,
            "port": self.imap_port,
            "ssl": False,
            "user": self.user,
            "password": self.password,
            "timeout": IO_TIMEOUT,
        }
        return ImapSettings(**(values | changes))

    def smtp_settings(self, **changes: Any) -> SmtpSettings:
        """Settings that reach this SMTP server, logged in as the agent's user."""
        values: dict[str, Any] = {
            "host": HOST,
            "port": self.smtp_port,
            "tls": "none",
            "user": self.user,
            "password": self.password,
            "timeout": IO_TIMEOUT,
        }
        return SmtpSettings(**(values | changes))

    # --- IMAP ---------------------------------------------------------------------------

    async def start_imap(self) -> None:
        """Start pymap's in-memory backend on `imap_port`; returns once it accepts connections."""
        if self._imap is not None:
            return
        held = listening_socket(self.imap_port)  # a restart takes the same port again
        self.imap_port = held.getsockname()[1]
        try:
            # pymap has no __main__ module, so the launcher calls its console-script entry point.
            self._imap = await asyncio.create_subprocess_exec(
                sys.executable,
                "-c",
                _PYMAP_ON_HELD_SOCKET,
                str(held.fileno()),
                "--host",
                HOST,
                "--port",
                str(self.imap_port),
                "--no-tls",
                "dict",
                "--demo-user",
                self.user,
                "--demo-password",
                self.password,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.DEVNULL,
                pass_fds=(held.fileno(),),
            )
        finally:
            # pymap holds it now; once pymap is gone, the port refuses connections again.
            held.close()
        await self._wait_listening(self._imap)
        try:
            await asyncio.to_thread(self._create_sent)
        except BaseException:
            await self.kill_imap()
            raise

    def _create_sent(self) -> None:
        with self._append_lock:
            self._appender_locked().create_folder(SENT_FOLDER)

    async def _wait_listening(self, proc: asyncio.subprocess.Process) -> None:
        """Return once `proc` greets on imap_port: a greeting from another process's server
        (one that took the port first, see `listens`) does not count."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + START_TIMEOUT
        while True:
            if proc.returncode is not None:
                self._imap = None
                raise RuntimeError(f"IMAP server exited with code {proc.returncode} on start")
            if listens(proc.pid, self.imap_port) and await self._greets():
                return
            if loop.time() > deadline:
                await self.kill_imap()
                raise RuntimeError(f"IMAP server did not listen on {HOST}:{self.imap_port}")
            await asyncio.sleep(0.05)

    async def _greets(self) -> bool:
        """Whether an IMAP server on imap_port sends its greeting within IO_TIMEOUT."""
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(HOST, self.imap_port), IO_TIMEOUT
            )
        except (OSError, TimeoutError):
            return False
        try:
            greeting = await asyncio.wait_for(reader.readline(), IO_TIMEOUT)
        except (OSError, TimeoutError):
            greeting = b""
        finally:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()
        return greeting.startswith(b"* OK")

    async def kill_imap(self) -> None:
        """Kill pymap at once (SIGKILL): clients see their connections drop mid-command."""
        await asyncio.to_thread(self._close_appender)
        proc, self._imap = self._imap, None
        if proc is not None and proc.returncode is None:
            proc.kill()
            await proc.wait()

    async def stop_imap(self) -> None:
        """Stop pymap politely (SIGTERM), killing it if it lingers."""
        await asyncio.to_thread(self._close_appender)
        proc, self._imap = self._imap, None
        if proc is None or proc.returncode is not None:
            return
        await stop_politely(proc, proc.kill)

    async def restart_imap(self) -> None:
        """Kill pymap and start an empty one on the same port (a new UIDVALIDITY)."""
        await self.kill_imap()
        await self.start_imap()

    def append_sync(self, raw: bytes, when: datetime | None, folder: str = "INBOX") -> None:
        """APPEND `raw` to one of the user's folders over IMAP (blocking; internal date `when`)."""
        with self._append_lock:
            appender = self._appender_locked()
            # A copy in Sent has been read by its writer; a delivery in INBOX has not.
            flags = (b"\\Seen",) if folder == SENT_FOLDER else ()
            try:
                appender.append(folder, raw, flags=flags, msg_time=when)
            except BaseException:
                self._close_appender_locked()
                raise

    def _appender_locked(self) -> IMAPClient:
        if self._appender is None:
            # One kept connection: a pymap login costs more than half a second.
            client = IMAPClient(HOST, port=self.imap_port, ssl=False, timeout=IO_TIMEOUT)
            try:
                client.login(self.user, self.password)
            except BaseException:
                client.shutdown()
                raise
            self._appender = client
        return self._appender

    def _close_appender(self) -> None:
        with self._append_lock:
            self._close_appender_locked()

    def _close_appender_locked(self) -> None:
        client, self._appender = self._appender, None
        if client is not None:
            with contextlib.suppress(OSError, IMAPClient.Error):
                client.shutdown()

    def accept_sync(self, captured: Captured, logged_in: bool) -> None:
        """What the SMTP server does with a message before its 250 (blocking).

        A logged-in sender's mail is filed in its Sent folder first, as Gmail does, then
        recorded in `sent`; mail to `agent_address` is then APPENDed to the INBOX.
        """
        if logged_in and self.files_sent:
            self.append_sync(captured.raw, None, SENT_FOLDER)
        self.sent.append(captured)
        agent = self.agent_address
        if agent is not None and any(base_address(r) == agent for r in captured.rcpt_tos):
            # A logged-in sender is vouched for; an outsider's mail carries no signature.
            self.append_sync(received(captured.raw, "pass" if logged_in else "none"), None)

    async def deliver(
        self, raw: bytes, *, when: datetime | None = None, verdict: str | None = "pass"
    ) -> None:
        """Put a message straight into the agent's INBOX, as if it had arrived.

        The receiving server's `verdict` on the From domain (see `received`) goes on top.
        """
        await asyncio.to_thread(self.append_sync, received(raw, verdict), when)

    # --- SMTP ---------------------------------------------------------------------------

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == self.user.encode()
            and auth_data.password == self.password.encode()
        )
        # handled=False makes aiosmtpd answer 535 itself; the default leaves the client hanging.
        return AuthResult(success=ok, handled=False)

    async def start_smtp(self) -> None:
        """Start the SMTP server on `smtp_port` (again, after `stop_smtp`)."""
        if self._smtp is not None:
            return
        held = listening_socket(self.smtp_port)  # a restart takes the same port again
        self.smtp_port = held.getsockname()[1]
        controller = _HeldController(
            _Handler(self),
            held,
            authenticator=self._authenticate,
            auth_require_tls=False,  # loopback only; the sandbox has no certificate
            ready_timeout=START_TIMEOUT,
        )
        try:
            await asyncio.to_thread(controller.start)
        except BaseException:
            held.close()
            raise
        self._smtp = controller

    async def stop_smtp(self) -> None:
        """Stop the SMTP server: new connections are refused until `start_smtp`."""
        controller, self._smtp = self._smtp, None
        if controller is not None:
            await asyncio.to_thread(controller.stop)
