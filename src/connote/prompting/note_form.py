"""What the user asks of the note's form rather than its words: the sign-off ("sign off with cheers", "sign it
'thanks, Naledi'"), the name it greets by ("address her as Sister Bernadette", "he goes by Faiz"), no exclamation
marks ("geen uitroeptekens"). The pipeline applies them to every note; :mod:`.instructions` keeps them out of what
the note says."""

from __future__ import annotations

import re

#: how the user asks the note to be signed ("sign off with cheers", "sign off thanks, Mo", "sign it w just my first
#: name", "finir par bien cordialement", "firma con un saludo"), at the reason's end
_SIGN_OFF = re.compile(
    r"(?:^|[.,;!?]\s*|\s(?:and|et|y|e|und|en)\s+)(?:pls |please )?(?:sign(?: it| off| the note)?(?: off)?(?: with| w/?| as)?|"
    r"(?:finir|finis|finissez|termine[rz]?|signe[rz]?) (?:par|avec)|(?:firma|fírmala|despídete|termina|chiudi|assina|"
    r"termina|acaba) (?:con|com)|(?:assina|firma|signe)(?= (?:só|solo|sólo|juste|apenas|seulement) )|(?:unterschreib\w*|schlie(?:ß|ss)\w*|end\w*) mit|(?:onderteken|sluit af|eindig) met)"
    r"\s+(?P<what>[^.;!?]{1,30}?)\W*$", re.I)


#: a sign-off asked for with the name it ends on, unquoted, up to that name ("sign it cheers, Dan", "firma Matteo")
_SIGN_VERB = (r"(?:sign(?: it| off| the note)?(?: off)?(?: with| as| w/?)?|firma(?:lo|la)?|fírmal[oa]|assina|assine|signe[rz]?|"
              r"unterschreib\w*(?: mit)?|onderteken(?: met)?)\s+(?:(?:just|only|solo|só|sólo|juste|apenas|nur|alleen|seulement|solamente|soltanto|somente|come|como|as|with|"
              r"mit|met)\s+)*")
SIGN_NAMED = re.compile(r"(^|[.,;!?]\s+|\s(?:and|und|et|y|e|en)\s+)(?:pls |please )?" + _SIGN_VERB +
                        r"(?P<what>(?:\w+,\s+)?(?-i:[A-Z][\w'’-]*)\b(?:\s+(?:from|de|da|von|van|at)\s+(?:the\s+)?"
                        r"(?-i:[A-Z][\w'’&.-]*)(?:\s+(?-i:[A-Z][\w'’&.-]*)){0,3})?)"
                        r"(?:,?\s+(?:no|without)\s+(?:my\s+)?(?:surname|last name|family name))?[.;!?]?", re.I)

#: a sign-off asked for in quotes, wherever the clause ends ("sign it 'thanks, Naledi' and dont ask for a call")
SIGN_QUOTED = re.compile(r"\b" + _SIGN_VERB + r"['\"‘“«]\s?(?P<what>[^'\"’”»]{1,30}?)\s?['\"’”»]", re.I)


def sign_off(reason: str, sender: str | None) -> str | None:
    """The sign-off the user asks for, as the note ends with it ("Cheers", "Thanks, Mo", "Bien cordialement",
    "– Kit" for "just my first name" with the sender line's name); ``None`` when none is asked for, or the name it
    asks for is not known."""
    quoted = SIGN_QUOTED.search(reason)
    if quoted:
        what = quoted.group("what")[:1].upper() + quoted.group("what")[1:]
        alone = re.search(r"\b(?:just|only|solo|só|sólo|juste|apenas)\s+\S$", quoted.group(0)[:-len(what) - 1], re.I)
        return f"– {what}" if alone and re.fullmatch(r"[A-Z][\w'’-]*", what) else what  # "just 'Maeve'": her name alone
    m = _SIGN_OFF.search(reason) or SIGN_NAMED.search(reason)
    if not m or re.match(r"(?:a|an|the|une?|una?|uma?|een|eine?n?|la|le|il)\s", m.group("what"), re.I):
        return None  # "finis par une question": how to end, not a sign-off
    what = re.sub(r",?\s+(?:no|without|not|sans|sin|sem|ohne|zonder|senza)\s+(?:my |the )?(?:surname|last name|"
                  r"family name|title)\W*$", "", m.group("what").strip(), flags=re.I)  # "just as Nell, no surname"
    what = re.sub(r"^(?:just |only )?as (?=[A-Z])", "just ", what)
    what = re.sub(r"^(?:só|solo|sólo|juste|apenas|seulement) (?=[A-Z])", "just ", what)  # "assina só Rui"
    initials = re.fullmatch(r"(?:just |only )?(?:with )?(?:my )?initials:? ([A-Z]{2,3})", what, re.I)
    if initials:  # "sign off with just my initials TW"
        return f"– {initials.group(1).upper()}"
    if re.fullmatch(r"(?:just |only )?(?:my )?(?:first )?name|(?:just |only )?my first", what, re.I):
        first = (sender or "").split(",")[0].split()
        return f"– {first[0]}" if first else None
    only = re.fullmatch(r"(?:just|only) ([A-Z][\w'’-]+)", what)
    if only:  # "sign off with just Marta": her name alone
        return f"– {only.group(1)}"
    return what[:1].upper() + what[1:]


