"""`make demo` ends with the command that opens the desk on the tracker it leaves."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from agent.cli.app import main
from agent.dev.demo import RECRUITER, _print_desk_command
from tests.deskkit import process, tracker


def test_the_printed_command_opens_the_desk_on_the_demo_tracker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last line is one command; its sign-in half prints a link for the demo's recruiter
    from the config the demo left beside its tracker."""
    tracker(tmp_path / "rounds.json", [process("p1", "Jane Doe")])
    _print_desk_command(tmp_path)
    command = capsys.readouterr().out.strip().splitlines()[-1]
    login, serve = command.split(" && ")
    assert shlex.split(serve)[-1] == "serve"
    for name in ("ROUNDS_DB", "ROUNDS_RECRUITERS"):
        monkeypatch.delenv(name, raising=False)
    assert main(shlex.split(login)[1:]) == 0
    assert "/login/" in capsys.readouterr().out
    assert shlex.split(login)[-1] == RECRUITER.email
    assert (tmp_path / "rounds.toml").stat().st_mode & 0o777 == 0o600
