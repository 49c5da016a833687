"""Loop guards: what counts as near-identical, the sliding hour, the kickoff thread."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from agent.core.loops import (
    asked_recently,
    count_repeat,
    fingerprint,
    kickoff_thread,
    prune_told,
    record_question,
    told_today,
)
from parsers.model import Address, CalendarPart, ParsedMessage

NOW = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)
BASE = ParsedMessage(
    message_id="m1@x.test",
    subject="Re: Interview",
    sender=Address("jane@x.test", "Jane"),
    date=NOW,
    text="I am out of the office until Monday.",
    body="I am out of the office until Monday.\n\n> quoted",
)


def test_fingerprint_ignores_case_punctuation_and_spacing_only() -> None:
    """Same words and numbers are near-identical; another word or number is not."""
    same = replace(BASE, text="i am OUT of the office   until monday!!")
    assert fingerprint(same, "p1") == fingerprint(BASE, "p1")
    assert fingerprint(replace(BASE, text="I am out of the office until Tuesday."), "p1") != (
        fingerprint(BASE, "p1")
    )
    ten, two = (replace(BASE, text=f"Monday at {h} works") for h in ("10", "2"))
    assert fingerprint(ten, "p1") != fingerprint(two, "p1")


def test_fingerprint_differs_between_processes() -> None:
    """The same short answer ("send") on two processes is two different mails."""
    send = replace(BASE, text="send")
    assert fingerprint(send, "p1") != fingerprint(send, "p2")
    assert fingerprint(send, "p1") == fingerprint(replace(send, text="Send."), "p1")


def test_fingerprint_tells_calendar_replies_apart() -> None:
    """Two empty-bodied RSVPs differ when their answer or event differs."""
    yes = replace(
        BASE, text="", body="", calendar=CalendarPart(method="REPLY", uid="u1", partstat="ACCEPTED")
    )
    no = replace(yes, calendar=CalendarPart(method="REPLY", uid="u1", partstat="DECLINED"))
    assert fingerprint(yes, "p1") != fingerprint(no, "p1")


def test_count_repeat_counts_within_the_hour_per_sender_and_prunes() -> None:
    """Earlier copies count only from the same sender and within the hour; old entries go."""
    recent: dict[str, list[list[str]]] = {}
    for minutes in (0, 10, 20):
        earlier, recent = count_repeat(recent, "a@x.test", "p", NOW + timedelta(minutes=minutes))
    assert earlier == 2
    assert count_repeat(recent, "b@x.test", "p", NOW)[0] == 0
    assert count_repeat(recent, "a@x.test", "q", NOW)[0] == 0
    later, pruned = count_repeat(recent, "a@x.test", "p", NOW + timedelta(minutes=75))
    assert later == 1  # only the copy from minute 20 is within the hour
    assert len(pruned["a@x.test"]) == 2


def test_kickoff_thread_follows_our_questions_and_the_root() -> None:
    """A reply naming only our question, or the thread root, finds the thread asked before."""
    asked = record_question({}, "root@x.test", "q1@agent.test", NOW)
    assert kickoff_thread(("q1@agent.test", "ooo@x.test"), asked) == "root@x.test"
    assert kickoff_thread(("root@x.test", "q1@agent.test", "ooo@x.test"), asked) == "root@x.test"
    assert kickoff_thread(("other@x.test",), asked) == "other@x.test"
    assert asked_recently(asked, "root@x.test", NOW + timedelta(hours=23))
    assert not asked_recently(asked, "root@x.test", NOW + timedelta(hours=25))
    later = record_question(asked, "next@x.test", "q2@agent.test", NOW + timedelta(hours=25))
    assert list(later) == ["next@x.test"]


def test_told_today_and_prune() -> None:
    """A notice is remembered for a day, then forgotten and pruned."""
    told = {"a@x.test": NOW.isoformat()}
    assert told_today(told, "a@x.test", NOW + timedelta(hours=23))
    assert not told_today(told, "a@x.test", NOW + timedelta(hours=25))
    assert not told_today(told, "b@x.test", NOW)
    assert prune_told(told, NOW + timedelta(hours=25)) == {}
