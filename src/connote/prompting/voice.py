"""The user's reason, said to the person: what the model is asked to turn into a note.

Users type reasons about the person in the third person, in shorthand ("heard her on her pod, the ep about
handoffs. im a new grad"). The small default model copies much of what it is given, so English reasons are
put in the note's voice before the model sees them: the person's pronouns become "you"/"your" with the verb
agreeing, the person's own name becomes "you", a sentence with no subject gets "I"/"I'm"/"we", common
shorthand is spelled out, weekdays and months get their capital. The model then only has to tidy the
wording and close warmly; it never has to decide who did what. In Spanish, Portuguese, German and French the
person's pronouns become the polite "you" (usted, você, Sie, vous); other languages are left as they are.
In every language, names the profile writes with capitals ("night shift notes" -> "Night Shift Notes") are
written the same way, so the model does not copy them in lower case.

Pronouns are changed only when they can only mean the person: one gender of third-person pronoun in the
reason (or the profile's own pronouns). "rahul said he thinks she could help" is left as it is.
"""

from __future__ import annotations

import re

from ..schema import Profile
from ..text.language import FUNCTION_WORDS

_FUNCTION_EN = FUNCTION_WORDS["en"] | {"new", "here's", "how", "why", "what", "when", "this", "my", "our"}

_MASCULINE = {"he": "you", "him": "you", "his": "your", "himself": "yourself", "he's": "you're",
              "he'd": "you'd", "he'll": "you'll", "hes": "you're"}
_FEMININE = {"she": "you", "her": "", "hers": "yours", "herself": "yourself", "she's": "you're",
             "she'd": "you'd", "she'll": "you'll", "shes": "you're"}
_SUBJECTS = {"he", "she"}
_AGREEING = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't",
             "wasn't": "weren't", "hasn't": "haven't", "doesnt": "don't", "isnt": "aren't", "wasnt": "weren't",
             "hasnt": "haven't"}
_ADVERBS = {"also", "just", "really", "still", "always", "now", "recently", "actually", "basically", "literally",
            "clearly", "apparently", "probably", "even", "only", "already", "never", "often", "usually",
            "totally", "currently"}
#: words after which "her" is the object ("met her at"), not a possessive ("her talk")
_AFTER_OBJECT_HER = {
    "on", "at", "in", "about", "to", "for", "with", "from", "and", "or", "but", "a", "an", "the", "this",
    "that", "last", "next", "yesterday", "today", "tomorrow", "before", "after", "during", "since", "so",
    "because", "again", "back", "directly", "up", "out", "over", "when", "while", "well", "much", "once",
    "twice", "there", "here", "speak", "present", "too", "as", "if", "into", "by", "via", "through", "i", "we",
    "is", "was", "ages", "years", "forever", "personally", "sometime", "soon", "later", "some", "any",
}
_SHORTHAND = {
    "abt": "about", "pod": "podcast", "pods": "podcasts", "ep": "episode", "eps": "episodes", "wk": "week",
    "wks": "weeks", "yr": "year", "yrs": "years", "mfg": "manufacturing", "exp": "experience",
    "mgr": "manager", "govt": "government", "dept": "department", "bc": "because", "b/c": "because",
    "w/": "with", "thx": "thanks", "ppl": "people", "tmrw": "tomorrow", "tmr": "tomorrow", "u": "you",
    "ur": "your", "convo": "conversation", "im": "I'm", "ive": "I've", "didnt": "didn't", "dont": "don't",
    "cant": "can't", "isnt": "isn't", "wasnt": "wasn't", "doesnt": "doesn't", "thats": "that's",
    "youre": "you're", "theyre": "they're", "wouldnt": "wouldn't", "couldnt": "couldn't", "hadnt": "hadn't",
    "havent": "haven't", "i": "I", "i'm": "I'm", "i've": "I've", "i'd": "I'd", "i'll": "I'll",
    "mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
    "thur": "Thursday", "thurs": "Thursday", "fri": "Friday", "sat": "Saturday", "sun": "Sunday",
    **{day: day.title() for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                    "january", "february", "april", "june", "july", "august", "september",
                                    "october", "november", "december")},
}
#: shorthand that is also an ordinary word elsewhere: only spelled out after one of these words
_DAYS = {"mon", "wed", "sat", "sun"}
_DAY_CONTEXT = {"on", "next", "this", "last", "from", "until", "by", "before", "after"}
_FILLER = re.compile(r"(?:,\s*|\s+)\b(?:lol|lmao|haha+|tbh|ngl|imo|fwiw)\b[.!]?", re.I)
_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?/?|[^A-Za-z\s]+|\s+")

