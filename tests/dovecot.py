"""A real Dovecot 2.3+ for the tests: own config in a temporary folder, a passwd-file user,
Maildir, a free loopback port; no system service is touched. Also the `mail_servers` fixture,
which runs a test once on pymap and once on Dovecot."""

from __future__ import annotations

import asyncio
import json
import os
import pwd
import shutil
import signal
import tempfile
import threading
from collections import Counter
from collections.abc import AsyncIterator, Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import parse_qs

import pytest
from imapclient import IMAPClient

from agent.adapters.sentcopy import sent_folder
from agent.dev.sandbox import HOST, IO_TIMEOUT, PORT_TRIES, MailServers, free_ports, stop_politely
from agent.dev.simulation import parse_mail
from tests.e2e import AGENT, Harness, running_agent

SERVERS = ("pymap", "dovecot")
SEARCHED = ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot")

# Dovecot 2.3 syntax (Debian 12). Running as root, its login processes must run as an
# unprivileged user and mail may not belong to uid 0: then the package's own `dovenull` and
# `dovecot` users serve, and the Maildir belongs to `dovecot`. As anyone else, all is that user.
CONFIG = """\
protocols = imap
listen = {host}
base_dir = {root}/run
state_dir = {root}/state
instance_name = rounds-test-{port}
log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
default_internal_user = {internal}
default_internal_group = {internal_group}
default_login_user = {login}
first_valid_uid = 1
mail_location = maildir:{root}/mail/%u
mail_uid = {mail_uid}
mail_gid = {mail_gid}
passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN {root}/passwd
}}
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/oauth2.conf.ext
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={root}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = {host}
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
"""

OAUTH2 = """\
introspection_mode = post
introspection_url = http://{host}:{port}/introspect
username_attribute = email
active_attribute = active
active_value = true
force_introspection = yes
"""


def dovecot_binary() -> str | None:
    found = shutil.which("dovecot")
    return found or next((p for p in SEARCHED if os.access(p, os.X_OK)), None)


def require_dovecot() -> str:
    """The dovecot binary; a skip when missing, but a failure in CI, where it must be there."""
    found = dovecot_binary()
    if found is None:
        skip_unless_ci("dovecot not installed (apt-get install dovecot-imapd)", "the Dovecot tests")
    return found


