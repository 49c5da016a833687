"""SIGKILL at any moment loses nothing and doubles nothing: `rounds watch`, killed and restarted."""

from __future__ import annotations

import asyncio
import os
import random
import re
import signal
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from agent.process import Process, RoundStatus
from agent.sandbox import Captured, MailServers
from agent.simulation import Actor, calendar_of, parse_mail
from store.db import Store
from tests.e2e import AGENT, CANDIDATE, CLIENT, LABELLED_KICKOFF, RECRUITER
from tests.test_cli import ROUNDS, _env

SEEDS = (7, 11)  # one run of the script under each seed's kills, beside one undisturbed run
KILLS = 5  # per run
STEP = 60.0  # liveness bound for each step of the script: a hang fails instead of blocking
STOP = 20.0  # SIGTERM to exit; `rounds watch` stops between messages

# at_reply: in the SMTP server, after it took the mail, before its 250 reaches the agent;
# after_reply: a moment after a mail was accepted (the commit of "sent" may not have run);
# after_start: anywhere: start-up, IMAP fetch, handling, a commit, IDLE.
KINDS = ("at_reply", "after_reply", "after_start")


@dataclass
class Watcher:
    """`rounds watch` as a child process that kill plans end with SIGKILL and restart."""

    env: dict[str, str]
    log: Path
    loop: asyncio.AbstractEventLoop
    proc: asyncio.subprocess.Process | None = None
    kills: int = 0
    _armed: str | None = None  # the kind of the pending mail-triggered kill
    _fired: asyncio.Event = field(default_factory=asyncio.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    async def start(self) -> None:
        with self.log.open("ab") as out:
            self.proc = await asyncio.create_subprocess_exec(
                *ROUNDS,
                "watch",
                env=self.env,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=out,
                stderr=out,
            )

    def before_reply(self, captured: Captured) -> None:
        """MailServers.before_reply, on the SMTP thread: fire an armed kill."""
        with self._lock:
            armed, self._armed = self._armed, None
            if armed == "at_reply" and self.proc is not None:
                os.kill(self.proc.pid, signal.SIGKILL)
        if armed is not None:
            self.loop.call_soon_threadsafe(self._fired.set)

    async def _after_mail(self, kind: str) -> None:
        self._fired.clear()
        with self._lock:
            self._armed = kind
        await self._fired.wait()

    async def chaos(self, plans: list[tuple[str, float]]) -> None:
        """Start, wait for each plan's moment, SIGKILL, restart; the last start is left alone."""
        for kind, delay in plans:
            await self.start()
            if kind != "after_start":
                await self._after_mail(kind)
            await asyncio.sleep(delay)
            await self.kill()
            self.kills += 1
        await self.start()

    async def kill(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None:
            if proc.returncode is None:
                proc.kill()
            await proc.wait()

    async def stop(self) -> None:
        """SIGTERM, as at a planned shutdown; the mail in flight is finished first."""
        with self._lock:
            self._armed = None
        proc, self.proc = self.proc, None
        if proc is not None and proc.returncode is None:
            proc.terminate()
            await asyncio.wait_for(proc.wait(), STOP)


def plans(seed: int) -> list[tuple[str, float]]:
    """KILLS kill moments; the first always at a 250 the agent never hears, the nastiest one."""
    rng = random.Random(seed)
    chosen = [("at_reply", 0.0)]
    for _ in range(KILLS - 1):
        kind = rng.choice(KINDS)
        delay = {"at_reply": 0.0, "after_reply": rng.uniform(0, 0.2)}.get(kind, rng.uniform(0.3, 3))
        chosen.append((kind, delay))
    return chosen


async def until(what: Callable[[], object]) -> None:
    async with asyncio.timeout(STEP):
        while not what():
            await asyncio.sleep(0.05)


def confirmed(db: Path) -> bool:
    if not db.exists():
        return False
    with Store(db, readonly=True) as store:
        docs = store.processes().values()
        return any(Process.from_doc(d).current.status is RoundStatus.CONFIRMED for d in docs)


def invite_to(actor: Actor, servers: MailServers) -> EmailMessage | None:
    return next((m for m in actor.inbox(servers) if calendar_of(m) is not None), None)


async def converse(servers: MailServers, db: Path) -> None:
    """Kickoff, both sides' availability, both RSVPs, until the round is confirmed."""
    await RECRUITER.send(
        servers, to=AGENT, subject="Jane / Acme", text=LABELLED_KICKOFF, now=datetime.now(UTC)
    )
    await until(lambda: CANDIDATE.inbox(servers) and CLIENT.inbox(servers))
    for actor in (CANDIDATE, CLIENT):
        asked = actor.inbox(servers)[0]
        await actor.reply(servers, "Any time next week works.", now=datetime.now(UTC), to=asked)
    await until(lambda: invite_to(CANDIDATE, servers) and invite_to(CLIENT, servers))
    for actor in (CANDIDATE, CLIENT):
        mail = invite_to(actor, servers)
        invite = calendar_of(mail) if mail is not None else None
        assert mail is not None and invite is not None
        rsvp = actor.rsvp(invite, "ACCEPTED", now=datetime.now(UTC))
        await actor.reply(servers, "Accepted", now=datetime.now(UTC), to=mail, calendar=rsvp)
    await until(lambda: confirmed(db))


def kind(raw: bytes) -> str:
    """A mail's template, recognisable across runs: subject without its numbers and times."""
    message = parse_mail(raw)
    calendar = calendar_of(message)
    method = str(calendar.get("method", "")) if calendar is not None else ""
    return f"{re.sub(r'[0-9]+', '#', str(message['Subject']))} {method}".strip()


def delivered(servers: MailServers) -> Counter[tuple[str, str]]:
    """How many of each (recipient, kind) the agent's SMTP server accepted."""
    return Counter(
        (recipient.lower(), kind(c.raw))
        for c in servers.sent
        if c.mail_from.lower() == AGENT
        for recipient in c.rcpt_tos
    )


async def run(folder: Path, seed: int | None) -> tuple[Counter[tuple[str, str]], int]:
    """The script against the real agent, killed per `seed` (None: left alone); then a
    `watch --once` sends what the last process left queued. Returns the mail and the kills."""
    folder.mkdir()
    db = folder / "rounds.json"
    async with MailServers(agent_address=AGENT) as servers:
        env = _env(servers, db)
        watcher = Watcher(env, folder / "agent.log", asyncio.get_running_loop())
        servers.before_reply = watcher.before_reply
        chaos = asyncio.create_task(watcher.chaos(plans(seed) if seed is not None else []))
        try:
            await converse(servers, db)
        finally:
            chaos.cancel()
            await asyncio.gather(chaos, return_exceptions=True)
            await watcher.stop()
        drain = await asyncio.create_subprocess_exec(
            *ROUNDS,
            "watch",
            "--once",
            env=env,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        assert await asyncio.wait_for(drain.wait(), STEP) == 0
        return delivered(servers), watcher.kills


async def test_sigkill_at_random_moments_loses_and_doubles_no_mail(tmp_path: Path) -> None:
    """Each (recipient, kind) of mail arrives as often under seeded SIGKILLs as undisturbed."""
    runs = await asyncio.gather(
        run(tmp_path / "calm", None), *(run(tmp_path / f"seed{s}", s) for s in SEEDS)
    )
    (calm, _), *killed = runs
    print("CALM", sorted(calm.items()))
    print(
        "KILLED", [(k, sorted((m - calm).items()), sorted((calm - m).items())) for m, k in killed]
    )
    assert any(k.endswith("REQUEST") for r, k in calm if r == CANDIDATE.email)
    for mail, kills in killed:
        lost, doubled = sum((calm - mail).values()), sum((mail - calm).values())
        assert (lost, doubled, mail) == (0, 0, calm)
        assert kills >= 1
