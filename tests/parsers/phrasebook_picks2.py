"""Short replies that pick among proposed options, labelled by EXTRACTION.md (issue 8, picks2).

Written from the kinds of pick alone by someone who never read the engine, the other phrasebooks'
entries or the corpus: picks by position, by day and part of day, by a clock restated in the
sender's own zone, by exclusion, "any of them" and "1 or 3"; marks set inside the quoted list of
options and pick lines typed between quoted lines; picks in HTML-only Apple Mail, Outlook and
Gmail replies; a pick beside a logistics question, a fallback, a correction or written by an
assistant for their boss; and refusals of every option with and without new days, in EN, FR, DE,
ES and PT. Each language's options sit in its sender's own zone, except for the restated picks,
which read the ET options of `OPTIONS` from abroad. `kind` names the construct each probe tests.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TypedDict
from zoneinfo import ZoneInfo

from tests.parsers.reading_probes import DATE, ET, NEXT_WEEK_OPTIONS, OPTIONS, Probe, Windows

P = Probe
LONDON = "Europe/London"
LOS_ANGELES = "America/Los_Angeles"
PARIS = "Europe/Paris"
BERLIN = "Europe/Berlin"
MADRID = "Europe/Madrid"
LISBON = "Europe/Lisbon"
SAO_PAULO = "America/Sao_Paulo"
TUE_GMT = "Tue, 01 Dec 2026 15:00:00 +0000"
TUE_PT = "Tue, 01 Dec 2026 07:00:00 -0800"
TUE_CET = "Tue, 01 Dec 2026 10:00:00 +0100"
WED_CET = "Wed, 02 Dec 2026 08:30:00 +0100"
THU_CET = "Thu, 03 Dec 2026 18:05:00 +0100"
FRI_LISBON = "Fri, 04 Dec 2026 09:15:00 +0000"
TUE_BRT = "Tue, 01 Dec 2026 09:30:00 -0300"


def _options(zone: str, *starts: tuple[int, int, int]) -> dict[str, list[dict[str, str]]]:
    """Hour-long proposed options, each started at (day of December, hour, minute) in `zone`."""

    def slot(day: int, hour: int, minute: int) -> dict[str, str]:
        start = datetime(2026, 12, day, hour, minute, tzinfo=ZoneInfo(zone))
        return {"start": start.isoformat(), "end": (start + timedelta(hours=1)).isoformat()}

    return {"proposed": [slot(*start) for start in starts]}


# 1 Mon 7 Dec 10:00, 2 Tue 8 Dec 14:30, 3 Thu 10 Dec 09:00, Paris.
FR_OPTIONS = _options(PARIS, (7, 10, 0), (8, 14, 30), (10, 9, 0))
# 1 Wed 9 Dec 09:00, 2 Wed 9 Dec 15:00, 3 Fri 11 Dec 11:00, Berlin.
DE_OPTIONS = _options(BERLIN, (9, 9, 0), (9, 15, 0), (11, 11, 0))
# 1 Mon 7 Dec 16:00, 2 Wed 9 Dec 10:00, 3 Thu 10 Dec 12:30, Madrid.
ES_OPTIONS = _options(MADRID, (7, 16, 0), (9, 10, 0), (10, 12, 30))
# 1 Tue 8 Dec 09:30, 2 Wed 9 Dec 14:00, 3 Fri 11 Dec 10:00, Lisbon; the same hours in São Paulo.
PT_OPTIONS = _options(LISBON, (8, 9, 30), (9, 14, 0), (11, 10, 0))
BR_OPTIONS = _options(SAO_PAULO, (8, 9, 30), (9, 14, 0), (11, 10, 0))

# The agent's message as each language's mail client quotes it: the attribution line, then the
# numbered options as the sender saw them.
EN_SENT = (
    "On Tue, Dec 1, 2026 at 9:02 AM Agent <agent@agency.test> wrote:",
    (
        "1. Wednesday 2 Dec, 1:00-2:00 pm ET",
        "2. Thursday 3 Dec, 10:00-11:00 am ET",
        "3. Wednesday 2 Dec, 4:00-5:00 pm ET",
    ),
)
FR_SENT = (
    "Le mar. 1 déc. 2026 à 09:02, Agent <agent@agency.test> a écrit :",
    (
        "1. lundi 7 décembre, 10h00-11h00",
        "2. mardi 8 décembre, 14h30-15h30",
        "3. jeudi 10 décembre, 9h00-10h00",
    ),
)
DE_SENT = (
    "Am Mi., 2. Dez. 2026 um 08:00 Uhr schrieb Agent <agent@agency.test>:",
    (
        "1. Mittwoch, 9. Dezember, 9:00-10:00 Uhr",
        "2. Mittwoch, 9. Dezember, 15:00-16:00 Uhr",
        "3. Freitag, 11. Dezember, 11:00-12:00 Uhr",
    ),
)
ES_SENT = (
    "El jue, 3 dic 2026 a las 9:00, Agent (<agent@agency.test>) escribió:",
    (
        "1. lunes 7 de diciembre, 16:00-17:00",
        "2. miércoles 9 de diciembre, 10:00-11:00",
        "3. jueves 10 de diciembre, 12:30-13:30",
    ),
)
PT_SENT = (
    "Em sex., 4 de dez. de 2026 às 08:00, Agent <agent@agency.test> escreveu:",
    (
        "1. terça, 8 de dezembro, 9h30-10h30",
        "2. quarta, 9 de dezembro, 14h00-15h00",
        "3. sexta, 11 de dezembro, 10h00-11h00",
    ),
)
Sent = tuple[str, tuple[str, ...]]


def _marked(intro: str, sent: Sent, at: int, mark: str) -> str:
    """A reply pointing below, over the quoted options with option `at` written as `mark`."""
    header, lines = sent
    quoted = [f"> {mark.format(line) if n == at else line}" for n, line in enumerate(lines, 1)]
    return "\n".join([intro, "", header, *quoted])


def _typed_after(sent: Sent, at: int, typed: str) -> str:
    """The quoted options with an unquoted pick line typed just under option `at`."""
    header, lines = sent
    body: list[str] = [header]
    for n, line in enumerate(lines, 1):
        body += [f"> {line}", typed] if n == at else [f"> {line}"]
    return "\n".join(body)


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _apple(new: str, sent: Sent) -> str:
    """An Apple Mail HTML-only reply: `new` above a cited blockquote of the options."""
    header, lines = sent
    history = "<br>".join(_html_escape(line) for line in lines)
    return (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{new}</div><div dir="ltr"><br>'
        f'<blockquote type="cite"><div dir="ltr">{_html_escape(header)}</div>'
        f'<div dir="ltr">{history}</div></blockquote></div></body></html>'
    )


def _outlook(new: str, sent: Sent) -> str:
    """An Outlook HTML-only reply: `new`, then the divRplyFwdMsg header and the options."""
    history = "".join(f"<p>{_html_escape(line)}</p>" for line in sent[1])
    return (
        f'<html><body><div style="font-family:Calibri,sans-serif">{new}</div>'
        '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr">'
        '<font face="Calibri" color="#000000" style="font-size:11pt"><b>From:</b> Agent '
        "&lt;agent@agency.test&gt;<br><b>Sent:</b> 01 December 2026 09:02<br>"
        "<b>Subject:</b> Interview</font><div>&nbsp;</div></div>"
        f"<div>{history}</div></body></html>"
    )


def _gmail(new: str, sent: Sent) -> str:
    """A Gmail HTML-only reply: `new` above a gmail_quote holding the options."""
    header, lines = sent
    history = "<br>".join(_html_escape(line) for line in lines)
    return (
        f'<div dir="ltr">{new}</div><br><div class="gmail_quote"><div dir="ltr" '
        f'class="gmail_attr">{_html_escape(header)}<br></div><blockquote class="gmail_quote" '
        'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
        f'padding-left:1ex">{history}</blockquote></div>'
    )


class Setting(TypedDict, total=False):
    """Where a language's senders write from: their options, zone and Date header."""

    context: dict[str, list[dict[str, str]]]
    zone: str
    date: str


