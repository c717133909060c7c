"""Rules from what a blind reader failed in set 24 (read on c4739bf): the person's card below a page's header (a name
right above its degree, or above its pronouns and degree), the phone's back arrow ("◀ Search"), a lower-case name
after a lower-case title; the small words a casual reason drops ("met at hospitality expo", "starting at her practice
march", "dairy vet too", "just networking", "seems cool", "sell her ice machines", "interview at her clinic");
instructions in new wordings ("nicht schleimen", "kein 'sehr geehrte frau dr.'", "no menciones sueldo", "want her to
remember my name", "mention ingrid but not her company", "ask if its still open"); no exclamation marks when asked;
an English title left out of a German note; "apprendre d'elle"; and the check that the note copies no instruction."""

from __future__ import annotations

import pytest

from connote.backends.fake import FakeBackend
from connote.checks.context import CheckContext
from connote.checks.rules.keeps_instructions_out import keeps_instructions_out
from connote.drafting import draft
from connote.paste import parse_profile
from connote.prompting.dropped_words import restored
from connote.prompting.instructions import writer_clauses
from connote.prompting.note_form import calmed
from connote.prompting.reasons import their_work, told, without_instructions
from connote.prompting.voice import spoken
from connote.schema import DraftRequest
from connote.text.spelling import available

needs_dictionaries = pytest.mark.skipif(not all(available(lang) for lang in ("en", "de", "fr")),
                                        reason="the spell checker's dictionaries are not installed")
PROFILE = parse_profile("Dana Reyes\nGeneral Manager at Ridge Mill\nAustin, Texas, United States")


@pytest.mark.parametrize(("paste", "first"), [
    # a page's header, then the person's card: the name right above its degree (or its pronouns and degree)
    ("Accueil\nRéseau\nEmplois\nVous\n\nDomaine Collin-Varenne\nAurélie Collin-Varenne\nElle\n · 2e\n"
     "Vigneronne & co-gérante – Domaine Collin-Varenne | Côtes de Savranche", "Aurélie"),
    ("Startpagina\nMijn netwerk\nIk\n\nKas Wieringa Tomaten\nGerrit-Jan Wieringa\n · 2e\n"
     "Directeur-eigenaar Kas Wieringa Tomaten | Energieneutraal telen", "Gerrit-Jan"),
    ("Aduanera Rambla Sur\nCustoms brokerage · Montevideo\n\nHome\nMy Network\nJobs\nMe\n\nMartín Sosa Echeverría\n"
     " · 2nd\nDespachante de Aduana | Customs Broker – Aduanera Rambla Sur", "Martín"),
    ("Cascina Bricco Rosso\nWinery · 1,204 followers\n\nHome\nMy Network\n\nPier Giorgio Cerrato\n · 3rd\n"
     "Titolare & vignaiolo – Cascina Bricco Rosso | Vino naturale", "Pier Giorgio"),
    ("Inicio\nMi red\nYo\n\nPanadería La Espiga Criolla\nMa. Guadalupe \"Lupita\" Rentería Soto\n · 2º\n"
     "Fundadora y maestra panadera en La Espiga Criolla", "Lupita"),
    # the phone app's back arrow
    ("9:41\n◀ Search\n\nHuon Timber Frames\nBrodie McAllister · 2nd\nOwner & Lead Builder at Huon Timber Frames",
     "Brodie"),
    # a lower-case title before a lower-case name
    ("ing. rodrigo alcántara v. · jefe de planta · cementos la cumbre s.a.a. · arequipa, perú", "Rodrigo"),
    # unchanged: the degree several lines below (Sales Navigator), a pronoun word that is a name, a title line
    ("Giancarlo di Venanzio\nExport Manager\nCantina Rocca Alta\nAbruzzo, Italy\n3rd", "Giancarlo"),
    ("Home\nRete\nTu\n\nFrancesca Lo Iacono\nLei\n · 2°\nIngegnera strutturista | Studio Lo Iacono & Ferrante",
     "Francesca"),
    ("ing. Bram de Vries-Tjoelker\nProjectleider Sluisrestauratie · Stichting Vaarwegherstel Friesland\n2e", "Bram"),
])
def test_the_person_below_a_page_header_and_other_set_24_names(paste, first):
    assert parse_profile(paste).first_name == first


