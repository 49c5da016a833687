"""Phrasebook of picks among proposed options, HTML-only replies and confirmations (issue 8).

About 50 replies in each of English, French, German, Spanish and Portuguese, written from how
candidates and clients answer a list of options (never from the corpus or the other probes),
labelled to shared/EXTRACTION.md:

- kind "pick" (stage proposed): an option named by number, letter or ordinal, by its place in
  the list, by day, by day and time, as the earlier or later one on a day, by its time alone,
  restated in the sender's own zone, with a typo in the day, quoted back, under a condition,
  two acceptable options (the lowest wins), with an apology or emoji around it; every option
  declined (decline); a day or time that matches no option (availability with that window); an
  option picked and then refused.
- kind "html": the same replies as Apple Mail, Outlook and Gmail write them when they send
  HTML only, with the agent's options (or older times) quoted below and signature tables, and
  Outlook availability tables whose rows say which times are free.
- kind "plain" (stage scheduled, the BOOKED interview): confirmations of the booked time, and
  replies that are not (a logistics question, a request to move it).

`PICK_CONSTRUCTS[i]` names the construct of `PHRASEBOOK_PICKS[i]`, for scoring by construct.
Wired into the suite by tests/parsers/test_phrasebook_picks.py (round 9).
"""

from __future__ import annotations

from typing import Any

from tests.parsers.reading_probes import (
    BOOKED,
    ET,
    NEXT_WEEK_OPTIONS,
    OPTIONS,
    P,
    Probe,
    Windows,
    _slot,
)

LONDON = "Europe/London"
PARIS = "Europe/Paris"
BERLIN = "Europe/Berlin"
MADRID = "Europe/Madrid"
LISBON = "Europe/Lisbon"
SAO_PAULO = "America/Sao_Paulo"
MEXICO_CITY = "America/Mexico_City"
LOS_ANGELES = "America/Los_Angeles"

# Three options on three days, in list order: 1 Wed 2 Dec 15:00, 2 Thu 3 Dec 11:00,
# 3 Fri 4 Dec 14:00 ET.
SPREAD = {"proposed": [_slot(2, 15), _slot(3, 11), _slot(4, 14)]}
# Two options on one day: 1 Thu 3 Dec 09:00, 2 Thu 3 Dec 15:00 ET.
THURSDAY_PAIR = {"proposed": [_slot(3, 9), _slot(3, 15)]}
# Options set for Europe: 1 Wed 2 Dec 09:00, 2 Thu 3 Dec 08:00, 3 Fri 4 Dec 10:00 ET, which are
# 15:00 / 14:00 / 16:00 in Paris, Berlin and Madrid and 14:00 / 13:00 / 15:00 in Lisbon.
EU_OPTIONS = {"proposed": [_slot(2, 9), _slot(3, 8), _slot(4, 10)]}

# What the agent's quoted message listed, as each mail client keeps it below the reply.
_QUOTED = {
    "options": "Here are three times for your interview:<br>1. Wednesday 2 December, 1:00 pm ET<br>"
    "2. Thursday 3 December, 10:00 am ET<br>3. Wednesday 2 December, 4:00 pm ET<br>"
    "Just reply with the one that suits you.",
    "spread": "Here are three times for your interview:<br>1. Wed 2 Dec, 3:00 pm ET<br>"
    "2. Thu 3 Dec, 11:00 am ET<br>3. Fri 4 Dec, 2:00 pm ET",
    # An earlier exchange whose times are no longer on the table.
    "old": "Thanks! Those are taken now, so here are new options"
    " (1. Wednesday 2 December, 1:00 pm ET; 2. Thursday 3 December, 10:00 am ET;"
    " 3. Wednesday 2 December, 4:00 pm ET).<br><br>"
    "&gt; I'm free Friday 4 December 9-11 am or Monday 7 December after 2 pm.",
}
_APPLE_ATTR = {
    "en": "On 30 Nov 2026, at 16:02, Agent &lt;agent@agency.test&gt; wrote:",
    "fr": "Le 30 nov. 2026 à 16:02, Agent &lt;agent@agency.test&gt; a écrit :",
    "de": "Am 30.11.2026 um 16:02 schrieb Agent &lt;agent@agency.test&gt;:",
    "es": "El 30 nov 2026, a las 16:02, Agent &lt;agent@agency.test&gt; escribió:",
    "pt": "Em 30 de nov. de 2026, à(s) 16:02, Agent &lt;agent@agency.test&gt; escreveu:",
}
_OUTLOOK_HEAD = {
    "en": ("From", "Sent", "Monday, November 30, 2026 4:02 PM", "To", "Subject"),
    "fr": ("De", "Envoyé", "lundi 30 novembre 2026 16:02", "À", "Objet"),
    "de": ("Von", "Gesendet", "Montag, 30. November 2026 16:02", "An", "Betreff"),
    "es": ("De", "Enviado", "lunes, 30 de noviembre de 2026 16:02", "Para", "Asunto"),
    "pt": ("De", "Enviado", "segunda-feira, 30 de novembro de 2026 16:02", "Para", "Assunto"),
}
_GMAIL_ATTR = {
    "en": ("On Mon, Nov 30, 2026 at 4:02 PM Agent", " wrote:"),
    "fr": ("Le lun. 30 nov. 2026 à 16:02, Agent", " a écrit :"),
    "de": ("Am Mo., 30. Nov. 2026 um 16:02 Uhr schrieb Agent", ":"),
    "es": ("El lun, 30 nov 2026 a las 16:02, Agent", " escribió:"),
    "pt": ("Em seg., 30 de nov. de 2026 às 16:02, Agent", " escreveu:"),
}


