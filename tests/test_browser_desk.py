"""The desk in a real browser: Debian's headless Chromium driven through Playwright.

The desk runs in this process on a loopback port over the sandbox agent's tracker; the
agent (`rounds watch`) runs beside it and applies what the page asks for.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from agent.core.process import Person, Process, ProcessStatus, RoundStatus
from agent.desk import auth
from agent.desk.app import create_app
from agent.desk.files import DeskFiles
from agent.dev.sandbox import MailServers, listening_socket
from agent.rendering.summary import build_summary
from store.db import Change
from tests.deskkit import OVERFLOW_JS, SAM, chromium, process, tracker
from tests.e2e import CANDIDATE, RECRUITER, Harness, running_agent, settings_for
from tests.test_notice_race import wait_until

pytest.importorskip("playwright")
from playwright.async_api import Browser, Dialog, Page, async_playwright

UI_WAIT = 30_000  # ms for the page to show a change: the board polls every 2 s
APPLIED = 60.0  # s for the watcher to apply a request (it is woken within a second or so)
PHONE = {"width": 420, "height": 900}


@asynccontextmanager
async def desk(h: Harness, **extra: Any) -> AsyncIterator[str]:
    """The desk over the harness's tracker, on a loopback socket it is handed already
    listening (so no other server can take its port first); yields its base URL."""
    with listening_socket() as sock:
        port = sock.getsockname()[1]
        settings = settings_for(h.servers, h.db, serve_port=port, **(h.extra | extra))
        app = create_app(settings, clock=h.clock)
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        server = uvicorn.Server(config)
        task = asyncio.create_task(server.serve(sockets=[sock]))
        await wait_until(lambda: server.started or task.done(), 30)
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            server.should_exit = True
            await task


@asynccontextmanager
async def browser() -> AsyncIterator[Browser]:
    path = chromium()
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=path, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            yield launched
        finally:
            await launched.close()


async def sign_in(page: Page, base: str, h: Harness, email: str = RECRUITER.email) -> None:
    """Open a fresh sign-in link as the recruiter would from her email, and click Sign in."""
    assert isinstance(h.db, Path)
    token = auth.login_token(DeskFiles(h.db).secret(), email, h.clock.now)
    await page.goto(auth.login_url(base, token))
    await page.click("#signin")
    await page.wait_for_url(f"{base}/")


@asynccontextmanager
async def watching(h: Harness) -> AsyncIterator[None]:
    """`rounds watch` running (IDLE for minutes): only a desk request wakes it early."""
    stop = asyncio.Event()
    task = asyncio.create_task(h.agent.run_forever(stop, idle_timeout=600))
    try:
        yield
    finally:
        stop.set()
        await task


async def _scripted(h: Harness, servers: MailServers) -> None:
    """A kickoff, and the candidate's availability: Jane waits on the client."""
    await h.kickoff()
    await h.step()
    h.clock.advance(hours=1)
    await CANDIDATE.reply(servers, "Thursday morning works, or Friday after 2pm.", now=h.clock.now)
    await h.step()


async def test_sign_in_see_the_board_and_pause_from_it(
    servers: MailServers, tmp_path: Path
) -> None:
    """Sign in with a link; the board shows the scripted process; Pause queues a request the
    watcher applies, and the open page shows the process paused without a reload."""
    async with running_agent(servers, tmp_path) as h, desk(h) as base, browser() as chrome:
        await _scripted(h, servers)
        page = await chrome.new_page()
        await sign_in(page, base, h)
        card = page.locator("article.card", has_text="Jane Doe")
        await card.wait_for(timeout=UI_WAIT)
        assert "Interview #1" in await card.inner_text()
        async with watching(h):
            await card.get_by_role("button", name="Pause").click()
            await page.wait_for_url(f"{base}/")
            await page.locator(".group-recruiter article", has_text="Jane Doe").wait_for(
                timeout=UI_WAIT
            )
        [paused] = h.processes()
        assert paused.status == ProcessStatus.PAUSED
        assert any(e.get("by") == RECRUITER.email for e in h.store.ledger())
        assert "Resume" in await page.locator("article.card", has_text="Jane Doe").inner_text()


async def test_the_board_follows_the_watcher_by_itself(
    servers: MailServers, tmp_path: Path
) -> None:
    """A commit by the watcher (a new process) shows on an open board with no reload."""
    async with running_agent(servers, tmp_path) as h, desk(h) as base, browser() as chrome:
        page = await chrome.new_page()
        await sign_in(page, base, h)
        assert await page.locator("article.card").count() == 0
        await h.kickoff()
        await h.step()
        await page.locator("article.card", has_text="Jane Doe").wait_for(timeout=UI_WAIT)


async def test_no_page_without_a_session(servers: MailServers, tmp_path: Path) -> None:
    """Every page sends a visitor to /login, which shows no count, name or process."""
    async with running_agent(servers, tmp_path) as h, desk(h) as base, browser() as chrome:
        await _scripted(h, servers)
        page = await chrome.new_page()
        for path in ("/", "/board/cards", "/?q=jane"):
            await page.goto(base + path)
            assert page.url == f"{base}/login"
            text = await page.inner_text("body")
            assert "Jane" not in text and "process" not in text.lower().replace("processes", "")


async def test_a_post_without_the_csrf_token_gets_403(servers: MailServers, tmp_path: Path) -> None:
    """Signed in, a POST carrying the session cookie but no token is refused and changes
    nothing."""
    async with running_agent(servers, tmp_path) as h, desk(h) as base, browser() as chrome:
        await _scripted(h, servers)
        page = await chrome.new_page()
        await sign_in(page, base, h)
        pid = h.processes()[0].id
        answer = await page.request.post(
            f"{base}/process/{pid}/action", form={"action": "pause"}, max_redirects=0
        )
        assert answer.status == 403
        await h.step()
        assert h.processes()[0].status == ProcessStatus.ACTIVE


