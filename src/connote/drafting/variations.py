"""Variations that differ by construction, not by sampling luck.

The first note is the model's likeliest, or the user's reason in the note's voice (:func:`from_reason`); the others
are built from a note that passed, so they say the same
facts as well as it does and differ on purpose:

* **short**: the note's first sentence with a short closing, at most :data:`SHORT` characters;
* **another closing**: a closing that only says "glad to connect" is swapped for one no other note has.

Everything built here is checked like any generated note before it is shown. More variations than these, or
new wording (``connote again``), come from the model. (The note's sentences in another order were a variation
once; a blind reader found 11 of 134 shown notes odd for it — "I applied yesterday. You posted about…" — as a
moved sentence leans on what now comes after it. Order is left to the model.)
"""

from __future__ import annotations

import re

from ..text.words import sentences, utf16_len

#: a short variation is at most this long (LinkedIn free accounts allow 200)
SHORT = 150

#: closings that say only "glad to connect", by language: every variation gets its own
CLOSINGS = {
    "en": ("I'd be glad to connect.", "Would you be open to connecting?", "Would love to connect.",
           "Happy to connect here.", "Hope we can stay in touch.", "Glad to connect."),
    "de": ("Ich würde mich über die Vernetzung freuen.", "Ich freue mich auf den Austausch.", "Viele Grüße!"),
    "fr": ("Au plaisir d'échanger.", "Au plaisir de rester en contact.", "Bonne journée !"),
    "es": ("Me encantaría conectar.", "Sería un placer conectar.", "Será un gusto conectar."),
    "pt": ("Seria um prazer conectar.", "Adoraria conectar.", "Será um prazer manter contato."),
    "it": ("Mi farebbe piacere collegarmi.", "Sarebbe un piacere restare in contatto.",
           "Felice di collegarmi."),
    "nl": ("Ik zou graag connecten.", "Hartelijke groet!", "Leuk om te connecten."),
}
#: closings too casual for a note that greets "Dear …"
_CASUAL = {"Would love to connect.", "Glad to connect.", "Happy to connect here.", "Thanks!"}
#: closings that ask nothing, for a note whose own words already ask to connect ("…, quiero conectar para seguir la
#: conversación. ¡Gracias!", not "… Me encantaría conectar.": a blind reader marks the ask said twice)
THANKS = {
    "en": ("Thanks!", "Thank you.", "Thanks in advance."), "de": ("Danke!", "Viele Grüße!", "Vielen Dank!"),
    "fr": ("Merci !", "Bonne journée !", "Merci d'avance !"), "es": ("¡Gracias!", "Un saludo.", "¡Muchas gracias!"),
    "pt": ("Um abraço!", "Até breve!", "Abraços!"), "it": ("Grazie!", "Un saluto.", "Grazie mille!"),
    "nl": ("Bedankt!", "Hartelijke groet!", "Alvast bedankt!"),
}
_GENERIC_CLOSING = {
    "en": re.compile(r"^(?:i'd|i would|i'll|would|it would|it'd|i'm|happy|glad|hope|hoping|looking forward|"
                     r"i look forward|love|i'd love|i would love)\b[^.!?]{0,45}\b(?:connect|connecting|touch|"
                     r"network|linked)\b[^.!?]{0,25}[.!?]?$", re.I),
    "de": re.compile(r"^(?:ich würde mich|ich freue mich|gern|gerne|viele grüße|beste grüße)\b.{0,60}$", re.I),
    "fr": re.compile(r"^(?:au plaisir|bonne journée|ravie?|je (?:vous )?serais (?:ravie?|heureux|heureuse)|"
                     r"j'aimerais|heureux|heureuse|me fer(?:ai|ait|a) plaisir|ce serait un plaisir|cela me ferait plaisir)\b.{0,60}$",
                     re.I),
    "es": re.compile(r"^(?:me encantaría|sería un placer|será un (?:gusto|placer)|un saludo|encantad[oa])\b.{0,60}$",
                     re.I),
    "pt": re.compile(r"^(?:seria um prazer|adoraria|será um prazer|gostaria de (?:me )?conectar)\b.{0,60}$", re.I),
    "it": re.compile(r"^(?:mi farebbe piacere|sarebbe un piacere|felice di|mi piacerebbe)\b.{0,60}$", re.I),
    "nl": re.compile(r"^(?:ik zou graag|graag|leuk om|hartelijke groet)\b.{0,60}$", re.I),
}
#: a closing the model wrote in another language, often broken ("Ich wäre froh, zu kommen.", "Ik zou rijkelijk
#: graag te houden.", Spanish "Me encantaria conectar." in Portuguese): short, opening like a closing and on
#: connecting; swapped for a sure one like any "glad to connect"
_MODEL_CLOSING = {language: re.compile(rf"^(?=.{{0,60}}$)(?:{starts})\b.*\b(?:{words})", re.I)
                  for language, starts, words in (
    ("de", r"ich wäre|es wäre|wäre schön|ich würde|ich möchte|ich hoffe|lassen sie uns|lass uns|würde mich",
     r"vernetz\w*|kontakt\w*|verbinden|verbindung|austausch|froh"),
    ("nl", r"ik zou|ik wil|ik hoop|het zou|leuk|graag|fijn",
     r"connect\w*|contact|houden|verbinden|kennismaken|netwerk"),
    ("pt", r"estou|fico|me encantaria|adoraria|seria|gostaria|espero|vamos|será",
     r"conectar|conexão|contato|contacto|prazer"),
    ("es", r"me encantar[ií]a|me gustar[ií]a|sería|será|estoy|espero|encantad[oa]",
     r"conectar|contacto|conexión|placer|gusto"),
    ("it", r"mi piace|mi piacerebbe|mi farebbe|sarei|sarebbe|spero|vorrei|felice|piacere",
     r"collegar\w*|connett\w*|connession\w*|contatto|conoscert\w*|conoscerla|rete|piacere"),
    ("fr", r"je|au plaisir|ravie?|heureux|heureuse|j'espère|hâte|ce serait",
     r"contact|connect\w*|échanger|plaisir|réseau|lien"),
)}
_FOLDED_CLOSING = re.compile(r",? and (?:would|i'd|i would) (?:love|be glad|be happy|like) to connect([.!])$", re.I)


