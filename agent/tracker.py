"""Processes as tracker rows: one row per process, one cell per interview round."""

from __future__ import annotations

from collections.abc import Iterable
from zoneinfo import ZoneInfo

from agent.ports import Store
from agent.process import Process, ProcessStatus, Round, RoundStatus
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
    """`2026-12-03 10:00 EST · confirmed`, in the candidate's zone, then the outcome."""
    parts = []
    if rnd.slot is not None:
        start = rnd.slot.start.astimezone(ZoneInfo(process.candidate.zone))
        parts.append(start.strftime("%Y-%m-%d %H:%M %Z"))
    parts.append(rnd.status.value)
    if rnd.outcome is not None:
        parts.append(rnd.outcome.value)
    return " · ".join(parts)


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
            )
        )
    return rows
