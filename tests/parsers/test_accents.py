"""Words written with some of their accents and not others are read, never raised on.

The time reader's patterns match each accented letter with or without its accent
(`parsers/time/accents.py`), so a phrase half accented by a phone's autocorrect ("en debut de
matinée") is matched: its meaning must be found under its bare spelling.
"""

from __future__ import annotations

import dataclasses
import random

from parsers.time.accents import bare, with_bare
from parsers.time.lex import lex
from tests.parsers.compositions import compositions
from tests.parsers.reading_probes import Probe, read


def test_a_half_accented_word_is_found_under_its_bare_spelling() -> None:
    words = with_bare({"en début de matinée": "morning"})
    assert words["en debut de matinée"] == "morning"
    assert words.get("en début de matinee") == "morning"
    assert words.get("en fin de matinée") is None


def test_only_accents_dropped_find_a_word() -> None:
    # "soireé" is a slip of "soirée" (two letters swapped); the word written right is none
    slips = with_bare({"soireé": "soirée"})
    assert slips.get("soiree") == "soirée"
    assert slips.get("soirée") is None


def test_a_greeting_written_right_stays_a_greeting() -> None:
    # "bonne soirée" closes the reply: its evening is no part of Thursday's hours
    got = read(
        Probe(
            kind="time-of-day",
            lang="fr",
            text="jeudi avant 11h\nbonne soirée",
            intent="availability",
            windows=((3, "09:00", "11:00"),),
        )
    )
    assert [(w.start.hour, w.end.hour) for w in got.windows] == [(9, 11)]
    assert got.confidence >= 0.5


def test_a_half_accented_part_of_day_is_read() -> None:
    parts = [a for a in lex("mardi en debut de matinée, parfait") if a.spec is not None]
    assert [(a.spec.kind, a.spec.start, a.spec.end) for a in parts] == [("part", 9 * 60, 12 * 60)]


def test_replies_with_accents_dropped_at_random_are_read() -> None:
    rng = random.Random(5)
    for one in compositions(40):
        if one.probe.lang in ("fr", "es", "pt"):
            text = "".join(bare(c) if rng.random() < 0.5 else c for c in one.probe.text)
            assert read(dataclasses.replace(one.probe, text=text)).intent
