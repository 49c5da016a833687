"""Reading the ROUNDS_CLIENTS file: TOML → the core's ClientBook, or one line per problem
(file, key path, what is wrong, a right value); and the watcher's view of it, re-read
whenever the file changes."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

from agent.core.clients import ClientBook, read_book
from agent.errors import ConfigError


def check_clients(path: Path) -> tuple[ClientBook, list[str]]:
    """The clients in `path` that are right, and one line per problem; ConfigError when
    the file cannot be read at all."""
    book, problems, _ = _read(path)
    return book, problems


def _read(path: Path) -> tuple[ClientBook, list[str], bytes]:
    """`check_clients` and the bytes it read."""
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return ClientBook(), [f"{path}: not valid TOML: {exc}"], raw
    book, problems = read_book(data)
    return (
        book,
        [f"{path}: {where}: {_with_example(what, example)}" for where, what, example in problems],
        raw,
    )


def _with_example(what: str, example: str) -> str:
    # Shared validators (a zone's) already name a right value; a second one would read as noise.
    return what if "such as" in what else f"{what} (such as {example})"


@dataclass(frozen=True, slots=True)
class ClientsReading:
    """What the clients file held when it was read: its book, or its problems (then the
    book is empty: a half-read file would apply silently wrong defaults)."""

    path: Path
    book: ClientBook
    problems: tuple[str, ...]
    digest: str  # SHA-256 of the content, or of the problem when it could not be read


class ClientsFile:
    """ROUNDS_CLIENTS as the watcher sees it: read again only when its inode, size or
    modification time changed, so looking at each pass costs one stat."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stamp: tuple[int, int, int] | str | None = None

    def changed(self) -> ClientsReading | None:
        """What the file holds now, when it changed since the last call (the first call
        always reads it); None when it did not."""
        try:
            info = self.path.stat()
            stamp: tuple[int, int, int] | str = (info.st_ino, info.st_size, info.st_mtime_ns)
        except OSError as exc:
            stamp = f"{exc.errno}"
        if stamp == self._stamp:
            return None
        self._stamp = stamp
        try:
            book, problems, raw = _read(self.path)
        except ConfigError as exc:
            return ClientsReading(self.path, ClientBook(), (str(exc),), _digest(str(exc).encode()))
        return ClientsReading(
            self.path, ClientBook() if problems else book, tuple(problems), _digest(raw)
        )


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
