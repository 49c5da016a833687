"""Benchmark of new-mail notices: 20 kickoffs delivered at random moments of the agent's
NOOP/SEARCH/IDLE cycle, on pymap and on Dovecot; how long each waits for its answer (python -m).

The goal (issue 14): each answered within 2 s of delivery, plus the server's own notify delay
(Dovecot batches notices by 500 ms).
"""

from __future__ import annotations

import asyncio
import random
import statistics
import sys
import tempfile
from pathlib import Path

from tests.dovecot import SERVERS, dovecot_binary, make_servers
from tests.e2e import AGENT
from tests.test_notice_race import POINTS, kickoff_at, watching

KICKOFFS = 20
GOAL = {"pymap": 2.0, "dovecot": 2.0 + 0.5}


async def one_server(kind: str, rng: random.Random) -> list[tuple[str, float]]:
    """Each kickoff at a random point of the cycle; (point, seconds to the answer)."""
    took: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        async with (
            make_servers(kind, agent_address=AGENT) as servers,
            watching(servers, Path(folder)) as injector,
        ):
            for n in range(1, KICKOFFS + 1):
                step, nth, pause = rng.choice(POINTS)
                if pause is not None:
                    pause = rng.uniform(0.05, 1.5)  # anywhere in the wait for a notice
                name = f"{step}#{nth}" + ("+pause" if pause else "")
                took.append((name, await kickoff_at(servers, injector, (step, nth, pause), n)))
    return took


async def main() -> int:
    rng = random.Random(14)
    failed = 0
    for kind in SERVERS:
        if kind == "dovecot" and dovecot_binary() is None:
            print("dovecot: not installed, skipped")
            continue
        took = await one_server(kind, rng)
        seconds = [t for _, t in took]
        late = [(p, round(t, 2)) for p, t in took if t > GOAL[kind]]
        failed += len(late)
        print(
            f"{kind}: {len(took)} kickoffs, answered in median {statistics.median(seconds):.2f}s, "
            f"max {max(seconds):.2f}s; over {GOAL[kind]:.1f}s: {len(late)} {late}"
        )
        by_point: dict[str, list[float]] = {}
        for point, t in took:
            by_point.setdefault(point, []).append(t)
        print("  " + ", ".join(f"{p} max {max(v):.2f}s" for p, v in sorted(by_point.items())))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
