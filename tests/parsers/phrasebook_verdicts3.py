"""Short client verdicts, holds, cancels and withdrawals, labelled by EXTRACTION.md (issue 8).

Written from the kinds' descriptions and EXTRACTION.md alone, by someone who never read the
engine, the other phrasebooks' entries or the corpus. It holds, in EN, FR, DE and ES and PT about
equally: verdicts after a held round that advance by naming a next step (a trial day, a case study,
a take-home, a presentation, a meeting with the CEO or a partner, a site visit, a reference check);
holds on something outside the candidate (headcount, budget, the board, a reorganisation, other
candidates, a manager on leave); offers; rejections formal, one-word and hedged; cancels told as
events by the client or the recruiter, often with a phone-call time that is never a window; a
candidate's withdrawal; and feedback that names the next round's time frame, which carries no
windows. `kind` names the construct each probe tests.
"""

from __future__ import annotations

from tests.parsers.reading_probes import BOOKED, DATE, ET, HELD, Probe

P = Probe
PARIS = "Europe/Paris"
BERLIN = "Europe/Berlin"
MADRID = "Europe/Madrid"
LISBON = "Europe/Lisbon"
SAO_PAULO = "America/Sao_Paulo"
MEXICO = "America/Mexico_City"
# Reference dates besides DATE (Tue 1 Dec 10:00 ET), all late November / December 2026.
THU = "Thu, 03 Dec 2026 15:20:00 -0500"
FRI_CET = "Fri, 04 Dec 2026 17:30:00 +0100"
TUE_CET = "Tue, 01 Dec 2026 08:40:00 +0100"
WED_LISBON = "Wed, 02 Dec 2026 11:15:00 +0000"
THU_BRT = "Thu, 03 Dec 2026 14:00:00 -0300"


def verdict(
    kind: str, lang: str, text: str, outcome: str, zone: str = ET, date: str = DATE
) -> Probe:
    """A client's verdict on the round just held."""
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
        context=HELD,
    )


def called_off(kind: str, lang: str, text: str, role: str = "client", zone: str = ET) -> Probe:
    """The booked interview called off by an event on the client's side."""
    return P(kind, lang, text, "cancel", role=role, stage="scheduled", zone=zone, context=BOOKED)


def pulled_out(kind: str, lang: str, text: str, role: str = "candidate", zone: str = ET) -> Probe:
    """The candidate leaving the process, told by them or relayed by the recruiter."""
    return P(kind, lang, text, "withdraw", role=role, stage="scheduled", zone=zone, context=BOOKED)


