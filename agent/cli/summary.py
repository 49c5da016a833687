"""`rounds summary`: preview each recruiter's weekly summary, or queue it in the outbox."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from agent.config import Settings
from agent.core.process import Process
from agent.errors import ConfigError, InputError
from agent.ports import Clock
from agent.rendering.summary import build_summary, recruiter_zone
from agent.rendering.summary_jobs import last_summary, queue_summaries
from agent.rendering.tracker import load_processes
from agent.wiring import open_tracker, wall_clock
from parsers.model import Address
from store.storage import write_atomic


def main(args: argparse.Namespace, settings: Settings, clock: Clock = wall_clock) -> int:
    now = clock()
    if args.send:
        return _send(args, settings, now)
    with open_tracker(settings) as store:
        processes = load_processes(store)
        recruiters = _recruiters(args, settings, processes)
        since = {r: last_summary(store, r) for r in recruiters}
    if args.out is not None and len(recruiters) > 1:
        raise InputError("--out writes one summary: name its recruiter with --recruiter ADDR")
    summaries = [
        (
            recruiter,
            build_summary(
                processes,
                recruiter=recruiter,
                now=now,
                since=since[recruiter],
                zone=recruiter_zone(processes, recruiter, settings.timezone),
                desk_url=settings.public_url,
            ),
        )
        for recruiter in recruiters
    ]
    if args.out is None:
        sys.stdout.write(
            "\n\n".join(f"To: {r}\nSubject: {s.subject}\n\n{s.text}" for r, s in summaries)
        )
        return 0
    # The summary holds people's names and addresses: readable by the operator only.
    write_atomic(Path(args.out), summaries[0][1].html.encode())
    return 0


def _send(args: argparse.Namespace, settings: Settings, now: datetime) -> int:
    if "@" not in settings.agent_address:
        raise ConfigError("ROUNDS_AGENT_ADDRESS is not set (the summaries' sender)")
    agent = Address(settings.agent_address.lower(), settings.agent_name)
    with open_tracker(settings, write=True) as store:
        processes = load_processes(store)
        count = queue_summaries(
            store,
            processes,
            recruiters=_recruiters(args, settings, processes),
            agent=agent,
            now=now,
            zone_of=lambda r: recruiter_zone(processes, r, settings.timezone),
            desk_url=settings.public_url,
        )
    print(f"queued {count} summaries; the next `rounds watch` pass sends them", file=sys.stderr)
    return 0


def _recruiters(
    args: argparse.Namespace, settings: Settings, processes: list[Process]
) -> list[str]:
    """--recruiter (who must be one of them), else ROUNDS_RECRUITERS, else whoever runs the
    stored processes."""
    found = settings.recruiter_addresses or {p.recruiter.email.lower() for p in processes}
    if args.recruiter:
        recruiter = args.recruiter.strip().lower()
        if recruiter not in found:
            # An empty summary with exit 0 would hide the typo.
            raise InputError(f"{recruiter} is not in ROUNDS_RECRUITERS")
        return [recruiter]
    if not found:
        raise InputError("no recruiters: set ROUNDS_RECRUITERS or pass --recruiter ADDR")
    return sorted(found)
