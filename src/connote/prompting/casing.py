"""Names the user typed in lower case, written as the profile writes them ("got the job at lotus bloom" -> "at Lotus
Bloom", "your talk at devrel days" -> "DevRel Days"): the model copies the reason's lower case into the note.

Only what the profile spells with capitals is changed: a run of two or more capitalised words ("Lotus Bloom", "Royal
Mile"), or one word no dictionary knows in lower case ("Kisumu", "Manipal"). A run that is only a job title ("Head
Sommelier") is left, as are words the user typed with any capital.
"""

from __future__ import annotations

import re

from ..paste.vocabulary import JOB_WORDS, ROLE_NOUNS
from ..schema import Profile
from ..text.folding import fold
from ..text.language import FUNCTION_WORDS
from ..text.spelling import available, is_known
from .subjects import MONTHS, SHORTHAND

#: small words a name may hold between its capitalised words ("Bank of Ireland", "Feria de Arte de Lima")
_JOINING = {"of", "the", "de", "la", "del", "do", "da", "du", "des", "di", "van", "von", "der", "and", "&", "y", "e",
            "on", "upon", "en", "am", "an"}
_WORD = re.compile(r"[^\W\d_][\w'’.-]*[^\W_]|[^\W\d_]")
_TITLE_WORDS = {fold(w) for w in JOB_WORDS | ROLE_NOUNS}


def _named_runs(text: str) -> list[list[str]]:
    """The runs of capitalised words in ``text`` ("Lotus Bloom Fertility", "Bank of Ireland")."""
    runs: list[list[str]] = []
    current: list[str] = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        gap = text[m.start() - 1:m.start()] if m.start() else ""
        if current and gap not in (" ", "") or current and re.search(r"[.,;:!?|·•()/]\s*$", text[:m.start()]):
            runs.append(current)
            current = []
        if word[:1].isupper():
            current.append(word)
        elif current and word.lower() in _JOINING:
            current.append(word)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [run[:len(run) - next(i for i, w in enumerate(reversed(run)) if w[:1].isupper())] for run in runs]


def senders_firm(sender: str | None) -> str | None:
    """The firm of the sender's own line ("Marc Tremblay, dispatcher at Arctic Haul" -> "Arctic Haul"), or None."""
    m = re.search(r"(?:\sat\s|@)\s*(?P<firm>[^,|·•]+)$", sender or "")
    return m.group("firm").strip() if m else None


def profile_names(profile: Profile, language: str, sender: str | None = None) -> list[str]:
    """What the profile writes with capitals that a reason may type in lower case, longest first:

    - the employer's (also the headline's after "at", or between its commas), the place's and the schools' runs of
      capitalised words and their openings ("Lotus Bloom Fertility", "Lotus Bloom"; not "Pepper Sauce" of
      "Scorpion Bay Pepper Sauce");
    - elsewhere (the About, posts, experience) runs with a word no dictionary knows in lower case ("Marlow Creek",
      "Spoorwerk Oost");
    - one such word alone where employers and places are ("Mercadia", "Kisumu");
    - the same in the firm of the sender's own line ("taxidermist at The Hunterian": "Hunterian")."""
    def unknown(word: str) -> bool:
        return len(word) >= 3 and not any(is_known(word.lower(), lang) for lang in {language, "en"})

    found: set[str] = set()
    employer = re.search(r"(?:\s(?:at|bei|chez|presso|bij)\s|@)\s*(?P<firm>[^,|·•]+)", profile.headline or "") or \
        re.match(r"[^,|·•]+,\s*(?P<firm>[^,|·•]+),", profile.headline or "")  # "Embryologist, Lotus Bloom, Chennai"
    named = [profile.company, employer and employer.group("firm"), profile.location, *profile.education,
             senders_firm(sender)]
    places = [*named, *profile.experience]
    for text in filter(None, [*places, profile.about, *profile.activity]):
        for run in _named_runs(text):
            for size in range(len(run), 0, -1):
                for start in range(len(run) - size + 1):
                    part = run[start:start + size]
                    capitals = [w for w in part if w[:1].isupper()]
                    if not part[0][:1].isupper() or not part[-1][:1].isupper() or any(
                            w.isupper() and len(w) >= 4 for w in capitals):
                        continue  # (a word in capitals is shouted, not a name's spelling)
                    strange = [w for w in capitals if unknown(w)]
                    if (not strange and (text not in named or start > 0)) or any(
                            fold(w).endswith(_ROLE_ENDS) for w in strange) or all(fold(w) in _TITLE_WORDS for w in capitals):
                        continue  # "Grand Rapids", "Chief Perfusionist": everyday words, or a title
                    if len(capitals) >= 2 or (text in places and strange and not part[0].isupper()):
                        found.add(" ".join(part))
    return sorted(found, key=lambda n: (-len(n), n))


