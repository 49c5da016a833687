"""Shared pieces of the end-to-end tests: a movable clock, the cast, an agent on the sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from pydantic import SecretStr

from agent.adapters.memory import MemoryClock
from agent.config import Settings

# The demo's cast, so that what `make demo` shows is what the tests pin.
from agent.demo import AGENT as AGENT
from agent.demo import CANDIDATE as CANDIDATE
from agent.demo import CLIENT as CLIENT
from agent.demo import RECRUITER as RECRUITER
from agent.ports import Store
from agent.process import Process
from agent.sandbox import AUTHSERV_ID, MailServers
from agent.service import Agent
from agent.simulation import Actor
from agent.wiring import build_agent
from store.factory import open_store

if TYPE_CHECKING:  # importing it here would load tests.fakes before pytest registers it
    from tests.fakes.openai_server import FakeOpenAIServer

STRANGER = Actor("Mallory", "mallory@evil.test")

LABELLED_KICKOFF = """Hi,

Please set up the first interview.

Candidate: Jane Doe <jane@example.com> (New York)
Client: Bob Smith <bob@acme.test> (London)
Company: Acme
Role: Senior Backend Engineer
Duration: 60 minutes

Thanks,
Rita
"""


Clock = MemoryClock  # the agent's only clock; tests move it instead of sleeping


def settings_for(servers: MailServers, db: str | Path, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "imap_host": "127.0.0.1",
        "imap_port": servers.imap_port,
        "imap_ssl": False,
        "imap_user": servers.user,
        "imap_password": servers.password,
        "smtp_host": "127.0.0.1",
        "smtp_port": servers.smtp_port,
        "smtp_tls": "none",
        "smtp_user": servers.user,
        "smtp_password": servers.password,
        "agent_address": AGENT,
        "agent_name": "Rounds Scheduler",
        "recruiters": RECRUITER.email,
        "db": db,
        "timezone": "America/New_York",
        "llm": "off",
        "authserv_id": AUTHSERV_ID,  # the sandbox vouches for its deliveries as Gmail does
    }
    return Settings(**(values | extra))


@dataclass
class Harness:
    servers: MailServers
    clock: Clock
    db: str | Path  # a tracker file, or a postgresql:// URL
    agent: Agent
    store: Store
    extra: dict[str, Any]  # settings on top of the defaults, kept for restart()

    async def step(self) -> None:
        """One `rounds watch --once` pass at the clock's current time."""
        await self.agent.run_once()

    async def kickoff(self, text: str = LABELLED_KICKOFF) -> EmailMessage:
        """The recruiter emails the agent a kickoff (the agent reads it on the next step)."""
        return await RECRUITER.send(
            self.servers,
            to=AGENT,
            subject="New process: Jane Doe / Acme",
            text=text,
            now=self.clock.now,
        )

    async def restart(self) -> None:
        """Stop the agent and start a new one on the same tracker, as after a crash."""
        await self.agent.mailbox.close()
        self.store.close()
        settings = settings_for(self.servers, self.db, **self.extra)
        self.store = open_store(settings.db, mailbox=settings.mailbox_id)
        self.agent = build_agent(settings, self.store, clock=self.clock)

    def processes(self) -> list[Process]:
        return [Process.from_doc(d) for d in self.store.processes().values()]


@pytest.fixture
async def servers() -> AsyncIterator[MailServers]:
    async with MailServers(agent_address=AGENT) as running:
        yield running


STORES = ("tinydb", "postgres")


@pytest.fixture
async def harness(
    request: pytest.FixtureRequest, servers: MailServers, tmp_path: Path
) -> AsyncIterator[Harness]:
    """An agent on a tracker file; `parametrize("harness", STORES, indirect=True)` adds
    a run on a PostgreSQL mailbox (ROUNDS_DB=postgresql://…) with the same test."""
    extra: dict[str, Any] = {}
    if getattr(request, "param", "tinydb") == "postgres":
        extra = {
            "db": request.getfixturevalue("postgres_url"),
            "mailbox_id": request.getfixturevalue("mailbox_id"),
        }
    async with running_agent(servers, tmp_path, **extra) as running:
        yield running


@asynccontextmanager
async def running_agent(
    servers: MailServers, tmp_path: Path, **extra: Any
) -> AsyncIterator[Harness]:
    """An agent on the sandbox with settings `extra` on top of the defaults, closed after.

    `db=` in `extra` (a postgresql:// URL, with `mailbox_id=`) replaces the tracker file.
    """
    clock = Clock()
    db = extra.pop("db", tmp_path / "rounds.json")
    settings = settings_for(servers, db, **extra)
    store = open_store(settings.db, mailbox=settings.mailbox_id)
    agent = build_agent(settings, store, clock=clock)
    running = Harness(servers, clock, db, agent, store, extra)
    try:
        yield running
    finally:
        await running.agent.mailbox.close()
        running.store.close()


@pytest.fixture
async def llm_harness(
    servers: MailServers, tmp_path: Path, openai_server: FakeOpenAIServer
) -> AsyncIterator[Harness]:
    """An agent whose LLM is the fake OpenAI server."""
    llm = {"llm": "openai", "openai_base_url": openai_server.base_url}
    async with running_agent(servers, tmp_path, **llm, openai_api_key=SecretStr("x")) as harness:
        yield harness
