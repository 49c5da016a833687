"""Tables of availability (Outlook grids, assistants' schedules) rewritten as one line per offer.

A grid pairs a day with a time band through its row and its column, and says yes or no in a
cell; read as flat text the pairing is lost and a "busy" cell reads as a free day. Each cell
marked free becomes a line "<day> <time>", and a row marked unavailable becomes "<day>:
unavailable", which the time reader reads like any per-day list."""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.time.accents import loose_compile, loosen
from parsers.time.cues import NEGATIVE
from parsers.time.lex import lex, masked

# The marks a cell gives a slot, as a word class in five languages: every way a grid says a
# slot is open, and every way it says the slot is taken (a person's busy word, an event's
# "booked", "complet", "vergeben", "tomado"), with no hours of its own.
_YES_WORDS = (
    r"(?:[✓✔☑✅xX]|yes|y|ja|s[ií]m?|oui|free|frei|libre|livre|ok(?:ay)?|open|offen|aberto"
    r"|abierto|ouvert|fine|good|bien|bom|passt|geht|avail(?:able)?|disponibles?|dispo"
    r"|dispon[ií]ve(?:l|is)|verf[üu]gbar|m[öo]glich|possible|posible|poss[ií]vel)"
)
_YES = loose_compile(rf"^{_YES_WORDS}[.!]?$", re.IGNORECASE)
# (a column's head that opens on one, "Free for a call", "Disponible pour un appel")
_YES_HEAD = loose_compile(rf"^{_YES_WORDS}(?!\w)", re.IGNORECASE)
# A free mark narrowed by hours of its own: "frei ab 14:30", "free from 2:30", "libre à partir
# de 14h", "libre desde las 15", "livre até às 11" (the hours are read in the mark's place)
_YES_HOURS = loose_compile(rf"^{_YES_WORDS}(?!\w)[\s,:;–-]+(\S.*)$", re.IGNORECASE)
_NO = loose_compile(
    r"^(?:[-–—✗✘✕×❌]|no|n|nein|n[ãa]o|non|n/a|busy|belegt|besetzt|vergeben|geblockt|blockiert"
    r"|gebucht|voll|ausgebucht|abwesend|unterwegs|weg|ocupad[oa]s?|reservad[oa]s?"
    r"|bloquead[oa]s?|tomad[oa]s?|comprometid[oa]s?|llen[oa]|cheio|ausente|occup[ée]e?s?"
    r"|pris(?:es?)?|r[ée]serv[ée]e?s?|bloqu[ée]e?s?|complet|absente?|booked|taken|blocked|full"
    r"|reserved|engaged|out|away|off|ooo|tied\s+up|unavailable|indisponibles?"
    r"|indispon[ií]ve(?:l|is)|(?:nicht|kein)\s+(?:verf[üu]gbar|frei|m[öo]glich)"
    r"|not\s+(?:available|free|possible)|no\s+(?:disponible|libre|posible)"
    r"|n[ãa]o\s+(?:dispon[ií]vel|livre|poss[ií]vel)|(?:pas|non)\s+(?:disponible|libre|possible)"
    r"|impossible|imposible|imposs[ií]vel|unm[öo]glich"
    # (a slot called off: "entfällt", "fällt aus", "abgesagt", "cancelled", "annulé",
    # "cancelado", "anulada", "suspendido")
    r"|entf[äa]llt|f[äa]llt\s+aus|abgesagt|storniert|cancell?ed|called\s+off|annul[ée]e?s?"
    r"|cancelad[oa]s?|anulad[oa]s?|suspendid[oa]s?|desmarcad[oa]s?"
    # (or a day off for all: "Holiday", "Feiertag", "férié", "festivo", "feriado")
    r"|(?:bank\s+|public\s+)?holiday|feiertag|(?:jour\s+)?f[ée]ri[ée]|(?:d[ií]a\s+)?festivo"
    r"|feriado)[.!]?$",
    re.IGNORECASE,
)
# A remark that says how the meeting can be held ("Can do video or onsite", "Onsite or Teams")
# names "onsite" as a way to meet, not as where the person is kept away; it says nothing of
# the row's time.
_MEETING_WAY = r"(?:video|zoom|teams|phone|remote|virtual|online|in[-\s]person)"
_ONSITE_OFFERED = loose_compile(
    rf"{_MEETING_WAY}\s*(?:or|/)\s*on-?\s?site|on-?\s?site\s*(?:or|/)\s*{_MEETING_WAY}", re.I
)


