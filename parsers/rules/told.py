"""Days named in a part of a sentence that tells a fact about them while others offer times."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from parsers.model import Window
from parsers.rules.doubt import clause_offers, content_words, denies, words_beside
from parsers.rules.intents import CONTRASTING, UNTIL, Cue, Hit
from parsers.rules.picks import dayless
from parsers.rules.shift import WHOLE_DAY
from parsers.rules.unplaced import holiday_event
from parsers.time.resolve import Mention

# the cues that offer whatever part they sit in: "Thursday works", "any of them is fine"
_OFFERING_CUES = frozenset((Cue.CONFIRM, Cue.ANY_OPTION))
_FEW_DAYS = 2  # a day, or two named together ("jeudi et vendredi", "Fri or Sat")
# what makes days one stretch, a week or a range ("next week", "du 29/03 au 02/04", "8th thru
# 12th", "de 7 a 11"), not a list ("mardi, jeudi ou vendredi", "Mar 8, jue 10 y vie 11", "3.ª
# feira, 5.ª feira ou 6.ª feira")
_STRETCH = re.compile(
    r"\b(?:week|semaine|woche|semana|thru|through|to|till|until|au|bis|al|ate|a(?=\s+\d))\b"
    r"|[-\u2013]"
)
# What offers a day whatever else is said of it: its indifference ("Di ist egal", "el martes me
# da igual", "mardi, peu importe", "terça tanto faz", "Tuesday doesn't matter"), praise by
# litotes ("not bad", "pas mal", "nicht schlecht", "no está mal", "nada mau"; not the degree of
# "pas mal dans le jus", "pas mal occupée", "pas mal de réunions") and a bound that it opens or
# closes ("rien avant le 21", "nothing until the 14th", "bis Freitag")
_OFFERING_PHRASE = re.compile(
    r"\b(?:egal|(?:da|es)\s+igual|peu\s+importe|n'importe|tanto\s+faz|(?:doesn'?t|does\s+not"
    r"|no)\s+matter|whatever|not\s+(?:too\s+|that\s+)?bad|pas\s+mal(?!\s+(?:d[e']|dans|en|occup"
    r"|charg|pris|debord|plein))|nicht\s+(?:so\s+)?schlecht"
    r"|no\s+(?:esta|es)\s+mal|nada\s+mal|nada\s+mau|nao\s+(?:e|esta)\s+(?:mau|mal))\b|\b" + UNTIL
)
# Where one thing said ends and the next begins: a stop at a line's end, a question or an
# exclamation, an emoji, a blank line, a colon, a semicolon or a dash (one inside a range of
# hours is inside its time phrase), and the words that set what follows against it ("Le lundi
# de Pâques est férié, mais je peux mardi").
_PART_END = re.compile(
    r"[.!?](?=\s*(?:\n|$))|[!?](?=\s)|[\u2600-\u27bf\U0001f300-\U0001faff]|\n[ \t]*\n|:\s|;"
    rf"|\u2014|\s[-\u2013]\s|\b(?:{CONTRASTING}|sondern)\b"
)
# The words that draw what follows from what was said ("Le mardi je donne cours, donc ce n'est
# pas possible", "daylight saving finishes on Sunday, so from next week..."): what follows is
# a part of its own, which offers the day before it when it offers unnegated ("je suis à Paris
# jeudi, donc on peut se voir").
_CONSEQUENCE = re.compile(
    r"\b(?:so|therefore|donc|du\s+coup|daher|deshalb|deswegen|darum|asi\s+que|por\s+eso"
    r"|por\s+lo\s+tanto|por\s+isso|portanto)\b"
)
# a full stop inside a line, and the word before it: a sentence's end when that word is no
# abbreviation ("Lun. 14 déc.", "Dr. Lenz", "M. Garnier") or the next sentence opens in capitals
_STOP = re.compile(r"(?<![^\W\d_])([^\W\d_]*)\.[ \t]+(?=\S)")
_ABBREVIATION = 3  # letters at most of a word shortened by a full stop
# what may come before a time phrase that heads a line of a list: blanks, a bullet and a
# weekday the phrase left out ("- ter, dia 15", "Mi., 16.12.", "- Tuesday, 15th of December")
_LINE_HEAD = re.compile(r"[ \t]*(?:[-*\u2022>]+[ \t]*)?(?:[^\W\d_]+\.?,?[ \t]+)?")
# what parts an entry's day from what is said of it, in the time phrase or a few words after
# it: "Fri the 18th: all day", "Mon 15th - booked", "lundi 14 du mois en cours : quand bon
# vous semble", never a clock's colon
_ENTRY = re.compile(r":(?!\d)|\s[-\u2013\u2014]\s")
_ENTRY_REACH = 30  # characters after the time phrase its entry's mark may come


def told_days(
    text: str, folded: str, mentions: Sequence[Mention], hits: Sequence[Hit]
) -> list[Mention]:
    """(round 35) The days named whole, without hours or a part of day, in a part of a sentence
    that says something of them but no word of offering, in a reply whose other parts offer
    times: "Holi is on Sunday", "on change d'heure dimanche", "Donnerstag ist Himmelfahrt",
    "el miércoles está en terreno", "quinta é 1 de Maio" tell why the day is out or what
    happens on it, beside "Monday 10th I am free", "je peux mardi", "Martes 11: de 10 a 11:30".
    A part of the day alone ("Thursday.", "Mo 24.2.") is a line of a list and offers it; a
    reply that offers nowhere else is left as read."""
    drawn = {m.end() for m in _CONSEQUENCE.finditer(folded)}
    bounds, entries = _list_lines(folded, mentions)
    ends = sorted(_part_ends(text, folded) | bounds | _asides(folded, mentions))
    named = [m for m in mentions if not m.negated and not dayless(m)]
    days = [m for m in named if _told_whole(m, folded, mentions)]
    offering = [h.start for h in hits if h.cue in _OFFERING_CUES]
    offering += [m.start() for m in _OFFERING_PHRASE.finditer(folded)]
    # hours and parts of day offer the part they reach into: "Mi 23.4.: 11–12.30", "l'après-midi"
    timed = [m.span for m in named if m.has_time or any(map(_part_of_day, m.windows))]

    def part(start: int, end: int) -> tuple[int, int]:
        first, last = bisect_right(ends, start), bisect_right(ends, end - 1)
        return (ends[first - 1] if first else 0), (ends[last] if last < len(ends) else len(folded))

    def offered_in(left: int, right: int) -> bool:
        return (
            any(left <= at < right for at in offering)
            or holiday_event(folded, left, right)
            or any(start < right and left < end for start, end in timed)
            or clause_offers(folded, left, right)
        )

    def offers(m: Mention) -> bool:
        if any(start <= m.span[0] < end for start, end in entries):
            return True
        left, right = part(*m.span)
        if right in drawn:
            after = part(right, right + 1)
            if offered_in(*after) and not denies(folded, *after):
                return True
        return offered_in(left, right) or not words_beside(folded, left, right, m.span)

    told = [m for m in days if not offers(m)]
    spans = {part(*m.span) for m in told}
    return told if any(part(*m.span) not in spans for m in named) else []


def _part_ends(text: str, folded: str) -> set[int]:
    """Where each thing said ends: a sentence's, a part's or a consequence's mark."""
    stops = {
        m.end()
        for m in _STOP.finditer(folded)
        if len(m.group(1)) > _ABBREVIATION or text[m.end()].isupper()
    }
    cuts = {m.end() for m in _PART_END.finditer(folded)}
    return stops | cuts | {m.end() for m in _CONSEQUENCE.finditer(folded)}


