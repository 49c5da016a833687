"""Settings from the environment, a .env file or rounds.toml, validated once at start."""

from __future__ import annotations

import re
import shlex
import subprocess
import tomllib
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    StringConstraints,
    ValidationError,
    field_validator,
)
from pydantic_core import ErrorDetails
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from agent.core.slots import parse_hours
from agent.core.trust import Trust
from agent.core.zones import ZoneName
from agent.errors import ConfigError

_AGE = re.compile(r"^(\d+)\s*([dhw])$")
FIRST_RUN_SINCE = "7d"  # without ROUNDS_SINCE a first run reads only the last week's mail
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class Settings(BaseSettings):
    """Every ROUNDS_* setting; the README's configuration table lists them."""

    model_config = SettingsConfigDict(
        env_prefix="ROUNDS_",
        env_file=".env",
        extra="ignore",
        case_sensitive=False,
    )

    imap_host: str = "imap.gmail.com"
    imap_port: int = 993
    imap_ssl: bool = True
    imap_user: str = ""
    imap_password: SecretStr | None = None
    imap_folder: str = "INBOX"
    smtp_host: str = "smtp.gmail.com"
    smtp_port: int = 587
    smtp_tls: Literal["starttls", "ssl", "none"] = "starttls"
    smtp_user: str = ""
    smtp_password: SecretStr | None = None
    since: str | None = None
    oauth2_token_command: str | None = None
    # Who files sent mail in Sent; unset: the server if it is Gmail (X-GM-EXT-1), else the agent.
    sent_copy: Literal["server", "agent", "off"] | None = None
    agent_address: str = ""
    agent_name: str = "Interview Scheduling"
    recruiters: str = ""
    # a tracker file, or a PostgreSQL URL (postgresql://…) shared by many mailboxes
    db: Annotated[str, StringConstraints(pattern=r"^postgres(ql)?://")] | Path = Field(
        default=Path("rounds.json"), union_mode="left_to_right"
    )
    mailbox_id: str = Field(default="default", min_length=1)
    timezone: ZoneName = "UTC"
    business_hours: str = "09:00-17:00"
    invites: Literal["separate", "shared"] = "separate"
    approval: Literal["recruiter", "auto"] = "recruiter"
    recruiter_updates: Literal["each", "daily"] = "each"
    llm: Literal["off", "openai"] | None = None
    llm_model: str = "gpt-4o-mini"
    min_notice_hours: float = 12.0
    # whose calendar is where (a TOML file; agent/adapters/calendars/sources.py)
    calendars: Path | None = None
    # the agency's regular clients, by email domain (a TOML file; agent/core/clients.py)
    clients: Path | None = None
    buffer_minutes: int = Field(default=15, ge=0)  # kept free around a calendar's busy time
    max_interviews_per_day: int = Field(default=4, ge=1)  # per interviewer
    max_per_recipient_hour: int = Field(default=8, ge=1)
    max_per_process_day: int = Field(default=40, ge=1)
    max_recruiter_hour: int = Field(default=10, ge=1)
    summary_at: str = "Mon 08:00"
    authserv_id: str = "mx.google.com"
    # `rounds serve`: where the desk listens, the address links in emails use, who sees all.
    serve_host: str = "127.0.0.1"
    serve_port: int = 8025
    public_url: str | None = None
    admins: str = ""
    trust_unauthenticated: bool = False
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "openai_api_key")
    )
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_BASE_URL", "openai_base_url")
    )

    @field_validator("recruiters", "admins")
    @classmethod
    def _recruiters_are_addresses(cls, value: str) -> str:
        for entry in recruiter_list(value):
            if not re.fullmatch(r"[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+", entry):
                raise ValueError(
                    f"{entry!r} is not an email address "
                    "(use addresses separated by commas, such as rita@agency.com, sam@agency.com)"
                )
        return value

    @field_validator("imap_port", "smtp_port")
    @classmethod
    def _port_in_range(cls, value: int) -> int:
        if not 1 <= value <= 65535:
            raise ValueError(f"{value} is not a port number from 1 to 65535 (such as 993 or 587)")
        return value

    @field_validator("serve_port")
    @classmethod
    def _serve_port_in_range(cls, value: int) -> int:
        if not 0 <= value <= 65535:
            raise ValueError(f"{value} is not a port number from 0 (any free one) to 65535")
        return value

    @field_validator("public_url")
    @classmethod
    def _public_url_is_http(cls, value: str | None) -> str | None:
        if value and not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", value):
            raise ValueError(
                f"{value!r} is not an http(s) address (such as https://desk.agency.com)"
            )
        return value.rstrip("/") if value else value

    @field_validator("business_hours")
    @classmethod
    def _hours_parse(cls, value: str) -> str:
        parse_hours(value)
        return value

    @field_validator("summary_at")
    @classmethod
    def _summary_at_parses(cls, value: str) -> str:
        parse_weekly(value)
        return value

    @field_validator("since")
    @classmethod
    def _since_parses(cls, value: str | None) -> str | None:
        if value:
            since_cutoff(value, datetime(2000, 1, 1, tzinfo=ZoneInfo("UTC")))
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The environment wins over .env, which wins over rounds.toml (--config).
        return init_settings, env_settings, dotenv_settings, TomlConfigSettingsSource(settings_cls)

    # -- derived values ---------------------------------------------------

    @property
    def llm_enabled(self) -> bool:
        if self.llm is not None:
            return self.llm == "openai"
        return self.openai_api_key is not None or bool(self.openai_base_url)

    @property
    def recruiter_addresses(self) -> frozenset[str]:
        return frozenset(a.lower() for a in recruiter_list(self.recruiters))

    @property
    def admin_addresses(self) -> frozenset[str]:
        return frozenset(a.lower() for a in recruiter_list(self.admins))

    @property
    def trust(self) -> Trust:
        ids = frozenset(a.strip().lower().rstrip(".") for a in self.authserv_id.split(","))
        return Trust(authserv_ids=ids - {""}, unauthenticated=self.trust_unauthenticated)

    @property
    def hours(self) -> tuple[time, time]:
        return parse_hours(self.business_hours)

    @property
    def agent_domain(self) -> str:
        return self.agent_address.rpartition("@")[2] or "rounds.invalid"

    def require_mail(self) -> None:
        """Raise ConfigError naming the first setting `rounds watch` cannot do without."""
        needed = {
            "ROUNDS_IMAP_USER": self.imap_user,
            "ROUNDS_AGENT_ADDRESS": self.agent_address,
            "ROUNDS_RECRUITERS": self.recruiters,
        }
        for name, value in needed.items():
            if not value:
                raise ConfigError(f"{name} is not set")
        if "@" not in self.agent_address:
            raise ConfigError("ROUNDS_AGENT_ADDRESS must be an email address")
        if self.oauth2_token_command is None and self.imap_password is None:
            raise ConfigError(
                "ROUNDS_IMAP_PASSWORD is not set (or set ROUNDS_OAUTH2_TOKEN_COMMAND)"
            )

    def token_provider(self) -> Any:
        """A callable printing a fresh XOAUTH2 token, or None when passwords are used."""
        if not self.oauth2_token_command:
            return None
        return _TokenCommand(self.oauth2_token_command)


