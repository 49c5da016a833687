"""The round life cycle as a pure function: decide(process, event, now) → (process, emails)."""

from __future__ import annotations

from datetime import datetime

from agent.core.actions import Reply, Tick
from agent.core.kickoff import Kickoff
from agent.core.kickoff import Person as KickoffPerson
from agent.core.lifecycle import SIDES, Outcome_, Policy, ask_availability, note, tell_recruiter
from agent.core.process import Party, Person, Process, Round
from agent.core.replies import on_reply, pass_on
from agent.core.timers import run_timers


def decide(process: Process, event: Reply | Tick, now: datetime, policy: Policy) -> Outcome_:
    """Apply one event to one process; nothing here reads a clock or does I/O."""
    if isinstance(event, Tick):
        return run_timers(process, now, policy)
    if process.status.closed and process.party_of(event.sender) != Party.RECRUITER:
        return process, pass_on(
            process, event, f"the process is closed ({process.status.value})", policy
        )
    process = process.model_copy(update={"last_contact": now})
    return on_reply(process, event, now, policy)


def start_process(
    kickoff: Kickoff,
    *,
    process_id: str,
    round_number: int,
    kickoff_ids: tuple[str, ...],
    default_zone: str,
    now: datetime,
    policy: Policy,
) -> Outcome_:
    """Open a process from a recruiter's kickoff and ask both sides for availability."""

    def person(someone: KickoffPerson) -> Person:
        return Person(name=someone.name, email=someone.email, zone=someone.zone or default_zone)

    clients = tuple(person(c) for c in kickoff.clients)
    rnd = Round(
        number=round_number,
        duration_minutes=kickoff.duration_minutes,
        interviewers=clients,
        place=kickoff.place,
    )
    process = Process(
        id=process_id,
        candidate=person(kickoff.candidate),
        clients=clients,
        recruiter=person(kickoff.recruiter),
        company=kickoff.company,
        role=kickoff.role,
        threads={mid: kickoff.recruiter.email for mid in kickoff_ids},
        created_at=now,
        last_contact=now,
    )
    rnd, asks = ask_availability(process, rnd, SIDES, now, "ask_availability")
    process = note(process.model_copy(update={"rounds": (rnd,)}), "process started", now)
    update = tell_recruiter(
        process,
        policy,
        "started",
        round=str(round_number),
        candidate=process.candidate.name,
        clients=", ".join(c.name for c in clients),
    )
    return process, [*asks, update]
