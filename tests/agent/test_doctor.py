"""`rounds doctor` against the loopback mail servers and the fake OpenAI server."""

from __future__ import annotations

import asyncio
import io
import shutil
import ssl
import subprocess
import threading
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from agent.cli import app as cli
from agent.cli.doctor import diagnose
from agent.dev.sandbox import AUTHSERV_ID, HOST, MailServers, listening_socket, refusing_port
from store.db import Change, Store
from store.postgres import redacted
from tests.dovecot import make_servers, sent_folder_ids
from tests.e2e import RECRUITER
from tests.fakes.openai_server import FakeOpenAIServer

IMAP_SECRET = "Imap-S3cret-7731-zq"
API_KEY = "sk-test-Distinct-9f2c-key"
WRONG = "Wrong-Pass-5512-xy"
UNKNOWN_HOST = "no-such-host.invalid"


# Only the TOML file written by the test configures the doctor (no env, no .env).
pytestmark = pytest.mark.usefixtures("no_settings")


@pytest.fixture
async def servers() -> AsyncIterator[MailServers]:
    """Sandbox mail servers whose login uses a distinctive password."""
    async with MailServers(password=IMAP_SECRET) as running:
        yield running


@pytest.fixture
def model() -> Iterator[FakeOpenAIServer]:
    """The fake OpenAI-compatible server."""
    with FakeOpenAIServer() as server:
        yield server


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_config(path: Path, servers: MailServers, **changes: Any) -> Path:
    """A rounds.toml reaching the sandbox servers, with `changes` (None drops a key)."""
    values: dict[str, Any] = {
        "imap_host": HOST,
        "imap_port": servers.imap_port,
        "imap_ssl": False,
        "imap_user": servers.user,
        "imap_password": servers.password,
        "smtp_host": HOST,
        "smtp_port": servers.smtp_port,
        "smtp_tls": "none",
        "agent_address": "agent@rounds.test",
        "recruiters": "rita@agency.test",
        "llm": "off",
    } | changes
    config = path / "rounds.toml"
    lines = [f"{key} = {_toml(value)}" for key, value in values.items() if value is not None]
    config.write_text("\n".join(lines) + "\n")
    return config


async def run_doctor(config: Path) -> tuple[int, list[str]]:
    """Run the doctor (it starts its own event loop) and return its exit code and lines."""
    out = io.StringIO()
    code = await asyncio.to_thread(diagnose, config, out)
    return code, out.getvalue().splitlines()


def assert_no_secret(lines: list[str], *secrets: str) -> None:
    text = "\n".join(lines)
    assert [s for s in secrets if s in text] == []


async def test_all_checks_pass(
    servers: MailServers, model: FakeOpenAIServer, tmp_path: Path
) -> None:
    """Good settings give PASS for config, IMAP (with its capabilities), SMTP and the LLM."""
    model.malformed("OK")
    config = write_config(
        tmp_path, servers, llm="openai", openai_base_url=model.base_url, openai_api_key=API_KEY
    )
    code, lines = await run_doctor(config)
    assert code == 0
    assert [line.split(" ")[:2] for line in lines] == [
        ["PASS", "config"],
        ["PASS", "tracker"],
        ["PASS", "imap"],
        ["PASS", "trust"],
        ["PASS", "smtp"],
        ["PASS", "llm"],
    ]
    assert lines[3] == "PASS trust (authserv-id mx.google.com; the folder is empty)"
    assert "IDLE yes" in lines[2] and "X-GM-EXT-1 no" in lines[2]
    assert servers.sent == []  # the SMTP check logs in and sends nothing
    assert len(model.requests) == 1
    assert_no_secret(lines, IMAP_SECRET, API_KEY)


async def test_all_checks_pass_on_a_postgresql_tracker(
    servers: MailServers, tmp_path: Path, postgres_url: str, mailbox_id: str
) -> None:
    """On a database `rounds db upgrade` brought to the current schema (the desk's tables
    included), the tracker line passes like a file's."""
    config = write_config(tmp_path, servers, db=postgres_url, mailbox_id=mailbox_id)
    code, lines = await run_doctor(config)
    assert code == 0, lines
    assert lines[1] == f"PASS tracker ({redacted(postgres_url)}: 0 processes)"


