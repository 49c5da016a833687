"""What the desk keeps beside the tracker (agent.ports.DeskState), the same on both homes:
files beside a tracker file, and a PostgreSQL mailbox's desk tables."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from agent.config import Settings
from agent.desk.files import DeskFiles
from agent.desk.queue import new_request
from agent.desk.tables import DeskTables
from agent.errors import StoreError
from agent.ports import DeskState
from agent.wiring import desk_state
from store.postgres import connect
from store.story import StoryEntry, StoryKind
from tests.deskkit import NOW, commit, on_store, process

STORES = ["tinydb", "postgres"]


@pytest.fixture(params=STORES)
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Desk settings on a tracker file, or on a fresh PostgreSQL mailbox."""
    return on_store(request, tmp_path)


@pytest.fixture
def state(settings: Settings) -> Iterator[DeskState]:
    opened = desk_state(settings)
    yield opened
    opened.close()


def test_wiring_picks_the_home_of_the_tracker(settings: Settings, state: DeskState) -> None:
    """A tracker file gets the files beside it; a PostgreSQL URL the mailbox's tables."""
    assert isinstance(state, DeskFiles if isinstance(settings.db, Path) else DeskTables)


def test_one_secret_per_tracker_made_by_whoever_comes_first(settings: Settings) -> None:
    """Two desks (or a desk and `rounds login-link`) on one tracker share one long secret,
    and a restart keeps it."""
    first, second = desk_state(settings), desk_state(settings)
    try:
        secret = first.secret()
        assert len(secret) >= 32 and second.secret() == secret
    finally:
        first.close()
        second.close()
    again = desk_state(settings)
    try:
        assert again.secret() == secret
    finally:
        again.close()


def test_a_used_nonce_stays_used_until_it_expires(state: DeskState) -> None:
    """`use` says True once, then False (a replay); `used` knows it; expired ones go."""
    expires = NOW + timedelta(minutes=15)
    assert not state.used("n1")
    assert state.use("n1", expires, NOW)
    assert not state.use("n1", expires, NOW)
    assert state.used("n1") and not state.used("n2")
    for n in range(4):  # old entries: dropped once past their end (and most of what is kept)
        assert state.use(f"old{n}", NOW + timedelta(minutes=1), NOW)
    later = NOW + timedelta(days=1)
    assert state.use("fresh", later + timedelta(minutes=15), later)
    assert state.used("fresh") and not state.used("old0")


def test_links_are_counted_per_address_and_hour(state: DeskState) -> None:
    """Three an hour to one address, then none until an hour after the first; another
    address has its own count."""
    for minute in range(3):
        assert state.link_mailed("rita@x.test", NOW + timedelta(minutes=minute), per_hour=3)
    assert not state.link_mailed("rita@x.test", NOW + timedelta(minutes=30), per_hour=3)
    assert state.link_mailed("sam@x.test", NOW + timedelta(minutes=30), per_hour=3)
    assert state.link_mailed("rita@x.test", NOW + timedelta(minutes=60, seconds=1), per_hour=3)
    assert not state.link_mailed("rita@x.test", NOW + timedelta(minutes=60, seconds=2), per_hour=3)


def test_requests_come_back_in_order_until_dropped(state: DeskState) -> None:
    """Submitted requests come back as they were, oldest first; drop forgets only those named."""
    first, second, third = (
        new_request("p1", action, by="Rita@agency.test", now=NOW, number=number, text=text)
        for action, number, text in (("pause", None, ""), ("cancel", 2, ""), ("note", None, "x"))
    )
    for request in (first, second, third):
        state.submit(request)
    assert state.requests() == [first, second, third]
    state.drop({first.id, third.id, "no-such-id"})
    assert state.requests() == [second]
    assert second.by == "rita@agency.test"


def test_the_stamp_changes_with_each_commit_and_request(
    settings: Settings, state: DeskState
) -> None:
    """What the desk polls: the same while nothing happens; changed by a process write, a
    story entry alone, an outbox status, and a request coming or going."""
    commit(settings, [process("p1", "Jane Doe")])
    seen = [state.stamp()]
    assert state.stamp() == seen[-1]
    mail = {"id": "m1@rounds.test", "queued_at": NOW.isoformat(), "process": "p1", "to": []}
    note = StoryEntry(process_id="p1", at=NOW, kind=StoryKind.NOTE, text="hello")
    changes = [
        lambda: commit(settings, [process("p1", "Jane Dough")]),
        lambda: commit(settings, [], story=[note]),
        lambda: commit(settings, [], enqueue=[mail]),
        lambda: commit(settings, [], outbox={"m1@rounds.test": {"status": "sent"}}),
        lambda: state.submit(new_request("p1", "pause", by="r@x", now=NOW, number=None, text="")),
        lambda: state.drop({r.id for r in state.requests()}),
    ]
    for change in changes:
        change()
        assert state.stamp() != seen[-1]
        seen.append(state.stamp())


def test_postgres_mailboxes_keep_their_desks_apart(postgres_url: str, mailbox_id: str) -> None:
    """Two mailboxes in one database: their own secret, used nonces, link counts and queue."""
    one = DeskTables(postgres_url, mailbox=mailbox_id)
    two = DeskTables(postgres_url, mailbox=mailbox_id + "-b")
    try:
        assert one.secret() != two.secret()
        assert one.use("n1", NOW + timedelta(minutes=5), NOW) and not two.used("n1")
        assert one.link_mailed("rita@x.test", NOW, per_hour=1)
        assert two.link_mailed("rita@x.test", NOW, per_hour=1)
        request = new_request("p1", "pause", by="r@x", now=NOW, number=None, text="")
        one.submit(request)
        assert one.requests() == [request] and two.requests() == []
    finally:
        one.close()
        two.close()


def test_postgres_desk_survives_a_dropped_connection(postgres_url: str, mailbox_id: str) -> None:
    """A connection the server ended costs one StoreError; the next call reconnects."""
    state = DeskTables(postgres_url, mailbox=mailbox_id)
    try:
        state.submit(new_request("p1", "pause", by="r@x", now=NOW, number=None, text=""))
        assert state._conn is not None
        with connect(postgres_url) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [state._conn.info.backend_pid])
        with pytest.raises(StoreError):
            state.requests()
        assert len(state.requests()) == 1
    finally:
        state.close()


def test_a_database_not_upgraded_says_what_to_run(empty_postgres_url: str) -> None:
    """Desk tables missing (a database before migration 3): the error names the fix."""
    state = DeskTables(empty_postgres_url, mailbox="default")
    try:
        with pytest.raises(StoreError, match=r"run `rounds db upgrade`"):
            state.secret()
    finally:
        state.close()


def test_a_bad_secret_is_a_clear_error(settings: Settings, state: DeskState) -> None:
    """A secret shorter than any we make is refused with what to do, never used."""
    if isinstance(settings.db, Path):
        beside = Path(f"{settings.db}.desk-secret")
        beside.write_text("short")
    else:
        with connect(str(settings.db)) as conn:
            conn.execute(
                "INSERT INTO rounds_desk_secret (mailbox, secret) VALUES (%s, 'short')",
                [settings.mailbox_id],
            )
    with pytest.raises(StoreError, match="too short to be a desk secret"):
        state.secret()