def _says_no(cell: str) -> bool:
    return NEGATIVE.search(_ONSITE_OFFERED.sub(" ", cell)) is not None


# A remark in brackets or after a dash says why ("pris (comité)", "free (call me)", "Non
# disponible – récolte", "belegt - Messe"); one with an hour in it narrows the mark and is no
# remark.
_REMARK = loose_compile(r"\s*\([^()\d]*\)|\s+[-–—]\s+[^\d]*$")
_PAREN = loose_compile(r"\(([^()]+)\)")
_JOINED = loose_compile(
    r"(\S+(?:\s?(?:h|am|pm|uhr))?)\s+(?:[aàá]s?|to|till|until|bis|jusqu'?[àa])\s+(\S+.*)", re.I
)
# A part of the day with its hours in brackets: "Mañana (9 a 12)", "Nachmittag (14–18 Uhr)"
_HOURS_AFTER = loose_compile(r"([^\W\d_][^()\d]*?)\s*\(([^()]*\d[^()]*)\)")
# Column heads and cells that name a part of the day in a word that alone means something else
# ("mañana" is also tomorrow, "tarde" late): spelled as a part of day.
_PART_HEADS = {
    "mañana": "por la mañana",
    "manana": "por la mañana",
    "tarde": "por la tarde",
    "manhã": "de manhã",
    "noite": "à noite",
    "matin": "le matin",
    "matinée": "le matin",
    "soir": "le soir",
    # the halves of the day by their clock marks or short forms: "AM | PM", "vorm. | nachm."
    # (beside a day's date, "Wed 9 AM" would read as nine o'clock)
    "am": "morning",
    "a.m.": "morning",
    "pm": "afternoon",
    "p.m.": "afternoon",
    "vorm.": "vormittags",
    "nachm.": "nachmittags",
}


def _hours(cell: str) -> str | None:
    """The hours a free mark is narrowed to ("frei ab 14:30": "ab 14:30"), if it is."""
    m = _YES_HOURS.match(cell.strip())
    return m[1] if m and "time" in _kinds(m[1]) and "day" not in _kinds(m[1]) else None


def _mark(cell: str) -> bool | None:
    """True for a cell marked free, False for one marked busy, None for anything else."""
    text = _REMARK.sub("", cell).strip()
    if _YES.match(text) or _hours(text) is not None:
        return True
    if _NO.match(text):
        return False
    return None


@lru_cache(maxsize=1024)
def _kinds(cell: str) -> frozenset[str]:
    """The kinds of time atoms in a cell; a big table repeats its heads and marks."""
    return frozenset(a.kind for a in lex(masked(cell)))


def _head(cell: str) -> str:
    """A column head as the time it names: "Tarde (14 a 18)" is "por la tarde (14-18)"."""
    text = cell.strip()
    if m := _HOURS_AFTER.fullmatch(text):
        return f"{_part_named(m[1])} ({_band(m[2])})"
    return _part_named(text)


def _part_named(words: str) -> str:
    """A head's words for a part of the day, spelled as a part of day ("Tarde": "por la tarde")."""
    return _PART_HEADS.get(words.lower(), words)


def _paired(labels: list[str], head: str, cell: str) -> str:
    """A free cell under the head of a part of the day; hours of its own narrow that part and
    stand in place of the head's ("Afternoon (12-5)" over "Free from 2:30" is the afternoon from
    2:30; "Mañana" over "Disponible (hasta las 11)" the morning until 11)."""
    hours = _hours(cell)
    if hours is None:
        return _line([*labels, _head(head)])
    part = _HOURS_AFTER.fullmatch(head.strip())
    named = _part_named(part[1]) if part else _head(head)
    return _line([*labels, named, hours.strip().removeprefix("(").removesuffix(")")])


