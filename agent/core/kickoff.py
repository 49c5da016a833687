"""Reading a recruiter's kickoff email: who is the candidate and who the client, role and round."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from agent.core.clients import PERSONAL, calendar_problem, name_and_address
from agent.core.place import Place
from agent.core.roundinfo import PLACE_LABELS, meeting_link, read_place
from agent.core.zones import zone_for, zone_mentions
from parsers.mail.addresses import EMAIL, body_addresses
from parsers.model import Address

CANDIDATE, CLIENT = "candidate", "client"
# Problems only the recruiter can fix: no model reading of the kickoff changes them.
RECRUITER_FIXES = (("place",), ("calendar",), ("timezone",))
DEFAULT_MINUTES = 60
DROP = "none"  # `Calendar: dana@acme.example none` on a running process drops that line
_CAP = 100
_OFFERED = 5  # addresses from forwarded text offered back in one kickoff question

# The lookbehind starts a match only at the start of a token: without it a long run of
# letters costs quadratic time looking for an "@" that is not there.
_LABEL_KEYS = {
    "candidate": CANDIDATE,
    "client": CLIENT,
    "clients": CLIENT,
    "hiring manager": CLIENT,
    "hiring managers": CLIENT,
    "interviewer": CLIENT,
    "interviewers": CLIENT,
    "company": "company",
    "client company": "company",
    "role": "role",
    "position": "role",
    "job title": "role",
    "round": "round",
    "interview round": "round",
    "duration": "duration",
    "length": "duration",
    "timezone": "timezone",
    "candidate timezone": "candidate timezone",
    "client timezone": "client timezone",
    "calendar": "calendar",
    "calendars": "calendar",
} | {key: f"place {name}" for key, name in PLACE_LABELS.items()}
_LABEL = re.compile(
    r"^[ \t>*•-]*("
    + "|".join(
        k.replace(" ", r"[ \t]+").replace("timezone", r"time[ \t]*zone")
        for k in sorted(_LABEL_KEYS, key=len, reverse=True)
    )
    + r")[ \t]*:[ \t]*(.*?)[ \t]*$",
    re.I | re.M,
)
_BRACKETED = re.compile(r"[<(\[]([^<>()\[\]]*)[>)\]]")
_LIST_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+(?:and|&)\s+")
# Clauses, so that "Jane is the candidate and Bob the hiring manager" pins each cue to its own name.
_CLAUSE = re.compile(r"(?<=[.!?;])\s+|\n\s*\n|\s+(?:and|but|while|whereas)\s+")
_CUES = (
    (CANDIDATE, re.compile(r"\b(?:candidates?|applicants?)\b", re.I)),
    (
        CLIENT,
        re.compile(
            r"\b(?:hiring\s+managers?|interviewers?|clients?|head\s+of|team\s+lead"
            r"|engineering\s+manager|founder|(?-i:CTO|CEO|VP))\b",
            re.I,
        ),
    ),
)
_AT_COMPANY = re.compile(r"\bat\s+([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&))*)")
_WORD = r"[\w/&+#'’-]+"
_DETERMINER = r"(?:the|your|their|our|this|an?)\b"
# Words after a determiner, up to "role"/"opening", never across another determiner:
# in "the candidate I mentioned for your Backend Engineer opening" the role is the last three.
_ROLE = re.compile(
    rf"\b{_DETERMINER}\s+((?:(?!{_DETERMINER}){_WORD}\s+){{0,6}}?(?!{_DETERMINER}){_WORD})"
    r"\s+(?:role|position|opening|vacancy)\b",
    re.I,
)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_ORDINALS |= {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
_ROUND = re.compile(
    r"\bround\s*(?:#|no\.?)?\s*(\d{1,2}|one|two|three|four|five)\b"
    r"|\binterview\s*#\s*(\d{1,2})\b"
    r"|\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:round|interview)\b",
    re.I,
)
_DURATION = re.compile(
    r"\b(\d+(?:\.\d+)?|an?|one|two|half\s+an?)\s*-?\s*(hours?|hrs?|h|minutes?|mins?|m)\b"
    r"(?:\s*(?:and\s*)?(\d+)\s*(?:minutes?|mins?|m)\b)?",
    re.I,
)
_UNCLEAR = {
    (CANDIDATE,): "I could not tell who the candidate is.",
    (CLIENT,): "I could not tell who the client contact is.",
    (CANDIDATE, CLIENT): "I could not tell who the candidate and the client contact are.",
}
_AMOUNTS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0}


@dataclass(frozen=True, slots=True)
class Person:
    """Someone named in a kickoff; `email` lower case, `zone` IANA when a place was given."""

    name: str
    email: str
    zone: str | None = None


@dataclass(frozen=True, slots=True)
class Kickoff:
    """What a recruiter asked for: a candidate, the client's people, the role and the round."""

    candidate: Person
    clients: tuple[Person, ...]
    company: str  # "" when not stated
    role: str  # "" when not stated
    round: int | None  # None when not stated: the agent counts on from the tracker
    duration_minutes: int
    recruiter: Person
    place: Place = field(
        default_factory=Place
    )  # format, link, address, phone: only from the recruiter's own text
    duration_stated: bool = True  # False: `duration_minutes` is DEFAULT_MINUTES, not said
    # `Calendar:` lines: (client-side address or the client's domain, spec such as google:…)
    calendars: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class KickoffProblem:
    """What could not be told from a kickoff; `message` is put to the recruiter as is."""

    missing: tuple[str, ...]
    message: str
    # What was understood, as the labelled form's (label, value) lines; "" where unknown.
    understood: tuple[tuple[str, str], ...] = ()

    def form(self) -> str:
        """The labelled form filled with what was understood, for the recruiter to complete."""
        return "\n".join(f"{label}: {value}".rstrip() for label, value in self.understood)


