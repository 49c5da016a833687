"""Where the shared corpus and scorer live, and the scorer as a module."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
# shared/ beside the repository; a worktree one level deeper finds it further up.
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "eval" / "score.py").is_file()),
    ROOT.parent / "shared",
)
CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"


def scorer() -> ModuleType:
    """shared/eval/score.py, loaded as a module."""
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
