"""The user's reason, said to the person: what the model is asked to turn into a note.

Users type reasons about the person in the third person, in shorthand ("heard her on her pod, the ep about
handoffs. im a new grad"). The small default model copies much of what it is given, so every grammar error
made here ends up in the note. Reasons are put in the note's voice before the model sees it:

- English (:mod:`.english`, :mod:`.subjects`): the person's pronouns and name become "you"/"your" with the
  verb agreeing, a sentence with no subject gets "I"/"I'm"/"we", common shorthand is spelled out, weekdays and
  months get their capital.
- Spanish, Portuguese, French, Italian (:mod:`.romance`), German and Dutch (:mod:`.germanic`): the person's
  third person becomes "you", formal or informal (:func:`.address.formality` decides from the reason unless
  the caller does); other languages are left as they are.
- In every language, names the profile writes with capitals ("night shift notes" -> "Night Shift Notes")
  are written the same way, so the model does not copy them in lower case.

Where a rule cannot be sure who a pronoun means or what the grammar needs, the words are left as they are:
the model can still tidy them; a wrong rewrite cannot be undone. "rahul said he thinks she could help" keeps
"he"; "my friend ana said she would intro us" keeps "she".
"""

from __future__ import annotations

import re

from ..paste.vocabulary import ROLE_NOUNS
from ..schema import Profile
from ..text.folding import fold
from ..text.spelling import is_known
from .address import formality
from .casing import beside_a_name, cased_like_profile
from .english import second_person
from .english_words import DEGREES, NOT_NAMES, RELATION_WORDS
from .germanic import dutch, german, subjects_given_back
from .romance import french, italian, portuguese, spanish
from .shorthand import SHORTHAND_OTHER, set_phrases
from .comma_clauses import comma_subjects
from .subjects import MONTHS, SHORTHAND, spelled_out, with_subjects

__all__ = ["formality", "shorthand", "spoken", "tidied"]

_FILLER = re.compile(r"(?:,\s*|\s+)\b(?:lol|lmao|haha+|tbh|ngl|imo|fwiw)\b", re.I)
#: how a typed story starts ("ok so she wrote this long post", "so my cousin jess ..."), not the note's words
_LEADING_FILLER = re.compile(r"^(?:(?:ok|okay|alright|um+|uh+|hm+|well)\b[,.]?\s+)*(?:so\b,?\s+)?"
                             r"(?=(?:i|im|i'm|my|we|we're|she|he|they|she's|he's|her|his|their|our|the|this)\b)", re.I)
_OTHER_LANGUAGES = {"es": spanish, "pt": portuguese, "de": german, "fr": french, "it": italian, "nl": dutch}


def spoken(reason: str, language: str, profile: Profile | None = None, *, formal: bool | None = None) -> str:
    """``reason`` as the sender would say it to the person. ``formal``: the polite "you" (usted, Sie, vous,
    Lei, u) or not (tú, du, tu, je); None decides from the reason (:func:`formality`). English has no such
    choice; languages without rules are left as they are."""
    text = _FILLER.sub("", reason).strip()
    if language == "en":
        text = _LEADING_FILLER.sub("", text)
        text = _their_firm_as_yours(second_person(comma_subjects(spelled_out(_identified(text))), profile), profile,
                                    reason)
    elif language in _OTHER_LANGUAGES:
        text = _spelled_out_other(text, language)
        pronouns = (profile.pronouns or "").strip().lower() if profile else ""
        gender = "f" if pronouns.startswith("she") else "m" if pronouns.startswith("he") else None
        text = _OTHER_LANGUAGES[language](text, formality(reason, language) if formal is None else formal, gender)
    text = _RELATED_NAME.sub(lambda m: m.group(1) + m.group(2)[:1].upper() + m.group(2)[1:], text)
    if profile is not None:
        text = _named_as_you(cased_like_profile(text, profile, language), language, profile)
    return _seen(with_subjects(beside_a_name(_event_names(text)))) if language == "en" else text


#: a name typed in lower case at the reason's start, that the words after it say whose ("a renata, minha colega do
#: plantão, disse …", "jess, my old teammate, said …")
_RELATED_NAME = re.compile(
    r"^(\W*(?:(?:a|o|el|la|il|lo|le|de|die|der)\s+)?)([a-zà-ÿ][a-zà-ÿ'-]+)(?=,\s+(?:my|our|minha|meu|nossa|nosso|mi|"
    r"nuestra|nuestro|mia|mio|nostra|nostro|ma|mon|notre|meine?|unsere?|mijn|onze)\s+(?:[a-zà-ÿ-]+\s+)?(?:colleague|"
    r"coworker|friend|cousin|sister|brother|boss|manager|neighbou?r|teammate|classmate|mentor|colega|amiga|amigo|prima|"
    r"primo|irmã|irmão|chefe|compañera|compañero|hermana|hermano|jefa|jefe|collega|amica|amico|cugina|cugino|sorella|"
    r"fratello|capo|collègue|amie|ami|cousine|sœur|frère|cheffe|kollegin|kollege|freundin|freund|schwester|bruder|"
    r"chefin|vriendin|vriend|zus|broer|baas)\b)")
