"""Mail to recruiters outside any one conversation: daily digests, undelivered notices."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from agent.compose import OutgoingMail, new_message_id
from agent.letters import standalone_mail
from agent.process import Process
from parsers.model import Address
from store.db import Change
from store.factory import TrackerStore

DIGEST_AT = time(17, 0)  # recruiters' daily digest goes out after this local time


def fresh_id(agent: Address, prefix: str = "rounds.") -> str:
    """A new random Message-ID at the agent's domain, fixed when the mail is queued."""
    return new_message_id(agent.email.rpartition("@")[2], prefix + secrets.token_hex(10))


def queued(mail: OutgoingMail, now: datetime) -> dict[str, Any]:
    """The outbox document for `mail`, queued at `now`."""
    return mail.to_json() | {"id": mail.message_id, "queued_at": now.isoformat()}


def _about(process: Process | None) -> str:
    if process is None:
        return "a closed process"
    return f"{process.candidate.name} / {process.company}"


def send_digests(
    store: TrackerStore,
    processes: Mapping[str, Process],
    *,
    agent: Address,
    new_id: Callable[[], str],
    now: datetime,
) -> None:
    """Each recruiter's waiting updates, once a day after DIGEST_AT in their zone."""
    recruiters = {p.recruiter.email: p.recruiter for p in processes.values()}
    for email, recruiter in recruiters.items():
        lines = store.meta(f"digest:{email}", [])
        local = now.astimezone(ZoneInfo(recruiter.zone))
        last = store.meta(f"digest_sent:{email}")
        if not lines or local.time() < DIGEST_AT or (last and last >= local.date().isoformat()):
            continue
        text = "\n".join(
            f"- {_about(processes.get(item['process']))}: {item['line']}" for item in lines
        )
        mail = standalone_mail(
            Address(recruiter.email, recruiter.name),
            "recruiter_digest",
            {"lines": text},
            subject=f"Interview updates, {local:%a %d %b}",
            agent=agent,
            message_id=new_id(),
        )
        meta = {f"digest:{email}": [], f"digest_sent:{email}": local.date().isoformat()}
        store.commit(Change(enqueue=[queued(mail, now)], meta=meta))


def report_undelivered(
    store: TrackerStore,
    processes: Mapping[str, Process],
    *,
    agent: Address,
    new_id: Callable[[], str],
    now: datetime,
) -> None:
    """Tell each process's recruiter about mail the server refused or we gave up on."""
    undelivered = [
        d
        for d in store.outbox()
        if d.get("status") in ("refused", "failed") and not d.get("reported")
    ]
    notices = []
    for doc in undelivered:
        process = processes.get(str(doc.get("process")))
        if process is None:
            continue
        people = ", ".join(a["email"] for a in doc.get("to", ()))
        notice = standalone_mail(
            Address(process.recruiter.email, process.recruiter.name),
            "undelivered",
            {
                "people": people,
                "subject": str(doc.get("subject", "")),
                "error": str(doc.get("error", "")),
            },
            subject=f"Undelivered: {process.candidate.name} / {process.company}",
            agent=agent,
            message_id=new_id(),
        )
        notices.append(queued(notice, now))
    if undelivered:
        reported = {str(d["id"]): {"reported": True} for d in undelivered}
        store.commit(Change(enqueue=notices, outbox=reported))
