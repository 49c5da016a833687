"""Black box: real `rounds watch` and `rounds serve` processes, loopback IMAP and SMTP,
headless Chromium as the recruiters."""

from __future__ import annotations

import asyncio
import contextlib
import re
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from agent.core.process import Process, ProcessStatus
from agent.dev.sandbox import PORT_TRIES, MailServers, free_ports, listens
from agent.dev.simulation import parse_mail, text_of
from store.factory import open_store
from tests.deskkit import OVERFLOW_JS, SAM
from tests.e2e import AGENT, LABELLED_KICKOFF, RECRUITER
from tests.test_browser_desk import PHONE, UI_WAIT, browser
from tests.test_cli import ROUNDS, _env
from tests.test_notice_race import wait_until

STEP = 90.0  # seconds per step for child processes on a loaded machine


def _processes(db: Path) -> list[Process]:
    if not db.exists():
        return []
    with open_store(db, mailbox="default", readonly=True) as store:
        return [Process.from_doc(d) for d in store.processes().values()]


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@asynccontextmanager
async def _child(
    args: list[str], env: dict[str, str], log: Path
) -> AsyncIterator[asyncio.subprocess.Process]:
    with log.open("ab") as out:
        proc = await asyncio.create_subprocess_exec(
            *ROUNDS, *args, env=env, stdin=asyncio.subprocess.DEVNULL, stdout=out, stderr=out
        )
    try:
        yield proc
    finally:
        if proc.returncode is None:
            proc.terminate()
            await asyncio.wait_for(proc.wait(), STEP)


@asynccontextmanager
async def _serving(
    servers: MailServers, db: Path, children: list[list[str]], folder: Path
) -> AsyncIterator[dict[str, str]]:
    """`children` running, the last one serving the desk on a free port; yields their
    environment. The desk binds its port itself: when another process took the port after
    `free_port` looked, the children start again on the next one."""
    for port in free_ports():
        env = _env(servers, db) | {
            "ROUNDS_RECRUITERS": f"{RECRUITER.email}, {SAM.email}",
            "ROUNDS_SERVE_PORT": str(port),
            "ROUNDS_PUBLIC_URL": f"http://127.0.0.1:{port}",
        }
        async with contextlib.AsyncExitStack() as stack:
            logs = [folder / f"child{n}-{port}.log" for n in range(len(children))]
            for args, log in zip(children, logs, strict=True):
                desk = await stack.enter_async_context(_child(args, env, log))
            if await _desk_up(desk, port, logs[-1]):
                yield env
                return
    raise RuntimeError(f"the desk found no free port in {PORT_TRIES} tries")


async def _desk_up(desk: asyncio.subprocess.Process, port: int, log: Path) -> bool:
    """True once `desk` listens on `port`; False when its log says the port was taken."""
    async with asyncio.timeout(STEP):
        while not listens(desk.pid, port):
            text = await asyncio.to_thread(log.read_text, errors="replace")
            if "address already in use" in text.lower():
                return False
            if desk.returncode is not None:
                raise RuntimeError(f"the desk exited on start: {text}")
            await asyncio.sleep(0.05)
    return True


async def _rounds(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        *ROUNDS, *args, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, _ = await asyncio.wait_for(proc.communicate(), STEP)
    assert proc.returncode is not None
    return proc.returncode, out.decode()


@pytest.mark.parametrize("together", [False, True], ids=["watch+serve", "watch --serve"])
async def test_watch_and_serve_side_by_side(tmp_path: Path, together: bool) -> None:
    """As two processes or as `rounds watch --serve`: the board after a kickoff; Rita
    pauses from it and the watcher applies it; Sam, signed in by the emailed link, sees
    none of it; a POST without CSRF is refused; the board and the summary email fit 420 px."""
    db = tmp_path / "rounds.json"
    async with MailServers(agent_address=AGENT) as servers:
        children = [["watch", "--serve"]] if together else [["watch"], ["serve"]]
        async with contextlib.AsyncExitStack() as stack:
            env = await stack.enter_async_context(_serving(servers, db, children, tmp_path))
            base = env["ROUNDS_PUBLIC_URL"]
            port = int(env["ROUNDS_SERVE_PORT"])
            chrome = await stack.enter_async_context(browser())
            now = datetime.now(UTC)
            await RECRUITER.send(
                servers, to=AGENT, subject="Jane / Acme", text=LABELLED_KICKOFF, now=now
            )
            await wait_until(lambda: _processes(db) and _listening(port), STEP)

            code, link = await _rounds(["login-link", RECRUITER.email], env)
            assert code == 0 and link.startswith(f"{base}/login/")
            rita = await chrome.new_page()
            await rita.goto(link.strip())
            await rita.click("#signin")
            card = rita.locator("article.card", has_text="Jane Doe")
            await card.wait_for(timeout=UI_WAIT)
            assert "Interview #1" in await card.inner_text()

            refused = await rita.request.post(
                f"{base}/process/{_processes(db)[0].id}/action", form={"action": "pause"}
            )
            assert refused.status == 403

            await card.get_by_role("button", name="Pause").click()
            await wait_until(lambda: _processes(db)[0].status == ProcessStatus.PAUSED, STEP)
            await rita.locator(".group-recruiter article", has_text="Jane Doe").wait_for(
                timeout=UI_WAIT
            )

            await rita.set_viewport_size(PHONE)
            board = await rita.evaluate(OVERFLOW_JS)
            assert board["scroll"] <= PHONE["width"], board

            sam = await (await chrome.new_context()).new_page()
            await sam.goto(f"{base}/login")
            await sam.fill("#email", SAM.email)
            await sam.click("button[type=submit]")
            await sam.get_by_text("Check your email").wait_for(timeout=UI_WAIT)
            await wait_until(lambda: any(SAM.email in c.rcpt_tos for c in servers.sent), STEP)
            mail = parse_mail(next(c.raw for c in servers.sent if SAM.email in c.rcpt_tos))
            found = re.search(rf"{re.escape(base)}/login/\S+", text_of(mail))
            assert found and mail["Auto-Submitted"] == "auto-generated"
            await sam.goto(found.group(0))
            await sam.click("#signin")
            await sam.locator("#board").wait_for(timeout=UI_WAIT)
            assert "Jane" not in await sam.inner_text("main")

            out = tmp_path / "summary.html"
            code, _ = await _rounds(
                ["summary", "--recruiter", RECRUITER.email, "--out", str(out)], env
            )
            assert code == 0
            phone = await chrome.new_page(viewport=PHONE)
            await phone.set_content(out.read_text(encoding="utf-8"))
            mail_fit = await phone.evaluate(OVERFLOW_JS)
            assert mail_fit["scroll"] <= PHONE["width"], mail_fit
            assert await phone.locator(f'a[href="{base}"]').count() == 1
