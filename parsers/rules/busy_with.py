"""Being taken up with something, told by "with" and what fills the time (round 26): "por la
mañana estoy con los pedidos", "I'm with a client all morning", "je suis sur les commandes", "bin
mit der Inventur beschäftigt", "de manhã estou com as entregas", and a clash written as phones
write "with" ("clashes w a delivery", "conflicts w/ my shift"). Merged into `Cue.BUSY` and
`Cue.NEGATIVE` (parsers/rules/intents.py); patterns run on folded text."""

from __future__ import annotations

# what may fill a slot but names the sender's free time, not a task: "estoy con la agenda libre"
_FREE_NOUN = (
    r"(?:agenda|tarde|manana|manha|dia|semana|horario|calendario|calendar|diary|day|morning"
    r"|afternoon|journee|matinee|apres-midi)\b"
)

BUSY: tuple[str, ...] = (
    # (no word between the verb and "with": "I'm fine with the later one" is a yes)
    r"\b(?:i'?m|i\s+am|i'?ll\s+be|i\s+will\s+be|we'?re|we\s+are|we'?ll\s+be)\s+(?:stuck\s+|tied\s+up\s+"
    r"|busy\s+)?(?:with|w/|w)\s+(?:a|an|some|my|our|the)\s+(?!"
    + _FREE_NOUN
    + r"|(?:\w+\s+)?one\b)",
    r"\b(?:estoy|estare|estamos|estaremos|ando|andamos)\s+(?:liad[oa]s?\s+|metid[oa]s?\s+"
    r"|a\s+tope\s+|ocupad[oa]s?\s+)?con\s+(?:el|la|los|las|un|una|unos|unas|mis?|nuestr[oa]s?)\s+"
    r"(?!" + _FREE_NOUN + r"|del?\b|que\b)",
    r"\b(?:estou|estarei|estamos|estaremos|ando|andamos)\s+(?:enrolad[oa]s?\s+|atolad[oa]s?\s+"
    r"|ocupad[oa]s?\s+)?com\s+(?:o|a|os|as|um|uma|uns|umas|meus?|minhas?|nossos?|nossas?)\s+"
    r"(?!" + _FREE_NOUN + r"|d[aoe]s?\b|que\b)",
    r"\bje\s+(?:suis|serai)\s+(?:pris[e]?\s+|occupee?\s+|coincee?\s+|bloquee?\s+)?(?:avec|sur)\s+"
    r"(?:un|une|des|les|mes|mon|ma|nos|notre)\s+(?!" + _FREE_NOUN + r")",
    r"\b(?:bin|sind)\s+(?:ich\s+|wir\s+)?(?:[\w.]+\s+){0,3}?mit\s+(?:[\w.-]+\s+){1,3}?(?:beschaftigt"
    r"|eingespannt|ausgelastet|zugange|belegt|dran)\b",
    r"\b(?:habe?|haben|hab)\s+(?:ich\s+|wir\s+)?(?:[\w.]+\s+){0,3}?mit\s+(?:[\w.-]+\s+){1,3}?zu\s+tun\b",
)

# "Tuesday clashes w the handover", "conflicts w/ my shift"
NEGATIVE: tuple[str, ...] = (r"\b(?:clash(?:es)?|conflicts?|collides?)\s+(?:w/|w\b)",)
