"""Whole process life cycles, in-process on the in-memory mail account (outages included),
time moved by the harness clock."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from agent.core.process import Process, ProcessStatus, Round, RoundStatus
from agent.dev.simulation import Actor, calendar_of, parse_mail, text_of
from agent.rendering.tracker import tracker_rows
from tests.e2e import (
    AGENT,
    CANDIDATE,
    CLIENT,
    LABELLED_KICKOFF,
    RECRUITER,
    STRANGER,
    Harness,
)

# In-process, on the in-memory mail account (tests/e2e.py).
pytestmark = pytest.mark.mail("memory")

# --- helpers -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ItipSeen:
    """The parts of one received iTIP message that calendars act on."""

    method: str
    uid: str
    sequence: int
    status: str
    start: datetime


def _invites(actor: Actor, h: Harness) -> list[ItipSeen]:
    """Every calendar message `actor` received, oldest first."""
    seen = []
    for mail in actor.inbox(h.servers):
        calendar = calendar_of(mail)
        if calendar is None:
            continue
        event = next(iter(calendar.walk("VEVENT")))
        seen.append(
            ItipSeen(
                method=str(calendar["method"]),
                uid=str(event["uid"]),
                sequence=int(event.get("sequence", 0)),
                status=str(event.get("status", "")),
                start=event.decoded("dtstart"),
            )
        )
    return seen


def _texts(actor: Actor, h: Harness) -> list[str]:
    return [text_of(m) for m in actor.inbox(h.servers)]


def _process(h: Harness) -> Process:
    [process] = h.processes()
    return process


async def _kickoff(h: Harness, text: str = LABELLED_KICKOFF) -> None:
    await h.kickoff(text)
    await h.step()


async def _say(h: Harness, actor: Actor, text: str, *, hours: float = 1.0) -> None:
    """`actor` replies to the agent's latest mail to them; the agent then runs once."""
    h.clock.advance(hours=hours)
    await actor.reply(h.servers, text, now=h.clock.now)
    await h.step()


def _on_thread(h: Harness, actor: Actor) -> EmailMessage:
    """The latest mail to `actor` on the process thread (not, say, a weekly summary)."""
    tag = f"[{_process(h).id}]"
    return next(m for m in reversed(actor.inbox(h.servers)) if tag in str(m["Subject"]))


async def _command(h: Harness, words: str) -> None:
    """The recruiter replies `words` on the process thread; the agent then runs once."""
    h.clock.advance(hours=1)
    await RECRUITER.reply(h.servers, words, now=h.clock.now, to=_on_thread(h, RECRUITER))
    await h.step()


async def _accept_invite(h: Harness, actor: Actor, *, hours: float = 0.5) -> None:
    """`actor` clicks Accept on the latest invite they received."""
    h.clock.advance(hours=hours)
    invite_mail = next(m for m in reversed(actor.inbox(h.servers)) if calendar_of(m) is not None)
    invite = calendar_of(invite_mail)
    assert invite is not None
    rsvp = actor.rsvp(invite, "ACCEPTED", now=h.clock.now)
    await actor.reply(h.servers, "Accepted", now=h.clock.now, to=invite_mail, calendar=rsvp)
    await h.step()


async def _after_interview(h: Harness) -> None:
    slot = _process(h).current.slot
    assert slot is not None
    h.clock.now = slot.end + timedelta(hours=1)
    await h.step()


async def _book_round_one(h: Harness) -> Round:
    """Kickoff to a confirmed Interview #1 on Thursday 3 December, 14:00 UTC."""
    await _kickoff(h)
    await _say(h, CANDIDATE, "Hi! I'm free Thursday morning, or Friday after 2pm.")
    await _say(h, CLIENT, "Thursday between 2pm and 5pm UK time works for our team.")
    await _accept_invite(h, CANDIDATE)
    await _accept_invite(h, CLIENT)
    rnd = _process(h).current
    assert rnd.status == RoundStatus.CONFIRMED
    assert rnd.slot is not None
    assert rnd.slot.start.isoformat() == "2026-12-03T14:00:00+00:00"
    return rnd


