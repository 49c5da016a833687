"""The offline rules engine: one reply read into intent, windows, picked option and outcome."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache

from parsers.mail.marks import mark_disagrees, marked_option
from parsers.mail.quotes import forwarded, relayed
from parsers.model import (
    CalendarPart,
    Context,
    Extraction,
    Intent,
    Outcome,
    ParsedMessage,
    Role,
    Stage,
    Window,
)
from parsers.rules.doubt import (
    abbreviation_unread,
    answer_day_offered,
    bound_unread,
    busy_row_offered,
    conditional,
    conditioned,
    day_before_refused,
    day_told,
    day_wished,
    days_pointed,
    deadline_offered,
    excepted,
    exception_offered,
    frame_named,
    frees_words,
    hours_unapplied,
    in_name,
    job_taken,
    move_unplaced,
    names_weekday,
    negated_day_offered,
    neither_after_offer,
    odd_words,
    offers_words,
    open_start_unmet,
    option_by_rank,
    option_refused,
    option_unoffered,
    options_offered_back,
    part_left_out,
    part_misapplied,
    part_unapplied,
    phrase_across_rows,
    pick_doubted,
    postscript_lost,
    questions,
    range_hollowed,
    refusal_reasons,
    refused_week_offered,
    row_unplaced,
    row_unread,
    rows_placed,
    says_free,
    says_yes_or_no,
    search_over,
    step_asked,
    step_before_deciding,
    stretch_offered,
    taken_row,
    trailer_offered,
    unexplained,
    unoffered,
    unread_sentence,
    until_offered,
    week_beside_day,
    week_head_offered,
    week_narrowed,
    week_unread,
)
from parsers.rules.holiday_weeks import dated_weeks, week_undated
from parsers.rules.intents import (
    CONTRASTING,
    PICK_PUT_OFF_RE,
    SOMEONE_ELSE_RE,
    Cue,
    Hit,
    find_cues,
    fold,
    unconfirmed,
)
from parsers.rules.picks import (
    SENTENCE_END,
    Pick,
    corrections,
    covered_chars,
    dayless,
    named_days,
    pick,
    pointed,
    rank_disagrees,
)
from parsers.rules.shift import (
    WHOLE_DAY,
    amounts_asked,
    beside_move,
    hours_of_move,
    move_refused,
    options_week_on,
    other_hour_asked,
    shifted,
    target_unread,
    way_said,
)
from parsers.rules.told import told_aside, told_days
from parsers.rules.unplaced import (
    desk_until_split,
    holiday_unplaced,
    hours_swallowed,
    not_before_offered,
    regret_offered,
    time_unplaced,
)
from parsers.rules.wrapping import unwrapped
from parsers.time import lex as timelex
from parsers.time import resolve as timeresolve
from parsers.time.calc import merge, subtract
from parsers.time.cues import ANYWAY, REST_OF_TIME
from parsers.time.words import IF_WORDS

# Confidence levels: what kind of evidence decided the reading.
CERTAIN = 0.97  # a calendar part or a machine-mail header
STRONG = 0.9  # an unambiguous phrase
GOOD = 0.8  # a clear phrase, or times read with an offer around them
FAIR = 0.65  # a weaker phrase: a bare "great", a question mark
WEAK = 0.45  # something matched, but not well enough to act alone
NOTHING = 0.25  # no pattern matched: a person should read it
CONFLICT = 0.85  # factor when the message also carries a contrary strong signal
_UNEXPLAINED_WORDS = 2  # content words left unread that make an "other" more than a thank-you
# cues that ask for an action of their own; an "other" that set one aside is no thank-you
_ACTING = frozenset(
    {
        Cue.WITHDRAW,
        Cue.CANCEL,
        Cue.MOVE,
        Cue.REJECT_ALL,
        Cue.CANT_MAKE,
        Cue.ADVANCE,
        Cue.REJECT,
        Cue.OFFER,
        Cue.HOLD,
    }
)
# the cues of a client's verdict only, which no candidate gives
_VERDICT_ONLY = frozenset({Cue.ADVANCE, Cue.OFFER, Cue.HOLD})
_ODD_WORDS = 2  # unexplained words among offered times that make the offer doubtful
_QUARTER = 15  # offered times start on the quarter hours
# the hours an offer can start in: one outside them names some other event's hour
_WAKING, _ASLEEP = 6, 22
# the cue that makes each destructive reading
_DECIDED_BY = {
    Intent.CANCEL: Cue.CANCEL,
    Intent.RESCHEDULE: Cue.MOVE,
    Intent.WITHDRAW: Cue.WITHDRAW,
}
_UNREAD_SENTENCE = 4  # words of a sentence no cue reads that make an "other" more than thanks

# Calendar apps title their notices this way even when the iTIP part is lost.
_SUBJECT_REPLY = re.compile(
    r"^\s*(accepted|declined|tentative|new time proposed)\s*:", re.IGNORECASE
)
# words that praise without agreeing to anything: "great", "super", "👍"
_PRAISE = re.compile("great|genial|super|prima|top|\U0001f44d")
# what a recruiter, who does not attend, says to a booking it is told of: "thanks, looks good"
_NOTED = re.compile(
    r",?\s*(?:(?:looks|sounds)\s+(?:good|great|fine)|perfect|parfait|perfecto|perfeito|passt|"
    + _PRAISE.pattern
    + ")"
)
_ANY_WORD = re.compile(r"[^\W_]")
_DIGIT = re.compile(r"\d")
# (round 36) a "hard stop" (or "hard out") and its hour, the business English other writers
# borrow too ("Hard Stop um 16:30")
_HARD_STOP = re.compile(
    r"\bhard[\s-]+(?:stop|out)\b[^.!?\n\d]{0,12}(?P<h>\d{1,2})(?:[:.h](?P<m>[0-5]\d))?"
)
# A clause that waits on something still to come: "once I know", "sobald ich", "dès que"; or
# that only guesses when the promised word will come: "I'll get back to you, probably next week"
_ONCE = re.compile(
    r"[\s,;:]*(?:once|as\s+soon\s+as|when|sobald|wenn|des\s+que|lorsque|quand|cuando"
    r"|en\s+cuanto|tan\s+pronto\s+como|assim\s+que|quando|logo\s+que"
    r"|probably|likely|most\s+likely|presumably|probablemente|seguramente|posiblemente"
    r"|sans\s+doute|probablement|surement|wahrscheinlich|vermutlich|voraussichtlich"
    r"|provavelmente|possivelmente)\b"
)
# A week named back by a day read before it: "from Monday the 14th I'm free all that week",
# "a partir del lunes 14, toda esa semana"; the reader offers the day, not the week.
_WEEK_BACK = re.compile(
    r"\b(?:(?:all|whole|rest)\s+(?:of\s+)?that\s+week|that\s+(?:whole|entire)\s+week"
    r"|(?:toda|toda\s+la)\s+(?:esa|essa|aquela)\s+semana|(?:essa|aquela)\s+semana\s+(?:toda|inteira)"
    r"|(?:toute\s+)?cette\s+semaine-la|(?:die\s+ganze|den\s+rest\s+(?:der|dieser))\s+woche\s+(?:uber|lang)"
    r"|(?:die\s+ganze|in\s+dieser)\s+woche\s+dann)\b"
)
_SENTENCE_STOP = re.compile(r"[.!?]")
# what sets the times after it against a refusal: "but", "mais", "aber", "pero", "mas"
_CONTRAST = re.compile(rf"\b(?:{CONTRASTING}|though|although|dafur)\b")
_FULL_STOP = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")  # a sentence's end over wrapped lines
_BECAUSE = re.compile(r"\b(?:since|because|as|porque|pois|ya\s+que|car|puisque|weil|da)\s")
# what may stand between a clause's cut and the reason word that opens it
_OPENS_REASON = re.compile(r"[\s,;]*")
# what leads a clause about the hours on the other side of a bound just offered, in the same
# sentence: "before that", "avant ça", "vorher", "antes", "depois disso" (after a joining word:
# "and", "que", "da")
_BEYOND_BOUND = re.compile(
    r"[^\S\n]*[,;:(\-–—]*[^\S\n]*"
    r"(?:(?:and|as|since|because|so|et|car|und|da|denn|weil|y|que|q|porque|pues|e|pois)\s+)?"
    r"(?:(?:before|after)\s+(?:that|then|this)|until\s+then|earlier|avant(?:\s+(?:ca|cela))?"
    r"|apres(?:\s+(?:ca|cela))?|jusque-la|vorher|davor|danach|zuvor|bis\s+dahin"
    r"|antes(?:\s+de\s+eso)?|despues(?:\s+de\s+eso)?|hasta\s+entonces|antes\s+disso"
    r"|depois(?:\s+disso)?|ate\s+la)\b"
)
_VERDICTS = (Outcome.OFFER, Outcome.REJECT, Outcome.HOLD, Outcome.ADVANCE)
_VERDICT_CUES = {
    Outcome.OFFER: Cue.OFFER,
    Outcome.REJECT: Cue.REJECT,
    Outcome.HOLD: Cue.HOLD,
    Outcome.ADVANCE: Cue.ADVANCE,
}


@dataclass(frozen=True, slots=True)
class _Cues:
    """The cues of one reply, with quick questions about them."""

    hits: tuple[Hit, ...]

    @classmethod
    def of(cls, text: str, folded: str) -> _Cues:
        """The cues of `text` (folded as `folded`), but (round 42) no yes read inside a name."""
        return cls(
            tuple(
                h
                for h in find_cues(folded)
                if not (h.cue is Cue.CONFIRM and in_name(text, h.start, h.end))
            )
        )

    def strong(self, cue: Cue) -> bool:
        return any(h.cue is cue and h.strong for h in self.hits)

    def any(self, cue: Cue) -> bool:
        return any(h.cue is cue for h in self.hits)


def extract(message: ParsedMessage, context: Context, *, now: datetime) -> Extraction:
    """Read one reply by rules alone; pure: `now` is the message's Date or its receive time."""
    if message.calendar is not None:
        reading = _from_calendar(message.calendar, context)
        if reading is not None:
            return reading
    if message.machine is not None:
        return Extraction(Intent.OTHER, timezone=context.timezone, confidence=CERTAIN)
    return _from_text(message, context, now)


