"""Words read with their accents dropped, as phones and hurried writers of French, Spanish and
Portuguese send them ("apres-midi", "manana", "ate as 11h", "jusqu'a", "en deplacement").

The vocabulary of the time reader is written with its accents; every accented letter of a
pattern is loosened to also match its bare letter, once, when the module is loaded, so each
new word carries over without a second spelling. German umlauts are kept: a writer without
them writes "ue" ("Pruefung"), and a bare vowel is often another word ("hatte", "hätte").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping
from typing import TypeVar, cast

_BARE = str.maketrans(
    "áàâãéèêëíîïóôõúûçñÁÀÂÃÉÈÊËÍÎÏÓÔÕÚÛÇÑ", "aaaaeeeeiiiooouucnAAAAEEEEIIIOOOUUCN"
)

# Short words whose bare form is a common word with another meaning, often in a pattern of its
# own: "é" (is) and "e" (and), "à" (at) and "a" (has; Portuguese "the": "a 2"), "sí" (yes) and
# "si" (if), "más" and Portuguese "mas" (but), "já" and German "ja", "só" (only) and "so", "há"
# and "ha", "lá" and "la". They keep their accent.
_KEPT = frozenset(("é", "à", "sí", "más", "já", "só", "há", "lá"))


def bare(text: str) -> str:
    """`text` with the Romance accents dropped; the same length."""
    return text.translate(_BARE)


def _word_at(source: str, at: int) -> str:
    """The run of letters of a pattern's source around `at` (a letter after a backslash is
    an escape, not part of a word)."""
    start = at
    while start > 0 and _in_word(source[start - 1]) and source[start - 2 : start - 1] != "\\":
        start -= 1
    end = at + 1
    while end < len(source) and _in_word(source[end]):
        end += 1
    return source[start:end].lower()


def _in_word(char: str) -> bool:
    # an elided article or preposition is one word with what follows: "jusqu'à", "d'après"
    return char.isalpha() or char in "'’"


def loose(source: str) -> str:
    """A pattern's source with each accented letter also matching its bare letter.

    Inside a class the bare letter is added to it; a negated class is left as it is (adding
    a letter would refuse it too)."""
    out: list[str] = []
    i, n = 0, len(source)
    klass = negated = False
    while i < n:
        char = source[i]
        if char == "\\":
            out.append(source[i : i + 2])
            i += 2
            continue
        plain = char.translate(_BARE)
        if klass:
            if char == "]" and source[i - 1] not in "[^":
                klass = False
            elif plain != char and not negated:
                close = source.find("]", i)
                if plain not in source[source.rfind("[", 0, i) : close]:
                    char += plain
        elif char == "[":
            klass, negated = True, source[i + 1 : i + 2] == "^"
        # (a class right before the letter makes it part of a word: "jusqu['’]à")
        elif plain != char and (source[i - 1 : i] == "]" or _word_at(source, i) not in _KEPT):
            char = f"[{char}{plain}]"
        out.append(char)
        i += 1
    return "".join(out)


# the patterns compiled loosened already, which `loosen` passes over without walking their source
_COMPILED_LOOSE: set[re.Pattern[str]] = set()


def loose_compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled loosened (see `loose`): the time reader's modules compile theirs
    with it, so that `loosen` finds them loose already and a pattern is not compiled twice
    (the second compile of every pattern doubled the time a parser process takes to start)."""
    pattern = re.compile(loose(source), flags)
    _COMPILED_LOOSE.add(pattern)
    return pattern


_T = TypeVar("_T")
_K = TypeVar("_K")


def _loosened(value: object) -> object:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        if value in _COMPILED_LOOSE:
            return value
        source = loose(value.pattern)
        return value if source == value.pattern else re.compile(source, value.flags)
    if type(value) is tuple:
        return tuple(_loosened(v) for v in value)
    if type(value) is dict:
        return with_bare({k: _loosened(v) for k, v in value.items()})
    return value


def loosen(namespace: MutableMapping[str, object]) -> None:
    """Loosen every compiled pattern of a module's namespace, alone or in a tuple or dict, and
    give each word of its vocabularies its bare spelling too, for the word a loosened pattern
    matched to be looked up."""
    for name, value in list(namespace.items()):
        if not name.startswith("__"):
            namespace[name] = _loosened(value)


class _Vocabulary(dict[_K, _T]):
    """Words looked up whatever accents they were written with: a loosened pattern matches
    each accented letter with or without its accent, so a phrase half accented ("en debut de
    matinée") is matched, and must be found under the spelling the pattern was made from. Only
    accents dropped count: "soirée" is no half-accented "soireé" (a slip of it in `SLIPS`)."""

    def __init__(self, words: Mapping[_K, _T]) -> None:
        super().__init__(words)
        self._spellings: dict[str, list[str]] = {}
        for key in words:
            if isinstance(key, str):
                self._spellings.setdefault(_bare_words(key), []).append(key)

    def __missing__(self, key: _K) -> _T:
        if isinstance(key, str):
            for spelling in self._spellings.get(_bare_words(key), ()):
                if _accents_dropped(key, spelling):
                    return self[cast(_K, spelling)]
        raise KeyError(key)

    def get(self, key: _K, default: _T | None = None) -> _T | None:  # type: ignore[override]
        try:
            return self[key]
        except KeyError:
            return default


def _accents_dropped(text: str, spelling: str) -> bool:
    """`text` is `spelling` with some of its accents dropped, as a loosened pattern of it
    matches: each letter as written or, where it has an accent, bare."""
    plain = _bare_words(spelling)
    return len(text) == len(spelling) and all(
        t in (s, p) for t, s, p in zip(text, spelling, plain, strict=True)
    )


def with_bare(words: Mapping[_K, _T]) -> dict[_K, _T]:
    """A vocabulary with each accented word also under its bare spelling (the accented
    word's meaning wins where the bare one is a word of its own)."""
    bare_keys = {_bare_words(k) if isinstance(k, str) else k: v for k, v in words.items()}
    # a kept short word inside a longer phrase is matched bare too ("mas adelante la semana que
    # viene"): the pattern's alternation groups its letters, so its word is not seen whole
    all_bare = {bare(k) if isinstance(k, str) else k: v for k, v in words.items()}
    return _Vocabulary({**all_bare, **bare_keys, **words})  # type: ignore[dict-item]


def _bare_words(phrase: str) -> str:
    return " ".join(w if w.lower() in _KEPT else bare(w) for w in phrase.split(" "))
