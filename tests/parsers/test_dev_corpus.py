"""The rules engine over the shared dev corpus must stay above the agreed bars."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from parsers.mail.message import parse_message
from parsers.model import Context
from parsers.rules.engine import extract
from tests.shared_corpus import CORPUS, SCORER, SHARED, scorer

BARS = {"exact": 0.90, "intent": 0.95, "windows": 0.93}


def _answer(case: dict[str, Any]) -> dict[str, Any]:
    message = parse_message(Path(case["eml"]).read_bytes())
    context = Context.from_json(case["context"])
    now = message.date or datetime.now(UTC)
    return extract(message, context, now=now).to_json()


def _rates(score: ModuleType) -> tuple[dict[str, float], list[str]]:
    cases = score.load_cases(CORPUS)
    hits = {"exact": 0.0, "intent": 0.0, "windows": 0.0}
    failures = []
    for case in cases:
        expected, got = case["expected"], _answer(case)
        intent_ok = got["intent"] == expected["intent"]
        windows = score.window_score(expected.get("windows") or [], got["windows"])
        exact = (
            intent_ok
            and windows >= 0.999
            and got["selected"] == expected.get("selected")
            and got["outcome"] == expected.get("outcome")
        )
        hits["intent"] += intent_ok
        hits["windows"] += windows
        hits["exact"] += exact
        if not exact:
            failures.append(f"{case['id']}: expected {json.dumps(expected)} got {json.dumps(got)}")
    return {name: value / len(cases) for name, value in hits.items()}, failures


# CI always has shared/ beside the clone: there a missing corpus is a failure, not a skip.
@pytest.mark.skipif(
    not os.environ.get("CI") and (not SCORER.exists() or not CORPUS.is_dir()),
    reason=f"no shared corpus at {SHARED}",
)
def test_dev_corpus_meets_the_bars() -> None:
    """Exact, intent and window scores on the dev corpus reach 0.90, 0.95 and 0.93."""
    rates, failures = _rates(scorer())
    short = {name: rate for name, rate in rates.items() if rate < BARS[name]}
    assert not short, f"below the bars: {short}\n" + "\n".join(failures)