async def test_two_recruiters_see_only_their_own(servers: MailServers, tmp_path: Path) -> None:
    """Rita and Sam, signed in side by side, each see only their processes."""
    extra = {"recruiters": f"{RECRUITER.email}, {SAM.email}"}
    async with running_agent(servers, tmp_path, **extra) as h:
        await _scripted(h, servers)
        omar = process("sam1", "Omar Quist", recruiter=SAM)
        h.store.commit(Change(processes={omar.id: omar.to_doc()}))
        async with desk(h) as base, browser() as chrome:
            rita = await (await chrome.new_context()).new_page()
            sam = await (await chrome.new_context()).new_page()
            await sign_in(rita, base, h)
            await sign_in(sam, base, h, SAM.email)
            rita_text, sam_text = await rita.inner_text("main"), await sam.inner_text("main")
        assert "Jane Doe" in rita_text and "Omar" not in rita_text
        assert "Omar Quist" in sam_text and "Jane" not in sam_text


async def test_a_hostile_candidate_name_shows_as_text(tmp_path: Path) -> None:
    """A name full of markup is shown letter for letter and runs nothing."""
    name = '<img src=x onerror="document.title=\'owned\'"><script>document.title="owned"</script>'
    db = tracker(tmp_path / "rounds.json", [process("p1", name)])
    async with (
        MailServers() as servers,
        running_agent(servers, tmp_path, db=db) as h,
        desk(h) as base,
        browser() as chrome,
    ):
        page = await chrome.new_page()
        await sign_in(page, base, h)
        heading = page.locator("article.card h3").first
        assert await heading.inner_text() == name
        assert await page.title() != "owned"
        assert await page.locator("article img, article script").count() == 0


async def test_no_sideways_scrolling_at_420px(tmp_path: Path) -> None:
    """At 420 px the board (long names, many rounds, every group) and the weekly summary
    email are no wider than the screen."""
    long = "Maximiliana Konstantinopoulou-Vanderberghe-Featherstonehaugh"
    processes = [
        process("p1", long, company="Extraordinarily Long Company Name Incorporated GmbH"),
        process("p2", "Ann Draft", draft="We are delighted to offer you the role, truly."),
        process("p3", "Cid Client", waiting="client"),
        process("p4", "Fay Closed", status=ProcessStatus.OFFER, waiting=None),
        _with_panel(process("p5", "Gil Panel", rnd=RoundStatus.CONFIRMED, waiting=None)),
    ]
    db = tracker(tmp_path / "rounds.json", processes)
    async with (
        MailServers() as servers,
        running_agent(servers, tmp_path, db=db) as h,
        desk(h) as base,
        browser() as chrome,
    ):
        page = await chrome.new_page(viewport=PHONE)
        await sign_in(page, base, h)
        await page.locator("details.more").first.click()  # the widest part, opened
        board = await page.evaluate(OVERFLOW_JS)
        summary = build_summary(
            processes,
            recruiter=RECRUITER.email,
            now=h.clock.now,
            since=None,
            zone="America/New_York",
            desk_url=base,
        )
        # A fresh page: the desk's Content-Security-Policy would block the email's styles.
        inbox = await chrome.new_page(viewport=PHONE)
        await inbox.set_content(summary.html)
        mail = await inbox.evaluate(OVERFLOW_JS)
    assert LONG_ADDRESS in summary.html  # the panel's addresses are in the summary's cards
    assert board["scroll"] <= PHONE["width"], board
    assert mail["scroll"] <= PHONE["width"], mail


LONG_ADDRESS = "maximiliana.konstantinopoulou-vanderberghe@extraordinarily-long-company.test"


def _with_panel(found: Process) -> Process:
    """`found` with a panel of three, one of them with a very long name and address."""
    panel = (
        Person(name="Maximiliana Konstantinopoulou", email=LONG_ADDRESS, zone="UTC"),
        Person(name="Dana Lee", email="dana@extraordinarily-long-company.test", zone="UTC"),
        Person(name="", email="carol@extraordinarily-long-company.test", zone="UTC"),
    )
    return found.with_round(found.current.model_copy(update={"interviewers": panel}))


async def test_cancel_asks_first(servers: MailServers, tmp_path: Path) -> None:
    """Cancel mails everyone, so the page asks: dismissed, nothing is queued; accepted, the
    request is queued."""
    async with running_agent(servers, tmp_path) as h, desk(h) as base, browser() as chrome:
        await _scripted(h, servers)
        page = await chrome.new_page()
        await sign_in(page, base, h)
        asked: list[str] = []

        async def answer(dialog: Dialog) -> None:
            asked.append(dialog.message)
            await (dialog.accept() if len(asked) > 1 else dialog.dismiss())

        page.on("dialog", answer)
        button = page.locator("article.card", has_text="Jane Doe").get_by_role(
            "button", name="Cancel #1"
        )
        await button.click()
        assert isinstance(h.db, Path)
        assert DeskFiles(h.db).requests() == []
        await button.click()
        await page.locator(".pending", has_text="cancel").wait_for(timeout=UI_WAIT)
        assert asked[0] == "Cancel #1 for Jane Doe? Everyone on it gets an email."
        [request] = DeskFiles(h.db).requests()
        assert (request.action, request.number) == ("cancel", 1)
