"""Recruiter commands in plain words on a thread: pause, resume, cancel, status, schedule,
place and calendar lines, and notes (agent/core/notes.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from agent.core.actions import Email, Reply
from agent.core.calendar_change import on_calendar_command
from agent.core.client_defaults import next_opening
from agent.core.lifecycle import (
    SIDES,
    Outcome_,
    Policy,
    ask_availability,
    cancel_round,
    describe_for,
    note,
    side_people,
    tell_recruiter,
)
from agent.core.notes import name_pattern, notes_summary, on_note
from agent.core.place import Place
from agent.core.place_change import on_place_command
from agent.core.process import Party, Person, Process, ProcessStatus, RoundStatus
from parsers.model import Extraction, Intent

_FIRST_LINES = 3  # commands sit at the top; quoted history below must not trigger one
_PAUSE = re.compile(r"^\s*pause\b", re.I | re.M)
_RESUME = re.compile(r"^\s*(resume|unpause)\b", re.I | re.M)
_STATUS = re.compile(r"^\s*status\b", re.I | re.M)
_SEND = re.compile(r"^\s*(send|send it|approved?|ok,? send)\s*[.!]?\s*$", re.I | re.M)
_EDIT_MIN_CHARS = 40  # shorter replies ("thanks!") are not a replacement outcome message
_CANCEL = re.compile(r"^\s*cancel(?:\s+(?:round|interview)\s*#?\s*(\d+))?\b", re.I | re.M)
_SCHEDULE = re.compile(
    r"^\s*schedule\s+(?:round|interview)\s*#?\s*(\d+)"
    r"(?:\s+with\s+(?P<who>[^,\n]*?<[^>\s]+@[^>\s]+>(?:\s*(?:,|and)\s*[^,\n]*?<[^>\s]+@[^>\s]+>)*))?"
    r"(?:\s*,?\s*(?P<minutes>\d{2,3})\s*min)?",
    re.I | re.M,
)
_PERSON = re.compile(r"([^,<\n]*?)\s*<([^>\s]+@[^>\s]+)>")
_BOOKED = (RoundStatus.SCHEDULED, RoundStatus.CONFIRMED)
_DESK_VERB = re.compile(r"^\s*(status|pause|resume|unpause|cancel|schedule|note)\b(.*)$", re.I)


@dataclass(frozen=True, slots=True)
class DeskAnswer:
    """What a recruiter's reply to a summary or notice does."""

    answer: str  # the reply to the recruiter, on the thread they wrote on
    process: Process | None = None  # the process a command changed, with its new state
    emails: tuple[Email, ...] = ()  # mail to that process's other parties


def status_line(process: Process, policy: Policy) -> str:
    """Where the process stands, times in the recruiter's zone, and who interviews (with
    addresses: only the recruiter reads this); the caller names the process."""
    rnd = process.current
    when = f", {describe_for(process.recruiter, rnd.slot)}" if rnd.slot else ""
    panel = ", ".join(p.addressed for p in side_people(process, rnd, Party.CLIENT))
    values = {
        "process": process.status.value,
        "round": str(rnd.number),
        "state": rnd.status.value,
        "when": when,
        "panel": f"; interviewers: {panel}" if panel else "",
    }
    return policy.wording.sentence("update_status", values)


def _paused(process: Process, policy: Policy) -> Email:
    """What a pause does to the booked invites: they stand until the recruiter cancels."""
    status = status_line(process, policy)
    booked = [r for r in process.rounds if r.slot and r.status in _BOOKED]
    if not booked:
        return tell_recruiter(process, policy, "paused", status=status)
    rounds = ", ".join(f"Interview #{r.number}" for r in booked)
    return tell_recruiter(process, policy, "paused_booked", status=status, rounds=rounds)


