"""From a request to ranked, checked notes.

:mod:`.pipeline` runs a draft; :mod:`.finishing` cleans and fits each generated note; :mod:`.schedule` decides
how many candidates to try, in which waves and at what temperature; :mod:`.rank` checks and scores a note and
tells how alike two notes are; :mod:`.regenerate` drafts new variations of an earlier draft.
"""

from .pipeline import MAX_PROFILE_CHARS, NoteCallback, check_input, draft, tidy_request

__all__ = ["MAX_PROFILE_CHARS", "NoteCallback", "check_input", "draft", "tidy_request"]
