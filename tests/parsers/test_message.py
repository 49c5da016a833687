"""Tests for parse_message and html_to_text against golden .eml fixtures and hostile input."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from agent.errors import InputError
from parsers.mail.html_text import html_to_text
from parsers.mail.limits import (
    MAX_CALENDAR_BYTES,
    MAX_CALENDAR_COMPONENTS,
    MAX_DEPTH,
    MAX_MESSAGE_BYTES,
    MAX_PARTS,
    MessageTooComplex,
    check_budget,
    check_shape,
)
from parsers.mail.message import decode_bytes, parse_message
from parsers.model import Address, CalendarPart, ParsedMessage
from tests.mailfixtures import calendar_mail

EML = Path(__file__).parent.parent / "fixtures" / "eml"


def load(name: str) -> ParsedMessage:
    return parse_message((EML / name).read_bytes())


def test_gmail_reply_headers_are_decoded() -> None:
    """Ids lose their brackets, names their encoded-words, emails their case; folds are joined."""
    msg = load("gmail_reply_en.eml")
    assert msg.message_id == "CAF1234abcd@mail.example.com"
    assert msg.subject == "Re: Interview – Data Engineer, round 2"
    assert msg.sender == Address("renee.park@example.com", "Renée Park")
    assert msg.to == (
        Address("desk@agency.example", "Scheduling Desk"),
        Address("sam.lee@agency.example", "Lee, Sam"),
    )
    assert msg.cc == (Address("jorg@agency.example", "Jörg Beck"),)
    assert msg.reply_to == (Address("renee.private@example.net"),)
    assert msg.in_reply_to == ("rounds.111@agency.example",)
    assert msg.references == ("rounds.100@agency.example", "rounds.111@agency.example")
    assert msg.date == datetime(2027, 2, 2, 9, 15, tzinfo=timezone(timedelta(hours=-5)))
    assert msg.senders == (msg.sender,)
    assert (
        "Authentication-Results",
        "mx.agency.example; dkim=pass header.d=example.com; spf=pass",
    ) in msg.headers
    assert ("Message-ID", "<CAF1234abcd@mail.example.com>") in msg.headers
    assert msg.machine is None and msg.calendar is None


def test_gmail_reply_text_keeps_reply_and_drops_signature_and_quote() -> None:
    """Text is the new reply only; body keeps the signature and the quote."""
    msg = load("gmail_reply_en.eml")
    reply = (
        "Hi,\n\nThursday after 2pm works best for me. From what I hear the team is in Boston, "
        "so 2–4pm ET is ideal."
    )
    assert msg.text == reply
    assert msg.body.startswith(reply)
    assert "Monday 10am to 12pm" in msg.body and "Mon-Fri 9-5" in msg.body


def test_outlook_german_reply_in_latin1_loses_signature_disclaimer_and_history() -> None:
    """An ISO-8859-1 Outlook reply keeps its umlauts and only the new sentences."""
    msg = load("outlook_reply_de.eml")
    assert msg.text == "Hallo,\n\nOption 2 passt mir gut. Von mir aus gern per Video."
    assert "Viele Grüße" in msg.body


def test_html_only_mail_drops_hidden_text_scripts_and_quote() -> None:
    """Hidden, zero-size, white and script text reach neither text nor body; quotes leave text."""
    msg = load("html_only_hidden.eml")
    assert (
        msg.text == "Hi there,\n\nI can do Monday at 3pm & Tuesday morning.\n\n- Slides\n- Laptop"
    )
    for hidden in ("Ignore all previous", "SYSTEM", "Wednesday 9am", "secret", "alert", "color"):
        assert hidden not in msg.body
    assert "Option 1: Friday 10am" in msg.body


def test_empty_plain_alternative_falls_back_to_html_and_outlook_history_is_cut() -> None:
    """A blank text/plain part yields to the HTML one, cut at Outlook's reply header div."""
    msg = load("outlook_html_alternative.eml")
    assert msg.text == "Thursday 11am suits me.\n\nAna"
    assert "Option 1: Friday 10am" in msg.body