def on_recruiter(process: Process, event: Reply, now: datetime, policy: Policy) -> Outcome_:
    """Act on the first command found in the top lines of a recruiter's message."""
    head = "\n".join(event.text.strip().splitlines()[:_FIRST_LINES])
    recruiter = (process.recruiter,)
    if _PAUSE.search(head):
        process = note(process.model_copy(update={"status": ProcessStatus.PAUSED}), "paused", now)
        return process, [_paused(process, policy)]
    if _RESUME.search(head):
        process = process.model_copy(update={"status": ProcessStatus.ACTIVE})
        process = note(process, "resumed", now)
        status = status_line(process, policy)
        return process, [tell_recruiter(process, policy, "resumed", status=status)]
    if _STATUS.search(head):
        update = "\n".join(filter(None, (status_line(process, policy), notes_summary(process))))
        return process, [Email(recruiter, "recruiter_update", {"update": update})]
    # Only an answer to the approval request itself can release or replace the draft: a
    # note the recruiter writes on another email of the thread must never reach the candidate.
    answers_draft = process.draft is not None and process.draft_request in event.refs
    approved = _SEND.search(head) is not None
    if answers_draft and (approved or len(event.text) >= _EDIT_MIN_CHARS):
        return _send_draft(process, event, now, policy, approved=approved)
    # Calendar and place lines may come in one message: both apply, each told.
    calendared = on_calendar_command(process, event.text, now, policy)
    calendars_told: list[Email] = []
    if calendared is not None:
        if calendared[0] is process:
            return calendared  # a bad line: nothing changes, the recruiter hears why
        process, calendars_told = calendared
    placed = on_place_command(process, event.text, now, policy)
    if placed is not None:
        return placed[0], [*calendars_told, *placed[1]]
    if calendared is not None:
        return process, calendars_told
    schedule = _SCHEDULE.search(head)
    if schedule:
        return _schedule(process, schedule, now, policy)
    cancel = _CANCEL.search(head)
    if cancel:
        number = int(cancel.group(1) or process.current.number)
        target = next((r for r in process.rounds if r.number == number), None)
        if target is None:
            return process, [tell_recruiter(process, policy, "no_round", round=str(number))]
        process, emails = cancel_round(process, target, policy, "cancelled")
        process = note(process, f"Interview #{number} cancelled by the recruiter", now)
        status = status_line(process, policy)
        told = tell_recruiter(process, policy, "cancelled", round=str(number), status=status)
        return process, [*emails, told]
    return on_note(process, event, now, policy)


def _send_draft(
    process: Process, event: Reply, now: datetime, policy: Policy, *, approved: bool
) -> Outcome_:
    """Send the approved draft, or the recruiter's own text in its place."""
    message = process.draft if approved else event.text.strip()
    assert message is not None
    process = process.model_copy(update={"draft": None, "draft_request": None})
    process = note(process, "outcome message sent", now)
    return process, [
        Email((process.candidate,), "outcome_message", {"message": message}),
        tell_recruiter(process, policy, "draft_sent" if approved else "own_text_sent"),
    ]


def _schedule(process: Process, found: re.Match[str], now: datetime, policy: Policy) -> Outcome_:
    number = int(found.group(1))
    last = process.current
    interviewers: tuple[Person, ...] = ()
    if found.group("who"):
        zone = (last.interviewers or process.clients)[0].zone
        interviewers = tuple(
            Person(name=name.strip(" ,") or email, email=email.lower(), zone=zone)
            for name, email in _PERSON.findall(found.group("who"))
        )
    said = found.group("minutes")
    nxt = next_opening(
        process,
        policy.clients,
        number,
        said=Place(),
        minutes=int(said) if said else None,
        named=interviewers if found.group("who") else (),
    )
    rnd, asks = ask_availability(process, nxt.round(number), SIDES, now, "ask_availability")
    rounds = (*tuple(r for r in process.rounds if r.number != number), rnd)
    process = process.model_copy(update={"rounds": rounds, "status": ProcessStatus.ACTIVE})
    process = note(process, f"Interview #{number} requested by the recruiter", now)
    return process, [*asks, tell_recruiter(process, policy, "round_requested", round=str(number))]


