"""Faults a blind reader found in set 33 (read on e093041): a quoted sign-off after "just" or in Spanish ("sign off
as just 'Maeve'", "firma como 'Andrés'"), a bare length ("200 chars", "300 max"), "be upfront that …", "mentionne
pas …", "dammi del tu", "niks over geld", a Dutch question with a separable verb ("vraag of ze openstaat voor …"),
"ask her one question about …", a wish to connect in the middle, a question the model answered itself, "Bonjour
Clémence .", a page's People tab with "· 2º" cards and the person named in the reason, lower-case and
"surname, given" snippets, "Dr. med. vet.", the employer above the title in Experience, a feeling or thanks the
reason doesn't give, "alum" with the profile's school, "gleiches fachgebiet", classmates ("colega de curso na FEUP"),
"zelfde opleiding als ik", "you lead …" and "recruiter here"."""

from __future__ import annotations

import pytest

from connote.checks.context import CheckContext
from connote.checks.rules.invented_details import invented_feeling
from connote.drafting.finishing import finish
from connote.paste import profile_meant
from connote.prompting.address import formality
from connote.prompting.instructions import without_instructions
from connote.prompting.note_form import sign_off
from connote.prompting.reasons import told
from connote.prompting.to_say import asked_to_say
from connote.schema import Profile

ANNA = Profile(name="Anna Berg", first_name="Anna", headline="Engineer at Acme", role="Engineer", company="Acme")


@pytest.mark.parametrize("reason,sign", [
    ("keep it under 200 chars, no emojis, sign off as just 'Maeve'", "– Maeve"),
    ("quiero mantener el contacto. firma como 'Andrés'", "Andrés"),
    ("sign it 'thanks, Naledi' and dont ask for a call", "Thanks, Naledi"),
    ("sign it cheers, Dan.", "Cheers, Dan"),
])
def test_quoted_sign_offs(reason, sign):
    assert sign_off(reason, None) == sign


@pytest.mark.parametrize("reason,kept", [
    ("im a ferry skipper on the wellington side. 200 chars", "im a ferry skipper on the wellington side."),
    ("we're restoring our 1928 skinner. 300 max, no gushing flattery", "we're restoring our 1928 skinner."),
    ("i'm hiring harbour pilots. be upfront that i'm a recruiter", "i'm hiring harbour pilots. i'm a recruiter"),  # (said openly)
    ("même filière. mentionne pas mon employeur actuel stp", "même filière."),
    ("je suis verrier. parle pas de prix", "je suis verrier."),
    ("zoek een senior dijkinspecteur. niks over geld", "zoek een senior dijkinspecteur."),
    ("quiero conectar con Valentina, la jefa de batimetría (la vi en la pestaña de personas). hacemos lo mismo",
     "hacemos lo mismo"),
    ("we met in 2012, at the 2012 games", "we met in 2012, at the 2012 games"),  # a year is no length
])
def test_instructions_left_out(reason, kept):
    assert without_instructions(reason) == kept


def test_dammi_del_tu_asks_the_informal_you():
    assert formality("lavoro anch'io sui sopratitoli. dammi del tu, niente formalità", "it") is False
    assert "dammi" not in told("lavoro anch'io sui sopratitoli. dammi del tu", "it", ANNA)


@pytest.mark.parametrize("clause,said", [
    ("vraag of ze openstaat voor een kort gesprek.", "staat ze open voor een kort gesprek?"),
    ("vraag of hij meekomt naar de beurs", "komt hij mee naar de beurs?"),
    ("vraag of hij half oktober nog vrij is", "is hij half oktober nog vrij?"),
    ("ask her one question about the tin ratio they used.", "I'd love to hear about the tin ratio they used."),
])
def test_asked(clause, said):
    assert asked_to_say(clause, "she") == said


