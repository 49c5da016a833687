"""Benchmark of many mailboxes on one PostgreSQL: messages per second for 1 and 4 mailboxes.

Each mailbox is what a deployment runs: its own `rounds watch` process with its own
inbox (a sandbox pymap and aiosmtpd here) and its own `ROUNDS_MAILBOX_ID` in the shared
database. Every worker process first fills its inbox with labelled kickoffs and opens
its store, then waits for the word; the clock runs from the word to the last worker
done, over one `run_once` pass each (fetch, read, commit, send three letters per
kickoff). Run with `python -m`; the figures depend on the machine's cores, so the
printout names them.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from agent.dev.sandbox import MailServers
from agent.wiring import build_agent
from store.postgres import PostgresStore, upgrade
from tests.bench_watch import kickoff
from tests.e2e import AGENT, RECRUITER, Clock, settings_for
from tests.pgserver import postgres_server, server_bin

KICKOFFS = 60  # per mailbox


async def worker(url: str, mailbox: str, count: int) -> None:
    """One mailbox's watcher: fill the inbox, say "ready", wait for "go", run one pass."""
    async with MailServers(agent_address=AGENT) as servers:
        clock = Clock()
        for n in range(count):
            await RECRUITER.send(
                servers, to=AGENT, subject=f"New process {n}", text=kickoff(n), now=clock.now
            )
        with tempfile.TemporaryDirectory() as folder, PostgresStore(url, mailbox=mailbox) as store:
            settings = settings_for(servers, Path(folder) / "unused.json")
            agent = build_agent(settings, store, clock=clock)
            print("ready", flush=True)
            await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
            start = time.perf_counter()
            try:
                await agent.run_once()
            finally:
                await agent.mailbox.close()
            elapsed = time.perf_counter() - start
            opened = len(store.processes())
        sent = len(servers.sent)
    print(json.dumps({"elapsed": elapsed, "opened": opened, "sent": sent}), flush=True)


def run(url: str, mailboxes: int) -> float:
    """Messages per second of `mailboxes` watchers running at once."""
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.bench_mailboxes", "--worker", url, f"mb{mailboxes}-{k}"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for k in range(mailboxes)
    ]
    try:
        for proc in workers:
            assert proc.stdout is not None
            if proc.stdout.readline().strip() != "ready":
                raise SystemExit(f"a worker did not start (exit {proc.wait()})")
        start = time.perf_counter()
        for proc in workers:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        results = []
        for proc in workers:
            assert proc.stdout is not None
            results.append(json.loads(proc.stdout.readline()))
        wall = time.perf_counter() - start
        for proc in workers:
            proc.wait(timeout=60)
    finally:
        for proc in workers:
            if proc.poll() is None:
                proc.kill()
    for result in results:
        if result["opened"] != KICKOFFS or result["sent"] < 3 * KICKOFFS:
            raise SystemExit(f"a mailbox handled its kickoffs wrongly: {result}")
    return mailboxes * KICKOFFS / wall


def main() -> None:
    if server_bin() is None:
        print("mailboxes: no PostgreSQL server binaries (apt-get install postgresql), skipped")
        return
    with postgres_server(durable=True) as url:
        upgrade(url)
        single = run(url, 1)
        print(f"PostgreSQL, 1 mailbox:   {single:6.1f} messages/s ({KICKOFFS} kickoffs)")
        four = run(url, 4)
        print(
            f"PostgreSQL, 4 mailboxes: {four:6.1f} messages/s ({KICKOFFS} kickoffs each, "
            f"{four / single:.2f}× one mailbox, on {os.cpu_count()} cores)"
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        logging.disable(logging.WARNING)  # the agent logs every message it handles
        asyncio.run(worker(sys.argv[2], sys.argv[3], KICKOFFS))
    else:
        main()
