"""`rounds db upgrade` and `rounds db copy`: the PostgreSQL schema, and moving a tracker into it."""

from __future__ import annotations

import argparse
from pathlib import Path

from agent.config import Settings
from agent.errors import InputError
from store.migrate import copy_tracker
from store.postgres import MIGRATIONS, PostgresStore, is_url, redacted, upgrade


def _url(value: object, what: str) -> str:
    if not is_url(value):
        raise InputError(f"{what} must be a postgresql:// URL, not {value!s}")
    return str(value)


def main(args: argparse.Namespace, settings: Settings) -> int:
    if args.action == "upgrade":
        url = _url(settings.db, "ROUNDS_DB")
        applied = upgrade(url)
        done = ", ".join(map(str, applied)) if applied else "nothing to apply"
        print(f"{redacted(url)}: schema version {len(MIGRATIONS)} ({done})")
        return 0
    source: Path = args.source
    url = _url(args.to or settings.db, "--to")
    with PostgresStore(url, mailbox=settings.mailbox_id) as target:
        counts = copy_tracker(source, target)
    print(f"copied {source} to mailbox {settings.mailbox_id!r} of {redacted(url)}: {counts}")
    return 0
