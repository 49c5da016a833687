"""The one extraction entry point: routes each message to the rules engine or the LLM."""

from __future__ import annotations

from datetime import datetime

from parsers import rules
from parsers.llm import LLMExtractor
from parsers.model import Context, Extraction, ParsedMessage


def needs_llm(message: ParsedMessage) -> bool:
    """Only human text goes to a model: machine mail and calendar replies are read by rules."""
    return message.machine is None and message.calendar is None and bool(message.text.strip())


async def extract(
    message: ParsedMessage, context: Context, *, now: datetime, llm: LLMExtractor | None
) -> Extraction:
    """Machine mail and calendar parts → rules; human text → LLM when given, else rules."""
    if llm is not None and needs_llm(message):
        return await llm.extract(message, context, now=now)
    return rules.extract(message, context, now=now)
