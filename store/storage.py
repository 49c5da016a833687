"""Files under the store: an atomic TinyDB storage, a write buffer, the lock, the archives."""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import orjson
from tinydb.storages import Storage

from store.errors import StoreError

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

    def __init__(self, path: Path, *, cached: Iterable[str] = ()) -> None:
        super().__init__()
        self.path = path
        # Tables whose documents are kept serialised between writes: a write then encodes
        # only the documents `forget` named, and splices in the bytes of the others.
        self._cached = frozenset(cached)
        self._fragments: dict[tuple[str, str], orjson.Fragment] = {}

    def forget(self, keys: Iterable[tuple[str, str]] | None = None) -> None:
        """Drop the serialised copies of documents (table, id) changed in place; None: all."""
        if keys is None:
            self._fragments.clear()
        for key in keys or ():
            self._fragments.pop(key, None)

    def _encode(self, data: Tables) -> bytes:
        fragments: dict[tuple[str, str], orjson.Fragment] = {}
        tables: dict[str, Any] = dict(data)
        for name in self._cached & data.keys():
            table: dict[str, Any] = {}
            for doc_id, doc in data[name].items():
                key = (name, doc_id)
                fragment = self._fragments.get(key) or orjson.Fragment(orjson.dumps(doc))
                fragments[key] = table[doc_id] = fragment
            tables[name] = table
        # Documents gone from the tables are gone from the cache too.
        self._fragments = fragments
        return orjson.dumps(tables)

    def read(self) -> Tables | None:
        """The whole database, or None when the file does not exist yet."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreError(f"cannot read {self.path}: {exc.strerror}") from exc
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise StoreError(
                f"{self.path} is corrupt ({exc}); restore it from a backup or move it away"
            ) from exc
        return _check_shape(data, self.path)

    def write(self, data: Tables) -> None:
        """Replace the file with `data`: all of it or, after a crash, none of it."""
        # orjson: the whole file is serialised on every commit, ten times faster than json.
        try:
            payload = self._encode(data)
        except BaseException:
            self.forget()
            raise
        write_atomic(self.path, payload)

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
        self.disk.forget()
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


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from exc


def _json_lines(path: Path, raw: bytes) -> Iterator[dict[str, Any]]:
    """The objects of the complete lines of `raw`; whatever follows the last newline is not read."""
    for number, line in enumerate(raw.split(b"\n")[:-1], start=1):
        try:
            entry = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise StoreError(f"{path} is corrupt at line {number}: {exc}") from exc
        if not isinstance(entry, dict):
            raise StoreError(f"{path} is corrupt at line {number}: not an object")
        yield entry


def _write_at(path: Path, lines: list[dict[str, Any]], start: int | None) -> int:
    """Write `lines` as JSON lines at byte `start` (None: the end), fsync; return the new size.

    Anything after `start` is cut first, so writing the same lines at the same
    place again is harmless. On failure the file is cut back to `start`.
    """
    payload = b"".join(orjson.dumps(line) + b"\n" for line in lines)
    created = not path.exists()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, _FILE_MODE)
    except OSError as exc:
        raise StoreError(f"cannot open {path}: {exc.strerror}") from exc
    try:
        begin = os.fstat(fd).st_size if start is None else start
        try:
            os.ftruncate(fd, begin)
            at, rest = begin, memoryview(payload)
            while rest:
                written = os.pwrite(fd, rest, at)
                rest, at = rest[written:], at + written
            os.fsync(fd)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, begin)
            raise StoreError(f"cannot append to {path}: {exc}") from exc
    finally:
        os.close(fd)
    if created:
        try:
            fsync_dir(path.parent)
        except OSError as exc:
            raise StoreError(f"cannot sync the folder of {path}: {exc}") from exc
    return at


class LedgerArchive:
    """The append-only `<db>.ledger.jsonl`: one ledger entry per line, oldest first."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".ledger.jsonl")

    def entries(self) -> Iterator[dict[str, Any]]:
        """Every archived entry; a torn last line (a crash mid-append) is skipped."""
        # Whatever follows the last newline is a torn append; those entries are
        # still in the main file, which drops them only after the append is synced.
        yield from _json_lines(self.path, _read_bytes(self.path))

    def repair(self) -> None:
        """Cut a torn last line, so that the next append starts on a fresh line."""
        raw = _read_bytes(self.path)
        whole = raw.rfind(b"\n") + 1
        if whole < len(raw):
            try:
                os.truncate(self.path, whole)
            except OSError as exc:
                raise StoreError(f"cannot repair {self.path}: {exc.strerror}") from exc

    def append(self, entries: list[dict[str, Any]]) -> None:
        """Append `entries` and fsync; on failure the file is cut back to where it was."""
        _write_at(self.path, entries, None)


class ProcessArchive:
    """The append-only `<db>.closed.jsonl`: closed processes, one `{"id", "doc"}` per line.

    Only the first `size` bytes count, `size` being what the main file recorded
    in the same atomic write that dropped those processes from it. Lines past it
    come from a commit that never completed (a crash between the two writes):
    readers ignore them and the next append writes over them. A later line for
    the same id is a newer version of that process.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".closed.jsonl")

    def read(self, size: int) -> dict[str, bytes]:
        """The newest archived version of each process (as JSON) within the first `size` bytes."""
        if size == 0:
            return {}
        raw = _read_bytes(self.path)
        if len(raw) < size or raw[size - 1 : size] != b"\n":
            raise StoreError(
                f"{self.path} is shorter than its tracker says ({len(raw)} < {size} bytes); "
                "restore both files from the same backup"
            )
        docs: dict[str, bytes] = {}
        for number, line in enumerate(_json_lines(self.path, raw[:size]), start=1):
            pid, doc = line.get("id"), line.get("doc")
            if not isinstance(pid, str) or not isinstance(doc, dict):
                raise StoreError(f"{self.path} is corrupt at line {number}: no id and doc")
            docs.pop(pid, None)  # the newest version goes last, as in the main file
            docs[pid] = orjson.dumps(doc)
        return docs

    def write(self, docs: dict[str, dict[str, Any]], size: int) -> int:
        """Write `docs` after the first `size` bytes, fsync; return the new committed size."""
        return _write_at(self.path, [{"id": pid, "doc": doc} for pid, doc in docs.items()], size)


class ClosesOnExit(ABC):
    """`with store:` closes the store on the way out; the stores share it."""

    @abstractmethod
    def close(self) -> None:
        """Release what the store holds; it is unusable afterwards."""

    @contextlib.contextmanager
    def _closed_on_failure(self) -> Iterator[None]:
        """Around a store's opening: one that fails releases the lock or connection it took."""
        try:
            yield
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
