"""Whose calendar is where: the ROUNDS_CALENDARS file, read once, and the readers it implies.

    tentative_busy = true                     # tentative events block time (the default)

    [people]                                  # one interviewer's calendar
    "dana@acme.com" = "caldav:https://dav.acme.example/dana/work/"
    "lee@acme.com" = { calendar = "google:lee@acme.com", zone = "Europe/London" }

    [domains]                                 # everyone at a client's domain
    "globex.com" = "microsoft"                # their own mailbox, by their address
    "hooli.com" = { calendar = "google", buffer_minutes = 30 }  # this client's own buffer
    "initech.com" = "caldav:https://dav.initech.example/{local}/calendar/"

    [caldav]        username, password, freebusy_query (true: RFC 4791 query first)
    [google]        key_file (service account, domain-wide delegation) or token_command
    [microsoft]     tenant, client_id, client_secret (application permission Calendars.Read)

A clients file can absorb [people] and [domains] later; the spec strings stay the same.
"""

from __future__ import annotations

import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
)

from agent.adapters.calendars.combined import Calendars, Reader
from agent.adapters.calendars.dav import DavCalendar
from agent.adapters.calendars.gcal import GoogleCalendar
from agent.adapters.calendars.graph import AUTHORITY, GRAPH, GraphApp, GraphCalendar
from agent.config import _TokenCommand
from agent.errors import ConfigError

Kind = Literal["caldav", "google", "microsoft"]


class Spec(BaseModel):
    """One calendar: `kind:where`, and the zone its all-day and floating events are in."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    calendar: str
    zone: str | None = None
    buffer_minutes: int | None = Field(default=None, ge=0)  # this client's, over the setting

    @field_validator("calendar")
    @classmethod
    def _kind_known(cls, value: str) -> str:
        kind, _, where = value.partition(":")
        if kind not in ("caldav", "google", "microsoft"):
            raise ValueError(
                f"{value!r}: start with caldav:, google: or microsoft: "
                '(such as "google:dana@acme.com")'
            )
        if kind == "caldav" and not where.startswith(("https://", "http://")):
            raise ValueError(f"{value!r}: caldav: takes the calendar's URL")
        return value

    @field_validator("zone")
    @classmethod
    def _zone_exists(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @property
    def kind(self) -> Kind:
        kind = self.calendar.partition(":")[0]
        assert kind in ("caldav", "google", "microsoft")
        return kind  # type: ignore[return-value]  # narrowed by the validator

    def at(self, email: str) -> str:
        """Where this spec points for `email`: a bare kind or {local}/{email} fill in."""
        where = self.calendar.partition(":")[2]
        local = email.partition("@")[0]
        return where.replace("{local}", local).replace("{email}", email) or email


def _spec_from_string(value: object) -> object:
    return {"calendar": value} if isinstance(value, str) else value


# An entry is a spec string, or a table with `calendar` and `zone`.
_Entry = Annotated[Spec, BeforeValidator(_spec_from_string)]


class CalDavAuth(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str | None = None
    password: SecretStr | None = None
    freebusy_query: bool = True


class GoogleAuth(BaseModel):
    model_config = ConfigDict(extra="forbid")
    key_file: Path | None = None
    token_command: str | None = None
    api_root: str | None = None  # another endpoint than Google's (a proxy, a test server)


class MicrosoftAuth(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tenant: str
    client_id: str
    client_secret: SecretStr
    authority: str = AUTHORITY
    graph: str = GRAPH
    ca_file: str | None = None  # a CA bundle to trust instead of the system's


class CalendarsFile(BaseModel):
    """The whole ROUNDS_CALENDARS file."""

    model_config = ConfigDict(extra="forbid")

    tentative_busy: bool = True
    people: dict[str, _Entry] = {}
    domains: dict[str, _Entry] = {}
    caldav: CalDavAuth = CalDavAuth()
    google: GoogleAuth | None = None
    microsoft: MicrosoftAuth | None = None

    def spec_for(self, email: str) -> Spec | None:
        """The calendar of `email`: their own entry, else their domain's, else None."""
        email = email.lower()
        people = {k.lower(): v for k, v in self.people.items()}
        domains = {k.lower(): v for k, v in self.domains.items()}
        return people.get(email) or domains.get(email.rpartition("@")[2])

    def secrets(self) -> list[str]:
        """Every secret in the file, for scrubbing output."""
        values = [self.caldav.password, self.microsoft.client_secret if self.microsoft else None]
        return [v.get_secret_value() for v in values if v is not None]