def _apple(lang: str, new: str, quoted: str) -> str:
    """An HTML-only Apple Mail reply: div/br lines, the quote in a cite blockquote."""
    return (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space;'
        ' line-break: after-white-space;">'
        f'{new}<div><br><blockquote type="cite"><div>{_APPLE_ATTR[lang]}</div>'
        f'<br class="Apple-interchange-newline"><div><div>{_QUOTED[quoted]}</div></div>'
        "</blockquote></div></body></html>"
    )


def _mso(*lines: str) -> str:
    """Outlook's paragraphs: one MsoNormal paragraph a line, &nbsp; for a blank one."""
    return "".join(f'<p class="MsoNormal">{line or "&nbsp;"}<o:p></o:p></p>' for line in lines)


def _outlook(lang: str, new: str, quoted: str) -> str:
    """An HTML-only Outlook reply: Word paragraphs, then the From/Sent block and the quote."""
    frm, sent, when, to, subject = _OUTLOOK_HEAD[lang]
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt;"
        ' font-family:"Calibri",sans-serif;} -->'
        '</style></head><body lang="EN-US" link="#0563C1" vlink="#954F72">'
        f'<div class="WordSection1">{new}'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f'<p class="MsoNormal"><b>{frm}:</b> Agent &lt;agent@agency.test&gt;<br>'
        f"<b>{sent}:</b> {when}<br><b>{to}:</b> Someone &lt;someone@example.test&gt;<br>"
        f"<b>{subject}:</b> Interview<o:p></o:p></p>"
        f"</div>{_mso(_QUOTED[quoted])}</div></body></html>"
    )


def _gmail(lang: str, new: str, quoted: str) -> str:
    """An HTML-only Gmail reply: a dir=ltr div, the quote in a gmail_quote blockquote."""
    said, wrote = _GMAIL_ATTR[lang]
    return (
        f'<div dir="ltr">{new}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        f'{said} &lt;<a href="mailto:agent@agency.test">agent@agency.test</a>&gt;{wrote}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        f'rgb(204,204,204);padding-left:1ex">{_QUOTED[quoted]}</blockquote></div>'
    )


def _signature(name: str, title: str, phone: str, address: str) -> str:
    """A signature laid out as a two-cell table, logo left, details right."""
    return (
        '<table border="0" cellspacing="0" cellpadding="0"><tr>'
        '<td style="padding:0 10px 0 0"><img src="cid:logo001.png" width="64" height="64"></td>'
        f'<td><p class="MsoNormal"><b><span style="color:#1F3864">{name}</span></b><br>{title}<br>'
        f"{phone}<br>{address}<o:p></o:p></p></td></tr></table>"
    )


def _table(*rows: tuple[str, ...]) -> str:
    """An Outlook grid table; the first row is the head."""
    cell = '<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
    head, *body = rows
    out = '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"'
    out += ' style="border-collapse:collapse;border:none">'
    out += "<tr>" + "".join(f"{cell}{_mso(f'<b>{h}</b>')}</td>" for h in head) + "</tr>"
    for row in body:
        out += "<tr>" + "".join(f"{cell}{_mso(c)}</td>" for c in row) + "</tr>"
    return out + "</table>"


Entry = tuple[str, Probe]


def _accept(
    construct: str,
    lang: str,
    text: str,
    selected: int,
    context: dict[str, Any] = OPTIONS,
    zone: str = ET,
    role: str = "candidate",
) -> Entry:
    probe = P(
        "pick",
        lang,
        text,
        "accept",
        (),
        selected,
        role=role,
        stage="proposed",
        zone=zone,
        context=context,
    )
    return construct, probe


def _decline(construct: str, lang: str, text: str, context: dict[str, Any] = OPTIONS) -> Entry:
    return construct, P("pick", lang, text, "decline", stage="proposed", context=context)


def _offer(construct: str, lang: str, text: str, windows: Windows, zone: str = ET) -> Entry:
    """A day or time that matches no option: an offer of that time, not a pick."""
    return construct, P(
        "pick", lang, text, "availability", windows, stage="proposed", zone=zone, context=OPTIONS
    )


def _html(
    construct: str,
    lang: str,
    body: str,
    intent: str,
    selected: int | None = None,
    windows: Windows = (),
    context: dict[str, Any] = OPTIONS,
    zone: str = ET,
) -> Entry:
    probe = P(
        "html",
        lang,
        body,
        intent,
        windows,
        selected,
        stage="proposed",
        zone=zone,
        html=True,
        context=context,
    )
    return construct, probe


def _booked(construct: str, lang: str, text: str, intent: str, windows: Windows = ()) -> Entry:
    return construct, P("plain", lang, text, intent, windows, stage="scheduled", context=BOOKED)


PUSHED = ((2, "14:30", "15:30"),)  # the booked Wednesday 14:00 slot, half an hour later

