"""The option a reply points at inside the quoted list of options rather than naming it."""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTED = re.compile(r"\s*>[>\s]*")
# "> 2. Thu Dec 3, 10am ET", "> 3) mer. 2 déc.": an option line numbered as the agent sends it
_NUMBERED = re.compile(r"([1-9])\s*[.)]\s")
# "> [x] Mi. 9.12. 14:00": a list of boxes, numbered by their order
_BOX = re.compile(r"\[\s*([xX✓✔]?)\s*\]")
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
        number, box = _NUMBERED.match(rest), _BOX.match(rest)
        boxes += box is not None
        above = int(number.group(1)) if number else boxes if box else None
        if above is not None and ((box is not None and box.group(1)) or _ARROW.search(rest)):
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
        number = _NUMBERED.match(line[box.end() :].lstrip()) if box.group(1) else None
        if number is not None and int(number.group(1)) != boxes:
            return True
    return False
