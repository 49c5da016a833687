"""Fixture plugins shared by the whole suite."""

pytest_plugins = ["tests.e2e", "tests.fakes", "tests.mailfixtures"]