_IDENTIFIED = re.compile(r"\b(?:this|that|it)(?:'s|’s| is| was| must be)\s+(?:them|him|her)\b", re.I)
_ROLE_OF = re.compile(r"\b(?:their|his|her)\s+(?=(?:[a-z&]+\s+){0,2}(?:director|manager|head|lead|ceo|cto|cfo|coo|"
                      r"founder|owner|recruiter|buyer|rep|representative|engineer|chef|partner|officer|president)\b)",
                      re.I)


def _identified(text: str) -> str:
    """"met their ops director at the expo ... pretty sure this is them": the person is the one met, so the role
    is "the ops director" (not "your ops director")."""
    return _ROLE_OF.sub(lambda m: "The " if m.group(0)[:1].isupper() else "the ", text) if _IDENTIFIED.search(text) \
        else text


_THEY_AS_YOU = {"they": "you", "them": "you", "their": "your", "theirs": "yours", "they're": "you're",
               "theyre": "you're", "they've": "you've", "theyve": "you've", "they'd": "you'd", "they'll": "you'll"}
_THEY = re.compile(r"(?<![\w'’])(" + "|".join(map(re.escape, _THEY_AS_YOU)) + r")(?![\w'’])", re.I)
#: plural nouns a later "they" may mean instead of the person's firm
_OTHERS = re.compile(r"\b(?:friends|colleagues|people|folks|guys|kids|parents|students|customers|clients|users|"
                     r"members|investors|partners|founders|others|both|recruiters|candidates|engineers|nurses|crews?|"
                     r"staff|workers|drivers|patients|teams|volunteers|families|residents|growers|farmers|players)\b",
                     re.I)


#: "saw your post that they're hiring ... before they pick vendors": what the person posted of their own team
_YOUR_NEWS_THEY = re.compile(r"(\b(?:your (?:post|update|announcement|comment|ad|listing|message)|you (?:posted|said|"
                             r"wrote|mentioned|shared))(?: that| saying)? )"
                             r"((?:they're|theyre|they are|they've|theyve|they have|they)\b[^.!?;]*)", re.I)


#: what the sender's firm does for the person's ("we run their POS")
_WE_SERVE_THEIR = re.compile(r"\b((?:we|I)(?:'ve| have)? (?:already |currently |also |still )?(?:supply|supplied|run|ran|"
                             r"serve|served|handle|handled|manage|managed|ship|shipped|deliver|delivered|service|"
                             r"maintain|maintained|insure|insured|audit|audited|host|hosted|built|install|installed|"
                             r"print|printed|cater|catered) )their\b", re.I)
#: the sender's own group or things, whom a later "they" may mean ("my team … they", "our chairs … they")
_OUR_GROUP = re.compile(r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:team|co-?founders?|company|firm|startup|agency|lab|"
                        r"group|class|cohort|department|dept|org|board|band|crew|family|staff|[\w-]*[^\Ws]s(?=\s*(?:[,.;:!?)]|$|"
                        r"(?:and|or|are|were|have|had|that|which)\b)))(?![\w-])",
                        re.I)  # ("our chairs … how they're holding up": the chairs)
_HE_OR_SHE = re.compile(r"\b(?:she|he|her|him|his|hers|she's|he's|shes|hes)\b", re.I)


