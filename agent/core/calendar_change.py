"""A trusted recruiter's `Calendar:` lines on a running process: they set, replace or drop
the calendars its unbooked rounds are searched in (`Process.calendars`)."""

from __future__ import annotations

from datetime import datetime

from agent.core.kickoff import DROP, calendar_labels, read_calendars
from agent.core.lifecycle import Outcome_, Policy, note, side_people, tell_recruiter
from agent.core.process import Party, Process, ProcessStatus, RoundStatus

SET = "calendars set by the recruiter"  # the history line of every calendar change


def on_calendar_command(
    process: Process, text: str, now: datetime, policy: Policy
) -> Outcome_ | None:
    """The recruiter's `Calendar:` lines in their new `text` (anywhere in it, as in a
    kickoff: a mail to the client that CCs the agent puts them where it likes) change the
    process's calendars, checked as a kickoff's; None if there are none. A bad line changes
    nothing and reaches the recruiter alone, with the problem and a line that would work."""
    values = calendar_labels(text)
    if not values:
        return None
    client_side = [p.email for r in process.rounds for p in side_people(process, r, Party.CLIENT)]
    found = read_calendars(values, client_side, dropping=True)
    if isinstance(found, str):
        example = client_side[0] if client_side else process.clients[0].email
        return process, [
            tell_recruiter(process, policy, "calendar_refused", problem=found, email=example)
        ]
    if not found:
        return None  # only bare links, such as a booking page in a signature
    calendars = dict(process.calendars)
    for who, spec in found:
        if spec:
            calendars[who] = spec
        else:
            calendars.pop(who, None)
    process = process.model_copy(update={"calendars": calendars})
    now_set = ", ".join(f"{who} {spec}" for who, spec in sorted(calendars.items()))
    process = note(process, f"{SET}: {now_set or DROP}", now)
    if not calendars:
        return process, [tell_recruiter(process, policy, "calendars_cleared")]
    listed = "\n".join(f"  {who}: {spec}" for who, spec in sorted(calendars.items()))
    return process, [tell_recruiter(process, policy, "calendars_set", calendars=listed)]


def search_again(before: Process, after: Process) -> bool:
    """Whether the recruiter's mail (`before` → `after`) set calendars on a round that
    calls for a slot search now: the process runs and its current round was asked for but
    nobody answered and nothing was proposed yet (the lines sent again do this for a round
    opened since). A round proposed from calendars reads the new ones before a pick is
    booked; booked rounds are left alone."""
    rnd = after.current
    return (
        any(f" {SET}: " in line for line in after.history[len(before.history) :])
        and after.status == ProcessStatus.ACTIVE
        and rnd.status == RoundStatus.REQUESTED
        and not rnd.availability
    )
