"""The tracker in PostgreSQL (psycopg 3): many mailboxes in one database, one row per process.

Every table carries the mailbox id, so agencies or teams share a database
without seeing each other's data. A writer holds a per-mailbox advisory lock
for as long as it is open; one `Change` is one transaction.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb, set_json_dumps, set_json_loads

from parsers.errors import InputError
from store.db import _FINISHED, Change, _aware, enqueued, plain_change, validate_change
from store.errors import StoreError
from store.storage import ClosesOnExit
from store.story import STORY_KEEP, StoryEntry

log = logging.getLogger("rounds.store")

# Each entry is one schema version; `rounds db upgrade` applies the missing ones in order.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE rounds_process (
        mailbox text NOT NULL,
        id text NOT NULL,
        doc jsonb NOT NULL,
        -- what the board and the summary filter on, kept in step with the document
        status text GENERATED ALWAYS AS (doc ->> 'status') STORED,
        recruiter text GENERATED ALWAYS AS (lower(doc -> 'recruiter' ->> 'email')) STORED,
        updated timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (mailbox, id)
    );
    CREATE INDEX rounds_process_status ON rounds_process (mailbox, status);
    CREATE INDEX rounds_process_recruiter ON rounds_process (mailbox, recruiter);
    CREATE INDEX rounds_process_updated ON rounds_process (mailbox, updated);
    CREATE TABLE rounds_ledger (
        mailbox text NOT NULL,
        seq bigint NOT NULL,
        entry jsonb NOT NULL,
        PRIMARY KEY (mailbox, seq)
    );
    -- one row per message key: the unique key is what makes handling exactly-once
    CREATE TABLE rounds_ledger_key (
        mailbox text NOT NULL,
        key text NOT NULL,
        seq bigint NOT NULL,
        PRIMARY KEY (mailbox, key)
    );
    CREATE TABLE rounds_outbox (
        mailbox text NOT NULL,
        id text NOT NULL,
        pos bigint GENERATED ALWAYS AS IDENTITY,
        doc jsonb NOT NULL,
        status text GENERATED ALWAYS AS (doc ->> 'status') STORED,
        queued_at timestamptz NOT NULL,
        next_attempt timestamptz NOT NULL,
        PRIMARY KEY (mailbox, id)
    );
    CREATE INDEX rounds_outbox_due ON rounds_outbox (mailbox, status, next_attempt);
    CREATE TABLE rounds_cursor (
        mailbox text NOT NULL,
        folder text NOT NULL,
        uidvalidity bigint NOT NULL,
        last_uid bigint NOT NULL,
        PRIMARY KEY (mailbox, folder)
    );
    CREATE TABLE rounds_meta (
        mailbox text NOT NULL,
        key text NOT NULL,
        value jsonb NOT NULL,
        PRIMARY KEY (mailbox, key)
    );
    """,
    # 2: each process's story (store.story), newest STORY_KEEP entries per process
    """
    CREATE TABLE rounds_story (
        mailbox text NOT NULL,
        process text NOT NULL,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        entry jsonb NOT NULL,
        PRIMARY KEY (mailbox, process, seq)
    );
    """,
    # 3: what the desk (`rounds serve`) keeps beside the tracker (agent/desk/tables.py)
    """
    -- the actions recruiters ask for on the desk, until the watcher has applied them
    CREATE TABLE rounds_desk_request (
        mailbox text NOT NULL,
        id text NOT NULL,
        pos bigint GENERATED ALWAYS AS IDENTITY,
        doc jsonb NOT NULL,
        PRIMARY KEY (mailbox, id)
    );
    CREATE INDEX rounds_desk_request_pos ON rounds_desk_request (mailbox, pos);
    -- the key that signs sign-in links and sessions: one per mailbox, made by the first desk
    CREATE TABLE rounds_desk_secret (
        mailbox text PRIMARY KEY,
        secret text NOT NULL
    );
    -- used sign-in links and ended sessions, kept until the token would have expired
    CREATE TABLE rounds_desk_used (
        mailbox text NOT NULL,
        nonce text NOT NULL,
        expires timestamptz NOT NULL,
        PRIMARY KEY (mailbox, nonce)
    );
    CREATE INDEX rounds_desk_used_expires ON rounds_desk_used (mailbox, expires);
    -- when sign-in links were mailed to an address: the per-address hourly limit
    CREATE TABLE rounds_desk_link (
        mailbox text NOT NULL,
        email text NOT NULL,
        sent timestamptz NOT NULL
    );
    CREATE INDEX rounds_desk_link_email ON rounds_desk_link (mailbox, email, sent);
    -- the desk's "last change" look reads the newest story entry of a mailbox
    CREATE INDEX rounds_story_newest ON rounds_story (mailbox, seq);
    """,
)

