"""Which process a message belongs to, and why others are ignored."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from agent.core.process import Person, Process, Round
from agent.core.routing import Ignored, NewKickoff, ToDesk, ToProcess, route
from agent.core.trust import Trust
from parsers.model import Address, ParsedMessage

NOW = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)
AGENT = Address("agent@rounds.test", "Rounds")
RECRUITERS = frozenset({"rita@agency.test"})
TRUST = Trust(authserv_ids=frozenset({"mx.rounds.test"}))
PASS = "mx.rounds.test; dkim=pass header.d=agency.test; dmarc=pass header.from=agency.test"
PROCESS = Process(
    id="ab12cd34",
    candidate=Person(name="Jane", email="jane@example.com", zone="UTC"),
    clients=(Person(name="Bob", email="bob@acme.test", zone="UTC"),),
    recruiter=Person(name="Rita", email="rita@agency.test", zone="UTC"),
    company="Acme",
    role="Engineer",
    rounds=(Round(number=1),),
    threads={"sent.1@rounds.test": "jane@example.com", "gm:77": "jane@example.com"},
    created_at=NOW,
    last_contact=NOW,
)


def _message(
    sender: str, *, name: str = "", auth: tuple[str, ...] = (PASS,), **fields: object
) -> ParsedMessage:
    """A message from `sender` whose receiving server wrote the `auth` headers on top."""
    values: dict[str, object] = {
        "message_id": "in.1@example.com",
        "subject": "Re: hello",
        "sender": Address(sender, name),
        "senders": (Address(sender, name),),
        "date": NOW,
        "text": "Tuesday works",
        "headers": (
            *(("Authentication-Results", a) for a in auth),
            ("From", f"{name} <{sender}>"),
        ),
    } | fields
    return ParsedMessage(**values)  # type: ignore[arg-type]


def _route(message: ParsedMessage, thread: str | None = None, trust: Trust = TRUST) -> object:
    return route(
        message,
        {PROCESS.id: PROCESS},
        agent=AGENT,
        recruiters=RECRUITERS,
        thread=thread,
        trust=trust,
    )


def test_reply_on_our_thread_routes_by_references() -> None:
    """In-Reply-To naming a Message-ID we sent finds the process."""
    found = _route(_message("jane@example.com", in_reply_to=("sent.1@rounds.test",)))
    assert found == ToProcess(PROCESS.id, "jane@example.com", "thread")


def test_plus_address_and_subject_tag_route_without_headers() -> None:
    """agent+ID@ in To, or [ID] in the subject, finds the process when threading is lost."""
    by_token = _message("bob@acme.test", to=(Address("agent+ab12cd34@rounds.test"),))
    by_tag = _message("bob@acme.test", subject="Re: Interview [ab12cd34]")
    assert _route(by_token) == ToProcess(PROCESS.id, "bob@acme.test", "token")
    assert _route(by_tag) == ToProcess(PROCESS.id, "bob@acme.test", "token")


def test_gmail_thread_id_routes() -> None:
    """Gmail's X-GM-THRID recorded on the process routes a reply with no headers."""
    assert _route(_message("jane@example.com"), thread="gm:77") == ToProcess(
        PROCESS.id, "jane@example.com", "thread"
    )


def test_sender_alone_routes_to_their_open_process() -> None:
    """A fresh email from a party of an open process goes to that process."""
    assert _route(_message("jane@example.com")) == ToProcess(
        PROCESS.id, "jane@example.com", "sender"
    )


def test_stranger_on_the_thread_is_ignored() -> None:
    """Someone not on the process cannot move it, even replying on its thread."""
    found = _route(_message("mallory@evil.test", in_reply_to=("sent.1@rounds.test",)))
    assert isinstance(found, Ignored)


def test_recruiter_with_nothing_matching_is_a_kickoff() -> None:
    """A configured recruiter's new message starts a process."""
    assert _route(_message("rita@agency.test")) == NewKickoff()


