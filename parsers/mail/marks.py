"""The option a reply points at inside the quoted list of options rather than naming it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from parsers.mail.quotes import history_start

_QUOTED = re.compile(r"\s*>[>\s]*")
# "> 2. Thu Dec 3, 10am ET", "> 3) mer. 2 déc.": an option line numbered as the agent sends it,
# or as a person does, behind the option's noun: "Opción 3: viernes", "Termin 2 - Mi.", "Option #1"
_NUMBERED = re.compile(
    r"([1-9])\s*[.)]\s|(?:options?|opci[oó]n|op[cç][aã]o|termin|vorschlag|cr[eé]neau|proposition"
    r"|propuesta|proposta|slot|choice)\s*(?:n[°ºo]\.?\s*|#\s*)?([1-9])\s*[.):\-–]?\s",
    re.IGNORECASE,
)
# "> [x] Mi. 9.12. 14:00": a list of boxes, numbered by their order
_BOX = re.compile(r"\[\s*([xX✓✔]?)\s*\]\s*")
# "> ✓ 1. ...", "> (x) 2. ...", "> **3. ...**", "X 2. ...", "--> 1. ...", "👉 3. ...": a mark set
# before the option's number
_LEAD = re.compile(r"(?:\(\s*[xX✓✔]\s*\)|[xX](?=\s)|[✓✔☑✅👉➡→]|[-=]+>|\*\*|__)\s*")
# "> 3. ven. 11 déc., 10h  OK", "> 2. Mi., 15:00  passt", "3. Fri 11am - perfect": a word of
# assent set apart at the end of the option's line (the options the agent sends end on their
# time, never on such a word)
_ASSENT = re.compile(
    r"(?:\s{2,}|\s[-–—]+\s*)(?:ok(?:ay)?|yes|this(?:\s+one)?|works?|fine|good|great|perfect|best"
    r"|ideal|oui|celui-ci|celle-ci|parfait|(?:ça\s+|ca\s+)?me\s+va|ja|passt(?:\s+mir)?|geht|gut"
    r"|perfekt|diese[nr]?|si|sí|esta|este|esa|ese|perfecto|vale|sim|essa|esse|perfeito|serve"
    r"|ótimo|otimo|[xX✓✔☑✅👍])\s*[!.]*\s*$",
    re.IGNORECASE,
)
# "... 10am ET   <--", "<== this one", "<<<", "←", "👈": an arrow at the end of the line marks it
_ARROW = re.compile(r"(?:<-+|<=+|<<<|←|⬅|👈)([^<>]{0,20})$")
# "<-- can't", "← pas possible", "<= geht nicht": what an arrow points at may be a no
_DENIAL = re.compile(
    r"(?<!\w)(?:no|not|nope|can'?t|cannot|won'?t|pas|non|impossible|nicht|nein|kein\w*"
    r"|unmöglich|nunca|não|nao|busy|occupée?|besetzt|ocupad[oa])(?!\w)|[✗✘❌]",
    re.IGNORECASE,
)
_LINES = 3000  # as many lines as the reader takes new text from


@dataclass(frozen=True, slots=True)
class Mark:
    """An option marked in the quoted list, or the one a line of new text was written under."""

    option: int
    under: bool  # new text written right under the option's line, with more quoted lines below
    # the new text written under the option's line, which the reply's text leaves with the quote
    said: str = field(default="", compare=False)
    pasted: bool = False  # marked in the list of options pasted back into the new text


def _quoted(body: str) -> Iterator[tuple[str, str | None]]:
    """Each line of the body, with what follows its ">" marks when quoted, the line itself in
    history no ">" marks (Outlook's, an HTML reply's), None in new text."""
    lines = body.replace("\r\n", "\n").split("\n")[:_LINES]
    history = history_start(lines)
    for at, line in enumerate(lines):
        quote = _QUOTED.match(line)
        yield line, line if at >= history else line[quote.end() :] if quote else None


def _lead_end(line: str) -> int:
    """Where a new line's option number would start, after its indent and a mark before it."""
    indent = len(line) - len(line.lstrip())
    lead = _LEAD.match(line, indent)
    return lead.end() if lead else indent


def _marks(rest: str) -> bool:
    """The option's line ends on an arrow that is not a no ("<-- can't"), or on a word of
    assent."""
    arrow = _ARROW.search(rest)
    return (arrow is not None and not _DENIAL.search(arrow.group(1))) or bool(_ASSENT.search(rest))


def marked_option(body: str) -> Mark | None:
    """The one option the sender marked in the quoted list ("[x]", an arrow), or answered
    inline under its line; None when none or several are."""
    marks: set[int] = set()
    boxes = 0
    above: int | None = None  # the option of the last line that was not blank
    under: set[int] = set()  # options answered by new text with more quoted lines below it
    pending: int | None = None  # an option answered by new text with no quoted line below yet
    written: dict[int, str] = {}  # the new text under each option answered so
    pasted: list[int | None] = []  # the list pasted back into the new text: each line's mark
    for line, rest in _quoted(body):
        if rest is None:
            number = _NUMBERED.match(line, _lead_end(line))
            if number is not None:
                pointed = _LEAD.match(line.lstrip()) is not None or _marks(line)
                pasted.append(int(number.group(number.lastindex or 1)) if pointed else None)
            if line.strip():
                pending = above if above is not None else pending
                above = None
                if pending is not None:
                    written[pending] = written.get(pending, "") + line + "\n"
            continue
        if pending is not None:
            under.add(pending)
            pending = None
        box = _BOX.match(rest)
        lead = box or _LEAD.match(rest)
        number = _NUMBERED.match(rest, lead.end() if lead else 0)
        boxes += box is not None
        above = int(number.group(number.lastindex or 1)) if number else boxes if box else None
        marked = box.group(1) if box else lead is not None
        if above is not None and (marked or _marks(rest)):
            marks.add(above)
    # the options pasted back unquoted, one line marked ("3. jueves 18, 16:00   <-- esta")
    chosen = {n for n in pasted if n is not None}
    if not marks and len(pasted) > 1 and len(chosen) == 1:
        return Mark(chosen.pop(), under=False, pasted=True)
    if len(marks) == 1:
        return Mark(marks.pop(), under=False)
    if marks or len(under) > 1:
        return None
    if under:
        option = under.pop()
        return Mark(option, under=True, said=written.get(option, ""))
    # "Esta me va perfecta." under the last option: a yes to it only when it points at it
    return Mark(pending, under=False, said=written[pending]) if pending is not None else None


def mark_disagrees(body: str, selected: int) -> bool:
    """The quoted list tells against the option picked: another option is marked in it, or a
    ticked box's line carries an option number other than its place among the boxes ("> [x]
    3. Wed 4pm" as the first box), so which option it marks is a guess."""
    mark = marked_option(body)
    if mark is not None and not mark.under and mark.option != selected:
        return True
    boxes = 0
    for _, rest in _quoted(body):
        if rest is None or (box := _BOX.match(rest)) is None:
            continue
        boxes += 1
        number = _NUMBERED.match(rest, box.end()) if box.group(1) else None
        if number is not None and int(number.group(number.lastindex or 1)) != boxes:
            return True
    return False
