"""Outbox flushing: render each due mail, send it, record the outcome with one commit per mail."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from agent.compose import OutgoingMail, render
from agent.errors import InputError, RecipientsRefused, SendError
from parsers.model import Address
from store.db import Change

log = logging.getLogger("rounds.outbox")

MAX_ATTEMPTS = 10
RETRY_MINUTES = (1, 5, 15, 60, 180, 360)  # then every 6 hours until MAX_ATTEMPTS


class OutboxStore(Protocol):
    """The part of store.db.Store that flushing needs."""

    def due(self, now: datetime) -> list[dict[str, Any]]: ...

    def commit(self, change: Change) -> None: ...


class Sender(Protocol):
    """The part of agent.mailer.SmtpSender that flushing needs."""

    async def send(
        self, message: bytes, *, sender: str, recipients: Sequence[str]
    ) -> dict[str, str]: ...


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


async def flush(
    store: OutboxStore, sender: Sender, *, from_addr: Address, now: datetime
) -> FlushReport:
    """Send every due mail, oldest first, committing each outcome before the next send.

    A crash after a send and before its commit re-sends that one mail later, with the same
    Message-ID, so the recipient's client shows it once. After a temporary failure the
    flush stops: the rest stay due for the next flush rather than each waiting out the
    timeout of a server that is down.
    """
    sent = refused = retrying = failed = 0
    for doc in store.due(now):
        mail_id = str(doc["id"])
        attempts = int(doc.get("attempts", 0)) + 1
        fields: dict[str, Any] = {"attempts": attempts}
        try:
            mail = OutgoingMail.from_json(doc)
            raw = render(mail, sender=from_addr, date=now)
            refusals = await sender.send(raw, sender=from_addr.email, recipients=_recipients(mail))
        except InputError as exc:
            log.error("outbox: %s cannot be rendered, not sent: %s", mail_id, exc)
            fields |= {"status": "failed", "error": str(exc)}
            failed += 1
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
                fields |= {"next_attempt": later.isoformat(), "error": str(exc)}
                retrying += 1
            store.commit(Change(outbox={mail_id: fields}))
            break
        else:
            log.info("outbox: %s sent", mail_id)
            fields |= {"status": "sent", "sent_at": now.isoformat(), "error": None}
            if refusals:
                fields["refused_recipients"] = refusals
            sent += 1
        store.commit(Change(outbox={mail_id: fields}))
    return FlushReport(sent=sent, refused=refused, retrying=retrying, failed=failed)
