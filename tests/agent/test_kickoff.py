"""Tests for agent.core.kickoff: labelled and free-text kickoffs, zones, and refusing to guess."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent.core.kickoff import (
    Kickoff,
    KickoffProblem,
    Person,
    clean,
    kickoff_from,
    read_kickoff,
    with_place,
)
from agent.core.zones import zone_for
from parsers.model import Address

RECRUITER = Address("rita@agency.example", "Rita Recruiter")
AGENT = "rounds@agency.example"
JANE = Address("jane@example.com", "Jane Doe")
BOB = Address("bob@acme.example", "Bob Smith")

FREE_TEXT = """Hi Bob,

I'd like you to meet Jane Doe, the candidate I mentioned for your Senior Backend Engineer
opening. Jane is based in New York. Bob Smith is the hiring manager at Acme, in London.
Could you two find an hour for a first interview?

Best,
Rita
"""


def read(
    text: str,
    to: Sequence[Address] = (Address(AGENT),),
    cc: Sequence[Address] = (),
    subject: str = "Intro",
) -> Kickoff | KickoffProblem:
    """read_kickoff as the service calls it, from Rita to the agent."""
    return read_kickoff(text, sender=RECRUITER, to=to, cc=cc, subject=subject, agent_address=AGENT)


def kickoff(*args: object, **kwargs: object) -> Kickoff:
    """read(), asserting that the kickoff was understood."""
    found = read(*args, **kwargs)  # type: ignore[arg-type]
    assert isinstance(found, Kickoff), found
    return found


def test_full_labelled_form() -> None:
    """Every label is read, whatever its case and spacing, with zones from parentheses."""
    text = """Hi,

  candidate :  Jane Doe <Jane@Example.com> (New York)
CLIENT: Bob Smith <bob@acme.example> (London)
Company:   Acme
Role: Senior Backend Engineer
Round: 2
Duration: 45 minutes

Thanks, Rita
rita@agency.example
"""
    assert kickoff(text) == Kickoff(
        candidate=Person("Jane Doe", "jane@example.com", "America/New_York"),
        clients=(Person("Bob Smith", "bob@acme.example", "Europe/London"),),
        company="Acme",
        role="Senior Backend Engineer",
        round=2,
        duration_minutes=45,
        recruiter=Person("Rita Recruiter", "rita@agency.example"),
    )


def test_minimal_labelled_form_leaves_the_rest_unstated() -> None:
    """Two labels suffice: round None, 60 minutes, no company or role, no zones."""
    found = kickoff("Candidate: Jane Doe <jane@example.com>\nClient: Bob Smith <bob@acme.example>")
    assert (found.candidate, found.clients) == (
        Person("Jane Doe", "jane@example.com"),
        (Person("Bob Smith", "bob@acme.example"),),
    )
    assert (found.company, found.role, found.round, found.duration_minutes) == ("", "", None, 60)


def test_several_clients_on_lines_and_in_a_list() -> None:
    """Several Client lines and comma/"and" lists all become client contacts, in order."""
    text = (
        "Candidate: Jane Doe (jane@example.com)\n"
        "Client: Bob Smith <bob@acme.example> (London)\n"
        "Interviewers: Carol White <carol@acme.example> (CET), Dan Li <dan@acme.example>"
        " and Eve <eve@acme.example> (Asia/Singapore)\n"
    )
    assert kickoff(text).clients == (
        Person("Bob Smith", "bob@acme.example", "Europe/London"),
        Person("Carol White", "carol@acme.example", "Europe/Berlin"),
        Person("Dan Li", "dan@acme.example"),
        Person("Eve", "eve@acme.example", "Asia/Singapore"),
    )


def test_free_text_with_addresses_in_the_headers() -> None:
    """The brief's example: names in the text matched to To/Cc, cues decide who is who."""
    found = kickoff(
        FREE_TEXT, to=(BOB,), cc=(Address("jane.doe@example.com"), Address(AGENT, "Rounds"))
    )
    assert found == Kickoff(
        candidate=Person("Jane Doe", "jane.doe@example.com", "America/New_York"),
        clients=(Person("Bob Smith", "bob@acme.example", "Europe/London"),),
        company="Acme",
        role="Senior Backend Engineer",
        round=1,
        duration_minutes=60,
        recruiter=Person("Rita Recruiter", "rita@agency.example"),
    )


