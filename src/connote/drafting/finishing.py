"""A generated note cleaned and fitted to the limit, and its shorter versions."""

from __future__ import annotations

import re

from ..prompting.their_role import DOING_NOW
from ..text.normalizing import CONTROL_RE

_SIGNOFF = re.compile(r"\s*(?:[-–—]\s*\w+|(?:best|thanks|cheers|regards|best regards|kind regards)[,!.]?"
                      r"(?:\s+\w+)?)\s*$", re.I)
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)")
#: a period that ends an abbreviation, not a sentence ("e.g. the", "vs. last year")
_ABBREVIATION = re.compile(r"\b(?:e\.g|i\.e|etc|vs|approx|ca|incl|esp|cf|z\.b|bzw|p\.ex|ad es|dr|prof|st|mr|mrs|ms|"
                           r"mag|dipl|ing)\.$", re.I)  # ("Frau Dr. von Hohenstein": not "Von", which no check knows)


def _capital_after_sentence(m: re.Match) -> str:
    if _ABBREVIATION.search(m.string, 0, m.start() + 1) or re.search(r"(?:^|\s)[A-Z]\.$", m.string[:m.start() + 1]):
        # (nor an initial: "Kenji T. said")
        return m.group(0)
    return m.group(1) + m.group(2).upper()


#: the prompt's own labels: a model that starts the next example on the same line wrote past its note
_PROMPT_LABEL = re.compile(r"\s*\b(?:Note|Person|Sender|Reason)(?: \([^)\n]{0,60}\))?:\s")


#: "I'm a fellow B1 engineer too": "fellow" says it already
_FELLOW_TOO = re.compile(r"(\bfellow\b[^.!?,;]{1,40}?),? too\b(?=[.!?,;])", re.I)
#: "I'm also a lampist too": "also" and "too" say the same
_ALSO_TOO = re.compile(r"\b(I'm|I am|I|we're|we are|we) also ((?:an? )?[^.!?,;()]{1,40}? too)\b")


#: a question the model answered itself ("Do you take projects abroad? Yes, I do.")
_SELF_ANSWER = re.compile(r"\?\s+(?:yes|no|yeah|yep|nope|sí|si|oui|non|ja|nein|nee|sim|não|nao)\b"
                          r"(?!\s+(?:worries|pressure|problem|rush|obligation|stress|hard feelings))[^.!?]{0,40}[.!]", re.I)


def finish(text: str, limit: int) -> str:
    """Clean one generated note and make it fit ``limit`` (cut at a sentence, never mid-word)."""
    text = CONTROL_RE.sub("", text.split("\n")[0])
    label = _PROMPT_LABEL.search(text)
    if label and label.start() > 0:
        text = text[: label.start()]
    text = re.sub(r"\s+", " ", text).strip().strip('"“”').strip().replace("’", "'")
    text = re.sub(r"([.!?¡¿] )([a-zà-ÿ])", _capital_after_sentence, text)
    text = _SIGNOFF.sub("", text).strip() if len(text) > 40 else text
    text = _ALSO_TOO.sub(r"\1 \2", _FELLOW_TOO.sub(r"\1", text))
    text = _SELF_ANSWER.sub("?", text)
    text = re.sub(rf"\b(I see|I saw that|I noticed) you (?=(?:{DOING_NOW}|looking)\b)", r"\1 you're ",
                  text)  # the model's "I see you speaking at …" for the reason's "I see you're speaking at …"
    text = re.sub(r"(?<=\w)\s+([.,])(?=\s|$)", r"\1", text)  # "Bonjour Clémence ." (French spaces "!" and "?" only)
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    if ends and ends[-1] < len(text):
        tail = text[ends[-1]:].strip()
        if tail and not re.search(r"[.!?)]$", tail):  # unfinished last sentence (hit max tokens)
            text = text[: ends[-1]]
    if len(text) <= limit:
        return text.strip()
    fitting = [e for e in ends if e <= limit]
    if fitting and fitting[-1] >= limit * 0.4:
        return text[: fitting[-1]].strip()
    cut = text[: limit - 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(" ,;:–—-") + "."


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?。！？])\s+")


def trimmed(text: str) -> list[str]:
    """The note without one of its sentences after the first, the last one first: a small model's note often
    fails only on one added sentence (an invented detail, a third-person aside, a closing in another
    language), and the rest is what the user asked for. Each is checked again like any candidate."""
    sentences = _SENTENCE_SPLIT.split(text.strip())
    if len(sentences) < 2:
        return []
    return [" ".join(sentences[:i] + sentences[i + 1:]) for i in range(len(sentences) - 1, 0, -1)]


def with_opening_marks(text: str, language: str) -> str:
    """Spanish opens what it exclaims or asks: "Hola Rocío, buenos días!" -> "Hola Rocío, ¡buenos días!" (the
    mark before the clause the "!" or "?" ends; other languages as they are)."""
    if language != "es":
        return text
    out = []
    for sentence in _SENTENCE_SPLIT.split(text.strip()):
        end = sentence[-1:]
        mark = {"!": "¡", "?": "¿"}.get(end)
        if mark and mark not in sentence:
            start = max(sentence.rfind(", "), sentence.rfind(": "))
            start = start + 2 if start >= 0 else 0
            sentence = sentence[:start] + mark + sentence[start:]
        out.append(sentence)
    return " ".join(out)
