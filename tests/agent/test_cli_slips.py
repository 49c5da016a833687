"""The command line's small promises: --version, help that says what is required, and one
clear line with exit 2 for a missing file, an unknown quarantine ID or recruiter."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.cli import app as cli
from store.db import Change, Store


@pytest.fixture(autouse=True)
def _tracker_here(no_settings: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ROUNDS_DB", str(tmp_path / "rounds.json"))


def _error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert cli.main(list(argv)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return err.strip()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == "rounds 0.1.0"


def test_extract_help_shows_context_as_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["extract", "--help"])
    usage = capsys.readouterr().out
    assert "rounds extract MESSAGE.eml --context CONTEXT.json [--offline]" in usage
    assert "[--context" not in usage
    assert "required with MESSAGE.eml" in usage


def test_extract_missing_file_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert _error(capsys, "extract", "/missing.eml") == "rounds: /missing.eml: no such file"


def test_quarantine_retry_checks_the_id_before_the_mail_settings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """No IMAP settings at all: a malformed or unknown ID is still what gets reported."""
    with Store(tmp_path / "rounds.json") as store:
        entry = {"keys": ["uid:INBOX:1:7"], "status": "quarantined", "reason": "x"}
        store.commit(Change(ledger=[entry]))
    bad = _error(capsys, "quarantine", "retry", "nonsense")
    assert bad == "rounds: not a quarantine ID: 'nonsense' (see `rounds quarantine`)"
    unknown = _error(capsys, "quarantine", "retry", "uid:INBOX:1:8")
    assert unknown == "rounds: uid:INBOX:1:8 is not in quarantine (see `rounds quarantine`)"
    known = _error(capsys, "quarantine", "retry", "uid:INBOX:1:7")
    assert known == "rounds: ROUNDS_IMAP_USER is not set"


def test_summary_for_an_unknown_recruiter_exits_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ROUNDS_RECRUITERS", "rita@agency.test")
    Store(tmp_path / "rounds.json").close()  # an empty tracker
    err = _error(capsys, "summary", "--recruiter", "nobody@agency.test")
    assert err == "rounds: nobody@agency.test is not in ROUNDS_RECRUITERS"
    assert cli.main(["summary", "--recruiter", "Rita@agency.test"]) == 0
