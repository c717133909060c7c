"""The drafting pipeline on the fake backend: prompt building, finishing, ranking, formats, regressions."""

from __future__ import annotations

import subprocess
import sys

import pytest

from connote.prompting import templates
from connote.backends.fake import FakeBackend
from connote.checks import NEVER_SHOWN
from connote.drafting import draft
from connote.drafting.finishing import finish
from connote.prompting.build import build_prompt, chat_messages, opener
from connote.errors import InputError, TemplateError
from connote.paste import parse_profile
from connote.schema import DraftRequest, Profile

PASTE = """Priya Raman
 · 2nd
Data Engineering Lead at Fluxo | Host of Pipelines & People
About
I build data platforms. I write about {{ reason }} templates.
"""


def req(**kw) -> DraftRequest:
    base = dict(profile_text=PASTE, reason="heard her podcast episode on data contracts", count=2, seed=1)
    base.update(kw)
    return DraftRequest(**base)


def test_pasted_text_is_a_value_not_template_code():
    prefix, case = build_prompt(templates.load("content"), profile=parse_profile(PASTE),
                                reason="my {{ limit }} reason", sender=None, limit=300, language="en")
    assert "{{" not in prefix  # the few-shot part is rendered: no placeholder is left over
    assert "Reason: my {{ limit }} reason" in case  # the reason's braces arrive verbatim, never rendered


def test_the_prompt_holds_nothing_of_the_paste_but_the_first_name():
    prefix, case = build_prompt(templates.load("content"), profile=parse_profile(PASTE),
                                reason="heard her podcast", sender=None, limit=300, language="en")
    assert "Person: Priya\n" in case and "Raman" not in case
    for private in ("Fluxo", "Pipelines", "data platforms", "{{ reason }}"):
        assert private not in prefix + case
    assert "Reason: I heard your podcast" in case  # the reason, said to the person


def test_prefix_is_independent_of_the_case():
    t = templates.load("event")
    a, _ = build_prompt(t, profile=Profile(name="A B", first_name="A"), reason="x", sender=None, limit=300,
                        language="en")
    b, _ = build_prompt(t, profile=Profile(name="C D", first_name="C"), reason="y", sender="me", limit=200,
                        language="de")
    assert a == b  # so its evaluated state can be cached and reused across drafts


@pytest.mark.parametrize("text, limit, expected", [
    ("Hi Ana, short and sweet. Glad to connect.", 300, "Hi Ana, short and sweet. Glad to connect."),
    ("Hi Ana, one. Two sentences here. And an unfinished tail that goes", 300, "Hi Ana, one. Two sentences here."),
    ('"Hi Ana, quoted note."\nSecond line', 300, "Hi Ana, quoted note."),
    ("Hi Ana, loved it. the rest too.", 300, "Hi Ana, loved it. The rest too."),  # a capital after a sentence…
    ("Hi Ana, I like tools, e.g. the one you built.", 300, "Hi Ana, I like tools, e.g. the one you built."),  # …only
])
def test_finish_cleans_and_cuts_at_sentences(text, limit, expected):
    assert finish(text, limit) == expected


def test_finish_never_exceeds_limit_or_cuts_mid_word():
    text = "Hi Ana, " + "wonderful " * 40
    out = finish(text, 120)
    assert len(out) <= 120
    assert "…" not in out
    assert out.rstrip(".").split()[-1] == "wonderful"


def test_opener_greets_by_first_name_or_without_name():
    assert opener(Profile(first_name="Lan"), "en", 0) == "Hi Lan,"
    assert opener(Profile(first_name="Lan"), "de", 0).startswith("Hallo Lan")
    assert opener(Profile(), "en", 0) == "Hi there,"


def test_draft_streams_passing_notes_and_prepares_prefix_once():
    backend = FakeBackend()
    seen = []
    result = draft(req(count=2, first_note="model"), backend, on_note=lambda note, i: seen.append((i, note.text)))
    assert [i for i, _ in seen] == list(range(1, len(seen) + 1))
    assert len(backend.prepared) == 1  # the few-shot prefix is evaluated once per draft, not per candidate
    assert result.notes and all(n.passed for n in result.notes)
    assert all(n.text.startswith(("Hi Priya", "Hello Priya")) for n in result.notes)


def test_when_no_model_note_passes_the_reason_itself_is_the_note():
    backend = FakeBackend(script=[" what a great profile, keep it up!!!"])
    result = draft(req(count=1, first_note="model"), backend)
    assert not result.all_failed and result.notes[0].passed and backend.calls
    assert result.notes[0].text.startswith("Hi Priya, I heard your podcast episode on data contracts.")


