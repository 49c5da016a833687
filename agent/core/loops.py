"""Loop guards: near-identical mail from one sender, and one kickoff question per thread a day.

An auto-responder that ignores RFC 3834 (no Auto-Submitted, an ordinary subject) answers
every mail of ours, and we would answer every one of its answers. These records, kept in
the store's meta and pruned as they are written, break such loops without a clock of
their own: every function takes `now`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from agent.core.ratelimit import DAY, HOUR
from parsers.model import ParsedMessage

REPEAT_WINDOW = HOUR
# Near-identical mails from one sender answered within REPEAT_WINDOW; later ones are not.
REPEATS_ANSWERED = 2
KICKOFF_WINDOW = DAY  # one kickoff question per thread in this time
_WORD = re.compile(r"\w+")


def fingerprint(message: ParsedMessage, scope: str) -> str:
    """What makes two mails near-identical: the same words and numbers in the new text
    (case, punctuation, spacing and quoted history ignored), the same calendar reply, and
    the same `scope` (the process they go to; "" for kickoffs).

    Exact on purpose: an auto-responder repeats its canned text word for word, while two
    people's replies, or one person's two time proposals, differ in some word or number.
    The scope keeps a recruiter's "send" on three processes' drafts three different mails.
    """
    words = " ".join(_WORD.findall((message.text or message.body).lower()))
    calendar = message.calendar
    reply = f"{calendar.method} {calendar.uid} {calendar.partstat}" if calendar else ""
    return hashlib.sha256(f"{scope}\n{words}\n{reply}".encode()).hexdigest()[:16]


def _fresh(at: str, now: datetime, window: timedelta) -> bool:
    return datetime.fromisoformat(at) > now - window


def count_repeat(
    recent: Mapping[str, Sequence[Sequence[str]]], sender: str, print_: str, now: datetime
) -> tuple[int, dict[str, list[list[str]]]]:
    """How many near-identical mails `sender` sent within the window before this one, and
    the record with this one added and everything older than the window dropped."""
    kept = {
        who: [[at, p] for at, p in seen if _fresh(at, now, REPEAT_WINDOW)]
        for who, seen in recent.items()
    }
    earlier = sum(1 for _, p in kept.get(sender, []) if p == print_)
    kept.setdefault(sender, []).append([now.isoformat(), print_])
    return earlier, {who: seen for who, seen in kept.items() if seen}


def told_today(told: Mapping[str, str], key: str, now: datetime) -> bool:
    """Whether `key` was told about within the last day."""
    at = told.get(key)
    return at is not None and _fresh(at, now, DAY)


def prune_told(told: Mapping[str, str], now: datetime) -> dict[str, str]:
    return {key: at for key, at in told.items() if _fresh(at, now, DAY)}


def kickoff_thread(ids: Sequence[str], asked: Mapping[str, Mapping[str, Any]]) -> str:
    """The thread an unclear kickoff belongs to: the one we asked on before if any of `ids`
    (its references, then its own id) is that thread's root or one of our questions there,
    else the first of `ids`, its root."""
    for root, record in asked.items():
        if root in ids or set(record.get("ids", ())) & set(ids):
            return root
    return ids[0]


def asked_recently(asked: Mapping[str, Mapping[str, Any]], root: str, now: datetime) -> bool:
    record = asked.get(root)
    return record is not None and _fresh(str(record["at"]), now, KICKOFF_WINDOW)


def record_question(
    asked: Mapping[str, Mapping[str, Any]], root: str, question_id: str, now: datetime
) -> dict[str, dict[str, Any]]:
    """`asked` with this question on `root` added and day-old threads dropped."""
    kept = {
        key: dict(record)
        for key, record in asked.items()
        if _fresh(str(record["at"]), now, KICKOFF_WINDOW)
    }
    ids = [*kept.get(root, {}).get("ids", []), question_id]
    kept[root] = {"at": now.isoformat(), "ids": ids}
    return kept
