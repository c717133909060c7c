"""Tell which language a short text is written in (the user's reason decides the note's language).

Script first (Cyrillic, CJK, Greek, Arabic...), then function-word counts for Latin-script languages.
Short or unclear text falls back to English.
"""

from __future__ import annotations

import re

LANGUAGE_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "ru": "Russian", "uk": "Ukrainian",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "el": "Greek", "ar": "Arabic", "he": "Hebrew",
    "tr": "Turkish",
}

_WORDS = {
    "en": "the a an and of to in on at for with is was i my me your you her his him she he it that this "
          "we our heard met meeting saw read listened love loved want would like about from just next week "
          "looking forward", 
    "de": "der die das und ich ist nicht ein eine einen auf mit von zu im am bei sie er ihr ihre ihren "
          "sein seine seinen gehört gelesen treffen nächste nächsten woche wir uns mich mir dem den des "
          "über auch gerne möchte würde vernetzen kennengelernt letzte letzten beim zum zur dass habe hat",
    "fr": "le la les et je est un une des du de sur avec pour dans au aux elle il son sa ses votre vous "
          "entendu lu rencontré semaine prochaine j'ai suis mon ma mes nous ce cette qui que pas",
    "es": "el la los las y yo es un una de del en con para por su sus ella él escuché leí conocí semana "
          "próxima que mi me nos este esta muy pero como al lo quiero",
    "pt": "o a os as e eu é um uma de do da em com para por sua seu ela ele ouvi li conheci semana próxima "
          "que meu minha nos não muito mas como ao na no",
    "it": "il lo la gli le e io è un una di del della in con per su suo sua lei lui ho sentito letto "
          "conosciuto settimana prossima che mio mia non molto ma come al nel",
    "nl": "de het een en ik is niet van op met voor in zij hij haar zijn gehoord gelezen ontmoet volgende "
          "week wij ons mij jouw je graag",
    "pl": "i w na z do się jest nie to że jak ja jej jego słuchałem słuchałam spotkanie tydzień przyszły",
    "sv": "och i på med för att det en ett är jag hon han hennes hans hörde läste träffade nästa vecka",
    "tr": "ve bir bu için ile da de ben sen onun dinledim okudum hafta gelecek çok",
}
_WORDSETS = {lang: set(words.split()) for lang, words in _WORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
_ACCENT_HINTS = {"de": "äöüß", "fr": "àâçéèêëîïôûùœ", "es": "ñ¿¡áéíóú", "pt": "ãõçáâêô", "pl": "ąćęłńśźż",
                 "tr": "ğış", "sv": "åä", "it": "àèéìòù"}


def _script(text: str) -> str | None:
    counts: dict[str, int] = {}
    for ch in text:
        o = ord(ch)
        if 0x0400 <= o <= 0x04FF:
            key = "cyrillic"
        elif 0x3040 <= o <= 0x30FF:
            key = "ja"
        elif 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF:
            key = "ko"
        elif 0x4E00 <= o <= 0x9FFF:
            key = "han"
        elif 0x0370 <= o <= 0x03FF:
            key = "el"
        elif 0x0600 <= o <= 0x06FF:
            key = "ar"
        elif 0x0590 <= o <= 0x05FF:
            key = "he"
        elif ch.isalpha():
            key = "latin"
        else:
            continue
        counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    total = sum(counts.values())
    if counts.get("ja"):
        return "ja"
    best = max(counts, key=counts.get)
    if best == "latin" or counts[best] < 0.3 * total:
        return None
    if best == "cyrillic":
        return "uk" if re.search(r"[іїєґ]", text.lower()) else "ru"
    return "zh" if best == "han" else best


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language; 'en' when unsure."""
    script = _script(text or "")
    if script:
        return script
    tokens = [t.lower() for t in _TOKEN.findall(text or "")]
    if not tokens:
        return "en"
    scores = {lang: sum(1 for t in tokens if t in words) for lang, words in _WORDSETS.items()}
    low = (text or "").lower()
    for lang, chars in _ACCENT_HINTS.items():
        scores[lang] += 0.5 * sum(1 for c in low if c in chars)
    best = max(scores, key=scores.get)
    if scores[best] == 0 or scores[best] <= scores["en"]:
        return "en"
    return best


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, "English")
