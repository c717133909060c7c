"""German and Dutch reasons said to the person.

German: "er"/"sie" become "Sie" with the plural verb, formal ("er arbeitet" -> "Sie arbeiten", "weil sie das
Team aufgebaut hat" -> "weil Sie das Team aufgebaut haben"), or "du" with its own ("du arbeitest"); "ihn" ->
"Sie"/"dich", "ihm" and the dative "ihr" -> "Ihnen"/"dir", "sein"/"ihr" -> "Ihr"/"dein". Lower-case "sie" is
the person only where a singular verb shows it is "she", not "they"; a reason with both genders of pronoun
(someone else is meant) or one after what a third party said ("mein Chef sagt, er ...") is left alone, and
so is a pronoun whose verb cannot be found or conjugated.

Dutch (LinkedIn Dutch says "je"/"jij"; formal "u"): "hij"/"zij" + verb -> "jij"/"u" (the verb mostly stays:
"heeft" -> "hebt"/"heeft", "is" -> "bent"), "hem"/object "haar" -> "je"/"u", "zijn"/possessive "haar" ->
"jouw"/"uw".
"""

from __future__ import annotations

import re

from .reported import cased, said_by_others

_W = r"[^\W\d_]+"

# ---- German

_DE_REPORT = re.compile(rf"(?:(?P<art>\b(?:der|die)\s+))?(?P<who>{_W})\s+(?:hat\s+)?(?:sagt|sagte|meint|meinte|"
                        r"erzählt|erzählte|findet|fand|glaubt|glaubte|schreibt|schrieb|gesagt|gemeint)"
                        r"(?:\s*,\s*|\s+)(?:dass\s+)?(?P<p>er|sie)\b", re.I)
#: 3rd person singular -> (with "Sie", with "du")
_DE_VERBS = {
    "ist": ("sind", "bist"), "hat": ("haben", "hast"), "war": ("waren", "warst"), "wird": ("werden", "wirst"),
    "kann": ("können", "kannst"), "will": ("wollen", "willst"), "muss": ("müssen", "musst"),
    "darf": ("dürfen", "darfst"), "soll": ("sollen", "sollst"), "mag": ("mögen", "magst"),
    "weiß": ("wissen", "weißt"), "weiss": ("wissen", "weisst"), "tut": ("tun", "tust"),
    "wäre": ("wären", "wärst"), "ging": ("gingen", "gingst"), "kam": ("kamen", "kamst"),
    "sprach": ("sprachen", "sprachst"), "schrieb": ("schrieben", "schriebst"), "gab": ("gaben", "gabst"),
    "nahm": ("nahmen", "nahmst"), "traf": ("trafen", "trafst"), "half": ("halfen", "halfst"),
    "sah": ("sahen", "sahst"), "fand": ("fanden", "fandest"), "blieb": ("blieben", "bliebst"),
    "begann": ("begannen", "begannst"), "hielt": ("hielten", "hieltest"), "fuhr": ("fuhren", "fuhrst"),
    "zog": ("zogen", "zogst"), "lief": ("liefen", "liefst"), "stand": ("standen", "standest"),
}
#: present tenses with a changed vowel (also after a prefix: "bespricht", "vertritt") -> the plural
_DE_STRONG = {
    "spricht": "sprechen", "gibt": "geben", "nimmt": "nehmen", "hilft": "helfen", "trifft": "treffen",
    "liest": "lesen", "sieht": "sehen", "isst": "essen", "vergisst": "vergessen", "tritt": "treten",
    "wirft": "werfen", "wirbt": "werben", "stirbt": "sterben", "empfiehlt": "empfehlen", "fährt": "fahren",
    "läuft": "laufen", "hält": "halten", "trägt": "tragen", "schläft": "schlafen", "lädt": "laden",
    "fällt": "fallen", "lässt": "lassen", "wächst": "wachsen", "berät": "beraten", "rät": "raten",
    "schlägt": "schlagen", "fängt": "fangen", "misst": "messen", "bricht": "brechen",
}
#: words in "-t" that are not verbs
_DE_NOT_VERBS = {"nicht", "jetzt", "erst", "fast", "selbst", "seit", "mit", "echt", "gut", "bereit", "weit",
                 "leicht", "acht", "sonst", "meist", "zuletzt", "zunächst", "bisher", "recht", "schlecht", "oft",
                 "bekannt", "direkt", "perfekt", "bunt", "laut", "kalt", "alt", "hart", "fest", "nett", "breit",
                 "samt", "statt", "insgesamt", "gerade", "heute", "gestern", "dort", "sofort", "damit", "somit"}
