"""Fixture plugins shared by the whole suite, and Hypothesis settings for shared machines."""

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

pytest_plugins = [
    "tests.e2e",
    "tests.fakes",
    "tests.mailfixtures",
    "tests.dovecot",
    "tests.pgserver",
    "tests.radicale",
]

# These machines are shared and noisy: a property test must fail on a wrong answer,
# never on how long an example took.
settings.register_profile("rounds", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("rounds")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        'mail(kind): "memory" runs the harness in-process on the in-memory mail '
        'account, "servers" (the default) on pymap and aiosmtpd (tests/e2e.py)',
    )


@pytest.fixture
def no_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No ROUNDS_* or OPENAI_* variable and no .env: only what the test sets configures."""
    for name in list(os.environ):
        if name.upper().startswith(("ROUNDS_", "OPENAI_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
