"""How much *why* a reason gives, and what a note can add when it gives little.

A note that says why gets accepted; "networking" or "just want to connect" says nothing, and a small model
turns it into an empty note ("I'm here for networking purposes."). The profile still says who the person is,
so a terse reason is completed with the person's own role and employer — said as *theirs* ("your work as
Head Sommelier at Restaurant Fjellstue"), never as the sender's — and when there is no real reason at all,
connote says so and suggests following the person instead (the note is still offered).
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from ..schema import Profile
from ..text.folding import fold
from ..text.spelling import corrected, is_known
from ..text.words import words_in
from .address import ADDRESS_FORM, formality
from .casing import SMALL_WORDS, as_the_profile_writes, unshouted
from .dropped_words import restored
from .instructions import without_instructions
from .mended import mended
from .their_role import firm_said, role_unsaid, seen_said
from .terse import (EVENT_ONLY, FAN, MY_ROLE, ONLY_CONNECTING, PRAISE, REGARDING, THAT_THING, event_said_de,
                    former_colleagues_said, label_said, offer_asked, one_too, praise_said, same_field_said, suggested_said)
from .to_say import asked
from .voice import shorthand, spoken, tidied

Why = Literal["none", "thin", "specific"]

#: words that say someone wants to connect, in general terms: no reason in them
_NO_WHY = {
    "connect", "connecting", "connection", "connections", "network", "networking", "networked", "net", "link",
    "profile", "saw", "seen", "see", "came", "across", "found", "interesting", "interested", "impressive",
    "cool", "great", "nice", "love", "loved", "like", "would", "want", "wanted", "wanna", "just", "hi", "hello",
    "hey", "say", "expand", "expanding", "grow", "growing", "broaden", "build", "building", "my", "your", "you",
    "seem", "seems", "looks", "look", "awesome", "amazing", "stay", "touch", "follow", "following", "keep",
    "reach", "reaching", "out", "add", "adding", "sure", "maybe", "also", "new", "people", "contacts", "contact",
    "world", "online", "here", "linkedin", "professional", "professionals", "circle", "in", "the", "of", "to",
    "and", "a", "an", "with", "more", "some", "other", "we", "we're", "were", "i", "i'm", "im", "i'd", "id",
    "i've", "ive", "me", "us", "our", "thought", "think", "thinking", "figured", "decided", "glad", "happy",
    # the same in the other languages of the notes
    "netwerken", "netwerk", "vernetzen", "netzwerk", "kontakt", "kontakte", "réseau", "reseau", "réseauter",
    "contacto", "contactos", "red", "rede", "contatos", "conectar", "connecter", "collegarsi", "rete",
    "contatti", "verbinden", "connectie", "hola", "gustaría", "gustaria", "encantaría", "olá", "ola", "oi",
    "gostaria", "adoraria", "ciao", "piacerebbe", "vorrei", "hallo", "möchte", "gerne", "gern", "würde", "freuen",
    "bonjour", "salut", "aimerais", "voudrais", "hoi", "graag", "wil", "zou", "conectarme", "conectarnos",
    "collegarci", "collegarmi", "vernetzen", "connecten", "ampliar", "ampliare", "allargare", "expandir",
    "erweitern", "élargir", "uitbreiden", "aumentar", "pls", "plz", "please", "bitte", "svp", "porfa", "quero", "once",
    "briefly",
    "quiero", "vorrei", "wil", "gewoon", "general",
}
#: words that only hold a sentence together (pronouns, articles, prepositions, auxiliaries), several languages
_GRAMMAR = set("""
a an the of in on at to for with from by about as into over after before this that these those it its is are
was were be been being am do does did have has had will would could should can may might must shall not no or
nor so if than then there here he she him her his hers they them their we us our i me my you your yours
der die das den dem des ein eine einen einem einer und oder aber ich du er sie es wir ihr mich mir dich dir
uns euch sein seine ist sind war bin hat habe haben mit von zu zum zur im am bei auf für auch
le la les un une des du de et ou mais je tu il elle on nous vous ils elles me te se mon ma mes ton ta tes son sa
ses est suis sont avec pour par sur dans au aux en
el los las una unos unas y o pero yo él ella nosotros usted ustedes mi mis tu tus su sus es soy son con por para
del al lo le les se
o os as um uma uns umas e ou mas eu ele ela nós você vocês meu minha seu sua é sou são com por para do da dos
das no na nos nas ao
il lo gli i uno e o ma io lui lei noi voi loro mio mia suo sua è sono con per di del della dei nel nella al
de het een en of maar ik jij je hij zij wij jullie mijn jouw zijn haar is ben met voor van in op aan bij ook
""".split())
#: words that say the two share a field, without saying what it is
_SAME_FIELD = {"same", "field", "industry", "space", "sector", "fellow", "both", "also", "too", "area", "line",
               "work", "job", "role", "profession", "career", "similar", "branche", "domaine", "sector", "campo",
               "settore", "vakgebied", "gleiche", "même", "mismo", "mesmo", "stesso", "colleague", "collega",
               "colega", "collègue", "kollege", "kollegin", "compañero", "compañera", "companheiro", "collega's",
               "metier", "métier", "beruf", "profesión", "profissão", "professione", "vak", "ramo", "rubro",
               "bereich", "secteur", "área", "ambito"}

#: the word lists as the reason's words are compared: folded ("würde" is typed "wurde" as often)
_NO_WHY_FOLDED, _GRAMMAR_FOLDED, _SAME_FIELD_FOLDED = ({fold(w) for w in words} for words in (_NO_WHY, _GRAMMAR,
                                                                                             _SAME_FIELD))


#: words that hold a sentence together in another language but say something in English ("we met": Dutch "met")
_ENGLISH_CONTENT = {"met", "die", "war", "hat", "bin", "son", "sin", "come", "fast", "hier"}
_ENGLISH_GRAMMAR = _GRAMMAR_FOLDED - _ENGLISH_CONTENT


@functools.lru_cache(maxsize=64)  # the pipeline, told() and a check ask it of the same reason, per candidate
def why_in(reason: str, language: str = "en") -> Why:
    """``none``: the reason says only that the user wants to connect; ``thin``: it names a shared field or a
    role and nothing else ("same field", "fellow PM", "we're both in tax"); ``specific``: anything more. What it
    tells the writer ("short and casual") is no why."""
    words = [fold(w) for w in words_in(without_instructions(reason, all_dropped=""))]
    grammar = _ENGLISH_GRAMMAR if language == "en" else _GRAMMAR_FOLDED
    content = [w for w in words if w not in _NO_WHY_FOLDED and w not in grammar]
    if not content:
        return "none"
    rest = [w for w in content if w not in _SAME_FIELD_FOLDED]
    general = len(rest) < len(content) or any(w in _NO_WHY_FOLDED for w in words) or len(words) <= 2
    return "thin" if len(rest) <= 1 and general else "specific"


#: a group a sender counts themselves in, ending a wish to connect ("just want to connect, local pharmacy folks")
_GROUP = r"(?:folks|people|peeps|nerds|geeks|pros|professionals|colleagues|peers)"


def _said_something(reason: str) -> str:
    """``reason`` without a short clause at its start that says only that the user wants to connect, when another
    clause says why ("networking, we're both hr in utrecht retail" -> "we're both hr …", not "I'm networking.
    We're both …"; "expand network, im in roofing sales"): the note's closing says that."""
    m = re.match(r"\s*([^,.;:!?]+)[,.;:!?]+\s+(?=\S)", reason)
    if not m:
        return reason
    words = [fold(w) for w in words_in(m.group(1))]
    rest = reason[m.end():]
    if len(words) > 5 or not all(w in _NO_WHY_FOLDED for w in words) or why_in(rest) == "none" or re.search(
            rf"\b{_GROUP}\W*$", rest, re.I):
        return reason  # ("just want to connect, local pharmacy folks": whom with, :func:`unclosed`)
    return rest


_THEIR_WORK = {
    "en": "your work as {role}", "de": "Ihre Arbeit als {role}", "fr": "votre travail de {role}",
    "es": "su trabajo como {role}", "pt": "seu trabalho como {role}", "it": "il Suo lavoro come {role}",
    "nl": "je werk als {role}",
}
_THEIR_WORK_FAMILIAR = {
    "en": "your work as {role}", "de": "deine Arbeit als {role}", "fr": "ton travail de {role}",
    "es": "tu trabajo como {role}", "pt": "seu trabalho como {role}", "it": "il tuo lavoro come {role}",
    "nl": "je werk als {role}",
}
_AT = {"en": "at", "de": "bei", "fr": "chez", "es": "en", "pt": "na", "it": "presso", "nl": "bij"}


def _acronym(word: str) -> str | None:
    """A word typed in lower case that the dictionary knows only in capitals, so written: "llc" -> "LLC", and its
    plural, "cpas" -> "CPAs"; else ``None``."""
    if is_known(word, "en") or is_known(word.capitalize(), "en"):
        return None
    if is_known(word.upper(), "en"):
        return word.upper()
    if word.endswith("s") and len(word) > 2 and is_known(word[:-1].upper(), "en") and not is_known(word[:-1], "en"):
        return word[:-1].upper() + "s"
    return None


def their_work(profile: Profile, language: str, *, formal: bool | None = None) -> str | None:
    """The person's role and employer as theirs, in the note's language ("your work as Head Sommelier at
    Restaurant Fjellstue"); ``None`` when the profile has neither a role nor a headline."""
    if language not in _THEIR_WORK:
        return None
    role = (profile.role or "").strip()
    company = (profile.company or "").strip()
    if not role and profile.headline:
        role = re.split(r"\s+[|·•]\s+", profile.headline.strip())[0]
        company = ""
    if fold(company).replace("-", " ") in ("self employed", "freelance", "freelancer", "independent"):
        company = ""  # "Lighting Designer at Self-employed"
    names = {fold(n) for n in (profile.name, profile.first_name) if n}
    title, _, where = role.partition(",")
    if not company and re.fullmatch(r"(?:[A-Z][\w&'’.-]*\s?){1,4}", where.strip()) and len(title.split()) == 1:
        company = where.strip()  # "Chair, Northbridge Water": a one-word title, then where
    role = title.strip()  # "Senior Program Director, Offshore Wind": the title itself
    role, company = unshouted(role), unshouted(company)
    if company.islower() and not re.match(r"(?:a|an|the)\s", company):  # "product manager @ fieldnote": a pasted name
        # all in lower case (not "a dairy cooperative", not "a.s.r.")
        company = " ".join(_acronym(w) or (w[:1].upper() + w[1:]) if re.fullmatch(r"[a-z][a-z'-]+", w)
                           and w not in SMALL_WORDS else w for w in company.split())
    company = _institution(company) if language == "en" else company
    role = re.sub(r"\s*\([^)]*\)", "", role).strip()  # "international arbiter (FIDE)"
    if not role or len(role) > 80 or any(n and n in fold(role) for n in names):
        return None  # no role, or the parser took the name for one
    if language == "en" and _foreign(role):  # "your work as Souffleur de néon": the title in another language
        return f"your work at {company}" if company else "your work"
    if language != "en" and _foreign(role, language):  # "Ihre Arbeit als Agronomist": an English title
        role = ""
    if language in ("nl", "fr", "es", "pt", "it") and role[:2].istitle() and not any(
            w[:1].isupper() for w in role.split()[1:]):
        role = role[0].lower() + role[1:]  # "je werk als sluiswachter & vaarwegbeheerder": a common noun
    text = _work_as(role, language, formal)
    if company and fold(company) not in fold(role):
        text += f" {_AT[language]} {company}"
    if language == "en" and not _ONE_OF_A_KIND.match(role):
        # "as a senior actuary at Crestline", "as a tattoo artist at Inkwell" (a reader finds "as Glassblower &
        # Gaffer at Kosta Glasbruk" pasted); never "a Chair of Bioacoustics", "a Head Cartographer"
        titled = [w for w in role.split(" ") if w[:1].isupper() and w[1:].islower()]
        common = role.lower() if titled and all(is_known(w.lower(), "en") or not is_known(w, "en") for w in titled) and \
            all(w.islower() or w in titled or not w.isalpha() for w in role.split(" ")) else role  # "a professional
        # jockey", "an ocularist": a kind (not "an english teacher": the dictionary writes "English")
        common = " ".join("/".join(w.upper() if w.isalpha() and w.islower() and w not in SMALL_WORDS and (
            len(w) == 2 or (len(w) == 3 and not is_known(w, "en"))) else w for w in word.split("/"))
            for word in common.split(" "))  # "ux designer", "ux/ui designer": a UX designer
        first = common.split(" ")[0].split("/")[0]
        vowel = first[:1] in "AEFHILMNORSX" if first.isupper() and len(first) <= 4 else first[:1].lower() in "aeiou"
        text = text.replace(f" as {role}", f" as {'an' if vowel else 'a'} {common}", 1)
    return text


#: a public body's name, said with "the" ("at the State of New Cascadia"); its office after a comma is where one works
_BODY = r"(?:State|City|County|Town|Village|Province|Port|Government|Department|Dept\.?|Office|Ministry|Bureau|Division|Agency|University)"


def _institution(company: str) -> str:
    """``company`` as an English note says it after "at": "State of New Cascadia, Office of Vital Records" -> "the Office
    of Vital Records", "City of Ashford" -> "the City of Ashford"; any other name as it is."""
    last = company.rsplit(", ", 1)[-1]
    if "," in company and re.match(rf"{_BODY} of\b", last):
        return f"the {last}"
    return f"the {company}" if re.match(rf"{_BODY} of\b", company) else company


def _work_as(role: str, language: str, formal: bool | None) -> str:
    """"your work as {role}" in the note's language and "you"; with no role, the work alone ("Ihre Arbeit")."""
    familiar = formal is False or (formal is None and language == "nl")
    text = (_THEIR_WORK_FAMILIAR if familiar else _THEIR_WORK)[language].format(role=role)
    return text if role else text.rstrip().rsplit(" ", 1)[0]


#: a title there is one of, said without "a": one only one person at a firm holds ("as Head Cartographer at
#: Kadaster", "as CEO of …"), or a head of something ("Chair of Bioacoustics", "VP of Sales")
_ONE_OF_A_KIND = re.compile(r"(?:head|chief|director|founder|co-?founder|ceo|cto|cfo|coo|cmo|president|chair|"
                            r"chairman|chairwoman|dean|owner|managing director|general manager|principal)\b|"
                            r"(?:vice[- ]president|vice|vp|professor) (?:of|for)\b", re.I)


def _foreign(title: str, language: str = "en") -> bool:
    """Whether more than half of a title's words are no word of ``language`` ("Souffleur de néon", "Luthière" in
    English; "Agronomist" in German, but not "Product Manager")."""
    words = [w for w in re.findall(r"[^\W\d_]+", title) if len(w) >= 2]
    unknown = sum(not is_known(w.lower(), language) and not is_known(w, language) for w in words)
    unknown += language == "en" and any(not w.isascii() for w in words)  # "Évaluatrice olfactive senior"
    return unknown * 2 > len(words) and (len(words) >= 2 or not title.isascii() or language != "en")
    # (one word in English: "Ocularist" is English)


#: how a terse reason goes on to the person's work, by language (a whole sentence: the model copies it)
_FOLLOW = {"en": "I'd like to follow {work}", "de": "ich würde gern {work} verfolgen",
           "fr": "j'aimerais suivre {work}", "es": "me gustaría seguir {work}", "pt": "gostaria de acompanhar {work}",
           "it": "vorrei seguire {work}", "nl": "ik volg graag {work}"}
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y", "pt": "e", "it": "e", "nl": "en"}
#: a reason that opens by labelling the person ("potential client, ...", "recruiter", "recruiter at a bank" to a
#: recruiter): no sentence to copy
_LABEL = re.compile(r"^\s*(?:(?:a|my|our)\s+)?(?:(?:potential|prospective|possible|future|new|existing|current)\s+)?"
                    r"(?P<noun>client|customer|prospect|lead|vendor|supplier|investor|recruiter|candidate|hire|partner)s?"
                    r"(?P<where>\s+(?:at|for|with|from)\s+(?:a|an)\s+[\w&'-]+(?:\s+[\w&'-]+)?)?\s*(?:[,.;:!—–-]+\s*|$)|"
                    r"^\s*(?:(?:possibile|potenziale) cliente|(?:cliente|clienta) potencial|(?:possível|potencial) cliente|"
                    r"client potentiel|potentielle?r? kund(?:e|in)|potenzielle?r? kund(?:e|in)|potentiële klant|mogelijke klant)\s*(?:[,.;:!—–-]+\s*|$)", re.I)


#: what a headline calls a label's trade ("Talent Acquisition Lead" for "recruiter")
_THEIR_TRADE = {"recruiter": r"recruit|talent|sourc|hiring|\bHR\b|people partner"}


#: a reason that is only the wish to connect, typed with a typo the words above don't know ("conect?", "just
#: networkin")
_CONNECTING_ONLY = re.compile(r"\W*(?:i'm\s+|i am\s+)?(?:just\s+)?(?:wanna\s+|want to\s+|wanting to\s+)?"
                              r"(?:connect(?:ing)?|network(?:ing)?)\W*", re.I)


#: a reason that only says the sender is an alum ("alum", "fellow alumni")
_ALUM = r"\W*(?:i'?m |im )?(?:an? )?(?:fellow )?(?:alum|alumni|alumnus|alumna)"


def completed(spoken_reason: str, why: Why, profile: Profile, language: str, *, formal: bool | None = None) -> str:
    """The reason as the model is given it: a terse one completed with the person's work, as theirs ("same
    field, and I'd like to follow your work as Quality Engineer at Brightline")."""
    if profile.company and re.search(rf"\b(?:in|near|from|around)\s+{re.escape(profile.company)}\b", spoken_reason,
                                     re.I):  # "also in Bristol" after "Structural Engineer · Bristol": a place
        profile = profile.model_copy(update={"company": None})
    theirs = their_work(profile, language, formal=formal)
    if language == "en":
        spoken_reason = suggested_said(spoken_reason)  # "jose said connect"
    school = re.split(r"\s*[·,|—–]\s*|\s+-\s+", profile.education[0])[0].strip() if profile.education else ""
    if language == "en" and school and re.fullmatch(_ALUM + r"(?: too| as well| here)?\W*", spoken_reason, re.I):
        return f"I'm a fellow {school} alum"  # "alum": of the school the profile names (else the model names one)
    if language == "en" and re.fullmatch(_ALUM + r"\W*", spoken_reason, re.I):
        spoken_reason = "we went to the same school"  # (no school on the profile: "I'm an alum" of nothing)
    if language == "en" and (MY_ROLE.match(spoken_reason) or REGARDING.match(spoken_reason)
                             or EVENT_ONLY.match(spoken_reason)):
        return label_said(spoken_reason)  # "my new ward manager", "re: dispatcher job": no sentence to copy
    event = event_said_de(spoken_reason) if language == "de" else None
    if event:
        return event  # "kongress letzte woche": no sentence to copy
    that = THAT_THING.match(spoken_reason) if language == "en" else None
    if that:  # "that seagrass post 🔥": what the sender liked
        return f"I loved your {that.group('thing')}{that.group('rest')}"
    if language == "en" and (FAN.match(spoken_reason) or PRAISE.match(spoken_reason)):
        return praise_said(spoken_reason, theirs) or spoken_reason  # "big fan", "great clinic sat!": said whole
    if language == "en" and re.fullmatch(r"(?:seems|looks|sounds) (?:really |very |super |so )?[a-z]+", spoken_reason):
        work = theirs or "your work"
        return f"{work[:1].upper()}{work[1:]} {spoken_reason}"  # "seems cool": what the person does
    label = _LABEL.match(spoken_reason)
    noun = label.group("noun").lower() if label and label.group("where") else None
    if noun and not re.search(_THEIR_TRADE.get(noun, noun), profile.headline or profile.role or "", re.I):
        label = None  # "recruiter at a staffing agency, I have a contract …": the sender's own job, unless the person's
    if label and (spoken_reason[label.end():].strip() or theirs):
        # "potential client, we do table linen ...", "recruiter": a label for the person, no sentence to copy
        rest = spoken_reason[label.end():]
        spoken_reason, why = (rest[:1].upper() + rest[1:], why) if rest.strip() else ("", "none")
    if why != "specific":  # "fellow vet, thought I'd reach out": the closing says the second half
        kept = [c for c in re.split(r",\s*", spoken_reason) if not ONLY_CONNECTING.search(c)]
        if kept and len(kept) < len(spoken_reason.split(",")):
            spoken_reason = ", ".join(kept)
        praised = praise_said(spoken_reason, theirs) if language == "en" else None
        if praised:
            return praised
    if theirs is None and why == "none" and language in _THEIR_WORK:  # "networking" to a profile with no role
        theirs = _work_as("", language, formal)  # parsed: "I'd like to follow your work"
    work = theirs if why != "specific" else None
    spoken_reason = one_too(same_field_said(former_colleagues_said(spoken_reason, language), language), language)
    # "ancien collègue chez …", "stesso settore(, …)", "collega bibliotecaria": sentences
    if work is None:
        return spoken_reason
    base = spoken_reason.rstrip(" .!,;:")
    if language == "en" and re.search(r"\bfollow(?:ing|ed)?\s+your work\b", base, re.I):  # "follow his work": said once
        base = re.sub(r"^(?:I\s+)?follow\b", "I've been following", base, flags=re.I)
        return re.sub(r"\byour work(?=(?: for (?:a while|a long time|years|ages|some time))?$)", work, base, count=1,
                      flags=re.I) if work.startswith("your work") else base
    follow = _FOLLOW[language].format(work=work)
    if (why == "none" and (len([w for w in words_in(base) if w.lower() not in ("i", "i'm", "we", "we're")]) <= 1
                           or ONLY_CONNECTING.search(base))) or _CONNECTING_ONLY.fullmatch(base):
        return f"{follow[:1].upper()}{follow[1:]}"  # "networking", "thought I'd connect": nothing to say back
    if why == "none" or base.endswith("?"):  # ("hiring?": "Are you hiring? I'd like to follow …")
        return f"{base}{'' if base.endswith('?') else '.'} {follow[:1].upper()}{follow[1:]}"
    return f"{base}, {_AND[language]} {follow}"


_ADVICE = ("a note that says why you want to connect gets accepted more often; with no reason to give, "
           "consider following {name} instead (the note is there if you still want to connect)")


def advice(why: Why, profile: Profile) -> str | None:
    """What to tell the user when their reason gives no real why."""
    if why != "none":
        return None
    return _ADVICE.format(name=profile.first_name or "them")


def told(reason: str, language: str, profile: Profile, *, formal: bool | None = None, sender: str | None = None) -> str:
    """The reason as the model is told it for a new case: its sure typos fixed (the model copies them), in the
    note's voice, a terse one completed with the person's work; a greeting it opens with is the note's to say,
    a clause that instructs the writer ("keep it light") is not said, and a name the profile (or the ``sender``'s
    own line) capitalises is written so."""
    if formal is None and language != "en" and ADDRESS_FORM.search(reason):  # as the reason asks ("tutéalo",
        formal = formality(reason, language)  # "bitte siezen"), before that is unsaid
    kept = without_instructions(reason, all_dropped="")
    offer = offer_asked(kept) if language == "en" else None
    if offer:
        return offer  # "coffee?", "podcast guest?": the question a person would ask
    fixed = corrected(unsigned_hi(ungreeted(_said_something(kept), profile)),
                      language,
                      keep=profile_words(profile), shorthand=shorthand(language))
    in_voice = tidied(spoken(fixed, language, profile, formal=formal), language)
    in_voice = firm_said(seen_said(role_unsaid(restored(in_voice))) if language == "en" else in_voice, language,
                         unshouted(profile.company or ""), formal)
    said = asked(unclosed(completed(in_voice,
                                    why_in(reason, language), profile, language, formal=formal)))
    return as_the_profile_writes(mended(said, profile, language), profile, language, sender)


#: a last clause that only wishes to connect ("..., zou leuk zijn om te connecten", "..., would love to connect")
_WISH_TO_CONNECT = re.compile(r"(?:[,;]|[.!?]|\s+and(?=\s+(?:i\s+)?(?:would|'d)\s+(?:love|like)\b))\s+(?P<wish>[^,;.!?)]{0,40}?\b(?:connect|connecting|connecten|vernetzen|"
                              r"conectar(?:nos|me)?|connecter|collegarci|collegarmi|conectarnos|linken|conectemos|connectons|"
                              r"w(?:ü|ue)rde mich freuen|would be great|zou leuk zijn)"
                              r"(?:\s+(?:here|with you|on linkedin|hier|aqui|aquí|ici|qui))?)\s*[.!]*\s*$", re.I)


def unclosed(text: str) -> str:
    """``text`` without a last clause that only wishes to connect: the note's own closing says that (the model
    kept both: "… zou leuk zijn om te connecten. Ik zou graag connecten.")."""
    text = re.sub(rf"\b(connect),\s+((?:(?:local|fellow|other)\s+)?[\w/&-]+(?:\s+[\w/&-]+)?\s+{_GROUP})\W*$", r"\1 with \2", text,
                  flags=re.I)  # "just want to connect, local pharmacy folks": whom with
    text = re.sub(r"(?<!\bjust)(?<!^i)(?:,\s*|\s+)(?:and\s+)?(?:i\s+)?(?:would|'d|really)?\s*(?:love|like|want|wanna)\s+to\s+"
                  r"(?:be\s+)?connect(?:ed)?(?:\s+with\s+(?:you|her|him|them))?\s*,\s*(\w)",
                  lambda m: ". " + m.group(1).upper(), text,
                  flags=re.I)  # "…, and I would love to be connected, I'm a junior evaluator": the closing says it
    m = _WISH_TO_CONNECT.search(text)
    if m and re.search(r"\b(?:thank|remerci|dank|bedank|agradec|ringrazi|obrigad)", m.group("wish"), re.I):
        # "just want to say thanks and connect", "je voudrais vous remercier et me connecter": the thanks
        return text[:m.start("wish")] + re.sub(r"\s+(?:and|&|n|et|und|y|e|en)\s+(?:me\s+|mich\s+|nos\s+|mi\s+)?"
                                               r"(?:connect|vernetz|conect|collegar)\w*.*$", "", m.group("wish"), flags=re.I)
    if not m or len(words_in(text[:m.start()])) < 4 or re.search(
            r"\b(?:said|says|told|suggested|recommended|thinks|thought|reckons)\b"  # "Rosa M. said we should connect"
            r"|\b(?:you|je|jou|u|Sie|vous|te|ti|la|lo)\s+(?:with|met|mit|avec|con|com)\b", m.group("wish")):
        return text
    return text[:m.start()].rstrip(" ,;")


_GREETING = re.compile(r"^\s*(?:hi|hello|hey|hiya|hola|olá|ola|oi|ciao|hallo|hoi|bonjour|salut|slt|buongiorno|"
                       r"buenos días|bom dia|moin|servus|dag)\b[\s,!.:-]*", re.I)


def ungreeted(reason: str, profile: Profile) -> str:
    """``reason`` without the greeting the user typed at its start ("hoi, zag je post", "ciao ludovica, ci
    siamo conosciute"), with the person's name after it; the note greets by itself. A reason that is only a
    greeting stays as it is."""
    m = _GREETING.match(reason)
    if not m:
        return _unlabelled(reason, profile)
    rest = reason[m.end():]
    name = profile.first_name or ""
    if name and fold(rest[:len(name)]) == fold(name) and not rest[len(name):len(name) + 1].isalnum():
        rest = re.sub(r"^[\s,!.:-]*", "", rest[len(name):])
    return rest if any(c.isalnum() for c in rest) else reason


def _unlabelled(reason: str, profile: Profile) -> str:
    """``reason`` without the person's name typed first as a label ("jim, met on the ferry"), and "kate bell from
    sparsholt!!" said as where the two know each other from."""
    names = (profile.name or "").split()
    if not profile.first_name or len(names) < 2 or len(fold(reason)) != len(reason):
        return reason
    m = re.match(rf"\s*{re.escape(fold(profile.first_name))}(?:\s+{re.escape(fold(names[-1]))})?(?:\s*[,:!–—-]+\s*|"
                 r"\s+(?=from\s))", fold(reason), re.I)
    if not m or not re.search(r"\w", reason[m.end():]):
        return reason
    rest = reason[m.end():]
    return f"we know each other {rest}" if rest.lower().startswith("from ") else rest


def unsigned_hi(reason: str) -> str:
    """``reason`` without a greeting typed at its end ("ux reseach too, hi"): the note greets by itself."""
    return re.sub(r"(?<=\w)\s*[,;.-]\s*(?:hi|hello|hey|hola|oi|ciao|hallo|hoi|salut)\W*$", "", reason, flags=re.I) or reason


def profile_words(profile: Profile) -> set[str]:
    """The words of what the parser found (names, titles, companies), lower case: never "typos"."""
    fields = [profile.name, profile.first_name, profile.headline, profile.role, profile.company, profile.location,
              profile.about, *profile.activity, *profile.experience, *profile.education]
    return {fold(w) for text in fields if text for w in words_in(text)} | {
        w.lower() for text in fields if text for w in words_in(text)}
