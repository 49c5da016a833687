"""Reading the ROUNDS_CLIENTS file once, at start: TOML → the core's ClientBook, or one
line per problem (file, key path, what is wrong, a right value)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from agent.core.clients import ClientBook, read_book
from agent.errors import ConfigError


def check_clients(path: Path) -> tuple[ClientBook, list[str]]:
    """The clients in `path` that are right, and one line per problem; ConfigError when
    the file cannot be read at all."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return ClientBook(), [f"{path}: not valid TOML: {exc}"]
    book, problems = read_book(data)
    return book, [
        f"{path}: {where}: {what} (such as {example})" for where, what, example in problems
    ]


def load_clients(path: Path | None) -> ClientBook:
    """ROUNDS_CLIENTS as the core's ClientBook (empty when unset); ConfigError with the
    first problem when the file has any: a half-read clients file would apply silently
    wrong defaults."""
    if path is None:
        return ClientBook()
    book, problems = check_clients(path)
    if problems:
        more = (
            f" (and {len(problems) - 1} more: run `rounds clients check`)" if problems[1:] else ""
        )
        raise ConfigError(f"ROUNDS_CLIENTS {problems[0]}{more}")
    return book
