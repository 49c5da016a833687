"""The long fuzz run behind `make fuzz`: python -m tests.fuzz [--cases N] [--seed S].

Prints how many cases ran and every crash with its seed and case index (rebuild it with
`tests.fuzz.generators.case(seed, index)`); the offending bytes go to a temporary folder.
Exits 1 on any crash: an exception other than InputError, a broken Extraction, or a case
that took longer than the parse budget.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from parsers.mail.limits import PARSE_BUDGET
from tests.fuzz import check
from tests.fuzz.generators import cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__)
    parser.add_argument("--cases", type=int, default=20_000, help="how many cases (20000)")
    parser.add_argument("--seed", type=int, default=0, help="run seed (0)")
    args = parser.parse_args(argv)

    crashes: list[str] = []
    outcomes: Counter[str] = Counter()
    folder: Path | None = None
    started = time.monotonic()
    for index, name, raw in cases(args.seed, args.cases):
        began = time.monotonic()
        try:
            parsed = check(raw, index)
        except Exception as exc:  # any escape is the finding this run exists for
            problem = "".join(traceback.format_exception_only(exc)).strip()
            where = traceback.extract_tb(exc.__traceback__)[-1]
            problem += f" at {where.filename}:{where.lineno}"
        else:
            outcomes["parsed" if parsed is not None else "refused"] += 1
            took = time.monotonic() - began
            if took <= PARSE_BUDGET:
                continue
            problem = f"took {took:.1f} s"
        folder = folder or Path(tempfile.mkdtemp(prefix="rounds-fuzz-"))
        path = folder / f"seed{args.seed}-case{index}-{name}.eml"
        path.write_bytes(raw)
        crashes.append(f"seed {args.seed} case {index} ({name}): {problem} -> {path}")
        print(crashes[-1], flush=True)
    elapsed = time.monotonic() - started
    print(
        f"{args.cases} cases in {elapsed:.0f} s (seed {args.seed}): {outcomes['parsed']} parsed, "
        f"{outcomes['refused']} refused as InputError, {len(crashes)} crashes"
    )
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
