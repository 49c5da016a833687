"""Shared pieces of the desk's tests: trackers (files or PostgreSQL) with processes, a
signed-in client, Chromium."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from agent.config import Settings
from agent.core.process import Person, Process, ProcessStatus, Round, RoundStatus
from agent.desk import auth
from agent.desk.app import create_app
from agent.wiring import desk_state
from parsers.model import Window
from store.db import Change, Store
from store.factory import open_store
from tests.dovecot import skip_unless_ci

NOW = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)  # a Monday
RITA = Person(name="Rita Recruiter", email="rita@agency.test", zone="America/New_York")
SAM = Person(name="Sam Sourcer", email="sam@agency.test", zone="Europe/London")
BOB = Person(name="Bob Smith", email="bob@acme.test", zone="Europe/London")
CHROMIUM = ("chromium", "chromium-browser", "/usr/bin/chromium")


def process(
    pid: str,
    name: str,
    *,
    recruiter: Person = RITA,
    status: ProcessStatus = ProcessStatus.ACTIVE,
    rnd: RoundStatus = RoundStatus.REQUESTED,
    waiting: str | None = "candidate",
    draft: str | None = None,
    company: str = "Acme",
) -> Process:
    """A process of `recruiter` for candidate `name`, its one round in state `rnd`."""
    email = re.sub(r"[^a-z]", "", name.split()[0].lower()) or "someone"
    slot = None
    if rnd in (RoundStatus.SCHEDULED, RoundStatus.CONFIRMED, RoundStatus.COMPLETED):
        start = NOW + timedelta(days=2)
        slot = Window(start, start + timedelta(hours=1))
    round_ = Round(
        number=1,
        status=rnd,
        interviewers=(BOB,),
        slot=slot,
        waiting_since={waiting: NOW - timedelta(days=3)} if waiting else {},
    )
    return Process(
        id=pid,
        candidate=Person(name=name, email=f"{email}@example.com", zone="America/New_York"),
        clients=(BOB,),
        recruiter=recruiter,
        company=company,
        role="Engineer",
        status=status,
        rounds=(round_,),
        created_at=NOW - timedelta(days=5),
        last_contact=NOW - timedelta(days=1),
        draft=draft,
        draft_request="req-1@rounds.test" if draft else None,
    )


def tracker(db: Path, processes: list[Process], **change: Any) -> Path:
    """A tracker file at `db` holding `processes` (and any other parts of a Change)."""
    with Store(db) as store:
        store.commit(Change(processes={p.id: p.to_doc() for p in processes}, **change))
    return db


def commit(settings: Settings, processes: list[Process], **change: Any) -> None:
    """Commit `processes` (and any other parts of a Change) to the tracker `settings` name,
    a file or a PostgreSQL mailbox, as the watcher would."""
    with open_store(settings.db, mailbox=settings.mailbox_id) as store:
        store.commit(Change(processes={p.id: p.to_doc() for p in processes}, **change))


def on_store(request: pytest.FixtureRequest, tmp_path: Path, **extra: Any) -> Settings:
    """Desk settings on the store `request.param` names: "tinydb" (a tracker file) or
    "postgres" (a fresh mailbox on the tests' PostgreSQL server)."""
    if request.param == "postgres":
        extra |= {"mailbox_id": request.getfixturevalue("mailbox_id")}
        return desk_settings(request.getfixturevalue("postgres_url"), **extra)
    return desk_settings(tmp_path / "rounds.json", **extra)


def same_store(settings: Settings, **extra: Any) -> Settings:
    """Desk settings on the tracker of `settings`, with `extra` changed."""
    return desk_settings(settings.db, mailbox_id=settings.mailbox_id, **extra)


def desk_settings(db: str | Path, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "db": db,
        "recruiters": f"{RITA.email}, {SAM.email}",
        "timezone": "America/New_York",
        "agent_address": "agent@rounds.test",
        "smtp_host": "127.0.0.1",
        "smtp_port": 9,  # nothing listens: only the sign-in tests give a real server
        "smtp_tls": "none",
    }
    return Settings(**(values | extra))


def signed_in(client: TestClient, settings: Settings, email: str, now: datetime) -> str:
    """Sign `client` in as `email` with a fresh link; return the session's CSRF token."""
    state = desk_state(settings)
    try:
        link = auth.login_url("", auth.login_token(state.secret(), email, now))
    finally:
        state.close()
    page = client.get(link)
    assert page.status_code == 200, page.text
    done = client.post(link, data={"csrf": csrf_of(page.text)}, follow_redirects=False)
    assert done.status_code == 303, done.text
    board = client.get("/")
    assert board.status_code == 200
    return csrf_of(board.text)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF field on the page"
    return found.group(1)


@contextmanager
def desk_client(
    settings: Settings, now: datetime = NOW, *, base_url: str = "http://127.0.0.1"
) -> Iterator[TestClient]:
    with TestClient(create_app(settings, clock=lambda: now), base_url=base_url) as c:
        yield c


def chromium() -> str:
    """Debian's chromium; a skip without it, but a failure in CI, where it must be there."""
    found = next((p for p in map(shutil.which, CHROMIUM) if p), None)
    if found is None:
        skip_unless_ci("chromium not installed (apt-get install chromium)", "the browser tests")
    return found


# Widest element wider than the viewport: what makes a phone scroll sideways.
OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > width + 1)
    .map(e => e.tagName + '.' + e.className);
  return {scroll: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5)};
}"""
