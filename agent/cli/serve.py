"""`rounds serve`: the recruiter's desk over the tracker; `rounds login-link EMAIL`."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import socket
import sys
from collections.abc import Iterator
from datetime import UTC, datetime

from agent.config import Settings
from agent.errors import ConfigError

log = logging.getLogger("rounds.desk")
EXIT_NOT_RECRUITER = 2


def listen(host: str, port: int) -> socket.socket:
    """A socket listening on host:port, 0 being a free port the system picks. Bound before
    the desk is made, so that the desk and its sign-in links name the port it really has."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family)  # SO_REUSEADDR, as uvicorn
    except OSError as exc:
        raise ConfigError(f"the desk cannot listen on {host}:{port}: {exc.strerror}") from exc


def _server(settings: Settings, *, quiet: bool = False) -> object:
    """A uvicorn server for the desk; `quiet`: it leaves the signals to the watcher."""
    import uvicorn

    from agent.desk.app import create_app

    class WatcherOwnsSignals(uvicorn.Server):
        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            yield

    config = uvicorn.Config(
        create_app(settings),
        log_level="warning",
        access_log=False,  # sign-in links carry their token in the path
        proxy_headers=False,
        server_header=False,
    )
    return WatcherOwnsSignals(config) if quiet else uvicorn.Server(config)


def _bound(settings: Settings, sock: socket.socket) -> Settings:
    """`settings` with the port `sock` was given (ROUNDS_SERVE_PORT=0 asks for any)."""
    return settings.model_copy(update={"serve_port": sock.getsockname()[1]})


async def serve_until(settings: Settings, stop: asyncio.Event) -> None:
    """Serve the desk on ROUNDS_SERVE_HOST:ROUNDS_SERVE_PORT until `stop` is set."""
    import uvicorn

    sock = listen(settings.serve_host, settings.serve_port)
    settings = _bound(settings, sock)
    server = _server(settings, quiet=True)
    assert isinstance(server, uvicorn.Server)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    log.info("desk on http://%s:%d", settings.serve_host, settings.serve_port)
    waiter = asyncio.create_task(stop.wait())
    await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
    server.should_exit = True
    waiter.cancel()
    await task


def main(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "login-link":
        return _login_link(args.email, settings)
    if not settings.recruiter_addresses | settings.admin_addresses:
        raise ConfigError("ROUNDS_RECRUITERS is not set: nobody could sign in to the desk")
    host = settings.serve_host if args.host is None else args.host
    port = settings.serve_port if args.port is None else args.port
    if not 0 <= port <= 65535:
        raise ConfigError(f"--port {port} is not a port number from 0 (any free one) to 65535")
    import uvicorn

    sock = listen(host, port)
    settings = _bound(settings.model_copy(update={"serve_host": host}), sock)
    server = _server(settings)
    assert isinstance(server, uvicorn.Server)
    print(f"rounds desk on http://{host}:{settings.serve_port} (stop with Ctrl-C)", flush=True)
    server.run(sockets=[sock])
    return 0


def _login_link(email: str, settings: Settings) -> int:
    from agent.desk import auth
    from agent.wiring import desk_state

    address = email.strip().lower()
    if address not in settings.recruiter_addresses | settings.admin_addresses:
        print(f"rounds: {email} is not in ROUNDS_RECRUITERS", file=sys.stderr)
        return EXIT_NOT_RECRUITER
    if not settings.public_url and not settings.serve_port:
        raise ConfigError(
            "ROUNDS_SERVE_PORT=0 lets the desk pick its port when it starts: set "
            "ROUNDS_PUBLIC_URL to the address it printed (`rounds desk on http://…`)"
        )
    state = desk_state(settings)
    try:
        token = auth.login_token(state.secret(), address, datetime.now(UTC))
    finally:
        state.close()
    base = settings.public_url or f"http://{settings.serve_host}:{settings.serve_port}"
    print(auth.login_url(base, token))
    return 0
