"""What a note may not invent about the sender: a job, an employer, job hunting, an organisation, doing
the same work. Shared by invents_nothing and not_their_job."""

from __future__ import annotations

import re

from ...text.folding import fold
from ...text.language import FUNCTION_WORDS
from ...text.words import words_in
from ..context import CheckContext, shorten
from ..vocabulary import ALL_FUNCTION_WORDS, EXPANSIONS, GENERIC_WORDS, ROLE_WORDS

_CLAIM = re.compile(
    r"(?:\b(?:i'm|i am|i work|i've worked|i have worked|i worked|i lead|i run|i manage|i head|i teach|"
    r"i study|i'm studying|i founded|i co-founded|i recently joined|i just joined|i joined|i've been working|"
    r"as an?|as the|as your fellow|as a fellow|my (?:role|job|position|team|company|startup|employer|work) "
    r"(?:at|is|as|in)|i'm (?:also|currently|now) (?:at|with|in)|here at|we at|at my (?:company|job|startup)|"
    r"ich bin|ich arbeite|als|je suis|je travaille|en tant que|soy|trabajo|como|sou|trabalho|sono|lavoro|"
    r"come|я работаю|я являюсь|будучи|как|я —|я -|я)\b)([^.!?;:]{0,70})", re.I)


_ABOUT_YOU = re.compile(r"\b(you|your|you're|you've|yours|sie|ihre?[nmrs]?|dein\w*|du|vous|votre|vos|tu|tus|"
                        r"su|sus|usted|você|seu|sua|tuo|tua|lei|suo|vostr\w|jouw|je|uw|вы|ваш\w*)\b[^.,;!?]{0,30}$",
                        re.I)


_MEMBERSHIP = re.compile(r"\bi('ve|'m| have| am| had)?( just| recently)? (joined|join|joining|started|start|"
                         r"starting|work|working|worked|intern|interning|applied|apply|applying)\b[^.,;!?]{0,25}$",
                         re.I)
CLAUSE_END = re.compile(r"\s*(,|\band\b|\bbut\b|\bso\b|\bbecause\b|\bwhich\b|\bwhere\b|\bwho\b|\bwhen\b|"
                         r"\bund\b|\baber\b|\bet\b|\bmais\b|\by\b|\bpero\b|\be\b|\bma\b|\bи\b|\bно\b)", re.I)


def sender_phrases(note: str) -> list[str]:
    """Phrases where the note describes the sender ("I'm a data engineer at Acme", "as a designer")."""
    out = []
    for m in _CLAIM.finditer(note):
        before = note[max(0, m.start() - 40): m.start()]
        if _ABOUT_YOU.search(before) and not _MEMBERSHIP.search(before):
            continue  # "your work as a data engineer": about the person, not the sender
        lead, rest = m.group(0)[: len(m.group(0)) - len(m.group(1))], m.group(1)
        # "I'm an SRE at Polar Freight and we're building…" stops at "and"
        cut = next((c.start() for c in CLAUSE_END.finditer(rest) if re.search(r"\w", rest[: c.start()])), None)
        out.append(lead + (rest[:cut] if cut is not None else rest))
    return out


_SELF_DESCRIPTION = re.compile(
    r"\b(i'm|i am|i work|i'm working|my (job|role|team|company|startup|work)|as an?|we both|we're both|both|"
    r"i've been|i was|i study|i'm studying|we have|we're|our team|ich bin|ich arbeite|wir|je suis|"
    r"je travaille|nous|soy|trabajo|somos|sou|trabalho|somos|sono|lavoro|siamo|я работаю|мы)\b", re.I)


# "I'm a …" that says who the sender is (not "I'm a big fan", "I'm a firm believer")
_IDENTITY = re.compile(r"\b(i'm|i am)\s+(?:also\s+|now\s+|currently\s+)?(?:a|an)\s+((?:[^\W\d_][\w'’-]*|\d+)"
                       r"(?:\s+(?!and\b|but\b|who\b|that\b|of\b|in\b|at\b|with\b|for\b|from\b)"
                       r"[^\W\d_][\w'’-]*){0,3})", re.I)
_ATTITUDES = {"fan", "big", "huge", "fellow", "firm", "strong", "true", "great", "believer", "admirer",
              "listener", "reader", "follower", "supporter", "lover", "enthusiast", "advocate", "bit", "little",
              "lot", "regular listener", "long-time", "longtime", "keen", "avid", "loyal", "grateful", "proud",
              "massive", "devoted", "curious", "newcomer"}