#: the name the user asks the note to greet by ("address her as Sister Bernadette", "call him Father Tom")
_ADDRESSED_AS = re.compile(r"\b(?:(?:address|call|greet) (?:her|him|them)(?: as| by)?|chama(?:-[oa])? (?:ele |ela |você )?de|(?:pode|podes) chamar(?:-[oa])? de|(?:llámal[oa]|chiamal[oa])|(?:she|he|they) go(?:es)? by|use(?: just| only)?(?= [A-Z][\w'’.-]*(?: [A-Z][\w'’-]*){0,2} as (?:her|his|their) name)) (?P<name>(?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’-]*){0,2})")


def addressed_as(reason: str) -> str | None:
    """The name the reason asks the note to greet the person by, as typed with its capitals; else ``None``."""
    m = _ADDRESSED_AS.search(reason)
    return re.sub(r"(?<=[^\W\d_]{2})\.$", "", m.group("name")) if m else None  # ("pode chamar de Graça.": no stop)


#: the user asks for no exclamation marks ("no exclamation marks pls", "geen uitroeptekens", "sans points
#: d'exclamation", "ohne Ausrufezeichen", "sin signos de exclamación")
_NO_EXCLAMATION = re.compile(
    r"\b(?:no|not|without|don'?t use|geen|zonder|keine?|ohne|sin|sans|pas de|sem|senza|niente|nessun)\s+(?:\w+\s+){0,2}"
    r"(?:exclamation|uitroepteken|ausrufezeichen|exclamaci|exclamaç|d'exclamation|esclamativ|'!'|\"!\"|!)", re.I)


def calmed(note: str, reason: str) -> str:
    """``note`` without exclamation marks where the reason asks for none: a greeting on its own line ends with a
    comma ("Hoi Sjoerd,"), any other "!" is a full stop."""
    if not _NO_EXCLAMATION.search(reason) or "!" not in note:
        return note
    note = re.sub(r"^([^.!?\n]{1,40})!+(?=\n)", r"\1,", note)
    return re.sub(r"\s*!+", ".", note)  # (French "Bonne journée !": no space left before the stop)


#: "dont use the nickname": the greeting is the given name, not the one in quotes
_NO_NICKNAME = re.compile(r"\b(?:don'?t|do not|never|no)\s+(?:use\s+|call (?:her|him|them) by\s+)?(?:the|his|her|their)?\s*"
                          r"(?:nick ?name|(?:caster |gamer |stage |twitch |online )?(?:handle|gamertag|gamer tag|alias))\b|"
                          r"\b(?:nicht|kein\w*) (?:mit (?:dem |ihrem |seinem )?)?spitzname\w*|pas (?:de |le |son )?surnom|"
                          r"sin (?:el |su )?apodo|sem (?:o )?apelido|senza (?:il )?soprannome|geen bijnaam",
                          re.I)


def without_nickname(reason: str) -> bool:
    """Whether the reason asks the note not to greet by the person's nickname."""
    return bool(_NO_NICKNAME.search(reason))


_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "a couple of": 2, "zwei": 2, "drei": 3, "deux": 2, "trois": 3,
          "dos": 2, "tres": 3, "due": 2, "tre": 3, "twee": 2, "drie": 3, "duas": 2, "três": 3}
_NUMBER = r"(\d|one|two|three|four|a couple of|zwei|drei|deux|trois|dos|tres|due|tre|twee|drie|duas|três)"
#: "2-3 sentences", "max 2 sentences", "zwei Sätze": how many sentences the note may have ("one line" is not counted: it
#: says short)
_SENTENCES = re.compile(rf"\b(?:(?P<max>max(?:imum)?\.?|at most|no more than|up to|under)\s+)?{_NUMBER}(?:\s*(?:-|to|or)\s*"
                        rf"(\d|two|three|four))?\s+(?:short\s+)?(?:sentences?|s[äa]tze|phrases?|frases?|frasi|zinnen)\b"
                        rf"(?P<tops>\s+(?:max(?:imum)?|tops|at most|or (?:less|fewer)))?", re.I)


def most_sentences(reason: str) -> int | None:
    """How many sentences the user allows the note ("2-3 sentences" -> 3, "max two sentences" -> 2), or None."""
    m = _SENTENCES.search(reason)
    if not m:
        return None
    most = m.group(3) or m.group(2)
    return int(most) if most.isdigit() else _COUNT.get(most.lower())


#: characters, in the notes' languages
CHAR_UNITS = r"(?:chars?|characters|zeichen|caract[eè]res|caracteres|caratteri|tekens)"
#: "keep it under 200 chars", "max 150 characters", "200 Zeichen max": the length the user asks for
_CHARS = re.compile(rf"\b(?:(?:under|below|max(?:imum)?\.?|at most|up to|no more than|less than|within|unter|moins de|"
                    rf"menos de|meno di|onder)\s*(\d{{2,3}})\s*{CHAR_UNITS}|(\d{{2,3}})\s*{CHAR_UNITS}\s*"
                    rf"(?:max(?:imum)?|tops|or (?:less|fewer)))\b", re.I)


def most_chars(reason: str) -> int | None:
    """How many characters the user allows the note ("keep it under 200 chars" -> 200), or None."""
    m = _CHARS.search(reason)
    return int(m.group(1) or m.group(2)) if m else None