def _from_calendar(part: CalendarPart, context: Context) -> Extraction | None:
    zone = context.timezone
    if part.method == "COUNTER" and part.start is not None:
        end = part.end or part.start + timedelta(minutes=context.duration_minutes)
        window = (Window(part.start, end),) if end > part.start else ()
        return Extraction(Intent.RESCHEDULE, window, timezone=zone, confidence=CERTAIN)
    if part.method == "CANCEL":
        return Extraction(Intent.CANCEL, timezone=zone, confidence=CERTAIN)
    if part.method != "REPLY":
        return None
    intent = {"ACCEPTED": Intent.ACCEPT, "DECLINED": Intent.DECLINE}.get(
        part.partstat or "", Intent.OTHER
    )
    known = part.partstat in ("ACCEPTED", "DECLINED", "TENTATIVE")
    return Extraction(intent, timezone=zone, confidence=CERTAIN if known else FAIR)


def _from_text(message: ParsedMessage, context: Context, now: datetime) -> Extraction:
    zone = context.timezone
    # (round 48) every reader sees a sentence the mailer wrapped as one line
    text = unwrapped(message.text)
    folded = fold(text)
    cues = _Cues.of(text, folded)
    relay = ""
    if context.role is Role.RECRUITER:
        # the people of this message: a mail quoted below from anyone else is relayed
        ours = {a.email for a in (message.sender, *message.to, *message.cc) if a is not None}
        # a withdrawal forwarded below outranks whatever the recruiter's own words ask for
        if not cues.strong(Cue.WITHDRAW) and any(
            h.cue is Cue.WITHDRAW and h.strong
            for h in find_cues(fold(forwarded(message.body, ours)))
        ):
            return Extraction(Intent.WITHDRAW, timezone=zone, confidence=GOOD)
        # someone's words relayed ("see below from Ana") are the answer, unless the recruiter's
        # own words give times, which then supersede the forwarded ones
        if not timelex.lex(timelex.masked(text)):
            relay = relayed(message.body, ours)
            if relay:
                text = "\n\n".join(part for part in (text, relay) if part)
                folded = fold(text)
                cues = _Cues.of(text, folded)
    # a week told by a holiday of the sender's country, written by its date for the time reader
    dated = dated_weeks(text, now.astimezone(timeresolve.zone_info(zone)).date(), zone)
    if dated is not text:
        text, folded = dated, fold(dated)
        cues = _Cues.of(text, folded)
    if not text.strip():
        # a box ticked in the quoted list of options with nothing written: that option picked
        mark = marked_option(message.body) if context.stage is Stage.PROPOSED else None
        if mark is not None and not mark.under and 1 <= mark.option <= len(context.proposed):
            return Extraction(Intent.ACCEPT, selected=mark.option, timezone=zone, confidence=GOOD)
        return _from_subject(message.subject, zone) or Extraction(
            Intent.OTHER, timezone=zone, confidence=NOTHING
        )
    duration = context.duration_minutes

    # Resolving times is the costly step, and most intents never need the windows;
    # a pick needs the same reading, so it is done at most once.
    @cache
    def times() -> timeresolve.Times:
        return timeresolve.read_times(
            text, now=now, zone=zone, duration_minutes=duration, booked=context.scheduled
        )

    @cache
    def zones_named() -> list[tuple[int, int, str]]:
        return timelex.named_zones(text)

    @cache
    def told() -> tuple[timeresolve.Mention, ...]:
        return tuple(told_days(text, folded, times().mentions, cues.hits))

    @cache
    def offered() -> tuple[Window, ...]:
        return offered_but(told())

    @cache
    def offered_as_read() -> tuple[Window, ...]:
        return offered_but(())

    def offered_but(told: Sequence[timeresolve.Mention]) -> tuple[Window, ...]:
        found = _offered(_undeferred(times(), cues, folded, told), context)
        if context.stage is Stage.PROPOSED and (later := options_week_on(folded, context.proposed)):
            # (round 44) the options' own times a week on: not the whole week the phrase names
            found = later
        if context.stage is not Stage.SCHEDULED:
            return _all_refused(found, times(), cues, context, text, folded)
        # "un imprévu mercredi, décaler à jeudi après 14h": the booked day named whole beside
        # other times is the day being moved from, not one offered
        others = tuple(
            w
            for w in found
            if not _booked_day(w, context.scheduled)
            and not _left_of_booked(w, times(), context.scheduled)
        )
        found = others or found
        # "push it back an hour; same time Friday works too": the booked slot itself, moved,
        # beside any other time offered
        moved = shifted(folded, context.scheduled, zone)
        # (round 44) and the hours said with no day that place the move
        hours = [
            w
            for m in times().mentions
            if dayless(m) and m.has_time and not m.negated
            for w in m.windows
        ]
        days = {
            w.start.astimezone(timeresolve.zone_info(zone)).date()
            for m in times().mentions
            if not dayless(m)
            for w in m.windows
        }
        moved = hours_of_move(folded, moved, found, hours, context.scheduled, days)
        return beside_move(folded, found, context.scheduled, moved)

    chosen: Pick | None = None
    if context.stage is Stage.PROPOSED:
        mark = marked_option(message.body)
        count = len(context.proposed)
        # the list pasted back with one line marked: the numbers on its lines name no option
        pasted = pointed(folded, cues.hits, mark, count) if mark and mark.pasted else None
        chosen = (
            pasted
            or pick(
                folded,
                cues.hits,
                context.proposed,
                times().mentions,
                timeresolve.zone_info(zone),
                zones_named,
            )
            or pointed(folded, cues.hits, mark, count)
        )
    intent, outcome, confidence = _decide(
        cues,
        context,
        offered,
        chosen,
        now,
        lambda: _days_no(folded, cues, times().mentions, picked=chosen is not None),
        lambda: times().mentions,
        lambda: _yes_of_another_time(folded, cues, times().mentions, context.scheduled),
    )
    if relay and intent is Intent.FEEDBACK and not _round_done(context, now):
        # relayed "not to go on" is a candidate withdrawing or a client rejecting; before the
        # round is held nothing tells whose words they are
        confidence = min(confidence, WEAK)
    if (
        intent is Intent.ACCEPT
        and context.stage is Stage.SCHEDULED
        and _acknowledges(folded, cues, context.role)
    ):
        intent, confidence = Intent.OTHER, FAIR
    if intent is Intent.OTHER and confidence <= NOTHING:
        from_subject = _from_subject(message.subject, zone)
        if from_subject is not None:
            return from_subject

    def doubted(
        windows: Callable[[], tuple[Window, ...]], unread_words: bool = True
    ) -> tuple[Intent, float]:
        return _doubted(
            intent,
            confidence,
            outcome,
            text,
            folded,
            cues,
            chosen,
            times,
            windows,
            _round_done(context, now),
            message.unsure_table,
            context,
            message.body,
            unread_words,
        )

    intent, confidence = doubted(offered)
    keeps_windows = intent in (Intent.AVAILABILITY, Intent.RESCHEDULE)
    if keeps_windows and told() and offered() != offered_as_read():
        # (round 35) the days told as facts come out of the windows, never out of the doubts:
        # what made the reply doubtful with them offered may still be misread around them
        confidence = min(confidence, doubted(offered_as_read, unread_words=False)[1])
    windows = offered() if keeps_windows else ()
    return Extraction(
        intent=intent,
        windows=windows,
        selected=chosen.selected if chosen is not None and intent is Intent.ACCEPT else None,
        outcome=outcome,
        timezone=_zone_of(windows, zone),
        confidence=confidence,
    )


def _acknowledges(folded: str, cues: _Cues, role: Role) -> bool:
    """ "Great, thanks! 👍" to an invite: praise and thanks with no word of agreement leave
    nothing to accept (the issue names "great" and "👍" as bare acknowledgements); so does a
    reply of emoji alone, and a recruiter's thanks for a booking ("thanks, looks good"), as
    the recruiter has no slot of their own to agree to."""
    confirms = [folded[h.start : h.end] for h in cues.hits if h.cue is Cue.CONFIRM]
    bare = cues.any(Cue.THANKS) or not _ANY_WORD.search(folded)
    praise = _NOTED if role is Role.RECRUITER else _PRAISE
    return bare and all(praise.fullmatch(c) for c in confirms)


