"""Only the receiving server's Authentication-Results count, read as RFC 8601 says."""

from __future__ import annotations

import pytest

from agent.core.trust import Result, Trust, Verdict, parse_header, plain_address, trusted_results
from parsers.mail.message import parse_message

MX = "mx.rounds.test"
TRUST = Trust(authserv_ids=frozenset({MX}))
PASS = f"{MX}; dkim=pass header.d=agency.test; dmarc=pass header.from=agency.test"
FAIL = f"{MX}; dkim=fail header.d=agency.test; spf=fail; dmarc=fail header.from=agency.test"
FORGED = f"{MX}; dkim=pass header.d=agency.test; dmarc=pass header.from=agency.test"
OUTSIDE = "Received: from evil.example by relay.evil.example; Mon, 30 Nov 2026 10:00:00 +0000"


def _raw(*top: str, sender: str = "Rita <rita@agency.test>") -> bytes:
    """A message whose headers start with `top` (receiving server first), then `sender`."""
    lines = [*top, f"From: {sender}", "To: agent@rounds.test", "Subject: hi", "", "body"]
    return "\r\n".join(lines).encode()


def _verdict(*top: str, sender: str = "Rita <rita@agency.test>") -> Verdict:
    return TRUST.of(parse_message(_raw(*top, sender=sender)))


def _recruiter(*top: str, sender: str = "Rita <rita@agency.test>", trust: Trust = TRUST) -> bool:
    message = parse_message(_raw(*top, sender=sender))
    return trust.recruiter(message, trust.of(message))


def test_comments_are_removed_and_properties_parsed() -> None:
    """Nested comments and quoted strings never become results; ptype.property pairs do."""
    authserv, results = parse_header(
        "MX.Rounds.Test (a (nested) comment); spf=pass (header.from=agency.test) "
        'smtp.mailfrom=evil.test; dkim/1 = pass reason="ok; fine" header.d=Agency.Test '
        "header.b=abc; none-of-this"
    )
    assert authserv == MX
    assert results == (
        Result("spf", "pass", (("smtp.mailfrom", "evil.test"),)),
        Result("dkim", "pass", (("header.d", "agency.test"), ("header.b", "abc"))),
    )


def test_receiving_servers_pass_makes_a_recruiter() -> None:
    """The configured server's dmarc=pass for the From domain gives authority."""
    assert _verdict(f"Authentication-Results: {PASS}") == Verdict.PASS
    assert _recruiter(f"Authentication-Results: {PASS}")


def test_gmail_layout_counts_its_header_below_its_own_received() -> None:
    """Gmail writes its Received lines above its verdict: those do not end the walk."""
    gmail = Trust(authserv_ids=frozenset({"mx.google.com"}))
    raw = _raw(
        "Received: by 2002:a05:6a10:1234 with SMTP id x; Mon, 30 Nov 2026 10:00:02 -0800",
        "Received: from mail.agency.test (mail.agency.test. [192.0.2.1]) by mx.google.com",
        "Received-SPF: pass (google.com: domain of rita@agency.test designates 192.0.2.1)",
        "Authentication-Results: mx.google.com; dkim=pass header.i=@agency.test header.s=s1;"
        " spf=pass smtp.mailfrom=rita@agency.test;"
        " dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=agency.test",
        "Received: by mail.agency.test; Mon, 30 Nov 2026 10:00:00 -0800",
    )
    message = parse_message(raw)
    assert gmail.of(message) == Verdict.PASS
    assert gmail.recruiter(message, Verdict.PASS)


@pytest.mark.parametrize(
    "top",
    [
        # a sender-written pass below the receiving server's failing header
        (f"Authentication-Results: {FAIL}", f"Authentication-Results: {FORGED}"),
        # the receiver's pass is for the attacker's own domain
        (
            f"Authentication-Results: {MX}; dkim=pass header.d=evil.test; dmarc=pass "
            "header.from=evil.test",
        ),
        # SPF alone, and a comment echoing header.from
        (
            f"Authentication-Results: {MX}; spf=pass (header.from=agency.test) "
            "smtp.mailfrom=agency.test",
        ),
        # a pass beside the receiver's "no signature at all"
        (
            f"Authentication-Results: {MX}; dkim=none; spf=softfail",
            f"Authentication-Results: {MX}; dkim=pass header.d=agency.test",
        ),
        # a pass from a server that is not the configured one
        ("Authentication-Results: mx.evil.test; dmarc=pass header.from=agency.test",),
        # a pass below a Received header written outside
        (f"Authentication-Results: {MX}; spf=none", OUTSIDE, f"Authentication-Results: {PASS}"),
        # no header at all
        (),
    ],
    ids=["below-fail", "other-domain", "spf-comment", "beside-none", "other-mx", "outside", "none"],
)
def test_forgeries_give_no_authority(top: tuple[str, ...]) -> None:
    """Each forgery of issue 13 leaves the recruiter's address without authority."""
    assert not _recruiter(*top)


