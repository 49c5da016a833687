"""Client verdicts told without a verdict word, and replies that carry two things at once.

Written from the extraction contract (/work/shared/EXTRACTION.md) and how clients and
candidates really write, never from the rules engine or the corpus. A verdict told as a
judgement plus a next meeting is `advance`, a judgement alone `reject`, a situation with a
wait `hold`, an action on contract or pay `offer`. A reply that mixes two things is labelled
by the contract's order (withdraw > cancel > reschedule > feedback > accept > availability >
decline > question > other), and windows belong only to availability and reschedule: a
client's verdict that also names times for the next round keeps an empty windows list.
"""

from __future__ import annotations

from tests.parsers.reading_probes import (
    BOOKED,
    DATE,
    ET,
    HELD,
    OPTIONS,
    P,
    Probe,
    _slot,
    each_day,
)

PARIS = "Europe/Paris"
BERLIN = "Europe/Berlin"
MADRID = "Europe/Madrid"
SAO_PAULO = "America/Sao_Paulo"

# Reference dates other than Tuesday 1 December 10:00 ET.
THU = "Thu, 03 Dec 2026 09:12:00 -0500"
FRI_PM = "Fri, 04 Dec 2026 16:20:00 -0500"
SUN = "Sun, 06 Dec 2026 21:03:00 -0500"
MONTH_END = "Mon, 30 Nov 2026 18:45:00 -0500"
THU_CET = "Thu, 03 Dec 2026 15:12:00 +0100"
FRI_CET = "Fri, 04 Dec 2026 17:40:00 +0100"
SUN_CET = "Sun, 06 Dec 2026 11:30:00 +0100"
MONTH_END_CET = "Mon, 30 Nov 2026 19:05:00 +0100"
THU_BRT = "Thu, 03 Dec 2026 11:20:00 -0300"
FRI_BRT = "Fri, 04 Dec 2026 18:02:00 -0300"
SUN_BRT = "Sun, 06 Dec 2026 22:14:00 -0300"
MONTH_END_BRT = "Mon, 30 Nov 2026 20:30:00 -0300"

# A first round and a third round, beside HELD (round 2).
ROUND_1 = {"round": 1}
ROUND_3 = {"round": 3}
# An interview booked for Friday 11 December, 15:00-16:00 ET.
BOOKED_FRI = {"scheduled": _slot(11, 15)}
# Options on Monday 7 (09:00 ET), Tuesday 8 (15:00 ET) and Wednesday 9 December (11:00 ET).
MONDAY_OPTIONS = {"proposed": [_slot(7, 9), _slot(8, 15), _slot(9, 11)]}


def _verdict(
    kind: str,
    lang: str,
    text: str,
    outcome: str,
    *,
    date: str = DATE,
    zone: str = ET,
    context: dict[str, int] | None = None,
) -> Probe:
    """A client's reply on a completed round: feedback with an outcome and no windows."""
    return P(
        kind,
        lang,
        text,
        "feedback",
        outcome=outcome,
        role="client",
        stage="completed",
        zone=zone,
        date=date,
        context=HELD if context is None else context,
    )


def _client(
    kind: str,
    lang: str,
    text: str,
    intent: str,
    *,
    outcome: str | None = None,
    date: str = DATE,
    zone: str = ET,
) -> Probe:
    """A client's reply on a completed round that is not a verdict (or a verdict only by its "
    "wait)."""
    return P(
        kind,
        lang,
        text,
        intent,
        outcome=outcome,
        role="client",
        stage="completed",
        zone=zone,
        date=date,
        context=HELD,
    )


