"""Mail to recruiters outside any one conversation: digests, undelivered notices."""

from __future__ import annotations

import secrets
import textwrap
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from agent.core.actions import Email
from agent.core.process import Person, Process
from agent.ports import OutboxItem, Store, outbox_items
from agent.rendering.compose import OutgoingMail, new_message_id
from agent.rendering.letters import render_body, standalone_mail
from parsers.model import Address
from store.db import Change

DIGEST_AT = time(17, 0)  # recruiters' daily digest goes out after this local time
NOTICE_IDS = "notice_ids"  # meta: Message-ID of each summary, digest or notice -> recruiter
_NOTICE_IDS_KEEP = 2000  # a reply to an older one gets the "no process" treatment


def notice_ids(
    store: Store, docs: Sequence[OutboxItem], pending: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The meta change that records `docs` (queued mail to recruiters outside any process)
    as ours, so a reply to one routes as a command (agent.core.routing.ToDesk). `pending` is a
    meta change of the same commit that may already record some."""
    known = dict((pending or {}).get(NOTICE_IDS) or store.meta(NOTICE_IDS, {}))
    known |= {d.id: str(d.mail["to"][0]["email"]) for d in docs}
    return {NOTICE_IDS: dict(list(known.items())[-_NOTICE_IDS_KEEP:])}


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


def queued(mail: OutgoingMail, now: datetime, *, process: str | None = None) -> OutboxItem:
    """The outbox item for `mail`, queued at `now` (on `process`, if it belongs to one)."""
    return OutboxItem(mail.message_id, now.isoformat(), mail.to_json(), process=process)


def digest_line(process: Process, email: Email, agent: Address) -> str:
    """A recruiter's email as a digest line: an update's one line, else the letter itself
    without greeting and signature, indented under its process."""
    if email.template == "recruiter_update":
        return email.values["update"]
    paragraphs = render_body(process, email, process.recruiter, agent).strip().split("\n\n")
    if paragraphs[-1].strip() == (agent.name or agent.email):
        paragraphs.pop()
    if paragraphs and paragraphs[0].startswith("Hi "):
        paragraphs.pop(0)
    return textwrap.indent("\n\n".join(paragraphs), "    ")


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
    daily: bool,
) -> None:
    """Each recruiter's waiting lines as digests: with `daily` (ROUNDS_RECRUITER_UPDATES),
    the day's updates once a day after DIGEST_AT in their zone; always, the mail held back
    by the hourly cap, once the hour after the first of it is over."""
    recruiters = {p.recruiter.email: p.recruiter for p in processes.values()}
    for email, recruiter in recruiters.items():
        local = now.astimezone(ZoneInfo(recruiter.zone))
        last = store.meta(f"digest_sent:{email}")
        today = local.date().isoformat()
        overflow = store.meta(f"{OVERFLOW}{email}", [])
        due = []
        if daily and local.time() >= DIGEST_AT and not (last and last >= today):
            daily_digest = (DAILY_INTRO, f"Interview updates, {local:%a %d %b}")
            due.append((f"digest:{email}", daily_digest, {f"digest_sent:{email}": today}))
        if overflow and datetime.fromisoformat(overflow[0]["at"]) <= now - OVERFLOW_AFTER:
            held_back = (OVERFLOW_INTRO, "Interview updates held back in the last hour")
            due.append((f"{OVERFLOW}{email}", held_back, {}))
        for key, (intro, subject), sent in due:
            lines = store.meta(key, [])
            if not lines:
                continue
            mail = _digest(
                recruiter,
                lines,
                processes,
                intro=intro,
                subject=subject,
                agent=agent,
                message_id=new_id(),
            )
            doc = queued(mail, now)
            meta = {key: [], **sent} | notice_ids(store, [doc])
            store.commit(Change(enqueue=[doc.queue()], meta=meta))


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
        item
        for item in outbox_items(store)
        if item.status in ("refused", "failed") and not item.reported
    ]
    notices = []
    for item in undelivered:
        process = processes.get(str(item.process))
        if process is None:
            continue
        people = ", ".join(a["email"] for a in item.mail.get("to", ()))
        notice = standalone_mail(
            Address(process.recruiter.email, process.recruiter.name),
            "undelivered",
            {
                "people": people,
                "subject": str(item.mail.get("subject", "")),
                "error": item.error or "",
            },
            subject=f"Undelivered: {process.candidate.name} / {process.company}",
            agent=agent,
            message_id=new_id(),
        )
        notices.append(queued(notice, now))
    if undelivered:
        reported = {item.id: {"reported": True} for item in undelivered}
        store.commit(
            Change(
                enqueue=[n.queue() for n in notices],
                outbox=reported,
                meta=notice_ids(store, notices),
            )
        )


def clients_file_notices(
    path: str,
    problems: Sequence[str],
    *,
    fallback: str,
    recruiters: Sequence[str],
    agent: Address,
    new_id: Callable[[], str],
    now: datetime,
) -> list[OutboxItem]:
    """One email to each recruiter naming the clients file and each of its problems, a line
    each (as `rounds clients check` prints them)."""
    values = {
        "path": path,
        "count": str(len(problems)),
        "problems": "\n".join(f"- {line}" for line in problems),
        "fallback": fallback,
    }
    return [
        queued(
            standalone_mail(
                Address(recruiter, ""),
                "clients_file_problem",
                values,
                subject="The clients file has problems",
                agent=agent,
                message_id=new_id(),
            ),
            now,
        )
        for recruiter in recruiters
    ]
