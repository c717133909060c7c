"""The person's own job, told to them first ("Hi Helen, I see you're the superintendent of our district and ..."),
left out when the rest of the reason says why: readers find a note that opens by telling someone their job odd (set
41: none of 22 such notes sendable; 18 of 105 over all readings), and the user only typed it to say who the person
is."""

from __future__ import annotations

import re

from .english_words import names_a_person

#: "(I see) you're the superintendent of our district", "you're a dentist with 3 clinics": a job, with where or whom
#: (not "you're the reason I ...", "you're kind of a legend", "you're the charge nurse on the ICU I'm moving to",
#: "you're the AE for the CRM we're evaluating")
_ROLE_FIRST = re.compile(
    r"(?:I see )?(?:[Yy]ou're|[Yy]ou are) (?:(?:the|a|an) |(?=(?:VP|SVP|EVP|CEO|CTO|CFO|COO|CMO|CIO|CISO|head|director|"
    r"chief|president|principal|dean|chair)\b))(?P<role>(?:(?!(?:best|worst|most|first|only|one|couple|few|lot|bit|"
    r"kind|sort|reason|legend|name|fan|person|guy|go-to|expert|pioneer|inspiration|leader|authority|star|new|recruiter|recruiters|"
    r"recruiting|hiring|talent|manager|boss|lead|customer|client|buyer|prospect)\b)[\w&'-]+ ){1,4}"
    r"(?:at|of|for|in|with) (?:(?:my|our) )?(?:(?!(?:I|I'm|I've|me|we|we're|we've|us|who|that|which|where|when|and|"
    r"but|because|so)\b)[\w&'.-]+ ?){1,4}(?:doing [^.;!?]{1,40})?)"
    r"(?P<end>\. |, and |,? and (?=I\b|I'm\b|I've\b|I'd\b|we\b|we're\b|my\b|our\b))")
#: what is left must say something of its own: a few words, one of them the sender's or about the person's doing
_SAYS = re.compile(r"\b(?:I|I'm|I've|I'd|we|we're|we've|my|our|your|you)\b", re.I)
_BACK = re.compile(r"\b(?:similar|same|too|also|as well|likewise|comparable|like yours|such)\b", re.I)


def role_unsaid(text: str) -> str:
    """``text`` (an English reason in the note's voice) without a sentence that only tells the person their job —
    the first, or a later whole one ("we both went to Hollis Law. You're a partner at Brandt Wexler doing employment
    stuff. I'm a 2L …") — where what is left says why (five words or more)."""
    for start in [0] + [s.end() for s in re.finditer(r"[.!?] ", text)]:
        m = _ROLE_FIRST.match(text, start)
        if not m or (start and m.group("end") != ". ") or not any(
                (len(w) >= 4 and names_a_person(w.lower())) or re.fullmatch(r"[A-Z]{2,5}", w)
                for w in m.group("role").split()):
            continue  # "you're the voice of price reform": no job named
        before, rest = text[:start], text[m.end():]
        if len((before + rest).split()) < 5 or not _SAYS.search(before + rest) or _BACK.search(rest) \
                or re.match(r"(?:there|that|it|this|so|which)\b", rest, re.I):
            continue  # (what follows points back at it: "I run FP&A at a similar size carrier")
        return before + rest[:1].upper() + rest[1:]
    return text


#: what the person is doing now, after "you're" ("speaking at …"); also the model's "I see you speaking"
DOING_NOW = (r"speaking|presenting|hosting|hiring|moving|launching|organi[sz]ing|teaching|exhibiting|opening|expanding|"
             r"recruiting")
#: what the person is doing now, told to their face with no "I see" ("you're speaking at Robocon Nordic in June",
#: "you're open to work"): a reader reads it as odd (set 51); said as what the sender saw
_DOING = re.compile(r"(?:(?<=^)|(?<=[.!?] ))([Yy]ou're|[Yy]ou are) (?=(?:" + DOING_NOW + r"|relocating|retiring|"
                    r"stepping down|open to (?:work|new|opportunities|roles)|looking for|on the (?:panel|programme|"
                    r"program|lineup|agenda|speaker list|jury))\b)")


def seen_said(text: str) -> str:
    """``text`` (an English reason in the note's voice) with what the person is doing now said as seen: "you're
    speaking at X" -> "I see you're speaking at X"."""
    return _DOING.sub("I see you're ", text)


#: "this company" in the reason is the person's firm, said to them ("a recruiter from this company wrote to me")
_THIS_FIRM = {"en": (re.compile(r"\b[Tt]his (company|firm|organi[sz]ation|org|agency|practice|clinic)\b"), "your {}"),
              "es": (re.compile(r"\b[Ee]sta (empresa|compañía|firma|organización|agencia|clínica)\b"), "{you} {}"),
              "pt": (re.compile(r"\b(?:[Dd](?=e))?[Ee](?:ss|st)a "
                                r"(empresa|companhia|firma|organização|agência|clínica)\b"), "{of}sua {}")}
_YOUR_ES = {True: "su", False: "tu", None: "su"}
#: "there" ending what the person did or is (or what the sender is), with nothing before it to point at: their firm
#: ("how you led the retention program there", "I'm an adjunct there"); not "see you there", "down there"
_THERE = re.compile(r"\b((?:you|you're|your|I'm|I work|I worked|I teach|I study)\b[^.;!?]*?\b[a-z]{3,}"
                    r"(?<!\bsee)(?<!\bmeet)(?<!\bbe)(?<!\bgo)(?<!\bgoing)(?<!\bdown)(?<!\bup)(?<!\bout)(?<!\bover)"
                    r"(?<!\bfrom)) there(?=\s*(?:[.,;!?]|$))")


def firm_said(text: str, language: str, company: str | None, formal: bool | None = None) -> str:
    """``text`` (the reason in the note's voice) with "this company" and an unanchored "there" said as the person's
    firm ("your company", "at Riverside Health System"): readers find both point at nothing in a note."""
    if language in _THIS_FIRM:
        pattern, said = _THIS_FIRM[language]
        text = pattern.sub(lambda m: said.format(m.group(1), you=_YOUR_ES[formal],
                                                 of="da " if m.group(0)[0] in "Dd" else ""), text)
    if language != "en" or not company:
        return text
    m = _THERE.search(text)
    if not m or re.search(r"\b(?:in|at|to|from|near) [A-Z]", text[:m.end(1)]) or re.search(
            r"\b(?:program|programme|course|scheme|apprenticeship|residency|academy|fellowship)\b", text[:m.start(1)]) \
            or company.split()[0].lower() in text.lower():
        return text  # "there" may be the place, the programme (of a sentence before) or the firm named before it
    return text[:m.end(1)] + f" at {company}" + text[m.end():]
