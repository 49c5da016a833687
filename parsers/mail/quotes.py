"""The new text of a reply: quoted history, signatures and disclaimers cut away."""

from __future__ import annotations

import re
from collections.abc import Collection

from parsers.mail.html_text import strip_invisible
from parsers.time.signed import signed_rows

_FLAGS = re.IGNORECASE

# "On <date>, <name> wrote:" in the languages we meet; a digit (date or time) is required so
# that prose such as "On reflection I wrote:" is never taken for an attribution. Every
# alternative backtracks over one bounded span only (a lookahead is atomic), so hostile lines
# full of "@" or "schrieb" cost linear time.
_ATTRIBUTION = re.compile(
    r"^(?=.*\d)(?:"
    r"On\b.{0,300}\bwrote"
    r"|El\b.{0,300}\bescribió"
    r"|Le\b.{0,300}\ba\s+écrit"
    r"|Am\b(?=.{0,300}\bschrieb\b).{0,600}"
    r"|Em\b.{0,300}\bescreveu"
    r"|Op\b(?=.{0,300}\bschreef\b).{0,600}"
    r"|Il\b.{0,300}\bha\s+scritto"
    r"|[^@]{0,300}@.{0,300}\b(?:wrote|escribió|a\s+écrit|escreveu|schrieb)"
    r")\s*:$",
    _FLAGS,
)
_ATTRIBUTION_OPENER = re.compile(r"^(?:On|El|Le|Am|Em|Op|Il)\s", _FLAGS)
_SEPARATOR = re.compile(
    r"^(?:_{10,}"
    r"|-{2,}+\s*(?:Original Message|Mensaje original|Message d'origine|Ursprüngliche Nachricht"
    r"|Mensagem original|Messaggio originale|Oorspronkelijk bericht|Forwarded message"
    r"|Mensaje reenviado|Message transféré|Weitergeleitete Nachricht|Mensagem encaminhada"
    r"|Messaggio inoltrato|Doorgestuurd bericht)\s*-{2,}"
    r"|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:"
    r"|Début du message réexpédié\s?:|Inicio del mensaje reenviado:"
    r"|Início da mensagem reencaminhada:)",
    _FLAGS,
)
# A separator that introduces a forwarded message rather than the quoted history of a reply.
_FORWARD_WORD = re.compile(
    r"forward|reenviad|transf[eé]r|weitergeleitet|encaminhad|réexpédi|reencaminhad|inoltrat"
    r"|doorgestuurd",
    _FLAGS,
)
_FORWARD_READ = 10_000  # characters of a forwarded message worth reading: its opening


def forwarded(body: str, ours: Collection[str] = ()) -> str:
    """The opening of a message forwarded below the sender's own words, or "" if none is.

    A reply's quoted "Original Message" is one too when the address it is from is none of `ours`
    (the sender and recipients of the message read): a recruiter quoting the candidate's own mail
    under "Mira lo que me escribe la candidata" relays it."""
    at = 0
    lines = body.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if _SEPARATOR.match(line) and (
            _FORWARD_WORD.search(line) or _from_other(lines[i + 1 : i + 1 + _HEADER_REACH], ours)
        ):
            return body[at + len(line) : at + len(line) + _FORWARD_READ]
        if line.startswith(">") and _introduces(lines, i):
            return _unquoted(lines[i:])[:_FORWARD_READ]
        at += len(line)
    return ""


def _introduces(lines: list[str], i: int) -> bool:
    """The ">" quote opening at line i is someone's words the sender introduces ("Ana just
    replied:", "Voici sa réponse :", "Sie schreibt:"), not the history a mail client quotes
    under its attribution ("On Tue ... wrote:", "Ana <ana@x.com> a écrit :")."""
    k = i - 1
    if k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0:
        return False
    intro = lines[k].strip()
    if intro.startswith(">"):
        return False  # inside the quote: its own lines introduce nothing
    # (a client wraps its attribution over up to three lines: "Le mar. 1 déc., Ana\na écrit :")
    wrapped = any(j >= 0 and j + _attribution_span(lines, j) > k for j in (k - 2, k - 1, k))
    return intro.endswith(":") and len(intro) <= 80 and "@" not in intro and not wrapped


def _unquoted(lines: list[str]) -> str:
    """The lines of a ">" quote without their first mark; its own quotes keep theirs."""
    words = []
    for line in lines:
        if not line.startswith(">"):
            break
        words.append(line[1:].removeprefix(" "))
    return "".join(words)


