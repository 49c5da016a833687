"""`rounds clients check` as a user runs it (a real process), `rounds doctor`'s clients
line, and the agent telling the recruiters of a clients file with problems, once per
version, while it goes on without it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from agent.adapters.clients_file import check_clients
from agent.adapters.memory import MemoryClock, MemoryMail, MemoryStore
from agent.cli.doctor import check_clients_file
from agent.config import Settings
from agent.ports import outbox_items
from agent.service import Agent
from agent.wiring import build_agent
from tests.agent.test_clients import EXAMPLE

BAD = """
[clients."acme.example"]
company = "Acme"
compnay = "Acme"
format = "zoom"
link = "http://meet.acme.example/x"
[clients."acme.example".rounds.2]
interviewers = ["Eve <eve@evil.example>"]
"""


def rounds(*args: str, env: dict[str, str] | None = None) -> tuple[int, list[str], str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("ROUNDS_", "OPENAI_"))}
    done = subprocess.run(
        [sys.executable, "-m", "agent.cli.app", *args],
        env=clean | (env or {}),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done.returncode, done.stdout.splitlines(), done.stderr


def write(tmp_path: Path, text: str, name: str = "clients.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_clean_file_is_one_ok_line(tmp_path: Path) -> None:
    """The README's example passes: exit 0 and a one-line summary."""
    path = write(tmp_path, EXAMPLE)
    assert rounds("clients", "check", str(path)) == (0, [f"{path}: OK, 1 client"], "")


def test_problems_are_one_line_each_with_file_key_and_example(tmp_path: Path) -> None:
    """Four mistakes, four lines, exit 1; each names the file, the key path and a right value."""
    path = write(tmp_path, BAD)
    code, lines, _ = rounds("clients", "check", str(path))
    assert code == 1
    assert [line.split(": ")[1] for line in lines] == [
        'clients."acme.example".format',
        'clients."acme.example".link',
        'clients."acme.example".compnay',
        'clients."acme.example".rounds.2.interviewers',
    ]
    assert all(line.startswith(f"{path}: ") and "(such as " in line for line in lines)


def test_a_zone_problem_names_one_right_value(tmp_path: Path) -> None:
    """The shared zone check already gives an example; the line does not add a second."""
    path = write(tmp_path, '[clients."acme.example"]\ntimezone = "Mars/Base"\n')
    code, lines, _ = rounds("clients", "check", str(path))
    assert code == 1
    (line,) = lines
    assert "'Mars/Base'" in line and line.count("such as") == 1


def test_rounds_clients_setting_is_the_default_file(tmp_path: Path) -> None:
    """Without FILE the command checks ROUNDS_CLIENTS; a TOML error is a problem line."""
    path = write(tmp_path, "[clients\n")
    code, lines, _ = rounds("clients", "check", env={"ROUNDS_CLIENTS": str(path)})
    assert (code, len(lines)) == (1, 1)
    assert lines[0].startswith(f"{path}: not valid TOML")


def test_a_file_that_cannot_be_read_exits_2(tmp_path: Path) -> None:
    """A missing file, or none named at all, is exit 2 with the reason on stderr."""
    code, lines, err = rounds("clients", "check", str(tmp_path / "nope.toml"))
    assert (code, lines) == (2, []) and "cannot read" in err
    code, _, err = rounds("clients", "check")
    assert code == 2 and "ROUNDS_CLIENTS" in err


def test_doctor_has_one_clients_line(tmp_path: Path) -> None:
    """`rounds doctor` passes a right file with its count and fails a wrong one in one line."""
    good = check_clients_file(Settings(clients=write(tmp_path, EXAMPLE)))
    assert good is not None and good.line().startswith("PASS clients file (1 clients in ")
    bad = check_clients_file(Settings(clients=write(tmp_path, BAD, "bad.toml")))
    assert bad is not None and not bad.ok
    assert ".format: " in bad.line() and "(and 3 more)" in bad.line()
    assert "\n" not in bad.line()
    assert check_clients_file(Settings()) is None


