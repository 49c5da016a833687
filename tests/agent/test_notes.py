"""The recruiter's phone notes: reading them, keeping them, and slot matching under them."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from agent.core.actions import Email, Reply
from agent.core.commands import on_desk
from agent.core.note_reading import read_note
from agent.core.policy import decide
from agent.core.preferences import NOTE_CAP, Preferences
from agent.core.process import Process, ProcessStatus, Round, RoundStatus
from agent.core.slots import Availability, common_slots, options_from
from parsers.model import Extraction, Intent, Window
from tests.agent.test_policy import BOB, JANE, NOW, POLICY, RITA, _process

LONDON = "Europe/London"  # Bob's zone; Jane and Rita are in New York
MORNINGS = (9 * 60, 12 * 60)
HOUR = timedelta(hours=1)
FRIDAY = 4


def _utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=UTC)


def _day(day: int) -> Window:
    return Window(_utc(day, 0), _utc(day + 1, 0))


def _rita(text: str) -> Reply:
    return Reply(RITA.email, Extraction(Intent.OTHER), message_id="n1", text=text)


def _updates(emails: list[Email]) -> list[str]:
    return [e.values["update"] for e in emails if e.template == "recruiter_update"]


# --- reading ---

SAME_NOTE = {
    "en": "Note: spoke to Jane — she prefers mornings, can't do Fridays, needs 48 h notice",
    "es": "Nota: hablé con Jane, no puede los viernes, prefiere las mañanas, "
    "necesita 48 horas de antelación",
    "fr": "Note : appel avec Jane, elle ne peut pas le vendredi, préfère le matin, "
    "préavis de 2 jours",
    "de": "Notiz: mit Jane telefoniert, sie kann freitags nicht, lieber vormittags, "
    "braucht 48 Stunden Vorlauf",
    "pt": "Nota: falei com a Jane, não pode às sextas, prefere de manhã, "
    "precisa de 48 horas de antecedência",
}


@pytest.mark.parametrize("language", SAME_NOTE)
def test_the_same_note_reads_alike_in_five_languages(language: str) -> None:
    """Fridays ruled out, mornings preferred, 48 h notice, as recruiters write it in each."""
    found = read_note(SAME_NOTE[language], now=NOW, zone=LONDON)
    assert found == Preferences(
        weekdays_out=(FRIDAY,), hours_preferred=(MORNINGS,), notice_hours=48
    )


def test_only_hours_rule_out_the_rest_of_the_day_and_a_zone_is_kept() -> None:
    """'only after 2pm' rules out the hours around it; 'IST' is the person's zone."""
    found = read_note("Bob only after 2pm, he is on IST", now=NOW, zone=LONDON)
    assert found.hours_out == ((0, 14 * 60), (17 * 60, 24 * 60))
    assert found.zone == "Asia/Kolkata"


def test_a_date_and_a_part_of_the_day_ruled_out() -> None:
    """'away on 14 December; no afternoons' rules out that date and the afternoons."""
    found = read_note("Jane is away on 14 December; no afternoons", now=NOW, zone=LONDON)
    assert (found.dates_out, found.hours_out) == ((date(2026, 12, 14),), ((12 * 60, 17 * 60),))


def test_a_list_of_weekdays_refused_together() -> None:
    """'Mondays and Tuesdays are out' rules out both days, not only the one next to the verb."""
    found = read_note("Mondays and Tuesdays are out for Bob", now=NOW, zone=LONDON)
    assert found.weekdays_out == (0, 1)


def test_times_on_named_days_are_no_standing_rule() -> None:
    """'can do Tue 3-5pm' offers times; it neither prefers nor rules out any hours."""
    found = read_note("Jane can do Tue 3–5pm or Wed 2:30–4:30pm", now=NOW, zone=LONDON)
    assert found == Preferences()


# --- slot matching ---


def test_common_slots_skip_a_ruled_out_weekday() -> None:
    """With Fridays ruled out for one side, a Friday-and-Monday overlap books Monday."""
    no_fridays = Preferences(weekdays_out=(FRIDAY,))
    jane = Availability((_day(4), _day(7)), LONDON, prefs=no_fridays)
    bob = Availability((_day(4), _day(7)), LONDON)
    slots = common_slots(jane, bob, duration=HOUR, now=NOW)
    assert {s.start.date() for s in slots} == {date(2026, 12, 7)}


