"""Texting shorthand in the notes' other languages, spelled out before the model sees a reason, and the accents
only a phrase tells."""

import re

from ..text.spelling import is_known

#: texting shorthand the model copies or misreads ("lo q dijo", "to abrindo", "vllt", "las zn artikel")
SHORTHAND_OTHER = {
    "es": {"q": "que", "xq": "porque", "pq": "porque", "tb": "también", "tmb": "también", "tmbn": "también",
           "dsp": "después", "mñn": "mañana", "qdamos": "quedamos", "qdo": "cuando", "xfa": "por favor",
           "pa": "para", "x": "por", "porfa": "por favor", "tmbién": "también"},
    "pt": {"mt": "muito", "q": "que", "vc": "você", "vcs": "vocês", "tb": "também", "tbm": "também", "pq": "porque", "hj": "hoje",
           "msm": "mesmo", "cmg": "comigo", "tava": "estava", "tô": "estou", "qnd": "quando", "qdo": "quando",
           "mes": "mês", "mto": "muito", "mta": "muita", "mtos": "muitos", "mtas": "muitas", "td": "tudo",
           "vdd": "verdade", "obg": "obrigado"},
    "de": {"vllt": "vielleicht", "vlt": "vielleicht", "evtl": "eventuell", "nen": "einen", "würd": "würde",
           "wg": "wegen", "grad": "gerade", "eig": "eigentlich", "gesehn": "gesehen", "u": "und",
           "ner": "einer", "nem": "einem", "ne": "eine", "aufm": "auf dem", "ausm": "aus dem",
           "fürn": "für den", "aufn": "auf den"},
    "fr": {"bcp": "beaucoup", "tjrs": "toujours", "pk": "pourquoi", "pcq": "parce que", "qqch": "quelque chose",
           "qqn": "quelqu'un", "svt": "souvent", "ds": "dans", "jsuis": "je suis", "chui": "je suis", "ca": "ça",
           "jai": "j'ai", "jaime": "j'aime", "jaimerais": "j'aimerais", "jaurais": "j'aurais", "jetais": "j'étais",
           "cest": "c'est", "slt": "salut", "pr": "pour", "qd": "quand", "tjs": "toujours", "pck": "parce que",
           "dc": "donc", "vrmt": "vraiment", "mtn": "maintenant", "svp": "s'il vous plaît", "xp": "expérience"},
    "it": {"nn": "non", "cmq": "comunque", "xké": "perché", "xchè": "perché", "qlc": "qualche", "qlcs": "qualcosa",
           "grz": "grazie", "x": "per"},
    "nl": {"jr": "jaar", "zn": "zijn", "mn": "mijn", "ff": "even", "idd": "inderdaad", "iig": "in ieder geval", "mss": "misschien",
           "wss": "waarschijnlijk", "vd": "van de", "vh": "van het"},
}


#: a verb of liking after "me"/"nos" typed without the accent of its past ("me encanto" is "I charm")
_ES_PAST = {"encanto": "encantó", "gusto": "gustó", "sirvio": "sirvió", "ayudo": "ayudó", "parecio": "pareció",
            "impacto": "impactó", "inspiro": "inspiró", "marco": "marcó", "sorprendio": "sorprendió",
            "emociono": "emocionó", "intereso": "interesó", "fascino": "fascinó", "encantaron": "encantaron"}
#: words one dictionary form of which lacks its accent in a set phrase ("em marco" is the month, "todas as manhas")
_PT_PHRASES = ((r"\b(em|de|até|desde|início de|fim de|final de|meados de) [Mm]arco\b", r"\1 março"),
               (r"\b(todas as|pelas|nas|de) manhas\b", r"\1 manhãs"))


def set_phrases(text: str, language: str) -> str:
    """Words whose accent only their phrase tells, put back: Spanish "me encanto" -> "me encantó",
    Portuguese "em marco" -> "em março"; French "a Lyon" -> "à Lyon"; Dutch "lijkt me leuk" at a sentence's
    start gets its "het"."""
    if language == "es":
        text = re.sub(r"\b([Mm])as o menos\b", r"\1ás o menos", text)
        text = re.sub(r"\b([Mm]e|[Nn]os|[Ll]e) (" + "|".join(_ES_PAST) + r")\b",
                      lambda m: f"{m.group(1)} {_ES_PAST[m.group(2)]}", text)
    elif language == "pt":
        for pattern, said in _PT_PHRASES:
            text = re.sub(pattern, said, text)
    elif language == "fr":  # "des bijoux a Lyon": "à" before a place, not "a" (has) after its subject
        text = re.sub(r"\b((?:ai|as|a|avons|avez|ont)\s+)([^\W\d_]{3,}e)\b",  # "m'a conseille": a past participle
                      lambda m: m.group(1) + m.group(2)[:-1] + "é" if is_known(m.group(2)[:-1] + "é", "fr")
                      and not is_known(m.group(2), "en") else m.group(0), text)
        text = re.sub(r"(?<![\w'’])(?P<before>\w+) a (?=[A-ZÀ-Ý][a-zà-ÿ]{2,}\b)",
                      lambda m: m.group(0) if m.group("before").lower() in _FR_SUBJECTS else f"{m.group('before')} à ",
                      text)
    elif language == "nl":
        text = re.sub(r"(^|[.!?]\s+)(lijkt (?:me|mij)|leek (?:me|mij))\b", lambda m: m.group(1) + (
            "Het " if m.group(1) else "het ") + m.group(2), text)
    return text


_FR_SUBJECTS = {"il", "elle", "on", "qui", "ça", "ca", "cela", "ce", "tout", "personne", "chacun", "y"}
