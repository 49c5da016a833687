"""Only the PostgreSQL store: schema versions, mailboxes, exactly-once keys, `rounds db`."""

from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pydantic import ValidationError

from agent.cli.app import main as rounds
from agent.config import Settings
from agent.dev.sandbox import refusing_port
from agent.errors import StoreError
from store.db import Change, Store
from store.migrate import contents
from store.postgres import MIGRATIONS, PostgresStore, claim_due, connect, redacted
from store.story import StoryEntry, StoryKind
from tests.store.test_contract import LEASE, T0, message


def test_upgrade_creates_the_schema_once(
    empty_postgres_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty database refuses to open; `rounds db upgrade` applies each version once."""
    with pytest.raises(StoreError, match=r"schema version 0.*rounds db upgrade"):
        PostgresStore(empty_postgres_url)
    monkeypatch.setenv("ROUNDS_DB", empty_postgres_url)
    assert rounds(["db", "upgrade"]) == 0
    assert rounds(["db", "upgrade"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{empty_postgres_url}: schema version {len(MIGRATIONS)} (1, 2, 3)",
        f"{empty_postgres_url}: schema version {len(MIGRATIONS)} (nothing to apply)",
    ]
    with connect(empty_postgres_url) as conn:
        assert conn.execute("SELECT version FROM rounds_schema ORDER BY 1").fetchall() == [
            (1,),
            (2,),
            (3,),
        ]
    with PostgresStore(empty_postgres_url) as store:
        store.commit(message(1))
        assert store.cursor("INBOX") == (7, 1)


def test_upgrade_needs_a_url(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """`rounds db upgrade` on a tracker file is a usage error, not a crash."""
    monkeypatch.setenv("ROUNDS_DB", str(tmp_path / "rounds.json"))
    assert rounds(["db", "upgrade"]) == 2


def test_mailboxes_do_not_see_each_other(postgres_url: str, mailbox_id: str) -> None:
    """Two mailboxes in one database: each has its own writer lock, processes, ledger, outbox."""
    other = mailbox_id + "-b"
    with (
        PostgresStore(postgres_url, mailbox=mailbox_id) as one,
        PostgresStore(postgres_url, mailbox=other) as two,
    ):
        one.commit(message(1, meta={"k": 1}))
        two.commit(message(2))
        assert set(one.processes()) == {"p1"} and set(two.processes()) == {"p2"}
        assert one.seen("mid:<1@x>") and not one.seen("mid:<2@x>")
        assert [mail["id"] for mail in two.outbox()] == ["<out2@rounds>"]
        assert (one.cursor("INBOX"), two.cursor("INBOX")) == ((7, 1), (7, 2))
        assert (one.meta("k"), two.meta("k")) == (1, None)
        # the same Message-ID in another mailbox is another message
        two.commit(Change(ledger=[{"keys": ["mid:<1@x>"], "status": "processed"}]))


def test_a_handled_key_is_refused_and_the_change_rolled_back(
    postgres_url: str, mailbox_id: str
) -> None:
    """The unique ledger key: the same message handled twice fails and writes nothing."""
    with PostgresStore(postgres_url, mailbox=mailbox_id) as store:
        store.commit(message(1))
        before = (store.processes(), store.ledger(), store.outbox())
        again = Change(
            processes={"p9": {"x": 1}},
            ledger=[{"keys": ["uid:INBOX:7:1"], "status": "processed"}],
            enqueue=[{"id": "<new@rounds>", "queued_at": T0.isoformat()}],
        )
        with pytest.raises(StoreError, match=r"uid:INBOX:7:1 already handled"):
            store.commit(again)
        assert (store.processes(), store.ledger(), store.outbox()) == before


def test_board_columns_follow_the_document(postgres_url: str, mailbox_id: str) -> None:
    """status and recruiter are indexed columns kept in step with each process document."""
    with PostgresStore(postgres_url, mailbox=mailbox_id) as store:
        doc = {"status": "active", "recruiter": {"email": "Rita@Agency.example", "name": "R"}}
        store.commit(Change(processes={"p": doc, "q": {"status": "hired"}}))
        store.commit(Change(processes={"p": {**doc, "status": "paused"}}))
    with connect(postgres_url) as conn:
        rows = conn.execute(
            "SELECT id, status, recruiter FROM rounds_process WHERE mailbox = %s ORDER BY id",
            [mailbox_id],
        ).fetchall()
    assert rows == [("p", "paused", "rita@agency.example"), ("q", "hired", None)]


def test_copy_moves_a_tinydb_tracker(
    tmp_path: Path,
    postgres_url: str,
    mailbox_id: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`rounds db copy` moves everything, archived ledger included, both ways; run again it
    copies nothing, and it refuses a target that holds anything else."""
    path = tmp_path / "rounds.json"
    with Store(path, ledger_keep=10) as tracker:
        for n in range(1, 30):  # past ledger_keep: part of the ledger is in the archive file
            told = StoryEntry(process_id=f"p{n % 3}", at=T0, kind=StoryKind.IN, text=str(n))
            tracker.commit(message(n, meta={f"summary:{n % 2}": n}, story=[told]))
        tracker.commit(Change(outbox={"<out3@rounds>": {"status": "sent", "sent_at": "x"}}))
        tracker.commit(Change(ledger=[{"keys": ["uid:INBOX:7:40"], "status": "quarantined"}]))
        tracker.commit(Change(ledger=[{"keys": ["uid:INBOX:7:40"], "status": "processed"}]))
        tracker.commit(Change(cursor=("Archive", 3, 9)))
    monkeypatch.setenv("ROUNDS_MAILBOX_ID", mailbox_id)
    counts = (
        "3 processes, 31 ledger entries, 29 outbox items, 2 cursors, 2 meta keys, 29 story entries"
    )
    nothing = (
        "desk: 0 used sign-in links or ended sessions, 0 sign-in mails of the last hour, "
        "0 queued desk requests"
    )
    there = f"mailbox {mailbox_id!r} of {postgres_url}"
    assert rounds(["db", "copy", "--from", str(path), "--to", postgres_url]) == 0
    assert capsys.readouterr().out == f"copied {path} to {there}: {counts}; {nothing}\n"
    with (
        Store(path, readonly=True) as tracker,
        PostgresStore(postgres_url, mailbox=mailbox_id) as db,
    ):
        assert db.processes() == tracker.processes()
        assert db.ledger() == tracker.ledger()
        assert db.outbox() == tracker.outbox()
        assert [db.cursor(f) for f in ("INBOX", "Archive")] == [(7, 29), (3, 9)]
        assert (db.meta("summary:0"), db.meta("summary:1")) == (28, 29)
        assert [db.story(f"p{k}") for k in range(3)] == [tracker.story(f"p{k}") for k in range(3)]
    assert rounds(["db", "copy", "--from", str(path), "--to", postgres_url]) == 0
    assert capsys.readouterr().out == f"already copied {path} to {there}: {counts}; {nothing}\n"

    back = tmp_path / "back.json"
    assert rounds(["db", "copy", "--from", postgres_url, "--to", str(back)]) == 0
    assert capsys.readouterr().out == f"copied {there} to {back}: {counts}; {nothing}\n"
    with Store(path, readonly=True) as tracker, Store(back, readonly=True) as copied:
        assert contents(copied) == contents(tracker)
        assert [copied.cursor(f) for f in ("INBOX", "Archive")] == [(7, 29), (3, 9)]

    with PostgresStore(postgres_url, mailbox=mailbox_id) as db:
        db.commit(Change(meta={"summary:0": 99}))
    for copy in (
        ["--from", str(path), "--to", postgres_url],
        ["--from", postgres_url, "--to", str(back)],
    ):
        assert rounds(["db", "copy", *copy]) == 1
        assert "already holds data" in capsys.readouterr().err


def test_copy_goes_between_a_file_and_a_database(
    tmp_path: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """File to file or database to database is a usage error that names both."""
    one, two = tmp_path / "a.json", tmp_path / "b.json"
    assert rounds(["db", "copy", "--from", str(one), "--to", str(two)]) == 2
    assert "between a tracker file and PostgreSQL" in capsys.readouterr().err
    assert rounds(["db", "copy", "--from", postgres_url, "--to", postgres_url]) == 2
    assert "both databases" in capsys.readouterr().err


def test_connection_errors_never_show_the_password() -> None:
    """A refused connection is a StoreError naming the database without its password."""
    with refusing_port() as port, pytest.raises(StoreError) as caught:
        PostgresStore(f"postgresql://rounds:s3cret-pw@127.0.0.1:{port}/rounds")
    assert "s3cret-pw" not in str(caught.value)
    assert "rounds:***@127.0.0.1" in str(caught.value)
    assert redacted("postgres://u@h/d") == "postgres://u@h/d"


def test_rounds_db_names_a_url_or_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """A postgresql:// URL stays a URL (a Path would fold its //); anything else is a path."""
    monkeypatch.setenv("ROUNDS_DB", "postgresql://rounds:pw@db.internal:5432/rounds")
    monkeypatch.setenv("ROUNDS_MAILBOX_ID", "acme-london")
    settings = Settings()
    assert settings.db == "postgresql://rounds:pw@db.internal:5432/rounds"
    assert settings.mailbox_id == "acme-london"
    monkeypatch.setenv("ROUNDS_DB", "trackers/postgresql.json")
    monkeypatch.delenv("ROUNDS_MAILBOX_ID")
    settings = Settings()
    assert (settings.db, settings.mailbox_id) == (Path("trackers/postgresql.json"), "default")
    monkeypatch.setenv("ROUNDS_MAILBOX_ID", "")
    with pytest.raises(ValidationError, match="mailbox_id"):
        Settings()


def test_two_connections_claiming_at_once_claim_each_item_once(
    postgres_url: str, mailbox_id: str
) -> None:
    """Two connections of one writer race through one outbox: each item is claimed once."""
    mails = [f"m{n}" for n in range(120)]
    with PostgresStore(postgres_url, mailbox=mailbox_id) as store:
        store.commit(Change(enqueue=[{"id": m, "queued_at": T0.isoformat()} for m in mails]))
    start = threading.Barrier(2)

    def sender() -> list[str]:
        taken: list[str] = []
        with connect(postgres_url) as conn:
            start.wait()
            while claimed := claim_due(conn, mailbox_id, T0, claimer="w", lease=LEASE, limit=3):
                taken += [item["id"] for item in claimed]
        return taken

    with ThreadPoolExecutor(2) as pool:
        one, two = pool.map(lambda _: sender(), range(2))
    assert Counter(one + two) == Counter(mails)


def test_a_claim_in_flight_is_skipped_not_waited_for(postgres_url: str, mailbox_id: str) -> None:
    """While one connection's claim is uncommitted another claims the rest without waiting."""
    with PostgresStore(postgres_url, mailbox=mailbox_id) as store:
        store.commit(
            Change(enqueue=[{"id": f"m{n}", "queued_at": T0.isoformat()} for n in range(4)])
        )
    with connect(postgres_url) as one, connect(postgres_url) as two:
        # Waiting for a row lock would fail here rather than hang the test.
        two.execute("SET lock_timeout = '5s'")
        with one.transaction():
            first = claim_due(one, mailbox_id, T0, claimer="w", lease=LEASE, limit=2)
            second = claim_due(two, mailbox_id, T0, claimer="w", lease=LEASE)
        assert ([m["id"] for m in first], [m["id"] for m in second]) == (["m0", "m1"], ["m2", "m3"])
        assert claim_due(two, mailbox_id, T0, claimer="w", lease=LEASE) == []
