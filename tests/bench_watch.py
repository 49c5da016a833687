"""Benchmark of `rounds watch --once`: time per kickoff with 50 and 500 kickoffs in the inbox.

Each run starts the sandbox mail servers (pymap, aiosmtpd), puts N labelled
kickoffs for N different candidates in the inbox and times one `run_once`
pass (what `rounds watch --once` runs): fetch, route, read the kickoff, commit,
then send the three letters of each. Issue 9's bar: the time per kickoff may
not grow more than 1.5× from 50 to 500 processes. A third run puts 50 kickoffs
on a tracker that already holds 20,000 closed processes: years of history must
not slow the next message down. Run with `python -m`.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from agent.core.process import Person, Process, ProcessStatus, Round, RoundStatus
from agent.dev.sandbox import MailServers
from agent.wiring import build_agent
from store.db import Change, Store
from tests.e2e import AGENT, LABELLED_KICKOFF, RECRUITER, Clock, settings_for

LIMIT = 1.5


def kickoff(n: int) -> str:
    """The e2e tests' labelled kickoff, for candidate n and a client of its own."""
    return (
        LABELLED_KICKOFF.replace("Jane Doe <jane@example.com>", f"Cand {n} <c{n}@example.com>")
        .replace("Bob Smith <bob@acme.test>", f"Client {n} <client{n}@acme.test>")
        .replace("Company: Acme", f"Company: Acme {n}")
    )


def closed_process(n: int, now: datetime) -> dict[str, Any]:
    """A finished process of one round, as the agent writes it."""
    person = Person(name=f"Past {n}", email=f"past{n}@example.com", zone="Europe/London")
    client = Person(name="Bob Smith", email="bob@acme.test", zone="America/New_York")
    return Process(
        id=f"past{n}",
        candidate=person,
        clients=(client,),
        recruiter=Person(name="Rita", email=RECRUITER.email, zone="America/New_York"),
        company="Acme",
        role="Engineer",
        status=ProcessStatus.REJECTED,
        rounds=(Round(number=1, status=RoundStatus.COMPLETED, interviewers=(client,)),),
        threads={f"<past{n}.{k}@agent.test>": person.email for k in range(4)},
        created_at=now,
        last_contact=now,
    ).to_doc()


async def per_kickoff(count: int, history: int = 0) -> float:
    """Milliseconds per kickoff of one `watch --once` pass over `count` kickoffs, on a tracker
    already holding `history` closed processes."""
    async with MailServers(agent_address=AGENT) as servers:
        clock = Clock()
        for n in range(count):
            await RECRUITER.send(
                servers, to=AGENT, subject=f"New process {n}", text=kickoff(n), now=clock.now
            )
        with tempfile.TemporaryDirectory() as folder:
            db = Path(folder) / "rounds.json"
            with Store(db) as store:
                past = {f"past{n}": closed_process(n, clock.now) for n in range(history)}
                store.commit(Change(processes=past))
                agent = build_agent(settings_for(servers, db), store, clock=clock)
                try:
                    start = time.perf_counter()
                    await agent.run_once()
                    elapsed = time.perf_counter() - start
                finally:
                    await agent.mailbox.close()
                opened = len(store.processes()) - history
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
    old = asyncio.run(per_kickoff(50, history=20_000))
    print(
        f"watch --once,  50 kickoffs, 20,000 closed processes: {old:6.1f} ms per kickoff "
        f"({old / small:.2f}× an empty tracker)"
    )


if __name__ == "__main__":
    main()
