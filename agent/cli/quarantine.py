"""`rounds quarantine [retry ID]`: list the messages set aside, or try one again."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from agent.config import Settings
from agent.errors import InputError
from agent.ports import LedgerEntry
from agent.service import Agent
from agent.wiring import build_agent, open_tracker


def quarantined(ledger: list[dict[str, Any]]) -> list[LedgerEntry]:
    """Entries whose latest word is 'quarantined' (a successful retry clears them)."""
    latest: dict[str, LedgerEntry] = {}
    for entry in map(LedgerEntry.from_json, ledger):
        if entry.keys:
            latest[entry.keys[0]] = entry
    return [e for e in latest.values() if e.status == "quarantined"]


def _line(entry: LedgerEntry) -> str:
    return "  ".join(
        (
            entry.keys[0],
            (entry.at or "")[:16],
            entry.sender or "?",
            repr((entry.subject or "")[:60]),
            entry.reason or "",
        )
    )


def parse_key(key: str) -> tuple[str, int, int]:
    """`uid:FOLDER:UIDVALIDITY:UID` as (folder, uidvalidity, uid); InputError otherwise."""
    try:
        _, folder, validity, uid = key.split(":")
        return folder, int(validity), int(uid)
    except ValueError as exc:
        raise InputError(f"not a quarantine ID: {key!r} (see `rounds quarantine`)") from exc


async def retry(agent: Agent, key: str) -> str:
    """Fetch the message behind `key` (uid:FOLDER:UIDVALIDITY:UID) again and handle it."""
    folder, uidvalidity, number = parse_key(key)
    if folder != agent.identity.folder:
        raise InputError(f"{key} is in folder {folder}; set ROUNDS_IMAP_FOLDER={folder}")
    try:
        async for fetched in agent.mailbox.fetch_new((uidvalidity, number - 1)):
            if fetched.uid == number:
                await agent.handle(fetched, again=True)
                break
        else:
            raise InputError(f"{key}: the message is no longer in {folder}")
    finally:
        await agent.mailbox.close()
    entry = LedgerEntry.from_json(agent.store.ledger()[-1])
    return f"{key}: {entry.status} ({entry.reason or ''})"


def main(args: argparse.Namespace, settings: Settings) -> int:
    if args.action == "retry":
        if not args.id:
            raise InputError("give the ID to retry: rounds quarantine retry ID")
        # The ID is checked before the mail settings: a typo needs no IMAP password to show.
        parse_key(args.id)
        with open_tracker(settings) as store:
            if args.id not in {e.keys[0] for e in quarantined(store.ledger())}:
                raise InputError(f"{args.id} is not in quarantine (see `rounds quarantine`)")
        with open_tracker(settings, write=True, create=True) as store:
            print(asyncio.run(retry(build_agent(settings, store), args.id)))
        return 0
    with open_tracker(settings) as store:
        entries = quarantined(store.ledger())
    for entry in entries:
        sys.stdout.write(_line(entry) + "\n")
    if not entries:
        print("nothing in quarantine")
    return 0