async def test_imap_line_tells_the_first_run_cutoff_and_who_files_sent_mail(
    tmp_path: Path,
) -> None:
    """On a Dovecot without a Sent folder the doctor counts the inbox, names the first run's
    cut-off and says the agent will file its copies in a "Sent" it creates; with
    ROUNDS_SENT_COPY=server it says the server does; the mailbox is left unchanged."""
    async with make_servers("dovecot", agent_address="agent@rounds.test") as dovecot:
        old = datetime.now(UTC) - timedelta(days=30)
        await RECRUITER.send(dovecot, to="agent@rounds.test", subject="Old", text="x", now=old)
        code, lines = await run_doctor(write_config(tmp_path, dovecot))
        [imap] = [line for line in lines if line.startswith("PASS imap")]
        assert code == 0
        cutoff = (datetime.now(UTC) - timedelta(days=7)).date().isoformat()
        assert f"INBOX has 1 messages, 0 since {cutoff} (a first run reads only those" in imap
        assert "by the agent, in 'Sent', which it will create (detected" in imap
        assert sent_folder_ids(dovecot) == set()  # nothing created, nothing filed
        _, lines = await run_doctor(write_config(tmp_path, dovecot, sent_copy="server"))
        [imap] = [line for line in lines if line.startswith("PASS imap")]
        assert "sent mail filed in Sent by the server (ROUNDS_SENT_COPY" in imap


async def test_wrong_imap_password(servers: MailServers, tmp_path: Path) -> None:
    """A refused IMAP login is one FAIL line naming the settings to fix, without the password."""
    config = write_config(tmp_path, servers, imap_password=WRONG, smtp_password=IMAP_SECRET)
    code, lines = await run_doctor(config)
    assert code == 1
    [imap] = [line for line in lines if line.startswith("FAIL imap")]
    assert "login as agent@rounds.test refused" in imap
    assert "fix: check ROUNDS_IMAP_USER and ROUNDS_IMAP_PASSWORD" in imap
    assert "PASS smtp" in lines[-1]
    assert_no_secret(lines, WRONG, IMAP_SECRET)


async def test_smtp_down(servers: MailServers, tmp_path: Path) -> None:
    """With the SMTP server stopped, the SMTP check fails as a refused connection."""
    await servers.stop_smtp()
    code, lines = await run_doctor(write_config(tmp_path, servers))
    assert code == 1
    assert [line.split(" ")[:2] for line in lines[:4]] == [
        ["PASS", "config"],
        ["PASS", "tracker"],
        ["PASS", "imap"],
        ["PASS", "trust"],
    ]
    assert lines[4] == (
        f"FAIL smtp: {HOST}:{servers.smtp_port} refused the connection — fix: check "
        "ROUNDS_SMTP_HOST and ROUNDS_SMTP_PORT, and that the server is running"
    )


async def test_unknown_host(servers: MailServers, tmp_path: Path) -> None:
    """A host name that does not resolve gives one clear DNS line per server."""
    config = write_config(tmp_path, servers, imap_host=UNKNOWN_HOST, smtp_host=UNKNOWN_HOST)
    code, lines = await run_doctor(config)
    assert code == 1
    assert [line.split(":")[0] for line in lines[2:]] == ["FAIL imap", "FAIL smtp"]
    for line, setting in zip(lines[2:], ("ROUNDS_IMAP_HOST", "ROUNDS_SMTP_HOST"), strict=True):
        assert f"cannot resolve host '{UNKNOWN_HOST}'" in line
        assert f"fix: check {setting} for typos" in line


async def test_llm_key_refused(
    servers: MailServers, model: FakeOpenAIServer, tmp_path: Path
) -> None:
    """An HTTP 401 from the model server is a FAIL pointing at the key, which is never shown."""
    model.fail(401)
    config = write_config(
        tmp_path, servers, llm="openai", openai_base_url=model.base_url, openai_api_key=API_KEY
    )
    code, lines = await run_doctor(config)
    assert code == 1
    assert lines[-1] == (
        f"FAIL llm: {model.base_url} refused the API key (HTTP 401) — fix: check OPENAI_API_KEY"
    )
    assert_no_secret(lines, API_KEY, IMAP_SECRET)


def test_missing_setting_is_a_fail_line(tmp_path: Path) -> None:
    """A missing required setting is one FAIL config line and exit 1; nothing is contacted."""
    config = tmp_path / "rounds.toml"
    config.write_text('agent_address = "agent@rounds.test"\nrecruiters = "rita@agency.test"\n')
    out = io.StringIO()
    assert diagnose(config, out) == 1
    assert out.getvalue().splitlines() == [
        "FAIL config: ROUNDS_IMAP_USER is not set"
        " — fix: set it in the environment, .env or --config"
    ]