# how a sentence that starts without a subject is given one, by its first word
_SUBJECT_I = {"saw", "heard", "read", "loved", "liked", "met", "found", "came", "listened", "watched",
              "attended", "applied", "enjoyed", "spoke", "talked", "worked", "studied", "followed", "noticed",
              "admire", "love", "like", "want", "need", "think", "hope", "plan", "work", "run", "lead",
              "manage", "follow", "really", "just", "would", "recently", "also", "got", "started", "joined",
              "took", "went", "did", "have", "had", "used", "sell", "supply", "teach", "do", "wanted",
              "bumped", "caught", "learned", "learnt", "look", "looked", "stumbled", "sat"}
_SUBJECT_IM = {"looking", "hoping", "thinking", "applying", "hiring", "recruiting", "meeting", "going",
               "moving", "working", "trying", "planning", "interviewing", "starting", "building", "writing",
               "organizing", "organising", "attending", "coming", "heading", "switching", "transitioning",
               "speaking", "presenting", "expanding", "growing", "relocating", "joining", "studying",
               "researching", "doing", "new", "fellow", "huge", "big", "currently", "curious", "keen",
               "interested", "excited", "based", "another", "still"}
_PAST_PARTICIPLE_END = re.compile(r"(?:ed|went|did|studied|were|met|grew)$")


def spoken(reason: str, language: str, profile: Profile | None = None) -> str:
    """``reason`` as the sender would say it to the person. English in full; Spanish, Portuguese, German and
    French: the person's pronouns only (the polite "you"); other languages are left as they are."""
    text = _FILLER.sub("", reason).strip()
    if language == "en":
        text = _in_second_person(text, _gender(text, profile.pronouns if profile else None))
        if profile is not None:
            text = _name_as_you(text, profile)
        text = _spelled_out(text)
    elif language in _POLITE:
        text = _POLITE[language](text)
    if profile is not None:
        text = _cased_like_profile(text, profile)
    return _with_subjects(_event_names(text)) if language == "en" else text


_EVENT = re.compile(
    r"\b(?P<lead>the) (?P<name>(?:[a-z0-9][\w+&'-]*|[A-Z][\w+&'-]*) (?:[\w+&'-]+ ){0,4}?"
    r"(?:forum|expo|summit|conference|congress|symposium|meetup|week|day|fair|festival|awards|convention|"
    r"hackathon|con|breakfast|roundtable))\b")
_NOT_NAME_WORDS = {"a", "an", "the", "this", "that", "next", "last", "same", "other", "your", "my", "our", "their",
                   "his", "her", "big", "annual", "yearly", "whole", "first", "one", "career", "job", "open",
                   "every", "each", "any", "some", "local"}


def _event_names(text: str) -> str:
    """An event named by two or more words before its kind is a name: "at the global giving forum" -> "at the
    Global Giving Forum" (not "the career fair", "the same conference" or "next week")."""
    def named(m: re.Match) -> str:
        words = m.group("name").split()
        if len(words) < 3 or words[0].lower() in _NOT_NAME_WORDS or any(w.lower() in _NOT_NAME_WORDS
                                                                         for w in words[:-1]):
            return m.group(0)
        return m.group("lead") + " " + " ".join(
            w.upper() if re.fullmatch(r"(?=.*\d)[a-z\d]{2,4}", w) else  # "b2b" -> "B2B"
            w[:1].upper() + w[1:] if w[:1].islower() else w for w in words)
    return _EVENT.sub(named, text)


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
        words = sentence.split()
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


