"""Tests for store.storage: the atomic TinyDB storage and the ledger archive on their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from tinydb import TinyDB

from agent.errors import StoreError
from store.storage import AtomicJSONStorage, LedgerArchive


def test_atomic_storage_serves_plain_tinydb(tmp_path: Path) -> None:
    """AtomicJSONStorage works as an ordinary TinyDB storage, and the file is 0600."""
    path = tmp_path / "db.json"
    db = TinyDB(storage=lambda: AtomicJSONStorage(path))
    db.table("t").insert({"a": 1})
    assert TinyDB(storage=lambda: AtomicJSONStorage(path)).table("t").all() == [{"a": 1}]
    assert (path.stat().st_mode & 0o777) == 0o600


def test_replace_failure_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the rename fails, the old file is intact and readable and no temp file is left."""
    storage = AtomicJSONStorage(tmp_path / "db.json")
    storage.write({"t": {"1": {"v": "old"}}})

    def crash(*_args: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("os.replace", crash)
    with pytest.raises(StoreError, match=r"db\.json"):
        storage.write({"t": {"1": {"v": "new"}}})
    assert storage.read() == {"t": {"1": {"v": "old"}}}
    assert [p.name for p in tmp_path.iterdir()] == ["db.json"]


def test_missing_file_reads_as_empty(tmp_path: Path) -> None:
    """A file that does not exist yet is TinyDB's empty database, not an error."""
    assert AtomicJSONStorage(tmp_path / "db.json").read() is None


def test_archive_append_and_read_back(tmp_path: Path) -> None:
    """Appended entries read back in order, one JSON object per line, file mode 0600."""
    archive = LedgerArchive(tmp_path / "db.json")
    archive.append([{"seq": 1, "keys": ["a"]}])
    archive.append([{"seq": 2, "keys": ["b"]}, {"seq": 3, "keys": ["ç"]}])
    assert [entry["seq"] for entry in archive.entries()] == [1, 2, 3]
    assert archive.path.name == "db.json.ledger.jsonl"
    assert (archive.path.stat().st_mode & 0o777) == 0o600


def test_failed_archive_append_is_cut_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An append whose fsync fails is truncated away, so no torn line is left behind."""
    archive = LedgerArchive(tmp_path / "db.json")
    archive.append([{"seq": 1, "keys": ["a"]}])
    before = archive.path.read_bytes()

    def crash(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", crash)
    with pytest.raises(StoreError, match=r"ledger\.jsonl"):
        archive.append([{"seq": 2, "keys": ["b"]}])
    assert archive.path.read_bytes() == before
