"""The quick fuzz suite: a few hundred generated hostile messages through the parsers and agent."""

from __future__ import annotations

from collections import Counter

import pytest

from agent.ports import Fetched
from parsers.mail.limits import MessageTooComplex
from parsers.mail.message import parse_message
from tests.e2e import Harness
from tests.fuzz import check
from tests.fuzz.generators import GENERATORS, case

SEED = 20261130
PER_GENERATOR = 12  # 24 generators: 288 cases, a few seconds
STATUSES = {"processed", "ignored", "quarantined"}


@pytest.mark.parametrize("index", range(len(GENERATORS)), ids=[g.__name__ for g in GENERATORS])
def test_generated_cases_parse_or_refuse_and_extract_validly(index: int) -> None:
    """Each case raises at most InputError, and what parses reads into a valid Extraction."""
    outcomes: Counter[str] = Counter()
    for k in range(PER_GENERATOR):
        number = index + k * len(GENERATORS)  # case numbers cycle through the generators
        name, raw = case(SEED, number)
        assert name == GENERATORS[index].__name__
        outcomes["parsed" if check(raw, number) is not None else "refused"] += 1
    assert outcomes["parsed"] >= 1 and outcomes.total() == PER_GENERATOR


def test_cases_are_reproducible_from_seed_and_index() -> None:
    """A crash report's seed and case index rebuild the very same bytes."""
    assert case(7, 123) == case(7, 123) and case(7, 123) != case(8, 123)


def test_calendar_generators_reach_the_calendar_parser() -> None:
    """Hostile iTIP parts are found and read, not lost before the calendar parser sees them."""
    names = {"odd_method", "reply_several_attendees", "counter_without_times"}
    numbers = [i for i, g in enumerate(GENERATORS) if g.__name__ in names]
    methods = set()
    for number in (n + k * len(GENERATORS) for n in numbers for k in range(PER_GENERATOR)):
        message = check(case(SEED, number)[1], number)
        if message is not None and message.calendar is not None:
            methods.add(message.calendar.method)
    assert {"REPLY", "COUNTER"} <= methods


def test_deep_nesting_generator_crosses_the_limit() -> None:
    """Some generated nestings are refused as too deep, others stay within the limit and parse."""
    number = next(i for i, g in enumerate(GENERATORS) if g.__name__ == "deep_nesting")
    reasons: Counter[str] = Counter()
    for k in range(PER_GENERATOR):
        try:
            parse_message(case(SEED, number + k * len(GENERATORS))[1])
        except MessageTooComplex as exc:
            reasons[str(exc)] += 1
        else:
            reasons["parsed"] += 1
    assert reasons["MIME nested deeper than 40 levels"] >= 1 and reasons["parsed"] >= 1


@pytest.mark.mail("memory")  # in-process: the point is the agent, not the servers
async def test_agent_records_every_hostile_message_with_a_status(harness: Harness) -> None:
    """Agent.handle takes one case of every generator without raising and ledgers each UID."""
    for uid, index in enumerate(range(len(GENERATORS)), start=1):
        raw = case(SEED, index)[1]
        await harness.agent.handle(Fetched(uid=uid, uidvalidity=1, raw=raw))
    by_uid = {entry["uid"]: entry for entry in harness.store.ledger() if "uid" in entry}
    assert sorted(by_uid) == list(range(1, len(GENERATORS) + 1))
    assert all(entry["status"] in STATUSES for entry in by_uid.values())
