"""Where and how a round happens: video, phone or onsite, with its link, address or number.

Values arrive from mail, so every setter goes through `place_problems` first: a link
must be https, text must be free of control characters and at most MAX_TEXT long.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

MAX_TEXT = 500  # an address or a note longer than this is not an address
# C0/C1 controls, DEL and the Unicode line and paragraph separators; a tab is allowed.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
_HTTPS = re.compile(r"https://[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#][^\s<>\"'`\\]*)?")
_PHONE = re.compile(r"\+?[0-9][0-9 ().-]{5,28}[0-9]")


class Format(StrEnum):
    """How the interview is held; these words appear in the tracker and in commands."""

    VIDEO = "video"  # a meeting link
    PHONE = "phone"  # a number, and who calls whom
    ONSITE = "onsite"  # an address, with arrival notes


class Caller(StrEnum):
    """Who dials on a phone round."""

    CANDIDATE = "candidate"  # the candidate calls the number given
    CLIENT = "client"  # the interviewer calls the candidate on the number given


class Place(BaseModel):
    """A round's format and details; "" and None mean not said (old trackers load as that)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    format: Format | None = None
    link: str = ""  # https meeting link (video), or a dial-in page
    location: str = ""  # street address (onsite)
    phone: str = ""  # the number to dial (phone)
    caller: Caller | None = None  # who dials `phone`
    notes: str = ""  # arrival notes, access codes: anything the attendees should read

    def over(self, base: Place) -> Place:
        """This place's stated fields on top of `base`; a new format drops `base`'s details."""
        if self.format is not None and base.format not in (None, self.format):
            base = Place()
        said = self.model_dump(exclude_defaults=True)
        return base.model_copy(update=said)

    @property
    def empty(self) -> bool:
        return self == Place()


def place_problems(raw: Mapping[str, str]) -> list[str]:
    """What is wrong with raw place values as written (`link`, `location`, `notes`, `phone`).

    An empty list means `raw` may be stored as it is.
    """
    problems = []
    link = raw.get("link", "")
    if link and not _HTTPS.fullmatch(link):
        scheme = link.split(":", 1)[0].lower() if ":" in link else ""
        why = f"a {scheme}: link" if scheme and scheme != "https" else "no well-formed https link"
        problems.append(f"the meeting link {_shown(link)} is {why}; I only use https:// links")
    for key in ("location", "notes", "phone"):
        value = raw.get(key, "")
        name = {"location": "address", "notes": "notes", "phone": "phone number"}[key]
        if _CONTROL.search(value):
            problems.append(f"the {name} {_shown(value)} holds control characters")
        elif len(value) > MAX_TEXT:
            problems.append(f"the {name} is {len(value)} characters long (at most {MAX_TEXT})")
    phone = raw.get("phone", "")
    if phone and not _CONTROL.search(phone) and not _PHONE.search(phone):
        problems.append(f"the phone number {_shown(phone)} has no number I can dial")
    return problems


def phone_number(text: str) -> str:
    """The first dialable number in `text`, as written, or ""."""
    found = _PHONE.search(text)
    return found.group().strip() if found else ""


def _shown(value: str) -> str:
    """A hostile value quoted for the recruiter: one line, visible escapes, capped."""
    return repr(value[:80] + ("…" if len(value) > 80 else ""))


def round_place(
    number: int,
    earlier: Place,
    said: Place,
    defaults: Mapping[int, Place] | None = None,
) -> Place:
    """The place of round `number`: what was said for it, over the client's defaults for
    that round number (a clients file can feed them), over the round before.

    The one function that decides a round's place, so a new source slots in here.
    """
    base = (defaults or {}).get(number, Place()).over(earlier)
    return said.over(base)


_FORMAT_WORDS = {
    Format.VIDEO: "video call",
    Format.PHONE: "phone call",
    Format.ONSITE: "in person",
}


def place_lines(place: Place, names: Sequence[str] = ()) -> list[str]:
    """`Format: video call`, `Join: https://…`, `Where: …`, `With: …`: one line each."""
    lines = []
    if place.format is not None:
        lines.append(f"Format: {_FORMAT_WORDS[place.format]}")
    if place.link:
        lines.append(f"Join: {place.link}")
    if place.location:
        lines.append(f"Where: {place.location}")
    if place.phone:
        lines.append(f"Phone: {place.phone}{_who_calls(place.caller)}")
    if place.notes:
        lines.append(f"Notes: {place.notes}")
    if names:
        lines.append(f"With: {', '.join(names)}")
    return lines


def _who_calls(caller: Caller | None) -> str:
    if caller == Caller.CANDIDATE:
        return " (the candidate calls this number)"
    if caller == Caller.CLIENT:
        return " (the interviewer calls the candidate on this number)"
    return ""
