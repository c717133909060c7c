"""An English reason about the person, said to them: "he's grown the team" -> "you've grown the team".

Who is meant. The person's own name (first name, or their full name; any case) is always them. Their pronouns
are the profile's (She/Her, He/Him, They/Them); without those, a gender of "he"/"she" is theirs when it is the
only one the reason uses. "they"/"them"/"their" mean the person only on a They/Them profile. A pronoun that
is the subject of what a third party said ("my friend ana said she would intro us", "rahul mentioned he ...")
is that third party, and a reason that already says "you" to the person leaves its pronouns alone: there the
pronouns may well mean someone else.

The grammar. The verb agrees with "you" wherever the person is its subject: after adverbs ("she barely
sleeps" -> "you barely sleep"), in every coordinated verb ("runs X and hosts Y", "writes, speaks and
mentors"), in questions ("does she mentor?" -> "do you mentor?"). "'s" is read as "is" or "has" by what
follows ("she's building" -> "you're", "she's built" -> "you've"); "her" as the object or the possessive by
what follows ("send her our slides" -> "you", "her slides" -> "your"); "his" as "your" or "yours".

Where a rule cannot tell (her + a word in "-ing", "she's set to", a coordinated word that may be a noun), the
words are left as they are: the model can still tidy a third person, it cannot undo a wrong rewrite.
"""

from __future__ import annotations

import re

from ..schema import Profile
from .english_others import asides_of_others, objects_of_the_person, subjects_own
from .english_words import (
    ADJECTIVES_LY, AFTER_OBJECT_HER, AMBIGUOUS_PARTICIPLES, AUXILIARIES, BARE_VERBS, CONJUNCTIONS,
    HAS_PARTICIPLES, IS_PARTICIPLES, MODALS, NO_HE_OR_SHE, NOT_REPORTERS, OBJECT_START, OWN_MIND, PERCEPTION_VERBS,
    PREDICATES, QUESTION_AUXILIARIES, RELATIVES, REPORTING, REPORTING_VERBS, SECOND_PERSON, SENDERS_OWN, SOMEONE_ELSE,
    TIME_NOUNS, WH_WORDS, WHO_TO_ASK, WORD_NAMES, agreed, base_of,
    is_coordinated_verb, is_past, looks_like_adverb,
)

TOKEN = re.compile(r"b/c|w/o|w/|[^\W_]+(?:[-'’][^\W_]+)*(?:(?<=[sS])['’](?![^\W_]))?|\s+|_+|[^\w\s]")

_FORMS = {
    "m": {"he": "subject", "him": "you", "his": "his", "himself": "yourself", "he's": "'s", "hes": "'s",
          "he'd": "you'd", "he'll": "you'll"},
    "f": {"she": "subject", "her": "her", "hers": "yours", "herself": "yourself", "she's": "'s", "shes": "'s",
          "she'd": "you'd", "she'll": "you'll"},
    "t": {"they": "you", "them": "you", "their": "your", "theirs": "yours", "themself": "yourself",
          "themselves": "yourself", "they're": "you're", "they've": "you've", "they'd": "you'd",
          "they'll": "you'll"},
}
_SUBJECT_FORMS = {"he", "she", "they", "he's", "she's", "hes", "shes", "he'd", "she'd", "he'll", "she'll",
                  "they're", "they've", "they'd", "they'll"}
_SUBORDINATORS = {"that", "which", "who", "whom", "whose", "because", "bc", "cause", "since", "when", "whenever",
                  "while", "if", "although", "though", "whereas", "where", "so", "than", "until", "unless",
                  "whether", "per"}
_CLAUSE_END = re.compile(r"[.;:!?()\[\]\"“”—–|/]")
_BE_HAVE = {"is", "are", "was", "were", "has", "have", "'s", "isn't", "wasn't"}
_INTENSIFIERS = {"so", "very", "super", "too", "such", "pretty", "quite", "always", "really", "incredibly"}
_NAME_PARTICIPLES = HAS_PARTICIPLES - {"run", "read", "put", "set", "cut", "hit", "quit", "spread", "left", "won",
                                       "lost", "meant", "felt", "made", "said", "kept"}


