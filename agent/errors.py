"""The one error tree of rounds.

    RoundsError
    ├── ConfigError            a missing or invalid setting (exit 2)
    ├── InputError(ValueError) unreadable input: a broken .eml, bad context JSON
    ├── ExtractionError        the LLM path failed; the caller falls back to rules
    ├── StoreError             the tracker file cannot be read or written
    └── TransportError(OSError)
        ├── MailboxError       IMAP: connect, login, fetch, IDLE
        │   ├── LoginRefused   login refused ([ALERT], bad credentials, too many connections)
        │   └── FolderMissing  logged in, but the watched folder cannot be opened
        └── SendError          SMTP: connect, login, send
            └── RecipientsRefused   the server refused every recipient (permanent)

Adapters translate their library's errors at the seam and re-raise `from exc`.
Subclassing builtins keeps a caller's `except ValueError` / `except OSError` working.
Messages never carry a password, a token or an API key.
"""

from __future__ import annotations

from collections.abc import Sequence


class RoundsError(Exception):
    """Root of every error rounds raises on purpose."""


class ConfigError(RoundsError):
    """A setting is missing or invalid; the message names the setting."""


class InputError(RoundsError, ValueError):
    """Input that cannot be read: a broken email, a malformed context."""


class ExtractionError(RoundsError):
    """The LLM extractor gave no usable answer."""


class StoreError(RoundsError):
    """The tracker file cannot be read or written."""


class TransportError(RoundsError, OSError):
    """A mail server could not be reached or refused the session."""


class MailboxError(TransportError):
    """IMAP failed: connect, login, select, fetch or IDLE."""


class LoginRefused(MailboxError):
    """The IMAP server refused the login itself: retrying soon cannot help and may lock the
    account (Gmail's [ALERT] responses, "Too many simultaneous connections")."""


class FolderMissing(MailboxError):
    """The login worked but the folder cannot be selected (ROUNDS_IMAP_FOLDER)."""


class SendError(TransportError):
    """SMTP failed in a way worth retrying later."""


class RecipientsRefused(SendError):
    """The SMTP server refused every recipient: permanent, not retried."""


def scrub(text: str, secrets: Sequence[str | None]) -> str:
    """`text` with every secret replaced, before it reaches a log line or an error."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text
