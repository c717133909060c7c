"""What a note may not invent about the person: what their talk or post was about, a kind of content
they don't make, news (hiring, a new role) the profile and reason don't carry. Part of invents_nothing."""

from __future__ import annotations

import re

from ...text.folding import fold
from ...text.words import sentences, word_stem, words_in
from ..context import CheckContext, in_source, note_language, shorten
from ..vocabulary import ALL_FUNCTION_WORDS, CONCEPTS, GENERIC_WORDS
from .sender_claims import CLAUSE_END

_CONTENT_TOPIC = re.compile(
    r"\b(?:your|you[r']?\s+\w+'s)\s+(?:\w+\s+){0,2}?(?:talk|keynote|presentation|session|panel|post|article|"
    r"episode|podcast|newsletter|book|paper|video|webinar|comment|write-up|thread|blog post|workshop|course|"
    r"research|study|project)s?\s+(?:on|about|regarding|covering)\s+([^.!?,;:]{3,80})", re.I)


def invented_topic(ctx: CheckContext, note: str) -> str | None:
    """'your talk on cloud cost allocation' when nothing in the profile or reason is about that.

    Only when the note is in the profile's language: a translated topic can't be compared word by word."""
    if ctx.profile_language != note_language(note, ctx):
        return None
    for m in _CONTENT_TOPIC.finditer(note):
        topic = CLAUSE_END.split(m.group(1))[0]
        words = [w for w in words_in(topic) if len(w) >= 3 and fold(w) not in ALL_FUNCTION_WORDS
                 and fold(w) not in GENERIC_WORDS][:5]
        if len(words) < 2:
            continue
        known = sum(1 for w in words if in_source(ctx, w) or word_stem(w) in ctx.source_stems)
        if known * 2 < len(words):
            return f"invents what their {m.group(0).split()[1]} was about ('{shorten(topic.strip(), 40)}')"
    return None


# Kinds of content a note may credit the person with; each must appear (in any word of its group) in the
# profile or the reason: "I'd love to hear future episodes" to someone without a podcast is invented.
_MEDIA = {0: "podcast", 1: "talk", 4: "video", 10: "book"}
_MEDIA_WORDS = {i: {fold(w) for w in CONCEPTS[i]} | ({"episodes", "podcasts", "shows"} if i == 0 else set())
                for i in _MEDIA}


_MEDIUM_REF = re.compile(
    r"\b(your|the|this|that|a|an|future|next|latest|recent|new|ihr|ihre|ihren|ihrem|dein|deine|deinen|die|den|"
    r"der|das|votre|vos|le|la|les|ton|ta|su|sus|el|seu|sua|o|il|lo|suo|tuo|tua|ваш|вашу|ваш\w+)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?([^\W\d_]+)(?!\s+(call|chat|meeting|interview|calls))", re.I)


def invented_medium(ctx: CheckContext, note: str) -> str | None:
    """'I'd love to hear future episodes' to someone without a podcast: a kind of content not in the source."""
    source_words = ctx.source_words
    mentioned = {fold(m.group(2)) for m in _MEDIUM_REF.finditer(note)}
    for i, kind in _MEDIA.items():
        words = _MEDIA_WORDS[i] - {"show", "session", "panel", "stream", "class", "course", "rede"}
        used = mentioned & (words | {w + "s" for w in words})
        if used and not (words | {w + "s" for w in words}) & source_words:
            return f"mentions a {kind} ('{sorted(used)[0]}') that the profile and reason don't"
    return None


_HIRING_CLAIM = re.compile(r"\b(you're|you are|your team is|your team's|you've been|fluxo is)\s+(now\s+|currently\s+)?"
                           r"(hiring|recruiting|looking for (a|an|new|more)\b)", re.I)
_HIRING_SUPPORT = re.compile(r"\b(hiring|hire|recruit\w*|looking for|open (role|position)s?|vacanc\w*|job|jobs|"
                             r"join (us|our team)|we're growing|stelle|poste|vaga|vacante)\b", re.I)
_CONGRATS = re.compile(r"\b(congrat\w*|glückwunsch\w*|gratuliere|félicitations|felicidades|felicitaciones|parabéns|"
                       r"complimenti|поздравляю)\s+(on|to|for|zu|zum|zur|pour|por|pelo|pela|per|с)\s+([^.!?,;]{3,60})",
                       re.I)


