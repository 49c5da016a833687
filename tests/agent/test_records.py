"""Ledger entries and outbox items are typed records that keep the trackers' JSON shapes."""

from __future__ import annotations

from typing import Any

import pytest

from agent.core.records import LedgerEntry, OutboxItem

STORED_ENTRIES: list[dict[str, Any]] = [
    {
        "keys": ["uid:INBOX:7:3", "mid:<a@x>"],
        "at": "2026-12-01T09:00:00+00:00",
        "uid": 3,
        "status": "processed",
        "reason": "availability via thread",
        "message_id": "<a@x>",
        "from": "jane@example.com",
        "subject": "Re: times",
        "process": "p1",
        "seq": 12,
    },
    {"keys": ["uid:INBOX:7:4"], "status": "quarantined", "reason": "fetch failed: x", "seq": 13},
    # hand-made or older: odd shapes and unknown fields ride along untouched
    {"keys": ["k"], "subject": ["a\x00b"], "uid": True, "note": {"by": "ops"}},
]


@pytest.mark.parametrize("stored", STORED_ENTRIES)
def test_a_stored_ledger_entry_round_trips_exactly(stored: dict[str, Any]) -> None:
    """Reading an entry and writing it back gives the same JSON."""
    assert LedgerEntry.from_json(stored).to_json() == stored


def test_a_new_entry_settles_into_the_shape_the_ledger_holds() -> None:
    """An entry filled in as a message is read has the keys the ledger has always had."""
    entry = LedgerEntry(keys=["uid:INBOX:7:5"], at="2026-12-01T09:00:00+00:00", uid=5)
    entry.sender, entry.message_id = "jane@example.com", "<b@x>"
    entry.settle("processed", "kickoff", process="p9")
    assert entry.to_json() == {
        "keys": ["uid:INBOX:7:5"],
        "at": "2026-12-01T09:00:00+00:00",
        "uid": 5,
        "status": "processed",
        "reason": "kickoff",
        "message_id": "<b@x>",
        "from": "jane@example.com",
        "process": "p9",
    }


def test_an_outbox_item_splits_state_from_mail_and_round_trips() -> None:
    """State fields become attributes, the rest is the mail; writing back is exact."""
    stored = {
        "message_id": "m1@rounds.test",
        "to": [{"email": "Jane@Example.com", "name": "Jane"}],
        "cc": [{"email": "rita@agency.test", "name": ""}],
        "subject": "Interview",
        "id": "m1@rounds.test",
        "queued_at": "2026-12-01T09:00:00+00:00",
        "process": "p1",
        "status": "refused",
        "attempts": 1,
        "next_attempt": "2026-12-01T09:00:00+00:00",
        "error": "550 no such user",
        "reported": True,
    }
    item = OutboxItem.from_json(stored)
    assert (item.id, item.status, item.attempts, item.reported) == (
        "m1@rounds.test",
        "refused",
        1,
        True,
    )
    assert item.recipients == ["jane@example.com", "rita@agency.test"]
    assert item.mail["subject"] == "Interview" and "status" not in item.mail
    assert item.to_json() == stored
    assert item.queue() == {
        "message_id": "m1@rounds.test",
        "to": stored["to"],
        "cc": stored["cc"],
        "subject": "Interview",
        "id": "m1@rounds.test",
        "queued_at": "2026-12-01T09:00:00+00:00",
        "process": "p1",
    }
