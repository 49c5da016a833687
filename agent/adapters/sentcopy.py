"""Who files sent mail in the Sent folder, and the agent's own copy: found or created
folder, an APPEND readied before the send and completed by its last CRLF."""

from __future__ import annotations

import imaplib
import logging
from typing import Literal

from imapclient import IMAPClient
from imapclient.imapclient import SENT

log = logging.getLogger("rounds.mailbox")

SENT_NAME = "Sent"  # the folder the agent creates when the server has none

# Who files a copy of each sent mail in the Sent folder, the witness a restart looks for:
# "server" (Gmail does it for mail sent through its SMTP), "agent" (an APPEND readied before
# the send and completed on SMTP's 250), "off" (nobody: a crash while sending may send twice).
SentCopy = Literal["server", "agent", "off"]


def sent_copy_mode(setting: SentCopy | None, *, gmail: bool) -> SentCopy:
    """ROUNDS_SENT_COPY when set; otherwise the server files copies only if it is Gmail."""
    if setting is not None:
        return setting
    return "server" if gmail else "agent"


def sent_folder(client: IMAPClient) -> str | None:
    """The folder flagged \\Sent (SPECIAL-USE), else one with a usual name ("Sent",
    "Sent Items", "Sent Messages", also under the personal namespace such as "INBOX.Sent")."""
    found: str | None = client.find_special_folder(SENT)
    return found


def personal_prefix(client: IMAPClient) -> str:
    if not client.has_capability("NAMESPACE"):
        return ""
    personal = client.namespace().personal
    return str(personal[0][0]) if personal else ""


def begin_append(client: IMAPClient, raw: bytes, folder: str | None) -> tuple[str, str]:
    """Send all of an APPEND of `raw` (\\Seen) to the sent folder but its final CRLF;
    (tag, folder name). The folder is found, else created.

    The server stores the copy only once the command is complete, and drops it when the
    connection closes before: so the copy is ready before SMTP gets the mail, and one CRLF
    after SMTP's 250 files it (end_append), however long the server then takes to store.
    """
    if folder is None:
        folder = sent_folder(client)
    if folder is None:
        folder = personal_prefix(client) + SENT_NAME
        log.info("IMAP: no sent folder; creating %r for the agent's copies", folder)
        client.create_folder(folder)
    imap = client._imap
    tag = imap._new_tag()
    quoted = client._normalise_folder(folder)  # modified UTF-7, quoted: str or bytes
    name = quoted if isinstance(quoted, bytes) else quoted.encode("ascii")
    imap.send(tag + b" APPEND " + name + b" (\\Seen) {" + str(len(raw)).encode() + b"}\r\n")
    while imap._get_response() is not None:  # None: the continuation, send the literal
        if imap.tagged_commands.get(tag):
            raise imaplib.IMAP4.error(f"APPEND refused: {imap.tagged_commands[tag]}")
    imap.send(raw)
    return tag.decode(), folder


def end_append(client: IMAPClient, tag: str) -> None:
    """Complete the APPEND begun by begin_append and wait for the server's answer."""
    imap = client._imap
    imap.send(b"\r\n")
    result, data = imap._command_complete("APPEND", tag.encode())
    if result != "OK":
        raise imaplib.IMAP4.error(f"APPEND {result}: {data}")
