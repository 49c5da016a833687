"""Prompt size of the LLM extractor over the dev corpus: `python -m tests.bench_llm [DIR]`."""

from __future__ import annotations

import asyncio
import json
import math
import statistics
import sys
from datetime import UTC, datetime
from pathlib import Path

from parsers.extract import extract
from parsers.llm.extractor import LLMExtractor
from parsers.mail.message import parse_message
from parsers.model import Context, ParsedMessage
from tests.fakes.openai_server import FakeOpenAIServer, Scripted
from tests.shared_corpus import CORPUS

FIXED_ANSWER = {
    "intent": "availability",
    "selected": None,
    "outcome": None,
    "times": ["tomorrow afternoon"],
    "confidence": 0.9,
}

Case = tuple[str, ParsedMessage, Context]


def tokens(chars: int) -> int:
    """The usual rough estimate: four characters a token."""
    return -(-chars // 4)


def load(corpus: Path) -> list[Case]:
    """Every NAME.eml with the context from its NAME.json."""
    cases = []
    for eml in sorted(corpus.glob("*.eml")):
        context = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))["context"]
        cases.append((eml.stem, parse_message(eml.read_bytes()), Context.from_json(context)))
    return cases


async def measure(cases: list[Case]) -> tuple[dict[str, int], dict[str, int]]:
    """Prompt tokens, and tokens with the JSON schema, of each case that reached the model."""
    prompt: dict[str, int] = {}
    request: dict[str, int] = {}
    with FakeOpenAIServer() as server:
        server.default = Scripted(content=json.dumps(FIXED_ANSWER))
        llm = LLMExtractor(model="bench", base_url=server.base_url, api_key="x", retry_delay=0)
        for name, message, context in cases:
            before = len(server.requests)
            # An infinite floor: every human reply's prompt is measured, not only doubted ones.
            await extract(message, context, now=datetime.now(UTC), llm=llm, floor=math.inf)
            if len(server.requests) == before:
                continue  # machine mail or a calendar reply: rules only
            body = server.requests[-1]
            chars = sum(len(m["content"]) for m in body["messages"])
            schema = json.dumps(body["response_format"], separators=(",", ":"))
            prompt[name] = tokens(chars)
            request[name] = tokens(chars + len(schema))
    return prompt, request


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    cases = load(corpus)
    prompt, request = asyncio.run(measure(cases))
    if not prompt:
        print(f"no case in {corpus} reached the LLM")
        return
    worst = max(prompt, key=prompt.__getitem__)
    print(f"LLM prompt tokens (chars/4): {len(prompt)} of {len(cases)} cases reached the model")
    median, full = statistics.median(prompt.values()), statistics.median(request.values())
    print(f"  messages:      median {median:.0f}, max {prompt[worst]}")
    print(f"  + JSON schema: median {full:.0f}, max {max(request.values())}")
    print(f"  largest: {worst}")


if __name__ == "__main__":
    main()
