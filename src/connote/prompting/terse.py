"""A terse reason said as a whole sentence: "my new ward manager", "cool craft", "big fan", "stesso settore", "fellow
vet" become sentences of the sender's (the model copies a bare label or noun phrase into a fragment)."""

from __future__ import annotations

import re

from ..text.spelling import is_known
from .subjects import SHORTHAND

#: a reason that only says the sender wants to connect: the closing says it already
ONLY_CONNECTING = re.compile(r"\b(?:connect(?:ing)?|reach(?:ing)? out|say(?:ing)? hi|touch base|network(?:ing)?|"
                              r"saludar(?:te|l[oa])?|dire bonjour|salutar(?:e|l[oa])|cumprimentar|grüßen|begroeten|"
                              r"conectar(?:me|nos)?|connecter|collegar(?:mi|ci|si)|vernetzen|connecten|netwerken|"
                              r"(?:ampliar|expandir|aumentar|ampliare|allargare|erweitern|élargir|uitbreiden|expand|"
                              r"grow)\s+(?:\w+\s+){0,2}(?:red|rede|rete|netzwerk|réseau|netwerk|network))\b|"
                              r"^\W*(?:hi|hello|hey|hola|olá|oi|ciao|hallo|hoi|bonjour|salut|hej)\W*$", re.I)


#: a reason that only names who the person will be to the sender ("my new ward manager", "future boss maybe")
MY_ROLE = re.compile(r"^\W*(?:(?P<maybe>maybe|possibly|prob(?:ably)?)\s+)?(?:(?:you're|you are)\s+)?(?:my|our)?\s*"
                      r"(?P<role>(?:new|future|next|incoming|soon to be)\s+(?:[a-z-]+\s+){0,2}(?:boss|manager|supervisor|"
                      r"lead|head|director|mentor|teammate|colleague|coworker|report|chief|line manager)|"
                      r"skip[- ]level(?:\s+(?:manager|boss))?)"
                      r"(?:\s+(?P<when>(?:starting|from|as of)\s+[\w.]+))?(?P<aside>\s*\([^)]{2,40}\))?"
                      r"(?:\s+(?P<maybe2>maybe|possibly|hopefully|soon))?\W*$", re.I)
#: "that seagrass post 🔥": a thing of theirs named alone
THAT_THING = re.compile(r"^\W*(?:that|this|your|ur)\s+(?P<thing>[\w\s'-]{0,40}?\b(?:post|talk|article|video|thread|podcast|"
                         r"episode|paper|piece|newsletter|webinar|keynote|panel|interview|demo|reel|carousel))"
                         r"(?P<rest>\s*[^\w\s]*)\s*$", re.I)
#: "re: dispatcher job": what the sender writes about
REGARDING = re.compile(r"^\W*(?:re|regarding|about)\s*:\s*(?P<what>[^.!?]{2,60}?)\W*$", re.I)


#: "library conference", "the expo last week": an occasion named alone, no verb (a reader reads a fragment, and
#: the model invents what happened there)
EVENT_ONLY = re.compile(r"^\W*(?:the\s+)?(?P<what>(?:(?!(?:i|i'm|we|we're|you|she|he|they|my|met|saw|see|at|from|"
                        r"after|before|for|in|on|great|good|cool|nice|awesome|amazing|fun|loved|love|liked|enjoyed|fantastic|"
                        r"brilliant|excellent|interesting)\b)[\w&'-]+\s+){0,3}(?:conference|expo|summit|meetup|meet-up|fair|"
                        r"festival|fest|webinar|workshop|hackathon|trade show|tradeshow|congress|convention|symposium|"
                        r"forum|gala|retreat|bootcamp|panel|keynote|mixer|roundtable|networking event))"
                        r"(?:\s+(?P<when>(?:last|this|next)\s+(?:week|month|year|spring|summer|fall|autumn|winter|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|tonight|tomorrow))?"
                        r"\W*$", re.I)