async def _days_of_silence(h: Harness, days: int) -> None:
    for _ in range(days):
        h.clock.advance(days=1)
        await h.step()


def _raw_from_recruiter(h: Harness, text: str, *, in_reply_to: EmailMessage | None) -> bytes:
    """A message with the recruiter's From address (the receiving server adds its verdict)."""
    message = EmailMessage()
    message["From"] = RECRUITER.formatted
    if in_reply_to is not None:
        message["To"] = str(in_reply_to["Reply-To"])
        message["Subject"] = f"Re: {in_reply_to['Subject']}"
        message["In-Reply-To"] = str(in_reply_to["Message-ID"])
        message["References"] = str(in_reply_to["Message-ID"])
    else:
        message["To"] = AGENT
        message["Subject"] = "New process: Jane Doe / Acme"
    message["Date"] = format_datetime(h.clock.now)
    message["Message-ID"] = f"<spoof.{secrets.token_hex(8)}@agency.test>"
    message.set_content(text)
    return bytes(message)


# --- 1. three rounds, a reschedule, an offer -------------------------------------------------


async def test_three_rounds_with_a_reschedule_end_in_an_offer(harness: Harness) -> None:
    """Three rounds (round 2 moved) end in an offer; the move keeps the UID and raises SEQUENCE."""
    h = harness
    await _book_round_one(h)
    await _after_interview(h)
    await _say(h, CLIENT, "Great conversation. We'd like to move Jane to a second round.")
    assert _process(h).current.number == 2

    await _say(h, CANDIDATE, "Next Tuesday or Wednesday, any time before noon.")
    await _say(h, CLIENT, "Wednesday 9 December from 2pm UK time is good for us.")
    first_booking = _process(h).current
    assert first_booking.slot is not None
    assert first_booking.slot.start.isoformat() == "2026-12-09T14:00:00+00:00"
    await _accept_invite(h, CANDIDATE)
    await _accept_invite(h, CLIENT)
    assert _process(h).current.status == RoundStatus.CONFIRMED

    await _say(
        h,
        CANDIDATE,
        "So sorry, something came up on Wednesday. Could we move it to Thursday morning?",
        hours=20,
    )
    await _say(h, CLIENT, "Thursday at 3pm UK time works.")
    moved = _process(h).current
    assert moved.slot is not None
    assert moved.slot.start.isoformat() == "2026-12-10T15:00:00+00:00"

    old_start = first_booking.slot.start
    for actor in (CANDIDATE, CLIENT):
        round_two = [i for i in _invites(actor, h) if i.uid == first_booking.uid]
        requests = [i for i in round_two if i.method == "REQUEST"]
        # The first REQUEST booked Wednesday; the last one moves the same event to Thursday.
        assert (requests[0].start, requests[-1].start) == (old_start, moved.slot.start)
        assert requests[-1].sequence > requests[0].sequence
        # The old time is released: by a CANCEL of the old booking, or by the new REQUEST.
        cancels = [i for i in round_two if i.method == "CANCEL"]
        assert all(c.start == old_start for c in cancels)
        assert all(c.sequence > requests[0].sequence for c in cancels)
        assert all(c.sequence <= requests[-1].sequence for c in cancels)

    await _accept_invite(h, CANDIDATE)
    await _accept_invite(h, CLIENT)
    await _after_interview(h)
    await _say(
        h, CLIENT, "Strong session. We'd like Jane to come back for a final round with our CTO."
    )
    await _say(h, CANDIDATE, "Monday 14 December, any time in the morning.")
    await _say(h, CLIENT, "Monday the 14th from 2pm London time.")
    await _accept_invite(h, CANDIDATE)
    await _accept_invite(h, CLIENT)
    await _after_interview(h)
    await _say(h, CLIENT, "We loved her. We'd like to make Jane an offer!")

    [row] = tracker_rows(h.processes(), zone="America/New_York")
    expected = (
        "2026-12-03 09:00 EST · completed · advance",
        "2026-12-10 10:00 EST · completed · advance",
        "2026-12-14 09:00 EST · completed · offer",
    )
    assert (expected, "offer") == (row.rounds, row.status)
    assert _process(h).status == ProcessStatus.OFFER


