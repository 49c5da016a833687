"""Phrasebook of client verdicts, recruiter instructions and declines of every option (issue 8).

About 65 short replies in each of English, French, German, Spanish and Portuguese, written from how
clients, recruiters and candidates write (never from the corpus or the other probes), labelled to
shared/EXTRACTION.md: a client's verdict after round 2 (reject, advance, hold, offer, and a few
questions and thanks that are no verdict), a recruiter's cancel, withdrawal or move of the
interview booked for Wednesday 2 December 14:00 ET, and a candidate turning down all three options.
A time frame named for the next round is not a window; feedback and cancel carry none.
"""

from __future__ import annotations

from tests.parsers.reading_probes import BOOKED, HELD, OPTIONS, P, Probe, Windows


def _verdict(lang: str, outcome: str, text: str) -> Probe:
    """A client's reply after the round: feedback with this outcome."""
    return P(
        "verdict",
        lang,
        text,
        "feedback",
        outcome=outcome,
        role="client",
        stage="completed",
        context=HELD,
    )


def _aside(lang: str, intent: str, text: str) -> Probe:
    """A client's reply after the round that gives no verdict (a question, a thank-you)."""
    return P("verdict", lang, text, intent, role="client", stage="completed", context=HELD)


def _relay(lang: str, intent: str, text: str, windows: Windows = ()) -> Probe:
    """A recruiter's instruction about the booked interview, or the candidate's news relayed."""
    return P(
        "relay", lang, text, intent, windows, role="recruiter", stage="scheduled", context=BOOKED
    )


def _pick(lang: str, intent: str, text: str, windows: Windows = ()) -> Probe:
    """A candidate's answer to the three options offered."""
    return P("pick", lang, text, intent, windows, stage="proposed", context=OPTIONS)


