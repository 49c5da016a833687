"""A clients-file entry applied to a round as it opens: what the kickoff or the feedback
did not say is taken from the client's entry for that round number, then the client's own."""

from __future__ import annotations

from dataclasses import dataclass

from agent.core.clients import Client, ClientBook
from agent.core.kickoff import Kickoff
from agent.core.place import Place, round_place
from agent.core.process import ClientTerms, Person, Process, Round


@dataclass(frozen=True, slots=True)
class Opening:
    """What a new round starts with, and which of it the clients file gave."""

    minutes: int
    place: Place
    interviewers: tuple[Person, ...]
    given: tuple[str, ...]  # "minutes", "place", "interviewers"

    def round(self, number: int) -> Round:
        """Round `number` as it opens: nothing asked, nothing booked yet."""
        return Round(
            number=number,
            duration_minutes=self.minutes,
            interviewers=self.interviewers,
            place=self.place,
            defaults=self.given,
        )


def opening(
    client: Client | None,
    number: int,
    *,
    earlier: Place,
    said: Place,
    minutes: int | None,
    usual_minutes: int,
    named: tuple[Person, ...],
    join: bool,
    zone: str,
) -> Opening:
    """Round `number` from what was said (`said` place, `minutes`, the `named` people), over
    the client's entry, over the round before (`earlier`, `usual_minutes`).

    `join`: the file's usual interviewers join `named` (a kickoff's client contacts always
    take part); otherwise they replace `named` only when nobody was named.
    """
    given: list[str] = []
    place = round_place(number, earlier, said)
    if client is not None:
        entry = client.rounds.get(number)
        if entry is not None or (said.format is not None and said.format != earlier.format):
            filled = round_place(number, earlier, said, {number: client.place(number, said.format)})
            given += ["place"] if filled != place else []
            place = filled
        if minutes is None and entry is not None and entry.minutes is not None:
            minutes = entry.minutes
            given.append("minutes")
        usual = _people(entry.people() if entry else (), zone)
        fresh = tuple(p for p in usual if p.email not in {n.email for n in named})
        if fresh and (join or not named):
            named = (*named, *fresh) if join else fresh
            given.append("interviewers")
    return Opening(minutes or usual_minutes, place, named, tuple(given))


def next_opening(
    process: Process,
    book: ClientBook,
    number: int,
    *,
    said: Place,
    minutes: int | None,
    named: tuple[Person, ...],
) -> Opening:
    """Round `number` after the process's last one, opened by the client's feedback or a
    recruiter command: what they said, over the client's entry, over the last round."""
    last = process.current
    client = book.clients.get(process.client.domain) if process.client else None
    zone = (last.interviewers or process.clients)[0].zone
    found = opening(
        client,
        number,
        earlier=last.place,
        said=said,
        minutes=minutes,
        usual_minutes=last.duration_minutes,
        named=named,
        join=False,
        zone=(client.timezone if client else None) or zone,
    )
    if found.interviewers:
        return found
    return Opening(found.minutes, found.place, last.interviewers, found.given)


def kickoff_company(kickoff: Kickoff, book: ClientBook) -> str:
    """The company a kickoff is for: as it names it, else as the client's entry does."""
    found = book.find(c.email for c in kickoff.clients)
    return kickoff.company or (found[1].company if found else "")


def terms(domain: str, client: Client) -> ClientTerms:
    """What the process keeps of the client's entry: its domain, hours and buffer."""
    return ClientTerms(
        domain=domain, business_hours=client.hours, buffer_minutes=client.buffer_minutes
    )


def _people(found: tuple[tuple[str, str], ...], zone: str) -> tuple[Person, ...]:
    return tuple(Person(name=name or email, email=email, zone=zone) for name, email in found)
