"""The recruiter loop end to end: same-domain kickoffs, and commands on summaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.adapters.memory import MemoryMail
from agent.core.process import ProcessStatus
from agent.dev.simulation import text_of
from tests.e2e import LABELLED_KICKOFF, RECRUITER, running_agent

# In-process, on the in-memory mail account (tests/e2e.py).
pytestmark = pytest.mark.mail("memory")

SAME_DOMAIN = "scheduling@agency.test"  # the recruiter is rita@agency.test


async def test_corrected_kickoff_on_a_shared_domain_starts_the_process(tmp_path: Path) -> None:
    """The README's setup: agent and recruiter on one domain. A kickoff missing the client
    gets our question, echoing what was understood as the form; the recruiter's corrected
    reply (whose References name her own first Message-ID, ending in the shared domain)
    starts the process."""
    servers = MemoryMail(agent_address=SAME_DOMAIN)
    async with running_agent(servers, tmp_path, agent_address=SAME_DOMAIN) as h:
        unclear = "Please set one up.\n\nCandidate: Jane Doe <jane@example.com>\nRole: SRE\n"
        await RECRUITER.send(
            servers, to=SAME_DOMAIN, subject="New candidate", text=unclear, now=h.clock.now
        )
        await h.step()
        assert h.processes() == []
        question = RECRUITER.last(servers)
        form = "\n".join(text_of(question).splitlines()).split("correcting what is wrong")[1]
        assert "Candidate: Jane Doe <jane@example.com>\nClient:\nCompany:\nRole: SRE" in form
        assert "Bob" not in form  # no made-up example
        h.clock.advance(minutes=5)
        await RECRUITER.reply(servers, LABELLED_KICKOFF, now=h.clock.now, to=question)
        await h.step()
        [process] = h.processes()
        assert process.candidate.email == "jane@example.com"
        assert h.store.ledger()[-1]["reason"] == "kickoff"


async def test_commands_in_reply_to_the_weekly_summary_are_answered(tmp_path: Path) -> None:
    """`status` on the summary lists the recruiter's processes in her zone; `pause Jane`
    pauses Jane's process and says what happens to the invites; both answers come back on
    the summary's thread."""
    servers = MemoryMail(agent_address=SAME_DOMAIN)
    async with running_agent(servers, tmp_path, agent_address=SAME_DOMAIN) as h:
        await RECRUITER.send(
            servers, to=SAME_DOMAIN, subject="Jane / Acme", text=LABELLED_KICKOFF, now=h.clock.now
        )
        await h.step()
        h.clock.advance(days=7)  # past the next Monday 08:00 in New York
        await h.step()
        [summary] = [
            m for m in RECRUITER.inbox(servers) if "interview rounds" in str(m["Subject"]).lower()
        ]
        asked = await RECRUITER.reply(servers, "status", now=h.clock.now, to=summary)
        await h.step()
        status = RECRUITER.last(servers)
        assert status["In-Reply-To"] == asked["Message-ID"]
        assert "Jane Doe, Senior Backend Engineer at Acme: Process active" in text_of(status)
        h.clock.advance(minutes=5)
        await RECRUITER.reply(servers, "pause Jane", now=h.clock.now, to=summary)
        await h.step()
        [process] = h.processes()
        assert process.status == ProcessStatus.PAUSED
        answer = RECRUITER.last(servers)
        assert str(answer["Subject"]).startswith("Re: Your interview rounds")
        assert "Paused." in text_of(answer) and "I send nothing" in text_of(answer)
        h.clock.advance(minutes=5)
        await RECRUITER.reply(servers, "resume Jane", now=h.clock.now, to=answer)
        await h.step()
        assert h.processes()[0].status == ProcessStatus.ACTIVE
