"""Shared pieces of the lifecycle tests: a movable clock, the cast, an agent on mail.

The agent runs on the sandbox's real pymap and aiosmtpd servers on loopback, or, in a module
or test marked `pytest.mark.mail("memory")`, in-process on the in-memory mail account
(agent/adapters/memory.py); `mail("servers")` on a test puts it back on the servers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest
from pydantic import SecretStr

from agent.adapters.memory import MemoryClock, MemoryMail
from agent.config import Settings
from agent.core.process import Process

# The demo's cast, so that what `make demo` shows is what the tests pin.
from agent.dev.demo import AGENT as AGENT
from agent.dev.demo import CANDIDATE as CANDIDATE
from agent.dev.demo import CLIENT as CLIENT
from agent.dev.demo import RECRUITER as RECRUITER
from agent.dev.sandbox import AUTHSERV_ID, MailServers
from agent.dev.simulation import Actor
from agent.ports import Store
from agent.service import Agent
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
# Where the agent's mail lives: the sandbox's servers, or the in-memory account.
Post = MailServers | MemoryMail  # both are an agent.dev.simulation.Post


def _login(servers: Post) -> dict[str, Any]:
    """Where the agent's mail is; the in-memory account is handed to it, never logged in to."""
    imap, smtp, user, password = 9, 9, "agent@rounds.test", "unused"
    if isinstance(servers, MailServers):
        imap, smtp, user, password = (
            servers.imap_port,
            servers.smtp_port,
            servers.user,
            servers.password,
        )
    return {
        "imap_host": "127.0.0.1",
        "imap_port": imap,
        "imap_ssl": False,
        "imap_user": user,
        "imap_password": password,
        "smtp_host": "127.0.0.1",
        "smtp_port": smtp,
        "smtp_tls": "none",
        "smtp_user": user,
        "smtp_password": password,
    }


def settings_for(servers: Post, db: str | Path, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        **_login(servers),
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
    servers: Any  # Post; Any because server-only tests call MailServers' own methods
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
        if self.agent.desk is not None:
            self.agent.desk.close()  # its database connection, on PostgreSQL
        settings = settings_for(self.servers, self.db, **self.extra)
        self.store = open_store(settings.db, mailbox=settings.mailbox_id)
        self.agent = agent_on(self.servers, settings, self.store, self.clock)

    def processes(self) -> list[Process]:
        return [Process.from_doc(d) for d in self.store.processes().values()]


@pytest.fixture
async def servers() -> AsyncIterator[MailServers]:
    async with MailServers(agent_address=AGENT) as running:
        yield running


def in_memory(request: pytest.FixtureRequest) -> bool:
    """Whether the test (or its module) is marked `mail("memory")` and not `mail("servers")`."""
    marker = request.node.get_closest_marker("mail")
    return marker is not None and marker.args == ("memory",)


@pytest.fixture
def post(request: pytest.FixtureRequest) -> Post:
    """The agent's mail: the in-memory account under `mail("memory")`, else the servers."""
    if in_memory(request):
        return MemoryMail(agent_address=AGENT)
    servers: MailServers = request.getfixturevalue("servers")
    return servers


def agent_on(servers: Post, settings: Settings, store: Store, clock: Clock) -> Agent:
    if isinstance(servers, MemoryMail):
        return build_agent(
            settings, store, clock=clock, mailbox=servers.source(), sender=servers.sender()
        )
    return build_agent(settings, store, clock=clock)


STORES = ("tinydb", "postgres")


@pytest.fixture
async def harness(
    request: pytest.FixtureRequest, post: Post, tmp_path: Path
) -> AsyncIterator[Harness]:
    """An agent on a tracker file; `parametrize("harness", STORES, indirect=True)` adds
    a run on a PostgreSQL mailbox (ROUNDS_DB=postgresql://…) with the same test."""
    extra: dict[str, Any] = {}
    if getattr(request, "param", "tinydb") == "postgres":
        extra = {
            "db": request.getfixturevalue("postgres_url"),
            "mailbox_id": request.getfixturevalue("mailbox_id"),
        }
    async with running_agent(post, tmp_path, **extra) as running:
        yield running


@asynccontextmanager
async def running_agent(servers: Post, tmp_path: Path, **extra: Any) -> AsyncIterator[Harness]:
    """An agent on `servers` with settings `extra` on top of the defaults, closed after.

    `db=` in `extra` (a postgresql:// URL, with `mailbox_id=`) replaces the tracker file.
    """
    clock = Clock()
    db = extra.pop("db", tmp_path / "rounds.json")
    settings = settings_for(servers, db, **extra)
    store = open_store(settings.db, mailbox=settings.mailbox_id)
    agent = agent_on(servers, settings, store, clock)
    running = Harness(servers, clock, db, agent, store, extra)
    try:
        yield running
    finally:
        await running.agent.mailbox.close()
        running.store.close()
        if running.agent.desk is not None:
            running.agent.desk.close()  # its database connection, on PostgreSQL


@pytest.fixture
async def llm_harness(
    post: Post, tmp_path: Path, openai_server: FakeOpenAIServer
) -> AsyncIterator[Harness]:
    """An agent whose LLM is the fake OpenAI server."""
    llm = {"llm": "openai", "openai_base_url": openai_server.base_url}
    async with running_agent(post, tmp_path, **llm, openai_api_key=SecretStr("x")) as harness:
        yield harness


def any_time_on_one_day(now: datetime) -> str:
    """A reply offering one whole weekday, named by its date, two to four days after `now` in New
    York. The tests on the wall clock send it rather than "next week": on a Sunday evening in New
    York it is already Monday for a side in Europe, and "next week" rightly names two weeks
    that do not meet."""
    day = now.astimezone(ZoneInfo("America/New_York")).date() + timedelta(days=2)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return f"Any time on {day:%A} {day.day} {day:%B} works."