#: German occasions by how their name ends: feminine or not (the article after "nach"/"vor"/"wegen")
_DE_EVENTS = {"kongress": "m", "konferenz": "f", "messe": "f", "tagung": "f", "workshop": "m", "vortrag": "m",
              "meetup": "n", "webinar": "n", "summit": "m", "veranstaltung": "f", "symposium": "n", "seminar": "n",
              "forum": "n", "festival": "n", "panel": "n", "barcamp": "n", "hackathon": "m", "jahrestagung": "f"}
_DE_EVENT_ONLY = re.compile(r"^\W*(?:(?:der|die|das|dem|den|auf der|auf dem|beim|bei der)\s+)?"
                            r"(?P<what>(?:(?:[A-ZÄÖÜ0-9][\w.&-]*)\s+)?[\w-]*?(?i:" + "|".join(_DE_EVENTS) + r"))"
                            r"(?:\s+(?P<when>(?i:letzte[nr]? (?:woche|monat|jahr)|letzten (?:monat|montag|dienstag|"
                            r"mittwoch|donnerstag|freitag|samstag|sonntag)|gestern|vorgestern|nächste[nr]? (?:woche|"
                            r"monat|jahr)|morgen|übermorgen)))?\W*$")


def event_said_de(reason: str) -> str | None:
    """A German reason that only names an occasion ("kongress letzte woche") as a sentence of the sender's ("ich
    melde mich nach dem Kongress letzte Woche"); the model writes "ich habe letzte Woche im Kongress"."""
    m = _DE_EVENT_ONLY.match(reason)
    if not m:
        return None
    words = m.group("what").split()
    noun = words[-1][:1].upper() + words[-1][1:]
    gender = next(g for end, g in sorted(_DE_EVENTS.items(), key=lambda e: -len(e[0])) if noun.lower().endswith(end))
    what = " ".join([*words[:-1], noun])
    when = " ".join(w if w.startswith(("letzt", "nächst")) or w.endswith("gestern") or w.endswith("morgen")
                    else w.capitalize() for w in (m.group("when") or "").lower().split())  # "letzte Woche"
    if when:
        how = "vor" if when.startswith(("nächst", "morgen", "übermorgen")) else "nach"
        return f"ich melde mich {how} {'der' if gender == 'f' else 'dem'} {what} {when}"
    if gender == "f":
        return f"ich melde mich wegen der {what}"
    ending = "es" if noun.endswith("s") else "s"
    return f"ich melde mich wegen des {' '.join([*words[:-1], noun + ending])}"


def future_said(role: str) -> str:
    """Who a future boss or colleague will be to the sender: "you'll be my boss", "we'll be colleagues"."""
    return f"we'll be {role.lower()}s" if role.lower() in ("colleague", "teammate", "coworker") else f"you'll be my {role}"


def label_said(reason: str) -> str:
    """A reason that is only a label, said as a sentence ("you're my new ward manager", "you may be my future
    boss", "I'm writing about the dispatcher job")."""
    m = MY_ROLE.match(reason)
    if m:
        role = re.sub(r"(?i)^skip[- ]level$", "skip-level manager", m.group("role"))
        be = "may be" if m.group("maybe") or m.group("maybe2") else "will be" if m.group("when") else "are"
        when = re.sub(r"\w+$", lambda d: SHORTHAND.get(d.group(0).lower(), d.group(0)), f" {m.group('when')}") \
            if m.group("when") else ""  # "my skip level starting mon (fp&a analyst)": "… starting Monday"
        future = re.match(r"(?i)(?:future|soon to be|incoming)\s+", role)
        if future and be == "are":
            return future_said(role[future.end():]) + (m.group("aside") or "")
        return f"you {be} my {role}{when}{m.group('aside') or ''}"
    event = EVENT_ONLY.match(reason)
    if event:  # "library conference last week": after it, before it, or about it
        when = (event.group("when") or "").lower()
        how = "after" if when.startswith(("last", "yesterday")) else "ahead of" if when.startswith(
            ("next", "tomorrow")) else "about"
        return f"I'm reaching out {how} the {event.group('what')}" + (f" {event.group('when')}" if when else "")
    what = REGARDING.match(reason).group("what")
    if not re.match(r"(?:the|your|a|an|my|our)\b", what, re.I):
        what = "the " + what
    return f"I'm writing about {what}"


