"""The desk's small files beside the tracker: 0600, append-only JSON lines under a lock."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import orjson

from agent.errors import StoreError
from store.storage import write_atomic

FILE_MODE = 0o600


def beside(db: Path, suffix: str) -> Path:
    """`<db><suffix>`: the desk's files live next to the tracker they belong to."""
    return db.with_name(db.name + suffix)


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive flock on `<path>.lock` (created 0600) for the block."""
    lock = beside(path, ".lock")
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, FILE_MODE)
    except OSError as exc:
        raise StoreError(f"cannot open {lock}: {exc.strerror}") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def read_lines(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of `path`, one a line; a torn or foreign line is skipped, never fatal."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from exc
    found = []
    for line in raw.split(b"\n")[:-1]:  # whatever follows the last newline is a torn append
        with contextlib.suppress(orjson.JSONDecodeError):
            entry = orjson.loads(line)
            if isinstance(entry, dict):
                found.append(cast(dict[str, Any], entry))
    return found


def append_line(path: Path, entry: dict[str, Any]) -> None:
    """Append `entry` as one JSON line and fsync (call under `locked(path)`)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        try:
            os.write(fd, orjson.dumps(entry) + b"\n")
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror}") from exc


def rewrite_lines(path: Path, entries: list[dict[str, Any]]) -> None:
    """Replace `path` with `entries`, atomically (call under `locked(path)`)."""
    write_atomic(path, b"".join(orjson.dumps(e) + b"\n" for e in entries))