@pytest.mark.parametrize("reason,said", [
    ("ik ben recruiter. vraag of ze openstaat voor een kort gesprek. graag u-vorm",
     "ik ben recruiter. staat u open voor een kort gesprek?"),
    ("ik zoek een inspecteur, vraag of hij meekomt naar de beurs", "ik zoek een inspecteur, kom je mee naar de beurs?"),
    ("she's basically the nose for oud accords, would love to be connected, i'm a junior evaluator",
     "you're basically the nose for oud accords. I'm a junior evaluator"),
    ("she leads the escalator modernization for the metro, i sell wear sensors",
     "I see you lead the escalator modernization for the metro. I sell wear sensors"),
    ("recruiter here, i'm hiring harbour pilots", "I'm a recruiter. I'm hiring harbour pilots"),
    ("gleiches fachgebiet", "wir arbeiten im gleichen Fachgebiet"),
    ("colega de curso na FEUP, não falamos há anos. trata-a por tu", "fomos colegas de curso na FEUP, não falamos há anos."),
    ("collega di corso al poli", "eravamo compagni di corso al poli"),
])
def test_told(reason, said):
    from connote.text.language import detect_language
    assert told(reason, detect_language(reason), ANNA) == said


def test_alum_names_the_profiles_school():
    profile = ANNA.model_copy(update={"education": ["University of Karachi · PhD Marine Biology · 2008 - 2013"]})
    assert told("alum", "en", profile) == "I'm a fellow University of Karachi alum"
    assert "Karachi" not in told("alum", "en", ANNA)  # no school shown: none named


def test_zelfde_opleiding():
    assert told("zelfde opleiding als ik, reinwardt academie. gebruik je, niet u", "nl", ANNA).startswith(
        "we hebben dezelfde opleiding gedaan, reinwardt academie")


@pytest.mark.parametrize("raw,done", [
    ("Hi Ronnie, do you take projects abroad? Yes, I do. Would you be open to connecting?",
     "Hi Ronnie, do you take projects abroad? Would you be open to connecting?"),
    ("Hi Ana, is the role still open? No worries if not.", "Hi Ana, is the role still open? No worries if not."),
    ("Bonjour Clémence . J'ai vu votre post. Au plaisir !", "Bonjour Clémence. J'ai vu votre post. Au plaisir !"),
])
def test_finish(raw, done):
    assert finish(raw, 300) == done


PEOPLE_TAB = """Hydrosurvey Austral SpA
Servicios de hidrografía y batimetría · Valparaíso, Chile · 2.310 seguidores · 51-200 empleados
Seguir   Mensaje   Más
Personas
Valentina Riquelme Osses · 2º
Jefa de Batimetría Multihaz | Hidrógrafa Cat. A
Conectar
Matías Ahumada · 2º
Gerente General en Hydrosurvey Austral
Conectar
Francisca Leiva Toro · 3er
Procesamiento de datos LiDAR batimétrico
Conectar"""


def test_people_tab_card_named_in_the_reason():
    assert profile_meant(PEOPLE_TAB, "quiero conectar con Valentina, la jefa de batimetría").first_name == "Valentina"
    assert profile_meant(PEOPLE_TAB, "quiero conectar con Matías").first_name == "Matías"


@pytest.mark.parametrize("paste,first", [
    ("joão pedro dos reis · salineiro / gestor de produção · Salinas do Samouco, Alcochete", "João Pedro"),
    ("chen, wei-ling | ocularist (custom prosthetic eyes) | taipei", "Wei-Ling"),
    ("Dr. med. vet. Anneliese Krumbholz | Tierzahnheilkunde (EVDC) | Kleintierpraxis am Deich, Husum", "Anneliese"),
])
def test_snippet_names(paste, first):
    assert profile_meant(paste, "x").first_name == first


def test_employer_above_the_title_in_experience():
    paste = ("Björn-Ole Ramström\n· 2nd\nMillwright | Restoring historic windmills on Öland\nExperience\n"
             "Ramström Kvarnbygge\nOwner\nJan 1999 - Present · 26 yrs\n")
    assert profile_meant(paste, "same field").company == "Ramström Kvarnbygge"


def _ctx(reason: str, language: str = "en", name: str = "Priya Raman") -> CheckContext:
    """A check's context for ``reason`` to a profile that is only ``name``."""
    return CheckContext(profile=Profile(name=name, first_name=name.split()[0]), profile_text=name, reason=reason,
                        sender=None, limit=300, language=language)


