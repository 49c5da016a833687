"""Verdict constructs read over a sentence rather than a phrase: a pending dependency (a hold)
and an offer that waits on another step (no offer yet), in five languages."""

from __future__ import annotations

import re

# What a decision can wait on: an approval, a budget, a headcount, a green light.
_DEPENDENCY = re.compile(
    r"(?<!\w)(?:approv(?:al|als|e|ed|es)|sign-?off|signed\s+off|sign\s+off|rubber-?stamp\w*|budget\w*|headcount"
    r"|head\s+count|green\s+light|go-ahead|funding|valid(?:ation|er|ee?s?)|accord|feu\s+vert"
    r"|\w*freigabe|freigegeben|genehmig\w*|bewillig\w*|zustimmung|grune[sn]?\s+licht"
    r"|aprob\w*|aprueb\w*|visto\s+bueno|presupuest\w*|autoriza\w*|luz\s+verde|aprova\w*|aval"
    r"|orcament\w*|verba|liber(?:acao|e|em|ar|er)|debloque\w*|sinal\s+verde|confirmad[oa]s?|confirmee?s?|confirmed|bestatigt)(?!\w)"
)
# What says it is still pending: "still needs", "has to approve first", "doit encore",
# "muss noch", "hängt an", "pendiente de", "à espera de", "once it's approved"
_PENDING = re.compile(
    r"(?<!\w)(?:still|yet|needs?|has\s+to|have\s+to|must|pending|waiting|awaiting|wait|until|till"
    r"|once|as\s+soon\s+as|depends?|encore|toujours|doit|doivent|devons|devez|d'abord|attente|attend\w*|suspendus?|des\s+que"
    r"|une\s+fois|depend\w*|noch|zuerst|muss|mussen|hangt|hangen|warten|sobald|erst|ausstehend|abhangig"
    r"|pendiente|primero|necesit\w*|falta|esper\w*|todavia|aun|en\s+cuanto|hasta|tiene[n]?\s+que|jusqu'a"
    r"|ainda|primeiro|precis\w*|aguard\w*|assim\s+que|logo\s+que|ate|tem\s+de|tem\s+que)(?!\w)"
)
_SENTENCE = re.compile(r"[^.!?;\n]+")


def pending_dependencies(folded: str) -> list[tuple[int, int]]:
    """Spans of dependencies a sentence says are still pending ("the headcount still needs
    sign-off", "le poste doit encore être validé", "ainda à espera da aprovação"): the decision
    waits on them, which is a hold whatever the praise around it."""
    spans = []
    for sentence in _SENTENCE.finditer(folded):
        start, end = sentence.span()
        dependency = _DEPENDENCY.search(folded, start, end)
        if dependency is not None and _PENDING.search(folded, start, end) is not None:
            spans.append(dependency.span())
    return spans


# "before we make an offer", "avant de lui faire une offre", "antes de hacerle una oferta",
# "bevor wir ihr ein Angebot machen", "antes de fazer uma proposta"
_BEFORE = re.compile(
    r"(?<!\w)(?:before|prior\s+to|avant\s+de|avant\s+qu|antes\s+de|antes\s+que|bevor|ehe)(?!\w)"
)
_BEFORE_REACH = 40
_CLAUSE_STOP = re.compile(r"[.!?;,\n]")


def conditional(folded: str, start: int) -> bool:
    """The phrase at `start` sits in a "before" clause of its own sentence: a step still to
    come after another ("before we put an offer together, our COO would like a call")."""
    left = max(0, start - _BEFORE_REACH)
    stops = [m.end() for m in _CLAUSE_STOP.finditer(folded, left, start)]
    clause = stops[-1] if stops else left
    return _BEFORE.search(folded, clause, start) is not None
