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

from agent.errors import InputError

MAX_MESSAGE_BYTES = 10 * 1024 * 1024  # the agent refuses larger mail before parsing
MAX_DEPTH = 40  # real mail nests a handful of levels; forwarded chains a dozen at most
MAX_PARTS = 200  # a reply with every attachment imaginable stays far below this
PARSE_BUDGET = 2.0  # seconds of monotonic time per message

# A line that may delimit a part: "--" at the start of a line (CR, LF or CRLF endings).
_DELIMITER = re.compile(rb"(?<![^\r\n])--([^\r\n]*)(?>\r\n|\n|\r)?")
# The blank line that ends a header block; atomic groups keep one CRLF from counting as two.
_BLANK_LINE = re.compile(rb"(?>\r\n|\n|\r)(?>\r\n|\n|\r)")
_MAX_HEADER_BLOCK = 256 * 1024  # the parser reads headers line by line; more is not a header


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


def _header_block(raw: bytes, start: int) -> tuple[Message, int]:
    """The headers at `start`, up to a blank line or a delimiter, and where the body starts."""
    if raw.startswith((b"\r", b"\n"), start):  # no headers: the body follows the line break
        return Message(), start + (2 if raw.startswith(b"\r\n", start) else 1)
    limit = start + _MAX_HEADER_BLOCK
    blank = _BLANK_LINE.search(raw, start, limit)
    delimiter = _DELIMITER.search(raw, start, limit)
    if blank is not None and (delimiter is None or blank.start() < delimiter.start()):
        end, body = blank.start(), blank.end()
    else:
        end = body = delimiter.start() if delimiter is not None else min(len(raw), limit)
    return BytesHeaderParser(policy=policy.compat32).parsebytes(raw[start:end]), body


def check_shape(raw: bytes) -> None:
    """Raise MessageTooComplex when the MIME tree in `raw` is too deep or has too many parts.

    Mirrors the email package's reading: a multipart's boundary comes from its Content-Type
    (read by the same header parser), a delimiter line closes every part opened inside it,
    and a message/* part holds one more message, a level deeper.
    """
    open_at: dict[bytes, int] = {}  # boundary of each open multipart -> its depth
    order: list[bytes] = []  # the same boundaries, outermost first

    parts = 0

    def enter(start: int, depth: int) -> int:
        """Read the part whose headers begin at `start`; return where its body begins."""
        nonlocal parts
        while True:
            parts += 1
            if parts > MAX_PARTS:
                raise too_many_parts()
            if depth > MAX_DEPTH:
                raise too_deep()
            headers, start = _header_block(raw, start)
            if headers.get_content_maintype() == "multipart":
                boundary = headers.get_boundary()
                if boundary:
                    key = boundary.encode("utf-8", "surrogateescape")
                    if key not in open_at:
                        open_at[key] = depth
                        order.append(key)
                return start
            if headers.get_content_maintype() != "message":
                return start
            depth += 1

    def close_above(depth: int) -> None:
        while order and open_at[order[-1]] > depth:
            del open_at[order.pop()]

    position = enter(0, 0)
    for match in _DELIMITER.finditer(raw):
        if match.start() < position or not open_at:
            continue
        token = match.group(1).rstrip(b" \t")
        if token in open_at:
            depth = open_at[token]
            close_above(depth)
            position = enter(match.end(), depth + 1)
        elif token.endswith(b"--") and token[:-2] in open_at:
            close_above(open_at[token[:-2]] - 1)