#: "sein" before these is the verb ("wird sein und ...", "muss sein, weil ..."), not the possessive
_DE_AFTER_INFINITIVE = "und|oder|aber|wird|werden|würde|kann|könnte|muss|soll|sollte|will|möchte|dürfte"
#: words in "-t" that are adjectives ("hilfsbereit", "ernsthaft", "kompetent", "leicht")
_DE_ADJECTIVE_ENDINGS = ("bereit", "haft", "icht", "echt", "ett", "ekt")
_DE_ADJECTIVES = {"interessant", "elegant", "relevant", "brillant", "tolerant", "arrogant", "kompetent", "intelligent",
                  "exzellent", "effizient", "konsequent", "transparent", "präsent", "dezent", "prominent", "kreativ",
                  "laut", "stolz", "kaputt", "bekannt", "berühmt", "beliebt", "erfahren"}
_DE_COPULAS = {"ist", "war", "wird", "wäre", "sind", "waren", "werden", "bist", "warst", "wirst"}
_DE_SUBORDINATORS = {"weil", "dass", "ob", "wenn", "als", "da", "obwohl", "wie", "wo", "was", "seit", "seitdem",
                     "nachdem", "bevor", "damit", "sodass", "während", "sobald", "falls", "warum", "wieso",
                     "weshalb", "womit", "wofür", "worüber"}
_DE_DATIVE_BEFORE = {"mit", "von", "zu", "bei", "nach", "aus", "seit", "gegenüber", "außer", "dank"}
_DE_DATIVE_AFTER = {"ein", "eine", "einen", "das", "den", "die", "dem", "der", "letzte", "letzten", "letztes",
                    "gestern", "heute", "morgen", "schon", "noch", "nie", "mal", "auch", "bereits", "gerne", "gern",
                    "damals", "kürzlich", "zu", "für", "nicht", "sehr", "vor", "nach", "eine"}


def _de_verb(verb: str, formal: bool) -> str | None:
    """A third-person-singular German verb with "Sie" (``formal``) or with "du"; None if it is not known."""
    low = verb.lower()
    if low in _DE_NOT_VERBS or len(low) < 3 or (low.startswith("ge") and len(low) > 5):
        return None
    if low in _DE_VERBS:
        return _DE_VERBS[low][0 if formal else 1]
    for strong, plural in _DE_STRONG.items():
        if low.endswith(strong):
            prefix = low[:-len(strong)]
            if formal:
                return prefix + plural
            if low.endswith(("st", "ßt", "zt", "xt")):
                return low  # liest, isst
            return low + "st" if low.endswith("tt") else low[:-1] + "st"  # trittst, sprichst
    if low.endswith(_DE_ADJECTIVE_ENDINGS) or low in _DE_ADJECTIVES:
        return None
    if low.endswith("te") and len(low) > 4:  # past: gründete -> gründeten / gründetest
        return low + ("n" if formal else "st")
    if not low.endswith("t"):
        return None
    if not formal:
        if low.endswith("et"):
            return low[:-1] + "st"  # arbeitet -> arbeitest
        return low if low.endswith(("st", "ßt", "zt", "xt", "sst")) else low[:-1] + "st"  # sucht -> suchst
    if low.endswith("eiert"):
        return low[:-1] + "n"  # feiert -> feiern
    if low.endswith("iert"):
        return low[:-1] + "en"  # studiert -> studieren
    if low.endswith(("elt", "ert")):
        return low[:-1] + "n"  # entwickelt -> entwickeln, ändert -> ändern
    if low.endswith("et"):
        return low[:-2] + "en"  # leitet -> leiten
    return low[:-1] + "en"  # sucht -> suchen