async def test_cli_runs_the_doctor(
    servers: MailServers, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`rounds --config FILE doctor` prints the lines and exits 0 when everything passes."""
    config = write_config(tmp_path, servers)
    code = await asyncio.to_thread(cli.main, ["--config", str(config), "doctor"])
    printed = capsys.readouterr().out.splitlines()
    assert code == 0
    assert [line.split(" ")[:2] for line in printed] == [
        ["PASS", "config"],
        ["PASS", "tracker"],
        ["PASS", "imap"],
        ["PASS", "trust"],
        ["PASS", "smtp"],
    ]
    assert_no_secret(printed, IMAP_SECRET)


@pytest.fixture
def self_signed(tmp_path: Path) -> Iterator[int]:
    """A TLS server on loopback with a self-signed certificate; yields its port."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    sock = listening_socket()
    port = sock.getsockname()[1]
    loop = asyncio.new_event_loop()

    async def serve() -> asyncio.Server:
        async def greet(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writer.close()

        return await asyncio.start_server(greet, sock=sock, ssl=context)

    server = loop.run_until_complete(serve())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield port
    finally:
        loop.call_soon_threadsafe(server.close)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)
        loop.close()


async def test_tls_certificate_error(
    servers: MailServers, self_signed: int, tmp_path: Path
) -> None:
    """A server whose certificate does not verify gives one line naming the verification error."""
    config = write_config(
        tmp_path,
        servers,
        imap_port=self_signed,
        imap_ssl=True,
        smtp_port=self_signed,
        smtp_tls="ssl",
    )
    code, lines = await run_doctor(config)
    assert code == 1
    for line, setting in zip(lines[2:], ("ROUNDS_IMAP_HOST", "ROUNDS_SMTP_HOST"), strict=True):
        assert line.startswith(("FAIL imap: TLS certificate", "FAIL smtp: TLS certificate"))
        assert "self-signed certificate" in line or "self signed certificate" in line
        assert f"fix: {setting} must be the name on the server's certificate" in line


def test_doctor_lists_whom_it_obeys_and_reports_the_tracker(tmp_path: Path) -> None:
    """The config line names the recruiters (commas or semicolons); the tracker is opened
    read-only and counted, and an unreadable one is a FAIL line naming the file."""
    # Nothing answers on these ports: held, never listening, they refuse every connection.
    with refusing_port() as imap, refusing_port() as smtp:
        config = tmp_path / "rounds.toml"
        db = tmp_path / "rounds.json"
        config.write_text(
            'agent_address = "agent@rounds.test"\nimap_user = "u"\nimap_password = "Pw-991-zz"\n'
            'recruiters = "rita@agency.test; Sam@Agency.test"\n'
            f'db = "{db}"\nimap_host = "{HOST}"\nimap_port = {imap}\n'
            f'smtp_host = "{HOST}"\nsmtp_port = {smtp}\n'
        )
        with Store(db) as store:
            store.commit(Change(meta={"x": 1}))
        out = io.StringIO()
        diagnose(config, out)
        lines = out.getvalue().splitlines()
        assert lines[0].endswith("; obeys rita@agency.test, sam@agency.test)")
        assert lines[1] == f"PASS tracker ({db}: 0 processes)"
        db.write_text("{not json")
        out = io.StringIO()
        diagnose(config, out)
        tracker = out.getvalue().splitlines()[1]
        assert tracker.startswith(f"FAIL tracker: {db}: unreadable")
        assert db.read_text() == "{not json"  # read-only: nothing repaired or rewritten


async def test_trust_shows_the_verdict_on_the_newest_message(
    servers: MailServers, tmp_path: Path
) -> None:
    """The trust line names the authserv-id and the verdict on the newest message."""
    old = b"From: old@agency.test\r\nSubject: old\r\n\r\nold\r\n"
    await servers.deliver(old, verdict="fail")
    await servers.deliver(b"From: Rita <rita@agency.test>\r\nSubject: hi\r\n\r\nhi\r\n")
    code, lines = await run_doctor(write_config(tmp_path, servers, authserv_id=AUTHSERV_ID))
    assert code == 0
    assert (
        f"PASS trust (authserv-id {AUTHSERV_ID}; newest message, from rita@agency.test: pass)"
        in (lines)
    )


async def test_trust_warns_on_a_foreign_header_and_on_trust_unauthenticated(
    servers: MailServers, tmp_path: Path
) -> None:
    """No header from the configured server, or ROUNDS_TRUST_UNAUTHENTICATED on: a WARN line."""
    await servers.deliver(b"From: rita@agency.test\r\nSubject: hi\r\n\r\nhi\r\n")
    code, lines = await run_doctor(write_config(tmp_path, servers))
    [warning] = [line for line in lines if line.startswith("WARN trust")]
    assert code == 0
    assert "no header from mx.google.com" in warning and f"headers seen: {AUTHSERV_ID}" in warning
    code, lines = await run_doctor(write_config(tmp_path, servers, trust_unauthenticated=True))
    [warning] = [line for line in lines if line.startswith("WARN trust")]
    assert code == 0 and "ROUNDS_TRUST_UNAUTHENTICATED is on" in warning
