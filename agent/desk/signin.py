"""Sign-in links by email, sent straight through the agent's SMTP settings."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from agent.config import Settings
from agent.desk.auth import LINK_LIFETIME
from agent.errors import RoundsError
from agent.ports import DeskState
from agent.rendering.compose import render
from agent.rendering.letters import standalone_mail
from agent.rendering.notices import fresh_id
from parsers.model import Address

log = logging.getLogger("rounds.desk")

LINKS_PER_HOUR = 5  # per address: the form must not become a way to flood a recruiter


class LinkMailer:
    """Mails sign-in links, at most LINKS_PER_HOUR per address, counted in the desk's state
    (so every desk on the tracker, and a restarted one, keep to it); failures are only
    logged (the page answers the same whatever happens)."""

    def __init__(self, settings: Settings, state: DeskState) -> None:
        from agent.wiring import smtp_sender  # keeps the desk's import light

        self._agent = Address(settings.agent_address.lower(), settings.agent_name)
        self._sender = smtp_sender(settings)
        self._state = state

    async def send(self, email: str, link: str, now: datetime) -> None:
        try:
            room = await asyncio.to_thread(
                self._state.link_mailed, email, now, per_hour=LINKS_PER_HOUR
            )
        except RoundsError as exc:
            log.warning("desk: the sign-in link to %s was not sent: %s", email, exc)
            return
        if not room:
            log.warning("desk: not sending %s another sign-in link this hour", email)
            return
        mail = standalone_mail(
            Address(email, ""),
            "login_link",
            {"link": link, "minutes": str(int(LINK_LIFETIME.total_seconds() // 60))},
            subject="Your sign-in link to the recruiter's desk",
            agent=self._agent,
            message_id=fresh_id(self._agent, "rounds.desk."),
        )
        try:
            raw = render(mail, sender=self._agent, date=now)
            await self._sender.send(raw, sender=self._agent.email, recipients=[email])
        except RoundsError as exc:
            log.warning("desk: the sign-in link to %s was not sent: %s", email, exc)
