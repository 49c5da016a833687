"""A throwaway Radicale 3.x CalDAV server for the tests: loopback, a free port, a temp folder.

Users and passwords come from a plain htpasswd file, so the adapter's credentials are
really checked. Calendars are created and seeded through `caldav` itself.
"""

from __future__ import annotations

import http.client
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import caldav
import pytest

from agent.dev.sandbox import PORT_TRIES, free_ports
from tests.fakes.http import serve

USER, PASSWORD = "dana", "dana-secret"
START_TIMEOUT = 30.0


@dataclass(frozen=True, slots=True)
class Radicale:
    """A running server: its base URL and one user's credentials."""

    url: str
    user: str
    password: str

    def client(self) -> caldav.DAVClient:
        return caldav.DAVClient(url=self.url, username=self.user, password=self.password)

    def calendar(self, name: str) -> caldav.Calendar:
        """A new, empty calendar of the user's, named `name`."""
        principal = self.client().principal()
        return principal.make_calendar(name=name, cal_id=name)

    def calendar_url(self, name: str) -> str:
        return f"{self.url}/{self.user}/{name}/"


@contextmanager
def radicale_server() -> Iterator[Radicale]:
    """Start Radicale on 127.0.0.1 and a free port; stop it and remove its folder after.

    Radicale binds the port itself (and refuses port 0): a port another process took after
    `free_port` looked is given up for the next one."""
    top = Path(tempfile.mkdtemp(prefix="rounds-radicale-"))
    try:
        (top / "users").write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        for port in free_ports():
            with _radicale(top, port) as listening:
                if listening:
                    yield Radicale(f"http://127.0.0.1:{port}", USER, PASSWORD)
                    return
        raise RuntimeError(f"radicale found no free port in {PORT_TRIES} tries")
    finally:
        shutil.rmtree(top, ignore_errors=True)


@contextmanager
def _radicale(top: Path, port: int) -> Iterator[bool]:
    """Radicale on `port`, stopped after; yields False if the port was taken meanwhile."""
    (top / "config").write_text(
        "[server]\n"
        f"hosts = 127.0.0.1:{port}\n"
        "[auth]\n"
        "type = htpasswd\n"
        f"htpasswd_filename = {top / 'users'}\n"
        "htpasswd_encryption = plain\n"
        "delay = 0\n"
        "[storage]\n"
        f"filesystem_folder = {top / 'collections'}\n"
        "[logging]\n"
        "level = info\n",  # its "Listening on" line says that it, not another server, has the port
        encoding="utf-8",
    )
    path = top / "server.log"
    with path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(top / "config")],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        yield _wait_listening(proc, path, port)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _wait_listening(proc: subprocess.Popen[bytes], log: Path, port: int) -> bool:
    """True once Radicale's log says it listens on `port`; False if it exited finding the port
    taken."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace")
        if f"Listening on '127.0.0.1:{port}'" in text:
            return True
        if proc.poll() is not None:
            if "Address already in use" in text:
                return False
            raise RuntimeError(f"radicale exited: {text}")
        time.sleep(0.05)
    raise RuntimeError(f"radicale did not listen on {port} within {START_TIMEOUT}s")


class _NoFreeBusy(BaseHTTPRequestHandler):
    """Passes every request on to Radicale, except free-busy-query REPORTs, which it answers
    501 like a server without RFC 4791 section 7.10."""

    target = ""

    def _pass_on(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.command == "REPORT" and b"free-busy-query" in body:
            self.send_error(501, "free-busy-query not supported")
            return
        split = urlsplit(self.target)
        conn = http.client.HTTPConnection(split.hostname, split.port, timeout=10)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host",)}
        conn.request(self.command, self.path, body=body, headers=headers)
        answer = conn.getresponse()
        data = answer.read()
        self.send_response(answer.status)
        for key, value in answer.getheaders():
            if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        conn.close()

    do_GET = do_PUT = do_PROPFIND = do_REPORT = do_OPTIONS = do_DELETE = do_MKCALENDAR = _pass_on

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def without_freebusy(server: Radicale) -> Iterator[Radicale]:
    """The same server behind a proxy that refuses free-busy-query."""
    handler = type("Handler", (_NoFreeBusy,), {"target": server.url})
    with serve(handler) as url:
        yield Radicale(url, server.user, server.password)


@pytest.fixture(scope="session")
def radicale() -> Iterator[Radicale]:
    """One Radicale server for the session; tests keep apart by their own calendar names."""
    with radicale_server() as server:
        yield server
