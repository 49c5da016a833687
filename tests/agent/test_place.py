"""A round's place: the model, its reader (labels and free text), its checks and its text."""

from __future__ import annotations

import pytest

from agent.core.place import Caller, Format, Place, place_problems, round_place
from agent.core.process import Round
from agent.core.roundinfo import meeting_link, read_place
from agent.rendering.place_text import calendar_place, letter_html, place_block, tel_uri


def test_an_old_tracker_round_loads_with_no_place() -> None:
    """A round document written before places existed loads with an empty place."""
    rnd = Round.model_validate({"number": 1, "status": "requested"})
    assert rnd.place == Place()
    assert rnd.place.empty


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Round 1 on Zoom: https://zoom.us/j/123456?pwd=abc.",
            Place(format=Format.VIDEO, link="https://zoom.us/j/123456?pwd=abc"),
        ),
        (
            "Round 2 at our office, 12 King St W, 3rd floor. Ask for Dana at reception.",
            Place(format=Format.ONSITE, location="12 King St W, 3rd floor"),
        ),
        (
            "Entretien en personne à nos bureaux, 5 rue de Rivoli, 75001 Paris.",
            Place(format=Format.ONSITE, location="5 rue de Rivoli, 75001 Paris"),
        ),
        (
            "Entrevista presencial en nuestra oficina: Calle Mayor 10, Madrid",
            Place(format=Format.ONSITE, location="Calle Mayor 10, Madrid"),
        ),
        (
            "Gespräch vor Ort in unserem Büro, Hauptstraße 5, 10115 Berlin",
            Place(format=Format.ONSITE, location="Hauptstraße 5, 10115 Berlin"),
        ),
        (
            "Entrevista presencial no nosso escritório, Av. Paulista 1000, São Paulo",
            Place(format=Format.ONSITE, location="Av. Paulista 1000, São Paulo"),
        ),
        (
            "Entretien en visio : lien https://meet.google.com/abc-defg-hij",
            Place(format=Format.VIDEO, link="https://meet.google.com/abc-defg-hij"),
        ),
        (
            "A phone screen first: the candidate calls +1 416 555 0100.",
            Place(format=Format.PHONE, phone="+1 416 555 0100", caller=Caller.CANDIDATE),
        ),
        (
            "Format: onsite\nLocation: 1 Main St\nNotes: bring ID to the front desk",
            Place(format=Format.ONSITE, location="1 Main St", notes="bring ID to the front desk"),
        ),
        ("My profile: https://linkedin.example/in/jane", Place()),
    ],
)
def test_the_reader_finds_format_link_address_and_phone(text: str, expected: Place) -> None:
    """Labels and free text in five languages give the round's format and details."""
    reading = read_place(text)
    assert reading.problems == ()
    assert reading.place == expected


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Link: javascript:alert(1)", "javascript: link"),
        ("Join on Zoom: http://zoom.us/j/1", "http: link"),
        ("Location: 12 King\x07 St", "control characters"),
        ("Location: " + "x1" * 300, "600 characters long"),
        ("Format: hovercraft", "none of video, phone, onsite"),
    ],
)
def test_bad_links_and_addresses_are_named_and_nothing_is_kept(text: str, named: str) -> None:
    """A non-https or javascript: link, a control character or a 600-char address is a
    problem that names itself, and the reading keeps no place."""
    reading = read_place(text)
    assert any(named in p for p in reading.problems), reading.problems
    assert reading.place == Place()


def test_only_https_links_pass_the_check() -> None:
    """https passes; every other scheme, and a link with a space, does not."""
    assert place_problems({"link": "https://zoom.us/j/1"}) == []
    for link in ("http://zoom.us/j/1", "data:text/html,x", "https://zoom.us/j/1 x", "zoom.us"):
        assert place_problems({"link": link}), link


def test_a_meeting_link_is_one_on_a_call_line_only() -> None:
    """A link beside a call word is a meeting link; a web page elsewhere is not."""
    assert meeting_link("Let's use my Zoom: https://zoom.us/j/9") == "https://zoom.us/j/9"
    assert meeting_link("Here is the link: javascript:alert(1)") == "javascript:alert(1)"
    assert meeting_link("Our site is https://acme.example") is None


def test_round_place_layers_said_over_defaults_over_the_round_before() -> None:
    """What was said wins; a new format drops the earlier round's link."""
    video = Place(format=Format.VIDEO, link="https://zoom.us/j/1")
    onsite = Place(format=Format.ONSITE, location="1 Main St")
    assert round_place(2, video, Place()) == video
    assert round_place(2, video, Place(format=Format.ONSITE)) == Place(format=Format.ONSITE)
    assert round_place(2, video, Place(), {2: onsite}) == onsite
    assert round_place(2, video, Place(notes="Ask for Dana"), {2: onsite}) == onsite.model_copy(
        update={"notes": "Ask for Dana"}
    )


def test_calendar_fields_of_a_video_and_a_phone_round() -> None:
    """Video: LOCATION and URL are the link, CONFERENCE VIDEO; phone: a tel: CONFERENCE."""
    video = calendar_place(Place(format=Format.VIDEO, link="https://zoom.us/j/1"))
    assert video.location == video.url == "https://zoom.us/j/1"
    assert video.conferences == (("https://zoom.us/j/1", "VIDEO", "Join the video call"),)
    phone = calendar_place(
        Place(format=Format.PHONE, phone="+1 (416) 555-0100", caller=Caller.CANDIDATE)
    )
    assert phone.conferences == (("tel:+14165550100", "PHONE", "Dial in"),)
    assert phone.location == "Phone: +1 (416) 555-0100"
    assert tel_uri("555 0100") == ""  # a local number has no global tel: form


def test_letters_show_the_place_and_names_and_html_links_only_https() -> None:
    """The text block names interviewers by name; the HTML escapes and links https only."""
    block = place_block(
        Place(format=Format.ONSITE, location="12 King St W", notes="Ask at reception"),
        ["Dana Lee", "Carol Diaz"],
    )
    assert block == (
        "    Format: in person\n    Where: 12 King St W\n    Notes: Ask at reception\n"
        "    With: Dana Lee, Carol Diaz\n"
    )
    page = letter_html("Hi <b>\n\nJoin: https://zoom.us/j/1?a=1&b=2\njavascript:alert(1)")
    assert "&lt;b&gt;" in page
    assert '<a href="https://zoom.us/j/1?a=1&amp;b=2">' in page
    assert 'href="javascript' not in page


def test_a_round_with_a_place_round_trips_through_the_tracker_document() -> None:
    """A round's place, caller and all, is read back from its JSON document unchanged."""
    place = Place(
        format=Format.PHONE, phone="+1 416 555 0100", caller=Caller.CLIENT, notes="ext 12"
    )
    rnd = Round(number=2, place=place)
    assert Round.model_validate(rnd.model_dump(mode="json")) == rnd
