"""The FreeBusy port over per-person calendar readers, and a union of FreeBusy sources."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from agent.core.slots import _union
from agent.errors import CalendarError
from agent.ports import FreeBusy
from parsers.model import Window

log = logging.getLogger(__name__)


class Reader(Protocol):
    """One person's calendar."""

    source: str  # what to name in logs and `rounds doctor`: kind and address, never a secret

    async def read(self, start: datetime, end: datetime) -> tuple[Window, ...]:
        """Busy windows in [start, end), merged and sorted; CalendarError when unreadable."""
        ...


class Calendars:
    """FreeBusy from everyone's own calendar, read concurrently."""

    def __init__(
        self,
        reader_for: Callable[[str], Reader | None],
        buffer_for: Callable[[str], timedelta | None] = lambda email: None,
        named_for: Callable[[str, str], Reader | None] = lambda email, spec: None,
    ) -> None:
        self.reader_for = reader_for  # None: no calendar known for that address
        self.buffer_for = buffer_for  # a client's own buffer; None: ROUNDS_BUFFER_MINUTES
        # The reader of a spec a kickoff named for that address; None: it cannot be read
        self.named_for = named_for

    def reader(self, email: str, named: Mapping[str, str]) -> Reader | None:
        """The calendar of `email`: the one `named` for it (a kickoff's), else the files'."""
        email = email.lower()
        spec = named.get(email)
        return self.named_for(email, spec) if spec else self.reader_for(email)

    async def busy(
        self,
        emails: Sequence[str],
        start: datetime,
        end: datetime,
        named: Mapping[str, str] | None = None,
    ) -> dict[str, tuple[Window, ...]]:
        readers = {e.lower(): self.reader(e, named or {}) for e in emails}
        known = {e: r for e, r in readers.items() if r is not None}
        answers = await asyncio.gather(
            *(r.read(start, end) for r in known.values()), return_exceptions=True
        )
        found: dict[str, tuple[Window, ...]] = {}
        for email, answer in zip(known, answers, strict=True):
            if isinstance(answer, CalendarError):
                # Unknown, not free: the caller falls back to asking by email.
                log.warning("calendar of %s unreadable: %s", email, answer)
            elif isinstance(answer, BaseException):
                raise answer
            else:
                found[email] = answer
        return found


class Union:
    """Several FreeBusy sources as one: an address is busy when any source says so."""

    def __init__(self, sources: Sequence[FreeBusy]) -> None:
        self.sources = tuple(sources)

    async def busy(
        self, emails: Sequence[str], start: datetime, end: datetime
    ) -> dict[str, tuple[Window, ...]]:
        emails = [e.lower() for e in emails]
        answers = await asyncio.gather(*(s.busy(emails, start, end) for s in self.sources))
        joined: dict[str, list[Window]] = {}
        for answer in answers:
            for email, windows in answer.items():
                joined.setdefault(email.lower(), []).extend(windows)
        return {
            email: tuple(Window(s, e) for s, e in _union(windows))
            for email, windows in joined.items()
        }
