"""`rounds tracker`: export the tracker as a table, CSV, JSON or XLSX."""

from __future__ import annotations

import argparse
import codecs
import sys
from pathlib import Path

from agent.config import Settings
from agent.errors import InputError
from agent.rendering.tracker import load_processes, tracker_rows
from agent.wiring import open_tracker
from store.export import render
from store.storage import write_atomic


def main(args: argparse.Namespace, settings: Settings) -> int:
    if args.fmt == "xlsx" and args.out is None:
        raise InputError("--format xlsx needs --out FILE")
    with open_tracker(settings) as store:
        processes = load_processes(store)
    data = render(tracker_rows(processes, zone=settings.timezone), args.fmt)
    if args.out is None:
        sys.stdout.write(data.decode("utf-8"))
        return 0
    if args.fmt == "csv":
        # Excel reads a CSV file as the local code page unless it starts with a UTF-8 BOM.
        data = codecs.BOM_UTF8 + data
    # The tracker holds people's names and addresses: readable by the operator only.
    write_atomic(Path(args.out), data)
    return 0
