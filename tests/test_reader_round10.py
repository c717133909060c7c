"""Rules from what a blind reader failed in set 9: a title-first snippet names the person, names the profile writes
with capitals keep them (and a common word that only starts a firm's name does not take one), a sentence that opens
on the sender's own verb gets its "I", Dutch and German clauses after a comma get their "ik"/"ich", German umlauts
typed as "ae" and loanword nouns, Portuguese accents one dictionary wants, the person's firm as "you" in French and
Portuguese, Italian "proporgli", a city after "in" is no employer, and a note that asks to connect twice fails."""

from __future__ import annotations

import pytest

from connote.checks.context import CheckContext
from connote.checks.rules.one_paragraph import one_paragraph
from connote.drafting.finishing import finish
from connote.drafting.variations import with_added_closing, with_closing
from connote.paste import parse_profile
from connote.paste.lines import is_ui_line
from connote.paste.nameline import read_name_line
from connote.prompting.reasons import their_work, told, without_instructions
from connote.prompting.subjects import spelled_out, with_subjects
from connote.prompting.voice import spoken
from connote.schema import Profile
from connote.text.language import detect_language
from connote.text.spelling import available, corrected

needs_dictionaries = pytest.mark.skipif(not all(available(lang) for lang in ("en", "de", "pt")),
                                        reason="the spell checker's dictionaries are not installed")


@pytest.mark.parametrize(("line", "name", "company"), [
    ("Head of Procurement — Siobhan McAteer-Lund, Brackwater Health Trust", "Siobhan McAteer-Lund",
     "Brackwater Health Trust"),
    ("Chief Nursing Officer | Amara Obi, St. Kilda Hospital · 2nd", "Amara Obi", "St. Kilda Hospital"),
])
def test_a_title_first_line_names_the_person(line, name, company):
    found = read_name_line(line)
    assert (found.name, found.company) == (name, company)
    assert parse_profile(line).first_name == name.split()[0]


@pytest.mark.parametrize("line", [
    "Head of Sales · Northwind Traders",  # a headline: no one is named
    "Founder — Maple Street Bakery",
    "Engineering Manager · Lumen Logistics, Berlin",  # a firm and its city
])
def test_a_headline_with_a_firm_names_no_one(line):
    assert read_name_line(line) is None


@needs_dictionaries
@pytest.mark.parametrize(("profile", "reason", "expected"), [
    # a word of the profile's names that no dictionary knows, and a later word of the same name
    ("Oyelaran Fashola\nPractice Owner at Brightwater Family Dental\nEducation\n"
     "Calloway University School of Dental Medicine",
     "also went to calloway dental, class of 2014", "I also went to Calloway Dental, class of 2014"),
    ("Winston Achterberg\nHead of Learning at HMP Ravensmoor",
     "we'd love to link up w/ ravensmoor", "we'd love to link up with Ravensmoor"),
    # a common word that starts the firm's name is the firm after "at", not before a noun
    ("Gethin ap Rhys\nMaster Stonemason at Cathedral Works Department",
     "keen to learn from someone working at cathedral level",
     "I'm keen to learn from someone working at cathedral level"),
    ("Natalie Cho\nSecurity Engineer at Bastion Labs", "you'd be my interviewer at bastion on friday",
     "you'd be my interviewer at Bastion on Friday"),
])
def test_names_the_profile_writes_with_capitals(profile, reason, expected):
    assert told(reason, "en", parse_profile(profile)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("keep 6 hives as a hobby. Your thread was clear", "I keep 6 hives as a hobby. Your thread was clear"),
    ("own a small bakery in leeds", "I own a small bakery in leeds"),
    ("make sense?", "make sense?"),  # not every bare verb is the sender's
])
def test_a_sentence_on_the_senders_own_verb_gets_its_subject(text, expected):
    assert with_subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("hires ex-offenders n we'd love to", "hires ex-offenders and we'd love to"),
    ("rock n roll", "rock and roll"),
    ("n/a", "n/a"),
    ("in jaén as a postdoc", "in jaén as a postdoc"),
    ("my new boss from march", "my new boss from March"),
    ("the march for science", "the march for science"),
])
def test_n_is_and_and_march_after_from_is_the_month(text, expected):
    assert spelled_out(text) == expected


