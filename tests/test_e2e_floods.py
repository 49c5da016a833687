"""No floods or loops: caps on what the recruiter receives, repeats and auto-responders muted."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.core.ratelimit import Limits
from agent.dev.simulation import parse_mail, text_of
from tests.e2e import AGENT, CANDIDATE, CLIENT, RECRUITER, Harness
from tests.test_e2e_lifecycle import _after_interview, _book_round_one, _say

# In-process, on the in-memory mail account (tests/e2e.py).
pytestmark = pytest.mark.mail("memory")


def question(n: int) -> str:
    """Sixty different questions: no two alike, so only the caps can hold them back."""
    return f"Quick question: what is the policy on benefit {n}? Also, who decides about it?"


async def _started(h: Harness) -> EmailMessage:
    await h.kickoff()
    await h.step()
    return CANDIDATE.last(h.servers)


async def test_sixty_questions_in_a_minute_reach_the_recruiter_in_few_emails(
    harness: Harness, capsys: pytest.CaptureFixture[str]
) -> None:
    """60 questions in one minute: a capped number of forwards, one held notice, one digest."""
    h = harness
    ask = await _started(h)
    before = len(RECRUITER.inbox(h.servers))
    for n in range(60):
        await CANDIDATE.reply(h.servers, question(n), now=h.clock.now, to=ask)
        await h.step()
        h.clock.advance(seconds=1)
    during = RECRUITER.inbox(h.servers)[before:]
    h.clock.advance(hours=2)
    await h.step()
    received = RECRUITER.inbox(h.servers)[before:]
    with capsys.disabled():
        print(f"\nrecruiter emails for 60 questions in a minute: {len(during)}, +1 digest later")
    digests = [text_of(m) for m in received if "held back in the last hour" in str(m["Subject"])]
    rest = [text_of(m) for m in received if "held back in the last hour" not in str(m["Subject"])]
    held = [t for t in rest if "I held back" in t]
    forwards = [t for t in rest if "Their message:" in t]
    # The candidate hears "passed to your recruiter" once a day, so nothing of theirs is
    # held back now; were it, one "held" notice a day would say so.
    assert len(held) <= 1
    assert len(digests) == 1
    # The kickoff's own update to the recruiter counts towards the hour's cap as well.
    assert len(during) <= Limits().recruiter_hour + len(held)
    assert len(received) == len(during) + 1
    # Nothing is lost: every question reaches the recruiter, one by one or in the digest.
    for n in range(60):
        assert sum(f"benefit {n}?" in t for t in forwards + digests) == 1


OUT_OF_OFFICE = (
    "Thank you for your email. I am away from the office until Monday with no access to my "
    "mailbox. For urgent matters please call the front desk."
)
UNCLEAR = "Hi, could you set something up with the people we talked about? Thanks, Rita"


@pytest.mark.parametrize("threaded", [True, False], ids=["on-the-thread", "new-threads"])
async def test_auto_responder_without_rfc3834_headers_gets_at_most_two_answers(
    harness: Harness, threaded: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    """An out-of-office that answers every mail, without Auto-Submitted, is answered twice at most.

    The recruiter's unclear kickoff draws a question; the auto-responder answers it (on the
    thread, or as fresh mail each time), and every answer of ours again, thirty times.
    """
    h = harness
    await RECRUITER.send(h.servers, to=AGENT, subject="Next week", text=UNCLEAR, now=h.clock.now)
    await h.step()
    assert len(RECRUITER.inbox(h.servers)) == 1  # the question about the unclear kickoff
    for _ in range(30):
        h.clock.advance(minutes=1)
        latest = RECRUITER.last(h.servers)
        if threaded:
            await RECRUITER.reply(h.servers, OUT_OF_OFFICE, now=h.clock.now, to=latest)
        else:
            subject = f"Away: {latest['Subject']}"
            await RECRUITER.send(
                h.servers, to=AGENT, subject=subject, text=OUT_OF_OFFICE, now=h.clock.now
            )
        await h.step()
    answers = [
        m
        for m in RECRUITER.inbox(h.servers)[1:]
        if "Not answering" not in str(m["Subject"])  # the one notice about the loop itself
    ]
    with capsys.disabled():
        print(
            f"\nauto-responder, {'threaded' if threaded else 'new threads'}: {len(answers)} answers"
        )
    assert len(answers) <= 2
    assert len(RECRUITER.inbox(h.servers)) <= 4
    if threaded:  # the kickoff question was asked on this thread today: never again
        assert answers == []


async def test_near_identical_mails_stop_being_answered_and_the_recruiter_is_told_once(
    harness: Harness,
) -> None:
    """The same question five times in an hour: two answered, then one notice, then silence."""
    h = harness
    ask = await _started(h)
    candidate_before = len(CANDIDATE.inbox(h.servers))
    recruiter_before = len(RECRUITER.inbox(h.servers))
    for n in range(5):
        spacing = "  " * n  # near-identical: the same words, spaced and cased differently
        text = f"Quick question:{spacing} what is the policy on PARKING?"
        await CANDIDATE.reply(h.servers, text, now=h.clock.now, to=ask)
        await h.step()
        h.clock.advance(minutes=5)
    holding = CANDIDATE.inbox(h.servers)[candidate_before:]
    to_recruiter = RECRUITER.inbox(h.servers)[recruiter_before:]
    notices = [m for m in to_recruiter if "Not answering jane@example.com" in str(m["Subject"])]
    assert len(holding) == 1  # "passed to your recruiter" goes out once a day
    assert len(notices) == 1
    assert len(to_recruiter) == 3  # two forwards and the notice
    assert "3 near-identical emails" in text_of(notices[0])
    ledger = [e for e in h.store.ledger() if "near-identical" in e.get("reason", "")]
    assert len(ledger) == 3

    h.clock.advance(hours=2)  # an hour later the sender is answered again
    await CANDIDATE.reply(
        h.servers, "Quick question: what is the policy on parking?", now=h.clock.now, to=ask
    )
    await h.step()
    again = RECRUITER.inbox(h.servers)[recruiter_before + 3 :]
    assert ["parking" in text_of(m) for m in again] == [True]


async def test_every_outgoing_mail_is_marked_auto_submitted(harness: Harness) -> None:
    """Through a booked round, a question and feedback, every mail sent carries RFC 3834 headers."""
    h = harness
    await _book_round_one(h)
    await _say(h, CANDIDATE, "A quick question: is there parking at the office?")
    await _after_interview(h)
    await _say(h, CLIENT, "Great conversation. We'd like to move Jane to a second round.")
    assert len(h.servers.sent) > 10
    for captured in h.servers.sent:
        message = parse_mail(captured.raw)
        holding = "passed it to your recruiter" in text_of(message)
        expected = "auto-replied" if holding else "auto-generated"
        assert (message["Auto-Submitted"], message["X-Auto-Response-Suppress"]) == (expected, "All")
    assert any("passed it to your recruiter" in text_of(parse_mail(c.raw)) for c in h.servers.sent)
