"""The clients file end to end on pymap and aiosmtpd: a kickoff that only names the
client's contact gets the client's round 1 and round 2, and calendars named in the
clients file or in the kickoff (on a real Radicale) spare the client the question."""

from __future__ import annotations

import uuid
from pathlib import Path

from agent.core.place import Format
from agent.core.process import RoundStatus
from agent.dev.sandbox import MailServers
from agent.dev.simulation import Actor, calendar_of, text_of
from tests.e2e import CANDIDATE, CLIENT, RECRUITER, running_agent
from tests.radicale import Radicale
from tests.test_e2e_calendars import OFFSITE, STANDUP
from tests.test_e2e_lifecycle import _accept_invite, _after_interview, _process, _say
from tests.test_e2e_places import _latest_invite

LINK = "https://meet.acme.test/recruiting"
ADDRESS = "12 King St W, 3rd floor, Toronto"
DANA = Actor("Dana Lee", "dana@acme.test")
CAROL = Actor("Carol Diaz", "carol@acme.test")
CLIENTS = f"""
[clients."acme.test"]
company = "Acme Corp"
timezone = "Europe/London"
business_hours = "09:00-17:00"
buffer_minutes = 15
format = "video"
link = "{LINK}"
address = "{ADDRESS}"

[clients."acme.test".rounds.1]
minutes = 30
format = "video"

[clients."acme.test".rounds.2]
minutes = 60
format = "onsite"
interviewers = ["{DANA.formatted}", "{CAROL.formatted}"]
"""
# Only the people: no company, zone, length, format or link.
BARE_KICKOFF = """Hi,

Please set up an interview.

Candidate: Jane Doe <jane@example.com> (New York)
Client: Bob Smith <bob@acme.test>
Role: Senior Backend Engineer

Thanks,
Rita
"""


def clients_file(tmp_path: Path, text: str = CLIENTS) -> Path:
    path = tmp_path / "clients.toml"
    path.write_text(text, encoding="utf-8")
    return path


async def test_round_one_video_then_round_two_onsite_with_the_usual_panel(
    servers: MailServers, tmp_path: Path
) -> None:
    """Round 1 is the file's 30-minute video call on the client's link; after the client
    advances, round 2 is its 60-minute onsite round with Dana and Carol, each invited,
    and the address in the candidate's invite."""
    async with running_agent(servers, tmp_path, clients=clients_file(tmp_path)) as h:
        await h.kickoff(BARE_KICKOFF)
        await h.step()
        process = _process(h)
        assert process.company == "Acme Corp"
        assert process.clients[0].zone == "Europe/London"
        first = process.current
        assert (first.duration_minutes, first.place.format, first.place.link) == (
            30,
            Format.VIDEO,
            LINK,
        )
        assert process.to_doc()["rounds"][0]["defaults"] == ["place", "minutes"]

        await _say(h, CANDIDATE, "Hi! I'm free Thursday morning, or Friday after 2pm.")
        await _say(h, CLIENT, "Thursday between 2pm and 5pm UK time works for our team.")
        booked = _process(h).current
        assert booked.status == RoundStatus.SCHEDULED and booked.slot is not None
        assert (booked.slot.end - booked.slot.start).total_seconds() == 30 * 60
        mail, _, event = _latest_invite(CANDIDATE, h)
        [conference] = event.conferences
        assert (str(conference.uri), conference.feature) == (LINK, "VIDEO")
        assert LINK in str(event["DESCRIPTION"]) and f"Join: {LINK}" in text_of(mail)

        await _accept_invite(h, CANDIDATE)
        await _accept_invite(h, CLIENT)
        await _after_interview(h)
        await _say(h, CLIENT, "Great conversation, we'd like to move Jane to the next round.")
        nxt = _process(h).current
        assert (nxt.number, nxt.duration_minutes) == (2, 60)
        assert (nxt.place.format, nxt.place.location) == (Format.ONSITE, ADDRESS)
        assert [p.email for p in nxt.interviewers] == [DANA.email, CAROL.email]
        for actor in (DANA, CAROL):
            assert "a few days and times" in text_of(actor.last(servers))

        await _say(h, CANDIDATE, "Next Tuesday or Wednesday, any time before noon.")
        await _say(h, DANA, "Wednesday 9 December from 2pm UK time is good for us.")
        booked = _process(h).current
        assert booked.status == RoundStatus.SCHEDULED and booked.slot is not None
        assert (booked.slot.end - booked.slot.start).total_seconds() == 60 * 60

        mail, _, event = _latest_invite(CANDIDATE, h)
        assert str(event["LOCATION"]) == ADDRESS
        assert ADDRESS in text_of(mail) and "Dana Lee" in text_of(mail)
        assert "acme.test" not in mail.as_string(), "the panel is named by name only"
        for actor in (DANA, CAROL):
            _, _, theirs = _latest_invite(actor, h)
            assert str(theirs["UID"]) == booked.uid
            assert str(theirs["LOCATION"]) == ADDRESS
            assert int(theirs["SEQUENCE"]) == booked.sequence


def _radicale_calendar(radicale: Radicale) -> tuple[str, str]:
    """Bob's calendar on Radicale, busy with the stand-up and the offsite; returns the
    domain-wide spec (`{local}` is each person's address before the @) and the suffix."""
    suffix = uuid.uuid4().hex[:8]
    calendar = radicale.calendar(f"bob-{suffix}")
    calendar.add_event(STANDUP)
    calendar.add_event(OFFSITE)
    url = radicale.calendar_url(f"bob-{suffix}").replace(f"/bob-{suffix}/", f"/{{local}}-{suffix}/")
    return f"caldav:{url}", suffix