@pytest.mark.parametrize("reason,note,bad", [
    ("saw ur post", "Hi Priya, I saw your post and it was really helpful. Glad to connect.", True),
    ("saw ur post abt erosion", "Hi Priya, I saw your post about erosion. It was really interesting and helpful.", True),
    ("potential client", "Hi Priya, thanks for the recommendation. I'd be glad to connect.", True),
    ("potential client", "Hi Priya, I'm here to help you out with any questions or concerns you may have.", True),
    ("loved ur post, so helpful", "Hi Priya, I loved your post and it was really helpful.", False),
    ("saw ur post", "Hi Priya, I saw your post. I'd be glad to connect.", False),
    ("saw ur post abt erosion", "Hi Priya, I saw your post about erosion. It's fascinating and I'd love to connect.", True),
])
def test_invented_feeling(reason, note, bad):
    assert bool(invented_feeling(_ctx(reason), note)) is bad


@pytest.mark.parametrize("reason,said", [
    ("ela postou sobre alinhadores em pacientes com fissura, sou ortodontista em recife. trata por você",
     "vi sua publicação sobre alinhadores em pacientes com fissura, sou ortodontista em Recife."),
    ("she posted about tidal turbines, im an engineer", "I saw your post about tidal turbines. I'm an engineer"),
    ("we were both on the panel in rotorua. mention his point about lidar under pine canopy and ground classification",
     "we were both on the panel in Rotorua. I'd love to talk about your point about lidar under pine canopy and ground "
     "classification"),
])
def test_told_round_two(reason, said):
    from connote.text.language import detect_language
    assert told(reason, detect_language(reason), ANNA) == said


def test_german_and_dutch_sign_offs_with_only():
    assert sign_off("bitte siezen und unterschreib nur mit Jonas", None) == "Jonas"
    assert sign_off("onderteken alleen met Sanne", None) == "Sanne"


@pytest.mark.parametrize("paste,first", [
    ('Jonah "Rig" Okafor-Brandt\n· 2nd\nHead Rigger & Aerial Safety Consultant | Cirque Nomade', "Jonah"),
    ('Robert "Bobby" Fields\nBackend engineer at Acme', "Bobby"),
    ('Daniel "Dan" Berg\nDancer at Ballet X', "Dan"),
    ("S. Takahashi | Cable Route Engineer | Pacific Subsea Telecom KK", None),
])
def test_nicknames_and_initials(paste, first):
    assert profile_meant(paste, "x").first_name == first


def test_the_sign_off_name_is_no_specific_of_the_reason():
    from connote.checks.rules.says_reason import says_reason
    ctx = _ctx("met him at interferry in tallinn, he gave the talk on battery ferries. sign off as just 'Maeve'",
               name="Eirik Dahl")
    assert says_reason(ctx, "Hi Eirik, I met you at Interferry in Tallinn, and you gave the talk on battery ferries. "
                            "I'd be glad to connect.") is None


@pytest.mark.parametrize("reason,most", [
    ("same field. 2-3 sentences, ask about her workflow", 3), ("max two sentences pls", 2),
    ("three sentences tops", 3), ("hou het bij twee zinnen", 2), ("keep it to one line", None), ("we met in 2019, 2 of us from the lab", None),
])
def test_most_sentences(reason, most):
    from connote.prompting.note_form import most_sentences
    assert most_sentences(reason) == most


def test_a_note_longer_than_the_sentences_asked_fails():
    from connote.checks.rules.fits_limit import fits_limit
    ctx = _ctx("same field, i do paper conservation. 2-3 sentences", name="Inés Vidal")
    assert fits_limit(ctx, "Hi Inés, we're in the same field. I do paper conservation. I'd love to hear about your "
                           "workflow. Would you be open to connecting?")
    assert fits_limit(ctx, "Hi Inés, we're in the same field. I do paper conservation. Would you be open to "
                           "connecting?") is None


def test_no_exclamation_marks_leaves_no_space_before_the_stop():
    from connote.prompting.note_form import calmed
    assert calmed("Bonjour Clémence ! Vu votre post. Bonne journée !", "pas de point d'exclamation") == \
        "Bonjour Clémence. Vu votre post. Bonne journée."


def test_spanish_la_vi_and_a_table_that_is_no_city():
    assert told("la vi en la feria de café, estuvo en la mesa de cata de la cooperativa", "es", ANNA) == \
        "coincidimos en la feria de café, estuvo en la mesa de cata de la cooperativa"