def _cased_like_profile(text: str, profile: Profile) -> str:
    """Names the profile writes with capitals, written the same way where the reason has them in lower case
    ("heard her on night shift notes" -> "... on Night Shift Notes"). Job titles are left as typed."""
    titles = [profile.role or ""] + [entry.split(" · ")[0] for entry in profile.experience]
    prose = [profile.about or "", *profile.activity, *profile.education, profile.location or "",
             profile.headline or "", *(" · ".join(entry.split(" · ")[1:]) for entry in profile.experience)]
    # the company is a name as it stands ("at" makes its first word count as mid-sentence)
    names = _names_in(f"at {profile.company}", prefixes=True, sentences=False) if profile.company else {}
    for source in prose:
        names.update({k: v for k, v in _names_in(source).items() if k not in names})
    title_words = {w.lower() for title in titles for w in re.findall(r"[^\W\d_]+", title)}
    lower_words = set(re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", " ".join(prose + titles)))
    for low, name in sorted(names.items(), key=lambda kv: -len(kv[0])):
        words = low.split()
        if all(w in title_words for w in words) or (len(words) == 1 and (low in lower_words or len(low) < 3)):
            continue
        text = re.sub(rf"(?<![\w'’-]){re.escape(low)}(?![\w'’-])", name, text)
    return text


# ---- other languages: the person's third-person pronouns become the polite "you" where that is plain
# Spanish "usted" and Portuguese "você" take the third-person verb, so only the pronoun changes; German "Sie"
# takes the plural verb; French "vous" its own. Left alone when both genders appear (someone else is meant).

def _one_gender(text: str, masculine: str, feminine: str) -> str | None:
    m = re.search(masculine, text, re.I) is not None
    f = re.search(feminine, text, re.I) is not None
    return "m" if m and not f else "f" if f and not m else None


def _spanish(text: str) -> str:
    gender = _one_gender(text, r"\bél\b", r"\bella\b")
    if gender is None:
        return text
    return re.sub(r"\bél\b" if gender == "m" else r"\bella\b", "usted", text, flags=re.I)


_PT_POSSESSIVE = {"o": "o seu", "a": "a sua", "os": "os seus", "as": "as suas"}


def _portuguese(text: str) -> str:
    gender = _one_gender(text, r"\b(?:ele|dele|nele)\b", r"\b(?:ela|dela|nela)\b")
    if gender is None:
        return text
    word, of, at = ("ele", "dele", "nele") if gender == "m" else ("ela", "dela", "nela")
    text = re.sub(rf"\b(o|a|os|as)\s+([^\W\d_]+)\s+{of}\b", lambda m: f"{_PT_POSSESSIVE[m.group(1).lower()]} "
                  f"{m.group(2)}", text, flags=re.I)  # "o percurso dela" -> "o seu percurso"
    text = re.sub(rf"\b{of}\b", "de você", text, flags=re.I)
    text = re.sub(rf"\b{at}\b", "em você", text, flags=re.I)
    return re.sub(rf"\b{word}\b", "você", text, flags=re.I)


_DE_POSSESSIVE = {"sein": "Ihr", "seine": "Ihre", "seinen": "Ihren", "seinem": "Ihrem", "seiner": "Ihrer",
                  "seines": "Ihres"}
_DE_PLURAL = {"hat": "haben", "ist": "sind", "war": "waren", "wird": "werden", "kann": "können", "will": "wollen",
              "muss": "müssen", "darf": "dürfen", "soll": "sollen", "hatte": "hatten", "weiß": "wissen",
              "mag": "mögen", "wäre": "wären", "würde": "würden", "hätte": "hätten", "könnte": "könnten"}


def _german(text: str) -> str:
    """Only "er" is changed: lower-case "sie" may as well mean "they"."""
    if not re.search(r"\b(?:er|ihn|ihm|sein\w{0,2})\b", text) or re.search(r"\bsie\b", text):
        return text
    text = re.sub(r"\bihn\b", "Sie", text)
    text = re.sub(r"\bihm\b", "Ihnen", text)
    text = re.sub(r"\b(sein|seine|seinen|seinem|seiner|seines)\b", lambda m: _DE_POSSESSIVE[m.group(1)], text)

    def clause(m: re.Match) -> str:
        rest = m.group(2)
        words = rest.split(" ")
        for i, word in enumerate(words):  # the finite verb: right after "er", or the clause's auxiliary
            bare = word.strip(".,;:!?")
            if bare in _DE_PLURAL:
                words[i] = word.replace(bare, _DE_PLURAL[bare])
                break
            if i == 0 and re.fullmatch(r"[a-zäöüß]{2,}t", bare):  # "arbeitet" -> "arbeiten", "macht" -> "machen"
                words[i] = word.replace(bare, bare[:-2] + "en" if bare.endswith("et") else bare[:-1] + "en")
                break
        return m.group(1) + "Sie " + " ".join(words)

    return re.sub(r"(^|\W)er\s+([^,.;!?]*)", clause, text)


_FR_VERBS = {"est": "êtes", "a": "avez", "était": "étiez", "sera": "serez", "serait": "seriez", "fait": "faites",
             "dit": "dites", "va": "allez", "peut": "pouvez", "veut": "voulez", "avait": "aviez", "aurait": "auriez"}
_FR_POSSESSIVE = {"son": "votre", "sa": "votre", "ses": "vos"}


def _french(text: str) -> str:
    gender = _one_gender(text, r"\bil\b", r"\belle\b")
    if gender is None and not re.search(r"\b(?:lui|son|sa|ses)\b", text, re.I):
        return text
    if re.search(r"\bil\b", text, re.I) and re.search(r"\belle\b", text, re.I):
        return text
    text = re.sub(r"\b(son|sa|ses)\s+(?=[^\W\d_])", lambda m: _FR_POSSESSIVE[m.group(1).lower()] + " ", text,
                  flags=re.I)
    text = re.sub(r"\blui\b", "vous", text, flags=re.I)
    pronoun = r"\bil\b" if gender == "m" else r"\belle\b"

    def verb(m: re.Match) -> str:
        word = m.group(1)
        if word.lower() in _FR_VERBS:
            return "vous " + _FR_VERBS[word.lower()]
        if word.endswith("e") and len(word) > 3:  # "travaille" -> "travaillez"
            return "vous " + word + "z"
        return "vous " + word

    return re.sub(pronoun + r"\s+([^\W\d_]+)", verb, text, flags=re.I) if gender else text


_POLITE = {"es": _spanish, "pt": _portuguese, "de": _german, "fr": _french}


#: given names that are also everyday words ("will be there", "grace under pressure"): "you" only with the surname
_WORD_NAMES = {"will", "grace", "hope", "may", "mark", "bill", "rich", "joy", "faith", "rose", "summer", "june",
               "april", "august", "art", "guy", "pat", "sue", "ray", "dawn", "iris", "ivy", "amber", "angel",
               "sunny", "frank", "earnest", "miles", "chase", "hunter", "drew", "page", "sky", "star", "max"}


def _name_as_you(text: str, profile: Profile) -> str:
    """The person called by name in the reason ("meeting bobby at clusterconf") is "you" in the note."""
    first = profile.first_name
    if not first or len(first) < 2:
        return text
    rest = [w for w in (profile.name or "").split() if w.lower() != first.lower() and len(w) > 1]
    surname = rf"(?:\s+(?:{'|'.join(map(re.escape, rest))}))?" if rest else ""
    if first.lower() in _WORD_NAMES or first.lower() in _FUNCTION_EN:
        if not rest:
            return text
        surname = surname[:-1]  # the surname is required
    found = re.compile(rf"(?<![\w'’]){re.escape(first)}{surname}(?P<tail>'s|’s|\s+(?:is|was|has)\b)?(?![\w'’])",
                       re.I)
    return found.sub(lambda m: {"'s": "your", "’s": "your", "is": "you are", "was": "you were",
                                "has": "you have", None: "you"}[(m.group("tail") or "").strip().lower() or None],
                     text)


def _gender(text: str, pronouns: str | None) -> str | None:
    if pronouns:
        first = pronouns.strip().lower()
        return "f" if first.startswith("she") else "m" if first.startswith("he") else None
    words = set(re.findall(r"[a-z']+", text.lower()))
    masculine, feminine = bool(words & _MASCULINE.keys()), bool(words & _FEMININE.keys())
    return "m" if masculine and not feminine else "f" if feminine and not masculine else None


def _agreeing(verb: str) -> str:
    """A third-person-singular verb as it goes with "you": runs → run, teaches → teach, is → are."""
    low = verb.lower()
    if low in _AGREEING:
        return _AGREEING[low]
    if not low.endswith("s") or low.endswith(("ss", "us", "is")) or len(low) < 3:
        return verb
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ch|sh|ss|x|o)es$", low):
        return verb[:-2]
    return verb[:-1]


