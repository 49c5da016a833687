"""The recruiter's phone notes: kept on the process, read for standing preferences or for
times relayed on a party's behalf."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from agent.core.actions import Reply
from agent.core.lifecycle import (
    Outcome_,
    Policy,
    answered,
    describe_for,
    note,
    tell_recruiter,
    try_schedule,
)
from agent.core.note_reading import LABEL, read_note
from agent.core.preferences import NOTE_CAP, PhoneNote, Preferences
from agent.core.process import Person, Process, ProcessStatus, RoundStatus
from parsers.model import Window
from parsers.time.resolve import resolve

# A message that opens by greeting someone is written to them, not a note about them.
_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear|hola|estimad[oa]|querid[oa]|bonjour|salut|cher|chère|hallo|"
    r"liebe[rs]?|guten\s+tag|olá|ola|oi|prezad[oa]|car[oa])(?!\w)",
    re.I,
)
_SHOWN = 3  # notes quoted in a status answer, newest last
_QUOTE = 160  # characters of each


def name_pattern(person: Person) -> str:
    """The person's full name, else their first name, as whole words."""
    words = person.name.split()
    full = r"\s+".join(re.escape(w) for w in words)
    return rf"\b(?:{full}|{re.escape(words[0])})\b" if words else r"(?!)"


def on_note(process: Process, event: Reply, now: datetime, policy: Policy) -> Outcome_:
    """Keep a recruiter's note, labelled ("Note: …") or naming a party with times or
    constraints; its constraints become that person's standing preferences, and times it
    relays count as that side's availability. Anything else is no note: nothing changes."""
    text = event.text.strip()
    label = LABEL.match(text)
    # Only the kept part is read: the note's readers stay cheap on a pasted transcript.
    body = text[label.end() : NOTE_CAP] if label else text[:NOTE_CAP]
    who = _about(process, body)
    if label is None and (who is None or process.status.closed or _GREETING.match(text)):
        return process, []
    prefs = read_note(body, now=now, zone=(who or process.recruiter).zone)
    relayed = _relayed(process, who, body, prefs, now) if who else []
    if label is None and prefs.empty and not relayed:
        return process, []
    kept = PhoneNote(by=event.sender, at=now, about=who.email if who else "", text=text[:NOTE_CAP])
    process = process.model_copy(update={"notes": (*process.notes, kept)})
    process = note(process, f"note from the recruiter{f' about {who.name}' if who else ''}", now)
    if who is None:
        return process, [tell_recruiter(process, policy, "note_nobody")]
    said = []
    if not prefs.empty:
        process = _prefer(process, who, prefs)
        who = process.person(who.email) or who
        understood = prefs.describe(who.zone, process.recruiter.zone, now.date())
        said.append(
            f"I kept your note about {who.name}. From now on, in every round: "
            + "; ".join(understood)
            + "."
        )
    if relayed:
        return _relay(process, who, relayed, said, event, now, policy)
    if not said:
        said.append(
            f"I kept your note about {who.name} as it is; I found no times or constraints in it."
        )
    return process, [tell_recruiter(process, policy, "note", text=" ".join(said))]


def notes_summary(process: Process) -> str:
    """The standing preferences and the latest notes, for the status answer."""
    lines = []
    for email, prefs in process.preferences.items():
        person = process.person(email)
        if person is not None and not prefs.empty:
            understood = prefs.describe(
                person.zone, process.recruiter.zone, process.last_contact.date()
            )
            lines.append(f"{person.name}: {'; '.join(understood)}.")
    for kept in process.notes[-_SHOWN:]:
        quote = " ".join(kept.text.split())
        quote = quote if len(quote) <= _QUOTE else quote[: _QUOTE - 1] + "…"
        lines.append(f"Note of {kept.at:%Y-%m-%d}: {quote}")
    return "\n".join(lines)


def _about(process: Process, text: str) -> Person | None:
    """The party the note names first: the candidate or someone on the client side."""
    people = (process.candidate, *process.current.interviewers, *process.clients)
    found = [
        (m.start(), person)
        for person in people
        if (m := re.search(name_pattern(person), text, re.I)) is not None
    ]
    return min(found, key=lambda f: f[0])[1] if found else None


def _relayed(
    process: Process, who: Person, text: str, prefs: Preferences, now: datetime
) -> list[Window]:
    """Times the note offers on `who`'s behalf (read in their zone unless it names one),
    less any day the same note rules out."""
    windows = resolve(
        text, now=now, zone=who.zone, duration_minutes=process.current.duration_minutes
    )
    zone = prefs.zone or who.zone
    kept = Preferences(weekdays_out=prefs.weekdays_out, dates_out=prefs.dates_out)
    return [w for w in windows if kept.allows(w, ZoneInfo(zone))]


def _prefer(process: Process, who: Person, prefs: Preferences) -> Process:
    """Add `prefs` to who's standing preferences; a zone it names becomes theirs."""
    old = process.preferences.get(who.email, Preferences())
    process = process.model_copy(
        update={"preferences": {**process.preferences, who.email: old.merged(prefs)}}
    )
    if prefs.zone and prefs.zone != who.zone:
        process = _moved(process, who.email, prefs.zone)
    return process


def _moved(process: Process, email: str, zone: str) -> Process:
    """The person with `email` now reads and gets times in `zone`, in every round."""

    def fix(people: tuple[Person, ...]) -> tuple[Person, ...]:
        return tuple(p.model_copy(update={"zone": zone}) if p.email == email else p for p in people)

    rounds = tuple(
        r.model_copy(update={"interviewers": fix(r.interviewers)}) for r in process.rounds
    )
    return process.model_copy(
        update={
            "candidate": fix((process.candidate,))[0],
            "clients": fix(process.clients),
            "rounds": rounds,
        }
    )


def _relay(
    process: Process,
    who: Person,
    windows: list[Window],
    said: list[str],
    event: Reply,
    now: datetime,
    policy: Policy,
) -> Outcome_:
    """The relayed times as the side's own reply: booked or offered like theirs."""
    party = process.party_of(who.email)
    assert party is not None
    side = party.value
    times = "; ".join(describe_for(process.recruiter, w) for w in windows)
    rnd = process.current
    why = None
    if process.status != ProcessStatus.ACTIVE:
        why = f"the process is {process.status.value}"
    elif rnd.status not in (RoundStatus.REQUESTED, RoundStatus.PROPOSED):
        why = f"Interview #{rnd.number} is {rnd.status.value}"
    if why is not None:
        said.append(
            f"I kept the times you relayed for {who.name} ({times}) in the note only: {why}."
        )
        return process, [tell_recruiter(process, policy, "note", text=" ".join(said))]
    said.append(f"I took these as {who.name}'s times for Interview #{rnd.number}: {times}.")
    rnd = answered(rnd, side)
    rnd = rnd.model_copy(update={"availability": {**rnd.availability, side: tuple(windows)}})
    process = note(process, f"Interview #{rnd.number}: {side} availability relayed", now)
    process, emails = try_schedule(process, rnd, side, now, policy, event.busy)
    return process, [tell_recruiter(process, policy, "note", text=" ".join(said)), *emails]