_EN: tuple[Entry, ...] = (
    _accept("number", "en", "Option 2 works for me.", 2),
    _accept("number", "en", "I'll take #3, thanks!", 3),
    _accept("number", "en", "Let's go with number 1.", 1),
    _accept("ordinal", "en", "The second one, please.", 2),
    _accept("ordinal", "en", "The first slot is best for me.", 1),
    _accept("letter", "en", "C works best for me.", 3),
    _accept("position", "en", "The middle one suits me best.", 2, SPREAD),
    _accept("position", "en", "The last option please, Fridays are easiest for me.", 3, SPREAD),
    _accept("day", "en", "Thursday works.", 2),
    _accept("day", "en", "Friday is good for me.", 3, SPREAD),
    _accept("day-two-options", "en", "Wednesday's fine by me, either time.", 1),
    _accept("day-time", "en", "Wed at 4 works great.", 3),
    _accept("day-time", "en", "Tuesday the 8th at 11 is perfect.", 1, NEXT_WEEK_OPTIONS),
    _accept("earlier-later", "en", "I'll take the later one on Wednesday.", 3),
    _accept("earlier-later", "en", "The earlier Thursday slot, please.", 1, THURSDAY_PAIR),
    _accept(
        "earlier-later", "en", "The Thursday afternoon one works better for me.", 2, THURSDAY_PAIR
    ),
    _accept("time-only", "en", "4pm is perfect.", 3),
    _accept("time-only", "en", "10 am suits me best.", 2),
    _accept(
        "own-zone",
        "en",
        "Thursday 10am ET is 3pm here in London, so that one works.",
        2,
        zone=LONDON,
    ),
    _accept(
        "own-zone",
        "en",
        "Wed 1pm your time = 10am for me in Seattle. Let's do that.",
        1,
        zone=LOS_ANGELES,
    ),
    # No zone written: read in the sender's zone, Wednesday 1pm Pacific is 4pm ET.
    _accept("own-zone", "en", "Wednesday at 1pm works for me.", 3, zone=LOS_ANGELES),
    _accept("typo", "en", "Thrusday works for me.", 2),
    _accept("typo", "en", "Wendesday at 1 is fine.", 1),
    _accept("quoted-back", "en", 'Let\'s do "Thursday 3 December, 10:00 am ET".', 2),
    _accept("quoted-back", "en", "> 3. Wednesday 2 December, 4:00 pm ET\n\nThis one, please.", 3),
    _accept("condition", "en", "Option 2, if it can be 45 minutes instead of an hour.", 2),
    _accept("condition", "en", "Wed 4pm works as long as it's on video rather than in person.", 3),
    _accept("two-acceptable", "en", "1 or 3, both fine.", 1),
    _accept("two-acceptable", "en", "Either Thursday or the later Wednesday slot works for me.", 2),
    _accept(
        "apology", "en", "So sorry for the late reply, I was travelling. The third option works.", 3
    ),
    _accept("emoji", "en", "👉 Option 1 👈", 1),
    _accept("emoji", "en", "✅ Thursday 🙌", 2),
    _decline(
        "decline-all",
        "en",
        "None of these work for me unfortunately. I'll get back to you with some times.",
    ),
    _decline("decline-all", "en", "Sorry, I can't make any of those."),
    _offer("no-match", "en", "Thursday at 2pm works for me.", ((3, "14:00", "15:00"),)),
    _offer("no-match", "en", "Could we do Friday morning instead?", ((4, "09:00", "12:00"),)),
    _accept(
        "pick-then-refuse",
        "en",
        "Option 2 would have been ideal, but I've just been booked on a flight Thursday."
        " So option 3 then.",
        3,
    ),
    _decline(
        "pick-then-refuse",
        "en",
        "I was going to take Wednesday at 1, but I just checked and I have an exam then,"
        " and Thursday is out too. None of them work now, sorry.",
    ),
    _accept("client", "en", "Option 2 works for the panel.", 2, role="client"),
    _accept("client", "en", "The team can do Wednesday at 4.", 3, role="client"),
    _html(
        "apple",
        "en",
        _apple(
            "en", "Thursday works for me.<div><br></div><div>Best,</div><div>Sam</div>", "options"
        ),
        "accept",
        2,
    ),
    _html(
        "apple",
        "en",
        _apple("en", "Option&nbsp;3 please!<div><br></div><div>Sam</div>", "options"),
        "accept",
        3,
    ),
    _html(
        "apple",
        "en",
        _apple(
            "en",
            "<div>The middle one, please 🙂</div><div><br></div><div>Sent from my iPhone</div>",
            "spread",
        ),
        "accept",
        2,
        context=SPREAD,
    ),
    _html(
        "outlook",
        "en",
        _outlook(
            "en",
            _mso("Hi,", "", "Wednesday 1pm works.", "", "Thanks,")
            + _signature(
                "Sam Lee",
                "Senior Data Engineer",
                "M: +1 (212) 555-0134",
                "350 5th Ave, Floor 10, New York, NY 10118",
            ),
            "old",
        ),
        "accept",
        1,
    ),
    _html(
        "outlook",
        "en",
        _outlook(
            "en",
            _mso(
                "Hello,",
                "",
                "Unfortunately none of these times work for me.",
                "",
                "Regards,",
                "Sam",
            ),
            "options",
        ),
        "decline",
    ),
    _html(
        "gmail",
        "en",
        _gmail(
            "en", "The 4pm on Wednesday works great, thanks!<div><br></div><div>Sam</div>", "old"
        ),
        "accept",
        3,
    ),
    _html(
        "gmail",
        "en",
        _gmail(
            "en",
            '<span style="font-family:arial,sans-serif;font-size:small;color:#222222">'
            "Let&#39;s do the second option.</span>",
            "options",
        ),
        "accept",
        2,
    ),
    _html(
        "table",
        "en",
        _outlook(
            "en",
            _mso("Hi,", "None of the proposed times work, but here is when I'm free:", "")
            + _table(
                ("Day", "Time (ET)", "Status"),
                ("Thu 3 Dec", "9:00 – 11:00", "Available"),
                ("Thu 3 Dec", "14:00 – 16:00", "Busy"),
                ("Fri 4 Dec", "13:00 – 17:00", "Available"),
                ("Mon 7 Dec", "All day", "Unavailable"),
            ),
            "options",
        ),
        "availability",
        windows=((3, "09:00", "11:00"), (4, "13:00", "17:00")),
    ),
    # The table's times are Pacific (its head says so); the windows are in the sender's ET zone.
    _html(
        "table",
        "en",
        _outlook(
            "en",
            _mso("Those don't work for me, sorry. My calendar for the next few days:", "")
            + _table(
                ("Date", "Time (PT)", "Status"),
                ("Wed 2 Dec", "9:00 AM – 11:00 AM", "Free"),
                ("Thu 3 Dec", "8:00 AM – 10:00 AM", "Out of office"),
                ("Fri 4 Dec", "10:00 AM – 12:00 PM", "Free"),
            ),
            "options",
        ),
        "availability",
        windows=((2, "12:00", "14:00"), (4, "13:00", "15:00")),
    ),
    _booked("confirm", "en", "See you Wednesday!", "accept"),
    _booked("confirm", "en", "Confirmed, thanks.", "accept"),
    _booked("confirm", "en", "Ok for me 👍", "accept"),
    _booked("confirm", "en", "I'll be there.", "accept"),
    # A bare thumbs-up is the acknowledgement issue 8 names as `other`.
    _booked("not-confirm", "en", "👍", "other"),
    _booked("not-confirm", "en", "What's the address of the office?", "question"),
    _booked("not-confirm", "en", "Can we push it back 30 minutes?", "reschedule", PUSHED),
)

