"""A process's story as the process page shows it (pure: story entries in, timeline items out)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from agent.rendering.summary import _moment
from store.story import StoryEntry, StoryKind

_LABELS = {
    StoryKind.IN: "Email in",
    StoryKind.OUT: "Email out",
    StoryKind.INVITE: "Invite",
    StoryKind.NUDGE: "Nudge",
    StoryKind.HELD: "Held",
    StoryKind.NOTE: "Note",
    StoryKind.ACTION: "Action",
}
# Detail shown beside an entry, in this order; the rest (ids, templates) is for the tracker.
_SHOWN = (("method", "METHOD"), ("sequence", "SEQUENCE"), ("partstat", "answer"), ("via", "via"))
_OUTCOMES = frozenset({"sent", "refused", "failed"})


@dataclass(frozen=True, slots=True)
class Item:
    """One entry of the timeline, every field plain text for the template to escape."""

    kind: str  # the StoryKind value, for the CSS class
    label: str
    when: str  # in the recruiter's zone
    who: str
    to: str
    subject: str
    text: str
    intent: str  # what was understood, for inbound mail; "" otherwise
    times: tuple[str, ...]
    confidence: str  # "90%", or ""
    did: str
    detail: tuple[tuple[str, str], ...]
    delivery: str  # what became of a mail we queued: "sent Thu 3 Dec 09:02 EST", …


def _delivery(entry: StoryEntry, tz: ZoneInfo) -> str:
    when = _moment(entry.at.astimezone(tz))
    return f"{entry.did} {when}" if entry.did == "sent" else f"{entry.did} ({when})"


def timeline(entries: Sequence[StoryEntry], zone: str) -> list[Item]:
    """The items of `entries` (oldest first) with times in `zone`, newest first.

    A delivery outcome is folded into the entry of the mail it is about, when that is there.
    """
    tz = ZoneInfo(zone)
    outcome: dict[str, str] = {}
    shown: list[StoryEntry] = []
    queued = {
        e.detail.get("message_id") for e in entries if e.detail.get("status") not in _OUTCOMES
    }
    for entry in entries:
        status = entry.detail.get("status")
        mail_id = entry.detail.get("message_id", "")
        if status in _OUTCOMES and mail_id in queued:
            outcome[mail_id] = _delivery(entry, tz)
        else:
            shown.append(entry)
    items = []
    for entry in reversed(shown):
        found = entry.understood
        delivery = outcome.get(entry.detail.get("message_id", ""), "")
        # "queued" says nothing once the outcome is known.
        did = "" if delivery and entry.did == "queued" else entry.did
        items.append(
            Item(
                kind=entry.kind.value,
                label=_LABELS[entry.kind],
                when=_moment(entry.at.astimezone(tz)),
                who=entry.who,
                to=", ".join(entry.to),
                subject=entry.subject,
                text=entry.text,
                intent=found.intent if found else "",
                times=found.times if found else (),
                confidence=f"{found.confidence:.0%}" if found else "",
                did=did,
                detail=tuple(
                    (label, entry.detail[key]) for key, label in _SHOWN if key in entry.detail
                ),
                delivery=delivery,
            )
        )
    return items
