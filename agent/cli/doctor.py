"""`rounds doctor`: check the settings, the tracker, IMAP, SMTP, the LLM and the calendars;
one line each.

Nothing is sent and nothing in the mailbox changes: the folder is selected read-only (the
IMAP line also tells how many messages a first run reads and who files sent mail), the
SMTP session ends after the login, and the LLM gets one tiny request. No line ever carries
a password, an OAuth token or an API key: every line is scrubbed of them before printing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import socket
import ssl
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, Any, cast
from urllib.parse import urlsplit

import aiosmtplib
import openai

from agent.adapters.calendars.bookings import staff_members
from agent.adapters.calendars.sources import CalendarsFile, Readers, load_calendars, with_clients
from agent.adapters.clients_file import check_clients
from agent.adapters.sentcopy import SENT_NAME, SentCopy
from agent.config import Settings, first_run_cutoff, load_settings
from agent.core.clients import ClientBook
from agent.core.trust import Trust, Verdict, parse_header
from agent.errors import (
    CalendarError,
    ConfigError,
    FolderMissing,
    InputError,
    LoginRefused,
    MailboxError,
    RoundsError,
    SendError,
    scrub,
)
from agent.ports import SourceProbe
from agent.wiring import imap_source, open_tracker, smtp_sender, wall_clock
from parsers.llm.extractor import LOCAL_KEY
from parsers.mail.message import parse_message
from store.postgres import redacted

TIMEOUT = 15.0  # seconds for each network step
REASON_CHARS = 200
# One prompt, answered in a word: enough to prove the key, the URL and the model name.
PING = "Reply with the single word OK."


@dataclass(frozen=True, slots=True)
class Check:
    """The verdict on one part of the setup."""

    name: str
    ok: bool
    detail: str = ""  # PASS: what was seen; FAIL/WARN: what went wrong
    fix: str = ""  # FAIL/WARN: what to change
    warn: bool = False  # ok, but worth a look: printed as WARN, exit code unchanged

    def line(self) -> str:
        if self.ok and not self.warn:
            return f"PASS {self.name}" + (f" ({self.detail})" if self.detail else "")
        return f"{'WARN' if self.ok else 'FAIL'} {self.name}: {self.detail} — fix: {self.fix}"


def _short(text: object) -> str:
    return " ".join(str(text).split())[:REASON_CHARS] or "no reason given"


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and its causes, outermost first (libraries wrap socket errors)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _network(exc: BaseException, host: str, port: int, setting: str) -> tuple[str, str] | None:
    """(reason, fix) for the failures any client shares: DNS, refusal, timeout, TLS."""
    for cause in _chain(exc):
        if isinstance(cause, socket.gaierror):
            return (
                f"cannot resolve host {host!r} ({cause.strerror or cause})",
                f"check {setting}_HOST for typos and that this machine has DNS",
            )
        if isinstance(cause, ssl.SSLCertVerificationError):
            return (
                f"TLS certificate of {host}:{port} failed verification "
                f"({cause.verify_message or cause.reason})",
                f"{setting}_HOST must be the name on the server's certificate, "
                "and the system CA store must trust its issuer",
            )
        if isinstance(cause, ssl.SSLError):
            return (
                f"TLS handshake with {host}:{port} failed ({cause.reason or cause})",
                f"check {setting}_PORT and the TLS mode: implicit TLS on 993/465, "
                "STARTTLS or none on 143/587",
            )
        if isinstance(cause, ConnectionRefusedError):
            return (
                f"{host}:{port} refused the connection",
                f"check {setting}_HOST and {setting}_PORT, and that the server is running",
            )
        if isinstance(cause, TimeoutError | aiosmtplib.SMTPTimeoutError):
            return (
                f"no answer from {host}:{port} within {TIMEOUT:.0f}s",
                f"check {setting}_HOST and {setting}_PORT, and any firewall on the way",
            )
    if isinstance(exc, OSError):
        return (
            f"cannot connect to {host}:{port} ({_short(exc)})",
            f"check {setting}_HOST and {setting}_PORT",
        )
    return None


# -- configuration ---------------------------------------------------------------------


def check_config(config_path: Any) -> tuple[Settings | None, Check]:
    """Load and validate the settings; ConfigError names the setting at fault, never its value."""
    try:
        settings = load_settings(config_path)
        settings.require_mail()
    except ConfigError as exc:
        return None, Check("config", False, str(exc), "set it in the environment, .env or --config")
    llm = settings.llm_model if settings.llm_enabled else "off"
    # Whom it obeys, so a typo in ROUNDS_RECRUITERS shows before a kickoff is ignored.
    obeys = ", ".join(sorted(settings.recruiter_addresses))
    return settings, Check(
        "config", True, f"agent {settings.agent_address}, LLM {llm}; obeys {obeys}"
    )


def check_tracker(settings: Settings) -> Check:
    """Open the tracker read-only (a running `rounds watch` keeps its lock) and count it."""
    db = settings.db
    if isinstance(db, Path) and not db.exists():
        return Check("tracker", True, f"{db}: none yet; `rounds watch` creates it")
    # A PostgreSQL URL may carry a password: never print it.
    where = str(db) if isinstance(db, Path) else redacted(db)
    try:
        with open_tracker(settings) as store:
            count = len(store.processes())
    except (RoundsError, OSError, ValueError) as exc:
        fix = (
            "restore the file from a backup, or move it aside to start afresh"
            if isinstance(db, Path)
            else "check ROUNDS_DB, and run `rounds db upgrade` once"
        )
        return Check("tracker", False, f"{where}: unreadable ({_short(exc)})", fix)
    return Check("tracker", True, f"{where}: {count} process{'' if count == 1 else 'es'}")


def _token(settings: Settings) -> tuple[str | None, Check | None]:
    """The OAuth2 access token when configured, with its own check line."""
    provider = settings.token_provider()
    if provider is None:
        return None, None
    try:
        token = str(provider())
    except ConfigError as exc:
        fix = "run the command by hand; it must print a fresh access token and nothing else"
        return None, Check("oauth2", False, str(exc), fix)
    return token, Check("oauth2", True, "the token command printed a token")


# -- IMAP ------------------------------------------------------------------------------


def _sent_copy_text(mode: SentCopy, folder: str | None, setting: SentCopy | None) -> str:
    why = "ROUNDS_SENT_COPY" if setting else "detected"
    if mode == "server":
        return f"the server ({why}: Gmail files what it sends)"
    if mode == "off":
        return "nobody (ROUNDS_SENT_COPY=off: a crash while sending may send a mail twice)"
    where = repr(folder) if folder else f"{SENT_NAME!r}, which it will create"
    return f"the agent, in {where} ({why}: the server keeps no copy unless it is Gmail)"


def _imap_text(settings: Settings, probe: SourceProbe, cutoff: date) -> str:
    idle = "yes" if probe.idle else "no, the agent will poll every 30s"
    gmail = "yes" if probe.gmail else "no"
    how = "ROUNDS_SINCE" if settings.since else "the last 7 days; ROUNDS_SINCE goes further back"
    mode = cast(SentCopy, probe.sent_copy)
    return (
        f"{settings.imap_host}:{settings.imap_port} as {settings.imap_user}, "
        f"{settings.imap_folder} has {probe.messages} messages, {probe.since} since "
        f"{cutoff.isoformat()} (a first run reads only those: {how}); IDLE {idle}; "
        f"X-GM-EXT-1 {gmail}; sent mail filed in Sent by "
        f"{_sent_copy_text(mode, probe.sent_folder, settings.sent_copy)}"
    )


async def check_imap(settings: Settings, token: str | None) -> list[Check]:
    """Log in to the IMAP server and select the watched folder; then the trust line."""
    password = settings.imap_password.get_secret_value() if settings.imap_password else None
    secrets = [password, token]
    cutoff = first_run_cutoff(settings.since, wall_clock()).date()
    source = imap_source(settings, token=(lambda: token) if token is not None else None)
    try:
        probe = await asyncio.wait_for(source.probe(cutoff), TIMEOUT * 2)
    except LoginRefused as exc:
        why = _short(scrub(str(exc.__cause__ or exc), secrets))
        reason = f"login as {settings.imap_user} refused: {why}"
        fix = (
            "check ROUNDS_OAUTH2_TOKEN_COMMAND and the token's scope https://mail.google.com/"
            if token
            else "check ROUNDS_IMAP_USER and ROUNDS_IMAP_PASSWORD (Gmail wants an app password)"
        )
        return [Check("imap", False, reason, fix)]
    except FolderMissing as exc:
        why = _short(scrub(str(exc.__cause__ or exc), secrets))
        reason = f"cannot open folder {settings.imap_folder!r}: {why}"
        return [
            Check("imap", False, reason, "check ROUNDS_IMAP_FOLDER (INBOX unless you moved it)")
        ]
    except (MailboxError, TimeoutError) as exc:
        known = _network(exc, settings.imap_host, settings.imap_port, "ROUNDS_IMAP")
        if known is None:
            why = _short(scrub(str(exc.__cause__ or exc), secrets))
            reason = f"{settings.imap_host}:{settings.imap_port}: {why}"
            known = (reason, "check ROUNDS_IMAP_PORT and ROUNDS_IMAP_SSL")
        return [Check("imap", False, *known)]
    detail = _imap_text(settings, probe, cutoff)
    return [Check("imap", True, detail), check_trust(settings.trust, probe.newest_header)]


def check_trust(trust: Trust, newest: bytes | None) -> Check:
    """Which servers' Authentication-Results count, and their verdict on the newest message."""
    ids = ", ".join(sorted(trust.authserv_ids)) or "none"
    if trust.unauthenticated:
        reason = (
            "ROUNDS_TRUST_UNAUTHENTICATED is on: mail without Authentication-Results from "
            f"{ids} is obeyed as the recruiter's, whoever sent it"
        )
        return Check(
            "trust", True, reason, "use it only on a test server or an internal relay", True
        )
    if newest is None:
        return Check("trust", True, f"authserv-id {ids}; the folder is empty")
    try:
        message = parse_message(newest)
    except InputError:
        return Check("trust", True, f"authserv-id {ids}; the newest message has no readable header")
    sender = message.sender.email if message.sender else "no sender"
    verdict = trust.of(message)
    detail = f"authserv-id {ids}; newest message, from {sender}: {verdict.value}"
    if verdict is Verdict.MISSING:
        seen = sorted(
            {
                parse_header(value)[0]
                for name, value in message.headers
                if name.lower() == "authentication-results"
            }
        )
        found = ", ".join(seen) if seen else "none at all"
        fix = f"set ROUNDS_AUTHSERV_ID to your receiving server's id (headers seen: {found})"
        return Check("trust", True, f"{detail}, no header from {ids}", fix, True)
    return Check("trust", True, detail)