def test_her_role_in_her_form():
    from connote.prompting.agreement import her_role
    assert her_role("Bonjour Hugo, vu votre post, je suis artificier aussi.", "je suis artificière aussi", "fr") == \
        "Bonjour Hugo, vu votre post, je suis artificière aussi."
    assert her_role("Olá, sou viticultor no Douro.", "sou viticultora no douro", "pt") == "Olá, sou viticultora no Douro."
    assert her_role("Je suis artificier.", "je suis artificier", "fr") == "Je suis artificier."


@pytest.mark.parametrize("reason,note,language,bad", [
    ("lavoro anch'io sui sopratitoli", "Ciao Giulia, lavoro anch'io sui sopratitoli. Mi piace molto.", "it", True),
    ("vi su post sobre logística", "Hola Nerea, vi tu post sobre logística y me resultó muy útil.", "es", True),
    ("hab seinen artikel gelesen", "Hallo Lukas, ich habe Ihren Artikel gelesen und fand ihn sehr spannend.", "de", True),
    ("hab seinen artikel gelesen, super spannend", "Hallo Lukas, ich habe Ihren Artikel gelesen und fand ihn sehr "
                                                  "spannend.", "de", False),
    ("j'ai vu son post, boulot incroyable", "Bonjour Clémence, j'ai vu votre post. C'est vraiment passionnant.", "fr", False),
])
def test_invented_feeling_in_other_languages(reason, note, language, bad):
    ctx = _ctx(reason, language, name="Anna Berg")
    assert bool(invented_feeling(ctx, note)) is bad


@pytest.mark.parametrize("name,first", [
    ("M. Okonkwo-Hale, CPO", None), ("Dr. Okonkwo", None), ("Dr. Amelia Hart, PhD", "Amelia"), ("M. Jean Dupont", "Jean"),
])
def test_a_family_name_after_a_title_greets_no_one(name, first):
    from connote.paste.names import greeting_name
    assert greeting_name(name) == first


@pytest.mark.parametrize("reason,said", [
    ("la conocí en el congreso. usa tú, nada de usted, y pregúntale si comparte el protocolo",
     "nos conocimos en el congreso. ¿Compartes el protocolo?"),
    ("huge fan of his play by play. i produce a small league broadcast in ohio and would love to connect",
     "I'm a huge fan of your play by play. I produce a small league broadcast in Ohio"),
    ("we ship timber every week, potential customer for them. ask if they have capacity",
     "we ship timber every week. Do you have capacity?"),
])
def test_told_round_three(reason, said):
    from connote.text.language import detect_language
    assert told(reason, detect_language(reason), ANNA) == said


def test_an_invented_discussion_fails():
    from connote.checks.rules.invents_nothing import invents_nothing
    ctx = _ctx("met at IAAI conf", name="Deb Lund")
    assert invents_nothing(ctx, "Hi Deb, we met at the IAAI conference and had a great discussion about your experience.")
    assert invents_nothing(ctx, "Hi Deb, we met at the IAAI conference. I'd be glad to connect.") is None


def test_one_sentence_asked_allows_a_short_note_and_reconnect_is_a_closing():
    from connote.checks.rules.fits_limit import fits_limit
    from connote.drafting.variations import with_added_closing
    ctx = _ctx("potential client, we make reversible jet fans. one sentence only", name="Henrik Ask")
    assert fits_limit(ctx, "Hi Henrik, we make reversible jet fans.") is None
    assert with_added_closing("Hi Aroha, we met at the expo, it would be great to reconnect.", "en", []) == \
        "Hi Aroha, we met at the expo, it would be great to reconnect. Thanks!"  # "reconnect" asks: a thanks after it


@pytest.mark.parametrize("reason,said", [
    ("we met at the cold chain summit. remind her we talked about reefer plugs",
     "we met at the Cold Chain Summit. We talked about reefer plugs"),
    ("we're hiring a lead diver. highlight that its fully remote for the planning part",
     "we're hiring a lead diver. It's fully remote for the planning part"),
    ("i run a bakery. stress that we only need 20kg a week", "I run a bakery. We only need 20kg a week"),
    ("saw his talk on pile driving. frame it as peer to peer, not a pitch", "I saw your talk on pile driving."),
])
def test_what_the_writer_is_told_to_stress_is_said(reason, said):
    assert told(reason, "en", ANNA) == said


