"""The one error tree of rounds, as the agent sees it.

    RoundsError
    ├── ConfigError            a missing or invalid setting (exit 2)
    ├── InputError(ValueError) unreadable input: a broken .eml, bad context JSON
    ├── ExtractionError        the LLM path failed; the caller falls back to rules
    ├── StoreError             the tracker file cannot be read or written
    └── TransportError(OSError)
        ├── MailboxError       IMAP: connect, login, fetch, IDLE
        │   ├── LoginRefused   login refused ([ALERT], bad credentials, too many connections)
        │   └── FolderMissing  logged in, but the watched folder cannot be opened
        ├── SendError          SMTP: connect, login, send
        │   └── RecipientsRefused   the server refused every recipient (permanent)
        └── CalendarError      a calendar (CalDAV, Google, Microsoft) cannot be read

The root and the errors of the pure layers are defined in `parsers.errors`, StoreError in
`store.errors`: the packages below `agent/` raise them without importing `agent/`. They are
re-exported here, so the agent and its callers catch everything from one module.
Adapters translate their library's errors at the seam and re-raise `from exc`.
Subclassing builtins keeps a caller's `except ValueError` / `except OSError` working.
Messages never carry a password, a token or an API key.
"""

from __future__ import annotations

from collections.abc import Sequence

from parsers.errors import ConfigError as ConfigError
from parsers.errors import ExtractionError as ExtractionError
from parsers.errors import InputError as InputError
from parsers.errors import RoundsError as RoundsError
from store.errors import StoreError as StoreError


class TransportError(RoundsError, OSError):
    """A mail server could not be reached or refused the session."""


class MailboxError(TransportError):
    """IMAP failed: connect, login, select, fetch or IDLE."""


class LoginRefused(MailboxError):
    """The IMAP server refused the login itself: retrying soon cannot help and may lock the
    account (Gmail's [ALERT] responses, "Too many simultaneous connections")."""


class FolderMissing(MailboxError):
    """The login worked but the folder cannot be selected (ROUNDS_IMAP_FOLDER)."""


class CalendarError(TransportError):
    """A calendar could not be read: unreachable, refused, or an answer we cannot use."""


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