def german(text: str, formal: bool, gender: str | None = None) -> str:
    text = re.sub(r",\s+(?:schon\s+|ewig\s+)?lange nicht (gesprochen|gesehen|gehört)\b", r", wir haben uns lange nicht \1",
                  text, flags=re.I)  # ", lange nicht gesprochen": who hasn't
    text = re.sub(r"(^|[.!?]\s+)([^\W\d_]{2,}?)t ihr\b(?=[^.!?]*\?)", lambda m: m.group(1) + (
        cased(m.group(2), m.group(2).lower()) + "en Sie" if formal else m.group(0)[len(m.group(1)):]), text)  # "sucht ihr
    # noch …?": the team asked, "Suchen Sie noch …?" (not "ihr" as "her")
    typed = text
    masculine = re.search(r"\b(?:er|ihn|ihm|sein|seine|seinen|seinem|seiner|seines)\b", text, re.I)
    feminine = re.search(r"\b(?:sie|ihr|ihre|ihren|ihrem|ihrer|ihres)\b", text)
    found = "m" if masculine and not feminine else "f" if feminine and not masculine else None
    if found is None or (gender and gender != found):
        return text  # both genders (someone else is meant), none, or not the profile's
    if said_by_others(text, _DE_REPORT):
        return text  # "mein Chef sagt, er ...": the pronoun is the boss, and the reason is about two people
    gender, you = found, "Sie" if formal else "du"
    if gender == "m":
        text = re.sub(r"\bihn\b", "Sie" if formal else "dich", text, flags=re.I)
        text = re.sub(r"\bihm\b", "Ihnen" if formal else "dir", text, flags=re.I)
        text = re.sub(rf"(?<!\bzu )\bsein(e|en|em|er|es)?\b(?!\s*$|\s*[,.;:!?]|\s+(?:{_DE_AFTER_INFINITIVE})\b)",
                      lambda m: cased(m.group(0), "Ihr" if formal else "dein") + (m.group(1) or ""), text, flags=re.I)
    else:
        text = _de_her(text, formal)
    pronoun = r"er" if gender == "m" else r"sie"
    text = re.sub(rf"(,\s*)({pronoun})\s+(?=(?:ein paar|einige|zwei|drei|vier|fünf|\d+)\s+(?:jahrgänge|jahrgang|jahre|"
                  r"semester|klassen)\b)", lambda m: m.group(1) + ("Sie waren " if formal else "du warst "), text,
                  flags=re.I)  # "wir waren beide an der htbla, sie ein paar jahrgänge über mir": no verb
    text = _DE_ASK_HER.sub(lambda m: ("ich " if re.search(r",\s*$", m.string[:m.start()]) else "") + (
        m.group(1).replace("will", "möchte") if formal else m.group(1)) + ("Sie" if formal else "dich"),
        text)  # "würde sie gern um rat fragen", "…, will sie unverbindlich ansprechen": "ich möchte Sie …"
    said = _de_subjects(text, pronoun, you, formal)
    said = re.sub(r"(\b(?:mit|bei|an|für) (?:dir|dich|Ihnen|Sie)\b[^.!?;]*,\s*)wird\b",
                  lambda m: m.group(1) + ("Sie werden" if formal else "du wirst"), said)  # "… mit ihr, wird vllt meine
    # chefin": the person, with no subject
    if gender == "f" and (said != typed or re.match(r"\W*(?:ich )?(?:hab|habe) sie\b[^.!?]*\b(?:getroffen|kennengelernt|"
                                                    r"kennen gelernt)\b", typed, re.I)):
        # "sie" is the person: also as the sender's object ("ich hab sie gesehen", "hab sie … getroffen": met, one
        # person; "hab sie auf der messe gesehen" may be a firm, "they")
        said = _DE_HER_OBJECT.sub(lambda m: m.group(1) + ("Sie" if formal else "dich"), said)
    return said


