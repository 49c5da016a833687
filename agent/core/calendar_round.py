"""Rounds whose interviewers' calendars are known: the candidate gets concrete slots at once,
and a pick is checked against fresh free/busy before it is booked."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from agent.core.actions import Email
from agent.core.lifecycle import (
    Outcome_,
    Policy,
    answered,
    asked,
    note,
    numbered,
    side_hours,
    side_people,
    tell_recruiter,
)
from agent.core.process import Party, Process, Round, RoundStatus
from agent.core.slot_search import Attendee, Rules, find_slots, free_windows
from agent.core.slots import Availability, options_from
from parsers.model import Window

FEWEST = 3  # fewer free slots than this in the horizon: ask by email instead
MOST = 5  # slots in one offer
MISSES = 2  # turned-down offers after which the recruiter is told


@dataclass(frozen=True, slots=True)
class CalendarRules:
    """The operator's rules for slots taken from calendars."""

    buffer: timedelta = timedelta(minutes=15)  # ROUNDS_BUFFER_MINUTES
    daily_limit: int = 4  # ROUNDS_MAX_INTERVIEWS_PER_DAY
    horizon: timedelta = timedelta(days=14)  # how far ahead slots are looked for


def calendar_people(process: Process, rnd: Round) -> tuple[str, ...]:
    """The addresses whose calendars decide the round: its client-side interviewers."""
    return tuple(p.email for p in side_people(process, rnd, Party.CLIENT))


def named_calendars(process: Process, emails: Iterable[str]) -> dict[str, str]:
    """The calendars the recruiter named for `emails` (in the kickoff or on the thread
    since): each one's own line, else the line for their domain."""
    found = {}
    for email in emails:
        spec = process.calendars.get(email) or process.calendars.get(email.rpartition("@")[2])
        if spec:
            found[email] = spec
    return found


def offer_from_calendars(
    process: Process,
    rnd: Round,
    busy: Mapping[str, tuple[Window, ...]],
    now: datetime,
    policy: Policy,
    rules: CalendarRules,
    interviews: Mapping[str, tuple[Window, ...]] | None = None,
) -> tuple[Round, list[Email]] | None:
    """Numbered slots for the candidate when every interviewer's busy time is in `busy`;
    None when one is unknown or too few slots are free (then both sides are asked).

    The interviewers' free time becomes the client side's availability, so times the
    candidate sends instead are intersected with it by the ordinary matching.
    """
    emails = calendar_people(process, rnd)
    if not emails or any(e not in busy for e in emails):
        return None
    interviews = interviews or {}
    panel = [
        Attendee(
            p.email,
            p.zone,
            side_hours(process, Party.CLIENT, policy),
            busy[p.email],
            interviews.get(p.email, ()),
            rules.daily_limit,
        )
        for p in side_people(process, rnd, Party.CLIENT)
    ]
    candidate = process.candidate
    search = Rules(
        duration=timedelta(minutes=rnd.duration_minutes),
        min_notice=policy.min_notice,
        buffer=rules.buffer,
    )
    until = now + rules.horizon
    everyone = [*panel, Attendee(candidate.email, candidate.zone, policy.business_hours)]
    options = find_slots(everyone, until, rules=search, now=now, shown_in=candidate.zone)
    if len(options) < FEWEST:
        return None
    free = tuple(free_windows(panel, until, rules=search, now=now))
    # The client is not asked, so no timer waits for (or nudges) the client.
    rnd = answered(rnd, Party.CLIENT.value).model_copy(
        update={
            "status": RoundStatus.PROPOSED,
            "options": tuple(options),
            "options_to": Party.CANDIDATE.value,
            "availability": {**rnd.availability, Party.CLIENT.value: free},
            "from_calendars": True,
        }
    )
    values = {"options": numbered(candidate, options), "zone": candidate.zone}
    return asked(rnd, [Party.CANDIDATE.value], now), [
        Email((candidate,), "calendar_options", values)
    ]


def buffered(busy: Mapping[str, tuple[Window, ...]], buffer: timedelta) -> tuple[Window, ...]:
    """Everyone's busy time widened by the buffer: what a pick must not touch."""
    return tuple(
        Window(w.start - buffer, w.end + buffer) for windows in busy.values() for w in windows
    )