def _pick(
    kind: str,
    lang: str,
    text: str,
    selected: int,
    *,
    context: dict[str, list[dict[str, str]]] = OPTIONS,
    zone: str = ET,
    date: str = DATE,
    role: str = "candidate",
    html: bool = False,
) -> Probe:
    """An accept of option `selected` while options are proposed."""
    return P(
        kind,
        lang,
        text,
        "accept",
        selected=selected,
        role=role,
        stage="proposed",
        zone=zone,
        date=date,
        html=html,
        context=context,
    )


def _refusal(
    lang: str,
    text: str,
    intent: str,
    windows: Windows = (),
    *,
    context: dict[str, list[dict[str, str]]] = OPTIONS,
    zone: str = ET,
    date: str = DATE,
) -> Probe:
    """A refusal of every option: decline, or availability with the new days it offers."""
    kind = "refuse_all_new_days" if windows else "refuse_all"
    return P(
        kind, lang, text, intent, windows, stage="proposed", zone=zone, date=date, context=context
    )


FR = Setting(context=FR_OPTIONS, zone=PARIS, date=TUE_CET)
DE = Setting(context=DE_OPTIONS, zone=BERLIN, date=WED_CET)
ES = Setting(context=ES_OPTIONS, zone=MADRID, date=THU_CET)
PT = Setting(context=PT_OPTIONS, zone=LISBON, date=FRI_LISBON)
BR = Setting(context=BR_OPTIONS, zone=SAO_PAULO, date=TUE_BRT)