def _past_hard_stop(folded: str, offered: Sequence[Window]) -> bool:
    """Some time offered runs on past the hour of a hard stop ("2-4:30pm, hard stop at 4:30"
    read as 2 to 5:30): an end read as a time offered."""
    for stop in _HARD_STOP.finditer(folded):
        # a bare hour read as the contract reads it: "hard stop 4:30" is in the afternoon
        minutes = timelex.day_minutes(int(stop["h"]), int(stop["m"] or 0), "") % (24 * 60)
        at = time(*divmod(minutes, 60))
        if any(w.start.time() <= at < w.end.time() for w in offered):
            return True
    return False


def _doubted(
    intent: Intent,
    confidence: float,
    outcome: Outcome | None,
    text: str,
    folded: str,
    cues: _Cues,
    chosen: Pick | None,
    times: Callable[[], timeresolve.Times],
    offered: Callable[[], tuple[Window, ...]],
    held: bool,
    unsure_table: bool,
    context: Context,
    body: str,
    unread_words: bool,
) -> tuple[Intent, float]:
    """The reading with its confidence lowered under the floor where the rules met something
    they do not fully model, so that a person (or the LLM) reads the reply instead.

    An `other` is never handed over by confidence, so a doubtful one becomes a `question`."""
    # a client or recruiter writing after the round was held most likely gives a verdict
    verdict_due = held and context.role is not Role.CANDIDATE
    if intent is Intent.OTHER:
        # what a thank-you does not say (calibration round 3): a yes or a no to the verdict
        # awaited ("non merci", "yes let's go"), the search said to be over ("Le recrutement
        # est clos, merci"), a date or clock time named ("she confirms Wednesday at 2"); and
        # (round 4) a message forwarded below ("FYI - see below. Please take her out of the
        # process"), or a postscript lost with the signature ("P.D.: el jueves me va bien")
        if (
            (verdict_due and says_yes_or_no(folded))
            # (round 7) an answer put on a condition: "should be fine unless my flight moves"
            or conditioned(folded)
            # a weekday named, which the time reader let go ("Probably Thursday, I'll confirm")
            or names_weekday(folded)
            or search_over(folded)
            or any(m.has_time or _DIGIT.search(folded, *m.span) for m in times().mentions)
            or _ANY_WORD.search(forwarded(body))
            or postscript_lost(body, text)
        ):
            return Intent.QUESTION, WEAK
        # A thank-you is an acknowledgement, unless a verdict is awaited from its sender; other
        # words that no cue or time explains are more than that, and a person reads them.
        polite = cues.any(Cue.THANKS) or cues.any(Cue.CONFIRM) or cues.any(Cue.LATER)
        spans = [(h.start, h.end) for h in cues.hits] + [m.span for m in times().mentions]
        left = unexplained(folded, spans)[1]
        if (verdict_due or not polite) and left >= _UNEXPLAINED_WORDS:
            return Intent.QUESTION, WEAK
        # a polite reply is exempt only while what it says beyond thanks stays short: a whole
        # sentence no cue reads ("Finalement je reste dans mon entreprise actuelle, vous pouvez
        # arrêter ma candidature") is news the rules do not model
        starts = [h.start for h in cues.hits]
        if unread_sentence(text, folded, spans, starts) >= _UNREAD_SENTENCE:
            return Intent.QUESTION, WEAK
        # a cue that would act (a verdict out of its round, a freeze, a refusal) that the
        # reading set aside: the reply said something, and it was not a thank-you; (round 49)
        # a candidate gives no verdict on a round ("a conversa com a Chef fluiu muito bem")
        if any(
            h.cue in _ACTING
            and not h.soft
            and not (context.role is Role.CANDIDATE and h.cue in _VERDICT_ONLY)
            for h in cues.hits
        ):
            return Intent.QUESTION, WEAK
        # while options await a choice, a reply is an answer to them: a yes that picks none
        # ("thu works 👍") or words the reader left unread ("the second-to-last") may name one
        if context.stage is Stage.PROPOSED and (cues.any(Cue.CONFIRM) or left):
            return Intent.QUESTION, WEAK
        # nothing at all was recognised ("Option B please"): not a known acknowledgement
        if confidence <= NOTHING and _ANY_WORD.search(folded):
            return Intent.QUESTION, WEAK
        # "sounds good" to a choice of options: a yes to which one? A number the reader
        # left unread ("el día 3 me viene bien") may name it.
        if chosen is None and cues.any(Cue.CONFIRM) and not cues.any(Cue.THANKS):
            named = times().mentions or _DIGIT.search(folded)
            return (Intent.QUESTION, WEAK) if named else (intent, confidence)
        return intent, confidence
    # (round 28) a pick put off until a question is answered ("before I confirm Thursday at 10,
    # is it in person?"): nothing is picked yet, and a person answers
    if (
        intent is Intent.ACCEPT
        and context.stage is Stage.PROPOSED
        and PICK_PUT_OFF_RE.search(folded)
    ):
        return Intent.QUESTION, WEAK
    offers = intent in (Intent.AVAILABILITY, Intent.RESCHEDULE)
    offering = _offering(times().mentions, offered()) if offers else []
    if (
        # a table whose days head its columns: which cell pairs with which is a guess
        (intent in (Intent.AVAILABILITY, Intent.RESCHEDULE, Intent.ACCEPT) and _day_columns(text))
        # a table with cells its reading could not place ("tentative", a time with no day),
        # unless (calibration round 8) each row naming a day was read and the rows offered say
        # nothing more: the cells left say why a day refused is taken ("belegt (Jury)")
        or (
            intent in (Intent.AVAILABILITY, Intent.RESCHEDULE, Intent.ACCEPT)
            and unsure_table
            and not rows_placed(text, folded, times().mentions, offering)
        )
        # a day or time the time reader could not place for sure, or a refusal or exception it
        # could not attach to any day or time that may turn down a day offered
        or (offers and (times().unscoped > 0 or _refusal_reaches(times(), offered())))
        # a refusal in an "if" clause ("if Friday doesn't work on your side, Monday"): a
        # condition the time reader takes for a refusal
        or (offers and _refused_if(folded, cues, times().mentions))
        # a day or time that fits several options the reply does not tell apart
        or (intent is Intent.ACCEPT and chosen is not None and chosen.ambiguous)
        # a reply that names its answer two ways that disagree (calibration round 6): the quoted
        # list marks another option than the one picked, or marks one whose box and number
        # disagree ("> [x] 3. Wed 4pm" as the first box); an ordinal over the whole list names
        # another option than the one picked, a second choice after it ("Prefiero la primera;
        # si no, el miércoles" read as Wednesday's first)
        or (
            intent is Intent.ACCEPT
            and chosen is not None
            and context.stage is Stage.PROPOSED
            and mark_disagrees(body, chosen.selected)
        )
        or (
            intent is Intent.ACCEPT
            and chosen is not None
            and rank_disagrees(folded, chosen.selected, len(context.proposed))
        )
        # a pick the days or numbers around it may contradict ("Mercredi, le second créneau")
        or (
            intent is Intent.ACCEPT
            and chosen is not None
            and pick_doubted(folded, chosen, context.proposed, times().mentions)
        )
        # the booked slot confirmed, then a question naming another time ("any chance we could
        # start at 2:30 instead?", "daria para passar para as 15h?"): a move no cue read
        or (intent is Intent.ACCEPT and _asks_another_time(folded, times().mentions, context))
        # (round 46) an option picked, then another hour asked or preferred for it
        or (intent is Intent.ACCEPT and chosen is not None and _picked_elsewhen(folded, context))
        # (round 37) a day named beside a confirmation not given yet ("Bianca hasn't confirmed
        # Wednesday yet", "ainda não confirmou a quarta"): the option awaited, not one picked
        or (intent is Intent.ACCEPT and unconfirmed(folded))
        # a call-off beside a yes to the interview ("the fire drill got called off, so nothing
        # changes. See you Wednesday"): what was called off may be something else; (round 37)
        # a job accepted elsewhere is the reason for a withdrawal, no yes
        or (
            intent in (Intent.CANCEL, Intent.WITHDRAW)
            and any(
                h.cue is Cue.CONFIRM and not job_taken(folded, h.start, h.end) for h in cues.hits
            )
        )
        # a move with no new time read, beside a yes ("Remarquei meu dentista, então quarta às
        # 14h está perfeito"): moved, or confirmed?
        or (intent is Intent.RESCHEDULE and cues.any(Cue.CONFIRM) and not offered())
        # a clause the cues turn down ("a no-go for Thursday") whose day the reader still offers
        or (offers and _turned_down(folded, cues, times(), offering))
        # none of the options, new times promised for later, and yet a day read as offered now
        or (offers and cues.strong(Cue.REJECT_ALL) and cues.any(Cue.LATER))
        # (round 27) and every day of an option's week offered instead: a week named after
        # the options' own ("la semana siguiente") that the reader counted from today
        or (
            offers
            and cues.strong(Cue.REJECT_ALL)
            and refused_week_offered(offered(), context.proposed)
        )
        # a day offered whole by one phrase and in part by another: which hours go with it?
        or (offers and _competing(offering))
        # time offered past a hard stop's hour: the reader took the hour for a time of its own
        or (offers and _past_hard_stop(folded, offered()))
        # (round 29) and the other way round: a day's hours inside a wider phrase's, lost in it
        or (offers and hours_swallowed(offering, offered()))
        # a weekday offered inside days another phrase refuses: "next week I'm away; Tuesday
        # or Thursday" (which week?); a date ("only the 9th") says which
        or (offers and _refused_yet_offered(folded, times().mentions, offering))
        # hours named with no day that narrowed none of the days offered ("any day but
        # Wednesday (board), ideally between 11 and 12:30"): which days do they go with?
        or (offers and _hours_unplaced(offering, offered()))
        # (round 27) a clock time or a refused weekday the time reader read and placed in no
        # phrase, of which the offer shows no trace: "between 9:30 and 3" beside "next week
        # works", "any morning next week though not Monday" (round 38: not the hour of another
        # event told in a reason, "because I leave work at 4:30", placed nowhere on purpose)
        or (
            offers
            and time_unplaced(
                text, folded, _placed_spans(times()), times().mentions, offered(), context.scheduled
            )
        )
        # (rounds 29 and 30) a day as the bound nothing may come before ("Not before the 10th"),
        # and the offer not starting there
        or (
            offers
            and not_before_offered(
                text, folded, times().read_spans, times().mentions, offering, offered()
            )
        )
        # (round 30) a day split around the hour the sender is at the desk until
        or (offers and desk_until_split(folded, offered()))
        # (round 27) a day offered in a clause of regret ("Mittwoch muss ich leider passen")
        or (offers and regret_offered(folded, times().mentions, offered()))
        # (round 28) a public holiday named where no day is written, or said of a day offered
        or (offers and holiday_unplaced(folded, times().mentions, offering))
        # (round 32) a week told by a holiday its country does not keep, or by the sender's own
        # event ("the week after my trip")
        or (offers and week_undated(folded))
        # a week named back by one day, and fewer days offered than that week holds
        or (
            offers
            and _WEEK_BACK.search(folded) is not None
            and len({w.start.date() for w in offered()}) < 2
        )
        # an offered time off the quarter hours ("Raum 3.14" read as 15:14): a room, a phone
        # number or a price more likely than a time someone offers
        or (offers and any(w.start.minute % _QUARTER for w in offered()))
        # (round 26) an offered hour no one works at, before 6:00 or from 22:00: an hour that
        # says when something else happens ("the market opens at 4am so I'm done by then",
        # "on the road from 5"), more likely than a time offered
        or (offers and any(not _WAKING <= w.start.hour < _ASLEEP for w in offered()))
        # words around the offered times that nothing explains ("any weekday bar Friday")
        # and (doubt round 24) a word the reader does not know where the shape of the reply
        # says a word of time stands: a day abbreviated, a bound before a clock time, a row's
        # head, what ties a week to its day
        or (
            offers
            and unread_words
            and _unread(text, folded, cues, times(), offering, context, offered())
        )
        # (round 42) an offered time the sender then puts right
        or (offers and _put_right(folded, times().mentions, offering))
        # what the words beside the offered days say of their hours or week, and the windows
        # do not show (calibration round 2): a part of day read and not applied ("Monday or
        # Tuesday, mornings ideally"), a row whose one day is taken ("jeudi 14 : pas
        # disponible") offered whole, a range read as its two ends or a clock time beside a day
        # offered whole, weekdays offered outside the week named for them ("the following
        # week: Tuesday or Thursday"), the day to answer by offered as free
        or (offers and part_unapplied(folded, offering, offered()))
        or (offers and taken_row(text, folded, times().mentions, offering, offered()))
        or (offers and hours_unapplied(text, folded, times().mentions, offering, offered()))
        or (offers and week_unread(folded, times().mentions, offering))
        or (offers and deadline_offered(text, folded, offering))
        # offered days the words beside them tell against (calibration round 4): hours excepted
        # and offered instead of the rest of the day ("all day, bar quarter to one till half
        # two"), a relative day whose weekday is told as a fact ("amanhã é domingo"), a part of
        # day read alone beside a day offered whole ("pasado mañana (lunes) por la mañana"), a
        # day named in a wish ("hope your Monday went well")
        or (offers and exception_offered(folded, offering, offered()))
        or (offers and day_told(folded, offering))
        or (offers and part_left_out(folded, times().mentions, offered()))
        or (offers and day_wished(text, folded, offering))
        # a part of day whose words say more than its windows: "a partir de las diez de la
        # mañana" cut at noon, "toda la mañana" offered as an hour, "jeweils nur vormittags"
        # kept by the list's last day only, "every morning so nothing before 9:30" read as no
        # morning at all
        or (offers and part_misapplied(folded, times().mentions, offering, offered()))
        # a day that only ends a stretch ("free until the 11th", "away until Friday") offered
        or (offers and until_offered(folded, offering))
        # a verdict is due from the sender, yet the reply reads as scheduling: feedback whose
        # verdict the rules could not place ("Solid. Thursday with Ana next?")
        or (verdict_due and intent in (Intent.AVAILABILITY, Intent.ACCEPT, Intent.DECLINE))
        # readings another reading of the same words competes with (calibration round 3): a
        # verdict before any round was held ("We have hired another candidate" while the
        # interview is booked: a call-off?), a hold or rejection beside a step asked of the
        # candidate ("Je ne dirais pas non… Un entretien technique avec Karim"), the option
        # picked by a number its clause turns down ("les options 1 et 3 ne vont pas ; la 2"),
        # an option named by its rank and read as times ("La segunda fecha me viene bien")
        or (intent is Intent.FEEDBACK and not held)
        # (round 28) the most harmful misreading, a verdict read as its opposite: another round
        # read where someone other than the candidate is named ("another candidate", "otro
        # perfil"), whom the sender may be going on with instead
        or (
            intent is Intent.FEEDBACK
            and outcome is Outcome.ADVANCE
            and SOMEONE_ELSE_RE.search(folded) is not None
        )
        or (
            intent is Intent.FEEDBACK
            and outcome in (Outcome.HOLD, Outcome.REJECT)
            and step_before_deciding(folded)
        )
        or (
            intent is Intent.FEEDBACK
            and outcome is Outcome.REJECT
            and confidence < STRONG
            and step_asked(folded)
        )
        or (
            intent is Intent.ACCEPT
            and chosen is not None
            and chosen.explicit
            and option_refused(folded, chosen.selected)
        )
        or (offers and context.stage is Stage.PROPOSED and option_by_rank(folded))
        # a verdict before the round is held, beside a yes to it ("too junior for us. But let's
        # still do Wednesday"): a no to the candidate, or to the interview?
        or (intent is Intent.FEEDBACK and not verdict_due and cues.any(Cue.CONFIRM))
        # what the reading's own words say against it (calibration round 5): a move by a stated
        # amount while no window holds the booked slot so moved ("on peut repousser de 2h ?"),
        # an open start none of its phrase's windows begins at ("sexta depois do almoço, a
        # partir das 14h" offered from 13:00), a row that offers its day whole while saying
        # something else, beside rows that offer in words or hours ("Mon - in court all day");
        or (
            intent in (Intent.ACCEPT, Intent.RESCHEDULE)
            and context.stage is Stage.SCHEDULED
            and move_unplaced(folded, context.scheduled, offered())
        )
        or (offers and move_refused(folded))
        or (intent is Intent.RESCHEDULE and target_unread(folded, offered()))
        or (offers and open_start_unmet(folded, offering, offered()))
        or (
            offers
            and busy_row_offered(text, folded, _explained(cues, times()), offering, offered())
        )
        # days named back in a sentence that offers them ("dispo à partir de 15h ces jours-là",
        # "à tarde estou livre nesses dias") after the days were named with what fills them,
        # while (calibration round 8) days of that phrase are left out of the offer
        or (offers and days_pointed(folded, offering, offered()))
        # a range of weekdays offered as its two ends ("de martes a viernes" as a Tuesday and a
        # Friday), a roster line opened by a short weekday the reader left unread, its hours
        # given to the line above ("di ab halb 3\nmi 10-12")
        or (offers and range_hollowed(folded, offered()))
        or (offers and phrase_across_rows(text, offering))
        # what the answer is hedged on, put off to or signed with (calibration round 7): a day
        # named in the
        # clause where the sender promises their answer ("mañana te lo confirmo") offered, a day
        # a negation opens ("pas ce vendredi") offered, a call-off or move read only inside a
        # condition on the answer ("sauf si mon train est annulé", "außer mein Flug verschiebt
        # sich")
        or (offers and answer_day_offered(folded, offering))
        or (offers and negated_day_offered(folded, offering, offered()))
        # (round 34) a day refused "too" after a day offered in its sentence
        or (offers and neither_after_offer(folded, offering))
        # a phrase offered in the last paragraph, which says nothing of offering, beside one
        # offered before it: office hours in a signature ("Horaires : lun.–ven. 9h–18h")
        or (offers and trailer_offered(folded, offering))
        or (
            intent in _DECIDED_BY
            and conditional(folded, [h.start for h in cues.hits if h.cue is _DECIDED_BY[intent]])
        )
        # what the offer leaves unread around it (calibration round 8): a day refused as the end
        # of a stretch while a day before it in its week is offered ("on call thru fri"), an
        # option named with its hour yet neither picked nor offered ("Friday at 11 is perfect,
        # I'm off that morning"), a verdict put off that names a week for a step ("einen Tag
        # zur Probe in der Woche ab dem 15. März"), a week refused whole that days inside it
        # narrow while weekdays offered fall in another week, a row of a day and a date with
        # an hour that no phrase read ("Seg 26/04 14h-17h")
        or (offers and stretch_offered(folded, times().mentions, offered()))
        or (
            offers
            and context.stage is Stage.PROPOSED
            and (
                option_unoffered(times().mentions, offered(), context.proposed)
                or options_offered_back(offered(), context.proposed)
            )
        )
        or (
            intent is Intent.FEEDBACK
            and outcome is Outcome.HOLD
            and frame_named(folded, times().mentions)
        )
        or (offers and week_narrowed(folded, times().mentions, offering))
        or (offers and row_unplaced(folded, times().mentions))
        # a week named by its first date, offered as that day among the days listed in it
        # (calibration round 9: "la semana del 22, el martes 23 o el jueves 25")
        or (offers and week_head_offered(folded, times().mentions, offered()))
    ):
        return intent, min(confidence, WEAK)
    # feedback that also names times: the times may be the verdict's subject or a schedule
    if intent is Intent.FEEDBACK and times().mentions:
        return intent, confidence * CONFLICT
    return intent, confidence


