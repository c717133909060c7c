"""What a clause to the writer asks the note to say or ask ("pls mention its a 4 day week" -> "its a 4 day week",
"ask if i can send my cv" -> "Could I send her my CV?", "chiedile se c'è posto" -> "c'è posto?"): the words the
note says in its place (:func:`.instructions.without_instructions` keeps them); and :func:`asked`, which asks in
the note's voice what the writer was told to ask ("I just ask if you're open to a chat" -> "Would you be open to a
chat?")."""

from __future__ import annotations

import re

from ..text.words import sentences
from .subjects import SUBJECT_I, with_subjects

#: "she" is open to ...: the person's pronoun with "is", and as an object
_IS = {"she": "she's", "he": "he's", "they": "they're", "you": "you're"}
_OBJECT = {"she": "her", "he": "him", "they": "them", "you": "you"}


def asked_to_say(clause: str, person: str = "you") -> str | None:
    """What a clause asks the writer to say, said ("pls mention its a 4 day week" -> "its a 4 day week"), or to
    ask, asked ("chiedile se c'è posto" -> "c'è posto?", "preguntarle si venden directo" -> "¿venden directo?")."""
    if re.match(r"^\W*(?:just |only |mostly )?(?:a |an )?(?:(?:genuine|quick|big|huge|sincere|simple|real|little) )?"
                r"(?:thanks|thank you|thank-you|ty)(?: note| msg| message)?\W*$", clause, re.I):
        return "thank you"  # "just a genuine thanks": what the note is, said
    m = re.match(r"^\W*(?:(?:pls|please|and|maybe|also|just|so)\s+)*thank (?:her|him|them)(?: (?:briefly|quickly|"
                 r"warmly|sincerely|simply|properly|again|too))*(?: for (?P<what>[^.,;!?]+))?[.,;!?]?\s*$", clause, re.I)
    if m:  # "thank her briefly": what the note says
        return "thank you" + (f" for {m.group('what').strip()}" if m.group("what") else "")
    clause = re.sub(r"\s+(?:pls|plz|please)(?=\W*$)", "", clause, flags=re.I)  # "say thanks for the tour pls"
    clause = re.sub(r"^(\W*(?:just |only )?say) (?:hi|hello|hey) and (?=that )", r"\1 ", clause, flags=re.I)  # "say hi and
    # that my reel is on my profile": the greeting says hi
    clause = re.sub(r"^(\s*(?:pls |please |and |maybe |also |just )*(?:mention|say) )(?:her|him|them) and ", r"\1", clause,
                    flags=re.I)  # "mention her and the tosca load-out": she is named already
    m = MENTION.match(clause)
    mine = re.match(r"\W*my ((?:[\w-]+ ){0,2}?(?:portfolio|cv|resume|reel|website|site|showreel|work|book|album|demo|"
                    r"paper|thesis|article|podcast|channel))\b\s*(?P<where>\((?:link(?:ed)?|it's|its)? ?(?:on|in) my "
                    r"profile\))?\W*$", m.group("what"), re.I) if m else None
    if mine:  # "mention my portfolio (link on my profile)": a sentence, not the bare noun
        return f"my {mine.group(1)} is linked on my profile" if mine.group("where") else \
            f"I'd be happy to share my {mine.group(1)}"
    if m and named(clause):  # "mention the nordic windstorm renewal": a thing, not a sentence
        return f"I'd love to talk about {named(clause, whole=True)}"
    if m and re.match(r"(?:thanks|thank you|thx|ty)\b", m.group("what"), re.I):  # "just say thanks and ..."
        return re.sub(r"^\w+(?: you)?\b\s*(?:(and)\b)?", lambda t: "thank you" + (", and" if t.group(1) else " "),
                      m.group("what"), flags=re.I).strip()
    if m and not m.group("what").lower().startswith(("hi", "hello")):
        what = BUT_NOT.sub("", m.group("what"))
        what = re.sub(r"\s+(e|y|et|en) (?:que|q|che|dat)\s+", r" \1 ", what, flags=re.I)  # "sou arquiteto e q queria"
        return re.sub(r"\s+and that\s+", ", and ", what)  # "mention im clerking now and that i still use"
    m = re.match(r"^\W*(?:und |gern |gerne |du )*(?:kannst|könntest|darfst) (?:du )?(?:gern |gerne |ruhig )?(?P<what>(?:die|das|den|"
                 r"unsere?n?|meine?n?) [^.;!?]{2,50}?) (?:erwähnen|ansprechen|nennen)\W*$", clause, re.I)
    if m:  # "kannst die vorderkantenerosion erwähnen": what the sender would gladly talk about
        return f"Gern tausche ich mich über {m.group('what')} aus"
    m = re.match(r"^\W*(?:und |and )?(?:(?P<kind>schöne|liebe|viele|herzliche) )?(?:grüße|grüsse|gruß) von (?P<who>\w+) "
                 r"(?:mitnehmen|ausrichten|bestellen|sagen|mitschicken)\b(?P<rest>[^.;!?]*)", clause, re.I)
    if m:  # "und schöne grüße von jens mitnehmen, der hat uns ja vorgestellt": the greetings, sent
        return f"{(m.group('kind') or 'viele').capitalize()} Grüße von {m.group('who').capitalize()}{m.group('rest')}"
    m = re.match(r"^\W*(?:(?:pls|please|and|maybe|just|then)\s+)*(?:end|close|finish|wrap up)(?: it)? (?:with|w/?) "
                 r"(?:a |one )?question (?:about|on|re) (?P<what>[^.;!?]+)", clause, re.I)
    if m:  # "end w a question about her funds healthcare thesis": what the note asks about ("you" would stop "her"
        return f"I'd love to hear more about {m.group('what').strip()}"  # being said to the person)
    m = re.match(r"^\s*(?:(?:pls|please|and|maybe|just)\s+)*offer (?P<what>[^.;!?]+)", clause, re.I)
    if m:  # "offer a free trial on 10 machines": the sender's offer
        return f"we can offer {m.group('what').strip()}"
    if re.match(r"^\W*(?:et\s+)?demande(?:-lui|z-lui)? (?:un|le) (?:rdv|rendez-vous)\b", clause, re.I):
        return "serait-il possible de convenir d'un rendez-vous ?"  # "demande un rdv": asked
    m = ASK_EN.match(clause)
    if m:  # "ask about minimum order", "ask what the training looks like", "ask if relocation is supported" (no
        # "you" here: the reason's "she" is said to the person later, and a "you" would stop that)
        what, rest = m.group("what").lower(), m.group("rest").strip(" ,")
        end = rest[-1] if rest[-1] in ".;!?" else ""
        rest = rest.rstrip(".;!?")
        if what == "about":
            return f"I'd love to hear about {rest}{end}"
        if what in ("if", "whether"):
            # the question in the reason's own person ("she"), for asked() to put to them once the voice is theirs
            to_be = re.match(r"(open to|up for|interested in|free for|available for) (?P<more>.+)$", rest, re.I)
            if to_be:  # "ask if open to a chat"
                return f"ask if {_IS[person]} {rest}{end}"
            would = re.match(r"(?:shed|hed|theyd) (?P<more>.+)$", rest, re.I)
            if would:  # "ask if shed ever consult abroad"
                return f"ask if {person}'d {would.group('more')}{end}"
            if m.group("how"):
                return f"ask if {rest}{end}"  # "ask nicely if ...": how to ask is the writer's
            can = re.match(r"(i|we) (?:can|could|may) (?P<more>.+)$", rest, re.I)
            if can:  # "ask if i can send my cv": Could I send her my CV? (said to her later)
                more = re.sub(r"^(send|show|give|email|forward|pass) (?=my |our |a |an |the )",
                              rf"\1 {_OBJECT[person]} ", can.group("more"))
                return f"Could {'I' if can.group(1).lower() == 'i' else 'we'} {more}?"
            it = re.match(r"(it|there)(?:'s|’s|s| is) (?P<more>.+)$", rest, re.I)
            if it:  # "ask if its still open": is it still open? ("… and whether remote works": would remote work?)
                more = re.sub(r"\s+and (?:whether|if) (.+?) (work|fit|suit|help)s$", r", and would \1 \2",
                              it.group("more"))
                return f"is {it.group(1).lower()} {more}?"
            would = re.match(r"(?P<subject>(?:the |a |an |my |our )?[a-z0-9-]+(?: [a-z0-9-]+){0,2}) would be (?P<more>.+)$",
                             rest, re.I)
            if would and would.group("subject").lower() not in ("he", "she", "they", "you", "hed", "shed"):
                return f"Would {would.group('subject')} be {would.group('more')}?"  # "Would a 15 min demo be interesting?"
            be = re.match(r"(?P<subject>(?:the |a |an |my |our )?[a-z0-9-]+(?: [a-z0-9-]+)?) (?P<verb>is|are) (?P<more>.+)$",
                          rest, re.I)
            going = re.match(r"(?:he|she|they)(?:'s|s| is| are|'re) (?P<more>(?:going|coming|attending|at|in|speaking) .+)$",
                             rest, re.I)
            if going:  # "ask if he's going to MIPCOM": asked
                return f"Are you {going.group('more')}?"
            if be and be.group("subject").lower() not in ("he", "she", "they", "it", "you", "there", "hes", "shes"):
                return f"{be.group('verb')} {be.group('subject')} {be.group('more')}?"  # "is relocation supported?"
            return None  # "ask if she's open to ...", "ask for a quote": asked() words it to the person
        if what == "for":  # "ask for a 20 min chat": whether they are open to one; "ask for a quote": asked() asks
            chat = re.search(r"\b(?:chat|call|coffee|meeting|conversation|catch-?up|intro|demo|meet)\b", rest, re.I)
            return f"ask if {_IS[person]} open to {rest}{end}" if chat else None
        return f"I'd love to know {what} {rest}{end}"
    m = ASK_OTHER.match(clause)
    if m and m.group("wh"):  # "preguntarle como me inscribo": the question, asked with its word
        wh = m.group("wh").lower()
        spanish = re.match(r"\W*(?:y |e )?preg", clause, re.I)
        return f"¿{_ES_WH.get(wh, wh).capitalize()} {m.group('what').strip(' ,')}?" if spanish else \
            f"{wh.capitalize()} {m.group('what').strip(' ,')} ?" if re.match(r"\W*demand", clause, re.I) else \
            f"{wh.capitalize()} {m.group('what').strip(' ,')}?"
    if m:
        what = re.sub(r"\b(o|ou|oder|of) si\b", r"\1", m.group("what").strip(" ,"))  # "o si venden": "o venden"
        words = what.split()
        if m.group("if").lower() in ("of", "ob") and len(words) >= 3 and words[0].lower() in _WHO:
            # "vraag of hij half oktober nog vrij is", "of ik een keer mee mag op schouw", "frag ob sie … braucht":
            # the finite verb first
            end = next((k for k, word in enumerate(words) if word.lower() in ("und", "en", "oder", "of")), len(words))
            verb = next((k for k, word in enumerate(words[1:end], 1) if word.lower() in _FINITE or _separable(word)), end - 1)
            split = _separable(words[verb])  # "of ze openstaat voor een gesprek": "staat ze open voor een gesprek"
            finite, particle = (split[1], [split[0]]) if split else (words[verb], [])
            what = " ".join([finite, words[0], *words[1:verb], *particle, *words[verb + 1:]])  # (the first question's verb)
        return f"¿{what}?" if m.group("if").lower() == "si" and re.match(r"(?:preg|y )", clause.strip(), re.I) \
            else f"{what}?"
    return None


