"""How a party's reply moves its round: one handler per extracted intent."""

from __future__ import annotations

from datetime import datetime

from agent.core.acks import bare_acknowledgement
from agent.core.actions import Email, Reply
from agent.core.calendar_round import offer_again, still_free
from agent.core.client_defaults import next_opening
from agent.core.commands import on_recruiter
from agent.core.kickoff import clean, duration_in
from agent.core.lifecycle import (
    SIDES,
    Outcome_,
    Policy,
    answered,
    ask_availability,
    attendees,
    book,
    cancel_round,
    describe_for,
    hand_over,
    hold_once_a_day,
    invite_emails,
    note,
    reading,
    side_people,
    tell_recruiter,
    try_schedule,
)
from agent.core.panel import on_panel
from agent.core.place_change import refused_link, said_place
from agent.core.process import Party, Person, Process, ProcessStatus, Round, RoundStatus
from agent.core.trust import public_mail_domain
from parsers.mail.addresses import body_addresses
from parsers.model import Intent, Outcome


def on_reply(process: Process, event: Reply, now: datetime, policy: Policy) -> Outcome_:
    """Apply a human reply from a party of the process."""
    party = process.party_of(event.sender)
    if party is None:
        return process, []
    if party == Party.RECRUITER:
        return on_recruiter(process, event, now, policy)
    side = party.value
    rnd = answered(process.current, side)
    process = process.with_round(rnd)
    calendar = event.calendar
    if calendar is not None and (calendar.attendee != event.sender or calendar.uid != rnd.uid):
        # A calendar answer counts only from its own attendee, for this round's invite.
        return process, []
    found = event.extraction
    # A panel change or a meeting link from a party is read before any intent.
    early = on_panel(process, rnd, side, event, now, policy) or refused_link(
        process, side, event, policy
    )
    if early is not None:
        return hold_once_a_day(*early, now)
    if found.confidence < policy.confidence_floor and found.intent != Intent.OTHER:
        process, emails = hand_over(process, event, "I was not sure what this reply asks for")
    else:
        process, emails = _HANDLERS[found.intent](process, rnd, side, event, now, policy)
    return hold_once_a_day(process, emails, now)


def _availability(
    process: Process, rnd: Round, side: str, event: Reply, now: datetime, policy: Policy
) -> Outcome_:
    windows = event.extraction.windows
    if not windows:
        return hand_over(process, event, "they offered times I could not read")
    if rnd.status in (RoundStatus.SCHEDULED, RoundStatus.CONFIRMED):
        return _reschedule(process, rnd, side, event, now, policy)
    if rnd.status not in (RoundStatus.REQUESTED, RoundStatus.PROPOSED):
        return hand_over(process, event, "they sent times, but no round is being arranged")
    availability = {**rnd.availability, side: windows}
    rnd = rnd.model_copy(update={"availability": availability})
    process = note(process, f"Interview #{rnd.number}: {side} sent availability", now)
    return try_schedule(process, rnd, side, now, policy, event.busy)


def _accept(
    process: Process, rnd: Round, side: str, event: Reply, now: datetime, policy: Policy
) -> Outcome_:
    selected = event.extraction.selected
    if rnd.status == RoundStatus.PROPOSED and rnd.options_to == side:
        if selected is None or not 1 <= selected <= len(rnd.options):
            return hand_over(process, event, "they agreed, but I could not tell to which option")
        picked = rnd.options[selected - 1]
        if not rnd.from_calendars:
            return book(process, rnd, picked, (side,), now, policy, selected)
        # `event.busy` holds the calendars' busy time, read again just before this.
        slot = still_free(process, rnd, picked, event.busy, now, policy)
        if slot is None:
            return hand_over(process, event, "the option they picked is taken and no other is free")
        taken = picked if slot != picked else None
        return book(process, rnd, slot, (side,), now, policy, selected, taken)
    if rnd.status not in (RoundStatus.SCHEDULED, RoundStatus.CONFIRMED):
        return process, []
    if side in rnd.accepted:
        return process, []
    accepted = (*rnd.accepted, side)
    rnd = rnd.model_copy(update={"accepted": accepted})
    if set(accepted) >= set(SIDES):
        slot = rnd.slot
        assert slot is not None
        rnd = rnd.model_copy(update={"status": RoundStatus.CONFIRMED})
        process = note(process.with_round(rnd), f"Interview #{rnd.number} confirmed", now)
        emails = [
            Email((p,), "confirmed", {"when": describe_for(p, slot)})
            for p in attendees(process, rnd)
        ]
        when = describe_for(process.recruiter, slot)
        emails.append(
            tell_recruiter(process, policy, "confirmed", round=str(rnd.number), when=when)
        )
        return process, emails
    process = process.with_round(rnd)
    who = process.person(event.sender)
    name = who.name if who else event.sender
    return process, [
        tell_recruiter(process, policy, "accepted", person=name, round=str(rnd.number))
    ]