_SAME_WORK = re.compile(
    r"\b(we|i)\s+(also|too)\s+(work|build|use|run|develop|do|make|design)\w*|"
    r"\b(we|i)('re|'m| are| am)\s+(also\s+)?(working on|building|using|developing|designing)\b[^.!?]{0,50}\b(too|as well)\b|"
    r"\b(nosotros )?también (trabajamos|trabajo|usamos|desarrollamos|hacemos)\b|\b(trabajamos|trabajo) también\b|"
    r"\b(também trabalho|também trabalhamos|nós também)\b|\b(nous aussi|je travaille aussi|nous travaillons aussi)\b|"
    r"\b(auch wir|wir arbeiten auch|ich arbeite auch)\b|\b(anche noi|lavoro anche io|lavoriamo anche)\b|"
    r"\b(мы тоже|я тоже работаю)\b", re.I)
_SAME_SUPPORT = re.compile(r"\b(also|too|same|fellow|both|as well|like (him|her|them|me)|auch|aussi|même|"
                           r"también|mismo|misma|também|mesmo|mesma|anche|stesso|stessa|тоже|также)\b|也|同じ", re.I)
_OUR_PEOPLE = re.compile(r"\b(our|my) (own )?(patients|customers|clients|students|users|employees|investors|"
                         r"portfolio|members|subscribers|readers|team|teams|company|organi[sz]ation|org|startup|"
                         r"project|projects|department|business|product|products|clinic|school|firm|agency|lab|"
                         r"engineers|analysts|developers|colleagues|staff|supply chain|roadmap|platform|pipeline)\b|"
                         r"\b(helped|helps|help|inspired|saved|gave) (us|our team)\b|"
                         r"\b(unser(e|em|en|er)?|meine?[mn]?) (Team|Firma|Unternehmen|Projekt|Kunden|Abteilung)\b|"
                         r"\b(notre|mon|ma) (équipe|entreprise|projet|société|start-up|clients)\b|"
                         r"\b(nuestr[oa]s?|mi) (equipo|empresa|proyecto|clientes)\b|"
                         r"\b(noss[oa]s?|minha|meu) (equipe|empresa|projeto|clientes|time)\b|"
                         r"\b(il nostro|la nostra|il mio|la mia) (team|azienda|progetto|squadra|clienti)\b", re.I)
_JOB_SEEKING = re.compile(
    r"\b(i'm|i am|i've been)\s+(currently\s+|actively\s+|now\s+)?(looking for|seeking|searching for|hunting for|"
    r"applying for|applying to)\b[^.!?]{0,40}\b(jobs?|roles?|positions?|opportunit\w*|work|internships?)\b|"
    r"\b(job|role|position|work|opportunity) (that )?i('m| am) (looking for|after|seeking)\b|\bjob[- ]hunting\b|"
    r"\b(i'd|i would|i'll|i will) be a (great|good|perfect|strong|excellent) (fit|match|addition)\b",
    re.I)
_JOB_SEEKING_SUPPORT = re.compile(r"\b(look\w*|seek\w*|job\w*|career|apply\w*|application|candidate|"
                                  r"opportunit\w*|open to work|internship|unemployed|laid off|role)", re.I)