GOOD = EXAMPLE.split('[clients."acme.example".people.')[0]  # no Google calendar to log in to
RECRUITERS = ("rita@agency.test", "sam@agency.test")


def agent_on(path: Path, store: MemoryStore) -> Agent:
    """The agent `rounds watch` builds on the clients file at `path` and `store`."""
    mail = MemoryMail(agent_address="agent@rounds.test")
    settings = Settings(
        agent_address="agent@rounds.test", recruiters=",".join(RECRUITERS), clients=path
    )
    return build_agent(
        settings, store, clock=MemoryClock(), mailbox=mail.source(), sender=mail.sender()
    )


def told(store: MemoryStore) -> list[dict[str, Any]]:
    """The clients-file emails queued so far, one dict (to, text) each."""
    return [
        {"to": item.mail["to"][0]["email"], "text": item.mail["text"]}
        for item in outbox_items(store)
        if item.mail["subject"] == "The clients file has problems"
    ]


def test_a_file_with_problems_is_told_to_each_recruiter_and_the_agent_starts(
    tmp_path: Path,
) -> None:
    """A clients file with problems starts the agent without it, and each recruiter gets one
    email naming the file and every problem as `rounds clients check` prints it."""
    path = write(tmp_path, BAD)
    store = MemoryStore()
    agent = agent_on(path, store)
    assert agent.policy.clients.clients == {}
    _, lines = check_clients(path)
    mails = told(store)
    assert [m["to"] for m in mails] == list(RECRUITERS)
    for mail in mails:
        assert str(path) in mail["text"] and "has 4 problem(s)" in mail["text"]
        assert all(f"- {line}\n" in mail["text"] for line in lines)
        assert "the settings' defaults only" in mail["text"]


def test_the_same_file_is_told_once_even_after_a_restart(tmp_path: Path) -> None:
    """Another pass, or a new agent on the same tracker, does not tell the same content again."""
    path = write(tmp_path, BAD)
    store = MemoryStore()
    agent = agent_on(path, store)
    agent.reload_clients()
    agent_on(path, store).reload_clients()
    assert len(told(store)) == len(RECRUITERS)


def test_a_fixed_file_applies_without_a_restart_and_a_new_breakage_is_told(
    tmp_path: Path,
) -> None:
    """Fixing the file brings its clients in at the next look; breaking it again keeps that
    last good version and tells the new problem, naming what the agent goes on with."""
    path = write(tmp_path, "[clients\n")
    store = MemoryStore()
    agent = agent_on(path, store)
    assert len(told(store)) == 2 and "not valid TOML" in told(store)[0]["text"]
    write(tmp_path, GOOD)
    agent.reload_clients()
    assert list(agent.policy.clients.clients) == ["acme.example"]
    assert len(told(store)) == 2
    write(tmp_path, GOOD.replace('format = "onsite"', 'format = "zoom"'))
    agent.reload_clients()
    assert list(agent.policy.clients.clients) == ["acme.example"]
    again = told(store)[2:]
    assert len(again) == 2 and "'zoom' is none of video, phone, onsite" in again[0]["text"]
    assert "the version of the file I read before" in again[0]["text"]


def test_a_calendar_the_settings_cannot_read_is_a_problem_told(tmp_path: Path) -> None:
    """A Google calendar in the file without ROUNDS_CALENDARS' [google] table is told like
    any other problem; the file is not used, and the agent starts."""
    store = MemoryStore()
    agent = agent_on(write(tmp_path, EXAMPLE), store)
    assert agent.policy.clients.clients == {}
    assert "[google] table in ROUNDS_CALENDARS" in told(store)[0]["text"]


def test_a_missing_file_is_told_and_the_agent_starts(tmp_path: Path) -> None:
    """A clients file that cannot be read is a problem told to the recruiters, not a stop."""
    store = MemoryStore()
    agent_on(tmp_path / "nope.toml", store)
    assert "cannot read" in told(store)[0]["text"]