def _zone(head: str) -> str | None:
    """The zone a column head sets for its cells: "Time (ET)", "Horário (BRT)"."""
    parts: list[str] = [*_PAREN.findall(head), head]
    for part in parts:
        if "zone" in _kinds(part) and "time" not in _kinds(part):
            return part
    return None


def _zoned(row: list[str], zones: dict[int, str]) -> list[str]:
    return [
        f"{c} {zones[i]}" if i in zones and "time" in _kinds(c) else c for i, c in enumerate(row)
    ]


def _band(cell: str) -> str:
    """Two clocks joined by a word ("10h às 12h", "9 to 11") are one band of hours."""
    m = _JOINED.fullmatch(cell.strip())
    if m and _is_clock(m[1]) and _is_clock(m[2]):
        return f"{m[1]}-{m[2]}"
    return cell


def _line(pieces: list[str]) -> str:
    """Days first, then times; two bare times side by side ("De 9h00 | À 11h00") are a range."""
    days = [p for p in pieces if "day" in _kinds(p)]
    rest = [p for p in pieces if p not in days and p.strip()]
    times: list[str] = []
    for piece in rest:
        if times and _is_clock(times[-1]) and _is_clock(piece):
            times[-1] = f"{times[-1]}-{piece}"
        else:
            times.append(piece)
    # "4 dez." then "O dia todo": a comma keeps a month's abbreviating dot from ending the
    # sentence (a date's "16.3." ends in a digit and reads on)
    day = " ".join(days).rstrip()
    if times and day.endswith(".") and day[-2:-1].isalpha():
        return f"{day}, {' '.join(times)}"
    return " ".join(days + times)


def _is_clock(cell: str) -> bool:
    return bool(
        re.fullmatch(r"\s*\d{1,2}(?:[:.]\d\d|\s?h\s?\d\d)?\s*(?:h|uhr|am|pm)?\s*", cell, re.I)
    )


def render(rows: list[list[str]]) -> str | None:
    """The table as lines of offers, or None when it is no grid of days and times."""
    table = read_table(rows)
    return table[0] if table is not None else None


