"""Which proposed option a reply picks: by number, by ordinal, "any of them", or by day and time."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from itertools import accumulate, pairwise
from zoneinfo import ZoneInfo

from parsers.mail.marks import Mark
from parsers.model import Window
from parsers.rules.alternation import grouped
from parsers.rules.intents import Cue, Hit, find_cues, fold
from parsers.time.cues import NEGATIVE
from parsers.time.resolve import Mention, zone_info
from parsers.time.words import (
    ABBREVIATED_WEEKDAYS,
    IF_WORDS,
    LOWER_CASE_WEEKDAYS,
    MONTHS,
    PART_WORDS,
    PARTS,
    SHORT_WEEKDAYS,
    WEEKDAYS,
    alternation,
)

_NUMBER_LIST = r"(\d)((?:\s*(?:,|or|and|&|/|o|y|e|ou|oder|und)\s*\d(?!\d))*)"
_OPTION_NUMBER = re.compile(
    r"\b(?:options?|opt\.?|opcion(?:es)?|opcao|opcoes|choices?|slots?|numbers?|nr\.?|no\.|numero|nummer|"
    r"variante|vorschlag|termin|propositions?|creneau)\s*(?:n[o.]\s*|#\s*)?" + _NUMBER_LIST + r"\b"
    r"|(?:#|\bn°)\s*" + _NUMBER_LIST + r"\b"
)
# "Option C", "le créneau B", "C works best", "la C me cuadra": options lettered in list order.
# A lone letter counts after an option's noun, at the start of a sentence (after an article at
# most; never "a" or "e", which are words of their own), or after an article closing its clause.
_LONE_LETTER = re.compile(r"(?<![\w'])[a-e](?![\w'])")
_LETTER_NOUN = re.compile(
    r"\b(?:options?|opcion|opcao|choice|slot|creneau|termin|variante|vorschlag|proposition)\s+$"
)
_LETTER_OPENS = re.compile(r"(?:^|[.!?\n])\s*(?:(?:the|la|el|le|die|o)\s+)?$")
_LETTER_ARTICLE = re.compile(r"\b(?:the|la|el|le|die|den|der|o|a)\s+$")
_WORD_AFTER = re.compile(r"\s+\w")
_CLAUSE_CLOSES = re.compile(r"\s*(?:[,.!;)]|$)")
_LETTER_REACH = 24  # longer than an option's noun or an article with the spaces after it
# "the middle one", "the one in the middle", "celle du milieu", "die mittlere", "la del medio",
# "a do meio"
_MIDDLE_WORDS = (
    "middle",
    "milieu",
    "mitte",
    "mittl",
    "medio",
    "meio",
)  # one of them is in every match
_MIDDLE = re.compile(
    r"\bmiddle\s+(?:one|option|slot|time)|\b(?:one|option|slot|time)\s+in\s+the\s+middle"
    r"|\b(?:die|der|das|den)\s+(?:\w+\s+)?in\s+der\s+mitte\b|\b(?:celle|celui|l'option|le\s+creneau)\s+du\s+milieu"
    r"|\bmittlere[nrs]?\b|\b(?:la|el|lo|a|o|opcion|opcao)\s+(?:del|de|do|da)\s+(?:medio|meio)\b"
    # "la de en medio", "la que está en medio", "celle au milieu", "a que fica no meio"
    r"|\b(?:la|el|lo)\s+(?:de|que\s+(?:esta|queda))\s+en\s+(?:el\s+)?medio\b"
    r"|\b(?:celle|celui)\s+(?:qui\s+est\s+)?au\s+milieu|\b(?:a|o)\s+que\s+(?:esta|fica)\s+no\s+meio\b"
)
# "option three", "opción dos", "Vorschlag zwei"
_NUMBER_WORDS: dict[str, int] = {
    **dict.fromkeys(("one", "uno", "una", "un", "une", "eins", "um", "uma"), 1),
    **dict.fromkeys(("two", "dos", "deux", "zwei", "dois", "duas"), 2),
    **dict.fromkeys(("three", "tres", "trois", "drei"), 3),
    **dict.fromkeys(("four", "cuatro", "quatre", "vier", "quatro"), 4),
}
_OPTION_WORD = re.compile(
    r"\b(?:options?|opcion|opcao|choice|slot|number|nummer|numero|variante|vorschlag|proposition"
    # ("die Option um 15 Uhr": "um" before a clock is German "at", not Portuguese "one")
    r"|creneau)\s+(?:n[o.]\s*)?(" + "|".join(_NUMBER_WORDS) + r")\b(?!\s*\d)"
)
_ORDINAL_NUMBER = re.compile(
    r"\b([1-9])(?:st|nd|rd|th|er|e|o|a|\.)\s+(?:one|option|opcion|opcao|slot|choice|proposition"
    r"|creneau|termin|vorschlag)"
)
# a digit with an ordinal ending no date takes, after an article: "a 2ª serve", "la 1ère",
# "el 3º horario", "le 2e" ("the 3rd", "le 1er", "el 3" are days of the month)
_ARTICLE_ORDINAL = re.compile(
    r"(?:\b(?:la|el|le|a|o|die|den|der|das)\s+|\bl')([1-9])(?:a|o|e|eme|ere|re)\b"
    r"(?!\s+(?:de|du|do|da|of|semana|semaine|woche|mes|mois|monat)\b)"
)
_ORDINALS: dict[str, int] = {
    **dict.fromkeys(("first", "primera", "primer", "primero", "premier", "premiere"), 1),
    **dict.fromkeys(("erste", "ersten", "erster", "primeira", "primeiro"), 1),
    **dict.fromkeys(("second", "segunda", "segundo", "deuxieme", "seconde", "zweite"), 2),
    **dict.fromkeys(("zweiten", "zweiter"), 2),
    **dict.fromkeys(("third", "tercera", "tercer", "tercero", "troisieme", "dritte"), 3),
    **dict.fromkeys(("dritten", "dritter", "terceira", "terceiro"), 3),
    **dict.fromkeys(("fourth", "cuarta", "cuarto", "quatrieme", "vierte", "vierten"), 4),
    **dict.fromkeys(("quarta", "quarto"), 4),
    **dict.fromkeys(("fifth", "quinta", "quinto", "cinquieme", "funfte", "funften"), 5),
}
# "either of the other two", "los otros dos", "les deux autres", "die anderen beiden", "as
# outras duas": the options other than those the reply named by number
_OTHERS = re.compile(
    r"(?<!\w)(?:(?:the\s+)?(?:other|remaining)\s+(?:two|three|ones?|options?|slots?)"
    r"|(?:l[oa]s\s+)?otr[oa]s\s+(?:dos|tres|opciones)|(?:les\s+)?(?:deux|trois)\s+autres"
    r"|les\s+autres\s+(?:options|creneaux|propositions)|(?:die\s+)?(?:beiden\s+anderen|anderen"
    r"\s+(?:beiden|zwei|drei|optionen|termine|vorschlage))|(?:[ao]s\s+)?outr[ao]s\s+"
    r"(?:duas|dois|tres|opcoes))(?!\w)"
)
# one of these is in every match of _OTHERS
_OTHER_WORD = re.compile(r"other|remaining|otr[ao]s|autres|ander|outr[ao]s")
# how many the others are said to be: "the other two" after a day that held two options leaves
# one, and the sender meant another reading of the day
_OTHERS_COUNT = re.compile(r"(two|dos|deux|beiden|zwei|duas|dois)|(three|tres|trois|drei)")
# "cualquiera de los dos", "either of the two": any of the options the reply itself named
_OF_THE_TWO = re.compile(
    r"\s+(?:(?:one\s+)?of\s+the\s+two|de\s+(?:los|las)\s+dos|des\s+deux|von\s+(?:den\s+)?beiden"
    r"|der\s+beiden|(?:das|dos)\s+(?:duas|dois))\b"
)
# "Mercredi 16h ou jeudi, comme vous préférez", "beides geht": either of the days named will do
_EITHER_NAMED = re.compile(
    r"\b(?:both\s+(?:work|are\s+fine|fine)|whichever\s+you\s+prefer|les\s+deux|comme\s+vous"
    r"\s+(?:preferez|voulez)|beides|wie\s+(?:sie|du)\s+(?:wollen|mochten|willst|magst)|ambos|ambas"
    r"|como\s+(?:prefieras|prefiera|quieras|preferir|quiser)|da\s+igual|tanto\s+faz|[ao]s\s+du[ao]s"
    r"|os\s+dois)\b"
)
_LAST = ("last", "final", "ultima", "ultimo", "derniere", "dernier", "letzte", "letzten")
# counted from the end: "the second-to-last", "l'avant-dernier", "der vorletzte", "el penúltimo"
_BEFORE_LAST = (
    "second-to-last",
    "second-last",
    "second\\s+last",
    "penultimate",
    "avant-derniere?",
    "vorletzte[nr]?",
    "penultim[oa]",
)
_BEFORE_LAST_WORD = re.compile("|".join(_BEFORE_LAST))
# "either of the first two", "the last two work": several options named at once
_FIRST_FEW = re.compile(r"\b(first|last)\s+(two|three|2|3)\b(?!\s*(?:days?|weeks?|hours?))")
_WEEKDAY_NAMES = "|".join(sorted({fold(n) for n in WEEKDAYS if len(n) > 4}, key=len, reverse=True))
# the short weekdays that are no other word ("tues", "thu", "fri")
_SHORT_WEEKDAY_NAMES = "|".join(sorted(map(fold, LOWER_CASE_WEEKDAYS), key=len, reverse=True))
# (with no article only where a sentence opens and an option's noun follows: "Second one please",
# "first option works"; "First, thanks" is no pick)
_ORDINAL_WORD = re.compile(
    r"(?:\b(?:the|la|el|le|a|o|die|den|das|der)\s+|\bl'"
    r"|(?:^|(?<=\n)|(?<=[.!?]\s))(?=[a-z-]+\s+(?:one|option|slot|choice)\b))("
    + "|".join((*_ORDINALS, *_LAST, *_BEFORE_LAST))
    + r")\b"
    r"(?=\s+(?:one|option|opcion|opcao|slot|time|date|fecha|data|datum|choice|uno|una|proposition"
    r"|creneau|\w*termin"
    r"|vorschlag|variante|horario|hora|works?|is|are|would|passt|geht|ist|es|c'est|me\s+\w+"
    # (round 40) or to whom the sender speaks for: "el primero le acomoda", "le premier lui
    # convient", "la segunda nos sirve", "o primeiro lhe serve"
    r"|(?:le|les|lui|leur|nos|nous|lhe|lhes)\s+(?:acomoda|va|viene|queda|sirve|conviene|cuadra"
    r"|late|convient|vont|arrange|serve|da|convem|fica|agrada|funciona)"
    r"|m'\w+|mir|funciona|esta|est|serve|sirve|marche|convient|klappt|fica|vale|suits?|fits?"
    # "a última é a que me dá mais jeito", "a primeira dá-me jeito", "a segunda convém-me"
    r"|e|da|convem|si|sim|oui|ja|yes"
    # the reason after it: "la tercera porque por la mañana trabajo"
    r"|because|since|porque|pois|car|parce|weil"
    # "the last would suit me", "le premier de préférence", "die zweite bitte"
    r"|ware|serait|seria|sera|please|pls|bitte|svp|s'il|por\s+favor|de\s+preferenc\w*"
    r"|preferably|ideally|idealement|idealmente|am\s+liebsten|lieber"
    # "den zweiten könnte ich einrichten", "the second I could do", "la segunda podría"
    r"|could|can|konnte|kann|pourrais|pourrait|podria|puedo|poderia|posso|i)\b"
    # "the last of the three", "la primera de las tres", "le dernier des trois"
    r"|\s+(?:of|de|des|der|da|das|von)\s+(?:the\s+|las\s+|los\s+|os\s+|as\s+|den\s+)?(?:two|three|four"
    r"|dos|tres|deux|trois|quatre|drei|vier|duas|quatro|options|opciones|opcoes|creneaux)\b"
    # "el último del miércoles", "le dernier de la liste": the day or list it counts in
    r"|\s+(?:del|de|du|do|da|am|on|of|in|auf)\s+(?:(?:the|your|la|der|ta|votre)\s+)?"
    r"(?:" + _WEEKDAY_NAMES + r"|list[ae]?|liste)\b"
    # "the first or the last", "la primera y la tercera": ordinals listed together
    r"|\s+(?:or|and|o|y|e|ou|oder|und)\s+(?:the|la|el|le|a|o|die|den|das|der)\s+"
    r"(?:" + "|".join((*_ORDINALS, *_LAST)) + r")\b"
    r"|\s*[^\w\s'-]|\s+[-–—]\s|\s*$)"
)
# A lone digit that is not a time, date, price or count: "1 or 3 are both fine", "2nd or 3rd".
_BARE_NUMBER = re.compile(
    r"(?<![\w:/.,@+$€£-])([1-9])(?:st|nd|rd|th|eme|er|re|e|º|ª)?"
    r"(?![\w:/%'-]|[.,]\d|\s*(?:a\.?m|p\.?m|h\b|uhr|o'?clock|hrs?\b))"
    r"(?!\s+(?:on|at|in|next|this|tomorrow|today|\w+day)\b)"
)
_TIME_WORD_BEFORE = re.compile(
    r"\b(?:at|from|after|before|until|till|by|around|about|a\s+las|las|a|as|vers|ab|um|bis"
    r"|gegen|depois\s+das|desde|des|apres|avant)\s*$"
)
# a word that leads a date: "I'm back on the 1st", "from the first", "ab dem 1.", "desde el 1":
# the ordinal after it is a day of the month, no option
_DATE_LEAD = re.compile(
    r"\b(?:on|from|until|till|by|after|before|since|back|through|thru|as\s+of|ab|seit|vom|bis"
    r"|desde|hasta|a\s+partir\s+d[eo])\s+(?:the\s+|dem\s+|el\s+|o\s+|dia\s+)?$"
)
_DATE_LEAD_REACH = 20  # characters before an ordinal that may hold the word leading a date


def _date_led(folded: str, at: int) -> bool:
    """The ordinal at `at` follows a word that leads a date: a day of the month, no option."""
    return _DATE_LEAD.search(folded, max(0, at - _DATE_LEAD_REACH), at) is not None


# "Va pour la 1", "I'll take the 2", "die 3 bitte": an article makes a lone digit a noun, the
# option's number ("a la 1", "à la 1" is an hour)
_ARTICLE_BEFORE = re.compile(r"(?<!\ba\s)\b(?:the|la|el|le|die|den|der|das|o)\s+$")
_ARTICLE_DIGIT = re.compile(
    r"(?:le|el|o)\s+[1-9](?:\s*(?:,|ou|o|y|e|or)\s*(?:(?:le|el|o)\s+)?[1-9])*"
)
# "Am liebsten 1, notfalls auch 3", "De preferência a 1", "ideally 2": a digit the sender
# prefers is an option; so is one taken in Portuguese ("fico com a 2", "escolho a 3"), where
# the feminine article "a" reads as an hour's "at" otherwise
_PREFERENCE_BEFORE = re.compile(
    r"\b(?:am\s+liebsten|lieber|(?:de\s+)?preferenc(?:e|ia)|preferably|ideally|idealmente"
    r"|idealement|preferiblemente|preferentemente|prefer(?:o|e|iria|ably)?|prefiero|prefiro"
    r"|fico\s+com|escolho)\s*,?\s+"
    r"(?:(?:the|la|le|el|a|o|die|den)\s+)?$"
)
_PREFERENCE_REACH = 24  # longer than the longest preference word with its article
# "je suis libre le 3", "estoy disponible el 2": a day of the month the sender is free or busy
_FREE_BEFORE = re.compile(
    r"\b(?:libres?|dispo\w*|disponible\w*|free|available|frei|livres?|ocupad[oa]s?|occupee?s?|busy"
    r"|away|absent[ea]?s?|verfugbar)\b[^.!?\n]*$"
)
_FREE_REACH = 40  # the words of the digit's own clause


def _option_number(folded: str, mention: Mention) -> bool:
    """ "Le 3 ou le 1", "el 2 me va": an article and a lone digit answer numbered options with
    a number, not a day of the month, unless the sender says they are free or busy then."""
    start, end = mention.span
    if _ordinal_digit(folded, mention):
        return True
    if folded[start : start + 1] not in ("l", "e", "o"):  # most phrases: no article and digit
        return False
    # (the phrase may run on over words that name no number: "o 1 ou o 3, tanto faz")
    digits = _ARTICLE_DIGIT.match(folded, start, end)
    return (
        digits is not None
        and not any(c.isdigit() for c in folded[digits.end() : end])
        and not _FREE_BEFORE.search(folded, max(0, start - _FREE_REACH), start)
    )


# a day of the month said with its article alone ("the 2nd", "der 2.", "le 2", "o 2")
_ARTICLE_DAY = re.compile(
    r"(?:(?:the|le|la|el|o|a|der|dem|die|den)\s+)?[1-9](?:st|nd|rd|th|er|º|ª)?\.?"
)


def _number_or_day(folded: str, mention: Mention, on: set[int], count: int) -> bool:
    """ "Any but the 2nd", "alle außer der 2.": a digit alone after its article may be the
    option of that number or the day of the month, and here they are not the same options."""
    number = re.search(r"[1-9]", folded[slice(*mention.span)])
    return (
        number is not None
        and _ARTICLE_DAY.fullmatch(folded, *mention.span) is not None
        and 1 <= int(number.group()) <= count
        and on != {int(number.group())}
    )


def _ordinal_digit(folded: str, mention: Mention) -> bool:
    """ "Not the 2nd one", "der 2. Termin": an ordinal digit before an option's noun is that
    option's number, not a day of the month."""
    start, end = mention.span
    ordinal = _ORDINAL_NUMBER.search(folded, start, end + _NOUN_REACH)
    return ordinal is not None and ordinal.start() < end


