"""The one extraction entry point: the rules read first, the LLM only what they doubt."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from parsers.model import Context, Extraction, Intent, ParsedMessage
from parsers.rules import engine as rules

if TYPE_CHECKING:  # langchain takes seconds to import; only an LLM run needs it
    from parsers.llm.extractor import LLMExtractor

# Under this confidence a reading is not acted on: the LLM or a person reads the reply.
CONFIDENCE_FLOOR = 0.5
# Readings that close a process, cancel a round or judge a candidate (and so send an
# outcome): a model alone (perhaps steered by the email) cannot decide them.
_DESTRUCTIVE = frozenset({Intent.WITHDRAW, Intent.CANCEL, Intent.FEEDBACK})
_UNSURE = 0.3  # below the agent's confidence floor: a person looks at it


def needs_llm(message: ParsedMessage) -> bool:
    """Only human text goes to a model: machine mail and calendar replies are read by rules."""
    return message.machine is None and message.calendar is None and bool(message.text.strip())


async def extract(
    message: ParsedMessage,
    context: Context,
    *,
    now: datetime,
    llm: LLMExtractor | None,
    floor: float = CONFIDENCE_FLOOR,
) -> Extraction:
    """The rules' reading; when it is under `floor`, human text goes to the LLM (one call).

    Where the model and the rules disagree on a withdrawal, a cancellation or a verdict
    (reject, offer, hold, advance), the model's reading comes back unsure, so the agent
    hands it to the recruiter.
    """
    ruled = rules.extract(message, context, now=now)
    if llm is None or ruled.confidence >= floor or not needs_llm(message):
        return ruled
    found = await llm.extract(message, context, now=now)
    if (found.intent in _DESTRUCTIVE or ruled.intent in _DESTRUCTIVE) and (
        found.intent,
        found.outcome,
    ) != (ruled.intent, ruled.outcome):
        return replace(found, confidence=min(found.confidence, _UNSURE))
    return found