@pytest.mark.parametrize(("reason", "said"), [
    ("dairy vet too", "I'm a dairy vet too"),
    ("an icu nurse too", "I'm an ICU nurse too"),
    ("just networking", "I'd like to follow your work as General Manager at Ridge Mill"),
    ("just browsing", "I'm just browsing, and I'd like to follow your work as General Manager at Ridge Mill"),
    ("seems cool", "Your work as General Manager at Ridge Mill seems cool"),
    ("sell her ice machines", "I'd like to sell you ice machines"),
    ("invite him to speak at our meetup", "I'd like to invite you to speak at our meetup"),
    ("interview at her clinic next thurs for the assistant post",
     "I have an interview at your clinic next Thursday for the assistant post"),
    ("met at hospitality expo", "We met at the hospitality expo"),
    ("met at last year's expo", "We met at last year's expo"),
    ("starting at her practice march", "I'm starting at your practice in March"),
    ("joining her team in march", "I'm joining your team in March"),
    ("hes ex chief eng, we need a technical superintendent", "you're a former chief engineer. We need a technical "
                                                             "superintendent"),
    ("thank her for the talk", "thank you for the talk"),
    ("me too", "me too, and I'd like to follow your work as General Manager at Ridge Mill"),
    ("both do harvest planning", "We both do harvest planning"),  # set 23
])
@needs_dictionaries
def test_the_small_words_a_casual_reason_drops(reason, said):
    assert told(reason, "en", PROFILE) == said


@pytest.mark.parametrize(("text", "kept"), [
    ("we met at web summit lisbon", "we met at web summit lisbon"),  # a name's words, then more: left
    ("I'm starting at the practice in march", "I'm starting at the practice in march"),
    ("start date is march", "start date is march"),
    ("you're ex-Google", "you're ex-Google"),
])
def test_what_the_small_words_rules_leave(text, kept):
    assert restored(text) == kept


@pytest.mark.parametrize(("reason", "kept"), [
    ("sie leitet das grösste tunnelprojekt der schweiz, will von ihr lernen. nicht schleimen, und bitte kein "
     "'sehr geehrte frau dr.'", "sie leitet das grösste tunnelprojekt der schweiz, will von ihr lernen."),
    ("busco peritos de siniestros agrarios y ella tiene justo el perfil. no menciones sueldo ni la palabra 'oportunidad'",
     "busco peritos de siniestros agrarios y ella tiene justo el perfil."),
    ("wir verkaufen abgasmessgeräte, er hat wohl 12 gesellen. bitte keine preise nennen und kein 'sehr geehrter herr'",
     "wir verkaufen abgasmessgeräte, er hat wohl 12 gesellen."),
    ("interview at her clinic next thurs. want her to remember my name, keep it humble n short",
     "interview at her clinic next thurs."),
    ("my old colleague ingrid said he's the guy for sea lice. mention ingrid but not her company",
     "my old colleague ingrid said he's the guy for sea lice."),
    ("hij heeft de eerste kas zonder gas gebouwd, wil van hem leren. kort houden en niet beginnen met 'ik bewonder'",
     "hij heeft de eerste kas zonder gas gebouwd, wil van hem leren."),
    ("loved his post on kilns, dont say 'exciting opportunity'", "loved his post on kilns"),
    ("hes the recruiter for the kiln roles. ask if its still open, dont go on about my cv",
     "hes the recruiter for the kiln roles. is it still open?"),
    ("new in town. ask if theres parking", "new in town. is there parking?"),
])
def test_instructions_of_set_24_are_not_said(reason, kept):
    assert without_instructions(reason) == kept


def test_a_quoted_word_that_is_not_said_no_to_stays():
    assert without_instructions("loved her talk 'data is a team sport', so true") == \
        "loved her talk 'data is a team sport', so true"


@needs_dictionaries
def test_an_english_title_is_left_out_of_a_german_note_but_not_a_german_one():
    rosa = parse_profile("Rosa Maria Vieira dos Santos\nAgronomist · Usina Boa Esperança\nRibeirão Preto, Brazil")
    assert "Agronomist" not in (their_work(rosa, "de") or "")
    assert their_work(parse_profile("Jonas Keller\nProduct Manager bei Feldwerk"), "de") == \
        "Ihre Arbeit als Product Manager bei Feldwerk"
    assert told("einfach vernetzen", "de", parse_profile("Rosa Maria Vieira\nAgronomist\nBrazil")) == \
        "Ich würde gern Ihre Arbeit verfolgen"


def test_french_d_elle_is_said_to_the_person():
    assert spoken("elle a relancé la coopé, j'aimerais apprendre d'elle", "fr", formal=True) == \
        "vous avez relancé la coopé, j'aimerais apprendre de vous"


@pytest.mark.parametrize(("note", "reason", "calm"), [
    ("Hoi Sjoerd! Ik las je rapport, erg nuttig!", "hou het zakelijk, geen uitroeptekens",
     "Hoi Sjoerd. Ik las je rapport, erg nuttig."),
    ("Hi Ana!\n\nLoved your talk! Glad to connect.", "no exclamation marks pls",
     "Hi Ana,\n\nLoved your talk. Glad to connect."),
    ("Hallo Jonas! Toller Vortrag!", "toller vortrag, ohne Ausrufezeichen", "Hallo Jonas. Toller Vortrag."),
    ("Hi Ana! Loved it!", "loved her talk", "Hi Ana! Loved it!"),  # not asked: left
])
def test_no_exclamation_marks_when_the_user_asks_for_none(note, reason, calm):
    assert calmed(note, reason) == calm


