"""The free-port race: a server the tests start never ends up on a port another suite's
server took between `free_port` looking and the server binding.

pymap, aiosmtpd and the in-process desk are handed a socket already listening
(`listening_socket`); Dovecot, Radicale, PostgreSQL and `rounds serve` bind their port
themselves, and each of them is made here to find its first port taken.
"""

from __future__ import annotations

import asyncio
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from imapclient import IMAPClient

from agent.dev import sandbox
from agent.dev.sandbox import HOST, MailServers, listening_socket, listens
from store.postgres import connect
from tests.dovecot import DovecotServers
from tests.pgserver import postgres_server, server_bin
from tests.radicale import radicale_server
from tests.test_e2e_serve import _serving


@pytest.fixture
def taken_first(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """The next port `free_port` hands out is one that another server already listens on."""
    with listening_socket() as other:
        taken: int = other.getsockname()[1]
        ports = iter([taken])
        real = sandbox.free_port
        monkeypatch.setattr(sandbox, "free_port", lambda: next(ports, 0) or real())
        yield taken


def _logs_in(servers: MailServers) -> bool:
    client = IMAPClient(HOST, port=servers.imap_port, ssl=False, timeout=sandbox.IO_TIMEOUT)
    try:
        client.login(servers.user, servers.password)
        return bool(client.list_folders())
    finally:
        client.logout()


async def test_pymap_and_smtp_listen_on_the_sockets_they_are_handed() -> None:
    """Both ports are held from before the servers start, and a restart takes the same port."""
    async with MailServers() as servers:
        assert servers._imap is not None
        assert listens(servers._imap.pid, servers.imap_port)
        with pytest.raises(OSError):
            listening_socket(servers.smtp_port).close()
        imap, smtp = servers.imap_port, servers.smtp_port
        await servers.restart_imap()
        await servers.stop_smtp()
        await servers.start_smtp()
        assert (servers.imap_port, servers.smtp_port) == (imap, smtp)
        assert await asyncio.to_thread(_logs_in, servers)


async def test_dovecot_moves_past_a_taken_port(taken_first: int) -> None:
    async with DovecotServers() as servers:
        assert servers.imap_port != taken_first
        assert await asyncio.to_thread(_logs_in, servers)


def test_radicale_moves_past_a_taken_port(taken_first: int) -> None:
    with radicale_server() as server:
        assert not server.url.endswith(f":{taken_first}")
        assert server.calendar("ports").get_display_name() == "ports"


def test_postgresql_moves_past_a_taken_port(taken_first: int) -> None:
    if server_bin() is None:
        pytest.skip("PostgreSQL server binaries missing (apt-get install postgresql)")
    with postgres_server() as url:
        assert f":{taken_first}/" not in url
        with connect(url) as conn:
            assert conn.execute(b"SELECT 1").fetchone() == (1,)


async def test_the_desk_moves_past_a_taken_port(taken_first: int, tmp_path: Path) -> None:
    async with (
        MailServers() as servers,
        _serving(servers, tmp_path / "rounds.json", [["serve"]], tmp_path) as env,
    ):
        assert env["ROUNDS_SERVE_PORT"] != str(taken_first)
        assert await asyncio.to_thread(_status, f"{env['ROUNDS_PUBLIC_URL']}/login") == 200


def _status(url: str) -> int:
    with urllib.request.urlopen(url, timeout=30) as page:  # noqa: S310 - our loopback desk
        status: int = page.status
        return status