def test_contradicting_headers_are_a_failure() -> None:
    """A pass beside the receiver's fail is a sender's forgery: the verdict is FAIL."""
    assert _verdict(f"Authentication-Results: {FAIL}", f"Authentication-Results: {FORGED}") == (
        Verdict.FAIL
    )


def test_headers_below_an_outside_received_are_not_read() -> None:
    """Only headers above the first Received below the server's own verdict count."""
    results = trusted_results(
        [
            ("Authentication-Results", f"{MX}; spf=none"),
            ("Received", "from evil.example by relay.evil.example"),
            ("Authentication-Results", PASS),
        ],
        frozenset({MX}),
    )
    assert results == (Result("spf", "none"),)
    assert trusted_results([("Authentication-Results", PASS)], frozenset({"mx.google.com"})) is None


def test_one_from_header_with_one_address_only() -> None:
    """Two From headers, or two addresses in one, give no authority even with a pass."""
    header = f"Authentication-Results: {PASS}"
    assert not _recruiter(header, "From: Mallory <mallory@evil.test>")
    assert not _recruiter(header, sender="Rita <rita@agency.test>, mallory@evil.test")


def test_dkim_alignment_is_relaxed_but_exact_in_domain() -> None:
    """An aligned DKIM pass (the domain or a subdomain) counts; a look-alike domain does not."""
    sub = f"Authentication-Results: {MX}; dkim=pass header.d=mail.agency.test"
    other = f"Authentication-Results: {MX}; dkim=pass header.d=xagency.test"
    assert _verdict(sub) == Verdict.PASS
    assert _verdict(other) == Verdict.NEUTRAL


def test_failing_signature_of_the_from_domain_is_a_failure() -> None:
    """dkim=fail for the From domain with no aligned pass is FAIL; SPF fail alone is not."""
    assert _verdict(f"Authentication-Results: {MX}; dkim=fail header.d=agency.test") == (
        Verdict.FAIL
    )
    none = f"Authentication-Results: {MX}; dkim=fail header.d=agency.test; dmarc=none"
    assert _verdict(none) == Verdict.FAIL
    assert _verdict(f"Authentication-Results: {MX}; dmarc=fail") == Verdict.FAIL
    assert _verdict(f"Authentication-Results: {MX}; dmarc=pass") == Verdict.NEUTRAL
    both = f"Authentication-Results: {MX}; dkim=fail header.d=agency.test; dkim=pass header.d="
    both += "agency.test"
    assert _verdict(both) == Verdict.PASS
    assert _verdict(f"Authentication-Results: {MX}; spf=fail smtp.mailfrom=agency.test") == (
        Verdict.NEUTRAL
    )


def test_trust_unauthenticated_covers_only_a_missing_header() -> None:
    """ROUNDS_TRUST_UNAUTHENTICATED lets header-less mail through, never a failing verdict."""
    lenient = Trust(authserv_ids=frozenset({MX}), unauthenticated=True)
    assert _recruiter(trust=lenient)
    assert not _recruiter()
    assert not _recruiter(f"Authentication-Results: {FAIL}", trust=lenient)
    assert not _recruiter(f"Authentication-Results: {MX}; spf=pass", trust=lenient)


def test_kelvin_sign_never_matches_a_recruiter() -> None:
    """A Kelvin sign (U+212A) stays itself, so it cannot pass for a recruiter's "k"."""
    message = parse_message(_raw(f"Authentication-Results: {PASS}", sender="\u212aate@agency.test"))
    assert message.sender is not None and message.sender.email == "\u212aate@agency.test"
    assert not plain_address(message.sender.email)
    assert not TRUST.recruiter(message, Verdict.PASS)
    assert plain_address("kate@agency.test")


def test_non_ascii_addresses_keep_their_letters_but_lose_their_case() -> None:
    """'JÖRG@X.DE' is read as 'jörg@x.de'; only a letter that would turn ASCII keeps its form."""
    message = parse_message(_raw(sender="J\u00d6RG@X.DE"))
    assert message.sender is not None and message.sender.email == "j\u00f6rg@x.de"
    assert not plain_address(message.sender.email)
