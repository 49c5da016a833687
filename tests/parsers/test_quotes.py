"""Tests for reply_text: quoted history, signatures and disclaimers are cut, the reply is kept."""

from __future__ import annotations

import pytest

from parsers.mail.quotes import forwarded, relayed, reply_text

ATTRIBUTIONS = [
    "On Mon, Feb 1, 2027 at 4:00 PM Desk <desk@agency.example> wrote:",
    "El lun, 1 feb 2027 a las 16:00, Desk (<desk@agency.example>) escribió:",
    "Le lun. 1 févr. 2027 à 16:00, Desk <desk@agency.example> a écrit :",
    "Am Mo., 1. Feb. 2027 um 16:00 Uhr schrieb Desk <desk@agency.example>:",
    "Em seg., 1 de fev. de 2027 às 16:00, Desk <desk@agency.example> escreveu:",
    "Op ma 1 feb. 2027 om 16:00 schreef Desk <desk@agency.example>:",
    "Il giorno lun 1 feb 2027 alle ore 16:00 Desk <desk@agency.example> ha scritto:",
]

OUTLOOK_HEADERS = [
    "From: Desk <desk@agency.example>\nSent: Monday, February 1, 2027 4:00 PM\nTo: Kim\n"
    "Subject: Times",
    "De: Desk <desk@agency.example>\nEnviado: lunes, 1 de febrero de 2027 16:00\nPara: Kim\n"
    "Asunto: Horarios",
    "Von: Desk <desk@agency.example>\nGesendet: Montag, 1. Februar 2027 16:00\nAn: Kim\n"
    "Betreff: Termine",
    "De : Desk <desk@agency.example>\nEnvoyé : lundi 1 février 2027 16:00\nÀ : Kim\n"
    "Objet : Créneaux",
    "De: Desk <desk@agency.example>\nEnviada em: segunda-feira, 1 de fevereiro de 2027\n"
    "Para: Kim\nAssunto: Horários",
    "*From:* Desk <desk@agency.example>\n*Date:* Monday, 1 Feb 2027\n*To:* Kim",
]

SEPARATORS = [
    "-----Original Message-----",
    "-----Mensaje original-----",
    "-----Ursprüngliche Nachricht-----",
    "-----Message d'origine-----",
    "________________________________",
    "---------- Forwarded message ---------",
    "Begin forwarded message:",
]

REPLY = "Tuesday at 3pm works for me."
HISTORY = "Option 1: Friday 10am\nOption 2: Monday 9am"


@pytest.mark.parametrize("attribution", ATTRIBUTIONS)
def test_quoted_reply_after_attribution_is_cut(attribution: str) -> None:
    """An attribution line in any supported language and the ">" quote under it are dropped."""
    quoted = "\n".join(f"> {line}" for line in HISTORY.splitlines())
    assert reply_text(f"{REPLY}\n\n{attribution}\n{quoted}\n") == REPLY


@pytest.mark.parametrize("attribution", ATTRIBUTIONS)
def test_unquoted_history_after_attribution_is_cut(attribution: str) -> None:
    """History without ">" markers after an attribution runs to the end and is dropped."""
    assert reply_text(f"{REPLY}\n\n{attribution}\n\n{HISTORY}") == REPLY


def test_attribution_wrapped_over_two_lines_is_recognised() -> None:
    """Clients wrap long attributions; the wrapped form is cut like the one-line form."""
    body = (
        f"{REPLY}\n\nOn Mon, Feb 1, 2027 at 4:00 PM Scheduling Desk <\ndesk@agency.example> "
        f"wrote:\n\n{HISTORY}"
    )
    assert reply_text(body) == REPLY


@pytest.mark.parametrize("headers", OUTLOOK_HEADERS)
def test_outlook_header_block_cuts_history(headers: str) -> None:
    """An Outlook From:/Sent:/To: block in any supported language starts the history."""
    assert reply_text(f"{REPLY}\n\n{headers}\n\n{HISTORY}") == REPLY


@pytest.mark.parametrize("separator", SEPARATORS)
def test_separator_cuts_history(separator: str) -> None:
    """Original-message, underscore and forwarded-message separators start the history."""
    assert reply_text(f"{REPLY}\n\n{separator}\n{HISTORY}") == REPLY


def test_bottom_posted_reply_under_a_quote_is_kept() -> None:
    """A reply written below the quoted message survives; the quote does not."""
    quoted = "\n".join(f"> {line}" for line in HISTORY.splitlines())
    body = f"On 19.01.27 16:20, Desk wrote:\n\n{quoted}\n\n{REPLY}\n"
    assert reply_text(body) == REPLY