#: how the name of a job ends ("Perfusionist", "Bibliothécaire" aside): never a place's or a firm's
_ROLE_ENDS = ("ist", "ista", "iste", "ian", "eur", "euse", "loog", "loge", "ator", "smith")


#: an abbreviation the profile writes in capitals ("Land Information New Zealand (LINZ)")
_ACRONYM = re.compile(r"(?<![\w'’&-])[A-Z][A-Z&]{1,6}(?![\w'’&-])")  # also "FP&A"


def as_the_profile_writes(text: str, profile: Profile, language: str, sender: str | None = None) -> str:
    """``text`` with each name the profile (or the sender's own line) capitalises, typed here all in lower case, in
    the profile's capitals; an abbreviation no dictionary knows in lower case ("linz") in its capitals (not from a
    line all in capitals: that is shouted)."""
    for name in profile_names(profile, language, sender):
        pattern = r"(?<![\w'’-])" + r"\s+".join(re.escape(w.lower()) for w in name.split()) + r"(?![\w-]|['’](?!s\b))"
        # (also before a possessive: "loopwise's marketing team")
        text = re.sub(pattern, lambda m: name if m.group(0).islower() else m.group(0), text)
    sources = [profile.headline, profile.company, profile.about, *profile.experience, *profile.education,
               senders_firm(sender)]
    for acronym in {a for source in filter(None, sources) if source != source.upper() for a in _ACRONYM.findall(source)}:
        if not any(is_known(acronym.lower(), lang) for lang in {language, "en"}):
            text = re.sub(rf"(?<![\w'’&-]){re.escape(acronym.lower())}(?![\w'’&-])", acronym, text)
    return text


#: words a title written in capitals has in lower case once it is not
SMALL_WORDS = {"of", "and", "for", "at", "the", "in", "to", "on", "de", "la", "le", "des", "du", "del", "y", "e", "et",
               "und", "für", "der", "die", "das", "van", "en", "voor", "di", "da", "do", "dos", "das"}


def unshouted(text: str) -> str:
    """A title or employer typed in capitals, in title case ("SENIOR MARINE CARGO UNDERWRITER", "KILBRACK GOLF
    LINKS"); short words no dictionary knows stay capitals ("ICU", "KPMG"), as does any text with lower case."""
    if not text.isupper() or len(text) <= 5:
        return text
    return " ".join(w.lower() if w.lower() in SMALL_WORDS else w.capitalize()
                    if len(w) >= 5 or is_known(w.lower(), "en") else w for w in text.split())


_FUNCTION_EN = FUNCTION_WORDS["en"] | {"new", "here's", "how", "why", "what", "when", "this", "my", "our"}
_JOINERS = {"&", "of", "and", "de", "la", "du", "von", "van", "der"}


