"""A backend for any OpenAI-compatible server (llama.cpp's server, llama-cpp-python's, vLLM, ...).

It uses the raw ``/v1/completions`` endpoint (not chat): connote's prompts are few-shot completion prompts,
so the server continues exactly the text the local backend would. Only the URL the user gave is ever
contacted: no proxies from the environment, no redirects followed, nothing else.

- ``GET {base}/models`` once at start: catches a wrong address, a wrong model name or a missing API key
  before any row of a batch is drafted (servers that do not list models skip the name check);
- timeouts on every request; retries with exponential backoff (and ``Retry-After``) on 429, 5xx, timeouts
  and dropped connections;
- one-line errors; server messages are shortened and never include request text (a validation error can
  echo the prompt, which holds the pasted profile).
"""

from __future__ import annotations

import http.client
import json
import random
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable

from .. import __version__
from ..errors import ConfigError, GenerationError, ModelError
from .base import Backend, Completion

RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})
#: sampling options llama.cpp and vLLM understand but the OpenAI API itself does not; dropped on refusal
EXTRA_SAMPLING = {"top_k": 50, "min_p": 0.05, "repeat_penalty": 1.08}
_MAX_MESSAGE = 160


class ServerUnreachable(GenerationError):
    """The server cannot be reached at all (refused, unknown host, TLS failure): nothing can succeed."""

    stops_batch = True


class ServerBusy(GenerationError):
    """The server kept failing (429/5xx, timeouts) after every retry: worth trying again later."""

    transient = True


class ServerAuthError(GenerationError):
    """The server refused the credentials (HTTP 401/403)."""

    stops_batch = True


class ServerModelError(ModelError):
    """The server does not serve the requested model."""

    stops_batch = True


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D401 - urllib hook
        return None  # the HTTPError for the 3xx is raised instead


