"""Tell which language a short text is written in (the user's reason decides the note's language).

Script first (Cyrillic, Han, kana, Hangul, Greek, Arabic, Hebrew, Thai...), then, for Latin script, counts of
common function words and everyday words of each language, plus letters only one language uses. Names,
brands and English tech words inside a German or Spanish sentence don't decide: function words do.
A few words with no function word among them are looked up in each language's dictionary; unclear text
falls back to English.
"""

from __future__ import annotations

import re
import unicodedata

LANGUAGE_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "da": "Danish", "no": "Norwegian",
    "fi": "Finnish", "tr": "Turkish", "cs": "Czech", "ro": "Romanian", "id": "Indonesian", "vi": "Vietnamese",
    "ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "el": "Greek", "ar": "Arabic", "he": "Hebrew", "hi": "Hindi", "th": "Thai", "fa": "Persian",
}

# Function words and everyday words of notes and reasons. A word listed for several languages counts for
# each; words that are also common English (e.g. "in", "a") are left out of the other lists.
_WORDS = {
    "en": """the a an and of to in on at for with is was were are be been i i'm i've i'd i'll my me your you
        you're her his him she he it it's that this these those we our us they them their there here heard
        met meeting saw read listened love loved want wanted would like liked about from just next week
        looking forward really great thanks thank talk talked post article episode podcast what which who
        how when where why because so but or not no yes if as by have has had do did does will can could
        should also very much more most some any all one two lot glad happy hope keep touch connect work
        working team would'd ago last recently friend colleague conference event mentioned through after
        before into over out up down new good nice way time been being its than then too only ever still""",
    "de": """der die das und ich ist nicht ein eine einen einem einer auf mit von zu im am bei sie er ihr
        ihre ihren ihrem sein seine seinen seinem gehört gelesen gesehen treffen getroffen nächste nächsten
        woche wir uns mich mir dem den des über auch gerne gern möchte würde würden vernetzen kennengelernt
        letzte letzten beim zum zur dass habe hat hab hatte war waren sehr wirklich schön freue freuen
        ihnen dich dir du dein deine deinen deinem kontakt bleiben folge vortrag artikel beitrag konferenz
        kollege kollegin spannend interessant toll danke vielen grüße hallo liebe lieber guten tag sowie
        oder aber wie wenn weil noch schon nur mal mehr viel viele einige arbeit team thema themen uns
        unser unsere gespräch austausch austauschen freuen würde mich heute gestern bin bist sind wird
        werden kann könnte einen euch eure diese dieser dieses jetzt hier dort bitte siezen duzen""",
    "fr": """le la les et je est un une des du de sur avec pour dans au aux elle il son sa ses votre vos vous
        entendu lu rencontré semaine prochaine j'ai suis mon ma mes nous ce cette qui que pas ne plus très
        aimé beaucoup intervention conférence épisode article échange échanger ravi ravie serais serait
        contact rester bonjour merci été avoir être fait tout tous toute aussi bien mais ou où comme chez
        lors depuis votre c'est d'un d'une l'épisode j'aimerais aimerais j'ai l'article qu'il qu'elle
        collègue salon travail équipe sujet écouté vu parlé découvert était étais étions avait avais ensemble
        tutoie tutoyer vouvoie vouvoyer""",
    "es": """el la los las y yo es un una de del en con para por su sus ella él escuché leí conocí semana
        próxima que mi me nos este esta muy pero como al lo quiero gustaría encantaría conectar hola
        charla artículo episodio conferencia evento compañero compañera trabajo equipo también tu tus usted
        ustedes he has ha hemos sobre desde cuando donde porque gracias saludos mucho muchas muchos vi somos jeje
        podcast escuchar seguir contacto estar ser fue era son están está estoy tengo tiene hacer hace
        nuestra nuestro vuestro conversación interesante genial alumno alumna saludar saludarte""",
    "pt": """o a os as e eu é um uma de do da dos das em com para por sua seu ela ele ouvi li conheci semana
        próxima que meu minha nos não muito mas como ao na no você vocês gostaria adoraria conectar olá
        palestra artigo episódio evento colega trabalho equipe também sobre desde quando onde porque
        obrigado obrigada abraço muito muita isso esse essa este esta foi ser estar estou tenho tem fazer
        nossa nosso conversa interessante ótimo ótima vi então pelo pela mesmo mesma setor quero queria sou
        adorei gostei""",
    "it": """il lo la gli le e io è un una di del della dei delle in con per su suo sua lei lui ho sentito stesso stessa
        settore dalle dagli
        letto conosciuto settimana prossima che mio mia non molto ma come al nel nella mi piacerebbe
        collegarmi ciao intervento articolo episodio conferenza evento collega lavoro squadra anche sono
        sei siamo hai ha abbiamo grazie saluti questo questa quello quella tuo tua tuoi vostro vostra
        perché quando dove ascoltato visto parlato interessante bello bella restare contatto nostra nostro
        nostri nostre anni anno voglio vorrei volevo ringraziarla ringraziare grazie persona fiducia piacere
        collegarci qui cliente sempre ancora già""",
    "nl": """de het een en ik is niet van op met voor zij hij haar zijn gehoord gelezen ontmoet volgende
        week wij ons mij jouw je graag jij u uw heb hebt heeft hadden was waren wordt worden ook maar
        als dat die dit deze wat hoe waar omdat bedankt groeten hoi hallo beste aflevering artikel
        lezing collega werk team contact verbinden leuk mooi interessant zou zouden kunnen wil willen
        hebben dezelfde hetzelfde gedaan groet hartelijke elkaar naar ben bent zag sprak schreef ze mijn
        nog heel erg echt""",
    "pl": """i w na z do się jest nie to że jak ja jej jego słuchałem słuchałam spotkanie tydzień przyszły
        pan pani pana panią twój twoja bardzo dziękuję cześć dzień dobry chciałbym chciałabym artykuł
        odcinek konferencja także ale czy już tylko mnie mi był była""",
    "sv": """och i på med för att det en ett är jag hon han hennes hans hörde läste träffade nästa vecka
        du dig din ditt vi oss inte som men eller också mycket tack hej gärna skulle vill""",
    "tr": """ve bir bu için ile da de ben sen onun dinledim okudum hafta gelecek çok merhaba teşekkürler
        sizin size siz benim değil ama gibi daha""",
    "id": """dan yang di ke dari ini itu saya anda kamu dengan untuk pada tidak ada akan sudah bisa juga
        terima kasih halo minggu""",
}
FUNCTION_WORDS = {lang: set(words.split()) for lang, words in _WORDS.items()}
# Words that are so typical of one language that each counts double.
_STRONG = {
    "en": {"the", "and", "you", "your", "i'm", "i'd", "would", "with", "heard", "really", "thanks"},
    "de": {"ich", "und", "nicht", "ihre", "ihren", "über", "gelesen", "gehört", "würde", "freue", "sehr", "bitte",
           "siezen", "duzen",
           "auch", "habe", "hab", "sich", "dass", "beim", "vernetzen", "möchte", "gerne"},
    "fr": {"je", "vous", "votre", "avec", "j'ai", "c'est", "très", "ravi", "ravie", "beaucoup", "aimé", "écouté",
           "était", "étions", "tutoie", "vouvoie"},
    "es": {"y", "muy", "gustaría", "encantaría", "escuché", "leí", "conocí", "usted", "también", "gracias",
           "hola", "charla"},
    "pt": {"você", "não", "muito", "gostaria", "adoraria", "ouvi", "olá", "também", "obrigado", "obrigada",
           "palestra", "conversa"},
    "it": {"il", "gli", "della", "piacerebbe", "ciao", "molto", "anche", "ho", "grazie", "sentito", "è", "voglio",
           "vorrei", "nostra", "nostro"},
    "nl": {"het", "ik", "niet", "graag", "jouw", "heb", "ook", "bedankt", "leuk"},
    "pl": {"się", "że", "jest", "bardzo", "dziękuję"},
    "sv": {"och", "jag", "inte", "också", "gärna"},
}
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_ACCENT_HINTS = {"de": "äöüß", "fr": "àâçèêëîïôûùœ", "es": "ñ¿¡", "pt": "ãõ", "pl": "ąćęłńśźż",
                 "tr": "ğışİ", "sv": "å", "it": "", "cs": "ěřůčšž", "ro": "ăâîșț"}
