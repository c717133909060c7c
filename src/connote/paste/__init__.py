"""Messy pasted profile text -> :class:`connote.schema.Profile`.

A paste is whatever someone selected on a profile page and copied: the site's navigation, the name twice,
"· 2nd", pronouns, buttons ("Message", "Follow", "More"), counters ("500+ connections"), the About text
with "…see more", posts with "X posted this • 1w", experience entries copied twice (the page repeats each
line for screen readers), "Show all 14 experiences →", sidebars ("People also viewed"), the footer, emoji,
HTML or markdown fragments, contact details — in English or in the site's other UI languages.

:func:`analyze` (:mod:`.analyze`) splits a paste into the lines that describe the person (``main_lines``), the sidebar and
footer lines (``sidebar_lines``), and lines that try to instruct an AI (``injections``); :func:`parse_profile`
turns the main lines into a :class:`Profile`. Contact details (emails, links, phone numbers, handles) are
removed from everything kept. Nothing here raises on any input.
"""

from .analyze import PasteAnalysis, analyze, parse_profile, profile_meant
from .contacts import EMAIL_RE, PHONE_RE, URL_RE, find_contacts, strip_contacts
from .lines import is_sidebar_line, is_ui_line
from .markup import clean_text
from .names import given_name, greeting_name, looks_like_name
from .vocabulary import JOB_WORDS

__all__ = ["EMAIL_RE", "JOB_WORDS", "PHONE_RE", "URL_RE", "PasteAnalysis", "analyze", "clean_text", "find_contacts",
           "given_name", "greeting_name", "is_sidebar_line", "looks_like_name", "is_ui_line", "parse_profile", "profile_meant", "strip_contacts"]