def normalize_base_url(url: str) -> str:
    """Check ``url`` and return it without a trailing slash; a bare ``http://host:port`` gets ``/v1``."""
    parsed = urllib.parse.urlsplit(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise ConfigError(f"base URL {display_url(url)!r} is not an http:// or https:// address",
                          hint="e.g. --base-url http://127.0.0.1:8080/v1")
    if parsed.query or parsed.fragment:
        raise ConfigError("the base URL must not have a ?query or #fragment")
    if parsed.username or parsed.password:
        raise ConfigError(f"the base URL {display_url(url)!r} must not hold a user name or password",
                          hint="put the key in an environment variable and pass --api-key-env VAR")
    path = parsed.path.rstrip("/")
    if not path:
        path = "/v1"
    return urllib.parse.urlunsplit((parsed.scheme, parsed.netloc, path, "", ""))


def display_url(url: str) -> str:
    """``url`` without any user:password part (safe for messages)."""
    try:
        parsed = urllib.parse.urlsplit(url)
    except ValueError:
        return "<invalid URL>"
    if parsed.username or parsed.password:
        host = parsed.hostname or ""
        if parsed.port:
            host += f":{parsed.port}"
        parsed = parsed._replace(netloc=host)
    return urllib.parse.urlunsplit(parsed)


def _short(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


def server_message(body: bytes) -> str:
    """The server's own error text, shortened, without echoed request content."""
    try:
        data = json.loads(body.decode("utf-8", "replace"))
    except ValueError:
        return ""
    if isinstance(data, dict):
        error = data.get("error")
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            return _short(error["message"])
        if isinstance(error, str):
            return _short(error)
        detail = data.get("detail")
        if isinstance(detail, list):  # FastAPI/pydantic validation errors: keep loc + msg, never "input"
            parts = []
            for item in detail[:3]:
                if isinstance(item, dict):
                    loc = ".".join(str(x) for x in item.get("loc", ()) if x != "body")
                    parts.append(f"{loc}: {item.get('msg', 'invalid')}" if loc else str(item.get("msg")))
            return _short("; ".join(parts))
        if isinstance(detail, str):
            return _short(detail)
        if isinstance(data.get("message"), str):
            return _short(data["message"])
    return ""


class _Response:
    def __init__(self, status: int, body: bytes, retry_after: float | None = None) -> None:
        self.status = status
        self.body = body
        self.retry_after = retry_after

    def json(self, url: str):
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise GenerationError(f"the server at {url} did not answer with JSON",
                                  hint="is --base-url an OpenAI-compatible API (usually ending in /v1)?") from None


def _retry_after(headers) -> float | None:
    value = headers.get("Retry-After") if headers is not None else None
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


class OpenAIBackend(Backend):
    """Raw completions from an OpenAI-compatible server. Thread-safe: a batch shares one instance."""

    name = "openai"

    def __init__(self, base_url: str, model: str | None = None, *, api_key: str | None = None,
                 api_key_env: str | None = None, timeout: float = 300.0, retries: int = 5,
                 backoff: float = 0.5, max_backoff: float = 30.0, check_model: bool = True,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.base_url = normalize_base_url(base_url)
        self.shown_url = display_url(self.base_url)
        self.api_key = api_key
        self.api_key_env = api_key_env
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._sleep = sleep
        self._extras = dict(EXTRA_SAMPLING)
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())
        self.requests = 0  # HTTP requests sent (tests and benchmarks read it)
        self.model = model
        if check_model:
            self.model = self._check_model(model)
        if not self.model:
            raise ServerModelError("no model name given for the server", hint="pass --model NAME")
        self.name = f"openai:{self.model}"

    # -- HTTP ---------------------------------------------------------------------------------------
    def _send(self, method: str, path: str, payload: dict | None) -> _Response:
        """One HTTP request; returns the response (any status) or raises for transport failures."""
        url = self.base_url + path
        data = None if payload is None else json.dumps(payload).encode("utf-8")
        headers = {"Accept": "application/json", "User-Agent": f"connote/{__version__}"}
        if data is not None:
            headers["Content-Type"] = "application/json"
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        self.requests += 1
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:
                return _Response(resp.status, resp.read())
        except urllib.error.HTTPError as exc:
            try:
                body = exc.read()
            except (OSError, http.client.HTTPException):
                body = b""
            return _Response(exc.code, body, _retry_after(exc.headers))

    def _request(self, method: str, path: str, payload: dict | None = None) -> _Response:
        """Send with retries on 429/5xx, timeouts and dropped connections; fail fast on the rest."""
        attempt = 0
        while True:
            problem: str
            wait: float | None = None
            try:
                resp = self._send(method, path, payload)
            except urllib.error.URLError as exc:
                reason = exc.reason
                if isinstance(reason, ConnectionRefusedError):
                    raise ServerUnreachable(f"cannot connect to {self.shown_url}: connection refused",
                                            hint="is the server running, and is --base-url right?") from None
                if isinstance(reason, socket.gaierror):
                    raise ServerUnreachable(f"cannot connect to {self.shown_url}: unknown host",
                                            hint="check --base-url") from None
                if isinstance(reason, (TimeoutError, socket.timeout)):
                    problem = f"no answer within {self.timeout:g} s"
                elif isinstance(reason, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError)):
                    problem = "the connection was dropped"
                else:
                    raise ServerUnreachable(f"cannot connect to {self.shown_url}: {_short(reason)}") from None
            except (TimeoutError, socket.timeout):
                problem = f"no answer within {self.timeout:g} s"
            except (ConnectionResetError, ConnectionAbortedError, BrokenPipeError,
                    http.client.RemoteDisconnected, http.client.IncompleteRead):
                problem = "the connection was dropped"
            except (http.client.HTTPException, OSError) as exc:
                raise ServerUnreachable(f"talking to {self.shown_url} failed: {type(exc).__name__}") from None
            else:
                if resp.status not in RETRY_STATUS:
                    return resp
                msg = server_message(resp.body)
                problem = f"HTTP {resp.status}" + (f": {msg}" if msg else "")
                wait = resp.retry_after
            if attempt >= self.retries:
                raise ServerBusy(f"the server at {self.shown_url} failed after {attempt + 1} tries "
                                      f"({problem})", hint="try again later, or with fewer --workers")
            delay = min(self.max_backoff, self.backoff * 2 ** attempt) * random.uniform(0.75, 1.25)
            if wait is not None:
                delay = min(self.max_backoff, max(delay, wait))
            self._sleep(delay)
            attempt += 1

    def _raise_for(self, resp: _Response, what: str) -> None:
        msg = server_message(resp.body)
        detail = f" ({_short(msg)})" if msg else ""
        if resp.status in (401, 403):
            if self.api_key:
                raise ServerAuthError(f"the server at {self.shown_url} refused the API key from "
                                      f"${self.api_key_env or 'the API key'} (HTTP {resp.status})")
            raise ServerAuthError(f"the server at {self.shown_url} needs an API key (HTTP {resp.status})",
                                  hint="put the key in an environment variable and pass --api-key-env VAR")
        if 300 <= resp.status < 400:
            raise ServerUnreachable(f"the server at {self.shown_url} redirected the request "
                                    f"(HTTP {resp.status}); connote only talks to the URL you gave",
                                    hint="use the final address as --base-url")
        if resp.status == 404:
            if "model" in msg.lower():
                raise ServerModelError(f"the server at {self.shown_url} does not serve model "
                                       f"{self.model!r}{detail}", hint="see the names its /models lists")
            raise ServerUnreachable(f"{self.shown_url} has no {what} endpoint (HTTP 404)",
                                    hint="--base-url usually ends in /v1")
        raise GenerationError(f"the server at {self.shown_url} refused the request (HTTP {resp.status})"
                              f"{detail}")

    # -- model check --------------------------------------------------------------------------------
    def list_models(self) -> list[str] | None:
        """Model ids the server lists, or None when it has no ``/models`` endpoint."""
        resp = self._request("GET", "/models")
        if resp.status == 404:
            return None
        if resp.status != 200:
            self._raise_for(resp, "/models")
        data = resp.json(self.shown_url)
        items = data.get("data") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise GenerationError(f"the server at {self.shown_url} answered /models in an unexpected shape",
                                  hint="is --base-url an OpenAI-compatible API (usually ending in /v1)?")
        return [str(m["id"]) for m in items if isinstance(m, dict) and "id" in m]

    def _check_model(self, model: str | None) -> str | None:
        served = self.list_models()
        if served is None:
            return model
        wanted = None if model in (None, "", "default") else model
        if wanted is None:
            if len(served) == 1:
                return served[0]
            listing = ", ".join(served[:10]) or "none"
            raise ServerModelError(f"the server at {self.shown_url} serves {len(served)} models ({listing})",
                                   hint="choose one with --model NAME")
        if wanted not in served:
            listing = ", ".join(served[:10]) or "none"
            raise ServerModelError(f"the server at {self.shown_url} does not serve model {wanted!r}; "
                                   f"it serves: {listing}", hint="pass one of those names with --model")
        return wanted

    # -- generation ---------------------------------------------------------------------------------
    def complete(self, prompt: str, *, max_tokens: int, temperature: float, seed: int,
                 stop: list[str]) -> Completion:
        payload = {"model": self.model, "prompt": prompt, "max_tokens": max_tokens,
                   "temperature": temperature, "top_p": 0.92, "seed": seed, "n": 1, "stream": False}
        if stop:
            payload["stop"] = list(stop)[:4]  # the OpenAI API takes at most four
        extras = dict(self._extras)
        resp = self._request("POST", "/completions", {**payload, **extras})
        if resp.status in (400, 422) and extras and any(k in server_message(resp.body) for k in extras):
            self._extras = {}  # a strict server (the OpenAI API itself): plain sampling from now on
            resp = self._request("POST", "/completions", payload)
        if resp.status != 200:
            self._raise_for(resp, "/completions")
        data = resp.json(self.shown_url)
        try:
            choice = data["choices"][0]
            text = choice["text"]
            if not isinstance(text, str):
                raise TypeError
        except (KeyError, IndexError, TypeError):
            raise GenerationError(f"the server at {self.shown_url} answered /completions without a text "
                                  "choice", hint="is it an OpenAI-compatible completions API?") from None
        usage = data.get("usage") if isinstance(data.get("usage"), dict) else {}
        tokens = usage.get("completion_tokens") if isinstance(usage.get("completion_tokens"), int) else 0
        return Completion(text=text, seed=seed, tokens=tokens)
