"""Phrasebook of replies that tell an event: an interview called off because something happened,
a candidate who leaves, a booked slot that must move, options refused by describing a situation,
and look-alikes (someone else's cancel, "no problem", "can't wait") that are none of these.

Written in five languages from the kinds alone, by someone who never read the rules engine, to
measure how far its reading generalises. Not wired into any test yet.
"""

from __future__ import annotations

from tests.parsers.reading_probes import BOOKED, NEXT_WEEK_OPTIONS, OPTIONS, P, Probe, _slot

# Other reference dates (all New York time): a Thursday afternoon, a Friday afternoon,
# a Sunday night and the last day of November.
THURSDAY = "Thu, 03 Dec 2026 16:20:00 -0500"
FRIDAY_PM = "Fri, 04 Dec 2026 15:45:00 -0500"
SUNDAY = "Sun, 06 Dec 2026 21:10:00 -0500"
MONTH_END = "Mon, 30 Nov 2026 08:40:00 -0500"
# Booked slots besides BOOKED (Wed 2 Dec 14:00 ET), each one hour.
BOOKED_THU = {"scheduled": _slot(3, 11)}  # Thursday 3 December, 11:00
BOOKED_MON = {"scheduled": _slot(7, 10)}  # Monday 7 December, 10:00
BOOKED_TUE = {"scheduled": _slot(8, 15)}  # Tuesday 8 December, 15:00
BOOKED_FRI = {"scheduled": _slot(11, 13)}  # Friday 11 December, 13:00
# A single option left after an earlier one fell through: Thursday 3 December, 10:00.
ONE_OPTION = {"proposed": [_slot(3, 10)]}
FINAL_ROUND = {"round": 3}

