"""Which process an inbound message belongs to, or why it is ignored."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from agent.core.process import Party, Process
from agent.core.trust import Trust, Verdict
from parsers.model import Address, ParsedMessage

# Message-IDs of our questions about an unclear kickoff: a recruiter's answer is a kickoff.
KICKOFF_QUESTION = "rounds.kickoff."
_SUBJECT_TAG = re.compile(r"\[([a-z0-9]{6,16})\]", re.I)


@dataclass(frozen=True, slots=True)
class ToProcess:
    """A reply from `sender`, a party of process `process_id`."""

    process_id: str
    sender: str
    how: str  # thread | token | sender: which rule matched, for the ledger


@dataclass(frozen=True, slots=True)
class NewKickoff:
    """A configured recruiter's message that matches no process."""


@dataclass(frozen=True, slots=True)
class Ignored:
    """Recorded in the ledger with the reason, never answered."""

    reason: str
    forged: str | None = None  # the process whose party's mail failed authentication


@dataclass(frozen=True, slots=True)
class ToDesk:
    """A configured recruiter's reply to one of our summaries or notices: commands that
    name their process (agent.core.commands.on_desk)."""

    sender: str


Route = ToProcess | NewKickoff | ToDesk | Ignored


def reply_address(agent: Address, process_id: str) -> Address:
    """The per-process plus-address replies come back to (`agent+ID@domain`)."""
    local, _, domain = agent.email.partition("@")
    return Address(f"{local}+{process_id}@{domain}", agent.name)


def process_token(address: str, agent: Address) -> str | None:
    """The process id in a plus-address of ours, or None."""
    local, _, domain = agent.email.partition("@")
    found = re.fullmatch(rf"{re.escape(local)}\+([a-z0-9]+)@{re.escape(domain)}", address, re.I)
    return found.group(1).lower() if found else None


def route(
    message: ParsedMessage,
    processes: Mapping[str, Process],
    *,
    agent: Address,
    notices: Collection[str] = (),
    recruiters: frozenset[str],
    thread: str | None = None,
    trust: Trust | None = None,
) -> Route:
    """Thread ids (and Gmail's X-GM-THRID) first, then the plus-address or subject tag,
    then the sender's address.

    A recruiter needs the receiving server's pass (agent/core/trust.py); anyone else is refused
    only on its failing verdict, since many small domains publish no DMARC.
    """
    trust = trust or Trust()
    sender = message.sender.email if message.sender else ""
    if not sender:
        return Ignored("no sender address")
    if sender == agent.email or process_token(sender, agent):
        return Ignored("our own message")
    if message.machine and message.calendar is None:
        return Ignored(f"machine mail: {message.machine}")
    # Authentication-Results are read once: every later rule needs the same verdict.
    verdict = trust.of(message)
    is_recruiter = sender in recruiters and trust.recruiter(message, verdict)
    ids = {*message.in_reply_to, *message.references, *([thread] if thread else [])}
    for process in processes.values():
        if ids & process.threads.keys():
            return _on(process, sender, "thread", verdict, is_recruiter, recruiters)
    for pid in _tokens(message, agent):
        if pid in processes:
            return _on(processes[pid], sender, "token", verdict, is_recruiter, recruiters)
    if sender in recruiters and not is_recruiter:
        return _spoofed(sender, recruiters)
    by_sender = [
        p
        for p in processes.values()
        if not p.status.closed and p.party_of(sender) is not None and sender != p.recruiter.email
    ]
    if by_sender:
        latest = max(by_sender, key=lambda p: p.last_contact)
        if verdict is Verdict.FAIL:
            return _spoofed(sender, recruiters, latest.id)
        return ToProcess(latest.id, sender, "sender")
    if verdict is Verdict.FAIL:
        return _spoofed(sender, recruiters)
    # Our own summaries and notices are known by their Message-IDs, never by our domain: a
    # recruiter on the same domain makes ids ending in it too (agent/rendering/notices.py).
    if ids & set(notices):
        return ToDesk(sender) if is_recruiter else Ignored("a reply to a recruiter's notice")
    if is_recruiter:
        return NewKickoff()
    return Ignored("unknown sender")


def _on(
    process: Process,
    sender: str,
    how: str,
    verdict: Verdict,
    is_recruiter: bool,
    recruiters: frozenset[str],
) -> Route:
    party = process.party_of(sender)
    if party is None:
        return Ignored(f"sender is not on process {process.id}")
    if party == Party.RECRUITER and sender not in recruiters:
        return Ignored("the process's recruiter is no longer in ROUNDS_RECRUITERS")
    if sender in recruiters and not is_recruiter:
        return _spoofed(sender, recruiters)
    if verdict is Verdict.FAIL:
        return _spoofed(sender, recruiters, process.id)
    return ToProcess(process.id, sender, how)


def _spoofed(sender: str, recruiters: frozenset[str], process_id: str | None = None) -> Ignored:
    if sender in recruiters:
        return Ignored("recruiter address without the receiving server's pass")
    return Ignored("sender address failed the receiving server's checks", forged=process_id)


def _tokens(message: ParsedMessage, agent: Address) -> list[str]:
    found = [
        token
        for a in (*message.to, *message.cc)
        if (token := process_token(a.email, agent)) is not None
    ]
    found += [m.lower() for m in _SUBJECT_TAG.findall(message.subject)]
    return found
