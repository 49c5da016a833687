"""The weekly summary email of one recruiter, and when it is due (pure: processes in, text out)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from string import Template
from zoneinfo import ZoneInfo

import prompts
from agent.config import parse_weekly
from agent.core.lifecycle import side_people
from agent.core.process import Party, Person, Process, Round, RoundStatus
from agent.core.zones import zone_for
from agent.rendering.letters import first_name
from agent.rendering.tracker import next_step, tracker_rows
from parsers.model import Outcome
from store.export import TrackerRow, columns

_WEEK = timedelta(days=7)

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_BOOKED = (RoundStatus.SCHEDULED, RoundStatus.CONFIRMED, RoundStatus.COMPLETED)
_OUTCOME_WORDS = {
    Outcome.ADVANCE: "advance to the next round",
    Outcome.REJECT: "rejected",
    Outcome.OFFER: "offer",
    Outcome.HOLD: "on hold",
}
# The line agent.core.replies notes when a client gives feedback:
# "<stamp> <zone> Interview #2: advance".
_OUTCOME_LINE = re.compile(
    r"(\d{4}-\d{2}-\d{2} \d{2}:\d{2}) (\S+) Interview #(\d+): ("
    + "|".join(o.value for o in Outcome)
    + r")"
)
_FONT = "font-family:Arial,Helvetica,sans-serif;"
_CARD = (
    "border:1px solid #d0d5dd;border-radius:8px;border-collapse:separate;margin:0 0 10px;"
    "table-layout:fixed;"
)
_HEAD = (
    f"padding:10px 12px 4px;{_FONT}font-size:15px;font-weight:bold;color:#101828;"
    "word-break:break-word;"
)
_LABEL = f"padding:4px 12px 0;{_FONT}font-size:11px;color:#667085;text-transform:uppercase;"
_VALUE = (
    f"padding:0 12px 4px;{_FONT}font-size:14px;line-height:19px;color:#101828;"
    "word-break:break-word;"
)
_DESK = f"padding:12px 24px 0;{_FONT}font-size:14px;line-height:20px;color:#344054;"
_TITLE = (
    "padding:24px 24px 8px;font-family:Arial,Helvetica,sans-serif;font-size:16px;"
    "font-weight:bold;color:#101828;"
)
_EMPTY = "padding:0 24px;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#667085;"


@dataclass(frozen=True, slots=True)
class Summary:
    """One recruiter's weekly summary, as a subject and a plain-text and an HTML body."""

    subject: str
    text: str
    html: str


@dataclass(frozen=True, slots=True)
class _Section:
    """One titled table of the summary."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str  # said instead of an empty table
    blocks: bool = False  # the text version prints each row as a block of labelled lines


def sent_at(value: object) -> datetime | None:
    """A stored `summary:<addr>` meta value as an aware datetime; None when absent or unreadable."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def recruiter_zone(processes: Iterable[Process], recruiter: str, default: str) -> str:
    """The zone of `recruiter` as their latest process records it, else `default`."""
    person = _recruiter(processes, recruiter)
    return person.zone if person else default


def _recruiter(processes: Iterable[Process], recruiter: str) -> Person | None:
    theirs = [p for p in processes if p.recruiter.email.lower() == recruiter.lower()]
    return max(theirs, key=lambda p: p.created_at).recruiter if theirs else None


def due_summaries(
    recruiters: Iterable[str],
    *,
    now: datetime,
    last_sent: Mapping[str, str],
    at: str = "Mon 08:00",
    zone_of: Callable[[str], str],
) -> list[str]:
    """Recruiters whose summary time this week (in their zone) has passed since the last one.

    An unreadable `last_sent` value counts as never sent: one summary too many beats
    a recruiter who never gets one again.
    """
    weekday, at_time = parse_weekly(at)
    due = []
    for recruiter in recruiters:
        zone = ZoneInfo(zone_of(recruiter))
        monday = _monday(now.astimezone(zone).date())
        # A wall time the clocks skip (a DST gap) comes out an hour later, which is fine.
        moment = datetime.combine(monday + timedelta(days=weekday), at_time, tzinfo=zone)
        # Compared in UTC: aware datetimes sharing a tzinfo compare by wall time alone.
        moment = moment.astimezone(UTC)
        sent = sent_at(last_sent.get(recruiter))
        if now.astimezone(UTC) >= moment and (sent is None or sent.astimezone(UTC) < moment):
            due.append(recruiter)
    return due