PHRASEBOOK_EVENTS: tuple[Probe, ...] = (
    # ---------------------------------------------------------------- English
    P(
        "cancel_event",
        "en",
        "Hi, bad news: the req got frozen this morning (budget). Wednesday with Priya is off. "
        "Please don't line up new times for now.\n\nThanks,\nMark",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_event",
        "en",
        "we filled it yesterday with an internal guy. sorry for the hassle",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_own_time",
        "en",
        "Heads up: our hiring manager Dana has resigned, so tomorrow's 2pm with Jonah won't go "
        "ahead. I'll call Jonah at 4 to let him know.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_event",
        "en",
        "The headcount for this role was pulled in today's planning meeting. Monday's interview "
        "with Sofia is therefore not happening. No need to propose anything else.",
        "cancel",
        role="client",
        stage="scheduled",
        date=THURSDAY,
        context=BOOKED_MON,
    ),
    P(
        "cancel_verb",
        "en",
        "Please scrap Wednesday. Will explain later.",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_verb",
        "en",
        "We need to call off the interview with Ahmed on 12/2 - position is on hold until Q1.",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_verb",
        "en",
        "Dear Ms. Okafor,\n\nI regret to inform you that we must cancel the interview scheduled "
        "for Wednesday, 2 December at 2:00 PM ET. The client has decided to pause recruitment "
        "for this position.\n\nKind regards,\nHelen Park\nSenior Talent Partner",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_own_time",
        "en",
        "fyi the board killed the expansion, so there's no role anymore :( monday is dead. "
        "I'll ring you at 5 to talk through next steps",
        "cancel",
        role="client",
        stage="scheduled",
        date=FRIDAY_PM,
        context=BOOKED_MON,
    ),
    P(
        "cancel_event",
        "en",
        "Turns out the team is being restructured and the position no longer exists. Take "
        "Wednesday out of everyone's calendar pls.",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_own_time",
        "en",
        "Hi Tom, the client just told me they've made an offer to someone else, so Tuesday's "
        "interview is no longer needed. I'll phone Lena first thing tomorrow at 9. Sorry!",
        "cancel",
        role="recruiter",
        stage="scheduled",
        date=SUNDAY,
        context=BOOKED_TUE,
    ),
    P(
        "cancel_quoted",
        "en",
        "Let's cancel this one, we've gone with another candidate.\n\n"
        "On Mon, Nov 30, 2026 at 9:12 AM Agent wrote:\n"
        "> Confirmed: Wednesday Dec 2, 2:00-3:00 PM ET with Raj.\n"
        "> Backup if needed: Thursday Dec 3 at 11am.",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_event",
        "en",
        "thursday is off. HM left the company last week and nobody owns the req now",
        "cancel",
        role="client",
        stage="scheduled",
        date=MONTH_END,
        context=BOOKED_THU,
    ),
    P(
        "cancel_verb",
        "en",
        "kill the 2pm tmrw pls, role's gone",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "withdraw_self",
        "en",
        "signed with another company on friday so pls take me off the list. thanks for everything",
        "withdraw",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "withdraw_self",
        "en",
        "After a lot of thought I've decided to stay where I am: my manager matched the package. "
        "I don't want to waste the team's time on Wednesday.\n\nBest,\nLucy",
        "withdraw",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "withdraw_self",
        "en",
        "For family reasons I'm moving back to Lagos next month, so I can no longer pursue this "
        "role. Apologies for the late notice.",
        "withdraw",
        stage="scheduled",
        date=FRIDAY_PM,
        context=BOOKED_MON,
    ),
    P(
        "withdraw_relayed",
        "en",
        "FYI see below, Daniel is out.\n\n---------- Forwarded message ---------\n"
        "From: Daniel Weiss <dweiss@mail.test>\nDate: Mon, Nov 30, 2026 at 6:41 PM\n"
        "Subject: Re: Interview Wednesday 2pm\nTo: Amy <amy@agency.test>\n\n"
        "Hi Amy, I took a job at a fintech today. Please withdraw me. Thanks, Daniel",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "withdraw_self",
        "en",
        "no longer interested, thanks",
        "withdraw",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "withdraw_self",
        "en",
        "Hey, quick one - I just started at a new place this week and it's going well, so I'll "
        "bow out. Thanks for thinking of me 🙏",
        "withdraw",
        stage="proposed",
        date=FRIDAY_PM,
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "withdraw_relayed",
        "en",
        "Candidate update: Mei has taken a counter-offer from her current employer and asked to "
        "be removed from consideration. Please release the Wednesday slot.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "reschedule_event",
        "en",
        "So sorry, my flight home was rebooked to Wednesday afternoon and I'll be in the air at 2. "
        "Could we move it? Thursday any time after 11 works.",
        "reschedule",
        ((3, "11:00", "17:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "reschedule_event",
        "en",
        "my daughter's got a fever and nursery won't take her tomorrow, can we push?",
        "reschedule",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "reschedule_shift",
        "en",
        "Something came up right at 2. Could we push it an hour?",
        "reschedule",
        ((2, "15:00", "16:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "reschedule_shift",
        "en",
        "Any chance we could do the same time the next day instead? A client meeting got dropped "
        "on me.",
        "reschedule",
        ((3, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "reschedule_shift",
        "en",
        "monday morning just got eaten by an all-hands. can we do the afternoon instead?",
        "reschedule",
        ((7, "12:00", "17:00"),),
        stage="scheduled",
        date=THURSDAY,
        context=BOOKED_MON,
    ),
    P(
        "reschedule_event",
        "en",
        "Jess (our interviewer) is out sick, so Monday can't happen anymore. She's back "
        "Wednesday, anything that day works.",
        "reschedule",
        ((9, "09:00", "17:00"),),
        role="client",
        stage="scheduled",
        date=FRIDAY_PM,
        context=BOOKED_MON,
    ),
    P(
        "reschedule_event",
        "en",
        "this thursday can't happen anymore, our office is closed for the move. let's find "
        "another slot",
        "reschedule",
        role="client",
        stage="scheduled",
        date=MONTH_END,
        context=BOOKED_THU,
    ),
    P(
        "reschedule_event",
        "en",
        "Hi, my car broke down on the way back and I'm stuck upstate until Tuesday night. "
        "Could we do Wednesday or Thursday morning instead?",
        "reschedule",
        ((9, "09:00", "12:00"), (10, "09:00", "12:00")),
        stage="scheduled",
        date=SUNDAY,
        context=BOOKED_TUE,
    ),
    P(
        "reschedule_quoted",
        "en",
        "Have to move this, sorry, a jury summons came in. I'm free Friday between 1 and 3.\n\n"
        "> On Tue, Dec 1, Agent wrote:\n"
        "> You're booked for Wednesday 2 Dec at 2pm ET. Other times we had: Thursday 10am.",
        "reschedule",
        ((4, "13:00", "15:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "decline_situation",
        "en",
        "I'm in depositions Wednesday and Thursday, all day both days. Sorry.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "decline_situation",
        "en",
        "unfortunately I fly to Singapore tomorrow morning and don't land back till Thursday night",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "refuse_with_times",
        "en",
        "I'm on call at the hospital Wed/Thu so none of those work. Friday afternoon or Monday "
        "morning?",
        "availability",
        ((4, "12:00", "17:00"), (7, "09:00", "12:00")),
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "decline_situation",
        "en",
        "I'll be at a trade show in Vegas the whole of next week, so none of these are doable, "
        "sorry!",
        "decline",
        stage="proposed",
        date=FRIDAY_PM,
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "refuse_with_times",
        "en",
        "Next week I'm covering for a colleague on leave from Tuesday to Thursday. Monday the 7th "
        "is wide open though.",
        "availability",
        ((7, "09:00", "17:00"),),
        stage="proposed",
        date=FRIDAY_PM,
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "decline_situation",
        "en",
        "Those two days are my induction at the new client site, no phones allowed in the "
        "building. I'll come back to you when I know more.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "lookalike_cancel",
        "en",
        "Just so you know, I moved my dentist appointment so Wednesday at 2 is totally fine. "
        "See you then!",
        "accept",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "lookalike_cancel",
        "en",
        "My other interview on Thursday got cancelled, so I'm now free all of Thursday.",
        "availability",
        ((3, "09:00", "17:00"),),
    ),
    P(
        "lookalike_ok",
        "en",
        "Can't wait to meet them on Wednesday!",
        "accept",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "lookalike_ok",
        "en",
        "No problem at all with switching to Teams. Thanks for letting me know.",
        "other",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "lookalike_ok",
        "en",
        "The earlier slot was cancelled on my side anyway, so the new one on Thursday is fine 👍",
        "accept",
        selected=1,
        stage="proposed",
        context=ONE_OPTION,
    ),
    P(
        "lookalike_cancel",
        "en",
        "Our 3pm exec meeting got cancelled so I finally had time to debrief. We'd like to see "
        "Omar for a final round.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=FINAL_ROUND,
    ),
    P(
        "lookalike_ok",
        "en",
        "no worries at all about the later start, 2pm wednesday still works for me",
        "accept",
        stage="scheduled",
        context=BOOKED,
    ),
    # ---------------------------------------------------------------- French
    P(
        "cancel_event",
        "fr",
        "Bonjour,\n\nNous avons finalement retenu une candidate en interne : l'entretien de "
        "mercredi avec Mme Leroy n'a donc plus lieu d'être. Inutile de proposer d'autres "
        "créneaux.\n\nCordialement,\nPhilippe Morel\nDRH",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_event",
        "fr",
        "le recrutement est gelé jusqu'à nouvel ordre, on laisse tomber mercredi",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_own_time",
        "fr",
        "Petite mise à jour : le manager qui portait le poste est parti, donc l'entretien de "
        "demain 14h avec Karim tombe à l'eau. Je l'appelle à 16h pour le prévenir.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_verb",
        "fr",
        "Madame,\n\nNous sommes au regret de devoir annuler l'entretien prévu le mercredi "
        "2 décembre à 14h00. Le client a suspendu ce recrutement.\n\nBien à vous,\n"
        "Claire Dubois\nChargée de recrutement",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_verb",
        "fr",
        "on annule pour jeudi, désolé. budget coupé",
        "cancel",
        role="client",
        stage="scheduled",
        date=MONTH_END,
        context=BOOKED_THU,
    ),
    P(
        "cancel_event",
        "fr",
        "La direction a supprimé le poste lors du comité d'hier. Lundi ne se fera pas, pas la "
        "peine de reprogrammer.",
        "cancel",
        role="client",
        stage="scheduled",
        date=THURSDAY,
        context=BOOKED_MON,
    ),
    P(
        "cancel_own_time",
        "fr",
        "On a signé notre candidat ce matin 🎉 donc on peut retirer lundi de l'agenda. Je "
        "passerai un coup de fil à Julie vers 17h.",
        "cancel",
        role="client",
        stage="scheduled",
        date=FRIDAY_PM,
        context=BOOKED_MON,
    ),
    P(
        "cancel_quoted",
        "fr",
        "Je préfère qu'on annule, l'équipe est en pleine réorganisation.\n\n"
        "Le lun. 30 nov. 2026 à 09:15, Agent a écrit :\n"
        "> L'entretien est confirmé mercredi 2 décembre à 14h (heure de New York).\n"
        "> Autre possibilité : jeudi 3 à 11h.",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_verb",
        "fr",
        "Bonjour Sophie, il faut décommander l'entretien de Thomas de mardi, la mission a été "
        "stoppée côté client. Merci !",
        "cancel",
        role="recruiter",
        stage="scheduled",
        date=SUNDAY,
        context=BOOKED_TUE,
    ),
    P(
        "cancel_event",
        "fr",
        "mercredi c'est mort, le poste est passé à la trappe dans les arbitrages budgétaires",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_verb",
        "fr",
        "Annulez l'entretien de mercredi svp, on met le recrutement en pause.",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "withdraw_self",
        "fr",
        "Bonjour, j'ai accepté une proposition chez un concurrent la semaine dernière, je préfère "
        "donc me retirer du processus. Merci pour votre temps.",
        "withdraw",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "withdraw_self",
        "fr",
        "je reste finalement dans ma boîte, ils m'ont fait une belle contre-offre. désolé !",
        "withdraw",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "withdraw_self",
        "fr",
        "Après réflexion, je ne souhaite plus donner suite à ma candidature. Je vous remercie de "
        "votre compréhension.\n\nCordialement,\nAntoine Girard",
        "withdraw",
        stage="scheduled",
        date=THURSDAY,
        context=BOOKED_MON,
    ),
    P(
        "withdraw_relayed",
        "fr",
        "Pour info ci-dessous, Léa se désiste.\n\n---------- Message transféré ---------\n"
        "De : Léa Martin <lea.martin@mail.test>\nDate : lun. 30 nov. 2026 à 19:02\n"
        "Objet : Entretien mercredi 14h\nÀ : Agence <contact@agency.test>\n\n"
        "Bonjour, j'ai trouvé un CDI ailleurs, je ne viendrai pas mercredi. Bonne continuation.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "withdraw_self",
        "fr",
        "Je viens de démarrer une nouvelle mission et elle me plaît, je préfère arrêter là. "
        "Merci encore 🙏",
        "withdraw",
        stage="proposed",
        date=FRIDAY_PM,
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "withdraw_relayed",
        "fr",
        "Mauvaise nouvelle : Hugo a accepté la contre-proposition de son employeur actuel et "
        "retire sa candidature. Merci de libérer le créneau de mercredi.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "reschedule_event",
        "fr",
        "Désolée, mon train a été supprimé et je ne serai pas rentrée mercredi. Est-ce qu'on "
        "peut décaler ? Jeudi après 11h c'est bon pour moi.",
        "reschedule",
        ((3, "11:00", "17:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "reschedule_event",
        "fr",
        "mon fils est malade, je dois le garder demain, on peut repousser ?",
        "reschedule",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "reschedule_shift",
        "fr",
        "Un imprévu à 14h, peut-on décaler d'une heure ?",
        "reschedule",
        ((2, "15:00", "16:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "reschedule_shift",
        "fr",
        "Serait-il possible de faire ça le lendemain à la même heure ? Un rendez-vous client "
        "vient de tomber.",
        "reschedule",
        ((3, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "reschedule_shift",
        "fr",
        "lundi matin je suis coincé en réunion d'équipe, on peut faire l'après-midi plutôt ?",
        "reschedule",
        ((7, "12:00", "17:00"),),
        stage="scheduled",
        date=THURSDAY,
        context=BOOKED_MON,
    ),
    P(
        "reschedule_event",
        "fr",
        "Notre interviewer Marc est en arrêt maladie, lundi ne pourra pas se faire. Il revient "
        "mercredi, n'importe quand ce jour-là.",
        "reschedule",
        ((9, "09:00", "17:00"),),
        role="client",
        stage="scheduled",
        date=FRIDAY_PM,
        context=BOOKED_MON,
    ),
    P(
        "reschedule_event",
        "fr",
        "Grève des transports mardi, je ne pourrai pas venir. Mercredi ou jeudi matin, ça irait ?",
        "reschedule",
        ((9, "09:00", "12:00"), (10, "09:00", "12:00")),
        stage="scheduled",
        date=SUNDAY,
        context=BOOKED_TUE,
    ),
    P(
        "reschedule_quoted",
        "fr",
        "Je dois malheureusement déplacer notre rendez-vous (convocation au tribunal). Je suis "
        "libre vendredi entre 13h et 15h.\n\n> Le 1 déc. 2026, Agent a écrit :\n"
        "> Vous êtes attendu mercredi 2 décembre à 14h. Autre créneau : jeudi 10h.",
        "reschedule",
        ((4, "13:00", "15:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "decline_situation",
        "fr",
        "J'opère toute la journée mercredi et jeudi, désolé.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "decline_situation",
        "fr",
        "je pars en séminaire demain jusqu'à jeudi soir, aucun de ces créneaux ne va",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "refuse_with_times",
        "fr",
        "Je suis d'astreinte mercredi et jeudi, donc impossible. Vendredi après-midi ou lundi "
        "matin ?",
        "availability",
        ((4, "12:00", "17:00"), (7, "09:00", "12:00")),
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "decline_situation",
        "fr",
        "Je serai sur un salon à Lyon toute la semaine prochaine, ces dates ne sont pas possibles.",
        "decline",
        stage="proposed",
        date=FRIDAY_PM,
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "refuse_with_times",
        "fr",
        "La semaine prochaine je remplace une collègue du mardi au jeudi. Par contre lundi 7 je "
        "suis entièrement libre.",
        "availability",
        ((7, "09:00", "17:00"),),
        stage="proposed",
        date=FRIDAY_PM,
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "decline_situation",
        "fr",
        "Ces deux jours-là je suis en formation chez le client, sans téléphone. Je reviens vers "
        "vous dès que possible.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "lookalike_cancel",
        "fr",
        "J'ai déplacé mon rendez-vous chez le dentiste, donc mercredi 14h c'est parfait. "
        "À mercredi !",
        "accept",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "lookalike_cancel",
        "fr",
        "Mon autre entretien de jeudi a été annulé, je suis donc disponible toute la journée "
        "jeudi.",
        "availability",
        ((3, "09:00", "17:00"),),
    ),
    P(
        "lookalike_ok",
        "fr",
        "Hâte de les rencontrer mercredi !",
        "accept",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "lookalike_ok",
        "fr",
        "Aucun problème pour passer sur Teams, merci de l'info.",
        "other",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "lookalike_ok",
        "fr",
        "L'ancien créneau a été annulé de mon côté de toute façon, donc le nouveau jeudi me va "
        "très bien.",
        "accept",
        selected=1,
        stage="proposed",
        context=ONE_OPTION,
    ),
    P(
        "lookalike_cancel",
        "fr",
        "Notre comité de 15h a sauté, j'ai enfin pu faire le point avec l'équipe : on aimerait "
        "revoir Inès pour un dernier tour.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=FINAL_ROUND,
    ),
    P(
        "lookalike_ok",
        "fr",
        "pas de souci pour le léger retard, mercredi 14h me va toujours",
        "accept",
        stage="scheduled",
        context=BOOKED,
    ),
    # ---------------------------------------------------------------- German
    P(
        "cancel_event",
        "de",
        "Hallo Frau Becker,\n\nim Zuge der Budgetplanung wurde die Position ersatzlos "
        "eingespart. Das Gespräch am Mittwoch mit Herrn Yilmaz entfällt daher. Bitte keine neuen "
        "Termine anbieten.\n\nMit freundlichen Grüßen\nJörg Hansen\nLeitung Personal",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_event",
        "de",
        "wir haben gestern intern jemanden gefunden, mittwoch hat sich damit erledigt",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_own_time",
        "de",
        "Kurzes Update: Der Fachbereichsleiter hat gekündigt, das Interview morgen um 14 Uhr mit "
        "Lukas fällt flach. Ich rufe Lukas um 16 Uhr an und sage ihm Bescheid.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_verb",
        "de",
        "Sehr geehrte Frau Schulz,\n\nwir müssen das für Mittwoch, den 2. Dezember um 14:00 Uhr "
        "vereinbarte Gespräch leider absagen, da unser Kunde die Besetzung vorerst gestoppt hat."
        "\n\nFreundliche Grüße\nAnna Vogel\nPersonalberatung",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_verb",
        "de",
        "donnerstag bitte absagen, projekt ist gestoppt",
        "cancel",
        role="client",
        stage="scheduled",
        date=MONTH_END,
        context=BOOKED_THU,
    ),
    P(
        "cancel_event",
        "de",
        "Die Geschäftsführung hat heute einen Einstellungsstopp verhängt. Der Termin am Montag "
        "findet somit nicht statt, eine Verschiebung ist nicht nötig.",
        "cancel",
        role="client",
        stage="scheduled",
        date=THURSDAY,
        context=BOOKED_MON,
    ),
    P(
        "cancel_own_time",
        "de",
        "Wir haben heute Vormittag unseren Wunschkandidaten unter Vertrag genommen, Montag ist "
        "damit vom Tisch. Ich melde mich gegen 17 Uhr telefonisch bei Frau Roth.",
        "cancel",
        role="client",
        stage="scheduled",
        date=FRIDAY_PM,
        context=BOOKED_MON,
    ),
    P(
        "cancel_quoted",
        "de",
        "Lassen wir das bitte, das Team wird gerade umgebaut.\n\n"
        "Am Mo., 30. Nov. 2026 um 09:20 schrieb Agent:\n"
        "> Bestätigt: Mittwoch, 2.12., 14:00-15:00 Uhr (New Yorker Zeit).\n"
        "> Alternativ: Donnerstag 3.12. um 11 Uhr.",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_verb",
        "de",
        "Hallo Tim, bitte das Interview von Frau Nowak am Dienstag stornieren, der Kunde hat das "
        "Mandat zurückgezogen. Danke dir!",
        "cancel",
        role="recruiter",
        stage="scheduled",
        date=SUNDAY,
        context=BOOKED_TUE,
    ),
    P(
        "cancel_event",
        "de",
        "mittwoch ist hinfällig, der Posten ist beim Budget durchgefallen 🙁",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "cancel_verb",
        "de",
        "Sagen Sie das Gespräch am Mittwoch bitte ab, wir pausieren die Suche.",
        "cancel",
        role="client",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "withdraw_self",
        "de",
        "Guten Tag, ich habe letzte Woche bei einem anderen Arbeitgeber unterschrieben und ziehe "
        "meine Bewerbung daher zurück. Vielen Dank für Ihre Mühe.",
        "withdraw",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "withdraw_self",
        "de",
        "bleibe jetzt doch bei meinem jetzigen AG, die haben nachgelegt. sorry!",
        "withdraw",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "withdraw_self",
        "de",
        "Nach reiflicher Überlegung möchte ich den Prozess nicht weiter verfolgen. Danke für Ihr "
        "Verständnis.\n\nBeste Grüße\nFelix Braun",
        "withdraw",
        stage="scheduled",
        date=THURSDAY,
        context=BOOKED_MON,
    ),
    P(
        "withdraw_relayed",
        "de",
        "Zur Info unten, Jana springt ab.\n\n---------- Weitergeleitete Nachricht ---------\n"
        "Von: Jana Klein <jana.klein@mail.test>\nDatum: Mo., 30. Nov. 2026 um 19:05\n"
        "Betreff: Gespräch Mittwoch 14 Uhr\nAn: Agentur <kontakt@agency.test>\n\n"
        "Hallo, ich habe eine Festanstellung woanders gefunden und komme Mittwoch nicht. "
        "Alles Gute!",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "withdraw_self",
        "de",
        "Hab diese Woche einen neuen Job angefangen und bin happy dort, ich steige daher aus. "
        "Danke trotzdem 🙏",
        "withdraw",
        stage="proposed",
        date=FRIDAY_PM,
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "withdraw_relayed",
        "de",
        "Leider: Herr Öztürk hat das Gegenangebot seines Arbeitgebers angenommen und zieht "
        "zurück. Den Mittwochstermin bitte freigeben.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "reschedule_event",
        "de",
        "Mein Flug wurde auf Mittwochnachmittag umgebucht, um 14 Uhr sitze ich im Flieger. "
        "Können wir verschieben? Donnerstag ab 11 passt.",
        "reschedule",
        ((3, "11:00", "17:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "reschedule_event",
        "de",
        "kleine ist krank, kita hat morgen zu, können wir schieben?",
        "reschedule",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "reschedule_shift",
        "de",
        "Mir ist um 14 Uhr was dazwischengekommen, geht es eine Stunde später?",
        "reschedule",
        ((2, "15:00", "16:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "reschedule_shift",
        "de",
        "Ginge es stattdessen am Folgetag zur gleichen Uhrzeit? Ich habe kurzfristig einen "
        "Kundentermin reinbekommen.",
        "reschedule",
        ((3, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "reschedule_shift",
        "de",
        "montag vormittag ist jetzt betriebsversammlung, können wir auf den nachmittag gehen?",
        "reschedule",
        ((7, "12:00", "17:00"),),
        stage="scheduled",
        date=THURSDAY,
        context=BOOKED_MON,
    ),
    P(
        "reschedule_event",
        "de",
        "Unser Interviewer Herr Lang liegt mit Grippe flach, Montag klappt deshalb nicht. Am "
        "Mittwoch ist er zurück, da geht es ganztägig.",
        "reschedule",
        ((9, "09:00", "17:00"),),
        role="client",
        stage="scheduled",
        date=FRIDAY_PM,
        context=BOOKED_MON,
    ),
    P(
        "reschedule_event",
        "de",
        "Bahnstreik am Dienstag, ich komme nicht hin. Ginge Mittwoch oder Donnerstag vormittags?",
        "reschedule",
        ((9, "09:00", "12:00"), (10, "09:00", "12:00")),
        stage="scheduled",
        date=SUNDAY,
        context=BOOKED_TUE,
    ),
    P(
        "reschedule_quoted",
        "de",
        "Muss den Termin leider verlegen, ich habe eine Ladung als Zeuge bekommen. Freitag "
        "zwischen 13 und 15 Uhr wäre ich frei.\n\n> Am 01.12.2026 schrieb Agent:\n"
        "> Ihr Termin: Mittwoch, 2.12., 14 Uhr. Alternative: Donnerstag 10 Uhr.",
        "reschedule",
        ((4, "13:00", "15:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "decline_situation",
        "de",
        "Ich habe Mittwoch und Donnerstag ganztägig Prüfungsaufsicht, tut mir leid.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "decline_situation",
        "de",
        "fliege morgen früh nach Shanghai und bin erst Donnerstagnacht zurück, das wird nix",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "refuse_with_times",
        "de",
        "Mittwoch und Donnerstag habe ich Rufbereitschaft, das geht leider nicht. "
        "Freitagnachmittag oder Montagvormittag?",
        "availability",
        ((4, "12:00", "17:00"), (7, "09:00", "12:00")),
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "decline_situation",
        "de",
        "Bin nächste Woche komplett auf einer Messe in Köln, die Termine gehen alle nicht.",
        "decline",
        stage="proposed",
        date=FRIDAY_PM,
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "refuse_with_times",
        "de",
        "Nächste Woche vertrete ich Dienstag bis Donnerstag eine Kollegin. Montag, der 7., ist "
        "dafür komplett frei.",
        "availability",
        ((7, "09:00", "17:00"),),
        stage="proposed",
        date=FRIDAY_PM,
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "decline_situation",
        "de",
        "An beiden Tagen bin ich beim Kunden vor Ort in einer Schulung, ohne Handy. Ich melde "
        "mich, sobald ich mehr weiß.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "lookalike_cancel",
        "de",
        "Habe meinen Zahnarzttermin verlegt, Mittwoch 14 Uhr passt also bestens. Bis dann!",
        "accept",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "lookalike_cancel",
        "de",
        "Mein anderes Vorstellungsgespräch am Donnerstag wurde abgesagt, ich bin jetzt den ganzen "
        "Donnerstag frei.",
        "availability",
        ((3, "09:00", "17:00"),),
    ),
    P(
        "lookalike_ok",
        "de",
        "Freue mich schon sehr auf das Gespräch am Mittwoch!",
        "accept",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "lookalike_ok",
        "de",
        "Kein Problem, dass wir auf Teams wechseln, danke für die Info.",
        "other",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "lookalike_ok",
        "de",
        "Der alte Termin war bei mir sowieso abgesagt, der neue am Donnerstag passt also gut.",
        "accept",
        selected=1,
        stage="proposed",
        context=ONE_OPTION,
    ),
    P(
        "lookalike_cancel",
        "de",
        "Unser Jour fixe um 15 Uhr ist ausgefallen, da konnten wir uns endlich abstimmen: wir "
        "möchten Frau Weber gern zu einer letzten Runde einladen.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=FINAL_ROUND,
    ),
    P(
        "lookalike_ok",
        "de",
        "kein stress wegen der verschiebung, mittwoch 14 uhr passt weiterhin",
        "accept",
        stage="scheduled",
        context=BOOKED,
    ),
    # ---------------------------------------------------------------- Spanish
)
