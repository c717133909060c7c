"""English shorthand spelled out, and a subject for each sentence that starts without one.

"im a new grad" -> "I'm a new grad", "loved ur pod" -> "I loved your podcast", "met at the expo" -> "We met at
the expo". Capitalised shorthand is left alone (a name or an acronym the user meant: "EP", "Sun Life").
"""

from __future__ import annotations

import re

from .english_words import IRREGULAR_PAST, OBJECT_START, SUBJECT_PRONOUNS, is_past

SHORTHAND = {
    "abt": "about", "pod": "podcast", "pods": "podcasts", "ep": "episode", "eps": "episodes", "wk": "week",
    "wks": "weeks", "yr": "year", "yrs": "years", "mfg": "manufacturing", "exp": "experience",
    "mgr": "manager", "govt": "government", "dept": "department", "bc": "because", "b/c": "because",
    "w/": "with", "w/o": "without", "thx": "thanks", "ppl": "people", "tmrw": "tomorrow", "tmr": "tomorrow",
    "u": "you", "ur": "your", "convo": "conversation", "im": "I'm", "ive": "I've", "didnt": "didn't",
    "dont": "don't", "cant": "can't", "isnt": "isn't", "wasnt": "wasn't", "doesnt": "doesn't", "thats": "that's",
    "youre": "you're", "theyre": "they're", "wouldnt": "wouldn't", "couldnt": "couldn't", "hadnt": "hadn't",
    "havent": "haven't", "hasnt": "hasn't", "wont": "won't", "i": "I", "i'm": "I'm", "i've": "I've",
    "i'd": "I'd", "i'll": "I'll", "pls": "please", "plz": "please", "thru": "through",
    "mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
    "thur": "Thursday", "thurs": "Thursday", "fri": "Friday", "sat": "Saturday", "sun": "Sunday",
    **{day: day.title() for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                    "january", "february", "april", "june", "july", "august", "september",
                                    "october", "november", "december")},
    **{day + "s": day.title() + "s" for day in ("monday", "tuesday", "wednesday", "thursday", "friday",
                                                "saturday", "sunday")},
}
#: shorthand that is also an ordinary word elsewhere: only spelled out after one of these words
_DAYS = {"mon", "wed", "sat", "sun"}
_DAY_CONTEXT = {"on", "next", "this", "last", "from", "until", "by", "before", "after"}
#: month shorthand, also a name ("Jan") or a word ("mar"): spelled out only after one of these words
_MONTHS = {"jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June", "jul": "July",
           "aug": "August", "sep": "September", "sept": "September", "oct": "October", "nov": "November",
           "dec": "December"}
_MONTH_CONTEXT = {"in", "since", "from", "until", "by", "early", "late", "mid", "next", "last", "this", "of"}
#: a contraction typed without its apostrophe that is also a word ("id", "shell"): spelled out only before these
_BEFORE_VERB = {"id": ("I'd", {"be", "love", "like", "reach", "say", "want", "appreciate", "welcome", "enjoy",
                               "really", "definitely", "probably", "been", "rather"}),
                "shell": ("she'll", {"be"}), "hell": ("he'll", {"be"})}
_TOKEN = re.compile(r"b/c|w/o|w/|[A-Za-z]+(?:'[A-Za-z]+)?|[^A-Za-z\s]+|\s+")


def spelled_out(text: str) -> str:
    tokens = _TOKEN.findall(text)
    words = [i for i, t in enumerate(tokens) if t[:1].isalpha()]
    for k, i in enumerate(words):
        low = tokens[i].lower()
        if low in _BEFORE_VERB and k + 1 < len(words) and tokens[words[k + 1]].lower() in _BEFORE_VERB[low][1] \
                and words[k + 1] == i + 2:
            tokens[i] = _BEFORE_VERB[low][0]
            continue
        if low in _MONTHS and k and tokens[words[k - 1]].lower() in _MONTH_CONTEXT and tokens[i] == low:
            tokens[i] = _MONTHS[low]
            continue
        if low not in SHORTHAND or (tokens[i] != low and low not in ("i", "im")):
            continue
        before = tokens[words[k - 1]].lower() if k else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if after[:1] in ("-", "&", "@", ".", "'", "’") and after != "." or before in ("a", "an") and low == "exp":
            continue
        if low in _DAYS and before not in _DAY_CONTEXT:
            continue
        tokens[i] = SHORTHAND[low]
    return "".join(tokens)


# how a sentence that starts without a subject is given one, by its first word
_SUBJECT_I = {"saw", "heard", "read", "loved", "liked", "met", "found", "came", "listened", "watched",
              "attended", "applied", "enjoyed", "spoke", "talked", "worked", "studied", "followed", "noticed",
              "admire", "love", "like", "want", "need", "think", "hope", "plan", "work", "run", "lead",
              "manage", "follow", "really", "just", "would", "recently", "also", "got", "started", "joined",
              "took", "went", "did", "have", "had", "used", "sell", "supply", "teach", "do", "wanted",
              "bumped", "caught", "learned", "learnt", "look", "looked", "stumbled", "sat", "told", "gave",
              "agree", "disagree", "owe", "appreciate", "wonder", "guess", "feel", "felt", "know", "knew",
              "couldn't", "can't", "didn't", "don't", "won't", "wouldn't", "shouldn't", "haven't", "hadn't"}