PHRASEBOOK_VERDICTS: tuple[Probe, ...] = (
    # English
    # -- client: reject
    _verdict("en", "reject", "Pass."),
    _verdict(
        "en",
        "reject",
        "Thanks for sending Daniel over. Unfortunately we've decided to go in "
        "another direction for this role.",
    ),
    _verdict(
        "en",
        "reject",
        "Nice guy and a good communicator, but not strong enough technically for "
        "what we need. We'll pass.",
    ),
    _verdict("en", "reject", "not a fit sorry"),
    _verdict(
        "en",
        "reject",
        "We have decided not to move forward with Olivia's application. Please "
        "pass on our thanks for her time.",
    ),
    _verdict(
        "en",
        "reject",
        "We went with the other candidate, she had more hands-on Kubernetes "
        "experience. Please let Tom know.",
    ),
    _verdict(
        "en",
        "reject",
        "Hi, after discussing internally we won't be progressing Marcus to the next stage.",
    ),
    _verdict("en", "reject", "nah not for us tbh 👎"),
    _verdict(
        "en",
        "reject",
        "Really enjoyed meeting Aisha and she's clearly very bright, but her "
        "expectations and seniority don't match the role. We'll have to decline.",
    ),
    _verdict("en", "reject", "Please close the process with Ben, we don't see it working."),
    _verdict(
        "en",
        "reject",
        "Thank you for the introduction. Following the interview, we regret that "
        "we will not be taking Ms. Patel's candidacy further.\n\n"
        "Kind regards,\nMargaret Lin\nHR Business Partner",
    ),
    _verdict("en", "reject", "He's not what we're looking for. Let's stop here."),
    _verdict("en", "reject", "Hard no from the panel on Jordan unfortunately."),
    _verdict(
        "en",
        "reject",
        "We've offered the role to someone else, so we won't be continuing with Emily.",
    ),
    _verdict(
        "en",
        "reject",
        "Liked her a lot personally but the gaps in system design were too big. It's a no from us.",
    ),
    # -- client: advance (a time frame for the next round is no window)
    _verdict("en", "advance", "Strong interview! Let's get her in to meet the wider team."),
    _verdict(
        "en",
        "advance",
        "Good stuff. Next step would be the case study, can you send it over to Raj? thnaks",
    ),
    _verdict(
        "en",
        "advance",
        "Not fully convinced, but let's see him with Priya for a technical deep-dive.",
    ),
    _verdict(
        "en",
        "advance",
        "We'd like to invite Chloe for an onsite with the engineering panel next week.",
    ),
    _verdict("en", "advance", "Yes. Book a final with our CEO please."),
    _verdict("en", "advance", "I'd like our head of product to meet him as well before we decide."),
    _verdict("en", "advance", "Let's move Sofia forward to the take-home test."),
    _verdict("en", "advance", "Promising. Second chat with me and Lukas, ideally early next week?"),
    _verdict("en", "advance", "Solid candidate, happy to progress him to round 3."),
    _verdict(
        "en", "advance", "She did well. Can we set up a pairing session with two of our devs?"
    ),
    _verdict(
        "en",
        "advance",
        "Mixed feelings tbh, but I wouldn't rule him out. Let's do the technical round and see.",
    ),
    _verdict("en", "advance", "👍 next round pls"),
    _verdict(
        "en",
        "advance",
        "Great conversation with Nadia. We'd like to proceed to the final "
        "interview with the board.",
    ),
    _verdict(
        "en", "advance", "Keen to see more. Could you arrange a 45-min coding exercise with Hannah?"
    ),
    _verdict(
        "en",
        "advance",
        "Following yesterday's interview we would like to invite Mr. Okafor to a "
        "second-stage interview at our London office.",
    ),
    # -- client: hold
    _verdict(
        "en",
        "hold",
        "He's our top choice but we're waiting on budget sign-off, could take two "
        "weeks. Please keep him warm.",
    ),
    _verdict("en", "hold", "Let's pause for now, headcount for Q1 isn't confirmed yet."),
    _verdict("en", "hold", "We'll decide after we've seen the other two candidates this week."),
    _verdict(
        "en",
        "hold",
        "Liked her. My manager is back from leave on the 14th and I want her input "
        "before we decide anything.",
    ),
    _verdict("en", "hold", "Undecided on Mark for now, we definately need a few more days."),
    _verdict(
        "en",
        "hold",
        "We need to hold off on a decision on Jess until the reorg settles, "
        "probably early January.",
    ),
    _verdict("en", "hold", "Still thinking about Omar. Will come back to you next week."),
    _verdict(
        "en",
        "hold",
        "Good interview but nothing decided yet, we have more candidates in the pipeline.",
    ),
    _verdict("en", "hold", "Can we park this one for a bit? Finance hasn't approved the role yet."),
    _verdict(
        "en",
        "hold",
        "We're interested, but we need to wait for the new VP to start before making a call.",
    ),
    # -- client: offer
    _verdict("en", "offer", "We want to make her an offer!"),
    _verdict("en", "offer", "Send the offer 🎉"),
    _verdict("en", "offer", "Approved, go ahead with the proposal for Daniel."),
    _verdict("en", "offer", "Loved him. Let's get an offer out this week."),
    _verdict(
        "en",
        "offer",
        "We'd like to extend an offer to Ms. García. I'll send the compensation "
        "details separately.",
    ),
    _verdict("en", "offer", "She's the one. Offer time."),
    _verdict(
        "en", "offer", "Go ahead and prepare the offer letter for Kevin, same package we discussed."
    ),
    _verdict("en", "offer", "We're ready to hire Lina, please let her know an offer is coming."),
    # -- client: no verdict
    _aside("en", "question", "Quick one: what's Sam's notice period?"),
    _aside("en", "question", "Do you know if she'd be open to relocating to Austin?"),
    _aside("en", "other", "Thanks for organising, much appreciated!"),
    # -- recruiter: cancel (a time of the recruiter's own is no window)
    _relay(
        "en",
        "cancel",
        "Please cancel Jake's interview tomorrow, the client has frozen the role. "
        "Don't offer him new times.",
    ),
    _relay(
        "en",
        "cancel",
        "Can you pull Wednesday's 2pm with Maria? I'll call her myself at 4 today to explain.",
    ),
    _relay(
        "en",
        "cancel",
        "Scrap the interview with Leo, the hiring manager wants to stop the "
        "search. No need to reschedule.",
    ),
    _relay(
        "en",
        "cancel",
        "Let's call off tomorrow's session with Rita please, the position has been "
        "filled internally.",
    ),
    # -- recruiter: the candidate withdrew
    _relay(
        "en",
        "withdraw",
        "FYI Ana has pulled out of the process, she accepted another offer. Please "
        "let the client know.",
    ),
    _relay(
        "en",
        "withdraw",
        "See below, Ravi is no longer interested.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Ravi Shah <ravi@mail.test>\n"
        "Date: Mon, 30 Nov 2026 18:12\nSubject: Interview\n\n"
        "Hi, I've decided to stay with my current employer, so I'd like to "
        "withdraw. Thanks for everything.",
    ),
    _relay(
        "en",
        "withdraw",
        "Heads up: Tom called me, he took a counteroffer and wants out. Please "
        "cancel his interview with them.",
    ),
    # -- recruiter: move the booked interview
    _relay(
        "en",
        "reschedule",
        "Can we move Sam's interview? The client has a conflict at 2 tomorrow. "
        "Will send new times.",
    ),
    _relay(
        "en",
        "reschedule",
        "Please push Nina's interview to Thursday afternoon instead.",
        ((3, "12:00", "17:00"),),
    ),
    _relay(
        "en",
        "reschedule",
        "Jamie can't make Wednesday anymore. She's free Thursday after 3 or Friday "
        "morning, can you rebook?",
        ((3, "15:00", "17:00"), (4, "09:00", "12:00")),
    ),
    # -- candidate: none of the options (new times make it availability)
    _pick(
        "en",
        "decline",
        "None of those work for me unfortunately. I'll get back to you with some other times.",
    ),
    _pick("en", "decline", "Sorry, I can't do any of these."),
    _pick(
        "en",
        "availability",
        "None of the three slots suit me, but I'm free Friday morning.",
        ((4, "09:00", "12:00"),),
    ),
    _pick(
        "en",
        "availability",
        "Unfortunately I can't make any of those times. Would Monday the 7th after 2pm work?",
        ((7, "14:00", "17:00"),),
    ),
    # French
    # -- client: reject
    _verdict(
        "fr", "reject", "Nous avons décidé de ne pas donner suite à la candidature de M. Durand."
    ),
    _verdict(
        "fr",
        "reject",
        "Bonjour, après réflexion nous ne retiendrons pas le profil de Camille. "
        "Merci pour votre accompagnement.",
    ),
    _verdict("fr", "reject", "Pas convaincu. On arrête là."),
    _verdict("fr", "reject", "Non."),
    _verdict(
        "fr",
        "reject",
        "Très bon contact, Julien est sympathique, mais il manque clairement "
        "d'expérience en management. Ce sera non pour nous.",
    ),
    _verdict(
        "fr",
        "reject",
        "Nous avons retenu un autre candidat dont le profil correspond davantage au poste.",
    ),
    _verdict(
        "fr",
        "reject",
        "Malheureusement le profil de Léa ne correspond pas à nos attentes, nous "
        "préférons arrêter le processus.",
    ),
    _verdict("fr", "reject", "Merci de clôturer le process avec Karim, ça ne collera pas."),
    _verdict(
        "fr",
        "reject",
        "Suite à l'entretien d'hier, nous sommes au regret de vous informer que "
        "nous ne poursuivrons pas avec Mme Bernard.\n\n"
        "Cordialement,\nIsabelle Morel\nResponsable RH",
    ),
    _verdict("fr", "reject", "bof, pas pour nous 😕"),
    _verdict("fr", "reject", "Le jury a été unanime : avis négatif pour Thomas."),
    _verdict("fr", "reject", "On ne va pas donner suite, le niveau technique était trop juste."),
    _verdict(
        "fr",
        "reject",
        "Nous avons finalement choisi une candidate interne, nous ne poursuivrons "
        "donc pas avec Sophie.",
    ),
    _verdict("fr", "reject", "Candidature non retenue, merci de le prévenir."),
    _verdict(
        "fr",
        "reject",
        "Il a de vraies qualités mais ce n'est pas le profil qu'il nous faut. Nous déclinons.",
    ),
    # -- client: advance (a time frame for the next round is no window)
    _verdict("fr", "advance", "Tres bon entretien ! On aimerait qu'elle rencontre l'equipe."),
    _verdict(
        "fr", "advance", "On passe à l'étape suivante avec Antoine : cas pratique à préparer."
    ),
    _verdict(
        "fr",
        "advance",
        "Pas totalement convaincue, mais voyons-le avec Paul pour un entretien technique.",
    ),
    _verdict(
        "fr",
        "advance",
        "Nous souhaitons convier Mme Leroy à un second entretien avec notre "
        "directeur général la semaine prochaine.",
    ),
    _verdict("fr", "advance", "OK pour un deuxième tour."),
    _verdict("fr", "advance", "J'aimerais que notre CTO la voie avant de décider."),
    _verdict("fr", "advance", "Profil intéressant. Organisons un test technique."),
    _verdict("fr", "advance", "Go pour le tour suivant 👍"),
    _verdict(
        "fr",
        "advance",
        "Elle a fait bonne impression, on peut la faire venir dans nos locaux pour "
        "rencontrer le panel ?",
    ),
    _verdict(
        "fr", "advance", "Bon échange avec Hugo. Prochaine étape : un entretien final avec le DG."
    ),
    _verdict(
        "fr",
        "advance",
        "J'ai un doute sur son anglais, mais je ne veux pas l'écarter. Prévoyons "
        "un échange avec Sarah, notre responsable UK.",
    ),
    _verdict("fr", "advance", "On continue avec Inès, prochain rdv avec les associés."),
    _verdict(
        "fr", "advance", "Nous validons le passage de M. Martin à l'étape suivante du processus."
    ),
    _verdict(
        "fr",
        "advance",
        "Sympa et solide. Un petit exercice de mise en situation avec l'équipe produit ?",
    ),
    _verdict(
        "fr",
        "advance",
        "Avis favorable pour la suite. Je propose un entretien avec Claire, la "
        "manager, début de semaine prochaine.",
    ),
    # -- client: hold
    _verdict(
        "fr",
        "hold",
        "C'est notre favorite mais on attend la validation du budget, ça peut "
        "prendre deux semaines.",
    ),
    _verdict(
        "fr",
        "hold",
        "On met en pause pour le moment, le poste n'est pas encore validé par la direction.",
    ),
    _verdict("fr", "hold", "Nous déciderons après avoir vu les deux autres candidats."),
    _verdict("fr", "hold", "Gardez-le au chaud, on revient vers vous d'ici quinze jours."),
    _verdict(
        "fr", "hold", "Ma manager est en congés jusqu'au 14, j'attends son avis avant de trancher."
    ),
    _verdict("fr", "hold", "Pas encore de décision pour Nicolas, laissez-nous quelques jours."),
    _verdict(
        "fr",
        "hold",
        "Intéressant, mais nous devons d'abord finaliser notre budget 2027. Je reviens vers vous.",
    ),
    _verdict(
        "fr",
        "hold",
        "On hésite encore entre elle et un autre profil. Réponse la semaine prochaine.",
    ),
    _verdict(
        "fr",
        "hold",
        "Le recrutement est suspendu le temps de la réorganisation, mais on ne "
        "ferme pas la porte à Lucas.",
    ),
    _verdict(
        "fr",
        "hold",
        "Bonne impression globale, mais nous attendons encore quelques entretiens "
        "avant de nous prononcer.",
    ),
    # -- client: offer
    _verdict("fr", "offer", "On lui fait une proposition !"),
    _verdict("fr", "offer", "Nous souhaitons faire une offre à Mme Roux."),
    _verdict("fr", "offer", "Validé, vous pouvez lancer la proposition."),
    _verdict("fr", "offer", "Top, on la prend. Envoyez-lui l'offre."),
    _verdict(
        "fr", "offer", "Feu vert de la direction : préparez la promesse d'embauche pour Mathieu."
    ),
    _verdict("fr", "offer", "Nous sommes prêts à embaucher Élodie, je vous transmets le package."),
    _verdict("fr", "offer", "Banco pour une offre 🎉"),
    _verdict("fr", "offer", "C'est lui qu'il nous faut. Faisons-lui une offre rapidement."),
    # -- client: no verdict
    _aside("fr", "question", "Petite question : quel est son préavis ?"),
    _aside(
        "fr",
        "question",
        "Savez-vous si elle serait ouverte à venir au bureau trois jours par semaine ?",
    ),
    _aside("fr", "other", "Merci pour l'organisation !"),
    # -- recruiter: cancel (a time of the recruiter's own is no window)
    _relay(
        "fr",
        "cancel",
        "Merci d'annuler l'entretien de demain avec Manon, le poste est gelé. Ne "
        "proposez pas d'autres créneaux.",
    ),
    _relay(
        "fr",
        "cancel",
        "Peux-tu annuler le rdv de mercredi 14h avec Lucas ? Je l'appelle à 17h "
        "pour lui expliquer.",
    ),
    _relay(
        "fr",
        "cancel",
        "On annule l'entretien avec Chloé, le client a recruté en interne. Inutile "
        "de reprogrammer.",
    ),
    _relay(
        "fr",
        "cancel",
        "Annulation de l'entretien de mercredi avec M. Petit : le client arrête le recrutement.",
    ),
    # -- recruiter: the candidate withdrew
    _relay(
        "fr",
        "withdraw",
        "Pour info, Ana s'est retirée du processus, elle a accepté une autre offre.",
    ),
    _relay(
        "fr",
        "withdraw",
        "Voir ci-dessous, Yanis n'est plus intéressé.\n\n"
        "---------- Message transféré ---------\n"
        "De : Yanis Benali <yanis@mail.test>\n"
        "Date : lun. 30 nov. 2026 18:12\n"
        "Objet : Entretien\n\n"
        "Bonjour, après réflexion je préfère retirer ma candidature. Merci pour "
        "tout.",
    ),
    _relay(
        "fr",
        "withdraw",
        "Clara m'a appelé : elle a signé ailleurs et se désiste. Merci d'annuler son entretien.",
    ),
    # -- recruiter: move the booked interview
    _relay(
        "fr",
        "reschedule",
        "Pouvez-vous décaler l'entretien de Julie ? Le client a un empêchement "
        "demain. Je reviens vers vous avec des dispos.",
    ),
    _relay(
        "fr",
        "reschedule",
        "Merci de déplacer l'entretien de Marc à jeudi après-midi.",
        ((3, "12:00", "17:00"),),
    ),
    _relay(
        "fr",
        "reschedule",
        "Sarah ne peut plus mercredi, elle est dispo vendredi matin ou jeudi à partir de 15h.",
        ((3, "15:00", "17:00"), (4, "09:00", "12:00")),
    ),
    # -- candidate: none of the options (new times make it availability)
    _pick("fr", "decline", "Aucun de ces créneaux ne me convient, désolée. Je reviens vers vous."),
    _pick("fr", "decline", "Malheureusement je ne suis disponible sur aucune de ces dates."),
    _pick(
        "fr",
        "availability",
        "Aucun créneau ne me va, mais je suis libre vendredi toute la journée.",
        ((4, "09:00", "17:00"),),
    ),
    _pick(
        "fr",
        "availability",
        "Aucun des trois ne fonctionne pour moi. Lundi 7 après 14h, ce serait possible ?",
        ((7, "14:00", "17:00"),),
    ),
    # German
    # -- client: reject
    _verdict("de", "reject", "Wir haben uns gegen Herrn Weber entschieden."),
    _verdict(
        "de",
        "reject",
        "Leider müssen wir Ihnen mitteilen, dass wir die Bewerbung von Frau Schulz "
        "nicht weiter berücksichtigen können.",
    ),
    _verdict("de", "reject", "Passt nicht. Danke trotzdem."),
    _verdict("de", "reject", "Nein."),
    _verdict(
        "de",
        "reject",
        "Sehr sympathisch und kommunikativ, aber fachlich reicht es nicht. Absage bitte.",
    ),
    _verdict("de", "reject", "Wir haben uns für einen anderen Kandidaten entschieden."),
    _verdict("de", "reject", "Bitte den Prozess mit Jonas beenden, das wird nichts."),
    _verdict("de", "reject", "Nach interner Abstimmung werden wir mit Lena nicht weitermachen."),
    _verdict("de", "reject", "Leider kein Match 😕"),
    _verdict("de", "reject", "Das Panel war sich einig: kein Weiterkommen für Tim."),
    _verdict("de", "reject", "Danke für den Kandidaten. Für uns ist das leider eine Absage."),
    _verdict(
        "de",
        "reject",
        "Nach reiflicher Überlegung haben wir entschieden, den Bewerbungsprozess "
        "mit Herrn Krüger nicht fortzusetzen.\n\n"
        "Mit freundlichen Grüßen\nPetra Vogel\n"
        "HR Business Partnerin",
    ),
    _verdict(
        "de",
        "reject",
        "Wir haben die Stelle intern besetzt und verfolgen die Kandidatur von Frau "
        "Braun daher nicht weiter.",
    ),
    _verdict(
        "de",
        "reject",
        "Gute Ansätze, aber für die Seniorität der Rolle zu wenig Erfahrung. Wir sagen ab.",
    ),
    _verdict("de", "reject", "Bitte Sarah freundlich absagen."),
    # -- client: advance (a time frame for the next round is no window)
    _verdict("de", "advance", "Starkes Gespräch! Wir möchten sie gerne dem Team vorstellen."),
    _verdict(
        "de", "advance", "Nächster Schritt: Fallstudie. Können Sie die Unterlagen an Max schicken?"
    ),
    _verdict(
        "de",
        "advance",
        "Nicht ganz überzeugt, aber lassen Sie uns ihn noch mit Katrin im "
        "technischen Interview sehen.",
    ),
    _verdict(
        "de",
        "advance",
        "Wir würden Frau Hoffmann gerne nächste Woche zu einem Vor-Ort-Termin mit "
        "der Geschäftsführung einladen.",
    ),
    _verdict("de", "advance", "Ja, zweite Runde bitte."),
    _verdict(
        "de",
        "advance",
        "Ich möchte, dass unser Teamleiter ihn auch noch kennenlernt, bevor wir entscheiden.",
    ),
    _verdict("de", "advance", "Gerne weiter mit dem Coding-Test."),
    _verdict("de", "advance", "👍 weiter"),
    _verdict(
        "de", "advance", "Hat uns gut gefallen. Können wir ein Gespräch mit dem CEO organisieren?"
    ),
    _verdict(
        "de",
        "advance",
        "Bei der Gehaltsvorstellung bin ich unsicher, aber fachlich top. Bitte ein "
        "zweites Gespräch mit Jan ansetzen.",
    ),
    _verdict("de", "advance", "Wir laden Herrn Yilmaz gerne zur finalen Runde ein."),
    _verdict(
        "de", "advance", "Interessantes Profil. Als Nächstes ein Panel-Interview mit drei Kollegen."
    ),
    _verdict(
        "de",
        "advance",
        "Lass uns mit Mia in die naechste Runde gehen, am besten Anfang naechster Woche.",
    ),
    _verdict(
        "de", "advance", "Positiv. Bitte einen Probearbeitstag mit dem Entwicklerteam vereinbaren."
    ),
    _verdict(
        "de",
        "advance",
        "Wir möchten gerne einen weiteren Termin mit Frau Keller, diesmal mit "
        "unserer Personalleiterin.",
    ),
    # -- client: hold
    _verdict(
        "de",
        "hold",
        "Unser Favorit, aber wir warten noch auf die Budgetfreigabe, das kann zwei Wochen dauern.",
    ),
    _verdict("de", "hold", "Wir pausieren erstmal, die Stelle ist noch nicht final genehmigt."),
    _verdict("de", "hold", "Wir entscheiden, nachdem wir die anderen Kandidaten gesehen haben."),
    _verdict("de", "hold", "Bitte warmhalten, wir melden uns."),
    _verdict(
        "de",
        "hold",
        "Meine Chefin ist bis zum 14. im Urlaub, ohne sie möchte ich nicht entscheiden.",
    ),
    _verdict("de", "hold", "Noch keine Entscheidung zu Paul, geben Sie uns ein paar Tage."),
    _verdict(
        "de",
        "hold",
        "Grundsätzlich interessant, aber der Headcount für 2027 ist noch offen. Ich melde mich.",
    ),
    _verdict("de", "hold", "Wir schwanken noch zwischen ihr und einer anderen Kandidatin."),
    _verdict(
        "de",
        "hold",
        "Bitte noch etwas Geduld, wir haben diese Woche noch zwei Interviews und "
        "entscheiden danach.",
    ),
    _verdict(
        "de",
        "hold",
        "Die Stelle liegt wegen der Umstrukturierung kurz auf Eis, Herr Wolf "
        "bleibt aber im Rennen.",
    ),
    # -- client: offer
    _verdict("de", "offer", "Wir möchten ihm ein Angebot machen."),
    _verdict("de", "offer", "Bitte das Angebot an Frau Lange rausschicken."),
    _verdict("de", "offer", "Freigegeben, gehen Sie mit dem Vertragsangebot raus."),
    _verdict("de", "offer", "Super, die nehmen wir! Angebot bitte."),
    _verdict("de", "offer", "Wir würden Herrn Becker gerne ein Vertragsangebot unterbreiten."),
    _verdict("de", "offer", "Go für das Angebot 🎉"),
    _verdict("de", "offer", "Die Geschäftsführung hat zugestimmt, wir machen Anna ein Angebot."),
    _verdict(
        "de", "offer", "Er ist unser Mann. Bitte Vertrag vorbereiten, Konditionen wie besprochen."
    ),
    # -- client: no verdict
    _aside("de", "question", "Kurze Frage: Wie lang ist seine Kündigungsfrist?"),
    _aside(
        "de",
        "question",
        "Wäre sie auch bereit, zwei Tage die Woche ins Büro nach München zu kommen?",
    ),
    _aside("de", "other", "Danke für die Organisation!"),
    # -- recruiter: cancel (a time of the recruiter's own is no window)
    _relay(
        "de",
        "cancel",
        "Bitte das Interview morgen mit Lukas absagen, die Stelle ist eingefroren. "
        "Keine neuen Termine anbieten.",
    ),
    _relay(
        "de",
        "cancel",
        "Kannst du den Termin am Mittwoch um 14 Uhr mit Sophie streichen? Ich rufe "
        "sie heute um 16 Uhr an.",
    ),
    _relay(
        "de",
        "cancel",
        "Interview mit Herrn Schmitz bitte absagen, der Kunde hat intern besetzt. "
        "Kein neuer Termin nötig.",
    ),
    _relay("de", "cancel", "Wir sagen das Gespräch mit Emma ab, der Kunde stoppt die Suche."),
    # -- recruiter: the candidate withdrew
    _relay(
        "de",
        "withdraw",
        "Zur Info: Anna hat sich aus dem Prozess zurückgezogen, sie hat ein "
        "anderes Angebot angenommen.",
    ),
    _relay(
        "de",
        "withdraw",
        "Siehe unten, Felix hat kein Interesse mehr.\n\n"
        "---------- Weitergeleitete Nachricht ---------\n"
        "Von: Felix Maier <felix@mail.test>\n"
        "Datum: Mo., 30. Nov. 2026 18:12\n"
        "Betreff: Interview\n\n"
        "Hallo, ich ziehe meine Bewerbung zurück. Danke für alles.",
    ),
    _relay(
        "de",
        "withdraw",
        "Moritz hat mich angerufen: er bleibt bei seinem Arbeitgeber und steigt "
        "aus. Bitte sein Interview absagen.",
    ),
    # -- recruiter: move the booked interview
    _relay(
        "de",
        "reschedule",
        "Können wir das Interview mit Julia verschieben? Der Kunde hat morgen um "
        "14 Uhr einen Konflikt. Neue Zeiten folgen.",
    ),
    _relay(
        "de",
        "reschedule",
        "Bitte das Gespräch mit Tobias auf Donnerstagnachmittag verlegen.",
        ((3, "12:00", "17:00"),),
    ),
    _relay(
        "de",
        "reschedule",
        "Lea kann am Mittwoch doch nicht, sie hätte Freitagvormittag oder "
        "Donnerstag ab 15 Uhr Zeit.",
        ((3, "15:00", "17:00"), (4, "09:00", "12:00")),
    ),
    # -- candidate: none of the options (new times make it availability)
    _pick(
        "de", "decline", "Keine der Optionen passt mir leider. Ich melde mich mit anderen Zeiten."
    ),
    _pick("de", "decline", "Leider kann ich zu keinem der Termine."),
    _pick(
        "de",
        "availability",
        "Keiner der drei Termine klappt, aber Freitagvormittag hätte ich Zeit.",
        ((4, "09:00", "12:00"),),
    ),
    _pick(
        "de",
        "availability",
        "Die Termine passen alle nicht. Ginge Montag, der 7., zwischen 10 und 12 Uhr?",
        ((7, "10:00", "12:00"),),
    ),
    # Spanish
    # -- client: reject
    _verdict("es", "reject", "Hemos decidido no continuar con la candidatura de Javier."),
    _verdict(
        "es",
        "reject",
        "Muchas gracias por presentarnos a Lucía. Lamentablemente no continuaremos "
        "con su candidatura.",
    ),
    _verdict("es", "reject", "No encaja. Gracias."),
    _verdict("es", "reject", "No."),
    _verdict(
        "es",
        "reject",
        "Muy buena actitud y simpático, pero le falta experiencia con equipos grandes. Descartado.",
    ),
    _verdict("es", "reject", "Nos hemos decantado por otro candidato."),
    _verdict("es", "reject", "Por favor cerrad el proceso con Álvaro, no lo vemos."),
    _verdict("es", "reject", "Tras valorarlo internamente, no vamos a seguir adelante con Marta."),
    _verdict("es", "reject", "nop, no es lo que buscamos 👎"),
    _verdict("es", "reject", "El comité lo tiene claro: no avanzamos con Diego."),
    _verdict(
        "es",
        "reject",
        "Le agradecemos su gestión. Tras la entrevista, lamentamos comunicarle que "
        "hemos decidido no seguir con el proceso de la Sra. Ruiz.\n\n"
        "Un saludo,\nMercedes Prieto\nRR. HH.",
    ),
    _verdict("es", "reject", "Nivel técnico insuficiente, lo dejamos aquí."),
    _verdict(
        "es",
        "reject",
        "Hemos cubierto la vacante con una candidata interna, así que no seguiremos con Pablo.",
    ),
    _verdict("es", "reject", "Buen perfil pero no para este puesto. Desestimamos."),
    _verdict(
        "es",
        "reject",
        "Me cayó genial, de verdad, pero no cumple con lo que necesitamos. Es un no.",
    ),
    # -- client: advance (a time frame for the next round is no window)
    _verdict("es", "advance", "¡Muy buena entrevista! Queremos que conozca al equipo."),
    _verdict("es", "advance", "Siguiente paso: el caso práctico. ¿Se lo puedes enviar a Sergio?"),
    _verdict(
        "es",
        "advance",
        "No me terminó de convencer, pero veámosla con Andrés en una entrevista técnica.",
    ),
    _verdict(
        "es",
        "advance",
        "Nos gustaría invitar a la Sra. Torres a una segunda entrevista presencial "
        "con el director la próxima semana.",
    ),
    _verdict("es", "advance", "si, pasa a segunda ronda"),
    _verdict(
        "es", "advance", "Me gustaría que nuestra jefa de equipo la conociera antes de decidir."
    ),
    _verdict("es", "advance", "Adelante con la prueba técnica."),
    _verdict("es", "advance", "👍 siguiente fase"),
    _verdict("es", "advance", "Nos ha gustado mucho. ¿Podemos organizar una reunión con el CEO?"),
    _verdict(
        "es",
        "advance",
        "Tengo dudas con su inglés, pero no lo descartaría. Hagamos una ronda técnica.",
    ),
    _verdict("es", "advance", "Avanzamos con Carmen a la entrevista final."),
    _verdict(
        "es", "advance", "Buen perfil. Lo siguiente sería un panel con tres personas del equipo."
    ),
    _verdict(
        "es",
        "advance",
        "Pasemos a Raúl a la siguiente etapa, idealmente a principios de la semana que viene.",
    ),
    _verdict(
        "es",
        "advance",
        "Positivo. Por favor coordina una sesión de pair programming con dos desarrolladores.",
    ),
    _verdict("es", "advance", "Queremos volver a verla, esta vez con la directora de RR. HH."),
    # -- client: hold
    _verdict(
        "es",
        "hold",
        "Es nuestra favorita, pero estamos esperando la aprobación del "
        "presupuesto; puede tardar dos semanas.",
    ),
    _verdict("es", "hold", "Vamos a pausarlo por ahora, la posición aún no está aprobada."),
    _verdict("es", "hold", "Decidiremos después de ver a los otros candidatos."),
    _verdict(
        "es", "hold", "No lo sueltes, pero de momento no decidimos nada. Te decimos algo pronto."
    ),
    _verdict(
        "es",
        "hold",
        "Mi responsable está de baja hasta el día 14 y quiero su opinión antes de decidir.",
    ),
    _verdict("es", "hold", "Todavía no tenemos decisión sobre Hugo, danos unos días."),
    _verdict(
        "es",
        "hold",
        "Interesante, pero dependemos de que se apruebe la plantilla de 2027. Te aviso.",
    ),
    _verdict(
        "es", "hold", "Estamos dudando entre ella y otro perfil. Te respondo la semana que viene."
    ),
    _verdict("es", "hold", "Dejémoslo en stand-by hasta que se cierre la reorganización."),
    _verdict(
        "es", "hold", "Buena impresión, pero nos quedan varias entrevistas antes de pronunciarnos."
    ),
    # -- client: offer
    _verdict("es", "offer", "¡Queremos hacerle una oferta!"),
    _verdict("es", "offer", "Envíale la oferta a Laura, por favor."),
    _verdict("es", "offer", "Aprobado, adelante con la propuesta."),
    _verdict("es", "offer", "Nos lo quedamos. Prepara la oferta 🎉"),
    _verdict("es", "offer", "Nos gustaría presentar una oferta formal al Sr. Moreno."),
    _verdict("es", "offer", "Luz verde de dirección: oferta para Elena."),
    _verdict("es", "offer", "Es justo lo que buscábamos, hagámosle una propuesta cuanto antes."),
    _verdict("es", "offer", "Vamos con oferta para Nico, mismas condiciones que hablamos."),
    # -- client: no verdict
    _aside("es", "question", "Una pregunta: ¿cuál es su periodo de preaviso?"),
    _aside("es", "question", "¿Sabes si estaría dispuesta a mudarse a Barcelona?"),
    _aside("es", "other", "¡Gracias por organizarlo!"),
    # -- recruiter: cancel (a time of the recruiter's own is no window)
    _relay(
        "es",
        "cancel",
        "Por favor, cancela la entrevista de mañana con Irene, el puesto está "
        "congelado. No le ofrezcas nuevas fechas.",
    ),
    _relay(
        "es",
        "cancel",
        "¿Puedes cancelar la del miércoles a las 14:00 con Pedro? Le llamo yo a "
        "las 17:00 para explicárselo.",
    ),
    _relay(
        "es",
        "cancel",
        "Anulamos la entrevista con Sara, el cliente lo ha cubierto internamente. "
        "No hace falta reprogramar.",
    ),
    _relay(
        "es",
        "cancel",
        "Hay que cancelar la entrevista del miércoles con el Sr. Gil: el cliente para el proceso.",
    ),
    # -- recruiter: the candidate withdrew
    _relay("es", "withdraw", "Para tu info: Ana se ha retirado del proceso, aceptó otra oferta."),
    _relay(
        "es",
        "withdraw",
        "Mira abajo, Bruno ya no está interesado.\n\n"
        "---------- Mensaje reenviado ---------\n"
        "De: Bruno López <bruno@mail.test>\n"
        "Fecha: lun, 30 nov 2026 18:12\nAsunto: Entrevista\n\n"
        "Hola, he decidido retirar mi candidatura. Gracias por todo.",
    ),
    _relay(
        "es",
        "withdraw",
        "Me llamó Clara: se queda en su empresa y deja el proceso. Cancela su "
        "entrevista, por favor.",
    ),
    # -- recruiter: move the booked interview
    _relay(
        "es",
        "reschedule",
        "¿Podemos mover la entrevista de Marina? El cliente tiene un conflicto "
        "mañana a las 14:00. Te paso nuevas horas.",
    ),
    _relay(
        "es",
        "reschedule",
        "Por favor, pasa la entrevista de Óscar al jueves por la tarde.",
        ((3, "12:00", "17:00"),),
    ),
    _relay(
        "es",
        "reschedule",
        "Alba ya no puede el miércoles; le viene bien el viernes por la mañana o "
        "el jueves a partir de las 15:00.",
        ((3, "15:00", "17:00"), (4, "09:00", "12:00")),
    ),
    # -- candidate: none of the options (new times make it availability)
    _pick(
        "es", "decline", "Ninguno me va bien, lo siento. Te digo otras opciones en cuanto pueda."
    ),
    _pick("es", "decline", "Lamentablemente no puedo en ninguno de esos horarios."),
    _pick(
        "es",
        "availability",
        "Ninguna de las tres opciones me encaja, pero la semana que viene puedo cualquier tarde.",
        (
            (7, "12:00", "17:00"),
            (8, "12:00", "17:00"),
            (9, "12:00", "17:00"),
            (10, "12:00", "17:00"),
            (11, "12:00", "17:00"),
        ),
    ),
    _pick(
        "es",
        "availability",
        "No me va ninguno. ¿Podría ser el jueves por la tarde?",
        ((3, "12:00", "17:00"),),
    ),
    # Portuguese
    # -- client: reject
    _verdict("pt", "reject", "Decidimos não seguir com a candidatura do Rafael."),
    _verdict(
        "pt",
        "reject",
        "Obrigado por nos apresentar a Juliana. Infelizmente não vamos seguir com o processo dela.",
    ),
    _verdict("pt", "reject", "Não é o perfil. Valeu."),
    _verdict("pt", "reject", "Não."),
    _verdict(
        "pt",
        "reject",
        "Gostamos muito da postura dele, super comunicativo, mas tecnicamente "
        "ficou aquém. Vamos recusar.",
    ),
    _verdict("pt", "reject", "Optamos por outro candidato."),
    _verdict("pt", "reject", "Pode encerrar o processo com o Thiago, não vai dar."),
    _verdict("pt", "reject", "Depois de alinhar internamente, não vamos avançar com a Beatriz."),
    _verdict("pt", "reject", "nao rolou 👎"),
    _verdict("pt", "reject", "O painel foi unânime: não seguimos com o Gustavo."),
    _verdict(
        "pt",
        "reject",
        "Agradecemos a indicação. Após a entrevista, lamentamos informar que não "
        "daremos continuidade ao processo da Sra. Almeida.\n\n"
        "Atenciosamente,\nRegina Alves\nGerente de RH",
    ),
    _verdict("pt", "reject", "Nível técnico insuficiente, vamos parar por aqui."),
    _verdict(
        "pt", "reject", "A vaga foi preenchida internamente, então não vamos seguir com o Pedro."
    ),
    _verdict("pt", "reject", "Bom perfil, mas não para esta posição. Reprovado."),
    _verdict(
        "pt",
        "reject",
        "Adorei conversar com ela, sério, mas não atende ao que precisamos. É um não.",
    ),
    # -- client: advance (a time frame for the next round is no window)
    _verdict("pt", "advance", "Entrevista excelente! Queremos que ela conheça o time."),
    _verdict("pt", "advance", "Próximo passo: o case. Pode enviar para o Felipe?"),
    _verdict(
        "pt",
        "advance",
        "Não fiquei totalmente convencido, mas vamos vê-lo com a Renata numa entrevista técnica.",
    ),
    _verdict(
        "pt",
        "advance",
        "Gostaríamos de convidar a Sra. Costa para uma entrevista presencial com a "
        "diretoria na próxima semana.",
    ),
    _verdict("pt", "advance", "Sim, segue para a segunda fase."),
    _verdict(
        "pt", "advance", "Queria que o nosso tech lead conversasse com ela antes de decidirmos."
    ),
    _verdict("pt", "advance", "Pode seguir com o teste técnico."),
    _verdict("pt", "advance", "👍 próxima etapa"),
    _verdict("pt", "advance", "Gostamos bastante. Dá para marcar uma conversa com o CEO?"),
    _verdict(
        "pt",
        "advance",
        "Fiquei com dúvida no inglês, mas não descartaria. Vamos fazer uma rodada técnica.",
    ),
    _verdict("pt", "advance", "Seguimos com a Camila para a entrevista final."),
    _verdict(
        "pt", "advance", "Bom perfil. O próximo passo seria um painel com três pessoas do time."
    ),
    _verdict(
        "pt",
        "advance",
        "Vamos avançar o Lucas para a próxima fase, de preferência no início da semana que vem.",
    ),
    _verdict(
        "pt",
        "advance",
        "Aprovado para a próxima etapa. Por favor, agende um pair programming com dois devs.",
    ),
    _verdict("pt", "advance", "Queremos ver a Marina de novo, desta vez com a gerente de RH."),
    # -- client: hold
    _verdict(
        "pt",
        "hold",
        "É a nossa favorita, mas estamos aguardando a aprovação do orçamento; pode "
        "levar duas semanas.",
    ),
    _verdict("pt", "hold", "Vamos pausar por enquanto, a vaga ainda não foi aprovada."),
    _verdict("pt", "hold", "Vamos decidir depois de ver os outros candidatos."),
    _verdict("pt", "hold", "Segura ele aí, a gente dá um retorno em breve."),
    _verdict(
        "pt",
        "hold",
        "Minha gestora está de licença até o dia 14 e quero a opinião dela antes de decidir.",
    ),
    _verdict("pt", "hold", "Ainda sem decisão sobre o André, nos dê alguns dias."),
    _verdict(
        "pt", "hold", "Interessante, mas depende da aprovação do headcount de 2027. Te aviso."
    ),
    _verdict(
        "pt", "hold", "Estamos em dúvida entre ela e outra candidata. Respondo semana que vem."
    ),
    _verdict("pt", "hold", "Vamos deixar em stand-by até fechar a reestruturação."),
    _verdict(
        "pt", "hold", "Boa impressão, mas ainda temos algumas entrevistas antes de bater o martelo."
    ),
    # -- client: offer
    _verdict("pt", "offer", "Aprovadíssima! Vamos fazer uma proposta."),
    _verdict("pt", "offer", "Pode mandar a proposta para a Fernanda."),
    _verdict("pt", "offer", "Aprovado, pode seguir com a proposta."),
    _verdict("pt", "offer", "Fechamos com ele. Prepara a oferta 🎉"),
    _verdict("pt", "offer", "Gostaríamos de apresentar uma proposta formal ao Sr. Ribeiro."),
    _verdict("pt", "offer", "Sinal verde da diretoria: proposta para a Carolina."),
    _verdict(
        "pt", "offer", "É exatamente o que buscávamos, vamos fazer uma oferta o quanto antes."
    ),
    _verdict("pt", "offer", "Manda a carta-oferta pro Diego, nas condições que combinamos."),
    # -- client: no verdict
    _aside("pt", "question", "Uma dúvida: qual é o aviso prévio dele?"),
    _aside(
        "pt",
        "question",
        "Sabe se ela toparia trabalhar presencialmente em São Paulo três vezes por semana?",
    ),
    _aside("pt", "other", "Obrigada pela organização!"),
    # -- recruiter: cancel (a time of the recruiter's own is no window)
    _relay(
        "pt",
        "cancel",
        "Por favor, cancela a entrevista de amanhã com a Luana, a vaga foi "
        "congelada. Não ofereça novos horários.",
    ),
    _relay(
        "pt",
        "cancel",
        "Consegue desmarcar a de quarta às 14h com o Caio? Eu ligo para ele às 17h para explicar.",
    ),
    _relay(
        "pt",
        "cancel",
        "Vamos cancelar a entrevista com a Sofia, o cliente preencheu a vaga "
        "internamente. Não precisa remarcar.",
    ),
    _relay(
        "pt",
        "cancel",
        "Precisamos desmarcar a entrevista de quarta com o Sr. Lima: o cliente encerrou a busca.",
    ),
    # -- recruiter: the candidate withdrew
    _relay(
        "pt", "withdraw", "Para sua informação: a Ana desistiu do processo, aceitou outra proposta."
    ),
    _relay(
        "pt",
        "withdraw",
        "Veja abaixo, o Bruno não tem mais interesse.\n\n"
        "---------- Mensagem encaminhada ---------\n"
        "De: Bruno Souza <bruno@mail.test>\n"
        "Data: seg., 30 de nov. de 2026 18:12\n"
        "Assunto: Entrevista\n\n"
        "Olá, decidi retirar minha candidatura. Obrigado por tudo.",
    ),
    _relay(
        "pt",
        "withdraw",
        "A Clara me ligou: vai ficar na empresa atual e saiu do processo. Cancela "
        "a entrevista dela, por favor.",
    ),
    # -- recruiter: move the booked interview
    _relay(
        "pt",
        "reschedule",
        "Dá para remarcar a entrevista da Larissa? O cliente teve um imprevisto "
        "amanhã às 14h. Te mando novos horários.",
    ),
    _relay(
        "pt",
        "reschedule",
        "Por favor, passa a entrevista do Otávio para quinta à tarde.",
        ((3, "12:00", "17:00"),),
    ),
    _relay(
        "pt",
        "reschedule",
        "A Bia não pode mais na quarta; ela pode sexta de manhã ou quinta a partir das 15h.",
        ((3, "15:00", "17:00"), (4, "09:00", "12:00")),
    ),
    # -- candidate: none of the options (new times make it availability)
    _pick(
        "pt", "decline", "Nenhum dos horários funciona para mim, desculpe. Volto com outras opções."
    ),
    _pick("pt", "decline", "Infelizmente não consigo em nenhum desses horários."),
    _pick(
        "pt",
        "availability",
        "Nenhuma das três opções dá, mas estou livre sexta de manhã.",
        ((4, "09:00", "12:00"),),
    ),
    _pick(
        "pt",
        "availability",
        "Não consigo em nenhum. Poderia ser segunda que vem, de manhã?",
        ((7, "09:00", "12:00"),),
    ),
)