@pytest.mark.parametrize("reason,note,language,bad", [
    ("hab dein video über hopfenstopfen gesehen, bin selber brauer in freiburg",
     "Hallo Jürgen, ich hab dein Video über Hopfenstopfen gesehen, ich bin selber Brauer in Freiburg. Meine Familie und "
     "ich haben viel Spaß mit der Gärung.", "de", True),
    ("potential client", "Hi Dwayne, I'd like to follow your work. I'm interested in learning more about your role and "
                         "how you can help me.", "en", True),
    ("zelfde opleiding als ik", "Hoi Ingeborg, we hebben dezelfde opleiding gedaan. Ik ben er zeker van dat we het over "
                                "een interessante onderwerp hebben overlegd.", "nl", True),
    ("saw their post about hiring field technicians", "Hi there, your post about hiring field technicians caught my eye. "
                                                      "Wishing you luck with the search, and I'd be glad to connect.", "en", False),
    ("recruiting for a planner role", "Hi Aoife, I'm recruiting for a planner role. Would you be interested in having a "
                                      "chat?", "en", False),
    ("same field, i do load ratings on old steel trusses", "Hi Adebisi, we're in the same field. I do load ratings on "
                                                           "old steel trusses.", "en", False),
])
def test_a_sentence_the_reason_does_not_give(reason, note, language, bad):
    from connote.checks.rules.invented_details import invented_sentence
    ctx = _ctx(reason, language, name="Anna Berg")
    assert bool(invented_sentence(ctx, note)) is bad


def test_checks_of_the_dev_rerun():
    from connote.checks.rules.keeps_instructions_out import keeps_instructions_out
    from connote.checks.rules.says_reason import says_reason
    from connote.checks.rules.speaks_to_you import speaks_to_you

    def ctx(reason: str, language: str = "en") -> CheckContext:
        return _ctx(reason, language, name="Sanne Bos")

    assert keeps_instructions_out(ctx("recruiter here, i'm hiring harbour pilots. be upfront that i'm a recruiter"),
                                  "Hi Sanne, I'm a recruiter. I'm hiring harbour pilots. Glad to connect.") is None
    assert says_reason(ctx("potential client"), "Hi Sanne, I'd like to follow your work. Glad to connect.") is None
    assert speaks_to_you(ctx("ik zoek een dijkinspecteur. graag u-vorm", "nl"),
                         "Beste Sanne, ik zoek een dijkinspecteur. Staat u open voor een kort gesprek?") is None


def test_a_label_clause_is_not_a_part_of_the_reason_left_out():
    from connote.checks.rules.says_reason import says_reason
    ctx = _ctx("potential partner, we build solar vaccine fridges for rural clinics", name="Marguerite Ade")
    assert says_reason(ctx, "Hi Marguerite, we build solar vaccine fridges for rural clinics. Glad to connect.") is None


@pytest.mark.parametrize("reason,said", [
    ("still hiring?", "Are you still hiring?"),
    ("her unit bought our chairs. want to check in on how theyre holding up + any feedback",
     "your unit bought our chairs. I'd like to check in on how they're holding up and any feedback"),
    ("she's the voice of price reform, followed her for yrs",
     "I see you're the voice of price reform, and I've followed you for years"),
    ("i start as a marine pilot trainee under him in june", "I'm starting as a marine pilot trainee under you in June"),
    ("mutual friend w/ thandi ngubane", "We're both friends with Thandi Ngubane"),
])
def test_told_round_four(reason, said):
    assert told(reason, "en", ANNA) == said


