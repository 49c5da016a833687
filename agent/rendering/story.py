"""What happened on a process, as story entries for its timeline (store.story)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from agent.core.actions import Email
from agent.core.lifecycle import describe_for
from agent.core.process import Process
from parsers.model import Extraction, ParsedMessage
from store.story import StoryEntry, StoryKind, Understood

_NUDGES = frozenset({"nudge"})  # templates that chase a side that has gone quiet


def _formatted(person: Mapping[str, Any]) -> str:
    name, email = str(person.get("name") or ""), str(person.get("email") or "")
    return f"{name} <{email}>" if name else email


def reading(found: Extraction, process: Process) -> Understood:
    """The extractor's reading, its times in words in the recruiter's zone."""
    times = tuple(describe_for(process.recruiter, window) for window in found.windows)
    intent = found.intent.value
    if found.selected is not None:
        intent += f" (option {found.selected})"
    if found.outcome is not None:
        intent += f" ({found.outcome.value})"
    return Understood(intent=intent, times=times, confidence=found.confidence)


def changes(before: Process | None, after: Process) -> list[str]:
    """The history lines `after` gained over `before`, without their time stamps."""
    lines = after.history[len(before.history) :] if before is not None else after.history
    # note() writes "YYYY-MM-DD HH:MM ZONE line"; the story keeps its own time.
    return [line.split(" ", 3)[-1] for line in lines]


def did(before: Process | None, after: Process, told: Sequence[StoryEntry]) -> str:
    """One line: what handling a message changed and whom it wrote to."""
    parts = changes(before, after)
    sent = [e.to[0] for e in told if e.kind != StoryKind.HELD and e.to]
    held = sum(e.kind == StoryKind.HELD for e in told)
    if sent:
        parts.append("emailed " + ", ".join(dict.fromkeys(sent)))
    if held:
        parts.append(f"held back {held} email{'s' * (held > 1)}")
    return "; ".join(parts) or "nothing to do"


def inbound(
    process: Process,
    message: ParsedMessage,
    *,
    at: datetime,
    did: str,
    understood: Understood | None = None,
    detail: Mapping[str, str] | None = None,
    action: bool = False,
    text: bool = True,
) -> StoryEntry:
    """An email that arrived for `process`; `action`: a recruiter's command; without `text`
    (mail that failed the sender checks) its words are left out."""
    calendar = message.calendar
    extra = {"message_id": message.message_id, **(detail or {})}
    kind = StoryKind.ACTION if action else StoryKind.IN
    if calendar is not None:
        kind = StoryKind.INVITE
        extra |= {"method": calendar.method, "sequence": str(calendar.sequence)}
        if calendar.partstat:
            extra["partstat"] = calendar.partstat
    if action:
        extra.setdefault("via", "email")
    return StoryEntry(
        process_id=process.id,
        at=at,
        kind=kind,
        who=message.sender.formatted() if message.sender else "",
        to=tuple(a.formatted() for a in (*message.to, *message.cc)),
        subject=message.subject,
        text=message.text if text else "",
        understood=understood,
        did=did,
        detail=extra,
    )


def desk_action(
    process: Process, what: str, *, by: str, text: str, asked: datetime, at: datetime, did: str
) -> StoryEntry:
    """A recruiter's action on the desk (`what`, e.g. "cancel interview #2"), applied now;
    a note is told as a note."""
    return StoryEntry(
        process_id=process.id,
        at=at,
        kind=StoryKind.NOTE if what == "note" else StoryKind.ACTION,
        who=by,
        subject=what,
        text=text,
        did=did,
        detail={"via": "desk", "asked_at": asked.isoformat()},
    )


def outgoing(
    process: Process,
    emails: Sequence[Email],
    docs: Sequence[Mapping[str, Any]],
    held: Iterable[str],
    *,
    agent: str,
    at: datetime,
) -> list[StoryEntry]:
    """The queued mail of one commit: `docs` are the outbox documents `write_letters` made
    from `emails`, one per person of each email, in order; `held`: ids held by a cap."""
    pairs = [(email, person) for email in emails for person in email.to]
    held = set(held)
    entries = []
    for (email, _), doc in zip(pairs, docs, strict=True):
        detail = {"message_id": str(doc["id"]), "template": email.template}
        kind = StoryKind.NUDGE if email.template in _NUDGES else StoryKind.OUT
        if email.invite is not None:
            kind = StoryKind.INVITE
            detail |= {"method": email.invite.method, "sequence": str(email.invite.sequence)}
        if doc["id"] in held:
            kind, what = StoryKind.HELD, "held back: over the sending cap"
        else:
            what = "queued"
        entries.append(
            StoryEntry(
                process_id=process.id,
                at=at,
                kind=kind,
                who=agent,
                to=tuple(_formatted(a) for a in doc["to"]),
                subject=str(doc["subject"]),
                text=str(doc["text"]),
                did=what,
                detail=detail,
            )
        )
    return entries


def folded(
    process: Process, lines: Sequence[str], *, digest: str, agent: str, at: datetime
) -> list[StoryEntry]:
    """Mail to the recruiter kept for a digest instead of sent on its own."""
    return [
        StoryEntry(
            process_id=process.id,
            at=at,
            kind=StoryKind.HELD,
            who=agent,
            to=(process.recruiter.email,),
            text=line,
            did=f"kept for the recruiter's {digest} digest",
        )
        for line in lines
    ]


def delivery(doc: Mapping[str, Any], fields: Mapping[str, Any], at: datetime) -> StoryEntry | None:
    """What became of a process's queued mail once its outcome is final; None otherwise."""
    status = fields.get("status")
    process_id = doc.get("process")
    if not isinstance(process_id, str) or status not in {"sent", "refused", "failed"}:
        return None
    what = "sent" if status == "sent" else f"{status}: {fields.get('error') or 'no reason given'}"
    return StoryEntry(
        process_id=process_id,
        at=at,
        kind=StoryKind.OUT,
        to=tuple(_formatted(a) for a in doc.get("to") or ()),
        subject=str(doc.get("subject") or ""),
        did=what,
        detail={"message_id": str(doc["id"]), "status": str(status)},
    )
