"""The clients file (ROUNDS_CLIENTS) as pure data: its model, its problems, and what its
entries give a round, under the kickoff, the feedback and the recruiter's commands."""

from __future__ import annotations

import json
import tomllib
from datetime import UTC, datetime, time
from typing import Any

import pytest

from agent.core.actions import Reply
from agent.core.clients import ClientBook, read_book
from agent.core.kickoff import Kickoff, read_kickoff, with_place
from agent.core.kickoff import Person as KickoffPerson
from agent.core.lifecycle import Policy
from agent.core.place import Format, Place
from agent.core.policy import decide, start_process
from agent.core.process import Process, RoundStatus
from agent.rendering.letters import WORDING
from agent.rendering.tracker import tracker_rows
from parsers.model import Address, Extraction, Intent, Outcome, Window
from store.export import render

NOW = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)  # Monday
LINK = "https://meet.acme.example/recruiting"
ADDRESS = "12 King St W, 3rd floor, Toronto"
EXAMPLE = f"""
[clients."acme.example"]
company = "Acme Corp"
timezone = "America/Toronto"
business_hours = "10:00-16:00"
buffer_minutes = 20
format = "video"
link = "{LINK}"
address = "{ADDRESS}"
calendar = "caldav:https://dav.acme.example/{{local}}/"

[clients."acme.example".rounds.1]
minutes = 30
format = "video"

[clients."acme.example".rounds.2]
minutes = 60
format = "onsite"
interviewers = ["Dana Lee <dana@acme.example>", "Carol Diaz <carol@acme.example>"]

[clients."acme.example".people."dana@acme.example"]
calendar = "google:dana@acme.example"
"""


def book(text: str = EXAMPLE) -> ClientBook:
    found, problems = read_book(tomllib.loads(text))
    assert problems == []
    return found


def policy(clients: ClientBook | None = None) -> Policy:
    return Policy(domain="rounds.test", wording=WORDING, clients=clients or book())


def kickoff(**fields: Any) -> Kickoff:
    values: dict[str, Any] = {
        "candidate": KickoffPerson("Jane Doe", "jane@example.com", "America/New_York"),
        "clients": (KickoffPerson("Bob Smith", "bob@acme.example"),),
        "company": "",
        "role": "Engineer",
        "round": None,
        "duration_minutes": 60,
        "recruiter": KickoffPerson("Rita", "rita@agency.test"),
        "duration_stated": False,
    }
    return Kickoff(**(values | fields))


def started(found: Kickoff, clients: ClientBook | None = None, number: int = 1) -> Process:
    process, _ = start_process(
        found,
        process_id="p1",
        round_number=number,
        kickoff_ids=("<k@x>",),
        default_zone="UTC",
        now=NOW,
        policy=policy(clients),
    )
    return process


def advance(process: Process, text: str, clients: ClientBook | None = None) -> Process:
    """Round 1 held; the client's feedback moves the candidate on."""
    slot = Window(datetime(2026, 12, 3, 15, tzinfo=UTC), datetime(2026, 12, 3, 15, 30, tzinfo=UTC))
    held = process.current.model_copy(update={"status": RoundStatus.COMPLETED, "slot": slot})
    found = Extraction(intent=Intent.FEEDBACK, outcome=Outcome.ADVANCE, confidence=0.9)
    event = Reply(sender="bob@acme.example", extraction=found, message_id="<f@x>", text=text)
    later = datetime(2026, 12, 3, 17, tzinfo=UTC)
    return decide(process.with_round(held), event, later, policy(clients))[0]


def test_the_example_file_reads_whole() -> None:
    """The README's example is one client with its rounds, people and calendars."""
    acme = book().clients["acme.example"]
    assert (acme.company, acme.timezone, acme.hours, acme.buffer_minutes) == (
        "Acme Corp",
        "America/Toronto",
        (time(10), time(16)),
        20,
    )
    assert acme.rounds[2].people() == (
        ("Dana Lee", "dana@acme.example"),
        ("Carol Diaz", "carol@acme.example"),
    )
    domains, people = book().calendars()
    assert list(domains) == ["acme.example"]
    assert people["dana@acme.example"][0] == "google:dana@acme.example"


