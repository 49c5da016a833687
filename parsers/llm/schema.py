"""The LLM's answer as a strict pydantic schema, and its checked conversion to an Extraction."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from parsers.errors import InputError
from parsers.model import Context, Extraction, Intent, Outcome, Stage, Window
from parsers.time import resolve as timeresolve

# Literals rather than the enums keep the JSON schema flat (no $defs/$ref), which small
# local servers turn into grammars more reliably; a test pins them to the enums.
IntentName = Literal[
    "availability",
    "accept",
    "decline",
    "reschedule",
    "cancel",
    "withdraw",
    "feedback",
    "question",
    "other",
]
OutcomeName = Literal["advance", "reject", "offer", "hold"]

WINDOW_INTENTS = frozenset({Intent.AVAILABILITY, Intent.RESCHEDULE})
# How much to trust an answer that had to be corrected; low confidence sends it to a person.
CORRECTED = 0.6


class LLMReply(BaseModel):
    """The structured answer; strict mode requires every field, so optional ones are nullable."""

    model_config = ConfigDict(extra="forbid")

    intent: IntentName
    selected: int | None
    outcome: OutcomeName | None
    times: list[str]
    confidence: float


def to_extraction(reply: LLMReply, context: Context, *, sent: datetime) -> Extraction:
    """Check the answer against the thread and resolve its time phrases with our own resolver."""
    intent = Intent(reply.intent)
    confidence = min(max(reply.confidence, 0.0), 1.0)
    selected = reply.selected if intent is Intent.ACCEPT else None
    if selected is not None and not 1 <= selected <= len(context.proposed):
        selected, confidence = None, confidence * CORRECTED
    if intent is Intent.ACCEPT and context.stage is Stage.PROPOSED and selected is None:
        confidence *= CORRECTED  # an accept that names no option cannot be booked
    outcome = Outcome(reply.outcome) if intent is Intent.FEEDBACK and reply.outcome else None
    windows: tuple[Window, ...] = ()
    zone = context.timezone
    if intent in WINDOW_INTENTS:
        windows, zone, unread = _resolve(reply.times, context, sent=sent)
        if unread:
            confidence *= CORRECTED  # the model named times our resolver cannot place
    return Extraction(
        intent=intent,
        windows=windows,
        selected=selected,
        outcome=outcome,
        timezone=zone,
        confidence=confidence,
    )


def _resolve(
    phrases: list[str], context: Context, *, sent: datetime
) -> tuple[tuple[Window, ...], str, int]:
    found: list[Window] = []
    unread = 0
    for phrase in phrases:
        try:
            windows = timeresolve.resolve(
                phrase, now=sent, zone=context.timezone, duration_minutes=context.duration_minutes
            )
        except InputError:
            windows = []  # the phrase is the model's text, as untrusted as the email's
        unread += not windows
        found += windows
    # The resolver returns windows in the zone it read them in: a zone the sender wrote wins.
    zones = {getattr(w.start.tzinfo, "key", None) for w in found}
    zone = zones.pop() if len(zones) == 1 else None
    return merge(found), zone or context.timezone, unread


def merge(windows: list[Window]) -> tuple[Window, ...]:
    """Sort windows and join those that overlap or touch."""
    out: list[Window] = []
    for window in sorted(windows, key=lambda w: w.start):
        if out and window.start <= out[-1].end:
            if window.end > out[-1].end:
                out[-1] = Window(out[-1].start, window.end)
        else:
            out.append(window)
    return tuple(out)
