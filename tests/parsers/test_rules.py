"""The offline rules engine: intents, picks, outcomes, windows and confidence."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from parsers.model import (
    CalendarPart,
    Context,
    Extraction,
    Intent,
    Outcome,
    ParsedMessage,
    Role,
    Stage,
    Window,
)
from parsers.rules.engine import extract
from parsers.rules.intents import find_cues, fold

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 12, 7, 9, 30, tzinfo=NY)  # a Monday


def _slot(day: int, hour: int) -> Window:
    start = datetime(2026, 12, day, hour, tzinfo=NY)
    return Window(start, start + timedelta(hours=1))


OPTIONS = (_slot(8, 10), _slot(9, 15), _slot(10, 11))  # Tue 10:00, Wed 15:00, Thu 11:00
BOOKED = _slot(10, 14)  # Thu 14:00


def _read(
    text: str,
    stage: Stage = Stage.REQUESTED,
    role: Role = Role.CANDIDATE,
    *,
    subject: str = "Re: Interview",
    calendar: CalendarPart | None = None,
    machine: str | None = None,
) -> Extraction:
    context = Context(
        role=role,
        timezone="America/New_York",
        stage=stage,
        proposed=OPTIONS if stage is Stage.PROPOSED else (),
        scheduled=BOOKED if stage in (Stage.SCHEDULED, Stage.COMPLETED) else None,
    )
    message = ParsedMessage(
        message_id="m1",
        subject=subject,
        sender=None,
        date=NOW,
        text=text,
        calendar=calendar,
        machine=machine,
    )
    return extract(message, context, now=NOW)


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        ("Option 2 works for me.", 2),
        ("The third one is best for me, thanks.", 3),
        ("I'll take the first slot.", 1),
        ("Wednesday works great.", 2),
        ("The 3pm one suits me best.", 2),
        ("Tue 10am 👍", 1),
        ("Any of them work for me.", 1),
        ("Either is fine, you pick.", 1),
        ("1 or 3 are both fine, 2 doesn't work (dentist).", 1),
        ("2 or 3 both fine, 1 doesn't work", 2),
        ("Tuesday doesn't work for me, but Thursday is fine.", 3),
        ("The first two don't work for me, but the third is fine.", 3),
        ("I'm away Tuesday and Wednesday, so Thursday it is.", 3),
        ("Me viene mejor la segunda opción.", 2),
        ("Le mercredi me convient parfaitement.", 2),
        ("Die erste Option passt.", 1),
        ("Quinta-feira funciona para mim.", 3),
        ("The 3pm you suggested doesn't work, but the Thursday one is fine.", 3),
        ("Either of the first two is fine.", 1),
        ("Happy with option three.", 3),
        ("Tuesday doesn't work but Wednesday's fine.", 2),
    ],
)
def test_a_pick_among_proposed_options_is_accept_with_its_number(text: str, selected: int) -> None:
    """Picking by number, ordinal, day, time or "any" selects the lowest acceptable option."""
    reading = _read(text, Stage.PROPOSED)
    assert (reading.intent, reading.selected, reading.windows) == (Intent.ACCEPT, selected, ())


def test_a_pick_beats_a_fallback_window() -> None:
    """An option picked plus a fallback time is accept, with no windows."""
    reading = _read("Option 2 is best. If not, Friday morning also works.", Stage.PROPOSED)
    assert (reading.intent, reading.selected, reading.windows) == (Intent.ACCEPT, 2, ())


@pytest.mark.parametrize(
    "text",
    [
        "None of these work for me, sorry.",
        "Unfortunately I'm not available on any of those days.",
        "Ninguna de esas opciones me funciona.",
        "Aucun de ces créneaux ne me convient.",
        "Keiner der Termine passt leider.",
        "Nenhuma das opções funciona para mim.",
    ],
)
def test_refusing_every_option_without_new_times_is_decline(text: str) -> None:
    """ "None of those work" with nothing offered is decline, with nothing selected."""
    reading = _read(text, Stage.PROPOSED)
    assert (reading.intent, reading.selected, reading.windows) == (Intent.DECLINE, None, ())


def test_refusing_the_options_and_offering_others_is_availability() -> None:
    """Rejected options plus new times give availability with those times as windows."""
    reading = _read("Those don't work, but I'm free Friday after 2pm.", Stage.PROPOSED)
    friday = datetime(2026, 12, 11, tzinfo=NY)
    expected = (Window(friday.replace(hour=14), friday.replace(hour=17)),)
    assert (reading.intent, reading.selected, reading.windows) == (
        Intent.AVAILABILITY,
        None,
        expected,
    )


def test_a_day_asked_for_instead_is_not_a_pick() -> None:
    """Naming a proposed day while asking for something else is a counter-offer, not a pick."""
    reading = _read("Can we do something next week instead? Monday afternoon?", Stage.PROPOSED)
    assert reading.intent is Intent.AVAILABILITY and reading.selected is None


@pytest.mark.parametrize(
    "text",
    [
        "Confirmed, see you then!",
        "Perfect, I'll be there.",
        "yep all good, see you thursday 2pm 👍",
        "Thanks, got the invite.",
        "Passt, bis Donnerstag!",
        "Perfecto, nos vemos el jueves.",
        "C'est noté, à jeudi !",
        "Perfeito, até quinta!",
    ],
)
def test_confirming_a_booked_interview_is_accept_without_selection(text: str) -> None:
    """At stage scheduled a confirmation is accept; restating the booked time is no window."""
    reading = _read(text, Stage.SCHEDULED)
    assert (reading.intent, reading.selected, reading.windows) == (Intent.ACCEPT, None, ())


@pytest.mark.parametrize(
    "text",
    [
        "Could we move it to Friday morning?",
        "¿Podemos cambiar la entrevista al viernes por la mañana?",
        "Können wir das Interview auf Freitag Vormittag verschieben?",
        "Podemos remarcar para sexta de manhã?",
    ],
)
def test_moving_a_booked_interview_is_reschedule_with_the_new_times(text: str) -> None:
    """A move request on a booked interview is reschedule carrying the offered window."""
    friday = datetime(2026, 12, 11, tzinfo=NY)
    reading = _read(text, Stage.SCHEDULED)
    assert reading.intent is Intent.RESCHEDULE
    assert reading.windows == (Window(friday.replace(hour=9), friday.replace(hour=12)),)


def test_the_booked_slot_named_in_a_move_request_is_not_a_window() -> None:
    """ "Thursday's interview" names the booking; only the new day is offered."""
    reading = _read(
        "I need to push Thursday's interview, sorry. I'll send new times.", Stage.SCHEDULED
    )
    assert (reading.intent, reading.windows) == (Intent.RESCHEDULE, ())


@pytest.mark.parametrize(
    ("text", "stage", "role", "intent"),
    [
        (
            "I've accepted another offer, so please cancel my interview.",
            Stage.SCHEDULED,
            Role.CANDIDATE,
            Intent.WITHDRAW,
        ),
        (
            "None of the times work, and I'd like to withdraw my application.",
            Stage.PROPOSED,
            Role.CANDIDATE,
            Intent.WITHDRAW,
        ),
        (
            "I've decided not to proceed, thank you for your time.",
            Stage.REQUESTED,
            Role.CANDIDATE,
            Intent.WITHDRAW,
        ),
        ("Ich ziehe meine Bewerbung zurück.", Stage.REQUESTED, Role.CANDIDATE, Intent.WITHDRAW),
        ("Quiero retirar mi candidatura.", Stage.REQUESTED, Role.CANDIDATE, Intent.WITHDRAW),
        (
            "Please don't book any of these, we've paused hiring.",
            Stage.PROPOSED,
            Role.CLIENT,
            Intent.CANCEL,
        ),
        (
            "Please cancel Thursday's interview, the req is on hold.",
            Stage.SCHEDULED,
            Role.CLIENT,
            Intent.CANCEL,
        ),
        ("Nous devons annuler l'entretien.", Stage.SCHEDULED, Role.CLIENT, Intent.CANCEL),
        (
            "Sorry, I have to cancel Thursday. Could we do Friday morning instead?",
            Stage.SCHEDULED,
            Role.CANDIDATE,
            Intent.RESCHEDULE,
        ),
        (
            "Keen to progress her to round 3. What's her notice period?",
            Stage.COMPLETED,
            Role.CLIENT,
            Intent.FEEDBACK,
        ),
        ("Works for me. Could you send over the CV?", Stage.SCHEDULED, Role.CLIENT, Intent.ACCEPT),
        (
            "None work. Thu 10-12 would be better. Is it remote?",
            Stage.PROPOSED,
            Role.CANDIDATE,
            Intent.AVAILABILITY,
        ),
        (
            "Which entrance should I use on Thursday?",
            Stage.SCHEDULED,
            Role.CANDIDATE,
            Intent.QUESTION,
        ),
        ("What's the salary range for this one?", Stage.REQUESTED, Role.CANDIDATE, Intent.QUESTION),
        (
            "Thanks so much for setting it up yesterday!",
            Stage.COMPLETED,
            Role.CANDIDATE,
            Intent.OTHER,
        ),
    ],
)
def test_the_priority_order_decides_between_several_intents(
    text: str, stage: Stage, role: Role, intent: Intent
) -> None:
    """withdraw > cancel > reschedule > feedback > accept > availability > decline > question."""
    reading = _read(text, stage, role)
    assert reading.intent is intent
    if intent not in (Intent.AVAILABILITY, Intent.RESCHEDULE):
        assert reading.windows == ()


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("She was great, we'd like to move her to the next round.", Outcome.ADVANCE),
        ("We're not ready to make an offer yet, but we'd like to see her again.", Outcome.ADVANCE),
        ("Unfortunately we won't be moving forward with him.", Outcome.REJECT),
        ("He did well but we've decided to go with someone more senior.", Outcome.REJECT),
        ("We'd love to make him an offer!", Outcome.OFFER),
        ("We'd like to move forward with an offer.", Outcome.OFFER),
        ("Still deciding - two more candidates to see. Will come back to you.", Outcome.HOLD),
        ("Hemos decidido no seguir adelante con ella.", Outcome.REJECT),
        ("Wir möchten ihr ein Angebot machen.", Outcome.OFFER),
        ("Nous souhaitons passer à l'étape suivante avec elle.", Outcome.ADVANCE),
        ("Ainda estamos avaliando, retorno na semana que vem.", Outcome.HOLD),
        ("Let's do a final round with our CTO.", Outcome.ADVANCE),
        ("Happy to take her to the next stage.", Outcome.ADVANCE),
        ("Great chat, we'll move forward with him.", Outcome.ADVANCE),
        ("Let's bring him back for a technical round.", Outcome.ADVANCE),
        ("He was great - let's move him to the onsite.", Outcome.ADVANCE),
        ("Can we get him back in for a chat with the CEO next week?", Outcome.ADVANCE),
        ("Unfortunately she isn't the right fit for us at this time.", Outcome.REJECT),
        ("The team is still deliberating; expect an update early next week.", Outcome.HOLD),
        ("Not a yes yet - we want to see a couple more candidates first.", Outcome.HOLD),
        ("Please prepare an offer for Daniel.", Outcome.OFFER),
    ],
)
def test_a_clients_verdict_on_a_completed_round_is_feedback(text: str, outcome: Outcome) -> None:
    """At stage completed a client's verdict is feedback with its outcome and no windows."""
    reading = _read(text, Stage.COMPLETED, Role.CLIENT)
    assert (reading.intent, reading.outcome, reading.windows) == (Intent.FEEDBACK, outcome, ())


