"""The rule invents_nothing: every fact in the note comes from the profile, the reason or the sender line."""

from __future__ import annotations

import re

from ...paste import (
    find_contacts,
)
from ...text.folding import fold
from ...text.language import FUNCTION_WORDS
from ...text.words import NUMBER_RE, WORD_RE, words_in
from ..context import CheckContext, in_source, note_language, sidebar_only_words, word_triples
from ..own_notes import own_fact
from ..vocabulary import ALWAYS_OK_CAPS, expand_shorthand
from .addresses_person import GREETED, GREETING_WORDS, PLACEHOLDER, greeting_head
from .invented_details import (invented_feeling, invented_medium, invented_meeting, invented_news, invented_sentence,
                               invented_topic)
from .no_contact_or_ui import MARKUP_IN_NOTE
from .sender_claims import sender_claim

_CAPS_LANGS = {"en", "fr", "es", "pt", "it", "nl", "sv", "pl", "tr", "ru", "uk", "da", "no", "fi", "cs",
               "ro", "id", "bg"}
_SENTENCE_START = re.compile(r"(^|[.!?…:;¡¿()\"“”«»—–]\s*|\s-\s+|[\U0001F000-\U0001FAFF\u2600-\u27BF]\s*)$")
_THIRD_PARTY_VERB = re.compile(
    r"^\s*(?:[A-Z][\w'’-]+\s+)?(mentioned|told|suggested|recommended|said|introduced|pointed|shared|sent|"
    r"says|and i|and me|from)\b")
_NUMBER_WORDS = {
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
           "hundred": 100, "thousand": 1000, "dozen": 12, "hundreds": 100, "thousands": 1000},
    "de": {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
           "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "hundert": 100, "tausend": 1000},
}
_FAKE_HISTORY = [re.compile(p, re.I) for p in (
    r"\b(we|you and i) (met|have met|'ve met|spoke|talked|chatted|worked together|were colleagues|"
    r"were classmates|were teammates|collaborated|connected)\b",
    r"\b(great|nice|good|lovely|a pleasure|wonderful|fun) (meeting|seeing|to meet|to see|chatting|talking|"
    r"speaking|catching up)( with)? you (at|yesterday|last|earlier|again|the other|during|after|on)\b",
    r"\b(it was|was) (great|nice|good|lovely|a pleasure|wonderful) (meeting|seeing|to meet|to see|chatting|"
    r"talking|speaking)\b",
    r"\b(i )?enjoyed (meeting|chatting|talking|speaking) (with |to )?you\b",
    r"\b(thanks|thank you) (again )?for (the|your|our) (chat|call|conversation|meeting|coffee|lunch|"
    r"interview|intro|introduction)\b",
    r"\b(since|when|after) we (met|spoke|talked)\b", r"\bas (we )?(discussed|promised|agreed|mentioned)\b",
    r"\bour (last |recent |brief |great |earlier |quick )?(call|chat|conversation|meeting|coffee|lunch|"
    r"exchange|interview|time at|collaboration)\b",
    r"\b(following up|to follow up|catching up|reconnect|reconnecting|remember me)\b",
    r"\b(worked with you|working with you again|our time at|back when we)\b",
    r"\bi('ve| have| had)?( just| recently)? joined your (team|company)\b|\bsince i joined\b|"
    r"\bmy first (day|week) (at|on)\b",
    r"\b(you interviewed me|my interview with you|after our interview)\b",
    r"\b(me and you|you and me|you and i|we)('re| are| were|'ve been| have been) (really |such |good |great |old |"
    r"close |long-time )*(friends|buddies|pals)\b",
    r"\bwir haben uns\b[^.!?]{0,80}\b(kennengelernt|getroffen|unterhalten|gesprochen|ausgetauscht)\b|"
    r"\bunser(em|en)? (gespräch|telefonat|treffen|austausch|termin)\b|\bwie (besprochen|versprochen)\b|"
    r"\bschön,? (sie|dich)\b.{0,20}\b(getroffen|kennengelernt|gesehen) zu haben\b|"
    r"\bdanke für (das|unser) (gespräch|telefonat|treffen)\b",
    r"\bnous nous sommes (rencontrés?|parlé|vus)\b|\bnotre (échange|conversation|rencontre|appel|entretien)\b|"
    r"\bcomme (convenu|promis)\b|\bravie? de vous avoir (rencontrée?|vue?)\b|"
    r"\bmerci pour (notre|cet|l')\s?(échange|entretien|appel)\b",
    r"\bnos conocimos\b|\bnuestra (conversación|charla|reunión|llamada|entrevista)\b|"
    r"\bcomo (hablamos|acordamos|prometí)\b|\bgracias por (la|nuestra) (charla|conversación|llamada|entrevista)\b",
    r"\bnos conhecemos\b|\bnossa (conversa|reunião|chamada|entrevista)\b|\bcomo (conversamos|combinamos)\b",
    r"\bci siamo (conosciuti|incontrati|sentiti)\b|\bla nostra (conversazione|chiacchierata|telefonata)\b|"
    r"\bcome (d'accordo|promesso)\b",
    r"\bмы (познакомились|встречались|общались|говорили)\b|\bнаш(ей|его|а|у)? (разговор|встреч|звонок)\w*\b|"
    r"\bкак (договаривались|обсуждали)\b",
)]
_HISTORY_SUPPORT = re.compile(
    r"\b(met|meet|meeting|meetings|spoke|speak|spoken|talked|talk to|chatted|chat|call|called|coffee|lunch|"
    r"dinner|interview\w*|worked|work with|colleague\w*|co-?worker\w*|classmate\w*|teammate\w*|joined|"
    r"joining|knew|know (him|her|them)|reconnect\w*|intro\w*|referr\w*|recommend\w*|again)\b|"
    r"(kennengelernt|getroffen|gesprochen|gespräch|treffen|telefonat|kolleg|rencontr|parlé|échang|entretien|"
    r"collègue|conoc|hablamos|hablé|charlamos|reuni|entrevista|compañer|conhec|conversamos|colega|incontrat|"
    r"conosciut|parlato|chiacchier|collega|познаком|встреч|разговар|звонил|коллег|ontmoet|gesproken)", re.I)