@needs_dictionaries
@pytest.mark.parametrize(("reason", "language", "expected"), [
    ("ze heeft die kaart gemaakt, wil graag meer van haar werk zien", "nl",
     "jij hebt die kaart gemaakt, ik wil graag meer van jouw werk zien"),
    ("als je tijd hebt, wil ik graag koffie drinken", "nl", "als je tijd hebt, wil ik graag koffie drinken"),
    ("toller vortrag, bin gespannt auf mehr", "de", "toller Vortrag, ich bin gespannt auf mehr"),
    ("wir haben das gleiche borkenkaeferproblem, waer gut sich auszutauschen", "de",
     "wir haben das gleiche Borkenkäferproblem, wäre gut sich auszutauschen"),
    ("fand das mit den alignern bei kindern spannend", "de", "ich fand das mit den Alignern bei Kindern spannend"),
    ("wir planen grad was ähnliches", "de", "wir planen gerade was ähnliches"),  # shorthand, not "Grad"
    ("vi q ele mudou pro hibrido e queria perguntar como ta indo", "pt",
     "vi que você mudou pro híbrido e queria perguntar como está indo"),
    ("a gente fornece leite pra eles faz 3 anos e queria me apresentar pro rodrigo", "pt",
     "a gente fornece leite pra vocês faz 3 anos e queria me apresentar para você"),
    ("ce serait top d'echanger sur ce qui marche chez eux", "fr",
     "ce serait top d'échanger sur ce qui marche chez vous"),
    ("vorrei proporgli la nostra distribuzione", "it", "vorrei proporle la nostra distribuzione"),
])
def test_reasons_of_round_ten_said_to_the_person(reason, language, expected):
    profile = parse_profile("Rodrigo Tavares\nGerente de Produção")
    assert told(reason, language, profile) == expected


@needs_dictionaries
def test_an_accent_left_out_comes_back_where_the_profile_writes_it():
    profile = parse_profile("Thiago Amaral\nHead Groundsman @ Estádio Municipal de Vila Serrana")
    assert told("sou responsavel por gramado de estadio", "pt", profile) == \
        "sou responsável por gramado de estádio"
    assert corrected("the cider & perry fest", "en") == "the cider & perry fest"  # no accent: left as typed


def test_a_city_after_in_is_no_employer():
    profile = parse_profile("Kwabena Asante-Mills · Structural Engineer · Bristol")
    assert told("also in Bristol", "en", profile) == \
        "I'm also in Bristol, and I'd like to follow your work as a structural engineer"


def test_the_role_met_is_the_persons_own_when_the_reason_says_this_is_them():
    profile = parse_profile("Ops Director at Thornquist Salt Works")
    assert told("met their ops director at the expo in bremen, pretty sure this is them", "en", profile) == \
        "I met the ops director at the expo in Bremen, pretty sure this is you"


def test_a_note_that_asks_to_connect_twice_fails_and_gets_no_third_closing():
    profile = parse_profile("Okonkwo Delacroix-Banda")
    ctx = CheckContext(profile=profile, profile_text="Okonkwo Delacroix-Banda", reason="would like to connect",
                       sender=None, limit=300, language="en")
    note = "Hi Okonkwo – I would like to connect. How can we help each other? Thank you. I'd be glad to connect."
    assert "closes twice" in (one_paragraph(ctx, note) or "")
    assert with_added_closing("Hi Okonkwo – I would like to connect. Thank you.", "en", []) is None
    assert with_added_closing("Hi Ana, I loved your talk on connected cars. It changed how I think.", "en", []) == \
        "Hi Ana, I loved your talk on connected cars. It changed how I think. I'd be glad to connect."


@pytest.mark.parametrize(("paste", "first"), [
    ("Home My Network Jobs Messaging Notifications\n\nHenrique \"Rico\" Salgueiro\n2nd degree connection\n"
     "Chief Officer | Supramax & Handysize\nAtlântica Bulk Carriers", "Rico"),
    ("Home  My Network  Jobs  Messaging  Notifications\nCorinne Maddox-Iweala\n· 2nd\nSenior Talent Acquisition "
     "Partner at Northline Rail Maintenance", "Corinne"),
    ("Startpagina\nMijn netwerk\nVacatures\nBerichten\nMeldingen\nIk\nLieke Dijkstra-Ammerlaan · 2e\n"
     "Hoofdbrouwer bij Brouwerij De Gouden Hop", "Lieke"),
])
def test_a_navigation_bar_copied_as_one_line_is_the_pages(paste, first):
    assert parse_profile(paste).first_name == first


