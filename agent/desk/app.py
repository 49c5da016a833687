"""The desk's ASGI app: sign-in, the board, actions queued for the watcher, the JSON API.

Every page needs a session except the sign-in pages; every POST needs the session's CSRF
token. The app never writes the tracker: actions go to the request queue (agent/desk/queue.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from agent.config import Settings
from agent.core.process import Process
from agent.desk import auth
from agent.desk.board import Filters, build_board, visible
from agent.desk.queue import new_request
from agent.desk.reader import Snapshot, TrackerReader
from agent.desk.signin import LinkMailer
from agent.desk.story_view import timeline
from agent.errors import InputError, StoreError
from agent.rendering.summary import recruiter_zone
from agent.rendering.tracker import tracker_rows
from agent.wiring import desk_state
from store.export import render
from store.story import StoryEntry

log = logging.getLogger("rounds.desk")

SESSION_COOKIE = "rounds_session"
FORM_BYTES = 64 * 1024  # the largest form is a replacement message of 5,000 characters
REFRESH_SECONDS = 2  # the board asks /api/version this often; a commit shows within 5 s
_HEADERS = {
    # No inline script or style: a name that slipped past escaping still could not run.
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
    "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # a sign-in link's token must not leak onwards
    "Cache-Control": "no-store",
}


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who is looking: a signed-in recruiter (or admin), or a visitor with a pre-session."""

    grant: auth.Grant
    csrf: str
    admin: bool

    @property
    def email(self) -> str:
        return self.grant.email


Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


