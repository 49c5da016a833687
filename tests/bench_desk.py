"""Benchmark of the desk's board with 200 processes: page weight and render time (python -m).

The board is what a recruiter keeps open all day and reloads on a phone; its HTML is the
whole page (CSS and the small script are cached files). Render time is measured through
the ASGI app (tracker already loaded), and again when the tracker changed and is re-read.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from agent.core.process import Process, ProcessStatus, RoundStatus
from tests.deskkit import NOW, RITA, SAM, desk_client, desk_settings, process, signed_in, tracker

PROCESSES = 200
REPEAT = 30


def _processes() -> list[Process]:
    states = [
        {"rnd": RoundStatus.REQUESTED, "waiting": "candidate"},
        {"rnd": RoundStatus.PROPOSED, "waiting": "client"},
        {"rnd": RoundStatus.CONFIRMED, "waiting": None},
        {"status": ProcessStatus.PAUSED},
        {"status": ProcessStatus.OFFER, "waiting": None},
        {"draft": "We are delighted to offer you the role; details follow by phone."},
    ]
    return [
        process(
            f"p{n}",
            f"Candidate Number{n}",
            recruiter=RITA if n % 4 else SAM,
            company=f"Company {n % 17}",
            **states[n % len(states)],  # type: ignore[arg-type]
        )
        for n in range(PROCESSES)
    ]


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.1f} ms, max {max(samples) * 1000:.1f} ms"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = tracker(Path(folder) / "rounds.json", _processes())
        settings = desk_settings(db, admins="boss@agency.test")
        with desk_client(settings, NOW) as client:
            signed_in(client, settings, "boss@agency.test", NOW)
            page = client.get("/")
            cached = []
            for _ in range(REPEAT):
                start = time.perf_counter()
                client.get("/")
                cached.append(time.perf_counter() - start)
            reread = []
            for n in range(REPEAT // 3):
                tracker(db, [process(f"new{n}", f"Fresh Candidate{n}")])
                start = time.perf_counter()
                client.get("/")
                reread.append(time.perf_counter() - start)
        cards = page.text.count('<article class="card"')
        print(f"desk board, {PROCESSES} processes (admin view, {cards} cards):")
        print(f"  page weight: {len(page.content):,} bytes HTML", end="")
        css = Path(__file__).parents[1] / "agent" / "desk" / "static"
        statics = sum(p.stat().st_size for p in css.iterdir())
        print(f" (+ {statics:,} bytes CSS and script, cached)")
        print(f"  render, tracker unchanged: {_ms(cached)}")
        print(f"  render, tracker re-read after a commit: {_ms(reread)}")


if __name__ == "__main__":
    main()
