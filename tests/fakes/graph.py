"""A local stand-in for the Microsoft identity platform, Graph `getSchedule` and Bookings, over TLS.

It implements the documented shapes msal and the adapter use: the tenant's OpenID
configuration (v2.0/.well-known/openid-configuration), the v2.0 token endpoint with the
client-credentials grant (client_id, client_secret, scope=https://graph.microsoft.com/.default),
and POST /v1.0/users/{id}/calendar/getSchedule with `schedules`, `startTime`, `endTime`
answering `value: [{scheduleId, availabilityView, scheduleItems: [{status, start, end}]}]`
or `{scheduleId, error: {message, responseCode}}`. For Bookings: GET
/v1.0/solutions/bookingBusinesses/{id}/staffMembers answering `value: [{id, displayName,
emailAddress, role}]` (paged with `@odata.nextLink`), and POST .../getStaffAvailability with
`staffIds`, `startDateTime`, `endDateTime` answering `value: [{staffId, availabilityItems:
[{status, startDateTime, endDateTime, serviceId}]}]`. Every Graph call needs a bearer token
the token endpoint issued. msal insists on https, hence TLS.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from tests.fakes.http import JsonHandler, self_signed, serve

TENANT = "acme-tenant"
CLIENT_ID, CLIENT_SECRET = "rounds-app", "s3cret-value"
BOOKINGS = "/v1.0/solutions/bookingBusinesses/"


@dataclass
class FakeGraph:
    """The server's state: schedule items per mailbox, issued tokens, what it was asked."""

    url: str = ""
    cert: Path | None = None  # the certificate clients must trust
    items: dict[str, list[tuple[datetime, datetime, str]]] = field(default_factory=dict)
    tokens: set[str] = field(default_factory=set)
    token_requests: list[dict[str, list[str]]] = field(default_factory=list)
    schedules: list[dict[str, Any]] = field(default_factory=list)
    # Bookings: business id -> {staff id: email}; staff id -> availability items
    staff: dict[str, dict[str, str]] = field(default_factory=dict)
    availability: dict[str, list[tuple[datetime, datetime, str]]] = field(default_factory=dict)
    staff_page: int = 100  # staff members per staffMembers page
    # The zone of the times it answers in (None: the request's, UTC for getSchedule), and
    # the name it writes for it, as Graph may write a Windows name ("Pacific Standard Time").
    reply_zone: str | None = None
    zone_name: str | None = None
    fail: int | None = None  # an HTTP status every Bookings call answers with, when set
    availability_requests: list[dict[str, Any]] = field(default_factory=list)
    staff_requests: list[str] = field(default_factory=list)  # staffMembers pages asked for
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def graph(self) -> str:
        return f"{self.url}/v1.0"

    def add_staff(self, business: str, email: str, *items: tuple[datetime, datetime, str]) -> str:
        """Make `email` a staff member of `business` with these availability items; its id."""
        staff_id = str(uuid.uuid4())
        self.staff.setdefault(business, {})[staff_id] = email
        self.availability[staff_id] = list(items)
        return staff_id