PHRASEBOOK_PICKS2: tuple[Probe, ...] = (
    # ---------------------------------------------------------------- English
    _pick("pick_position", "en", "the 2nd one pls", 2),
    _pick("pick_position", "en", "Let's go with the last one.", 3),
    _pick("pick_position", "en", "First option is good for me, thanks.", 1),
    _pick("pick_day_part", "en", "thursday morning one works", 2),
    _pick("pick_day_part", "en", "The later slot on Wednesday suits me best.", 3),
    _pick("pick_day_part", "en", "I'll take the earlier of the two Wednesday times.", 1),
    _pick("pick_clock", "en", "The 4pm works for me.", 3),
    _pick(
        "pick_own_zone",
        "en",
        "Thursday 3pm my time (10am yours) is great.",
        2,
        zone=LONDON,
        date=TUE_GMT,
    ),
    _pick(
        "pick_own_zone",
        "en",
        "wed 10am pacific works, thats 1pm your side",
        1,
        zone=LOS_ANGELES,
        date=TUE_PT,
    ),
    _pick(
        "pick_exclusion",
        "en",
        "All but the Tuesday one would work on my end.",
        2,
        context=NEXT_WEEK_OPTIONS,
    ),
    _pick("pick_any", "en", "any of them is fine honestly", 1),
    _pick("pick_either_numbers", "en", "3 or 2, both fine by me", 2),
    _pick("pick_any", "en", "Happy with any of the three times you sent over.", 1),
    _pick("pick_quoted_mark", "en", _marked("see below", EN_SENT, 2, "{}  <--"), 2),
    _pick("pick_quoted_mark", "en", _marked("Marked it.", EN_SENT, 3, "[x] {}"), 3),
    _pick("pick_quoted_mark", "en", _marked("ticked the one that works", EN_SENT, 1, "✓ {}"), 1),
    _pick(
        "pick_quoted_mark", "en", _marked("Bolded the one I can do below.", EN_SENT, 3, "**{}**"), 3
    ),
    _pick("pick_typed_between", "en", _typed_after(EN_SENT, 2, "this one pls"), 2),
    _pick(
        "pick_html_apple", "en", _apple("Thursday at 10 is perfect, thanks!", EN_SENT), 2, html=True
    ),
    _pick(
        "pick_html_outlook",
        "en",
        _outlook("<p>Hi,</p><p>Option 3 please.</p><p>Best,<br>Mark</p>", EN_SENT),
        3,
        html=True,
    ),
    _pick("pick_html_gmail", "en", _gmail("the wednesday 1pm works for me", EN_SENT), 1, html=True),
    _pick("pick_with_question", "en", "Thursday 10am works. Is there parking at your office?", 2),
    _pick(
        "pick_with_question",
        "en",
        "Option 1 is good - will you send a Teams link or is it in person?",
        1,
    ),
    _pick(
        "pick_with_fallback", "en", "Option 1 please; if that one's gone, the 4pm is fine too.", 1
    ),
    _pick("pick_corrected", "en", "Wednesday 1pm works. Sorry, I meant the Thursday one!", 2),
    _pick(
        "pick_by_assistant",
        "en",
        "Writing on behalf of Dr. Okafor: she will take the Wednesday 4pm slot. Please send the "
        "invite to her directly.\n\nKind regards,\nJanet, Executive Assistant",
        3,
        role="client",
    ),
    _refusal(
        "en",
        "Unfortunately none of these times work for me. I'll get back to you with "
        "some alternatives.",
        "decline",
    ),
    _refusal(
        "en",
        "cant do any of those sorry. fri morning or next mon after 2?",
        "availability",
        ((4, "09:00", "12:00"), (7, "14:00", "17:00")),
    ),
    _pick(
        "pick_if_needed",
        "en",
        "None of these is ideal, but I can make the second one if needed.",
        2,
    ),
    _refusal(
        "en",
        "I'm afraid I can't make any of the three slots - I'm travelling all week.",
        "decline",
    ),
    _refusal(
        "en",
        "Those don't work for me, but I'm around Thursday afternoon.",
        "availability",
        ((3, "12:00", "17:00"),),
    ),
    # ---------------------------------------------------------------- French
    _pick("pick_position", "fr", "La deuxième me va très bien.", 2, **FR),
    _pick("pick_position", "fr", "je prends la dernière", 3, **FR),
    _pick("pick_day_part", "fr", "Le créneau du mardi après-midi me convient.", 2, **FR),
    _pick("pick_day_part", "fr", "Jeudi matin, parfait pour moi.", 3, **FR),
    _pick("pick_day_part", "fr", "Celui du lundi matin svp", 1, **FR),
    _pick(
        "pick_exclusion",
        "fr",
        "Bonjour, tous sauf celui du lundi me conviennent. Bien à vous",
        2,
        **FR,
    ),
    _pick("pick_any", "fr", "n'importe lequel, je suis souple", 1, **FR),
    _pick("pick_either_numbers", "fr", "la 1 ou la 3, comme vous voulez", 1, **FR),
    _pick("pick_clock", "fr", "Va pour mardi 14h30.", 2, **FR),
    _pick(
        "pick_own_zone",
        "fr",
        "Jeudi 16h heure de Paris (10h chez vous) me va.",
        2,
        zone=PARIS,
        date=TUE_CET,
    ),
    _pick(
        "pick_own_zone",
        "fr",
        "Mercredi 22h chez moi c'est un peu tard, mais le mercredi 19h (13h pour vous) me va.",
        1,
        zone=PARIS,
        date=TUE_CET,
    ),
    _pick(
        "pick_quoted_mark",
        "fr",
        _marked("Voir ci-dessous", FR_SENT, 2, "{}  <== celle-ci"),
        2,
        **FR,
    ),
    _pick("pick_quoted_mark", "fr", _marked("coché ci-dessous", FR_SENT, 1, "(x) {}"), 1, **FR),
    _pick("pick_quoted_mark", "fr", _marked("Réponse ci-dessous.", FR_SENT, 3, "{}  OK"), 3, **FR),
    _pick("pick_quoted_mark", "fr", _marked("j'ai coché", FR_SENT, 2, "✔ {}"), 2, **FR),
    _pick("pick_typed_between", "fr", _typed_after(FR_SENT, 1, "celui-ci svp"), 1, **FR),
    _pick(
        "pick_html_outlook",
        "fr",
        _outlook(
            "<p>Bonjour,</p><p>Le créneau 2 me convient parfaitement.</p>"
            "<p>Cordialement,<br>Claire Martin</p>",
            FR_SENT,
        ),
        2,
        html=True,
        **FR,
    ),
    _pick(
        "pick_html_gmail", "fr", _gmail("jeudi matin c'est parfait", FR_SENT), 3, html=True, **FR
    ),
    _pick(
        "pick_html_apple",
        "fr",
        _apple("Parfait pour le premier créneau, merci !", FR_SENT),
        1,
        html=True,
        **FR,
    ),
    _pick(
        "pick_with_question", "fr", "Lundi 10h c'est bon. Qui sera présent côté client ?", 1, **FR
    ),
    _pick(
        "pick_with_question",
        "fr",
        "C'est noté pour jeudi, merci. Faut-il apporter une pièce d'identité pour l'accueil ?",
        3,
        **FR,
    ),
    _pick(
        "pick_with_fallback", "fr", "Le premier de préférence, à défaut le jeudi matin.", 1, **FR
    ),
    _pick(
        "pick_corrected",
        "fr",
        "Mardi après-midi pour moi. Pardon, je voulais dire jeudi matin !",
        3,
        **FR,
    ),
    _pick(
        "pick_by_assistant",
        "fr",
        "Madame, Monsieur,\n\nM. Dubois retiendra le créneau du jeudi 10 décembre à 9h. Je vous "
        "remercie de lui adresser directement l'invitation.\n\nSophie Laurent\nAssistante de "
        "direction",
        3,
        role="client",
        **FR,
    ),
    _pick("pick_position", "fr", "option 3 svp", 3, **FR),
    _refusal(
        "fr",
        "Malheureusement aucun de ces créneaux ne me convient. Je reviens vers vous.",
        "decline",
        **FR,
    ),
    _refusal(
        "fr",
        "aucun ne marche pour moi désolé, mais vendredi matin je suis dispo",
        "availability",
        ((4, "09:00", "12:00"),),
        **FR,
    ),
    _pick(
        "pick_if_needed",
        "fr",
        "Aucun n'est idéal, mais je peux faire le deuxième si besoin.",
        2,
        **FR,
    ),
    _refusal(
        "fr",
        "Aucune de ces dates ne m'arrange. Je serais libre mercredi 9 après 15h ou vendredi 11 "
        "toute la journée.",
        "availability",
        ((9, "15:00", "17:00"), (11, "09:00", "17:00")),
        **FR,
    ),
    _refusal(
        "fr",
        "Je suis en congé toute la semaine prochaine, aucun créneau ne me convient donc.",
        "decline",
        **FR,
    ),
    # ---------------------------------------------------------------- German
    _pick("pick_position", "de", "die mittlere passt mir", 2, **DE),
    _pick("pick_position", "de", "Ich nehme den ersten Termin.", 1, **DE),
    _pick("pick_position", "de", "Der letzte wäre mir am liebsten.", 3, **DE),
    _pick("pick_day_part", "de", "Den Freitagvormittag bitte.", 3, **DE),
    _pick("pick_day_part", "de", "Mittwochnachmittag passt.", 2, **DE),
    _pick("pick_day_part", "de", "Der frühere am Mittwoch geht bei mir.", 1, **DE),
    _pick("pick_exclusion", "de", "Geht alles außer dem Mittwochmorgen.", 2, **DE),
    _pick("pick_any", "de", "Egal welcher, alle gehen.", 1, **DE),
    _pick("pick_either_numbers", "de", "2 oder 3, beides gut", 2, **DE),
    _pick("pick_clock", "de", "Den 15-Uhr-Termin bitte.", 2, **DE),
    _pick(
        "pick_own_zone",
        "de",
        "Donnerstag 16 Uhr meiner Zeit, also 10 Uhr bei Ihnen, passt perfekt.",
        2,
        zone=BERLIN,
        date=TUE_CET,
    ),
    _pick(
        "pick_own_zone",
        "de",
        "Mittwoch 22 Uhr bei mir (16 Uhr ET) geht klar.",
        3,
        zone=BERLIN,
        date=TUE_CET,
    ),
    _pick("pick_quoted_mark", "de", _marked("siehe unten", DE_SENT, 2, "{}  passt"), 2, **DE),
    _pick("pick_quoted_mark", "de", _marked("Unten markiert.", DE_SENT, 3, "{}  <--"), 3, **DE),
    _pick("pick_quoted_mark", "de", _marked("hab angekreuzt", DE_SENT, 1, "[x] {}"), 1, **DE),
    _pick("pick_typed_between", "de", _typed_after(DE_SENT, 3, "der hier"), 3, **DE),
    _pick(
        "pick_html_outlook",
        "de",
        _outlook(
            "Sehr geehrte Frau Weber,<br><br>gerne bestätige ich den Termin am Mittwoch um 15 "
            "Uhr.<br><br>Mit freundlichen Grüßen<br>Thomas Becker",
            DE_SENT,
        ),
        2,
        html=True,
        **DE,
    ),
    _pick("pick_html_apple", "de", _apple("Freitag passt super 👍", DE_SENT), 3, html=True, **DE),
    _pick("pick_html_gmail", "de", _gmail("Option zwei, danke!", DE_SENT), 2, html=True, **DE),
    _pick("pick_with_question", "de", "Termin 1 passt. Gibt es vor Ort Parkplätze?", 1, **DE),
    _pick(
        "pick_with_question",
        "de",
        "Wer nimmt denn am Gespräch teil? Ansonsten passt mir der Freitag.",
        3,
        **DE,
    ),
    _pick(
        "pick_with_fallback", "de", "Am liebsten Mittwoch um 9, notfalls auch um 15 Uhr.", 1, **DE
    ),
    _pick(
        "pick_corrected",
        "de",
        "Freitag passt. Korrektur: ich meinte Mittwoch 15 Uhr, sorry!",
        2,
        **DE,
    ),
    _pick(
        "pick_by_assistant",
        "de",
        "Im Auftrag von Herrn Dr. Krüger: Er nimmt den Termin am Freitag um 11 Uhr wahr. Bitte "
        "senden Sie die Einladung direkt an ihn.\n\nViele Grüße\nAnja Schmitt, Assistenz der "
        "Geschäftsführung",
        3,
        role="client",
        **DE,
    ),
    _pick("pick_position", "de", "ok nr 3", 3, **DE),
    _refusal(
        "de",
        "Leider passt keiner der drei Termine. Ich melde mich bei Ihnen.",
        "decline",
        **DE,
    ),
    _refusal(
        "de",
        "Keiner der Termine klappt leider. Morgen Nachmittag oder Montag ganztags?",
        "availability",
        ((3, "12:00", "17:00"), (7, "09:00", "17:00")),
        **DE,
    ),
    _pick(
        "pick_if_needed",
        "de",
        "Ideal ist keiner, aber den zweiten könnte ich zur Not einrichten.",
        2,
        **DE,
    ),
    _refusal("de", "bin nächste woche im urlaub, geht leider keiner davon", "decline", **DE),
    _refusal(
        "de",
        "Die Vorschläge passen mir leider alle nicht, ich könnte aber Donnerstag, 10. Dezember, "
        "zwischen 13 und 16 Uhr.",
        "availability",
        ((10, "13:00", "16:00"),),
        **DE,
    ),
    # ---------------------------------------------------------------- Spanish
    _pick("pick_position", "es", "la segunda me viene bien", 2, **ES),
    _pick("pick_position", "es", "Me quedo con la última.", 3, **ES),
    _pick("pick_position", "es", "La de en medio me queda perfecto.", 2, **ES),
    _pick("pick_position", "es", "ok la primera", 1, **ES),
    _pick("pick_day_part", "es", "el del jueves por la tarde", 3, **ES),
    _pick("pick_day_part", "es", "El miércoles por la mañana, perfecto.", 2, **ES),
    _pick("pick_exclusion", "es", "cualquiera menos la del lunes", 2, **ES),
    _pick("pick_any", "es", "me vale cualquiera", 1, **ES),
    _pick("pick_any", "es", "cualquiera de las tres, ustedes eligen", 1, **ES),
    _pick("pick_either_numbers", "es", "la 3 o la 2, me da igual", 2, **ES),
    _pick("pick_clock", "es", "Me va bien la de las 12:30.", 3, **ES),
    _pick(
        "pick_own_zone",
        "es",
        "El jueves a las 16h hora de aquí (las 10 para ustedes) me viene perfecto.",
        2,
        zone=MADRID,
        date=TUE_CET,
    ),
    _pick("pick_quoted_mark", "es", _marked("te marco abajo", ES_SENT, 2, "{}  <- esta"), 2, **ES),
    _pick("pick_quoted_mark", "es", _marked("marcada abajo", ES_SENT, 3, "(x) {}"), 3, **ES),
    _pick(
        "pick_quoted_mark",
        "es",
        _marked("Te marco en negrita la que me va:", ES_SENT, 2, "**{}**"),
        2,
        **ES,
    ),
    _pick("pick_quoted_mark", "es", _marked("te la marco abajo", ES_SENT, 1, "✓ {}"), 1, **ES),
    _pick("pick_typed_between", "es", _typed_after(ES_SENT, 1, "esta"), 1, **ES),
    _pick(
        "pick_html_outlook",
        "es",
        _outlook(
            "<p>Buenos días,</p><p>Confirmo la opción 1.</p><p>Un saludo,<br>Javier</p>", ES_SENT
        ),
        1,
        html=True,
        **ES,
    ),
    _pick("pick_html_gmail", "es", _gmail("el jueves me va genial!!", ES_SENT), 3, html=True, **ES),
    _pick("pick_html_apple", "es", _apple("Vale, la del lunes.", ES_SENT), 1, html=True, **ES),
    _pick(
        "pick_with_question",
        "es",
        "La del miércoles a las 10 me va bien. ¿Es presencial o por videollamada?",
        2,
        **ES,
    ),
    _pick(
        "pick_with_question",
        "es",
        "Voy con la opción del jueves. ¿Quién estará en la entrevista?",
        3,
        **ES,
    ),
    _pick(
        "pick_with_fallback",
        "es",
        "Prefiero la primera; si ya no está, el miércoles también puedo.",
        1,
        **ES,
    ),
    _pick("pick_corrected", "es", "Perfecto el lunes. Perdón, quería decir el jueves!", 3, **ES),
    _pick(
        "pick_by_assistant",
        "es",
        "Buenas tardes:\n\nLe escribo de parte del Sr. Ruiz, a quien le va bien la reunión del "
        "miércoles a las 10:00. Ruego envíen la convocatoria a su dirección.\n\nAtentamente,\n"
        "Marta Gil, secretaria de dirección",
        2,
        role="client",
        **ES,
    ),
    _refusal(
        "es",
        "Lamentablemente no puedo en ninguna de las fechas propuestas. Les escribo más adelante.",
        "decline",
        **ES,
    ),
    _refusal(
        "es",
        "ninguna me cuadra, lo siento. el viernes por la mañana o el lunes después de las 12?",
        "availability",
        ((4, "09:00", "12:00"), (7, "12:00", "17:00")),
        **ES,
    ),
    _pick(
        "pick_if_needed", "es", "Ninguna es ideal, pero si hace falta puedo la segunda.", 2, **ES
    ),
    _refusal("es", "No me va ninguna, estoy de viaje toda la semana que viene.", "decline", **ES),
    _refusal(
        "es",
        "No puedo en ninguna de esas. Tengo libre el martes 15 por la tarde.",
        "availability",
        ((15, "12:00", "17:00"),),
        **ES,
    ),
    # ---------------------------------------------------------------- Portuguese
    _pick("pick_position", "pt", "a primeira serve-me", 1, **PT),
    _pick("pick_position", "pt", "Fico com a última.", 3, **PT),
    _pick("pick_position", "pt", "pode ser a do meio", 2, **BR),
    _pick("pick_position", "pt", "blz, a 3", 3, **BR),
    _pick("pick_day_part", "pt", "o de quarta à tarde", 2, **PT),
    _pick("pick_day_part", "pt", "Sexta de manhã, perfeito.", 3, **PT),
    _pick("pick_exclusion", "pt", "qualquer uma menos a de terça", 2, **BR),
    _pick("pick_any", "pt", "Qualquer um serve.", 1, **PT),
    _pick("pick_any", "pt", "Serve-me qualquer uma das três.", 1, **PT),
    _pick("pick_either_numbers", "pt", "a 2 ou a 3, tanto faz", 2, **BR),
    _pick("pick_clock", "pt", "Quarta às 14h por mim está ótimo, obrigado.", 2, **PT),
    _pick(
        "pick_own_zone",
        "pt",
        "Quinta ao meio-dia no meu horário (10h de vocês) fica ótimo.",
        2,
        zone=SAO_PAULO,
        date=TUE_BRT,
    ),
    _pick("pick_quoted_mark", "pt", _marked("marquei abaixo", PT_SENT, 2, "{}  <--"), 2, **PT),
    _pick("pick_quoted_mark", "pt", _marked("vê abaixo", PT_SENT, 3, "{}  essa"), 3, **PT),
    _pick("pick_quoted_mark", "pt", _marked("assinalei em baixo", PT_SENT, 1, "[x] {}"), 1, **PT),
    _pick("pick_quoted_mark", "pt", _marked("segue marcada abaixo", PT_SENT, 1, "✔ {}"), 1, **BR),
    _pick("pick_typed_between", "pt", _typed_after(PT_SENT, 2, "essa aqui"), 2, **BR),
    _pick(
        "pick_html_outlook",
        "pt",
        _outlook(
            "<p>Bom dia,</p><p>Confirmo a opção 3.</p><p>Com os melhores cumprimentos,<br>Rita</p>",
            PT_SENT,
        ),
        3,
        html=True,
        **PT,
    ),
    _pick(
        "pick_html_gmail",
        "pt",
        _gmail("terça de manhã tá ótimo pra mim", PT_SENT),
        1,
        html=True,
        **BR,
    ),
    _pick("pick_html_apple", "pt", _apple("Combinado, sexta às 10h.", PT_SENT), 3, html=True, **PT),
    _pick(
        "pick_with_question",
        "pt",
        "A de quarta às 14h dá-me jeito. Há estacionamento no local?",
        2,
        **PT,
    ),
    _pick(
        "pick_with_question",
        "pt",
        "Fico com a de terça. Quem vai estar presente na entrevista?",
        1,
        **BR,
    ),
    _pick(
        "pick_with_fallback",
        "pt",
        "Prefiro a primeira; se não der, a de sexta também serve.",
        1,
        **PT,
    ),
    _pick("pick_corrected", "pt", "Terça está bom. Desculpa, queria dizer quarta!", 2, **PT),
    _pick(
        "pick_by_assistant",
        "pt",
        "Bom dia,\n\nEm nome do Dr. Almeida, informo que ele fica com o horário de sexta-feira "
        "às 10h. Por favor enviem o convite para o e-mail dele.\n\nCumprimentos,\nInês Costa, "
        "assistente de direção",
        3,
        role="client",
        **PT,
    ),
    _refusal(
        "pt",
        "Infelizmente nenhum destes horários me dá jeito. Volto a contactar.",
        "decline",
        **PT,
    ),
    _refusal(
        "pt",
        "nenhum dá pra mim, foi mal. segunda à tarde ou terça antes das 11?",
        "availability",
        ((7, "12:00", "17:00"), (8, "09:00", "11:00")),
        **BR,
    ),
    _pick(
        "pick_if_needed",
        "pt",
        "Nenhuma é ideal, mas se for preciso consigo a segunda.",
        2,
        **PT,
    ),
    _refusal(
        "pt",
        "Vou estar de férias toda a próxima semana, portanto nenhuma das opções serve.",
        "decline",
        **PT,
    ),
    _refusal(
        "pt",
        "Nenhuma destas datas me serve. Posso na quinta, dia 10, entre as 15h e as 17h.",
        "availability",
        ((10, "15:00", "17:00"),),
        **PT,
    ),
)
