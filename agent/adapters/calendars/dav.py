"""CalDAV calendars through `caldav` 3.x: an RFC 4791 free-busy-query, else an event search.

The free-busy-query needs only the read-free-busy privilege, which is what calendar owners
usually share. Where a server refuses the REPORT, the events in the range are searched
instead and expanded here (agent.core.freebusy), recurrences and exceptions included.
Radicale answers the query with one VFREEBUSY per event, unmerged, with cancelled events as
FBTYPE=FREE; it also keeps an overridden instance at its old time, so its answer can hold
more busy time than the events (never less), and it reads all-day events in UTC.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from datetime import datetime

from caldav.davclient import DAVClient
from caldav.lib import error as dav_error

from agent.core.freebusy import event_blocks, freebusy_blocks, merge
from agent.errors import CalendarError, InputError, scrub
from parsers.model import Window

log = logging.getLogger(__name__)

TIMEOUT = 15  # seconds for each request


class DavCalendar:
    """One person's CalDAV calendar collection."""

    def __init__(
        self,
        url: str,
        *,
        zone: str,
        username: str | None = None,
        password: str | None = None,
        freebusy_query: bool = True,
        tentative_busy: bool = True,
        timeout: int = TIMEOUT,
    ) -> None:
        self.url = url
        self.source = f"caldav:{url}"
        self._zone = zone
        self._username, self._password = username, password
        self._freebusy_query = freebusy_query
        self._tentative_busy = tentative_busy
        self._timeout = timeout
        self._dav: DAVClient | None = None
        self._lock = threading.Lock()  # one request at a time on the kept client

    async def read(self, start: datetime, end: datetime) -> tuple[Window, ...]:
        return await asyncio.to_thread(self._read, start, end)

    def _client(self) -> DAVClient:
        # Kept: its session keeps the connection and the server's auth scheme, which saves
        # a round trip (an unauthenticated try, then the 401) on every later read.
        if self._dav is None:
            self._dav = DAVClient(
                url=self.url,
                username=self._username,
                password=self._password,
                timeout=self._timeout,
            )
        return self._dav

    def _forget(self) -> None:
        # A client whose request failed (or timed out) is closed, never reused.
        with self._lock:
            dav, self._dav = self._dav, None
        if dav is not None:
            dav.close()

    def _read(self, start: datetime, end: datetime) -> tuple[Window, ...]:
        try:
            with self._lock:
                return self._query(start, end)
        except InputError as exc:
            raise CalendarError(f"{self.source}: unusable calendar data: {exc}") from exc
        except (dav_error.DAVError, OSError, ValueError) as exc:
            self._forget()
            reason = scrub(f"{type(exc).__name__}: {exc}", [self._password, self._username])
            raise CalendarError(f"{self.source}: {reason}") from exc

    def _query(self, start: datetime, end: datetime) -> tuple[Window, ...]:
        calendar = self._client().calendar(url=self.url)  # type: ignore[no-untyped-call]  # caldav leaves it unannotated
        if self._freebusy_query:
            try:
                answer = calendar.freebusy_request(start, end)
                blocks = freebusy_blocks(answer.data)
                return merge(blocks, start, end, tentative_busy=self._tentative_busy)
            except (dav_error.ReportError, dav_error.NotFoundError) as exc:
                log.info("%s: no free-busy-query (%s); searching events", self.source, exc)
        found = calendar.search(start=start, end=end, event=True)
        blocks = [b for item in found for b in event_blocks(item.data, start, end, self._zone)]
        return merge(blocks, start, end, tentative_busy=self._tentative_busy)
