"""Seeded generators of broken and hostile email: each takes a Random and returns raw bytes.

Case `index` of run `seed` draws from `random.Random(f"{seed}:{index}")`, so any case can be
rebuilt alone from the two numbers a crash report prints.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable, Iterator
from pathlib import Path

Generator = Callable[[random.Random], bytes]

FIXTURES = Path(__file__).parent.parent / "fixtures"

_WORDS = (
    "Hi", "thanks", "Tuesday", "Thursday", "3pm", "10:30", "after 2pm", "option 2", "next week",
    "works", "doesn't work", "I'd prefer", "withdraw", "cancel", "reschedule", "Monday 9-11am",
    "12/02", "tomorrow", "CET", "ET", "on the 9th", "great", "no", "offer", "?", "—", "Grüße",
    "mañana", "14h", "lundi", "dalle 15", "\u200b", "\u202e", "<b>", "&amp;", "=?", "?=",
)  # fmt: skip
_CHARSETS = (
    "utf-8", "iso-8859-1", "windows-1252", "us-ascii", "utf-7", "utf-16", "utf-32", "base64",
    "rot13", "idna", "zlib", "x-unknown", "", '"', "utf-8\x00", "ks_c_5601-1987", "gb2312",
    "iso-2022-jp", "unicode-1-1-utf-7", "punycode", "hex", "uu", "x" * 300, "utf-8''", "\xff",
)  # fmt: skip
_ENCODINGS = ("7bit", "8bit", "binary", "base64", "quoted-printable", "x-uuencode", "bogus", "")
_DATES = (
    "Fri, 31 Dec 9999 23:59:59 +0000", "Mon, 1 Jan 0001 00:00:00 +0000", "Tue, 30 Feb 2027 10:00",
    "yesterday", "", "Wed, 03 Feb 2027 25:61:61 +9999", "Thu, 04 Feb 2027 10:00:00 -0000",
    "1 Jan 99999999999999999999 10:00 +0000", "Sun, 7 Mar 2027 10:00:00 GMT+1", "\x00",
    "Mon, 01 Feb 2027 09:00:00 +0100", "Sat, 1 Jan 1900 00:00:00 +0000", "2027-02-01T09:00:00Z",
)  # fmt: skip


def _text(rng: random.Random, words: int = 30) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, words)))


def _noise(rng: random.Random, size: int) -> bytes:
    return bytes(rng.randrange(256) for _ in range(size))


def _headers(rng: random.Random, **extra: str) -> list[str]:
    found = {
        "From": rng.choice(["Jane <jane@example.com>", "jane@example.com", "", "<>", "@", "a@b"]),
        "To": "agent@rounds.test",
        "Subject": f"Re: Interview {_text(rng, 4)}",
        "Date": rng.choice(_DATES),
        "Message-ID": f"<fuzz.{rng.randrange(10**9)}@example.com>",
        "MIME-Version": "1.0",
    }
    found |= extra
    return [f"{name}: {value}" for name, value in found.items()]


def _join(lines: list[str], body: bytes) -> bytes:
    return "\n".join(lines).encode("utf-8", "surrogateescape") + b"\n\n" + body


def _leaf(rng: random.Random, ctype: str = "text/plain", payload: bytes | None = None) -> bytes:
    data = payload if payload is not None else _text(rng).encode("utf-8")
    encoding = rng.choice(_ENCODINGS)
    if encoding == "base64" and rng.random() < 0.7:
        data = base64.encodebytes(data)
    charset = rng.choice(_CHARSETS)
    return (
        f'Content-Type: {ctype}; charset="{charset}"\nContent-Transfer-Encoding: {encoding}\n\n'
    ).encode("utf-8", "surrogateescape") + data


def _multipart(rng: random.Random, parts: list[bytes], subtype: str = "mixed") -> bytes:
    boundary = f"b{rng.randrange(10**6)}"
    body = b"".join(b"--" + boundary.encode() + b"\n" + p + b"\n" for p in parts)
    head = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode()
    return head + body + b"--" + boundary.encode() + b"--\n"


def _message(rng: random.Random, entity: bytes) -> bytes:
    """Top-level headers in front of a MIME entity (which brings its own Content-Type)."""
    head, _, body = entity.partition(b"\n\n")
    lines = _headers(rng) + head.decode("utf-8", "surrogateescape").split("\n")
    return _join(lines, body)


def truncated_boundary(rng: random.Random) -> bytes:
    whole = _message(rng, _multipart(rng, [_leaf(rng) for _ in range(rng.randint(1, 4))]))
    return whole[: rng.randint(len(whole) // 3, len(whole))]


def missing_boundary(rng: random.Random) -> bytes:
    entity = _multipart(rng, [_leaf(rng), _leaf(rng, "text/html")], rng.choice(["mixed", "alt"]))
    choice = rng.randrange(3)
    if choice == 0:  # the parameter is gone
        entity = entity.replace(b"; boundary=", b"; nothing=", 1)
    elif choice == 1:  # the closing delimiter is gone
        entity = entity[: entity.rindex(b"--")]
    else:  # the declared boundary never appears
        entity = entity.replace(b'boundary="', b'boundary="other', 1)
    return _message(rng, entity)


def bogus_charset(rng: random.Random) -> bytes:
    charset = rng.choice(_CHARSETS)
    word = base64.b64encode(_noise(rng, rng.randint(0, 20))).decode()
    body = f'Content-Type: text/plain; charset="{charset}"\n\n'.encode("utf-8", "surrogateescape")
    return _join(
        _headers(rng, Subject=f"=?{charset}?B?{word}?= =?{charset}?Q?caf=E9_=FF?="),
        body + _noise(rng, rng.randint(0, 400)),
    )


def bad_transfer_encoding(rng: random.Random) -> bytes:
    payload = rng.choice(
        [b"SGVsbG8=====", b"!!!!", b"=\n=Z=", b"=E9=\n=", b"begin 644 x\n#0V%T\n", _noise(rng, 80)]
    )
    encoding = rng.choice(["base64", "quoted-printable", "x-uuencode", "gzip", "base64; x=y"])
    entity = f"Content-Type: text/plain\nContent-Transfer-Encoding: {encoding}\n\n".encode()
    return _message(rng, entity + payload * rng.randint(1, 50))


def deep_nesting(rng: random.Random) -> bytes:
    entity = _leaf(rng)
    for _ in range(rng.choice([5, 39, 40, 41, 60, 200])):
        if rng.random() < 0.2:
            entity = b"Content-Type: message/rfc822\n\n" + _message(rng, entity)
        else:
            entity = _multipart(rng, [entity])
    return _message(rng, entity)


def many_parts(rng: random.Random) -> bytes:
    count = rng.choice([1, 50, 199, 200, 201, 1000])
    return _message(rng, _multipart(rng, [b"\nx"] * count))


def huge_headers(rng: random.Random) -> bytes:
    lines = _headers(rng)
    kind = rng.randrange(3)
    if kind == 0:  # one enormous line
        lines.append("X-Long: " + "a" * rng.randint(10_000, 200_000))
    elif kind == 1:  # thousands of headers
        lines += [f"X-H{i}: {i}" for i in range(rng.randint(1_000, 5_000))]
    else:  # a subject folded over thousands of lines
        lines.append("Subject: start" + "\n =?utf-8?q?x?=" * rng.randint(1_000, 5_000))
    return _join(lines, _text(rng).encode())


def nuls(rng: random.Random) -> bytes:
    raw = bytearray(_message(rng, _leaf(rng)))
    for _ in range(rng.randint(1, 30)):
        raw.insert(rng.randrange(len(raw) + 1), 0)
    return bytes(raw)


def encoded_crlf(rng: random.Random) -> bytes:
    evil = rng.choice(["=0D=0ABcc:_x@evil.test", "=0A=0A<b>x</b>", "=00", "=0D", "=E2=80=AE"])
    return _join(
        _headers(
            rng,
            Subject=f"=?utf-8?q?Re=3A_x{evil}?=",
            From=f"=?utf-8?q?Eve{evil}?= <eve@evil.test>",
            **{"Message-ID": f"<=?utf-8?q?{evil}?=@x>", "Reply-To": f"=?utf-8?b?{evil}?= <r@x>"},
        ),
        _text(rng).encode(),
    )


def invalid_dates(rng: random.Random) -> bytes:
    date = rng.choice(_DATES)
    return _join(_headers(rng, Date=date), _text(rng).encode())


def eight_bit_headers(rng: random.Random) -> bytes:
    name = rng.choice([b"Ren\xc3\xa9e", b"Ren\xe9e", b"\xff\xfe", b"\xe4\xbd\xa0\xe5", b"\xc3"])
    head = b"From: " + name + b" <r\xc3\xa9@ex\xe9.com>\nSubject: " + name + b"\nTo: " + name
    return head + b"\nMessage-ID: <" + name + b"@x>\n\n" + _text(rng).encode()


def duplicate_headers(rng: random.Random) -> bytes:
    lines = _headers(rng)
    for _ in range(rng.randint(2, 10)):
        lines.append(rng.choice(lines) + rng.choice(["", " x", "\x00"]))
    lines.append(rng.choice(["Content-Type: text/html", "Content-Type: multipart/mixed"]))
    return _join(lines, _text(rng).encode())


def bounce_report(rng: random.Random) -> bytes:
    status = rng.choice(
        [b"Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; x@y\nStatus: 5.1.1\n", b"\x00\n"]
    )
    original = rng.choice([_message(rng, _leaf(rng)), b"garbage", b""])
    entity = _multipart(
        rng,
        [
            _leaf(rng),
            b"Content-Type: message/delivery-status\n\n" + status,
            b"Content-Type: " + rng.choice([b"message/rfc822", b"text/rfc822-headers"]) + b"\n\n"
            + original,
        ],
        "report; report-type=delivery-status",
    )  # fmt: skip
    return _message(rng, entity)


def hostile_html(rng: random.Random) -> bytes:
    pieces = [
        "<div>", "</div>", "<blockquote>", "<p>", "<span style='display:none'>",
        "<script>", "</script>", "<!--", "-->", "<![CDATA[", "&#0;", "&#x110000;", "&bogus;",
        "<div id=divRplyFwdMsg>", "<table><tr><td>", "<pre>", "</pre>", "<br/>", "<svg><a>",
    ]  # fmt: skip
    html = "".join(rng.choice(pieces) + _text(rng, 3) for _ in range(rng.randint(1, 3000)))
    return _message(rng, _leaf(rng, "text/html", html.encode()))


def pathological_text(rng: random.Random) -> bytes:
    """Lines shaped to make the quote, signature and time regexes backtrack."""
    line = rng.choice(
        [
            "1" + "@" * 400 + ":", "Am 1 " + "schrieb " * 40 + "x" * 300 + ":",
            "On 1 " + "wrote " * 60, "From: x\nTo: y\n" * 3, "> " * 500, "-" * 5000,
            "Monday " * 300, "3pm-" * 500, "CONFIDENTIAL this e-mail " * 50, "Best,\nJo\n",
            "9" * 3000, "10:" * 1000, " " * 5000 + ":",
        ]
    )  # fmt: skip
    return _join(_headers(rng), ("\n".join([line] * rng.randint(1, 1000))).encode())


def mutated_fixture(rng: random.Random) -> bytes:
    paths = sorted((FIXTURES / "eml").glob("*.eml"))
    buf = bytearray(rng.choice(paths).read_bytes())
    for _ in range(rng.randint(1, 12)):
        pos = rng.randrange(len(buf) + 1)
        op = rng.random()
        if op < 0.4 and buf:
            buf[min(pos, len(buf) - 1)] = rng.randrange(256)
        elif op < 0.7:
            buf[pos:pos] = rng.choice([b"\n", b"=?", b"?=", b"<", b">", b"--", b";", b"\x00"])
        elif op < 0.85:
            del buf[pos : pos + rng.randint(1, 40)]
        else:
            start = rng.randrange(len(buf) + 1)
            buf[pos:pos] = buf[start : start + rng.randint(1, 80)]
    return bytes(buf)


# -- calendar parts ---------------------------------------------------------------------------


def _calendar_message(rng: random.Random, ics: str, method: str | None) -> bytes:
    """Wrap an iCalendar text the ways clients do: alone, beside text, as an .ics attachment."""
    param = f"; method={method}" if method is not None else ""
    data = ics.encode("utf-8", "surrogateescape")
    if rng.random() < 0.3:
        data = base64.encodebytes(data)
        head = f"Content-Type: text/calendar{param}\nContent-Transfer-Encoding: base64\n\n"
    else:
        head = f"Content-Type: text/calendar; charset=utf-8{param}\n\n"
    part = head.encode() + data
    layout = rng.randrange(3)
    if layout == 0:
        return _message(rng, part)
    if layout == 1:
        return _message(rng, _multipart(rng, [_leaf(rng), part], "alternative"))
    attachment = b'Content-Type: application/octet-stream; name="invite.ics"\n\n' + data
    return _message(rng, _multipart(rng, [_leaf(rng), attachment]))


def _vcalendar(method: str | None, *event_lines: str, extra: str = "") -> str:
    head = "BEGIN:VCALENDAR\nVERSION:2.0\n" + (f"METHOD:{method}\n" if method else "")
    event = "BEGIN:VEVENT\nUID:rounds-1@agency.example\n" + "\n".join(event_lines)
    return f"{head}{extra}{event}\nEND:VEVENT\nEND:VCALENDAR\n"


def _method(rng: random.Random) -> str | None:
    return rng.choice(["REPLY", "COUNTER", "reply", "CANCEL", "REQUEST", "X-ODD", "", None, "\x00"])


def malformed_dtstart(rng: random.Random) -> bytes:
    value = rng.choice(
        [
            "DTSTART:2027", "DTSTART:99991231T235959Z", "DTSTART:00000000T000000Z",
            "DTSTART;TZID=Mars/Olympus:20270212T100000", "DTSTART;VALUE=DATE:20270212",
            "DTSTART:20270212T250000Z", "DTSTART:20270212T100000", "DTSTART:",
            "DTSTART;TZID=:20270212T100000", "DTSTART:2027-02-12T10:00:00Z",
        ]
    )  # fmt: skip
    end = rng.choice(["DTEND:20270212T090000Z", "DURATION:P99999999W", "DURATION:-PT1H", ""])
    return _calendar_message(rng, _vcalendar("COUNTER", value, end), _method(rng))


def odd_method(rng: random.Random) -> bytes:
    method = _method(rng)
    ics = _vcalendar(method, "DTSTART:20270212T100000Z", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b")
    return _calendar_message(rng, ics, _method(rng))


def odd_attendee(rng: random.Random) -> bytes:
    attendee = rng.choice(
        [
            "ATTENDEE:", "ATTENDEE;PARTSTAT=:mailto:", "ATTENDEE;PARTSTAT=\"ACC\"EPTED\":x",
            "ATTENDEE;PARTSTAT=ACCEPTED;PARTSTAT=DECLINED:MAILTO:A@B", "ATTENDEE;=;==:mailto:a@b",
            "ATTENDEE;CN=\"unterminated:mailto:a@b", "ATTENDEE;PARTSTAT=ACCEPTED,DECLINED:a@b",
            "ATTENDEE;X-" + "A" * 5000 + "=1:mailto:a@b", "ATTENDEE;PARTSTAT=accepted:tel:+1",
        ]
    )  # fmt: skip
    return _calendar_message(rng, _vcalendar("REPLY", attendee), "REPLY")


def huge_sequence(rng: random.Random) -> bytes:
    sequence = rng.choice(["9" * 5000, "-1", "1e9", "0x10", "", "١٢", "1.5", str(2**64)])
    ics = _vcalendar("REPLY", f"SEQUENCE:{sequence}", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b")
    return _calendar_message(rng, ics, "REPLY")


def vtimezone_garbage(rng: random.Random) -> bytes:
    zone = rng.choice(
        [
            "BEGIN:VTIMEZONE\nTZID:X\nEND:VTIMEZONE\n",
            "BEGIN:VTIMEZONE\nTZID:X\nBEGIN:STANDARD\nTZOFFSETFROM:+9999\nTZOFFSETTO:abc\n"
            "DTSTART:19700101T000000\nRRULE:FREQ=SECONDLY\nEND:STANDARD\nEND:VTIMEZONE\n",
            "BEGIN:VTIMEZONE\nBEGIN:VTIMEZONE\n",
            "BEGIN:VTIMEZONE\nTZID:X\nBEGIN:DAYLIGHT\nTZOFFSETTO:+0100\nEND:DAYLIGHT\n"
            "END:VTIMEZONE\n",
        ]
    )
    ics = _vcalendar("COUNTER", "DTSTART;TZID=X:20270212T100000", "DTEND;TZID=X:20270212T110000")
    return _calendar_message(rng, ics.replace("BEGIN:VEVENT", zone + "BEGIN:VEVENT", 1), None)


def nested_components(rng: random.Random) -> bytes:
    inner = "BEGIN:VEVENT\n" * rng.randint(1, 300) + "END:VEVENT\n" * rng.randint(0, 300)
    ics = _vcalendar(_method(rng), "DTSTART:20270212T100000Z", inner.strip(), "BEGIN:VALARM")
    return _calendar_message(rng, ics, _method(rng))


def reply_several_attendees(rng: random.Random) -> bytes:
    states = ["ACCEPTED", "DECLINED", "TENTATIVE", "NEEDS-ACTION", "DELEGATED", "X-MAYBE"]
    attendees = [
        f"ATTENDEE;PARTSTAT={rng.choice(states)}:mailto:p{i}@example.com"
        for i in range(rng.randint(0, 50))
    ]
    return _calendar_message(rng, _vcalendar("REPLY", *attendees), rng.choice(["REPLY", None]))


def counter_without_times(rng: random.Random) -> bytes:
    lines = rng.choice([[], ["DTEND:20270212T110000Z"], ["DURATION:PT1H"], ["DTSTART:"]])
    return _calendar_message(rng, _vcalendar("COUNTER", *lines), "COUNTER")


def raw_calendar_noise(rng: random.Random) -> bytes:
    text = _vcalendar(_method(rng), "DTSTART:20270212T100000Z")
    cut = bytearray(text.encode())
    for _ in range(rng.randint(1, 10)):
        cut[rng.randrange(len(cut))] = rng.choice(b':;=\n\r\x00,\\"')
    return _calendar_message(rng, cut.decode("latin-1"), _method(rng))


GENERATORS: tuple[Generator, ...] = (
    truncated_boundary, missing_boundary, bogus_charset, bad_transfer_encoding, deep_nesting,
    many_parts, huge_headers, nuls, encoded_crlf, invalid_dates, eight_bit_headers,
    duplicate_headers, bounce_report, hostile_html, pathological_text, mutated_fixture,
    malformed_dtstart, odd_method, odd_attendee, huge_sequence, vtimezone_garbage,
    nested_components, reply_several_attendees, counter_without_times, raw_calendar_noise,
)  # fmt: skip


def case(seed: int, index: int) -> tuple[str, bytes]:
    """Case `index` of run `seed`: the generator's name and the bytes, the same every time."""
    rng = random.Random(f"{seed}:{index}")
    generator = GENERATORS[index % len(GENERATORS)]
    # Generators write LF; mail arrives mostly as CRLF, sometimes LF or bare CR.
    ending = rng.choice([b"\r\n", b"\r\n", b"\n", b"\r"])
    return generator.__name__, generator(rng).replace(b"\n", ending)


def cases(seed: int, count: int) -> Iterator[tuple[int, str, bytes]]:
    """Cases 0 to count - 1 of run `seed`, cycling through every generator in turn."""
    for index in range(count):
        name, raw = case(seed, index)
        yield index, name, raw
