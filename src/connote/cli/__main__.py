"""``python -m connote.cli``: the same as the ``connote`` command."""

from .main import main

main()