def test_spoofed_recruiter_and_display_names_confer_nothing() -> None:
    """Failing DKIM/SPF, the recruiter's name, a lookalike or homograph domain give no authority."""
    spoofed = _message(
        "rita@agency.test",
        auth=(
            "mx.rounds.test; dkim=fail header.d=agency.test; spf=fail smtp.mailfrom=agency.test",
        ),
    )
    named = _message("x@evil.test", name="rita@agency.test")
    lookalike = _message("rita@agency.test.evil.test")
    homograph = _message("rita@\u0430gency.test")  # Cyrillic а in the domain
    assert _route(spoofed) == Ignored("recruiter address without the receiving server's pass")
    assert _route(named) == Ignored("unknown sender")
    assert _route(lookalike) == Ignored("unknown sender")
    assert _route(homograph) == Ignored("unknown sender")


def test_passing_dkim_keeps_authority() -> None:
    """DKIM passing for the recruiter's domain keeps their authority."""
    signed = _message("rita@agency.test", auth=("mx.rounds.test; dkim=pass header.d=agency.test",))
    assert _route(signed) == NewKickoff()


def test_machine_mail_and_our_own_mail_are_ignored() -> None:
    """Auto-replies and the agent's own messages are never acted on."""
    assert _route(_message("jane@example.com", machine="auto-submitted: auto-replied")) == Ignored(
        "machine mail: auto-submitted: auto-replied"
    )
    assert _route(_message("agent@rounds.test")) == Ignored("our own message")


def test_same_domain_recruiter_ids_are_not_taken_for_ours() -> None:
    """With the agent at scheduling@agency.test, the recruiter's own Message-IDs end in the
    shared domain; a corrected kickoff answering our question (its References naming the
    recruiter's first try) is still a kickoff. Only ids we recorded count as ours."""
    agent = Address("scheduling@agency.test", "Rounds")
    corrected = _message(
        "rita@agency.test",
        in_reply_to=("rounds.kickoff.1f2e@agency.test",),
        references=("ABCD-1234@agency.test", "rounds.kickoff.1f2e@agency.test"),
    )
    on_own_mail = _message("rita@agency.test", in_reply_to=("ABCD-1234@agency.test",))
    for message in (corrected, on_own_mail):
        found = route(message, {}, agent=agent, recruiters=RECRUITERS, trust=TRUST)
        assert found == NewKickoff()


def test_reply_to_a_summary_or_notice_is_a_command_for_the_recruiter_only() -> None:
    """A reply naming one of our recorded summary or notice ids goes to the desk; a stranger's
    reply to it is ignored."""
    notices = {"rounds.summary.9@rounds.test": "rita@agency.test"}
    reply = {"in_reply_to": ("rounds.summary.9@rounds.test",)}
    rita = route(
        _message("rita@agency.test", **reply),
        {},
        agent=AGENT,
        notices=notices,
        recruiters=RECRUITERS,
        trust=TRUST,
    )
    stranger = route(
        _message("eve@evil.test", **reply),
        {},
        agent=AGENT,
        notices=notices,
        recruiters=RECRUITERS,
        trust=TRUST,
    )
    assert rita == ToDesk("rita@agency.test")
    assert isinstance(stranger, Ignored)


def test_party_with_a_failing_verdict_is_refused_and_named() -> None:
    """A candidate whose domain failed DMARC is ignored and the process named for a notice."""
    failed = _message(
        "jane@example.com", auth=("mx.rounds.test; dmarc=fail header.from=example.com",)
    )
    found = _route(failed)
    assert isinstance(found, Ignored) and found.forged == PROCESS.id
    on_thread = _route(replace(failed, in_reply_to=("sent.1@rounds.test",)))
    assert isinstance(on_thread, Ignored) and on_thread.forged == PROCESS.id


def test_party_without_a_verdict_is_accepted() -> None:
    """No header from the receiving server: a candidate's mail is read (many have no DMARC)."""
    assert _route(_message("jane@example.com", auth=())) == ToProcess(
        PROCESS.id, "jane@example.com", "sender"
    )


def test_recruiter_without_a_header_needs_trust_unauthenticated() -> None:
    """No trusted header: the recruiter starts nothing, unless ROUNDS_TRUST_UNAUTHENTICATED."""
    bare = _message("rita@agency.test", auth=())
    assert _route(bare) == Ignored("recruiter address without the receiving server's pass")
    lenient = Trust(authserv_ids=frozenset({"mx.rounds.test"}), unauthenticated=True)
    assert _route(bare, trust=lenient) == NewKickoff()
