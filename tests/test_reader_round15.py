"""Rules from what a blind reader failed in set 14: a title of everyday words before the name, the navigation bar's
"Learning" above the name, a post's age before its first word, texting shorthand and French apostrophes, German
nouns the profile also has, Portuguese "dele" when the reason names another "ela", "he"/"she" after what a panel
said, a relation's own "his", "don't mention X", "huge respect", "same trade", "big fan", a title in another
language, "replying here", a code's capitals, and a note that proposes a meeting the reason never asked for."""

from __future__ import annotations

import pytest

from connote.checks.context import CheckContext
from connote.checks.rules.invented_details import invented_meeting
from connote.paste import parse_profile
from connote.prompting.reasons import their_work, told, without_instructions
from connote.prompting.voice import spoken
from connote.schema import Profile
from connote.text.spelling import available, corrected

needs_dictionaries = pytest.mark.skipif(not all(available(lang) for lang in ("en", "de", "pt", "fr", "es")),
                                        reason="the spell checker's dictionaries are not installed")


@needs_dictionaries
@pytest.mark.parametrize(("paste", "first"), [
    ("Master Saddler at Brackenridge & Lusk — Ottoline Brack", "Ottoline"),
    ("Ada Obi at Kestrel — Head of Data", "Ada"),
    ("Home\nMy Network\nJobs\nMessaging\nNotifications\nMe\nWork\nLearning\n\nRavindra (Ravi) Sathe\nHe/Him\n"
     "CEO at Glasshaus Robotics\n\nPeople also viewed\nMarguerite Lindahl", "Ravi"),
])
def test_the_name_past_a_title_or_the_navigation_bar(paste, first):
    assert parse_profile(paste).first_name == first


def test_a_post_age_does_not_make_its_first_word_a_name():
    profile = parse_profile("Maartje Dijkgraaf · 2e\nProductiemanager bij Krekelhof\n\nActiviteit\n"
                            "Maartje Dijkgraaf heeft dit gepost • 3 d\nVolgende week spreek ik op de Insectenbeurs "
                            "Gorinchem. Tot daar!")
    assert "volgende week" in spoken("we spreken volgende week allebei", "nl", profile)


@pytest.mark.parametrize(("reason", "language", "expected"), [
    ("je me lance dans l elevage, les parcs d engraissement, qu il soit la", "fr",
     "je me lance dans l'elevage, les parcs d'engraissement, qu'il soit la"),
    ("une sculpture pr le mariage", "fr", "une sculpture pour le mariage"),
    ("quiero un kilt pa mi boda, enhorabuena x la medalla", "es", "quiero un kilt para mi boda, enhorabuena por la medalla"),
    ("achei mto bom", "pt", "achei muito bom"),
    ("wir bauen Technik für Seilbahnen u. lifte u wollen fragen", "de",
     "wir bauen Technik für Seilbahnen und lifte und wollen fragen"),
    ("de restauratie vd oude sluis", "nl", "de restauratie van de oude sluis"),
])
def test_shorthand_and_apostrophes(reason, language, expected):
    assert spoken(reason, language) == expected


@needs_dictionaries
def test_german_nouns_the_profile_also_has_get_their_capital():
    keep = {"interview", "pistenfahrer"}
    assert corrected("sein interview im seilbahn magazin, bin selber pistenfahrer", "de", keep=keep) == \
        "sein Interview im Seilbahn Magazin, bin selber Pistenfahrer"
    assert corrected("und wollte mich vorher kurz vorstellen", "de", keep={"vorstellen"}) == \
        "und wollte mich vorher kurz vorstellen"  # a verb, not a compound noun


@needs_dictionaries
def test_a_codes_capitals_from_the_profile():
    assert corrected("a new grad icu nurse, 2nd year, a phd", "en", keep={"icu", "nd", "phd"}) == \
        "a new grad ICU nurse, 2nd year, a PhD"


def test_portuguese_dele_before_another_ela():
    assert spoken("a empresa dele fez o furo da escola da minha tia, ela elogiou", "pt") == \
        "a sua empresa fez o furo da escola da minha tia, ela elogiou"


def test_french_elle_after_a_preposition():
    assert spoken("j'ai vu sa vidéo. j'aimerais bien échanger avec elle", "fr") == \
        "j'ai vu votre vidéo. j'aimerais bien échanger avec vous"


