"""The root of rounds' one error tree, and the errors the pure layers raise.

It lives in the lowest package so that `parsers/` and `store/` can raise these without
importing `agent/` (which imports them). `agent.errors` shows the whole tree.

    RoundsError
    ├── ConfigError            a missing or invalid setting (exit 2)
    ├── InputError(ValueError) unreadable input: a broken .eml, bad context JSON
    ├── ExtractionError        the LLM path failed; the caller falls back to rules
    ├── StoreError             (store.errors) the tracker cannot be read or written
    └── TransportError(OSError)  (agent.errors) a mail server failed
"""

from __future__ import annotations


class RoundsError(Exception):
    """Root of every error rounds raises on purpose."""


class ConfigError(RoundsError):
    """A setting is missing or invalid; the message names the setting."""


class InputError(RoundsError, ValueError):
    """Input that cannot be read: a broken email, a malformed context."""


class ExtractionError(RoundsError):
    """The LLM extractor gave no usable answer."""
