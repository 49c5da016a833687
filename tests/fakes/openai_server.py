"""A small OpenAI-compatible chat completions server on loopback, scripted per test."""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PATHS = ("/v1/chat/completions", "/chat/completions")


@dataclass(frozen=True, slots=True)
class Scripted:
    """One scripted reply: assistant content, an HTTP error status, after an optional delay."""

    content: str | None = None  # the assistant message content, sent verbatim
    status: int = 200
    delay: float = 0.0  # seconds to stall before answering (to trip client timeouts)


def strict_schema_problems(schema: Any, path: str = "$") -> list[str]:
    """Where a JSON schema breaks strict mode: every object closed, every property required."""
    problems: list[str] = []
    if isinstance(schema, dict):
        if schema.get("type") == "object" or "properties" in schema:
            properties = schema.get("properties", {})
            if schema.get("additionalProperties") is not False:
                problems.append(f"{path}: additionalProperties must be false")
            if set(schema.get("required", [])) != set(properties):
                problems.append(f"{path}: every property must be required")
        for key, value in schema.items():
            problems += strict_schema_problems(value, f"{path}.{key}")
    elif isinstance(schema, list):
        for index, value in enumerate(schema):
            problems += strict_schema_problems(value, f"{path}[{index}]")
    return problems


def _prompt_chars(body: dict[str, Any]) -> int:
    return sum(len(str(m.get("content") or "")) for m in body.get("messages", []))


class FakeOpenAIServer:
    """Serve POST /v1/chat/completions from a queue of scripted replies; record every request.

    With `response_format` of type json_schema and `strict`, the request's schema is
    checked the way OpenAI checks it, and a scripted answer must carry exactly the
    schema's top-level keys: a structured answer from a real server always does.
    """

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.default: Scripted | None = None  # used when the queue is empty
        self._queue: deque[Scripted] = deque()
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def answer(self, obj: dict[str, Any], *, delay: float = 0.0) -> None:
        """Queue a structured answer: `obj` as JSON in the assistant message."""
        self._push(Scripted(content=json.dumps(obj), delay=delay))

    def malformed(self, content: str) -> None:
        """Queue assistant content returned verbatim, however broken."""
        self._push(Scripted(content=content))

    def fail(self, status: int, *, delay: float = 0.0) -> None:
        """Queue an HTTP error status (429, 500, …) with an OpenAI-style error body."""
        self._push(Scripted(status=status, delay=delay))

    def stall(self, seconds: float) -> None:
        """Queue a reply that arrives only after `seconds` (longer than the client's timeout)."""
        self._push(Scripted(content="{}", delay=seconds))

    def _push(self, item: Scripted) -> None:
        with self._lock:
            self._queue.append(item)

    def _next(self) -> Scripted:
        with self._lock:
            if self._queue:
                return self._queue.popleft()
        return self.default or Scripted(status=500, content="fake server: nothing scripted")

    def start(self) -> FakeOpenAIServer:
        self._thread.start()
        return self

    def close(self) -> None:
        self._closing.set()  # wakes stalled handlers so shutdown is prompt
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _respond(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._lock:
            self.requests.append(body)
        item = self._next()
        if item.delay and self._closing.wait(item.delay):
            return 503, _error("server closing")
        if item.status != 200:
            return item.status, _error(item.content or f"scripted status {item.status}")
        response_format = body.get("response_format") or {}
        if response_format.get("type") == "json_schema":
            spec = response_format.get("json_schema", {})
            schema = spec.get("schema", {})
            problems = strict_schema_problems(schema) if spec.get("strict") else []
            if problems:
                return 400, _error("Invalid schema for response_format: " + "; ".join(problems))
            problem = _shape_problem(item.content or "", schema)
            if problem:
                return 500, _error(f"fake server: scripted answer does not fit: {problem}")
        chars = _prompt_chars(body)
        completion = len(item.content or "") // 4
        return 200, {
            "id": f"chatcmpl-fake-{len(self.requests)}",
            "object": "chat.completion",
            "created": 0,
            "model": body.get("model", "fake"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": item.content, "refusal": None},
                    "finish_reason": "stop",
                    "logprobs": None,
                }
            ],
            "usage": {
                "prompt_tokens": chars // 4,
                "completion_tokens": completion,
                "total_tokens": chars // 4 + completion,
            },
        }

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                if self.path not in PATHS:
                    self._send(404, _error(f"no route {self.path}"))
                    return
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    body = json.loads(self.rfile.read(length) or b"{}")
                except ValueError:
                    self._send(400, _error("request body is not JSON"))
                    return
                self._send(*server._respond(body))

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up (timeout) and closed the socket

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output clean

        return Handler


def _error(message: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": "fake_error", "param": None, "code": None}}


def _shape_problem(content: str, schema: dict[str, Any]) -> str | None:
    try:
        value = json.loads(content)
    except ValueError:
        return None  # deliberately malformed content is the test's business
    expected = set(schema.get("properties", {}))
    if not isinstance(value, dict) or not expected:
        return None
    if set(value) != expected:
        return f"keys {sorted(value)} != schema {sorted(expected)}"
    return None
