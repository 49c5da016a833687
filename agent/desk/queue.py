"""Desk requests: what `rounds serve` asks the one writer (`rounds watch`) to do.

The desk never writes the tracker. It appends a request to `<db>.desk-requests.jsonl`
(0600, append-only, under its own lock); the watcher applies it with the same code as the
email command, in one tracker commit whose ledger entry carries the key `desk:<id>` and who
did it. A request is pending while the tracker has not seen its key; the watcher then drops
it from the queue file.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from agent.core.commands import DESK_ACTIONS
from agent.desk.files import append_line, beside, locked, read_lines, rewrite_lines
from agent.errors import InputError

TEXT_CHARS = 5_000  # a replacement outcome message is a few paragraphs at most
KEY_PREFIX = "desk:"


@dataclass(frozen=True, slots=True)
class Request:
    """One action asked for on the desk, by whom and when."""

    id: str
    process: str
    action: str
    by: str
    at: datetime
    number: int | None = None
    text: str = ""

    @property
    def key(self) -> str:
        """The ledger key that marks this request applied."""
        return f"{KEY_PREFIX}{self.id}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "process": self.process,
            "action": self.action,
            "by": self.by,
            "at": self.at.isoformat(),
            "number": self.number,
            "text": self.text,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Request | None:
        """The request in a queue line, or None for a line that is not one."""
        try:
            number = data.get("number")
            at = datetime.fromisoformat(str(data["at"]))
            request = cls(
                id=str(data["id"]),
                process=str(data["process"]),
                action=str(data["action"]),
                by=str(data["by"]),
                at=at,
                number=int(number) if number is not None else None,
                text=str(data.get("text") or ""),
            )
        except (KeyError, TypeError, ValueError):
            return None
        if at.tzinfo is None or request.action not in DESK_ACTIONS:
            return None
        return request


def new_request(
    process: str, action: str, *, by: str, now: datetime, number: int | None, text: str
) -> Request:
    """A checked request; InputError for an unknown action or a missing round number."""
    if action not in DESK_ACTIONS:
        raise InputError(f"unknown action {action!r}")
    if action == "note" and not text.strip():
        raise InputError("a note needs some text")
    if action == "schedule" and number is None:
        raise InputError("schedule needs the interview number")
    if number is not None and not 1 <= number <= 99:
        raise InputError(f"there is no interview #{number}")
    return Request(
        id=secrets.token_hex(8),
        process=process,
        action=action,
        by=by.lower(),
        at=now,
        number=number,
        text=text[:TEXT_CHARS],
    )


class RequestQueue:
    """The queue file beside tracker `db`; both sides open it by the tracker's path."""

    def __init__(self, db: Path) -> None:
        self.path = beside(db, ".desk-requests.jsonl")

    def submit(self, request: Request) -> None:
        with locked(self.path):
            append_line(self.path, request.to_json())

    def requests(self) -> list[Request]:
        """Every request still in the file, oldest first."""
        found = (Request.from_json(line) for line in read_lines(self.path))
        return [r for r in found if r is not None]

    def stamp(self) -> tuple[int, int]:
        """What changes whenever a request is added or dropped: (size, mtime in ns)."""
        try:
            info = self.path.stat()
        except FileNotFoundError:
            return (0, 0)
        return (info.st_size, info.st_mtime_ns)

    def drop(self, applied: set[str]) -> None:
        """Remove the requests whose ids are in `applied` (the tracker has committed them)."""
        with locked(self.path):
            lines = read_lines(self.path)
            keep = [line for line in lines if line.get("id") not in applied]
            if len(keep) != len(lines):
                rewrite_lines(self.path, keep)