def build_summary(
    processes: Sequence[Process],
    *,
    recruiter: str,
    now: datetime,
    since: datetime | None,
    zone: str,
    desk_url: str | None = None,
) -> Summary:
    """The summary of `recruiter`'s processes at `now`, every time in `zone`; with
    `desk_url` (ROUNDS_PUBLIC_URL) it links to the desk.

    `since` is when the previous summary went out; None (no summary yet) reports every
    outcome. Closed processes appear only when they changed after `since`.
    """
    tz = ZoneInfo(zone)
    theirs = [p for p in processes if p.recruiter.email.lower() == recruiter.lower()]
    shown = [p for p in theirs if not p.status.closed or since is None or p.last_contact >= since]
    open_ = [p for p in theirs if not p.status.closed]
    monday = _monday(now.astimezone(tz).date())
    this_week, next_week, after = (
        datetime.combine(monday + n * _WEEK, time(0), tzinfo=tz) for n in range(3)
    )
    # Closed processes too: the final round of a process that closed this week took place.
    this = _interviews(theirs, f"Interviews this week, {_span(monday)}", this_week, next_week, tz)
    following = _interviews(
        open_, f"Interviews next week, {_span(monday + _WEEK)}", next_week, after, tz
    )
    waiting = _waiting(open_, now, tz)
    outcomes = _outcomes(theirs, since, tz)
    sections = (this, following, waiting, outcomes, _tracker([_seen_in(p, tz) for p in shown], tz))
    person = _recruiter(theirs, recruiter)
    counts = (
        f"{_plural(len(this.rows), 'interview')} this week, {len(following.rows)} next week; "
        f"waiting on {_plural(len(waiting.rows), 'answer')}; "
        f"{_plural(len(outcomes.rows), 'new outcome')}."
    )
    values = {
        "first": first_name(person.name if person else ""),
        "week": _span(monday),
        "zone": zone,
        "counts": counts,
    }
    title = f"Your interview rounds, week of {_day(monday)} {monday.year}"
    text_sections = "\n\n".join(_text_section(s) for s in sections)
    html_sections = "\n".join(_html_section(s) for s in sections)
    escaped = {key: html.escape(value) for key, value in values.items()}
    desk_text = f"\nYour desk, live: {desk_url}\n" if desk_url else ""
    desk_html = (
        f'<tr><td style="{_DESK}"><a href="{html.escape(desk_url)}" style="color:#1849a9;">'
        "Open your desk</a> for the live board.</td></tr>"
        if desk_url
        else ""
    )
    return Summary(
        subject=title,
        text=Template(prompts.load("summary.txt")).substitute(
            values, sections=text_sections, desk=desk_text
        ),
        html=Template(prompts.load("summary.html")).substitute(
            escaped, title=html.escape(title), sections=html_sections, desk=desk_html
        ),
    )


# -- the sections -------------------------------------------------------------


def _interviews(
    processes: Sequence[Process], title: str, start: datetime, end: datetime, tz: ZoneInfo
) -> _Section:
    found = []
    for process in processes:
        for rnd in process.rounds:
            if rnd.slot is not None and rnd.status in _BOOKED and start <= rnd.slot.start < end:
                # The summary goes to the recruiter alone: the panel with its addresses.
                with_ = ", ".join(p.addressed for p in side_people(process, rnd, Party.CLIENT))
                row = _row(
                    slot_words(rnd.slot.start.astimezone(tz), rnd.slot.end.astimezone(tz)),
                    process.candidate.name,
                    _position(process.role, process.company),
                    f"Interview #{rnd.number}{_format(rnd)} with {with_}",
                    rnd.status.value,
                )
                found.append((rnd.slot.start, row))
    rows = _by_time(found)
    header = ("When", "Candidate", "Role", "Interview", "Status")
    return _Section(title, header, rows, "No interviews booked.")


def _format(rnd: Round) -> str:
    return f" ({rnd.place.format.value})" if rnd.place.format else ""


def _waiting(processes: Sequence[Process], now: datetime, tz: ZoneInfo) -> _Section:
    found = []
    for process in processes:
        rnd = process.current
        for side, since in rnd.waiting_since.items():
            names = ", ".join(p.name for p in side_people(process, rnd, side))
            row = _row(
                process.candidate.name,
                _position(process.role, process.company),
                "the candidate" if side == Party.CANDIDATE else f"{names} ({side})",
                next_step(process),
                f"{age_words(now - since)}, since {_moment(since.astimezone(tz))}",
            )
            found.append((since, row))
    rows = _by_time(found)
    header = ("Candidate", "Role", "Waiting on", "Next step", "How long")
    return _Section("Waiting on", header, rows, "Nobody: every open question is answered.")


def _outcomes(processes: Sequence[Process], since: datetime | None, tz: ZoneInfo) -> _Section:
    found = []
    for process in processes:
        for line in process.history:
            match = _OUTCOME_LINE.match(line)
            stamp = _stamp(match.group(1), match.group(2)) if match else None
            if match is None or stamp is None or (since is not None and stamp < since):
                continue
            row = _row(
                _moment(stamp.astimezone(tz)),
                process.candidate.name,
                _position(process.role, process.company),
                f"Interview #{match.group(3)}",
                _OUTCOME_WORDS[Outcome(match.group(4))],
            )
            found.append((stamp, row))
    rows = _by_time(found)
    title = "Outcomes" if since is None else f"Outcomes since {_moment(since.astimezone(tz))}"
    header = ("When", "Candidate", "Role", "Interview", "Outcome")
    return _Section(title, header, rows, "No feedback came in.")