def read_table(rows: list[list[str]]) -> tuple[str, bool] | None:
    """(the table as lines of offers, whether the reading is unsure), or None when it is no grid
    of days and times. Unsure: a cell it could not place (a "tentative", a remark, a time with
    no day in a grid of days), so that a person checks what the lines say."""
    rows = [[_band(c) for c in r] for r in rows if any(c.strip() for c in r)]
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return None
    # the first row heads the columns unless it is itself a row of a day and its times
    first = [_kinds(c) for c in rows[0]]
    dated = any("day" in k for k in first) and (
        any("time" in k for k in first) or _dated_column(first, rows[1])
    )
    head, body = (rows[0], rows[1:]) if not dated else ([], rows)
    head, body = _busy_column_out(head, body)
    # a first row that refuses something is a row of the grid, not its head
    if any(_mark(c) is False for c in head):
        return None
    timed = any("day" in _kinds(c) or "time" in _kinds(c) for row in rows for c in row)
    if not timed:
        return None
    zones = {i: z for i, c in enumerate(head) if (z := _zone(c))}
    if zones:
        # a refused row needs no zone, and a zone after its times would hide the refusal
        body = [row if _refuses(row) else _zoned(row, zones) for row in body]
    lines: list[str] = []
    days_across = {i for i, c in enumerate(head) if "day" in _kinds(c)}
    # a column that marks some rows leaves the others unmarked: an empty cell there is no "yes";
    # but a column of remarks (its head names no day or time) that never says yes notes the rows
    # it refuses and says nothing of the others ("Anmerkung: belegt (Musikmesse)")
    said = [(i, m) for row in body for i, c in enumerate(row) if (m := _mark(c)) is not None]
    remarks = {i for i, c in enumerate(head) if not _kinds(_head(c))} - {i for i, m in said if m}
    marked = {i for i, _ in said} - remarks
    dated_rows = any("day" in _kinds(c) for row in body for c in row)
    # one status column says yes to its row; two that say yes under heads naming no time part
    # the day in a way the reader could not map, and the rows it writes miss that part
    unmapped = {i for i, m in said if m and not _names_time(head, i)}
    unsure = len(unmapped) > 1
    hours_given = any("time" in _kinds(c) for row in body for c in row)
    for row in body:
        if days_across and not any("day" in _kinds(c) for c in row):
            lines += _across(row, head, days_across)
            continue
        # a row of days alone under a head of days heads the cells below it (a second week)
        if days_across and _heads(row):
            head, days_across = row, {i for i, c in enumerate(row) if "day" in _kinds(c)}
            continue
        marks = {
            i: m
            for i, c in enumerate(row)
            if (m := _part_mark(c, head, i) if c.strip() or i not in marked else False) is not None
        }
        labels = [c for i, c in enumerate(row) if i not in marks]
        refused = _refuses(labels)
        # a refused row whose day was struck out or left blank refuses no day of its own, and
        # written as a line it would turn down the day above it
        turned_down = refused or (bool(marks) and not any(marks.values()))
        if turned_down and dated_rows and not any("day" in _kinds(c) for c in labels):
            continue
        # (a cell that only names a part of the day is that part: "Jueves 10 | Tarde"; a day's
        # own words are no refusal: "ter, 30 de out" is October's, not "out")
        labels = [
            _head(c)
            for c in labels
            if ("day" in _kinds(c) or not _says_no(c))
            and not (_ONSITE_OFFERED.search(c) and not _kinds(c))
        ]
        kinds = [_kinds(c) for c in labels if c.strip()]
        unplaced = (
            dated_rows and any("time" in k for k in kinds) and not any("day" in k for k in kinds)
        )
        unsure = unsure or unplaced or any(not k for k in kinds)
        if not marks:
            # a day beside blank cells where other rows give hours ("Di., 11.09. | <struck>")
            # offers nothing: written bare, it would take the hours of the row below it
            if hours_given and not refused and _day_alone(row):
                continue
            lines.append(
                f"{_line(_refused_day(labels))}: unavailable" if refused else _line(labels)
            )
            continue
        free = [i for i, m in marks.items() if m]
        # under heads that are parts of the day ("Mañana | Tarde"), a busy cell refuses its own
        # part: the hours written in another cell of the row still stand
        if (
            not free
            and not refused
            and any("time" in k for k in kinds)
            and all(_names_time(head, i) for i in marks)
        ):
            lines.append(_line(labels))
            continue
        # a column whose head names a day or a time pairs with the row; a status column
        # ("Available?", "Verfügbar") only says yes or no to the whole row
        pairing = [i for i in free if _names_time(head, i)]
        if refused or not free:
            lines.append(f"{_line(_refused_day(labels))}: unavailable")
        elif pairing:
            lines += [_paired(labels, head[i], row[i]) for i in pairing]
        else:
            lines.append(_line([*labels, *(h for i in free if (h := _hours(row[i])))]))
    return "\n".join(line for line in lines if line.strip()), unsure


def _dated_column(first: list[frozenset[str]], second: list[str]) -> bool:
    """Whether a first row names a day in a column where the second names one too: a row of
    the grid ("lun. 5 sept. | férié"), not a head of days across."""
    return any(
        "day" in k and i < len(second) and "day" in _kinds(second[i]) for i, k in enumerate(first)
    )


def _day_alone(row: list[str]) -> bool:
    """Whether a row names a day and nothing else, beside cells left blank."""
    kinds = [_kinds(c) for c in row if c.strip()]
    return len(kinds) < len(row) and all("day" in k and "time" not in k for k in kinds)


