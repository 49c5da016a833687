"""Public holidays by country, computed by rule: the date a named holiday falls on in a year.

Pure: a holiday's name (folded: lower case, no accents), a country and a year in, a date out;
no table of years and no clock. Each holiday is a fixed date, the nth weekday of a month, the
weekday before a date, or an offset from Easter Sunday; its rule depends on the country ("Labor
Day" is the first Monday of September in the US and Canada, "Tag der Arbeit" the first of May;
Thanksgiving is November's fourth Thursday in the US and October's second Monday in Canada). A
name a country does not keep, or keeps on days that differ by state or region (Australia's
Labour Day, a Land's own holidays), gives no date: the reader then knows it cannot place it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

Rule = Callable[[int], date]

# The country whose holidays a sender keeps, by their known time zone (the prefix of an IANA
# name); Canada's and the US's zones are listed whole, the rest by city
_ZONE_COUNTRY = {
    "America/Toronto": "CA",
    "America/Montreal": "CA",
    "America/Vancouver": "CA",
    "America/Edmonton": "CA",
    "America/Winnipeg": "CA",
    "America/Halifax": "CA",
    "America/St_Johns": "CA",
    "America/Regina": "CA",
    "America/Moncton": "CA",
    "America/New_York": "US",
    "America/Chicago": "US",
    "America/Denver": "US",
    "America/Phoenix": "US",
    "America/Los_Angeles": "US",
    "America/Anchorage": "US",
    "America/Detroit": "US",
    "Pacific/Honolulu": "US",
    "Europe/London": "GB",
    "Europe/Dublin": "IE",
    "Asia/Kolkata": "IN",
    "Asia/Calcutta": "IN",
    "Africa/Johannesburg": "ZA",
    "Europe/Paris": "FR",
    "Europe/Brussels": "BE",
    "Europe/Zurich": "CH",
    "Europe/Berlin": "DE",
    "Europe/Vienna": "AT",
    "Europe/Madrid": "ES",
    "Atlantic/Canary": "ES",
    "America/Mexico_City": "MX",
    "America/Monterrey": "MX",
    "America/Argentina/Buenos_Aires": "AR",
    "America/Buenos_Aires": "AR",
    "America/Santiago": "CL",
    "America/Lima": "PE",
    "Europe/Lisbon": "PT",
    "America/Sao_Paulo": "BR",
    "America/Bahia": "BR",
    "America/Fortaleza": "BR",
    "America/Recife": "BR",
    "America/Manaus": "BR",
}


def country_of(zone: str) -> str | None:
    """The country of a sender's time zone; Australia's zones are all one country here."""
    if zone.startswith("Australia/"):
        return "AU"
    return _ZONE_COUNTRY.get(zone)


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _fixed(month: int, day: int) -> Rule:
    return lambda year: date(year, month, day)


def _nth(month: int, weekday: int, n: int) -> Rule:
    """The nth `weekday` (Monday 0) of `month`; n = -1 for the last."""

    def rule(year: int) -> date:
        if n > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)

    return rule


def _before(month: int, day: int, weekday: int) -> Rule:
    """The last `weekday` strictly before a date (Victoria Day: the Monday before 25 May)."""

    def rule(year: int) -> date:
        limit = date(year, month, day) - timedelta(days=1)
        return limit - timedelta(days=(limit.weekday() - weekday) % 7)

    return rule


def _easter(offset: int) -> Rule:
    return lambda year: easter(year) + timedelta(days=offset)


MON, TUE, THU = 0, 1, 3
_ALL = "*"  # every country that keeps the day under that name
_US_CA = ("US", "CA")

# Each holiday by its names (folded), then its rule by country: the countries that keep it on
# that rule (a name heard in another country, "Thanksgiving" in London, gives no date)
_HOLIDAYS: tuple[tuple[str, dict[str | tuple[str, ...], Rule]], ...] = (
    (r"thanksgiving(?:\s+day)?", {"US": _nth(11, THU, 4), "CA": _nth(10, MON, 2)}),
    (r"labou?r\s+day|fete\s+du\s+travail", {_US_CA: _nth(9, MON, 1)}),
    (r"memorial\s+day", {"US": _nth(5, MON, -1)}),
    (r"presidents'?\s+day", {"US": _nth(2, MON, 3)}),
    (r"mlk(?:\s+day)?|martin\s+luther\s+king(?:\s+jr\.?)?(?:\s+day)?", {"US": _nth(1, MON, 3)}),
    (r"columbus\s+day", {"US": _nth(10, MON, 2)}),
    (r"juneteenth", {"US": _fixed(6, 19)}),
    (r"independence\s+day|(?:4th|fourth)\s+of\s+july", {"US": _fixed(7, 4), "IN": _fixed(8, 15)}),
    (r"veterans'?\s+day|remembrance\s+day|armistice", {_ALL: _fixed(11, 11)}),
    (r"victoria\s+day|fete\s+des\s+patriotes|fete\s+de\s+la\s+reine", {"CA": _before(5, 25, MON)}),
    (r"canada\s+day|fete\s+du\s+canada", {"CA": _fixed(7, 1)}),
    (r"civic\s+holiday", {"CA": _nth(8, MON, 1)}),
    (
        r"saint-jean(?:-baptiste)?|st-jean|saint\s+jean|fete\s+nationale",
        {"CA": _fixed(6, 24), "FR": _fixed(7, 14), "BE": _fixed(7, 21), "CH": _fixed(8, 1)},
    ),
    (r"boxing\s+day", {("GB", "IE", "CA", "AU", "ZA"): _fixed(12, 26)}),
    (r"(?:melbourne\s+)?cup\s+day|melbourne\s+cup", {"AU": _nth(11, TUE, 1)}),
    (r"anzac\s+day", {"AU": _fixed(4, 25)}),
    (r"australia\s+day", {"AU": _fixed(1, 26)}),
    (r"(?:early\s+)?may\s+(?:day\s+)?bank\s+holiday", {("GB", "IE"): _nth(5, MON, 1)}),
    (r"spring\s+bank\s+holiday", {"GB": _nth(5, MON, -1)}),
    (r"(?:august|summer)\s+bank\s+holiday", {"GB": _nth(8, MON, -1), "IE": _nth(8, MON, 1)}),
    (
        r"good\s+friday|karfreitag|vendredi\s+saint|viernes\s+santo|sexta-feira\s+santa",
        {_ALL: _easter(-2)},
    ),
    (
        r"(?:maundy|holy)\s+thursday|grundonnerstag|jueves\s+santo|quinta-feira\s+santa",
        {_ALL: _easter(-3)},
    ),
    (r"easter\s+monday|ostermontag|lundi\s+de\s+paques|lunes\s+de\s+pascua", {_ALL: _easter(1)}),
    (r"ascension(?:\s+day)?|christi\s+himmelfahrt|auffahrt|ascensao", {_ALL: _easter(39)}),
    (r"whit\s+monday|pfingstmontag|lundi\s+de\s+pentecote", {_ALL: _easter(50)}),
    (r"corpus\s+christi|fronleichnam|fete-dieu", {_ALL: _easter(60)}),
    (r"easter(?:\s+sunday)?|ostern|ostersonntag|paques|pascoa", {_ALL: _easter(0)}),
    # (in Chile, as in Christmas greetings everywhere, "Pascua" is Christmas too)
    (r"pascua", {("ES", "MX", "AR", "PE"): _easter(0)}),
    (r"holy\s+week|karwoche|semaine\s+sainte|semana\s+santa", {_ALL: _easter(-2)}),
    (r"carnival|carnaval|karneval|fasching", {_ALL: _easter(-47)}),
    (r"rosenmontag", {_ALL: _easter(-48)}),
    (r"mardi\s+gras|shrove\s+tuesday|(?:faschings|fastnachts)dienstag", {_ALL: _easter(-47)}),
    (
        r"ash\s+wednesday|aschermittwoch|mercredi\s+des\s+cendres|miercoles\s+de\s+ceniza"
        r"|quarta-feira\s+de\s+cinzas",
        {_ALL: _easter(-46)},
    ),
    (r"toussaint|allerheiligen|todos\s+los\s+santos|todos\s+os\s+santos", {_ALL: _fixed(11, 1)}),
    (r"finados", {"BR": _fixed(11, 2)}),
    (r"tag\s+der\s+(?:deutschen\s+)?einheit", {"DE": _fixed(10, 3)}),
    (r"reformationstag", {"DE": _fixed(10, 31)}),
    (r"nationalfeiertag|bundesfeier(?:tag)?", {"AT": _fixed(10, 26), "CH": _fixed(8, 1)}),
    (r"mari[ae]?\s+himmelfahrt|assomption|(?:la\s+)?asuncion|assuncao", {_ALL: _fixed(8, 15)}),
    (
        r"mari[ae]?\s+empfangnis|inmaculada(?:\s+concepcion)?|imaculada(?:\s+conceicao)?",
        {_ALL: _fixed(12, 8)},
    ),
    (
        r"tag\s+der\s+arbeit|dia\s+del\s+trabaj(?:o|ador)|dia\s+do\s+trabalh(?:o|ador)",
        {_ALL: _fixed(5, 1)},
    ),
    (
        r"(?:dia\s+de\s+la\s+)?hispanidad|fiesta\s+nacional|(?:fiesta|virgen|puente)\s+del\s+pilar",
        {"ES": _fixed(10, 12)},
    ),
    (r"dia\s+de\s+la\s+constitucion", {"ES": _fixed(12, 6)}),
    (r"tiradentes", {"BR": _fixed(4, 21)}),
    (r"consciencia\s+negra", {"BR": _fixed(11, 20)}),
    (r"proclamacao\s+da\s+republica", {"BR": _fixed(11, 15)}),
    (r"dia\s+de\s+portugal", {"PT": _fixed(6, 10)}),
    (r"christmas(?:\s+day)?|weihnachten|noel|navidad|natal", {_ALL: _fixed(12, 25)}),
    (r"new\s+year'?s(?:\s+day)?|neujahr|jour\s+de\s+l'an|ano\s+nuevo", {_ALL: _fixed(1, 1)}),
)
# one pattern of every name, its branches in order, so a match says which holiday it is
NAME = "|".join(f"(?:{names})" for names, _ in _HOLIDAYS)
_EACH = tuple(re.compile(rf"(?:{names})$") for names, _ in _HOLIDAYS)


def holiday_date(name: str, country: str, year: int) -> date | None:
    """The day the holiday `name` (folded, as `NAME` matched it) falls on in `year` in
    `country`, or None when that country does not keep it under that name."""
    for pattern, (_, rules) in zip(_EACH, _HOLIDAYS, strict=True):
        if pattern.match(name) is None:
            continue
        for keepers, rule in rules.items():
            if keepers in (_ALL, country) or (isinstance(keepers, tuple) and country in keepers):
                return rule(year)
        return None
    return None


def next_holiday(name: str, country: str, since: date) -> date | None:
    """The holiday's first day on or after `since`."""
    for year in (since.year, since.year + 1):
        day = holiday_date(name, country, year)
        if day is not None and day >= since:
            return day
    return None
