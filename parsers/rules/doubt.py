"""What the rules engine met but does not fully model; each such doubt caps its confidence."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import pairwise

from parsers.model import Window
from parsers.rules.picks import Pick, covered_chars, dayless, named_days
from parsers.time.resolve import Mention

# Function words, greetings, courtesy and sign-offs of five languages, after fold(): words
# that carry no scheduling meaning, so they need no explaining.
_FILLER = frozenset(
    word
    for line in (
        "the and for you your yours are was were will would could can has have had not but",
        "with this that these those there then than from into onto about just also very really",
        "all any some our ours out its it's i'm i've i'll i'd we're we've we'll let let's sure",
        "hope well hi hello hey dear thanks thank cheers best regards kind warm many much",
        "again sorry please yes okay great good fine perfect glad happy soon talk speak meet",
        "meeting see know him her his hers them they she he who what when which how why where",
        "here too still one two three time times day days week weeks slot slots option options",
        "work works interview call chat round process team los las del por para con una uno",
        "unos unas que como esta este estos estas pero muy mas hola gracias saludos buenos",
        "buenas dias tardes favor quedo atento atenta abrazo les des une pour avec qui est",
        "sont nous vous mais tres plus bonjour merci cordialement bien bonne journee",
        "salutations der die das den dem und mit fur von ist sind wir sie ich ihr ihnen aber",
        "sehr noch hallo danke gruss grusse freundlichen beste viele liebe herzliche dos com",
        "uma umas uns muito ola obrigado obrigada abracos atenciosamente pela pelo pelas pelos",
        # pronouns, particles and courtesy of the other languages, met among offered times
        "mir mich mein meine bei auf sonst danach dann gut gehen ginge wurde estoy estou libre",
        "livre mismo misma mesmo mesma notre votre nos vos malheureusement leider lamentablemente",
        "infelizmente aucun aucune ningun ninguna nenhum nenhuma nada rien nichts probleme",
        "problema problem tengo tenho pose dois eu yo moi je mon ma mes",
        # "her/his" of the other languages: "remarque a entrevista dela"
        "dela dele sua seu su sus son sa ses leur ihre ihren seine seinen",
        # the candidate named by a recruiter relaying her times: "elle est dispo vendredi"
        "elle elles ils ella ellos ela eles",
        # German articles and linkers around a busy time: "habe ich eine Verhandlung", "wobei"
        "habe eine einer einen wobei sitze",
    )
    for word in line.split()
)
# Words of offering and preference: a clause that offers times is expected to hold them.
_OFFERING = frozenset(
    word
    for line in (
        "free open available disponible disponivel verfugbar suit suits prefer preferably",
        "preference ideally would could possible posible possivel moglich better easiest",
        "easier around flexible anything anytime only now actually each both either every dia",
        "dias jour jours tous toute tout tag tage cualquier qualquer importe quand podria",
        "puedo podemos pode ser seria konnte konnen wurde passen passt geht klappt oder",
        "funciona convient perfecto perfeito parfait perfekt nice lovely onwards late early",
        "later earlier that's they're she's he's it's do make does also gerne gern bitte mejor",
        "plutot lieber melhor ideal idealmente idealement preferencia sim oui yes claro vale",
        "voila dann entonces alors entao hora horas heure heures uhr horario horarios creneau",
        "termin termine then instead else otherwise until before suis thats jeden nesta esta",
        "haha back start ahora agora maintenant jetzt puede pueden podem peut peuvent kann",
        # agreeing and fitting in the other languages: "en revanche ça marche", "me cuadra"
        "marche revanche cuadra encaja conseguimos consigo passar pasarla hour hours half",
        # the reason for moving: "ha surgido un imprevisto en el trabajo"
        "surgido surgiu imprevisto trabajo trabalho travail arbeit entretien",
        # the interview and its candidate, named by a client: "para la entrevista con el candidato"
        "entrevista entrevue gesprach candidate candidato candidata candidat kandidat kandidatin",
        # a choice made or put: "finalement il préfère", "me vendría bien un rato", "sinon"
        "prefere prefiere prefers preferes preferiria prefererait bevorzugt finalement finalmente",
        "finally final totally totalmente completely completement tendria serait sera seria ware",
        "sinon senao vendria rato moment momento",
        # freeing oneself for it: "je peux me libérer", "puedo liberarme", "mich freimachen"
        "peux pourrais pourrait pouvons liberer liberar liberarme libero freimachen einrichten",
        # free, short and in the conditional: "elle est dispo", "sie hätte Freitag Zeit"
        "dispo dispos hatte hatten zeit",
        # whenever, all of it, fine and only, as people offer: "cuando quieras", "quando quiser",
        # "posso a semana toda", "tudo bem", "nur … ausschließlich vormittags", "me valen"; not
        # "toda" itself: "numa feira a semana toda" tells why nothing works
        "cuando quieras quiera quando quiser queira posso bem nur ausschließlich",
        "ausschliesslich exclusivement exclusivamente serve servem valen vale tranquilo",
    )
    for word in line.split()
)
_WORD = re.compile(r"[^\W\d_]{3,}(?:'[a-z]+)?")
_SENTENCE_END = re.compile(r"[.!?\n]+|:\s")
_QUESTION = re.compile(r"[^.!?\n]*\?")
# a number alone, perhaps with an article or an ordinal ending: "le 3", "the 2nd", "am 1."
_BARE_NUMBER = re.compile(
    r"\W*(?:(?:le|la|el|the|am|o|a|der|den|die)\s+)?(\d{1,2})(?:st|nd|rd|th|er|e|o|a|\.)?\W*"
)
# Portuguese weekdays that are also ordinals ("me quedo con la segunda"): no day named
_ORDINAL_DAYS = frozenset({"segunda", "quarta", "quinta", "sexta"})
# a sentence that opens on a condition gives a fallback ("si al final no se puede, el viernes")
_IF_LED = re.compile(r"\s*(?:if|si|sinon|otherwise|wenn|falls|sonst|se|senao|caso)\b")


def unexplained(folded: str, spans: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """(content words, content words outside every span a cue or time reading explains)."""
    covered = covered_chars(folded, spans)
    content = [m for m in _WORD.finditer(folded) if m.group() not in _FILLER]
    return len(content), sum(not covered[m.start()] for m in content)


def unread_sentence(
    text: str, folded: str, spans: Iterable[tuple[int, int]], cue_starts: list[int]
) -> int:
    """The most content words that one sentence holding no cue leaves unexplained, names of
    people left out: "Bien reçu, merci. Finalement je reste dans mon entreprise actuelle" says
    something the cues never read, however polite the sentence before it."""
    covered = covered_chars(folded, spans)
    cue_starts = sorted(cue_starts)
    bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(folded)), len(folded)]
    most = 0
    for left, right in pairwise(bounds):
        i = bisect_left(cue_starts, left)
        if i < len(cue_starts) and cue_starts[i] < right:
            continue
        words = sum(
            not covered[m.start()] and m.group() not in _FILLER and not _is_name(text, m.start())
            for m in _WORD.finditer(folded, left, right)
        )
        most = max(most, words)
    return most


def pick_doubted(
    folded: str, chosen: Pick, proposed: Sequence[Window], mentions: Sequence[Mention]
) -> bool:
    """A pick that the rest of the reply may contradict: a number that is both an option and a
    day of the month ("le 3", read as Thursday 3rd, or option 3?), or an option taken by its
    number or rank while the days the reply names are not its day ("Mercredi, le second
    créneau": the second of Wednesday's options, or the second of all?)."""
    for m in mentions:
        number = _BARE_NUMBER.fullmatch(folded, *m.span)
        if number and chosen.selected != int(number.group(1)) <= len(proposed):
            return True
    if not chosen.explicit:
        return False
    option = proposed[chosen.selected - 1]
    named = [
        m
        for m in mentions
        if not m.negated
        and not dayless(m)
        and folded[m.span[0] : m.span[1]] not in _ORDINAL_DAYS
        and _IF_LED.match(folded, _sentence_start(folded, m.span[0])) is None
    ]
    return bool(named) and not any(_on_day(m, option) for m in named)


def _on_day(mention: Mention, option: Window) -> bool:
    """The option falls on a day the phrase names (a weekday names it in any week)."""
    days = named_days(mention)
    day = option.start.astimezone(mention.windows[0].start.tzinfo).date()
    return day in days or (mention.weekday and day.weekday() in {d.weekday() for d in days})


def _sentence_start(folded: str, at: int) -> int:
    return max(folded.rfind(stop, 0, at) for stop in ".!?;\n") + 1


def questions(folded: str) -> list[tuple[int, int]]:
    """The spans of the sentences that end in a question mark."""
    return [m.span() for m in _QUESTION.finditer(folded)]


def odd_words(
    text: str,
    folded: str,
    spans: Iterable[tuple[int, int]],
    clause_ends: list[int],
    offers: list[int],
) -> list[str]:
    """Content words, in clauses that offer times (`offers`: where the offers start), that no
    cue or time reading explains: the sender may be saying something the rules do not model
    ("I'll be in Berlin Thursday", "any weekday bar Friday")."""
    covered = covered_chars(folded, spans)
    bounds = [0, *clause_ends, len(folded)]
    odd: list[str] = []
    for left, right in pairwise(bounds):
        i = bisect_left(offers, left)
        if i == len(offers) or offers[i] >= right:
            continue
        for m in _WORD.finditer(folded, left, right):
            word = m.group()
            if covered[m.start()] or word in _FILLER or word in _OFFERING:
                continue
            if not _is_name(text, m.start()):
                odd.append(word)
    return odd


def _is_name(text: str, start: int) -> bool:
    """A capitalised word inside a sentence is a name ("with Rahul"): it says nothing of time."""
    if not text[start].isupper():
        return False
    before = text[max(0, start - 40) : start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\n-"


def offers_words(folded: str, start: int, end: int) -> bool:
    """A word of offering or preference ("free", "dispo", "works", "prefer") lies in the span."""
    return any(m.group() in _OFFERING for m in _WORD.finditer(folded, start, end))
