"""Verdict constructs read over a sentence rather than a phrase: a pending dependency (a hold)
and an offer that waits on another step (no offer yet), in five languages."""

from __future__ import annotations

import re

from parsers.rules.alternation import grouped

# What a decision can wait on: an approval, a budget, a headcount, a green light.
_DEPENDENCY = re.compile(
    grouped(
        [
            r"approv(?:al|als|e|ed|es)",
            r"sign-?off",
            r"signed\s+off",
            r"sign\s+off",
            r"rubber-?stamp\w*",
            r"budget\w*",
            r"headcount",
            r"head\s+count",
            # someone else's say in it: "has to weigh in", "doit avoir le dernier mot", "muss
            # mitentscheiden", "tiene que dar la última palabra", "precisa dar a palavra final"
            r"weigh\s+in",
            r"(?:final|last)\s+(?:say|word|call)",
            r"letzte\s+wort",
            r"dernier\s+mot",
            r"mot\s+a\s+dire",
            r"mitentscheiden",
            r"mitreden",
            r"ultima\s+palabra",
            r"palabra\s+final",
            r"ultima\s+palavra",
            r"palavra\s+final",
            r"green\s+light",
            r"go-ahead",
            r"funding",
            r"valid(?:ation|er|ee?s?)",
            r"accord",
            r"feu\s+vert",
            r"\w*freigabe",
            r"freigegeben",
            # the verbs of consent as well: "muss die Stelle freigeben", "muss zustimmen",
            # "absegnen", "has to consent", "doit donner son aval"
            r"freigeb\w*",
            r"zustimm\w*",
            r"abseg\w*",
            r"abnick\w*",
            r"consent\w*",
            r"endorse\w*",
            r"genehmig\w*",
            r"bewillig\w*",
            r"zustimmung",
            r"grune[sn]?\s+licht",
            r"aprob\w*",
            r"aprueb\w*",
            r"visto\s+bueno",
            r"presupuest\w*",
            r"autoriza\w*",
            r"luz\s+verde",
            r"aprova\w*",
            r"aval",
            r"orcament\w*",
            r"verba",
            r"liber(?:acao|e|em|ar|er)",
            r"debloque\w*",
            r"sinal\s+verde",
            r"confirmad[oa]s?",
            r"confirmee?s?",
            r"confirmed",
            r"bestatigt",
        ]
    )
    + r"(?!\w)"
)
# What says it is still pending: "still needs", "has to approve first", "doit encore",
# "muss noch", "hängt an", "pendiente de", "à espera de", "once it's approved"
_PENDING = re.compile(
    grouped(
        [
            r"still",
            r"yet",
            r"needs?",
            r"has\s+to",
            r"have\s+to",
            r"must",
            r"pending",
            r"waiting",
            r"awaiting",
            r"wait",
            r"until",
            r"till",
            # nothing before it: "can't commit before the budget vote", "rien avant le vote du
            # budget", "nada antes de la aprobación", "nichts vor der Freigabe", "antes da verba"
            r"before",
            r"prior\s+to",
            r"avant",
            r"antes",
            r"vor\s+(?:der|dem|den)",
            r"once",
            r"as\s+soon\s+as",
            # for as long as it is not: "tant que", "solange", "mientras", "enquanto"; or only
            # after it is: "depois que", "después de que", "après que"
            r"tant\s+que",
            r"solange",
            r"mientras",
            r"enquanto",
            r"depois\s+que",
            r"despues\s+de\s+que",
            r"apres\s+que",
            r"depends?",
            r"encore",
            r"toujours",
            r"doit",
            r"doivent",
            r"devons",
            r"devez",
            r"d'abord",
            r"attente",
            r"attend\w*",
            r"suspendus?",
            r"des\s+que",
            r"une\s+fois",
            r"depend\w*",
            r"noch",
            r"zuerst",
            r"muss",
            r"mussen",
            r"hangt",
            r"hangen",
            r"warten",
            r"sobald",
            # until a day, not a span of hours: "bis zum 14.", "bis zur Sitzung"
            r"bis\s+(?:zum|zur)",
            r"erst",
            r"ausstehend",
            r"abhangig",
            r"pendientes?",
            r"primero",
            r"necesit\w*",
            r"falta",
            r"esper\w*",
            r"todavia",
            r"aun",
            r"en\s+cuanto",
            r"hasta",
            r"tiene[n]?\s+que",
            r"jusqu'(?:a|au|aux)",
            r"ainda",
            r"primeiro",
            r"precis\w*",
            r"aguard\w*",
            r"assim\s+que",
            r"logo\s+que",
            r"ate",
            r"tem\s+de",
            r"tem\s+que",
        ]
    )
    + r"(?!\w)"
)
# a sentence runs on over the single line breaks of wrapped mail ("die Budgetfreigabe steht\n
# noch aus"); a blank line ends it
_SENTENCE = re.compile(r"[^.!?;\n]+(?:\n(?![ \t]*\n)[^.!?;\n]+)*")
# what opens a condition: "if", "si", "wenn", "falls", "caso", and "se" before its subject (not
# the reflexive "se": "todavía se tiene que aprobar")
_IF = re.compile(
    r"(?<!\w)(?:if|si|wenn|falls|caso|se(?=\s+(?:a|o|os|as|ele|ela|eles|elas|eu|voce|a\s+gente)\s))"
    r"(?!\w)"
)
_CLAUSE_STOP = re.compile(r"[.!?;,]|\n(?=[ \t]*\n)")