def _their_firm_as_yours(text: str, profile: Profile | None, reason: str) -> str:
    """"They" said to the person as "you": where no "he" or "she" is in the reason and no one else could be meant
    ("saw their talk on pinning" -> "your talk"), and after the person's firm is named ("she's the buyer at
    fjordline, they use our sensors and i just took over as their account manager" -> "you use our sensors ...
    your account manager"); a reader finds "they" odd to the buyer's face. Not where the person is "they" by
    their pronouns (handled with the rest of the person's pronouns) or other people could be meant. ``reason``:
    as typed, before "she" became "you"."""
    if profile is None or (profile.pronouns or "").lower().startswith("they"):
        return text
    text = _YOUR_NEWS_THEY.sub(lambda m: m.group(1) + _as_you(m.group(2)), text)
    text = _WE_SERVE_THEIR.sub(r"\1your", text)  # "we supply their in-store bakery line": the person's firm's
    theys = list(_THEY.finditer(text))
    # "they're replacing ticket machines per their tender … her radar": with the person already "you", the firm
    # "they" is the person's too
    person_is_you = not _HE_OR_SHE.search(text) and re.search(r"\byou(?:r|'re|'ve)?\b", text, re.I)
    ours = re.search(r"\b(?:our|my|we|we're|us)\b", text[:theys[0].start()], re.I) if theys else None
    if theys and (person_is_you or not _HE_OR_SHE.search(reason)) and not (
            _OTHERS.search(text, 0, theys[-1].start())  # others named after the last "they" are not what it means
            or _OUR_GROUP.search(text, 0, theys[0].start())):
        # "saw their talk": the person; "we make sensors for reefer trucks … relevant for their fleet": the
        # person's firm (a reader finds "their fleet" odd to their face); where the person was "she" or the
        # sender's side is named, "them" may be things ("we print them")
        them = re.search(r"\bthem\b", text, re.I)
        things = ours and them and re.search(r"\b[a-z]{3,}[^\Wsiu]s\b", text[ours.end():them.start()], re.I)
        return _as_you(text, objects=not things and (bool(ours) or not person_is_you or not _HE_OR_SHE.search(reason)))
        # ("we're pitching them our software": no thing named for "them" to be, the person's side)
    if _HE_OR_SHE.search(reason) and re.search(r"\byou(?:r|'re|'ve)?\b", text, re.I):
        # "how they got the docs on board" about her clinic: how the person's side did it, said to them
        text = re.sub(r"\b(how) (they|they've|theyve)\b(?= (?:\w+ed|got|did|made|built|ran|won|kept|brought|dealt|"
                      r"went|set|grew|pulled|took|found|sold|got|beat|cut|paid|put|ran|spent|wrote)\b)",
                      lambda m: f"{m.group(1)} {_THEY_AS_YOU[m.group(2).lower()]}", text, flags=re.I)
    if not profile.company or not re.search(r"\byou(?:r|'re|'ve)?\b", text, re.I) and _HE_OR_SHE.search(reason):
        return text  # the person is "she" yet never "you": the firm's "they" may be anyone's
    words = [w for w in re.findall(r"[^\W\d_]+", profile.company) if len(w) >= 4]
    m = re.search(r"\b" + re.escape(words[0]) + r"\b", text, re.I) if words else None
    if not m or any(not re.search(r"\bone of (?:our|the|my) (?:\w+ )?$", text[:o.start()], re.I)
                    for o in _OTHERS.finditer(text, m.end())):  # "Saigon Green, one of our audit clients" is the firm
        return text
    return text[:m.end()] + _as_you(text[m.end():])


def _as_you(text: str, objects: bool = True) -> str:
    return _THEY.sub(lambda t: t.group(0) if not objects and t.group(1).lower() == "them"
                     else _THEY_AS_YOU[t.group(1).lower()], text)


def _seen(text: str) -> str:
    """A note that opens by telling the person their own job reads oddly ("Hi Lan, you're the chief accountant
    at Saigon Green"): said as what the sender saw ("I see you're the chief accountant ...")."""
    return _YOUR_JOB.sub("I see you're ", text)


#: "you're the MD at ...", "you're a recruiter for ...": a job (not "you're the best recruiter I've worked with",
#: "you're a couple of years ahead of me")
_YOUR_JOB = re.compile(r"^(?:you're|you are) (?=(?:the|a|an) (?:(?!(?:best|worst|most|first|"
                       r"only|one|couple|few|lot|bit|year|years|ahead|behind|reason|guy|person)\b)[\w&'-]+ ){1,4}"
                       r"(?:at|of|for|in)\b)")


_IT_IS = re.compile(r"(?:(?<=\b[Nn]on )|(?<=\b[Qq]ual )|(?<=\b[Cc]['’])|(?<=\b[Cc]os['’])|(?<=\b[Dd]ov['’])|"
                    r"(?<=\b[Cc]om['’])|\b(?=[Ee] (?:stato|stata|stati|state|uguale|vero|vera|bello|bella|giusto|"
                    r"giusta|possibile|impossibile|importante|interessante|fantastico|fantastica|incredibile|identico|"
                    r"identica|normale|difficile|facile|utile|chiaro|chiara)\b))([Ee])\b(?!['’])")
_DE_DAYS = {"mo": "Montag", "di": "Dienstag", "mi": "Mittwoch", "do": "Donnerstag", "fr": "Freitag", "sa": "Samstag",
            "so": "Sonntag"}
def shorthand(language: str) -> set[str]:
    """The texting shorthand spelled out for ``language`` (never a typo or a code: "tb" is "também", not "TB")."""
    return set(SHORTHAND) | set(MONTHS) | {"eng"} if language == "en" else set(SHORTHAND_OTHER.get(language, ()))


