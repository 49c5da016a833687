"""Files under the store: an atomic TinyDB storage, a write buffer, the lock, the archive."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from agent.errors import StoreError

Tables = dict[str, dict[str, Any]]

_FILE_MODE = 0o600


def fsync_dir(folder: Path) -> None:
    """Make a rename or a file creation in `folder` survive a power cut."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, payload: bytes) -> None:
    """Replace `path` with `payload`, all of it or, after a crash, none of it; StoreError if not.

    The bytes go to a temp file in the same folder (mkstemp: mode 0600), fsynced and renamed
    over `path`, and the rename is fsynced through the folder. The new file is 0600 whatever
    mode an old one had, and a symlink at `path` is replaced, never written through.
    """
    folder = path.parent
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise StoreError(f"cannot write {path}: {exc}") from exc
    try:
        fsync_dir(folder)
    except OSError as exc:
        raise StoreError(f"cannot sync the folder of {path}: {exc}") from exc


def _check_shape(data: object, path: Path) -> Tables:
    if not isinstance(data, dict) or not all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
        for table in data.values()
    ):
        raise StoreError(f"{path} is not a rounds tracker (unexpected JSON layout)")
    return data


class AtomicJSONStorage(Storage):
    """A TinyDB storage that replaces the whole file atomically on every write.

    Plain TinyDB rewrites the file in place, so a crash can leave half a file;
    here the new content goes to a temp file in the same folder, is fsynced and
    renamed over the old one, and the rename is fsynced through the folder.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def read(self) -> Tables | None:
        """The whole database, or None when the file does not exist yet."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreError(f"cannot read {self.path}: {exc.strerror}") from exc
        try:
            data = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise StoreError(
                f"{self.path} is corrupt ({exc}); restore it from a backup or move it away"
            ) from exc
        return _check_shape(data, self.path)

    def write(self, data: Tables) -> None:
        """Replace the file with `data`: all of it or, after a crash, none of it."""
        write_atomic(
            self.path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        )

    def remove_leftovers(self) -> None:
        """Delete temp files a killed writer left behind (call only while holding the lock)."""
        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()


class BufferedStorage(Storage):
    """Serves TinyDB from memory and writes through to `disk` only on `flush`.

    TinyDB writes once per table operation; buffering turns the several
    operations of one commit into a single atomic file write.
    """

    def __init__(self, disk: AtomicJSONStorage) -> None:
        super().__init__()
        self.disk = disk
        self._data: Tables | None = None
        self._loaded = False
        self._dirty = False

    def read(self) -> Tables | None:
        if not self._loaded:
            self._data = self.disk.read()
            self._loaded = True
        return self._data

    def write(self, data: Tables) -> None:
        self._data = data
        self._dirty = True

    def flush(self) -> None:
        """Write the buffered state to disk, if anything changed."""
        if self._dirty and self._data is not None:
            self.disk.write(self._data)
        self._dirty = False

    def discard(self) -> None:
        """Drop unflushed changes: the next read loads the file again."""
        self._data = None
        self._loaded = False
        self._dirty = False


def lock_exclusive(db_path: Path) -> int:
    """Take the single-writer lock beside `db_path`; return its fd (closing it releases)."""
    lock_path = db_path.with_name(db_path.name + ".lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, _FILE_MODE)
    except OSError as exc:
        raise StoreError(f"cannot open {lock_path}: {exc.strerror}") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        raise StoreError(f"{db_path} is in use by another rounds process") from exc
    return fd


class LedgerArchive:
    """The append-only `<db>.ledger.jsonl`: one ledger entry per line, oldest first."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".ledger.jsonl")

    def entries(self) -> Iterator[dict[str, Any]]:
        """Every archived entry; a torn last line (a crash mid-append) is skipped."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise StoreError(f"cannot read {self.path}: {exc.strerror}") from exc
        lines = raw.split(b"\n")
        # Whatever follows the last newline is a torn append; those entries are
        # still in the main file, which drops them only after the append is synced.
        for number, line in enumerate(lines[:-1], start=1):
            try:
                entry = json.loads(line)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise StoreError(f"{self.path} is corrupt at line {number}: {exc}") from exc
            if not isinstance(entry, dict):
                raise StoreError(f"{self.path} is corrupt at line {number}: not an object")
            yield entry

    def repair(self) -> None:
        """Cut a torn last line, so that the next append starts on a fresh line."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise StoreError(f"cannot read {self.path}: {exc.strerror}") from exc
        whole = raw.rfind(b"\n") + 1
        if whole < len(raw):
            try:
                os.truncate(self.path, whole)
            except OSError as exc:
                raise StoreError(f"cannot repair {self.path}: {exc.strerror}") from exc

    def append(self, entries: list[dict[str, Any]]) -> None:
        """Append `entries` and fsync; on failure the file is cut back to where it was."""
        payload = b"".join(
            json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
            for entry in entries
        )
        created = not self.path.exists()
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, _FILE_MODE)
        except OSError as exc:
            raise StoreError(f"cannot open {self.path}: {exc.strerror}") from exc
        try:
            start = os.fstat(fd).st_size
            try:
                rest = memoryview(payload)
                while rest:
                    rest = rest[os.write(fd, rest) :]
                os.fsync(fd)
            except OSError as exc:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, start)
                raise StoreError(f"cannot append to {self.path}: {exc}") from exc
        finally:
            os.close(fd)
        if created:
            try:
                fsync_dir(self.path.parent)
            except OSError as exc:
                raise StoreError(f"cannot sync the folder of {self.path}: {exc}") from exc
