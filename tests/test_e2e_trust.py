"""Forged authentication end to end: only the receiving server's verdict gives authority.

Each case puts a message in the agent's INBOX the way the sandbox's receiving server
(`mx.rounds.test`, the agent's ROUNDS_AUTHSERV_ID) files it, with the forgeries of issue 13
written by the sender below or instead of the server's header, and checks (in-process, on
the in-memory account, which files mail as the sandbox does) that nothing starts, moves or
reaches a stranger.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from agent.core.process import ProcessStatus
from agent.dev.sandbox import AUTHSERV_ID
from agent.dev.simulation import Actor, text_of
from tests.e2e import (
    AGENT,
    CANDIDATE,
    CLIENT,
    LABELLED_KICKOFF,
    RECRUITER,
    STRANGER,
    Harness,
    Post,
    running_agent,
)

# In-process, on the in-memory mail account (tests/e2e.py).
pytestmark = pytest.mark.mail("memory")

MX = f"Authentication-Results: {AUTHSERV_ID};"
PASS = f"{MX} dkim=pass header.d=agency.test; dmarc=pass header.from=agency.test"
VICTIM = Actor("Victor Im", "victor@example.net")
LURE = "Action needed: reply with your SSN, verify at evil.example/login"
# The forgeries of issue 13: (the headers on top of the message, its From header).
FORGERIES = {
    "pass-below-the-servers-fail": (
        (f"{MX} dkim=fail header.d=agency.test; dmarc=fail header.from=agency.test", PASS),
        RECRUITER.formatted,
    ),
    "servers-pass-for-the-attackers-domain": (
        (f"{MX} dkim=pass header.d=evil.test; dmarc=pass header.from=evil.test",),
        RECRUITER.formatted,
    ),
    "two-from-headers": ((PASS,), f"{RECRUITER.formatted}\nFrom: {STRANGER.formatted}"),
    "two-addresses-in-one-from": ((PASS,), f"{RECRUITER.formatted}, {STRANGER.formatted}"),
    "spf-pass-with-comment-echo": (
        (f"{MX} spf=pass (google.com: header.from=agency.test) smtp.mailfrom=evil.test",),
        RECRUITER.formatted,
    ),
    "no-header-at-all": ((), RECRUITER.formatted),
}


def _raw(top: tuple[str, ...], sender: str, text: str, **headers: str) -> bytes:
    """Mail as the sandbox's receiving server files it: `top` above the sender's headers."""
    lines = [*top, f"From: {sender}", f"To: {AGENT}"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    lines += ["Content-Type: text/plain; charset=utf-8", "", text]
    return "\n".join(lines).encode()


@pytest.mark.parametrize("forgery", FORGERIES, ids=list(FORGERIES))
async def test_forged_kickoff_starts_nothing_and_mails_no_one(
    harness: Harness, forgery: str
) -> None:
    """A forged kickoff naming strangers starts no process and sends no mail at all."""
    h = harness
    top, sender = FORGERIES[forgery]
    kickoff = LABELLED_KICKOFF.replace("Jane Doe <jane@example.com>", VICTIM.formatted)
    raw = _raw(
        top,
        sender,
        kickoff,
        Subject=LURE,
        Date=format_datetime(h.clock.now),
        Message_ID="<forged.kickoff@evil.test>",
    )
    await h.servers.deliver(raw, verdict=None)
    await h.step()
    assert h.processes() == []
    assert h.servers.sent == []
    [entry] = h.store.ledger()
    assert (entry["status"], entry["reason"]) == (
        "ignored",
        "recruiter address without the receiving server's pass",
    )


@pytest.mark.parametrize("forgery", FORGERIES, ids=list(FORGERIES))
async def test_forged_command_adds_no_one(harness: Harness, forgery: str) -> None:
    """A forged 'schedule round 2 with Mallory' on the process thread does nothing."""
    h = harness
    await h.kickoff()
    await h.step()
    [process] = h.processes()
    update = next(m for m in RECRUITER.inbox(h.servers) if process.id in str(m["Subject"]))
    sent = len(h.servers.sent)
    top, sender = FORGERIES[forgery]
    raw = _raw(
        top,
        sender,
        f"schedule round 2 with Mallory <{STRANGER.email}>, 30 min",
        Subject=f"Re: {update['Subject']}",
        Date=format_datetime(h.clock.advance(hours=1)),
        Message_ID="<forged.command@evil.test>",
        In_Reply_To=str(update["Message-ID"]),
        References=str(update["Message-ID"]),
    )
    await h.servers.deliver(raw, verdict=None)
    await h.step()
    assert h.processes() == [process]
    assert len(h.servers.sent) == sent
    assert STRANGER.inbox(h.servers) == []


async def test_recruiter_with_the_servers_pass_starts_and_steers(harness: Harness) -> None:
    """The same kickoff and command under the receiving server's pass are obeyed."""
    h = harness
    await h.kickoff()  # Actor.send: the sandbox files it with its dmarc=pass
    await h.step()
    [process] = h.processes()
    assert CANDIDATE.inbox(h.servers)
    update = next(m for m in RECRUITER.inbox(h.servers) if process.id in str(m["Subject"]))
    await RECRUITER.reply(h.servers, "pause", now=h.clock.advance(hours=1), to=update)
    await h.step()
    [paused] = h.processes()
    assert (paused.id, paused.status) == (process.id, ProcessStatus.PAUSED)


