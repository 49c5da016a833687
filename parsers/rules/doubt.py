"""What the rules engine met but does not fully model; each such doubt caps its confidence."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from itertools import pairwise

from parsers.model import Window
from parsers.rules import steps
from parsers.rules.intents import fold
from parsers.rules.picks import Pick, covered_chars, dayless, named_days
from parsers.rules.plain_words import BESIDE, PLAIN, RELAYING, TITLES
from parsers.rules.shift import amounts_asked
from parsers.time import lex as timelex
from parsers.time.accents import loose_compile
from parsers.time.cues import NEITHER
from parsers.time.holidays import HOLIDAY_TOLD
from parsers.time.resolve import Mention
from parsers.time.words import (
    GERMAN_HOUR_WORDS,
    HOUR_WORDS,
    IF_WORDS,
    MONTHS,
    OUT_AWAY,
    PART_WORDS,
    PARTS,
    REASON_LEAD,
    RELATIVE_DAYS,
    ROMANCE_HOUR_WORDS,
    SHORT_WEEKDAYS,
    THIS_WORDS,
    WEEKDAYS,
    alternation,
)

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
        "elle elles ils ella ellos ela ele eles",
        # German articles and linkers around a busy time: "habe ich eine Verhandlung", "wobei"
        "habe eine einer einen wobei sitze",
        # the German "am", beside "ist" and "sind": "sonst dienstag bin ich ganz flexibel"
        "bin bist",
        # "para" as phones and speech shorten it: "pra mim dá certo"
        "pra",
        # (round 44) the demonstratives, "here" and "also" of the other languages, as the
        # English ones above ("isso é melhor", "cela m'arrange", "eu também"), the "so"
        # English writes in two letters ("donc"), German particles ("doch", "schon", "nun",
        # "etwas"), the worry of "no worries" ("pas de souci"), and "been". Not "without"
        # ("sans", "sin", "ohne"), which may turn down what it names ("better without the
        # school run"); nor "así", "assim" and "sur", which lead what the reader may have
        # missed ("así que el viernes", "fica assim: seg 7", "jeu sur la matinée")
        "cela ceci isso isto aquilo eso esto aquello ello aqui aca ahi ici",
        "tambem aussi tambien auch donc soit doch schon nun etwas",
        "been being souci soucis worries worry",
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
        # (round 40) or as people speak of a young one: "charlar con el pibe", "voir le gars",
        # "conversar com o rapaz", "a chat with the lad", "mit dem Burschen reden"
        "pibe piba chico chica chaval chavala muchacho muchacha gars gamin rapaz moca moco miudo",
        "lad lass bursche burschen",
        # a choice made or put: "finalement il préfère", "me vendría bien un rato", "sinon"
        "prefere prefiere prefers preferes preferiria prefererait bevorzugt finalement finalmente",
        "finally final totally totalmente completely completement tendria serait sera seria ware",
        "sinon senao vendria rato moment momento",
        # (round 44) French suiting and "better", as "suits" and "better" above: "cela
        # m'arrange mieux", "ça m'arrangerait"
        "arrange arrangerait arrangent arranger mieux",
        # freeing oneself for it: "je peux me libérer", "puedo liberarme", "mich freimachen"
        "peux pourrais pourrait pouvons liberer liberar liberarme libero freimachen einrichten",
        # free, short and in the conditional: "elle est dispo", "sie hätte Freitag Zeit"
        "dispo dispos hatte hatten zeit",
        # whenever, all of it, fine and only, as people offer: "cuando quieras", "quando quiser",
        # "posso a semana toda", "tudo bem", "nur … ausschließlich vormittags", "me valen"; not
        # "toda" itself: "numa feira a semana toda" tells why nothing works
        "cuando quieras quiera quando quiser queira posso bem nur ausschließlich solo",
        "ausschliesslich exclusivement exclusivamente serve servem valen vale tranquilo",
    )
    for word in line.split()
)
_WORD = re.compile(r"[^\W\d_]{3,}(?:'[a-z]+)?")
# French "pas mal", quite, a degree said with the word of "not": "je suis pas mal libre"
_QUITE = re.compile(r"(?<!\w)pas\s+mal(?!\w)")
# (round 36) the German verb's particle, left at the end of its clause with no object, as a
# preposition would have: "schlägt Dienstag vor", "legen wir Freitag fest", "holen wir es nach"
_PARTICLE = re.compile(r"(?<!\w)(?:vor|nach|fest|zuruck)(?=\s*(?:[.!?;,)\n]|$))")
# (round 38) a word of contrast sets the offer against a refusal before it ("pas lundi, par
# contre mercredi", "Montag nicht, allerdings Mittwoch", "sin embargo el miércoles")
_CONTRAST = re.compile(
    r"(?<!\w)(?:however|though|tho|nevertheless|nonetheless|whereas|on\s+the\s+other\s+hand"
    r"|par\s+contre|en\s+revanche|cependant|toutefois|neanmoins|pourtant|allerdings|jedoch"
    r"|hingegen|dagegen|dafur|dennoch|trotzdem|andererseits|sin\s+embargo|en\s+cambio"
    r"|no\s+obstante|por\s+el\s+contrario|por\s+otro\s+lado|porem|contudo|todavia"
    r"|no\s+entanto|entretanto|em\s+compensacao|por\s+outro\s+lado)(?!\w)"
)
_SENTENCE_END = re.compile(r"[.!?\n]+|:\s")
_QUESTION = re.compile(r"[^.!?\n]*\?")
# a number alone, perhaps with an article or an ordinal ending: "le 3", "the 2nd", "am 1."
_BARE_NUMBER = re.compile(
    r"\W*(?:(?:le|la|el|the|am|o|a|der|den|die)\s+)?(\d{1,2})(?:st|nd|rd|th|er|e|o|a|\.)?\W*"
)
# Portuguese weekdays that are also ordinals ("me quedo con la segunda"): no day named
_ORDINAL_DAYS = frozenset({"segunda", "quarta", "quinta", "sexta"})
# a sentence that opens on a condition, or on its other branch ("sinon", "sonst", "senão"),
# gives a fallback ("si al final no se puede, el viernes")
_IF_LED = re.compile(
    r"\s*(?:" + IF_WORDS + r"|sinon|a\s+defaut|otherwise|failing\s+that|sonst|andernfalls|senao)\b"
)


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
    # (not a title's dot: "it was lovely to finally meet Dr. Steiner and the team in person")
    bounds = [
        0,
        *(
            m.end()
            for m in _SENTENCE_END.finditer(folded)
            if not (
                m.group().startswith(".")
                and _titled(folded[max(0, m.start() - _TITLE_REACH) : m.start()])
            )
        ),
        len(folded),
    ]
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
    if not chosen.explicit:
        return False
    option = proposed[chosen.selected - 1]
    named = [
        m
        for m in mentions
        if not m.negated
        and not dayless(m)
        and folded[m.span[0] : m.span[1]] not in _ORDINAL_DAYS
        # (calibration round 8) the number the option was picked by ("le 3", "the 2nd one"),
        # a day in a fallback after a comma ("Le 1 de préférence, sinon le 3"), a day excepted
        # from a yes to all ("Alles außer Dienstagvormittag geht") say nothing against the pick
        and not _BARE_NUMBER.fullmatch(folded, *m.span)
        and not any(_IF_LED.match(folded, at) for at in _starts_before(folded, m.span[0]))
        and not excepted(folded, m.span[0])
        and not _option_excepted(folded, m, proposed)
    ]
    return bool(named) and not any(_on_day(m, option) for m in named)


def _option_excepted(folded: str, mention: Mention, proposed: Sequence[Window]) -> bool:
    """(round 26) The day names the one option an exception over all of them leaves out ("all
    work except the one on Monday"), so it says nothing against the option picked; where the
    day holds several options ("any but the later one on Wednesday"), which is left out is
    for the pick to tell, and the doubt stays."""
    at = mention.span[0]
    return (
        _OPTION_EXCEPTED.search(folded, max(0, at - _OPTION_REACH), at) is not None
        and sum(_on_day(mention, option) for option in proposed) == 1
    )


def _on_day(mention: Mention, option: Window) -> bool:
    """The option falls on a day the phrase names (a weekday names it in any week)."""
    days = named_days(mention)
    day = option.start.astimezone(mention.windows[0].start.tzinfo).date()
    return day in days or (mention.weekday and day.weekday() in {d.weekday() for d in days})


def _starts_before(folded: str, at: int) -> tuple[int, int]:
    """Where the sentence and the clause that hold `at` start."""
    sentence = max(folded.rfind(stop, 0, at) for stop in ".!?;\n") + 1
    return sentence, max(sentence, folded.rfind(",", 0, at) + 1)


_NEITHER = loose_compile(rf"(?<!\w){NEITHER}(?!\w)", re.IGNORECASE)


def neither_after_offer(folded: str, offering: Sequence[Mention]) -> bool:
    """(round 34) "neither" said after a day offered in its sentence ("El jueves me venía bien,
    pero ya no puedo, y el miércoles tampoco", "le jeudi m'allait bien, mais je ne peux plus, et
    le mercredi non plus"): a day added to a no says the day before was turned down too, which
    the reading offers."""
    for m in _NEITHER.finditer(folded):
        sentence = _starts_before(folded, m.start())[0]
        if any(sentence <= o.span[0] < m.start() for o in offering):
            return True
    return False


def questions(folded: str) -> list[tuple[int, int]]:
    """The spans of the sentences that end in a question mark."""
    return [m.span() for m in _QUESTION.finditer(folded)]


# (round 42) what leads the reason told for a time just refused or excepted: a bracket ("except
# 12-1 (staff lunch)"), a word of cause ("as that's our lunch break", "car je suis au dépôt",
# "da bin ich beim Kunden", "que tengo guardia", "porque busco meu filho") or of the time it
# fills ("when I'm picking my lad up", "quand je suis", "cuando", "quando")
_WHY_LEAD = re.compile(
    r"[ \t]*(?:(?P<no>not|pas|nicht|no|nao)[ \t]*)?"
    r"(?:(?P<open>\()|[,;:–—-]?[ \t]*(?:"
    + REASON_LEAD
    + r"|when|quand|lorsque|cuando|quando)(?!\w))"
)
# the meal that fills the hours excepted, which the reason names ("except 12-1 (staff lunch)",
# "avoid 1 to 2 as that is my lunch break"): no time of its own
_MEALS = frozenset(fold(word) for word, part in PART_WORDS.items() if part == "lunchtime")
# a list of days that goes on after the reason ("menos a terça (tenho consulta) e a quinta"): a
# day after it read as offered may be refused too, which the reason's words kept with a person
_AND_ON = re.compile(r"\)?[ \t]*,?[ \t]*(?:and|or|et|ou|und|oder|y|o|e|ni|nem|sowie)[ \t]+")
_AND_REACH = 12
_WHY_END = re.compile(r"[.!?;\n]")
# a reason that tells of a stretch wider than the time refused ("except Monday, as I'm travelling
# most of the week", "sauf lundi car je suis en déplacement le reste de la semaine") may refuse
# the days offered with it
_WHY_WIDER = re.compile(
    r"(?<!\w)(?:weeks?|fortnight|months?|days|rest|most|semaines?|quinzaine|mois|jours|reste"
    r"|plupart|wochen?|monate?|tage|meisten?|semanas?|quincena|quinzena|meses|dias|resto"
    r"|mayoria|maioria)(?!\w)"
)


def refusal_reasons(
    folded: str, mentions: Sequence[Mention], clause_ends: list[int]
) -> list[tuple[int, int]]:
    """The spans of the reasons told for a day or hours refused or excepted, right after them up
    to the clause's end or in a bracket inside their phrase ("Friday apart from 12-1 when I'm
    picking my lad up from school", "menos el miércoles (tengo revisión médica) y el viernes"):
    their words say why that time is out, not when the sender is free, and (round 42) they
    handed right readings over. A reason that names a time of its own ("except 12-1 as I'm off
    from Tuesday") or a wider stretch ("as I'm away most of the week") is left to be read."""
    timed = sorted(m.span[0] for m in mentions if folded[m.span[0] : m.span[1]] not in _MEALS)
    offered = sorted(m.span[0] for m in mentions if not m.negated)
    spans = []
    for m in mentions:
        after = _WHY_LEAD.match(folded, m.span[1])
        # (the hours a "not" after them refuses: "nur zwischen 12 und 13 Uhr nicht, da bin ich")
        if not (m.negated or _EXCEPT.search(folded, *m.span) or (after and after["no"])):
            continue
        leads = [after, *(_WHY_LEAD.match(folded, at) for at in _brackets(folded, *m.span))]
        for lead in leads:
            if lead is None:
                continue
            end = _reason_end(folded, lead, clause_ends)
            quiet = bisect_left(timed, lead.start()) == bisect_left(timed, end)
            wider = _WHY_WIDER.search(folded, lead.end(), end) is not None
            if quiet and not wider and not _offered_after(folded, end, offered):
                spans.append((lead.start(), end))
    return spans


def _offered_after(folded: str, end: int, offered: list[int]) -> bool:
    """A day or time read as offered (`offered`: where such phrases start) joins the list right
    after a reason ending at `end`."""
    joined = _AND_ON.match(folded, end)
    if joined is None:
        return False
    i = bisect_left(offered, joined.end())
    return i < len(offered) and offered[i] <= joined.end() + _AND_REACH


def _brackets(folded: str, start: int, end: int) -> list[int]:
    """Where the brackets opened inside a phrase start."""
    return [i for i in range(start, end) if folded[i] == "("]


def _reason_end(folded: str, lead: re.Match[str], clause_ends: list[int]) -> int:
    """Where a reason led by `lead` ends: its bracket's close, or its clause's or sentence's end."""
    if lead["open"]:
        close = folded.find(")", lead.end())
        return close if close >= 0 else len(folded)
    i = bisect_right(clause_ends, lead.end())
    stop = _WHY_END.search(folded, lead.end())
    return min(
        clause_ends[i] if i < len(clause_ends) else len(folded),
        stop.start() if stop is not None else len(folded),
    )


def odd_words(
    text: str,
    folded: str,
    covered: bytearray,
    clause_ends: list[int],
    offers: list[int],
    contrast_plain: bool = True,
) -> list[str]:
    """Content words, in clauses that offer times (`offers`: where the offers start), that no
    cue or time reading explains (`covered`: the characters they read): the sender may be
    saying something the rules do not model ("I'll be in Berlin Thursday", "any weekday bar
    Friday"). (round 26) None when every one of them only says the time fits or links the
    offer's words (`plain_words.PLAIN`: "cuento con disponibilidad", "in einem der Tage"), which
    handed over right readings and caught none misread. (round 36) Nor when they tell who passes
    the times on and how the candidate is met (`plain_words.BESIDE`: "Lucía me confirma", "M.
    Vidal pourra recevoir"), unless a clause a comma joins after an offer leaves words unread:
    then the sentence says more than the relay ("..., sous réserve du comité"), and they count.
    (round 38) Nor a word of contrast (`contrast_plain`: "par contre", "allerdings", "sin
    embargo"), which says nothing of time: the refusal's own scope is doubted apart
    (`times.unscoped`). (round 38) Nor do the words that only say a date is of this month or
    year ("lunes 7 del mes", "14 décembre courant"): the reader blanks them as read."""
    bounds = [0, *clause_ends, len(folded)]
    contrasts = _CONTRAST.finditer(folded) if contrast_plain else ()
    matched = (*_QUITE.finditer(folded), *_PARTICLE.finditer(folded), *contrasts)
    said = [m.span() for m in matched] + timelex.month_told(folded)
    skipped = {i for start, end in said for i in range(start, end)}
    inner: list[re.Match[str]] = []
    tails: list[re.Match[str]] = []
    offered = False
    for left, right in pairwise(bounds):
        i = bisect_left(offers, left)
        joined = offered and folded[left : left + 1] == ","
        offered = i < len(offers) and offers[i] < right
        if offered or joined:
            (inner if offered else tails).extend(
                m
                for m in _WORD.finditer(folded, left, right)
                if not (covered[m.start()] or m.group() in _FILLER or m.group() in _OFFERING)
                and m.start() not in skipped
            )
    alone = all(m.group() in _PLAIN_BESIDE or _is_name(text, m.start()) for m in tails)
    odd = [m.group() for m in inner if not _is_name(text, m.start(), relayed=alone)]
    plain = _PLAIN_BESIDE if alone else PLAIN
    return odd if any(word not in plain for word in odd) else []


def _is_name(text: str, start: int, relayed: bool = False) -> bool:
    """A capitalised word inside a sentence is a name ("with Rahul"): it says nothing of time.
    (round 36) So, in a `relayed` offer, is one after a title ("M. Vidal", "Prof. Rui") or one
    opening a sentence that tells what it passes on ("Lucía me confirma", "Julien m'indique")."""
    if not text[start].isupper():
        return False
    before = text[max(0, start - 40) : start].rstrip()
    if before and before[-1] not in ".!?:;\n-":
        return True
    if not relayed:
        return False
    if _titled(fold(before)):
        return True
    told = _TELLS.match(fold(text[start : start + 40]))
    return told is not None and told.group(2) in RELAYING and told.group(1) not in _NOBODY


_PLAIN_BESIDE = PLAIN | BESIDE
# who tells nothing passed on: "Nobody told me", "Personne ne m'a dit", "Niemand sagt"
_NOBODY = frozenset(
    ("nobody", "noone", "personne", "niemand", "keiner", "nadie", "ninguno", "ninguem")
)


# the last word of a text, and its abbreviating dot: "M.", "Prof.", "Herr" (not "a.m.")
_LAST_WORD = re.compile(r"(?:^|\s)([^\W\d_]+)\.?$")


_TITLE_REACH = 12  # characters before a dot that hold a title and the blank before it


def _titled(before: str) -> bool:
    """`before` ends on a title ("Dr.", "Frau", "Sra."), so a name follows it."""
    title = _LAST_WORD.search(before)
    return title is not None and title.group(1) in TITLES


# a word, perhaps the reader told ("me", "m'", "mir", "us"), and the word after: "Lucía me
# confirma", "Julien m'indique", "Er schlägt"
_TELLS = re.compile(r"([^\W\d_]+)\s+(?:(?:me|mir|us|nous|nos|uns)\s+|m['’])?([^\W\d_]+)")


def offers_words(folded: str, start: int, end: int) -> bool:
    """A word of offering or preference ("free", "dispo", "works", "prefer") lies in the span."""
    return any(m.group() in _OFFERING for m in _WORD.finditer(folded, start, end))


# (round 26) being free, and what one has free: "I'm available", "je suis disponible", "ich bin
# erreichbar", "estoy libre", "estou à disposição", "tengo un hueco", "j'ai une disponibilité",
# "ich habe eine Lücke", "tenho uma vaga", "I have an opening"
_FREE_STATE = frozenset(
    " ".join(
        (
            "available free open reachable room opening openings gap availability spot",
            "disponible disponibles dispo dispos libre libres joignable disponibilite",
            "disponibilites creneau creneaux disposition",
            "verfugbar frei erreichbar ansprechbar lucke lucken zeitfenster",
            "disponible disponibles libre libres hueco huecos espacio disponibilidad disposicion",
            "disponivel disponiveis livre livres vaga vagas espaco brecha disponibilidade",
            "disposicao",
            # (and as English says a day suits it: "I'm good on Monday", "I'm fine on the 7th")
            "good fine",
        )
    ).split()
)
# What the sender is and until when bounds a busy stretch ("I'm on a shoot until the 11th", "je
# suis en tournage jusqu'au 29") as much as a free one; words of being free or able offer it
# ("libre", "I can do any day until the 11th", "any morning until then is fine"); so do the
# days that count its length ("für 14 Tage auf der Plattform", "pour 15 jours sur le chantier").
_BOUNDING = frozenset(("until", "till", "before", "suis", "jours", "tage", "dias"))
_FREE = frozenset(
    ("libre", "libres", "livre", "livres", "frei", "can", "any", "fine", "good", "okay")
)


_NEXT_WORD = re.compile(r" *[^\W\d_]+")


def says_free(folded: str, start: int, end: int) -> bool:
    """A state that the words of the span, or the word right after it, say is free: "I'm
    available on", "je suis disponible", "estou à disposição", "tengo un hueco", where the
    cue of a busy state ("I'm at", "tengo un") met a word of being free."""
    after = _NEXT_WORD.match(folded, end)
    stop = after.end() if after is not None else end
    return any(m.group() in _FREE_STATE for m in _WORD.finditer(folded, start, stop))


# Words of offering that also tell of the clock, of a day or of what it is: "on change d'heure
# dimanche", "cambiamos de horario", "the 11 would be AEST", "a hora muda no domingo", "an dem
# Tag fliege ich", "ese día nada", "el miércoles está en terreno"
_TELLING = frozenset(
    word
    for line in (
        "hour hours half heure heures hora horas uhr horario horarios would",
        "dia dias jour jours tag tage esta nesta",
    )
    for word in line.split()
)


def clause_offers(folded: str, start: int, end: int) -> bool:
    """A word of the span offers time, not one that only bounds it or tells of a day."""
    return any(
        (w in _OFFERING or w in _FREE or w in _FREE_STATE)
        and w not in _BOUNDING
        and w not in _TELLING
        for w in (m.group() for m in _WORD.finditer(folded, start, end))
    )


# what adds a day to the one offered before it: "Lunes de 10 a 12. El miércoles también."
_ADDING = frozenset(("also", "too", "aussi", "auch", "tambien", "tambem"))


def words_beside(folded: str, start: int, end: int, span: tuple[int, int]) -> bool:
    """The span says more than the time phrase `span` inside it, or than that it adds the
    day: a content word lies outside."""
    return any(
        m.group() not in _FILLER and m.group() not in _ADDING and not span[0] <= m.start() < span[1]
        for m in _WORD.finditer(folded, start, end)
    )


def content_words(folded: str, start: int, end: int) -> int:
    """How many words of the span say something: neither filler nor a word of adding."""
    return sum(
        m.group() not in _FILLER and m.group() not in _ADDING
        for m in _WORD.finditer(folded, start, end)
    )


def frees_words(folded: str, start: int, end: int) -> bool:
    """A word that offers time, not one that only bounds or states, lies in the span."""
    return any(
        (w in _OFFERING and w not in _BOUNDING) or w in _FREE
        for w in (m.group() for m in _WORD.finditer(folded, start, end))
    )


# --- offered days whose hours or week the words beside them contradict (calibration round 2) ---

_HOUR = 60  # minutes
_SLACK = 60  # minutes a window may run past its part of day ("11 to 12:30, late morning")
# The parts of day the time reader knows, bounded where people draw them: a morning ends at
# noon whenever it starts ("8 in the morning"), an evening runs on into the night.
_PART_BOUNDS = {
    "morning": (0, 12 * _HOUR),
    "afternoon": PARTS["afternoon"],
    "late afternoon": PARTS["late afternoon"],
    "evening": (17 * _HOUR, 24 * _HOUR),
}


def _words_of(kind: str) -> str:
    return alternation(fold(word) for word, part in PART_WORDS.items() if part == kind)


_PART = re.compile(
    r"(?<!\w)(?:"
    + "|".join(f"(?P<{kind.replace(' ', '_')}>{_words_of(kind)})" for kind in _PART_BOUNDS)
    + r")(?!\w)"
)
# a part of day wished ("good afternoon", "bonne soirée", "buenas tardes", "schönen Abend") or
# refused just before ("except Tuesday morning", "mas quarta não de manhã"): no hours offered
_WISHED = re.compile(
    r"(?:good|nice|lovely|bonne|bon|buenos|buenas|buena|boa|boas|bom|guten|schonen|einen)\s+$"
)
_REFUSED_BEFORE = re.compile(
    r"\b(?:no|not|nicht|nao|pas|ni|nor|sauf|except|excepto|exceto|menos|ausser|hormis|apart\s+from"
    r"|but|aber|pero|mas|mais)\b(?:\W+\w+){0,3}\W*$"
)
_BEFORE = 40  # characters looked back for a wish or a refusal
# the part of day that only says which half the hour opening a bound is in: "a partir de las
# diez de la mañana", "from 10 in the morning", "ab 10 Uhr morgens" (see `resolve._names_half`)
_HALF_OF_BOUND = re.compile(
    r"\b(?:from|after|ab|desde|partir\s+d[eoa]s?|des|depuis|depois\s+d[ao]s|despues\s+de|apres)"
    r"\s+(?:las?\s+|as\s+)?[\w:.]+(?:\s*(?:h|uhr))?\s+(?:in\s+the\s+|de\s+la\s+|da\s+|du\s+)?$"
)


class _Offer:
    """The phrases that offered windows and the windows offered, indexed once, so that each
    doubt below finds what a phrase kept in logarithmic time (the scans stay linear)."""

    def __init__(self, offering: Sequence[Mention], offered: Sequence[Window]) -> None:
        self.phrases = sorted(offering, key=lambda m: m.span)
        self.phrase_starts = [m.span[0] for m in self.phrases]
        self.windows = offered
        self.starts = [w.start for w in offered]

    def kept(self, mention: Mention) -> list[Window]:
        """What the reply offers in the end of the windows one phrase gave."""
        found = []
        for x in mention.windows:
            i = max(bisect_right(self.starts, x.start) - 1, 0)
            while i < len(self.windows) and self.windows[i].start < x.end:
                w = self.windows[i]
                if x.start < w.end:
                    found.append(Window(max(w.start, x.start), min(w.end, x.end)))
                i += 1
        return found

    def holding(self, at: int) -> Mention | None:
        """The offering phrase whose span holds the character at `at`."""
        i = bisect_right(self.phrase_starts, at) - 1
        return self.phrases[i] if i >= 0 and at < self.phrases[i].span[1] else None


def _bounds(part: re.Match[str]) -> tuple[int, int]:
    """The hours of the part of day `_PART` found."""
    return _PART_BOUNDS[next(k for k in _PART_BOUNDS if part.group(k.replace(" ", "_")))]


def _minutes(at: datetime) -> int:
    return at.hour * _HOUR + at.minute


def _runs_past(windows: Iterable[Window], bounds: tuple[int, int]) -> bool:
    """A window meets the part of day and runs more than `_SLACK` past it, with no edge inside
    it ("the school run every morning, so nothing before 9:30": 9:30 to 5 is the part applied
    as the hours' edge)."""
    low, high = bounds
    for w in windows:
        start = _minutes(w.start)
        end = _minutes(w.end) if w.end.date() == w.start.date() else 24 * _HOUR
        edged = low < start < high or low < end < high
        if (
            start < high
            and low < end
            and (start < low - _SLACK or end > high + _SLACK)
            and not edged
        ):
            return True
    return False


def part_unapplied(folded: str, offering: Sequence[Mention], offered: Sequence[Window]) -> bool:
    """An offered phrase that holds a part of day, yet keeps hours far outside it: "Monday or
    Tuesday, mornings ideally since the afternoons are edit sessions" offered whole days, "en
    la tarde estoy en el curso" left the afternoons in. The part was read, and not applied."""
    offer = _Offer(offering, offered)
    for m in _PART.finditer(folded):
        before = folded[max(0, m.start() - _BEFORE) : m.start()]
        if _WISHED.search(before) or _REFUSED_BEFORE.search(before):
            continue
        if _HALF_OF_BOUND.search(before):
            continue
        phrase = offer.holding(m.start())
        if phrase is not None and _runs_past(offer.kept(phrase), _bounds(m)):
            return True
    return False


# Where a list row or a sentence ends: a line, a semicolon, or a stop before a capital ("…
# hasta el viernes. La semana que entra"); not the dots of a date ("Mi 9.12. Urlaub") nor
# leader dots ("Tue 8th ....... unavailable").
_ROW_END = re.compile(r"[;\n]|(?<![.\d])[.!?](?=\s+[A-ZÀ-Þ¿¡])")


# Words that say a day is taken, as list rows and short replies write them after the day:
# "Tue 8th: unavailable", "jeudi 14 : en visite à la mine, pas disponible", "Mi 9.12. Urlaub",
# "Fr 11.12. Betriebsausflug, nicht erreichbar", "Seg 7: não posso, estou de plantão".
_TAKEN = re.compile(
    r"\b(?:unavailable|not\s+(?:available|free|possible)|can'?not|can't|busy|booked|blocked|off"
    rf"|away|pto|{OUT_AWAY}|travell?ing|on\s+leave|holiday|vacation"
    r"|no\s+good"
    r"|pas\s+(?:disponible|libre|possible)|indisponible|impossible|ne\s+(?:peux|peut|suis|sera)\s+pas"
    r"|occupee?|absente?|en\s+visite|en\s+deplacement|en\s+conges?|conge|pris|prise"
    r"|nicht\s+(?:verfugbar|moglich|erreichbar|da|im\s+(?:buro|haus))|geht\s+nicht|kann\s+nicht|belegt"
    r"|besetzt|verhindert|unterwegs|keine\s+zeit|abwesend|urlaub|verreist"
    r"|no\s+(?:puedo|puede|podemos|estoy|esta|disponible)|ocupad[oa]|de\s+viaje|imposible"
    r"|de\s+vacaciones|nao\s+(?:posso|pode|podemos|estou|esta|consigo|da|disponivel)"
    r"|indisponivel|de\s+viagem|impossivel|de\s+ferias|de\s+plantao)\b"
)
_WORKDAY = (9 * _HOUR, 17 * _HOUR)


def _whole_day(w: Window) -> bool:
    return (_minutes(w.start), _minutes(w.end)) == _WORKDAY


def _row_end(ends: list[int], at: int, text: str) -> int:
    i = bisect_left(ends, at)
    return ends[i] if i < len(ends) else len(text)


def taken_row(
    text: str,
    folded: str,
    mentions: Sequence[Mention],
    offering: Sequence[Mention],
    offered: Sequence[Window],
) -> bool:
    """A row or sentence that names one day, says after it that the day is taken, and yet
    offers that day whole: the refusal was met and given to no day."""
    offer = _Offer(offering, offered)
    days = sorted(m.span[0] for m in mentions if not dayless(m))
    ends = [m.start() for m in _ROW_END.finditer(text)]
    for m in offer.phrases:
        if dayless(m):
            continue
        end = _row_end(ends, m.span[1], text)
        i = bisect_left(ends, m.span[0])
        start = ends[i - 1] + 1 if i else 0
        if bisect_left(days, end) - bisect_left(days, start) != 1:
            continue
        whole = offer.kept(m)
        if whole and all(map(_whole_day, whole)) and _TAKEN.search(folded, m.span[0] + 1, end):
            return True
    return False


_HOUR_WORD = alternation(
    fold(w)
    for w in (*HOUR_WORDS, *GERMAN_HOUR_WORDS, *ROMANCE_HOUR_WORDS, "noon", "midi", "mittag")
)
# a clock time, however written: "10h30", "14 Uhr", "2pm", "9:45", "neuf heures", "at eleven",
# "à midi", "um zwei", "a las dos", "às duas"
_CLOCK = re.compile(
    # "15 Uhr", and the same joined to the option's noun: "den 15-Uhr-Termin", "the 3pm-slot"
    r"\d[\s-]*(?:h\b|h\d|uhr\b|am\b|pm\b|:\d\d)"
    rf"|\b(?:\d{{1,2}}|{_HOUR_WORD})\s+(?:heures?|uhr|o'clock|horas?)\b"
    # (not a number past any hour: "de 22 a 26" ends a range of days)
    rf"|\b(?:at|a|um|as|a\s+las|a\s+la|vers|gegen|around)\s+(?:(?!(?:2[5-9]|3[01])\b)\d"
    rf"|{_HOUR_WORD}\b)"
)
# "10h à 11h30", "from 9 to 11", "de 10 a 12", "von 9 bis 11", "das 10h30 às 12h"
_HOUR_RANGE = re.compile(
    r"\b(\d{1,2})(?:[h:.]\d\d)?\s*(?:h|am|pm)?\s*(?:a|as|to|till|until|bis|ate|hasta|au|jusqu'a)\s+"
    r"(?:las\s+|as\s+)?(\d{1,2})(?:[h:.]\d\d|h|am|pm|\b)"
)
# the hours of a whole working day on a twelve-hour dial: "9am to 5pm" says the day offered whole
_WORKDAY_DIAL = {_WORKDAY[0] // _HOUR % 12, _WORKDAY[1] // _HOUR % 12}


def hours_unapplied(
    text: str,
    folded: str,
    mentions: Sequence[Mention],
    offering: Sequence[Mention],
    offered: Sequence[Window],
) -> bool:
    """Hours stated for an offered day that its windows do not show: a range read as its two
    ends ("mardi 12 : 10h à 11h30" as two meetings), or a clock time beside a day offered whole
    ("Thursday the 10th at two", "jeudi 10 de 14 heures 30 à 16 heures")."""
    offer = _Offer(offering, offered)
    starts = sorted(m.span[0] for m in mentions)
    ends = [m.start() for m in _ROW_END.finditer(text)]
    for m in offer.phrases:
        for r in _HOUR_RANGE.finditer(folded, *m.span):
            ends_of_range = {int(r.group(1)) % 12, int(r.group(2)) % 12}
            by_day: dict[date, set[int]] = {}
            for w in m.windows:
                by_day.setdefault(w.start.date(), set()).add(w.start.hour % 12)
            if len(ends_of_range) == 2 and any(ends_of_range <= h for h in by_day.values()):
                return True
        whole = offer.kept(m)
        if not whole or not all(map(_whole_day, whole)):
            continue
        i = bisect_right(starts, m.span[0])
        end = _row_end(ends, m.span[0], text)
        end = max(min(end, starts[i]) if i < len(starts) else end, m.span[1])
        said = _HOUR_RANGE.finditer(folded, m.span[0], end)
        if any({int(r.group(1)) % 12, int(r.group(2)) % 12} == _WORKDAY_DIAL for r in said):
            continue
        if _CLOCK.search(folded, m.span[0], end):
            return True
    return False


# a week named by the one before it: "the following week", "la semaine d'après", "die Woche
# darauf", "la semana siguiente", "na semana a seguir"
_WEEK_AFTER = re.compile(
    r"\b(?:following\s+week|week\s+after|semaine\s+(?:suivante|d'apres|apres|qui\s+suit)"
    r"|woche\s+(?:darauf|danach)|(?:darauf|nach)?folgenden?\s+woche"
    r"|semana\s+(?:siguiente|despues|de\s+despues|posterior|seguinte|a\s+seguir|depois))\b"
)
# a day of the present week named as such: "this Friday", "ce vendredi", "esta semana"
_THIS = rf"(?:{THIS_WORDS}|today|heute|hoy|aujourd'hui|hoje)"
_THIS_BEFORE = re.compile(_THIS + r"\s+$")
_THIS_OPENS = re.compile(_THIS + r"\b")


def _this_week(folded: str, mention: Mention) -> bool:
    """A "this" before or opening the phrase ties it to the present week."""
    at = mention.span[0]
    return bool(
        _THIS_BEFORE.search(folded, max(0, at - _BEFORE), at) or _THIS_OPENS.match(folded, at)
    )


def week_unread(folded: str, mentions: Sequence[Mention], offering: Sequence[Mention]) -> bool:
    """Weekdays offered in another week than the one the reply names for them: "the following
    week is wide open; Tuesday or Thursday" read as the coming Tuesday, or "In der Woche darauf
    Mittwoch oder Freitag" left unread and its days offered before the week ruled out."""
    phrases = sorted(offering, key=lambda m: m.span)
    named: set[tuple[int, int]] = set()  # the weeks offered whole so far, as (year, week)
    for m in phrases:
        weeks = {w.start.date().isocalendar()[:2] for w in m.windows}
        if m.weekday and named - weeks:
            return True
        if not m.weekday and len({w.start.date() for w in m.windows}) >= 2 and len(weeks) == 1:
            named |= weeks
    # each offering phrase that no "this" ties to the present week, with its earliest start;
    # then the earliest of those from each phrase on
    free = [None if _this_week(folded, m) else min(w.start for w in m.windows) for m in phrases]
    earliest: list[datetime | None] = [None] * (len(phrases) + 1)
    for i in range(len(phrases) - 1, -1, -1):
        here, later = free[i], earliest[i + 1]
        earliest[i] = here if later is None else later if here is None else min(here, later)
    ordered = sorted(mentions, key=lambda m: m.span)
    mention_starts = [m.span[0] for m in ordered]
    mention_ends = [m.span[1] for m in ordered]
    latest: list[datetime | None] = []  # the latest end named by the mentions up to each one
    top: datetime | None = None
    for m in ordered:
        end = max((w.end for w in m.windows), default=None)
        top = end if top is None or (end is not None and end > top) else top
        latest.append(top)
    phrase_starts = [m.span[0] for m in phrases]
    for r in _WEEK_AFTER.finditer(folded):
        i = bisect_right(mention_starts, r.start()) - 1
        if i >= 0 and r.start() < mention_ends[i]:
            continue  # the time reader read the week
        before = bisect_right(mention_ends, r.start())
        last = latest[before - 1] if before else None
        after = earliest[bisect_left(phrase_starts, r.end())]
        if last is not None and after is not None and after < last:
            return True
    return False


# a reply-by date: "confirmation no later than Friday", "let me know by Monday", "au plus tard
# lundi", "bis spätestens Montag", "a más tardar el lunes", "até segunda, o mais tardar"
_DEADLINE = re.compile(
    r"\b(?:(?:let\s+me\s+know|confirm|reply|respond|get\s+back\s+to\s+me|hear\s+back|tell\s+me)"
    r"\s+(?:\w+\s+){0,3}?by|no\s+later\s+than|au\s+plus\s+tard"
    r"|(?:confirmer|repondre|dire|savoir)\s+(?:\w+\s+){0,3}?(?:avant|d'ici)"
    r"|(?:bis\s+)?spatestens|(?:bescheid|zusagen|bestatigen|ruckmeldung)\s+(?:\w+\s+){0,3}?bis"
    r"|a\s+mas\s+tardar|(?:avisen|avisenme|avisame|confirmen|confirmar|confirmame|decirme|digan)"
    r"\s+(?:\w+\s+){0,3}?(?:antes\s+de|hasta)|o\s+mais\s+tardar"
    r"|(?:avisem|avise|confirmem|digam)\s+(?:\w+\s+){0,3}?(?:ate|antes\s+de))"
    # "by end of day Friday", "by close of business on the 4th"
    r"(?:\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:business\s+)?day|close\s+of\s+business|eod|cob)"
    r"(?:\s+on)?)?\b"
)
_DEADLINE_GAP = len(" the")  # "by the 4th"
# a clock time right after the words: "bis spätestens 12:30", "no later than 3pm" bound the hours
# of the day offered, they set no day to answer by
_HOUR_AFTER = re.compile(
    r"\s+(?:(?:um|bis|at|a\s+las?|as|a)\s+)?(?:\d{1,2}(?:[:.h]\d\d)?(?:\s*(?:uhr|h|am|pm|a\.m|p\.m))?"
    r"(?![\d./]|st\b|nd\b|rd\b|th\b|er\b)|halb\b|viertel\b|dreiviertel\b|noon\b|midi\b|mittag\b)"
)
# how far past the words of a deadline the clock time it may bound is looked for
_HOUR_REACH = 40


def _bounds_hours(text: str, at: int, offering: Sequence[Mention]) -> bool:
    """(round 26) Beyond `_HOUR_AFTER`'s digits, a clock time right after the words of a
    deadline in any form the time reader knows, which an offered phrase read, with no day after
    it: "spätestens bis zehn Uhr fünfzehn", "au plus tard jusqu'à 11h", "a más tardar hasta las
    tres" bound the hours of the day offered; "by noon Friday" still names a day to answer by,
    and a clock time no offer read ("no later than three", left whole) is left to the doubt."""
    scan = text[at : at + _HOUR_REACH]
    atoms = timelex.lex(timelex.masked(scan))
    lead = len(scan) - len(scan.lstrip())
    if not atoms or atoms[0].kind != "time" or atoms[0].start > lead:
        return False
    clock = at + atoms[0].start
    read = any(m.span[0] <= clock < m.span[1] for m in offering)
    return read and (len(atoms) == 1 or atoms[1].kind != "day")


def deadline_offered(text: str, folded: str, offering: Sequence[Mention]) -> bool:
    """A day the reply sets as the date to answer by, offered as free time (`text` as written,
    for the time reader, `folded` by `intents.fold`, of the same length)."""
    offer = _Offer(offering, ())
    for r in _DEADLINE.finditer(folded):
        if _HOUR_AFTER.match(folded, r.end()) is not None or _bounds_hours(text, r.end(), offering):
            continue
        i = bisect_left(offer.phrase_starts, r.end())
        if i < len(offer.phrases) and offer.phrase_starts[i] <= r.end() + _DEADLINE_GAP:
            return True
        if offer.holding(r.start()) is not None:
            return True
    return False


# "until the 11th", "thru fri", "jusqu'au 11", "hasta el viernes", "bis Freitag", "até sexta": a
# day that only ends a stretch, free or busy; offered alone it is either too little or nothing at
# all
_UNTIL_BEFORE = re.compile(
    r"(?:\b(?:until|till|thru|through|jusqu'(?:au|a|en)|hasta|bis|ate)\s+"
    r"(?:(?:the|el|la|le|zum|zur|a|o)\s+)?"
    r"|\bjusqu')$"
)
_UNTIL_REACH = 16


def _ends_stretch(folded: str, mention: Mention) -> bool:
    """The word before the phrase makes its day the end of a stretch."""
    at = mention.span[0]
    return _UNTIL_BEFORE.search(folded, max(0, at - _UNTIL_REACH), at) is not None


def until_offered(folded: str, offering: Sequence[Mention]) -> bool:
    """A whole day offered that the word before it makes the end of a stretch."""
    return any(not m.has_time and _ends_stretch(folded, m) for m in offering)


# --- readings that other words of the reply compete with (calibration round 3) ---


def _whole(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)")


# a bare yes or no, as a client answers from a phone: "yes let's go", "non merci", "nein,
# danke", "no va, gracias", "não, obrigado", "pass"
_YES_OR_NO = _whole(
    r"yes|yeah|yep|yup|no|nope|nah|oui|ouais|non|ja|jep|nein|nee|si|sim|nao|go|pass"
)
# the search or the post said to be over: "the role is filled", "le recrutement est clos", "die
# Suche ist abgeschlossen", "el proceso está cerrado", "a vaga foi preenchida"
_SEARCH_OVER = _whole(
    r"closed|filled|concluded|clos|cloture|pourvue?|abgeschlossen|besetzt|beendet"
    r"|cerrad[oa]|cubiert[oa]|finalizad[oa]|concluid[oa]|encerrad[oa]|preenchid[oa]|fechad[oa]"
)


def says_yes_or_no(folded: str) -> bool:
    """A yes or a no, which to a verdict awaited is the verdict, not a thank-you."""
    return _YES_OR_NO.search(folded) is not None


def search_over(folded: str) -> bool:
    """A word saying the search or the post is over: a call-off the cues did not read."""
    return _SEARCH_OVER.search(folded) is not None


# a further step with the candidate: a meeting, a trial, a sample of work
_STEP = _whole(
    r"interview|meeting|meet|chat|call|trial|sample|case\s+study|test|round|session"
    r"|entretien|rencontr\w*|essai|seance|echange|appel"
    r"|gesprach|treffen|kennen\w*|probetag|probearbeit|arbeitsprobe|(?:zur|auf)\s+probe|runde"
    # getting to know the candidate, with its pronoun glued on: "conocerla", "conhecê-la"
    r"|entrevista|reunion|conoc\w*|conozc\w*|prueba|llamada|ronda"
    r"|reuniao|conhec\w*|converse|conversar|conversa|teste|chamada"
    # or a piece of work shown to us: "a short presentation for the partners", "eine Aufgabe, die
    # er uns vorstellt", "un exercice", "um exercício"
    r"|present\w*|exercise|assignment|take-home"
    r"|exercice|prasentation|prasentieren|vorstellt|vorstellen|aufgabe|ejercicio|exercicio"
    r"|apresentacao|apresentar|apresente"
    # or a day spent with us: "spend a day with the team", "passer une journée avec l'équipe",
    # "einen Tag bei uns verbringen", "pasar una jornada con el equipo", "passe um dia com o time"
    r"|(?:spend|spending|pass?\w*)\s+(?:a|one|une|un|una|uno|um|uma)\s+(?:full\s+|whole\s+)?"
    r"(?:day|jour|journee|jornada|dia)|einen\s+tag\s+(?:\w+\s+){0,4}?verbring\w*"
)
# "before we decide", "avant de trancher", "bevor wir uns entscheiden", "antes de decidirmos";
# and with the deciders named: "avant que nous décidions", "antes de que decidamos"
_BEFORE_DECIDING = re.compile(
    r"\b(?:before\s+(?:we\s+|i\s+)?(?:decide|deciding|making\s+(?:a|the)\s+(?:decision|call)"
    r"|make\s+up\s+(?:our|my)\s+minds?)"
    r"|avant\s+de\s+(?:trancher|decider|nous\s+decider|se\s+decider|prendre\s+(?:une|notre|ma)"
    r"\s+decision)|avant\s+qu(?:e\s+|')(?:nous|je|on|l'on)\s+(?:ne\s+)?(?:decid|tranch)\w*"
    r"|avant\s+de\s+(?:nous|se|me)\s+prononcer|antes\s+de\s+bater\s+o\s+martelo"
    # the decider named ("bevor er sich festlegt"), and committing as deciding
    r"|bevor\s+(?:wir|ich|er|sie)\s+(?:uns\s+|mich\s+|sich\s+)?(?:entscheide\w*|festleg\w*)"
    r"|vor\s+(?:der|einer)\s+entscheidung"
    r"|bevor\s+(?:die|eine)\s+entscheidung"
    r"|antes\s+(?:de\s+)?(?:que\s+)?(?:decidir\w*|decidamos|tom\w*\s+(?:una|uma|la|a)\s+decis\w+))\b"
)
_NEGATION = re.compile(
    r"(?<!\w)(?:not|no|nor|never|pas|jamais|nicht|kein\w*|nie|nunca|nao|ni)(?!\w)|n't(?!\w)"
)
_SENTENCE_STOP = re.compile(r"[.!?;…]")
# none of a thing: "aucune dispo", "rien de possible", "nada libre", "nenhum horário"
_NONE = re.compile(r"(?<!\w)(?:nothing|none|aucune?|rien|nichts|nada|ningun[oa]?|nenhuma?)(?!\w)")


def denies(folded: str, start: int, end: int) -> bool:
    """A negation, or a word of none, lies in the span: "ce n'est pas possible", "aucune
    dispo", "kein Termin", "nada libre", "não dá"."""
    return bool(_NEGATION.search(folded, start, end) or _NONE.search(folded, start, end))


class _Sentences:
    """Sentence bounds found once, so that each question below is a bisection."""

    def __init__(self, folded: str) -> None:
        self.stops = [m.start() for m in _SENTENCE_STOP.finditer(folded)]
        self.size = len(folded)

    def around(self, start: int, end: int) -> tuple[int, int]:
        i = bisect_left(self.stops, start)
        j = bisect_left(self.stops, end)
        return (
            self.stops[i - 1] + 1 if i else 0,
            self.stops[j] if j < len(self.stops) else self.size,
        )


# the decision put after a step: "Then we'll decide", "puis nous trancherons", "danach
# entscheiden wir", "y luego decidimos", "e depois decidimos"
_THEN_DECIDING = re.compile(
    r"\b(?:(?:and\s+)?then\s+(?:we|i)(?:'ll|\s+will|\s+can)?\s+decide"
    r"|after\s+(?:that|which)\s+(?:we|i)(?:'ll|\s+will)?\s+decide"
    r"|(?:puis|ensuite|apres\s+quoi)\s+(?:nous\s+(?:deciderons|trancherons)|on\s+(?:decidera|tranchera))"
    r"|(?:dann|danach|anschließend)\s+(?:entscheiden\s+(?:wir|ich)|(?:wir|ich)\s+entscheiden)"
    r"|(?:luego|despues)\s+(?:decidimos|decidiremos)|(?:depois|entao)\s+(?:decidimos|decidiremos))\b"
)
# a step with someone else, which a hold waits on rather than asks of the candidate: "we still
# have a call with another candidate", "une autre candidate", "outra candidata"
_OTHER_CANDIDATE = _whole(
    r"(?:other|another|autres?|anderen?|anderer|otr[oa]s?|outr[oa]s?)\s+"
    r"(?:candidates?|candidats?|kandidat\w*|bewerber\w*|candidat[oa]s?|applicants?|finalists?)"
)


def _candidate_steps(folded: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The steps named between `start` and `end`, but (round 42) those held among the sender's
    own people ("one more internal round"): the candidate takes no part in them."""
    return (
        s
        for s in _STEP.finditer(folded, start, end)
        if not steps.internal(folded, s.start(), s.end())
    )


def step_before_deciding(folded: str) -> bool:
    """A step with the candidate asked for before the decision ("Quero que o nosso líder de
    equipa a conheça antes de decidirmos", "une séance d'essai … avant de trancher"), or
    (calibration round 9) with the decision put after it, in its sentence or the next ("Could
    she shadow an inspector for a day? Then we'll decide"): read as a hold, it is as much an
    advance. A step with another candidate is what the hold waits on."""
    sentences = _Sentences(folded)

    def asked(start: int, end: int) -> bool:
        return any(_candidate_steps(folded, start, end)) and not _OTHER_CANDIDATE.search(
            folded, start, end
        )

    for b in _BEFORE_DECIDING.finditer(folded):
        start, end = sentences.around(b.start(), b.end())
        if asked(start, b.start()) or asked(b.end(), end):
            return True
    for b in _THEN_DECIDING.finditer(folded):
        start = sentences.around(b.start(), b.end())[0]
        if asked(sentences.around(max(start - 1, 0), start)[0], b.start()):
            return True
    return False


def step_asked(folded: str) -> bool:
    """A sentence that names a step with the candidate and denies nothing ("Could he send us a
    work sample?"): beside a rejection read weakly, the rejection may be a hedge. A step denied
    ("we won't invite him to a final round") is the rejection itself; (round 40) the round held,
    talked over since ("wir haben das zweite Gespräch intern besprochen"), asks for nothing."""
    sentences = _Sentences(folded)
    for s in _candidate_steps(folded, 0, len(folded)):
        if steps.talked_over(folded, s.start(), s.end()):
            continue
        start, end = sentences.around(s.start(), s.end())
        if not _NEGATION.search(folded, start, end):
            return True
    return False


_RANK = (
    r"first|second|third|last|latter|former|premier|premiere|deuxieme|seconde?|troisieme"
    r"|derniere?|erste[nrs]?|zweite[nrs]?|dritte[nrs]?|letzte[nrs]?|primer[ao]?|segund[ao]"
    r"|tercer[ao]?|ultim[ao]|primeir[ao]|terceir[ao]"
)
_OPTION_WORD = (
    r"options?|slots?|dates?|choice|creneaux|creneau|propositions?|horaires?|termine?"
    r"|optionen|vorschlage?|zeitfenster|fechas?|opcion|opciones|horarios?|propuestas?|datas?"
    r"|opcao|opcoes|propostas?"
)
# an option named by its rank: "the second slot", "la segunda fecha", "der zweite Termin"
_RANKED_OPTION = _whole(rf"(?:{_RANK})\s+(?:{_OPTION_WORD})|(?:{_OPTION_WORD})\s+(?:{_RANK})")


def option_by_rank(folded: str) -> bool:
    """An option named by its rank, which a reading of times did not take as a pick."""
    return _RANKED_OPTION.search(folded) is not None


# an option's number alone, not a clock time ("3 works", not "3pm", "3h" or "3:30")
_OPTION_NUMBER = re.compile(r"(?<![\w:.,])([1-9])(?![\w:.,]|\s*(?:h|uhr|am|pm)\b)")
_CLAUSE_STOP = re.compile(r"[,;.!?\n]|\b(?:but|mais|aber|sondern|pero|mas)\b")


def option_refused(folded: str, selected: int) -> bool:
    """The number of the option picked sits in a clause that turns it down ("les options 1 et
    3 ne vont pas ; la 2 me convient", read as option 1)."""
    stops = [m.start() for m in _CLAUSE_STOP.finditer(folded)]
    for m in _OPTION_NUMBER.finditer(folded):
        if int(m.group(1)) != selected:
            continue
        i = bisect_left(stops, m.start())
        start = stops[i - 1] + 1 if i else 0
        end = stops[i] if i < len(stops) else len(folded)
        if _NEGATION.search(folded, start, end):
            return True
    return False


# --- offered times the words around them tell against (calibration round 4) ---

_WEEKDAY = alternation(fold(word) for word in WEEKDAYS)
# an exception of hours ("all day, bar quarter to one till half two", "sauf de 12h à 14h");
# not of days or weeks ("except Wednesday"), nor the minutes before an hour ("a la una
# menos cuarto", "às duas menos dez")
_EXCEPT = _whole(
    # ("but not before 10" is a bound, from 10)
    r"bar|barring|except|excepting|apart\s+from|other\s+than|but\s+not(?!\s+(?:before|earlier)\b)"
    r"|sauf|hormis|excepte"
    r"|ausser|ausgenommen|bis\s+auf|salvo|excepto|exceto|tirando|fora"
    # ("las once menos cuarto", "onze menos quinze": a quarter before the hour)
    r"|menos(?!\s+(?:cuarto|quarto|quinze|um\s+quarto)\b)"
    # (round 23: the other words of exception, and "never" before hours: "never between 12
    # and 1", "jamais entre", "nie zwischen", "nunca entre")
    r"|excluding|not\s+counting|minus|outside|hors|a\s+part|en\s+dehors|sans\s+compter"
    r"|abgesehen|mit\s+ausnahme|exklusive|aparte\s+de|sin\s+contar|excluyendo|quitando"
    r"|a\s+excepcion|sem\s+contar|excluindo|afora|a\s+nao\s+ser|com\s+excecao|a\s+excecao"
    r"|never|jamais|nie|niemals|nunca"
    # (round 25: more words of exception, and German's "nicht aber")
    r"|not\s+including|setting\s+aside|putting\s+aside|omitting|abstraction\s+faite"
    r"|exclusion\s+faite|en\s+excluant|en\s+exceptant|non\s+compris|abzuglich"
    r"|nicht\s+(?:aber|jedoch|allerdings)|(?:jedoch|allerdings)\s+nicht|dejando\s+de\s+lado"
    r"|dejando\s+aparte|sin\s+incluir|no\s+incluyendo|descontando|salvedad|excetuando"
    r"|exceptuando|com\s+exclusao|nao\s+incluindo|sem\s+incluir|deixando\s+de\s+fora|sem\s+ser"
    r"|tirante|ressalvando"
    # (round 26: the exception's noun with its article)
    r"|con\s+la\s+(?:unica\s+)?excepcion|com\s+a\s+(?:unica\s+)?excecao|la\s+seule\s+exception"
    r"|mit\s+der\s+(?:einzigen\s+)?ausnahme|(?:sole|only|single|one|with)\s+exception"
)
_EXCEPTED_DAY = re.compile(
    rf"\W*(?:[\w']+\W+){{0,2}}?(?:{_WEEKDAY}|weeks?|weekends?|semaines?|wochen\w*|semanas?|fins?"
    r"|end|cuarto|quarto|quince|veinte|vinte|diez|dez|cinco)(?!\w)"
)

# an exception word just before a day, "außer" as written with ß (folding keeps it)
_EXCEPTED_BEFORE = re.compile(rf"(?:{_EXCEPT.pattern}|(?<!\w)außer(?!\w))\W+(?:[\w']+\W+){{0,2}}$")


# (round 26) an exception over the options, the one left out named by its day a few words on:
# "all work except the one on Monday", "any but the 4pm on Wed", "tous sauf le créneau de 9h
# mardi", "alle außer dem späteren am Montag", "todas menos la de las 10 del lunes"; no clause
# ends between
_OPTION_EXCEPTED = re.compile(
    rf"(?:{_EXCEPT.pattern}|(?<!\w)außer(?!\w)|\b(?:any|all|everything)\s+(?:[\w']+\s+){{0,2}}?but)"
    r"[^\w.,;!?\n]+(?:[\w']+[^\w.,;!?\n]+){0,6}$"
)
_OPTION_REACH = 60


def excepted(folded: str, at: int) -> bool:
    """An exception word leads the phrase at `at` ("außer Dienstagvormittag", "sauf vendredi")."""
    return _EXCEPTED_BEFORE.search(folded, max(0, at - _BEFORE), at) is not None


def exception_offered(folded: str, offering: Sequence[Mention], offered: Sequence[Window]) -> bool:
    """An exception of hours inside an offered phrase, whose day is offered as one block inside
    business hours: the hours excepted were offered in place of the rest of the day."""
    offer = _Offer(offering, offered)
    for m in offer.phrases:
        excepted = [
            e for e in _EXCEPT.finditer(folded, *m.span) if not _EXCEPTED_DAY.match(folded, e.end())
        ]
        if not excepted:
            continue
        by_day: dict[date, list[Window]] = {}
        for w in offer.kept(m):
            by_day.setdefault(w.start.date(), []).append(w)
        for kept in by_day.values():
            if len(kept) == 1 and _inside_workday(kept[0]):
                return True
    return False


def _inside_workday(w: Window) -> bool:
    low, high = _WORKDAY
    return low < _minutes(w.start) and _minutes(w.end) < high


_RELATIVE_DAY = alternation(fold(word) for word, (_, part) in RELATIVE_DAYS.items() if part is None)
# the day a relative day falls on, told as a fact: "amanhã é domingo", "tomorrow's a Sunday",
# "demain c'est samedi", "morgen ist Sonntag", "mañana es domingo"
_DAY_TOLD = re.compile(
    rf"(?<!\w)(?:{_RELATIVE_DAY})\s*(?:is|'s|c'est|ce\s+sera|est|ist|es|e|sera)\s+"
    rf"(?:(?:a|un|ein|el|o|le)\s+)?(?:{_WEEKDAY})(?!\w)"
)


def day_told(folded: str, offering: Sequence[Mention]) -> bool:
    """A relative day whose weekday the reply tells, offered: "oi! amanhã é domingo né kkk.
    segunda de manhã…" says what day tomorrow is, and offers Monday."""
    offer = _Offer(offering, ())
    return any(
        offer.holding(t.start()) or offer.holding(t.end() - 1) for t in _DAY_TOLD.finditer(folded)
    )


def part_left_out(folded: str, mentions: Sequence[Mention], offered: Sequence[Window]) -> bool:
    """A part of day named with no day ("pasado mañana (lunes) por la mañana"), and a day it
    falls on offered whole: the part was read alone, and given to no day."""
    whole = {w.start.date() for w in offered if _whole_day(w)}
    return any(
        dayless(m)
        and not m.negated
        and _PART.search(folded, *m.span)
        and any(w.start.date() in whole and not _whole_day(w) for w in m.windows)
        for m in mentions
    )


# a wish, or a day already past: "hope your Monday went well", "j'espère que votre lundi s'est
# bien passé", "hoffentlich war der Montag gut", "espero que el lunes te haya ido bien"
_WISH_OR_PAST = _whole(
    r"hope|hoping|hopefully|espere|hoffe|hoffentlich|espero|ojala|went|was|had|passed|passe"
    r"|passou|corrido|ido|war|gewesen"
)


def day_wished(text: str, folded: str, offering: Sequence[Mention]) -> bool:
    """A day offered whole from a sentence that wishes or looks back and offers nothing
    ("Hi Ana, hope your Monday went well!"): a courtesy, not a time. (round 40) The German
    "wär" of "Mittwoch wär gut" would be, and only looks back once folded into "war"."""
    sentences = _Sentences(folded)
    seen: set[tuple[int, int]] = set()  # each sentence is read once, however many days it names
    for m in offering:
        if m.has_time:
            continue
        start, end = sentences.around(*m.span)
        if (start, end) in seen:
            continue
        seen.add((start, end))
        looks_back = any(
            text[w.start() : w.end()].lower() != "wär"
            for w in _WISH_OR_PAST.finditer(folded, start, end)
        )
        if looks_back and not offers_words(folded, start, end):
            return True
    return False


# a postscript's mark at the start of a line: "P.S.", "PS:", "P.D.:", "N.B."
_POSTSCRIPT = re.compile(
    r"^\s*(?:p\.?\s?s|p\.?\s?d|n\.?\s?b)\b\.?\s*[:.-]", re.IGNORECASE | re.MULTILINE
)


def postscript_lost(body: str, text: str) -> bool:
    """A postscript below the sign-off that the text read does not hold: what it says went
    unread with the signature."""
    return _POSTSCRIPT.search(body) is not None and _POSTSCRIPT.search(text) is None


# an open start whose part of day only says which half of the day the hour is in: "a partir de
# las diez de la mañana", "from ten in the morning", "ab zehn Uhr morgens", "depois das dez da
# manhã"
_OPEN_START = re.compile(
    r"(?<!\w)(?:from|after|a\s+partir\s+de|a\s+partir\s+das?|desde|apres|des|ab|nach"
    r"|depois\s+das?)\s+(?:(?:las?|as?|the)\s+)?"
    rf"(?:\d{{1,2}}|{_HOUR_WORD})(?:[:h.]\d\d|\s*h\b|\s+(?:uhr|heures?|horas?|o'clock))?"
    r"\s+(?:(?:de\s+la|du|in\s+the|da|de|am)\s+)?$"
)
# ... unless its end follows the part: "from ten in the morning until four" is no open start,
# and a window ending at noon is one an exception cut
_CLOSED_AFTER = re.compile(r"\s*(?:until|till|til|to|bis|jusqu'?a|hasta|ate|a)\s")
# all of a part of day: "toda la mañana", "all morning", "toute la matinée", "den ganzen Vormittag"
_ALL_OF = _whole(r"all|whole|entire|toda|todo|toute|tout|ganzen|ganze|inteira|inteiro")
# a part of day said of each day of a list: "jeweils nur vormittags", "any morning", "chaque
# matin", "cada mañana", "todas as manhãs"
_EACH = re.compile(
    r"(?<!\w)(?:any|each|every|both|all|jeweils|je|chaque|tous\s+les|toutes\s+les|cada"
    r"|todas\s+las|todos\s+los|todas\s+as|todos\s+os|ambos|beide\w*|cualquier|qualquer"
    r"|n'importe\s+quel(?:le)?)\s+(?:\w+\s+){0,2}?$"
)
_REACH = 40  # characters looked back from a part of day for the words that qualify it


def part_misapplied(
    folded: str, mentions: Sequence[Mention], offering: Sequence[Mention], offered: Sequence[Window]
) -> bool:
    """A part of day whose words say more than the windows kept from its phrase: an open start
    cut at the part's end ("a partir de las diez de la mañana" read as 10 to 12), all of a part
    offered as less ("le parece el jueves a las 11? Ando libre toda la mañana de ese día" read
    as 11 to 12), a part said of each day of a list kept by its last day only ("Mo 7., Mi 9.
    und Fr 11. – jeweils nur vormittags" offered Monday whole), or a part taken out whole while
    a clock time beside it bounds it ("the school run every morning so nothing before 9:30")."""
    offer = _Offer(offering, offered)
    clocks = sorted((m for m in mentions if m.has_time), key=lambda m: m.span)
    clock_starts = [m.span[0] for m in clocks]
    sentences = _Sentences(folded)
    for m in _PART.finditer(folded):
        phrase = offer.holding(m.start())
        if phrase is None:
            continue
        kept = offer.kept(phrase)
        low, high = _bounds(m)
        before = folded[max(0, m.start() - _REACH) : m.start()]
        cut = any(_minutes(w.end) == high for w in kept)
        if (
            cut
            and high < _WORKDAY[1]
            and _OPEN_START.search(before)
            and not _CLOSED_AFTER.match(folded, m.end())
        ):
            return True
        if _ALL_OF.search(folded, max(0, m.start() - _REACH // 3), m.end()):
            inside = max(low, _WORKDAY[0]), min(high, _WORKDAY[1])
            if any(_within(w, inside) for w in kept) and not any(_spans(w, inside) for w in kept):
                return True
        if _EACH.search(before) and _first_of_list_whole(offer, phrase):
            return True
        if (
            kept
            and not any(_minutes(w.start) < high and low < _minutes(w.end) for w in kept)
            and not _WISHED.search(before)
            and not _REFUSED_BEFORE.search(before)
        ):
            start, end = sentences.around(m.start(), m.end())
            i = bisect_left(clock_starts, m.end())
            near = [c for c in clocks[max(i - 1, 0) : i + 1] if start <= c.span[0] < end]
            if any(
                low < _minutes(t) < high
                for c in near
                if c is not phrase
                for w in c.windows
                for t in (w.start, w.end)
            ):
                return True
    return False


def _within(w: Window, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= _minutes(w.start) and _minutes(w.end) <= bounds[1]


def _spans(w: Window, bounds: tuple[int, int]) -> bool:
    return _minutes(w.start) <= bounds[0] and bounds[1] <= _minutes(w.end)


def _first_of_list_whole(offer: _Offer, phrase: Mention) -> bool:
    """The offered phrase before this one names days offered whole, while this one is not."""
    i = bisect_left(offer.phrase_starts, phrase.span[0])
    if i == 0 or dayless(phrase) or all(map(_whole_day, offer.kept(phrase))):
        return False
    previous = offer.phrases[i - 1]
    return not dayless(previous) and all(map(_whole_day, offer.kept(previous)))


# --- readings whose own words say otherwise (calibration round 5) ---


def move_unplaced(folded: str, booked: Window | None, offered: Sequence[Window]) -> bool:
    """A move by a stated amount ("two hours later", "reporter d'une semaine", "adiantar meia
    hora") while no offered window holds the booked slot's hours moved by it, either way, on
    its day or on the day named beside the amount ("tomorrow an hour later"): the amount was
    read wrongly, or not at all."""
    if booked is None:
        return False
    amounts = amounts_asked(folded)
    zone = booked.start.tzinfo
    return bool(amounts) and not any(
        w.start <= start + way * a and start + (booked.end - booked.start) + way * a <= w.end
        for w in offered
        for start in (
            booked.start,
            datetime.combine(
                w.start.astimezone(zone).date(), booked.start.astimezone(zone).timetz()
            ),
        )
        for a in amounts
        for way in (1, -1)
    )


_HOUR_NAMES = {
    fold(w): h
    for words in (HOUR_WORDS, ROMANCE_HOUR_WORDS, GERMAN_HOUR_WORDS)
    for w, h in words.items()
}
# an open start with its clock time: "after 10", "à partir de 15h", "ab 13:30", "desde las 15",
# "a partir de la una", "depois das 14h"
_OPEN_AT = re.compile(
    # ("quarter after one", "ten after two": the minutes past an hour, not an open start)
    r"(?<!\w)(?<!\bquarter\s)(?<!\bhalf\s)(?<!\bfive\s)(?<!\bten\s)(?<!\btwenty\s)"
    r"(?:from|after|a\s+partir\s+d[eoa]s?|desde|apres|des|ab|depois\s+d[ao]s)\s+"
    r"(?:(?:las?|as?|the)\s+)?"
    rf"(?:(\d{{1,2}})(?:\s*[:h.]\s*(\d\d)|\s*h\b|\s*uhr\b)?(?!\w)|({alternation(_HOUR_NAMES)})(?!\w))"
    r"\s*(am|pm|a\.m\.|p\.m\.)?"
    # a date, not an hour: "ab 14. Dezember", "from 14 December"
    rf"(?!\.?\s*(?:of\s+|de\s+)?(?:{alternation(fold(m) for m in MONTHS)})(?!\w))"
    # the start of a range, not an open one: "from 7 to 9", "de 10 à 12", "ab 9 bis 11"
    r"(?!\s*(?:-|–|to|till|until|a|au|bis|hasta|ate|as)\s*\d)"
    # not an hour a minute word goes on to move: "a partir de las tres menos cuarto"
    # or "dès deux heures moins le quart", "a partir das dez menos quinze": after the hour's noun
    # too, and by minutes in words
    r"(?!\s*(?:heures?|horas?|hours?|uhr)?\s*(?:y|e|et|and|menos|moins)\s+(?:le\s+|un\s+|um\s+|a\s+)?"
    r"(?:cuarto|quarto|quart|quarter|half|media|meia|demie|cinq|cinco|dix|diez|dez|quince|quinze"
    r"|vingt|veinte|vinte|\d))"
)


def _clock_minutes(m: re.Match[str]) -> int | None:
    """The minutes of day an open start names, a bare hour read as the contract reads it."""
    hour = int(m.group(1)) if m.group(1) else _HOUR_NAMES[m.group(3)]
    if hour > 23:
        return None
    meridiem = m.group(4)
    if (meridiem[0] == "p" if meridiem else 1 <= hour <= 7) and hour < 12:
        hour += 12
    return hour * _HOUR + int(m.group(2) or 0)


def open_start_unmet(folded: str, offering: Sequence[Mention], offered: Sequence[Window]) -> bool:
    """An open start inside an offered phrase ("vendredi après le déjeuner, à partir de 14h")
    while every window of the phrase starts before it, and none ends at it (a busy stretch from
    it ends them): the hour was lost, or overridden by a part of day read beside it. (round 26)
    Windows that all end before it leave it no hours to open: it starts what keeps the sender
    busy after them ("plutôt le matin, car j'ai une réunion à partir de 15h")."""
    offer = _Offer(offering, offered)
    for m in _OPEN_AT.finditer(folded):
        phrase = offer.holding(m.start(1) if m.group(1) else m.start(3))
        at = _clock_minutes(m)
        if phrase is None or at is None:
            continue
        kept = offer.kept(phrase)
        if (
            kept
            and not any(_minutes(w.start) >= at or _minutes(w.end) == at for w in kept)
            and any(_minutes(w.end) > at for w in kept)
        ):
            return True
    return False


# the whole of a day, which offers it: "Fri 4 – whole day", "Do ganztags", "toda la jornada"
_WHOLE_OF = re.compile(_ALL_OF.pattern + r"|ganztags|ganztagig")


def busy_row_offered(
    text: str,
    folded: str,
    spans: Iterable[tuple[int, int]],
    offering: Sequence[Mention],
    offered: Sequence[Window],
) -> bool:
    """A row or sentence that offers its days whole with no word of offering, yet says
    something no cue or time reading explains ("Mon - in court all day", "martes 8: festivo",
    "Segunda e terça estou embarcado"), while another row of the reply offers in words or in
    hours: the sender says when they are free elsewhere, so this row most likely says why a
    day is not."""
    offer = _Offer(offering, offered)
    covered = covered_chars(folded, spans)
    ends = [m.start() for m in _ROW_END.finditer(text)]
    rows: dict[int, list[Mention]] = {}
    for m in offer.phrases:
        i = bisect_left(ends, m.span[0])
        rows.setdefault(i, []).append(m)
    busy = free = 0
    for i, phrases in rows.items():
        start = ends[i - 1] + 1 if i else 0
        end = ends[i] if i < len(ends) else len(text)
        kept = [w for m in phrases for w in offer.kept(m)]
        # "toute la journée" offers a day as much as it fills it ("au tribunal toute la journée")
        said = [m for m in _WORD.finditer(folded, start, end) if not _WHOLE_OF.fullmatch(m.group())]
        if not all(map(_whole_day, kept)) or any(m.group() in _OFFERING for m in said):
            free += 1
        elif kept and any(
            not covered[m.start()] and m.group() not in _FILLER and not _is_name(text, m.start())
            for m in said
        ):
            busy += 1
    return busy > 0 and free > 0


# days named back by a word that points at them: "on those days", "ces jours-là", "an diesen
# Tagen", "esos días", "nesses dias"
_THOSE_DAYS = _whole(
    r"(?:those|these|the\s+same)\s+days|ces\s+jours(?:-la)?|ces\s+memes\s+jours"
    r"|an\s+(?:diesen|den|jenen|denselben)\s+tagen|diese\s+tage"
    r"|(?:esos|estos|aquellos)\s+(?:mismos\s+)?dias|(?:nesses|nestes|naqueles|esses|estes)\s+dias"
)


def days_pointed(folded: str, offering: Sequence[Mention], offered: Sequence[Window]) -> bool:
    """Days named back, in a sentence that offers them and denies nothing ("dispo à partir
    de 15h ces jours-là"), after the days were named with what fills them, while the phrase
    that holds them offers fewer days than it names ("trabajo de mañana de lunes a miércoles;
    esos días podría por la tarde" read as tomorrow afternoon): which days, and which of
    their hours, the reader had to guess. Where every day named is offered, the guess held
    on every reply measured (calibration round 8)."""
    sentences = _Sentences(folded)
    offer = _Offer(offering, offered)
    for m in _THOSE_DAYS.finditer(folded):
        phrase = offer.holding(m.start())
        if phrase is None:
            continue
        kept = {w.start.date() for w in offer.kept(phrase)}
        if kept >= named_days(phrase):
            continue
        start, end = sentences.around(m.start(), m.end())
        offers = frees_words(folded, start, m.start()) or frees_words(folded, m.end(), end)
        if (
            offers
            and not _NEGATION.search(folded, start, end)
            and not _TAKEN.search(folded, start, end)
        ):
            return True
    return False


# --- offered days a range of weekdays holds (calibration round 6) ---

_WEEKDAY_OF = {fold(name): day for name, day in WEEKDAYS.items()}
# "Tuesday to Friday", "du mardi au vendredi", "von Dienstag bis Freitag", "de martes a viernes",
# "de terça a sexta"
_DAY_RANGE = re.compile(
    rf"(?<!\w)({_WEEKDAY})\s*(?:-|–|to|through|thru|till|until|a|au|bis|al|hasta|ate)\s*"
    rf"(?:(?:le|la|el|o|a|zum|am)\s+)?({_WEEKDAY})(?!\w)"
)


def range_hollowed(folded: str, offered: Sequence[Window]) -> bool:
    """A range of weekdays whose two ends are offered and a weekday inside it never is
    ("rehabilitación todas las mañanas de martes a viernes, por las tardes estoy libre" offered
    a Tuesday and a Friday afternoon): the range was read as its two ends."""
    days = {w.start.weekday() for w in offered}
    for r in _DAY_RANGE.finditer(folded):
        first, last = _WEEKDAY_OF[r.group(1)], _WEEKDAY_OF[r.group(2)]
        hollow = set(range(first + 1, last)) - days
        # (a day of it named again on its own, "Monday to Wednesday, except Tuesday", was left
        # out by those words)
        if {first, last} <= days and hollow - _named_apart(folded, r.span()):
            return True
    return False


_NAMED_WEEKDAY = re.compile(rf"(?<!\w)(?:{_WEEKDAY})(?!\w)")


def _named_apart(folded: str, span: tuple[int, int]) -> set[int]:
    """The weekdays named outside `span`."""
    return {
        _WEEKDAY_OF[m.group()]
        for m in _NAMED_WEEKDAY.finditer(folded)
        if not span[0] <= m.start() < span[1]
    }


# a line opened by a short weekday and its hours, as rosters write them: "mi 10-12", "Jeu 14h"
_SHORT_ROW = re.compile(
    r"\n\s*(?:" + alternation(fold(d) for d in SHORT_WEEKDAYS) + r")\.?\s+\d", re.IGNORECASE
)


def phrase_across_rows(text: str, offering: Sequence[Mention]) -> bool:
    """An offered phrase that runs on into a line opened by a short weekday ("di ab halb 3\nmi
    10-12" read as Tuesday's hours): that line's day was not read, so its hours went to the line
    above."""
    return any(_SHORT_ROW.search(text, *m.span) for m in offering)


# --- answers put on a condition or off to a day (calibration round 7) ---

# what opens a condition on the answer: "unless my flight moves", "sauf si mon train est
# annulé", "außer mein Flug verschiebt sich", "a menos que", "a não ser que", "if", "si", "wenn"
_CONDITION = re.compile(
    r"\b(?:unless|sauf\s+si|a\s+moins\s+que|au(?:ss|ß)er|es\s+sei\s+denn|a\s+menos\s+que"
    r"|a\s+no\s+ser\s+que|a\s+nao\s+ser\s+que|salvo\s+(?:que|si|se))\b"
)
_CLAUSE_END = re.compile(r"[.,;:!?\n]")


def _clause(folded: str, start: int, end: int) -> tuple[int, int]:
    left = max(folded.rfind(c, 0, start) for c in ".,;:!?\n") + 1
    right = _CLAUSE_END.search(folded, end)
    return left, right.start() if right else len(folded)


def conditioned(folded: str) -> bool:
    """A condition on the answer is written ("unless", "sauf si", "außer", "a menos que")."""
    return _CONDITION.search(folded) is not None


def conditional(folded: str, starts: Iterable[int]) -> bool:
    """Every one of the cues (at `starts`) lies in a clause a condition opens before it."""
    found = False
    for at in starts:
        left, _ = _clause(folded, at, at)
        if _CONDITION.search(folded, left, at) is None:
            return False
        found = True
    return found


# the sender's own answer still to come: "I'll confirm tomorrow", "je vous confirme demain",
# "ich bestätige morgen", "mañana te lo confirmo", "amanhã te confirmo", "I'll let you know Friday"
_PROMISE = re.compile(
    r"\b(?:(?:i'll|i\s+will|will)\s+(?:\w+\s+)?(?:confirm|let\s+you\s+know|get\s+back\s+to\s+you)"
    r"|confirmerai|(?:vous|te)\s+(?:le\s+)?(?:confirme|dirai)|bestatige|melde\s+mich"
    r"|(?:te|le|se|lo|les)\s+(?:lo\s+|la\s+)?(?:confirmo|confirmare|aviso|avisare|confirmarei)"
    r"|confirmarei|aviso|je\s+confirme|confirmo|(?:sage|gebe)\s+(?:\w+\s+){0,2}?bescheid)\b"
)


def answer_day_offered(folded: str, offering: Sequence[Mention]) -> bool:
    """An offered phrase in the clause where the sender promises their answer: the day named
    is when they will answer, not a day they are free."""
    offer = _Offer(offering, ())
    for r in _PROMISE.finditer(folded):
        left, right = _clause(folded, r.start(), r.end())
        i = bisect_left(offer.phrase_starts, right)
        if i and offer.phrases[i - 1].span[1] > left:
            return True
    return False


# a day turned down by the word just before it: "not this Friday", "pas ce vendredi", "nicht
# diesen Freitag", "no este viernes", "não esta sexta"
_NOT_BEFORE = re.compile(
    r"\b(?:(?:not|pas|nicht|nao)[ \t]+(?:(?:this|on|ce|cette|le|la|diesen|diese|am|este|esta|o|a)"
    # the Spanish "no" only before an article, as the Portuguese "no" is "in the" ("no dia 9"),
    # and not after "si", as "si no el viernes" offers Friday as the fallback
    r"[ \t]+)?|(?<!si )no[ \t]+(?:este|esta|el)[ \t]+)$"
)
_NOT_REACH = 16


def negated_day_offered(
    folded: str, offering: Sequence[Mention], offered: Sequence[Window]
) -> bool:
    """An offered phrase a negation opens: the day was turned down, and yet offered."""
    offer = _Offer(offering, offered)
    return any(
        _NOT_BEFORE.search(folded, max(0, m.span[0] - _NOT_REACH), m.span[0]) is not None
        and offer.kept(m)
        for m in offering
    )


_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_SIGNATURE_LINES = 3  # a name, then lines under it: a signature or footer block


def trailer_offered(folded: str, offering: Sequence[Mention]) -> bool:
    """An offered phrase in a last paragraph of several lines whose first line offers nothing,
    beside one offered in an earlier paragraph: office hours in a signature under a name
    ("Cabinet Martin\nHoraires : lun.–ven. 9h–18h") more likely than an answer."""
    body = folded.rstrip()
    ends = [m.end() for m in _PARAGRAPH.finditer(body)]
    if not ends:
        return False
    last = ends[-1]
    first_line = body.find("\n", last)
    if first_line < 0 or body.count("\n", last) < _SIGNATURE_LINES - 1:
        return False
    before = any(m.span[1] <= last for m in offering)
    heading = any(last <= m.span[0] < first_line for m in offering)
    within = any(m.span[0] >= first_line for m in offering)
    return before and within and not heading


_WEEKDAY_NAMED = re.compile(rf"(?<!\w)(?:{_WEEKDAY})(?!\w)")


# (round 49) the interview named by its day, as a thank-you after it names it: "thanks for
# setting up Friday's interview", "l'entretien de lundi", "das Gespräch am Montag", "la
# entrevista del lunes", "a entrevista de segunda"
_EVENT_OF_DAY = re.compile(
    rf"(?<!\w)(?:{_WEEKDAY})'s\s+(?:\w+\s+)?(?:interview|call|chat|meeting|session|panel|round)s?\b"
    rf"|\b(?:entretien|entrevue|rendez-vous|gesprach|interview|entrevista|reunion|reuniao|conversa)\s+"
    rf"(?:de|du|d'|am|vom|del|da|do|na|no)\s*(?:{_WEEKDAY})\b"
)


def names_weekday(folded: str) -> bool:
    """A weekday is named, other than as the interview's own day: a reply that says one is more
    than a thank-you."""
    told = [m.span() for m in _EVENT_OF_DAY.finditer(folded)]
    return any(
        not any(a <= m.start() < b for a, b in told) for m in _WEEKDAY_NAMED.finditer(folded)
    )


# --- what a refused stretch, an option's hour or a verdict's time frame leave unread
# (calibration round 8) ---

_DIGIT = re.compile(r"\d")
_ANY_WEEKDAY = rf"(?<!\w)(?:{_WEEKDAY}|{alternation(fold(w) for w in SHORT_WEEKDAYS)})"


def stretch_offered(folded: str, mentions: Sequence[Mention], offered: Sequence[Window]) -> bool:
    """A day refused as the end of a stretch ("on call at the clinic thru fri this wk", "de
    guardia hasta el viernes"), while a day of the same week before it is offered: the stretch
    most likely covers that day too, and the weekday offered was meant for another week."""
    starts = sorted(w.start for w in offered)
    for m in mentions:
        if not (m.negated and m.windows) or dayless(m):
            continue
        if not _ends_stretch(folded, m):
            continue
        end = min(w.start for w in m.windows)
        monday = end.replace(hour=0, minute=0) - timedelta(days=end.weekday())
        i = bisect_left(starts, monday)
        if i < len(starts) and starts[i] < end:
            return True
    return False


def option_unoffered(
    mentions: Sequence[Mention], offered: Sequence[Window], proposed: Sequence[Window]
) -> bool:
    """An option's start named with its hour ("Friday at 11 is perfect for me, I'm off that
    morning"), yet neither picked nor among the windows offered: the words around the hour
    were read against it, and the reply most likely takes that option."""
    for option in proposed:
        named = any(
            not m.negated
            and m.has_time
            and not dayless(m)
            and any(w.start <= option.start < w.end for w in m.windows)
            for m in mentions
        )
        if named and not any(w.start <= option.start < w.end for w in offered):
            return True
    return False


def options_offered_back(offered: Sequence[Window], proposed: Sequence[Window]) -> bool:
    """Nothing offered but options, each exactly ("La opción del jueves a las 5 me queda
    perfecto, ya que esa semana salgo temprano"): the reply names an option to take it, and
    words beside it that the reader took for a refusal kept it from being picked."""
    return bool(offered) and all(w in proposed for w in offered)


def refused_week_offered(offered: Sequence[Window], proposed: Sequence[Window]) -> bool:
    """Every weekday of an option's week offered while every option was refused ("the dates all
    fall in my holiday; the following week, any afternoon"): the week after which, the reader's
    or the options'? The week the options fill is the one refused."""
    days = {w.start.date() for w in offered}
    for option in proposed:
        first = option.start.date() - timedelta(days=option.start.weekday())
        if all(first + timedelta(i) in days for i in range(5)):
            return True
    return False


def frame_named(folded: str, mentions: Sequence[Mention]) -> bool:
    """A verdict put off that names a stretch of days ("einen Tag zur Probe … in der Woche ab
    dem 15. März", "que apresente um case … na semana de 29 de março"): a step to take in that
    week, which advances the candidate, as much as a wait."""
    return any(
        not m.negated and _DIGIT.search(folded, *m.span) is not None and len(named_days(m)) > 1
        for m in mentions
    )


class _Read:
    """Where the resolved phrases start and where they end, each sorted apart, so that
    whether one of them meets a line is two bisections."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.starts = sorted(m.span[0] for m in mentions)
        self.ends = sorted(m.span[1] for m in mentions)

    def meets(self, start: int, end: int) -> bool:
        """A phrase starts before `end` and ends after `start`: not all of those that start
        before `end` end by `start`."""
        return bisect_left(self.starts, end) > bisect_right(self.ends, start)


_DAY_OF_ROW = re.compile(_ANY_WEEKDAY + r"\.?\s+\d{1,2}[./]\d{1,2}")


def row_unplaced(folded: str, mentions: Sequence[Mention]) -> bool:
    """A line opened by a weekday and a date and holding an hour ("Seg 26/04 14h-17h", rows of
    a table) that no resolved phrase touches: the schedule was not read, whatever was offered."""
    if "\n" not in folded:
        return False  # rows need lines: a reply of one line is never scanned for them
    read = _Read(mentions)
    end = -1
    for row in _DAY_OF_ROW.finditer(folded):
        if row.start() < end:
            continue  # each line is looked at once, from its first day
        end = folded.find("\n", row.start())
        end = len(folded) if end < 0 else end
        if not _CLOCK.search(folded, row.end(), end):
            continue
        if not read.meets(row.start(), end):
            return True
    return False


_WEEK_DAYS = 5
_TOLD_HOLIDAY = re.compile(r"\s*" + fold(HOLIDAY_TOLD))


def unoffered(mentions: Sequence[Mention], offering: Sequence[Mention]) -> list[Mention]:
    """The phrases with a day that offer none of it: refusals, and days named inside a
    stretch refused, which narrow it ("du lundi au mercredi" after "la semaine prochaine")."""
    offers = {m.span for m in offering}
    return [m for m in mentions if m.span not in offers and not dayless(m)]


def week_narrowed(folded: str, mentions: Sequence[Mention], offering: Sequence[Mention]) -> bool:
    """A week refused whole that days inside it, offered nowhere, narrow ("La semaine
    prochaine je suis en formation du lundi au mercredi"), while the weekdays offered after it,
    with no "this", fall in another week: the days left free of that week are most likely the
    ones meant."""
    quiet = unoffered(mentions, offering)
    # (a day told a public holiday inside the week narrows nothing: "next week I'm on leave, and
    # the 26th is a holiday anyway")
    inner = {frozenset(named_days(m)) for m in quiet if not _TOLD_HOLIDAY.match(folded, m.span[1])}
    # (a stretch told by the one weekday it runs to, "away until Sunday", is no week named)
    refused = {
        frozenset(named_days(m))
        for m in quiet
        if m.negated and len(_WEEKDAY_NAMED.findall(folded, *m.span)) != 1
    }
    weeks = {
        min(days).isocalendar()[:2]
        for days in refused
        if len(days) >= _WEEK_DAYS and any(narrower < days for narrower in inner)
    }
    return bool(weeks) and any(
        m.weekday
        and not _this_week(folded, m)
        and all(w.start.isocalendar()[:2] not in weeks for w in m.windows)
        for m in offering
    )


_DAY_NAME = re.compile(_ANY_WEEKDAY + r"(?!\w)")


def rows_placed(
    text: str, folded: str, mentions: Sequence[Mention], offering: Sequence[Mention]
) -> bool:
    """Each line of the reply holding a day or a number lies under a phrase the time reader
    resolved, and the lines it offers from hold no word beyond their phrase: a table's cells
    left over then belong to the rows refused."""
    read = _Read(mentions)
    offered_starts = sorted(m.span[0] for m in offering)
    covered = covered_chars(folded, (m.span for m in mentions))
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        timed = _DAY_NAME.search(folded, at, end) or _DIGIT.search(folded, at, end)
        if timed and not read.meets(at, end):
            return False
        # a phrase offered from this line, beside words it leaves unread
        i = bisect_left(offered_starts, at)
        offers_here = i < len(offered_starts) and offered_starts[i] < end
        if offers_here and any(
            not covered[m.start()] and m.group() not in _FILLER
            for m in _WORD.finditer(folded, at, end)
        ):
            return False
        at = end + 1
    return True


# a week named by a date: "the week of the 22nd", "die Woche vom 22.", "la semaine du 22",
# "la semana del 22", "a semana de 22"
_WEEK_OF = re.compile(
    r"(?<!\w)(?:week|woche|semaine|semana)(?:\s+(?:of(?:\s+the)?|vom|ab\s+dem|du|del|de))?\s*$"
)
_WEEK_OF_REACH = 24  # characters looked back from a phrase's first digit for the week's name


def week_head_offered(folded: str, mentions: Sequence[Mention], offered: Sequence[Window]) -> bool:
    """A week named by its first date with days of it listed after ("la semana del 22, el
    martes 23 o el jueves 25 por la mañana"), read as a list whose first day is that date and
    offered: the date names the week, and the days after it are the ones given."""
    days_offered = {w.start.date() for w in offered}
    for m in mentions:
        days = sorted(named_days(m))
        if m.negated or not 2 <= len(days) < _WEEK_DAYS or days[0] not in days_offered:
            continue
        digit = _DIGIT.search(folded, *m.span)
        if digit is not None and _WEEK_OF.search(
            folded, max(m.span[0] - _WEEK_OF_REACH, 0), digit.start()
        ):
            return True
    return False


def day_before_refused(mentions: Sequence[Mention], offering: Sequence[Mention]) -> bool:
    """(round 38) A weekday refused, then a later weekday of its week offered that the reader
    put before it, as the first such weekday after today ("Lundi c'est la Saint-Jean… par
    contre mardi en avant-midi ou jeudi", sent on a Wednesday): the refusal may have framed the
    next week. A refused day offered after all ("the times he gave on Monday no longer work…
    or Monday (12th)") frames nothing."""
    offered = {day for m in offering for day in named_days(m)}
    refused = [
        (m.span[0], min(named_days(m)))
        for m in mentions
        if m.negated and m.weekday and m.windows and not named_days(m) & offered
    ]
    return any(
        at < m.span[0] and day < out and day.weekday() > out.weekday()
        for m in offering
        if m.weekday and not m.negated and m.windows
        for day in (min(named_days(m)),)
        for at, out in refused
    )


# --- words the reader does not know, told by where they stand (doubt round 24) ---
#
# Each of these notices, from the shape of the reply, that the reader stepped over a word it
# does not know where a word of time belongs, whatever the word: a new vocabulary meets them
# as the old one did.

# the first three letters of every weekday and month the reader knows, in five languages
_NAME_STARTS = frozenset(fold(name)[:3] for name in (*WEEKDAYS, *MONTHS) if len(name) >= 3)
# three letters and an abbreviating dot, as a word of its own: "ven.", "mar.", "dez.", "qua."
_ABBREVIATED = re.compile(r"(?<![\w.])([a-z]{3})\.")
# German weekdays cut to two letters ("Mo", "Di"), which are words elsewhere ("do", "so"):
# only with their dot, in a list or before a date ("am mi. oder do.", "Mi., 16.12.")
_TWO_LETTER_DAYS = frozenset(fold(name) for name in SHORT_WEEKDAYS if len(name) == 2)
_TWO_LETTERS_LISTED = re.compile(
    r"(?<![\w.])([a-z]{2})\.(?=,|\s*\d|\s+(?:oder|und|or|and|ou|et|o|y|e|u)\b)"
)


def abbreviation_unread(folded: str, covered: bytearray) -> bool:
    """A weekday or month cut short with its dot ("ven. à partir de midi", "ter., 15 de dez.",
    "am mi. oder do.") that the reader left unread: a day the sender gave is missing from the
    reading, or its hours went to another."""
    return any(
        not covered[m.start()] and m.group(1) in _NAME_STARTS and m.group(1) not in _FILLER
        for m in _ABBREVIATED.finditer(folded)
    ) or any(
        not covered[m.start()] and m.group(1) in _TWO_LETTER_DAYS
        for m in _TWO_LETTERS_LISTED.finditer(folded)
    )


# a clock time: "2pm", "14h", "14 h", "14:00", "14.00 Uhr", a bare hour
_CLOCK_AT = re.compile(r"(?<![\w:.])\d{1,2}(?:[:.h]\d\d)?")
# the last word before a clock time, over at most one short word ("pasadas las 14", "a
# compter de 14h")
_WORD_BEFORE = re.compile(r"([^\W\d_]{3,})\W+(?:[^\W\d_]{1,3}\W+)?$")
_WORD_BEFORE_REACH = 30  # characters looked back from a clock time


def bound_unread(
    folded: str, covered: bytearray, offering: Sequence[Mention], duration: int
) -> bool:
    """A clock time offered as a single slot of the interview's length, right after a word the
    reader left unread ("anytime past 2pm", "passé 14h", "pasadas las 14 h", "após as 14h"):
    the word most likely bounds the hours ("after", "until") in a way the reader does not know,
    where a slot at that time would have been said bare or with "at"."""
    length = timedelta(minutes=duration)
    for m in offering:
        if not m.has_time or any(w.end - w.start != length for w in m.windows):
            continue
        for clock in _CLOCK_AT.finditer(folded, *m.span):
            start = clock.start()
            before = _WORD_BEFORE.search(folded, max(0, start - _WORD_BEFORE_REACH), start)
            if before is None or covered[before.start(1)]:
                continue
            word = before.group(1)
            if word not in _FILLER and word not in _OFFERING:
                return True
    return False


def _day_alone(text: str, m: Mention) -> bool:
    """The phrase names a day and nothing of its hours, and gave it whole."""
    return all(_whole_day(w) for w in m.windows) and not any(
        a.kind == "time" for a in timelex.lex(timelex.masked(text[m.span[0] : m.span[1]]))
    )


# a row of a bulleted list: its head (a day, as it is written) and a colon before what it says
_BULLET_ROW = re.compile(r"^[ \t]*[-*•][ \t]*([^\n:]{1,40}?)[ \t]*:[ \t]*\S", re.MULTILINE)


def row_unread(folded: str, covered: bytearray) -> bool:
    """A bulleted list whose rows' heads the reader read, but for one it did not ("- mon: wide
    open" among "- tues: till 11am"): that row's day is missing, or its hours went elsewhere."""
    heads = [m.span(1) for m in _BULLET_ROW.finditer(folded)]
    read = [any(covered[start:end]) for start, end in heads]
    return any(read) and not all(read)


_CLAUSE_STOPS = ".!?;\n"


def week_beside_day(text: str, folded: str, offering: Sequence[Mention]) -> bool:
    """A week offered whole, and after it in its sentence a day of that week offered too
    ("Concernant la semaine prochaine : j'ai un créneau mercredi, mais pas entre midi et 13h"):
    a week that frames the day names no other day, so the reader missed what tied them."""
    for week in offering:
        days = named_days(week)
        if len(days) < _WEEK_DAYS - 1 or week.has_time or not _day_alone(text, week):
            continue
        stops = (folded.find(stop, week.span[1]) for stop in _CLAUSE_STOPS)
        end = min((at for at in stops if at >= 0), default=len(folded))
        if any(
            week.span[1] <= m.span[0] < end and not dayless(m) and named_days(m) < days
            for m in offering
        ):
            return True
    return False


# (round 37) A job taken elsewhere, the reason a withdrawal gives: the verb of accepting, in any
# person ("accepted", "a accepté", "angenommen", "aceptó", "aceitou"), in a sentence that names
# the job or offer taken ("another role", "un poste", "eine andere Stelle", "otra pega", "uma
# proposta")
_ACCEPTING = re.compile(r"accept\w*|took|taken|angenommen|zugesagt|acept\w*|aceit\w*")
_JOB = re.compile(
    r"\b(?:jobs?|roles?|positions?|posts?|offers?|opportunity|counter-?offers?"
    r"|postes?|offres?|emplois?|propositions?|contre-propositions?|cdi|boulot"
    r"|stellen?|\w*angebot|festanstellung"
    r"|ofertas?|trabajos?|puestos?|empleos?|pegas?|chambas?|propuestas?|contra(?:oferta|propuesta)s?"
    r"|propostas?|empregos?|vagas?|cargos?|contrapropostas?|trabalhos?)\b"
)


def job_taken(folded: str, start: int, end: int) -> bool:
    """The yes at `start`..`end` accepts a job elsewhere, not the interview: a withdrawal's
    reason ("sie hat eine andere Stelle angenommen", "le salió otra pega y la aceptó")."""
    if not _ACCEPTING.fullmatch(folded, start, end):
        return False
    stops = [m.end() for m in _SENTENCE_END.finditer(folded)]
    i = bisect_right(stops, start)
    left = stops[i - 1] if i else 0
    right = stops[i] if i < len(stops) else len(folded)
    return _JOB.search(folded, left, right) is not None


# a capital after a word and its space on the same line: a word inside a sentence
_MID_SENTENCE = re.compile(r"\w[ \t]+$")


def in_name(text: str, start: int, end: int) -> bool:
    """(round 42) The yes word at `start`..`end` is written with a capital inside its sentence,
    so it is part of a name ("a vaga do Chá Vale do Ribeira", "the Perfect Fit account", "chez
    Parfait Traiteur", "bei Prima Reisen", "en Genial Viajes"), no yes at all."""
    return text[start:end][:1].isupper() and (
        _MID_SENTENCE.search(text, max(0, start - 3), start) is not None
    )
