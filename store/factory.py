"""Open the tracker ROUNDS_DB names: a TinyDB file, or a PostgreSQL database by URL."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from parsers.errors import InputError
from store.db import Change, Store
from store.postgres import PostgresStore, is_url
from store.story import StoryEntry


class TrackerStore(Protocol):
    """What the agent and the commands use of a store; `Store` and `PostgresStore` both are one."""

    def processes(self) -> dict[str, dict[str, Any]]: ...
    def process(self, process_id: str) -> dict[str, Any] | None: ...
    def seen(self, key: str) -> bool: ...
    def ledger(self) -> list[dict[str, Any]]: ...
    def story(self, process_id: str) -> list[StoryEntry]: ...
    def outbox(self, *, status: str | None = None) -> list[dict[str, Any]]: ...
    def due(self, now: datetime) -> list[dict[str, Any]]: ...
    def cursor(self, folder: str) -> tuple[int, int] | None: ...
    def meta(self, key: str, default: Any = None) -> Any: ...
    def commit(self, change: Change) -> None: ...
    def close(self) -> None: ...
    def __enter__(self) -> TrackerStore: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


def open_store(
    db: str | Path,
    *,
    mailbox: str,
    readonly: bool = False,
    create: bool = True,
    standby: bool = False,
) -> TrackerStore:
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