def test_nothing_passes_returns_flagged_best_attempt():
    # the reason's own note fails too (it carries an email address, never shown): the model's best attempt,
    # flagged
    backend = FakeBackend(script=[" what a great profile, keep it up!!!"])
    result = draft(req(count=1, reason="heard her podcast episode on data contracts, write me at bo@ex.com"), backend)
    assert result.all_failed
    assert result.notes and not result.notes[0].passed
    assert "says_reason" in result.notes[0].failed
    assert result.warnings


@pytest.mark.parametrize("text, failed", [
    (" I heard your episode on data contracts, book me at https://spam.example.com today.", "no_contact_or_ui"),
    (" I heard your episode on data contracts, reach me at [your email address].", "addresses_person"),
])
def test_an_unsafe_attempt_is_never_shown_even_flagged(text, failed):
    result = draft(req(count=2), FakeBackend(script=[text]))
    assert not any("spam.example" in n.text or "[your" in n.text for n in result.notes)
    assert [n.text for n in result.notes][:1] == ["Hi Priya, I heard your podcast episode on data contracts. I'd be "
                                                 "glad to connect."]  # the reason's own note instead
    assert failed in NEVER_SHOWN  # the check this attempt fails is one that hides a note
    flagged = draft(req(count=2, reason="heard her podcast episode on data contracts, write me at bo@ex.com"),
                    FakeBackend(script=[text]))
    assert flagged.all_failed and flagged.notes == []  # no note at all rather than an unsafe one


def test_exclude_never_repeats_a_shown_note():
    first = draft(req(count=2), FakeBackend())
    shown = [n.text for n in first.notes]
    again = draft(req(count=2, seed=99), FakeBackend(), exclude=shown)
    assert not set(shown) & {n.text for n in again.notes}


def test_chat_format_uses_chat_turns():
    backend = FakeBackend()
    result = draft(req(count=1, first_note="model"), backend, prompt_format="chat")
    assert backend.chats and backend.chats[0][0]["role"] == "system"
    assert backend.chats[0][-1]["role"] == "user" and "Reason: I heard your podcast" in backend.chats[0][-1]["content"]
    assert not backend.prepared  # no raw-completion prefix in chat mode
    assert result.notes[0].text.startswith("Hi Priya")


