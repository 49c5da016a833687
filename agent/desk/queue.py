"""Desk requests: what `rounds serve` asks the one writer (`rounds watch`) to do.

The desk never writes the tracker. It submits a request to the desk's state
(`agent.ports.DeskState`: `<db>.desk-requests.jsonl` beside a tracker file, the table
`rounds_desk_request` in PostgreSQL); the watcher applies it with the same code as the email
command, in one tracker commit whose ledger entry carries the key `desk:<id>` and who did it.
A request is pending while the tracker has not seen its key; the watcher then drops it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agent.core.commands import DESK_ACTIONS
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
