"""The process page in headless Chromium, after a scripted process: the story, no sideways
scrolling at 420 px, hostile mail shown as text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from agent.dev.sandbox import MailServers
from tests.deskkit import OVERFLOW_JS
from tests.e2e import CANDIDATE, running_agent
from tests.test_browser_desk import PHONE, browser, desk, sign_in

pytest.importorskip("playwright")
from playwright.async_api import Dialog

HOSTILE = "<script>document.title='owned'</script><img src=x onerror=\"document.title='owned'\">"


@pytest.mark.parametrize("width", [PHONE["width"], 1280])
async def test_the_process_page_tells_the_story(
    servers: MailServers, tmp_path: Path, width: int
) -> None:
    """A kickoff and a hostile availability reply show on the process page, newest first,
    what was understood included; the page is no wider than the screen and runs nothing."""
    async with running_agent(servers, tmp_path) as h:
        await h.kickoff()
        await h.step()
        h.clock.advance(hours=1)
        await CANDIDATE.reply(
            servers, f"Thursday morning works, or Friday after 2pm. {HOSTILE}", now=h.clock.now
        )
        await h.step()
        (process,) = h.processes()
        async with desk(h) as base, browser() as chrome:
            page = await chrome.new_page(viewport={"width": width, "height": 900})
            await sign_in(page, base, h)
            await page.click(f'article.card[data-process="{process.id}"] h3 a')
            await page.wait_for_url(f"{base}/process/{process.id}")
            entries = page.locator(".timeline > li")
            reply = page.locator(".timeline > li.kind-in").filter(has_text="Thursday morning")
            assert HOSTILE in await reply.locator(".text").inner_text()
            understood = await reply.locator(".understood").inner_text()
            assert understood.startswith("Understood: availability")
            # the hostile markup is a sentence of its own, no doubt on the times read: the
            # agent records them and waits for the client's
            assert "candidate sent availability" in await reply.locator(".did").inner_text()
            assert await entries.count() >= 4  # the kickoff, two requests and the reply
            assert await page.title() != "owned"
            assert await page.locator("main img, main script").count() == 0
            layout = await page.evaluate(OVERFLOW_JS)
            # Cancel mails everyone: the page asks first, and a No sends nothing.
            asked: list[str] = []

            async def say_no(dialog: Dialog) -> None:
                asked.append(dialog.message)
                await dialog.dismiss()

            page.on("dialog", say_no)
            await page.click("article.process button[value=cancel]")
            assert asked == ["Cancel #1 for Jane Doe? Everyone on it gets an email."]
            assert await page.locator(".pending").count() == 0
            if os.environ.get("ROUNDS_SCREENSHOTS"):
                shot = Path(os.environ["ROUNDS_SCREENSHOTS"]) / f"process-{width}.png"
                await page.screenshot(path=str(shot), full_page=True)
    assert layout["scroll"] <= width, layout