class _Words:
    """The reason's tokens, its words (lower case, one apostrophe) and what stands between them."""

    def __init__(self, text: str) -> None:
        self.tokens = TOKEN.findall(text)
        self.out = list(self.tokens)
        self.at = [i for i, t in enumerate(self.tokens) if t[:1].isalnum()]
        self.low = [self.tokens[i].lower().replace("’", "'") for i in self.at]
        #: the punctuation before each word ("" within a clause)
        self.gap = [""] + ["".join(self.tokens[a + 1:b]).strip() for a, b in zip(self.at, self.at[1:])]
        self.n = len(self.at)

    def next(self, k: int) -> str | None:
        """The word after word ``k`` in the same clause (no punctuation between), or None."""
        return self.low[k + 1] if k + 1 < self.n and not self.gap[k + 1] else None

    def clause_ends_before(self, k: int) -> bool:
        return k >= self.n or bool(_CLAUSE_END.search(self.gap[k]))

    def set(self, k: int, word: str, capital: bool = True) -> None:
        """Word ``k`` replaced by ``word``, with its capital (``capital``) and its kind of apostrophe."""
        original = self.tokens[self.at[k]]
        if "’" in original:
            word = word.replace("'", "’")
        self.out[self.at[k]] = word[:1].upper() + word[1:] if capital and original[:1].isupper() else word

    def drop(self, k: int) -> None:
        """Word ``k`` and the space before it are removed (a surname after the given name)."""
        for i in range(self.at[k - 1] + 1, self.at[k] + 1):
            self.out[i] = ""

    def agree(self, k: int) -> None:
        self.set(k, agreed(self.low[k]) or self.low[k])

    def text(self) -> str:
        return "".join(self.out)


def second_person(text: str, profile: Profile | None) -> str:
    """``text`` with the person spoken to: their pronouns and name become "you", the grammar following."""
    w = _Words(text)
    if not w.n:
        return text
    names = _name_spans(w, profile)
    persons = _persons_pronouns(w, profile, names)
    for k in range(w.n):
        if k in names:
            _name(w, k, *names[k])
        elif k in persons:
            _pronoun(w, k, persons[k])
    return w.text()


# ---- who is meant

def _gender_of_pronouns(pronouns: str | None) -> str | None:
    first = (pronouns or "").strip().lower()
    return "f" if first.startswith("she") else "m" if first.startswith("he") else \
        "t" if first.startswith("they") else None


def _reporter(w: _Words, k: int, names: dict[int, tuple[int, str | None]]) -> str | None:
    """Who said what the pronoun at ``k`` begins: "other" for a third party ("my friend ana said she ...",
    "rahul told me he ..."), "pronoun" for a pronoun of another gender ("he thinks she ..."), None if it begins
    no such clause or the reporter is the same one ("she said she'd ...", "lina said she ...")."""
    j = k - 1
    if j >= 0 and w.low[j] == "that" and not w.gap[k]:
        j -= 1
    if j >= 1 and w.low[j] in ("me", "us") and w.low[j - 1] in ("told", "tells", "telling"):
        j -= 1
    if j < 1 or w.low[j] not in REPORTING or _CLAUSE_END.search(w.gap[j + 1]) or w.gap[j]:
        return None
    after = k + 1 if w.next(k) == "is" else k
    if w.next(after) == "the" and w.next(after + 1) in WHO_TO_ASK:
        return None  # "dai said she's the one to ask about veteran trees": the person the note goes to
    reporter = w.low[j - 1]
    if reporter in NO_HE_OR_SHE:
        return None  # "the panel said she'll be my line manager": no panel is a "she"; the person is
    if reporter in _SUBJECT_FORMS:
        return None if _gender(reporter) == _gender(w.low[k]) else "pronoun"
    if reporter in NOT_REPORTERS or any(start <= j - 1 <= end for start, (end, _) in names.items()):
        return None
    if _describes_the_person(w, k):
        return None  # "my colleague dr hakim said she does aligner cases for kids": what they say of the person
    return "other"


def _describes_the_person(w: _Words, k: int) -> bool:
    """Whether the clause the pronoun at ``k`` begins, after what a third party said, describes someone's work
    in the present ("she does clear aligner cases for kids", "she's working on the 1760s mantua"): said of the
    person the note goes to. Not an offer ("she'd intro us"), an opinion ("he thinks"), nor a clause that
    brings in anyone else ("he works with her", "she worked with him")."""
    pronoun = w.low[k]
    if pronoun.endswith(("'d", "'ll")):
        return False
    rest = []
    for i in range(k + 1, w.n):
        if re.search(r"[,.;:!?()]", w.gap[i]):
            break
        rest.append(w.low[i])
    if not rest or set(rest) & SOMEONE_ELSE or rest[0] in OWN_MIND:
        return False
    return pronoun.endswith(("'s", "s")) and pronoun not in ("his", "hers") or rest[0] in ("is", "does", "has") \
        or (len(rest[0]) > 3 and rest[0].endswith("s") and not rest[0].endswith("ss"))


