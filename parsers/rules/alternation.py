"""One regex out of many word patterns, their branches grouped by the letter they can start with.

A cue's patterns are tried at every word start of a reply; with a hundred branches per cue the
engine spends most of its time entering branches that cannot match the letter at hand. Grouping
them behind a look-ahead of their first letters lets it skip a whole group at once, and halving
the groups behind the look-ahead of each half's letters lets it skip half of them at once. The
branches keep their order inside each group, so the first branch that matches is the same as before.
"""

from __future__ import annotations

import importlib
import re
import string
from collections.abc import Iterator
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


def _heads(pattern: str) -> frozenset[str] | None:
    try:
        heads, empty = _first(list(_parser.parse(pattern)))
    except Exception:  # an unknown parse is read as "may start with anything"
        return None
    return None if empty else heads


def grouped(patterns: list[str], *, word_start: bool = True) -> str:
    """One alternation of word patterns (each meant after a word boundary), behind a shared
    look-behind, with branches grouped by the letters they can start with. Without
    `word_start`, no look-behind: for patterns matched at a given position (after a day)."""
    heads = [_heads(p) for p in patterns]
    # and each other character that has no case, as a space or a comma: a branch that starts
    # with one is tried only there (a character with a case may also match one of another case)
    uncased = {c for h in heads if h is not None for c in h if c.lower() == c.upper() == c}
    starts = _LETTERS + "".join(sorted(uncased - set(_LETTERS)))
    by_branches: dict[tuple[int, ...], list[str]] = {}
    for letter in starts:
        chosen = tuple(i for i, h in enumerate(heads) if h is None or letter in h)
        if chosen:
            by_branches.setdefault(chosen, []).append(letter)
    groups = [
        ("".join(letters), "|".join(f"(?:{patterns[i]})" for i in chosen))
        for chosen, letters in by_branches.items()
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


def _tree(groups: list[tuple[str, str]]) -> str:
    """Groups behind look-aheads of their letters, halved behind the look-ahead of each half's
    letters: a word start tries a few look-aheads, not one per group (the letters of the groups
    are disjoint, so at most one group can match and the halving changes no match)."""
    if len(groups) <= 3:
        return "|".join(f"(?=[{re.escape(letters)}])(?:{body})" for letters, body in groups)
    halves = groups[: len(groups) // 2], groups[len(groups) // 2 :]
    return "|".join(
        f"(?=[{re.escape(''.join(letters for letters, _ in half))}])(?:{_tree(half)})"
        for half in halves
    )


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
