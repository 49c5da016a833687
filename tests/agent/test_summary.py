"""The weekly summary: its content, its HTML, when it is due, queueing it, and `rounds summary`."""

from __future__ import annotations

import functools
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

from agent.cli.app import main
from agent.config import load_settings
from agent.core.place import Format, Place
from agent.core.process import Person, Process, ProcessStatus, Round, RoundStatus
from agent.errors import ConfigError
from agent.rendering.compose import OutgoingMail, render
from agent.rendering.summary import Summary, build_summary, due_summaries
from agent.rendering.summary_jobs import queue_due_summaries
from parsers.model import Address, Outcome, Window
from store.db import Change, Store

NOW = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)  # Monday 08:00 in New York
SINCE = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)  # the previous summary
RITA = Person(name="Rita Moreno", email="rita@agency.test", zone="America/New_York")
SAM = Person(name="Sam Lee", email="sam@agency.test", zone="Europe/London")
BOB = Person(name="Bob Smith", email="bob@acme.test", zone="Europe/London")
HOSTILE = "<img src=x onerror=alert(1)>"
AGENT = Address("scheduling@agency.test", "Interview Scheduling")


def _utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def _process(pid: str, name: str, *rounds: Round, **fields: object) -> Process:
    values: dict[str, object] = {
        "id": pid,
        "candidate": Person(name=name, email=f"{pid}@example.com", zone="Europe/London"),
        "clients": (BOB,),
        "recruiter": RITA,
        "company": "Acme",
        "role": "Backend Engineer",
        "rounds": rounds or (Round(number=1),),
        "created_at": _utc(11, 2, 9),
        "last_contact": _utc(12, 4, 9),
        **fields,
    }
    return Process.model_validate(values)


def _booked(number: int, start: datetime, status: RoundStatus = RoundStatus.CONFIRMED) -> Round:
    return Round(number=number, status=status, slot=Window(start, start + timedelta(hours=1)))


PROCESSES = [
    _process(
        "jane",
        "Jane Doe",
        _booked(1, _utc(12, 2, 15), RoundStatus.COMPLETED).model_copy(
            update={"outcome": Outcome.ADVANCE}
        ),
        _booked(2, _utc(12, 10, 15)),
        history=(
            "2026-11-20 10:00 UTC Interview #1: hold",
            "2026-12-03 20:15 UTC Interview #1: advance",
        ),
    ),
    _process(
        "ana",
        "Ana Lima",
        Round(
            number=1,
            waiting_since={"candidate": _utc(12, 2, 14), "client": _utc(12, 6, 15)},
        ),
        company="Globex",
        role="Data Engineer",
        created_at=_utc(11, 3, 9),
    ),
    _process("evil", HOSTILE, _booked(1, _utc(12, 15, 16), RoundStatus.SCHEDULED)),
    _process("later", "Lee Park", _booked(1, _utc(12, 22, 15))),
    _process(
        "gone",
        "Old Closed",
        status=ProcessStatus.REJECTED,
        last_contact=_utc(11, 20, 10),
        history=("2026-11-20 10:00 UTC Interview #1: reject",),
    ),
    _process(
        "shut",
        "Newly Closed",
        status=ProcessStatus.REJECTED,
        last_contact=_utc(12, 5, 10),
        history=("2026-12-05 10:00 UTC Interview #1: reject",),
    ),
    _process("sams", "Not Ritas", _booked(1, _utc(12, 9, 15)), recruiter=SAM),
]