def _picked_elsewhen(folded: str, context: Context) -> bool:
    """A reply to options asks or prefers another hour than theirs ("Thursday 10 works but
    could we start at 10:30?", "¿podríamos empezar a las 10:30?") or a move by an amount ("Can
    we do Thursday at 10 but 30 min later?")."""
    return context.stage is Stage.PROPOSED and (
        bool(amounts_asked(folded)) or other_hour_asked(folded, context.proposed, context.timezone)
    )


def _asks_another_time(
    folded: str, mentions: Sequence[timeresolve.Mention], context: Context
) -> bool:
    """A question of a reply to a booked interview names a time the booked slot is not in."""
    booked = context.scheduled
    if context.stage is not Stage.SCHEDULED or booked is None or "?" not in folded:
        return False
    asked = questions(folded)
    return any(
        not m.negated
        and any(start < m.span[1] and m.span[0] < end for start, end in asked)
        and not any(w.start <= booked.start < w.end for w in m.windows)
        for m in mentions
    )


# "if Friday doesn't work", "si le vendredi ne va pas", "wenn Freitag nicht passt", "si el
# viernes no te va", "se sexta não der": the refusal is a condition
_IF_BEFORE = re.compile(r"\b" + IF_WORDS + r"\s+(?:[\w']+\s+){0,4}?$")
_IF_REACH = 40