# "1 or 3", "a 1 ou a 3", "la 1 o la 3": an article may repeat after the joiner
_LIST_JOINER = re.compile(
    r"\s*(?:,|or|and|&|/|o|y|e|ou|oder|und)\s*(?:(?:the|la|el|le|a|o|die|den|der)\s+)?"
)
# "A 2, desde que seja por vídeo", "blz, a 3", "oui, le 2": an article opening the reply or a
# clause after a short word makes its digit an option
_OPENING_ARTICLE = re.compile(r"\s*(?:\w{1,5}\s*[,:!]\s*)?(?:a|o|la|el|le|the)\s+")
# "except", "apart from", "sauf", "hormis", "außer", "bis auf", "menos", "salvo", "tirando"
_EXCEPT_WORD = (
    r"(?:except(?:\s+for)?|but\s+not|apart\s+from|aside\s+from|other\s+than|save\s+for|sauf"
    r"|excepte|hormis|a\s+part|ausser|außer|bis\s+auf|abgesehen\s+von|excepto|menos|salvo"
    r"|quitando|exceto|fora|tirando)"
)
_EXCLUDING = re.compile(
    r"\b(?:not|nicht|no|pas|nao|"
    + _EXCEPT_WORD
    # (round 49: and its verb between, "I'd rather not do the Friday one")
    + r")\s+(?:(?:do|take|have|make)\s+)?(?:for\s+)?(?:the\s+)?(?:options?\s+|#\s*)?"
    # "menos a de segunda", "except the one on Monday", "sauf celui du lundi", "außer dem am"
    r"(?:(?:the|a|o|la|el|le|celui|celle|dem|den|der|die|das)\s+)?(?:(?:one|ones|slot)\s+)?"
    r"(?:(?:de|del|da|do|du|on|am|of)\s+)?$"
)
# "the later slot on Wednesday", "den späteren Termin", "le créneau de l'après-midi": an option
# told from the others on its day by when in the day it lies; the word must qualify an option.
_OPTION_NOUN = (
    r"(?:one|slot|time|option|opcion|opcao|creneau|termin|horario|hora|session|appointment)"
)
_LATE = (
    r"(?:later|latest|afternoon|evening|spate[nrms]?|spater\w*|nachmittags?|abends?|mas\s+tarde|mas\s+tardi[ao]|tardi[ao]"
    r"|mais\s+tardi[ao]|tarde"
    r"|plus\s+tard|apres-midi|soir|mais\s+tarde|noite|noche"
    # the day's end or start names the last or first option of the day: "the end-of-day one",
    # "le créneau de fin de journée", "el de última hora", "o do fim do dia", "den am Tagesende"
    r"|end[\s-]+of[\s-]+(?:the[\s-]+)?day|close\s+of\s+(?:play|business)|fin\s+de\s+(?:la\s+)?journee"
    r"|fin\s+d'apres-midi|ultima\s+hora|final\s+del\s+dia|f(?:im|inal)\s+d[oa]\s+(?:dia|tarde)"
    r"|tagesende|ende\s+des\s+tages|feierabend)"
)
_EARLY = (
    r"(?:earlier|earliest|morning|early|fruhe[nrms]?|fruher\w*|vormittags?|morgens|mas\s+tempran[oa]"
    r"|tempran[oa]"
    r"|plus\s+tot|matin|mais\s+cedo|cedo|manha|(?<=la\s)manana"
    r"|first\s+thing|start\s+of\s+(?:the\s+)?day|debut\s+de\s+(?:la\s+)?journee|premiere\s+heure"
    r"|primera\s+hora|(?:inicio|comienzo)\s+del\s+dia|(?:inicio|comeco)\s+do\s+dia|tagesbeginn)"
)
_OF = r"(?:de\s+l'|de\s+la|del|de|da|do|du|am|in\s+the|on\s+the)\s*"
_PRONOUN = r"(?:el|la|lo|o|a|celui|celle|der|die|das)"
_NOUN_FIRST = (
    r"horario|hora|creneau|termin|opcion|opcao|el|lo|o|den|der|die|das"
    r"|(?:a|la|le)(?=\s+(?:mais|mas|plus)\b)"  # "a mais tarde", "la más temprana"
)


def _selector(word: str) -> re.Pattern[str]:
    # "a later time", "any earlier slot" ask for another time rather than pick one
    return re.compile(
        rf"(?<!\ba\s)(?<!\ban\s)(?<!any\s)(?<!some\s)\b{word}\s+(?:[\w'-]+\s+)?{_OPTION_NOUN}\b"
        rf"|\b(?:{_OPTION_NOUN}|{_PRONOUN})\s+{_OF}{word}"
        # where the word follows its noun unjoined: "el horario más tarde", "o mais cedo"
        rf"|\b(?:{_NOUN_FIRST})\s+{word}"
        rf"|\b{word}(?:s?termin|s?slot)\b"
        # the comparative after the day the pronoun stands for: "a de quarta mais tarde", "la
        # del miércoles más temprano", "celui de mercredi le plus tard"
        rf"|\b{_PRONOUN}\s+{_OF}(?:{_WEEKDAY_NAMES}|{_SHORT_WEEKDAY_NAMES})\s+"
        rf"(?:(?:a|la|le|el|o)\s+)?{word}"
        # "the later of the two", "la más tarde de las dos", "le plus tôt des deux"
        rf"|\b{word}\s+(?:of|de|des|der|da|das)\s+(?:the\s+|las\s+|los\s+|os\s+|as\s+)?"
        rf"(?:two|dos|deux|beiden|duas|both)\b"
    )


_LATER, _EARLIER = _selector(_LATE), _selector(_EARLY)
# every selector holds its word: a scan for the word alone (a fast first-letter scan) rules most
# replies out before the selector's own slow scan
_LATE_WORD, _EARLY_WORD = re.compile(_LATE), re.compile(_EARLY)
# a selector led by a definite article names one of the options, even in a question
_DEFINITE = re.compile(r"(?:\b(?:the|el|lo|la|le|der|die|das|den|o|a)\s+|\bl')$")
_ARTICLE_LED = re.compile(r"(?:el|lo|la|le|der|die|das|den|o|a)\s")
# an article or pronoun that points at one thing, and what may stand between it and the time
# ("the 4pm one", "celui de 16h", "le créneau de 16h", "den um 16 Uhr", "la de las 4", "a das
# 16h"): never the English "a", which points at no option ("a time at 4pm instead")
_POINTED = re.compile(
    r"\b(?:the|celui|celle|le|la|el|lo|der|die|den|das|o|a(?=\s+d[aoe]s?\b))\b[^.!?,;\n]*$"
)
_POINTER_REACH = 18  # "le creneau de " and its spaces
_FORTNIGHT = 14  # a time named without a day resolves on each of the next fourteen days
_WEEK = timedelta(days=7)
SENTENCE_END = re.compile(r"[.!?\n]")
_NOUN_REACH = 12  # " proposition" after an ordinal digit the time reader took for a day
_WRAPPED_SENTENCE_END = re.compile(r"[.!?]|\n[ \t]*\n")
_SENTENCE_REACH = 200  # how far a selector looks for the end of its sentence
_SELECTOR_REACH = 60  # "Mittwoch passt, dann aber bitte den späteren Termin"
_EXCLUDING_REACH = 40  # longer than any phrase _EXCLUDING matches
_DOWN = (Cue.NEGATIVE, Cue.CANT_MAKE, Cue.REJECT_ALL, Cue.BUSY, Cue.LATER)
_DAY_START, _DAY_END = time(9), time(17)  # the hours EXTRACTION.md gives a day named alone
# "I was going to take option 1, but...", "Mittwoch hätte gepasst, aber...": a sentence that
# names an option in the conditional or past, then turns on "but", takes that pick back.
_RETRACTING = re.compile(
    r"\b(?:was|were)\s+going\s+to|\bwould\s+have|\bi'd\s+have|\bhad\s+(?:planned|thought|meant)"
    r"|\bwas\s+about\s+to|\bmeant\s+to|\ballais|\baurais|\bcomptais|\bvoulais|\bpensais"
    r"|\bm'allait|\beigentlich|\bwollte|\bhatte\s+(?:\w+\s+)?gepasst|\bware\s+gegangen"
    r"|\biba\s+a|\bhabria|\bhubiera|\bpensaba|\bqueria|\bme\s+(?:venia|iba)\s+bien"
    r"|\bia\s+(?:escolher|dizer|pegar|ficar)|\btinha\s+pensado|\bteria|\bpensava"
)
# a no that closes on itself: punctuation, or a word that turns to what is wanted instead
_NO_CLOSES = (
    r"(?=\s*[,.!;:\u2013\u2014-]|\s+(?:rather|plutot|lieber|doch|mejor|melhor|make|let's)\b)"
)
# "no wait, scratch that", "enfin non, plutôt", "perdón, quería decir", "ich meinte", "quis
# dizer": the sender corrects what came before, so only what follows stands
_CORRECTION = re.compile(
    grouped(
        [
            r"no\s+wait\b",
            r"scratch\s+that\b",
            # (round 42) and as a time is put right: "actually, make that 3", "or rather 11",
            # "ou plutôt 15h", "besser gesagt 15 Uhr", "ou melhor, às 15h"
            r"actually,?\s+make\s+(?:it|that)\b",
            r"or\s+rather\b",
            r"ou\s+plutot\b",
            r"besser\s+gesagt\b",
            r"ou\s+melhor\b",
            r"sorry,?\s+i\s+meant\b",
            r"i\s+meant\b",
            r"correction\b",
            r"enfin\s+non\b",
            r"ah\s+non\b",
            r"non\s+pardon\b",
            r"je\s+voulais\s+dire\b",
            r"je\s+me\s+suis\s+trompe",
            r"quer[ií]a\s+decir\b",
            r"quise\s+decir\b",
            r"mejor\s+dicho\b",
            r"me\s+equivoque\b",
            r"ich\s+meinte\b",
            r"nein,?\s+warte\b",
            r"korrektur\b",
            r"verschrieben\b",
            r"qu(?:is|eria)\s+dizer\b",
            r"melhor\s+dizendo\b",
            r"corrigindo\b",
            r"me\s+enganei\b",
            # a no said back to oneself, after a word that turns from what came before ("actually
            # no, make it", "en fait non", "ach nein, doch", "bueno no, mejor", "aliás não"): a bare
            # no is a refusal of an option, and a no that opens a clause refuses what follows
            # ("bueno, no puedo el miércoles")
            r"(?:actually|hmm+|well|wait|en\s+fait|euh|bon|attendez|ach|ah|moment|warte|bueno"
            r"|pues|espera|alias|opa)[,\s]+(?:no|non|nein|nee|nao)" + _NO_CLOSES,
            # a sorry that goes on to "rather" ("sorry, rather Thursday", "pardon, plutôt jeudi",
            # "perdón, mejor el jueves", "desculpa, melhor quinta"), not "sorry, rather not"
            r"(?:sorry|pardon|perdon|desculp[ae]|entschuldigung|disculpa)[,\s]+(?:rather|plutot|lieber"
            r"|eher|mejor|melhor)\b(?!\s+(?:not|pas|nicht|no|nao)\b)",
            # the sender thinks again or changes their mind ("on second thought", "à la réflexion",
            # "wenn ich es mir recht überlege", "pensándolo bien", "pensando bem", "I've changed my
            # mind", "j'ai changé d'avis", "ich habe es mir anders überlegt", "cambié de idea",
            # "mudei de ideia")
            r"on\s+second\s+thoughts?\b",
            r"(?:a\s+la|apres|toute)\s+reflexion\b",
            r"en\s+y\s+repensant\b",
            r"recht\s+uberlege\b",
            r"pensandolo\s+(?:bien|mejor)\b",
            r"pensando\s+(?:bem|melhor)\b",
            r"changed\s+my\s+mind\b",
            r"change\s+d'avis\b",
            r"anders\s+uberlegt\b",
            r"cambie\s+de\s+(?:idea|opinion)\b",
            r"mudei\s+de\s+(?:ideia|opiniao)\b",
        ]
    )
)
# what a correction must go on to name: a digit, a weekday, an ordinal or an option ("I meant
# to ask", "quería decir también que" correct nothing)
_CORRECTED_TO = re.compile(
    r"\d|\b(?:"
    + "|".join((_WEEKDAY_NAMES, *_ORDINALS, *_LAST, _SHORT_WEEKDAY_NAMES, "mon"))
    + r"|option|opcion|opcao|creneau|termin|one)\b"
)
# "perdón, quería decir el jueves por la tarde"; a reason may come first: "ach nein, Moment, da
# ist ja mein Zahnarzttermin, den ich schon zweimal verschoben habe. Dann nehme ich lieber den
# Donnerstag"
_CORRECTED_REACH = 120
_TURN = re.compile(r"\b(?:but|mais|aber|pero|mas)\b")
# a consequence opens its own clause when a pick follows it ("I'm on lates this week so the
# Thursday 10am slot is perfect", "je suis du matin, donc la deuxième", "estoy de guardia, así
# que el jueves"); not an adverb inside one ("Thursday is so packed", "jeudi est donc exclu")
_SO_THAT = (
    r"\b(?:so|donc|du\s+coup|deshalb|daher|also|asi\s+que|por\s+eso|entonces|entao|por\s+isso)\s+"
    r"(?=(?:the|i|i'm|i'll|we|option|any|either|la|le|les|l'|je|j'|on|die|der|das|den|ich|wir|el|los"
    r"|las|lo|yo|o|os|as|eu|" + _WEEKDAY_NAMES + r")\b)"
)
# (a line the mail client wrapped inside a list of option numbers, "options 1\nand 3 will not be
# possible", goes on in the clause it wrapped)
_CLAUSE_END = re.compile(
    r"[.!?;,()]|\n(?!(?:and|or|et|ou|und|oder|y|o|e)\s+\d)|\s[-–—]\s|\bbut\b|\bpero\b|\bmais\b|\baber\b|\bmas\b|"
    + _SO_THAT
)