@pytest.mark.parametrize(("reason", "expected"), [
    ("the panel said she'll be my line manager", "the panel said you'll be my line manager"),
    ("my neighbour colin buys all his trees from him", "my neighbour Colin buys all his trees from you"),
    ("huge respect for how they got growers to trust the robots",
     "I have huge respect for how you got growers to trust the robots"),
    ("she messaged me abt a job, replying here bc i cant inmail back",
     "you messaged me about a job, and I'm replying here because I can't inmail back"),
])
def test_english_reasons_of_set_fourteen(reason, expected):
    assert told(reason, "en", Profile()) == expected


def test_what_the_writer_is_told_not_to_mention_is_not_said():
    assert without_instructions("shes built 14 parks, i manage one site for a rival chain. keep it short and dont "
                                "mention the rival thing") == "shes built 14 parks"
    assert without_instructions("recruiting for a museum, he looks perfect. don't name the museum yet") == \
        "recruiting for a museum, he looks perfect."  # "name" the museum: it is not named anyway


@needs_dictionaries
def test_terse_reasons_said_with_the_persons_work():
    foley = Profile(name="Sunniva Haugland", first_name="Sunniva", role="Foley Artist")
    assert told("big fan", "en", foley) == "I'm a big fan of your work as a Foley Artist"
    assert told("same trade", "en", Profile()) == "We're in the same trade"
    neon = Profile(name="Léandre Fouquet", first_name="Léandre", role="Souffleur de néon",
                   company="Atelier Lumière Vive")
    assert their_work(neon, "en") == "your work at Atelier Lumière Vive"
    assert their_work(Profile(role="Ocularist", company="Clearsight"), "en") == "your work as an ocularist at Clearsight"
    assert their_work(Profile(role="Lighting Designer", company="Self-employed"), "en") == \
        "your work as a lighting designer"


def _context(reason: str) -> CheckContext:
    return CheckContext(profile=Profile(name="Baptiste Holm", first_name="Baptiste"), profile_text="Baptiste Holm",
                        reason=reason, sender=None, limit=300, language="en")


def test_a_meeting_the_reason_never_asked_for_fails():
    ctx = _context("he's gonna be my manager, wanted to say hi before day 1")
    assert invented_meeting(ctx, "Hi Baptiste, you'll be my manager. It would be great if we could meet soon.")
    assert invented_meeting(ctx, "Hi Baptiste, you'll be my manager. I'd be glad to connect.") is None
    asked = _context("you'll be my manager, would love a coffee before I start")
    assert invented_meeting(asked, "Hi Baptiste, you'll be my manager. Could we grab a coffee before I start?") is None


# ---- set 15 (read blind on the rules above): what its reader failed

@pytest.mark.parametrize(("reason", "language"), [("fellow perfusionist", "en"), ("mismo rubro", "es"),
                                                  ("gleiche branche", "de")])
def test_a_terse_reason_keeps_its_language(reason, language):
    from connote.text.language import detect_language
    assert detect_language(reason) == language


@pytest.mark.parametrize(("reason", "expected"), [
    ("she'll be my supervisor from june 2nd, wanted to connect before i start",
     "you'll be my supervisor from June 2nd, and I wanted to connect before I start"),
    ("we make tracking software for trays, heard his unit is still on paper logs",
     "we make tracking software for trays, and I heard your unit is still on paper logs"),
    ("i speak arabic and have weekends free, could drive too", "I speak Arabic and have weekends free, and I could drive too"),
    ("she accepted our offer yesterday, starts 1 march and will report to me",
     "you accepted our offer yesterday. You start 1 March and will report to me"),
    ("getting married next may, want to ask if shes free for our date",
     "I'm getting married next May. Would you be free for our date?"),
    ("saw her post. were trying that at our clinic and id love to hear how they got the docs on board",
     "I saw your post. We're trying that at our clinic and I'd love to hear how you got the docs on board"),
    ("our line producer tunde said she is the one to talk to", "our line producer Tunde said you are the one to talk to"),
    ("saturdays prize cryptic was genius", "Saturday's prize cryptic was genius"),
    ("im a civil eng student", "I'm a civil engineering student"),
    ("my old prof said to reach out to her, trying to move into forensic accounting",
     "my old prof said to reach out to you, and I'm trying to move into forensic accounting"),
])
def test_english_reasons_of_set_fifteen(reason, expected):
    assert told(reason, "en", Profile()) == expected