def test_preferred_hours_come_first_and_notice_is_the_longer_one() -> None:
    """Mornings first, afternoons after; 96 h notice pushes past Thursday 3 Dec."""
    mornings = Preferences(hours_preferred=(MORNINGS,), notice_hours=96)
    jane = Availability((_day(3), _day(4)), LONDON, prefs=mornings)
    bob = Availability((Window(_utc(3, 0), _utc(4, 17)),), LONDON)
    slots = common_slots(jane, bob, duration=HOUR, now=NOW)
    assert slots[0] == Window(_utc(4, 14), _utc(4, 15)), "the first slot past 96 h (Fri 14:00)"
    ruled = Preferences(hours_preferred=(MORNINGS,))
    jane = Availability((_day(3),), LONDON, prefs=ruled)
    bob = Availability((Window(_utc(3, 8), _utc(3, 17)),), LONDON)
    first = common_slots(jane, bob, duration=HOUR, now=NOW)
    mornings = [_utc(3, 9), _utc(3, 9, 30), _utc(3, 10), _utc(3, 10, 30), _utc(3, 11)]
    assert [s.start for s in first[:6]] == [*mornings, _utc(3, 11, 30)]
    assert [s.start for s in first[5:]] == sorted(s.start for s in first[5:])


def test_hours_ruled_out_are_never_offered() -> None:
    """'no mornings' leaves only afternoon slots."""
    jane = Availability((_day(3),), LONDON, prefs=Preferences(hours_out=(MORNINGS,)))
    bob = Availability((_day(3),), LONDON)
    slots = common_slots(jane, bob, duration=HOUR, now=NOW)
    assert slots and all(s.start.astimezone(ZoneInfo(LONDON)).hour >= 12 for s in slots)


def test_options_respect_the_offering_sides_ruled_out_days() -> None:
    """Options drawn from Bob's windows skip a Friday Bob's note rules out."""
    bob = Availability((_day(4), _day(7)), LONDON, prefs=Preferences(weekdays_out=(FRIDAY,)))
    jane = Availability((), LONDON)
    options = options_from(bob.windows, jane, duration=HOUR, now=NOW, offering=bob)
    assert options and {o.start.date() for o in options} == {date(2026, 12, 7)}


# --- keeping notes on the process ---


def test_a_note_becomes_standing_preferences_and_is_acked_in_the_recruiters_zone() -> None:
    """The note is kept; the person's preferences hold it; the ack lists it, hours also in
    Rita's zone."""
    process, emails = decide(_process(), _rita(SAME_NOTE["en"]), NOW, POLICY)
    [kept] = process.notes
    assert (kept.about, kept.by, kept.text) == (JANE.email, RITA.email, SAME_NOTE["en"])
    assert process.preferences[JANE.email].weekdays_out == (FRIDAY,)
    [ack] = _updates(emails)
    assert "not on Fridays" in ack and "48 h notice" in ack
    assert "prefers 09:00–12:00 their time;" in ack, "Jane and Rita share New York's zone"
    _, emails = decide(_process(), _rita("Note: Bob Smith prefers mornings"), NOW, POLICY)
    assert "09:00–12:00 their time (04:00–07:00 your time)" in _updates(emails)[0]


def test_a_note_without_constraints_is_kept_as_it_is() -> None:
    """'Note: … lovely call' is kept word for word, changes nothing, and says so."""
    text = "Note: spoke to Jane, lovely call, very keen on the role."
    process, emails = decide(_process(), _rita(text), NOW, POLICY)
    assert [n.text for n in process.notes] == [text]
    assert process.preferences == {}
    assert _updates(emails) == [
        "I kept your note about Jane Doe as it is; I found no times or constraints in it."
    ]


def test_a_long_note_is_capped() -> None:
    """A pasted call transcript is kept up to NOTE_CAP characters."""
    process, _ = decide(_process(), _rita("Note: Jane " + "x" * 5000), NOW, POLICY)
    assert len(process.notes[0].text) == NOTE_CAP


def test_mail_written_to_someone_or_naming_nobody_is_no_note() -> None:
    """A greeting to Jane, or text naming no party without a label, leaves the process be."""
    process = _process()
    for text in ("Hi Jane, can't do Fridays this month, sorry.", "Can't do Fridays."):
        assert decide(process, _rita(text), NOW, POLICY) == (process, [])


def test_a_relayed_availability_books_like_the_partys_own_reply() -> None:
    """'Jane can do Fri 10-12 or Mon 10-12' (her zone) with Bob's times known books as if
    Jane wrote it."""
    bob_free = {"client": (Window(_utc(4, 9), _utc(4, 17)), Window(_utc(7, 9), _utc(7, 17)))}
    process = _process(availability=bob_free)
    relay = "Jane can do Friday 10am-12pm or Monday 10am-12pm"
    process, emails = decide(process, _rita(relay), NOW, POLICY)
    assert process.current.status == RoundStatus.SCHEDULED
    assert process.current.slot == Window(_utc(4, 15), _utc(4, 16))
    assert [e.to[0].email for e in emails if e.template == "invite"] == [JANE.email, BOB.email]
    assert "I took these as Jane Doe's times for Interview #1" in _updates(emails)[0]


