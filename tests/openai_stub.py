"""A small scripted OpenAI-compatible HTTP server on 127.0.0.1 for backend and batch tests.

It answers ``GET /v1/models`` and ``POST /v1/completions``. Tests push scripted answers (status, body,
headers) or let it write a plausible note; ``hold()`` makes completion requests wait until ``release()``
(deterministic "kill the client mid-batch" tests without any timing).
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def plausible_note(prompt: str) -> str:
    """Continue the opener with the row's reason, like a good model would (passes connote's checks)."""
    reasons = re.findall(r"^Reason[^:\n]*: (.*)$", prompt, flags=re.M)
    words = reasons[-1].split() if reasons else ["your", "work"]
    swap = {"her": "your", "his": "your", "their": "your", "him": "you", "them": "you", "she": "you",
            "he": "you", "they": "you"}
    topic = " ".join(swap.get(w.lower(), w) for w in words[-4:]).rstrip(".")
    return f" it was good to come across your profile: {topic} stood out to me. Glad to connect."


class Stub:
    def __init__(self, models: list[str] | None = None) -> None:
        self.models = ["stub-model"] if models is None else models
        self.requests: list[dict] = []  # {"method", "path", "headers", "body"}
        self.script: list[tuple[int, object, dict]] = []  # answers used first, in order
        self.completion = plausible_note
        self.completions_answered = 0
        self.fail_completions: int | None = None  # answer every completion with this HTTP status
        self._lock = threading.Lock()
        self._gate = threading.Event()
        self._gate.set()
        self._hang = threading.Event()  # set only when the stub shuts down
        self.hold_after: int | None = None
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def _answer(self, status: int, body, headers: dict | None = None) -> None:
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def _handle(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = json.loads(raw) if raw else None
                with stub._lock:
                    stub.requests.append({"method": method, "path": self.path,
                                          "headers": dict(self.headers), "body": body})
                    scripted = stub.script.pop(0) if stub.script else None
                if scripted is not None:
                    status, answer, headers = scripted
                    if status == 0:  # drop the connection without answering
                        self.close_connection = True
                        self.connection.shutdown(2)
                        return
                    if status == -1:  # hang until released (the client times out)
                        stub._hang.wait(30)
                        return
                    return self._answer(status, answer, headers)
                if method == "GET" and self.path == "/v1/models":
                    return self._answer(200, {"object": "list", "data": [{"id": m, "object": "model"}
                                                                         for m in stub.models]})
                if method == "POST" and self.path == "/v1/completions":
                    if stub.fail_completions is not None:
                        return self._answer(stub.fail_completions, {"error": {"message": "overloaded"}})
                    with stub._lock:
                        n = stub.completions_answered
                        stub.completions_answered += 1
                        must_wait = stub.hold_after is not None and n >= stub.hold_after
                    if must_wait:
                        stub._gate.wait(60)
                    text = stub.completion(body["prompt"])
                    return self._answer(200, {"id": "cmpl-1", "object": "text_completion",
                                              "choices": [{"index": 0, "text": text, "finish_reason": "stop"}],
                                              "usage": {"completion_tokens": len(text.split())}})
                return self._answer(404, {"error": {"message": f"no route {self.path}"}})

            def do_GET(self):
                self._handle("GET")

            def do_POST(self):
                self._handle("POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    def __enter__(self) -> Stub:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._hang.set()
        self.release()
        self.server.shutdown()
        self.server.server_close()

    def hold(self, after: int) -> None:
        """Answer ``after`` more completion requests, then make the rest wait until :meth:`release`."""
        self._gate.clear()
        self.hold_after = self.completions_answered + after

    def release(self) -> None:
        self.hold_after = None
        self._gate.set()

    def push(self, status: int, body=None, headers: dict | None = None) -> None:
        self.script.append((status, body if body is not None else {}, headers or {}))

    def completions(self) -> list[dict]:
        return [r for r in self.requests if r["path"] == "/v1/completions"]


def free_port() -> int:
    """A port nothing listens on (bound, then closed)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
