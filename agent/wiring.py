"""The one place that builds the agent's parts from the settings: watch, doctor, demo and
the commands all come here, so a new adapter is chosen in one spot."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import SecretStr

from agent.adapters.clock import system_clock
from agent.config import Settings, first_run_cutoff
from agent.ports import Clock, DeskState, MailSender, MailSource, Store
from store.factory import open_store

# Each builder imports its adapter when called: `rounds tracker` or `summary` only open
# the store and should start without the mail stack, the agent, or (seconds) langchain.
if TYPE_CHECKING:
    from langchain_core.callbacks import BaseCallbackHandler

    from agent.adapters.mailbox import ImapMailbox
    from agent.adapters.mailer import SmtpSender
    from agent.core.lifecycle import Policy
    from agent.service import Agent
    from parsers.llm.extractor import LLMExtractor


# The real time, aware in UTC: the Clock every command runs on outside the tests.
wall_clock: Clock = system_clock


def _secret(value: SecretStr | None) -> str | None:
    return value.get_secret_value() if value is not None else None


def imap_source(settings: Settings, *, token: Callable[[], str] | None = None) -> ImapMailbox:
    """The IMAP inbox the settings name; nothing connects until it is used. `token`
    replaces ROUNDS_OAUTH2_TOKEN_COMMAND with a token already fetched."""
    from agent.adapters.mailbox import ImapMailbox, ImapSettings

    return ImapMailbox(
        ImapSettings(
            host=settings.imap_host,
            port=settings.imap_port,
            ssl=settings.imap_ssl,
            user=settings.imap_user,
            password=_secret(settings.imap_password),
            folder=settings.imap_folder,
            token=token or settings.token_provider(),
        ),
        sent_copy=settings.sent_copy,
    )


def smtp_sender(settings: Settings, *, token: Callable[[], str] | None = None) -> SmtpSender:
    """The SMTP server the settings name; its login defaults to the IMAP one. `token` as
    for `imap_source`."""
    from agent.adapters.mailer import SmtpSender, SmtpSettings

    return SmtpSender(
        SmtpSettings(
            host=settings.smtp_host,
            port=settings.smtp_port,
            tls=settings.smtp_tls,
            user=settings.smtp_user or settings.imap_user,
            password=_secret(settings.smtp_password) or _secret(settings.imap_password),
            token=token or settings.token_provider(),
        )
    )


def build_llm(
    settings: Settings, *, offline: bool, callbacks: Sequence[BaseCallbackHandler] = ()
) -> LLMExtractor | None:
    """The LLM extractor the settings ask for, or None for the rules engine."""
    if offline or not settings.llm_enabled:
        return None
    from parsers.llm.extractor import LLMExtractor

    return LLMExtractor(
        model=settings.llm_model,
        base_url=settings.openai_base_url,
        api_key=_secret(settings.openai_api_key),
        callbacks=callbacks,
    )


def open_tracker(
    settings: Settings, *, write: bool = False, create: bool = False, standby: bool = False
) -> Store:
    """The tracker ROUNDS_DB names, for ROUNDS_MAILBOX_ID; read-only unless `write`.

    `standby`: on PostgreSQL, wait while another watcher holds the mailbox.
    """
    return open_store(
        settings.db,
        mailbox=settings.mailbox_id,
        readonly=not write,
        create=create,
        standby=standby,
    )


def desk_state(settings: Settings) -> DeskState:
    """What the desk keeps beside the tracker ROUNDS_DB names (`desk_state_at`)."""
    return desk_state_at(settings.db, mailbox=settings.mailbox_id)


def desk_state_at(db: str | Path, *, mailbox: str) -> DeskState:
    """What the desk keeps beside the tracker `db`: files next to a tracker file, or the
    mailbox's desk tables in PostgreSQL. Nothing connects until it is used."""
    if isinstance(db, Path):
        from agent.desk.files import DeskFiles

        return DeskFiles(db)
    from agent.desk.tables import DeskTables

    return DeskTables(db, mailbox=mailbox)


def policy_for(settings: Settings) -> Policy:
    """The scheduling policy the settings describe; the clients file's book joins it when
    the agent reads the file (Agent.reload_clients)."""
    from agent.core.lifecycle import Policy
    from agent.rendering.letters import WORDING

    return Policy(
        domain=settings.agent_domain,
        wording=WORDING,
        business_hours=settings.hours,
        min_notice=timedelta(hours=settings.min_notice_hours),
        shared_invites=settings.invites == "shared",
        approval=settings.approval,
        signature=settings.agent_name,
    )


def build_agent(
    settings: Settings,
    store: Store,
    *,
    clock: Clock = wall_clock,
    mailbox: MailSource | None = None,
    sender: MailSender | None = None,
) -> Agent:
    """The agent on `store`, with the IMAP and SMTP adapters the settings name unless
    `mailbox` and `sender` are given (the in-memory pair, in tests); nothing connects
    until the agent runs."""
    from agent.adapters.calendars.sources import calendar_freebusy
    from agent.adapters.clients_file import ClientsFile
    from agent.adapters.reading import RulesFirst
    from agent.core.calendar_round import CalendarRules
    from agent.core.ratelimit import Limits
    from agent.service import Agent, Identity
    from parsers.model import Address

    if mailbox is None or sender is None:
        settings.require_mail()
    policy = policy_for(settings)
    agent = Agent(
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
        policy=policy,
        store=store,
        mailbox=mailbox if mailbox is not None else imap_source(settings),
        sender=sender if sender is not None else smtp_sender(settings),
        extractor=RulesFirst(build_llm(settings, offline=False), floor=policy.confidence_floor),
        clock=clock,
        since=first_run_cutoff(settings.since, clock()).date(),
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
        desk=desk_state(settings),  # the requests from `rounds serve`
        admins=settings.admin_addresses,
        # Read now and at each pass; a file with problems is told, never a reason to stop.
        clients=ClientsFile(settings.clients) if settings.clients else None,
        calendars_for=lambda book: calendar_freebusy(settings.calendars, settings.timezone, book),
    )
    agent.reload_clients()
    return agent
