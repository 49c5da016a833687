"""`rounds watch [--once]`: build the agent from the settings and run it."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
from datetime import timedelta
from pathlib import Path

from agent.adapters.calendars.sources import calendar_freebusy
from agent.adapters.clock import Clock, system_clock
from agent.adapters.mailbox import ImapMailbox, ImapSettings
from agent.adapters.mailer import SmtpSender, SmtpSettings
from agent.cli.extract import build_llm
from agent.config import Settings, first_run_cutoff
from agent.core.calendar_round import CalendarRules
from agent.core.lifecycle import Policy
from agent.core.ratelimit import Limits
from agent.desk.queue import RequestQueue
from agent.errors import InputError
from agent.rendering.letters import WORDING
from agent.rendering.tracker import open_tracker
from agent.service import Agent, Identity
from parsers.model import Address
from store.factory import TrackerStore

log = logging.getLogger("rounds.watch")


def smtp_sender(settings: Settings) -> SmtpSender:
    """The SMTP sender the settings describe (the agent's mail, the desk's sign-in links)."""
    imap_password = settings.imap_password.get_secret_value() if settings.imap_password else None
    smtp_password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
    return SmtpSender(
        SmtpSettings(
            host=settings.smtp_host,
            port=settings.smtp_port,
            tls=settings.smtp_tls,
            user=settings.smtp_user or settings.imap_user,
            password=smtp_password or imap_password,
            token=settings.token_provider(),
        )
    )


def build_agent(settings: Settings, store: TrackerStore, *, clock: Clock = system_clock) -> Agent:
    """Wire the real adapters to the settings; nothing connects until the agent runs."""
    settings.require_mail()
    token = settings.token_provider()
    imap_password = settings.imap_password.get_secret_value() if settings.imap_password else None
    mailbox = ImapMailbox(
        ImapSettings(
            host=settings.imap_host,
            port=settings.imap_port,
            ssl=settings.imap_ssl,
            user=settings.imap_user,
            password=imap_password,
            folder=settings.imap_folder,
            token=token,
        ),
        sent_copy=settings.sent_copy,
    )
    sender = smtp_sender(settings)
    since = first_run_cutoff(settings.since, clock()).date()
    return Agent(
        identity=Identity(
            agent=Address(settings.agent_address.lower(), settings.agent_name),
            recruiters=settings.recruiter_addresses,
            default_zone=settings.timezone,
            folder=settings.imap_folder,
            daily_digest=settings.recruiter_updates == "daily",
            summary_at=settings.summary_at,
            trust=settings.trust,
            desk_url=settings.public_url,
        ),
        policy=Policy(
            domain=settings.agent_domain,
            wording=WORDING,
            business_hours=settings.hours,
            min_notice=timedelta(hours=settings.min_notice_hours),
            shared_invites=settings.invites == "shared",
            approval=settings.approval,
            signature=settings.agent_name,
        ),
        store=store,
        mailbox=mailbox,
        sender=sender,
        llm=build_llm(settings, offline=False),
        clock=clock,
        since=since,
        since_is_default=not settings.since,
        limits=Limits(
            settings.max_per_recipient_hour,
            settings.max_per_process_day,
            settings.max_recruiter_hour,
        ),
        calendars=calendar_freebusy(settings.calendars, settings.timezone),
        calendar_rules=CalendarRules(
            buffer=timedelta(minutes=settings.buffer_minutes),
            daily_limit=settings.max_interviews_per_day,
        ),
        # The desk's requests queue beside a tracker file (a PostgreSQL tracker has no desk queue).
        desk=RequestQueue(settings.db) if isinstance(settings.db, Path) else None,
        admins=settings.admin_addresses,
    )


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


def main(args: argparse.Namespace, settings: Settings) -> int:
    settings.require_mail()
    if args.once and getattr(args, "serve", False):
        raise InputError("--serve runs until stopped; it cannot go with --once")
    # A second `rounds watch` on a PostgreSQL mailbox is a hot standby; `--once` (cron) is not.
    with open_tracker(settings, write=True, create=True, standby=not args.once) as store:
        desk = settings if getattr(args, "serve", False) else None
        asyncio.run(_run(build_agent(settings, store), args.once, desk))
    return 0
