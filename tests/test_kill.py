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
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from agent.core.process import Process, RoundStatus
from agent.dev.sandbox import Captured, MailServers
from agent.dev.simulation import Actor, calendar_of, parse_mail, text_of
from store.factory import open_store
from store.postgres import connect
from tests.dovecot import make_servers, sent_folder_counts
from tests.e2e import AGENT, CANDIDATE, CLIENT, LABELLED_KICKOFF, RECRUITER, any_time_on_one_day
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


@dataclass(frozen=True)
class World:
    """The server under the agent: which IMAP server, and who files sent mail in Sent."""

    imap: str
    files_sent: bool  # the SMTP server files a copy, as Gmail does; else the agent does

    @property
    def kinds(self) -> tuple[str, ...]:
        # Where only the agent files the copy, an at_reply kill lands by construction in the
        # window between the server's acceptance and the CRLF that files the agent's copy,
        # where a crash sends that mail twice (docs/DESIGN.md; tests/bench_sent_copy.py).
        return KINDS if self.files_sent else KINDS[1:]


WORLDS = {
    "pymap-server-copy": World("pymap", files_sent=True),
    "dovecot-no-copy": World("dovecot", files_sent=False),
}


def plans(seed: int, kinds: tuple[str, ...] = KINDS) -> list[tuple[str, float]]:
    """KILLS (kind, delay) pairs; the first at a 250 the agent never hears, the nastiest,
    where `kinds` has it."""
    rng = random.Random(seed)
    chosen = [kinds[0]] + [rng.choice(kinds) for _ in range(KILLS - 1)]
    return [(kind, 0.0 if kind == "at_reply" else rng.uniform(0, 0.2)) for kind in chosen]


class Watcher:
    """`rounds watch` as a child process, SIGKILLed at planned moments and restarted."""

    def __init__(self, env: dict[str, str], stamp: Callable[[], object], log: Path) -> None:
        self.env = env
        self.stamp = stamp  # changes with every commit
        self.log = log
        self.kills = 0
        self.starts = 0
        self._starting: asyncio.Future[None] | None = None
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
            self.starts += 1

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
            # Shielded: a cancel mid-start must not leave an agent running that nobody tracks.
            self._starting = asyncio.ensure_future(self._start())
            await asyncio.shield(self._starting)

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
        if self._starting is not None:
            await self._starting
        with self._lock:
            self._armed = None
            running = self._proc is not None and not self._doomed
        if not running:
            await self._kill()
            await self._start()

    async def stop(self) -> None:
        """SIGTERM, a planned shutdown (a crashed last agent is not mistaken for one)."""
        # Only once the agent has its signal handlers: a SIGTERM while it imports kills it.
        await until(lambda: self.log.read_bytes().count(b"rounds.watch: watching") >= self.starts)
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
        await actor.reply(
            servers, any_time_on_one_day(datetime.now(UTC)), now=datetime.now(UTC), to=asked
        )
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


def in_window(servers: MailServers) -> Counter[tuple[str, str]]:
    """The (recipient, kind) deliveries that a crash in the send window explains: mail the
    server accepted more often than Sent holds a copy of it, since the agent died between the
    server's acceptance and filing its copy. Where the server files every copy, none."""
    ours = [c for c in servers.sent if c.mail_from.lower() == AGENT]
    accepted = Counter(str(parse_mail(c.raw)["Message-ID"]) for c in ours)
    copies = sent_folder_counts(servers)
    window: Counter[tuple[str, str]] = Counter()
    for message_id, c in {str(parse_mail(c.raw)["Message-ID"]): c for c in ours}.items():
        missing = max(0, accepted[message_id] - copies[message_id])
        for recipient in c.rcpt_tos:
            window[(recipient.lower(), kind(c.raw))] += missing
    return window


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
    name: str,
    folder: Path,
    seed: int | None,
    world: World = WORLDS["pymap-server-copy"],
    postgres: str | None = None,
) -> tuple[Counter[tuple[str, str]], int, Counter[tuple[str, str]]]:
    """The script against the real agent, killed per `seed` (None: never), until the round is
    confirmed and the outbox empty. Returns the mail the agent sent, the kills, and the
    deliveries a kill in the send window explains (see in_window).

    `postgres`: a URL; the run then uses mailbox `name` there instead of a tracker file."""
    db: str | Path = folder / f"{name}.json"
    mailbox, stamp = "default", lambda: _stamp(folder / f"{name}.json")
    if postgres is not None:
        db, mailbox = postgres, f"{name}-{folder.name}"
        stamp = lambda: _pg_stamp(postgres, mailbox)  # noqa: E731
    servers = make_servers(world.imap, agent_address=AGENT, files_sent=world.files_sent)
    async with servers:
        env = _env(servers, db) | {"ROUNDS_MAILBOX_ID": mailbox}  # type: ignore[arg-type]
        if world.files_sent:
            env["ROUNDS_SENT_COPY"] = "server"
        watcher = Watcher(env, stamp, folder / f"{name}.log")
        servers.before_reply = watcher.before_reply
        kills = plans(seed, world.kinds) if seed is not None else []
        chaos = asyncio.create_task(watcher.chaos(kills))
        try:
            await converse(servers, db, mailbox)
            await until(lambda: outbox_empty(db, mailbox))  # the last mails go out under fire
        finally:
            chaos.cancel()
            await asyncio.gather(chaos, return_exceptions=True)
        await watcher.calm_down()
        await until(lambda: outbox_empty(db, mailbox))  # a kill may land after the first look
        await watcher.stop()
        window = await asyncio.to_thread(in_window, servers)
        return delivered(servers), watcher.kills, window


@pytest.mark.parametrize(
    ("world", "store"),
    [(world, "tinydb") for world in WORLDS] + [("pymap-server-copy", "postgres")],
)
async def test_sigkill_at_random_moments_loses_and_doubles_no_mail(
    tmp_path: Path, world: str, store: str, request: pytest.FixtureRequest
) -> None:
    """Each (recipient, kind) of mail arrives as often under seeded SIGKILLs as undisturbed,
    where the server files sent mail (pymap, as Gmail) and where only the agent does (Dovecot),
    with the tracker in a file or in PostgreSQL; where only the agent files its copy, only a
    kill inside the send window may double a mail, and none loses one."""
    chosen = WORLDS[world]
    url = request.getfixturevalue("postgres_url") if store == "postgres" else None
    (calm, _, _), *killed = await asyncio.gather(
        run("calm", tmp_path, None, chosen, url),
        *(run(f"seed{s}", tmp_path, s, chosen, url) for s in SEEDS),
    )
    assert any("| REQUEST |" in k for r, k in calm if r == CANDIDATE.email)
    for mail, kills, window in killed:
        lost, unexplained = calm - mail, mail - calm - window
        assert (lost, unexplained) == (Counter(), Counter())
        assert kills >= 1