def _spelled_out_other(text: str, language: str) -> str:
    """Shorthand spelled out, a German weekday typed short after "letzten"/"am" written whole, and "ich"/"ik"
    given back to a sentence that opens on the sender's own verb (Spanish, Portuguese and Italian drop it by
    rule and keep their verb's person)."""
    table = SHORTHAND_OTHER.get(language, {})
    text = set_phrases(text, language)
    if language == "de":  # "seilbahnen u. lifte": "und"
        text = re.sub(r"(?<![\w'’.-])u\.(?=\s)", "u", text)
    text = re.sub(r"(?<![\w'’-])(?<!\d )([^\W\d_]+)(?![\w'’-])",  # "480 grad" is a unit, not "gerade"
                  lambda m: table.get(m.group(1), m.group(1)) if m.group(1).islower() else m.group(1), text)
    if language == "pt":  # "to abrindo uma marca" (tô): "estou abrindo"; "p/ streaming": "para"
        text = re.sub(r"\bto\s+(?=[^\W\d_]+ndo\b)", "estou ", text)
        text = re.sub(r"\bta\s+(?=[^\W\d_]+ndo\b)", "está ", text)  # "como ta indo": "como está indo"
        text = re.sub(r"(?<![\w/])([pc])/(?=\s)", lambda m: "para" if m.group(1) == "p" else "com", text)
        text = re.sub(r"(?<![\w'’/-])(?<!vitamina )(?<!linguagem )(?<!letra )c (?=[^\W\d_]{2,})", "com ",
                      text)  # "falar c ela", "trabalho c marketplace": "com"
    if language == "fr":  # "l elevage", "d engraissement", "qu il": the apostrophe left out
        text = re.sub(r"(?<![\w'’])([LlDdJjMmNnSsTtCc]|[Qq]u|[Ll]orsqu|[Pp]uisqu|[Jj]usqu) (?=[aeiouhéèêàâîôûy]\w)",
                      r"\1'", text)
        text = re.sub(r"\b((?:re)?cherche) (poste|stage|emploi|job|contrat) (?!de\b|d'|dans\b|en\b|à\b|comme\b)(\w)",
                      lambda m: f"{m.group(1)} un {m.group(2)} {'d' + chr(39) if m.group(3) in 'aeiouhéè' else 'de '}"
                                f"{m.group(3)}", text)  # "cherche poste aiguilleur": "un poste d'aiguilleur"
        text = re.sub(r"\bcandidature (?:déjà )?envoyée\b", "j'ai envoyé ma candidature", text)
        text = re.sub(r"\b([dl])['’](?:xp|exp)\b", r"\1'expérience", text)  # "4 ans d'xp"
    if language == "it":  # "da noi e uguale", "non e facile", "c'e": è typed without its accent; "anch io"
        text = _IT_IS.sub(lambda m: "È" if m.group(1) == "E" else "è", text)
        text = re.sub(r"\b([Aa]nch|[Qq]uest|[Qq]uell|[Dd]ell|[Nn]ell|[Ss]ull|[Tt]utt) (?=[aeiouAEIOU]\w*\b)", r"\1'",
                      text)
    if language == "de":
        text = re.sub(r"\b(letzten|nächsten|kommenden|diesen|am|jeden)\s+(mo|di|mi|do|fr|sa|so)\b\.?",
                      lambda m: f"{m.group(1)} {_DE_DAYS[m.group(2).lower()]}", text, flags=re.I)
    text = subjects_given_back(text, language)
    return text


def tidied(text: str, language: str) -> str:
    """The reason in the note's voice, tidied where the model would copy the user's typing: two sentences
    joined by a comma split, a friend's name and codes capitalised, a short weekday spelled out (English);
    "I met you" said as "we met" (Spanish, Portuguese, Italian, French)."""
    if language == "en":
        return _split_run_ons(_opening_name(_you_are_my(_slang_praised(_tidy_words(text)))))
    if language == "es":  # "la vi en la feria de café" (I saw her): "coincidimos en la feria" (no "la" to misread)
        text = re.sub(r"\b([Ll]a|[Ll]o|[Tt]e) vi (?=en\b)", lambda m: "Coincidimos " if m.group(1)[0].isupper()
                      else "coincidimos ", text)
    return _WE_MET[language].sub(_WE_MET_AS[language], text) if language in _WE_MET else text


#: "la conocí en la feria" (I met her/you) -> "nos conocimos" (we met): natural, and no gender or "you" to get
#: wrong; the model drops or garbles the object pronoun otherwise ("ho conosciuto la fiera")
_WE_MET = {
    "es": re.compile(r"\b(?:[Ll]a|[Ll]o|[Ll]e|[Tt]e) conocí\b"),
    "pt": re.compile(r"\b(?:[Cc]onheci (?:você|ela|ele|a senhora|o senhor)|[Tt]e conheci|[OoAa] conheci)\b"),
    "it": re.compile(r"\b(?:[Ll]['’]ho|[Tt]i ho|[Ll]a ho|[Ll]o ho) conosciut[oa]\b"),
    "fr": re.compile(r"\b[Jj]e (?:l['’]ai|vous ai|t['’]ai) rencontré(?:e|s|es)?\b"),
}
_WE_MET_AS = {"es": "nos conocimos", "pt": "nos conhecemos", "it": "ci siamo conosciuti",
              "fr": "nous nous sommes rencontrés"}
#: a comma between two whole sentences ("you're hiring at lakemont, I have 2 years as a CRC"), not after a
#: clause that leads into the next ("if I take the job, I'd …")
_RUN_ON = re.compile(r"(?P<before>[^.!?,;:]{12,}), (?P<who>I|I'm|I've|I'd|we|we're|my|our|you|you're|your|"
                     r"start date|the start date)\b(?= \w)")
_LEADS_IN = re.compile(r"\b(?:if|when|whenever|because|since|although|though|after|before|while|until|once)\b",
                       re.I)


