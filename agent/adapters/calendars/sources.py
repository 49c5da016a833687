"""Whose calendar is where: the ROUNDS_CALENDARS file, read once, and the readers it implies.

    tentative_busy = true                     # tentative events block time (the default)

    [people]                                  # one interviewer's calendar
    "dana@acme.com" = "caldav:https://dav.acme.example/dana/work/"
    "lee@acme.com" = { calendar = "google:lee@acme.com", zone = "Europe/London" }

    [domains]                                 # everyone at a client's domain
    "globex.com" = "microsoft"                # their own mailbox, by their address
    "hooli.com" = { calendar = "google", buffer_minutes = 30 }  # this client's own buffer
    "initech.com" = "caldav:https://dav.initech.example/{local}/calendar/"
    "umbrella.com" = "bookings:hiring@umbrella.onmicrosoft.com"  # staff of a Bookings business

    [caldav]        username, password, freebusy_query (true: RFC 4791 query first)
    [google]        key_file (service account, domain-wide delegation) or token_command
    [microsoft]     tenant, client_id, client_secret (application permission Calendars.Read;
                    Bookings.Read.All for bookings: calendars, which use this table too)

The clients file (ROUNDS_CLIENTS) names calendars too, with the same spec strings: a
client's `calendar` for its domain, `people."<address>".calendar` for one person. They join
[domains] and [people] here; an entry in this file wins over the clients file's for the
same key. The [caldav], [google] and [microsoft] tables (the secrets) stay in this file.
"""

from __future__ import annotations

import logging
import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
)

from agent.adapters.calendars.bookings import BookingsCalendar
from agent.adapters.calendars.combined import Calendars, Reader
from agent.adapters.calendars.dav import DavCalendar
from agent.adapters.calendars.gcal import GoogleCalendar
from agent.adapters.calendars.graph import AUTHORITY, GRAPH, GraphApp, GraphCalendar
from agent.config import _TokenCommand
from agent.core.clients import KINDS, Client, ClientBook, calendar_problem
from agent.core.zones import ZoneName
from agent.errors import ConfigError

log = logging.getLogger(__name__)

Kind = Literal["caldav", "google", "microsoft", "bookings"]


class Spec(BaseModel):
    """One calendar: `kind:where`, and the zone its all-day and floating events are in."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    calendar: str
    zone: ZoneName | None = None
    buffer_minutes: int | None = Field(default=None, ge=0)  # this client's, over the setting

    @field_validator("calendar")
    @classmethod
    def _kind_known(cls, value: str) -> str:
        if problem := calendar_problem(value):
            raise ValueError(f'{problem} (such as "google:dana@acme.com")')
        return value

    @property
    def kind(self) -> Kind:
        kind = self.calendar.partition(":")[0]
        assert kind in KINDS
        return kind  # type: ignore[return-value]  # narrowed by the validator

    @property
    def table(self) -> str:
        """The ROUNDS_CALENDARS table holding this kind's credentials."""
        return "microsoft" if self.kind == "bookings" else self.kind

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

    def can_read(self, spec: Spec) -> bool:
        """Whether the file holds what reading `spec` needs (Google's, Microsoft's table)."""
        return {"caldav": True, "google": self.google is not None}.get(
            spec.table, self.microsoft is not None
        )

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
    _check_auth(found, f"ROUNDS_CALENDARS {path}")
    return found


def _check_auth(found: CalendarsFile, where: str) -> None:
    for spec in (*found.people.values(), *found.domains.values()):
        if not found.can_read(spec):
            raise ConfigError(
                f"{where}: {spec.kind} calendars need a [{spec.table}] table in ROUNDS_CALENDARS"
            )


def with_clients(found: CalendarsFile, book: ClientBook) -> CalendarsFile:
    """`found` with the calendars the clients file names, in the client's time zone and
    with its buffer; ROUNDS_CALENDARS's own entries win."""
    domains, people = book.calendars()

    def spec(calendar: str, client: Client) -> Spec:
        return Spec(calendar=calendar, zone=client.timezone, buffer_minutes=client.buffer_minutes)

    joined = found.model_copy(
        update={
            "domains": {
                **{d: spec(c.calendar or "", c) for d, c in domains.items()},
                **found.domains,
            },
            "people": {**{e: spec(cal, c) for e, (cal, c) in people.items()}, **found.people},
        }
    )
    _check_auth(joined, "ROUNDS_CLIENTS")
    return joined


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

    def named(self, email: str, calendar: str) -> Reader | None:
        """The reader of a calendar a kickoff named for `email`; None when this file has
        no credentials for its kind (the recruiter hears the calendar is unreadable)."""
        key = f"{email.lower()} {calendar}"
        if key not in self._made:
            spec = Spec(calendar=calendar)
            if not self.config.can_read(spec):
                log.warning("no [%s] table in ROUNDS_CALENDARS for %s", spec.table, email)
                return None
            # The CalDAV login goes only to servers the files name: a URL in a mail never
            # receives the agency's password.
            login = spec.kind != "caldav" or _origin(spec.at(email)) in self._dav_origins()
            self._made[key] = self._make(email.lower(), spec, login=login)
        return self._made[key]

    def _dav_origins(self) -> set[str]:
        specs = (*self.config.people.values(), *self.config.domains.values())
        return {_origin(s.calendar.partition(":")[2]) for s in specs if s.kind == "caldav"}

    def buffer(self, email: str) -> timedelta | None:
        """The buffer the file sets for `email`'s entry, if it sets one."""
        spec = self.config.spec_for(email)
        minutes = spec.buffer_minutes if spec is not None else None
        return timedelta(minutes=minutes) if minutes is not None else None

    def _make(self, email: str, spec: Spec, *, login: bool = True) -> Reader:
        config, where = self.config, spec.at(email)
        if spec.kind == "caldav":
            auth = config.caldav
            password = auth.password.get_secret_value() if auth.password and login else None
            return DavCalendar(
                where,
                zone=spec.zone or self._zone,
                username=auth.username if login else None,
                password=password,
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
        if spec.kind == "bookings":
            return BookingsCalendar(
                email, business=where, app=self.graph_app, graph=config.microsoft.graph
            )
        return GraphCalendar(
            where,
            app=self.graph_app,
            graph=config.microsoft.graph,
            tentative_busy=config.tentative_busy,
        )


def _origin(url: str) -> str:
    """`scheme://host:port` of a URL, lower case, for comparing servers."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def calendar_freebusy(
    path: Path | None, default_zone: str, book: ClientBook | None = None
) -> Calendars:
    """The FreeBusy port over the calendars ROUNDS_CALENDARS and the clients file name,
    and those a kickoff names (read with ROUNDS_CALENDARS's credentials)."""
    found = load_calendars(path) if path is not None else CalendarsFile()
    readers = Readers(with_clients(found, book or ClientBook()), default_zone)
    return Calendars(readers, buffer_for=readers.buffer, named_for=readers.named)
