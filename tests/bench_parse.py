"""Benchmark of parsing in the child process against parsing in place, and a calendar bomb."""

from __future__ import annotations

import asyncio
import statistics
import time
from pathlib import Path

from agent.adapters.parse_worker import parse_isolated
from parsers.mail.limits import MessageTooComplex
from parsers.mail.message import parse_message
from tests.mailfixtures import calendar_mail

EML = Path(__file__).parent / "fixtures" / "eml"
GOAL_MS = 5.0  # what the child may add to one ordinary message


async def _median_ms(raw: bytes, repeat: int) -> tuple[float, float]:
    isolated, in_place = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        await parse_isolated(raw)
        isolated.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        parse_message(raw)
        in_place.append((time.perf_counter() - start) * 1000)
    return statistics.median(isolated), statistics.median(in_place)


async def main() -> None:
    started = time.perf_counter()
    await parse_isolated(b"From: a@b.test\r\n\r\nwarm up\r\n")
    print(f"parser child start: {(time.perf_counter() - started) * 1000:.0f} ms")
    for name in ("gmail_reply_en.eml", "itip_reply_attachment.eml", "outlook_html_alternative.eml"):
        isolated, in_place = await _median_ms((EML / name).read_bytes(), 50)
        verdict = "ok" if isolated - in_place <= GOAL_MS else f"OVER {GOAL_MS} ms"
        print(f"{name:32} child {isolated:5.2f} ms, in place {in_place:5.2f} ms: {verdict}")
    bomb = calendar_mail(60_000, summary_chars=60)
    started = time.perf_counter()
    try:
        await parse_isolated(bomb)
    except MessageTooComplex as exc:
        print(f"{len(bomb)} byte calendar refused in {time.perf_counter() - started:.2f} s: {exc}")


if __name__ == "__main__":
    asyncio.run(main())
