"""One regex out of many word patterns, their branches grouped by the letter they can start with.

A cue's patterns are tried at every word start of a reply; with a hundred branches per cue the
engine spends most of its time entering branches that cannot match the letter at hand. Grouping
them behind a look-ahead of their first letters lets it skip a whole group at once, and halving
the groups behind the look-ahead of each half's letters lets it skip half of them at once. Inside
a letter's group the branches are grouped again by their second character, the same way: a
letter opens a few dozen branches of a long cue, and most of them part at the next character.
The branches keep their order inside each group, so the first branch that matches is the same as
before.
"""

from __future__ import annotations

import importlib
import re
import string
from collections.abc import Iterator, Sequence
from typing import Any

_LETTERS = string.ascii_lowercase + string.digits + "'"
# re's own parser: private, so any surprise in its output means "may start with anything"
_parser: Any = importlib.import_module("re._parser")
_const: Any = importlib.import_module("re._constants")


def _first(items: list[tuple[Any, Any]]) -> tuple[frozenset[str] | None, bool]:
    """The characters a parsed pattern can start with (None: any) and whether it can be empty."""
    found: set[str] = set()
    for op, arg in items:
        if op is _const.LITERAL:
            return frozenset(found | {chr(arg)}), False
        if op is _const.IN:
            for kind, value in arg:
                if kind is _const.LITERAL:
                    found.add(chr(value))
                elif kind is _const.RANGE:
                    found.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None, False
            return frozenset(found), False
        # a look-ahead that must match says what the next character can be, whatever follows it
        # (a branch that opens on "(?=(?:at|in|on)\s)\w+" starts with a, i or o, not anything)
        if op is _const.ASSERT and arg[0] == 1:
            ahead, empty = _first(list(arg[1]))
            if ahead is not None and not empty:
                return frozenset(found | ahead), False
            continue
        # \b, anchors, look-behinds and negative look-aheads take no character
        if op in (_const.AT, _const.ASSERT, _const.ASSERT_NOT):
            continue
        if op is _const.SUBPATTERN:
            heads, empty = _first(list(arg[3]))
        elif op is _const.BRANCH:
            options = [_first(list(branch)) for branch in arg[1]]
            if any(heads is None for heads, _ in options):
                return None, False
            heads = frozenset().union(*(heads for heads, _ in options if heads is not None))
            empty = any(e for _, e in options)
        elif op in (_const.MAX_REPEAT, _const.MIN_REPEAT):
            heads, inner_empty = _first(list(arg[2]))
            empty = arg[0] == 0 or inner_empty
        else:
            return None, False
        if heads is None:
            return None, False
        found |= heads
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


def _parsed(pattern: str) -> list[tuple[Any, Any]] | None:
    try:
        return list(_parser.parse(pattern))
    except Exception:  # an unknown parse is read as "may start with anything"
        return None


def _heads(parsed: list[tuple[Any, Any]] | None) -> frozenset[str] | None:
    if parsed is None:
        return None
    heads, empty = _first(parsed)
    return None if empty else heads


def may_open_on(pattern: str, chars: re.Pattern[str]) -> bool:
    """Whether a match of `pattern` may start with a character `chars` matches (or be empty):
    True wherever its first characters cannot be read."""
    heads = _heads(_parsed(pattern))
    return heads is None or any(chars.fullmatch(c) for c in heads)


def opening_known(pattern: str) -> bool:
    """Whether the characters a match of `pattern` can start with are known (and it cannot be
    empty): a branch whose are not is copied into every group, and grouping it gains nothing."""
    return _heads(_parsed(pattern)) is not None


def opening(pattern: str) -> str:
    """A look-ahead of the characters a match of `pattern` can start with, in either case ("" if
    they are not known): set before the look-behinds or the alternatives `pattern` opens with,
    it passes over a word start none of them begins with in one test, where re would try each
    look-behind and each alternative there (under IGNORECASE re tries every branch, not only the
    ones whose first letter matches)."""
    heads = _heads(_parsed(pattern))
    if heads is None:
        return ""
    return "(?=(?i:[" + "".join(re.escape(c) for c in sorted(heads)) + "]))"


def opened(pattern: str, group: str = "") -> str:
    """`pattern` as a group (named `group`, if given) behind its `opening`."""
    return opening(pattern) + (f"(?P<{group}>" if group else "(?:") + pattern + ")"


