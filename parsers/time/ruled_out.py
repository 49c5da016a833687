"""A day ruled out by a verdict right after it, in a sentence of its own beside the offer.

"Wednesday doesn't suit. Thursday afternoon works.", "Mercredi, hors de question.", "Mittwoch
ist ausgeschlossen.", "El miércoles no me cuadra.", "Quarta não rola." The verdict says the day
cannot be done, in the words people use for it in each language (impossible, out of the
question, not doable, no way, not an option, doesn't suit or fit), after the words that may
stand between: a copula, "for me", words of regret or degree. The refusals read from a day's
activities, states and judged difficulty are in `cues`; this is the bare verdict.
"""

from __future__ import annotations

import re

from parsers.time.accents import loose_compile
from parsers.time.cues import POST_NEGATIVE_LEAD

# the copula, "for me" and adverbs of regret or degree the verdict may come after
_BETWEEN = (
    r"(?:(?:is|['’]s|are|was|would\s+be|will\s+be|est|c['’]est|ce\s+sera|ist|wäre|es|est[áa]|ser[íi]a"
    r"|ser[áa]|[ée]|fica|seria|me\s+(?:es|[ée]|resulta|fica|parece)|me\s+resulta|for\s+me|pour\s+moi"
    r"|für\s+mich|bei\s+mir|para\s+m[ií]|pra\s+mim|sadly|unfortunately|afraid|malheureusement"
    r"|h[ée]las|leider|lamentablemente|infelizmente|also|aussi|auch|tambi[ée]n|tamb[ée]m|really|totally"
    r"|just|simply|completely|absolutely|definitely|vraiment|compl[èe]tement|totalement|komplett"
    r"|ganz|einfach|totalmente|realmente|simplemente|simplesmente|mesmo|de\s+verdad)[\s,]+){0,3}"
)
_VERDICT = (
    # English
    r"no-go|non-?starter|not\s+doable|not\s+an\s+option|off\s+the\s+table|out\s+of\s+the\s+question"
    r"|ruled\s+out|not\s+happening|write-off|impossible|not\s+possible|unworkable|not\s+feasible"
    r"|(?:does\s+not|doesn['’]t|won['’]t|will\s+not|wouldn['’]t|would\s+not)\s+(?:suit|work|fit"
    r"|do|be\s+possible)|no\s+can\s+do|(?:i\s+)?can['’]?t\s+make\s+(?:it|that)|blocked\s+off"
    r"|fully\s+booked|booked\s+(?:up|solid)"
    # French
    r"|hors\s+de\s+question|pas\s+moyen|exclue?|impensable|infaisable"
    r"|(?:(?:ce\s+|ça\s+|cela\s+)?(?:n['’]est|ne\s+sera|ne\s+serait)\s+)?pas\s+(?:faisable|jouable"
    r"|possible|envisageable)"
    r"|(?:ça\s+|cela\s+)?ne\s+(?:me\s+|m['’])?(?:va|convient|marche|passe|colle|arrange)\s+pas"
    r"|c['’]est\s+(?:non|mort|r[âa]p[ée]|niet|exclu)|indisponible|pas\s+dispo(?:nible)?"
    # German
    r"|ausgeschlossen|unmöglich|keine\s+chance|nicht\s+(?:machbar|drin|möglich|drinnen)"
    r"|(?:geht|klappt|passt|funktioniert)\s+(?:(?:bei\s+mir|mir|leider|gar|überhaupt|also)\s+)*nicht"
    r"|(?:kommt\s+)?nicht\s+in\s+frage|auf\s+keinen\s+fall|keinesfalls"
    # Spanish
    r"|imposible|ni\s+hablar|de\s+ninguna\s+(?:manera|forma)|descartad[oa]|inviable"
    r"|fuera\s+de\s+(?:toda\s+)?discusi[óo]n|me\s+pilla\s+(?:fatal|mal)"
    r"|no\s+(?:me\s+)?(?:cuadra|encaja|va|viene|sirve|vale|es\s+posible|es\s+viable|puedo"
    r"|se\s+puede|hay\s+(?:manera|forma))"
    # Portuguese
    r"|imposs[íi]vel|invi[áa]vel|nem\s+pensar|de\s+jeito\s+nenhum|de\s+forma\s+alguma|fora\s+de\s+quest[ãa]o"
    r"|n[ãa]o\s+(?:me\s+)?(?:rola|d[áa]|consigo|posso|serve|funciona|atende|encaixa|vai\s+dar"
    r"|[ée]\s+poss[íi]vel)"
)
# (read after a day only: a part of day refused beside hours that run into it, "between 9:30
# and 2:30 ... afternoons are really not possible", is left to the bounds the hours set)
# (compiled loosened, as read.py, which reads it, would loosen it on import: compiled once)
RULED_OUT = loose_compile(
    rf"{POST_NEGATIVE_LEAD}{_BETWEEN}(?:an?\s+)?(?:{_VERDICT})(?!\w)", re.IGNORECASE
)
