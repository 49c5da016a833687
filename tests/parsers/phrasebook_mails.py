"""Whole reply bodies as mail clients and people send them, labelled by EXTRACTION.md (issue 8).

Written from the kinds' descriptions and EXTRACTION.md alone, by someone who never read the
engine, the other phrasebooks or the corpus. Each reply's own answer is simple (a pick, free
times, a verdict, a withdrawal, a cancel, a confirmation, a decline); what it tests is what
surrounds it: signatures carrying phone numbers, addresses, office hours and zone lines; quoted
history in Gmail, Outlook, Apple Mail and "> " shapes, top-posted or answered inline; forwards
in which a recruiter relays the decisive words of a candidate or client; auto-replies pasted
above a real answer, greetings with a day in them, a P.S. carrying the answer, and small talk
about unrelated days and hours. EN, FR, DE, ES and PT, against several reference dates and
zones; `kind` names the construct each probe tests.
"""

from __future__ import annotations

from tests.parsers.reading_probes import BOOKED, HELD, OPTIONS, Probe, each_day

P = Probe
ET = "America/New_York"
CHICAGO = "America/Chicago"
TORONTO = "America/Toronto"
MEXICO = "America/Mexico_City"
SAO_PAULO = "America/Sao_Paulo"
PARIS = "Europe/Paris"
BERLIN = "Europe/Berlin"
ZURICH = "Europe/Zurich"
MADRID = "Europe/Madrid"
LISBON = "Europe/Lisbon"
# Reference dates besides DATE (Tue 1 Dec 10:00 ET); all days below are December 2026.
THU = "Thu, 03 Dec 2026 15:20:00 -0500"
TUE_CT = "Tue, 01 Dec 2026 09:00:00 -0600"
TUE_CET = "Tue, 01 Dec 2026 10:00:00 +0100"
TUE_LIS = "Tue, 01 Dec 2026 10:00:00 +0000"
TUE_BRT = "Tue, 01 Dec 2026 09:30:00 -0300"
NEXT_WEEK = (7, 8, 9, 10, 11)

