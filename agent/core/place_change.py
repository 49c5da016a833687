"""Changing a round's place: the recruiter's `Format:`/`Link:`/… lines, the client's
feedback for the next round, and links that arrive from anyone else (refused)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from agent.core.actions import Email, Reply
from agent.core.lifecycle import Outcome_, Policy, invite_emails, note, tell_recruiter
from agent.core.place import Place, place_lines
from agent.core.process import Party, Person, Process, Round, RoundStatus
from agent.core.roundinfo import meeting_link, place_labels, read_place

COMMAND_LINES = 8  # a place command is a short block of labelled lines at the top
BOOKED = (RoundStatus.SCHEDULED, RoundStatus.CONFIRMED)


def send_update(
    process: Process,
    rnd: Round,
    policy: Policy,
    *,
    to: Iterable[Person] | None = None,
    fresh: Iterable[Person] = (),
) -> tuple[Process, list[Email]]:
    """A booked round's changed invite: same UID, SEQUENCE + 1, an `updated` letter to
    `to` (everyone by default) and a first `invite` to the `fresh` attendees."""
    rnd = rnd.model_copy(update={"sequence": rnd.sequence + 1})
    process = process.with_round(rnd)
    fresh = tuple(fresh)
    emails = invite_emails(process, rnd, "REQUEST", policy, "updated", to=to)
    emails = [e for e in emails if e.to[0] not in fresh]
    if fresh:
        emails += invite_emails(process, rnd, "REQUEST", policy, "invite", to=fresh)
    return process, emails


def on_place_command(process: Process, text: str, now: datetime, policy: Policy) -> Outcome_ | None:
    """The recruiter's labelled place lines change the current round; None if there are none.

    A booked round gets an updated invite at once; an unbooked one keeps the place for
    its invite. A bad value changes nothing and is named back to the recruiter.
    """
    head = "\n".join(text.strip().splitlines()[:COMMAND_LINES])
    labels = place_labels(head)
    if not labels:
        return None
    rnd = process.current
    reading = read_place("", labels)
    if reading.problems:
        problem = "; ".join(reading.problems)
        return process, [tell_recruiter(process, policy, "place_refused", problem=problem)]
    place = reading.place.over(rnd.place)
    rnd = rnd.model_copy(update={"place": place})
    process = note(process.with_round(rnd), f"Interview #{rnd.number} place changed", now)
    details = "\n".join(f"  {line}" for line in place_lines(place))
    if rnd.status in BOOKED and rnd.slot is not None:
        process, emails = send_update(process, rnd, policy)
        sent = tell_recruiter(process, policy, "place_sent", round=str(rnd.number), details=details)
        return process, [*emails, sent]
    planned = tell_recruiter(
        process, policy, "place_planned", round=str(rnd.number), details=details
    )
    return process, [planned]


def said_place(event: Reply) -> Place | str:
    """The place the client's feedback says for the next round, or what is wrong with it
    (a bad link, an address with control characters)."""
    reading = read_place(event.text)
    if reading.problems:
        return "; ".join(reading.problems)
    return reading.place


def refused_link(process: Process, side: str, event: Reply, policy: Policy) -> Outcome_ | None:
    """A meeting link in a party's mail that is not the client's feedback: the recruiter
    hears of it with the whole text, the parties hear nothing, and the link is not used."""
    link = meeting_link(event.text)
    if link is None:
        return None
    if side == Party.CLIENT and event.extraction.outcome is not None:
        return None  # the client's own feedback may set the next round's link
    sender = process.person(event.sender)
    who = f"{sender.name} <{sender.email}>" if sender else event.sender
    update = tell_recruiter(
        process,
        policy,
        "link_refused",
        who=who,
        link=link[:200],
        round=str(process.current.number),
        text=event.text,
    )
    return process, [update]
