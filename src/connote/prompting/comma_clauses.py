"""A clause after a comma that opens on its verb, given its subject ("…, start in 3 wks" -> "…, and I start in 3 wks";
"saw her talk, blew me away" -> "…, and it blew me away"): the model copies a subjectless clause into a fragment."""

from __future__ import annotations

import re

from .english_words import OBJECT_START, SUBJECT_PRONOUNS, is_past
from .subjects import GOOD_TO, ING_NOUNS, SUBJECT_I, WHO_TOLD

#: a bare verb that cannot go on a "he"/"she" clause ("she runs", not "she want"): after a comma it is the sender's
_BARE_OWN = {"want", "need", "hope", "plan", "start", "love", "wanna", "think", "feel", "wish", "intend"}
_THINK = {"think", "hope", "feel", "wish"}
#: what "same …" between two clauses names: the field the clause before it has said
_SAME = {"field", "industry", "space", "sector", "area", "trade", "niche", "world", "boat"}
_CLAUSE = re.compile(r",\s+(?P<verb>[a-z]+)\b(?P<rest>[^,.;!?]*)")


#: what a talk or post did to the sender, said after a comma with no subject ("..., blew me away")
_IT_DID = ("blew me away", "made me think", "got me thinking", "stuck with me", "hit home", "really resonated",
           "resonated", "changed how i", "changed my mind", "gave me chills", "gave me goosebumps", "made me rethink",
           "made my day", "taught me", "helped me", "reminded me", *(f"would be {good} to" for good in GOOD_TO))
#: an adverb a subjectless clause may open with before its verb ("..., really liked his point")
_ADVERBS = {"really", "also", "just", "honestly", "totally", "absolutely", "genuinely", "especially"}
#: verbs of liking: with the person's thing as object, the sender's ("really liked his point")
_LIKED = {"liked", "loved", "enjoyed", "appreciated", "admired"}
#: "-ing" clauses after a comma that are the sender's: always ("interviewing for"), or when the reason opens
#: as the sender's ("meeting bobby at clusterconf, going to his talk")
_ALWAYS_OWN_ING = {"interviewing", "applying", "replying", "reaching", "trying", "signing", "following"}
_OWN_ING = {"going", "heading", "flying", "visiting", "coming", "starting", "joining", "moving", "relocating",
            "looking", "hoping", "planning", "trying", "attending"}


def _opens_as_sender(text: str) -> bool:
    """Whether the reason's first clause is the sender's: "im ...", "i ...", or a verb with no subject
    ("meeting bobby at ...", "saw her talk ...")."""
    m = re.match(r"\s*([A-Za-z']+)\s*([A-Za-z']*)", text)
    first, second = (m.group(1).lower(), m.group(2).lower()) if m else ("", "")
    return first in ("i", "im", "i'm", "ive", "i've", "id", "i'd") or first in SUBJECT_I or (
        first.endswith("ing") and len(first) > 4 and (first not in ING_NOUNS or second not in (
            "is", "was", "with", "at", "on", "in", "for", "about")))


def _person_as_object(words: list[str]) -> bool:
    """"met him", "thanked her after": the person as an object, so not the one who did it ("grew her team" may
    be theirs: a possessive does not tell)."""
    return any(w in ("him", "them") or (w == "her" and (k + 1 == len(words) or words[k + 1] in OBJECT_START))
               for k, w in enumerate(words))


#: what the sender "wanted to" do after a comma ("she'll be my supervisor, wanted to connect before i start")
_REACHING = {"connect", "say", "reach", "introduce", "ask", "thank", "welcome", "chat", "touch", "drop", "send",
             "share", "check", "follow", "learn", "hear", "get", "put", "meet"}
