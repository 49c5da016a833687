"""Doubtful and unactionable replies reach a person; letters read back what was understood.

In-process on the in-memory mail account, with the fake OpenAI server where a model is configured.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.core.process import ProcessStatus, RoundStatus
from agent.dev.simulation import text_of
from tests.e2e import CANDIDATE, CLIENT, RECRUITER, Harness, Post, running_agent
from tests.fakes.openai_server import FakeOpenAIServer
from tests.test_e2e_lifecycle import _after_interview, _book_round_one, _kickoff, _process, _say

# In-process, on the in-memory mail account (tests/e2e.py).
pytestmark = pytest.mark.mail("memory")

# The rules find nothing to act on here, and know it (confidence under the floor).
VAGUE = "I'm around, whatever suits."
# Nothing to act on, read with confidence, yet more than a bare thanks: a person reads it.
NOTED = "Noted, I'll wait to hear from Rita before booking my travel."


async def test_unsure_reply_without_llm_reaches_the_recruiter(harness: Harness) -> None:
    """Text and reading go to the recruiter; a bare thanks afterwards goes nowhere."""
    await _kickoff(harness)
    before = len(RECRUITER.inbox(harness.servers))
    await _say(harness, CANDIDATE, VAGUE)
    [update] = RECRUITER.inbox(harness.servers)[before:]
    body = text_of(update)
    assert VAGUE in body and "What I understood: question (confidence 0.4" in body
    mail = (len(RECRUITER.inbox(harness.servers)), len(CANDIDATE.inbox(harness.servers)))
    await _say(harness, CANDIDATE, "Thanks!")
    assert (len(RECRUITER.inbox(harness.servers)), len(CANDIDATE.inbox(harness.servers))) == mail


async def test_questions_on_one_day_get_one_holding_reply(harness: Harness) -> None:
    await _kickoff(harness)
    told = len(CANDIDATE.inbox(harness.servers))
    forwarded = len(RECRUITER.inbox(harness.servers))
    await _say(harness, CANDIDATE, "Could you send me the job description again?")
    await _say(harness, CANDIDATE, "Also, is the role open to remote work?")
    holding = [m for m in CANDIDATE.inbox(harness.servers)[told:] if "passed it" in text_of(m)]
    assert len(holding) == 1
    forwards = RECRUITER.inbox(harness.servers)[forwarded:]
    assert ["remote" in text_of(m) for m in forwards] == [False, True]
    assert all("What I understood: question (confidence" in text_of(m) for m in forwards)


async def test_with_a_model_the_doubted_reply_is_read_by_one_call(
    llm_harness: Harness, openai_server: FakeOpenAIServer
) -> None:
    """The labelled kickoff and confident replies cost no call; the vague one costs one."""
    await _kickoff(llm_harness)
    await _say(llm_harness, CLIENT, "Thursday between 2pm and 5pm UK time works for our team.")
    assert openai_server.requests == []
    openai_server.answer(
        {
            "intent": "availability",
            "selected": None,
            "outcome": None,
            "times": ["Thursday 10am to 4pm"],
            "confidence": 0.85,
        }
    )
    await _say(llm_harness, CANDIDATE, VAGUE)
    assert len(openai_server.requests) == 1
    assert VAGUE in openai_server.requests[0]["messages"][1]["content"]
    # The model's reading is used: its times meet the client's, and the invite says so.
    assert llm_harness.processes()[0].current.status == RoundStatus.SCHEDULED
    invite = text_of(CANDIDATE.last(llm_harness.servers))
    assert "inside the times you gave: Thursday 3 December 2026, 10:00–16:00 EST" in invite


async def test_invite_reads_back_the_stated_times(harness: Harness) -> None:
    await _kickoff(harness)
    await _say(harness, CANDIDATE, "Hi! I'm free Thursday morning, or Friday after 2pm.")
    await _say(harness, CLIENT, "Thursday between 2pm and 5pm UK time works for our team.")
    assert harness.processes()[0].current.status == RoundStatus.SCHEDULED
    candidate = text_of(CANDIDATE.last(harness.servers))
    client = text_of(CLIENT.last(harness.servers))
    assert "inside the times you gave: Thursday 3 December 2026, 09:00–12:00 EST" in candidate
    assert "inside the times you gave: Thursday 3 December 2026, 14:00–17:00 GMT" in client


async def test_invite_after_a_pick_names_the_option(harness: Harness) -> None:
    await _kickoff(harness)
    await _say(harness, CANDIDATE, "I'm free Thursday morning.")
    await _say(harness, CLIENT, "Friday between 2pm and 5pm UK time works for us.")
    process = harness.processes()[0]
    assert process.current.status == RoundStatus.PROPOSED
    assert process.current.options_to == "client"
    await _say(harness, CLIENT, "Option 2 works for me.")
    assert harness.processes()[0].current.slot == process.current.options[1]
    letter = text_of(CLIENT.last(harness.servers))
    assert "You picked option 2: Thursday 3 December 2026, 15:00–16:00 GMT" in letter


async def test_a_reject_only_the_model_reads_goes_to_the_recruiter(
    llm_harness: Harness, openai_server: FakeOpenAIServer
) -> None:
    """The rules doubt the feedback, the model says reject: nothing is closed or drafted,
    the recruiter gets the text and the model's reading."""
    await _book_round_one(llm_harness)
    await _after_interview(llm_harness)
    assert openai_server.requests == []
    verdict = "Honestly, mixed feelings. He knew the theory but froze on the practical part."
    openai_server.answer(
        {
            "intent": "feedback",
            "selected": None,
            "outcome": "reject",
            "times": [],
            "confidence": 0.9,
        }
    )
    before = len(RECRUITER.inbox(llm_harness.servers))
    await _say(llm_harness, CLIENT, verdict)
    assert len(openai_server.requests) == 1
    process = _process(llm_harness)
    assert (process.status, process.draft, process.current.outcome) == (
        ProcessStatus.ACTIVE,
        None,
        None,
    )
    [forward] = RECRUITER.inbox(llm_harness.servers)[before:]
    body = text_of(forward)
    assert (
        verdict in body and "What I understood: feedback, outcome reject (confidence 0.30)" in body
    )
    assert "passed it" in text_of(CLIENT.last(llm_harness.servers))


async def test_with_daily_updates_the_unactionable_reply_waits_for_the_digest(
    post: Post, tmp_path: Path
) -> None:
    async with running_agent(post, tmp_path, recruiter_updates="daily") as h:
        await _kickoff(h)
        await _say(h, CANDIDATE, NOTED)
        assert not any(NOTED in text_of(m) for m in RECRUITER.inbox(h.servers))
        h.clock.advance(hours=8)  # past 17:00 in New York
        await h.step()
        [digest] = [m for m in RECRUITER.inbox(h.servers) if NOTED in text_of(m)]
        assert str(digest["Subject"]).startswith("Interview updates, ")