_FR: tuple[Entry, ...] = (
    _accept("number", "fr", "L'option 2 me convient.", 2),
    _accept("number", "fr", "Je prends la n°3.", 3),
    _accept("ordinal", "fr", "Va pour la première.", 1),
    _accept("ordinal", "fr", "La deuxième proposition m'arrange.", 2),
    _accept("letter", "fr", "Le créneau C me va.", 3),
    _accept("position", "fr", "Celle du milieu me va très bien.", 2, SPREAD),
    _accept("position", "fr", "La dernière, celle du vendredi, c'est parfait.", 3, SPREAD),
    _accept("day", "fr", "Jeudi me va.", 2),
    _accept("day", "fr", "Vendredi, c'est bon pour moi.", 3, SPREAD),
    _accept("day-two-options", "fr", "Mercredi, n'importe lequel des deux créneaux.", 1),
    _accept("day-time", "fr", "Mercredi à 16h, parfait.", 3),
    _accept("day-time", "fr", "Le mercredi 9 à 14h me convient.", 2, NEXT_WEEK_OPTIONS),
    _accept("earlier-later", "fr", "Je préfère le créneau le plus tardif du mercredi.", 3),
    _accept("earlier-later", "fr", "Le créneau du jeudi matin, s'il vous plaît.", 1, THURSDAY_PAIR),
    _accept("time-only", "fr", "10h, c'est parfait.", 2),
    _accept("time-only", "fr", "13h me va bien.", 1),
    _accept(
        "own-zone",
        "fr",
        "Jeudi 8h ET, soit 14h chez moi à Paris : c'est bon.",
        2,
        EU_OPTIONS,
        PARIS,
    ),
    _accept("own-zone", "fr", "Mercredi 15h (heure de Paris) me convient.", 1, EU_OPTIONS, PARIS),
    _accept("own-zone", "fr", "Vendredi à 16h, parfait.", 3, EU_OPTIONS, PARIS),
    _accept("typo", "fr", "Jeudu me va.", 2),
    _accept("typo", "fr", "mecredi 16h ok pour moi", 3),
    _accept(
        "quoted-back", "fr", "« Jeudi 3 décembre, 10h00 ET » : c'est celui-là que je prends.", 2
    ),
    _accept("condition", "fr", "L'option 1, à condition que ce soit en visio.", 1),
    _accept("condition", "fr", "La 2, si on peut faire 30 minutes au lieu d'une heure.", 2),
    _accept("two-acceptable", "fr", "La 1 ou la 3, les deux me vont.", 1),
    _accept("two-acceptable", "fr", "Mercredi 16h ou jeudi, comme vous préférez.", 2),
    _accept(
        "apology", "fr", "Désolé pour ma réponse tardive ! La troisième option me convient.", 3
    ),
    _accept("emoji", "fr", "✅ Option 2 ✅", 2),
    _accept("emoji", "fr", "🙏 jeudi 🙏", 2),
    _decline(
        "decline-all",
        "fr",
        "Aucun de ces créneaux ne me convient, malheureusement. Je reviens vers vous rapidement.",
    ),
    _decline("decline-all", "fr", "Je ne suis disponible à aucune de ces dates, désolé."),
    _offer("no-match", "fr", "Jeudi à 15h, ce serait possible ?", ((3, "15:00", "16:00"),)),
    _offer("no-match", "fr", "Vendredi matin plutôt ?", ((4, "09:00", "12:00"),)),
    _accept(
        "pick-then-refuse",
        "fr",
        "J'allais dire mercredi 13h, mais j'ai un rendez-vous médical. Jeudi alors.",
        2,
    ),
    _decline(
        "pick-then-refuse",
        "fr",
        "J'aurais pris l'option 2, mais finalement je ne peux plus jeudi, ni mercredi d'ailleurs. "
        "Aucune ne marche, désolé.",
    ),
    _accept("client", "fr", "Pour le jury, l'option 3 est la bonne.", 3, role="client"),
    _accept("client", "fr", "Nous prendrons jeudi 10h.", 2, role="client"),
    _html(
        "apple",
        "fr",
        _apple(
            "fr",
            "Jeudi me va très bien.<div><br></div><div>Bien à vous,</div><div>Camille</div>",
            "options",
        ),
        "accept",
        2,
    ),
    _html(
        "apple", "fr", _apple("fr", "L’option&nbsp;3 me convient&nbsp;!", "options"), "accept", 3
    ),
    _html(
        "outlook",
        "fr",
        _outlook(
            "fr",
            _mso("Bonjour,", "", "Mercredi&nbsp;13h me convient.", "", "Cordialement,")
            + _signature(
                "Camille Roux",
                "Cheffe de projet",
                "Tél. : +33 6 12 34 56 78",
                "12 rue de la Paix, 75002 Paris",
            ),
            "old",
        ),
        "accept",
        1,
    ),
    _html(
        "outlook",
        "fr",
        _outlook(
            "fr",
            _mso("Bonjour,", "", "Aucune de ces dates ne me convient, désolée.", "", "Camille"),
            "options",
        ),
        "decline",
    ),
    _html(
        "gmail",
        "fr",
        _gmail("fr", "Va pour le créneau de 16h mercredi.<div><br></div><div>Camille</div>", "old"),
        "accept",
        3,
    ),
    _html(
        "gmail",
        "fr",
        _gmail(
            "fr",
            '<span style="font-size:small;color:#500050">La deuxième option, merci&nbsp;!</span>',
            "options",
        ),
        "accept",
        2,
    ),
    _html(
        "table",
        "fr",
        _outlook(
            "fr",
            _mso("Bonjour,", "Ces créneaux ne me conviennent pas ; voici mes disponibilités :", "")
            + _table(
                ("Jour", "Horaire (ET)", "Statut"),
                ("jeu. 3 déc.", "9h – 11h", "Disponible"),
                ("ven. 4 déc.", "Toute la journée", "Indisponible"),
                ("lun. 7 déc.", "14h – 17h", "Disponible"),
            ),
            "options",
        ),
        "availability",
        windows=((3, "09:00", "11:00"), (7, "14:00", "17:00")),
    ),
    _booked("confirm", "fr", "À mercredi !", "accept"),
    _booked("confirm", "fr", "C'est confirmé, merci.", "accept"),
    _booked("confirm", "fr", "Ok pour moi.", "accept"),
    _booked("confirm", "fr", "J'y serai.", "accept"),
    _booked("not-confirm", "fr", "Quelle est l'adresse exacte ?", "question"),
    _booked("not-confirm", "fr", "Peut-on décaler de 30 minutes ?", "reschedule", PUSHED),
    _booked("not-confirm", "fr", "Est-ce que ce sera en visio ou sur place ?", "question"),
)

