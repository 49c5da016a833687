"""`rounds clients check [FILE]`: the clients file checked, one line per problem."""

from __future__ import annotations

import argparse
import sys

from agent.adapters.clients_file import check_clients
from agent.config import Settings
from agent.errors import ConfigError

EXIT_PROBLEMS, EXIT_UNREADABLE = 1, 2


def main(args: argparse.Namespace, settings: Settings) -> int:
    """0 and one OK line when the file is right, 1 and a line per problem, 2 when it
    cannot be read (or no file is named)."""
    path = args.file or settings.clients
    if path is None:
        print("rounds clients check: name a FILE or set ROUNDS_CLIENTS", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        book, problems = check_clients(path)
    except ConfigError as exc:
        print(f"rounds clients check: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    for problem in problems:
        print(problem)
    if problems:
        return EXIT_PROBLEMS
    count = len(book.clients)
    print(f"{path}: OK, {count} client{'s' if count != 1 else ''}")
    return 0
