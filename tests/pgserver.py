"""A throwaway PostgreSQL server for the tests: Debian's initdb and pg_ctl on a loopback port.

PostgreSQL refuses to run as root, and CI runs as root: then the server runs as
the unprivileged system user `rounds-test` (created when missing).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from agent.dev.sandbox import PORT_TRIES, free_ports
from store.postgres import connect, upgrade

USER = "rounds-test"
USERADD_EXISTS = 9  # useradd's exit status for a user that already exists


def server_bin() -> Path | None:
    """The newest installed PostgreSQL server binaries folder, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_major)
    return Path(found[-1]).parent if found else None


def _major(initdb: str) -> int:
    version = Path(initdb).parent.parent.name
    return int(version) if version.isdigit() else 0


def _as_server_user() -> list[str]:
    """The command prefix that drops root to USER (empty when not root)."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam(USER)
    except KeyError:
        added = subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER],
            check=False,
        )
        if added.returncode != USERADD_EXISTS:  # another test process added it meanwhile
            added.check_returncode()
    return ["runuser", "-u", USER, "--"]


@contextmanager
def postgres_server(*, durable: bool = False) -> Iterator[str]:
    """Start a fresh server and yield its URL (trust auth on 127.0.0.1 only); stop it after.

    Tests run without fsync (nothing to keep after them); `durable` keeps it, for benchmarks.
    """
    bindir = server_bin()
    if bindir is None:
        raise FileNotFoundError("no /usr/lib/postgresql/*/bin/initdb: apt-get install postgresql")
    prefix = _as_server_user()
    top = Path(tempfile.mkdtemp(prefix="rounds-pg-"))
    data = top / "data"
    try:
        if prefix:
            shutil.chown(top, USER)
        os.chmod(top, 0o700)
        subprocess.run(
            [
                *prefix,
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "rounds",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
        )
        port = _start(prefix, bindir, top, durable=durable)
        try:
            yield f"postgresql://rounds@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(
                [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                check=False,
                capture_output=True,
            )
    finally:
        shutil.rmtree(top, ignore_errors=True)


def _start(prefix: list[str], bindir: Path, top: Path, *, durable: bool) -> int:
    """Start the server in `top`/data on a free port; returns the port.

    PostgreSQL binds the port itself: a port another process took after `free_port` looked
    makes the start fail (pg_ctl waits for the server, not for the port), and the next is tried.
    """
    log = top / "server.log"
    for port in free_ports():
        log.unlink(missing_ok=True)
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={top}"
            " -c max_connections=50" + ("" if durable else " -c fsync=off")
        )
        command = [*prefix, str(bindir / "pg_ctl"), "-D", str(top / "data"), "-o", options]
        started = subprocess.run(
            [*command, "-l", str(log), "-w", "start"], check=False, capture_output=True
        )
        if started.returncode == 0:
            return port
        if "Address already in use" not in log.read_text(errors="replace"):
            started.check_returncode()
    raise RuntimeError(f"PostgreSQL found no free port in {PORT_TRIES} tries")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """One upgraded server for the session; tests keep apart by using their own mailbox id."""
    if server_bin() is None:
        reason = "PostgreSQL server binaries missing (apt-get install postgresql)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    with postgres_server() as url:
        upgrade(url)
        yield url


@pytest.fixture
def mailbox_id() -> str:
    """A mailbox id no other test uses."""
    return f"test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def empty_postgres_url(postgres_url: str, mailbox_id: str) -> Iterator[str]:
    """A fresh database on the session's server, without the rounds schema."""
    name = mailbox_id.replace("-", "_")
    with connect(postgres_url) as conn:
        conn.execute(f"CREATE DATABASE {name}".encode())
    yield postgres_url.rsplit("/", 1)[0] + "/" + name
    with connect(postgres_url) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)".encode())
