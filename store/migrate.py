"""`rounds db copy`: move a TinyDB tracker into a PostgreSQL mailbox in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from store.db import _CURSORS, _META, Change, Store
from store.errors import StoreError
from store.postgres import PostgresStore
from store.storage import AtomicJSONStorage


@dataclass(frozen=True, slots=True)
class Counts:
    """How much a tracker holds, compared before and after a copy."""

    processes: int
    ledger: int
    outbox: int
    cursors: int
    meta: int

    def __str__(self) -> str:
        return (
            f"{self.processes} processes, {self.ledger} ledger entries, {self.outbox} outbox "
            f"items, {self.cursors} cursors, {self.meta} meta keys"
        )


def _side_tables(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """Cursors by folder and meta values by key: the Store reads them one key at a time."""
    tables = AtomicJSONStorage(path).read() or {}
    cursors = tables.get(_CURSORS, {})
    meta = {key: doc["value"] for key, doc in tables.get(_META, {}).items()}
    return cursors, meta


def _counts(store: Store | PostgresStore, folders: list[str], keys: list[str]) -> Counts:
    return Counts(
        processes=len(store.processes()),
        ledger=len(store.ledger()),
        outbox=len(store.outbox()),
        cursors=sum(store.cursor(folder) is not None for folder in folders),
        meta=sum(store.meta(key, _MISSING) is not _MISSING for key in keys),
    )


_MISSING = object()


def copy_tracker(source: Path, target: PostgresStore) -> Counts:
    """Copy everything in the tracker file `source` into `target`, which must be empty.

    Returns the counts, read back from `target` and checked against the source's.
    """
    if not source.exists():
        raise StoreError(f"no tracker at {source}")
    with Store(source, readonly=True) as tracker:
        cursors, meta = _side_tables(source)
        folders, keys = sorted(cursors), sorted(meta)
        expected = _counts(tracker, folders, keys)
        empty = _counts(target, folders, keys)
        if empty != Counts(0, 0, 0, 0, 0):
            raise StoreError(f"mailbox {target.mailbox!r} already holds data ({empty}): not copied")
        outbox = tracker.outbox()
        # The outbox keeps each item's state (status, attempts, …): queue it, then set it.
        states = {mail["id"]: {k: v for k, v in mail.items() if k != "id"} for mail in outbox}
        # A Change takes one cursor: the first goes with everything else, in one transaction.
        positions = [(f, c["uidvalidity"], c["last_uid"]) for f, c in sorted(cursors.items())]
        target.commit(
            Change(
                processes=tracker.processes(),
                ledger=[{k: v for k, v in e.items() if k != "seq"} for e in tracker.ledger()],
                enqueue=outbox,
                outbox=states,
                cursor=positions[0] if positions else None,
                meta=meta,
            )
        )
        for position in positions[1:]:
            target.commit(Change(cursor=position))
    copied = _counts(target, folders, keys)
    if copied != expected:
        raise StoreError(f"copy incomplete: {source} holds {expected}, the database {copied}")
    return copied
