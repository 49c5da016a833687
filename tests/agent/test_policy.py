"""The round life cycle as plain values: decide(process, event, now) with no I/O."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from agent.core.actions import Email, Reply, Tick
from agent.core.lifecycle import Policy
from agent.core.policy import decide
from agent.core.process import Person, Process, ProcessStatus, Round, RoundStatus
from agent.core.trust import public_mail_domain
from agent.rendering.letters import WORDING
from parsers.model import CalendarPart, Extraction, Intent, Outcome, Window

NOW = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)  # Monday
POLICY = Policy(domain="rounds.test", wording=WORDING)
JANE = Person(name="Jane Doe", email="jane@example.com", zone="America/New_York")
BOB = Person(name="Bob Smith", email="bob@acme.test", zone="Europe/London")
RITA = Person(name="Rita", email="rita@agency.test", zone="America/New_York")


def _utc(day: int, hour: int) -> datetime:
    return datetime(2026, 12, day, hour, 0, tzinfo=UTC)


def _process(**round_fields: object) -> Process:
    rnd = Round(number=1, interviewers=(BOB,), **round_fields)  # type: ignore[arg-type]
    return Process(
        id="p1",
        candidate=JANE,
        clients=(BOB,),
        recruiter=RITA,
        company="Acme",
        role="Engineer",
        rounds=(rnd,),
        created_at=NOW,
        last_contact=NOW,
    )


def _reply(sender: Person, intent: Intent, *windows: Window, **fields: object) -> Reply:
    found = Extraction(intent=intent, windows=windows, confidence=0.9, **fields)  # type: ignore[arg-type]
    return Reply(sender=sender.email, extraction=found, message_id="m1", text="…")


def _rsvp(sender: str, *, attendee: str) -> Reply:
    """An iTIP REPLY accepting the round's invite (UID u1@rounds.test) for `attendee`."""
    part = CalendarPart(
        method="REPLY", uid="u1@rounds.test", attendee=attendee, partstat="ACCEPTED"
    )
    found = Extraction(intent=Intent.ACCEPT, confidence=1.0)
    return Reply(sender=sender, extraction=found, message_id="m2", text="", calendar=part)


def _to(emails: list[Email]) -> list[tuple[str, str]]:
    return [(e.to[0].email, e.template) for e in emails]


def test_both_answers_book_the_earliest_common_slot() -> None:
    """Once both sides' windows are known, the earliest common hour is booked with invites."""
    process = _process(availability={"candidate": (Window(_utc(3, 14), _utc(3, 17)),)})
    client_free = Window(_utc(3, 15), _utc(3, 18))
    process, emails = decide(process, _reply(BOB, Intent.AVAILABILITY, client_free), NOW, POLICY)
    rnd = process.current
    assert (rnd.status, rnd.slot) == (RoundStatus.SCHEDULED, Window(_utc(3, 15), _utc(3, 16)))
    assert _to(emails) == [
        ("jane@example.com", "invite"),
        ("bob@acme.test", "invite"),
        ("rita@agency.test", "recruiter_update"),
    ]
    assert [e.invite.attendees for e in emails if e.invite] == [(JANE,), (BOB,)]


def test_shared_invites_put_both_attendees_on_one_invite() -> None:
    """ROUNDS_INVITES=shared sends one calendar object listing both people."""
    process = _process(availability={"candidate": (Window(_utc(3, 14), _utc(3, 17)),)})
    free = Window(_utc(3, 14), _utc(3, 17))
    policy = Policy(domain="rounds.test", wording=WORDING, shared_invites=True)
    _, emails = decide(process, _reply(BOB, Intent.AVAILABILITY, free), NOW, policy)
    assert {e.invite.attendees for e in emails if e.invite} == {(JANE, BOB)}


def test_no_overlap_sends_numbered_options_to_the_last_to_answer() -> None:
    """Without a common slot, the last side to answer gets options from the other side's times."""
    process = _process(availability={"candidate": (Window(_utc(3, 14), _utc(3, 17)),)})
    client_free = Window(_utc(4, 9), _utc(4, 12))
    process, emails = decide(process, _reply(BOB, Intent.AVAILABILITY, client_free), NOW, POLICY)
    assert process.current.status == RoundStatus.PROPOSED
    assert process.current.options_to == "client"
    assert _to(emails) == [("bob@acme.test", "options")]
    assert "1. " in emails[0].values["options"]