_VERSIONS = """
CREATE TABLE IF NOT EXISTS rounds_schema (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
)
"""
# The server drops a silent peer's session, and with it a watcher's lock, within about 25 s
# (idle 10 s, then 3 probes 5 s apart): a standby takes over within 30 s of a dead machine.
_KEEPALIVE = "-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3"
# Only one `rounds db upgrade` migrates at a time.
_UPGRADE_LOCK = "rounds:schema"
# Only a message set aside as unprocessable may be handled (and recorded) again.
_REHANDLED = "quarantined"


# jsonb cannot hold U+0000, which hostile mail may carry: it is stored as this Unicode
# noncharacter followed by "0", and the noncharacter itself is doubled, so nothing is lost.
_ESC = "\ufffe"
_NUL_OR_BACKSLASH = re.compile(r"\\(\\|u0000)")  # escapes in JSON text, left to right
_ESCAPED = re.compile(_ESC + "(.)", re.DOTALL)


def _dumps(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace(_ESC, _ESC * 2)
    return _NUL_OR_BACKSLASH.sub(lambda m: m[0] if m[1] == "\\" else _ESC + "0", text)


def _loads(data: str | bytes) -> Any:
    text = data.decode() if isinstance(data, bytes) else data
    return json.loads(_ESCAPED.sub(lambda m: _ESC if m[1] == _ESC else "\\u0000", text))


def is_url(db: object) -> bool:
    """Whether ROUNDS_DB names a PostgreSQL database rather than a tracker file."""
    return isinstance(db, str) and re.match(r"postgres(ql)?://", db) is not None


def redacted(url: str) -> str:
    """`url` without its password, for messages."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


def connect(url: str) -> psycopg.Connection[Any]:
    """An autocommit connection; writes open their own transaction."""
    try:
        conn = psycopg.connect(
            url,
            autocommit=True,
            connect_timeout=10,
            options=_KEEPALIVE,
            keepalives=1,
            keepalives_idle=10,
            keepalives_interval=5,
            keepalives_count=3,
        )
    except psycopg.Error as exc:
        raise StoreError(f"cannot connect to {redacted(url)}: {_reason(exc)}") from exc
    set_json_dumps(_dumps, conn)
    set_json_loads(_loads, conn)
    return conn


def _reason(exc: psycopg.Error) -> str:
    # The first line says what failed; psycopg's later lines repeat connection details.
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def schema_version(conn: psycopg.Connection[Any]) -> int:
    """The highest migration applied, 0 on an empty database."""
    found = conn.execute("SELECT to_regclass('rounds_schema') IS NOT NULL").fetchone()
    if not found or not found[0]:
        return 0
    row = conn.execute("SELECT coalesce(max(version), 0) FROM rounds_schema").fetchone()
    return int(row[0]) if row else 0


def upgrade(url: str) -> list[int]:
    """Apply the missing migrations in one transaction; return the versions applied."""
    with connect(url) as conn:
        try:
            with conn.transaction():
                conn.execute(
                    "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", [_UPGRADE_LOCK]
                )
                conn.execute(_VERSIONS)
                current = schema_version(conn)
                if current > len(MIGRATIONS):
                    raise StoreError(
                        f"{redacted(url)} is at schema version {current}, newer than this "
                        f"rounds ({len(MIGRATIONS)}): upgrade rounds"
                    )
                applied = []
                for version, sql in enumerate(MIGRATIONS, start=1):
                    if version > current:
                        conn.execute(sql.encode())
                        conn.execute("INSERT INTO rounds_schema (version) VALUES (%s)", [version])
                        applied.append(version)
                return applied
        except psycopg.Error as exc:
            raise StoreError(f"cannot upgrade {redacted(url)}: {_reason(exc)}") from exc


def claim_due(
    conn: psycopg.Connection[Any],
    mailbox: str,
    now: datetime,
    *,
    claimer: str,
    lease: timedelta,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Claim for `claimer` the mailbox's claimable outbox items (store.db.claim_change), at
    most `limit`, in one transaction; returns them as they stood, in sending order.

    `FOR UPDATE SKIP LOCKED` passes over the rows another transaction is claiming, and a
    row claimed meanwhile is read again as committed: no two connections of one claimer
    get the same item, and none waits for another.
    """
    if now.tzinfo is None:
        raise InputError("claim() needs an aware datetime")
    with conn.transaction():
        taken = conn.execute(
            "SELECT pos, doc FROM rounds_outbox WHERE mailbox = %s"
            " AND (status = 'sending' OR (status = 'queued' AND next_attempt <= %s))"
            " AND NOT (doc ->> 'claimed_by' IS NOT DISTINCT FROM %s"
            " AND coalesce((doc ->> 'claimed_until')::timestamptz > %s, false))"
            " ORDER BY status = 'queued', CASE WHEN status = 'queued' THEN queued_at END, pos"
            " LIMIT %s FOR UPDATE SKIP LOCKED",
            [mailbox, now, claimer, now, limit],
        ).fetchall()
        conn.execute(
            "UPDATE rounds_outbox SET doc = doc || jsonb_build_object('status', 'sending',"
            " 'attempts', coalesce((doc ->> 'attempts')::int, 0) + 1, 'attempted_at', %s::text,"
            " 'claimed_by', %s::text, 'claimed_until', %s::text)"
            " WHERE mailbox = %s AND pos = ANY(%s)",
            [now.isoformat(), claimer, (now + lease).isoformat(), mailbox, [p for p, _ in taken]],
        )
    return [doc for _, doc in taken]


def _upsert(
    cur: psycopg.Cursor[Any],
    mailbox: str,
    table: str,
    key: str,
    column: str,
    docs: Mapping[str, Any],
    *,
    touch: bool = False,
) -> None:
    """Write each JSON document in `docs` over the row of `table` with its `key`; `touch`
    also sets the row's `updated` time."""
    query = sql.SQL(
        "INSERT INTO {table} (mailbox, {key}, {column}) VALUES (%s, %s, %s)"
        " ON CONFLICT (mailbox, {key}) DO UPDATE SET {column} = EXCLUDED.{column}{touch}"
    ).format(
        table=sql.Identifier(table),
        key=sql.Identifier(key),
        column=sql.Identifier(column),
        touch=sql.SQL(", updated = now()" if touch else ""),
    )
    cur.executemany(query, [(mailbox, name, Jsonb(doc)) for name, doc in docs.items()])


class PostgresStore(ClosesOnExit):
    """The tracker of one mailbox in a shared PostgreSQL database; the same API as `Store`."""

    def __init__(
        self,
        url: str,
        *,
        mailbox: str = "default",
        readonly: bool = False,
        standby: bool = False,
        outbox_keep: int = 100,
    ) -> None:
        """`standby`: when another writer holds the mailbox, wait for its lock instead of
        failing; nothing is read or written for the mailbox until the lock is ours."""
        if not mailbox:
            raise InputError("the mailbox id (ROUNDS_MAILBOX_ID) is empty")
        self.url = url
        self.mailbox = mailbox
        self._readonly = readonly
        self._outbox_keep = outbox_keep
        self._standby = standby
        self._claimer = uuid.uuid4().hex  # this writer's claims (`claim`)
        self._conn: psycopg.Connection[Any] | None = connect(url)
        with self._closed_on_failure():
            self._open()

    def _open(self) -> None:
        version = self._run(schema_version)
        if version != len(MIGRATIONS):
            raise StoreError(
                f"{redacted(self.url)} is at schema version {version}, rounds needs "
                f"{len(MIGRATIONS)}: run `rounds db upgrade`"
            )
        if self._readonly:
            return
        # Held by this connection until it closes: a killed writer's lock goes with its socket.
        row = self._one("SELECT pg_try_advisory_lock(hashtextextended(%s, 0))", [self._lock_key])
        if row and row[0]:
            return
        if not self._standby:
            raise StoreError(f"mailbox {self.mailbox!r} is in use by another rounds process")
        log.info("mailbox %r is held by another watcher: standing by", self.mailbox)
        self._one("SELECT pg_advisory_lock(hashtextextended(%s, 0))", [self._lock_key])
        log.info("took over mailbox %r", self.mailbox)

    @property
    def _lock_key(self) -> str:
        return f"rounds:mailbox:{self.mailbox}"

    def close(self) -> None:
        """Close the connection, which releases the writer lock; unusable afterwards."""
        self._readonly = True
        if self._conn is not None:
            # The server would drop the lock only when it notices the closed socket, after
            # this returns: a writer opened next could still find the mailbox in use.
            with contextlib.suppress(psycopg.Error):
                self._conn.execute("SELECT pg_advisory_unlock_all()")
            self._conn.close()
            self._conn = None

    # -- plumbing ----------------------------------------------------------

    def _writable(self) -> None:
        if self._readonly:
            raise StoreError(f"the store of mailbox {self.mailbox!r} is read-only or closed")

    def _connection(self) -> psycopg.Connection[Any]:
        if self._conn is None:
            raise StoreError(f"the store of mailbox {self.mailbox!r} is closed")
        return self._conn

    def _run(self, action: Any) -> Any:
        try:
            return action(self._connection())
        except psycopg.Error as exc:
            raise StoreError(f"{redacted(self.url)}: {_reason(exc)}") from exc

    def _all(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = self._run(lambda conn: conn.execute(sql, params).fetchall())
        return rows

    def _one(self, sql: str, params: list[Any]) -> tuple[Any, ...] | None:
        row: tuple[Any, ...] | None = self._run(lambda conn: conn.execute(sql, params).fetchone())
        return row

    # -- reads: fresh from the database, so a standby sees what the active writer wrote --

    def processes(self) -> dict[str, dict[str, Any]]:
        """Every process document by process id."""
        rows = self._all(
            "SELECT id, doc FROM rounds_process WHERE mailbox = %s ORDER BY id", [self.mailbox]
        )
        return {pid: doc for pid, doc in rows}

    def process(self, process_id: str) -> dict[str, Any] | None:
        """One process document, or None."""
        row = self._one(
            "SELECT doc FROM rounds_process WHERE mailbox = %s AND id = %s",
            [self.mailbox, process_id],
        )
        return None if row is None else dict(row[0])

    def seen(self, key: str) -> bool:
        """Whether a ledger entry carries `key`."""
        row = self._one(
            "SELECT 1 FROM rounds_ledger_key WHERE mailbox = %s AND key = %s", [self.mailbox, key]
        )
        return row is not None

    def ledger(self) -> list[dict[str, Any]]:
        """Every ledger entry, oldest first, each with its "seq"."""
        rows = self._all(
            "SELECT seq, entry FROM rounds_ledger WHERE mailbox = %s ORDER BY seq", [self.mailbox]
        )
        return [{**entry, "seq": seq} for seq, entry in rows]

    def story(self, process_id: str) -> list[StoryEntry]:
        """The newest entries of a process's timeline, oldest first."""
        rows = self._all(
            "SELECT entry FROM rounds_story WHERE mailbox = %s AND process = %s"
            " ORDER BY seq DESC LIMIT %s",
            [self.mailbox, process_id, STORY_KEEP],
        )
        where = f"rounds_story of mailbox {self.mailbox!r}"
        return [StoryEntry.from_doc(entry, where) for (entry,) in reversed(rows)]

    def outbox(self, *, status: str | None = None) -> list[dict[str, Any]]:
        """Outbox items in the order they were queued, optionally only those with `status`."""
        rows = self._all(
            "SELECT doc FROM rounds_outbox WHERE mailbox = %s"
            " AND (%s::text IS NULL OR status = %s) ORDER BY pos",
            [self.mailbox, status, status],
        )
        return [doc for (doc,) in rows]

    def claim(
        self, now: datetime, *, lease: timedelta, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Claim the due and interrupted items until `now + lease` (`claim_due`)."""
        self._writable()
        claimed: list[dict[str, Any]] = self._run(
            lambda conn: claim_due(
                conn, self.mailbox, now, claimer=self._claimer, lease=lease, limit=limit
            )
        )
        return claimed

    def cursor(self, folder: str) -> tuple[int, int] | None:
        """(uidvalidity, last_uid) last committed for `folder`, or None."""
        row = self._one(
            "SELECT uidvalidity, last_uid FROM rounds_cursor WHERE mailbox = %s AND folder = %s",
            [self.mailbox, folder],
        )
        return None if row is None else (int(row[0]), int(row[1]))

    def meta(self, key: str, default: Any = None) -> Any:
        """The value last committed under `key`, or `default`."""
        row = self._one(
            "SELECT value FROM rounds_meta WHERE mailbox = %s AND key = %s", [self.mailbox, key]
        )
        return default if row is None else row[0]

    def cursors(self) -> dict[str, tuple[int, int]]:
        """Every folder's cursor (`cursor`), by folder."""
        rows = self._all(
            "SELECT folder, uidvalidity, last_uid FROM rounds_cursor WHERE mailbox = %s",
            [self.mailbox],
        )
        return {str(folder): (int(validity), int(uid)) for folder, validity, uid in rows}

    def metas(self) -> dict[str, Any]:
        """Every meta value (`meta`), by key."""
        rows = self._all("SELECT key, value FROM rounds_meta WHERE mailbox = %s", [self.mailbox])
        return {str(key): value for key, value in rows}

    # -- the one write ------------------------------------------------------

    def commit(self, change: Change) -> None:
        """Apply `change` in one transaction: all of it or none of it."""
        self._writable()
        change = plain_change(change)
        conn = self._connection()
        try:
            with conn.transaction():
                validate_change(change, lambda mail_id: self._queued(conn, mail_id))
                self._apply(conn, change)
        except psycopg.errors.UniqueViolation as exc:
            # Another writer recorded the same message first (only possible without the lock).
            raise StoreError(f"mailbox {self.mailbox!r}: already handled ({_reason(exc)})") from exc
        except psycopg.Error as exc:
            raise StoreError(f"{redacted(self.url)}: {_reason(exc)}") from exc

    def _queued(self, conn: psycopg.Connection[Any], mail_id: str) -> bool:
        row = conn.execute(
            "SELECT 1 FROM rounds_outbox WHERE mailbox = %s AND id = %s", [self.mailbox, mail_id]
        ).fetchone()
        return row is not None

    def _apply(self, conn: psycopg.Connection[Any], change: Change) -> None:
        box = self.mailbox
        with conn.cursor() as cur:
            if change.processes:
                _upsert(cur, box, "rounds_process", "id", "doc", change.processes, touch=True)
            if change.ledger:
                self._record(conn, change.ledger)
            if change.enqueue:
                cur.executemany(
                    "INSERT INTO rounds_outbox (mailbox, id, doc, queued_at, next_attempt)"
                    " VALUES (%s, %s, %s, %s, %s)",
                    [self._queue_row(mail) for mail in change.enqueue],
                )
            for mail_id, fields in change.outbox.items():
                again = fields.get("next_attempt")
                cur.execute(
                    "UPDATE rounds_outbox SET doc = doc || %s,"
                    " next_attempt = coalesce(%s, next_attempt) WHERE mailbox = %s AND id = %s",
                    [
                        Jsonb(fields),
                        None if again is None else _aware(again, "next_attempt"),
                        box,
                        mail_id,
                    ],
                )
            if change.outbox:
                cur.execute(
                    "DELETE FROM rounds_outbox WHERE mailbox = %s AND pos IN ("
                    " SELECT pos FROM rounds_outbox WHERE mailbox = %s AND status = ANY(%s)"
                    " ORDER BY pos DESC OFFSET %s)",
                    [box, box, sorted(_FINISHED), self._outbox_keep],
                )
            if change.cursor is not None:
                folder, uidvalidity, last_uid = change.cursor
                cur.execute(
                    "INSERT INTO rounds_cursor (mailbox, folder, uidvalidity, last_uid)"
                    " VALUES (%s, %s, %s, %s) ON CONFLICT (mailbox, folder) DO UPDATE"
                    " SET uidvalidity = EXCLUDED.uidvalidity, last_uid = EXCLUDED.last_uid",
                    [box, folder, uidvalidity, last_uid],
                )
            if change.story:
                self._tell(cur, change.story)
            if change.meta:
                _upsert(cur, box, "rounds_meta", "key", "value", change.meta)

    def _tell(self, cur: psycopg.Cursor[Any], story: Sequence[StoryEntry]) -> None:
        """Append story entries and drop what falls past each process's newest STORY_KEEP."""
        box = self.mailbox
        cur.executemany(
            "INSERT INTO rounds_story (mailbox, process, entry) VALUES (%s, %s, %s)",
            [(box, entry.process_id, Jsonb(entry.to_doc())) for entry in story],
        )
        cur.executemany(
            "DELETE FROM rounds_story WHERE mailbox = %s AND process = %s AND seq IN ("
            " SELECT seq FROM rounds_story WHERE mailbox = %s AND process = %s"
            " ORDER BY seq DESC OFFSET %s)",
            [(box, pid, box, pid, STORY_KEEP) for pid in sorted({e.process_id for e in story})],
        )

    def _queue_row(self, mail: dict[str, Any]) -> tuple[Any, ...]:
        doc = enqueued(mail)
        return (
            self.mailbox,
            mail["id"],
            Jsonb(doc),
            _aware(doc["queued_at"], "queued_at"),
            _aware(doc["next_attempt"], "next_attempt"),
        )

    def _record(self, conn: psycopg.Connection[Any], entries: Sequence[dict[str, Any]]) -> None:
        """Append ledger entries; a key already recorded is refused unless it was quarantined."""
        box = self.mailbox
        keys = sorted({key for entry in entries for key in entry["keys"]})
        known = dict(
            conn.execute(
                "SELECT k.key, l.entry ->> 'status' FROM rounds_ledger_key k"
                " JOIN rounds_ledger l ON l.mailbox = k.mailbox AND l.seq = k.seq"
                " WHERE k.mailbox = %s AND k.key = ANY(%s) FOR UPDATE OF k",
                [box, keys],
            ).fetchall()
        )
        twice = sorted(key for key, status in known.items() if status != _REHANDLED)
        if twice:
            raise StoreError(f"mailbox {box!r}: {', '.join(twice)} already handled")
        row = conn.execute(
            "SELECT coalesce(max(seq), 0) FROM rounds_ledger WHERE mailbox = %s", [box]
        ).fetchone()
        seq = int(row[0]) if row else 0
        with conn.cursor() as cur:
            for entry in entries:
                seq += 1
                cur.execute(
                    "INSERT INTO rounds_ledger (mailbox, seq, entry) VALUES (%s, %s, %s)",
                    [box, seq, Jsonb(entry)],
                )
                for key in entry["keys"]:
                    if key in known:
                        cur.execute(
                            "UPDATE rounds_ledger_key SET seq = %s WHERE mailbox = %s AND key = %s",
                            [seq, box, key],
                        )
                    else:
                        # No ON CONFLICT: a racing writer's insert fails here, not silently.
                        cur.execute(
                            "INSERT INTO rounds_ledger_key (mailbox, key, seq) VALUES (%s, %s, %s)",
                            [box, key, seq],
                        )
                        known[key] = entry.get("status")
