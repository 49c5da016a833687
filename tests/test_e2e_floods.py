"""No floods or loops: caps on what the recruiter receives, repeats and auto-responders muted."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.ratelimit import Limits
from agent.simulation import text_of
from tests.e2e import CANDIDATE, RECRUITER, Harness

TOPICS = [
    *[
        "parking",
        "dress-code",
        "laptop",
        "relocation",
        "visa",
        "salary",
        "equity",
        "bonus",
        "holidays",
        "pension",
    ],
    *[
        "gym",
        "mentoring",
        "training",
        "conference",
        "hardware",
        "commute",
        "lunch",
        "badge",
        "onboarding",
    ],
    *[
        "probation",
        "notice",
        "references",
        "background",
        "overtime",
        "oncall",
        "travel",
        "expenses",
    ],
    *[
        "insurance",
        "dental",
        "vision",
        "childcare",
        "sabbatical",
        "promotion",
        "reviews",
        "feedback",
    ],
    *[
        "hybrid",
        "remote",
        "desk",
        "monitor",
        "keyboard",
        "chair",
        "library",
        "language",
        "certification",
    ],
    *[
        "union",
        "parental",
        "sick",
        "volunteering",
        "charity",
        "shares",
        "stipend",
        "phone",
        "internet",
    ],
    *["coworking", "team", "manager", "roadmap", "stack", "deployment", "testing", "security"],
]


def question(n: int) -> str:
    """Sixty different questions: no two alike, so only the caps can hold them back."""
    return f"Quick question: what is the policy on {TOPICS[n]}? Also, who decides about it?"


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
    assert len(held) == 1  # one "held" notice a day, however many replies were held
    assert len(digests) == 1
    # The kickoff's own update to the recruiter counts towards the hour's cap as well.
    assert len(during) <= Limits().recruiter_hour + len(held)
    assert len(received) == len(during) + 1
    # Nothing is lost: every question reaches the recruiter, one by one or in the digest.
    for n in range(60):
        assert sum(f"policy on {TOPICS[n]}?" in t for t in forwards + digests) == 1