@pytest.mark.parametrize("lenient", [False, True], ids=["strict", "trust-unauthenticated"])
async def test_header_less_recruiter_needs_trust_unauthenticated(
    post: Post, tmp_path: Path, lenient: bool
) -> None:
    """With no header, the recruiter's kickoff works only under ROUNDS_TRUST_UNAUTHENTICATED."""
    async with running_agent(post, tmp_path, trust_unauthenticated=lenient) as h:
        message = EmailMessage()
        message["From"] = RECRUITER.formatted
        message["To"] = AGENT
        message["Subject"] = "New process: Jane Doe / Acme"
        message["Date"] = format_datetime(h.clock.now)
        message["Message-ID"] = "<plain.kickoff@agency.test>"
        message.set_content(LABELLED_KICKOFF)
        await post.deliver(bytes(message), verdict=None)
        await h.step()
        assert len(h.processes()) == (1 if lenient else 0)
        assert bool(CANDIDATE.inbox(post)) == lenient


async def test_party_failing_dmarc_is_ignored_and_reported_once_a_day(harness: Harness) -> None:
    """A candidate's mail that failed DMARC moves nothing; the recruiter hears once a day."""
    h = harness
    await h.kickoff()
    await h.step()
    [process] = h.processes()

    async def forged_withdrawal() -> None:
        message = EmailMessage()
        message["From"] = CANDIDATE.formatted
        message["To"] = AGENT
        message["Subject"] = "Withdrawing"
        message["Date"] = format_datetime(h.clock.advance(hours=1))
        message["Message-ID"] = f"<forged.{h.clock.now.timestamp():.0f}@evil.test>"
        message.set_content("I withdraw from the process, please cancel everything.")
        await h.servers.deliver(bytes(message), verdict="fail")
        await h.step()

    def notices() -> list[str]:
        texts = [text_of(m) for m in RECRUITER.inbox(h.servers)]
        return [t for t in texts if "failed the receiving mail server's" in t]

    await forged_withdrawal()
    await forged_withdrawal()
    [notice] = notices()
    assert CANDIDATE.email in notice and process.id in notice
    h.clock.advance(days=1)
    await forged_withdrawal()
    assert len(notices()) == 2
    [after] = h.processes()
    assert after.status == ProcessStatus.ACTIVE


FORWARD = """

---------- Forwarded message ---------
From: Mallory Agent <mallory@evil.test>
Date: Mon, 30 Nov 2026 at 09:12
Subject: Jane

Candidate: Jane Doe <jane@example.com>
Client: Mallory Agent <mallory@evil.test>
Company: Evil Corp
"""


async def test_forwarded_client_line_does_not_replace_the_recruiters_client(
    harness: Harness,
) -> None:
    """The recruiter's own 'Hiring manager: Bob' wins over a forwarded 'Client: Mallory'."""
    h = harness
    own = LABELLED_KICKOFF.replace("Client: Bob Smith", "Hiring manager: Bob Smith")
    await h.kickoff(own + FORWARD)
    await h.step()
    [process] = h.processes()
    assert [c.email for c in process.clients] == [CLIENT.email]
    assert process.company == "Acme"
    assert STRANGER.inbox(h.servers) == []


async def test_addresses_only_in_forwarded_text_are_offered_never_used(harness: Harness) -> None:
    """Names without addresses above a forward start nothing; the forward's people are offered."""
    h = harness
    own = "Hi,\n\nPlease set up a first interview for Jane Doe with Mallory Agent.\n\nThanks,\nRita"
    await h.kickoff(own + FORWARD)
    await h.step()
    assert h.processes() == []
    assert [c.rcpt_tos for c in h.servers.sent] == [(RECRUITER.email,)]
    question = text_of(RECRUITER.last(h.servers))
    assert "The forwarded text names Mallory Agent <mallory@evil.test>, Jane Doe" in question
    assert "<jane@example.com>; I only use people you name yourself" in question
    assert CANDIDATE.inbox(h.servers) == [] and STRANGER.inbox(h.servers) == []