# a clause break, then a word that stands for what came before it (round 32)
_BACK_REFERENCE = re.compile(
    r"\s*(?:,|\s[-\u2013\u2014])\s*(?:(?:unfortunately|sadly|sorry|malheureusement|desolee?|leider"
    r"|lamentablemente|perdon|lo\s+siento|infelizmente|desculpe?)[\s,]+)?"
    r"(?:(?:that|this|it|which|ca|cela|c'est|c'|ce|das|es|eso|esto|esa|isso|isto|essa)\s+"
    # (or the no itself, with no word for the option: "Thursday 10am, doesn't work for me"; not
    # the sender's state, "Thursday at 10 is perfect, I'm off that morning")
    r"|(?=(?:doesn'?t|does\s+not|don'?t|won'?t|will\s+not|can'?t|cannot|not|ne|pas|nicht|no|nao)\b))"
)
_WORD = re.compile(r"[a-z][a-z-]{4,}")
# Full weekday names, folded, by length: a word one slip away from one ("Thrusday", "jeudu",
# "Donnerstga", "qunita-feira") names that weekday when no option is named otherwise; a slip
# in the first letter is not looked for.
_DAY_NAMES: dict[tuple[int, str], dict[str, int]] = {}
for _name, _day in WEEKDAYS.items():
    if len(_name) >= 5:
        _DAY_NAMES.setdefault((len(_name), _name[0]), {})[fold(_name)] = _day
_EXACT_DAYS = {name for names in _DAY_NAMES.values() for name in names}


def _one_slip(word: str, name: str) -> bool:
    """One letter changed, swapped with its neighbour, left out or added."""
    if len(word) == len(name):
        diff = [i for i, (a, b) in enumerate(zip(word, name, strict=True)) if a != b]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and word[diff[0]] == name[diff[1]]
            and word[diff[1]] == name[diff[0]]
        )
    short, long = sorted((word, name), key=len)
    i = next(
        (k for k, (a, b) in enumerate(zip(short, long[: len(short)], strict=True)) if a != b),
        len(short),
    )
    return short[i:] == long[i + 1 :]


def covered_chars(folded: str, covered: Iterable[tuple[int, int]]) -> bytearray:
    """1 at each character that one of the spans (time phrases, cues) covers."""
    inside = bytearray(len(folded))
    for s, e in covered:
        inside[s:e] = b"\x01" * (e - s)
    return inside


@lru_cache(maxsize=4096)
def _slipped(word: str) -> frozenset[int]:
    """The weekdays whose name the word misses by one slip (none for a name spelt right)."""
    if word in _EXACT_DAYS:
        return frozenset()
    sizes = (len(word) - 1, len(word), len(word) + 1)
    names = [n for size in sizes for n in _DAY_NAMES.get((size, word[0]), {}).items()]
    return frozenset(day for name, day in names if _one_slip(word, name))


def _misspelt_days(folded: str, covered: Sequence[tuple[int, int]]) -> set[int]:
    """The weekdays named by words that miss a weekday's name by one slip."""
    days: set[int] = set()
    inside = covered_chars(folded, covered)
    for m in _WORD.finditer(folded):
        if not inside[m.start()]:
            days |= _slipped(m.group())
    return days


# Short weekdays as phones write them ("thu works 👍", "jeu ok 👌", "do passt", "qui blz"):
# English ones that are no other word name their day anywhere; the others, ordinary words too
# ("do", "mi", "sun"), only opening a reply of a few words ("Mi agenda está llena" is no pick).
_SHORT_DAYS = {fold(n): d for n, d in (*SHORT_WEEKDAYS.items(), *ABBREVIATED_WEEKDAYS.items())}
_SHORT_ANYWHERE = re.compile(r"\b(" + _SHORT_WEEKDAY_NAMES + r")\b")
_WORDS = re.compile(r"\w+")
_PHONE_WORDS = 3  # "qui blz 👍", "jue perfecto", "do passt, danke"
_SHORT_OPENING = re.compile(r"\s*(" + "|".join(sorted(_SHORT_DAYS, key=len, reverse=True)) + r")\b")


# "wed 4 works", "thu 10:30", "Friday at 11", "jeudi à 10h", "Donnerstag um 16 Uhr", "jueves a
# las 10": a clock right after a weekday (a bare 1-7 is afternoon); not a date ("Do 3. Dez.",
# "wed 2 dec")
_MONTH_NAMES = alternation(fold(m) for m in MONTHS)
_SHORT_HOUR = re.compile(
    r",?\s+(?:(?:at|@|um|gegen|vers|a\s+las?|as|a|around)\s+)?([01]?\d|2[0-3])(?:[:.h]([0-5]\d))?"
    r"(?:\s*(am|pm|uhr)\b|(h)\b|(?![\w:/.,%]|\s+(?:de\s+)?(?:" + _MONTH_NAMES + r")\b))"
)
_AFTERNOON_HOURS = range(1, 8)


def _short_days(
    folded: str, covered: Sequence[tuple[int, int]], clauses: _Clauses
) -> set[tuple[int, time | None]]:
    """The weekdays named by their short forms outside any time phrase, and not turned down,
    each with the bare hour written right after it, if any."""
    inside = covered_chars(folded, covered)
    found = [*_SHORT_ANYWHERE.finditer(folded)]
    opening = _SHORT_OPENING.match(folded)
    if opening is not None and len(_WORDS.findall(folded)) <= _PHONE_WORDS:
        found.append(opening)
    return {
        (_SHORT_DAYS[m.group(1)], _short_hour(folded, m.end(1)))
        for m in found
        if not inside[m.start(1)] and not clauses.negated(m.start(1), m.end(1))
    }


_FOLDED_WEEKDAYS = {fold(name): day for name, day in WEEKDAYS.items()}
_WEEKDAY_WORDS = _FOLDED_WEEKDAYS | _SHORT_DAYS
_DAY_THEN_NUMBER = re.compile(
    r"\b("
    + "|".join(sorted(_WEEKDAY_WORDS, key=len, reverse=True))
    + r")\b(?="
    + _SHORT_HOUR.pattern
    + ")"
)


def _at_option_hour(
    folded: str,
    clauses: _Clauses,
    proposed: Sequence[Window],
    mentions: Sequence[Mention],
    refused: bool = False,
) -> list[tuple[int, set[int]]]:
    """Where each weekday followed by a clock stands, and the options that start on that
    weekday at that clock in the zone the reader read it in (or the first phrase it read);
    those in clauses said no to as well when `refused`."""
    read = sorted((m.span, m.windows[0].start.tzinfo) for m in mentions if m.windows)
    starts = [start for (start, _), _ in read]
    every = range(1, len(proposed) + 1)
    # (a long reply names the same few days and clocks again and again)
    options: dict[tuple[int, time | None, tzinfo | None], set[int]] = {}
    found = []
    for m in _DAY_THEN_NUMBER.finditer(folded):
        if not refused and clauses.negated(m.start(1), m.end(1)):
            continue
        i = bisect_right(starts, m.start()) - 1
        inside = i >= 0 and read[i][0][1] > m.start()
        zone = read[i if inside else 0][1] if read else None
        key = (_WEEKDAY_WORDS[m.group(1)], _short_hour(folded, m.end(1)), zone)
        if key not in options:
            options[key] = _at_times(proposed, {key[:2]}, every, zone)
        found.append((m.start(1), options[key]))
    return found


# "den 15-Uhr-Termin", "der 9:30-Uhr-Slot": a clock joined to an option's noun, which the time
# reader would take for a day of the month
_CLOCK_COMPOUND = re.compile(
    r"\b([01]?\d|2[0-3])(?:[:.]([0-5]\d))?-uhr-(?:termin|slot|option|gesprach|call)"
)


def _at_clock(folded: str, clauses: _Clauses, proposed: Sequence[Window]) -> set[int]:
    """The options that start at the clock a compound names, on whatever day."""
    if "-uhr-" not in folded:
        return set()
    clocks = {
        time(int(m.group(1)), int(m.group(2) or 0))
        for m in _CLOCK_COMPOUND.finditer(folded)
        if not clauses.negated(m.start(), m.end())
    }
    return {i for i, o in enumerate(proposed, 1) if o.start.time() in clocks}


def _at_times(
    proposed: Sequence[Window],
    named: Collection[tuple[int, time | None]],
    among: Iterable[int],
    zone: tzinfo | None,
) -> set[int]:
    """The options, of `among`, that start on a (weekday, time) named in the zone."""
    starts = {i: proposed[i - 1].start.astimezone(zone) for i in among}
    return {i for i, start in starts.items() if (start.weekday(), start.time()) in named}


def _short_hour(folded: str, at: int) -> time | None:
    m = _SHORT_HOUR.match(folded, at)
    if m is None:
        return None
    hour, mark = int(m.group(1)), m.group(3) or m.group(4)
    if mark in ("am", "pm") or (mark is None and hour in _AFTERNOON_HOURS):
        hour = hour % 12 + (12 if mark == "pm" or mark is None else 0)
    return time(hour, int(m.group(2) or 0))


@dataclass(frozen=True, slots=True)
class Pick:
    """The option a reply picks, whether it named it outright (a number) or by day/time, and
    whether its day or time fits several options the reply did not tell apart."""

    selected: int
    explicit: bool
    ambiguous: bool = False


class _Clauses:
    """Clause bounds and the cues that turn a clause down, looked up by bisection, so that
    a reply naming options thousands of times is still read in linear time."""

    def __init__(self, folded: str, hits: Sequence[Hit]) -> None:
        self.folded = folded
        found = [(m.start(), m.end()) for m in _CLAUSE_END.finditer(folded)]
        self.starts = [s for s, _ in found]
        self.ends = [e for _, e in found]
        # down[i]: how many characters before i lie inside a cue that turns its clause down
        cover = bytearray(len(folded))
        for h in hits:
            if h.cue in _DOWN:
                cover[h.start : h.end] = b"\x01" * (h.end - h.start)
        self.down = [0, *accumulate(cover)]
        self.retracted = _retracted(folded)

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        i = bisect_right(self.ends, start)
        j = bisect_left(self.starts, end)
        left = self.ends[i - 1] if i else 0
        return left, self.starts[j] if j < len(self.starts) else len(self.folded)

    def negated(self, start: int, end: int) -> bool:
        """A pick in a clause that turns it down, defers it, or follows "not" is no pick."""
        if any(a <= start < b for a, b in self.retracted):
            return True
        left, right = self.bounds(start, end)
        if _EXCLUDING.search(self.folded, max(left, start - _EXCLUDING_REACH), start):
            return True
        # "while I'm at the show in Denver (Tue-Thu)": an aside shares its clause's cues
        if left and self.folded[left - 1] == "(":
            left = self.bounds(left - 1, left - 1)[0]
        return self.down[right] > self.down[left] or self._said_no_after(right)

    def _said_no_after(self, right: int) -> bool:
        """The next clause turns this one down when it opens on its no, alone or after a word
        that stands for it: "Thursday 10am, that doesn't work for me", "jeudi 10h, ça ne me va
        pas", "Donnerstag 10 Uhr, das passt leider nicht", "el jueves a las 10, eso no me va"."""
        back = _BACK_REFERENCE.match(self.folded, right)
        return back is not None and self.down[back.end() + 1] > self.down[back.end()]

    def phrase_negated(self, mention: Mention) -> bool:
        """A phrase the time reader ran on into the next clauses is turned down by its own
        clauses, not by a later one that opens on another part of the day whose hours the
        phrase left out ("la del miércoles por la tarde, por la mañana estoy en la vendimia":
        the morning is what the sender is busy in, the afternoon is picked)."""
        start, end = mention.span
        if not self.negated(start, end):
            return False
        i = bisect_right(self.ends, start)
        j = bisect_left(self.starts, end)
        pieces = [start, *self.ends[i:j]]
        return self.negated(start, start) or any(
            self.negated(at, at) and not _other_part(self.folded, at, mention) for at in pieces[1:]
        )