# -- SMTP ------------------------------------------------------------------------------


async def check_smtp(settings: Settings, token: str | None) -> Check:
    """Connect to the SMTP server with the configured TLS and log in; no mail is sent."""
    user = settings.smtp_user or settings.imap_user
    secret = settings.smtp_password or settings.imap_password
    password = secret.get_secret_value() if secret else None
    secrets = [password, token]
    host, port = settings.smtp_host, settings.smtp_port
    sender = smtp_sender(settings, token=(lambda: token) if token is not None else None)
    try:
        detail = await asyncio.wait_for(sender.probe(), TIMEOUT * 3)
    except (SendError, TimeoutError) as exc:
        cause = exc.__cause__ or exc
        if isinstance(cause, aiosmtplib.SMTPAuthenticationError):
            reason = (
                f"login as {user} refused: {cause.code} {_short(scrub(cause.message, secrets))}"
            )
            fix = (
                "check ROUNDS_OAUTH2_TOKEN_COMMAND"
                if token
                else "check ROUNDS_SMTP_USER and ROUNDS_SMTP_PASSWORD"
                " (they default to the IMAP ones)"
            )
            return Check("smtp", False, reason, fix)
        if isinstance(cause, aiosmtplib.SMTPNotSupported):
            reason = f"{host}:{port}: {_short(scrub(str(cause), secrets))}"
            return Check(
                "smtp", False, reason, "check ROUNDS_SMTP_TLS (starttls on 587, ssl on 465)"
            )
        known = _network(exc, host, port, "ROUNDS_SMTP")
        if known is None:
            reason = f"{host}:{port}: {_short(scrub(str(cause), secrets))}"
            known = (reason, "check ROUNDS_SMTP_PORT and ROUNDS_SMTP_TLS")
        return Check("smtp", False, *known)
    return Check("smtp", True, detail)


