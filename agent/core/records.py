"""The tracker's records: a ledger entry and an outbox item, typed.

A `Change` (store/db.py) carries them as JSON (`to_json`, `OutboxItem.queue`), the shapes
every tracker already holds, so old files load as they are; a field an old or hand-made
tracker holds in another shape rides along untouched.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


def _split(
    data: Mapping[str, Any], types: Mapping[str, type]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """`data` as (the fields of the expected type, the rest): a field an old or hand-made
    tracker holds in another shape rides along untouched instead of being coerced."""
    fits = {
        k: v
        for k, v in data.items()
        if k in types and isinstance(v, types[k]) and isinstance(v, bool) == (types[k] is bool)
    }
    return fits, {k: v for k, v in data.items() if k not in fits}


@dataclass(slots=True)
class LedgerEntry:
    """What became of one message, filled in as it is read: processed, ignored (and why) or
    quarantined; its `keys` (`uid:…`, `mid:…`) make handling at-most-once."""

    keys: list[str]
    at: str | None = None  # when it was handled, aware ISO
    uid: int | None = None
    status: str | None = None  # "processed", "ignored" or "quarantined"
    reason: str | None = None
    message_id: str | None = None
    sender: str | None = None  # the From address ("from" in the JSON)
    subject: str | None = None
    process: str | None = None  # the process it started or moved
    seq: int | None = None  # given by the store; absent from a new entry
    extra: dict[str, Any] = field(default_factory=dict)

    def settle(self, status: str, reason: str, *, process: str | None = None) -> None:
        """Record the outcome (and the process it concerns)."""
        self.status, self.reason = status, reason
        if process is not None:
            self.process = process

    def to_json(self) -> dict[str, Any]:
        known = {
            "keys": list(self.keys) or None,
            "at": self.at,
            "uid": self.uid,
            "status": self.status,
            "reason": self.reason,
            "message_id": self.message_id,
            "from": self.sender,
            "subject": self.subject,
            "process": self.process,
            "seq": self.seq,
        }
        return {**self.extra, **{k: v for k, v in known.items() if v is not None}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LedgerEntry:
        """Read a stored entry."""
        fits, extra = _split(data, _LEDGER_TYPES)
        keys = fits.pop("keys", [])
        if not all(isinstance(k, str) for k in keys):
            extra["keys"], keys = keys, []
        sender = fits.pop("from", None)
        return cls(keys=list(keys), sender=sender, extra=extra, **fits)


_LEDGER_TYPES: Mapping[str, type] = {
    "keys": list,
    "at": str,
    "uid": int,
    "status": str,
    "reason": str,
    "message_id": str,
    "from": str,
    "subject": str,
    "process": str,
    "seq": int,
}


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One outgoing mail and where its delivery stands.

    `mail` is the rendered-to-be mail as agent.rendering.compose.OutgoingMail writes it (to, cc,
    subject, text, calendar, …); the rest is the outbox's own state. Stored flat, as one
    JSON object.
    """

    id: str  # the Message-ID, without <>
    queued_at: str  # aware ISO
    mail: Mapping[str, Any]
    process: str | None = None  # the process it belongs to, if any
    status: str = "queued"  # queued, sending, sent, refused, failed, held (store.db)
    attempts: int = 0
    next_attempt: str | None = None
    attempted_at: str | None = None  # when it was last handed to SMTP
    sent_at: str | None = None
    error: str | None = None
    refused_recipients: Mapping[str, str] | None = None
    reported: bool = False  # the recruiter has been told it was not delivered
    claimed_by: str | None = None  # the writer that last claimed it (Store.claim)
    claimed_until: str | None = None  # that claim holds it until then

    @property
    def recipients(self) -> list[str]:
        """To and Cc addresses, lower case."""
        people = (*self.mail.get("to", ()), *self.mail.get("cc", ()))
        return [str(a.get("email", "")).lower() for a in people]

    def to_json(self) -> dict[str, Any]:
        state = {
            "id": self.id,
            "queued_at": self.queued_at,
            "process": self.process,
            "status": self.status,
            "attempts": self.attempts,
            "next_attempt": self.next_attempt,
            "attempted_at": self.attempted_at,
            "sent_at": self.sent_at,
            "error": self.error,
            "refused_recipients": dict(self.refused_recipients or {}) or None,
            "reported": self.reported or None,
            "claimed_by": self.claimed_by,
            "claimed_until": self.claimed_until,
        }
        return {**self.mail, **{k: v for k, v in state.items() if v is not None}}

    def queue(self) -> dict[str, Any]:
        """The JSON a `Change.enqueue` takes: the mail and when it was queued; the store
        adds the state (queued, no attempts, due at once)."""
        return {**self.mail, "id": self.id, "queued_at": self.queued_at} | (
            {"process": self.process} if self.process is not None else {}
        )

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> OutboxItem:
        """Read a stored item: its state fields here, everything else is the mail."""
        fits, mail = _split(data, _OUTBOX_TYPES)
        return cls(mail=mail, **{"id": "", "queued_at": ""} | fits)


_OUTBOX_TYPES: Mapping[str, type] = {
    "id": str,
    "queued_at": str,
    "process": str,
    "status": str,
    "attempts": int,
    "next_attempt": str,
    "attempted_at": str,
    "sent_at": str,
    "error": str,
    "refused_recipients": dict,
    "reported": bool,
    "claimed_by": str,
    "claimed_until": str,
}
