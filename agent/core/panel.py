"""A round's client-side panel changed by the client: "also invite my colleague Carol
<carol@acme.test>" adds, "Dana can't make it" removes.

Only people at the sender's own domain can be added (never at a public mail provider's);
anyone else goes to the recruiter. A booked round's invite follows at once: RFC 5546
3.2.2 (a REQUEST with SEQUENCE + 1 to the attendees, a first REQUEST to the new one)
and 3.2.5 (a CANCEL naming only the attendee who leaves).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from agent.core.actions import Email, Reply
from agent.core.kickoff import clean
from agent.core.lifecycle import Outcome_, Policy, invite_emails, note, side_people, tell_recruiter
from agent.core.place_change import BOOKED, send_update
from agent.core.process import Party, Person, Process, Round, RoundStatus
from agent.core.trust import public_mail_domain
from parsers.mail.addresses import body_addresses

_OPEN = (RoundStatus.REQUESTED, RoundStatus.PROPOSED, *BOOKED)
_ADD = re.compile(
    r"\b(?:also\s+invite|invite\s+also|please\s+(?:also\s+)?(?:add|include|invite|loop\s+in)"
    r"|add\s+(?:my\s+)?colleague|loop\s+in|cc\s+my\s+colleague"
    r"|invitez\s+aussi|inviter\s+aussi|ajoutez|invita\s+tambi[ée]n|invitar\s+tambi[ée]n"
    r"|a[ñn]ade|auch\s+einladen|laden\s+sie\s+auch|hinzuf[üu]gen|convide\s+tamb[ée]m"
    r"|convidar\s+tamb[ée]m|adicione|inclua)\b",
    re.I,
)
_AWAY = re.compile(
    r"\b(?:can(?:no|')?t\s+make\s+it|cannot\s+make\s+it|can[’]t\s+make\s+it"
    r"|won'?t\s+be\s+able\s+to\s+(?:join|attend|make\s+it)|is\s+no\s+longer\s+(?:joining|available)"
    r"|will\s+not\s+(?:join|attend)|ne\s+pourra\s+(?:\w+\s+)?pas\s+(?:participer|[êe]tre\s+pr[ée]sent)"
    r"|no\s+podr[áa]\s+(?:asistir|participar)|kann\s+(?:\w+\s+)?nicht\s+(?:teilnehmen|dabei\s+sein)"
    r"|n[ãa]o\s+poder[áa]\s+(?:participar|comparecer))\b",
    re.I,
)
# "Dana can't make it on Tuesday" moves the interview, it does not drop Dana: a sentence
# that names a day or an hour is left to the reply's own reading.
_WHEN = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|tomorrow|tonight|morning|afternoon"
    r"|lundi|mardi|mercredi|jeudi|vendredi|demain|lunes|martes|mi[ée]rcoles|jueves|viernes"
    r"|ma[ñn]ana|montag|dienstag|mittwoch|donnerstag|freitag|morgen|segunda|ter[çc]a|quarta"
    r"|quinta|sexta|amanh[ãa])\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm|h)\b",
    re.I,
)
_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n+")


@dataclass(frozen=True, slots=True)
class PanelChange:
    """Who a client's mail adds (name, address) and which interviewers it says are away."""

    add: tuple[tuple[str, str], ...]
    away: tuple[Person, ...]


def read_panel_change(text: str, panel: tuple[Person, ...]) -> PanelChange | None:
    """The adds and removals a mail asks for, or None when it asks for neither."""
    add: list[tuple[str, str]] = []
    away: list[Person] = []
    for sentence in _SENTENCES.split(text):
        if _ADD.search(sentence):
            add += [(clean(name), email) for name, email in body_addresses(sentence)]
        if _AWAY.search(sentence) and not _WHEN.search(sentence):
            away += [p for p in panel if _named(p, sentence) and p not in away]
    return PanelChange(tuple(add), tuple(away)) if add or away else None


def on_panel(
    process: Process, rnd: Round, side: str, event: Reply, now: datetime, policy: Policy
) -> Outcome_ | None:
    """Apply a client's panel change to the current round; None if the mail asks for none."""
    if side != Party.CLIENT or rnd.status not in _OPEN:
        return None
    panel = side_people(process, rnd, Party.CLIENT)
    change = read_panel_change(event.text, panel)
    if change is None:
        return None
    sender = process.person(event.sender)
    assert sender is not None
    domain = sender.email.rpartition("@")[2]
    known = {p.email for p in panel}
    fresh: list[Person] = []
    outsiders: list[str] = []
    for name, email in change.add:
        if email in known or email in {p.email for p in fresh}:
            continue
        if public_mail_domain(domain) or email.rpartition("@")[2] != domain:
            outsiders.append(f"{name} <{email}>" if name else email)
            continue
        fresh.append(Person(name=name or email, email=email, zone=sender.zone))
    away = [p for p in change.away if p.email not in {f.email for f in fresh}]
    if len(away) >= len(panel) + len(fresh):
        outsiders.append("removing every interviewer")
        away = []
    told: list[Email] = []
    if outsiders:
        told.append(
            tell_recruiter(
                process,
                policy,
                "panel_refused",
                sender=sender.name,
                round=str(rnd.number),
                refused=", ".join(outsiders),
                text=event.text,
            )
        )
    if not fresh and not away:
        return process, told
    kept = tuple(p for p in panel if p not in away)
    return _apply(process, rnd, (*kept, *fresh), tuple(fresh), tuple(away), now, policy, told)


def _apply(
    process: Process,
    rnd: Round,
    panel: tuple[Person, ...],
    fresh: tuple[Person, ...],
    away: tuple[Person, ...],
    now: datetime,
    policy: Policy,
    told: list[Email],
) -> Outcome_:
    names = ", ".join(p.name for p in panel)
    before = rnd
    rnd = rnd.model_copy(update={"interviewers": panel})
    process = note(process.with_round(rnd), f"Interview #{rnd.number} panel: {names}", now)
    emails: list[Email] = []
    if rnd.status in BOOKED and rnd.slot is not None:
        if away:
            # The CANCEL names only those who leave, at the new SEQUENCE (RFC 5546 3.2.5).
            leaving = before.model_copy(
                update={"interviewers": away, "sequence": before.sequence + 1}
            )
            emails += invite_emails(
                process.with_round(leaving), leaving, "CANCEL", policy, "removed", to=away
            )
        process, updates = send_update(process, rnd, policy, fresh=fresh)
        emails += updates
    parts = [f"added {', '.join(p.name for p in fresh)}" if fresh else ""]
    parts.append(f"removed {', '.join(p.name for p in away)}" if away else "")
    did = " and ".join(p for p in parts if p)
    update = tell_recruiter(
        process, policy, "panel_changed", did=did, round=str(rnd.number), names=names
    )
    return process, [*emails, *told, update]


def _named(person: Person, sentence: str) -> bool:
    """`person` is named in `sentence` by address, full name or first name."""
    words = person.name.split()
    names = [person.email, " ".join(words), *(words[:1] if words else [])]
    return any(n and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", sentence, re.I) for n in names)
