"""Benchmark of the desk's board with 200 processes: page weight and render time (python -m).

The board is what a recruiter keeps open all day and reloads on a phone; its HTML is the
whole page (CSS and the small script are cached files). Render time is measured through
the ASGI app (tracker already loaded), and again when the tracker changed and is re-read,
on a tracker file and on PostgreSQL; then the PostgreSQL desk's "last change" look, which
every open page makes every 2 s, at 1,000 to 100,000 processes in a mailbox.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from agent.config import Settings
from agent.core.process import Process, ProcessStatus, RoundStatus
from agent.desk.tables import DeskTables
from store.postgres import connect, upgrade
from tests.deskkit import NOW, RITA, SAM, commit, desk_client, desk_settings, process, signed_in
from tests.pgserver import postgres_server, server_bin

PROCESSES = 200
REPEAT = 30
STAMP_SIZES = (1_000, 10_000, 100_000)
STAMP_REPEAT = 200


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


def _board(settings: Settings, label: str) -> None:
    commit(settings, _processes())
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
            commit(settings, [process(f"new{n}", f"Fresh Candidate{n}")])
            start = time.perf_counter()
            client.get("/")
            reread.append(time.perf_counter() - start)
    cards = page.text.count('<article class="card"')
    print(f"desk board on {label}, {PROCESSES} processes (admin view, {cards} cards):")
    print(f"  page weight: {len(page.content):,} bytes HTML", end="")
    css = Path(__file__).parents[1] / "agent" / "desk" / "static"
    statics = sum(p.stat().st_size for p in css.iterdir())
    print(f" (+ {statics:,} bytes CSS and script, cached)")
    print(f"  render, tracker unchanged: {_ms(cached)}")
    print(f"  render, tracker re-read after a commit: {_ms(reread)}")


def _fill(url: str, mailbox: str, processes: int) -> None:
    """`processes` rows, as many ledger and story entries, and a full outbox, by SQL: the
    look reads none of the documents, only the indexes."""
    with connect(url) as conn:
        for sql in (
            "INSERT INTO rounds_process (mailbox, id, doc) SELECT %(m)s, 'p' || g,"
            " jsonb_build_object('status', 'active') FROM generate_series(1, %(n)s) g",
            "INSERT INTO rounds_ledger (mailbox, seq, entry) SELECT %(m)s, g,"
            " '{\"keys\": []}'::jsonb FROM generate_series(1, %(n)s) g",
            "INSERT INTO rounds_story (mailbox, process, entry) SELECT %(m)s,"
            " 'p' || (g %% %(n)s), '{}'::jsonb FROM generate_series(1, %(n)s) g",
            "INSERT INTO rounds_outbox (mailbox, id, doc, queued_at, next_attempt)"
            " SELECT %(m)s, 'm' || g, jsonb_build_object('status', 'sent'), now(), now()"
            " FROM generate_series(1, 100) g",
            "ANALYZE",
        ):
            conn.execute(sql, {"m": mailbox, "n": processes} if "%(" in sql else None)


def _stamps(url: str) -> None:
    print("PostgreSQL desk, the 'last change' look (DeskTables.stamp, one connection):")
    for size in STAMP_SIZES:
        mailbox = f"bench-{size}"
        _fill(url, mailbox, size)
        state = DeskTables(url, mailbox=mailbox)
        try:
            state.stamp()
            samples = []
            for _ in range(STAMP_REPEAT):
                start = time.perf_counter()
                state.stamp()
                samples.append(time.perf_counter() - start)
        finally:
            state.close()
        median, p95 = statistics.median(samples), statistics.quantiles(samples, n=20)[-1]
        print(f"  {size:>7,} processes: median {median * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        _board(desk_settings(Path(folder) / "rounds.json", admins="boss@agency.test"), "a file")
    if server_bin() is None:
        print("PostgreSQL: no server binaries (apt-get install postgresql); skipped")
        return
    with postgres_server(durable=True) as url:
        upgrade(url)
        _board(desk_settings(url, admins="boss@agency.test", mailbox_id="board"), "PostgreSQL")
        _stamps(url)


if __name__ == "__main__":
    main()
