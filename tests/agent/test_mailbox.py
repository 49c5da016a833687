"""ImapMailbox against a real pymap server on loopback: cursors, IDLE, drops, bad messages."""

from __future__ import annotations

import asyncio
import dataclasses
import socket
from datetime import UTC, date, datetime
from typing import Any

import pytest
from imapclient import IMAPClient

import agent.adapters.mailbox
from agent.adapters.mailbox import ImapMailbox
from agent.adapters.mailer import SmtpSender
from agent.dev.sandbox import MailServers, refusing_port
from agent.errors import LoginRefused, MailboxError
from agent.ports import Fetched
from tests.mailfixtures import quick_backoff

# A liveness bound, not a timing assertion: a wait that never wakes fails instead of hanging.
WAKE = 60.0


def mail(n: int) -> bytes:
    """Message n, byte for byte as the tests deliver it (no receiving-server header)."""
    return (
        f"From: c{n}@x.test\r\nTo: agent@rounds.test\r\nSubject: s{n}\r\n\r\nbody {n}\r\n".encode()
    )


async def fetch_all(
    mailbox: ImapMailbox, cursor: tuple[int, int] | None, **kw: Any
) -> list[Fetched]:
    return [item async for item in mailbox.fetch_new(cursor, **kw)]


def cursor_of(items: list[Fetched]) -> tuple[int, int]:
    return items[-1].uidvalidity, items[-1].uid


async def test_first_run_fetches_everything_and_cursor_then_nothing(
    mail_servers: MailServers, imap_mailbox: ImapMailbox
) -> None:
    """No cursor yields every message in UID order; the cursor of the last yields nothing."""
    for n in range(3):
        await mail_servers.deliver(mail(n), verdict=None)
    first = await fetch_all(imap_mailbox, None)
    assert [f.raw for f in first] == [mail(0), mail(1), mail(2)]
    assert [f.uid for f in first] == sorted(f.uid for f in first)
    assert all(f.error is None and f.gm_msgid is None for f in first)
    assert await fetch_all(imap_mailbox, cursor_of(first)) == []


async def test_cursor_fetches_only_newer(
    mail_servers: MailServers, imap_mailbox: ImapMailbox
) -> None:
    """With a cursor, only messages that arrived after it come back, in small batches."""
    await mail_servers.deliver(mail(0), verdict=None)
    cursor = cursor_of(await fetch_all(imap_mailbox, None))
    for n in range(1, 6):
        await mail_servers.deliver(mail(n), verdict=None)
    newer = await fetch_all(imap_mailbox, cursor, batch=2)
    assert [f.raw for f in newer] == [mail(n) for n in range(1, 6)]


async def test_uidvalidity_change_starts_over(
    mail_servers: MailServers, imap_mailbox: ImapMailbox
) -> None:
    """A cursor from another UIDVALIDITY is ignored: everything is fetched again."""
    await mail_servers.deliver(mail(0), verdict=None)
    await mail_servers.deliver(mail(1), verdict=None)
    items = await fetch_all(imap_mailbox, None)
    stale = (items[0].uidvalidity + 1, items[-1].uid)
    assert [f.raw for f in await fetch_all(imap_mailbox, stale)] == [mail(0), mail(1)]


async def test_since_bounds_a_first_run(
    mail_servers: MailServers, imap_mailbox: ImapMailbox
) -> None:
    """`since` keeps a first run to mail that arrived on or after that day."""
    await mail_servers.deliver(mail(0), verdict=None, when=datetime(2020, 1, 5, 12, tzinfo=UTC))
    await mail_servers.deliver(mail(1), verdict=None, when=datetime(2026, 3, 5, 12, tzinfo=UTC))
    items = await fetch_all(imap_mailbox, None, since=date(2026, 1, 1))
    assert [f.raw for f in items] == [mail(1)]


async def test_wait_for_mail_wakes_on_new_message(
    mail_servers: MailServers, imap_mailbox: ImapMailbox
) -> None:
    """A wait in IDLE returns once a message arrives, and the fetch after it gets the message."""
    await mail_servers.deliver(mail(0), verdict=None)
    cursor = cursor_of(await fetch_all(imap_mailbox, None))
    waiting = asyncio.create_task(imap_mailbox.wait_for_mail(600))
    await asyncio.sleep(0.3)  # let it reach IDLE; mail landing earlier is caught as well
    await mail_servers.deliver(mail(1), verdict=None)
    await asyncio.wait_for(waiting, WAKE)
    assert [f.raw for f in await fetch_all(imap_mailbox, cursor)] == [mail(1)]


async def test_wait_for_mail_returns_at_once_for_mail_already_there(
    mail_servers: MailServers, imap_mailbox: ImapMailbox
) -> None:
    """Mail that landed after the last fetch but before IDLE does not wait for the timeout."""
    await mail_servers.deliver(mail(0), verdict=None)
    await fetch_all(imap_mailbox, None)
    await mail_servers.deliver(mail(1), verdict=None)
    await asyncio.wait_for(imap_mailbox.wait_for_mail(600), WAKE)


