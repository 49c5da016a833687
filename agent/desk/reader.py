"""The desk's read-only view of the tracker, reloaded when the writer commits."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from agent.cli.quarantine import quarantined
from agent.config import Settings
from agent.core.process import Process
from agent.desk.files import beside
from agent.desk.queue import Request, RequestQueue
from agent.rendering.tracker import load_processes
from agent.wiring import open_tracker


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The tracker as last committed, and the desk requests it has not applied yet."""

    version: str  # changes with every commit and every request: the board's refresh etag
    processes: tuple[Process, ...]
    outbox: tuple[dict[str, Any], ...]
    quarantined: tuple[dict[str, Any], ...]
    pending: tuple[Request, ...]


class TrackerReader:
    """Opens the tracker read-only (the watcher holds the writer lock) on each change.

    A TinyDB tracker is re-read only when one of its files changed (their size, mtime and
    inode); a PostgreSQL one on each look. One lock serialises the reloads of the server's
    threads.
    """

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._lock = threading.Lock()
        self._stamp: object = None
        self._snapshot: Snapshot | None = None
        db = settings.db
        self._files = (
            (db, beside(db, ".closed.jsonl"), beside(db, ".ledger.jsonl"))
            if isinstance(db, Path)
            else ()
        )
        self.queue = RequestQueue(db) if isinstance(db, Path) else None

    def _file_stamp(self) -> object:
        stamps: list[object] = []
        for path in self._files:
            try:
                info = path.stat()
            except FileNotFoundError:
                stamps.append(None)
                continue
            stamps.append((info.st_ino, info.st_size, info.st_mtime_ns))
        stamps.append(self.queue.stamp() if self.queue else None)
        return tuple(stamps)

    def snapshot(self) -> Snapshot:
        """The current snapshot, reloaded if the tracker or the queue changed since."""
        with self._lock:
            stamp = self._file_stamp() if self._files else None
            if self._snapshot is None or stamp is None or stamp != self._stamp:
                self._snapshot = self._load()
                self._stamp = stamp
            return self._snapshot

    def _load(self) -> Snapshot:
        if self._files and not self._files[0].exists():
            # Served before the first `rounds watch` made the tracker: an empty board.
            return Snapshot("empty", (), (), (), ())
        with open_tracker(self._settings) as store:
            processes = tuple(load_processes(store))
            outbox = tuple(store.outbox())
            ledger = store.ledger()
            requests = self.queue.requests() if self.queue else []
            pending = tuple(r for r in requests if not store.seen(r.key))
        held = tuple(entry.to_json() for entry in quarantined(ledger))
        digest = hashlib.sha256(
            orjson.dumps(
                [
                    [p.to_doc() for p in processes],
                    [(d.get("id"), d.get("status")) for d in outbox],
                    [e["keys"][0] for e in held],
                    [r.id for r in pending],
                ]
            )
        ).hexdigest()[:16]
        return Snapshot(digest, processes, outbox, held, pending)
