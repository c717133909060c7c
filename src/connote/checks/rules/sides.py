"""Who is who, read from the reason as the note's voice says it (``ctx.spoken_reason``: the sender is "I", the
person "you"). A note that claims for one side what the reason says of the other — "I built one of the most
respected design orgs" when the reason says the person did, "I'll be your tech lead" when the person will be
the sender's, "I was two years above you" when the person was — swaps them. Only claims count: what a side
*is*, *owns* or *did* ("I'm …", "I was …", "I'll be …", "I built/run/host …", "my …"), not what a side
wants, heard or looks for ("I've been looking for low-cost training models" is no claim). Part of
not_their_job."""

from __future__ import annotations

import re

from ...text.folding import fold
from ...text.words import word_stem, words_in
from ..vocabulary import ROLE_WORDS

#: what a side does that makes a thing theirs (in any form)
_ACTS = re.compile(r"^(buil[dt]s?|building|run|runs|running|ran|lead|leads|leading|led|found|founded|founding|"
                   r"host|hosts|hosted|hosting|organi[sz](e|es|ed|ing)|manag(e|es|ed|ing)|start(s|ed|ing)?|"
                   r"creat(e|es|ed|ing)|wr(ite|ites|ote|iting|itten)|teach(es|ing)?|taught|hir(e|es|ed|ing)|"
                   r"recruit(s|ed|ing)?|interview(s|ed|ing)?|present(s|ed|ing)?|spoke|speak(s|ing)?|"
                   r"launch(es|ed|ing)?|grew|grow(s|ing|n)?|invent(s|ed|ing)?|design(s|ed|ing)?|own(s|ed)?)$")
#: after "I'm"/"you're": these say what a side wants or feels, not what it is
_NOT_IDENTITY = re.compile(r"^(looking|hoping|trying|going|interested|excited|curious|keen|glad|happy|thinking|"
                           r"planning|wondering|reaching|writing|messaging|sure|new|also|just|really|still|so|"
                           r"very|a big|big|huge|fan|following|moving|applying|switching|learning)$")
_SUBJECT = {"i": "sender", "you": "person"}
_BE_WORDS = {"am", "are", "was", "were", "be", "been", "will", "would"}
_BE = {"i'm": "sender", "i've": "sender", "i'd": "sender", "i'll": "sender", "you're": "person",
       "you've": "person", "you'd": "person", "you'll": "person"}
_POSSESSIVE = {"my": "sender", "mine": "sender", "your": "person", "yours": "person"}
#: words that end a claim: the other side, shared subjects, joins, someone else
_BREAK = {"i", "i'm", "i've", "i'd", "i'll", "my", "me", "mine", "you", "you're", "you've", "you'd", "you'll",
          "your", "yours", "we", "we're", "we've", "our", "us", "both", "and", "but", "so", "because", "when",
          "who", "which", "that", "if", "while", "since", "he", "she", "her", "his", "him", "hers", "they",
          "them", "their", "it", "its", "she's", "he's", "they're", "shes", "hes", "said", "says", "told", "tells",
          "mentioned", "suggested", "thinks", "thought", "recommended", "introduced"}
_STOP = {"the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "from", "by", "about", "as", "into", "over",
         "after", "before", "this", "that", "these", "those", "some", "any", "all", "every", "each", "most", "more",
         "much", "many", "such", "what", "how", "why", "where", "not", "no", "than", "then", "or", "nor"}
#: words that say nothing about which side is which
_NEUTRAL = {"be", "been", "being", "was", "were", "is", "are", "am", "have", "has", "had", "will", "would",
            "could", "should", "can", "just", "also", "really", "now", "soon", "there", "here", "one", "lot",
            "very", "too", "again", "still", "currently", "already"}
#: one shared word is enough when it names a role, a relation or a kind of content
_STRONG = {"podcast", "episode", "show", "talk", "keynote", "post", "article", "newsletter", "book", "course",
           "boss", "manager", "lead", "mentor", "interviewer", "recruiter", "vp", "director", "head", "founder",
           "host", "team", "company", "startup", "cto", "ceo", "cfo", "coo", "pm", "report", "reporting"}
_CLAUSE_END = re.compile(r"[.,;:!?()—–]")