def _refused_if(folded: str, cues: _Cues, mentions: Sequence[timeresolve.Mention]) -> bool:
    """A refusal put as a condition that the time reader took for one: a day or time named from
    the "if" on read as refused. (round 37) The fallback read right ("if Friday is bad for them,
    Monday": Friday still offered, "or if that doesn't work, Friday any time") leaves no doubt."""
    for h in cues.hits:
        if h.cue not in (Cue.NEGATIVE, Cue.CANT_MAKE):
            continue
        start = max(0, h.start - _IF_REACH)
        condition = _IF_BEFORE.search(folded[start : h.start])
        if condition is not None and any(
            m.negated and start + condition.start() <= m.span[0] < h.end + _IF_REACH
            for m in mentions
        ):
            return True
    return False


def _undeferred(
    times: timeresolve.Times, cues: _Cues, folded: str, told: Sequence[timeresolve.Mention]
) -> list[Window]:
    """The offered windows without those named in a clause that promises a later answer:
    "I'll come back to you with times for the week after" offers nothing yet, nor in one that
    refuses every option: "ninguna de las dos me calza esta semana" scopes the refusal, nor the
    days a part of a sentence only tells a fact of ("Holi is on Sunday"; `told.told_days`)."""
    # a weak hold ("I'll get back to you") promises word to come as well
    later = sorted(
        h.start
        for h in cues.hits
        if h.cue is Cue.LATER
        or (h.cue is Cue.REJECT_ALL and h.strong)
        or (h.cue is Cue.HOLD and not h.strong)
    )
    if not later and not told:
        return times.offered
    ends = times.clauses
    strong_refusals = [h for h in cues.hits if h.cue is Cue.REJECT_ALL and h.strong]
    refusals = [h.end for h in strong_refusals]
    refusing = [h.start for h in strong_refusals]
    busy = [h.start for h in cues.hits if h.cue is Cue.BUSY]
    deferring = [
        m
        for m in times.mentions
        # a bare hour ("I'll confirm by 3") names no day, and would cut it out of every day
        if not m.negated
        and not dayless(m)
        and (
            _same_clause(ends, m.span[0], later)
            or _awaited(folded, ends, m.span[0], later)
            or _explains(folded, ends, m.span[0], refusals, busy)
            or _reason_before(folded, ends, m.span[0], refusing, busy)
        )
    ] + list(told)
    if not deferring:
        return times.offered
    deferred = [w for m in deferring for w in m.windows]
    return subtract(times.offered, subtract(deferred, _day_hours(times.mentions, deferring)))


def _day_hours(
    mentions: Sequence[timeresolve.Mention], deferring: Sequence[timeresolve.Mention]
) -> list[Window]:
    """The hours offered for one day of their own, outside the clauses that defer: a clause
    that says when the sender acts ("I will check my mails on Wednesday morning") takes back
    a broad span ("next week, I'll confirm Wednesday later"), not the hours a line gives
    that day ("Wed the 25th: 11:00 - 12:30"), by the clock or (round 49) by a part of it ("or this
    afternoon itself … share these with his office today?")."""
    held = {id(m) for m in deferring}
    return [
        w
        for m in mentions
        if id(m) not in held
        and not m.negated
        and (m.has_time or all(w.end - w.start < WHOLE_DAY for w in m.windows))
        and len({w.start.date() for w in m.windows}) == 1
        for w in m.windows
    ]


def _offering(
    mentions: Sequence[timeresolve.Mention], offered: Sequence[Window]
) -> list[timeresolve.Mention]:
    """The phrases that gave some of the windows the reply offers in the end (not the booked
    interview it names, nor times it defers)."""
    return [m for m in _overlapping(mentions, offered) if not m.negated]


def _overlapping(
    mentions: Sequence[timeresolve.Mention], offered: Sequence[Window]
) -> list[timeresolve.Mention]:
    """The phrases, offered or refused, that name some of the windows `offered` (merged and
    sorted, so found by bisection)."""
    starts = [o.start for o in offered]

    def offers(w: Window) -> bool:
        i = bisect_left(starts, w.end)
        return i > 0 and offered[i - 1].end > w.start

    return [m for m in mentions if any(map(offers, m.windows))]


def _refusal_reaches(times: timeresolve.Times, offered: Sequence[Window]) -> bool:
    """A refusal or exception word the time reader attached to nothing stands in a clause that
    names a day or time offered in the end (refused there or not): it may turn that down. In a
    clause whose days and times are all left out of the offer already ("Monday's the bank
    holiday, so that one's out", "a staff meeting this afternoon that I can't miss") it can
    turn nothing more down, whatever it refuses. A clause that names no day or time the reader
    placed may name any."""
    ends = times.clauses
    named = _overlapping(times.mentions, offered)
    # (a phrase may run over a cut: "Mittwoch, 12-13 Uhr ausgenommen")
    reached = {
        clause
        for m in named
        for clause in range(bisect_right(ends, m.span[0]), bisect_right(ends, m.span[1] - 1) + 1)
    }
    # (a clause whose day the reader set aside unresolved names no day it can tell is out)
    named_out = {bisect_right(ends, m.span[0]) for m in times.mentions} - reached
    return any(bisect_right(ends, at) not in named_out for at in times.refusals_unscoped)


def _of_the_rest(folded: str, ends: list[int], at: int) -> bool:
    """The clause of a busy state says it fills the rest of the time, not the time named."""
    c = bisect_right(ends, at)
    start, stop = (ends[c - 1] if c else 0), (ends[c] if c < len(ends) else len(folded))
    return REST_OF_TIME.search(folded, start, stop) is not None


