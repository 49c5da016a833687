"""Short replies that pick one of the proposed options, refuse them all, or confirm a booked time.

A phrasebook for issue 8 in five languages, written from the kinds of reply alone: picks by
position within a day or the list, picks marked in the quoted list below, picks that add a
constraint, a question, a second choice or a correction, curt phone picks and picks by the
sender's own clock, "none of them" with and without new times, and confirmations of a booked
interview beside look-alikes that ask to move it or ask something else.
"""

from __future__ import annotations

from tests.parsers.reading_probes import BOOKED, BOOKED_TODAY, OPTIONS, P, Probe, _slot, each_day

# Sent Thursday 3 December 2026, 14:00 ET.
THURSDAY = "Thu, 03 Dec 2026 14:00:00 -0500"
# Sent Friday 4 December 2026, 16:30 ET.
FRIDAY_PM = "Fri, 04 Dec 2026 16:30:00 -0500"
# Sent Sunday 6 December 2026, 20:15 ET.
SUNDAY = "Sun, 06 Dec 2026 20:15:00 -0500"
# Sent Monday 30 November 2026, 17:45 ET, the last day of the month.
MONTH_END = "Mon, 30 Nov 2026 17:45:00 -0500"

# Four options sent on a Thursday: 1 Mon 7 Dec 11:00, 2 Mon 7 Dec 15:00, 3 Tue 8 Dec 09:00,
# 4 Wed 9 Dec 14:00 (ET).
FOUR = {"proposed": [_slot(7, 11), _slot(7, 15), _slot(8, 9), _slot(9, 14)]}
# Options across a weekend, sent on a Thursday: 1 Fri 4 Dec 16:00, 2 Sat 5 Dec 10:00,
# 3 Mon 7 Dec 09:00 (ET).
WEEKEND = {"proposed": [_slot(4, 16), _slot(5, 10), _slot(7, 9)]}
# Options sent on a Friday or Sunday: 1 Tue 8 Dec 09:00, 2 Tue 8 Dec 12:00, 3 Wed 9 Dec 15:30,
# 4 Thu 10 Dec 11:00 (ET).
NEXT_TUESDAY = {"proposed": [_slot(8, 9), _slot(8, 12), _slot(9, 15, 30), _slot(10, 11)]}
# A third-round interview booked for Friday 11 December, 15:00-16:00 ET.
FRIDAY_BOOKED = {"scheduled": _slot(11, 15), "round": 3}

PARIS = "Europe/Paris"
BERLIN = "Europe/Berlin"
MADRID = "Europe/Madrid"
LISBON = "Europe/Lisbon"
SAO_PAULO = "America/Sao_Paulo"
LOS_ANGELES = "America/Los_Angeles"
MEXICO_CITY = "America/Mexico_City"
PR = "proposed"
SC = "scheduled"