_UK_LETTERS = re.compile(r"[іїєґ]", re.I)
_RU_LETTERS = re.compile(r"[ыэъё]", re.I)
_BG_HINTS = re.compile(r"\b(съм|със|във|които|това е)\b", re.I)


def script_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in text:
        o = ord(ch)
        if 0x0400 <= o <= 0x04FF:
            key = "cyrillic"
        elif 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF:
            key = "kana"
        elif 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
            key = "ko"
        elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
            key = "han"
        elif 0x0370 <= o <= 0x03FF:
            key = "el"
        elif 0x0600 <= o <= 0x06FF:
            key = "arabic"
        elif 0x0590 <= o <= 0x05FF:
            key = "he"
        elif 0x0900 <= o <= 0x097F:
            key = "hi"
        elif 0x0E00 <= o <= 0x0E7F:
            key = "th"
        elif ch.isalpha():
            key = "latin"
        else:
            continue
        counts[key] = counts.get(key, 0) + 1
    return counts


def _script_language(text: str, counts: dict[str, int]) -> str | None:
    total = sum(counts.values())
    if not total:
        return None
    non_latin = {k: v for k, v in counts.items() if k != "latin"}
    if not non_latin:
        return None
    # Japanese: any kana among Han characters; Chinese: Han without kana.
    cjk = counts.get("han", 0) + counts.get("kana", 0)
    best = max(non_latin, key=non_latin.get)
    share = (cjk if best in ("han", "kana") else non_latin[best]) / total
    # CJK writes many words in few characters: a third of the letters is enough
    if share < (0.3 if best in ("han", "kana", "ko") else 0.5):
        return None
    if best in ("han", "kana"):
        return "ja" if counts.get("kana", 0) >= max(1, 0.05 * cjk) else "zh"
    if best == "cyrillic":
        if _UK_LETTERS.search(text) and not _RU_LETTERS.search(text):
            return "uk"
        if _BG_HINTS.search(text) and not _RU_LETTERS.search(text):
            return "bg"
        return "ru"
    if best == "arabic":
        return "fa" if re.search(r"[پچژگ]", text) else "ar"
    return best