def clean(value: str) -> str:
    """Text from mail made safe to reuse: no control or format characters, one line, capped."""
    kept = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in value)
    return " ".join(kept.split())[:_CAP].rstrip()


def read_kickoff(
    text: str,
    *,
    sender: Address,
    to: Sequence[Address],
    cc: Sequence[Address],
    subject: str,
    agent_address: str,
    forwarded: str = "",
) -> Kickoff | KickoffProblem:
    """Read a kickoff in the labelled form ("Candidate: …") or as a free-text introduction.

    `text` is the recruiter's own new text, above any quote or forward marker: labels, roles
    and addresses come only from it and the headers. Addresses only in `forwarded` (the
    whole body, quotes included) are someone else's words: a KickoffProblem offers them back
    to the recruiter to confirm, and they are never used directly.

    Labels win over prose. Roles in prose come from cues next to a name ("the candidate",
    "hiring manager"); one unlabelled person is placed by elimination only when the other
    role is known. Anything less certain is a KickoffProblem, never a guess.
    """
    labels = _labels(text)
    prose = _LABEL.sub("", text)
    recruiter = Person(_name(sender.name), sender.email.lower())
    pool = _Pool(skip={_mailbox(recruiter.email), _mailbox(agent_address)})
    for address in (*to, *cc):
        pool.add(address.email, address.name)
    # A `Calendar:` line's address says whose calendar it is; it names nobody new.
    for written, address_in_body in body_addresses(_without_calendars(text)):
        pool.add(address_in_body, written)

    roles: dict[str, set[str]] = {}
    unfound: dict[str, list[str]] = {CANDIDATE: [], CLIENT: []}
    for role in (CANDIDATE, CLIENT):
        for name, email, zone in _people(labels.get(role, [])):
            found = email or pool.find(name)
            if found:
                # A name matched to a header keeps the header's fuller name ("Jane" -> "Jane Doe").
                pool.add(found, name, override=email is not None)
            if found not in pool.names:  # no address, or the recruiter's or the agent's own
                unfound[role].append(name or email or "")
                continue
            pool.zone(found, zone, rank=0)
            roles.setdefault(found, set()).add(role)
    # "Client: Acme" beside "Client: Bob <bob@acme.example>" names the company, not a person.
    named_company = [
        n for n in unfound[CLIENT] if "@" not in n and any(CLIENT in r for r in roles.values())
    ]
    unfound[CLIENT] = [n for n in unfound[CLIENT] if n not in named_company]

    clauses = [c for c in _CLAUSE.split(prose) if c.strip()]
    _read_cues(clauses, pool, roles)
    chosen = _assign(roles, pool.names)
    scan = f"{prose}\n\n{subject}"
    if isinstance(chosen, KickoffProblem) or unfound[CANDIDATE] or unfound[CLIENT]:
        clients = [e for e, r in roles.items() if CLIENT in r]
        company, role, number, minutes = _details(
            labels, named_company, clauses, pool, clients, scan
        )
        # Echo the recruiter's own people, never an example: placed ones with their address,
        # labelled ones we found no address for by name alone.
        echoed = {
            side: [_written(pool.person(e, prose)) for e, r in roles.items() if side in r]
            + [clean(name) for name in unfound[side]]
            for side in (CANDIDATE, CLIENT)
        }
        understood = (
            ("Candidate", ", ".join(echoed[CANDIDATE])),
            ("Client", ", ".join(echoed[CLIENT])),
            ("Company", company),
            ("Role", role),
            ("Round", str(number or "")),
            ("Duration", f"{minutes} minutes" if minutes else ""),
        )
        problem = replace(_problem(chosen, unfound), understood=understood)
        return _offer(problem, forwarded, pool)
    candidate, clients = chosen
    for key, people in (("candidate timezone", [candidate]), ("client timezone", clients)):
        for email in people:
            pool.zone(email, zone_for(_first(labels.get(key, []))), rank=1)
    for email in (candidate, *clients):
        pool.zone(email, zone_for(_first(labels.get("timezone", []))), rank=3)

    company, role, number, minutes = _details(labels, named_company, clauses, pool, clients, scan)
    place = _place(prose, labels, forwarded)
    calendars = read_calendars(labels.get("calendar", []), clients)
    unknown = _unknown_zone(labels)
    if isinstance(place, str) or isinstance(calendars, str) or unknown:
        said: tuple[tuple[str, str], ...] = (
            ("Candidate", _written(pool.person(candidate, prose))),
            ("Client", ", ".join(_written(pool.person(c, prose)) for c in clients)),
            ("Company", company),
            ("Role", role),
            ("Round", str(number or "")),
            ("Duration", f"{minutes} minutes" if minutes else ""),
            ("Format", ""),
            ("Link", ""),
            ("Location", ""),
            ("Calendar", ""),
        )
        if isinstance(place, str):
            return KickoffProblem(("place",), place, said)
        if isinstance(calendars, str):
            return KickoffProblem(("calendar",), calendars, said)
        return KickoffProblem(("timezone",), unknown, said)
    return Kickoff(
        candidate=pool.person(candidate, prose),
        clients=tuple(pool.person(c, prose) for c in clients),
        company=company,
        role=role,
        round=number,
        duration_minutes=minutes or DEFAULT_MINUTES,
        recruiter=recruiter,
        place=place,
        duration_stated=minutes is not None,
        calendars=calendars,
    )