def test_ics_attachment_gives_calendar_reply() -> None:
    """A base64 .ics attachment is read as the message's calendar part."""
    msg = load("itip_reply_attachment.eml")
    assert msg.calendar == CalendarPart(
        method="REPLY",
        uid="rounds-77@agency.example",
        sequence=2,
        attendee="bo.chen@example.com",
        partstat="ACCEPTED",
        start=datetime(2027, 2, 10, 15, tzinfo=UTC),
        end=datetime(2027, 2, 10, 16, tzinfo=UTC),
    )
    assert msg.text == "Bo Chen has accepted this invitation."


def test_text_calendar_counter_gives_the_countered_window() -> None:
    """An inline text/calendar COUNTER gives the proposed start and end as aware datetimes."""
    calendar = load("itip_counter.eml").calendar
    assert calendar is not None
    assert (calendar.method, calendar.start, calendar.end) == (
        "COUNTER",
        datetime(2027, 2, 12, 9, tzinfo=UTC),
        datetime(2027, 2, 12, 9, 45, tzinfo=UTC),
    )


def test_calendar_with_fifty_components_is_read_and_one_more_refused() -> None:
    """Components are counted before icalendar reads the part: VCALENDAR + 49 VEVENTs pass."""
    calendar = parse_message(calendar_mail(MAX_CALENDAR_COMPONENTS - 1)).calendar
    assert calendar is not None and calendar.uid == "e0@evil.test"
    with pytest.raises(MessageTooComplex, match="more than 50 components"):
        parse_message(calendar_mail(MAX_CALENDAR_COMPONENTS))


def test_calendar_component_count_sees_through_line_folding() -> None:
    """A BEGIN split by an iCalendar fold still counts: icalendar unfolds before it parses."""
    raw = calendar_mail(MAX_CALENDAR_COMPONENTS).replace(b"BEGIN:VEVENT", b"BEG\r\n IN:VEVENT")
    with pytest.raises(MessageTooComplex, match="components"):
        parse_message(raw)


def test_calendar_over_256_kb_is_refused_unread() -> None:
    """A calendar part past 256 KB is refused before icalendar parses it."""
    raw = calendar_mail(5, summary_chars=MAX_CALENDAR_BYTES // 4)
    with pytest.raises(MessageTooComplex, match="calendar part larger than 256 KB"):
        parse_message(raw)


def test_bad_charset_missing_id_and_year_9999_degrade_gracefully() -> None:
    """Unknown charset falls back to Latin text, the id is synthesised, the date is None."""
    raw = (EML / "broken_charset_es.eml").read_bytes()
    msg = parse_message(raw)
    assert msg.text == "Puedo el miércoles a las 10."
    assert msg.sender == Address("jose@example.es", "José Ruiz")
    assert msg.date is None
    assert msg.message_id.endswith("@rounds.invalid")
    assert msg.message_id == parse_message(raw).message_id


def test_bottom_posted_portuguese_reply_is_kept() -> None:
    """Text written under a quoted Portuguese attribution is the reply; the sign-off goes."""
    assert load("bottom_post_pt.eml").text == "A opção 2 funciona para mim."


def test_forwarded_block_is_cut_from_text_but_kept_in_body() -> None:
    """The forwarded message is history for text; kickoffs still read it in body."""
    msg = load("forwarded_fr.eml")
    assert msg.text == "Pouvez-vous organiser un entretien avec elle ?"
    assert "Je suis disponible mardi à 14h." in msg.body


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("auto_reply_fr.eml", "out-of-office subject"),
        ("bounce.eml", "bounce or delivery report"),
        ("gmail_reply_en.eml", None),
    ],
)
def test_machine_mail_from_fixtures(name: str, reason: str | None) -> None:
    """Out-of-office subjects and delivery reports are flagged; a person's reply is not."""
    assert load(name).machine == reason


def message(headers: str, body: str = "Hello") -> bytes:
    return f"From: a@b.example\n{headers}\n\n{body}\n".encode()


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ("Auto-Submitted: auto-replied", "auto-submitted: auto-replied"),
        ("Auto-Submitted: no", None),
        ("X-Autoreply: yes", "x-autoreply"),
        ("X-Autorespond: yes", "x-autorespond"),
        ("Precedence: bulk", "precedence: bulk"),
        ("Precedence: list", "precedence: list"),
        ("List-Unsubscribe: <mailto:u@list.example>", "mailing list"),
        ("List-Id: <news.list.example>", "mailing list"),
        ("Subject: Automatic reply: Interview", "out-of-office subject"),
        ("Subject: Abwesenheitsnotiz: Interview", "out-of-office subject"),
        ("Subject: =?utf-8?q?Respuesta_autom=C3=A1tica=3A_hola?=", "out-of-office subject"),
        ("Subject: Re: Out of office next week, Monday works?", None),
    ],
)
def test_machine_mail_headers(headers: str, reason: str | None) -> None:
    """Each machine-mail header gives its reason; a human subject mentioning OOO does not."""
    assert parse_message(message(headers)).machine == reason


