"""Each process's story: the typed entry, and the per-process files the tracker file keeps it in.

The story is what a recruiter reads on the process page: every email in and out,
what was understood, invites, nudges, held mail, notes and actions. Entries are
bounded (text capped per entry, newest `STORY_KEEP` per process) because most of
what fills them arrived by mail from strangers.
"""

from __future__ import annotations

import os
import re
from datetime import UTC
from enum import StrEnum
from hashlib import sha256
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    ValidationError,
    field_validator,
)

from store.errors import StoreError
from store.storage import _json_lines, _read_bytes, _write_at, fsync_dir, write_atomic

STORY_KEEP = 500  # entries a process keeps; older ones are dropped
TEXT_CHARS = 2_000  # of an email's new text
_LINE_CHARS = 300  # subject, who, did, each detail value
_MAX_TO = 20  # addresses listed per entry
_MAX_DETAIL = 12  # detail keys per entry
# A process's file is cut back to its newest STORY_KEEP entries when it grows past this.
_FILE_BYTES = 1_500_000
_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


class StoryKind(StrEnum):
    """What one story entry tells."""

    IN = "in"  # an inbound email
    OUT = "out"  # an email we queued, sent, or failed to deliver
    INVITE = "invite"  # an iCalendar sent or received, with its METHOD and SEQUENCE
    NUDGE = "nudge"  # a reminder to a side that has not answered
    HELD = "held"  # mail held back: for the recruiter's digest, or by a cap
    NOTE = "note"  # a recruiter's note
    ACTION = "action"  # a recruiter's action, by email or on the desk


def capped(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _line(text: str) -> str:
    # One line: a hostile subject's CR/LF must not forge a second entry on the page.
    return capped(" ".join(text.split()), _LINE_CHARS)


def _lines(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_line(text) for text in texts[:_MAX_TO])


# A field of one capped line; one of at most _MAX_TO such lines (addresses, times in words).
_OneLine = Annotated[str, AfterValidator(_line)]
_Lines = Annotated[tuple[str, ...], AfterValidator(_lines)]


class Understood(BaseModel):
    """What the agent read in an inbound email."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    intent: _OneLine
    times: _Lines = ()  # in words, in the recruiter's zone
    confidence: float = 0.0


class StoryEntry(BaseModel):
    """One event on a process's timeline, with who and when; every field is bounded."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    process_id: str
    at: AwareDatetime
    kind: StoryKind
    who: _OneLine = ""  # the sender, or the recruiter who acted
    to: _Lines = ()
    subject: _OneLine = ""
    text: str = ""  # the new text without quotes, capped
    understood: Understood | None = None  # inbound mail only
    did: _OneLine = ""  # what the agent did
    detail: dict[str, str] = {}  # e.g. method, sequence, via=desk, message_id, status

    @field_validator("at")
    @classmethod
    def _utc(cls, value: Any) -> Any:
        return value.astimezone(UTC)

    @field_validator("text")
    @classmethod
    def _text(cls, value: str) -> str:
        return capped(value.strip(), TEXT_CHARS)

    @field_validator("detail")
    @classmethod
    def _detail(cls, value: dict[str, str]) -> dict[str, str]:
        return {_line(k)[:40]: _line(v) for k, v in list(value.items())[:_MAX_DETAIL]}

    def to_doc(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    @classmethod
    def from_doc(cls, doc: Any, where: str) -> StoryEntry:
        """The entry a stored document holds; StoreError naming `where` if it holds none."""
        try:
            return cls.model_validate(doc)
        except ValidationError as exc:
            raise StoreError(f"{where} holds a malformed story entry: {exc}") from exc


def newest(entries: list[StoryEntry]) -> list[StoryEntry]:
    """The newest STORY_KEEP entries, oldest first."""
    return entries[-STORY_KEEP:]


class StoryFiles:
    """`<db>.story/`: one append-only JSON-lines file per process, each line an entry.

    Lines carry the commit number `n` (and `i`, their place in that commit) so that
    the same entries written twice, by a retry after a crash, count once, and a
    reader holding an older tracker file skips lines of commits it does not know.
    The tracker file (`store/db.py`) holds the last commit's entries until they
    are here: these files are written only after that commit is in place.
    """

    def __init__(self, db_path: Path) -> None:
        self.folder = db_path.with_name(db_path.name + ".story")

    def path(self, process_id: str) -> Path:
        name = (
            process_id
            if _SAFE_ID.fullmatch(process_id)
            else sha256(process_id.encode()).hexdigest()
        )
        return self.folder / f"{name}.jsonl"

    def lines(self, process_id: str) -> list[dict[str, Any]]:
        """The complete lines of a process's file, oldest first; a torn last line is not read."""
        path = self.path(process_id)
        return list(_json_lines(path, _read_bytes(path)))

    def add(self, process_id: str, lines: list[dict[str, Any]]) -> None:
        """Append `lines` unless already there (same `n` and `i`); fsync; cut back when large."""
        path = self.path(process_id)
        raw = _read_bytes(path)
        whole = raw.rfind(b"\n") + 1  # a torn line from a crash mid-append is written over
        have = self._tail(path, raw[:whole], min(line["n"] for line in lines))
        missing = [line for line in lines if (line["n"], line["i"]) not in have]
        if not missing:
            return
        if not self.folder.exists():
            try:
                self.folder.mkdir(mode=0o700, exist_ok=True)
                fsync_dir(self.folder.parent)
            except OSError as exc:
                raise StoreError(f"cannot create {self.folder}: {exc.strerror}") from exc
        size = _write_at(path, missing, whole)
        if size > _FILE_BYTES:
            self._cut(path)

    @staticmethod
    def _tail(path: Path, raw: bytes, since: int) -> set[tuple[int, int]]:
        """(n, i) of the last lines, back to the first of a commit before `since`.

        Lines go in by commit, so only the tail can hold those of the commits being
        written: an append reads the tail, not a process's whole story.
        """
        have: set[tuple[int, int]] = set()
        end = len(raw) - 1  # the newline ending the last line
        while end > 0:
            start = raw.rfind(b"\n", 0, end) + 1
            try:
                (line,) = _json_lines(path, raw[start : end + 1])
            except StoreError:
                break  # a broken line (readers say so) is no line of the commits being written
            n, i = line.get("n"), line.get("i")
            if not isinstance(n, int) or not isinstance(i, int) or n < since:
                break
            have.add((n, i))
            end = start - 1
        return have

    def _cut(self, path: Path) -> None:
        """Keep the newest entries that fit in half the limit, at most STORY_KEEP of them."""
        kept: list[bytes] = []
        total = 0
        for line in reversed(_read_bytes(path).split(b"\n")[:-1]):
            total += len(line) + 1
            if total > _FILE_BYTES // 2 or len(kept) == STORY_KEEP:
                break
            kept.append(line + b"\n")
        write_atomic(path, b"".join(reversed(kept)))

    def remove_leftovers(self) -> None:
        """Delete temp files a killed cut left behind (call only while holding the lock)."""
        for stale in self.folder.glob(".*.tmp") if self.folder.exists() else ():
            try:
                os.unlink(stale)
            except OSError:
                continue
