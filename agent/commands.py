"""Recruiter commands in plain words on a thread: pause, resume, cancel, status, schedule."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from agent.actions import Email, Reply
from agent.lifecycle import (
    SIDES,
    Outcome_,
    Policy,
    ask_availability,
    cancel_round,
    describe_for,
    note,
)
from agent.process import Person, Process, ProcessStatus, Round, RoundStatus
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
_DESK_VERB = re.compile(r"^\s*(status|pause|resume|unpause|cancel|schedule)\b(.*)$", re.I)
_DESK_HELP = (
    "I read a reply to this email as a command: status (all your processes), or a command "
    "naming the candidate, such as pause Jane, resume Jane, cancel Jane, "
    "schedule round 2 for Jane. Nothing was changed."
)


@dataclass(frozen=True, slots=True)
class DeskAnswer:
    """What a recruiter's reply to a summary or notice does."""

    answer: str  # the reply to the recruiter, on the thread they wrote on
    process: Process | None = None  # the process a command changed, with its new state
    emails: tuple[Email, ...] = ()  # mail to that process's other parties


def status_line(process: Process) -> str:
    """Where the process stands, times in the recruiter's zone; the caller names the process."""
    rnd = process.current
    when = f", {describe_for(process.recruiter, rnd.slot)}" if rnd.slot else ""
    return f"Process {process.status.value}; Interview #{rnd.number} {rnd.status.value}{when}."


def _paused_line(process: Process) -> str:
    """What a pause does to the booked invites: they stand until the recruiter cancels."""
    booked = [r for r in process.rounds if r.slot and r.status in _BOOKED]
    if not booked:
        return "Nothing is booked. I send nothing on this process until you write resume."
    rounds = ", ".join(f"Interview #{r.number}" for r in booked)
    return (
        f"The invite for {rounds} still stands in everyone's calendar; "
        "write cancel to call it off. I send nothing else until you write resume."
    )


def on_recruiter(process: Process, event: Reply, now: datetime, policy: Policy) -> Outcome_:
    """Act on the first command found in the top lines of a recruiter's message."""
    head = "\n".join(event.text.strip().splitlines()[:_FIRST_LINES])
    recruiter = (process.recruiter,)
    if _PAUSE.search(head):
        process = note(process.model_copy(update={"status": ProcessStatus.PAUSED}), "paused", now)
        return process, [
            Email(
                recruiter,
                "recruiter_update",
                {"update": f"Paused. {status_line(process)} {_paused_line(process)}"},
            )
        ]
    if _RESUME.search(head):
        process = process.model_copy(update={"status": ProcessStatus.ACTIVE})
        process = note(process, "resumed", now)
        return process, [
            Email(recruiter, "recruiter_update", {"update": "Resumed. " + status_line(process)})
        ]
    if _STATUS.search(head):
        return process, [Email(recruiter, "recruiter_update", {"update": status_line(process)})]
    # Only an answer to the approval request itself can release or replace the draft: a
    # note the recruiter writes on another email of the thread must never reach the candidate.
    answers_draft = process.draft is not None and process.draft_request in event.refs
    approved = _SEND.search(head) is not None
    if answers_draft and (approved or len(event.text) >= _EDIT_MIN_CHARS):
        return _send_draft(process, event, now, approved=approved)
    schedule = _SCHEDULE.search(head)
    if schedule:
        return _schedule(process, schedule, now)
    cancel = _CANCEL.search(head)
    if cancel:
        number = int(cancel.group(1) or process.current.number)
        target = next((r for r in process.rounds if r.number == number), None)
        if target is None:
            update = f"There is no Interview #{number} on this process."
            return process, [Email(recruiter, "recruiter_update", {"update": update})]
        process, emails = cancel_round(process, target, policy, "cancelled")
        process = note(process, f"Interview #{number} cancelled by the recruiter", now)
        update = f"Interview #{number} is cancelled. " + status_line(process)
        return process, [*emails, Email(recruiter, "recruiter_update", {"update": update})]
    return process, []


