"""The tracker database: processes, outbox, cursors, meta and ledger, one file write per commit."""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast

import orjson
from tinydb import TinyDB
from tinydb.table import Document, Table

from parsers.errors import InputError
from store.errors import StoreError
from store.storage import (
    AtomicJSONStorage,
    BufferedStorage,
    ClosesOnExit,
    LedgerArchive,
    ProcessArchive,
    lock_exclusive,
)
from store.story import StoryEntry, StoryFiles, newest

log = logging.getLogger("rounds.store")

_PROCESSES, _OUTBOX, _LEDGER, _CURSORS, _META = "processes", "outbox", "ledger", "cursors", "meta"
# How many bytes of the closed-process archive the main file vouches for.
_ARCHIVE, _CLOSED_SIZE = "archive", "closed"
# The story table's one document: the last commit number that wrote story entries ("n"), and
# the entries not yet known to be in the per-process story files ("entries").
_STORY, _PENDING = "story", "pending"
# A process document whose "status" is one of these moves to the archive: agent.core.process's
# closed ProcessStatus values (tests/store pins the two together).
CLOSED_STATUSES = frozenset({"offer", "rejected", "withdrawn", "cancelled"})
# "sending": handed to SMTP, outcome not yet recorded; a crash leaves it there for recovery.
_STATUSES = frozenset({"queued", "sending", "sent", "refused", "failed", "held"})
# Nothing retries these, so only the last few are worth keeping on disk.
_FINISHED = frozenset({"sent", "refused", "failed"})


@dataclass(frozen=True, slots=True)
class Change:
    """All that one message (or timer tick) changes, written in one atomic file write."""

    # process id -> the full JSON document, replacing any previous one
    processes: Mapping[str, dict[str, Any]] = field(default_factory=dict)
    # each entry has "keys": list[str] plus free fields (status, reason, process, at, …)
    ledger: Sequence[dict[str, Any]] = ()
    # outgoing mails; each has a unique "id" (its Message-ID) and an aware ISO "queued_at"
    enqueue: Sequence[dict[str, Any]] = ()
    # outbox id -> fields to update (status, attempts, next_attempt, attempted_at, error, sent_at)
    outbox: Mapping[str, dict[str, Any]] = field(default_factory=dict)
    # (folder, uidvalidity, last_uid)
    cursor: tuple[str, int, int] | None = None
    # small key/values, e.g. the last weekly summary per recruiter
    meta: Mapping[str, Any] = field(default_factory=dict)
    # what the processes' timelines gain (store.story), oldest first
    story: Sequence[StoryEntry] = ()


class _KeyedTable(Table):
    """A TinyDB table keyed by our own string ids (process id, Message-ID, folder, …)."""

    document_id_class = str  # type: ignore[assignment]  # TinyDB defaults to int ids


class _Database(TinyDB):
    table_class = _KeyedTable


def _doc(value: Mapping[str, Any], key: str) -> Document:
    # TinyDB annotates doc ids as int; _KeyedTable stores str ids.
    return Document(value, doc_id=cast(int, key))


def _ids(keys: Iterable[str]) -> list[int]:
    return cast(list[int], list(keys))