def closing_split(text: str, language: str) -> tuple[str, str | None]:
    """The note without its last sentence, and that sentence, when it only says "glad to connect" (also when
    folded into the last sentence: "… into equine and would love to connect."); a closing said twice
    ("Estou interessado em fazer uma conexão. Seria um prazer conectar.") goes as a whole."""
    folded = _FOLDED_CLOSING.search(text.strip()) if language == "en" else None
    if folded:
        return text.strip()[: folded.start()] + folded.group(1), "I'd be glad to connect."
    parts = sentences(text)
    pattern, model = _GENERIC_CLOSING.get(language), _MODEL_CLOSING.get(language)
    closing = None
    while len(parts) >= 2 and pattern and len(parts[-1]) <= 80 and (
            pattern.match(parts[-1]) or (model and model.match(parts[-1])) or parts[-1] in THANKS.get(language, ())):
        closing = closing or parts[-1]
        parts = parts[:-1]
    return (" ".join(parts), closing) if closing else (text.strip(), None)


#: the sender's own wish to connect, in a note's body ("I want to connect beforehand", "I'd like to connect first";
#: not "Tobi suggested I connect", "Rural Connect")
_WISH_TO_CONNECT = re.compile(r"\b(?:I|we)(?:'d| would| really| also| just)* (?:like|love|want|wanted|wanna|hope) to "
                              r"(?:re)?connect\b", re.I)


