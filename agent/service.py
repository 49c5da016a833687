"""The orchestrator: inbox → parse → route → extract → decide → store + outbox → SMTP."""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from string import Template
from typing import Any

import prompts
from agent.actions import Reply, Tick
from agent.compose import OutgoingMail
from agent.context import context_for
from agent.errors import InputError, TransportError
from agent.kickoff import Kickoff, read_kickoff
from agent.letters import first_name, write_letters
from agent.lifecycle import Policy
from agent.mailbox import Fetched, ImapMailbox
from agent.mailer import SmtpSender
from agent.outbox import flush
from agent.policy import decide, start_process
from agent.process import Person, Process, RoundStatus
from agent.routing import Ignored, NewKickoff, ToProcess, route
from parsers.extract import extract
from parsers.llm import LLMExtractor
from parsers.message import parse_message
from parsers.model import Address, ParsedMessage, Window
from store.db import Change, Store

log = logging.getLogger("rounds.agent")

MAX_MESSAGE_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Identity:
    """Who the agent is and whom it obeys."""

    agent: Address
    recruiters: frozenset[str]
    default_zone: str
    folder: str = "INBOX"


def _new_token() -> str:
    return secrets.token_hex(4)


class Agent:
    """Runs the rounds on one mailbox; every clock read happens here, via `clock`."""

    def __init__(
        self,
        *,
        identity: Identity,
        policy: Policy,
        store: Store,
        mailbox: ImapMailbox,
        sender: SmtpSender,
        llm: LLMExtractor | None,
        clock: Callable[[], datetime],
        since: date | None = None,
    ) -> None:
        self.identity = identity
        self.policy = policy
        self.store = store
        self.mailbox = mailbox
        self.sender = sender
        self.llm = llm
        self.clock = clock
        self.since = since

    # -- one message ------------------------------------------------------

    async def handle(self, fetched: Fetched) -> None:
        """Process one fetched message and commit everything it changes at once."""
        folder = self.identity.folder
        uid_key = f"uid:{folder}:{fetched.uidvalidity}:{fetched.uid}"
        cursor = (folder, fetched.uidvalidity, fetched.uid)
        if self.store.seen(uid_key):
            self.store.commit(Change(cursor=cursor))
            return
        now = self.clock()
        entry: dict[str, Any] = {"keys": [uid_key], "at": now.isoformat(), "uid": fetched.uid}
        if fetched.raw is None:
            entry |= {"status": "quarantined", "reason": f"fetch failed: {fetched.error}"}
            self.store.commit(Change(ledger=[entry], cursor=cursor))
            return
        if len(fetched.raw) > MAX_MESSAGE_BYTES:
            entry |= {"status": "quarantined", "reason": f"larger than {MAX_MESSAGE_BYTES} bytes"}
            self.store.commit(Change(ledger=[entry], cursor=cursor))
            return
        try:
            message = parse_message(fetched.raw)
        except InputError as exc:
            entry |= {"status": "ignored", "reason": f"unreadable: {exc}"}
            self.store.commit(Change(ledger=[entry], cursor=cursor))
            return
        mid_key = f"mid:{message.message_id}"
        entry |= {
            "message_id": message.message_id,
            "from": message.sender.email if message.sender else "",
            "subject": message.subject[:200],
        }
        if self.store.seen(mid_key):
            entry |= {"status": "ignored", "reason": "duplicate Message-ID"}
            self.store.commit(Change(ledger=[entry], cursor=cursor))
            return
        entry["keys"].append(mid_key)
        change = await self._apply(message, entry, now)
        self.store.commit(
            Change(
                processes=change.processes,
                ledger=[entry],
                enqueue=change.enqueue,
                cursor=cursor,
            )
        )
        log.info(
            "message %s from %s: %s %s",
            message.message_id,
            entry["from"],
            entry.get("status"),
            entry.get("reason", ""),
        )

    async def _apply(self, message: ParsedMessage, entry: dict[str, Any], now: datetime) -> Change:
        processes = self._processes()
        where = route(
            message,
            processes,
            agent=self.identity.agent,
            recruiters=self.identity.recruiters,
        )
        if isinstance(where, Ignored):
            entry |= {"status": "ignored", "reason": where.reason}
            return Change()
        if isinstance(where, NewKickoff):
            return self._kickoff(message, processes, entry, now)
        return await self._reply(message, processes[where.process_id], where, entry, now)

    def _kickoff(
        self,
        message: ParsedMessage,
        processes: dict[str, Process],
        entry: dict[str, Any],
        now: datetime,
    ) -> Change:
        assert message.sender is not None
        found = read_kickoff(
            message.body or message.text,
            sender=message.sender,
            to=message.to,
            cc=message.cc,
            subject=message.subject,
            agent_address=self.identity.agent.email,
        )
        if not isinstance(found, Kickoff):
            entry |= {"status": "processed", "reason": f"kickoff unclear: {found.message}"}
            return Change(enqueue=[self._problem_mail(message, found.message, now)])
        earlier = [
            p
            for p in processes.values()
            if p.candidate.email == found.candidate.email
            and p.company.lower() == found.company.lower()
        ]
        number = found.round or (max((len(p.rounds) for p in earlier), default=0) + 1)
        ids = (message.message_id, *message.references)
        process, emails = start_process(
            found,
            process_id=_new_token(),
            round_number=number,
            kickoff_ids=ids,
            default_zone=self.identity.default_zone,
            now=now,
        )
        entry |= {"status": "processed", "reason": "kickoff", "process": process.id}
        return self._letters(process, emails, now)

    async def _reply(
        self,
        message: ParsedMessage,
        process: Process,
        where: ToProcess,
        entry: dict[str, Any],
        now: datetime,
    ) -> Change:
        context = context_for(process, where.sender)
        found = await extract(message, context, now=message.date or now, llm=self.llm)
        event = Reply(
            sender=where.sender,
            extraction=found,
            message_id=message.message_id,
            text=message.text,
            calendar=message.calendar,
            busy=self._busy(process),
        )
        updated, emails = decide(process, event, now, self.policy)
        threads = {**updated.threads, message.message_id: where.sender}
        updated = updated.model_copy(update={"threads": threads})
        entry |= {
            "status": "processed",
            "reason": f"{found.intent.value} via {where.how}",
            "process": process.id,
        }
        return self._letters(updated, emails, now)

    def _letters(self, process: Process, emails: list[Any], now: datetime) -> Change:
        domain = self.identity.agent.email.rpartition("@")[2]
        process, mails = write_letters(
            process,
            emails,
            agent=self.identity.agent,
            new_id=lambda: f"rounds.{secrets.token_hex(10)}@{domain}",
            now=now,
        )
        queued = [
            mail.to_json() | {"id": mail.message_id, "queued_at": now.isoformat()} for mail in mails
        ]
        return Change(processes={process.id: process.to_doc()}, enqueue=queued)

    def _problem_mail(self, message: ParsedMessage, problem: str, now: datetime) -> dict[str, Any]:
        assert message.sender is not None
        recruiter = Person(name=message.sender.name, email=message.sender.email, zone="UTC")
        text = Template(prompts.load("kickoff_problem.txt")).substitute(
            first=first_name(recruiter),
            problem=problem.rstrip("."),
            agent=self.identity.agent.name or self.identity.agent.email,
        )
        domain = self.identity.agent.email.rpartition("@")[2]
        subject = (
            message.subject
            if message.subject.lower().startswith("re:")
            else f"Re: {message.subject}"
        )
        mail = OutgoingMail(
            message_id=f"rounds.{secrets.token_hex(10)}@{domain}",
            to=(message.sender,),
            subject=subject,
            text=text,
            in_reply_to=message.message_id,
            references=(*message.references, message.message_id),
        )
        return mail.to_json() | {"id": mail.message_id, "queued_at": now.isoformat()}

    def _processes(self) -> dict[str, Process]:
        return {pid: Process.from_doc(doc) for pid, doc in self.store.processes().items()}

    def _busy(self, process: Process) -> tuple[Window, ...]:
        """Booked slots of the same people in other processes."""
        people = {process.candidate.email, *(p.email for p in process.current.interviewers)}
        busy = []
        for other in self._processes().values():
            if other.id == process.id or other.status.closed:
                continue
            rnd = other.current
            involved = {other.candidate.email, *(p.email for p in rnd.interviewers)}
            if (
                rnd.slot
                and rnd.status in (RoundStatus.SCHEDULED, RoundStatus.CONFIRMED)
                and people & involved
            ):
                busy.append(rnd.slot)
        return tuple(busy)

    # -- timers, outbox, loop ----------------------------------------------

    def run_timers(self) -> None:
        """Everything due now: completions, reminders, nudges; one commit per process."""
        now = self.clock()
        for process in self._processes().values():
            updated, emails = decide(process, Tick(), now, self.policy)
            if updated != process or emails:
                self.store.commit(self._letters(updated, emails, now))

    async def flush_outbox(self) -> None:
        report = await flush(
            self.store, self.sender, from_addr=self.identity.agent, now=self.clock()
        )
        if report.sent or report.refused or report.retrying:
            log.info("outbox: %s", report)

    async def poll(self) -> None:
        """Fetch and handle everything new since the stored cursor."""
        cursor = self.store.cursor(self.identity.folder)
        async for fetched in self.mailbox.fetch_new(cursor, since=self.since):
            await self.handle(fetched)

    async def run_once(self) -> None:
        await self.poll()
        self.run_timers()
        await self.flush_outbox()

    async def run_forever(self, stop: asyncio.Event, *, idle_timeout: float = 60.0) -> None:
        """Until `stop` is set: poll, timers, outbox, then IDLE for new mail."""
        while not stop.is_set():
            try:
                await self.run_once()
            except TransportError as exc:
                log.warning("%s; retrying", exc)
            if stop.is_set():
                break
            waiter = asyncio.create_task(self.mailbox.wait_for_mail(idle_timeout))
            stopper = asyncio.create_task(stop.wait())
            await asyncio.wait({waiter, stopper}, return_when=asyncio.FIRST_COMPLETED)
            stopper.cancel()
            if not waiter.done():
                waiter.cancel()
            elif waiter.exception() is not None:
                log.warning("waiting for mail: %s", waiter.exception())