def _fold_apostrophes(text: str) -> str:
    return text.replace("’", "'")


def language_scores(text: str) -> dict[str, float]:
    """How strongly ``text`` looks like each Latin-script language (0 = no evidence)."""
    text = re.sub(r"\b[Ww]/(?=\s|\w)", "with ", _fold_apostrophes(unicodedata.normalize("NFC", text or "")))  # "w/": not Polish "w"
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    scores = {lang: 0.0 for lang in FUNCTION_WORDS}
    for t in tokens:
        for lang, words in FUNCTION_WORDS.items():
            if t in words:
                scores[lang] += 2.0 if t in _STRONG.get(lang, ()) else 1.0
    low = text.lower()
    for lang, chars in _ACCENT_HINTS.items():
        if lang in scores and chars:
            scores[lang] += 0.5 * min(6, sum(1 for c in low if c in chars))
    # French elisions (l', d', qu', j', n', c') are a strong sign; l' and d' before a word with an Italian ending
    # ("d'orchestra", "l'ufficio") are Italian's too
    for m in re.finditer(r"\b(?:l|d|qu|j|n|c|s)'([^\W\d_]+)", low):
        italian = m.group(0)[:2] in ("l'", "d'") and re.search(r"[aio]$", m.group(1)) and not m.group(1).endswith("ia")
        scores["it" if italian else "fr"] += 1.5
    # Spanish/Portuguese/Italian/French -ción/-ção/-zione/-tion endings
    scores["es"] += 0.5 * len(re.findall(r"ción\b|ciones\b", low))
    scores["pt"] += 0.5 * len(re.findall(r"ção\b|ções\b|ões\b|nh[ao]\b", low))
    scores["it"] += 0.5 * len(re.findall(r"zione\b|zioni\b|cch[ei]\b", low))
    scores["de"] += 0.5 * len(re.findall(r"\w+(ung|heit|keit|schaft|lich)\b", low))
    return scores


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language; 'en' when unsure."""
    text = text or ""
    script = _script_language(text, script_counts(text))
    if script:
        return script
    scores = language_scores(text)
    best = max(scores, key=lambda k: (scores[k], k == "en"))
    words = _TOKEN.findall(_fold_apostrophes(text.lower()))
    if best != "en" and scores[best] < 2.0 and len(words) <= 6 and set(words) & _ENGLISH_SIGNS:
        return "en"  # "fellow med writer": one short word of another language ("med") in an English phrase
    if scores["en"] >= 2.0 and scores[best] == scores["en"]:  # "tb me formei na federal do cerrado": "me", "do"
        return _tie_broken(text, [lang for lang, score in scores.items() if score == scores["en"]])
    if scores[best] < 1.0 or scores[best] <= scores["en"]:
        return _by_dictionary(text) if scores["en"] < 2.0 else "en"  # one "a" or "in" is no sign of English
    tied = [lang for lang, score in scores.items() if score == scores[best]]
    if len(tied) > 1:  # "collega wijkverpleging": "collega" is Italian and Dutch; the dictionaries tell which
        told = _by_dictionary(text)
        return told if told in tied else best
    return best


def _tie_broken(text: str, tied: list[str]) -> str:
    """Of languages whose small words score the same as English's, the one whose dictionary knows clearly more of
    the words (two more than English's, and half of them); else English."""
    from .spelling import available, is_known  # the spell checker is loaded only for such a text

    tokens = _dictionary_words(text)
    known = {lang: sum(is_known(t, lang) for t in tokens) for lang in tied if available(lang)}
    if "en" not in known:
        return "en"
    best = max((lang for lang in known if lang != "en"), key=lambda lang: known[lang], default="en")
    return best if known[best] >= known["en"] + 2 and 2 * known[best] >= len(tokens) else "en"


def _dictionary_words(text: str) -> list[str]:
    """The words of ``text`` a dictionary can tell a language by: two letters or more, no chat slang."""
    return [t for t in _TOKEN.findall(_fold_apostrophes(text)) if len(t) > 1 and t.lower() not in _SLANG]


#: chat slang any language's user types ("fellow bus nerd lol"): no sign of a language
_SLANG = {"lol", "lmao", "haha", "hahaha", "xd", "omg", "tbh", "ngl", "imo", "btw", "gg", "ok", "okay", "pls", "thx"}


#: English words other languages' dictionaries list as loans, that in a terse reason say it is English
_ENGLISH_SIGNS = {"fellow", "love", "fan", "awesome", "cool", "great", "nice", "same", "big", "huge", "amazing",
                  "alum", "alumni", "alumnus", "alumna", "grad", "networking"}  # ("aston alumni": Dutch knows "alumni")


def _by_dictionary(text: str) -> str:
    """A few words with no function word to tell ("mismo rubro", "meme domaine, essais cliniques"): the one
    language whose dictionary knows the most of them, more than English's and at least half; else English."""
    from .spelling import DICTIONARIES, is_known  # the spell checker is loaded only for such a text

    tokens = _dictionary_words(text)
    if not tokens or len(tokens) > 6 or all(is_known(t, "en") for t in tokens) \
            or any(t.lower() in _ENGLISH_SIGNS for t in tokens):
        return "en"  # "fellow perfusionist": a Dutch dictionary knows both words, no Dutch speaker types it
    known = {lang: sum(is_known(t, lang) or (lang == "de" and is_known(t.capitalize(), lang)) for t in tokens)
             for lang in DICTIONARIES}  # German capitalises its nouns ("labor": "Labor")
    most = max(n for lang, n in known.items() if lang != "en")
    leaders = [lang for lang, n in known.items() if lang != "en" and n == most]
    return leaders[0] if len(leaders) == 1 and most > known["en"] and 2 * most >= len(tokens) else "en"


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, "English")