@pytest.mark.parametrize(
    ("partstat", "intent"),
    [("ACCEPTED", Intent.ACCEPT), ("DECLINED", Intent.DECLINE), ("TENTATIVE", Intent.OTHER)],
)
def test_a_calendar_reply_decides_by_its_partstat(partstat: str, intent: Intent) -> None:
    """An iTIP REPLY overrides the text: ACCEPTED, DECLINED and TENTATIVE map by themselves."""
    part = CalendarPart(method="REPLY", partstat=partstat)
    reading = _read(
        "I might not make it, will try. Friday works too.", Stage.SCHEDULED, calendar=part
    )
    assert (reading.intent, reading.windows) == (intent, ())
    assert reading.confidence > 0.9


def test_a_calendar_counter_is_reschedule_with_the_countered_time() -> None:
    """METHOD:COUNTER gives reschedule with the proposed time as its one window."""
    start = datetime(2026, 12, 11, 10, tzinfo=NY)
    part = CalendarPart(method="COUNTER", start=start, end=start + timedelta(hours=1))
    reading = _read("Current time: Thursday 2 PM", Stage.SCHEDULED, calendar=part)
    assert (reading.intent, reading.windows) == (
        Intent.RESCHEDULE,
        (Window(start, start + timedelta(hours=1)),),
    )