#: "sie" as the object of the sender's verb ("ich hab sie beim Stammtisch gesehen")
_DE_HER_OBJECT = re.compile(r"((?:\b(?:ich|Ich)\s+|^|(?<=[.!?] ))(?:hab|habe|hatte|kenne|kannte|sah|traf|treffe|frage|"
                            r"fragte|möchte|würde|will|werde|kann|konnte|muss|wollte)\s+)sie\b")


#: "sie" between the sender's "würde"/"möchte" and what one does to a person ("und würde sie gern um rat fragen")
_DE_ASK_HER = re.compile(r"\b((?:ich |und )?(?:würde|möchte|wollte|will)\s+)sie(?=\s+(?:gern|gerne|kurz|einmal|mal)?\s*"
                         r"(?:[^\W\d_]+\s+){0,4}(?:fragen|kennenlernen|kontaktieren|treffen|einladen|ansprechen|"
                         r"anschreiben|besuchen|anrufen)\b)")


def _de_her(text: str, formal: bool) -> str:
    """"ihr" as the dative ("ich habe ihr geschrieben" -> "Ihnen"/"dir") or the possessive ("ihr Podcast" ->
    "Ihr"/"dein"); "ihre", "ihren" ... are possessives."""
    def her(m: re.Match[str]) -> str:
        word, ending = m.group(1), m.group(2) or ""
        before = text[:m.start()].split()
        after = text[m.end():].split()
        nxt = after[0].strip(".,;:!?") if after else ""
        if not ending:
            if not before or re.search(r"[.!?]$", before[-1]):
                adjective = len(after) > 1 and re.fullmatch(r"\w+e[nrs]", nxt) and after[1][:1].isupper()
                if not nxt[:1].isupper() and not adjective:
                    return m.group(0)  # "ihr habt ...": may be the plural "you"
            elif before[-1].lower() in _DE_DATIVE_BEFORE or not nxt or nxt.lower() in _DE_DATIVE_AFTER or \
                    re.match(r"ge\w+(?:t|en)$", nxt):
                return cased(word, "Ihnen") if formal else cased(word, "dir")
        return ("Ihr" if formal else cased(word, "dein")) + ending
    return re.sub(r"\b(ihr|Ihr)(e|en|em|er|es)?\b(?=\s*[^\W\d_]|\s*$|\s*[,.;!?])", her, text)


def _de_subjects(text: str, pronoun: str, you: str, formal: bool) -> str:
    """Each "er"/"sie" that is the subject, with its finite verb (after it, at the clause's end in a
    subordinate clause, or before it) and any verb after "und" agreeing."""
    clauses = re.split(r"([,.;:!?]+\s*)", text)
    out = []
    for clause in clauses:
        words = clause.split(" ")
        for i, word in enumerate(words):
            if word.lower() != pronoun or (pronoun == "sie" and word == "Sie" and i > 0):
                continue
            if _de_subject(words, i, pronoun == "er", formal):
                words[i] = "Sie" if formal else cased(word, you)
        out.append(" ".join(words))
    return "".join(out)


