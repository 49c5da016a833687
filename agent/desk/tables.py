"""The desk's state in PostgreSQL: the mailbox's rows in the `rounds_desk_*` tables.

Made by migration 3 of store/postgres.py (`rounds db upgrade`). Each desk and watcher keeps
one connection, opened on first use and shared by the server's threads under a lock; a
broken one is closed and the next call opens a new one, so a restarted database costs one
failed look, not the desk.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from datetime import datetime
from typing import Any, TypeVar

import psycopg
from psycopg.types.json import Jsonb

from agent.desk.auth import SECRET_MIN, new_secret
from agent.desk.queue import Request
from agent.desk.snapshot import LINK_COUNTS, DeskSnapshot
from agent.errors import StoreError
from store.postgres import connect, redacted

T = TypeVar("T")

# One row per look, every part answered from an index: the newest process write, ledger
# entry and story entry, and the outbox and request queue (both short) as digests.
_STAMP = """
SELECT
    (SELECT max(updated) FROM rounds_process WHERE mailbox = %(m)s),
    (SELECT max(seq) FROM rounds_ledger WHERE mailbox = %(m)s),
    (SELECT max(seq) FROM rounds_story WHERE mailbox = %(m)s),
    (SELECT md5(string_agg(id || ':' || coalesce(status, ''), ',' ORDER BY pos))
        FROM rounds_outbox WHERE mailbox = %(m)s),
    (SELECT md5(string_agg(id, ',' ORDER BY pos)) FROM rounds_desk_request WHERE mailbox = %(m)s)