def said_once(text: str, language: str) -> str:
    """``text`` without a "glad to connect" closing when its body already wishes to connect: "I want to connect
    beforehand. I'd be glad to connect." says it twice (a blind reader's "repeated"; English: other languages'
    closings are swapped for a sure one anyway)."""
    closing = closing_split(text, language)[1]
    before = text.strip()[:-len(closing)].rstrip() if closing and text.strip().endswith(closing) else ""
    if language != "en" or not _SAYS_CONNECT.search(closing or "") or not _WISH_TO_CONNECT.search(before):
        return text
    return before if re.search(r"[.!?]$", before) else before.rstrip(" ,;") + "."


#: the polite German "you", capitalised wherever it stands
_GERMAN_FORMAL = {"Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Ihnen"}


def _lower_case_word(word: str, language: str) -> bool:
    """Whether ``word`` is one the language writes in lower case: "We" -> "we", "Wir" -> "wir"; not a name ("Tunde")
    nor a German noun ("Elektroniker"). Without a dictionary: yes."""
    from ..text.spelling import available, is_known

    return not available(language) or is_known(word.lower(), language)


def from_reason(opener: str, told: str, language: str) -> str | None:
    """A note that is the reason as the model was told it (:func:`..prompting.reasons.told`: in the note's voice,
    its typos fixed, a terse one completed): "Hi Ana," + the reason + a "glad to connect" closing (a thanks when
    the reason asks to connect itself). Offered when no note the model wrote passes, or first when it passes the
    checks (``first_note = "reason"``): plainer, but what the user said. None without a reason."""
    told = told.strip().rstrip(",;:")
    if not told or not CLOSINGS.get(language):
        return None
    first = re.match(r"[^\W\d_]+", told)
    if not re.match(r"I\b|I'", told) and told[1:2].islower() and not (first and (
            first.group(0) in _GERMAN_FORMAL and language == "de" or not _lower_case_word(first.group(0), language))):
        told = told[:1].lower() + told[1:]  # "Hi Ana, we met ..." (not "NHS", "I"; not a name, "Tunde from my
        # church said …"; not German "Sie", "Elektroniker")
    if told[-1:] not in ".!?":
        told += "."
    return f"{opener.rstrip()} {told} {_free_closing(language, [], body=told) or CLOSINGS[language][0]}"


def with_closing(text: str, language: str, taken: list[str], *, shortest: bool = False) -> str | None:
    """``text`` with its "glad to connect" closing swapped for one no note in ``taken`` ends with; ``None`` when
    ``text`` has no such closing to swap or every closing is taken."""
    body, closing = closing_split(text, language)
    if closing is None:
        return None
    closing = _free_closing(language, taken, shortest=shortest, body=body)
    return f"{body} {closing}" if closing else None


def _free_closing(language: str, taken: list[str], *, shortest: bool = False, body: str = "") -> str | None:
    """The first of the language's closings (the shortest first, if asked) that no note in ``taken`` ends with
    and that does not open as a sentence of ``body`` does ("… me encantaría ir. Me encantaría conectar."); after
    a ``body`` that asks (a question of its own: "… open to a chat? I'd be glad to connect." read as two closings
    in set 51) or asks to connect itself, a thanks (:data:`THANKS`)."""
    ends = {closing_split(t, language)[1] for t in taken}
    asked = body.rstrip().endswith("?")
    closings = THANKS.get(language, ()) if asked or _SAYS_CONNECT.search(body) else CLOSINGS.get(language, ())
    if body.startswith("Dear "):  # a formal English note: no "Would love to connect." (set 52's reader)
        closings = tuple(c for c in closings if c not in _CASUAL) + (("I would be glad to connect.",) if not asked
                                                                     else ())
    choices = sorted(closings, key=len) if shortest else closings
    said = body.lower()
    return next((c for c in choices if c not in ends and " ".join(c.lower().split()[:2]) not in said
                 and not (asked and c.endswith("?"))), None)


