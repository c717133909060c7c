"""The rule speaks_to_you: the note speaks to the person, not about them."""

from __future__ import annotations

import re

from ..context import CheckContext
from .addresses_person import greeting_end

_THIRD_PERSON = {
    "en": re.compile(r"\b(he|him|his|she|her|hers|himself|herself)\b", re.I),
    "de": re.compile(r"\b(sein|seine|seinen|seinem|seiner|seines|ihre|ihren|ihrem|ihrer|ihres|er)\b"),
    "pt": re.compile(r"\b(dele|dela|deles|delas)\b", re.I),
    "es": re.compile(r"\b(él|ella)\b", re.I),
}
# possessive + noun pairs that, pasted from the reason, talk about the person: "son intervention", "её доклад"
_PASTED_PAIR = {
    "fr": re.compile(r"\b(son|sa|ses|lui|elle|il)\s+[^\W\d_]+", re.I),
    "ru": re.compile(r"\b(его|её|ее|ей|ему|она|он)\s+[^\W\d_]+", re.I),
    "uk": re.compile(r"\b(його|її|їй|йому|вона|він)\s+[^\W\d_]+", re.I),
    "es": re.compile(r"\b(él|ella|sus?)\s+[^\W\d_]+", re.I),
    "it": re.compile(r"\b(lui|lei|suo|sua|suoi|sue)\s+[^\W\d_]+", re.I),
    "de": re.compile(r"\b(sie|er|ihr|ihm|ihn|sein|seine|seinen|ihre|ihren)\s+[^\W\d_]+"),
    "nl": re.compile(r"\b(zij|hij|haar|zijn|hem|ze)\s+[^\W\d_]+", re.I),
    "pt": re.compile(r"\b(ela|ele|dela|dele)\s+[^\W\d_]+", re.I),
}
_THIRD_PARTY = re.compile(
    r"\b(friends?|colleagues?|coworkers?|co-workers?|manager|boss|wife|husband|partner|sister|brother|mother|"
    r"father|mom|dad|mentor|recommend\w*|introduc\w*|intro|referr\w*|referral|told me|suggested|mutual|"
    r"cousin|classmates?|roommate|teammates?|daughter|mentee|student of|freund\w*|kolleg\w*|chef|chefin|"
    r"empfohlen|amie?s?|collègues?|recommandé\w*|amig[oa]s?|compañer\w*|recomend\w*|colegas?|amic[oa]|"
    r"collega|consigliat\w*|vriend\w*|друг\w*|подруг\w*|коллег\w*|посоветова\w*)\b", re.I)
_MY_CONTENT = re.compile(
    r"\b(my|our|mein|meine|meinen|meinem|unser|unsere|unseren|mon|ma|mes|notre|nos|mi|mis|nuestro|nuestra|meu|"
    r"minha|nosso|nossa|il mio|la mia|il nostro|la nostra|mijn|onze|мой|моя|мою|мою|моём|наш|наша|нашу)\s+"
    r"(?:\w+\s+)?(post|posts|article|articles|talk|keynote|episode|episodes|podcast|newsletter|write-up|"
    r"presentation|webinar|video|book|paper|artikel|beitrag|vortrag|folge|table ronde|intervention|conférence|"
    r"épisode|artículo|charla|ponencia|episodio|artigo|palestra|episódio|articolo|intervento|статья|статью|"
    r"доклад|выступление|выпуск|подкаст)\b", re.I)
_META_PERSON = re.compile(
    r"\b(the (user|sender|recipient|person|profile owner|candidate|prospect)|this (person|user|profile)|"
    r"the person's|der (nutzer|absender|empfänger)|l'utilisateur|el usuario|o usuário|l'utente)\b", re.I)
_SLANG = re.compile(
    r"(?<!\w)(lol|lmao|tbh|imo|imho|ngl|fwiw|w/|w/o|b/c|bc|u|ur|pls|plz|thx|esp\.?|ep|convo|pod|preso|rn|abt|"
    r"ppl|gonna|wanna|gotta|cos|cuz|coz|k|ya|idk|omg|btw|smth|sth)(?!\w)", re.I)


def speaks_to_you(ctx: CheckContext, note: str) -> str | None:
    """Speaks to the person as "you" in natural first person: no he/she about them, no "the user", no
    calling their work the sender's own, no shorthand pasted back from the reason.

    Okay: Hi Priya, I heard your podcast episode on data contracts. Glad to connect.
    Fail: Hi Priya, I heard her podcast episode on data contracts. Glad to connect.
    Reason: loved her pod ep on data contracts
    Fail: Hi Priya, I loved your pod ep on data contracts. Glad to connect.
    """
    m = _META_PERSON.search(note)
    if m and m.group(0).lower() not in ctx.reason.lower():  # "error messages that don't blame the user": theirs
        return f"talks about '{m.group(0)}' instead of to the person"
    pattern = _THIRD_PERSON.get(ctx.language)
    third_party = _THIRD_PARTY.search(ctx.reason) or re.search(r"\b(and|with|und|et|y|e)\s+[A-Z][a-z]+",
                                                                ctx.reason)
    body = note[greeting_end(note):]
    if pattern and not third_party:
        hits = [h.group(0) for h in pattern.finditer(body)]
        if ctx.language == "de":  # "Sie"/"Ihr" (capitalized) is the polite "you"; lower-case is "she/her"
            hits = [h for h in hits if h[0].islower()]
        if hits:
            return f"talks about the person in the third person ('{hits[0]}')"
    pair = _PASTED_PAIR.get(ctx.language)
    if pair and not third_party:
        for h in pair.finditer(ctx.reason):
            if ctx.language in ("es", "it") and h.group(1).lower() in ("su", "sus", "suo", "sua", "suoi", "sue"):
                continue  # also the polite "your": only él/ella/lui/lei are surely third person
            # German "Sie"/"Ihr" with a capital is the polite "you": only the lower-case phrase is pasted
            flags = 0 if ctx.language == "de" else re.I
            if re.search(rf"(?<!\w){re.escape(h.group(0))}(?!\w)", body, flags):
                return f"talks about the person in the third person ('{h.group(0)}')"
    m = _MY_CONTENT.search(note)
    if m and not _MY_CONTENT.search(ctx.reason) and not _MY_CONTENT.search(ctx.sender or ""):
        return f"calls the person's work the sender's own ('{m.group(0)}')"
    first = ctx.profile.first_name
    if first and ctx.language == "en":
        m = re.search(rf"(?<!\w){re.escape(first)}('s|’s| (is|was|has|talks|talked|said|says|wrote|writes|"
                      rf"shared|posted)\b)", body)
        if m:
            return f"talks about {first} in the third person ('{m.group(0)}')"
    m = _SLANG.search(note)
    if m and not (m.group(0).lower() == "u" and (ctx.language == "nl" or re.search(r"\bu\.|\bu\s+[A-Z]", note))):
        word = m.group(0)
        if not (word.lower() in {"k", "u", "ya", "cos", "ep"} and word not in ctx.reason):
            return f"uses the user's shorthand ('{word}') instead of writing it out"
    return None
