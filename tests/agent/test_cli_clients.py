"""`rounds clients check` as a user runs it (a real process), `rounds doctor`'s clients
line, and the agent refusing to start on a clients file with problems."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from agent.adapters.memory import MemoryClock, MemoryMail, MemoryStore
from agent.cli.doctor import check_clients_file
from agent.config import Settings
from agent.errors import ConfigError
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


def test_the_agent_does_not_start_on_a_file_with_problems(tmp_path: Path) -> None:
    """A clients file with problems stops the start with the first one named, rather than
    applying half of it."""
    mail = MemoryMail(agent_address="agent@rounds.test")
    settings = Settings(
        agent_address="agent@rounds.test",
        recruiters="rita@agency.test",
        clients=write(tmp_path, BAD),
    )
    with pytest.raises(ConfigError, match=r"ROUNDS_CLIENTS .*\.format: .*\(and 3 more"):
        build_agent(
            settings,
            MemoryStore(),
            clock=MemoryClock(),
            mailbox=mail.source(),
            sender=mail.sender(),
        )
