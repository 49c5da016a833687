"""`rounds tracker`: export the tracker as a table, CSV, JSON or XLSX."""

from __future__ import annotations

import argparse
import os
import sys

from agent.config import Settings
from agent.errors import InputError
from agent.tracker import load_processes, open_tracker, tracker_rows
from store.export import render


def main(args: argparse.Namespace, settings: Settings) -> int:
    if args.fmt == "xlsx" and args.out is None:
        raise InputError("--format xlsx needs --out FILE")
    with open_tracker(settings) as store:
        processes = load_processes(store)
    data = render(tracker_rows(processes), args.fmt)
    if args.out is None:
        sys.stdout.write(data.decode("utf-8"))
        return 0
    # The tracker holds people's names and addresses: readable by the operator only.
    fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    return 0