def test_a_unit_after_a_number_is_no_shorthand():
    assert spoken("die bohrung mit 480 grad, bin grad in bochum", "de") == \
        "die bohrung mit 480 grad, ich bin gerade in bochum"


@needs_dictionaries
def test_an_english_loanword_is_no_typo_of_a_spanish_verb():
    assert corrected("me lo recomendaron en la expo de calzado", "es") == "me lo recomendaron en la expo de calzado"


def test_more_instructions_and_their_explanations_are_not_said():
    assert without_instructions("shes who i want to be. keep it short, she prob gets loads of these") == \
        "shes who i want to be."
    assert without_instructions("quiero pedirle muestras, sin tanto rollo") == "quiero pedirle muestras"


def test_a_last_clause_that_only_wishes_to_connect_is_left_to_the_closing():
    from connote.prompting.reasons import unclosed
    assert unclosed("ik ben zelf ook stoffeerder in Deventer, zou leuk zijn om te connecten") == \
        "ik ben zelf ook stoffeerder in Deventer"
    assert unclosed("I saw your talk on kilns. I'd love to connect you with our CTO") == \
        "I saw your talk on kilns. I'd love to connect you with our CTO"


def test_the_sales_navigator_bar_is_no_name():
    paste = ("Sales Navigator\nHome   Accounts   Leads   Messaging\nSearch\n\nMikko Häkkinen-Lund\n2nd\n"
             "Process Engineering Manager at Koivuranta Paper Oy\nSave   Message   …")
    assert parse_profile(paste).first_name == "Mikko"


@needs_dictionaries
def test_a_title_loses_its_parenthesis_and_a_number_its_ending_is_no_typo():
    from connote.text.spelling import unknown_words
    assert their_work(Profile(role="International Arbiter (FIDE)"), "en") == "your work as an international arbiter"
    assert unknown_words("from June 2nd and the 3rd", "en") == []


def test_a_past_meeting_and_the_persons_work_twice_fail():
    from connote.checks.rules.one_paragraph import one_paragraph
    ctx = _context("really enjoy her posts")
    assert invented_meeting(ctx, "Hi Baptiste, I really enjoy your posts. It's been great to connect.")
    assert one_paragraph(ctx, "Hi Baptiste, I really like your work as Data Lead. I'd be glad to connect and follow "
                              "your work.")


# ---- set 16 (read blind on the round-16 code): what its reader failed

@pytest.mark.parametrize(("reason", "language", "expected"), [
    ("vi su charla, me encanto", "es", "vi su charla, me encantó"),
    ("vou comecar em marco, vejo todas as manhas", "pt", "vou comecar em março, vejo todas as manhãs"),
    ("je fais des bijoux a Lyon, on a Paris en tête", "fr", "je fais des bijoux à Lyon, on a Paris en tête"),
    ("zelfde vak. lijkt me leuk om te sparren", "nl", "zelfde vak. Het lijkt me leuk om te sparren"),
    ("on a fait le même master, elle en 2014 moi en 2022", "fr", "on a fait le même master, vous en 2014 moi en 2022"),
])
def test_accents_and_words_a_phrase_tells(reason, language, expected):
    assert spoken(reason, language) == expected


@pytest.mark.parametrize(("reason", "expected"), [
    ("we make sensors, he posted they lost 31 hrs last qtr", "we make sensors. You posted you lost 31 hours last quarter"),
    ("kemi adebanjo (she did my cousins wedding) said toyin is great",
     "Kemi Adebanjo (she did my cousin's wedding) said toyin is great"),
    ("my buddy teo (he glasses boards for her) said i should reach out",
     "my buddy Teo (he glasses boards for you) said I should reach out"),
    ("we both did the msc at st aldhelms", "we both did the MSc at st aldhelms"),
    ("saw she wants 1-3ct for a bridal line", "I saw you want 1-3ct for a bridal line"),
    ("his post abt giving crews 10 protected mins before they go back. how did he do it",
     "I read your post about giving crews 10 protected minutes before they go back. How did you do it"),
    ("her talk on kilns. amazing", "I saw your talk on kilns. It was amazing"),
])
def test_english_reasons_of_set_sixteen(reason, expected):
    assert told(reason, "en", Profile()) == expected


