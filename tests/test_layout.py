"""The layout is the architecture: the pure core stays pure, and packages import one way only.

Read from the source (AST), not by importing: a module that imports an I/O library lazily,
inside a function, is caught too.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("agent", "parsers", "prompts", "store")

# What the core may not reach: the outer layers of the agent, and every module that talks to
# the world (network, mail, files, processes, databases, templates on disk, LLM clients).
# Spelled by part, so that rewriting old flat module paths on merged branches leaves it alone.
OUTER = tuple(
    f"agent.{part}"
    for part in ("adapters", "rendering", "cli", "desk", "dev", "service", "wiring", "config")
)
IO = (
    "asyncio",
    "socket",
    "ssl",
    "select",
    "selectors",
    "http",
    "urllib",
    "httpx",
    "requests",
    "imaplib",
    "imapclient",
    "smtplib",
    "aiosmtplib",
    "email.mime",
    "tinydb",
    "psycopg",
    "openpyxl",
    "store",
    "prompts",
    "subprocess",
    "multiprocessing",
    "threading",
    "os",
    "shutil",
    "tempfile",
    "pathlib",
    "io",
    "glob",
    "sqlite3",
    "openai",
    "langchain",
    "langchain_core",
    "langchain_openai",
    "time",
)
# Error classes are plain definitions; store.errors holds the store's branch of the one tree.
ALLOWED = ("store.errors",)
CLOCK = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today")}
BUILTIN_IO = {"open", "input", "print", "exec", "eval", "__import__"}


@dataclass(frozen=True)
class Finding:
    module: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line}: {self.what}"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def module_path(name: str) -> Path | None:
    base = ROOT.joinpath(*name.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node that runs, leaving out `if TYPE_CHECKING:` blocks (never executed)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                stack.extend(child.orelse)
                continue
            stack.append(child)


def imports(tree: ast.AST, package: str) -> Iterator[tuple[int, str]]:
    """(line, dotted module) of every import; `from a import b` gives a.b too, as b may be a
    submodule."""
    for node in _runtime_nodes(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            yield node.lineno, base
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"


def _within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def impurities(source: str, module: str) -> list[Finding]:
    """What makes `module` (its source) impure: outer-layer or I/O imports, clock reads."""
    tree = ast.parse(source)
    package = module if module_path(module) and module_path(module).name == "__init__.py" else ""
    package = package or module.rpartition(".")[0]
    lines: dict[int, str] = {}  # one finding per import statement
    for line, name in imports(tree, package):
        if (_within(name, OUTER) or _within(name, IO)) and not _within(name, ALLOWED):
            lines.setdefault(line, name)
    found = [Finding(module, line, f"imports {name}") for line, name in lines.items()]
    for node in _runtime_nodes(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            if (func.value.id, func.attr) in CLOCK:
                found.append(Finding(module, node.lineno, f"reads the clock: {func.value.id}."
                                     f"{func.attr}()"))  # fmt: skip
        elif isinstance(func, ast.Name) and func.id in BUILTIN_IO:
            found.append(Finding(module, node.lineno, f"calls {func.id}()"))
    return found


def reached_from_core() -> dict[str, Path]:
    """The core's modules and every module of ours they import at run time, transitively."""
    todo = [module_name(p) for p in sorted((ROOT / "agent" / "core").rglob("*.py"))]
    seen: dict[str, Path] = {}
    while todo:
        name = todo.pop()
        path = module_path(name)
        if name in seen or path is None:
            continue
        seen[name] = path
        tree = ast.parse(path.read_text(encoding="utf-8"))
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        # an outer or I/O module is reported where it is imported; its own imports are its affair
        todo.extend(
            n
            for _, n in imports(tree, package)
            if _within(n, PACKAGES)
            and (_within(n, ALLOWED) or not (_within(n, OUTER) or _within(n, IO)))
        )
    return seen


def test_the_core_is_pure() -> None:
    modules = reached_from_core()
    assert "agent.core.policy" in modules and "parsers.model" in modules
    found = [
        str(f)
        for name, path in sorted(modules.items())
        for f in impurities(path.read_text(encoding="utf-8"), name)
    ]
    assert found == [], "the core (or what it imports) does I/O or reaches an outer layer:\n" + (
        "\n".join(found)
    )


@pytest.mark.parametrize(
    "source",
    [
        "import socket",
        "from agent.rendering.letters import fill",
        "from agent import service",
        "def f():\n    import tinydb",
        "from store.db import Change",
        "import prompts",
        "from datetime import datetime\nx = datetime.now()",
        "from datetime import date\nx = date.today()",
        "import time\nx = time.time()",
        "x = open('f').read()",
        "import os.path",
        "from langchain_core.messages import HumanMessage",
    ],
)
def test_the_purity_check_sees_each_kind_of_offence(source: str) -> None:
    assert impurities(source, "agent.core.example")


def test_the_purity_check_passes_pure_code() -> None:
    pure = (
        "from __future__ import annotations\nfrom typing import TYPE_CHECKING\n"
        "from datetime import datetime, time, timedelta\nfrom agent.core.process import Process\n"
        "from parsers.model import Window\nif TYPE_CHECKING:\n    from store.db import Change\n"
        "def f(now: datetime) -> datetime:\n    return now + timedelta(hours=1)\n"
    )
    assert impurities(pure, "agent.core.example") == []


def package_graph() -> dict[str, set[str]]:
    """Which top-level package imports which (run-time imports only)."""
    graph: dict[str, set[str]] = {p: set() for p in PACKAGES}
    for top in PACKAGES:
        for path in sorted((ROOT / top).rglob("*.py")):
            name = module_name(path)
            package = name if path.name == "__init__.py" else name.rpartition(".")[0]
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for _, imported in imports(tree, package):
                first = imported.split(".")[0]
                if first in graph and first != top:
                    graph[top].add(first)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every cycle found by a depth-first walk, as the path that closes it."""
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def walk(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                found.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                walk(nxt, [*path, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            walk(node, [node])
    return found


def test_packages_import_one_way() -> None:
    graph = package_graph()
    assert "parsers" in graph["agent"] and "store" in graph["agent"]
    assert "agent" not in graph["parsers"], "parsers/ imports agent/"
    assert "agent" not in graph["store"], "store/ imports agent/"
    assert "store" not in graph["parsers"], "parsers/ imports store/"
    assert cycles(graph) == []


def test_the_cycle_check_sees_a_cycle() -> None:
    assert cycles({"agent": {"parsers"}, "parsers": {"store"}, "store": {"agent"}}) == [
        ["agent", "parsers", "store", "agent"]
    ]
    assert cycles({"agent": {"parsers", "store"}, "store": {"parsers"}, "parsers": set()}) == []


def test_the_dev_tools_need_the_dev_extra() -> None:
    """Without the dev extra (here: aiosmtpd hidden), importing the demo says how to get it."""
    hide = "import sys; sys.modules['aiosmtpd'] = None; import agent.dev.demo"
    run = subprocess.run(
        [sys.executable, "-c", hide], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert run.returncode != 0
    assert "install rounds[dev]" in run.stderr.splitlines()[-1]
