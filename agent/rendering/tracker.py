"""Processes as tracker rows: one row per process, one cell per interview round."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from zoneinfo import ZoneInfo

from agent.core.process import Process, ProcessStatus, Round, RoundStatus
from agent.ports import Store
from store.export import TrackerRow


def load_processes(store: Store) -> list[Process]:
    """Every process in the tracker, as model objects."""
    return [Process.from_doc(doc) for doc in store.processes().values()]


_NEXT_STEP = {
    RoundStatus.REQUESTED: "waiting for availability",
    RoundStatus.PROPOSED: "waiting for a choice of option",
    RoundStatus.SCHEDULED: "waiting for RSVPs",
    RoundStatus.CONFIRMED: "interview booked",
    RoundStatus.COMPLETED: "waiting for feedback",
    RoundStatus.CANCELLED: "recruiter to decide",
}


def round_cell(process: Process, rnd: Round) -> str:
    """`2026-12-03 10:00 EST · confirmed`, in the candidate's zone, then the outcome, the
    format when known, and the interviewers when they are not the process's contacts."""
    parts = []
    if rnd.slot is not None:
        start = rnd.slot.start.astimezone(ZoneInfo(process.candidate.zone))
        parts.append(start.strftime("%Y-%m-%d %H:%M %Z"))
    parts.append(rnd.status.value)
    if rnd.outcome is not None:
        parts.append(rnd.outcome.value)
    if rnd.place.format is not None:
        parts.append(rnd.place.format.value)
    if rnd.interviewers and rnd.interviewers != process.clients:
        parts.append("with " + ", ".join(p.name for p in rnd.interviewers))
    return " · ".join(parts)


def round_details(process: Process, rnd: Round) -> dict[str, Any]:
    """Everything the tracker JSON says of one round beyond its cell: place and panel."""
    place = rnd.place
    return {
        "round": rnd.number,
        "status": rnd.status.value,
        "duration_minutes": rnd.duration_minutes,
        "format": place.format.value if place.format else None,
        "link": place.link,
        "location": place.location,
        "phone": place.phone,
        "caller": place.caller.value if place.caller else None,
        "notes": place.notes,
        "interviewers": [
            {"name": p.name, "email": p.email} for p in rnd.interviewers or process.clients
        ],
        "from_clients_file": list(rnd.defaults),  # "minutes", "place", "interviewers"
    }


def next_step(process: Process) -> str:
    if process.status.closed:
        return "closed"
    if process.status in (ProcessStatus.PAUSED, ProcessStatus.ON_HOLD):
        return process.status.value
    rnd = process.current
    if rnd.status == RoundStatus.COMPLETED and rnd.outcome is not None:
        return "recruiter to decide"
    return f"Interview #{rnd.number}: {_NEXT_STEP[rnd.status]}"


def tracker_rows(processes: Iterable[Process], *, zone: str) -> list[TrackerRow]:
    """Rows ordered by when each process started; "Last contact" and the spreadsheet's
    round dates in `zone` (ROUNDS_TIMEZONE), the round cells in the candidate's."""
    tz = ZoneInfo(zone)
    rows = []
    for process in sorted(processes, key=lambda p: p.created_at):
        by_number = {r.number: r for r in process.rounds}
        last = max(by_number, default=0)
        cells = tuple(
            round_cell(process, by_number[n]) if n in by_number else "" for n in range(1, last + 1)
        )
        slots = [by_number[n].slot if n in by_number else None for n in range(1, last + 1)]
        rows.append(
            TrackerRow(
                candidate=process.candidate.name,
                client=", ".join(c.name for c in process.clients),
                company=process.company,
                role=process.role,
                recruiter=process.recruiter.name or process.recruiter.email,
                status=process.status.value,
                next_step=next_step(process),
                last_contact=process.last_contact.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z"),
                rounds=cells,
                starts=tuple(
                    s.start.astimezone(tz).replace(tzinfo=None) if s else None for s in slots
                ),
                candidate_email=process.candidate.email,
                client_emails=", ".join(c.email for c in process.clients),
                process_id=process.id,
                details=tuple(round_details(process, r) for r in process.rounds),
                notes=tuple(n.model_dump(mode="json") for n in process.notes),
                preferences={
                    email: prefs.model_dump(mode="json", exclude_defaults=True)
                    for email, prefs in process.preferences.items()
                },
                client_file=process.client.model_dump(mode="json") if process.client else {},
                calendars=dict(process.calendars),
            )
        )
    return rows