# -- LLM -------------------------------------------------------------------------------


async def check_llm(settings: Settings) -> Check | None:
    """One tiny chat request to the configured model; None when the LLM is off."""
    if not settings.llm_enabled:
        return None
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    if key is None and not settings.openai_base_url:
        return Check("llm", False, "no API key", "set OPENAI_API_KEY, or ROUNDS_LLM=off")
    where = settings.openai_base_url or "api.openai.com"
    client = openai.AsyncOpenAI(
        api_key=key or LOCAL_KEY,
        base_url=settings.openai_base_url,
        timeout=TIMEOUT,
        max_retries=0,
    )
    try:
        await client.chat.completions.create(
            model=settings.llm_model, messages=[{"role": "user", "content": PING}]
        )
    except openai.AuthenticationError:
        return Check(
            "llm", False, f"{where} refused the API key (HTTP 401)", "check OPENAI_API_KEY"
        )
    except openai.NotFoundError:
        reason = f"{where} knows no model {settings.llm_model!r} or no chat endpoint (HTTP 404)"
        return Check("llm", False, reason, "check ROUNDS_LLM_MODEL and OPENAI_BASE_URL (…/v1)")
    except openai.APIStatusError as exc:
        # The body can echo the key it was sent: the status says enough.
        reason = f"{where} answered HTTP {exc.status_code}"
        return Check("llm", False, reason, "check OPENAI_BASE_URL, the model and the account")
    except openai.APITimeoutError:
        reason = f"no answer from {where} within {TIMEOUT:.0f}s"
        return Check("llm", False, reason, "check OPENAI_BASE_URL and that the server is up")
    except openai.APIConnectionError as exc:
        url = urlsplit(settings.openai_base_url or "https://api.openai.com/v1")
        known = _network(exc, url.hostname or where, url.port or 443, "OPENAI_BASE_URL")
        reason = known[0] if known else f"cannot reach {where}"
        return Check("llm", False, reason, "check OPENAI_BASE_URL and that the server is up")
    finally:
        await client.close()
    return Check("llm", True, f"model {settings.llm_model} at {where} answered")


