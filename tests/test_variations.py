"""Variations differ by construction; terse reasons are completed with the person's work and come with advice;
fewer notes than asked, a draft past its time budget, and the first draft of a template all say so."""

from __future__ import annotations

import json

import pytest

from connote.backends.fake import FakeBackend
from connote.drafting import draft
from connote.drafting.variations import SHORT, closing_split, length_class, short_version, with_closing
from connote.paste import parse_profile
from connote.prompting.reasons import advice, told, why_in
from connote.schema import DraftRequest

PRIYA = "Priya Raman\nData Engineering Lead at Fluxo"
TWO_SENTENCES = ("Hi Hamish, we both studied vet medicine at Ashford, and you were 2 years above me. I'm moving from "
                 "small animal practice into equine work this spring. I'd be glad to connect.")


def test_the_short_variation_is_the_first_sentence_with_a_short_closing():
    short = short_version(TWO_SENTENCES, "en", [TWO_SENTENCES], 300)
    assert short == "Hi Hamish, we both studied vet medicine at Ashford, and you were 2 years above me. Glad to connect."
    assert length_class(short) == "short" and len(short) <= SHORT
    assert length_class(TWO_SENTENCES) == "standard"


def test_a_note_with_a_closing_of_its_own_gets_one_added_once_per_variation():
    from connote.drafting.variations import with_added_closing

    note = "Hallo Malte, Lukas hat gesagt, ich soll mich melden. Ich mache mich nächstes Jahr selbstständig."
    first = with_added_closing(note, "de", [note])
    assert first == note + " Ich würde mich über die Vernetzung freuen."
    assert with_added_closing(note, "de", [note, first]) == note + " Ich freue mich auf den Austausch."
    assert with_added_closing("Hi Ana, loved the talk. Would love to stay in touch.", "en", []) is None
    assert with_added_closing(first, "de", [first]) is None  # a closing to swap: with_closing's job


def test_no_short_variation_says_connect_twice():
    note = "Hello Chioma, PM here too, on the clinical side – I'd be glad to connect and swap ideas."
    assert short_version(note, "en", [note], 300) is None


def test_only_a_closing_that_says_glad_to_connect_is_swapped():
    assert closing_split(TWO_SENTENCES, "en")[1] == "I'd be glad to connect."
    swapped = with_closing(TWO_SENTENCES, "en", [TWO_SENTENCES])
    assert swapped.endswith("Would you be open to connecting?") and swapped.startswith(TWO_SENTENCES[:60])
    own = "Hi Ana, I'm going to your workshop on Saturday. Would be great to say hello there."
    assert with_closing(own, "en", [own]) is None  # a closing that says something stays the note's own


def test_three_notes_from_one_generation_each_different_by_construction():
    backend = FakeBackend(script=[" we both studied vet medicine at Ashford, and you were 2 years above me. I'm moving "
                                  "from small animal into equine. I'd be glad to connect."])
    result = draft(DraftRequest(profile_text="Hamish Kerr\nEquine Vet at Kerr & Lyall", seed=1,
                                reason="both studied vet med at ashford, he was 2 yrs above me. im moving into equine, "
                                       "looking for a mentor", first_note="model"),
                   backend)
    texts = [n.text for n in result.notes]
    assert len(texts) == 3 and all(n.passed for n in result.notes) and len(set(texts)) == 3
    assert len(backend.calls) == 1 and result.candidates == 1
    closings = {closing_split(t, "en")[1] for t in texts}
    assert len(closings) == 3  # each variation ends its own way
    assert {length_class(t) for t in texts} == {"standard", "short"}


def test_a_note_with_no_room_for_another_closing_is_offered_under_another_greeting():
    body = (" we both studied vet medicine at Ashford, and you were 2 years above me. I'm moving into equine work "
            "myself this year, and I'm looking for a mentor who knows the way.")
    backend = FakeBackend(script=[body])
    result = draft(DraftRequest(profile_text="Hamish Kerr\nEquine Vet at Kerr & Lyall", seed=1, limit=200,
                                reason="both studied vet med at ashford, he was 2 yrs above me. im moving into equine, "
                                       "looking for a mentor", first_note="model"),
                   backend)
    texts = [n.text for n in result.notes]
    assert len(texts) == 3 and len(set(texts)) == 3 and all(len(t) <= 200 and n.passed
                                                              for t, n in zip(texts, result.notes))
    assert result.candidates == 1  # built, not sampled again
    assert sum(t.endswith("who knows the way.") for t in texts) >= 2  # the same note, another greeting


