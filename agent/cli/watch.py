"""`rounds watch [--once]`: build the agent from the settings and run it."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal

from agent.config import Settings
from agent.errors import InputError
from agent.service import Agent
from agent.wiring import build_agent, open_tracker

log = logging.getLogger("rounds.watch")


async def _run(agent: Agent, once: bool, desk: Settings | None = None) -> None:
    """Run the agent; with `desk`, `rounds serve` beside it in this process until it stops."""
    try:
        if once:
            await agent.run_once()
            return
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        log.info("watching %s", agent.identity.folder)
        if desk is None:
            await agent.run_forever(stop)
        else:
            from agent.cli.serve import serve_until

            await asyncio.gather(agent.run_forever(stop), serve_until(desk, stop))
        log.info("stopped")
    finally:
        await agent.mailbox.close()
        if agent.desk is not None:
            agent.desk.close()


def main(args: argparse.Namespace, settings: Settings) -> int:
    settings.require_mail()
    if args.once and getattr(args, "serve", False):
        raise InputError("--serve runs until stopped; it cannot go with --once")
    # A second `rounds watch` on a PostgreSQL mailbox is a hot standby; `--once` (cron) is not.
    with open_tracker(settings, write=True, create=True, standby=not args.once) as store:
        desk = settings if getattr(args, "serve", False) else None
        asyncio.run(_run(build_agent(settings, store), args.once, desk))
    return 0
