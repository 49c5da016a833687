"""Recruiter commands in plain words on a thread: pause, resume, cancel, status, schedule."""

from __future__ import annotations

import re
from datetime import datetime

from agent.actions import Email, Reply
from agent.lifecycle import SIDES, Outcome_, Policy, ask_availability, cancel_round, note
from agent.process import Person, Process, ProcessStatus, Round

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


def status_line(process: Process) -> str:
    rnd = process.current
    when = f", {rnd.slot.start.isoformat(timespec='minutes')}" if rnd.slot else ""
    return (
        f"{process.candidate.name} for {process.role} at {process.company}: "
        f"process {process.status.value}; Interview #{rnd.number} {rnd.status.value}{when}."
    )


def on_recruiter(process: Process, event: Reply, now: datetime, policy: Policy) -> Outcome_:
    """Act on the first command found in the top lines of a recruiter's message."""
    head = "\n".join(event.text.strip().splitlines()[:_FIRST_LINES])
    recruiter = (process.recruiter,)
    if _PAUSE.search(head):
        process = note(process.model_copy(update={"status": ProcessStatus.PAUSED}), "paused", now)
        return process, [
            Email(recruiter, "recruiter_update", {"update": "Paused. " + status_line(process)})
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