def skip_unless_ci(reason: str, tests: str) -> NoReturn:
    """Skip for want of a system package; under CI, where it must be there, fail."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason}; CI must run {tests}", pytrace=False)
    pytest.skip(reason)


class _Introspection(BaseHTTPRequestHandler):
    """OAuth2 token introspection (RFC 7662) for Dovecot: the one valid token is active."""

    server: _IntrospectionServer

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        form = parse_qs(self.rfile.read(length).decode())
        token = form.get("token", [""])[0]
        expected = self.server.token()
        valid = expected is not None and token == expected
        body = json.dumps({"active": "true" if valid else "false", "email": self.server.user})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, format: str, *args: Any) -> None:
        return


class _IntrospectionServer(ThreadingHTTPServer):
    def __init__(self, user: str, token: Callable[[], str | None]) -> None:
        super().__init__((HOST, 0), _Introspection)
        self.user = user
        self.token = token


class DovecotServers(MailServers):
    """MailServers with Dovecot in place of pymap, started from its own config.

    `oauth_token`, once set, is accepted by IMAP XOAUTH2 too (through a token-introspection
    endpoint served on loopback), as it is by the SMTP server.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.binary = require_dovecot()
        self.root = Path(tempfile.mkdtemp(prefix="rounds-dovecot-"))
        self._dovecot: asyncio.subprocess.Process | None = None
        self._introspection = _IntrospectionServer(self.user, lambda: self.oauth_token)
        # A short poll, so that shutdown() at the end does not wait half a second.
        serve = {"poll_interval": 0.05}
        threading.Thread(
            target=self._introspection.serve_forever, kwargs=serve, daemon=True
        ).start()

    async def __aexit__(self, *exc: Any) -> None:
        try:
            # Killed, not stopped: a polite stop waits a second for Dovecot's children, and
            # nothing is left to see once the test is over.
            await self.kill_imap()
            await super().__aexit__(*exc)
        finally:
            self._introspection.shutdown()
            self._introspection.server_close()
            shutil.rmtree(self.root, ignore_errors=True)

    def _write_config(self) -> Path:
        root = self.root
        if os.geteuid() == 0:
            internal, login, mail = "dovecot", "dovenull", pwd.getpwnam("dovecot")
        else:
            mail = pwd.getpwuid(os.geteuid())
            internal = login = mail.pw_name
        for folder in ("run", "state", "mail"):
            (root / folder).mkdir(exist_ok=True)
        os.chown(root / "mail", mail.pw_uid, mail.pw_gid)
        # Dovecot's auth process runs as the internal user and reads the passwd file itself.
        root.chmod(0o711)
        (root / "passwd").write_text(f"{self.user}:{{PLAIN}}{self.password}::::::\n")
        (root / "passwd").chmod(0o644)
        port = self._introspection.server_address[1]
        (root / "oauth2.conf.ext").write_text(OAUTH2.format(host=HOST, port=port))
        config = root / "dovecot.conf"
        config.write_text(
            CONFIG.format(
                host=HOST,
                port=self.imap_port,
                root=root,
                internal=internal,
                internal_group=internal,
                login=login,
                mail_uid=mail.pw_uid,
                mail_gid=mail.pw_gid,
            )
        )
        return config

    async def start_imap(self) -> None:
        """Start Dovecot on a free port, or on `imap_port` again after a stop; returns once it
        accepts connections. Dovecot binds the port itself, so a port another process took
        after `free_port` looked is given up for a new one."""
        if self._dovecot is not None:
            return
        if self.imap_port:
            await self._start_dovecot()
            return
        for port in free_ports():
            self.imap_port = port
            try:
                await self._start_dovecot()
                return
            except RuntimeError:
                if "Address already in use" not in self.log_text():
                    raise
        raise RuntimeError(f"Dovecot found no free port in {PORT_TRIES} tries")

    async def _start_dovecot(self) -> None:
        config = self._write_config()
        (self.root / "dovecot.log").unlink(missing_ok=True)
        # A session of its own, so that a kill reaches the master's children too.
        self._dovecot = await asyncio.create_subprocess_exec(
            self.binary,
            "-c",
            str(config),
            "-F",
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
            start_new_session=True,
        )
        self._imap = self._dovecot  # what _wait_listening watches
        try:
            await self._wait_listening(self._dovecot)
            if self.files_sent:
                # Debian's stock config has no Sent folder; a server filing copies needs one.
                await asyncio.to_thread(self._create_sent)
        except BaseException:
            await self.kill_imap()
            raise

    async def kill_imap(self) -> None:
        """Kill Dovecot and its children at once (SIGKILL to its process group)."""
        await asyncio.to_thread(self._close_appender)
        proc, self._dovecot, self._imap = self._dovecot, None, None
        if proc is not None and proc.returncode is None:
            os.killpg(proc.pid, signal.SIGKILL)
            await proc.wait()

    async def stop_imap(self) -> None:
        """Stop Dovecot politely (SIGTERM), killing it if it lingers."""
        await asyncio.to_thread(self._close_appender)
        proc, self._dovecot, self._imap = self._dovecot, None, None
        if proc is None or proc.returncode is not None:
            return
        await stop_politely(proc, lambda: os.killpg(proc.pid, signal.SIGKILL))

    async def restart_imap(self) -> None:
        """Kill Dovecot and start it again on an empty Maildir (a new UIDVALIDITY)."""
        await self.kill_imap()
        shutil.rmtree(self.root / "mail", ignore_errors=True)
        await self.start_imap()

    def log_text(self) -> str:
        """Dovecot's own log, for a failing test's message."""
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""


def sent_folder_ids(servers: MailServers) -> set[str]:
    """The Message-IDs in the user's Sent folder (found as the agent finds it)."""
    return set(sent_folder_counts(servers))


def sent_folder_counts(servers: MailServers) -> Counter[str]:
    """How many copies of each Message-ID the user's Sent folder holds, all \\Seen."""
    client = IMAPClient(HOST, port=servers.imap_port, ssl=False, timeout=IO_TIMEOUT)
    try:
        client.login(servers.user, servers.password)
        folder = sent_folder(client)
        if folder is None:
            return Counter()
        client.select_folder(folder, readonly=True)
        found = client.fetch(
            client.search(["ALL"]), ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]
        )
        assert all(b"\\Seen" in data[b"FLAGS"] for data in found.values())
        headers = [data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"] for data in found.values()]
        return Counter(str(parse_mail(h)["Message-ID"]) for h in headers)
    finally:
        client.logout()


def make_servers(kind: str, **kwargs: Any) -> MailServers:
    """The sandbox with `kind` as its IMAP server: "pymap" files sent mail in Sent as Gmail
    does; "dovecot" keeps no sent copy, as Postfix and Dovecot do (unless told otherwise)."""
    if kind == "dovecot":
        return DovecotServers(**({"files_sent": False} | kwargs))
    return MailServers(**kwargs)


@pytest.fixture(params=SERVERS)
async def each_server(request: pytest.FixtureRequest) -> AsyncIterator[MailServers]:
    """The sandbox, once with pymap and once with Dovecot as its IMAP server."""
    async with make_servers(request.param, agent_address=AGENT) as running:
        yield running


@pytest.fixture
async def each_harness(each_server: MailServers, tmp_path: Path) -> AsyncIterator[Harness]:
    """An agent on `each_server`: the e2e harness, on pymap and on Dovecot."""
    async with running_agent(each_server, tmp_path) as running:
        yield running
