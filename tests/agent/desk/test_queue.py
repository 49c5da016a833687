"""The desk's request queue file, and desk actions as the email commands (pure)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.core.commands import on_desk_action
from agent.core.process import ProcessStatus
from agent.desk.files import DeskFiles
from agent.desk.queue import new_request
from agent.errors import InputError
from tests.agent.test_policy import POLICY
from tests.deskkit import NOW, process

DRAFT = "We are delighted to offer you the role; details follow by phone."


def test_the_queue_skips_torn_and_foreign_lines_and_drops_applied(tmp_path: Path) -> None:
    """A torn last line or a line that is no request is skipped; drop removes only the ids
    given."""
    queue = DeskFiles(tmp_path / "rounds.json")
    first = new_request("p1", "pause", by="Rita@agency.test", now=NOW, number=None, text="")
    second = new_request("p1", "resume", by="rita@agency.test", now=NOW, number=None, text="")
    queue.submit(first)
    with queue.requests_path.open("ab") as raw:
        raw.write(b'{"id": "x", "action": "rm -rf"}\n')
    queue.submit(second)
    with queue.requests_path.open("ab") as raw:
        raw.write(b'{"id": "torn", "proc')
    assert [r.id for r in queue.requests()] == [first.id, second.id]
    assert first.by == "rita@agency.test"
    queue.drop({first.id})
    assert [r.id for r in queue.requests()] == [second.id]


def test_a_request_is_checked_before_it_is_queued() -> None:
    """Unknown actions, schedule without a round and absurd round numbers are refused."""
    for action, number in (("delete", None), ("schedule", None), ("cancel", 0), ("cancel", 1000)):
        with pytest.raises(InputError):
            new_request("p1", action, by="rita@agency.test", now=NOW, number=number, text="")


def test_a_replacement_text_is_sent_as_is_never_read_as_a_command() -> None:
    """`edit` sends the recruiter's text even when it starts with a command word."""
    drafted = process("p1", "Jane Doe", draft=DRAFT)
    text = "Pause for a moment: we would love to have you. Offer details follow tomorrow."
    updated, emails, _ = on_desk_action(
        drafted, "edit", number=None, text=text, by="rita@agency.test", now=NOW, policy=POLICY
    )
    assert updated.status == ProcessStatus.ACTIVE and updated.draft is None
    assert [e.values["message"] for e in emails] == [text]
    assert "edit on the desk by rita@agency.test" in updated.history[-1]


def test_draft_actions_need_a_draft_and_a_real_text() -> None:
    """No draft: nothing sent; a too-short replacement: nothing sent, and why."""
    plain = process("p1", "Jane Doe")
    unchanged, emails, said = on_desk_action(
        plain, "send", number=None, text="", by="rita@agency.test", now=NOW, policy=POLICY
    )
    assert (unchanged, emails) == (plain, []) and "no draft" in said
    drafted = process("p1", "Jane Doe", draft=DRAFT)
    unchanged, emails, said = on_desk_action(
        drafted, "edit", number=None, text="ok", by="rita@agency.test", now=NOW, policy=POLICY
    )
    assert (unchanged, emails) == (drafted, []) and "characters" in said