_DE: tuple[Entry, ...] = (
    _accept("number", "de", "Option 2 passt mir.", 2),
    _accept("number", "de", "Ich nehme Nr. 3.", 3),
    _accept("ordinal", "de", "Gerne den ersten Termin.", 1),
    _accept("ordinal", "de", "Der zweite Vorschlag passt.", 2),
    _accept("letter", "de", "Termin C passt mir am besten.", 3),
    _accept("position", "de", "Die mittlere Option passt mir am besten.", 2, SPREAD),
    _accept("position", "de", "Am liebsten den letzten, also Freitag.", 3, SPREAD),
    _accept("day", "de", "Donnerstag passt.", 2),
    _accept("day", "de", "Freitag geht bei mir.", 3, SPREAD),
    _accept("day-two-options", "de", "Mittwoch passt, egal welche Uhrzeit.", 1),
    _accept("day-time", "de", "Mittwoch um 16 Uhr wäre super.", 3),
    _accept("day-time", "de", "Donnerstag, den 10., um 10 Uhr passt.", 3, NEXT_WEEK_OPTIONS),
    _accept("earlier-later", "de", "Den späteren Termin am Mittwoch, bitte.", 3),
    _accept("earlier-later", "de", "Lieber den früheren am Donnerstag.", 1, THURSDAY_PAIR),
    _accept("time-only", "de", "13 Uhr passt perfekt.", 1),
    _accept("time-only", "de", "Um 10 kann ich.", 2),
    _accept(
        "own-zone", "de", "Mittwoch 9 Uhr ET (das ist bei mir 15 Uhr) passt.", 1, EU_OPTIONS, BERLIN
    ),
    _accept("own-zone", "de", "Freitag 16 Uhr unserer Zeit passt mir.", 3, EU_OPTIONS, BERLIN),
    # Thursday 16:00 in Berlin is Thursday 10:00 ET.
    _accept("own-zone", "de", "Donnerstag um 16 Uhr passt.", 2, zone=BERLIN),
    _accept("typo", "de", "Donnerstga passt.", 2),
    _accept("typo", "de", "Mitwoch 13 Uhr geht.", 1),
    _accept("quoted-back", "de", "„Mittwoch, 2. Dezember, 16:00 Uhr ET“ – den nehme ich.", 3),
    _accept("condition", "de", "Option 2, wenn wir es auf 45 Minuten kürzen können.", 2),
    _accept("condition", "de", "Termin 1 geht, sofern das Gespräch per Video stattfindet.", 1),
    _accept("two-acceptable", "de", "1 oder 3, beides ist okay.", 1),
    _accept("two-acceptable", "de", "Mittwoch um 16 Uhr oder Donnerstag, beides geht.", 2),
    _accept(
        "apology", "de", "Entschuldigen Sie die späte Antwort! Der dritte Termin passt mir.", 3
    ),
    _accept("emoji", "de", "👍 Nummer 2 👍", 2),
    _accept("emoji", "de", "🙂 Donnerstag 🙂", 2),
    _decline(
        "decline-all", "de", "Leider passt mir keiner der Termine. Ich melde mich mit Alternativen."
    ),
    _decline("decline-all", "de", "Keiner der drei Vorschläge geht bei mir, sorry."),
    _offer("no-match", "de", "Donnerstag um 15 Uhr ginge bei mir.", ((3, "15:00", "16:00"),)),
    _offer("no-match", "de", "Ginge auch Freitagvormittag?", ((4, "09:00", "12:00"),)),
    _accept(
        "pick-then-refuse",
        "de",
        "Mittwoch um 13 Uhr hätte gepasst, aber da habe ich jetzt doch einen Arzttermin."
        " Dann lieber Donnerstag.",
        2,
    ),
    _decline(
        "pick-then-refuse",
        "de",
        "Eigentlich wollte ich Option 3 nehmen, aber mir ist etwas dazwischengekommen,"
        " keiner der Termine klappt mehr.",
    ),
    _accept("client", "de", "Für das Panel passt Option 1.", 1, role="client"),
    _accept("client", "de", "Wir nehmen Donnerstag 10 Uhr.", 2, role="client"),
    _html(
        "apple",
        "de",
        _apple(
            "de",
            "Donnerstag passt mir gut.<div><br></div><div>Viele Grüße</div><div>Jonas</div>",
            "options",
        ),
        "accept",
        2,
    ),
    _html(
        "apple",
        "de",
        _apple("de", "Die&nbsp;mittlere&nbsp;bitte.", "spread"),
        "accept",
        2,
        context=SPREAD,
    ),
    _html(
        "outlook",
        "de",
        _outlook(
            "de",
            _mso("Hallo,", "", "Mittwoch 16&nbsp;Uhr passt.", "", "Viele Grüße")
            + _signature(
                "Jonas Weber",
                "Softwareentwickler",
                "Tel.: +49 30 1234567",
                "Friedrichstraße 10, 10117 Berlin",
            ),
            "old",
        ),
        "accept",
        3,
    ),
    _html(
        "gmail",
        "de",
        _gmail("de", "Gerne Option 1.<div><br></div><div>Jonas</div>", "old"),
        "accept",
        1,
    ),
    _html(
        "gmail",
        "de",
        _gmail(
            "de",
            '<span style="font-family:verdana,sans-serif">Leider geht keiner der Termine.</span>',
            "options",
        ),
        "decline",
    ),
    # The table's times are CET (its head says so); the windows are in the sender's ET zone.
    _html(
        "table",
        "de",
        _outlook(
            "de",
            _mso("Hallo,", "leider passt keiner der Termine. Hier meine Verfügbarkeit:", "")
            + _table(
                ("Tag", "Uhrzeit (CET)", "Status"),
                ("Mi, 2.12.", "15:00–18:00", "frei"),
                ("Do, 3.12.", "15:00–17:00", "belegt"),
                ("Fr, 4.12.", "16:00–20:00", "frei"),
            ),
            "options",
        ),
        "availability",
        windows=((2, "09:00", "12:00"), (4, "10:00", "14:00")),
    ),
    _booked("confirm", "de", "Bis Mittwoch!", "accept"),
    _booked("confirm", "de", "Bestätigt, danke.", "accept"),
    _booked("confirm", "de", "Passt für mich.", "accept"),
    _booked("confirm", "de", "Ich werde da sein.", "accept"),
    _booked("not-confirm", "de", "Wie lautet die genaue Adresse?", "question"),
    _booked(
        "not-confirm",
        "de",
        "Können wir um eine halbe Stunde nach hinten schieben?",
        "reschedule",
        PUSHED,
    ),
    _booked("not-confirm", "de", "Gibt es vor Ort Parkplätze?", "question"),
)

