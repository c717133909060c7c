"""Your voice as a library: which sent notes become examples (and in what order), where they go in the prompt,
the greeting and closing they share, and the checks that keep their facts out of new notes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from connote import history
from connote.backends.fake import FakeBackend
from connote.checks import CheckContext, run_checks
from connote.checks.own_notes import habitual, own_fact
from connote.checks.rules.invents_nothing import invents_nothing
from connote.checks.rules.warm_no_pitch import warm_no_pitch
from connote.drafting import draft
from connote.drafting.own_voice import Style, active, style, use
from connote.history.own_notes import forget, load_voice, voice_notes
from connote.paste import parse_profile
from connote.prompting import templates
from connote.prompting.build import build_prompt, chat_messages
from connote.prompting.own_examples import Greeting, Habits, OwnNote, habits, observations, ordered, pick
from connote.schema import DraftRequest, Profile

PRIYA = "Priya Raman\nData Engineering Lead at Fluxo\nBerlin, Germany\n"
OMAR = "Omar Haddad\nProduct Designer at Lumen\n"
T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)

#: a user's sent notes with facts of their own planted: people, employers, events, places, numbers
SENT = {
    "Tobias": ("his talk at kubecon paris on cutting cluster costs by 40%",
               "Hey Tobias! Your KubeCon Paris talk on cutting cluster costs by 40% was great. Up for a quick call "
               "sometime?"),
    "Imani": ("she leads payments at stripe, i'm building checkout for a bakery chain",
              "Hey Imani! I'm building checkout for a bakery chain and your payments work at Stripe caught my eye. "
              "Up for a quick call sometime?"),
    "Lars": ("read his newsletter issue 212 on postgres vacuum",
             "Hey Lars! Issue 212 of your newsletter on Postgres vacuum saved my week. Up for a quick call sometime?"),
}


def own(name="Tobias", status="accepted", *, at=T0, language="en", occasion="event", text=None, reason=None,
        note_id=None, edited=False) -> OwnNote:
    r, t = SENT.get(name, ("we met", f"Hey {name}! Good to meet you. Up for a quick call sometime?"))
    return OwnNote(note_id=note_id or f"{name.lower():x<12}"[:12], draft_id="d" * 12, text=text or t,
                   edited=edited, status=status, first_marked=at, first_name=name, reason=reason or r, sender=None,
                   language=language, occasion=occasion, limit=300)


def seed(name: str, reason: str, status: str | None, text: str | None = None, *, at=T0, profile=None,
         edit: str | None = None) -> str:
    """A draft in history (fake model) whose first note is marked ``status`` with ``text``; returns its id."""
    result = draft(DraftRequest(profile_text=profile or f"{name} Example\nEngineer\n", reason=reason, count=1,
                                seed=3), FakeBackend(), model_name="fake", voice=())
    history.record_draft(result)
    note = result.notes[0]
    if edit is not None:
        history.set_edited(note.id, edit)  # what interactive `e` does
    if status is not None:
        history.mark(note.id, status, at=at, text=text)
    return note.id


def request(profile=PRIYA, reason="heard her podcast episode on data contracts", **kw) -> DraftRequest:
    return DraftRequest(profile_text=profile, reason=reason, count=kw.pop("count", 1), seed=kw.pop("seed", 5), **kw)


# --------------------------------------------------------------------------- which notes, in what order

def test_accepted_before_sent_ignored_and_forgotten_never(connote_home):
    sent_early = seed("Tobias", "his talk at kubecon", "sent", SENT["Tobias"][1], at=T0)
    accepted_late = seed("Imani", "she leads payments at stripe", "accepted", SENT["Imani"][1],
                         at=T0 + timedelta(days=5))
    ignored = seed("Lars", "read his newsletter", "ignored", SENT["Lars"][1], at=T0 + timedelta(days=1))
    back_to_ignored = seed("Dana", "met at the meetup", "accepted", at=T0 + timedelta(days=2))
    history.mark(back_to_ignored, "ignored", at=T0 + timedelta(days=3))  # the latest mark counts
    gone = seed("Keiko", "read her blog", "sent", at=T0 + timedelta(days=4))
    forget(gone)
    seed("Ravi", "same field", None)  # never marked: never used

    found = voice_notes()
    assert [n.note_id for n in found.usable] == [accepted_late, sent_early]
    assert found.ignored == 2 and [n.note_id for n in found.forgotten] == [gone]
    assert ignored not in {n.note_id for n in load_voice()}


def test_same_occasion_first_within_a_status_then_the_first_marked_stays():
    first = own("Tobias", "sent", at=T0, occasion="event")
    later = own("Imani", "sent", at=T0 + timedelta(days=1), occasion="content")
    accepted = own("Lars", "accepted", at=T0 + timedelta(days=9), occasion="generic")
    voice = ordered([later, first, accepted])
    assert [n.first_name for n in voice] == ["Lars", "Tobias", "Imani"]
    assert [n.first_name for n in pick(voice, "en", "content")] == ["Lars", "Imani", "Tobias"]
    assert [n.first_name for n in pick(voice, "en", "event", k=2)] == ["Lars", "Tobias"]
    # a newer sent note doesn't push out the examples already chosen (the cached prompt stays valid)
    newest = own("Dana", "sent", at=T0 + timedelta(days=30), occasion="alumni")
    assert pick(ordered([*voice, newest]), "en", "generic") == pick(voice, "en", "generic")
    # ... while a note nearer the occasion does
    assert pick(ordered([*voice, newest]), "en", "alumni")[1] == newest


def test_only_notes_in_the_drafts_language_and_each_text_once():
    de = own("Jonas", "accepted", language="de", text="Hallo Jonas! Danke für den Vortrag.")
    twice = [own("Tobias", "sent", note_id="a" * 12), own("Tobias", "sent", note_id="b" * 12, at=T0 + timedelta(1))]
    voice = ordered([de, *twice])
    assert len(voice) == 2
    assert [n.language for n in pick(voice, "de", "generic")] == ["de"]
    assert [n.first_name for n in pick(voice, "en", "generic")] == ["Tobias"]
    assert pick(voice, "fr", "generic") == ()


def test_the_edited_text_is_what_counts(connote_home):
    interactive = seed("Tobias", "his talk at kubecon", None, edit=SENT["Tobias"][1])
    history.mark(interactive, "sent")  # copied in interactive mode after `e`
    outside = seed("Imani", "payments at stripe", "accepted", "  Hey Imani!\nYour payments\twork caught my eye. ")
    unchanged = seed("Lars", "read his newsletter", "sent")
    notes = {n.note_id: n for n in load_voice()}
    assert notes[interactive].text == SENT["Tobias"][1] and notes[interactive].edited
    assert notes[outside].text == "Hey Imani! Your payments work caught my eye." and notes[outside].edited
    assert history.find_note(outside).edited_text == "Hey Imani! Your payments work caught my eye."
    assert not notes[unchanged].edited and notes[unchanged].text == history.find_note(unchanged).note.text


# --------------------------------------------------------------------------- the prompt

def test_no_history_drafts_exactly_as_before(connote_home):
    """Same prompt bytes, same notes: with no notes sent, nothing of the voice shows."""
    template = templates.load("content")
    args = dict(profile=Profile(name="Priya Raman", first_name="Priya"), reason="heard her podcast", sender=None,
                limit=300, language="en")
    assert build_prompt(template, **args) == build_prompt(template, **args, own=())
    assert chat_messages(template, **args) == chat_messages(template, **args, own=())

    assert load_voice() == ()
    plain, voiced = FakeBackend(), FakeBackend()
    a = draft(request(count=3, first_note="model"), plain, voice=())
    b = draft(request(count=3, first_note="model"), voiced, voice=load_voice() or None)
    assert plain.prepared == voiced.prepared and plain.calls == voiced.calls
    assert [n.text for n in a.notes] == [n.text for n in b.notes] and b.voice == []
    prefix, case = build_prompt(templates.load(a.template), profile=a.profile, reason=a.request.reason,
                                sender=None, limit=300, language="en")
    assert plain.prepared == [prefix] and plain.calls[0][0].startswith(prefix + case + " Hi Priya,")


def test_your_notes_come_before_the_built_in_examples_best_last():
    template = templates.load("content")
    args = dict(profile=Profile(name="Priya Raman", first_name="Priya"), reason="heard her podcast", sender=None,
                limit=300, language="en")
    base, case = build_prompt(template, **args)
    header, built_in = base.split("\n\n", 1)
    examples = (own("Lars", "accepted"), own("Tobias", "sent"))
    prefix, same_case = build_prompt(template, **args, own=examples)
    assert same_case == case and prefix.startswith(header + "\n\n") and prefix.endswith(built_in)
    added = prefix[len(header) + 2: -len(built_in)]
    assert added.index("Person: Tobias") < added.index("Person: Lars")  # the best nearest the case
    assert f"Note (English, under 300 characters): {SENT['Lars'][1]}\n" in added
    messages = chat_messages(template, **args, own=examples)
    assert messages[4] == {"role": "assistant", "content": SENT["Lars"][1]} and "Person: Lars" in messages[3]["content"]
    assert messages[5:] == chat_messages(template, **args)[1:]


def test_greeting_and_closing_habits():
    agree = (own("Tobias"), own("Imani"), own("Lars", text="Hello Lars, nice issue. Glad to connect."))
    shared = habits(agree)
    assert shared.greeting == Greeting("Hey", "!") and shared.closing == "Up for a quick call sometime?"
    assert habits(agree[:1]) == Habits()  # one note is no habit
    mixed = (own("Tobias"), own("Imani", text="Hi Imani, nice work. Cheers."), own("Lars", text="Dear Lars, hi."))
    assert habits(mixed) == Habits()
    assert Greeting("Hey", "!").to("Omar") == "Hey Omar!" and Greeting("Hi", " –").to(None) == "Hi there –"
    said = observations(ordered(agree))
    assert 'greeting you use most: "Hey NAME!" (2 of 3)' in said
    assert 'closing you use most: "Up for a quick call sometime?" (2 of 3)' in said


def test_restyle_puts_your_closing_in_place_of_a_generic_one():
    s = Style((own("Tobias"), own("Imani")), Habits(Greeting("Hey", "!"), "Up for a quick call sometime?"))
    assert s.opener(parse_profile(OMAR), "en", 2) == "Hey Omar!"
    assert s.restyle("Hey Omar! loved your post on forms. I'd be glad to connect.", "en", 300) == \
        "Hey Omar! Loved your post on forms. Up for a quick call sometime?"
    # moved to the end when a variation put it first
    assert s.restyle("Hey Omar! Up for a quick call sometime? Loved your post. Glad to connect.", "en", 300) == \
        "Hey Omar! Loved your post. Up for a quick call sometime?"
    kept = "Hey Omar! Loved your post on forms. It would be great to swap notes."
    assert s.restyle(kept, "en", 300) == kept  # a closing of its own stays
    assert s.restyle("Hey Omar! Loved your post on forms. Glad to connect.", "en", 60).endswith("Glad to connect.")
    assert Style().restyle("Hi Omar, loved it. Glad to connect.", "en", 300) == "Hi Omar, loved it. Glad to connect."
    assert Style().opener(parse_profile(OMAR), "en", 1) == "Hello Omar,"


def test_variations_are_built_in_the_built_in_shape_and_compared_without_your_closing():
    s = Style((own("Tobias"), own("Imani")), Habits(Greeting("Hey", "!"), "Up for a quick call sometime?"))
    note = "Hey Omar! Loved your post on forms. Up for a quick call sometime?"
    assert s.plain(note) == "Hey Omar! Loved your post on forms."
    assert s.unstyled(note, parse_profile(OMAR), "en") == "Hi Omar, Loved your post on forms. I'd be glad to connect."
    assert s.restyle("Hey Omar! Loved your post on forms. I'd be glad to connect.", "en", 300) == note
    assert Style().plain(note) == note and Style().unstyled(note, parse_profile(OMAR), "en") == note


def test_a_draft_with_your_voice_greets_and_closes_like_you():
    voice = ordered([own("Tobias"), own("Imani", "sent"), own("Lars", "sent")])
    backend = FakeBackend(script=[" loved your post on accessible forms. I'd be glad to connect."])
    result = draft(request(OMAR, "loved his post on accessible forms", first_note="model"), backend, voice=voice)
    assert result.voice == [n.note_id for n in pick(voice, "en", result.occasion)]
    assert result.notes[0].text == "Hey Omar! Loved your post on accessible forms. Up for a quick call sometime?"
    assert result.notes[0].passed, result.notes[0].failed  # your habitual ask is yours to make
    assert SENT["Tobias"][1] in backend.prepared[0] and backend.calls[0][0].endswith("Hey Omar!")


def test_with_your_voice_the_variations_keep_your_greeting_and_offer_another_closing():
    voice = ordered([own("Tobias"), own("Imani", "sent"), own("Lars", "sent")])
    backend = FakeBackend(script=[" loved your post on accessible forms. I'd be glad to connect."])
    req = request(OMAR, "loved his post on accessible forms", count=3, first_note="model")
    texts = [n.text for n in draft(req, backend, voice=voice).notes]
    assert texts[0] == "Hey Omar! Loved your post on accessible forms. Up for a quick call sometime?"
    assert len(texts) == 3 and len(set(texts)) == 3 and len(backend.calls) == 1  # built, not sampled
    assert all(t.startswith("Hey Omar! Loved your post on accessible forms. ") for t in texts[1:])
    assert not any(t.endswith("Up for a quick call sometime?") for t in texts[1:])


def test_the_reasons_own_note_greets_and_closes_like_you_too():
    voice = ordered([own("Tobias"), own("Imani", "sent"), own("Lars", "sent")])
    backend = FakeBackend()
    texts = [n.text for n in draft(request(OMAR, "loved his post on accessible forms", count=3, first_note="reason"),
                                   backend, voice=voice).notes]
    assert texts[0] == "Hey Omar! I loved your post on accessible forms. Up for a quick call sometime?"
    assert len(set(texts)) == 3 and all(t.startswith("Hey Omar! I loved your post on accessible forms. ") for t in texts)
    assert not backend.calls


def test_the_active_voice_is_the_commands_and_ends_with_it():
    voice = ordered([own("Tobias"), own("Imani")])
    undo = use(voice)
    try:
        assert active() == voice
        result = draft(request(OMAR, "loved his post on accessible forms"), FakeBackend())
        assert result.voice and result.notes[0].text.startswith("Hey Omar!")
        assert draft(request(OMAR, "loved his post on accessible forms"), FakeBackend(), voice=()).voice == []
    finally:
        undo()
    assert active() is None
    assert draft(request(OMAR, "loved his post on accessible forms"), FakeBackend()).voice == []


# --------------------------------------------------------------------------- nothing leaks

def ctx_with(*examples: OwnNote, profile=OMAR, reason="loved his post on accessible forms") -> CheckContext:
    s = style(ordered(examples), "en", "content")
    return CheckContext(profile=parse_profile(profile), profile_text=profile, reason=reason, sender=None,
                        limit=300, language="en", examples=s.texts, own_examples=s.texts)


@pytest.mark.parametrize("note, fact", [
    ("Hey Omar! Loved your post on accessible forms, Tobias. Up for a quick call sometime?", "Tobias"),  # a name
    ("Hey Omar! Loved your post on accessible forms. Tobias would like it too.", "Tobias"),  # sentence-initial
    ("Hey Omar! Loved your post on accessible forms, like the payments team at Stripe.", "Stripe"),  # employer
    ("Hey Omar! Your post on accessible forms was as good as KubeCon Paris.", "KubeCon"),  # an event
    ("Hey Omar! Your post on accessible forms was as good as kubecon.", "kubecon"),  # however it is written
    ("Hey Omar! Loved your post on accessible forms. It saved 40% of my week.", "40"),  # a number
    ("Hey Omar! Loved your post on accessible forms, as good as issue 212.", "212"),
    ("Hey Omar! Loved your post on accessible forms and Postgres vacuum.", "Postgres"),
    # what an earlier note restated from its reason, in words no built-in example uses: the sender's old facts
    ("Hey Omar! Loved your post on accessible forms, I'd use it for my bakery chain.", "bakery"),
    ("Hey Omar! Your post on accessible forms helps with cluster costs too.", "cluster"),
])
def test_a_fact_from_your_earlier_notes_fails_invents_nothing(note, fact):
    ctx = ctx_with(own("Tobias"), own("Imani"), own("Lars"))
    verdict = invents_nothing(ctx, note)
    assert verdict is not None and fact in verdict, verdict
    results = {r.name: r for r in run_checks(ctx, note)}
    assert not results["invents_nothing"].passed


def test_what_this_case_says_may_be_said_and_plain_words_are_no_facts():
    stripe = "Imani Okafor\nHead of Payments at Stripe\n"
    ctx = ctx_with(own("Tobias"), own("Imani"), own("Lars"), profile=stripe, reason="her talk on payments at stripe")
    assert own_fact(ctx, "Hey Imani! Your talk on payments at Stripe was great.") is None
    ctx = ctx_with(own("Tobias"), own("Imani"), own("Lars"))
    assert own_fact(ctx, "Hey Omar! Loved your post on accessible forms. Your work was great, go on!") is None
    # the ordinary words of a note are no facts, even where an earlier note had them from its reason
    assert own_fact(ctx, "Hey Omar! Your talk and newsletter issue on accessible forms were great.") is None
    ok = "Hey Omar! Loved your post on accessible forms. Up for a quick call sometime?"
    assert all(r.passed for r in run_checks(ctx, ok))


def test_your_habitual_ask_passes_a_one_off_or_a_pitch_does_not():
    asked = "Hey Omar! Loved your post on accessible forms. Up for a quick call sometime?"
    assert warm_no_pitch(ctx_with(own("Tobias"), own("Imani"), own("Lars")), asked) is None
    assert habitual(ctx_with(own("Tobias"), own("Imani")), "quick call")
    once = ctx_with(own("Tobias"), own("Dana", text="Hey Dana! Good to meet you. Glad to connect."),
                    own("Ravi", text="Hey Ravi! Good to meet you. Glad to connect."))
    assert "asks for more than the reason does" in (warm_no_pitch(once, asked) or "")
    assert "asks for more" in (warm_no_pitch(ctx_with(), asked) or "")  # no voice: as before
    pitch = "Hey Omar! Loved your post on accessible forms. Book a demo of our product."
    assert warm_no_pitch(ctx_with(own("Tobias"), own("Imani")), pitch) is not None


def test_a_model_that_copies_your_earlier_notes_gets_no_passing_note():
    voice = ordered([own("Tobias"), own("Imani"), own("Lars")])
    backend = FakeBackend(script=[" your KubeCon Paris talk was great. Up for a quick call sometime?",
                                  " loved your post, I'm building checkout for a bakery chain at Stripe.",
                                  " Issue 212 of your newsletter saved my week."])
    result = draft(request(OMAR, "loved his post on accessible forms", count=3), backend, voice=voice)
    # none of the copies is shown as passing: what passes is the reason's own note and what is built from it
    copied = ("KubeCon", "Stripe", "Issue 212")
    assert result.notes and not any(c in n.text for n in result.notes if n.passed for c in copied)
    assert all("accessible forms" in n.text for n in result.notes if n.passed)
