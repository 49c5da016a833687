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
MEXICO = "America/Mexico_City"
LISBON = "Europe/Lisbon"

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
THU_MEXICO = "Thu, 03 Dec 2026 10:05:00 -0600"
THU_LISBON = "Thu, 03 Dec 2026 14:10:00 +0000"

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


FR: tuple[Probe, ...] = (
    # --- advance told as a judgement plus a next meeting ---
    _verdict(
        ADVANCE,
        "fr",
        "J'hésite encore, mais j'aimerais qu'elle rencontre Mathilde, notre directrice technique, "
        "avant de me prononcer.",
        "advance",
        zone=PARIS,
    ),
    _verdict(
        ADVANCE,
        "fr",
        "bon feeling. faut qu'il voie Karim la semaine prochaine",
        "advance",
        zone=PARIS,
        date=THU_CET,
    ),
    _verdict(
        ADVANCE,
        "fr",
        "Madame,\n\nNous avons apprécié l'échange avec M. Lefebvre. Nous souhaiterions qu'il "
        "présente son étude de cas devant le comité de direction d'ici la mi-décembre.\n\nBien "
        "cordialement,\nService RH",
        "advance",
        zone=PARIS,
        date=FRI_CET,
    ),
    _verdict(
        ADVANCE,
        "fr",
        "Pas encore convaincu à 100 %, mais ça vaut le coup de lui faire passer le test technique "
        "avec l'équipe data 🙂",
        "advance",
        zone=PARIS,
    ),
    _verdict(
        ADVANCE,
        "fr",
        "Si elle est OK pour venir sur site, on organise un déjeuner avec l'équipe jeudi ou "
        "vendredi.",
        "advance",
        zone=PARIS,
        date=MONTH_END_CET,
    ),
    _verdict(
        ADVANCE,
        "fr",
        "Ok pour qu'il rencontre le DG\n\nEnvoyé de mon iPhone",
        "advance",
        zone=PARIS,
        date=SUN_CET,
    ),
    _verdict(
        ADVANCE,
        "fr",
        "Bonne première impression. C'est notre DAF qui tranche : pouvez-vous caler 45 min avec "
        "elle et Antoine ?",
        "advance",
        zone=PARIS,
        context=ROUND_1,
    ),
    # --- reject told as a judgement ---
    _verdict(
        REJECT,
        "fr",
        "Il manque clairement de bouteille sur la partie négociation.",
        "reject",
        zone=PARIS,
    ),
    _verdict(
        REJECT, "fr", "pas le bon profil pour nous, désolé", "reject", zone=PARIS, date=FRI_CET
    ),
    _verdict(
        REJECT,
        "fr",
        "Bonjour Claire,\n\nMerci pour la présentation de Mme Girard. Après réflexion, son "
        "expérience reste trop éloignée de notre secteur et nous préférons poursuivre nos "
        "recherches.\n\nCordialement,\nPhilippe Morel\nDRH",
        "reject",
        zone=PARIS,
        date=THU_CET,
    ),
    _verdict(
        REJECT,
        "fr",
        "Sympa, mais trop junior pour piloter l'équipe. On continue à chercher.",
        "reject",
        zone=PARIS,
        date=SUN_CET,
    ),
    _verdict(
        REJECT,
        "fr",
        "Franchement ça n'a pas accroché avec l'équipe. Merci quand même.",
        "reject",
        zone=PARIS,
        context=ROUND_3,
    ),
    _verdict(
        REJECT,
        "fr",
        "Il veut du 100 % télétravail, nous c'est 3 jours sur site minimum. Ça ne collera pas.",
        "reject",
        zone=PARIS,
        date=MONTH_END_CET,
    ),
    # --- hold told as a situation ---
    _verdict(
        HOLD,
        "fr",
        "Très bon entretien. Le comité n'a pas encore arbitré le budget 2027, on attend leur "
        "décision avant d'aller plus loin.",
        "hold",
        zone=PARIS,
    ),
    _verdict(
        HOLD,
        "fr",
        "elle m'a plu. on voit encore deux candidats mardi, je compare et je te dis",
        "hold",
        zone=PARIS,
        date=THU_CET,
    ),
    _verdict(
        HOLD,
        "fr",
        "Bon profil. On est en pleine réorganisation, laissez-moi jusqu'à début janvier.",
        "hold",
        zone=PARIS,
        date=FRI_CET,
    ),
    _verdict(
        HOLD,
        "fr",
        "Bonjour,\n\nLa responsable du recrutement est en congé jusqu'au 14 et souhaite avoir le "
        "dernier mot. Rien ne bougera avant.\n\nBien à vous,\nSophie",
        "hold",
        zone=PARIS,
        date=SUN_CET,
    ),
    _verdict(
        HOLD,
        "fr",
        "Candidat solide, mais on doit d'abord savoir si le poste passe en CDI ou reste en CDD. "
        "Patience !",
        "hold",
        zone=PARIS,
    ),
    # --- offer told as action ---
    _verdict(
        OFFER,
        "fr",
        "On la prend ! Préparez la promesse d'embauche à 52 k€ brut annuel, démarrage le 4 "
        "janvier.",
        "offer",
        zone=PARIS,
    ),
    _verdict(
        OFFER,
        "fr",
        "go pour lui, 48k + variable, il peut commencer en février",
        "offer",
        zone=PARIS,
        date=FRI_CET,
    ),
    _verdict(
        OFFER,
        "fr",
        "Madame,\n\nNous vous remercions de bien vouloir établir le contrat de M. Dubois : chef "
        "de projet, rémunération annuelle brute de 58 000 €, prise de poste le 1er février "
        "2027.\n\nCordialement,\nDirection des Ressources Humaines",
        "offer",
        zone=PARIS,
        context=ROUND_3,
    ),
    _verdict(
        OFFER,
        "fr",
        "Envoie-lui le contrat, 3 800 € brut mensuel, début dès que possible 🎉",
        "offer",
        zone=PARIS,
        date=THU_CET,
    ),
    _verdict(
        OFFER,
        "fr",
        "Banco. 62k fixe, arrivée le 11 janvier si son préavis le permet.",
        "offer",
        zone=PARIS,
        date=MONTH_END_CET,
    ),
    # --- a verdict and a question ---
    _verdict(
        VERDICT_QUESTION,
        "fr",
        "J'aimerais qu'elle voie notre CTO. Vous savez quel est son préavis ?",
        "advance",
        zone=PARIS,
    ),
    _verdict(
        VERDICT_QUESTION,
        "fr",
        "Trop junior pour nous. Vous auriez d'autres profils avec du Kubernetes ?",
        "reject",
        zone=PARIS,
        date=THU_CET,
    ),
    _verdict(
        VERDICT_QUESTION,
        "fr",
        "On lui fait une proposition. 55k ça passe ou elle vise plus haut ?",
        "offer",
        zone=PARIS,
        date=FRI_CET,
    ),
    _verdict(
        VERDICT_QUESTION,
        "fr",
        "On attend le retour du budget avant de décider. Est-ce qu'il a d'autres process en cours "
        "?",
        "hold",
        zone=PARIS,
    ),
    # --- a verdict with times for the next round ---
    _verdict(
        VERDICT_TIMES,
        "fr",
        "Je veux qu'il rencontre Julien. Il est dispo jeudi après 14h ou vendredi matin.",
        "advance",
        zone=PARIS,
    ),
    _verdict(
        VERDICT_TIMES,
        "fr",
        "ok pour la suite avec l'équipe — mardi 10h-12h ou mercredi aprèm de notre côté",
        "advance",
        zone=PARIS,
        date=SUN_CET,
    ),
    _verdict(
        VERDICT_TIMES,
        "fr",
        "Bon choix. Merci de caler le panel lundi prochain à 14h ou mardi à 15h, 1h30.\n\n> Le "
        "lun. 30 nov. 2026 à 11:00, Claire a écrit :\n> L'entretien est confirmé pour lundi 30 "
        "novembre à 17h.",
        "advance",
        zone=PARIS,
        date=THU_CET,
    ),
    # --- a pick and a constraint or a question (option 1 is 19:00 in Paris) ---
    P(
        PICK_CONSTRAINT,
        "fr",
        "La 2 me convient, mais est-ce possible en visio plutôt qu'en présentiel ?",
        "accept",
        selected=2,
        stage="proposed",
        zone=PARIS,
        context=OPTIONS,
    ),
    P(
        PICK_CONSTRAINT,
        "fr",
        "option 1 ok. par contre je dois partir à 19h45 pile",
        "accept",
        selected=1,
        stage="proposed",
        zone=PARIS,
        context=OPTIONS,
    ),
    P(
        PICK_CONSTRAINT,
        "fr",
        "Celle de jeudi, parfait ! Je rencontrerai qui exactement ?",
        "accept",
        selected=2,
        stage="proposed",
        zone=PARIS,
        context=OPTIONS,
    ),
    P(
        PICK_CONSTRAINT,
        "fr",
        "La troisième, s'il vous plaît. Faut-il une pièce d'identité à l'accueil ?",
        "accept",
        selected=3,
        stage="proposed",
        zone=PARIS,
        context=OPTIONS,
    ),
    # --- availability and a question ---
    P(
        AVAILABILITY_QUESTION,
        "fr",
        "dispo jeudi après-midi — c'est sur place ou en visio ?",
        "availability",
        ((3, "12:00", "17:00"),),
        zone=PARIS,
    ),
    P(
        AVAILABILITY_QUESTION,
        "fr",
        "Je peux lundi ou mardi matin la semaine prochaine. Dois-je apporter mon portfolio ?",
        "availability",
        each_day((7, 8), "09:00", "12:00"),
        zone=PARIS,
        date=THU_CET,
    ),
    P(
        AVAILABILITY_QUESTION,
        "fr",
        "Mercredi entre 14h et 16h, ça me va. Au fait, quelle est la fourchette de salaire ?",
        "availability",
        ((9, "14:00", "16:00"),),
        zone=PARIS,
        date=SUN_CET,
    ),
    # --- the options refused and new times offered ---
    P(
        DECLINE_NEW_TIMES,
        "fr",
        "Aucun de ces créneaux ne marche, je suis en déplacement. Par contre vendredi à partir de "
        "11h c'est bon.",
        "availability",
        ((4, "11:00", "17:00"),),
        stage="proposed",
        zone=PARIS,
        context=OPTIONS,
    ),
    P(
        DECLINE_NEW_TIMES,
        "fr",
        "Désolé, la semaine prochaine je suis en formation. Le jeudi 17 ou le vendredi 18, "
        "n'importe quand.",
        "availability",
        each_day((17, 18), "09:00", "17:00"),
        stage="proposed",
        zone=PARIS,
        date=THU_CET,
        context=MONDAY_OPTIONS,
    ),
    # --- thanks and a real question ---
    P(
        THANKS_QUESTION,
        "fr",
        "Merci beaucoup pour l'organisation ! Petite question : le poste est-il en hybride ?",
        "question",
        zone=PARIS,
    ),
    P(
        THANKS_QUESTION,
        "fr",
        "merci !! vous savez s'ils prennent en charge le déménagement ?",
        "question",
        zone=PARIS,
        date=FRI_CET,
    ),
    # --- a confirmation and a request to move (a candidate in Montreal, on Eastern time) ---
    P(
        CONFIRM_MOVE,
        "fr",
        "C'est noté pour mercredi, merci. Serait-ce possible de commencer à 14h30 plutôt qu'à 14h "
        "? J'ai les enfants.",
        "reschedule",
        ((2, "14:30", "15:30"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        CONFIRM_MOVE,
        "fr",
        "Bien reçu l'invitation pour vendredi. On pourrait décaler d'une demi-heure, à 15h30 ?",
        "reschedule",
        ((11, "15:30", "16:30"),),
        stage="scheduled",
        date=SUN,
        context=BOOKED_FRI,
    ),
    # --- an acknowledgement and a withdrawal ---
    P(
        ACK_WITHDRAW,
        "fr",
        "Merci pour l'invitation de mercredi. Je préfère être transparent : j'ai accepté une "
        "autre offre et je me retire du processus.",
        "withdraw",
        stage="scheduled",
        zone=PARIS,
        context=BOOKED,
    ),
    P(
        ACK_WITHDRAW,
        "fr",
        "Bien reçu, merci. Finalement je reste dans mon entreprise actuelle, vous pouvez arrêter "
        "ma candidature.",
        "withdraw",
        stage="proposed",
        zone=PARIS,
        date=THU_CET,
        context=MONDAY_OPTIONS,
    ),
    # --- not verdicts ---
    _client(
        NOT_VERDICT_QUESTION,
        "fr",
        "Elle est à combien aujourd'hui ? Et son préavis, c'est un ou trois mois ?",
        "question",
        zone=PARIS,
    ),
    _client(
        NOT_VERDICT_QUESTION,
        "fr",
        "Avant d'aller plus loin : est-il mobile sur Lyon deux jours par semaine ?",
        "question",
        zone=PARIS,
        date=THU_CET,
    ),
    _client(
        NOT_VERDICT_THANKS,
        "fr",
        "Merci pour l'organisation, tout s'est bien passé de notre côté.",
        "other",
        zone=PARIS,
        date=FRI_CET,
    ),
    _client(
        NOT_VERDICT_LATER,
        "fr",
        "Merci, je reviens vers vous après en avoir parlé à l'équipe.",
        "feedback",
        outcome="hold",
        zone=PARIS,
    ),
    _client(
        NOT_VERDICT_LATER,
        "fr",
        "Laisse-moi la nuit pour y réfléchir, je te dis lundi.",
        "feedback",
        outcome="hold",
        zone=PARIS,
        date=FRI_CET,
    ),
)

DE: tuple[Probe, ...] = (
    # --- advance told as a judgement plus a next meeting ---
    _verdict(
        ADVANCE,
        "de",
        "Ich bin noch unentschlossen, würde ihn aber gern noch mit Herrn Albrecht aus der "
        "Entwicklung sprechen lassen.",
        "advance",
        zone=BERLIN,
    ),
    _verdict(
        ADVANCE,
        "de",
        "passt soweit. sie soll nächste woche noch bei jens vorbeischauen",
        "advance",
        zone=BERLIN,
        date=THU_CET,
    ),
    _verdict(
        ADVANCE,
        "de",
        "Sehr geehrte Frau Wagner,\n\nvielen Dank für die Vorstellung von Herrn Yilmaz. Wir "
        "würden ihn gern zu einem Fachgespräch mit unserer Bereichsleitung einladen, idealerweise "
        "noch vor Weihnachten.\n\nMit freundlichen Grüßen\nKatrin Brandt\nPersonalabteilung",
        "advance",
        zone=BERLIN,
        date=FRI_CET,
    ),
    _verdict(
        ADVANCE,
        "de",
        "Hat mir gefallen. Lasst sie mal die Case Study mit dem Produktteam machen, dann sehen "
        "wir weiter 👍",
        "advance",
        zone=BERLIN,
    ),
    _verdict(
        ADVANCE,
        "de",
        "Gemischte Gefühle. Wenn er einen Probetag bei uns im Lager macht, bin ich offen.",
        "advance",
        zone=BERLIN,
        date=MONTH_END_CET,
    ),
    _verdict(
        ADVANCE,
        "de",
        "ja, soll die Geschäftsführung kennenlernen\n\nVon meinem iPhone gesendet",
        "advance",
        zone=BERLIN,
        date=SUN_CET,
    ),
    _verdict(
        ADVANCE,
        "de",
        "Erster Eindruck gut. Das letzte Wort hat unsere CFO – bitte 45 Minuten mit ihr und Frau "
        "Öztürk einplanen.",
        "advance",
        zone=BERLIN,
        context=ROUND_1,
    ),
    # --- reject told as a judgement ---
    _verdict(
        REJECT,
        "de",
        "Für die Stelle fehlt ihr leider die Führungserfahrung.",
        "reject",
        zone=BERLIN,
    ),
    _verdict(REJECT, "de", "netter typ, aber nee", "reject", zone=BERLIN, date=FRI_CET),
    _verdict(
        REJECT,
        "de",
        "Sehr geehrter Herr Lang,\n\nwir danken Ihnen für die Vorstellung von Frau Petrović. Nach "
        "reiflicher Überlegung sind wir zu dem Schluss gekommen, dass ihr Profil nicht "
        "ausreichend zu unseren Anforderungen im regulierten Umfeld passt. Wir wünschen ihr alles "
        "Gute.\n\nMit freundlichen Grüßen\nDr. Heinz Vogel",
        "reject",
        zone=BERLIN,
        date=THU_CET,
    ),
    _verdict(
        REJECT,
        "de",
        "Konnte die Grundlagen in SQL nicht erklären. Wir suchen weiter.",
        "reject",
        zone=BERLIN,
    ),
    _verdict(
        REJECT,
        "de",
        "Sympathisch, aber ein Team von 12 Leuten traue ich ihm noch nicht zu.",
        "reject",
        zone=BERLIN,
        date=SUN_CET,
    ),
    _verdict(
        REJECT,
        "de",
        "Ehrlich gesagt: die Chemie hat nicht gestimmt. Trotzdem danke fürs Schicken.",
        "reject",
        zone=BERLIN,
        context=ROUND_3,
    ),
    _verdict(
        REJECT,
        "de",
        "Er will nur remote, wir brauchen 3 Tage Präsenz. Das wird nichts.",
        "reject",
        zone=BERLIN,
        date=MONTH_END_CET,
    ),
    # --- hold told as a situation ---
    _verdict(
        HOLD,
        "de",
        "Starke Kandidatin. Wir strukturieren aber gerade die Abteilung um, bitte gedulden Sie "
        "sich zwei, drei Wochen.",
        "hold",
        zone=BERLIN,
    ),
    _verdict(
        HOLD,
        "de",
        "Gutes Gespräch. Das Budget für 2027 ist noch nicht freigegeben, vorher kann ich nichts "
        "sagen.",
        "hold",
        zone=BERLIN,
        date=FRI_CET,
    ),
    _verdict(
        HOLD,
        "de",
        "wir sehen donnerstag noch zwei leute, danach vergleichen wir",
        "hold",
        zone=BERLIN,
    ),
    _verdict(
        HOLD,
        "de",
        "Hallo Frau Berger,\n\nHerr Kühn war überzeugend. Unser Betriebsrat tagt aber erst am 15. "
        "und jede Einstellung geht da durch – bis dahin bitte abwarten.\n\nViele Grüße\nOlaf",
        "hold",
        zone=BERLIN,
        date=THU_CET,
    ),
    _verdict(
        HOLD,
        "de",
        "Beeindruckend. Hängt aber an der Headcount-Planung, die am 10. im Vorstand ist. Ich "
        "melde mich.",
        "hold",
        zone=BERLIN,
        date=SUN_CET,
    ),
    # --- offer told as action ---
    _verdict(
        OFFER,
        "de",
        "Den nehmen wir. Bitte den Vertrag vorbereiten: 72.000 € brutto im Jahr, Start 1. Februar.",
        "offer",
        zone=BERLIN,
    ),
    _verdict(
        OFFER,
        "de",
        "ok, schick ihr den vertragsentwurf, 65k + bonus, start januar 🎉",
        "offer",
        zone=BERLIN,
        context=ROUND_3,
    ),
    _verdict(
        OFFER,
        "de",
        "Sehr geehrte Frau Schulz,\n\nbitte erstellen Sie den Arbeitsvertrag für Herrn Hoffmann: "
        "Senior Controller, Jahresgehalt 81.000 EUR brutto, Eintritt zum 1. März "
        "2027.\n\nFreundliche Grüße\nPersonalleitung",
        "offer",
        zone=BERLIN,
        date=THU_CET,
    ),
    _verdict(
        OFFER,
        "de",
        "Machen wir. 95 fix, Start sobald seine Kündigungsfrist durch ist.",
        "offer",
        zone=BERLIN,
        date=SUN_CET,
    ),
    _verdict(
        OFFER,
        "de",
        "Die will ich im Team! Gehalt wie besprochen 68k, Beginn 4. Januar.",
        "offer",
        zone=BERLIN,
        date=FRI_CET,
    ),
    # --- a verdict and a question ---
    _verdict(
        VERDICT_QUESTION,
        "de",
        "Sie soll noch mit Ines sprechen. Wissen Sie, wie lang ihre Kündigungsfrist ist?",
        "advance",
        zone=BERLIN,
    ),
    _verdict(
        VERDICT_QUESTION,
        "de",
        "Zu junior für uns. Haben Sie noch jemanden mit Kafka-Erfahrung?",
        "reject",
        zone=BERLIN,
        date=THU_CET,
    ),
    _verdict(
        VERDICT_QUESTION,
        "de",
        "Wir machen ihm ein Angebot. Reichen 70k oder erwartet er mehr?",
        "offer",
        zone=BERLIN,
        date=FRI_CET,
    ),
    _verdict(
        VERDICT_QUESTION,
        "de",
        "Wir warten noch auf die Budgetfreigabe. Ist er noch in anderen Prozessen?",
        "hold",
        zone=BERLIN,
    ),
    # --- a verdict with times for the next round ---
    _verdict(
        VERDICT_TIMES,
        "de",
        "Er soll Raj kennenlernen. Der kann Donnerstag ab 14 Uhr oder Freitag vormittags.",
        "advance",
        zone=BERLIN,
    ),
    _verdict(
        VERDICT_TIMES,
        "de",
        "jo, nochmal mit dem team — dienstag 10-12 oder mittwoch nachmittag bei uns",
        "advance",
        zone=BERLIN,
        date=SUN_CET,
    ),
    _verdict(
        VERDICT_TIMES,
        "de",
        "Gute Wahl. Bitte das Panel für nächsten Montag 13 Uhr oder Dienstag 15 Uhr einplanen, 90 "
        "Minuten.\n\n> Am 30.11.2026 um 11:00 schrieb Anna Berger:\n> Das Gespräch ist für "
        "Montag, 30. November, 17 Uhr bestätigt.",
        "advance",
        zone=BERLIN,
        date=THU_CET,
    ),
    # --- a pick and a constraint or a question (option 1 is 19:00 in Berlin) ---
    P(
        PICK_CONSTRAINT,
        "de",
        "Option 2 passt, geht das auch über Teams statt vor Ort?",
        "accept",
        selected=2,
        stage="proposed",
        zone=BERLIN,
        context=OPTIONS,
    ),
    P(
        PICK_CONSTRAINT,
        "de",
        "nehme die 1. muss aber um 19:45 weg",
        "accept",
        selected=1,
        stage="proposed",
        zone=BERLIN,
        context=OPTIONS,
    ),
    P(
        PICK_CONSTRAINT,
        "de",
        "Der Donnerstag passt super! Mit wem spreche ich da?",
        "accept",
        selected=2,
        stage="proposed",
        zone=BERLIN,
        context=OPTIONS,
    ),
    P(
        PICK_CONSTRAINT,
        "de",
        "Die dritte bitte. Gibt es Parkplätze vor Ort?",
        "accept",
        selected=3,
        stage="proposed",
        zone=BERLIN,
        context=OPTIONS,
    ),
    # --- availability and a question ---
    P(
        AVAILABILITY_QUESTION,
        "de",
        "Donnerstagnachmittag hätte ich Zeit – ist das vor Ort oder per Video?",
        "availability",
        ((3, "12:00", "17:00"),),
        zone=BERLIN,
    ),
    P(
        AVAILABILITY_QUESTION,
        "de",
        "Nächste Woche Montag oder Dienstag vormittags. Soll ich Arbeitsproben mitbringen?",
        "availability",
        each_day((7, 8), "09:00", "12:00"),
        zone=BERLIN,
        date=THU_CET,
    ),
    P(
        AVAILABILITY_QUESTION,
        "de",
        "Mittwoch zwischen 13 und 16 Uhr geht. Wie sieht eigentlich die Gehaltsspanne aus?",
        "availability",
        ((9, "13:00", "16:00"),),
        zone=BERLIN,
        date=SUN_CET,
    ),
    # --- the options refused and new times offered ---
    P(
        DECLINE_NEW_TIMES,
        "de",
        "Die Termine klappen leider alle nicht, ich bin auf Dienstreise. Freitag ab 11 Uhr ginge "
        "aber.",
        "availability",
        ((4, "11:00", "17:00"),),
        stage="proposed",
        zone=BERLIN,
        context=OPTIONS,
    ),
    P(
        DECLINE_NEW_TIMES,
        "de",
        "Nächste Woche bin ich komplett auf Schulung. Am 17. oder 18. ginge es, ganz flexibel.",
        "availability",
        each_day((17, 18), "09:00", "17:00"),
        stage="proposed",
        zone=BERLIN,
        date=THU_CET,
        context=MONDAY_OPTIONS,
    ),
    # --- thanks and a real question ---
    P(
        THANKS_QUESTION,
        "de",
        "Vielen Dank für die Organisation! Kurze Frage: Ist die Stelle hybrid?",
        "question",
        zone=BERLIN,
    ),
    P(
        THANKS_QUESTION,
        "de",
        "danke!! wisst ihr, ob die Umzugskosten übernommen werden?",
        "question",
        zone=BERLIN,
        date=FRI_CET,
    ),
    # --- a confirmation and a request to move (booked at 20:00, Friday 21:00 Berlin) ---
    P(
        CONFIRM_MOVE,
        "de",
        "Mittwoch ist bestätigt, danke. Könnten wir eine halbe Stunde später anfangen, also um "
        "20:30?",
        "reschedule",
        ((2, "20:30", "21:30"),),
        stage="scheduled",
        zone=BERLIN,
        context=BOOKED,
    ),
    P(
        CONFIRM_MOVE,
        "de",
        "Einladung für Freitag erhalten, passt grundsätzlich. Ginge es auch um 21:30 statt 21 Uhr?",
        "reschedule",
        ((11, "21:30", "22:30"),),
        stage="scheduled",
        zone=BERLIN,
        date=SUN_CET,
        context=BOOKED_FRI,
    ),
    # --- an acknowledgement and a withdrawal ---
    P(
        ACK_WITHDRAW,
        "de",
        "Danke für die Einladung am Mittwoch. Ich möchte offen sein: Ich habe woanders "
        "unterschrieben und ziehe meine Bewerbung zurück.",
        "withdraw",
        stage="scheduled",
        zone=BERLIN,
        context=BOOKED,
    ),
    P(
        ACK_WITHDRAW,
        "de",
        "Alles klar, danke. Ich habe mich entschieden, bei meinem jetzigen Arbeitgeber zu bleiben "
        "– bitte nehmen Sie mich aus dem Verfahren.",
        "withdraw",
        stage="proposed",
        zone=BERLIN,
        date=THU_CET,
        context=MONDAY_OPTIONS,
    ),
    # --- not verdicts ---
    _client(
        NOT_VERDICT_QUESTION,
        "de",
        "Was verdient sie aktuell? Und wie lang ist ihre Kündigungsfrist?",
        "question",
        zone=BERLIN,
    ),
    _client(
        NOT_VERDICT_QUESTION,
        "de",
        "Bevor wir weitermachen: Wäre er bereit, 20 % zu reisen?",
        "question",
        zone=BERLIN,
        date=THU_CET,
    ),
    _client(
        NOT_VERDICT_THANKS,
        "de",
        "Danke für die Organisation, bei uns lief alles reibungslos.",
        "other",
        zone=BERLIN,
        date=FRI_CET,
    ),
    _client(
        NOT_VERDICT_LATER,
        "de",
        "Danke, ich melde mich, sobald ich mit dem Team gesprochen habe.",
        "feedback",
        outcome="hold",
        zone=BERLIN,
    ),
    _client(
        NOT_VERDICT_LATER,
        "de",
        "Lass mich eine Nacht drüber schlafen, ich sag dir Montag Bescheid.",
        "feedback",
        outcome="hold",
        zone=BERLIN,
        date=FRI_CET,
    ),
)

ES: tuple[Probe, ...] = (
    # --- advance told as a judgement plus a next meeting ---
    _verdict(
        ADVANCE,
        "es",
        "Tengo mis dudas, pero me gustaría que hablara con Lucía, nuestra directora de "
        "operaciones, antes de decidir.",
        "advance",
        zone=MADRID,
    ),
    _verdict(
        ADVANCE,
        "es",
        "me gustó. q la vea el equipo de ventas la semana q viene",
        "advance",
        zone=MADRID,
        date=THU_CET,
    ),
    _verdict(
        ADVANCE,
        "es",
        "Estimada Sra. Romero:\n\nAgradecemos la presentación del Sr. Castillo. Nos gustaría que "
        "expusiera su caso práctico ante el comité de dirección antes de fin de "
        "mes.\n\nAtentamente,\nDepartamento de Recursos Humanos",
        "advance",
        zone=MADRID,
        date=FRI_CET,
    ),
    _verdict(
        ADVANCE,
        "es",
        "Buena pinta. Que haga la prueba técnica con el equipo de datos y vemos 🙂",
        "advance",
        zone=MADRID,
    ),
    _verdict(
        ADVANCE,
        "es",
        "No lo tengo claro del todo, pero si Andrés lo ve bien en una charla con él, me convence.",
        "advance",
        zone=MADRID,
        date=MONTH_END_CET,
    ),
    _verdict(
        ADVANCE,
        "es",
        "sí, que conozca a los socios\n\nEnviado desde mi iPhone",
        "advance",
        zone=MADRID,
        date=SUN_CET,
    ),
    _verdict(
        ADVANCE,
        "es",
        "Buena primera impresión. La última palabra la tiene nuestra CFO: agendad 45 minutos con "
        "ella y con Jorge.",
        "advance",
        zone=MADRID,
        context=ROUND_1,
    ),
    # --- reject told as a judgement ---
    _verdict(
        REJECT, "es", "Le falta rodaje en negociación con grandes cuentas.", "reject", zone=MADRID
    ),
    _verdict(REJECT, "es", "majo pero no", "reject", zone=MADRID, date=FRI_CET),
    _verdict(
        REJECT,
        "es",
        "Estimado Sr. Navarro:\n\nGracias por presentarnos a la Sra. Ibáñez. Tras valorarlo "
        "internamente, consideramos que su trayectoria no se ajusta a lo que el puesto requiere "
        "en este momento. Le deseamos mucho éxito.\n\nUn cordial saludo,\nMarta Gil\nTalento",
        "reject",
        zone=MADRID,
        date=THU_CET,
    ),
    _verdict(
        REJECT, "es", "No supo explicar lo básico de SQL. Seguimos buscando.", "reject", zone=MADRID
    ),
    _verdict(
        REJECT,
        "es",
        "Mucha energía, pero todavía no la veo llevando un equipo de 12.",
        "reject",
        zone=MADRID,
        date=SUN_CET,
    ),
    _verdict(
        REJECT,
        "es",
        "Siendo sincero, no hubo química con el equipo. Gracias igualmente.",
        "reject",
        zone=MEXICO,
        context=ROUND_3,
    ),
    _verdict(
        REJECT,
        "es",
        "Quiere 100% remoto y necesitamos 3 días en oficina, así que no va a funcionar.",
        "reject",
        zone=MADRID,
        date=MONTH_END_CET,
    ),
    # --- hold told as a situation ---
    _verdict(
        HOLD,
        "es",
        "Nos encantó. El tema es que estamos redefiniendo el puesto tras la reestructuración; "
        "dame un par de semanas.",
        "hold",
        zone=MADRID,
    ),
    _verdict(
        HOLD,
        "es",
        "Muy buen perfil. El presupuesto del primer trimestre aún no está aprobado, hasta "
        "mediados de enero no puedo decir nada.",
        "hold",
        zone=MADRID,
        date=FRI_CET,
    ),
    _verdict(
        HOLD, "es", "el jueves vemos a dos más, después comparamos y te digo", "hold", zone=MEXICO
    ),
    _verdict(
        HOLD,
        "es",
        "Hola Paula,\n\nSergio lo hizo bien. El director del área está de baja hasta el 15 y "
        "quiere tener la última palabra, así que hasta entonces nada.\n\nUn saludo,\nÓscar",
        "hold",
        zone=MADRID,
        date=THU_CET,
    ),
    _verdict(
        HOLD,
        "es",
        "Impresionante. El consejo se reúne el día 10 y la plaza depende de eso. Te cuento.",
        "hold",
        zone=MADRID,
        date=SUN_CET,
    ),
    # --- offer told as action ---
    _verdict(
        OFFER,
        "es",
        "Vamos con ella. Prepara el contrato: 45.000 € brutos anuales, incorporación el 11 de "
        "enero.",
        "offer",
        zone=MADRID,
    ),
    _verdict(
        OFFER,
        "es",
        "pásale los papeles, 38k + variable, que empiece en febrero 🎉",
        "offer",
        zone=MADRID,
        date=FRI_CET,
    ),
    _verdict(
        OFFER,
        "es",
        "Estimada Lic. Hernández:\n\nLe solicitamos preparar el contrato del Ing. Ramírez como "
        "Gerente de Proyecto, con un sueldo mensual bruto de $85,000 MXN e ingreso el 4 de enero "
        "de 2027.\n\nSaludos cordiales,\nCapital Humano",
        "offer",
        zone=MEXICO,
        date=THU_MEXICO,
        context=ROUND_3,
    ),
    _verdict(
        OFFER,
        "es",
        "Lo queremos. 52 fijos, que entre cuando termine su preaviso.",
        "offer",
        zone=MADRID,
        date=SUN_CET,
    ),
    _verdict(
        OFFER,
        "es",
        "Cerramos con él: 60k y arranca el 1 de febrero si le dejan salir antes.",
        "offer",
        zone=MADRID,
        date=MONTH_END_CET,
    ),
    # --- a verdict and a question ---
    _verdict(
        VERDICT_QUESTION,
        "es",
        "Me gustaría que la viera Inés. ¿Sabes cuánto preaviso tiene?",
        "advance",
        zone=MADRID,
    ),
    _verdict(
        VERDICT_QUESTION,
        "es",
        "Demasiado junior para nosotros. ¿Tienes a alguien más con experiencia en Kafka?",
        "reject",
        zone=MADRID,
        date=THU_CET,
    ),
    _verdict(
        VERDICT_QUESTION,
        "es",
        "Hagámosle una propuesta. ¿Con 48k le vale o espera más?",
        "offer",
        zone=MADRID,
        date=FRI_CET,
    ),
    _verdict(
        VERDICT_QUESTION,
        "es",
        "Estamos esperando el presupuesto para decidir. ¿Está en otros procesos?",
        "hold",
        zone=MEXICO,
    ),
    # --- a verdict with times for the next round ---
    _verdict(
        VERDICT_TIMES,
        "es",
        "Que conozca a Raúl. Él puede el jueves a partir de las 14h o el viernes por la mañana.",
        "advance",
        zone=MADRID,
    ),
    _verdict(
        VERDICT_TIMES,
        "es",
        "sí, otra vuelta con el equipo — martes de 10 a 12 o miércoles por la tarde por nuestra "
        "parte",
        "advance",
        zone=MADRID,
        date=SUN_CET,
    ),
    _verdict(
        VERDICT_TIMES,
        "es",
        "Buena elección. Por favor reserva el panel el lunes que viene a las 13h o el martes a "
        "las 15h, 90 minutos.\n\n> El lun, 30 nov 2026 a las 11:00, Paula escribió:\n> La "
        "entrevista queda confirmada el lunes 30 de noviembre a las 17:00.",
        "advance",
        zone=MADRID,
        date=THU_CET,
    ),
    # --- a pick and a constraint or a question (option 1: 19:00 Madrid, 12:00 Mexico City) ---
    P(
        PICK_CONSTRAINT,
        "es",
        "Me va bien la opción 2, ¿podría ser por Teams en lugar de presencial?",
        "accept",
        selected=2,
        stage="proposed",
        zone=MADRID,
        context=OPTIONS,
    ),
    P(
        PICK_CONSTRAINT,
        "es",
        "la 1. eso sí, a las 19:45 me tengo que ir",
        "accept",
        selected=1,
        stage="proposed",
        zone=MADRID,
        context=OPTIONS,
    ),
    P(
        PICK_CONSTRAINT,
        "es",
        "¡El jueves perfecto! ¿Con quién me voy a reunir?",
        "accept",
        selected=2,
        stage="proposed",
        zone=MADRID,
        context=OPTIONS,
    ),
    P(
        PICK_CONSTRAINT,
        "es",
        "La tercera, por favor. ¿Hay aparcamiento en la oficina?",
        "accept",
        selected=3,
        stage="proposed",
        zone=MADRID,
        context=OPTIONS,
    ),
    P(
        PICK_CONSTRAINT,
        "es",
        "La de las 12 me queda. ¿Es con cámara encendida?",
        "accept",
        selected=1,
        stage="proposed",
        zone=MEXICO,
        context=OPTIONS,
    ),
    # --- availability and a question ---
    P(
        AVAILABILITY_QUESTION,
        "es",
        "Tengo libre el jueves por la tarde, ¿es presencial o por vídeo?",
        "availability",
        ((3, "12:00", "17:00"),),
        zone=MADRID,
    ),
    P(
        AVAILABILITY_QUESTION,
        "es",
        "La semana que viene puedo lunes o martes por la mañana. ¿Llevo portafolio?",
        "availability",
        each_day((7, 8), "09:00", "12:00"),
        zone=MADRID,
        date=THU_CET,
    ),
    P(
        AVAILABILITY_QUESTION,
        "es",
        "El miércoles entre las 13 y las 16 me viene bien. Por cierto, ¿cuál es la banda salarial?",
        "availability",
        ((9, "13:00", "16:00"),),
        zone=MADRID,
        date=SUN_CET,
    ),
    # --- the options refused and new times offered ---
    P(
        DECLINE_NEW_TIMES,
        "es",
        "Ninguna de esas fechas me cuadra, estoy de viaje. El viernes a partir de las 11 sí "
        "podría.",
        "availability",
        ((4, "11:00", "17:00"),),
        stage="proposed",
        zone=MADRID,
        context=OPTIONS,
    ),
    P(
        DECLINE_NEW_TIMES,
        "es",
        "La semana que viene estoy en formación todos los días. El 17 o el 18 podría, a cualquier "
        "hora.",
        "availability",
        each_day((17, 18), "09:00", "17:00"),
        stage="proposed",
        zone=MADRID,
        date=THU_CET,
        context=MONDAY_OPTIONS,
    ),
    # --- thanks and a real question ---
    P(
        THANKS_QUESTION,
        "es",
        "¡Mil gracias por organizarlo! Una duda: ¿el puesto es híbrido?",
        "question",
        zone=MADRID,
    ),
    P(
        THANKS_QUESTION,
        "es",
        "gracias!! sabes si pagan la mudanza?",
        "question",
        zone=MEXICO,
        date=FRI_PM,
    ),
    # --- a confirmation and a request to move (booked 13:00 Mexico City, Friday 21:00 Madrid) ---
    P(
        CONFIRM_MOVE,
        "es",
        "Confirmado el miércoles, gracias. ¿Podríamos empezar a las 13:30 en vez de a la 1? Tengo "
        "que recoger a mi hijo.",
        "reschedule",
        ((2, "13:30", "14:30"),),
        stage="scheduled",
        zone=MEXICO,
        context=BOOKED,
    ),
    P(
        CONFIRM_MOVE,
        "es",
        "Recibida la invitación del viernes, todo bien. ¿Se podría retrasar media hora, a las "
        "21:30?",
        "reschedule",
        ((11, "21:30", "22:30"),),
        stage="scheduled",
        zone=MADRID,
        date=SUN_CET,
        context=BOOKED_FRI,
    ),
    # --- an acknowledgement and a withdrawal ---
    P(
        ACK_WITHDRAW,
        "es",
        "Gracias por la convocatoria del miércoles. Prefiero ser sincero: he aceptado otra oferta "
        "y me retiro del proceso.",
        "withdraw",
        stage="scheduled",
        zone=MADRID,
        context=BOOKED,
    ),
    P(
        ACK_WITHDRAW,
        "es",
        "Recibido, gracias. Al final me quedo en mi empresa actual, por favor sacadme del proceso.",
        "withdraw",
        stage="proposed",
        zone=MADRID,
        date=THU_CET,
        context=MONDAY_OPTIONS,
    ),
    # --- not verdicts ---
    _client(
        NOT_VERDICT_QUESTION,
        "es",
        "¿Cuánto cobra ahora? ¿Y cuánto preaviso tiene que dar?",
        "question",
        zone=MADRID,
    ),
    _client(
        NOT_VERDICT_QUESTION,
        "es",
        "Antes de seguir: ¿estaría dispuesto a viajar un 20%?",
        "question",
        zone=MADRID,
        date=THU_CET,
    ),
    _client(
        NOT_VERDICT_THANKS,
        "es",
        "Gracias por organizarlo, por nuestra parte todo fue bien.",
        "other",
        zone=MADRID,
        date=FRI_CET,
    ),
    _client(
        NOT_VERDICT_LATER,
        "es",
        "Gracias, te digo algo cuando lo hable con el equipo.",
        "feedback",
        outcome="hold",
        zone=MADRID,
    ),
    _client(
        NOT_VERDICT_LATER,
        "es",
        "Déjame consultarlo con la almohada, el lunes te respondo.",
        "feedback",
        outcome="hold",
        zone=MADRID,
        date=FRI_CET,
    ),
)

PT: tuple[Probe, ...] = (
    # --- advance told as a judgement plus a next meeting ---
    _verdict(
        ADVANCE,
        "pt",
        "Fiquei em dúvida, mas queria que ele conversasse com a Fernanda, nossa diretora de "
        "engenharia, antes de bater o martelo.",
        "advance",
        zone=SAO_PAULO,
    ),
    _verdict(
        ADVANCE,
        "pt",
        "gostei. ela precisa conhecer o time de vendas semana que vem",
        "advance",
        zone=SAO_PAULO,
        date=THU_BRT,
    ),
    _verdict(
        ADVANCE,
        "pt",
        "Prezada Sra. Almeida,\n\nAgradecemos a apresentação do Sr. Costa. Gostaríamos que ele "
        "apresentasse o estudo de caso à diretoria ainda este mês.\n\nAtenciosamente,\nRecursos "
        "Humanos",
        "advance",
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    _verdict(
        ADVANCE,
        "pt",
        "Boa impressão. Bora fazer o teste técnico com o pessoal de dados e a gente vê 🙂",
        "advance",
        zone=SAO_PAULO,
    ),
    _verdict(
        ADVANCE,
        "pt",
        "Não estou 100% convencido, mas se o Rodrigo gostar dele num bate-papo, eu topo.",
        "advance",
        zone=SAO_PAULO,
        date=MONTH_END_BRT,
    ),
    _verdict(
        ADVANCE,
        "pt",
        "sim, que ele conheça os sócios\n\nEnviado do meu iPhone",
        "advance",
        zone=SAO_PAULO,
        date=SUN_BRT,
    ),
    _verdict(
        ADVANCE,
        "pt",
        "Primeira impressão boa. Quem decide é nossa CFO, marca 45 minutos com ela e com o Paulo, "
        "por favor.",
        "advance",
        zone=SAO_PAULO,
        context=ROUND_1,
    ),
    # --- reject told as a judgement ---
    _verdict(
        REJECT, "pt", "Falta vivência com clientes grandes, infelizmente.", "reject", zone=SAO_PAULO
    ),
    _verdict(REJECT, "pt", "gente boa mas não", "reject", zone=SAO_PAULO, date=FRI_BRT),
    _verdict(
        REJECT,
        "pt",
        "Exma. Sra. Dra. Sousa,\n\nAgradecemos a apresentação da Eng.ª Marques. Após análise "
        "interna, entendemos que o seu percurso não corresponde ao que a função exige neste "
        "momento. Desejamos-lhe as maiores felicidades.\n\nCom os melhores cumprimentos,\nJoão "
        "Pereira\nRecursos Humanos",
        "reject",
        zone=LISBON,
        date=THU_LISBON,
    ),
    _verdict(
        REJECT,
        "pt",
        "Não soube explicar o básico de SQL. Vamos continuar procurando.",
        "reject",
        zone=SAO_PAULO,
    ),
    _verdict(
        REJECT,
        "pt",
        "Muita energia, mas ainda não vejo ela liderando um time de 12.",
        "reject",
        zone=SAO_PAULO,
        date=SUN_BRT,
    ),
    _verdict(
        REJECT,
        "pt",
        "Sendo sincero, não rolou química com o time. Obrigado mesmo assim.",
        "reject",
        zone=SAO_PAULO,
        context=ROUND_3,
    ),
    _verdict(
        REJECT,
        "pt",
        "Ele quer 100% remoto e a gente precisa de 3 dias no escritório. Não vai dar.",
        "reject",
        zone=SAO_PAULO,
        date=MONTH_END_BRT,
    ),
    # --- hold told as a situation ---
    _verdict(
        HOLD,
        "pt",
        "Adoramos ela. O problema é que estamos redesenhando a vaga depois da reestruturação, me "
        "dá umas duas semanas?",
        "hold",
        zone=SAO_PAULO,
    ),
    _verdict(
        HOLD,
        "pt",
        "Ótimo perfil. O orçamento do 1º trimestre ainda não foi aprovado, só consigo dar retorno "
        "em meados de janeiro.",
        "hold",
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    _verdict(
        HOLD,
        "pt",
        "quinta ainda vamos ver mais dois, depois comparamos e te falo",
        "hold",
        zone=SAO_PAULO,
    ),
    _verdict(
        HOLD,
        "pt",
        "Oi Carla,\n\no Felipe foi bem. O gestor da área está de licença até o dia 15 e quer dar "
        "a palavra final, então até lá nada.\n\nAbs,\nMarcelo",
        "hold",
        zone=SAO_PAULO,
        date=THU_BRT,
    ),
    _verdict(
        HOLD,
        "pt",
        "Impressionante. O conselho se reúne dia 10 e a vaga depende disso. Te aviso.",
        "hold",
        zone=SAO_PAULO,
        date=SUN_BRT,
    ),
    # --- offer told as action ---
    _verdict(
        OFFER,
        "pt",
        "Vamos fechar com ela. Prepara o contrato: R$ 18.000 por mês, início em 11 de janeiro.",
        "offer",
        zone=SAO_PAULO,
    ),
    _verdict(
        OFFER,
        "pt",
        "manda os papéis pra ele, 15k + PLR, começa em fevereiro 🎉",
        "offer",
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    _verdict(
        OFFER,
        "pt",
        "Cara Dra. Ferreira,\n\nSolicitamos a preparação do contrato de trabalho do Sr. Rui "
        "Lopes: Analista Sénior, vencimento anual bruto de 42 000 €, início a 1 de fevereiro de "
        "2027.\n\nCumprimentos,\nDireção de Recursos Humanos",
        "offer",
        zone=LISBON,
        date=THU_LISBON,
        context=ROUND_3,
    ),
    _verdict(
        OFFER,
        "pt",
        "Quero ele no time. 22 mil fixo, entra assim que cumprir o aviso prévio.",
        "offer",
        zone=SAO_PAULO,
        date=SUN_BRT,
    ),
    _verdict(
        OFFER,
        "pt",
        "Fechado: R$ 16.500 e começa 1º de fevereiro, se a empresa atual liberar antes.",
        "offer",
        zone=SAO_PAULO,
        date=MONTH_END_BRT,
    ),
    # --- a verdict and a question ---
    _verdict(
        VERDICT_QUESTION,
        "pt",
        "Queria que a Inês conversasse com ela. Você sabe qual é o aviso prévio dela?",
        "advance",
        zone=SAO_PAULO,
    ),
    _verdict(
        VERDICT_QUESTION,
        "pt",
        "Júnior demais pra gente. Você tem mais alguém com experiência em Kafka?",
        "reject",
        zone=SAO_PAULO,
        date=THU_BRT,
    ),
    _verdict(
        VERDICT_QUESTION,
        "pt",
        "Vamos fazer uma proposta. 17 mil resolve ou ela espera mais?",
        "offer",
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    _verdict(
        VERDICT_QUESTION,
        "pt",
        "Estamos aguardando o orçamento pra decidir. Ele está em outros processos?",
        "hold",
        zone=SAO_PAULO,
    ),
    # --- a verdict with times for the next round ---
    _verdict(
        VERDICT_TIMES,
        "pt",
        "Quero que ele conheça o Renato. Ele pode quinta a partir das 14h ou sexta de manhã.",
        "advance",
        zone=SAO_PAULO,
    ),
    _verdict(
        VERDICT_TIMES,
        "pt",
        "sim, mais uma conversa com o time — terça das 10 às 12 ou quarta à tarde do nosso lado",
        "advance",
        zone=SAO_PAULO,
        date=SUN_BRT,
    ),
    _verdict(
        VERDICT_TIMES,
        "pt",
        "Boa escolha. Por favor agenda o painel na segunda que vem às 13h ou terça às 15h, 90 "
        "minutos.\n\n> Em seg., 30 de nov. de 2026 às 11:00, Carla escreveu:\n> Entrevista "
        "confirmada para segunda, 30 de novembro, às 15h.",
        "advance",
        zone=SAO_PAULO,
        date=THU_BRT,
    ),
    # --- a pick and a constraint or a question (15:00, Thu 12:00, 18:00 São Paulo) ---
    P(
        PICK_CONSTRAINT,
        "pt",
        "A opção 2 serve, pode ser pelo Teams em vez de presencial?",
        "accept",
        selected=2,
        stage="proposed",
        zone=SAO_PAULO,
        context=OPTIONS,
    ),
    P(
        PICK_CONSTRAINT,
        "pt",
        "fico com a 3, mas tenho que sair às 18h45",
        "accept",
        selected=3,
        stage="proposed",
        zone=SAO_PAULO,
        context=OPTIONS,
    ),
    P(
        PICK_CONSTRAINT,
        "pt",
        "Quinta está ótimo! Com quem vou conversar?",
        "accept",
        selected=2,
        stage="proposed",
        zone=SAO_PAULO,
        context=OPTIONS,
    ),
    P(
        PICK_CONSTRAINT,
        "pt",
        "A primeira, por favor. Tem estacionamento no prédio?",
        "accept",
        selected=1,
        stage="proposed",
        zone=SAO_PAULO,
        context=OPTIONS,
    ),
    # --- availability and a question ---
    P(
        AVAILABILITY_QUESTION,
        "pt",
        "Tenho a quinta à tarde livre — é presencial ou online?",
        "availability",
        ((3, "12:00", "17:00"),),
        zone=SAO_PAULO,
    ),
    P(
        AVAILABILITY_QUESTION,
        "pt",
        "Semana que vem posso segunda ou terça de manhã. Levo portfólio?",
        "availability",
        each_day((7, 8), "09:00", "12:00"),
        zone=SAO_PAULO,
        date=THU_BRT,
    ),
    P(
        AVAILABILITY_QUESTION,
        "pt",
        "Quarta entre 13h e 16h dá. Aliás, qual é a faixa salarial?",
        "availability",
        ((9, "13:00", "16:00"),),
        zone=SAO_PAULO,
        date=SUN_BRT,
    ),
    # --- the options refused and new times offered ---
    P(
        DECLINE_NEW_TIMES,
        "pt",
        "Nenhum desses horários funciona, vou estar viajando. Mas sexta a partir das 11h eu "
        "consigo.",
        "availability",
        ((4, "11:00", "17:00"),),
        stage="proposed",
        zone=SAO_PAULO,
        context=OPTIONS,
    ),
    P(
        DECLINE_NEW_TIMES,
        "pt",
        "Semana que vem estou em treinamento o tempo todo. Dia 17 ou 18 eu consigo, qualquer "
        "horário.",
        "availability",
        each_day((17, 18), "09:00", "17:00"),
        stage="proposed",
        zone=SAO_PAULO,
        date=THU_BRT,
        context=MONDAY_OPTIONS,
    ),
    # --- thanks and a real question ---
    P(
        THANKS_QUESTION,
        "pt",
        "Muito obrigada por organizar! Uma dúvida: a vaga é híbrida?",
        "question",
        zone=SAO_PAULO,
    ),
    P(
        THANKS_QUESTION,
        "pt",
        "valeu!! sabe se eles pagam a mudança?",
        "question",
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    # --- a confirmation and a request to move (booked at 16:00, Friday 17:00 in São Paulo) ---
    P(
        CONFIRM_MOVE,
        "pt",
        "Confirmado para quarta, obrigado. Dá pra começar às 16h30 em vez das 16h? Tenho que "
        "buscar minha filha.",
        "reschedule",
        ((2, "16:30", "17:30"),),
        stage="scheduled",
        zone=SAO_PAULO,
        context=BOOKED,
    ),
    P(
        CONFIRM_MOVE,
        "pt",
        "Recebi o convite de sexta, tudo certo. Dá pra empurrar meia hora, pras 17h30?",
        "reschedule",
        ((11, "17:30", "18:30"),),
        stage="scheduled",
        zone=SAO_PAULO,
        date=SUN_BRT,
        context=BOOKED_FRI,
    ),
    # --- an acknowledgement and a withdrawal ---
    P(
        ACK_WITHDRAW,
        "pt",
        "Obrigado pelo convite de quarta. Preciso ser transparente: aceitei outra proposta e vou "
        "sair do processo.",
        "withdraw",
        stage="scheduled",
        zone=SAO_PAULO,
        context=BOOKED,
    ),
    P(
        ACK_WITHDRAW,
        "pt",
        "Recebido, obrigada. No fim decidi ficar na empresa atual, pode me tirar do processo, por "
        "favor.",
        "withdraw",
        stage="proposed",
        zone=SAO_PAULO,
        date=THU_BRT,
        context=MONDAY_OPTIONS,
    ),
    # --- not verdicts ---
    _client(
        NOT_VERDICT_QUESTION,
        "pt",
        "Quanto ela ganha hoje? E quanto tempo de aviso prévio?",
        "question",
        zone=SAO_PAULO,
    ),
    _client(
        NOT_VERDICT_QUESTION,
        "pt",
        "Antes de seguir: ele toparia viajar 20% do tempo?",
        "question",
        zone=SAO_PAULO,
        date=THU_BRT,
    ),
    _client(
        NOT_VERDICT_THANKS,
        "pt",
        "Obrigado por organizar, do nosso lado correu tudo bem.",
        "other",
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    _client(
        NOT_VERDICT_LATER,
        "pt",
        "Obrigado, te retorno depois de falar com o time.",
        "feedback",
        outcome="hold",
        zone=SAO_PAULO,
    ),
    _client(
        NOT_VERDICT_LATER,
        "pt",
        "Deixa eu pensar no fim de semana, segunda te falo.",
        "feedback",
        outcome="hold",
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
)

PHRASEBOOK_HEDGED: tuple[Probe, ...] = EN + FR + DE + ES + PT
