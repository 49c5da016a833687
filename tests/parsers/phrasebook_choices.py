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
    ),
    P(
        "pick_position",
        "en",
        "I'll take the earlier Wednesday slot, thanks!",
        "accept",
        selected=1,
        stage=PR,
        context=OPTIONS,
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
    P("phone_pick", "en", "thu works 👍", "accept", selected=2, stage=PR, context=OPTIONS),
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
    ),
    P(
        "pick_position",
        "fr",
        "Le dernier de la liste me convient.",
        "accept",
        selected=3,
        stage=PR,
        context=OPTIONS,
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
    P("phone_pick", "fr", "jeu ok 👌", "accept", selected=2, stage=PR, context=OPTIONS),
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
)
