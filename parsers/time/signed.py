"""Per-day rows refused by a sign, rewritten as a grid's refused row.

Phones and Gmail write a no beside a day in a per-day list with a sign, not a word ("❌ Fri 4",
"quinta 3 ❌", "- Mi. 9.12.: ✖️"); read as flat text the sign is lost and the day reads as
offered. The row becomes "<day>: unavailable (<its reason>)", which the time reader reads like
any per-day list's refused row (`tables` writes a grid's busy row the same way)."""

from __future__ import annotations

import re

from parsers.time.lex import lex, masked

# the signs of a no, each maybe with its emoji variation selector
_SIGN = "[❌✗✘✖🚫⛔👎]\ufe0f?"
_SIGNS = re.compile(_SIGN)
_SIGNED = re.compile(
    rf"^(?P<lead>[^\S\n]*(?:[-*•·][^\S\n]*)?){_SIGN}[^\S\n]*(?P<row>\S.*)$"
    rf"|^(?P<row2>[^\S\n]*\S.*?)[^\S\n]*{_SIGN}[^\S\n]*[.!]?$"
)


def signed_rows(text: str) -> str:
    """Each per-day row refused by a sign written as the grid's refused row, "<day>:
    unavailable (<its reason>)"; a sign beside a sentence, hours or several days stays."""
    if not _SIGNS.search(text):
        return text
    return "\n".join(_signed_row(line) for line in text.split("\n"))


def _signed_row(line: str) -> str:
    m = _SIGNED.match(line)
    if m is None:
        return line
    lead, row = (m["lead"], m["row"]) if m["row"] is not None else ("", m["row2"].strip())
    atoms = lex(masked(row))
    if len(atoms) != 1 or atoms[0].kind != "day" or atoms[0].start != 0:
        return line
    reason = row[atoms[0].end :].strip(" \t:–—-,")
    return f"{lead}{row[: atoms[0].end]}: unavailable" + (f" ({reason})" if reason else "")
