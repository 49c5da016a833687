"""`rounds quarantine [retry ID]`: list the messages set aside, or try one again."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from agent.config import Settings
from agent.errors import InputError
from agent.service import Agent
from agent.tracker import open_tracker
from agent.wiring import build_agent


def quarantined(ledger: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entries whose latest word is 'quarantined' (a successful retry clears them)."""
    latest: dict[str, dict[str, Any]] = {}
    for entry in ledger:
        latest[entry["keys"][0]] = entry
    return [e for e in latest.values() if e.get("status") == "quarantined"]


def _line(entry: dict[str, Any]) -> str:
    return "  ".join(
        (
            entry["keys"][0],
            str(entry.get("at", ""))[:16],
            str(entry.get("from", "?")),
            repr(str(entry.get("subject", ""))[:60]),
            str(entry.get("reason", "")),
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
    entry = agent.store.ledger()[-1]
    return f"{key}: {entry['status']} ({entry.get('reason', '')})"


def main(args: argparse.Namespace, settings: Settings) -> int:
    if args.action == "retry":
        if not args.id:
            raise InputError("give the ID to retry: rounds quarantine retry ID")
        # The ID is checked before the mail settings: a typo needs no IMAP password to show.
        parse_key(args.id)
        with open_tracker(settings) as store:
            if args.id not in {e["keys"][0] for e in quarantined(store.ledger())}:
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
