"""Free/busy from people's calendars: CalDAV, Google Workspace and Microsoft 365.

Each adapter reads one person's calendar (`Reader`); `Calendars` asks every reader at once
and is the FreeBusy port; `Union` joins several FreeBusy sources (calendars and our own
bookings). A calendar that cannot be read leaves its owner out of the answer: unknown, not free.
"""