def test_postmaster_sender_is_a_bounce() -> None:
    """Mail from postmaster@ is a bounce even without multipart/report."""
    raw = b"From: Postmaster@mx.example\nSubject: failure\n\nUndeliverable\n"
    assert parse_message(raw).machine == "bounce or delivery report"


def test_subject_encoded_crlf_is_flattened() -> None:
    """An encoded-word hiding CR/LF cannot smuggle a header line through the subject."""
    raw = message("Subject: =?utf-8?q?Re=3A_x=0D=0ABcc=3A_evil=40x.example?=")
    assert parse_message(raw).subject == "Re: x Bcc: evil@x.example"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Mon, 1 Feb 2027 10:00:00 -0000", datetime(2027, 2, 1, 10, tzinfo=UTC)),
        ("not a date", None),
        ("Mon, 1 Feb 2027 25:61:00 +0000", None),
        ("Fri, 31 Dec 9999 23:59:59 -1200", None),
        ("Mon, 1 Feb 2027 10:00:00 +9999", None),
    ],
)
def test_dates_are_aware_or_none(value: str, expected: datetime | None) -> None:
    """-0000 reads as UTC; broken, overflowing and absurd dates give None, never an error."""
    assert parse_message(message(f"Date: {value}")).date == expected


def test_ids_without_brackets_are_kept() -> None:
    """Clients that omit angle brackets still give usable ids."""
    msg = parse_message(message("Message-ID: abc@x.example\nIn-Reply-To: def@x.example"))
    assert (msg.message_id, msg.in_reply_to) == ("abc@x.example", ("def@x.example",))


@pytest.mark.parametrize("raw", [b"", b"  \r\n\t", b"just some words without a header"])
def test_no_message_raises_input_error(raw: bytes) -> None:
    """Empty bytes or bytes without any header are not a message."""
    with pytest.raises(InputError):
        parse_message(raw)


def nested(depth: int, newline: str = "\n", blank: str = "\n") -> bytes:
    """A message whose text part sits `depth` multiparts deep."""
    opening = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"{newline}{blank}--b{i}{newline}'
        for i in range(depth)
    )
    head = f"From: a@b.example{newline}Subject: deep{newline}"
    return f"{head}{opening}Content-Type: text/plain{newline}{newline}hi{newline}".encode()


def parts(count: int) -> bytes:
    """A multipart message with `count` parts below the top level."""
    body = "".join(f"--b\nContent-Type: text/plain\n\nx{i}\n" for i in range(count))
    return f"From: a@b.example\nContent-Type: multipart/mixed; boundary=b\n\n{body}--b--\n".encode()


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_mime_forty_levels_deep_is_read_and_forty_one_refused(newline: str) -> None:
    """The depth limit holds for every line ending: 40 levels parse, 41 raise MessageTooComplex."""
    assert parse_message(nested(MAX_DEPTH, newline)).text == "hi"
    with pytest.raises(MessageTooComplex, match="MIME nested deeper than 40 levels"):
        parse_message(nested(MAX_DEPTH + 1, newline))


def test_nesting_without_blank_lines_is_measured_too() -> None:
    """Part headers ended by a delimiter instead of a blank line still count as levels."""
    with pytest.raises(MessageTooComplex, match="deeper than 40"):
        parse_message(nested(3000, blank=""))


def test_two_hundred_parts_are_read_and_one_more_refused() -> None:
    """The top level and 199 parts parse; 200 parts below it are 201 in all and raise."""
    assert parse_message(parts(MAX_PARTS - 1)).text == "x0"
    with pytest.raises(MessageTooComplex, match="more than 200 MIME parts"):
        parse_message(parts(MAX_PARTS))


def test_huge_mime_trees_are_refused_before_the_parser_runs() -> None:
    """Trees of megabytes are refused in milliseconds: the shape is read from the raw bytes."""
    for raw in (nested(100_000), parts(200_000)):
        with pytest.raises(MessageTooComplex):
            check_shape(raw)