def _clause_start(folded: str, left: int, at: int) -> int:
    """Where the clause holding `at` opens, looking back no further than `left`."""
    stops = [m.end() for m in _CLAUSE_STOP.finditer(folded, left, at)]
    return stops[-1] if stops else left


def pending_dependencies(folded: str) -> list[tuple[int, int]]:
    """Spans of dependencies a sentence says are still pending ("the headcount still needs
    sign-off", "le poste doit encore être validé", "ainda à espera da aprovação"): the decision
    waits on them, which is a hold whatever the praise around it."""
    found = (_pending_in(folded, *s.span()) for s in _SENTENCE.finditer(folded))
    return [span for span in found if span is not None]


def waits_on_dependency(folded: str, start: int, end: int) -> bool:
    """The phrase at `start`-`end` is held back in its sentence by a pending dependency outside
    it: "we can't make an offer until the headcount is approved", "no podemos hacerle una oferta
    mientras no se apruebe el presupuesto" make no offer yet. Wanted beside the dependency ("we'd
    love to make an offer, but the budget is still pending") it stays, a verdict that competes."""
    sentence = _sentence_at(folded, start)
    if sentence is None:
        return False
    span = _pending_in(folded, *sentence)
    return (
        span is not None
        and not start <= span[0] < end
        and _HELD_BACK.search(folded, *sentence) is not None
    )


def _sentence_at(folded: str, start: int) -> tuple[int, int] | None:
    """The span of the sentence holding `start`."""
    for sentence in _SENTENCE.finditer(folded):
        if sentence.start() <= start < sentence.end():
            return sentence.span()
    return None


# what holds a thing back until a dependency is met: a gate ("until", "tant que", "erst",
# "mientras", "enquanto", "depois que") or the sender's "cannot"
_HELD_BACK = re.compile(
    r"\b(?:until|till|unless|only\s+after|jusqu'a\s+ce\s+qu\w*|tant\s+que|solange|erst|bis|hasta"
    r"|mientras|despues\s+de\s+que|enquanto|ate\s+que|depois\s+que|cannot|can\s+not|ne\s+pouv\w*"
    r"|(?:no|nao)\s+(?:pod\w*|consegu\w*)|kein\w*|(?:konnen|kann)\s+(?:\w+\s+){0,3}?nicht)\b|n't\b"
)


def _pending_in(folded: str, start: int, end: int) -> tuple[int, int] | None:
    dependency = _DEPENDENCY.search(folded, start, end)
    if dependency is None or _PENDING.search(folded, start, end) is None:
        return None
    # in an "if" clause it is the condition of what the sentence grants ("começa 1º de
    # fevereiro, se a empresa atual liberar antes"), no decision put off; unless only that
    # condition lets it happen ("erst machen, wenn … genehmigt", "only if it is approved")
    clause = _clause_start(folded, start, dependency.start())
    condition = _IF.search(folded, clause, dependency.start())
    if condition is not None and not _ONLY.search(
        folded, max(start, condition.start() - _ONLY_REACH), condition.start()
    ):
        return None
    return dependency.span()


# "only if", "erst wenn", "nur wenn", "solo si", "seulement si", "só se": a condition that holds
# back what it governs
_ONLY = re.compile(r"\b(?:only|erst|nur|solo|seulement|uniquement)\b[^.!?;\n]*$|\bso\s+$")
_ONLY_REACH = 30  # "erst dann machen, wenn", "only once everyone agrees and if"


# "before we make an offer", "avant de lui faire une offre", "antes de hacerle una oferta",
# "bevor wir ihr ein Angebot machen", "antes de fazer uma proposta"
_BEFORE = re.compile(
    r"(?<!\w)(?:before|prior\s+to|avant\s+de|avant\s+qu|antes\s+de|antes\s+que|bevor|ehe)(?!\w)"
)
_BEFORE_REACH = 40


def conditional(folded: str, start: int) -> bool:
    """The phrase at `start` sits in a "before" clause of its own sentence: a step still to
    come after another ("before we put an offer together, our COO would like a call")."""
    clause = _clause_start(folded, max(0, start - _BEFORE_REACH), start)
    return _BEFORE.search(folded, clause, start) is not None


# a step's success as the condition of what its sentence grants: "if it goes well", "assuming
# that goes fine", "si ça se passe bien", "wenn das gut läuft", "si sale bien", "se correr bem"
_ON_SUCCESS = re.compile(
    r"(?<!\w)(?:if|assuming|provided|si|wenn|falls|se|caso)\s+(?:[\w']+\s+){0,6}?(?:well|fine|smoothly"
    r"|bien|gut|bem|certo)(?!\w)"
)


def on_success(folded: str, start: int) -> bool:
    """The phrase at `start` is granted in its sentence only if a step goes well ("if that goes
    as well as yesterday did, we'll make her an offer"): the step is the verdict, not the
    grant."""
    sentence = _sentence_at(folded, start)
    return sentence is not None and _ON_SUCCESS.search(folded, *sentence) is not None


_ASKED = re.compile(r"[^.!?\n]*\?")


def asked(folded: str, end: int) -> bool:
    """The phrase ending at `end` is in a question ("What is he earning now? 80k?"): terms
    asked about are no offer made."""
    return _ASKED.match(folded, end) is not None