def test_a_kickoff_that_says_nothing_takes_the_clients_entry() -> None:
    """Company, the client's zone and hours, round 1's 30-minute video with the link and
    the buffer all come from the file; the round says what the file gave."""
    process = started(kickoff())
    rnd = process.current
    assert process.company == "Acme Corp"
    assert process.clients[0].zone == "America/Toronto"
    assert process.client is not None
    assert (process.client.domain, process.client.business_hours) == (
        "acme.example",
        (time(10), time(16)),
    )
    assert process.client.buffer_minutes == 20
    assert (rnd.duration_minutes, rnd.place) == (30, Place(format=Format.VIDEO, link=LINK))
    assert set(rnd.defaults) == {"minutes", "place"}
    [record] = json.loads(render(tracker_rows([process], zone="UTC"), "json"))
    assert record["Client file"] == {
        "domain": "acme.example",
        "business_hours": ["10:00:00", "16:00:00"],
        "buffer_minutes": 20,
    }
    assert record["Rounds"][0]["from_clients_file"] == ["place", "minutes"]


def test_the_kickoff_wins_over_the_file() -> None:
    """A stated length, place, zone and company are kept; the file fills only the rest."""
    said = Place(format=Format.ONSITE)
    found = kickoff(
        company="Acme Robotics",
        duration_minutes=45,
        duration_stated=True,
        place=said,
        clients=(KickoffPerson("Bob Smith", "bob@acme.example", "Europe/London"),),
    )
    process = started(found)
    rnd = process.current
    assert (process.company, process.clients[0].zone) == ("Acme Robotics", "Europe/London")
    assert rnd.duration_minutes == 45
    # Onsite said, no address said: the client's address fills it, not its video link.
    assert rnd.place == Place(format=Format.ONSITE, location=ADDRESS)
    assert rnd.defaults == ("place",)


def test_a_round_entry_wins_over_the_clients_own_and_its_people_join() -> None:
    """A kickoff for round 2 gets round 2's onsite 60 minutes at the client's address, and
    the file's usual interviewers join the kickoff's contact, in the client's zone."""
    process = started(kickoff(), number=2)
    rnd = process.current
    assert (rnd.duration_minutes, rnd.place) == (60, Place(format=Format.ONSITE, location=ADDRESS))
    assert [(p.email, p.zone) for p in rnd.interviewers] == [
        ("bob@acme.example", "America/Toronto"),
        ("dana@acme.example", "America/Toronto"),
        ("carol@acme.example", "America/Toronto"),
    ]
    assert rnd.defaults == ("place", "minutes", "interviewers")


def test_the_next_round_opens_with_the_files_round_entry() -> None:
    """Feedback that only advances opens round 2 as the file has it: 60 minutes onsite
    at the address, with Dana and Carol instead of round 1's interviewer."""
    nxt = advance(started(kickoff()), "Great, let's move Jane forward.").current
    assert (nxt.number, nxt.duration_minutes) == (2, 60)
    assert nxt.place == Place(format=Format.ONSITE, location=ADDRESS)
    assert [p.email for p in nxt.interviewers] == ["dana@acme.example", "carol@acme.example"]
    assert nxt.defaults == ("place", "minutes", "interviewers")


def test_the_feedback_wins_over_the_files_round_entry() -> None:
    """The client's feedback names its own people, length and video link for round 2."""
    text = (
        "Let's move Jane on: a video call this time, 90 minutes, with our CTO "
        "Eve Park <eve@acme.example>. Link: https://zoom.us/j/77"
    )
    nxt = advance(started(kickoff()), text).current
    assert nxt.duration_minutes == 90
    assert nxt.place == Place(format=Format.VIDEO, link="https://zoom.us/j/77")
    assert [p.email for p in nxt.interviewers] == ["bob@acme.example", "eve@acme.example"]
    assert nxt.defaults == ()


def test_no_entry_changes_nothing() -> None:
    """A client whose domain has no entry gets the settings, as before the file."""
    found = kickoff(clients=(KickoffPerson("Hank", "hank@globex.example"),))
    process = started(found)
    assert (process.client, process.company, process.clients[0].zone) == (None, "", "UTC")
    assert (process.current.duration_minutes, process.current.place) == (60, Place())
    nxt = advance(process, "Move on.")
    assert nxt.current.duration_minutes == 60