def invented_news(ctx: CheckContext, note: str) -> str | None:
    """'You're hiring', 'congrats on the new role' — news about the person that the source doesn't carry."""
    m = _HIRING_CLAIM.search(note)
    if m and not _HIRING_SUPPORT.search(ctx.source_text):
        return f"says '{m.group(0)}', which the profile and reason don't"
    for m in _CONGRATS.finditer(note):
        words = [w for w in words_in(m.group(3)) if len(w) >= 3 and fold(w) not in ALL_FUNCTION_WORDS
                 and fold(w) not in GENERIC_WORDS and fold(w) not in {"new", "recent", "latest", "great", "big"}]
        words = words[:4]
        if words and sum(1 for w in words if in_source(ctx, w) or word_stem(w) in ctx.source_stems) * 2 < len(words):
            return f"congratulates on something the profile and reason don't mention ('{shorten(m.group(3), 40)}')"
        if re.search(r"\bnew (role|job|position)\b", m.group(3), re.I) and not re.search(
                r"\b(new (role|job|position)|just (started|joined)|(started|joined) (a|my|as|at|the)|promot\w*|"
                r"excited to (announce|share|start|join))\b", ctx.source_text, re.I):
            return "congratulates on a new role the profile and reason don't mention"
    return None


#: a meeting, call or coffee the note proposes ("It would be great if we could meet soon", "grab a coffee"), or
#: one it says took place ("It's been great to connect")
_PROPOSED_MEETING = re.compile(
    r"\b(?:(?:we|us) (?:could|can|should|might) (?:meet|catch up|get together|hop on|jump on|have a (?:call|chat))|"
    r"meet (?:soon|up|sometime|in person|for (?:a )?coffee)|grab (?:a )?(?:coffee|drink|lunch|beer)|"
    r"(?:hop|jump) on a (?:quick )?call|(?:set|schedule|book) (?:up )?a (?:quick )?(?:call|meeting|chat)|"
    r"catch up (?:soon|sometime|over)|"
    r"it'?s been (?:great|nice|good|lovely|a pleasure) (?:to connect|connecting|to meet|meeting|chatting|talking)|"
    r"it was (?:great|nice|good|lovely|a pleasure) (?:to meet|meeting|chatting|talking))\b", re.I)
#: what in a reason licenses one
_MEETING_ASKED = re.compile(r"\b(?:meet\w*|met|coffee|call|calls|chat\w*|catch up|talk|speak|drink|lunch|beer|visit\w*|"
                            r"see (?:you|him|her|them)|in person|zoom|teams)\b", re.I)


def invented_meeting(ctx: CheckContext, note: str) -> str | None:
    """A meeting, call or coffee the note asks for, or says happened, when the reason has none ("It would be
    great if we could meet soon" after "wanted to say hi before day 1"): English notes."""
    m = _PROPOSED_MEETING.search(note)
    if m and not _MEETING_ASKED.search(f"{ctx.reason}\n{ctx.spoken_reason}") \
            and m.group(0).lower() not in "\n".join(ctx.own_examples).lower():  # the user's own closing may
        return f"proposes a meeting the reason doesn't ask for ('{m.group(0)}')"
    return None


#: a feeling about the person's work, or a thanks, that the model adds ("it was really helpful", "thanks for sharing
#: your insights", "thanks for the recommendation"), and a service desk's line ("any questions or concerns")
_ADDED_FEELING = re.compile(
    r"\b(?:(?:(?:it|this|that|which) (?:was|is)|it's|that's|I found it|I find it) (?:really |very |so |super |incredibly |"
    r"truly |quite )?(?:helpful|insightful|useful|informative|eye-opening|inspiring|valuable|interesting|fascinating)"
    r"(?: and (?:helpful|insightful|useful|informative|inspiring|interesting))?|"
    r"(?:thanks|thank you) for (?:sharing )?(?:all )?(?:your|the) (?:insights?|recommendation|advice|tips|help|support|"
    r"kind words)|"
    r"any questions or concerns|here to help you(?: out)? with|"
    r"(?:fand (?:ihn|sie|es|den \w+|die \w+|das \w+)|war|ist) (?:sehr |wirklich |echt |total )?(?:spannend|interessant|"
    r"hilfreich|inspirierend|informativ)|"
    r"(?:c'était|c'est|je l'ai trouvée?|j'ai trouvé (?:ça|cela|votre \w+|ton \w+|ta \w+)) (?:très |vraiment |super )?"
    r"(?:intéressant|utile|inspirant|passionnant)e?|"
    r"(?:me resultó|me pareció|fue) (?:muy |realmente |súper |super )?(?:interesante|útil|inspirador[a]?|fascinante)|"
    r"(?:achei|me pareceu|foi) (?:muito |super |bem )?(?:interessante|útil|inspirador[a]?|fascinante)|"
    r"(?:l'ho trovat[oa]|mi è sembrat[oa]|è stat[oa]) (?:molto |davvero |super )?(?:interessante|utile|stimolante|"
    r"affascinante)|mi piace molto|"
    r"(?:vond (?:het|hem|haar|dat)|was) (?:erg |heel |echt |zeer )?(?:interessant|nuttig|inspirerend|boeiend|leerzaam))\b",
    re.I)
