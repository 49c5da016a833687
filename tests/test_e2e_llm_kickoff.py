"""With an LLM configured, a kickoff the rules cannot place is read by the model."""

from __future__ import annotations

import pytest

from agent.core.process import RoundStatus
from tests.e2e import AGENT, CANDIDATE, CLIENT, RECRUITER, Harness
from tests.fakes.openai_server import FakeOpenAIServer

# In-process, on the in-memory mail account (tests/e2e.py).
pytestmark = pytest.mark.mail("memory")

# Two people on To and no cue: the rules cannot tell the candidate from the client.
UNCUED = """Hi both,

Connecting you two as discussed, for the platform role at Acme. Please find an hour.

Rita
"""


async def _introduce(h: Harness) -> None:
    """The recruiter introduces both people with no cue; the agent runs once."""
    await RECRUITER.send(
        h.servers,
        to=f"{CANDIDATE.formatted}, {CLIENT.formatted}",
        cc=AGENT,
        subject="Intro",
        text=UNCUED,
        now=h.clock.now,
    )
    await h.step()


async def test_llm_reads_the_kickoff_the_rules_could_not(
    llm_harness: Harness, openai_server: FakeOpenAIServer
) -> None:
    """The model names who is who; the process starts and both sides are asked for times."""
    openai_server.answer(
        {
            "candidate_name": "Jane Doe",
            "candidate_email": CANDIDATE.email,
            "client_name": "Bob Smith",
            "client_email": CLIENT.email,
            "company": "Acme",
            "role": "Platform Engineer",
            "round": None,
            "duration_minutes": 45,
            "candidate_zone": None,
            "client_zone": "Europe/London",
        }
    )
    await _introduce(llm_harness)
    assert len(openai_server.requests) == 1
    [process] = llm_harness.processes()
    assert (process.candidate.email, process.clients[0].email) == (CANDIDATE.email, CLIENT.email)
    assert (process.clients[0].zone, process.current.duration_minutes) == ("Europe/London", 45)
    assert process.current.status == RoundStatus.REQUESTED
    assert CANDIDATE.inbox(llm_harness.servers) and CLIENT.inbox(llm_harness.servers)


async def test_made_up_addresses_from_the_model_start_nothing(
    llm_harness: Harness, openai_server: FakeOpenAIServer
) -> None:
    """An address the email does not hold is dropped, so the recruiter is asked instead."""
    openai_server.answer(
        {
            "candidate_name": "Jane Doe",
            "candidate_email": "attacker@evil.test",
            "client_name": "Bob Smith",
            "client_email": CLIENT.email,
            "company": "Acme",
            "role": None,
            "round": None,
            "duration_minutes": None,
            "candidate_zone": None,
            "client_zone": None,
        }
    )
    await _introduce(llm_harness)
    assert llm_harness.processes() == []
    assert all("attacker" not in c.rcpt_tos[0] for c in llm_harness.servers.sent)
    assert "couldn't start" in str(RECRUITER.last(llm_harness.servers).get_body().get_content())
