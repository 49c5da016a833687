"""The timeline view of a story: newest first, local times, outcomes folded into their mail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from agent.desk.story_view import timeline
from store.story import StoryEntry, StoryKind

T0 = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)


def _mail(mail_id: str, minute: int, did: str, status: str | None = None) -> StoryEntry:
    detail = {"message_id": mail_id} | ({"status": status} if status else {})
    return StoryEntry(
        process_id="p1",
        at=T0 + timedelta(minutes=minute),
        kind=StoryKind.OUT,
        to=("Jane <jane@cand.test>",),
        did=did,
        detail=detail,
    )


def test_outcomes_fold_into_their_mail_and_stand_alone_otherwise() -> None:
    """A refusal shows on the mail it is about; an outcome whose mail was cut away shows alone."""
    items = timeline(
        [
            _mail("a@x", 0, "queued"),
            _mail("a@x", 1, "refused: 550 no such user", "refused"),
            _mail("gone@x", 2, "sent", "sent"),
        ],
        "Europe/Berlin",
    )
    assert [(i.did, i.delivery) for i in items] == [
        ("sent", ""),
        ("", "refused: 550 no such user (Fri 4 Dec 15:01 CET)"),
    ]
    assert items[1].when == "Fri 4 Dec 15:00 CET"
    assert items[1].to == "Jane <jane@cand.test>"