PRAISE = re.compile(r"^\W*(?:i'm\s+|i\s+)?(?:really\s+|very\s+|super\s+|just\s+)?(?P<word>cool|great|nice|awesome|amazing|"
                     r"impressive|inspiring|interesting|fascinating|love|like|admire)\s+(?:your\s+|ur\s+|the\s+)?"
                     r"(?P<thing>work|stuff|projects?|posts?|content|profile|background|career|paper|book|talk|article|"
                     r"research|video|podcast|episode|newsletter|thread|course|interview|session|workshop|keynote|"
                     r"panel|webinar|presentation|demo|clinic|class|lecture|craft|art|artwork|designs?|photos?|"
                     r"photography|portfolio|pieces?|builds?|creations?)"
                     r"(?:\s+(?:sat|sun|yesterday|today|tonight|last \w+|this \w+|on \w+))?\W*$", re.I)


FAN = re.compile(r"^\W*(?:i'm\s+|i\s+am\s+)?(?:a\s+)?(?:really\s+)?(?:big|huge|massive|long-time|longtime)?\s*fan"
                  r"(?:\s+of\s+(?:your|ur)\s+(?:work|stuff))?\W*$", re.I)


def praise_said(reason: str, theirs: str | None) -> str | None:
    """A reason that only praises ("cool work", "interesting profile", "love ur posts") as a sentence of the
    sender's, with the person's work where the profile gives it ("I really like your work as Bookbinder at
    Vellum & Thread"); the model copies a bare "cool work" into a fragment."""
    m = PRAISE.match(reason)
    fan = FAN.match(reason)
    if not m and not fan:
        return None
    thing = "fan" if fan else m.group("thing").lower()
    follow = f", and I'd like to follow {theirs}" if theirs else ""
    if thing == "fan":
        return f"I'm a big fan of {theirs or 'your work'}"
    if thing in ("work", "stuff", "project", "projects"):
        return f"I really like {theirs or 'your work'}"
    if thing in ("craft", "art", "artwork", "design", "designs", "photo", "photos", "photography", "portfolio", "piece",
                 "pieces", "build", "builds", "creation", "creations"):  # "cool craft": the thing they make
        return f"I really like your {thing}{follow}"
    if thing in ("post", "posts", "content"):
        return f"I really enjoy your posts{follow}"
    if thing not in ("profile", "background", "career"):  # "great paper", "great clinic sat!": a whole sentence
        when = reason[m.end("thing"):].strip(" !.?")
        when = SHORTHAND.get(when.lower(), when)
        when = f" on {when}" if when.endswith("day") and when[:1].isupper() else f" {when}" if when else ""
        return f"I really enjoyed your {thing}{when}{follow if not when else ''}"
    return f"I came across your {thing} and found it interesting{follow}"


