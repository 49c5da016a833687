"""Settings: each bad value is one line naming the setting, with an example of a good one."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.cli import app as cli
from agent.config import load_settings
from agent.errors import ConfigError

pytestmark = pytest.mark.usefixtures("no_settings")


def _refused(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> str:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    return str(caught.value)


def test_recruiters_take_commas_or_semicolons(monkeypatch: pytest.MonkeyPatch) -> None:
    """An Outlook-style `;` list is as good as a `,` list; case does not matter."""
    monkeypatch.setenv("ROUNDS_RECRUITERS", " Rita@Agency.test; sam@agency.test ,kim@agency.test;")
    assert load_settings().recruiter_addresses == {
        "rita@agency.test",
        "sam@agency.test",
        "kim@agency.test",
    }


def test_a_bad_recruiter_entry_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    message = _refused(monkeypatch, "ROUNDS_RECRUITERS", "rita@agency.test, notanemail")
    assert message.startswith("ROUNDS_RECRUITERS: 'notanemail' is not an email address")
    assert "such as rita@agency.com" in message


def test_validator_wording_is_ours_with_an_example(monkeypatch: pytest.MonkeyPatch) -> None:
    message = _refused(monkeypatch, "ROUNDS_TIMEZONE", "est")
    assert message == (
        "ROUNDS_TIMEZONE: unknown time zone 'est' (use an IANA name such as America/New_York)"
    )


@pytest.mark.parametrize("port", ["0", "65536", "-5"])
def test_ports_are_range_checked(monkeypatch: pytest.MonkeyPatch, port: str) -> None:
    for name in ("ROUNDS_IMAP_PORT", "ROUNDS_SMTP_PORT"):
        message = _refused(monkeypatch, name, port)
        assert (
            message == f"{name}: {port} is not a port number from 1 to 65535 (such as 993 or 587)"
        )
        monkeypatch.delenv(name)


def test_toml_errors_name_the_file_and_the_unknown_key(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('imap_user = "x\n')
    with pytest.raises(ConfigError, match=rf"^{broken}: not valid TOML"):
        load_settings(broken)
    misspelt = tmp_path / "rounds.toml"
    misspelt.write_text('imap_user = "x"\nrecruiter = "rita@agency.test"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(misspelt)
    assert str(caught.value).startswith(f"{misspelt}: unknown key 'recruiter'")
    good = tmp_path / "good.toml"
    good.write_text('imap_user = "x"\nrecruiters = "rita@agency.test"\n')
    assert load_settings(good).recruiter_addresses == {"rita@agency.test"}


def test_cli_prints_one_line_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ROUNDS_RECRUITERS", "notanemail")
    assert cli.main(["tracker"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("rounds: ROUNDS_RECRUITERS: 'notanemail'")


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("ROUNDS_IMAP_PORT", "not-a-port", "'not-a-port' is not a number (such as 12)"),
        ("ROUNDS_IMAP_SSL", "maybe", "'maybe' is not true or false"),
        (
            "ROUNDS_SMTP_TLS",
            "tls",
            "'tls' is not one of the choices: use 'starttls', 'ssl' or 'none'",
        ),
        (
            "ROUNDS_MAX_PER_RECIPIENT_HOUR",
            "0",
            "0 is too small: use a value greater than or equal to 1",
        ),
        (
            "ROUNDS_BUSINESS_HOURS",
            "9 to 5",
            "expected HH:MM-HH:MM such as 09:00-17:00, got '9 to 5'",
        ),
    ],
)
def test_pydantic_wording_never_leaks(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, expected: str
) -> None:
    assert _refused(monkeypatch, name, value) == f"{name}: {expected}"
