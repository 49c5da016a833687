"""Reading a recruiter's phone note: the standing constraints it gives on one person's times."""

from __future__ import annotations

import re
from datetime import datetime
from itertools import pairwise
from zoneinfo import ZoneInfo

from agent.core.preferences import Preferences, Span
from parsers.time.calc import DAY_END, DAY_START, dates_of, minutes_of
from parsers.time.cues import EXCEPT, NEGATIVE, POST_NEGATIVE
from parsers.time.lex import Atom, lex, masked
from parsers.time.words import ABBREVIATED_WEEKDAYS, WEEKDAYS, alternation

# "Note:", "Phone note:", "Nota:", "Notiz:", "Anotação:" at the top of the message.
LABEL = re.compile(
    r"^\s*(?:phone\s+|call\s+)?(?:notes?|nota|notiz|vermerk|anota(?:ção|cao|ción|cion)|"
    r"remarque|telefonnotiz)\s*:",
    re.I,
)
# Where one constraint ends: commas, semicolons, dashes, sentence ends and contrasts ...
_CLAUSE = re.compile(r"[,;:!?\n—–]|\.(?=\s|$)|\s-\s|(?<!\w)(?:but|pero|mais|aber|mas)(?!\w)", re.I)
# ... and "and" between two constraints of their own ("prefers mornings and can't do
# Fridays"), but not inside one ("Mondays and Tuesdays are out").
_AND = re.compile(r"(?<!\w)(?:and|y|et|und|e)(?!\w)", re.I)
_PREFER = re.compile(
    r"(?<!\w)(?:prefers?|preferably|rather|best|ideally|prefiere|preferible|préfère|"
    r"préférence|lieber|bevorzugt|am\s+liebsten|prefere|preferência)(?!\w)",
    re.I,
)
# Refusals as recruiters write them of someone else, beside the first-person ones of the
# time cues: "she can't", "ne peut pas", "não pode", "kann … nicht" (NEGATIVE has nicht).
_THIRD_PERSON_NO = re.compile(
    r"(?<!\w)(?:no|never|nunca|jamais|ne\s+peut\s+pas|n['’]est\s+pas\s+(?:dispo|libre)\w*|"
    r"não\s+pode|não\s+está|no\s+está|doesn['’]t|does\s+not|isn['’]t|is\s+not|avoid\w*|"
    r"evitar|éviter|vermeiden|sem)(?!\w)",
    re.I,
)
_ONLY = re.compile(r"(?<!\w)(?:only|solo|sólo|seulement|uniquement|nur|apenas|só)(?!\w)", re.I)
_WEEKDAY = re.compile(
    rf"(?<!\w)(?:{alternation(WEEKDAYS)})s?(?!\w)|"
    rf"(?<!\w)(?-i:{'|'.join(sorted(ABBREVIATED_WEEKDAYS, key=len, reverse=True))})s?(?!\w)",
    re.I,
)
# "48 h notice", "2 days' notice", "48 horas de antelación", "préavis de 48 h", "48 Stunden
# Vorlauf".
_NOTICE_WORD = re.compile(
    r"(?<!\w)(?:notice|heads[\s-]up|in\s+advance|ahead|antelación|antecedencia|antecedência|"
    r"aviso|préavis|prévenue?|à\s+l['’]avance|vorlauf\w*|vorher|im\s+voraus|vorankündigung)(?!\w)",
    re.I,
)
_AMOUNT = re.compile(
    r"(?<!\w)(\d{1,3})\s*(?:(h|hrs?|hours?|horas?|heures?|stunden|std)|"
    r"(days?|días?|dias?|jours?|tage?n?|business\s+days?|working\s+days?))(?!\w)",
    re.I,
)
_DAY_MINUTES = 24 * 60