class _TokenCommand:
    """Runs ROUNDS_OAUTH2_TOKEN_COMMAND (or another `setting`'s command) for each login;
    its output is never logged."""

    def __init__(self, command: str, setting: str = "ROUNDS_OAUTH2_TOKEN_COMMAND") -> None:
        self._argv = shlex.split(command)
        self._setting = setting

    def __call__(self) -> str:
        try:
            done = subprocess.run(  # noqa: S603 - the operator's own configured command
                self._argv, capture_output=True, text=True, timeout=30, check=True
            )
        except (OSError, subprocess.SubprocessError) as exc:
            raise ConfigError(f"{self._setting} failed to produce a token") from exc
        token = done.stdout.strip()
        if not token:
            raise ConfigError(f"{self._setting} printed nothing")
        return token


def recruiter_list(value: str) -> list[str]:
    """ROUNDS_RECRUITERS split on commas or semicolons (Outlook copies lists with ';')."""
    return [entry.strip() for entry in re.split(r"[,;]", value) if entry.strip()]


def parse_weekly(value: str) -> tuple[int, time]:
    """'Mon 08:00' → (0, 08:00): a weekday (Monday is 0) and a time; ValueError when malformed."""
    match = re.fullmatch(r"\s*([A-Za-z]{3,9})\s+(\d{1,2}):(\d{2})\s*", value)
    name = match.group(1).lower() if match else ""
    days = [n for n, day in enumerate(_WEEKDAYS) if day.startswith(name)]
    if match is None or len(days) != 1 or int(match.group(2)) > 23 or int(match.group(3)) > 59:
        raise ValueError(f"expected a weekday and HH:MM like 'Mon 08:00', got {value!r}")
    return days[0], time(int(match.group(2)), int(match.group(3)))