#: "gleiche branche", "stesso settore" as a whole sentence, by language: (pattern, {noun: sentence}); the model
#: copies a bare noun phrase into a fragment ("Hallo Konstantin, gleiche Branche, und ich würde gern …")
_SAME_FIELD_SAID = {
    "de": (r"(?:wir sind )?(?:in der |im )?(?:gleiche[nmrs]?|selbe[nmrs]?|dieselbe|denselben|dasselbe) "
           r"(branche|bereich|beruf|feld|fachgebiet|fach)",
           {"branche": "wir arbeiten in der gleichen Branche", "bereich": "wir arbeiten im gleichen Bereich",
            "fachgebiet": "wir arbeiten im gleichen Fachgebiet", "fach": "wir arbeiten im gleichen Fach",
            "beruf": "wir haben den gleichen Beruf", "feld": "wir arbeiten im gleichen Feld"}),
    "fr": (r"(?:(?:le|la|du|de la) )?m[eê]me (secteur|domaine|m[eé]tier|milieu)(?: que (?:moi|toi|vous))?",
           {"secteur": "nous travaillons dans le même secteur", "domaine": "nous travaillons dans le même domaine",
            "metier": "nous faisons le même métier", "métier": "nous faisons le même métier",
            "milieu": "nous travaillons dans le même milieu"}),
    "es": (r"(?:somos )?(?:del |de la )?(?:mismo|misma) (sector|rubro|campo|ramo|área|area|industria)",
           {"sector": "trabajamos en el mismo sector", "rubro": "trabajamos en el mismo rubro",
            "campo": "trabajamos en el mismo campo", "ramo": "trabajamos en el mismo ramo",
            "área": "trabajamos en la misma área", "area": "trabajamos en la misma área",
            "industria": "trabajamos en la misma industria"}),
    "pt": (r"(?:somos )?(?:do |da )?(?:mesmo|mesma) (setor|ramo|campo|área|area)",
           {"setor": "trabalhamos no mesmo setor", "ramo": "trabalhamos no mesmo ramo",
            "campo": "trabalhamos no mesmo campo", "área": "trabalhamos na mesma área",
            "area": "trabalhamos na mesma área"}),
    "it": (r"(?:lo |nello |dello )?(?:stesso|stessa) (settore|campo|ambito|mondo|area)",
           {"settore": "lavoriamo nello stesso settore", "campo": "lavoriamo nello stesso campo",
            "ambito": "lavoriamo nello stesso ambito", "mondo": "lavoriamo nello stesso mondo",
            "area": "lavoriamo nella stessa area"}),
    "nl": (r"(?:de |het )?(?:zelfde|dezelfde|hetzelfde) (branche|sector|vakgebied|vak|opleiding)(?: als ik)?",
           {"branche": "we werken in dezelfde branche", "sector": "we werken in dezelfde sector",
            "vakgebied": "we werken in hetzelfde vakgebied", "vak": "we werken in hetzelfde vak",
            "opleiding": "we hebben dezelfde opleiding gedaan"}),
}


#: "collega bibliotecaria d'orchestra", "tb productora de azafran", "ook actief in rioolinspectie": the sender's
#: own trade named after "colleague" or "also", said as a sentence, by language: (opening words, sentence)
_ONE_TOO = {
    "it": (r"collega|anche io|anch'io", "anch'io sono {what}"), "fr": (r"coll[eè]gue|aussi", "je suis aussi {what}"),
    "es": (r"colega|tb|también|tambien", "yo también soy {what}"), "pt": (r"colega|tb|também|tambem", "também sou {what}"),
    "de": (r"kollege|kollegin|auch", "ich bin auch {what}"), "nl": (r"collega|ook", "ik ben ook {what}"),
}
#: classmates, said as a sentence ("colega de curso na FEUP" -> "fomos colegas de curso na FEUP")
_CLASSMATES = {"pt": "fomos colegas", "es": "fuimos compañeros", "it": "eravamo compagni", "fr": "nous étions collègues"}
#: how the name of a trade ends, or "active" ("productora", "opticienne", "actief"): what may follow "also"
_TRADE = re.compile(r"(?:ora|ero|era|ista|iste|or|eur|euse|ière|ier|ienne|ien|ico|ica|erin|ist|aria|ario|actief|"
                    r"activo|activa|ativo|ativa|attivo|attiva|aktiv|actif|active)$", re.I)