def test_picking_an_option_books_it() -> None:
    """Accepting option 2 books exactly that option and counts the chooser as accepted."""
    options = (Window(_utc(3, 14), _utc(3, 15)), Window(_utc(3, 15), _utc(3, 16)))
    process = _process(status=RoundStatus.PROPOSED, options=options, options_to="client")
    process, _ = decide(process, _reply(BOB, Intent.ACCEPT, selected=2), NOW, POLICY)
    assert (process.current.slot, process.current.accepted) == (options[1], ("client",))


def test_both_accepts_confirm_the_round() -> None:
    """The round is confirmed once both sides have accepted, by iTIP or in words."""
    slot = Window(_utc(3, 14), _utc(3, 15))
    process = _process(status=RoundStatus.SCHEDULED, slot=slot, uid="u1@rounds.test")
    process, _ = decide(process, _rsvp(JANE.email, attendee=JANE.email), NOW, POLICY)
    assert process.current.status == RoundStatus.SCHEDULED
    process, emails = decide(process, _reply(BOB, Intent.ACCEPT), NOW, POLICY)
    assert process.current.status == RoundStatus.CONFIRMED
    assert ("rita@agency.test", "recruiter_update") in _to(emails)


def test_reschedule_with_new_times_rebooks_with_a_higher_sequence() -> None:
    """A reschedule that fits the other side's times keeps the UID and raises SEQUENCE."""
    slot = Window(_utc(3, 14), _utc(3, 15))
    process = _process(
        status=RoundStatus.CONFIRMED,
        slot=slot,
        uid="u1@rounds.test",
        sequence=0,
        accepted=("candidate", "client"),
        availability={"client": (Window(_utc(3, 14), _utc(4, 17)),)},
    )
    new = Window(_utc(4, 15), _utc(4, 17))
    process, emails = decide(process, _reply(JANE, Intent.RESCHEDULE, new), NOW, POLICY)
    rnd = process.current
    assert (rnd.status, rnd.uid, rnd.slot) == (
        RoundStatus.SCHEDULED,
        "u1@rounds.test",
        Window(_utc(4, 15), _utc(4, 16)),
    )
    assert rnd.sequence > 0
    assert {e.invite.method for e in emails if e.invite} == {"REQUEST"}


def test_withdrawal_closes_the_process_and_cancels_the_invite() -> None:
    """A withdrawal cancels both invites (the candidate's on the acknowledgement) and tells all."""
    slot = Window(_utc(3, 14), _utc(3, 15))
    process = _process(status=RoundStatus.CONFIRMED, slot=slot, uid="u1@rounds.test")
    process, emails = decide(process, _reply(JANE, Intent.WITHDRAW), NOW, POLICY)
    assert process.status == ProcessStatus.WITHDRAWN
    assert [(e.to[0].email, e.template, e.invite.method) for e in emails if e.invite] == [
        ("bob@acme.test", "cancelled", "CANCEL"),
        ("jane@example.com", "withdraw_ack", "CANCEL"),
    ]
    assert ("rita@agency.test", "recruiter_update") in _to(emails)


def test_interview_end_completes_the_round_and_asks_for_feedback() -> None:
    """After the slot ends, a tick completes the round and asks the client for feedback."""
    slot = Window(_utc(3, 14), _utc(3, 15))
    process = _process(status=RoundStatus.CONFIRMED, slot=slot, uid="u1@rounds.test")
    process, emails = decide(process, Tick(), _utc(3, 16), POLICY)
    assert process.current.status == RoundStatus.COMPLETED
    assert ("bob@acme.test", "feedback_request") in _to(emails)


def test_advance_opens_the_next_round() -> None:
    """Feedback 'advance' records the outcome and asks both sides about Interview #2."""
    process = _process(status=RoundStatus.COMPLETED, slot=Window(_utc(3, 14), _utc(3, 15)))
    process, emails = decide(
        process, _reply(BOB, Intent.FEEDBACK, outcome=Outcome.ADVANCE), _utc(3, 16), POLICY
    )
    assert [(r.number, r.status, r.outcome) for r in process.rounds] == [
        (1, RoundStatus.COMPLETED, Outcome.ADVANCE),
        (2, RoundStatus.REQUESTED, None),
    ]
    assert ("jane@example.com", "ask_availability") in _to(emails)


