"""Mail to recruiters outside any one conversation: digests, undelivered notices."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from agent.compose import OutgoingMail, new_message_id
from agent.letters import standalone_mail
from agent.process import Person, Process
from parsers.model import Address
from store.db import Change, Store

DIGEST_AT = time(17, 0)  # recruiters' daily digest goes out after this local time
DAILY_INTRO = "Here is what happened on your interview processes today:"
# Mail to a recruiter over ROUNDS_MAX_RECRUITER_HOUR waits under this meta key (plus the
# address) and goes out as one digest an hour after the first of it was held back.
OVERFLOW = "overflow:"
OVERFLOW_AFTER = timedelta(hours=1)
OVERFLOW_INTRO = (
    "More happened on your interview processes within an hour than I send one email at a "
    "time, so here is the rest in one:"
)


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
    store: Store,
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
        mail = _digest(
            recruiter,
            lines,
            processes,
            intro=DAILY_INTRO,
            subject=f"Interview updates, {local:%a %d %b}",
            agent=agent,
            message_id=new_id(),
        )
        meta = {f"digest:{email}": [], f"digest_sent:{email}": local.date().isoformat()}
        store.commit(Change(enqueue=[queued(mail, now)], meta=meta))


def send_overflow(
    store: Store,
    processes: Mapping[str, Process],
    *,
    agent: Address,
    new_id: Callable[[], str],
    now: datetime,
) -> None:
    """Each recruiter's mail held back by the hourly cap, as one digest once the hour is over."""
    recruiters = {p.recruiter.email: p.recruiter for p in processes.values()}
    for email, recruiter in recruiters.items():
        lines = store.meta(f"{OVERFLOW}{email}", [])
        if not lines or datetime.fromisoformat(lines[0]["at"]) > now - OVERFLOW_AFTER:
            continue
        mail = _digest(
            recruiter,
            lines,
            processes,
            intro=OVERFLOW_INTRO,
            subject="Interview updates held back in the last hour",
            agent=agent,
            message_id=new_id(),
        )
        store.commit(Change(enqueue=[queued(mail, now)], meta={f"{OVERFLOW}{email}": []}))


def _entry(about: str, line: str) -> str:
    # A folded letter comes indented, on lines of its own; an update is one line.
    return f"- {about}:\n{line}" if line.startswith(" ") else f"- {about}: {line}"


def _digest(
    recruiter: Person,
    lines: list[dict[str, Any]],
    processes: Mapping[str, Process],
    *,
    intro: str,
    subject: str,
    agent: Address,
    message_id: str,
) -> OutgoingMail:
    text = "\n".join(_entry(_about(processes.get(item["process"])), item["line"]) for item in lines)
    return standalone_mail(
        Address(recruiter.email, recruiter.name),
        "recruiter_digest",
        {"lines": text, "intro": intro},
        subject=subject,
        agent=agent,
        message_id=message_id,
    )


def report_undelivered(
    store: Store,
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