def _gender(low: str) -> str | None:
    return next((g for g, forms in _FORMS.items() if low in forms), None)


def _reported(w: _Words, names: dict[int, tuple[int, str | None]]) -> dict[int, str | None]:
    """``_reporter`` for each subject pronoun; one that goes on what a third party said ("the ceo said she is
    leaving and she ...") is that third party's too."""
    reported: dict[int, str | None] = {}
    others: set[str | None] = set()
    for k in range(w.n):
        if re.search(r"[.!?;]", w.gap[k]):
            others = set()
        if w.low[k] not in _SUBJECT_FORMS:
            continue
        reported[k] = _reporter(w, k, names)
        if reported[k] == "other":
            others.add(_gender(w.low[k]))
        elif _gender(w.low[k]) in others and (w.gap[k] == "," or w.low[k - 1] in ("and", "but", "so", "then")):
            reported[k] = "other"
    return reported


def _persons_pronouns(w: _Words, profile: Profile | None, names: dict[int, tuple[int, str | None]]
                      ) -> dict[int, str]:
    """Word position -> its form (see ``_FORMS``), for each pronoun that means the person.

    A pronoun after what a third party said is that third party: it neither counts nor changes. One after
    what "he"/"she" said may be anyone: it counts as a sign of someone else's gender but does not change."""
    if any(low in SECOND_PERSON and not (k and w.low[k - 1] in ("thank", "thanking")) for k, low in enumerate(w.low)):
        return {}  # (but "just want to say thank you" says "you" to no one in particular)
    reported = _reported(w, names)
    # "she said ravi made the same switch": a pronoun that reports what the person did is someone else
    reporters = {_gender(w.low[k]) for k in range(w.n - 2) if w.low[k] in _SUBJECT_FORMS and w.low[k + 1] in REPORTING
                 and k + 2 in names}
    gender = _gender_of_pronouns(profile.pronouns if profile else None)
    if gender is None:
        found = {g for k, low in enumerate(w.low) if reported.get(k) != "other" for g in ("m", "f")
                 if low in _FORMS[g]} - reporters
        third = _third_party_gender(w) if len(found) == 2 else None
        if third:  # "my cousin aoife said to reach out, she worked with him": she is the cousin, he the person
            found -= {third}  # (and "she said he …" is about the person)
            reported = {k: v for k, v in reported.items() if v != "pronoun"}
        if len(found) != 1:
            return {}
        gender = found.pop()
    forms = _FORMS[gender]
    aside = asides_of_others(w, names) | objects_of_the_person(w, names)
    return {k: forms[low] for k, low in enumerate(w.low) if low in forms and not reported.get(k)
            and not subjects_own(w, k) and k not in aside}



def _third_party_gender(w: _Words) -> str | None:
    """The gender of the first "he"/"she" after the sender names someone of theirs ("my cousin aoife said ...,
    she worked with him"): that pronoun is the third party, so the other gender is the person's. "his wife …, she
    said he …": the one whose relative it is is the person."""
    for k in range(w.n - 1):
        if w.low[k] in ("his", "her") and w.low[k + 1] in RELATIVES:
            return "f" if w.low[k] == "his" else "m"
        mine = w.low[k] in ("my", "our") and (w.low[k + 1] in SENDERS_OWN or (k + 2 < w.n and w.low[k + 2] in SENDERS_OWN))
        named = k == 0 and w.low[k] not in _FORMS["m"] and w.low[k] not in _FORMS["f"] and (
            w.low[k + 1] in REPORTING or (w.low[k + 1] == "from" and any(low in REPORTING for low in w.low[k + 2:k + 8])))
        if mine or named:  # "my cousin aoife ...", "benji from the farmers market said ..."
            return next((_gender(low) for low in w.low[k + 2:] if low in _SUBJECT_FORMS and _gender(low)), None)
        if w.low[k] in ("know", "knows", "knew") and k + 4 < w.n and w.low[k + 1] not in _FORMS["m"] | _FORMS["f"]:
            # "we both know farah quazi from the cfa society, she told me to reach out": she is farah
            told = next((j for j in range(k + 2, min(k + 12, w.n - 1)) if w.low[j] in _SUBJECT_FORMS
                         and _gender(w.low[j]) and w.low[j + 1] in REPORTING), None)
            if told is not None:
                return _gender(w.low[told])
    return None


