"""What one inbound message may cost to read: its size, MIME depth, part count and parse time.

Hostile or broken mail can nest MIME thousands of levels deep or split into hundreds of
thousands of parts; the email package's parser is quadratic in depth and slow per part, so
the shape is measured on the raw bytes before the parser ever sees them.
"""

from __future__ import annotations

import re
from email import policy
from email.message import Message
from email.parser import BytesHeaderParser

from parsers.errors import InputError

MAX_MESSAGE_BYTES = 10 * 1024 * 1024  # the agent refuses larger mail before parsing
MAX_DEPTH = 40  # real mail nests a handful of levels; forwarded chains a dozen at most
MAX_PARTS = 200  # a reply with every attachment imaginable stays far below this
PARSE_BUDGET = 2.0  # seconds of monotonic time per message
# An invite or RSVP is a few KB with one VEVENT (and a VTIMEZONE or two); icalendar's cost
# grows fast with size and component count, so larger calendars are refused unread.
MAX_CALENDAR_BYTES = 256 * 1024
MAX_CALENDAR_COMPONENTS = 50

# A run of header lines as the email package tells them (`headerRE` in email.feedparser):
# the header block ends at the first line that is none, a blank line or any other.
_HEADER_RUN = re.compile(rb"(?:(?:From |[\x21-\x39\x3b-\x7e]*:|[\t ])[^\r\n]*(?:\r\n|\r|\n|\Z))*")
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
_MAX_HEADER_BLOCK = 256 * 1024  # the parser reads headers line by line; more is not a header
_FOLD = re.compile(r"\r?\n[ \t]")  # iCalendar folds long lines; BEGIN may straddle a fold
_BEGIN = re.compile(r"^BEGIN:", re.IGNORECASE | re.MULTILINE)


class MessageTooComplex(InputError):
    """A message beyond the limits above: the agent quarantines it unread."""


def check_budget(started: float, now: float, budget: float = PARSE_BUDGET) -> None:
    """Raise MessageTooComplex once more than `budget` seconds passed since `started`."""
    if now - started > budget:
        raise MessageTooComplex(f"took longer than {budget:g} s to parse")


def too_deep() -> MessageTooComplex:
    return MessageTooComplex(f"MIME nested deeper than {MAX_DEPTH} levels")


def too_many_parts() -> MessageTooComplex:
    return MessageTooComplex(f"more than {MAX_PARTS} MIME parts")


def check_calendar(text: str) -> None:
    """Raise MessageTooComplex for a calendar part too large for icalendar to read safely."""
    if len(text) > MAX_CALENDAR_BYTES:
        raise MessageTooComplex(f"calendar part larger than {MAX_CALENDAR_BYTES // 1024} KB")
    if len(_BEGIN.findall(_FOLD.sub("", text))) > MAX_CALENDAR_COMPONENTS:
        raise MessageTooComplex(
            f"calendar part with more than {MAX_CALENDAR_COMPONENTS} components"
        )


def _header_block(raw: bytes, start: int) -> tuple[Message, int]:
    """The headers at `start` and where the part's body starts."""
    run = _HEADER_RUN.match(raw, start, start + _MAX_HEADER_BLOCK)
    end = run.end() if run is not None else start
    headers = BytesHeaderParser(policy=policy.compat32).parsebytes(raw[start:end])
    blank = _LINE_BREAK.match(raw, end)  # a blank line ends the headers and is no body
    return headers, blank.end() if blank is not None else end


class _Shape:
    """One pass over the delimiter lines of the open multiparts, outermost first."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self.open: dict[bytes, int] = {}  # boundary of each open multipart -> its depth
        self.parts = 0
        self.delimiter: re.Pattern[bytes] | None = None

    def _reopen(self) -> None:
        # Only the open boundaries count, as in the parser: searching for them alone is fast.
        alternatives = b"|".join(re.escape(b) for b in sorted(self.open, key=len, reverse=True))
        self.delimiter = (
            re.compile(b"--(" + alternatives + rb")(--)?[ \t]*(?=[\r\n]|\Z)") if self.open else None
        )

    def enter(self, start: int, depth: int) -> int:
        """Count the part whose headers begin at `start`; return where its body begins."""
        while True:
            self.parts += 1
            if self.parts > MAX_PARTS:
                raise too_many_parts()
            if depth > MAX_DEPTH:
                raise too_deep()
            headers, start = _header_block(self.raw, start)
            maintype = headers.get_content_maintype()
            if maintype == "multipart":
                self._push(headers.get_boundary(), depth)
            if maintype != "message":
                return start
            depth += 1  # message/rfc822 and friends hold one more message

    def _push(self, boundary: str | None, depth: int) -> None:
        try:
            key = (boundary or "").encode("ascii", "surrogateescape")
        except UnicodeEncodeError:
            return  # an RFC 2231 boundary in another charset never matches a line
        if key and key not in self.open:
            self.open[key] = depth
            self._reopen()

    def close_above(self, depth: int) -> None:
        """A delimiter at `depth` ends every multipart opened inside it."""
        inner = [key for key, at in self.open.items() if at > depth]
        for key in inner:
            del self.open[key]
        if inner:
            self._reopen()

    def walk(self) -> None:
        position = self.enter(0, 0)
        while self.delimiter is not None:
            match = self.delimiter.search(self.raw, position)
            if match is None:
                return
            at = match.start()
            if at and self.raw[at - 1 : at] not in (b"\r", b"\n"):
                position = at + 1  # not at the start of a line
                continue
            depth = self.open[match.group(1)]
            if match.group(2):
                self.close_above(depth - 1)
                position = match.end()
            else:
                self.close_above(depth)
                line_end = _LINE_BREAK.match(self.raw, match.end())
                position = self.enter(line_end.end() if line_end else match.end(), depth + 1)


def check_shape(raw: bytes) -> None:
    """Raise MessageTooComplex when the MIME tree in `raw` is too deep or has too many parts.

    Mirrors the email package's reading: a multipart's boundary comes from its Content-Type
    (read by the same header parser), a delimiter line closes every part opened inside it,
    and a message/* part holds one more message, a level deeper.
    """
    _Shape(raw).walk()
