"""The rule not_their_job: the note never gives the sender what belongs to the person, or the other way round."""

from __future__ import annotations

import re

from ...paste import (
    JOB_WORDS,
)
from ...text.folding import fold
from ...text.words import word_stem, words_in
from ..context import CheckContext, shorten
from ..vocabulary import ALL_FUNCTION_WORDS, CJK_RUN, ROLE_WORDS, expand_shorthand
from .sender_claims import sender_phrases
from .sides import mirrored, swapped_sides

_SENIORITY = {"senior", "sr", "junior", "jr", "lead", "principal", "staff", "head", "chief", "associate",
              "assistant", "intern", "of", "the", "and", "&", "global", "regional", "deputy", "interim",
              "i", "ii", "iii"}


def _role_core(role: str, company: str = "") -> str | None:
    """The job itself: 'ux researcher' for 'Senior UX Researcher' (seniority and employer left out)."""
    role = re.split(r"\s+(?:at|@|of|von|de|chez|bei|en|di|del|da|presso|в)\s+", fold(role))[0] \
        if not re.match(r"^(head|chief|director|vp)\b", fold(role)) else fold(role)
    company_words = set(words_in(fold(company)))
    words = [w for w in words_in(role) if w not in _SENIORITY and w not in company_words]
    core = " ".join(words[-2:]) if words else ""
    if not any(w in ROLE_WORDS or w.rstrip("s") in ROLE_WORDS or w in JOB_WORDS for w in words[-2:]):
        # a title the word lists don't know ("Руководитель группы машинного обучения"): the whole title
        whole = " ".join(words)
        return whole if len(words) >= 2 and len(whole) >= 8 else None
    return core if len(core) >= 5 else None


def not_their_job(ctx: CheckContext, note: str) -> str | None:
    """Who is who stays as the reason says: the sender never claims the person's job, employer, words or
    name, and the note never swaps who does what (who hosts, hires, interviews, manages).

    Okay: Hi Priya, I heard your podcast episode on data contracts. Glad to connect.
    Fail: Hi Priya, as a data engineering lead at Fluxo I loved your episode on data contracts.
    Reason: she'd be my manager if I join the team
    Fail: Hi Priya, I'd be your manager if you join the team. Glad to connect.
    """
    sender = ctx.sender_reason_lower
    company = fold(ctx.profile.company or "")
    company_key = _company_key(company)
    role = ctx.profile.role or ""
    core = _role_core(role, ctx.profile.company or "")
    spans = sender_phrases(note)
    low = fold(note)
    spans += re.findall(r"([^.!?,;]{0,60}\bhere\b)(?=[,.!—–-])", low)  # "Senior UX Researcher here,"
    if company_key:
        spans += re.findall(rf"\b(?:at|in|from)\s+{re.escape(company_key)}\w*(?:\s+\w+){{0,3}}?,?\s+"
                            rf"(?:we|we're|our|i|i'm)\b", low)
        spans += re.findall(rf"\b(?:we|our team|my team|my colleagues|us)\s+(?:here\s+)?at\s+{re.escape(company_key)}",
                            low)
        spans += re.findall(rf"\bfellow\s+{re.escape(company_key)}", low)
    for span in spans:
        f = fold(span)
        if company_key and re.search(rf"\b(at|with|for|in|bei|chez|en|na|no|presso|для|в|@)\s+(the\s+)?"
                                     rf"{re.escape(company_key)}", f) \
                and not re.search(rf"(?<!\w){re.escape(company_key)}", sender) \
                and not re.search(r"\b(your|you|their|its)\b", f.split(company_key)[0][-25:]):
            return f"claims the recipient's employer ({ctx.profile.company}) as the sender's"
        if core and core in f and core not in sender \
                and not re.search(r"\b(your|you)\b", f.split(core)[0][-25:]):
            return f"claims the recipient's role ({role}) as the sender's"
    bad = _copied_first_person(ctx, note) or _cjk_claim(ctx, note) or _turned_around(ctx, note) \
        or _claims_their_name(ctx, note) or _names_the_sender(ctx, note) or _thanks_as_host(ctx, note) \
        or (swapped_sides(ctx.spoken_reason, note) or mirrored(ctx.spoken_reason, note)
            if ctx.language == "en" else None)
    if bad:
        return bad
    if re.search(r"\bi('ve| have| had|'m| am)?( just| recently)? (joined|joining) your (team|company)\b", low) \
            and not re.search(r"\bjoin", ctx.reason, re.I):
        return "claims to have joined their team"
    return None


_RELATION_NOUNS = (r"manager|boss|interviewer|recruiter|mentor|attending|professor|teacher|supervisor|"
                   r"account manager|client|customer|supplier|vendor|host|speaker|organi[sz]er|coach|lead")
