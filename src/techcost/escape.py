"""What a document carries, made safe for where it is shown.

Text from inputs (cell values, labels, headings, names, file names) reaches
terminals, CI logs, Markdown reports and databases. Each medium has its own
dangerous characters: escape sequences and control characters for a
terminal, workflow commands for a GitHub Actions log, links and images for
Markdown, undecodable bytes in file names for anything that stores text.
The functions here are the only place those rules live.
"""

from __future__ import annotations

import re

# C0 and C1 control characters, DEL, and the Unicode bidirectional controls
# that can reorder what a reader sees (U+202A-U+202E, U+2066-U+2069)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_CONTROL_ALL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _hex(m: re.Match[str]) -> str:
    ch = m.group(0)
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def path_text(s: str) -> str:
    """A file name as text that can be printed and stored anywhere: bytes
    that are not UTF-8 and control characters (newlines included) become
    ``\\xNN``."""
    if _SURROGATE.search(s):
        s = _SURROGATE.sub(_hex, s)
    return _CONTROL_ALL.sub(_hex, s)


def storable(s: str) -> str:
    """Text any UTF-8 store accepts (SQLite, JSON files): undecodable bytes
    of file names become ``\\xNN``."""
    return _SURROGATE.sub(_hex, s) if _SURROGATE.search(s) else s


def terminal(s: str) -> str:
    """Text for a terminal: escape sequences (ANSI colours, OSC 8 links,
    cursor moves) and other control characters are shown, not obeyed. Tabs
    and newlines are kept."""
    if _SURROGATE.search(s):
        s = _SURROGATE.sub(_hex, s)
    return _CONTROL.sub(_hex, s)


def one_line(s: str) -> str:
    """Terminal text on one line: newlines and tabs shown as ``\\n``/``\\t``."""
    return terminal(s).replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def github_data(s: str) -> str:
    """The message part of a GitHub Actions workflow command (``::error
    ...::MESSAGE``): percent, carriage return and newline are encoded, so a
    document cannot end the command and start another."""
    return terminal(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(s: str) -> str:
    """A property value of a workflow command (``file=``, ``title=``)."""
    return github_data(s).replace(":", "%3A").replace(",", "%2C")


def github_log_line(s: str) -> str:
    """A line printed into a GitHub Actions log that must not be read as a
    workflow command: a leading ``::`` is broken up."""
    out = []
    for line in terminal(s).split("\n"):
        stripped = line.lstrip()
        if stripped.startswith("::") or stripped.startswith("##["):
            line = line.replace("::", ":\u200b:", 1).replace("##[", "#\u200b#[", 1)
        out.append(line)
    return "\n".join(out)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~!])")


def markdown(s: str) -> str:
    """Text inside a Markdown report or job summary: Markdown and HTML
    syntax is escaped (no links, images, emphasis, tables or tags from a
    document), newlines become spaces."""
    t = terminal(s).replace("\r", " ").replace("\n", " ")
    t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", t)
