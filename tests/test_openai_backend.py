"""The OpenAI-compatible backend against a scripted local HTTP server (tests/openai_stub.py).

No test waits on a clock: retries use an injected sleep, and the timeout test uses a server that never
answers until the test ends.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from connote.backends.openai import (EXTRA_SAMPLING, OpenAIBackend, ServerAuthError, ServerBusy,
                                     ServerModelError, ServerUnreachable, normalize_base_url)
from connote.drafting import draft
from connote.backends.table import choose, open_model
from connote.errors import ConfigError, GenerationError, InputError
from connote.schema import Config, DraftRequest
from openai_stub import Stub, free_port

PROFILE = "Priya Raman\nShe/Her\nData Engineering Lead at Fluxo\nBerlin, Germany\n"
SECRET = "Priya's private phone 0170 5551234"


@pytest.fixture
def stub():
    with Stub(models=["smollm2"]) as s:
        yield s


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def backend(stub, **kw) -> OpenAIBackend:
    kw.setdefault("sleep", Sleeps())
    return OpenAIBackend(stub.url, kw.pop("model", "smollm2"), **kw)


def complete(b: OpenAIBackend, prompt: str = "Reason: heard her podcast\nNote: Hi Priya,"):
    return b.complete(prompt, max_tokens=40, temperature=0.5, seed=42, stop=["\n"])


def test_completion_request_and_answer(stub):
    b = backend(stub, api_key="sk-test")
    out = complete(b)
    assert out.text.startswith(" it was good") and out.seed == 42 and out.tokens > 0
    req = stub.completions()[0]
    body = req["body"]
    assert body["model"] == "smollm2" and body["prompt"].endswith("Note: Hi Priya,")
    assert (body["max_tokens"], body["temperature"], body["seed"], body["stop"]) == (40, 0.5, 42, ["\n"])
    assert body["stream"] is False and body["top_k"] == EXTRA_SAMPLING["top_k"]
    assert req["headers"]["Authorization"] == "Bearer sk-test"
    assert b.name == "openai:smollm2"


def test_no_api_key_no_authorization_header(stub):
    complete(backend(stub))
    assert "Authorization" not in stub.completions()[0]["headers"]


@pytest.mark.parametrize("given, expected", [
    ("http://127.0.0.1:8080", "http://127.0.0.1:8080/v1"),
    ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/v1"),
    ("http://127.0.0.1:8080/v1/", "http://127.0.0.1:8080/v1"),
    ("https://llm.internal.example/openai/v1", "https://llm.internal.example/openai/v1"),
])
def test_base_url_normalised(given, expected):
    assert normalize_base_url(given) == expected


@pytest.mark.parametrize("bad", ["ftp://host/v1", "127.0.0.1:8080", "http:///v1", "http://h/v1?x=1"])
def test_bad_base_url_is_a_config_error(bad):
    with pytest.raises(ConfigError):
        normalize_base_url(bad)


def test_credentials_in_url_are_refused_and_never_shown(stub):
    url = stub.url.replace("http://", "http://user:hunter2@")
    with pytest.raises(ConfigError) as info:
        OpenAIBackend(url, "smollm2", sleep=Sleeps())
    assert "hunter2" not in str(info.value) and "--api-key-env" in str(info.value)
    assert stub.requests == []


def test_wrong_model_name_lists_served_models(stub):
    with pytest.raises(ServerModelError) as info:
        OpenAIBackend(stub.url, "qwen-typo", sleep=Sleeps())
    msg = str(info.value)
    assert "qwen-typo" in msg and "smollm2" in msg and "--model" in msg
    assert info.value.exit_code == 5


def test_single_served_model_is_used_when_none_named(stub):
    assert OpenAIBackend(stub.url, None, sleep=Sleeps()).model == "smollm2"
    assert OpenAIBackend(stub.url, "default", sleep=Sleeps()).model == "smollm2"


def test_several_served_models_need_a_name():
    with Stub(models=["a", "b"]) as s, pytest.raises(ServerModelError, match="serves 2 models"):
        OpenAIBackend(s.url, None, sleep=Sleeps())


def test_server_without_models_endpoint_skips_the_check(stub):
    stub.push(404, {"detail": "Not Found"})
    b = OpenAIBackend(stub.url, "anything", sleep=Sleeps())
    assert b.model == "anything"


def test_retries_429_and_5xx_with_backoff_and_retry_after(stub):
    b = backend(stub, backoff=0.5, max_backoff=30)
    stub.push(429, {"error": {"message": "slow down"}}, {"Retry-After": "7"})
    stub.push(503, {"error": {"message": "loading"}})
    stub.push(502, b"<html>bad gateway</html>")
    out = complete(b)
    assert out.text
    assert len(stub.completions()) == 4
    sleeps = b._sleep
    assert len(sleeps) == 3
    assert sleeps[0] >= 7  # Retry-After honoured
    assert 0.5 * 0.75 * 2 <= sleeps[1] <= 0.5 * 1.25 * 2 and 0.5 * 0.75 * 4 <= sleeps[2] <= 0.5 * 1.25 * 4


def test_gives_up_after_retries_with_a_transient_error(stub):
    b = backend(stub, retries=2)
    for _ in range(3):
        stub.push(503, {"error": {"message": "overloaded"}})
    with pytest.raises(ServerBusy) as info:
        complete(b)
    assert info.value.transient and "3 tries" in str(info.value) and "HTTP 503" in str(info.value)
    assert len(stub.completions()) == 3 and len(b._sleep) == 2


def test_dropped_connection_is_retried(stub):
    b = backend(stub)
    stub.push(0)
    assert complete(b).text
    assert len(stub.completions()) == 2


def test_timeout_is_retried_then_reported(stub):
    b = backend(stub, timeout=0.2, retries=1)
    stub.push(-1)
    stub.push(-1)
    with pytest.raises(ServerBusy, match="no answer within 0.2 s"):
        complete(b)


def test_connection_refused_is_clear_and_not_retried():
    port = free_port()
    sleeps = Sleeps()
    with pytest.raises(ServerUnreachable) as info:
        OpenAIBackend(f"http://127.0.0.1:{port}/v1", "m", sleep=sleeps)
    assert "connection refused" in str(info.value) and f"127.0.0.1:{port}" in str(info.value)
    assert info.value.stops_batch and sleeps == []


def test_unauthorized_mentions_api_key_env(stub):
    stub.push(401, {"error": {"message": "invalid api key"}})
    with pytest.raises(ServerAuthError, match="--api-key-env"):
        backend(stub)


def test_refused_key_names_the_variable(stub):
    stub.push(401, {"error": {"message": "invalid api key"}})
    with pytest.raises(ServerAuthError, match=r"\$MY_KEY"):
        backend(stub, api_key="wrong", api_key_env="MY_KEY")


def test_not_found_endpoint_suggests_v1(stub):
    b = OpenAIBackend(stub.url.replace("/v1", "/api"), "smollm2", check_model=False, sleep=Sleeps())
    with pytest.raises(ServerUnreachable, match="/v1"):
        complete(b)


def test_model_not_found_on_completion(stub):
    b = backend(stub)
    stub.push(404, {"error": {"message": "The model `smollm2` does not exist.", "code": 404}})
    with pytest.raises(ServerModelError, match="does not serve model"):
        complete(b)


def test_strict_server_gets_plain_sampling(stub):
    b = backend(stub)
    stub.push(400, {"error": {"message": "Unrecognized request argument supplied: top_k"}})
    assert complete(b).text
    assert complete(b).text
    bodies = [r["body"] for r in stub.completions()]
    assert "top_k" in bodies[0] and "top_k" not in bodies[1] and "top_k" not in bodies[2]


def test_validation_errors_never_echo_the_prompt(stub):
    b = backend(stub)
    stub.push(422, {"detail": [{"loc": ["body", "max_tokens"], "msg": "too large", "input": SECRET}]})
    with pytest.raises(GenerationError) as info:
        complete(b, prompt=SECRET)
    assert "max_tokens: too large" in str(info.value)
    assert "0170" not in str(info.value) and "Priya" not in str(info.value)


def test_redirects_are_not_followed(stub):
    with Stub() as elsewhere:
        b = backend(stub)
        stub.push(307, b"", {"Location": elsewhere.url + "/completions"})
        with pytest.raises(ServerUnreachable, match="redirect"):
            complete(b)
        assert elsewhere.requests == []


def test_environment_proxies_are_ignored(stub, monkeypatch):
    dead = free_port()
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.setenv(var, f"http://127.0.0.1:{dead}")
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    assert complete(backend(stub)).text  # went straight to the URL given, not to the (dead) proxy


def test_non_json_answer_is_a_clear_error(stub):
    b = backend(stub)
    stub.push(200, b"<html>hello</html>")
    with pytest.raises(GenerationError, match="did not answer with JSON"):
        complete(b)


def test_draft_pipeline_through_the_server(stub):
    opened = open_model("smollm2", Config(), backend="openai", base_url=stub.url)
    req = DraftRequest(profile_text=PROFILE, reason="heard her podcast episode on data contracts", count=2,
                       seed=5, first_note="model")
    with opened.backend:
        result = draft(req, opened.backend, model_name=opened.name)
    assert result.model == "openai:smollm2"
    assert result.notes and all(n.checks for n in result.notes)
    assert any(n.passed for n in result.notes), [(n.text, n.failed) for n in result.notes]
    assert result.notes[0].text.startswith(("Hi Priya", "Hello Priya"))
    seeds = [r["body"]["seed"] for r in stub.completions()]
    assert seeds == sorted(set(seeds)) and seeds[0] == 5


def test_choose_backend_rules():
    cfg = Config()
    assert choose(None, cfg).backend == "llama"
    assert choose("fake", cfg).backend == "fake"
    assert choose("m", cfg, base_url="http://127.0.0.1:1/v1").backend == "openai"  # --base-url implies it
    c = choose(None, Config(backend="openai", base_url="http://10.0.0.5:8000/v1", api_key_env="K"))
    assert (c.backend, c.base_url, c.api_key_env) == ("openai", "http://10.0.0.5:8000/v1", "K")
    with pytest.raises(InputError, match="--base-url"):
        choose(None, cfg, backend="openai")
    with pytest.raises(InputError, match="unknown backend"):
        choose(None, cfg, backend="vllm")
    with pytest.raises(InputError, match="--backend openai"):
        choose(None, cfg, api_key_env="K")


def test_config_rejects_bad_base_url_and_key_in_place_of_name():
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        Config(base_url="localhost:8080")
    with pytest.raises(ValidationError):
        Config(api_key_env="sk-abc123-secret")


def test_api_key_env_must_be_set(stub, monkeypatch):
    monkeypatch.delenv("CONNOTE_TEST_KEY", raising=False)
    with pytest.raises(InputError, match="CONNOTE_TEST_KEY"):
        open_model("smollm2", Config(), base_url=stub.url, api_key_env="CONNOTE_TEST_KEY")
    monkeypatch.setenv("CONNOTE_TEST_KEY", "sk-from-env")
    opened = open_model("smollm2", Config(), base_url=stub.url, api_key_env="CONNOTE_TEST_KEY")
    assert opened.backend.api_key == "sk-from-env"
    assert stub.requests[-1]["headers"]["Authorization"] == "Bearer sk-from-env"


def run_cli(*args, input=None):
    return subprocess.run([sys.executable, "-m", "connote.cli", *args], input=input, capture_output=True,
                          text=True, env=dict(os.environ), timeout=120)


def test_cli_draft_against_server(stub):
    proc = run_cli("draft", "--backend", "openai", "--base-url", stub.url, "--model", "smollm2", "--json",
                   "-n", "1", "--seed", "3", "--reason", "heard her podcast episode on data contracts",
                   input=PROFILE)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["model"] == "openai:smollm2" and data["notes"][0]["passed"]


def test_cli_connection_refused_one_line():
    port = free_port()
    proc = run_cli("draft", "--base-url", f"http://127.0.0.1:{port}/v1", "--model", "m", "--reason", "hi there",
                   input=PROFILE)
    assert proc.returncode == GenerationError.exit_code
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and "connection refused" in lines[0] and "Traceback" not in proc.stderr


def test_cli_wrong_model_one_line(stub):
    proc = run_cli("draft", "--base-url", stub.url, "--model", "nope", "--reason", "hi there", input=PROFILE)
    assert proc.returncode == 5
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and "'nope'" in lines[0] and "smollm2" in lines[0]
