"""`make demo`: the whole agent on embedded mail servers, with a simulated cast.

A recruiter kicks off a process; a candidate in New York and a hiring manager in
London answer in plain words; the agent runs the rounds over real IMAP and SMTP on
loopback. The agent's clock is simulated so that days pass in seconds.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import SecretStr

from agent.config import Settings
from agent.core.process import Process
from agent.dev.sandbox import AUTHSERV_ID, Captured, MailServers
from agent.dev.simulation import Actor, calendar_of, parse_mail, text_of
from agent.rendering.summary import build_summary, recruiter_zone
from agent.rendering.tracker import load_processes, tracker_rows
from agent.wiring import build_agent
from store.db import Store
from store.export import render

AGENT = "agent@rounds.test"
RECRUITER = Actor("Rita Recruiter", "rita@agency.test")
CANDIDATE = Actor("Jane Doe", "jane@example.com")
CLIENT = Actor("Bob Smith", "bob@acme.test")

KICKOFF = """Hi,

Please arrange the interviews for this one.

Candidate: Jane Doe <jane@example.com> (New York)
Client: Bob Smith <bob@acme.test> (London)
Company: Acme
Role: Senior Backend Engineer
Duration: 45 minutes

Thanks,
Rita
"""


class Demo:
    """Drives the cast and the agent, printing every email as it goes."""

    def __init__(self, servers: MailServers, workdir: Path) -> None:
        self.servers = servers
        self.now = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)  # a Monday
        settings = Settings(
            imap_host="127.0.0.1",
            imap_port=servers.imap_port,
            imap_ssl=False,
            imap_user=servers.user,
            imap_password=SecretStr(servers.password),
            smtp_host="127.0.0.1",
            smtp_port=servers.smtp_port,
            smtp_tls="none",
            smtp_user=servers.user,
            smtp_password=SecretStr(servers.password),
            agent_address=AGENT,
            agent_name="Rounds Scheduler",
            recruiters=RECRUITER.email,
            db=workdir / "rounds.json",
            timezone="America/New_York",
            llm="off",
            # The sandbox files mail with its own Authentication-Results; a test server with
            # no such header is what ROUNDS_TRUST_UNAUTHENTICATED is for, and a demo is one.
            authserv_id=AUTHSERV_ID,
            trust_unauthenticated=True,
        )
        self.store = Store(Path(settings.db))
        self.agent = build_agent(settings, self.store, clock=lambda: self.now)
        self.shown = 0

    def _show(self, captured: Captured) -> None:
        message = parse_mail(captured.raw)
        body = text_of(message).strip()
        extra = "  [+ calendar invite]" if calendar_of(message) is not None else ""
        print(f"\n  ┌ {message['From']} → {message['To']}{extra}")
        print(f"  │ Subject: {message['Subject']}")
        for line in body.splitlines():
            if line.startswith(">"):
                continue
            for part in textwrap.wrap(line, 100) or [""]:
                print(f"  │ {part}")
        print("  └")

    def _heading(self, text: str) -> None:
        print(f"\n== {self.now:%a %d %b %H:%M} UTC — {text}")

    async def step(self, heading: str) -> None:
        """One `rounds watch --once` pass; print what went out."""
        self._heading(heading)
        await self.agent.run_once()
        new = self.servers.sent[self.shown :]
        self.shown = len(self.servers.sent)
        for captured in new:
            if AGENT not in (r.lower() for r in captured.rcpt_tos):
                self._show(captured)

    async def says(self, actor: Actor, text: str, *, hours: float = 1.0) -> None:
        self.now += timedelta(hours=hours)
        print(f"\n>> {actor.name} replies: {text!r}")
        await actor.reply(self.servers, text, now=self.now)
        await self.step(f"the agent reads {actor.name.split()[0]}'s reply")

    async def accepts_invite(self, actor: Actor, *, hours: float = 0.5) -> None:
        self.now += timedelta(hours=hours)
        invite = calendar_of(actor.last(self.servers))
        assert invite is not None
        print(f"\n>> {actor.name} clicks Accept in the calendar")
        rsvp = actor.rsvp(invite, "ACCEPTED", now=self.now)
        await actor.reply(self.servers, "Accepted", now=self.now, calendar=rsvp)
        await self.step(f"the agent reads {actor.name.split()[0]}'s RSVP")

    async def wait_until_after_interview(self) -> None:
        process = Process.from_doc(next(iter(self.store.processes().values())))
        slot = process.current.slot
        assert slot is not None
        self.now = slot.end + timedelta(hours=1)
        await self.step("the interview has taken place")

    async def run(self) -> None:
        print(f"\n>> {RECRUITER.name} emails the agent a kickoff")
        await RECRUITER.send(
            self.servers,
            to=AGENT,
            subject="New process: Jane Doe / Acme",
            text=KICKOFF,
            now=self.now,
        )
        await self.step("the agent reads the kickoff")
        await self.says(CANDIDATE, "Hi! Thursday morning works, or Friday after 2pm.")
        await self.says(CLIENT, "Thursday between 2pm and 5pm UK time suits the team.")
        await self.accepts_invite(CANDIDATE)
        await self.says(CLIENT, "Works for me, see you then.", hours=0.5)
        await self.wait_until_after_interview()
        await self.says(CLIENT, "Great conversation. We'd like to move Jane to a second round.")
        # Interview #2: booked, then moved at the candidate's request.
        await self.says(CANDIDATE, "Next Tuesday or Wednesday, any time before noon.")
        await self.says(CLIENT, "Wednesday 9 December from 2pm UK time is good for us.")
        await self.accepts_invite(CANDIDATE)
        await self.accepts_invite(CLIENT)
        await self.says(
            CANDIDATE,
            "So sorry, something came up on Wednesday. Could we move it to Thursday morning?",
            hours=20,
        )
        await self.says(CLIENT, "Thursday at 3pm UK time works.")
        await self.accepts_invite(CANDIDATE)
        await self.accepts_invite(CLIENT)
        await self.wait_until_after_interview()
        await self.says(
            CLIENT, "Strong session. We'd like Jane to come back for a final round with our CTO."
        )
        # Interview #3, then the verdict.
        await self.says(CANDIDATE, "Monday 14 December, any time in the morning.")
        await self.says(CLIENT, "Monday the 14th from 2pm London time.")
        await self.accepts_invite(CANDIDATE)
        await self.accepts_invite(CLIENT)
        await self.wait_until_after_interview()
        await self.says(CLIENT, "We loved her. We'd like to make Jane an offer!")
        # The outcome message to the candidate waits for the recruiter's "send".
        await self.says(RECRUITER, "send", hours=0.5)
        self.print_tracker()
        self.print_summary()

    def print_tracker(self) -> None:
        processes = load_processes(self.store)
        print("\n== The tracker (rounds tracker)\n")
        rows = tracker_rows(processes, zone=self.agent.identity.default_zone)
        print(render(rows, "table").decode())

    def print_summary(self) -> None:
        processes = load_processes(self.store)
        summary = build_summary(
            processes,
            recruiter=RECRUITER.email,
            now=self.now,
            since=None,
            zone=recruiter_zone(processes, RECRUITER.email, "America/New_York"),
        )
        print(f"\n== {RECRUITER.name}'s weekly summary (rounds summary): {summary.subject}\n")
        print(summary.text)

    async def close(self) -> None:
        await self.agent.mailbox.close()
        self.store.close()


DEMO_OUT = Path("demo-out")  # the demo's tracker stays here for the desk (gitignored)


async def _main() -> None:
    async with MailServers(agent_address=AGENT) as servers:
        print(
            f"IMAP (pymap) on 127.0.0.1:{servers.imap_port}, "
            f"SMTP (aiosmtpd) on 127.0.0.1:{servers.smtp_port}"
        )
        demo = Demo(servers, DEMO_OUT)
        try:
            await demo.run()
        finally:
            await demo.close()
    _print_desk_command(DEMO_OUT)


def _print_desk_command(folder: Path) -> None:
    """Leave a config beside the tracker and print the command that opens the desk on it."""
    config = folder / "rounds.toml"
    config.write_text(
        f'db = "{(folder / "rounds.json").resolve()}"\n'
        f'recruiters = "{RECRUITER.email}"\n'
        'timezone = "America/New_York"\n'
        f'agent_address = "{AGENT}"\n',
        encoding="utf-8",
    )
    config.chmod(0o600)
    rounds = Path(sys.executable).with_name("rounds")
    print(
        "\n== The desk on this tracker: run this, then open the sign-in link it prints\n\n"
        f"{rounds} --config {config} login-link {RECRUITER.email} && "
        f"{rounds} --config {config} serve"
    )


def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    shutil.rmtree(DEMO_OUT, ignore_errors=True)
    DEMO_OUT.mkdir(mode=0o700)
    asyncio.run(_main())
    return 0


if __name__ == "__main__":
    sys.exit(main())