# a bracket on one line and what it holds; the words besides its time phrases that make it say
# a thing of its own, a subject and what is said of it (one alone is a weekday confirming its
# date, "Dia 14 (seg.)", or a label, "(ET)")
_BRACKET = re.compile(r"\(([^()\n]+)\)")
_ASIDE_WORDS = 2


def _asides(folded: str, mentions: Sequence[Mention]) -> set[int]:
    """(round 38) The bounds of the brackets that say a thing of their own beside the sentence
    round them: "Kevin's availability is below (Monday the office is closed)", "voici ses
    disponibilités (lundi le bureau est fermé)", "hier die Zeiten (Montag ist das Büro
    geschlossen)". A bracket of days alone restates its sentence's ("Next week (Mar 15-19) is
    spring break", "le pont de l'Ascension (jeudi et vendredi)")."""
    if "(" not in folded:
        return set()
    blank = list(folded)
    for m in mentions:
        blank[m.span[0] : m.span[1]] = " " * (m.span[1] - m.span[0])
    bare = "".join(blank)
    return {
        bound
        for b in _BRACKET.finditer(folded)
        if content_words(bare, b.start(1), b.end(1)) >= _ASIDE_WORDS
        for bound in (b.start(1), b.end())
    }


def told_aside(
    text: str, folded: str, mentions: Sequence[Mention], refusals: Sequence[int]
) -> list[Mention]:
    """(round 37) The mentions in a part of a sentence that offers nothing: it has no word of
    offering, or it is the part that refuses every option (at one of `refusals`). Beside word
    promised for later ("keiner der drei klappt – ich bin die ganze Woche auf einer Schulung,
    ich melde mich", "aucun ne fonctionne, je pars en vacances demain jusqu'au 28. Je vous
    reviens"), a day named there tells where the sender is or when they are back."""
    ends = sorted(_part_ends(text, folded))

    def aside(span: tuple[int, int]) -> bool:
        first, last = bisect_right(ends, span[0]), bisect_right(ends, span[1] - 1)
        left = ends[first - 1] if first else 0
        right = ends[last] if last < len(ends) else len(folded)
        return any(left <= at < right for at in refusals) or not clause_offers(folded, left, right)

    return [m for m in mentions if aside(m.span)]


