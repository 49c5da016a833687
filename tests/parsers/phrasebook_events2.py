"""Short replies that tell an event or a choice rather than free time, labelled by EXTRACTION.md.

Written from the kinds' descriptions and EXTRACTION.md alone, by someone who never read the
engine, the other phrasebooks or the corpus. It holds, in EN, FR, DE, ES and PT about equally:
cancels told as what happened (role filled, someone hired, budget frozen, search closed, project
stopped, client pulled the job) against moves to other times; recruiters' cancel instructions
that name a phone-call time which is no window; withdrawals in the first person, relayed, and
forwarded with the decisive words inside the forward; assistants and clients confirming the
booked time; picks among the proposed options restated in the sender's zone, by description
and by position; and refusals of every option. `kind` names the construct each probe tests.
"""

from __future__ import annotations

from typing import Any

from tests.parsers.reading_probes import (
    BOOKED,
    ET,
    NEXT_WEEK_OPTIONS,
    OPTIONS,
    Probe,
    Windows,
)

P = Probe
PARIS = "Europe/Paris"
BERLIN = "Europe/Berlin"
MADRID = "Europe/Madrid"
LISBON = "Europe/Lisbon"
LONDON = "Europe/London"
SAO_PAULO = "America/Sao_Paulo"
# Every probe is sent on Tue 1 Dec 2026 10:00 ET (the reference DATE); the booked interview is
# Wed 2 Dec 14:00 ET, i.e. 20:00 in Paris, Berlin and Madrid, 19:00 in Lisbon, 16:00 in Sao Paulo.
FORWARD_EN = "---------- Forwarded message ---------\n"
FORWARD_FR = "-------- Message transféré --------\n"
FORWARD_DE = "---------- Weitergeleitete Nachricht ---------\n"
FORWARD_ES = "---------- Mensaje reenviado ---------\n"
FORWARD_PT = "---------- Mensagem encaminhada ---------\n"


def booked(
    kind: str,
    lang: str,
    text: str,
    intent: str,
    windows: Windows = (),
    role: str = "client",
    zone: str = ET,
) -> Probe:
    """A reply about the interview booked for Wednesday 2 December, 14:00 ET."""
    return P(
        kind, lang, text, intent, windows, role=role, stage="scheduled", zone=zone, context=BOOKED
    )


def offered(
    kind: str,
    lang: str,
    text: str,
    intent: str,
    selected: int | None = None,
    role: str = "candidate",
    zone: str = ET,
    options: dict[str, Any] = OPTIONS,
) -> Probe:
    """A reply to the numbered options the agent proposed."""
    return P(
        kind,
        lang,
        text,
        intent,
        selected=selected,
        role=role,
        stage="proposed",
        zone=zone,
        context=options,
    )


def asked(
    kind: str, lang: str, text: str, intent: str, role: str = "client", zone: str = ET
) -> Probe:
    """A reply while times are still being requested, before any option or booking."""
    return P(kind, lang, text, intent, role=role, stage="requested", zone=zone)


