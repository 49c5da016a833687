"""The recruiter updates the core sends are sentences in prompts/, filled with its values."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import prompts
from agent.rendering.letters import WORDING

CORE = Path(__file__).resolve().parents[2] / "agent" / "core"


def _updates_in_core() -> list[tuple[str, str, set[str]]]:
    """(module, key, keyword names) of every tell_recruiter(process, policy, KEY, **values)."""
    found = []
    for path in sorted(CORE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tell_recruiter"
            ):
                key = node.args[2]
                # a literal key, or `"a" if … else "b"`
                keys = [key.body, key.orelse] if isinstance(key, ast.IfExp) else [key]
                given = {k.arg or "" for k in node.keywords}
                for one in keys:
                    assert isinstance(one, ast.Constant), f"{path.name}:{node.lineno}: a key"
                    found.append((path.name, str(one.value), given))
    return found


def test_every_update_the_core_sends_has_its_sentence_and_values() -> None:
    updates = _updates_in_core()
    assert len(updates) >= 20
    for module, key, given in updates:
        sentence = prompts.load(f"update_{key}.txt")
        wanted = set(re.findall(r"\$(\w+)", sentence))
        assert wanted == given, f"{module}: update_{key}.txt wants {wanted}, given {given}"


def test_an_update_reads_as_its_sentence() -> None:
    text = WORDING.sentence("update_passed_on", {
        "person": "Jane", "round": "2", "why": "I found nothing to act on",
        "reading": "intent other", "text": "See you then, $5 coffee on me",
    })  # fmt: skip
    assert text == (
        "Jane wrote about Interview #2; I found nothing to act on (intent other):\n\n"
        "See you then, $5 coffee on me"
    )
    assert WORDING.sentence("update_declined", {"side": "client"}) == (
        "None of the options suited the client; I asked for new times."
    )
