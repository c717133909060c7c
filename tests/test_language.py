"""Language detection on reasons (short, casual) and notes (with names and English tech words inside)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connote.text.language import LANGUAGE_NAMES, detect_language, language_name, language_scores

REASONS = [
    ("heard her podcast episode on data contracts", "en"),
    ("heard him on his pod", "en"),
    ("ex-colleague of a friend", "en"),
    ("meeting him at the Berlin FinOps meetup", "en"),
    ("read his post on churn models", "en"),
    ("we both do platform eng at logistics cos, want to swap notes", "en"),
    ("PyCon DE talk on async", "en"),
    ("saw her keynote at Vivatech", "en"),
    ("interviewing with his team next week", "en"),
    ("hab seinen Artikel über Agrardaten gelesen, super spannend", "de"),
    ("Vortrag auf der PyCon DE über asyncio", "de"),
    ("ich habe ihren Podcast gehört, die Folge über Data Mesh", "de"),
    ("wir haben uns beim Meetup in Köln getroffen", "de"),
    ("j'ai écouté son intervention au salon Vivatech sur le marketing B2B", "fr"),
    ("rencontré lors de la conférence DevFest Nantes", "fr"),
    ("j'ai lu son article sur la logistique urbaine", "fr"),
    ("vi su charla en la PyConES sobre testing", "es"),
    ("me encantó su artículo sobre furgonetas eléctricas", "es"),
    ("conocí a José en el evento de Málaga", "es"),
    ("ouvi o podcast dela sobre pagamentos instantâneos", "pt"),
    ("li o artigo dele sobre observabilidade com Go", "pt"),
    ("ho letto il suo articolo sulla filiera della seta", "it"),
    ("ho sentito il suo intervento alla conferenza di Milano", "it"),
    ("ik heb haar lezing gezien op de conferentie in Utrecht", "nl"),
    ("слушала её доклад на митапе по MLOps", "ru"),
    ("читав її статтю про логістику", "uk"),
    ("听了她关于用户研究的播客", "zh"),
    ("彼女のポッドキャストを聞きました", "ja"),
    ("그녀의 발표를 들었습니다", "ko"),
]

NOTES = [
    ("Hi Priya, I heard your episode on data contracts and loved the idea that they're a team sport. "
     "Would be glad to connect.", "en"),
    ("Hi Siobhán, your write-up on diary studies and appointment reminders was really useful for my team. "
     "I'd love to connect.", "en"),
    ("Hallo Priya, ich habe Ihre Folge von Pipelines & People über Data Contracts gehört und fand den Gedanken "
     "vom Team Sport sehr treffend. Ich würde mich freuen, mich mit Ihnen zu vernetzen.", "de"),
    ("Hallo Lukas, Ihr Artikel über Agrardaten in der Praxis hat mich sehr beeindruckt. Ich freue mich auf "
     "den Austausch.", "de"),
    ("Bonjour Sophie, j'ai beaucoup aimé votre table ronde à Vivatech sur le marketing B2B dans l'énergie. "
     "Je serais ravi de rester en contact.", "fr"),
    ("Hola José Manuel, vi su presentación en el Foro Logístico de Málaga sobre furgonetas eléctricas. "
     "Me encantaría conectar.", "es"),
    ("Olá Rafael, li o seu texto sobre como reduziram a latência do Pix com tracing distribuído. "
     "Gostaria muito de conectar.", "pt"),
    ("Ciao Giulia, ho letto del suo lavoro sulla tracciabilità della filiera della seta. Mi piacerebbe "
     "restare in contatto.", "it"),
    ("Hoi Daan, ik heb je lezing over data mesh gezien en vond het erg interessant. Graag verbind ik met je.",
     "nl"),
    ("Здравствуйте, Ольга! Мне очень понравился Ваш доклад о прогнозировании спроса на митапе по MLOps. "
     "Буду рада контакту.", "ru"),
    ("Вітаю, Оксано! Я прочитав Вашу статтю про логістику і хотів би бути на зв'язку.", "uk"),
    ("陈静，你好！我读了你关于B2B SaaS产品的分享，很受启发，希望能和你保持联系。", "zh"),
    ("山田花子さん、こんにちは。需要予測についての記事を拝見しました。ぜひつながりたいです。", "ja"),
]


@pytest.mark.parametrize("text, lang", REASONS + NOTES)
def test_detects_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "   ", "42", "🙂", "PyCon", "FinOps meetup", "Priya Raman"])
def test_unclear_text_falls_back_to_english(text):
    assert detect_language(text) == "en"


def test_names_and_tech_words_do_not_decide():
    note = ("Hallo Jonas, Ihr Talk über Kubernetes Operators und Platform Engineering bei der KubeCon war "
            "für mich sehr hilfreich.")
    assert detect_language(note) == "de"
    note = "Hi Jürgen, loved your talk at the Münchner Datenbank-Meetup about Postgres."
    assert detect_language(note) == "en"


def test_scores_show_the_evidence():
    scores = language_scores("ich habe ihren Artikel gelesen")
    assert scores["de"] > scores["en"] and scores["de"] > scores["nl"]


def test_language_name():
    assert language_name("de") == "German" and language_name("xx") == "English"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_and_returns_a_known_code(text):
    assert detect_language(text) in LANGUAGE_NAMES


@pytest.mark.parametrize(("text", "language"), [
    ("mismo rubro", "es"), ("même métier 🙂", "fr"), ("gleiche branche", "de"), ("stesso settore", "it"), ("zelfde vakgebied", "nl"),
    ("same field", "en"), ("networking", "en"), ("fellow pharmacist", "en"), ("saw ur profile", "en"),
])
def test_a_few_words_with_no_function_word_are_looked_up_in_the_dictionaries(text, language):
    from connote.text.spelling import available

    if not available("es"):
        pytest.skip("the spell checker is not installed")
    assert detect_language(text) == language
