"""Sentences of an English reason, said in the note's voice, that a reader finds blunt, run on or beside the point,
mended the way a person would write them before sending ("I want your advice" -> "I'd love your advice", "…, you're
open to work" -> "…. You're open to work", "I sent a request before and it's still pending" left out)."""

from __future__ import annotations

import re

from ..schema import Profile
from .casing import SMALL_WORDS
from .terse import future_said

#: what a sender asks of the person, said bluntly: "I want your advice", "I want to follow up"
_BLUNT_WANT = ((re.compile(r"\bI want your\b"), "I'd love your"),
               (re.compile(r"\bI want you to\b"), "I'd love for you to"),
               (re.compile(r"\bI want to\b"), "I'd like to"))
#: a sentence about an earlier request, which the person cannot see and the note need not say
_EARLIER_REQUEST = re.compile(r"[^.!?]*\b(?:request|invite|invitation)\b[^.!?]*\b(?:pending|before|earlier|already|"
                              r"ignored|expired|got lost)\b[^.!?]*[.!?]?\s*", re.I)
#: how a sentence opens when what follows its comma belongs to it ("Since we both …, you're …")
_SUBORDINATE = re.compile(r"^\W*(?:if|since|as|when|because|though|although|while|once|whether|now that|given|unless|"
                          r"until|after|before|so|even if)\b", re.I)
#: a role the sender is hiring for, said as a label after a comma ("I'm hiring, FIFO HSE role")
_HIRING_FOR = re.compile(r"\b(I'm|I am|we're|we are) hiring,\s+(?:an?\s+)?((?:[\w/&+-]+ ){1,4}?(?:role|position|job|post|"
                         r"opening|vacancy))\b", re.I)
#: a thing the sender thanks for, then what it did, with no subject ("thank you for the tips, helped heaps")
_THANKED_DID = re.compile(r"\b(thank(?:s| you) for [^.!?,]+),\s+(helped|made|saved|gave|changed|meant|got|was|were|"
                          r"showed|taught)\b", re.I)
#: the verbs a sender says "there" after, meaning the person's workplace ("I'm starting as sous chef there")
_THERE = re.compile(r"\b((?:starting|joining|start|join|interning|beginning|working|interviewing)"
                    r"(?: as (?:an? )?[\w-]+(?: [\w-]+){0,3}?)?) there\b", re.I)


def _first_up(text: str) -> str:
    """``text`` with its first letter in capitals, the rest as it is."""
    return text[:1].upper() + text[1:]


def _an(word: str) -> str:
    """The article before ``word``, by its sound ("an HSE role", "a FIFO role", "an engineer")."""
    spelled = word.isupper() and 1 < len(word) <= 3  # ("FIFO" is said as a word)
    return "an" if (word[:1].lower() in "aeio" or (spelled and word[:1] in "FHLMNRSX")) else "a"


#: a verb of the sender's that opens a new clause after a comma, in the Romance languages ("…, vi o seu comentário")
_NEW_CLAUSE = {"pt": r"vi|li|conheci|ouvi|assisti|acompanho|sigo", "es": r"vi|leí|lei|conocí|escuché|sigo",
               "it": r"ho visto|ho letto", "fr": r"j'ai vu|j'ai lu"}
#: "gratulier dir zum Aufstieg": what the user tells the writer to say, said
_CONGRATULATE = {"de": (r"\b(?:ich )?gratulier\w* (?:dir|ihm|ihr|Ihnen) (zu[mr]?) ", r"Glückwunsch \1 "),
                 "nl": (r"\b(?:ik )?feliciteer (?:je|hem|haar|u) met ", "Gefeliciteerd met ")}


def mended(text: str, profile: Profile, language: str = "en") -> str:
    """``text`` (a reason said to the person) with blunt wants softened, an earlier request left out, comma
    splices before "you're" made two sentences, a hiring label said as a sentence, what a thanked thing did given
    its subject, and "there" named where the profile names the person's company; in the other languages, a new
    clause after a comma made a sentence and a congratulation told to the writer said."""
    if language != "en":
        if language in _NEW_CLAUSE:
            text = re.sub(rf",\s+({_NEW_CLAUSE[language]})\b", lambda m: ". " + _first_up(m.group(1)),
                          text, flags=re.I)
        if language in _CONGRATULATE:
            text = re.sub(*_CONGRATULATE[language], text, flags=re.I)
        return text
    for pattern, softer in _BLUNT_WANT:
        text = pattern.sub(softer, text)
    text = re.sub(r"\b(thanks|thank you)\s+(?=(?:it|that|this) (?:was|is|'s)\b)", r"\1, ", text, flags=re.I)
    rest = _EARLIER_REQUEST.sub("", text)
    if re.search(r"[^\W\d_]", rest):
        text = _first_up(rest) if text[:1].isupper() else rest
    text = re.sub(r"(^|[.!?]\s+)I met you (?=(?:at|on|in|during|through|via)\b)",
                  lambda m: m.group(1) + ("We met " if m.group(1) or text[:1].isupper() else "we met "), text)
    text = re.sub(r"^(?:my |our )?(?:future|soon to be|incoming) (boss|manager|supervisor|lead|head chef|colleague|teammate)"
                  r"\W+(?=\w)", lambda m: _first_up(future_said(m.group(1))) + "! ", text,
                  flags=re.I)  # "future boss!! I'm starting"
    text = _HIRING_FOR.sub(lambda m: f"{m.group(1)} hiring for {_an(m.group(2).split()[0])} {m.group(2)}", text)
    text = re.sub(r",\s+(saw|heard|read|noticed) (?=(?:you|your|that)\b)", r". I \1 ", text)  # "we make X, saw you're"
    text = re.sub(r",\s+(would|could|can|will) you ([^.!?]{3,80}?)\s*(?:\.|$)", lambda m: f". {m.group(1).capitalize()} you "
                  f"{m.group(2)}?", text)  # "…, would you come talk about being a cop.": asked
    text = _THANKED_DID.sub(r"\1, which \2", text)
    text = _spliced(text)
    company = profile.company
    if company and company.lower() not in text.lower() and not re.search(r"\b(?:at|with|for) \w+.* there\b", text):
        text = _THERE.sub(lambda m: f"{m.group(1)} at {company}", text)
    return text


def _spliced(text: str) -> str:
    """``text`` with ", you're …" after a whole clause of its own made a new sentence ("we need a physio for the U21
    squad, you're open to work" -> "…. You're open to work"); not after "since …", "if …", which lead into it."""
    out, start = [], 0
    for m in re.finditer(r",\s+(you(?:'re| are| have| were))\b", text):
        sentence = re.split(r"(?<=[.!?])\s+", text[:m.start()])[-1]
        if sentence.count("(") > sentence.count(")"):
            continue  # ("(transport engineering, you're 09 I'm 14)": an aside)
        before = sentence.split()
        if len(before) < 4 or _SUBORDINATE.match(sentence) or before[-1].lower() in {*SMALL_WORDS, "that", "because",
                                                                                      "thanks", "thank", "you"}:
            continue
        out.append(text[start:m.start()] + ". " + _first_up(m.group(1)))
        start = m.end()
    return "".join(out) + text[start:]
