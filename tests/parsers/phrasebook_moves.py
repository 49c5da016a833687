"""Short replies that move, relay, refuse, pick, judge or call off an interview (issue 8).

Written from the kinds of mail and shared/EXTRACTION.md alone, by someone who never read the
engine, its tests' other phrasebooks or the corpus. It holds, in EN, FR, DE, ES and PT about
equally: moves of the booked slot by an amount, to another day at the same time or to another
part of the same day (reschedule with the exact window meant); recruiters relaying new times
above the superseded ones they quote or forward; every option refused and other days offered;
picks by day and part of day, by position, marked inside the quoted list of options and in Apple
Mail HTML; client holds against offers and against asks for a trial day, case study or another
meeting; and cancels told as events, with call-back times that are not windows. `kind` names the
construct each probe tests. Booked slots and options are built in the sender's own zone.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tests.parsers.reading_probes import (
    BOOKED,
    BOOKED_TODAY,
    HELD,
    NEXT_WEEK_OPTIONS,
    OPTIONS,
    Probe,
    each_day,
)

P = Probe
CHICAGO = "America/Chicago"
MEXICO = "America/Mexico_City"
PARIS = "Europe/Paris"
BERLIN = "Europe/Berlin"
MADRID = "Europe/Madrid"
LISBON = "Europe/Lisbon"
SAO_PAULO = "America/Sao_Paulo"
# Reference dates besides DATE (Tue 1 Dec 10:00 ET); all days below are December 2026.
TUE_CST = "Tue, 01 Dec 2026 08:05:00 -0600"
TUE_CET = "Tue, 01 Dec 2026 09:15:00 +0100"
TUE_LISBON = "Tue, 01 Dec 2026 10:05:00 +0000"
TUE_BRT = "Tue, 01 Dec 2026 09:30:00 -0300"
MON_ET = "Mon, 30 Nov 2026 16:40:00 -0500"
FRI_ET = "Fri, 04 Dec 2026 11:20:00 -0500"
NEXT_WEEK = (7, 8, 9, 10, 11)


def _slot(zone: str, day: int, hour: int, minute: int = 0) -> dict[str, str]:
    start = datetime(2026, 12, day, hour, minute, tzinfo=ZoneInfo(zone))
    return {"start": start.isoformat(), "end": (start + timedelta(hours=1)).isoformat()}


def _booked(zone: str, day: int, hour: int, minute: int = 0) -> dict[str, Any]:
    """A one-hour interview booked in the sender's zone."""
    return {"scheduled": _slot(zone, day, hour, minute)}


def _offered(zone: str, *slots: tuple[int, int, int]) -> dict[str, Any]:
    """One-hour options (day, hour, minute) offered in the sender's zone, numbered from 1."""
    return {"proposed": [_slot(zone, *slot) for slot in slots]}


def _apple_mail(reply: str, attribution: str, quoted: str) -> str:
    """An HTML-only Apple Mail reply: the new text, then the history in a cite blockquote."""
    lines = "<br>".join(quoted.splitlines())
    return (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{reply}</div><div dir="ltr"><br>'
        f'<blockquote type="cite">{attribution}<br><br></blockquote></div>'
        f'<blockquote type="cite"><div dir="ltr">{lines}</div></blockquote></body></html>'
    )


# Paris: 1 Thu 3 Dec 09:30, 2 Thu 3 Dec 15:00, 3 Fri 4 Dec 11:00.
PARIS_OPTIONS = _offered(PARIS, (3, 9, 30), (3, 15, 0), (4, 11, 0))
# Berlin: 1 Wed 2 Dec 10:00, 2 Thu 3 Dec 14:00, 3 Fri 4 Dec 09:00.
BERLIN_OPTIONS = _offered(BERLIN, (2, 10, 0), (3, 14, 0), (4, 9, 0))
# Madrid: 1 Wed 2 Dec 16:00, 2 Thu 3 Dec 10:00, 3 Thu 3 Dec 15:00.
MADRID_OPTIONS = _offered(MADRID, (2, 16, 0), (3, 10, 0), (3, 15, 0))
# São Paulo: 1 Wed 2 Dec 14:00, 2 Thu 3 Dec 09:00, 3 Thu 3 Dec 15:00.
SP_OPTIONS = _offered(SAO_PAULO, (2, 14, 0), (3, 9, 0), (3, 15, 0))
# Lisbon: 1 Thu 3 Dec 11:00, 2 Fri 4 Dec 10:00, 3 Fri 4 Dec 14:30.
LISBON_OPTIONS = _offered(LISBON, (3, 11, 0), (4, 10, 0), (4, 14, 30))
# A finished round reviewed by the client.
DONE: dict[str, Any] = {"stage": "completed", "role": "client", "context": HELD}