def one_too(reason: str, language: str) -> str:
    """A reason that only names the sender's trade after "colleague" or "also", in a language other than English,
    as a sentence ("collègue opticienne en bretagne aussi" -> "je suis aussi opticienne en bretagne"); any other
    reason as it is."""
    wish = re.search(r"[.;!?]\s+(?P<wish>\w[^.;!?]*)[.!]?\s*$", reason)
    if wish and len(wish.group("wish").split()) <= 3 and ONLY_CONNECTING.search(wish.group("wish")):
        return one_too(reason[:wish.start()], language) + reason[wish.start():]  # "…, en teruel. conectar"
    classmates = re.match(r"\s*(?:colega|collega|compañer[oa]|compagn[oa]|coll[eè]gue) (?P<what>(?:de|di|du|del) (?:curso|turma|"
                          r"faculdade|classe|clase|promo|promoción|carrera|corso)\b[^.;!?]*)(?P<rest>[.;!?]?)\s*$", reason, re.I)
    if classmates and language in _CLASSMATES and len(reason.split()) <= 14:
        # "colega de curso na FEUP, não falamos há anos": classmates, no trade
        return f"{_CLASSMATES[language]} {classmates.group('what').strip(' ,')}{classmates.group('rest')}"
    if language not in _ONE_TOO or len(reason.split()) > 8 or re.search(r"[.;!?]\s+\w", reason):
        return reason
    opening, sentence = _ONE_TOO[language]
    m = re.match(rf"\s*(?P<label>{opening})\s+(?P<what>[^.;!?]+?)(?:\s+(?:aussi|anche(?: io)?|también|também|auch|ook))?"
                 r"[\s.!]*(?P<rest>[^\w\s()]*)\s*$", reason, re.I)
    if not m or (not re.match(r"coll|kolleg|colega", m.group("label"), re.I)
                 and not _TRADE.search(m.group("what").split()[0])):
        return reason  # "también trabajo en …": a verb follows, the sentence is whole
    return sentence.format(what=m.group("what").strip(" ,")) + (" " + m.group("rest") if m.group("rest") else "")


#: "ancien collègue chez sivom transit", "ex colega en repsol": former colleagues, by language: (opening, sentence)
_FORMER_COLLEAGUES = {
    "fr": (r"(?:anciens?|anciennes?|ex-?)\s*coll[eè]gues?\s+(?P<at>chez|à|au|de)", "nous étions collègues {at}"),
    "es": (r"(?:ex-?\s*|antiguos?\s+|antiguas?\s+)(?:compañer[oa]s?(?: de trabajo)?|colegas?)\s+(?P<at>en|de)",
           "trabajamos juntos {at}"),
    "pt": (r"(?:ex-?\s*|antig[oa]s?\s+)(?:colegas?(?: de trabalho)?)\s+(?P<at>na|no|em|da|do)", "trabalhamos juntos {at}"),
    "it": (r"(?:ex-?\s*)(?:colleghi|colleghe|collega)\s+(?P<at>da|in|alla|al|presso|di)", "eravamo colleghi {at}"),
    "de": (r"(?:ehemalige[rn]?|ex-)\s*(?:kollege|kollegin|kollegen)\s+(?P<at>bei|von|aus)", "wir waren Kollegen {at}"),
}


def former_colleagues_said(reason: str, language: str) -> str:
    """A reason that opens by naming the person a former colleague, in a language other than English, said as a
    sentence ("ancien collègue chez sivom transit" -> "nous étions collègues chez sivom transit"); a reader reads
    the bare label as a fragment."""
    if language not in _FORMER_COLLEAGUES:
        return reason
    opening, sentence = _FORMER_COLLEAGUES[language]
    return re.sub(rf"^(\W*){opening}\b", lambda m: m.group(1) + sentence.format(at=m.group("at").lower()), reason,
                  count=1, flags=re.I)


def same_field_said(reason: str, language: str) -> str:
    """A reason that is only "same field" in a language other than English, as a sentence ("stesso settore 🍷"
    -> "lavoriamo nello stesso settore"); any other reason as it is. (English: :mod:`.subjects`.)"""
    if language not in _SAME_FIELD_SAID:
        return reason
    pattern, said = _SAME_FIELD_SAID[language]
    m = re.fullmatch(pattern, re.sub(r"[^\w\s'-]", "", reason).strip(), re.I)
    if m:
        return said[m.group(1).lower()]
    m = re.match(rf"\s*{pattern}(?=\s*[,;])", reason, re.I)  # "stesso settore, apicoltore anche io"
    if m:
        return said[m.group(1).lower()] + reason[m.end():]
    m = re.fullmatch(rf"\s*{pattern}\s+(?P<which>[^\W\d_]{{2,}})\W*", reason, re.I)  # "mesmo ramo rh": which one
    return f"{said[m.group(1).lower()]}, {m.group('which')}" if m else reason