_ES: tuple[Entry, ...] = (
    _accept("number", "es", "La opción 2 me va bien.", 2),
    _accept("number", "es", "Me quedo con la número 3.", 3),
    _accept("ordinal", "es", "La primera, por favor.", 1),
    _accept("ordinal", "es", "La segunda opción me viene perfecta.", 2),
    _accept("letter", "es", "La C me cuadra mejor.", 3),
    _accept("position", "es", "La del medio me va mejor.", 2, SPREAD),
    _accept("position", "es", "La última, la del viernes.", 3, SPREAD),
    _accept("day", "es", "El jueves me va bien.", 2),
    _accept("day", "es", "El viernes me viene bien.", 3, SPREAD),
    _accept("day-two-options", "es", "El miércoles me va, cualquiera de las dos horas.", 1),
    _accept("day-time", "es", "Miércoles a las 4 de la tarde, perfecto.", 3),
    _accept("day-time", "es", "El martes 8 a las 11 me va genial.", 1, NEXT_WEEK_OPTIONS),
    _accept("earlier-later", "es", "Prefiero la más tarde del miércoles.", 3),
    _accept("earlier-later", "es", "La del jueves por la mañana.", 1, THURSDAY_PAIR),
    _accept("time-only", "es", "A las 10 me viene perfecto.", 2),
    _accept("time-only", "es", "La de la 1 de la tarde.", 1),
    _accept(
        "own-zone",
        "es",
        "El jueves a las 8 ET, que son las 14h aquí en Madrid: esa.",
        2,
        EU_OPTIONS,
        MADRID,
    ),
    # Wednesday 22:00 in Madrid is Wednesday 16:00 ET.
    _accept("own-zone", "es", "El miércoles a las 22h me viene bien.", 3, zone=MADRID),
    # Thursday 9:00 in Mexico City is Thursday 10:00 ET.
    _accept(
        "own-zone", "es", "El jueves a las 9 (hora de CDMX) me queda perfecto.", 2, zone=MEXICO_CITY
    ),
    _accept("typo", "es", "El jeuves me va bien.", 2),
    _accept("typo", "es", "Mierocles a la 1, perfecto.", 1),
    _accept("quoted-back", "es", "«Miércoles 2 de diciembre, 13:00 ET»: esa me va.", 1),
    _accept("condition", "es", "La opción 2, si puede ser de 30 minutos.", 2),
    _accept("condition", "es", "La 3, siempre que sea por videollamada.", 3),
    _accept("two-acceptable", "es", "La 1 o la 3, cualquiera de las dos.", 1),
    _accept(
        "two-acceptable", "es", "Me va el miércoles a las 4 o el jueves, cualquiera de los dos.", 2
    ),
    _accept("apology", "es", "Perdona la tardanza en contestar. La tercera opción me va bien.", 3),
    _accept("emoji", "es", "🙌 opción 1 🙌", 1),
    _accept("emoji", "es", "👌 el jueves 👌", 2),
    _decline(
        "decline-all",
        "es",
        "Ninguna de las opciones me viene bien, lo siento. Te escribo con otras fechas.",
    ),
    _decline("decline-all", "es", "No puedo en ninguno de esos horarios."),
    _offer(
        "no-match", "es", "¿Podría ser el jueves a las 3 de la tarde?", ((3, "15:00", "16:00"),)
    ),
    _offer("no-match", "es", "¿Y el viernes por la mañana?", ((4, "09:00", "12:00"),)),
    _accept(
        "pick-then-refuse",
        "es",
        "Iba a elegir la opción 1, pero me acaban de poner una reunión. Mejor la 2.",
        2,
    ),
    _decline(
        "pick-then-refuse",
        "es",
        "El jueves me venía bien, pero ya no puedo, y el miércoles tampoco."
        " Ninguna me sirve, perdona.",
    ),
    _accept("client", "es", "Para el panel, la opción 3.", 3, role="client"),
    _accept("client", "es", "Podemos el jueves a las 10.", 2, role="client"),
    _html(
        "apple",
        "es",
        _apple(
            "es",
            "El jueves me va perfecto.<div><br></div><div>Un saludo,</div><div>Lucía</div>",
            "options",
        ),
        "accept",
        2,
    ),
    _html(
        "apple", "es", _apple("es", "La&nbsp;última&nbsp;🙂", "spread"), "accept", 3, context=SPREAD
    ),
    _html(
        "outlook",
        "es",
        _outlook(
            "es",
            _mso("Buenos días:", "", "El miércoles a las 13:00 me va&nbsp;bien.", "", "Saludos,")
            + _signature(
                "Lucía Gómez",
                "Analista de datos",
                "Tel.: +34 600 123 456",
                "Calle de Alcalá 21, 28014 Madrid",
            ),
            "old",
        ),
        "accept",
        1,
    ),
    _html(
        "outlook",
        "es",
        _outlook(
            "es",
            _mso("Hola,", "", "Ninguna de las fechas me viene bien, lo siento.", "", "Lucía"),
            "options",
        ),
        "decline",
    ),
    _html(
        "gmail",
        "es",
        _gmail("es", "Me quedo con la segunda.<div><br></div><div>Lucía</div>", "options"),
        "accept",
        2,
    ),
    _html(
        "gmail",
        "es",
        _gmail(
            "es",
            '<div><span style="color:#000000">El miércoles a las 16h&nbsp;me va genial.'
            "</span></div>",
            "old",
        ),
        "accept",
        3,
    ),
    # The sender is in Madrid and the table gives Madrid times.
    _html(
        "table",
        "es",
        _outlook(
            "es",
            _mso("Hola,", "Esas horas no me vienen bien. Te paso mi disponibilidad:", "")
            + _table(
                ("Día", "Hora (Madrid)", "Estado"),
                ("jueves 3", "15:00 – 17:00", "Disponible"),
                ("viernes 4", "10:00 – 12:00", "No disponible"),
                ("lunes 7", "16:00 – 19:00", "Disponible"),
            ),
            "options",
        ),
        "availability",
        windows=((3, "15:00", "17:00"), (7, "16:00", "19:00")),
        zone=MADRID,
    ),
    _booked("confirm", "es", "¡Nos vemos el miércoles!", "accept"),
    _booked("confirm", "es", "Confirmado, gracias.", "accept"),
    _booked("confirm", "es", "Perfecto, me va bien.", "accept"),
    _booked("confirm", "es", "Allí estaré.", "accept"),
    _booked("not-confirm", "es", "¿Cuál es la dirección de la oficina?", "question"),
    _booked("not-confirm", "es", "¿Podemos retrasarla media hora?", "reschedule", PUSHED),
    _booked("not-confirm", "es", "¿Será presencial o por videollamada?", "question"),
)