def test_machine_mail_is_other_without_windows() -> None:
    """An auto-reply is other even when it names dates."""
    reading = _read("I'm out of the office until Monday 14 December.", machine="auto-replied")
    assert (reading.intent, reading.windows) == (Intent.OTHER, ())


def test_a_strong_phrase_is_confident_and_gibberish_is_not() -> None:
    """Confidence is high for an unambiguous phrase and below 0.5 when nothing matched."""
    assert _read("Option 2 works for me.", Stage.PROPOSED).confidence >= 0.8
    assert _read("asdf qwerty zxcv", Stage.PROPOSED).confidence < 0.5
    assert _read("", Stage.SCHEDULED).confidence < 0.5


def test_a_calendar_subject_stands_in_for_a_lost_calendar_part() -> None:
    """An empty body under an "Accepted:" subject is read as accept."""
    assert _read("", Stage.SCHEDULED, subject="Accepted: Interview @ Thu").intent is Intent.ACCEPT


def test_availability_reports_the_zone_the_times_were_read_in() -> None:
    """Times written with a zone report that zone, not the context's."""
    reading = _read("Tuesday or Wednesday 2-4pm PT works for me.")
    assert (reading.intent, reading.timezone) == (Intent.AVAILABILITY, "America/Los_Angeles")