PHRASEBOOK_MOVES: tuple[Probe, ...] = (
    # ---------------------------------------------------------------- English
    # Booked: Wed 2 Dec 14:00-15:00 ET (BOOKED) unless said otherwise.
    P(
        "move_later_by_amount",
        "en",
        "hey could we push it an hour later, same day? got a clash",
        "reschedule",
        ((2, "15:00", "16:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "move_earlier_by_amount",
        "en",
        "Would 30 minutes earlier work instead? I have to pick up my son right after.",
        "reschedule",
        ((2, "13:30", "14:30"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "move_same_time_other_day",
        "en",
        "Same time but Thursday? Wednesday has filled up on my end.",
        "reschedule",
        ((3, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "move_same_time_other_day",
        "en",
        "Is there any chance we could move the 2pm to Friday, keeping the same time?",
        "reschedule",
        ((4, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "move_to_afternoon_same_day",
        "en",
        "Could we do the afternoon instead, same day? My morning just got taken by a board call.",
        "reschedule",
        ((2, "12:00", "17:00"),),
        stage="scheduled",
        context=_booked("America/New_York", 2, 10),
    ),
    P(
        "move_to_morning_same_day",
        "en",
        "would the morning of the same day be possible instead? sorry for the shuffle",
        "reschedule",
        ((2, "09:00", "12:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "move_same_time_next_day",
        "en",
        "Running way behind today, so sorry. Same time tomorrow instead?",
        "reschedule",
        ((2, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED_TODAY,
    ),
    P(
        "move_later_by_amount",
        "en",
        "Can we start two hours later on Thursday? Same length is fine.",
        "reschedule",
        ((3, "13:00", "14:00"),),
        stage="scheduled",
        zone=CHICAGO,
        date=TUE_CST,
        context=_booked(CHICAGO, 3, 11),
    ),
    P(
        "move_by_a_week",
        "en",
        "Something's come up this week. Could we push it by a week, same time?",
        "reschedule",
        ((9, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "move_later_by_amount",
        "en",
        "Writing on behalf of Dana Ortiz: she needs Wednesday's interview moved 90 minutes later, "
        "same day, if the panel can manage it.\n\nBest,\nKim Lee\n"
        "Executive Assistant to Dana Ortiz",
        "reschedule",
        ((2, "15:30", "16:30"),),
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    # Relays: the new times above, the superseded ones quoted or forwarded below.
    P(
        "relay_over_forward",
        "en",
        "Update from the client: Priya can now only do Thursday 2-4pm ET or Friday morning. "
        "Please ignore the times in her note below.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Priya Shah <priya@client.test>\n"
        "Date: Mon, Nov 30, 2026 at 4:12 PM\n"
        "Subject: Interview slots\n"
        "To: Sam Hill <sam@agency.test>\n\n"
        "Hi Sam, I could do Wednesday at 11 or Monday 7th 9-10am.\n",
        "availability",
        ((3, "14:00", "16:00"), (4, "09:00", "12:00")),
        role="recruiter",
    ),
    P(
        "relay_over_quote",
        "en",
        "Candidate came back with new availability: Tuesday the 8th or Wednesday the 9th, "
        "afternoons only. "
        "What she sent before no longer stands.\n\n"
        "On Mon, Nov 30, 2026 at 9:02 AM Leah Green <leah@mail.test> wrote:\n"
        "> Hi! I'm free Friday 4 Dec all day, or Thursday the 3rd before noon.\n"
        "> Leah\n",
        "availability",
        ((8, "12:00", "17:00"), (9, "12:00", "17:00")),
        role="recruiter",
    ),
    P(
        "relay_over_quote",
        "en",
        "fyi the fwd below is stale - client says new times are the 10th or 11th, "
        "any time after 1pm\n\n"
        "> On Mon, Nov 30, 2026 at 3:30 PM, Greg Moss <greg@client.test> wrote:\n"
        "> We can meet him Wednesday or Thursday this week between 9 and 11.\n",
        "availability",
        ((10, "13:00", "17:00"), (11, "13:00", "17:00")),
        role="recruiter",
    ),
    P(
        "relay_over_forward",
        "en",
        "Hi there,\n\nJoão has had to change his plans. New availability from him: Monday "
        "7 December, 10am to 12pm, or Wednesday 9 December after 3pm (Eastern).\n\n"
        "Thanks, Ruth\n\n"
        "Begin forwarded message:\n\n"
        "From: João Alves <joao@mail.test>\n"
        "Subject: Re: Next round\n"
        "Date: 30 November 2026 at 11:14:52 EST\n\n"
        "Thursday and Friday this week both work, any time.\n",
        "availability",
        ((7, "10:00", "12:00"), (9, "15:00", "17:00")),
        role="recruiter",
    ),
    # Every option refused, other days offered (OPTIONS: Wed 2 13:00, Thu 3 10:00, Wed 2 16:00).
    P(
        "refuse_all_offer_day",
        "en",
        "None of those work for me unfortunately. Could we look at Friday instead?",
        "availability",
        ((4, "09:00", "17:00"),),
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "refuse_all_offer_part_of_day",
        "en",
        "wed and thu are both packed sorry. next week any morning?",
        "availability",
        each_day(NEXT_WEEK, "09:00", "12:00"),
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "refuse_all_offer_days",
        "en",
        "I'm afraid I can't make any of the three times. Monday 7th after 2pm or Tuesday 8th "
        "would be ideal.",
        "availability",
        ((7, "14:00", "17:00"), (8, "09:00", "17:00")),
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "refuse_all_offer_part_of_day",
        "en",
        "Neither of the Wednesday slots nor the Thursday one suits, I'm afraid. "
        "How about Friday afternoon?",
        "availability",
        ((4, "12:00", "17:00"),),
        stage="proposed",
        context=OPTIONS,
    ),
    # Picks (OPTIONS: 1 Wed 2 13:00, 2 Thu 3 10:00, 3 Wed 2 16:00 ET).
    P(
        "pick_by_day_part",
        "en",
        "thursday morning works!",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick_by_position",
        "en",
        "The third one please - thanks for sorting this out.",
        "accept",
        selected=3,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick_by_day_time",
        "en",
        "Wednesday at 1 is perfect, see you then.",
        "accept",
        selected=1,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick_later_same_day",
        "en",
        "I'll take the later slot on Wednesday.",
        "accept",
        selected=3,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick_marked_in_quote",
        "en",
        "Marked below.\n\n"
        "On Tue, Dec 1, 2026 at 8:00 AM Rounds <agent@agency.test> wrote:\n"
        "> Which of these suits you?\n"
        "> 1. Wed 2 Dec 13:00-14:00 ET\n"
        "> 2. Thu 3 Dec 10:00-11:00 ET  <-- this one\n"
        "> 3. Wed 2 Dec 16:00-17:00 ET\n",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick_marked_in_quote",
        "en",
        "On Tue, Dec 1, 2026 at 8:00 AM Rounds <agent@agency.test> wrote:\n"
        "> 1. Wednesday 2 December, 1:00-2:00 PM ET\n"
        "> 2. Thursday 3 December, 10:00-11:00 AM ET\n"
        "ok\n"
        "> 3. Wednesday 2 December, 4:00-5:00 PM ET\n",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick_in_apple_html",
        "en",
        _apple_mail(
            "The 4pm on Wednesday works for me. Thanks!",
            "On Dec 1, 2026, at 08:00, Rounds &lt;agent@agency.test&gt; wrote:",
            "Here are three times:\n1. Wed 2 Dec, 1:00 PM ET\n2. Thu 3 Dec, 10:00 AM ET\n"
            "3. Wed 2 Dec, 4:00 PM ET",
        ),
        "accept",
        selected=3,
        stage="proposed",
        context=OPTIONS,
        html=True,
    ),
    P(
        "pick_any",
        "en",
        "Any of them is fine by me, whatever is easiest for the team.",
        "accept",
        selected=1,
        stage="proposed",
        context=OPTIONS,
    ),
    # NEXT_WEEK_OPTIONS: 1 Tue 8 11:00, 2 Wed 9 14:00, 3 Thu 10 10:00 ET; written on Fri 4 Dec.
    P(
        "pick_by_day_part",
        "en",
        "wednesday afternoon is good for me. will it be on zoom?",
        "accept",
        selected=2,
        stage="proposed",
        date=FRI_ET,
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "pick_by_day",
        "en",
        "Tuesday suits me best.\n\nKind regards,\nOwen Price",
        "accept",
        selected=1,
        stage="proposed",
        date=FRI_ET,
        context=NEXT_WEEK_OPTIONS,
    ),
    # Client verdicts after a finished round.
    P(
        "hold_headcount",
        "en",
        "Really liked her. We're waiting on headcount approval before we can move, should know "
        "in a couple of weeks.",
        "feedback",
        outcome="hold",
        **DONE,
    ),
    P(
        "hold_budget_board",
        "en",
        "strong candidate but the board has to sign off the budget first. will revert",
        "feedback",
        outcome="hold",
        **DONE,
    ),
    P(
        "hold_other_candidate",
        "en",
        "He's great. We'd just like to see how our other finalist does on Thursday before we "
        "commit either way.",
        "feedback",
        outcome="hold",
        **DONE,
    ),
    P(
        "advance_case_study",
        "en",
        "Before we decide, could she do a short case study? Happy to send over the brief.",
        "feedback",
        outcome="advance",
        **DONE,
    ),
    P(
        "advance_trial_day",
        "en",
        "Impressive conversation. Next step from our side would be a paid trial day with the team.",
        "feedback",
        outcome="advance",
        **DONE,
    ),
    P(
        "offer",
        "en",
        "Loved him - let's make an offer. 85k base, January start if he can.",
        "feedback",
        outcome="offer",
        **DONE,
    ),
    P(
        "offer",
        "en",
        "Dear Ms. Patel,\n\nFollowing yesterday's final interview, we are pleased to confirm that "
        "we wish to extend an offer of employment to Mr. Rahman. Our HR team will send the "
        "written offer this week.\n\nYours sincerely,\nHelen Ward\nHead of Engineering",
        "feedback",
        outcome="offer",
        **DONE,
    ),
    # Cancels told as events.
    P(
        "cancel_filled_internally",
        "en",
        "Hi, sorry to say the role has been filled internally, so please cancel Wednesday's "
        "interview with Tom. Call me at 4 if you want to talk it through.",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_budget_frozen",
        "en",
        "We've closed the search, budget got frozen this morning. Please take the 2pm off the "
        "calendar.",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_on_hold_relayed",
        "en",
        "Heads up: the client just told me the position is on hold indefinitely. Please cancel "
        "tomorrow's interview, I'll ring the candidate this afternoon.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_other_finalist_accepted",
        "en",
        "Our other finalist accepted our offer yesterday, so the position is filled. Please cancel "
        "the interviews that are still open.",
        "cancel",
        role="client",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "withdraw_took_other_offer",
        "en",
        "Marta has accepted another offer and asked me to withdraw her from the process. "
        "Can you let the client know? I'm free for a call at 3.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    # ---------------------------------------------------------------- French
    # Booked: Thu 3 Dec 10:00-11:00 Paris unless said otherwise; written Tue 1 Dec 09:15.
    P(
        "move_earlier_by_amount",
        "fr",
        "Bonjour, pouvez-vous l'avancer d'une heure ? J'ai un rendez-vous juste après.",
        "reschedule",
        ((3, "09:00", "10:00"),),
        stage="scheduled",
        zone=PARIS,
        date=TUE_CET,
        context=_booked(PARIS, 3, 10),
    ),
    P(
        "move_same_time_next_day",
        "fr",
        "même heure le lendemain, ça vous irait ? jeudi je suis coincé toute la journée",
        "reschedule",
        ((4, "10:00", "11:00"),),
        stage="scheduled",
        zone=PARIS,
        date=TUE_CET,
        context=_booked(PARIS, 3, 10),
    ),
    P(
        "move_later_by_amount",
        "fr",
        "Serait-il possible de décaler l'entretien d'une demi-heure plus tard, le même jour ?",
        "reschedule",
        ((3, "10:30", "11:30"),),
        stage="scheduled",
        zone=PARIS,
        date=TUE_CET,
        context=_booked(PARIS, 3, 10),
    ),
    P(
        "move_same_time_other_day",
        "fr",
        "Est-ce qu'on pourrait plutôt le faire vendredi à la même heure ?",
        "reschedule",
        ((4, "10:00", "11:00"),),
        stage="scheduled",
        zone=PARIS,
        date=TUE_CET,
        context=_booked(PARIS, 3, 10),
    ),
    P(
        "move_to_afternoon_same_day",
        "fr",
        "Bonjour Madame,\n\nUn imprévu m'oblige à vous demander de déplacer notre entretien de "
        "jeudi à l'après-midi du même jour. Veuillez m'excuser pour ce contretemps.\n\n"
        "Bien cordialement,\nAntoine Roux",
        "reschedule",
        ((3, "12:00", "17:00"),),
        stage="scheduled",
        zone=PARIS,
        date=TUE_CET,
        context=_booked(PARIS, 3, 10),
    ),
    P(
        "move_later_by_amount",
        "fr",
        "dsl on peut repousser de 2h ? même jour",
        "reschedule",
        ((3, "12:00", "13:00"),),
        stage="scheduled",
        zone=PARIS,
        date=TUE_CET,
        context=_booked(PARIS, 3, 10),
    ),
    P(
        "move_by_a_week",
        "fr",
        "On peut le reporter d'une semaine, sur le même créneau ?",
        "reschedule",
        ((10, "10:00", "11:00"),),
        stage="scheduled",
        zone=PARIS,
        date=TUE_CET,
        context=_booked(PARIS, 3, 10),
    ),
    P(
        "move_to_morning_same_day",
        "fr",
        "Mercredi 15h ne va plus être possible. Le matin du même jour, ce serait envisageable ?",
        "reschedule",
        ((2, "09:00", "12:00"),),
        stage="scheduled",
        zone=PARIS,
        date=TUE_CET,
        context=_booked(PARIS, 2, 15),
    ),
    P(
        "move_same_time_other_day",
        "fr",
        "Je vous écris de la part de M. Girard : il souhaiterait avancer l'entretien de jeudi à "
        "mercredi, même heure.\n\nCordialement,\nSophie Blanc, assistante de direction",
        "reschedule",
        ((2, "10:00", "11:00"),),
        role="client",
        stage="scheduled",
        zone=PARIS,
        date=TUE_CET,
        context=_booked(PARIS, 3, 10),
    ),
    # Relays.
    P(
        "relay_over_forward",
        "fr",
        "Bonjour, la cliente a revu ses disponibilités : ce sera jeudi 3 entre 14h et 16h, ou "
        "vendredi matin. Les créneaux de son message ci-dessous ne tiennent plus.\n\n"
        "De : Claire Morel <claire.morel@client.test>\n"
        "Envoyé : lundi 30 novembre 2026 17:05\n"
        "À : Julien Petit <julien@agency.test>\n"
        "Objet : Entretien\n\n"
        "Bonjour Julien, je peux mercredi 2 à 10h ou mardi 8 à 9h.\n",
        "availability",
        ((3, "14:00", "16:00"), (4, "09:00", "12:00")),
        role="recruiter",
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "relay_over_quote",
        "fr",
        "Hugo a changé ses dispos : plutôt mercredi 9 ou jeudi 10, l'après-midi.\n\n"
        "Le lun. 30 nov. 2026 à 18:20, Hugo Lambert <hugo@mail.test> a écrit :\n"
        "> Bonsoir, je suis dispo vendredi 4 toute la journée et lundi 7 le matin.\n",
        "availability",
        ((9, "12:00", "17:00"), (10, "12:00", "17:00")),
        role="recruiter",
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "relay_over_forward",
        "fr",
        "Nouvelle proposition du client, qui annule la précédente : lundi 7 décembre de 10h à "
        "12h.\n\n"
        "---------- Message transféré ---------\n"
        "De : Marc Dubois <marc@client.test>\n"
        "Date : lun. 30 nov. 2026 à 11:02\n"
        "Objet : Disponibilités\n"
        "À : Julien Petit <julien@agency.test>\n\n"
        "Nous pouvons recevoir la candidate jeudi ou vendredi après 14h.\n",
        "availability",
        ((7, "10:00", "12:00"),),
        role="recruiter",
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "relay_over_quote",
        "fr",
        "Nouvelles dispos de Léa, les anciennes sont à oublier : mardi 8 décembre avant 11h ou "
        "jeudi 10 toute la journée.\n\n"
        "Le lun. 30 nov. 2026 à 09:14, Léa Fontaine <lea@mail.test> a écrit :\n"
        "> Bonjour, je peux jeudi 3 ou vendredi 4 après 15h.\n",
        "availability",
        ((8, "09:00", "11:00"), (10, "09:00", "17:00")),
        role="recruiter",
        zone=PARIS,
        date=TUE_CET,
    ),
    # Refusals (PARIS_OPTIONS: 1 Thu 3 09:30, 2 Thu 3 15:00, 3 Fri 4 11:00).
    P(
        "refuse_all_offer_days",
        "fr",
        "Aucun de ces créneaux ne me convient, mais je suis libre lundi 7 et mardi 8 l'après-midi.",
        "availability",
        ((7, "12:00", "17:00"), (8, "12:00", "17:00")),
        stage="proposed",
        zone=PARIS,
        date=TUE_CET,
        context=PARIS_OPTIONS,
    ),
    P(
        "refuse_all_offer_part_of_day",
        "fr",
        "malheureusement jeudi et vendredi je suis en déplacement. la semaine prochaine, "
        "n'importe quel matin ?",
        "availability",
        each_day(NEXT_WEEK, "09:00", "12:00"),
        stage="proposed",
        zone=PARIS,
        date=TUE_CET,
        context=PARIS_OPTIONS,
    ),
    P(
        "refuse_all_offer_span",
        "fr",
        "Je suis désolée, aucune des trois propositions ne fonctionne pour moi. Serait-il possible "
        "de se voir mercredi 2 décembre, de 14h à 16h ?",
        "availability",
        ((2, "14:00", "16:00"),),
        stage="proposed",
        zone=PARIS,
        date=TUE_CET,
        context=PARIS_OPTIONS,
    ),
    P(
        "refuse_all_offer_day",
        "fr",
        "Aucune option ne m'arrange, hélas. Mercredi prochain, toute la journée ?",
        "availability",
        ((9, "09:00", "17:00"),),
        stage="proposed",
        zone=PARIS,
        date=TUE_CET,
        context=PARIS_OPTIONS,
    ),
    # Picks.
    P(
        "pick_by_day_part",
        "fr",
        "jeudi après-midi ça me va",
        "accept",
        selected=2,
        stage="proposed",
        zone=PARIS,
        date=TUE_CET,
        context=PARIS_OPTIONS,
    ),
    P(
        "pick_by_position",
        "fr",
        "Bonjour, la deuxième proposition me convient parfaitement. Bonne journée !",
        "accept",
        selected=2,
        stage="proposed",
        zone=PARIS,
        date=TUE_CET,
        context=PARIS_OPTIONS,
    ),
    P(
        "pick_by_day_time",
        "fr",
        "Vendredi 11h, c'est noté de mon côté.",
        "accept",
        selected=3,
        stage="proposed",
        zone=PARIS,
        date=TUE_CET,
        context=PARIS_OPTIONS,
    ),
    P(
        "pick_marked_in_quote",
        "fr",
        "Voir ci-dessous.\n\n"
        "Le mar. 1 déc. 2026 à 08:00, Rounds <agent@agency.test> a écrit :\n"
        "> 1. jeu. 3 déc., 9h30-10h30\n"
        "> 2. jeu. 3 déc., 15h-16h\n"
        "> 3. ven. 4 déc., 11h-12h  <-- celle-ci\n",
        "accept",
        selected=3,
        stage="proposed",
        zone=PARIS,
        date=TUE_CET,
        context=PARIS_OPTIONS,
    ),
    P(
        "pick_in_apple_html",
        "fr",
        _apple_mail(
            "Jeudi matin, parfait pour moi.",
            "Le 1 déc. 2026 à 08:00, Rounds &lt;agent@agency.test&gt; a écrit :",
            "1. jeudi 3 décembre, 9h30\n2. jeudi 3 décembre, 15h\n3. vendredi 4 décembre, 11h",
        ),
        "accept",
        selected=1,
        stage="proposed",
        zone=PARIS,
        date=TUE_CET,
        context=PARIS_OPTIONS,
        html=True,
    ),
    P(
        "pick_any",
        "fr",
        "Toutes me vont, choisissez celle qui arrange le plus l'équipe.",
        "accept",
        selected=1,
        stage="proposed",
        zone=PARIS,
        date=TUE_CET,
        context=PARIS_OPTIONS,
    ),
    P(
        "pick_by_day_part",
        "fr",
        "Le créneau de jeudi matin est parfait. Faut-il prévoir une pièce d'identité à l'accueil ?",
        "accept",
        selected=1,
        stage="proposed",
        zone=PARIS,
        date=TUE_CET,
        context=PARIS_OPTIONS,
    ),
    # Verdicts.
    P(
        "hold_reorganisation",
        "fr",
        "Très bon échange, profil qui nous plaît. En revanche nous sommes en pleine "
        "réorganisation, je reviens vers vous dès que c'est stabilisé.",
        "feedback",
        outcome="hold",
        zone=PARIS,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "hold_references",
        "fr",
        "avis positif, on attend les retours de ses références avant de se prononcer",
        "feedback",
        outcome="hold",
        zone=PARIS,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "hold_headcount",
        "fr",
        "Madame,\n\nNous avons été très favorablement impressionnés par Mme Leroy. Toutefois, "
        "l'ouverture du poste reste suspendue à la validation budgétaire de la direction "
        "générale, attendue d'ici deux semaines. Nous reviendrons vers vous à ce moment-là.\n\n"
        "Veuillez agréer, Madame, l'expression de nos salutations distinguées.",
        "feedback",
        outcome="hold",
        zone=PARIS,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "hold_budget",
        "fr",
        "top profil mais on attend le feu vert sur le budget, je te redis",
        "feedback",
        outcome="hold",
        zone=PARIS,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "advance_shadow_day",
        "fr",
        "Il nous a plu. Avant de décider, on aimerait qu'il passe une journée en immersion avec "
        "l'équipe.",
        "feedback",
        outcome="advance",
        zone=PARIS,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "advance_work_sample",
        "fr",
        "Bon entretien. Pouvez-vous lui demander de réaliser un petit exercice pratique ? Nous "
        "trancherons ensuite.",
        "feedback",
        outcome="advance",
        zone=PARIS,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "offer",
        "fr",
        "C'est un oui ! On souhaite lui faire une proposition d'embauche, je vous envoie les "
        "conditions demain.",
        "feedback",
        outcome="offer",
        zone=PARIS,
        date=TUE_CET,
        **DONE,
    ),
    # Cancels.
    P(
        "cancel_filled_internally",
        "fr",
        "Bonjour, le poste a été pourvu en interne, merci d'annuler l'entretien de jeudi. "
        "Appelez-moi à 16h si besoin.",
        "cancel",
        role="client",
        stage="scheduled",
        zone=PARIS,
        date=TUE_CET,
        context=_booked(PARIS, 3, 10),
    ),
    P(
        "cancel_search_closed_relayed",
        "fr",
        "Le client vient de m'informer que le recrutement est clos. Merci d'annuler l'entretien "
        "prévu ; je préviens la candidate cet après-midi.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        zone=PARIS,
        date=TUE_CET,
        context=_booked(PARIS, 3, 10),
    ),
    P(
        "cancel_budget_frozen",
        "fr",
        "gel des budgets annoncé ce matin, le poste est suspendu sans date de reprise. on annule "
        "l'entretien, désolé",
        "cancel",
        role="client",
        stage="scheduled",
        zone=PARIS,
        date=TUE_CET,
        context=_booked(PARIS, 3, 10),
    ),
    P(
        "withdraw_took_other_offer",
        "fr",
        "Bonjour, Camille a accepté une autre offre et se retire du processus. Je vous laisse "
        "prévenir le client.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        zone=PARIS,
        date=TUE_CET,
        context=_booked(PARIS, 3, 10),
    ),
    # ---------------------------------------------------------------- German
    # Booked: Wed 2 Dec 11:00-12:00 Berlin unless said otherwise; written Tue 1 Dec 09:15.
    P(
        "move_later_by_amount",
        "de",
        "Ginge es eine Stunde später am selben Tag? Vorher habe ich leider einen Arzttermin.",
        "reschedule",
        ((2, "12:00", "13:00"),),
        stage="scheduled",
        zone=BERLIN,
        date=TUE_CET,
        context=_booked(BERLIN, 2, 11),
    ),
    P(
        "move_same_time_other_day",
        "de",
        "Lieber auf Donnerstag, gleiche Uhrzeit – passt das bei Ihnen?",
        "reschedule",
        ((3, "11:00", "12:00"),),
        stage="scheduled",
        zone=BERLIN,
        date=TUE_CET,
        context=_booked(BERLIN, 2, 11),
    ),
    P(
        "move_earlier_by_amount",
        "de",
        "Könnten wir den Termin um eine halbe Stunde vorverlegen?",
        "reschedule",
        ((2, "10:30", "11:30"),),
        stage="scheduled",
        zone=BERLIN,
        date=TUE_CET,
        context=_booked(BERLIN, 2, 11),
    ),
    P(
        "move_to_afternoon_same_day",
        "de",
        "sorry, kurzfristig: können wir auf den nachmittag desselben tages ausweichen?",
        "reschedule",
        ((2, "12:00", "17:00"),),
        stage="scheduled",
        zone=BERLIN,
        date=TUE_CET,
        context=_booked(BERLIN, 2, 11),
    ),
    P(
        "move_same_time_other_day",
        "de",
        "Sehr geehrte Frau Keller,\n\nleider muss ich unser Gespräch am Mittwoch verschieben. "
        "Wäre Freitag zur selben Zeit möglich?\n\nMit freundlichen Grüßen\nJonas Brandt",
        "reschedule",
        ((4, "11:00", "12:00"),),
        stage="scheduled",
        zone=BERLIN,
        date=TUE_CET,
        context=_booked(BERLIN, 2, 11),
    ),
    P(
        "move_later_by_amount",
        "de",
        "Können wir's um zwei Stunden nach hinten schieben? Gleicher Tag.",
        "reschedule",
        ((2, "13:00", "14:00"),),
        stage="scheduled",
        zone=BERLIN,
        date=TUE_CET,
        context=_booked(BERLIN, 2, 11),
    ),
    P(
        "move_to_morning_same_day",
        "de",
        "Wäre statt 15 Uhr auch der Vormittag desselben Tages möglich?",
        "reschedule",
        ((3, "09:00", "12:00"),),
        stage="scheduled",
        zone=BERLIN,
        date=TUE_CET,
        context=_booked(BERLIN, 3, 15),
    ),
    P(
        "move_by_a_week",
        "de",
        "Im Auftrag von Herrn Dr. Wolf: Er bittet darum, das Interview um eine Woche zu "
        "verschieben, zur gleichen Uhrzeit.\n\nBeste Grüße\nAnja Schulz, Assistenz der "
        "Geschäftsführung",
        "reschedule",
        ((9, "11:00", "12:00"),),
        role="client",
        stage="scheduled",
        zone=BERLIN,
        date=TUE_CET,
        context=_booked(BERLIN, 2, 11),
    ),
    P(
        "move_same_time_next_day",
        "de",
        "geht's auch einen tag später, selbe zeit?",
        "reschedule",
        ((3, "11:00", "12:00"),),
        stage="scheduled",
        zone=BERLIN,
        date=TUE_CET,
        context=_booked(BERLIN, 2, 11),
    ),
    # Relays.
    P(
        "relay_over_outlook_header",
        "de",
        "Hallo, der Kunde hat neue Zeiten geschickt: Donnerstag, 10. Dezember, 9 bis 12 Uhr oder "
        "Freitag, 11. Dezember, ab 14 Uhr. Die alten Vorschläge unten sind hinfällig.\n\n"
        "Von: Markus Vogel <m.vogel@client.test>\n"
        "Gesendet: Montag, 30. November 2026 15:48\n"
        "An: Lena Hoffmann <lena@agency.test>\n"
        "Betreff: Termine Zweitgespräch\n\n"
        "Hallo Frau Hoffmann, wir könnten Mittwoch um 10 oder Donnerstag um 14 Uhr.\n",
        "availability",
        ((10, "09:00", "12:00"), (11, "14:00", "17:00")),
        role="recruiter",
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "relay_over_quote",
        "de",
        "Kurzes Update: Herr Yilmaz kann jetzt nur noch Montag nachmittag, den 7.12.\n\n"
        "Am Mo., 30. Nov. 2026 um 14:10 Uhr schrieb Deniz Yilmaz <deniz@mail.test>:\n"
        "> Ich hätte Donnerstag und Freitag ganztägig Zeit.\n",
        "availability",
        ((7, "12:00", "17:00"),),
        role="recruiter",
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "relay_over_forward",
        "de",
        "Bitte die Zeiten unten ignorieren, die Kandidatin hat umgeplant: neu wäre Dienstag, "
        "8. Dezember, zwischen 13 und 16 Uhr.\n\n"
        "-------- Weitergeleitete Nachricht --------\n"
        "Betreff: Re: Interview\n"
        "Datum: Mon, 30 Nov 2026 10:21:07 +0100\n"
        "Von: Sarah Klein <sarah.klein@mail.test>\n"
        "An: Lena Hoffmann <lena@agency.test>\n\n"
        "Mittwoch vormittag oder Freitag ab 10 passt mir.\n",
        "availability",
        ((8, "13:00", "16:00"),),
        role="recruiter",
        zone=BERLIN,
        date=TUE_CET,
    ),
    # Refusals (BERLIN_OPTIONS: 1 Wed 2 10:00, 2 Thu 3 14:00, 3 Fri 4 09:00).
    P(
        "refuse_all_offer_day",
        "de",
        "Leider passt keiner der drei Termine. Wie wäre es mit Montag, dem 7. Dezember, ab 13 Uhr?",
        "availability",
        ((7, "13:00", "17:00"),),
        stage="proposed",
        zone=BERLIN,
        date=TUE_CET,
        context=BERLIN_OPTIONS,
    ),
    P(
        "refuse_all_offer_part_of_day",
        "de",
        "die vorschläge gehen bei mir alle nicht, sorry. nächste woche dienstag oder mittwoch "
        "vormittags?",
        "availability",
        ((8, "09:00", "12:00"), (9, "09:00", "12:00")),
        stage="proposed",
        zone=BERLIN,
        date=TUE_CET,
        context=BERLIN_OPTIONS,
    ),
    P(
        "refuse_all_offer_span",
        "de",
        "Sehr geehrter Herr Berger,\n\nvielen Dank für die Terminvorschläge. Leider bin ich an "
        "allen drei Terminen verhindert. Ich könnte jedoch am Donnerstag, 10. Dezember, zwischen "
        "10 und 12 Uhr.\n\nMit freundlichen Grüßen\nPetra Lang",
        "availability",
        ((10, "10:00", "12:00"),),
        stage="proposed",
        zone=BERLIN,
        date=TUE_CET,
        context=BERLIN_OPTIONS,
    ),
    P(
        "refuse_all_offer_part_of_day",
        "de",
        "Keiner davon klappt bei mir, aber Freitagnachmittag ginge.",
        "availability",
        ((4, "12:00", "17:00"),),
        stage="proposed",
        zone=BERLIN,
        date=TUE_CET,
        context=BERLIN_OPTIONS,
    ),
    # Picks.
    P(
        "pick_by_day_part",
        "de",
        "Donnerstag Nachmittag passt mir gut.",
        "accept",
        selected=2,
        stage="proposed",
        zone=BERLIN,
        date=TUE_CET,
        context=BERLIN_OPTIONS,
    ),
    P(
        "pick_by_position",
        "de",
        "Die zweite, bitte.",
        "accept",
        selected=2,
        stage="proposed",
        zone=BERLIN,
        date=TUE_CET,
        context=BERLIN_OPTIONS,
    ),
    P(
        "pick_by_position",
        "de",
        "Guten Tag, ich nehme gern die dritte Option. Viele Grüße, M. Roth",
        "accept",
        selected=3,
        stage="proposed",
        zone=BERLIN,
        date=TUE_CET,
        context=BERLIN_OPTIONS,
    ),
    P(
        "pick_by_day_time",
        "de",
        "mittwoch um 10 passt",
        "accept",
        selected=1,
        stage="proposed",
        zone=BERLIN,
        date=TUE_CET,
        context=BERLIN_OPTIONS,
    ),
    P(
        "pick_marked_in_quote",
        "de",
        "Am Di., 1. Dez. 2026 um 08:00 Uhr schrieb Rounds <agent@agency.test>:\n"
        "> Bitte kreuzen Sie an:\n"
        "> [ ] Mi 2.12., 10:00-11:00\n"
        "> [x] Do 3.12., 14:00-15:00\n"
        "> [ ] Fr 4.12., 09:00-10:00\n",
        "accept",
        selected=2,
        stage="proposed",
        zone=BERLIN,
        date=TUE_CET,
        context=BERLIN_OPTIONS,
    ),
    P(
        "pick_in_apple_html",
        "de",
        _apple_mail(
            "Freitag um 9 wäre ideal.",
            "Am 01.12.2026 um 08:00 schrieb Rounds &lt;agent@agency.test&gt;:",
            "1. Mittwoch, 2.12., 10:00 Uhr\n2. Donnerstag, 3.12., 14:00 Uhr\n"
            "3. Freitag, 4.12., 09:00 Uhr",
        ),
        "accept",
        selected=3,
        stage="proposed",
        zone=BERLIN,
        date=TUE_CET,
        context=BERLIN_OPTIONS,
        html=True,
    ),
    P(
        "pick_two_lowest",
        "de",
        "1 oder 3, beides ok für mich.",
        "accept",
        selected=1,
        stage="proposed",
        zone=BERLIN,
        date=TUE_CET,
        context=BERLIN_OPTIONS,
    ),
    # Verdicts.
    P(
        "hold_headcount",
        "de",
        "Hat uns gut gefallen. Wir warten aber noch auf die Freigabe der Stelle durch den "
        "Vorstand, das kann zwei, drei Wochen dauern.",
        "feedback",
        outcome="hold",
        zone=BERLIN,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "hold_other_candidate",
        "de",
        "positiver eindruck. wir sprechen nächste woche noch mit einer weiteren kandidatin und "
        "entscheiden danach",
        "feedback",
        outcome="hold",
        zone=BERLIN,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "hold_references",
        "de",
        "Sehr positiv insgesamt. Wir holen noch Referenzen ein und melden uns dann.",
        "feedback",
        outcome="hold",
        zone=BERLIN,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "advance_another_meeting",
        "de",
        "Sehr geehrte Frau Hoffmann,\n\nHerr Krüger hat einen sehr guten Eindruck hinterlassen. "
        "Bevor wir eine Entscheidung treffen, möchten wir ihn gern noch unserem Teamleiter "
        "vorstellen.\n\nMit freundlichen Grüßen\nDr. Eva Martens",
        "feedback",
        outcome="advance",
        zone=BERLIN,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "advance_trial_day",
        "de",
        "Gutes Gespräch! Als nächsten Schritt schlagen wir einen Probetag vor.",
        "feedback",
        outcome="advance",
        zone=BERLIN,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "offer",
        "de",
        "Wir möchten ihr ein Angebot machen. Vertrag schicken wir diese Woche raus.",
        "feedback",
        outcome="offer",
        zone=BERLIN,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "offer",
        "de",
        "Passt! Wir wollen ihn einstellen – bitte Gehaltsvorstellung und Starttermin klären.",
        "feedback",
        outcome="offer",
        zone=BERLIN,
        date=TUE_CET,
        **DONE,
    ),
    # Cancels.
    P(
        "cancel_filled_internally",
        "de",
        "Hallo, die Stelle wurde intern besetzt. Bitte sagen Sie das Gespräch am Mittwoch ab. "
        "Rufen Sie mich gern um 16 Uhr an.",
        "cancel",
        role="client",
        stage="scheduled",
        zone=BERLIN,
        date=TUE_CET,
        context=_booked(BERLIN, 2, 11),
    ),
    P(
        "cancel_on_hold_relayed",
        "de",
        "Leider hat der Kunde die Position auf unbestimmte Zeit auf Eis gelegt. Bitte das "
        "Interview morgen absagen, ich telefoniere heute Nachmittag mit dem Kandidaten.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        zone=BERLIN,
        date=TUE_CET,
        context=_booked(BERLIN, 2, 11),
    ),
    P(
        "cancel_budget_frozen",
        "de",
        "Budgetstopp ab sofort – die Suche ist beendet. Die offenen Termine bitte streichen.",
        "cancel",
        role="client",
        stage="proposed",
        zone=BERLIN,
        date=TUE_CET,
        context=BERLIN_OPTIONS,
    ),
    P(
        "cancel_filled_internally",
        "de",
        "Wir haben uns entschieden, die Position mit einem internen Kollegen zu besetzen. Der "
        "Termin am Mittwoch entfällt damit, sorry für die kurzfristige Absage.",
        "cancel",
        role="client",
        stage="scheduled",
        zone=BERLIN,
        date=TUE_CET,
        context=_booked(BERLIN, 2, 11),
    ),
    P(
        "withdraw_took_other_offer",
        "de",
        "Frau Becker hat ein anderes Angebot angenommen und zieht ihre Bewerbung zurück. Ich "
        "informiere den Kunden.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        zone=BERLIN,
        date=TUE_CET,
        context=_booked(BERLIN, 2, 11),
    ),
    # ---------------------------------------------------------------- Spanish
    # Booked: Wed 2 Dec 12:00-13:00 Madrid unless said otherwise; written Tue 1 Dec 09:15.
    P(
        "move_later_by_amount",
        "es",
        "¿Podemos retrasarla media hora? Salgo tarde de una reunión.",
        "reschedule",
        ((2, "12:30", "13:30"),),
        stage="scheduled",
        zone=MADRID,
        date=TUE_CET,
        context=_booked(MADRID, 2, 12),
    ),
    P(
        "move_same_time_other_day",
        "es",
        "El mismo horario pero el viernes, ¿sería posible?",
        "reschedule",
        ((4, "12:00", "13:00"),),
        stage="scheduled",
        zone=MADRID,
        date=TUE_CET,
        context=_booked(MADRID, 2, 12),
    ),
    P(
        "move_earlier_by_amount",
        "es",
        "¿Se podría adelantar una hora? Así llego a tiempo al tren.",
        "reschedule",
        ((2, "11:00", "12:00"),),
        stage="scheduled",
        zone=MADRID,
        date=TUE_CET,
        context=_booked(MADRID, 2, 12),
    ),
    P(
        "move_to_afternoon_same_day",
        "es",
        "Perdona, ¿la pasamos a la tarde del mismo día? Por la mañana me ha surgido algo.",
        "reschedule",
        ((3, "12:00", "17:00"),),
        stage="scheduled",
        zone=MADRID,
        date=TUE_CET,
        context=_booked(MADRID, 3, 10),
    ),
    P(
        "move_same_time_other_day",
        "es",
        "Estimada Sra. Ruiz:\n\nPor motivos de agenda, le ruego que trasladen la entrevista al "
        "jueves, a la misma hora, si les resulta posible.\n\nAtentamente,\nPablo Vidal",
        "reschedule",
        ((3, "12:00", "13:00"),),
        stage="scheduled",
        zone=MADRID,
        date=TUE_CET,
        context=_booked(MADRID, 2, 12),
    ),
    P(
        "move_later_by_amount",
        "es",
        "q tal una hora mas tarde el mismo dia?",
        "reschedule",
        ((2, "13:00", "14:00"),),
        stage="scheduled",
        zone=MADRID,
        date=TUE_CET,
        context=_booked(MADRID, 2, 12),
    ),
    P(
        "move_by_a_week",
        "es",
        "¿Podríamos posponerla una semana, con el mismo horario?",
        "reschedule",
        ((9, "12:00", "13:00"),),
        stage="scheduled",
        zone=MADRID,
        date=TUE_CET,
        context=_booked(MADRID, 2, 12),
    ),
    P(
        "move_to_morning_same_day",
        "es",
        "¿Me la podéis pasar a la mañana de ese mismo día? A las 16 h tengo médico.",
        "reschedule",
        ((3, "09:00", "12:00"),),
        stage="scheduled",
        zone=MADRID,
        date=TUE_CET,
        context=_booked(MADRID, 3, 16),
    ),
    P(
        "move_later_by_amount",
        "es",
        "Oye, ¿podemos recorrerla dos horas más tarde? Mismo día, porfa.",
        "reschedule",
        ((3, "13:00", "14:00"),),
        stage="scheduled",
        zone=MEXICO,
        date=TUE_CST,
        context=_booked(MEXICO, 3, 11),
    ),
    # Relays.
    P(
        "relay_over_quote",
        "es",
        "Hola, el cliente ha cambiado su disponibilidad: ahora puede el jueves 3 de 15 a 17 h o "
        "el viernes por la mañana. Lo que puso abajo ya no vale.\n\n"
        "El lun, 30 nov 2026 a las 11:45, Javier Soto (<javier@client.test>) escribió:\n"
        "> Buenos días, podríamos el miércoles a las 10 o el lunes 7 a las 12.\n",
        "availability",
        ((3, "15:00", "17:00"), (4, "09:00", "12:00")),
        role="recruiter",
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "relay_over_outlook_header",
        "es",
        "Te reenvío lo de Lucía, pero ojo: me acaba de llamar y ahora solo puede el martes 8 por "
        "la tarde.\n\n"
        "De: Lucía Herrera <lucia@mail.test>\n"
        "Enviado: lunes, 30 de noviembre de 2026 19:02\n"
        "Para: Marta Gil <marta@agency.test>\n"
        "Asunto: Disponibilidad\n\n"
        "Hola Marta, estoy libre el jueves y el viernes de esta semana todo el día.\n",
        "availability",
        ((8, "12:00", "17:00"),),
        role="recruiter",
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "relay_over_forward",
        "es",
        "Nuevas fechas del candidato (sustituyen a las de abajo): miércoles 9 o jueves 10, entre "
        "las 10 y las 13 h.\n\n"
        "---------- Forwarded message ---------\n"
        "De: Andrés Molina <andres@mail.test>\n"
        "Date: lun, 30 nov 2026 a las 9:15\n"
        "Subject: Entrevista\n"
        "To: Marta Gil <marta@agency.test>\n\n"
        "Me vendría bien el viernes 4 o el lunes 7 por la tarde.\n",
        "availability",
        ((9, "10:00", "13:00"), (10, "10:00", "13:00")),
        role="recruiter",
        zone=MADRID,
        date=TUE_CET,
    ),
    # Refusals (MADRID_OPTIONS: 1 Wed 2 16:00, 2 Thu 3 10:00, 3 Thu 3 15:00).
    P(
        "refuse_all_offer_part_of_day",
        "es",
        "Ninguna de las opciones me viene bien. ¿Podría ser el viernes por la mañana?",
        "availability",
        ((4, "09:00", "12:00"),),
        stage="proposed",
        zone=MADRID,
        date=TUE_CET,
        context=MADRID_OPTIONS,
    ),
    P(
        "refuse_all_offer_part_of_day",
        "es",
        "uf ninguna me cuadra esta semana. la semana que viene cualquier tarde",
        "availability",
        each_day(NEXT_WEEK, "12:00", "17:00"),
        stage="proposed",
        zone=MADRID,
        date=TUE_CET,
        context=MADRID_OPTIONS,
    ),
    P(
        "refuse_all_offer_days",
        "es",
        "Estimada Laura:\n\nLamentablemente no puedo en ninguno de los horarios propuestos. Quedo "
        "disponible el lunes 7 de 9 a 11 y el martes 8 a partir de las 15 h.\n\nUn saludo,\n"
        "Raúl Campos",
        "availability",
        ((7, "09:00", "11:00"), (8, "15:00", "17:00")),
        stage="proposed",
        zone=MADRID,
        date=TUE_CET,
        context=MADRID_OPTIONS,
    ),
    P(
        "refuse_all_offer_day",
        "es",
        "Ninguno me sirve, lo siento. ¿El miércoles 9 a las 11?",
        "availability",
        ((9, "11:00", "12:00"),),
        stage="proposed",
        zone=MADRID,
        date=TUE_CET,
        context=MADRID_OPTIONS,
    ),
    # Picks.
    P(
        "pick_by_day_part",
        "es",
        "el jueves por la tarde me va bien",
        "accept",
        selected=3,
        stage="proposed",
        zone=MADRID,
        date=TUE_CET,
        context=MADRID_OPTIONS,
    ),
    P(
        "pick_by_position",
        "es",
        "Me quedo con la primera. ¡Gracias!",
        "accept",
        selected=1,
        stage="proposed",
        zone=MADRID,
        date=TUE_CET,
        context=MADRID_OPTIONS,
    ),
    P(
        "pick_by_day_time",
        "es",
        "jueves a las 10 perfecto",
        "accept",
        selected=2,
        stage="proposed",
        zone=MADRID,
        date=TUE_CET,
        context=MADRID_OPTIONS,
    ),
    P(
        "pick_marked_in_quote",
        "es",
        "El mar, 1 dic 2026 a las 8:00, Rounds (<agent@agency.test>) escribió:\n"
        "> 1. miércoles 2, 16:00-17:00\n"
        "> 2. jueves 3, 10:00-11:00\n"
        "> 3. jueves 3, 15:00-16:00\n"
        "esta me va\n",
        "accept",
        selected=3,
        stage="proposed",
        zone=MADRID,
        date=TUE_CET,
        context=MADRID_OPTIONS,
    ),
    P(
        "pick_in_apple_html",
        "es",
        _apple_mail(
            "El jueves por la mañana, perfecto.",
            "El 1 dic 2026, a las 8:00, Rounds &lt;agent@agency.test&gt; escribió:",
            "1. miércoles 2 de diciembre, 16:00\n2. jueves 3 de diciembre, 10:00\n"
            "3. jueves 3 de diciembre, 15:00",
        ),
        "accept",
        selected=2,
        stage="proposed",
        zone=MADRID,
        date=TUE_CET,
        context=MADRID_OPTIONS,
        html=True,
    ),
    P(
        "pick_any",
        "es",
        "Cualquiera de las tres me sirve.",
        "accept",
        selected=1,
        stage="proposed",
        zone=MADRID,
        date=TUE_CET,
        context=MADRID_OPTIONS,
    ),
    P(
        "pick_by_position",
        "es",
        "La segunda opción. ¿La entrevista es por Meet o por Zoom?",
        "accept",
        selected=2,
        stage="proposed",
        zone=MADRID,
        date=TUE_CET,
        context=MADRID_OPTIONS,
    ),
    # Verdicts.
    P(
        "hold_budget",
        "es",
        "Nos ha gustado mucho, pero estamos pendientes de que aprueben el presupuesto. En cuanto "
        "sepa algo te digo.",
        "feedback",
        outcome="hold",
        zone=MADRID,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "hold_other_candidate",
        "es",
        "buena impresión, pero el jueves entrevistamos a otro candidato y decidimos después",
        "feedback",
        outcome="hold",
        zone=MADRID,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "hold_reorganisation",
        "es",
        "Estimada Sra. Gil:\n\nLa candidata nos ha causado una excelente impresión. No obstante, "
        "el departamento se encuentra en plena reestructuración y no podremos tomar una decisión "
        "hasta que concluya. Le mantendremos informada.\n\nReciba un cordial saludo,\n"
        "Fernando Ibáñez",
        "feedback",
        outcome="hold",
        zone=MADRID,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "advance_case_study",
        "es",
        "Antes de decidir nos gustaría que preparara un caso práctico. Te paso el enunciado.",
        "feedback",
        outcome="advance",
        zone=MADRID,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "advance_shadow_day",
        "es",
        "Nos encantó. Antes de decidir, ¿podría pasar una jornada con el equipo?",
        "feedback",
        outcome="advance",
        zone=MADRID,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "advance_another_meeting",
        "es",
        "Muy bien la entrevista. Queremos que conozca a nuestra directora antes de tomar una "
        "decisión.",
        "feedback",
        outcome="advance",
        zone=MADRID,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "offer",
        "es",
        "¡Adelante! Le vamos a hacer una oferta, mañana te mando las condiciones.",
        "feedback",
        outcome="offer",
        zone=MADRID,
        date=TUE_CET,
        **DONE,
    ),
    P(
        "offer",
        "es",
        "Queremos contratarlo. ¿Nos confirmas su preaviso en la empresa actual?",
        "feedback",
        outcome="offer",
        zone=MEXICO,
        date=TUE_CST,
        **DONE,
    ),
    # Cancels.
    P(
        "cancel_filled_internally",
        "es",
        "Hola, la vacante se cubrió internamente, así que por favor cancela la entrevista del "
        "miércoles. Llámame a las 4 si quieres y lo hablamos.",
        "cancel",
        role="client",
        stage="scheduled",
        zone=MADRID,
        date=TUE_CET,
        context=_booked(MADRID, 2, 12),
    ),
    P(
        "cancel_search_closed_relayed",
        "es",
        "Me informa el cliente de que han cerrado el proceso de selección. Cancela la entrevista "
        "de mañana, por favor; yo aviso a la candidata esta tarde.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        zone=MADRID,
        date=TUE_CET,
        context=_booked(MADRID, 2, 12),
    ),
    P(
        "cancel_on_hold",
        "es",
        "Han congelado la posición de forma indefinida. Anulamos la entrevista, lo siento mucho.",
        "cancel",
        role="client",
        stage="scheduled",
        zone=MEXICO,
        date=TUE_CST,
        context=_booked(MEXICO, 3, 11),
    ),
    P(
        "withdraw_took_other_offer",
        "es",
        "Te cuento: Sergio ha aceptado otra oferta y se retira del proceso. Avísale al cliente, "
        "por favor.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        zone=MADRID,
        date=TUE_CET,
        context=_booked(MADRID, 2, 12),
    ),
    # ---------------------------------------------------------------- Portuguese
    # Booked: Wed 2 Dec 14:00-15:00 São Paulo (written Tue 1 Dec 09:30) or Thu 3 Dec 10:00-11:00
    # Lisbon (written Tue 1 Dec 10:05).
    P(
        "move_later_by_amount",
        "pt",
        "dá para passar para uma hora mais tarde no mesmo dia?",
        "reschedule",
        ((2, "15:00", "16:00"),),
        stage="scheduled",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=_booked(SAO_PAULO, 2, 14),
    ),
    P(
        "move_same_time_other_day",
        "pt",
        "No mesmo horário na quinta, pode ser? Quarta complicou aqui.",
        "reschedule",
        ((3, "14:00", "15:00"),),
        stage="scheduled",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=_booked(SAO_PAULO, 2, 14),
    ),
    P(
        "move_earlier_by_amount",
        "pt",
        "Seria possível adiantar meia hora? Tenho uma consulta logo depois.",
        "reschedule",
        ((2, "13:30", "14:30"),),
        stage="scheduled",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=_booked(SAO_PAULO, 2, 14),
    ),
    P(
        "move_to_morning_same_day",
        "pt",
        "Prezada Carla,\n\nPor um imprevisto, gostaria de solicitar a remarcação da entrevista "
        "para a manhã do mesmo dia.\n\nAtenciosamente,\nRodrigo Nunes",
        "reschedule",
        ((2, "09:00", "12:00"),),
        stage="scheduled",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=_booked(SAO_PAULO, 2, 14),
    ),
    P(
        "move_same_time_other_day",
        "pt",
        "vc consegue jogar pra sexta no mesmo horario?",
        "reschedule",
        ((4, "14:00", "15:00"),),
        stage="scheduled",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=_booked(SAO_PAULO, 2, 14),
    ),
    P(
        "move_later_by_amount",
        "pt",
        "Dá pra atrasar duas horas? mesmo dia",
        "reschedule",
        ((2, "16:00", "17:00"),),
        stage="scheduled",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=_booked(SAO_PAULO, 2, 14),
    ),
    P(
        "move_to_afternoon_same_day",
        "pt",
        "Olá, seria possível passar a entrevista para a tarde desse mesmo dia? De manhã tenho uma "
        "reunião que não consigo mudar.",
        "reschedule",
        ((3, "12:00", "17:00"),),
        stage="scheduled",
        zone=LISBON,
        date=TUE_LISBON,
        context=_booked(LISBON, 3, 10),
    ),
    P(
        "move_by_a_week",
        "pt",
        "Podemos adiar uma semana, à mesma hora?",
        "reschedule",
        ((10, "10:00", "11:00"),),
        stage="scheduled",
        zone=LISBON,
        date=TUE_LISBON,
        context=_booked(LISBON, 3, 10),
    ),
    P(
        "move_same_time_other_day",
        "pt",
        "Em nome do Eng. Paulo Matos: pede para antecipar a entrevista de quinta para quarta, à "
        "mesma hora.\n\nCumprimentos,\nInês Ferreira, assistente de direção",
        "reschedule",
        ((2, "10:00", "11:00"),),
        role="client",
        stage="scheduled",
        zone=LISBON,
        date=TUE_LISBON,
        context=_booked(LISBON, 3, 10),
    ),
    # Relays.
    P(
        "relay_over_quote",
        "pt",
        "Oi, o cliente mudou a agenda: agora só consegue quinta, dia 3, das 15h às 17h, ou sexta "
        "de manhã. Desconsidera o que ele mandou abaixo.\n\n"
        "Em seg., 30 de nov. de 2026 às 15:20, Ricardo Lima <ricardo@client.test> escreveu:\n"
        "> Podemos na quarta às 10h ou na segunda, dia 7, às 11h.\n",
        "availability",
        ((3, "15:00", "17:00"), (4, "09:00", "12:00")),
        role="recruiter",
        zone=SAO_PAULO,
        date=TUE_BRT,
    ),
    P(
        "relay_over_outlook_header",
        "pt",
        "Segue abaixo o e-mail da Fernanda, mas ela me ligou agora e mudou: prefere terça, dia 8, "
        "à tarde.\n\n"
        "De: Fernanda Costa <fernanda@mail.test>\n"
        "Enviada em: segunda-feira, 30 de novembro de 2026 18:40\n"
        "Para: Bruno Rocha <bruno@agency.test>\n"
        "Assunto: Disponibilidade\n\n"
        "Bruno, estou livre quinta e sexta desta semana o dia todo.\n",
        "availability",
        ((8, "12:00", "17:00"),),
        role="recruiter",
        zone=SAO_PAULO,
        date=TUE_BRT,
    ),
    P(
        "relay_over_forward",
        "pt",
        "Novas datas do candidato, que substituem as de baixo: quarta 9 ou quinta 10, entre as 9h "
        "e as 11h.\n\n"
        "---------- Mensagem encaminhada ---------\n"
        "De: Tiago Sousa <tiago@mail.test>\n"
        "Data: seg., 30/11/2026 às 10:05\n"
        "Assunto: Entrevista\n"
        "Para: Bruno Rocha <bruno@agency.test>\n\n"
        "Consigo sexta dia 4 ou segunda dia 7 depois das 14h.\n",
        "availability",
        ((9, "09:00", "11:00"), (10, "09:00", "11:00")),
        role="recruiter",
        zone=LISBON,
        date=TUE_LISBON,
    ),
    # Refusals (SP_OPTIONS: 1 Wed 2 14:00, 2 Thu 3 09:00, 3 Thu 3 15:00;
    # LISBON_OPTIONS: 1 Thu 3 11:00, 2 Fri 4 10:00, 3 Fri 4 14:30).
    P(
        "refuse_all_offer_part_of_day",
        "pt",
        "Nenhum desses horários funciona pra mim. Pode ser sexta de manhã?",
        "availability",
        ((4, "09:00", "12:00"),),
        stage="proposed",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=SP_OPTIONS,
    ),
    P(
        "refuse_all_offer_part_of_day",
        "pt",
        "infelizmente nenhuma das opções dá. semana que vem qualquer tarde, menos segunda",
        "availability",
        each_day((8, 9, 10, 11), "12:00", "17:00"),
        stage="proposed",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=SP_OPTIONS,
    ),
    P(
        "refuse_all_offer_day",
        "pt",
        "Lamento, mas não consigo em nenhum dos horários propostos. Na segunda-feira, dia 7, "
        "estou disponível a partir das 14h.",
        "availability",
        ((7, "14:00", "17:00"),),
        stage="proposed",
        zone=LISBON,
        date=TUE_LISBON,
        context=LISBON_OPTIONS,
    ),
    P(
        "refuse_all_offer_span",
        "pt",
        "Nenhuma das três serve, desculpe. Que tal quarta, dia 9, entre 10h e 12h?",
        "availability",
        ((9, "10:00", "12:00"),),
        stage="proposed",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=SP_OPTIONS,
    ),
    # Picks.
    P(
        "pick_by_day_part",
        "pt",
        "quinta à tarde fica ótimo pra mim",
        "accept",
        selected=3,
        stage="proposed",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=SP_OPTIONS,
    ),
    P(
        "pick_by_position",
        "pt",
        "Fico com a segunda opção, obrigado!",
        "accept",
        selected=2,
        stage="proposed",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=SP_OPTIONS,
    ),
    P(
        "pick_by_day_time",
        "pt",
        "quarta às 14h, combinado",
        "accept",
        selected=1,
        stage="proposed",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=SP_OPTIONS,
    ),
    P(
        "pick_marked_in_quote",
        "pt",
        "Marquei abaixo.\n\n"
        "Em ter., 1 de dez. de 2026 às 08:00, Rounds <agent@agency.test> escreveu:\n"
        "> 1. qua 2/12, 14h-15h\n"
        "> 2. qui 3/12, 9h-10h  <-- essa\n"
        "> 3. qui 3/12, 15h-16h\n",
        "accept",
        selected=2,
        stage="proposed",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=SP_OPTIONS,
    ),
    P(
        "pick_in_apple_html",
        "pt",
        _apple_mail(
            "Sexta à tarde, perfeito.",
            "A 1 de dez. de 2026, às 08:00, Rounds &lt;agent@agency.test&gt; escreveu:",
            "1. quinta, 3 de dezembro, 11h00\n2. sexta, 4 de dezembro, 10h00\n"
            "3. sexta, 4 de dezembro, 14h30",
        ),
        "accept",
        selected=3,
        stage="proposed",
        zone=LISBON,
        date=TUE_LISBON,
        context=LISBON_OPTIONS,
        html=True,
    ),
    P(
        "pick_marked_in_quote",
        "pt",
        "A 1/12/2026, às 08:00, Rounds <agent@agency.test> escreveu:\n"
        "> 1. qui 3 dez, 11h00\n"
        "> 2. sex 4 dez, 10h00\n"
        "ok\n"
        "> 3. sex 4 dez, 14h30\n",
        "accept",
        selected=2,
        stage="proposed",
        zone=LISBON,
        date=TUE_LISBON,
        context=LISBON_OPTIONS,
    ),
    P(
        "pick_any",
        "pt",
        "Qualquer uma serve, escolham a que for melhor para vocês.",
        "accept",
        selected=1,
        stage="proposed",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=SP_OPTIONS,
    ),
    P(
        "pick_by_position",
        "pt",
        "A primeira dá-me jeito. Obrigada.",
        "accept",
        selected=1,
        stage="proposed",
        zone=LISBON,
        date=TUE_LISBON,
        context=LISBON_OPTIONS,
    ),
    # Verdicts.
    P(
        "hold_headcount",
        "pt",
        "Gostamos muito dela, mas ainda dependemos da aprovação da vaga pela diretoria. Retorno "
        "assim que tiver novidade.",
        "feedback",
        outcome="hold",
        zone=SAO_PAULO,
        date=TUE_BRT,
        **DONE,
    ),
    P(
        "hold_references",
        "pt",
        "boa impressão! estamos checando as referências e depois te falo",
        "feedback",
        outcome="hold",
        zone=SAO_PAULO,
        date=TUE_BRT,
        **DONE,
    ),
    P(
        "hold_other_candidate",
        "pt",
        "Exmo. Senhor,\n\nO candidato deixou uma impressão muito positiva. Contudo, temos ainda "
        "uma entrevista agendada com outro candidato e só tomaremos uma decisão depois dessa "
        "conversa.\n\nCom os melhores cumprimentos,\nAna Rebelo",
        "feedback",
        outcome="hold",
        zone=LISBON,
        date=TUE_LISBON,
        **DONE,
    ),
    P(
        "advance_trial_day",
        "pt",
        "Curtimos! Antes de decidir, queremos que ele passe um dia com o time.",
        "feedback",
        outcome="advance",
        zone=SAO_PAULO,
        date=TUE_BRT,
        **DONE,
    ),
    P(
        "advance_work_sample",
        "pt",
        "Boa entrevista. Pedimos que faça um pequeno teste prático antes da decisão final.",
        "feedback",
        outcome="advance",
        zone=LISBON,
        date=TUE_LISBON,
        **DONE,
    ),
    P(
        "offer",
        "pt",
        "Vamos fazer uma proposta para ela! Te mando os detalhes amanhã.",
        "feedback",
        outcome="offer",
        zone=SAO_PAULO,
        date=TUE_BRT,
        **DONE,
    ),
    # Cancels.
    P(
        "cancel_filled_internally",
        "pt",
        "Oi, a vaga foi preenchida internamente, então por favor cancela a entrevista de quarta. "
        "Me liga às 16h se quiser conversar.",
        "cancel",
        role="client",
        stage="scheduled",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=_booked(SAO_PAULO, 2, 14),
    ),
    P(
        "cancel_budget_frozen_relayed",
        "pt",
        "O cliente congelou o orçamento e encerrou o processo. Por favor, cancele a entrevista de "
        "amanhã; eu falo com o candidato hoje à tarde.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=_booked(SAO_PAULO, 2, 14),
    ),
    P(
        "cancel_on_hold",
        "pt",
        "A posição ficou suspensa por tempo indeterminado, pelo que cancelamos a entrevista de "
        "quinta. Lamentamos o incómodo.",
        "cancel",
        role="client",
        stage="scheduled",
        zone=LISBON,
        date=TUE_LISBON,
        context=_booked(LISBON, 3, 10),
    ),
    P(
        "cancel_search_closed",
        "pt",
        "Encerramos a busca para essa posição. Cancela os horários que estavam em aberto, por "
        "favor. Qualquer coisa me chama no fim do dia.",
        "cancel",
        role="client",
        stage="proposed",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=SP_OPTIONS,
    ),
    P(
        "withdraw_took_other_offer",
        "pt",
        "A Juliana aceitou outra proposta e desistiu do processo. Pode avisar o cliente?",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        zone=SAO_PAULO,
        date=TUE_BRT,
        context=_booked(SAO_PAULO, 2, 14),
    ),
)
