"""What the receiving server vouched for about a message's From address (RFC 8601).

Anyone can write an Authentication-Results header, so only the receiving server's own
count. Rule (RFC 8601 §5, adapted to where real servers put their header):

1. Walk the headers top-down. A header counts only when its authserv-id is one of
   ROUNDS_AUTHSERV_ID. Received headers above the first counted header are the receiving
   server's own trace (Gmail writes its border `Received: … by mx.google.com` and internal
   hops above its verdict), so they are passed over.
2. The first Received header below a counted header ends the walk: everything below it
   was written before the receiving server took the message, by someone outside.
3. A receiving server writes one result per method. When the counted headers contradict
   each other for the From domain (a pass beside a fail, a `none` beside a pass), a sender
   wrote one of them, and the verdict is FAIL.

This trusts that the configured server adds its header to every message it accepts (Gmail
does; `rounds doctor` shows the verdict on the newest message so an operator can check).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from parsers.model import ParsedMessage


class Verdict(Enum):
    """The receiving server's word on a message's From domain."""

    # DMARC passed for the From domain, or an aligned DKIM signature did
    PASS = "pass"  # noqa: S105 - a verdict, not a password
    FAIL = "fail"  # DMARC failed, an aligned signature failed with none passing, or a conflict
    NEUTRAL = "neutral"  # a trusted header, but nothing that passes or fails for the domain
    MISSING = "missing"  # no header from the configured server


@dataclass(frozen=True, slots=True)
class Result:
    """One resinfo: `method=result` and its `ptype.property=value` pairs, lower case."""

    method: str
    result: str
    props: tuple[tuple[str, str], ...] = ()

    def prop(self, name: str) -> str:
        return next((value for key, value in self.props if key == name), "")


def _tokens(value: str) -> list[tuple[str, bool]]:
    """Split a header value into (token, quoted) pairs; comments are dropped.

    `;` and `=` are tokens of their own. Comments nest and may hold any text (RFC 5322
    §3.2.2), including `header.from=…`; a backslash escapes in both comments and quotes.
    """
    out: list[tuple[str, bool]] = []
    word: list[str] = []
    depth, i = 0, 0

    def end_word() -> None:
        if word:
            out.append(("".join(word), False))
            word.clear()

    while i < len(value):
        char = value[i]
        if depth:
            if char == "\\":
                i += 1
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
        elif char == "(":
            end_word()
            depth = 1
        elif char == '"':
            end_word()
            quoted: list[str] = []
            i += 1
            while i < len(value) and value[i] != '"':
                if value[i] == "\\" and i + 1 < len(value):
                    i += 1
                quoted.append(value[i])
                i += 1
            out.append(("".join(quoted), True))
        elif char in ";=":
            end_word()
            out.append((char, False))
        elif char.isspace():
            end_word()
        else:
            word.append(char)
        i += 1
    end_word()
    return out


def parse_header(value: str) -> tuple[str, tuple[Result, ...]]:
    """An Authentication-Results value → (authserv-id, results); malformed resinfo is skipped."""
    segments: list[list[tuple[str, bool]]] = [[]]
    for word, quoted in _tokens(value):
        if word == ";" and not quoted:
            segments.append([])
        else:
            segments[-1].append((word, quoted))
    head = segments[0]
    authserv = head[0][0].lower().rstrip(".") if head else ""
    results = []
    for segment in segments[1:]:
        pairs = _pairs(segment)
        if not pairs:
            continue  # "none", or garbage
        (method, result), props = pairs[0], pairs[1:]
        if "." in method:
            continue  # a resinfo starts with a method, never a property
        results.append(
            Result(
                method=method.partition("/")[0],
                result=result,
                props=tuple((k, v) for k, v in props if "." in k),
            )
        )
    return authserv, tuple(results)


def _pairs(segment: list[tuple[str, bool]]) -> list[tuple[str, str]]:
    """`k = v k = v …` → [(k, v)], keys and values lower case; [] when malformed."""
    pairs = []
    i = 0
    while i + 2 < len(segment):
        key, key_quoted = segment[i]
        sign, sign_quoted = segment[i + 1]
        if key_quoted or sign != "=" or sign_quoted:
            return []
        pairs.append((key.lower(), segment[i + 2][0].strip().lower()))
        i += 3
    return pairs if i == len(segment) else []


def trusted_results(
    headers: Iterable[tuple[str, str]], authserv_ids: frozenset[str]
) -> tuple[Result, ...] | None:
    """The results of the receiving server's own headers, or None when it wrote none."""
    found: list[Result] = []
    counted = False
    for name, value in headers:
        lowered = name.lower()
        if lowered == "received" and counted:
            break  # written outside, before the receiving server took the message
        if lowered != "authentication-results":
            continue
        authserv, results = parse_header(value)
        if authserv in authserv_ids:
            counted = True
            found.extend(results)
    return tuple(found) if counted else None