def test_free_text_with_addresses_in_the_body() -> None:
    """`Name <addr>` and `Name (addr)` in the body; zones read back to the name before them."""
    text = (
        "Hi both, please meet Jane Doe <jane@example.com>, our candidate for the Staff Engineer"
        " role, and Bob Smith (bob@acme.example), head of engineering at Acme Corp. Jane is in"
        " Berlin and Bob in San Francisco. A 30-minute intro call, round 3."
    )
    found = kickoff(text)
    assert (found.candidate, found.clients) == (
        Person("Jane Doe", "jane@example.com", "Europe/Berlin"),
        (Person("Bob Smith", "bob@acme.example", "America/Los_Angeles"),),
    )
    assert (found.company, found.role, found.round, found.duration_minutes) == (
        "Acme Corp",
        "Staff Engineer",
        3,
        30,
    )


def test_one_cue_places_the_other_person_by_elimination() -> None:
    """With one person cued as candidate, the only other recipient is the client."""
    found = kickoff("Bob, meet Jane, our candidate.", to=(JANE, BOB))
    assert (found.candidate.email, [c.email for c in found.clients]) == (
        "jane@example.com",
        ["bob@acme.example"],
    )


def test_two_recipients_and_no_cue_is_a_problem() -> None:
    """Without a cue, two people could be either way round: ask, do not guess."""
    found = read("Hi Jane and Bob, please find a time to talk.", to=(JANE, BOB))
    assert isinstance(found, KickoffProblem)
    assert (found.missing, found.message) == (
        ("candidate", "client"),
        "I could not tell who the candidate and the client contact are.",
    )


def test_no_candidate_is_a_problem() -> None:
    """A kickoff naming only the client says the candidate is missing."""
    found = read("Client: Bob Smith <bob@acme.example>\nCompany: Acme")
    assert isinstance(found, KickoffProblem)
    assert (found.missing, found.message) == (
        ("candidate",),
        "I could not tell who the candidate is.",
    )


def test_a_labelled_candidate_without_an_address_is_a_problem() -> None:
    """A named candidate nobody's address matches is reported by name."""
    found = read("Candidate: Jane Doe\nClient: Bob Smith <bob@acme.example>")
    assert isinstance(found, KickoffProblem)
    assert (found.missing, found.message) == (
        ("candidate",),
        "I could not find an email address for Jane Doe, the candidate.",
    )


def test_a_problem_echoes_what_was_understood_as_the_form() -> None:
    """The answer to an unclear kickoff is the labelled form filled with the recruiter's own
    people and details, blank where unknown; never a made-up example."""
    found = read(
        "Candidate: Jane Doe\nClient: Bob Smith <bob@acme.example> (London)\n"
        "Company: Initech\nRole: Data Engineer\nDuration: 45 minutes"
    )
    assert isinstance(found, KickoffProblem)
    assert found.form() == (
        "Candidate: Jane Doe\n"
        "Client: Bob Smith <bob@acme.example> (Europe/London)\n"
        "Company: Initech\n"
        "Role: Data Engineer\n"
        "Round:\n"
        "Duration: 45 minutes"
    )
    nobody = read("Hi Jane and Bob, please find a time to talk.", to=(JANE, BOB))
    assert isinstance(nobody, KickoffProblem)
    assert nobody.form().splitlines()[:2] == ["Candidate:", "Client:"]
    assert "Acme" not in nobody.form() and "example" not in nobody.form()


def test_a_labelled_name_takes_its_address_from_the_headers() -> None:
    """ "Candidate: Jane" finds Jane Doe in Cc, written "Doe, Jane" by Outlook."""
    found = kickoff(
        "Candidate: Jane\nClient: Bob Smith <bob@acme.example>",
        cc=(Address("jane@example.com", "Doe, Jane"),),
    )
    assert found.candidate == Person("Jane Doe", "jane@example.com")


def test_a_client_line_naming_no_one_is_the_company() -> None:
    """ "Client: Acme" beside a client contact with an address names the company."""
    found = kickoff(
        "Candidate: Jane Doe <jane@example.com>\nClient: Acme\nHiring manager: " + BOB.formatted()
    )
    assert (found.company, [c.email for c in found.clients]) == ("Acme", ["bob@acme.example"])


def test_the_same_person_as_candidate_and_client_is_a_problem() -> None:
    """Contradictory labels are not resolved by picking one."""
    found = read("Candidate: Jane Doe <jane@example.com>\nClient: Jane Doe <jane@example.com>")
    assert isinstance(found, KickoffProblem)
    assert found.missing == ("candidate", "client")