_HEADER_REACH = 4  # lines after a separator where its From header stands
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _from_other(lines: list[str], ours: Collection[str]) -> bool:
    """The header block opening `lines` is from an address none of `ours` is."""
    for line in lines:
        if _FROM_LABEL.match(line.strip()):
            found = _EMAIL.search(line)
            return bool(ours) and found is not None and found.group().lower() not in ours
    return False


def relayed(body: str, ours: Collection[str] = ()) -> str:
    """The words of a message forwarded below the sender's own: no headers, quotes or signature.

    A recruiter's "see below from Ana" carries no answer of its own; Ana's reply above her own
    quoted history is the answer, and what she quoted is as superseded as in any reply.
    """
    lines = forwarded(body, ours).split("\n")
    i = _first_content(lines)
    while i < len(lines) and (
        _FROM_LABEL.match(lines[i].strip()) or _HEADER_LABEL.match(lines[i].strip())
    ):
        i += 1
    return reply_text("\n".join(lines[i:]))


# Outlook's quoted header block: a From label, then another header label within a few lines.
_FROM_LABEL = re.compile(r"^\*?(?:From|De|Von|Van|Da|Od|Från|Fra)\s?\*?\s?:\*?\s*\S", _FLAGS)
_HEADER_LABEL = re.compile(
    r"^\*?(?:Sent|Date|To|Cc|Subject|Enviado(?: el)?|Enviada(?: em)?|Fecha|Para|Asunto"
    r"|Gesendet|Datum|An|Betreff|Envoyé|À|Objet|Data|Assunto|Inviato|A|Oggetto|Verzonden|Aan|Onderwerp)"
    r"\s?\*?\s?:",
    _FLAGS,
)

_DISCLAIMER_OPENING = re.compile(
    r"^(?:CONFIDENTIAL|DISCLAIMER|PRIVILEGED|IMPORTANT NOTICE|LEGAL NOTICE)"
    r"|\b(?:this|the information (?:contained )?in this|the contents of this)"
    r" (?:e-?mail|message|communication|transmission)"
    r"|^If you (?:are not|have received this)"
    r"|^(?:Diese|Der Inhalt dieser) (?:E-Mail|Nachricht)"
    r"|^(?:Este|Esta) (?:correo|mensaje|e-mail|mensagem)|^La información contenida"
    r"|^(?:Ce|Le présent) (?:message|courriel|e-mail)|^Les informations contenues"
    r"|^As informações contidas",
    _FLAGS,
)
_DISCLAIMER_WORD = re.compile(
    r"confidential|privileged|intended (?:solely |only )?for|intended recipient|addressee"
    r"|vertraulich|Adressat|Empfänger|confidencial|destinatari|confidentiel|destinataire",
    _FLAGS,
)

