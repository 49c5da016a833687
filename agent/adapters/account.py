"""A mail server and the login to it: what the IMAP and the SMTP settings both hold."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class ServerLogin:
    """Where a mail server is and how to log in: a password, or an XOAUTH2 token provider."""

    host: str
    port: int
    password: str | None
    timeout: float = 30.0
    token: Callable[[], str] | None = None  # XOAUTH2 access token provider, used instead

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"