def test_the_agent_and_the_recruiter_are_never_parties() -> None:
    """The agent (plus-addressed too) and the sender are skipped when placing by elimination."""
    found = kickoff(
        "Jane Doe is our candidate.",
        to=(Address("Rounds+r7k2@agency.example"), BOB),
        cc=(JANE, RECRUITER),
    )
    assert (found.candidate.email, [c.email for c in found.clients]) == (
        "jane@example.com",
        ["bob@acme.example"],
    )


def test_zone_labels_fill_zones_no_parenthesis_gave() -> None:
    """Role-specific Timezone labels beat a blanket one; parentheses beat both."""
    text = (
        "Candidate: Jane Doe <jane@example.com>\n"
        "Client: Bob Smith <bob@acme.example>, Carol <carol@acme.example> (Tokyo)\n"
        "Candidate time zone: Pacific time\n"
        "Timezone: Europe/London\n"
    )
    found = kickoff(text)
    assert [p.zone for p in (found.candidate, *found.clients)] == [
        "America/Los_Angeles",
        "Europe/London",
        "Asia/Tokyo",
    ]


@pytest.mark.parametrize(
    ("label", "minutes"),
    [("45 minutes", 45), ("45 min", 45), ("1 hour", 60), ("1.5 hours", 90), ("90", 90)],
)
def test_duration_labels(label: str, minutes: int) -> None:
    """Duration is read in minutes or hours, a bare number meaning minutes."""
    text = f"Candidate: {JANE.formatted()}\nClient: {BOB.formatted()}\nDuration: {label}"
    assert kickoff(text).duration_minutes == minutes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Please set up round 2.", 2),
        ("This is the second interview.", 2),
        ("Please book Interview #3.", 3),
        ("Final round next week.", None),
    ],
)
def test_round_from_prose(sentence: str, expected: int | None) -> None:
    """Round numbers, ordinals and "Interview #N" are read; "final" gives no number."""
    text = f"Candidate: {JANE.formatted()}\nClient: {BOB.formatted()}\n{sentence}"
    assert kickoff(text).round == expected


def test_round_from_the_subject() -> None:
    """The subject is read when the body says nothing about the round."""
    text = f"Candidate: {JANE.formatted()}\nClient: {BOB.formatted()}"
    assert kickoff(text, subject="Interview #2: Jane Doe / Acme").round == 2


def test_names_from_mail_are_sanitised() -> None:
    """CR/LF and control characters become spaces and names are capped at 100 characters."""
    evil = "Jane\r\nDoe\x00\u202e" + "y" * 200
    found = kickoff(f"Client: {BOB.formatted()}", cc=(Address("jane@example.com", evil),))
    assert found.candidate.name == ("Jane Doe " + "y" * 200)[:100]
    assert clean("a\u2028b\tc\x1b") == "a b c"


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("New York", "America/New_York"),
        ("bengaluru", "Asia/Kolkata"),
        ("ET", "America/New_York"),
        ("CET", "Europe/Berlin"),
        ("SGT", "Asia/Singapore"),
        ("AEST", "Australia/Sydney"),
        ("Eastern time", "America/New_York"),
        ("europe/lisbon", "Europe/Lisbon"),
        ("UTC+2", "Etc/GMT-2"),
        ("Atlantis", None),
    ],
)
def test_zone_names(text: str, zone: str | None) -> None:
    """Cities, abbreviations, spoken names, IANA names in any case and UTC offsets map to IANA."""
    assert zone_for(text) == zone


_words = st.lists(st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True), min_size=1, max_size=3)
_zones = st.sampled_from(["America/New_York", "Europe/London", "Asia/Kolkata", "UTC", None])
_emails = st.from_regex(r"[a-z]{1,8}\.[a-z]{1,8}@[a-z]{2,8}\.example", fullmatch=True)


@st.composite
def kickoffs(draw: st.DrawFn) -> Kickoff:
    """Any kickoff the labelled form can state: one to three clients, distinct addresses."""
    emails = draw(st.lists(_emails, min_size=2, max_size=4, unique=True))
    people = [Person(" ".join(draw(_words)), e, draw(_zones)) for e in emails]
    return Kickoff(
        candidate=people[0],
        clients=tuple(people[1:]),
        company=" ".join(draw(_words)),
        role=" ".join(draw(_words)),
        round=draw(st.one_of(st.none(), st.integers(1, 9))),
        duration_minutes=draw(st.sampled_from([30, 45, 60, 90])),
        recruiter=Person(RECRUITER.name, RECRUITER.email),
    )