def _names_in(text: str, *, prefixes: bool = False, sentences: bool = True) -> dict[str, str]:
    """Capitalised names in ``text`` ("Night Shift Notes", "ClusterConf"), by their lower-case form.

    A single capitalised word counts only in mid-sentence, after a lower-case word ("at ClusterConf", not
    "Currently ..." or "🎧 Handoffs"); a run of them is kept whole, less a leading function word ("How
    Sproutly got ..." -> "Sproutly"). ``prefixes``: the run's leading words count too ("Saigon Green");
    ``sentences``: the text is prose, split at sentence ends (not a name such as "St. Brigid's Medical
    Center")."""
    names: dict[str, str] = {}
    for sentence in re.split(r"(?<=[.!?:;|·•—–])\s+|\n", text) if sentences else [text]:
        # a post's age ("• 3 d Volgende week ...") opens its sentence: the word after it is the sentence's first
        words = re.sub(r"^\d+\s*(?:s|m|h|d|w|mo|yr|yrs|min|j|u|t|g|sem|mes|std)\.?\s+", "", sentence).split()
        i = 0
        while i < len(words):
            if not words[i][:1].isupper():
                i += 1
                continue
            j = i
            while j + 1 < len(words) and (words[j + 1][:1].isupper() or words[j + 1] in _JOINERS):
                j += 1
            end, start = j, i
            while end > start and words[end] in _JOINERS:
                end -= 1
            run = [w.strip(",;:!?()\"“”'’") for w in words[start:end + 1]]
            run[-1] = run[-1].rstrip(".")  # "St. Brigid's" keeps its dot; a sentence's last word does not
            if len(run) > 1 and run[0].lower() in _FUNCTION_EN:
                run = run[1:]
                start += 1
            after_word = start > 0 and words[start - 1][:1].islower()
            if run and (len(run) > 1 or after_word):
                for n in range(1 if prefixes else len(run), len(run) + 1):
                    if n == 1 and len(run) > 1 and len(run[0]) < 4:
                        continue
                    names.setdefault(" ".join(run[:n]).lower(), " ".join(run[:n]))
            i = j + 1
    return names


def _common_word(word: str, language: str) -> bool:
    """Whether an English dictionary, or one of the reason's ``language``, knows ``word`` in lower case (no
    dictionary: every word counts as one)."""
    return not available("en") or any(is_known(word.lower(), lang) for lang in {"en", language} if available(lang))


def _proper_words(names: list[str], language: str) -> dict[str, str]:
    """The words of the profile's names that no dictionary knows in lower case, alone and with a later word of
    the same name ("Calloway University School of Dental Medicine" -> "calloway", "calloway dental"), and with
    the word before it ("El Paso"); "HMP Ravensmoor" -> "ravensmoor"."""
    found: dict[str, str] = {}
    for name in names:
        words = [w.strip(",.;:()") for w in re.split(r"[\s–—]+", name)]  # "Tibbitt–Contwoyto Winter Road"
        for i, word in enumerate(words):
            if len(word) < 4 or not word[:1].isupper() or not word[1:].islower() or _common_word(word, language):
                continue
            found.setdefault(word.lower(), word)
            if i and words[i - 1][:1].isupper() and words[i - 1].lower() not in _FUNCTION_EN:  # "El Paso"
                found.setdefault(f"{words[i - 1]} {word}".lower(), f"{words[i - 1]} {word}")
            for later in words[i + 1:]:
                if later[:1].isupper() and later.lower() not in _FUNCTION_EN:
                    found.setdefault(f"{word} {later}".lower(), f"{word} {later}")
    return found


#: words that may follow a firm's name in a sentence ("at bastion on friday"), unlike a noun ("at cathedral level")
_AFTER_FIRM = (r"(?:on|in|at|and|or|but|for|to|as|since|last|next|this|because|with|before|after|until|when|where|so|"
               r"booth|stand|stall|table|team|office|offices|site|plant|store|shop|warehouse|depot|hq|headquarters|"
               r"folks|people|crew|guys|event|party|open house)")  # (and what a firm has: "at the kestrel booth")


#: where a name may start: not inside a word, but after an elided article ("à l'insa toulouse", "dell'unibo")
_WORD_START = r"(?:(?<![\w'’-])|(?<=\b[ldjnmstcLDJNMSTC]['’])|(?<=\b(?:qu|Qu|ll|LL)['’]))"
#: a name that opens on a small word ("Am Samstag …" from a German sentence) is a name only as typed
_LEADING_SMALL = re.compile(r"(?:" + "|".join(sorted(set().union(*FUNCTION_WORDS.values()), key=len, reverse=True))
                            + r")\b", re.I)