def load_calendars(path: Path) -> CalendarsFile:
    """Read and check ROUNDS_CALENDARS; ConfigError names the file and the key at fault."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"ROUNDS_CALENDARS {path}: cannot read ({exc.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"ROUNDS_CALENDARS {path}: not valid TOML: {exc}") from None
    try:
        found = CalendarsFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        # The input is not echoed: it may be a password.
        raise ConfigError(f"ROUNDS_CALENDARS {path}: {where}: {first['msg']}") from None
    for spec in (*found.people.values(), *found.domains.values()):
        if spec.kind == "google" and found.google is None:
            raise ConfigError(f"ROUNDS_CALENDARS {path}: google calendars need a [google] table")
        if spec.kind == "microsoft" and found.microsoft is None:
            raise ConfigError(
                f"ROUNDS_CALENDARS {path}: microsoft calendars need a [microsoft] table"
            )
    return found


class Readers:
    """The reader for each address the file covers, made on first use and kept."""

    def __init__(self, config: CalendarsFile, default_zone: str) -> None:
        self.config, self._zone = config, default_zone
        self._made: dict[str, Reader] = {}
        ms = config.microsoft
        self.graph_app = (
            GraphApp(
                tenant=ms.tenant,
                client_id=ms.client_id,
                client_secret=ms.client_secret.get_secret_value(),
                authority=ms.authority,
                verify=ms.ca_file or True,
            )
            if ms is not None
            else None
        )

    def __call__(self, email: str) -> Reader | None:
        email = email.lower()
        if email not in self._made:
            spec = self.config.spec_for(email)
            if spec is None:
                return None
            self._made[email] = self._make(email, spec)
        return self._made[email]

    def buffer(self, email: str) -> timedelta | None:
        """The buffer the file sets for `email`'s entry, if it sets one."""
        spec = self.config.spec_for(email)
        minutes = spec.buffer_minutes if spec is not None else None
        return timedelta(minutes=minutes) if minutes is not None else None

    def _make(self, email: str, spec: Spec) -> Reader:
        config, where = self.config, spec.at(email)
        if spec.kind == "caldav":
            auth = config.caldav
            return DavCalendar(
                where,
                zone=spec.zone or self._zone,
                username=auth.username,
                password=auth.password.get_secret_value() if auth.password else None,
                freebusy_query=auth.freebusy_query,
                tentative_busy=config.tentative_busy,
            )
        if spec.kind == "google":
            google = config.google
            assert google is not None  # load_calendars checked it
            command = google.token_command
            return GoogleCalendar(
                where,
                key_file=google.key_file,
                token=_TokenCommand(command, "[google] token_command") if command else None,
                api_root=google.api_root,
            )
        assert self.graph_app is not None and config.microsoft is not None
        return GraphCalendar(
            where,
            app=self.graph_app,
            graph=config.microsoft.graph,
            tentative_busy=config.tentative_busy,
        )


def calendar_freebusy(path: Path | None, default_zone: str) -> Calendars | None:
    """The FreeBusy port over the calendars ROUNDS_CALENDARS names; None when it is unset."""
    if path is None:
        return None
    readers = Readers(load_calendars(path), default_zone)
    return Calendars(readers, buffer_for=readers.buffer)
