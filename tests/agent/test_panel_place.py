"""Places and panels through decide(): feedback, the recruiter's lines, colleagues, bad links."""

from __future__ import annotations

from datetime import timedelta

from agent.core.actions import Reply, Tick
from agent.core.place import Format, Place
from agent.core.policy import decide
from agent.core.process import Person, Process, RoundStatus
from agent.rendering.letters import write_letters
from parsers.model import Address, Extraction, Intent, Outcome, Window
from tests.agent.test_policy import BOB, JANE, NOW, POLICY, _process, _to, _utc

CAROL = Person(name="Carol Diaz", email="carol@acme.test", zone="Europe/London")
ZOOM = Place(format=Format.VIDEO, link="https://zoom.us/j/1")
AGENT = Address("agent@rounds.test", "Rounds")


def _says(sender: Person, text: str, **found: object) -> Reply:
    intent = Intent.FEEDBACK if "outcome" in found else Intent.OTHER
    extraction = Extraction(intent=intent, confidence=0.9, **found)  # type: ignore[arg-type]
    return Reply(sender=sender.email, extraction=extraction, message_id="m", text=text)


def _booked(*panel: Person) -> Process:
    process = _process(
        status=RoundStatus.SCHEDULED,
        slot=Window(_utc(3, 15), _utc(3, 16)),
        uid="p1.round1@rounds.test",
        sequence=0,
        place=ZOOM,
    )
    return process.with_round(process.current.model_copy(update={"interviewers": panel or (BOB,)}))


def test_the_candidates_invite_is_apart_and_names_the_panel_without_addresses() -> None:
    """Interviewers share one invite; the candidate's lists only her, names them in text."""
    process = _process(availability={"candidate": (Window(_utc(3, 14), _utc(3, 17)),)}, place=ZOOM)
    process = process.with_round(process.current.model_copy(update={"interviewers": (BOB, CAROL)}))
    free = Window(_utc(3, 15), _utc(3, 18))
    found = Extraction(intent=Intent.AVAILABILITY, windows=(free,), confidence=0.9)
    event = Reply(sender=BOB.email, extraction=found, message_id="m", text="…")
    process, emails = decide(process, event, NOW, POLICY)
    invites = {e.to[0].email: e.invite for e in emails if e.invite}
    assert invites["jane@example.com"].attendees == (JANE,)  # type: ignore[union-attr]
    assert invites["bob@acme.test"].attendees == (BOB, CAROL)  # type: ignore[union-attr]
    assert invites["carol@acme.test"] == invites["bob@acme.test"]
    assert invites["jane@example.com"].panel == ("Bob Smith", "Carol Diaz")  # type: ignore[union-attr]
    assert invites["jane@example.com"].place == ZOOM  # type: ignore[union-attr]


def test_feedback_sets_the_next_rounds_format_length_and_interviewers() -> None:
    """'final round onsite with our CTO Dana …, 90 minutes, at our office, <address>'."""
    process = _process(status=RoundStatus.COMPLETED, slot=Window(_utc(3, 14), _utc(3, 15)))
    process = process.with_round(process.current.model_copy(update={"place": ZOOM}))
    text = (
        "She did great. Final round onsite with our CTO Dana Lee <dana@acme.test>, 90 minutes, "
        "at our office, 12 King St W, 3rd floor."
    )
    process, _ = decide(process, _says(BOB, text, outcome=Outcome.ADVANCE), _utc(3, 16), POLICY)
    nxt = process.current
    assert nxt.number == 2
    assert nxt.place == Place(format=Format.ONSITE, location="12 King St W, 3rd floor")
    assert nxt.duration_minutes == 90
    assert "dana@acme.test" in [p.email for p in nxt.interviewers]


def test_feedback_that_says_nothing_of_place_keeps_the_last_one() -> None:
    """Round 2 keeps round 1's Zoom link when the feedback names no new place."""
    process = _process(status=RoundStatus.COMPLETED, slot=Window(_utc(3, 14), _utc(3, 15)))
    process = process.with_round(process.current.model_copy(update={"place": ZOOM}))
    event = _says(BOB, "Let's go on.", outcome=Outcome.ADVANCE)
    process, _ = decide(process, event, _utc(3, 16), POLICY)
    assert process.current.place == ZOOM


def test_feedback_with_a_javascript_link_goes_to_the_recruiter_only() -> None:
    """A bad link in the feedback: the recruiter is told what is wrong, no party hears."""
    process = _process(status=RoundStatus.COMPLETED, slot=Window(_utc(3, 14), _utc(3, 15)))
    event = _says(BOB, "Next round on Zoom: javascript:alert(1)", outcome=Outcome.ADVANCE)
    after, emails = decide(process, event, _utc(3, 16), POLICY)
    assert _to(emails) == [("rita@agency.test", "recruiter_update")]
    assert "javascript: link" in emails[0].values["update"]
    assert len(after.rounds) == 1


def test_a_link_from_the_candidate_is_refused_and_reported() -> None:
    """The candidate's own Zoom link is not used; the recruiter is told, nobody else."""
    process = _booked()
    event = _says(JANE, "Can we use my Zoom instead? https://zoom.us/j/999")
    after, emails = decide(process, event, NOW, POLICY)
    assert _to(emails) == [("rita@agency.test", "recruiter_update")]
    assert "https://zoom.us/j/999" in emails[0].values["update"]
    assert after.current.place == ZOOM


