"""The rule warm_no_pitch: the note is warm and plain, not a pitch or a form letter."""

from __future__ import annotations

import re
import unicodedata

from ...text.folding import fold
from ..context import CheckContext
from ..own_notes import habitual
from ..vocabulary import ALWAYS_OK_CAPS

STOCK_PHRASES = (
    "add you to my professional network", "add you to my network", "i'd like to add you", "i would like to add you",
    "join my network", "join my professional network", "expand my network", "expand my professional network",
    "grow my network", "grow my professional network", "broaden my network", "i came across your profile",
    "came across your profile", "impressive profile", "your profile is impressive", "your impressive profile",
    "impressed by your profile", "impressed with your profile", "your profile caught my eye", "amazing profile",
    "hope this message finds you", "hope this finds you", "hope you're doing well", "hope you are doing well",
    "hope you are well", "to whom it may concern", "dear sir", "dear madam", "rockstar", "rock star", "ninja",
    "guru", "thought leader", "visionary", "esteemed", "renowned", "incredible journey", "inspiring journey",
    "stellar career", "world-class", "mutually beneficial", "synergy", "synergies", "pick your brain",
    "touch base", "circle back", "value proposition", "win-win", "good at what you do", "amazing talent",
    "incredible talent", "so talented", "always amazed by", "truly inspirational", "such an inspiration",
    "mein netzwerk erweitern", "meinem netzwerk hinzufügen", "beeindruckendes profil", "agrandir mon réseau",
    "ajouter à mon réseau", "profil impressionnant", "ampliar mi red", "agregarte a mi red", "perfil impresionante",
    "expandir minha rede", "adicionar à minha rede", "ampliare la mia rete", "aggiungerti alla mia rete",
)
_PITCH = re.compile(
    r"\b(our (product|platform|services?|solution|solutions|tool|agency|offer|offering|software|app)\b|"
    r"book a (demo|call|meeting)|free (trial|consultation|audit|demo)|discount|special offer|limited time|"
    r"i help (companies|businesses|teams|brands|founders)|we help (companies|businesses|teams|brands)|"
    r"partnership opportunit|increase your (revenue|sales|roi)|boost your|grow your (business|revenue|sales)|"
    r"i'd love to show you|check out (my|our)|sign up|purchase|pricing|"
    r"unser(e)? (produkt|lösung|angebot)|notre (produit|solution|offre)|nuestro (producto|servicio)|"
    r"nossa (solução|oferta)|la nostra (soluzione|offerta))", re.I)
# Asks for a meeting: fine when the user's reason asks for one, pushy otherwise.
_ASK = re.compile(
    r"\b((quick|short|brief|15[- ]?min(ute)?|30[- ]?min(ute)?) (call|chat|meeting|demo)|hop on a (call|zoom)|"
    r"schedule a (call|meeting|demo)|let me know if you('re| are) interested|would you be interested in|"
    r"are you open to|pick your brain|dm me|send me your|let'?s (meet|chat|talk|catch up|grab|get|hop|set up|"
    r"schedule|connect (over|for) (a|an)|have a)|(meet|catch) up (sometime|soon|for)|(would|are) you (be )?"
    r"(open|free|available|up) (to|for) (meet|meeting|a (quick )?(chat|call)|coffee|chat)|love to (meet|grab|"
    r"chat (more|sometime)|get (a )?coffee))", re.I)
_ASK_SUPPORT = re.compile(r"\b(chat|call|coffee|advice|ask|question|job|role|hiring|opportunit|collaborat|"
                          r"partner|sell|demo|meet|interview|mentor|feedback|intro)", re.I)


def _emoji_count(text: str) -> int:
    count = 0
    prev_joined = False
    i = 0
    chars = list(text)
    while i < len(chars):
        ch = chars[i]
        o = ord(ch)
        if 0x1F1E6 <= o <= 0x1F1FF:  # a flag is two regional indicators
            count += 1
            i += 2
            continue
        pictograph = (unicodedata.category(ch) == "So" and o > 0x2000) or 0x1F300 <= o <= 0x1FAFF
        if pictograph and not prev_joined and not 0x1F3FB <= o <= 0x1F3FF:
            count += 1
        prev_joined = ch == "\u200d"
        i += 1
    count += len(re.findall(r"(?<!\S)[:;]-?[)(DPp](?!\w)", text))
    return count


def warm_no_pitch(ctx: CheckContext, note: str) -> str | None:
    """Warm, not a pitch: no stock phrases ("expand my network"), no sales pitch, no asking for more than
    the reason does, no shouting, at most one emoji, no hashtags, few exclamation marks.

    Okay: Hi Priya, I heard your podcast episode on data contracts. Glad to connect.
    Fail: Hi Priya, I heard your podcast episode on data contracts and would love to expand my network.
    Fail: Hi Priya, I heard your podcast episode on data contracts!!! Let's hop on a call.
    """
    low = fold(note)
    reason_low = ctx.sender_reason_lower + "\n" + fold(ctx.spoken_reason)  # "came across his profile": theirs
    for phrase in STOCK_PHRASES:
        if fold(phrase) in low and fold(phrase) not in reason_low:
            return f"stock phrase: '{phrase}'"
    m = _PITCH.search(note)
    if m and not re.search(re.escape(m.group(0)), ctx.reason, re.I):
        return f"sales pitch: '{m.group(0)}'"
    m = _ASK.search(note)
    if m and not _ASK_SUPPORT.search(ctx.reason) and not habitual(ctx, m.group(0)):  # the user's own ask
        return f"asks for more than the reason does: '{m.group(0)}'"
    shouting = [w for w in re.findall(r"\b[A-ZÄÖÜÀ-ÝА-Я]{4,}\b", note)
                if fold(w) not in ctx.source_lower and fold(w) not in ALWAYS_OK_CAPS]
    if shouting:
        return f"ALL CAPS: {shouting[0]}"
    if _emoji_count(note) > 1:
        return "more than one emoji"
    if re.search(r"(?<![\w&])#[^\W\d_]\w*", note):
        return "has a hashtag"
    if note.count("!") > 2 or "!!" in note or "?!" in note:
        return "too many exclamation marks"
    return None
