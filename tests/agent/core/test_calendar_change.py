"""Tests for agent.core.calendar_change: a recruiter's `Calendar:` lines on a running process."""

from __future__ import annotations

from datetime import UTC, datetime

from agent.core.actions import Reply
from agent.core.calendar_change import on_calendar_command, search_again
from agent.core.kickoff import read_calendars
from agent.core.policy import decide
from agent.core.process import Process, ProcessStatus, RoundStatus
from parsers.model import Extraction, Intent, Window
from tests.agent.test_policy import BOB, JANE, NOW, POLICY, RITA, _process, _to

SPEC = "caldav:https://dav.acme.test/bob/"
SLOT = Window(datetime(2026, 12, 9, 15, tzinfo=UTC), datetime(2026, 12, 9, 16, tzinfo=UTC))


def _from(sender: str, text: str) -> Reply:
    return Reply(sender=sender, extraction=Extraction(Intent.OTHER), message_id="m1", text=text)


def _steer(process: Process, text: str) -> tuple[Process, list[str]]:
    """The recruiter's mail on the thread, through `decide`: the process and the updates."""
    updated, emails = decide(process, _from(RITA.email, text), NOW, POLICY)
    assert all(e.to == (RITA,) for e in emails), "only the recruiter hears of calendars"
    return updated, [e.values["update"] for e in emails]


def test_a_line_for_the_domain_sets_the_calendar_and_is_confirmed() -> None:
    """`Calendar: caldav:URL` on the thread keeps the spec for the client's domain, says what
    is set now, and leaves a line in the history (the story)."""
    process, [told] = _steer(_process(), f"Calendar: {SPEC}\n\nThanks")
    assert process.calendars == {"acme.test": SPEC}
    assert f"acme.test: {SPEC}" in told
    assert "booked interviews stay as they are" in told
    assert process.history[-1].endswith(f"calendars set by the recruiter: acme.test {SPEC}")


def test_a_persons_line_replaces_theirs_and_none_drops_it() -> None:
    """A second line for Bob replaces his; `Calendar: bob@acme.test none` drops it, and the
    confirmation then says the files' calendars apply again."""
    process, _ = _steer(_process(), f"Calendar: Bob Smith <{BOB.email}> {SPEC}")
    assert process.calendars == {BOB.email: SPEC}
    process, _ = _steer(process, f"Calendar: google:{BOB.email}")
    assert process.calendars == {BOB.email: f"google:{BOB.email}"}
    process, [told] = _steer(process, f"Calendar: {BOB.email} none")
    assert process.calendars == {}
    assert "files apply again" in told


def test_a_bad_line_changes_nothing_and_tells_the_problem_with_a_right_example() -> None:
    """An outsider's calendar or an unknown kind: the process is as it was, and the recruiter
    alone gets the problem and a line that would work for this client."""
    before = _process().model_copy(update={"calendars": {"acme.test": SPEC}})
    for line, problem in (
        ("Calendar: google:eve@evil.test", "not at the client's domain"),
        ("Calendar: outlook:bob@acme.test", "is no calendar"),
        ("Calendar: Bob none", "names no address before the calendar"),
    ):
        after, [told] = _steer(before, line)
        assert after == before
        assert problem in told
        assert f"Calendar: {BOB.email} google:{BOB.email}" in told


def test_none_at_a_kickoff_is_no_calendar() -> None:
    """Only a running process drops lines: at a kickoff `none` is a bad spec."""
    assert "is no calendar" in str(read_calendars(["none"], [BOB.email]))
    assert read_calendars(["none"], [BOB.email], dropping=True) == (("acme.test", ""),)


def test_a_line_below_a_letter_to_the_client_counts() -> None:
    """A mail to the client that CCs the agent may carry the line anywhere in its new text."""
    letter = "Hi Bob,\n\n" + "Looking forward to it.\n" * 10 + f"Calendar: {SPEC}\n\nRita"
    process, _ = _steer(_process(), letter)
    assert process.calendars == {"acme.test": SPEC}


def test_a_bare_link_is_no_calendar_command() -> None:
    """A booking page in the signature (`Calendar: https://…`) is not read as a command."""
    assert (
        on_calendar_command(_process(), "Calendar: https://cal.example/rita", NOW, POLICY) is None
    )


def test_calendar_and_place_lines_in_one_mail_both_apply() -> None:
    """The place lines are not lost behind the calendar lines: both change, both are told."""
    process, told = _steer(_process(), f"Calendar: {SPEC}\nLink: https://meet.acme.test/x")
    assert process.calendars == {"acme.test": SPEC}
    assert process.current.place.link == "https://meet.acme.test/x"
    assert len(told) == 2


def test_the_candidates_and_the_clients_calendar_lines_change_nothing() -> None:
    """Only the recruiter steers calendars: a party's `Calendar:` line is not read as one,
    and none of its text goes to the other party."""
    process = _process()
    for sender in (JANE.email, BOB.email):
        updated, emails = decide(process, _from(sender, f"Calendar: {SPEC}"), NOW, POLICY)
        assert updated.calendars == {}
        for email in emails:
            assert SPEC not in str(email.values) or email.to == (RITA,)


def test_a_slot_search_follows_only_for_a_round_still_waiting_for_times() -> None:
    """Calendars set on a requested round nobody answered: search now, also when the line
    repeats what is set (a round opened since). Not for a mail without calendar lines or
    with a bad one, when a side already sent times, when the round is booked or the process
    paused."""
    before = _process()
    after, _ = _steer(before, f"Calendar: {SPEC}")
    assert search_again(before, after)
    again, _ = _steer(after, f"Calendar: {SPEC}")
    assert again.calendars == after.calendars and search_again(after, again)
    assert not search_again(after, _steer(after, "Thanks!")[0])
    assert not search_again(before, _steer(before, "Calendar: google:eve@evil.test")[0])
    answered = before.current.model_copy(update={"availability": {"candidate": (SLOT,)}})
    assert not search_again(before, _steer(before.with_round(answered), f"Calendar: {SPEC}")[0])
    booked = before.current.model_copy(update={"status": RoundStatus.SCHEDULED, "slot": SLOT})
    assert not search_again(before, _steer(before.with_round(booked), f"Calendar: {SPEC}")[0])
    paused = before.model_copy(update={"status": ProcessStatus.PAUSED})
    assert not search_again(paused, _steer(paused, f"Calendar: {SPEC}")[0])


def test_a_booked_round_is_left_alone() -> None:
    """On a booked round the calendars change for later rounds; no invite goes out."""
    process = _process(status=RoundStatus.SCHEDULED, slot=SLOT)
    updated, emails = decide(process, _from(RITA.email, f"Calendar: {SPEC}"), NOW, POLICY)
    assert updated.current == process.current
    assert _to(emails) == [(RITA.email, "recruiter_update")]