def test_a_clause_the_writer_is_asked_not_to_say_is_not_said():
    assert without_instructions("we run 14 care homes. we had a messy visit last year but dont mention that") == \
        "we run 14 care homes."
    assert without_instructions("vendemos sondas, justo lo que hacemos. sin presionar, solo presentarme") == \
        "vendemos sondas, justo lo que hacemos."


@needs_dictionaries
def test_terse_praise_and_unique_titles():
    assert told("great paper", "en", Profile()) == "I really enjoyed your paper"
    assert their_work(Profile(role="Chair of Bioacoustics"), "en") == "your work as Chair of Bioacoustics"


@pytest.mark.parametrize(("reason", "language"), [("collega bibliotecaria d'orchestra", "it"),
                                                  ("fellow med writer", "en"), ("je suis responsable d'usine", "fr")])
def test_elisions_shared_by_french_and_italian(reason, language):
    from connote.text.language import detect_language
    assert detect_language(reason) == language


@pytest.mark.parametrize(("paste", "first"), [
    ("Przejdź do treści głównej\nStrona główna\nMoja sieć\nPraca\nWiadomości\nPowiadomienia\nJa\nDla firm\n\n"
     "Bartłomiej Wysocki · 2.\nKierownik Działu Sterowania Ruchem", "Bartłomiej"),
    ("Ana içeriğe geç\nAna Sayfa\nAğım\nİş İlanları\nMesajlaşma\nBildirimler\nBen\nİşletmeler için\n\n"
     "Zeynep Karaoğlu · 2.\nOperasyon Müdürü", "Zeynep"),
    ("Ben\nSoftware Engineer at Parcelly", "Ben"),
    ("Home\nMy Network\nJobs\n\nIfeyinwa Aboderin-Lowell, MBA, RRT-NPS · 2nd\nManager, Respiratory Care", "Ifeyinwa"),
])
def test_the_name_past_a_navigation_bar_in_other_languages(paste, first):
    assert parse_profile(paste).first_name == first


# ---- set 17 (a development set: its parses were seen), read blind on the round-17 code

@pytest.mark.parametrize(("reason", "expected"), [
    ("she ran the group my dad went to after his stroke. just want to say thank you",
     "you ran the group my dad went to after his stroke. I just want to say thank you"),
    ("great clinic sat!", "I really enjoyed your clinic on Saturday"),
    ("respect what shes built", "I respect what you've built"),
    ("her audit work is spot on. pls mention its a 4 day week", "your audit work is spot on. It's a 4 day week"),
    ("we buy vanilla and want to buy direct. ask if they sell small lots, like 50kg a year",
     "we buy vanilla and I'd like to buy direct. Do you sell small lots, like 50kg a year?"),
    ("hes got his own firm now, be good to reconnect", "you've got your own firm now, it would be good to reconnect"),
    ("shed be my manager so want to intro myself first", "you'd be my manager so I'd like to intro myself first"),
    ("did my discovery flight w him last sat, signing up for lessons in june",
     "I did my discovery flight with you last Saturday, and I'm signing up for lessons in June"),
])
def test_english_reasons_of_set_seventeen(reason, expected):
    pronouns = "She/Her" if reason.startswith("she ran") else None  # "his stroke" is her father's
    assert told(reason, "en", Profile(pronouns=pronouns)) == expected


@needs_dictionaries
@pytest.mark.parametrize(("reason", "language", "expected"), [
    ("mon avocate m'a conseille de la contacter, on a besoin d'aide", "fr",
     "mon avocate m'a conseillé de vous contacter, on a besoin d'aide"),
    ("ho assaggiato il suo gelato, vorrei chiederle due cose. senza disturbare troppo", "it",
     "ho assaggiato il suo gelato, vorrei chiederle due cose."),
    ("ze gaf de workshop over schoolverzuim, ik wil graag haar tips", "nl",
     "jij gaf de workshop over schoolverzuim, ik wil graag jouw tips"),
    ("er ist dann mein vorarbeiter. wollt mich vorher kurz vorstellen", "de",
     "Sie sind dann mein Vorarbeiter. ich wollt mich vorher kurz vorstellen"),
    ("quiero saber mas o menos cuanto tarda", "es", "quiero saber más o menos cuanto tarda"),
])
def test_reasons_of_set_seventeen_in_other_languages(reason, language, expected):
    assert told(reason, language, Profile()) == expected