@pytest.mark.parametrize(("reason", "why"), [
    ("networking", "none"), ("just want to connect", "none"), ("saw your profile", "none"),
    ("would love to connect", "none"), ("netwerken", "none"),
    ("same field", "thin"), ("fellow PM", "thin"), ("we're both in tax", "thin"), ("recruiting", "thin"),
    ("heard her podcast episode on data contracts", "specific"), ("met at kubecon", "specific"),
    # other languages: a colleague in the same trade is thin, a greeting and "I'd like to connect" say nothing
    ("collega liutaio", "thin"), ("gleiche branche", "thin"), ("hola, me gustaría conectar", "none"),
    ("thought id say hi", "none"),
])
def test_how_much_why_a_reason_gives(reason, why):
    assert why_in(reason) == why


def test_a_terse_reason_is_completed_with_their_work_as_theirs():
    profile = parse_profile("Arjun Pillai - Tax Manager - Holt & Rainey CPAs | LinkedIn")
    assert told("we're both in tax", "en", profile) == ("we're both in tax, and I'd like to follow your work as a tax "
                                                       "manager at Holt & Rainey CPAs")
    assert told("same field", "en", profile).startswith("We're in the same field, and I'd like to follow your work")
    assert told("networking", "en", profile) == "I'd like to follow your work as a tax manager at Holt & Rainey CPAs"
    assert told("saw your profile", "en", profile) == ("I saw your profile. I'd like to follow your work as a tax "
                                                       "manager at Holt & Rainey CPAs")
    specific = "heard his podcast episode on audits"
    assert "ax manager" not in told(specific, "en", profile)  # the model sees nothing else of the paste


def test_a_role_on_its_own_takes_an_article_and_wanting_to_connect_is_not_said_back():
    assert told("fellow actuary", "en", parse_profile("Olamide Bankole - Senior Actuary")) == \
        "I'm a fellow actuary, and I'd like to follow your work as a senior actuary"
    assert told("networking", "en", parse_profile("Samuel Ode\nInterventional Cardiologist")) == \
        "I'd like to follow your work as an interventional cardiologist"
    tunnel = parse_profile("Hafiz bin Osman\nTunnel Engineer | Selatan Metro Link | NATM, TBM")
    assert why_in("thought id connect") == "none"
    assert told("thought id connect", "en", tunnel) == "I'd like to follow your work as a tunnel engineer at Selatan Metro Link"
    school = parse_profile("Rodrigo Salcedo\nGerente de Operaciones | Escuelas de Idiomas Lingua Viva")
    assert told("hola, me gustaría conectar", "es", school) == "Me gustaría seguir su trabajo como Gerente de Operaciones"


def test_the_german_sites_me_menu_is_no_name():
    paste = ("Startseite\nMein Netzwerk\nJobs\nNachrichten\nMitteilungen\nSie\n\nKatrin Lehmann\n · 2.\n"
             "Leiterin Qualitätsmanagement bei Brauerei Sonnenhof\n")
    assert parse_profile(paste).first_name == "Katrin"


def test_typed_contractions_and_months_are_spelled_out_and_only_a_vowel_is_a_sure_typo():
    from connote.prompting.subjects import spelled_out
    from connote.text.spelling import corrected

    assert spelled_out("thought id reach out") == "thought I'd reach out"
    assert spelled_out("shell be my manager when i start in jan") == "she'll be my manager when I start in January"
    assert spelled_out("my id card, the shell company, met jan") == "my id card, the shell company, met jan"
    assert corrected("definately rampign", "en") == "definitely ramping"
    assert corrected("mismo sector", "en") == "mismo sector"  # another language's word, not a typo
    # a long Dutch or German word no dictionary lists is a compound, not a typo ("statiegeldplot")
    assert corrected("die statiegeldpilot voor koffiebekers", "nl") == "die statiegeldpilot voor koffiebekers"
    # an added or dropped consonant is shorthand or a name, not a typo; a short word's swapped letters a name
    assert corrected("mobile rpgs, a new desal plant, managment", "en") == "mobile RPGs, a new desal plant, management"
    assert corrected("rahul mehta and lena schulz said", "en") == "Rahul mehta and Lena Schulz said"  # not "meta", "lean"
    # a dropped last letter is another word ("robusta" is not a misspelt "robust"); a place typed in lower case
    # gets its capital
    assert corrected("natural process robusta", "en") == "natural process robusta"
    assert corrected("lending wifi hotspots, a wify spot", "en") == "lending wifi hotspots, a wify spot"
    assert corrected("vivo en logroño", "es") == "vivo en Logroño"
    # a German compound typed in lower case whose last part is a noun is a noun
    assert corrected("beim restauratorentag wegen bleiverglasung zusammenarbeiten", "de") == \
        "beim Restauratorentag wegen Bleiverglasung zusammenarbeiten"