#: what in a reason licenses such a feeling
_FEELING_SAID = re.compile(r"\b(?:help\w*|insight\w*|useful|interest\w*|inspir\w*|valuable|learn\w*|thank\w*|thx|ty|"
                           r"recommend\w*|advice|tips?|support\w*|loved?|great|enjoy\w*|liked?|cool|amazing|fascinat\w*|"
                           r"brilliant|awesome|excellent|impress\w*|eye-?opening|informative|question\w*|concern\w*|"
                           r"super|genial|génial|toll|spannend|interessa\w*|intéress\w*|incroyable|incrível|increíble|top|"
                           r"bravo|stark|klasse|útil|utile|nuttig|gostei|encant\w*|adoré|ador\w*|ammir\w*|bell\w*|bonit\w*|"
                           r"lind\w*|impression\w*|impresion\w*|geweldig|mooi|prachtig|fantasti\w*|fantástic\w*|excelente|"
                           r"ottim\w*|brillant\w*|passionn\w*|boeiend|leerzaam|hilfreich|inspir\w*|piac\w*|gefallen|gefiel|"
                           r"liebe|love|merci|danke|gracias|obrigad\w*|grazie|bedankt)\b", re.I)


def invented_feeling(ctx: CheckContext, note: str) -> str | None:
    """A feeling or a thanks the reason doesn't give ("saw ur post" -> "I saw your post and it was really
    helpful", "… Lavoro anch'io sui sopratitoli. Mi piace molto.")."""
    m = _ADDED_FEELING.search(note)
    if m and not _FEELING_SAID.search(f"{ctx.reason}\n{ctx.spoken_reason}"):
        return f"adds a feeling or thanks the reason doesn't give ('{m.group(0)}')"
    return None


#: the languages whose sentences are judged
_JUDGED = {"en", "de", "fr", "es", "pt", "it", "nl"}
#: a sentence that only closes the note ("I'd be glad to connect", "Ich freue mich auf den Austausch")
_CLOSING_WORDS = re.compile(r"\b(?:re)?connect|\btouch\b|contact|vernetz|austausch|conectar|connecter|collegar|contatto|"
                            r"contato|échanger|groet|grüße|journée|\bglad\b|\bchat\b|\bcall\b|\bcoffee\b", re.I)
#: the greeting that opens a note, up to its comma, dash, colon or "!"
_GREETING_PART = re.compile(r"^\W*[^\W\d_]+\s+[^,–!:]{1,40}[,–!:]\s*")


def invented_sentence(ctx: CheckContext, note: str) -> str | None:
    """A sentence of the note that the reason, the profile and the sender line mostly don't give: of its content
    words (four letters or more, no function word), fewer than half come from them ("Meine Familie und ich haben
    viel Spaß mit der Gärung.", "I'm interested in learning more about your role and how you can help me."). The
    greeting and a sentence that closes (one that asks to connect) aside; a sentence of fewer than three such words
    is not judged."""
    if ctx.language not in _JUDGED or note_language(note, ctx) != ctx.language:
        return None  # (another language is right_language's to report; other scripts' words are not split so)
    known = ctx.source_stems | {word_stem(fold(w)) for w in words_in(f"{ctx.spoken_reason}\n" + "\n".join(ctx.own_examples))}
    for k, sentence in enumerate(sentences(note)):
        if k == 0:
            sentence = _GREETING_PART.sub("", sentence)
        if _CLOSING_WORDS.search(sentence):
            continue  # ("Wishing you luck with the search, and I'd be glad to connect.")
        content = [w for w in words_in(sentence) if len(w) >= 4 and fold(w) not in ALL_FUNCTION_WORDS]
        if len(content) < 3:
            continue
        given = sum(1 for w in content if in_source(ctx, w) or word_stem(fold(w)) in known)
        if given * 2 < len(content):
            return f"says what the reason and the profile don't give ('{shorten(sentence, 60)}')"
    return None