class Desk:
    """What the routes share: settings, secret, tracker reader, templates, clock."""

    def __init__(self, settings: Settings, *, clock: Clock = _now) -> None:
        self.settings = settings
        self.clock = clock
        self.state = desk_state(settings)
        self.secret = self.state.secret()
        self.reader = TrackerReader(settings, self.state)
        self.mailer = LinkMailer(settings, self.state)
        self.secure = (settings.public_url or "").startswith("https://")
        self.templates = Environment(
            loader=PackageLoader("agent.desk", "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )

    @property
    def base_url(self) -> str:
        """Where links in emails point: ROUNDS_PUBLIC_URL, else the address served on."""
        s = self.settings
        return s.public_url or f"http://{s.serve_host}:{s.serve_port}"

    def use(self, grant: auth.Grant) -> bool:
        """End a sign-in link or session for good; False when it already was."""
        return self.state.use(grant.nonce, grant.expires, self.clock())

    def may_enter(self, email: str) -> bool:
        return email.lower() in self.settings.recruiter_addresses | self.settings.admin_addresses

    def viewer(self, request: Request) -> Viewer | None:
        """The session behind the request's cookie, if valid, unexpired and not signed out."""
        token = request.cookies.get(SESSION_COOKIE, "")
        grant = auth.read_session(self.secret, token, self.clock()) if token else None
        if grant is None or self.state.used(grant.nonce):
            return None
        if grant.signed_in and not self.may_enter(grant.email):
            return None  # removed from ROUNDS_RECRUITERS since signing in
        admin = grant.email in self.settings.admin_addresses
        return Viewer(grant, auth.csrf_token(self.secret, grant), admin)

    def page(
        self,
        name: str,
        viewer: Viewer | None,
        values: Mapping[str, Any] | None = None,
        *,
        status: int = 200,
    ) -> HTMLResponse:
        html = self.templates.get_template(name).render(
            viewer=viewer, csrf=viewer.csrf if viewer else "", **(values or {})
        )
        return HTMLResponse(html, status_code=status, headers=_HEADERS)

    def set_session(self, response: Response, token: str) -> None:
        """Give the browser session `token` (`auth.session_token`) as its cookie."""
        response.set_cookie(
            SESSION_COOKIE,
            token,
            max_age=int(auth.SESSION_LIFETIME.total_seconds()),
            httponly=True,
            samesite="lax",
            secure=self.secure,
            path="/",
        )

    def zone_of(self, snapshot: Snapshot, email: str) -> str:
        return recruiter_zone(snapshot.processes, email, self.settings.timezone)


Handler = Callable[[Request, Desk, Viewer], Awaitable[Response]]


def signed_in(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    """A page for signed-in recruiters only: anyone else goes to /login, learning nothing."""

    async def endpoint(request: Request) -> Response:
        desk: Desk = request.app.state.desk
        viewer = desk.viewer(request)
        if viewer is None or not viewer.grant.signed_in:
            if request.url.path.startswith("/api/"):
                return JSONResponse({"error": "sign in"}, status_code=401, headers=_HEADERS)
            return RedirectResponse("/login", status_code=303, headers=_HEADERS)
        if request.method == "POST" and not await csrf_passes(request, viewer):
            return forbidden(desk, viewer)
        return await handler(request, desk, viewer)

    return endpoint


async def csrf_passes(request: Request, viewer: Viewer | None) -> bool:
    form = await _form(request)
    token = form.get("csrf")
    desk: Desk = request.app.state.desk
    return auth.csrf_ok(desk.secret, viewer.grant if viewer else None, str(token or ""))


async def _form(request: Request) -> FormData:
    # Forms are a few fields; a huge body is not a form of ours.
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > FORM_BYTES:
        raise HTTPException(413, "form too large")
    return await request.form(max_files=0, max_fields=20, max_part_size=FORM_BYTES)


async def _snapshot(desk: Desk) -> Snapshot:
    # Re-reading the tracker is file I/O: off the event loop, which `watch --serve` shares.
    return await asyncio.to_thread(desk.reader.snapshot)


def forbidden(desk: Desk, viewer: Viewer | None) -> Response:
    return desk.page(
        "message.html",
        viewer,
        {"title": "Refused", "text": "The form was stale or not from this page. Reload it."},
        status=403,
    )


# -- the board ------------------------------------------------------------------------


def _filters(request: Request) -> Filters:
    q = request.query_params
    return Filters(
        recruiter=q.get("recruiter", "")[:200],
        client=q.get("client", "")[:200],
        status=q.get("status", "")[:40],
        q=q.get("q", "")[:200],
    )


async def _board_values(request: Request, desk: Desk, viewer: Viewer) -> dict[str, Any]:
    snapshot = await _snapshot(desk)
    mine = visible(snapshot.processes, viewer.email, admin=viewer.admin)
    ids = {p.id for p in mine}
    filters = _filters(request)
    board = build_board(
        mine,
        outbox=[d for d in snapshot.outbox if d.get("process") in ids],
        quarantined=snapshot.quarantined,
        pending=[r for r in snapshot.pending if r.process in ids],
        zone=desk.zone_of(snapshot, viewer.email),
        now=desk.clock(),
        filters=filters,
        admin=viewer.admin,
    )
    return {
        "board": board,
        "filters": filters,
        "version": snapshot.version,
        "zone": desk.zone_of(snapshot, viewer.email),
        "refresh_seconds": REFRESH_SECONDS,
        "back": str(request.url.path) + (f"?{request.url.query}" if request.url.query else ""),
    }


@signed_in
async def board_page(request: Request, desk: Desk, viewer: Viewer) -> Response:
    return desk.page("board.html", viewer, await _board_values(request, desk, viewer))


@signed_in
async def board_cards(request: Request, desk: Desk, viewer: Viewer) -> Response:
    """Only the cards, for the page's own refresh when the version changes."""
    return desk.page("cards.html", viewer, await _board_values(request, desk, viewer))


@signed_in
async def api_version(request: Request, desk: Desk, viewer: Viewer) -> Response:
    return JSONResponse({"version": (await _snapshot(desk)).version}, headers=_HEADERS)


@signed_in
async def api_processes(request: Request, desk: Desk, viewer: Viewer) -> Response:
    """The tracker JSON (`rounds tracker --format json`) of the viewer's processes."""
    snapshot = await _snapshot(desk)
    mine = visible(snapshot.processes, viewer.email, admin=viewer.admin)
    rows = tracker_rows(mine, zone=desk.settings.timezone)
    return Response(render(rows, "json"), media_type="application/json", headers=_HEADERS)


async def _visible(desk: Desk, viewer: Viewer, pid: str) -> tuple[Snapshot, Process] | None:
    """The snapshot and process `pid`, when the viewer may see it."""
    snapshot = await _snapshot(desk)
    mine = visible(snapshot.processes, viewer.email, admin=viewer.admin)
    process = next((p for p in mine if p.id == pid), None)
    return None if process is None else (snapshot, process)


async def _story(desk: Desk, pid: str) -> tuple[list[StoryEntry], str | None]:
    """The process's story, or nothing and why it cannot be read."""
    try:
        return await asyncio.to_thread(desk.reader.story, pid), None  # off the loop too
    except StoreError as exc:
        log.warning("desk: the story of %s cannot be read: %s", pid, exc)
        return [], f"The story cannot be read: {exc}"


def _page_version(snapshot: Snapshot, story: list[StoryEntry]) -> str:
    """The tracker's version and the story's newest entry: what the page's refresh compares."""
    newest = orjson.dumps([len(story), story[-1].to_doc() if story else None])
    return f"{snapshot.version}.{hashlib.sha256(newest).hexdigest()[:16]}"


async def _process_values(desk: Desk, viewer: Viewer, pid: str) -> dict[str, Any] | None:
    """What the process page shows of `pid`; None when the viewer may not see it."""
    found = await _visible(desk, viewer, pid)
    if found is None:
        return None
    snapshot, process = found
    zone = process.recruiter.zone
    board = build_board(
        [process],
        outbox=[d for d in snapshot.outbox if d.get("process") == pid],
        quarantined=(),
        pending=[r for r in snapshot.pending if r.process == pid],
        zone=zone,
        now=desk.clock(),
        filters=Filters(),
        admin=viewer.admin,
    )
    (card,) = (card for _, _, cards in board.groups for card in cards)
    story, error = await _story(desk, pid)
    return {
        "card": card,
        "process": process,
        "zone": zone,
        "back": f"/process/{pid}",
        "items": timeline(story, zone),
        "story_error": error,
        "version": _page_version(snapshot, story),
        "refresh_seconds": REFRESH_SECONDS,
    }


async def _process_response(request: Request, desk: Desk, viewer: Viewer, name: str) -> Response:
    values = await _process_values(desk, viewer, request.path_params["process_id"])
    if values is None:
        return desk.page(
            "message.html", viewer, {"title": "Not found", "text": "No such process."}, status=404
        )
    return desk.page(name, viewer, values)


@signed_in
async def process_page(request: Request, desk: Desk, viewer: Viewer) -> Response:
    """One process: its card, actions and whole story; for its recruiter or an admin only."""
    return await _process_response(request, desk, viewer, "process.html")


@signed_in
async def process_part(request: Request, desk: Desk, viewer: Viewer) -> Response:
    """Only the process's article, for the page's own refresh when the version changes."""
    return await _process_response(request, desk, viewer, "process_part.html")


@signed_in
async def process_version(request: Request, desk: Desk, viewer: Viewer) -> Response:
    """The process page's version: it changes with the tracker or the process's story."""
    pid = request.path_params["process_id"]
    found = await _visible(desk, viewer, pid)
    if found is None:
        return JSONResponse({"error": "no such process"}, status_code=404, headers=_HEADERS)
    story, _ = await _story(desk, pid)
    return JSONResponse({"version": _page_version(found[0], story)}, headers=_HEADERS)


@signed_in
async def process_action(request: Request, desk: Desk, viewer: Viewer) -> Response:
    """Queue a desk action for the watcher; the page shows it pending until applied."""
    form = await _form(request)
    pid = request.path_params["process_id"]
    snapshot = await _snapshot(desk)
    mine = {p.id for p in visible(snapshot.processes, viewer.email, admin=viewer.admin)}
    if pid not in mine:
        return desk.page(
            "message.html", viewer, {"title": "Not found", "text": "No such process."}, status=404
        )
    # A button names its round in its formaction's query; a form in a field.
    raw_number = str(form.get("round") or request.query_params.get("round") or "").strip()
    action = str(form.get("action") or "")
    try:
        number = int(raw_number) if raw_number else None
        request_ = new_request(
            pid,
            action,
            by=viewer.email,
            now=desk.clock(),
            number=number,
            text=str(form.get("text") or ""),
        )
    except (ValueError, InputError) as exc:
        text = str(exc) if isinstance(exc, InputError) else "The interview number is not a number."
        return desk.page("message.html", viewer, {"title": "Not done", "text": text}, status=400)
    await asyncio.to_thread(desk.state.submit, request_)
    back = str(form.get("back") or "/")
    # Only our own paths: a crafted form must not send the recruiter elsewhere.
    if not back.startswith("/") or back.startswith("//"):
        back = "/"
    return RedirectResponse(back, status_code=303, headers=_HEADERS)


# -- sign-in --------------------------------------------------------------------------


def _visitor(request: Request, desk: Desk) -> Viewer:
    """The request's session, or a fresh visitor pre-session (`_with_visitor` sets its cookie)."""
    viewer = desk.viewer(request)
    if viewer is not None:
        return viewer
    token = auth.session_token(desk.secret, "", desk.clock())
    grant = auth.read_session(desk.secret, token, desk.clock())
    assert grant is not None
    request.state.new_session = token
    return Viewer(grant, auth.csrf_token(desk.secret, grant), admin=False)


def _with_visitor(request: Request, desk: Desk, response: Response) -> Response:
    token = getattr(request.state, "new_session", None)
    if token:
        desk.set_session(response, token)
    return response


async def login_page(request: Request) -> Response:
    desk: Desk = request.app.state.desk
    viewer = _visitor(request, desk)
    if viewer.grant.signed_in:
        return RedirectResponse("/", status_code=303, headers=_HEADERS)
    if request.method == "GET":
        return _with_visitor(request, desk, desk.page("login.html", viewer))
    if not await csrf_passes(request, desk.viewer(request)):
        return forbidden(desk, None)
    form = await _form(request)
    email = str(form.get("email") or "").strip().lower()[:320]
    if desk.may_enter(email):
        link = auth.login_url(desk.base_url, auth.login_token(desk.secret, email, desk.clock()))
        # Sent after the answer: the page must not take longer for a recruiter's address.
        task = asyncio.create_task(desk.mailer.send(email, link, desk.clock()))
        request.app.state.tasks.add(task)
        task.add_done_callback(request.app.state.tasks.discard)
    return desk.page("login_sent.html", viewer)


async def login_link(request: Request) -> Response:
    """A sign-in link: GET asks for a click (mail scanners open links), POST signs in."""
    desk: Desk = request.app.state.desk
    token = request.path_params["token"]
    now = desk.clock()
    grant = auth.read_login(desk.secret, token, now)
    viewer = _visitor(request, desk)
    if grant is None or desk.state.used(grant.nonce) or not desk.may_enter(grant.email):
        page = desk.page("login.html", viewer, {"expired": True}, status=400)
        return _with_visitor(request, desk, page)
    if request.method == "GET":
        page = desk.page("login_confirm.html", viewer, {"email": grant.email})
        return _with_visitor(request, desk, page)
    if not await csrf_passes(request, desk.viewer(request)):
        return forbidden(desk, None)
    if not desk.use(grant):
        return desk.page("login.html", viewer, {"expired": True}, status=400)
    if viewer.grant.signed_in:
        desk.use(viewer.grant)  # the session it replaces ends
    response = RedirectResponse("/", status_code=303, headers=_HEADERS)
    desk.set_session(response, auth.session_token(desk.secret, grant.email, now))
    log.info("desk: %s signed in", grant.email)
    return response


@signed_in
async def logout(request: Request, desk: Desk, viewer: Viewer) -> Response:
    desk.use(viewer.grant)  # a copied cookie stops working too
    response = RedirectResponse("/login", status_code=303, headers=_HEADERS)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax")
    return response


def routes() -> list[BaseRoute]:
    static = Path(__file__).with_name("static")
    return [
        Route("/", board_page),
        Route("/board/cards", board_cards),
        Route("/api/version", api_version),
        Route("/api/processes", api_processes),
        Route("/process/{process_id}", process_page),
        Route("/process/{process_id}/part", process_part),
        Route("/api/version/{process_id}", process_version),
        Route("/process/{process_id}/action", process_action, methods=["POST"]),
        Route("/login", login_page, methods=["GET", "POST"]),
        Route("/login/{token}", login_link, methods=["GET", "POST"]),
        Route("/logout", logout, methods=["POST"]),
        Mount("/static", StaticFiles(directory=static), name="static"),
    ]


def create_app(settings: Settings, *, clock: Clock = _now) -> Starlette:
    """The desk over the tracker `settings` name; `clock` is the only time source."""
    desk = Desk(settings, clock=clock)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            desk.state.close()  # its database connection, when it has one

    app = Starlette(routes=routes(), lifespan=lifespan)
    app.state.desk = desk
    app.state.tasks = set()
    return app
