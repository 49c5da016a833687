"""Tests for the closed-process archive: closing moves a process out of the hot file, safely."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from agent.core.process import Person, Process, ProcessStatus, Round
from agent.errors import StoreError
from agent.rendering.summary import build_summary
from agent.rendering.tracker import load_processes, tracker_rows
from store.db import CLOSED_STATUSES, Change, Store
from store.export import render

NOW = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)


def doc(pid: str, status: str = "active", **fields: Any) -> dict[str, Any]:
    return {"id": pid, "status": status, **fields}


def hot(path: Path) -> dict[str, Any]:
    """The process documents in the main (hot) file, read as plain JSON."""
    processes: dict[str, Any] = json.loads(path.read_bytes()).get("processes", {})
    return processes


def archive_lines(path: Path) -> list[dict[str, Any]]:
    archive = path.with_name(path.name + ".closed.jsonl")
    if not archive.exists():
        return []
    return [json.loads(line) for line in archive.read_bytes().splitlines()]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "rounds.json"


def test_closed_statuses_are_the_process_models_closed_ones() -> None:
    """The store archives exactly the statuses agent.core.process calls closed."""
    assert {s.value for s in ProcessStatus if s.closed} == CLOSED_STATUSES


def test_closing_moves_the_process_to_the_archive(path: Path) -> None:
    """A commit that closes a process drops it from the hot file; every read still finds it."""
    with Store(path) as store:
        store.commit(Change(processes={"a": doc("a"), "b": doc("b")}))
        store.commit(Change(processes={"a": doc("a", "rejected", note="no")}))
        assert set(hot(path)) == {"b"}
        assert archive_lines(path) == [{"id": "a", "doc": doc("a", "rejected", note="no")}]
        assert store.process("a") == doc("a", "rejected", note="no")
        assert store.processes() == {"a": doc("a", "rejected", note="no"), "b": doc("b")}
    for readonly in (True, False):
        with Store(path, readonly=readonly) as store:
            assert store.processes() == {"a": doc("a", "rejected", note="no"), "b": doc("b")}


def test_an_archived_process_can_change_and_reopen(path: Path) -> None:
    """Updates to a closed process append a newer version; reopening brings it back to hot."""
    with Store(path) as store:
        store.commit(Change(processes={"a": doc("a", "offer", n=1)}))
        store.commit(Change(processes={"a": doc("a", "offer", n=2)}))
        assert store.process("a") == doc("a", "offer", n=2)
    with Store(path) as store:
        assert store.process("a") == doc("a", "offer", n=2)
        store.commit(Change(processes={"a": doc("a", "active", n=3)}))
        assert hot(path) == {"a": doc("a", "active", n=3)}
    # The stale archived versions are still on disk: the hot copy wins over them.
    with Store(path, readonly=True) as store:
        assert store.processes() == {"a": doc("a", "active", n=3)}
    with Store(path) as store:
        store.commit(Change(processes={"a": doc("a", "withdrawn", n=4)}))
    with Store(path) as store:
        assert store.processes() == {"a": doc("a", "withdrawn", n=4)}
        assert hot(path) == {}
    assert [line["doc"]["n"] for line in archive_lines(path)] == [1, 2, 4]


def _refuse(*_args: object) -> None:
    raise OSError(28, "No space left on device")


def test_failure_between_archive_and_hot_write_loses_and_doubles_nothing(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Archive written, main file not: the commit did not happen, and its retry counts once."""
    with Store(path) as store:
        store.commit(Change(processes={"a": doc("a"), "z": doc("z", "cancelled", draft="hi")}))
        committed = path.with_name("rounds.json.closed.jsonl").read_bytes()
        closing = Change(
            processes={"a": doc("a", "rejected"), "z": doc("z", "cancelled", draft=None)},
            ledger=[{"keys": ["mid:<1@x>"]}],
            enqueue=[{"id": "<out@rounds>", "queued_at": NOW.isoformat()}],
        )
        with monkeypatch.context() as patch:
            patch.setattr("os.replace", _refuse)
            with pytest.raises(StoreError, match="No space left"):
                store.commit(closing)
        # The archive got the new versions, past the size the main file vouches for.
        assert len(archive_lines(path)) == 3
        expected = {"z": doc("z", "cancelled", draft="hi"), "a": doc("a")}
        assert store.processes() == expected
        assert not store.seen("mid:<1@x>") and store.outbox() == []
    with Store(path) as store:
        assert store.processes() == expected
        store.commit(closing)
        assert store.processes() == {
            "z": doc("z", "cancelled", draft=None),
            "a": doc("a", "rejected"),
        }
        assert [mail["id"] for mail in store.outbox()] == ["<out@rounds>"]
    # The retry wrote over the uncommitted lines instead of after them.
    lines = archive_lines(path)
    assert path.with_name("rounds.json.closed.jsonl").read_bytes().startswith(committed)
    assert [(line["id"], line["doc"].get("draft", "-")) for line in lines] == [
        ("z", "hi"),
        ("a", "-"),
        ("z", None),
    ]