def test_preferences_carry_into_the_next_round() -> None:
    """A note in round 1 keeps round 2 off Fridays: both sides offer Fri and Mon, Mon is booked."""
    process, _ = decide(_process(), _rita("Note: Jane can't do Fridays"), NOW, POLICY)
    done = process.current.model_copy(update={"status": RoundStatus.COMPLETED})
    both = (Window(_utc(4, 14), _utc(4, 17)), Window(_utc(7, 14), _utc(7, 17)))
    second = Round(number=2, interviewers=(BOB,), availability={"candidate": both})
    process = process.model_copy(update={"rounds": (done, second)})
    bob = Reply(BOB.email, Extraction(Intent.AVAILABILITY, both, confidence=0.9), "m2", "…")
    process, _ = decide(process, bob, NOW, POLICY)
    assert process.current.slot == Window(_utc(7, 14), _utc(7, 15))


def test_a_zone_named_in_a_note_becomes_the_persons_zone() -> None:
    """'Bob is on IST now' moves Bob's zone, so his next letters and slots use it."""
    process, _ = decide(
        _process(), _rita("Note: Bob Smith is in IST now, only mornings"), NOW, POLICY
    )
    assert {p.zone for p in (*process.clients, *process.current.interviewers)} == {"Asia/Kolkata"}


def test_status_shows_the_notes_and_preferences() -> None:
    """'status' lists the standing preferences and the latest notes."""
    process, _ = decide(_process(), _rita(SAME_NOTE["en"]), NOW, POLICY)
    _, emails = decide(process, _rita("status"), NOW, POLICY)
    [answer] = _updates(emails)
    assert "Jane Doe: not on Fridays" in answer
    assert "Note of 2026-11-30: Note: spoke to Jane" in answer


def test_a_note_on_the_desk_names_its_process() -> None:
    """'note: Jane can't do Fridays' answering a summary lands on Jane's process."""
    done = on_desk([_process()], RITA.email, "note: Jane can't do Fridays", NOW, POLICY)
    assert done.process is not None
    assert done.process.preferences[JANE.email].weekdays_out == (FRIDAY,)
    assert "not on Fridays" in done.answer


def test_a_closed_process_takes_only_labelled_notes() -> None:
    """On a closed process an unlabelled message is nobody's note."""
    closed = _process().model_copy(update={"status": ProcessStatus.REJECTED})
    assert decide(closed, _rita("Jane can't do Fridays"), NOW, POLICY) == (closed, [])


def test_only_the_processs_recruiter_writes_notes() -> None:
    """A client's 'Note: Jane can't do Fridays' is the client's reply, not a note."""
    bob = Reply(
        BOB.email, Extraction(Intent.OTHER, confidence=0.9), "m3", "Note: Jane can't do Fridays"
    )
    process, _ = decide(_process(), bob, NOW, POLICY)
    assert (process.notes, process.preferences) == ((), {})


def test_relayed_times_on_a_paused_process_stay_in_the_note() -> None:
    """A paused process sends nothing: relayed times are kept, not booked, and Rita is told."""
    paused = _process(availability={"client": (Window(_utc(4, 9), _utc(4, 17)),)})
    paused = paused.model_copy(update={"status": ProcessStatus.PAUSED})
    process, emails = decide(paused, _rita("Jane can do Friday 10am-12pm"), NOW, POLICY)
    assert process.current.status == RoundStatus.REQUESTED
    assert [e.template for e in emails] == ["recruiter_update"]
    assert "in the note only: the process is paused" in _updates(emails)[0]


def test_hours_written_with_a_colon_stay_one_constraint() -> None:
    """'only after 2:30pm' is read whole: the colon in the time is no clause end."""
    found = read_note("Note: Bob only after 2:30pm", now=NOW, zone=LONDON)
    assert found.hours_out == ((0, 14 * 60 + 30), (17 * 60, 24 * 60))


def test_notes_and_preferences_survive_the_tracker_document() -> None:
    """to_doc/from_doc (both stores keep that JSON) keep notes, dates, spans and zones."""
    process, _ = decide(
        _process(), _rita("Note: Jane away on 14 December, no afternoons, on CET"), NOW, POLICY
    )
    assert process.preferences[JANE.email].dates_out == (date(2026, 12, 14),)
    assert Process.from_doc(json.loads(json.dumps(process.to_doc()))) == process


def test_the_zone_of_relayed_hours_is_not_the_persons_zone() -> None:
    """'Tue 3-5pm IST' names the hours' zone; Jane stays in New York, her times are IST's."""
    relay = "Jane can do Tue Dec 8 3–5pm or Wed Dec 9 2:30–4:30pm IST"
    process, emails = decide(_process(), _rita(relay), NOW, POLICY)
    assert process.candidate.zone == JANE.zone
    ist = datetime(2026, 12, 8, 9, 30, tzinfo=UTC)  # 15:00 IST
    assert process.current.availability["candidate"][0].start == ist
    assert "I took these as Jane Doe's times" in _updates(emails)[0]