def test_attached_messages_count_as_levels() -> None:
    """A message/rfc822 part holds a message one level deeper, as the parser reads it."""
    raw = b"From: a@b.example\n"
    for _ in range(MAX_DEPTH + 1):
        raw += b"Content-Type: message/rfc822\n\nFrom: c@d.example\n"
    with pytest.raises(MessageTooComplex, match="deeper than 40"):
        parse_message(raw + b"\nhi\n")


def test_message_too_complex_is_an_input_error() -> None:
    """Callers that catch InputError (or ValueError) also catch the limits."""
    assert issubclass(MessageTooComplex, InputError) and issubclass(MessageTooComplex, ValueError)


def test_check_budget_raises_only_past_the_budget() -> None:
    """Two seconds pass; a moment more raises with the reason the ledger shows."""
    check_budget(100.0, 102.0)
    with pytest.raises(MessageTooComplex, match="took longer than 2 s to parse"):
        check_budget(100.0, 102.01)
    with pytest.raises(MessageTooComplex, match=r"took longer than 0\.5 s"):
        check_budget(0.0, 1.0, budget=0.5)


def test_parse_message_checks_the_budget_against_the_clock_it_is_given() -> None:
    """A clock that jumps a second per reading exhausts the budget; no clock, no budget."""
    ticks = iter(range(1000))
    raw = message("Subject: slow")
    with pytest.raises(MessageTooComplex, match="took longer than 2 s"):
        parse_message(raw, clock=lambda: float(next(ticks)))
    assert parse_message(raw).subject == "slow"


def test_max_message_bytes_is_ten_megabytes() -> None:
    """The agent's size limit, applied before parsing, is 10 MiB."""
    assert MAX_MESSAGE_BYTES == 10 * 1024 * 1024


def test_decode_bytes_survives_non_text_codecs() -> None:
    """Codec names that are not text encodings (base64, idna) fall back instead of raising."""
    assert [decode_bytes(b"caf\xc3\xa9", c) for c in ("base64", "idna", "rot13")] == ["café"] * 3


def test_html_to_text_structure() -> None:
    """Blocks and <br> become line breaks, list items get dashes, entities are decoded."""
    html = (
        "<div>a&amp;b<br>c</div><p>d&nbsp;e</p><ol><li>one</li><li>two</li></ol>"
        "<table><tr><td>x</td><td>y</td></tr></table>"
    )
    # table cells are set off by tabs, which tell the rules engine a table was read
    assert html_to_text(html) == "a&b\nc\n\nd e\n\n- one\n- two\n\nx\ty"


@pytest.mark.parametrize(
    "hidden",
    [
        '<span style="display: none">X</span>',
        '<span style="visibility:hidden">X</span>',
        '<span style="font-size:0">X</span>',
        '<span style="FONT-SIZE: 0px;">X</span>',
        '<span style="color:#fff">X</span>',
        '<span style="color: rgb(255, 255, 255)">X</span>',
        '<font color="white">X</font>',
        '<div style="max-height:0;overflow:hidden">X</div>',
        # white on a white or light fill, or on a fill that lets the page show through
        '<td style="background:#fff"><span style="color:white">X</span></td>',
        '<div style="background-color:#F2F2F2"><font color="#ffffff">X</font></div>',
        '<p style="background:rgba(0,0,0,0)"><span style="color:#fff">X</span></p>',
        '<div style="background:#1F4E79"><p style="background:white;color:#fff">X</p></div>',
        '<div style="opacity:0">X</div>',
        "<div hidden>X</div>",
        "<style>X</style>",
        "<head><title>X</title></head>",
        "<script>X</script>",
    ],
)
def test_html_hidden_text_is_removed(hidden: str) -> None:
    """Every way of hiding text from a reader also hides it from the agent."""
    assert html_to_text(f"<p>visible</p>{hidden}<p>after</p>") == "visible\n\nafter"


def test_html_zero_width_characters_are_removed() -> None:
    """Zero-width characters between letters are deleted from the text."""
    assert html_to_text("<p>Mon\u200bday\u200c \u200d3\u2060pm\ufeff</p>") == "Monday 3pm"


