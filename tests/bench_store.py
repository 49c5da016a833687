"""Benchmark of the store: open, commit, seen and reads at 1k and 10k processes (python -m)."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from store.db import Change, Store

QUEUED_AT = "2026-12-01T09:00:00+00:00"


def process_doc(n: int) -> dict[str, Any]:
    """A process about the size the agent writes: people, three rounds, a few ids (~1 kB)."""
    return {
        "id": f"p{n}",
        "candidate": {"name": f"Candidate {n}", "email": f"c{n}@example.com"},
        "client": {"name": "Dana Client", "email": "dana@client.example"},
        "recruiter": "rita@agency.example",
        "role": "Backend engineer",
        "status": "scheduling",
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


def timed(action: Callable[[], object], repeat: int) -> float:
    """Median wall time of `action` in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def bench(processes: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rounds.json"
        with Store(path) as store:
            store.commit(Change(processes={f"p{n}": process_doc(n) for n in range(processes)}))
            # enough messages to fill the recent ledger and the kept outbox: the steady state
            for n in range(400):
                store.commit(message(n, processes))
            counter = iter(range(400, 10**9))
            commit_ms = timed(lambda: store.commit(message(next(counter), processes)), 20)
            seen_ms = timed(lambda: store.seen("mid:<m3@x>"), 1000)
            processes_ms = timed(store.processes, 5)
        size_kb = path.stat().st_size // 1024
        open_ms = timed(lambda: Store(path).close(), 5)
        print(
            f"{processes:>6} processes, {size_kb:>6} kB file: commit {commit_ms:6.1f} ms, "
            f"open {open_ms:6.1f} ms, processes() {processes_ms:6.1f} ms, "
            f"seen {seen_ms * 1000:5.2f} µs"
        )


if __name__ == "__main__":
    for size in (1000, 10000):
        bench(size)
