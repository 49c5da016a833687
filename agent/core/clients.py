"""The agency's regular clients (the ROUNDS_CLIENTS file), keyed by email domain, and
what their entries give a round.

Precedence, strongest first: the kickoff, the client's feedback or a recruiter command;
the client's entry for that round number; the client's own entry; the settings. The
file is read once by the adapters; the core gets it as this typed data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import time
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from agent.core.place import Format, Place, place_problems
from agent.core.slots import parse_hours
from agent.core.zones import ZoneName

DOMAIN = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+")
_PERSON = re.compile(r"\s*(?:(?P<name>[^<>]*?)\s*<(?P<inner>[^<>\s]+)>|(?P<bare>[^<>\s]+))\s*")
_EMAIL = re.compile(r"[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+")
KINDS = ("caldav", "google", "microsoft", "bookings")
# Kinds whose `kind:address` names the person; caldav: names a URL, bookings: a business.
PERSONAL = ("google", "microsoft")

# One right value per key, shown with each problem so the fix is a copy away.
EXAMPLES = {
    "company": 'company = "Acme Corp"',
    "timezone": 'timezone = "America/Toronto"',
    "business_hours": 'business_hours = "09:00-17:00"',
    "buffer_minutes": "buffer_minutes = 15",
    "format": 'format = "video"',
    "link": 'link = "https://meet.acme.example/recruiting"',
    "address": 'address = "12 King St W, 3rd floor, Toronto"',
    "calendar": 'calendar = "caldav:https://dav.acme.example/dana/"',
    "minutes": "minutes = 60",
    "interviewers": 'interviewers = ["Dana Lee <dana@acme.example>"]',
    "rounds": '[clients."acme.example".rounds.2]',
    "people": '[clients."acme.example".people."dana@acme.example"]',
    "clients": '[clients."acme.example"]',
}


def calendar_problem(spec: str) -> str | None:
    """What is wrong with a calendar spec string (`caldav:URL`, `google[:address]`,
    `microsoft[:address]`, `bookings:businessId`), or None."""
    kind, _, where = spec.partition(":")
    if kind not in KINDS:
        return f"{spec[:80]!r} is no calendar: start with caldav:, google, microsoft or bookings:"
    if kind == "caldav" and not re.fullmatch(r"https?://[^\s<>\"']+", where):
        return f"{spec[:80]!r}: caldav: takes the calendar's http(s) URL"
    if kind == "bookings" and not _EMAIL.fullmatch(where):
        # A booking business's id is its mailbox address, e.g. hiring@acme.onmicrosoft.com.
        return f"{spec[:80]!r}: bookings: takes the booking business's id (its address)"
    if kind in PERSONAL and where and not _EMAIL.fullmatch(where):
        return f"{spec[:80]!r}: {kind}: takes an email address (or nothing: each person's own)"
    return None


def name_and_address(value: str) -> tuple[str, str] | None:
    """`Dana Lee <dana@acme.example>` or `dana@acme.example` → (name, address); None if neither."""
    hit = _PERSON.fullmatch(value)
    email = (hit.group("inner") or hit.group("bare")) if hit else ""
    if hit is None or not _EMAIL.fullmatch(email):
        return None
    return (hit.group("name") or "").strip(" \"'"), email.lower()


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    @field_validator("link", "address", check_fields=False)
    @classmethod
    def _place_clean(cls, value: str, info: ValidationInfo) -> str:
        # place_problems calls the address "location", as a place does.
        key = "link" if info.field_name == "link" else "location"
        if problems := place_problems({key: value}):
            raise ValueError(problems[0])
        return value


class ClientRound(_Entry):
    """The client's usual round `n`: its length, place and interviewers."""

    minutes: int | None = Field(default=None, ge=10, le=480)
    format: Format | None = None
    link: str = ""
    address: str = ""
    interviewers: tuple[str, ...] = ()  # "Name <address>", at the client's own domain

    @field_validator("interviewers")
    @classmethod
    def _people(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for entry in value:
            if name_and_address(entry) is None:
                raise ValueError(f"{entry[:80]!r} is not Name <address> or an address")
        return value

    def people(self) -> tuple[tuple[str, str], ...]:
        return tuple(p for p in map(name_and_address, self.interviewers) if p is not None)


class ClientPerson(_Entry):
    """One of the client's people: where their calendar is."""

    calendar: str

    @field_validator("calendar")
    @classmethod
    def _spec(cls, value: str) -> str:
        if problem := calendar_problem(value):
            raise ValueError(problem)
        return value


class Client(_Entry):
    """One client: company, zone and hours, the usual place, rounds, buffers, calendars."""

    company: str = Field(default="", max_length=100)
    timezone: ZoneName | None = None
    business_hours: str | None = None
    buffer_minutes: int | None = Field(default=None, ge=0, le=240)
    format: Format | None = None
    link: str = ""
    address: str = ""
    calendar: str | None = None  # everyone at the domain; same spec strings as ROUNDS_CALENDARS
    rounds: dict[int, ClientRound] = {}
    people: dict[str, ClientPerson] = {}

    @field_validator("business_hours")
    @classmethod
    def _hours(cls, value: str | None) -> str | None:
        if value is not None:
            parse_hours(value)
        return value

    @field_validator("calendar")
    @classmethod
    def _spec(cls, value: str | None) -> str | None:
        if value is not None and (problem := calendar_problem(value)):
            raise ValueError(problem)
        return value

    @field_validator("rounds")
    @classmethod
    def _numbers(cls, value: dict[int, ClientRound]) -> dict[int, ClientRound]:
        if wrong := [n for n in value if not 1 <= n <= 20]:
            raise ValueError(f"round {wrong[0]} is not a round number from 1 to 20")
        return value

    @property
    def hours(self) -> tuple[time, time] | None:
        return parse_hours(self.business_hours) if self.business_hours else None

    def place(self, number: int, said: Format | None = None) -> Place:
        """Round `number`'s place by this entry: the round's values over the client's, in the
        format `said` (the kickoff's or feedback's) when one was said. A link goes with a
        video or phone round, an address with an onsite one."""
        entry = self.rounds.get(number, ClientRound())
        link, address = entry.link or self.link, entry.address or self.address
        fmt = said or entry.format or self.format
        if fmt is None:
            fmt = Format.VIDEO if link else Format.ONSITE if address else None
        return Place(
            format=fmt,
            link=link if fmt in (Format.VIDEO, Format.PHONE) else "",
            location=address if fmt == Format.ONSITE else "",
        )


class ClientBook(BaseModel):
    """The whole clients file: `[clients."<domain>"]` tables."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    clients: dict[str, Client] = {}

    def find(self, emails: Iterable[str]) -> tuple[str, Client] | None:
        """The entry of the first address whose domain has one, with that domain."""
        for email in emails:
            domain = email.lower().rpartition("@")[2]
            if domain in self.clients:
                return domain, self.clients[domain]
        return None

    def calendars(self) -> tuple[dict[str, Client], dict[str, tuple[str, Client]]]:
        """The calendar entries the file names: by domain, and by person (with their client)."""
        domains = {d: c for d, c in self.clients.items() if c.calendar}
        people = {
            e.lower(): (p.calendar, c) for c in self.clients.values() for e, p in c.people.items()
        }
        return domains, people


def read_book(data: Mapping[str, Any]) -> tuple[ClientBook, list[tuple[str, str, str]]]:
    """The clients file's TOML data as a ClientBook, and its problems as (key path, what is
    wrong, an example of a right value); a client with a problem is left out of the book."""
    problems: list[tuple[str, str, str]] = []
    for key in data:
        if key != "clients":
            problems.append(
                (
                    key,
                    'unknown key (the file holds [clients."<domain>"] tables)',
                    EXAMPLES["clients"],
                )
            )
    raw = data.get("clients", {})
    if not isinstance(raw, Mapping):
        return ClientBook(), [*problems, ("clients", "is not a table", EXAMPLES["clients"])]
    good: dict[str, Client] = {}
    for domain, entry in raw.items():
        at = f'clients."{domain}"'
        found = _client_problems(domain, entry, at)
        problems += found
        if not found:
            good[domain] = Client.model_validate(entry)
    return ClientBook(clients=good), problems


def _client_problems(domain: str, entry: object, at: str) -> list[tuple[str, str, str]]:
    """Every problem of one client's entry: its shape and values, then whether its people
    are at its own domain (read from the raw table, so they show beside other problems)."""
    if not DOMAIN.fullmatch(domain):
        return [(at, "is not an email domain in lower case", EXAMPLES["clients"])]
    try:
        Client.model_validate(entry)
        problems = []
    except ValidationError as exc:
        problems = [_problem(at, error) for error in exc.errors()]
    raw = entry if isinstance(entry, Mapping) else {}
    rounds = raw.get("rounds", {})
    for number, rnd in rounds.items() if isinstance(rounds, Mapping) else ():
        listed = rnd.get("interviewers", []) if isinstance(rnd, Mapping) else []
        for found in (name_and_address(p) for p in listed if isinstance(p, str)):
            if found is not None and found[1].rpartition("@")[2] != domain:
                what = f"{found[0] or found[1]} <{found[1]}> is not at {domain}"
                problems.append(
                    (f"{at}.rounds.{number}.interviewers", what, EXAMPLES["interviewers"])
                )
    people = raw.get("people", {})
    for email in people if isinstance(people, Mapping) else ():
        if name_and_address(email) is None or email.lower().rpartition("@")[2] != domain:
            what = f"is not an address at {domain}"
            problems.append((f'{at}.people."{email}"', what, EXAMPLES["people"]))
    return problems


def _problem(at: str, error: Any) -> tuple[str, str, str]:
    """One pydantic error as (key path, what is wrong in plain words, an example)."""
    loc = [str(p) for p in error["loc"] if p != "[key]"]  # a dict key's own error
    path = ".".join([at, *(f'"{p}"' if "@" in p or "." in p else p for p in loc)])
    key = next((p for p in reversed(loc) if p in EXAMPLES), loc[0] if loc else "clients")
    kind, got = error["type"], error.get("input")
    bound = str(error["msg"]).removeprefix("Input should be ")
    words = {
        "extra_forbidden": "unknown key (the README's Clients file section lists the keys)",
        "enum": f"{got!r} is none of video, phone, onsite",
        "missing": "is missing",
        "int_parsing": f"{got!r} is not a whole number",
        "int_type": f"{got!r} is not a whole number",
        "string_type": f"{got!r} is not text in quotes",
        "dict_type": "is not a table",
        "tuple_type": "is not a list",
        "greater_than_equal": f"{got!r} is too small ({bound})",
        "less_than_equal": f"{got!r} is too large ({bound})",
        "string_too_long": "is too long (at most 100 characters)",
    }
    if kind == "extra_forbidden":
        model = Client if len(loc) == 1 else ClientRound if loc[0] == "rounds" else ClientPerson
        words[kind] = f"unknown key (the keys here: {', '.join(model.model_fields)})"
        key = {Client: "clients", ClientRound: "rounds"}.get(model, "people")
    if kind == "int_parsing" and loc[:1] == ["rounds"] and len(loc) == 2:
        words[kind] = f"{got!r} is not a round number"
    message = words.get(kind) or str(error["msg"]).removeprefix("Value error, ")
    return path, message, EXAMPLES.get(key, EXAMPLES["clients"])