def with_place(kickoff: Kickoff, text: str, forwarded: str = "") -> Kickoff | KickoffProblem:
    """A kickoff another reader placed people for (the LLM), with the place and the
    `Calendar:` lines the rules read in the recruiter's own `text`, or the problem with them."""
    labels = _labels(text)
    place = _place(_LABEL.sub("", text), labels, forwarded)
    if isinstance(place, str):
        return KickoffProblem(("place",), place)
    calendars = read_calendars(labels.get("calendar", []), [c.email for c in kickoff.clients])
    if isinstance(calendars, str):
        return KickoffProblem(("calendar",), calendars)
    return replace(kickoff, place=place, calendars=calendars)


def calendar_labels(text: str) -> list[str]:
    """The values of the `Calendar:` lines in `text`."""
    return _labels(text).get("calendar", [])


def read_calendars(
    values: list[str], clients: Sequence[str], *, dropping: bool = False
) -> tuple[tuple[str, str], ...] | str:
    """Whose calendar is where, from `Calendar:` lines, or what is wrong with one.

    A line is a spec (`google:dana@acme.example`, or `caldav:URL`/`google`/`bookings:ID`
    for everyone at the client's domain) or a person and a spec
    (`Dana <dana@acme.example> caldav:URL`);
    a bare link names no calendar kind and is not read.
    Only the client's side counts: a calendar decides the interviewers' free time.
    With `dropping` (a running process), the spec `none` drops that line: its spec is "".
    """
    domains = {c.rpartition("@")[2] for c in clients}
    found: list[tuple[str, str]] = []
    for value in values:
        if re.fullmatch(r"\s*<?https?://\S+", value):
            continue  # a booking page in a signature ("Calendar: https://calendly.com/…")
        before, _, spec = value.strip().rpartition(" ")
        if dropping and spec.lower() == DROP:
            spec = ""
        elif problem := calendar_problem(spec):
            return f"the calendar line {clean(value)!r}: {problem}"
        named = name_and_address(before.strip(" =:")) if before.strip(" =:") else None
        kind, _, where = spec.partition(":")
        who = named[1] if named else where.lower() if kind in PERSONAL and where else ""
        if before.strip(" =:") and named is None:
            return f"the calendar line {clean(value)!r} names no address before the calendar"
        if not who:
            if len(domains) != 1:
                return f"the calendar line {clean(value)!r} does not say whose calendar it is"
            who = next(iter(domains))
        elif who.rpartition("@")[2] not in domains:
            return (
                f"the calendar line {clean(value)!r} is for {who}, who is not at the client's "
                f"domain ({', '.join(sorted(domains))}); I only read the interviewers' calendars"
            )
        found.append((who, spec))
    return tuple(found)