def since_cutoff(value: str, now: datetime) -> datetime:
    """ROUNDS_SINCE as an aware datetime: an ISO date/datetime or an age like '7d'."""
    age = _AGE.match(value.strip())
    if age:
        unit = {"d": timedelta(days=1), "h": timedelta(hours=1), "w": timedelta(weeks=1)}
        return now - int(age.group(1)) * unit[age.group(2)]
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValueError(f"expected an ISO date or an age like 7d, got {value!r}") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=now.tzinfo)


def first_run_cutoff(value: str | None, now: datetime) -> datetime:
    """Where a first run starts reading: ROUNDS_SINCE, else FIRST_RUN_SINCE before `now`."""
    return since_cutoff(value or FIRST_RUN_SINCE, now)


def load_settings(config_path: Path | None = None) -> Settings:
    """Read and validate the settings; ConfigError names the setting at fault."""
    if config_path is not None and not config_path.is_file():
        raise ConfigError(f"--config {config_path}: no such file")

    class FromFile(Settings):
        model_config = SettingsConfigDict(**{**Settings.model_config, "toml_file": config_path})

    if config_path is not None:
        _check_toml(config_path)
    try:
        return FromFile()
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "settings"
        name = field.upper() if field.startswith("OPENAI") else f"ROUNDS_{field.upper()}"
        raise ConfigError(f"{name}: {_friendly(first)}") from None
    except ValueError as exc:
        raise ConfigError(f"configuration: {exc}") from None


def _friendly(error: ErrorDetails) -> str:
    """A validation error in plain words with an example, not pydantic's wording. The value
    is echoed only for number, yes/no and choice settings, which are never secrets."""
    kind, got, message = error["type"], error.get("input"), str(error["msg"])
    if kind == "value_error":  # our validators' own words
        return message.removeprefix("Value error, ")
    if kind in ("int_parsing", "int_from_float", "float_parsing"):
        return f"{got!r} is not a number (such as 12)"
    if kind == "bool_parsing":
        return f"{got!r} is not true or false"
    if kind == "literal_error":
        return f"{got!r} is not one of the choices: " + message.replace("Input should be ", "use ")
    if kind == "greater_than_equal":
        return f"{got} is too small: " + message.replace("Input should be ", "use a value ")
    return message


def _check_toml(path: Path) -> None:
    """A TOML error or a misspelt key names the file: a silently ignored key is a trap."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    known = {name.lower() for name in Settings.model_fields} | {"openai_api_key"}
    for key in data:
        if key.lower() not in known:
            raise ConfigError(
                f"{path}: unknown key {key!r} (keys are the setting names in lower case "
                "without ROUNDS_, such as imap_user)"
            )