def read_note(text: str, *, now: datetime, zone: str) -> Preferences:
    """The constraints `text` gives on one person's times, read in their `zone`.

    Each clause is read on its own: weekdays ("Fridays", "los viernes", "freitags") and
    dates ruled out, parts of the day and hours ruled out, preferred or the only ones
    ("only after 2pm"), a minimum notice and a zone named on its own (not the zone of
    some hours). Weekdays are read as standing
    ("can't do Friday" in a note about the process means any Friday).
    """
    scan = masked(text)
    atoms = lex(scan)
    today = now.astimezone(ZoneInfo(zone)).date()
    weekdays: list[int] = []
    dates = []
    out: list[Span] = []
    preferred: list[Span] = []
    notice = 0
    zones = []
    for start, end in _clauses(scan, atoms):
        clause = text[start:end]
        inside = [a for a in atoms if start <= a.start < end]
        refused = _refuses(clause)
        days = _WEEKDAY.search(clause) is not None or any(a.kind == "day" for a in inside)
        spans = [s for a in inside if (s := _span(a)) is not None]
        if days and refused:
            # "can't do Friday afternoons" rules the whole Friday out: stricter, never wrong
            weekdays += [_weekday(m.group()) for m in _WEEKDAY.finditer(clause)]
            dates += [
                d
                for a in inside
                if a.kind == "day" and a.day is not None and a.day.kind in ("date", "num", "ord")
                for d in dates_of(a.day, today, zone.startswith("America/"), None)
            ]
        elif days:
            pass  # hours on named days are times offered ("can do Tue 3-5pm"), not a standing rule
        elif refused:
            out += spans
        elif _ONLY.search(clause):
            out += _outside(spans)
        else:
            preferred += spans
        if not days and not spans:
            # "she's on IST" is where she is; "3-5pm IST" only says which zone those hours are in
            zones += [a.zone for a in inside if a.kind == "zone" and a.zone]
        if _NOTICE_WORD.search(clause) and (amount := _AMOUNT.search(clause)):
            notice = int(amount.group(1)) * (1 if amount.group(2) else 24)
    return Preferences(
        weekdays_out=tuple(dict.fromkeys(weekdays)),
        dates_out=tuple(dict.fromkeys(dates)),
        hours_out=tuple(dict.fromkeys(out)),
        hours_preferred=tuple(dict.fromkeys(preferred)),
        notice_hours=notice,
        zone=zones[-1] if zones else None,
    )


def _clauses(scan: str, atoms: list[Atom]) -> list[tuple[int, int]]:
    """Clause spans; a cut inside an atom ("2:30", "a.m.") is none."""
    inside = [m.start() for m in _CLAUSE.finditer(scan)]
    inside = [c for c in inside if not any(a.start < c < a.end for a in atoms)]
    cuts = [0, *inside, len(scan)]
    out = []
    for a, b in pairwise(cuts):
        for start, end in _split_and(scan, a, b):
            if scan[start:end].strip(" ,;.:"):
                out.append((start, end))
    return out


def _split_and(scan: str, start: int, end: int) -> list[tuple[int, int]]:
    ands = [m.start() for m in _AND.finditer(scan, start, end)]
    pieces = [start, *ands, end]
    out, since = [], start
    for i, cut in enumerate(ands, start=1):
        if _cued(scan[since:cut]) and _cued(scan[cut : pieces[i + 1]]):
            out.append((since, cut))
            since = cut
    return [*out, (since, end)]


def _cued(text: str) -> bool:
    return _refuses(text) or any(p.search(text) for p in (_PREFER, _ONLY, _NOTICE_WORD))


def _refuses(clause: str) -> bool:
    return any(p.search(clause) for p in (NEGATIVE, POST_NEGATIVE, EXCEPT, _THIRD_PERSON_NO))


def _weekday(word: str) -> int:
    key = word.lower()
    if key not in WEEKDAYS and key.endswith("s"):
        key = key[:-1]
    if key in WEEKDAYS:
        return WEEKDAYS[key]
    return ABBREVIATED_WEEKDAYS[word if word in ABBREVIATED_WEEKDAYS else word[:-1]]


def _span(atom: Atom) -> Span | None:
    """Hours a time atom names; a single clock time ("at 3") is no constraint on the day."""
    if (
        atom.kind != "time"
        or atom.spec is None
        or atom.spec.kind not in ("range", "part", "after", "before")
    ):
        return None
    if atom.spec.kind == "part" and (atom.spec.start, atom.spec.end) == (DAY_START, DAY_END):
        return None  # "any time", "flexible"
    return minutes_of(atom.spec, 60)


def _outside(spans: list[Span]) -> list[Span]:
    """The hours of the day that none of `spans` covers."""
    out, last = [], 0
    for since, until in sorted(spans):
        if since > last:
            out.append((last, since))
        last = max(last, until)
    if spans and last < _DAY_MINUTES:
        out.append((last, _DAY_MINUTES))
    return out
