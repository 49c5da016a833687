"""The booked slot moved by an amount: "push it back 30 minutes", "décaler d'une heure"."""

from __future__ import annotations

import re
from datetime import timedelta

from parsers.model import Window

# a verb that moves a meeting, in the sentence that names the amount
_SHIFT = re.compile(
    r"\b(?:push|move|shift|bump|delay|postpone|decal|repouss|report(?:er|ons|ez)|avanc|retard"
    r"|schieb|verschieb|verleg|retras|aplaz|mover|adelant|adia|atras|empurr|antecip)\w*"
)
# "start 15 minutes later", "eine Stunde früher anfangen": beginning, said with a direction
_BEGIN = re.compile(r"\b(?:start|begin|anfang|beginn|commenc|empez|comenz|comec)\w*")
_LATER = re.compile(r"\b(?:later|spater|plus\s+tard|mas\s+tarde|mais\s+tarde|depois)\b")
_AMOUNT = re.compile(
    r"\b(?:(\d{1,3})\s*(?:minutes?|mins?|minutos?|minuten)\b|(half\s+an|an|one|1)\s+hours?\b"
    r"|(?:une\s+)?(demi)-?\s*heure\b|(une)\s+heure\b|(?:eine\s+)?(halbe)\s+stunde\b|(eine)\s+stunde\b"
    r"|(media|meia)\s+hora\b|(una|uma)\s+hora\b)"
)
_HALF = {"half an", "demi", "halbe", "media", "meia"}
# which way: "earlier", "forward", "avancer", "nach vorne", "adelantar", "antecipar"
_EARLIER = re.compile(
    r"\b(?:earlier|forward|up|avanc\w*|plus\s+tot|nach\s+vorne|fruher|vorverleg\w*|adelant\w*"
    r"|antes|antecip\w*|mais\s+cedo)\b"
)
_SENTENCE = re.compile(r"[^.!?\n]+")
_LONGEST = 180  # minutes: a larger amount is no nudge of the booked time


def shifted(folded: str, booked: Window | None) -> Window | None:
    """The booked slot moved by the amount a sentence asks for, later unless it says earlier."""
    if booked is None:
        return None
    for sentence in _SENTENCE.finditer(folded):
        text = sentence.group()
        amount = _AMOUNT.search(text)
        if amount is None:
            continue
        earlier = _EARLIER.search(text) is not None
        begins = _BEGIN.search(text) and (earlier or _LATER.search(text))
        if not (_SHIFT.search(text) or begins):
            continue
        word = next(g for g in amount.groups() if g)
        minutes = 30 if word in _HALF else int(word) if word.isdigit() else 60
        if not 0 < minutes <= _LONGEST:
            continue
        step = timedelta(minutes=-minutes if earlier else minutes)
        return Window(booked.start + step, booked.end + step)
    return None
