"""Fakes for tests: an OpenAI-compatible server on loopback, with its pytest fixture."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.openai_server import FakeOpenAIServer


@pytest.fixture
def openai_server() -> Iterator[FakeOpenAIServer]:
    """A started FakeOpenAIServer on 127.0.0.1, closed after the test."""
    with FakeOpenAIServer() as server:
        yield server


__all__ = ["FakeOpenAIServer", "openai_server"]