def labelled(found: Kickoff) -> str:
    """A kickoff written in the labelled form, as a recruiter would."""

    def who(p: Person) -> str:
        return f"{p.name} <{p.email}>" + (f" ({p.zone})" if p.zone else "")

    lines = [f"Candidate: {who(found.candidate)}"]
    lines += [f"Client: {who(c)}" for c in found.clients]
    lines += [f"Company: {found.company}", f"Role: {found.role}"]
    lines += [f"Round: {found.round}"] if found.round else []
    return "\n".join([*lines, f"Duration: {found.duration_minutes} minutes"])


@given(kickoffs())
def test_labelled_form_round_trips(expected: Kickoff) -> None:
    """Reading a kickoff written in the labelled form gives back the same kickoff."""
    assert read(labelled(expected)) == expected


@given(st.text(max_size=400), st.lists(st.builds(Address, _emails, st.text()), max_size=3))
def test_any_text_reads_without_error_and_yields_clean_names(text: str, cc: list[Address]) -> None:
    """Arbitrary mail never raises, and every name that comes out is one short clean line."""
    found = read(text, cc=cc)
    if isinstance(found, Kickoff):
        for person in (found.candidate, *found.clients):
            assert person.name == clean(person.name)
    else:
        assert found.message


def test_labelled_place_lines_set_the_rounds_place() -> None:
    """Format:, Link: and Notes: lines give the first round's place."""
    found = read(
        "Candidate: Jane Doe <jane@example.com>\nClient: Bob Smith <bob@acme.example>\n"
        "Format: video\nLink: https://zoom.us/j/42\nNotes: passcode 1234\n"
    )
    assert isinstance(found, Kickoff)
    assert (found.place.format, found.place.link, found.place.notes) == (
        "video",
        "https://zoom.us/j/42",
        "passcode 1234",
    )


def test_free_text_place_is_read_beside_the_people() -> None:
    """ "at our office, <address>" in a free-text kickoff makes the round onsite there."""
    found = read(
        FREE_TEXT + "\nIt would be at our office, 12 King St W, 3rd floor.\n", to=[JANE, BOB]
    )
    assert isinstance(found, Kickoff)
    assert (found.place.format, found.place.location) == ("onsite", "12 King St W, 3rd floor")


def test_a_javascript_link_stops_the_kickoff_with_its_problem_named() -> None:
    """A javascript: link is a kickoff problem naming it; no process starts."""
    found = read(
        "Candidate: Jane Doe <jane@example.com>\nClient: Bob Smith <bob@acme.example>\n"
        "Link: javascript:alert(1)\n"
    )
    assert isinstance(found, KickoffProblem)
    assert "javascript: link" in found.message
    assert "Candidate: Jane Doe <jane@example.com>" in found.form()


def test_a_link_only_in_the_forwarded_text_is_not_taken() -> None:
    """A meeting link that only the forwarded (client's) text holds is refused, by name."""
    own = "Candidate: Jane Doe <jane@example.com>\nClient: Bob Smith <bob@acme.example>\n"
    found = read_kickoff(
        own,
        sender=RECRUITER,
        to=(Address(AGENT),),
        cc=(),
        subject="Fwd: intro",
        agent_address=AGENT,
        forwarded=own
        + "\n---------- Forwarded message ----------\nOur Zoom: https://zoom.us/j/7\n",
    )
    assert isinstance(found, KickoffProblem)
    assert "https://zoom.us/j/7" in found.message
    assert "Link:" in found.message


def test_a_kickoff_the_llm_placed_gets_its_place_from_the_rules() -> None:
    """The model names people; the place comes from the recruiter's text, checked the same way."""
    read_by_model = {"candidate_email": "jane@example.com", "client_email": "bob@acme.example"}
    placed = kickoff_from(read_by_model, recruiter=RECRUITER, agent=AGENT)
    assert placed is not None
    found = with_place(placed, "Jane meets Bob on Zoom: https://zoom.us/j/5")
    assert isinstance(found, Kickoff)
    assert (found.place.format, found.place.link) == ("video", "https://zoom.us/j/5")
    refused = with_place(placed, "Jane meets Bob on Zoom: javascript:alert(1)")
    assert isinstance(refused, KickoffProblem)
    assert "javascript: link" in refused.message
