"""Outgoing mail as a value, and its rendering to RFC 5322 bytes with inbound text neutralised."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from email.header import Header, decode_header, make_header
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import Any

from agent.errors import InputError
from parsers.model import Address

SUBJECT_CHARS = 200
NAME_CHARS = 100
ID_CHARS = 250
REFERENCES_KEPT = 20  # the thread root and the latest ids are what clients thread by
CALENDAR_METHODS = frozenset({"REQUEST", "CANCEL", "PUBLISH", "REPLY", "COUNTER"})
# RFC 3834: every mail of ours is automatic, so other agents and auto-responders stay quiet;
# a reply sent because a message arrived (the "your recruiter will answer" kind) says so.
AUTO_GENERATED = "auto-generated"
AUTO_REPLIED = "auto-replied"

# 7bit: non-ASCII bodies go out quoted-printable or base64, so no server needs 8BITMIME.
POLICY = SMTP.clone(cte_type="7bit")

_ID = re.compile(r"[!#$%&'*+/=?^_`{|}~.0-9A-Za-z-]+@[!#$%&'*+/=?^_`{|}~.0-9A-Za-z\[\]:-]+")
_TOKEN = re.compile(r"[!#$%&'*+/=?^_`{|}~.0-9A-Za-z-]+")
_DOMAIN = re.compile(r"[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class OutgoingMail:
    """One email the agent will send; its Message-ID is fixed when it is queued."""

    message_id: str  # without <>
    to: tuple[Address, ...]
    subject: str
    text: str
    cc: tuple[Address, ...] = ()
    reply_to: Address | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    calendar: str | None = None  # iCalendar text, built elsewhere
    calendar_method: str | None = None  # REQUEST | CANCEL
    html: str | None = None
    auto: str = AUTO_GENERATED  # the Auto-Submitted value: AUTO_GENERATED or AUTO_REPLIED

    def to_json(self) -> dict[str, Any]:
        return {
            "message_id": self.message_id,
            "to": [_address_json(a) for a in self.to],
            "subject": self.subject,
            "text": self.text,
            "cc": [_address_json(a) for a in self.cc],
            "reply_to": _address_json(self.reply_to) if self.reply_to else None,
            "in_reply_to": self.in_reply_to,
            "references": list(self.references),
            "calendar": self.calendar,
            "calendar_method": self.calendar_method,
            "html": self.html,
            "auto": self.auto,
        }

    @classmethod
    def from_json(cls, data: Any) -> OutgoingMail:
        """Read back `to_json` output; extra keys (the outbox's status fields) are ignored."""
        try:
            reply_to = data.get("reply_to")
            return cls(
                message_id=_text(data["message_id"]),
                to=tuple(_address_from(a) for a in data["to"]),
                subject=_text(data["subject"]),
                text=_text(data["text"]),
                cc=tuple(_address_from(a) for a in data.get("cc") or ()),
                reply_to=_address_from(reply_to) if reply_to else None,
                in_reply_to=_optional_text(data.get("in_reply_to")),
                references=tuple(_text(r) for r in data.get("references") or ()),
                calendar=_optional_text(data.get("calendar")),
                calendar_method=_optional_text(data.get("calendar_method")),
                html=_optional_text(data.get("html")),
                # Outbox documents queued before the field existed were all auto-generated.
                auto=AUTO_REPLIED if data.get("auto") == AUTO_REPLIED else AUTO_GENERATED,
            )
        except (AttributeError, KeyError, TypeError) as exc:
            raise InputError(f"bad outgoing mail document: {exc!r}") from exc


def _address_json(address: Address) -> dict[str, str]:
    return {"email": address.email, "name": address.name}


def _address_from(data: Any) -> Address:
    return Address(email=_text(data["email"]), name=_text(data.get("name") or ""))


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def new_message_id(domain: str, token: str) -> str:
    """`token@domain`, without <>; the caller passes a unique token (random, or a uuid)."""
    if not _TOKEN.fullmatch(token) or not _DOMAIN.fullmatch(domain):
        raise InputError(f"cannot make a Message-ID from {token!r} and {domain!r}")
    return f"{token}@{domain}"


def header_text(value: str, limit: int) -> str:
    """Inbound text made safe for one header: decoded, one line, no control chars, capped.

    Encoded-words are decoded first and any `=?` left is broken up, because the email
    package decodes encoded-words on assignment and one that decodes to CR/LF can write
    a header line of its own.
    """
    if "=?" in value:
        # Invalid encoded-words stay as they are: the `=?` break-up below still applies.
        with contextlib.suppress(LookupError, UnicodeError, ValueError):
            value = str(make_header(decode_header(value)))
    kept = "".join(" " if _is_break(ch) else ch for ch in value)
    kept = _SPACES.sub(" ", kept).strip().replace("=?", "= ?")
    return kept[:limit].rstrip()


def _set_subject(msg: EmailMessage, subject: str) -> None:
    if subject.isascii():
        msg["Subject"] = subject
        return
    # CPython's folder drops a space that falls between two encoded-words, and readers
    # join adjacent encoded-words: "Müller – Runde 2" could arrive as "Müller –Runde 2".
    # Header keeps every space inside its encoded-words, and lines it folds stay short
    # enough that the policy writes them unchanged.
    msg.set_raw("Subject", Header(subject, "utf-8", header_name="Subject").encode())


def _is_break(ch: str) -> bool:
    # Cc holds CR, LF, NUL, DEL and C1 (NEL); Zl/Zp are what str.splitlines also splits on.
    return unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"}


def _msg_id(value: str) -> str | None:
    """An id from inbound mail, stripped of <> and whitespace; None if it is not a sane id."""
    value = value.strip().strip("<>").strip()
    if len(value) > ID_CHARS or not _ID.fullmatch(value):
        return None
    return value


def _header_address(address: Address) -> HeaderAddress:
    name = header_text(address.name, NAME_CHARS)
    try:
        return HeaderAddress(display_name=name, addr_spec=address.email)
    except (ValueError, IndexError) as exc:
        raise InputError(f"cannot send to address {address.email!r}: {exc}") from exc


def _check_address(address: Address) -> Address:
    if any(_is_break(ch) or ch.isspace() for ch in address.email) or "@" not in address.email:
        raise InputError(f"cannot send to address {address.email!r}")
    return address


def render(mail: OutgoingMail, *, sender: Address, date: datetime) -> bytes:
    """The message as bytes for SMTP (CRLF line ends), dated `date` (aware)."""
    if date.tzinfo is None:
        raise InputError("render needs an aware date")
    message_id = _msg_id(mail.message_id)
    if message_id is None:
        raise InputError(f"bad Message-ID {mail.message_id!r}")
    if not mail.to:
        raise InputError(f"mail {message_id} has no recipient")
    msg = EmailMessage(policy=POLICY)
    msg["From"] = _header_address(_check_address(sender))
    msg["To"] = [_header_address(_check_address(a)) for a in mail.to]
    if mail.cc:
        msg["Cc"] = [_header_address(_check_address(a)) for a in mail.cc]
    if mail.reply_to is not None:
        msg["Reply-To"] = _header_address(_check_address(mail.reply_to))
    _set_subject(msg, header_text(mail.subject, SUBJECT_CHARS))
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{message_id}>"
    msg["Auto-Submitted"] = AUTO_REPLIED if mail.auto == AUTO_REPLIED else AUTO_GENERATED
    msg["X-Auto-Response-Suppress"] = "All"  # Exchange/Outlook: no out-of-office back to us
    parent = _msg_id(mail.in_reply_to) if mail.in_reply_to else None
    if parent:
        msg["In-Reply-To"] = f"<{parent}>"
    references = [r for r in (_msg_id(r) for r in mail.references) if r]
    if len(references) > REFERENCES_KEPT:
        references = references[:1] + references[-(REFERENCES_KEPT - 1) :]
    if references:
        # Every id sits inside <>, so no word of the header can start an encoded-word.
        msg["References"] = " ".join(f"<{r}>" for r in references)
    msg.set_content(mail.text)
    if mail.html is not None:
        msg.add_alternative(mail.html, subtype="html")
    if mail.calendar is not None:
        method = (mail.calendar_method or "REQUEST").upper()
        if method not in CALENDAR_METHODS:
            raise InputError(f"unknown calendar method {mail.calendar_method!r}")
        # Gmail and Outlook show an invite from the text/calendar alternative; the .ics
        # attachment serves the clients that only look at attachments.
        msg.add_alternative(mail.calendar, subtype="calendar", params={"method": method})
        msg.add_attachment(
            mail.calendar.encode("utf-8"),
            maintype="application",
            subtype="ics",
            filename="invite.ics",
        )
    return msg.as_bytes()
