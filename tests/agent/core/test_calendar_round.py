"""Tests for agent.core.calendar_round: slots from calendars, the fallbacks, the re-check."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from agent.core.actions import Email
from agent.core.calendar_round import (
    CalendarRules,
    booked_interviews,
    offer_from_calendars,
    start_from_calendars,
    still_free,
)
from agent.core.policy import decide
from agent.core.process import Process, ProcessStatus, RoundStatus
from parsers.model import Intent, Window
from tests.agent.test_policy import BOB, JANE, NOW, POLICY, _process, _reply, _to

RULES = CalendarRules()
ASKED_BOTH = [Email((JANE,), "ask_availability"), Email((BOB,), "ask_availability")]


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=UTC)


def asking() -> Process:
    """A new process whose both sides were just asked, as start_process leaves it."""
    return _process(waiting_since={"candidate": NOW, "client": NOW})


def test_known_calendars_give_the_candidate_slots_and_spare_the_client() -> None:
    """Every interviewer known: candidate gets options, the client is neither asked nor
    waited for, and the client side's availability is their free time."""
    busy = {BOB.email: (Window(utc(1, 14), utc(1, 15)),)}
    process, emails = start_from_calendars(asking(), busy, (), NOW, POLICY, RULES, ASKED_BOTH)
    assert _to(emails) == [
        (JANE.email, "calendar_options"),
        ("rita@agency.test", "recruiter_update"),
    ]
    rnd = process.current
    assert rnd.status == RoundStatus.PROPOSED and rnd.options_to == "candidate"
    assert 3 <= len(rnd.options) <= 5
    assert "client" not in rnd.waiting_since
    free = rnd.availability["client"]
    assert not any(w.start < utc(1, 15, 15) and utc(1, 13, 45) < w.end for w in free)


def test_unknown_interviewer_means_asking_both_by_email() -> None:
    """An interviewer with no calendar: the usual questions, nothing for the recruiter."""
    process, emails = start_from_calendars(asking(), {}, (), NOW, POLICY, RULES, ASKED_BOTH)
    assert emails == ASKED_BOTH
    assert process.current.status == RoundStatus.REQUESTED


def test_unreadable_calendar_means_asking_and_telling_the_recruiter() -> None:
    """A calendar that could not be read: ask by email, and say so to the recruiter once."""
    _, emails = start_from_calendars(asking(), {}, (BOB.email,), NOW, POLICY, RULES, ASKED_BOTH)
    assert _to(emails)[:2] == _to(ASKED_BOTH)
    assert _to(emails)[2:] == [("rita@agency.test", "recruiter_update")]
    assert BOB.email in emails[2].values["update"]


def test_too_few_free_slots_means_asking_by_email() -> None:
    """A fully booked fortnight offers nothing: ask both sides instead of sending two slots."""
    busy = {BOB.email: (Window(NOW, NOW + timedelta(days=20)),)}
    assert offer_from_calendars(asking(), asking().current, busy, NOW, POLICY, RULES) is None


def test_daily_limit_counts_interviews_booked_in_other_processes() -> None:
    """Bob's interview in another open process is found, and fills his day at a limit of 1."""
    other = _process(status=RoundStatus.SCHEDULED, slot=Window(utc(1, 16), utc(1, 17)))
    other = other.model_copy(update={"id": "p2"})
    closed = other.model_copy(update={"id": "p3", "status": ProcessStatus.WITHDRAWN})
    booked = booked_interviews((BOB.email,), [other, closed, asking()], "p1")
    assert booked == {BOB.email: (Window(utc(1, 16), utc(1, 17)),)}
    rules = replace(RULES, daily_limit=1)
    offered = offer_from_calendars(
        asking(), asking().current, {BOB.email: ()}, NOW, POLICY, rules, booked
    )
    assert offered is not None
    assert all(o.start.date() != utc(1, 0).date() for o in offered[0].options)


def _proposed(*busy: Window) -> Process:
    known = {BOB.email: busy}
    process, _ = start_from_calendars(asking(), known, (), NOW, POLICY, RULES, ASKED_BOTH)
    return process


def test_a_pick_still_free_is_booked_as_picked() -> None:
    """Fresh busy time elsewhere leaves the pick alone."""
    process = _proposed()
    picked = process.current.options[1]
    assert still_free(process, process.current, picked, (), NOW, POLICY) == picked


def test_a_taken_pick_moves_to_the_next_free_slot_and_the_letter_says_so() -> None:
    """A block over option 1 books the next free slot; the candidate's invite says why."""
    process = _proposed()
    first = process.current.options[0]
    block = (Window(first.start, first.end + timedelta(minutes=15)),)
    reply = replace(_reply(JANE, Intent.ACCEPT, selected=1), busy=block)
    updated, emails = decide(process, reply, NOW, POLICY)
    slot = updated.current.slot
    assert slot is not None and slot.start >= block[0].end
    letter = next(e for e in emails if e.to == (JANE,) and e.template == "invite")
    assert "was taken in the meantime" in letter.values["readback"]


def test_a_taken_pick_with_nothing_free_goes_to_the_recruiter() -> None:
    """No free time left after the pick: a person decides, nothing is booked."""
    process = _proposed()
    block = (Window(NOW, NOW + timedelta(days=30)),)
    reply = replace(_reply(JANE, Intent.ACCEPT, selected=1), busy=block)
    updated, emails = decide(process, reply, NOW, POLICY)
    assert updated.current.slot is None
    assert ("rita@agency.test", "forward_to_recruiter") in _to(emails)


def test_other_times_from_the_candidate_are_intersected_with_the_free_time() -> None:
    """Jane's own window is booked only where Bob's calendar is free, buffer included."""
    process = _proposed(Window(utc(8, 14), utc(8, 15)))
    wanted = Window(utc(8, 12), utc(8, 17))
    updated, _ = decide(process, _reply(JANE, Intent.AVAILABILITY, wanted), NOW, POLICY)
    assert updated.current.slot == Window(utc(8, 15, 30), utc(8, 16, 30))


def test_turned_down_slots_bring_new_ones_and_the_second_miss_tells_the_recruiter() -> None:
    """'None of these work' gets fresh calendar slots, none of the old; the second time the
    recruiter hears of it too."""
    process = _proposed()
    first = process.current.options
    process, emails = decide(process, _reply(JANE, Intent.DECLINE), NOW, POLICY)
    second = process.current.options
    assert _to(emails) == [(JANE.email, "calendar_options")]
    assert second and not set(first) & set(second)
    assert process.current.status == RoundStatus.PROPOSED and process.current.misses == 1
    process, emails = decide(process, _reply(JANE, Intent.DECLINE), NOW, POLICY)
    assert _to(emails) == [
        (JANE.email, "calendar_options"),
        ("rita@agency.test", "recruiter_update"),
    ]
    assert process.current.misses == 2


def test_turned_down_with_nothing_else_free_asks_the_candidate_for_times() -> None:
    """No other free slot: the usual question for the candidate's own times."""
    process = _proposed()
    taken = tuple(Window(w.start, w.end) for w in process.current.availability["client"])
    reply = replace(_reply(JANE, Intent.DECLINE), busy=taken)
    process, emails = decide(process, reply, NOW, POLICY)
    assert (JANE.email, "ask_again") in _to(emails)
    assert process.current.status == RoundStatus.REQUESTED
