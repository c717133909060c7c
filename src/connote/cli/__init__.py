"""The command line: a thin layer that parses options, calls the library and prints.

:mod:`.app` registers every command; :mod:`.main` is the entry point; :mod:`.output` prints notes, the status
line and the end of a run; :mod:`.inputs` reads the profile and the reason; :mod:`.outfile` sends the notes to
``-o FILE``; one module per command or group: :mod:`.draft` (draft, again), :mod:`.interactive` (the keys menu,
with :mod:`.clipboard`), :mod:`.history` (history, mark, stats), :mod:`.voice`, :mod:`.models`, :mod:`.batch`,
:mod:`.templates`, :mod:`.config`, :mod:`.doctor`; :mod:`.options` holds the options several commands share.
"""

from .app import app
from .main import main

__all__ = ["app", "main"]
