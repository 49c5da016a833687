"""The Extractor port: the rules read every mail; a model, where there is one, what they doubt."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from agent.core.kickoff import (
    RECRUITER_FIXES,
    Kickoff,
    KickoffProblem,
    kickoff_from,
    read_kickoff,
    with_place,
)
from agent.errors import ExtractionError
from parsers.extract import CONFIDENCE_FLOOR, extract
from parsers.model import Context, Extraction, ParsedMessage

if TYPE_CHECKING:  # langchain takes seconds to import; only an LLM run needs it
    from parsers.llm.extractor import LLMExtractor

log = logging.getLogger("rounds.agent")


class RulesFirst:
    """Rules first, then `llm` (when set) for replies read under `floor` and kickoffs the
    rules cannot place; the model's answer is checked the same way the rules' is.

    The injection tests raise `floor` to infinity so that a compromised model reads every
    reply, and set `llm` to None to compare with the rules alone.
    """

    def __init__(self, llm: LLMExtractor | None, *, floor: float = CONFIDENCE_FLOOR) -> None:
        self.llm = llm
        self.floor = floor

    async def reply(self, message: ParsedMessage, context: Context, *, now: datetime) -> Extraction:
        """The rules' reading; under `floor`, human text goes to the model (one call)."""
        return await extract(message, context, now=now, llm=self.llm, floor=self.floor)

    async def kickoff(
        self, message: ParsedMessage, source: str, *, agent: str, forwarded: str
    ) -> Kickoff | KickoffProblem:
        """The rules read the labelled form and plain introductions; the model gets the
        free text they could not place."""
        assert message.sender is not None
        found = read_kickoff(
            source,
            sender=message.sender,
            to=message.to,
            cc=message.cc,
            subject=message.subject,
            agent_address=agent,
            forwarded=forwarded,
        )
        # A bad place, calendar or zone is the recruiter's to fix; no model reading changes it.
        if isinstance(found, Kickoff) or found.missing in RECRUITER_FIXES or self.llm is None:
            return found
        headers = "\n".join(
            f"{label}: {', '.join(a.formatted() for a in people)}"
            for label, people in (("To", message.to), ("Cc", message.cc))
            if people
        )
        try:
            read = await self.llm.read_kickoff(f"{headers}\n\n{source}")
        except ExtractionError as exc:
            log.warning("kickoff by LLM failed: %s", exc)
            return found
        placed = kickoff_from(read, recruiter=message.sender, agent=agent)
        # The model places people; the place still comes from the rules and their checks.
        return with_place(placed, source, forwarded) if placed else found
