"""The store contract: the same tests against the TinyDB file, in-memory and PostgreSQL stores."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Protocol

import pytest

from agent import ports
from agent.adapters.memory import MemoryStore, MemoryTracker
from agent.errors import InputError, StoreError
from store.db import Change, Store
from store.postgres import PostgresStore
from store.story import STORY_KEEP, TEXT_CHARS, StoryEntry, StoryKind, Understood

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


class Opener(Protocol):
    def __call__(self, *, readonly: bool = False, outbox_keep: int = 100) -> ports.Store: ...


@pytest.fixture(params=["tinydb", "memory", "postgres"])
def open_store(request: pytest.FixtureRequest, tmp_path: Path) -> Opener:
    """Opens one store (of the parametrised kind) again and again, as restarts do."""
    if request.param == "tinydb":
        path = tmp_path / "rounds.json"

        def tinydb(*, readonly: bool = False, outbox_keep: int = 100) -> ports.Store:
            return Store(path, readonly=readonly, outbox_keep=outbox_keep)

        return tinydb
    if request.param == "memory":
        tracker = MemoryTracker()  # what the file is to the TinyDB store

        def memory(*, readonly: bool = False, outbox_keep: int = 100) -> ports.Store:
            return MemoryStore(tracker, readonly=readonly, outbox_keep=outbox_keep)

        return memory
    url: str = request.getfixturevalue("postgres_url")
    mailbox: str = request.getfixturevalue("mailbox_id")

    def postgres(*, readonly: bool = False, outbox_keep: int = 100) -> ports.Store:
        return PostgresStore(url, mailbox=mailbox, readonly=readonly, outbox_keep=outbox_keep)

    return postgres


def message(n: int, **fields: Any) -> Change:
    """The change one processed message makes: its process, its ledger entry, one reply."""
    return Change(
        processes={f"p{n % 3}": {"last": n, "rounds": [{"n": n}]}},
        ledger=[{"keys": [f"mid:<{n}@x>", f"uid:INBOX:7:{n}"], "status": "processed"}],
        enqueue=[{"id": f"<out{n}@rounds>", "queued_at": T0.isoformat(), "to": ["a@x"]}],
        cursor=("INBOX", 7, n),
        **fields,
    )


def snapshot(store: ports.Store) -> tuple[object, ...]:
    """Everything a reader can see (for the keys the tests use)."""
    return (
        store.processes(),
        store.ledger(),
        store.outbox(),
        store.cursor("INBOX"),
        store.meta("summary:ann"),
    )


def test_commit_survives_reopen(open_store: Opener) -> None:
    """Everything a commit writes is there after the store is closed and opened again."""
    with open_store() as store:
        store.commit(message(1, meta={"summary:ann": {"week": "2026-W49", "n": [1, 2.5]}}))
    with open_store() as store:
        assert store.processes() == {"p1": {"last": 1, "rounds": [{"n": 1}]}}
        assert store.process("p1") == {"last": 1, "rounds": [{"n": 1}]}
        assert store.process("nope") is None
        assert store.cursor("INBOX") == (7, 1)
        assert store.cursor("Sent") is None
        assert store.meta("summary:ann") == {"week": "2026-W49", "n": [1, 2.5]}
        assert store.meta("missing", "dflt") == "dflt"
        assert [mail["id"] for mail in store.outbox()] == ["<out1@rounds>"]
        assert store.seen("mid:<1@x>") and store.seen("uid:INBOX:7:1")
        assert not store.seen("mid:<2@x>")
        (entry,) = store.ledger()
        assert entry == {"keys": ["mid:<1@x>", "uid:INBOX:7:1"], "status": "processed", "seq": 1}


def test_process_upsert_replaces_the_whole_document(open_store: Opener) -> None:
    """A process document is replaced, not merged: fields the agent dropped are gone."""
    with open_store() as store:
        store.commit(Change(processes={"p": {"a": 1, "b": 2}, "q": {"c": "ü ✓"}}))
        store.commit(Change(processes={"p": {"a": 3}}))
        assert store.processes() == {"p": {"a": 3}, "q": {"c": "ü ✓"}}


def test_any_text_round_trips(open_store: Opener) -> None:
    """NUL (which PostgreSQL's jsonb refuses), backslashes and rare characters come back as
    written, in process documents, ledger entries, outbox items and meta values."""
    texts = ["a\x00b", "\ufffe", "\ufffe0", "\\u0000", "\\\x00", "\U0001f600 \u2028 \x7f"]
    doc = {"texts": texts, "k\x00": {"\ufffe": "\x00"}}
    with open_store() as store:
        store.commit(
            Change(
                processes={"p": doc},
                ledger=[{"keys": ["k"], "subject": texts}],
                enqueue=[{"id": "m", "queued_at": T0.isoformat(), "raw": "".join(texts)}],
                meta={"summary:ann": texts},
            )
        )
        store.commit(Change(outbox={"m": {"error": texts[0]}}))
    with open_store(readonly=True) as store:
        assert store.process("p") == doc
        assert store.ledger()[0]["subject"] == texts
        (mail,) = store.outbox()
        assert (mail["raw"], mail["error"]) == ("".join(texts), texts[0])
        assert store.meta("summary:ann") == texts


def test_reads_are_copies(open_store: Opener) -> None:
    """Changing what a read returned, or the committed change, changes nothing stored."""
    with open_store() as store:
        doc: dict[str, Any] = {"rounds": [1]}
        store.commit(Change(processes={"p": doc}))
        doc["rounds"].append(2)
        read = store.process("p")
        assert read == {"rounds": [1]}
        read["rounds"].append(3)
        store.processes()["p"]["rounds"].append(4)
        assert store.process("p") == {"rounds": [1]}


def test_ledger_seq_grows_across_restarts(open_store: Opener) -> None:
    """Ledger entries come back oldest first, numbered without gaps across restarts."""
    for n in range(1, 4):
        with open_store() as store:
            store.commit(message(n))
    with open_store(readonly=True) as store:
        assert [(entry["seq"], entry["keys"][0]) for entry in store.ledger()] == [
            (1, "mid:<1@x>"),
            (2, "mid:<2@x>"),
            (3, "mid:<3@x>"),
        ]


def test_quarantined_message_may_be_recorded_again(open_store: Opener) -> None:
    """`rounds quarantine retry` records the same keys a second time; seen() stays true."""
    with open_store() as store:
        store.commit(Change(ledger=[{"keys": ["uid:INBOX:7:9"], "status": "quarantined"}]))
        store.commit(Change(ledger=[{"keys": ["uid:INBOX:7:9", "mid:<9@x>"], "status": "ok"}]))
        assert [entry["status"] for entry in store.ledger()] == ["quarantined", "ok"]
        assert store.seen("uid:INBOX:7:9") and store.seen("mid:<9@x>")


def test_outbox_enqueue_defaults(open_store: Opener) -> None:
    """Queued mail gets status queued, zero attempts and next_attempt = queued_at."""
    with open_store() as store:
        store.commit(message(1))
        (mail,) = store.outbox(status="queued")
        assert (mail["status"], mail["attempts"]) == ("queued", 0)
        assert mail["next_attempt"] == mail["queued_at"] == T0.isoformat()
        assert mail["to"] == ["a@x"]
        assert store.outbox(status="sent") == []


def test_claim_honours_backoff_and_order(open_store: Opener) -> None:
    """claim() takes queued mail whose next_attempt has come, oldest queued first, across
    zones; one cut off mid-send (its lease run out) comes back first."""
    later = T0 + timedelta(minutes=5)
    ny = timezone(timedelta(hours=-5))
    with open_store() as store:
        store.commit(
            Change(
                enqueue=[
                    {"id": "b", "queued_at": later.isoformat()},
                    {"id": "a", "queued_at": T0.astimezone(ny).isoformat()},
                    {"id": "c", "queued_at": (T0 + timedelta(seconds=1)).isoformat()},
                ]
            )
        )
        retry_at = (T0 + timedelta(minutes=30)).isoformat()
        store.commit(
            Change(
                outbox={
                    "c": {"attempts": 1, "next_attempt": retry_at, "error": "421"},
                    "b": {"status": "sent", "sent_at": later.isoformat()},
                }
            )
        )
        (retrying,) = [mail for mail in store.outbox() if mail["id"] == "c"]
        assert (retrying["attempts"], retrying["error"]) == (1, "421")
        assert retrying["next_attempt"] == retry_at
        assert [mail["id"] for mail in store.outbox(status="sent")] == ["b"]
        with pytest.raises(InputError):
            store.claim(datetime(2026, 12, 1, 9, 0), lease=LEASE)  # noqa: DTZ001  # the naive value is the point
        assert ids(store.claim(T0, lease=LEASE)) == ["a"]
        assert ids(store.claim(T0 + timedelta(hours=1), lease=LEASE)) == ["a", "c"]


LEASE = timedelta(minutes=10)


def queue_three(store: ports.Store) -> None:
    """Three mails due at T0, queued a second apart; the newest was cut off mid-send."""
    store.commit(
        Change(
            enqueue=[
                {"id": f"m{n}", "queued_at": (T0 - timedelta(seconds=3 - n)).isoformat()}
                for n in range(3)
            ]
        )
    )
    store.commit(Change(outbox={"m2": {"status": "sending", "attempts": 1}}))


def ids(items: list[dict[str, Any]]) -> list[str]:
    return [item["id"] for item in items]


def test_two_claimers_never_get_the_same_item(open_store: Opener) -> None:
    """Claims split the outbox: interrupted mail first, then due mail oldest first, each once."""
    with open_store() as store:
        queue_three(store)
        first, second = store.claim(T0, lease=LEASE, limit=2), store.claim(T0, lease=LEASE)
        assert (ids(first), ids(second)) == (["m2", "m0"], ["m1"])
        assert store.claim(T0, lease=LEASE) == []
        # Returned as they stood; stored as being sent, held until the lease ends.
        assert [(item["status"], item["attempts"]) for item in first + second] == [
            ("sending", 1),
            ("queued", 0),
            ("queued", 0),
        ]
        claimed = [
            (item["id"], item["status"], item["attempts"], item["attempted_at"])
            for item in store.outbox()
        ]
        at = T0.isoformat()
        assert claimed == [
            ("m0", "sending", 1, at),
            ("m1", "sending", 1, at),
            ("m2", "sending", 2, at),
        ]
        until = (T0 + LEASE).isoformat()
        assert [item["claimed_until"] for item in store.outbox()] == [until] * 3


def test_claimed_item_is_invisible_until_its_lease_runs_out(open_store: Opener) -> None:
    """A claim hides its items from every other claim until the lease ends or it is cleared."""
    with open_store() as store:
        queue_three(store)
        assert ids(store.claim(T0, lease=LEASE, limit=1)) == ["m2"]
        almost = T0 + LEASE - timedelta(seconds=1)
        assert ids(store.claim(almost, lease=LEASE)) == ["m0", "m1"]
        assert store.claim(almost, lease=LEASE) == []
        store.commit(Change(outbox={"m0": {"claimed_until": None}}))
        assert ids(store.claim(almost, lease=LEASE)) == ["m0"]


def test_expired_claim_is_reclaimable(open_store: Opener) -> None:
    """Once its lease has run out a claimed item is claimed again, with a new lease."""
    with open_store() as store:
        queue_three(store)
        assert ids(store.claim(T0, lease=LEASE)) == ["m2", "m0", "m1"]
        later = T0 + LEASE
        again = store.claim(later, lease=LEASE, limit=1)
        # Claimed before, so "sending" (all three now, in queue order): whether it went out
        # is for the sender to find out.
        assert ids(again) == ["m0"] and again[0]["status"] == "sending"
        assert again[0]["claimed_until"] == (T0 + LEASE).isoformat()
        [stored] = [item for item in store.outbox() if item["id"] == "m0"]
        assert stored["claimed_until"] == (later + LEASE).isoformat()


def test_opening_as_the_writer_releases_every_claim(open_store: Opener) -> None:
    """The writer's lock proves earlier claimers gone: their items are claimable at once."""
    with open_store() as store:
        queue_three(store)
        store.claim(T0, lease=LEASE)
    with open_store(readonly=True) as reader:
        assert all(item["claimed_until"] for item in reader.outbox())
        with pytest.raises(StoreError):
            reader.claim(T0 + LEASE, lease=LEASE)
    with open_store() as store:
        taken = store.claim(T0, lease=LEASE)
        assert [(item["id"], item["status"]) for item in taken] == [
            ("m0", "sending"),
            ("m1", "sending"),
            ("m2", "sending"),
        ]


def test_finished_outbox_items_are_pruned(open_store: Opener) -> None:
    """Only the last `outbox_keep` finished items stay; queued ones are never pruned."""
    with open_store(outbox_keep=2) as store:
        ids = [f"m{n}" for n in range(6)]
        store.commit(Change(enqueue=[{"id": i, "queued_at": T0.isoformat()} for i in ids]))
        store.commit(Change(outbox={i: {"status": "sent"} for i in ids[:4]}))
        assert [mail["id"] for mail in store.outbox()] == ["m2", "m3", "m4", "m5"]


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (Change(ledger=[{"status": "processed"}]), "keys"),
        (Change(enqueue=[{"queued_at": T0.isoformat()}]), "id"),
        (Change(enqueue=[{"id": "m", "queued_at": "2026-12-01T09:00:00"}]), "time zone"),
        (Change(enqueue=[{"id": "<out1@rounds>", "queued_at": T0.isoformat()}]), "already"),
        (Change(outbox={"ghost": {"status": "sent"}}), "not in the outbox"),
        (Change(outbox={"<out1@rounds>": {"status": "lost"}}), "unknown outbox status"),
        (Change(processes={"p": {"at": T0}}), "not plain JSON"),
        (Change(cursor=("INBOX", "7", 1)), "cursor"),  # type: ignore[arg-type]
    ],
)
def test_malformed_change_is_refused_before_writing(
    open_store: Opener, change: Change, complaint: str
) -> None:
    """A malformed change raises InputError and changes nothing, even in the valid parts."""
    with open_store() as store:
        store.commit(message(1))
        before = snapshot(store)
        whole = Change(processes={"p9": {"new": True}}, meta={"summary:ann": 1})
        with pytest.raises(InputError, match=complaint):
            store.commit(
                Change(
                    processes={**whole.processes, **change.processes},
                    ledger=change.ledger,
                    enqueue=change.enqueue,
                    outbox=change.outbox,
                    cursor=change.cursor,
                    meta=whole.meta,
                )
            )
        assert snapshot(store) == before
    with open_store() as store:
        assert snapshot(store) == before