def _de_subject(words: list[str], i: int, nominative: bool, formal: bool) -> bool:
    """Conjugate the verb of the subject at ``i``; False where it cannot be found. ``nominative``: the pronoun
    can only be a subject ("er"), so a verb before it is its verb ("seit 2015 leitet er ...")."""
    before = words[i - 1].lower() if i else ""
    if before in _DE_SUBORDINATORS:
        last = len(words) - 1
        while last > i and not words[last].strip():
            last -= 1
        # the clause ends before the next one opens: "wie sie ... gemacht hat wo jugendliche hingehen"
        last = next((j - 1 for j in range(i + 2, last + 1) if words[j].lower() in _DE_SUBORDINATORS or (
            words[j].lower() in ("ohne", "um", "statt", "anstatt") and "zu" in (w.lower() for w in words[j + 1:]))),
                    last)  # (also before "ohne … zu …": "wie er … umgestellt hat ohne Leute zu entlassen")
        verb = _de_verb(words[last], formal) if last > i + 1 else None
        if verb is None:
            return False
        words[last] = verb
        return True
    first = i == 0 or before in ("und", "aber", "oder", "denn")
    if nominative and i + 1 < len(words) and words[i + 1].lower() == "und":
        return True  # "er und sein Team haben ..." -> "Sie und Ihr Team haben ...": the verb is plural already
    inverted = i == 1 or (i > 1 and words[i - 2].lower() in ("vielleicht", "bestimmt", "sicher", "wohl", "auch", "jetzt"))
    if (nominative or inverted) and not first and (words[i - 1].endswith("t") or words[i - 1] in ("kann", "will", "muss", "darf", "mag")) \
            and words[i - 1][:1].islower() and (verb := _de_verb(words[i - 1], formal)):
        words[i - 1] = verb  # "vllt kennt er leute": the verb before its subject
        return True
    after = i + 2 if i + 1 < len(words) and words[i + 1].lower() == "selbst" else i + 1
    if (first or nominative) and after < len(words) and (verb := _de_verb(words[after], formal)):
        words[after] = verb
        for j in range(after + 1, len(words) - 2):  # "und sucht Mentoren" -> "und suchen"
            if words[j].lower() in ("und", "oder", "aber") and words[j + 1][:1].islower() and not (
                    verb in _DE_COPULAS and words[j + 1].lower().endswith("iert")):  # "ist nett und engagiert"
                coordinated = _de_verb(words[j + 1], formal)
                if coordinated:
                    words[j + 1] = coordinated
        return True
    if nominative and i > 0 and words[i - 1][:1].islower() and (i < 2 or words[i - 2].lower() not in
                                                                ("ich", "wir", "du", "ihr", "man")) \
            and (verb := _de_verb(words[i - 1], formal)):
        words[i - 1] = verb  # "seit 2015 leitet er das Team"
        return True
    return False


# ---- Dutch

_NL_REPORT = re.compile(rf"(?P<who>{_W})\s+(?:zei|zegt|vertelde|vertelt|denkt|dacht|vindt|vond|schreef|schrijft)"
                        r"\s+(?:(?:me|mij|ons)\s+)?dat\s+(?P<p>hij|zij|ze)\b", re.I)
_NL_VERBS = {"heeft": ("heeft", "hebt"), "is": ("bent", "bent")}
_NL_SINGULAR = {"is", "heeft", "was", "kan", "wil", "zal", "mag", "moet", "had", "zou", "werd", "gaf", "las", "sprak",
                "schreef", "kwam", "nam", "hield", "deed", "vond", "bleef", "ging", "stond", "zat", "hielp", "won",
                "leidde", "zong", "liet", "begon", "bouwde", "bracht", "dacht", "kocht", "wist"}
#: after object "haar" ("dat ik haar moest benaderen", "om haar te vragen"): a verb or an adverb, not a noun
_NL_AFTER_OBJECT = {"moest", "moet", "kan", "kon", "zou", "wil", "wilde", "mag", "mocht", "zal", "te", "ook", "nog",
                    "al", "graag", "eens", "even", "echt", "vorige", "gisteren", "vandaag", "morgen", "nooit"}
_NL_PREPOSITIONS = {"op", "in", "aan", "met", "bij", "voor", "naar", "van", "over", "om", "tijdens", "sinds", "uit"}


def _nl_finite(word: str) -> bool:
    low = word.lower()
    return low in _NL_SINGULAR or (len(low) > 3 and low.endswith(("t", "te", "de")) and low not in ("niet", "echt"))


#: verbs of seeing and hearing, after which "haar" + infinitive is the person ("hoorde haar spreken")
_NL_PERCEIVE = {"hoorde", "hoor", "hoorden", "zag", "zie", "zagen", "gehoord", "gezien", "heb", "liet"}