#: a sentence that already asks to connect or stay in touch, in the notes' languages
_SAYS_CONNECT = re.compile(r"\b(?:re)?connect(?:ing|ion|en|eren)?\b|\bin touch\b|vernetz|kontakt|austausch|conectar|"
                           r"\bconnecter|\bcollegar|\bcontact|\bcontato|\bcontatto|échanger|\bverbinden|"
                           r"\bconnession", re.I)  # not "connected cars"


def with_added_closing(text: str, language: str, taken: list[str]) -> str | None:
    """``text`` with a closing no note in ``taken`` ends with, added after its last sentence when that
    sentence is not a "glad to connect" closing (:func:`with_closing` swaps those; after a question of the note's
    own, a closing that asks nothing: "… a 15 min chat sometime? Glad to connect."; after a note that asks to
    connect, a thanks: "… I want to connect beforehand. Thanks!", read as sendable in set 48); ``None`` otherwise."""
    body, closing = closing_split(text, language)
    last = (sentences(body) or [""])[-1]
    if closing is not None or not re.search(r"[.!?]$", last):
        return None
    closing = _free_closing(language, taken, body=body)
    return f"{body} {closing}" if closing else None


def short_version(text: str, language: str, taken: list[str], limit: int) -> str | None:
    """The greeting and first sentence of ``text`` with a short closing, if that fits :data:`SHORT`."""
    body, _ = closing_split(text, language)
    parts = sentences(body)
    if len(parts) < 2 and len(body) <= SHORT:
        first = body
    elif parts:
        first = parts[0]
    else:
        return None
    if not re.search(r"[.!?]$", first):
        first = first.rstrip(",;:–— ") + "."
    if _SAYS_CONNECT.search(first):
        return None  # "…I'd be glad to connect and swap ideas." needs no closing to say it again
    closing = _free_closing(language, taken, shortest=True)
    if closing is None:
        return None
    short = f"{first} {closing}"
    if utf16_len(short) > min(SHORT, limit) or short.strip() == text.strip():
        return None
    return short


def length_class(text: str) -> str:
    return "short" if utf16_len(text) <= SHORT else "standard"


def body(text: str, language: str) -> str:
    """What a note says: without its greeting and a "glad to connect" closing."""
    return closing_split(text[len(greeting_of(text)):].strip(), language)[0].rstrip(".!? ").lower()


def greeting_of(text: str) -> str:
    m = re.match(r"^[^,!:–—]{1,40}[,!:–—]", text)
    return m.group(0) if m else ""


def regreet(text: str, greeting: str, language: str = "en") -> str:
    """``text`` with its greeting replaced by ``greeting`` (when both have one), the next word cased for it:
    a capital after "!" or ":", lower case after a comma for an ordinary word ("Hi Hamish, we both…")."""
    old = greeting_of(text)
    if not old or not greeting:
        return text
    rest = text[len(old):]
    m = re.match(r"(\s*)([^\W\d_][\w'’-]*)", rest)
    if m:
        word = m.group(2)
        if greeting.rstrip()[-1:] in "!:.":
            word = word[:1].upper() + word[1:]
        elif _ordinary(word, language):
            word = word[:1].lower() + word[1:]
        rest = m.group(1) + word + rest[m.end():]
    return greeting + rest


def _ordinary(word: str, language: str) -> bool:
    """A capitalised word that is only capitalised for starting a sentence (not "I", a name or a German noun)."""
    from ..text.spelling import is_known

    if not word[:1].isupper() or word[1:2].isupper() or language == "de" or re.match(r"I\b|I'", word):
        return False
    if language == "en" and word in ("You", "Your", "We", "We're", "Our", "My", "The", "A", "An", "Both", "It"):
        return True
    return is_known(word.lower(), language) and not is_known(word, language) or word in (
        "Je", "J'ai", "Nous", "Yo", "Mi", "Eu", "Sou", "Io", "Ik", "Faccio", "Ho", "Soy", "Estoy")