def sender_claim(ctx: CheckContext, note: str) -> str | None:
    """A job or employer the note gives the sender that the sender line and the reason don't."""
    m = _JOB_SEEKING.search(note)
    if m and not _JOB_SEEKING_SUPPORT.search(f"{ctx.reason} {ctx.sender or ''}"):
        return f"says the sender is job hunting ('{shorten(m.group(0), 40)}'), which the reason doesn't say"
    if not ctx.sender and not _SELF_DESCRIPTION.search(ctx.reason):
        m = _SAME_WORK.search(note) or CJK_SAME_WORK.search(note)
        if m and not _SAME_SUPPORT.search(ctx.reason):
            return f"says the sender does the same work ('{shorten(m.group(0), 40)}'), but the sender isn't given"
        for m in _OUR_PEOPLE.finditer(note):
            if not re.search(rf"\b{re.escape(m.group(0).split()[-1].lower())}", ctx.reason.lower()):  # "swap lab ideas"
                return f"gives the sender an organization ('{m.group(0)}') that the reason doesn't"
    if not ctx.sender and not _SELF_DESCRIPTION.search(ctx.reason):
        m = re.search(r"(我是|私は)(一名|一位|一个|一介の)?[^，。！？、,]{2,20}", note)
        if m and not re.match(r"(我是|私は)(你的|您的|.{0,3}(粉丝|听众|读者|ファン))", m.group(0)):
            return f"describes the sender ('{m.group(0)}'), but the sender isn't given"
    known_all = fold(f"{ctx.sender or ''}\n{ctx.reason}")
    for m in _IDENTITY.finditer(note):
        words = [w for w in words_in(m.group(2)) if len(w) >= 3 and fold(w) not in ALL_FUNCTION_WORDS]
        if not words or fold(words[0]) in _ATTITUDES or any(fold(w) in _ATTITUDES for w in words[:2]):
            continue
        if not all(said_in(w, known_all) for w in words):
            who = "the sender isn't given" if not ctx.sender else "the sender line doesn't say so"
            return f"describes the sender as '{shorten(m.group(0).strip(), 50)}', but {who}"
    # Reasons are often the sender's own shorthand ("fellow iOS dev", "looking for data analyst jobs"), so
    # what the reason says about the sender counts; the sender line, when given, wins on the job itself.
    known = fold(f"{ctx.sender or ''}\n{ctx.reason}")
    sender_words = {fold(w) for w in words_in(ctx.sender or "")}
    for claim in sender_phrases(note):
        words = words_in(claim)
        if _ASPIRATION.search(claim):
            continue  # "I'm interviewing for the senior designer role": plans, not who the sender is
        org = re.search(r"(?:\b(?:at|bei|chez|presso|в)|\bwork(?:ed|ing)? for)\s+(?:the\s+)?((?:[A-ZÀ-ÝА-Я][\w&'’.-]*\s?"
                        r"(?:(?:de|of|la|del|di|du|von)\s+)?){1,4})", claim)
        if org and re.match(r"\W*(i'm|i am|i work|i've worked|i have worked|i worked|ich arbeite|je travaille|"
                            r"trabajo|trabalho|lavoro|я работаю|i joined|i just joined|i recently joined)\b", claim, re.I):
            org_words = [w for w in words_in(org.group(1)) if len(w) > 1]
            if org_words and not all(said_in(w, known) for w in org_words):
                who = "the sender isn't given" if not ctx.sender else "the sender line doesn't say so"
                return f"gives the sender an employer ('{shorten(org.group(1).strip(), 40)}'), but {who}"
        role_words = [w for w in words if fold(w) in ROLE_WORDS or fold(w).rstrip("s") in ROLE_WORDS]
        if not role_words:
            continue
        # everything from the claim's start up to the last role word must be known from sender/reason
        last = max(i for i, w in enumerate(words) if w in role_words)
        if sender_words & {fold(w) for w in role_words}:
            # the sender line names this job: its words, not the reason's, must describe it ("data engineer" for
            # a sender who is a "backend engineer" is wrong even if the reason mentions data)
            for w in words[max(0, last - 2): last + 1]:
                f = fold(w)
                if f not in sender_words and f not in GENERIC_WORDS and f not in ALL_FUNCTION_WORDS and len(f) > 2 \
                        and f not in {"fellow", "also", "too", "myself"}:
                    return f"describes the sender as '{shorten(claim.strip(), 50)}', but the sender line doesn't say so"
        for w in words[: last + 1]:
            f = fold(w)
            if len(f) <= 2 or f in GENERIC_WORDS or any(f in ws for ws in FUNCTION_WORDS.values()) \
                    or f in {"fellow", "myself", "also", "too", "someone", "somebody", "currently", "now",
                             "i'm", "am", "as", "ich", "bin", "als", "je", "suis", "soy", "sou", "sono",
                             "working", "work", "worked", "lead", "run"}:
                continue
            if not said_in(w, known):
                who = "the sender isn't given" if not ctx.sender else "the sender line doesn't say so"
                return f"describes the sender as '{shorten(claim.strip(), 50)}', but {who}"
    return None


_ASPIRATION = re.compile(r"\b(hoping|hope|want|wanting|would like|'d like|plan|planning|applying|apply|"
                         r"interview\w*|looking to|going to|about to|joining|moving (into|to)|aspiring|hoffe|"
                         r"möchte|espère|souhaite|espero|quiero|spero|vorrei)\b", re.I)


def said_in(word: str, known: str) -> bool:
    """Whether the sender line or reason says ``word`` (inflections and abbreviations like 'dev' count)."""
    f = fold(word)
    if re.search(rf"(?<!\w){re.escape(f[:max(4, len(f) - 2)])}", known):
        return True
    return any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", known) for a in EXPANSIONS.get(f, ()))


CJK_SAME_WORK = re.compile(r"(我也在做|我们也在做|我们也在|我也在|私も.{0,6}(して|やって)|저도)")