PHRASEBOOK_EVENTS2: tuple[Probe, ...] = (
    # ---------------------------------------------------------------- English
    booked(
        "cancel_filled_internally",
        "en",
        "Hi, quick update: we've filled the role internally, so Wednesday's interview is off. "
        "Sorry for the late notice.",
        "cancel",
    ),
    booked(
        "cancel_someone_hired",
        "en",
        "We have hired another candidate for this position. Please let Sam know, and thanks for "
        "all your help.",
        "cancel",
    ),
    booked(
        "cancel_budget_frozen",
        "en",
        "Unfortunately the budget for this headcount has been frozen until Q2. "
        "We won't be going ahead with the interview on Wednesday.",
        "cancel",
    ),
    asked(
        "cancel_search_closed",
        "en",
        "Just to let you know the search is now closed on our end.",
        "cancel",
    ),
    booked(
        "cancel_project_stopped",
        "en",
        "The board has stopped the project this hire was for, so there is no role to interview for "
        "anymore. Apologies to the candidate.",
        "cancel",
    ),
    booked(
        "cancel_client_pulled_job",
        "en",
        "Hi Maria, I'm sorry to tell you the client has pulled the job, so tomorrow's interview "
        "won't go ahead.",
        "cancel",
        role="recruiter",
    ),
    booked(
        "cancel_will_not_take_place",
        "en",
        "Please note that the interview will not take place. The position is no longer open.",
        "cancel",
    ),
    offered(
        "cancel_over_options",
        "en",
        "No need to hold any of these slots, the position was filled last week.",
        "cancel",
        role="client",
    ),
    booked("cancel_phone", "en", "sorry guys role got filled internally, cancel wed pls", "cancel"),
    booked(
        "reschedule_versus_cancel",
        "en",
        "Something came up on Wednesday. Could we move it to Thursday afternoon or Friday "
        "morning instead?",
        "reschedule",
        ((3, "12:00", "17:00"), (4, "09:00", "12:00")),
        role="candidate",
    ),
    booked(
        "reschedule_versus_cancel",
        "en",
        "We need to push the interview back, the hiring manager is out sick. I'll come back to "
        "you with new times.",
        "reschedule",
    ),
    booked(
        "recruiter_cancel_call_time",
        "en",
        "Please cancel Ana's interview tomorrow, I'll ring her at 4 to explain.",
        "cancel",
        role="recruiter",
    ),
    booked(
        "recruiter_cancel_call_time",
        "en",
        "pls cancel wed's panel w/ Jake, client went another way. I'll call him this afternoon",
        "cancel",
        role="recruiter",
    ),
    booked(
        "withdraw_other_offer",
        "en",
        "Thank you for your time, but I have accepted another offer and would like to withdraw "
        "from the process.",
        "withdraw",
        role="candidate",
    ),
    offered(
        "withdraw_staying",
        "en",
        "after a lot of thought im staying with my current employer, they matched. "
        "pls take me out of the process, sorry!",
        "withdraw",
    ),
    asked(
        "withdraw_formal",
        "en",
        "Dear Ms Hart,\n\nI am writing to withdraw my application for the Senior Analyst role, "
        "as my "
        "circumstances have changed.\n\nKind regards,\nOwen Blake",
        "withdraw",
        role="candidate",
    ),
    offered(
        "withdraw_over_options",
        "en",
        "Thanks for sending the options. I've decided not to pursue this opportunity any further.",
        "withdraw",
    ),
    booked(
        "withdraw_relayed",
        "en",
        "Heads up: Priya called me this morning, she has pulled out of the process after taking a "
        "counteroffer. Please free up her Wednesday slot.",
        "withdraw",
        role="recruiter",
    ),
    booked(
        "withdraw_forwarded",
        "en",
        "FYI, see below.\n\n" + FORWARD_EN + "From: Daniel Reyes <daniel@mail.test>\n"
        "Date: Mon, 30 Nov 2026 at 18:02\nSubject: Interview\nTo: Kate <kate@agency.test>\n\n"
        "Hi Kate, I've signed with another company and I'm withdrawing from the process. Thanks "
        "for everything.",
        "withdraw",
        role="recruiter",
    ),
    asked(
        "withdraw_forwarded",
        "en",
        "See Tom's note below, please close him out.\n\nBegin forwarded message:\n\n"
        "From: Tom Ward <tom@mail.test>\nSubject: Re: Final round\n\n"
        "Hi, I have decided to stay in my current role and withdraw my candidacy. Best, Tom",
        "withdraw",
        role="recruiter",
    ),
    booked(
        "confirm_booked", "en", "Confirmed for Wednesday 2pm ET, Mr Collins will dial in.", "accept"
    ),
    booked(
        "confirm_booked_assistant",
        "en",
        "Hello, writing on behalf of Dr Patel: she confirms Wednesday at 2. Thank you.",
        "accept",
    ),
    booked("confirm_booked", "en", "yep wed 2pm is in the diary, see you then", "accept"),
    booked(
        "confirm_booked_assistant",
        "en",
        "Dear all, this is to confirm that Ms Chen will attend the interview on 2 December at "
        "14:00 Eastern.",
        "accept",
    ),
    offered(
        "pick_restated_zone",
        "en",
        "The Wed 1pm ET one works, that's 7pm for me in Madrid.",
        "accept",
        1,
        zone=MADRID,
    ),
    offered(
        "pick_restated_zone",
        "en",
        "I'll take the Thursday 10am ET slot, 3pm here in London.",
        "accept",
        2,
        zone=LONDON,
    ),
    offered("pick_description", "en", "The later one on Wednesday suits me best.", "accept", 3),
    offered("pick_description", "en", "the morning one pls", "accept", 2),
    offered(
        "pick_description", "en", "Wednesday's earlier slot is perfect, thank you.", "accept", 1
    ),
    offered("pick_position", "en", "The second one works for me.", "accept", 2),
    offered("pick_position", "en", "I'd go for the third option if that's ok.", "accept", 3),
    offered("pick_position", "en", "first one works, thx", "accept", 1, options=NEXT_WEEK_OPTIONS),
    offered(
        "pick_description",
        "en",
        "The afternoon one on the Wednesday would be great.",
        "accept",
        2,
        options=NEXT_WEEK_OPTIONS,
    ),
    offered(
        "refuse_all_options",
        "en",
        "I'm afraid none of the three times work for me. I'll get back to you with some "
        "alternatives.",
        "decline",
    ),
    offered(
        "refuse_all_options",
        "en",
        "sorry none of those work, im travelling all that week",
        "decline",
    ),
    offered(
        "refuse_all_options",
        "en",
        "Unfortunately I can't make any of the proposed slots.",
        "decline",
    ),
    offered(
        "refuse_all_options",
        "en",
        "Our panel is not available at any of those times. We will come back to you.",
        "decline",
        role="client",
        options=NEXT_WEEK_OPTIONS,
    ),
    # ---------------------------------------------------------------- French
    booked(
        "cancel_filled_internally",
        "fr",
        "Bonjour, je vous informe que le poste a été pourvu en interne. L'entretien de mercredi "
        "n'a "
        "donc plus lieu d'être.\nCordialement",
        "cancel",
        zone=PARIS,
    ),
    booked(
        "cancel_someone_hired",
        "fr",
        "Nous avons embauché quelqu'un d'autre sur ce poste ; merci d'annuler l'entretien prévu.",
        "cancel",
        zone=PARIS,
    ),
    booked(
        "cancel_budget_frozen",
        "fr",
        "Suite à un gel des budgets, le recrutement est suspendu jusqu'à nouvel ordre. Nous "
        "annulons "
        "donc l'entretien de mercredi.",
        "cancel",
        zone=PARIS,
    ),
    booked(
        "cancel_client_pulled_job",
        "fr",
        "Bonjour Julie, mauvaise nouvelle : le client a mis fin au projet et le poste n'existe "
        "plus. "
        "L'entretien de mercredi est donc annulé, je suis désolée.",
        "cancel",
        role="recruiter",
        zone=PARIS,
    ),
    booked(
        "cancel_will_not_take_place",
        "fr",
        "L'entretien n'aura pas lieu : la direction a gelé toutes les embauches.",
        "cancel",
        zone=PARIS,
    ),
    offered(
        "cancel_over_options",
        "fr",
        "Inutile de bloquer ces créneaux, nous avons finalement pourvu le poste.",
        "cancel",
        role="client",
        zone=PARIS,
    ),
    booked(
        "cancel_phone",
        "fr",
        "desole le poste est pourvu, on annule pour mercredi",
        "cancel",
        zone=PARIS,
    ),
    asked(
        "cancel_search_closed",
        "fr",
        "Le recrutement est clos de notre côté, merci pour votre accompagnement.",
        "cancel",
        zone=PARIS,
    ),
    booked(
        "cancel_project_stopped",
        "fr",
        "Madame, Monsieur,\n\nNous vous informons que le projet a été arrêté et la procédure de "
        "recrutement interrompue. Par conséquent, l'entretien prévu ne pourra avoir lieu.\n\n"
        "Veuillez agréer nos salutations distinguées.",
        "cancel",
        zone=PARIS,
    ),
    booked(
        "reschedule_versus_cancel",
        "fr",
        "Un imprévu mercredi : serait-il possible de décaler à jeudi après 14h ?",
        "reschedule",
        ((3, "14:00", "17:00"),),
        role="candidate",
        zone=PARIS,
    ),
    booked(
        "reschedule_versus_cancel",
        "fr",
        "Nous devons reporter l'entretien, M. Dubois sera en déplacement. Je reviens vers vous "
        "avec "
        "d'autres créneaux.",
        "reschedule",
        zone=PARIS,
    ),
    booked(
        "recruiter_cancel_call_time",
        "fr",
        "Merci d'annuler l'entretien de mercredi avec Claire, je l'appelle à 16h pour la prévenir.",
        "cancel",
        role="recruiter",
        zone=PARIS,
    ),
    booked(
        "recruiter_cancel_call_time",
        "fr",
        "stp annule le rdv de demain avec M. Leroy, je l'appelle ce soir",
        "cancel",
        role="recruiter",
        zone=PARIS,
    ),
    booked(
        "withdraw_other_offer",
        "fr",
        "Bonjour, j'ai accepté une autre proposition et je retire donc ma candidature. Merci "
        "pour votre temps.",
        "withdraw",
        role="candidate",
        zone=PARIS,
    ),
    offered(
        "withdraw_staying",
        "fr",
        "Après réflexion, je préfère rester chez mon employeur actuel. Je me retire du processus.",
        "withdraw",
        zone=PARIS,
    ),
    asked(
        "withdraw_formal",
        "fr",
        "Madame,\n\nJe souhaite retirer ma candidature au poste de chef de projet.\n\n"
        "Je vous prie d'agréer mes salutations distinguées.\nLouis Garnier",
        "withdraw",
        role="candidate",
        zone=PARIS,
    ),
    offered(
        "withdraw_over_options",
        "fr",
        "merci pour les créneaux mais j'ai signé ailleurs entre temps, je me désiste",
        "withdraw",
        zone=PARIS,
    ),
    booked(
        "withdraw_relayed",
        "fr",
        "Pour info, Sophie m'a appelée : elle se retire du processus, elle a accepté une "
        "contre-offre.",
        "withdraw",
        role="recruiter",
        zone=PARIS,
    ),
    booked(
        "withdraw_forwarded",
        "fr",
        "Voir ci-dessous.\n\n" + FORWARD_FR + "De : Marc Petit <marc@mail.test>\n"
        "Date : lun. 30 nov. 2026 à 19:10\nObjet : Entretien\nÀ : Anne <anne@agency.test>\n\n"
        "Bonjour Anne, je vous informe que je retire ma candidature, j'ai accepté un autre poste.\n"
        "Bien à vous,\nMarc",
        "withdraw",
        role="recruiter",
        zone=PARIS,
    ),
    asked(
        "withdraw_forwarded",
        "fr",
        "Le candidat a répondu, cf. plus bas. On arrête.\n\n" + FORWARD_FR + "De : Hugo Lambert "
        "<hugo@mail.test>\nObjet : Re: Votre candidature\n\n"
        "Je vous remercie mais je ne donnerai pas suite, je reste dans mon entreprise actuelle.",
        "withdraw",
        role="recruiter",
        zone=PARIS,
    ),
    booked(
        "confirm_booked_assistant",
        "fr",
        "C'est noté pour mercredi 20h (heure de Paris), M. Martin sera présent.",
        "accept",
        zone=PARIS,
    ),
    booked(
        "confirm_booked_assistant",
        "fr",
        "Bonjour, je vous confirme au nom de Mme Roux sa présence à l'entretien de mercredi.",
        "accept",
        zone=PARIS,
    ),
    booked(
        "confirm_booked",
        "fr",
        "Parfait, mercredi 14h ET c'est confirmé de notre côté.",
        "accept",
        zone=PARIS,
    ),
    booked("confirm_booked", "fr", "ok pour mercredi, à mercredi donc !", "accept", zone=PARIS),
    offered(
        "pick_restated_zone",
        "fr",
        "Le créneau de mercredi 13h ET me convient, soit 19h chez moi à Paris.",
        "accept",
        1,
        zone=PARIS,
    ),
    offered(
        "pick_restated_zone", "fr", "Je prends jeudi 16h, heure de Paris.", "accept", 2, zone=PARIS
    ),
    offered(
        "pick_description",
        "fr",
        "Je prendrais le créneau le plus tardif du mercredi.",
        "accept",
        3,
        zone=PARIS,
    ),
    offered("pick_description", "fr", "celui de jeudi me va très bien", "accept", 2, zone=PARIS),
    offered(
        "pick_position",
        "fr",
        "La deuxième proposition me convient parfaitement.",
        "accept",
        2,
        zone=PARIS,
    ),
    offered("pick_position", "fr", "la 3e option svp", "accept", 3, zone=PARIS),
    offered("pick_position", "fr", "Je retiens la première, merci.", "accept", 1, zone=PARIS),
    offered(
        "pick_position",
        "fr",
        "Le deuxième créneau est parfait pour moi.",
        "accept",
        2,
        zone=PARIS,
        options=NEXT_WEEK_OPTIONS,
    ),
    offered(
        "pick_description",
        "fr",
        "Celui de mardi matin, merci.",
        "accept",
        1,
        options=NEXT_WEEK_OPTIONS,
    ),
    offered(
        "refuse_all_options",
        "fr",
        "Malheureusement aucun de ces créneaux ne me convient. Je reviens vers vous rapidement.",
        "decline",
        zone=PARIS,
    ),
    offered(
        "refuse_all_options",
        "fr",
        "aucune des 3 dates ne marche pour moi dsl, je vous redis",
        "decline",
        zone=PARIS,
    ),
    offered(
        "refuse_all_options",
        "fr",
        "Notre équipe n'est disponible à aucune de ces dates. Nous reviendrons vers vous.",
        "decline",
        role="client",
        zone=PARIS,
        options=NEXT_WEEK_OPTIONS,
    ),
    offered(
        "refuse_all_options",
        "fr",
        "Je suis au regret de vous informer qu'aucune des propositions n'est compatible avec "
        "mon agenda.",
        "decline",
        zone=PARIS,
    ),
    # ---------------------------------------------------------------- German
    booked(
        "cancel_filled_internally",
        "de",
        "Guten Tag, die Stelle ist intern besetzt worden. Das Gespräch am Mittwoch entfällt daher.",
        "cancel",
        zone=BERLIN,
    ),
    booked(
        "cancel_someone_hired",
        "de",
        "Wir haben die Stelle bereits mit einer externen Kandidatin besetzt; der Termin am "
        "Mittwoch "
        "wird daher abgesagt.",
        "cancel",
        zone=BERLIN,
    ),
    booked(
        "cancel_budget_frozen",
        "de",
        "Leider wurde das Budget für diese Position eingefroren. Das Interview am Mittwoch "
        "findet nicht statt.",
        "cancel",
        zone=BERLIN,
    ),
    booked(
        "cancel_project_stopped",
        "de",
        "Das Projekt wurde gestoppt, die Position fällt weg. Wir müssen das Gespräch leider "
        "absagen.",
        "cancel",
        zone=BERLIN,
    ),
    booked(
        "cancel_client_pulled_job",
        "de",
        "Hallo Herr Braun, leider hat der Kunde den Auftrag zurückgezogen. Das Gespräch morgen "
        "findet "
        "daher nicht statt. Es tut mir sehr leid.",
        "cancel",
        role="recruiter",
        zone=BERLIN,
    ),
    offered(
        "cancel_over_options",
        "de",
        "Die Termine brauchen wir nicht mehr, die Stelle ist inzwischen besetzt.",
        "cancel",
        role="client",
        zone=BERLIN,
    ),
    booked(
        "cancel_phone",
        "de",
        "stelle ist intern besetzt, mittwoch fällt aus. sorry",
        "cancel",
        zone=BERLIN,
    ),
    asked(
        "cancel_search_closed",
        "de",
        "Die Suche ist abgeschlossen, vielen Dank für Ihre Unterstützung.",
        "cancel",
        zone=BERLIN,
    ),
    booked(
        "cancel_will_not_take_place",
        "de",
        "Sehr geehrte Damen und Herren,\n\naufgrund eines Einstellungsstopps wird das "
        "Auswahlverfahren eingestellt. Das vereinbarte Gespräch entfällt.\n\nMit freundlichen "
        "Grüßen",
        "cancel",
        zone=BERLIN,
    ),
    booked(
        "reschedule_versus_cancel",
        "de",
        "Leider müssen wir den Termin verschieben. Ginge stattdessen Freitag zwischen 10 und 12 "
        "Uhr?",
        "reschedule",
        ((4, "10:00", "12:00"),),
        zone=BERLIN,
    ),
    booked(
        "reschedule_versus_cancel",
        "de",
        "Können wir das Gespräch verlegen? Montag 7.12. oder Dienstag 8.12. vormittags wäre ideal.",
        "reschedule",
        ((7, "09:00", "12:00"), (8, "09:00", "12:00")),
        role="candidate",
        zone=BERLIN,
    ),
    booked(
        "recruiter_cancel_call_time",
        "de",
        "Bitte sag das Gespräch mit Herrn Wolf morgen ab, ich rufe ihn heute um 15 Uhr an.",
        "cancel",
        role="recruiter",
        zone=BERLIN,
    ),
    booked(
        "recruiter_cancel_call_time",
        "de",
        "Bitte den Termin am Mittwoch mit Frau Schulz stornieren. Ich melde mich gegen 17 Uhr "
        "telefonisch bei ihr.",
        "cancel",
        role="recruiter",
        zone=BERLIN,
    ),
    booked(
        "withdraw_other_offer",
        "de",
        "Vielen Dank, aber ich habe ein anderes Angebot angenommen und ziehe meine Bewerbung "
        "zurück.",
        "withdraw",
        role="candidate",
        zone=BERLIN,
    ),
    offered(
        "withdraw_staying",
        "de",
        "Ich habe mich entschieden, bei meinem aktuellen Arbeitgeber zu bleiben, und ziehe mich "
        "aus dem Prozess zurück.",
        "withdraw",
        zone=BERLIN,
    ),
    asked(
        "withdraw_formal",
        "de",
        "Sehr geehrte Frau Vogel,\n\nhiermit ziehe ich meine Bewerbung als Teamleiter zurück.\n\n"
        "Mit freundlichen Grüßen\nFelix Hahn",
        "withdraw",
        role="candidate",
        zone=BERLIN,
    ),
    offered(
        "withdraw_over_options",
        "de",
        "danke für die termine, hab aber inzwischen woanders unterschrieben. bitte nehmt mich raus",
        "withdraw",
        zone=BERLIN,
    ),
    booked(
        "withdraw_relayed",
        "de",
        "Kurze Info: Frau Keller hat mich angerufen, sie zieht ihre Kandidatur zurück. Sie "
        "bleibt bei "
        "ihrem jetzigen Arbeitgeber.",
        "withdraw",
        role="recruiter",
        zone=BERLIN,
    ),
    booked(
        "withdraw_forwarded",
        "de",
        "Siehe unten.\n\n" + FORWARD_DE + "Von: Jonas Weber <jonas@mail.test>\n"
        "Datum: Mo., 30. Nov. 2026 um 20:15\nBetreff: Interview\nAn: Lena <lena@agency.test>\n\n"
        "Hallo Lena, ich ziehe meine Bewerbung zurück, ich habe eine andere Stelle angenommen.\n"
        "Viele Grüße\nJonas",
        "withdraw",
        role="recruiter",
        zone=BERLIN,
    ),
    asked(
        "withdraw_forwarded",
        "de",
        "Zur Info, die Kandidatin ist raus.\n\nAnfang der weitergeleiteten Nachricht:\n\n"
        "Von: Mia Roth <mia@mail.test>\nBetreff: AW: Ihre Bewerbung\n\n"
        "Ich möchte nicht weiter am Auswahlverfahren teilnehmen. Danke für Ihr Verständnis.",
        "withdraw",
        role="recruiter",
        zone=BERLIN,
    ),
    booked(
        "confirm_booked_assistant",
        "de",
        "Herr Fischer bestätigt den Termin am Mittwoch.",
        "accept",
        zone=BERLIN,
    ),
    booked(
        "confirm_booked_assistant",
        "de",
        "Im Auftrag von Frau Dr. Lang bestätige ich das Gespräch am Mittwoch um 20 Uhr.",
        "accept",
        zone=BERLIN,
    ),
    booked(
        "confirm_booked",
        "de",
        "Passt, Mittwoch 14 Uhr ET ist fest eingeplant.",
        "accept",
        zone=BERLIN,
    ),
    booked("confirm_booked", "de", "ok, mittwoch steht. bis dann!", "accept", zone=BERLIN),
    offered(
        "pick_restated_zone",
        "de",
        "Der Termin am Mittwoch um 13 Uhr ET passt, das wäre 19 Uhr bei mir in Berlin.",
        "accept",
        1,
        zone=BERLIN,
    ),
    offered(
        "pick_restated_zone",
        "de",
        "Ich nehme Donnerstag 16 Uhr meiner Zeit.",
        "accept",
        2,
        zone=BERLIN,
    ),
    offered(
        "pick_description",
        "de",
        "Der spätere Termin am Mittwoch wäre mir am liebsten.",
        "accept",
        3,
        zone=BERLIN,
    ),
    offered("pick_description", "de", "Donnerstag passt mir gut.", "accept", 2, zone=BERLIN),
    offered("pick_position", "de", "Die zweite Option passt.", "accept", 2, zone=BERLIN),
    offered("pick_position", "de", "nehme option 3", "accept", 3, zone=BERLIN),
    offered(
        "pick_position", "de", "Ich nehme gern den ersten Vorschlag.", "accept", 1, zone=BERLIN
    ),
    offered(
        "pick_position",
        "de",
        "Der zweite Termin passt mir, danke.",
        "accept",
        2,
        zone=BERLIN,
        options=NEXT_WEEK_OPTIONS,
    ),
    offered(
        "pick_description",
        "de",
        "Der Termin am Mittwochnachmittag wäre ideal.",
        "accept",
        2,
        options=NEXT_WEEK_OPTIONS,
    ),
    offered(
        "refuse_all_options",
        "de",
        "Keiner der drei Termine passt leider, ich melde mich.",
        "decline",
        zone=BERLIN,
    ),
    offered(
        "refuse_all_options",
        "de",
        "Leider kann ich zu keinem der vorgeschlagenen Zeitpunkte. Ich komme auf Sie zurück.",
        "decline",
        zone=BERLIN,
    ),
    offered(
        "refuse_all_options",
        "de",
        "Unser Team kann an keinem dieser Termine. Wir melden uns.",
        "decline",
        role="client",
        zone=BERLIN,
        options=NEXT_WEEK_OPTIONS,
    ),
    offered(
        "refuse_all_options",
        "de",
        "die termine gehen alle nicht, sorry. meld mich nochmal",
        "decline",
        zone=BERLIN,
    ),
    # ---------------------------------------------------------------- Spanish
    booked(
        "cancel_filled_internally",
        "es",
        "Buenos días, la vacante se ha cubierto internamente, así que la entrevista del "
        "miércoles queda cancelada.",
        "cancel",
        zone=MADRID,
    ),
    booked(
        "cancel_someone_hired",
        "es",
        "Hemos contratado a otra persona para el puesto. Por favor, anulad la entrevista.",
        "cancel",
        zone=MADRID,
    ),
    booked(
        "cancel_budget_frozen",
        "es",
        "Se congeló la vacante por temas de presupuesto; no seguiremos con la entrevista del "
        "miércoles.",
        "cancel",
        zone=MADRID,
    ),
    booked(
        "cancel_project_stopped",
        "es",
        "El proyecto se ha paralizado y el puesto ya no existe. Lamentamos las molestias.",
        "cancel",
        zone=MADRID,
    ),
    booked(
        "cancel_client_pulled_job",
        "es",
        "Hola Marta, siento decirte que el cliente ha cancelado la búsqueda, así que la "
        "entrevista de "
        "mañana no se va a realizar.",
        "cancel",
        role="recruiter",
        zone=MADRID,
    ),
    offered(
        "cancel_over_options",
        "es",
        "Ya no hace falta reservar estos horarios, el puesto ya está cubierto.",
        "cancel",
        role="client",
        zone=MADRID,
    ),
    booked(
        "cancel_phone",
        "es",
        "se cubrió el puesto internamente, cancelamos lo del miércoles. perdón!",
        "cancel",
        zone=MADRID,
    ),
    asked(
        "cancel_search_closed",
        "es",
        "Damos por cerrado el proceso de selección. Gracias por todo.",
        "cancel",
        zone=MADRID,
    ),
    booked(
        "cancel_will_not_take_place",
        "es",
        "Estimados:\n\nLes informamos de que la entrevista no tendrá lugar, ya que la posición ha "
        "quedado sin efecto.\n\nAtentamente",
        "cancel",
        zone=MADRID,
    ),
    booked(
        "reschedule_versus_cancel",
        "es",
        "¿Podríamos pasar la entrevista al jueves por la tarde?",
        "reschedule",
        ((3, "12:00", "17:00"),),
        role="candidate",
        zone=MADRID,
    ),
    booked(
        "reschedule_versus_cancel",
        "es",
        "Hay que aplazar la entrevista; el lunes 7 a partir de las 15h nos vendría bien.",
        "reschedule",
        ((7, "15:00", "17:00"),),
        zone=MADRID,
    ),
    booked(
        "recruiter_cancel_call_time",
        "es",
        "Cancela la entrevista del miércoles con Lucía, por favor; la llamo esta tarde a las 5.",
        "cancel",
        role="recruiter",
        zone=MADRID,
    ),
    booked(
        "recruiter_cancel_call_time",
        "es",
        "Anula lo de mañana con el señor Ruiz, yo le llamo a las 16h y se lo explico.",
        "cancel",
        role="recruiter",
        zone=MADRID,
    ),
    booked(
        "withdraw_other_offer",
        "es",
        "Gracias por su tiempo, pero he aceptado otra oferta y retiro mi candidatura.",
        "withdraw",
        role="candidate",
        zone=MADRID,
    ),
    offered(
        "withdraw_staying",
        "es",
        "Finalmente me quedo en mi empresa actual, así que me retiro del proceso. Disculpad las "
        "molestias.",
        "withdraw",
        zone=MADRID,
    ),
    asked(
        "withdraw_formal",
        "es",
        "Estimada Sra. Navarro:\n\nPor la presente retiro mi candidatura al puesto de analista.\n\n"
        "Un cordial saludo,\nJavier Molina",
        "withdraw",
        role="candidate",
        zone=MADRID,
    ),
    offered(
        "withdraw_over_options",
        "es",
        "gracias x los horarios pero ya firmé con otra empresa, no sigo en el proceso",
        "withdraw",
        zone=MADRID,
    ),
    booked(
        "withdraw_relayed",
        "es",
        "Os aviso: Carmen me ha llamado y se retira del proceso, ha aceptado una contraoferta.",
        "withdraw",
        role="recruiter",
        zone=MADRID,
    ),
    booked(
        "withdraw_forwarded",
        "es",
        "Te reenvío lo de Pablo, lo damos de baja.\n\n" + FORWARD_ES + "De: Pablo Ortega "
        "<pablo@mail.test>\nFecha: lun, 30 nov 2026, 19:40\nAsunto: Entrevista\nPara: Elena "
        "<elena@agency.test>\n\nHola Elena, he decidido retirar mi candidatura porque he aceptado "
        "otra propuesta.\nUn saludo,\nPablo",
        "withdraw",
        role="recruiter",
        zone=MADRID,
    ),
    asked(
        "withdraw_forwarded",
        "es",
        "Mira lo que me escribe la candidata.\n\n-----Mensaje original-----\nDe: Sara Gil "
        "<sara@mail.test>\nAsunto: RE: Proceso de selección\n\n"
        "He decidido no continuar con el proceso de selección. Muchas gracias.",
        "withdraw",
        role="recruiter",
        zone=MADRID,
    ),
    booked(
        "confirm_booked_assistant",
        "es",
        "Confirmado para el miércoles a las 20h (hora de Madrid); el Sr. García se conectará.",
        "accept",
        zone=MADRID,
    ),
    booked(
        "confirm_booked_assistant",
        "es",
        "En nombre de la Sra. López le confirmo la entrevista del miércoles.",
        "accept",
        zone=MADRID,
    ),
    booked(
        "confirm_booked",
        "es",
        "perfecto, miércoles a las 2pm ET. allí estaremos",
        "accept",
        zone=MADRID,
    ),
    booked(
        "confirm_booked", "es", "Queda confirmado el miércoles. Un saludo.", "accept", zone=MADRID
    ),
    offered(
        "pick_restated_zone",
        "es",
        "Me va bien la del miércoles a la 1pm ET, que son las 7 de la tarde aquí en Madrid.",
        "accept",
        1,
        zone=MADRID,
    ),
    offered(
        "pick_restated_zone",
        "es",
        "Me quedo con el jueves a las 16h, hora de Madrid.",
        "accept",
        2,
        zone=MADRID,
    ),
    offered(
        "pick_description", "es", "Prefiero la más tardía del miércoles.", "accept", 3, zone=MADRID
    ),
    offered("pick_description", "es", "la del jueves me viene perfecto", "accept", 2, zone=MADRID),
    offered("pick_position", "es", "La segunda opción me va bien.", "accept", 2, zone=MADRID),
    offered("pick_position", "es", "Elijo la tercera.", "accept", 3, zone=MADRID),
    offered("pick_position", "es", "Me quedo con la primera, gracias.", "accept", 1, zone=MADRID),
    offered(
        "pick_position",
        "es",
        "La segunda fecha me viene bien.",
        "accept",
        2,
        zone=MADRID,
        options=NEXT_WEEK_OPTIONS,
    ),
    offered(
        "pick_description",
        "es",
        "la del miércoles por la tarde",
        "accept",
        2,
        options=NEXT_WEEK_OPTIONS,
    ),
    offered(
        "refuse_all_options",
        "es",
        "Lamentablemente ninguno de los tres horarios me viene bien. Os digo algo pronto.",
        "decline",
        zone=MADRID,
    ),
    offered(
        "refuse_all_options",
        "es",
        "ninguna de las opciones me cuadra, te aviso",
        "decline",
        zone=MADRID,
    ),
    offered(
        "refuse_all_options",
        "es",
        "El equipo no puede en ninguna de esas fechas. Les escribiremos más adelante.",
        "decline",
        role="client",
        zone=MADRID,
        options=NEXT_WEEK_OPTIONS,
    ),
    offered(
        "refuse_all_options",
        "es",
        "No puedo asistir en ninguno de los horarios propuestos.",
        "decline",
        zone=MADRID,
    ),
    # ---------------------------------------------------------------- Portuguese
    booked(
        "cancel_filled_internally",
        "pt",
        "Bom dia, a vaga foi preenchida internamente, por isso a entrevista de quarta-feira "
        "fica sem efeito.",
        "cancel",
        zone=LISBON,
    ),
    booked(
        "cancel_someone_hired",
        "pt",
        "Contratámos outra pessoa para a função. Peço que cancelem a entrevista.",
        "cancel",
        zone=LISBON,
    ),
    booked(
        "cancel_budget_frozen",
        "pt",
        "A vaga foi cancelada por corte de orçamento. Não vamos seguir com a entrevista de quarta.",
        "cancel",
        zone=SAO_PAULO,
    ),
    booked(
        "cancel_project_stopped",
        "pt",
        "O projeto foi encerrado e a posição deixou de existir. Pedimos desculpa pelo incómodo.",
        "cancel",
        zone=LISBON,
    ),
    booked(
        "cancel_client_pulled_job",
        "pt",
        "Oi Carla, infelizmente o cliente encerrou a vaga, então a entrevista de amanhã não vai "
        "acontecer. Sinto muito.",
        "cancel",
        role="recruiter",
        zone=SAO_PAULO,
    ),
    offered(
        "cancel_over_options",
        "pt",
        "Já não precisamos destes horários, a vaga entretanto foi preenchida.",
        "cancel",
        role="client",
        zone=LISBON,
    ),
    booked(
        "cancel_phone",
        "pt",
        "vaga fechou internamente, cancela a de quarta pfv",
        "cancel",
        zone=SAO_PAULO,
    ),
    asked(
        "cancel_search_closed",
        "pt",
        "O processo de recrutamento está encerrado da nossa parte. Obrigado pelo apoio.",
        "cancel",
        zone=LISBON,
    ),
    booked(
        "cancel_will_not_take_place",
        "pt",
        "Prezados,\n\ninformamos que a entrevista não será realizada, uma vez que a vaga foi "
        "congelada.\n\nAtenciosamente",
        "cancel",
        zone=SAO_PAULO,
    ),
    booked(
        "reschedule_versus_cancel",
        "pt",
        "Surgiu um imprevisto na quarta. Podemos remarcar para sexta de manhã?",
        "reschedule",
        ((4, "09:00", "12:00"),),
        role="candidate",
        zone=LISBON,
    ),
    booked(
        "reschedule_versus_cancel",
        "pt",
        "Vamos precisar adiar a entrevista. Quinta à tarde funciona para vocês?",
        "reschedule",
        ((3, "12:00", "17:00"),),
        zone=SAO_PAULO,
    ),
    booked(
        "recruiter_cancel_call_time",
        "pt",
        "Por favor cancela a entrevista de quarta com o João, eu ligo para ele às 16h.",
        "cancel",
        role="recruiter",
        zone=SAO_PAULO,
    ),
    booked(
        "recruiter_cancel_call_time",
        "pt",
        "Desmarca a entrevista de amanhã com a Dra. Sousa, por favor. Ligo-lhe ao fim da tarde.",
        "cancel",
        role="recruiter",
        zone=LISBON,
    ),
    booked(
        "withdraw_other_offer",
        "pt",
        "Agradeço a oportunidade, mas aceitei outra proposta e desisto do processo.",
        "withdraw",
        role="candidate",
        zone=LISBON,
    ),
    offered(
        "withdraw_staying",
        "pt",
        "Decidi ficar na minha empresa atual, por isso retiro a minha candidatura.",
        "withdraw",
        zone=SAO_PAULO,
    ),
    asked(
        "withdraw_formal",
        "pt",
        "Exma. Sra. Dra. Pires,\n\nvenho por este meio retirar a minha candidatura à vaga de "
        "engenheiro.\n\nCom os melhores cumprimentos,\nTiago Mendes",
        "withdraw",
        role="candidate",
        zone=LISBON,
    ),
    offered(
        "withdraw_over_options",
        "pt",
        "obg pelos horários mas já assinei com outra empresa, vou desistir do processo",
        "withdraw",
        zone=SAO_PAULO,
    ),
    booked(
        "withdraw_relayed",
        "pt",
        "Só para avisar: a Beatriz ligou e desistiu do processo, aceitou uma contraproposta.",
        "withdraw",
        role="recruiter",
        zone=SAO_PAULO,
    ),
    booked(
        "withdraw_forwarded",
        "pt",
        "Segue abaixo, pode retirar o Rui.\n\n" + FORWARD_PT + "De: Rui Matos <rui@mail.test>\n"
        "Data: seg., 30 de nov. de 2026 às 19:20\nAssunto: Entrevista\nPara: Inês "
        "<ines@agency.test>\n\n"
        "Olá Inês, desisto da candidatura, aceitei outra oferta.\nCumprimentos,\nRui",
        "withdraw",
        role="recruiter",
        zone=LISBON,
    ),
    asked(
        "withdraw_forwarded",
        "pt",
        "Veja a mensagem do candidato.\n\n-----Mensagem original-----\nDe: Caio Lima "
        "<caio@mail.test>\nAssunto: RE: Processo seletivo\n\n"
        "Prefiro não continuar no processo seletivo, vou permanecer na empresa atual.",
        "withdraw",
        role="recruiter",
        zone=SAO_PAULO,
    ),
    booked(
        "confirm_booked_assistant",
        "pt",
        "Confirmado para quarta às 19h (hora de Lisboa); o Dr. Costa vai ligar-se à chamada.",
        "accept",
        zone=LISBON,
    ),
    booked(
        "confirm_booked_assistant",
        "pt",
        "Em nome do Sr. Almeida, confirmo a entrevista de quarta.",
        "accept",
        zone=SAO_PAULO,
    ),
    booked(
        "confirm_booked",
        "pt",
        "Fechado, quarta às 16h (horário de Brasília).",
        "accept",
        zone=SAO_PAULO,
    ),
    booked("confirm_booked", "pt", "ok, quarta confirmado. até lá!", "accept", zone=SAO_PAULO),
    offered(
        "pick_restated_zone",
        "pt",
        "Pode ser a de quarta 13h ET, que dá 15h aqui em São Paulo.",
        "accept",
        1,
        zone=SAO_PAULO,
    ),
    offered(
        "pick_restated_zone",
        "pt",
        "Fico com quinta às 15h, hora de Lisboa.",
        "accept",
        2,
        zone=LISBON,
    ),
    offered(
        "pick_description",
        "pt",
        "Prefiro o horário mais tarde de quarta-feira.",
        "accept",
        3,
        zone=LISBON,
    ),
    offered(
        "pick_description", "pt", "a de quinta serve perfeitamente", "accept", 2, zone=SAO_PAULO
    ),
    offered("pick_position", "pt", "A segunda opção é ótima para mim.", "accept", 2, zone=LISBON),
    offered("pick_position", "pt", "Escolho a terceira.", "accept", 3, zone=SAO_PAULO),
    offered("pick_position", "pt", "Pode ser a primeira, obrigado.", "accept", 1, zone=SAO_PAULO),
    offered(
        "pick_position",
        "pt",
        "A segunda data dá-me jeito.",
        "accept",
        2,
        zone=LISBON,
        options=NEXT_WEEK_OPTIONS,
    ),
    offered(
        "pick_description", "pt", "a de terça de manhã", "accept", 1, options=NEXT_WEEK_OPTIONS
    ),
    offered(
        "refuse_all_options",
        "pt",
        "Infelizmente nenhum dos três horários me serve. Volto a falar consigo em breve.",
        "decline",
        zone=LISBON,
    ),
    offered(
        "refuse_all_options",
        "pt",
        "nenhuma das opções dá pra mim, te aviso depois",
        "decline",
        zone=SAO_PAULO,
    ),
    offered(
        "refuse_all_options",
        "pt",
        "A equipa não tem disponibilidade em nenhuma dessas datas. Voltaremos ao contacto.",
        "decline",
        role="client",
        zone=LISBON,
        options=NEXT_WEEK_OPTIONS,
    ),
    offered(
        "refuse_all_options",
        "pt",
        "Não consigo comparecer em nenhum dos horários propostos.",
        "decline",
        zone=SAO_PAULO,
    ),
)
