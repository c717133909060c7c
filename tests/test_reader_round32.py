"""Faults a blind reader found in set 36 (read on 239cf1a) and, again, in sets 34-35: "Surname, Given · 2nd" snippets
("Van der Berg, Anneke", "Lee, Min-jun (이민준)", "Ferreira, Ana Luísa"), a name last before its degree, a person's
page whose About counts "140 employés" (not a company page), a headline's later segment that is a field or a place
taken for the employer ("… | Moorfields Eye Hospital NHS FT | London"), "your work as Glassblower & Gaffer at …",
names the profile or the sender's firm capitalises ("LINZ", "Tibbitt–Contwoyto", "Arctic Haul"), "just networkin",
"conect?", "cool craft", "jose said connect", "new job, hes my boss", "…, gave me chills", "ask for nothing, just say
thank you", "tom formal mas curto", a Spanish "ex alumno … saludar" read as Dutch, Dutch "zag dat hij …", French
"c'est ma future patronne", Spanish and Italian "…, es mi futura jefa" / "è il mio nuovo capo"."""

from __future__ import annotations

import pytest

from connote.paste import parse_profile, profile_meant
from connote.prompting.casing import as_the_profile_writes, senders_firm
from connote.prompting.instructions import without_instructions
from connote.prompting.reasons import their_work, told
from connote.schema import Profile
from connote.text.language import detect_language

ANNA = Profile(name="Anna Berg", first_name="Anna", headline="Engineer at Acme", role="Engineer", company="Acme")


@pytest.mark.parametrize("paste,first", [
    ("Van der Berg, Anneke · 2nd\nHead Cartographer at Kadaster | Topographic mapping – NL\nConnect", "Anneke"),
    ("van der Berg, Anneke · 2nd", "Anneke"),
    ("Berg, Anneke · 2nd", "Anneke"),
    ("Lee, Min-jun (이민준) · Master Hanji Papermaker · Jeonju Hanji Museum", "Min-jun"),
    ("Ferreira, Ana Luísa · 2nd\nDiretora de Operações | Transtejo Soflusa – Ferries do Tejo | Lisboa", "Ana Luísa"),
    ("van der Merwe, Pieter-Jan (PJ) · 2nd", "PJ"),
    ("Recrutement – Chargée de talents | SNCF Réseau | Aiguillage & caténaires · Mélanie N'Diaye · 2e", "Mélanie"),
    ("Accueil  Réseau  Emplois\n\nGeneviève Tremblay-Ouellet · 2e\nDirectrice des opérations – Traverses du Saguenay\n"
     "Infos\nMa mission : que les traversiers roulent 24 h sur 24, 365 jours par année. 140 employés, 2 navires.",
     "Geneviève"),
    ("Berlin, Germany · 500+ connections", None),
    ("Leeds, England · 2nd", None),
])
def test_snippet_names(paste, first):
    assert parse_profile(paste).first_name == first


@pytest.mark.parametrize("headline,company", [
    ("Consultant Orthoptist | Moorfields Eye Hospital NHS FT | London", "Moorfields Eye Hospital NHS FT"),
    ("Ops Lead – Vineyard Drone Spraying | SkyVine Ag Services | Barossa Valley, SA", "SkyVine Ag Services"),
    ("Structural Engineer | Kraków", None),
    ("Master Thatcher | Water reed & heather roofs | O'Sullivan Thatching | Co. Antrim", "O'Sullivan Thatching"),
    ("Head of Intermodal Sales – Central & Northern Europe", None),
    ("Ingeniero de minas · Codelco División El Teniente · Universidad de Chile", "Codelco División El Teniente"),
])
def test_employer_among_headline_segments(headline, company):
    assert parse_profile(f"Kim Lee\n{headline}").company == company


def test_a_card_on_a_company_page_works_there():
    page = ("Hydrosurvey Austral SpA\nServicios de hidrografía y batimetría · Valparaíso, Chile · 2.310 seguidores · "
            "51-200 empleados\nSeguir   Mensaje   Más\nInicio   Acerca de   Publicaciones   Empleos   Personas\nPersonas\n"
            "Valentina Riquelme Osses · 2º\nJefa de Batimetría Multihaz | Hidrógrafa Cat. A\nConectar\n"
            "Matías Ahumada · 2º\nGerente General en Hydrosurvey Austral\nConectar\n")
    meant = profile_meant(page, "quiero conectar con Valentina, la jefa de batimetría")
    assert (meant.first_name, meant.company) == ("Valentina", "Hydrosurvey Austral SpA")