def _decline(
    process: Process, rnd: Round, side: str, event: Reply, now: datetime, policy: Policy
) -> Outcome_:
    if rnd.status in (RoundStatus.SCHEDULED, RoundStatus.CONFIRMED):
        return _reschedule(process, rnd, side, event, now, policy)
    if rnd.status != RoundStatus.PROPOSED:
        return hand_over(process, event, "they declined, but nothing was proposed")
    if rnd.from_calendars and side == rnd.options_to:
        again = offer_again(process, rnd, event.busy, now, policy)
        if again is not None:
            return again
    availability = {k: v for k, v in rnd.availability.items() if k != side}
    rnd = rnd.model_copy(
        update={
            "status": RoundStatus.REQUESTED,
            "options": (),
            "options_to": None,
            "availability": availability,
        }
    )
    rnd, emails = ask_availability(process, rnd, [side], now, "ask_again")
    process = note(process.with_round(rnd), f"Interview #{rnd.number}: {side} declined", now)
    return process, [
        *emails,
        tell_recruiter(process, policy, "declined", side=side),
    ]


def _reschedule(
    process: Process, rnd: Round, side: str, event: Reply, now: datetime, policy: Policy
) -> Outcome_:
    if rnd.status not in (RoundStatus.SCHEDULED, RoundStatus.CONFIRMED) or rnd.slot is None:
        if event.extraction.windows:
            return _availability(process, rnd, side, event, now, policy)
        return hand_over(process, event, "they asked to move an interview that is not booked")
    windows = event.extraction.windows
    other = SIDES[1] if side == SIDES[0] else SIDES[0]
    availability = {other: rnd.availability.get(other, ())}
    if windows:
        availability[side] = windows
    process = note(process, f"Interview #{rnd.number}: {side} asked to reschedule", now)
    old = rnd.slot
    released = rnd.model_copy(
        update={
            "status": RoundStatus.REQUESTED,
            "availability": availability,
            "accepted": (),
            "sequence": rnd.sequence + 1,
        }
    )
    cancel = invite_emails(process, released, "CANCEL", policy, "moved")
    released = released.model_copy(update={"slot": None})
    if windows:
        booked, emails = try_schedule(process, released, side, now, policy, event.busy)
        if booked.current.status == RoundStatus.SCHEDULED:
            # The new REQUEST (same UID, higher SEQUENCE) replaces the old time by itself.
            return booked, emails
    released, asks = ask_availability(process, released, [other], now, "ask_new_time")
    if not windows:
        released, own = ask_availability(process, released, [side], now, "ask_new_time")
        asks += own
    process = process.with_round(released)
    when = describe_for(process.recruiter, old)
    return process, [
        *cancel,
        *asks,
        tell_recruiter(process, policy, "moving", round=str(rnd.number), when=when, side=side),
    ]


def _cancel(
    process: Process, rnd: Round, side: str, event: Reply, now: datetime, policy: Policy
) -> Outcome_:
    process, emails = cancel_round(process, rnd, policy, "cancelled")
    process = note(process, f"Interview #{rnd.number} cancelled by the {side}", now)
    process = process.model_copy(update={"status": ProcessStatus.CANCELLED})
    emails.append(
        tell_recruiter(
            process, policy, "called_off", side=side, round=str(rnd.number), text=event.text
        )
    )
    return process, emails


def _withdraw(
    process: Process, rnd: Round, side: str, event: Reply, now: datetime, policy: Policy
) -> Outcome_:
    if side != Party.CANDIDATE:
        return _cancel(process, rnd, side, event, now, policy)
    emails: list[Email] = []
    ack = Email((process.candidate,), "withdraw_ack")
    if rnd.status not in (RoundStatus.COMPLETED, RoundStatus.CANCELLED):
        process, cancels = cancel_round(process, rnd, policy, "cancelled")
        # The candidate asked for this: their calendar's CANCEL rides on the acknowledgement.
        emails = [e for e in cancels if process.candidate not in e.to]
        own = [e.invite for e in cancels if process.candidate in e.to and e.invite]
        ack = Email((process.candidate,), "withdraw_ack", invite=own[0] if own else None)
    process = process.model_copy(update={"status": ProcessStatus.WITHDRAWN})
    process = note(process, "the candidate withdrew", now)
    emails = [e for e in emails if e.template != "cancelled_unbooked"]
    for person in side_people(process, rnd, Party.CLIENT):
        emails.append(Email((person,), "withdrawn"))
    emails.append(ack)
    emails.append(
        tell_recruiter(
            process, policy, "withdrew", candidate=process.candidate.name, text=event.text
        )
    )
    return process, emails


