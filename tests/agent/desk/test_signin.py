"""Sign-in by email through the agent's SMTP settings, and `rounds login-link`."""

from __future__ import annotations

import re
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.cli.app import main
from agent.desk.files import DeskFiles
from agent.desk.signin import LINKS_PER_HOUR, LinkMailer
from agent.dev.sandbox import MailServers
from agent.dev.simulation import parse_mail, text_of
from tests.deskkit import NOW, csrf_of, desk_client, desk_settings, process, tracker
from tests.test_notice_race import wait_until

SENT_WAIT = 30.0  # seconds for the background send to reach the sandbox (a loaded machine)


def _sent_to(servers: MailServers, address: str) -> list[bytes]:
    return [c.raw for c in servers.sent if address in c.rcpt_tos]


async def test_the_login_page_answers_the_same_and_mails_only_recruiters(tmp_path: Path) -> None:
    """A recruiter's address and a stranger's get the same page; only the recruiter gets a
    link, mailed Auto-Submitted: auto-generated, that signs her in."""
    db = tracker(tmp_path / "rounds.json", [process("p1", "Jane Doe")])
    async with MailServers(agent_address="agent@rounds.test") as servers:
        settings = desk_settings(
            db,
            smtp_port=servers.smtp_port,
            smtp_user=servers.user,
            smtp_password=servers.password,
            public_url="http://127.0.0.1",
        )
        with desk_client(settings) as client:
            pages = []
            for address in ("mallory@evil.test", "Rita@Agency.test"):
                form = client.get("/login")
                answer = client.post("/login", data={"csrf": csrf_of(form.text), "email": address})
                pages.append((answer.status_code, re.sub(r'value="[^"]+"', "", answer.text)))
            assert pages[0] == pages[1]
            await wait_until(lambda: _sent_to(servers, "rita@agency.test"), SENT_WAIT)
            [raw] = _sent_to(servers, "rita@agency.test")
            assert _sent_to(servers, "mallory@evil.test") == []
            mail = parse_mail(raw)
            assert mail["Auto-Submitted"] == "auto-generated"
            found = re.search(r"http://127\.0\.0\.1(/login/\S+)", text_of(mail))
            assert found, text_of(mail)
            page = client.get(found.group(1))
            signed = client.post(found.group(1), data={"csrf": csrf_of(page.text)})
            assert signed.status_code == 200 and "Jane Doe" in signed.text


def test_login_link_prints_a_link_for_a_recruiter_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`rounds login-link`: a link on stdout for a recruiter; one line and exit 2 otherwise.
    The desk accepts the printed link: both share the secret file beside the tracker."""
    db = tracker(tmp_path / "rounds.json", [process("p1", "Jane Doe")])
    monkeypatch.setenv("ROUNDS_DB", str(db))
    monkeypatch.setenv("ROUNDS_RECRUITERS", "rita@agency.test")
    monkeypatch.setenv("ROUNDS_PUBLIC_URL", "https://desk.agency.test/")
    assert main(["login-link", "nobody@agency.test"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "nobody@agency.test" in err
    assert main(["login-link", "rita@agency.test"]) == 0
    out, _ = capsys.readouterr()
    assert re.fullmatch(r"https://desk\.agency\.test/login/[\w.-]+\n", out)
    with desk_client(desk_settings(db), datetime.now(UTC)) as client:
        page = client.get(out.strip().removeprefix("https://desk.agency.test"))
        assert page.status_code == 200 and "Sign in as rita@agency.test" in page.text


@pytest.mark.parametrize(
    ("env", "argv", "says"),
    [
        ({}, ["serve", "--port", "70000"], "--port 70000 is not a port number"),
        ({}, ["serve", "--port", "-1"], "--port -1 is not a port number"),
        ({"ROUNDS_SERVE_PORT": "65536"}, ["serve"], "ROUNDS_SERVE_PORT"),
        ({"ROUNDS_SERVE_PORT": "0"}, ["login-link", "rita@agency.test"], "ROUNDS_PUBLIC_URL"),
        ({"ROUNDS_RECRUITERS": ""}, ["serve"], "nobody could sign in"),
        ({"ROUNDS_PUBLIC_URL": "desk.agency.test"}, ["serve"], "not an http(s) address"),
    ],
)
def test_serve_refuses_bad_settings_in_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    env: dict[str, str],
    argv: list[str],
    says: str,
) -> None:
    """A bad port, public address or an empty recruiter list, or a link with no address to
    name (the desk picks its port at start): one line, exit 2, no server."""
    monkeypatch.setenv("ROUNDS_DB", str(tmp_path / "rounds.json"))
    monkeypatch.setenv("ROUNDS_RECRUITERS", "rita@agency.test")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1


def test_serve_names_a_port_in_use_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A port another server holds: one line naming it, exit 2."""
    monkeypatch.setenv("ROUNDS_DB", str(tmp_path / "rounds.json"))
    monkeypatch.setenv("ROUNDS_RECRUITERS", "rita@agency.test")
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert f"cannot listen on 127.0.0.1:{port}" in err and err.count("\n") == 1


async def test_sign_in_links_to_one_address_are_capped_per_hour(tmp_path: Path) -> None:
    """The login form cannot flood a recruiter: LINKS_PER_HOUR links an hour, then none
    until the hour has passed."""
    db = tracker(tmp_path / "rounds.json", [process("p1", "Jane Doe")])
    async with MailServers(agent_address="agent@rounds.test") as servers:
        settings = desk_settings(
            db, smtp_port=servers.smtp_port, smtp_user=servers.user, smtp_password=servers.password
        )
        mailer = LinkMailer(settings, DeskFiles(db))
        for _ in range(LINKS_PER_HOUR + 2):
            await mailer.send("rita@agency.test", "http://127.0.0.1/login/x", NOW)
        assert len(_sent_to(servers, "rita@agency.test")) == LINKS_PER_HOUR
        await mailer.send("rita@agency.test", "http://127.0.0.1/login/x", NOW + timedelta(hours=1))
        assert len(_sent_to(servers, "rita@agency.test")) == LINKS_PER_HOUR + 1
