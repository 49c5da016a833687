"""Benchmark of the store: open, commit, seen and reads by open and closed processes (python -m).

Closed processes live in the append-only archive, so a commit's cost follows
the open processes only. Targets (issue 9): commit median ≤ 10 ms with 500
open plus 10,000 closed, ≤ 60 ms with 5,000 open; the median and p95 are printed
at 1k, 10k and 100k processes for both stores.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agent import ports
from store.db import Change, Store
from store.postgres import PostgresStore, upgrade
from tests.pgserver import postgres_server, server_bin

QUEUED_AT = "2026-12-01T09:00:00+00:00"


def process_doc(n: int, status: str = "active") -> dict[str, Any]:
    """A process about the size the agent writes: people, three rounds, a few ids (~1 kB)."""
    return {
        "id": f"p{n}",
        "candidate": {"name": f"Candidate {n}", "email": f"c{n}@example.com"},
        "client": {"name": "Dana Client", "email": "dana@client.example"},
        "recruiter": "rita@agency.example",
        "role": "Backend engineer",
        "status": status,
        "rounds": [
            {
                "n": r,
                "status": "scheduled",
                "start": "2026-12-03T15:00:00+00:00",
                "uid": f"{n}-{r}@rounds",
                "sequence": 1,
                "sent": [f"<{n}.{r}.{k}@rounds>" for k in range(4)],
                "feedback": "Strong on systems design; wants a second look at SQL.",
            }
            for r in range(1, 4)
        ],
    }


def message(n: int, processes: int) -> Change:
    """One processed message: its process, its ledger entry, one reply queued, the last one sent."""
    return Change(
        processes={f"p{n % processes}": process_doc(n % processes)},
        ledger=[{"keys": [f"mid:<m{n}@x>", f"uid:INBOX:1:{n}"], "status": "processed"}],
        enqueue=[{"id": f"<o{n}@rounds>", "queued_at": QUEUED_AT, "raw": "x" * 3000}],
        outbox={f"<o{n - 1}@rounds>": {"status": "sent", "sent_at": QUEUED_AT}} if n else {},
        cursor=("INBOX", 1, n),
    )


def samples(action: Callable[[], object], repeat: int) -> list[float]:
    """Wall times of `action` in milliseconds."""
    taken = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        taken.append((time.perf_counter() - start) * 1000)
    return taken


def p95(taken: list[float]) -> float:
    return statistics.quantiles(taken, n=20)[-1]


def steady(store: ports.Store, open_: int, closed: int = 0) -> tuple[list[float], float, float]:
    """Fill `store` with `closed` rejected and `open_` active processes, run it to the steady
    state, then time commits, seen() and processes()."""
    ids = range(open_, open_ + closed)
    store.commit(Change(processes={f"p{n}": process_doc(n, "rejected") for n in ids}))
    store.commit(Change(processes={f"p{n}": process_doc(n) for n in range(open_)}))
    # enough messages to fill the recent ledger and the kept outbox: the steady state
    for n in range(400):
        store.commit(message(n, open_))
    counter = iter(range(400, 10**9))
    commits = samples(lambda: store.commit(message(next(counter), open_)), 60)
    seen_ms = timed(lambda: store.seen("mid:<m3@x>"), 1000)
    return commits, seen_ms, timed(store.processes, 5)


def timed(action: Callable[[], object], repeat: int) -> float:
    """Median wall time of `action` in milliseconds."""
    return statistics.median(samples(action, repeat))


def bench(open_: int, closed: int, target_ms: float | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rounds.json"
        with Store(path) as store:
            commits, seen_ms, processes_ms = steady(store, open_, closed)
        size_kb = path.stat().st_size // 1024
        open_ms = timed(lambda: Store(path).close(), 5)
        median = statistics.median(commits)
        verdict = "" if target_ms is None else f"  (target ≤ {target_ms:.0f} ms: "
        verdict += "" if target_ms is None else ("met)" if median <= target_ms else "MISSED)")
        print(
            f"TinyDB     {open_:>6} open {closed:>6} closed, {size_kb:>6} kB hot file: "
            f"commit median {median:5.1f} ms p95 {p95(commits):5.1f} ms, open {open_ms:6.1f} ms, "
            f"processes() {processes_ms:6.1f} ms, seen {seen_ms * 1000:5.2f} µs{verdict}"
        )


def bench_postgres(url: str, processes: int) -> None:
    mailbox = f"bench-{processes}"
    with PostgresStore(url, mailbox=mailbox) as store:
        commits, seen_ms, processes_ms = steady(store, processes)
    open_ms = timed(lambda: PostgresStore(url, mailbox=mailbox).close(), 5)
    print(
        f"PostgreSQL {processes:>6} processes, loopback server: "
        f"commit {statistics.median(commits):6.1f} ms (p95 {p95(commits):6.1f}), "
        f"open {open_ms:6.1f} ms, processes() {processes_ms:6.1f} ms, "
        f"seen {seen_ms * 1000:5.2f} µs"
    )


if __name__ == "__main__":
    bench(1000, 0, None)
    bench(500, 10_000, 10)
    bench(5000, 0, 60)
    bench(10_000, 0, None)
    bench(5000, 95_000, None)  # 100k: an agency's years of history, most of it closed
    if server_bin() is None:
        print("PostgreSQL: no server binaries (apt-get install postgresql), skipped")
    else:
        # fsync stays on here: the figures are those of a durable commit.
        with postgres_server(durable=True) as server:
            upgrade(server)
            for size in (1000, 10_000, 100_000):
                bench_postgres(server, size)
