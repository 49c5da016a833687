"""Building blocks of the round life cycle: asking, booking, inviting, handing over."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Literal, Protocol

from agent.core.actions import Email, Invite, Reply
from agent.core.clients import ClientBook
from agent.core.preferences import Preferences, combined
from agent.core.process import Party, Person, Process, Round, RoundStatus
from agent.core.slots import Availability, common_slots, describe, options_from
from agent.errors import InputError
from parsers.extract import CONFIDENCE_FLOOR
from parsers.model import Extraction, Window

SIDES = (Party.CANDIDATE.value, Party.CLIENT.value)
_ID_PART = re.compile(r"[A-Za-z0-9._-]+")

Outcome_ = tuple[Process, list[Email]]


class Wording(Protocol):
    """The words the core must hold as text before they are mailed: an outcome draft the
    recruiter approves, an update that may be folded into a digest or a command's answer.
    They live in prompts/; the core never reads a template itself (the CLI passes
    agent.rendering.letters.WORDING)."""

    def letter(
        self, process: Process, template: str, extra: Mapping[str, str], person: Person, sign: str
    ) -> str:
        """`prompts/<template>.txt` filled for `person` of `process`, signed `sign`."""
        ...

    def sentence(self, name: str, values: Mapping[str, str]) -> str:
        """The short text `prompts/<name>.txt` (no greeting, no signature), filled."""
        ...


@dataclass(frozen=True, slots=True)
class Policy:
    """The scheduling rules an operator can tune."""

    domain: str
    wording: Wording
    business_hours: tuple[time, time] = (time(9), time(17))
    min_notice: timedelta = timedelta(hours=12)
    shared_invites: bool = False
    confidence_floor: float = CONFIDENCE_FLOOR
    # recruiter: outcome messages to the candidate are drafted for the recruiter to approve
    approval: Literal["recruiter", "auto"] = "recruiter"
    signature: str = "Interview Scheduling"  # how the agent signs its emails
    clients: ClientBook = field(default_factory=ClientBook)  # ROUNDS_CLIENTS, its last good version


def round_uid(process_id: str, round_no: int, domain: str) -> str:
    """The UID of one round, stable across reschedules so calendars update the same event."""
    if round_no < 1 or not _ID_PART.fullmatch(process_id) or not _ID_PART.fullmatch(domain):
        raise InputError(f"cannot make a UID from {process_id!r}, round {round_no}, {domain!r}")
    return f"{process_id}.round{round_no}@{domain}"


def attendees(process: Process, rnd: Round) -> tuple[Person, ...]:
    return (process.candidate, *(rnd.interviewers or process.clients))


def side_people(process: Process, rnd: Round, side: str) -> tuple[Person, ...]:
    if side == Party.CANDIDATE:
        return (process.candidate,)
    return rnd.interviewers or process.clients


def side_preferences(process: Process, rnd: Round, side: str) -> Preferences:
    """What the recruiter's notes say this side's people can and cannot do."""
    people = side_people(process, rnd, side)
    return combined(process.preferences[p.email] for p in people if p.email in process.preferences)


def side_hours(process: Process, side: str, policy: Policy) -> tuple[time, time]:
    """The working day a side's times are read in: the client's own, from the clients
    file, for the client side; the setting's otherwise."""
    if side == Party.CLIENT and process.client and process.client.business_hours:
        return process.client.business_hours
    return policy.business_hours


def describe_for(person: Person, slot: Window) -> str:
    return describe(slot.start, slot.end, person.zone)


def numbered(person: Person, options: Iterable[Window]) -> str:
    """Options as a numbered list in `person`'s zone, for them to answer with a number."""
    return "\n".join(f"  {n}. {describe_for(person, w)}" for n, w in enumerate(options, start=1))


def tell_recruiter(process: Process, policy: Policy, key: str, **values: str) -> Email:
    """The recruiter update `key` (prompts/update_<key>.txt) about `process`."""
    update = policy.wording.sentence(f"update_{key}", values)
    return Email((process.recruiter,), "recruiter_update", {"update": update})


def note(process: Process, line: str, now: datetime) -> Process:
    stamp = now.strftime("%Y-%m-%d %H:%M %Z")
    return process.model_copy(update={"history": (*process.history, f"{stamp} {line}")})


def asked(rnd: Round, sides: Iterable[str], now: datetime) -> Round:
    """Start the silence clock for these sides."""
    waiting = dict(rnd.waiting_since)
    nudges = dict(rnd.nudges)
    for side in sides:
        waiting[side] = now
        nudges[side] = 0
    return rnd.model_copy(update={"waiting_since": waiting, "nudges": nudges})


