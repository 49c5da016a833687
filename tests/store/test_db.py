"""Tests for store.db beyond the store contract (test_contract.py): files, archive, locking."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from agent.errors import InputError, StoreError
from store.db import Change, Store
from tests.store.test_contract import T0, message


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "rounds.json"


def test_seen_after_restart_covers_archived_keys(path: Path) -> None:
    """Keys moved to the archive are still seen after a restart, so no message runs twice."""
    with Store(path, ledger_keep=4) as store:
        for n in range(10):
            store.commit(message(n))
    with Store(path, ledger_keep=4) as store:
        assert all(store.seen(f"mid:<{n}@x>") for n in range(10))
        assert all(store.seen(f"uid:INBOX:7:{n}") for n in range(10))
        assert not store.seen("mid:<10@x>")


def test_archive_rotation_keeps_the_main_file_small(path: Path) -> None:
    """The main file keeps at most `ledger_keep` entries; the rest are in the archive once each."""
    with Store(path, ledger_keep=4) as store:
        for n in range(11):
            store.commit(message(n))
        ledger = store.ledger()
    main = json.loads(path.read_bytes())
    archive = path.with_name("rounds.json.ledger.jsonl").read_text().splitlines()
    assert len(main["ledger"]) <= 4
    assert len(archive) + len(main["ledger"]) == 11
    assert [entry["seq"] for entry in ledger] == list(range(1, 12))
    assert ledger[0]["keys"] == ["mid:<0@x>", "uid:INBOX:7:0"]


def test_crash_between_archive_and_main_write_leaves_no_loss(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failed main write after the archive append duplicates entries, never loses them."""
    with Store(path, ledger_keep=4) as store:
        for n in range(4):
            store.commit(message(n))
        with monkeypatch.context() as patch:
            patch.setattr("os.replace", _refuse)
            with pytest.raises(StoreError):
                store.commit(message(4))
        assert not store.seen("mid:<4@x>")
    archive = path.with_name("rounds.json.ledger.jsonl")
    archived_once = archive.read_text()
    with Store(path, ledger_keep=4) as store:
        assert [entry["seq"] for entry in store.ledger()] == [1, 2, 3, 4]
        assert all(store.seen(f"mid:<{n}@x>") for n in range(4))
        store.commit(message(4))
        assert [entry["seq"] for entry in store.ledger()] == [1, 2, 3, 4, 5]
    # The retry drops what was archived without appending it a second time.
    assert archive.read_text() == archived_once


def _refuse(*_args: object) -> None:
    raise OSError(28, "No space left on device")


