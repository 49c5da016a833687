"""A stand-in for `rounds extract --batch` that answers from readings the real one already made.

    python -m tests.parsers.replay_readings READINGS.jsonl < cases.jsonl

READINGS.jsonl holds one answer of `rounds extract --batch --offline` per case, its id the file
name of the case's message. Each case on stdin is answered with the reading of the message of
that file name, under the case's own id, so that the shared scorer judges readings made once for
every set instead of starting the reader again for each; a message never read gets an error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> None:
    readings = {}
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        answer = json.loads(line)
        readings[answer.pop("id")] = answer
    for line in sys.stdin:
        if not line.strip():
            continue
        case = json.loads(line)
        answer = readings.get(Path(case["eml"]).name, {"error": "this message was never read"})
        print(json.dumps({"id": case["id"], **answer}))


if __name__ == "__main__":
    main()