def _unknown_zone(labels: dict[str, list[str]]) -> str:
    """What is wrong with a labelled time zone no city or IANA name matches, or ""."""
    for key in ("timezone", "candidate timezone", "client timezone"):
        written = _first(labels.get(key, []))
        if written and zone_for(written) is None:
            return (
                f"I do not know the time zone {written[:60]!r} "
                "(write a city or an IANA name such as America/Toronto)"
            )
    return ""


def _without_calendars(text: str) -> str:
    return _LABEL.sub(lambda hit: "" if _key(hit.group(1)) == "calendar" else hit.group(), text)


def _place(prose: str, labels: dict[str, list[str]], forwarded: str) -> Place | str:
    """The round's place from the recruiter's labels and prose, or what is wrong with it.

    A meeting link only the forwarded text holds is the candidate's or the client's
    word, never used: the recruiter is asked to write it themselves.
    """
    given = {k.removeprefix("place "): v[0] for k, v in labels.items() if k.startswith("place ")}
    reading = read_place(prose, given)
    if reading.problems:
        return "; ".join(reading.problems)
    quoted = meeting_link(forwarded)
    if quoted and not reading.place.link and quoted not in prose:
        return (
            f"the forwarded text has a meeting link ({quoted[:80]}); I only use links you "
            "write yourself, so put it in a Link: line above the forward"
        )
    return reading.place


def _details(
    labels: dict[str, list[str]],
    named_company: list[str],
    clauses: list[str],
    pool: _Pool,
    clients: list[str],
    scan: str,
) -> tuple[str, str, int | None, int | None]:
    """Company, role, round and length, labels first; "" or None where not stated."""
    company = _first(labels.get("company", []) + named_company)
    return (
        company or _company(clauses, pool, clients),
        _first(labels.get("role", [])) or _role(scan),
        _round_of(labels.get("round", [])) or _round(scan),
        _duration_of(labels.get("duration", [])) or duration_in(scan),
    )


def _written(person: Person) -> str:
    """A person as the labelled form writes them: `Name <email> (zone)`."""
    name = f"{clean(person.name)} " if person.name else ""
    zone = f" ({person.zone})" if person.zone else ""
    return f"{name}<{person.email}>{zone}"