def _auth_only(tmp_path: Path, radicale: Radicale, *, server: bool = False) -> Path:
    """ROUNDS_CALENDARS with the CalDAV login and no acme.test calendar: those are named
    elsewhere. `server`: another client's calendars on the same server, which is what lets
    a kickoff's URL there be read with the login."""
    text = f'[caldav]\nusername = "{radicale.user}"\npassword = "{radicale.password}"\n'
    if server:
        text += f'[domains]\n"globex.test" = "caldav:{radicale.url}/{{local}}/"\n'
    path = tmp_path / "calendars.toml"
    path.write_text(text, encoding="utf-8")
    return path


async def test_a_calendar_named_for_the_domain_in_the_clients_file_spares_the_client(
    servers: MailServers, radicale: Radicale, tmp_path: Path
) -> None:
    """The clients file names a Radicale calendar for everyone at acme.test: the client is
    not asked, and the candidate gets slots from it."""
    spec, _ = _radicale_calendar(radicale)
    text = CLIENTS.replace('address = "', f'calendar = "{spec}"\naddress = "', 1)
    extra = {"clients": clients_file(tmp_path, text), "calendars": _auth_only(tmp_path, radicale)}
    async with running_agent(servers, tmp_path, **extra) as h:
        await h.kickoff(BARE_KICKOFF)
        await h.step()
        assert CLIENT.inbox(servers) == []  # the client is not asked
        rnd = _process(h).current
        assert rnd.from_calendars and rnd.status == RoundStatus.PROPOSED
        assert 3 <= len(rnd.options) <= 5
        assert all((o.end - o.start).total_seconds() == 30 * 60 for o in rnd.options)
        assert "free on the interviewers' calendars" in text_of(CANDIDATE.last(servers))


async def test_a_calendar_line_in_the_kickoff_spares_the_client_and_is_kept(
    servers: MailServers, radicale: Radicale, tmp_path: Path
) -> None:
    """The recruiter's `Calendar:` line names the same calendar with no clients file: it is
    kept on the process and read (with the login: ROUNDS_CALENDARS names that server), so
    the client is not asked."""
    spec, _ = _radicale_calendar(radicale)
    kickoff = BARE_KICKOFF.replace("Role:", f"Calendar: {spec}\nRole:")
    calendars = _auth_only(tmp_path, radicale, server=True)
    async with running_agent(servers, tmp_path, calendars=calendars) as h:
        await h.kickoff(kickoff)
        await h.step()
        assert CLIENT.inbox(servers) == []
        process = _process(h)
        assert process.to_doc()["calendars"] == {"acme.test": spec}
        assert process.current.from_calendars


async def test_a_bad_calendar_line_reaches_the_recruiter_and_nobody_else(
    servers: MailServers, tmp_path: Path
) -> None:
    """A kickoff naming an outsider's calendar starts nothing; the recruiter is told why."""
    kickoff = BARE_KICKOFF.replace("Role:", "Calendar: google:eve@evil.test\nRole:")
    async with running_agent(servers, tmp_path) as h:
        await h.kickoff(kickoff)
        await h.step()
        assert h.processes() == []
        assert CANDIDATE.inbox(servers) == [] and CLIENT.inbox(servers) == []
        told = text_of(RECRUITER.last(servers))
        assert "eve@evil.test" in told and "not at the client's domain" in told
        assert calendar_of(RECRUITER.last(servers)) is None


PROBLEMS_SUBJECT = "The clients file has problems"


def _told(servers: MailServers) -> list[str]:
    """The texts of the clients-file emails the recruiter has received."""
    return [text_of(m) for m in RECRUITER.inbox(servers) if str(m["Subject"]) == PROBLEMS_SUBJECT]


async def test_a_broken_clients_file_is_told_once_and_a_fixed_one_applies_without_restart(
    servers: MailServers, tmp_path: Path
) -> None:
    """A clients file with a problem starts the watcher anyway: the recruiter gets one email
    naming the file and the problem, also after a restart, and a kickoff runs on the
    settings' defaults; once the file is fixed the next kickoff gets the client's round 1."""
    path = clients_file(tmp_path, CLIENTS.replace('format = "video"', 'format = "zoom"', 1))
    async with running_agent(servers, tmp_path, clients=path) as h:
        await h.step()
        [told] = _told(servers)
        assert f'{path}: clients."acme.test".format: ' in told
        assert "'zoom' is none of video, phone, onsite" in told
        await h.restart()
        await h.step()
        assert len(_told(servers)) == 1, "a restart does not tell the same file again"

        await h.kickoff(BARE_KICKOFF)
        await h.step()
        first = _process(h)
        assert first.company != "Acme Corp" and first.current.place.link == ""
        assert first.current.duration_minutes != 30
        assert "a few days and times" in text_of(CANDIDATE.last(servers))

        clients_file(tmp_path)  # fixed: the file's round 1 is a 30-minute video call
        h.clock.advance(hours=1)
        await h.kickoff(
            BARE_KICKOFF.replace("Jane Doe <jane@example.com>", "John Roe <john@example.com>")
        )
        await h.step()
        second = next(p for p in h.processes() if p.id != first.id)
        assert second.company == "Acme Corp"
        assert (second.current.duration_minutes, second.current.place.link) == (30, LINK)
        assert len(_told(servers)) == 1
        parties = [*CANDIDATE.inbox(servers), *CLIENT.inbox(servers)]
        assert parties and not any("clients file" in text_of(m) for m in parties)
