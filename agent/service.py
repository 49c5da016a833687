"""The orchestrator: inbox → parse → route → extract → decide → store + outbox → SMTP."""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from agent.adapters.calendars.combined import Calendars
from agent.adapters.clients_file import ClientsFile
from agent.adapters.outbox import flush
from agent.adapters.parse_worker import parse_isolated
from agent.core import loops
from agent.core.actions import Email, Reply, Tick
from agent.core.bookings import Bookings, merge
from agent.core.calendar_change import search_again
from agent.core.calendar_round import (
    CalendarRules,
    booked_interviews,
    buffered,
    calendar_people,
    named_calendars,
    start_from_calendars,
)
from agent.core.client_defaults import kickoff_company
from agent.core.clients import ClientBook
from agent.core.commands import on_desk, on_desk_action
from agent.core.context import context_for
from agent.core.kickoff import Kickoff
from agent.core.lifecycle import Policy
from agent.core.policy import decide, start_process
from agent.core.process import Party, Process, RoundStatus
from agent.core.ratelimit import DAY, Limits, recruiter_room, to_hold
from agent.core.routing import KICKOFF_QUESTION, Ignored, NewKickoff, ToDesk, ToProcess, route
from agent.core.trust import Trust
from agent.desk.queue import Request
from agent.errors import CalendarError, ConfigError, InputError, TransportError
from agent.ports import (
    Clock,
    DeskState,
    Extractor,
    Fetched,
    FreeBusy,
    LedgerEntry,
    MailSender,
    MailSource,
    OutboxItem,
    Store,
    outbox_items,
)
from agent.rendering import story
from agent.rendering.letters import standalone_mail, write_letters
from agent.rendering.notices import (
    NOTICE_IDS,
    OVERFLOW,
    clients_file_notices,
    digest_line,
    fresh_id,
    notice_ids,
    queued,
    report_undelivered,
    send_digests,
)
from agent.rendering.summary import recruiter_zone
from agent.rendering.summary_jobs import queue_due_summaries
from parsers.mail.limits import MAX_MESSAGE_BYTES, MessageTooComplex
from parsers.model import Address, ParsedMessage, Window
from store.db import Change
from store.story import StoryEntry, Understood

log = logging.getLogger("rounds.agent")

KICKOFF_CHARS = 20_000  # a kickoff is a short email; a hostile 10 MB body must not stall it
HANDLE_TRIES = 2  # a message that fails twice is quarantined, never retried in a loop
CALENDAR_BUDGET = 30.0  # seconds for reading every interviewer's calendar at once
HANDLE_BUDGET = 120.0  # seconds for routing, extraction (one LLM call and a retry) and policy
HELD_TOLD = "held_told:"  # meta key prefix: when the recruiter last heard of held mail, per process
# Recruiter mail never folded into the hourly digest: drafts released by answering them.
UNFOLDED = frozenset({"approval_request"})
# Meta keys of the loop guards (agent/core/loops.py): recent mail per sender, who was told about
# a repeating sender, and the threads a kickoff question went to.
RECENT_MAIL = "recent_mail"
REPEATS_TOLD = "repeats_told"
FORGED_TOLD = "forged_told"  # meta: sender -> when the recruiter last heard its mail failed
KICKOFF_ASKED = "kickoff_asked"
DESK_POLL = 1.0  # seconds between looks at the desk's request queue while waiting for mail
# How far ahead busy spans are asked for: further than any round is scheduled.
BUSY_AHEAD = timedelta(days=366)


@dataclass(frozen=True, slots=True)
class Identity:
    """Who the agent is and whom it obeys."""

    agent: Address
    recruiters: frozenset[str]
    default_zone: str
    folder: str = "INBOX"
    daily_digest: bool = False  # ROUNDS_RECRUITER_UPDATES=daily: updates wait for a digest
    summary_at: str = "Mon 08:00"  # ROUNDS_SUMMARY_AT, in each recruiter's zone
    trust: Trust = field(default_factory=Trust)  # ROUNDS_AUTHSERV_ID, ..._UNAUTHENTICATED
    desk_url: str | None = None  # ROUNDS_PUBLIC_URL: the weekly summary links to the desk


