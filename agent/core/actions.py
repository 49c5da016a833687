"""What `decide` asks the edges to do, and the events it reacts to: plain values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from agent.core.place import Place
from agent.core.process import Person
from parsers.model import CalendarPart, Extraction, Window


@dataclass(frozen=True, slots=True)
class Invite:
    """An iTIP message to attach: the round's UID, its SEQUENCE, the slot, who attends."""

    method: Literal["REQUEST", "CANCEL"]
    uid: str
    sequence: int
    slot: Window
    attendees: tuple[Person, ...]
    summary: str
    place: Place = field(default_factory=Place)
    panel: tuple[str, ...] = ()  # the interviewers by name, for every reader's description


@dataclass(frozen=True, slots=True)
class Email:
    """One email to write from the template `prompts/<template>.txt` with `values`."""

    to: tuple[Person, ...]
    template: str
    values: Mapping[str, str] = field(default_factory=dict)
    invite: Invite | None = None


@dataclass(frozen=True, slots=True)
class Reply:
    """An inbound human reply routed to a process: who wrote, and what it says."""

    sender: str  # lower-case email of a party on the process
    extraction: Extraction
    message_id: str
    text: str  # the new text, for forwarding to the recruiter
    calendar: CalendarPart | None = None
    busy: tuple[Window, ...] = ()  # the same people's booked slots in other processes
    refs: tuple[str, ...] = ()  # In-Reply-To and References: which of our emails it answers


@dataclass(frozen=True, slots=True)
class Tick:
    """Time has passed: run the timers that are due."""