_SUBJECT_IM = {"looking", "hoping", "thinking", "applying", "hiring", "recruiting", "meeting", "going",
               "moving", "working", "trying", "planning", "interviewing", "starting", "building", "writing",
               "organizing", "organising", "attending", "coming", "heading", "switching", "transitioning",
               "speaking", "presenting", "expanding", "growing", "relocating", "joining", "studying",
               "researching", "doing", "new", "fellow", "huge", "big", "currently", "curious", "keen",
               "interested", "excited", "based", "another", "still", "retired", "located", "passionate",
               "impressed", "inspired", "amazed", "fascinated", "intrigued", "honored", "honoured", "thrilled",
               "delighted", "pleased", "surprised", "moved", "touched", "humbled", "glad", "happy", "eager",
               "grateful", "thankful", "stoked", "obsessed"}
#: words in "-ing" that are nouns, not "I'm doing" ("morning", "something")
_ING_NOUNS = {"thing", "nothing", "something", "anything", "everything", "morning", "evening", "spring",
              "king", "wedding", "ceiling", "string", "sibling", "ring", "wing", "swing", "bring", "sing",
              "sting", "ding", "building", "meeting", "during", "pudding", "darling", "feeling", "being"}
#: words in "-ed" that are not past tenses
_NOT_PAST = {"need", "indeed", "seed", "speed", "feed", "breed", "bed", "red", "shed", "weed", "deed",
             "hundred", "sacred", "naked", "wicked", "beloved", "embed", "proceed", "succeed", "exceed"}
_AFTER_ALSO_IM = {"a", "an", "in", "on", "into", "from", "at", "with", "based", "new", "interested", "curious",
                  "working", "looking", "hiring", "building", "big", "huge", "fellow", "still", "currently"}
_QUESTION_STARTS = {"would", "could", "can", "will", "should", "shall", "may", "might", "must", "do", "does", "did",
                    "is", "are", "was", "were", "have", "has", "had", "don't", "doesn't", "didn't", "isn't",
                    "aren't", "wasn't", "weren't", "haven't", "hasn't", "won't", "wouldn't", "couldn't", "can't",
                    "shouldn't"}
_VERBS_IN_A_CLAUSE = {"is", "was", "are", "were", "has", "had", "have", "does", "did", "do", "can", "will",
                      "would", "could", "should", "might", "must", "said", "says"}


#: third-person auxiliaries: in a sentence with no subject they show the person is meant, and agree with "you"
_THIRD_PERSON_AUX = {"has": "have", "is": "are", "was": "were", "does": "do", "hasn't": "haven't",
                     "isn't": "aren't", "wasn't": "weren't", "doesn't": "don't"}


def _about_the_person(first: str, sentence: list[str]) -> bool:
    """"started with one bakery and now has 23": a sentence with no subject whose own verbs are in the third
    person speaks of the person, not the sender."""
    if not (first in IRREGULAR_PAST or is_past(first)):
        return False
    for word in sentence[1:]:
        if word in SUBJECT_PRONOUNS or word in ("i", "i'm", "we", "they", "she", "he"):
            return False
        if word in _THIRD_PERSON_AUX:
            return True
    return False


def _subject(first: str, second: str, clause: list[str]) -> str | None:
    """What a sentence that starts with ``first`` ``second`` needs before it ("I", "I'm", "we", ...)."""
    if first in _QUESTION_STARTS and second in SUBJECT_PRONOUNS:
        return None  # a question: "would you be open", "could I buy you a coffee"
    if first == "both":
        return "we" if (second in IRREGULAR_PAST or is_past(second)) else "we're"
    if first == "same" and second in ("field", "industry", "space", "sector", "line", "area", "role", "job",
                                      "profession", "team", "company", "school", "city"):
        return "We're in the"  # "same field"
    if first == "been":
        return "I've"
    if first in ("met", "worked", "studied", "went", "grew") and ("together" in clause or (
            first == "met" and second in ("at", "in", "on", "through", "during", "via", "back", "last", "years"))):
        return "We"
    if first in _SUBJECT_IM:
        return "I'm a" if first in ("fellow", "huge", "big", "new") else "I'm"
    if first == "also":
        return "I'm" if second in _AFTER_ALSO_IM else "I"
    if first in _SUBJECT_I:
        return "I"
    if first in ("a", "an") and not any(w in _VERBS_IN_A_CLAUSE or is_past(w) for w in clause[1:]):
        return "I'm"  # "an ICU nurse too" (but not "a friend recommended her")
    if len(first) > 4 and first.endswith("ing") and first not in _ING_NOUNS and second not in (
            "is", "was", "are", "were", "has", "'s"):
        return "I'm"  # "running a meetup for ppl in climate tech"
    objectish = second in OBJECT_START and second not in ("by", "of")
    if objectish and (first in IRREGULAR_PAST or (len(first) > 4 and first.endswith("ed") and first not in _NOT_PAST)):
        return "I"  # "thanked her after the session"
    return None


def with_subjects(text: str) -> str:
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
        clause = re.split(r"[,;:]", part, maxsplit=1)[0].lower().split()
        sentence = re.findall(r"[a-z']+", part.lower())
        subject = _subject(first, second, clause)
        if _about_the_person(first, sentence):
            part = "you " + re.sub(r"\b(" + "|".join(map(re.escape, _THIRD_PERSON_AUX)) + r")\b",
                                   lambda m: _THIRD_PERSON_AUX[m.group(1)], part)
        elif subject is not None:
            if first == "both":
                part = subject + " both" + part[len("both"):]
            else:
                part = subject + " " + part
        out.append(part[:1].upper() + part[1:] if part != original or not opening else part)
        opening = False
    return "".join(out)
