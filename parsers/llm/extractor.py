"""The LLM extractor: one structured-output call per human reply, rules as the fallback."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypeVar

import openai
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.exceptions import LangChainException
from langchain_core.runnables import Runnable
from langchain_openai import ChatOpenAI
from pydantic import BaseModel

from parsers.errors import ConfigError, ExtractionError
from parsers.llm.kickoff import KickoffReply, checked_kickoff, kickoff_prompt
from parsers.llm.prompt import fenced, system_prompt, user_prompt
from parsers.llm.schema import LLMReply, to_extraction
from parsers.model import Context, Extraction, ParsedMessage
from parsers.rules import engine as rules

log = logging.getLogger(__name__)
_R = TypeVar("_R", bound=BaseModel)

ATTEMPTS = 2  # one call, and one retry when it fails in a way a retry can fix
FALLBACK_CONFIDENCE = 0.5  # rules answering for a failed LLM call are trusted less
# Local servers (Ollama, vLLM, llama.cpp) ignore the key, but the openai client insists on one.
LOCAL_KEY = "not-needed"


class LLMExtractor:
    """Reads intent, option, outcome and time phrases with any OpenAI-compatible chat model."""

    def __init__(
        self,
        *,
        model: str,
        base_url: str | None,
        api_key: str | None,
        timeout: float = 30.0,
        retry_delay: float = 1.0,
        temperature: float | None = 0.0,
        callbacks: Sequence[BaseCallbackHandler] = (),
    ) -> None:
        """`temperature=None` leaves it to the server, for reasoning models that refuse 0;
        `callbacks` see every call (`make eval-llm` counts calls and tokens with one)."""
        key = api_key or (LOCAL_KEY if base_url else None)
        try:
            chat = ChatOpenAI(
                model=model,
                base_url=base_url,
                api_key=key,  # type: ignore[arg-type]  # pydantic coerces str to SecretStr
                use_responses_api=False,
                max_retries=0,  # retries are ours, counted and logged
                timeout=timeout,
                temperature=temperature,
                callbacks=list(callbacks) or None,
            )
        except openai.OpenAIError as exc:
            raise ConfigError(f"LLM client for model {model!r}: {exc}") from exc
        self._model = model
        self._retry_delay = retry_delay
        self._reply = chat.with_structured_output(LLMReply, method="json_schema")
        self._kickoff = chat.with_structured_output(KickoffReply, method="json_schema")

    async def extract(
        self, message: ParsedMessage, context: Context, *, now: datetime
    ) -> Extraction:
        """Read a human reply; if the model fails twice, the rules answer at lower confidence."""
        sent = message.date or now
        messages = [
            ("system", system_prompt()),
            ("user", user_prompt(message.text, context, sent=sent)),
        ]
        try:
            reply = await self._call(self._reply, messages, LLMReply)
        except ExtractionError as exc:
            log.warning("LLM extraction failed, rules answer instead: %s", exc)
            fallback = rules.extract(message, context, now=now)
            return dataclasses.replace(
                fallback, confidence=fallback.confidence * FALLBACK_CONFIDENCE
            )
        return to_extraction(reply, context, sent=sent)

    async def read_kickoff(self, text: str) -> dict[str, Any]:
        """Names, addresses, company, role, round, length and zones stated in a recruiter's
        kickoff email; None where not stated. Raises ExtractionError when the model fails."""
        messages = [("system", kickoff_prompt()), ("user", fenced(text))]
        reply = await self._call(self._kickoff, messages, KickoffReply)
        return checked_kickoff(reply, text)

    async def _call(
        self, runnable: Runnable[Any, Any], messages: list[tuple[str, str]], schema: type[_R]
    ) -> _R:
        """One call, and one retry when a retry can help; the last failure is raised."""
        for attempt in range(1, ATTEMPTS):
            try:
                return await self._ask(runnable, messages, schema)
            except ExtractionError as exc:
                log.warning("LLM call %d of %d failed: %s", attempt, ATTEMPTS, exc)
                if not _retryable(exc):
                    raise
                if _transient(exc):
                    await asyncio.sleep(self._retry_delay)
        return await self._ask(runnable, messages, schema)

    async def _ask(
        self, runnable: Runnable[Any, Any], messages: list[tuple[str, str]], schema: type[_R]
    ) -> _R:
        """The seam: the library's errors translated into ExtractionError."""
        try:
            reply = await runnable.ainvoke(messages)
        except (openai.OpenAIError, LangChainException, ValueError) as exc:
            # pydantic's ValidationError is a ValueError: the model broke the schema.
            raise ExtractionError(f"{self._model}: {_describe(exc)}") from exc
        if not isinstance(reply, schema):
            raise ExtractionError(f"{self._model}: no structured answer ({type(reply).__name__})")
        return reply


def _describe(exc: Exception) -> str:
    if isinstance(exc, openai.APIStatusError):
        # A server's error body can echo the key it was sent; the status says enough.
        return f"{type(exc).__name__} (HTTP {exc.status_code})"
    return f"{type(exc).__name__}: {exc}"


def _transient(exc: ExtractionError) -> bool:
    return isinstance(
        exc.__cause__,
        openai.APIConnectionError | openai.RateLimitError | openai.InternalServerError,
    )


def _retryable(exc: ExtractionError) -> bool:
    # Other HTTP errors (bad key, unknown model, bad request) would fail the same way again.
    return _transient(exc) or not isinstance(exc.__cause__, openai.APIStatusError)