# -- calendars -------------------------------------------------------------------------


def check_clients_file(settings: Settings) -> Check | None:
    """One line for ROUNDS_CLIENTS: how many clients, or its first problem and how many."""
    if settings.clients is None:
        return None
    try:
        book, problems = check_clients(settings.clients)
    except ConfigError as exc:
        return Check("clients file", False, str(exc), "set ROUNDS_CLIENTS to a readable file")
    if problems:
        more = f" (and {len(problems) - 1} more)" if problems[1:] else ""
        return Check("clients file", False, problems[0] + more, "run `rounds clients check`")
    return Check("clients file", True, f"{len(book.clients)} clients in {settings.clients}")


async def check_calendars(settings: Settings) -> list[Check]:
    """One line per calendar in ROUNDS_CALENDARS and the clients file: each person's is
    read for the next week; a domain's is read per interviewer, so only its credentials
    are checked here."""
    if settings.calendars is None and settings.clients is None:
        return []
    try:
        found = load_calendars(settings.calendars) if settings.calendars else CalendarsFile()
        book, _ = check_clients(settings.clients) if settings.clients else (ClientBook(), [])
        config = with_clients(found, book)
    except ConfigError as exc:
        return [Check("calendars", False, str(exc), "fix the file; the README shows its keys")]
    readers = Readers(config, settings.timezone)
    now = datetime.now(UTC)
    checks = await asyncio.gather(
        *(_check_reader(email, readers, now) for email in config.people),
        *(_check_domain(domain, readers) for domain in config.domains),
    )
    return list(checks)