def _handler(state: FakeGraph) -> type[BaseHTTPRequestHandler]:
    class Handler(JsonHandler):
        def do_GET(self) -> None:
            if self.path.startswith(BOOKINGS):
                self._bookings("GET", {})
            elif self.path == f"/{TENANT}/v2.0/.well-known/openid-configuration":
                base = f"{state.url}/{TENANT}"
                self.reply(
                    200,
                    {
                        "issuer": f"{base}/v2.0",
                        "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                        "token_endpoint": f"{base}/oauth2/v2.0/token",
                    },
                )
            else:
                self.reply(400, {"error": "invalid_tenant"})

        def do_POST(self) -> None:
            raw = self.body()
            if self.path == f"/{TENANT}/oauth2/v2.0/token":
                self._token(urllib.parse.parse_qs(raw.decode()))
            elif self.path.startswith(BOOKINGS):
                self._bookings("POST", json.loads(raw or b"{}"))
            elif self.path.startswith("/v1.0/users/") and self.path.endswith(
                "/calendar/getSchedule"
            ):
                self._schedule(json.loads(raw))
            else:
                self.reply(404, {"error": {"code": "ResourceNotFound"}})

        def _token(self, form: dict[str, list[str]]) -> None:
            with state.lock:
                state.token_requests.append(form)
            good = (
                form.get("grant_type") == ["client_credentials"]
                and form.get("client_id") == [CLIENT_ID]
                and form.get("client_secret") == [CLIENT_SECRET]
                and "https://graph.microsoft.com/.default" in form.get("scope", [""])[0].split()
            )
            if not good:
                self.reply(401, {"error": "invalid_client", "error_description": "AADSTS7000215"})
                return
            token = f"eyJ0eXAi.fake.{len(state.tokens)}"
            with state.lock:
                state.tokens.add(token)
            self.reply(200, {"token_type": "Bearer", "expires_in": 3599, "access_token": token})

        def _authorized(self) -> bool:
            token = self.headers.get("Authorization", "").removeprefix("Bearer ")
            if token not in state.tokens:
                self.reply(401, {"error": {"code": "InvalidAuthenticationToken"}})
            return token in state.tokens

        def _bookings(self, method: str, body: dict[str, Any]) -> None:
            if not self._authorized():
                return
            if state.fail is not None:
                self.reply(state.fail, {"error": {"code": "ErrorAccessDenied"}})
                return
            path, _, query = self.path.partition("?")
            business, _, action = path.removeprefix(BOOKINGS).partition("/")
            staff = state.staff.get(urllib.parse.unquote(business))
            if staff is None:
                self.reply(404, {"error": {"code": "ErrorEntityNotFound"}})
            elif (method, action) == ("GET", "staffMembers"):
                self._staff_members(
                    path, staff, int(urllib.parse.parse_qs(query).get("$skip", ["0"])[0])
                )
            elif (method, action) == ("POST", "getStaffAvailability"):
                self._availability(body)
            else:
                self.reply(405, {"error": {"code": "BadRequest"}})

        def _staff_members(self, path: str, staff: dict[str, str], skip: int) -> None:
            with state.lock:
                state.staff_requests.append(self.path)
            members = [
                {
                    "id": i,
                    "displayName": e.partition("@")[0].title(),
                    "emailAddress": e,
                    "role": "staffMember",
                }
                for i, e in staff.items()
            ]
            page: dict[str, Any] = {"value": members[skip : skip + state.staff_page]}
            if skip + state.staff_page < len(members):
                page["@odata.nextLink"] = f"{state.url}{path}?$skip={skip + state.staff_page}"
            self.reply(200, page)

        def _availability(self, body: dict[str, Any]) -> None:
            with state.lock:
                state.availability_requests.append(body)
            low, high = _moment(body["startDateTime"]), _moment(body["endDateTime"])
            zone = ZoneInfo(state.reply_zone or body["startDateTime"]["timeZone"])
            value = [
                {
                    "staffId": staff_id,
                    "availabilityItems": [
                        {
                            "status": status,
                            "startDateTime": _zoned(start, zone, state.zone_name),
                            "endDateTime": _zoned(end, zone, state.zone_name),
                            "serviceId": "",
                        }
                        for start, end, status in state.availability.get(staff_id, [])
                        if start < high and low < end
                    ],
                }
                for staff_id in body["staffIds"]
            ]
            self.reply(200, {"value": value})

        def _schedule(self, body: dict[str, Any]) -> None:
            if not self._authorized():
                return
            with state.lock:
                state.schedules.append({"body": body, "prefer": self.headers.get("Prefer")})
            low = datetime.fromisoformat(body["startTime"]["dateTime"] + "+00:00")
            high = datetime.fromisoformat(body["endTime"]["dateTime"] + "+00:00")
            value = []
            zone = ZoneInfo(state.reply_zone or "UTC")  # Prefer: outlook.timezone, or not
            for mailbox in body["schedules"]:
                items = state.items.get(mailbox)
                if items is None:
                    value.append(
                        {
                            "scheduleId": mailbox,
                            "error": {"message": "not found", "responseCode": "UserNotFound"},
                        }
                    )
                    continue
                value.append(
                    {
                        "scheduleId": mailbox,
                        "availabilityView": "",
                        "scheduleItems": [
                            {
                                "isPrivate": False,
                                "status": status,
                                "start": _zoned(start, zone, state.zone_name),
                                "end": _zoned(end, zone, state.zone_name),
                            }
                            for start, end, status in items
                            if start < high and low < end
                        ],
                    }
                )
            self.reply(200, {"value": value})

    return Handler


def _graph(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.0000000")


def _moment(value: dict[str, str]) -> datetime:
    return datetime.fromisoformat(value["dateTime"]).replace(tzinfo=ZoneInfo(value["timeZone"]))


def _zoned(moment: datetime, zone: ZoneInfo, name: str | None) -> dict[str, str]:
    return {"dateTime": _graph(moment.astimezone(zone)), "timeZone": name or str(zone)}


@contextmanager
def fake_graph(folder: Path) -> Iterator[FakeGraph]:
    """A FakeGraph answering over TLS on 127.0.0.1 for the length of the with-block."""
    state = FakeGraph()
    context, state.cert = self_signed(folder)
    with serve(_handler(state), tls=context) as url:
        state.url = url
        yield state
