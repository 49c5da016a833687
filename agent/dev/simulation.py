"""Simulated people for the demo and the tests: they read and write mail, on the sandbox's
servers or on the in-memory account."""

from __future__ import annotations

import email
import email.policy
import secrets
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses
from typing import Protocol

from icalendar import Calendar, Event, vCalAddress

from agent.adapters.memory import Captured


class Post(Protocol):
    """Where the people's mail goes: the sandbox's MailServers, or a MemoryMail."""

    sent: list[Captured]  # every message the outgoing server accepted

    async def deliver(
        self, raw: bytes, *, when: datetime | None = None, verdict: str | None = "pass"
    ) -> None:
        """Put `raw` into the agent's inbox, as if it had arrived."""
        ...


def parse_mail(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def text_of(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    return body.get_content() if body is not None else ""


def calendar_of(message: EmailMessage) -> Calendar | None:
    for part in message.walk():
        if part.get_content_type() == "text/calendar":
            return Calendar.from_ical(part.get_content())
    return None


@dataclass(frozen=True, slots=True)
class Actor:
    """A candidate, client or recruiter with a mailbox of their own (the captured SMTP mail)."""

    name: str
    email: str

    @property
    def formatted(self) -> str:
        return formataddr((self.name, self.email))

    def inbox(self, servers: Post) -> list[EmailMessage]:
        """Every captured message addressed to this actor, oldest first."""
        return [
            parse_mail(c.raw) for c in servers.sent if self.email in (r.lower() for r in c.rcpt_tos)
        ]

    def last(self, servers: Post) -> EmailMessage:
        mail = self.inbox(servers)
        assert mail, f"{self.email} has received nothing"
        return mail[-1]

    def _message(self, *, to: str, subject: str, text: str, now: datetime) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.formatted
        message["To"] = to
        message["Subject"] = subject
        message["Date"] = format_datetime(now)
        domain = self.email.rpartition("@")[2]
        message["Message-ID"] = f"<sim.{secrets.token_hex(8)}@{domain}>"
        message.set_content(text)
        return message

    async def send(
        self,
        servers: Post,
        *,
        to: str,
        subject: str,
        text: str,
        now: datetime,
        cc: str | None = None,
    ) -> EmailMessage:
        """Write a new email into the agent's inbox (and return it)."""
        message = self._message(to=to, subject=subject, text=text, now=now)
        if cc:
            message["Cc"] = cc
        await servers.deliver(bytes(message), when=now)
        return message

    async def reply(
        self,
        servers: Post,
        text: str,
        *,
        now: datetime,
        to: EmailMessage | None = None,
        calendar: str | None = None,
    ) -> EmailMessage:
        """Reply to the agent's latest email to this actor (or to `to`), as a mail client does."""
        original = to or self.last(servers)
        reply_to = original.get("Reply-To") or original["From"]
        address = getaddresses([str(reply_to)])[0][1]
        subject = str(original["Subject"])
        quoted = "\n".join(f"> {line}" for line in text_of(original).splitlines())
        on = f"On {original['Date']}, {original['From']} wrote:"
        message = self._message(
            to=address,
            subject=subject if subject.lower().startswith("re:") else f"Re: {subject}",
            text=f"{text}\n\n{on}\n{quoted}\n",
            now=now,
        )
        mid = str(original["Message-ID"])
        message["In-Reply-To"] = mid
        message["References"] = f"{original.get('References', '')} {mid}".strip()
        if calendar is not None:
            message.add_alternative(calendar, subtype="calendar", params={"method": "REPLY"})
        await servers.deliver(bytes(message), when=now)
        return message

    def rsvp(self, invite: Calendar, partstat: str, *, now: datetime) -> str:
        """The iTIP REPLY a calendar client sends for `invite`."""
        event = next(iter(invite.walk("VEVENT")))
        calendar = Calendar()
        calendar.add("prodid", "-//rounds simulation//EN")
        calendar.add("version", "2.0")
        calendar.add("method", "REPLY")
        answer = Event()
        for key in ("uid", "sequence", "dtstart", "dtend", "organizer"):
            if key in event:
                answer[key] = event[key]
        answer.add("dtstamp", now)
        attendee = vCalAddress(f"mailto:{self.email}")
        attendee.params["PARTSTAT"] = partstat
        attendee.params["CN"] = self.name
        answer.add("attendee", attendee)
        calendar.add_component(answer)
        data: bytes = calendar.to_ical()
        return data.decode()