def _turned_down(
    folded: str, cues: _Cues, times: timeresolve.Times, offering: list[timeresolve.Mention]
) -> bool:
    ends = times.clauses
    # a clause names a time of its own whether it offers it or refuses it
    timed = {bisect_right(ends, m.span[0]) for m in times.mentions}
    starts = [m.span[0] for m in times.mentions]
    # a clause whose refusal the time reader gave to hours ("mornings are out", "in court
    # until 2") keeps the rest of its day on purpose, where the reply says what it offers
    # (not "the client has a conflict at 2 tomorrow. Will send new times.")
    offered_in_words = offers_words(folded, 0, len(folded)) or cues.any(Cue.CONFIRM)
    modelled = {bisect_right(ends, at) for at in times.hours_refused if offered_in_words}
    down = [
        h.start
        for h in cues.hits
        if h.cue in (Cue.NEGATIVE, Cue.CANT_MAKE, Cue.BUSY)
        and not (h.cue is Cue.BUSY and _reason(folded, ends, h.start, offering))
        # (round 26) "I'm available on", "je suis disponible", "tengo un hueco": a state of
        # being free, which the cue of a busy state also opens
        and not (h.cue is Cue.BUSY and says_free(folded, h.start, h.end))
        # "I'm at the store tomorrow morning anyway, could do a call then": kept there whatever
        # comes, so reachable there
        and not (h.cue is Cue.BUSY and _anyway(folded, ends, h.end) is not None)
        # "between 12 and 2, I'm on the roofs the rest of the time": busy outside what it names
        and not (h.cue is Cue.BUSY and _of_the_rest(folded, ends, h.start))
        and bisect_right(ends, h.start) not in modelled
        and not (
            bisect_right(ends, h.start) not in timed
            and _beyond_bound(folded, ends, h.start, offering)
        )
    ]
    if not down:
        return False
    refused: set[int] = set()
    for at in down:
        clause = bisect_right(ends, at)
        refused.add(clause)
        # "Wednesday I'm at the plant all day, that one's out": a clause turned down that
        # names no time of its own points back at the one before it, unless the day it points
        # back to is refused already ("el jueves imposible, tengo exámenes")
        if clause not in timed and clause:
            left = ends[clause - 1]
            last = bisect_right(starts, left) - 1
            if last < 0 or not times.mentions[last].negated:
                refused.add(clause - 1)
        # "while I'm at the show in Denver (Tue-Thu)": the aside that follows names its days
        if clause < len(ends) and folded[ends[clause]] == "(":
            refused.add(clause + 1)
    return any(
        not dayless(m) and bisect_right(ends, m.span[0]) in refused and not _moved_to(cues, down, m)
        for m in offering
    )


def _moved_to(cues: _Cues, down: list[int], mention: timeresolve.Mention) -> bool:
    """(round 42) The day offered is where a move goes, after the refusal that is its reason, in
    one clause: "she has a doctor's appointment Tuesday and asked to move to Thursday", "il a un
    imprévu jeudi et aimerait déplacer son entrevue à lundi", "tiene médico el martes y pide
    pasar al jueves". The refusal is of the day moved from, not of the day moved to."""
    at = mention.span[0]
    before = [d for d in down if d < at]
    return bool(before) and any(h.cue is Cue.MOVE and max(before) < h.start < at for h in cues.hits)


def _beyond_bound(
    folded: str, ends: list[int], at: int, offering: list[timeresolve.Mention]
) -> bool:
    """ "Donnerstag ab halb 3, vorher bin ich im Dienst", "el jueves después de las 15, antes
    estoy en turno", "Friday 9 to 10:45 - after that I'm in the cellar": a refusal led by
    "before that" or "after that", right after hours offered, fills the hours their bound
    leaves out (it says why the bound is there); it turns down nothing of the day."""
    clause = bisect_right(ends, at)
    if not clause:
        return False
    led = _BEYOND_BOUND.match(folded, ends[clause - 1])
    if led is None or led.end() > at:
        return False
    return any(m.has_time and bisect_right(ends, m.span[1] - 1) == clause - 1 for m in offering)


def _anyway(folded: str, ends: list[int], at: int) -> re.Match[str] | None:
    clause = bisect_right(ends, at)
    return ANYWAY.search(folded, at, ends[clause] if clause < len(ends) else len(folded))


def _reason(folded: str, ends: list[int], at: int, offering: list[timeresolve.Mention]) -> bool:
    """ "Tuesday 2-4pm would be ideal since I'll be on East Coast hours that day": a busy
    clause led by "since"/"porque"/"weil" after the offered time, naming no time of its own,
    gives the reason for the offer rather than turning it down."""
    clause = bisect_right(ends, at)
    left = ends[clause - 1] if clause else 0
    right = ends[clause] if clause < len(ends) else len(folded)
    led = _BECAUSE.search(folded, left, at)
    if led is None:
        return False
    # (an offer may open in the clause before and end in this one: "Thursday or Friday would
    # be great, mornings ideally since I'm editing in the afternoons")
    spans = [m.span[0] for m in offering if left <= m.span[0] < right or left < m.span[1] <= right]
    # (round 38) or end in the clause before, when the reason word opens this one: "Thursday
    # 5-7, since I have a meeting at 4" (the meeting's hour is no part of the offer)
    if not spans and clause and _OPENS_REASON.fullmatch(folded, left, led.start()):
        before = ends[clause - 2] if clause > 1 else 0
        spans = [m.span[0] for m in offering if before < m.span[1] <= left]
    return bool(spans) and all(start < led.start() for start in spans)


def _put_right(
    folded: str, mentions: Sequence[timeresolve.Mention], offering: list[timeresolve.Mention]
) -> bool:
    """ "Monday at 2. Actually make that 3", "lundi 14h, pardon, je voulais dire 15h", "Montag
    14 Uhr, ich meinte 15 Uhr", "el lunes a las 14h, mejor dicho a las 15h", "segunda às 14h, ou
    melhor, às 15h": the phrase a correction puts right is still offered, alone or beside the
    time that replaces it. (A phrase the reader already took back, "le lundi 15… ah non, c'est
    férié", is no doubt, nor one the reader put right inside a phrase, "jeudi à 14h, enfin plutôt
    15h".)"""
    for at in corrections(folded):
        if any(m.span[0] < at < m.span[1] for m in mentions):
            continue
        before = [m for m in mentions if m.span[0] < at]
        if before and max(before, key=lambda m: m.span[0]) in offering:
            return True
    return False


def _competing(offering: list[timeresolve.Mention]) -> bool:
    """ "Monday or Tuesday next week, 9 to 11": the reader gave the hours to the broader phrase
    and left the days named in it whole; the hours most likely belong to those days. (A day
    named with hours inside a broader free range, "next week; Thursday from 8", refines it.)"""
    named = [m for m in offering if not dayless(m)]
    # for each day, the fewest days of a phrase that names it whole
    whole: dict[date, int] = {}
    for m in named:
        if not m.has_time:
            days = named_days(m)
            for d in days:
                whole[d] = min(whole.get(d, len(days)), len(days))
    return any(
        whole.get(d, len(days)) < len(days)
        for m in named
        if m.has_time
        for days in (named_days(m),)
        for d in days
    )


def _overlaps(offered: Sequence[Window]) -> Callable[[Window], Sequence[Window]]:
    """The offered windows (merged and sorted, so their ends are sorted too) that overlap a
    window, found by bisection."""
    starts = [o.start for o in offered]
    ends = [o.end for o in offered]

    def overlapping(w: Window) -> Sequence[Window]:
        return offered[bisect_right(ends, w.start) : bisect_left(starts, w.end)]

    return overlapping


def _refused_yet_offered(
    folded: str, mentions: Sequence[timeresolve.Mention], offering: list[timeresolve.Mention]
) -> bool:
    # (calibration round 8) a weekday the reply excepts from the refusal ("This week is tricky,
    # except Friday morning") is the time left open
    weekdays = [
        w
        for m in offering
        if m.weekday and not dayless(m) and not excepted(folded, m.span[0])
        for w in m.windows
    ]
    if not weekdays:
        return False
    overlapping = _overlaps(merge(weekdays))
    narrowing = {frozenset(named_days(m)) for m in unoffered(mentions, offering)}
    # (hours refused on a day, "mardi je suis en réunion de 13h à 15h", say which day they are);
    # since round 8 only a stretch of days refused whole counts, and not one that days named
    # inside it narrow ("La semana que viene estoy de viaje de lunes a miércoles. El jueves"):
    # a part of one day refused ("Friday morning I'm at the dentist") leaves the rest offered
    for m in mentions:
        days = named_days(m)
        if not m.negated or dayless(m) or m.has_time or len(days) < 2:
            continue
        if not any(inner < days for inner in narrowing) and any(map(overlapping, m.windows)):
            return True
    return False


def _hours_unplaced(offering: list[timeresolve.Mention], offered: Sequence[Window]) -> bool:
    """A dayless time phrase every offered window it touches is wider than: the hours were
    left beside the days rather than given to them."""
    overlapping = _overlaps(offered)
    for m in offering:
        if not (dayless(m) and m.has_time):
            continue
        touched = [(w, o) for w in m.windows for o in overlapping(w)]
        if touched and all(o.start < w.start or w.end < o.end for w, o in touched):
            return True
    return False


def _awaited(folded: str, ends: list[int], at: int, later: list[int]) -> bool:
    """The clause `at` lies in waits on the promise just before it: "I'll get back to you, once
    I know my diary for the week after" defers that week too."""
    i = bisect_right(ends, at)
    return (
        i > 0
        and bool(_ONCE.match(folded, ends[i - 1]))
        and _same_clause(ends, ends[i - 1] - 1, later)
    )


def _explains(folded: str, ends: list[int], at: int, refusals: list[int], busy: list[int]) -> bool:
    """The clause `at` lies in follows a colon after a refusal of every option in its sentence
    and neither offers nor asks: "aucun de ces créneaux ne me convient : je serai à Montréal du
    23 au 3" gives the reason ("none of these work: I'm free Thursday" still offers); after a
    comma or semicolon it must tell what keeps the sender busy ("keiner der drei Termine passt,
    nächste Woche bin ich im Audit")."""
    i = bisect_right(ends, at)
    if i == 0 or not (
        folded[ends[i - 1]] == ":" or (folded[ends[i - 1]] in ",;" and _same_clause(ends, at, busy))
    ):
        return False
    colon = ends[i - 1]
    right = ends[i] if i < len(ends) else len(folded)
    if "?" in folded[colon : right + 1] or frees_words(folded, colon, right):
        return False
    return any(end <= colon and not _SENTENCE_STOP.search(folded, end, colon) for end in refusals)