#: "X said connect", "X said to reach out": who suggested it, as a sentence ("X suggested I reach out")
_SAID_TO = re.compile(r"\b(?:said|says)\s+(?:to\s+)?(?P<verb>connect|reach out|get in touch|say hi|message you|"
                      r"talk to you|add(?= you| u))(?:\s+(?:with\s+)?(?:you|u))?(?=\s*(?:[.,;!?]|$))", re.I)


#: "sam suggested", "sam recommended you": whom the suggestion was, left unsaid (a reader reads a fragment)
_SUGGESTED = re.compile(r"(?<!\bI )(?<!\bi )(?<!\bwe )(?<!\bWe )\b(suggested|recommended)(?P<you>\s+(?:you|u))?(?=\s*(?:[.,;!?]|$))", re.I)


#: "dave h sent me", "tom sent me your way": who suggested the note, at the reason's start
_SENT_ME = re.compile(r"^(?!(?:she|he|they|you|u|someone|somebody|it|who)\b)(?P<who>[^\W\d_]{2,}(?: [^\W\d_])?)\.?\s+"
                      r"(?:sent me|referred me)(?: (?:to you|your way|over|here))?(?=\s*(?:[.,;!?]|$))", re.I)


def suggested_said(reason: str) -> str:
    """An English reason's "jose said connect" as "jose suggested I reach out" (the closing says "connect"),
    "sam suggested" as "sam suggested I reach out", and "dave h sent me" as "Dave H. suggested I reach out"."""
    reason = _SUGGESTED.sub(lambda m: f"{m.group(1)} I reach out" + (" to you" if m.group("you") else ""), reason)
    reason = _SENT_ME.sub(lambda m: " ".join(w.capitalize() + ("." if len(w) == 1 else "") for w in m.group("who").split())
                          + " suggested I reach out", reason)
    return _SAID_TO.sub(lambda m: "suggested I " + {"connect": "reach out", "add": "reach out"}.get(
                        m.group("verb").lower(), m.group("verb")),
                        reason)


#: words a terse question opens with that already ask or say something ("hiring?", "still at acme?", "open to work?")
_NOT_AN_OFFER = {"are", "is", "do", "does", "can", "could", "would", "will", "you", "u", "still", "open", "hiring", "any",
                 "free", "available", "interested", "looking", "in", "at", "on", "with", "how", "what", "when", "where",
                 "who", "why", "which", "same", "also", "too", "fellow", "new", "ex", "former", "hey", "hi", "hello"}
#: people a terse question offers the person to be ("podcast guest?", "speaker?")
_ROLES_OFFERED = {"guest", "speaker", "mentor", "advisor", "adviser", "panelist", "panellist", "judge", "reviewer",
                  "interviewee", "moderator", "host", "volunteer", "ambassador", "keynote"}
_ASKED_FOR = {"advice", "feedback", "help", "input", "guidance", "referral", "intro", "introduction", "tips", "pointers"}
_UNCOUNTED = {"advice", "feedback", "help", "input", "guidance"}


def offer_asked(reason: str) -> str | None:
    """A terse English reason that only asks with a noun ("coffee?", "podcast guest?", "mentoring?"), as the
    question a person would write; None for any other reason."""
    m = re.fullmatch(r"\W*(?:(?:a|an|quick|maybe)\s+)?(?P<what>[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}"
                     r"(?: (?:at|for|on|in) (?:our|my|the) [\w'-]+(?: [\w'-]+){0,2})?)\s*\?+\W*", reason.strip(),
                     re.I)
    if not m or m.group("what").split()[0].lower() in _NOT_AN_OFFER or ONLY_CONNECTING.search(m.group("what")) or not all(
            is_known(w, "en") for w in m.group("what").split()):
        return None  # ("conect?": a typo, said by the rules for what it means)
    what = m.group("what").lower()
    article = "" if what.endswith("s") else "an " if what[0] in "aeiou" else "a "
    if what.split()[-1] in _ASKED_FOR:
        return f"Could I ask you for {'' if what in _UNCOUNTED else article}{what}?"
    if re.split(r" (?:at|for|on|in) ", what)[0].split()[-1] in _ROLES_OFFERED:
        return f"Would you be open to being {article}{what}?"
    return f"Would you be open to {'' if what.endswith('ing') else article}{what}?"