@pytest.mark.parametrize("role,company,work", [
    ("Glassblower & Gaffer", "Kosta Glasbruk", "your work as a glassblower & gaffer at Kosta Glasbruk"),
    ("Consultant Orthoptist", "Moorfields", "your work as a consultant orthoptist at Moorfields"),
    ("Head Cartographer", "Kadaster", "your work as Head Cartographer at Kadaster"),
    ("English Teacher", "Lingua", "your work as an English Teacher at Lingua"),
])
def test_their_work_as_a_kind(role, company, work):
    assert their_work(Profile(name="Kim Lee", first_name="Kim", role=role, company=company), "en") == work


@pytest.mark.parametrize("text,profile,sender,cased", [
    ("you're at linz doing chart updates", Profile(headline="Hydrographic Surveyor at Land Information NZ (LINZ)"),
     None, "you're at LINZ doing chart updates"),
    ("I'm at arctic haul", ANNA, "Marc Tremblay, dispatcher at Arctic Haul", "I'm at Arctic Haul"),
    ("the isle of halla", Profile(headline="MASTER OF THE ISLE OF HALLA FERRY"), None, "the isle of halla"),
    ("I'm a marine pilot", ANNA, "Sipho Dube, Marine Pilot at Transnet", "I'm a marine pilot"),
])
def test_cased_like_the_profile_and_the_senders_firm(text, profile, sender, cased):
    assert as_the_profile_writes(text, profile, "en", sender) == cased


def test_senders_firm():
    assert senders_firm("Fraser Mackie, taxidermist at The Hunterian") == "The Hunterian"
    assert senders_firm("Fraser Mackie") is None


@pytest.mark.parametrize("reason,profile,said", [
    ("just networkin", Profile(name="Alinta Watson", first_name="Alinta", role="Senior Indigenous Ranger"),
     "I'd like to follow your work as a senior indigenous ranger"),
    ("conect?", Profile(name="Farida Yusupova", first_name="Farida", role="Felt maker"),
     "I'd like to follow your work as a felt maker"),
    ("cool craft, connect pls", Profile(name="Haruto Nakamura", first_name="Haruto", role="Tatami craftsman"),
     "I really like your craft, and I'd like to follow your work as a tatami craftsman"),
    ("jose from guild said connect", ANNA, "Jose from guild suggested I reach out"),
    ("new job, hes my boss", ANNA, "I'm starting a new job. You're my boss"),
    ("read her post about the last keepers, gave me chills", ANNA,
     "I read your post about the last keepers, and it gave me chills"),
    ("she built the program, im an apprentice there. ask for nothing, just say thank you", ANNA,
     "you built the program. I'm an apprentice there. Thank you"),
    ("he mentored me years ago. no ask, just want to say thank you", ANNA,
     "you mentored me years ago. I just want to say thank you"),
    ("heard you on the podcast talkin about onboarding, so good", ANNA,
     "I heard you on the podcast talking about onboarding. It was so good"),
])
def test_told_english(reason, profile, said):
    assert told(reason, "en", profile) == said


@pytest.mark.parametrize("reason,language,said", [
    ("zag dat hij ook met drones de dijken inspecteert, wil ervaringen uitwisselen", "nl",
     "ik zag dat je ook met drones de dijken inspecteert, ik wil ervaringen uitwisselen"),
    ("ik weet dat hij veel ervaring heeft met sluizen", "nl", "ik weet dat je veel ervaring hebt met sluizen"),
    ("ik wil weten hoe zij dat op grotere schaal doen", "nl", "ik wil weten hoe zij dat op grotere schaal doen"),
    ("mijn collega zei dat hij goed is", "nl", "mijn collega zei dat hij goed is"),
    ("je commence lundi dans son équipe, c'est ma future patronne", "fr",
     "je commence lundi dans votre équipe, vous êtes ma future patronne"),
    ("c'est génial", "fr", "c'est génial"),
    ("empiezo en marzo, es mi futura jefa", "es", "empiezo en marzo, usted es mi futura jefa"),
    ("es importante para mi", "es", "es importante para mi"),
    ("comincio a marzo, è il mio nuovo capo", "it", "comincio a marzo, Lei è il mio nuovo capo"),
    ("vou começar em março na frota dela, queria me apresentar antes. tom formal mas curto", "pt",
     "vou começar em março na sua frota, queria me apresentar antes."),
])
def test_told_other_languages(reason, language, said):
    assert told(reason, language, ANNA) == said


@pytest.mark.parametrize("reason,kept", [
    ("vou começar em março. tom formal mas curto", "vou começar em março."),
    ("je commence en mars. ton cordial et bref", "je commence en mars."),
    ("loved ton stand at the fair", "loved ton stand at the fair"),
])
def test_tone_instructions(reason, kept):
    assert without_instructions(reason, all_dropped="") == kept