class _Cards(HTMLParser):
    """The summary's sections as cards: each card (a table with no table inside) as a dict of
    its labelled values, its heading under "title"; sections without cards are left out."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[list[dict[str, str]]] = []
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self._tables: list[list[str]] = []  # the cell texts of each open table
        self._nested: list[bool] = []
        self._cell: list[str] | None = None
        self._new_section = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)
        if tag == "table":
            if self._nested:
                self._nested[-1] = True
            self._tables.append([])
            self._nested.append(False)
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")
        elif tag in ("td", "th"):
            self._cell = []

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            text = "".join(self._cell)
            self._cell = None
            self._tables[-1].append(text)
            if text.strip() and len(self._tables) == 2:
                self._new_section = True  # a title (or greeting) between sections
        elif tag == "table":
            cells, nested = self._tables.pop(), self._nested.pop()
            if not nested and len(self._tables) >= 2:
                if self._new_section:
                    self.sections.append([])
                    self._new_section = False
                labels = dict(zip(cells[1::2], cells[2::2], strict=True))
                self.sections[-1].append({"title": cells[0], **labels})


def _cards(page: str) -> _Cards:
    parser = _Cards()
    parser.feed(page)
    return parser


def _summary(since: datetime | None = SINCE) -> Summary:
    return build_summary(
        PROCESSES, recruiter="rita@agency.test", now=NOW, since=since, zone="America/New_York"
    )


def test_interviews_this_week_and_next_are_listed_in_the_recruiters_zone() -> None:
    """This week holds Jane's round 2, next week the hostile-named one; later weeks are left out."""
    this_week, next_week, *_ = _cards(_summary().html).sections
    assert this_week == [
        {
            "title": "Thu 10 Dec 10:00–11:00 EST",
            "Candidate": "Jane Doe",
            "Role": "Backend Engineer at Acme",
            "Interview": "Interview #2 with Bob Smith <bob@acme.test>",
            "Status": "confirmed",
        },
    ]
    assert [(c["title"], c["Candidate"]) for c in next_week] == [
        ("Tue 15 Dec 11:00–12:00 EST", HOSTILE)
    ]


def test_waiting_on_names_the_side_and_how_long_longest_first() -> None:
    """Each silent side of an open round shows with its wait, measured from `now`."""
    waiting = _cards(_summary().html).sections[2]
    ana = {"title": "Ana Lima", "Role": "Data Engineer at Globex"}
    step = {"Next step": "Interview #1: waiting for availability"}
    assert waiting == [
        ana
        | {"Waiting on": "the candidate"}
        | step
        | {"How long": "4 days, since Wed 2 Dec 09:00 EST"},
        ana
        | {"Waiting on": "Bob Smith (client)"}
        | step
        | {"How long": "22 hours, since Sun 6 Dec 10:00 EST"},
    ]


def test_outcomes_are_only_those_since_the_last_summary() -> None:
    """Feedback noted before `since` is left out; with no summary yet, every outcome shows."""
    outcomes = _cards(_summary().html).sections[3]
    assert outcomes == [
        {
            "title": "Thu 3 Dec 15:15 EST",
            "Candidate": "Jane Doe",
            "Role": "Backend Engineer at Acme",
            "Interview": "Interview #1",
            "Outcome": "advance to the next round",
        },
        {
            "title": "Sat 5 Dec 05:00 EST",
            "Candidate": "Newly Closed",
            "Role": "Backend Engineer at Acme",
            "Interview": "Interview #1",
            "Outcome": "rejected",
        },
    ]
    first = _cards(_summary(since=None).html).sections[3]
    assert [card["Outcome"] for card in first] == [
        "on hold",
        "rejected",
        "advance to the next round",
        "rejected",
    ]


def test_tracker_rows_carry_interview_columns_for_open_and_newly_closed_processes() -> None:
    """The tracker shows Interview #1…#N in the recruiter's zone, without other recruiters' rows."""
    tracker = _cards(_summary().html).sections[4]
    assert list(tracker[0]) == [
        "title", "Client", "Role", "Status", "Next step", "Last contact",
        "Interview #1", "Interview #2",
    ]  # fmt: skip
    assert [card["title"] for card in tracker] == [
        "Jane Doe", HOSTILE, "Lee Park", "Newly Closed", "Ana Lima"
    ]  # fmt: skip
    assert [tracker[0][k] for k in ("Last contact", "Interview #1", "Interview #2")] == [
        "2026-12-04 04:00 EST",
        "2026-12-02 10:00 EST\ncompleted\nadvance",
        "2026-12-10 10:00 EST\nconfirmed",
    ]


