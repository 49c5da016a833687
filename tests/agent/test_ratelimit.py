"""Caps on outgoing mail per recipient per hour and per process per day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from agent.core.ratelimit import Limits, recruiter_room, to_hold
from agent.core.records import OutboxItem

NOW = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)


def _mail(
    n: int, to: str, *, process: str = "p1", ago: timedelta = timedelta(0), status: str = "sent"
) -> OutboxItem:
    mail = {"to": [{"email": to, "name": ""}]}
    return OutboxItem(f"m{n}", (NOW - ago).isoformat(), mail, process=process, status=status)


def test_recipient_cap_per_hour_holds_the_excess() -> None:
    """With 2 mails to Jane in the last hour and a cap of 3, one new mail passes and one is held."""
    outbox = [
        _mail(1, "jane@x.test", ago=timedelta(minutes=10)),
        _mail(2, "jane@x.test", ago=timedelta(minutes=50)),
    ]
    new = [_mail(3, "jane@x.test"), _mail(4, "jane@x.test")]
    held = to_hold(new, outbox, now=NOW, limits=Limits(3, 100), exempt=frozenset())
    assert held == {"m4"}


def test_older_mail_and_held_mail_do_not_count() -> None:
    """Mail older than the window, and mail already held, leave the cap untouched."""
    outbox = [
        _mail(1, "jane@x.test", ago=timedelta(hours=2)),
        _mail(2, "jane@x.test", status="held"),
    ]
    assert (
        to_hold(
            [_mail(3, "jane@x.test")], outbox, now=NOW, limits=Limits(1, 100), exempt=frozenset()
        )
        == set()
    )


def test_process_cap_per_day_and_recruiter_exemption() -> None:
    """The per-process cap holds mail to parties but never to the recruiter."""
    outbox = [_mail(n, f"p{n}@x.test", ago=timedelta(hours=n)) for n in range(1, 4)]
    new = [_mail(10, "bob@x.test"), _mail(11, "rita@agency.test")]
    held = to_hold(
        new, outbox, now=NOW, limits=Limits(100, 3), exempt=frozenset({"rita@agency.test"})
    )
    assert held == {"m10"}


def test_recruiter_room_counts_this_process_in_the_last_hour() -> None:
    """Mail to the recruiter about this process in the hour counts; other processes, older or
    held mail do not."""
    outbox = [
        _mail(1, "rita@agency.test", ago=timedelta(minutes=5)),
        _mail(2, "Rita@agency.test", ago=timedelta(minutes=55)),
        _mail(3, "rita@agency.test", ago=timedelta(minutes=65)),
        _mail(4, "rita@agency.test", process="p2"),
        _mail(5, "rita@agency.test", status="held"),
        _mail(6, "jane@x.test"),
    ]
    room = recruiter_room(outbox, process_id="p1", recruiter="rita@agency.test", now=NOW, cap=3)
    assert room == 1
    assert (
        recruiter_room(outbox, process_id="p1", recruiter="rita@agency.test", now=NOW, cap=1) == 0
    )