def _name_spans(w: _Words, profile: Profile | None) -> dict[int, tuple[int, str | None]]:
    """Where the reason names the person: first word -> (last word, "'s" or "'" or None)."""
    first = (profile.first_name or "").lower() if profile else ""
    if re.fullmatch(r"(?:[^\W\d_]\.){2,3}", first):
        first = first.replace(".", "")  # "C.J." is typed "cj"
    if len(first) < 2:
        return {}
    parts = [p.lower() for p in re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", profile.name or "") if len(p) > 1]
    rest = {p for p in parts if p != first}
    needs_surname = first in WORD_NAMES
    spans = {}
    k = 0
    while k < w.n:
        core, tail = _possessive(w.low[k])
        if core == first or (core in rest and tail is None and w.next(k) is not None
                             and _possessive(w.low[k + 1])[0] in rest):
            end = k
            while tail is None and end + 1 < w.n and not w.gap[end + 1] and _possessive(w.low[end + 1])[0] in rest:
                end += 1
                core, tail = _possessive(w.low[end])
            if end > k or not needs_surname:
                spans[k] = (end, tail)
            k = end
        k += 1
    return spans


def _possessive(low: str) -> tuple[str, str | None]:
    if low.endswith("'s"):
        return low[:-2], "'s"
    if low.endswith("'"):
        return low[:-1], "'"
    return low, None


# ---- the person as "you"

def _pronoun(w: _Words, k: int, form: str) -> None:
    if form == "subject":
        _subject(w, k)
    elif form == "her":
        her = _her(w, k)
        if her:
            w.set(k, her)
    elif form == "his":
        w.set(k, "yours" if w.next(k) in (None, *_BE_HAVE, "and", "or", "but", "too", "also", "as", "now")
              else "your")
    elif form == "'s":
        contraction = _is_or_has(w, k + 1)
        if contraction:
            w.set(k, contraction)
            _coordinated(w, _verb_after(w, k + 1))
    else:
        w.set(k, form)


def _subject(w: _Words, k: int) -> None:
    """The person as a subject: "you", with the verb agreeing, or the question's auxiliary."""
    w.set(k, "you")
    if not _asked(w, k):
        _agree_after(w, k + 1)


def _asked(w: _Words, k: int) -> bool:
    """The person at ``k`` is the subject of a question: its auxiliary agrees ("does she mentor?" -> "do you
    mentor?"), a modal stays ("would he be open" -> "would you be open"); the verb after is bare."""
    j = k - 1
    if j < 0 or w.gap[k] or not (j == 0 or w.gap[j] or w.low[j - 1] in WH_WORDS or w.low[j - 1] in CONJUNCTIONS):
        return False
    if w.low[j] in QUESTION_AUXILIARIES:
        w.set(j, QUESTION_AUXILIARIES[w.low[j]])
        return True
    return w.low[j] in MODALS


def _agree_after(w: _Words, k: int) -> None:
    """The subject's verb at or after ``k`` (past adverbs) agrees with "you", and so do verbs coordinated
    with it."""
    j, skipped = k, 0
    while j < w.n and not w.gap[j]:
        low = w.low[j]
        if low in AUXILIARIES or (base_of(low) and not looks_like_adverb(low)):
            w.agree(j)
            return _coordinated(w, j)
        if skipped < 3 and looks_like_adverb(low):
            j, skipped = j + 1, skipped + 1
            continue
        if is_past(low) or low in MODALS or low.endswith(("n't", "'d", "'ll")):
            return _coordinated(w, j)
        return None
    return None


def _coordinated(w: _Words, j: int) -> None:
    """Verbs coordinated with the one at ``j`` agree too: "runs X and hosts Y", "writes, speaks and mentors"."""
    bare = _list_item(w, j)
    p = j + 1
    while p < w.n and not w.clause_ends_before(p):
        low = w.low[p]
        comma = w.gap[p] == ","
        if low in CONJUNCTIONS:
            candidate = p + 1
        elif comma:
            candidate = p
        else:
            if low in _SUBORDINATORS:
                return
            p += 1
            continue
        if candidate < w.n and w.low[candidate] in CONJUNCTIONS and not w.gap[candidate]:
            candidate += 1  # ", and"
        c, skipped = candidate, 0
        while c < w.n and not (w.gap[c] and c > candidate) and skipped < 2 and looks_like_adverb(w.low[c]) \
                and w.low[c] not in ("both", "all", "not"):
            c, skipped = c + 1, skipped + 1
        if c >= w.n or (w.gap[c] and c > candidate):
            return
        verb, after = w.low[c], w.next(c)
        if verb in AUXILIARIES:
            w.agree(c)
        elif is_coordinated_verb(verb) and after not in _BE_HAVE and not (
                comma and low not in CONJUNCTIONS and not bare and verb in REPORTING_VERBS) and (
                skipped or bare or _starts_object(after) or (after is not None and not _bare_plural(w, p - 1))):
            if comma and low not in CONJUNCTIONS and c == p and is_past(w.low[j]) and not is_past(verb):
                w.set(c, "you " + (agreed(verb) or verb), capital=False)  # "accepted our offer, starts 1 march":
            else:  # another time, a sentence of its own ("..., you start 1 March")
                w.agree(c)
        elif not (is_past(verb) or verb in MODALS or verb.endswith("n't")):
            return
        bare = _list_item(w, c)
        p = c + 1


def _list_item(w: _Words, k: int) -> bool:
    """The word at ``k`` is followed at once by a comma or "and": a bare item of a list ("writes, speaks")."""
    return k + 1 < w.n and (w.gap[k + 1] == "," or (not w.gap[k + 1] and w.low[k + 1] in CONJUNCTIONS))


def _starts_object(word: str | None) -> bool:
    return word is not None and (word in OBJECT_START or word[:1].isdigit() or word.endswith("ing")
                                 or looks_like_adverb(word))


def _bare_plural(w: _Words, k: int) -> bool:
    """The word at ``k`` is a plural noun without a determiner ("writes books and ..."): what follows "and"
    may be another noun."""
    return k > 0 and w.low[k].endswith("s") and not w.gap[k] and w.low[k - 1] not in OBJECT_START \
        and base_of(w.low[k - 1]) is not None


def _verb_after(w: _Words, k: int) -> int:
    """The first word at or after ``k`` that is not an adverb (the participle after "you've")."""
    while k < w.n - 1 and not w.gap[k + 1] and (w.low[k] == "not" or looks_like_adverb(w.low[k])):
        k += 1
    return k


def _is_or_has(w: _Words, k: int) -> str | None:
    """"'s" before the word at ``k``: "is" ("she's building", "she's known for") or "has" ("she's built",
    "she's been"); None where both readings are common."""
    j, skipped = k, 0
    while j < w.n and not w.gap[j] and skipped < 3 and (w.low[j] == "not" or looks_like_adverb(w.low[j])):
        j, skipped = j + 1, skipped + 1
    if j >= w.n or w.gap[j]:
        return "you're"
    word = w.low[j]
    if word in AMBIGUOUS_PARTICIPLES:
        return None
    if word in IS_PARTICIPLES or w.next(j) == "by":
        return "you're"
    if word in HAS_PARTICIPLES or (len(word) > 4 and word.endswith("ed")):
        return "you've"
    return "you're"


def _her(w: _Words, k: int) -> str | None:
    """"her" as the object ("you") or the possessive ("your"), or None where it cannot be told."""
    after = w.next(k)
    if after is None:
        return "you"
    then = w.next(k + 1)
    if after[:1].isdigit() and k > 0 and w.low[k - 1] in ("ask", "asked", "send", "sent", "give", "gave", "show",
                                                           "tell", "offer", "owe", "email", "text", "buy"):
        return "you"  # "ask her 2 or 3 qs": her, then what is asked
    if k > 0 and w.low[k - 1] in ("sell", "sold", "selling", "pitch", "pitching", "supply", "supplying", "offer",
                                  "offering") and after not in ("business", "company", "firm", "shop", "house"):
        return "you"  # "sell her ice machines": her, then what is sold
    if k > 0 and w.low[k - 1] in ("want", "wanted", "need", "needed", "get", "keep", "have") and after in (
            "involved", "included", "onboard", "aboard", "there", "back", "around", "interested"):
        return "you"  # "want her involved"
    if after == "own" or after[:1].isdigit():
        return "your"
    if after in ("last", "next", "this", "that", "every") and then in TIME_NOUNS:
        return "you"  # "wrote to her last year"
    if after in ("last", "next"):
        return "your"  # "her last post"
    if after in AFTER_OBJECT_HER or (after.endswith("ly") and len(after) > 4 and after not in ADJECTIVES_LY):
        return "you"
    if k > 0 and w.low[k - 1] in PERCEPTION_VERBS and after in BARE_VERBS:
        return "you"  # "let her know", "heard her speak"
    if k > 0 and w.low[k - 1] in PERCEPTION_VERBS and after in _PERFORM and then in _PERFORM_NEXT:
        return "you"  # "saw her play the elgar", "heard her sing at the proms" (but "loved her play")
    if after == "talk" and then in ("about", "to", "with"):
        return "you"  # "heard her talk about hiring" (but "saw her talk at the summit")
    if after.endswith("ing") and len(after) > 4:  # "saw her speaking at" / "her opening keynote" / "loved her writing"
        return None if then is None else "you" if then in AFTER_OBJECT_HER or then in TIME_NOUNS else "your"
    return "your"


#: what one watches someone do, and what follows it as a verb ("play the elgar", "present at")
_PERFORM = {"play", "perform", "sing", "speak", "present", "conduct", "dance", "race", "compete", "teach", "lecture",
            "pitch", "demo", "cook", "run"}
_PERFORM_NEXT = {"the", "a", "an", "at", "in", "live", "with", "on", "for", "last", "this", "her", "his", "their"}


def _name(w: _Words, k: int, end: int, tail: str | None) -> None:
    """The person's name (and surname) as "you", "your", "you're"/"you've", with the verb agreeing."""
    for j in range(k + 1, end + 1):
        w.drop(j)
    if tail == "'":
        w.set(k, "your", capital=False)
        return
    if tail == "'s":
        contraction = _name_s(w, end)
        w.set(k, contraction or "your", capital=False)
        if contraction in ("you're", "you've"):
            _coordinated(w, _verb_after(w, end + 1))
        return
    w.set(k, "you", capital=False)
    if _asked(w, k):  # "is sam still taking ..." -> "are you still taking ..."
        return
    before = w.low[k - 1] if k else ""
    if k == 0 or w.gap[k] or before in CONJUNCTIONS or before in _SUBORDINATORS or before in WH_WORDS \
            or before in REPORTING or before in ("heard", "hear", "think", "guess", "know", "knew", "hope", "wish"):
        _agree_after(w, end + 1)


def _name_s(w: _Words, end: int) -> str | None:
    """"lina's" before what follows: "you're"/"you've" ("lina's hiring for", "tomas's been", "lina's great"),
    "yours" ("the idea was lina's") or None for the possessive ("lina's talk")."""
    after = w.next(end)
    if after is None:
        return "yours"
    then = w.next(end + 1)
    if after in _INTENSIFIERS or looks_like_adverb(after):
        j = end + 1
        while j < w.n - 1 and not w.gap[j + 1] and (w.low[j] in _INTENSIFIERS or looks_like_adverb(w.low[j])):
            j += 1
        word, following = w.low[j], w.next(j)
        if word in ("not", "a", "an", "the") or word in OBJECT_START or word in _NAME_PARTICIPLES \
                or word in IS_PARTICIPLES or word.endswith(("ing", "ed")):
            return _is_or_has(w, end + 1)
        return "you're" if following is None or following in OBJECT_START or following == "and" else None
    if after in PREDICATES and (then is None or then in ("and", "but", "too", "at", "with", "about", "for", "to")):
        return "you're"  # "lina's great"
    follows_object = then is None or then in OBJECT_START or then[:1].isdigit()
    if after.endswith("ing") and len(after) > 4:
        return "you're" if follows_object else None
    if after in ("not", "a", "an", "the") or (after in OBJECT_START and after not in ("my", "our", "her", "his")):
        return _is_or_has(w, end + 1)
    if after in _NAME_PARTICIPLES or after in IS_PARTICIPLES or (after.endswith("ed") and follows_object):
        return _is_or_has(w, end + 1)
    return None