def test_text_version_says_the_same_in_lines() -> None:
    """The plain-text part greets the recruiter, counts, and lists rows as lines and blocks."""
    text = _summary().text
    assert text.startswith("Hi Rita,\n")
    assert "1 interview this week, 1 next week; waiting on 2 answers; 2 new outcomes." in text
    assert (
        "- Thu 10 Dec 10:00–11:00 EST — Jane Doe, Backend Engineer at Acme, "
        "Interview #2 with Bob Smith <bob@acme.test>, confirmed" in text
    )
    assert "Jane Doe\n  Client: Bob Smith\n  Role: Backend Engineer at Acme\n" in text
    assert "  Interview #2: 2026-12-10 10:00 EST · confirmed" in text
    assert "Not Ritas" not in text and "Old Closed" not in text


def test_html_is_gmail_safe_and_escapes_hostile_names() -> None:
    """Only inline-styled table markup: no style block, script, link or image; values escaped."""
    page = _summary().html
    parsed = _cards(page)
    assert parsed.tags <= {"html", "head", "meta", "title", "body", "table", "tr", "td", "th", "br"}
    assert parsed.attributes <= {
        "lang", "charset", "name", "content", "width", "cellpadding", "cellspacing", "border",
        "role", "style", "align",
    }  # fmt: skip
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "http" not in page and "url(" not in page


def test_a_newline_in_a_name_cannot_start_a_line_of_its_own() -> None:
    """Inbound names are folded to one line in the text version."""
    forged = _process("nl", "Eve\n- Thu 1 Jan 09:00 EST — fake", _booked(1, _utc(12, 9, 15)))
    text = build_summary(
        [forged], recruiter="rita@agency.test", now=NOW, since=None, zone="America/New_York"
    ).text
    assert "\n- Thu 1 Jan" not in text
    assert "Eve - Thu 1 Jan 09:00 EST — fake" in text


def _zones(recruiter: str) -> str:
    return {
        "ny@agency.test": "America/New_York",
        "ldn@agency.test": "Europe/London",
        "tyo@agency.test": "Asia/Tokyo",
    }[recruiter]


def test_due_follows_the_recruiters_wall_clock_across_the_dst_change() -> None:
    """After New York leaves DST, Monday 08:00 is 13:00 UTC: not due at 12:30, due at 13:00."""
    last = {"ny@agency.test": "2026-10-26T12:00:00+00:00"}  # Monday 08:00 EDT
    before = due_summaries(
        ["ny@agency.test"], now=_utc(11, 2, 12, 30), last_sent=last, zone_of=_zones
    )
    after = due_summaries(["ny@agency.test"], now=_utc(11, 2, 13), last_sent=last, zone_of=_zones)
    assert (before, after) == ([], ["ny@agency.test"])


def test_due_uses_each_recruiters_own_zone_and_week() -> None:
    """Sunday 23:30 UTC is already Monday 08:30 in Tokyo; London and New York wait."""
    everyone = ["ny@agency.test", "ldn@agency.test", "tyo@agency.test"]
    last = dict.fromkeys(everyone, "2026-11-30T14:00:00+00:00")  # after last Monday 08:00 in each
    sunday = due_summaries(everyone, now=_utc(12, 6, 23, 30), last_sent=last, zone_of=_zones)
    monday = due_summaries(everyone, now=_utc(12, 7, 9), last_sent=last, zone_of=_zones)
    assert (sunday, monday) == (["tyo@agency.test"], ["ldn@agency.test", "tyo@agency.test"])


def test_due_once_a_week_and_at_the_configured_time() -> None:
    """Sent after this week's moment means not due; `at` moves the moment; junk counts as unsent."""
    ny = ["ny@agency.test"]
    sent = {"ny@agency.test": "2026-12-07T13:05:00+00:00"}
    assert due_summaries(ny, now=_utc(12, 10, 9), last_sent=sent, zone_of=_zones) == []
    friday = functools.partial(due_summaries, ny, at="Fri 17:00", last_sent=sent, zone_of=_zones)
    assert (friday(now=_utc(12, 11, 21, 59)), friday(now=_utc(12, 11, 22))) == ([], ny)
    junk = {"ny@agency.test": "2026-W49"}
    assert due_summaries(ny, now=_utc(12, 10, 9), last_sent=junk, zone_of=_zones) == ny


