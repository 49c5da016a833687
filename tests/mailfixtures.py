"""Pytest plugin: real loopback mail servers (pymap, aiosmtpd) and the adapters bound to them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from email.message import EmailMessage

import pytest

from agent.adapters.mailbox import ImapMailbox
from agent.adapters.mailer import SmtpSender
from agent.dev.sandbox import MailServers


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


def calendar_mail(
    events: int, *, summary_chars: int = 20, sender: str = "mallory@evil.test"
) -> bytes:
    """A mail with a text/calendar REQUEST of `events` VEVENTs, each with a long SUMMARY."""
    vevents = "".join(
        f"BEGIN:VEVENT\r\nUID:e{n}@evil.test\r\nDTSTART:20261201T100000Z\r\n"
        f"DTEND:20261201T110000Z\r\nSUMMARY:{'A' * summary_chars}\r\nEND:VEVENT\r\n"
        for n in range(events)
    )
    calendar = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n{vevents}END:VCALENDAR\r\n"
    message = EmailMessage()
    message["From"] = f"Sender <{sender}>"
    message["To"] = "agent@rounds.test"
    message["Subject"] = "Invitation"
    message["Message-ID"] = f"<cal.{events}.{summary_chars}@evil.test>"
    message.set_content("See the invitation.")
    message.add_alternative(calendar, subtype="calendar", params={"method": "REQUEST"})
    return bytes(message)
