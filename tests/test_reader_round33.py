"""Faults a blind reader found in set 37 (read on 98070b1): a snippet whose headline says "On recrute !" taken for a
job post, "my skip level starting mon (fp&a analyst)", "FP&A" cased as "FP&a", a possessive the profile capitalises
("loopwise's"), an employer pasted all in lower case ("@ fieldnote"), "pm too", Dutch "z'n talk" and "gewoon je/jij,
niet u", "… so include those", "friendly not recruiter-y", "saw she's looking …", "saved it", "his wife karin …,
she said he …", a name before the other languages' "told me" ("julien marchal (…) m'a dit"), French "d'xp"."""

from __future__ import annotations

import pytest

from connote.paste import parse_profile
from connote.prompting.reasons import their_work, told
from connote.schema import Profile

ANNA = Profile(name="Anna Berg", first_name="Anna", headline="Engineer at Acme", role="Engineer", company="Acme")


def test_a_headline_that_says_on_recrute_is_a_persons():
    profile = parse_profile("Léa Fontaine | Responsable RH @ Groupe Vialis | On recrute ! 🚀")
    assert (profile.first_name, profile.company) == ("Léa", "Groupe Vialis")


@pytest.mark.parametrize("reason,profile,said", [
    ("my skip level starting mon (fp&a analyst)", Profile(name="Anthony Russo", first_name="Anthony",
                                                          headline="Director of FP&A at Brightwell Outdoor Co."),
     "you will be my skip-level manager starting Monday (FP&A analyst)"),
    ("she built loopwise's marketing team from 2 ppl to 40", Profile(name="Brittany Caldwell", first_name="Brittany",
                                                                     company="Loopwise", headline="VP Marketing @ Loopwise"),
     "you built Loopwise's marketing team from 2 people to 40"),
    ("pm too, just networking", parse_profile("jonas weber · 2nd\nproduct manager @ fieldnote · berlin"),
     "I'm a PM too, and I'd like to follow your work as a product manager at Fieldnote"),
    ("recruiter here. have a staff SRE role, fully remote. he asks for salary + remote policy up front so include those",
     ANNA, "I'm a recruiter. I have a staff SRE role, fully remote."),
    ("saw she's looking for summer internships. we have 2 intern spots, she should apply. friendly not recruiter-y", ANNA,
     "I saw you're looking for summer internships. We have 2 intern spots. You should apply."),
    ("saw his post on sql window functions, saved it lol", ANNA, "I saw your post on SQL window functions, and I saved it"),
    ("met his wife karin at a bbq, she said he does custom built-ins", ANNA,
     "I met your wife Karin at a BBQ, she said you do custom built-ins"),
    ("my friend ana said she loved his talk", ANNA, "my friend Ana said she loved your talk"),
    ("call at 3 pm today?", ANNA, "I have a call at 3 pm today?"),
])
def test_told_english(reason, profile, said):
    assert told(reason, "en", profile) == said


@pytest.mark.parametrize("reason,language,said", [
    ("zag z'n talk op de meetup in utrecht vorige week, wil graag connecten. gewoon je/jij, niet u. kort houden", "nl",
     "ik zag jouw talk op de meetup in Utrecht vorige week"),
    ("julien marchal (on bossait ensemble) m'a dit de la contacter pour parler design system. tutoie-la", "fr",
     "Julien Marchal (on bossait ensemble) m'a dit de te contacter pour parler design system."),
    ("c'est nadia ma tutrice au spip qui m'a dit de vous écrire", "fr",  # (the SPIP, not "Spip")
     "c'est Nadia ma tutrice au SPIP qui m'a dit de vous écrire"),
    ("elle recrute un gestionnaire paie, j'ai 4 ans d'xp en paie. vouvoiement stp", "fr",
     "vous recrutez un gestionnaire paie, j'ai 4 ans d'expérience en paie."),
])
def test_told_other_languages(reason, language, said):
    assert told(reason, language, ANNA) == said


@pytest.mark.parametrize("company,work", [
    ("helixbright therapeutics", "your work as a scientist at Helixbright Therapeutics"),
    ("a dairy cooperative", "your work as a scientist at a dairy cooperative"),
])
def test_an_employer_pasted_in_lower_case(company, work):
    assert their_work(Profile(name="Kim Lee", first_name="Kim", role="Scientist", company=company), "en") == work


@pytest.mark.parametrize("reason,profile,said", [
    ("im a healthcare recruiter, we have a nurse educator role in portland. make it not spammy, under 200", ANNA,
     "I'm a healthcare recruiter. We have a nurse educator role in Portland."),
    ("im a 3rd yr student at cal poly. make it sound less like a student template", ANNA,
     "I'm a 3rd year student at cal poly."),
    ("we sell onboarding software, mention we work w fintechs. actually no pitch, forget that, just say i work in hr tech",
     ANNA, "I work in HR tech"),
    ("im a data eng, already in denver. open to roles", ANNA, "I'm a data engineer, already in Denver. I'm open to roles"),
    ("saw ur pricing post, v good", ANNA, "I saw your pricing post. It was very good"),
    ("our mutual friend jen said i should reach out, she said ravi made the exact same switch",
     Profile(name="Ravi Menon", first_name="Ravi"), "our mutual friend Jen said I should reach out, she said you made the "
                                                    "exact same switch"),
])
def test_told_set_38(reason, profile, said):
    assert told(reason, "en", profile) == said


@pytest.mark.parametrize("reason,language,said", [
    ("ele recrutou uma amiga minha, to procurando vaga de dev java. pode ser informal, nada de textão", "pt",
     "você recrutou uma amiga minha, estou procurando vaga de dev java."),
    ("wir verkaufen ersatzteile, er ist einkaufsleiter bei ner brauerei. bitte sie-form", "de",
     "wir verkaufen Ersatzteile, Sie sind Einkaufsleiter bei einer Brauerei."),
])
def test_told_set_38_other_languages(reason, language, said):
    assert told(reason, language, ANNA) == said


@pytest.mark.parametrize("role,work", [
    ("ux designer", "your work as a UX designer"),
    ("hr manager", "your work as an HR manager"),
    ("tax manager", "your work as a tax manager"),
])
def test_a_title_with_an_abbreviation(role, work):
    assert their_work(Profile(name="Kim Lee", first_name="Kim", role=role), "en") == work


def test_a_school_year_is_no_employer():
    assert parse_profile("Sam Whitaker (he/him)\nTeacher | Year 6 | Primary Science Lead").company is None


@pytest.mark.parametrize("reason,said", [
    ("networking, we're both hr in utrecht retail", "we're both HR in Utrecht retail"),
    ("im an hr advisor and pushing for smth similar", "I'm an HR advisor and pushing for something similar"),
    ("its a 2 hr drive", "it's a 2 hour drive"),
    ("saw his post on postgres partitioning, were about to do the same w a 900gb table",
     "I saw your post on postgres partitioning. We're about to do the same with a 900gb table"),
])
def test_set_39_shorthand_not_the_spell_checkers_guess(reason, said):
    assert told(reason, "en", ANNA) == said


def test_a_ux_ui_designer():
    profile = Profile(name="Kim Lee", first_name="Kim", role="UX/UI Designer", company="Pixelbrook Studio")
    assert their_work(profile, "en") == "your work as a UX/UI designer at Pixelbrook Studio"
