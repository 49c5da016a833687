"""Benchmark of exactly-once sending where the server keeps no sent copy (python -m).

1. The window: the agent readies its copy for Sent before the send (an APPEND lacking only
   its last CRLF) and completes it once SMTP returns. Only a crash between the server's 250
   and that CRLF sends a mail twice: measured as 250 -> SMTP client done (the CRLF follows
   at once); also 250 -> copy stored, which no longer matters. Over SENDS sends per server.
2. The kill test (tests/test_kill.py) under more seeds, on pymap and on Dovecot, neither
   filing sent mail: kills, mail lost, mail doubled, and how many doubles a kill inside the
   window explains.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from agent.adapters.mailbox import ImapMailbox
from agent.adapters.mailer import SmtpSender
from agent.dev.sandbox import Captured
from agent.rendering.compose import OutgoingMail, render
from parsers.model import Address
from tests.dovecot import SERVERS, dovecot_binary, make_servers
from tests.e2e import AGENT
from tests.test_kill import World, run

SENDS = 50
KILL_SEEDS = (1, 2, 3, 4)  # 5 kills each
FROM = Address(AGENT, "Rounds")


async def window(kind: str) -> list[float]:
    """Seconds from each 250 to the end of the agent's APPEND, over SENDS sends."""
    async with make_servers(kind, agent_address=AGENT, files_sent=False) as servers:
        replied: list[float] = []

        def stamp(captured: Captured) -> None:
            replied.append(time.monotonic())

        servers.before_reply = stamp
        mailbox = ImapMailbox(servers.imap_settings())
        sender = SmtpSender(servers.smtp_settings())
        took: list[float] = []
        quit_part: list[float] = []
        try:
            for n in range(SENDS):
                mail = OutgoingMail(
                    message_id=f"w{n}@rounds.test",
                    to=(Address("cand@x.test", "Ann"),),
                    subject=f"Window {n}",
                    text="Hello.\n",
                )
                raw = render(mail, sender=FROM, date=datetime.now(UTC))
                copy = await mailbox.prepare_copy(raw)
                assert copy is not None
                await sender.send(raw, sender=AGENT, recipients=["cand@x.test"])
                quit_part.append(time.monotonic() - replied[-1])
                await copy.keep()  # the window ends once its last CRLF is written, before this
                took.append(time.monotonic() - replied[-1])
        finally:
            await mailbox.close()
    quit_part.sort()
    print(
        f"{kind}: window 250 -> SMTP client done: median {_ms(quit_part)}, "
        f"max {quit_part[-1] * 1000:.1f} ms over {len(quit_part)} sends"
    )
    return took


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.1f} ms"


async def kills(kind: str) -> str:
    world = World(kind, files_sent=False)
    with tempfile.TemporaryDirectory() as folder:
        (calm, _, _), *killed = await asyncio.gather(
            run("calm", Path(folder), None, world),
            *(run(f"seed{s}", Path(folder), s, world) for s in KILL_SEEDS),
        )
    total = lost = doubled = explained = 0
    for mail, count, in_window in killed:
        total += count
        lost += sum((calm - mail).values())
        extra: Counter[tuple[str, str]] = mail - calm
        doubled += sum(extra.values())
        explained += sum((extra & in_window).values())
    return (
        f"{total} kills: {lost} lost, {doubled} doubled "
        f"({explained} of them by a kill inside the window)"
    )


async def main() -> int:
    for kind in SERVERS:
        if kind == "dovecot" and dovecot_binary() is None:
            print("dovecot: not installed, skipped")
            continue
        took = sorted(await window(kind))
        print(
            f"{kind}: 250 -> copy stored (after the window): median {_ms(took)}, "
            f"p90 {took[int(len(took) * 0.9)] * 1000:.1f} ms, max {took[-1] * 1000:.1f} ms "
            f"over {len(took)} sends"
        )
        print(f"{kind}, no server copy: {await kills(kind)}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