def named(clause: str, whole: bool = False) -> str | None:
    """What "mention the talk but dont mention the slides" names, when it names a thing rather than says a
    sentence: its last word ("talk"), or with ``whole`` the thing ("the talk")."""
    m = MENTION.match(clause)
    if not m:
        return None
    thing = re.sub(r",?\s+(?:but\s+(?:don'?t|do not|not|no|never)|not (?:the|his|her|their|that|my))\b.*$", "", m.group("what"),
                   flags=re.I).rstrip(".,;!? ")
    if not re.fullmatch(r"(?:the|my|our|his|her|their|your|a|an|that|this)(?: [\w'-]+){1,12}", thing, re.I) \
            or re.search(r"\b(?:is|are|was|were|has|have|had|will|can|could|would|did|does|do|\w+ed)\b|'(?:s|re|ve|ll|d)\b|"
                         r"\w+n['’]t\b",
                         thing, re.I):
        return None
    return thing if whole else thing.split()[-1]


#: what follows a thing to say and is not to be said ("mention ingrid but not her company")
BUT_NOT = re.compile(r",?\s+but\s+(?:not|no|don'?t|never)\b.*$", re.I)


def name_only(clause: str) -> str | None:
    """The one word "mention ingrid (but not her company)" asks to say: a name, not a sentence."""
    m = MENTION.match(clause)
    what = BUT_NOT.sub("", m.group("what")).strip(" .,;!?") if m else ""
    what = re.sub(r"\s+(?:pls|plz|please|too|as well)$", "", what, flags=re.I)  # "mention aroha pls"
    return what if re.fullmatch(r"[^\W\d_]{3,}", what) else None