ADVANCE = "advance_told_as_meeting"
REJECT = "reject_told_as_judgement"
HOLD = "hold_told_as_situation"
OFFER = "offer_told_as_action"
VERDICT_QUESTION = "verdict_and_question"
VERDICT_TIMES = "verdict_and_next_round_times"
PICK_CONSTRAINT = "pick_and_constraint"
AVAILABILITY_QUESTION = "availability_and_question"
DECLINE_NEW_TIMES = "decline_options_and_new_times"
THANKS_QUESTION = "thanks_and_question"
CONFIRM_MOVE = "confirm_and_move"
ACK_WITHDRAW = "acknowledge_and_withdraw"
# Not verdicts: "question | needs a person: pay, role details ..." decides a question about the
# candidate; "other | thanks, acknowledgements with nothing to act on" decides bare thanks;
# "`hold` (undecided, will come back)" decides a promise to decide later.
NOT_VERDICT_QUESTION = "after_round_question"
NOT_VERDICT_THANKS = "after_round_thanks"
NOT_VERDICT_LATER = "after_round_decide_later"

EN: tuple[Probe, ...] = (
    # --- advance told as a judgement plus a next meeting (windows empty: feedback) ---
    _verdict(
        ADVANCE,
        "en",
        "Honestly I'm on the fence. Can we get him in front of Priya for an hour before we decide?",
        "advance",
    ),
    _verdict(
        ADVANCE,
        "en",
        "not 100% sold yet but i want marcus to meet her. sometime next week ideally",
        "advance",
        date=THU,
    ),
    _verdict(
        ADVANCE,
        "en",
        "Hi Dana,\n\nGood conversation with Tomás. If he can walk our VP Eng through the "
        "migration he did at Kestrel, "
        "I think we're there. Could you line that up for the week of the 14th?\n\nThanks,\nRuth "
        "Adeyemi\nHead of Platform",
        "advance",
        date=FRI_PM,
    ),
    _verdict(
        ADVANCE,
        "en",
        "She's sharp. Let's have her do the case study with the product team and take it from "
        "there 👍",
        "advance",
    ),
    _verdict(
        ADVANCE,
        "en",
        "Mixed feelings tbh. Would like Jeroen to pair with him on some code first, maybe Thurs "
        "or Fri",
        "advance",
        date=MONTH_END,
    ),
    _verdict(
        ADVANCE,
        "en",
        "Sent from my iPhone\n\nyes want him to meet the founders",
        "advance",
        date=SUN,
    ),
    _verdict(
        ADVANCE,
        "en",
        "Good first impression. Final say is with our CFO, please set up 45 min with her and "
        "Kwame.",
        "advance",
        context=ROUND_1,
    ),
    # --- reject told as a judgement ---
    _verdict(REJECT, "en", "Not the seniority we need for this one, I'm afraid.", "reject"),
    _verdict(REJECT, "en", "nice guy but no", "reject", date=FRI_PM),
    _verdict(
        REJECT,
        "en",
        "Dear Ms. Holloway,\n\nThank you for presenting Ms. Chen. While we were impressed by her "
        "academic background, "
        "we feel her hands-on experience with regulated environments falls short of what this "
        "position demands. "
        "We wish her every success.\n\nKind regards,\nGerald Price\nTalent Acquisition",
        "reject",
        date=THU,
    ),
    _verdict(
        REJECT, "en", "Couldn't answer the basic SQL questions. We'll keep looking.", "reject"
    ),
    _verdict(
        REJECT,
        "en",
        "Great energy but I don't see her managing a team of 12 yet. Let's pass on this one.",
        "reject",
        date=SUN,
    ),
    _verdict(
        REJECT,
        "en",
        "Gonna be honest, the culture fit just isn't there. Thanks for sending him though",
        "reject",
        context=ROUND_3,
    ),
    _verdict(
        REJECT,
        "en",
        "He's looking for remote-only and we need 3 days in office, so that's that unfortunately.",
        "reject",
        date=MONTH_END,
    ),
    # --- hold told as a situation ---
    _verdict(
        HOLD,
        "en",
        "Really liked her. Problem is we're re-scoping the role after the reorg, give me a couple "
        "of weeks?",
        "hold",
    ),
    _verdict(
        HOLD,
        "en",
        "Strong candidate. Budget for Q1 isn't signed off yet so sit tight until mid-January.",
        "hold",
        date=FRI_PM,
    ),
    _verdict(
        HOLD,
        "en",
        "we still have two more people to see on thursday, will compare after that",
        "hold",
    ),
    _verdict(
        HOLD,
        "en",
        "Hi Sam — Liam did well. Our hiring manager is out on paternity leave till the 15th and "
        "wants the last word, "
        "so nothing before then.\n\nBest,\nOlu",
        "hold",
        date=THU,
    ),
    _verdict(
        HOLD,
        "en",
        "Impressive. Board meets on the 10th and headcount depends on it. Will circle back",
        "hold",
        date=SUN,
    ),
    # --- offer told as action ---
    _verdict(
        OFFER,
        "en",
        "Let's get the paperwork going — 95k base plus the usual bonus, start Jan 11.",
        "offer",
    ),
    _verdict(
        OFFER,
        "en",
        "We want her. Draft something at $120,000, start date early Feb works.",
        "offer",
        date=FRI_PM,
    ),
    _verdict(
        OFFER,
        "en",
        "ok send him the contract, 78k + equity as discussed 🎉",
        "offer",
        context=ROUND_3,
    ),
    _verdict(
        OFFER,
        "en",
        "Dear Alex,\n\nPlease prepare the employment agreement for Ms. Ortiz: Senior Analyst, "
        "annual salary GBP 64,000, "
        "commencing 4 January 2027.\n\nRegards,\nHR Operations",
        "offer",
        date=THU,
    ),
    _verdict(
        OFFER,
        "en",
        "Make it happen. 140 base, she can start whenever her notice ends",
        "offer",
        date=SUN,
    ),
    # --- a verdict and a question: feedback wins over question ---
    _verdict(
        VERDICT_QUESTION,
        "en",
        "I'd like Ines to see her next. Do you know what her notice period is?",
        "advance",
    ),
    _verdict(
        VERDICT_QUESTION,
        "en",
        "Not for us, he's too junior. Do you have anyone else with Kafka experience?",
        "reject",
        date=THU,
    ),
    _verdict(
        VERDICT_QUESTION,
        "en",
        "Let's offer. 85k? Or is she expecting more than that?",
        "offer",
        date=FRI_PM,
    ),
    _verdict(
        VERDICT_QUESTION,
        "en",
        "Waiting on budget before we decide. Is he interviewing elsewhere?",
        "hold",
    ),
    # --- a verdict with times for the next round: still feedback, windows empty ---
    _verdict(
        VERDICT_TIMES,
        "en",
        "Want her to meet Raj. He's free Thursday after 2 or Friday morning.",
        "advance",
    ),
    _verdict(
        VERDICT_TIMES,
        "en",
        "yes, let's see him again with the team — tuesday 10-12 or wednesday afternoon our side",
        "advance",
        date=SUN,
    ),
    _verdict(
        VERDICT_TIMES,
        "en",
        "Good call sending him. Please book the panel for next Monday 1pm or Tuesday at 3, 90 "
        "minutes.\n\n"
        "> On Mon, Nov 30 Dana wrote:\n> Interview confirmed for Monday 30 Nov at 11:00 ET.",
        "advance",
        date=THU,
    ),
    # --- a pick and a constraint or a question: accept wins ---
    P(
        PICK_CONSTRAINT,
        "en",
        "Option 2 works, can it be on Teams rather than Zoom?",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        PICK_CONSTRAINT,
        "en",
        "the wed 1pm one. i have a hard stop at 1:45 though",
        "accept",
        selected=1,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        PICK_CONSTRAINT,
        "en",
        "Thursday 10am is good! Who will I be meeting?",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        PICK_CONSTRAINT,
        "en",
        "Tuesday at 3 please. Is parking available at the office?",
        "accept",
        selected=2,
        stage="proposed",
        date=THU,
        context=MONDAY_OPTIONS,
    ),
    # --- availability and a question: availability wins ---
    P(
        AVAILABILITY_QUESTION,
        "en",
        "free thu afternoon — is it in person or video?",
        "availability",
        ((3, "12:00", "17:00"),),
    ),
    P(
        AVAILABILITY_QUESTION,
        "en",
        "I can do Monday or Tuesday morning next week. Should I bring a portfolio?",
        "availability",
        each_day((7, 8), "09:00", "12:00"),
        date=THU,
    ),
    P(
        AVAILABILITY_QUESTION,
        "en",
        "Wednesday between 1 and 4 works. Also, what's the salary range? Nobody told me.",
        "availability",
        ((9, "13:00", "16:00"),),
        date=SUN,
    ),
    # --- the options refused and new times offered: availability ---
    P(
        DECLINE_NEW_TIMES,
        "en",
        "None of those work sorry, I'm travelling. Could do Friday after 11 though",
        "availability",
        ((4, "11:00", "17:00"),),
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        DECLINE_NEW_TIMES,
        "en",
        "Unfortunately I'm in workshops all of next week. Could do Thursday the 17th or Friday "
        "the 18th, any time.",
        "availability",
        each_day((17, 18), "09:00", "17:00"),
        stage="proposed",
        date=THU,
        context=MONDAY_OPTIONS,
    ),
    # --- thanks and a real question: question ---
    P(
        THANKS_QUESTION,
        "en",
        "Thanks so much for setting this up! Quick one — is the role hybrid or fully on-site?",
        "question",
        date=FRI_PM,
    ),
    P(THANKS_QUESTION, "en", "thank you!! do you know if they sponsor visas?", "question"),
    # --- a confirmation and a request to move: reschedule ---
    P(
        CONFIRM_MOVE,
        "en",
        "Confirmed for Wednesday, thanks. Any chance we could start at 2:30 instead of 2? School "
        "run.",
        "reschedule",
        ((2, "14:30", "15:30"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        CONFIRM_MOVE,
        "en",
        "Got the invite for Friday, all good. Could we push it to 3:30 though, 30 mins later?",
        "reschedule",
        ((11, "15:30", "16:30"),),
        stage="scheduled",
        date=SUN,
        context=BOOKED_FRI,
    ),
    # --- an acknowledgement and a withdrawal: withdraw ---
    P(
        ACK_WITHDRAW,
        "en",
        "Thanks for the invite for Wednesday. I have to be upfront though, I've accepted another "
        "offer and will step back from the process.",
        "withdraw",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        ACK_WITHDRAW,
        "en",
        "Got it thanks. Actually I've decided to stay where I am, please take me out of the "
        "running.",
        "withdraw",
        stage="proposed",
        date=THU,
        context=MONDAY_OPTIONS,
    ),
    # --- not verdicts ---
    _client(
        NOT_VERDICT_QUESTION,
        "en",
        "What's she on currently? And how long is her notice?",
        "question",
    ),
    _client(
        NOT_VERDICT_QUESTION,
        "en",
        "Before we go further — is he OK with 20% travel?",
        "question",
        date=THU,
    ),
    _client(
        NOT_VERDICT_THANKS,
        "en",
        "Thanks for organising, all went smoothly on our side.",
        "other",
        date=FRI_PM,
    ),
    _client(
        NOT_VERDICT_LATER,
        "en",
        "Thanks, will revert once I've spoken to the team.",
        "feedback",
        outcome="hold",
    ),
    _client(
        NOT_VERDICT_LATER,
        "en",
        "Let me sleep on it, you'll hear from me Monday.",
        "feedback",
        outcome="hold",
        date=FRI_PM,
    ),
)

PHRASEBOOK_HEDGED: tuple[Probe, ...] = EN