# --- 2. the candidate withdraws -------------------------------------------------------------


async def test_candidate_withdrawal_after_booking_cancels_for_the_client(harness: Harness) -> None:
    """Withdrawing closes the process, CANCELs at SEQUENCE+1 for the client, tells the recruiter."""
    h = harness
    booked = await _book_round_one(h)
    await _say(
        h,
        CANDIDATE,
        "Thank you for everything, but I've accepted another offer and would like to withdraw "
        "from the process.",
    )
    assert _process(h).status == ProcessStatus.WITHDRAWN

    last_to_client = _invites(CLIENT, h)[-1]
    assert booked.slot is not None
    expected = ItipSeen("CANCEL", booked.uid, booked.sequence + 1, "CANCELLED", booked.slot.start)
    assert expected == last_to_client
    assert "withdrew" in text_of(_on_thread(h, RECRUITER))

    before = (len(CANDIDATE.inbox(h.servers)), len(CLIENT.inbox(h.servers)))
    await _days_of_silence(h, 10)  # past the old slot, past every nudge and feedback timer
    assert before == (len(CANDIDATE.inbox(h.servers)), len(CLIENT.inbox(h.servers)))


# --- 3. the client cancels ------------------------------------------------------------------


async def test_client_cancellation_of_a_booked_round_cancels_for_both(harness: Harness) -> None:
    """A client calling off a booked round sends METHOD:CANCEL to both and tells the recruiter."""
    h = harness
    booked = await _book_round_one(h)
    recruiter_mail = len(RECRUITER.inbox(h.servers))
    await _say(
        h,
        CLIENT,
        "Sorry, we have to put the role on hold, please cancel the interview.",
    )
    assert booked.slot is not None
    expected = ItipSeen("CANCEL", booked.uid, booked.sequence + 1, "CANCELLED", booked.slot.start)
    assert (expected, expected) == (_invites(CANDIDATE, h)[-1], _invites(CLIENT, h)[-1])
    assert _process(h).current.status == RoundStatus.CANCELLED
    told = RECRUITER.inbox(h.servers)[recruiter_mail:]
    assert any("Interview #1" in text_of(m) and "off" in text_of(m) for m in told)


# --- 4. silence -----------------------------------------------------------------------------


async def test_silence_gets_two_nudges_each_then_one_hand_off(harness: Harness) -> None:
    """Nobody answers: nudges on business days 2 and 4 to each side, one hand-off, then nothing."""
    h = harness
    await _kickoff(h)  # Monday 30 November
    counts = {"candidate": 0, "client": 0, "handoff": 0}
    days: dict[str, list[str]] = {"candidate": [], "client": [], "handoff": []}
    for _ in range(14):
        h.clock.advance(days=1)
        await h.step()
        nudged = {
            "candidate": sum("gentle reminder" in t for t in _texts(CANDIDATE, h)),
            "client": sum("gentle reminder" in t for t in _texts(CLIENT, h)),
            "handoff": sum("step in" in t for t in _texts(RECRUITER, h)),
        }
        for who, n in nudged.items():
            days[who] += [h.clock.now.date().isoformat()] * (n - counts[who])
        counts = nudged
    expected = {
        "candidate": ["2026-12-02", "2026-12-04"],
        "client": ["2026-12-02", "2026-12-04"],
        "handoff": ["2026-12-08"],
    }
    assert expected == days
    [handoff] = [t for t in _texts(RECRUITER, h) if "step in" in t]
    assert "Jane Doe" in handoff
    assert "Bob Smith" in handoff


# --- 5. the reminder ------------------------------------------------------------------------


async def test_reminder_goes_out_once_to_both_sides_a_day_before(harness: Harness) -> None:
    """The 24-hour reminder reaches each side once, in their own zone, not before 24 h ahead."""
    h = harness
    await _book_round_one(h)  # Thursday 3 December 14:00 UTC

    def reminders(actor: Actor) -> list[str]:
        return [t for t in _texts(actor, h) if "A reminder:" in t]

    h.clock.now = datetime.fromisoformat("2026-12-02T13:00:00+00:00")  # 25 hours before
    await h.step()
    assert (reminders(CANDIDATE), reminders(CLIENT)) == ([], [])
    for moment in ("2026-12-02T14:00:00", "2026-12-02T18:00:00", "2026-12-03T09:00:00"):
        h.clock.now = datetime.fromisoformat(moment + "+00:00")
        await h.step()
    [to_candidate], [to_client] = reminders(CANDIDATE), reminders(CLIENT)
    assert "09:00" in to_candidate
    assert "14:00" in to_client


