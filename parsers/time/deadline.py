"""Reply-by days: the day an answer is due on is neither offered nor refused.

"Thursday afternoon works. Can you let me know by Wednesday?", "Können Sie mir bis Mittwoch
zusagen?", "Avísenme para el miércoles", "une confirmation jeudi au plus tard". A day is a
deadline when a word that bounds it from above stands right before it ("before", "avant", "bis",
"antes del", "até") in a sentence that asks for an answer (a word of replying, confirming,
deciding or sending the invite, in any form), or when a word of "at the latest" stands right
before or after it, which bounds an answer or a stretch, never a time offered; "by" and "d'ici"
bound nothing else, and German names the answer after the day ("Mittwoch Bescheid"). This is
the one reader of reply-by days: the cues of words that name no offer (`cues.NEUTRAL`) keep none.
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
    r"before|until|till|ahead\s+of|prior\s+to|avant|jusqu'(?:à|a|au)|bis"
    r"|vor|noch\s+vor|antes\s+del?|hasta(?:\s+el)?|at[ée](?:\s+[àa])?|antes\s+d[aeo]"
)
# "for" of a deadline ("une réponse pour vendredi", "avísenme para el miércoles") says the day an
# answer is for only right after the word of answering; elsewhere it is the day an offer is for
_FOR = r"pour|para|pra"
# what may stand between the bound and the day: an article, "this", and the end of the day
# ("by end of day Monday", "by close of business Friday", "d'ici la fin de journée jeudi",
# "bis Ende des Tages am Freitag"; "Dienstschluss", "fin de jornada", "final do dia")
_ARTICLE = (
    r"(?:\s+(?:the|le|la|el|o|a|zum|dem|de|del|do|da|na|no|em|this|ce|cette))?"
    r"(?:\s+(?:(?:end|close)\s+of\s+(?:the\s+)?(?:(?:business|working)\s+)?(?:day|business|play)|eod|cob|eob"
    r"|fin\s+(?:de\s+)?(?:la\s+)?(?:journ[ée]e|jornada|d[ií]a)|final\s+d[eo]\s+dia|ende\s+des\s+tages"
    r"|dienstschluss|feierabend|end\s+of|fin)(?:\s+(?:on|le|am|el|o|de|du|del|do|da))?)?"
)
# "by" and "d'ici" only ever bound what is due: no stretch of free time ends on them, so the day
# after them is a deadline in any sentence ("Lmk by Wednesday", "un retour d'ici jeudi")
_DUE_BY = r"by|d['’]ici(?:\s+[àa])?"
_LEAD = re.compile(
    rf"(?<!\w)(?:{_LATEST}|{_DUE_BY}|(?P<by>{_BY})|(?P<for>{_FOR})){_ARTICLE}\s+$", re.IGNORECASE
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
# the answer itself right after the day, as German puts the noun before its verb: "geben Sie mir
# Mittwoch Bescheid", "könnten Sie mir Mittwoch eine kurze Rückmeldung geben"
_ANSWER_NOUN = (
    r"(?:(?:eine?n?|kurze?n?|verbindliche?n?|endgültige?n?|gerne|gern|bitte)\s+){0,3}"
    r"(?:bescheid|r[üu]e?ckmeldung|antwort|zusage|absage|best[äa]tigung|nachricht|info)"
)
_AFTER = re.compile(rf"[\s,]*(?:{_LATEST}|{_NAMED_DUE}|{_ANSWER_NOUN})(?!\w)", re.IGNORECASE)
_REACH = 40  # characters before a day its lead may start at
# Asking for an answer, in the words of replying, telling, confirming, deciding and sending the
# invite (verbs in their requests and infinitives, and nouns): "let me know", "get back to me",
# "revenir vers moi", "tenez-moi au courant", "tu me redis", "Bescheid geben", "zusagen",
# "melden Sie sich", "avísenme", "dime algo", "me fala", "um retorno"
_ASKING = (
    r"let\s+\w+\s+know|know(?:ing)?|confirm(?:ation|ing|s)?|repl(?:y|ies|ying)|respon\w*"
    r"|answer\w*|get(?:ting)?\s+back|come\s+back|circle\s+back|revert\w*|hear(?:ing)?|tell"
    r"|decid\w*|decision|book(?:ing)?|send(?:ing)?|invit\w*|drop\s+me|updat\w*|notif\w*|advis\w*"
    r"|feedback|go-ahead|green\s+light|the\s+nod|sign\w*[\s-]off|heads[\s-]up|in\s+touch"
    r"|touch\s+base|shout|ping|rsvp|lock\w*\s+in|finali[sz]\w*|yes\s+or\s+no|thumbs[\s-]up|news"
    r"|lmk|lemme\s+know|pls\s+advise|holler|get\s+in\s+touch|reach\s+out|weigh\s+in"
    r"|word|thoughts|verdict|approv\w*|contact\w*|call\s+(?:me|us)|e-?mail\s+(?:me|us)|text\s+(?:me|us)"
    r"|confirmer|confirmez|confirme-moi|confirmation|r[ée]pond\w*|r[ée]ponse|retour|reven\w*"
    r"|revien\w*|(?:re)?dire|(?:re)?dites|(?:re)?dis(?:-moi)?|savoir|sache[sz]?|au\s+courant"
    r"|pr[ée]ven\w*|pr[ée]vien\w*"
    r"|inform\w*|d[ée]cid\w*|d[ée]cision|accord|valid\w*|envoy\w*|envoie\w*|signe|nouvelles"
    r"|feu\s+vert|recontact\w*|rappel\w*|[ée]cri\w*|tenir\s+au\s+courant|avis"
    r"|un\s+mot|bescheid|r[üu]e?ckmeld\w*|meld\w*|zusag\w*|absag\w*|zusage|absage|best[äa]tig\w*"
    r"|antwort\w*|sagen|sag|mitteil\w*|wissen|entscheid\w*|einladung|schick\w*|informier\w*"
    r"|nachricht|info|gr[üu]ne?s?\s+licht|schreib\w*|zur[üu]ckruf\w*|kontakt\w*|r[üu]ckruf"
    r"|confirm[aá]\w*|conf[ií]rm\w*|respond\w*|respuesta|contest\w*|cont[ée]st\w*|av[ií]s\w*"
    r"|dec(?:ir|[ií]s|idme|irme|[ií]dmelo|[ií]rmelo|[ií]me|[ií]nos)|dime(?:lo)?|d[ií]game|d[ií]ganme|dinos"
    r"|dices|dice|dicen|dir[aá]s|dir[aá]|dig[aá]is"
    r"|saber(?:lo)?|sepa\w*|decisi[oó]n|invitaci[oó]n|m[aá]nd\w*|env[ií]\w*|escr[ií]b\w*"
    r"|comunic\w*|reserv\w*|respost\w*|retorno|diz(?:er)?|diga\w*|fal(?:a|ar|e|em)|saiba\w*"
    r"|decis[ãa]o|convite|escrev\w*|noticias|notícias|luz\s+verde|visto\s+bueno|toque|ll[aá]m\w*"
    r"|contat\w*|contact\w*|posi[çc][ãa]o|sinal|lig(?:a|ue|ar)|retorn\w*|novidades"
    # (or the answer awaited, the sender waiting on it: "fico aguardando até segunda", "quedo
    # pendiente hasta el lunes", "je reste dans l'attente jusqu'à lundi", "awaiting it until
    # Monday")
    r"|aguard\w*|no\s+aguardo|pendiente|attente|await\w*"
)
_ASKING_GROUPED = grouped([_ASKING])
_ASKS = re.compile(rf"(?<!\w){_ASKING_GROUPED}(?!\w)", re.IGNORECASE)
# the sender confirming the offer themselves ("je vous confirme", "te confirmo", "ich bestätige")
# asks for nothing: a "for" or "until" in their sentence is the day the offer is for
_CONFIRMING = re.compile(
    r"(?<!\w)(?:(?:je|ich|i)\s+(?:vous\s+|te\s+|ihnen\s+|dir\s+)?(?:confirme|best[äa]tige|confirm)"
    r"|confirmo|confirmed|confirmado|confirm[ée]e?)(?!\w)",
    re.IGNORECASE,
)
# the request a few words before its bound ("let me know by Thursday which of them have
# confirmed", "avísame para el jueves"): a deadline whatever the rest of the sentence says
_ASKED_JUST_BEFORE = re.compile(
    rf"(?<!\w){_ASKING_GROUPED}(?:\s+[\w'-]+){{0,3}}\s+(?:{_FOR}|{_BY}){_ARTICLE}\s+$",
    re.IGNORECASE,
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
        # (the sender confirming the offer themselves asks for nothing, unless the request
        # stands right before the bound)
        asked = _ASKED_JUST_BEFORE.search(scan, max(start, day.start - 2 * _REACH), day.start)
        if asked is not None or (
            lead["for"] is None
            and not _CONFIRMING.search(scan, start, end)
            and _ASKS.search(scan, start, end)
        ):
            due.add(day.start)
    return due


def due_around(scan: str, start: int, end: int) -> bool:
    """The words at `start`..`end` are bounded as a deadline is, whatever the sentence asks: a
    bound right before them ("by", "avant", "bis") or "at the latest" around them."""
    lead = _LEAD.search(scan, max(0, start - _REACH), start)
    return lead is not None or _AFTER.match(scan, end) is not None
