"""Behaviour that differs between mail servers, on pymap and a real Dovecot: the agent's own
copy in Sent, IMAP XOAUTH2, the first run on a full mailbox, a clean stop."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from pathlib import Path

import pytest

import tests.dovecot
from agent.adapters.mailbox import ImapMailbox
from agent.adapters.mailer import SmtpSender
from agent.adapters.outbox import FlushReport, flush
from agent.adapters.sentcopy import SentCopy, sent_copy_mode
from agent.dev.sandbox import MailServers
from agent.errors import LoginRefused, MailboxError
from agent.rendering.compose import render
from store.db import Store
from tests.agent.test_outbox import AGENT, NOW, QUEUED, enqueue, interrupted, item, outgoing
from tests.dovecot import make_servers, sent_folder_counts
from tests.e2e import AGENT as AGENT_ADDRESS
from tests.e2e import LABELLED_KICKOFF, RECRUITER, running_agent


def test_sent_copy_mode_is_the_setting_else_the_server_only_for_gmail() -> None:
    """ROUNDS_SENT_COPY wins; unset, Gmail (X-GM-EXT-1) files copies and anything else not."""
    assert sent_copy_mode(None, gmail=True) == "server"
    assert sent_copy_mode(None, gmail=False) == "agent"
    for setting in ("server", "agent", "off"):
        chosen: SentCopy = setting  # type: ignore[assignment]
        assert sent_copy_mode(chosen, gmail=False) == setting


async def test_agent_files_its_copy_in_a_sent_folder_it_creates(
    each_server: MailServers, tmp_path: Path
) -> None:
    """After SMTP accepts, the agent APPENDs its copy (\\Seen) to Sent, creating the folder where
    the server has none (Dovecot here), and a restart finds it there instead of resending."""
    mailbox = ImapMailbox(each_server.imap_settings())
    sender_store = Store(tmp_path / "rounds.json")
    try:
        enqueue(sender_store, outgoing(1), outgoing(2))
        smtp = SmtpSender(each_server.smtp_settings())
        report = await flush(
            sender_store,
            smtp,
            from_addr=AGENT,
            now=NOW,
            already_sent=mailbox.has_sent,
            prepare_copy=mailbox.prepare_copy,
        )
        assert report == FlushReport(sent=2)
        copies = await asyncio.to_thread(sent_folder_counts, each_server)
        server_copies = 1 if each_server.files_sent else 0
        expected = 1 + server_copies
        assert (copies["<m1@rounds.test>"], copies["<m2@rounds.test>"]) == (expected, expected)
        # A crash right after the APPEND, before "sent" was committed: found, not resent.
        interrupted(sender_store, "m2@rounds.test")
        report = await flush(
            sender_store, smtp, from_addr=AGENT, now=NOW, already_sent=mailbox.has_sent
        )
        assert report == FlushReport(sent=1)
        assert len([c for c in each_server.sent if b"<m2@rounds.test>" in c.raw]) == 1
        assert item(sender_store, "m2@rounds.test")["status"] == "sent"
    finally:
        await mailbox.close()
        sender_store.close()


@pytest.mark.parametrize("setting", ["server", "off"])
async def test_no_agent_copy_when_the_server_files_it_or_copies_are_off(
    tmp_path: Path, setting: SentCopy
) -> None:
    """ROUNDS_SENT_COPY=server or off: the agent files nothing in Sent."""
    async with make_servers("dovecot", agent_address=AGENT_ADDRESS) as dovecot:
        mailbox = ImapMailbox(dovecot.imap_settings(), sent_copy=setting)
        try:
            assert (
                await mailbox.prepare_copy(render(outgoing(1), sender=AGENT, date=QUEUED)) is None
            )
        finally:
            await mailbox.close()
        assert await asyncio.to_thread(sent_folder_counts, dovecot) == {}


async def test_a_copy_that_cannot_be_filed_does_not_unsend_the_mail(
    tmp_path: Path, mail_servers: MailServers
) -> None:
    """No copy can be readied (IMAP down): the mail still goes out and is recorded as sent."""

    async def broken(raw: bytes) -> None:
        raise MailboxError("IMAP down")

    with Store(tmp_path / "rounds.json") as store:
        enqueue(store, outgoing(1))
        smtp = SmtpSender(mail_servers.smtp_settings())
        report = await flush(store, smtp, from_addr=AGENT, now=NOW, prepare_copy=broken)
        assert report == FlushReport(sent=1)
        assert item(store, "m1@rounds.test")["status"] == "sent"
        assert len(mail_servers.sent) == 1


async def test_the_copy_of_a_refused_mail_is_never_filed(
    each_server: MailServers, tmp_path: Path
) -> None:
    """SMTP refuses the mail: its readied copy is abandoned mid-APPEND and the server stores
    nothing, so a restart would not take it for sent; the mailbox goes on working."""
    for refused in ("cand@x.test", "rec@agency.test"):  # every recipient of m1
        each_server.refuse[refused] = "550 5.1.1 No such user"
    mailbox = ImapMailbox(each_server.imap_settings())
    try:
        with Store(tmp_path / "rounds.json") as store:
            enqueue(store, outgoing(1), outgoing(2, to="other@x.test"))
            smtp = SmtpSender(each_server.smtp_settings())
            report = await flush(
                store, smtp, from_addr=AGENT, now=NOW, prepare_copy=mailbox.prepare_copy
            )
            assert report == FlushReport(sent=1, refused=1)
        copies = await asyncio.to_thread(sent_folder_counts, each_server)
        assert copies["<m1@rounds.test>"] == 0
        assert copies["<m2@rounds.test>"] == (2 if each_server.files_sent else 1)
    finally:
        await mailbox.close()


async def test_imap_xoauth2_logs_in_on_dovecot_and_a_bad_token_is_refused() -> None:
    """Dovecot's oauth2 passdb, asking a token-introspection endpoint on loopback, lets the
    agent in with the right token and refuses another one as a login failure."""
    async with make_servers("dovecot", agent_address=AGENT_ADDRESS) as dovecot:
        dovecot.oauth_token = "ya29.good-token"
        await dovecot.deliver(b"From: a@x.test\r\nSubject: hi\r\n\r\nhello\r\n")
        good = ImapMailbox(dovecot.imap_settings(password=None, token=lambda: "ya29.good-token"))
        try:
            fetched = [f async for f in good.fetch_new(None)]
        finally:
            await good.close()
        assert [f.raw is not None and b"hello" in f.raw for f in fetched] == [True]
        bad = ImapMailbox(dovecot.imap_settings(password=None, token=lambda: "ya29.stale"))
        try:
            with pytest.raises(LoginRefused):
                [f async for f in bad.fetch_new(None)]
        finally:
            await bad.close()


async def test_first_run_reads_only_the_last_week_and_says_so(
    each_server: MailServers, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Without ROUNDS_SINCE a first run skips mail older than 7 days, in one log line that
    tells how to go further back; the week's mail is handled."""
    async with running_agent(each_server, tmp_path) as h:
        old = h.clock.now - timedelta(days=8)
        await RECRUITER.send(each_server, to=AGENT_ADDRESS, subject="Old", text="x", now=old)
        await h.kickoff(LABELLED_KICKOFF)
        with caplog.at_level(logging.INFO, logger="rounds.agent"):
            await h.step()
        [line] = [r.getMessage() for r in caplog.records if "first run" in r.getMessage()]
        since = (h.clock.now - timedelta(days=7)).date().isoformat()
        assert f"reading mail since {since} only" in line and "ROUNDS_SINCE" in line
        assert [e["subject"] for e in h.store.ledger()] == ["New process: Jane Doe / Acme"]


async def test_a_clean_stop_logs_no_warning(
    each_server: MailServers, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Stopping `watch` while it waits for mail logs at INFO, never a lost-connection WARNING."""
    async with running_agent(each_server, tmp_path) as h:
        stop = asyncio.Event()
        with caplog.at_level(logging.INFO, logger="rounds"):
            task = asyncio.create_task(h.agent.run_forever(stop))
            await asyncio.sleep(0)
            while not any("connected" in r.getMessage() for r in caplog.records):  # noqa: ASYNC110
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.3)  # into IDLE
            stop.set()
            await task
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert any("cancelled while waiting" in r.getMessage() for r in caplog.records)


def test_without_dovecot_the_tests_skip_but_fail_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    """No dovecot binary: a skip naming the package; under CI=true a failure instead."""
    monkeypatch.setattr(tests.dovecot.shutil, "which", lambda name: None)
    monkeypatch.setattr(tests.dovecot, "SEARCHED", ())
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="dovecot-imapd"):
        tests.dovecot.require_dovecot()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must run the Dovecot tests"):
        tests.dovecot.require_dovecot()