_MY_ROLE = re.compile(r"(?P<lead>(?:^|[,;]\s*)(?:so |and )?)(?P<hedge>(?:basically|technically|kind of|sort of|pretty much|"
                      r"practically) )?(?P<role>my (?:new |future |next |soon-to-be |direct )?(?:boss|manager|"
                      r"line manager|supervisor|team lead|lead|head chef|chef|captain|mentor|teacher|trainer|coach|"
                      r"landlord|neighbour|neighbor|colleague|teammate))(?=\s*(?:[.;!?]|$))", re.I)


#: one word of slang praise after a comma at a sentence's end ("the rig you did at the corn exchange, mad")
_SLANG_PRAISE = re.compile(r",\s*(?:mad|sick|insane|unreal|wild|class|epic|legendary|fire)\s*(?=[.!]|$)", re.I)


def _slang_praised(text: str) -> str:
    return _SLANG_PRAISE.sub(". Really impressive", text)


def _you_are_my(text: str) -> str:
    """A clause that is only the person's role to the sender ("…, so basically my new boss") says "you're"."""
    return _MY_ROLE.sub(lambda m: f"{m.group('lead')}you're {m.group('hedge') or ''}{m.group('role')}", text)


def _opening_name(text: str) -> str:
    """A name the reason opens on, typed in lower case, with its capital ("priya said you're ..."): a word no
    dictionary knows before "said", "told", "from", "at" or "mentioned"."""
    m = re.match(r"([a-z][a-z'-]{2,})(?= (?P<verb>said|says|told|from|at|mentioned|suggested|recommended|thinks)\b)",
                 text)
    if not m:
        return text
    said = m.group("verb") in ("said", "says", "told", "suggested", "recommended") and m.group(1) not in _SAYERS
    return m.group(1).capitalize() + text[m.end():] if said or not is_known(m.group(1), "en") else text
    # ("anders said to reach out": a dictionary may know a name, but a bare word that "said" is someone's name)


_SAYERS = {"she", "he", "they", "who", "which", "that", "this", "everyone", "everybody", "someone", "somebody", "nobody",
           "mom", "mum", "dad", "people", "recruiter", "management", "boss", "friend", "friends", "one", "all", "both",
           "each", "many", "most", "also", "just", "hr", "linkedin", "article", "post", "news"}  # no name's words


def _split_run_ons(text: str) -> str:
    """Two sentences joined by a comma, as people type them, become two sentences (the model copies the
    comma otherwise)."""
    def split(m: re.Match) -> str:
        before = m.group("before")
        clause = re.split(r"[.!?]\s+", before)[-1]
        if _LEADS_IN.search(clause) or re.match(r"\s*(?:so|and|but|or|as)\b", clause, re.I) \
                or before.count("(") > before.count(")"):  # "(I wrote it, he added a comment)": an aside stays one
            return m.group(0)
        who = m.group("who")
        return f"{before}. {who[:1].upper()}{who[1:]}"
    return _RUN_ON.sub(split, _NAME_SAID.sub(split, text))


#: a job's last word, singular (the profile parser's role nouns, and trades it leaves out because they are also
#: surnames: "Tim Cook"): what "I'm hiring …" names one of, where it ends the phrase ("kitchen manager in Leeds",
#: not "lead engineers")
_ROLE_NOUN = ("(?:" + "|".join(sorted(map(re.escape, ROLE_NOUNS | {"chef", "cook", "driver", "carpenter", "paralegal"}),
                                      key=len, reverse=True)) + r")\b"
              r"(?=$|[,.;:!?)]| (?:in|at|for|with|to|who|on|from|and|or|based|starting|asap|remote|hybrid)\b)")
_RELATION = (r"(?:mate|buddy|pal|friend|colleague|coworker|co-worker|boss|manager|mentor|cousin|sister|brother|"
             r"wife|husband|partner|teammate|classmate|neighbou?r|professor|teacher|recruiter)")
_SAYS = r"(?:said|says|told|tells|suggested|mentioned|recommended|thinks|thought|introduced|reckons|swears)\b"
#: a comma before someone named who said something ("you're the vet my cousin Aoife works for, Aoife told me to …")
_NAME_SAID = re.compile(rf"(?P<before>[^.!?,;:]{{12,}}), (?P<who>[A-Z][a-z]+(?: [A-Z][a-z]+)? {_SAYS})(?= \w)")
_NOT_A_CODE = re.compile(r"\d+(?:st|nd|rd|th|s|k|m|am|pm|yrs?|h|x|mm|cm|km|kg|g|ml|hz|khz|mhz|ghz|gb|mb|tb|kw|mw|ha|ct|oz|"
                         r"lbs?|ft|kwh|mwh|gwh|gw|t|l|px|mg|mcg|min|mins|hrs?|wks?|ppm|bar|psi)")