PHRASEBOOK_MAILS: tuple[Probe, ...] = (
    # ---------------------------------------------------------------- English
    P(
        "signature_office_hours",
        "en",
        "Option 2 works for me, thanks.\n\nBest,\nDana Whitfield\nSenior Data Engineer\n"
        "Office hours Mon–Fri 9–5 ET\nT: +1 (617) 555-0192\n"
        "200 Clarendon St, Floor 14, Boston MA 02116",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "signature_phone_address",
        "en",
        "Hi, I'm free Thursday after 3 and all day Friday.\n\nCheers\nMarcus Lee | he/him\n"
        "M 917-555-0134\n1250 Broadway, Suite 4, New York NY 10001\n"
        "linkedin.com/in/marcuslee-2019",
        "availability",
        ((3, "15:00", "17:00"), (4, "09:00", "17:00")),
    ),
    P(
        "sent_from_phone",
        "en",
        "thursday works for me. thx\n\nSent from my iPhone",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "signature_disclaimer",
        "en",
        "None of those times work for me unfortunately, sorry. I'll come back to you when my "
        "schedule clears.\n\nRegards,\nPriya\n\nCONFIDENTIALITY NOTICE: This e-mail and any "
        "attachments are confidential and intended solely for the addressee. If you received "
        "it in error, please call 212-555-0100 and delete it within 24 hours.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "signature_zone_line",
        "en",
        "Wednesday morning or Thursday after 1 would work.\n\nThanks,\nGreg Novak\n"
        "I work Central time, Mon-Thu 8-4\n(312) 555-0166",
        "availability",
        ((2, "09:00", "12:00"), (3, "13:00", "17:00")),
        zone=CHICAGO,
        date=TUE_CT,
    ),
    P(
        "gmail_quote",
        "en",
        "Monday or Tuesday next week, mornings.\n\nOn Mon, Nov 30, 2026 at 4:15 PM Jordan Reyes "
        "<jordan@agency.test> wrote:\n> Hi Sam, the team can meet Thursday 9-11 or Friday at "
        "2pm. What works for you?\n>\n> Jordan",
        "availability",
        each_day((7, 8), "09:00", "12:00"),
    ),
    P(
        "outlook_original_message",
        "en",
        "Confirmed, see you Wednesday.\n\nKind regards,\nHelen\n\n-----Original Message-----\n"
        "From: Jordan Reyes <jordan@agency.test>\nSent: Monday, November 30, 2026 3:02 PM\n"
        "To: Helen Park <helen@example.test>\nSubject: Interview confirmed: Wed 2 Dec, 2:00 PM ET"
        "\n\nHi Helen, you're booked for Wednesday 2 December at 2:00 PM ET with the hiring team.",
        "accept",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "inline_reply",
        "en",
        "> Which of these works best?\n> 1. Wed 2 Dec 1:00 PM ET\n> 2. Thu 3 Dec 10:00 AM ET\n"
        "> 3. Wed 2 Dec 4:00 PM ET\n\nThe 4pm one please.\n\n"
        "> Let me know if you need anything else.\n\nAll good, thanks!",
        "accept",
        selected=3,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "outlook_underscore_line",
        "en",
        "Hi, something came up at work. Could we move tomorrow's interview to Friday morning "
        "instead?\n\nThanks,\nOmar\n________________________________\n"
        "From: Jordan Reyes <jordan@agency.test>\nSent: Monday, November 30, 2026 11:20 AM\n"
        "To: Omar Haddad\nSubject: Interview Wed 2 Dec 2:00-3:00 PM ET\n\n"
        "Your interview is confirmed for Wednesday at 2pm.",
        "reschedule",
        ((4, "09:00", "12:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "forward_relay_times",
        "en",
        "See below from Ana - can you line up the panel?\n\n"
        "---------- Forwarded message ---------\nFrom: Ana Costa <ana.costa@example.test>\n"
        "Date: Mon, Nov 30, 2026 at 7:48 PM\nSubject: Re: Next steps\n"
        "To: Jordan Reyes <jordan@agency.test>\n\n"
        "Hi Jordan, I can do Thursday between 1 and 4, or Friday morning.\nAna",
        "availability",
        ((3, "13:00", "16:00"), (4, "09:00", "12:00")),
        role="recruiter",
    ),
    P(
        "forward_relay_withdrawal",
        "en",
        "FYI, see below. Please close her out.\n\n---------- Forwarded message ---------\n"
        "From: Ana Costa <ana.costa@example.test>\nDate: Tue, Dec 1, 2026 at 8:05 AM\n"
        "Subject: Withdrawal\nTo: Jordan Reyes <jordan@agency.test>\n\n"
        "Hi Jordan, I have accepted another offer and would like to withdraw from the process. "
        "Thanks for everything.",
        "withdraw",
        role="recruiter",
    ),
    P(
        "forward_superseded_times",
        "en",
        "Updated times from Ken below, his earlier ones no longer stand.\n\n"
        "---------- Forwarded message ---------\nFrom: Ken Ito <ken@example.test>\n"
        "Date: Tue, Dec 1, 2026 at 9:10 AM\nSubject: Re: Availability\n"
        "To: Jordan Reyes <jordan@agency.test>\n\n"
        "Sorry, change of plans: I'm only free Friday afternoon now.\n\n"
        "On Mon, Nov 30, 2026 at 5:00 PM Ken Ito <ken@example.test> wrote:\n"
        "> I can do Wednesday 10-12 or Thursday at 3pm.",
        "availability",
        ((4, "12:00", "17:00"),),
        role="recruiter",
    ),
    P(
        "auto_reply_above_answer",
        "en",
        "Automatic reply: I'm out of the office until Monday 7 December with limited access to "
        "email. For urgent matters call +1 415 555 0199.\n\n---\n"
        "Sorry about the auto-reply above, I'm checking mail anyway. Option 1 is perfect.",
        "accept",
        selected=1,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "greeting_with_day",
        "en",
        "Hi Ana, hope your Monday went well!\n\nI'm around Thursday from 11 to 2 if that helps."
        "\n\nTom",
        "availability",
        ((3, "11:00", "14:00"),),
    ),
    P(
        "postscript_answer",
        "en",
        "Thanks so much for the overview of the team, it sounds like a great fit and I really "
        "enjoyed chatting with Lucia.\n\nBest,\nRuth\n\n"
        "P.S. For the next call I'm free Thursday afternoon.",
        "availability",
        ((3, "12:00", "17:00"),),
    ),
    P(
        "small_talk_times",
        "en",
        "Sorry for the slow reply, we were in Lisbon last Tuesday and my flight back at 6am on "
        "Sunday was awful, I'm still recovering. Anyway, Wednesday after 2 works for me.",
        "availability",
        ((2, "14:00", "17:00"),),
    ),
    P(
        "signature_office_hours",
        "en",
        "Not for us, sorry. Not enough depth on the backend side.\n\nRob Chen\n"
        "VP Engineering | Acme Corp\nOffice: (312) 555-0110 · Mon–Fri 8:30–5:30 CT",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "gmail_quote",
        "en",
        "Great session, let's bring him back for the system design round.\n\n"
        "On Mon, Nov 30, 2026 at 3:00 PM Jordan Reyes <jordan@agency.test> wrote:\n"
        "> How did today's 2pm interview with Luis go? We could set up a next round "
        "Thursday 10-12.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "signature_office_hours",
        "en",
        "Please cancel Wednesday's interview with Mei, the client has frozen the role. I'll let "
        "her know myself this afternoon.\n\nJordan Blake\nSenior Recruiter\n"
        "Office hours Mon-Fri 8am-6pm PT | +1 (206) 555-0177",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "signature_logo_disclaimer",
        "en",
        "Thanks, got it.\n\n—\nLiam O'Neill (he/him)\nProduct Manager\n[image: Northwind logo]"
        "\n45 Harbour Rd, Unit 12\nThis message may contain privileged information. If you are "
        "not the intended recipient, please delete it.",
        "other",
    ),
    P(
        "sent_from_phone",
        "en",
        "Before I pick a slot: will the interview be remote or at your office? I'd need to "
        "arrange parking.\n\nSent from my Galaxy",
        "question",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "gmail_quote",
        "en",
        "Tomorrow morning or Monday afternoon both work.\n\nThanks\nIvy\nMobile 646.555.0123\n\n"
        "On Thu, Dec 3, 2026 at 11:02 AM Jordan Reyes <jordan@agency.test> wrote:\n"
        "> Any chance you're free today at 4 or Friday at 3pm?",
        "availability",
        ((4, "09:00", "12:00"), (7, "12:00", "17:00")),
        date=THU,
    ),
    P(
        "gmail_quote",
        "en",
        "Sadly none of the three work, I'm travelling all week. I'll reach out once I'm back.\n\n"
        "On Mon, Nov 30, 2026 at 2:00 PM Jordan Reyes <jordan@agency.test> wrote:\n"
        "> 1. Wed 2 Dec 1pm ET\n> 2. Thu 3 Dec 10am ET\n> 3. Wed 2 Dec 4pm ET",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "assistant_signature",
        "en",
        "Hello, I'm writing on behalf of Dr. Ellis. She can meet Thursday from 9 to 10:30 or "
        "Friday from 3 to 5.\n\nBest regards,\nKaren Dobbs\nExecutive Assistant to Dr. M. Ellis\n"
        "Phone 202-555-0148, ext. 3\nOffice hours: Mon–Thu 8–4",
        "availability",
        ((3, "09:00", "10:30"), (4, "15:00", "17:00")),
        role="client",
    ),
    P(
        "sent_from_phone",
        "en",
        "yep all set for wed, see u then\n\nSent from my iPhone",
        "accept",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "gmail_quote",
        "en",
        "Hi Jordan, after a lot of thought I've decided to withdraw my application. I'm staying "
        "in my current role. Thanks for your time.\n\nMaria\n\n"
        "On Mon, Nov 30, 2026 at 10:00 AM Jordan Reyes <jordan@agency.test> wrote:\n"
        "> Your interview is booked for Wednesday at 2pm ET.",
        "withdraw",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "forward_relay_verdict",
        "en",
        "Good news from the client, see below.\n\n---------- Forwarded message ---------\n"
        "From: Rob Chen <rob@acme.test>\nDate: Tue, Dec 1, 2026 at 9:30 AM\n"
        "Subject: RE: Interview feedback\nTo: Jordan Reyes <jordan@agency.test>\n\n"
        "We'd like to make her an offer.",
        "feedback",
        outcome="offer",
        role="recruiter",
        stage="completed",
        context=HELD,
    ),
    P(
        "apple_mail_quote",
        "en",
        "can do fri 10-12 or monday afternoon\n\nSent from my iPhone\n\n"
        "> On Dec 1, 2026, at 8:02 AM, Jordan Reyes <jordan@agency.test> wrote:\n>\n"
        "> Can you send me a couple of times for a quick chat? I'm around today 1-3.",
        "availability",
        ((4, "10:00", "12:00"), (7, "12:00", "17:00")),
    ),
    P(
        "outlook_original_message",
        "en",
        "Any of them is fine by me.\n\n-----Original Message-----\nFrom: Jordan Reyes\n"
        "Sent: Monday, November 30, 2026 6:10 PM\nTo: Sue Park\nSubject: Interview options\n\n"
        "1) Wed 1pm ET  2) Thu 10am ET  3) Wed 4pm ET",
        "accept",
        selected=1,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "signature_pronouns_link",
        "en",
        "Good afternoon,\n\nPlease count me out of the process, I've decided to stay where I "
        "am.\n\nAlex Moreno (they/them)\nhttps://www.linkedin.com/in/alexmoreno\n"
        "Available Mon-Fri 9am-6pm ET",
        "withdraw",
    ),
    P(
        "inline_reply",
        "en",
        "> Your interview is on Wednesday at 2pm ET.\n\nCan we push it to next Thursday "
        "instead? Any time after 10.\n\n> Please bring a photo ID.\n\nWill do.",
        "reschedule",
        ((10, "10:00", "17:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "small_talk_times",
        "en",
        "Sorry, crazy week, our offsite ran till 7pm on Monday. On Priya: we liked her but "
        "we're waiting on budget sign-off, give us two weeks.\n\nSent from my iPad",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "postscript_answer",
        "en",
        "Thanks for sending the options and the prep notes, much appreciated.\n\nBest,\nNate"
        "\n\nPS - the Wednesday 1pm works best.",
        "accept",
        selected=1,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "forward_relay_cancel",
        "en",
        "The hiring manager wants this called off, see below.\n\n"
        "________________________________\nFrom: Rob Chen <rob@acme.test>\n"
        "Sent: Tuesday, December 1, 2026 9:41 AM\nTo: Jordan Reyes <jordan@agency.test>\n"
        "Subject: Wednesday interview\n\n"
        "Please cancel Wednesday's session with Mei, we've paused the hire.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    # ----------------------------------------------------------------- French
    P(
        "signature_office_hours",
        "fr",
        "L'option 2 me convient parfaitement.\n\nCordialement,\nClaire Dubois\nResponsable RH\n"
        "Tél. : +33 1 42 68 53 00\n12 rue de la Paix, 75002 Paris\nHoraires : lun.-ven. 9h-18h",
        "accept",
        selected=2,
        zone=PARIS,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "sent_from_phone",
        "fr",
        "dispo jeudi aprem et vendredi matin\n\nEnvoyé de mon iPhone",
        "availability",
        ((3, "12:00", "17:00"), (4, "09:00", "12:00")),
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "gmail_quote",
        "fr",
        "Mercredi après 15h, ça me va.\n\nLe lun. 30 nov. 2026 à 16:20, Julie Martin "
        "<julie@agency.test> a écrit :\n> Bonjour, seriez-vous disponible jeudi entre 10h et "
        "12h ?",
        "availability",
        ((2, "15:00", "17:00"),),
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "outlook_header_block",
        "fr",
        "Bonjour, un imprévu m'oblige à décaler l'entretien de demain. Serait-il possible de le "
        "faire jeudi matin ?\n\nBien à vous,\nPaul\n\nDe : Julie Martin <julie@agency.test>\n"
        "Envoyé : lundi 30 novembre 2026 11:05\nÀ : Paul Girard\n"
        "Objet : Entretien confirmé mercredi 2 décembre 14h00",
        "reschedule",
        ((3, "09:00", "12:00"),),
        zone=PARIS,
        date=TUE_CET,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "forward_relay_withdrawal",
        "fr",
        "Pour info, voir ci-dessous.\n\nDébut du message réexpédié :\n\n"
        "De: Léa Moreau <lea@example.test>\nObjet: Candidature\n"
        "Date: 30 novembre 2026 à 21:14:03 UTC+1\nÀ: Julie Martin <julie@agency.test>\n\n"
        "Bonjour Julie, j'ai accepté une autre proposition et je préfère me retirer du "
        "processus. Merci pour tout.\nLéa",
        "withdraw",
        role="recruiter",
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "forward_relay_times",
        "fr",
        "Les nouvelles dispos de Karim, tu peux caler le créneau avec le client ?\n\n"
        "Début du message réexpédié :\n\nDe: Karim Benali <karim@example.test>\n"
        "Objet: Re: Entretien\nDate: 1 décembre 2026 à 08:02:11 UTC+1\n"
        "À: Julie Martin <julie@agency.test>\n\n"
        "Je suis libre vendredi de 14h à 16h ou lundi toute la journée.",
        "availability",
        ((4, "14:00", "16:00"), (7, "09:00", "17:00")),
        role="recruiter",
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "auto_reply_above_answer",
        "fr",
        "Réponse automatique : je suis absente du bureau jusqu'au 7 décembre. En cas d'urgence, "
        "contactez le 01 44 55 66 77.\n\n--\nJe réponds quand même : jeudi me convient.",
        "accept",
        selected=2,
        zone=PARIS,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "greeting_with_day",
        "fr",
        "Bonjour Ana, j'espère que votre lundi s'est bien passé !\n\n"
        "Je suis disponible mercredi entre 9h et 11h30.\n\nBonne journée",
        "availability",
        ((2, "09:00", "11:30"),),
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "postscript_answer",
        "fr",
        "Merci pour ces informations sur l'équipe, le poste a l'air passionnant.\n\n"
        "Bien cordialement,\nNadia\n\nP.S. Pour le prochain échange, je suis libre vendredi "
        "après-midi.",
        "availability",
        ((4, "12:00", "17:00"),),
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "small_talk_times",
        "fr",
        "Désolé pour le retard, on était à Lyon mardi dernier et mon train de 6h a été annulé, "
        "une vraie galère. Bref : jeudi à partir de 14h, c'est bon pour moi.",
        "availability",
        ((3, "14:00", "17:00"),),
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "signature_disclaimer",
        "fr",
        "Aucun de ces créneaux ne me convient malheureusement, je reviens vers vous dès que "
        "possible.\n\nCe message et ses pièces jointes sont confidentiels et destinés "
        "exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci de le "
        "détruire et d'en avertir l'expéditeur au +33 1 23 45 67 89.",
        "decline",
        zone=PARIS,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "signature_office_hours",
        "fr",
        "Nous avons décidé de ne pas donner suite à la candidature de M. Petit.\n\n"
        "Cordialement,\nIsabelle Roux\nDirectrice technique\n"
        "Horaires : lun.-jeu. 8h30-17h30 | Tél. 04 78 12 34 56",
        "feedback",
        outcome="reject",
        zone=PARIS,
        date=TUE_CET,
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "gmail_quote",
        "fr",
        "Très bon entretien, on aimerait la revoir pour un entretien technique avec l'équipe.\n\n"
        "Le lun. 30 nov. 2026 à 18:00, Julie Martin <julie@agency.test> a écrit :\n"
        "> Comment s'est passé l'entretien de lundi à 14h ?",
        "feedback",
        outcome="advance",
        zone=PARIS,
        date=TUE_CET,
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "signature_phone_address",
        "fr",
        "Merci d'annuler l'entretien de mercredi avec Hugo, le poste est gelé. Je l'appelle cet "
        "après-midi.\n\nJulie Martin\nChargée de recrutement\n01 40 20 30 40\n"
        "5 boulevard Haussmann, 75009 Paris",
        "cancel",
        zone=PARIS,
        date=TUE_CET,
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "sent_from_phone",
        "fr",
        "C'est noté, à demain !\n\nEnvoyé depuis mon téléphone",
        "accept",
        zone=PARIS,
        date=TUE_CET,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "inline_reply",
        "fr",
        "> Lequel de ces créneaux vous convient ?\n> 1. mer. 2 déc. 13h00 (heure de New York)\n"
        "> 2. jeu. 3 déc. 10h00\n> 3. mer. 2 déc. 16h00\n\nLe premier.\n\n"
        "> Avez-vous besoin d'un badge visiteur ?\n\nNon merci.",
        "accept",
        selected=1,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "assistant_signature",
        "fr",
        "Bonjour, je vous écris de la part de Mme Lefèvre. Elle est disponible lundi 7 de 10h à "
        "12h et mardi 8 à partir de 15h.\n\nCordialement,\nSophie Arnaud\n"
        "Assistante de direction\nTél. : +33 1 55 00 11 22, poste 204",
        "availability",
        ((7, "10:00", "12:00"), (8, "15:00", "17:00")),
        role="client",
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "outlook_underscore_line",
        "fr",
        "Je confirme ma présence pour demain.\n\n________________________________\n"
        "De : Julie Martin <julie@agency.test>\nEnvoyé : lundi 30 novembre 2026 15:10\n"
        "À : Marc Vidal\nObjet : Entretien mercredi 14h",
        "accept",
        zone=PARIS,
        date=TUE_CET,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "sent_from_phone",
        "fr",
        "Avant de choisir un créneau : l'entretien se fait-il en visio ou dans vos locaux ?\n\n"
        "Envoyé de mon iPhone",
        "question",
        zone=PARIS,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "signature_pronouns_link",
        "fr",
        "Bien reçu, merci !\n\nMarc Vidal | il/lui\nhttps://www.linkedin.com/in/marcvidal\n"
        "[image: logo]\n8 avenue Foch, 69006 Lyon",
        "other",
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "regional_signature",
        "fr",
        "Bonjour, je suis dispo la semaine prochaine en avant-midi, sauf mercredi.\n\n"
        "Merci,\nÉtienne\nCourriel envoyé de mon cellulaire",
        "availability",
        each_day((7, 8, 10, 11), "09:00", "12:00"),
        zone=TORONTO,
    ),
    P(
        "forward_relay_verdict",
        "fr",
        "Bonne nouvelle, voir le retour du client ci-dessous !\n\nDébut du message réexpédié :\n\n"
        "De: Isabelle Roux <isabelle@client.test>\nObjet: Retour entretien\n"
        "Date: 1 décembre 2026 à 09:12:40 UTC+1\nÀ: Julie Martin <julie@agency.test>\n\n"
        "Nous souhaitons faire une offre à Mme Bernard.",
        "feedback",
        outcome="offer",
        zone=PARIS,
        date=TUE_CET,
        role="recruiter",
        stage="completed",
        context=HELD,
    ),
    P(
        "apple_mail_quote",
        "fr",
        "mardi prochain toute la journée sauf entre 12h et 14h\n\n"
        "> Le 30 nov. 2026 à 17:45, Julie Martin <julie@agency.test> a écrit :\n>\n"
        "> Pouvez-vous m'indiquer vos disponibilités ? Je suis joignable demain de 9h à 11h.",
        "availability",
        ((8, "09:00", "12:00"), (8, "14:00", "17:00")),
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "signature_disclaimer",
        "fr",
        "Après réflexion, je retire ma candidature. Merci pour votre temps.\n\nThomas\n\n"
        "Avertissement : ce courriel est confidentiel. Toute diffusion non autorisée est "
        "interdite (art. 226-15 du Code pénal).",
        "withdraw",
        zone=PARIS,
        date=TUE_CET,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "gmail_quote",
        "fr",
        "Aucun des trois ne marche pour moi, désolée. Je vous recontacte plus tard.\n\n"
        "Le lun. 30 nov. 2026 à 14:00, Julie Martin <julie@agency.test> a écrit :\n"
        "> 1. mercredi 13h\n> 2. jeudi 10h\n> 3. mercredi 16h",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "postscript_answer",
        "fr",
        "Merci pour les documents de préparation, c'est très clair.\n\nBien à vous,\nInès\n\n"
        "P.-S. : l'option 3 me convient.",
        "accept",
        selected=3,
        zone=PARIS,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "outlook_original_message",
        "fr",
        "Pas dispo cette semaine, mais la semaine prochaine tous les après-midi sauf le "
        "vendredi.\n\n-----Message d'origine-----\nDe : Julie Martin <julie@agency.test>\n"
        "Envoyé : lundi 30 novembre 2026 17:02\nÀ : Hugo Lambert\n"
        "Objet : Vos disponibilités ?\n\nPourriez-vous jeudi à 11h ou vendredi à 15h ?",
        "availability",
        each_day((7, 8, 9, 10), "12:00", "17:00"),
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "auto_reply_above_answer",
        "fr",
        "Message d'absence : je suis en congé jusqu'au 3 décembre inclus.\n\n—\n"
        "Petit mot depuis mes vacances : je ne pourrai pas être là mercredi, pourrions-nous "
        "décaler à lundi prochain après 14h ?",
        "reschedule",
        ((7, "14:00", "17:00"),),
        zone=PARIS,
        date=TUE_CET,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "small_talk_times",
        "fr",
        "Semaine chargée, on a eu un comité de direction lundi jusqu'à 19h. Pour Mme Garnier : "
        "nous ne retenons pas sa candidature.\n\nEnvoyé de mon iPad",
        "feedback",
        outcome="reject",
        zone=PARIS,
        date=TUE_CET,
        role="client",
        stage="completed",
        context=HELD,
    ),
    # ----------------------------------------------------------------- German
    P(
        "signature_office_hours",
        "de",
        "Option 3 passt mir gut.\n\nMit freundlichen Grüßen\nDr. Jana Becker\n"
        "Sprechzeiten Mo–Do 8–16 Uhr\nTel. +49 30 1234567\nFriedrichstraße 123, 10117 Berlin",
        "accept",
        selected=3,
        zone=BERLIN,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "sent_from_phone",
        "de",
        "donnerstag nachmittag geht bei mir, freitag ganztags auch\n\nVon meinem iPhone gesendet",
        "availability",
        ((3, "12:00", "17:00"), (4, "09:00", "17:00")),
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "gmail_quote",
        "de",
        "Mittwoch ab 14 Uhr wäre ideal.\n\nAm Mo., 30. Nov. 2026 um 16:30 Uhr schrieb Lukas "
        "Weber <lukas@agency.test>:\n> Hallo, hätten Sie Donnerstag zwischen 9 und 11 Uhr Zeit?",
        "availability",
        ((2, "14:00", "17:00"),),
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "outlook_header_block",
        "de",
        "Hallo Herr Weber, leider ist mir etwas dazwischengekommen. Können wir das Gespräch von "
        "morgen auf Freitagvormittag verschieben?\n\nViele Grüße\nTim Schulz\n\n"
        "Von: Lukas Weber <lukas@agency.test>\nGesendet: Montag, 30. November 2026 10:14\n"
        "An: Tim Schulz\nBetreff: Termin bestätigt: Mi., 2. Dez., 14:00",
        "reschedule",
        ((4, "09:00", "12:00"),),
        zone=BERLIN,
        date=TUE_CET,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "forward_relay_withdrawal",
        "de",
        "Zur Info, siehe unten.\n\nAnfang der weitergeleiteten Nachricht:\n\n"
        "Von: Sarah Klein <sarah@example.test>\nBetreff: Bewerbung\n"
        "Datum: 30. November 2026 um 19:22:10 MEZ\nAn: Lukas Weber <lukas@agency.test>\n\n"
        "Hallo Lukas, ich habe mich für ein anderes Angebot entschieden und ziehe meine "
        "Bewerbung zurück.\nBeste Grüße, Sarah",
        "withdraw",
        role="recruiter",
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "forward_relay_times",
        "de",
        "Neue Zeiten von Jonas, bitte mit dem Kunden abstimmen.\n\n"
        "---------- Weitergeleitete Nachricht ---------\nVon: Jonas Braun <jonas@example.test>\n"
        "Date: Di., 1. Dez. 2026 um 08:15 Uhr\nSubject: Re: Termin\n"
        "To: Lukas Weber <lukas@agency.test>\n\n"
        "Ich kann am Donnerstag zwischen 10 und 12 Uhr oder am Freitag ab 13 Uhr.",
        "availability",
        ((3, "10:00", "12:00"), (4, "13:00", "17:00")),
        role="recruiter",
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "auto_reply_above_answer",
        "de",
        "Automatische Antwort: Ich bin bis einschließlich 4. Dezember nicht im Büro. In "
        "dringenden Fällen wenden Sie sich bitte an 030 98765-0.\n\n"
        "Trotzdem kurz: Keiner der Termine passt mir, ich melde mich wieder.",
        "decline",
        zone=BERLIN,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "greeting_with_day",
        "de",
        "Hallo Frau Brandt, ich hoffe, Sie hatten einen guten Start in die Woche!\n\n"
        "Ich hätte am Donnerstag von 9 bis 11 Uhr Zeit.\n\nViele Grüße",
        "availability",
        ((3, "09:00", "11:00"),),
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "postscript_answer",
        "de",
        "Vielen Dank für die ausführlichen Infos zum Team und zur Rolle.\n\nBeste Grüße\n"
        "Miriam\n\nPS: Für das nächste Gespräch passt mir Mittwochnachmittag.",
        "availability",
        ((2, "12:00", "17:00"),),
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "small_talk_times",
        "de",
        "Sorry für die späte Antwort, wir waren letzten Dienstag in Hamburg und mein Flug um "
        "6 Uhr war eine Katastrophe. Egal: Freitag zwischen 10 und 12 Uhr würde gehen.",
        "availability",
        ((4, "10:00", "12:00"),),
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "signature_disclaimer",
        "de",
        "Vielen Dank, ich bestätige den Termin am Mittwoch.\n\nDiese E-Mail enthält vertrauliche "
        "Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort "
        "den Absender und vernichten Sie diese Mail.\n"
        "Geschäftsführer: Hans Meier | Amtsgericht München HRB 123456",
        "accept",
        zone=BERLIN,
        date=TUE_CET,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "signature_office_hours",
        "de",
        "Leider passt Herr Vogel fachlich nicht zu uns, wir sagen ab.\n\n"
        "Mit freundlichen Grüßen\nAndrea Wolf\nLeiterin Entwicklung\n"
        "Sprechzeiten Mo–Fr 9–15 Uhr · Tel. 089 4455 6677",
        "feedback",
        outcome="reject",
        zone=BERLIN,
        date=TUE_CET,
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "gmail_quote",
        "de",
        "Starkes Gespräch. Wir möchten sie in einer weiteren Runde noch unserem CTO vorstellen."
        "\n\nAm Mo., 30. Nov. 2026 um 17:05 Uhr schrieb Lukas Weber <lukas@agency.test>:\n"
        "> Wie lief das Gespräch heute um 14 Uhr?",
        "feedback",
        outcome="advance",
        zone=BERLIN,
        date=TUE_CET,
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "signature_phone_address",
        "de",
        "Bitte sagen Sie das Interview am Mittwoch mit Frau Roth ab, die Stelle ist vorerst "
        "gestoppt. Ich rufe sie heute Nachmittag an.\n\nLukas Weber\nRecruiting\n"
        "Tel. +49 40 555 123\nJungfernstieg 7, 20354 Hamburg",
        "cancel",
        zone=BERLIN,
        date=TUE_CET,
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "inline_reply",
        "de",
        "> Welcher Termin passt Ihnen?\n> 1. Mi., 2. Dez., 13:00 ET\n> 2. Do., 3. Dez., 10:00 ET"
        "\n> 3. Mi., 2. Dez., 16:00 ET\n\nDer Donnerstag.\n\n> Brauchen Sie einen Parkplatz?\n\n"
        "Nein, danke.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "assistant_signature",
        "de",
        "Guten Tag, ich schreibe im Auftrag von Herrn Dr. Krause. Er hätte am Montag, "
        "7. Dezember, von 8 bis 10 Uhr und am Mittwoch, 9. Dezember, ganztägig Zeit.\n\n"
        "Freundliche Grüße\nPetra Lang\nAssistenz der Geschäftsführung\nTel. 0211 123 45-67",
        "availability",
        ((7, "08:00", "10:00"), (9, "09:00", "17:00")),
        role="client",
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "outlook_underscore_line",
        "de",
        "Passt, bis morgen!\n\n________________________________\nVon: Lukas Weber "
        "<lukas@agency.test>\nGesendet: Montag, 30. November 2026 15:40\nAn: Eva Sommer\n"
        "Betreff: Ihr Termin Mi. 14:00",
        "accept",
        zone=BERLIN,
        date=TUE_CET,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "sent_from_phone",
        "de",
        "Bevor ich mich festlege: Wie hoch ist das Gehaltsband für die Position?\n\n"
        "Von meinem iPhone gesendet",
        "question",
        zone=BERLIN,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "signature_pronouns_link",
        "de",
        "Danke, habe ich erhalten.\n\nGruß\nStefan Huber (er/ihm)\n"
        "www.linkedin.com/in/stefanhuber\n[image: Firmenlogo]\nHauptstr. 5, 80331 München",
        "other",
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "regional_signature",
        "de",
        "Grüezi, am Donnerstag ab 15 Uhr wär ich frei.\n\nFreundliche Grüsse\nReto Ammann\n"
        "Tel. 044 123 45 67\nBahnhofstrasse 21, 8001 Zürich",
        "availability",
        ((3, "15:00", "17:00"),),
        zone=ZURICH,
        date=TUE_CET,
    ),
    P(
        "forward_superseded_times",
        "de",
        "Korrigierte Verfügbarkeit von Ben, die alten Zeiten gelten nicht mehr.\n\n"
        "---------- Weitergeleitete Nachricht ---------\nVon: Ben Otto <ben@example.test>\n"
        "Date: Di., 1. Dez. 2026 um 09:02 Uhr\nSubject: Re: Termin\n"
        "To: Lukas Weber <lukas@agency.test>\n\n"
        "Korrektur: Ich kann nur noch nächste Woche Dienstag, ganztägig.\n\n"
        "Am Mo., 30. Nov. 2026 um 18:00 Uhr schrieb Ben Otto <ben@example.test>:\n"
        "> Mittwoch 10-12 oder Donnerstag 15 Uhr.",
        "availability",
        ((8, "09:00", "17:00"),),
        role="recruiter",
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "sent_from_phone",
        "de",
        "passt, option 1\n\nGesendet von Outlook für Android",
        "accept",
        selected=1,
        zone=BERLIN,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "gmail_quote",
        "de",
        "Hallo, ich möchte meine Bewerbung zurückziehen, da ich intern eine neue Position "
        "bekommen habe.\n\nViele Grüße\n\nAm Mo., 30. Nov. 2026 um 09:00 Uhr schrieb Lukas "
        "Weber <lukas@agency.test>:\n> Ihr Gespräch ist für Mittwoch, 14 Uhr bestätigt.",
        "withdraw",
        zone=BERLIN,
        date=TUE_CET,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "forward_relay_verdict",
        "de",
        "Rückmeldung vom Kunden unten.\n\nAnfang der weitergeleiteten Nachricht:\n\n"
        "Von: Andrea Wolf <andrea@client.test>\nBetreff: Feedback\n"
        "Datum: 1. Dezember 2026 um 08:47:31 MEZ\nAn: Lukas Weber <lukas@agency.test>\n\n"
        "Wir sind noch unentschlossen und melden uns in zwei Wochen, sobald das Budget "
        "freigegeben ist.",
        "feedback",
        outcome="hold",
        zone=BERLIN,
        date=TUE_CET,
        role="recruiter",
        stage="completed",
        context=HELD,
    ),
    P(
        "sent_from_phone",
        "de",
        "Diese Woche bin ich noch komplett voll, nächste Woche geht jeden Vormittag.\n\nLG Anna"
        "\n\nVon meinem iPhone gesendet",
        "availability",
        each_day(NEXT_WEEK, "09:00", "12:00"),
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "postscript_answer",
        "de",
        "Danke für die Wegbeschreibung zum Büro!\n\nViele Grüße\nFelix\n\n"
        "PS: Der Termin steht, bis Mittwoch.",
        "accept",
        zone=BERLIN,
        date=TUE_CET,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "outlook_original_message",
        "de",
        "Keiner der drei Termine klappt, aber Montag oder Dienstag nächster Woche ab 13 Uhr "
        "ginge.\n\n-----Ursprüngliche Nachricht-----\nVon: Lukas Weber <lukas@agency.test>\n"
        "Gesendet: Montag, 30. November 2026 16:55\nAn: Nina Keller\n"
        "Betreff: Terminvorschläge",
        "availability",
        each_day((7, 8), "13:00", "17:00"),
        zone=BERLIN,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "small_talk_times",
        "de",
        "Entschuldigung, die Messe in Frankfurt ging bis Sonntag 18 Uhr. Zu Herrn Yilmaz: gerne "
        "eine zweite Runde mit dem Teamleiter.",
        "feedback",
        outcome="advance",
        zone=BERLIN,
        date=TUE_CET,
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "inline_reply",
        "de",
        "> Ihr Termin: Mittwoch, 2. Dezember, 14:00 Uhr (ET).\n\nDanke, passt.\n\n"
        "> Bitte bringen Sie Ihren Ausweis mit.\n\nMache ich.",
        "accept",
        stage="scheduled",
        context=BOOKED,
    ),
    # ---------------------------------------------------------------- Spanish
    P(
        "signature_office_hours",
        "es",
        "La opción 2 me va perfecto.\n\nUn saludo,\nLucía Fernández\nDirectora de Personas\n"
        "Horario: L-V 9:00 a 18:00\nTel. +34 91 123 45 67\nC/ Serrano 45, 3º izq., 28001 Madrid",
        "accept",
        selected=2,
        zone=MADRID,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "sent_from_phone",
        "es",
        "el jueves x la tarde puedo, y el viernes x la mañana tmb\n\nEnviado desde mi móvil",
        "availability",
        ((3, "12:00", "17:00"), (4, "09:00", "12:00")),
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "gmail_quote",
        "es",
        "El miércoles a partir de las 15:00 me viene bien.\n\nEl lun, 30 nov 2026 a las 16:40, "
        "Carlos Ruiz (<carlos@agency.test>) escribió:\n"
        "> Hola, ¿tendrías hueco el jueves entre las 10 y las 12?",
        "availability",
        ((2, "15:00", "17:00"),),
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "outlook_header_block",
        "es",
        "Hola Carlos, me ha surgido un imprevisto. ¿Podríamos pasar la entrevista de mañana al "
        "viernes por la tarde?\n\nGracias,\nJavier\n\nDe: Carlos Ruiz <carlos@agency.test>\n"
        "Enviado el: lunes, 30 de noviembre de 2026 11:30\nPara: Javier Gómez\n"
        "Asunto: Entrevista confirmada: miércoles 2 dic., 14:00",
        "reschedule",
        ((4, "12:00", "17:00"),),
        zone=MADRID,
        date=TUE_CET,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "forward_relay_withdrawal",
        "es",
        "Te reenvío lo de Marta, hay que cerrar su proceso.\n\n"
        "---------- Mensaje reenviado ---------\nDe: Marta Sanz <marta@example.test>\n"
        "Date: lun, 30 nov 2026 a las 20:10\nSubject: Proceso\n"
        "To: Carlos Ruiz <carlos@agency.test>\n\n"
        "Hola Carlos, he decidido retirarme del proceso porque he aceptado otra oferta. "
        "Gracias por todo.",
        "withdraw",
        role="recruiter",
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "forward_relay_times",
        "es",
        "Disponibilidad nueva de Diego, ¿puedes cuadrarla con el cliente?\n\n"
        "---------- Mensaje reenviado ---------\nDe: Diego Navarro <diego@example.test>\n"
        "Date: mar, 1 dic 2026 a las 8:20\nSubject: Re: Entrevista\n"
        "To: Carlos Ruiz <carlos@agency.test>\n\nPuedo el jueves de 10 a 13 o el lunes por la "
        "tarde.",
        "availability",
        ((3, "10:00", "13:00"), (7, "12:00", "17:00")),
        role="recruiter",
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "auto_reply_above_answer",
        "es",
        "Respuesta automática: Estaré fuera de la oficina hasta el 9 de diciembre. Para asuntos "
        "urgentes llame al 93 456 78 90.\n\n---\nPerdona el mensaje automático. Me quedo con "
        "la opción 3.",
        "accept",
        selected=3,
        zone=MADRID,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "greeting_with_day",
        "es",
        "Hola Ana, ¡espero que el lunes te haya ido bien!\n\n"
        "Estoy libre el viernes entre las 11 y las 13:30.",
        "availability",
        ((4, "11:00", "13:30"),),
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "postscript_answer",
        "es",
        "Muchas gracias por toda la información sobre el equipo, me ha encantado conocer a "
        "Pilar.\n\nUn abrazo,\nElena\n\nP.D.: Para la siguiente llamada, el jueves por la "
        "mañana me va bien.",
        "availability",
        ((3, "09:00", "12:00"),),
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "small_talk_times",
        "es",
        "Perdona la tardanza, estuvimos en Sevilla el martes pasado y mi vuelo de las 6 de la "
        "mañana fue horrible. En fin, el miércoles después de las 4 me va bien.",
        "availability",
        ((2, "16:00", "17:00"),),
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "signature_disclaimer",
        "es",
        "Lamentablemente ninguna de las opciones me encaja y por ahora no tengo otro hueco. Os "
        "escribo cuando sepa algo más.\n\nAVISO LEGAL: Este mensaje y sus archivos adjuntos van "
        "dirigidos exclusivamente a su destinatario y pueden contener información confidencial.",
        "decline",
        zone=MADRID,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "signature_office_hours",
        "es",
        "Hemos decidido no seguir adelante con la candidatura de Andrés.\n\nSaludos,\n"
        "Raúl Ortega\nCTO · Tel. +34 600 123 456\nHorario de atención: L-J 8:00-15:00",
        "feedback",
        outcome="reject",
        zone=MADRID,
        date=TUE_CET,
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "gmail_quote",
        "es",
        "Muy buena entrevista. Nos gustaría que pasara a la prueba técnica con el equipo.\n\n"
        "El lun, 30 nov 2026 a las 17:30, Carlos Ruiz (<carlos@agency.test>) escribió:\n"
        "> ¿Qué tal fue la entrevista de hoy a las 12?",
        "feedback",
        outcome="advance",
        zone=MADRID,
        date=TUE_CET,
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "signature_phone_address",
        "es",
        "Por favor, cancela la entrevista del miércoles con Sergio: el cliente ha congelado la "
        "vacante. Le llamo yo esta tarde.\n\nCarlos Ruiz\nConsultor de selección\n"
        "+34 91 765 43 21\nPaseo de la Castellana 81, planta 9",
        "cancel",
        zone=MADRID,
        date=TUE_CET,
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "sent_from_phone",
        "es",
        "Perfecto, nos vemos mañana.\n\nEnviado desde mi iPhone",
        "accept",
        zone=MADRID,
        date=TUE_CET,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "inline_reply",
        "es",
        "> ¿Cuál de estas opciones te viene mejor?\n> 1. mié 2 dic, 13:00 ET\n"
        "> 2. jue 3 dic, 10:00 ET\n> 3. mié 2 dic, 16:00 ET\n\nLa de las 4 de la tarde.\n\n"
        "> ¿Necesitas plaza de aparcamiento?\n\nNo, gracias.",
        "accept",
        selected=3,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "regional_signature",
        "es",
        "Qué tal, ¿le parece el jueves a las 11? Ando libre toda la mañana de ese día.\n\n"
        "Saludos cordiales\nLic. Fernando Ávila\nTel. 55 1234 5678\nEnviado desde mi celular",
        "availability",
        ((3, "09:00", "12:00"),),
        zone=MEXICO,
        date=TUE_CT,
    ),
    P(
        "assistant_signature",
        "es",
        "Buenos días, le escribo en nombre del Sr. Castillo. Tiene disponibilidad el lunes 7 de "
        "9:30 a 11:00 y el martes 8 por la tarde.\n\nAtentamente,\nInés Molina\n"
        "Asistente de Dirección\nTel. 91 555 12 12, ext. 220",
        "availability",
        ((7, "09:30", "11:00"), (8, "12:00", "17:00")),
        role="client",
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "outlook_underscore_line",
        "es",
        "Confirmado, allí estaré.\n\n________________________________\n"
        "De: Carlos Ruiz <carlos@agency.test>\nEnviado: lunes, 30 de noviembre de 2026 15:00\n"
        "Para: Nuria Vidal\nAsunto: Entrevista miércoles 14:00",
        "accept",
        zone=MADRID,
        date=TUE_CET,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "sent_from_phone",
        "es",
        "Antes de elegir: ¿la entrevista es presencial o por videollamada? ¿Y cuál es la banda "
        "salarial?\n\nEnviado desde mi móvil",
        "question",
        zone=MADRID,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "signature_pronouns_link",
        "es",
        "Recibido, ¡gracias!\n\nPablo Reyes (él)\nwww.linkedin.com/in/pabloreyes\n"
        "[image: logo]\nAv. Diagonal 640, 08017 Barcelona",
        "other",
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "forward_superseded_times",
        "es",
        "Ojo, Laura ha cambiado su disponibilidad, las horas de abajo ya no valen.\n\n"
        "---------- Mensaje reenviado ---------\nDe: Laura Pérez <laura@example.test>\n"
        "Date: mar, 1 dic 2026 a las 9:05\nSubject: Re: Entrevista\n"
        "To: Carlos Ruiz <carlos@agency.test>\n\n"
        "Al final solo puedo la semana que viene, el martes o el miércoles por la mañana.\n\n"
        "El lun, 30 nov 2026 a las 18:00, Laura Pérez (<laura@example.test>) escribió:\n"
        "> Puedo el jueves de 10 a 12 o el viernes a las 15.",
        "availability",
        each_day((8, 9), "09:00", "12:00"),
        role="recruiter",
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "gmail_quote",
        "es",
        "Buenas, he decidido retirar mi candidatura; me quedo en mi empresa actual. Gracias "
        "por vuestro tiempo.\n\nEl lun, 30 nov 2026 a las 10:00, Carlos Ruiz "
        "(<carlos@agency.test>) escribió:\n"
        "> Tu entrevista queda confirmada para el miércoles a las 14:00.",
        "withdraw",
        zone=MADRID,
        date=TUE_CET,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "forward_relay_verdict",
        "es",
        "Te paso el feedback del cliente.\n\n---------- Mensaje reenviado ---------\n"
        "De: Raúl Ortega <raul@client.test>\nDate: mar, 1 dic 2026 a las 9:40\n"
        "Subject: Feedback\nTo: Carlos Ruiz <carlos@agency.test>\n\n"
        "Nos ha gustado mucho. Queremos una última entrevista con nuestra CEO.",
        "feedback",
        outcome="advance",
        zone=MADRID,
        date=TUE_CET,
        role="recruiter",
        stage="completed",
        context=HELD,
    ),
    P(
        "sent_from_phone",
        "es",
        "opcion 1 perfecto\n\nEnviado desde mi Samsung Galaxy",
        "accept",
        selected=1,
        zone=MADRID,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "postscript_answer",
        "es",
        "Gracias por la info del puesto, muy completa.\n\nSaludos,\nAlba\n\n"
        "PD: Ninguno de los tres horarios me va, lo siento; te escribo cuando pueda.",
        "decline",
        zone=MADRID,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "outlook_original_message",
        "es",
        "Esta semana imposible. La semana que viene, cualquier día por la mañana menos el "
        "lunes.\n\n-----Mensaje original-----\nDe: Carlos Ruiz <carlos@agency.test>\n"
        "Enviado el: lunes, 30 de noviembre de 2026 17:20\nPara: Óscar Gil\n"
        "Asunto: ¿Disponibilidad?\n\n¿Te iría bien el jueves a las 10 o el viernes a las 16?",
        "availability",
        each_day((8, 9, 10, 11), "09:00", "12:00"),
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "small_talk_times",
        "es",
        "Perdona, llevo una semana de locos, el lunes tuve reuniones hasta las 8. Sobre Irene: "
        "nos gusta, pero hasta que no aprueben el presupuesto no podemos decidir. Te digo algo "
        "en dos semanas.",
        "feedback",
        outcome="hold",
        zone=MADRID,
        date=TUE_CET,
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "greeting_with_day",
        "es",
        "Buenas tardes Carlos, ¡feliz martes!\n\nMe viene mejor la opción del jueves.\n\n"
        "Saludos,\nMaite",
        "accept",
        selected=2,
        zone=MADRID,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    # ------------------------------------------------------------- Portuguese
    P(
        "signature_office_hours",
        "pt",
        "A opção 2 está ótima pra mim.\n\nAbs,\nRafael Souza\nGerente de TI\n"
        "Atendimento seg a sex 8h–17h\nTel. (11) 98765-4321\n"
        "Av. Paulista, 1000, cj. 52 – São Paulo/SP",
        "accept",
        selected=2,
        zone=SAO_PAULO,
        date=TUE_BRT,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "sent_from_phone",
        "pt",
        "qui à tarde e sex de manhã td bem p mim\n\nEnviado do meu iPhone",
        "availability",
        ((3, "12:00", "17:00"), (4, "09:00", "12:00")),
        zone=SAO_PAULO,
        date=TUE_BRT,
    ),
    P(
        "gmail_quote",
        "pt",
        "Quarta depois das 14h funciona pra mim.\n\nEm seg., 30 de nov. de 2026 às 16:10, "
        "Mariana Lima <mariana@agency.test> escreveu:\n"
        "> Oi, você teria disponibilidade quinta entre 10h e 12h?",
        "availability",
        ((2, "14:00", "17:00"),),
        zone=SAO_PAULO,
        date=TUE_BRT,
    ),
    P(
        "outlook_header_block",
        "pt",
        "Olá Mariana, surgiu-me um imprevisto. Será possível passar a entrevista de amanhã para "
        "sexta-feira de manhã?\n\nCumprimentos,\nTiago\n\nDe: Mariana Lima "
        "<mariana@agency.test>\nEnviada em: segunda-feira, 30 de novembro de 2026 11:20\n"
        "Para: Tiago Santos\nAssunto: Entrevista confirmada: qua. 2 dez. 14:00",
        "reschedule",
        ((4, "09:00", "12:00"),),
        zone=LISBON,
        date=TUE_LIS,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "forward_relay_withdrawal",
        "pt",
        "Para conhecimento, veja abaixo.\n\n---------- Mensagem encaminhada ---------\n"
        "De: Beatriz Alves <beatriz@example.test>\nDate: seg., 30 de nov. de 2026 às 21:00\n"
        "Subject: Processo seletivo\nTo: Mariana Lima <mariana@agency.test>\n\n"
        "Oi Mariana, decidi desistir do processo, aceitei outra proposta. Obrigada por tudo!",
        "withdraw",
        role="recruiter",
        zone=SAO_PAULO,
        date=TUE_BRT,
    ),
    P(
        "forward_relay_times",
        "pt",
        "Novos horários do Pedro, consegue alinhar com o cliente?\n\n"
        "---------- Mensagem encaminhada ---------\nDe: Pedro Martins <pedro@example.test>\n"
        "Date: ter., 1 de dez. de 2026 às 08:10\nSubject: Re: Entrevista\n"
        "To: Mariana Lima <mariana@agency.test>\n\nPosso na quinta das 9h às 11h ou na sexta "
        "à tarde.",
        "availability",
        ((3, "09:00", "11:00"), (4, "12:00", "17:00")),
        role="recruiter",
        zone=SAO_PAULO,
        date=TUE_BRT,
    ),
    P(
        "auto_reply_above_answer",
        "pt",
        "Resposta automática: Estou fora do escritório até 7 de dezembro. Em caso de urgência "
        "ligue para +351 21 123 4567.\n\n--\nDesculpe a resposta automática. Nenhuma das opções "
        "me serve, depois volto a falar consigo.",
        "decline",
        zone=LISBON,
        date=TUE_LIS,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "greeting_with_day",
        "pt",
        "Olá Ana, espero que a sua segunda-feira tenha corrido bem!\n\n"
        "Estou disponível na quinta entre as 10h e as 12h30.",
        "availability",
        ((3, "10:00", "12:30"),),
        zone=LISBON,
        date=TUE_LIS,
    ),
    P(
        "postscript_answer",
        "pt",
        "Muito obrigado pelas informações sobre a equipa, gostei muito da conversa com o Rui.\n\n"
        "Abraço,\nDiogo\n\nP.S. Para a próxima conversa, quarta à tarde dá-me jeito.",
        "availability",
        ((2, "12:00", "17:00"),),
        zone=LISBON,
        date=TUE_LIS,
    ),
    P(
        "small_talk_times",
        "pt",
        "Desculpa a demora, a gente estava no Rio na terça passada e meu voo das 6h foi um "
        "pesadelo. Enfim: sexta a partir das 15h fica bom pra mim.",
        "availability",
        ((4, "15:00", "17:00"),),
        zone=SAO_PAULO,
        date=TUE_BRT,
    ),
    P(
        "signature_disclaimer",
        "pt",
        "Confirmado, até amanhã.\n\nEsta mensagem pode conter informação confidencial. Se você "
        "a recebeu por engano, avise o remetente pelo telefone (21) 3333-4444 e apague-a.",
        "accept",
        zone=SAO_PAULO,
        date=TUE_BRT,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "signature_office_hours",
        "pt",
        "Decidimos não avançar com a candidatura do Gustavo.\n\nAtenciosamente,\n"
        "Fernanda Rocha\nDiretora de Engenharia\nHorário: seg a qui 9h–18h | (31) 3222-1100",
        "feedback",
        outcome="reject",
        zone=SAO_PAULO,
        date=TUE_BRT,
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "gmail_quote",
        "pt",
        "Gostámos muito dela. Queremos marcar uma segunda conversa com o diretor técnico.\n\n"
        "Em seg., 30 de nov. de 2026 às 17:00, Mariana Lima <mariana@agency.test> escreveu:\n"
        "> Como correu a entrevista de hoje às 15h?",
        "feedback",
        outcome="advance",
        zone=LISBON,
        date=TUE_LIS,
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "signature_phone_address",
        "pt",
        "Por favor cancela a entrevista de quarta com o Lucas, a vaga foi congelada. Eu ligo "
        "pra ele hoje à tarde.\n\nMariana Lima\nRecrutadora\n+55 11 4002-8922\n"
        "Rua Funchal, 418 – 7º andar",
        "cancel",
        zone=SAO_PAULO,
        date=TUE_BRT,
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "inline_reply",
        "pt",
        "> Qual destas opções funciona melhor?\n> 1. qua. 2 dez., 13:00 ET\n"
        "> 2. qui. 3 dez., 10:00 ET\n> 3. qua. 2 dez., 16:00 ET\n\nA de quinta.\n\n"
        "> Precisa de estacionamento?\n\nNão, obrigado.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "assistant_signature",
        "pt",
        "Bom dia, escrevo em nome do Dr. Carvalho. Ele tem disponibilidade na segunda, dia 7, "
        "das 14h às 16h, e na terça, dia 8, de manhã.\n\nCom os melhores cumprimentos,\n"
        "Joana Pires\nAssistente de Direção\nTel. +351 21 000 1234",
        "availability",
        ((7, "14:00", "16:00"), (8, "09:00", "12:00")),
        role="client",
        zone=LISBON,
        date=TUE_LIS,
    ),
    P(
        "outlook_underscore_line",
        "pt",
        "Perfeito, combinado.\n\n________________________________\nDe: Mariana Lima "
        "<mariana@agency.test>\nEnviado: segunda-feira, 30 de novembro de 2026 15:00\n"
        "Para: Bruno Costa\nAssunto: Entrevista quarta 14:00",
        "accept",
        zone=SAO_PAULO,
        date=TUE_BRT,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "sent_from_phone",
        "pt",
        "Antes de escolher: a entrevista é presencial ou online? E qual é a faixa salarial?\n\n"
        "Enviado do meu Android",
        "question",
        zone=SAO_PAULO,
        date=TUE_BRT,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "signature_pronouns_link",
        "pt",
        "Recebido, obrigada!\n\nCamila Duarte (ela/dela)\nlinkedin.com/in/camiladuarte\n"
        "[image: logo]\nRua Augusta 274, 1100-053 Lisboa",
        "other",
        zone=LISBON,
        date=TUE_LIS,
    ),
    P(
        "forward_superseded_times",
        "pt",
        "Atenção, o André mudou a disponibilidade, ignora os horários antigos.\n\n"
        "---------- Mensagem encaminhada ---------\nDe: André Ramos <andre@example.test>\n"
        "Date: ter., 1 de dez. de 2026 às 08:30\nSubject: Re: Entrevista\n"
        "To: Mariana Lima <mariana@agency.test>\n\n"
        "Afinal só consigo na próxima semana, segunda ou terça à tarde.\n\n"
        "Em seg., 30 de nov. de 2026 às 18:00, André Ramos <andre@example.test> escreveu:\n"
        "> Posso quarta das 10h às 12h ou quinta às 15h.",
        "availability",
        each_day((7, 8), "12:00", "17:00"),
        role="recruiter",
        zone=SAO_PAULO,
        date=TUE_BRT,
    ),
    P(
        "gmail_quote",
        "pt",
        "Olá, venho por este meio retirar a minha candidatura, uma vez que aceitei outra "
        "proposta. Obrigado pela disponibilidade.\n\nEm seg., 30 de nov. de 2026 às 10:00, "
        "Mariana Lima <mariana@agency.test> escreveu:\n"
        "> A sua entrevista está confirmada para quarta às 14h.",
        "withdraw",
        zone=LISBON,
        date=TUE_LIS,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "forward_relay_verdict",
        "pt",
        "Retorno do cliente abaixo, infelizmente.\n\n---------- Mensagem encaminhada ---------\n"
        "De: Fernanda Rocha <fernanda@client.test>\nDate: ter., 1 de dez. de 2026 às 09:00\n"
        "Subject: Feedback\nTo: Mariana Lima <mariana@agency.test>\n\n"
        "Não vamos seguir com ela, buscamos alguém mais sênior.",
        "feedback",
        outcome="reject",
        zone=SAO_PAULO,
        date=TUE_BRT,
        role="recruiter",
        stage="completed",
        context=HELD,
    ),
    P(
        "sent_from_phone",
        "pt",
        "pode ser a opçao 3\n\nEnviado do meu iPhone",
        "accept",
        selected=3,
        zone=SAO_PAULO,
        date=TUE_BRT,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "apple_mail_quote",
        "pt",
        "semana que vem qualquer manhã menos quarta\n\n"
        "> Em 30/11/2026, às 17:45, Mariana Lima <mariana@agency.test> escreveu:\n>\n"
        "> Pode me passar sua disponibilidade? Estou livre amanhã das 9h às 11h.",
        "availability",
        each_day((7, 8, 10, 11), "09:00", "12:00"),
        zone=SAO_PAULO,
        date=TUE_BRT,
    ),
    P(
        "gmail_quote",
        "pt",
        "Infelizmente nenhum desses horários dá pra mim. Te aviso assim que tiver uma data.\n\n"
        "Em seg., 30 de nov. de 2026 às 14:00, Mariana Lima <mariana@agency.test> escreveu:\n"
        "> 1. qua 13h\n> 2. qui 10h\n> 3. qua 16h",
        "decline",
        zone=SAO_PAULO,
        date=TUE_BRT,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "postscript_answer",
        "pt",
        "Obrigado pelas orientações sobre o prédio e o estacionamento.\n\nAbs,\nLeo\n\n"
        "PS: confirmado pra amanhã, até lá!",
        "accept",
        zone=SAO_PAULO,
        date=TUE_BRT,
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "outlook_original_message",
        "pt",
        "Nenhuma das três opções funciona, mas posso na quinta o dia todo.\n\n"
        "-----Mensagem original-----\nDe: Mariana Lima <mariana@agency.test>\n"
        "Enviada em: segunda-feira, 30 de novembro de 2026 16:30\nPara: Rita Sousa\n"
        "Assunto: Opções de entrevista",
        "availability",
        ((3, "09:00", "17:00"),),
        zone=LISBON,
        date=TUE_LIS,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "small_talk_times",
        "pt",
        "Desculpe a demora, estive no Porto até domingo com reuniões das 8h às 20h. Sobre a "
        "Inês: gostámos muito, queremos avançar para a ronda final com a administração.",
        "feedback",
        outcome="advance",
        zone=LISBON,
        date=TUE_LIS,
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "greeting_with_day",
        "pt",
        "Oi Mariana, bom começo de semana!\n\nConsigo hoje à tarde, depois das 15h.\n\nBjs",
        "availability",
        ((1, "15:00", "17:00"),),
        zone=SAO_PAULO,
        date=TUE_BRT,
    ),
)