def test_fold_keeps_offsets_and_strips_accents_and_curly_quotes() -> None:
    """Folding lowers case, drops accents and straightens quotes without moving any offset."""
    text = "Ça me va – I’ll be THERE, İstanbul"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("ca me va – i'll be there")


def test_a_negated_form_outranks_the_bare_verb_it_contains() -> None:
    """ "won't be progressing" is one reject cue, not a reject plus an advance."""
    cues = {hit.cue.value for hit in find_cues(fold("We won't be progressing him."))}
    assert cues == {"reject"}


@pytest.mark.parametrize(
    ("text", "stage", "outcome"),
    [
        ("We've decided to make an offer.", Stage.SCHEDULED, Outcome.OFFER),
        ("Unfortunately we won't be moving forward with him.", Stage.PROPOSED, Outcome.REJECT),
        ("We'd love to make her an offer!", Stage.REQUESTED, Outcome.OFFER),
    ],
)
def test_a_clear_verdict_before_completed_is_still_feedback(
    text: str, stage: Stage, outcome: Outcome
) -> None:
    """Feedback outranks accept and availability at any stage when the client gives a verdict."""
    reading = _read(text, stage, Role.CLIENT)
    assert (reading.intent, reading.outcome, reading.windows) == (Intent.FEEDBACK, outcome, ())


def test_another_round_talk_before_the_round_is_held_is_no_verdict() -> None:
    """ "A final round with our CTO" while this round is still only proposed is not feedback."""
    reading = _read("Let's do a final round with our CTO.", Stage.PROPOSED, Role.CLIENT)
    assert reading.intent is not Intent.FEEDBACK


def test_a_verdict_after_the_booked_time_has_passed_is_feedback() -> None:
    """Stage scheduled but the booked slot is over: the round was held, so advance counts."""
    context = Context(
        role=Role.CLIENT, timezone="America/New_York", stage=Stage.SCHEDULED, scheduled=BOOKED
    )
    message = ParsedMessage(
        message_id="m1",
        subject="Re: Interview",
        sender=None,
        date=NOW,
        text="Let's do a final round with our CTO.",
        calendar=None,
        machine=None,
    )
    reading = extract(message, context, now=BOOKED.end + timedelta(days=1))
    assert (reading.intent, reading.outcome) == (Intent.FEEDBACK, Outcome.ADVANCE)


def _one_option(text: str) -> Extraction:
    context = Context(
        role=Role.CANDIDATE, timezone="America/New_York", stage=Stage.PROPOSED, proposed=OPTIONS[:1]
    )
    message = ParsedMessage(
        message_id="m1",
        subject="Re: Interview",
        sender=None,
        date=NOW,
        text=text,
        calendar=None,
        machine=None,
    )
    return extract(message, context, now=NOW)


