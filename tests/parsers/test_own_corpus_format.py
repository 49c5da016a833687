"""Every labelled case in tests/corpus/own follows the shared corpus format and EXTRACTION.md."""

from __future__ import annotations

import itertools
import json
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from parsers.mail.message import parse_message
from parsers.model import Intent, Outcome, Role, Stage

OWN = Path(__file__).resolve().parents[1] / "corpus" / "own"
LABELS = sorted(OWN.glob("*.json"))
CONTEXT_KEYS = {"role", "timezone", "duration_minutes", "round", "stage", "proposed", "scheduled"}
EXPECTED_KEYS = {"intent", "windows", "selected", "outcome"}
# EXTRACTION.md: windows belong to availability, reschedule and a calendar COUNTER only.
WINDOW_INTENTS = {Intent.AVAILABILITY.value, Intent.RESCHEDULE.value}


def _aware(text: Any) -> datetime:
    moment = datetime.fromisoformat(text)
    assert moment.tzinfo is not None, f"timestamp without offset: {text!r}"
    return moment


def _span(window: Any) -> tuple[datetime, datetime]:
    assert isinstance(window, dict) and set(window) == {"start", "end"}, window
    start, end = _aware(window["start"]), _aware(window["end"])
    assert end > start, f"window ends before it starts: {window}"
    return start, end


def _check_context(context: Any) -> None:
    assert isinstance(context, dict) and set(context) == CONTEXT_KEYS, context
    Role(context["role"])
    ZoneInfo(context["timezone"])
    assert isinstance(context["duration_minutes"], int) and context["duration_minutes"] > 0
    assert isinstance(context["round"], int) and context["round"] >= 1
    stage = Stage(context["stage"])
    options = [_span(w) for w in context["proposed"]]
    assert bool(options) == (stage == Stage.PROPOSED), "options go with stage proposed only"
    if stage == Stage.SCHEDULED or (stage == Stage.COMPLETED and context["scheduled"]):
        _span(context["scheduled"])
    else:
        assert context["scheduled"] is None


def _check_expected(expected: Any, context: dict[str, Any], sent: datetime) -> None:
    assert isinstance(expected, dict) and set(expected) == EXPECTED_KEYS, expected
    intent = Intent(expected["intent"])
    outcome = expected["outcome"]
    assert (outcome is not None) == (intent == Intent.FEEDBACK), "outcome iff feedback"
    if outcome is not None:
        Outcome(outcome)
    spans = [_span(w) for w in expected["windows"]]
    assert not spans or intent.value in WINDOW_INTENTS, f"{intent.value} carries no windows"
    for start, _ in spans:
        assert start >= sent, "a window starting before the message is clipped or dropped"
    for (_, before_end), (after_start, _) in itertools.pairwise(sorted(spans)):
        assert after_start > before_end, "windows are merged: none overlap or touch"
    selected = expected["selected"]
    if selected is None:
        assert not (intent == Intent.ACCEPT and context["stage"] == Stage.PROPOSED.value)
    else:
        assert intent == Intent.ACCEPT and context["stage"] == Stage.PROPOSED.value
        assert isinstance(selected, int) and 1 <= selected <= len(context["proposed"])


def test_every_label_has_its_message() -> None:
    """Each NAME.json has a NAME.eml beside it and each NAME.eml a NAME.json."""
    labels = {p.stem for p in OWN.glob("*.json")}
    messages = {p.stem for p in OWN.glob("*.eml")}
    assert labels == messages, f"unpaired: {sorted(labels ^ messages)}"


@pytest.mark.parametrize("label", LABELS, ids=[p.stem for p in LABELS])
def test_case_follows_the_contract(label: Path) -> None:
    """Context, expected reading and message agree with the shared format and conventions."""
    data = json.loads(label.read_text(encoding="utf-8"))
    assert set(data) == {"context", "expected", "note"} and data["note"].strip()
    message = parse_message(label.with_suffix(".eml").read_bytes())
    assert message.sender is not None and message.date is not None
    assert message.text.strip() or message.calendar is not None, "no new text to read"
    _check_context(data["context"])
    _check_expected(data["expected"], data["context"], message.date)
