"""The option a reply points at inside the quoted list of options rather than naming it."""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTED = re.compile(r"\s*>[>\s]*")
# "> 2. Thu Dec 3, 10am ET", "> 3) mer. 2 déc.": an option line numbered as the agent sends it
_NUMBERED = re.compile(r"([1-9])\s*[.)]\s")
# "> [x] Mi. 9.12. 14:00": a list of boxes, numbered by their order
_BOX = re.compile(r"\[\s*([xX✓✔]?)\s*\]\s*")
# "> ✓ 1. ...", "> (x) 2. ...", "> **3. ...**": a mark set before the option's number
_LEAD = re.compile(r"(?:\(\s*[xX✓✔]\s*\)|[✓✔☑✅]|\*\*|__)\s*")
# "> 3. ven. 11 déc., 10h  OK", "> 2. Mi., 15:00  passt": a word of assent set apart at the end
# of the option's line (the options the agent sends end on their time, never on such a word)
_ASSENT = re.compile(
    r"(?:\s{2,}|\s[-–—]+\s*)(?:ok(?:ay)?|yes|this(?:\s+one)?|oui|celui-ci|celle-ci|ja|passt"
    r"|geht|diese[nr]?|si|sí|esta|este|esa|ese|sim|essa|esse|[✓✔☑✅])\s*[!.]*\s*$",
    re.IGNORECASE,
)
# "... 10am ET   <--", "<== this one", "<<<", "←": an arrow at the end of the line marks it
_ARROW = re.compile(r"(?:<-+|<=+|<<<|←|⬅)[^<>]{0,20}$")
_LINES = 3000  # as many lines as the reader takes new text from


@dataclass(frozen=True, slots=True)
class Mark:
    """An option marked in the quoted list, or the one a line of new text was written under."""

    option: int
    under: bool  # new text written right under the option's line, with more quoted lines below


def marked_option(body: str) -> Mark | None:
    """The one option the sender marked in the quoted list ("[x]", an arrow), or answered
    inline under its line; None when none or several are."""
    lines = body.replace("\r\n", "\n").split("\n")[:_LINES]
    marks: set[int] = set()
    boxes = 0
    above: int | None = None  # the option of the last line that was not blank
    under: set[int] = set()  # options answered by new text with more quoted lines below it
    pending: int | None = None  # an option answered by new text with no quoted line below yet
    for line in lines:
        quote = _QUOTED.match(line)
        if quote is None:
            if line.strip():
                pending = above if above is not None else pending
                above = None
            continue
        if pending is not None:
            under.add(pending)
            pending = None
        rest = line[quote.end() :]
        box = _BOX.match(rest)
        lead = box or _LEAD.match(rest)
        number = _NUMBERED.match(rest, lead.end() if lead else 0)
        boxes += box is not None
        above = int(number.group(1)) if number else boxes if box else None
        marked = box.group(1) if box else lead is not None
        if above is not None and (marked or _ARROW.search(rest) or _ASSENT.search(rest)):
            marks.add(above)
    if len(marks) == 1:
        return Mark(marks.pop(), under=False)
    if marks or len(under) > 1:
        return None
    if under:
        return Mark(under.pop(), under=True)
    # "Esta me va perfecta." under the last option: a yes to it only when it points at it
    return Mark(pending, under=False) if pending is not None else None


def mark_disagrees(body: str, selected: int) -> bool:
    """The quoted list tells against the option picked: another option is marked in it, or a
    ticked box's line carries an option number other than its place among the boxes ("> [x]
    3. Wed 4pm" as the first box), so which option it marks is a guess."""
    mark = marked_option(body)
    if mark is not None and not mark.under and mark.option != selected:
        return True
    boxes = 0
    for line in body.replace("\r\n", "\n").split("\n")[:_LINES]:
        quote = _QUOTED.match(line)
        box = _BOX.match(line, quote.end()) if quote else None
        if box is None:
            continue
        boxes += 1
        number = _NUMBERED.match(line, box.end()) if box.group(1) else None
        if number is not None and int(number.group(1)) != boxes:
            return True
    return False
