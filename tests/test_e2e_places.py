"""Every round in its place, end to end on pymap and aiosmtpd: a video round 1, an onsite
round 2 with a panel named in the feedback, and a colleague added mid-round."""

from __future__ import annotations

from email.message import EmailMessage

from icalendar import Calendar, Event

from agent.core.place import Format
from agent.core.process import RoundStatus
from agent.dev.simulation import Actor, calendar_of, text_of
from tests.e2e import CANDIDATE, CLIENT, LABELLED_KICKOFF, RECRUITER, Harness
from tests.test_e2e_lifecycle import _accept_invite, _after_interview, _kickoff, _process, _say

ZOOM = "https://zoom.us/j/4242?pwd=r1"
ADDRESS = "12 King St W, 3rd floor"
DANA = Actor("Dana Lee", "dana@acme.test")
CAROL = Actor("Carol Diaz", "carol@acme.test")
EVE = Actor("Eve Park", "eve@acme.test")

VIDEO_KICKOFF = LABELLED_KICKOFF.replace(
    "Duration: 60 minutes\n", f"Duration: 45 minutes\nFormat: video\nLink: {ZOOM}\n"
)


def _latest_invite(actor: Actor, h: Harness) -> tuple[EmailMessage, Calendar, Event]:
    mail = next(m for m in reversed(actor.inbox(h.servers)) if calendar_of(m) is not None)
    calendar = calendar_of(mail)
    assert calendar is not None
    [event] = calendar.events  # one VEVENT per UID
    return mail, calendar, event


def _calendar_part(mail: EmailMessage) -> EmailMessage:
    return next(p for p in mail.walk() if p.get_content_type() == "text/calendar")


def _html(mail: EmailMessage) -> str:
    body = mail.get_body(("html",))
    assert body is not None
    return str(body.get_content())


async def test_video_then_onsite_panel_then_a_colleague_added(harness: Harness) -> None:
    """Round 1 is a Zoom call (CONFERENCE, link in DESCRIPTION); the feedback makes round 2
    onsite with two named interviewers, each invited, the candidate's invite with the
    address and no client address; a colleague added mid-round gets the invite and every
    attendee an update with SEQUENCE + 1."""
    h = harness
    await _kickoff(h, VIDEO_KICKOFF)
    assert "Link: " in VIDEO_KICKOFF
    assert _process(h).current.place.link == ZOOM
    await _say(h, CANDIDATE, "Hi! I'm free Thursday morning, or Friday after 2pm.")
    await _say(h, CLIENT, "Thursday between 2pm and 5pm UK time works for our team.")

    mail, calendar, event = _latest_invite(CANDIDATE, h)
    assert str(calendar["METHOD"]) == "REQUEST"
    assert _calendar_part(mail).get_param("method") == "REQUEST"
    [conference] = event.conferences
    assert (str(conference.uri), conference.feature) == (ZOOM, "VIDEO")
    assert ZOOM in str(event["DESCRIPTION"])
    assert (str(event["URL"]), str(event["LOCATION"])) == (ZOOM, ZOOM)
    assert f"Join: {ZOOM}" in text_of(mail)
    assert f'<a href="{ZOOM}">' in _html(mail)

    await _accept_invite(h, CANDIDATE)
    await _accept_invite(h, CLIENT)
    await _after_interview(h)
    await _say(
        h,
        CLIENT,
        "Great conversation. We'd like to move Jane to a second round, onsite this time, with "
        f"our CTO {DANA.formatted} and {CAROL.formatted}, 90 minutes, at our office, "
        f"{ADDRESS}.",
    )
    nxt = _process(h).current
    assert (nxt.number, nxt.place.format, nxt.place.location) == (2, Format.ONSITE, ADDRESS)
    assert nxt.duration_minutes == 90
    assert {DANA.email, CAROL.email} <= {p.email for p in nxt.interviewers}

    await _say(h, CANDIDATE, "Next Tuesday or Wednesday, any time before noon.")
    await _say(h, CLIENT, "Wednesday 9 December from 2pm UK time is good for us.")
    booked = _process(h).current
    assert booked.status == RoundStatus.SCHEDULED

    mail, _, event = _latest_invite(CANDIDATE, h)
    assert str(event["LOCATION"]) == ADDRESS
    assert [a.email.lower() for a in event.attendees] == ["jane@example.com"]
    raw = mail.as_string()
    assert "acme.test" not in raw, "the candidate's invite names the panel by name only"
    assert "Dana Lee" in text_of(mail) and ADDRESS in text_of(mail)
    for actor in (DANA, CAROL):
        _, _, theirs = _latest_invite(actor, h)
        assert str(theirs["UID"]) == booked.uid
        assert str(theirs["LOCATION"]) == ADDRESS

    await _say(h, CLIENT, f"Please also invite my colleague {EVE.formatted}.")
    added = _process(h).current
    assert EVE.email in {p.email for p in added.interviewers}
    assert added.sequence == booked.sequence + 1
    _, calendar, event = _latest_invite(EVE, h)
    assert (str(calendar["METHOD"]), str(event["UID"])) == ("REQUEST", booked.uid)
    for actor in (CANDIDATE, CLIENT, DANA, CAROL):
        mail, _, event = _latest_invite(actor, h)
        assert int(event["SEQUENCE"]) == added.sequence, actor.email
        assert "changed" in text_of(mail)


async def test_bad_links_reach_the_recruiter_and_nobody_else(harness: Harness) -> None:
    """A kickoff with an http: link is refused by name, starting nothing; later a candidate's
    own javascript: 'meeting link' goes to the recruiter alone and is never used."""
    h = harness
    await _kickoff(h, LABELLED_KICKOFF.replace("Duration:", "Link: http://zoom.us/j/1\nDuration:"))
    assert h.processes() == []
    assert "http: link" in text_of(RECRUITER.last(h.servers))
    assert CANDIDATE.inbox(h.servers) == [] and CLIENT.inbox(h.servers) == []

    await _kickoff(h, VIDEO_KICKOFF)
    before = len(CANDIDATE.inbox(h.servers)), len(CLIENT.inbox(h.servers))
    await _say(h, CANDIDATE, "Could we use my video link instead? javascript:alert(1)")
    assert (len(CANDIDATE.inbox(h.servers)), len(CLIENT.inbox(h.servers))) == before
    told = text_of(RECRUITER.last(h.servers))
    assert "javascript:alert(1)" in told and "Links come only from you" in told
    assert _process(h).current.place.link == ZOOM