_YOUR_RELATION = re.compile(rf"\bi(?:'m| am|'ll be| will be|'d be| would be| might be)\s+(?:your|their)\s+"
                            rf"(?:future\s+|new\s+)?({_RELATION_NOUNS})\b", re.I)
_ACTS = {"run": "run|runs|running", "lead": "lead|leads|leading|led", "manage": "manage|manages|managing|managed",
         "own": "own|owns|owning", "found": "found|founded", "build": "build|builds|built|building",
         "host": "host|hosts|hosting|hosted", "present": "present|presents|presenting|presented",
         "speak": "speak|speaks|speaking|spoke", "teach": "teach|teaches|teaching|taught",
         "organi": "organi[sz]e|organi[sz]es|organi[sz]ing|organi[sz]ed",
         "recruit": "recruit|recruits|recruiting|recruited", "hire": "hire|hires|hiring|hired",
         "interview": "interview|interviews|interviewing|interviewed"}


_THANKS_AS_HOST = re.compile(r"\b(thanks?|thank you)( so much)? for (listening|tuning in|watching|reading|subscribing|"
                             r"attending|coming to|joining)\b", re.I)


def _thanks_as_host(ctx: CheckContext, note: str) -> str | None:
    """'Thanks for listening to the episode' to someone whose podcast the sender listened to."""
    m = _THANKS_AS_HOST.search(note)
    if m and not _THANKS_AS_HOST.search(ctx.reason):
        return f"thanks the person as if the sender made what they listened to or read ('{m.group(0)}')"
    return None


def _claims_their_name(ctx: CheckContext, note: str) -> str | None:
    """'I'm Dr. Samira Haddad and I'm organizing…' written to Samira Haddad: the sender claims to be them."""
    names = {n for n in (ctx.profile.name, ctx.profile.first_name) if n and len(n) >= 2}
    sender = fold(ctx.sender or "")
    for n in names:
        f = fold(n)
        if f in sender:
            continue
        if re.search(rf"\b(i'm|i am|my name is|this is|je suis|ich bin|soy|sou|sono|я)\s+(dr\.?\s+|prof\.?\s+)?"
                     rf"{re.escape(f)}(?!\w)", fold(note)):
            return f"the sender claims to be {n}"
    return None


def _names_the_sender(ctx: CheckContext, note: str) -> str | None:
    """'Stuart is the facilities manager at Ashgrove' written by Stuart: the sender is "I" in a note, never a
    third person (only "I'm Stuart" or "this is Stuart" names them)."""
    # "Stuart, account manager at Coldline" / "Stuart - AM at Coldline": a name before the role
    m = re.match(r"\s*([^\W\d_][\w'’-]+)(?:\s+[^\W\d_][\w'’-]+)?\s*(?:,|\s[-–—(]|\s(?:from|at|here)\b)",
                 ctx.sender or "")
    if not m or not m.group(1)[:1].isupper() or any(fold(w) in ROLE_WORDS for w in words_in(m.group(0))):
        return None  # no name first ("Account manager at Coldline")
    name = fold(m.group(1))
    if name in fold(ctx.reason) or name in {fold(n) for n in (ctx.profile.first_name, ctx.profile.name) if n}:
        return None
    folded = fold(note)
    for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", folded):
        if not re.search(r"\w", folded[hit.end():]):
            continue  # a signature ("Kind regards, Tom"): other checks judge a sign-off
        if not re.search(r"\b(i'm|i am|my name is|this is|it's|ich bin|je suis|soy|sou|sono|ik ben|hier ist|"
                         r"c'est|aqui é|aquí)\s*$", folded[: hit.start()]):
            return f"names the sender ({m.group(1)}) as someone else"
    return None


def _turned_around(ctx: CheckContext, note: str) -> str | None:
    """'I'll be your interviewer' when she interviews the user; 'the plant I run' when he runs it;
    'I'm presenting there' when she presents. The reason says who does what; the note may not swap it."""
    reason = fold(ctx.reason)
    sender = fold(ctx.sender or "")
    low = fold(note)
    m = _YOUR_RELATION.search(low)
    if m:
        noun = m.group(1)
        if not re.search(rf"\b(i'm|i am|im|i'll be|i will be|i'd be|i'll|i)\b[^.]{{0,30}}\b(her|his|their|your|the)\s+"
                         rf"(\w+\s+)?{noun}", reason) and noun not in sender:
            return f"turns the relationship around ('{m.group(0)}')"
    for stem, forms in _ACTS.items():
        mine = re.search(rf"\b(i|i'm|i am|i'll be|i will be|i've|i have|i was)\s+(also\s+|just\s+|now\s+)?"
                         rf"(?:{forms})\b|\b\w+ i (?:{forms})\b", low)
        if not mine:
            continue
        theirs = re.search(rf"\b(she|he|they|she's|he's|they're|her|his|their)\b[^.]{{0,40}}\b(?:{forms})", reason)
        own = re.search(rf"\b(i|i'm|im|i am|i'll|i've|we|we're|my)\b[^.]{{0,25}}\b(?:{forms})", reason) \
            or re.search(rf"\b(?:{forms})\b", sender)
        if theirs and not own:
            return f"says the sender does what the person does ('{mine.group(0).strip()}')"
    swapped = _swapped_sides(reason, note, ctx.profile_stems)
    if swapped:
        return swapped
    if _SENDER_HIRES.search(reason) and not re.search(r"\b(she|he|they)('s|'re| is| are)?\s+(also\s+)?(hiring|"
                                                      r"recruiting)\b", reason):
        m = _PERSON_HIRES.search(low)
        if m:
            return f"says the person is hiring ('{m.group(0)}'), but the sender is"
    return None