@pytest.mark.parametrize(("line", "ui"), [
    ("Connect   Message   More", True),
    ("Home Care Manager", False),  # a job, not two buttons
    ("Senior Premium Support", False),
])
def test_only_navigation_items_in_a_row_make_a_ui_line(line, ui):
    assert is_ui_line(line) is ui


# ---- from set 10's faults (read blind on the code before these rules)

@pytest.mark.parametrize(("reason", "expected"), [
    ("hiring a marine superintendent in rotterdam, his drydock experience fits really well. pls keep it light "
     "not salesy", "I'm hiring a marine superintendent in Rotterdam. Your drydock experience fits really well."),
    ("loved your talk, not too formal pls", "I loved your talk, and I'd like to follow your work as an orthodontist at "
                                            "Fjordsmil"),  # thin once the instruction is set aside, like "loved your talk"
    ("my daughter rows in his squad. would be good to share erg plans", "my daughter rows in your squad. It would be "
                                                                        "good to share erg plans"),
    ("want to msg him directly", "I'd like to message you directly"),
    ("sprint periodisation for u16s", "sprint periodisation for U16s"),
    ("recruiting for an audit senior role at a big4 firm", "I'm recruiting for an audit senior role at a Big 4 firm"),
    ("my colleague dr hakim said she does clear aligner cases for kids", "my colleague Dr Hakim said you do clear "
                                                                         "aligner cases for kids"),
    ("priya said she's working on the silk gown", "Priya said you're working on the silk gown"),
])
def test_reasons_of_set_ten_said_to_the_person(reason, expected):
    profile = parse_profile("Ingeborg Sandvik\nOrthodontist at Fjordsmil")
    assert told(reason, "en", profile) == expected


def test_praise_is_no_instruction_to_the_writer():
    assert without_instructions("keep it up with your posts, love them") == "keep it up with your posts, love them"
    assert without_instructions("we met at the expo, keep it casual") == "we met at the expo"


@pytest.mark.parametrize("reason", [
    "my friend ana said she would intro us",  # an offer: Ana's
    "rahul mentioned he works with her",  # someone else in the clause: Rahul's
    "rahul said he thinks she could help",  # an opinion: Rahul's
])
def test_what_a_third_party_says_of_themselves_stays_theirs(reason):
    said = spoken(reason, "en", Profile(name="Lina Haddad", first_name="Lina"))
    assert " she " in said or " he " in said


@needs_dictionaries
@pytest.mark.parametrize(("reason", "language", "expected"), [
    ("zaten samen in de werkgroep vorige maand", "nl", "we zaten samen in de werkgroep vorige maand"),
    ("fiz a cabine com ela mes passado qnd o slide travou", "pt", "fiz a cabine com você mês passado quando o slide "
                                                                  "travou"),
    ("ho fatto lo stage nella sua cucina, volevo ricontattarlo ora", "it",
     "ho fatto lo stage nella sua cucina, volevo ricontattarla ora"),
])
def test_set_ten_in_other_languages(reason, language, expected):
    assert told(reason, language, parse_profile("Beatriz Nogueira\nIntérprete")) == expected


def test_fellow_says_too_already_and_a_connection_asked_for_gets_a_thanks():
    assert finish("Hi Tomasz, I'm a fellow B1 engineer too. I'd be glad to connect.", 300) == \
        "Hi Tomasz, I'm a fellow B1 engineer. I'd be glad to connect."
    assert with_added_closing("Hello Greta, you'd be my manager. I would really appreciate your connection.", "en",
                              []) == "Hello Greta, you'd be my manager. I would really appreciate your connection. Thanks!"
    # (a thanks, never a second "glad to connect": set 48's and 49's readers sent such variations)


# ---- from set 11's faults (read blind on the code before these rules)