@needs_dictionaries
def test_an_adverb_after_das_keeps_its_small_letter():
    assert corrected("mein polier meinte sie macht das schnell und gründlich", "de") == \
        "mein Polier meinte sie macht das schnell und gründlich"


# ---- set 18 (read blind on the round-18 code): what its reader failed

@pytest.mark.parametrize(("reason", "expected"), [
    ("he runs 400 machines. short pitch, offer a free trial on 10 machines, dont argue with his post lol",
     "he runs 400 machines. we can offer a free trial on 10 machines"),
    ("lei fa i corsi ad alba. chiedile se c'e posto anche per principianti",
     "lei fa i corsi ad alba. c'e posto anche per principianti?"),
    ("tengo un bar en madrid. preguntarle si ya tienen importador o si venden directo",
     "tengo un bar en madrid. ¿Ya tienen importador o venden directo?"),
    ("kann ich den mal vorbeibringen? bitte hoeflich formulieren", "kann ich den mal vorbeibringen?"),
    ("vorrei mandarle il mio showreel, scrivi qualcosa di carino ma non troppo", "vorrei mandarle il mio showreel"),
    ("relocation paid. dont oversell, just ask if hes open to a chat", "relocation paid. just ask if hes open to a chat"),
    ("i dont know if youre hiring but i love your work", "i dont know if youre hiring but i love your work"),
])
def test_imperatives_to_the_writer_are_not_said_and_what_to_ask_is_asked(reason, expected):
    assert without_instructions(reason) == expected


@pytest.mark.parametrize(("paste", "first"), [
    ("Gå til hovedinnhold\nHjem\nMitt nettverk\nJobber\nMeldinger\nVarsler 3\nMeg\nFor bedrifter\n\n"
     "Elle Márjá Logje-Hætta · 3.+\nDaglig leder", "Elle"),
    ("Siirry pääsisältöön\nEtusivu\nVerkostoni\nTyöpaikat\nViestit\nIlmoitukset\nMinä\nYrityksille\n\n"
     "Aleksi Mäkelä-Ruotsalainen · 2.\nSaunarakentaja", "Aleksi"),
    ("Kapt. Dirk-Jan van Oosterzee | Gezagvoerder sleepboot @ Havensleepdienst", "Dirk-Jan"),
])
def test_more_navigation_bars_and_titles(paste, first):
    assert parse_profile(paste).first_name == first


@needs_dictionaries
def test_set_eighteen_voice_places_and_closings():
    nhung = Profile(name="Nhung Tran", first_name="Nhung")
    assert told("my sister thuy said nhung helped her so much", "en", nhung) == \
        "my sister Thuy said you helped her so much"
    assert told("tb sou instrutor de kite, em jeri. bora trocar ideia", "pt", Profile()) == \
        "também sou instrutor de kite, em Jeri. bora trocar ideia"
    assert told("zelfde branche, leuk om te linken", "nl", Profile()) == "we werken in dezelfde branche"


# ---- set 19 (read blind on the round-19 code): what its reader failed

@pytest.mark.parametrize(("reason", "expected"), [
    ("starting on the 3rd, he's my manager. say hi, keep it short", "I'm starting on the 3rd. You're my manager."),
    ("i want to become a volunteer guardian, ask what the training looks like. im retired",
     "I'd like to become a volunteer guardian. I'd love to know what the training looks like. I'm retired"),
    ("saw his crate post. ask for a quote", "I saw your crate post. Could you send me a quote?"),
    ("were applying for dark sky status. ask if shed share the data", "we're applying for dark sky status. Would you "
                                                                       "share the data?"),
    ("i want to apply. ask if relocation is supported", "I'd like to apply. Is relocation supported?"),
    ("his profile says open to freelance. short, professional", "your profile says open to freelance."),
    ("prob a good fit. short intro, no hard sell, can mention we drop samples to the shop",
     "probably a good fit. We drop samples to the shop"),
])
def test_what_the_writer_is_asked_to_ask_or_say_is_asked_or_said(reason, expected):
    assert told(reason, "en", Profile()) == expected


def test_the_navigation_bar_in_korean_and_japanese_is_no_name():
    assert parse_profile("홈\n내네트워크\n채용공고\n메시지\n알림\n\nSujin Park · 2nd\nExport Manager").first_name == "Sujin"
    assert parse_profile("ホーム\nネットワーク\n求人\nメッセージ\n通知\n\nHaruto Sato · 2nd\nBladesmith").first_name == "Haruto"