def _claim_start(words: list[str], i: int) -> str | None:
    """The side whose claim starts at ``words[i]``, if a claim starts there."""
    w = words[i]
    rest = words[i + 1:i + 4]
    if w in _POSSESSIVE:
        return _POSSESSIVE[w]
    if w in _BE:
        side = _BE[w]
    elif w in _SUBJECT and rest and (rest[0] in _BE_WORDS or _ACTS.match(rest[0])):
        side = _SUBJECT[w]
    else:
        return None
    chain = [x for x in rest if x in _BE_WORDS]
    after = rest[len(chain)] if len(chain) < len(rest) else ""
    if w.endswith(("'d", "'ll")) and not chain:
        return None  # "I'd love to", "you'll see": no claim
    if w.endswith("'ve") and not chain and not _ACTS.match(after):
        return None  # "I've heard"
    return None if _NOT_IDENTITY.match(after) else side


def _claims(text: str) -> list[tuple[str, list[str]]]:
    """(side, content-word stems in order) of each claim in ``text``; names (words written with a capital
    after a sentence's start: an event, a place, a company) are context both sides share, so they don't count."""
    out: list[tuple[str, list[str]]] = []
    names = {fold(m.group(1)) for m in re.finditer(r"(?<=[^.!?\s] )([A-Z][a-z][\w'-]*)", text)}
    for chunk in _CLAUSE_END.split(fold(text)):
        words = words_in(chunk)
        i = 0
        while i < len(words):
            side = _claim_start(words, i)
            if side is None:
                i += 1
                continue
            stems: list[str] = []
            j = i + 1
            while j < len(words) and words[j] not in _BREAK:
                w = words[j]
                if w not in _STOP and w not in _NEUTRAL and w not in names and (
                        len(w) >= 3 or w.isdigit() or w in _STRONG or w in ROLE_WORDS):
                    stems.append(word_stem(w))
                j += 1
            if words[i] in _POSSESSIVE:
                stems = stems[:3]  # "my old manager …": the noun phrase, not the rest of the sentence
            if stems:
                out.append((side, stems))
            i = max(j, i + 1)
    return out


def _strong(stem: str) -> bool:
    return stem in _STRONG or stem in ROLE_WORDS or stem.rstrip("s") in ROLE_WORDS


def swapped_sides(spoken_reason: str, note: str) -> str | None:
    """A claim of the note that the reason (in the note's voice) makes only for the other side: two content
    words in common, or the same role, relation or kind of content at the head of both."""
    reason = _claims(spoken_reason)
    if not reason:
        return None
    for side, stems in _claims(note):
        for other_side, other in reason:
            shared = set(stems) & set(other)
            head = stems[0] == other[0] and _strong(stems[0])
            if other_side == side or not (len(shared) >= 2 or head):
                continue
            if any(s == side and shared <= set(st) for s, st in reason):
                continue  # the reason says it of both sides
            who, whose = ("the sender", "the person") if side == "sender" else ("the person", "the sender")
            return f"gives {who} what the reason says of {whose} ('{', '.join(sorted(shared))}')"
    return None


#: "I should talk to you" in the reason, "you should talk to me" in the note
_MIRROR = re.compile(r"\b(i|you)\b((?:\s+[a-z']+){1,6}?)\s+(you|me)\b")


def mirrored(spoken_reason: str, note: str) -> str | None:
    """A sentence of the reason with its subject and object swapped in the note."""
    low_note = " ".join(words_in(fold(note)))
    low_reason = " ".join(words_in(fold(spoken_reason)))
    for m in _MIRROR.finditer(low_reason):
        subject, middle, obj = m.group(1), m.group(2), m.group(3)
        if (subject == "i") != (obj == "you") or len(words_in(middle)) < 2:
            continue  # "I … me", "you … you": not two sides
        flipped = f"{'you' if subject == 'i' else 'i'}{middle} {'me' if obj == 'you' else 'you'}"
        if re.search(rf"\b{re.escape(flipped)}\b", low_note) and not re.search(rf"\b{re.escape(m.group(0))}\b",
                                                                             low_note):
            return f"turns '{m.group(0)}' around"
    return None
