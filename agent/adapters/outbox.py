"""Outbox flushing: render each due mail, send it, record the outcome; recover interrupted sends."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from agent.errors import InputError, MailboxError, RecipientsRefused, SendError
from agent.ports import Copy, MailSender, OutboxItem, Store
from agent.rendering.compose import OutgoingMail, render
from agent.rendering.story import delivery
from parsers.model import Address
from store.db import Change

log = logging.getLogger("rounds.outbox")

MAX_ATTEMPTS = 10
RETRY_MINUTES = (1, 5, 15, 60, 180, 360)  # then every 6 hours until MAX_ATTEMPTS
# How long a claim holds one item: far past one send, whose every network step times out
# in 30 s; it frees an item only where a flush failed while its process lived on.
CLAIM_LEASE = timedelta(minutes=15)
# What an outcome commit adds: the item's claim ends with it.
_UNCLAIMED = {"claimed_until": None}

# Whether the mail with this Message-ID (without <>) went out: True, False, or None when
# it cannot be told. ImapMailbox.has_sent answers from the sent folder.
SentCheck = Callable[[str], Awaitable[bool | None]]


# Readies a copy of the rendered mail, or None where the server files one itself
# (ImapMailbox.prepare_copy). Raises MailboxError when it cannot.
PrepareCopy = Callable[[bytes], Awaitable[Copy | None]]


@dataclass(frozen=True, slots=True)
class FlushReport:
    """What one flush did: sent, refused for good, rescheduled, given up."""

    sent: int = 0
    refused: int = 0
    retrying: int = 0
    failed: int = 0


def retry_delay(attempts: int) -> timedelta:
    """Wait after the `attempts`-th failed try (1-based): 1, 5, 15, 60 minutes … 6 hours."""
    return timedelta(minutes=RETRY_MINUTES[min(max(attempts, 1), len(RETRY_MINUTES)) - 1])


def _recipients(mail: OutgoingMail) -> list[str]:
    return list(dict.fromkeys(a.email for a in (*mail.to, *mail.cc)))


async def _went_out(item: OutboxItem, already_sent: SentCheck | None) -> bool:
    """Whether a mail left in "sending" by an interrupted flush reached the server.

    When the sent folder cannot tell (no check, no sent folder, no copy), the answer is "no" and
    the mail goes out again: at-least-once is the fallback, since a lost interview
    invitation costs more than a duplicate one, which shares its Message-ID anyway.
    Raises MailboxError when the mailbox cannot be reached: then nobody knows yet.
    """
    if already_sent is None:
        return False
    return await already_sent(item.id) is True


async def _send_witnessed(
    sender: MailSender,
    raw: bytes,
    from_email: str,
    recipients: list[str],
    prepare_copy: PrepareCopy | None,
    mail_id: str,
) -> dict[str, str]:
    """Send through SMTP, filing the readied copy in Sent as soon as the server accepts."""
    copy: Copy | None = None
    if prepare_copy is not None:
        try:
            copy = await prepare_copy(raw)
        except MailboxError as exc:
            # The mail goes out regardless; only a crash before its "sent" commit resends it.
            log.warning("outbox: %s goes out with no copy in Sent: %s", mail_id, exc)
    try:
        refusals = await sender.send(raw, sender=from_email, recipients=recipients)
        if copy is not None:
            try:
                await copy.keep()
            except MailboxError as exc:
                log.warning("outbox: %s sent, but no copy filed in Sent: %s", mail_id, exc)
        return refusals
    finally:
        if copy is not None:
            await copy.drop()


def _outcome(item: OutboxItem, fields: dict[str, Any], now: datetime) -> Change:
    """The outbox update for `item`; a final one goes on its process's story too."""
    told = delivery(item.to_json(), fields, now)
    return Change(outbox={item.id: fields | _UNCLAIMED}, story=[told] if told else [])