def test_second_writer_is_refused(open_store: Opener) -> None:
    """Only one writer at a time; readers need no lock; the lock goes with close()."""
    with open_store() as store:
        store.commit(message(1))
        with pytest.raises(StoreError, match="in use by another rounds process"):
            open_store()
        with open_store(readonly=True) as reader:
            assert reader.seen("mid:<1@x>")
    with open_store() as store:
        assert store.cursor("INBOX") == (7, 1)


def test_readonly_and_closed_stores_cannot_commit(open_store: Opener) -> None:
    """A read-only store refuses commits; so does a closed one."""
    open_store().close()
    with open_store(readonly=True) as reader, pytest.raises(StoreError):
        reader.commit(message(1))
    store = open_store()
    store.close()
    with pytest.raises(StoreError):
        store.commit(message(1))


def told(pid: str, minute: int, text: str = "", **fields: Any) -> StoryEntry:
    """One story entry for process `pid`, `minute` minutes after T0."""
    return StoryEntry(
        process_id=pid,
        at=T0 + timedelta(minutes=minute),
        kind=fields.pop("kind", StoryKind.IN),
        who="jane@cand.example",
        text=text,
        **fields,
    )


def test_story_survives_reopen_per_process_oldest_first(open_store: Opener) -> None:
    """Story entries are written with their commit, read per process, oldest first."""
    understood = Understood(intent="availability", times=("Tuesday 10:00–12:00",), confidence=0.9)
    with open_store() as store:
        assert store.story("p1") == []
        store.commit(message(1, story=[told("p1", 0, "first", understood=understood)]))
        store.commit(Change(story=[told("p2", 1, "other"), told("p1", 2, "second")]))
        store.commit(Change(meta={"x": 1}))  # a commit without story keeps it
    with open_store() as store, open_store(readonly=True) as reader:
        for seen in (store, reader):
            assert [e.text for e in seen.story("p1")] == ["first", "second"]
            assert [e.text for e in seen.story("p2")] == ["other"]
            assert seen.story("p1")[0].understood == understood
            assert seen.story("p1")[0].at == T0


