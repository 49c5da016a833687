"""The held-out cases in tests/corpus/own must be well-formed labels per EXTRACTION.md.

These cases measure the rules engine on mail it was not tuned on, so this test checks
only that each label can be scored as written, never what the extractor answers.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from parsers.message import parse_message
from parsers.model import Context, Intent, Outcome, Stage, Window

OWN = Path(__file__).resolve().parents[1] / "corpus" / "own"
LABELS = sorted(OWN.glob("*.json"))
# Windows belong to these intents only (EXTRACTION.md, "Picking from proposed options").
WINDOWED = {Intent.AVAILABILITY, Intent.RESCHEDULE}


def _label(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    assert {"context", "expected", "note"} <= data.keys(), f"missing keys in {path.name}"
    return data


def test_every_label_has_its_message_and_back() -> None:
    """Each NAME.json has a NAME.eml and each NAME.eml a NAME.json."""
    assert LABELS, f"no cases in {OWN}"
    stems = {path.stem for path in LABELS}
    messages = {path.stem for path in OWN.glob("*.eml")}
    assert stems == messages, f"unpaired: {sorted(stems ^ messages)}"


@pytest.mark.parametrize("path", LABELS, ids=lambda path: path.stem)
def test_label_is_well_formed(path: Path) -> None:
    """Context loads, the message has a date, and the expected answer obeys the contract."""
    data = _label(path)
    context = Context.from_json(data["context"])
    message = parse_message(path.with_suffix(".eml").read_bytes())
    assert message.date is not None, "the Date header is `now` for relative phrases"
    expected = data["expected"]
    assert set(expected) == {"intent", "windows", "selected", "outcome"}
    intent = Intent(expected["intent"])

    windows = [Window.from_json(item) for item in expected["windows"]]
    if windows:
        assert intent in WINDOWED, f"{intent} carries windows"
    for window in windows:
        assert window.end > window.start, f"empty window {window}"
        assert window.end > message.date, f"window {window} ends before the message was sent"
    spans = sorted(windows, key=lambda window: window.start)
    for before, after in itertools.pairwise(spans):
        assert after.start > before.end, f"overlapping or touching windows {before} {after}"

    selected = expected["selected"]
    if selected is not None:
        assert intent is Intent.ACCEPT, "only an accept selects an option"
        assert context.stage is Stage.PROPOSED
        assert 1 <= selected <= len(context.proposed), f"option {selected} not proposed"
    outcome = expected["outcome"]
    if outcome is not None:
        assert intent is Intent.FEEDBACK, "only feedback has an outcome"
        Outcome(outcome)
    elif intent is Intent.FEEDBACK:
        pytest.fail("feedback without an outcome")