@pytest.mark.parametrize(
    "shown",
    [
        '<td style="background:#4472C4"><b><span style="color:white">kept</span></b></td>',
        '<tr bgcolor="#1F4E79"><td><font color="#FFFFFF">kept</font></td></tr>',
        '<p style="color:#fff;background-color:rgb(112, 173, 71)">kept</p>',
        '<div style="background:navy"><div><span style="color:#ffffff">kept</span></div></div>',
    ],
)
def test_html_white_text_on_a_dark_fill_is_kept(shown: str) -> None:
    """Outlook's table styles write a head row white on a colour: it is read, not hidden."""
    assert html_to_text(f"<table>{shown}</table>") == "kept"


def test_html_color_that_is_not_white_is_kept() -> None:
    """Text in a dark colour or with a white background stays."""
    html = '<span style="background-color:#ffffff;color:#333">kept</span>'
    assert html_to_text(html) == "kept"


@pytest.mark.parametrize(
    "quote",
    [
        '<blockquote type="cite">old</blockquote>',
        '<div class="gmail_quote">On Mon wrote:<blockquote>old</blockquote></div>',
        '<div id="divRplyFwdMsg"><b>From:</b> x</div><div>old</div>',
        '<div id="appendonsend"></div><hr><div>old</div>',
    ],
)
def test_html_quoted_history_is_cut_unless_kept(quote: str) -> None:
    """Recognised quote containers are cut for text and kept for body."""
    html = f"<p>new</p>{quote}"
    assert (html_to_text(html, keep_quotes=False), "old" in html_to_text(html)) == ("new", True)


def test_html_unclosed_tags_do_not_swallow_the_rest() -> None:
    """A hidden element closed by its parent's end tag stops hiding there."""
    assert html_to_text('<div><span style="display:none">x</div><p>shown</p>') == "shown"


def mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        op = rng.random()
        pos = rng.randrange(len(buf) + 1)
        if op < 0.4 and buf:
            buf[min(pos, len(buf) - 1)] = rng.randrange(256)
        elif op < 0.7:
            buf[pos:pos] = rng.choice(
                [b"\n", b"=?", b"?=", b"<", b">", b"--", b";", b"\x00", b"\xff"]
            )
        elif op < 0.85:
            del buf[pos : pos + rng.randint(1, 40)]
        else:
            start = rng.randrange(len(buf) + 1)
            buf[pos:pos] = buf[start : start + rng.randint(1, 80)]
    return bytes(buf)


def test_fuzzed_fixtures_raise_nothing_but_input_error() -> None:
    """Random byte mutations of every fixture parse or raise InputError, nothing else."""
    rng = random.Random(20270201)
    fixtures = [path.read_bytes() for path in sorted(EML.glob("*.eml"))]
    outcomes = {"parsed": 0, "refused": 0}
    for case in range(600):
        raw = mutate(fixtures[case % len(fixtures)], rng)
        try:
            parse_message(raw)
        except InputError:
            outcomes["refused"] += 1
        else:
            outcomes["parsed"] += 1
    assert sum(outcomes.values()) == 600 and outcomes["parsed"] > 0


def test_new_text_is_capped_at_whole_lines() -> None:
    """A reply of megabytes gives at most 8,000 characters of new text, cut between lines."""
    line = "Tuesday 3pm works, or Wednesday after 10am."
    msg = parse_message(message("Subject: long", "\n".join([line] * 1000)))
    assert (
        len(msg.text) <= 8_000
        and msg.text.endswith(line)
        and line * 2 in msg.body.replace("\n", "")
    )


@pytest.mark.parametrize(
    "line", ["1" + "@" * 400 + ":", "Am 1 " + "schrieb " * 40 + "x" * 300 + ":"]
)
def test_attribution_lookalikes_cost_linear_time(line: str) -> None:
    """Lines built to make the attribution pattern backtrack (28 s before) take well under 5 s."""
    started = time.monotonic()
    msg = parse_message(message("Subject: slow", "\n".join([line] * 3000)))
    assert time.monotonic() - started < 5 and msg.text.startswith(line[:20])


def test_wrapped_attribution_with_address_is_still_cut() -> None:
    """The linear pattern still knows a two-line German attribution with an address."""
    body = "Passt mir.\n\nAm 05.02.2027 um 10:00 schrieb Jörg Beck\n<jorg@x.example>:\n> alt"
    assert parse_message(message("Subject: de", body)).text == "Passt mir."