def _reason_before(
    folded: str, ends: list[int], at: int, refusing: list[int], busy: list[int]
) -> bool:
    """The clause `at` lies in is joined by a comma to a refusal of every option after it in
    its sentence, and tells what keeps the sender busy or does not offer: "je pars en séminaire
    demain jusqu'à jeudi soir, aucun de ces créneaux ne va", "I'm on a rotation until the 9th, so
    I can't do any of these"."""
    i = bisect_right(ends, at)
    if i >= len(ends) or folded[ends[i]] != ",":
        return False
    left = ends[i - 1] if i else 0
    if "?" in folded[left : ends[i]]:
        return False
    if not (_same_clause(ends, at, busy) or not offers_words(folded, left, ends[i])):
        return False
    j = bisect_right(refusing, ends[i])
    return j < len(refusing) and not _SENTENCE_STOP.search(folded, ends[i], refusing[j])


def _same_clause(ends: list[int], at: int, others: list[int]) -> bool:
    """Some position of `others` lies in the clause `at` lies in (`ends`: clause ends, sorted)."""
    i = bisect_right(ends, at)
    # the first clause takes in position 0 (a reply opening with its cue)
    left, right = ends[i - 1] if i else -1, ends[i] if i < len(ends) else 1 << 62
    j = bisect_right(others, left)
    return j < len(others) and others[j] < right


def _placed_spans(times: timeresolve.Times) -> list[tuple[int, int]]:
    """The spans the time reader read, but for the times it placed nowhere on purpose."""
    apart = set(times.told_apart)
    return [span for span in times.read_spans if span not in apart]


def _explained(cues: _Cues, times: timeresolve.Times) -> list[tuple[int, int]]:
    """The spans a cue or the time reader read."""
    return [(h.start, h.end) for h in cues.hits] + times.read_spans


def _unread(
    text: str,
    folded: str,
    cues: _Cues,
    times: timeresolve.Times,
    offering: list[timeresolve.Mention],
    context: Context,
    offered: tuple[Window, ...],
) -> bool:
    # (what the cues and the time reader read, mapped once for every doubt below; and the
    # "anyway" that made a busy state a place to be reached at)
    anyway = [_anyway(folded, times.clauses, h.end) for h in cues.hits if h.cue is Cue.BUSY]
    read = [m.span() for m in anyway if m is not None]
    covered = covered_chars(folded, _explained(cues, times) + read)
    offers = sorted(m.span[0] for m in offering)
    # (a word of contrast is plain unless the week of the offer it sets apart is unsure)
    plain = not day_before_refused(times.mentions, offering)
    # (round 42) and the reason a refused time is out says nothing of the times offered
    why = refusal_reasons(folded, times.mentions, times.clauses)
    # (round 44) and the way a move goes, where the times offered lie that way
    why += way_said(folded, context.scheduled, offered)
    told = covered_chars(folded, _explained(cues, times) + read + why)
    return (
        len(odd_words(text, folded, told, times.clauses, offers, plain)) >= _ODD_WORDS
        or abbreviation_unread(folded, covered)
        or bound_unread(folded, covered, offering, context.duration_minutes)
        or row_unread(folded, covered)
        or week_beside_day(text, folded, offering)
    )


def _day_columns(text: str) -> bool:
    """A table row (cells set off by tabs) names days in two cells and no time: a header; or
    times in two cells and no day: cells whose days head columns the reading did not see (an
    image, a head in another table)."""
    for line in text.splitlines():
        if "\t" not in line:
            continue
        atoms = [timelex.lex(timelex.masked(cell)) for cell in line.split("\t")]
        days = sum(any(a.kind == "day" for a in cell) for cell in atoms)
        times = sum(any(a.kind == "time" for a in cell) for cell in atoms)
        if (days >= 2 and not times) or (times >= 2 and not days):
            return True
    return False


def _offered(windows: Sequence[Window], context: Context) -> tuple[Window, ...]:
    """At stage scheduled, a time on the booked slot names the interview; it is no offer."""
    booked = context.scheduled
    if context.stage is not Stage.SCHEDULED or booked is None:
        return tuple(windows)
    kept = []
    for w in windows:
        if not (w.start < booked.end and booked.start < w.end):
            kept.append(w)
        elif w.start == booked.start and w.end > booked.end:
            # "there at 2 (the booked hour)... or 3pm the same day?": the hours after the slot
            # are offered
            kept.append(Window(booked.end, w.end))
    return tuple(kept)


def _all_refused(
    windows: tuple[Window, ...],
    times: timeresolve.Times,
    cues: _Cues,
    context: Context,
    text: str,
    folded: str,
) -> tuple[Window, ...]:
    """Every option refused: a phrase naming whole days, one of which holds an option, in the
    sentence of the refusal or of a busy clause, names the stretch that makes them fail ("I'm at
    a fair from the 2nd to the 4th", "je ne reçois mon planning que mercredi"), as offering it
    would say yes to that option; none of its days is offered. Days offered in a sentence of
    their own ("None of these work. Thursday or Friday any time") and hours told after the
    refusal ("voici mes disponibilités : jeudi 9h-11h") or after a contrast ("mas posso na
    quinta o dia todo") stand, even around an option. With word promised for later, no day told
    apart from an offer is offered (`told.told_aside`)."""
    if context.stage is not Stage.PROPOSED or not cues.strong(Cue.REJECT_ALL):
        return windows
    stops = [m.end() for m in _FULL_STOP.finditer(folded)]

    def sentence(at: int) -> int:
        return bisect_right(stops, at)

    def opening(said: int) -> int:
        return stops[said - 1] if said else 0

    why = {
        sentence(h.start)
        for h in cues.hits
        if (h.cue is Cue.REJECT_ALL and h.strong) or h.cue is Cue.BUSY
    }
    why_mentions = [
        m
        for m in times.mentions
        if (said := sentence(m.span[0])) in why
        and not _CONTRAST.search(folded, opening(said), m.span[0])
        and any(
            w.end - w.start >= WHOLE_DAY and w.start <= o.start and o.end <= w.end
            for w in m.windows
            for o in context.proposed
        )
    ]
    # (round 48) a stretch that makes the options fail takes no day the reply offers on purpose
    # in a sentence of its own: "essa semana estou enrolado de quarta a quinta. Mas consigo na
    # sexta-feira, dia 15" keeps that Friday of the week ("o 5 de Outubro calhe ao sábado"
    # offers nothing)
    named = [
        w
        for m in times.mentions
        if not (m.negated or dayless(m))
        and (said := sentence(m.span[0])) not in why
        and offers_words(folded, opening(said), m.span[1])
        for w in m.windows
    ]
    reasons = subtract([w for m in why_mentions for w in m.windows], named)
    if cues.any(Cue.LATER):
        refusals = [h.start for h in cues.hits if h.cue is Cue.REJECT_ALL and h.strong]
        reasons += [
            w for m in told_aside(text, folded, times.mentions, refusals) for w in m.windows
        ]
    return tuple(subtract(list(windows), reasons)) if reasons else windows


def _zone_of(windows: Sequence[Window], fallback: str) -> str:
    """The zone the times were read in: the one the resolver gave them all, else the context's."""
    keys = {getattr(w.start.tzinfo, "key", None) for w in windows}
    return keys.pop() or fallback if len(keys) == 1 else fallback


def _from_subject(subject: str, zone: str) -> Extraction | None:
    m = _SUBJECT_REPLY.match(subject)
    if m is None:
        return None
    intent = {
        "accepted": Intent.ACCEPT,
        "declined": Intent.DECLINE,
        "new time proposed": Intent.RESCHEDULE,
    }.get(m.group(1).lower(), Intent.OTHER)
    return Extraction(intent, timezone=zone, confidence=GOOD)