def test_silence_gets_two_nudges_then_the_recruiter() -> None:
    """2 and 4 business days of silence bring nudges; 6 bring the recruiter in, once each."""
    process = _process(waiting_since={"candidate": NOW}, nudges={"candidate": 0})
    seen = []
    for days in range(1, 12):
        process, emails = decide(process, Tick(), NOW + timedelta(days=days), POLICY)
        seen += [(days, *pair) for pair in _to(emails)]
    assert seen == [
        (2, "jane@example.com", "nudge"),
        (4, "jane@example.com", "nudge"),
        (8, "rita@agency.test", "recruiter_update"),
    ]


def test_low_confidence_goes_to_the_recruiter() -> None:
    """An unsure reading is forwarded to the recruiter and the sender is told so."""
    found = Extraction(intent=Intent.AVAILABILITY, confidence=0.2)
    event = Reply(sender=JANE.email, extraction=found, message_id="m", text="hmm?")
    process, emails = decide(_process(), event, NOW, POLICY)
    assert _to(emails) == [
        ("rita@agency.test", "forward_to_recruiter"),
        ("jane@example.com", "holding_reply"),
    ]
    assert process.current.status == RoundStatus.REQUESTED


def test_offer_is_drafted_for_the_recruiter_then_sent_on_send() -> None:
    """With recruiter approval, an offer is drafted first and reaches the candidate on 'send'."""
    process = _process(status=RoundStatus.COMPLETED, slot=Window(_utc(3, 14), _utc(3, 15)))
    later = _utc(3, 16)
    feedback = _reply(BOB, Intent.FEEDBACK, outcome=Outcome.OFFER)
    process, emails = decide(process, feedback, later, POLICY)
    assert process.status == ProcessStatus.OFFER
    assert "jane@example.com" not in [address for address, _ in _to(emails)]
    [approval] = [e for e in emails if e.template == "approval_request"]
    assert approval.values["draft"] == process.draft
    assert "offer" in (process.draft or "")
    process = process.model_copy(update={"draft_request": "ask.1@rounds.test"})
    send = _recruiter_says("send", refs=("ask.1@rounds.test",))
    process, emails = decide(process, send, later, POLICY)
    assert _to(emails) == [
        ("jane@example.com", "outcome_message"),
        ("rita@agency.test", "recruiter_update"),
    ]
    assert process.draft is None


def _recruiter_says(text: str, *, refs: tuple[str, ...]) -> Reply:
    found = Extraction(intent=Intent.OTHER)
    return Reply(sender=RITA.email, extraction=found, message_id="m", text=text, refs=refs)


def test_recruiters_own_text_replaces_the_draft() -> None:
    """A recruiter answering the draft's email with their own text sends that text instead."""
    update = {"draft": "drafted", "draft_request": "ask.1@x", "status": ProcessStatus.REJECTED}
    process = _process().model_copy(update=update)
    own = "Hi Jane, I'm sorry to say Acme went another way. Let's talk tomorrow about other roles."
    kept, emails = decide(process, _recruiter_says(own, refs=("update.7@x",)), NOW, POLICY)
    assert (kept.draft, emails) == ("drafted", []), "a note on another email is not the answer"
    process, emails = decide(process, _recruiter_says(own, refs=("ask.1@x",)), NOW, POLICY)
    assert emails[0].values == {"message": own}
    assert emails[0].to == (JANE,)


def test_auto_approval_sends_the_outcome_straight_away() -> None:
    """ROUNDS_APPROVAL=auto sends a kind, neutral rejection to the candidate at once."""
    process = _process(status=RoundStatus.COMPLETED, slot=Window(_utc(3, 14), _utc(3, 15)))
    policy = Policy(domain="rounds.test", wording=WORDING, approval="auto")
    _, emails = decide(process, _reply(BOB, Intent.FEEDBACK, outcome=Outcome.REJECT), NOW, policy)
    [outcome] = [e for e in emails if e.template == "outcome_message"]
    assert outcome.to == (JANE,)
    assert "not to move forward" in outcome.values["message"]


