"""The `rounds` command as users and scripts run it: real processes, real servers."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from agent.dev.sandbox import AUTHSERV_ID, MailServers
from agent.dev.simulation import calendar_of
from tests.e2e import AGENT, CANDIDATE, CLIENT, LABELLED_KICKOFF, RECRUITER, any_time_on_one_day

ROUNDS = [sys.executable, "-m", "agent.cli.app"]


async def _rounds(*args: str, env: dict[str, str], stdin: bytes = b"") -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        *ROUNDS,
        *args,
        env=env,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(stdin), timeout=120)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


def _env(servers: MailServers, db: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("ROUNDS_", "OPENAI_"))}
    return clean | {
        "ROUNDS_IMAP_HOST": "127.0.0.1",
        "ROUNDS_IMAP_PORT": str(servers.imap_port),
        "ROUNDS_IMAP_SSL": "false",
        "ROUNDS_IMAP_USER": servers.user,
        "ROUNDS_IMAP_PASSWORD": servers.password,
        "ROUNDS_SMTP_HOST": "127.0.0.1",
        "ROUNDS_SMTP_PORT": str(servers.smtp_port),
        "ROUNDS_SMTP_TLS": "none",
        "ROUNDS_SMTP_USER": servers.user,
        "ROUNDS_SMTP_PASSWORD": servers.password,
        "ROUNDS_AGENT_ADDRESS": AGENT,
        "ROUNDS_RECRUITERS": RECRUITER.email,
        "ROUNDS_DB": str(db),
        "ROUNDS_TIMEZONE": "America/New_York",
        "ROUNDS_LLM": "off",
        "ROUNDS_AUTHSERV_ID": AUTHSERV_ID,
    }


@pytest.mark.parametrize("store", ["tinydb", "postgres"])
async def test_watch_once_runs_a_round_under_the_environment(
    servers: MailServers, tmp_path: Path, store: str, request: pytest.FixtureRequest
) -> None:
    """`rounds watch --once`, configured only by ROUNDS_* variables, books and confirms a round,
    with the tracker in a file or (after `rounds db upgrade`) in PostgreSQL."""
    env = _env(servers, tmp_path / "rounds.json")
    if store == "postgres":
        env["ROUNDS_DB"] = request.getfixturevalue("empty_postgres_url")
        assert (await _rounds("db", "upgrade", env=env))[0] == 0
    now = datetime.now(UTC)
    await RECRUITER.send(servers, to=AGENT, subject="Jane / Acme", text=LABELLED_KICKOFF, now=now)
    assert (await _rounds("watch", "--once", env=env))[0] == 0
    for actor in (CANDIDATE, CLIENT):
        await actor.reply(servers, any_time_on_one_day(datetime.now(UTC)), now=datetime.now(UTC))
    assert (await _rounds("watch", "--once", env=env))[0] == 0
    for actor in (CANDIDATE, CLIENT):
        # The newest invite, not the newest mail: these runs use the wall clock, and when the slot
        # booked is under a day away the same pass also sends its reminder, after the invite.
        invites = [c for m in actor.inbox(servers) if (c := calendar_of(m)) is not None]
        assert invites
        invite = invites[-1]
        rsvp = actor.rsvp(invite, "ACCEPTED", now=datetime.now(UTC))
        await actor.reply(servers, "Accepted", now=datetime.now(UTC), calendar=rsvp)
    assert (await _rounds("watch", "--once", env=env))[0] == 0

    code, out, _ = await _rounds("tracker", "--format", "json", env=env)
    [row] = json.loads(out)
    assert code == 0
    assert (row["Candidate"], row["Status"]) == ("Jane Doe", "active")
    assert row["Interview #1"].endswith("· confirmed")


async def test_missing_setting_names_it_and_exits_2(tmp_path: Path) -> None:
    """Without ROUNDS_IMAP_USER, `rounds watch` prints one line naming it and exits 2."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ROUNDS_")}
    env["ROUNDS_DB"] = str(tmp_path / "rounds.json")
    code, out, err = await _rounds("watch", "--once", env=env)
    assert (code, out, err.strip()) == (2, "", "rounds: ROUNDS_IMAP_USER is not set")


async def test_invalid_setting_names_it_and_hides_secrets(tmp_path: Path) -> None:
    """A bad value is named in one line; the password set beside it never shows."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ROUNDS_")}
    env |= {"ROUNDS_IMAP_PORT": "not-a-port", "ROUNDS_IMAP_PASSWORD": "hunter2-secret"}
    code, _, err = await _rounds("watch", "--once", env=env)
    assert code == 2
    assert err.startswith("rounds: ROUNDS_IMAP_PORT:")
    assert len(err.strip().splitlines()) == 1
    assert "hunter2" not in err


async def test_extract_unreadable_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """A missing .eml or a broken context gives exit 2 and one line on stderr, no traceback."""
    context = tmp_path / "context.json"
    context.write_text("{not json")
    eml = tmp_path / "m.eml"
    eml.write_bytes(b"From: a@b.example\r\nSubject: hi\r\n\r\nTuesday works\r\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ROUNDS_", "OPENAI_"))}
    for args in (
        ("extract", str(tmp_path / "missing.eml"), "--context", str(context)),
        ("extract", str(eml), "--context", str(context)),
    ):
        code, out, err = await _rounds(*args, "--offline", env=env)
        assert (code, out) == (2, "")
        assert len(err.strip().splitlines()) == 1
        assert "Traceback" not in err


async def test_extract_batch_keeps_order_and_reports_bad_cases(tmp_path: Path) -> None:
    """`--batch` answers every line in order; a bad case gets an error entry and the rest go on."""
    eml = tmp_path / "m.eml"
    eml.write_bytes(
        b"From: Jane <jane@example.com>\r\nDate: Mon, 30 Nov 2026 09:00:00 -0500\r\n"
        b"Subject: Re: times\r\nMessage-ID: <m1@example.com>\r\n\r\n"
        b"I could do Tuesday afternoon.\r\n"
    )
    context = {"role": "candidate", "timezone": "America/New_York", "duration_minutes": 60}
    lines = [
        {"id": "a", "eml": str(eml), "context": context},
        {"id": "b", "eml": str(tmp_path / "nope.eml"), "context": context},
        "not json at all",
        {"id": "d", "eml": str(eml), "context": context},
    ]
    stdin = "".join((json.dumps(x) if isinstance(x, dict) else x) + "\n" for x in lines)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ROUNDS_", "OPENAI_"))}
    code, out, _ = await _rounds("extract", "--batch", "--offline", env=env, stdin=stdin.encode())
    answers = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [a["id"] for a in answers] == ["a", "b", 3, "d"]
    assert [("error" in a) for a in answers] == [False, True, True, False]
    assert answers[0]["intent"] == "availability"
    assert answers[0]["windows"] == [
        {"start": "2026-12-01T12:00:00-05:00", "end": "2026-12-01T17:00:00-05:00"}
    ]
