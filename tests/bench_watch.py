"""Benchmark of `rounds watch --once`: time per kickoff with 50 and 500 kickoffs in the inbox.

Each run starts the sandbox mail servers (pymap, aiosmtpd), puts N labelled
kickoffs for N different candidates in the inbox and times one `run_once`
pass (what `rounds watch --once` runs): fetch, route, read the kickoff, commit,
then send the three letters of each. Issue 9's bar: the time per kickoff may
not grow more than 1.5× from 50 to 500 processes. Run with `python -m`.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
import time
from pathlib import Path

from agent.cli.watch import build_agent
from agent.dev.sandbox import MailServers
from store.db import Store
from tests.e2e import AGENT, LABELLED_KICKOFF, RECRUITER, Clock, settings_for

LIMIT = 1.5


def kickoff(n: int) -> str:
    """The e2e tests' labelled kickoff, for candidate n and a client of its own."""
    return (
        LABELLED_KICKOFF.replace("Jane Doe <jane@example.com>", f"Cand {n} <c{n}@example.com>")
        .replace("Bob Smith <bob@acme.test>", f"Client {n} <client{n}@acme.test>")
        .replace("Company: Acme", f"Company: Acme {n}")
    )


async def per_kickoff(count: int) -> float:
    """Milliseconds per kickoff of one `watch --once` pass over `count` kickoffs."""
    async with MailServers(agent_address=AGENT) as servers:
        clock = Clock()
        for n in range(count):
            await RECRUITER.send(
                servers, to=AGENT, subject=f"New process {n}", text=kickoff(n), now=clock.now
            )
        with tempfile.TemporaryDirectory() as folder:
            db = Path(folder) / "rounds.json"
            with Store(db) as store:
                agent = build_agent(settings_for(servers, db), store, clock=clock)
                try:
                    start = time.perf_counter()
                    await agent.run_once()
                    elapsed = time.perf_counter() - start
                finally:
                    await agent.mailbox.close()
                opened = len(store.processes())
        sent = len(servers.sent)
    if opened != count or sent < 3 * count:
        raise SystemExit(f"{count} kickoffs opened {opened} processes and sent {sent} mails")
    return elapsed * 1000 / count


def main() -> None:
    logging.disable(logging.WARNING)  # the agent logs every message it handles
    small, large = asyncio.run(per_kickoff(50)), asyncio.run(per_kickoff(500))
    ratio = large / small
    print(f"watch --once,  50 kickoffs in the inbox: {small:6.1f} ms per kickoff")
    print(f"watch --once, 500 kickoffs in the inbox: {large:6.1f} ms per kickoff")
    verdict = "met" if ratio <= LIMIT else "MISSED"
    print(f"growth 50 → 500: {ratio:.2f}× (target ≤ {LIMIT}×: {verdict})")


if __name__ == "__main__":
    main()
