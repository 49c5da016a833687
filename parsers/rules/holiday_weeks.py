"""A week told by a public holiday ("the week after Labor Day", "die Woche nach dem
Nationalfeiertag"), written back as the week of its Monday's date, which the time reader reads.

The holiday is dated by the calendar of the sender's country (`holiday_calendar`, from the
context's time zone); a holiday that country does not keep, or an unknown country, leaves the
words as they are, so the reply still goes to a person (`week_undated`). The text
keeps its length: every span read later still points at the words the sender wrote.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from parsers.rules.intents import fold
from parsers.time.holiday_calendar import NAME, country_of, next_holiday

# what ties the week to the holiday, by language: the week the holiday falls in, the week after
# it or the week before it
_OF, _AFTER, _BEFORE = 0, 7, -7
_SATURDAY = 5
_RELATION = (
    r"(?P<en>week\s+(?:(?P<en_of>of)|(?P<en_after>after|following)|before)\s+(?:the\s+)?)"
    r"|(?P<fr>semaine\s+(?:(?P<fr_of>du\s+|de\s+la\s+|de\s+l'|de\s+)"
    r"|(?P<fr_after>(?:d')?apres\s+|qui\s+suit\s+)|avant\s+)(?:la\s+|le\s+|l')?)"
    r"|(?P<de>woche\s+(?:(?P<de_of>vom|von|um)|(?P<de_after>nach)|vor)\s+(?:dem\s+|den\s+|der\s+)?)"
    r"|(?P<es>semana\s+(?:(?P<es_of>del|de\s+la|de)|(?P<es_after>despues\s+de(?:l|\s+la)?"
    r"|siguiente\s+a(?:l|\s+la)?|posterior\s+a(?:l|\s+la)?)|antes\s+de(?:l|\s+la)?)\s+)"
    r"|(?P<pt>semana\s+(?:(?P<pt_of>d[oa]|de)|(?P<pt_after>depois\s+d[oa]|seguinte\s+a[oa]?"
    r"|apos\s+[oa])|antes\s+d[oa])\s+)"
)
_WEEK = re.compile(
    rf"(?<!\w)(?:(?:{_RELATION})(?P<name>{NAME})|(?P<name_first>{NAME})\s+week)(?!\w)"
)
_CHEAP = re.compile(r"(?i)week|semaine|woche|semana")
_MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul agosto sep oct nov dic",
    "pt": "jan fev mar abr maio jun jul ago set out nov dez",
}
_WRITTEN = {
    "en": "week of {d} {m}",
    "fr": "semaine du {d} {m}",
    "de": "Woche vom {d}.{n}.",
    "es": "semana del {d} de {m}",
    "pt": "semana de {d} de {m}",
}


def dated_weeks(text: str, today: date, zone: str) -> str:
    """`text` with each week told by a holiday of the sender's country written by its date."""
    country = country_of(zone)
    if country is None or _CHEAP.search(text) is None:
        return text
    folded = fold(text)
    out = text
    for m in _WEEK.finditer(folded):
        lang = next((g for g in ("en", "fr", "de", "es", "pt") if m.group(g)), "en")
        shift = _OF
        if m.group(lang) and not m.group(f"{lang}_of"):
            shift = _AFTER if m.group(f"{lang}_after") else _BEFORE
        name = m.group("name") or m.group("name_first")
        monday = _monday(name, country, today, shift)
        if monday is None:
            continue
        month = _MONTHS[lang].split()[monday.month - 1] if lang in _MONTHS else ""
        written = _WRITTEN[lang].format(d=monday.day, m=month, n=f"{monday.month:02d}")
        if len(written) > m.end() - m.start():
            continue
        if text[m.start()].islower():
            written = written[0].lower() + written[1:]
        else:
            written = written[0].upper() + written[1:]
        out = out[: m.start()] + written.ljust(m.end() - m.start()) + out[m.end() :]
    return out


def _monday(name: str, country: str, today: date, shift: int) -> date | None:
    """The Monday of the week told, the first such week not over by `today`."""
    since = today - timedelta(days=14)
    for _ in range(2):
        day = next_holiday(name, country, since)
        if day is None:
            return None
        monday = day - timedelta(days=day.weekday())
        if day.weekday() >= _SATURDAY:
            # a holiday on a weekend ends its week: the week "of" Easter is Holy Week or the
            # week after, and the week "before" it is the one it ends
            if shift == _OF:
                return None
            shift = max(shift, _OF)
        monday += timedelta(days=shift)
        if monday + timedelta(days=4) >= today:
            return monday
        since = day + timedelta(days=1)
    return None


# the sender's own event after the words that tie a week to it ("the week after my holiday",
# "la semaine après mes congés", "die Woche nach meinem Umzug", "la semana después de mi viaje",
# "a semana depois das minhas férias"): no calendar dates it
_OWN = (
    r"(?:my|our|his|her|their|mes|mon|ma|nos|notre|ses|son|sa|mein\w*|unser\w*|sein\w*|ihr\w*"
    r"|mis|mi|nuestr\w*|sus|su|meu|minha|meus|minhas|noss[oa]s?|seus?|suas?|as\s+minhas"
    r"|os\s+meus|as\s+nossas|os\s+nossos)(?!\w)"
)
_OWN_WEEK = re.compile(rf"(?<!\w)(?:{_RELATION}){_OWN}")


def week_undated(folded: str) -> bool:
    """A week told by a holiday the calendar could not place in the sender's country, or by
    the sender's own event: which week the reply means, the reader cannot tell."""
    if _CHEAP.search(folded) is None:
        return False
    return _WEEK.search(folded) is not None or _OWN_WEEK.search(folded) is not None