def still_free(
    process: Process,
    rnd: Round,
    picked: Window,
    busy: tuple[Window, ...],
    now: datetime,
    policy: Policy,
) -> Window | None:
    """`picked` if it touches none of `busy`, else the next free slot of the client side's
    free time from its start on that suits the candidate; None when there is none."""
    if not any(picked.start < b.end and b.start < picked.end for b in busy):
        return picked
    later = [
        Window(max(w.start, picked.start), w.end)
        for w in rnd.availability.get(Party.CLIENT.value, ())
        if w.end > picked.start
    ]
    candidate = process.candidate
    found = options_from(
        later,
        Availability((), candidate.zone, policy.business_hours),
        duration=picked.end - picked.start,
        now=now,
        min_notice=policy.min_notice,
        busy=busy,
        limit=1,
    )
    return found[0] if found else None


def start_from_calendars(
    process: Process,
    busy: Mapping[str, tuple[Window, ...]],
    unreadable: tuple[str, ...],
    now: datetime,
    policy: Policy,
    rules: CalendarRules,
    asked_both: list[Email],
    interviews: Mapping[str, tuple[Window, ...]] | None = None,
) -> Outcome_:
    """A new process's first step: the candidate's slots from the calendars in `busy`, or,
    when that cannot be, `asked_both` (the usual questions) and, if some calendars could
    not be read, one word to the recruiter."""
    rnd = process.current
    offered = offer_from_calendars(process, rnd, busy, now, policy, rules, interviews)
    if offered is None:
        if not unreadable:
            return process, asked_both
        told = tell_recruiter(
            process, policy, "calendar_unreadable", who=", ".join(unreadable), round=str(rnd.number)
        )
        return process, [*asked_both, told]
    rnd, emails = offered
    process = note(process.with_round(rnd), f"Interview #{rnd.number} slots from calendars", now)
    told = tell_recruiter(
        process,
        policy,
        "calendar_offered",
        round=str(rnd.number),
        candidate=process.candidate.name,
        count=str(len(rnd.options)),
        company=process.company,
    )
    return process, [*emails, told]


def booked_interviews(
    emails: tuple[str, ...], processes: Iterable[Process], process_id: str
) -> dict[str, tuple[Window, ...]]:
    """Each interviewer's interviews booked through us in other open processes: busy time,
    and what counts against their daily limit."""
    found: dict[str, list[Window]] = {e: [] for e in emails}
    for other in processes:
        if other.id == process_id or other.status.closed:
            continue
        for rnd in other.rounds:
            if rnd.slot is None or rnd.status not in (RoundStatus.SCHEDULED, RoundStatus.CONFIRMED):
                continue
            for person in rnd.interviewers or other.clients:
                if person.email in found:
                    found[person.email].append(rnd.slot)
    return {e: tuple(w) for e, w in found.items() if w}


def offer_again(
    process: Process, rnd: Round, busy: tuple[Window, ...], now: datetime, policy: Policy
) -> Outcome_ | None:
    """The candidate turned every slot down: new ones from the calendars' free time, none
    of the old; the recruiter hears of it from the second miss on. None when nothing
    else is free (then the candidate is asked for times)."""
    candidate = process.candidate
    fresh = options_from(
        rnd.availability.get(Party.CLIENT.value, ()),
        Availability((), candidate.zone, policy.business_hours),
        duration=timedelta(minutes=rnd.duration_minutes),
        now=now,
        min_notice=policy.min_notice,
        busy=(*busy, *rnd.options),
        limit=MOST,
    )
    if not fresh:
        return None
    misses = rnd.misses + 1
    rnd = rnd.model_copy(update={"options": tuple(fresh), "misses": misses})
    rnd = asked(rnd, [Party.CANDIDATE.value], now)
    process = note(process.with_round(rnd), f"Interview #{rnd.number}: new slots sent", now)
    values = {"options": numbered(candidate, fresh), "zone": candidate.zone}
    emails = [Email((candidate,), "calendar_options", values)]
    if misses >= MISSES:
        told = tell_recruiter(
            process,
            policy,
            "calendar_missed",
            candidate=candidate.name,
            misses=str(misses),
            company=process.company,
            round=str(rnd.number),
        )
        emails.append(told)
    return process, emails