def test_inline_answers_between_quoted_lines_are_kept() -> None:
    """Answers interleaved with ">" lines are new text; the quoted lines are not."""
    body = "> Option 1: Friday 10am\nNo, sorry.\n> Option 2: Monday 9am\nYes, that one."
    assert reply_text(body) == "No, sorry.\nYes, that one."


def test_prose_starting_with_from_or_on_is_not_history() -> None:
    """Lines that merely begin with From, On or To in prose are part of the reply."""
    body = (
        "From what I hear, Monday is busy.\nTo be safe: Tuesday 3pm.\n"
        "On reflection I wrote:\nWednesday works too."
    )
    assert reply_text(body) == body


def test_single_from_label_without_other_headers_is_kept() -> None:
    """ "From: ..." alone is not an Outlook block; it takes a second header label."""
    body = "Hi,\n\nFrom: next Monday I am free all day.\n\nThanks for asking."
    assert reply_text(body) == body


def test_dash_delimiter_starts_the_signature() -> None:
    """Everything from the "-- " line on is signature, including times in it."""
    body = f"{REPLY}\n\n-- \nKim Lee\nOffice hours Mon-Fri 9-5"
    assert reply_text(body) == REPLY


@pytest.mark.parametrize(
    "footer",
    ["Sent from my iPhone", "Get Outlook for iOS", "Enviado desde mi iPhone", "Envoyé de mon iPad"],
)
def test_mobile_footer_is_dropped(footer: str) -> None:
    """ "Sent from my iPhone" and its translations are not the sender's words."""
    assert reply_text(f"{REPLY}\n\n{footer}") == REPLY


@pytest.mark.parametrize(
    "closing",
    ["Best,", "Kind regards,", "Cheers", "Thanks!", "Viele Grüße", "Saludos,", "Bien cordialement,",
     "Atenciosamente,", "Apologies for the hassle,"],
)  # fmt: skip
def test_closing_and_name_block_are_dropped(closing: str) -> None:
    """A sign-off followed by a name cuts the name-and-contact block with its office hours."""
    body = f"Hi,\n\n{REPLY}\n\n{closing}\nKim Lee\nSenior Manager | Acme\nMon-Thu 7:30-4:30 MT"
    assert reply_text(body) == f"Hi,\n\n{REPLY}"


def test_name_line_with_contact_block_is_dropped_without_closing() -> None:
    """A bare name followed by a title/phone block is a signature even with no sign-off."""
    body = f"{REPLY}\n\nKim\n\nKim Lee | Art Director | Acme\nIn the office Tue-Thu 10-6"
    assert reply_text(body) == REPLY


def test_closing_word_starting_a_sentence_is_kept() -> None:
    """ "Thanks, Tuesday works" is content, not a sign-off: the line is more than the closing."""
    body = "Hi,\n\nThanks, Tuesday at 3 works.\nKim"
    assert reply_text(body) == body


def test_list_of_times_is_not_taken_for_a_signature() -> None:
    """Short capitalised lines that name days are availability, not a name block."""
    body = "I can do:\n\nMonday Morning\n- Tuesday 3pm\n- Wednesday 4pm | remote"
    assert reply_text(body) == body


def test_message_that_is_only_a_closing_keeps_it() -> None:
    """A reply consisting of nothing but "Thanks!" keeps it: there is nothing else to say."""
    assert reply_text("Thanks!\nKim\n\n> quoted") == "Thanks!\nKim"


@pytest.mark.parametrize(
    "disclaimer",
    [
        "CONFIDENTIALITY NOTICE: This e-mail is for the sole use of the intended recipient.",
        "This email and any attachments are confidential and intended solely for the addressee.",
        "The information contained in this communication is confidential.",
        "Diese E-Mail enthält vertrauliche Informationen.",
        "Este mensaje es confidencial y para uso exclusivo del destinatario.",
        "Ce message est confidentiel et destiné uniquement à son destinataire.",
    ],
)
def test_legal_disclaimer_is_dropped(disclaimer: str) -> None:
    """Legal disclaimers after the reply are cut in the supported languages."""
    assert reply_text(f"{REPLY}\n\n{disclaimer}\nSecond line of legalese.") == REPLY


def test_sentence_mentioning_this_email_is_kept() -> None:
    """A sentence about "this email" without confidentiality wording is content."""
    body = f"{REPLY}\n\nThis email is just to confirm the Zoom link works."
    assert reply_text(body) == body


def test_zero_width_characters_and_crlf_are_normalised() -> None:
    """Invisible characters go and CRLF line ends become LF."""
    assert reply_text("Mon\u200bday 3pm\r\nworks\ufeff") == "Monday 3pm\nworks"


