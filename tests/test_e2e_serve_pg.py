"""Black box on PostgreSQL: `rounds watch`, a standby `rounds watch --serve` and `rounds serve`
on one mailbox, loopback IMAP and SMTP, headless Chromium as the recruiter."""

from __future__ import annotations

import contextlib
import os
import re
import signal
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from agent.core.process import Process, ProcessStatus
from agent.dev.sandbox import MailServers
from store.factory import open_store
from store.postgres import connect
from tests.e2e import AGENT, LABELLED_KICKOFF, RECRUITER
from tests.test_browser_desk import UI_WAIT, browser
from tests.test_cli import _env
from tests.test_e2e_serve import STEP, _child, _listening, _rounds
from tests.test_notice_race import wait_until


def _processes(url: str, mailbox: str) -> list[Process]:
    with open_store(url, mailbox=mailbox, readonly=True) as store:
        return [Process.from_doc(d) for d in store.processes().values()]


def _desk_keys(url: str, mailbox: str) -> Counter[str]:
    """How many ledger entries carry each desk request's key."""
    with open_store(url, mailbox=mailbox, readonly=True) as store:
        return Counter(key for e in store.ledger() for key in e["keys"] if key.startswith("desk:"))


def _desk_at(log: Path) -> str | None:
    """The address a desk said it listens on (ROUNDS_SERVE_PORT=0: the port it was given)."""
    found = re.search(rb"desk on (http://127\.0\.0\.1:\d+)", log.read_bytes())
    return found.group(1).decode() if found else None


def _queued(url: str, mailbox: str) -> int:
    with connect(url) as conn:
        row = conn.execute(
            "SELECT count(*) FROM rounds_desk_request WHERE mailbox = %s", [mailbox]
        ).fetchone()
    return int(row[0]) if row else -1


async def test_the_desk_and_a_standby_on_a_postgresql_mailbox(
    tmp_path: Path, postgres_url: str, mailbox_id: str
) -> None:
    """Signed in on `rounds serve`, Rita sees the kickoff's card; a POST without CSRF is
    refused; her Pause is applied once by the active watcher and shows on the board and on
    the process page she left open. The active is killed: the standby takes over, its desk
    (`watch --serve`) accepts her session (the secret lives in the mailbox), and her Resume
    is applied once by it. The queue ends empty; each desk key is in the ledger once."""
    logs = {name: tmp_path / f"{name}.log" for name in ("active", "standby", "serve")}
    async with MailServers(agent_address=AGENT) as servers:
        env = _env(servers, tmp_path / "unused.json") | {
            "ROUNDS_DB": postgres_url,
            "ROUNDS_MAILBOX_ID": mailbox_id,
            "ROUNDS_SERVE_PORT": "0",  # each desk binds a free port itself and names it: no race
        }
        code, said = await _rounds(["db", "upgrade"], env)
        assert code == 0 and "nothing to apply" in said
        async with contextlib.AsyncExitStack() as stack:
            active = await stack.enter_async_context(_child(["watch"], env, logs["active"]))
            await wait_until(lambda: b"watching" in logs["active"].read_bytes(), STEP)
            await stack.enter_async_context(_child(["watch", "--serve"], env, logs["standby"]))
            await wait_until(lambda: b"standing by" in logs["standby"].read_bytes(), STEP)
            await stack.enter_async_context(_child(["serve"], env, logs["serve"]))
            chrome = await stack.enter_async_context(browser())
            await RECRUITER.send(
                servers,
                to=AGENT,
                subject="Jane / Acme",
                text=LABELLED_KICKOFF,
                now=datetime.now(UTC),
            )
            await wait_until(
                lambda: _processes(postgres_url, mailbox_id) and _desk_at(logs["serve"]), STEP
            )
            [process] = _processes(postgres_url, mailbox_id)
            base = _desk_at(logs["serve"])
            assert base is not None and _listening(int(base.rsplit(":", 1)[1]))
            assert _desk_at(logs["standby"]) is None  # a standby serves nothing until it takes over

            public = env | {"ROUNDS_PUBLIC_URL": base}
            code, link = await _rounds(["login-link", RECRUITER.email], public)
            assert code == 0 and link.startswith(f"{base}/login/")
            context = await chrome.new_context()
            rita = await context.new_page()
            await rita.goto(link.strip())
            await rita.click("#signin")
            card = rita.locator("article.card", has_text="Jane Doe")
            await card.wait_for(timeout=UI_WAIT)
            story = await context.new_page()
            await story.goto(f"{base}/process/{process.id}")
            await story.locator("h1", has_text="Jane Doe").wait_for(timeout=UI_WAIT)

            refused = await rita.request.post(
                f"{base}/process/{process.id}/action", form={"action": "pause"}
            )
            assert refused.status == 403 and _queued(postgres_url, mailbox_id) == 0

            await card.get_by_role("button", name="Pause").click()
            await wait_until(
                lambda: _processes(postgres_url, mailbox_id)[0].status == ProcessStatus.PAUSED,
                STEP,
            )
            await rita.locator(".group-recruiter article", has_text="Jane Doe").wait_for(
                timeout=UI_WAIT
            )
            # The process page, never reloaded, shows the pause on its story by itself.
            await story.locator(".timeline li.kind-action", has_text="pause").wait_for(
                timeout=UI_WAIT
            )
            assert list(_desk_keys(postgres_url, mailbox_id).values()) == [1]

            os.kill(active.pid, signal.SIGKILL)
            assert await active.wait() == -signal.SIGKILL
            await wait_until(lambda: b"took over" in logs["standby"].read_bytes(), STEP)
            await wait_until(lambda: _desk_at(logs["standby"]) is not None, STEP)
            other = _desk_at(logs["standby"])
            assert other is not None and other != base
            await rita.goto(f"{other}/")
            paused = rita.locator("article.card", has_text="Jane Doe")
            await paused.get_by_role("button", name="Resume").click()
            await wait_until(
                lambda: _processes(postgres_url, mailbox_id)[0].status == ProcessStatus.ACTIVE,
                STEP,
            )
            await wait_until(lambda: _queued(postgres_url, mailbox_id) == 0, STEP)
            keys = _desk_keys(postgres_url, mailbox_id)
            assert len(keys) == 2 and set(keys.values()) == {1}, keys
