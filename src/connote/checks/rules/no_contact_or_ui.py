"""The rule no_contact_or_ui: the note copies nothing from the page but the person's own words."""

from __future__ import annotations

import re

from ...paste import (
    find_contacts,
)
from ...text.folding import fold
from ...text.words import words_in
from ..context import CheckContext, shorten, sidebar_only_words

UI_TEXT = re.compile(
    r"((…|\.\.\.)\s?(see|show) (more|less)|\bsee more\s*$|\bshow all( \d+\b|\s*(→|$))|\bsee all \d+|"
    r"people also viewed|people you may know|contact info|"
    r"\b\d[\d,.]*\+?\s*(connections|followers|abonnés|seguidores|kontakte|follower)\b|linkedin premium|"
    r"\bpremium (member|badge|account)\b|\bopen to work\b|#opentowork|·\s?(1st|2nd|3rd)|\b(1st|2nd|3rd)[- ]degree\b|"
    r"\bendorse(d|ment)?\b|\b(posted|reposted|shared) this\b|\b\d+\s*mutual connections?\b|\btalks about #|"
    r"\btop voice\b|\bshow credential\b|\bmessage button\b|\bfollow button\b|\bconnect button\b|→|›|"
    r"\(edited\)|•\s*\d+\s*(w|d|h|mo|yr)\b|\bview (my|full) profile\b|\bvisit my website\b|\bprofile picture\b|"
    r"\bmehr anzeigen\b|\bvoir plus\b|\bver más\b|\bver mais\b|\bvedi altro\b|\bkontaktinfo\b|\bcoordonnées\b)",
    re.I)
MARKUP_IN_NOTE = re.compile(r"\*\*|__|`|</?[a-zA-Z][^<>]{0,40}>|\[[^\]\n]{1,200}\]\([^)\n]{0,300}\)|^\s*#+\s|&[a-z]+;|&#\d+;",
                     re.M)


_CONTACT_LABEL = re.compile(r"\b(tel|phone|mobile|mob|cell|fax|e-?mail|whatsapp|wechat|telegram|signal|skype)\s*"
                            r"[:.]?\s*[.:]?\s*$", re.I)


def no_contact_or_ui(ctx: CheckContext, note: str) -> str | None:
    """Copies no contact details, links, markup or page text ("500+ connections", "…see more") from the
    paste, and nothing from sidebars about other people.

    Okay: Hi Priya, I heard your podcast episode on data contracts. Glad to connect.
    Fail: Hi Priya, I heard your podcast episode on data contracts. Write to me at sam@example.com.
    Fail: Hi Priya, I saw your 500+ connections and your episode on data contracts. Glad to connect.

    Page text the reason itself says is the user's ("saw he's open to work" where the page shows "Open to work").
    """
    label = _CONTACT_LABEL.search(note)
    if label:
        return f"ends in a contact label ('{label.group(0).strip()}')"
    contacts = find_contacts(note)
    if contacts:
        c = contacts[0]
        kind = "an email address" if "@" in c and "." in c.split("@")[-1] else \
            "a handle" if c.startswith("@") else "a link" if re.search(r"[a-z]\.[a-z]", c, re.I) else "a phone number"
        return f"contains {kind} ('{shorten(c, 30)}')"
    if re.search(r"\b\d{3}[\s.-]\d{3,4}[\s.-]\d{4}\b", note):
        return "contains a phone number"
    m = MARKUP_IN_NOTE.search(note)
    if m:
        return f"contains markup ('{m.group(0)}')"
    m = UI_TEXT.search(note)
    if m and not re.search(re.escape(m.group(0)), ctx.reason, re.I):
        return f"copies page text: '{m.group(0)}'"
    low, told = fold(note), fold(ctx.reason)
    for line in ctx.paste.ui_lines:
        f = fold(line)
        if len(f) >= 12 and f in low and f not in told:  # the reason may say it: "saw he's open to work"
            return f"copies page text: '{shorten(line)}'"
    sidebar = sidebar_only_words(ctx)
    for w in words_in(note):
        if w[0].isupper() and fold(w) in sidebar:
            return f"copies '{w}' from a sidebar (not this person's profile)"
    return None