@pytest.mark.parametrize("text", ["Sounds good!", "That works.", "Ok", "Perfect, thanks."])
def test_a_plain_yes_to_a_single_option_selects_it(text: str) -> None:
    """With exactly one option proposed, a plain yes accepts it as option 1."""
    reading = _one_option(text)
    assert (reading.intent, reading.selected, reading.windows) == (Intent.ACCEPT, 1, ())


@pytest.mark.parametrize("text", ["Ok, let me check.", "OK, but could we do Friday?"])
def test_a_weak_yes_that_defers_or_redirects_selects_nothing(text: str) -> None:
    """ "Ok" followed by a deferral or another day is not a pick of the one option."""
    assert _one_option(text).selected is None


def test_a_spanish_excuse_week_is_no_offer_and_the_reply_declines() -> None:
    """ "ninguna ... esta semana estoy cubriendo a un compañero" declines with no windows."""
    reading = _read(
        "Lo siento, ninguna de esas opciones me funciona; esta semana estoy cubriendo a un "
        "compañero. Les escribo en cuanto tenga la agenda más clara.",
        Stage.PROPOSED,
    )
    assert (reading.intent, reading.windows) == (Intent.DECLINE, ())


def test_a_promise_to_confirm_later_offers_no_window() -> None:
    """ "I'll confirm tomorrow" is no availability for tomorrow."""
    reading = _read("Thanks! I'll confirm tomorrow.")
    assert (reading.intent, reading.windows) == (Intent.OTHER, ())


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # a table whose days head the columns: which hours go with which day is a guess
        ("Monday\tWednesday\n9-11\tout of office", Stage.REQUESTED),
        # a refusal word the time reader could not attach to a day or time
        ("Thursday 2-4 is good, Friday not.", Stage.REQUESTED),
        # called off, or moved to the time named? Both readings stand
        ("Please cancel the Thursday interview, I'll talk to her Friday morning.", Stage.SCHEDULED),
        # "before noon" fits the Tuesday and the Thursday option alike
        ("Sure, before noon works for me.", Stage.PROPOSED),
        # words among the offered times that nothing explains
        ("Tuesday 2-4 once my babysitter arrives.", Stage.REQUESTED),
    ],
)
def test_what_the_rules_do_not_model_goes_under_the_floor(text: str, stage: Stage) -> None:
    """Readings the rules engine cannot vouch for get a confidence under the 0.5 floor."""
    assert _read(text, stage).confidence < 0.5


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Tuesday 2-4pm works for me.", Stage.REQUESTED),
        ("Wednesday at 3 is perfect.", Stage.PROPOSED),
        ("Monday is out, but Tuesday morning is fine.", Stage.REQUESTED),
    ],
)
def test_plain_readings_stay_above_the_floor(text: str, stage: Stage) -> None:
    """A reply the rules read fully keeps a confidence at or above the floor."""
    assert _read(text, stage).confidence >= 0.5


def test_an_unexplained_reply_is_a_question_not_other() -> None:
    """Content no cue explains goes to a person as a question, never dropped as `other`."""
    got = _read("I have a concern about the commute and the parking situation.")
    assert (got.intent, got.confidence < 0.5) == (Intent.QUESTION, True)


def test_a_thank_you_stays_other() -> None:
    """A plain thank-you is an acknowledgement: `other`, nothing for a person."""
    assert _read("Thanks so much!", Stage.SCHEDULED).intent is Intent.OTHER


def test_same_time_tomorrow_is_the_booked_hours_a_day_after_today() -> None:
    """'Same time tomorrow' at a booked interview moves it to the booked hours tomorrow."""
    got = _read("Could we do the same time tomorrow instead?", Stage.SCHEDULED)
    start = datetime(2026, 12, 8, 14, tzinfo=NY)
    assert (got.intent, got.windows) == (
        Intent.RESCHEDULE,
        (Window(start, start + timedelta(hours=1)),),
    )


def test_a_bare_pass_from_a_candidate_is_no_withdrawal() -> None:
    """A one-word 'Pass.' is a client's rejection after the round, never a candidate's exit."""
    assert _read("Pass.", Stage.PROPOSED).intent is not Intent.WITHDRAW
    got = _read("Pass.", Stage.COMPLETED, Role.CLIENT)
    assert (got.intent, got.outcome) == (Intent.FEEDBACK, Outcome.REJECT)
