"""Timers driven by `now`: completing interviews, nudges, reminders, feedback requests."""

from __future__ import annotations

from datetime import datetime, timedelta

from agent.core.actions import Email
from agent.core.lifecycle import (
    Outcome_,
    Policy,
    asked,
    attendees,
    describe_for,
    note,
    side_people,
    tell_recruiter,
)
from agent.core.process import Process, ProcessStatus, Round, RoundStatus

# Business days of silence before the first nudge, the second, and the hand-off.
NUDGE_AFTER = (2, 4, 6)
REMINDER_BEFORE = timedelta(hours=24)

_WAITING_FOR = {
    RoundStatus.REQUESTED: "a few times that would suit you",
    RoundStatus.PROPOSED: "which of the options suits you",
    RoundStatus.SCHEDULED: "your answer to the calendar invite",
    RoundStatus.CONFIRMED: "your answer",
    RoundStatus.COMPLETED: "your feedback on the interview",
    RoundStatus.CANCELLED: "your answer",
}


def business_days_between(since: datetime, now: datetime) -> int:
    """Whole days after `since` up to `now` that fall on a weekday."""
    days = (now - since).days
    return sum(1 for d in range(1, days + 1) if (since + timedelta(days=d)).weekday() < 5)


def run_timers(process: Process, now: datetime, policy: Policy) -> Outcome_:
    """Everything due at `now` for this process, at most once each."""
    if process.status.closed or process.status == ProcessStatus.PAUSED:
        return process, []
    if process.current.status == RoundStatus.CANCELLED:
        return process, []
    emails: list[Email] = []
    rnd = process.current
    slot = rnd.slot
    if rnd.status in (RoundStatus.SCHEDULED, RoundStatus.CONFIRMED) and slot is not None:
        if slot.end <= now:
            return _complete(process, rnd, now, policy)
        if not rnd.reminded and slot.start - REMINDER_BEFORE <= now:
            rnd = rnd.model_copy(update={"reminded": True})
            process = process.with_round(rnd)
            emails += [
                Email((p,), "reminder", {"when": describe_for(p, slot)})
                for p in attendees(process, rnd)
            ]
    process, nudges = _nudges(process, rnd, now, policy)
    return process, emails + nudges


def _complete(process: Process, rnd: Round, now: datetime, policy: Policy) -> Outcome_:
    rnd = rnd.model_copy(update={"status": RoundStatus.COMPLETED, "feedback_asked": True})
    rnd = asked(rnd, ["client"], now)
    process = note(process.with_round(rnd), f"Interview #{rnd.number} completed", now)
    slot = rnd.slot
    assert slot is not None
    emails = [
        Email((p,), "feedback_request", {"when": describe_for(p, slot)})
        for p in side_people(process, rnd, "client")
    ]
    emails.append(
        Email((process.candidate,), "impressions", {"when": describe_for(process.candidate, slot)})
    )
    emails.append(tell_recruiter(process, policy, "completed", round=str(rnd.number)))
    return process, emails


def _nudges(process: Process, rnd: Round, now: datetime, policy: Policy) -> Outcome_:
    emails: list[Email] = []
    nudges = dict(rnd.nudges)
    silent: list[str] = []
    for side, since in rnd.waiting_since.items():
        sent = nudges.get(side, 0)
        if sent >= len(NUDGE_AFTER) or business_days_between(since, now) < NUDGE_AFTER[sent]:
            continue
        nudges[side] = sent + 1
        people = side_people(process, rnd, side)
        if sent + 1 < len(NUDGE_AFTER):
            what = _WAITING_FOR[rnd.status]
            emails += [Email((p,), "nudge", {"what": what}) for p in people]
        else:
            silent += [p.name for p in people]
    if silent:
        emails.append(
            tell_recruiter(
                process,
                policy,
                "silent",
                people=" and ".join(silent),
                have="has" if len(silent) == 1 else "have",
                round=str(rnd.number),
                days=str(NUDGE_AFTER[-1]),
            )
        )
    if nudges == rnd.nudges:
        return process, emails
    return process.with_round(rnd.model_copy(update={"nudges": nudges})), emails
