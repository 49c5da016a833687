"""The one extraction entry point: routes each message to the rules engine or the LLM."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from parsers import rules
from parsers.model import Context, Extraction, Intent, Outcome, ParsedMessage

if TYPE_CHECKING:  # langchain takes seconds to import; only an LLM run needs it
    from parsers.llm import LLMExtractor

# Readings that close a process, cancel a round or send an outcome: a model alone (perhaps
# steered by the email) cannot decide them.
_DESTRUCTIVE = frozenset({Intent.WITHDRAW, Intent.CANCEL})
_DESTRUCTIVE_OUTCOMES = frozenset({Outcome.REJECT, Outcome.OFFER})
_UNSURE = 0.3  # below the agent's confidence floor: a person looks at it


def needs_llm(message: ParsedMessage) -> bool:
    """Only human text goes to a model: machine mail and calendar replies are read by rules."""
    return message.machine is None and message.calendar is None and bool(message.text.strip())


async def extract(
    message: ParsedMessage, context: Context, *, now: datetime, llm: LLMExtractor | None
) -> Extraction:
    """Machine mail and calendar parts → rules; human text → LLM when given, else rules.

    A withdrawal, cancellation, rejection or offer read by the model alone, with the rules
    engine disagreeing, comes back unsure, so the agent hands it to the recruiter.
    """
    if llm is None or not needs_llm(message):
        return rules.extract(message, context, now=now)
    found = await llm.extract(message, context, now=now)
    ends = found.outcome if found.outcome in _DESTRUCTIVE_OUTCOMES else None
    if found.intent in _DESTRUCTIVE or ends is not None:
        ruled = rules.extract(message, context, now=now)
        if ruled.intent != found.intent or (ends is not None and ruled.outcome != ends):
            return replace(found, confidence=min(found.confidence, _UNSURE))
    return found