def test_story_text_is_bounded_and_round_trips(open_store: Opener) -> None:
    """Hostile text round-trips; long text is capped with an ellipsis; headers stay one line."""
    hostile = "a\x00b \ufffe0 \\u0000 <script>alert(1)</script> é"
    entry = told(
        "p1",
        0,
        hostile + "x" * 5000,
        subject="Re: hi\r\nBcc: evil@x",
        detail={"method": "REQUEST", "sequence": "2"},
    )
    with open_store() as store:
        store.commit(Change(story=[entry]))
    with open_store() as store:
        (back,) = store.story("p1")
    assert back == entry
    assert back.text.startswith(hostile) and back.text.endswith("…")
    assert len(back.text) == TEXT_CHARS
    assert back.subject == "Re: hi Bcc: evil@x"
    assert back.detail == {"method": "REQUEST", "sequence": "2"}


def test_story_keeps_the_newest_entries(open_store: Opener) -> None:
    """A process keeps its newest STORY_KEEP entries; another process's story is untouched."""
    with open_store() as store:
        store.commit(Change(story=[told("p2", 0, "kept")]))
        for start in range(0, STORY_KEEP + 100, 100):
            store.commit(Change(story=[told("p1", m, str(m)) for m in range(start, start + 100)]))
    with open_store() as store:
        texts = [e.text for e in store.story("p1")]
        assert texts == [str(m) for m in range(100, STORY_KEEP + 100)]
        assert [e.text for e in store.story("p2")] == ["kept"]


def test_refused_change_leaves_no_story(open_store: Opener) -> None:
    """A change the store refuses writes none of its story entries."""
    with open_store() as store:
        store.commit(message(1))
        with pytest.raises(InputError):
            store.commit(message(1, story=[told("p1", 0, "never")]))  # its mail is queued already
        with pytest.raises(InputError, match="StoryEntry"):
            store.commit(Change(story=[{"process_id": "p1"}]))  # type: ignore[list-item]
        assert store.story("p1") == []
    with open_store() as store:
        assert store.story("p1") == []
