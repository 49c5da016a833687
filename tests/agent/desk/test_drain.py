"""The watcher applies desk requests with the email commands' code, and records who asked,
on a tracker file and on a PostgreSQL mailbox."""

from __future__ import annotations

import asyncio

import pytest

from agent import service
from agent.core.process import ProcessStatus, RoundStatus
from agent.desk.queue import new_request
from agent.ports import DeskState
from tests.e2e import CANDIDATE, CLIENT, RECRUITER, STORES, Harness
from tests.test_notice_race import wait_until

WAKE_LIMIT = 60.0  # seconds; the wait for mail it must cut short is ten times longer


async def _started(h: Harness) -> str:
    await h.kickoff()
    await h.step()
    [process] = h.processes()
    return process.id


def _queue(h: Harness) -> DeskState:
    """The desk's queue the watcher reads: what `rounds serve` on its tracker submits to."""
    assert h.agent.desk is not None
    return h.agent.desk


@pytest.mark.parametrize("harness", STORES, indirect=True)
async def test_a_desk_pause_is_applied_by_the_watcher(harness: Harness) -> None:
    """Pause then resume from the desk: the process follows, the ledger names the recruiter,
    the history says it was done on the desk, and the queue empties."""
    h = harness
    pid = await _started(h)
    queue = _queue(h)
    pause = new_request(pid, "pause", by=RECRUITER.email, now=h.clock.now, number=None, text="")
    queue.submit(pause)
    await h.step()
    [process] = h.processes()
    assert process.status == ProcessStatus.PAUSED
    assert f"pause on the desk by {RECRUITER.email}" in process.history[-1]
    entry = next(e for e in h.store.ledger() if e["keys"] == [pause.key])
    assert (entry["by"], entry["status"], entry["action"]) == (
        RECRUITER.email,
        "processed",
        "pause",
    )
    assert queue.requests() == []
    queue.submit(
        new_request(pid, "resume", by=RECRUITER.email, now=h.clock.now, number=None, text="")
    )
    await h.step()
    assert h.processes()[0].status == ProcessStatus.ACTIVE


@pytest.mark.parametrize("harness", STORES, indirect=True)
async def test_a_request_left_in_the_queue_after_its_commit_is_not_applied_again(
    harness: Harness,
) -> None:
    """A request still queued after the commit that applied it (a crash before the drop) is
    dropped on the next pass, not applied twice: its ledger key claims it once."""
    h = harness
    pid = await _started(h)
    queue = _queue(h)
    note = new_request(pid, "note", by=RECRUITER.email, now=h.clock.now, number=None, text="Hi")
    queue.submit(note)
    await h.step()
    queue.submit(note)  # as if the watcher died between its commit and the drop
    await h.step()
    assert queue.requests() == []
    assert [e["keys"] for e in h.store.ledger()].count([note.key]) == 1
    assert [e.text for e in h.store.story(pid)].count("Hi") == 1


@pytest.mark.parametrize("harness", STORES, indirect=True)
async def test_a_desk_cancel_mails_the_parties(harness: Harness) -> None:
    """Cancel interview #1 from the desk: the round is cancelled and both sides are told,
    as `cancel round 1` by email would; the recruiter gets no email about her own click."""
    h = harness
    pid = await _started(h)
    before = {who.email: len(who.inbox(h.servers)) for who in (CANDIDATE, CLIENT, RECRUITER)}
    _queue(h).submit(
        new_request(pid, "cancel", by=RECRUITER.email, now=h.clock.now, number=1, text="")
    )
    await h.step()
    assert h.processes()[0].current.status == RoundStatus.CANCELLED
    assert len(CANDIDATE.inbox(h.servers)) > before[CANDIDATE.email]
    assert len(CLIENT.inbox(h.servers)) > before[CLIENT.email]
    assert len(RECRUITER.inbox(h.servers)) == before[RECRUITER.email]


@pytest.mark.parametrize("harness", STORES, indirect=True)
async def test_a_request_for_another_recruiters_process_is_refused(harness: Harness) -> None:
    """A queued request whose author does not run the process changes nothing."""
    h = harness
    pid = await _started(h)
    evil = new_request(pid, "pause", by="sam@agency.test", now=h.clock.now, number=None, text="")
    _queue(h).submit(evil)
    await h.step()
    assert h.processes()[0].status == ProcessStatus.ACTIVE
    entry = next(e for e in h.store.ledger() if e["keys"] == [evil.key])
    assert entry["status"] == "refused"


@pytest.mark.parametrize("harness", STORES, indirect=True)
async def test_a_request_wakes_a_waiting_watcher(harness: Harness) -> None:
    """`rounds watch` waiting on IDLE (here for 600 s) applies a desk request well before."""
    h = harness
    pid = await _started(h)
    stop = asyncio.Event()
    watching = asyncio.create_task(h.agent.run_forever(stop, idle_timeout=600))
    try:
        await asyncio.sleep(1)  # the watcher is now waiting for mail
        _queue(h).submit(
            new_request(pid, "pause", by=RECRUITER.email, now=h.clock.now, number=None, text="")
        )
        await wait_until(lambda: h.processes()[0].status == ProcessStatus.PAUSED, WAKE_LIMIT)
    finally:
        stop.set()
        await watching


@pytest.mark.parametrize("harness", STORES, indirect=True)
async def test_a_request_that_fails_is_dropped_and_the_agent_goes_on(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A request whose action raises is recorded as failed and dropped; the pass goes on,
    and the next request is applied."""
    h = harness
    pid = await _started(h)
    queue = _queue(h)
    broken = new_request(pid, "pause", by=RECRUITER.email, now=h.clock.now, number=None, text="")
    queue.submit(broken)

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug in an action")

    with monkeypatch.context() as patch:
        patch.setattr(service, "on_desk_action", explode)
        await h.step()
    entry = next(e for e in h.store.ledger() if e["keys"] == [broken.key])
    assert entry["status"] == "failed" and queue.requests() == []
    queue.submit(
        new_request(pid, "pause", by=RECRUITER.email, now=h.clock.now, number=None, text="")
    )
    await h.step()
    assert h.processes()[0].status == ProcessStatus.PAUSED