def _tidy_words(text: str) -> str:
    """What a note must not copy in the user's shorthand: a friend's name in lower case after "my mate"
    ("my mate dev said" -> "Dev"), codes in lower case ("3pl" -> "3PL"), a weekday typed short after an
    event's name ("the Desert Garden Expo sat" -> "the Desert Garden Expo on Saturday")."""
    text = re.sub(r"\bid (?=(?:be|love|like|say|rather|want|prefer|been|never|always|also|really)\b)", "I'd ", text)
    text = re.sub(r"\b([A-Z][a-z]+) ([a-z])\.?(?= (?:said|says|told|mentioned|suggested|recommended|introduced|thinks)\b)",
                  lambda m: f"{m.group(1)} {m.group(2).upper()}.", text)  # "Kev d said": an initial, "Kev D."
    text = re.sub(r"(?<![\d:])(?<!\d )\bpm(s?)\b(?!\s*(?:today|tonight|tomorrow|est|pst|cet|gmt|utc|et|pt)\b)", r"PM\1",
                  text)  # "pm too": a product manager (a time follows its digits: "3 pm")
    text = re.sub(r"(\b(?:post|talk|article|video|thread|podcast|episode|paper|piece|newsletter|webinar|keynote|panel|"
                  r"interview|book|blog)\b[^.!?,;]*),\s+((?:very|really|so|super)\s+)?(good|useful|helpful|interesting|"
                  r"insightful|smart|clever|great|solid)\s*(?=$|[.!?])", r"\1. It was \2\3", text)  # "saw ur post, v good"
    text = re.sub(r"\b(at|from|on|during|after) (?=[A-Z]{2,6} (?:conference|summit|meetup|expo|forum|congress|symposium|"
                  r"workshop|festival|convention)\b)", r"\1 the ", text)  # "your talk at RW conf": at the RW conference
    text = re.sub(rf"\b(my (?:old |former |new |best )?{_RELATION}) ([a-z][a-z'-]+)"
                  rf"(?=(?: (?:at|from)(?: the| my| our)?(?: [\w-]+){{1,4}}?)? {_SAYS})",
                  lambda m: f"{m.group(1)} {m.group(2)[:1].upper()}{m.group(2)[1:]}", text)
    text = re.sub(rf"(?:^|(?<=[.!?] ))([a-z][a-z'-]+)(?= from (?:the|my|our) (?:[\w-]+ ){{1,4}}?{_SAYS})",
                  _name_cased, text)  # "tomasz from the lx crew said"
    text = re.sub(r"\b([a-z][a-z'-]{2,})(?= (?:alumni|alum|alumnus|alumna|grads?|graduates)\b)", _school_cased,
                  text)  # "glenmore alumni"
    text = re.sub(r"\b((?:wo|fisher|sports|trades|crafts|police|fire|chair|business|sales|gentle)?men|children)s\b",
                  r"\1's", text, flags=re.I)  # "childrens social workers"
    text = re.sub(r"\b((?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|tomorrow)s (?=[a-z])"
                  r"(?!(?:and|or|are|were|at|in|on|off|only|i|we|you|he|she|they|too|as|for|with|from|after|before)\b)",
                  r"\1's ", text, flags=re.I)  # "saturdays prize cryptic": the day's
    text = re.sub(r"\b((?:a|an|senior|junior|staff|lead|principal|software|backend|frontend|data|ml|platform|chief|ex|head) )eng\b"
                  r"(?!['’-])", r"\1engineer", text)  # "a senior eng at ..."
    text = re.sub(r"\b((?:a|an)(?: [a-z]+){1,3} )eng\b(?= (?:w|with|at|for|in)\b|\s*[,.;]|$)", r"\1engineer",
                  text)  # "a controls eng w 6", "an analog layout eng with"
    text = re.sub(r"\beng\b(?!['’-])", "engineering", text)  # "a civil eng student", "moving into eng"
    text = re.sub(r"\b(msc|bsc|mphil|dphil|meng|beng|llb|llm|mba|phd|ma|ba)\b(?= (?:at|in|from|programme|program|"
                  r"course|degree|student|thesis|dissertation)\b)|\b(msc|bsc|mphil|dphil|meng|beng|llb|llm|mba|phd)\b",
                  lambda m: DEGREES[(m.group(1) or m.group(2)).lower()], text, flags=re.I)  # "the msc at st aldhelms"
    text = re.sub(r"(^|[,.;!?]\s+)(be (?:great|nice|good|cool|awesome|lovely|fun|helpful|useful) to)\b",
                  lambda m: m.group(1) + ("it would " if m.group(1).strip() in (",", ";") else "It would ")
                  + m.group(2), text)  # "you've got your own firm now, be good to reconnect"
    text = re.sub(r"\b(so|and|but) (want|wanted|need|hope|hoping|plan|planning) to\b", r"\1 I \2 to",
                  text)  # "you'd be my manager so want to intro myself first"
    text = re.sub(r"\b(and|but|so) (would be (?:great|nice|good|cool|awesome|lovely|fun|helpful|useful) to)\b",
                  r"\1 it \2", text)  # "... jobs in wales and would be great to connect"
    text = re.sub(r"\b(my (?:dad|mum|mom|mother|father|wife|husband|uncle|aunt|auntie|grandad|grandpa|grandma|nan|"
                  r"gran|cousin|sister|brother|son|daughter|boss|neighbour|neighbor|partner|colleague|mate|friend))s "
                  r"(?=[a-z])(?!(?:said|say|says|told|tell|is|are|was|were|have|has|had|think|thought|want|and|or|who)\b)",
                  r"\1's ", text, flags=re.I)  # "my dads old paddock": one has one dad
    text = re.sub(r"\b((?:[Mm]r|[Mm]rs|[Mm]s|[Mm]x|[Dd]r|[Pp]rof)\.? )([a-z][a-z'-]+)",
                  lambda m: m.group(1).capitalize() + m.group(2).capitalize()
                  if m.group(1)[:1].isupper() or not is_known(m.group(2), "en") else m.group(0),
                  text)  # "Mr ekwueme", "dr hakim" (not "the prof said")
    text = re.sub(r"\b((?:Mr|Mrs|Ms|Mx|Dr|Prof)\.? [A-Z][a-z'-]+ )([a-z][a-z'-]+)\b(?= (?:said|says|told|who|from|at|"
                  r"mentioned|suggested|recommended|thinks)\b)", lambda m: m.group(1) + m.group(2).capitalize(),
                  text)  # "Dr. Halima yusuf said": her surname
    text = re.sub(rf"\b((?:my|our) (?:old |former |ex[- ])?(?:{'|'.join(sorted(RELATION_WORDS))}) )([a-z][a-z'-]+"
                  r"(?: (?!(?:really|also|just|actually|once|still|literally|basically|already|never|always|who|and|"
                  r"then|too|here|there)\b)[a-zA-Z][a-z'-]{2,}(?<!ly))?)"
                  r"(?= (?:said|says|told|works|worked|is|was|who|from|at|mentioned|suggested|recommended|thinks|"
                  r"introduced|knows|did|does|went|studied|buys|bought|met|uses|used|has|had|got|runs|ran|"
                  r"trained|played|sings|plays|recommends)\b)", lambda m: m.group(1) + _titled(m.group(2))
                  if m.group(2).split()[0] not in NOT_NAMES else m.group(0), text)  # "my cousin dev works with you",
    # "my cousin jess park worked with you"
    text = re.sub(r"\bbig ?(4|four)\b", lambda m: "Big " + m.group(1).capitalize(), text)  # the audit firms: not "BIG4"
    text = re.sub(r"\b(master|bachelor)s (degree|thesis|program|programme|student|course|project)\b", r"\1's \2", text,
                  flags=re.I)  # "my masters thesis"
    text = re.sub(r"(?:^|(?<=[.!?,;] ))(?:just |quickly )?intro(?:duce)? myself\b", "I'd like to introduce myself", text,
                  flags=re.I)  # "intro myself, say ill send …": told to the writer, said as the sender's
    text = re.sub(r"(?:^|(?<=[.!?;] ))just (?:a |an )?(?:(?:quick|friendly|short|brief|little|warm) )?(?:intro|introduction)"
                  r"(?=\W*$|[.!?])", "I wanted to introduce myself", text, flags=re.I)  # "…. just a friendly intro"
    text = re.sub(r"(?<![\w'’])(?<!you )(?<!we )(?<!they )re (?=(?:the|your|our|my|his|her|their|a|an)\b)", "about ",
                  text)  # "stay in touch re the campaign"
    text = re.sub(r"\b(for|have|book|grab|schedule|do) (\d+)[ -]?(?:min|mins|minute|minutes) (?=(?:\w+ )?(?:chat|call|"
                  r"coffee|conversation|meeting|zoom|catch-up)\b)", r"\1 a \2-minute ", text)  # "ask for 15 min advice chat"
    text = re.sub(r",\s+(good|great|competitive|top|strong|decent) (day rates|rates|pay|salary|benefits)\b(?=\s*[.;!?]|$)",
                  r", with \1 \2", text)  # "a 6 month shutdown in rotterdam, good day rates": what comes with it
    text = re.sub(rf"\b((?:I'm|I am|we're|we are) (?:hiring|recruiting)) (?=(?:[a-z][\w-]* ){{0,3}}{_ROLE_NOUN})"
                  r"(?!(?:a|an|the|our|my|some|two|three|\d+|several|more|new|for|at|in)\b)",
                  lambda m: m.group(1) + (" an " if re.match(r"[aeiou]", text[m.end():], re.I) else " a "),
                  text)  # "I'm hiring kitchen manager": a kitchen manager
    text = re.sub(r"\b(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])([a-z0-9]{2,4}?|[a-z]{4}\d)(s?)\b",  # "u16s" -> "U16s", "ifrs9"
                  lambda m: m.group(0) if _NOT_A_CODE.fullmatch(m.group(0)) else m.group(1).upper() + m.group(2),
                  text)
    text = re.sub(r"\b(?:[Cc](?:eo|to|fo|oo|mo|io|iso|po|ro|so)|[Ss]vp|[Ee]vp|vp|ux|qa)(?=s?\b)", lambda m: m.group(0).upper(),
                  text)  # "our cto said", "the ciso": not "Cto"
    return re.sub(r"\b([A-Z][\w'-]*) (mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b(?=[,.;]|$)",
                  lambda m: f"{m.group(1)} on {SHORTHAND[m.group(2)]}", text)


