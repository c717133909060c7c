"""Contact details in pasted text: emails, links, phone numbers, handles, messenger ids."""

from __future__ import annotations

import re

EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+")
_TLDS = ("com|org|net|io|dev|ai|co|de|fr|uk|me|app|ly|gl|gg|tv|xyz|info|biz|eu|ch|at|nl|es|it|pt|br|in|us|ca|"
         "au|nz|se|no|dk|fi|pl|cz|ru|jp|cn|kr|sg|hk|tech|cloud|studio|design|page|site|link|so|sh|fm|blog|"
         "news|edu|gov|be|ie|mx|ar|cl|za|ng|ke|vn|id|my|ph|tw|il|tr|gr|ro|hu|ua|to|is|cc|la|ws|lk|pk|earth")
URL_RE = re.compile(
    r"(?:\b(?:https?|ftp)://\S+|\bwww\.\S+|"
    # bare domains: a lower-case host and a known top-level domain ("priya.dev", "bit.ly/x", "lnkd.in/abc");
    # capitalized company names such as "Booking.com" are left alone.
    rf"(?<![\w@.])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:{_TLDS})\b(?:/[^\s,;)]*)?|"
    r"\b(?:linkedin\.com|lnkd\.in)/\S*)")
# Phone-like runs of digits; :func:`_is_phone` decides (dates and year ranges are not phones).
PHONE_RE = re.compile(r"(?<![\w+])(\+?\(?\d[\d \t().\-/]{5,24}\d)(?!\w)")
HANDLE_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_][A-Za-z0-9_.]{1,30}")
_YEAR_RANGE = re.compile(r"^\(?(19|20)\d\d\)?\s*[-–/]\s*\(?((19|20)\d\d)?\)?$")
_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")


def _is_phone(candidate: str) -> bool:
    digits = sum(c.isdigit() for c in candidate)
    stripped = candidate.strip()
    if _YEAR_RANGE.match(stripped) or _DATE.match(stripped):
        return False
    if stripped.startswith("+"):
        return 7 <= digits <= 15
    return 8 <= digits <= 15


# Messenger ids: "WeChat: chenjing_scm", "WhatsApp: +49…", "Telegram: @x"
MESSENGER_RE = re.compile(r"\b(wechat|weixin|微信|whatsapp|telegram|signal|skype|line(?: id)?|kakao(?:talk)?|viber|"
                          r"discord|threema|qq|snapchat|instagram|insta|ig|twitter|x\.com|github|gitlab|mastodon|"
                          r"bluesky|tiktok)\s*[:：]\s*@?[\w.\-+/@]+", re.I)
# Calls to action around contact details: "Book a demo:", "Apply here 👉", "or email", "Guest pitches & speaking:"
_CTA = (r"(?:(?:and|or|oder|ou|o)\s+)?(?:book a (?:demo|call|meeting|chat|slot)|apply(?: here| now)?|e-?mail(?: me)?|"
        r"mail(?: me)?|dm me|reach me|contact(?: me)?|subscribe|sign up|visit|download|schedule(?: a call)?|"
        r"grab a (?:slot|time)|call(?: me)?|text me|phone|tel|mobile|cell|website|web|site|portfolio|"
        r"guest pitches(?: & speaking)?|speaking|bookings?|enquiries|inquiries|kontakt|contacto|contato|contatto)"
        r"(?:\s+(?:here|at|on|via|me))?\s*[:：👉→\-–]*\s*")


def find_contacts(text: str) -> list[str]:
    """Every email address, link, phone number, messenger id and @handle in ``text``."""
    found = [m.group(0) for m in MESSENGER_RE.finditer(text)]
    text = MESSENGER_RE.sub(" ", text)
    found += [m.group(0) for m in EMAIL_RE.finditer(text)]
    rest = EMAIL_RE.sub(" ", text)
    found += [m.group(0) for m in URL_RE.finditer(rest)]
    rest = URL_RE.sub(" ", rest)
    found += [m.group(0).strip() for m in PHONE_RE.finditer(rest) if _is_phone(m.group(0))]
    found += [m.group(0) for m in HANDLE_RE.finditer(rest)]
    return found


def strip_contacts(text: str) -> str:
    """``text`` without emails, links, phone numbers, messenger ids, @handles and the "email me at" around them."""
    text = MESSENGER_RE.sub(" ", text)
    text = re.sub(rf"(?i){_CTA}(?={EMAIL_RE.pattern})", " ", text)
    text = EMAIL_RE.sub(" ", text)
    text = re.sub(rf"(?i){_CTA}(?={URL_RE.pattern})", " ", text)
    text = URL_RE.sub(" ", text)
    text = PHONE_RE.sub(lambda m: " " if _is_phone(m.group(0)) else m.group(0), text)
    text = HANDLE_RE.sub(" ", text)
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()
