"""The desk's state beside a tracker file: small 0600 files, JSON lines appended under a lock.

`<db>.desk-secret` signs links and sessions, `<db>.desk-used.jsonl` remembers used links and
ended sessions, `<db>.desk-links.jsonl` when sign-in links were mailed (the hourly limit), and
`<db>.desk-requests.jsonl` queues the desk's requests for the watcher.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Callable, Collection, Hashable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import orjson

from agent.desk.auth import SECRET_MIN, new_secret
from agent.desk.queue import Request
from agent.desk.snapshot import LINK_COUNTS, DeskSnapshot
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


def _create_private(path: Path, payload: bytes) -> bool:
    """Write `payload` to a new 0600 file at `path`; False when it already exists."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return False
    except OSError as exc:
        raise StoreError(f"cannot create {path}: {exc.strerror}") from exc
    with os.fdopen(fd, "wb") as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())
    return True


def _stat(path: Path) -> tuple[int, int, int] | None:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns)


class DeskFiles:
    """The desk's state (`agent.ports.DeskState`) in files beside the tracker file `db`."""

    def __init__(self, db: Path) -> None:
        self.secret_path = beside(db, ".desk-secret")
        self.used_path = beside(db, ".desk-used.jsonl")
        self.links_path = beside(db, ".desk-links.jsonl")
        self.requests_path = beside(db, ".desk-requests.jsonl")
        # Every file a commit may rewrite: the tracker, its archive of closed processes, its ledger.
        self._tracker = (db, beside(db, ".closed.jsonl"), beside(db, ".ledger.jsonl"))

    def secret(self) -> bytes:
        _create_private(self.secret_path, new_secret().encode("ascii"))  # whoever comes first
        raw = self._stored_secret()
        if raw is None or len(raw) < SECRET_MIN:
            raise StoreError(
                f"{self.secret_path} is too short to be a desk secret; delete it to make a new one"
            )
        return raw

    def _stored_secret(self) -> bytes | None:
        try:
            return self.secret_path.read_bytes().strip()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreError(f"cannot read {self.secret_path}: {exc.strerror}") from exc

    def used(self, nonce: str) -> bool:
        return any(entry.get("n") == nonce for entry in read_lines(self.used_path))

    def use(self, nonce: str, expires: datetime, now: datetime) -> bool:
        with locked(self.used_path):
            entries = read_lines(self.used_path)
            if any(entry.get("n") == nonce for entry in entries):
                return False
            entry = {"n": nonce, "x": int(expires.timestamp())}
            _append_or_prune(self.used_path, entries, entry, now)
            return True

    def link_mailed(self, email: str, now: datetime, *, per_hour: int) -> bool:
        with locked(self.links_path):
            entries = read_lines(self.links_path)
            # "x": when a mailing stops counting, an hour after it.
            recent = [
                e
                for e in entries
                if e.get("e") == email and isinstance(e.get("x"), int) and e["x"] > now.timestamp()
            ]
            if len(recent) >= per_hour:
                return False
            entry = {"e": email, "x": int((now + LINK_COUNTS).timestamp())}
            _append_or_prune(self.links_path, entries, entry, now)
            return True

    def submit(self, request: Request) -> None:
        with locked(self.requests_path):
            append_line(self.requests_path, request.to_json())

    def requests(self) -> list[Request]:
        found = (Request.from_json(line) for line in read_lines(self.requests_path))
        return [r for r in found if r is not None]

    def drop(self, ids: Collection[str]) -> None:
        with locked(self.requests_path):
            lines = read_lines(self.requests_path)
            keep = [line for line in lines if line.get("id") not in ids]
            if len(keep) != len(lines):
                rewrite_lines(self.requests_path, keep)

    def stamp(self) -> object:
        """The files' inode, size and modification time: a commit or a request changes one."""
        return tuple(_stat(path) for path in (*self._tracker, self.requests_path))

    def export(self, now: datetime) -> DeskSnapshot:
        return DeskSnapshot(
            secret=self.secret() if self.secret_path.exists() else None,
            used=tuple((e["n"], _moment(e["x"])) for e in _live(self.used_path, "n", now)),
            links=tuple(
                (e["e"], _moment(e["x"]) - LINK_COUNTS) for e in _live(self.links_path, "e", now)
            ),
            requests=tuple(self.requests()),
        )

    def absorb(self, snapshot: DeskSnapshot, now: datetime) -> DeskSnapshot:
        secret = snapshot.secret
        if secret is None or secret == self._stored_secret():
            secret = None
        else:
            write_atomic(self.secret_path, secret)
        used = _add_new(
            self.used_path,
            [{"n": n, "x": _stamp(until)} for n, until in snapshot.used],
            lambda e: e.get("n"),
            now,
        )
        links = _add_new(
            self.links_path,
            [{"e": e, "x": _stamp(sent + LINK_COUNTS)} for e, sent in snapshot.links],
            lambda e: (e.get("e"), e.get("x")),
            now,
        )
        with locked(self.requests_path):
            queued = {line.get("id") for line in read_lines(self.requests_path)}
            requests = tuple(r for r in snapshot.requests if r.id not in queued)
            for request in requests:
                append_line(self.requests_path, request.to_json())
        return DeskSnapshot(
            secret=secret,
            used=tuple((e["n"], _moment(e["x"])) for e in used),
            links=tuple((e["e"], _moment(e["x"]) - LINK_COUNTS) for e in links),
            requests=requests,
        )

    def close(self) -> None:
        """Nothing stays open between calls."""


def _append_or_prune(
    path: Path, entries: list[dict[str, Any]], entry: dict[str, Any], now: datetime
) -> None:
    """Add `entry` to `path`; drop the entries whose "x" is past when they are most of it."""
    live = [e for e in entries if isinstance(e.get("x"), int) and e["x"] > now.timestamp()]
    if len(live) < len(entries) // 2:
        rewrite_lines(path, [*live, entry])
    else:
        append_line(path, entry)


def _stamp(moment: datetime) -> int:
    """A moment as the files keep it: whole seconds since the epoch."""
    return int(moment.timestamp())


def _moment(stamp: int) -> datetime:
    return datetime.fromtimestamp(stamp, UTC)


def _live(path: Path, name: str, now: datetime) -> list[dict[str, Any]]:
    """The entries of `path` with a text `name` and an "x" still to come at `now`."""
    return [
        e
        for e in read_lines(path)
        if isinstance(e.get(name), str) and isinstance(e.get("x"), int) and e["x"] > now.timestamp()
    ]


def _add_new(
    path: Path,
    entries: list[dict[str, Any]],
    key: Callable[[dict[str, Any]], Hashable],
    now: datetime,
) -> list[dict[str, Any]]:
    """Add to `path` the `entries` still live at `now` whose `key` it lacks, dropping its
    expired ones; returns the entries added."""
    with locked(path):
        kept = [
            e for e in read_lines(path) if isinstance(e.get("x"), int) and e["x"] > now.timestamp()
        ]
        known = {key(e) for e in kept}
        new = [e for e in entries if key(e) not in known and e["x"] > now.timestamp()]
        if new:
            rewrite_lines(path, [*kept, *new])
        return new
