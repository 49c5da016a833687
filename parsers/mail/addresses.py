"""Email addresses written in the text of a mail (not its headers), with the names before them."""

from __future__ import annotations

import re

EMAIL = r"(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
_BODY_ADDRESS = re.compile(
    rf"(?:(?P<name>(?:[A-Z][\w'’.-]*\s+){{0,2}}[A-Z][\w'’.-]*)\s*)?[<(](?:mailto:)?(?P<inner>{EMAIL})[>)]"
    rf"|(?P<bare>{EMAIL})"
)


def body_addresses(text: str) -> list[tuple[str, str]]:
    """(display name, lower-case address) of every address written in `text`."""
    return [
        (m.group("name") or "", (m.group("inner") or m.group("bare")).lower())
        for m in _BODY_ADDRESS.finditer(text)
    ]