def _titled(name: str) -> str:
    """A name typed in lower case with its capitals ("grace mccrae" -> "Grace McCrae")."""
    return re.sub(r"\bMc[a-z]", lambda m: m.group(0)[:2] + m.group(0)[2].upper(), name.title())


def _name_cased(m: re.Match) -> str:
    """A word no English dictionary knows, where a name stands, with its capital."""
    return m.group(1) if is_known(m.group(1), "en") else m.group(1).capitalize()


def _school_cased(m: re.Match) -> str:
    """A school's name before "alum", capitalised; three letters no dictionary knows are initials ("ubc": UBC)."""
    word = m.group(1)
    unknown = len(word) == 3 and not is_known(word, "en") and not is_known(word.capitalize(), "en")
    return word.upper() if unknown else _name_cased(m)


_EVENT = re.compile(
    r"\b(?P<lead>the) (?P<name>(?:[a-z0-9][\w+&'-]*|[A-Z][\w+&'-]*) (?:[\w+&'-]+ ){0,4}?"
    r"(?:forum|expo|summit|conference|congress|symposium|meetup|week|day|fair|festival|awards|convention|"
    r"hackathon|con|breakfast|roundtable|podcast|biennale|biennial|exhibition))\b")
_NOT_NAME_WORDS = {"a", "an", "the", "this", "that", "next", "last", "same", "other", "your", "my", "our", "their",
                   "his", "her", "big", "annual", "yearly", "whole", "first", "one", "career", "job", "open",
                   "every", "each", "any", "some", "local", "all", "best", "thing", "entire", "rest", "good", "great"}


