"""Pytest plugin: real loopback mail servers (pymap, aiosmtpd) and the adapters bound to them."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from agent.mailbox import ImapMailbox
from agent.mailer import SmtpSender
from agent.sandbox import MailServers


def quick_backoff(attempt: int) -> float:
    """Reconnect pauses short enough for tests, still growing with each attempt."""
    return min(1.0, 0.05 * attempt)


@pytest.fixture
async def mail_servers() -> AsyncIterator[MailServers]:
    """A pymap IMAP server and an aiosmtpd SMTP server on loopback, stopped afterwards."""
    async with MailServers() as servers:
        yield servers


@pytest.fixture
async def imap_mailbox(mail_servers: MailServers) -> AsyncIterator[ImapMailbox]:
    """The agent's inbox on `mail_servers`, with quick reconnect backoff; closed afterwards."""
    mailbox = ImapMailbox(mail_servers.imap_settings(), backoff=quick_backoff)
    yield mailbox
    await mailbox.close()


@pytest.fixture
def smtp_sender(mail_servers: MailServers) -> SmtpSender:
    """A sender that logs in to `mail_servers` as the agent's user."""
    return SmtpSender(mail_servers.smtp_settings())