"""


class DeskTables:
    """The desk's state (`agent.ports.DeskState`) of one mailbox in a PostgreSQL database."""

    def __init__(self, url: str, *, mailbox: str) -> None:
        self.url = url
        self.mailbox = mailbox
        self._lock = threading.Lock()
        self._conn: psycopg.Connection[Any] | None = None
        self._secret: bytes | None = None

    def _run(self, action: Callable[[psycopg.Connection[Any]], T]) -> T:
        """`action` on the connection, under the lock; a database error is a StoreError."""
        with self._lock:
            try:
                if self._conn is None or self._conn.closed:
                    self._conn = connect(self.url)
                return action(self._conn)
            except psycopg.errors.UndefinedTable as exc:
                raise StoreError(
                    f"{redacted(self.url)} has no desk tables (schema version 3): "
                    "run `rounds db upgrade`"
                ) from exc
            except psycopg.Error as exc:
                self._drop_connection()
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                raise StoreError(f"{redacted(self.url)}: {first}") from exc

    def _drop_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def secret(self) -> bytes:
        if self._secret is None:

            def made_or_found(conn: psycopg.Connection[Any]) -> Any:
                conn.execute(
                    "INSERT INTO rounds_desk_secret (mailbox, secret) VALUES (%s, %s)"
                    " ON CONFLICT (mailbox) DO NOTHING",
                    [self.mailbox, new_secret()],
                )
                return conn.execute(
                    "SELECT secret FROM rounds_desk_secret WHERE mailbox = %s", [self.mailbox]
                ).fetchone()

            row = self._run(made_or_found)
            raw = str(row[0] if row else "").strip().encode("ascii", "replace")
            if len(raw) < SECRET_MIN:
                raise StoreError(
                    f"rounds_desk_secret of mailbox {self.mailbox!r} is too short to be a desk "
                    "secret; delete its row to make a new one"
                )
            self._secret = raw
        return self._secret

    def used(self, nonce: str) -> bool:
        row = self._run(
            lambda conn: conn.execute(
                "SELECT 1 FROM rounds_desk_used WHERE mailbox = %s AND nonce = %s",
                [self.mailbox, nonce],
            ).fetchone()
        )
        return row is not None

    def use(self, nonce: str, expires: datetime, now: datetime) -> bool:
        def mark(conn: psycopg.Connection[Any]) -> bool:
            with conn.transaction():
                conn.execute(
                    "DELETE FROM rounds_desk_used WHERE mailbox = %s AND expires <= %s",
                    [self.mailbox, now],
                )
                row = conn.execute(
                    "INSERT INTO rounds_desk_used (mailbox, nonce, expires) VALUES (%s, %s, %s)"
                    " ON CONFLICT (mailbox, nonce) DO NOTHING RETURNING 1",
                    [self.mailbox, nonce, expires],
                ).fetchone()
            return row is not None

        return self._run(mark)

    def link_mailed(self, email: str, now: datetime, *, per_hour: int) -> bool:
        def count(conn: psycopg.Connection[Any]) -> bool:
            with conn.transaction():
                # Two desks answering the same address at once count one after the other.
                conn.execute(
                    "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))",
                    [f"rounds:desk-link:{self.mailbox}:{email}"],
                )
                conn.execute(
                    "DELETE FROM rounds_desk_link WHERE mailbox = %s AND sent <= %s",
                    [self.mailbox, now - LINK_COUNTS],
                )
                row = conn.execute(
                    "SELECT count(*) FROM rounds_desk_link WHERE mailbox = %s AND email = %s",
                    [self.mailbox, email],
                ).fetchone()
                if row is not None and int(row[0]) >= per_hour:
                    return False
                conn.execute(
                    "INSERT INTO rounds_desk_link (mailbox, email, sent) VALUES (%s, %s, %s)",
                    [self.mailbox, email, now],
                )
                return True

        return self._run(count)

    def submit(self, request: Request) -> None:
        self._run(
            lambda conn: conn.execute(
                "INSERT INTO rounds_desk_request (mailbox, id, doc) VALUES (%s, %s, %s)",
                [self.mailbox, request.id, Jsonb(request.to_json())],
            )
        )

    def requests(self) -> list[Request]:
        rows = self._run(
            lambda conn: conn.execute(
                "SELECT doc FROM rounds_desk_request WHERE mailbox = %s ORDER BY pos",
                [self.mailbox],
            ).fetchall()
        )
        found = (Request.from_json(doc) if isinstance(doc, dict) else None for (doc,) in rows)
        return [r for r in found if r is not None]

    def drop(self, ids: Collection[str]) -> None:
        self._run(
            lambda conn: conn.execute(
                "DELETE FROM rounds_desk_request WHERE mailbox = %s AND id = ANY(%s)",
                [self.mailbox, sorted(ids)],
            )
        )

    def stamp(self) -> object:
        """The newest process write, ledger and story entry, and the outbox's and queue's
        digests: one indexed look, whatever the tracker's size."""
        row = self._run(lambda conn: conn.execute(_STAMP, {"m": self.mailbox}).fetchone())
        return tuple(row) if row else None

    def export(self, now: datetime) -> DeskSnapshot:
        def read(conn: psycopg.Connection[Any]) -> tuple[Any, ...]:
            m = self.mailbox
            return (
                conn.execute("SELECT 1 FROM rounds_desk_secret WHERE mailbox = %s", [m]).fetchone(),
                conn.execute(
                    "SELECT nonce, expires FROM rounds_desk_used WHERE mailbox = %s"
                    " AND expires > %s ORDER BY expires, nonce",
                    [m, now],
                ).fetchall(),
                conn.execute(
                    "SELECT email, sent FROM rounds_desk_link WHERE mailbox = %s"
                    " AND sent > %s ORDER BY sent, email",
                    [m, now - LINK_COUNTS],
                ).fetchall(),
            )

        secret, used, links = self._run(read)
        return DeskSnapshot(
            secret=None if secret is None else self.secret(),  # checked as a desk would
            used=tuple((str(n), until) for n, until in used),
            links=tuple((str(e), sent) for e, sent in links),
            requests=tuple(self.requests()),
        )

    def absorb(self, snapshot: DeskSnapshot, now: datetime) -> DeskSnapshot:
        def add(conn: psycopg.Connection[Any]) -> DeskSnapshot:
            m = self.mailbox
            with conn.transaction():
                secret = snapshot.secret
                if secret is not None:
                    changed = conn.execute(
                        "INSERT INTO rounds_desk_secret (mailbox, secret) VALUES (%s, %s)"
                        " ON CONFLICT (mailbox) DO UPDATE SET secret = EXCLUDED.secret"
                        " WHERE rounds_desk_secret.secret <> EXCLUDED.secret RETURNING 1",
                        [m, secret.decode("ascii")],
                    ).fetchone()
                    secret = secret if changed else None
                used = tuple(
                    (nonce, until)
                    for nonce, until in snapshot.used
                    if until > now
                    and conn.execute(
                        "INSERT INTO rounds_desk_used (mailbox, nonce, expires) VALUES (%s, %s, %s)"
                        " ON CONFLICT (mailbox, nonce) DO NOTHING RETURNING 1",
                        [m, nonce, until],
                    ).fetchone()
                )
                links = tuple(
                    (email, sent)
                    for email, sent in snapshot.links
                    if sent > now - LINK_COUNTS
                    and conn.execute(
                        "INSERT INTO rounds_desk_link (mailbox, email, sent)"
                        " SELECT %(m)s, %(e)s, %(s)s WHERE NOT EXISTS (SELECT 1"
                        " FROM rounds_desk_link"
                        " WHERE mailbox = %(m)s AND email = %(e)s AND sent = %(s)s)"
                        " RETURNING 1",
                        {"m": m, "e": email, "s": sent},
                    ).fetchone()
                )
                requests = tuple(
                    request
                    for request in snapshot.requests
                    if conn.execute(
                        "INSERT INTO rounds_desk_request (mailbox, id, doc) VALUES (%s, %s, %s)"
                        " ON CONFLICT (mailbox, id) DO NOTHING RETURNING 1",
                        [m, request.id, Jsonb(request.to_json())],
                    ).fetchone()
                )
            return DeskSnapshot(secret=secret, used=used, links=links, requests=requests)

        added = self._run(add)
        self._secret = None  # read again: the copy may have replaced it
        return added

    def close(self) -> None:
        with self._lock:
            self._drop_connection()