@pytest.mark.parametrize(("paste", "first"), [
    ("Marisol de los Santos — Fleet Operations Manager · Rocaverde Ferries", "Marisol"),
    ("Station Commander — Aoife MacGiolla, Westmere Fire & Rescue Service", "Aoife"),
    ("Accueil\nRéseau\nEmplois\nMessagerie\nNotifications\nVous\nProduits\n\nBaptiste Lemaire-Quéré\n · 2e\n"
     "Fondateur & gérant chez SoleilToit Installations", "Baptiste"),
    ("Accueil Réseau Emplois Messagerie Notifications Vous\nHollis Treadwell-Amadi\nOwner at Goldcomb Apiary Supplies",
     "Hollis"),
])
def test_set_eleven_names(paste, first):
    assert parse_profile(paste).first_name == first


def test_chat_slang_is_no_sign_of_a_language():
    assert detect_language("fellow bus nerd lol") == "en"
    assert detect_language("mismo rubro") == "es"


@pytest.mark.parametrize(("reason", "expected"), [
    ("cool work", "I really like your work as a bookbinder at Vellum & Thread"),
    ("interesting profile, would like to connect",
     "I came across your profile and found it interesting, and I'd like to follow your work as a bookbinder at "
     "Vellum & Thread"),
    ("he runs the sourdough side where i start next month, so basically my new boss",
     "you run the sourdough side where I start next month, so you're basically my new boss"),
    ("selling route optimisation sw, think they could cut failed deliveries w/ it. he runs ops",
     "I'm selling route optimisation SW, and I think you could cut failed deliveries with it. You run ops"),
    ("saw the rig he did for the panto at the corn exchange, mad",
     "I saw the rig you did for the panto at the corn exchange. Really impressive"),
    ("she was my physio at the club, sorted my rehab plan", "you were my physio at the club, and you sorted my "
                                                            "rehab plan"),
    ("they buy a lot of bottle labels, we print them. want to show him our sleeves before they renew",
     "you buy a lot of bottle labels. We print them. I'd like to show you our sleeves before you renew"),
])
def test_reasons_of_set_eleven_said_to_the_person(reason, expected):
    assert told(reason, "en", parse_profile("Cornelius Webb\nBookbinder at Vellum & Thread")) == expected


@needs_dictionaries
@pytest.mark.parametrize(("reason", "language", "expected"), [
    ("wir überlegen das auch, würd mich eig freuen", "de", "wir überlegen das auch, würde mich eigentlich freuen"),
    ("il recrute des apprentis et jaimerais bosser chez lui", "fr",
     "vous recrutez des apprentis et j'aimerais bosser chez vous"),
    ("sarebbe bello confrontarsi, grz", "it", "sarebbe bello confrontarsi, grazie"),
    ("y qdamos en seguir hablando", "es", "y quedamos en seguir hablando"),
])
def test_set_eleven_shorthand_in_other_languages(reason, language, expected):
    assert told(reason, language, parse_profile("Gonzalo Ibarra\nEncuadernador")) == expected


def test_a_closing_that_opens_as_the_note_does_is_not_chosen_and_connecten_asks():
    assert with_closing("Hola Lucía, tengo una tienda, me encantaría ir. Me encantaría conectar.", "es", []) == \
        "Hola Lucía, tengo una tienda, me encantaría ir. Sería un placer conectar."
    assert with_added_closing("Hallo Sem, ik cast zelf ook, leuk om te connecten.", "nl", []) == \
        "Hallo Sem, ik cast zelf ook, leuk om te connecten. Bedankt!"  # a thanks: "connecten" asks already


# ---- from set 12's faults (read blind on the code before these rules)

@pytest.mark.parametrize(("reason", "expected"), [
    ("want to pitch her our restoration work, keep it soft no hard sell", "want to pitch her our restoration work"),
    ("looking for an offtake partner. dont mention price yet", "looking for an offtake partner."),
    ("she'd be my boss if i get it. make it not desperate pls", "she'd be my boss if i get it."),
    ("wil ff kennismaken voor vrijdag. niet te slijmerig aub", "wil ff kennismaken voor vrijdag."),
    ("she showed me the splicing trick. connect pls", "she showed me the splicing trick."),
    ("on habite pas trop loin, ce serait sympa", "on habite pas trop loin, ce serait sympa"),  # a fact, kept
    ("make it work for both of us would be great", "make it work for both of us would be great"),
    ("I don't know if you remember me", "I don't know if you remember me"),
])
def test_instructions_to_the_writer_are_not_said(reason, expected):
    assert without_instructions(reason) == expected