#: a conversation about something ("we met at Floodex and talked about flood risk": "met" alone says no talk),
#: or one proposed that the reason never asks for ("Would you like to meet up?")
_CONVERSATION = re.compile(r"\b(?:(?:we|and|i) (?:talked|chatted|spoke|discussed)|"
                           r"(?:we |and )?had an? (?:great |good |nice |long |quick |interesting |short |brief )?"
                           r"(?:discussion|chat|conversation|talk) (?:about|on)|our (?:chat|conversation|talk) (?:about|on)|"
                           r"wir haben (?:uns )?über|nous avons (?:parlé|discuté)|hablamos (?:de|sobre)|"
                           r"conversamos sobre|falamos (?:de|sobre)|abbiamo parlato|"
                           r"(?:like|love|happy|glad) to (?:meet up|chat later|grab (?:a )?coffee|hop on a call)|"
                           r"would you like to meet)\b", re.I)
_CONVERSATION_SUPPORT = re.compile(r"\b(?:talk\w*|chat\w*|spoke|speak\w*|discuss\w*|convers\w*|told|said|asked|"
                                   r"call\w*|coffee|lunch|dinner|mentioned|meet\w*)\b|unterh|gespr|besproch|parl|discut|"
                                   r"habl|convers|charl|fal\w+|chiacchier", re.I)
_FUTURE = re.compile(r"\b(next|upcoming|tomorrow|soon|will|going to|'ll|am interviewing|'m interviewing|"
                     r"have an interview|nächste|morgen|bald|prochain|demain|próxim|mañana|prossim|domani|"
                     r"следующ|завтра)", re.I)
_PAST = re.compile(r"\b(had|was|were|did|yesterday|last|after|went|interviewed|met|spoke|talked|ago|"
                   r"hatte|gestern|letzte|hier|ayer|ieri|ontem|вчера)\b", re.I)
_PAST_INTERACTION = re.compile(
    r"\b((thanks|thank you) (again )?for (the|our|your) (chat|interview|conversation|call)|"
    r"after our (interview|chat|call)|enjoyed (our|the) (interview|chat|conversation|call)|"
    r"(great|nice|good) (talking|speaking|chatting|meeting)|it was (great|nice|good|a pleasure)|"
    r"we (met|spoke|talked))\b", re.I)
