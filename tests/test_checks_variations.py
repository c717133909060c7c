"""What a reader found in later variations, each caught by the checks: who-is-who swaps read from the reason in
the note's voice, meetings and days the reason doesn't give, text only the prompt's examples hold, the sender
described otherwise than the sender line, a sentence said twice, prompt labels, and third person pasted back
from the reason in other languages."""

from __future__ import annotations

import pytest

from connote.checks import BY_NAME, CheckContext, run_checks
from connote.drafting.finishing import finish
from connote.paste import parse_profile
from connote.text.language import detect_language

PRIYA = "Priya Raman\nData Engineering Lead at Fluxo"


def context(reason: str, sender: str | None = None, profile: str = PRIYA, examples: tuple[str, ...] = ()):
    return CheckContext(profile=parse_profile(profile), profile_text=profile, reason=reason, sender=sender,
                        limit=300, language=detect_language(reason), examples=examples)


def failed(ctx, note: str) -> dict[str, str]:
    return {r.name: r.detail for r in run_checks(ctx, note) if not r.passed}


@pytest.mark.parametrize(("reason", "note"), [
    ("she built one of the most respected design orgs in fintech",
     "Hi Priya, I built one of the most respected design orgs in fintech. I'd be glad to connect."),
    ("she's the VP I'd report to", "Hi Priya, I'm the VP you'd report to. I'd be glad to connect."),
    ("she'll be my tech lead when I start in May", "Hi Priya, I will be your tech lead when you start in May."),
    ("she was two years above me at uni", "Hi Priya, I was two years above you at uni. Glad to connect."),
    ("started with one bakery and now has 23, im opening my second cafe",
     "Hi Priya, I started with one bakery and now have 23, and I'm opening my second cafe."),
    ("i'd be reporting to her if i take the analyst job",
     "Hi Priya, you would be reporting to me if I take the analyst job. Glad to connect."),
    ("heard her podcast episode on data contracts",
     "Hi Priya, thanks for listening to the episode on data contracts. Glad to connect."),
])
def test_a_variation_that_swaps_who_is_who_fails(reason, note):
    assert "not_their_job" in failed(context(reason), note)


@pytest.mark.parametrize(("reason", "note"), [
    ("she'll be my tech lead when I start in May", "Hi Priya, you'll be my tech lead when I start in May."),
    ("her low-cost surgical training models",
     "Hi Priya, I've been looking for low-cost training models, and your work is exactly that."),
    ("going to her workshop on drought tolerant planting",
     "Hi Priya, your workshop on drought tolerant planting is on my list, and I'm a landscaper in Phoenix."),
])
def test_the_same_sides_as_the_reason_pass(reason, note):
    assert "not_their_job" not in failed(context(reason), note)


@pytest.mark.parametrize(("reason", "note", "check"), [
    ("we're both in tax", "Hi Priya, we're both in tax. Let's meet at the conference together.", "warm_no_pitch"),
    ("would love to connect", "Hi Priya, I would love to connect. Let's chat!", "warm_no_pitch"),
    ("fellow PM", "Hi Priya, it was great meeting you today. I'm a fellow PM.", "invents_nothing"),
    ("interviewing for the analyst role", "Hi Priya, I'm interviewing for the analyst role on Friday.",
     "invents_nothing"),
    ("same field", "Hi Priya, we're in the same field and I saw you today. Glad to connect.", "invents_nothing"),
])
def test_a_meeting_or_day_the_reason_does_not_give_fails(reason, note, check):
    assert check in failed(context(reason), note)


def test_a_meeting_the_reason_asks_for_passes():
    ctx = context("would love to grab coffee and hear how she set up the data team")
    assert "warm_no_pitch" not in failed(ctx, "Hi Priya, I'd love to grab coffee and hear how you set up the data "
                                              "team. Glad to connect.")


EXAMPLES = ("heard him on the build in public pod, the ep about pricing his first saas\n"
            "Hi Marcus, I heard you on the Build in Public podcast, the episode about pricing your first SaaS. "
            "Would love to connect.",
            "interviewing with her on friday for the analyst role\n"
            "Hi Jo, I'm interviewing with you on Friday for the analyst role. I'd be glad to connect beforehand.")


@pytest.mark.parametrize("note", [
    "Hi Priya, I heard you on the Build in Public podcast and loved your episode on data contracts.",
    "Hi Priya, I heard your episode on data contracts, the episode about pricing your first SaaS.",
])
def test_text_that_only_the_prompts_examples_hold_fails(note):
    got = failed(context("heard her podcast episode on data contracts", examples=EXAMPLES), note)
    assert "from the prompt's examples" in got.get("invents_nothing", "")


def test_facts_of_the_case_itself_are_not_taken_for_example_text():
    ctx = context("interviewing with her on friday for the data role", examples=EXAMPLES)
    assert failed(ctx, "Hi Priya, I'm interviewing with you on Friday for the data role. I'd be glad to connect.") \
        == {}


def test_the_sender_described_otherwise_than_the_sender_line_fails():
    ctx = context("heard her podcast episode on data contracts", sender="Sam, backend engineer at Acme")
    assert "invents_nothing" in failed(ctx, "Hi Priya, I'm Sam, a fellow SRE at Acme, and I heard your podcast "
                                            "episode on data contracts.")
    assert failed(ctx, "Hi Priya, I'm a backend engineer at Acme and heard your podcast episode on data contracts. "
                       "Glad to connect.") == {}


def test_a_sentence_said_twice_fails():
    ctx = context("both studied vet med at ashford, im moving into equine")
    note = ("Hi Priya, I'm moving from small animal into equine. We both studied vet med at Ashford, and I'm "
            "moving from small animal into equine.")
    assert "one_paragraph" in failed(ctx, note)


def test_prompt_labels_are_cut_off_and_never_reach_a_note():
    raw = "Hi Hamish, we both studied at Ashford. It would be great to connect. Note: Hi Hamish, we both"
    assert finish(raw, 300) == "Hi Hamish, we both studied at Ashford. It would be great to connect."
    assert "one_paragraph" in failed(context("both studied at ashford"),
                                     "Hi Hamish, Note (English, under 300 characters): we both studied at Ashford.")


@pytest.mark.parametrize(("reason", "note"), [
    ("sie hat einen tollen vortrag über datenverträge gehalten",
     "Hallo Priya, sie hat einen tollen Vortrag über Datenverträge gehalten. Ich würde mich freuen."),
    ("ik heb haar talk over data gezien", "Hoi Priya, ik heb haar talk over data gezien. Graag verbinden."),
    ("ouvi ela no podcast sobre dados", "Olá Priya, ouvi ela no podcast sobre dados. Seria ótimo conectar."),
])
def test_third_person_pasted_from_the_reason_fails_in_other_languages(reason, note):
    assert "speaks_to_you" in failed(context(reason), note)


def test_the_polite_german_you_is_not_third_person():
    ctx = context("ihr vortrag über daten war toll")
    assert "speaks_to_you" not in failed(ctx, "Hallo Priya, Ihr Vortrag über Daten war toll. Ich würde mich "
                                              "freuen, in Kontakt zu bleiben.")


def test_the_rules_of_who_is_who_live_in_not_their_job():
    assert BY_NAME["not_their_job"].weight >= 4