async def flush(
    store: Store,
    sender: MailSender,
    *,
    from_addr: Address,
    now: datetime,
    already_sent: SentCheck | None = None,
    prepare_copy: PrepareCopy | None = None,
) -> FlushReport:
    """Send every due mail, oldest first, committing each outcome before the next send.

    Mail is taken one item at a time with `Store.claim`, which commits it as "sending"
    (with the attempt time) before the mail is handed to SMTP, so that two flushes of one
    writer never take the same item; the outcome commit after the send ends the claim.
    A mail found in "sending" was interrupted by a crash between the two; it is looked up
    by its Message-ID with `already_sent` and marked sent if it went out, sent again
    otherwise; `prepare_copy` readies the copy it is found by before the send and files
    it the moment SMTP accepts, so only a crash between the server's 250 and the agent
    reading it can still send a mail twice. After a temporary failure the flush stops:
    the rest stay due for the next flush rather than each waiting out the timeout of a
    server that is down.
    """
    sent = refused = retrying = failed = 0
    undecided: list[OutboxItem] = []  # claimed till the flush ends, so that it takes them once
    while claimed := store.claim(now, lease=CLAIM_LEASE, limit=1):
        item = OutboxItem.from_json(claimed[0])  # as it stood before the claim
        mail_id = item.id
        if item.status == "sending":
            try:
                went_out = await _went_out(item, already_sent)
            except MailboxError as exc:
                # Left in "sending" for the next flush: guessing could send it twice.
                log.warning("outbox: cannot tell whether %s went out: %s", mail_id, exc)
                undecided.append(item)
                retrying += 1
                continue
            if went_out:
                log.info("outbox: %s was sent before an interruption", mail_id)
                recovered = {
                    "status": "sent",
                    "sent_at": item.attempted_at,
                    "error": None,
                    **_as_before(item),
                }
                store.commit(_outcome(item, recovered, now))
                sent += 1
                continue
            # Not in Sent: the crash came before the send, or in the short window between
            # SMTP's 250 and the copy (or the server keeps no copy and the agent none either).
            log.info("outbox: %s was interrupted and is not found in Sent; sending again", mail_id)
        attempts = item.attempts + 1
        fields: dict[str, Any] = {"attempts": attempts}
        try:
            mail = OutgoingMail.from_json(item.mail)
            raw = render(mail, sender=from_addr, date=now)
        except InputError as exc:
            log.error("outbox: %s cannot be rendered, not sent: %s", mail_id, exc)
            store.commit(_outcome(item, fields | {"status": "failed", "error": str(exc)}, now))
            failed += 1
            continue
        try:
            refusals = await _send_witnessed(
                sender, raw, from_addr.email, _recipients(mail), prepare_copy, mail_id
            )
        except RecipientsRefused as exc:
            log.warning("outbox: %s refused: %s", mail_id, exc)
            fields |= {"status": "refused", "error": str(exc)}
            refused += 1
        except SendError as exc:
            if attempts >= MAX_ATTEMPTS:
                log.error("outbox: %s failed after %d attempts: %s", mail_id, attempts, exc)
                fields |= {"status": "failed", "error": str(exc)}
                failed += 1
            else:
                later = now + retry_delay(attempts)
                log.warning("outbox: %s not sent (%s); next try %s", mail_id, exc, later)
                fields |= {"status": "queued", "next_attempt": later.isoformat(), "error": str(exc)}
                retrying += 1
            store.commit(_outcome(item, fields, now))
            break
        else:
            log.info("outbox: %s sent", mail_id)
            fields |= {"status": "sent", "sent_at": now.isoformat(), "error": None}
            if refusals:
                fields["refused_recipients"] = refusals
            sent += 1
        store.commit(_outcome(item, fields, now))
    if undecided:
        store.commit(Change(outbox={i.id: _as_before(i) | _UNCLAIMED for i in undecided}))
    return FlushReport(sent=sent, refused=refused, retrying=retrying, failed=failed)


def _as_before(item: OutboxItem) -> dict[str, Any]:
    """The attempt fields a claim changed, back as `item` had them: no new attempt was made."""
    return {"attempts": item.attempts, "attempted_at": item.attempted_at}
