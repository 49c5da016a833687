"""Two `rounds watch` on one PostgreSQL mailbox: the standby takes over when the active dies."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections import Counter
from pathlib import Path

from agent.dev.sandbox import Captured, MailServers
from tests.e2e import AGENT, CANDIDATE
from tests.test_cli import ROUNDS, _env
from tests.test_kill import converse, delivered, outbox_empty, until

TAKEOVER = 30.0  # the bound from the active's death to the standby holding the lock


async def _watch(env: dict[str, str], log: Path) -> asyncio.subprocess.Process:
    with log.open("ab") as out:
        return await asyncio.create_subprocess_exec(
            *ROUNDS, "watch", env=env, stdin=asyncio.subprocess.DEVNULL, stdout=out, stderr=out
        )


async def _pair(logs: Path, url: str, mailbox: str, *, kill: bool) -> Counter[tuple[str, str]]:
    """An active watcher and a standby on `mailbox` run one round; with `kill`, the active is
    SIGKILLed as its first mail reaches SMTP. Returns the mail sent."""
    active_log, standby_log = logs.with_suffix(".active.log"), logs.with_suffix(".standby.log")
    async with MailServers(agent_address=AGENT) as servers:
        env = _env(servers, logs.with_suffix(".unused.json")) | {
            "ROUNDS_DB": url,
            "ROUNDS_MAILBOX_ID": mailbox,
        }
        active = await _watch(env, active_log)
        await until(lambda: b"watching" in active_log.read_bytes())
        standby = await _watch(env, standby_log)
        await until(lambda: b"standing by" in standby_log.read_bytes())
        killed_at: list[float] = []
        standby_until_kill: list[bytes] = []

        def kill_on_first_mail(captured: Captured) -> None:
            # In the SMTP server, before its 250: the active never learns the mail went out.
            if kill and not killed_at:
                standby_until_kill.append(standby_log.read_bytes())
                os.kill(active.pid, signal.SIGKILL)
                killed_at.append(time.monotonic())

        async def takeover() -> float:
            await until(lambda: killed_at)
            await until(lambda: b"took over" in standby_log.read_bytes())
            return time.monotonic() - killed_at[0]

        servers.before_reply = kill_on_first_mail
        took = asyncio.create_task(takeover())
        await converse(servers, url, mailbox)
        await until(lambda: outbox_empty(url, mailbox))
        if kill:
            # Until the active died the standby only waited: it never acted on the mailbox.
            assert b"standing by" in standby_until_kill[0]
            assert b"took over" not in standby_until_kill[0]
            assert await took < TAKEOVER
            assert await active.wait() == -signal.SIGKILL
            survivor = standby
        else:
            took.cancel()
            assert b"took over" not in standby_log.read_bytes()
            standby.terminate()
            await standby.wait()
            survivor = active
        survivor.terminate()
        assert await asyncio.wait_for(survivor.wait(), 90) == 0
        return delivered(servers)


async def test_standby_takes_over_and_nothing_is_lost_or_doubled(
    tmp_path: Path, postgres_url: str, mailbox_id: str
) -> None:
    """The same round with and without the active watcher's death sends the same mail."""
    calm, failover = await asyncio.gather(
        _pair(tmp_path / "calm", postgres_url, mailbox_id + "-calm", kill=False),
        _pair(tmp_path / "failover", postgres_url, mailbox_id, kill=True),
    )
    assert any("| REQUEST |" in k for r, k in calm if r == CANDIDATE.email)
    lost, doubled = sum((calm - failover).values()), sum((failover - calm).values())
    assert (lost, doubled, failover) == (0, 0, calm)