async def test_wait_for_mail_times_out_quietly(
    mail_servers: MailServers, imap_mailbox: ImapMailbox
) -> None:
    """With nothing arriving, the wait ends at its timeout and the mailbox stays usable."""
    await mail_servers.deliver(mail(0), verdict=None)
    cursor = cursor_of(await fetch_all(imap_mailbox, None))
    await imap_mailbox.wait_for_mail(0.5)
    assert await fetch_all(imap_mailbox, cursor) == []


async def test_idle_is_reissued_and_still_wakes(
    mail_servers: MailServers, imap_mailbox: ImapMailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """IDLE is renewed (DONE, IDLE) once its period is up, and the renewed IDLE still wakes."""
    real_renew = agent.adapters.mailbox._renew_idle
    renewals: list[object] = []
    renewed_twice = asyncio.Event()
    loop = asyncio.get_running_loop()

    def renew(client: Any) -> bool:  # runs in a worker thread
        renewals.append(client)
        if len(renewals) == 2:
            loop.call_soon_threadsafe(renewed_twice.set)
        return real_renew(client)

    monkeypatch.setattr(agent.adapters.mailbox, "IDLE_RENEW", 0.0)
    monkeypatch.setattr(agent.adapters.mailbox, "IDLE_SLICE", 0.2)
    monkeypatch.setattr(agent.adapters.mailbox, "_renew_idle", renew)
    await mail_servers.deliver(mail(0), verdict=None)
    cursor = cursor_of(await fetch_all(imap_mailbox, None))
    waiting = asyncio.create_task(imap_mailbox.wait_for_mail(600))
    await asyncio.wait_for(renewed_twice.wait(), WAKE)
    await mail_servers.deliver(mail(1), verdict=None)
    await asyncio.wait_for(waiting, WAKE)
    assert [f.raw for f in await fetch_all(imap_mailbox, cursor)] == [mail(1)]


async def test_polls_with_noop_when_idle_is_not_offered(
    mail_servers: MailServers, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without IDLE the wait polls with NOOP and still wakes on new mail."""
    real_open = agent.adapters.mailbox._open
    monkeypatch.setattr(
        agent.adapters.mailbox, "_open", lambda s: dataclasses.replace(real_open(s), idle=False)
    )
    mailbox = ImapMailbox(mail_servers.imap_settings(), backoff=quick_backoff, poll_every=0.1)
    await mail_servers.deliver(mail(0), verdict=None)
    cursor = cursor_of(await fetch_all(mailbox, None))
    waiting = asyncio.create_task(mailbox.wait_for_mail(600))
    await asyncio.sleep(0.3)
    await mail_servers.deliver(mail(1), verdict=None)
    await asyncio.wait_for(waiting, WAKE)
    assert [f.raw for f in await fetch_all(mailbox, cursor)] == [mail(1)]
    await mailbox.close()


async def test_server_killed_mid_idle_is_survived(
    mail_servers: MailServers, imap_mailbox: ImapMailbox
) -> None:
    """pymap killed during IDLE and started anew: the wait reconnects and returns, then
    fetch_new sees the new UIDVALIDITY and fetches the new server's mail."""
    await mail_servers.deliver(mail(0), verdict=None)
    cursor = cursor_of(await fetch_all(imap_mailbox, None))
    waiting = asyncio.create_task(imap_mailbox.wait_for_mail(600))
    await asyncio.sleep(0.3)
    await mail_servers.kill_imap()
    await asyncio.sleep(0.3)  # a few reconnect attempts fail while the server is away
    await mail_servers.start_imap()
    await asyncio.wait_for(waiting, WAKE)
    await mail_servers.deliver(mail(7), verdict=None)
    items = await fetch_all(imap_mailbox, cursor)
    assert [f.raw for f in items] == [mail(7)]
    assert items[0].uidvalidity != cursor[0]


async def test_fetch_new_survives_a_dropped_connection(
    mail_servers: MailServers, imap_mailbox: ImapMailbox
) -> None:
    """A connection the server dropped between calls is replaced on the next fetch."""
    await mail_servers.deliver(mail(0), verdict=None)
    await fetch_all(imap_mailbox, None)
    await mail_servers.restart_imap()
    await mail_servers.deliver(mail(1), verdict=None)
    assert [f.raw for f in await fetch_all(imap_mailbox, None)] == [mail(1)]


async def test_failing_message_is_quarantined_not_blocking(
    mail_servers: MailServers, imap_mailbox: ImapMailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A message whose fetch fails (an OverflowError, as imapclient raises for year 9999) is
    retried alone, then yielded with an error; the rest of its batch comes through."""
    for n in range(4):
        await mail_servers.deliver(mail(n), verdict=None)
    uids = [f.uid for f in await fetch_all(imap_mailbox, None)]
    bad = uids[1]
    real_fetch = agent.adapters.mailbox._fetch
    tries: list[list[int]] = []

    def fetch(session: Any, wanted: list[int]) -> Any:
        tries.append(list(wanted))
        if bad in wanted:
            raise OverflowError("date value out of range")
        return real_fetch(session, wanted)

    monkeypatch.setattr(agent.adapters.mailbox, "_fetch", fetch)
    items = await fetch_all(imap_mailbox, None)
    assert [f.uid for f in items] == uids
    assert [f.raw for f in items] == [mail(0), None, mail(2), mail(3)]
    assert items[1].error == "OverflowError: date value out of range"
    assert tries.count([bad]) == 1  # retried alone exactly once, no loop


async def test_message_that_drops_the_connection_is_quarantined(
    mail_servers: MailServers, imap_mailbox: ImapMailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server that drops the connection on one message: reconnect, quarantine it, go on."""
    for n in range(3):
        await mail_servers.deliver(mail(n), verdict=None)
    uids = [f.uid for f in await fetch_all(imap_mailbox, None)]
    bad = uids[0]
    real_fetch = agent.adapters.mailbox._fetch

    def fetch(session: Any, wanted: list[int]) -> Any:
        if bad in wanted:
            # as if the server hung up on this message
            session.client.socket().shutdown(socket.SHUT_RDWR)
        return real_fetch(session, wanted)

    monkeypatch.setattr(agent.adapters.mailbox, "_fetch", fetch)
    items = await fetch_all(imap_mailbox, None)
    assert [f.raw for f in items] == [None, mail(1), mail(2)]
    assert items[0].error


async def test_wrong_password_is_a_clear_mailbox_error(mail_servers: MailServers) -> None:
    """A refused login is LoginRefused (waited out longer), naming host:port and user only."""
    settings = mail_servers.imap_settings(password="not-the-password-xyz")
    mailbox = ImapMailbox(settings)
    with pytest.raises(LoginRefused) as caught:
        await fetch_all(mailbox, None)
    text = str(caught.value)
    assert f"127.0.0.1:{mail_servers.imap_port}" in text
    assert mail_servers.user in text
    assert "not-the-password-xyz" not in text


async def test_unreachable_server_is_a_mailbox_error() -> None:
    """Nothing listening: fetch_new raises MailboxError saying where it tried."""
    with refusing_port() as port:
        settings = agent.adapters.mailbox.ImapSettings(
            host="127.0.0.1", port=port, ssl=False, user="u", password="p", timeout=5
        )
        with pytest.raises(MailboxError, match=f"127.0.0.1:{port}"):
            await fetch_all(ImapMailbox(settings), None)


async def test_close_ends_a_wait_and_refuses_later_use(
    mail_servers: MailServers, imap_mailbox: ImapMailbox
) -> None:
    """close() during a long wait ends the wait; fetching after close raises MailboxError."""
    await mail_servers.deliver(mail(0), verdict=None)
    await fetch_all(imap_mailbox, None)
    waiting = asyncio.create_task(imap_mailbox.wait_for_mail(600))
    await asyncio.sleep(0.3)
    await asyncio.wait_for(imap_mailbox.close(), WAKE)
    await asyncio.wait_for(waiting, WAKE)
    with pytest.raises(MailboxError, match="closed"):
        await fetch_all(imap_mailbox, None)


def test_backoff_doubles_and_caps() -> None:
    """The default reconnect backoff runs 1, 2, 4 … and stops growing at 60 seconds."""
    waits = [agent.adapters.mailbox.exponential_backoff(n) for n in range(1, 10)]
    assert waits == [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0, 60.0]


async def test_has_sent_finds_mail_the_agent_sent_by_its_message_id(
    mail_servers: MailServers, imap_mailbox: ImapMailbox, smtp_sender: SmtpSender
) -> None:
    """The agent's own SMTP mail is found in Sent by its Message-ID; another id is not."""
    raw = (
        b"From: agent@rounds.test\r\nTo: c@x.test\r\nMessage-ID: <s1.ab@rounds.test>\r\n\r\nhi\r\n"
    )
    await smtp_sender.send(raw, sender="agent@rounds.test", recipients=["c@x.test"])
    assert await imap_mailbox.has_sent("s1.ab@rounds.test") is True
    assert await imap_mailbox.has_sent("s1@rounds.test") is False
    await mail_servers.deliver(mail(0), verdict=None)
    assert [f.raw for f in await fetch_all(imap_mailbox, None)] == [mail(0)]


async def test_has_sent_cannot_tell_without_a_sent_folder(
    mail_servers: MailServers, imap_mailbox: ImapMailbox
) -> None:
    """No folder flagged \\Sent nor named like one: has_sent answers None, not False."""
    with IMAPClient("127.0.0.1", port=mail_servers.imap_port, ssl=False, timeout=10) as client:
        client.login(mail_servers.user, mail_servers.password)
        client.delete_folder("Sent")
    assert await imap_mailbox.has_sent("s1.ab@rounds.test") is None


async def test_has_sent_on_a_closed_mailbox_is_a_mailbox_error(imap_mailbox: ImapMailbox) -> None:
    """After close(), has_sent raises MailboxError rather than guessing."""
    await imap_mailbox.close()
    with pytest.raises(MailboxError, match="closed"):
        await imap_mailbox.has_sent("s1.ab@rounds.test")