_TIME_CLAIMS = {
    "en": r"\b(yesterday|last (week|month|night|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
          r"weekend|time)|this (morning|afternoon|week)|earlier today|the other day|a few (days|weeks) ago|"
          r"tonight|tomorrow|today|this (weekend|month)|next (week|month|monday|tuesday|wednesday|thursday|friday)|"
          r"on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    "de": r"\b(gestern|letzte[nr]? (woche|monat|jahr)|vorige[nr]? woche|heute morgen|morgen|nächste[nr]? woche)\b",
    "fr": r"\b(hier|la semaine (dernière|prochaine)|ce matin|demain|le mois dernier)\b",
    "es": r"\b(ayer|la semana (pasada|próxima|que viene)|esta mañana|mañana|el mes pasado)\b",
    "pt": r"\b(ontem|semana passada|hoje de manhã|amanhã|próxima semana)\b",
    "it": r"\b(ieri|la settimana scorsa|stamattina|domani|la prossima settimana)\b",
    "ru": r"(вчера|на прошлой неделе|сегодня утром|завтра|на следующей неделе)",
}
_SHARED = re.compile(
    r"\b(we both|both of us|fellow (alum|alumni|alumnus|alumna|graduate)|same (university|school|team|"
    r"company|class)|i also (studied|went to|worked at)|we (studied|went to school|grew up) )", re.I)
_SHARED_SUPPORT = re.compile(r"\b(both|same|also|too|alum|alumni|studied|classmate|went to|grew up|fellow)\b",
                             re.I)


def _caps_candidates(ctx: CheckContext, note: str) -> list[str]:
    """Capitalized words, acronyms and brand-like words of the note that may be names or organizations."""
    lang = note_language(note, ctx)
    caps_lang = lang in _CAPS_LANGS
    latin_only = lang in {"zh", "ja", "ko"}
    function = FUNCTION_WORDS.get(lang, set())
    # placeholders, markup and contact details are other checks' business
    note = PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), note)
    note = MARKUP_IN_NOTE.sub(lambda m: " " * len(m.group(0)), note)
    for c in find_contacts(note):
        note = note.replace(c, " " * len(c))
    greeted = GREETED.match(note)
    skip = range(greeted.start(1), greeted.end(1)) if greeted and ctx.profile.first_name else range(0)
    out = []
    head_end = len(greeting_head(note))
    for m in WORD_RE.finditer(note):
        word = m.group(0).strip("'’-")
        if len(word) < 2 or not any(c.isalpha() for c in word) or m.start() in skip:
            continue  # the greeted name is addresses_person's business
        folded = fold(word)
        if folded in ALWAYS_OK_CAPS or folded in GREETING_WORDS or folded.rstrip("s") in ALWAYS_OK_CAPS \
                or folded in function:
            continue
        if word.isupper() and len(word) >= 4 and not (latin_only and word.isascii()):
            continue  # shouting ("LOVED"), not a name: warm_no_pitch reports it
        acronym = sum(1 for c in word if c.isupper()) >= 2 and not word.isupper() or (word.isupper() and len(word) >= 2)
        camel = bool(re.search(r"[a-z][A-Z]", word))
        if latin_only:
            if word.isascii():
                out.append(word)
            continue
        if not (acronym or camel or (caps_lang and word[0].isupper())):
            continue
        before = note[: m.start()]
        at_start = bool(_SENTENCE_START.search(before)) or m.start() <= head_end and m.start() > 0 and \
            before.rstrip().endswith((",", "!", "–", "—", ":"))
        if at_start and not (acronym or camel):
            # sentence-initial: only a name if a name-like word or a "mentioned/told me" verb follows
            after = note[m.end():]
            if not _THIRD_PARTY_VERB.match(after):
                continue
        out.append(word)
    # words that only appear in sidebars or in other people's posts are not about this person
    sidebar = sidebar_only_words(ctx)
    out += [w for w in words_in(note) if w[0].isupper() and fold(w) in sidebar and w not in out]
    return out


