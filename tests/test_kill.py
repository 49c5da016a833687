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
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from agent.process import Process, RoundStatus
from agent.sandbox import Captured, MailServers
from agent.simulation import Actor, calendar_of, parse_mail, text_of
from store.factory import open_store
from store.postgres import connect
from tests.e2e import AGENT, CANDIDATE, CLIENT, LABELLED_KICKOFF, RECRUITER
from tests.test_cli import ROUNDS, _env

SEEDS = (7, 11)  # one run of the script under each seed's kills, beside one undisturbed run
KILLS = 5  # per run
STEP = 90.0  # liveness bound per step of the script (a loaded CI machine restarts slowly)
POLL = 0.05

# at_reply: in the SMTP server, after it took the mail, before its 250 reaches the agent;
# after_reply: a moment after a mail was accepted (its "sent" may not be committed yet);
# after_commit: a moment after the tracker file changed: mid-handling, between a "sending"
# commit and its SMTP send, between two mails. Every kill waits for the agent to act, so
# none is wasted on the seconds a restarted agent spends importing.
KINDS = ("at_reply", "after_reply", "after_commit")


def plans(seed: int) -> list[tuple[str, float]]:
    """KILLS (kind, delay) pairs; the first at a 250 the agent never hears, the nastiest."""
    rng = random.Random(seed)
    chosen = [("at_reply", 0.0)]
    for _ in range(KILLS - 1):
        kind = rng.choice(KINDS)
        chosen.append((kind, 0.0 if kind == "at_reply" else rng.uniform(0, 0.2)))
    return chosen


class Watcher:
    """`rounds watch` as a child process, SIGKILLed at planned moments and restarted."""

    def __init__(self, env: dict[str, str], stamp: Callable[[], object], log: Path) -> None:
        self.env = env
        self.stamp = stamp  # changes with every commit
        self.log = log
        self.kills = 0
        self._proc: asyncio.subprocess.Process | None = None
        self._loop = asyncio.get_running_loop()
        self._lock = threading.Lock()  # the SMTP server's thread reads _armed and _proc
        self._armed: str | None = None  # the kind of a kill waiting for the agent's next mail
        self._doomed = False  # before_reply has sent SIGKILL to the running agent
        self._fired = asyncio.Event()

    async def _start(self) -> None:
        with self.log.open("ab") as log:
            proc = await asyncio.create_subprocess_exec(
                *ROUNDS,
                "watch",
                env=self.env,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )
        with self._lock:
            self._proc, self._doomed = proc, False

    def before_reply(self, captured: Captured) -> None:
        """MailServers.before_reply, on the SMTP server's thread: fire an armed kill."""
        with self._lock:
            armed, self._armed = self._armed, None
            if armed == "at_reply" and self._proc is not None:
                os.kill(self._proc.pid, signal.SIGKILL)
                self._doomed = True
        if armed is not None:
            self._loop.call_soon_threadsafe(self._fired.set)

    async def chaos(self, plans: list[tuple[str, float]]) -> None:
        """Start; for each plan wait for its moment, SIGKILL, restart."""
        await self._start()
        for kind, delay in plans:
            if kind == "after_commit":
                await self._next_commit()
            else:
                self._fired.clear()
                with self._lock:
                    self._armed = kind
                await self._fired.wait()
            await asyncio.sleep(delay)
            await self._kill()
            self.kills += 1
            await self._start()

    async def _next_commit(self) -> None:
        before = self.stamp()
        while self.stamp() == before:  # noqa: ASYNC110 - watching another process's store
            await asyncio.sleep(POLL / 5)

    async def _kill(self) -> None:
        with self._lock:
            proc, self._proc = self._proc, None
        if proc is not None:
            if proc.returncode is None:
                proc.kill()
            await proc.wait()

    async def calm_down(self) -> None:
        """No more kills; make sure an agent runs, to finish what the last one left."""
        with self._lock:
            self._armed = None
            running = self._proc is not None and not self._doomed
        if not running:
            await self._kill()
            await self._start()

    async def stop(self) -> None:
        """SIGTERM, a planned shutdown (a crashed last agent is not mistaken for one)."""
        with self._lock:
            proc, self._proc = self._proc, None
        assert proc is not None and proc.returncode is None
        proc.terminate()
        assert await asyncio.wait_for(proc.wait(), STEP) == 0


