"""The board: one card per process, grouped by who must act next (pure: tracker in, cards out)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from agent.core.lifecycle import side_people
from agent.core.process import Party, Process, ProcessStatus, RoundStatus
from agent.desk.queue import Request
from agent.rendering.summary import age_words, slot_words
from agent.rendering.tracker import tracker_rows

# Who must act, in the order the board shows them.
RECRUITER, CANDIDATE, CLIENT, BOOKED, CLOSED = (
    "recruiter",
    "candidate",
    "client",
    "booked",
    "closed",
)
GROUPS = (
    (RECRUITER, "You"),
    (CANDIDATE, "Candidate"),
    (CLIENT, "Client"),
    (BOOKED, "Booked"),
    (CLOSED, "Closed"),
)
_BOOKED = (RoundStatus.SCHEDULED, RoundStatus.CONFIRMED)
_UNDELIVERED = {"held": "held", "refused": "refused", "failed": "undelivered"}
_ACTION_WORDS = {
    "pause": "pause",
    "resume": "resume",
    "cancel": "cancel",
    "schedule": "schedule",
    "send": "send the draft",
    "edit": "send your text",
    "note": "add a note",
}


@dataclass(frozen=True, slots=True)
class RoundLine:
    """`Interview #2 · Tue 9 Dec 10:00–11:00 EST · confirmed · advance`, as its parts."""

    number: int
    when: str
    status: str
    outcome: str
    interviewers: tuple[tuple[str, str], ...]  # (name, address): the board shows names only


@dataclass(frozen=True, slots=True)
class Card:
    """What the board shows of one process."""

    id: str
    group: str
    candidate: str
    position: str
    client: str
    recruiter: str
    status: str
    next_step: str
    why: str  # why the card is in its group, for the recruiter group mostly
    waiting: str  # "3 days" since the side it waits on was asked, or since last contact
    rounds: tuple[RoundLine, ...]
    pending: tuple[str, ...]  # desk requests the watcher has not applied yet
    paused: bool
    closed: bool
    has_draft: bool
    current_round: int
    search_text: str


@dataclass(frozen=True, slots=True)
class Filters:
    """The board's filters from the query string; empty means any."""

    recruiter: str = ""
    client: str = ""
    status: str = ""
    q: str = ""

    def keep(self, card: Card, process: Process) -> bool:
        if self.recruiter and process.recruiter.email.lower() != self.recruiter.lower():
            return False
        if self.client and self.client.lower() not in card.client.lower():
            return False
        if self.status and card.status != self.status:
            return False
        return not self.q or all(w in card.search_text for w in self.q.lower().split())


@dataclass(frozen=True, slots=True)
class Board:
    """The cards of one viewer, grouped, with the choices the filters offer."""

    groups: tuple[tuple[str, str, tuple[Card, ...]], ...]  # (key, title, cards)
    total: int
    recruiters: tuple[str, ...]
    clients: tuple[str, ...]
    statuses: tuple[str, ...]
    quarantined: tuple[dict[str, Any], ...]


def visible(processes: Iterable[Process], viewer: str, *, admin: bool) -> list[Process]:
    """The processes `viewer` may see: their own, or all of them for an admin."""
    return [p for p in processes if admin or p.recruiter.email.lower() == viewer.lower()]


def _mail_trouble(outbox: Sequence[dict[str, Any]]) -> dict[str, list[str]]:
    """Per process id, what went wrong with its mail: held by the rate limit, refused, failed."""
    trouble: dict[str, list[str]] = {}
    for doc in outbox:
        word = _UNDELIVERED.get(str(doc.get("status")))
        if word and isinstance(doc.get("process"), str):
            trouble.setdefault(doc["process"], []).append(word)
    return trouble