def _nl_asked(verb: str, formal: bool) -> str:
    """A question's verb before "je" or "u" ("heeft ze" -> "heb je", "staat ze" -> "sta je", "is ze" -> "bent u")."""
    low = verb.lower()
    if formal:
        said = {"is": "bent", "kan": "kunt", "zal": "zult"}.get(low, low)
    else:
        said = {"is": "ben", "heeft": "heb", "kan": "kun", "zal": "zul"}.get(low, low[:-1] if low.endswith("t") else low)
        said = re.sub(r"(aa|ee|oo|uu)$", lambda m: m.group(1)[0], said)  # "staat" -> "sta", "gaat" -> "ga"
    return cased(verb, said) + (" u" if formal else " je")


#: a plural verb: "ze"/"zij" is "they" ("hoe zij dat op grotere schaal doen")
_NL_PLURAL = re.compile(r"\b(?:hebben|zijn|waren|hadden|doen|deden|gaan|gingen|kunnen|konden|willen|wilden|moeten|"
                        r"zullen|zouden|werken|maken|bouwen|gebruiken|leggen|aangelegd hebben)\b", re.I)


def _nl_subordinate(m: re.Match[str], formal: bool) -> str:
    """"dat hij ook met drones inspecteert" -> "dat je ook met drones inspecteert": the verb comes last, and only "is"
    and "heeft" change ("dat je … bent")."""
    if _NL_PLURAL.search(m.group("clause")):
        return m.group(0)  # "dat ze net hebben aangelegd", "hoe zij dat doen": they
    clause = re.sub(r"\b(is|heeft)\b", lambda v: cased(v.group(1), {"is": "bent", "heeft": "heeft" if formal else "hebt"}[
        v.group(1).lower()]), m.group("clause"), count=1, flags=re.I)
    return f"{m.group(1)} {'u' if formal else 'je'}{clause}"