def _words(tokens: list[str]) -> list[int]:
    return [i for i, t in enumerate(tokens) if t[:1].isalpha()]


def _in_second_person(text: str, gender: str | None) -> str:
    if gender is None:
        return text
    table = _MASCULINE if gender == "m" else _FEMININE
    tokens = _TOKEN.findall(text)
    out = list(tokens)
    words = _words(tokens)
    for k, i in enumerate(words):
        low = tokens[i].lower()
        if low not in table:
            continue
        following = words[k + 1] if k + 1 < len(words) else None
        nxt = tokens[following].lower() if following is not None else None
        between = "".join(tokens[i + 1:following]) if following is not None else ""
        if low == "her":
            replacement = "you" if nxt is None or nxt in _AFTER_OBJECT_HER or between.strip() else "your"
        elif low in ("he's", "she's") and nxt in ("got", "been"):
            replacement = "you've"
        else:
            replacement = table[low]
        out[i] = replacement[0].upper() + replacement[1:] if tokens[i][0].isupper() else replacement
        if low in _SUBJECTS and following is not None and not between.strip():
            j = k + 1
            if tokens[words[j]].lower() in _ADVERBS and j + 1 < len(words):
                j += 1
            out[words[j]] = _agreeing(tokens[words[j]])
    return "".join(out)


