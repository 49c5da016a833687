"""What a desk keeps, taken out of one home and put into another (`rounds db copy`).

`DeskState.export` gives a `DeskSnapshot` of everything that still counts; `absorb` adds to a
state what it lacks and returns, as a snapshot, what was new. Both homes (files beside a
tracker file, a PostgreSQL mailbox's tables) answer through the port, so `copy_desk` is one
function for either direction, and running it twice adds nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from agent.desk.queue import Request

if TYPE_CHECKING:
    from agent.ports import DeskState

LINK_COUNTS = timedelta(hours=1)  # a mailed sign-in link counts against the hourly limit this long


@dataclass(frozen=True, slots=True)
class DeskSnapshot:
    """The desk's state at one moment, or what a copy added of it."""

    secret: bytes | None = None  # None: none made yet (or, from `absorb`, the same already)
    used: tuple[tuple[str, datetime], ...] = ()  # nonce, until when it counts
    links: tuple[tuple[str, datetime], ...] = ()  # address, when a sign-in link was mailed
    requests: tuple[Request, ...] = ()  # the queue, oldest first

    def __str__(self) -> str:
        parts = [
            *(["the signing secret"] if self.secret is not None else []),
            f"{len(self.used)} used sign-in links or ended sessions",
            f"{len(self.links)} sign-in mails of the last hour",
            f"{len(self.requests)} queued desk requests",
        ]
        return ", ".join(parts)


def copy_desk(source: DeskState, target: DeskState, now: datetime) -> DeskSnapshot:
    """Carry `source`'s desk state into `target` at `now`: its secret (so every session and
    unspent link signed on `source` holds on `target`), used links and ended sessions, recent
    sign-in mails and queued requests. Returns what `target` did not have yet.

    A queued request keeps its id, so its ledger key `desk:<id>`, copied with the tracker,
    still tells a watcher whether it was applied: nothing is applied twice.
    """
    return target.absorb(source.export(now), now)