def _read_cues(clauses: list[str], pool: _Pool, roles: dict[str, set[str]]) -> None:
    """Roles no label gave, and zones, from prose: each cue goes to the name nearest to it."""
    labelled = {r for rs in roles.values() for r in rs}
    for clause in clauses:
        mentions = pool.mentions(clause)
        for role, cue in _CUES:
            hits = [] if role in labelled else cue.finditer(clause)
            for hit in hits:
                if who := _nearest(mentions, hit.start(), hit.end()):
                    roles.setdefault(who, set()).add(role)
        for start, end, zone in zone_mentions(clause):
            if any(s < end and start < e for s, e, _ in mentions):
                continue  # "Austin" in "Austin Lee" is a person, not Chicago time
            # People say "Jane, in New York" and "Jane is based in Paris": look back first.
            before = [m for m in mentions if m[1] <= start]
            who = before[-1][2] if before else _nearest(mentions, start, start)
            if who:
                pool.zone(who, zone, rank=2)


class _Pool:
    """The people a kickoff can be about: their names, zones (best rank wins) and mentions."""

    def __init__(self, skip: set[str]) -> None:
        self.skip = skip
        self.names: dict[str, str] = {}
        self.zones: dict[str, tuple[int, str]] = {}

    def add(self, email: str, name: str, *, override: bool = False) -> None:
        email = email.lower().removeprefix("mailto:")
        if _mailbox(email) in self.skip or not re.fullmatch(EMAIL, email):
            return
        if override or not self.names.get(email):
            self.names[email] = _name(name) or self.names.get(email, "")

    def zone(self, email: str, zone: str | None, *, rank: int) -> None:
        held = self.zones.get(email)
        if zone and email in self.names and (held is None or rank < held[0]):
            self.zones[email] = (rank, zone)

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """Where people are named in `text`; a span that fits two people names nobody."""
        spans: dict[tuple[int, int], set[str]] = {}
        for email, name in self.names.items():
            for variant, flags in _variants(name, email):
                pattern = rf"(?<!\w){re.escape(variant)}(?!\w)"
                for hit in re.finditer(pattern, text, flags):
                    spans.setdefault(hit.span(), set()).add(email)
        taken: list[tuple[int, int, str]] = []
        for (start, end), who in sorted(spans.items(), key=lambda s: s[0][0] - s[0][1]):
            if len(who) == 1 and not any(start < e and s < end for s, e, _ in taken):
                taken.append((start, end, who.pop()))
        return sorted(taken)

    def find(self, name: str) -> str | None:
        named = {who for _, _, who in self.mentions(name)}
        return named.pop() if len(named) == 1 else None

    def person(self, email: str, prose: str) -> Person:
        name = self.names[email] or _name_in(prose, email)
        return Person(name, email, self.zones[email][1] if email in self.zones else None)