PHRASEBOOK_VERDICTS3: tuple[Probe, ...] = (
    # ---------------------------------------------------------------- English
    verdict(
        "advance_trial_day",
        "en",
        "liked him a lot. can he come in for a trial day before we decide?",
        "advance",
    ),
    verdict(
        "advance_case_study",
        "en",
        "Thanks for setting this up. We'd like her to do a short case study before we make a call.",
        "advance",
    ),
    verdict(
        "advance_take_home",
        "en",
        "Solid conversation. Next step would be our take-home exercise - can you send it over to "
        "him?",
        "advance",
    ),
    verdict(
        "advance_presentation",
        "en",
        "Dear Maria,\n\nFollowing yesterday's interview, we would like Mr. Osei to present his "
        "portfolio to the wider design team as the next stage.\n\nKind regards,\nHelen Park\nHead "
        "of Design",
        "advance",
    ),
    verdict(
        "advance_ceo", "en", "good one. want him to meet our CEO before we go further", "advance"
    ),
    verdict(
        "advance_partner",
        "en",
        "I'm positive, but I'd like one of the other partners to meet her before we decide "
        "anything.",
        "advance",
    ),
    verdict(
        "advance_site_visit",
        "en",
        "She impressed the panel. We'd like to invite her for a site visit at the plant as a next "
        "step.",
        "advance",
    ),
    verdict(
        "advance_references",
        "en",
        "Writing on behalf of Tom Reyes, who is travelling: Tom was pleased with the interview and "
        "asks that we move to reference checks as the next step.",
        "advance",
    ),
    verdict(
        "advance_shadow_day",
        "en",
        "pretty good tbh. lets get him to shadow the team for a day n then decide",
        "advance",
    ),
    verdict(
        "hold_budget",
        "en",
        "She's top of our list, but we can't move until the Q1 budget is signed. Give us a couple "
        "of weeks.",
        "hold",
    ),
    verdict(
        "hold_headcount",
        "en",
        "Great candidate. Unfortunately the headcount hasn't been approved yet, so we have to sit "
        "tight for now.",
        "hold",
    ),
    verdict(
        "hold_other_candidates",
        "en",
        "really liked him but we still have two more people to see this week, will come back to "
        "you after",
        "hold",
    ),
    verdict(
        "hold_manager_leave",
        "en",
        "Positive from my side. The hiring manager is on leave until January and needs to weigh in "
        "before anything happens.",
        "hold",
    ),
    verdict(
        "offer_formal",
        "en",
        "We would like to make her an offer. Please let me know her current notice period.",
        "offer",
    ),
    verdict("offer_short", "en", "yes!! offer him. will send numbers tmrw", "offer"),
    verdict(
        "offer_assistant",
        "en",
        "On behalf of Ms. Carter: the team has agreed to extend an offer to Mr. Lindqvist. HR "
        "will be in touch.",
        "offer",
    ),
    verdict("reject_one_word", "en", "Pass.", "reject"),
    verdict(
        "reject_formal",
        "en",
        "Dear Sam,\n\nThank you for presenting Ms. Novak. After careful consideration we have "
        "decided "
        "not to proceed with her application.\n\nBest regards,\nAnne",
        "reject",
    ),
    verdict(
        "reject_hedged",
        "en",
        "Not convinced, to be honest. The depth wasn't there. I'd pass.",
        "reject",
    ),
    verdict("reject_fit", "en", "not a fit for us sorry. keep looking", "reject"),
    verdict(
        "next_round_time_frame",
        "en",
        "Strong interview. Let's do the final with our CEO next week.",
        "advance",
    ),
    verdict(
        "next_round_time_frame",
        "en",
        "he did well - happy to bring him back for a technical round early next week",
        "advance",
    ),
    called_off(
        "cancel_filled_internally",
        "en",
        "Bad news: we filled the role internally this morning, so please cancel tomorrow's "
        "interview. "
        "Call me at 4 and I'll explain.",
    ),
    called_off(
        "cancel_hiring_freeze",
        "en",
        "hiring freeze just announced, need to call off wed. ring me this afternoon",
    ),
    called_off(
        "cancel_relayed",
        "en",
        "Hi Priya, the client has closed the search, so tomorrow's interview won't go ahead. "
        "I'll call you at 3 to talk it through.",
        role="recruiter",
    ),
    called_off(
        "cancel_on_hold_indefinitely",
        "en",
        "Please note the position has been put on hold indefinitely. We must cancel Wednesday's "
        "meeting "
        "with the candidate; apologies for the inconvenience.",
    ),
    pulled_out(
        "withdraw_candidate",
        "en",
        "Hi, I've accepted another offer so I'd like to withdraw from the process. Thanks for "
        "everything.",
    ),
    pulled_out(
        "withdraw_relayed",
        "en",
        "FYI Jonas has pulled out - he's staying with his current employer. Please take him off "
        "the "
        "schedule for Wednesday.",
        role="recruiter",
    ),
    verdict(
        "advance_technical_round",
        "en",
        "I wouldn't reject him outright. Let's do a technical round with Raj and see.",
        "advance",
    ),
    verdict(
        "hold_board",
        "en",
        "Dear Ms. Okafor,\n\nWe were impressed by Mr. Baptiste. The appointment, however, "
        "requires board "
        "approval at the January meeting, and we will revert thereafter.\n\nYours sincerely,\nD. "
        "Moore",
        "hold",
    ),
    verdict("reject_hedged", "en", "meh. not sure she's senior enough, I'd say no", "reject"),
    called_off(
        "cancel_budget_frozen",
        "en",
        "budget got frozen, the role's gone. pls cancel with the candidate, I'll call u at 5",
        role="recruiter",
    ),
    # ---------------------------------------------------------------- French
    verdict(
        "advance_trial_day",
        "fr",
        "Bon échange. Nous aimerions qu'elle vienne passer une journée d'essai avant de trancher.",
        "advance",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict(
        "advance_case_study",
        "fr",
        "on voudrait lui faire faire une étude de cas avant de décider, tu peux organiser ?",
        "advance",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict(
        "advance_take_home",
        "fr",
        "Madame,\n\nSuite à l'entretien, nous souhaitons soumettre à M. Girard un exercice à faire "
        "chez lui, étape suivante de notre processus.\n\nCordialement,\nC. Dubois",
        "advance",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict(
        "advance_ceo",
        "fr",
        "Très bon profil. Prochaine étape : une rencontre avec notre fondateur.",
        "advance",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict(
        "advance_presentation",
        "fr",
        "il a plu a tout le monde. on aimerait qu'il fasse une presentation devant l'equipe",
        "advance",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict(
        "advance_partner",
        "fr",
        "Pour ma part c'est positif, mais je souhaite qu'un autre associé la rencontre avant que "
        "nous décidions.",
        "advance",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict(
        "advance_references",
        "fr",
        "Je vous écris de la part de M. Lambert : l'entretien s'est bien passé, il souhaite "
        "passer à "
        "la prise de références.",
        "advance",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict(
        "hold_budget",
        "fr",
        "C'est notre candidate préférée, mais on ne peut rien faire tant que le budget 2027 n'est "
        "pas validé.",
        "hold",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict(
        "hold_reorganisation",
        "fr",
        "Très bon entretien. Malheureusement une réorganisation est en cours et nous devons "
        "attendre "
        "qu'elle soit actée avant de nous engager.",
        "hold",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict(
        "hold_other_candidates",
        "fr",
        "il nous plait bcp mais on a encore 2 candidats a voir, je reviens vers toi apres",
        "hold",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict(
        "hold_board",
        "fr",
        "Avis favorable, mais le poste doit encore être validé par le conseil d'administration. "
        "Nous revenons vers vous dès que possible.",
        "hold",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict(
        "offer_formal",
        "fr",
        "Nous souhaitons lui faire une proposition. Pouvez-vous nous indiquer ses prétentions ?",
        "offer",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict("offer_short", "fr", "top, on lui fait une offre !", "offer", zone=PARIS, date=FRI_CET),
    verdict(
        "offer_assistant",
        "fr",
        "De la part de Mme Roche : la direction a décidé de proposer le poste à Mme Benali.",
        "offer",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict("reject_one_word", "fr", "Non retenu.", "reject", zone=PARIS, date=FRI_CET),
    verdict(
        "reject_formal",
        "fr",
        "Bonjour,\n\nNous vous remercions pour cette candidature. Après réflexion, nous ne "
        "donnerons "
        "pas suite au profil de M. Petit.\n\nBien à vous",
        "reject",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict(
        "reject_hedged",
        "fr",
        "Pas convaincus, honnêtement. Il manque de recul sur le management, on arrête là.",
        "reject",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict(
        "reject_fit", "fr", "bof, pas pour nous. merci qd meme", "reject", zone=PARIS, date=FRI_CET
    ),
    verdict(
        "next_round_time_frame",
        "fr",
        "Très bien. On enchaîne avec le dernier tour début janvier.",
        "advance",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict(
        "next_round_time_frame",
        "fr",
        "bon entretien, on la revoit la semaine prochaine avec le directeur technique",
        "advance",
        zone=PARIS,
        date=FRI_CET,
    ),
    called_off(
        "cancel_filled_internally",
        "fr",
        "Le poste a été pourvu en interne, il faut annuler l'entretien de mercredi. Je t'appelle "
        "à 15h.",
        zone=PARIS,
    ),
    called_off(
        "cancel_budget_frozen",
        "fr",
        "Madame,\n\nNotre budget de recrutement vient d'être gelé. Nous sommes contraints "
        "d'annuler "
        "l'entretien prévu. Je reste joignable cet après-midi.\n\nCordialement",
        zone=PARIS,
    ),
    called_off(
        "cancel_relayed",
        "fr",
        "Bonjour Léa, le client a clôturé le recrutement, l'entretien de demain est donc annulé. "
        "Je t'appelle demain matin pour en parler.",
        role="recruiter",
        zone=PARIS,
    ),
    called_off(
        "cancel_project",
        "fr",
        "projet abandonné, on annule l'entretien. dsl. appelle moi vers 17h",
        zone=PARIS,
    ),
    pulled_out(
        "withdraw_candidate",
        "fr",
        "Bonjour, j'ai accepté une autre proposition et je préfère me retirer du processus. Merci "
        "encore.",
        zone=PARIS,
    ),
    pulled_out(
        "withdraw_relayed",
        "fr",
        "Pour info, Hugo se désiste : il reste chez son employeur actuel. Merci de retirer son "
        "entretien "
        "de mercredi.",
        role="recruiter",
        zone=PARIS,
    ),
    verdict(
        "advance_shadow_day",
        "fr",
        "Je ne l'écarterais pas. Qu'il vienne passer une journée avec l'équipe et on verra.",
        "advance",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict(
        "hold_manager_leave",
        "fr",
        "Bon profil, mais la manager est en congé maternité jusqu'en février et doit donner son "
        "accord.",
        "hold",
        zone=PARIS,
        date=FRI_CET,
    ),
    verdict("reject_one_word", "fr", "non, on passe.", "reject", zone=PARIS, date=FRI_CET),
    called_off(
        "cancel_hiring_freeze",
        "fr",
        "Gel des embauches annoncé ce matin, le client annule l'entretien de demain. Je t'appelle "
        "à 14h30.",
        role="recruiter",
        zone=PARIS,
    ),
    # ---------------------------------------------------------------- German
    verdict(
        "advance_trial_day",
        "de",
        "Hat uns gut gefallen. Wir würden ihn gern zu einem Probearbeitstag einladen, bevor wir "
        "entscheiden.",
        "advance",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "advance_case_study",
        "de",
        "sie soll noch eine fallstudie machen, dann entscheiden wir",
        "advance",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "advance_work_sample",
        "de",
        "Sehr geehrte Frau Wagner,\n\nals nächsten Schritt bitten wir Herrn Krause um eine kurze "
        "Arbeitsprobe.\n\nMit freundlichen Grüßen\nJ. Becker",
        "advance",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "advance_ceo",
        "de",
        "Guter Eindruck. Als Nächstes sollte sie unseren Geschäftsführer kennenlernen.",
        "advance",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "advance_presentation",
        "de",
        "passt soweit, er soll uns im team noch was präsentieren, dann sehen wir weiter",
        "advance",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "advance_team_lead",
        "de",
        "Ich möchte, dass unsere Teamleiterin sie noch kennenlernt, bevor wir uns festlegen.",
        "advance",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "advance_site_visit",
        "de",
        "Im Auftrag von Herrn Vogel: Er war sehr zufrieden und möchte den Kandidaten als nächsten "
        "Schritt zu einer Werksbesichtigung einladen.",
        "advance",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "hold_budget",
        "de",
        "Sie ist unsere Favoritin, aber solange das Budget für Q1 nicht freigegeben ist, können "
        "wir nichts machen.",
        "hold",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "hold_headcount",
        "de",
        "Grundsätzlich positiv. Die Stelle ist aber noch nicht genehmigt, wir melden uns, sobald "
        "die Freigabe da ist.",
        "hold",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "hold_other_candidates",
        "de",
        "fanden ihn gut, wir haben aber noch zwei gespräche ausstehen. melde mich danach",
        "hold",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "hold_manager_leave",
        "de",
        "Von meiner Seite gern. Die Bereichsleiterin ist allerdings bis Mitte Januar in "
        "Elternzeit und "
        "muss mitentscheiden.",
        "hold",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "offer_formal",
        "de",
        "Wir möchten ihm ein Angebot machen. Können Sie uns seine Gehaltsvorstellung nennen?",
        "offer",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "offer_short", "de", "super, sie kriegt ein angebot!", "offer", zone=BERLIN, date=TUE_CET
    ),
    verdict(
        "offer_assistant",
        "de",
        "Im Namen von Dr. Hahn teile ich mit, dass wir Frau Yilmaz die Stelle anbieten möchten.",
        "offer",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict("reject_one_word", "de", "Leider absagen.", "reject", zone=BERLIN, date=TUE_CET),
    verdict(
        "reject_formal",
        "de",
        "Sehr geehrter Herr Schulz,\n\nnach reiflicher Überlegung haben wir uns gegen Frau Lange "
        "entschieden.\n\nMit freundlichen Grüßen",
        "reject",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "reject_hedged",
        "de",
        "Eher nicht. Fachlich ok, aber menschlich hat es nicht gepasst.",
        "reject",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "reject_fit",
        "de",
        "passt leider nicht zu uns, bitte weitersuchen",
        "reject",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "next_round_time_frame",
        "de",
        "Starkes Gespräch. Die finale Runde machen wir dann nächste Woche mit dem Vorstand.",
        "advance",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "next_round_time_frame",
        "de",
        "war gut, technisches interview gern anfang januar",
        "advance",
        zone=BERLIN,
        date=TUE_CET,
    ),
    called_off(
        "cancel_filled_internally",
        "de",
        "Die Stelle wurde intern besetzt, das Gespräch am Mittwoch muss leider ausfallen. Ruf "
        "mich um 16 Uhr an.",
        zone=BERLIN,
    ),
    called_off(
        "cancel_hiring_freeze",
        "de",
        "Sehr geehrte Frau Roth,\n\naufgrund eines konzernweiten Einstellungsstopps sagen wir das "
        "geplante Gespräch ab. Ich rufe Sie morgen früh an.\n\nMit freundlichen Grüßen",
        zone=BERLIN,
    ),
    called_off(
        "cancel_relayed",
        "de",
        "Hallo Tim, der Kunde hat die Suche eingestellt, das Interview morgen entfällt. Ich melde "
        "mich "
        "heute Nachmittag telefonisch.",
        role="recruiter",
        zone=BERLIN,
    ),
    called_off(
        "cancel_on_hold_indefinitely",
        "de",
        "projekt auf eis gelegt, auf unbestimmte zeit. termin mittwoch bitte absagen",
        zone=BERLIN,
    ),
    pulled_out(
        "withdraw_candidate",
        "de",
        "Guten Tag, ich habe mich für ein anderes Angebot entschieden und ziehe meine Bewerbung "
        "zurück.",
        zone=BERLIN,
    ),
    pulled_out(
        "withdraw_relayed",
        "de",
        "Kurze Info: Frau Brandt hat ihre Bewerbung zurückgezogen, sie bleibt bei ihrem "
        "Arbeitgeber. "
        "Bitte den Termin am Mittwoch streichen.",
        role="recruiter",
        zone=BERLIN,
    ),
    verdict(
        "advance_references",
        "de",
        "Gut. Bitte als nächsten Schritt Referenzen einholen.",
        "advance",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "hold_reorganisation",
        "de",
        "Wir sind angetan, müssen aber die Umstrukturierung abwarten, bevor wir weitermachen.",
        "hold",
        zone=BERLIN,
        date=TUE_CET,
    ),
    verdict(
        "reject_hedged",
        "de",
        "bin nicht überzeugt, zu wenig erfahrung. lieber nicht",
        "reject",
        zone=BERLIN,
        date=TUE_CET,
    ),
    called_off(
        "cancel_budget_frozen",
        "de",
        "Budget wurde eingefroren, der Kunde sagt das Gespräch ab. Ich ruf dich um halb fünf an.",
        role="recruiter",
        zone=BERLIN,
    ),
    # ---------------------------------------------------------------- Spanish
    verdict(
        "advance_trial_day",
        "es",
        "Nos gustó mucho. Queremos que venga a una jornada de prueba antes de decidir.",
        "advance",
        zone=MADRID,
        date=WED_LISBON,
    ),
    verdict(
        "advance_case_study",
        "es",
        "bien. q haga un caso practico y luego decidimos",
        "advance",
        zone=MADRID,
        date=WED_LISBON,
    ),
    verdict(
        "advance_take_home",
        "es",
        "Estimada Lucía:\n\nComo siguiente paso, nos gustaría enviar a la Sra. Ortega una prueba "
        "técnica para hacer en casa.\n\nUn saludo,\nPablo Ruiz",
        "advance",
        zone=MADRID,
        date=WED_LISBON,
    ),
    verdict(
        "advance_ceo",
        "es",
        "Buena entrevista. El siguiente paso sería conocer a nuestro consejero delegado.",
        "advance",
        zone=MADRID,
        date=WED_LISBON,
    ),
    verdict(
        "advance_presentation",
        "es",
        "Queremos que presente su propuesta al equipo antes de tomar una decisión.",
        "advance",
        zone=MEXICO,
        date=THU,
    ),
    verdict(
        "advance_partner",
        "es",
        "Me convenció, pero quiero que otro socio lo conozca antes de decidir nada.",
        "advance",
        zone=MEXICO,
        date=THU,
    ),
    verdict(
        "advance_references",
        "es",
        "Le escribo en nombre del Sr. Castillo: quedó satisfecho y desea pasar a la verificación "
        "de referencias.",
        "advance",
        zone=MADRID,
        date=WED_LISBON,
    ),
    verdict(
        "hold_budget",
        "es",
        "Es nuestra primera opción, pero hasta que no se apruebe el presupuesto del primer "
        "trimestre no podemos avanzar.",
        "hold",
        zone=MADRID,
        date=WED_LISBON,
    ),
    verdict(
        "hold_headcount",
        "es",
        "Muy buen perfil. Aún falta la aprobación de la plaza, os aviso en cuanto la tengamos.",
        "hold",
        zone=MADRID,
        date=WED_LISBON,
    ),
    verdict(
        "hold_other_candidates",
        "es",
        "nos gusto pero quedan 3 candidatos por ver, te digo algo cuando terminemos",
        "hold",
        zone=MEXICO,
        date=THU,
    ),
    verdict(
        "hold_reorganisation",
        "es",
        "Valoración positiva. Estamos en plena reestructuración y tenemos que esperar a que se "
        "cierre antes de decidir.",
        "hold",
        zone=MADRID,
        date=WED_LISBON,
    ),
    verdict(
        "offer_formal",
        "es",
        "Queremos hacerle una oferta. ¿Nos puedes confirmar su preaviso actual?",
        "offer",
        zone=MADRID,
        date=WED_LISBON,
    ),
    verdict("offer_short", "es", "adelante con la oferta!!", "offer", zone=MEXICO, date=THU),
    verdict(
        "offer_assistant",
        "es",
        "En nombre de la Sra. Vidal: la dirección ha decidido ofrecer el puesto al Sr. Molina.",
        "offer",
        zone=MADRID,
        date=WED_LISBON,
    ),
    verdict("reject_one_word", "es", "Descartado.", "reject", zone=MADRID, date=WED_LISBON),
    verdict(
        "reject_formal",
        "es",
        "Estimado Javier:\n\nTras valorar la entrevista, hemos decidido no continuar con la "
        "candidatura "
        "de la Sra. Romero.\n\nAtentamente",
        "reject",
        zone=MADRID,
        date=WED_LISBON,
    ),
    verdict(
        "reject_hedged",
        "es",
        "No nos termina de convencer. Le falta experiencia en equipos grandes, mejor no seguir.",
        "reject",
        zone=MEXICO,
        date=THU,
    ),
    verdict(
        "reject_fit",
        "es",
        "no encaja, sigue buscando porfa",
        "reject",
        zone=MADRID,
        date=WED_LISBON,
    ),
    verdict(
        "next_round_time_frame",
        "es",
        "Muy bien. Hacemos la entrevista final la semana que viene con el director general.",
        "advance",
        zone=MADRID,
        date=WED_LISBON,
    ),
    verdict(
        "next_round_time_frame",
        "es",
        "genial, pasa a la ultima ronda, a principios de enero",
        "advance",
        zone=MEXICO,
        date=THU,
    ),
    called_off(
        "cancel_filled_internally",
        "es",
        "Hemos cubierto el puesto internamente, hay que cancelar la entrevista del miércoles. Te "
        "llamo a las 4.",
        zone=MADRID,
    ),
    called_off(
        "cancel_budget_frozen",
        "es",
        "Estimada Carmen:\n\nSe ha congelado el presupuesto de contratación, por lo que "
        "cancelamos la "
        "entrevista prevista. Le llamo esta tarde para explicárselo.\n\nUn saludo",
        zone=MADRID,
    ),
    called_off(
        "cancel_relayed",
        "es",
        "Hola Diego, el cliente ha cerrado el proceso, la entrevista de mañana queda cancelada. "
        "Te llamo luego.",
        role="recruiter",
        zone=MEXICO,
    ),
    called_off(
        "cancel_project",
        "es",
        "cancelaron el proyecto, anula la entrevista xfa. hablamos a las 5",
        zone=MEXICO,
    ),
    pulled_out(
        "withdraw_candidate",
        "es",
        "Buenas, he aceptado otra oferta y prefiero retirarme del proceso. Gracias por todo.",
        zone=MADRID,
    ),
    pulled_out(
        "withdraw_relayed",
        "es",
        "Te aviso: Marta se retira del proceso, se queda en su empresa actual. Anula su "
        "entrevista del miércoles.",
        role="recruiter",
        zone=MADRID,
    ),
    verdict(
        "advance_shadow_day",
        "es",
        "No lo descartaría. Que pase un día con el equipo y decidimos.",
        "advance",
        zone=MADRID,
        date=WED_LISBON,
    ),
    verdict(
        "hold_board",
        "es",
        "Nos encanta, pero la contratación tiene que aprobarla el consejo en enero. Os decimos "
        "algo entonces.",
        "hold",
        zone=MADRID,
        date=WED_LISBON,
    ),
    verdict("reject_one_word", "es", "No seguimos con él.", "reject", zone=MEXICO, date=THU),
    called_off(
        "cancel_hiring_freeze",
        "es",
        "Congelaron las contrataciones, el cliente cancela la entrevista de mañana. Te llamo a "
        "las 3.",
        role="recruiter",
        zone=MEXICO,
    ),
    # ---------------------------------------------------------------- Portuguese
    verdict(
        "advance_trial_day",
        "pt",
        "Gostámos muito dele. Queremos que venha fazer um dia experimental antes de decidirmos.",
        "advance",
        zone=LISBON,
        date=WED_LISBON,
    ),
    verdict(
        "advance_case_study",
        "pt",
        "curti. manda um case pra ela fazer e depois a gente decide",
        "advance",
        zone=SAO_PAULO,
        date=THU_BRT,
    ),
    verdict(
        "advance_take_home",
        "pt",
        "Prezada Ana,\n\nComo próxima etapa, gostaríamos de enviar ao Sr. Costa um teste técnico "
        "para "
        "fazer em casa.\n\nAtenciosamente,\nRicardo Lima",
        "advance",
        zone=SAO_PAULO,
        date=THU_BRT,
    ),
    verdict(
        "advance_ceo",
        "pt",
        "Boa entrevista. O próximo passo é uma conversa com o nosso fundador.",
        "advance",
        zone=LISBON,
        date=WED_LISBON,
    ),
    verdict(
        "advance_presentation",
        "pt",
        "Queremos que ela apresente o projeto para o time antes da decisão final.",
        "advance",
        zone=SAO_PAULO,
        date=THU_BRT,
    ),
    verdict(
        "advance_partner",
        "pt",
        "Gostei, mas quero que outro sócio o conheça antes de decidirmos.",
        "advance",
        zone=LISBON,
        date=WED_LISBON,
    ),
    verdict(
        "advance_site_visit",
        "pt",
        "Escrevo em nome da Dra. Sousa: ficou muito bem impressionada e propõe, como próxima "
        "etapa, "
        "uma visita à fábrica.",
        "advance",
        zone=LISBON,
        date=WED_LISBON,
    ),
    verdict(
        "hold_budget",
        "pt",
        "É a nossa preferida, mas não podemos avançar enquanto o orçamento do 1º trimestre não "
        "for aprovado.",
        "hold",
        zone=LISBON,
        date=WED_LISBON,
    ),
    verdict(
        "hold_headcount",
        "pt",
        "Gostamos bastante, mas a vaga ainda não foi aprovada pela diretoria. Retornamos assim "
        "que tivermos sinal verde.",
        "hold",
        zone=SAO_PAULO,
        date=THU_BRT,
    ),
    verdict(
        "hold_other_candidates",
        "pt",
        "gostei dele mas ainda tenho 2 candidatos pra ver, te falo depois",
        "hold",
        zone=SAO_PAULO,
        date=THU_BRT,
    ),
    verdict(
        "hold_manager_leave",
        "pt",
        "Parecer positivo. A gestora da área está de licença até janeiro e tem de dar a última "
        "palavra.",
        "hold",
        zone=LISBON,
        date=WED_LISBON,
    ),
    verdict(
        "offer_formal",
        "pt",
        "Queremos fazer uma proposta. Pode confirmar-nos a pretensão salarial dele?",
        "offer",
        zone=LISBON,
        date=WED_LISBON,
    ),
    verdict(
        "offer_short",
        "pt",
        "fechado, vamos fazer proposta pra ela!",
        "offer",
        zone=SAO_PAULO,
        date=THU_BRT,
    ),
    verdict(
        "offer_assistant",
        "pt",
        "Em nome do Sr. Almeida: a direção decidiu oferecer a vaga à Sra. Ferreira.",
        "offer",
        zone=LISBON,
        date=WED_LISBON,
    ),
    verdict("reject_one_word", "pt", "Não seguiremos.", "reject", zone=SAO_PAULO, date=THU_BRT),
    verdict(
        "reject_formal",
        "pt",
        "Prezado Paulo,\n\nApós análise, decidimos não dar seguimento à candidatura do Sr. "
        "Rocha.\n\nCumprimentos",
        "reject",
        zone=LISBON,
        date=WED_LISBON,
    ),
    verdict(
        "reject_hedged",
        "pt",
        "Não fiquei convencido. Falta experiência de liderança, prefiro não avançar.",
        "reject",
        zone=SAO_PAULO,
        date=THU_BRT,
    ),
    verdict(
        "reject_fit",
        "pt",
        "nao tem o perfil, pode seguir buscando",
        "reject",
        zone=SAO_PAULO,
        date=THU_BRT,
    ),
    verdict(
        "next_round_time_frame",
        "pt",
        "Muito bem. Fazemos a ronda final na próxima semana com a administração.",
        "advance",
        zone=LISBON,
        date=WED_LISBON,
    ),
    verdict(
        "next_round_time_frame",
        "pt",
        "mandou bem! bora pra etapa final no comeco de janeiro",
        "advance",
        zone=SAO_PAULO,
        date=THU_BRT,
    ),
    called_off(
        "cancel_filled_internally",
        "pt",
        "A vaga foi preenchida internamente, temos de cancelar a entrevista de quarta. Ligo-te às "
        "16h.",
        zone=LISBON,
    ),
    called_off(
        "cancel_hiring_freeze",
        "pt",
        "Prezada Juliana,\n\nDevido ao congelamento de contratações, cancelamos a entrevista "
        "agendada. "
        "Te ligo hoje à tarde para explicar.\n\nAtenciosamente",
        zone=SAO_PAULO,
    ),
    called_off(
        "cancel_relayed",
        "pt",
        "Oi Bruno, o cliente encerrou o processo, a entrevista de amanhã está cancelada. Te ligo "
        "às 16h.",
        role="recruiter",
        zone=SAO_PAULO,
    ),
    called_off(
        "cancel_on_hold_indefinitely",
        "pt",
        "vaga congelada por tempo indeterminado, desmarca a entrevista pf",
        zone=SAO_PAULO,
    ),
    pulled_out(
        "withdraw_candidate",
        "pt",
        "Olá, aceitei outra proposta e vou desistir do processo. Obrigado pela oportunidade.",
        zone=LISBON,
    ),
    pulled_out(
        "withdraw_relayed",
        "pt",
        "Só para avisar: a Carla desistiu do processo, vai ficar na empresa atual. Cancela a "
        "entrevista de quarta.",
        role="recruiter",
        zone=SAO_PAULO,
    ),
    verdict(
        "advance_references",
        "pt",
        "Tudo certo do nosso lado. Próximo passo: checagem de referências.",
        "advance",
        zone=SAO_PAULO,
        date=THU_BRT,
    ),
    verdict(
        "hold_reorganisation",
        "pt",
        "Gostámos dela, mas estamos a meio de uma reestruturação e só decidimos quando estiver "
        "concluída.",
        "hold",
        zone=LISBON,
        date=WED_LISBON,
    ),
    verdict(
        "reject_hedged",
        "pt",
        "hmm acho que nao. nao me convenceu",
        "reject",
        zone=SAO_PAULO,
        date=THU_BRT,
    ),
    called_off(
        "cancel_budget_frozen",
        "pt",
        "O orçamento foi congelado e o cliente cancelou a entrevista de amanhã. Ligo-te às 15h.",
        role="recruiter",
        zone=LISBON,
    ),
)
