"""The `rounds` command line: watch, extract, tracker, summary and the operator's tools."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from importlib import metadata
from pathlib import Path

from agent.config import load_settings
from agent.errors import ConfigError, InputError, RoundsError

EXIT_USAGE = 2
# Each command's module is imported only when used, so `rounds extract` starts quickly.
_COMMANDS = {
    "extract": "agent.cli.extract",
    "watch": "agent.cli.watch",
    "tracker": "agent.cli.tracker",
    "summary": "agent.cli.summary",
    "quarantine": "agent.cli.quarantine",
    "db": "agent.cli.db",
    "serve": "agent.cli.serve",
    "login-link": "agent.cli.serve",
    "clients": "agent.cli.clients",
}


def _version() -> str:
    try:
        return metadata.version("interview-rounds")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rounds",
        description="An email agent that schedules multi-round interviews.",
    )
    parser.add_argument(
        "--config", type=Path, help="a rounds.toml file (environment variables still win)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail")
    parser.add_argument("--version", action="version", version=f"rounds {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ext = sub.add_parser(
        "extract",
        help="read the scheduling intent of one email as JSON",
        usage="rounds extract MESSAGE.eml --context CONTEXT.json [--offline]\n"
        "       rounds extract --batch [--offline] < cases.jsonl",
    )
    ext.add_argument("message", nargs="?", type=Path, metavar="MESSAGE.eml")
    ext.add_argument(
        "--context",
        type=Path,
        metavar="CONTEXT.json",
        help="what the thread knows; required with MESSAGE.eml",
    )
    ext.add_argument(
        "--batch", action="store_true", help="read JSON lines {id, eml, context} from stdin"
    )
    ext.add_argument("--offline", action="store_true", help="use the rules engine, never the LLM")

    watch = sub.add_parser(
        "watch",
        help="watch the inbox and run the interview rounds; on PostgreSQL, a second watcher "
        "for the same mailbox stands by until the first stops",
    )
    watch.add_argument(
        "--once",
        action="store_true",
        help="process pending mail, run due timers, flush the outbox, then exit",
    )

    watch.add_argument(
        "--serve",
        action="store_true",
        help="also serve the desk (as `rounds serve` would) in the same process; it logs "
        "`desk on http://HOST:PORT` once it listens (ROUNDS_SERVE_PORT=0: a free port)",
    )

    serve = sub.add_parser(
        "serve",
        help="serve the recruiter's desk: a live board of the tracker, read-only; its actions "
        "are applied by `rounds watch`",
    )
    serve.add_argument(
        "--host", help="the address to listen on (default ROUNDS_SERVE_HOST, 127.0.0.1)"
    )
    serve.add_argument(
        "--port",
        type=int,
        help="the port to listen on (default ROUNDS_SERVE_PORT, 8025); 0 picks a free one, and "
        "the line `rounds desk on http://HOST:PORT` names it",
    )
    login = sub.add_parser(
        "login-link",
        help="print a one-time sign-in link to the desk for a recruiter (valid 15 minutes)",
    )
    login.add_argument("email", metavar="EMAIL")

    tracker = sub.add_parser("tracker", help="export the tracker, one row per process")
    tracker.add_argument(
        "--format", choices=("table", "csv", "json", "xlsx"), default="table", dest="fmt"
    )
    tracker.add_argument(
        "--out", type=Path, help="write to FILE (replaced, mode 0600) instead of standard output"
    )

    sub.add_parser(
        "doctor",
        help="check the settings (and whom it obeys), the tracker, IMAP, which "
        "Authentication-Results are trusted, SMTP, the LLM, the calendars and the clients file; "
        "print PASS, WARN or FAIL for each",
    )

    summary = sub.add_parser(
        "summary",
        help="print each recruiter's weekly summary, or queue it for the next `rounds watch`",
    )
    summary.add_argument("--recruiter", metavar="ADDR", help="only this recruiter's summary")
    summary_mode = summary.add_mutually_exclusive_group()
    summary_mode.add_argument(
        "--send",
        action="store_true",
        help="queue the summaries in the outbox and note them as sent; "
        "the next `rounds watch` pass mails them",
    )
    summary_mode.add_argument(
        "--out",
        type=Path,
        metavar="FILE.html",
        help="write the HTML version to FILE.html (replaced, mode 0600)",
    )

    quarantine = sub.add_parser(
        "quarantine", help="list the messages set aside as unprocessable, or retry one"
    )
    quarantine.add_argument("action", nargs="?", choices=("list", "retry"), default="list")
    quarantine.add_argument("id", nargs="?", metavar="ID", help="the ID shown by the list")

    clients = sub.add_parser("clients", help="the clients file (ROUNDS_CLIENTS)")
    clients_actions = clients.add_subparsers(dest="action", required=True, metavar="ACTION")
    clients_check = clients_actions.add_parser(
        "check",
        help="check the clients file: one line per problem (file, key, what is wrong, a right "
        "value); exit 0 when clean, 1 with problems, 2 when it cannot be read",
    )
    clients_check.add_argument(
        "file", nargs="?", type=Path, metavar="FILE", help="the file (default ROUNDS_CLIENTS)"
    )

    db = sub.add_parser(
        "db",
        help="PostgreSQL (ROUNDS_DB=postgresql://…): create the schema, copy a tracker in or out",
    )
    db_actions = db.add_subparsers(dest="action", required=True, metavar="ACTION")
    db_actions.add_parser(
        "upgrade", help="create or migrate the schema of ROUNDS_DB, in one transaction"
    )
    db_copy = db_actions.add_parser(
        "copy",
        help="copy a tracker file into the mailbox ROUNDS_MAILBOX_ID, or that mailbox into a "
        "tracker file, with what the desk keeps (sessions stay signed in, queued requests "
        "stay queued), and verify the copy; run twice, the second copies nothing",
    )
    db_copy.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="rounds.json|postgresql://…",
        help="the tracker file, or the database whose mailbox ROUNDS_MAILBOX_ID, to copy "
        "(it is only read)",
    )
    db_copy.add_argument(
        "--to",
        metavar="postgresql://…|rounds.json",
        help="the database or tracker file to copy into, empty or holding this very copy "
        "(default ROUNDS_DB)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        if args.command == "doctor":
            from agent.cli import doctor

            return doctor.main(args)  # loads the settings itself: a bad one is a FAIL line
        settings = load_settings(args.config)
        module = importlib.import_module(_COMMANDS[args.command])
        code: int = module.main(args, settings)
        return code
    except (ConfigError, InputError) as exc:
        print(f"rounds: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except RoundsError as exc:
        print(f"rounds: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