def test_the_clients_hours_bound_the_client_side_only() -> None:
    """Client windows outside the client's own 10:00-16:00 Toronto day are not booked."""
    process = started(kickoff(company="Acme"))
    rnd = process.current.model_copy(
        update={  # Jane: all afternoon; Acme offers 09:00-11:00 Toronto (14:00-16:00Z)
            "availability": {
                "candidate": (
                    Window(
                        datetime(2026, 12, 3, 14, tzinfo=UTC), datetime(2026, 12, 3, 22, tzinfo=UTC)
                    ),
                )
            }
        }
    )
    process = process.with_round(rnd)
    offered = Window(datetime(2026, 12, 3, 14, tzinfo=UTC), datetime(2026, 12, 3, 16, tzinfo=UTC))
    found = Extraction(intent=Intent.AVAILABILITY, windows=(offered,), confidence=0.9)
    event = Reply(sender="bob@acme.example", extraction=found, message_id="<a@x>", text="…")
    booked = decide(process, event, NOW, policy())[0].current
    assert booked.slot is not None
    assert booked.slot.start == datetime(2026, 12, 3, 15, tzinfo=UTC)  # 10:00 Toronto


def kickoff_text(*lines: str) -> Kickoff | object:
    text = "\n".join(
        [
            "Candidate: Jane Doe <jane@example.com>",
            "Client: Bob Smith <bob@acme.example>",
            "Role: Engineer",
            *lines,
        ]
    )
    return read_kickoff(
        text,
        sender=Address("rita@agency.test", "Rita"),
        to=[],
        cc=[],
        subject="New process",
        agent_address="agent@rounds.test",
    )


def test_kickoff_calendar_lines_are_kept_by_person_or_domain() -> None:
    """`Calendar:` names a person's calendar by its address or before it, or everyone's at
    the client's domain; the addresses in those lines name nobody new."""
    found = kickoff_text(
        "Calendar: google:dana@acme.example",
        "Calendar: Carol Diaz <carol@acme.example> caldav:https://dav.acme.example/carol/",
        "Calendar: microsoft",
        "Calendar: Lee <lee@acme.example> bookings:hiring@acme.onmicrosoft.com",
    )
    assert isinstance(found, Kickoff)
    assert [c.email for c in found.clients] == ["bob@acme.example"]
    assert found.calendars == (
        ("dana@acme.example", "google:dana@acme.example"),
        ("carol@acme.example", "caldav:https://dav.acme.example/carol/"),
        ("acme.example", "microsoft"),
        ("lee@acme.example", "bookings:hiring@acme.onmicrosoft.com"),
    )
    assert dict(started(found).calendars) == dict(found.calendars)
    assert not kickoff_text().calendars  # type: ignore[attr-defined]
    # A Bookings business is named by its address, which is nobody's: the line is the domain's.
    business = kickoff_text("Calendar: bookings:hiring@acme.onmicrosoft.com")
    assert business.calendars == (  # type: ignore[attr-defined]
        ("acme.example", "bookings:hiring@acme.onmicrosoft.com"),
    )
    signed = kickoff_text("Calendar: https://calendly.com/rita")  # a booking page, no calendar
    assert isinstance(signed, Kickoff) and signed.calendars == ()


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Calendar: outlook:dana@acme.example", "is no calendar"),
        ("Calendar: caldav:ftp://dav.acme.example/d/", "takes the calendar's http(s) URL"),
        ("Calendar: google:eve@evil.example", "not at the client's domain"),
        ("Calendar: Eve <eve@evil.example> google", "not at the client's domain"),
        ("Calendar: nobody caldav:https://dav.acme.example/x/", "names no address"),
        ("Calendar: bookings", "takes the booking business's id"),
        ("Calendar: bookings:hiring", "takes the booking business's id"),
    ],
)
def test_a_bad_calendar_line_is_put_to_the_recruiter(line: str, said: str) -> None:
    """A calendar of an unknown kind, a bad URL or someone outside the client's domain
    starts nothing: the kickoff is a problem for the recruiter, with the line quoted."""
    found = kickoff_text(line)
    assert not isinstance(found, Kickoff)
    assert found.missing == ("calendar",)  # type: ignore[attr-defined]
    assert said in found.message  # type: ignore[attr-defined]