def _event_names(text: str) -> str:
    """An event named by two or more words before its kind is a name: "at the global giving forum" -> "at the
    Global Giving Forum" (not "the career fair", "the same conference" or "next week")."""
    def named(m: re.Match) -> str:
        words = m.group("name").split()
        cut = max((i for i, w in enumerate(words[:-1]) if w.lower() in _PLACE_WORDS), default=-1)
        if cut >= 0:  # "the cupping session at jakarta coffee week": the event is what follows "at"
            rest = words[cut + 1:]
            named_rest = named_words(rest) if len(rest) >= 3 and not any(
                w.lower() in _NOT_NAME_WORDS for w in rest[:-1]) else rest
            return m.group("lead") + " " + " ".join(words[:cut + 1] + named_rest)
        if len(words) < 3 or words[0].lower() in _NOT_NAME_WORDS or any(w.lower() in _NOT_NAME_WORDS
                                                                         for w in words[:-1]):
            return m.group(0)
        return m.group("lead") + " " + " ".join(named_words(words))
    return _EVENT.sub(named, text)


def named_words(words: list[str]) -> list[str]:
    """Each word of an event's name with its capital ("b2b" -> "B2B"), but for a short word inside it ("the Phage
    and Pathogens Congress", "Women in Tech Summit")."""
    return [w.upper() if re.fullmatch(r"(?=.*\d)[a-z\d]{2,4}", w) else w if 0 < i < len(words) - 1 and w in _MINOR_WORDS
            else w[:1].upper() + w[1:] if w[:1].islower() else w for i, w in enumerate(words)]


#: words an English title leaves in lower case inside it
_MINOR_WORDS = {"and", "or", "of", "the", "a", "an", "in", "on", "at", "for", "to", "by", "with", "&"}


#: words that end what comes before an event's name ("the skyplot stand at geobuild expo")
_PLACE_WORDS = {"at", "in", "on", "for", "from", "during", "by", "with", "after", "before", "near"}
#: the person's own name after these words is the person spoken to: "introduce myself to rodrigo" -> "to you"
_TO_NAME = {"en": (r"to|with|for|from", "{} you"), "pt": (r"pro|pra|para o|para a|ao|à", "para você")}


def _accents_optional(name: str) -> str:
    """A pattern for ``name`` typed with or without its accents ("chloe" for "Chloé")."""
    return "".join(f"[{re.escape(c)}{re.escape(fold(c))}]" if len(fold(c)) == 1 and fold(c) != c.lower()
                   else re.escape(c) for c in name)


def _named_as_you(text: str, language: str, profile: Profile) -> str:
    """The person named in the reason as someone else ("queria me apresentar pro rodrigo"), said to them."""
    if language not in _TO_NAME or not profile.first_name:
        return text
    words, said = _TO_NAME[language]
    return re.sub(rf"\b({words})\s+{_accents_optional(profile.first_name)}\b(?!\s*(?-i:[A-Z]))",
                  lambda m: said.format(m.group(1)), text, flags=re.I)