def dutch(text: str, formal: bool, gender: str | None = None) -> str:
    text = re.sub(r"^(\W*)(?=(?:oud-?|ex-?|voormalige? )?(?:collega|klasgenoot|klasgenote|studiegenoot|studiegenote|"
                  r"vriend|vriendin|teamgenoot|buurman|buurvrouw|stagiair|stagiaire) van (?:mijn|mn|m'n|onze?)\b)",
                  lambda m: m.group(1) + ("u bent een " if formal else "je bent een "), text,
                  flags=re.I)  # "oud-collega van mn zus": who the person is, a whole sentence
    text = re.sub(r"^(\W*)(?:oud-?|ex-?)collega (?:van |bij |(?P<vd>vd ))(?P<article>de |het )?",
                  lambda m: f"{m.group(1)}we zijn oud-collega's van {'de ' if m.group('vd') else m.group('article') or ''}",
                  text, flags=re.I)  # "oud-collega vd jeugdzorg": both of them were there
    text = re.sub(r",\s+(?:al\s+)?lang niet (gesproken|gezien)\b", r", we hebben elkaar lang niet \1", text,
                  flags=re.I)  # ", lang niet gesproken": who hasn't
    if said_by_others(text, _NL_REPORT):
        return text  # "mijn collega zei dat hij ...": the pronoun is the colleague
    masculine = re.search(r"\b(?:hij|hem)\b", text, re.I) or (gender == "m")
    feminine = re.search(r"\b(?:zij|haar)\b", text, re.I) or (gender == "f") or any(
        _nl_finite(m.group(1) or m.group(2))  # "ze werkt", "staat ze open …?": she
        for m in re.finditer(rf"\bze\s+({_W})|\b({_W})\s+ze\b(?=[^.!?]*\?)", text, re.I)) or re.search(
        r"\b(?:dat|omdat|toen)\s+ze\b(?![^,.;!?]*\b(?:hebben|zijn|waren|doen|gaan|kunnen|willen|moeten)\b)", text,
        re.I)  # "zag dat ze een post schreef"
    text = re.sub(r"\b([Zz])['’]n\b", lambda m: "zijn" if m.group(1) == "z" else "Zijn", text)  # "z'n talk": his
    possessive_zijn = re.search(r"\bzijn\s+[^\W\d_]", text, re.I)
    text = re.sub(r"\b([Hh])un (inkoop\w*|bedrijf|team|afdeling|organisatie|fabriek|winkel|zaak|kantoor|praktijk)\b",
                  lambda m: cased(m.group(1) + "un", "uw" if formal else "jullie") + " " + m.group(2),
                  text)  # "hun inkoop zoekt …": the person's firm, said to them
    if masculine and feminine:
        return text
    you, object_you, your = ("u", "u", "uw") if formal else ("jij", "je", "jouw")

    def subject(m: re.Match[str]) -> str:
        if not _nl_finite(m.group(2)):
            return m.group(0)
        verb = _NL_VERBS.get(m.group(2).lower(), (m.group(2), m.group(2)))[0 if formal else 1]
        return cased(m.group(1), you) + " " + verb

    pronoun = r"hij" if masculine else r"zij|ze" if feminine else None
    if pronoun:
        text = re.sub(rf"\b(dat|omdat|toen|als|of|sinds|hoe|wat|waar)\s+({pronoun})\b(?P<clause>[^,.;!?]*)",
                      lambda m: _nl_subordinate(m, formal), text, flags=re.I)  # "zag dat hij ook … inspecteert"
        text = re.sub(rf"\b({pronoun})\s+({_W})", subject, text, flags=re.I)
        text = re.sub(rf"(^|[.!?,;]\s+)({_W})\s+(?:{pronoun})\b(?=[^.!?]*\?)", lambda m: m.group(1) + _nl_asked(m.group(2), formal),
                      text, flags=re.I)  # "staat ze open voor koffie?" -> "sta je open …?"
    if masculine or (possessive_zijn and not feminine):
        text = re.sub(r"\bhem\b", object_you, text, flags=re.I)
        text = re.sub(rf"(?<!\bwe\s)(?<!\bwij\s)(?<!\bze\s)(?<!\bzij\s)(?<!\bjullie\s)\bzijn(?=\s+(?!ge)({_W}))",
                      lambda m: cased(m.group(0), your), text, flags=re.I)
    elif feminine:
        def her(m: re.Match[str]) -> str:
            nxt = m.group(1).lower()
            before = text[:m.start()].split()
            objective = nxt in _NL_PREPOSITIONS or nxt in _NL_AFTER_OBJECT or re.match(
                r"(?:ge|ont|be|ver|her)\w+[dt]$", nxt) or (  # "hoorde haar spreken": heard her speak
                before and before[-1].lower() in _NL_PERCEIVE and nxt.endswith("en"))
            return cased(m.group(0), object_you if objective else your)
        text = re.sub(rf"\bhaar(?=\s+({_W}))", her, text, flags=re.I)
        text = re.sub(r"\bhaar\b(?=\s*[.,;!?]|\s*$)", object_you, text, flags=re.I)
    return text


#: a sentence that opens on one of these verbs has dropped its "ich"/"ik" ("verfolge seit jahren ...")
_DROPPED_I = {"de": {"verfolge", "habe", "hab", "bin", "arbeite", "suche", "plane", "leite", "baue", "mache", "kenn",
                     "kenne", "treffe", "möchte", "würde", "fand", "hörte", "las", "sah", "folge", "bewundere", "glaub",
                     "wollt", "wollte", "fang", "fange", "starte", "beginne", "komme", "war", "hatte", "studiere",
                     "schreibe", "forsche", "promoviere", "unterrichte", "entwickle", "verkaufe", "organisiere",
                     "betreue", "bewerbe", "interessiere", "wohne", "ziehe", "wechsle", "berate", "vertrete"},
              "nl": {"las", "zag", "hoorde", "ontmoette", "volgde", "bezocht", "luisterde", "werk", "ben", "heb",
                     "zou", "wil", "kwam", "sprak", "volg", "bewonder", "zoek", "woon", "studeer", "ken", "kende",
                     "organiseer", "schrijf", "start", "begin"},
              # "cherche poste aiguilleur, candidature envoyée": "je cherche …"
              "fr": {"cherche", "suis", "travaille", "voudrais", "aimerais", "ai", "viens", "commence", "connais",
                     "cherchais", "enseigne", "dirige", "gère", "organise", "prépare", "passe", "vends", "fabrique"}}