def on_desk(
    processes: Sequence[Process], sender: str, text: str, now: datetime, policy: Policy
) -> DeskAnswer:
    """Recruiter `sender`'s reply (new `text`) to a summary or notice, where no process
    thread says which one: `status` covers all their processes; other commands name the
    candidate ("pause Jane")."""
    theirs = [p for p in processes if p.recruiter.email == sender]
    lines = [line for line in text.strip().splitlines()[:_FIRST_LINES] if line.strip()]
    found = _DESK_VERB.match(lines[0]) if lines else None
    if found is None:
        return DeskAnswer(policy.wording.sentence("desk_help", {}))
    verb, rest = found.group(1).lower(), found.group(2)
    named = _named(theirs, rest)
    if not rest.strip(" .!") or (verb == "status" and not named):
        return DeskAnswer(_overview(theirs, policy))
    if not named:
        values = {"name": repr(rest.strip()), "overview": _overview(theirs, policy)}
        return DeskAnswer(policy.wording.sentence("desk_unknown", values))
    if len(named) > 1:
        values = {"overview": _overview(named, policy)}
        return DeskAnswer(policy.wording.sentence("desk_ambiguous", values))
    process = named[0]
    # A note keeps its text whole: the name says whom it is about.
    command = (
        text.strip()
        if verb == "note"
        else re.sub(name_pattern(process.candidate), " ", lines[0], count=1, flags=re.I)
    )
    # No draft is ever answered from here: the event names none of our approval requests.
    event = Reply(sender, Extraction(Intent.OTHER), message_id="", text=command)
    updated, emails = on_recruiter(process, event, now, policy)
    said, others = _told_apart(emails)
    answer = f"{_title(process)}: {said or status_line(process, policy)}"
    return DeskAnswer(answer, updated if updated != process or others else None, tuple(others))


def _told_apart(emails: list[Email]) -> tuple[str, list[Email]]:
    """What a command's recruiter updates say, as one text, and the mail for everyone else."""
    said = " ".join(e.values["update"] for e in emails if e.template == "recruiter_update")
    return said, [e for e in emails if e.template != "recruiter_update"]


def _title(process: Process) -> str:
    return f"{process.candidate.name}, {process.role} at {process.company}"


def _overview(processes: Sequence[Process], policy: Policy) -> str:
    if not processes:
        return policy.wording.sentence("desk_empty", {})
    ordered = sorted(processes, key=lambda p: (p.status.closed, p.candidate.name.lower()))
    return "\n".join(f"- {_title(p)}: {status_line(p, policy)}" for p in ordered)


def _named(processes: Sequence[Process], text: str) -> list[Process]:
    """The processes whose candidate `text` names; a full name beats a shared first name,
    and an open process beats a closed one."""
    full = [
        p
        for p in processes
        if p.candidate.name.strip()
        and re.search(
            rf"\b{re.escape(' '.join(p.candidate.name.split()))}\b", " ".join(text.split()), re.I
        )
    ]
    found = full or [p for p in processes if re.search(name_pattern(p.candidate), text, re.I)]
    open_ = [p for p in found if not p.status.closed]
    return open_ or found


# The desk's buttons, as the words a recruiter would write: one code path for both; and a
# note, which changes nothing and goes on the process's story.
DESK_ACTIONS = frozenset({"pause", "resume", "cancel", "schedule", "send", "edit", "note"})


def on_desk_action(
    process: Process,
    action: str,
    *,
    number: int | None,
    text: str,
    by: str,
    now: datetime,
    policy: Policy,
) -> tuple[Process, list[Email], str]:
    """Apply a desk action (`DESK_ACTIONS`) done by `by` as the same email command would:
    the updated process (its history names `by`), the mail to the other parties, and what
    the recruiter would have been told."""
    if action == "note":
        # The same reading as a note by email: its constraints become standing preferences.
        event = Reply(by, Extraction(Intent.OTHER), message_id="", text=f"Note: {text}")
        updated, emails = on_note(process, event, now, policy)
        said, others = _told_apart(emails)
        return updated, others, said or "noted"
    if action in ("send", "edit"):
        if process.draft is None:
            return process, [], "There is no draft waiting on this process."
        if action == "edit" and len(text.strip()) < _EDIT_MIN_CHARS:
            return process, [], f"A replacement needs at least {_EDIT_MIN_CHARS} characters."
        # The desk's own form is the answer to the approval request: no command words in
        # the recruiter's replacement text are read.
        event = Reply(by, Extraction(Intent.OTHER), message_id="", text=text)
        updated, emails = _send_draft(process, event, now, policy, approved=action == "send")
    else:
        if action == "schedule" and not number:
            return process, [], "Say which interview to schedule."
        command = {
            "pause": "pause",
            "resume": "resume",
            "cancel": f"cancel round {number}" if number else "cancel",
            "schedule": f"schedule round {number}",
        }[action]
        event = Reply(by, Extraction(Intent.OTHER), message_id="", text=command)
        updated, emails = on_recruiter(process, event, now, policy)
    said, others = _told_apart(emails)
    if updated == process:
        return process, [], said or "Nothing changed."
    updated = note(updated, f"{action} on the desk by {by}", now)
    return updated, others, said
