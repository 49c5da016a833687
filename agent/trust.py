"""Whether the receiving server's Authentication-Results back a message's From address."""

from __future__ import annotations

import re

from parsers.model import ParsedMessage

_RESULT = re.compile(r"\b(dkim|spf|dmarc)\s*=\s*(\w+)([^;]*)", re.I)
_DOMAIN = re.compile(r"(?:header\.[di]|smtp\.mailfrom|header\.from)\s*=\s*\"?([^\s;\"]+)", re.I)


def _aligned(claimed: str, domain: str) -> bool:
    domain = domain.rpartition("@")[2].lower().rstrip(".")
    if "." not in domain:
        return False
    return claimed == domain or claimed.endswith("." + domain) or domain.endswith("." + claimed)


def authenticated(message: ParsedMessage) -> bool:
    """True unless the receiving server's Authentication-Results say the From domain failed.

    Without any Authentication-Results header (a plain test server, an internal relay) the
    From address is taken as is; Gmail always adds the header.
    """
    if message.sender is None:
        return False
    if not message.auth_results:
        return True
    from_domain = message.sender.email.rpartition("@")[2]
    for header in message.auth_results:
        for method, verdict, rest in _RESULT.findall(header):
            if verdict.lower() != "pass":
                continue
            if method.lower() == "dmarc":
                return True
            if any(_aligned(from_domain, d) for d in _DOMAIN.findall(rest)):
                return True
    return False