def problems(text: str) -> list[tuple[str, str, str]]:
    return read_book(tomllib.loads(text))[1]


@pytest.mark.parametrize(
    ("entry", "where", "said"),
    [
        ('compnay = "Acme"', 'clients."acme.example".compnay', "unknown key"),
        ('timezone = "America/Torono"', 'clients."acme.example".timezone', "unknown time zone"),
        ('business_hours = "9-5"', 'clients."acme.example".business_hours', "HH:MM-HH:MM"),
        ("buffer_minutes = -5", 'clients."acme.example".buffer_minutes', "too small"),
        ('format = "zoom"', 'clients."acme.example".format', "none of video, phone, onsite"),
        ('link = "http://meet.acme.example/x"', 'clients."acme.example".link', "http: link"),
        ('link = "javascript:alert(1)"', 'clients."acme.example".link', "javascript: link"),
        ('address = "12 King\\u0007 St"', 'clients."acme.example".address', "control characters"),
        ('calendar = "outlook"', 'clients."acme.example".calendar', "is no calendar"),
        ("rounds.1.minutes = 5", 'clients."acme.example".rounds.1.minutes', "too small"),
        ("rounds.x.minutes = 30", 'clients."acme.example".rounds.x', "not a round number"),
        (
            'rounds.2.interviewers = ["Eve <eve@evil.example>"]',
            'clients."acme.example".rounds.2.interviewers',
            "is not at acme.example",
        ),
        (
            'people."dana@other.example".calendar = "google"',
            'clients."acme.example".people."dana@other.example"',
            "is not an address at acme.example",
        ),
    ],
)
def test_each_problem_is_one_line_with_its_key_and_an_example(
    entry: str, where: str, said: str
) -> None:
    """Each kind of mistake is one problem naming its key path, with a right value."""
    [(path, what, example)] = problems(f'[clients."acme.example"]\n{entry}\n')
    assert path == where and said in what
    assert "=" in example or example.startswith("[")


def test_every_problem_is_listed_and_good_clients_are_kept() -> None:
    """Problems in two clients are all listed; a client without any stays in the book."""
    text = (
        '[clients."acme.example"]\nformat = "zoom"\ntimezone = "Nowhere/City"\n'
        '[clients."Globex"]\ncompany = "Globex"\n'
        '[clients."initech.example"]\ncompany = "Initech"\n'
        "[other]\nx = 1\n"
    )
    found, listed = read_book(tomllib.loads(text))
    assert sorted(p[0] for p in listed) == [
        'clients."Globex"',
        'clients."acme.example".format',
        'clients."acme.example".timezone',
        "other",
    ]
    assert list(found.clients) == ["initech.example"]


def test_the_llm_path_reads_calendar_lines_with_the_rules() -> None:
    """A kickoff the model placed people for still gets its `Calendar:` lines from the rules,
    with the same check."""
    placed = kickoff(clients=(KickoffPerson("Bob Smith", "bob@acme.example"),))
    found = with_place(placed, "Hi!\nCalendar: google:dana@acme.example\n")
    assert isinstance(found, Kickoff)
    assert found.calendars == (("dana@acme.example", "google:dana@acme.example"),)
    refused = with_place(placed, "Calendar: google:eve@evil.example\n")
    assert not isinstance(refused, Kickoff) and refused.missing == ("calendar",)


def test_an_unknown_labelled_zone_is_put_to_the_recruiter() -> None:
    """`Client timezone: Mars/Olympus` is no zone: the kickoff starts nothing and the
    recruiter is asked, rather than the client's times being read in the default zone."""
    found = kickoff_text("Client timezone: Mars/Olympus")
    assert not isinstance(found, Kickoff)
    assert found.missing == ("timezone",)  # type: ignore[attr-defined]
    assert "'Mars/Olympus'" in found.message  # type: ignore[attr-defined]
    assert isinstance(kickoff_text("Client timezone: Toronto"), Kickoff)