def _stamp(path: Path) -> tuple[int, int] | None:
    """Each commit renames a new file over the tracker: a new inode."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return info.st_ino, info.st_mtime_ns


async def until(what: Callable[[], object]) -> None:
    async with asyncio.timeout(STEP):
        while not what():  # noqa: ASYNC110 - watching another process's file and mail
            await asyncio.sleep(POLL)


def _processes(db: str | Path, mailbox: str) -> list[Process]:
    if isinstance(db, Path) and not db.exists():
        return []
    with open_store(db, mailbox=mailbox, readonly=True) as store:
        return [Process.from_doc(doc) for doc in store.processes().values()]


def confirmed(db: str | Path, mailbox: str = "default") -> bool:
    return any(p.current.status is RoundStatus.CONFIRMED for p in _processes(db, mailbox))


def outbox_empty(db: str | Path, mailbox: str = "default") -> bool:
    if isinstance(db, Path) and not db.exists():
        return False
    with open_store(db, mailbox=mailbox, readonly=True) as store:
        return not store.outbox(status="queued") and not store.outbox(status="sending")


def invite_to(actor: Actor, servers: MailServers) -> EmailMessage | None:
    return next((m for m in actor.inbox(servers) if calendar_of(m) is not None), None)


async def converse(servers: MailServers, db: str | Path, mailbox: str = "default") -> None:
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
    await until(lambda: confirmed(db, mailbox))


def _normalised(text: str) -> str:
    """Without random ids, numbers or line breaks: what stays equal between two runs."""
    text = re.sub(r"\b(?=[0-9a-f]*[0-9])[0-9a-f]{6,}\b", "<id>", text)
    return " ".join(re.sub(r"[0-9]+", "#", text).split())


def kind(raw: bytes) -> str:
    """A mail's template, recognisable across runs: subject, calendar method and body."""
    message = parse_mail(raw)
    calendar = calendar_of(message)
    method = str(calendar.get("method", "")) if calendar is not None else ""
    return _normalised(f"{message['Subject']} | {method} | {text_of(message)}")


def delivered(servers: MailServers) -> Counter[tuple[str, str]]:
    """How many of each (recipient, kind) the agent handed to the SMTP server."""
    return Counter(
        (recipient.lower(), kind(c.raw))
        for c in servers.sent
        if c.mail_from.lower() == AGENT
        for recipient in c.rcpt_tos
    )


def _pg_stamp(url: str, mailbox: str) -> object:
    """What any commit of `mailbox` changes: the ledger, the outbox, a process or the cursor."""
    with connect(url) as conn:
        return conn.execute(
            "SELECT (SELECT max(seq) FROM rounds_ledger WHERE mailbox = %(m)s),"
            " (SELECT array_agg(doc::text ORDER BY pos) FROM rounds_outbox WHERE mailbox = %(m)s),"
            " (SELECT max(updated) FROM rounds_process WHERE mailbox = %(m)s),"
            " (SELECT max(last_uid) FROM rounds_cursor WHERE mailbox = %(m)s),"
            " (SELECT array_agg(value::text ORDER BY key) FROM rounds_meta WHERE mailbox = %(m)s)",
            {"m": mailbox},
        ).fetchone()


async def run(
    name: str, folder: Path, seed: int | None, postgres: str | None = None
) -> tuple[Counter[tuple[str, str]], int]:
    """The script against the real agent, killed per `seed` (None: never), until the round is
    confirmed and the outbox empty. Returns the mail the agent sent and the kills.

    `postgres`: a URL; the run then uses mailbox `name` there instead of a tracker file."""
    db: str | Path = folder / f"{name}.json"
    mailbox, stamp = "default", lambda: _stamp(folder / f"{name}.json")
    if postgres is not None:
        db, mailbox = postgres, f"{name}-{folder.name}"
        stamp = lambda: _pg_stamp(postgres, mailbox)  # noqa: E731
    async with MailServers(agent_address=AGENT) as servers:
        env = _env(servers, db) | {"ROUNDS_MAILBOX_ID": mailbox}  # type: ignore[arg-type]
        watcher = Watcher(env, stamp, folder / f"{name}.log")
        servers.before_reply = watcher.before_reply
        chaos = asyncio.create_task(watcher.chaos(plans(seed) if seed is not None else []))
        try:
            await converse(servers, db, mailbox)
            await until(lambda: outbox_empty(db, mailbox))  # the last mails go out under fire
        finally:
            chaos.cancel()
            await asyncio.gather(chaos, return_exceptions=True)
        await watcher.calm_down()
        await until(lambda: outbox_empty(db, mailbox))  # a kill may land after the first look
        await watcher.stop()
        return delivered(servers), watcher.kills


@pytest.mark.parametrize("store", ["tinydb", "postgres"])
async def test_sigkill_at_random_moments_loses_and_doubles_no_mail(
    tmp_path: Path, store: str, request: pytest.FixtureRequest
) -> None:
    """Each (recipient, kind) of mail arrives as often under seeded SIGKILLs as undisturbed,
    with the tracker in a file or in PostgreSQL."""
    url = request.getfixturevalue("postgres_url") if store == "postgres" else None
    (calm, _), *killed = await asyncio.gather(
        run("calm", tmp_path, None, url), *(run(f"seed{s}", tmp_path, s, url) for s in SEEDS)
    )
    assert any("| REQUEST |" in k for r, k in calm if r == CANDIDATE.email)
    for mail, kills in killed:
        lost, doubled = sum((calm - mail).values()), sum((mail - calm).values())
        assert (lost, doubled, mail) == (0, 0, calm)
        assert kills >= 1
