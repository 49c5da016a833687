"""Benchmark of the story: a commit that tells it, reading one story, the process page (python -m).

A tracker with 2,000 processes whose stories hold 100 entries each (one of them
the full 500): the cost of a commit with three story entries against one
without, of reading the longest story (`read_story`, what the process page
does), and of rendering that page, with its size in bytes. Reading one story
reads that process's file only, so it does not grow with the others.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from starlette.testclient import TestClient

from agent.desk import auth
from agent.desk.app import SESSION_COOKIE, create_app
from store.db import Change, Store, read_story
from store.story import STORY_KEEP, StoryEntry, StoryKind, Understood
from tests.deskkit import NOW, RITA, desk_settings, process

PROCESSES = 2_000
ENTRIES = 100
TEXT = "Thursday morning works for me, or Friday after 2pm. " * 8


def entry(pid: str, n: int) -> StoryEntry:
    """An inbound reply about the size the agent writes (~700 bytes)."""
    return StoryEntry(
        process_id=pid,
        at=NOW - timedelta(minutes=n),
        kind=StoryKind.IN,
        who=f"Candidate {pid} <{pid}@cand.test>",
        to=("scheduling@agency.test",),
        subject="Re: Interview: Backend Engineer at Acme [p1]",
        text=TEXT,
        understood=Understood(
            intent="availability",
            times=("Thursday 3 December 2026, 09:00–12:00 EST",),
            confidence=0.9,
        ),
        did="Interview #1 options sent; emailed Bob Smith <bob@acme.test>",
        detail={"message_id": f"m{n}@cand.test", "routed": "thread"},
    )


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = desk_settings(Path(folder) / "rounds.json")
        assert isinstance(settings.db, Path)
        with Store(settings.db) as store:
            store.commit(Change(processes={"p1": process("p1", "Jane Doe").to_doc()}))
            for start in range(0, PROCESSES, 100):
                told = [
                    entry(f"q{k}", n) for k in range(start, start + 100) for n in range(ENTRIES)
                ]
                store.commit(Change(story=told))
            store.commit(Change(story=[entry("p1", n) for n in range(STORY_KEEP)]))
            n = iter(range(10**6))
            plain = median_ms(lambda: store.commit(Change(meta={"k": next(n)})), 30)
            telling = median_ms(
                lambda: store.commit(Change(story=[entry(f"q{next(n) % 50}", 0)] * 3)), 30
            )
        print(f"commit without story: {plain:6.1f} ms median")
        print(f"commit telling 3 story entries: {telling:6.1f} ms median")
        longest = median_ms(lambda: read_story(settings.db, "p1"), 20)  # type: ignore[arg-type]
        print(f"read_story of {STORY_KEEP} entries among {PROCESSES:,} stories: {longest:6.1f} ms")
        app = create_app(settings, clock=lambda: NOW)
        client = TestClient(app)
        secret = app.state.desk.secret
        client.cookies.set(SESSION_COOKIE, auth.session_token(secret, RITA.email, NOW))
        page = client.get("/process/p1")
        assert page.status_code == 200
        render = median_ms(lambda: client.get("/process/p1"), 10)
        print(
            f"process page with {STORY_KEEP} entries: {len(page.content):,} bytes, {render:.1f} ms"
        )


if __name__ == "__main__":
    main()
