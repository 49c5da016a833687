"""A round's place as people read it: lines for emails and invites, HTML, calendar fields."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from agent.core.place import Caller, Place, place_lines

_LINK = re.compile(r"https://[^\s<>\"'`\\]+")


@dataclass(frozen=True, slots=True)
class CalendarPlace:
    """What an invite carries for the place: LOCATION, URL and RFC 7986 CONFERENCE values."""

    location: str = ""
    url: str = ""
    # (uri, feature, label): FEATURE is one value (VIDEO or PHONE), so no client has to
    # read a quoted list.
    conferences: tuple[tuple[str, str, str], ...] = ()


def place_block(place: Place, names: Sequence[str] = ()) -> str:
    """The lines indented for a letter, under its time; "" when nothing is known."""
    return "".join(f"    {line}\n" for line in place_lines(place, names))


def calendar_place(place: Place) -> CalendarPlace:
    """LOCATION is what Gmail and Outlook show under the title: the address, else the link
    or the number; CONFERENCE and URL carry the link for clients that read RFC 7986."""
    conferences: list[tuple[str, str, str]] = []
    if place.link:
        conferences.append((place.link, "VIDEO", "Join the video call"))
    dial = tel_uri(place.phone)
    if dial:
        label = (
            "The interviewer calls the candidate" if place.caller == Caller.CLIENT else "Dial in"
        )
        conferences.append((dial, "PHONE", label))
    location = place.location or place.link or (f"Phone: {place.phone}" if place.phone else "")
    return CalendarPlace(location=location, url=place.link, conferences=tuple(conferences))


def tel_uri(phone: str) -> str:
    """An RFC 3966 global number (`tel:+14165550100`), or "" for a local number without +."""
    digits = re.sub(r"[^0-9+]", "", phone)
    if not digits.startswith("+") or len(digits) < 8 or "+" in digits[1:]:
        return ""
    return f"tel:{digits}"


def letter_html(text: str) -> str:
    """A plain letter as HTML: escaped, paragraphs kept, https links clickable."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    body = "\n".join(f"<p>{_linked(p)}</p>" for p in paragraphs)
    return f"<!DOCTYPE html>\n<html><body>\n{body}\n</body></html>\n"


def _linked(paragraph: str) -> str:
    out, last = [], 0
    for hit in _LINK.finditer(paragraph):
        out.append(html.escape(paragraph[last : hit.start()]))
        link = html.escape(hit.group())
        out.append(f'<a href="{link}">{link}</a>')
        last = hit.end()
    out.append(html.escape(paragraph[last:]))
    return "".join(out).replace("\n", "<br>\n")
