"""Parsing in a child process with a hard deadline: a hostile message costs seconds, not the agent.

CPU-bound Python cannot be stopped from inside, and a thread doing it still holds the event
loop back through the GIL; a child process can be killed. One long-lived child
(`python -m agent.adapters.parse_worker`) parses message after message over its stdin and stdout,
a round trip of a few milliseconds; a parse past the deadline kills it, and the next message
starts a fresh one. The parent waits on the pipe with the event loop's reader, so the loop
runs on while a message is parsed. A plain subprocess, not multiprocessing: that would
re-import the agent's main script in the child.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import os
import pickle
import signal
import struct
import subprocess
import sys
from collections.abc import Callable
from time import monotonic
from typing import IO, Any

from agent.errors import InputError
from parsers.mail.limits import MessageTooComplex
from parsers.mail.message import parse_message
from parsers.model import ParsedMessage

log = logging.getLogger("rounds.parse")

# Seconds from handing a message over to its answer; then the child is killed. Under the
# 3 s that any message may hold the agent, above the parser's own 2 s budget (PARSE_BUDGET),
# so that a slow but well-behaved parse still ends with that clearer reason.
PARSE_DEADLINE = 2.5
START_TIMEOUT = 60.0  # a new child imports the parsers: slow on a loaded machine, not mail's fault
_READY = b"ready"
_LENGTH = struct.Struct("!Q")

Parse = Callable[[bytes], ParsedMessage]


def parse_with_budget(raw: bytes) -> ParsedMessage:
    """The child's default work: parse_message with the in-process time budget as well."""
    return parse_message(raw, clock=monotonic)


def _write(stream: IO[bytes], data: bytes) -> None:
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


def _read(stream: IO[bytes]) -> bytes:
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        raise EOFError("the other end closed the pipe")
    (size,) = _LENGTH.unpack(head)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the other end closed the pipe mid-frame")
    return data


def _answer(parse: Parse, raw: bytes) -> tuple[str, Any]:
    try:
        return "ok", parse(raw)
    except MessageTooComplex as exc:
        return "complex", str(exc)
    except InputError as exc:
        return "input", str(exc)
    except Exception as exc:  # a parser bug: reported like an unreadable message, never fatal
        return "input", f"{type(exc).__name__}: {exc}"[:300]


def serve(target: str) -> None:
    """The child: parse each framed message on stdin, answer each on stdout, until EOF."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the agent's to handle
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print(), even at import, must not corrupt the frames
    module, _, name = target.partition(":")
    parse: Parse = getattr(importlib.import_module(module), name)
    _write(stdout, _READY)
    while True:
        try:
            raw = _read(stdin)
            _write(stdout, pickle.dumps(_answer(parse, raw)))
        except (EOFError, BrokenPipeError):
            return  # the agent is gone or closed the pipe


async def _readable(stream: IO[bytes], seconds: float) -> bool:
    """Wait, without blocking the loop, until `stream` has data or EOF; False after `seconds`."""
    loop = asyncio.get_running_loop()
    ready: asyncio.Future[None] = loop.create_future()

    def wake() -> None:
        if not ready.done():
            ready.set_result(None)

    fd = stream.fileno()
    loop.add_reader(fd, wake)
    try:
        await asyncio.wait_for(ready, seconds)
    except TimeoutError:
        return False
    finally:
        loop.remove_reader(fd)
    return True


class _Child:
    """One parser process and the pipes to it."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        assert process.stdin is not None and process.stdout is not None
        self.stdin: IO[bytes] = process.stdin
        self.stdout: IO[bytes] = process.stdout

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.process.kill()
        self.process.wait()  # SIGKILL is immediate: this only reaps it
        for stream in (self.stdin, self.stdout):
            with contextlib.suppress(OSError):
                stream.close()


# Idle children per parse function, shared by every Agent in this process (the tests run
# many agents in turn; each would otherwise leave a child behind). A child is busy with
# one message at a time, so concurrent parses simply use more children.
_idle: dict[str, list[_Child]] = {}
_KEEP_IDLE = 2


def _target(parse: Parse) -> str:
    return f"{parse.__module__}:{parse.__qualname__}"


def _spawn(target: str) -> _Child:
    """Start a child (fork and exec return at once; its imports happen on its own time)."""
    # The child imports what the agent imports: its module path, and not the working folder
    # that `-m` would put first (-P), where any folder named `agent` would win.
    path = os.pathsep.join(p for p in sys.path if p)
    process = subprocess.Popen(  # noqa: S603 - our interpreter, our module, fixed argv
        [sys.executable, "-P", "-m", __name__, target],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        close_fds=True,
        env=os.environ | {"PYTHONPATH": path},
    )
    return _Child(process)


async def _start(target: str) -> _Child | None:
    try:
        child = _spawn(target)
    except OSError as exc:
        log.warning("cannot start the parser process (%s); parsing in the agent", exc)
        return None
    try:
        if not await _readable(child.stdout, START_TIMEOUT) or _read(child.stdout) != _READY:
            raise EOFError("no ready signal")
    except (EOFError, OSError) as exc:
        log.warning("the parser process did not start (%s); parsing in the agent", exc)
        child.kill()
        return None
    return child


async def parse_isolated(
    raw: bytes, *, deadline: float = PARSE_DEADLINE, parse: Parse = parse_with_budget
) -> ParsedMessage:
    """`parse(raw)` in a child process; MessageTooComplex past `deadline` seconds.

    `parse` must be importable by its module and name (the child imports it); tests pass
    one that never ends. The other InputErrors come back as they were raised.
    """
    target = _target(parse)
    idle = _idle.setdefault(target, [])
    child = None
    while idle and child is None:
        child = idle.pop()
        if child.process.poll() is not None:  # an idle child that died is no reason to refuse
            child.kill()
            child = None
    if child is None:
        child = await _start(target)
    if child is None:  # no child could start: parse here, within the in-process budget
        return parse(raw)
    try:
        _write(child.stdin, raw)  # the idle child waits in read, so this drains at once
        answered = await _readable(child.stdout, deadline)
        kind, value = pickle.loads(_read(child.stdout)) if answered else ("late", None)  # noqa: S301 - our own child's answer
    except (EOFError, OSError) as exc:
        child.kill()  # it died under us (killed from outside, out of memory)
        raise MessageTooComplex(f"the parser process died on it: {exc}") from exc
    except BaseException:
        child.kill()  # cancelled mid-parse: its answer would be read as the next message's
        raise
    if kind == "late":
        log.warning("parse over its %g s deadline: stopping the parser", deadline)
        child.kill()
        raise MessageTooComplex(f"took longer than {deadline:g} s to parse")
    if len(idle) < _KEEP_IDLE:
        idle.append(child)
    else:
        child.kill()
    if kind == "ok" and isinstance(value, ParsedMessage):
        return value
    if kind == "complex":
        raise MessageTooComplex(str(value))
    raise InputError(str(value))


if __name__ == "__main__":
    serve(sys.argv[1])
