"""Microsoft 365 calendars: Graph `getSchedule` with an `msal` client-credentials token.

The app registration needs the application permission Calendars.Read (admin-consented).
The client secret and the tokens never reach a log line or an error message.
"""

from __future__ import annotations

import asyncio
import functools
import ssl
import threading
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import httpx
import msal
import requests

from agent.core.freebusy import Block, Kind, merge
from agent.errors import CalendarError, scrub
from parsers.model import Window

GRAPH = "https://graph.microsoft.com/v1.0"
AUTHORITY = "https://login.microsoftonline.com"
SCOPE = "https://graph.microsoft.com/.default"
TIMEOUT = 15.0  # seconds for each request
# getSchedule's scheduleItem.status; `unknown` stays busy: unknown is not free.
_KINDS = {
    "free": Kind.FREE,
    "workingelsewhere": Kind.FREE,
    "tentative": Kind.TENTATIVE,
    "busy": Kind.BUSY,
    "oof": Kind.UNAVAILABLE,
}


class GraphApp:
    """The msal application of one tenant, shared by every reader so its token cache is too.

    It is made on first use: msal fetches the tenant's OpenID configuration when made, and
    an unreachable tenant must be a CalendarError at read time, not a crash at start.
    """

    def __init__(
        self,
        *,
        tenant: str,
        client_id: str,
        client_secret: str,
        authority: str = AUTHORITY,
        verify: bool | str = True,  # a CA bundle path: a corporate proxy's, or a test's
        timeout: float = TIMEOUT,
    ) -> None:
        self.verify, self.timeout = verify, timeout
        self._tenant, self._client_id, self._secret = tenant, client_id, client_secret
        self._authority = authority.rstrip("/")
        self._app: msal.ConfidentialClientApplication | None = None
        self._lock = threading.Lock()

    def token(self) -> str:
        """An access token for Graph, from msal's cache or the tenant; CalendarError if none."""
        try:
            with self._lock:
                if self._app is None:
                    self._app = self._make()
                result = self._app.acquire_token_for_client(scopes=[SCOPE])
        except (ValueError, OSError) as exc:  # msal: discovery; requests: the network
            reason = scrub(f"{type(exc).__name__}: {exc}", [self._secret])
            raise CalendarError(f"microsoft tenant {self._tenant}: no token: {reason}") from exc
        token = result.get("access_token") if isinstance(result, dict) else None
        if not token:
            error = result.get("error", "no answer") if isinstance(result, dict) else "no answer"
            raise CalendarError(f"microsoft tenant {self._tenant}: token refused: {error}")
        return str(token)

    def _make(self) -> msal.ConfidentialClientApplication:
        session = requests.Session()
        # Per request, not on the session: requests lets REQUESTS_CA_BUNDLE override a
        # session's `verify`, which would silently distrust the configured CA bundle.
        session.request = functools.partial(  # type: ignore[method-assign]
            session.request, verify=self.verify, timeout=self.timeout
        )
        return msal.ConfidentialClientApplication(
            self._client_id,
            client_credential=self._secret,
            authority=f"{self._authority}/{self._tenant}",
            # Instance discovery asks login.microsoftonline.com about the authority's host.
            instance_discovery=self._authority == AUTHORITY,
            http_client=session,
        )


class GraphCalendar:
    """One person's Microsoft 365 calendar, read with getSchedule."""

    def __init__(
        self,
        email: str,
        *,
        app: GraphApp,
        graph: str = GRAPH,
        tentative_busy: bool = True,
    ) -> None:
        self.email = email
        self.source = f"microsoft:{email}"
        self._app, self._graph = app, graph.rstrip("/")
        self._tentative_busy = tentative_busy

    async def read(self, start: datetime, end: datetime) -> tuple[Window, ...]:
        token = await asyncio.to_thread(self._app.token)
        body = {
            "schedules": [self.email],
            "startTime": _graph_time(start),
            "endTime": _graph_time(end),
            "availabilityViewInterval": 30,
        }
        url = f"{self._graph}/users/{quote(self.email)}/calendar/getSchedule"
        headers = {"Authorization": f"Bearer {token}", "Prefer": 'outlook.timezone="UTC"'}
        verify = self._app.verify
        tls = ssl.create_default_context(cafile=verify) if isinstance(verify, str) else verify
        try:
            async with httpx.AsyncClient(verify=tls, timeout=self._app.timeout) as client:
                answer = await client.post(url, json=body, headers=headers)
        except httpx.HTTPError as exc:
            reason = scrub(f"{type(exc).__name__}: {exc}", [token])
            raise CalendarError(f"{self.source}: {reason}") from exc
        if answer.status_code != 200:
            raise CalendarError(f"{self.source}: Graph answered HTTP {answer.status_code}")
        blocks = _blocks(answer, self.email, self.source)
        return merge(blocks, start, end, tentative_busy=self._tentative_busy)


def _graph_time(moment: datetime) -> dict[str, str]:
    return {"dateTime": moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"), "timeZone": "UTC"}


def _blocks(answer: httpx.Response, email: str, source: str) -> list[Block]:
    try:
        entry = next(
            s
            for s in answer.json()["value"]
            if str(s.get("scheduleId", "")).lower() == email.lower()
        )
        if "error" in entry:
            error = entry["error"] or {}
            raise CalendarError(f"{source}: Graph says {error.get('responseCode', '?')}")
        return [
            Block(
                _utc(item["start"]),
                _utc(item["end"]),
                _KINDS.get(str(item["status"]).lower(), Kind.BUSY),
            )
            for item in entry.get("scheduleItems", [])
        ]
    except (KeyError, TypeError, AttributeError, ValueError, StopIteration) as exc:
        raise CalendarError(f"{source}: unexpected getSchedule answer ({exc!r})") from exc


def _utc(value: Any) -> datetime:
    # Prefer: outlook.timezone="UTC" makes every dateTime UTC; anything else is refused.
    if str(value["timeZone"]).upper() not in ("UTC", "ETC/UTC"):
        raise ValueError(f"time zone {value['timeZone']!r}, asked for UTC")
    return datetime.fromisoformat(str(value["dateTime"])).replace(tzinfo=UTC)