def _tracker(processes: Sequence[Process], tz: ZoneInfo) -> _Section:
    rows = tracker_rows(processes, zone=tz.key)
    interviews = [name for name in columns(rows) if name.startswith("Interview #")]
    # No recruiter column: it would repeat the reader's own name on every row.
    header = ("Candidate", "Client", "Role", "Status", "Next step", "Last contact", *interviews)
    cells = tuple(_row(*_tracker_cells(row, len(interviews))) for row in rows)
    return _Section("Tracker", header, cells, "No open processes.", blocks=True)


def _tracker_cells(row: TrackerRow, width: int) -> tuple[str, ...]:
    padding = ("",) * (width - len(row.rounds))
    return (
        row.candidate,
        row.client,
        _position(row.role, row.company),
        row.status,
        row.next_step,
        row.last_contact,
        *row.rounds,
        *padding,
    )


def _seen_in(process: Process, tz: ZoneInfo) -> Process:
    # The tracker writes round times in the candidate's zone; the summary speaks the
    # recruiter's, so the tracker gets a copy whose round times read in that zone.
    candidate = process.candidate.model_copy(update={"zone": tz.key})
    return process.model_copy(update={"candidate": candidate})


# -- small formatters -----------------------------------------------------------


def _row(*cells: str) -> tuple[str, ...]:
    # Names come from inbound mail: a newline in one must not start a line of its own.
    return tuple(" ".join(cell.split()) for cell in cells)


def _position(role: str, company: str) -> str:
    return f"{role} at {company}"


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _day(day: date) -> str:
    # Names from tuples, not strftime: %a and %b follow the host's locale.
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"


def _span(monday: date) -> str:
    sunday = monday + timedelta(days=6)
    return f"{_day(monday)} – {_day(sunday)}"


def _zone_name(moment: datetime) -> str:
    name = moment.tzname() or "UTC"
    # Zones without a letter abbreviation report "+04"; say "UTC+04" instead.
    return f"UTC{name}" if name[0] in "+-" else name


def _moment(moment: datetime) -> str:
    return f"{_day(moment.date())} {moment:%H:%M} {_zone_name(moment)}"


def slot_words(start: datetime, end: datetime) -> str:
    until = f"{end:%H:%M}" if end.date() == start.date() else f"{_day(end.date())} {end:%H:%M}"
    return f"{_day(start.date())} {start:%H:%M}–{until} {_zone_name(start)}"


def age_words(delta: timedelta) -> str:
    hours = int(delta.total_seconds() // 3600)
    if hours < 1:
        return "under an hour"
    if hours < 48:
        return f"{hours} hour{'s' if hours > 1 else ''}"
    return f"{hours // 24} days"


def _stamp(when: str, zone_name: str) -> datetime | None:
    # History stamps carry a zone abbreviation (the agent's clock writes "UTC").
    zone = zone_for(zone_name)
    if zone is None:
        return None
    try:
        return datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
    except ValueError:
        return None


def _by_time(found: list[tuple[datetime, tuple[str, ...]]]) -> tuple[tuple[str, ...], ...]:
    return tuple(row for _, row in sorted(found, key=lambda pair: pair[0]))


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


# -- rendering ------------------------------------------------------------------


def _text_section(section: _Section) -> str:
    lines = [section.title, "-" * len(section.title)]
    if not section.rows:
        return "\n".join([*lines, section.empty])
    if section.blocks:
        return "\n".join(lines) + "\n" + "\n\n".join(_text_block(section, r) for r in section.rows)
    items = (f"- {row[0]} — {', '.join(cell for cell in row[1:] if cell)}" for row in section.rows)
    return "\n".join([*lines, *items])


def _text_block(section: _Section, row: tuple[str, ...]) -> str:
    pairs = zip(section.header[1:], row[1:], strict=True)
    return "\n".join([row[0], *(f"  {name}: {cell}" for name, cell in pairs if cell)])


def _html_section(section: _Section) -> str:
    """A section as cards, one per row, stacked: a phone never scrolls sideways, and each
    card reads as the text version's block (its first cell as the heading)."""
    title = f'<tr><td style="{_TITLE}">{html.escape(section.title)}</td></tr>'
    if not section.rows:
        return f'{title}\n<tr><td style="{_EMPTY}">{html.escape(section.empty)}</td></tr>'
    cards = "\n".join(_html_card(section, row) for row in section.rows)
    return f'{title}\n<tr><td style="padding:0 16px;">{cards}</td></tr>'


def _html_card(section: _Section, row: tuple[str, ...]) -> str:
    lines = "".join(
        f'<tr><td style="{_LABEL}">{html.escape(name)}</td></tr>'
        # A tracker cell's parts (time · status · outcome) read best one per line.
        f'<tr><td style="{_VALUE}">{html.escape(cell).replace(" · ", "<br>")}</td></tr>'
        for name, cell in zip(section.header[1:], row[1:], strict=True)
        if cell
    )
    return (
        '<table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation" '
        f'style="{_CARD}"><tr><td style="{_HEAD}">{html.escape(row[0])}</td></tr>{lines}</table>'
    )