def _send_draft(process: Process, event: Reply, now: datetime, *, approved: bool) -> Outcome_:
    """Send the approved draft, or the recruiter's own text in its place."""
    message = process.draft if approved else event.text.strip()
    assert message is not None
    process = process.model_copy(update={"draft": None, "draft_request": None})
    process = note(process, "outcome message sent", now)
    update = "Sent to the candidate." if approved else "Your text was sent to the candidate."
    return process, [
        Email((process.candidate,), "outcome_message", {"message": message}),
        Email((process.recruiter,), "recruiter_update", {"update": update}),
    ]


def _schedule(process: Process, found: re.Match[str], now: datetime) -> Outcome_:
    number = int(found.group(1))
    last = process.current
    interviewers = last.interviewers
    if found.group("who"):
        zone = (last.interviewers or process.clients)[0].zone
        interviewers = tuple(
            Person(name=name.strip(" ,") or email, email=email.lower(), zone=zone)
            for name, email in _PERSON.findall(found.group("who"))
        )
    minutes = int(found.group("minutes") or last.duration_minutes)
    rnd = Round(number=number, duration_minutes=minutes, interviewers=interviewers)
    rnd, asks = ask_availability(process, rnd, SIDES, now, "ask_availability")
    rounds = (*tuple(r for r in process.rounds if r.number != number), rnd)
    process = process.model_copy(update={"rounds": rounds, "status": ProcessStatus.ACTIVE})
    process = note(process, f"Interview #{number} requested by the recruiter", now)
    update = f"I asked both sides for availability for Interview #{number}."
    return process, [*asks, Email((process.recruiter,), "recruiter_update", {"update": update})]


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
        return DeskAnswer(_DESK_HELP)
    verb, rest = found.group(1).lower(), found.group(2)
    named = _named(theirs, rest)
    if not rest.strip(" .!") or (verb == "status" and not named):
        return DeskAnswer(_overview(theirs))
    if not named:
        return DeskAnswer(
            f"None of your processes has a candidate named {rest.strip()!r}.\n\n"
            + _overview(theirs)
        )
    if len(named) > 1:
        return DeskAnswer(
            "More than one of your processes matches; write the candidate's full name, "
            "or reply on the process's own thread:\n\n" + _overview(named)
        )
    process = named[0]
    command = re.sub(_name_pattern(process), " ", lines[0], count=1, flags=re.I)
    # No draft is ever answered from here: the event names none of our approval requests.
    event = Reply(sender, Extraction(Intent.OTHER), message_id="", text=command)
    updated, emails = on_recruiter(process, event, now, policy)
    said = [e.values["update"] for e in emails if e.template == "recruiter_update"]
    others = tuple(e for e in emails if e.template != "recruiter_update")
    answer = f"{_title(process)}: {' '.join(said) or status_line(process)}"
    return DeskAnswer(answer, updated if updated != process or others else None, others)


def _title(process: Process) -> str:
    return f"{process.candidate.name}, {process.role} at {process.company}"


def _overview(processes: Sequence[Process]) -> str:
    if not processes:
        return "You have no processes."
    ordered = sorted(processes, key=lambda p: (p.status.closed, p.candidate.name.lower()))
    return "\n".join(f"- {_title(p)}: {status_line(p)}" for p in ordered)


def _name_pattern(process: Process) -> str:
    """The candidate's full name, else their first name, as whole words."""
    words = process.candidate.name.split()
    full = r"\s+".join(re.escape(w) for w in words)
    return rf"\b(?:{full}|{re.escape(words[0])})\b" if words else r"(?!)"


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
    found = full or [p for p in processes if re.search(_name_pattern(p), text, re.I)]
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
        return process, [], "noted"
    if action in ("send", "edit"):
        if process.draft is None:
            return process, [], "There is no draft waiting on this process."
        if action == "edit" and len(text.strip()) < _EDIT_MIN_CHARS:
            return process, [], f"A replacement needs at least {_EDIT_MIN_CHARS} characters."
        # The desk's own form is the answer to the approval request: no command words in
        # the recruiter's replacement text are read.
        event = Reply(by, Extraction(Intent.OTHER), message_id="", text=text)
        updated, emails = _send_draft(process, event, now, approved=action == "send")
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
    said = " ".join(e.values["update"] for e in emails if e.template == "recruiter_update")
    if updated == process:
        return process, [], said or "Nothing changed."
    updated = note(updated, f"{action} on the desk by {by}", now)
    return updated, [e for e in emails if e.template != "recruiter_update"], said
