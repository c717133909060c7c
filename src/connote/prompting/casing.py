"""Names the user typed in lower case, written as the profile writes them ("got the job at lotus bloom" -> "at Lotus
Bloom", "your talk at devrel days" -> "DevRel Days"): the model copies the reason's lower case into the note.

Only what the profile spells with capitals is changed: a run of two or more capitalised words ("Lotus Bloom", "Royal
Mile"), or one word no dictionary knows in lower case ("Kisumu", "Manipal"). A run that is only a job title ("Head
Sommelier") is left, as are words the user typed with any capital.
"""

from __future__ import annotations

import re

from ..paste.vocabulary import JOB_WORDS, ROLE_NOUNS
from ..schema import Profile
from ..text.folding import fold
from ..text.spelling import is_known

#: small words a name may hold between its capitalised words ("Bank of Ireland", "Feria de Arte de Lima")
_JOINING = {"of", "the", "de", "la", "del", "do", "da", "du", "des", "di", "van", "von", "der", "and", "&", "y", "e",
            "on", "upon", "en", "am", "an"}
_WORD = re.compile(r"[^\W\d_][\w'’.-]*[^\W_]|[^\W\d_]")
_TITLE_WORDS = {fold(w) for w in JOB_WORDS | ROLE_NOUNS}


def _named_runs(text: str) -> list[list[str]]:
    """The runs of capitalised words in ``text`` ("Lotus Bloom Fertility", "Bank of Ireland")."""
    runs: list[list[str]] = []
    current: list[str] = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        gap = text[m.start() - 1:m.start()] if m.start() else ""
        if current and gap not in (" ", "") or current and re.search(r"[.,;:!?|·•()/]\s*$", text[:m.start()]):
            runs.append(current)
            current = []
        if word[:1].isupper():
            current.append(word)
        elif current and word.lower() in _JOINING:
            current.append(word)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [run[:len(run) - next(i for i, w in enumerate(reversed(run)) if w[:1].isupper())] for run in runs]


def senders_firm(sender: str | None) -> str | None:
    """The firm of the sender's own line ("Marc Tremblay, dispatcher at Arctic Haul" -> "Arctic Haul"), or None."""
    m = re.search(r"(?:\sat\s|@)\s*(?P<firm>[^,|·•]+)$", sender or "")
    return m.group("firm").strip() if m else None


def profile_names(profile: Profile, language: str, sender: str | None = None) -> list[str]:
    """What the profile writes with capitals that a reason may type in lower case, longest first:

    - the employer's (also the headline's after "at", or between its commas), the place's and the schools' runs of
      capitalised words and their openings ("Lotus Bloom Fertility", "Lotus Bloom"; not "Pepper Sauce" of
      "Scorpion Bay Pepper Sauce");
    - elsewhere (the About, posts, experience) runs with a word no dictionary knows in lower case ("Marlow Creek",
      "Spoorwerk Oost");
    - one such word alone where employers and places are ("Mercadia", "Kisumu");
    - the same in the firm of the sender's own line ("taxidermist at The Hunterian": "Hunterian")."""
    def unknown(word: str) -> bool:
        return len(word) >= 3 and not any(is_known(word.lower(), lang) for lang in {language, "en"})

    found: set[str] = set()
    employer = re.search(r"(?:\s(?:at|bei|chez|presso|bij)\s|@)\s*(?P<firm>[^,|·•]+)", profile.headline or "") or \
        re.match(r"[^,|·•]+,\s*(?P<firm>[^,|·•]+),", profile.headline or "")  # "Embryologist, Lotus Bloom, Chennai"
    named = [profile.company, employer and employer.group("firm"), profile.location, *profile.education,
             senders_firm(sender)]
    places = [*named, *profile.experience]
    for text in filter(None, [*places, profile.about, *profile.activity]):
        for run in _named_runs(text):
            for size in range(len(run), 0, -1):
                for start in range(len(run) - size + 1):
                    part = run[start:start + size]
                    capitals = [w for w in part if w[:1].isupper()]
                    if not part[0][:1].isupper() or not part[-1][:1].isupper() or any(
                            w.isupper() and len(w) >= 4 for w in capitals):
                        continue  # (a word in capitals is shouted, not a name's spelling)
                    strange = [w for w in capitals if unknown(w)]
                    if (not strange and (text not in named or start > 0)) or any(
                            fold(w).endswith(_ROLE_ENDS) for w in strange) or all(fold(w) in _TITLE_WORDS for w in capitals):
                        continue  # "Grand Rapids", "Chief Perfusionist": everyday words, or a title
                    if len(capitals) >= 2 or (text in places and strange and not part[0].isupper()):
                        found.add(" ".join(part))
    return sorted(found, key=lambda n: (-len(n), n))


#: how the name of a job ends ("Perfusionist", "Bibliothécaire" aside): never a place's or a firm's
_ROLE_ENDS = ("ist", "ista", "iste", "ian", "eur", "euse", "loog", "loge", "ator", "smith")


#: an abbreviation the profile writes in capitals ("Land Information New Zealand (LINZ)")
_ACRONYM = re.compile(r"(?<![\w'’&-])[A-Z][A-Z&]{1,6}(?![\w'’&-])")  # also "FP&A"


def as_the_profile_writes(text: str, profile: Profile, language: str, sender: str | None = None) -> str:
    """``text`` with each name the profile (or the sender's own line) capitalises, typed here all in lower case, in
    the profile's capitals; an abbreviation no dictionary knows in lower case ("linz") in its capitals (not from a
    line all in capitals: that is shouted)."""
    for name in profile_names(profile, language, sender):
        pattern = r"(?<![\w'’-])" + r"\s+".join(re.escape(w.lower()) for w in name.split()) + r"(?![\w-]|['’](?!s\b))"
        # (also before a possessive: "loopwise's marketing team")
        text = re.sub(pattern, lambda m: name if m.group(0).islower() else m.group(0), text)
    sources = [profile.headline, profile.company, profile.about, *profile.experience, *profile.education,
               senders_firm(sender)]
    for acronym in {a for source in filter(None, sources) if source != source.upper() for a in _ACRONYM.findall(source)}:
        if not any(is_known(acronym.lower(), lang) for lang in {language, "en"}):
            text = re.sub(rf"(?<![\w'’&-]){re.escape(acronym.lower())}(?![\w'’&-])", acronym, text)
    return text
