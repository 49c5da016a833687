"""SmtpSender against a real aiosmtpd server on loopback: delivery, AUTH, refusals, outages."""

from __future__ import annotations

import pytest

from agent.adapters.mailbox import ImapMailbox
from agent.adapters.mailer import SmtpSender
from agent.dev.sandbox import MailServers, received
from agent.errors import RecipientsRefused, SendError

MESSAGE = b"From: agent@rounds.test\r\nTo: c@x.test\r\nSubject: hello\r\n\r\nHi there.\r\n"


async def test_send_is_captured_with_its_envelope(
    mail_servers: MailServers, smtp_sender: SmtpSender
) -> None:
    """A logged-in send reaches the server with the envelope given and the bytes unchanged."""
    refused = await smtp_sender.send(
        MESSAGE, sender="agent@rounds.test", recipients=["c@x.test", "r@agency.test"]
    )
    assert refused == {}
    [captured] = mail_servers.sent
    assert captured.mail_from == "agent@rounds.test"
    assert captured.rcpt_tos == ("c@x.test", "r@agency.test")
    assert captured.raw.replace(b"\r\n", b"\n") == MESSAGE.replace(b"\r\n", b"\n")


async def test_mail_to_the_agent_lands_in_its_inbox(mail_servers: MailServers) -> None:
    """Sandbox: mail to a plus-address of the agent lands in its INBOX, marked unsigned."""
    outsider = SmtpSender(mail_servers.smtp_settings(user=None, password=None))
    await outsider.send(MESSAGE, sender="c@x.test", recipients=["Agent+r7k2@rounds.test"])
    mailbox = ImapMailbox(mail_servers.imap_settings())
    items = [item async for item in mailbox.fetch_new(None)]
    await mailbox.close()
    assert [item.raw for item in items] == [received(mail_servers.sent[0].raw, "none")]
    assert items[0].raw.startswith(b"Authentication-Results: mx.rounds.test; dkim=none ")


async def test_wrong_password_is_a_clear_send_error(mail_servers: MailServers) -> None:
    """A refused login is a (retryable) SendError naming host:port, without the password."""
    sender = SmtpSender(mail_servers.smtp_settings(password="wrong-secret-123"))
    with pytest.raises(SendError) as caught:
        await sender.send(MESSAGE, sender="agent@rounds.test", recipients=["c@x.test"])
    assert not isinstance(caught.value, RecipientsRefused)
    text = str(caught.value)
    assert f"127.0.0.1:{mail_servers.smtp_port}" in text
    assert "535" in text
    assert "wrong-secret-123" not in text
    assert mail_servers.sent == []


async def test_server_down_is_a_send_error_then_recovers(
    mail_servers: MailServers, smtp_sender: SmtpSender
) -> None:
    """No SMTP server: SendError (temporary); once it is back, the same send goes through."""
    await mail_servers.stop_smtp()
    with pytest.raises(SendError) as caught:
        await smtp_sender.send(MESSAGE, sender="agent@rounds.test", recipients=["c@x.test"])
    assert not isinstance(caught.value, RecipientsRefused)
    assert str(mail_servers.smtp_port) in str(caught.value)
    await mail_servers.start_smtp()
    assert (
        await smtp_sender.send(MESSAGE, sender="agent@rounds.test", recipients=["c@x.test"]) == {}
    )
    assert len(mail_servers.sent) == 1


async def test_some_recipients_refused_are_returned(
    mail_servers: MailServers, smtp_sender: SmtpSender
) -> None:
    """A partial refusal is no error: the refused addresses come back with their reasons."""
    mail_servers.refuse["gone@x.test"] = "550 5.1.1 No such user"
    refused = await smtp_sender.send(
        MESSAGE, sender="agent@rounds.test", recipients=["c@x.test", "gone@x.test"]
    )
    assert refused == {"gone@x.test": "550 5.1.1 No such user"}
    assert mail_servers.sent[0].rcpt_tos == ("c@x.test",)


async def test_every_recipient_refused_for_good(
    mail_servers: MailServers, smtp_sender: SmtpSender
) -> None:
    """All recipients refused with 5xx: RecipientsRefused, which carries the reason."""
    mail_servers.refuse["gone@x.test"] = "550 5.1.1 No such user"
    with pytest.raises(RecipientsRefused, match="No such user"):
        await smtp_sender.send(MESSAGE, sender="agent@rounds.test", recipients=["gone@x.test"])


async def test_every_recipient_deferred_is_temporary(
    mail_servers: MailServers, smtp_sender: SmtpSender
) -> None:
    """All recipients refused with 4xx (greylisting): a plain SendError, to be retried."""
    mail_servers.refuse["grey@x.test"] = "450 4.2.0 Greylisted, try later"
    with pytest.raises(SendError) as caught:
        await smtp_sender.send(MESSAGE, sender="agent@rounds.test", recipients=["grey@x.test"])
    assert not isinstance(caught.value, RecipientsRefused)
    assert "Greylisted" in str(caught.value)


async def test_starttls_required_but_not_offered_fails(mail_servers: MailServers) -> None:
    """tls="starttls" never falls back to plaintext when the server offers no STARTTLS."""
    sender = SmtpSender(mail_servers.smtp_settings(tls="starttls"))
    with pytest.raises(SendError, match=r"(?i)starttls"):
        await sender.send(MESSAGE, sender="agent@rounds.test", recipients=["c@x.test"])
    assert mail_servers.sent == []


async def test_xoauth2_token_logs_in(mail_servers: MailServers) -> None:
    """With a token provider the sender logs in by XOAUTH2 with the provider's token."""
    mail_servers.oauth_token = "ya29.good-token"
    sender = SmtpSender(mail_servers.smtp_settings(password=None, token=lambda: "ya29.good-token"))
    assert await sender.send(MESSAGE, sender="agent@rounds.test", recipients=["c@x.test"]) == {}
    assert len(mail_servers.sent) == 1


async def test_xoauth2_bad_token_is_a_send_error_without_the_token(
    mail_servers: MailServers,
) -> None:
    """A refused XOAUTH2 token is a SendError whose text does not carry the token."""
    mail_servers.oauth_token = "ya29.good-token"
    sender = SmtpSender(mail_servers.smtp_settings(password=None, token=lambda: "ya29.stale-token"))
    with pytest.raises(SendError) as caught:
        await sender.send(MESSAGE, sender="agent@rounds.test", recipients=["c@x.test"])
    assert "ya29.stale-token" not in str(caught.value)
    assert mail_servers.sent == []


async def test_failing_token_provider_is_a_send_error(mail_servers: MailServers) -> None:
    """A token provider that raises gives a SendError naming only the exception type."""

    def provider() -> str:
        raise RuntimeError("refresh_token=1//secret-refresh rejected")

    sender = SmtpSender(mail_servers.smtp_settings(password=None, token=provider))
    with pytest.raises(SendError, match="RuntimeError") as caught:
        await sender.send(MESSAGE, sender="agent@rounds.test", recipients=["c@x.test"])
    assert "secret-refresh" not in str(caught.value)
