"""Cue patterns grouped by their first letter find exactly what the plain alternation finds."""

from __future__ import annotations

import re

import pytest

from parsers.rules.alternation import grouped
from parsers.rules.intents import _SOFT, _STRONG, _WEAK, _alternation, fold
from parsers.time import cues
from parsers.time.accents import loose
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


@pytest.mark.parametrize(("name", "patterns"), TABLES, ids=[name for name, _ in TABLES])
def test_a_cue_scan_finds_what_its_patterns_find(name: str, patterns: tuple[str, ...]) -> None:
    """A cue's one scan, its patterns split into their own branches and grouped, finds every span
    the plain alternation of its whole patterns finds, and only those."""
    bounded = [p.removeprefix(r"\b") for p in patterns if p.startswith(r"\b")]
    rest = [f"(?:{p})" for p in patterns if not p.startswith(r"\b")]
    plain = re.compile("|".join([_plain(bounded), *rest]))
    fast = re.compile(_alternation(patterns))
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_pattern_of_unknown_start_is_tried_everywhere() -> None:
    """A branch that may start with any character (a look-ahead) still matches after a digit."""
    pattern = re.compile(grouped([r"(?=\w)\w+x", "abc"]))
    assert [m.group() for m in pattern.finditer("9x abc")] == ["9x", "abc"]


def test_refusals_after_a_day_match_as_the_plain_alternation() -> None:
    """POST_NEGATIVE, grouped without a look-behind, matches at each word's end (where a day
    ends) exactly what its plain alternation matches, and so does the pattern a text is read
    with (without the reach back where the text is nowhere out of reach)."""
    plain = re.compile(
        loose(cues._POST_NEGATIVE_LEAD + f"(?:{cues._REACH_BACK}|{cues._POST_NEGATIVE})"),
        re.IGNORECASE,
    )
    for text in [p.text for p in ALL_PROBES] + TEXTS[-2:]:
        for end in (m.end() for m in re.finditer(r"\w+", text)):
            expected = plain.match(text, end)
            for pattern in (cues.POST_NEGATIVE, cues.post_negative(text)):
                found = pattern.match(text, end)
                assert (found and found.span()) == (expected and expected.span()), text[end:][:40]