def grouped(patterns: list[str], *, word_start: bool = True, by_second: bool = False) -> str:
    """One alternation of word patterns (each meant after a word boundary), behind a shared
    look-behind, with branches grouped by the letters they can start with (and `by_second`,
    inside a letter's group, by the character after it: for the longest alternations). Without
    `word_start`, no look-behind: for patterns matched at a given position (after a day)."""
    parsed = [_parsed(p) for p in patterns]
    heads = [_heads(p) for p in parsed]
    # and each other character that has no case, as a space or a comma: a branch that starts
    # with one is tried only there (a character with a case may also match one of another case)
    uncased = {c for h in heads if h is not None for c in h if c.lower() == c.upper() == c}
    starts = _LETTERS + "".join(sorted(uncased - set(_LETTERS)))
    by_branches: dict[tuple[int, ...], list[str]] = {}
    for letter in starts:
        chosen = tuple(i for i, h in enumerate(heads) if h is None or letter in h)
        if chosen:
            by_branches.setdefault(chosen, []).append(letter)
    pairs = [_pairs(p) if by_second else None for p in parsed]
    groups = [
        (re.escape(letters), _by_second(letters, [(patterns[i], pairs[i]) for i in chosen]))
        for chosen, letters in ((c, "".join(ls)) for c, ls in by_branches.items())
    ]
    options = [_tree(groups)] if groups else []
    # any other character: the branches that may start with it
    other = [i for i, h in enumerate(heads) if h is None or h - set(starts)]
    if other:
        options.append(
            f"(?![{re.escape(starts)}])(?:" + "|".join(f"(?:{patterns[i]})" for i in other) + ")"
        )
    behind = r"(?<!\w)" if word_start else ""
    return behind + "(?:" + "|".join(options) + ")" if options else ""