def _clone(value: Any) -> Any:
    """A copy of a JSON value that shares only its immutable leaves (faster than deepcopy)."""
    if isinstance(value, dict):
        return {key: _clone(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clone(item) for item in value]
    return value


def _copy(doc: Mapping[str, Any]) -> dict[str, Any]:
    return {key: _clone(item) for key, item in doc.items()}


def _is_closed(doc: Mapping[str, Any]) -> bool:
    return doc.get("status") in CLOSED_STATUSES


def _aware(value: object, what: str) -> datetime:
    try:
        moment = datetime.fromisoformat(cast(str, value))
    except (TypeError, ValueError) as exc:
        raise InputError(f"{what} is not an ISO datetime: {value!r}") from exc
    if moment.tzinfo is None:
        raise InputError(f"{what} has no time zone: {value!r}")
    return moment


def plain_change(change: Change) -> Change:
    """A deep, JSON-only copy of `change`: the caller's dicts never alias stored state."""
    try:
        parts = json.loads(
            json.dumps(
                [change.processes, change.ledger, change.enqueue, change.outbox, change.meta],
                allow_nan=False,
            )
        )
        orjson.dumps(parts)  # what the files are written with: no integers past 64 bits
    except (TypeError, ValueError) as exc:
        raise InputError(f"change is not plain JSON: {exc}") from exc
    processes, ledger, enqueue, outbox, meta = parts
    return Change(processes, ledger, enqueue, outbox, change.cursor, meta, tuple(change.story))


def enqueued(mail: Mapping[str, Any]) -> dict[str, Any]:
    """The outbox item a queued mail becomes: queued, never tried, due at once unless it
    says when."""
    return {
        **mail,
        "status": "queued",
        "attempts": 0,
        "next_attempt": mail.get("next_attempt", mail["queued_at"]),
    }


def due_in(docs: Iterable[Mapping[str, Any]], now: datetime) -> list[Mapping[str, Any]]:
    """The queued `docs` whose next_attempt is at or before `now`, oldest queued first."""
    if now.tzinfo is None:
        raise InputError("claim() needs an aware datetime")
    ready = [
        doc
        for doc in docs
        if doc["status"] == "queued" and datetime.fromisoformat(doc["next_attempt"]) <= now
    ]
    return sorted(ready, key=lambda doc: datetime.fromisoformat(doc["queued_at"]))


def _held(doc: Mapping[str, Any], now: datetime, claimer: str) -> bool:
    """Whether `claimer`'s claim holds `doc` at `now`. A claim of another claimer holds
    nothing: only the writer claims, and its lock proves every earlier writer gone."""
    until = doc.get("claimed_until")
    return (
        until is not None
        and doc.get("claimed_by") == claimer
        and datetime.fromisoformat(until) > now
    )


def claimable_in(
    docs: Iterable[Mapping[str, Any]], now: datetime, claimer: str
) -> list[Mapping[str, Any]]:
    """The outbox `docs` a claim by `claimer` at `now` takes, in sending order: first those a
    sender was cut off from mid-send ("sending"), then the due ones (`due_in`); none that
    its own earlier claim still holds."""
    free = [doc for doc in docs if not _held(doc, now, claimer)]
    return [*(doc for doc in free if doc["status"] == "sending"), *due_in(free, now)]


def claim_change(
    docs: Iterable[Mapping[str, Any]],
    now: datetime,
    *,
    claimer: str,
    lease: timedelta,
    limit: int | None,
) -> tuple[list[dict[str, Any]], Change]:
    """What `claimer` claims of `docs` at `now`: at most `limit` claimable items, as they
    stood (in sending order), and the change that marks them as being sent ("sending", one
    more attempt, attempted now), held by `claimer` until `now + lease`."""
    taken = [_copy(doc) for doc in claimable_in(docs, now, claimer)[:limit]]
    held = {"claimed_by": claimer, "claimed_until": (now + lease).isoformat()}
    return taken, Change(
        outbox={
            doc["id"]: {
                "status": "sending",
                "attempts": doc.get("attempts", 0) + 1,
                "attempted_at": now.isoformat(),
                **held,
            }
            for doc in taken
        }
    )


def validate_change(change: Change, in_outbox: Callable[[str], bool]) -> None:
    """InputError for a change no store may apply; `in_outbox` says whether a mail id is queued."""
    for entry in change.ledger:
        keys = entry.get("keys") if isinstance(entry, dict) else None
        if not keys or not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            raise InputError(f"ledger entry needs a non-empty list of str 'keys': {entry!r}")
    queued: set[str] = set()
    for mail in change.enqueue:
        mail_id = mail.get("id")
        if not isinstance(mail_id, str) or not mail_id:
            raise InputError(f"outgoing mail needs a str 'id': {mail!r}")
        if mail_id in queued or in_outbox(mail_id):
            raise InputError(f"outgoing mail {mail_id} is already in the outbox")
        queued.add(mail_id)
        _aware(mail.get("queued_at"), f"queued_at of {mail_id}")
        if "next_attempt" in mail:
            _aware(mail["next_attempt"], f"next_attempt of {mail_id}")
    for mail_id, fields in change.outbox.items():
        if mail_id not in queued and not in_outbox(mail_id):
            raise InputError(f"outgoing mail {mail_id} is not in the outbox")
        if "status" in fields and fields["status"] not in _STATUSES:
            raise InputError(f"unknown outbox status {fields['status']!r} for {mail_id}")
        for moment in ("next_attempt", "claimed_until"):
            if fields.get(moment) is not None:
                _aware(fields[moment], f"{moment} of {mail_id}")
    for told in change.story:
        if not isinstance(told, StoryEntry):
            raise InputError(f"story entries must be StoryEntry values: {told!r}")
    if change.cursor is not None:
        folder, uidvalidity, last_uid = change.cursor
        if not isinstance(folder, str) or not all(
            isinstance(n, int) for n in (uidvalidity, last_uid)
        ):
            raise InputError(f"cursor must be (str, int, int): {change.cursor!r}")


def _pending(table: Mapping[str, Any], path: Path) -> dict[str, Any]:
    """The story table's document: the last story commit `n` and its unsettled entries."""
    doc = table.get(_PENDING, {"n": 0, "entries": []})
    if not isinstance(doc.get("n"), int) or not isinstance(doc.get("entries"), list):
        raise StoreError(f"{path} records a malformed story table")
    return cast(dict[str, Any], doc)


def _told(pending: Mapping[str, Any], files: StoryFiles, process_id: str) -> list[StoryEntry]:
    """A process's story: its file's lines of commits the tracker file knows, and the
    tracker file's entries the story file may not hold yet, each once, oldest first."""
    known = pending["n"]
    found: dict[tuple[int, int], dict[str, Any]] = {}
    for line in files.lines(process_id):
        n, i = line.get("n"), line.get("i")
        if isinstance(n, int) and isinstance(i, int) and n <= known:
            found[n, i] = line
    found.update(
        ((entry["n"], entry["i"]), entry)
        for entry in pending["entries"]
        if entry.get("process_id") == process_id
    )
    where = str(files.path(process_id))
    return newest([StoryEntry.from_doc(found[key], where) for key in sorted(found)])


def read_story(path: Path, process_id: str) -> list[StoryEntry]:
    """`Store(path, readonly=True).story(process_id)` without loading the rest of the history
    (the archives): for a page that shows one process while `rounds watch` writes."""
    tables = AtomicJSONStorage(path).read()
    if tables is None:
        raise StoreError(f"{path} does not exist")
    return _told(_pending(tables.get(_STORY, {}), path), StoryFiles(path), process_id)


class Store(ClosesOnExit):
    """The tracker file of one agent: loaded once, read from memory, written atomically per commit.

    Layout: `<db>` holds the open processes, outbox, cursors, meta and the most
    recent ledger entries; older entries move to the append-only
    `<db>.ledger.jsonl` and closed processes to the append-only
    `<db>.closed.jsonl`, so that the file rewritten on every commit does not
    grow with traffic or history. Reads see both files as one.
    """

    def __init__(
        self,
        path: Path,
        *,
        readonly: bool = False,
        ledger_keep: int = 200,
        outbox_keep: int = 100,
    ) -> None:
        self.path = path
        self._readonly = readonly
        self._ledger_keep = ledger_keep
        self._outbox_keep = outbox_keep
        # Processes and outbox are most of the file and change a few documents per commit.
        self._disk = AtomicJSONStorage(path, cached=(_PROCESSES, _OUTBOX))
        self._archive = LedgerArchive(path)
        self._closed_archive = ProcessArchive(path)
        self._story = StoryFiles(path)
        # Story entries the tracker file holds that may be missing from the story files.
        self._unsettled: list[dict[str, Any]] = []
        # Closed processes by id as JSON, newest last; never one the main file also holds.
        # Bytes, not dicts: thousands of them would be thousands of objects for every
        # garbage collection to walk, and decoding them is the copy a read returns anyway.
        self._closed: dict[str, bytes] = {}
        self._closed_size = 0
        self._buffer = BufferedStorage(self._disk)
        self._db = _Database(storage=lambda: self._buffer)
        self._archived_keys: set[str] = set()
        self._archived_seqs: set[int] = set()
        self._archived_max = 0
        self._recent_keys: set[str] = set()
        self._next_seq = 1
        self._lock_fd = None if readonly else lock_exclusive(path)
        self._claimer = uuid.uuid4().hex  # this writer's claims (`claim`)
        with self._closed_on_failure():
            self._open()

    def _open(self) -> None:
        if self._readonly:
            if not self.path.exists():
                raise StoreError(f"{self.path} does not exist")
        else:
            self._disk.remove_leftovers()
            self._story.remove_leftovers()
            self._archive.repair()
            if not self.path.exists():
                self._disk.write({})
        # The main file first: entries a writer archives meanwhile are then read twice,
        # never missed.
        self._buffer.read()
        try:
            self._note_archived(list(self._archive.entries()))
        except (KeyError, TypeError) as exc:
            raise StoreError(f"{self._archive.path} holds a malformed ledger entry") from exc
        self._load_closed()
        self._index()
        if not self._readonly and self._pending_story()["entries"]:
            # A crash may have cut the last commit's story short: write what is missing.
            self._settle(self._pending_story()["entries"])
        hot_closed = {pid: doc for pid, doc in self._rows(_PROCESSES).items() if _is_closed(doc)}
        if hot_closed and not self._readonly:
            # A tracker from before the archive: its closed processes move there once.
            self.commit(Change(processes=hot_closed))

    def _load_closed(self) -> None:
        size = self._rows(_ARCHIVE).get(_CLOSED_SIZE, {"bytes": 0}).get("bytes")
        if not isinstance(size, int) or size < 0:
            raise StoreError(f"{self.path} records a malformed archive size: {size!r}")
        self._closed_size = size
        self._closed = self._closed_archive.read(self._closed_size)
        # A process reopened after it was archived lives in the main file again: that copy wins.
        for pid in self._rows(_PROCESSES):
            self._closed.pop(pid, None)

    def _note_archived(self, entries: list[dict[str, Any]]) -> None:
        for entry in entries:
            self._archived_seqs.add(entry["seq"])
            self._archived_keys.update(entry["keys"])
            self._archived_max = max(self._archived_max, entry["seq"])

    def _index(self) -> None:
        """Rebuild what is derived from the recent ledger (after open, commit or rollback)."""
        try:
            recent = self._rows(_LEDGER).values()
            self._recent_keys = {key for entry in recent for key in entry["keys"]}
            newest = max((entry["seq"] for entry in recent), default=0)
        except (KeyError, TypeError) as exc:
            raise StoreError(f"{self.path} holds a malformed ledger entry") from exc
        self._next_seq = max(newest, self._archived_max) + 1

    def close(self) -> None:
        """Release the writer lock; the store is unusable afterwards."""
        self._readonly = True
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def _table(self, name: str) -> Table:
        return self._db.table(name)

    def _rows(self, name: str) -> dict[str, dict[str, Any]]:
        """Table `name` by document id, as held in memory: for reading only, never to return.

        Reading the buffered tables directly skips TinyDB's per-document wrappers,
        which made every read cost as much as a copy of the whole table.
        """
        return (self._buffer.read() or {}).get(name, {})

    # Reads: from memory, as copies, so that callers cannot change stored state.

    def processes(self) -> dict[str, dict[str, Any]]:
        """Every process document by process id, closed (archived) ones first."""
        every: dict[str, dict[str, Any]] = {
            pid: orjson.loads(raw) for pid, raw in self._closed.items()
        }
        every.update((pid, _copy(doc)) for pid, doc in self._rows(_PROCESSES).items())
        return every

    def process(self, process_id: str) -> dict[str, Any] | None:
        """One process document, open or closed, or None."""
        doc = self._rows(_PROCESSES).get(process_id)
        if doc is None:
            closed = self._closed.get(process_id)
            return None if closed is None else cast(dict[str, Any], orjson.loads(closed))
        return _copy(doc)

    def seen(self, key: str) -> bool:
        """Whether a ledger entry, recent or archived, carries `key`."""
        return key in self._recent_keys or key in self._archived_keys

    def ledger(self) -> list[dict[str, Any]]:
        """Every ledger entry, archive and recent, oldest first, each with its "seq"."""
        merged = {entry["seq"]: entry for entry in self._archive.entries()}
        merged.update((entry["seq"], _copy(entry)) for entry in self._rows(_LEDGER).values())
        return [merged[seq] for seq in sorted(merged)]

    def story(self, process_id: str) -> list[StoryEntry]:
        """The newest entries of a process's timeline, oldest first.

        Reads that process's story file only, never the whole history, and counts
        only lines of commits this tracker file knows of.
        """
        return _told(self._pending_story(), self._story, process_id)

    def _pending_story(self) -> dict[str, Any]:
        return _pending(self._rows(_STORY), self.path)

    def _next_story(self, story: Sequence[StoryEntry]) -> dict[str, Any] | None:
        """The story table after a commit adding `story`; None when it stays as it is."""
        pending = self._pending_story()
        n = pending["n"]
        # Entries a failed write left out of the story files stay until they are written.
        carried = list(self._unsettled)
        if story:
            n += 1
            carried += [{**entry.to_doc(), "n": n, "i": i} for i, entry in enumerate(story)]
        elif carried == pending["entries"]:
            return None
        return {"n": n, "entries": carried}

    def _settle(self, entries: list[dict[str, Any]]) -> None:
        """Write committed story entries to their files; a process's entries that cannot be
        written stay in the tracker file, and the next commit tries again."""
        by_process: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for entry in entries:
            by_process[entry["process_id"]].append(entry)
        self._unsettled = []
        for process_id, lines in by_process.items():
            try:
                self._story.add(process_id, lines)
            except StoreError as exc:
                log.warning("story entries stay in the tracker file for now: %s", exc)
                self._unsettled += lines

    def outbox(self, *, status: str | None = None) -> list[dict[str, Any]]:
        """Outbox items in the order they were queued, optionally only those with `status`."""
        return [
            _copy(doc)
            for doc in self._rows(_OUTBOX).values()
            if status is None or doc["status"] == status
        ]

    def claim(
        self, now: datetime, *, lease: timedelta, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Claim what `claimable_in` finds (`claim_change`): one atomic write under the
        writer's lock; returns the items as they stood."""
        taken, change = claim_change(
            self._rows(_OUTBOX).values(), now, claimer=self._claimer, lease=lease, limit=limit
        )
        if taken:
            self.commit(change)
        return taken

    def cursor(self, folder: str) -> tuple[int, int] | None:
        """(uidvalidity, last_uid) last committed for `folder`, or None."""
        doc = self._rows(_CURSORS).get(folder)
        return None if doc is None else (doc["uidvalidity"], doc["last_uid"])

    def meta(self, key: str, default: Any = None) -> Any:
        """The value last committed under `key`, or `default`."""
        doc = self._rows(_META).get(key)
        return default if doc is None else _clone(doc["value"])

    def cursors(self) -> dict[str, tuple[int, int]]:
        """Every folder's cursor (`cursor`), by folder."""
        return {f: (d["uidvalidity"], d["last_uid"]) for f, d in self._rows(_CURSORS).items()}

    def metas(self) -> dict[str, Any]:
        """Every meta value (`meta`), by key."""
        return {key: _clone(doc["value"]) for key, doc in self._rows(_META).items()}

    # The one write.

    def commit(self, change: Change) -> None:
        """Apply `change` and write the main file once, atomically: all of it or none of it.

        Processes that `change` closes are first written to the closed archive,
        past the size the main file vouches for; the main file then drops them
        and vouches for the new size in its one atomic write. A crash between
        the two leaves only bytes that no reader counts. The story entries go in the
        main file too, and to the story files only once it is in place.
        """
        if self._readonly:
            raise StoreError(f"{self.path} is open read-only or closed")
        change = plain_change(change)
        validate_change(change, self._queued)
        archived = self._rotate(len(change.ledger))
        closing = {pid: doc for pid, doc in change.processes.items() if _is_closed(doc)}
        story = self._next_story(change.story)
        try:
            size = self._closed_size
            if closing:
                size = self._closed_archive.write(closing, size)
            self._apply(change, archived, closing, size)
            if story is not None:
                self._table(_STORY).upsert(_doc(story, _PENDING))
            # Outbox updates change documents in place: their serialised copies are stale.
            self._disk.forget((_OUTBOX, mail_id) for mail_id in change.outbox)
            self._disk.forget((_PROCESSES, pid) for pid in change.processes)
            self._buffer.flush()
        except BaseException:
            # Memory follows the file again, whichever side of os.replace the failure fell.
            self._buffer.discard()
            self._load_closed()
            self._index()
            raise
        for pid in change.processes:
            self._closed.pop(pid, None)
        self._closed.update((pid, orjson.dumps(doc)) for pid, doc in closing.items())
        self._closed_size = size
        self._index()
        if story and story["entries"]:
            self._settle(story["entries"])

    def _queued(self, mail_id: str) -> bool:
        return mail_id in self._rows(_OUTBOX)

    def _rotate(self, incoming: int) -> list[str]:
        """Archive the oldest committed ledger entries once the main file holds too many.

        The archive is appended and fsynced before the main file drops the
        entries; a crash in between only leaves duplicates, which reads skip.
        Returns the doc ids to drop from the main file.
        """
        rows = self._rows(_LEDGER)
        if len(rows) + incoming <= self._ledger_keep:
            return []
        recent = sorted(rows.items(), key=lambda item: item[1]["seq"])
        moving = recent[: len(recent) + incoming - self._ledger_keep // 2]
        fresh = [dict(entry) for _, entry in moving if entry["seq"] not in self._archived_seqs]
        if fresh:
            self._archive.append(fresh)
            self._note_archived(fresh)
        return [key for key, _ in moving]

    def _apply(
        self,
        change: Change,
        archived: list[str],
        closing: Mapping[str, dict[str, Any]],
        closed_size: int,
    ) -> None:
        if change.processes:
            processes = self._table(_PROCESSES)
            processes.remove(doc_ids=_ids(change.processes))
            processes.insert_multiple(
                _doc(doc, pid) for pid, doc in change.processes.items() if pid not in closing
            )
        if closing:
            self._table(_ARCHIVE).upsert(_doc({"bytes": closed_size}, _CLOSED_SIZE))
        ledger = self._table(_LEDGER)
        if archived:
            ledger.remove(doc_ids=_ids(archived))
        if change.ledger:
            first = self._next_seq
            ledger.insert_multiple(
                _doc({**entry, "seq": seq}, str(seq))
                for seq, entry in enumerate(change.ledger, start=first)
            )
        outbox = self._table(_OUTBOX)
        if change.enqueue:
            outbox.insert_multiple(_doc(enqueued(mail), mail["id"]) for mail in change.enqueue)
        for mail_id, fields in change.outbox.items():
            outbox.update(fields, doc_ids=_ids([mail_id]))
        if change.outbox:
            self._prune_outbox()
        if change.cursor is not None:
            folder, uidvalidity, last_uid = change.cursor
            self._table(_CURSORS).upsert(
                _doc({"uidvalidity": uidvalidity, "last_uid": last_uid}, folder)
            )
        meta = self._table(_META)
        for key, value in change.meta.items():
            meta.upsert(_doc({"value": value}, key))

    def _prune_outbox(self) -> None:
        # Table order is queue order, so the first finished items are the oldest.
        rows = self._rows(_OUTBOX).items()
        finished = [mail_id for mail_id, doc in rows if doc["status"] in _FINISHED]
        if len(finished) > self._outbox_keep:
            self._table(_OUTBOX).remove(doc_ids=_ids(finished[: len(finished) - self._outbox_keep]))
