"""The process page in headless Chromium: no sideways scrolling at 420 px, hostile text inert."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from agent.desk import auth
from agent.desk.app import SESSION_COOKIE, create_app
from tests.desk.test_process_page import NOW, desk_settings

playwright = pytest.importorskip("playwright.sync_api")


def _chromium() -> str:
    """Debian's chromium; a skip when missing, but a failure in CI, where it must be there."""
    path = shutil.which("chromium")
    if path is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("chromium is not installed; CI must run the browser tests", pytrace=False)
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return path


@pytest.fixture
def desk_url(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """(base URL, Rita's session token) of a desk served by uvicorn on a loopback port."""
    app = create_app(desk_settings(tmp_path), clock=lambda: NOW)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            pytest.fail("the desk did not start")
        threading.Event().wait(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    token = auth.session_token(app.state.desk.secret, "rita@agency.test", NOW)
    try:
        yield f"http://127.0.0.1:{port}", token
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.mark.parametrize("width", [420, 1280])
def test_process_page_fits_the_screen(desk_url: tuple[str, str], width: int) -> None:
    """At 420 and 1280 px the page scrolls only down; a hostile name shows as text, runs nothing."""
    base, token = desk_url
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": base}])
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(f"{base}/process/p1")
            assert page.locator("h1").inner_text().startswith('Jane <script>alert("x")</script>')
            assert page.locator(".timeline > li").count() == 3
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0
            wider = page.evaluate(
                "[...document.querySelectorAll('body *')].filter("
                "e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1"
                ").length"
            )
            assert wider == 0
            if os.environ.get("ROUNDS_SCREENSHOTS"):
                page.screenshot(
                    path=f"{os.environ['ROUNDS_SCREENSHOTS']}/process-{width}.png", full_page=True
                )
            assert dialogs == []
        finally:
            browser.close()
