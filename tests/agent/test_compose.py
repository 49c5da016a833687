"""Rendering outgoing mail: headers, MIME layout, invites, JSON round trip, header injection."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from agent.errors import InputError
from agent.rendering.compose import OutgoingMail, header_text, new_message_id, render
from parsers.model import Address

AGENT = Address("agent@rounds.test", "Rounds Scheduling")
NOW = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
ICS = (
    "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:r1@rounds.test\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)
BASE = OutgoingMail(
    message_id="m1@rounds.test",
    to=(Address("cand@x.test", "Ann Candidate"),),
    subject="Interview #1 with Acme",
    text="Hello Ann,\nwhich of these times work?\n",
)


def parse(raw: bytes) -> EmailMessage:
    # Line ends as a mail client sees them after SMTP; get_content keeps CRLF otherwise.
    message = message_from_bytes(raw.replace(b"\r\n", b"\n"), policy=default)
    assert isinstance(message, EmailMessage)
    return message


def header_names(raw: bytes) -> list[str]:
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    return [line.split(":", 1)[0] for line in head.split("\r\n") if not line[:1].isspace()]


def test_new_message_id_is_token_at_domain() -> None:
    """new_message_id joins the caller's token and the domain, without angle brackets."""
    assert new_message_id("rounds.test", "a1b2c3") == "a1b2c3@rounds.test"


@pytest.mark.parametrize(("domain", "token"), [("rounds.test", "a b"), ("x\r\ny", "t"), ("", "t")])
def test_new_message_id_refuses_unsafe_parts(domain: str, token: str) -> None:
    """A token or domain that could break the header is refused."""
    with pytest.raises(InputError):
        new_message_id(domain, token)


def test_render_plain_reply_headers() -> None:
    """A plain reply carries exactly the threading, address and RFC 3834 headers."""
    mail = OutgoingMail(
        message_id="m2@rounds.test",
        to=(Address("cand@x.test", "Ann Candidate"),),
        cc=(Address("rec@agency.test", "Rita Recruiter"),),
        reply_to=Address("agent+r7k2@rounds.test"),
        subject="Re: Interview #1",
        text="Thanks!\n",
        in_reply_to="<p1@x.test>",
        references=("<root@agency.test>", "p1@x.test"),
    )
    raw = render(mail, sender=AGENT, date=NOW)
    message = parse(raw)
    assert sorted(header_names(raw)) == sorted(
        [
            "From",
            "To",
            "Cc",
            "Reply-To",
            "Subject",
            "Date",
            "Message-ID",
            "In-Reply-To",
            "References",
            "Auto-Submitted",
            "X-Auto-Response-Suppress",
            "MIME-Version",
            "Content-Type",
            "Content-Transfer-Encoding",
        ]
    )
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["X-Auto-Response-Suppress"] == "All"
    assert message["From"] == "Rounds Scheduling <agent@rounds.test>"
    assert message["To"] == "Ann Candidate <cand@x.test>"
    assert message["Cc"] == "Rita Recruiter <rec@agency.test>"
    assert message["Reply-To"] == "agent+r7k2@rounds.test"
    assert message["Subject"] == "Re: Interview #1"
    assert message["Date"].datetime == NOW
    assert message["Message-ID"] == "<m2@rounds.test>"
    assert message["In-Reply-To"] == "<p1@x.test>"
    assert message["References"] == "<root@agency.test> <p1@x.test>"
    assert message.get_content_type() == "text/plain"
    assert message.get_content() == "Thanks!\n"


def test_render_with_html_is_alternative() -> None:
    """Text plus HTML gives multipart/alternative, plain text first."""
    mail = replace(BASE, html="<p>Hello</p>")
    message = parse(render(mail, sender=AGENT, date=NOW))
    assert message.get_content_type() == "multipart/alternative"
    types = [part.get_content_type() for part in message.iter_parts()]
    assert types == ["text/plain", "text/html"]


def test_render_invite_inline_and_attached() -> None:
    """An invite is a text/calendar alternative (method, utf-8) plus an invite.ics attachment."""
    raw = render(replace(BASE, calendar=ICS, calendar_method="REQUEST"), sender=AGENT, date=NOW)
    message = parse(raw)
    assert message.get_content_type() == "multipart/mixed"
    alternative, attachment = message.iter_parts()
    assert isinstance(alternative, EmailMessage) and isinstance(attachment, EmailMessage)
    assert alternative.get_content_type() == "multipart/alternative"
    text, calendar = alternative.iter_parts()
    assert isinstance(calendar, EmailMessage)
    assert text.get_content_type() == "text/plain"
    assert calendar.get_content_type() == "text/calendar"
    assert calendar.get_param("method") == "REQUEST"
    assert calendar.get_content_charset() == "utf-8"
    assert calendar.get_content() == ICS.replace("\r\n", "\n")
    assert attachment.get_content_type() == "application/ics"
    assert attachment.get_filename() == "invite.ics"
    assert attachment.get_content() == ICS.encode()


def test_render_cancel_sets_method() -> None:
    """A cancellation carries method=CANCEL on the calendar part."""
    raw = render(replace(BASE, calendar=ICS, calendar_method="cancel"), sender=AGENT, date=NOW)
    calendar = [p for p in parse(raw).walk() if p.get_content_type() == "text/calendar"]
    assert [p.get_param("method") for p in calendar] == ["CANCEL"]


