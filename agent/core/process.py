"""The tracked state of one interview process and its rounds (tracker documents)."""

from __future__ import annotations

from datetime import datetime, time
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict

from agent.core.place import Place
from agent.core.preferences import PhoneNote, Preferences
from parsers.model import Outcome, Window


class RoundStatus(StrEnum):
    """Where one interview round stands; these words appear in the tracker."""

    REQUESTED = "requested"  # availability asked of both sides
    PROPOSED = "proposed"  # numbered options sent to one side
    SCHEDULED = "scheduled"  # invite sent, waiting for every RSVP
    CONFIRMED = "confirmed"  # every party accepted the invite
    COMPLETED = "completed"  # the interview has ended; feedback awaited or given
    CANCELLED = "cancelled"  # called off


class ProcessStatus(StrEnum):
    """Where the whole candidate × client process stands."""

    ACTIVE = "active"  # rounds are being arranged or held
    PAUSED = "paused"  # a recruiter paused it; nothing is sent
    ON_HOLD = "on hold"  # the client is undecided after a round
    OFFER = "offer"  # closed: the client made an offer
    REJECTED = "rejected"  # closed: the client said no
    WITHDRAWN = "withdrawn"  # closed: the candidate left
    CANCELLED = "cancelled"  # closed: called off by the client or recruiter

    @property
    def closed(self) -> bool:
        return self in {self.OFFER, self.REJECTED, self.WITHDRAWN, self.CANCELLED}


class Party(StrEnum):
    """Which side of the process a person is on."""

    CANDIDATE = "candidate"
    CLIENT = "client"
    RECRUITER = "recruiter"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class Person(_Frozen):
    """Someone on the process, with the zone their times are read and written in."""

    name: str
    email: str
    zone: str

    @property
    def addressed(self) -> str:
        """`Dana Lee <dana@acme.example>`: for the recruiter, who may see every address."""
        return f"{self.name} <{self.email}>" if self.name else self.email


class Round(_Frozen):
    """One interview: its availability, options, booked slot and outcome."""

    number: int
    status: RoundStatus = RoundStatus.REQUESTED
    duration_minutes: int = 60
    interviewers: tuple[Person, ...] = ()  # the client side for this round
    place: Place = Place()  # format, link, address or phone; empty in older trackers
    uid: str = ""
    sequence: int = 0
    slot: Window | None = None
    options: tuple[Window, ...] = ()
    options_to: str | None = None  # the side the options went to
    # Keyed by side, "candidate" or "client": any client contact speaks for the client side.
    availability: dict[str, tuple[Window, ...]] = {}  # side -> offered windows
    accepted: tuple[str, ...] = ()  # sides that accepted the booked slot
    outcome: Outcome | None = None
    waiting_since: dict[str, datetime] = {}  # side -> when we last asked it something
    nudges: dict[str, int] = {}  # side -> nudges sent since its last answer
    feedback_asked: bool = False
    reminded: bool = False  # the 24-hour reminder went out for the booked slot
    holding_replies: dict[str, datetime] = {}  # email -> when "passed to your recruiter" went
    # The client side's availability is their calendars' free time (ROUNDS_CALENDARS).
    from_calendars: bool = False
    misses: int = 0  # sets of calendar slots the candidate turned down
    # What the clients file (ROUNDS_CLIENTS) gave this round: "minutes", "place", "interviewers".
    defaults: tuple[str, ...] = ()


class ClientTerms(_Frozen):
    """The clients file's entry a process was opened under, as applied to it."""

    domain: str  # the entry's key: the client's email domain
    business_hours: tuple[time, time] | None = None  # the client side's; None: the setting's
    buffer_minutes: int | None = None  # around calendar busy time; None: the setting's


class Process(_Frozen):
    """One candidate × client × role, as the tracker row shows it."""

    id: str
    candidate: Person
    clients: tuple[Person, ...]
    recruiter: Person
    company: str
    role: str
    status: ProcessStatus = ProcessStatus.ACTIVE
    rounds: tuple[Round, ...] = ()
    threads: dict[str, str] = {}  # Message-ID (sent or kickoff) -> email of the party
    created_at: datetime
    last_contact: datetime
    history: tuple[str, ...] = ()  # one line per change, newest last
    draft: str | None = None  # an outcome message for the candidate, awaiting the recruiter
    draft_request: str | None = None  # Message-ID of the email asking the recruiter about it
    notes: tuple[PhoneNote, ...] = ()  # the recruiter's notes from calls, oldest first
    # email -> standing preferences from those notes; kept on the process, so every round has them
    preferences: dict[str, Preferences] = {}
    client: ClientTerms | None = None  # from ROUNDS_CLIENTS; None when the file has no entry
    # The recruiter's `Calendar:` lines: address or client domain -> spec (caldav:URL, …)
    calendars: dict[str, str] = {}

    @property
    def current(self) -> Round:
        return self.rounds[-1]

    def person(self, email: str) -> Person | None:
        for someone in (self.candidate, *self.current.interviewers, *self.clients, self.recruiter):
            if someone.email == email:
                return someone
        return None

    def party_of(self, email: str) -> Party | None:
        if email == self.candidate.email:
            return Party.CANDIDATE
        if any(c.email == email for c in (*self.clients, *self.current.interviewers)):
            return Party.CLIENT
        if email == self.recruiter.email:
            return Party.RECRUITER
        return None

    def with_round(self, updated: Round) -> Process:
        rounds = tuple(updated if r.number == updated.number else r for r in self.rounds)
        return self.model_copy(update={"rounds": rounds})

    def to_doc(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Process:
        return cls.model_validate(doc)
