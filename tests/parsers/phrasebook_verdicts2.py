"""Short client verdicts after a held round, labelled by EXTRACTION.md (issue 8, kind 5).

Written from the kinds' descriptions and EXTRACTION.md alone, by someone who never read the
rules engine, its corpus or the other phrasebooks. Every probe is a reply about a round already
held (stage completed), read as `feedback` with its outcome and no windows: one-word and phone
verdicts, formal rejections with praise mixed in, hedged advances (trial day, case study, work
sample, second meeting, a colleague to meet the candidate first), holds (budget, other
candidates, a board, more time to think) whose time frames are never windows, advances that name
the next round's time frame, and offers told by the client or relayed by a recruiter with a start
date that is not a window. EN, FR, DE, ES and PT in equal share; `kind` names the construct.
"""

from __future__ import annotations

from typing import Any

from tests.parsers.reading_probes import HELD, Probe

PARIS = "Europe/Paris"
BERLIN = "Europe/Berlin"
MADRID = "Europe/Madrid"
LISBON = "Europe/Lisbon"
SAO_PAULO = "America/Sao_Paulo"
# Reference dates, all after the round held on Monday 30 November 2026.
MON_ET = "Mon, 30 Nov 2026 17:40:00 -0500"
WED_ET = "Wed, 02 Dec 2026 08:15:00 -0500"
THU_ET = "Thu, 03 Dec 2026 21:05:00 -0500"
TUE_CET = "Tue, 01 Dec 2026 11:20:00 +0100"
WED_CET = "Wed, 02 Dec 2026 18:45:00 +0100"
FRI_CET = "Fri, 04 Dec 2026 09:03:00 +0100"
TUE_LISBON = "Tue, 01 Dec 2026 14:30:00 +0000"
THU_LISBON = "Thu, 03 Dec 2026 10:10:00 +0000"
WED_BRT = "Wed, 02 Dec 2026 19:25:00 -0300"
FRI_BRT = "Fri, 04 Dec 2026 08:50:00 -0300"


def V(kind: str, lang: str, text: str, outcome: str, **more: Any) -> Probe:
    """A client's feedback on the held round: no windows, whatever time it names."""
    fields: dict[str, Any] = {"role": "client", "stage": "completed", "context": HELD}
    return Probe(kind, lang, text, "feedback", outcome=outcome, **(fields | more))


def RELAYED(lang: str, text: str, **more: Any) -> Probe:
    """An offer the recruiter passes on; its start date is not a window."""
    return V("offer_relayed", lang, text, "offer", role="recruiter", **more)