_CLOSING = re.compile(
    r"^(?:(?:best|kind|warm|warmest|many|with)?\s*(?:regards|wishes)|best|cheers|thanks|thank you"
    r"|thanks (?:again|so much|a lot)|many thanks|thanks & regards|thanks and regards|all the best"
    r"|sincerely|yours sincerely|yours truly|yours|take care|talk soon|speak soon|ciao"
    r"|viele grüße|beste grüße|freundliche grüße|mit freundlichen grüßen|liebe grüße|lg|vg"
    r"|gruß|grüße|danke|vielen dank"
    r"|saludos|un saludo|saludos cordiales|atentamente|un abrazo|gracias|muchas gracias"
    r"|cordialement|bien cordialement|bien à vous|amicalement|merci|merci beaucoup|salutations"
    r"|atenciosamente|abraços|cumprimentos|obrigado|obrigada)\s*[,.!]*$",
    _FLAGS,
)
_GENERIC_CLOSING = re.compile(r"^[^.?!:;]{2,40},$")
_MOBILE_FOOTER = re.compile(
    r"^(?:sent from my|sent from (?:outlook|yahoo|mail for|samsung|gmail)|get outlook for"
    r"|enviado desde mi|enviado do meu|envoyé de mon|envoyé depuis|von meinem\b.*\bgesendet"
    r"|gesendet von meinem|inviato da)",
    _FLAGS,
)
_SIG_DELIMITER = re.compile(r"^(?:--|__|—)\s*$")
# The opening of an auto-reply: as a Subject it marks a machine's mail; opening a body, a
# notice the sender pasted or let through above their own words.
AUTO_REPLY = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?reply|auto[- ]?response|out of (?:the )?office"
    r"|abwesenheitsnotiz|automatische antwort|réponse automatique|message d'absence"
    r"|respuesta automática|resposta automática|risposta automatica|automatisch antwoord"
    r"|fuera de la oficina)\b",
    _FLAGS,
)
# Phone numbers, addresses, links: what tells a contact block from a titled list of times.
_CONTACT = re.compile(
    r"\+\d[\d ().-]{6,}\d|\(\d{2,4}\)\s?\d[\d .-]{4,}\d|\b\d{3}[ .-]\d{3}[ .-]\d{4}\b"
    r"|@|www\.|https?://|^(?:tel|phone|mobile|mob|cell|direct|fax|m|t|p)\b[^:]{0,12}:",
    _FLAGS,
)
_SIGNATURE_LINES = 25
_MAX_LINES = 3000  # no one writes more new text than this; it bounds hostile input
_MAX_CHARS = 200_000  # nor this much with its quotes; the line patterns cost ~2 µs a character
# Nor this many characters; the rules engine takes about half a second on 8,000 characters
# of hostile text (time words on every line) and grows faster than linearly beyond.
_MAX_TEXT = 8_000
# "P.S.", "PS", French "P.-S.", Spanish "P.D." / "PD" (posdata)
_POSTSCRIPT = re.compile(r"^P\.?-?\s?[SD]\b", _FLAGS)
# A wish about the reader's past or passing days ("hope your Monday went well", "j'espère que
# votre week-end s'est bien passé") names a day that is no offer. The wish ends a few words
# after its verb; a longer tail, or one joined by "but", may carry the answer and is kept.
_HOPE = re.compile(r"\b(?:hope|esp[eè]re|espero|hoffe)\b", _FLAGS)
_WELL_WISH = re.compile(
    r"^(?:[^,.!?]{0,40},\s*)?[¡¿]?(?:i\s+)?(?:hope|j['’]esp[eè]re|espero|(?:ich\s+)?hoffe)\b"
    r"[^.!?]{0,60}?\b(?:went|was|were|had|has\s+been|have\s+been|going\s+well"
    r"|s['’]est|a\s+été|était|se\s+passe|(?:avez|as)\s+passé"
    r"|haya\s+ido|hayas?\s+pasado|ha\s+ido|fue|pasaste|pasó"
    r"|tenha\s+(?:corrido|sido|passado)|correu|foi|passou"
    r"|war|hatten|hattest|gehabt|ging|verlaufen|läuft)\b([^.!?]{0,60})[.!?]*$",
    _FLAGS,
)
_JOINER = re.compile(r"\b(?:but|and|so|mais|et|donc|pero|y|mas|e|aber|und|also)\b", _FLAGS)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_NAME_TOKEN = re.compile(r"^(?:[^\W\d_][\w'’-]*\.?|[^\W\d_]\.)$")
_PARTICLES = frozenset(
    {"de", "da", "del", "dos", "du", "la", "le", "van", "von", "der", "di", "bin"}
)
_CALENDAR_WORDS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "tomorrow", "option",
    }
)  # fmt: skip


def _attribution_span(lines: list[str], i: int) -> int:
    """How many lines an attribution starting at line i spans (clients wrap it), else 0."""
    joined = ""
    for k in range(3):
        if i + k >= len(lines):
            return 0
        line = lines[i + k].strip()
        if not line or (k and not _ATTRIBUTION_OPENER.match(joined)):
            return 0
        joined = f"{joined} {line}".strip()
        if joined.endswith(":") and _ATTRIBUTION.match(joined):  # the cheap test first
            return k + 1
        if line[-1] in ".!?":
            return 0
    return 0


def _is_header_block(lines: list[str], i: int) -> bool:
    if not _FROM_LABEL.match(lines[i].strip()):
        return False
    return any(_HEADER_LABEL.match(line.strip()) for line in lines[i + 1 : i + 6])


