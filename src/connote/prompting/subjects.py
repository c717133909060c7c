"""English shorthand spelled out, and a subject for each sentence that starts without one.

"im a new grad" -> "I'm a new grad", "loved ur pod" -> "I loved your podcast", "met at the expo" -> "We met at
the expo". Capitalised shorthand is left alone (a name or an acronym the user meant: "EP", "Sun Life").
"""

from __future__ import annotations

import re

from .english_words import FIELDS, IRREGULAR_PAST, OBJECT_START, SUBJECT_PRONOUNS, WORKPLACES, is_past, names_a_person

SHORTHAND = {
    "abt": "about", "n": "and", "msg": "message", "msgs": "messages", "pod": "podcast", "pods": "podcasts",
    "ep": "episode", "eps": "episodes", "wk": "week",
    "wks": "weeks", "wknd": "weekend", "wkend": "weekend", "yr": "year", "yrs": "years", "hrs": "hours", "ctrl": "control",
    "mgmt": "management",
    "hr": "hour", "mins": "minutes", "qtr": "quarter", "mfg": "manufacturing", "exp": "experience",
    "mgr": "manager", "govt": "government", "dept": "department", "bc": "because", "b/c": "because",
    "w/": "with", "w/o": "without", "thx": "thanks", "ppl": "people", "tmrw": "tomorrow", "tmr": "tomorrow",
    "u": "you", "ur": "your", "w": "with", "wd": "would", "shd": "should", "mgmt": "management", "mktg": "marketing",
    "convo": "conversation", "wanna": "want to", "lvl": "level", "wld": "would", "conf": "conference", "confs": "conferences", "ppls": "people's",
    "asst": "assistant", "mngr": "manager", "vid": "video", "vids": "videos", "biz": "business", "imo": "in my opinion",
    "im": "I'm", "ive": "I've", "didnt": "didn't", "rly": "really", "rn": "right now", "qs": "questions",
    "b4": "before", "tho": "though", "prob": "probably", "def": "definitely", "obv": "obviously",
    "dont": "don't", "cant": "can't", "isnt": "isn't", "wasnt": "wasn't", "doesnt": "doesn't", "thats": "that's",
    "youre": "you're", "theyre": "they're", "wouldnt": "wouldn't", "couldnt": "couldn't", "hadnt": "hadn't",
    "havent": "haven't", "hasnt": "hasn't", "wont": "won't", "i": "I", "i'm": "I'm", "i've": "I've",
    "theres": "there's", "whats": "what's", "werent": "weren't", "arent": "aren't", "shouldnt": "shouldn't",
    "smth": "something", "sth": "something", "smb": "somebody", "pts": "patients",
    "approx": "approximately",
    "yday": "yesterday", "cert": "certificate", "certs": "certificates", "acct": "account", "accts": "accounts",
    "merch": "merch",  # (not "march": "visual merch")
    "youd": "you'd", "theyd": "they'd", "youve": "you've", "weve": "we've", "theyve": "they've", "youll": "you'll", "theyll": "they'll",
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
_DAY_DAYS = _DAYS | {"tue", "tues", "thu", "thur", "thurs", "fri"}
_DAY_CONTEXT = {"on", "next", "this", "last", "from", "until", "by", "before", "after"}
#: a weekday typed short after one of these words is when it happened: "with her sat", "the fest sat" -> "on
#: Saturday" (not "I sat", "the sun")
_DAY_AFTER = {"her", "him", "them", "you", "me", "us", "fest", "festival", "expo", "fair", "meetup", "conference",
              "summit", "market", "show", "workshop", "talk", "panel", "event", "gig", "party", "dinner", "lunch",
              "breakfast", "session", "shift", "class", "match", "game", "race", "launch", "webinar", "meeting",
              "applied", "interviewed", "emailed", "called", "messaged", "posted", "spoke", "talked"}
#: "its" before these is "it's" typed without its apostrophe ("its still in my head", "its been a year")
_ITS_IS = {"still", "been", "a", "an", "the", "so", "not", "really", "very", "just", "always", "never", "too",
           "also", "going", "gonna", "pretty", "such", "exactly", "kind", "all", "hard", "great", "nice", "cool",
           "amazing", "awesome", "fine", "ok", "okay", "true", "crazy", "wild", "funny", "clear", "basically",
           "literally", "definitely", "probably", "almost", "only", "now", "about", "like", "my", "your", "our",
           "fully", "totally", "completely", "entirely", "quite", "mostly", "partly", "ready", "worth", "done", "over",
           "relevant", "useful", "helpful", "possible", "likely", "unlikely", "time", "tough", "urgent", "nothing",
           "more", "less", "way", "actually", "honestly", "maybe", "worthwhile"}
#: what "v" is "very" before ("v good", "v keen"; not "Smith v Jones")
_V_BEFORE = {"keen", "interested", "excited", "impressed", "happy", "helpful", "busy", "different", "similar",
             "close", "important", "grateful", "proud", "early", "late", "new", "small", "big", "hard", "easy"}
#: month shorthand, also a name ("Jan") or a word ("mar"): spelled out only after one of these words
MONTHS = {"jan": "January", "feb": "February", "mar": "March", "march": "March", "apr": "April", "jun": "June", "jul": "July",
           "aug": "August", "sep": "September", "sept": "September", "oct": "October", "nov": "November",
           "dec": "December", "may": "May"}
_MONTH_CONTEXT = {"in", "since", "from", "until", "by", "early", "late", "mid", "next", "last", "this", "of", "starting",
                  "start", "starts", "begins", "beginning", "around", "before", "after"}
#: a contraction typed without its apostrophe that is also a word ("id", "shell"): spelled out only before these
_BEFORE_VERB = {"id": ("I'd", {"be", "love", "like", "reach", "say", "want", "appreciate", "welcome", "enjoy",
                               "really", "definitely", "probably", "been", "rather", "honestly", "totally",
                               "absolutely", "genuinely", "also", "still", "so"}),
                "shell": ("she'll", {"be"}), "hell": ("he'll", {"be"}),
                # "lets continue that convo": let's (not "she lets us")
                "lets": ("let's", {"continue", "talk", "chat", "connect", "catch", "grab", "meet", "keep", "stay", "get",
                                   "swap", "compare", "sync", "discuss", "pick", "hop", "jump", "set", "see", "do",
                                   "find", "trade", "team", "collaborate", "work", "build", "start", "schedule"}),
                "shed": ("she'd", {"be", "love", "like", "want", "probably", "definitely", "know", "been", "share",
                                   "send", "help", "give", "mind", "take"}),
                "hed": ("he'd", {"be", "love", "like", "want", "probably", "definitely", "know", "been", "share",
                                 "send", "help", "give", "mind", "take"}),
                "ill": ("I'll", {"be", "have", "send", "bring", "see", "try", "reach", "share", "ask", "come",
                                 "probably", "definitely", "also", "need", "make", "take", "get", "drop"}),
                # "she said ur great to know": you're, not "your great"
                "ur": ("you're", {"great", "good", "amazing", "awesome", "the", "a", "an", "so", "very", "really",
                                  "hiring", "doing", "looking", "going", "based", "also", "still", "right", "welcome",
                                  "brilliant", "fantastic", "incredible", "one", "basically", "literally"})}
_TOKEN = re.compile(r"b/c|w/o|w/|\bb4\b|[^\W\d_]+(?:'[^\W\d_]+)?|[^\w\s]+|\d+|_+|\s+")  # ("Kraków": one word)


#: "were" before these at a clause's start is "we're" ("were a 2 person distillery", "were also hiring")
_WERE_A = {"a", "an", "also", "still", "just", "based", "currently", "now", "both", "all", "looking", "hiring", "mid",
           "halfway", "partway"}


def _were_is_we(tokens: list[str], words: list[int], k: int, any_word: bool = False) -> bool:
    """Whether "were" at word ``k`` starts a clause with no subject of its own: the reason's start, after a
    sentence or clause mark (before "-ing", "a", "also" ...), or after "and"/"but"/"so" when the clause before
    is the sender's ("im an optom and were starting a clinic", "i'm a chemist and were stuck on that"; not
    "they were hiring and were looking")."""
    if not k or re.search(r"[.!?,;]", "".join(tokens[words[k - 1] + 1:words[k]])):
        return not any_word
    if tokens[words[k - 1]].lower() not in ("and", "but", "so"):
        return False
    for j in range(k - 2, -1, -1):
        word = tokens[words[j]].lower()
        if re.search(r"[.!?]", "".join(tokens[words[j] + 1:words[j + 1]])):
            return False
        if word in ("i", "im", "i'm", "ive", "i've"):
            return True
        if word in ("you", "he", "she", "they", "we", "it", "who"):
            return False
    return False


def spelled_out(text: str) -> str:
    text = re.sub(rf"\b({'|'.join(MONTHS)})/({'|'.join(MONTHS)})\b", lambda m: f"{MONTHS[m.group(1).lower()]}/"
                  f"{MONTHS[m.group(2).lower()]}", text, flags=re.I)  # "in nov/dec"
    text = re.sub(r"\b(sync|connect|chat|talk|meet|speak|catch up|touch base|say hi|say hello|compare notes|call|"
                  r"coordinate|prep|align|introduce myself) before(?=\s*(?:[,.;!?]|$))", r"\1 beforehand", text,
                  flags=re.I)  # "want to sync before, maybe a call in may": a dangling "before"
    text = re.sub(r"\bgr8\b", "great", text, flags=re.I)  # (a word with a digit: not one token below)
    text = re.sub(r"(^|[.!?,;]\s+)were (?=(?:about|going|hiring|looking|doing|trying|planning|building|moving|launching|"
                  r"starting|running|also|still|currently|now|both)\b)", r"\1we're ", text, flags=re.I)  # "were about to"
    text = re.sub(r"\b(\d+)\s?y(?=\s+(?:of\s+)?[a-z])", r"\1 years", text)  # "6y finfet experience"
    text = re.sub(r"(?<=\w) @ (?=[^\W\d_])", " at ", text)  # "met @ dentex": at (an address has no spaces)
    tokens = _TOKEN.findall(text)
    words = [i for i, t in enumerate(tokens) if t[:1].isalpha()]
    for k, i in enumerate(words):
        low = tokens[i].lower()
        if low in _BEFORE_VERB and k + 1 < len(words) and tokens[words[k + 1]].lower() in _BEFORE_VERB[low][1] \
                and words[k + 1] == i + 2:
            said = _BEFORE_VERB[low][0]
            tokens[i] = said[:1].upper() + said[1:] if tokens[i][:1].isupper() else said
            continue
        following = tokens[words[k + 1]].lower() if k + 1 < len(words) and words[k + 1] == i + 2 else ""
        previous = tokens[words[k - 1]].lower() if k and words[k - 1] == i - 2 else ""
        alone = i + 1 == len(tokens) or not tokens[i + 1][:1].isalnum()  # (not "Q3")
        if low == "r" and alone and (previous.endswith("s") or previous in ("u", "you", "we", "they")) and (
                following in _ADJECTIVES | _V_BEFORE | {"so", "really", "very", "the", "always", "gold", "brilliant"}):
            tokens[i] = "are"  # "her posts r so good"
            continue
        if alone and ((low, previous) in (("q", "the"), ("q", "a"), ("q", "my"), ("q", "one")) or (
                low == "v" and following in _ADJECTIVES | _V_BEFORE)):
            tokens[i] = "question" if low == "q" else "very"  # "asked the q about tablets", "your team is v good"
            continue
        last = k + 2 >= len(words) or bool(re.search(r"[.,;!?]", "".join(tokens[words[k + 1] + 1:words[k + 2]])))
        if low == "its" and tokens[i] == low and (following in _ITS_IS or (last and following.endswith(
                ("ial", "ent", "ant", "ful", "ous", "ive", "able", "ible")))):  # "its confidential", not "its annual report"
            tokens[i] = "it's"
            continue
        if low == "were" and tokens[i] == low and following and following not in SUBJECT_PRONOUNS and (
                _were_is_we(tokens, words, k, any_word=not (following.endswith("ing") or following in _WERE_A))):
            tokens[i] = "we're"  # "were pitching our mowers": "we're" typed without its apostrophe
            continue
        if low in MONTHS and k and tokens[i] == low and (tokens[words[k - 1]].lower() in _MONTH_CONTEXT or re.fullmatch(
                r"\d{1,2}(?:st|nd|rd|th)?", tokens[i - 2] if i >= 2 and tokens[i - 1].isspace() else "")) and not (
                low == "may" and following in ("be", "have", "not", "also", "well", "need", "want", "help", "ask")):
            tokens[i] = MONTHS[low]
            continue
        if low not in SHORTHAND or (tokens[i] != low and low not in ("i", "im")):
            continue
        before = tokens[words[k - 1]].lower() if k else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if after[:1] in ("-", "&", "@", ".", "'", "’") and after != "." or before in ("a", "an") and low == "exp" \
                or after[:1].isdigit() or (i and tokens[i - 1][:1] in "\\/-_@#"):  # "u14", "w2", "cluster\conf": a
            continue  # code or a name, not "you", "with", "conference"
        if low == "n" and not (k and k + 1 < len(words) and words[k + 1] == i + 2 and tokens[i - 1] == " "
                               and tokens[i + 1] == " "):
            continue  # "n" is "and" only between two words ("rock n roll"; not "n/a", "jaén")
        if low in _DAY_DAYS and before in _DAY_AFTER and (not after or after[:1] in ",.;!" or (
                k + 1 < len(words) and words[k + 1] == i + 2 and not tokens[words[k + 1]][:1].isupper())):
            tokens[i] = "on " + SHORTHAND[low]
            continue
        if low in _DAYS and before not in _DAY_CONTEXT:
            continue
        if low == "hr" and not re.search(r"(?:\d|\bper|\bhalf an|\ban)\s*$", "".join(tokens[:i]), re.I) or (
                low == "hr" and k + 1 < len(words) and tokens[words[k + 1]].lower() in _HR_THINGS):
            tokens[i] = "HR"  # "we're both hr in utrecht", "an hr team of 4": human resources; an hour after a number
            continue
        tokens[i] = SHORTHAND[low]
    return "".join(tokens)


# how a sentence that starts without a subject is given one, by its first word
SUBJECT_I = {"saw", "heard", "read", "loved", "liked", "met", "found", "came", "listened", "watched", "respect",
              "attended", "applied", "enjoyed", "spoke", "talked", "worked", "studied", "followed", "noticed",
              "admire", "love", "like", "want", "need", "think", "hope", "plan", "work", "run", "lead",
              "manage", "follow", "really", "just", "would", "recently", "also", "got", "started", "joined",
              "took", "went", "did", "have", "had", "used", "sell", "supply", "teach", "do", "wanted",
              "bumped", "caught", "learned", "learnt", "look", "looked", "stumbled", "sat", "told", "gave",
              "agree", "disagree", "owe", "appreciate", "wonder", "guess", "feel", "felt", "know", "knew",
              "couldn't", "can't", "didn't", "don't", "won't", "wouldn't", "shouldn't", "haven't", "hadn't",
              "keep", "own", "raise", "grow", "build", "write", "volunteer", "organize", "organise", "live",
              "breed", "import", "export", "produce", "brew", "buy", "start", "begin"}
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
ING_NOUNS = {"thing", "nothing", "something", "anything", "everything", "morning", "evening", "spring",
              "king", "wedding", "ceiling", "string", "sibling", "ring", "wing", "swing", "bring", "sing",
              "sting", "ding", "building", "meeting", "during", "pudding", "darling", "feeling", "being"}
#: words in "-ed" that are not past tenses
_NOT_PAST = {"need", "indeed", "seed", "speed", "feed", "breed", "bed", "red", "shed", "weed", "deed",
             "hundred", "sacred", "naked", "wicked", "beloved", "embed", "proceed", "succeed", "exceed"}
#: "really useful stuff", "so good": an adjective after an adverb, not a verb
_ADJECTIVES = {"good", "great", "nice", "cool", "neat", "smart", "sharp", "clear", "solid", "fun", "wild", "big",
               "interesting", "amazing", "inspiring", "refreshing", "well", "much", "true", "relevant"}
_ADJECTIVE_ENDS = ("ful", "ous", "ive", "able", "ible", "ical", "ic")
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


_SEEN = {"saw", "heard", "read", "noticed", "learned", "learnt", "found", "spotted", "realised", "realized"}


def _about_the_person(first: str, sentence: list[str]) -> bool:
    """"started with one bakery and now has 23": a sentence with no subject whose own verbs are in the third
    person speaks of the person, not the sender."""
    if first == "been" or not (first in IRREGULAR_PAST or is_past(first)):
        return False  # "been following her work ... is wild": "I've been"
    if first in _SEEN:
        return False  # "saw your team is hiring": what the sender saw, its verb the clause's own
    for word in sentence[1:]:
        if word in SUBJECT_PRONOUNS or word in ("i", "i'm", "we", "they", "she", "he"):
            return False
        if word in _THIRD_PERSON_AUX:
            return True
    return False


#: who a reason names with no article when they recommended the person ("friend used her", "colleague said ...")
WHO_TOLD = {"friend", "colleague", "coworker", "co-worker", "mate", "cousin", "neighbour", "neighbor", "buddy",
             "client", "customer"}


def _subject(first: str, second: str, clause: list[str]) -> str | None:
    """What a sentence that starts with ``first`` ``second`` needs before it ("I", "I'm", "we", ...)."""
    if first in _QUESTION_STARTS and second in SUBJECT_PRONOUNS:
        return None  # a question: "would you be open", "could I buy you a coffee"
    if first == "both":  # "both did the course", "both do harvest planning", "both into bees"
        return "we" if (second in IRREGULAR_PAST or is_past(second) or second in SUBJECT_I) else "we're"
    if first == "same" and set(clause[1:3]) & {"cohort", "class", "year", "intake", "batch"}:
        return "We were in the"  # "same mba cohort"
    if first == "same" and second in ("school", "uni", "university", "college"):
        return "We went to the"  # "same school as me": we went to the same school
    if first == "same" and second in ("course", "program", "programme", "degree", "masters", "master's", "bachelors",
                                      "msw", "mba", "msc", "ma", "ba", "bsc", "phd", "bootcamp", "apprenticeship",
                                      "training", "residency", "fellowship"):
        return "We did the"  # "same msw at mcgill": we did the same MSW
    if first == "same" and second in ("company", "firm", "employer", "organisation", "organization"):
        return "We worked at the" if set(clause) & {"before", "previously", "once", "formerly"} else "We work at the"
    if first in ("industry", "sector", "fellow") and second in ("peer", "peers") and len(clause) == 2:
        return "We're"  # "industry peer": we're industry peers (the plural below)
    if first in ("old", "former", "ex") and second in ("colleague", "colleagues", "coworker", "coworkers") \
            and "of" not in clause[:3]:
        return "We're"  # "old colleague from clydeport days": we're old colleagues (the plural below)
    if first == "same" and second in ("field", "industry", "space", "sector", "line", "area", "role", "job",
                                      "profession", "team", "city", "trade", "craft", "business", "niche",
                                      "world", "discipline", "specialty", "specialism", "department", "town"):
        return "We're in the"  # "same field", "same trade"
    if second in ("respect", "admiration") and first in ("huge", "big", "massive", "great", "mad", "much", "deep",
                                                         "enormous", "immense", "total", "so"):
        return "I have"  # "huge respect for how they ...": not "I'm a huge respect"
    if first == "been":
        return "I've"
    if first == "just" and second in ("a", "an") and any(w in clause[2:5] for w in ("hi", "hello", "hey", "note", "intro")):
        return None  # "just a friendly hi before i start": no sentence of its own
    if first == "just" and second == "after":
        return "I'm"  # "just after a quote": what the sender is after
    if first in ("haven't", "hadn't") and second in ("talked", "spoken", "chatted", "seen", "caught", "met", "crossed"):
        return "we"  # "haven't talked in ages": not the sender alone
    if (first in ("former", "ex", "old", "ex-colleague", "ex-coworker") or first in _WHO_OF) and "of" in clause[:3] \
            and (first in _WHO_OF or second in _WHO_OF):
        return "You're an" if first[:1] in "aeio" else "You're a"  # "former colleague of my sister's, she said
        # ...": who the person is
    if first == "lost" and second == "touch":
        return "We"  # "lost touch, just wanna say hi": not the sender alone
    if first == "connect" and second in ("before", "after", "ahead", "now", "here", "so", "since", "as", "while", "when"):
        return "I'd like to"  # "connect before i start": the sender's wish, not an order
    if first == "mutual" and second in ("friend", "contact", "connection", "colleague", "acquaintance"):
        return "Our"  # "mutual friend ama owusu said i should reach out"
    if first in WHO_TOLD and (second.endswith("ed") or is_past(second)):
        return "A"  # "friend used her and said ...": a friend
    if first == "would" and second == "be" and len(clause) > 3 and clause[2] in _GOOD and clause[3] == "to":
        return "It"  # "would be good to share erg plans": it would be
    if first in ("now", "currently", "still") and len(second) > 4 and second.endswith("ing"):
        return "I'm"  # "now looking at archive jobs"
    if (first in IRREGULAR_PAST or is_past(first)) and "each" in clause and "other" in clause:
        return "We"  # "ran into each other at achema"
    if first in ("met", "worked", "studied", "went", "grew") and ("together" in clause or (
            first == "met" and second in ("at", "in", "on", "through", "during", "via", "back", "last", "years"))):
        return "We"
    if first in ("interview", "call") and second in ("at", "with", "for", "on", "next", "tomorrow", "tmrw"):
        return "I have an" if first == "interview" else "I have a"  # "interview at her clinic next thurs"
    if first in ("start", "end") and second == "date":
        return None  # "start date is march": a sentence with its subject
    if first == "open" and second == "to":
        return "I'm"  # "open to roles": the sender is
    if first == "new" and second in ("job", "role", "position", "gig", "team"):
        return "I'm starting a"  # "new job, hes my boss": not "I'm a new job"
    if first in _SUBJECT_IM:
        return "I'm a" if first in ("fellow", "huge", "big", "new") else "I'm"
    if second in ("her", "him", "them", "you") and first in _TO_DO_FOR:
        return "I'd like to"  # "sell her ice machines", "invite him to speak": what the sender wants to do
    if first in ("just", "really", "actually") and len(second) > 4 and second.endswith("ing") and (
            second not in ING_NOUNS or clause[2:3] in (["my"], ["a"], ["an"], ["our"], ["up"], ["out"])):
        return "I'm"  # "just networking", "just browsing"
    if first in ("leader", "expert", "pioneer", "authority", "legend") and second in ("in", "on") \
            or (first == "thought" and second == "leader"):
        return "You're a"  # "leader in telepsych in west africa": who the person is
    if len(clause) <= 4 and clause[-1:] == ["too"] and clause[-2:-1] and clause[-2] in FIELDS:
        return "I'm in"  # "ux research too"
    if len(clause) == 2 and clause[1] == "too" and clause[0] in WORKPLACES:
        return "I work in a"  # "warehouse too"
    if 2 <= len(clause) <= 4 and clause[-1] in ("alum", "alumna", "alumnus", "grad") and clause[0] not in (
            "a", "an", "the", "fellow", "also", "i", "i'm", "im", "we", "we're", "you", "she", "he", "my", "our"):
        return "I'm a fellow"  # "ubc alum", "ohio state alum": the sender is one too, as the person is
    if _ones_role_too(clause):
        return "I'm an" if first[:1] in "aeio" else "I'm a"  # "dairy vet too": the sender is one as well
    if first == "also":  # "also digitizing rare maps": I'm
        return "I'm" if second in _AFTER_ALSO_IM or (len(second) > 4 and second.endswith("ing")
                                                     and second not in ING_NOUNS) else "I"
    if first in ("really", "just", "so", "very") and (second in _ADJECTIVES or second.endswith(_ADJECTIVE_ENDS)):
        return None  # "really useful stuff": no verb to give a subject to
    if first in SUBJECT_I:
        return "I"
    if first in ("a", "an") and not any(w in _VERBS_IN_A_CLAUSE or is_past(w) for w in clause[1:]):
        return "I'm"  # "an ICU nurse too" (but not "a friend recommended her")
    if first in _ING_PRAISE and second in ("", "stuff", "too", "honestly", "really", "tbh"):
        return "It was"  # "her talk on kilns. amazing": the talk, not "I'm amazing"
    if (len(first) > 4 and first.endswith("ing") and second in _LEARNERS | {"students", "assistant", "tech",
                                                                             "technician"}) or (
            len(clause) == 2 and second in _LEARNERS):  # "nursing student" (not "I'm nursing student"), "pharmacy
        return "I'm an" if first[:1] in "aeiou" else "I'm a"  # student, want advice …"
    if first in ("existing", "outgoing", "incoming", "upcoming"):
        return None  # "existing customer": who the person is to the writer, an adjective
    if len(first) > 4 and first.endswith("ing") and first not in ING_NOUNS and second not in (
            "is", "was", "are", "were", "has", "'s"):
        return "I'm"  # "running a meetup for ppl in climate tech"
    objectish = second in OBJECT_START and second not in ("by", "of")
    if objectish and (first in IRREGULAR_PAST or (len(first) > 4 and first.endswith("ed") and first not in _NOT_PAST)):
        return "I"  # "thanked her after the session"
    return None


#: who the person is to someone the sender knows ("former colleague of my sister")
_WHO_OF = {"colleague", "coworker", "co-worker", "classmate", "teammate", "friend", "ex-colleague", "ex-coworker",
           "roommate", "flatmate", "neighbour", "neighbor", "mentor", "student", "cousin"}
#: what a sender is while learning a trade ("pharmacy student", "nursing intern")
_LEARNERS = {"student", "intern", "apprentice", "trainee"}
#: what "hr" is before ("hr team"): human resources
_HR_THINGS = {"team", "teams", "department", "dept", "manager", "director", "lead", "person", "partner", "business",
              "admin", "software", "system", "systems", "policy", "policies", "tech", "consultant", "generalist",
              "advisor", "adviser", "specialist", "coordinator", "assistant", "officer", "analyst", "associate", "role",
              "job", "professional", "people", "field", "world", "career"}
#: a bare verb a reason opens on, done to the person: what the sender would like to do
_TO_DO_FOR = {"sell", "pitch", "hire", "invite", "recruit", "interview", "introduce", "book", "supply",
              "show", "offer", "visit", "help", "ask", "tell"}
def _ones_role_too(clause: list[str]) -> bool:
    """Whether a sentence is only a kind of person and "too" ("dairy vet too", "highveld mining grad too"): no
    verb, no pronoun, a person's noun before "too"."""
    words = [w.strip(".,!?") for w in " ".join(clause).split("(")[0].split()]  # "dick vet alum too (class of 2015)"
    if not 2 <= len(words) <= 5 or words[-1] not in ("too", "also"):
        return False
    return names_a_person(words[-2]) and not any(w in SUBJECT_PRONOUNS or w in _VERBS_IN_A_CLAUSE or w in SUBJECT_I or w in _SUBJECT_IM
                              or w in ("i", "me", "it", "this", "that", "here", "a", "an", "the") or is_past(w)
                              for w in words[:-1])


#: what the sender did with the person's work that a reason names alone ("her post on X, im ...")
_TAKEN_IN = {**dict.fromkeys(("post", "posts", "article", "articles", "blog", "newsletter", "thread", "piece",
                              "essay", "book", "paper", "write-up", "writeup", "report", "study"), "I read"),
             **dict.fromkeys(("talk", "keynote", "presentation", "panel", "webinar", "video", "videos", "demo",
                              "session", "workshop", "lecture", "masterclass"), "I saw"),
             **dict.fromkeys(("podcast", "episode", "interview", "podcasts", "episodes"), "I listened to")}


def _taken_in(part: str) -> str:
    """"your post on running a clinic for musicians, I'm an audiologist" opens on a phrase with no verb: "I read
    your post on ..." (only before a clause of the sender's: "your post on layoffs hit home" stays)."""
    m = re.match(r"(?:your|Your) ([a-z-]+)\b([^,;:.!?]*)(,\s*(?:I|I'm|I've|I'd|we|we're|my|our)\b)?", part)
    if m and m.group(1) in _TAKEN_IN and not m.group(3) and re.match(r"\s+(?:about|on|abt|re|regarding)\b", m.group(2)) \
            and _no_main_verb(m.group(2)):  # a whole sentence: "your post about giving crews 10 minutes before they go"
        return f"{_TAKEN_IN[m.group(1)]} your{part[4:]}"
    if not m or m.group(1) not in _TAKEN_IN or not m.group(3):
        return part
    if any(w in _VERBS_IN_A_CLAUSE or w in ("are", "were", "has", "have", "hit", "hits") or is_past(w)
           for w in m.group(2).split()):
        return part  # "your post about burnout hit home, I'm …": a sentence already
    return f"{_TAKEN_IN[m.group(1)]} your{part[4:]}"


#: words after which a verb belongs to a clause of its own, not to the sentence
_SUBORDINATE = {"before", "after", "when", "because", "that", "which", "who", "if", "while", "until", "so", "where",
                "once", "since", "whenever", "and"}


def _no_main_verb(topic: str) -> bool:
    """Whether the words after "your post about" have no verb of their own before a subordinate clause ("giving
    crews 10 minutes after a bad job before they go back" has none; "running clinics really helped" has one)."""
    words = topic.lower().split()
    for k, (before, w) in enumerate(zip(words, words[1:])):
        if w == "and" and words[k + 2:k + 3] not in (["they"], ["we"], ["i"], ["you"], ["he"], ["she"], ["how"]):
            continue  # "calving calls and burnout hit home": two topics, then the verb
        if w in _SUBORDINATE:
            return True
        if w in _VERBS_IN_A_CLAUSE or w in IRREGULAR_PAST or w in ("is", "was", "are", "were", "has", "have", "had",
                                                                     "hit", "hits", "helps", "makes") or (
                is_past(w) and not before.isdigit() and before not in ("a", "an", "the", "my", "your", "our")):
            return False  # ("10 protected minutes": an adjective)
    return True


def with_subjects(text: str) -> str:
    """Give "I", "I'm" or "we" to each sentence that starts without a subject, and a capital to each sentence
    after the first (the first follows the note's greeting; "rahul mehta said ..." is left for the model)."""
    parts = re.split(r"((?:^|(?<!\s[A-Za-z])[.!?]\s+))", text)  # (not after an initial: "Kenji T. said")
    out = []
    opening = True  # the reason's first sentence
    for part in parts:
        part = _taken_in(part)
        match = re.match(r"([A-Za-z']+)(\s+[A-Za-z']+)?", part)
        if not match or not part[:1].islower():
            out.append(part)
            opening = opening and not part.strip()
            continue
        original = part
        first, second = match.group(1).lower(), (match.group(2) or "").strip().lower()
        first_clause = re.split(r"[,;:]", part, maxsplit=1)[0].lower()
        clause = first_clause.split()
        sentence = re.findall(r"[a-z']+", first_clause)
        subject = _subject(first, second, clause)
        if _about_the_person(first, sentence):
            part = "you " + re.sub(r"\b(" + "|".join(map(re.escape, _THIRD_PERSON_AUX)) + r")\b",
                                   lambda m: _THIRD_PERSON_AUX[m.group(1)], part)
        elif subject is not None:
            if subject == "We're" and second in ("peer", "colleague", "coworker"):
                part = re.sub(r"^(\w+ \w+)", r"\1s", part)  # "industry peer": "We're industry peers"
            if first == "same":  # "same school as me": "as me" goes with "we"
                part = re.sub(r"^(same \w+) as (?:me|i|mine)\b", r"\1", part, flags=re.I)
            if first == "both":
                part = subject + " both" + part[len("both"):]
            else:
                part = subject + " " + part
        out.append(part[:1].upper() + part[1:] if part != original or not opening else part)
        opening = False
    return "".join(out)


#: words in "-ing" that praise: a sentence of only these says what the thing was
_ING_PRAISE = {"amazing", "inspiring", "interesting", "fascinating", "stunning", "outstanding", "refreshing",
               "eye-opening", "thought-provoking", "mind-blowing", "interesting", "gripping", "moving", "compelling"}
#: what "would be … to" finds a plan ("would be good to swap notes"): after a comma, and (with more words) at a
#: sentence's start
GOOD_TO = ("cool", "great", "nice", "good", "awesome", "fun", "amazing", "helpful", "useful", "lovely")
_GOOD = {*GOOD_TO, "interesting", "wonderful", "brilliant", "fantastic", "handy", "valuable", "ideal"}
