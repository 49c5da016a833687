"""Caps on outgoing mail: per recipient per hour, per process per day, to a recruiter per hour."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from agent.core.records import OutboxItem

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
_COUNTED = frozenset({"queued", "sending", "sent"})


@dataclass(frozen=True, slots=True)
class Limits:
    """ROUNDS_MAX_PER_RECIPIENT_HOUR, ROUNDS_MAX_PER_PROCESS_DAY, ROUNDS_MAX_RECRUITER_HOUR."""

    per_recipient_hour: int = 8
    per_process_day: int = 40
    recruiter_hour: int = 10  # mails to the recruiter about one process; the rest go in a digest


def _since(items: Iterable[OutboxItem], cutoff: datetime) -> list[OutboxItem]:
    return [
        i for i in items if i.status in _COUNTED and datetime.fromisoformat(i.queued_at) > cutoff
    ]


def to_hold(
    new: Sequence[OutboxItem],
    outbox: Sequence[OutboxItem],
    *,
    now: datetime,
    limits: Limits,
    exempt: frozenset[str],
) -> set[str]:
    """Ids of the `new` mails that would go over a cap; mail to `exempt` (recruiters) never is.

    A prompt-injected or looping conversation can make the agent write again and again;
    the caps bound what any one person or process can receive before a human looks.
    """
    last_hour = _since(outbox, now - HOUR)
    last_day = _since(outbox, now - DAY)
    per_person: dict[str, int] = {}
    for item in last_hour:
        for address in item.recipients:
            per_person[address] = per_person.get(address, 0) + 1
    per_process: dict[str, int] = {}
    for item in last_day:
        process = item.process
        if process:
            per_process[process] = per_process.get(process, 0) + 1
    held = set()
    for item in new:
        people = [a for a in item.recipients if a not in exempt]
        if not people:
            continue
        process = item.process
        if any(per_person.get(a, 0) >= limits.per_recipient_hour for a in people) or (
            process and per_process.get(process, 0) >= limits.per_process_day
        ):
            held.add(item.id)
            continue
        for address in people:
            per_person[address] = per_person.get(address, 0) + 1
        if process:
            per_process[process] = per_process.get(process, 0) + 1
    return held


def recruiter_room(
    outbox: Sequence[OutboxItem], *, process_id: str, recruiter: str, now: datetime, cap: int
) -> int:
    """How many more mails about `process_id` may go to `recruiter` this hour.

    A flood of candidate mail becomes a flood of forwards and updates to the recruiter;
    past the cap the agent folds them into one digest instead.
    """
    sent = sum(
        1
        for i in _since(outbox, now - HOUR)
        if i.process == process_id and recruiter.lower() in i.recipients
    )
    return max(0, cap - sent)