PHRASEBOOK_CHOICES: tuple[Probe, ...] = (
    # English: picks by position.
    P(
        "pick_position",
        "en",
        "The later one on Wednesday please.",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P(
        "pick_position",
        "en",
        "I'll take the earlier Wednesday slot, thanks!",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P(
        "pick_position",
        "en",
        "Whichever is earliest works best for me.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position",
        "en",
        "the last one on your list is perfect",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position",
        "en",
        "Could we do the morning one? Afternoons are tricky with school pickup.",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position_lone_day",
        "en",
        "The later one on Thursday works for me.",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position",
        "en",
        "Monday afternoon one please\n\nPriya",
        "accept",
        selected=2,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "pick_position",
        "en",
        "Hi Dana, the earliest Monday slot would be ideal. Best, Kofi",
        "accept",
        selected=1,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "pick_position",
        "en",
        "Happy with the second-to-last option.",
        "accept",
        selected=3,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "pick_position",
        "en",
        "The weekend one is honestly easiest for me, no commute.",
        "accept",
        selected=2,
        stage=PR,
        context=WEEKEND,
        date=THURSDAY,
    ),
    P(
        "pick_position_lone_day",
        "en",
        "The later one on Wednesday works for me, Tuesdays are packed.",
        "accept",
        selected=3,
        stage=PR,
        context=NEXT_TUESDAY,
        date=SUNDAY,
    ),
    # English: picks marked in the quoted list.
    P(
        "pick_quoted",
        "en",
        (
            "This one, please.\n"
            "\n"
            "On Mon, Nov 30, 2026 at 4:12 PM Dana Whitfield <dana@agency.test> wrote:\n"
            "> Hi Sam, here are three options for round 1:\n"
            "> 1. Wed Dec 2, 1:00pm ET\n"
            "> 2. Thu Dec 3, 10:00am ET   <--\n"
            "> 3. Wed Dec 2, 4:00pm ET"
        ),
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted_inline",
        "en",
        (
            "Hi Dana,\n"
            "\n"
            "> 1. Wednesday 2 December, 1pm ET\n"
            "\n"
            "This one works for me.\n"
            "\n"
            "> 2. Thursday 3 December, 10am ET\n"
            "> 3. Wednesday 2 December, 4pm ET\n"
            "\n"
            "Jo"
        ),
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted",
        "en",
        (
            "Option 3 is great, thank you!\n"
            "\n"
            "Best,\n"
            "Marcus Lee\n"
            "+1 617 555 0142\n"
            "\n"
            "From: Dana Whitfield <dana@agency.test>\n"
            "Sent: Monday, November 30, 2026 4:12 PM\n"
            "To: Marcus Lee\n"
            "Subject: Interview times\n"
            "\n"
            "Hi Marcus, Friday Nov 27 at 2pm fell through, so here are new ones: 1) Wed Dec 2 1pm "
            "ET 2) Thu Dec 3 10am ET 3) Wed Dec 2 4pm ET"
        ),
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted",
        "en",
        (
            "Thursday works.\n"
            "\n"
            "On Fri, Nov 27, 2026, 9:03 AM Dana <dana@agency.test> wrote:\n"
            "> Would Monday Nov 30 at 3pm work? If not, Wed Dec 2 1pm, Thu Dec 3 10am or Wed Dec "
            "2 4pm ET."
        ),
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted",
        "en",
        (
            "Let's go with the one I marked below.\n"
            "\n"
            "Sent from my iPhone\n"
            "\n"
            "> On Dec 1, 2026, at 9:15 AM, Dana Whitfield <dana@agency.test> wrote:\n"
            ">\n"
            "> 1. Wed 2 Dec 1pm ET\n"
            "> 2. Thu 3 Dec 10am ET\n"
            "> 3. Wed 2 Dec 4pm ET  <== this one"
        ),
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted_inline",
        "en",
        (
            "> 1. Mon 7 Dec, 11am ET\n"
            "> 2. Mon 7 Dec, 3pm ET\n"
            "> 3. Tue 8 Dec, 9am ET\n"
            "yes please, this one\n"
            "> 4. Wed 9 Dec, 2pm ET"
        ),
        "accept",
        selected=3,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    # English: picks that add something.
    P(
        "pick_plus_constraint",
        "en",
        "Option 2 - I need to be out by 10:50 though, hope that's ok.",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_question",
        "en",
        "2. will it be video or in person?",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_second",
        "en",
        "1 is my preference, 3 as a backup if the panel prefers.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_second",
        "en",
        "3 or 1, either is fine by me",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_correction",
        "en",
        "Wednesday 4pm please. Oops, sorry, I meant the Thursday one!",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_refuse_other",
        "en",
        (
            "Not the first one (I'm flying back that morning and might be late), but the third is "
            "fine."
        ),
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_question",
        "en",
        "I'll take Thursday at 10. Will I be meeting Dr. Okafor or someone else from the team?",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_constraint",
        "en",
        "Tuesday at 9 works best, though I may be 5 min late after school drop-off.",
        "accept",
        selected=3,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "pick_plus_question",
        "en",
        "The Wednesday 3:30 works. Should I bring anything, e.g. my portfolio?",
        "accept",
        selected=3,
        stage=PR,
        context=NEXT_TUESDAY,
        date=SUNDAY,
    ),
    P(
        "pick_correction",
        "en",
        "Monday at 11 — no wait, scratch that, Monday at 3. Sorry!",
        "accept",
        selected=2,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "pick_refuse_other",
        "en",
        "Saturday is a no (family thing), Monday morning works.",
        "accept",
        selected=3,
        stage=PR,
        context=WEEKEND,
        date=THURSDAY,
    ),
    # English: phone-short picks.
    P(
        "phone_pick",
        "en",
        "thu works 👍",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P("phone_pick", "en", "wed 4 works", "accept", selected=3, stage=PR, context=OPTIONS),
    P("phone_pick", "en", "wendesday 1pm is good", "accept", selected=1, stage=PR, context=OPTIONS),
    P("pick_by_time", "en", "10am suits me", "accept", selected=2, stage=PR, context=OPTIONS),
    P("phone_pick", "en", "opt 2 pls", "accept", selected=2, stage=PR, context=OPTIONS),
    P("pick_by_time", "en", "the 4pm 🙏", "accept", selected=3, stage=PR, context=OPTIONS),
    P(
        "pick_own_zone",
        "en",
        "10am my time works (I'm in LA)",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
        zone=LOS_ANGELES,
    ),
    P(
        "pick_own_zone",
        "en",
        "7am pacific is early but doable!",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
        zone=LOS_ANGELES,
    ),
    P(
        "phone_pick",
        "en",
        "mon 3pm ✅",
        "accept",
        selected=2,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "phone_pick",
        "en",
        "neither wed works, thurs ok",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_by_time",
        "en",
        "12 noon tues pls",
        "accept",
        selected=2,
        stage=PR,
        context=NEXT_TUESDAY,
        date=FRIDAY_PM,
    ),
    # English: none of them, or any of them.
    P(
        "none_decline",
        "en",
        "Unfortunately none of those work for me.",
        "decline",
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P(
        "none_come_back",
        "en",
        "none work sorry, will get back to you with some times tmrw",
        "decline",
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "none_new_times",
        "en",
        "None of these work — could we do Friday Dec 4 after 2pm instead?",
        "availability",
        ((4, "14:00", "17:00"),),
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "none_new_times",
        "en",
        "Sadly I can't make any of the three. Next Monday or Tuesday morning would be better.",
        "availability",
        each_day((7, 8), "09:00", "12:00"),
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "any_of_them",
        "en",
        "Any of them works for me!",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "any_of_them",
        "en",
        "All fine by me, pick whichever suits Jordan best.",
        "accept",
        selected=1,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "none_come_back",
        "en",
        (
            "I can't do any of those, I'm travelling until the 10th. I'll come back to you once "
            "I'm home."
        ),
        "decline",
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "none_new_times",
        "en",
        (
            "Dear Ms Whitfield,\n"
            "\n"
            "Thank you for the proposed times. Regrettably, I am unavailable at all three. I "
            "would be available on Thursday 3 December between 2 and 5 pm ET.\n"
            "\n"
            "Kind regards,\n"
            "Eleanor Hughes"
        ),
        "availability",
        ((3, "14:00", "17:00"),),
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "none_decline",
        "en",
        "None of these suit our panel. We'll revert with alternatives next week.",
        "decline",
        role="client",
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    # English: confirmations of a booked interview, and look-alikes.
    P("confirm", "en", "See you Wednesday at 2!", "accept", stage=SC, context=BOOKED),
    P(
        "confirm",
        "en",
        "Confirmed, thanks. Looking forward to meeting Aisha.",
        "accept",
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm",
        "en",
        "Great, see you then! Could you send the Teams link again? It's not in my inbox",
        "accept",
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm_lookalike",
        "en",
        (
            "Confirmed on my side, but our CTO now can't make it - can we move it to Thursday "
            "afternoon?"
        ),
        "reschedule",
        ((3, "12:00", "17:00"),),
        role="client",
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm",
        "en",
        "Friday at 3 is confirmed. Thanks, Tom",
        "accept",
        stage=SC,
        context=FRIDAY_BOOKED,
        date=SUNDAY,
    ),
    P(
        "confirm_lookalike",
        "en",
        "Is Wednesday 2pm still on? I haven't received an invite yet.",
        "question",
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm_lookalike",
        "en",
        "I'll be there at 2 — actually, could we push it to 3pm the same day?",
        "reschedule",
        ((2, "15:00", "16:00"),),
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm",
        "en",
        (
            "Dear Dana,\n"
            "\n"
            "I am writing to confirm my attendance at the final-round interview on Friday 11 "
            "December at 3:00 pm.\n"
            "\n"
            "Yours sincerely,\n"
            "Helen Marsh"
        ),
        "accept",
        stage=SC,
        context=FRIDAY_BOOKED,
        date=SUNDAY,
    ),
    # French: picks by position.
    P(
        "pick_position",
        "fr",
        "Je prendrai le plus tôt des deux mercredis.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P(
        "pick_position",
        "fr",
        "Le dernier de la liste me convient.",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P(
        "pick_position",
        "fr",
        "Celui du matin m'arrange, merci.",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position",
        "fr",
        "Le plus tôt sera le mieux : je prends le premier créneau.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position",
        "fr",
        "Mercredi, le second créneau svp.",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position_lone_day",
        "fr",
        "Pour jeudi, le premier créneau me va très bien.",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position",
        "fr",
        "Lundi, celui de l'après-midi.",
        "accept",
        selected=2,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "pick_position",
        "fr",
        "L'avant-dernier me convient parfaitement.",
        "accept",
        selected=3,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "pick_position",
        "fr",
        "Mardi, le plus tard des deux.",
        "accept",
        selected=2,
        stage=PR,
        context=NEXT_TUESDAY,
        date=SUNDAY,
    ),
    P(
        "pick_position",
        "fr",
        "Celui de mardi matin, s'il vous plaît.\n\nBon week-end,\nClaire",
        "accept",
        selected=1,
        stage=PR,
        context=NEXT_TUESDAY,
        date=FRIDAY_PM,
    ),
    P(
        "pick_position_lone_day",
        "fr",
        "Le plus tardif du mercredi, merci.",
        "accept",
        selected=3,
        stage=PR,
        context=NEXT_TUESDAY,
        date=SUNDAY,
    ),
    # French: picks marked in the quoted list.
    P(
        "pick_quoted",
        "fr",
        (
            "Celui-ci :\n"
            "\n"
            "Le lun. 30 nov. 2026 à 16:12, Dana Whitfield <dana@agency.test> a écrit :\n"
            "> Bonjour Camille,\n"
            "> Voici trois créneaux :\n"
            "> 1. mercredi 2 décembre, 13h (heure de New York)\n"
            "> 2. jeudi 3 décembre, 10h (heure de New York)   <<<\n"
            "> 3. mercredi 2 décembre, 16h (heure de New York)"
        ),
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted_inline",
        "fr",
        (
            "> 1. mercredi 2 décembre à 13h ET\n"
            "> 2. jeudi 3 décembre à 10h ET\n"
            "\n"
            "Celui-là me va.\n"
            "\n"
            "> 3. mercredi 2 décembre à 16h ET"
        ),
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted",
        "fr",
        (
            "Le créneau 1 me convient.\n"
            "\n"
            "Cordialement,\n"
            "Louis Perrin\n"
            "\n"
            "De : Dana Whitfield <dana@agency.test>\n"
            "Envoyé : lundi 30 novembre 2026 16:12\n"
            "À : Louis Perrin\n"
            "Objet : Entretien\n"
            "\n"
            "Bonjour Louis, le vendredi 27 novembre à 14h n'étant plus possible, je vous propose "
            ": 1) mer. 2 déc. 13h ET 2) jeu. 3 déc. 10h ET 3) mer. 2 déc. 16h ET"
        ),
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted",
        "fr",
        (
            "Va pour jeudi.\n"
            "\n"
            "Le ven. 27 nov. 2026 à 09:03, Dana <dana@agency.test> a écrit :\n"
            "> Seriez-vous disponible lundi 30 novembre à 15h ?"
        ),
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted",
        "fr",
        (
            "Celui que j'ai coché ci-dessous.\n"
            "\n"
            "Le jeu. 3 déc. 2026 à 11:20, Dana Whitfield <dana@agency.test> a écrit :\n"
            "> [ ] lundi 7 déc. 11h\n"
            "> [x] lundi 7 déc. 15h\n"
            "> [ ] mardi 8 déc. 9h\n"
            "> [ ] mercredi 9 déc. 14h"
        ),
        "accept",
        selected=2,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    # French: picks that add something.
    P(
        "pick_plus_constraint",
        "fr",
        "Option 2 — par contre je dois filer à 10h50 pour un autre rdv.",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_question",
        "fr",
        "Le 3. C'est en visio ou dans vos locaux ?",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_second",
        "fr",
        "Le 1 de préférence, sinon le 3.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_second",
        "fr",
        "Le 3 ou le 1, comme vous voulez.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_correction",
        "fr",
        "Mercredi 13h. Ah non pardon, je voulais dire jeudi !",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_refuse_other",
        "fr",
        "Pas le premier, j'ai un rendez-vous médical, mais le troisième c'est parfait.",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_question",
        "fr",
        "Mardi 9h me va. Est-ce que M. Garnier sera présent ?",
        "accept",
        selected=3,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "pick_plus_constraint",
        "fr",
        "Jeudi 11h, mais il me faudra finir à 11h45 grand max.",
        "accept",
        selected=4,
        stage=PR,
        context=NEXT_TUESDAY,
        date=SUNDAY,
    ),
    P(
        "pick_refuse_other",
        "fr",
        "Pas samedi (je suis chez mes parents), le lundi matin ira très bien.",
        "accept",
        selected=3,
        stage=PR,
        context=WEEKEND,
        date=THURSDAY,
    ),
    P(
        "pick_correction",
        "fr",
        "Mercredi 15h30, enfin non, plutôt mardi midi si c'est encore possible.",
        "accept",
        selected=2,
        stage=PR,
        context=NEXT_TUESDAY,
        date=FRIDAY_PM,
    ),
    # French: phone-short picks.
    P(
        "phone_pick",
        "fr",
        "jeu ok 👌",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P(
        "phone_pick",
        "fr",
        "mercredi 16h ça marche",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P("phone_pick", "fr", "mercedi 13h nickel", "accept", selected=1, stage=PR, context=OPTIONS),
    P("pick_by_time", "fr", "10h c parfait", "accept", selected=2, stage=PR, context=OPTIONS),
    P("phone_pick", "fr", "le 2 stp", "accept", selected=2, stage=PR, context=OPTIONS),
    P(
        "pick_own_zone",
        "fr",
        "19h heure de Paris ça me va",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
        zone=PARIS,
    ),
    P(
        "pick_own_zone",
        "fr",
        "Jeudi 16h chez moi, c'est bon",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
        zone=PARIS,
    ),
    P(
        "pick_own_zone",
        "fr",
        "22h pour moi ça passe, je suis à Paris",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
        zone=PARIS,
    ),
    P(
        "phone_pick",
        "fr",
        "lun 15h 👍",
        "accept",
        selected=2,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P("phone_pick", "fr", "mer 16h dac", "accept", selected=3, stage=PR, context=OPTIONS),
    # French: none of them, or any of them.
    P(
        "none_decline",
        "fr",
        "Malheureusement, aucun de ces créneaux ne me convient.",
        "decline",
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P(
        "none_come_back",
        "fr",
        "Aucun ne marche, désolé. Je reviens vers vous demain avec mes dispos.",
        "decline",
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "none_new_times",
        "fr",
        "Aucun des trois ne va, mais vendredi 4 après 14h ce serait possible ?",
        "availability",
        ((4, "14:00", "17:00"),),
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "none_new_times",
        "fr",
        "Je ne peux à aucun de ces horaires. La semaine prochaine, lundi ou mardi matin ?",
        "availability",
        each_day((7, 8), "09:00", "12:00"),
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "any_of_them",
        "fr",
        "N'importe lequel me va !",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "any_of_them",
        "fr",
        "Tout me va, choisissez ce qui arrange Mme Lefèvre.",
        "accept",
        selected=1,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "none_new_times",
        "fr",
        (
            "Madame,\n"
            "\n"
            "Je vous remercie pour ces propositions. Je suis malheureusement indisponible aux "
            "trois créneaux. Je serais en revanche disponible le jeudi 3 décembre entre 14h et "
            "17h (heure de New York).\n"
            "\n"
            "Veuillez agréer, Madame, mes salutations distinguées.\n"
            "\n"
            "Antoine Mercier"
        ),
        "availability",
        ((3, "14:00", "17:00"),),
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "none_decline",
        "fr",
        "Aucun créneau ne convient à notre jury. Nous revenons vers vous.",
        "decline",
        role="client",
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P(
        "none_new_times",
        "fr",
        (
            "Aucune de ces heures ne va avec le décalage. Mercredi 9 entre 15h et 18h, heure de "
            "Paris ?"
        ),
        "availability",
        ((9, "15:00", "18:00"),),
        stage=PR,
        context=OPTIONS,
        zone=PARIS,
    ),
    # French: confirmations of a booked interview, and look-alikes.
    P("confirm", "fr", "À mercredi 14h !", "accept", stage=SC, context=BOOKED),
    P(
        "confirm",
        "fr",
        "C'est noté, je confirme ma présence. Merci !",
        "accept",
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm",
        "fr",
        "Parfait, à tout à l'heure — pouvez-vous me renvoyer le lien Teams ?",
        "accept",
        stage=SC,
        context=BOOKED_TODAY,
    ),
    P(
        "confirm_lookalike",
        "fr",
        (
            "Confirmé de notre côté, mais notre directeur ne pourra finalement pas : peut-on "
            "décaler à jeudi matin ?"
        ),
        "reschedule",
        ((3, "09:00", "12:00"),),
        role="client",
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm",
        "fr",
        "Bien reçu l'invitation pour vendredi 15h, je serai là.",
        "accept",
        stage=SC,
        context=FRIDAY_BOOKED,
        date=SUNDAY,
    ),
    P(
        "confirm_lookalike",
        "fr",
        "Mercredi tient toujours ? Je n'ai pas reçu d'invitation.",
        "question",
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm",
        "fr",
        (
            "Je confirme vendredi. Petite question : faut-il prévoir une pièce d'identité pour "
            "l'accueil ?"
        ),
        "accept",
        stage=SC,
        context=FRIDAY_BOOKED,
        date=SUNDAY,
    ),
    P(
        "confirm_lookalike",
        "fr",
        "Je serai là à 14h... enfin, serait-il possible de passer à 15h le même jour ?",
        "reschedule",
        ((2, "15:00", "16:00"),),
        stage=SC,
        context=BOOKED,
    ),
    # German: picks by position.
    P(
        "pick_position",
        "de",
        "Am Mittwoch lieber den zweiten Termin.",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P(
        "pick_position",
        "de",
        "Gern den frühesten Termin.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P(
        "pick_position",
        "de",
        "Der Vormittagstermin passt mir am besten.",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position",
        "de",
        "Der letzte Vorschlag passt.",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position",
        "de",
        "Ich nehme den ersten Mittwochstermin.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position_lone_day",
        "de",
        "Am Donnerstag den früheren, bitte.",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position",
        "de",
        "Montag, den Nachmittagstermin bitte.",
        "accept",
        selected=2,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "pick_position",
        "de",
        "Der vorletzte Termin wäre ideal.",
        "accept",
        selected=3,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "pick_position",
        "de",
        "Am Dienstag lieber den früheren.\n\nViele Grüße\nLena",
        "accept",
        selected=1,
        stage=PR,
        context=NEXT_TUESDAY,
        date=SUNDAY,
    ),
    P(
        "pick_position",
        "de",
        "Den Termin am Wochenende nehme ich gern.",
        "accept",
        selected=2,
        stage=PR,
        context=WEEKEND,
        date=THURSDAY,
    ),
    P(
        "pick_position",
        "de",
        "Den Termin vor der Mittagspause am Dienstag, bitte.",
        "accept",
        selected=1,
        stage=PR,
        context=NEXT_TUESDAY,
        date=FRIDAY_PM,
    ),
    P(
        "pick_position_lone_day",
        "de",
        "Am Mittwoch den späteren, danke!",
        "accept",
        selected=3,
        stage=PR,
        context=NEXT_TUESDAY,
        date=SUNDAY,
    ),
    # German: picks marked in the quoted list.
    P(
        "pick_quoted",
        "de",
        (
            "Den hier bitte:\n"
            "\n"
            "Am Mo., 30. Nov. 2026 um 16:12 Uhr schrieb Dana Whitfield <dana@agency.test>:\n"
            "> Hallo Herr Becker,\n"
            "> folgende Termine kann ich anbieten:\n"
            "> 1. Mi., 2. Dez., 13:00 Uhr (New Yorker Zeit)\n"
            "> 2. Do., 3. Dez., 10:00 Uhr (New Yorker Zeit)\n"
            "> 3. Mi., 2. Dez., 16:00 Uhr (New Yorker Zeit)  <--"
        ),
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted_inline",
        "de",
        (
            "> 1. Mittwoch, 2.12., 13 Uhr ET\n"
            "Passt!\n"
            "> 2. Donnerstag, 3.12., 10 Uhr ET\n"
            "> 3. Mittwoch, 2.12., 16 Uhr ET"
        ),
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted",
        "de",
        (
            "Termin 2 passt mir.\n"
            "\n"
            "Mit freundlichen Grüßen\n"
            "Jonas Weber\n"
            "\n"
            "Von: Dana Whitfield <dana@agency.test>\n"
            "Gesendet: Montag, 30. November 2026 16:12\n"
            "An: Jonas Weber\n"
            "Betreff: Interviewtermine\n"
            "\n"
            "Hallo Herr Weber, der Freitag, 27.11., 14 Uhr entfällt leider. Neue Vorschläge: 1) "
            "Mi 2.12. 13 Uhr ET 2) Do 3.12. 10 Uhr ET 3) Mi 2.12. 16 Uhr ET"
        ),
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted",
        "de",
        (
            "Donnerstag geht.\n"
            "\n"
            "Am Fr., 27. Nov. 2026 um 09:03 schrieb Dana <dana@agency.test>:\n"
            "> Ginge Montag, 30.11., um 15 Uhr?"
        ),
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted",
        "de",
        (
            "Den angekreuzten bitte.\n"
            "\n"
            "Am Do., 3. Dez. 2026 um 11:20 schrieb Dana Whitfield <dana@agency.test>:\n"
            "> [ ] Mo. 7.12. 11:00\n"
            "> [ ] Mo. 7.12. 15:00\n"
            "> [ ] Di. 8.12. 09:00\n"
            "> [x] Mi. 9.12. 14:00"
        ),
        "accept",
        selected=4,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    # German: picks that add something.
    P(
        "pick_plus_constraint",
        "de",
        "Nr. 2 – ich muss aber um 10:50 weg, ist das ok?",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_question",
        "de",
        "Die 3. Findet das Gespräch vor Ort oder per Teams statt?",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_second",
        "de",
        "Am liebsten 1, notfalls auch 3.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_second",
        "de",
        "3 oder 1, beides geht.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_correction",
        "de",
        "Mittwoch 16 Uhr. Ach nein, Quatsch – ich meinte Donnerstag!",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_refuse_other",
        "de",
        "Nicht den ersten, da sitze ich noch im Zug – der dritte passt aber.",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_question",
        "de",
        "Dienstag 9 Uhr passt. Ist Frau Schneider auch dabei?",
        "accept",
        selected=3,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "pick_plus_constraint",
        "de",
        "Donnerstag 11 Uhr, aber ich muss um 11:45 Schluss machen.",
        "accept",
        selected=4,
        stage=PR,
        context=NEXT_TUESDAY,
        date=SUNDAY,
    ),
    P(
        "pick_refuse_other",
        "de",
        "Samstag ist schlecht, Montag früh geht.",
        "accept",
        selected=3,
        stage=PR,
        context=WEEKEND,
        date=THURSDAY,
    ),
    P(
        "pick_correction",
        "de",
        "Mittwoch 15:30 – nein, Korrektur: Dienstag 12 Uhr wäre mir lieber.",
        "accept",
        selected=2,
        stage=PR,
        context=NEXT_TUESDAY,
        date=FRIDAY_PM,
    ),
    # German: phone-short picks.
    P(
        "phone_pick",
        "de",
        "do passt 👍",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P("phone_pick", "de", "mi 16h geht", "accept", selected=3, stage=PR, context=OPTIONS),
    P("phone_pick", "de", "mittwcoh 13 uhr passt", "accept", selected=1, stage=PR, context=OPTIONS),
    P("pick_by_time", "de", "10 uhr ist super", "accept", selected=2, stage=PR, context=OPTIONS),
    P("phone_pick", "de", "nr 2 bitte", "accept", selected=2, stage=PR, context=OPTIONS),
    P(
        "pick_own_zone",
        "de",
        "19 Uhr bei mir passt",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
        zone=BERLIN,
    ),
    P(
        "pick_own_zone",
        "de",
        "Donnerstag 16 Uhr deutscher Zeit geht",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
        zone=BERLIN,
    ),
    P(
        "pick_own_zone",
        "de",
        "22 Uhr unserer Zeit ist ok",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
        zone=BERLIN,
    ),
    P(
        "phone_pick",
        "de",
        "mo 15 uhr ✅",
        "accept",
        selected=2,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P("phone_pick", "de", "mi 13h ok", "accept", selected=1, stage=PR, context=OPTIONS),
    # German: none of them, or any of them.
    P(
        "none_decline",
        "de",
        "Leider passt mir keiner der Termine.",
        "decline",
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P(
        "none_come_back",
        "de",
        "keiner passt, sorry. melde mich morgen mit neuen zeiten",
        "decline",
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "none_new_times",
        "de",
        "Die drei Termine gehen leider nicht, aber Freitag, 4.12., ab 14 Uhr wäre möglich.",
        "availability",
        ((4, "14:00", "17:00"),),
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "none_new_times",
        "de",
        "Keiner der Vorschläge klappt. Nächste Woche Montag oder Dienstag vormittags?",
        "availability",
        each_day((7, 8), "09:00", "12:00"),
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "any_of_them",
        "de",
        "Mir ist jeder Termin recht.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "any_of_them",
        "de",
        "Alle passen, entscheiden Sie je nach Kalender von Herrn Vogel.",
        "accept",
        selected=1,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "none_come_back",
        "de",
        "Keiner geht, ich bin bis zum 10. auf Dienstreise. Ich melde mich danach.",
        "decline",
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "none_new_times",
        "de",
        (
            "Sehr geehrte Frau Whitfield,\n"
            "\n"
            "vielen Dank für die Terminvorschläge. Leider bin ich zu allen drei Zeiten "
            "verhindert. Am Donnerstag, 3. Dezember, wäre ich zwischen 14 und 17 Uhr (New Yorker "
            "Zeit) verfügbar.\n"
            "\n"
            "Mit freundlichen Grüßen\n"
            "Dr. Katrin Vogel"
        ),
        "availability",
        ((3, "14:00", "17:00"),),
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "none_decline",
        "de",
        "Keiner der Termine passt unserem Panel. Wir kommen mit Alternativen auf Sie zu.",
        "decline",
        role="client",
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    # German: confirmations of a booked interview, and look-alikes.
    P("confirm", "de", "Bis Mittwoch um 14 Uhr!", "accept", stage=SC, context=BOOKED),
    P(
        "confirm",
        "de",
        "Bestätigt, danke. Ich freue mich auf das Gespräch mit Herrn Yilmaz.",
        "accept",
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm",
        "de",
        "Alles klar, bis heute Nachmittag – könnten Sie mir den Link nochmal schicken?",
        "accept",
        stage=SC,
        context=BOOKED_TODAY,
    ),
    P(
        "confirm_lookalike",
        "de",
        (
            "Von unserer Seite bestätigt, aber unser Teamleiter ist jetzt verhindert – können wir "
            "auf Donnerstagvormittag verschieben?"
        ),
        "reschedule",
        ((3, "09:00", "12:00"),),
        role="client",
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm",
        "de",
        "Einladung für Freitag 15 Uhr erhalten und angenommen.",
        "accept",
        stage=SC,
        context=FRIDAY_BOOKED,
        date=SUNDAY,
    ),
    P(
        "confirm_lookalike",
        "de",
        "Findet der Termin am Mittwoch noch statt? Ich habe keine Einladung bekommen.",
        "question",
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm_lookalike",
        "de",
        "Ich bin um 14 Uhr da … oder ginge doch 15 Uhr am selben Tag?",
        "reschedule",
        ((2, "15:00", "16:00"),),
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm",
        "de",
        (
            "Hiermit bestätige ich den Termin für die dritte Runde am Freitag, 11.12., um 15 "
            "Uhr.\n"
            "\n"
            "Mit freundlichen Grüßen\n"
            "Stefan Braun"
        ),
        "accept",
        stage=SC,
        context=FRIDAY_BOOKED,
        date=SUNDAY,
    ),
    # Spanish: picks by position.
    P(
        "pick_position",
        "es",
        "El último del miércoles, por favor.",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P(
        "pick_position",
        "es",
        "Prefiero el más temprano.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P(
        "pick_position",
        "es",
        "El de por la mañana me viene genial.",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position",
        "es",
        "La última opción me va bien.",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position",
        "es",
        "El primero del miércoles.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position_lone_day",
        "es",
        "Del jueves, el más tarde.",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position",
        "es",
        "El lunes, el de la tarde.",
        "accept",
        selected=2,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "pick_position",
        "es",
        "El penúltimo, gracias.",
        "accept",
        selected=3,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "pick_position",
        "es",
        "El martes, el segundo.\n\nUn saludo,\nMarta",
        "accept",
        selected=2,
        stage=PR,
        context=NEXT_TUESDAY,
        date=SUNDAY,
    ),
    P(
        "pick_position",
        "es",
        "El del sábado, que ese día no trabajo.",
        "accept",
        selected=2,
        stage=PR,
        context=WEEKEND,
        date=THURSDAY,
    ),
    P(
        "pick_position",
        "es",
        "El martes, el de primera hora.",
        "accept",
        selected=1,
        stage=PR,
        context=NEXT_TUESDAY,
        date=FRIDAY_PM,
    ),
    P(
        "pick_position_lone_day",
        "es",
        "El jueves, el primero.",
        "accept",
        selected=4,
        stage=PR,
        context=NEXT_TUESDAY,
        date=SUNDAY,
    ),
    # Spanish: picks marked in the quoted list.
    P(
        "pick_quoted",
        "es",
        (
            "Este, por favor:\n"
            "\n"
            "El lun, 30 nov 2026 a las 16:12, Dana Whitfield (<dana@agency.test>) escribió:\n"
            "> Hola Lucía,\n"
            "> te propongo estas opciones:\n"
            "> 1. miércoles 2 de diciembre, 13:00 (hora de Nueva York)  <---\n"
            "> 2. jueves 3 de diciembre, 10:00 (hora de Nueva York)\n"
            "> 3. miércoles 2 de diciembre, 16:00 (hora de Nueva York)"
        ),
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted_inline",
        "es",
        (
            "> 1. mié 2 dic, 13:00 ET\n"
            "> 2. jue 3 dic, 10:00 ET\n"
            "> 3. mié 2 dic, 16:00 ET\n"
            "Esta me va perfecta."
        ),
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted",
        "es",
        (
            "Me quedo con la opción 3.\n"
            "\n"
            "Saludos cordiales,\n"
            "Javier Ortega\n"
            "\n"
            "De: Dana Whitfield <dana@agency.test>\n"
            "Enviado: lunes, 30 de noviembre de 2026 16:12\n"
            "Para: Javier Ortega\n"
            "Asunto: Entrevista\n"
            "\n"
            "Hola Javier, el viernes 27 a las 14:00 ya no es posible. Nuevas opciones: 1) mié 2 "
            "dic 13:00 ET 2) jue 3 dic 10:00 ET 3) mié 2 dic 16:00 ET"
        ),
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted",
        "es",
        (
            "El jueves me va bien.\n"
            "\n"
            "El vie, 27 nov 2026 a las 9:03, Dana <dana@agency.test> escribió:\n"
            "> ¿Te vendría bien el lunes 30 a las 15:00?"
        ),
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted",
        "es",
        (
            "La marcada abajo.\n"
            "\n"
            "El jue, 3 dic 2026 a las 11:20, Dana Whitfield <dana@agency.test> escribió:\n"
            "> [ ] lun 7 dic 11:00\n"
            "> [ ] lun 7 dic 15:00\n"
            "> [x] mar 8 dic 9:00\n"
            "> [ ] mié 9 dic 14:00"
        ),
        "accept",
        selected=3,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    # Spanish: picks that add something.
    P(
        "pick_plus_constraint",
        "es",
        "La 2, aunque tendría que irme a las 10:50 como muy tarde.",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_question",
        "es",
        "La 1. ¿Es por videollamada o presencial?",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_second",
        "es",
        "Prefiero la 1; si no, la 3.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_second",
        "es",
        "La 3 o la 1, me da igual.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_correction",
        "es",
        "Miércoles a las 13h... perdón, quería decir el jueves.",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_refuse_other",
        "es",
        "La primera no (tengo médico), pero la tercera sí.",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_question",
        "es",
        "Martes a las 9. ¿Estará también la Sra. Navarro?",
        "accept",
        selected=3,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "pick_plus_constraint",
        "es",
        "Jueves 11h, pero necesito acabar antes de las 11:45.",
        "accept",
        selected=4,
        stage=PR,
        context=NEXT_TUESDAY,
        date=SUNDAY,
    ),
    P(
        "pick_refuse_other",
        "es",
        "El sábado no puedo, el lunes a las 9 sí.",
        "accept",
        selected=3,
        stage=PR,
        context=WEEKEND,
        date=THURSDAY,
    ),
    P(
        "pick_correction",
        "es",
        "Miércoles 15:30. Bueno no, mejor el martes a las 12 si sigue libre.",
        "accept",
        selected=2,
        stage=PR,
        context=NEXT_TUESDAY,
        date=FRIDAY_PM,
    ),
    # Spanish: phone-short picks.
    P(
        "phone_pick",
        "es",
        "jue perfecto 👍",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P("phone_pick", "es", "mie 16h ok", "accept", selected=3, stage=PR, context=OPTIONS),
    P("phone_pick", "es", "miercoles 1 pm me va", "accept", selected=1, stage=PR, context=OPTIONS),
    P("pick_by_time", "es", "a las 10 genial", "accept", selected=2, stage=PR, context=OPTIONS),
    P("phone_pick", "es", "la 2 porfa", "accept", selected=2, stage=PR, context=OPTIONS),
    P(
        "pick_own_zone",
        "es",
        "a las 19h hora de aquí me va bien",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
        zone=MADRID,
    ),
    P(
        "pick_own_zone",
        "es",
        "las 16h de aquí, el jueves",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
        zone=MADRID,
    ),
    P(
        "pick_own_zone",
        "es",
        "22h hora española, sin problema",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
        zone=MADRID,
    ),
    P(
        "pick_own_zone",
        "es",
        "Las 12 de acá (estoy en CDMX) me quedan perfecto",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
        zone=MEXICO_CITY,
    ),
    P(
        "phone_pick",
        "es",
        "lun 15h ✅",
        "accept",
        selected=2,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P("phone_pick", "es", "jueves va", "accept", selected=2, stage=PR, context=OPTIONS),
    # Spanish: none of them, or any of them.
    P(
        "none_decline",
        "es",
        "Lamentablemente ninguna de las opciones me viene bien.",
        "decline",
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P(
        "none_come_back",
        "es",
        "ninguna me cuadra, perdona. mañana te paso otras horas",
        "decline",
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "none_new_times",
        "es",
        "Ninguna de las tres, pero el viernes 4 a partir de las 14h podría.",
        "availability",
        ((4, "14:00", "17:00"),),
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "none_new_times",
        "es",
        "No puedo en ninguna. ¿La semana que viene, lunes o martes por la mañana?",
        "availability",
        each_day((7, 8), "09:00", "12:00"),
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "any_of_them",
        "es",
        "Cualquiera me viene bien.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "any_of_them",
        "es",
        "Todas me van bien, elegid la que mejor le venga a Carmen.",
        "accept",
        selected=1,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "none_come_back",
        "es",
        "No puedo en ninguna, estoy de viaje hasta el día 10. Te escribo a la vuelta.",
        "decline",
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "none_new_times",
        "es",
        (
            "Estimada Sra. Whitfield:\n"
            "\n"
            "Le agradezco las propuestas. Lamentablemente no me es posible asistir en ninguno de "
            "los tres horarios. Estaría disponible el jueves 3 de diciembre entre las 14:00 y las "
            "17:00 (hora de Nueva York).\n"
            "\n"
            "Atentamente,\n"
            "Raúl Domínguez"
        ),
        "availability",
        ((3, "14:00", "17:00"),),
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "none_decline",
        "es",
        "Ninguna opción encaja con el comité. Os proponemos alternativas en breve.",
        "decline",
        role="client",
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    # Spanish: confirmations of a booked interview, and look-alikes.
    P("confirm", "es", "¡Nos vemos el miércoles a las 14h!", "accept", stage=SC, context=BOOKED),
    P(
        "confirm",
        "es",
        "Confirmado, gracias. Con ganas de conocer a Pablo.",
        "accept",
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm",
        "es",
        "Perfecto, nos vemos esta tarde. ¿Me reenvías el enlace, porfa? No lo encuentro.",
        "accept",
        stage=SC,
        context=BOOKED_TODAY,
    ),
    P(
        "confirm_lookalike",
        "es",
        (
            "Por nuestra parte confirmado, pero la directora ya no puede: ¿lo pasamos al jueves "
            "por la mañana?"
        ),
        "reschedule",
        ((3, "09:00", "12:00"),),
        role="client",
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm",
        "es",
        "Recibida la invitación del viernes a las 15h, allí estaré.",
        "accept",
        stage=SC,
        context=FRIDAY_BOOKED,
        date=SUNDAY,
    ),
    P(
        "confirm_lookalike",
        "es",
        "¿Sigue en pie lo del miércoles? No me ha llegado la invitación.",
        "question",
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm_lookalike",
        "es",
        "Allí estaré a las 14... aunque, ¿se podría pasar a las 15h ese mismo día?",
        "reschedule",
        ((2, "15:00", "16:00"),),
        stage=SC,
        context=BOOKED,
    ),
    # Portuguese: picks by position.
    P(
        "pick_position",
        "pt",
        "O mais tarde de quarta, por favor.",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P(
        "pick_position",
        "pt",
        "Prefiro o mais cedo.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P(
        "pick_position",
        "pt",
        "O da manhã é melhor pra mim.",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position",
        "pt",
        "A última opção tá ótima.",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position",
        "pt",
        "Dos dois de quarta, o mais cedo.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position_lone_day",
        "pt",
        "Na quinta, o último horário.",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_position",
        "pt",
        "Segunda, o da tarde.",
        "accept",
        selected=2,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "pick_position",
        "pt",
        "O penúltimo serve.",
        "accept",
        selected=3,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "pick_position",
        "pt",
        "Terça, o segundo horário.\n\nAbs,\nJoana",
        "accept",
        selected=2,
        stage=PR,
        context=NEXT_TUESDAY,
        date=SUNDAY,
    ),
    P(
        "pick_position",
        "pt",
        "O de sábado, que estou de folga.",
        "accept",
        selected=2,
        stage=PR,
        context=WEEKEND,
        date=THURSDAY,
    ),
    P(
        "pick_position",
        "pt",
        "Terça, o primeiro horário da manhã.",
        "accept",
        selected=1,
        stage=PR,
        context=NEXT_TUESDAY,
        date=FRIDAY_PM,
    ),
    P(
        "pick_position_lone_day",
        "pt",
        "Quinta, o mais cedo.",
        "accept",
        selected=4,
        stage=PR,
        context=NEXT_TUESDAY,
        date=SUNDAY,
    ),
    # Portuguese: picks marked in the quoted list.
    P(
        "pick_quoted",
        "pt",
        (
            "Este aqui:\n"
            "\n"
            "Em seg., 30 de nov. de 2026 às 16:12, Dana Whitfield <dana@agency.test> escreveu:\n"
            "> Olá Beatriz,\n"
            "> seguem as opções:\n"
            "> 1. quarta, 2 de dezembro, 13h (horário de Nova York)\n"
            "> 2. quinta, 3 de dezembro, 10h (horário de Nova York)  <---\n"
            "> 3. quarta, 2 de dezembro, 16h (horário de Nova York)"
        ),
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted_inline",
        "pt",
        "> 1. qua 2 dez, 13h ET\n> 2. qui 3 dez, 10h ET\nEsse serve!\n> 3. qua 2 dez, 16h ET",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted",
        "pt",
        (
            "Opção 1, por favor.\n"
            "\n"
            "Atenciosamente,\n"
            "Rafael Souza\n"
            "\n"
            "De: Dana Whitfield <dana@agency.test>\n"
            "Enviada em: segunda-feira, 30 de novembro de 2026 16:12\n"
            "Para: Rafael Souza\n"
            "Assunto: Entrevista\n"
            "\n"
            "Olá Rafael, sexta 27/11 às 14h não vai dar mais. Novas opções: 1) qua 2/12 13h ET 2) "
            "qui 3/12 10h ET 3) qua 2/12 16h ET"
        ),
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted",
        "pt",
        (
            "Quinta dá.\n"
            "\n"
            "Em sex., 27 de nov. de 2026 às 09:03, Dana <dana@agency.test> escreveu:\n"
            "> Segunda 30/11 às 15h funcionaria?"
        ),
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_quoted",
        "pt",
        (
            "O que marquei abaixo.\n"
            "\n"
            "Em qui., 3 de dez. de 2026 às 11:20, Dana Whitfield <dana@agency.test> escreveu:\n"
            "> [x] seg 7/12 11h\n"
            "> [ ] seg 7/12 15h\n"
            "> [ ] ter 8/12 9h\n"
            "> [ ] qua 9/12 14h"
        ),
        "accept",
        selected=1,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    # Portuguese: picks that add something.
    P(
        "pick_plus_constraint",
        "pt",
        "A 2, mas preciso sair às 10h50 no máximo.",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_question",
        "pt",
        "A 3. Vai ser por Meet ou presencial?",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_second",
        "pt",
        "De preferência a 1; se não der, a 3.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_second",
        "pt",
        "3 ou 1, tanto faz.",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_correction",
        "pt",
        "Quarta às 16h. Ops, foi mal, quis dizer quinta!",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_refuse_other",
        "pt",
        "A primeira não dá (tenho consulta), mas a terceira sim.",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "pick_plus_question",
        "pt",
        "Terça às 9h. A Dra. Cardoso também vai participar?",
        "accept",
        selected=3,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "pick_plus_constraint",
        "pt",
        "Quinta às 11h, mas tenho de terminar até às 11h45.",
        "accept",
        selected=4,
        stage=PR,
        context=NEXT_TUESDAY,
        date=SUNDAY,
    ),
    P(
        "pick_refuse_other",
        "pt",
        "Sábado não posso, segunda às 9h sim.",
        "accept",
        selected=3,
        stage=PR,
        context=WEEKEND,
        date=THURSDAY,
    ),
    P(
        "pick_correction",
        "pt",
        "Quarta 15h30. Aliás não, melhor terça ao meio-dia se ainda estiver livre.",
        "accept",
        selected=2,
        stage=PR,
        context=NEXT_TUESDAY,
        date=FRIDAY_PM,
    ),
    # Portuguese: phone-short picks.
    P(
        "phone_pick",
        "pt",
        "qui blz 👍",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P("phone_pick", "pt", "qua 16h fechado", "accept", selected=3, stage=PR, context=OPTIONS),
    P("phone_pick", "pt", "quata 13h pode ser", "accept", selected=1, stage=PR, context=OPTIONS),
    P("pick_by_time", "pt", "10h tá ótimo", "accept", selected=2, stage=PR, context=OPTIONS),
    P("phone_pick", "pt", "a 2 pfv", "accept", selected=2, stage=PR, context=OPTIONS),
    P(
        "pick_own_zone",
        "pt",
        "às 18h cá em Lisboa dá-me jeito",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
        zone=LISBON,
    ),
    P(
        "pick_own_zone",
        "pt",
        "quinta às 15h hora de Portugal",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
        zone=LISBON,
    ),
    P(
        "pick_own_zone",
        "pt",
        "18h no meu horário (SP) serve",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
        zone=SAO_PAULO,
    ),
    P(
        "pick_own_zone",
        "pt",
        "quinta meio-dia horário de Brasília tá ótimo",
        "accept",
        selected=2,
        stage=PR,
        context=OPTIONS,
        zone=SAO_PAULO,
    ),
    P(
        "phone_pick",
        "pt",
        "seg 15h ✅",
        "accept",
        selected=2,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P("phone_pick", "pt", "quinta tá bom", "accept", selected=2, stage=PR, context=OPTIONS),
    # Portuguese: none of them, or any of them.
    P(
        "none_decline",
        "pt",
        "Infelizmente nenhum dos horários funciona para mim.",
        "decline",
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    P(
        "none_come_back",
        "pt",
        "nenhum dá, desculpa. amanhã te mando outros horários",
        "decline",
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "none_new_times",
        "pt",
        "Nenhuma das três, mas sexta 4 a partir das 14h eu consigo.",
        "availability",
        ((4, "14:00", "17:00"),),
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "none_new_times",
        "pt",
        "Não consigo em nenhuma. Semana que vem, segunda ou terça de manhã?",
        "availability",
        each_day((7, 8), "09:00", "12:00"),
        stage=PR,
        context=OPTIONS,
    ),
    P("any_of_them", "pt", "Qualquer um serve!", "accept", selected=1, stage=PR, context=OPTIONS),
    P(
        "any_of_them",
        "pt",
        "Todos funcionam, escolham o que for melhor para o Henrique.",
        "accept",
        selected=1,
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "none_come_back",
        "pt",
        "Nenhum dá, estou viajando até dia 10. Volto a falar quando chegar.",
        "decline",
        stage=PR,
        context=FOUR,
        date=THURSDAY,
    ),
    P(
        "none_new_times",
        "pt",
        (
            "Prezada Sra. Whitfield,\n"
            "\n"
            "Agradeço as opções enviadas. Infelizmente, não tenho disponibilidade em nenhum dos "
            "três horários. Estaria disponível na quinta-feira, 3 de dezembro, entre 14h e 17h "
            "(horário de Nova York).\n"
            "\n"
            "Atenciosamente,\n"
            "Fernanda Lima"
        ),
        "availability",
        ((3, "14:00", "17:00"),),
        stage=PR,
        context=OPTIONS,
    ),
    P(
        "none_decline",
        "pt",
        "Nenhum dos horários serve para a banca. Retornamos com alternativas.",
        "decline",
        role="client",
        stage=PR,
        context=OPTIONS,
        date=MONTH_END,
    ),
    # Portuguese: confirmations of a booked interview, and look-alikes.
    P("confirm", "pt", "Até quarta às 14h!", "accept", stage=SC, context=BOOKED),
    P(
        "confirm",
        "pt",
        "Confirmado, obrigado. Ansioso para conhecer o Diego.",
        "accept",
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm",
        "pt",
        "Combinado, até logo à tarde. Pode me reenviar o link? Não estou achando.",
        "accept",
        stage=SC,
        context=BOOKED_TODAY,
    ),
    P(
        "confirm_lookalike",
        "pt",
        (
            "Confirmado do nosso lado, mas o diretor não vai poder: dá pra passar para quinta de "
            "manhã?"
        ),
        "reschedule",
        ((3, "09:00", "12:00"),),
        role="client",
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm",
        "pt",
        "Recebi o convite para sexta às 15h, estarei lá.",
        "accept",
        stage=SC,
        context=FRIDAY_BOOKED,
        date=SUNDAY,
    ),
    P(
        "confirm_lookalike",
        "pt",
        "A entrevista de quarta ainda está de pé? Não recebi convite.",
        "question",
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm_lookalike",
        "pt",
        "Estarei lá às 14h... aliás, daria para passar para as 15h no mesmo dia?",
        "reschedule",
        ((2, "15:00", "16:00"),),
        stage=SC,
        context=BOOKED,
    ),
    P(
        "confirm",
        "pt",
        (
            "Prezados,\n"
            "\n"
            "Confirmo minha presença na entrevista da terceira etapa, sexta-feira, 11 de "
            "dezembro, às 15h.\n"
            "\n"
            "Atenciosamente,\n"
            "Luana Ribeiro"
        ),
        "accept",
        stage=SC,
        context=FRIDAY_BOOKED,
        date=SUNDAY,
    ),
)