async def _check_reader(email: str, readers: Readers, now: datetime) -> Check:
    reader = readers(email)
    assert reader is not None  # every [people] entry has one
    name = f"calendar {email.lower()}"
    try:
        busy = await reader.read(now, now + timedelta(days=7))
    except CalendarError as exc:
        return Check(name, False, _short(exc), "check the URL or address and the credentials")
    return Check(name, True, f"{reader.source}: {len(busy)} busy spans in the next 7 days")


async def _check_domain(domain: str, readers: Readers) -> Check:
    spec = readers.config.spec_for(f"x@{domain}")
    assert spec is not None
    name = f"calendars @{domain.lower()}"
    if spec.kind == "microsoft" and readers.graph_app is not None:
        try:
            await asyncio.to_thread(readers.graph_app.token)
        except CalendarError as exc:
            fix = "check [microsoft] tenant, client_id, client_secret and admin consent"
            return Check(name, False, _short(exc), fix)
        return Check(name, True, "microsoft: the tenant issued a token; read per interviewer")
    microsoft = readers.config.microsoft
    if spec.kind == "bookings" and readers.graph_app is not None and microsoft is not None:
        business = spec.at(f"x@{domain}")
        try:
            staff = await staff_members(readers.graph_app, business, microsoft.graph)
        except CalendarError as exc:
            fix = "check the business id, [microsoft] and the permission Bookings.Read.All"
            return Check(name, False, _short(exc), fix)
        found = f"bookings: {business} lists {len(staff)} staff members with an address"
        return Check(name, True, f"{found}; read per interviewer")
    return Check(name, True, f"{spec.kind}: read per interviewer, when one is asked for")


# -- all of it -------------------------------------------------------------------------


async def run_checks(settings: Settings) -> list[Check]:
    """Every check the settings call for, in a fixed order."""
    token, oauth = await asyncio.to_thread(_token, settings)
    checks: list[Check] = [oauth] if oauth is not None else []
    if oauth is not None and not oauth.ok:
        return checks
    imap, smtp, llm, calendars = await asyncio.gather(
        check_imap(settings, token),
        check_smtp(settings, token),
        check_llm(settings),
        check_calendars(settings),
    )
    clients = check_clients_file(settings)
    return [
        *checks,
        *imap,
        smtp,
        *([llm] if llm is not None else []),
        *([clients] if clients is not None else []),
        *calendars,
    ]


def _secrets(settings: Settings | None) -> list[str]:
    if settings is None:
        return []
    values = (settings.imap_password, settings.smtp_password, settings.openai_api_key)
    secrets = [v.get_secret_value() for v in values if v is not None]
    with contextlib.suppress(ConfigError):
        secrets += load_calendars(settings.calendars).secrets() if settings.calendars else []
    return secrets


def diagnose(config_path: Any, out: IO[str]) -> int:
    """Print one line per check to `out`; 0 when every check passed, else 1."""
    settings, config = check_config(config_path)
    checks = [config]
    if settings is not None:
        checks.append(check_tracker(settings))
        checks += asyncio.run(run_checks(settings))
    secrets = _secrets(settings)
    for check in checks:
        out.write(scrub(check.line(), secrets) + "\n")
    out.flush()
    return 0 if all(c.ok for c in checks) else 1


def main(args: argparse.Namespace) -> int:
    """`rounds doctor`: reads the settings itself, so a bad one is a FAIL line, not exit 2."""
    return diagnose(args.config, sys.stdout)