def test_the_recruiters_lines_change_a_booked_round_and_resend_the_invite() -> None:
    """'Format: onsite / Location: …' from the recruiter: same UID, SEQUENCE+1, to all."""
    process = _booked(BOB, CAROL)
    event = _says(process.recruiter, "Format: onsite\nLocation: 12 King St W\n")
    after, emails = decide(process, event, NOW, POLICY)
    rnd = after.current
    assert rnd.place == Place(format=Format.ONSITE, location="12 King St W")
    assert rnd.sequence == 1
    sent = [(e.to[0].email, e.template, e.invite.sequence) for e in emails if e.invite]
    assert sent == [
        ("jane@example.com", "updated", 1),
        ("bob@acme.test", "updated", 1),
        ("carol@acme.test", "updated", 1),
    ]
    assert {e.invite.uid for e in emails if e.invite} == {"p1.round1@rounds.test"}


def test_the_recruiters_bad_link_changes_nothing() -> None:
    """'Link: http://…' is named back to the recruiter; the invite is not resent."""
    process = _booked()
    after, emails = decide(process, _says(process.recruiter, "Link: http://x.test/j"), NOW, POLICY)
    assert after.current == process.current
    assert _to(emails) == [("rita@agency.test", "recruiter_update")]
    assert "http: link" in emails[0].values["update"]


def test_also_invite_a_colleague_updates_everyone_and_invites_her() -> None:
    """'Please also invite my colleague Carol Diaz <carol@acme.test>': updates, SEQUENCE+1."""
    process = _booked()
    text = "Please also invite my colleague Carol Diaz <carol@acme.test>."
    after, emails = decide(process, _says(BOB, text), NOW, POLICY)
    rnd = after.current
    assert rnd.interviewers == (BOB, CAROL)
    assert rnd.sequence == 1
    sent = [(e.to[0].email, e.template, e.invite.method) for e in emails if e.invite]
    assert sent == [
        ("jane@example.com", "updated", "REQUEST"),
        ("bob@acme.test", "updated", "REQUEST"),
        ("carol@acme.test", "invite", "REQUEST"),
    ]
    assert all(e.invite.sequence == 1 for e in emails if e.invite)


def test_an_outsider_is_not_added_but_goes_to_the_recruiter() -> None:
    """An address outside the client's domain adds no one; only the recruiter hears."""
    process = _booked()
    after, emails = decide(
        process, _says(BOB, "Please also invite Eve <eve@evil.test>."), NOW, POLICY
    )
    assert after.current.interviewers == (BOB,)
    assert _to(emails) == [("rita@agency.test", "recruiter_update")]
    assert "eve@evil.test" in emails[0].values["update"]


def test_a_colleague_who_cannot_make_it_gets_a_cancel_alone() -> None:
    """'Carol can't make it': CANCEL to Carol only, naming her only; an update to the rest."""
    process = _booked(BOB, CAROL)
    after, emails = decide(process, _says(BOB, "Carol can't make it, sorry."), NOW, POLICY)
    assert after.current.interviewers == (BOB,)
    cancels = [e for e in emails if e.invite and e.invite.method == "CANCEL"]
    assert [(e.to[0].email, e.invite.attendees) for e in cancels] == [  # type: ignore[union-attr]
        ("carol@acme.test", (CAROL,))
    ]
    updates = [(e.to[0].email, e.invite.sequence) for e in emails if e.invite and e not in cancels]
    assert updates == [("jane@example.com", 1), ("bob@acme.test", 1)]
    assert cancels[0].invite.sequence == 1  # type: ignore[union-attr]
    _, [letter] = write_letters(after, cancels, agent=AGENT, new_id=lambda: "m@x.test", now=NOW)
    assert "you are no longer on Interview #1" in letter.text
    assert letter.calendar_method == "CANCEL"


def test_the_24h_reminder_carries_the_place_in_text_and_html() -> None:
    """The reminder says where and how to join, in the text and as a link in the HTML."""
    process = _booked(BOB, CAROL)
    tick_at = process.current.slot.start - timedelta(hours=2)  # type: ignore[union-attr]
    process, emails = decide(process, Tick(), tick_at, POLICY)
    reminder = next(e for e in emails if e.template == "reminder" and e.to == (JANE,))
    _, [mail] = write_letters(
        process,
        [reminder],
        agent=Address("agent@rounds.test", "Rounds"),
        new_id=lambda: "m1@rounds.test",
        now=NOW,
    )
    assert "Join: https://zoom.us/j/1" in mail.text
    assert "With: Bob Smith, Carol Diaz" in mail.text
    assert "acme.test" not in mail.text
    assert mail.html is not None and '<a href="https://zoom.us/j/1">' in mail.html


def test_a_round_the_recruiter_schedules_keeps_the_last_place() -> None:
    """'schedule round 2 …' from the recruiter carries round 1's place into round 2."""
    process = _booked()
    after, _ = decide(process, _says(process.recruiter, "schedule round 2, 30 min"), NOW, POLICY)
    assert (after.current.number, after.current.place) == (2, ZOOM)


def test_cannot_make_it_on_a_day_moves_nobody_off_the_panel() -> None:
    """'Carol can't make it on Tuesday' is about the time, not the panel: Carol stays."""
    process = _booked(BOB, CAROL)
    after, emails = decide(process, _says(BOB, "Carol can't make it on Tuesday."), NOW, POLICY)
    assert after.current.interviewers == (BOB, CAROL)
    assert not [e for e in emails if e.invite and e.invite.method == "CANCEL"]


def test_german_cannot_attend_removes_the_named_colleague() -> None:
    """'Carol kann nicht teilnehmen' removes Carol, as 'can't make it' does."""
    process = _booked(BOB, CAROL)
    after, _ = decide(process, _says(BOB, "Carol kann leider nicht teilnehmen."), NOW, POLICY)
    assert after.current.interviewers == (BOB,)
