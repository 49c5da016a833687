"""Lines a mailer wrapped inside a sentence, joined again for the readers."""

from __future__ import annotations

import re

from parsers.time.words import ABBREVIATED_WEEKDAYS, SHORT_WEEKDAYS, WEEKDAYS, alternation

# (round 38) A line of hard-wrapped mail is about this long or longer: a break after one that
# ends on no mark, before a word, is where the mailer wrapped a sentence ("hence I will not
# be\nable to join on any of the given dates"), not where a list or a thought ends
_WRAPPED_LINE = 60
_LINE_END_MARKS = frozenset(".!?:;")
# (round 48) nor where an entry of a list starts or ends: a line opening on a weekday, a digit,
# a bullet or a quote mark ("Tuesday 15th: tied up with the board all morning, free after 2" is
# long, ends on no mark, and the next day follows it)
_ENTRY = re.compile(
    r"[^\S\n]*(?:[-*•·>|(\d]|"
    + alternation({*WEEKDAYS, *SHORT_WEEKDAYS, *ABBREVIATED_WEEKDAYS})
    + r"(?!\w))",
    re.IGNORECASE,
)
# a line that ends on a word that joins goes on, whatever the next opens with ("Monday any time,
# and\nTuesday the afternoon is open")
_JOINING_END = re.compile(
    r"(?<!\S)(?:and|or|but|so|then|on|at|the|et|ou|mais|und|oder|aber|y|o|e|pero|mas)$",
    re.IGNORECASE,
)


def unwrapped(text: str) -> str:
    """`text` with each break of a hard-wrapped sentence read as a space: the same length,
    so every offset still points where it did."""
    chars = None
    at = text.find("\n")
    start = 0
    while at >= 0:
        after = text[at + 1 : at + 2]
        if (
            at - start >= _WRAPPED_LINE
            and text[at - 1] not in _LINE_END_MARKS
            and not text[at - 1].isspace()
            and after.isalpha()
            and not _ENTRY.match(text, start)
            and (not _ENTRY.match(text, at + 1) or _JOINING_END.search(text, start, at))
        ):
            chars = chars if chars is not None else list(text)
            chars[at] = " "
        start = at + 1
        at = text.find("\n", start)
    return text if chars is None else "".join(chars)