def test_a_catalan_double_surname_a_german_doctors_title_and_an_aud_are_read_as_names():
    assert parse_profile("Montserrat Arbós i Puig\nElla\nTalent Acquisition en Grupo Mareny").first_name == \
        "Montserrat"
    assert parse_profile("Dr. med. Benedikt Aurich – Chefarzt Orthopädie – St. Hedwig Klinikum").first_name == \
        "Benedikt"
    assert parse_profile("Dr. Vasanthi Raghunathan, AuD\nClinical Audiologist | Loudwise Clinic").first_name == \
        "Vasanthi"


def test_a_note_that_names_its_sender_as_someone_else_fails():
    from connote.checks import CheckContext
    from connote.checks.rules.not_their_job import not_their_job

    profile = parse_profile("Colette Ashdown\nFacilities Manager at Ashgrove Science Park")
    ctx = CheckContext(profile=profile, profile_text="", reason="shes the facilities manager at ashgrove",
                       sender="Stuart, account manager at Coldline Mechanical", limit=300, language="en")
    assert "names the sender (Stuart)" in not_their_job(ctx, "Hi Colette, Stuart is the facilities manager at "
                                                              "Ashgrove. I'd be glad to connect.")
    assert not_their_job(ctx, "Hi Colette, I'm Stuart from Coldline, your new account manager. Glad to connect.") \
        is None
    no_name = CheckContext(profile=profile, profile_text="", reason="shes the facilities manager at ashgrove",
                           sender="Account manager at Coldline", limit=300, language="en")
    assert not_their_job(no_name, "Hi Colette, I look after your account at Coldline. Glad to connect.") is None


def test_notes_outside_english_come_with_a_grammar_warning(cli):
    code, out, err = cli("draft", "--profile", "Anja Köhler\nSteuerberaterin bei Köhler & Weiss", "--reason",
                         "sie hat einen tollen vortrag über e-rechnungen gehalten", "--model", "fake", "-n", "1",
                         "--seed", "1", "--json")
    assert "check the grammar before sending" in " ".join(json.loads(out)["warnings"])
    code, out, err = cli("draft", "--profile", PRIYA, "--reason", "heard her podcast episode on data contracts",
                         "--model", "fake", "-n", "1", "--seed", "1", "--json")
    assert not any("grammar" in w for w in json.loads(out)["warnings"])


def test_no_why_gives_advice_in_text_and_json(cli):
    code, out, err = cli("draft", "--profile", PRIYA, "--reason", "just want to connect", "--model", "fake",
                         "--seed", "1")
    assert code == 0 and "tip: a note that says why" in err and "consider following Priya" in err
    code, out, err = cli("draft", "--profile", PRIYA, "--reason", "just want to connect", "--model", "fake",
                         "--seed", "1", "--json")
    assert "consider following Priya" in json.loads(out)["advice"]
    code, out, err = cli("draft", "--profile", PRIYA, "--reason", "heard her podcast episode on data contracts",
                         "--model", "fake", "--seed", "1", "--json")
    assert json.loads(out)["advice"] is None and "tip:" not in err
    assert advice("specific", parse_profile(PRIYA)) is None


def test_fewer_notes_than_asked_are_said_in_one_line():
    failing = FakeBackend(script=[" I heard your episode on data contracts. Glad to connect.", " hello."])
    result = draft(DraftRequest(profile_text=PRIYA, reason="heard her podcast episode on data contracts", count=5,
                                seed=1), failing)
    passed = sum(n.passed for n in result.notes)
    assert passed < 5
    assert f"{passed} of 5 notes passed the checks in" in " ".join(result.warnings)


