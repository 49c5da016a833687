"""Google Workspace calendars: `freebusy.query` through google-api-python-client.

Auth is a service account with domain-wide delegation (its key file; each query acts as the
person whose calendar it reads) or a command printing an OAuth access token, like
ROUNDS_OAUTH2_TOKEN_COMMAND. Tokens and keys never reach a log line or an error message.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import google.auth.exceptions
import google_auth_httplib2
import httplib2
from google.oauth2 import credentials as user_credentials
from google.oauth2 import service_account
from googleapiclient.discovery import build
from googleapiclient.errors import Error as ApiError

from agent.core.freebusy import Block, merge
from agent.errors import CalendarError, ConfigError
from parsers.model import Window

SCOPE = "https://www.googleapis.com/auth/calendar.freebusy"
TIMEOUT = 15  # seconds for each request


class GoogleCalendar:
    """One person's primary Google calendar, read with freebusy.query."""

    def __init__(
        self,
        email: str,
        *,
        key_file: Path | None = None,
        token: Callable[[], str] | None = None,
        api_root: str | None = None,
        timeout: int = TIMEOUT,
    ) -> None:
        if (key_file is None) == (token is None):
            raise ConfigError("a google calendar needs either key_file or token_command")
        self.email = email
        self.source = f"google:{email}"
        self._key_file, self._token = key_file, token
        self._api_root = api_root  # None: Google's own; a local server in tests
        self._timeout = timeout

    async def read(self, start: datetime, end: datetime) -> tuple[Window, ...]:
        return await asyncio.to_thread(self._read, start, end)

    def _credentials(self) -> Any:
        if self._token is not None:
            return user_credentials.Credentials(token=self._token())  # type: ignore[no-untyped-call]  # google-auth leaves it unannotated
        assert self._key_file is not None
        return service_account.Credentials.from_service_account_file(  # type: ignore[no-untyped-call]  # same
            str(self._key_file), scopes=[SCOPE], subject=self.email
        )

    def _read(self, start: datetime, end: datetime) -> tuple[Window, ...]:
        body = {
            "timeMin": start.isoformat(),
            "timeMax": end.isoformat(),
            "timeZone": "UTC",
            "items": [{"id": self.email}],
        }
        try:
            http = google_auth_httplib2.AuthorizedHttp(
                self._credentials(), http=httplib2.Http(timeout=self._timeout)
            )
            options = {"api_endpoint": self._api_root} if self._api_root else None
            with build(
                "calendar",
                "v3",
                http=http,
                static_discovery=True,
                cache_discovery=False,
                client_options=options,
                num_retries=0,
            ) as service:
                answer = service.freebusy().query(body=body).execute(num_retries=0)
        except (ApiError, google.auth.exceptions.GoogleAuthError, httplib2.HttpLib2Error) as exc:
            raise CalendarError(f"{self.source}: {type(exc).__name__}: {_reason(exc)}") from exc
        except (OSError, ValueError, ConfigError) as exc:  # ConfigError: the token command
            raise CalendarError(f"{self.source}: {type(exc).__name__}: {exc}") from exc
        return merge(_blocks(answer, self.email, self.source), start, end)


def _reason(exc: Exception) -> str:
    # HttpError's text quotes the request URL and body; the status and reason are enough.
    status = getattr(getattr(exc, "resp", None), "status", None)
    return f"HTTP {status}" if status else str(exc).split("\n")[0][:200]


def _blocks(answer: Any, email: str, source: str) -> list[Block]:
    try:
        entry = answer["calendars"][email]
        if entry.get("errors"):
            reasons = ", ".join(str(e.get("reason", "?")) for e in entry["errors"])
            raise CalendarError(f"{source}: Google says {reasons}")
        blocks = [
            Block(datetime.fromisoformat(b["start"]), datetime.fromisoformat(b["end"]))
            for b in entry.get("busy", [])
        ]
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise CalendarError(f"{source}: unexpected freebusy answer ({exc!r})") from exc
    if any(b.start.tzinfo is None or b.end.tzinfo is None for b in blocks):
        raise CalendarError(f"{source}: freebusy answer without UTC offsets")
    return blocks
