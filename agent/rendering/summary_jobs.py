"""Queueing weekly summaries: each recruiter's mail and the note of when it went, in one commit."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from agent.core.process import Process
from agent.ports import Store
from agent.rendering.compose import OutgoingMail
from agent.rendering.notices import fresh_id, notice_ids, queued
from agent.rendering.summary import build_summary, due_summaries, sent_at
from parsers.model import Address
from store.db import Change


def summary_key(recruiter: str) -> str:
    """The meta key holding when `recruiter`'s last summary was queued (aware ISO)."""
    return f"summary:{recruiter}"


def last_summary(store: Store, recruiter: str) -> datetime | None:
    """When `recruiter`'s last summary was queued, or None."""
    return sent_at(store.meta(summary_key(recruiter)))


def queue_summaries(
    store: Store,
    processes: Sequence[Process],
    *,
    recruiters: Iterable[str],
    agent: Address,
    now: datetime,
    zone_of: Callable[[str], str],
    desk_url: str | None = None,
) -> int:
    """Queue a summary for each recruiter now; the outbox flush sends them. Returns the count."""
    docs, meta = [], {}
    for recruiter in recruiters:
        summary = build_summary(
            processes,
            recruiter=recruiter,
            now=now,
            since=last_summary(store, recruiter),
            zone=zone_of(recruiter),
            desk_url=desk_url,
        )
        mail = OutgoingMail(
            message_id=fresh_id(agent),
            to=(Address(recruiter),),
            subject=summary.subject,
            text=summary.text,
            html=summary.html,
        )
        docs.append(queued(mail, now))
        meta[summary_key(recruiter)] = now.isoformat()
    if docs:
        # Mail and note in one write: a crash can neither queue a summary twice nor lose one.
        store.commit(Change(enqueue=[d.queue() for d in docs], meta=meta | notice_ids(store, docs)))
    return len(docs)


def queue_due_summaries(
    store: Store,
    processes: Sequence[Process],
    *,
    recruiters: Iterable[str],
    agent: Address,
    now: datetime,
    at: str,
    zone_of: Callable[[str], str],
    desk_url: str | None = None,
) -> int:
    """Queue the summaries that are due at `now` (see `due_summaries`); returns how many.

    A recruiter with no process at all gets no weekly email: an empty summary is noise.
    """
    active = {p.recruiter.email.lower() for p in processes}
    recruiters = [r for r in recruiters if r.lower() in active]
    # Before a recruiter's first summary, their first process counts as the last one sent:
    # the first summary goes at the next ROUNDS_SUMMARY_AT, not minutes after the kickoff.
    last_sent = {
        r: min(
            p.created_at for p in processes if p.recruiter.email.lower() == r.lower()
        ).isoformat()
        for r in recruiters
    }
    last_sent |= {
        r: sent for r in recruiters if isinstance(sent := store.meta(summary_key(r)), str)
    }
    due = due_summaries(recruiters, now=now, last_sent=last_sent, at=at, zone_of=zone_of)
    return queue_summaries(
        store,
        processes,
        recruiters=due,
        agent=agent,
        now=now,
        zone_of=zone_of,
        desk_url=desk_url,
    )