_WHO = re.compile(r"\b(she's|he's|they're|shes|hes|she|he|they|i'm|im|i|we're|we|you)\b")
_BE = re.compile(r"^\s*(was|were|is|are|am)\b")
_SWAP_STOP = {"one", "was", "were", "been", "being", "has", "have", "had", "the", "and", "but", "who", "when",
              "then", "back", "also", "really", "just", "still", "now", "same", "both", "some", "ago", "time",
              "lot", "much", "very", "want", "would", "could", "like", "love", "say", "said", "where", "which"}


def _identities(reason: str) -> tuple[set[str], set[str]]:
    """What a reason says each side *is* or *was*: ("she was on the research team", "i was in checkout eng",
    "he's the buyer") -> (the person's words, the sender's words), as content-word stems."""
    theirs: set[str] = set()
    mine: set[str] = set()
    marks = list(_WHO.finditer(reason))
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(reason)
        rest = re.split(r"[,.;!?]", reason[m.end():end])[0]
        who = m.group(1)
        if who in ("she's", "he's", "they're", "shes", "hes") or (who in ("she", "he", "they") and _BE.match(rest)):
            side = theirs
        elif who in ("i'm", "im") or (who == "i" and _BE.match(rest)):
            side = mine
        else:
            continue
        if re.search(r"\b(also|too|as well|both)\b", rest):
            continue  # "she's also switching careers": said of both sides
        # the identity itself, not where or for whom: "the buyer" (at fjordline), "presenting" (at the summit)
        head = []
        for w in words_in(rest):
            f = fold(w)
            if f in _PREPOSITIONS:
                if head:
                    break
                continue
            if len(f) >= 3 and f not in ALL_FUNCTION_WORDS and f not in _SWAP_STOP:
                head.append(word_stem(w))
        side |= set(head)
    return theirs - mine, mine - theirs


_PREPOSITIONS = {"at", "in", "on", "for", "from", "during", "with", "to", "of", "about", "into", "by", "where",
                 "when", "who", "which", "that"}


def _swapped_sides(reason: str, note: str, profile_stems: set[str] = frozenset()) -> str | None:
    """English reasons say who is who ("he was a year ahead of me", "she was on the research team when i was
    in checkout eng", "he'd be my boss's boss", "i'm organizing her session"); a note that gives one side's
    part to the other ("I was a year ahead of you", "you were working on checkout engineering", "I'd be your
    boss's boss", "my session") is wrong. ``reason`` is folded (lower case); names in ``note`` (capitalised,
    and in the profile: an event, a company) are context both sides share, so they don't count; a job word
    counts double."""
    proper = {word_stem(w) for w in words_in(note) if w[:1].isupper()} & profile_stems
    note = fold(note)
    reason = expand_shorthand(reason)
    only_theirs, only_mine = _identities(reason)

    def shared(span: str, words: set[str]) -> float:  # "eng" in a reason is "engineering" in a note
        stems = {word_stem(w) for w in words_in(span)}
        hits = [w for w in words if w in stems or (len(w) <= 4 and any(s.startswith(w) for s in stems))]
        return sum(0 if w in proper else 2 if w in ROLE_WORDS or w == "buyer" else 1 for w in hits)

    for sentence in re.split(r"(?<=[.!?])\s+", note):
        i_part = re.search(r"\b(i|i'm|i've|i was|i am)\b(.*?)(?=\byou|\byour|\bwho\b|\bwhich\b|$)", sentence)
        if i_part and shared(i_part.group(2), only_theirs) >= 2:
            return f"gives the sender what the reason says of the person ('{shorten(i_part.group(0).strip(), 40)}')"
        you_part = re.search(r"\b(you|you're|you were|you've)\b(?!r)(.*?)(?=\bi\b|\bi'|\bmy\b|$)", sentence)
        if you_part and re.search(r"\b(were|are|you're|been)\b", you_part.group(0)) \
                and shared(you_part.group(2), only_mine) >= 2:
            return f"gives the person what the reason says of the sender ('{shorten(you_part.group(0).strip(), 40)}')"
    for own, other in (("my", "your"), (r"(?:her|his|their)", "my")):
        for m in re.finditer(rf"\b{own}\s+(\w+)(?:\s+(\w+))?", reason):
            noun = m.group(1) if len(m.group(1)) >= 4 and m.group(1) not in ALL_FUNCTION_WORDS else m.group(2)
            if not noun or len(noun) < 4 or noun in _SWAP_STOP or noun in ALL_FUNCTION_WORDS:
                continue
            mirror = "(?:her|his|their|your)" if own == "my" else "my"
            if re.search(rf"\b{other}\s+(?:\w+\s+)?{re.escape(noun)}\b", note) \
                    and not re.search(rf"\b{mirror}\s+(?:\w+\s+)?{re.escape(noun)}\b", reason):
                return f"swaps whose {noun} it is ('{m.group(0)}' in the reason)"
    return None