# --- 6. recruiter commands, and the same words from others ------------------------------------


async def test_only_the_recruiter_is_obeyed_on_the_process_thread(harness: Harness) -> None:
    """pause/status/cancel from the recruiter work; from the candidate or a stranger they do not."""
    h = harness
    await _kickoff(h)
    ask_candidate = CANDIDATE.last(h.servers)

    def state() -> tuple[ProcessStatus, RoundStatus]:
        process = _process(h)
        return process.status, process.current.status

    before = state()
    await _say(h, CANDIDATE, "pause")
    await _say(h, CANDIDATE, "status")
    assert before == state()
    assert not any("rocess active" in t for t in _texts(CANDIDATE, h))

    ledger = len(h.store.ledger())
    sent = len(h.servers.sent)
    for words in ("pause", "status", "cancel round 1"):
        h.clock.advance(minutes=10)
        await STRANGER.reply(h.servers, words, now=h.clock.now, to=ask_candidate)
    await h.step()
    assert before == state()
    assert sent == len(h.servers.sent)
    entries = h.store.ledger()[ledger:]
    assert [("ignored", STRANGER.email)] * 3 == [(e["status"], e["from"]) for e in entries]

    await _command(h, "pause")
    assert _process(h).status == ProcessStatus.PAUSED
    assert "Paused." in text_of(_on_thread(h, RECRUITER))
    await _command(h, "status")
    assert "Process paused; Interview #1 requested" in text_of(_on_thread(h, RECRUITER))
    await _command(h, "cancel round 1")
    assert _process(h).current.status == RoundStatus.CANCELLED
    assert "Interview #1 is cancelled." in text_of(_on_thread(h, RECRUITER))


async def test_recruiter_cancel_of_an_unbooked_round_stops_the_asking(harness: Harness) -> None:
    """After "cancel round 1" on a round still gathering times, neither side is nudged for it."""
    h = harness
    await _kickoff(h)
    await _command(h, "cancel round 1")
    assert _process(h).current.status == RoundStatus.CANCELLED
    asked = (len(CANDIDATE.inbox(h.servers)), len(CLIENT.inbox(h.servers)))
    await _days_of_silence(h, 7)
    nudged = [t for t in (*_texts(CANDIDATE, h), *_texts(CLIENT, h)) if "gentle reminder" in t]
    assert nudged == []
    assert asked == (len(CANDIDATE.inbox(h.servers)), len(CLIENT.inbox(h.servers)))


# --- 7. a spoofed recruiter -------------------------------------------------------------------


async def test_recruiter_address_failing_dkim_and_spf_is_not_obeyed(harness: Harness) -> None:
    """A command or kickoff from the recruiter's address failing DKIM and DMARC is ignored."""
    h = harness
    await _kickoff(h)
    update = _on_thread(h, RECRUITER)
    sent = len(h.servers.sent)
    ledger = len(h.store.ledger())
    pause = _raw_from_recruiter(h, "pause", in_reply_to=update)
    await h.servers.deliver(pause, verdict="fail")
    other = LABELLED_KICKOFF.replace("jane@example.com", "john@example.com")
    await h.servers.deliver(_raw_from_recruiter(h, other, in_reply_to=None), verdict="fail")
    await h.step()
    assert _process(h).status == ProcessStatus.ACTIVE
    assert sent == len(h.servers.sent)
    reasons = [(e["status"], e["reason"]) for e in h.store.ledger()[ledger:]]
    assert reasons == [("ignored", "recruiter address without the receiving server's pass")] * 2

    # The same command with passing results is obeyed: the header, not the words, decided.
    await h.servers.deliver(_raw_from_recruiter(h, "pause", in_reply_to=update), verdict="pass")
    await h.step()
    assert _process(h).status == ProcessStatus.PAUSED


