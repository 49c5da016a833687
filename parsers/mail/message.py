"""RFC 5322 bytes to a ParsedMessage: ids, people, date, new text, calendar part, machine flags."""

from __future__ import annotations

import base64
import binascii
import hashlib
import quopri
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email import policy
from email.feedparser import BytesFeedParser
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from parsers.errors import InputError
from parsers.mail.calendar import parse_calendar
from parsers.mail.html_text import html_reading, html_to_text, strip_invisible
from parsers.mail.limits import (
    MAX_DEPTH,
    MAX_PARTS,
    check_budget,
    check_calendar,
    check_shape,
    too_deep,
    too_many_parts,
)
from parsers.mail.quotes import AUTO_REPLY, reply_text
from parsers.model import Address, CalendarPart, ParsedMessage

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_BETWEEN_WORDS = re.compile(r"(\?=)[ \t]+(?==\?)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_SURROGATE = re.compile("[\udc80-\udcff]")
_MSG_ID = re.compile(r"<([^<>\s]+)>")
# The parser costs about a microsecond per line and nesting level: a slice of 16 KB takes
# well under a tenth of a second even 40 levels deep, so the budget is checked that often.
_FEED_SLICE = 16 * 1024
_YEARS = range(1970, 3000)  # a Date outside this is broken, and near 9999 it overflows later
_CHARSET_ALIASES = {
    "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030",
    "iso-8859-8-i": "iso-8859-8",
    "windows-874": "cp874",
}
# Mislabelled "ascii" or "latin-1" mail is usually UTF-8, else Windows-1252.
_LEGACY_LABELS = frozenset({"us-ascii", "ascii", "iso-8859-1", "latin1", "latin-1"})

# The email package's accessors raise these on malformed parameters (a NUL in a charset, say).
_PART_ERRORS = (ValueError, TypeError, LookupError, UnicodeError, AttributeError, IndexError)
_BOUNCE_SENDER = re.compile(r"^(?:mailer-daemon|postmaster)@", re.IGNORECASE)


# what a plain alternative flattens away: a table's pairing of cells, and the strike through an
# offer withdrawn
_FLATTENED = re.compile(r"<(?:table|s|strike|del)\b|line-through", re.IGNORECASE)
# A part labelled text/plain that is an HTML document (some gateways and phone clients send
# their HTML so): it opens with a tag and closes a block element, so tags are markup to read.
_HTML_OPEN = re.compile(r"\s*<(?:!doctype\s+html|html|head|body|div|p|table)\b", re.IGNORECASE)
_HTML_CLOSE = re.compile(r"</(?:html|body|div|p|table)\s*>", re.IGNORECASE)


def _codec(charset: str | None) -> str | None:
    name = (charset or "").strip().strip("\"'").lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        b"probe".decode(name)  # rejects unknown names and bytes-to-bytes codecs alike
    except (LookupError, UnicodeError, ValueError, TypeError):
        return None
    return name


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode with the declared charset, then UTF-8, then Windows-1252; never raises."""
    declared = _codec(charset)
    if declared in _LEGACY_LABELS:
        declared = "cp1252"
    for name in dict.fromkeys(("utf-8", declared) if declared == "cp1252" else (declared, "utf-8")):
        if name:
            try:
                return data.decode(name)
            except (UnicodeError, LookupError):
                continue
    # A real declared charset keeps most of the text; an unknown one is most often a Latin one.
    try:
        return data.decode(declared or "cp1252", errors="replace")
    except (UnicodeError, LookupError):
        return data.decode("latin-1")


def _unmangle(value: str) -> str:
    """Raw 8-bit header bytes arrive as surrogate escapes: decode them as text."""
    if not _SURROGATE.search(value):
        return value
    return decode_bytes(value.encode("utf-8", "surrogateescape"), None)


def _unfold(value: str) -> str:
    return _CONTROL.sub(" ", re.sub(r"\r?\n(?=[ \t])", "", _unmangle(value))).strip()


def _decode_word(match: re.Match[str]) -> str:
    charset, encoding, payload = match.group(1).split("*")[0], match.group(2), match.group(3)
    try:
        if encoding in "bB":
            data = base64.b64decode(payload + "=" * (-len(payload) % 4))
        else:
            data = quopri.decodestring(payload.replace("_", " ").encode("ascii", "replace"))
    except (binascii.Error, ValueError):
        return match.group(0)
    return decode_bytes(data, charset)


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded-words; the result is one line with no control characters."""
    decoded = _ENCODED_WORD.sub(_decode_word, _BETWEEN_WORDS.sub(r"\1", _unfold(value)))
    return re.sub(r"\s+", " ", strip_invisible(_CONTROL.sub(" ", decoded))).strip()


class _Headers:
    """Case-insensitive view of the raw header lines, each unfolded."""

    def __init__(self, msg: Message) -> None:
        self.items = tuple((str(name), _unfold(str(value))) for name, value in msg.raw_items())
        self.by_name: dict[str, list[str]] = {}
        for name, value in self.items:
            self.by_name.setdefault(name.lower(), []).append(value)

    def first(self, name: str) -> str:
        values = self.by_name.get(name.lower())
        return values[0] if values else ""

    def all(self, name: str) -> list[str]:
        return self.by_name.get(name.lower(), [])


def _lower(address: str) -> str:
    """Lower case, except a non-ASCII letter that would become ASCII (a Kelvin sign, "K")."""
    return "".join(c if not c.isascii() and c.lower().isascii() else c.lower() for c in address)


def _addresses(headers: _Headers, name: str) -> tuple[Address, ...]:
    try:
        pairs = getaddresses(headers.all(name))
    except (ValueError, TypeError, IndexError):
        return ()
    found = []
    for display, addr in pairs:
        addr = _lower(_CONTROL.sub("", addr).strip())
        if "@" in addr:
            found.append(Address(addr, decode_words(display)))
    return tuple(found)


def _ids(value: str) -> tuple[str, ...]:
    found = _MSG_ID.findall(value) or [token.strip("<>") for token in value.split()]
    return tuple(dict.fromkeys(token for token in found if token))


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        date = parsedate_to_datetime(value)
        if date.tzinfo is None:
            date = date.replace(tzinfo=UTC)  # "-0000": UTC, source zone unknown (RFC 5322)
        date.astimezone(UTC)
    except (TypeError, ValueError, OverflowError, IndexError):
        return None
    return date if date.year in _YEARS else None


def _machine(headers: _Headers, subject: str, sender: Address | None, ctype: str) -> str | None:
    auto = headers.first("Auto-Submitted").split(";")[0].strip().lower()
    if auto and auto != "no":
        return f"auto-submitted: {auto}"
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Autogenerated"):
        if headers.all(name):
            return name.lower()
    precedence = headers.first("Precedence").strip().lower()
    if precedence in ("bulk", "list", "junk", "auto_reply"):
        return f"precedence: {precedence}"
    if headers.all("List-Id") or headers.all("List-Unsubscribe"):
        return "mailing list"
    if ctype == "multipart/report" or (sender and _BOUNCE_SENDER.match(sender.email)):
        return "bounce or delivery report"
    if AUTO_REPLY.match(subject):
        return "out-of-office subject"
    return None


def _leaves(msg: Message) -> Iterator[Message]:
    """Leaf parts, depth first, outside attached messages; raise past the MIME limits.

    check_shape has measured the raw bytes already; this count of the parsed tree is the
    authoritative one, should the two readings of a broken message ever differ.
    """
    stack = [(msg, 0, False)]  # (part, depth, inside an attached message)
    seen = 0
    while stack:
        part, depth, attached = stack.pop()
        seen += 1
        if seen > MAX_PARTS:
            raise too_many_parts()
        if depth > MAX_DEPTH:
            raise too_deep()
        if not part.is_multipart():
            if not attached:
                yield part
            continue
        inner = attached or part.get_content_maintype() == "message"
        children = [p for p in part.get_payload() if isinstance(p, Message)]
        stack.extend((child, depth + 1, inner) for child in reversed(children))


def _kind(part: Message) -> str:
    ctype = part.get_content_type()
    filename = (part.get_filename() or "").lower()
    if ctype in ("text/calendar", "application/ics") or filename.endswith(".ics"):
        return "calendar"
    if filename or str(part.get("Content-Disposition", "")).lower().startswith("attachment"):
        return "attachment"
    return ctype


def _decoded(part: Message) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return ""
    text = decode_bytes(data, part.get_content_charset())
    return strip_invisible(text.replace("\r\n", "\n").replace("\r", "\n"))


def _content(
    msg: Message, checkpoint: Callable[[], None]
) -> tuple[str, str, CalendarPart | None, bool]:
    """The (body, new text, calendar part, whether a table in it was read unsure) of a message."""
    plain = html = ""
    calendar: CalendarPart | None = None
    for part in _leaves(msg):
        checkpoint()  # outside the try below: MessageTooComplex is a ValueError too
        try:
            kind = _kind(part)
            ical = _decoded(part) if kind == "calendar" else ""
        except _PART_ERRORS:
            continue  # one malformed part must not cost the others
        if ical:
            # A calendar bomb is quarantined rather than skipped: the message stays whole in
            # the mailbox and the ledger, and `rounds quarantine retry` can read it later.
            check_calendar(ical)
        try:
            if kind == "calendar" and calendar is None:
                method = part.get_param("method")
                hint = method if isinstance(method, str) else None
                calendar = parse_calendar(ical, hint)
            elif kind == "text/plain" and not plain.strip():
                plain = _decoded(part)
            elif kind == "text/html" and not html:
                html = _decoded(part)
        except _PART_ERRORS:
            continue  # one malformed part must not cost the others
    checkpoint()
    if _HTML_OPEN.match(plain) and _HTML_CLOSE.search(plain):
        plain, html = "", html or plain
    if plain.strip() and not (html and _FLATTENED.search(html)):
        return plain, reply_text(plain), calendar, False
    body = html_to_text(html)
    checkpoint()
    text, unsure = html_reading(html, keep_quotes=False)
    return body, reply_text(text), calendar, unsure


def _read(raw: bytes, checkpoint: Callable[[], None]) -> Message:
    """Feed the parser in slices so that the time budget can stop a slow parse midway."""
    parser = BytesFeedParser(policy=policy.compat32)
    try:
        for start in range(0, len(raw), _FEED_SLICE):
            parser.feed(raw[start : start + _FEED_SLICE])
            checkpoint()
        return parser.close()
    except RecursionError as exc:  # check_shape should have refused it; the parser agrees
        raise too_deep() from exc


def parse_message(raw: bytes, clock: Callable[[], float] | None = None) -> ParsedMessage:
    """Parse raw email bytes; raise InputError only when there is no message to read.

    MessageTooComplex (an InputError) refuses MIME too deep or with too many parts and,
    when a monotonic `clock` is given, a message that takes longer than the parse budget.
    """
    started = clock() if clock is not None else 0.0

    def checkpoint() -> None:
        if clock is not None:
            check_budget(started, clock())

    if not raw.strip():
        raise InputError("empty message")
    check_shape(raw)
    checkpoint()
    msg = _read(raw, checkpoint)
    headers = _Headers(msg)
    if not headers.items:
        raise InputError("no email headers found")
    body, text, calendar, unsure_table = _content(msg, checkpoint)
    subject = decode_words(headers.first("Subject"))
    senders = _addresses(headers, "From")
    sender = senders[0] if senders else None
    ids = _ids(headers.first("Message-ID"))
    return ParsedMessage(
        message_id=ids[0] if ids else f"{hashlib.sha256(raw).hexdigest()[:32]}@rounds.invalid",
        subject=subject,
        sender=sender,
        date=_date(headers.first("Date")),
        text=text,
        body=body,
        in_reply_to=_ids(headers.first("In-Reply-To")),
        references=_ids(" ".join(headers.all("References"))),
        to=_addresses(headers, "To"),
        cc=_addresses(headers, "Cc"),
        reply_to=_addresses(headers, "Reply-To"),
        calendar=calendar,
        machine=_machine(headers, subject, sender, msg.get_content_type()),
        senders=senders,
        headers=headers.items,
        unsure_table=unsure_table,
    )
