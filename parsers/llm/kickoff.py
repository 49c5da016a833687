"""A recruiter's kickoff email read by the LLM: the schema, the prompt and the checks."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict

import prompts
from parsers.mail.addresses import body_addresses


class KickoffReply(BaseModel):
    """The structured answer; strict mode requires every field, so each is nullable."""

    model_config = ConfigDict(extra="forbid")

    candidate_name: str | None
    candidate_email: str | None
    client_name: str | None
    client_email: str | None
    company: str | None
    role: str | None
    round: int | None
    duration_minutes: int | None
    candidate_zone: str | None
    client_zone: str | None


def kickoff_prompt() -> str:
    """The fixed instructions for reading a kickoff."""
    return prompts.load("extract_kickoff.txt").strip()


def checked_kickoff(reply: KickoffReply, text: str) -> dict[str, Any]:
    """The answer with whatever the email does not back up set to None."""
    found = reply.model_dump()
    # Whole addresses only: "jane@example.co" is not in a text that holds "jane@example.com".
    written = {address for _, address in body_addresses(text)}
    for key in ("candidate_email", "client_email"):
        # An address the model wrote but the email does not hold is made up: never mail it.
        address = (found[key] or "").strip().lower()
        found[key] = address if address in written else None
    for key in ("candidate_zone", "client_zone"):
        found[key] = _zone(found[key])
    for key in ("round", "duration_minutes"):
        if found[key] is not None and found[key] <= 0:
            found[key] = None
    return found


def _zone(name: str | None) -> str | None:
    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name
