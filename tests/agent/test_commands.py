"""Recruiter commands: readable answers, and replies to summaries and notices (pure)."""

from __future__ import annotations

from datetime import UTC, datetime

from agent.core.actions import Reply
from agent.core.commands import on_desk, on_recruiter
from agent.core.process import Person, Process, ProcessStatus, RoundStatus
from parsers.model import Extraction, Intent, Window
from tests.agent.test_policy import NOW, POLICY, RITA
from tests.agent.test_policy import _process as policy_process

SLOT = Window(datetime(2026, 12, 9, 15, 0, tzinfo=UTC), datetime(2026, 12, 9, 16, 0, tzinfo=UTC))


def _process(pid: str, name: str, *, booked: bool = True) -> Process:
    """The policy tests' process (Rita's, with Bob), for candidate `name`."""
    process = (
        policy_process(status=RoundStatus.SCHEDULED, slot=SLOT) if booked else policy_process()
    )
    email = name.split()[0].lower() + "@example.com"
    candidate = Person(name=name, email=email, zone="Europe/Paris")
    return process.model_copy(update={"id": pid, "candidate": candidate})


def _says(text: str) -> Reply:
    return Reply(sender=RITA.email, extraction=Extraction(Intent.OTHER), message_id="m1", text=text)


def test_status_reads_local_time_without_repeating_the_process() -> None:
    """`status` on a thread: the recruiter's zone in words, no ISO stamp, no name again."""
    _, [email] = on_recruiter(_process("p1", "Jane Doe"), _says("status"), NOW, POLICY)
    update = email.values["update"]
    assert "Wednesday 9 December 2026, 10:00–11:00 EST" in update
    assert "+00:00" not in update and "2026-12-09T" not in update
    assert "Jane" not in update and "Acme" not in update


def test_status_names_who_interviews_with_their_addresses() -> None:
    """`status` names the round's interviewers with their addresses (only the recruiter reads
    it): the round's own panel when it has one, else the process's client contacts."""
    process = _process("p1", "Jane Doe")
    _, [email] = on_recruiter(process, _says("status"), NOW, POLICY)
    contacts = ", ".join(f"{c.name} <{c.email}>" for c in process.clients)
    assert email.values["update"].endswith(f"; interviewers: {contacts}.")
    dana = Person(name="Dana Lee", email="dana@acme.test", zone="Europe/London")
    carol = Person(name="", email="carol@acme.test", zone="Europe/London")
    panel = process.current.model_copy(update={"interviewers": (dana, carol)})
    _, [email] = on_recruiter(process.with_round(panel), _says("status"), NOW, POLICY)
    assert email.values["update"].endswith(
        "; interviewers: Dana Lee <dana@acme.test>, carol@acme.test."
    )


def test_pause_says_the_booked_invite_stands() -> None:
    """`pause` tells what happens to the booked invite, and when nothing is booked, that too."""
    paused, [email] = on_recruiter(_process("p1", "Jane Doe"), _says("pause"), NOW, POLICY)
    assert paused.status == ProcessStatus.PAUSED
    assert "invite for Interview #1 still stands" in email.values["update"]
    assert "10:00–11:00 EST" in email.values["update"]
    _, [unbooked] = on_recruiter(
        _process("p2", "Jane Doe", booked=False), _says("pause"), NOW, POLICY
    )
    assert "Nothing is booked" in unbooked.values["update"]


def test_status_on_a_summary_lists_every_process_of_the_recruiter() -> None:
    """`status` in reply to a summary covers all the recruiter's processes, and only theirs."""
    other = _process("p3", "Olga Other").model_copy(
        update={"recruiter": Person(name="Tom", email="tom@agency.test", zone="UTC")}
    )
    processes = [_process("p1", "Jane Doe"), _process("p2", "Ken Lee", booked=False), other]
    done = on_desk(processes, RITA.email, "status", NOW, POLICY)
    assert done.process is None
    assert "Jane Doe, Engineer at Acme: Process active; Interview #1 scheduled" in done.answer
    assert "Ken Lee, Engineer at Acme: Process active; Interview #1 requested" in done.answer
    assert "Olga" not in done.answer


def test_pause_on_a_summary_names_the_process_by_candidate() -> None:
    """`pause Jane` pauses Jane's process and answers for it; Ken's is untouched."""
    processes = [_process("p1", "Jane Doe"), _process("p2", "Ken Lee")]
    done = on_desk(processes, RITA.email, "pause Jane\n\nthanks", NOW, POLICY)
    assert done.process is not None and done.process.id == "p1"
    assert done.process.status == ProcessStatus.PAUSED
    assert done.answer.startswith("Jane Doe, Engineer at Acme: Paused.")


def test_unclear_or_ambiguous_commands_on_a_summary_are_answered() -> None:
    """Nothing a recruiter writes on a summary goes unanswered, and nothing guesses."""
    processes = [_process("p1", "Jane Doe"), _process("p2", "Jane Roe")]
    ambiguous = on_desk(processes, RITA.email, "pause Jane", NOW, POLICY)
    assert ambiguous.process is None and "More than one" in ambiguous.answer
    exact = on_desk(processes, RITA.email, "pause jane roe", NOW, POLICY)
    assert exact.process is not None and exact.process.id == "p2"
    unknown = on_desk(processes, RITA.email, "cancel Zed", NOW, POLICY)
    assert unknown.process is None and "'Zed'" in unknown.answer
    chat = on_desk(processes, RITA.email, "Thanks, looks good!", NOW, POLICY)
    assert chat.process is None and "Nothing was changed" in chat.answer