def test_failed_write_rolls_back_memory(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the file write fails, memory matches the old file and the next commit works."""
    with Store(path) as store:
        store.commit(message(1))
        before = path.read_bytes()
        with monkeypatch.context() as patch:
            patch.setattr("os.fsync", _refuse)
            with pytest.raises(StoreError, match="No space left"):
                store.commit(message(2))
        assert path.read_bytes() == before
        assert not store.seen("mid:<2@x>")
        assert store.cursor("INBOX") == (7, 1)
        assert len(store.outbox()) == 1
        store.commit(message(2))
        assert store.seen("mid:<2@x>")
    assert not list(path.parent.glob("*.tmp")), "the temp file of the failed write is removed"


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (Change(ledger=[{"status": "processed"}]), "keys"),
        (Change(enqueue=[{"queued_at": T0.isoformat()}]), "id"),
        (Change(enqueue=[{"id": "m", "queued_at": "2026-12-01T09:00:00"}]), "time zone"),
        (Change(enqueue=[{"id": "m", "queued_at": T0.isoformat()}] * 2), "already"),
        (Change(outbox={"ghost": {"status": "sent"}}), "not in the outbox"),
        (Change(processes={"p": {"at": T0}}), "not plain JSON"),
        (Change(processes={"p": {"x": float("nan")}}), "not plain JSON"),
        (Change(cursor=("INBOX", "7", 1)), "cursor"),  # type: ignore[arg-type]
    ],
)
def test_malformed_change_is_refused_before_writing(
    path: Path, change: Change, complaint: str
) -> None:
    """A malformed change raises InputError and leaves the file untouched."""
    with Store(path) as store:
        store.commit(message(1))
        before = path.read_bytes()
        with pytest.raises(InputError, match=complaint):
            store.commit(change)
    assert path.read_bytes() == before


def test_second_writer_is_refused(path: Path) -> None:
    """Only one writer at a time; readers need no lock; the lock goes with close()."""
    with Store(path) as store:
        store.commit(message(1))
        with pytest.raises(StoreError, match="in use by another rounds process"):
            Store(path)
        with Store(path, readonly=True) as reader:
            assert reader.seen("mid:<1@x>")
    with Store(path) as store:
        assert store.cursor("INBOX") == (7, 1)


def test_readonly_store_cannot_commit(path: Path) -> None:
    """A read-only store refuses commits; so does a closed one."""
    Store(path).close()
    with Store(path, readonly=True) as reader, pytest.raises(StoreError, match="read-only"):
        reader.commit(message(1))
    store = Store(path)
    store.close()
    with pytest.raises(StoreError):
        store.commit(message(1))


def test_readonly_open_of_missing_file_fails(path: Path) -> None:
    """Read-only opening does not invent an empty tracker for a wrong path."""
    with pytest.raises(StoreError, match=re.escape(str(path))):
        Store(path, readonly=True)


def test_files_are_private(path: Path) -> None:
    """The tracker, its archives and its lock file are created mode 0600."""
    with Store(path, ledger_keep=1) as store:
        store.commit(message(1))
        store.commit(message(2))
        store.commit(Change(processes={"p0": {"status": "offer"}}))
    for name in (
        "rounds.json",
        "rounds.json.ledger.jsonl",
        "rounds.json.lock",
        "rounds.json.closed.jsonl",
    ):
        assert (path.with_name(name).stat().st_mode & 0o777) == 0o600, name


@pytest.mark.parametrize("content", [b"", b'{"processes": {"p": ', b"[1, 2]", b"\xff\xfe"])
def test_unreadable_file_is_an_error_not_an_empty_store(path: Path, content: bytes) -> None:
    """A corrupt tracker raises StoreError naming the file, and is left as it was."""
    path.write_bytes(content)
    for readonly in (False, True):
        with pytest.raises(StoreError, match=re.escape(str(path))):
            Store(path, readonly=readonly)
    assert path.read_bytes() == content


def test_torn_archive_tail_is_repaired(path: Path) -> None:
    """A half-written last archive line is skipped by readers and cut by the next writer."""
    with Store(path, ledger_keep=2) as store:
        for n in range(4):
            store.commit(message(n))
    archive = path.with_name("rounds.json.ledger.jsonl")
    whole = archive.read_bytes()
    archive.write_bytes(whole + b'{"keys": ["mid:<tor')
    with Store(path, readonly=True) as reader:
        assert len(reader.ledger()) == 4
    with Store(path, ledger_keep=2) as store:
        assert archive.read_bytes() == whole
        store.commit(message(4))
        store.commit(message(5))
        assert [entry["seq"] for entry in store.ledger()] == [1, 2, 3, 4, 5, 6]


def test_corrupt_archive_line_is_an_error(path: Path) -> None:
    """A broken line inside the archive raises StoreError naming the archive."""
    with Store(path, ledger_keep=2) as store:
        for n in range(4):
            store.commit(message(n))
    archive = path.with_name("rounds.json.ledger.jsonl")
    archive.write_bytes(b"not json\n" + archive.read_bytes())
    with pytest.raises(StoreError, match=r"ledger\.jsonl is corrupt at line 1"):
        Store(path)


def test_writer_open_removes_stale_temp_files(path: Path) -> None:
    """Temp files left by a killed writer are cleaned up by the next writer."""
    Store(path).close()
    stale = path.with_name(".rounds.json.abc123.tmp")
    stale.write_bytes(b"{")
    Store(path).close()
    assert not stale.exists()


def test_the_file_always_holds_what_memory_holds(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Documents changed in place (outbox status) or replaced are written anew, failures too."""
    with Store(path) as store:
        store.commit(message(1))
        with monkeypatch.context() as patch:
            patch.setattr("os.replace", _refuse)
            with pytest.raises(StoreError):
                store.commit(Change(outbox={"<out1@rounds>": {"status": "failed"}}))
        store.commit(message(2))
        with Store(path, readonly=True) as reader:
            assert reader.outbox() == store.outbox()
        store.commit(Change(outbox={"<out1@rounds>": {"status": "sending"}}))
        store.commit(Change(outbox={"<out1@rounds>": {"status": "sent"}}))
        store.commit(Change(processes={"p2": {"last": 3}}))
        in_memory = (store.processes(), store.outbox())
    with Store(path, readonly=True) as reader:
        assert (reader.processes(), reader.outbox()) == in_memory
    assert [mail["status"] for mail in in_memory[1]] == ["sent", "queued"]
    assert in_memory[0]["p2"] == {"last": 3}
