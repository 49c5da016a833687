"""The round life cycle as a pure function: decide(process, event, now) → (process, emails)."""

from __future__ import annotations

from datetime import datetime

from agent.core.actions import Reply, Tick
from agent.core.client_defaults import kickoff_company, opening, terms
from agent.core.kickoff import DEFAULT_MINUTES, Kickoff
from agent.core.kickoff import Person as KickoffPerson
from agent.core.lifecycle import SIDES, Outcome_, Policy, ask_availability, note, tell_recruiter
from agent.core.place import Place
from agent.core.process import Party, Person, Process
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
    """Open a process from a recruiter's kickoff and ask both sides for availability.

    The client's entry in the clients file (`policy.clients`, by the contacts' domain)
    fills what the kickoff left unsaid: the company, the client side's zone and hours,
    the round's length, place and usual interviewers, the buffer.
    """
    found = policy.clients.find(c.email for c in kickoff.clients)
    domain, client = found if found is not None else ("", None)
    client_zone = (client.timezone if client else None) or default_zone

    def person(someone: KickoffPerson, zone: str = default_zone) -> Person:
        return Person(name=someone.name, email=someone.email, zone=someone.zone or zone)

    clients = tuple(person(c, client_zone) for c in kickoff.clients)
    first = opening(
        client,
        round_number,
        earlier=Place(),
        said=kickoff.place,
        minutes=kickoff.duration_minutes if kickoff.duration_stated else None,
        usual_minutes=DEFAULT_MINUTES,
        named=clients,
        join=True,
        zone=client_zone,
    )
    rnd = first.round(round_number)
    process = Process(
        id=process_id,
        candidate=person(kickoff.candidate),
        clients=clients,
        recruiter=person(kickoff.recruiter),
        company=kickoff_company(kickoff, policy.clients),
        role=kickoff.role,
        threads={mid: kickoff.recruiter.email for mid in kickoff_ids},
        created_at=now,
        last_contact=now,
        client=terms(domain, client) if client else None,
        calendars=dict(kickoff.calendars),
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