@pytest.mark.parametrize("reason,language", [
    ("ex alumno u de chile, saludar", "es"),
    ("zag dat ze een post schreef over dijken", "nl"),
])
def test_language(reason, language):
    assert detect_language(reason) == language


@pytest.mark.parametrize("paste,first", [
    ("Arabic Calligrapher & Type Designer — Abdelhadi El Amrani Benjelloun — Atelier Midad, Fès", "Abdelhadi"),
    ("Chief Medical Officer – Dr. Kofi Ansah-Mensah MBChB MPH – Nkosi Telehealth", "Kofi"),
    ("Kowalczyk, Agnieszka\nTalent Acquisition Lead – Rail Signalling @ Siemens Mobility\nWarsaw, Masovian · 2nd", "Agnieszka"),
    ("Jackson, Maria", None),  # (a city's name first: a place as likely as a surname)
])
def test_more_name_lines(paste, first):
    assert parse_profile(paste).first_name == first


@pytest.mark.parametrize("reason,language,said", [
    ("cherche poste aiguilleur, candidature envoyée", "fr", "je cherche un poste d'aiguilleur, j'ai envoyé ma candidature"),
    ("j'ai vu votre post, suis aussi conductrice", "fr", "j'ai vu votre post, je suis aussi conductrice"),
    ("la conocí en el concurso el sábado. quiero proponerle venderlo en mi tienda pero no lo digas todavía, solo conectar",
     "es", "nos conocimos en el concurso el sábado."),
    ("ich fang im april bei ihr an. bei uns duzt man sich eh", "de", "ich fang im April bei dir an."),
    ("starting as her deputy in march, its not public yet so dont say that. just a friendly hi before i start", "en",
     "just a friendly hi before I start"),
    ("bewundere echt wie er den familienbetrieb umgestellt hat ohne leute zu entlassen", "de",
     "ich bewundere echt wie Sie den Familienbetrieb umgestellt haben ohne Leute zu entlassen"),
    ("saw ur talk at RW conf", "en", "I saw your talk at the RW conference"),
    ("customer — we make the crawler cameras his team uses", "en", "We make the crawler cameras your team uses"),
    ("hes scouting aerialists, im a trapeze artist. dont attach anything just say hi and that my reel is on my profile",
     "en", "you're scouting aerialists. I'm a trapeze artist. My reel is on my profile"),
    ("im a lampist too, theres like 6 of us in the country", "en",
     "I'm a lampist too, there's like 6 of us in the country"),
])
def test_told_more(reason, language, said):
    assert told(reason, language, ANNA) == said


def test_the_formal_german_greeting_names_the_whole_name():
    from connote.prompting.build import opener
    ulrike = parse_profile("Lindner, Ulrike – Leitung Einkauf | Deutscher Imkerbund e.V. · 2.")
    assert opener(ulrike, "de", 0, True) == "Guten Tag Ulrike Lindner,"
    assert opener(ulrike, "de", 0, False) == "Hallo Ulrike,"
    shouted = parse_profile("DR. MARTIN KESSLER-HAUPT – Glockengießermeister @ Glockengießerei Bachert")
    assert opener(shouted, "de", 0, True) == "Guten Tag Herr Dr. Kessler-Haupt,"  # a "-meister": Herr (salutation)


def test_the_date_left_out_not_the_interview():
    said = told("interviewing w/ her next tues for the conservator role, want to connect before. dont mention the "
                "interview date", "en", ANNA)
    assert said == "I'm interviewing with you for the conservator role, and I'd like to connect beforehand."


def test_profa_is_a_title_and_trata_a_por_professora_is_for_the_writer():
    profile = parse_profile("Profª Dra. Maria da Conceição Figueiredo · 2º\nConservadora-restauradora | Museu Nacional")
    assert profile.first_name == "Maria"
    said = told("tambem fiz o mestrado na nova fct (2016). trata-a por professora", "pt", profile)
    assert "professora" not in said.lower()


@pytest.mark.parametrize("raw,done", [
    ("Hi Bart, I'm also a lampist too (cape cod), and it would be good.", "Hi Bart, I'm a lampist too (cape cod), and it would be good."),
    ("Hi Ana, I also work in tax too.", "Hi Ana, I work in tax too."),
    ("Hi Ana, I also engrave glass.", "Hi Ana, I also engrave glass."),
])
def test_also_and_too_say_it_once(raw, done):
    from connote.drafting.finishing import finish
    assert finish(raw, 300) == done
