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
from agent.desk.queue import Request
from agent.ports import DeskState
from agent.rendering.tracker import load_processes
from agent.wiring import open_tracker
from store.factory import story_of
from store.story import StoryEntry


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

    The tracker is re-read only when the desk state's stamp changed (a tracker file's size,
    mtime and inode; a PostgreSQL mailbox's newest writes), so a look every few seconds costs
    a `stat` or one indexed query. One lock serialises the reloads of the server's threads.
    """

    def __init__(self, settings: Settings, state: DeskState) -> None:
        self._settings = settings
        self.state = state
        self._lock = threading.Lock()
        self._stamp: object = None
        self._snapshot: Snapshot | None = None
        self._stories: dict[str, tuple[object, list[StoryEntry]]] = {}

    def snapshot(self) -> Snapshot:
        """The current snapshot, reloaded if the tracker or the queue changed since."""
        with self._lock:
            stamp = self.state.stamp()
            if self._snapshot is None or stamp != self._stamp:
                self._snapshot = self._load()
                self._stamp = stamp
                self._stories.clear()
            return self._snapshot

    def story(self, process_id: str) -> list[StoryEntry]:
        """The story of one process, re-read only when the tracker changed since."""
        self.snapshot()  # brings the stamp up to date, and forgets stale stories
        with self._lock:
            stamp, entries = self._stories.get(process_id, (None, []))
            if stamp is None or stamp != self._stamp:
                s = self._settings
                entries = story_of(s.db, mailbox=s.mailbox_id, process_id=process_id)
                self._stories[process_id] = (self._stamp, entries)
            return entries

    def _load(self) -> Snapshot:
        db = self._settings.db
        if isinstance(db, Path) and not db.exists():
            # Served before the first `rounds watch` made the tracker: an empty board.
            return Snapshot("empty", (), (), (), ())
        with open_tracker(self._settings) as store:
            processes = tuple(load_processes(store))
            outbox = tuple(store.outbox())
            ledger = store.ledger()
            pending = tuple(r for r in self.state.requests() if not store.seen(r.key))
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
