"""Prompt texts and outgoing-email templates, loaded by name."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load(name: str) -> str:
    """Return the text of the prompt or template file `name` shipped in this package."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