# a part of the day opening a clause, after at most two short words ("in the morning", "am
# Vormittag", "de manhã", "por la mañana")
_PART_OPENS = re.compile(
    r"[\s,;:-]*(?:[\w']{1,6}\s+){0,2}?(" + alternation(fold(w) for w in PART_WORDS) + r")(?![\w-])"
)
_PART_OF = {fold(w): PARTS[p] for w, p in PART_WORDS.items()}


def _other_part(folded: str, at: int, mention: Mention) -> bool:
    """The clause at `at` opens on a part of the day that none of the phrase's hours touch."""
    m = _PART_OPENS.match(folded, at)
    if m is None:
        return False
    first, last = _PART_OF[m.group(1)]
    return not any(
        w.start.hour * 60 + w.start.minute < last and first < w.end.hour * 60 + w.end.minute
        for w in mention.windows
    )


def corrections(folded: str) -> list[int]:
    """Where the sender puts right what came before and goes on to name a day, a time or an
    option ("no wait, scratch that, Thursday", "je voulais dire 15h"; not "I meant to ask")."""
    return [
        m.start()
        for m in _CORRECTION.finditer(folded)
        if _CORRECTED_TO.search(folded, m.end(), m.end() + _CORRECTED_REACH)
    ]


def _retracted(folded: str) -> list[tuple[int, int]]:
    """The spans from a sentence's start to a "but" that turns on a pick it took back, and
    the text before a correction."""
    corrected = corrections(folded)
    spans = [(0, corrected[-1])] if corrected else []
    ends = [m.end() for m in SENTENCE_END.finditer(folded)]
    for turn in _TURN.finditer(folded):
        i = bisect_right(ends, turn.start())
        start = ends[i - 1] if i else 0
        if _RETRACTING.search(folded, start, turn.start()):
            spans.append((start, turn.start()))
    return spans


def _letters(folded: str) -> list[tuple[int, int]]:
    """(option number, position) for every option the text names by its letter."""
    found = []
    for m in _LONE_LETTER.finditer(folded):
        letter, at, end = m.group(), m.start(), m.end()
        lo = max(0, at - _LETTER_REACH)
        opens = (
            letter in "bcd"
            and folded[end : end + 1] not in (".", ":", "/", "-")
            and _LETTER_OPENS.search(folded, lo, at)
            and _WORD_AFTER.match(folded, end)
        )
        closes = (
            letter != "e"
            and _LETTER_ARTICLE.search(folded, lo, at)
            and _CLAUSE_CLOSES.match(folded, end)
        )
        if opens or closes or _LETTER_NOUN.search(folded, lo, at):
            found.append((ord(letter) - ord("a") + 1, at))
    return found