def answered(rnd: Round, side: str) -> Round:
    waiting = {k: v for k, v in rnd.waiting_since.items() if k != side}
    nudges = {k: v for k, v in rnd.nudges.items() if k != side}
    return rnd.model_copy(update={"waiting_since": waiting, "nudges": nudges})


def ask_availability(
    process: Process, rnd: Round, sides: Iterable[str], now: datetime, template: str
) -> tuple[Round, list[Email]]:
    sides = tuple(sides)
    emails = []
    for side in sides:
        other = (
            f"{process.company}'s interviewers"
            if side == Party.CANDIDATE
            else f"our candidate {process.candidate.name}"
        )
        for person in side_people(process, rnd, side):
            emails.append(Email((person,), template, {"other": other, "zone": person.zone}))
    return asked(rnd, sides, now), emails


def invite_emails(
    process: Process,
    rnd: Round,
    method: str,
    policy: Policy,
    template: str,
    notes: Mapping[str, str] | None = None,
    to: Iterable[Person] | None = None,
) -> list[Email]:
    """The round's invite, same UID and time for all: the candidate's alone, the client's
    interviewers on one shared invite (colleagues see each other), or everyone on one when
    invites are shared. The candidate's names the interviewers, never their addresses.

    `notes` adds a line for some people (by email), read back from what they said; `to`
    limits who gets mail (the invite still lists the whole group).
    """
    assert rnd.slot is not None
    people = attendees(process, rnd)
    summary = f"Interview #{rnd.number}: {process.candidate.name} / {process.company}"
    panel = side_people(process, rnd, Party.CLIENT)
    groups = [people] if policy.shared_invites else [(process.candidate,), panel]
    wanted = {p.email for p in (people if to is None else to)}
    emails = []
    for group in groups:
        invite = Invite(
            "REQUEST" if method == "REQUEST" else "CANCEL",
            rnd.uid,
            rnd.sequence,
            rnd.slot,
            group,
            summary,
            rnd.place,
            tuple(p.name for p in panel),
        )
        for person in group:
            if person.email not in wanted:
                continue
            values = {"when": describe_for(person, rnd.slot), "readback": ""}
            if notes and person.email in notes:
                values["readback"] = f"\n{notes[person.email]}\n"
            emails.append(Email((person,), template, values, invite))
            # A shared invite is one calendar object; each person still gets it in their zone.
    return emails


def book(
    process: Process,
    rnd: Round,
    slot: Window,
    accepted: Iterable[str],
    now: datetime,
    policy: Policy,
    picked: int | None = None,
    taken: Window | None = None,
) -> Outcome_:
    """Send the invite for `slot`; a re-booking keeps the UID and raises SEQUENCE.

    Each letter says what it was booked from, so a misreading shows at a glance: the
    option `picked` by the side that accepted it (or, when that time was `taken` in the
    meantime, that this is the next free one), or which of a side's own times it fits.
    """
    uid = rnd.uid or round_uid(process.id, rnd.number, policy.domain)
    sequence = rnd.sequence + 1 if rnd.uid else 0
    rnd = rnd.model_copy(
        update={
            "status": RoundStatus.SCHEDULED,
            "slot": slot,
            "uid": uid,
            "sequence": sequence,
            "options": (),
            "options_to": None,
            "accepted": tuple(accepted),
        }
    )
    rnd = asked(rnd, [s for s in SIDES if s not in rnd.accepted], now)
    process = note(process.with_round(rnd), f"Interview #{rnd.number} invite sent", now)
    emails = invite_emails(
        process, rnd, "REQUEST", policy, "invite", _readback(process, rnd, picked, policy, taken)
    )
    when = describe_for(process.recruiter, slot)
    emails.append(tell_recruiter(process, policy, "invite_sent", round=str(rnd.number), when=when))
    return process, emails


def _readback(
    process: Process, rnd: Round, picked: int | None, policy: Policy, taken: Window | None = None
) -> dict[str, str]:
    """Per attendee: the option they picked, or which of their stated times the slot fits."""
    assert rnd.slot is not None
    slot = rnd.slot
    notes = {}
    for side in SIDES:
        for person in side_people(process, rnd, side):
            if picked is not None and taken is not None and side in rnd.accepted:
                values = {"option": str(picked), "when": describe_for(person, taken)}
                notes[person.email] = policy.wording.sentence("readback_taken", values)
                continue
            if picked is not None and side in rnd.accepted:
                values = {"option": str(picked), "when": describe_for(person, slot)}
                notes[person.email] = policy.wording.sentence("readback_picked", values)
                continue
            fits = [w for w in rnd.availability.get(side, ()) if w.start <= slot.start < w.end]
            if fits:
                values = {"when": describe_for(person, fits[0])}
                notes[person.email] = policy.wording.sentence("readback_fits", values)
    return notes