#: what the sender heard or saw of the person's, after a comma ("we make tray software, heard his unit is on paper")
#: what follows a verb of noticing when the person is what was noticed ("saw she's looking for interns")
_PERSON_NEXT = {"his", "her", "their", "that", "about", "he", "she", "they", "she's", "he's", "they're", "shes", "hes"}
#: a past verb with "it" after a comma: the sender did it to the thing ("saw his post, saved it")
_DID_TO_IT = {"saved", "bookmarked", "shared", "reposted", "forwarded", "printed", "screenshotted", "sent", "starred",
              "saw", "spotted", "noticed"}  # ("…, saw it in his activity")
_NOTICED = {"heard", "saw", "read", "noticed", "spotted", "watched"}


#: a thing of the person's, praised after a comma ("really good thread", "such a useful read")
_PRAISED_THING = (r"(?:really |very |super |such an? )?(?:good|great|brilliant|excellent|fantastic|amazing|awesome|"
                  r"interesting|useful|cool|helpful|thoughtful|insightful) (?:thread|post|talk|read|piece|episode|"
                  r"session|article|video|podcast|panel|point|take|write-up|writeup|breakdown|explainer|webinar)")


def senders_is_person(words: list[str]) -> bool:
    """Whether a clause opens on the person as "he"/"she" (what follows may be theirs)."""
    return bool(words) and words[0] in ("she", "he", "she's", "he's", "shes", "hes")