def test_titled_list_of_times_is_not_a_contact_block() -> None:
    """A heading line over a list of times is content: no phone, address or link follows it."""
    body = "Hi,\n\nAvailable Times\nMon 3pm | Tue 4pm\nWed 12/10/2026 10-11"
    assert reply_text(body) == body


def test_postscript_after_the_signature_is_kept() -> None:
    """A P.S. written after the sign-off is the sender's text and survives."""
    body = f"{REPLY}\n\nThanks,\nKim\n+1 617 555 0100\n\nP.S. Friday 9am works too."
    assert reply_text(body) == f"{REPLY}\n\nP.S. Friday 9am works too."


@pytest.mark.parametrize(
    "separator",
    [
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
        "---------- Mensaje reenviado ---------",
        "---------- Message transféré ---------",
        "---------- Weitergeleitete Nachricht ---------",
    ],
)
def test_forwarded_is_the_message_below_a_forward_separator(separator: str) -> None:
    """A recruiter's forward: the candidate's own words are read from below the separator."""
    body = f"See below.\n\nKim\n\n{separator}\nFrom: Ana <ana@mail.example>\n\nI withdraw."
    assert forwarded(body) == "From: Ana <ana@mail.example>\n\nI withdraw."


def test_quoted_history_of_a_reply_is_not_a_forward() -> None:
    """The original message under a reply is history, not something relayed."""
    body = "Thursday works.\n\n-----Original Message-----\nFrom: Desk\n\nI withdraw."
    assert forwarded(body) == ""


def test_relayed_are_the_forwarded_words_without_headers_quotes_or_signature() -> None:
    """What a recruiter relays is the forwarded reply's new text; its own history is cut."""
    body = (
        "See below from Ana.\n\n---------- Forwarded message ---------\n"
        "From: Ana <ana@mail.example>\nDate: Mon, Nov 30, 2026 at 7:48 PM\nSubject: Re: Times\n"
        "To: Kim <kim@agency.example>\n\nOnly Friday afternoon now.\n\nBest,\nAna\n\n"
        "On Mon, Nov 30, 2026 at 5:00 PM Ana <ana@mail.example> wrote:\n> Wednesday 10-12."
    )
    assert relayed(body) == "Only Friday afternoon now."
    assert relayed("Thursday works.\n\n-----Original Message-----\nFrom: Desk\n\nMonday.") == ""


@pytest.mark.parametrize("mark", ["P.S.", "PS:", "P.-S. :", "P.D.", "PD:"])
def test_a_postscript_in_any_spelling_is_kept(mark: str) -> None:
    """The postscript after a sign-off is the sender's, however their language spells it."""
    body = f"Thanks for the pack.\n\nBest,\nAna\n\n{mark} Thursday works."
    assert reply_text(body) == f"Thanks for the pack.\n\n{mark} Thursday works."


def test_a_dash_line_under_an_auto_reply_notice_sets_the_answer_apart() -> None:
    """ "--" under a pasted auto-reply precedes the answer; with a name under it, it signs off."""
    notice = "Automatic reply: I am away until 7 December."
    assert reply_text(f"{notice}\n\n--\nOption 2 works anyway.").endswith("Option 2 works anyway.")
    signed = f"{notice}\n\n--\nJane Doe\nOffice hours Mon-Fri 9-5\n+1 415 555 0100"
    assert reply_text(signed) == notice


@pytest.mark.parametrize(
    ("wish", "answer"),
    [
        ("Hi Jo, hope your Monday went well!", "Thursday at 2 works."),
        ("J'espère que votre lundi s'est bien passé.", "Jeudi à 14h me va."),
        ("Ich hoffe, Sie hatten einen guten Montag.", "Donnerstag um 14 Uhr passt."),
        ("¡Espero que el lunes te haya ido bien!", "El jueves a las 14h me va bien."),
        ("Espero que a sua segunda tenha corrido bem.", "Quinta às 14h dá."),
    ],
)
def test_a_wish_about_the_readers_past_days_is_no_part_of_the_answer(
    wish: str, answer: str
) -> None:
    """The day in "hope your Monday went well" is small talk; the answer beside it stays."""
    assert reply_text(f"{wish} {answer}") == answer


@pytest.mark.parametrize(
    "text",
    [
        "I hope Thursday at 2 works for you.",
        "Hope it's not too late, I had a conflict but Thursday works.",
        "I hope Monday was fine for you and Tuesday works too.",
    ],
)
def test_a_hope_that_carries_the_answer_is_kept(text: str) -> None:
    """A hope about the day offered, or one joined to the answer, is not a wish to drop."""
    assert reply_text(text) == text