def _gmail_thread(fetched: Fetched) -> str | None:
    """Gmail's own thread id (X-GM-THRID), a routing key that survives stripped headers."""
    return f"gm:{fetched.gm_thrid}" if fetched.gm_thrid else None


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
        mailbox: MailSource,
        sender: MailSender,
        extractor: Extractor,
        clock: Clock,
        since: date | None = None,
        limits: Limits | None = None,
        since_is_default: bool = False,
        free_busy: FreeBusy | None = None,
        calendars: Calendars | None = None,
        calendar_rules: CalendarRules | None = None,
        desk: DeskState | None = None,
        admins: frozenset[str] = frozenset(),
        clients: ClientsFile | None = None,
        calendars_for: Callable[[ClientBook], Calendars] | None = None,
    ) -> None:
        self.identity = identity
        self.policy = policy
        self.store = store
        self.mailbox = mailbox
        self.sender = sender
        self.extractor = extractor
        self.clock = clock
        # Calendars beside the agent's own bookings, which are always asked.
        self.free_busy = free_busy
        self.since = since
        self.since_is_default = since_is_default  # `since` is the first run's default week
        self.limits = limits or Limits()
        # Every process, parsed once and kept current by this agent's own commits: it is the
        # only writer of its tracker (the store's lock), so nothing else can change them, and
        # parsing the whole tracker for each message cost seconds at 100,000 processes.
        self._known: dict[str, Process] | None = None
        self.calendars = calendars  # ROUNDS_CALENDARS: the interviewers' free/busy
        self.calendar_rules = calendar_rules or CalendarRules()
        self.desk = desk  # requests from `rounds serve`, applied here: the one writer
        self.admins = admins  # ROUNDS_ADMINS: may act on every process from the desk
        # ROUNDS_CLIENTS, looked at on each pass; `calendars_for` rebuilds the calendars
        # with a new version of it (it names calendars too).
        self.clients = clients
        self.calendars_for = calendars_for

    # -- one message ------------------------------------------------------

    async def handle(self, fetched: Fetched, *, again: bool = False) -> None:
        """Process one fetched message and commit everything it changes at once.

        Whatever the message holds, it ends in the ledger as processed, ignored or
        quarantined, and the cursor moves past it: a poison message never blocks the
        inbox. `again` re-handles a quarantined message (`rounds quarantine retry`).
        """
        folder = self.identity.folder
        uid_key = f"uid:{folder}:{fetched.uidvalidity}:{fetched.uid}"
        cursor = (folder, fetched.uidvalidity, fetched.uid)
        if self.store.seen(uid_key) and not again:
            self._commit(Change(cursor=cursor))
            return
        now = self.clock()
        entry = LedgerEntry(keys=[uid_key], at=now.isoformat(), uid=fetched.uid)
        change = await self._read(fetched, entry, now, again=again)
        self._commit(replace(change, ledger=[entry.to_json()], cursor=cursor))
        log.info(
            "UID %d %s from %s: %s (%s)",
            fetched.uid,
            entry.message_id or "?",
            entry.sender or "?",
            entry.status,
            entry.reason or "",
        )

    async def _read(
        self, fetched: Fetched, entry: LedgerEntry, now: datetime, *, again: bool
    ) -> Change:
        """Fill the ledger entry; return what the message changes."""
        if fetched.raw is None:
            entry.settle("quarantined", f"fetch failed: {fetched.error}")
            return Change()
        if len(fetched.raw) > MAX_MESSAGE_BYTES:
            entry.settle("quarantined", f"larger than {MAX_MESSAGE_BYTES} bytes")
            return Change()
        try:
            # In a child process with a hard deadline: a hostile message cannot hold the loop.
            message = await parse_isolated(fetched.raw)
        except MessageTooComplex as exc:
            entry.settle("quarantined", str(exc))
            return Change()
        except InputError as exc:
            entry.settle("ignored", f"unreadable: {exc}")
            return Change()
        mid_key = f"mid:{message.message_id}"
        entry.message_id = message.message_id
        entry.sender = message.sender.email if message.sender else ""
        entry.subject = message.subject[:200]
        if self.store.seen(mid_key) and not again:
            entry.settle("ignored", "duplicate Message-ID")
            return Change()
        entry.keys.append(mid_key)
        for attempt in range(1, HANDLE_TRIES + 1):
            try:
                async with asyncio.timeout(HANDLE_BUDGET):
                    return await self._apply(message, entry, now, _gmail_thread(fetched))
            except Exception as exc:
                # A bug or a hostile message: bounded tries, then set aside for a person.
                log.exception("UID %d: attempt %d failed", fetched.uid, attempt)
                reason = f"{type(exc).__name__}: {exc}"[:300]
        entry.settle("quarantined", f"failed {HANDLE_TRIES} times: {reason}")
        return Change()

    async def _apply(
        self, message: ParsedMessage, entry: LedgerEntry, now: datetime, thread: str | None
    ) -> Change:
        processes = self._processes()
        where = route(
            message,
            processes,
            thread=thread,
            agent=self.identity.agent,
            notices=self.store.meta(NOTICE_IDS, {}).keys(),
            recruiters=self.identity.recruiters,
            trust=self.identity.trust,
        )
        if isinstance(where, Ignored):
            entry.settle("ignored", where.reason)
            if where.forged is not None:
                process = processes[where.forged]
                told = story.inbound(
                    process, message, at=now, did=f"not read: {where.reason}", text=False
                )
                change = self._forged_notice(process, entry.sender or "", now)
                return replace(change, story=[told, *change.story])
            return Change()
        assert message.sender is not None
        if isinstance(where, ToProcess):
            recruiter = processes[where.process_id].recruiter
            about, scope = Address(recruiter.email, recruiter.name), where.process_id
        else:
            about, scope = message.sender, ""  # a recruiter's own address repeats itself
        earlier, recent = loops.count_repeat(
            self.store.meta(RECENT_MAIL, {}),
            message.sender.email,
            loops.fingerprint(message, scope),
            now,
        )
        if earlier >= loops.REPEATS_ANSWERED:
            entry.settle(
                "ignored", f"near-identical to {earlier} mails from this sender within an hour"
            )
            change = self._repeating(message, about, earlier + 1, recent, now)
            if isinstance(where, ToProcess):
                told = story.inbound(
                    processes[where.process_id],
                    message,
                    at=now,
                    did=f"not answered: {entry.reason}",
                )
                change = replace(change, story=[told])
            return change
        if isinstance(where, NewKickoff):
            change = await self._kickoff(message, processes, entry, now, thread)
        elif isinstance(where, ToDesk):
            change = self._desk(message, processes, where, entry, now)
        else:
            change = await self._reply(message, processes, where, entry, now, thread)
        return replace(change, meta={**change.meta, RECENT_MAIL: recent})

    def _repeating(
        self,
        message: ParsedMessage,
        recruiter: Address,
        count: int,
        recent: dict[str, Any],
        now: datetime,
    ) -> Change:
        """Stop answering a sender that repeats itself; tell the recruiter once a day."""
        assert message.sender is not None
        told = self.store.meta(REPEATS_TOLD, {})
        meta: dict[str, Any] = {RECENT_MAIL: recent}
        if loops.told_today(told, message.sender.email, now):
            return Change(meta=meta)
        log.warning("%s repeats itself: no more answers for now", message.sender.email)
        notice = standalone_mail(
            recruiter,
            "repeated_mail",
            {
                "sender": message.sender.formatted(),
                "count": str(count),
                "subject": message.subject[:200],
            },
            subject=f"Not answering {message.sender.email}: the same email again and again",
            agent=self.identity.agent,
            message_id=self._new_id(),
        )
        meta[REPEATS_TOLD] = loops.prune_told(told, now) | {message.sender.email: now.isoformat()}
        return Change(enqueue=[queued(notice, now).queue()], meta=meta)

    async def _kickoff(
        self,
        message: ParsedMessage,
        processes: dict[str, Process],
        entry: LedgerEntry,
        now: datetime,
        thread: str | None,
    ) -> Change:
        assert message.sender is not None
        # Only the recruiter's own new text names people and roles: a forwarded mail (or the
        # quote of our own question, with its example form) is someone else's words.
        source = message.text[:KICKOFF_CHARS]
        found = await self.extractor.kickoff(
            message,
            source,
            agent=self.identity.agent.email,
            forwarded="" if message.in_reply_to else message.body[:KICKOFF_CHARS],
        )
        if not isinstance(found, Kickoff):
            entry.settle("processed", f"kickoff unclear: {found.message}")
            # One question per thread a day: an auto-responder answering it is no new kickoff.
            asked = self.store.meta(KICKOFF_ASKED, {})
            ids = (*message.references, *message.in_reply_to, *([thread] if thread else []))
            root = loops.kickoff_thread((*ids, message.message_id), asked)
            if loops.asked_recently(asked, root, now):
                entry.reason = f"{entry.reason}; already asked on this thread today"
                return Change()
            values = {"problem": found.message.rstrip("."), "form": found.form()}
            question = self._answer(message, "kickoff_problem", values, now, KICKOFF_QUESTION)
            asked = loops.record_question(asked, root, question.id, now)
            return Change(enqueue=[question.queue()], meta={KICKOFF_ASKED: asked})
        company = kickoff_company(found, self.policy.clients)
        earlier = [
            p
            for p in processes.values()
            if p.candidate.email == found.candidate.email and p.company.lower() == company.lower()
        ]
        number = found.round or (max((len(p.rounds) for p in earlier), default=0) + 1)
        ids = (message.message_id, *message.references, *([thread] if thread else []))
        process, emails = start_process(
            found,
            process_id=_new_token(),
            round_number=number,
            kickoff_ids=ids,
            default_zone=self.identity.default_zone,
            now=now,
            policy=self.policy,
        )
        if self.calendars is not None:
            process, emails = await self._start_from_calendars(process, processes, now, emails)
        entry.settle("processed", "kickoff", process=process.id)
        change = self._letters(process, emails, now)
        told = story.inbound(
            process,
            message,
            at=now,
            understood=Understood(intent="kickoff", confidence=1.0),
            did=story.did(None, process, change.story),
        )
        return replace(change, story=[told, *change.story])

    async def _reply(
        self,
        message: ParsedMessage,
        processes: dict[str, Process],
        where: ToProcess,
        entry: LedgerEntry,
        now: datetime,
        thread: str | None,
    ) -> Change:
        process = processes[where.process_id]
        context = context_for(process, where.sender)
        found = await self.extractor.reply(message, context, now=message.date or now)
        fresh: tuple[Window, ...] = ()
        if (
            self.calendars is not None
            and process.current.from_calendars
            and process.current.status == RoundStatus.PROPOSED
            and process.party_of(where.sender) == Party.CANDIDATE
        ):
            # Re-read the calendars just before a pick (or other times) can book.
            busy, _ = await self._calendar_busy(process, now)
            fresh = buffered(busy, self._calendar_rules(process).buffer)
        event = Reply(
            sender=where.sender,
            extraction=found,
            message_id=message.message_id,
            text=message.text,
            calendar=message.calendar,
            busy=(*await self._busy(process, processes, now), *fresh),
            refs=(*message.in_reply_to, *message.references),
        )
        updated, emails = decide(process, event, now, self.policy)
        if self.calendars is not None and search_again(process, updated):
            # The recruiter named calendars for a round still waiting for times: search now.
            updated, offered = await self._start_from_calendars(updated, processes, now, [])
            emails = [*emails, *offered]
        threads = {**updated.threads, message.message_id: where.sender}
        if thread:
            threads[thread] = where.sender
        updated = updated.model_copy(update={"threads": threads})
        entry.settle("processed", f"{found.intent.value} via {where.how}", process=process.id)
        change = self._letters(updated, emails, now)
        command = where.sender == process.recruiter.email
        told = story.inbound(
            updated,
            message,
            at=now,
            understood=None if command else story.reading(found, process),
            did=story.did(process, updated, change.story),
            detail={"routed": where.how},
            action=command,
        )
        return replace(change, story=[told, *change.story])

    async def _start_from_calendars(
        self, process: Process, processes: dict[str, Process], now: datetime, asked: list[Email]
    ) -> tuple[Process, list[Email]]:
        """The current round's slots from its interviewers' calendars, else `asked` (and a
        word to the recruiter about calendars that could not be read)."""
        busy, unreadable = await self._calendar_busy(process, now)
        people = calendar_people(process, process.current)
        return start_from_calendars(
            process,
            busy,
            unreadable,
            now,
            self.policy,
            self._calendar_rules(process),
            asked,
            booked_interviews(people, processes.values(), process.id),
        )

    def _calendar_rules(self, process: Process) -> CalendarRules:
        """The rules with the widest buffer any interviewer's client entry sets."""
        assert self.calendars is not None
        people = calendar_people(process, process.current)
        own = [b for b in map(self.calendars.buffer_for, people) if b is not None]
        if process.client and process.client.buffer_minutes is not None:
            own.append(timedelta(minutes=process.client.buffer_minutes))  # ROUNDS_CLIENTS
        return replace(self.calendar_rules, buffer=max(own)) if own else self.calendar_rules

    async def _calendar_busy(
        self, process: Process, now: datetime
    ) -> tuple[dict[str, tuple[Window, ...]], tuple[str, ...]]:
        """The interviewers' busy time from their calendars, and whose calendar is known
        but could not be read (unknown is never free)."""
        assert self.calendars is not None
        people = calendar_people(process, process.current)
        named = named_calendars(process, people)  # the recruiter's `Calendar:` lines
        try:
            busy = await asyncio.wait_for(
                self.calendars.busy(people, now, now + self.calendar_rules.horizon, named),
                CALENDAR_BUDGET,
            )
        except (TimeoutError, CalendarError) as exc:
            log.warning("calendars unreadable for %s: %s", process.id, exc)
            busy = {}
        unreadable = tuple(
            e for e in people if e not in busy and (e in named or self.calendars.reader_for(e))
        )
        return busy, unreadable

    def _desk(
        self,
        message: ParsedMessage,
        processes: dict[str, Process],
        where: ToDesk,
        entry: LedgerEntry,
        now: datetime,
    ) -> Change:
        """Answer a recruiter's command sent as a reply to a summary or notice, on that thread."""
        done = on_desk(list(processes.values()), where.sender, message.text, now, self.policy)
        change = Change()
        entry.settle("processed", "command on a summary or notice")
        if done.process is not None:
            change = self._letters(done.process, list(done.emails), now)
            entry.process = done.process.id
            before = processes[done.process.id]
            told = story.inbound(
                done.process,
                message,
                at=now,
                did=story.did(before, done.process, change.story),
                action=True,
            )
            change = replace(change, story=[told, *change.story])
        answer = self._answer(message, "recruiter_answer", {"answer": done.answer}, now)
        # The answer is a notice too: a reply to it is read as the next command.
        meta = {**change.meta, **notice_ids(self.store, [answer], change.meta)}
        return replace(change, enqueue=[*change.enqueue, answer.queue()], meta=meta)

    def _letters(self, process: Process, emails: list[Email], now: datetime) -> Change:
        meta: dict[str, Any] = {}
        recruiter = process.recruiter
        agent = self.identity.agent.email
        told: list[StoryEntry] = []
        if self.identity.daily_digest:
            updates = [e for e in emails if e.template == "recruiter_update"]
            emails = [e for e in emails if e.template != "recruiter_update"]
            lines = self._fold(meta, f"digest:{recruiter.email}", process, updates, now)
            told += story.folded(process, lines, digest="daily", agent=agent, at=now)
        outbox = outbox_items(self.store)
        room = recruiter_room(
            outbox,
            process_id=process.id,
            recruiter=recruiter.email,
            now=now,
            cap=self.limits.recruiter_hour,
        )
        # The drafts the recruiter releases by answering them are never folded away.
        mine = [
            i for i, e in enumerate(emails) if e.to == (recruiter,) and e.template not in UNFOLDED
        ]
        over = set(mine[room:])
        if over:
            log.warning(
                "process %s: folding %d recruiter emails into a digest", process.id, len(over)
            )
            lines = self._fold(
                meta,
                f"{OVERFLOW}{recruiter.email}",
                process,
                [emails[i] for i in sorted(over)],
                now,
            )
            told += story.folded(process, lines, digest="hourly", agent=agent, at=now)
            emails = [e for i, e in enumerate(emails) if i not in over]
        process, mails = write_letters(
            process, emails, agent=self.identity.agent, new_id=self._new_id, now=now
        )
        docs = [queued(mail, now, process=process.id) for mail in mails]
        exempt = self.identity.recruiters | {recruiter.email}
        held = to_hold(docs, outbox, now=now, limits=self.limits, exempt=exempt)
        told += story.outgoing(
            process, emails, [d.to_json() for d in docs], held, agent=agent, at=now
        )
        held_told = self.store.meta(f"{HELD_TOLD}{process.id}")
        if held:
            log.warning("process %s: holding %d emails over the rate limit", process.id, len(held))
        if held and not (held_told and datetime.fromisoformat(held_told) > now - DAY):
            # One notice a day per process: the held mail stays in the outbox, marked "held".
            names = sorted({a["email"] for d in docs if d.id in held for a in d.mail["to"]})
            notice = standalone_mail(
                Address(recruiter.email, recruiter.name),
                "held_mail",
                {"count": str(len(held)), "people": ", ".join(names), "process": process.id},
                subject=f"Held emails on {process.candidate.name} / {process.company}",
                agent=self.identity.agent,
                message_id=self._new_id(),
            )
            docs.append(queued(notice, now))
            meta |= notice_ids(self.store, docs[-1:])
            meta[f"{HELD_TOLD}{process.id}"] = now.isoformat()
        return Change(
            processes={process.id: process.to_doc()},
            enqueue=[d.queue() for d in docs],
            outbox={mail_id: {"status": "held"} for mail_id in held},
            meta=meta,
            story=told,
        )

    def _forged_notice(self, process: Process, sender: str, now: datetime) -> Change:
        """Tell the recruiter, once per sender per day, that a party's mail failed the checks."""
        told = self.store.meta(FORGED_TOLD, {})
        if loops.told_today(told, sender, now):
            return Change()
        notice = standalone_mail(
            Address(process.recruiter.email, process.recruiter.name),
            "forged_mail",
            {"sender": sender, "process": process.id},
            subject=f"Unverified mail on {process.candidate.name} / {process.company}",
            agent=self.identity.agent,
            message_id=self._new_id(),
        )
        told = loops.prune_told(told, now) | {sender: now.isoformat()}
        return Change(enqueue=[queued(notice, now).queue()], meta={FORGED_TOLD: told})

    def _fold(
        self, meta: dict[str, Any], key: str, process: Process, emails: list[Email], now: datetime
    ) -> list[str]:
        """Add `emails` to the recruiter's digest under `key`, one line each; return those."""
        if not emails:
            return []
        agent = self.identity.agent
        added = [digest_line(process, e, agent) for e in emails]
        lines = list(meta.get(key) or self.store.meta(key, []))
        lines += [{"process": process.id, "at": now.isoformat(), "line": line} for line in added]
        meta[key] = lines
        return added

    async def _busy(
        self, process: Process, processes: dict[str, Process], now: datetime
    ) -> tuple[Window, ...]:
        """When the process's people are busy: booked in its other processes, or (with a
        free/busy source) in their calendars."""
        people = [process.candidate.email, *(p.email for p in process.current.interviewers)]
        start, end = now, now + BUSY_AHEAD
        own = Bookings(processes.values(), exclude=process.id)
        spans = [w for found in own.spans(people, start, end).values() for w in found]
        if self.free_busy is not None:
            found = await self.free_busy.busy(people, start, end)
            spans += [w for windows in found.values() for w in windows]
        return merge(spans, start, end)

    def _new_id(self, prefix: str = "rounds.") -> str:
        return fresh_id(self.identity.agent, prefix)

    def _answer(
        self,
        message: ParsedMessage,
        template: str,
        values: dict[str, str],
        now: datetime,
        prefix: str = "rounds.",
    ) -> OutboxItem:
        """A reply to `message`'s sender on its own thread, queued: no process holds it."""
        assert message.sender is not None
        subject = message.subject
        mail = standalone_mail(
            message.sender,
            template,
            values,
            subject=subject if subject.lower().startswith("re:") else f"Re: {subject}",
            agent=self.identity.agent,
            message_id=self._new_id(prefix),
            in_reply_to=message.message_id,
            references=(*message.references, message.message_id),
        )
        return queued(mail, now)

    def _processes(self) -> dict[str, Process]:
        if self._known is None:
            self._known = {
                pid: Process.from_doc(doc) for pid, doc in self.store.processes().items()
            }
        return dict(self._known)

    def _commit(self, change: Change) -> dict[str, Process]:
        """Commit `change` and keep the cache current; returns the processes it wrote."""
        self.store.commit(change)
        written = {pid: Process.from_doc(doc) for pid, doc in change.processes.items()}
        if self._known is not None:
            self._known.update(written)
        return written

    # -- timers, outbox, loop ----------------------------------------------

    def run_timers(self) -> None:
        """Everything due now: completions, reminders, nudges, digests; one commit each."""
        now = self.clock()
        processes = self._processes()
        for pid, process in processes.items():
            updated, emails = decide(process, Tick(), now, self.policy)
            if updated != process or emails:
                change = self._letters(updated, emails, now)
                processes[pid] = self._commit(change)[pid]
        send_digests(
            self.store,
            processes,
            agent=self.identity.agent,
            new_id=self._new_id,
            now=now,
            daily=self.identity.daily_digest,
        )
        everyone = list(processes.values())
        queue_due_summaries(
            self.store,
            everyone,
            recruiters=sorted(self.identity.recruiters),
            agent=self.identity.agent,
            now=now,
            at=self.identity.summary_at,
            zone_of=lambda r: recruiter_zone(everyone, r, self.identity.default_zone),
            desk_url=self.identity.desk_url,
        )

    async def flush_outbox(self) -> None:
        now = self.clock()
        # Mail cut off mid-send by a crash is looked up in the Sent folder before a resend.
        report = await flush(
            self.store,
            self.sender,
            from_addr=self.identity.agent,
            now=now,
            already_sent=self.mailbox.has_sent,
            prepare_copy=self.mailbox.prepare_copy,
        )
        if report.sent or report.refused or report.retrying or report.failed:
            log.info("outbox: %s", report)
        if report.refused or report.failed:
            report_undelivered(
                self.store,
                self._processes(),
                agent=self.identity.agent,
                new_id=self._new_id,
                now=now,
            )

    async def poll(self, stop: asyncio.Event | None = None) -> None:
        """Fetch and handle everything new since the stored cursor; stop between messages."""
        cursor = self.store.cursor(self.identity.folder)
        if cursor is None and self.since is not None:
            how = (
                "the default for a first run; set ROUNDS_SINCE (e.g. 30d or 2026-01-01) "
                "before the first run to go further back"
                if self.since_is_default
                else "ROUNDS_SINCE"
            )
            log.info("first run: reading mail since %s only (%s)", self.since.isoformat(), how)
        async for fetched in self.mailbox.fetch_new(cursor, since=self.since):
            await self.handle(fetched)
            if stop is not None and stop.is_set():
                return

    def apply_desk_requests(self) -> None:
        """Apply what recruiters asked for on the desk, one commit each, and drop them.

        Each is applied once: its commit carries the ledger key `desk:<id>`, which the store
        takes only once (a request found seen was applied before a crash, and is dropped)."""
        if self.desk is None:
            return
        applied = set()
        for request in self.desk.requests():
            if not self.store.seen(request.key):
                now = self.clock()
                try:
                    change = self._desk_request(request, now)
                except Exception:
                    # One bad request must not stop the agent on every pass from now on.
                    log.exception("desk request %s failed; dropped", request.id)
                    change = Change(ledger=[self._desk_entry(request, now) | {"status": "failed"}])
                self._commit(change)
            applied.add(request.id)
        if applied:
            self.desk.drop(applied)

    def _desk_request(self, request: Request, now: datetime) -> Change:
        """The change one desk request makes, its ledger entry naming who asked for it."""
        entry = self._desk_entry(request, now)
        doc = self.store.process(request.process)
        process = None if doc is None else Process.from_doc(doc)
        # The desk checked this already; anyone who can write the queue could skip that.
        if process is None or request.by not in (self.admins | {process.recruiter.email.lower()}):
            entry |= {"status": "refused", "reason": "desk: not this recruiter's process"}
            return Change(ledger=[entry])
        updated, emails, said = on_desk_action(
            process,
            request.action,
            number=request.number,
            text=request.text,
            by=request.by,
            now=now,
            policy=self.policy,
        )
        entry |= {"status": "processed", "reason": f"desk: {request.action}", "said": said}
        change = Change() if updated == process else self._letters(updated, emails, now)
        # What changed, or, when nothing did, why not (no draft waiting, say).
        did = story.did(process, updated, change.story) if updated != process else said
        what = request.action + (f" interview #{request.number}" if request.number else "")
        told = story.desk_action(
            updated,
            what,
            by=request.by,
            text=request.text,
            asked=request.at,
            at=now,
            did=did or "nothing changed",
        )
        return replace(change, ledger=[entry], story=[told, *change.story])

    @staticmethod
    def _desk_entry(request: Request, now: datetime) -> dict[str, Any]:
        return {
            "keys": [request.key],
            "at": now.isoformat(),
            "asked_at": request.at.isoformat(),
            "by": request.by,
            "process": request.process,
            "action": request.action,
            "number": request.number,
        }

    async def _desk_request_waiting(self) -> None:
        """Return once the desk's queue holds a request not yet applied."""
        assert self.desk is not None
        while True:
            if any(not self.store.seen(r.key) for r in self.desk.requests()):
                return
            await asyncio.sleep(DESK_POLL)

    def reload_clients(self) -> None:
        """Take up ROUNDS_CLIENTS again when it changed. A file without problems applies
        from now on; one with problems leaves the last good version (or none) in place and
        is told to every recruiter, once per distinct content: its hash is a ledger key."""
        reading = None if self.clients is None else self.clients.changed()
        if reading is None:
            return
        problems = list(reading.problems)
        calendars = self.calendars
        if not problems and self.calendars_for is not None:
            try:
                calendars = self.calendars_for(reading.book)
            except ConfigError as exc:  # e.g. a Google calendar without ROUNDS_CALENDARS' table
                problems = [f"{reading.path}: {exc}"]
        if not problems:
            self.policy = replace(self.policy, clients=reading.book)
            self.calendars = calendars
            log.info("clients file %s: %d clients", reading.path, len(reading.book.clients))
            return
        log.warning("clients file %s: %d problems; not used", reading.path, len(problems))
        key = f"clients_file:{reading.digest}"
        if self.store.seen(key):
            return
        now = self.clock()
        fallback = (
            "the version of the file I read before"
            if self.policy.clients.clients
            else "the settings' defaults only"
        )
        notices = clients_file_notices(
            str(reading.path),
            problems,
            fallback=fallback,
            recruiters=sorted(self.identity.recruiters),
            agent=self.identity.agent,
            new_id=self._new_id,
            now=now,
        )
        entry = {"keys": [key], "at": now.isoformat(), "status": "processed"}
        self._commit(
            Change(
                enqueue=[n.queue() for n in notices],
                meta=notice_ids(self.store, notices),
                ledger=[entry | {"reason": f"clients file: {len(problems)} problems told"}],
            )
        )

    async def run_once(self, stop: asyncio.Event | None = None) -> None:
        self.reload_clients()
        self.apply_desk_requests()
        await self.poll(stop)
        if stop is not None and stop.is_set():
            return
        self.run_timers()
        await self.flush_outbox()

    async def run_forever(self, stop: asyncio.Event, *, idle_timeout: float = 60.0) -> None:
        """Until `stop` is set: poll, timers, outbox, then IDLE for new mail."""
        while not stop.is_set():
            try:
                await self.run_once(stop)
            except TransportError as exc:
                log.warning("%s; retrying", exc)
            if stop.is_set():
                break
            waiter = asyncio.create_task(self.mailbox.wait_for_mail(idle_timeout))
            stopper = asyncio.create_task(stop.wait())
            # A desk request ends the wait as new mail would (the IMAP session reconnects).
            wakers: set[asyncio.Task[Any]] = {stopper}
            if self.desk is not None:
                wakers.add(asyncio.create_task(self._desk_request_waiting()))
            await asyncio.wait({waiter, *wakers}, return_when=asyncio.FIRST_COMPLETED)
            for task in wakers:
                task.cancel()
            if not waiter.done():
                waiter.cancel()
            elif waiter.exception() is not None:
                log.warning("waiting for mail: %s", waiter.exception())
