"""A local stand-in for Google's OAuth token endpoint and Calendar `freebusy.query`.

It implements the documented shapes: the JWT-bearer grant (RFC 7523) a service account with
domain-wide delegation sends to its key file's `token_uri`, checked against the key's public
half, and POST calendar/v3/freeBusy with `timeMin`, `timeMax`, `items` answering
`calendars: {id: {busy: [{start, end}]}}` or `{errors: [{domain, reason}]}`.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.fakes.http import JsonHandler, serve

JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
AUDIENCE = "https://oauth2.googleapis.com/token"


@dataclass
class FakeGoogle:
    """The server's state: who is busy when, which tokens it issued, what it was asked."""

    url: str = ""
    busy: dict[str, list[tuple[datetime, datetime]]] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)  # access token -> subject
    grants: list[dict[str, Any]] = field(default_factory=list)  # verified JWT claims
    queries: list[dict[str, Any]] = field(default_factory=list)
    public_key: Any = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def api_root(self) -> str:
        """What replaces https://www.googleapis.com/calendar/v3/ for the client library."""
        return f"{self.url}/calendar/v3/"

    def key_file(self, folder: Path) -> Path:
        """A service-account key file whose token_uri is this server; its key is new."""
        private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.public_key = private.public_key()
        pem = private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        path = folder / "service-account.json"
        path.write_text(
            json.dumps(
                {
                    "type": "service_account",
                    "project_id": "rounds-test",
                    "private_key_id": "k1",
                    "private_key": pem,
                    "client_email": "rounds@rounds-test.iam.gserviceaccount.com",
                    "client_id": "1234",
                    "token_uri": f"{self.url}/token",
                }
            ),
            encoding="utf-8",
        )
        return path


def _handler(state: FakeGoogle) -> type[BaseHTTPRequestHandler]:
    class Handler(JsonHandler):
        def do_POST(self) -> None:
            raw = self.body()
            if self.path == "/token":
                self._token(urllib.parse.parse_qs(raw.decode()))
            elif self.path.startswith("/calendar/v3/freeBusy"):
                self._freebusy(json.loads(raw))
            else:
                self.reply(404, {"error": {"code": 404, "message": "not found"}})

        def _token(self, form: dict[str, list[str]]) -> None:
            if form.get("grant_type") != [JWT_BEARER]:
                self.reply(400, {"error": "unsupported_grant_type"})
                return
            try:
                claims = jwt.decode(
                    form["assertion"][0],
                    state.public_key,
                    algorithms=["RS256"],
                    # google-auth always names Google's endpoint, wherever token_uri points.
                    audience=AUDIENCE,
                )
            except (KeyError, jwt.InvalidTokenError):
                self.reply(400, {"error": "invalid_grant"})
                return
            token = f"ya29.fake-{len(state.tokens)}"
            with state.lock:
                state.grants.append(claims)
                state.tokens[token] = str(claims.get("sub", ""))
            self.reply(200, {"access_token": token, "expires_in": 3600, "token_type": "Bearer"})

        def _freebusy(self, body: dict[str, Any]) -> None:
            token = self.headers.get("Authorization", "").removeprefix("Bearer ")
            if token not in state.tokens:
                self.reply(401, {"error": {"code": 401, "message": "Invalid Credentials"}})
                return
            with state.lock:
                state.queries.append({"body": body, "as": state.tokens[token]})
            low = datetime.fromisoformat(body["timeMin"])
            high = datetime.fromisoformat(body["timeMax"])
            calendars: dict[str, Any] = {}
            for item in body["items"]:
                spans = state.busy.get(item["id"])
                if spans is None:
                    calendars[item["id"]] = {"errors": [{"domain": "global", "reason": "notFound"}]}
                    continue
                calendars[item["id"]] = {
                    "busy": [
                        {"start": _z(max(s, low)), "end": _z(min(e, high))}
                        for s, e in spans
                        if s < high and low < e
                    ]
                }
            self.reply(
                200,
                {
                    "kind": "calendar#freeBusy",
                    "timeMin": _z(low),
                    "timeMax": _z(high),
                    "calendars": calendars,
                },
            )

    return Handler


def _z(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@contextmanager
def fake_google() -> Iterator[FakeGoogle]:
    """A FakeGoogle answering on 127.0.0.1 for the length of the with-block."""
    state = FakeGoogle()
    with serve(_handler(state)) as url:
        state.url = url
        yield state
