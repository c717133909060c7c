"""Word lists the checks share: abbreviations, words that say nothing specific, concepts, job words, shorthand."""

from __future__ import annotations

import re

from ..paste import (
    JOB_WORDS,
)
from ..text.folding import fold
from ..text.language import FUNCTION_WORDS

ABBREVIATIONS = {
    "uni": ("university", "universitat", "universite", "universidad", "universidade", "universita"),
    "dev": ("developer", "development", "developers"), "devs": ("developers",), "mgr": ("manager",),
    "eng": ("engineer", "engineering", "engineers"), "pm": ("product manager", "project manager"),
    "sre": ("site reliability engineer",), "recruiter": ("recruiting",), "ds": ("data scientist",),
    "conf": ("conference",), "dept": ("department",),
    "intl": ("international",), "mgmt": ("management",), "govt": ("government",), "pod": ("podcast",),
    "ep": ("episode",), "prez": ("presentation",), "preso": ("presentation",), "convo": ("conversation",),
    "ml": ("machine learning",), "ai": ("artificial intelligence",), "ux": ("user experience",),
    "cs": ("computer science",), "sf": ("san francisco",), "nyc": ("new york",), "la": ("los angeles",),
    "uk": ("united kingdom", "britain"), "us": ("united states", "america"), "usa": ("united states", "america"),
}
EXPANSIONS = {}
for _abbr, _full in ABBREVIATIONS.items():
    for _f in _full:
        for _w in _f.split():
            EXPANSIONS.setdefault(_w, set()).add(_abbr)


GENERIC_WORDS = {
    # verbs and fillers that don't say *what* the reason is
    "heard", "hear", "saw", "see", "seen", "read", "met", "meet", "meeting", "liked", "like", "loved", "love",
    "want", "wanted", "wanna", "would", "connect", "connecting", "really", "great", "super", "cool", "nice",
    "interesting", "awesome", "amazing", "good", "person", "guy", "girl", "lady", "stuff", "thing", "things",
    "know", "think", "follow", "following", "just", "also", "very", "much", "some", "about", "from", "with",
    "that", "this", "there", "their", "they", "them", "her", "his", "him", "she", "and", "the", "for", "was",
    "were", "have", "has", "had", "been", "will", "next", "last", "time", "maybe", "perhaps", "because",
    "since", "lol", "tbh", "imo", "esp", "especially", "like", "enjoyed", "enjoy", "fan", "big", "huge",
    "her's", "via", "re", "thru", "through", "into", "onto", "your", "you", "our", "out", "get", "got",
    "listened", "listen", "watched", "watch", "found", "find", "came", "come", "across", "one", "ones",
    "recently", "today", "yesterday", "ago", "week", "month", "year", "someone", "somebody", "people",
    "section", "profile", "bio", "summary", "headline", "page", "linkedin", "feed", "system", "systems",
    "both", "used", "use", "different", "same", "similar", "fait", "faire", "meme",
    "approach", "process", "project", "idea", "ideas", "topic", "thoughts", "take", "stuff", "piece",
    "hab", "habe", "ich", "ihr", "ihre", "ihren", "seine", "seinen", "sein", "gehort", "gelesen", "gesehen",
    "getroffen", "spannend", "toll", "super", "gerne", "mochte", "uber", "auch", "sehr", "wirklich", "und",
    "der", "die", "das", "den", "dem", "ein", "eine", "einen", "mit", "von", "auf", "bei", "beim", "zum",
    "j'ai", "son", "sa", "ses", "les", "des", "une", "pour", "avec", "sur", "aux", "ecoute", "lu", "vu",
    "aime", "rencontre", "tres", "vraiment", "los", "las", "con", "por", "para", "una", "escuche", "lei",
    "vi", "conoci", "sobre", "muy", "dela", "dele", "ouvi", "li", "conheci", "muito", "della", "sulla",
    "sul", "suo", "sua", "letto", "sentito", "visto", "conosciuto", "molto", "heb", "haar", "zijn", "zag",
    "gezien", "gehoord", "gelezen", "ontmoet", "echt", "rencontre", "rencontree", "rencontres", "rencontrees",
    "conoci", "conocimos", "conheci", "conhecemos", "conosciuto", "conosciuta", "incontrato", "incontrata",
    "kennengelernt", "getroffen", "gesprochen", "ecoutee", "entendu", "lue", "interviewing", "meeting",
}


