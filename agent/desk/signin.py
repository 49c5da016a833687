"""Sign-in links by email, sent straight through the agent's SMTP settings."""

from __future__ import annotations

import logging
from collections import deque
from datetime import datetime, timedelta

from agent.config import Settings
from agent.desk.auth import LINK_LIFETIME
from agent.errors import RoundsError
from agent.rendering.compose import render
from agent.rendering.letters import standalone_mail
from agent.rendering.notices import fresh_id
from parsers.model import Address

log = logging.getLogger("rounds.desk")

LINKS_PER_HOUR = 5  # per address: the form must not become a way to flood a recruiter


class LinkMailer:
    """Mails sign-in links, at most LINKS_PER_HOUR per address; failures are only logged
    (the page answers the same whatever happens)."""

    def __init__(self, settings: Settings) -> None:
        from agent.wiring import smtp_sender  # keeps the desk's import light

        self._agent = Address(settings.agent_address.lower(), settings.agent_name)
        self._sender = smtp_sender(settings)
        self._sent: dict[str, deque[datetime]] = {}

    def _room(self, email: str, now: datetime) -> bool:
        recent = self._sent.setdefault(email, deque())
        while recent and recent[0] <= now - timedelta(hours=1):
            recent.popleft()
        if len(recent) >= LINKS_PER_HOUR:
            return False
        recent.append(now)
        return True

    async def send(self, email: str, link: str, now: datetime) -> None:
        if not self._room(email, now):
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