def test_calendar_reply_from_someone_else_counts_for_nothing() -> None:
    """An iTIP REPLY whose ATTENDEE is not the From address does not accept the invite."""
    slot = Window(_utc(3, 14), _utc(3, 15))
    process = _process(status=RoundStatus.SCHEDULED, slot=slot, uid="u1@rounds.test")
    after, emails = decide(process, _rsvp(JANE.email, attendee=BOB.email), NOW, POLICY)
    assert (after.current.accepted, emails) == ((), [])


def test_advance_takes_named_colleagues_and_length_but_no_outsiders() -> None:
    """'Next round with Carol <carol@acme.test>, 30 minutes' adds Carol, never an outsider."""
    process = _process(status=RoundStatus.COMPLETED, slot=Window(_utc(3, 14), _utc(3, 15)))
    text = (
        "Great. Next round with our CTO Carol Diaz <carol@acme.test>, 30 minutes. "
        "Also loop in Eve <eve@evil.test>."
    )
    found = Extraction(intent=Intent.FEEDBACK, outcome=Outcome.ADVANCE, confidence=0.9)
    event = Reply(sender=BOB.email, extraction=found, message_id="m", text=text)
    process, emails = decide(process, event, _utc(3, 16), POLICY)
    nxt = process.current
    assert [p.email for p in nxt.interviewers] == ["bob@acme.test", "carol@acme.test"]
    assert nxt.duration_minutes == 30
    assert "eve@evil.test" not in {e.to[0].email for e in emails}


def test_candidate_is_asked_for_impressions_which_go_to_the_recruiter() -> None:
    """After the interview the candidate is asked how it went; the answer reaches the recruiter."""
    slot = Window(_utc(3, 14), _utc(3, 15))
    process = _process(status=RoundStatus.CONFIRMED, slot=slot, uid="u1@rounds.test")
    process, emails = decide(process, Tick(), _utc(3, 16), POLICY)
    assert ("jane@example.com", "impressions") in _to(emails)
    said = "It went really well, I liked the team a lot."
    found = Extraction(intent=Intent.OTHER, confidence=0.65)
    event = Reply(sender=JANE.email, extraction=found, message_id="m", text=said)
    _, emails = decide(process, event, _utc(3, 17), POLICY)
    assert _to(emails) == [("rita@agency.test", "recruiter_update")]
    assert said in emails[0].values["update"]


def test_client_at_a_public_mail_domain_adds_no_colleagues() -> None:
    """A client writing from gmail.com cannot add other gmail.com addresses as colleagues."""
    gmail = Person(name="Bob", email="bob.smith@gmail.com", zone="Europe/London")
    process = _process(status=RoundStatus.COMPLETED, slot=Window(_utc(3, 14), _utc(3, 15)))
    process = process.model_copy(update={"clients": (gmail,)}).with_round(
        process.current.model_copy(update={"interviewers": (gmail,)})
    )
    text = "Next round with Carol <carol.diaz@gmail.com> and Eve <eve@yahoo.co.uk>, 30 minutes."
    found = Extraction(intent=Intent.FEEDBACK, outcome=Outcome.ADVANCE, confidence=0.9)
    event = Reply(sender=gmail.email, extraction=found, message_id="m", text=text)
    process, emails = decide(process, event, _utc(3, 16), POLICY)
    assert [p.email for p in process.current.interviewers] == [gmail.email]
    assert {e.to[0].email for e in emails} & {"carol.diaz@gmail.com", "eve@yahoo.co.uk"} == set()


def test_public_mail_domains_are_one_frozen_set_and_country_families() -> None:
    """gmail.com, yahoo.co.uk, gmx.de are public; acme.test and live.acme.com are not."""
    public = ["gmail.com", "Outlook.com", "yahoo.co.uk", "gmx.de", "web.de", "proton.me"]
    assert all(public_mail_domain(d) for d in public)
    assert not any(public_mail_domain(d) for d in ["acme.test", "live.acme.com", "mail.acme.io"])