def test_the_advice_stays_when_fewer_notes_than_asked_pass():
    backend = FakeBackend(script=[" I'd like to follow your work as Data Engineering Lead at Fluxo. Glad to connect.",
                                  " hello."])
    result = draft(DraftRequest(profile_text=PRIYA, reason="just want to connect", count=5, seed=1), backend)
    assert 0 < sum(n.passed for n in result.notes) < 5  # the "fewer notes" line is written…
    assert result.advice and "consider following Priya" in result.advice  # …and the advice is still given


def test_a_draft_past_its_time_budget_starts_no_new_candidates(monkeypatch):
    import connote.drafting.pipeline as pipeline

    clock = iter(range(0, 10_000, 20))  # each look at the clock: 20 s later
    monkeypatch.setattr(pipeline.time, "monotonic", lambda: next(clock))
    backend = FakeBackend(script=[" hello.", " hi."])  # never passes: the draft would try its whole budget
    result = draft(DraftRequest(profile_text=PRIYA, reason="heard her podcast episode on data contracts", count=3,
                                seed=1, first_note="model"), backend, time_budget=12)
    assert result.candidates == 1 and len(backend.calls) == 1


def test_the_first_draft_of_a_template_says_it_is_preparing_it():
    class Cold(FakeBackend):
        def has_state(self, prefix):
            return False

    said = []
    draft(DraftRequest(profile_text=PRIYA, reason="heard her podcast episode on data contracts", seed=1,
                       first_note="model"), Cold(), on_status=said.append)
    assert said[0].startswith("Preparing the content template") and said[-1] == "Writing notes…"


@pytest.mark.parametrize(("reason", "language", "expected"), [
    ("shes hiring clinical research coordinators at lakemont, i have 2 yrs as a CRC",
     "en", "I see you're hiring clinical research coordinators at lakemont. I have 2 years as a CRC"),
    ("if i take the job, id be on her team", "en", "if I take the job, I'd be on your team"),
    ("opening a gym next year, my mate dev said she is the person to ask", "en",
     "I'm opening a gym next year. My mate Dev said you are the person to ask"),
    ("going to her workshop at the desert garden expo sat", "en",
     "I'm going to your workshop at the Desert Garden Expo on Saturday"),
    ("heard her on the pod, im an HR generalist at a 3pl", "en",
     "I heard you on the podcast. I'm an HR generalist at a 3PL"),
    ("la conocí en la feria de cafés en bogotá", "es", "nos conocimos en la feria de cafés en Bogotá"),
    ("l'ho conosciuto alla fiera del legno", "it", "ci siamo conosciuti alla fiera del legno"),
])
def test_the_model_is_told_whole_clean_sentences(reason, language, expected):
    from connote.schema import Profile

    assert told(reason, language, Profile(first_name="Ana", name="Ana Silva")) == expected


def test_formal_or_informal_you_is_the_users_choice(cli):
    reason = "sie hat einen tollen vortrag über e-rechnungen gehalten"
    profile = "Anja Köhler\nSteuerberaterin bei Köhler & Weiss"
    for flag, you in (("--formal", "Sie haben"), ("--informal", "du hast")):
        code, out, _ = cli("draft", "--profile", profile, "--reason", reason, "--model", "fake", "-n", "1",
                           "--seed", "1", flag, "--json")
        assert json.loads(out)["request"]["formal"] is (flag == "--formal")
    from connote.prompting.reasons import told
    from connote.schema import Profile

    assert "Sie haben" in told(reason, "de", Profile(first_name="Anja"), formal=True)
    assert "du hast" in told(reason, "de", Profile(first_name="Anja"), formal=False)


def test_no_name_in_the_paste_is_said_and_name_fixes_it(cli):
    code, out, err = cli("draft", "--profile", "Head Sommelier at Restaurant Fjellstue", "--reason",
                         "heard her talk on natural wine", "--model", "fake", "-n", "1", "--seed", "1")
    assert "no name found in the paste" in err and "--name" in err and out.startswith("1. Hi there,")
    code, out, err = cli("draft", "--profile", "Head Sommelier at Restaurant Fjellstue", "--name", "Greta Sandvik",
                         "--reason", "heard her talk on natural wine", "--model", "fake", "-n", "1", "--seed", "1")
    assert "no name found" not in err and out.startswith("1. Hi Greta,")