def test_summary_at_is_validated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A malformed ROUNDS_SUMMARY_AT is refused with the setting's name."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ROUNDS_SUMMARY_AT", "Mondays at 8")
    with pytest.raises(ConfigError, match="ROUNDS_SUMMARY_AT"):
        load_settings()
    monkeypatch.setenv("ROUNDS_SUMMARY_AT", "friday 17:30")
    assert load_settings().summary_at == "friday 17:30"


def _fill(path: Path, processes: list[Process]) -> None:
    with Store(path) as store:
        store.commit(Change(processes={p.id: p.to_doc() for p in processes}))


def test_queue_due_summaries_queues_once_with_both_parts(tmp_path: Path) -> None:
    """A due summary is queued as multipart text + HTML with its meta; a second pass queues none."""
    path = tmp_path / "rounds.json"
    _fill(path, PROCESSES)
    with Store(path) as store:
        processes = [Process.from_doc(doc) for doc in store.processes().values()]
        queue = functools.partial(
            queue_due_summaries,
            store,
            processes,
            recruiters=["rita@agency.test", "sam@agency.test"],
            agent=AGENT,
            now=NOW,
            at="Mon 08:00",
            zone_of=lambda r: {"rita@agency.test": "America/New_York"}.get(r, "Europe/London"),
        )
        first, again = queue(), queue()
        outbox = store.outbox()
        assert (first, again) == (2, 0)
        assert [m["to"] for m in outbox] == [
            [{"email": "rita@agency.test", "name": ""}],
            [{"email": "sam@agency.test", "name": ""}],
        ]
        assert all(m["html"].startswith("<!DOCTYPE html>") and m["text"] for m in outbox)
        raw = render(OutgoingMail.from_json(outbox[0]), sender=AGENT, date=NOW)
        assert b"Content-Type: text/plain" in raw and b"Content-Type: text/html" in raw
        assert outbox[0]["id"].endswith("@agency.test")
        assert store.meta("summary:rita@agency.test") == NOW.isoformat()


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A working folder whose ROUNDS_DB holds one open process of Rita's and one of Sam's."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "rounds.json"
    monkeypatch.setenv("ROUNDS_DB", str(path))
    monkeypatch.setenv("ROUNDS_RECRUITERS", "rita@agency.test,sam@agency.test")
    monkeypatch.setenv("ROUNDS_AGENT_ADDRESS", "scheduling@agency.test")
    soon = datetime.now(UTC) + timedelta(days=1)
    _fill(
        path,
        [
            _process("cli", "Carla Cruz", _booked(1, soon)),
            _process("sam1", "Sven Berg", recruiter=SAM),
        ],
    )
    return path


