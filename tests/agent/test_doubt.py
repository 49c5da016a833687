"""Replies the agent cannot act on reach a person, with what was understood, and no one is
told "passed to your recruiter" twice in a day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from agent.core.acks import bare_acknowledgement
from agent.core.actions import Reply
from agent.core.policy import decide
from agent.core.process import ProcessStatus
from parsers.model import CalendarPart, Extraction, Intent, Window
from tests.agent.test_policy import BOB, JANE, NOW, POLICY, _process, _to


def _said(text: str, found: Extraction, sender: str = JANE.email) -> Reply:
    return Reply(sender=sender, extraction=found, message_id="m", text=text)


def test_unsure_reading_reaches_the_recruiter_with_text_and_reading() -> None:
    """Under the floor: the recruiter gets the text, the intent, the times in words and the
    confidence; the sender hears it was passed on."""
    window = Window(datetime(2026, 12, 2, 18, tzinfo=UTC), datetime(2026, 12, 2, 22, tzinfo=UTC))
    found = Extraction(intent=Intent.AVAILABILITY, windows=(window,), confidence=0.35)
    text = "Wednesday could work, maybe, if the afternoon frees up?"
    _, emails = decide(_process(), _said(text, found), NOW, POLICY)
    assert _to(emails) == [
        ("rita@agency.test", "forward_to_recruiter"),
        ("jane@example.com", "holding_reply"),
    ]
    values = emails[0].values
    assert values["text"] == text
    assert values["reading"] == (
        "availability, times Wednesday 2 December 2026, 13:00–17:00 EST (America/New_York)"
        " (confidence 0.35)"
    )


def test_holding_reply_goes_once_a_day_per_person_and_round() -> None:
    """Three unsure replies in a day: three forwards, one holding reply; a day later, another."""
    found = Extraction(intent=Intent.QUESTION, confidence=0.9)
    process = _process()
    sent = []
    for at in (NOW, NOW + timedelta(hours=2), NOW + timedelta(hours=23), NOW + timedelta(days=1)):
        process, emails = decide(process, _said("And the salary?", found), at, POLICY)
        sent.append([template for _, template in _to(emails)])
    assert sent == [
        ["forward_to_recruiter", "holding_reply"],
        ["forward_to_recruiter"],
        ["forward_to_recruiter"],
        ["forward_to_recruiter", "holding_reply"],
    ]
    # The client asking the same day still hears from us: the rule is per person.
    _, emails = decide(process, _said("Salary band?", found, BOB.email), NOW, POLICY)
    assert ("bob@acme.test", "holding_reply") in _to(emails)


def test_a_real_message_read_as_other_reaches_the_recruiter() -> None:
    """Nothing to act on, but more than a thanks: the recruiter reads it, with the reading."""
    text = "Just so you know, my notice period is three months, not one."
    found = Extraction(intent=Intent.OTHER, confidence=0.25)
    _, emails = decide(_process(), _said(text, found), NOW, POLICY)
    assert _to(emails) == [("rita@agency.test", "recruiter_update")]
    assert text in emails[0].values["update"]
    assert "other (confidence 0.25)" in emails[0].values["update"]


@pytest.mark.parametrize(
    "text",
    ["thanks!", "Great", "👍", "Merci !", "Danke schön", "¡Gracias!", "Obrigado", "Thanks, Jane"],
)
def test_a_bare_thanks_is_not_forwarded(text: str) -> None:
    found = Extraction(intent=Intent.OTHER, confidence=0.65)
    assert decide(_process(), _said(text, found), NOW, POLICY)[1] == []


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("Thanks so much, Jane!", True),
        ("Perfect, thank you 🙏", True),
        ("Vielen Dank, alles klar.", True),
        ("Automatic reply: I am out of the office until Monday.", True),
        ("Thanks! Also, can I bring my portfolio?", False),
        ("Pass.", False),
        ("merci, mais je ne suis plus disponible", False),
        ("thanks " * 20, False),
    ],
)
def test_bare_acknowledgement(text: str, bare: bool) -> None:
    assert bare_acknowledgement(text, ["Jane Doe"]) is bare


def test_a_reply_after_the_process_closed_reaches_the_recruiter() -> None:
    """A closed process acts on nothing, but a real message is not dropped; thanks are."""
    closed = _process().model_copy(update={"status": ProcessStatus.REJECTED})
    text = "Could you tell me what I could have done better?"
    found = Extraction(intent=Intent.QUESTION, confidence=0.9)
    kept, emails = decide(closed, _said(text, found), NOW, POLICY)
    assert kept.status == ProcessStatus.REJECTED
    assert _to(emails) == [("rita@agency.test", "recruiter_update")]
    assert "the process is closed (rejected)" in emails[0].values["update"]
    assert decide(closed, _said("Thanks anyway!", found), NOW, POLICY)[1] == []


def test_a_calendar_answer_after_the_close_is_not_passed_on() -> None:
    closed = _process().model_copy(update={"status": ProcessStatus.WITHDRAWN})
    part = CalendarPart(
        method="REPLY", uid="u1@rounds.test", attendee=JANE.email, partstat="DECLINED"
    )
    found = Extraction(intent=Intent.DECLINE, confidence=1.0)
    event = Reply(JANE.email, found, "m", "Declined: Interview #1", calendar=part)
    assert decide(closed, event, NOW, POLICY)[1] == []
