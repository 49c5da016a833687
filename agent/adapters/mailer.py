"""SMTP sender: aiosmtplib with explicit TLS, password or XOAUTH2, errors mapped to SendError."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import aiosmtplib

from agent.adapters.account import ServerLogin
from agent.errors import RecipientsRefused, SendError, scrub


@dataclass(frozen=True, slots=True, kw_only=True)
class SmtpSettings(ServerLogin):
    """Where to send and how: the server and login, and the TLS mode."""

    tls: Literal["starttls", "ssl", "none"]
    user: str | None


def _permanent(code: int) -> bool:
    return 500 <= code < 600


class SmtpSender:
    """Sends one message per connection; a connection never outlives its message."""

    def __init__(self, settings: SmtpSettings) -> None:
        self._settings = settings

    async def probe(self) -> str:
        """Connect with the configured TLS and log in, as a send does; send nothing.

        Raises SendError from the library's own error (its `__cause__`), so that
        `rounds doctor` can tell a refused login from a TLS mismatch or a network fault.
        """
        settings = self._settings
        smtp = aiosmtplib.SMTP(
            hostname=settings.host,
            port=settings.port,
            timeout=settings.timeout,
            use_tls=settings.tls == "ssl",
            # Explicit False: the default None silently stays plaintext without STARTTLS.
            start_tls=settings.tls == "starttls",
        )
        token = None
        try:
            await smtp.connect()
            try:
                if settings.token is not None:
                    token = await asyncio.to_thread(settings.token)
                    await smtp.auth_xoauth2(settings.user or "", token)
                else:
                    await smtp.login(settings.user or "", settings.password or "")
            finally:
                with contextlib.suppress(aiosmtplib.SMTPException, OSError):
                    await smtp.quit()
        except (aiosmtplib.SMTPException, OSError) as exc:
            text = scrub(str(exc) or type(exc).__name__, [settings.password, token])
            raise SendError(f"SMTP {settings.where}: {text}") from exc
        tls = {"ssl": "implicit TLS", "starttls": "STARTTLS", "none": "no TLS"}[settings.tls]
        return f"{settings.where}, {tls}, logged in as {settings.user}; nothing sent"

    async def send(
        self, message: bytes, *, sender: str, recipients: Sequence[str]
    ) -> dict[str, str]:
        """Send `message`; return the recipients the server refused, {address: reason}.

        Raises RecipientsRefused when the message is refused for good (every recipient, or
        a 5xx on the content), SendError when a later try may work (no connection, timeout,
        4xx, TLS or login trouble).
        """
        settings = self._settings
        secrets: list[str | None] = [settings.password]
        where = settings.where
        token_generator: Callable[[], Awaitable[str]] | None = None
        if settings.token is not None:
            provider = settings.token

            async def fetch_token() -> str:
                try:
                    # A provider may refresh over the network: keep it off the event loop.
                    token = await asyncio.to_thread(provider)
                except Exception as exc:
                    # Its own message may quote a refresh token; name the type only.
                    raise SendError(
                        f"SMTP {where}: the OAuth token provider failed ({type(exc).__name__})"
                    ) from exc
                secrets.append(token)
                return token

            token_generator = fetch_token

        try:
            refused, _ = await aiosmtplib.send(
                message,
                sender=sender,
                recipients=list(recipients),
                hostname=settings.host,
                port=settings.port,
                username=settings.user,
                password=None if token_generator else settings.password,
                oauth_token_generator=token_generator,
                timeout=settings.timeout,
                use_tls=settings.tls == "ssl",
                # Explicit False: the default None silently stays plaintext without STARTTLS.
                start_tls=settings.tls == "starttls",
            )
        except SendError:
            raise
        except aiosmtplib.SMTPRecipientsRefused as exc:
            reasons = "; ".join(
                f"{r.recipient}: {r.code} {scrub(r.message, secrets)}" for r in exc.recipients
            )
            if all(_permanent(r.code) for r in exc.recipients):
                raise RecipientsRefused(f"SMTP {where} refused every recipient: {reasons}") from exc
            raise SendError(f"SMTP {where} deferred the recipients: {reasons}") from exc
        except aiosmtplib.SMTPAuthenticationError as exc:
            text = scrub(exc.message, secrets)
            raise SendError(
                f"SMTP login to {where} as {settings.user} refused: {exc.code} {text}"
            ) from exc
        except aiosmtplib.SMTPSenderRefused as exc:
            # A refused sender is the account's setup, not this message: retry, then fail.
            text = scrub(exc.message, secrets)
            raise SendError(f"SMTP {where} refused sender {sender}: {exc.code} {text}") from exc
        except aiosmtplib.SMTPDataError as exc:
            text = f"SMTP {where} answered {exc.code} {scrub(exc.message, secrets)} to the message"
            if _permanent(exc.code):
                raise RecipientsRefused(text) from exc
            raise SendError(text) from exc
        except aiosmtplib.SMTPResponseException as exc:
            # HELO, connect or other session-level refusals say nothing about this message.
            text = scrub(exc.message, secrets)
            raise SendError(f"SMTP {where} answered {exc.code} {text}") from exc
        except ssl.SSLCertVerificationError as exc:
            raise SendError(
                f"SMTP {where}: TLS certificate failed verification ({exc.verify_message})"
            ) from exc
        except aiosmtplib.SMTPNotSupported as exc:
            raise SendError(f"SMTP {where}: {scrub(str(exc), secrets)}") from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            text = scrub(str(exc) or type(exc).__name__, secrets)
            raise SendError(f"cannot send through SMTP server {where}: {text}") from exc
        return {
            address: f"{response.code} {scrub(response.message, secrets)}"
            for address, response in refused.items()
        }
