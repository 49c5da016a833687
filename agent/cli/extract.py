"""`rounds extract`: one message or a JSON-lines batch through the extractor."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import IO, Any

from agent.adapters.reading import RulesFirst
from agent.config import Settings
from agent.errors import InputError
from agent.ports import Clock, Extractor
from agent.wiring import build_llm, wall_clock
from parsers.mail.message import parse_message
from parsers.model import Context, Extraction


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _read_context(data: Any) -> Context:
    return Context.from_json(data)


async def _one(raw: bytes, context: Context, reader: Extractor, clock: Clock) -> Extraction:
    message = parse_message(raw)
    # A message without a Date is read as of now.
    return await reader.reply(message, context, now=message.date or clock())


def run_single(
    eml: Path, context_path: Path, reader: Extractor, out: IO[str], *, clock: Clock = wall_clock
) -> None:
    """Extract one message; InputError for unreadable input."""
    try:
        context_data = json.loads(_read_bytes(context_path))
    except json.JSONDecodeError as exc:
        raise InputError(f"{context_path}: not JSON ({exc.msg} at line {exc.lineno})") from exc
    context = _read_context(context_data)
    result = asyncio.run(_one(_read_bytes(eml), context, reader, clock))
    out.write(json.dumps(result.to_json()) + "\n")


def run_batch(
    source: IO[str], reader: Extractor, out: IO[str], *, clock: Clock = wall_clock
) -> None:
    """One JSON line in, one JSON line out, same order; a bad case gets an error entry."""
    asyncio.run(_batch(source, reader, out, clock))


async def _batch(source: IO[str], reader: Extractor, out: IO[str], clock: Clock) -> None:
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        case_id: Any = None
        try:
            case = json.loads(line)
            if not isinstance(case, dict):
                raise InputError("a case must be a JSON object")
            case_id = case.get("id", number)
            if "eml" not in case:
                raise InputError("a case needs an 'eml' path")
            context = _read_context(case.get("context", {}))
            result: dict[str, Any] = (
                await _one(_read_bytes(Path(str(case["eml"]))), context, reader, clock)
            ).to_json()
        except json.JSONDecodeError as exc:
            result = {"error": f"line {number}: not JSON ({exc.msg})"}
        except InputError as exc:
            result = {"error": str(exc)}
        except Exception as exc:  # the contract: one bad case never stops the batch
            result = {"error": f"internal error: {type(exc).__name__}: {exc}"}
        out.write(json.dumps({"id": case_id if case_id is not None else number, **result}) + "\n")
        out.flush()


def main(args: Any, settings: Settings, clock: Clock = wall_clock) -> int:
    reader = RulesFirst(build_llm(settings, offline=args.offline))
    if args.batch:
        run_batch(sys.stdin, reader, sys.stdout, clock=clock)
        return 0
    if args.message is not None and not args.message.exists():
        # Said first: "missing --context" would hide that the message itself is not there.
        raise InputError(f"{args.message}: no such file")
    if args.message is None or args.context is None:
        raise InputError("give MESSAGE.eml and --context CONTEXT.json, or --batch")
    run_single(args.message, args.context, reader, sys.stdout, clock=clock)
    return 0