def _part_mark(cell: str, head: list[str], column: int) -> bool | None:
    """A cell's mark; under a head of a part of the day, a remark that turns that part down
    ("In factory - not available", "Site visit, unavailable") is a busy mark of it, not a
    refusal of the whole row."""
    mark = _mark(cell)
    if mark is None and _says_no(cell) and not _kinds(cell) and _names_time(head, column):
        return False
    return mark


def _names_time(head: list[str], column: int) -> bool:
    """Whether the head of a column names a day or a time its cells pair with."""
    return column < len(head) and bool(_kinds(_head(head[column])))


# (round 49) a column of the hours worked, as a shift worker heads it: "My shift", "Work",
# "Schicht", "Dienst", "Arbeitszeit", "turno", "horaire de travail", "plantão", "expediente"
_WORK_HEAD = loose_compile(
    r"(?<!\w)(?:(?:my\s+)?shifts?|work(?:ing)?(?:\s+hours)?|rota|schicht\w*|dienst\w*|arbeitszeit\w*"
    r"|turnos?|horaires?\s+de\s+travail|poste|plant[ãa]o|expediente|jornada)(?!\w)",
    re.IGNORECASE,
)


def _busy_column_out(head: list[str], body: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """A column headed "Not available" ("Indisponible", "Nicht verfügbar", "No disponible",
    "Indisponível"), or the hours worked ("My shift", "Schicht", "turno"), beside one headed
    "Available" holds the hours the person is kept away: they are no offer, and a row with
    nothing in the other columns but its day is refused whole."""
    busy = {
        i
        for i, c in enumerate(head)
        if _mark(c) is False or (_mark(c) is None and _WORK_HEAD.fullmatch(c.strip()))
    }
    if not busy or not any(_mark(c) or _YES_HEAD.match(c.strip()) for c in head):
        return head, body
    rows = []
    for row in body:
        kept = [c for i, c in enumerate(row) if i not in busy]
        away = any(c.strip() for i, c in enumerate(row) if i in busy)
        offered = any(c.strip() and "day" not in _kinds(c) for c in kept)
        rows.append([*kept, "unavailable"] if away and not offered else kept)
    return [c for i, c in enumerate(head) if i not in busy], rows


def _heads(row: list[str]) -> bool:
    """A row that names days in two cells and no time or mark: the head of a grid of days."""
    kinds = [_kinds(c) for c in row if c.strip()]
    return (
        sum("day" in k for k in kinds) >= 2
        and not any("time" in k for k in kinds)
        and all(_mark(c) is None for c in row)
    )


def _refused_day(labels: list[str]) -> list[str]:
    """The cells of a refused row that say which day it is: its first day and the times with
    it. A remark naming another day ("Returns Jan 4") would stand between the day and its
    refusal."""
    day = next((i for i, c in enumerate(labels) if "day" in _kinds(c)), None)
    if day is None:
        return labels
    rest = [c for c in labels[day + 1 :] if (k := _kinds(c)) and "day" not in k]
    return [labels[day], *rest]


def _refuses(row: list[str]) -> bool:
    """Whether a row turns itself down: a "busy" mark, or a remark such as "absente toute la
    journée" or "Unavailable (offsite)" in a cell that names no day."""
    return any(
        _mark(c) is False or (_mark(c) is None and _says_no(c) and "day" not in _kinds(c))
        for c in row
    )


def _across(row: list[str], head: list[str], days: set[int]) -> list[str]:
    """A row of a table whose days head the columns: a time band with a mark under each day,
    or the times of each day in its own cell."""
    label = [_head(c) for i, c in enumerate(row) if i not in days and _mark(c) is None]
    lines = []
    for i in sorted(days & set(range(len(row)))):
        mark = _mark(row[i])
        if mark:
            lines.append(_line([head[i], *label]))
        elif mark is None and "time" in _kinds(row[i]):
            lines.append(_line([head[i], row[i]]))
    return lines


loosen(globals())