#: the reason says the sender hires ("hiring a go dev", "we're recruiting for our terminal") ...
_SENDER_HIRES = re.compile(r"^\W*(hiring|recruiting)\b|\b(i'm|im|i am|we're|we are|were|i've been|we've been)\s+"
                           r"(currently\s+|now\s+)?(hiring|recruiting)\b")
#: ... and the note gives the hiring to the person
_PERSON_HIRES = re.compile(r"\b(you're|you are|you were|you've been)\s+(currently\s+|now\s+)?(hiring|recruiting)\b|"
                           r"\byour (\w+ )?(post|posting|ad|job ad|listing|announcement) (about|on|for) (hiring|"
                           r"recruiting|the (\w+ ){0,3}(role|job|position|opening))\b")


_FIRST_PERSON = re.compile(r"\b(our|my|we|we're|we've|i|i'm|i've|unser\w*|wir|mein\w*|notre|nos|nous|mon|ma|mes|"
                           r"nuestr\w*|nosotros|mi|mis|noss\w*|nós|meu|minha|nostr\w*|noi|mio|mia|мы|наш\w*|мой|моя)\b",
                           re.I)


def _copied_first_person(ctx: CheckContext, note: str) -> str | None:
    """'…how patients use our booking and triage tools' — the person's own first-person words as the sender's."""
    p = ctx.profile
    own = fold(" ".join(filter(None, [p.about, " ".join(p.activity), p.headline])))
    own = " ".join(words_in(own))
    if not own:
        return None
    words = [fold(w) for w in words_in(note)]
    for i, w in enumerate(words):
        if _FIRST_PERSON.fullmatch(w) and i + 3 < len(words) + 1:
            window = " ".join(words[i:i + 4])
            if len(words[i:i + 4]) == 4 and re.search(rf"(?<!\w){re.escape(window)}(?!\w)", own):
                return f"uses the person's own words as the sender's ('{window}')"
    return None


_CJK_SELF = re.compile(r"(我是|我在|我们|我也|我也是|我们也|私は|私も|弊社|저는|제가)")


def _cjk_claim(ctx: CheckContext, note: str) -> str | None:
    """'我是一名上海栖木科技的产品经理' — the person's company or title claimed in Chinese/Japanese/Korean;
    or a sentence in the first person that copies eight or more characters of their own text."""
    if not CJK_RUN.search(note):
        return None
    p = ctx.profile
    own = "".join(CJK_RUN.findall(" ".join(filter(None, [p.about, " ".join(p.activity), p.headline]))))
    for sentence in re.split(r"[。！？!?]", note):
        if not _CJK_SELF.search(sentence) and "我" not in sentence:
            continue
        chars = "".join(CJK_RUN.findall(sentence))
        for i in range(len(chars) - 7):
            if chars[i:i + 8] in own:
                return f"uses the person's own words as the sender's ('{chars[i:i + 8]}…')"
    for m in _CJK_SELF.finditer(note):
        span = note[m.start(): m.start() + 30]
        for value in (ctx.profile.company, ctx.profile.role):
            if value and len(value) >= 2 and value in span and value not in (ctx.sender or ""):
                return f"claims the person's {'employer' if value == ctx.profile.company else 'role'} ({value}) " \
                       "as the sender's"
    return None


def _company_key(company: str) -> str | None:
    """The distinctive word of a company name ('greenlough' for 'Greenlough Health'); None if too generic."""
    words = [w for w in words_in(company) if w not in {"the", "a", "an", "of", "and", "gmbh", "ag", "inc", "ltd",
                                                       "llc", "sa", "s.p.a", "plc", "group", "company", "co"}]
    if not words:
        return None
    if len(words) >= 2 and words[0] in {"a", "an", "some"}:
        return None
    key = words[0] if len(words[0]) >= 4 else " ".join(words[:2])
    return key if len(key) >= 3 else None