CONCEPTS = [
    {"podcast", "pod", "episode", "ep", "show", "folge", "episode", "episodio", "puntata", "aflevering",
     "подкаст", "выпуск", "播客", "ポッドキャスト"},
    {"talk", "keynote", "presentation", "preso", "session", "speech", "lecture", "panel", "vortrag", "rede",
     "conference talk", "intervention", "charla", "ponencia", "palestra", "intervento", "lezing",
     "presentatie", "доклад", "выступление", "演讲", "講演"},
    {"article", "post", "blog", "piece", "essay", "write-up", "writeup", "newsletter", "artikel", "beitrag",
     "artículo", "articulo", "artigo", "articolo", "статья", "статью", "пост", "texto", "text", "thread"},
    {"meetup", "event", "conference", "conf", "summit", "workshop", "hackathon", "treffen", "veranstaltung",
     "konferenz", "evenement", "conférence", "conference", "evento", "conferencia", "conferência",
     "conferenza", "evenement", "conferentie", "конференция", "конференции", "митап", "митапе", "salon",
     "foro", "forum", "meet-up"},
    {"video", "vid", "youtube", "webinar", "livestream", "stream"},
    {"colleague", "coworker", "co-worker", "ex-colleague", "kollege", "kollegin", "collegue", "companero",
     "companera", "colega", "collega", "коллега", "teammate"},
    {"school", "university", "uni", "college", "alma", "alumni", "alum", "alumnus", "alumna", "classmate",
     "universitat", "universite", "universidad", "universidade", "universita"},
    {"friend", "mutual", "buddy", "freund", "freundin", "ami", "amie", "amigo", "amiga", "amico", "amica",
     "vriend", "друг", "подруга"},
    {"interview", "interviewing", "vorstellungsgesprach", "entretien", "entrevista", "colloquio",
     "собеседование"},
    {"hiring", "job", "role", "position", "opening", "vacancy", "stelle", "poste", "vacante", "vaga",
     "posizione", "вакансия"},
    {"book", "buch", "livre", "libro", "livro", "книга", "книгу"},
    {"course", "class", "workshop", "bootcamp", "kurs", "cours", "curso", "corso"},
]
CONCEPT_OF = {}
for _i, _group in enumerate(CONCEPTS):
    for _w in _group:
        CONCEPT_OF.setdefault(fold(_w), _i)


ALL_FUNCTION_WORDS = set().union(*FUNCTION_WORDS.values())


CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")


ALWAYS_OK_CAPS = {
    "i", "i'm", "i'd", "i've", "i'll", "linkedin", "ai", "ml", "ux", "ui", "hr", "it", "phd", "mba", "ceo",
    "cto", "cfo", "coo", "cmo", "vp", "ok", "okay", "pm", "am", "q&a", "b2b", "b2c", "saas", "api", "apis",
    "faq", "tv", "pr", "ps", "p.s", "mr", "mrs", "ms", "dr", "prof", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "english", "german", "french",
    "spanish", "portuguese", "italian", "dutch", "polish", "swedish", "russian", "ukrainian", "chinese",
    "japanese", "korean", "european", "american", "british", "internet", "christmas", "easter", "ramadan",
    "diwali", "covid", "google", "zoom",  # ubiquitous nouns people capitalize
    # polite forms written with a capital letter
    "sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "vous", "votre", "vos", "usted", "ustedes",
    "lei", "le", "la", "suo", "sua", "suoi", "sue", "u", "uw", "pan", "pani", "вы", "вас", "вам", "вами",
    "ваш", "ваша", "ваше", "ваши", "вашего", "вашей", "вашу", "вашим", "ваших", "вашем", "ви", "ваші",
    "вашої", "вашій",
}


ROLE_WORDS = {w for w in JOB_WORDS if len(w) > 2 and w.isalpha() and w not in {
    "and", "for", "the", "with", "about", "experience", "education", "activity", "skills", "message",
    "follow", "connect", "more", "looking", "seeking", "open", "passionate", "helping", "building", "people",
    "team", "group", "company", "board", "member", "global", "digital", "services", "solutions", "health",
    "healthcare", "finance", "tech", "technology", "web", "mobile", "cloud", "security", "data", "product",
    "design", "development", "management", "marketing", "sales", "research", "operations", "talent",
    "recruiting", "consulting", "engineering", "university", "school", "college", "institute", "hospital",
    "bank", "labs", "agency", "studio", "former", "retired", "hiring", "aspiring", "certified", "licensed",
    "chez", "bei", "presso", "expert", "volunteer", "speaker"}} | {
    "sre", "pm", "designer", "ingenieurin", "entwicklerin", "beraterin", "berater", "studentin",
    "étudiant", "étudiante", "développeur", "développeuse", "fondateur", "fondatrice", "consultante",
    "ingeniero", "ingeniera", "desarrollador", "desarrolladora", "fundador", "fundadora", "directora",
    "director", "estudiante", "consultor", "consultora", "analista", "engenheiro", "engenheira",
    "desenvolvedor", "desenvolvedora", "diretor", "diretora", "estudante", "ingegnere", "sviluppatore",
    "sviluppatrice", "fondatore", "fondatrice", "direttore", "direttrice", "studente", "studentessa",
    "programmer", "marketer", "recruiter", "scientist", "researcher", "engineer", "developer", "analyst",
    "manager", "founder", "student", "listener", "reader", "руководитель", "директор", "инженер", "основатель",
    "разработчик", "менеджер", "аналитик", "дизайнер", "студент", "студентка", "исследователь",
    "керівник", "інженер", "розробник"} - {"listener", "reader"}


SHORTHAND = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
              "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
              "wk": "week", "tmrw": "tomorrow", "tmr": "tomorrow", "mo": "month", "yr": "year"}


def expand_shorthand(text: str) -> str:
    """'next thurs' -> 'next thursday', 'next wk' -> 'next week' (how people type their reasons)."""
    return re.sub(r"\b(" + "|".join(sorted(SHORTHAND, key=len, reverse=True)) + r")\b\.?",
                  lambda m: SHORTHAND[m.group(1)], text)
