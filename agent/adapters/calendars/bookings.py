"""Microsoft Bookings staff availability: Graph `getStaffAvailability` of one booking business.

A spec `bookings:<businessId>` (the business's id is its mailbox address) reads each
interviewer as the business's staff member whose emailAddress is theirs (`staffMembers`).
`available` and `slotsAvailable` are free; `busy`, `outOfOffice` and any other status are
busy, and so is time no item covers: a staff member's hours are what Bookings says they are.
The token is the [microsoft] app's (graph.py); the app needs the application permission
Bookings.Read.All (or BookingsAppointment.ReadWrite.All), admin-consented.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import quote

from agent.adapters.calendars.graph import GRAPH, GraphApp, graph_moment, graph_time
from agent.core.freebusy import Block, Kind, merge, uncovered
from agent.errors import CalendarError
from parsers.model import Window

# staffAvailabilityItem.availabilityItems[].status (bookingsAvailabilityStatus)
_KINDS = {
    "available": Kind.FREE,
    "slotsavailable": Kind.FREE,
    "busy": Kind.BUSY,
    "outofoffice": Kind.UNAVAILABLE,
}
PAGES = 20  # staffMembers pages followed at most (@odata.nextLink); a business has few staff


async def staff_members(app: GraphApp, business: str, graph: str = GRAPH) -> dict[str, str]:
    """Every staff member of `business` with an email address: address (lower case) → staff id."""
    source = f"bookings:{business}"
    url: str | None = f"{_business_url(graph, business)}/staffMembers"
    found: dict[str, str] = {}
    for _ in range(PAGES):
        if url is None:
            return found
        answer = await app.call(source, "GET", url)
        try:
            found |= {
                str(m["emailAddress"]).lower(): str(m["id"])
                for m in answer["value"]
                if m.get("emailAddress")
            }
            url = answer.get("@odata.nextLink")
        except (KeyError, TypeError, AttributeError) as exc:
            raise CalendarError(f"{source}: unexpected staffMembers answer ({exc!r})") from exc
        # The token goes only to Graph: a next page elsewhere is not followed.
        if url is not None and not str(url).startswith(graph.rstrip("/") + "/"):
            raise CalendarError(f"{source}: staffMembers paged outside Graph")
    raise CalendarError(f"{source}: more than {PAGES} pages of staff members")


class BookingsCalendar:
    """One interviewer's availability as a staff member of a Bookings business."""

    def __init__(self, email: str, *, business: str, app: GraphApp, graph: str = GRAPH) -> None:
        self.email, self.business = email.lower(), business
        self.source = f"bookings:{business} ({self.email})"
        self._app, self._graph = app, graph.rstrip("/")
        self._staff_id: str | None = None  # looked up on the first read, then kept

    async def read(self, start: datetime, end: datetime) -> tuple[Window, ...]:
        staff = await self._staff()
        body = {
            "staffIds": [staff],
            "startDateTime": graph_time(start),
            "endDateTime": graph_time(end),
        }
        url = f"{_business_url(self._graph, self.business)}/getStaffAvailability"
        answer = await self._app.call(self.source, "POST", url, body)
        blocks = _blocks(answer, staff, self.source)
        return merge([*blocks, *uncovered(blocks, start, end)], start, end)

    async def _staff(self) -> str:
        if self._staff_id is None:
            staff = await staff_members(self._app, self.business, self._graph)
            if self.email not in staff:
                raise CalendarError(f"{self.source}: no staff member with this address")
            self._staff_id = staff[self.email]
        return self._staff_id


def _business_url(graph: str, business: str) -> str:
    return f"{graph.rstrip('/')}/solutions/bookingBusinesses/{quote(business)}"


def _blocks(answer: Any, staff: str, source: str) -> list[Block]:
    try:
        entry = next(s for s in answer["value"] if str(s.get("staffId", "")) == staff)
        return [
            Block(
                graph_moment(item["startDateTime"]),
                graph_moment(item["endDateTime"]),
                _KINDS.get(str(item["status"]).lower(), Kind.BUSY),
            )
            for item in entry.get("availabilityItems") or []
        ]
    except (KeyError, TypeError, AttributeError, ValueError, StopIteration) as exc:
        raise CalendarError(f"{source}: unexpected getStaffAvailability answer ({exc!r})") from exc
