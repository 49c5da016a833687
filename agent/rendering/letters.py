"""Turn `Email` actions into outgoing mail: templates, subjects, threading, invites."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from string import Template

import prompts
from agent.core.actions import Email
from agent.core.place import place_lines
from agent.core.process import Person, Process
from agent.core.routing import reply_address
from agent.rendering.compose import AUTO_GENERATED, AUTO_REPLIED, OutgoingMail
from agent.rendering.invites import InviteSpec, build_cancel, build_request
from agent.rendering.place_text import calendar_place, letter_html, place_block
from parsers.model import Address

_THREAD_DEPTH = 10  # References kept per thread; enough for any client to thread the reply
# Templates sent only because a message arrived: Auto-Submitted: auto-replied (RFC 3834).
AUTO_REPLIES = frozenset({"holding_reply"})
# Letters about a booked round, sent with an HTML part that carries the same place details.
ROUND_LETTERS = frozenset({"invite", "updated", "reminder", "confirmed"})
_NOTE = "Scheduled by email; reply to the invite email to move it."


def first_name(name: str) -> str:
    name = name.strip()
    return name.split()[0] if name and "@" not in name else "there"


def subject_for(process: Process, person: Person) -> str:
    tag = f"[{process.id}]"
    if person.email == process.recruiter.email:
        return f"{process.candidate.name} / {process.company}: interview update {tag}"
    return f"Interview: {process.role} at {process.company} {tag}"


def _thread(threads: Mapping[str, str], email: str) -> list[str]:
    return [mid for mid, who in threads.items() if who == email][-_THREAD_DEPTH:]


def render_body(process: Process, action: Email, person: Person, agent: Address) -> str:
    return render_template(
        process, action.template, action.values, person, agent.name or agent.email
    )


def render_template(
    process: Process, template: str, extra: Mapping[str, str], person: Person, signature: str
) -> str:
    """Fill `prompts/<template>.txt` for `person`; every value is plain text we wrote or vetted."""
    rnd = process.current
    about = {
        "candidate": process.candidate.name,
        "company": process.company,
        "role": process.role,
        "round": str(rnd.number),
        "duration": str(rnd.duration_minutes),
        # By name only: the candidate's letters never show a client address.
        "place": place_block(rnd.place, [p.name for p in rnd.interviewers or process.clients]),
    }
    return fill(template, person.name, signature, {**about, **extra})


def fill(template: str, name: str, signature: str, values: Mapping[str, str]) -> str:
    """`prompts/<template>.txt` addressed to `name` and signed `signature`."""
    greeting = {"first": first_name(name), "agent": signature}
    return Template(prompts.load(f"{template}.txt")).substitute({**greeting, **values})


def _calendar(action: Email, agent: Address, stamp: datetime) -> tuple[str | None, str | None]:
    invite = action.invite
    if invite is None:
        return None, None
    where = calendar_place(invite.place)
    spec = InviteSpec(
        uid=invite.uid,
        sequence=invite.sequence,
        start=invite.slot.start,
        end=invite.slot.end,
        summary=invite.summary,
        description="\n".join([*place_lines(invite.place, invite.panel), "", _NOTE]).strip(),
        organizer=agent,
        attendees=tuple(Address(p.email, p.name) for p in invite.attendees),
        stamp=stamp,
        location=where.location,
        url=where.url,
        conferences=where.conferences,
    )
    if invite.method == "REQUEST":
        return build_request(spec), "REQUEST"
    return build_cancel(spec), "CANCEL"


def write_letters(
    process: Process,
    actions: Sequence[Email],
    *,
    agent: Address,
    new_id: Callable[[], str],
    now: datetime,
) -> tuple[Process, list[OutgoingMail]]:
    """One OutgoingMail per recipient of each action; the process records the new thread ids."""
    threads = dict(process.threads)
    draft_request = process.draft_request
    mails = []
    for action in actions:
        calendar, method = _calendar(action, agent, now)
        for person in action.to:
            earlier = _thread(threads, person.email)
            message_id = new_id()
            text = render_body(process, action, person, agent)
            mails.append(
                OutgoingMail(
                    message_id=message_id,
                    to=(Address(person.email, person.name),),
                    subject=subject_for(process, person),
                    text=text,
                    html=letter_html(text) if action.template in ROUND_LETTERS else None,
                    reply_to=reply_address(agent, process.id),
                    in_reply_to=earlier[-1] if earlier else None,
                    references=tuple(earlier),
                    calendar=calendar,
                    calendar_method=method,
                    auto=AUTO_REPLIED if action.template in AUTO_REPLIES else AUTO_GENERATED,
                )
            )
            threads[message_id] = person.email
            if action.template == "approval_request":
                draft_request = message_id
    return process.model_copy(update={"threads": threads, "draft_request": draft_request}), mails


def standalone_mail(
    to: Address,
    template: str,
    values: Mapping[str, str],
    *,
    subject: str,
    agent: Address,
    message_id: str,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
) -> OutgoingMail:
    """A mail that belongs to no process (a kickoff question, a recruiter's digest)."""
    text = fill(template, to.name, agent.name or agent.email, values)
    return OutgoingMail(
        message_id=message_id,
        to=(to,),
        subject=subject,
        text=text,
        in_reply_to=in_reply_to,
        references=references,
    )


class PromptWording:
    """The core's words from prompts/ (agent.core.lifecycle.Wording)."""

    letter = staticmethod(render_template)

    def sentence(self, name: str, values: Mapping[str, str]) -> str:
        return Template(prompts.load(f"{name}.txt")).substitute(values).removesuffix("\n")


WORDING = PromptWording()