PHRASEBOOK_VERDICTS2: tuple[Probe, ...] = (
    # ---------------------------------------------------------------- English
    V("one_word_reject", "en", "Pass.", "reject"),
    V("one_word_reject", "en", "nah", "reject", date=THU_ET),
    V("phone_reject", "en", "not for us tbh, thx", "reject"),
    V("phone_reject", "en", "👎 no", "reject", date=MON_ET),
    V("phone_reject", "en", "hard no on this one sorry", "reject"),
    V("phone_reject", "en", "pass on him.\n\nSent from my iPhone", "reject", date=WED_ET),
    V("phone_reject", "en", "meh. pass", "reject"),
    V("phone_reject", "en", "Not moving forward with this one.", "reject", date=THU_ET),
    V("phone_advance", "en", "yes let's go", "advance"),
    V("phone_advance", "en", "yep move her fwd", "advance", date=MON_ET),
    V("phone_advance", "en", "👍 next round pls", "advance"),
    V("phone_advance", "en", "def want to see him again", "advance", date=WED_ET),
    V("phone_advance", "en", "she's great, lets keep going w/ her", "advance"),
    V(
        "formal_reject_praise",
        "en",
        "Dear Maria,\n\nThank you for arranging the interview with Mr. Okafor. While we were "
        "impressed by his communication skills and his background in logistics, we have decided "
        "not to move forward with his application.\n\nKind regards,\nHelen Price",
        "reject",
    ),
    V(
        "formal_reject_praise",
        "en",
        "Hi Tom, he was very personable and clearly knows his stuff, but we've decided to go "
        "with another candidate. Please pass on our thanks.",
        "reject",
        date=WED_ET,
    ),
    V(
        "formal_reject_reason",
        "en",
        "<html><body><p>Thanks for setting this up.</p><p>Unfortunately, after careful "
        "consideration, the panel felt she lacks the depth in distributed systems we need for "
        "this role, so we won't be proceeding.</p><p>Best,<br>Sam</p></body></html>",
        "reject",
        html=True,
    ),
    V(
        "assistant_reject",
        "en",
        "Hi, writing on behalf of Mark Feldman. Mark asked me to let you know that he will not "
        "be taking Ravi's application further. He enjoyed the conversation and wishes him well.",
        "reject",
        date=THU_ET,
    ),
    V(
        "hedged_advance",
        "en",
        "I wouldn't close the door on him yet. His system design answers were shaky, but let's "
        "do a technical round and see.",
        "advance",
    ),
    V(
        "hedged_advance",
        "en",
        "Mixed feelings honestly. Can we get her to do a short case study before we decide?",
        "advance",
        date=WED_ET,
    ),
    V(
        "meet_before_deciding",
        "en",
        "Before we make a call I'd want Dana, our team lead, to meet him.",
        "advance",
    ),
    V(
        "hedged_advance",
        "en",
        "Not a clear yes from me, but I'm not ready to turn him down either. Could he send us a "
        "work sample?",
        "advance",
        date=MON_ET,
    ),
    V(
        "hedged_advance",
        "en",
        "Good but not great. Let's set up a second meeting with the product team to dig into "
        "his roadmap thinking.",
        "advance",
    ),
    V(
        "hedged_advance",
        "en",
        "On the fence. A paid trial day would settle it for me, can you arrange one?",
        "advance",
        date=THU_ET,
    ),
    V(
        "hold_budget",
        "en",
        "She's our top choice, but we're waiting on budget sign-off. Should have an answer in "
        "two weeks.",
        "hold",
    ),
    V(
        "hold_other_candidates",
        "en",
        "We liked him. We're still seeing two other candidates this week, so we'll come back to "
        "you once those are done.",
        "hold",
        date=MON_ET,
    ),
    V(
        "hold_board",
        "en",
        "The board has to approve the headcount first; their next meeting is on the 15th. We'll "
        "be in touch after that.",
        "hold",
        date=WED_ET,
    ),
    V(
        "hold_budget",
        "en",
        "no decision yet, still waiting on finance. will circle back after the holidays",
        "hold",
        date=THU_ET,
    ),
    V(
        "hold_more_time",
        "en",
        "Hi Jen - Dave asked me to let you know he needs a bit more time to think about Lucas. "
        "He'll get back to you by the end of next week.",
        "hold",
    ),
    V(
        "hold_other_search",
        "en",
        "Solid interview. Let's hold off on a decision until we've closed the other search; "
        "I'll update you in January.",
        "hold",
        date=WED_ET,
    ),
    V(
        "advance_next_round_time",
        "en",
        "Really strong session. Let's line up a last conversation with our CFO early next week.",
        "advance",
    ),
    V(
        "advance_next_round_time",
        "en",
        "Great feedback from the panel - we'd like her back for an onsite with the engineering "
        "team, ideally Thursday afternoon.",
        "advance",
        date=MON_ET,
    ),
    V(
        "advance_next_round_time",
        "en",
        "He did well. Next step is the case presentation to the leadership team, sometime the "
        "week of the 14th.",
        "advance",
        date=WED_ET,
    ),
    V(
        "advance_next_round_time",
        "en",
        "Move her to round 3 please, a panel with Sofia and Raj, tomorrow or Friday if possible.",
        "advance",
    ),
    V(
        "offer_direct",
        "en",
        "Dear Ms. Lee,\n\nWe were delighted with Mr. Haddad and would like to extend him an "
        "offer. Our HR team will follow up with the terms.\n\nBest regards,\nC. Ward",
        "offer",
        date=MON_ET,
    ),
    RELAYED(
        "en",
        "Hi, great news: Northwind would like to offer Ana the Senior Analyst role. They're "
        "proposing a start date of Monday, January 4. I'll send her the written offer today.",
    ),
    RELAYED(
        "en",
        "FYI the client has decided to make Daniel an offer - 95k base, start on January 11. "
        "Can you get the paperwork ready?",
        date=THU_ET,
    ),
    # ---------------------------------------------------------------- French
    V("one_word_reject", "fr", "non merci", "reject", zone=PARIS, date=TUE_CET),
    V("phone_reject", "fr", "on passe.", "reject", zone=PARIS, date=WED_CET),
    V("phone_reject", "fr", "bof, pas pour nous", "reject", zone=PARIS, date=TUE_CET),
    V("phone_reject", "fr", "non 👎", "reject", zone=PARIS, date=FRI_CET),
    V("phone_reject", "fr", "pas convaincu, on arrête là", "reject", zone=PARIS, date=TUE_CET),
    V("phone_reject", "fr", "on n'y va pas", "reject", zone=PARIS, date=WED_CET),
    V(
        "phone_reject",
        "fr",
        "Ça marchera pas pour nous, merci pareil.",
        "reject",
        zone="America/Toronto",
        date=THU_ET,
    ),
    V("phone_advance", "fr", "ok on continue avec elle", "advance", zone=PARIS, date=TUE_CET),
    V("phone_advance", "fr", "go pour le tour suivant", "advance", zone=PARIS, date=FRI_CET),
    V("phone_advance", "fr", "oui, on la revoit 👍", "advance", zone=PARIS, date=WED_CET),
    V(
        "phone_advance",
        "fr",
        "très bon, on enchaîne sur l'étape d'après",
        "advance",
        zone=PARIS,
        date=TUE_CET,
    ),
    V(
        "formal_reject_praise",
        "fr",
        "Bonjour Madame Lefèvre,\n\nNous vous remercions pour l'organisation de l'entretien avec "
        "M. Girard. Malgré des qualités humaines évidentes, nous ne donnerons pas suite à sa "
        "candidature.\n\nBien cordialement,\nPhilippe Marchand",
        "reject",
        zone=PARIS,
        date=WED_CET,
    ),
    V(
        "formal_reject_praise",
        "fr",
        "Bonjour Julien, candidate très sympathique et bien préparée, mais nous avons décidé de "
        "retenir un autre profil pour ce poste. Merci de la prévenir avec tact.",
        "reject",
        zone=PARIS,
        date=TUE_CET,
    ),
    V(
        "formal_reject_reason",
        "fr",
        "Après réflexion, l'équipe estime que son expérience en gestion de projet est "
        "insuffisante pour le poste. Nous préférons ne pas poursuivre.",
        "reject",
        zone=PARIS,
        date=FRI_CET,
    ),
    V(
        "formal_reject_reason",
        "fr",
        "<div>Bonjour,</div><div>Il lui manque un anglais courant : nous ne retiendrons pas sa "
        "candidature. Merci néanmoins pour la qualité de la présélection.</div>",
        "reject",
        zone="Europe/Brussels",
        date=WED_CET,
        html=True,
    ),
    V(
        "assistant_reject",
        "fr",
        "Bonjour, je vous écris de la part de Mme Roussel. Elle a apprécié l'échange avec "
        "Thomas mais ne souhaite pas aller plus loin avec sa candidature.",
        "reject",
        zone=PARIS,
        date=TUE_CET,
    ),
    V(
        "formal_reject_praise",
        "fr",
        "Il ne correspond pas tout à fait à ce que nous recherchons. Merci quand même pour la "
        "présentation, c'était un bel échange.",
        "reject",
        zone=PARIS,
        date=FRI_CET,
    ),
    V(
        "hedged_advance",
        "fr",
        "Je ne fermerais pas la porte, mais une séance d'essai avec l'équipe me semble "
        "nécessaire avant de trancher.",
        "advance",
        zone=PARIS,
        date=WED_CET,
    ),
    V(
        "hedged_advance",
        "fr",
        "Avis partagé. Pourriez-vous lui demander une étude de cas ? On jugera sur pièce.",
        "advance",
        zone=PARIS,
        date=TUE_CET,
    ),
    V(
        "meet_before_deciding",
        "fr",
        "J'aimerais que notre responsable technique la rencontre avant qu'on se décide.",
        "advance",
        zone=PARIS,
        date=FRI_CET,
    ),
    V(
        "hedged_advance",
        "fr",
        "Pas un non, mais pas encore un oui. Organisons un deuxième entretien, plus technique.",
        "advance",
        zone=PARIS,
        date=WED_CET,
    ),
    V(
        "hedged_advance",
        "fr",
        "il m'a pas complètement convaincu mais bon, on peut lui demander un exemple de travail ? "
        "un dossier qu'il a fait lui-même",
        "advance",
        zone=PARIS,
        date=TUE_CET,
    ),
    V(
        "hedged_advance",
        "fr",
        "Je ne dirais pas non tout de suite… Un entretien technique avec Karim permettrait d'y "
        "voir plus clair.",
        "advance",
        zone=PARIS,
        date=FRI_CET,
    ),
    V(
        "hold_board",
        "fr",
        "On attend le retour du comité de direction, je reviens vers vous dès que possible.",
        "hold",
        zone=PARIS,
        date=TUE_CET,
    ),
    V(
        "hold_budget",
        "fr",
        "Elle nous plaît beaucoup, mais le budget n'est pas encore validé. Comptez deux semaines.",
        "hold",
        zone=PARIS,
        date=WED_CET,
    ),
    V(
        "hold_other_candidates",
        "fr",
        "Nous voyons encore deux autres candidats cette semaine ; nous vous donnerons notre "
        "réponse ensuite.",
        "hold",
        zone=PARIS,
        date=TUE_CET,
    ),
    V(
        "hold_budget",
        "fr",
        "pas de décision pour l'instant, on attend la validation des RH. je vous dis ça après "
        "les fêtes",
        "hold",
        zone=PARIS,
        date=FRI_CET,
    ),
    V(
        "hold_more_time",
        "fr",
        "Bonjour, M. Dubois souhaite prendre encore quelques jours de réflexion concernant la "
        "candidature de Mme Caron. Il reviendra vers vous d'ici la fin de la semaine prochaine.",
        "hold",
        zone=PARIS,
        date=WED_CET,
    ),
    V(
        "hold_budget",
        "fr",
        "On garde son dossier en haut de la pile, mais il faut attendre l'arbitrage budgétaire "
        "de janvier avant de se prononcer.",
        "hold",
        zone=PARIS,
        date=TUE_CET,
    ),
    V(
        "hold_other_candidates",
        "fr",
        "Elle est dans notre short-list ; on attend d'avoir vu les derniers candidats avant de "
        "choisir.",
        "hold",
        zone=PARIS,
        date=FRI_CET,
    ),
    V(
        "advance_next_round_time",
        "fr",
        "Très bon entretien. Prévoyons un dernier échange avec notre directrice générale la "
        "semaine prochaine.",
        "advance",
        zone=PARIS,
        date=TUE_CET,
    ),
    V(
        "advance_next_round_time",
        "fr",
        "Bon feeling. On aimerait la revoir pour un entretien final avec le DAF, idéalement "
        "mardi matin.",
        "advance",
        zone=PARIS,
        date=WED_CET,
    ),
    V(
        "advance_next_round_time",
        "fr",
        "Retour positif de l'équipe ; prochaine étape : un cas pratique à présenter devant le "
        "comité, courant de la semaine du 14.",
        "advance",
        zone=PARIS,
        date=FRI_CET,
    ),
    V(
        "offer_direct",
        "fr",
        "C'est oui : nous souhaitons faire une proposition d'embauche à Mme Benali. Nos RH vous "
        "enverront les détails.",
        "offer",
        zone=PARIS,
        date=WED_CET,
    ),
    RELAYED(
        "fr",
        "Bonne nouvelle : le client souhaite faire une offre à Camille, avec une prise de poste "
        "au 4 janvier. Je lui envoie la proposition écrite demain.",
        zone=PARIS,
        date=TUE_CET,
    ),
    RELAYED(
        "fr",
        "Pour info, Lumeo a validé une proposition d'embauche pour Hugo : 58 k€ fixe, démarrage "
        "le 1er février.",
        zone=PARIS,
        date=FRI_CET,
    ),
    # ---------------------------------------------------------------- German
    V("one_word_reject", "de", "nein, danke", "reject", zone=BERLIN, date=TUE_CET),
    V("one_word_reject", "de", "raus.", "reject", zone=BERLIN, date=WED_CET),
    V("phone_reject", "de", "passt leider nicht", "reject", zone=BERLIN, date=FRI_CET),
    V("phone_reject", "de", "nö, nicht für uns 👎", "reject", zone=BERLIN, date=TUE_CET),
    V("phone_reject", "de", "absage bitte", "reject", zone=BERLIN, date=WED_CET),
    V("phone_reject", "de", "kein interesse, sorry", "reject", zone=BERLIN, date=FRI_CET),
    V("phone_advance", "de", "ja, weiter", "advance", zone=BERLIN, date=TUE_CET),
    V("phone_advance", "de", "gut, nächste runde 👍", "advance", zone=BERLIN, date=WED_CET),
    V("phone_advance", "de", "top, den wollen wir wiedersehen", "advance", zone=BERLIN),
    V(
        "phone_advance",
        "de",
        "Sehr überzeugend, bitte die nächste Runde organisieren.",
        "advance",
        zone=BERLIN,
        date=FRI_CET,
    ),
    V(
        "formal_reject_praise",
        "de",
        "Sehr geehrte Frau Schneider,\n\nvielen Dank für die Organisation des Gesprächs mit "
        "Herrn Yilmaz. Er hat einen sympathischen Eindruck hinterlassen, dennoch haben wir uns "
        "gegen eine Zusammenarbeit entschieden.\n\nMit freundlichen Grüßen\nKatrin Bauer",
        "reject",
        zone=BERLIN,
        date=TUE_CET,
    ),
    V(
        "formal_reject_praise",
        "de",
        "Hallo Jan, fachlich solide und sehr angenehm im Gespräch – wir haben uns aber für eine "
        "andere Kandidatin entschieden.",
        "reject",
        zone=BERLIN,
        date=WED_CET,
    ),
    V(
        "formal_reject_reason",
        "de",
        "Nach reiflicher Überlegung werden wir die Bewerbung von Frau Krüger nicht weiter "
        "berücksichtigen.",
        "reject",
        zone=BERLIN,
        date=FRI_CET,
    ),
    V(
        "assistant_reject",
        "de",
        "Guten Tag, im Auftrag von Herrn Dr. Weber teile ich Ihnen mit, dass er das Verfahren "
        "mit Herrn Hoffmann nicht fortsetzen möchte. Er bedankt sich für die gute Vorauswahl.",
        "reject",
        zone=BERLIN,
        date=TUE_CET,
    ),
    V(
        "formal_reject_praise",
        "de",
        "<p>Grüezi Herr Keller</p><p>Das Gespräch war angenehm, trotzdem haben wir entschieden, "
        "Frau Meier nicht weiterzuverfolgen.</p><p>Freundliche Grüsse<br>R. Brunner</p>",
        "reject",
        zone="Europe/Zurich",
        date=WED_CET,
        html=True,
    ),
    V(
        "formal_reject_reason",
        "de",
        "Leider nein. Für die Rolle fehlt ihm die Führungserfahrung.",
        "reject",
        zone=BERLIN,
        date=FRI_CET,
    ),
    V(
        "hedged_advance",
        "de",
        "Ich würde ihn nicht gleich absagen, lieber noch ein Fachgespräch mit unserem Architekten.",
        "advance",
        zone=BERLIN,
        date=TUE_CET,
    ),
    V(
        "hedged_advance",
        "de",
        "Bin unschlüssig. Kann sie uns eine kleine Fallstudie ausarbeiten? Dann entscheiden wir.",
        "advance",
        zone=BERLIN,
        date=WED_CET,
    ),
    V(
        "meet_before_deciding",
        "de",
        "Unser Teamleiter sollte sie noch kennenlernen, bevor wir uns festlegen.",
        "advance",
        zone=BERLIN,
        date=FRI_CET,
    ),
    V(
        "hedged_advance",
        "de",
        "Kein klares Ja, aber auch kein Nein. Ein Probetag im Team wäre gut.",
        "advance",
        zone=BERLIN,
        date=TUE_CET,
    ),
    V(
        "hedged_advance",
        "de",
        "würd ihm noch ne chance geben, zweites gespräch und dann sehen wir weiter",
        "advance",
        zone=BERLIN,
        date=WED_CET,
    ),
    V(
        "hedged_advance",
        "de",
        "Könnte er uns eine Arbeitsprobe schicken, z. B. ein Konzept aus seinem letzten Projekt? "
        "Danach entscheiden wir.",
        "advance",
        zone=BERLIN,
        date=FRI_CET,
    ),
    V(
        "meet_before_deciding",
        "de",
        "Er hat mich nicht restlos überzeugt, ablehnen möchte ich ihn aber auch nicht. Bitte "
        "noch ein Gespräch mit Frau Neumann ansetzen, bevor wir entscheiden.",
        "advance",
        zone=BERLIN,
        date=TUE_CET,
    ),
    V(
        "hold_budget",
        "de",
        "Wir warten noch auf die Freigabe vom Budget, ich melde mich dann.",
        "hold",
        zone=BERLIN,
        date=WED_CET,
    ),
    V(
        "hold_deferred",
        "de",
        "Wir stellen das erst mal zurück und melden uns nach Ostern.",
        "hold",
        zone=BERLIN,
        date=FRI_CET,
    ),
    V(
        "hold_other_candidates",
        "de",
        "Sie ist unsere Favoritin, aber wir sprechen diese Woche noch mit zwei weiteren "
        "Kandidaten. Danach bekommen Sie Bescheid.",
        "hold",
        zone=BERLIN,
        date=TUE_CET,
    ),
    V(
        "hold_board",
        "de",
        "Die Entscheidung liegt beim Vorstand, der tagt erst am 17. Bis dahin kann ich nichts "
        "zusagen.",
        "hold",
        zone=BERLIN,
        date=WED_CET,
    ),
    V(
        "hold_budget",
        "de",
        "noch keine entscheidung, HR muss erst die stelle freigeben. dauert wohl 2 wochen",
        "hold",
        zone=BERLIN,
        date=FRI_CET,
    ),
    V(
        "hold_more_time",
        "de",
        "Herr Lang bittet um etwas Bedenkzeit bezüglich Frau Aydin und meldet sich bis Ende "
        "nächster Woche bei Ihnen.",
        "hold",
        zone=BERLIN,
        date=TUE_CET,
    ),
    V(
        "hold_more_time",
        "de",
        "Wir sind uns intern noch nicht einig und warten die Meinung unseres Abteilungsleiters "
        "ab, der bis Mitte Dezember im Urlaub ist.",
        "hold",
        zone="Europe/Vienna",
        date=WED_CET,
    ),
    V(
        "advance_next_round_time",
        "de",
        "Starkes Gespräch. Lassen Sie uns nächste Woche noch ein kurzes Abschlussgespräch mit "
        "unserer Geschäftsführerin machen.",
        "advance",
        zone=BERLIN,
        date=FRI_CET,
    ),
    V(
        "advance_next_round_time",
        "de",
        "Gerne weiter mit ihm: als Nächstes ein Gespräch mit dem CTO, am besten "
        "Donnerstagnachmittag.",
        "advance",
        zone=BERLIN,
        date=TUE_CET,
    ),
    V(
        "advance_next_round_time",
        "de",
        "Das Team war begeistert. Nächster Schritt wäre die Präsentation vor dem Bereichsleiter, "
        "irgendwann in der Woche ab dem 14.",
        "advance",
        zone=BERLIN,
        date=WED_CET,
    ),
    V(
        "offer_direct",
        "de",
        "Wir möchten Frau Schulz gerne ein Vertragsangebot unterbreiten. Die Details schickt "
        "Ihnen unsere Personalabteilung.",
        "offer",
        zone=BERLIN,
        date=FRI_CET,
    ),
    RELAYED(
        "de",
        "Gute Nachrichten: Die Firma Kessler möchte Herrn Vogel ein Angebot machen, Eintritt zum "
        "1. Februar. Ich schicke ihm heute den Vertragsentwurf.",
        zone=BERLIN,
        date=TUE_CET,
    ),
    RELAYED(
        "de",
        "Zur Info: Der Kunde hat sich für Lena entschieden und macht ihr ein Angebot, 72.000 € "
        "brutto, Start am 4. Januar.",
        zone=BERLIN,
        date=WED_CET,
    ),
    # ---------------------------------------------------------------- Spanish
    V("phone_reject", "es", "no nos convence", "reject", zone=MADRID, date=TUE_CET),
    V("one_word_reject", "es", "pasamos", "reject", zone=MADRID, date=WED_CET),
    V("phone_reject", "es", "nop, no es para nosotros", "reject", zone=MADRID, date=FRI_CET),
    V("phone_reject", "es", "👎 no gracias", "reject", zone=MADRID, date=TUE_CET),
    V("one_word_reject", "es", "descartado", "reject", zone=MADRID, date=WED_CET),
    V("phone_reject", "es", "no va, gracias", "reject", zone=MADRID, date=FRI_CET),
    V(
        "phone_reject",
        "es",
        "che, la verdad no nos cerró. le agradecés de nuestra parte?",
        "reject",
        zone="America/Argentina/Buenos_Aires",
        date=WED_BRT,
    ),
    V("phone_advance", "es", "sí, adelante", "advance", zone=MADRID, date=TUE_CET),
    V("phone_advance", "es", "dale, q pase a la siguiente ronda", "advance", zone=MADRID),
    V("phone_advance", "es", "me encantó, seguimos con ella 👍", "advance", zone=MADRID),
    V(
        "phone_advance",
        "es",
        "Excelente, que pase a la ronda final.",
        "advance",
        zone="America/Mexico_City",
        date=THU_ET,
    ),
    V(
        "formal_reject_praise",
        "es",
        "Estimada Sra. Ortega:\n\nLe agradecemos la organización de la entrevista con el Sr. "
        "Romero. Aunque valoramos muy positivamente su trayectoria, hemos decidido no continuar "
        "con su candidatura.\n\nAtentamente,\nLuis Herrera",
        "reject",
        zone=MADRID,
        date=WED_CET,
    ),
    V(
        "formal_reject_praise",
        "es",
        "Hola Marta, muy buen perfil y muy simpática, pero nos quedamos con otro candidato. "
        "Dale las gracias de nuestra parte.",
        "reject",
        zone=MADRID,
        date=FRI_CET,
    ),
    V(
        "formal_reject_reason",
        "es",
        "Tras valorarlo con el equipo, consideramos que no encaja con lo que buscamos para el "
        "puesto, así que no seguiremos adelante.",
        "reject",
        zone=MADRID,
        date=TUE_CET,
    ),
    V(
        "assistant_reject",
        "es",
        "Buenos días, le escribo en nombre de la Sra. Castillo. Ha decidido no avanzar con la "
        "candidatura de Diego; agradece mucho su gestión.",
        "reject",
        zone=MADRID,
        date=WED_CET,
    ),
    V(
        "formal_reject_reason",
        "es",
        "<p>Lamentablemente no cumple con el nivel de inglés que necesitamos, por lo que no "
        "seguimos con el proceso.</p><p>Saludos,<br>Ana</p>",
        "reject",
        zone=MADRID,
        date=FRI_CET,
        html=True,
    ),
    V(
        "hedged_advance",
        "es",
        "Yo no le cerraría la puerta, pero me gustaría una entrevista técnica antes de decidir.",
        "advance",
        zone=MADRID,
        date=TUE_CET,
    ),
    V(
        "hedged_advance",
        "es",
        "Tengo dudas. ¿Podría preparar un caso práctico? Con eso decidimos.",
        "advance",
        zone=MADRID,
        date=WED_CET,
    ),
    V(
        "meet_before_deciding",
        "es",
        "Quisiera que nuestra jefa de equipo la conozca antes de tomar una decisión.",
        "advance",
        zone=MADRID,
        date=FRI_CET,
    ),
    V(
        "hedged_advance",
        "es",
        "No lo descartaría todavía; propongo una jornada de prueba con el equipo.",
        "advance",
        zone=MADRID,
        date=TUE_CET,
    ),
    V(
        "hedged_advance",
        "es",
        "ni sí ni no... q nos mande una muestra de su trabajo y vemos",
        "advance",
        zone=MADRID,
        date=WED_CET,
    ),
    V(
        "hedged_advance",
        "es",
        "Buena impresión en general, aunque le faltó profundidad en datos. Hagamos una segunda "
        "reunión con el área de analítica.",
        "advance",
        zone=MADRID,
        date=FRI_CET,
    ),
    V(
        "meet_before_deciding",
        "es",
        "No lo rechazaría de entrada, pero antes quiero que hable con nuestro responsable técnico.",
        "advance",
        zone=MADRID,
        date=TUE_CET,
    ),
    V(
        "hold_budget",
        "es",
        "Estamos esperando la aprobación del presupuesto; en unas dos semanas te digo algo.",
        "hold",
        zone=MADRID,
        date=WED_CET,
    ),
    V(
        "hold_other_candidates",
        "es",
        "Es nuestra primera opción, pero todavía estamos viendo a otros candidatos. Te aviso en "
        "cuanto terminemos.",
        "hold",
        zone=MADRID,
        date=FRI_CET,
    ),
    V(
        "hold_board",
        "es",
        "La decisión depende del consejo, que se reúne el 16. Hasta entonces no podemos "
        "confirmar nada.",
        "hold",
        zone=MADRID,
        date=TUE_CET,
    ),
    V(
        "hold_budget",
        "es",
        "aún nada, rrhh tiene q aprobar la vacante. después de reyes te cuento",
        "hold",
        zone=MADRID,
        date=WED_CET,
    ),
    V(
        "hold_more_time",
        "es",
        "El Sr. Navarro me pide que le comunique que necesita unos días más para pensar lo de "
        "la Sra. Vidal. Le responderá antes de fin de mes.",
        "hold",
        zone=MADRID,
        date=FRI_CET,
    ),
    V(
        "hold_other_search",
        "es",
        "Nos gustó mucho, pero vamos a esperar a cerrar el otro proceso antes de decidir.",
        "hold",
        zone=MADRID,
        date=TUE_CET,
    ),
    V(
        "hold_board",
        "es",
        "Seguimos evaluando; la gerencia todavía no da el visto bueno.",
        "hold",
        zone="America/Bogota",
        date=WED_ET,
    ),
    V(
        "advance_next_round_time",
        "es",
        "Muy buena entrevista. Hagamos una última charla con nuestro CEO la semana que viene.",
        "advance",
        zone=MADRID,
        date=WED_CET,
    ),
    V(
        "advance_next_round_time",
        "es",
        "Queremos verlo otra vez, ahora con la directora financiera, idealmente el jueves por la "
        "mañana.",
        "advance",
        zone=MADRID,
        date=TUE_CET,
    ),
    V(
        "advance_next_round_time",
        "es",
        "El equipo quedó contento. Próximo paso: presentación ante el comité, en algún momento "
        "de la semana del 14.",
        "advance",
        zone=MADRID,
        date=FRI_CET,
    ),
    V(
        "offer_direct",
        "es",
        "Nos gustaría hacerle una oferta formal al Sr. Ríos. Nuestro departamento de personas se "
        "pondrá en contacto con los detalles.",
        "offer",
        zone=MADRID,
        date=WED_CET,
    ),
    RELAYED(
        "es",
        "¡Buenas noticias! El cliente quiere hacerle una oferta a Lucía, con incorporación el "
        "11 de enero. Hoy le envío la propuesta por escrito.",
        zone=MADRID,
        date=TUE_CET,
    ),
    RELAYED(
        "es",
        "Para tu info: Grupo Alba ha aprobado la oferta para Javier, 45.000 € brutos anuales; "
        "empezaría el 1 de febrero.",
        zone=MADRID,
        date=FRI_CET,
    ),
    # ---------------------------------------------------------------- Portuguese
    V("phone_reject", "pt", "não avançamos", "reject", zone=LISBON, date=TUE_LISBON),
    V("one_word_reject", "pt", "passo", "reject", zone=LISBON, date=THU_LISBON),
    V("phone_reject", "pt", "não rola, valeu", "reject", zone=SAO_PAULO, date=WED_BRT),
    V("phone_reject", "pt", "👎 não", "reject", zone=SAO_PAULO, date=FRI_BRT),
    V("phone_reject", "pt", "não é pra gente", "reject", zone=SAO_PAULO, date=WED_BRT),
    V("phone_reject", "pt", "pode dispensar, obrigado", "reject", zone=SAO_PAULO, date=FRI_BRT),
    V("phone_advance", "pt", "sim, bora pra próxima", "advance", zone=SAO_PAULO, date=WED_BRT),
    V("phone_advance", "pt", "gostei, segue com ela 👍", "advance", zone=SAO_PAULO, date=FRI_BRT),
    V("phone_advance", "pt", "pode avançar", "advance", zone=LISBON, date=TUE_LISBON),
    V(
        "phone_advance",
        "pt",
        "show, manda pra rodada final",
        "advance",
        zone=SAO_PAULO,
        date=WED_BRT,
    ),
    V(
        "formal_reject_praise",
        "pt",
        "Prezada Sra. Almeida,\n\nAgradecemos a organização da entrevista com o Sr. Carvalho. "
        "Apesar de reconhecermos a sua experiência, optamos por não seguir com a candidatura."
        "\n\nCom os melhores cumprimentos,\nRicardo Sousa",
        "reject",
        zone=LISBON,
        date=THU_LISBON,
    ),
    V(
        "formal_reject_praise",
        "pt",
        "Oi Paula, ótima pessoa e bem preparado, mas decidimos seguir com outro candidato. "
        "Agradece a ele por nós?",
        "reject",
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    V(
        "formal_reject_reason",
        "pt",
        "Após análise com a equipe, entendemos que o perfil não se encaixa no que buscamos "
        "neste momento. Não daremos continuidade ao processo.",
        "reject",
        zone=SAO_PAULO,
        date=WED_BRT,
    ),
    V(
        "assistant_reject",
        "pt",
        "Bom dia, escrevo em nome do Dr. Pereira. Ele gostou da conversa com a Inês, mas decidiu "
        "não avançar com a candidatura dela.",
        "reject",
        zone=LISBON,
        date=TUE_LISBON,
    ),
    V(
        "formal_reject_reason",
        "pt",
        "<p>Infelizmente não vamos prosseguir com o candidato. Faltou-lhe experiência em gestão "
        "de equipas.</p><p>Cumprimentos,<br>Marta</p>",
        "reject",
        zone=LISBON,
        date=THU_LISBON,
        html=True,
    ),
    V(
        "formal_reject_reason",
        "pt",
        "Infelizmente o nível de inglês não atende ao que precisamos. Não seguimos.",
        "reject",
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    V(
        "hedged_advance",
        "pt",
        "Não fecharia a porta, mas gostaria de uma conversa técnica antes de decidir.",
        "advance",
        zone=LISBON,
        date=TUE_LISBON,
    ),
    V(
        "hedged_advance",
        "pt",
        "Fiquei na dúvida. Ela poderia fazer um estudo de caso? Aí decidimos.",
        "advance",
        zone=SAO_PAULO,
        date=WED_BRT,
    ),
    V(
        "meet_before_deciding",
        "pt",
        "Quero que o nosso líder de equipa a conheça antes de decidirmos.",
        "advance",
        zone=LISBON,
        date=THU_LISBON,
    ),
    V(
        "hedged_advance",
        "pt",
        "Não descartaria ainda. Que tal um dia de experiência com o time?",
        "advance",
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    V(
        "hedged_advance",
        "pt",
        "nem sim nem não... pede pra ele mandar uma amostra de trabalho",
        "advance",
        zone=SAO_PAULO,
        date=WED_BRT,
    ),
    V(
        "hedged_advance",
        "pt",
        "Boa impressão, mas quero aprofundar. Vamos marcar uma segunda reunião com a diretoria "
        "de produto.",
        "advance",
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    V(
        "meet_before_deciding",
        "pt",
        "Não o rejeitaria logo de cara; antes quero que fale com a nossa gerente técnica.",
        "advance",
        zone=LISBON,
        date=TUE_LISBON,
    ),
    V(
        "hold_other_candidates",
        "pt",
        "Ainda estamos vendo outros candidatos, te dou um retorno assim que fecharmos.",
        "hold",
        zone=SAO_PAULO,
        date=WED_BRT,
    ),
    V(
        "hold_budget",
        "pt",
        "Ela é a nossa primeira opção, mas dependemos da aprovação do orçamento. Umas duas "
        "semanas.",
        "hold",
        zone=LISBON,
        date=THU_LISBON,
    ),
    V(
        "hold_board",
        "pt",
        "A decisão é do conselho, que só se reúne no dia 15. Até lá não consigo confirmar.",
        "hold",
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    V(
        "hold_budget",
        "pt",
        "ainda sem decisão, o rh precisa liberar a vaga. falo contigo depois do carnaval",
        "hold",
        zone=SAO_PAULO,
        date=WED_BRT,
    ),
    V(
        "hold_more_time",
        "pt",
        "O Sr. Mendes pediu-me que informasse que precisa de mais alguns dias para pensar sobre "
        "a candidatura da Sra. Costa. Dará resposta até ao fim da próxima semana.",
        "hold",
        zone=LISBON,
        date=TUE_LISBON,
    ),
    V(
        "hold_other_search",
        "pt",
        "Gostamos muito dele, mas vamos aguardar o fechamento do outro processo antes de decidir.",
        "hold",
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    V(
        "hold_board",
        "pt",
        "Seguimos avaliando, a diretoria ainda não deu o aval.",
        "hold",
        zone=SAO_PAULO,
        date=WED_BRT,
    ),
    V(
        "advance_next_round_time",
        "pt",
        "Entrevista muito boa. Vamos fazer uma última conversa com o nosso CEO na semana que vem.",
        "advance",
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    V(
        "advance_next_round_time",
        "pt",
        "Queremos revê-la, agora com o diretor financeiro, de preferência quinta à tarde.",
        "advance",
        zone=LISBON,
        date=TUE_LISBON,
    ),
    V(
        "advance_next_round_time",
        "pt",
        "A equipa ficou satisfeita. Próximo passo: apresentação de um caso à comissão executiva, "
        "algures na semana de 14.",
        "advance",
        zone=LISBON,
        date=THU_LISBON,
    ),
    V(
        "offer_direct",
        "pt",
        "Queremos fazer uma proposta formal à Sra. Lopes. O nosso departamento de RH enviará os "
        "detalhes.",
        "offer",
        zone=LISBON,
        date=TUE_LISBON,
    ),
    RELAYED(
        "pt",
        "Boa notícia: o cliente quer fazer uma proposta ao Bruno, com início em 4 de janeiro. "
        "Mando hoje a carta-oferta para ele.",
        zone=SAO_PAULO,
        date=WED_BRT,
    ),
    RELAYED(
        "pt",
        "Para registro: a Vértice aprovou a oferta para a Mariana, R$ 18.000 mensais, começando "
        "em 1º de fevereiro.",
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
)