#: what the writer is asked to say ("pls mention its a 4 day week", "maybe say we can help w the move")
MENTION = re.compile(r"^\s*(?:(?:pls|plz|please|and|maybe|also|just|but|can|could|you can|you could|u can|u could|e|y|et)\s+)*(?:(?:mention|say|"
                      r"add|hint|make (?:it )?clear|tell (?:her|him|them)|let (?:her|him|them) know|(?:i )?want (?:her|him|them) to "
                      r"know|remind (?:her|him|them)|highlight|stress|emphasi[sz]e|point out|explain|clarify|note|flag|"
                      r"underline|be (?:upfront|up front|honest|clear|open|transparent)(?=\s+that\b))\s+(?:(?:that|this) and\s+)?(?:that\s+)?|"
                      r"(?:mencioná|menciona|mencione|mencionale|comentá|comentale|decí|decile|contá|contale|conta|"
                      r"menziona|mentionne)\s+(?:eso|esto|isso|isto|questo|ça|cela)\s+(?:y|e|et)\s+(?:que|q|che|qu['’])\s*|"
                      r"(?:fala|diz|diga|menciona|comenta|dile|dígale|di|dis-lui|dites-lui|digli|dille|zeg)\s+"
                      r"(?:que|q|che|dat)\s+)(?P<what>[^.;!?]+[.;!?]?)\s*$", re.I)
