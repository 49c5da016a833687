"""`rounds db copy`: move a tracker between a TinyDB file and a PostgreSQL mailbox."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from store.db import Change, Store
from store.errors import StoreError
from store.postgres import PostgresStore
from store.story import StoryEntry

Tracker = Store | PostgresStore


@dataclass(frozen=True, slots=True)
class Counts:
    """How much a tracker holds, compared before and after a copy."""

    processes: int
    ledger: int
    outbox: int
    cursors: int
    meta: int
    story: int  # entries over every process's story

    def __str__(self) -> str:
        return (
            f"{self.processes} processes, {self.ledger} ledger entries, {self.outbox} outbox "
            f"items, {self.cursors} cursors, {self.meta} meta keys, {self.story} story entries"
        )


@dataclass(frozen=True, slots=True)
class Contents:
    """Everything a tracker holds, in a form that compares equal across the two stores."""

    processes: dict[str, dict[str, Any]]
    ledger: list[dict[str, Any]]  # without "seq": each store numbers its own entries
    outbox: list[dict[str, Any]]
    cursors: dict[str, tuple[int, int]]
    meta: dict[str, Any]
    story: list[StoryEntry]

    @property
    def counts(self) -> Counts:
        return Counts(
            processes=len(self.processes),
            ledger=len(self.ledger),
            outbox=len(self.outbox),
            cursors=len(self.cursors),
            meta=len(self.meta),
            story=len(self.story),
        )


def contents(tracker: Tracker) -> Contents:
    """What `tracker` holds now."""
    processes = tracker.processes()
    return Contents(
        processes=processes,
        ledger=[{k: v for k, v in e.items() if k != "seq"} for e in tracker.ledger()],
        outbox=tracker.outbox(),
        cursors=tracker.cursors(),
        meta=tracker.metas(),
        story=[entry for pid in sorted(processes) for entry in tracker.story(pid)],
    )


def copy_tracker(source: Tracker, target: Tracker) -> tuple[Counts, bool]:
    """Copy everything in `source` into `target`, which must be empty or hold the same.

    Returns the counts, read back from `target` and checked against `source`'s, and whether
    anything was copied (False: `target` already held exactly this, from an earlier copy).
    """
    expected = contents(source)
    found = contents(target)
    if found == expected:
        return found.counts, False
    if found.counts != Counts(0, 0, 0, 0, 0, 0):
        raise StoreError(f"the target already holds data ({found.counts}): not copied")
    # The outbox keeps each item's state (status, attempts, …): queue it, then set it.
    states = {mail["id"]: {k: v for k, v in mail.items() if k != "id"} for mail in expected.outbox}
    # A Change takes one cursor: the first goes with everything else, in one commit.
    positions = [(folder, *position) for folder, position in sorted(expected.cursors.items())]
    target.commit(
        Change(
            processes=expected.processes,
            ledger=expected.ledger,
            enqueue=expected.outbox,
            outbox=states,
            cursor=positions[0] if positions else None,
            meta=expected.meta,
            story=expected.story,
        )
    )
    for position in positions[1:]:
        target.commit(Change(cursor=position))
    copied = contents(target)
    if copied != expected:
        raise StoreError(
            f"copy incomplete: the source holds {expected.counts}, the target {copied.counts}"
        )
    return copied.counts, True