def _decide(
    cues: _Cues,
    context: Context,
    windows: Callable[[], tuple[Window, ...]],
    chosen: Pick | None,
    now: datetime,
    days_no: Callable[[], bool],
    mentions: Callable[[], Sequence[timeresolve.Mention]],
    yes_elsewhere: Callable[[], bool],
) -> tuple[Intent, Outcome | None, float]:
    """The first intent of the priority order that the cues, stage and role support."""
    stage = context.stage
    refused = cues.any(Cue.REJECT_ALL) or cues.any(Cue.CANT_MAKE)
    if cues.strong(Cue.WITHDRAW):
        return Intent.WITHDRAW, None, STRONG
    # "Decided not to proceed" is a verdict from a client and a withdrawal from a candidate;
    # beside times the candidate offers, the no may be a day's ("Freitag kommt nicht in Frage,
    # Donnerstag jederzeit", "el viernes está descartado"): both readings stand, unless (round
    # 27) each no closes the sentence that refused its day
    if (
        context.role is Role.CANDIDATE
        and cues.strong(Cue.REJECT)
        and not ((chosen or windows()) and days_no())
    ):
        return Intent.WITHDRAW, None, WEAK if windows() else GOOD
    # Calling an interview off while offering new times moves it rather than cancels it.
    cancelled = cues.strong(Cue.CANCEL) and stage is not Stage.COMPLETED
    # "No need to reschedule", "don't offer her new times": times named beside it are no offer,
    # nor are those of the sender's own call to come ("I'll ring her at 5") or of a call to the
    # sender ("call me at 4")
    own_call = (cues.any(Cue.LATER) or cues.any(Cue.CALL_ME)) and not (
        cues.strong(Cue.MOVE) or cues.any(Cue.ELSEWHEN)
    )

    # the booked interview's day, named whole in its call-off ("das Gespräch am Mittwoch
    # entfällt"), is what is called off, no time offered; asked only where the cues leave it
    # open, as the windows are costly to read
    def offered() -> bool:
        return any(not _booked_day(w, context.scheduled) for w in windows())

    if cancelled and (
        cues.strong(Cue.NO_MOVE) or own_call or not (cues.strong(Cue.MOVE) or offered())
    ):
        return Intent.CANCEL, None, STRONG
    # a client's no to the candidate before the booked round is held ("we have hired another
    # candidate") calls that round off: there is no verdict on a round not yet had
    if (
        stage is Stage.SCHEDULED
        and cues.strong(Cue.REJECT)
        and not _round_done(context, now)
        and not (cues.strong(Cue.MOVE) or cues.any(Cue.CONFIRM) or offered())
    ):
        return Intent.CANCEL, None, GOOD
    if stage is Stage.SCHEDULED:
        if cues.strong(Cue.MOVE):
            return Intent.RESCHEDULE, None, STRONG
        # "cancel ... tomorrow ... tonight": called off, or moved? Both readings stand.
        if cancelled and not cues.any(Cue.ELSEWHEN):
            return Intent.RESCHEDULE, None, WEAK
        # New times for a booked interview ask to move it, unless the reply also confirms it; a
        # yes beside "instead" or a refusal is the new time's ("Monday from 11 is fine too").
        # (round 41) and a yes that names only another time than the booked one is that
        # time's: "Friday morning works" of a Thursday interview moves it, and so does one that
        # names the booked day only as taken ("Friday morning works, I have the dentist on
        # Thursday")
        kept = [m for m in mentions() if not m.negated]
        moved = (
            not cues.strong(Cue.CONFIRM)
            or cues.any(Cue.ELSEWHEN)
            or refused
            or not _booked_named(kept, context.scheduled)
            or yes_elsewhere()
        )
        if moved and windows():
            # a recruiter's times with no word of moving may be an instruction of another kind;
            # (round 37) beside the booked day or hours named ("Lucía no puede el jueves",
            # "Mathieu ne pourra pas être là mardi", "Thursday's off"), they are where it moves
            if context.role is Role.RECRUITER and not (
                refused or cues.any(Cue.CANCEL) or _booked_named(mentions(), context.scheduled)
            ):
                return Intent.RESCHEDULE, None, WEAK
            return Intent.RESCHEDULE, None, GOOD if refused or cues.any(Cue.CANCEL) else FAIR
    if context.role is not Role.CANDIDATE:
        verdict = _verdict(cues, _round_done(context, now))
        # Away from a finished round the same words turn up in scheduling talk ("not a great
        # fit for us, how about Thursday?"), so a verdict there must come with no times at all.
        if verdict is not None and (_round_done(context, now) or not (chosen or windows())):
            return Intent.FEEDBACK, verdict[0], verdict[1]
    accepted = _accepted(cues, context, chosen, refused)
    if accepted is not None:
        return Intent.ACCEPT, None, accepted
    if windows():
        return Intent.AVAILABILITY, None, GOOD if not refused or stage is Stage.PROPOSED else FAIR
    if stage in (Stage.PROPOSED, Stage.SCHEDULED) and refused:
        return Intent.DECLINE, None, STRONG if cues.strong(Cue.REJECT_ALL) else GOOD
    if cues.any(Cue.QUESTION):
        return Intent.QUESTION, None, GOOD if cues.strong(Cue.QUESTION) else FAIR
    if stage is Stage.PROPOSED and cues.any(Cue.NEGATIVE):
        return Intent.DECLINE, None, WEAK
    if cues.any(Cue.THANKS) or cues.any(Cue.LATER) or cues.any(Cue.CONFIRM):
        return Intent.OTHER, None, FAIR
    return Intent.OTHER, None, NOTHING


def _days_no(
    folded: str, cues: _Cues, mentions: Sequence[timeresolve.Mention], *, picked: bool = False
) -> bool:
    """Every no of the reply closes a sentence that refused a day or week before it ("I'm away
    all next week so that's a no", "Freitag kommt nicht in Frage"): the days' no, not the
    sender's to the process. Beside an option picked, any day named before the no is the one
    it refuses ("Tuesday I'm on the early shift so thats a no ... the later one please")."""
    refused = [m.span[1] for m in mentions if m.negated or picked]
    noes = [h.start for h in cues.hits if h.cue is Cue.REJECT and h.strong]
    return bool(refused) and all(
        any(end <= at and _SENTENCE_STOP.search(folded, end, at) is None for end in refused)
        for at in noes
    )


def _booked_day(window: Window, booked: Window | None) -> bool:
    """A day named whole (business hours, no time said) that the booked interview falls on, in
    the zone the day was read in."""
    return (
        booked is not None
        and window.end - window.start >= WHOLE_DAY
        and booked.start.astimezone(window.start.tzinfo).date() == window.start.date()
    )


def _yes_of_another_time(
    folded: str, cues: _Cues, mentions: Sequence[timeresolve.Mention], booked: Window | None
) -> bool:
    """(round 46) Each yes follows, in its own sentence, a time that is not the booked one: "I'm
    in an audit tomorrow. Early next week is best, mornings." The yes is that time's, however
    the booked day was named before it."""
    yeses = [h for h in cues.hits if h.cue is Cue.CONFIRM and h.strong]
    if not yeses:
        return False
    for yes in yeses:
        said = [
            m
            for m in mentions
            if not m.negated
            and m.span[0] < yes.start
            and not SENTENCE_END.search(folded, m.span[0], yes.start)
        ]
        if not said or _booked_named([max(said, key=lambda m: m.span[0])], booked):
            return False
    return True


def _booked_named(mentions: Sequence[timeresolve.Mention], booked: Window | None) -> bool:
    """A phrase names the booked interview by its day or its hours, refused or not ("mañana
    no puede", "das Gespräch am Freitag", "this afternoon's interview"): the slot other times
    are given for is the one they replace."""
    return booked is not None and any(
        _booked_day(w, booked) or (w.start < booked.end and booked.start < w.end)
        for m in mentions
        for w in m.windows
    )


def _left_of_booked(window: Window, times: timeresolve.Times, booked: Window | None) -> bool:
    """What is left of the booked day named whole once a refusal took some of its hours ("no
    bus tomorrow morning, so the same time Wednesday?"): the day being moved from as well,
    unless a phrase offers those hours in their own right ("or tomorrow afternoon")."""
    holding = [
        w
        for m in times.mentions
        if not m.negated
        for w in m.windows
        if w.start <= window.start and window.end <= w.end
    ]
    return any(_booked_day(w, booked) for w in holding) and all(
        w.end - w.start >= WHOLE_DAY for w in holding
    )


def _round_done(context: Context, now: datetime) -> bool:
    """The round has been held: stage completed, or the booked time is over."""
    booked = context.scheduled
    if context.stage is Stage.SCHEDULED and booked is not None:
        return booked.end <= now
    return context.stage is Stage.COMPLETED


def _verdict(cues: _Cues, done: bool) -> tuple[Outcome, float] | None:
    """The client's verdict: offer > reject > hold > advance when several are voiced.

    Before the round is held only a clear offer or rejection counts: "another round" or
    "still deciding" then most likely speaks of scheduling, not of the candidate."""
    verdicts = _VERDICTS if done else (Outcome.OFFER, Outcome.REJECT)
    strong = [o for o in verdicts if cues.strong(_VERDICT_CUES[o])]
    if len(strong) == 1:
        return strong[0], STRONG
    # Verdicts that compete (an offer once the budget is approved, a final round while still
    # deciding, a no to this role beside a round for another) are a doubt, not a guess; the
    # round a rejection names after "after" ("after the second interview") is no step
    # (`intents._negated_advance`), so (round 31) no order is left to decide the pair by.
    if strong:
        return strong[0], WEAK
    # after the round, a promise of word to come ("will revert once I've spoken to the team",
    # "te aviso") is the decision put off
    weak = (
        [
            o
            for o in verdicts
            if cues.any(_VERDICT_CUES[o]) or (o is Outcome.HOLD and cues.any(Cue.LATER))
        ]
        if done
        else []
    )
    if not weak:
        return None
    # "Mixed feelings.", "Not convinced.": a verdict, but which one is a guess
    vague = all(h.soft for h in cues.hits if h.cue in _VERDICT_CUES.values())
    return weak[0], WEAK if vague else FAIR


def _accepted(cues: _Cues, context: Context, chosen: Pick | None, refused: bool) -> float | None:
    """Confidence that the reply accepts, or None when it does not."""
    if context.stage is Stage.PROPOSED:
        if chosen is not None:
            level = STRONG if chosen.explicit or cues.any(Cue.CONFIRM) else GOOD
            return level * CONFLICT if refused else level
        return None
    if context.stage is Stage.SCHEDULED and cues.any(Cue.CONFIRM):
        if refused or cues.any(Cue.NEGATIVE):
            return None
        return STRONG if cues.strong(Cue.CONFIRM) else FAIR
    return None