@pytest.mark.parametrize("reason,language,said", [
    ("hab ihn beim orgeltag getroffen. bitte duzen, hat er angeboten. meine firma bitte nicht erwähnen", "de",
     "ich hab dich beim Orgeltag getroffen."),
    ("sucht ihr noch dialyse pflegekräfte? hab 4 jahre erfahrung", "de",
     "suchen Sie noch Dialyse Pflegekräfte? ich hab 4 Jahre Erfahrung"),
    ("ho ascoltato la puntata del suo podcast, molto utile. citala pure. dalle del lei", "it",
     "ho ascoltato la puntata del suo podcast, molto utile."),
    ("ik ben boswachter bij sbb in drenthe. hij noemt zich wout, gebruik dat", "nl", "ik ben boswachter bij SBB in Drenthe."),
    ("trabalho com geotecnia, mt bom. nao fales do meu emprego atual", "pt", "trabalho com geotecnia, muito bom."),
    ("quiero presentarme y felicitarla. tuteala", "es", "quiero presentarme y felicitarte."),
    ("notre eglise veut refondre 2 cloches, c lui le commercial de la fonderie. demande un rdv", "fr",
     "notre église veut refondre 2 cloches, vous êtes le commercial de la fonderie. serait-il possible de convenir d'un "
     "rendez-vous ?"),
    ("on bosse dans le meme domaine, je suis avocat a marseille. vouvoiement svp", "fr",
     "nous travaillons dans le même domaine, je suis avocat à Marseille."),
    ("o Rafael me indicou vc, queria trocar uma ideia sobre varroa", "pt",
     "o Rafael me indicou você, queria trocar uma ideia sobre varroa"),
])
def test_told_round_four_other_languages(reason, language, said):
    assert told(reason, language, ANNA) == said


def test_greeting_name_told_and_length_asked():
    from connote.checks.rules.fits_limit import fits_limit
    from connote.prompting.note_form import addressed_as, most_chars
    assert addressed_as("mesma area, sou piloto de drone. pode chamar de Graça. curtinho pfv") == "Graça"
    assert most_chars("keep it under 200 chars") == 200 and most_chars("we met in 2019") is None
    ctx = _ctx("met her at the symposium. keep it under 200 chars", name="Bex Hart")
    assert fits_limit(ctx, "Hi Bex, " + "we met at the symposium and I'd like to stay in touch. " * 4)


@pytest.mark.parametrize("paste,first", [
    ("RECRUITER – Siobhán Ní Bhriain | Talent Partner, Offshore Wind @ Hibernia Wind Careers | Cork, Ireland", "Siobhán"),
    ("DI MAURO, Francesca · Interprete giudiziaria presso Tribunale di Palermo", "Francesca"),
    ("van der Merwe, Pieter-Jan (PJ) | Wildlife Veterinarian | Kruger National Park", "PJ"),
    ("Jean-Baptiste N'Diaye — Accordeur de pianos | Chaîne YouTube « La Note Juste » (48 k abonnés) | Bordeaux · 2e",
     "Jean-Baptiste"),
    ('ROBERT "BOB" SMITH | Plumber', "Bob"),
])
def test_snippet_names_of_set_34(paste, first):
    assert profile_meant(paste, "x").first_name == first


@pytest.mark.parametrize("reason,language,said", [
    ("same work as him, bird control w falcons at the aarhus landfill", "en",
     "We do the same work. I do bird control with falcons at the Aarhus landfill"),
    ("might need our humidity ctrl", "en", "You might need our humidity control"),
    ("mutual w/ prof sato", "en", "We're both connected to Prof Sato"),
    ("colega del mundo del te, conectemos", "es", "yo también soy del mundo del te"),
    ("can u keep it casual, call him venky. anjali said you're the guy for relay retrofits", "en",
     "Anjali said you're the guy for relay retrofits"),
])
def test_told_round_five(reason, language, said):
    assert told(reason, language, ANNA) == said


def test_hiring_asked_then_their_work_and_the_school_of_an_alum():
    assert told("hiring?", "en", ANNA) == "Are you hiring? I'd like to follow your work as an engineer at Acme"
    profile = ANNA.model_copy(update={"education": ["Colorado School of Mines — BS, Mining Engineering"]})
    assert told("fellow alum lol", "en", profile) == "I'm a fellow Colorado School of Mines alum"


@pytest.mark.parametrize("text,language", [
    ("mutual w/ prof sato", "en"), ("stesso settore, droni in vigna. dalle del tu", "it"),
])
def test_language_of_short_reasons(text, language):
    from connote.text.language import detect_language
    assert detect_language(text) == language