def _labels(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for key, value in _LABEL.findall(text):
        if value.strip():
            found.setdefault(_key(key), []).append(value)
    return found


def _key(written: str) -> str:
    return _LABEL_KEYS[re.sub(r"time\s*zone", "timezone", " ".join(written.lower().split()))]


def _people(values: Iterable[str]) -> list[tuple[str, str | None, str | None]]:
    """(name, email, zone) for each person in labelled values such as `Jane <j@x> (Paris)`."""
    people: list[tuple[str, str | None, str | None]] = []
    for value in values:
        for part in _split_top_level(value):
            email = zone = None
            for inner in _BRACKETED.findall(part):
                inner = inner.strip().removeprefix("mailto:")
                if re.fullmatch(EMAIL, inner):
                    email = inner.lower()
                else:
                    zone = zone_for(inner) or zone
            rest = _BRACKETED.sub(" ", part)
            if email is None and (bare := re.search(EMAIL, rest)):
                email, rest = bare.group().lower(), rest.replace(bare.group(), " ")
            name = rest.strip(" \t\"'-–:")
            # "Jane Doe, jane@x.com, Paris": an address or a place alone belongs to the last name.
            if people and not name and email and people[-1][1] is None:
                people[-1] = (people[-1][0], email, zone or people[-1][2])
            elif people and email is None and (place := zone_for(name)) and not people[-1][2]:
                people[-1] = (people[-1][0], people[-1][1], place)
            elif name or email:
                people.append((name, email, zone))
    return people


def _split_top_level(value: str) -> list[str]:
    """Split a list of people on commas, semicolons and "and", but not inside <…> or (…)."""
    parts, depth, start = [], 0, 0
    for hit in re.finditer(rf"[<(\[]|[>)\]]|{_LIST_SEPARATOR.pattern}", value):
        mark = hit.group()
        if mark in "<([":
            depth += 1
        elif mark in ">)]":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(value[start : hit.start()])
            start = hit.end()
    return [p for p in (*parts, value[start:]) if p.strip()]


def _mailbox(email: str) -> str:
    # agent+r7k2@ and agent@ are the same mailbox.
    local, _, domain = email.lower().partition("@")
    return f"{local.split('+')[0]}@{domain}"


def _name(value: str) -> str:
    name = clean(value.strip(" \"'"))
    if "@" in name:
        return ""
    # Outlook writes "Doe, Jane"; people write "Jane Doe".
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        name = f"{first} {last}".strip()
    return name


def _variants(name: str, email: str) -> list[tuple[str, re.RegexFlag]]:
    """How a person may be named in prose: full name (any case), first or last name (as cased)."""
    local = email.partition("@")[0]
    words = name.split() or [w.title() for w in re.split(r"[._+-]", local) if w.isalpha()]
    found = [(" ".join(words), re.I)] if len(words) >= 2 else []
    # Single names keep their case so that "Will" or "May" in a sentence is not a person.
    singles = dict.fromkeys((words[0], words[-1])) if words else {}
    found += [(w, re.NOFLAG) for w in singles if len(w) >= 2]
    return found


def _name_in(prose: str, email: str) -> str:
    """A name for someone known only by address: their first name in the text and the surname."""
    for variant, flags in _variants("", email):
        if hit := re.search(
            rf"(?<!\w){re.escape(variant)}(?:\s+[A-Z][a-z'’-]+)?(?!\w)", prose, flags
        ):
            return clean(hit.group())
    return ""


def _nearest(mentions: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The person named closest to a span; None on a tie between two people."""
    gaps = sorted((max(start - e, s - end, 0), who) for s, e, who in mentions)
    if not gaps or (len(gaps) > 1 and gaps[0][0] == gaps[1][0] and gaps[0][1] != gaps[1][1]):
        return None
    return gaps[0][1]


def _assign(
    roles: dict[str, set[str]], pool: dict[str, str]
) -> tuple[str, list[str]] | KickoffProblem:
    """The candidate and the clients, by label or cue, then by elimination of one person."""
    if any(len(r) > 1 for r in roles.values()):
        return KickoffProblem((CANDIDATE, CLIENT), "")
    candidates = [e for e, r in roles.items() if CANDIDATE in r]
    clients = [e for e, r in roles.items() if CLIENT in r]
    others = [e for e in pool if e not in roles]
    if not candidates and clients and len(others) == 1:
        candidates = others
    elif candidates and not clients and len(others) == 1:
        clients = others
    missing = tuple(r for r, found in ((CANDIDATE, candidates), (CLIENT, clients)) if not found)
    if len(candidates) > 1:
        names = ", ".join(pool[e] or e for e in candidates)
        return KickoffProblem((CANDIDATE,), f"I found more than one candidate ({names}).")
    if missing:
        return KickoffProblem(missing, "")
    return candidates[0], clients


def _problem(
    chosen: tuple[str, list[str]] | KickoffProblem, unfound: dict[str, list[str]]
) -> KickoffProblem:
    missing: list[str] = []
    said: list[str] = []
    if isinstance(chosen, KickoffProblem):
        missing = list(chosen.missing)
        # A role whose labelled name had no address is explained below, not as "unclear".
        unclear = tuple(r for r in chosen.missing if not unfound[r])
        said = [chosen.message or _UNCLEAR[unclear]] if chosen.message or unclear else []
    for role, names in unfound.items():
        said += [f"I could not find an email address for {n}, the {role}." for n in names]
        missing += [role] if names and role not in missing else []
    return KickoffProblem(tuple(missing), " ".join(said))


def _offer(problem: KickoffProblem, forwarded: str, pool: _Pool) -> KickoffProblem:
    """The problem, with the addresses only the forwarded text names offered to confirm."""
    offered: dict[str, str] = {}
    for written, email in body_addresses(forwarded):
        if email not in pool.names and _mailbox(email) not in pool.skip:
            offered.setdefault(email, _name(written))
    if not offered:
        return problem
    people = [f"{name} <{email}>" if name else email for email, name in offered.items()]
    listed = ", ".join(clean(p) for p in people[:_OFFERED])
    more = f" and {len(people) - _OFFERED} more" if len(people) > _OFFERED else ""
    said = (
        f"{problem.message} The forwarded text names {listed}{more}; I only use people you "
        "name yourself, so if one of them is the candidate or the client, write them in your "
        "own words above the forward"
    )
    return replace(problem, message=said.strip())


def _company(clauses: list[str], pool: _Pool, clients: list[str]) -> str:
    """ "at Acme" in a clause about a client, or about nobody; never the candidate's employer."""
    for clause in clauses:
        people = {who for _, _, who in pool.mentions(clause)}
        if people and not people & set(clients):
            continue
        for hit in _AT_COMPANY.finditer(clause):
            name = hit.group(1).rstrip(".,&' ")
            if zone_for(name) is None:
                return clean(name)
    return ""


def _first(values: list[str]) -> str:
    return clean(values[0]) if values else ""


def _role(text: str) -> str:
    hit = _ROLE.search(text)
    return clean(hit.group(1)) if hit else ""


def _round(text: str) -> int | None:
    for hit in _ROUND.finditer(text):
        word = next(g for g in hit.groups() if g).lower()
        number = int(word) if word.isdigit() else _NUMBERS.get(word) or _ORDINALS[word]
        if 1 <= number <= 20:
            return number
    return None


def _round_of(values: list[str]) -> int | None:
    # "2", "#2", "Interview #2" read as "round …"; "second", "2nd" as "… round".
    value = values[0] if values else ""
    return _round(f"round {value}") or _round(f"{value} round")


def duration_in(text: str) -> int | None:
    """The first interview length written in `text` ("45 minutes", "an hour"), in minutes."""
    for hit in _DURATION.finditer(text):
        amount, unit, extra = hit.groups()
        if len(unit) == 1 and not amount[0].isdigit():
            continue  # "am", "ah": a word, not "a m(inute)"
        count = 0.5 if amount.lower().startswith("half") else _AMOUNTS.get(amount.lower())
        value = float(amount) if count is None else count
        minutes = value * 60 if unit.lower().startswith("h") else value
        minutes += int(extra or 0)
        if 10 <= minutes <= 480:
            return round(minutes)
    return None


def _duration_of(values: list[str]) -> int | None:
    value = values[0].strip() if values else ""
    return duration_in(f"{value} minutes" if value.isdigit() else value)


def kickoff_from(read: Mapping[str, Any], *, recruiter: Address, agent: str) -> Kickoff | None:
    """A Kickoff from the fields an LLM read (see parsers.llm.kickoff), or None if incomplete.

    The model's addresses were already checked against the email's text; here they must
    also be two different people, neither of them the agent or the recruiter.
    """
    candidate, client = read.get("candidate_email"), read.get("client_email")
    if not isinstance(candidate, str) or not isinstance(client, str):
        return None
    candidate, client = candidate.lower(), client.lower()
    taken = {_mailbox(agent), recruiter.email.lower()}
    if candidate == client or _mailbox(candidate) in taken or _mailbox(client) in taken:
        return None

    def person(name: Any, email: str, zone: Any) -> Person:
        written = clean(name) if isinstance(name, str) else ""
        return Person(written or email, email, zone if isinstance(zone, str) else None)

    said = read.get("duration_minutes")
    stated = isinstance(said, int) and 10 <= said <= 480
    minutes = said if isinstance(said, int) and stated else DEFAULT_MINUTES
    number = read.get("round")
    return Kickoff(
        candidate=person(read.get("candidate_name"), candidate, read.get("candidate_zone")),
        clients=(person(read.get("client_name"), client, read.get("client_zone")),),
        company=clean(str(read.get("company") or "")),
        role=clean(str(read.get("role") or "")),
        round=number if isinstance(number, int) and 1 <= number <= 10 else None,
        duration_minutes=minutes,
        recruiter=Person(clean(recruiter.name) or recruiter.email, recruiter.email.lower()),
        duration_stated=stated,
    )
