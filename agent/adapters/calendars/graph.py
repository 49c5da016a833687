"""Microsoft 365 calendars: Graph `getSchedule` with an `msal` client-credentials token.

The app registration needs the application permission Calendars.Read (admin-consented).
`GraphApp` holds the token and makes every Graph call, for this reader and Bookings' (bookings.py).
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
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx
import msal
import requests

from agent.adapters.calendars.windows_zones import iana_zone
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

    async def call(
        self, source: str, method: str, url: str, body: Any = None, prefer: str | None = None
    ) -> Any:
        """Graph's JSON answer to one request with a token; CalendarError for anything but
        a 200 with JSON (`source` names the calendar in the error)."""
        token = await asyncio.to_thread(self.token)
        headers = {"Authorization": f"Bearer {token}", **({"Prefer": prefer} if prefer else {})}
        tls = (
            ssl.create_default_context(cafile=self.verify)
            if isinstance(self.verify, str)
            else self.verify
        )
        try:
            async with httpx.AsyncClient(verify=tls, timeout=self.timeout) as client:
                answer = await client.request(method, url, json=body, headers=headers)
        except httpx.HTTPError as exc:
            reason = scrub(f"{type(exc).__name__}: {exc}", [token])
            raise CalendarError(f"{source}: {reason}") from exc
        if answer.status_code != 200:
            raise CalendarError(f"{source}: Graph answered HTTP {answer.status_code}")
        try:
            return answer.json()
        except ValueError as exc:
            raise CalendarError(f"{source}: Graph answered no JSON") from exc


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
        body = {
            "schedules": [self.email],
            "startTime": graph_time(start),
            "endTime": graph_time(end),
            "availabilityViewInterval": 30,
        }
        url = f"{self._graph}/users/{quote(self.email)}/calendar/getSchedule"
        answer = await self._app.call(
            self.source, "POST", url, body, prefer='outlook.timezone="UTC"'
        )
        blocks = _blocks(answer, self.email, self.source)
        return merge(blocks, start, end, tentative_busy=self._tentative_busy)


def graph_time(moment: datetime) -> dict[str, str]:
    """A Graph dateTimeTimeZone for `moment`, in UTC."""
    return {"dateTime": moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"), "timeZone": "UTC"}


def graph_moment(value: Any) -> datetime:
    """The aware datetime of a Graph dateTimeTimeZone; ValueError for a zone we cannot read.

    We ask for UTC; an IANA name is read too, and a Windows zone name ("Pacific Standard
    Time") through CLDR's table (windows_zones.py). A Windows name not in it is refused
    rather than guessed: a misread zone would offer busy time as free.
    """
    zone, moment = str(value["timeZone"]), datetime.fromisoformat(str(value["dateTime"]))
    if moment.tzinfo is not None:
        return moment.astimezone(UTC)
    if zone.upper() in ("UTC", "ETC/UTC"):
        return moment.replace(tzinfo=UTC)
    try:
        return moment.replace(tzinfo=ZoneInfo(iana_zone(zone) or zone)).astimezone(UTC)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"time zone {zone!r}, asked for UTC") from exc


def _blocks(answer: Any, email: str, source: str) -> list[Block]:
    try:
        entry = next(
            s for s in answer["value"] if str(s.get("scheduleId", "")).lower() == email.lower()
        )
        if "error" in entry:
            error = entry["error"] or {}
            raise CalendarError(f"{source}: Graph says {error.get('responseCode', '?')}")
        return [
            Block(
                graph_moment(item["start"]),
                graph_moment(item["end"]),
                _KINDS.get(str(item["status"]).lower(), Kind.BUSY),
            )
            for item in entry.get("scheduleItems", [])
        ]
    except (KeyError, TypeError, AttributeError, ValueError, StopIteration) as exc:
        raise CalendarError(f"{source}: unexpected getSchedule answer ({exc!r})") from exc