def _spelled_out(text: str) -> str:
    tokens = _TOKEN.findall(text)
    words = _words(tokens)
    for k, i in enumerate(words):
        low = tokens[i].lower()
        if low not in _SHORTHAND or (tokens[i] != low and low not in ("i", "im")):
            continue  # capitalised shorthand is a name or acronym the user meant ("EP", "Sun Life")
        before = tokens[words[k - 1]].lower() if k else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if after[:1] in ("-", "&", "@", ".") and after != "." or before in ("a", "an") and low == "exp":
            continue
        if low in _DAYS and before not in _DAY_CONTEXT:
            continue
        tokens[i] = _SHORTHAND[low]
    return "".join(tokens)


def _with_subjects(text: str) -> str:
    """Give "I", "I'm" or "we" to each sentence that starts without a subject, and a capital to each sentence
    after the first (the first follows the note's greeting; "rahul mehta said ..." is left for the model)."""
    parts = re.split(r"((?:^|[.!?]\s+))", text)
    out = []
    opening = True  # the reason's first sentence
    for part in parts:
        match = re.match(r"([A-Za-z']+)(\s+[A-Za-z']+)?", part)
        if not match or not part[:1].islower():
            out.append(part)
            opening = opening and not part.strip()
            continue
        original = part
        first, second = match.group(1).lower(), (match.group(2) or "").strip().lower()
        if first == "both":
            subject = "we both" if _PAST_PARTICIPLE_END.search(second) else "we're both"
            part = subject + part[len("both"):]
        elif first in _SUBJECT_IM:
            if first in ("fellow", "huge", "big", "new", "another"):
                part = ("I'm a " if first != "another" else "I'm ") + part
            else:
                part = "I'm " + part
        elif first in _SUBJECT_I and not (first == "also" and second in ("a", "an", "in", "on", "into")):
            part = "I " + part
        elif first == "also":
            part = "I'm " + part
        out.append(part[:1].upper() + part[1:] if part != original or not opening else part)
        opening = False
    return "".join(out)