def _numbers(
    folded: str, count: int, covered: Sequence[tuple[int, int]], ranks: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(option number, position) for every option the text names by number or ordinal."""
    found: list[tuple[int, int]] = []
    for m in _OPTION_NUMBER.finditer(folded):
        digits = re.findall(r"\d", m.group(0))
        found += [(int(d), m.start()) for d in digits]
    found += [(int(m.group(1)), m.start()) for m in _ORDINAL_NUMBER.finditer(folded)]
    found += [(int(m.group(1)), m.start(1)) for m in _ARTICLE_ORDINAL.finditer(folded)]
    found += [(_NUMBER_WORDS[m.group(1)], m.start()) for m in _OPTION_WORD.finditer(folded)]
    found += [(count + 1 + rank if rank < 0 else rank, at) for rank, at in ranks]
    found += _letters(folded)
    if count % 2 and any(w in folded for w in _MIDDLE_WORDS):
        found += [(count // 2 + 1, m.start()) for m in _MIDDLE.finditer(folded)]
    for m in _FIRST_FEW.finditer(folded):
        few = {"two": 2, "three": 3}.get(m.group(2)) or int(m.group(2))
        first = 1 if m.group(1) == "first" else count - few + 1
        found += [(n, m.start()) for n in range(first, first + few)]
    inside = covered_chars(folded, covered)
    named = {p for _, p in found}
    bare = [
        m for m in _BARE_NUMBER.finditer(folded) if not inside[m.start()] and m.start() not in named
    ]
    opening = len(folded) - len(folded.lstrip())
    # "Option 2 is no good, but 3 works": once options are named by number, a lone digit that
    # no time word leads ("after 3") names one too
    by_number = bool(found)
    # A lone digit counts only in a list of digits ("1 or 3") or opening the reply ("2 works").
    for i, m in enumerate(bare):
        listed = any(
            _LIST_JOINER.fullmatch(folded[a.end() : b.start()])
            for a, b in ((bare[i - 1], m), (m, bare[i + 1] if i + 1 < len(bare) else m))
            if a is not b
        )
        timed = _TIME_WORD_BEFORE.search(folded, max(0, m.start() - 12), m.start())
        led = (
            _ARTICLE_BEFORE.search(folded, max(0, m.start() - 8), m.start())
            or _OPENING_ARTICLE.fullmatch(folded, 0, m.start())
            or _PREFERENCE_BEFORE.search(folded, max(0, m.start() - _PREFERENCE_REACH), m.start())
        )
        if not _date_led(folded, m.start()) and (
            listed or m.start() <= opening or led or (by_number and not timed)
        ):
            found.append((int(m.group(1)), m.start()))
    return [(n, p) for n, p in found if 1 <= n <= count]


def _ranks(folded: str) -> list[tuple[int, int]]:
    """(rank, position) for every option named by an ordinal word; a rank below zero counts
    from the end (-1 the last, -2 the one before it)."""
    found = []
    for m in _ORDINAL_WORD.finditer(folded):
        if _date_led(folded, m.start()):
            continue
        word = m.group(1)
        rank = -1 if word in _LAST else -2 if _BEFORE_LAST_WORD.fullmatch(word) else _ORDINALS[word]
        found.append((rank, m.start(1)))
    return found


# "(that's 1pm your side)", "(10h chez vous)", "16 Uhr bei Ihnen", "las 10 para ustedes", "10h de
# vocês": a time restated in the reader's own zone names the same option again, no other time;
# a day or part of day said so ("Wednesday morning your time", "quarta de manhã no vosso
# horário", "el miércoles por la mañana, hora de ustedes") is read on the options' clock
_YOUR = r"(?:your|vos(?:so|sa)|su|tu|seu|sua|vuestr[oa]|votre|ihrer|eurer|deiner|ihre|eure|deine)"
_ZONE_NOUN = (
    r"(?:side|time|end|time\s*zone|local\s+time|clock|hora(?:rio)?|lado|fuso(?:\s+horario)?"
    r"|zona\s+horaria|heure(?:\s+locale)?|fuseau(?:\s+horaire)?|cote|zeit|ortszeit|zeitzone)"
)
_RESTATED = re.compile(
    r"[\s,(]*(?:(?:slot|one|option|creneau|termin|horario|opcion|opcao)\b[\s,(]*)?"
    r"(?:(?:in|on|at|by|a|a\s+la|de|en|no|na|do|da|nach|in\s+der|selon|sur|à)\s+)?"
    r"(?:" + _YOUR + r"\s+" + _ZONE_NOUN + r"|yours|for\s+you|chez\s+vous|pour\s+vous"
    r"|(?:de\s+)?(?:chez\s+)?vous|bei\s+(?:ihnen|euch|dir)|fur\s+(?:sie|euch|dich)"
    r"|para\s+(?:usted(?:es)?|ti|vos|voces|vc|voce)|de\s+(?:voces|vcs|voce|ustedes|usted)"
    r"|pra\s+(?:voces|voce|vc)|(?:hora|horario|heure|zeit)\s+(?:de|d[eo]s|bei)\s+(?:voces|vcs"
    r"|voce|ustedes|usted|vous|chez\s+vous|ihnen|euch)|(?:hora|horario)\s+(?:suy[oa]|vuestr[oa]"
    r"|(?:de\s+)?(?:alla|la))|heure\s+de\s+(?:votre\s+cote|la-bas))\b"
)


def _on_their_clock(mention: Mention, proposed: Sequence[Window]) -> Mention:
    """A day or part of day said in the reader's zone: its hours on the options' clock."""
    zone = proposed[0].start.tzinfo
    return replace(
        mention,
        windows=tuple(
            Window(w.start.replace(tzinfo=zone), w.end.replace(tzinfo=zone))
            for w in mention.windows
        ),
    )


# the clock that ends a phrase: "1pm", "16h", "13:00", "19 Uhr"
_LAST_CLOCK = re.compile(r"(\d{1,2})(?:[:.h](\d\d))?\s*(am|pm|h|uhr)?\s*$")
_CLOCK_REACH = 12


def _unrestated(folded: str, end: int, windows: Sequence[Window]) -> tuple[Window, ...]:
    """The windows of a phrase but the one its closing clock, restated in the reader's zone,
    gave it (the phrase's windows are sorted by time, so that one is found by its clock)."""
    clock = _LAST_CLOCK.search(folded, max(0, end - _CLOCK_REACH), end)
    if clock is None:
        return tuple(windows)
    raw, minute, mark = int(clock.group(1)), int(clock.group(2) or 0), clock.group(3)
    hour = raw % 12
    # a 24-hour mark is the hour itself; with no mark the clock may be either half of the day
    marked = {"h": {raw}, "uhr": {raw}, "am": {hour}, "pm": {hour + 12}}
    hours = marked.get(mark, {hour, hour + 12})
    return tuple(w for w in windows if w.start.hour not in hours or w.start.minute != minute)


# "10am NY / 3pm for me", "15h chez moi, soit 10h à New York", "um 10 Uhr Ihrer Zeit, also 15
# Uhr bei mir", "las 10 de allá, 15 acá", "10h de vocês, 15h aqui": two clocks side by side,
# one an option's start on the sender's clock and the other the same instant on a zone's the
# reply or the options name, say one time twice. A side or zone must be said beside them;
# joined by "or", or as the two ends of a span ("from 10 to 3"), they are two times.
_PAIR_CLOCK = re.compile(
    r"(?<![\w:.,/])([01]?\d|2[0-3])(?:[:.h]([0-5]\d))?\s*(am|pm|h|uhr)?(?![\w:/%]|[.,]\d)"
    r"(?!\s+(?:de\s+)?(?:" + _MONTH_NAMES + r")\b)"
)
_PAIR_REACH = 48  # "a las 10 de Nueva York, que acá serían las 12"
_PAIR_AFTER = 24  # " for me", " (heure de chez vous)" after the second clock
_PAIR_APART = re.compile(
    r"[.!?;\n\d–—~]|\s-\s|\b(?:or|ou(?!\s+seja)|oder|o(?!\s+sea)|u|bzw|to|till|til|until"
    r"|through|thru|bis|hasta|ate|and|und|et|y|e)\b"
)
_PAIR_SPAN = re.compile(r"\s*(?:-|a|au|as|de|a\s+las?)\s*")
# the side a clock is read on (a zone the reply names, `lex.named_zones`, is one too)
_PAIR_SIDE = re.compile(
    r"\b(?:for\s+me|mine|here|my\s+(?:time|side|end|clock)|local|ici|chez\s+(?:moi|vous)"
    r"|pour\s+moi|de\s+mon\s+cote|bei\s+(?:mir|ihnen|euch|dir)|hier|fur\s+mich|aca|aqui|alla"
    r"|para\s+mi|pra\s+mim|para\s+mim|" + _YOUR + r"\s+" + _ZONE_NOUN + r"|yours|de\s+(?:voces"
    r"|vcs|voce|ustedes|usted)|para\s+(?:usted(?:es)?|voces|voce))\b"
)
# a clock said again in other words: "that's", "soit", "also", "o sea", "ou seja"
_RESTATING = re.compile(
    r"\b(?:that'?s|that\s+is|which\s+is|i\.e|soit|c'est(?:-a-dire)?|also|das\s+(?:ist|ware)|sprich"
    r"|o\s+sea|es\s+decir|que\s+(?:son|es|seria|serian)|ou\s+seja|isto\s+e|que\s+(?:sao|e|seria"
    r"|seriam))\b|="
)
_PAIR_DAYS = {**_FOLDED_WEEKDAYS, **{fold(n): d for n, d in ABBREVIATED_WEEKDAYS.items()}}
_PAIR_DAY = re.compile(r"\b(" + alternation(_PAIR_DAYS) + r")\b")


def _pair_hours(m: re.Match[str]) -> set[time]:
    """The clocks one written clock may be: a bare 1-12 either half of the day."""
    hour, minute, mark = int(m.group(1)), int(m.group(2) or 0), m.group(3)
    if mark in ("am", "pm"):
        return {time(hour % 12 + (12 if mark == "pm" else 0), minute)}
    if hour > 12:
        return {time(hour, minute)}
    return {time(hour % 12, minute), time(hour % 12 + 12, minute)}


def _same_instant(
    option: datetime, own: tzinfo, zones: Iterable[tzinfo | None], near: set[time], far: set[time]
) -> bool:
    """The option starts at a clock of `near` in the sender's zone and at one of `far` in
    another of `zones` (the options' own, those the reply names), whose clock differs."""
    here = option.astimezone(own)
    if here.time() not in near:
        return False
    return any(
        there.time() in far and there.utcoffset() != here.utcoffset()
        for there in (option.astimezone(z) for z in zones)
    )


def restated_pick(
    folded: str,
    clauses: _Clauses,
    proposed: Sequence[Window],
    own: tzinfo | None,
    named_zones: Callable[[], Sequence[tuple[int, int, str]]] = tuple,
) -> int | None:
    """The option one time said on two clocks names, the lowest if several pairs do;
    `named_zones` gives the zones the reply names and where (`lex.named_zones`), asked only of
    two clocks side by side with no side word beside them, and cached by the caller."""
    if own is None:
        return None
    clocks = list(_PAIR_CLOCK.finditer(folded))
    found: set[int] = set()
    zones: set[ZoneInfo] | None = None
    for first, second in pairwise(clocks):
        gap = folded[first.end() : second.start()]
        reach = second.end() + _PAIR_AFTER
        if (
            len(gap) > _PAIR_REACH
            or _PAIR_APART.search(gap)
            or _PAIR_SPAN.fullmatch(gap)
            or not (
                _PAIR_SIDE.search(folded, first.end(), reach)
                or any(first.end() <= a and b <= reach for a, b, _ in named_zones())
            )
            or clauses.negated(first.start(), second.end())
        ):
            continue
        left = clauses.bounds(first.start(), first.end())[0]
        days = _PAIR_DAY.findall(folded, max(0, left - _PAIR_REACH), first.start())
        a, b = _pair_hours(first), _pair_hours(second)
        if zones is None:
            zones = {zone_info(z) for _, _, z in named_zones()}
        # (round 34) a place the reply names whose zone no table holds ("the 11am Sydney
        # slot, that's 10 here"): the clock restated, which its side word follows, is the
        # sender's own
        unplaced = (
            not zones
            and _RESTATING.search(gap) is not None
            and _PAIR_SIDE.search(folded, second.end(), reach) is not None
        )
        for n, option in enumerate(proposed, 1):
            on = option.start.astimezone(own).weekday()
            if days and _PAIR_DAYS[days[-1]] != on:
                continue
            there = (*zones, option.start.tzinfo)
            if (
                _same_instant(option.start, own, there, a, b)
                or _same_instant(option.start, own, there, b, a)
                or (unplaced and _own_clock(option.start, own, b, a))
            ):
                found.add(n)
    return min(found) if found else None


def _own_clock(option: datetime, own: tzinfo, near: set[time], far: set[time]) -> bool:
    """The option starts at a clock of `near` in the sender's zone, and `far` is another
    clock of the same minute, as an unnamed zone's would be."""
    here = option.astimezone(own).time()
    return here in near and any(t != here and t.minute == here.minute for t in far)


# "all but", "any except", "tous sauf", "alles außer", "todas menos", "qualquer um exceto", and
# with the verb of suiting between ("all of them work except", "tous me vont sauf", "alle passen
# mir, außer", "todas me sirven menos") or after the exception ("apart from Tuesday any of them
# is fine", "sauf celui du mardi, tous me vont", "außer Dienstag passen alle"): every option save
# the ones the exception names. Not a span of time ("all week except Monday", "tous les jours
# sauf", "any time but 12-1"), nor the sender's own free time ("free all day except").
_EVERY_WORD = re.compile(
    r"\b(?:all|any|every|each|which|tou[ts]|toutes|n'?importe|alle|jede|egal|todo|toda|qualquer"
    r"|cualquier)"
)
# the options' nouns after a word for all of them, with the article or demonstrative between:
# "any of these slots", "n'importe lequel de ces créneaux", "jeder dieser Termine", "cualquiera
# de estos horarios", "qualquer um desses horários"
_ALL_NOUN = (
    r"options|slots|times|dates|creneaux|horaires|propositions|termine|optionen|vorschlage"
    r"|opciones|horarios|fechas|opcoes|datas"
)
_ALL_OF = (
    r"(?:(?:of|de|d[eo]s|von)\s+)?(?:them|these|those|the|ces|les|estos|estas|esos|esas|los|las"
    r"|estes|estas|esses|essas|os|as|dieser|der|die|den)\s+"
)
_ALL = (
    r"(?:all|any|every(?:one|thing)?|each|whichever|tous|toutes|tout|n'?importe\s+(?:laquelle"
    r"|lequel|quel(?:le)?)|alle[ns]?|jede[rns]?|egal\s+welche[rns]?|todos|todas|todo"
    r"|qualquer(?:\s+uma?)?|cualquiera)(?:\s+(?:of\s+them|one|(?:"
    + _ALL_OF
    + r")?(?:"
    + _ALL_NOUN
    + r")|(?:des|dos|das)\s+(?:"
    + _ALL_NOUN
    + r")|(?:destes|destas|desses|dessas)\s+(?:"
    + _ALL_NOUN
    + r")))?"
)
_SPAN_WORDS = (
    r"(?:" + _WEEKDAY_NAMES + r"|days?|weeks?|weekend|month|mornings?|afternoons?|evenings?|times?"
    r"|hours?|free|available|jours?|journee|semaines?|matin(?:ee)?s?|apres-midi|soirs?|heures?"
    r"|libres?|dispo\w*|tage?s?|wochen?|\w*vormittage?|\w*nachmittage?|abende?|zeit|frei"
    r"|verfugbar|dias?|semanas?|mananas?|tardes?|noches?|horas?|manhas?|noites?|livres?|mes|mois"
    r"|monat)"
)
_ALL_BUT = re.compile(
    r"(?<!\bat\s)\b"
    + _ALL
    + r"(?P<verb>(?:\s+(?!"
    + _SPAN_WORDS
    + r"\b)[\w'-]+){0,4}?)\s*,?\s+(?P<but>but|"
    + _EXCEPT_WORD
    + r")\b"
)
# what is said of options: they suit ("work", "me vont", "passen", "me sirven", "servem")...
_SUITS = re.compile(
    r"\b(?:works?|suits?|fine|good|ok|okay|great|perfect|ideal|doable|possible"
    r"|va|vont|conviennent|convient|bon(?:ne)?s?|parfaite?s?|ideale?s?|jouables?|possibles"
    r"|passen|passt|gehen|geht|klappen|klappt|recht|gut|moglich|perfekt"
    r"|sirven|sirve|vienen|viene|funcionan|funciona|valen|vale|posibles?|encajan?|cuadran?"
    r"|perfect[oa]s?|convienen?|servem|serve|funcionam|otim[oa]s?|perfeit[oa]s?|ideais"
    r"|possiveis|possivel|calham?|convem)\b"
)
# ... or the sender can make them ("all of them I could do", "qualquer um dá", "me van bien")
_CAN = re.compile(r"\b(?:do|could|can|would|van|bien|da|dao|bem)\b")
_BUT_ALL = re.compile(
    r"(?:^|[.!?\n,:]\s*)(?P<but>"
    + _EXCEPT_WORD
    + r")\b[^.!?\n]{1,60}?\b(?P<all>"
    + _ALL
    + r")\b(?!\s+"
    + _SPAN_WORDS
    + r"\b)"
)


def _touches(spans: Sequence[tuple[int, int]], reach: Sequence[int], start: int, end: int) -> bool:
    """One of the spans (in order, apart; `reach` a character past each one's end) overlaps
    start..end or ends right before it."""
    i = bisect_left(reach, start)
    return i < len(spans) and spans[i][0] <= end


def _on_days_named(
    folded: str, mentions: Sequence[Mention], proposed: Sequence[Window], before: int
) -> set[int]:
    """The options on the days the reply names before a point, by a phrase or a compound; a
    day named with its hour names the options at that hour only ("el jueves a las 9 no llego,
    cualquiera de las otras dos": the other two include Thursday's other option)."""
    found = set().union(
        *(
            (set() if dayless(m) else _matched(m, proposed)) or _on_days(m, proposed)
            for m in mentions
            if m.span[1] <= before
        )
    )
    return found | _day_parts(folded, 0, before, proposed)


def _every_but(
    folded: str, hits: Sequence[Hit], clauses: _Clauses
) -> tuple[tuple[int, int], bool] | None:
    """Where the exception to "all of them" stands, and whether "all" was refused rather than
    accepted ("all are impossible except", "alle gehen nicht außer"); None when there is none,
    or when what is said of "all" is neither a yes nor a no the rules know ("tous sont pris")."""
    if not _EVERY_WORD.search(folded):
        return None
    every = _ALL_BUT.search(folded)
    if every is not None:
        said, exception = every.span("verb"), (every.end(), every.end())
    else:
        every = _BUT_ALL.search(folded)
        if every is None:
            return None
        said = clauses.bounds(every.start("all"), every.end("all"))
        exception = (every.end("but"), every.start("all"))
    if any(a <= every.start("but") < b for a, b in clauses.retracted):
        return None
    end = clauses.bounds(*exception)[1] if exception[0] == exception[1] else exception[1]
    if said[0] == said[1]:
        # "all but the first": nothing said of "all" but what its clause says
        verdict = None if clauses.negated(every.start(), every.start("but")) else True
    else:
        verdict = _said(folded, hits, clauses, said)
    return None if verdict is None else ((exception[0], end), not verdict)


def _said(
    folded: str, hits: Sequence[Hit], clauses: _Clauses, span: tuple[int, int]
) -> bool | None:
    """What the words in span say of the options they speak of: yes (a verb of suiting, a yes
    cue), no (a negation, a cue or word of refusal), or None when neither is known; a no
    outweighs the verb it turns down ("alle gehen nicht außer Donnerstag")."""
    start, end = span
    if (
        clauses.down[end] > clauses.down[start]
        or _NOT.search(folded, start, end)
        or NEGATIVE.search(folded, start, end)
    ):
        return False
    if (
        _suits(folded, hits, span)
        or _CAN.search(folded, start, end)
        or any(h.cue is Cue.ANY_OPTION and start <= h.start < end for h in hits)
    ):
        return True
    return None


def _suits(folded: str, hits: Sequence[Hit], span: tuple[int, int]) -> bool:
    """The words in span say that what they name suits: "the 4pm one suits me best", "works"."""
    start, end = span
    return _SUITS.search(folded, start, end) is not None or any(
        h.cue is Cue.CONFIRM and start <= h.start < end for h in hits
    )


# A day named after a semicolon or a fallback ("the first; failing that, Wednesday", "la
# primera, si no el miércoles") is another pick, not the day an ordinal counts in.
_DAY_SCOPE_END = re.compile(
    r"[.!?;\n]|\b(?:otherwise|failing\s+that|if\s+not|or\s+else|a\s+defaut|sinon|sonst|notfalls"
    r"|andernfalls|si\s+no|de\s+lo\s+contrario|senao|se\s+nao|caso\s+contrario)\b"
)
# "den ersten Mittwochstermin", "das Donnerstagsgespräch", "Freitagnachmittag", "der
# Dienstagvormittags-Termin": a weekday joined to the option's noun or a part of day, as one
# word the time reader leaves alone
_COMPOUND_NOUN = r"(?:termin|slot|option|vorschlag|gesprach|interview|call|treffen)(?:e|en|s)?"
_DAY_COMPOUND = re.compile(
    r"\b(?P<day>" + _WEEKDAY_NAMES + r")s?-?(?:(?P<part>morgen|vormittag|nachmittag|abend)s?"
    r"(?:-?" + _COMPOUND_NOUN + r")?|" + _COMPOUND_NOUN + r")\b"
)


def _within_days(
    folded: str,
    named: list[tuple[int, int]],
    ranked: Sequence[tuple[int, int]],
    clauses: _Clauses,
    proposed: Sequence[Window],
    mentions: Sequence[Mention],
) -> list[tuple[int, int]]:
    """ "El jueves, el primero", "Am Mittwoch lieber den zweiten Termin": an ordinal in the
    sentence of a day named without hours counts among that day's options, when it has that
    many; otherwise it counts in the whole list."""
    ranks = {at: rank for rank, at in ranked}
    if not ranks:
        return named
    stops = [m.end() for m in _DAY_SCOPE_END.finditer(folded)]
    result = []
    for number, at in named:
        rank = ranks.get(at)
        if rank is None:
            result.append((number, at))
            continue
        k = bisect_right(stops, at)
        start, end = stops[k - 1] if k else 0, stops[k] if k < len(stops) else len(folded)
        compound = _DAY_COMPOUND.search(folded, start, end)
        day = _FOLDED_WEEKDAYS[compound.group("day")] if compound else None
        on_day = {n for n, o in enumerate(proposed, 1) if o.start.weekday() == day}
        for mention in mentions:
            bare_day = not (mention.has_time or mention.negated or dayless(mention))
            # one day: a week ("je suis du matin cette semaine, la deuxième option") orders
            # nothing the list does not
            bare_day = bare_day and len({w.start.date() for w in mention.windows}) == 1
            bare_day = bare_day and not clauses.negated(*mention.span)
            if bare_day and start <= mention.span[0] < end:
                on_day |= _on_days(mention, proposed)
        ordered = sorted(on_day, key=lambda n: proposed[n - 1].start)
        if len(ordered) >= abs(rank):
            number = ordered[rank if rank < 0 else rank - 1]
        result.append((number, at))
    return result


def _matches(mention: Mention, option: Window) -> bool:
    """The option starts inside a window the phrase names; a bare day names all its hours."""
    for window in mention.windows:
        start = option.start.astimezone(window.start.tzinfo)
        if window.start <= start < window.end:
            return True
        whole_day = (window.start.time(), window.end.time()) == (_DAY_START, _DAY_END)
        if not mention.has_time and whole_day and start.date() == window.start.date():
            return True
    return False


_DOUBTS = (
    Cue.NEGATIVE,
    Cue.CANT_MAKE,
    Cue.REJECT_ALL,
    Cue.ELSEWHEN,
    Cue.LATER,
    Cue.BUSY,
    Cue.HOLD,
    Cue.QUESTION,
)


def _day_refusals(
    hits: Sequence[Hit], clauses: _Clauses, proposed: Sequence[Window], mentions: Sequence[Mention]
) -> dict[Hit, set[int]]:
    """The refusals of "both" or "all" whose clause names a day, each with the options it
    turns down: "Dienstag passt beides nicht", "Tuesday, neither works", "mardi, aucun des deux"
    refuse that day's options, not every option offered."""
    found: dict[Hit, set[int]] = {}
    refusals = [h for h in hits if h.cue is Cue.REJECT_ALL]
    if not refusals:
        return found
    ordered = sorted(mentions, key=lambda m: m.span)
    starts = [m.span[0] for m in ordered]

    def within(left: int, right: int) -> list[Mention]:
        return ordered[bisect_left(starts, left) : bisect_left(starts, right)]

    for h in refusals:
        left, right = clauses.bounds(h.start, h.end)
        days = [m for m in within(left, right) if not dayless(m)]
        if not days and left:
            # the day put first as the topic, alone before its comma: "Mercredi, aucun des deux"
            topic = clauses.bounds(left - 1, left - 1)
            days = [m for m in within(*topic) if _alone_in(clauses.folded, m, topic)]
        on = set().union(*(_on_days(m, proposed) for m in days))
        if 0 < len(on) < len(proposed):
            found[h] = on
    return found


def _alone_in(folded: str, mention: Mention, clause: tuple[int, int]) -> bool:
    """The phrase is all its clause says but an article ("Mercredi,", "Am Mittwoch,")."""
    start, end = mention.span
    if dayless(mention) or not clause[0] <= start < clause[1]:
        return False
    rest = folded[clause[0] : start] + folded[end : clause[1]]
    return len(rest.strip(" \t\n,;:-")) <= _ARTICLE_ROOM


_ARTICLE_ROOM = 3  # "am", "le", "el", "na", "on"


def _plain_yes(hits: Sequence[Hit], elsewhere: bool) -> bool:
    """A yes to a single option: "that works", or a bare "ok"/"perfect" with nothing against it."""
    if any(h.cue is Cue.CONFIRM and h.strong for h in hits):
        return True
    # a weak word ("ok", "sure") is a yes only when nothing in the reply doubts or redirects it
    return (
        any(h.cue is Cue.CONFIRM for h in hits)
        and not elsewhere
        and not any(h.cue in _DOUBTS for h in hits)
    )


def pick(
    folded: str,
    hits: Sequence[Hit],
    proposed: Sequence[Window],
    mentions: Sequence[Mention],
    zone: tzinfo | None = None,
    zones: Callable[[], Sequence[tuple[int, int, str]]] = tuple,
) -> Pick | None:
    """The lowest option the reply accepts, or None when it picks none; `zone` is the
    sender's own, `zones` those the reply names (`lex.named_zones`)."""
    if not proposed:
        return None
    # "Le 3 ou le 1", "el 2 me va": in reply to numbered options an article and a lone digit
    # name an option, not that day of the month
    covered = [m.span for m in mentions if not _option_number(folded, m)]
    # After "none of those" or "could we do another day instead", named days are counter-offers.
    clauses = _Clauses(folded, hits)
    ranks = _ranks(folded)
    named = _numbers(folded, len(proposed), covered, ranks)
    named = _within_days(folded, named, ranks, clauses, proposed, mentions)
    # "Thursday works, the other two don't", "die beiden anderen Termine gehen nicht": a refusal
    # of the options other than those named refuses not all of them
    others = [m.span() for m in _OTHERS.finditer(folded)] if _OTHER_WORD.search(folded) else []
    reach = [b + 1 for _, b in others]
    on_day = _day_refusals(hits, clauses, proposed, mentions)
    singled = (
        [at for at, _ in _timed(folded, clauses, proposed, mentions, covered)]
        if any(h.cue is Cue.ELSEWHEN for h in hits)
        else []
    )
    rejected_all = any(
        (
            h.cue is Cue.REJECT_ALL
            or (
                h.cue is Cue.ELSEWHEN
                and not _prefers(folded, clauses, h, singled)
                and not _corrects(folded, h.start)
            )
        )
        and not _touches(others, reach, h.start, h.end)
        and h not in on_day
        for h in hits
    )
    excluded = {n for n, p in named if clauses.negated(p, p + 1) or _put_aside(folded, p)}
    excluded |= set().union(*on_day.values())
    if others and all(p < others[0][0] for _, p in named):
        # "Option 1 is too early, but either of the other two is fine", "Thursday's no good,
        # the other two work": the options other than those named before, when said yes to
        # ("Option 1 works, the other two don't" leaves option 1 named)
        before = {n for n, _ in named} | _on_days_named(folded, mentions, proposed, others[0][0])
        if before and _said(folded, hits, clauses, clauses.bounds(*others[0])):
            options = set(range(1, len(proposed) + 1))
            left = options - before
            count = _OTHERS_COUNT.search(folded, *others[0])
            told = 2 if count is not None and count.group(1) else 3
            miscounted = count is not None and len(left) != told
            if miscounted:
                # "el jueves a las 9 no llego, cualquiera de las otras dos", two options on
                # Thursday and the 9 read as the day from 9: the weekday and its clock name
                # the one option it starts
                at_hour = _at_option_hour(folded, clauses, proposed, mentions, refused=True)
                timed = {n for n, _ in named}.union(
                    *(on for at, on in at_hour if at < others[0][0])
                )
                if timed and len(options - timed) == told:
                    left, miscounted = options - timed, False
            return Pick(min(left), explicit=not miscounted, ambiguous=miscounted) if left else None
    every = _every_but(folded, hits, clauses)
    if every is not None:
        # "all but the Tuesday one", "tous sauf le 2": every option other than those the
        # exception names, by number or by day and time
        (start, end), said_no = every
        cut = {n for n, p in named if start <= p < end}
        doubled = False  # a digit in the exception names another option by number than by day
        for m in mentions:
            if start <= m.span[0] < end:
                on = _matched(m, proposed) or _on_days(m, proposed)
                cut |= on
                doubled = doubled or _number_or_day(folded, m, on, len(proposed))
        cut |= _day_parts(folded, start, end, proposed)
        rest = set(range(1, len(proposed) + 1)) - cut
        # "all are booked except the Thursday one": every option refused but the exception
        left = cut if said_no else rest
        return Pick(min(left), explicit=True, ambiguous=doubled) if cut and rest else None
    chosen = {n for n, _ in named} - excluded
    if chosen:
        placed = [(p, {n}) for n, p in named if n in chosen]
        if _ALSO.search(folded) or _PREFERRING.search(folded):
            # "the 1pm or the last one": an option named by its time beside one named by its
            # place is acceptable as well
            by_time = [
                (at, on)
                for at, on in _timed(folded, clauses, proposed, mentions, covered)
                if _beside(folded, at)
            ]
            placed += [(at, on) for at, on in by_time if not on & excluded]
            chosen |= set().union(*(on for _, on in by_time)) - excluded
        return Pick(_preferred(folded, clauses, placed) or min(chosen), explicit=True)
    if rejected_all:
        return None
    again = restated_pick(folded, clauses, proposed, zone, zones)
    if again is not None:
        return Pick(again, explicit=False)
    at_clock = _at_clock(folded, clauses, proposed)
    if len(at_clock) == 1:
        return Pick(at_clock.pop(), explicit=False)
    selected = _selected(folded, clauses, proposed, mentions) or _weekend(folded, clauses, proposed)
    if selected is not None:
        return selected
    # "Thu 10 pls", "Friday at 11": a weekday and a clock that is an option's start on that day
    # name the option, whatever the time reader made of them (the 10th of the month; a phrase a
    # later clause cut: "Friday at 11 is perfect for me, I'm off that morning")
    at_hour = _at_option_hour(folded, clauses, proposed, mentions)
    hour_at = [at for at, _ in at_hour]
    elsewhere = False  # the reply names a time that matches no option
    away: list[tuple[int, int]] = []  # where it names days no option is on
    option_days = {o.start.date() for o in proposed}
    said: list[tuple[int, int, set[int]]] = []  # each day named, where, and the options on it
    vague: set[int] = set()  # options matched only by a time or part of day with no day named
    clocked: set[int] = set()  # those of them matched by a clock ("the 4pm one")
    wide = False
    said_before = -1  # where the last phrase ends
    for mention in mentions:
        start, end = mention.span
        if _ordinal_digit(folded, mention):
            continue
        echo = _RESTATED.match(folded, end) is not None
        if echo:
            # the reader may have joined the restated time to the one before it; a phrase that
            # restates none ("Wednesday at 10am your time") is the time itself on their clock
            kept = _unrestated(folded, end, mention.windows)
            alone = said_before <= clauses.bounds(start, end)[0]
            if dayless(mention) or not (kept or alone):
                continue
            timed_alone = not _LAST_CLOCK.search(folded, max(0, end - _CLOCK_REACH), end)
            if alone and (not kept or timed_alone):
                mention = _on_their_clock(mention, proposed)
            else:
                mention = replace(mention, windows=kept)
        said_before = max(said_before, end)
        matched = _matched(mention, proposed)
        # a weekday and clock inside the phrase, turned down in their own clause or not
        inside = at_hour[bisect_left(hour_at, start) : bisect_left(hour_at, end)]
        timed = set().union(*(options for _, options in inside))
        if _row_refused(folded, mention):
            # (the row's weekday and clock name the option its answer turns down)
            excluded |= matched
        elif mention.negated or clauses.phrase_negated(mention):
            excluded |= matched - timed
        elif dayless(mention):
            vague |= matched
            # (said to suit, and not said again on another clock: "the 1pm ET slot would be 1am
            # for me")
            if mention.has_time and not echo and _suits(folded, hits, clauses.bounds(start, end)):
                clocked |= matched
            # "free after 3": an option inside a span of hours, with no day, is a guess
            wide = wide or any(
                w.end - w.start > proposed[i - 1].end - proposed[i - 1].start
                for i in matched
                for w in mention.windows[:1]
            )
        else:
            chosen |= matched
            said.append((start, end, matched))
            if not matched | timed:
                elsewhere = True
                if not any(w.start.date() in option_days for w in mention.windows):
                    away.append((start, end))
    for at, options in at_hour:
        chosen |= options
        said.append((at, at + 1, options))
    for start, end, matched in _compounds(folded, 0, len(folded), proposed):
        # the time reader, which reads "geht bei mir leider nicht" after a day, never sees these
        if clauses.negated(start, end) or _NOT.search(folded, *clauses.bounds(start, end)):
            excluded |= matched
        else:
            chosen |= matched
            said.append((start, end, matched))
    if len(chosen) > 1:
        chosen = _affirmed(folded, hits, clauses, said) or chosen
    if len(chosen) > 1:
        placed = [(start, matched) for start, _, matched in said]
        placed += _timed(folded, clauses, proposed, mentions, covered, dayless_only=True)
        preferred = _preferred(folded, clauses, placed)
        chosen = {preferred} if preferred in chosen else chosen
    # "Morning, the 14th at 3 works": a day named outranks a bare greeting or part of day; (round
    # 48) beside a clock that names another option ("The 4pm one suits me best. Thursday I'm
    # doing site visits"), which one is meant a person tells
    clocked -= excluded
    guessed = (not chosen and wide) or bool(chosen and clocked and not clocked & chosen)
    if not chosen:
        chosen = vague
    # "Any of them", or a plain yes to the one option offered.
    # ("la semaine du 7, n'importe quel matin": an "any" inside a time named on other days than
    # the options' is that time's)
    agreed = [
        h
        for h in hits
        if h.cue is Cue.ANY_OPTION
        and not clauses.negated(h.start, h.end)
        and not any(s <= h.start < e for s, e in away)
    ]
    # "either of the two" takes both days the reply named, and neither is a guess
    both = bool(chosen) and (
        any(_OF_THE_TWO.match(folded, h.end) for h in agreed)
        or (len(chosen) > 1 and _EITHER_NAMED.search(folded) is not None)
    )
    anyone = bool(agreed) and not both
    if anyone or (len(proposed) == 1 and _plain_yes(hits, elsewhere)):
        # "any of the three, but if I can, Friday's": the one wished for among them all
        wished = _preferred(folded, clauses, [(at, on) for at, _, on in said], least=1)
        chosen = {wished} if anyone and wished else chosen | set(range(1, len(proposed) + 1))
    chosen -= excluded
    if not chosen and not elsewhere and not named:
        short = _short_days(folded, covered, clauses)
        misspelt = _misspelt_days(folded, covered) | {day for day, _ in short}
        chosen = {i for i, o in enumerate(proposed, 1) if o.start.weekday() in misspelt}
        hours = {(day, hour) for day, hour in short if hour is not None}
        if hours:
            # "wed 4 works": the option on that day at that hour
            zone = next((m.windows[0].start.tzinfo for m in mentions if m.windows), None)
            chosen = _at_times(proposed, hours, chosen, zone)
        # a misspelt word that fits several options is no pick; "wed works" with two options
        # on Wednesday is one that a person tells apart
        chosen = set() if len(chosen) > 1 and not short else chosen - excluded
    return (
        Pick(
            min(chosen),
            explicit=False,
            ambiguous=(len(chosen) > 1 or guessed) and not (anyone or both),
        )
        if chosen
        else None
    )


# "Wednesday at 1 would work too", "ou mercredi", "oder Mittwoch", "o el miércoles", "também":
# a second day offered beside the one said yes to
_ALSO = re.compile(
    r"\b(?:or|also|too|as\s+well|either|ou|aussi|egalement|soit|oder|auch|ebenfalls|entweder"
    r"|o(?=\s+(?:el|la|los|las|\d))|tambien|tambem|tanto)\b"
)


def _beside(folded: str, at: int) -> bool:
    """An "or", "too" or wish in the sentence of the time at `at`: "Option 2 works, or Wednesday
    at 1", not an "or" of another sentence's ("Option 2 passt am besten – am Montag habe ich
    Frühdienst. Ist das vor Ort oder per Teams?")."""
    start, stop = _sentence_start(folded, at, _WRAPPED_SENTENCE_END), _sentence_stop(folded, at)
    return bool(_ALSO.search(folded, start, stop) or _PREFERRING.search(folded, start, stop))


def _affirmed(
    folded: str, hits: Sequence[Hit], clauses: _Clauses, said: Sequence[tuple[int, int, set[int]]]
) -> set[int]:
    """ "Thursday afternoon is perfect - meetings eat my Tuesdays": of the days a reply names,
    those in a clause that says yes, when the others stand in clauses that say nothing of
    them (a reason, a habit) and nothing offers them as well; empty otherwise."""
    yes = sorted(
        [h.start for h in hits if h.cue is Cue.CONFIRM]
        + [m.start() for m in _SUITS.finditer(folded)]
    )
    if not yes:
        return set()
    affirmed: set[int] = set()
    rest: set[int] = set()
    for start, end, matched in said:
        left, right = clauses.bounds(start, end)
        i = bisect_left(yes, left)
        (affirmed if i < len(yes) and yes[i] < right else rest).update(matched)
    first = min(start for start, _, _ in said)
    last = clauses.bounds(*max((end, end) for _, end, _ in said))[1]
    if not affirmed or not rest - affirmed or _ALSO.search(folded, first, last):
        return set()
    return affirmed


# a word that says which of the options named the sender would rather have, in five languages
_PREFERRING_WORDS = (
    "prefer",
    "prefie",
    "prefir",
    "ideal",
    "possi",
    "lieb",
    "vorzug",
    "moglich",
    "se der",
    "puede",
    "rather",
    "plutot",
    "mieux",
    "bevorzug",
    "wahl",
    "inclin",
    "lean",
    "se puder",
    "choose",
    "pick",
    "better",
    "besser",
    "mejor",
    "melhor",
)
# (one of _PREFERRING_WORDS is in every match; "prefer" opens every form of the verb and noun in
# the Romance languages: "préférerais", "preferiría", "preferia", "de preferência")
_PREFERRING = re.compile(
    r"\b(?:prefer(?!s\b)\w*|prefie\w*|prefir\w*|(?:i'?d|would)\s+rather|ideally|if\s+possible"
    r"|if\s+i\s+(?:can|could|had\s+to|have\s+to|get\s+to)\s+(?:choose|pick)|my\s+pick"
    r"|lean(?:ing)?\s+towards?|idealement|si\s+possible|plutot|j'aimerais\s+mieux"
    r"|si\s+je\s+(?:peux|dois)\s+choisir|am\s+liebsten|lieber|bevorzug\w*|idealerweise"
    r"|vorzugsweise|wenn\s+moglich|moglichst|wenn\s+ich\s+(?:die\s+wahl\s+habe|wahlen\s+(?:darf|kann|muss))"
    r"|idealmente|si\s+es\s+posible|si\s+puede\s+ser|si\s+se\s+puede|me\s+inclino\s+por"
    r"|se\s+possivel|se\s+for\s+possivel|se\s+der|se\s+puder"
    # the option that suits better: "works better for us", "nous arrange mieux", "passt uns
    # besser", "nos queda mejor", "fica melhor"
    r"|(?:works?|suits?(?:\s+(?:me|us))?|is)\s+better|(?:arrange|convient|va)\s+mieux"
    r"|(?:passt|geht)\s+(?:(?:mir|uns)\s+)?besser|(?:queda|viene|va)\s+mejor|fica\s+melhor)\b"
    # (nor a wish not to: "prefiero no arriesgarme", "I'd rather not", "je préfère ne pas",
    # "lieber nicht", "prefiro não")
    r"(?!\s+(?:evitar|eviter|avoid|not|no|nao|nicht|ne\s+pas|pas)\b)"
)


def _preferred(
    folded: str, clauses: _Clauses, placed: Sequence[tuple[int, set[int]]], least: int = 2
) -> int | None:
    """ "Option 1 or 3, preferably 3", "el jueves si puede ser, si no el martes": of the options
    a reply accepts (named at `least` places), the one named in the clause of a word of
    preference, when that clause names one option alone."""
    if len(placed) < least or not any(w in folded for w in _PREFERRING_WORDS):
        return None
    for m in _PREFERRING.finditer(folded):
        left, right = clauses.bounds(m.start(), m.end())
        named = set().union(*(on for at, on in placed if left <= at < right))
        if not (
            named or folded[left : m.start()].strip(" ,;:-") or folded[m.end() : right].strip()
        ):
            # a wish that is its clause alone is of what the next one names: "am liebsten aber
            # Donnerstag", "ideally, Thursday" ("11h de préférence, sinon jeudi" is of the 11h)
            right = clauses.bounds(right + 1, right + 1)[1]
            named = set().union(*(on for at, on in placed if left <= at < right))
        if len(named) == 1:
            return named.pop()
    return None


def _timed(
    folded: str,
    clauses: _Clauses,
    proposed: Sequence[Window],
    mentions: Sequence[Mention],
    covered: Sequence[tuple[int, int]],
    dayless_only: bool = False,
) -> list[tuple[int, set[int]]]:
    """Where each day or time phrase not turned down stands that names one option alone."""
    found = []
    kept = set(covered)
    for mention in mentions:
        start, end = mention.span
        if (
            mention.span not in kept
            or (dayless_only and not dayless(mention))
            or mention.negated
            or clauses.negated(start, end)
            or _RESTATED.match(folded, end)
        ):
            continue
        matched = _matched(mention, proposed)
        if len(matched) == 1:
            found.append((start, matched))
    return found


def dayless(mention: Mention) -> bool:
    """A time or part of day named without a day ("mornings", "10am")."""
    return len(mention.windows) >= _FORTNIGHT


def _matched(mention: Mention, proposed: Sequence[Window]) -> set[int]:
    """The options a phrase names. A weekday said in reply to options names that weekday among
    them, even when the options lie in the week after the one it first falls in."""
    if dayless(mention):
        return _at_hours_of(mention, proposed)
    matched = {i for i, option in enumerate(proposed, 1) if _matches(mention, option)}
    if matched or not mention.weekday:
        return matched
    later = replace(
        mention, windows=tuple(Window(w.start + _WEEK, w.end + _WEEK) for w in mention.windows)
    )
    return {i for i, option in enumerate(proposed, 1) if _matches(later, option)}


def _at_hours_of(mention: Mention, proposed: Sequence[Window]) -> set[int]:
    """ "The 3pm", "celle de 11h": a time with no day names the options that start inside its
    hours on any day, not only in the fortnight the reader laid it on (options often lie beyond
    it). Its last window has the hours whole: the first may have begun before the reply."""
    hours = mention.windows[-1]
    start, end = hours.start.time(), hours.end.time()
    till_midnight = hours.end.date() > hours.start.date()
    starts = [option.start.astimezone(hours.start.tzinfo).time() for option in proposed]
    return {i for i, at in enumerate(starts, 1) if start <= at and (till_midnight or at < end)}


def named_days(mention: Mention) -> set[date]:
    """The dates a phrase's windows fall on (in the zone it was read in)."""
    return {w.start.date() for w in mention.windows}


def _selected(
    folded: str, clauses: _Clauses, proposed: Sequence[Window], mentions: Sequence[Mention]
) -> Pick | None:
    """The option a reply tells apart by when in its day it lies ("the later slot on
    Wednesday"), among the options on the days it names, or all of them if it names none."""
    later, earlier = _part_edges(folded, clauses)
    if not later and not earlier:
        later = [
            m
            for m in (_LATER.finditer(folded) if _LATE_WORD.search(folded) else ())
            if _selects(folded, clauses, m)
        ]
        earlier = [
            m
            for m in (_EARLIER.finditer(folded) if _EARLY_WORD.search(folded) else ())
            if _selects(folded, clauses, m)
        ]
    if not later and not earlier:
        return None
    if later and earlier:
        # "later wed one pls, the morning one has a delivery": both said, and nothing read says
        # no to either; when they name two options, a person tells which is wanted
        late = _selected_by(folded, clauses, proposed, mentions, later, True)
        early = _selected_by(folded, clauses, proposed, mentions, earlier, False)
        if late is None or early is None or late.selected == early.selected:
            return None
        first = late if later[0].start() < earlier[0].start() else early
        return Pick(first.selected, explicit=False, ambiguous=True)
    return _selected_by(folded, clauses, proposed, mentions, later or earlier, bool(later))


def _selected_by(
    folded: str,
    clauses: _Clauses,
    proposed: Sequence[Window],
    mentions: Sequence[Mention],
    found: Sequence[re.Match[str]],
    late: bool,
) -> Pick | None:
    """The option the selectors `found` (the later ones when `late`) tell apart."""
    # the day the selector speaks of is the one named next to it, whatever the reader made of
    # the rest of its sentence ("the later slot on Tuesday, please. Mornings are tricky")
    at = found[0].start()
    near = [m for m in mentions if not dayless(m) and abs(m.span[0] - at) <= _SELECTOR_REACH]
    # (round 34) a day ruled out beside it, or named in the next sentence, is not the
    # selector's ("the later slot on Wednesday works. I'm in Boston Thursday", "le créneau le
    # plus tard mercredi me va. Je suis à Lyon jeudi"), unless no other is near
    own = [
        m
        for m in near
        if not m.negated
        and not clauses.negated(*m.span)
        and not _WRAPPED_SENTENCE_END.search(folded, min(at, m.span[0]), max(at, m.span[0]))
    ]
    # (round 35) a weekday in the selector's own clause that the time reader joined to a later
    # phrase ("The later one on Thursday please. I'm on earlies this week so afternoons are
    # easier") is still the selector's day, whatever the next sentence names
    written = set() if own else _days_written(folded, clauses, found[0])
    near = own or near
    named = near or [
        m for m in mentions if not m.negated and not dayless(m) and not clauses.negated(*m.span)
    ]
    candidates = set(range(1, len(proposed) + 1))
    # "the later one on thurs": a short weekday beside the selector names its day too
    short = written or {
        _SHORT_DAYS[m.group(1)]
        for m in _SHORT_ANYWHERE.finditer(
            folded, max(0, at - _SELECTOR_REACH), at + _SELECTOR_REACH
        )
    }
    if (written or not near) and short:
        candidates = {n for n in candidates if proposed[n - 1].start.weekday() in short}
        if not candidates:
            return None
    elif named:
        on_day = set().union(*(_on_days(m, proposed) for m in named))
        if not on_day:
            return None
        candidates = on_day
    # "the morning one", "celui du matin", "der Vormittagstermin": a part of day names the
    # options that lie in it, not merely the earliest
    hours = _part_hours(found[0].group())
    inside = {n for n in candidates if proposed[n - 1].start.hour in hours}
    if not inside:
        return None
    ordered = sorted(inside, key=lambda n: proposed[n - 1].start)
    return Pick(ordered[-1] if late else ordered[0], explicit=False)


# (round 35) the options listed back one a row with the answer to each after it, as a reply
# beside a list or an Outlook table gives them ("Do 6.2., 10:00 nein – Revision", "Thu 10am:
# no", "mardi 14h – non", "jueves 10:00: no disponible", "quinta 10h ✗"); the answer is the
# row's whole entry or opens it before a reason ("no problem" is a yes)
_ROW_OPENS = re.compile(r"[^\S\n]*(?:[-–—•*·▪>][^\S\n]*)?")
_ROW_NO = re.compile(
    r"[^\S\n]*[:\-–—|]?[^\S\n]*(?:no|nein|non|nao|nope|not|unavailable|indisponible|indisponivel"
    r"|(?:not|nicht|no|pas|nao)\s+(?:possible|available|free|moglich|verfugbar|frei|disponibles?"
    r"|disponivel|posible|possivel|libre|livre)|geht\s+nicht|passt\s+nicht|impossible|imposible"
    r"|impossivel|busy|occupee?|besetzt|ocupad[oa]|[✗✘❌])(?=[^\S\n]*(?:$|[\n,;.!(–—-]))",
    re.MULTILINE,
)


def _row_refused(folded: str, mention: Mention) -> bool:
    """The phrase opens its line and the rest of the line turns it down."""
    start, end = mention.span
    line = folded.rfind("\n", 0, start) + 1
    return (
        _ROW_OPENS.fullmatch(folded, line, start) is not None
        and "\n" not in folded[start:end]
        and _ROW_NO.match(folded, end) is not None
    )


_DAY_WRITTEN = re.compile(r"\b(" + _WEEKDAY_NAMES + "|" + _SHORT_WEEKDAY_NAMES + r")\b")


def _days_written(folded: str, clauses: _Clauses, selector: re.Match[str]) -> set[int]:
    """The weekdays written, and not turned down, in the selector's own clause."""
    start, end = clauses.bounds(*selector.span())
    return {
        _WEEKDAY_WORDS[m.group(1)]
        for m in _DAY_WRITTEN.finditer(folded, start, end)
        if not clauses.negated(*m.span())
    }


# the option named before it in its sentence put aside by a word that stands for it, or by a
# bare "rather not": "the first one is at 10pm here, I'd rather avoid it", "le premier tombe
# à 19h, je préfère l'éviter", "der erste wäre ungünstig", "la primera, mejor no", "a primeira
# calha às 18h, prefiro evitar" (not "the first works, I'd rather avoid Thursday")
_PUT_ASIDE = re.compile(
    r"\b(?:avoid|skip|pass\s+on|drop|rule\s+out|give)\s+(?:it|that(?:\s+one)?|this(?:\s+one)?)"
    r"(?:\s+a\s+miss)?\b|\bnot\s+(?:that|this)\s+one\b|\brather\s+not\b"
    r"|\b(?:l'eviter|l'exclure|la\s+sauter|le\s+sauter)\b|\bpas\s+(?:celui|celle)-(?:la|ci)\b"
    r"|\bplutot\s+pas\b|\b(?:lieber|eher)\s+nicht\b|\bungunstig\b|\b(?:vermeiden|auslassen)\b"
    r"|\b(?:evitarla|evitarlo|saltarla|saltarlo|descartarla|descartarlo)\b|\bmejor\s+no\b"
    r"|\b(?:evita-la|evita-lo|descarta-la|descarta-lo)\b|\bmelhor\s+nao\b"
    r"|\b(?:prefiro|prefiero|prefere|prefiere|je\s+prefere)\s+(?:evitar|eviter)\b(?!\s+(?:\w+day|o|a|el|la|le"
    r"|les|os|as|los|las)\b)"
)


def _put_aside(folded: str, at: int) -> bool:
    """The option named at `at` is put aside later in its own sentence (`_PUT_ASIDE`), which
    may run over the wrapped lines of a mail."""
    return _PUT_ASIDE.search(folded, at, _sentence_stop(folded, at)) is not None


def _sentence_start(folded: str, at: int, ends: re.Pattern[str]) -> int:
    """Where the sentence `at` lies in opens, as `ends` close sentences, within reach."""
    lo = max(0, at - _SENTENCE_REACH)
    return max((m.end() for m in ends.finditer(folded, lo, at)), default=lo)


def _sentence_stop(folded: str, at: int) -> int:
    """Where the sentence `at` lies in ends, over the wrapped lines of a mail, within reach."""
    end = _WRAPPED_SENTENCE_END.search(folded, at, at + _SENTENCE_REACH)
    return end.start() if end else at + _SENTENCE_REACH


# a word that turns a clause down, in the five languages
_NOT = re.compile(
    r"\b(?:not|no|never|cannot|can't|won't|doesn't|don't|pas|non|jamais|nicht|nie|kein\w*"
    r"|unmoglich|ausgeschlossen|nunca|imposible|nao|impossivel|impossible)\b"
)


def _compounds(
    folded: str, start: int, end: int, proposed: Sequence[Window]
) -> Iterator[tuple[int, int, set[int]]]:
    """Each compound of a weekday in start..end, where it stands, and the options on its day
    and in its part of day."""
    for m in _DAY_COMPOUND.finditer(folded, start, end):
        day, hours = _FOLDED_WEEKDAYS[m.group("day")], _part_hours(m.group("part") or "")
        on = {
            n
            for n, o in enumerate(proposed, 1)
            if o.start.weekday() == day and o.start.hour in hours
        }
        # "der Mittwochstermin um 16 Uhr": the clock after it tells that day's options apart
        clock = _short_hour(folded, m.end())
        yield m.start(), m.end(), {n for n in on if clock in (None, proposed[n - 1].start.time())}


def _day_parts(folded: str, start: int, end: int, proposed: Sequence[Window]) -> set[int]:
    """The options the weekday compounds in start..end name."""
    return set().union(*(on for _, _, on in _compounds(folded, start, end, proposed)))


# A part of day told by its end or its start ("late morning", "en fin de matinée", "am späten
# Vormittag", "a última hora de la mañana", "no fim da manhã"; "early afternoon", "en début
# d'après-midi", "am frühen Nachmittag", "a primera hora de la tarde", "no início da tarde"):
# the last or the first of the options in that part of the day. It outranks the bare part word
# inside it, which alone would name the whole part ("the late-morning Tuesday slot").
_PART_NAME = (
    r"(?:morning|afternoon|matinee|matin|apres-midi|aprem|vormittags?|nachmittags?|morgens?"
    r"|manana|manha|tarde)"
)
_EDGE_OF = r"(?:\s+(?:of|de|d'|del|da|do|des|in|en|am|dans|of\s+the|de\s+la|in\s+the|en\s+la))*\s*"
# (Portuguese "no"/"ao" before the noun is "in the", never the Spanish "no" that excludes)
_PT_IN_THE = r"(?:(?:no|ao)\s+(?=fi|in|co))?"
_LATE_PART = re.compile(
    r"\b(?:"
    + _PT_IN_THE
    + r"(?:(?:late|later|latish|fin|tard|ende|gegen\s+ende|spat|spaten|spater|ultimas?\s+horas?"
    r"|final|finales|fim|finzinho)[\s-]*"
    + _EDGE_OF
    + r"|(?:end|close|tail\s+end)\s+of\s+(?:the\s+)?)(?:la\s+|l'|o\s+|a\s+)?"
    + _PART_NAME
    + r"|spat(?:e[nmrs]?)?(?:vormittags?|nachmittags?))\b"
)
_EARLY_PART = re.compile(
    r"\b(?:"
    + _PT_IN_THE
    + r"(?:(?:early|earlier|debut|tout\s+debut|tot|fruh|fruhe[nmrs]?|anfang|primera\s+hora"
    r"|principio|inicio|comienzo|comeco|temprano|cedo)[\s-]*"
    + _EDGE_OF
    + r"|(?:start|beginning)\s+of\s+(?:the\s+)?)(?:la\s+|l'|le\s+|o\s+|a\s+)?"
    + _PART_NAME
    + r"|fruh(?:e[nmrs]?)?(?:vormittags?|nachmittags?|morgens)|first\s+thing"
    + r"|logo\s+(?:de|pela)\s+manha|(?:de\s+)?manha\s+cedo|de\s+bon\s+matin)\b"
)
# one of these is in every match of the two patterns: a cheap test rules most replies out
_EDGE_GATE = re.compile(
    r"late|end|close|fin|tard|spat|ultim|fim|early|start|begin|debut|tot|fruh|anfang|primera"
    r"|princip|inicio|comienzo|comeco|temprano|cedo|first|bon"
)


def _part_edges(folded: str, clauses: _Clauses) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The parts of day told by their end, and by their start, that the reply selects with."""
    if _EDGE_GATE.search(folded) is None:
        return [], []
    return (
        [m for m in _LATE_PART.finditer(folded) if _selects(folded, clauses, m)],
        [m for m in _EARLY_PART.finditer(folded) if _selects(folded, clauses, m)],
    )


# the parts of day a selector may name, and the hours an option starts in to lie in them
_PARTS = (
    (re.compile(r"morning|vormittag|morgen|matin|manha|manana"), range(0, 12)),
    (re.compile(r"afternoon|nachmittag|(?<!mas\s)(?<!mais\s)tarde|apres-midi"), range(12, 17)),
    (re.compile(r"evening|abend|soir|noite|noche"), range(17, 24)),
)


def _part_hours(selector: str) -> range:
    """The hours of the part of day a selector names; every hour when it only compares."""
    return next((hours for word, hours in _PARTS if word.search(selector)), range(24))


# "the weekend one", "den Termin am Wochenende", "celui du week-end", "el del fin de semana",
# "o do fim de semana": the option that falls on a Saturday or Sunday
_WEEKEND_ONE = re.compile(
    r"\bweekend\s+(?:one|slot|option|time)|\b(?:one|slot|option)\s+(?:at|on)\s+the\s+weekend"
    r"|\b(?:celui|celle|creneau)\s+du\s+week-?end|\b(?:termin|option)\s+am\s+wochenende"
    r"|\bwochenendtermin|\b(?:el|la|o|a|opcion|opcao|horario)\s+d(?:el|o|a)\s+f(?:in|im)\s+de\s+semana"
)
_WEEKEND_WORDS = ("week", "semana", "wochenend")  # one of them is in every match
_SATURDAY = 5


def _weekend(folded: str, clauses: _Clauses, proposed: Sequence[Window]) -> Pick | None:
    """The one option on a weekend day, named as the weekend's."""
    named = _WEEKEND_ONE.search(folded) if any(w in folded for w in _WEEKEND_WORDS) else None
    if named is None or clauses.negated(named.start(), named.end()):
        return None
    on = [n for n, o in enumerate(proposed, 1) if o.start.weekday() >= _SATURDAY]
    return Pick(on[0], explicit=False) if len(on) == 1 else None


def _corrects(folded: str, at: int) -> bool:
    """A "rather" said in the sentence of a correction goes with it ("enfin non, plutôt jeudi",
    "j'ai changé d'avis, jeudi 10h plutôt"): what it asks for stands in for what came before."""
    return _CORRECTION.search(folded, _sentence_start(folded, at, SENTENCE_END), at) is not None


def _prefers(folded: str, clauses: _Clauses, hit: Hit, singled: Sequence[int]) -> bool:
    """ "Plutôt le créneau de l'après-midi": a "rather" whose clause goes on to tell one option
    from the others prefers among them instead of asking for other times, and so does a
    "rather" said after what it prefers ("le créneau de fin de journée plutôt"), or one whose
    clause points at one option by its time ("the 4pm one instead", "celui de 16h plutôt").
    `singled`: where each phrase stands that names one option alone."""
    start, end = clauses.bounds(hit.start, hit.end)
    if any(s.search(folded, start, end) for s in (_LATER, _EARLIER)):
        return True
    lo, hi = bisect_left(singled, start), bisect_left(singled, end)
    return any(
        _POINTED.search(folded, max(start, at - _POINTER_REACH), at) for at in singled[lo:hi]
    )


def _selects(folded: str, clauses: _Clauses, m: re.Match[str]) -> bool:
    """A selector that is not turned down and not asked about ("is there a later slot?")."""
    # (a question the mail client wrapped goes on past its line's end)
    end = _WRAPPED_SENTENCE_END.search(folded, m.end(), m.end() + _SENTENCE_REACH)
    # "could you put me down for the later of the two?" asks for an option that exists
    definite = _DEFINITE.search(folded, max(0, m.start() - 8), m.start()) or _ARTICLE_LED.match(
        m.group()
    )
    asked = end is not None and end.group() == "?" and not definite
    return not asked and not clauses.negated(m.start(), m.end())


def _on_days(mention: Mention, proposed: Sequence[Window]) -> set[int]:
    """The options that fall on a day the phrase names, whatever hours it gives."""
    tz = mention.windows[0].start.tzinfo if mention.windows else None
    for shift in (timedelta(0), _WEEK):
        if shift and not mention.weekday:
            break
        days = {d + shift for d in named_days(mention)}
        found = {i for i, o in enumerate(proposed, 1) if o.start.astimezone(tz).date() in days}
        if found:
            return found
    return set()


# "This one, please", "celui-ci", "den hier", "este aqui", "the one I marked below", "den
# angekreuzten": the reply points at an option in the quoted list instead of naming it; so
# does one that says it marked it (a cross, a highlight) or where ("see below", "ci-dessous",
# "unten", "abajo", "em baixo"), or names it by what it is to the sender ("celui qui me
# convient", "a que me dá mais jeito")
_POINTING = re.compile(
    r"\b(?:this|that)\s+one\b|\bcel(?:ui|le)-(?:ci|la)\b|\b(?:este|esta|esse|essa|ese|esa|isto)\b"
    r"|\b(?:den|der|die|das)\s+(?:hier|da)\b|\bdiese[nrs]?\b|\b(?:marked|ticked|checked)\b"
    r"|\bangekreuzt\w*|\bmarkiert\w*|\bcoche\w*|\bmarcad[oa]s?\b|\bmarquei\b|\bmarquee?s?\b"
    r"|\bhighlight\w*|\bflagged\b|\bcroix\b|\bsurlign\w*|\bsouligne\w*|\bkreuz\w*"
    r"|\bgekennzeichnet\b|\bangestrichen\b|\bhervorgehoben\b|\bsenal\w*|\bsubray\w*"
    r"|\bassinal\w*|\bdestaq\w*|\bsublinh\w*|\b(?:an?|une?|una|um|ein)\s+(?:x|cruz|kreuz)\b"
    r"|\barrow\b|\bfleche\b|\bflecha\b|\bseta\b|\bpfeil\b"
    r"|\bbelow\b|\bci-dessous\b|\ben\s+dessous\b|\bunten\b|\babajo\b|\bdebajo\b|\babaixo\b"
    r"|\bem\s+baixo\b"
    r"|\bthe\s+one\s+(?:that|which|i)\b|\bcel(?:ui|le)\s+qu(?:i|e)\b"
    r"|\b(?:el|la|o|a)\s+que\s+(?:me|mejor|mais|prefier\w*|prefiro)\b"
    r"|\b(?:der|den|die)(?:,)?\s+(?:der|den|die)\s+mir\b"
)


def pointed(folded: str, hits: Sequence[Hit], mark: Mark | None, count: int) -> Pick | None:
    """The option marked in the quoted list ("[x]", an arrow) that the reply points at, or the
    one it answers with a yes written right under its line."""
    if mark is None or not 1 <= mark.option <= count:
        return None
    # the words written under the option's line, which the reply's text leaves with the quote
    # ("Respondo no meio do seu email." above, "Esta é a melhor para mim." under option 2)
    said = fold(mark.said)
    hits = [*hits, *(find_cues(said) if said else ())]
    if any(h.cue in (Cue.REJECT_ALL, Cue.NEGATIVE, Cue.CANT_MAKE) for h in hits):
        return None
    yes = mark.under and any(h.cue is Cue.CONFIRM for h in hits)
    pointing = mark.pasted or _POINTING.search(folded) or _POINTING.search(said)
    return Pick(mark.option, explicit=True) if yes or pointing else None


# a clause that gives a second choice: "si ya no está, …", "se não der, …", "à défaut …",
# "otherwise …", "failing that …", "sonst …", "de lo contrario …"
_FALLBACK = re.compile(
    r"[;,.!?\n]\s*(?:" + IF_WORDS + r"|otherwise|failing\s+that|else|sinon|a\s+defaut|sonst"
    r"|ansonsten|andernfalls|de\s+lo\s+contrario|si\s+no|senao|caso\s+contrario)\b"
)


# any ordinal after an article, whatever follows ("le premier de préférence"), but a unit of
# time it counts ("the first week", "la primera hora") or a weekday it spells ("a quarta")
_ANY_RANK = re.compile(
    r"\b(?:the|la|el|le|o|a|den|der|die|das)\s+("
    + "|".join(w for w in _ORDINALS if w not in WEEKDAYS)
    + r")\b(?!\s+(?:week|semaine|woche|semana|day|jour|tag|dia|hour|heure|stunde|hora|thing|time"
    r"|fois|mal|vez))"
)


def rank_disagrees(folded: str, selected: int, count: int) -> bool:
    """An ordinal that, counted over the whole list, names another option than the one picked
    while none names it, and a second choice given after it ("Prefiero la primera; si ya no
    está, el miércoles" read as Wednesday's first): the rank was counted among the fallback
    day's options, or the fallback taken for the choice."""
    ranks = _ranks(folded) + [
        (_ORDINALS[m.group(1)], m.start()) for m in _ANY_RANK.finditer(folded)
    ]
    numbers = {count + 1 + rank if rank < 0 else rank for rank, _ in ranks}
    if selected in numbers or not any(1 <= n <= count for n in numbers):
        return False
    first = min(at for _, at in ranks)
    return _FALLBACK.search(folded, first) is not None
