"""The rule one_paragraph: a note is one short paragraph, with no subject line, list or signature."""

from __future__ import annotations

import re

from ...text.folding import fold
from ...text.words import words_in
from ..context import CheckContext, shorten
from .addresses_person import greeting_end

_SUBJECT = re.compile(r"^\s*(subject|re|betreff|objet|asunto|assunto|oggetto|onderwerp|тема)\s*:", re.I)
_META = re.compile(
    r"\bhere('s| is) (a|the|your|my|an?)\b[^.:]{0,40}\b(note|message|draft|version)\b|^\s*((connection )?"
    r"(note|message|draft|output|answer|response)\s*:)|"
    r"\(\s*\d+\s*(characters?|chars?|zeichen|caractères|caracteres)\s*\)|\bcharacter count\b|"
    r"\[\s*\d+\s*/\s*\d+\s*\]|\b(word|character) limit\b|\bunder \d+ characters\b|"
    r"\b(?-i:Note|Person|Sender|Reason)( \([^)]{0,60}\))?:\s", re.I)
_CLOSINGS = (r"best|best regards|kind regards|warm regards|warmest regards|regards|warmly|cheers|thanks|"
             r"many thanks|thank you|sincerely|yours|all the best|talk soon|speak soon|best wishes|"
             r"viele grüße|beste grüße|liebe grüße|freundliche grüße|mit freundlichen grüßen|lg|vg|mfg|"
             r"cordialement|bien cordialement|bien à vous|amitiés|à bientôt|saludos|un saludo|atentamente|"
             r"abrazos|un abrazo|abraços|atenciosamente|cordiali saluti|saluti|un saluto|a presto|groeten|"
             r"met vriendelijke groet|hartelijke groet|с уважением|всего доброго|з повагою")
_FORMAL_CLOSING = re.compile(
    r"(best regards|kind regards|warm regards|warmest regards|sincerely|yours (truly|sincerely)|"
    r"mit freundlichen grüßen|freundliche grüße|cordialement|bien à vous|atentamente|atenciosamente|"
    r"cordiali saluti|met vriendelijke groet|с уважением|з повагою)\s*[,.!]?\s*\S{0,20}\s*$", re.I)
_SIGN_OFF = re.compile(
    rf"(?:^|[.!?]\s+|\s[–—-]\s*)(?i:{_CLOSINGS})\s*(?:,\s*(?:[^\W\d_][\w'’-]*|\[[^\]]*\])?|"
    rf"[!.]?\s+(?:[A-ZÀ-ÝА-Я][\w'’-]*|\[[^\]]*\]))\s*\.?$")
_DASH_SIGNATURE = re.compile(r"(?:[.!?]\s*|\s)(?:[–—-]|~)\s*[A-ZÀ-ÝА-Я][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s*$")


def ends_with_sign_off(note: str) -> bool:
    return bool(_FORMAL_CLOSING.search(note) or _SIGN_OFF.search(note) or _DASH_SIGNATURE.search(note))


#: a sentence that only says "glad to connect"
_CONNECT_CLOSING = re.compile(r"^\W*(?:i'd|i would|would|happy|glad|it would be great|it'd be great|i'd love|i would love|"
                              r"love|hope we can|looking forward)\b[^.!?]{0,30}\b(?:connect|connecting|touch)\b[.!]?\s*$",
                              re.I)


def _repeated(note: str) -> str | None:
    """Five words in a row that the note says twice ("I'm moving into equine. … I'm moving into equine")."""
    words = [w.lower() for w in words_in(note)]
    seen: dict[tuple[str, ...], int] = {}
    for i in range(len(words) - 4):
        gram = tuple(words[i:i + 5])
        if gram in seen and i - seen[gram] >= 5:
            return " ".join(gram)
        seen.setdefault(gram, i)
    return None


def _your_thing_twice(note: str) -> str | None:
    """The person's work named twice ("I really like your work as … I'd be glad to connect and follow your
    work"): a reader hears the repetition."""
    said = [m.group(0).lower() for m in re.finditer(r"\byour (?:work|posts|content)\b", note, re.I)]
    return next((s for s in said if said.count(s) > 1), None)


def one_paragraph(ctx: CheckContext, note: str) -> str | None:
    """One paragraph: no line breaks, no subject line, no list, no text about the note itself ("Here's a
    note:"), no sign-off or signature (LinkedIn shows the sender's name anyway).

    Okay: Hi Priya, I heard your podcast episode on data contracts. Glad to connect.
    Fail: Hi Priya, I heard your podcast episode on data contracts. Best regards, Sam
    Fail: Subject: Data contracts. Hi Priya, I heard your podcast episode on data contracts.
    Fail: Hi Priya, I heard your podcast episode on data contracts. Glad to connect. Note: Hi Priya, I heard
    Fail: Hi Priya, I heard your podcast episode on data contracts, and I heard your podcast episode on data contracts.
    Fail: Hi Priya, I heard your podcast episode on data contracts. I'd be glad to connect. Would love to connect.
    Fail: Hi Priya – I would like to connect. Thank you. I'd be glad to connect.
    Fail: Hi Priya, I really like your work as Data Lead. I'd be glad to connect and follow your work.
    """
    if "\n" in note.strip() or "\r" in note:
        return "has line breaks: a note is one short paragraph"
    if _SUBJECT.search(note):
        return "has a subject line"
    m = _META.search(note)
    if m:
        return f"has text about the note itself ('{shorten(m.group(0))}')"
    if re.search(r"(^|\s)[•▪◦]\s", note) or re.search(r"\s\d\)\s.*\s\d\)\s", note):
        return "is a list, not a paragraph"
    repeated = _repeated(note) or _your_thing_twice(note)
    if repeated:
        return f"says the same thing twice ('{shorten(repeated)}')"
    body = note[greeting_end(note):]  # "Hi Okonkwo – I would like to connect. … I'd be glad to connect."
    closings = [s for s in re.split(r"(?<=[.!?])\s+", body) if _CONNECT_CLOSING.search(s)]
    if len(closings) >= 2:
        return f"closes twice ('{shorten(closings[-1])}')"
    m = _FORMAL_CLOSING.search(note) or _SIGN_OFF.search(note) or _DASH_SIGNATURE.search(note)
    if m:
        return f"ends with a sign-off ('{shorten(m.group(0).strip(' .!?'))}')"
    if ctx.sender:
        sender_name = words_in(ctx.sender.split(",")[0])
        last = words_in(note)[-1:] if words_in(note) else []
        if sender_name and last and fold(last[0]) == fold(sender_name[0]) and len(sender_name[0]) > 1:
            return f"ends with a signature ('{last[0]}')"
    return None