def _told_whole(m: Mention, folded: str, mentions: Sequence[Mention]) -> bool:
    """The mention is a day or two, or (round 37) a stretch told of as one: a week or a range
    of days ("I'm on call all next week (8th thru 12th)", "je suis en déplacement du 29/03 au
    02/04", "Next week (Mar 15-19) is spring break") holding no day named elsewhere apart from
    itself, which would make it the frame of what is said in it ("In der Woche vom 1. Februar
    schreibe ich am Dienstag und am Donnerstag Prüfungen"). Days listed one by one ("mardi,
    jeudi ou vendredi", "Mar 8, jue 10 y vie 11") stay offered, as a list is how people offer."""
    dates = {w.start.date() for w in m.windows}
    if len(dates) <= _FEW_DAYS:
        return True
    if not _STRETCH.search(folded, *m.span):
        return False
    # the same stretch said again ("la semana que viene, del 7 al 11") frames nothing
    inside = ({w.start.date() for w in n.windows} for n in mentions if n is not m)
    return not any(days & dates and not days >= dates for days in inside)


def _list_lines(folded: str, mentions: Sequence[Mention]) -> tuple[set[int], list[tuple[int, int]]]:
    """The bounds of the lines a time phrase heads, as a list writes them ("- Thursday 4
    March"), each a part of its own whatever the lines around say; and those among them that
    are entries, the day before what is said of it ("Fri the 18th: all day", "- ter, dia 15:
    quando você quiser", "- mer. 16/12: à l'horaire de votre choix"), which offer their day in
    whatever words (the time reader reads the refusals among them: "Thu the 17th: nothing")."""
    bounds: set[int] = set()
    entries = []
    for m in mentions:
        start = folded.rfind("\n", 0, m.span[0]) + 1
        if _LINE_HEAD.fullmatch(folded, start, m.span[0]):
            end = folded.find("\n", m.span[1])
            line = (start, len(folded) if end < 0 else end)
            bounds.update(line)
            mark = _ENTRY.search(folded, m.span[0], line[1])
            if mark is not None and mark.start() <= m.span[1] + _ENTRY_REACH:
                entries.append(line)
    return bounds, entries


def _part_of_day(w: Window) -> bool:
    """The window is a part of its day, not the whole of it."""
    return w.end - w.start < WHOLE_DAY
