"""Cue patterns grouped by their first letter find exactly what the plain alternation finds."""

from __future__ import annotations

import re

import pytest

from parsers.rules.alternation import grouped
from parsers.rules.intents import _SOFT, _STRONG, _WEAK, fold
from tests.parsers.reading_probes import ALL_PROBES

TABLES = [
    (f"{kind}-{cue.value}", pats)
    for kind, table in (("strong", _STRONG), ("weak", _WEAK), ("soft", _SOFT))
    for cue, pats in table.items()
    if any(p.startswith(r"\b") for p in pats)
]
TEXTS = [fold(p.text) for p in ALL_PROBES] + [
    "¿Te va bien el jueves? 👍 Ça me va, gut, ok!",
    "Mon, Tue or Wed at 2 or 3pm " * 20,
]


def _plain(patterns: list[str]) -> str:
    return r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + ")"


@pytest.mark.parametrize(("name", "patterns"), TABLES, ids=[name for name, _ in TABLES])
def test_grouped_patterns_match_as_the_plain_alternation(
    name: str, patterns: tuple[str, ...]
) -> None:
    """Every span the plain alternation of a cue's word patterns finds, and only those."""
    bounded = [p.removeprefix(r"\b") for p in patterns if p.startswith(r"\b")]
    plain, fast = re.compile(_plain(bounded)), re.compile(grouped(bounded))
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_pattern_of_unknown_start_is_tried_everywhere() -> None:
    """A branch that may start with any character (a look-ahead) still matches after a digit."""
    pattern = re.compile(grouped([r"(?=\w)\w+x", "abc"]))
    assert [m.group() for m in pattern.finditer("9x abc")] == ["9x", "abc"]
