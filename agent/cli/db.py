"""`rounds db upgrade` and `rounds db copy`: the PostgreSQL schema, and moving a tracker
(with what its desk keeps) between a tracker file and a PostgreSQL mailbox."""

from __future__ import annotations

import argparse
from pathlib import Path

from agent.config import Settings
from agent.desk.snapshot import copy_desk
from agent.errors import InputError
from agent.wiring import desk_state_at, wall_clock
from store.factory import open_store
from store.migrate import copy_tracker
from store.postgres import MIGRATIONS, is_url, redacted, upgrade


def _url(value: object, what: str) -> str:
    if not is_url(value):
        raise InputError(f"{what} must be a postgresql:// URL, not {value!s}")
    return str(value)


def _named(db: str | Path, mailbox: str) -> str:
    return f"mailbox {mailbox!r} of {redacted(db)}" if isinstance(db, str) else str(db)


def main(args: argparse.Namespace, settings: Settings) -> int:
    if args.action == "upgrade":
        url = _url(settings.db, "ROUNDS_DB")
        applied = upgrade(url)
        done = ", ".join(map(str, applied)) if applied else "nothing to apply"
        print(f"{redacted(url)}: schema version {len(MIGRATIONS)} ({done})")
        return 0
    source: str | Path = args.source if is_url(args.source) else Path(args.source)
    target: str | Path = settings.db if args.to is None else args.to
    if not is_url(target):
        target = Path(target)
    if isinstance(source, str) == isinstance(target, str):
        raise InputError(
            "rounds db copy goes between a tracker file and PostgreSQL: "
            f"--from {source} and --to {target} are both "
            + ("databases" if isinstance(source, str) else "files")
        )
    mailbox = settings.mailbox_id
    # The source is only read; the target is opened as its one writer, so a watcher running
    # on it makes the copy fail rather than race it.
    with (
        open_store(source, mailbox=mailbox, readonly=True) as tracker,
        open_store(target, mailbox=mailbox) as into,
    ):
        counts, copied = copy_tracker(tracker, into)
        old, new = desk_state_at(source, mailbox=mailbox), desk_state_at(target, mailbox=mailbox)
        try:
            added = copy_desk(old, new, wall_clock())
        finally:
            old.close()
            new.close()
    where = f"{_named(source, mailbox)} to {_named(target, mailbox)}"
    said = f"copied {where}: {counts}" if copied else f"already copied {where}: {counts}"
    print(f"{said}; desk: {added}")
    return 0