def invents_nothing(ctx: CheckContext, note: str) -> str | None:
    """Invents nothing: no names, organisations, numbers, days or shared history that the profile, the
    reason and the sender line don't give, and no job or employer for the sender that they don't say.

    Okay: Hi Priya, I heard your podcast episode on data contracts. Glad to connect.
    Fail: Hi Priya, it was great meeting you at the Berlin summit last week. Glad to connect.
    Fail: Hi Priya, I heard your episode on data contracts with Marcus Webb. Glad to connect.
    """
    # numbers copied from page chrome or contact lines are not invented (other checks catch the copying)
    number_text = "\n".join([ctx.source_text, *ctx.paste.ui_lines, *ctx.paste.contacts])
    number_text = re.sub(r"[·•]\s*\d(st|nd|rd|th|\.)?\+?(?!\d)", " ", number_text)  # "· 2nd" is no fact
    source_numbers = {re.sub(r"[,.' ]", "", n) for n in NUMBER_RE.findall(number_text)}
    source_numbers |= {str(v) for lang in _NUMBER_WORDS.values() for w, v in lang.items()
                       if re.search(rf"\b{w}\b", ctx.source_lower)}
    for num in NUMBER_RE.findall(note):
        digits = re.sub(r"[,.' ]", "", num)
        if digits and digits not in source_numbers and digits.lstrip("0") not in source_numbers:
            return f"number '{num.strip()}' is not in the profile or reason"
    for word, value in _NUMBER_WORDS.get(ctx.language, {}).items():
        if re.search(rf"\b{word}\b", fold(note)) and str(value) not in source_numbers \
                and word not in ctx.source_lower:
            return f"number '{word}' is not in the profile or reason"

    support = _HISTORY_SUPPORT.search(ctx.sender_reason_lower)
    joined_support = re.search(r"\bjoin", ctx.sender_reason_lower)
    for pattern in _FAKE_HISTORY:
        m = pattern.search(note)
        if m and re.search(r"\bjoined\b", m.group(0), re.I) and not joined_support:
            return f"claims shared history that the reason doesn't give: '{m.group(0)}'"
        if m and not support and not pattern.search(ctx.reason):
            return f"claims shared history that the reason doesn't give: '{m.group(0)}'"
    m = _CONVERSATION.search(note)
    if m and not _CONVERSATION_SUPPORT.search(ctx.sender_reason_lower):
        return f"invents a conversation the reason doesn't give: '{m.group(0)}'"
    if support and _FUTURE.search(ctx.reason) and not _PAST.search(ctx.reason):
        m = _PAST_INTERACTION.search(note)
        if m:
            return f"describes what is still to come as if it happened: '{m.group(0)}'"
    m = _SHARED.search(note)
    if m and not _SHARED_SUPPORT.search(ctx.sender_reason_lower):
        return f"claims something shared that the reason doesn't say: '{m.group(0)}'"
    m = _PAST_ABOUT_FUTURE.search(note)
    if m:
        return f"describes what is still to come as if it happened: '{m.group(0)}'"
    pattern = _TIME_CLAIMS.get(ctx.language)
    if pattern:
        source = expand_shorthand(ctx.source_text.lower())
        for m in re.finditer(pattern, note.lower()):
            if m.group(0) not in source:
                return f"invents when something happened: '{m.group(0)}'"

    leaked = [g for g in word_triples(note) if g in ctx.example_only_phrases]
    if leaked:
        return f"copies '{' '.join(leaked[0])}' from the prompt's examples, not from this case"
    bad = own_fact(ctx, note) or sender_claim(ctx, note) or invented_topic(ctx, note) or invented_medium(ctx, note) \
        or invented_news(ctx, note) or invented_meeting(ctx, note) or invented_feeling(ctx, note) \
        or invented_sentence(ctx, note)
    if bad:
        return bad

    for word in _caps_candidates(ctx, note):
        if not all(in_source(ctx, w) for w in word.split()):
            return f"'{word}' is not in the profile, reason or sender"
    return None


_PAST_ABOUT_FUTURE = re.compile(r"\b(i met you|we met|it was (great|nice|good) (meeting|to meet|talking|seeing)|"
                                r"i saw your talk|i heard your talk)\b[^.!?]{0,60}\b(next (week|month|year|"
                                r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|later this)\b",
                                re.I)