def _split_history(lines: list[str]) -> tuple[list[str], int]:
    """The lines of new text, and the line where history that no ">" marks begins (len(lines)
    when there is none)."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if line.startswith(">"):
            i += 1
            continue
        if _SEPARATOR.match(line) or _is_header_block(lines, i):
            return kept, i
        span = _attribution_span(lines, i)
        if span:
            j = _next_content(lines, i + span, max_blank=len(lines))
            if j is not None and not lines[j].strip().startswith(">"):
                return kept, i  # history that is not marked with ">" runs to the end
            i += span  # a ">" quote follows; text after it (bottom posting) is new
            continue
        kept.append(lines[i])
        i += 1
    return kept, len(lines)


def history_start(lines: list[str]) -> int:
    """Where quoted history that no ">" marks begins (Outlook's header block, an HTML reply's
    blockquote once its tags are gone), or len(lines)."""
    return _split_history(lines)[1]


def _first_content(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if line.strip()), len(lines))


def _without_disclaimer(lines: list[str]) -> list[str]:
    for i in range(_first_content(lines) + 1, len(lines)):
        line = lines[i].strip()
        if _DISCLAIMER_WORD.search(line) and _DISCLAIMER_OPENING.search(line):
            return lines[:i]
    return lines


def _is_name(line: str, *, lowercase: bool = False) -> bool:
    tokens = line.split()
    if not 1 <= len(tokens) <= 4 or len(line) > 40:
        return False
    for token in tokens:
        if not _NAME_TOKEN.match(token) or token.lower().rstrip(".") in _CALENDAR_WORDS:
            return False
        if not (token[0].isupper() or token in _PARTICLES or (lowercase and len(tokens) == 1)):
            return False
    return True


def _next_content(lines: list[str], i: int, max_blank: int) -> int | None:
    j = i
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j >= len(lines) or j - i > max_blank:
        return None
    return j


def _is_signature_block(name: str, lines: list[str], start: int) -> bool:
    if len(lines) - start > _SIGNATURE_LINES:
        return False  # a signature closes the message; this also keeps the scan linear
    rest = [line.strip() for line in lines[start:] if line.strip()]
    first = name.split()[0]
    return (
        bool(rest)
        and all(
            len(line) <= 100 and len(line.split()) <= 12 and line[-1] not in ".?!:" for line in rest
        )
        and (rest[0].startswith(first) or any(_CONTACT.search(line) for line in rest))
    )


# An out-of-office notice pasted without its "Automatic reply:" heading.
_AWAY = re.compile(
    r"\b(?:out of (?:the )?office|absente? du bureau|nicht im büro|fuera de la oficina"
    r"|fora do escritório)\b",
    _FLAGS,
)


def _notice_end(lines: list[str], first: int) -> int:
    """The line after an auto-reply notice that opens the text (its paragraph), else -1."""
    if first >= len(lines) or not (AUTO_REPLY.match(lines[first]) or _AWAY.search(lines[first])):
        return -1
    end = first
    while end < len(lines) and lines[end].strip() and not _SIG_DELIMITER.match(lines[end].strip()):
        end += 1
    while end < len(lines) and not lines[end].strip():
        end += 1
    after = _next_content(lines, end + 1, max_blank=1)
    if after is not None and _is_name(lines[after].strip()):
        return -1  # a name under the "--": the notice is signed after all
    return end


def _signature_start(lines: list[str]) -> int:
    start = _first_content(lines) + 1
    # "--" under a pasted auto-reply sets the sender's answer apart; it signs nothing off
    answer = _notice_end(lines, start - 1)
    for i in range(start, len(lines)):
        line = lines[i].strip()
        if (_SIG_DELIMITER.match(line) and i != answer) or _MOBILE_FOOTER.match(line):
            return i
        if _CLOSING.match(line) or _GENERIC_CLOSING.match(line):
            name = _next_content(lines, i + 1, max_blank=1)
            if name is not None and _is_name(lines[name].strip(), lowercase=True):
                return i
        if line and not lines[i - 1].strip() and _is_name(line):
            block = _next_content(lines, i + 1, max_blank=1)
            if block is not None and _is_signature_block(line, lines, block):
                return i
    return len(lines)


def _is_well_wish(sentence: str) -> bool:
    wish = _WELL_WISH.match(sentence.strip())
    return wish is not None and len(wish[1].split()) <= 5 and not _JOINER.search(wish[1])


def _without_well_wishes(line: str) -> str:
    if not _HOPE.search(line):
        return line
    return " ".join(s for s in _SENTENCE_END.split(line) if not _is_well_wish(s))


def reply_text(body: str) -> str:
    """Return only what the sender wrote in this message: no quotes, signature or disclaimer."""
    body = body[:_MAX_CHARS]
    lines = strip_invisible(body.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    lines = lines[:_MAX_LINES]
    lines = _without_disclaimer(_split_history(lines)[0])
    cut = _signature_start(lines)
    # A postscript after the sign-off is still the sender speaking.
    postscript = next((i for i in range(cut, len(lines)) if _POSTSCRIPT.match(lines[i])), None)
    lines = lines[:cut] + (lines[postscript:] if postscript is not None else [])
    lines = [_without_well_wishes(line) for line in lines]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in lines)).strip()
    text = signed_rows(text)
    if len(text) > _MAX_TEXT:
        text = text[:_MAX_TEXT].rsplit("\n", 1)[0].rstrip()  # whole lines, if there are any
    return text
