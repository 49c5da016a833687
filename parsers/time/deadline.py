"""Reply-by days: the day an answer is due on is neither offered nor refused.

"Thursday afternoon works. Can you let me know by Wednesday?", "Können Sie mir bis Mittwoch
zusagen?", "Avísenme para el miércoles", "une confirmation jeudi au plus tard". A day is a
deadline when a word that bounds it from above stands right before it ("by", "avant", "bis",
"antes del", "até") in a sentence that asks for an answer (a word of replying, confirming,
deciding or sending the invite, in any form), or when a word of "at the latest" stands right
before or after it, which bounds an answer or a stretch, never a time offered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from parsers.rules.alternation import grouped

# "at the latest", before or after the day: a deadline in any sentence
_LATEST = (
    r"no\s+later\s+than|at\s+the\s+(?:very\s+)?latest|latest\s+(?:by|on)|au\s+plus\s+tard"
    r"|(?:bis\s+)?sp[äa]testens(?:\s+(?:bis|am|zum))?|a\s+m[áa]s\s+tardar|como\s+(?:muy\s+)?tarde"
    r"|o\s+mais\s+tardar|no\s+m[áa]ximo(?:\s+at[ée])?"
)
# a bound from above: a deadline where the sentence asks for an answer
_BY = (
    r"by|before|until|till|ahead\s+of|prior\s+to|avant|d'ici(?:\s+[àa])?|jusqu'(?:à|a|au)|bis"
    r"|vor|noch\s+vor|antes\s+del?|hasta(?:\s+el)?|at[ée](?:\s+[àa])?|antes\s+d[aeo]"
)
# "for" of a deadline ("une réponse pour vendredi", "avísenme para el miércoles") says the day an
# answer is for only right after the word of answering; elsewhere it is the day an offer is for
_FOR = r"pour|para|pra"
_ARTICLE = r"(?:\s+(?:the|le|la|el|o|a|zum|dem|de|del|do|da|this|ce|cette|end\s+of|fin))?"
_LEAD = re.compile(
    rf"(?<!\w)(?:{_LATEST}|(?P<by>{_BY})|(?P<for>{_FOR})){_ARTICLE}\s+$", re.IGNORECASE
)
# the day named as the deadline itself: "Wednesday is the cut-off", "mercredi est la date limite",
# "Mittwoch ist die Frist", "el miércoles es el plazo", "quarta é o prazo final"
_NAMED_DUE = (
    r"(?:is|would\s+be|est|serait|ist|wäre|es|sería|é|seria)\s+(?:(?:sadly|really|actually|leider"
    r"|eigentlich|hélas|vraiment|realmente|infelizmente)\s+)?(?:(?:the|my|our|your|la|ma|notre"
    r"|votre|le|mon|die|der|meine|unsere|mein|el|mi|nuestro|su|o|a|meu|minha|nosso|nossa)\s+)?"
    r"(?:(?:absolute|final|real|hard|dernière|letzte|último|última)\s+)?(?:deadline|cut-?off"
    r"|due\s+date|last\s+day|date\s+limite|délai|échéance|frist|stichtag|abgabetermin"
    r"|fecha\s+l[íi]mite|plazo|último\s+día|prazo|data\s+limite|último\s+dia)"
)
_AFTER = re.compile(rf"[\s,]*(?:{_LATEST}|{_NAMED_DUE})(?!\w)", re.IGNORECASE)
_REACH = 40  # characters before a day its lead may start at
# Asking for an answer, in the words of replying, telling, confirming, deciding and sending the
# invite (verbs in their requests and infinitives, and nouns): "let me know", "get back to me",
# "revenir vers moi", "tenez-moi au courant", "Bescheid geben", "zusagen", "melden Sie sich",
# "avísenme", "dime algo", "me fala", "um retorno"
_ASKING = (
    r"let\s+\w+\s+know|know(?:ing)?|confirm(?:ation|ing|s)?|repl(?:y|ies|ying)|respon\w*"
    r"|answer\w*|get(?:ting)?\s+back|come\s+back|circle\s+back|revert\w*|hear(?:ing)?|tell"
    r"|decid\w*|decision|book(?:ing)?|send(?:ing)?|invit\w*|drop\s+me|updat\w*|notif\w*|advis\w*"
    r"|feedback|go-ahead|green\s+light|the\s+nod|sign\w*[\s-]off|heads[\s-]up|in\s+touch"
    r"|touch\s+base|shout|ping|rsvp|lock\w*\s+in|finali[sz]\w*"
    r"|confirmer|confirmez|confirme-moi|confirmation|r[ée]pond\w*|r[ée]ponse|retour|reven\w*"
    r"|revien\w*|dire|dites|dis-moi|savoir|sache[sz]?|au\s+courant|pr[ée]ven\w*|pr[ée]vien\w*"
    r"|inform\w*|d[ée]cid\w*|d[ée]cision|accord|valid\w*|envoy\w*|envoie\w*|faites\s+signe"
    r"|un\s+mot|bescheid|r[üu]e?ckmeld\w*|meld\w*|zusag\w*|absag\w*|zusage|absage|best[äa]tig\w*"
    r"|antwort\w*|sagen|sag|mitteil\w*|wissen|entscheid\w*|einladung|schick\w*|informier\w*"
    r"|confirm[aá]\w*|conf[ií]rm\w*|respond\w*|respuesta|contest\w*|cont[ée]st\w*|av[ií]s\w*"
    r"|dec(?:ir|[ií]s|idme|irme|[ií]dmelo|[ií]rmelo)|dime(?:lo)?|d[ií]game|d[ií]ganme|dinos"
    r"|saber(?:lo)?|sepa\w*|decisi[oó]n|invitaci[oó]n|m[aá]nd\w*|env[ií]\w*|escr[ií]b\w*"
    r"|comunic\w*|reserv\w*|respost\w*|retorno|diz(?:er)?|diga\w*|fal(?:a|ar|e|em)|saiba\w*"
    r"|decis[ãa]o|convite|escrev\w*"
)
_ASKS = re.compile(rf"(?<!\w){grouped([_ASKING])}(?!\w)", re.IGNORECASE)
# the sender confirming the offer themselves ("je vous confirme", "te confirmo", "ich bestätige")
# asks for nothing: a "for" or "until" in their sentence is the day the offer is for
_CONFIRMING = re.compile(
    r"(?<!\w)(?:(?:je|ich|i)\s+(?:vous\s+|te\s+|ihnen\s+|dir\s+)?(?:confirme|best[äa]tige|confirm)"
    r"|confirmo|confirmed|confirmado|confirm[ée]e?)(?!\w)",
    re.IGNORECASE,
)
_ASKED_JUST_BEFORE = re.compile(
    rf"(?<!\w){grouped([_ASKING])}(?:\s+[\w'-]+){{0,3}}\s+(?:{_FOR}){_ARTICLE}\s+$", re.IGNORECASE
)


class _Day(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class _Sentences(Protocol):
    def index(self, pos: int) -> int: ...

    def span(self, n: int, length: int) -> tuple[int, int]: ...


def deadline_days(scan: str, days: Sequence[_Day], sentence: _Sentences) -> set[int]:
    """The starts of the day groups that name when an answer is due."""
    due: set[int] = set()
    previous_end = -1
    for day in days:
        lead = _LEAD.search(scan, max(previous_end, day.start - _REACH, 0), day.start)
        # ("Montag bis Mittwoch", "du lundi jusqu'à mercredi": the end of a range of days)
        if lead is not None and previous_end >= 0:
            lead = lead if scan[previous_end : lead.start()].strip(" \t,") else None
        previous_end = day.end
        if lead is None:
            if _AFTER.match(scan, day.end):
                due.add(day.start)
            continue
        if lead["by"] is None and lead["for"] is None:
            due.add(day.start)
            continue
        start, end = sentence.span(sentence.index(day.start), len(scan))
        if _CONFIRMING.search(scan, start, end):
            continue
        if lead["for"] is not None:
            asked = _ASKED_JUST_BEFORE.search(scan, max(start, day.start - 2 * _REACH), day.start)
        else:
            asked = _ASKS.search(scan, start, end)
        if asked is not None:
            due.add(day.start)
    return due