def _tree(groups: Sequence[tuple[str, str]], lead: str = "") -> str:
    """Groups behind look-aheads of their letters (after `lead`, the class of the character
    before them), halved behind the look-ahead of each half's letters: a word start tries a few
    look-aheads, not one per group (the letters of the groups are disjoint, so at most one group
    can match and the halving changes no match). The letters are written for a class already."""
    if len(groups) <= 3:
        return "|".join(f"(?={lead}[{letters}])(?:{body})" for letters, body in groups)
    halves = groups[: len(groups) // 2], groups[len(groups) // 2 :]
    return "|".join(
        f"(?={lead}[{''.join(letters for letters, _ in half)}])(?:{_tree(half, lead)})"
        for half in halves
    )


# The second character of a branch, as one of a few kinds whose classes share no character,
# with or without IGNORECASE: each space and each digit is one kind, written as its class; a
# lower-case letter of Latin-1 or a punctuation mark stands for itself; any other character
# (an upper-case letter matches its lower case too) makes the branch's second character unknown.
_SPACE, _DIGIT = r"\s", r"\d"
_OWN = frozenset(string.ascii_lowercase + string.punctuation + "".join(map(chr, range(0xDF, 256))))
_WIDEST_RANGE = 256  # a class wider is read as unknown
# A branch that can go on with several second characters is written once in each of their groups:
# a long one is left standing alone rather than copied (the pattern and its compile would grow by
# more than its scan gains); a run of a few branches costs less to try than the look-aheads.
_COPY_LIMIT = 2000  # characters written again
_MIN_RUN = 6


def _kind(char: str) -> str | None:
    if char in string.whitespace:
        return _SPACE
    if char in string.digits:
        return _DIGIT
    return char if char in _OWN else None


def _kinds(items: list[tuple[Any, Any]]) -> set[str | None]:
    """The kinds a class's members match, None among them for a member of no known kind."""
    found: set[str | None] = set()
    for kind, value in items:
        if kind is _const.LITERAL:
            found.add(_kind(chr(value)))
        elif kind is _const.RANGE and value[1] - value[0] < _WIDEST_RANGE:
            found.update(_kind(chr(c)) for c in range(value[0], value[1] + 1))
        elif kind is _const.CATEGORY and value in (_const.CATEGORY_SPACE, _const.CATEGORY_DIGIT):
            found.add(_SPACE if value is _const.CATEGORY_SPACE else _DIGIT)
        else:
            found.add(None)
    return found


_Prefixes = set[tuple[str, ...]]


def _walk(items: list[tuple[Any, Any]], prefixes: _Prefixes) -> _Prefixes | None:
    """The prefixes, up to two characters long as kinds, a parsed pattern can lead each of
    `prefixes` on to (None: unknown). Assertions take no character and are passed over, so the
    prefixes found are all the pattern can match, and maybe more."""
    for op, arg in items:
        open_ = {p for p in prefixes if len(p) < 2}
        if not open_:
            break
        if op in (_const.AT, _const.ASSERT, _const.ASSERT_NOT):
            continue
        if op in (_const.LITERAL, _const.IN):
            kinds = {_kind(chr(arg))} if op is _const.LITERAL else _kinds(list(arg))
            if None in kinds:
                return None
            found: _Prefixes | None = {(*p, k) for p in open_ for k in kinds if k is not None}
        elif op is _const.SUBPATTERN and not arg[1] & re.IGNORECASE:
            found = _walk(list(arg[3]), open_)
        elif op is _const.BRANCH:
            found = set()
            for branch in arg[1]:
                way = _walk(list(branch), open_)
                if way is None:
                    return None
                found |= way
        elif op in (_const.MAX_REPEAT, _const.MIN_REPEAT):
            found = _repeat(arg, open_)
        else:
            return None
        if found is None:
            return None
        prefixes = (prefixes - open_) | found
    return prefixes


def _repeat(arg: tuple[int, int, Any], prefixes: _Prefixes) -> _Prefixes | None:
    least, most, inner = arg
    found: _Prefixes = set()
    times = 0
    while True:
        if times >= least:
            found |= prefixes
        further = _walk(list(inner), prefixes) if times < most else prefixes
        if further is None:
            return None
        # (a pass that adds nothing adds nothing after it either)
        if further == prefixes:
            return found | prefixes
        prefixes, times = further, times + 1


def _pairs(parsed: list[tuple[Any, Any]] | None) -> _Prefixes | None:
    """The first two characters a parsed pattern can match, as kinds (None: unknown, or it can
    match fewer than two characters)."""
    found = None if parsed is None else _walk(parsed, {()})
    return None if found is None or any(len(p) < 2 for p in found) else found


def _by_second(letters: str, branches_: list[tuple[str, _Prefixes | None]]) -> str:
    """A letter group's branches, each run of them whose second characters are known grouped
    by its second character; a branch with an unknown one stands between the runs, in order."""
    firsts = {_kind(c) for c in letters}
    parts: list[str] = []
    run: list[tuple[str, set[str]]] = []

    def close_run() -> None:
        if len(run) >= _MIN_RUN:
            by_kinds: dict[tuple[int, ...], list[str]] = {}
            for k in sorted({k for _, kinds in run for k in kinds}):
                chosen = tuple(i for i, (_, kinds) in enumerate(run) if k in kinds)
                by_kinds.setdefault(chosen, []).append(k)
            groups = [
                (_written(kinds), "|".join(f"(?:{run[i][0]})" for i in chosen))
                for chosen, kinds in by_kinds.items()
            ]
            parts.append(_tree(groups, f"[{re.escape(letters)}]"))
        else:
            parts.extend(f"(?:{p})" for p, _ in run)
        run.clear()

    for pattern, pairs in branches_:
        seconds = (
            None
            if pairs is None or None in firsts
            else {second for first, second in pairs if first in firsts}
        )
        if seconds and (len(seconds) == 1 or len(pattern) * (len(seconds) - 1) <= _COPY_LIMIT):
            run.append((pattern, seconds))
        else:
            close_run()
            parts.append(f"(?:{pattern})")
    close_run()
    return "|".join(parts)


def _written(kinds: list[str]) -> str:
    return "".join(k if k in (_SPACE, _DIGIT) else re.escape(k) for k in kinds)


def _structure(pattern: str) -> Iterator[tuple[int, str]]:
    """The characters of a pattern outside escapes and character classes, with their places:
    the ones that can open, close or split a group."""
    i, in_class = 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # a "]" right after the opening bracket (or its "^") is a member, not the end
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        else:
            yield i, char
        i += 1


def branches(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern written as one alternation in a group, "(?:a|b)"."""
    if not (pattern.startswith("(?:") and pattern.endswith(")")):
        raise ValueError(f"not one alternation in a group: {pattern[:20]!r}")
    body = pattern[3:-1]
    found: list[str] = []
    depth, start = 0, 0
    for i, char in _structure(body):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(body[start:i])
            start = i + 1
    found.append(body[start:])
    return found


def word_led(pattern: str) -> str:
    r"""A pattern "(?<!\w)(?:a|b|...)rest" with the branches of its opening group grouped by
    the letters they start with (the same matches: see `grouped`)."""
    lead = r"(?<!\w)"
    if not pattern.startswith(lead + "(?:"):
        raise ValueError(f"not led by a group of words: {pattern[:20]!r}")
    depth = 0
    for i, char in _structure(pattern):
        if i < len(lead) or char not in "()":
            continue
        depth += 1 if char == "(" else -1
        if depth == 0:
            # (a quantifier after the group would repeat the look-behind with it)
            if pattern[i + 1 : i + 2] in ("?", "*", "+", "{"):
                raise ValueError(f"a group of words repeated: {pattern[:20]!r}")
            return grouped(branches(pattern[len(lead) : i + 1])) + pattern[i + 1 :]
    raise ValueError(f"a group of words never closed: {pattern[:20]!r}")