#: "ask for a quote", "ask about minimum order", "ask what the training looks like", "ask if relocation is supported"
ASK_EN = re.compile(r"^\s*(?:(?:and|just|pls|please|maybe|also|but|then|can you|could you)\s+)*ask (?:him |her |them )?"
                     r"(?:(?:a|one)(?: quick| short| small)? question )?(?P<how>(?:nicely|politely|gently|kindly|casually|carefully|respectfully|also) )?"
                     r"(?P<what>for|about|what|how|when|where|who|which|whether|if)\s+(?P<rest>[^.;!?]+[.;!?]?)\s*$",
                     re.I)
#: "chiedile se c'è posto anche per principianti", "preguntarle si ya tienen importador": what to ask, asked
ASK_OTHER = re.compile(r"^\s*(?:(?:e|y|et|en|und|pls|por favor|per favore)\s+)?(?:chiedile|chiedigli|chiedi|chiedere|"
                        r"preguntarle|pregúntale|preguntale|pregúntele|preguntele|pregunta|pergunta(?:-lhe)?|pergunte|perguntar|demande(?:-lui)?|"
                        r"demandez(?:-lui)?|demander|frag(?: (?:sie|ihn|mal))?|frage|fragen|vraag(?: (?:haar|hem|even|eens))?)\s+"
                        r"(?P<if>se|si|ob|of|(?P<wh>cómo|como|qué|cuándo|cuando|dónde|donde|cuánto|cuanto|quando|onde|"
                        r"come|dove|comment|quand|wie|wann|hoe|wanneer))\s+(?P<what>[^.;!?]+)[.;!?]?\s*$", re.I)
#: a Spanish question word typed without its accent ("preguntarle como me inscribo")
_ES_WH = {"como": "cómo", "que": "qué", "cuando": "cuándo", "donde": "dónde", "cuanto": "cuánto"}


#: who a Dutch or German "if" clause is about, and the finite verbs that go first when it is asked
_WHO = {"hij", "zij", "ze", "jij", "je", "u", "ik", "sie", "er", "du", "ich", "wir", "we"}
_FINITE = {"mag", "kan", "wil", "moet", "zou", "is", "heeft", "mogen", "kunnen", "darf", "kann", "will", "muss", "ist",
           "staat", "gaat", "komt", "doet", "zit", "werkt", "zoekt", "steht", "geht", "kommt", "sucht", "arbeitet",
           "hat", "hätte", "wäre", "würde", "könnte", "möchte", "sind", "zijn", "hebben", "wordt", "wird"}


#: the particles of Dutch and German separable verbs ("openstaat", "mitkommt")
_PARTICLE = re.compile(r"(open|mee|mit|aan|an|uit|aus|op|auf|terug|zurück|langs|vorbei|door|bij|af|ab|toe|zu|samen|"
                       r"zusammen|over|in|ein|weg|vrij|frei)(\w+)", re.I)