def test_the_drafted_notes_have_no_exclamation_marks_when_asked():
    result = draft(DraftRequest(profile_text="Sjoerd Visser\nVisserijbioloog", count=2, seed=3,
                                reason="las zijn rapport over garnalenvisserij, erg nuttig. geen uitroeptekens"),
                   FakeBackend(["Hoi Sjoerd! Ik las je rapport over garnalenvisserij, erg nuttig!",
                                "Hoi Sjoerd! Je rapport over garnalenvisserij was erg nuttig voor ons!"]))
    assert result.notes and all("!" not in n.text for n in result.notes)


def test_the_clauses_said_to_the_writer_and_whether_the_note_says_them():
    assert writer_clauses("hes hiring for kiln roles. ask if its still open, dont go on about my cv") == (
        ("ask if its still open,", True), ("dont go on about my cv", False))
    assert writer_clauses("loved her talk on kilns") == ()


def _context(reason: str, language: str = "en") -> CheckContext:
    text = "Priya Raman\nData Engineering Lead at Fluxo"
    return CheckContext(profile=parse_profile(text), profile_text=text, reason=reason, sender=None, limit=300,
                        language=language)


@pytest.mark.parametrize(("reason", "note", "copied"), [
    ("loved her talk on kilns. keep it soft no hard sell", "Hi Priya, I loved your talk on kilns. Keep it soft no "
     "hard sell.", True),
    ("loved her talk on kilns. keep it soft no hard sell", "Hi Priya, I loved your talk on kilns. Glad to connect.",
     False),
    ("ask if she places occupational therapists in the NE", "Hi Priya, do you place occupational therapists in the "
     "NE?", False),  # what it asks, asked
    ("ask if she places occupational therapists in the NE", "Hi Priya, ask if you place occupational therapists.",
     True),
    ("i keep 6 hives as a hobby, loved her thread", "Hi Priya, I keep 6 hives as a hobby and loved your thread.",
     False),  # the sender's fact, not an instruction
    ("vi su post. no menciones sueldo", "Hola Priya, vi su post. No menciones sueldo.", True),
])
def test_the_check_flags_a_note_that_copies_an_instruction(reason, note, copied):
    assert (keeps_instructions_out(_context(reason), note) is not None) is copied


@needs_dictionaries
def test_a_german_sentence_on_the_sender_s_short_verb_gets_its_ich():  # set 23: "kenn ihn vom Brauertag"
    assert told("kenn ihn vom Brauertag", "de", parse_profile("Franz-Xaver Huber\nBraumeister")) == \
        "ich kenn Sie vom Brauertag"


@pytest.mark.parametrize(("reason", "language", "said"), [
    ("leo sus posts sobre colmenas", "es", "leo tus posts sobre colmenas"),  # set 21: "su stand" after "tutéalo"
    ("Su stand era genial", "es", "Tu stand era genial"),
    ("seguo i suoi post sulle arnie", "it", "seguo i tuoi post sulle arnie"),  # set 22: "dagli del tu"
])
def test_the_person_s_possessive_in_the_familiar_you(reason, language, said):
    assert spoken(reason, language, formal=False) == said
    assert spoken(reason, language, formal=True) == reason  # the polite "you" says "su", "suoi" itself


@needs_dictionaries
def test_a_german_verb_before_its_subject_agrees_with_sie():  # set 22: "vllt kennt er leute"
    tobias = parse_profile("Tobias Huber\nDisponent")
    assert told("wir suchen lkw-fahrer, vllt kennt er leute", "de", tobias) == \
        "wir suchen Lkw-Fahrer, vielleicht kennen Sie Leute"
    assert told("seit 2015 leitet er das team", "de", tobias) == "seit 2015 leiten Sie das Team"


@needs_dictionaries
@pytest.mark.parametrize(("reason", "said"), [
    ("connect pls, via ngozi", "Ngozi pointed me your way"),  # (who put them in touch is the why: set 30)
    ("met via email", "We met via email"),
    ("we're starting a nurse exchange and want her involved", "we're starting a nurse exchange and want you involved"),
])
def test_who_put_them_in_touch_and_want_her_involved(reason, said):  # set 22
    assert told(reason, "en", PROFILE) == said


@needs_dictionaries
@pytest.mark.parametrize(("reason", "said"), [
    ("wir haben beide in warnemünde pharmazie studiert, sie zwei jahrgänge über mir. du-form passt",
     "wir haben beide in Warnemünde Pharmazie studiert, du warst zwei Jahrgänge über mir."),  # sets 21 and 23
    ("war an der saale-uni. frag ob sie nächsten sommer grabungshelfer braucht",
     "ich war an der saale-uni. brauchen Sie nächsten Sommer Grabungshelfer?"),  # set 22: the verb first
    ("ich kannte sie nicht", "ich kannte sie nicht"),  # the sender's object: left
])
def test_german_she_with_no_verb_or_after_her_verb(reason, said):
    assert told(reason, "de", parse_profile("Leonie Brandt\nApothekerin")) == said