#: of those, the ones only "ich"/"ik" says: after a comma, with no subject after them, the sender's too ("ze heeft die
#: kaart gemaakt, wil graag meer zien" -> "..., ik wil graag"; not "als je tijd hebt, wil ik")
_DROPPED_I_CLAUSE = {"de": {"verfolge", "habe", "hab", "bin", "arbeite", "suche", "plane", "leite", "baue", "mache",
                            "kenne", "treffe", "möchte", "folge", "bewundere"},
                     "nl": {"ben", "heb", "wil", "werk", "volg", "bewonder", "hoop", "denk", "vind", "zoek"},
                     "fr": {"suis", "cherche", "travaille", "voudrais", "aimerais"}}
_SUBJECT_AFTER = {"de": r"ich|du|sie|er|es|wir|ihr|man|das|die|der|mich|mir|dich|dir|uns",
                  "nl": r"ik|je|jij|u|we|wij|ze|zij|hij|het|er|jullie|men",
                  "fr": r"je|j|tu|il|elle|on|nous|vous|ils|elles"}
_FIRST_PERSON = {"de": "ich", "nl": "ik", "fr": "je"}
#: a sentence that opens on "haben uns" / "hebben elkaar" has dropped its "wir"/"we"
_DROPPED_WE = {"de": r"haben uns|hatten uns|sind uns|waren zusammen|saßen zusammen|haben zusammen|arbeiteten zusammen|"
                     r"(?:suchen|brauchen|planen|bieten|liefern|entwickeln|vertreiben|betreiben|eröffnen)(?! sie\b)",
               "nl": r"hebben elkaar|hadden elkaar|zijn elkaar|zaten samen|waren samen|werkten samen|hebben samen"}
_FIRST_PLURAL = {"de": "wir", "nl": "we"}


def subjects_given_back(text: str, language: str) -> str:
    """"ich"/"ik" given back to a sentence that opens on the sender's own verb, "wir"/"we" to one that opens on
    what both did or the sender's firm does ("haben uns letzte woche unterhalten", "suchen neues labor")."""
    if language in _DROPPED_WE:  # "haben uns letzte woche unterhalten": "wir haben uns ..."
        text = re.sub(rf"(^|[.!?]\s+)(?=(?:{_DROPPED_WE[language]})\b)",
                      lambda m: m.group(1) + _FIRST_PLURAL[language] + " ", text)
        text = re.sub(r"\b(wir (?:suchen|brauchen)) (neues|neuen|neue)\b", lambda m: f"{m.group(1)} "
                      f"{ {'neues': 'ein', 'neuen': 'einen', 'neue': 'eine'}[m.group(2)]} {m.group(2)}", text)
    if language in _DROPPED_I:
        def mine(verb: str) -> str:  # (French elides: "j'ai", "j'aimerais")
            i = _FIRST_PERSON[language]
            return f"j'{verb}" if language == "fr" and verb[:1] in "aeiouhéè" else f"{i} {verb}"

        text = re.sub(r"(^|[.!?]\s+)([^\W\d_]+)\b",
                      lambda m: m.group(1) + (mine(m.group(2)) if m.group(2) in _DROPPED_I[language] else m.group(2)),
                      text)
        text = re.sub(rf",\s+((?:{'|'.join(_DROPPED_I_CLAUSE[language])}))(?=\s+(?!(?:{_SUBJECT_AFTER[language]})\b))",
                      lambda m: ", " + mine(m.group(1)), text)
    return text