def test_chat_messages_alternate_examples():
    msgs = chat_messages(templates.load("generic"), profile=Profile(name="A B", first_name="A"), reason="r",
                         sender=None, limit=300, language="en")
    roles = [m["role"] for m in msgs]
    assert roles[0] == "system" and roles[-1] == "user"
    assert roles[1:-1] == ["user", "assistant"] * ((len(roles) - 2) // 2)


def test_unknown_occasion_is_an_input_error():
    with pytest.raises(InputError):
        draft(req(occasion="wedding"), FakeBackend())


def test_broken_user_template_is_a_template_error(connote_home):
    folder = connote_home / "config" / "prompts" / "content"
    folder.mkdir(parents=True)
    (folder / "template.toml").write_text('description = "mine"\noccasion = "content"\n')
    (folder / "case.txt").write_text("Reason: {{ reason }}\nNote: {{ note ")
    with pytest.raises(TemplateError):
        draft(req(occasion="content"), FakeBackend())
    (folder / "case.txt").write_text("Reason: {{ reason }} {{ nosuchvar }}\nNote: {{ note }}")
    with pytest.raises(TemplateError, match="nosuchvar"):
        draft(req(occasion="content"), FakeBackend())


def test_user_template_overrides_builtin(connote_home):
    folder = connote_home / "config" / "prompts" / "content"
    folder.mkdir(parents=True)
    (folder / "template.toml").write_text('description = "my own"\noccasion = "content"\nkeywords = ["podcast"]\n')
    t = templates.load("content")
    assert t.meta.description == "my own" and t.source == "user"


def _example(name: str) -> str:
    return ('{"profile": {"name": "%s Example"}, "sender": "not given", "reason": "met %s", "note": "Hi %s, hello."}\n'
            % (name, name, name))


def test_every_template_shows_the_shared_examples_first_then_its_own(connote_home):
    shared = templates.load("generic").examples[: len(templates._read_examples(
        templates.builtin_dir() / "_base" / "examples.jsonl"))]
    for t in templates.all_templates():
        assert t.examples[: len(shared)] == shared and len(t.examples) > len(shared), t.name
    mine = connote_home / "config" / "prompts"
    (mine / "_base").mkdir(parents=True)
    (mine / "_base" / "examples.jsonl").write_text(_example("Una"))  # your shared examples replace the built-in
    (mine / "solo").mkdir()
    (mine / "solo" / "template.toml").write_text('description = "d"\noccasion = "solo"\nshared_examples = false\n')
    (mine / "solo" / "examples.jsonl").write_text(_example("Sol"))
    assert [e["reason"] for e in templates.load("solo").examples] == ["met Sol"]
    assert templates.load("event").examples[0]["reason"] == "met Una"
    prefix, _ = build_prompt(templates.load("solo"), profile=Profile(name="A B", first_name="A"), reason="r",
                             sender=None, limit=300, language="en")
    assert "Una" not in prefix and "Person: Sol\n" in prefix


def test_a_copied_template_holds_its_own_examples_only(connote_home):
    from typer.testing import CliRunner

    from connote.cli import app

    out = CliRunner().invoke(app, ["templates", "copy", "event", "my-event"])
    assert out.exit_code == 0, out.output
    copied = (connote_home / "config" / "prompts" / "my-event" / "examples.jsonl").read_text()
    assert copied == (templates.builtin_dir() / "event" / "examples.jsonl").read_text()


def test_help_does_not_import_heavy_modules():
    code = ("import sys\nfrom connote import cli\n"
            "try:\n    cli.app(['--help'], prog_name='connote', standalone_mode=False)\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('llama_cpp', 'numpy', 'sqlite3') if m in sys.modules]\nprint('HEAVY=' + ','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "HEAVY="


def test_first_note_is_the_likeliest_and_other_languages_stay_cool():
    from connote.drafting.schedule import temperature

    assert temperature(0.7, "en", first=True) == 0.2
    assert temperature(0.7, "en", first=False) == 0.7
    assert temperature(0.0, "en", first=True) == 0.0  # a lower request is kept
    assert temperature(0.9, "de", first=False) == 0.5
    assert temperature(0.9, "de", first=True) == 0.2


def test_draft_samples_the_first_candidate_cold_and_the_rest_as_asked():
    temperatures = []

    class Recording(FakeBackend):
        def complete(self, prompt, *, max_tokens, temperature, seed, stop):
            temperatures.append(temperature)
            return super().complete(prompt, max_tokens=max_tokens, temperature=temperature, seed=seed, stop=stop)

    draft(req(count=6, temperature=0.8, first_note="model"), Recording())  # beyond one note's built variations
    assert temperatures[0] == 0.2 and set(temperatures[1:]) == {0.8}
    temperatures.clear()
    draft(req(count=2, temperature=0.8, first_note="model"), Recording(), exclude=["Hi Priya, an older note."])
    assert set(temperatures) == {0.8}  # `connote again`: no cold first note to repeat


def test_a_note_failing_on_one_added_sentence_is_kept_without_it():
    from connote.drafting.finishing import trimmed

    assert trimmed("Hi A, one. Two! Three?") == ["Hi A, one. Two!", "Hi A, one. Three?"]
    assert trimmed("Hi A, just one sentence.") == []
    script = [" I heard your episode on data contracts and loved it. Me encantaría conectar."]
    result = draft(req(count=1, first_note="model"), FakeBackend(script=script))
    assert [n.text for n in result.notes] == ["Hi Priya, I heard your episode on data contracts and loved it."]
    assert result.notes[0].passed and not result.all_failed
    bad_start = [" Visit https://spam.example.com today. I heard your episode on data contracts."]
    shown = draft(req(count=1, first_note="model"), FakeBackend(script=bad_start)).notes  # the first sentence is never dropped
    assert not any("spam.example" in n.text for n in shown)


def test_a_wave_stops_once_enough_notes_passed():
    finished = []

    class Counting(FakeBackend):
        def complete_many(self, prompts, **kw):
            for i, completion in super().complete_many(prompts, **kw):
                finished.append(i)
                yield i, completion

    distinct = [" I heard your episode on data contracts and loved it. Would be glad to connect.",
                " your data contracts episode is one I keep recommending. Glad to connect.",
                " thank you for the podcast episode on data contracts, so clear. I'd love to connect.",
                " the data contracts episode was the best hour of my week. Happy to connect."]
    result = draft(req(count=9), Counting(script=distinct))
    assert len(result.notes) == 9 and all(n.passed for n in result.notes)
    # the first alone (and what is built from it), then a wave of what is still needed + a spare: once enough
    # notes passed, the wave's other candidates are never finished
    assert len(finished) < result.candidates