def test_non_ascii_survives_and_goes_out_7bit() -> None:
    """Non-ASCII names, subject and body decode back unchanged; no part needs 8BITMIME."""
    mail = replace(
        BASE,
        to=(Address("zoe@x.test", "Zoë Ångström"),),
        subject="Entretien n°1 — vendredi",
        text="Bonjour Zoë, à vendredi !\n",
    )
    raw = render(mail, sender=AGENT, date=NOW)
    assert raw.isascii()
    message = parse(raw)
    assert message["To"].addresses[0].display_name == "Zoë Ångström"
    assert message["Subject"] == "Entretien n°1 — vendredi"
    assert message.get_content() == "Bonjour Zoë, à vendredi !\n"


INJECTIONS = [
    "Re: x\r\nBcc: evil@attacker.test",
    "Re: x\nBcc: evil@attacker.test",
    "=?utf-8?q?Re=3A_x=0D=0ABcc=3A_evil=40attacker=2Etest?=",
    "Re: x\x85Bcc: evil@attacker.test",
    "Re: x\u2028Bcc: evil@attacker.test",
    "=?utf-8?b?PT91dGYtOD9xP1JlPTNBX3g9MEQ9MEFCY2M9M0FfZXZpbD0/PQ==?=",  # double-encoded
]


@pytest.mark.parametrize("evil", INJECTIONS)
def test_header_injection_is_neutralised(evil: str) -> None:
    """CR/LF, NEL, line separators and encoded-words that decode to CR/LF, in a subject, a
    display name or a reference from inbound mail, never produce a header line."""
    mail = replace(
        BASE,
        subject=evil,
        to=(Address("cand@x.test", evil),),
        reply_to=Address("agent+r1@rounds.test", evil),
        in_reply_to=evil,
        references=(evil, "ok@x.test"),
    )
    raw = render(mail, sender=AGENT, date=NOW)
    assert b"\nBcc" not in raw and b"\rBcc" not in raw
    message = parse(raw)
    assert message["Bcc"] is None
    assert "\n" not in message["Subject"] and "\r" not in message["Subject"]
    assert message["References"] == "<ok@x.test>"
    assert message["In-Reply-To"] is None
    assert message["To"].addresses[0].addr_spec == "cand@x.test"


def test_subject_and_names_are_capped() -> None:
    """Subjects keep at most 200 characters and display names 100."""
    mail = replace(BASE, subject="S" * 500, to=(Address("cand@x.test", "N" * 500),))
    message = parse(render(mail, sender=AGENT, date=NOW))
    assert message["Subject"] == "S" * 200
    assert message["To"].addresses[0].display_name == "N" * 100


@given(st.text(max_size=300))
# Hypothesis found it: CPython's own folding dropped the space before the last "¡".
@example("00000000 0000¡¡¡¡¡𐀀𐀀𐀀𐀀𐀀 ¡")
def test_any_subject_renders_one_clean_header(subject: str) -> None:
    """Whatever the subject text, rendering gives the same header set and a one-line subject."""
    raw = render(replace(BASE, subject=subject), sender=AGENT, date=NOW)
    assert header_names(raw) == header_names(render(BASE, sender=AGENT, date=NOW))
    rendered = str(parse(raw)["Subject"])
    assert rendered == header_text(subject, 200)
    assert not any(ch in rendered for ch in "\r\n\x00")


def test_header_text_decodes_and_flattens() -> None:
    """header_text decodes encoded-words, folds whitespace and breaks up any `=?` left."""
    assert header_text("=?utf-8?q?Caf=C3=A9?=  \t au  lait", 50) == "Café au lait"
    assert header_text("a =?x", 50) == "a = ?x"


@pytest.mark.parametrize(
    "bad",
    [
        replace(BASE, to=(Address("cand@x.test\r\nBcc: e@x.test"),)),
        replace(BASE, to=()),
        replace(BASE, message_id="no id here"),
        replace(BASE, calendar=ICS, calendar_method="EXPLODE"),
    ],
)
def test_unrenderable_mail_is_an_input_error(bad: OutgoingMail) -> None:
    """Addresses with line breaks, no recipient, a bad Message-ID or method: InputError."""
    with pytest.raises(InputError):
        render(bad, sender=AGENT, date=NOW)


def test_naive_date_is_refused() -> None:
    """The Date header needs an aware datetime."""
    with pytest.raises(InputError):
        render(BASE, sender=AGENT, date=NOW.replace(tzinfo=None))


def test_json_round_trip_ignores_outbox_fields() -> None:
    """from_json(to_json(m)) == m, with the outbox's own fields present in the document."""
    mail = OutgoingMail(
        message_id="m3@rounds.test",
        to=(Address("a@x.test", "A"), Address("b@x.test")),
        subject="Invite",
        text="See attached.",
        cc=(Address("r@agency.test", "R"),),
        reply_to=Address("agent+r2@rounds.test"),
        in_reply_to="p@x.test",
        references=("root@x.test", "p@x.test"),
        calendar=ICS,
        calendar_method="REQUEST",
        html="<p>See attached.</p>",
    )
    doc = {**mail.to_json(), "id": mail.message_id, "status": "queued", "attempts": 2}
    assert OutgoingMail.from_json(doc) == mail


@pytest.mark.parametrize(
    "doc", [{}, {"message_id": 1}, [], {**BASE.to_json(), "to": [{"name": "x"}]}]
)
def test_from_json_refuses_bad_documents(doc: object) -> None:
    """A document missing fields or with wrong types is an InputError."""
    with pytest.raises(InputError):
        OutgoingMail.from_json(doc)
