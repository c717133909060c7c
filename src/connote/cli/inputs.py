"""The profile and the reason as the user gives them: an option, a file, piped stdin, or a prompt."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from ..errors import InputError
from ..text.decode import decode_text

#: a pasted profile is a few KB; anything past this is not a profile (drafting uses the first 20,000 chars)
MAX_INPUT_BYTES = 10 * 1024 * 1024


def _too_big(where: str) -> InputError:
    return InputError(f"{where} is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB, which is not a profile; "
                      "paste only the person's profile page")


def decode_input(data: bytes, where: str) -> str:
    return decode_text(data, where, hint="; paste the profile as plain text")


def read_profile(profile: Optional[str], profile_file: Optional[str]) -> str:
    if profile is not None and profile_file is not None:
        raise InputError("give the profile with --profile or --profile-file, not both")
    if profile is not None:
        return profile
    if profile_file == "-" or (profile_file is None and not sys.stdin.isatty()):
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            raise _too_big("standard input")
        text = decode_input(data, "standard input")
        if not text.strip():
            raise InputError("no profile given: standard input was empty; pipe the profile text in, "
                             "or use --profile TEXT or --profile-file PATH")
        return text
    if profile_file is not None:
        path = Path(profile_file).expanduser()
        if not path.is_file():
            raise InputError(f"profile file {profile_file} does not exist")
        try:
            if path.stat().st_size > MAX_INPUT_BYTES:
                raise _too_big(f"profile file {profile_file}")
            return decode_input(path.read_bytes(), f"profile file {profile_file}")
        except OSError as exc:
            raise InputError(f"cannot read profile file {profile_file}: {exc.strerror}") from None
    raise InputError("no profile given: pipe it in, or use --profile TEXT or --profile-file PATH")


def read_reason(reason: Optional[str], *, stdin_used: bool) -> str:
    if reason is None:
        if sys.stdin.isatty() and not stdin_used:
            reason = typer.prompt("Why do you want to connect")
        else:
            raise InputError("--reason is required: say in a few words why you want to connect")
    if not reason.strip():
        raise InputError("the reason is empty: say in a few words why you want to connect")
    return reason