def comma_subjects(text: str) -> str:
    """A clause after a comma that starts with its verb gets the sender as its subject where nothing else can
    be meant: a bare verb ("just accepted a post on her team, start in 3 wks" -> ", and I start in 3 wks") or a
    past one with the person as its object ("he spoke at the meetup, asked him about rust" -> ", and I asked
    him"). A past verb with no such sign ("she ran the session, answered every question", "tried her perry")
    may be the person's and is left."""
    they = bool(re.search(r"\b(?:they|them|their)\b", text, re.I) and not re.search(r"\b(?:she|he|her|him|his)\b", text,
                                                                                   re.I))  # a person called "they"

    senders = _opens_as_sender(text)

    def subject(m: re.Match) -> str:
        verb, rest = m.group("verb"), m.group("rest").lower().split()
        if verb == "same" and len(rest) == 1 and rest[0] in _SAME:
            if m.string[m.end():m.end() + 1] == ",":
                return ""  # "we both run night shift warehouse ops, same field, would be good to …": said already
            if not m.string[m.end():].strip():
                return f". We're in the same {rest[0]}"  # "im a nurse, same field"
        if they and verb not in _THINK:
            return m.group(0)  # takes bare verbs too ("they want"); not "think it could fit": no one else's
        if verb in _ADVERBS and rest[:1] and rest[0] in _BARE_OWN - _THINK and rest[1:2] == ["to"]:
            return f", and I {verb}{m.group('rest')}"  # "…, just want to say hi before my first shift"
        if verb in WHO_TOLD and rest and (rest[0].endswith("ed") or is_past(rest[0])):
            return f", a {verb}{m.group('rest')}"  # "..., friend used her": a friend
        if verb in _LIKED and rest[:1] and rest[0] in ("the", "your", "his", "her", "their"):
            before = re.split(r"[.!?]\s+", m.string[:m.start()])[-1].lower().split()  # the person's sentence:
            if senders_is_person(before) or before[:1] in (["you"], ["you're"], ["your"], ["her"], ["his"]):
                return f", and I {verb}{m.group('rest')}"  # "she gave the keynote …, loved the part abt telehealth"
        if verb in _ADVERBS and rest and rest[0] in _LIKED and set(rest[1:2]) & {"his", "her", "their"}:
            return f", and I {verb}{m.group('rest')}"  # "..., really liked his point"
        if verb == "been" and re.match(r"\s+(?:like |about |almost |over |nearly |at least |maybe )?(?:\d+|a|an|two|three|"
                                       r"four|five|six|ten|a few|several|many) (?:\w+ )?(?:years?|months?|weeks?|yrs?)\b",
                                       m.group("rest")):
            return f", and it's been{m.group('rest')}"  # "…, been like 8 yrs": how long since
        got = re.match(r"(?:'t|’t)?(?P<rest>\s+get\b.*)", m.group("rest")) if verb in ("didn", "didnt") else None
        if got:  # "you interviewed me for the role, didnt get it but …": mine
            return ". I didn't" + re.sub(r"(?<!,) but\b", ", but", got.group("rest"), count=1)
        if verb == "been" and rest[:1] and rest[0].endswith("ing"):
            return f", and I've been{m.group('rest')}"  # "…, been sharing them w our volunteers"
        if verb == "went" and re.match(r"\s+(?:really |so |very |super )?(?:well|great|smoothly|brilliantly|perfectly)\b",
                                       m.group("rest")):
            return f", and it went{m.group('rest')}"  # "booked her twice, went really well"
        if verb in _DID_TO_IT and rest[:1] in (["it"], ["this"], ["that"], ["them"]):
            return f", and I {verb}{m.group('rest')}"  # "saw his post on sql window functions, saved it"
        if verb in _ADVERBS | {"very", "super", "such", "great", "good", "brilliant", "excellent", "fantastic",
                               "amazing", "awesome", "interesting", "useful", "cool"} and re.fullmatch(
                _PRAISED_THING, f"{verb}{m.group('rest')}".lower()):
            return f". It was {'a ' if verb != 'such' else ''}{verb}{m.group('rest')}"  # "saw her post abt X, really
            # good thread, wanna …": what the sender thought of it, a sentence of its own
        did = re.sub(r"^(?:honestly|really|totally|genuinely|actually|just|kinda|properly) ", "",
                     m.group(0)[1:].strip().lower())
        if did.startswith(_IT_DID) or re.fullmatch(r"(?:got|hit|moved|floored|gutted|wrecked) me", did):
            return f", and it {m.group(0)[1:].strip()}"  # "saw her talk, blew me away", "…, honestly got me"
        if verb in _ALWAYS_OWN_ING or (verb in _OWN_ING and senders):  # "she'd be my boss, interviewing for ..."
            return f", and I'm {verb}{m.group('rest')}"
        if is_past(verb) and rest[:1] in (["my"], ["our"], ["me"], ["us"]):
            before = re.split(r"[.!?]\s+", m.string[:m.start()])[-1].split()
            if before and before[0].lower() in ("she", "he"):  # "she was my physio, sorted my acl rehab plan"
                return f", and {before[0].lower()} {verb}{m.group('rest')}"
        clause_before = re.split(r"[.!?,;]\s+", m.string[:m.start()])[-1].lower().split()
        if verb == "got" and clause_before[:1] in (["i"], ["i'm"], ["im"], ["i've"]) and rest[:1] and \
                rest[0] not in SUBJECT_PRONOUNS | {"to", "back", "in", "into", "a", "an"}:
            return f", and I've got{m.group('rest')}"  # "i need a forklift job, got reach licences": what I have
        own = verb in _BARE_OWN or (verb in ("would", "could") and rest[:1] in (["love"], ["like"])) or (
            verb in ("wanted", "hoping", "hoped") and rest[:1] == ["to"] and rest[1:2] and rest[1] in _REACHING) or (
            verb in _NOTICED and rest[:1] and rest[0] in _PERSON_NEXT
            and not senders_is_person(clause_before)) or (
            verb in ("could", "can") and clause_before[:1] and clause_before[0] in ("i", "i'm", "im", "i've")) or (
            is_past(verb) and _person_as_object(rest) and not set(rest) & {"she", "he", "i", "we", "they"})
        if not own or (set(rest[:1]) & SUBJECT_PRONOUNS and verb not in _THINK):
            return m.group(0)  # (a verb of thinking takes a clause: ", think they could cut failed deliveries")
        return f", and I {verb}{m.group('rest')}"
    return _CLAUSE.sub(subject, text)
