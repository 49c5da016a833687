"""Open the tracker ROUNDS_DB names: a TinyDB file, or a PostgreSQL database by URL."""

from __future__ import annotations

from pathlib import Path

from parsers.errors import InputError
from store.db import Store, read_story
from store.postgres import PostgresStore, is_url
from store.story import StoryEntry


def open_store(
    db: str | Path,
    *,
    mailbox: str,
    readonly: bool = False,
    create: bool = True,
    standby: bool = False,
) -> Store | PostgresStore:
    """The writer (or, with `readonly`, a reader) of the tracker `db` for `mailbox`.

    Without `create` (always when `readonly`), a tracker file that does not exist is an
    InputError (exit 2): commands never create a tracker by accident. `mailbox` namespaces
    PostgreSQL data; a tracker file holds one mailbox. `standby` (PostgreSQL only) waits
    while another writer holds the mailbox instead of failing.
    """
    if is_url(db):
        return PostgresStore(str(db), mailbox=mailbox, readonly=readonly, standby=standby)
    path = Path(db)
    if (readonly or not create) and not path.exists():
        raise InputError(f"no tracker at {path} (set ROUNDS_DB)")
    return Store(path, readonly=readonly)


def story_of(db: str | Path, *, mailbox: str, process_id: str) -> list[StoryEntry]:
    """One process's story, read without loading the rest of the tracker (the desk's
    process page, while `rounds watch` writes)."""
    if is_url(db):
        with PostgresStore(str(db), mailbox=mailbox, readonly=True) as store:
            return store.story(process_id)
    return read_story(Path(db), process_id)
