"""Typed values that cross the parsers: addresses, windows, parsed messages, extractions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from parsers.errors import InputError


class Intent(StrEnum):
    """What one inbound email asks for; the contract is EXTRACTION.md."""

    AVAILABILITY = "availability"  # offers free windows, or rejects options and offers others
    ACCEPT = "accept"  # agrees to a proposed option, or confirms the booked time
    DECLINE = "decline"  # none of the options work, no other times offered
    RESCHEDULE = "reschedule"  # asks to move a booked interview
    CANCEL = "cancel"  # calls off the interview without moving it
    WITHDRAW = "withdraw"  # the candidate leaves the process
    FEEDBACK = "feedback"  # the client's verdict on a completed round
    QUESTION = "question"  # needs a person
    OTHER = "other"  # thanks, acknowledgements, auto-replies


# When one message carries several intents, the earliest in this tuple wins.
INTENT_PRIORITY: tuple[Intent, ...] = (
    Intent.WITHDRAW,
    Intent.CANCEL,
    Intent.RESCHEDULE,
    Intent.FEEDBACK,
    Intent.ACCEPT,
    Intent.AVAILABILITY,
    Intent.DECLINE,
    Intent.QUESTION,
    Intent.OTHER,
)


class Outcome(StrEnum):
    """A client's verdict on a completed round."""

    ADVANCE = "advance"  # wants another round
    REJECT = "reject"  # closes the process
    OFFER = "offer"  # closes the process, happily
    HOLD = "hold"  # undecided, will come back


class Stage(StrEnum):
    """Where the thread's round stands, as the extractor sees it."""

    REQUESTED = "requested"  # availability asked for
    PROPOSED = "proposed"  # numbered options sent
    SCHEDULED = "scheduled"  # a time is booked
    COMPLETED = "completed"  # the interview has happened


class Role(StrEnum):
    """Who wrote the message, relative to the process."""

    CANDIDATE = "candidate"
    CLIENT = "client"
    RECRUITER = "recruiter"


@dataclass(frozen=True, slots=True)
class Address:
    """A mailbox with its display name; `email` is always lower case."""

    email: str
    name: str = ""

    def formatted(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True, slots=True)
class Window:
    """A span of free time; both ends are aware datetimes."""

    start: datetime
    end: datetime

    def to_json(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}

    @classmethod
    def from_json(cls, data: Any) -> Window:
        try:
            start = datetime.fromisoformat(data["start"])
            end = datetime.fromisoformat(data["end"])
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"bad window {data!r}: {exc}") from exc
        if start.tzinfo is None or end.tzinfo is None:
            raise InputError(f"window without UTC offset: {data!r}")
        return cls(start, end)


@dataclass(frozen=True, slots=True)
class CalendarPart:
    """An iTIP part found in an inbound email (REPLY or COUNTER, say)."""

    method: str  # upper case: REPLY, COUNTER, REQUEST, CANCEL, ...
    uid: str | None = None
    sequence: int = 0
    attendee: str | None = None  # lower case, no mailto:
    partstat: str | None = None  # upper case: ACCEPTED, DECLINED, TENTATIVE, ...
    start: datetime | None = None  # the countered time, for COUNTER
    end: datetime | None = None


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """One inbound email reduced to what the agent reads."""

    message_id: str  # without angle brackets; synthesised when the header is missing
    subject: str
    sender: Address | None
    date: datetime | None  # aware; None when the header is missing or broken
    text: str  # the new text of the reply: no quotes, signature or disclaimer
    body: str = ""  # the whole text part, quotes included (kickoffs read forwarded intros)
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    reply_to: tuple[Address, ...] = ()
    calendar: CalendarPart | None = None
    machine: str | None = None  # why this is machine mail (auto-reply, bounce, list), else None
    senders: tuple[Address, ...] = ()  # every From address: authority needs exactly one
    headers: tuple[tuple[str, str], ...] = field(default=(), repr=False)  # in order, unfolded
    unsure_table: bool = False  # an HTML table was read with cells its reading could not place


@dataclass(frozen=True, slots=True)
class Context:
    """What the agent already knows about the thread a message belongs to."""

    role: Role
    timezone: str
    duration_minutes: int = 60
    round: int = 1
    stage: Stage = Stage.REQUESTED
    proposed: tuple[Window, ...] = ()
    scheduled: Window | None = None

    @classmethod
    def from_json(cls, data: Any) -> Context:
        if not isinstance(data, dict):
            raise InputError("context must be a JSON object")
        try:
            scheduled = data.get("scheduled")
            return cls(
                role=Role(data.get("role", "candidate")),
                timezone=str(data.get("timezone") or "UTC"),
                duration_minutes=int(data.get("duration_minutes") or 60),
                round=int(data.get("round") or 1),
                stage=Stage(data.get("stage") or "requested"),
                proposed=tuple(Window.from_json(w) for w in data.get("proposed") or ()),
                scheduled=Window.from_json(scheduled) if scheduled else None,
            )
        except (TypeError, ValueError) as exc:
            raise InputError(f"bad context: {exc}") from exc


@dataclass(frozen=True, slots=True)
class Extraction:
    """The extractor's reading of one message; `to_json` is the contract's output."""

    intent: Intent
    windows: tuple[Window, ...] = ()
    selected: int | None = None  # 1-based index into Context.proposed
    outcome: Outcome | None = None
    timezone: str = "UTC"
    confidence: float = 0.5

    def to_json(self) -> dict[str, Any]:
        return {
            "intent": self.intent.value,
            "windows": [w.to_json() for w in self.windows],
            "selected": self.selected,
            "outcome": self.outcome.value if self.outcome else None,
            "timezone": self.timezone,
            "confidence": round(self.confidence, 3),
        }
