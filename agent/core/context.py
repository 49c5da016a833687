"""What the extractor is told about a thread: the sender's role, zone and the round's stage."""

from __future__ import annotations

from agent.core.process import Party, Process, RoundStatus
from parsers.model import Context, Role, Stage

_STAGE = {
    RoundStatus.REQUESTED: Stage.REQUESTED,
    RoundStatus.PROPOSED: Stage.PROPOSED,
    RoundStatus.SCHEDULED: Stage.SCHEDULED,
    RoundStatus.CONFIRMED: Stage.SCHEDULED,
    RoundStatus.COMPLETED: Stage.COMPLETED,
    RoundStatus.CANCELLED: Stage.REQUESTED,
}


def context_for(process: Process, sender: str) -> Context:
    """The extraction context of `sender`'s reply on the process's current round."""
    rnd = process.current
    party = process.party_of(sender) or Party.RECRUITER
    person = process.person(sender)
    stage = _STAGE[rnd.status]
    options = rnd.options if rnd.options_to == party.value else ()
    if stage == Stage.PROPOSED and not options:
        # The options went to the other side; this sender is still being asked for times.
        stage = Stage.REQUESTED
    return Context(
        role=Role(party.value),
        timezone=person.zone if person else process.recruiter.zone,
        duration_minutes=rnd.duration_minutes,
        round=rnd.number,
        stage=stage,
        proposed=options,
        scheduled=rnd.slot if stage == Stage.SCHEDULED else None,
    )
