"""Poison messages are set aside with their reason and never block the inbox."""

from __future__ import annotations

import pytest

from agent.cli import main
from agent.quarantine_command import quarantined, retry
from tests.e2e import CANDIDATE, Harness


def _nested(depth: int) -> bytes:
    head = b"From: Jane <jane@example.com>\r\nTo: agent@rounds.test\r\nSubject: deep\r\n"
    head += b"Message-ID: <deep@example.com>\r\nMIME-Version: 1.0\r\n"
    body = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        for i in range(depth)
    )
    return head + body + b"Content-Type: text/plain\r\n\r\nhello\r\n"


async def test_poison_message_is_quarantined_and_the_rest_goes_on(harness: Harness) -> None:
    """A message nested too deep is quarantined with its reason; the kickoff after it runs."""
    await harness.servers.deliver(_nested(60))
    await harness.kickoff()
    await harness.step()
    [poison] = quarantined(harness.store.ledger())
    assert "deeper than" in poison["reason"]
    assert len(harness.processes()) == 1
    assert CANDIDATE.inbox(harness.servers)


async def test_quarantine_lists_and_retries(
    harness: Harness, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`rounds quarantine` prints the ID and reason; a retry handles it again and reports."""
    await harness.servers.deliver(_nested(60))
    await harness.step()
    [poison] = quarantined(harness.store.ledger())
    outcome = await retry(harness.agent, poison["keys"][0])
    assert outcome.startswith(f"{poison['keys'][0]}: quarantined")
    harness.store.close()
    monkeypatch.setenv("ROUNDS_DB", str(harness.db))
    assert main(["quarantine"]) == 0
    listed = capsys.readouterr().out
    assert poison["keys"][0] in listed
    assert "deeper than" in listed
