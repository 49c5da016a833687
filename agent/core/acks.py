"""Whether a reply says nothing beyond "thanks": the one kind of human mail nobody must read."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words that only acknowledge, greet or sign off, in the five languages we read.
_ACK_WORDS = frozenset(
    """
    thanks thank thx ty you so much very many a lot again great perfect ok okay k noted
    got it sounds good cool awesome wonderful excellent fine sure super brilliant lovely
    cheers best regards kind warm hi hello hey dear all appreciated appreciate will do
    for the update confirmation confirming info see then soon looking forward to it anyway
    pour la confirmation für die bestätigung por la confirmación pela confirmação
    merci beaucoup bien parfait reçu génial top cordialement bonjour salut
    danke vielen dank schön schon sehr gut prima toll perfekt alles klar grüße gruß
    beste viele liebe hallo
    gracias muchas mil perfecto vale genial saludos hola recibido estupendo
    obrigado obrigada muito perfeito ótimo otimo beleza abraço abraços olá ola recebido
    """.split()  # noqa: SIM905  (a word list reads better as words)
)
_AUTO_REPLY = re.compile(
    r"out of (the )?office|automatic reply|auto-?reply|away from (the )?office"
    r"|abwesenheit|automatische antwort|absent du bureau|réponse automatique"
    r"|fuera de la oficina|respuesta automática|fora do escritório|resposta automática",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_MAX_WORDS = 12  # a longer message says something, whatever its words


def bare_acknowledgement(text: str, names: Iterable[str] = ()) -> bool:
    """True for "thanks!", "great", "👍", "merci", an out-of-office notice; False when the
    reply says anything else. `names` (the sender's) may sign it off."""
    if _AUTO_REPLY.search(text):
        return True
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) > _MAX_WORDS:
        return False
    signed = {part.lower() for name in names for part in _WORD.findall(name)}
    return all(w in _ACK_WORDS or w in signed for w in words)