def _separable(word: str) -> tuple[str, str] | None:
    """("open", "staat") for "openstaat": a separable verb's particle and its finite verb, or None."""
    m = _PARTICLE.fullmatch(word)
    return (m.group(1), m.group(2)) if m and m.group(2).lower() in _FINITE else None


#: "just ask if he's open to a chat": what the writer is asked to ask, asked
#: what opens a clause of its own after a comma, ending the question before it ("ask if open to a guest spot, loved
#: ep 42", "ask if they need drivers, i have a van")
_NEW_CLAUSE = (r"(?:I|I'm|I've|I'd|we|we're|we've|also|btw|loved|love|saw|enjoyed|liked|met|heard|read|listened|"
               r"watched|big fan|huge fan|thanks)\b")
_ASK_IF = re.compile(r"(?:,?\s*\band\s+|,\s*)?\b(?:I )?(?:(?:want|wanted|would like|'d like|wanna) to )?(?:just |pls |please )?"
                     r"ask (?:you )?"
                     r"(?:if|whether) you(?:'re| are|'d be| would be) "
                     r"(open to|up for|interested in|free for) ((?:[^.;!?,]|,(?!\s*" + _NEW_CLAUSE + r"))+)", re.I)


def asked(text: str) -> str:
    """What the writer was asked to ask, asked: "I just ask if you're open to a chat" -> "Would you be open to
    a chat?"."""
    def opening(m: re.Match, letter: str) -> str:
        """The question's first letter, a capital at a sentence's start; ", and I want to ask if ...": a question of
        its own."""
        before = m.string[:m.start()]
        if not before.strip() or before.rstrip()[-1] in ".!?":  # a sentence's start (after ". and ask if …" too)
            return ("" if not before or before[-1].isspace() else " ") + letter.upper()
        if m.group(0).startswith(",") or m.group(0).lstrip().lower().startswith("and "):
            return ". " + letter.upper()  # "…, and want to ask if …", "… library and want to ask if …"
        return letter

    before = text
    text = _ASK_IF.sub(lambda m: f"{opening(m, 'w')}ould you be {m.group(1)} {m.group(2).strip()}?", text)
    text = _ASK_IF_DO.sub(lambda m: f"{opening(m, 'd')}o you {m.group(1)}{m.group(2).rstrip()}?", text)
    text = re.sub(r"\b(?:[Aa]sk|[Ii] ask) (?:if|whether) you(?:'d| would) ([a-z]+)\b([^.;!?]*)[.;!?]?",
                  lambda m: f"Would you {m.group(1)}{m.group(2).rstrip()}?", text)  # "ask if you'd share the data"
    text = re.sub(r"(?:(?<=^)|(?<=[.!?] ))(?:[Aa]sk|[Ii] ask) (?:you )?for ([^.;!?]+)[.;!?]?",
                  lambda m: f"Could you send me {m.group(1).rstrip()}?", text)  # "ask for a quote"
    text = re.sub(r"\?[.,;]+", "?", text)  # "… swapping notes sometime?." (the reason's own stop after it)
    return _question_last(text) if text != before else text


def _question_last(text: str) -> str:
    """The question asked for the writer moved after the sentences that follow it ("Would you be open to a guest
    spot? Loved episode 42." -> "I loved episode 42. Would you be open to a guest spot?"): a note ends on its ask
    (a reader reads what follows a question as a second closing)."""
    parts = sentences(text)
    questions = [p for p in parts if p.endswith("?")]
    if len(questions) != 1 or parts[-1].endswith("?"):
        return text
    rest = [p for p in parts if p is not questions[0]]
    rest[-1] = rest[-1] if re.search(r"[.!]$", rest[-1]) else rest[-1] + "."
    return with_subjects(" ".join(r[:1].lower() + r[1:] if re.match(r"[A-Z][a-z]+ ", r) and
                                  r.split()[0].lower() in SUBJECT_I else r for r in rest)) + " " + questions[0]


#: "ask if they sell small lots, like 50kg a year" -> "Do you sell small lots, like 50kg a year?"
_ASK_IF_DO = re.compile(r"(?:,?\s*\band\s+|,\s*)?\b(?:I )?(?:(?:want|wanted|would like|'d like|wanna) to )?(?:just |pls |please )?"
                        r"[Aa]sk (?:him |her |them |you )?(?:if|whether) (?:they|you) (?!(?:'re|are|'d|would|were|was)\b)"
                        r"([a-z]+)\b((?:[^.;!?,]|,(?!\s*" + _NEW_CLAUSE + r"))*)[.;!?]?", re.I)
