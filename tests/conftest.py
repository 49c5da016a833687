"""Fixture plugins shared by the whole suite, and Hypothesis settings for shared machines."""

from hypothesis import HealthCheck, settings

pytest_plugins = ["tests.e2e", "tests.fakes", "tests.mailfixtures", "tests.pgserver"]

# These machines are shared and noisy: a property test must fail on a wrong answer,
# never on how long an example took.
settings.register_profile("rounds", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("rounds")