def _domain(value: str) -> str:
    return value.rpartition("@")[2].strip().lower().rstrip(".")


def aligned(signer: str, domain: str) -> bool:
    """Relaxed alignment, approximated: the same domain or one a subdomain of the other."""
    signer, domain = _domain(signer), _domain(domain)
    if "." not in signer or "." not in domain:
        return False
    return signer == domain or signer.endswith("." + domain) or domain.endswith("." + signer)


def verdict(results: tuple[Result, ...] | None, from_domain: str) -> Verdict:
    """The verdict for `from_domain` from the receiving server's results (see the module)."""
    if results is None:
        return Verdict.MISSING
    domain = _domain(from_domain)
    # DMARC is always about the From domain: a result naming no header.from can fail it,
    # but only one naming this very domain can pass it.
    dmarc = [
        r for r in results if r.method == "dmarc" and _domain(r.prop("header.from")) in {domain, ""}
    ]
    said = {r.result for r in dmarc}
    if "fail" in said or ("pass" in said and len(said) > 1):
        return Verdict.FAIL
    passed = any(r.result == "pass" and _domain(r.prop("header.from")) == domain for r in dmarc)
    dkim = [r for r in results if r.method == "dkim"]
    signed = {r.result for r in dkim if aligned(r.prop("header.d") or r.prop("header.i"), domain)}
    unsigned = any(r.result == "none" for r in dkim)
    if passed or "pass" in signed:
        return Verdict.FAIL if unsigned else Verdict.PASS
    if "fail" in signed:
        return Verdict.FAIL  # the domain signs its mail, and this signature failed
    return Verdict.NEUTRAL


# Mailbox providers anyone can sign up with: an address there says nothing about who its
# owner works for, so "the client's own domain" never means one of them.
PUBLIC_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
        "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "pm.me",
        "web.de", "mail.com", "zoho.com", "mail.ru", "tutanota.com", "tuta.io", "fastmail.com",
        "hey.com", "qq.com", "163.com", "126.com", "t-online.de", "free.fr", "orange.fr",
        "laposte.net", "libero.it", "seznam.cz", "wp.pl", "o2.pl", "naver.com", "ymail.com",
        "rediffmail.com", "yandex.com", "hanmail.net",
    }
)  # fmt: skip
# Providers with a domain per country: yahoo.co.uk, gmx.de, hotmail.fr, outlook.es, ...
_PUBLIC_FAMILIES = frozenset({"yahoo", "gmx", "hotmail", "outlook", "yandex", "live"})


def public_mail_domain(domain: str) -> bool:
    """Whether `domain` is a public mailbox provider (see PUBLIC_MAIL_DOMAINS)."""
    labels = _domain(domain).split(".")
    if ".".join(labels) in PUBLIC_MAIL_DOMAINS:
        return True
    country = len(labels) == 2 or (len(labels) == 3 and labels[1] in {"co", "com"})
    return country and labels[0] in _PUBLIC_FAMILIES


def plain_address(address: str) -> bool:
    """ASCII and unchanged by NFKC case folding: the only addresses that can be a recruiter.

    A Kelvin sign (U+212A) lower-cases to "k"; such look-alikes must never match.
    """
    return address.isascii() and unicodedata.normalize("NFKC", address).casefold() == address


@dataclass(frozen=True, slots=True)
class Trust:
    """How the receiving server's verdicts are read: ROUNDS_AUTHSERV_ID and friends."""

    authserv_ids: frozenset[str] = frozenset({"mx.google.com"})
    unauthenticated: bool = False  # ROUNDS_TRUST_UNAUTHENTICATED: no header means pass

    def of(self, message: ParsedMessage) -> Verdict:
        """The verdict on a message's From domain."""
        sender = message.sender.email if message.sender else ""
        return verdict(trusted_results(message.headers, self.authserv_ids), sender)

    def recruiter(self, message: ParsedMessage, verdict: Verdict) -> bool:
        """Whether the message may speak with a recruiter's authority (given its verdict).

        Exactly one From header with exactly one plain address, and the receiving server's
        pass for its domain (or no header at all, when ROUNDS_TRUST_UNAUTHENTICATED is on).
        """
        froms = [value for name, value in message.headers if name.lower() == "from"]
        if message.sender is None or len(froms) != 1 or len(message.senders) != 1:
            return False
        if not plain_address(message.sender.email):
            return False
        return verdict is Verdict.PASS or (verdict is Verdict.MISSING and self.unauthenticated)