def cased_like_profile(text: str, profile: Profile, language: str) -> str:
    """Names the profile writes with capitals, written the same way where the reason has them in lower case
    ("heard her on night shift notes" -> "... on Night Shift Notes"). Job titles are left as typed."""
    titles = [profile.role or ""] + [entry.split(" · ")[0] for entry in profile.experience]
    prose = [profile.about or "", *profile.activity, *profile.education, profile.location or "",
             profile.headline or "", *(" · ".join(entry.split(" · ")[1:]) for entry in profile.experience)]
    # the company is a name as it stands ("at" makes its first word count as mid-sentence)
    company = unshouted(profile.company or "")  # "NOVAGRID ENERGY": shouted, not the firm's spelling
    names = _names_in(f"at {company}", prefixes=True, sentences=False) if company else {}
    # a first word that is also a common word ("Cathedral Works Department", "Bastion Labs") is the firm only
    # where the reason speaks of a firm: "at bastion", not "at cathedral level"
    common = {k: v for k, v in names.items()
              if " " not in k and k != company.lower() and _common_word(k, language)}
    names = {k: v for k, v in names.items() if k not in common}
    for source in prose:
        names.update({k: v for k, v in _names_in(source).items() if k not in names})
    names.update({k: v for k, v in _proper_words(list(names.values()), language).items() if k not in names})
    title_words = {w.lower() for title in titles for w in re.findall(r"[^\W\d_]+", title)}
    lower_words = set(re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", " ".join(prose + titles)))
    for low, name in sorted(names.items(), key=lambda kv: -len(kv[0])):
        words = low.split()
        if all(w in title_words for w in words) or (len(words) == 1 and (low in lower_words or len(low) < 3)):
            continue
        text = re.sub(rf"{_WORD_START}{re.escape(low)}(?![\w-]|['’](?!s\b))",
                      lambda m, name=name: name if m.group(0) == m.group(0).lower() or not _LEADING_SMALL.match(name)
                      else m.group(0), text, flags=re.I)  # also where a word has its capital ("fh Münster")
    for low, name in common.items():
        text = re.sub(rf"\b((?:at|for|from|with|join|joined|joining) (?:the )?){re.escape(low)}\b"
                      rf"(?!['’-]|\s+(?!{_AFTER_FIRM}\b)[a-z])", lambda m, name=name: m.group(1) + name, text)
    first = re.match(r"[^\W\d_]{4,}", company)
    if first:  # "peregrines ATR fleet": the firm's, with its apostrophe
        text = re.sub(rf"\b{re.escape(first.group(0))}s\b(?= [\w-])", f"{first.group(0)}'s", text, flags=re.I)
    return text


_NOT_A_NAME_NEXT = {"I", "I'm", "I'd", "I've", "I'll"}


def beside_a_name(text: str) -> str:
    """A word no dictionary knows typed in lower case next to a capitalised word inside a sentence is part of that
    name: "at robocon Nordic" -> "at Robocon Nordic", "the Hyatt regency" is left ("regency" is a word)."""
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", text))

    def named(k: int) -> bool:
        w = words[k].group(0)
        if not w[:1].isupper() or w in _NOT_A_NAME_NEXT or w.lower() in MONTHS or w.lower() in SHORTHAND:
            return False
        return k > 0 and not re.search(r"[.!?:;,()]", text[words[k - 1].end():words[k].start()])
        # (a capital after a sentence's end is no name's)

    out = text
    for k, m in enumerate(words):
        w = m.group(0)
        if not w.islower() or len(w) <= 3 or is_known(w, "en") or is_known(w.capitalize(), "en"):
            continue  # (a short one may be an acronym: "the Master Plumbers agm" is "AGM")
        after = k + 1 < len(words) and not text[m.end():words[k + 1].start()].strip() and named(k + 1)
        before = k > 0 and not text[words[k - 1].end():m.start()].strip() and named(k - 1)
        if after or before:
            out = out[:m.start()] + w[:1].upper() + w[1:] + out[m.end():]
    return out