def try_schedule(
    process: Process, rnd: Round, last: str, now: datetime, policy: Policy, busy: tuple[Window, ...]
) -> Outcome_:
    """With both sides' windows known, book the earliest common slot, else offer options."""
    if not all(rnd.availability.get(side) for side in SIDES):
        return process.with_round(rnd), []
    people = {side: side_people(process, rnd, side)[0] for side in SIDES}
    avail = {
        side: Availability(
            rnd.availability[side],
            people[side].zone,
            side_hours(process, side, policy),
            side_preferences(process, rnd, side),
        )
        for side in SIDES
    }
    duration = timedelta(minutes=rnd.duration_minutes)
    slots = common_slots(
        avail[SIDES[0]],
        avail[SIDES[1]],
        duration=duration,
        now=now,
        min_notice=policy.min_notice,
        busy=busy,
    )
    if slots:
        return book(process, rnd, slots[0], (), now, policy)
    first = SIDES[1] if last == SIDES[0] else SIDES[0]
    options = options_from(
        rnd.availability[first],
        avail[last],
        duration=duration,
        now=now,
        min_notice=policy.min_notice,
        busy=busy,
        offering=avail[first],
    )
    person = people[last]
    if not options:
        rnd = asked(rnd.model_copy(update={"status": RoundStatus.REQUESTED}), [last], now)
        process = process.with_round(rnd)
        return process, [
            Email(
                (person,),
                "ask_again",
                {"reason": "those times don't overlap with the other side's"},
            ),
            tell_recruiter(
                process, policy, "no_overlap", round=str(rnd.number), person=person.name
            ),
        ]
    listing = numbered(person, options)
    rnd = rnd.model_copy(
        update={"status": RoundStatus.PROPOSED, "options": tuple(options), "options_to": last}
    )
    rnd = asked(rnd, [last], now)
    process = note(process.with_round(rnd), f"Interview #{rnd.number} options sent", now)
    return process, [Email((person,), "options", {"options": listing})]


def hand_over(process: Process, event: Reply, why: str) -> Outcome_:
    """A person has to answer: forward to the recruiter, tell the sender so."""
    sender = process.person(event.sender)
    assert sender is not None
    values = {
        "sender": f"{sender.name} <{sender.email}>",
        "why": why,
        "reading": reading(event.extraction, process.recruiter.zone),
        "text": event.text,
    }
    forward = Email((process.recruiter,), "forward_to_recruiter", values)
    return process, [forward, Email((sender,), "holding_reply")]


def reading(found: Extraction, zone: str) -> str:
    """What the reply was understood to say, in words, for a person to check at a glance."""
    parts = [found.intent.value]
    if found.outcome is not None:
        parts.append(f"outcome {found.outcome.value}")
    if found.selected is not None:
        parts.append(f"option {found.selected}")
    if found.windows:
        parts.append("times " + "; ".join(describe(w.start, w.end, zone) for w in found.windows))
    return f"{', '.join(parts)} (confidence {found.confidence:.2f})"


HOLDING_GAP = timedelta(days=1)


def hold_once_a_day(process: Process, emails: list[Email], now: datetime) -> Outcome_:
    """Drop a holding reply that went to the same person for this round within a day.

    The one place that sends or withholds "I've passed it to your recruiter": a
    person writing three times in an hour hears it once.
    """
    rnd = process.current
    sent = dict(rnd.holding_replies)
    kept = []
    for email in emails:
        if email.template == "holding_reply":
            people = tuple(
                p for p in email.to if now - sent.get(p.email, now - HOLDING_GAP) >= HOLDING_GAP
            )
            if not people:
                continue
            sent |= {p.email: now for p in people}
            email = Email(people, email.template, email.values, email.invite)
        kept.append(email)
    return process.with_round(rnd.model_copy(update={"holding_replies": sent})), kept


def cancel_round(process: Process, rnd: Round, policy: Policy, template: str) -> Outcome_:
    """Call the round off, with METHOD:CANCEL when an invite went out."""
    rnd = rnd.model_copy(
        update={
            "status": RoundStatus.CANCELLED,
            "sequence": rnd.sequence + 1,
            "waiting_since": {},
            "nudges": {},
        }
    )
    process = process.with_round(rnd)
    if rnd.slot is None:
        return process, [Email((p,), "cancelled_unbooked") for p in attendees(process, rnd)]
    return process, invite_emails(process, rnd, "CANCEL", policy, template)
