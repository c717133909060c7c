"""The sender's words about herself agree with her: a woman who says "sou viticultora" or signs as "Pistenchefin"
writes "estou interessada", "ich bin Kollegin", "ravie", "encantada" (the model writes the masculine form).

English has no such agreement; a sender the reason and the sender line do not show as a woman is left as written.
"""

from __future__ import annotations

import re

#: a feminine noun for what someone does, by its ending ("viticultora", "enfermera", "doppiatrice",
#: "directrice", "Pistenchefin")
FEMININE_ROLE = {
    "pt": r"[^\W\d_]+(?:ora|eira|triz|ona|esa)",
    "es": r"[^\W\d_]+(?:ora|era|triz|ona|esa)",
    "it": r"[^\W\d_]+(?:trice|essa|iera|ora)",
    "fr": r"[^\W\d_]+(?:rice|euse|ière|ienne|esse)",
    "de": r"[A-ZÄÖÜ][^\W\d_]+(?:erin|orin|urin|chefin|ärztin|legin|istin|antin|entin)",
}
#: how she says she is one ("sou", "soy", "sono", "je suis", "ich bin"), in the reason
_I_AM = {"pt": r"(?:sou|estou)", "es": r"(?:soy|estoy)", "it": r"(?:sono)", "fr": r"(?:je suis|suis)",
         "de": r"(?:ich bin|bin)"}
#: the masculine words she would say of herself, with her form
_HERS = {
    "pt": {"interessado": "interessada", "encantado": "encantada", "obrigado": "obrigada", "animado": "animada",
           "grato": "grata", "honrado": "honrada", "curioso": "curiosa", "ansioso": "ansiosa"},
    "es": {"interesado": "interesada", "encantado": "encantada", "agradecido": "agradecida",
           "emocionado": "emocionada", "contento": "contenta", "curioso": "curiosa"},
    "it": {"interessato": "interessata", "contento": "contenta", "grato": "grata", "lieto": "lieta",
           "onorato": "onorata", "curioso": "curiosa"},
    "fr": {"ravi": "ravie", "intéressé": "intéressée", "enchanté": "enchantée", "heureux": "heureuse",
           "curieux": "curieuse", "honoré": "honorée"},
    "de": {"Kollege": "Kollegin", "ein Kollege": "eine Kollegin"},
}
#: what comes before such a word when she says it of herself (not "você estaria interessado")
_SAID_OF_HERSELF = {
    "pt": r"(?:estou|sou|fico|ficarei|eu)\s+(?:muito\s+|bem\s+|super\s+)?",
    "es": r"(?:estoy|soy|quedo|yo)\s+(?:muy\s+|super\s+)?",
    "it": r"(?:sono|sarei)\s+(?:molto\s+|davvero\s+)?",
    "fr": r"(?:je suis|je serais|je serai|j'en serais)\s+(?:très\s+|vraiment\s+|bien\s+)?",
    "de": r"(?:ich bin|bin|als)\s+",
}


def is_woman(sender: str | None, reason: str, language: str) -> bool:
    """Whether the sender line's role or the reason's "sou …" names the sender with a feminine noun."""
    role = FEMININE_ROLE.get(language)
    if role is None:
        return False
    flags = 0 if language == "de" else re.I
    role_in_line = (sender or "").partition(",")[2]
    return bool(re.search(rf"\b{role}\b", role_in_line, flags)
                or re.search(rf"\b{_I_AM[language]}\s+(?:uma?\s+|una\s+|eine\s+)?{role}\b", reason, flags))


def agreed(note: str, language: str, woman: bool) -> str:
    """``note`` with the masculine words a woman says of herself in her form ("Estou interessado" ->
    "Estou interessada"; "Obrigado!" -> "Obrigada!")."""
    if not woman or language not in _HERS:
        return note
    for his, hers in _HERS[language].items():
        before = "" if his == "obrigado" else _SAID_OF_HERSELF[language]
        note = re.sub(rf"(?<![^\W\d_])({before}){his}(?![^\W\d_])",
                      lambda m: m.group(1) + (hers if m.group(0)[len(m.group(1)):][:1].islower() else hers.capitalize()),
                      note, flags=re.I if language != "de" else 0)
    return note


#: a feminine role's masculine endings, by language ("artificière" -> "artificier", "viticultora" -> "viticultor")
_HIS_ENDING = {
    "fr": (("ière", "ier"), ("euse", "eur"), ("rice", "eur"), ("ienne", "ien"), ("esse", "e")),
    "es": (("ora", "or"), ("era", "ero"), ("triz", "tor"), ("ona", "ón"), ("esa", "és")),
    "pt": (("eira", "eiro"), ("ora", "or"), ("triz", "tor"), ("ona", "ão"), ("esa", "ês")),
    "it": (("trice", "tore"), ("essa", "e"), ("iera", "iere"), ("ora", "ore")),
    "de": (("erin", "er"), ("orin", "or"), ("chefin", "chef"), ("ärztin", "arzt"), ("legin", "lege"), ("istin", "ist"),
           ("antin", "ant"), ("entin", "ent")),
}


def her_role(note: str, reason: str, language: str) -> str:
    """``note`` with the role she names herself by in the reason ("je suis artificière aussi") in her form where the
    model wrote the masculine one ("je suis artificier aussi")."""
    role = FEMININE_ROLE.get(language)
    m = re.search(rf"\b{_I_AM[language]}\s+(?:uma?\s+|una\s+|eine\s+)?({role})\b", reason,
                  0 if language == "de" else re.I) if role else None
    if not m:
        return note
    hers = m.group(1)
    for ending, his_ending in _HIS_ENDING[language]:
        if hers.lower().endswith(ending):
            his = hers[:-len(ending)] + his_ending
            return re.sub(rf"(?<![^\W\d_]){re.escape(his)}(?![^\W\d_])", lambda w: hers if w.group(0)[0].islower() else
                          hers[:1].upper() + hers[1:], note, flags=re.I)
    return note
