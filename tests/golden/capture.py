"""Snapshot of connote's observable behaviour, for proving a change leaves it byte-identical.

``python tests/golden/capture.py`` (re)writes ``tests/golden/snapshot.json``; ``tests/test_golden.py``
captures again and compares. What is captured: every command's ``--help``; ``draft``/``again``/``batch`` on
the fake backend (ids, timestamps and timings masked); for every quality-bench case and corpus case the
rendered prompt (prefix, case, chat messages) as sha256, the parsed profile, the spoken reason and the fake
draft; every template's fingerprint; the checks' verdicts, details and scores on the labelled note corpus
and similarity between its neighbouring notes. Regenerate only on purpose, when behaviour is meant to change.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = Path(__file__).with_name("snapshot.json")

_ID = re.compile(r"\b[0-9a-f]{12}\b")
_TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?(\+00:00|Z)?")


def _mask(text: str) -> str:
    text = _TIME.sub("<time>", text)
    text = _ID.sub("<id>", text)
    text = re.sub(r'"(seconds|setup|prepare|first_note|elapsed_s)":\s*[0-9.e-]+', r'"\1": 0', text)
    text = re.sub(r'"candidates":\s*[0-9]+(\.[0-9]+(e-?[0-9]+)?|e-?[0-9]+)', r'"candidates": 0', text)  # the timing, not the count
    text = re.sub(r"took: [0-9.]+ s", "took: <s> s", text)
    text = re.sub(r"in [0-9.]+ s \([0-9.]+ rows/min\)", "in <s> s (<rate> rows/min)", text)
    from connote.prompting.templates import builtin_dir

    text = text.replace(str(builtin_dir()), "<prompts>")  # the checkout's or the installed package's
    return re.sub(r"/tmp/[^/\s]+/", "<work>/", text)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def _run_cli(*args: str, stdin: str = "") -> dict:
    """``connote ARGS`` in this process; returns exit code, stdout and stderr (masked)."""
    from connote import cli

    out, err = io.StringIO(), io.StringIO()
    old_argv, old_stdin = sys.argv, sys.stdin
    sys.argv = ["connote", *args]
    sys.stdin = io.StringIO(stdin)
    sys.stdin.buffer = io.BytesIO(stdin.encode())  # type: ignore[attr-defined]
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                cli.main()
                code = 0
            except SystemExit as exc:
                code = exc.code
    finally:
        sys.argv, sys.stdin = old_argv, old_stdin
    return {"code": code, "out": _mask(out.getvalue()), "err": _mask(err.getvalue())}


def _command_paths() -> list[list[str]]:
    import typer

    from connote.cli import app

    root = typer.main.get_command(app)
    paths: list[list[str]] = []

    def walk(cmd, prefix):
        paths.append(prefix)
        for name, sub in sorted(getattr(cmd, "commands", {}).items()):
            walk(sub, [*prefix, name])

    walk(root, [])
    return paths


def capture_help() -> dict:
    return {" ".join(p) or "(root)": _run_cli(*p, "--help")["out"] for p in _command_paths()}


def _cases() -> list[dict]:
    cases = [json.loads(line) for line in (ROOT / "bench/quality/cases.jsonl").read_text().splitlines() if line]
    profiles = ROOT / "tests/corpus/profiles"
    extra = [{"id": f"corpus-{p.stem}", "profile": p.read_text(encoding="utf-8"),
              "reason": "heard her podcast episode on data contracts", "sender": None, "limit": 300}
             for p in sorted(profiles.glob("*.txt"))]
    return cases + extra


def capture_library() -> dict:
    import connote
    from connote.backends.fake import FakeBackend
    from connote.schema import DraftRequest

    templates, parse_profile, spoken, build_prompt, chat_messages = _library_functions()
    out: dict = {"fingerprints": {t.name: t.fingerprint() for t in templates.all_templates()}, "cases": {}}
    for case in _cases():
        request = DraftRequest(profile_text=case["profile"], reason=case["reason"], sender=case.get("sender"),
                               limit=case.get("limit", 300), count=3, seed=7)
        backend = FakeBackend()
        entry: dict = {}
        try:
            result = connote.draft(request, backend, model_name="fake")
            data = json.loads(_mask(result.model_dump_json(exclude={"request": {"profile_text"}})))
            entry["draft"] = data
            profile = result.profile
            template = templates.load(result.template)
            prefix, prompt_case = build_prompt(template, profile=profile, reason=result.request.reason,
                                               sender=result.request.sender, limit=result.request.limit,
                                               language=result.language)
            entry["prefix"] = _sha(prefix)
            entry["case"] = prompt_case
            entry["prompts"] = [_sha(p) for p, _ in backend.calls]
            entry["prepared"] = [_sha(p) for p in backend.prepared]
            messages = chat_messages(template, profile=profile, reason=result.request.reason,
                                     sender=result.request.sender, limit=result.request.limit,
                                     language=result.language)
            entry["chat"] = _sha(json.dumps(messages, ensure_ascii=False))
            chat_result = connote.draft(request.model_copy(update={"count": 1}), FakeBackend(), model_name="fake",
                                        prompt_format="chat")
            entry["chat_notes"] = [n.text for n in chat_result.notes]
            entry["spoken"] = spoken(result.request.reason, result.language, profile)
        except Exception as exc:  # an input the library refuses is behaviour too
            entry["error"] = f"{type(exc).__name__}: {exc}"
            entry["profile"] = parse_profile(case["profile"]).model_dump()
        out["cases"][case["id"]] = entry
    return out


def capture_checks() -> dict:
    from connote.checks import CheckContext, run_checks
    from connote.drafting.rank import score, similarity

    templates, parse_profile, _, _, _ = _library_functions()
    from connote.text.language import detect_language

    profiles = ROOT / "tests/corpus/profiles"
    out = {}
    notes = [json.loads(line) for line in (ROOT / "tests/corpus/notes.jsonl").read_text().splitlines() if line]
    for i, n in enumerate(notes):
        text = (profiles / f"{n['profile']}.txt").read_text(encoding="utf-8")
        ctx = CheckContext(profile=parse_profile(text), profile_text=text, reason=n["reason"], sender=n["sender"],
                           limit=n["limit"], language=detect_language(n["reason"]))
        results = run_checks(ctx, n["note"])
        out[n["id"]] = {"checks": [[r.name, r.passed, r.detail] for r in results],
                        "score": score(ctx, n["note"], results),
                        "similar_next": similarity(n["note"], notes[(i + 1) % len(notes)]["note"])}
    return out


def capture_profiles() -> dict:
    _, parse_profile, _, _, _ = _library_functions()
    profiles = ROOT / "tests/corpus/profiles"
    return {p.stem: parse_profile(p.read_text(encoding="utf-8")).model_dump() for p in sorted(profiles.glob("*.txt"))}


def capture_cli(work: Path) -> dict:
    out = {}
    priya = str(ROOT / "examples/priya.txt")
    runs = {
        "draft-json": ("draft", "--profile-file", priya, "--reason", "heard her podcast episode on data contracts",
                       "--model", "fake", "--seed", "1", "--json"),
        "draft-text": ("draft", "--profile-file", priya, "--reason", "meeting her at the Berlin FinOps meetup",
                       "--model", "fake", "--seed", "2", "-n", "2", "--limit", "200", "--explain"),
        "draft-occasion": ("draft", "-f", priya, "-r", "ex-colleague of a friend", "--sender",
                           "Sam, backend engineer at Acme", "--model", "fake", "--seed", "3", "--occasion", "mutual",
                           "--json"),
        "draft-chat": ("draft", "-f", priya, "-r", "read her post on data contracts", "--model", "fake",
                       "--seed", "4", "--format", "chat", "-n", "1"),
        "draft-bad": ("draft", "--profile", "Priya", "--reason", "   ", "--model", "fake"),
        "again-json": ("again", "--model", "fake", "-n", "2", "--json"),
        "again-text": ("again", "--model", "fake", "-n", "1", "--limit", "200"),
        "history": ("history",),
        "stats": ("stats",),
        "templates-list": ("templates", "list"),
        "templates-show": ("templates", "show", "event"),
        "config-show": ("config", "show"),
        "models-list": ("models", "list"),
        "exit-bad-option": ("draft", "--nope"),
    }
    for name, args in runs.items():
        out[name] = _run_cli(*args)
    rows = work / "people.csv"
    with open(rows, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "profile", "reason", "sender"])
        w.writerow(["a", "Priya Raman\nData Engineering Lead at Fluxo", "heard her podcast on data contracts", ""])
        w.writerow(["b", "Jonas Weber\nCTO at Kettle", "met him at the Berlin FinOps meetup", "Sam, engineer at Acme"])
        w.writerow(["c", "", "no profile here", ""])
    result = work / "people.notes.jsonl"
    out["batch"] = _run_cli("batch", str(rows), "-o", str(result), "--model", "fake", "--seed", "5")
    out["batch-file"] = _mask(result.read_text())
    out["batch-again"] = _run_cli("batch", str(rows), "-o", str(result), "--model", "fake", "--seed", "5")
    return out


def _library_functions():
    """(templates module, parse_profile, spoken, build_prompt, chat_messages)."""
    from connote.paste import parse_profile
    from connote.prompting import templates
    from connote.prompting.build import build_prompt, chat_messages
    from connote.prompting.voice import spoken

    return templates, parse_profile, spoken, build_prompt, chat_messages


def capture() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        old = {k: os.environ.get(k) for k in ("CONNOTE_HOME", "COLUMNS", "CONNOTE_NO_PROGRESS", "CONNOTE_MODEL",
                                              "CONNOTE_MODELS_DIR", "TZ")}
        os.environ.update({"CONNOTE_HOME": str(Path(tmp) / "home"), "COLUMNS": "100", "TZ": "UTC"})
        for k in ("CONNOTE_MODEL", "CONNOTE_MODELS_DIR", "CONNOTE_NO_PROGRESS"):
            os.environ.pop(k, None)
        try:
            return {"help": capture_help(), "cli": capture_cli(Path(tmp)), "library": capture_library(),
                    "checks": capture_checks(), "profiles": capture_profiles()}
        finally:
            for k, v in old.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v


if __name__ == "__main__":
    SNAPSHOT.write_text(json.dumps(capture(), indent=1, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {SNAPSHOT}")
