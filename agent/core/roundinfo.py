"""Reading a round's place from text: labelled lines (`Format:`, `Link:`, …) and free text.

Free text is read in English, French, Spanish, German and Portuguese: a format cue
("on Zoom", "en personne", "vor Ort"), a link, an address after "at our office,", a
phone number after a phone cue. Values are returned as written; `place_problems`
judges them before anything is stored.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from agent.core.place import Caller, Format, Place, phone_number, place_problems

PLACE_LABELS = {
    "format": "format",
    "link": "link",
    "meeting link": "link",
    "video link": "link",
    "location": "location",
    "address": "location",
    "phone": "phone",
    "dial-in": "phone",
    "notes": "notes",
}
_LABEL = re.compile(
    r"^[ \t>*•-]*("
    + "|".join(k.replace(" ", r"[ \t]+") for k in sorted(PLACE_LABELS, key=len, reverse=True))
    + r")[ \t]*:[ \t]*(.*?)[ \t]*$",
    re.I | re.M,
)
# Any scheme a hostile mail could put where a link goes; only https survives the check.
_URL = re.compile(r"\b(?:https?|javascript|data|ftp|file|vbscript):[^\s<>\"'`]+", re.I)
# "Join our webinar: https://…" in a signature is no meeting link: only the word link counts.
_LINK_WORD = re.compile(r"(?<!\w)(?:link|lien|enlace)(?!\w)", re.I)
_VIDEO = (
    r"zoom|google\s+meet|meet\.google|microsoft\s+teams|teams\s+(?:call|meeting|link)|webex"
    r"|whereby|jitsi"
    r"|video\s*(?:call|interview|chat)?|visio(?:conf[ée]rence)?|vid[ée]o|videollamada"
    r"|videoconferencia|video-?call|videoanruf|videokonferenz|videochamada|chamada\s+de\s+v[íi]deo"
)
_PHONE_CUE = (
    r"phone|telephone|t[ée]l[ée]phone|t[ée]l[ée]phonique|tel[ée]fono|telef[óô]nica"
    r"|telefonisch|telefon|telefone|dial[- ]in"
)
_ONSITE = (
    r"on-?\s?site|in[- ]person|at\s+our\s+offices?|our\s+offices?|sur\s+place|en\s+personne"
    r"|dans\s+nos\s+locaux|[àa]\s+nos\s+bureaux|[àa]\s+notre\s+bureau|presencial(?:mente)?"
    r"|en\s+persona|en\s+nuestras?\s+oficinas?|vor\s+ort|pers[öo]nliche[sn]?\s+(?:gespr[äa]ch|interview|treffen)"
    r"|in\s+unseren?\s+b[üu]ros?|pessoalmente|n[oa]\s+nosso\s+escrit[óo]rio"
    r"|em\s+nosso\s+escrit[óo]rio|em\s+nossa\s+sede"
)
_FORMATS = (
    (Format.VIDEO, re.compile(rf"(?<!\w)(?:{_VIDEO})(?!\w)", re.I)),
    (Format.PHONE, re.compile(rf"(?<!\w)(?:{_PHONE_CUE})(?!\w)", re.I)),
    (Format.ONSITE, re.compile(rf"(?<!\w)(?:{_ONSITE})(?!\w)", re.I)),
)
# "at our office, 12 King St W, 3rd floor": the address follows an office word and , or :
_ADDRESS = re.compile(
    r"(?:offices?|bureaux?|bureau|locaux|oficinas?|b[üu]ros?|escrit[óo]rio|sede|address|adresse"
    r"|direcci[óo]n|endere[çc]o)\s*[,:]\s*(?P<address>[^\n]+)",
    re.I,
)
# A full stop after a short word ("St.", "Av.") is an abbreviation, not a sentence's end.
_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ0-9]{3})[.;!?](?=\s+[A-ZÀ-Ý]|\s*$)|\s+[-–—]\s+|\s*\(")
_CANDIDATE_CALLS = re.compile(
    r"candidate\s+(?:calls|will\s+call|dials)|dial\s+in|call\s+us|call\s+in"
    r"|le\s+candidat\s+appelle|el\s+candidato\s+llama|ruft\s+uns\s+an|o\s+candidato\s+liga",
    re.I,
)
_CLIENT_CALLS = re.compile(
    r"(?:we|I|they|\w+)\s+(?:will|'ll)\s+call|calls?\s+the\s+candidate|call\s+(?:you|him|her|them)"
    r"|nous\s+appellerons|vous\s+appellera|llamaremos|le\s+llamar[áa]|rufen\s+(?:Sie|ihn|sie)\s+an"
    r"|ligaremos|vai\s+ligar",
    re.I,
)


@dataclass(frozen=True, slots=True)
class PlaceReading:
    """The place a text states, and what was wrong with it (then `place` holds none of it)."""

    place: Place = field(default_factory=Place)
    problems: tuple[str, ...] = ()
    raw: Mapping[str, str] = field(default_factory=dict)  # the values as written


def place_labels(text: str) -> dict[str, str]:
    """The labelled place lines of `text` (`Link: …`), first of each, raw."""
    found: dict[str, str] = {}
    for key, value in _LABEL.findall(text):
        name = PLACE_LABELS[" ".join(key.lower().split())]
        if value.strip():
            found.setdefault(name, value.strip())
    return found


def strip_place_labels(text: str) -> str:
    """`text` without its labelled place lines, for readers of the rest."""
    return _LABEL.sub("", text)


def read_place(text: str, labels: Mapping[str, str] | None = None) -> PlaceReading:
    """The place `text` states: labels (given, or read from `text`) win over free text."""
    labels = dict(place_labels(text) if labels is None else labels)
    prose = strip_place_labels(text)
    raw: dict[str, str] = {}
    problems: list[str] = []
    fmt = _format_of(labels.get("format", "")) if labels.get("format") else None
    if labels.get("format") and fmt is None:
        problems.append(f"the format {labels['format'][:40]!r} is none of video, phone, onsite")
    link = labels.get("link") or meeting_link(prose) or ""
    if link:
        raw["link"] = link
    location = labels.get("location") or _address(prose)
    if location:
        raw["location"] = location
    phone = labels.get("phone") or (phone_number(prose) if _cue(prose, Format.PHONE) else "")
    if phone:
        raw["phone"] = phone
    if labels.get("notes"):
        raw["notes"] = labels["notes"]
    problems += place_problems(raw)
    if problems:
        return PlaceReading(problems=tuple(problems), raw=raw)
    if fmt is None:
        fmt = _first_format(prose)
    if fmt is None:
        fmt = Format.VIDEO if link else Format.ONSITE if location else None
        fmt = Format.PHONE if fmt is None and phone else fmt
    caller = None
    if phone:
        caller = (
            Caller.CANDIDATE
            if _CANDIDATE_CALLS.search(text)
            else Caller.CLIENT
            if _CLIENT_CALLS.search(text)
            else None
        )
    place = Place(format=fmt, caller=caller, **raw)
    return PlaceReading(place=place, raw=raw)


def meeting_link(text: str) -> str | None:
    """The first link on a line that speaks of a call or a meeting link, as written
    (any scheme: the caller judges it); a web page mentioned elsewhere is no meeting link."""
    for line in text.splitlines():
        hit = _URL.search(line)
        if hit and (_cue(line, Format.VIDEO) or _LINK_WORD.search(line)):
            link = hit.group().rstrip(".,;:!?")
            # "(https://…)": a closing bracket with no opening one ends the sentence.
            return link[:-1] if link.endswith(")") and link.count("(") < link.count(")") else link
    return None


def _format_of(value: str) -> Format | None:
    word = value.strip().lower()
    for fmt in Format:
        if word.startswith(fmt.value):
            return fmt
    return _first_format(value)


def _first_format(text: str) -> Format | None:
    """The format whose cue comes first in `text`."""
    hits = [(m.start(), fmt) for fmt, cue in _FORMATS if (m := cue.search(text))]
    return min(hits)[1] if hits else None


def _cue(text: str, fmt: Format) -> bool:
    return any(cue.search(text) for f, cue in _FORMATS if f == fmt)


def _address(text: str) -> str:
    """The address after an office word, up to the end of its sentence; it must hold a digit."""
    for hit in _ADDRESS.finditer(text):
        value = hit.group("address")
        end = _SENTENCE_END.search(value)
        value = (value[: end.start()] if end else value).strip(" ,")
        if any(ch.isdigit() for ch in value):
            return value
    return ""