def _feedback(
    process: Process, rnd: Round, side: str, event: Reply, now: datetime, policy: Policy
) -> Outcome_:
    outcome = event.extraction.outcome
    if side != Party.CLIENT or outcome is None:
        return hand_over(process, event, "feedback I cannot act on")
    done = process.rounds[-1]
    if done.status != RoundStatus.COMPLETED:
        return hand_over(process, event, "feedback before the interview has taken place")
    place = said_place(event)
    if isinstance(place, str):
        # Nothing reaches the parties: the recruiter decides with the whole text at hand.
        refused = tell_recruiter(
            process,
            policy,
            "feedback_refused",
            round=str(done.number),
            problem=place,
            text=event.text,
        )
        return process, [refused]
    done = done.model_copy(update={"outcome": outcome, "feedback_asked": True})
    process = note(process.with_round(done), f"Interview #{done.number}: {outcome.value}", now)
    emails = [
        tell_recruiter(
            process,
            policy,
            "feedback",
            round=str(done.number),
            outcome=outcome.value,
            text=event.text,
        )
    ]
    if outcome == Outcome.ADVANCE:
        opened = next_opening(
            process,
            policy.clients,
            done.number + 1,
            said=place,
            minutes=duration_in(event.text),
            named=_named_interviewers(process, done, event),
        )
        nxt, asks = ask_availability(
            process, opened.round(done.number + 1), SIDES, now, "ask_availability"
        )
        process = process.model_copy(update={"rounds": (*process.rounds, nxt)})
        process = note(process, f"Interview #{nxt.number} requested", now)
        return process, [*emails, *asks]
    status = {
        Outcome.REJECT: ProcessStatus.REJECTED,
        Outcome.OFFER: ProcessStatus.OFFER,
        Outcome.HOLD: ProcessStatus.ON_HOLD,
    }[outcome]
    process = process.model_copy(update={"status": status})
    message = policy.wording.letter(
        process, f"outcome_{outcome.value}", {}, process.candidate, policy.signature
    )
    if policy.approval == "auto":
        return process, [
            *emails,
            Email((process.candidate,), "outcome_message", {"message": message}),
        ]
    process = process.model_copy(update={"draft": message})
    approval = Email(
        (process.recruiter,), "approval_request", {"draft": message, "outcome": outcome.value}
    )
    return process, [*emails, approval]


def _named_interviewers(process: Process, done: Round, event: Reply) -> tuple[Person, ...]:
    """Colleagues the client names for the next round, by address.

    Only addresses at the client's own domain count: a reply can add its sender's
    colleagues, never an outsider (and never anyone a hostile text slips in). A public
    mailbox provider (gmail.com, say) is nobody's own domain: its addresses add no one.
    """
    sender = process.person(event.sender)
    assert sender is not None
    domain = sender.email.rpartition("@")[2]
    if public_mail_domain(domain):
        return ()
    named = [
        Person(name=clean(name) or email, email=email, zone=sender.zone)
        for name, email in body_addresses(event.text)
        if email.rpartition("@")[2] == domain
    ]
    if not named:
        return ()
    stays = sender if sender.email not in {p.email for p in named} else None
    return tuple(p for p in (stays, *named) if p is not None)


def _question(
    process: Process, rnd: Round, side: str, event: Reply, now: datetime, policy: Policy
) -> Outcome_:
    return hand_over(process, event, "they asked a question")


def _other(
    process: Process, rnd: Round, side: str, event: Reply, now: datetime, policy: Policy
) -> Outcome_:
    if side == Party.CANDIDATE and rnd.status == RoundStatus.COMPLETED and event.text.strip():
        # The candidate's impressions after an interview are for their recruiter.
        who = f"{process.candidate.name} on Interview #{rnd.number}"
        return process, [
            tell_recruiter(process, policy, "impressions", person=who, text=event.text)
        ]
    return process, pass_on(process, event, "I found nothing to act on", policy)


def pass_on(process: Process, event: Reply, why: str, policy: Policy) -> list[Email]:
    """A reply the agent will not act on: the recruiter reads it (now, or in the digest)
    unless it is a bare thanks, an out-of-office or a calendar's own answer."""
    sender = process.person(event.sender)
    if sender is None or event.calendar is not None:
        return []
    if bare_acknowledgement(event.text, [sender.name]):
        return []
    number = process.current.number
    found = reading(event.extraction, process.recruiter.zone)
    return [
        tell_recruiter(
            process,
            policy,
            "passed_on",
            person=sender.name,
            round=str(number),
            why=why,
            reading=found,
            text=event.text,
        )
    ]


_HANDLERS = {
    Intent.AVAILABILITY: _availability,
    Intent.ACCEPT: _accept,
    Intent.DECLINE: _decline,
    Intent.RESCHEDULE: _reschedule,
    Intent.CANCEL: _cancel,
    Intent.WITHDRAW: _withdraw,
    Intent.FEEDBACK: _feedback,
    Intent.QUESTION: _question,
    Intent.OTHER: _other,
}