def test_cli_prints_each_recruiters_text(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`rounds summary` prints every recruiter's text version and queues nothing."""
    assert main(["summary"]) == 0
    out = capsys.readouterr().out
    assert "To: rita@agency.test\n" in out and "To: sam@agency.test\n" in out
    assert "Carla Cruz\n  Client: Bob Smith" in out and "  Interview #1: " in out
    with Store(env, readonly=True) as store:
        assert store.outbox() == []


def test_cli_out_writes_one_recruiters_html(env: Path, tmp_path: Path) -> None:
    """--out writes the HTML of the one recruiter named; with several, it is refused."""
    target = tmp_path / "summary.html"
    assert main(["summary", "--out", str(target)]) == 2
    assert main(["summary", "--recruiter", "Rita@Agency.test", "--out", str(target)]) == 0
    page = target.read_text(encoding="utf-8")
    assert "Carla Cruz" in page and "Sven Berg" not in page


def test_cli_send_queues_in_the_outbox_and_notes_it(env: Path) -> None:
    """--send --recruiter queues that recruiter's summary and records meta["summary:<addr>"]."""
    assert main(["summary", "--send", "--recruiter", "sam@agency.test"]) == 0
    with Store(env, readonly=True) as store:
        (queued,) = store.outbox(status="queued")
        assert queued["to"] == [{"email": "sam@agency.test", "name": ""}]
        assert "Sven Berg" in queued["html"] and "Sven Berg" in queued["text"]
        assert store.meta("summary:sam@agency.test") is not None
        assert store.meta("summary:rita@agency.test") is None


def test_closed_processes_interviews_this_week_are_counted() -> None:
    """The final round of a process that closed this week is one of this week's interviews."""
    final = _booked(1, _utc(12, 8, 15), RoundStatus.COMPLETED)
    closed = _process("done", "Dana Final", final, status=ProcessStatus.OFFER)
    summary = build_summary(
        [closed], recruiter=RITA.email, now=_utc(12, 8, 20), since=NOW, zone="America/New_York"
    )
    assert "1 interview this week" in summary.text
    assert "Dana Final" in summary.text.split("Interviews next week")[0]


def test_first_summary_waits_for_the_next_summary_at(tmp_path: Path) -> None:
    """A recruiter whose first process starts Monday 09:00 gets no summary until next Monday."""
    path = tmp_path / "rounds.json"
    first = _process("new", "Nia New", created_at=_utc(11, 30, 14))  # Mon 09:00 in New York
    _fill(path, [first])
    with Store(path) as store:
        queue = functools.partial(
            queue_due_summaries,
            store,
            [first],
            recruiters=[RITA.email],
            agent=AGENT,
            at="Mon 08:00",
            zone_of=lambda r: "America/New_York",
        )
        assert queue(now=_utc(11, 30, 14, 5)) == 0
        assert queue(now=_utc(12, 4, 14)) == 0
        assert queue(now=_utc(12, 7, 13)) == 1


@pytest.mark.parametrize(
    "command",
    [["tracker", "--format", "csv"], ["summary", "--recruiter", "rita@agency.test"]],
    ids=["tracker", "summary"],
)
def test_cli_out_replaces_the_file_0600_and_never_writes_through_a_symlink(
    env: Path, tmp_path: Path, command: list[str]
) -> None:
    """--out onto a 0644 file leaves a 0600 file; onto a symlink, the link's target is untouched."""
    old = tmp_path / "old.csv"
    old.write_text("old")
    old.chmod(0o644)
    assert main([*command, "--out", str(old)]) == 0
    assert (old.stat().st_mode & 0o777, "Carla Cruz" in old.read_text()) == (0o600, True)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "link.csv"
    link.symlink_to(victim)
    assert main([*command, "--out", str(link)]) == 0
    assert victim.read_text() == "keep me"
    assert not link.is_symlink() and "Carla Cruz" in link.read_text()
    assert sorted(p.name for p in tmp_path.glob(".*.tmp")) == []


def test_the_summary_names_a_rounds_format_and_its_own_panel() -> None:
    """An onsite round with its own panel reads "Interview #2 (onsite) with Dana Lee <dana@…>,
    Bob Smith <bob@…>": the summary goes to the recruiter, who may see every address."""
    dana = Person(name="Dana Lee", email="dana@acme.test", zone="Europe/London")
    rnd = _booked(2, _utc(12, 10, 15)).model_copy(
        update={
            "place": Place(format=Format.ONSITE, location="1 Main St"),
            "interviewers": (dana, BOB),
        }
    )
    summary = build_summary(
        [_process("ann", "Ann Lee", rnd)],
        recruiter="rita@agency.test",
        now=NOW,
        since=SINCE,
        zone="America/New_York",
    )
    this_week = _cards(summary.html).sections[0]
    assert this_week[0]["Interview"] == (
        "Interview #2 (onsite) with Dana Lee <dana@acme.test>, Bob Smith <bob@acme.test>"
    )
    assert "with Dana Lee &lt;dana@acme.test&gt;, Bob Smith" in summary.html


def test_the_summary_links_to_the_desk_when_it_has_an_address() -> None:
    """With ROUNDS_PUBLIC_URL both parts link to the desk; without it, neither has a link."""
    linked = build_summary(
        PROCESSES,
        recruiter="rita@agency.test",
        now=NOW,
        since=SINCE,
        zone="America/New_York",
        desk_url="https://desk.agency.test",
    )
    assert '<a href="https://desk.agency.test"' in linked.html
    assert "Your desk, live: https://desk.agency.test\n" in linked.text
    assert "desk" not in _summary().text.lower() and "<a " not in _summary().html
