"""Copy text to the system clipboard with the platform's own tool (no network, no extra dependency).

``CONNOTE_CLIPBOARD`` names a command to use instead (it gets the text on stdin), e.g.
``CONNOTE_CLIPBOARD="tmux load-buffer -"``. Otherwise: ``pbcopy`` (macOS), ``wl-copy`` (Wayland),
``xclip`` / ``xsel`` (X11), ``termux-clipboard-set``, ``clip.exe`` (Windows, WSL).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys

from ..errors import ConnoteError

TIMEOUT_S = 5


class ClipboardUnavailable(ConnoteError):
    """No working clipboard tool here."""


def commands() -> list[list[str]]:
    """Clipboard commands worth trying here, best first."""
    custom = os.environ.get("CONNOTE_CLIPBOARD")
    if custom:
        return [shlex.split(custom)]
    env = os.environ
    options: list[list[str]] = []
    if sys.platform == "darwin":
        options.append(["pbcopy"])
    if sys.platform == "win32":
        options.append(["clip"])
    if env.get("WAYLAND_DISPLAY"):
        options.append(["wl-copy"])
    if env.get("DISPLAY"):
        options += [["xclip", "-selection", "clipboard", "-in"], ["xsel", "--clipboard", "--input"]]
    if env.get("TERMUX_VERSION"):
        options.append(["termux-clipboard-set"])
    if sys.platform.startswith("linux") and "microsoft" in _kernel_release():
        options.append(["clip.exe"])
    return [cmd for cmd in options if shutil.which(cmd[0])]


def _kernel_release() -> str:
    try:
        return os.uname().release.lower()
    except AttributeError:
        return ""


def copy(text: str) -> str:
    """Put ``text`` on the clipboard; return the tool's name. Raises :class:`ClipboardUnavailable`."""
    tried = []
    for cmd in commands():
        tried.append(cmd[0])
        try:
            # stdout/stderr to /dev/null: xclip and wl-copy fork a child that keeps serving the selection,
            # and a pipe it inherited would never close
            proc = subprocess.run(cmd, input=text.encode("utf-8"), stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, timeout=TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if proc.returncode == 0:
            return os.path.basename(cmd[0])
    if tried:
        raise ClipboardUnavailable(f"no clipboard available ({', '.join(tried)} failed)")
    raise ClipboardUnavailable("no clipboard available (install wl-clipboard, xclip or xsel, "
                               "or set CONNOTE_CLIPBOARD to a command that reads stdin)")