_PT: tuple[Entry, ...] = (
    _accept("number", "pt", "A opção 2 funciona para mim.", 2),
    _accept("number", "pt", "Fico com a número 3.", 3),
    _accept("ordinal", "pt", "Pode ser a primeira.", 1),
    _accept("ordinal", "pt", "A segunda opção é ótima.", 2),
    _accept("letter", "pt", "A opção C é a melhor para mim.", 3),
    _accept("position", "pt", "A do meio é melhor para mim.", 2, SPREAD),
    _accept("position", "pt", "A última, a de sexta-feira.", 3, SPREAD),
    _accept("day", "pt", "Quinta-feira está ótimo.", 2),
    _accept("day", "pt", "Sexta dá certo para mim.", 3, SPREAD),
    _accept("day-two-options", "pt", "Quarta me serve, qualquer um dos dois horários.", 1),
    _accept("day-time", "pt", "Quarta às 16h, perfeito.", 3),
    _accept("day-time", "pt", "Quarta, dia 9, às 14h está ótimo.", 2, NEXT_WEEK_OPTIONS),
    _accept("earlier-later", "pt", "Prefiro o horário mais tarde de quarta.", 3),
    _accept("earlier-later", "pt", "O de quinta de manhã.", 1, THURSDAY_PAIR),
    _accept("time-only", "pt", "Às 10h fica perfeito.", 2),
    _accept("time-only", "pt", "13h está ótimo.", 1),
    _accept(
        "own-zone",
        "pt",
        "Quinta às 8h ET, que são 13h aqui em Lisboa, pode ser.",
        2,
        EU_OPTIONS,
        LISBON,
    ),
    # Wednesday 15:00 in São Paulo is Wednesday 13:00 ET.
    _accept("own-zone", "pt", "Quarta às 15h (horário de Brasília) está ótimo.", 1, zone=SAO_PAULO),
    # Thursday noon in São Paulo is Thursday 10:00 ET.
    _accept("own-zone", "pt", "Quinta ao meio-dia, para mim.", 2, zone=SAO_PAULO),
    _accept("typo", "pt", "Qunita-feira está ótimo.", 2),
    _accept("typo", "pt", "Quatra às 16h pode ser.", 3),
    _accept("quoted-back", "pt", '"Quinta-feira, 3 de dezembro, 10:00 ET": essa para mim.', 2),
    _accept("condition", "pt", "A opção 1, se puder ser de 30 minutos.", 1),
    _accept("condition", "pt", "A 2, desde que seja por vídeo.", 2),
    _accept("two-acceptable", "pt", "A 1 ou a 3, tanto faz.", 1),
    _accept("two-acceptable", "pt", "Quarta às 16h ou quinta, as duas funcionam.", 2),
    _accept("apology", "pt", "Desculpe a demora em responder! A terceira opção está ótima.", 3),
    _accept("emoji", "pt", "😊 opção 2 😊", 2),
    _accept("emoji", "pt", "🔥 quinta 🔥", 2),
    _decline(
        "decline-all",
        "pt",
        "Nenhuma das opções funciona para mim, infelizmente. Volto a falar com vocês em breve.",
    ),
    _decline("decline-all", "pt", "Não consigo em nenhum desses horários, desculpe."),
    _offer("no-match", "pt", "Quinta às 15h seria possível?", ((3, "15:00", "16:00"),)),
    _offer("no-match", "pt", "Pode ser sexta de manhã?", ((4, "09:00", "12:00"),)),
    _accept(
        "pick-then-refuse",
        "pt",
        "Ia escolher quarta às 13h, mas surgiu um compromisso. Fico com quinta então.",
        2,
    ),
    _decline(
        "pick-then-refuse",
        "pt",
        "Tinha pensado na opção 3, mas afinal não posso em nenhuma delas. Desculpe.",
    ),
    _accept("client", "pt", "Para o painel, a opção 1.", 1, role="client"),
    _accept("client", "pt", "A equipe pode na quarta às 16h.", 3, role="client"),
    _html(
        "apple",
        "pt",
        _apple(
            "pt",
            "Quinta está ótimo para mim.<div><br></div><div>Abraço,</div><div>João</div>",
            "options",
        ),
        "accept",
        2,
    ),
    _html(
        "apple",
        "pt",
        _apple("pt", "A&nbsp;do&nbsp;meio, por favor.", "spread"),
        "accept",
        2,
        context=SPREAD,
    ),
    _html(
        "outlook",
        "pt",
        _outlook(
            "pt",
            _mso("Bom dia,", "", "Quarta às 16h&nbsp;funciona.", "", "Atenciosamente,")
            + _signature(
                "João Silva",
                "Engenheiro de software",
                "Tel.: +55 11 91234-5678",
                "Av. Paulista 1000, 01310-100 São Paulo",
            ),
            "old",
        ),
        "accept",
        3,
    ),
    _html(
        "outlook",
        "pt",
        _outlook(
            "pt",
            _mso("Olá,", "", "Nenhum desses horários funciona para mim, desculpe.", "", "João"),
            "options",
        ),
        "decline",
    ),
    _html(
        "gmail",
        "pt",
        _gmail("pt", "Pode ser a primeira opção.<div><br></div><div>João</div>", "options"),
        "accept",
        1,
    ),
    _html(
        "gmail",
        "pt",
        _gmail(
            "pt",
            '<span style="font-family:tahoma,sans-serif">Quinta às 10h&nbsp;está ótimo.</span>',
            "old",
        ),
        "accept",
        2,
    ),
    # The sender is in São Paulo and the table gives Brasília times.
    _html(
        "table",
        "pt",
        _outlook(
            "pt",
            _mso("Olá,", "Esses horários não dão para mim. Segue minha disponibilidade:", "")
            + _table(
                ("Dia", "Horário (Brasília)", "Situação"),
                ("qui, 3 dez.", "11h – 13h", "Disponível"),
                ("sex, 4 dez.", "O dia todo", "Indisponível"),
                ("seg, 7 dez.", "14h – 17h", "Disponível"),
            ),
            "options",
        ),
        "availability",
        windows=((3, "11:00", "13:00"), (7, "14:00", "17:00")),
        zone=SAO_PAULO,
    ),
    _booked("confirm", "pt", "Até quarta!", "accept"),
    _booked("confirm", "pt", "Confirmado, obrigado.", "accept"),
    _booked("confirm", "pt", "Para mim está ok.", "accept"),
    _booked("confirm", "pt", "Estarei lá.", "accept"),
    _booked("not-confirm", "pt", "Qual é o endereço do escritório?", "question"),
    _booked("not-confirm", "pt", "Podemos adiar 30 minutos?", "reschedule", PUSHED),
    _booked("not-confirm", "pt", "Vai ser presencial ou online?", "question"),
)

_ALL = _EN + _FR + _DE + _ES + _PT
PHRASEBOOK_PICKS: tuple[Probe, ...] = tuple(probe for _, probe in _ALL)
PICK_CONSTRUCTS: tuple[str, ...] = tuple(construct for construct, _ in _ALL)