def _group(process: Process, trouble: list[str]) -> tuple[str, str, datetime]:
    """(group, why, waiting since) for one process."""
    if process.status.closed:
        return CLOSED, "", process.last_contact
    rnd = process.current
    reasons = []
    if process.draft is not None:
        reasons.append("a draft waits for your approval")
    if trouble:
        counts = {word: trouble.count(word) for word in trouble}
        reasons.append(", ".join(f"{n} email{'s' * (n > 1)} {w}" for w, n in counts.items()))
    if process.status == ProcessStatus.PAUSED:
        reasons.append("paused")
    elif process.status == ProcessStatus.ON_HOLD:
        reasons.append("the client is undecided")
    elif rnd.status == RoundStatus.CANCELLED or (
        rnd.status == RoundStatus.COMPLETED and rnd.outcome is not None
    ):
        reasons.append("decide the next step")
    if reasons:
        return RECRUITER, "; ".join(reasons), process.last_contact
    if rnd.status in _BOOKED:
        return BOOKED, "", process.last_contact
    if rnd.waiting_since:
        side, since = min(rnd.waiting_since.items(), key=lambda item: item[1])
        return (CANDIDATE if side == Party.CANDIDATE else CLIENT), "", since
    if rnd.status == RoundStatus.COMPLETED:
        return CLIENT, "feedback", process.last_contact
    return CANDIDATE, "", process.last_contact


def _pending_words(requests: Iterable[Request]) -> tuple[str, ...]:
    return tuple(
        _ACTION_WORDS[r.action] + (f" interview #{r.number}" if r.number else "") for r in requests
    )


def build_board(
    processes: Sequence[Process],
    *,
    outbox: Sequence[dict[str, Any]],
    quarantined: Sequence[dict[str, Any]],
    pending: Sequence[Request],
    zone: str,
    now: datetime,
    filters: Filters,
    admin: bool,
) -> Board:
    """The board of `processes` (already only those the viewer may see), times in `zone`."""
    tz = ZoneInfo(zone)
    trouble = _mail_trouble(outbox)
    by_id = {p.id: p for p in processes}
    groups: dict[str, list[tuple[datetime, Card]]] = {key: [] for key, _ in GROUPS}
    # The tracker's own rows: status and next step read the same here as in the export.
    for row in tracker_rows(processes, zone=zone):
        process = by_id[row.process_id]
        group, why, since = _group(process, trouble.get(process.id, []))
        rounds = tuple(
            RoundLine(
                number=r.number,
                when=slot_words(r.slot.start.astimezone(tz), r.slot.end.astimezone(tz))
                if r.slot
                else "",
                status=r.status.value,
                outcome=r.outcome.value if r.outcome else "",
                interviewers=tuple(
                    (p.name, p.email) for p in side_people(process, r, Party.CLIENT)
                ),
            )
            for r in sorted(process.rounds, key=lambda r: r.number)
        )
        words = (row.candidate, row.client, row.company, row.role, row.candidate_email)
        card = Card(
            id=process.id,
            group=group,
            candidate=row.candidate,
            position=f"{row.role} at {row.company}" if row.role else row.company,
            client=row.client,
            recruiter=row.recruiter,
            status=row.status,
            next_step=row.next_step,
            why=why,
            waiting="" if process.status.closed else age_words(now - since),
            rounds=rounds,
            pending=_pending_words(r for r in pending if r.process == process.id),
            paused=process.status == ProcessStatus.PAUSED,
            closed=process.status.closed,
            has_draft=process.draft is not None,
            current_round=process.current.number if process.rounds else 0,
            search_text=" ".join(words).lower(),
        )
        if filters.keep(card, process):
            groups[group].append((since, card))
    # Longest waiting first within a group: the card that most needs a look.
    ordered = tuple(
        (key, title, tuple(card for _, card in sorted(groups[key], key=lambda pair: pair[0])))
        for key, title in GROUPS
    )
    return Board(
        groups=ordered,
        total=sum(len(cards) for _, _, cards in ordered),
        recruiters=tuple(sorted({p.recruiter.email for p in processes})),
        clients=tuple(sorted({c.name for p in processes for c in p.clients})),
        statuses=tuple(s.value for s in ProcessStatus),
        quarantined=tuple(quarantined) if admin else (),
    )