@needs_dictionaries
@pytest.mark.parametrize(("reason", "language", "expected"), [
    ("recruiting a head preparator, he looks perfect. don't name the museum yet, just ask if he's open to a chat",
     "en", "I'm recruiting a head preparator. Your background looks like a great fit. Would you be open to a chat?"),
    ("my old prof dr. halima yusuf said i should reach out to him", "en",
     "my old prof Dr. Halima Yusuf said I should reach out to you"),
    ("my cousin dev works with her at the port", "en", "my cousin Dev works with you at the port"),
    ("same school as me, she was a couple yrs above me", "en",
     "We went to the same school. You were a couple years above me"),
    ("elle a fait la ceremonie pour ma tante, je voulais la remercier", "fr",
     "vous avez fait la cérémonie pour ma tante, je voulais vous remercier"),
    ("hoorde haar spreken op de zadenbeurs", "nl", "ik hoorde je spreken op de zadenbeurs"),
    ("mismo sector, yo tb hago sal en cadiz", "es", "trabajamos en el mismo sector, yo también hago sal en Cádiz"),
])
def test_reasons_of_set_twelve_said_to_the_person(reason, language, expected):
    assert told(reason, language, parse_profile("Ruth Castellanos\nLicensed Customs Broker")) == expected


def test_the_sites_logo_line_is_no_name():
    assert parse_profile("in\nSearch\nHome\nMy Network\n\nNgozi Ferreira-Adams\n· 3rd+\nTurret Clock Conservator · "
                         "Tickhill & Sons Horology").first_name == "Ngozi"


# ---- from set 13's faults (read blind on the code before these rules)

@pytest.mark.parametrize(("reason", "expected"), [
    ("fintan said i shd reach out about apprenticeships. no exclamation marks pls",
     "fintan said i shd reach out about apprenticeships."),
    ("her portfolio looks solid. quick note pls, no essay", "her portfolio looks solid."),
    ("me encanta como trabaja la luz natural. algo cortito y sin emojis xfa", "me encanta como trabaja la luz natural."),
    ("ik vind dat echt indrukwekkend. graag kort houden", "ik vind dat echt indrukwekkend."),
    ("want her take on eco blanks. casual tone, shes super chill apparently", "want her take on eco blanks."),
    ("would love to interview him. i only speak english so keep the note in english", "would love to interview him."),
    ("his work is exactly what the client wants. dont name the client, its confidential",
     "his work is exactly what the client wants."),
    ("want to offer a site visit, not a pitchy note tho", "want to offer a site visit"),
    ("bin jetzt in flensburg. bitte ohne floskeln wie ich hoffe es geht dir gut", "bin jetzt in flensburg."),
    ("adorava trocar experiencias. sem exagerar nos elogios pf", "adorava trocar experiencias."),
    # what the note says, not how: kept
    ("we met at the short course in may, loved your note on pruning", "we met at the short course in may, loved "
                                                                       "your note on pruning"),
    ("i sent you a message last week, no reply yet so trying here", "i sent you a message last week, no reply yet "
                                                                    "so trying here"),
])
def test_more_instructions_to_the_writer_are_not_said(reason, expected):
    assert without_instructions(reason) == expected


def test_set_thirteen_rules():
    assert told("stesso settore, apicoltore anche io", "it", parse_profile("Agnieszka Nowak\nApicoltrice")) == \
        "lavoriamo nello stesso settore, apicoltore anche io"
    assert their_work(parse_profile("Mireille Dubois - tattoo artist & studio owner at Inkwell & Thorn"), "en") == \
        "your work as a tattoo artist & studio owner at Inkwell & Thorn"
    assert told("she still runs 70mm prints", "en", parse_profile("Hetty Marsh\nProjectionist")) == \
        "you still run 70mm prints"
    assert parse_profile("Início\nA minha rede\nEmpregos\nMensagens\nNotificações\nEu\nPara empresas\n"
                         "Conceição Vasconcelos Sampaio\nArborista certificada").first_name == "Conceição"