def test_a_tracker_from_before_the_archive_moves_its_closed_processes(path: Path) -> None:
    """Opening for writing moves closed processes out of an old hot file, once."""
    path.write_text(json.dumps({"processes": {"a": doc("a", "offer"), "b": doc("b")}}))
    with Store(path, readonly=True) as reader:
        assert reader.processes() == {"a": doc("a", "offer"), "b": doc("b")}
    assert set(hot(path)) == {"a", "b"}, "a reader never writes"
    with Store(path) as store:
        assert store.processes() == {"a": doc("a", "offer"), "b": doc("b")}
    assert set(hot(path)) == {"b"}
    Store(path).close()
    assert archive_lines(path) == [{"id": "a", "doc": doc("a", "offer")}]


def test_an_archive_shorter_than_recorded_is_an_error(path: Path) -> None:
    """A lost or cut archive is reported with its name, not read as fewer processes."""
    with Store(path) as store:
        store.commit(Change(processes={"a": doc("a", "offer")}))
    archive = path.with_name("rounds.json.closed.jsonl")
    archive.write_bytes(archive.read_bytes()[:-3])
    with pytest.raises(StoreError, match=re.escape(str(archive))):
        Store(path, readonly=True)
    archive.unlink()
    with pytest.raises(StoreError, match="shorter than its tracker says"):
        Store(path)
    main = json.loads(path.read_bytes())
    main["archive"]["closed"]["bytes"] = "many"
    path.write_text(json.dumps(main))
    with pytest.raises(StoreError, match="malformed archive size"):
        Store(path, readonly=True)


def _process(pid: str, status: ProcessStatus, contact: datetime) -> Process:
    rita = Person(name="Rita Moreno", email="rita@agency.test", zone="America/New_York")
    return Process(
        id=pid,
        candidate=Person(name=f"Cand {pid}", email=f"{pid}@example.com", zone="Europe/London"),
        clients=(Person(name="Bob", email="bob@acme.test", zone="Europe/London"),),
        recruiter=rita,
        company="Acme",
        role="Engineer",
        status=status,
        rounds=(Round(number=1),),
        created_at=contact - timedelta(days=9),
        last_contact=contact,
    )


def test_tracker_summary_and_export_read_the_archive(path: Path) -> None:
    """`rounds tracker`, its exports and the weekly summary show archived processes."""
    with Store(path) as store:
        store.commit(
            Change(
                processes={
                    "open": _process("open", ProcessStatus.ACTIVE, NOW).to_doc(),
                    "gone": _process("gone", ProcessStatus.ACTIVE, NOW).to_doc(),
                }
            )
        )
        closed = _process("gone", ProcessStatus.WITHDRAWN, NOW - timedelta(days=2))
        store.commit(Change(processes={"gone": closed.to_doc()}))
    assert set(hot(path)) == {"open"}
    with Store(path, readonly=True) as store:
        processes = load_processes(store)
    rows = tracker_rows(processes, zone="UTC")
    assert [(row.candidate, row.next_step) for row in rows] == [
        ("Cand gone", "closed"),
        ("Cand open", "Interview #1: waiting for availability"),
    ]
    exported = json.loads(render(rows, "json"))
    assert [record["Status"] for record in exported] == ["withdrawn", "active"]
    summary = build_summary(
        processes,
        recruiter="rita@agency.test",
        now=NOW,
        since=NOW - timedelta(days=7),
        zone="America/New_York",
    )
    assert "Cand gone" in summary.text