# --- 8. an unclear kickoff --------------------------------------------------------------------

ALEX = Actor("Alex Kim", "alex@kim.test")
SAM = Actor("Sam Lee", "sam@lee.test")

UNCLEAR_INTRO = """Hi Alex, hi Sam,

I'd love for the two of you to talk next week. The agent on copy will find a time.

Best,
Rita
"""

SETTLED = """Candidate: Alex Kim <alex@kim.test> (New York)
Client: Sam Lee <sam@lee.test> (London)
Company: Lee Labs
Role: Data Engineer
"""


async def test_unclear_kickoff_is_settled_by_the_recruiters_labelled_answer(
    harness: Harness,
) -> None:
    """Two people and no cues: the recruiter is asked; a labelled reply on that thread starts it."""
    h = harness
    await RECRUITER.send(
        h.servers,
        to=f"{ALEX.formatted}, {SAM.formatted}",
        cc=AGENT,
        subject="Intro: Alex / Sam",
        text=UNCLEAR_INTRO,
        now=h.clock.now,
    )
    await h.step()
    assert h.processes() == []
    [question] = [m for m in RECRUITER.inbox(h.servers) if "couldn't start" in text_of(m)]
    assert (ALEX.inbox(h.servers), SAM.inbox(h.servers)) == ([], [])

    h.clock.advance(hours=1)
    await RECRUITER.reply(h.servers, SETTLED, now=h.clock.now, to=question)
    await h.step()
    process = _process(h)
    people = (process.candidate.email, tuple(c.email for c in process.clients))
    assert (ALEX.email, (SAM.email,)) == people
    assert (process.company, process.role) == ("Lee Labs", "Data Engineer")
    assert len(ALEX.inbox(h.servers)) == 1
    assert len(SAM.inbox(h.servers)) == 1
    assert CANDIDATE.inbox(h.servers) == []  # the example in the quoted question is not a person


# --- 9. SMTP down ---------------------------------------------------------------------------


async def test_mail_queued_while_smtp_is_down_goes_out_once_later(harness: Harness) -> None:
    """With SMTP down nothing is sent or lost; once it is back, each queued mail goes out once."""
    h = harness
    await h.servers.stop_smtp()
    await _kickoff(h)
    assert h.servers.sent == []
    outbox = h.store.outbox(status="queued")
    queued = {doc["id"] for doc in outbox}
    # At least the availability asks to both sides and the update to the recruiter.
    to = {a["email"] for doc in outbox for a in doc["to"]}
    assert {CANDIDATE.email, CLIENT.email, RECRUITER.email} <= to

    await h.servers.start_smtp()
    h.clock.advance(minutes=16)  # past any retry time of the first attempts
    await h.step()
    h.clock.advance(hours=1)
    await h.step()
    sent_ids = [str(parse_mail(c.raw)["Message-ID"]).strip("<>") for c in h.servers.sent]
    assert sorted(queued) == sorted(sent_ids)
    assert h.store.outbox(status="queued") == []


# --- 10. IMAP server restart ------------------------------------------------------------------


async def test_imap_restart_between_steps_is_survived(harness: Harness) -> None:
    """After the IMAP server restarts (new UIDVALIDITY) new mail is handled and old mail is
    not redone."""
    h = harness
    kickoff = await h.kickoff()
    await h.step()
    sent = len(h.servers.sent)
    ledger = len(h.store.ledger())

    await h.servers.restart_imap()
    h.clock.advance(hours=1)
    await CANDIDATE.reply(h.servers, "I'm free Thursday morning.", now=h.clock.now)
    # A restored mailbox hands the old kickoff over again, under a new UID.
    await h.servers.deliver(bytes(kickoff))
    await h.step()
    assert len(h.processes()) == 1
    assert _process(h).current.availability.get("candidate")
    assert sent == len(h.servers.sent)  # nothing to send: the client has not answered yet
    outcomes = [(e["status"], e.get("reason", "")) for e in h.store.ledger()[ledger:]]
    assert (outcomes) == [
        ("processed", "availability via thread"),
        ("ignored", "duplicate Message-ID"),
    ]
