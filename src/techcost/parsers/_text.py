"""Text helpers shared by the Markdown and LaTeX parsers: decoding text
files, LaTeX markup to plain text, personal-name clean-up, a section
builder that turns headings and blocks into the model, and the linking of
contribution statements to authors.

Nothing here opens a file other than the one it is given.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..credit_roles import normalise_role
from ..errors import InputFileError, LimitExceeded
from ..model.location import Location
from ..model.manuscript import Author, Section, TextBlock
from ..names import (
    ELIDED_FAMILY,
    PARTICLES,
    fold,
    is_placeholder_name,
    match_initials,
    parse_name,
    same_person,
    without_honorific,
    without_nickname,
    without_role_notes,
)
from ..statements import (  # noqa: F401  (one implementation, used by the parsers through here)
    EMAIL,
    ORCID,
    find_email,
    is_empty_statement,
    is_thanks_like,
    normalise_orcid,
)
from ._sections import classify_heading, clean_heading


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(f"TECHCOST_{name}", default))
    except ValueError:
        return default


from . import limits  # noqa: E402  (MAX_TEXT_BYTES: largest text source read, in bytes)

# --------------------------------------------------------------------------
# decoding
# --------------------------------------------------------------------------

_BOMS: list[tuple[bytes, str]] = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte of ``head`` is NUL."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _cyrillic_bytes(data: bytes) -> bool:
    """Whether text that is not UTF-8 reads as Windows-1251 (Russian,
    Bulgarian, Serbian ...) rather than Windows-1252: its bytes above 0xBF
    come in runs of letters, as Cyrillic words are written, where a Western
    text sets one accented letter among plain ones ("été", "Müller")."""
    sample = data[:65536]
    high = [i for i, b in enumerate(sample) if b >= 0xC0]
    if len(high) < 20:
        return False
    runs = sum(1 for i in high if (i > 0 and sample[i - 1] >= 0xC0) or (i + 1 < len(sample) and sample[i + 1] >= 0xC0))
    return runs >= 0.8 * len(high)


def decode_bytes(data: bytes, *, what: str = "text") -> str:
    """Text from bytes: a byte-order mark wins, then UTF-16 without a mark,
    then UTF-8, then Windows-1251 when the bytes read as Cyrillic words, else
    Windows-1252/Latin-1. Line ends become ``\\n``.

    Raises ``InputFileError`` (one line) for binary data."""
    enc: str | None = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            enc = name
            break
    if enc is None:
        enc = _utf16_without_bom(data[:4096])
    if enc is not None:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            raise InputFileError(f"cannot be decoded as {enc.upper()} {what}") from None
    else:
        if b"\x00" in data:
            raise InputFileError(f"holds binary data, not {what}")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            if _cyrillic_bytes(data):
                text = data.decode("cp1251", errors="replace")
            else:
                try:
                    text = data.decode("cp1252")
                except UnicodeDecodeError:
                    text = data.decode("latin-1")
    if text.startswith("\ufeff"):
        text = text[1:]
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 200):
        raise InputFileError(f"holds binary data, not {what}")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_text(path: Path, *, what: str = "text") -> str:
    """The decoded text of ``path`` (see ``decode_bytes``); never writes.

    Raises ``InputFileError`` for unreadable files and ``LimitExceeded``
    for files above ``MAX_TEXT_BYTES``."""
    try:
        size = path.stat().st_size
        if size > limits.MAX_TEXT_BYTES:
            raise LimitExceeded(
                f"is {size / 1e6:.1f} MB of {what} (limit {limits.MAX_TEXT_BYTES / 1e6:.0f} MB; raise TECHCOST_MAX_TEXT_BYTES)"
            )
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputFileError("is a folder, not a file") from None
    except PermissionError:
        raise InputFileError("permission denied") from None
    except OSError as exc:
        raise InputFileError(f"cannot be read ({exc.strerror or exc})") from None
    return decode_bytes(data, what=what)


def resolve_inside(root: Path, start: Path, name: str, suffixes: tuple[str, ...] = ()) -> tuple[Path | None, str]:
    """The file an include names, looked up from ``start`` and accepted only
    inside ``root`` (after following symbolic links): ``(path, "")``, or
    ``(None, reason)`` when it is absolute, outside ``root`` or missing.
    Each suffix in ``suffixes`` is tried first when ``name`` lacks one."""
    name = name.strip().strip('"').strip("'").strip()
    if not name or len(name) > 500 or "\n" in name:
        return None, "is not a file name"
    if name.startswith(("/", "\\", "~")) or re.match(r"^[A-Za-z]:[\\/]", name) or "\x00" in name:
        return None, "absolute paths are not followed"
    cands = [start / (name + sfx) for sfx in suffixes if not name.lower().endswith(sfx)]
    cands.append(start / name)
    outside = False
    for c in cands:
        try:
            r = c.resolve()
        except (OSError, RuntimeError, ValueError):
            continue
        if not r.is_relative_to(root):
            outside = True
            continue
        try:
            if r.is_file():
                return r, ""
        except OSError:
            continue
    if outside:
        return None, "it is outside the project folder"
    return None, "not found"


class LineIndex:
    """Offsets to 1-based line numbers for one text."""

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._starts = starts

    def line(self, offset: int) -> int:
        from bisect import bisect_right

        return bisect_right(self._starts, offset)


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------

# --------------------------------------------------------------------------
# LaTeX to plain text
# --------------------------------------------------------------------------

_ACCENTS = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328",
    "r": "\u030a", "d": "\u0323", "b": "\u0331", "t": "\u0361",
}
_LETTERS = {
    "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
    "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ",
    "dj": "đ", "DJ": "Đ", "SS": "SS",
}
_SYMBOLS = {
    "ldots": "…", "dots": "…", "textellipsis": "…", "cdots": "…", "textendash": "–", "textemdash": "—",
    "textquoteleft": "‘", "textquoteright": "’", "textquotedblleft": "“", "textquotedblright": "”",
    "lq": "‘", "rq": "’", "copyright": "©", "textcopyright": "©", "textregistered": "®", "texttrademark": "™",
    "textdegree": "°", "degree": "°", "textmu": "µ", "textperthousand": "‰", "textbullet": "•",
    "textasciitilde": "~", "textbackslash": "\\", "textbar": "|", "textless": "<", "textgreater": ">",
    "textunderscore": "_", "textasciicircum": "^", "S": "§", "P": "¶", "dag": "†", "ddag": "‡",
    "pounds": "£", "euro": "€", "EUR": "€", "texteuro": "€", "LaTeX": "LaTeX", "TeX": "TeX", "LaTeXe": "LaTeX2e",
    "BibTeX": "BibTeX", "pm": "±", "mp": "∓", "times": "×", "div": "÷", "cdot": "·", "sim": "~", "approx": "≈",
    "simeq": "≃", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "neq": "≠", "ne": "≠", "ll": "≪", "gg": "≫",
    "infty": "∞", "deg": "deg", "circ": "°", "prime": "′", "rightarrow": "→", "to": "→", "leftarrow": "←",
    "Rightarrow": "⇒", "propto": "∝", "partial": "∂", "nabla": "∇", "sum": "∑", "prod": "∏", "int": "∫",
    "sqrt": "√", "in": "∈", "cap": "∩", "cup": "∪", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ",
    "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "θ", "iota": "ι",
    "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ",
    "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
    "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "Angstrom": "Å", "angstrom": "Å", "percent": "%",
    "quad": " ", "qquad": " ", "enspace": " ", "thinspace": " ", "space": " ", "newline": " ", "linebreak": " ",
    "par": "\n\n", "and": ", ", "AND": ", ", "And": ", ", "textsuperscript": "", "ast": "*", "star": "*",
}
# commands whose arguments are not text: the command and its [..]/{..} groups go
_DROP = frozenset(
    """cite citep citet citealp citealt citeauthor citeyear citeyearpar citenum citetext parencite textcite
    autocite footcite fullcite nocite Cite Citep Citet citeA citeNP citeN shortcite ref eqref autoref cref Cref
    pageref vref nameref labelcref label includegraphics includepdf vspace hspace vskip hskip kern
    bibliographystyle bibstyle bibliography addbibresource printbibliography setlength addtolength setcounter
    addtocounter stepcounter refstepcounter usepackage RequirePackage documentclass newcommand renewcommand
    providecommand newenvironment renewenvironment DeclareMathOperator def gdef edef xdef let newtheorem
    newlength definecolor color pagestyle thispagestyle pagenumbering markboth markright input include
    includeonly raggedright raggedleft centering linenumbers nolinenumbers maketitle tableofcontents
    listoffigures listoftables newpage clearpage cleardoublepage pagebreak nopagebreak noindent indent
    smallskip medskip bigskip vfill hfill break allowbreak fontsize selectfont linespread
    authorrunning titlerunning shorttitle shortauthors runningtitle runningauthor runninghead
    journalname journal volume issue jyear jvol received accepted revised published keywords keyword
    subjclass pacs PACS doi copyrightyear copyrightholder acmYear acmDOI acmConference acmBooktitle
    acmPrice acmISBN setcopyright ccsdesc orcid orcidlink orcidID ORCID email ead thanks footnotemark
    inst aff affmark authormark IEEEauthorrefmark fnref corref tnoteref altaffilmark affiliationmark
    phantom hphantom vphantom rule protect nobreak leavevmode relax ignorespaces unskip
    hypertarget pdfbookmark bibitem newblock graphicspath DeclareGraphicsExtensions captionsetup
    boolean isundefined lengthtest equal
    resizebox scalebox rotatebox tikz draw node path fill addplot lstset lstinputlisting
    titlehead subtitle date today affil affiliation address institute correspondingauthor corr corresp
    footnotetext caption captionof subcaption homepage preprint authornote authornotemark equalcont corres
    presentaddress leadauthor equalauthors authordeclaration firstnote secondnote thirdnote inits backmatter
    emailAdd cormark fnmark nonumnote printcredits credit icmlauthor icmlaffiliation icmlcorrespondingauthor
    icmlkeywords icmltitle icmltitlerunning collaboration alsoaffiliation additionalaffiliation altaffiliation
    AuthorNames TitleCitation AuthorCitation firstpage pubvolume issuenum articlenumber pubyear datereceived
    dateaccepted datepublished hreflink Extrachairs keyword runningtitle shorttitle shortauthor dedication
    tnotetext fntext cortext dedicatory curraddr urladdr""".split()
)
# commands with several groups of which one is text: name -> (groups, which one is kept)
_ARG_PICK = {
    "href": (2, 1), "textcolor": (2, 1), "colorbox": (2, 1), "foreignlanguage": (2, 1), "hyperref": (1, 0),
    "hyperlink": (2, 1), "fcolorbox": (3, 2), "texorpdfstring": (2, 1), "multicolumn": (3, 2),
    "multirow": (3, 2), "makecell": (1, 0), "parbox": (2, 1), "raisebox": (2, 1), "SI": (2, 0), "si": (1, 0),
    "num": (1, 0), "ang": (1, 0), "qty": (2, 0),
}
_SPACE_AFTER = re.compile(r"[ \t]*\n?[ \t]*")
_DIMEN = re.compile(r"\s*-?[\d.]+\s*(?:pt|in|cm|mm|em|ex|bp|pc|sp|mu|\\[a-z]+)(?:\s*(?:plus|minus)\s*-?[\d.]+\s*(?:pt|in|cm|mm|em|ex|fil+))*")

_TOKEN = re.compile(
    r"(?=[\\{}$~`'-])"  # a cheap first-character test keeps the search fast
    r"(?:\\([a-zA-Z@]+)(\*?)"  # control word
    r"|\\(.)"  # control symbol
    r"|(\{)|(\})|(\$\$?)|(~)|(---?)|(``|''))",
    re.S,
)


def _skip_to_argument(text: str, pos: int) -> int:
    """Where a command's next argument may start: past spaces, one line
    end (a space to TeX) and any comments, which eat their own line ends
    ("\\author[A. Lee et al.]%" then "{...}" on the next line)."""
    n = len(text)
    i = pos
    newline = False
    while i < n:
        c = text[i]
        if c in " \t":
            i += 1
        elif c == COMMENT_MARK:
            i += 1
            if i < n and text[i] == "\n":
                i += 1
        elif c == "\n" and not newline:  # one line end is a space; a blank line ends the search
            newline = True
            i += 1
        else:
            break
    return i


def read_group(text: str, pos: int, *, long: bool = True, open_ch: str = "{") -> tuple[str, int] | None:
    """The content of the brace group that starts at ``text[pos]`` (after
    spaces) and the offset just past it, or None when there is none.

    Escaped braces are skipped. An unclosed group ends at the next blank
    line (and, when ``long`` is false, any group does: TeX forbids a
    paragraph break in such arguments) or at the end of the text."""
    n = len(text)
    i = _skip_to_argument(text, pos)
    if i >= n or text[i] != open_ch:
        return None
    close_ch = "}" if open_ch == "{" else "]"
    # fast path: a group with no nested braces, escapes or line breaks
    j = text.find(close_ch, i + 1)
    if j != -1:
        inner = text[i + 1 : j]
        if "\\" not in inner and open_ch not in inner and "\n" not in inner and (open_ch == "{" or "{" not in inner):
            return inner, j + 1
    depth = 0
    pat = _GROUP_SCAN_BRACE if open_ch == "{" else _GROUP_SCAN_BRACKET
    limit = min(n, i + (MAX_GROUP_CHARS if long else MAX_SHORT_GROUP_CHARS))
    first_blank = -1
    for m in pat.finditer(text, i, limit):
        tok = m.group(0)
        if tok[0] == "\\":
            continue
        if tok == open_ch:
            depth += 1
        elif tok == close_ch:
            depth -= 1
            if depth == 0:
                return text[i + 1 : m.start()], m.end()
        elif tok[0] == "\n":  # blank line
            if not long or open_ch == "[":
                return text[i + 1 : m.start()], m.start()
            if first_blank == -1:
                first_blank = m.start()
    # unclosed (or longer than any real argument): end at the first blank
    # line after the opening, else where the search stopped
    end = first_blank if first_blank != -1 else limit
    return text[i + 1 : end], end


#: The longest argument searched for its closing brace; an unclosed group
#: ends there, which keeps reading linear on broken input.
MAX_GROUP_CHARS = 200_000
MAX_SHORT_GROUP_CHARS = 20_000

_GROUP_SCAN_BRACE = re.compile(r"\\.|[{}]|\n[ \t]*\n", re.S)
_GROUP_SCAN_BRACKET = re.compile(r"\\.|[\[\]{}]|\n[ \t]*\n", re.S)


def read_optional(text: str, pos: int) -> tuple[str, int] | None:
    """An optional ``[...]`` argument right at ``pos`` (spaces allowed, and
    one line end, as TeX reads it: "\\author\n  [Short]\n  {Names}")."""
    n = len(text)
    i = _skip_to_argument(text, pos)
    if i >= n or text[i] != "[":
        return None
    depth = 0
    for m in _GROUP_SCAN_BRACKET.finditer(text, i):
        tok = m.group(0)
        if tok[0] == "\\":
            continue
        if tok in "[{":
            depth += 1
        elif tok in "]}":
            depth -= 1
            if depth == 0:
                if tok == "]":
                    return text[i + 1 : m.start()], m.end()
                return None
        elif tok.startswith("\n"):
            return None
    return None


def skip_args(text: str, pos: int, *, max_groups: int = 9) -> int:
    """Offset past any ``[..]`` and ``{..}`` groups directly after ``pos``."""
    for _ in range(max_groups):
        opt = read_optional(text, pos) if pos < len(text) and text[pos : pos + 1] in "[ " else None
        if opt is not None:
            pos = opt[1]
            continue
        if pos < len(text) and text[pos] == "{":
            g = read_group(text, pos)
            if g is None:
                break
            pos = g[1]
            continue
        break
    return pos


def _accent(mark: str, base: str) -> str:
    if not base:
        return ""
    first, rest = base[0], base[1:]
    if first == "ı":
        first = "i"
    elif first == "ȷ":
        first = "j"
    return unicodedata.normalize("NFC", first + _ACCENTS[mark]) + rest


def _find_math_end(text: str, pos: int, delim: str) -> int:
    """Offset of the closing math delimiter, or -1."""
    i = pos
    while True:
        j = text.find(delim, i)
        if j == -1:
            return -1
        k = j - 1
        bs = 0
        while k >= 0 and text[k] == "\\":
            bs += 1
            k -= 1
        if bs % 2 == 0:
            return j
        i = j + 1


def math_to_text(s: str) -> str:
    """Inline math reduced to readable characters (``2\\sigma`` -> ``2σ``)."""
    out = latex_to_text(s, _math=True, _depth=1)
    return " ".join(out.split())


def latex_to_text(s: str, *, _math: bool = False, _depth: int = 0) -> str:
    """Plain text from LaTeX markup: accents and letter macros become
    Unicode (``{\\"o}`` -> ``ö``, ``\\ss`` -> ``ß``), ``~`` a space, ``--``
    an en dash; ``\\emph{x}`` and unknown macros keep their text;
    citations, references, labels and layout commands are dropped; inline
    math keeps its symbols; display math is dropped. Unbalanced braces are
    tolerated."""
    if not s:
        return ""
    if COMMENT_MARK in s:
        s = _EAT_COMMENT.sub("", s)
    if _depth > 40:
        return re.sub(r"[\\{}$]", "", s)
    out: list[str] = []
    pos = 0
    n = len(s)
    while pos < n:
        m = _TOKEN.search(s, pos)
        if m is None:
            out.append(s[pos:])
            break
        if m.start() > pos:
            out.append(s[pos : m.start()])
        pos = m.end()
        word, star, sym, lb, rb, dollar, tilde, dash, quote = m.groups()
        if word is not None:
            pos = _control_word(s, pos, word, star, out, _math, _depth)
        elif sym is not None:
            if sym in _ACCENTS and not sym.isalpha():
                base, pos = _accent_base(s, pos, _depth)
                out.append(_accent(sym, base))
            elif sym == "\\":
                opt = read_optional(s, pos)
                if opt is not None and re.fullmatch(r"\s*-?[\d.]+\s*\w*\s*", opt[0]):
                    pos = opt[1]
                out.append("\n")
            elif sym in "&%$#_{}":
                out.append(sym)
            elif sym in ",;: \n\t>":
                out.append(" ")
            elif sym in "-/@!)":
                pass
            elif sym == "(":
                end = _find_math_end(s, pos, "\\)")
                if end != -1:
                    out.append(math_to_text(s[pos:end]))
                    pos = end + 2
            elif sym == "[" or sym == "]":
                # display math \[ ... \]
                if sym == "[":
                    end = _find_math_end(s, pos, "\\]")
                    pos = len(s) if end == -1 else end + 2
                    out.append(" ")
            else:
                out.append(sym)
        elif lb is not None or rb is not None:
            continue
        elif dollar is not None:
            if _math:
                continue
            if dollar == "$$":
                end = _find_math_end(s, pos, "$$")
                pos = n if end == -1 else end + 2
                out.append(" ")
                continue
            end = _find_math_end(s, pos, "$")
            if end == -1 or "\n\n" in s[pos:end]:
                continue
            out.append(math_to_text(s[pos:end]))
            pos = end + 1
        elif tilde is not None:
            out.append(" ")
        elif dash is not None:
            out.append("—" if len(dash) == 3 else "–")
        elif quote is not None:
            out.append("“" if quote == "``" else "”")
    text = "".join(out)
    if _math:
        text = text.replace("^", "").replace("_", "")
    if _depth == 0:
        text = tidy(text)
    return text


def _accent_base(s: str, pos: int, depth: int) -> tuple[str, int]:
    """The letter an accent applies to: ``e``, ``{e}``, ``{\\i}``, `` e``."""
    n = len(s)
    i = pos
    while i < n and s[i] in " \t":
        i += 1
    if i < n and s[i] == "{":
        g = read_group(s, i, long=False)
        if g is not None:
            return latex_to_text(g[0], _depth=depth + 1).strip(), g[1]
    if i < n and s[i] == "\\":
        m = re.match(r"\\([a-zA-Z]+)\s*", s[i:])
        if m and m.group(1) in _LETTERS:
            return _LETTERS[m.group(1)], i + m.end()
    if i < n:
        return s[i], i + 1
    return "", i


def _control_word(s: str, pos: int, word: str, star: str, out: list[str], math: bool, depth: int) -> int:
    """Handle ``\\word`` at ``pos`` (just past it); return the new offset."""
    if word in _ACCENTS and len(word) == 1:
        base, pos = _accent_base(s, pos, depth)
        out.append(_accent(word, base))
        return pos
    if word in _LETTERS:
        m = _SPACE_AFTER.match(s, pos)
        if m:
            pos = m.end()
        if pos < len(s) and s[pos] == "{" and s[pos + 1 : pos + 2] == "}":
            pos += 2
        out.append(_LETTERS[word])
        return pos
    if word in _SYMBOLS:
        if pos < len(s) and s[pos] == "{" and s[pos + 1 : pos + 2] == "}":
            pos += 2
        out.append(_SYMBOLS[word])
        return pos
    if word in _DROP or (word.startswith("acm") and len(word) > 4 and word[3].isupper()):
        out.append(" ")
        if word in ("vskip", "hskip", "kern", "vspace", "hspace"):
            dm = _DIMEN.match(s, pos)
            if dm:
                pos = dm.end()
        return skip_args(s, pos)
    if word in ("begin", "end"):
        g = read_group(s, pos, long=False)
        if g is None:
            return pos
        env = g[0].strip()
        pos = g[1]
        if word == "begin":
            if env.rstrip("*") in MATH_ENVS:
                end = re.compile(r"\\end\s*\{" + re.escape(env) + r"\}").search(s, pos)
                return len(s) if end is None else end.end()
            # arguments of tabular-like environments are layout
            if env.rstrip("*") in ("tabular", "tabularx", "tabulary", "longtable", "array", "minipage", "wrapfigure"):
                pos = skip_args(s, pos)
        out.append(" ")
        return pos
    if word in _ARG_PICK:
        count, keep = _ARG_PICK[word]
        groups: list[str] = []
        p = pos
        for _ in range(count):
            o = read_optional(s, p)
            if o is not None:
                p = o[1]
            g = read_group(s, p)
            if g is None:
                break
            groups.append(g[0])
            p = g[1]
        if not groups:
            return pos
        chosen = groups[keep] if keep < len(groups) else groups[-1]
        out.append(latex_to_text(chosen, _math=math, _depth=depth + 1))
        return p
    if word in ("url", "nolinkurl", "path"):
        g = read_group(s, pos, long=False)
        if g is None:
            return pos
        out.append(g[0])
        return g[1]
    if word in ("verb", "lstinline"):
        m = re.match(r"(\S)(.*?)\1", s[pos:])
        if m:
            out.append(m.group(2))
            return pos + m.end()
        return pos
    if word == "footnote" or word == "endnote":
        # inside a converted string a footnote stays as bracketed text
        opt = read_optional(s, pos)
        if opt is not None:
            pos = opt[1]
        g = read_group(s, pos)
        if g is None:
            return pos
        inner = latex_to_text(g[0], _depth=depth + 1).strip()
        if inner:
            out.append(f" ({inner})")
        return g[1]
    # unknown or text-style macros (\emph, \textbf ...): drop the name, keep
    # the text of their groups; an optional [..] directly after is dropped
    opt = read_optional(s, pos) if pos < len(s) and s[pos] == "[" else None
    if opt is not None:
        pos = opt[1]
    m = _SPACE_AFTER.match(s, pos)
    if m and m.end() > pos and (m.end() >= len(s) or s[m.end()] != "{"):
        out.append(" ")
    return pos


#: Put where a ``%`` comment was cut from a line of LaTeX: not text, and
#: (like the comment) it joins the line to the next.
COMMENT_MARK = "\ue0ff"
_EAT_COMMENT = re.compile("\ue0ff(?:\n[ \t]*)?")

MATH_ENVS = frozenset(
    "equation eqnarray align alignat gather multline flalign displaymath math split subequations".split()
)

_SPACE_MAP = {0x09: " ", 0xA0: " ", 0x2009: " ", 0x202F: " "}
_SPACES = re.compile(r"  +")
_NL_MANY = re.compile(r"\n{3,}")
_EMPTY_HINTS = ("()", "( ", "(,", "(;", "[]", "[ ", "[,", "[;")
_PUNCT = ".,;:!?)]"
_EMPTY_BRACKETS = re.compile(r"\(\s*[,;]*\s*\)|\[\s*[,;]*\s*\]")


# a line that only says what kind of article this is ("Research Article", "Open Access"): no title, no names
ARTICLE_TYPE = re.compile(
    r"^(?:research(?:\s+article)?|(?:original|review|research|feature|short|brief)\s+(?:article|report|communication|paper)s?|review|"
    r"articles?|letters?|editorial|commentary|perspective|methodology|software|debate|case\s+report|open\s+access|"
    # a thesis's kind on its title page: "Master's Thesis", "Doctoral Dissertation", "PhD Thesis"
    r"(?:(?:master|bachelor|doctor|doctoral|ph\.?\s?d\.?|msc|bsc|diploma|honours|senior)(?:['’]s)?\s+)?(?:thesis|dissertation)|"
    r"r\s*e\s*s\s*e\s*a\s*r\s*c\s*h\s+a\s*r\s*t\s*i\s*c\s*l\s*e.*|r\s*e\s*v\s*i\s*e\s*w.*open\s+access|.*\bopen\s+access)$",
    re.I,
)


def tidy(text: str) -> str:
    """Collapse spaces, drop spaces before punctuation and empty brackets
    left by removed citations; blank lines survive as paragraph breaks."""
    if not text:
        return ""
    if "\t" in text or "\u00a0" in text or "\u2009" in text or "\u202f" in text:
        text = text.translate(_SPACE_MAP)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if any(p in text for p in _EMPTY_HINTS):
        text = _EMPTY_BRACKETS.sub("", text)
        if "  " in text:
            text = _SPACES.sub(" ", text)
    if "( " in text or "[ " in text:
        text = text.replace("( ", "(").replace("[ ", "[")
    if " " in text:
        for p in _PUNCT:
            if " " + p in text:
                text = text.replace(" " + p, p)
    if "\n" in text:
        text = "\n".join(line.strip(" ") for line in text.split("\n"))
        if "\n\n\n" in text:
            text = _NL_MANY.sub("\n\n", text)
    return text.strip()


def one_line(text: str) -> str:
    """``text`` on one line with single spaces."""
    return " ".join(text.split())


# --------------------------------------------------------------------------
# personal names
# --------------------------------------------------------------------------

_INSTITUTION = re.compile(
    r"\b(?:universi|institut|department|laborator|college|school|centre|center|hospital|facult|academ|"
    r"corporation|company|foundation|ministry|council|society|agency|national|research|division|program|"
    r"equal(?:ly)? contribut|present address|correspond)"
    r"|\b(?:univ|dept|lab|inc|ltd|gmbh|street|avenue|road|campus|sciences?|e-?mail|usa|u\.s\.a|facility|facilities|platform|observatory)\b",
    re.I,
)
# a note printed among the affiliations that is not one: correspondence,
# equal contribution, a present address, a death
_AUTHOR_NOTE = re.compile(
    r"^\W*(?:(?:the\s+)?(?:author|person)s?\s+)?(?:to whom (?:any |all )?(?:correspondence|queries)|(?:\w+ )?correspond(?:ing|ence)\b|(?:these|the|both|all) (?:\w+ )?authors? "
    r"(?:have )?contributed equally|contributed equally|equal(?:ly)? contribut|(?:present|current|permanent) address|deceased\b"
    # Cell Press's "Lead contact"; ACS's "Cite This: J. Chem. ..." header read beside the names
    r"|lead\s+contact\b|cite\s+this\s*:"
    # Taylor & Francis: "CONTACT Kim Park. Email: ..."
    r"|(?-i:CONTACT)\b)"
    # a fellowship held, not a place: "51 Pegasi b Fellow", "CIFAR Senior Fellow", "Hubble Fellow"
    r"|^[^,;]{0,80}\b(?:fellow|scholar)s?\W*$",
    re.I,
)


# "Department of X, Y 53706 (T.Z., W.Z., J.J.); and Z Laboratory, W (W.Z.)": each place followed by
# the initials of the authors it belongs to (ASPB, Genetics)
# each person by initials ("N.H.") or by initials and family name ("N. Hanaoka", "T. Fujimoto")
# (initials in any alphabet: "Ö. Ergönül", "Ş. Keske", "İ.A. Kara")
_ONE_BY_INITIALS = r"[^\W\d_][a-z]?\.(?:\s?-?[^\W\d_][a-z]?\.)*(?:\s*[^\W\d_][\w'’\-]+(?:\s[^\W\d_][\w'’\-]+)?)?"
_PLACE_BY_INITIALS = re.compile(r"(?P<place>[^()]+?)\s*\((?P<who>(?:" + _ONE_BY_INITIALS + r"\s*,?\s*(?:and\s+)?)+)\)\s*[;,.]?\s*(?:and\s+)?")


def places_by_initials(authors: list[Author]) -> None:
    """Authors who all hold one merged affiliation that lists its places
    each with the initials of its authors get their own places. So do
    authors who all hold the same several places, each place naming its
    authors so ("National Institute of Infectious Diseases, Tokyo, Japan
    (N. Hanaoka, M. Konagaya)", as Emerging Infectious Diseases' JATS has it)."""
    if len(authors) < 2 or any(a.affiliations != authors[0].affiliations for a in authors) or not authors[0].affiliations:
        return
    text = "; ".join(x.strip().rstrip(";") for x in authors[0].affiliations)
    parts = [(m.group("place").strip(" ,;"), m.group("who")) for m in _PLACE_BY_INITIALS.finditer(text)]
    if len(parts) < 1 or sum(len(m.group(0)) for m in _PLACE_BY_INITIALS.finditer(text)) < 0.9 * len(text.strip()):
        return
    names = [a.name for a in authors]
    given: dict[str, list[str]] = {n: [] for n in names}
    for place, who in parts:
        for ini in re.findall(_ONE_BY_INITIALS, who):
            if re.search(r"[\w'’\-]{2,}$", ini) and not ini.endswith("."):
                hits = [n for n in names if same_person(ini, n)]  # "N. Hanaoka"
                if len(hits) > 1:
                    # "K.J. Lee" beside Keon Joo Lee and Kang Hyoung Lee: the one whose initials are all of these
                    own = parse_name(ini)
                    hits = [n for n in hits if own is not None and (pn := parse_name(n)) is not None and pn.initials == own.initials]
            else:
                hits = match_initials(re.sub(r"\s", "", ini), names)
            if not hits:
                hits = _misspelt(ini, names)  # "U. Ströeher" for Ute Ströher: a misprint in the note
            if len(hits) != 1:
                return
            if place not in given[hits[0]]:
                given[hits[0]].append(place)
    if not all(given.values()):
        return
    for a in authors:
        a.affiliations = given[a.name]


def _misspelt(short: str, names: list[str]) -> list[str]:
    """The one author whose initials a short name ("U. Ströeher") has and
    whose family name it misspells by a letter or so."""
    import difflib

    own = parse_name(short)
    if own is None or not own.family:
        return []
    hits = []
    for n in names:
        pn = parse_name(n)
        if pn is None or not pn.family or not pn.initials or not own.initials or pn.initials[0] != own.initials[0]:
            continue
        a, b = fold(own.family), fold(pn.family)
        if a != b and len(a) >= 4 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.85:
            hits.append(n)
    return hits


AFFILIATIONS_NOTE = re.compile(
    r"^\W{0,4}(?:authors?['’]?\s+affi\s?liations?\W{0,4}\s*:|(?-i:Address)\b\s*:?)\W{0,4}\s*(?P<places>(?-i:[A-Z]).{10,})$", re.IGNORECASE | re.DOTALL
)


def places_in_labelled_note(authors: list[Any], texts: Any) -> None:
    """Places given in a labelled note, each naming its authors ("Author
    affiliations: Colorado State University, Fort Collins, Colorado, USA
    (S.N. Bevins, J.A. Tracey); Centers for Disease Control and Prevention,
    Fort Collins (K.L. Gage)", as Emerging Infectious Diseases prints them),
    for authors given no places where their names are. Each author gets the
    places that name them; when the note does not name every author,
    nobody's places change. Current Opinion journals label the one place
    they all share "Address". ``texts`` are the paper's paragraphs."""
    if len(authors) < 2 or any(a.affiliations for a in authors):
        return
    for text in texts:
        m = AFFILIATIONS_NOTE.match(text)
        if not m:
            continue
        note = re.sub(r"\s+", " ", m.group("places")).strip()
        if not _PLACE_BY_INITIALS.search(note):
            # a note naming no one: its places are everyone's ("X, Legnaro, Italy; and Y, Legnaro")
            places = [re.sub(r"^and\s+", "", x.strip()).strip(" .,") for x in re.split(r";", note) if x.strip(" .,")]
            for a in authors:
                a.affiliations = list(places)
            return
        for a in authors:
            a.affiliations = [note]
        places_by_initials(authors)
        if all(a.affiliations == [note] for a in authors):
            for a in authors:
                a.affiliations = []
        return


def is_author_note(text: str) -> bool:
    """Whether a line of a title page is a note about the authors
    ("To whom correspondence should be addressed", "These authors
    contributed equally") rather than an affiliation."""
    return bool(_AUTHOR_NOTE.search(text.strip()))


# "**Author Affiliations:**", "Affiliations", "## Affiliations": a label over numbered affiliations
AFFILIATIONS_LABEL = re.compile(r"^(?:#{2,4}\s+|\*\*|__)?(?:authors?['’]?s?\s+)?affiliations?\s*:?\s*(?:\*\*|__)?\s*:?\s*$", re.I)
# "(Orcid ID : 0000-0002-...)", "[ORCID: https://orcid.org/...]": an ORCID note printed beside a name
_ORCID_NOTE = re.compile(r"\s*[(\[][^()\[\]]{0,60}?(?:orc?h?id[^()\[\]]*|\d{4}[-\s–‐]{0,2}\d{4}[-\s–‐]{0,2}\d{4}[-\s–‐]{0,2}\d{3}[\dXx])[)\]]", re.I)


def split_orcid_note(text: str) -> tuple[str, str | None]:
    """A title-page line without the ORCID note printed beside the name,
    and the iD it gives (``normalise_orcid``), if any."""
    for m in _ORCID_NOTE.finditer(text):
        orcid = normalise_orcid(m.group(0))
        if orcid or re.search(r"orc?h?id", m.group(0), re.I):  # a labelled note goes even with a mistyped iD
            return (text[: m.start()] + text[m.end() :]).strip(), orcid
    return text, None


def strip_orcid_notes(text: str) -> str:
    """A line of names without the ORCID notes printed beside them
    ("Kim Park (ORCID: 0000-0002-1825-0097), Jo Bloggs")."""
    while True:
        out, orcid = split_orcid_note(text)
        if out == text:
            # "Paula de Araújo1,2 0000-0003-4608-752X": an iD printed bare beside the name
            return _BARE_ORCID.sub("", text)
        text = out


_BARE_ORCID = re.compile(r"\s*(?:https?://orcid\.org/)?" + ORCID.pattern)


# a form's or a manuscript's labelled line of names: "Authors: A1, B2", "Author(s): ..."
AUTHORS_LABEL = re.compile(r"^\s*(?:(?:names?|list)\s+of\s+(?:the\s+)?authors?|authors?['’]?\s*(?:names?|list)?)\s*(?:\([^()]{0,40}\))?\s*:\s*", re.I)
# a number in brackets after a name, and the degree or post after it up to the next name
# ("Kim Park (1) MPhil, Jo Bloggs (2) Associate Professor and Ana Li (1,2)")
_BRACKETED_NUMBER = re.compile(r"\s*\((\d{1,2}(?:\s*,\s*\d{1,2})*)\)(?:(?!\s(?:and|&)\s)[^,;()])*")


def mark_keys(text: str) -> list[str]:
    """The keys in a run of affiliation marks: numbers, Roman numerals
    ("II", as Brazilian journals mark places), letters and signs, in order
    ("1,2*" gives "1", "2", "*"; "IV" gives "IV"; "ab" gives "a", "b")."""
    return re.findall(r"\d+|[IVX]+|[a-z]|[^\w\s,⟨⟩]", text)


# the next label on a line of labels ("Author: A  Date: May 2026  Classification: ..."), where the names end
_NEXT_LABEL = re.compile(r"(?:\s*[,;]\s*|\s+)[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s*:(?:\s|$)")


def names_of_label(text: str) -> str:
    """What a labelled line of names gives after its label, up to the next
    label on the line: "Author: Alex Maybaum  Date: May 2026" -> "Alex
    Maybaum". A line with no label is returned as it is."""
    lm = AUTHORS_LABEL.match(text)
    if lm is None:
        return text
    named = text[lm.end() :]
    nxt = _NEXT_LABEL.search(named)
    return named[: nxt.start()] if nxt is not None and nxt.start() > 0 else named


def bracketed_numbers_as_marks(text: str, open_: str, close: str) -> str:
    """A line of names marked with numbers in brackets, each mark written
    between ``open_`` and ``close`` the way the reader marks them, and the
    degree or post printed after a mark dropped: "Kim Park (1) MPhil, Jo
    Bloggs (2) Associate Professor" -> "Kim Park⟨1⟩, Jo Bloggs⟨2⟩"."""
    return _BRACKETED_NUMBER.sub(lambda m: open_ + re.sub(r"\s+", "", m.group(1)) + close, text)


# an e-mail address run on after a place, and all after it: "...; email: kim@example.org", "... Germany. E-Mail: x@y"
_ADDRESS_TAIL = re.compile(r"[.;,]?\s*(?:e-?mails?\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+.*$", re.IGNORECASE | re.DOTALL)


def without_address(text: str) -> str:
    """A place as printed, without the e-mail address (and what follows it)
    that some title pages run on after it."""
    return _ADDRESS_TAIL.sub("", text)


SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# digits typed as superscript characters, and the commas between them: "Jo Bloggs²,³"
_TYPED_SUPERSCRIPTS = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:\s?,\s?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)*")


def typed_superscripts_as_marks(text: str, open_: str, close: str) -> str:
    """Marks typed as the characters "¹²³" rather than set as raised digits,
    written the way the reader marks them: "Kim Park¹, Jo Bloggs²,³" ->
    "Kim Park⟨1⟩, Jo Bloggs⟨2,3⟩"."""
    return _TYPED_SUPERSCRIPTS.sub(lambda m: open_ + re.sub(r"\s+", "", m.group(0)).translate(SUPERSCRIPT_DIGITS) + close, text)


# a form's labelled places after its labelled names: "Affiliations: 1) X, 2) Y" (conference abstracts, submission forms)
LABELLED_PLACES = re.compile(r"^\s*(?:authors?['’]?s?\s+)?(?:affiliations?|institutions?)\s*:\s*(?P<places>\S.*)$", re.I)
_NUMBERED_PLACE = re.compile(r"(?:^|[,;]\s*)\(?(\d{1,2})[).]\s*")


def labelled_places(text: str, keys: list[str]) -> list[tuple[list[str], str]]:
    """"1) ISIS-STFC, 2) Tessella Ltd & ISIS-STFC": each numbered place; an
    unnumbered list ("Tessella, ISIS-STFC, SNS-ORNL") is numbered in order
    only when it gives as many places as the names have numbers."""
    cuts = list(_NUMBERED_PLACE.finditer(text))
    if cuts and cuts[0].start() == 0:
        return [([m.group(1)], text[m.end() : (cuts[i + 1].start() if i + 1 < len(cuts) else len(text))].strip(" ,;.")) for i, m in enumerate(cuts)]
    parts = [x.strip() for x in re.split(r"\s*;\s*", text) if x.strip()]
    if len(parts) == 1:
        parts = [x.strip() for x in text.split(",") if x.strip()]
    numbers = sorted({k for k in keys if k.isdecimal()}, key=int)
    if numbers == [str(i) for i in range(1, len(parts) + 1)]:
        return [([str(i)], x) for i, x in enumerate(parts, 1)]
    return [([], text.strip())] if not numbers else []


# a country in a name-sized text means an address, except as a family name ("Kevin France")
_COUNTRY = re.compile(
    r"\b(?:germany|france|china|japan|canada|australia|kingdom|italy|spain|india|brazil|switzerland|netherlands|sweden)\b", re.I
)
# the country that ends an address ("..., Leiden, The Netherlands"); the commonest in affiliations, and
# the forms publishers print them in
ADDRESS_COUNTRY = re.compile(
    r"(?:,|\()\s*(?:the\s+)?(?:usa|u\.s\.a\.?|us|uk|u\.k\.|united\s+states(?:\s+of\s+america)?|united\s+kingdom|england|scotland|wales|"
    r"northern\s+ireland|ireland|canada|mexico|brazil|argentina|chile|colombia|peru|uruguay|ecuador|venezuela|cuba|costa\s+rica|panama|"
    r"(?:republic\s+of\s+)?panama|germany|france|italy|spain|portugal|netherlands|belgium|luxembourg|switzerland|austria|denmark|norway|"
    r"sweden|finland|iceland|poland|czech\s+republic|czechia|slovakia|hungary|romania|bulgaria|greece|turkey|t[üu]rkiye|cyprus|croatia|"
    r"serbia|slovenia|estonia|latvia|lithuania|ukraine|russia|russian\s+federation|israel|jordan|lebanon|egypt|morocco|tunisia|algeria|"
    r"nigeria|ghana|kenya|ethiopia|uganda|tanzania|rwanda|malawi|zambia|zimbabwe|south\s+africa|botswana|namibia|senegal|cameroon|"
    r"saudi\s+arabia|qatar|united\s+arab\s+emirates|uae|iran|iraq|pakistan|india|bangladesh|sri\s+lanka|nepal|china|p\.\s*r\.\s*china|"
    r"hong\s+kong|taiwan|japan|(?:republic\s+of\s+)?korea|south\s+korea|singapore|malaysia|thailand|vietnam|viet\s+nam|indonesia|"
    r"philippines|australia|new\s+zealand)\)?\.?\s*$",
    re.I,
)
_AFFIL_WORDS = re.compile(
    r"\b(?:universit\w*|univ\.|department|dept\.?|institut\w*|laborator\w*|hospital|school|college|centre|center|faculty|"
    r"division|unit|programme|program|foundation|academy|ministry|council|clinic|museum|observatory|inc\.?|ltd\.?|gmbh|"
    r"road|street|avenue|campus|research|sciences?)\b",
    re.I,
)


def looks_like_affiliation(text: str) -> bool:
    """A line naming an institution or an address."""
    return bool(_AFFIL_WORDS.search(text)) or bool(re.search(r"\b\d{4,6}\b.*,\s*[A-Z][a-z]+$", text))


_PLACE_START = re.compile(
    r"^(?:(?:the\s+)?(?:department|dept\.?|school|faculty|division|institute|centre|center|laboratory|lab|unit|college|"
    r"university|hospital|clinic|museum|observatory|graduate\s+school|research\s+(?:group|unit|centre|center|institute))\b"
    r"|[^\W\d_][\w&'.-]*(?:\s+[^\W\d_][\w&'.-]*){0,5}\s+(?:department|institute|laboratory|centre|center|university|hospital|group|unit|team|service|facility|core)\b)",
    re.I,
)


def new_place(before: str, line: str, wrapped: bool = False) -> bool:
    """Whether an unmarked line under a place starts another place: the place
    before is whole (it names an institution, or ends a country or a postcode)
    and the line opens as a place does ("Department of ...", "... Research
    Group") or, when the line before it ended by choice rather than for want
    of room, reads as a place of its own; not when it goes on with the
    place's parts ("Department of Physics" / "University of Oxford")."""
    if before.rstrip().endswith((",", ";", "-", "–", " and", " of", "&")):
        return False
    if line[:1].islower():
        return False
    whole = bool(re.search(r"\b(?:universit\w*|institut\w*|hospital|college|observator\w*|museum|gmbh|ltd|inc|program(?:me)?|laborator\w*|cent(?:re|er))\b", before, re.I)) or address_end(before)
    if not whole:
        return False
    if ADDRESS_COUNTRY.search(before) and not ADDRESS_COUNTRY.match(", " + line):
        return True  # an address ended with its country: what follows (unless a country alone) is another place
    if re.match(r"^(?:universit\w*|univ\.)\b", line, re.I) and not re.search(r"\buniversit", before, re.I):
        return False  # "Department of Physics" / "University of Oxford": one place
    if wrapped:
        # a full line goes on ("..., 8800" / "Greenbelt Road": a number at a line's end may be a street's),
        # unless the next opens as a unit does ("Department of ...")
        # ("Institute of ...", not "... a Leibniz" / "Institute, Berlin": the end of the name before)
        if re.match(r"^(?:department|dept\.?|school|faculty|division|institute)\s+(?:of|for|de|d['’]|für|di|du|des)\b", line, re.I):
            return True
        # "..., Blacksburg, VA 24061" / "Macromolecules Innovation Institute, ...": an address ended
        # by its state or postcode, then a line naming an institution of its own
        # (not "..., 8800" / "Greenbelt Road, ...": a street's number, then the street)
        return bool(_STATE_OR_POSTCODE_END.search(before) and _INSTITUTION_WORD.search(line))
    # (not "Exampleton, UK" alone: the end of the address before)
    return bool(_PLACE_START.match(line)) or (address_end(line) and line.count(",") >= 2) or looks_like_affiliation(line)


# an address's last part: a US state or Canadian province (with its ZIP code), or a postcode
# ("Blacksburg, VA 24061", "Moffett Field, CA", "Exeter EX4 4QD", "Exeter EX4", "Paris 75005")
_STATE_OR_POSTCODE_END = re.compile(
    r",\s*(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKNR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]|"
    r"AB|BC|MB|NB|NL|NS|ON|PE|QC|SK)\.?(?:\s+\d{5}(?:-\d{4})?|\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d)?\s*$"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?(?:\s*\d[A-Z]{2})?\s*$|\b\d{4,6}\s*$"
)


_INSTITUTION_WORD = re.compile(
    r"\b(?:universit\w*|univ\.|institut\w*|hospital|college|observator\w*|museum|laborator\w*|labs?|cent(?:re|er)s?|facilit\w*|"
    r"core|agency|foundation|academy|council|survey|school|department|faculty|gmbh|ltd|inc)\b",
    re.I,
)


def split_places(lines: list[str]) -> list[str]:
    """Lines of one unmarked block of places, each ended where its writer
    chose (LaTeX ``\\``), as the places they make. Templates set one
    place's parts a line each ("dept. name" / "organization" / "City,
    Country"), so a line goes on the place before (after a comma) unless
    the place before ended with its country or the line opens a unit's name
    ("Department of ..."): "..., Zurich, Switzerland" / "Swiss Institute of
    Bioinformatics, ..." is two places."""
    out: list[str] = []
    for ln in (x.strip() for x in lines):
        if not ln:
            continue
        if out and not new_place(out[-1], ln, wrapped=True):
            out[-1] = out[-1].rstrip(" ,;") + ", " + ln
        else:
            out.append(ln)
    return out


def address_end(text: str) -> bool:
    """Whether a place ends as a whole address does: a postcode, or a country
    after two or more of the address's parts."""
    return bool(
        re.search(r"\b\d{4,6}\s*$|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\s*$", text)
        or (text.count(",") >= 1 and ADDRESS_COUNTRY.search(text))
    )


# a job title printed where a name is expected ("Walter Hopkins, Assistant Physicist")
_ROLE_WORD = re.compile(
    r"^\w*(?:physicist|scientist|biologist|ecologist|geologist|chemist|engineer|researcher|professor|lecturer|"
    r"technician|student|postdoc|investigator|specialist|coordinator|candidate|fellow)s?$",
    re.I,
)
_ROLE_QUALIFIER = re.compile(r"^(?:assistant|associate|senior|junior|principal|research|staff|visiting|adjunct|chief|lead|head|of|and|the|in)$", re.I)
_COLLAB = re.compile(r"\b(?:collaboration|consortium|group|team|network|initiative|investigators|contributors|collaborators|developers|community|working party|(?:writing|steering)\s+committee)\b", re.I)
# a field of study ending a name-sized text ("Freshwater Ecology", "Applied Genomics")
_FIELD_WORD = re.compile(
    r"^\w*(?:ology|ologies|nomics|physics|chemistry|genetics|informatics|statistics|mathematics|economics|engineering|robotics|analytics|diagnostics)$",
    re.I,
)
_NAME_JUNK = re.compile(r"[*†‡§¶#∗⋆✉✝♯♮♭⊥‖∥※\d^]+")


# drafting placeholders left in an author line ("J. Hayoz TBD", "A. Author [TODO]")
_DRAFT_MARK = re.compile(r"\[?\b(?:TBD|TBC|TODO|FIXME|XXX)\b\]?|\?{2,}")


def clean_name(text: str) -> str:
    """A printed name without markers, footnote symbols and extra spaces."""
    # an e-mail address in brackets after the name ("Filisia Agus <fiagus@bu.edu>"), taken out before
    # the marks are, whose digits it may hold ("(mperry3@stanford.edu)")
    t = re.sub(r"\s*[<(\[]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[>)\]]", " ", text or "")
    t = _NAME_JUNK.sub(" ", _DRAFT_MARK.sub(" ", t))
    t = without_nickname(t)  # 'J. S. (Pat) Heslop-Harrison', 'Robert "Bob" Smith': the nickname is no part of it
    t = without_role_notes(t)  # "Bo Tran (editor)": what the author did is no part of the name
    t = re.sub(r"\s+", " ", t).strip(" ,;:–-")
    t = re.sub(r"^(?:and|&)\s+", "", t, flags=re.I)
    t = without_honorific(re.sub(r"\s+(?:and|&)$", "", t, flags=re.I))  # "Dr. Kim Park"
    # a full stop that ends the line of names is not part of the last one ("and Rajeev Rajan.");
    # an initial's or a suffix's stays ("Kim Park Jr.", "J. A.")
    t = re.sub(r"(?<=[^\W\d_]{3})\.$", "", t) if not re.search(r"\b(?:Jr|Sr|Snr|Jnr|Esq)\.$", t) else t
    return t.strip(" ,;:")


_HEADING_WORD = re.compile(
    r"(?:abstract|summary|introduction|background|methods?|materials\s+and\s+methods|results|discussion|conclusions?|"
    r"acknowledge?ments?|references|bibliography|keywords|key\s+words|highlights|appendix|funding|author\s+contributions)",
    re.I,
)


# the kind of a document, printed where its authors might be
_DOCUMENT_WORD = re.compile(
    r"\b(?:paper|papers|report|reports|thesis|dissertation|notes|draft|proposal|preprint|manuscript|version|chapter|appendix|"
    r"supplement|supplementary|submission|article|memo|memorandum|slides|poster|whitepaper|white\s+paper|handbook|tutorial|lecture|lectures)\b",
    re.I,
)


# a date's words: a month, a season or a year ("Draft of March 2021", "\today")
_DATE_WORDS = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"spring|summer|autumn|fall|winter|today|draft|version|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def place_in_date(text: str) -> str | None:
    """The place written where a paper's date goes ("date: Department of
    Biology, University of X", as R Markdown papers often do), or None when
    it is a date or anything else."""
    t = one_line(text).strip()
    return t if t and looks_like_affiliation(t) and not _DATE_WORDS.search(t) else None


def looks_like_name(text: str) -> bool:
    """Whether ``text`` can be one person's printed name (not an
    institution, address, e-mail or sentence)."""
    t = text.strip()
    if not t or len(t) > 80 or "@" in t or "http" in t.lower() or re.search(r"\d", t):
        return False
    if re.search(r"\{\{|\}\}|\{%|%\}|\$\{|<%", t):
        return False  # "{{author.name}}", "${name}": a template's field, filled in when the paper is built
    words = t.split()
    if not 1 <= len(words) <= 7:
        return False
    if not any(ch.isalpha() for ch in t):
        return False
    if _INSTITUTION.search(t):
        return False
    cm = _COUNTRY.search(t)
    if cm and (len(words) > 2 or cm.start() == 0 or "," in t):
        return False
    if _ROLE_WORD.search(words[-1]) or all(_ROLE_WORD.search(w) or _ROLE_QUALIFIER.search(w) for w in words):
        return False
    if names_group_or_field(t):
        return False
    if _HEADING_WORD.fullmatch(t.strip(" .:*_")):
        return False  # "**Abstract**": a heading, not a person
    if _DOCUMENT_WORD.search(t):
        return False  # "Working Paper", "Technical Report", "Lecture Notes": what the document is, no person
    if is_placeholder_name(t):
        return False  # "Second Author": a template's stand-in
    lower = [w for w in words if w[:1].isalpha() and w[:1].islower()]
    # a lower-case word must be a particle ("van der Berg"), or a particle joined on ("deMayo", "d'Avila")
    if lower and not any(
        w.lower() in PARTICLES
        or re.fullmatch(r"(?:de|di|da|du|del|della|van|von|le|la|mac|st)[A-Z][^\W\d_]+\.?", w)
        or ELIDED_FAMILY.fullmatch(w)
        for w in lower
    ):
        return False
    return True


def names_institution(text: str) -> bool:
    """Whether ``text`` names an institution (a university, department,
    institute, laboratory ...), not only a town or a country."""
    return bool(_INSTITUTION_ONLY.search(text or ""))


_INSTITUTION_ONLY = re.compile(
    r"\b(?:universi|institut|department|laborator|college|school|centre|center|hospital|facult|academ|corporation|company|"
    r"foundation|ministry|council|society|agency|research|division)|\b(?:univ|dept|lab|inc|ltd|gmbh|campus|facility|facilities|platform|observatory)\b",
    re.I,
)


def looks_like_place(text: str) -> bool:
    """Whether ``text`` names an institution or an address (a university,
    department, institute, street, country)."""
    return bool(_INSTITUTION.search(text or "")) or bool(_COUNTRY.search(text or ""))


# words a sentence of running text holds and a place's name never does (in lower case)
_RUNNING_WORDS = re.compile(r"\b(?:is|are|was|were|has|have|had|been|we|our|us|which|who|should|can|could|may|might|will|would|this|these|those|than|such|not)\b")


def running_text(text: str) -> bool:
    """Whether a line under the names reads as running text (an abstract's
    or a letter's opening: "In 2004, a scientist from the X Institute was
    ...", "Dear Editor,", "Objective: to analyze ...") rather than a place
    ("Department of Medicine, University of X")."""
    t = text.strip()
    return bool(
        re.match(r"(?:dear\s+(?:editor|sir|madam)|to\s+the\s+editor|objectives?|aims?|purpose|methods?|results?|conclusions?|design|setting)\b\s*[:,.]", t, re.IGNORECASE)
        or re.match(r"(?:In|On|During|Since|From|After|Before|By|Until)\s+(?:(?:early|late|mid-?)\s+)?(?:19|20)\d{2}\b", t)
        or re.search(r",\s+an?\s+[a-z]", t)
        or len(_RUNNING_WORDS.findall(t)) >= 1 and len(t.split()) >= 6 and not re.match(r"^(?:present|current|permanent)\s+address", t, re.IGNORECASE)
    )


# lines a title page sets among the places that are none: labels, contacts, notes, the copyright line,
# a name's degrees, and the abstract's opening
_NOT_PLACE = re.compile(
    r"^\W*(?:article\s+info(?:rmation)?|erratum\b|correction\b|suggested\s+citation|(?:tel(?:ephone)?|fax|phone)\.?\s*:|on\s+behalf\s+of\b|"
    r"we\s+(?:report|describe|present|conducted|investigated|examined|studied|review)\b)"
    r"|\bcontributed\s+equally\b|\bequal(?:ly)?\s+contribut"
    # "Springer Science+Business Media, LLC 2011", "Springer-Verlag London Ltd., part of Springer Nature 2020"
    r"|(?:\bltd\.?|\bllc|\binc\.?|\bb\.\s?v\.|\bgmbh|\bspringer(?:[\s-]verlag|\s+nature)?|\belsevier(?:\s+\w+)?|\bwiley(?:[\s-]\w+)?|\bpublishing|\bthe\s+authors?(?:\(s\))?)\W{0,3}\s*(?:19|20)\d\d\s*$",
    re.IGNORECASE,
)


#: a run of ORCID iDs at the end of a line, each perhaps after its label or its owner's initials
#: ("..., Australia JWR, 0000-0002-6639-8280; JRH, 0000-0002-6767-7038")
_ORCID_RUN = re.compile(
    r"(?:[;,]?\s*(?:(?i:orc?h?id)(?:\s+i?ds?)?\s*:?\s*)?(?:[A-Z][A-Za-z.-]{0,4},?\s*)?(?:https?://orcid\.org/)?" + ORCID.pattern + r")+\W*$"
)
#: what an ORCID list holds beside the iDs: the label, the address, the owners' initials
_ORCID_LIST_WORDS = re.compile(r"(?i:https?://orcid\.org/?|\borc?h?id\b|\bids?\b)|\b[A-Z][A-Za-z.-]{0,4}\b")


def without_orcid_list(text: str) -> str:
    """A line without the ORCID iDs run on at its end (a place that the
    authors' list of iDs was joined to)."""
    return _ORCID_RUN.sub("", text).strip(" ,;")


def not_a_place(text: str) -> bool:
    """Whether a line set among the places is none: "ARTICLE INFO",
    "Tel.: ...", "Erratum, ...", "S.R.P. and D.H. contributed equally", the
    copyright line ("Springer Science+Business Media, LLC 2011"), a name's
    degrees ("MBBS, MMed, FAMS"), the authors' ORCID iDs, or the abstract's opening ("We report a
    case of ...")."""
    t = text.strip()
    if _NOT_PLACE.search(t):
        return True
    # "MGS, 0000-0003-3455-774X; CB, 0000-0002-1347-5297": the authors' ORCID iDs, printed where the
    # places are; an iD is a person's, never a place's (one run on after a place leaves the place)
    if ORCID.search(t) and (re.match(r"(?i)\W*orc?h?id\b", t) or not re.search(r"[^\W\d_]{4,}", _ORCID_LIST_WORDS.sub(" ", without_orcid_list(t)))):
        return True
    # (two degrees first: "BDS, DMSc"; one alone may be a unit's initials, "DMSC, ESS")
    head = re.split(r"\s*,\s*|\s+\.\s+", t)[:2]
    return len(head) == 2 and all(_DEGREE_TOKEN.fullmatch(x.strip(" .")) for x in head)


#: a degree or post-nominal as printed after a name ("PhD", "MBChB", "M.Sc.", "FRCPC"), or a generational
#: suffix; one vocabulary for reading names and for telling a name's degrees from a place
DEGREE = (
    r"(?:ph\.?\s?d|m\.?\s?d|m\.?\s?sc\.?n?|b\.?\s?sc\.?n?|m\.?\s?s\.?n?|b\.?\s?s\.?n?|m\.?\s?a|b\.?\s?a|d\.?\s?phil|m\.?\s?p\.?\s?h|"
    r"r\.?\s?n|n\.?\s?p|frcp\w*|frcs\w*|facs|facp|fccp|fccm|fams|fanzca|edic|mbbs|mbchb|bds|dmsc|mmed|m\.?ed|mpharm|bpharm|dnp|"
    r"dvm|pharmd|psyd|edd|dds|dmd|mba|msw|m\.?\s?tech|b\.?\s?tech|mrcp|mrcs|rrt|mbbch|mbbchir|bchir|bch|mres|mphil|msci|meng|beng|bvsc|bvetmed|mrcvs|frcpath|fmedsci|j\.?d|ll\.?m|ll\.?b|mpa|mpp|jr|sr|ii|iii|iv)\.?"
)
_DEGREE_TOKEN = re.compile(DEGREE, re.IGNORECASE)


_VANCOUVER = re.compile(r"^(?P<family>[^\W\d_][^\W\d_'’\-]*(?:[-'’\s][^\W\d_][^\W\d_'’\-]*){0,2})\s(?P<initials>[A-Z]{1,3})$")


def vancouver_order(names: list[str]) -> list[str]:
    """A list of names written family name first and initials after
    ("Coleman H, Snell LB, Lee MJ", as Vancouver reference lists write
    them), each as initials then family name ("H. Coleman", "L.B. Snell");
    other lists as they are. Only a whole list of two or more names in that
    form is turned, and none whose family name is in capitals."""
    found = [_VANCOUVER.match(n.strip()) for n in names]
    if len(names) < 2 or not all(found) or any(m is not None and m.group("family").isupper() for m in found):
        return names
    # (two or three capitals with a vowel may be a family name in capitals after the given name: "Jiajie MA")
    if any(m is not None and re.fullmatch(r"[^AEIOUY][AEIOUY][A-Z]?", m.group("initials")) for m in found):
        return names
    return [".".join(m.group("initials")) + ". " + m.group("family") for m in found if m is not None]


def role_and_holders(text: str) -> bool:
    """Whether a line is one role of a contribution statement and who held
    it ("Funding acquisition: Jo Bloggs.", "Methodology: K.P., J.B."), which
    reads like a heading by its first words but is none."""
    from ..credit_roles import normalise_role

    m = re.match(r"^([^:]{3,40}):\s*(\S.*)$", text.strip())
    if not m or normalise_role(m.group(1)) is None:
        return False
    held = [x for x in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", m.group(2).strip().rstrip(".")) if x]
    return bool(held) and all(looks_like_name(x) or re.fullmatch(r"(?:[A-Z]\.?-?){1,4}", x) for x in held)


def names_group_or_field(text: str) -> bool:
    """"Stream Consortium", "Freshwater Ecology": a group or a field of
    study where a person's name is expected."""
    words = text.split()
    return bool(words) and (bool(_COLLAB.search(text)) or bool(_FIELD_WORD.match(words[-1].strip(".,"))))


def is_job_title(text: str) -> bool:
    """Whether ``text`` is a job title (``Assistant Physicist``), not a name."""
    words = text.split()
    return bool(words) and (
        bool(_ROLE_WORD.search(words[-1])) or all(_ROLE_WORD.search(w) or _ROLE_QUALIFIER.search(w) for w in words)
    )


def without_post(text: str) -> str:
    """A place as a note prints it, without the post held there: "Professor
    at the Dept. of X" and "Ph.D. Candidate, Centre for Y" give the place;
    a post alone ("Graduate Student") gives nothing."""
    t = text.strip(" ,;.")
    lead = re.match(r"^(?P<post>[^,;]{2,60}?)(?:\s+(?:at|in|with)\s+(?:the\s+)?(?=[A-Z])|\s*,\s*(?=[A-Z]))", t)
    if lead and is_job_title(lead.group("post").strip().replace(".", "")):
        t = t[lead.end() :]
    return "" if is_job_title(t.replace(".", "")) else t


def is_collaboration(text: str) -> bool:
    return bool(_COLLAB.search(text or ""))


def without_group_written_for(text: str) -> str:
    """A list of names without the group the authors write for after it:
    "A, B and C on behalf of the X Trials Group" -> "A, B and C"."""
    ob = re.search(r"\s+(?:on\s+behalf\s+of|for\s+the)\s+(?:the\s+)?[A-Z].*$", text)
    return text[: ob.start()] if ob and is_collaboration(ob.group(0)) else text


_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.?(?:\s*-\s*|\s+)?){1,4}")
# a family name alone, with its particles ("del Río", "van der Berg")
_FAMILY_ONLY = re.compile(
    r"(?:(?:" + "|".join(sorted((re.escape(p) for p in PARTICLES if " " not in p), key=lambda p: (-len(p), p))) + r")\s+)*"
    r"[A-Z][^\W\d_][\w'’\-]*(?:[\s\-][A-Z][^\W\d_][\w'’\-]*)?"
)


def _inverted_pairs(parts: list[str]) -> list[str]:
    """A list printed family name first, "Hollister, J. W., Kellogg, D. Q.
    and Kreakie, B. J.": each family name joined to the initials after it.
    The list is read so only when every other part is initials alone."""
    ps = [p.strip() for p in parts]
    if len(ps) < 4 or len(ps) % 2:
        return parts
    fam, ini = ps[0::2], ps[1::2]
    if all(_FAMILY_ONLY.fullmatch(f) for f in fam) and all(_INITIALS_ONLY.fullmatch(i) for i in ini):
        return [f"{f}, {i}" for f, i in zip(fam, ini)]
    return parts


def split_name_list(text: str) -> list[str]:
    """Names from one printed list: ``A, B and C`` / ``A; B & C``. A lone
    ``Family, Given`` stays one name; ``Jr.`` and the like join the name
    before them; the group they write for is none of them."""
    t = without_group_written_for(text.strip())
    if not t:
        return []
    # what a bracket holds after a name is no list of names ("Kim Park (Department of X, University of Y)"):
    # its separators are hidden while the list is parted
    hidden = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(",", "\x00").replace(";", "\x01").replace("&", "\x02").replace(" and ", "\x03"), t)
    if ";" in hidden:
        parts = re.split(r"\s*;\s*|\s+(?:and|&)\s+", hidden)
    else:
        parts = re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*", hidden)
        if len(parts) == 2 and len(parts[0].split()) == 1 and len(parts[1].split()) <= 2 and " and " not in t:
            return [t]
    parts = [q for p in _inverted_pairs(parts) for q in _split_foreign_and(p)]
    out: list[str] = []
    for p in parts:
        p = p.replace("\x00", ",").replace("\x01", ";").replace("\x02", "&").replace("\x03", " and ").strip()
        if not p or is_placeholder_name(p):
            continue  # (and a template's stand-in left in the list, "Kim Park, Second Author")
        if out and is_generational(p):
            out[-1] = f"{out[-1]} {p}"  # "Kim Park, Jr."
            continue
        if out and is_degree(p):
            continue  # "Cara Diaz, MRes, Dan Evans, MBChB": a degree after a name is no author, nor part of the name
        out.append(p)
    return out


_GENERATIONAL = re.compile(r"(?:jr|sr|snr|jnr|ii|iii|iv)\.?", re.IGNORECASE)


def is_generational(text: str) -> bool:
    """"Jr.", "III": a suffix that is part of the name before it."""
    return _GENERATIONAL.fullmatch(text.strip(" ,")) is not None


def is_degree(text: str) -> bool:
    """"PhD", "MBChB", "M.Sc.": a degree printed after a name, no part of it."""
    t = text.strip(" ,")
    return _DEGREE_TOKEN.fullmatch(t) is not None and not is_generational(t)


# "and" in the languages names are printed in ("Bruno Kim y Carla Diaz", "Ana Lee und Bo Kim")
FOREIGN_AND = re.compile(r"\s+(?:y|e|und|et|i|och|en|og|ja|és|a|и)\s+")


def _split_foreign_and(part: str) -> list[str]:
    """One part of a list holding two full names joined by another
    language's "and"; a name with the word inside it ("José Ortega y
    Gasset", "Maria da Silva e Souza") is left whole: both sides must be
    a given name and a family name."""
    m = FOREIGN_AND.search(part)
    if m is None:
        return [part]
    left, right = part[: m.start()].strip(), part[m.end() :].strip()
    if _full_name(left) and _full_name(right):
        return [left, *_split_foreign_and(right)]
    return [part]


def _full_name(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper()


def foreign_and_cut(left: str, right: str) -> bool:
    """Whether another language's "and" between ``left`` and ``right``
    (each read as a name) parts two names rather than joins one."""
    return _full_name(left) and _full_name(right)


# --------------------------------------------------------------------------
# authors
# --------------------------------------------------------------------------


_NATIVE_SCRIPT = re.compile(r"\s*\((?:[^()A-Za-z]*?(?:gbsn|bsmi|bkai|gkai|mj|song|kai|hei)?\s*)?[\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][^()]*\)\s*$")


def without_stand_ins(drafts: list[AuthorDraft]) -> list[AuthorDraft]:
    """The authors a source lists, without a template's stand-ins ("Second
    Author") however the source gave them (a YAML list, a table, a line)."""
    return [a for a in drafts if not is_placeholder_name(a.name)]


@dataclass
class AuthorDraft:
    """An author being assembled from a source; ``to_model`` makes the
    ``Author``."""

    name: str
    path: str
    line: int | None = None
    given: str | None = None
    family: str | None = None
    orcid: str | None = None
    email: str | None = None
    affiliations: list[str] = field(default_factory=list)
    aff_keys: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    roles_as_written: list[str] = field(default_factory=list)
    corresponding: bool = False
    job_titles: list[str] = field(default_factory=list)

    def add_affiliation(self, text: str) -> None:
        from ..statements import EMAIL, ORCID

        # (an e-mail address or an ORCID iD printed inside the place is the author's, not the place's:
        # "Dutch Techcentre for Life Sciences; Utrecht; rob@x.nl; ORCID: 0000-0001-...")
        t = one_line(text)
        if "@" in t or "at" in t or re.search(r"\d{4}-\d{4}", t):
            t = ORCID.sub("", EMAIL.sub("", t))
            t = re.sub(r"(?:[;,]\s*)?\b(?:ORCID(?:\s+iD)?|e-?mail)\s*:?\s*(?=[;,]|$)", "", t, flags=re.IGNORECASE)
            t = re.sub(r"(?:\s*[;,]\s*){2,}", "; ", t)
        t = t.strip(" ,;")
        if t and t not in self.affiliations and any(c.isalnum() for c in t):
            self.affiliations.append(t)

    def add_roles(self, slugs: list[str], written: list[str]) -> None:
        for s in slugs:
            if s not in self.roles:
                self.roles.append(s)
        for w in written:
            w = one_line(w).strip(" .;,")
            if w and w not in self.roles_as_written:
                self.roles_as_written.append(w)

    def to_model(self) -> Author:
        loc = Location(path=self.path, line=self.line) if self.line else Location(path=self.path)
        # "Quanzhi Ye (叶泉志)": the name in another script, printed beside it, is not part of it
        name = _NATIVE_SCRIPT.sub("", self.name).strip() or self.name
        # 'J. S. (Pat) Heslop-Harrison', 'Robert "Bob" Smith': a nickname inside a name is no part of it
        name = without_nickname(name)
        return Author(
            name=name,
            given=self.given,
            family=self.family,
            orcid=self.orcid,
            email=self.email,
            affiliations=self.affiliations,
            roles=self.roles,
            roles_as_written=self.roles_as_written,
            corresponding=self.corresponding,
            job_titles=self.job_titles,
            location=loc,
        )


def find_author(authors: list[AuthorDraft], text: str) -> list[AuthorDraft]:
    """Authors that ``text`` names: initials (``A.B.``, ``AB``) or a full,
    family-only or first-only name. Empty when nothing matches uniquely."""
    t = one_line(text).strip(" .,;:()")
    if not t or not authors:
        return []
    low = t.lower()
    if low in ("all authors", "all", "all the authors", "the authors", "all co-authors", "all coauthors"):
        return list(authors)
    if re.fullmatch(r"(?:[A-Z][a-z]?\.?\s?-?\s?){1,5}", t) and sum(1 for c in t if c.isupper()) >= 2:
        hits = match_initials(t, [a.name for a in authors])
        if len(hits) == 1:
            return [a for a in authors if a.name == hits[0]][:1]
        return []
    hits2 = [a for a in authors if same_person(a.name, t)]
    if len(hits2) == 1:
        return hits2
    exact = [a for a in hits2 if a.name.lower() == low]
    return exact[:1]


# --------------------------------------------------------------------------
# sections
# --------------------------------------------------------------------------

BACK_MATTER = frozenset({"acknowledgements", "author_contributions", "funding", "data_availability"})
_AMBIGUOUS_LABEL = re.compile(r"^(?:contributions?|contributors?|support|thanks|credit|financing)$", re.I)
_OTHER_BACK = re.compile(
    r"^(?:competing|conflicts?\b|declarations?|ethic|consent|disclosures?|abbreviations|supplementary|"
    r"additional information|materials? availability|code availability|correspondence|publisher|open access|"
    r"orcid|licen[cs]e|copyright|references|bibliography|notes?\b|footnotes|"
    # a statement on the use of AI tools ("Use of artificial intelligence.", "Generative AI statement:")
    r"use\s+of\s+(?:generative\s+)?(?:artificial\s+intelligence|ai\b|large\s+language)|generative\s+ai|ai\s+(?:use|disclosure|statement|declaration)|artificial\s+intelligence)",
    re.I,
)
# "Thanks go also to Dr. Mark Robinson": a full stop after a title or an initial, or a label
# ending on a word that needs more after it, is not the end of a run-in heading
_CUT_SHORT = re.compile(r"(?:^|\s)(?:Drs?|Profs?|Mrs?|Ms|Mme|Mlle|St|Mt|Fig|No|Nos|Vol|[A-Z]|to|of|and|the|for|by|with|from|at|in|on)$")
_RUN_IN = re.compile(r"^\s*(?P<label>[A-Z][\w'’ &/,()\-]{2,80}?)\s*(?:[.:]|\s[–—-])\s+(?P<rest>\S.*)$", re.S)
_LABEL_ONLY = re.compile(r"^\s*(?P<label>[A-Z][\w'’ &/,()\-]{2,80}?)\s*[.:]?\s*$")


_KNOWN_RUN_IN = re.compile(
    r"^\s*((?:acknowle?dge?m?e?n?ts?|acknowledgements?\s+and\s+funding|funding(?:\s+(?:information|statement|sources?))?|"
    r"sources?\s+of\s+funding|financial\s+support|author'?s?'?\s+contributions?|authors?['’]\s*contributions?|contributions?\s+of\s+(?:the\s+)?authors|"
    r"author\s+roles|credit\s+(?:authorship\s+)?(?:contribution\s+)?statement|author(?:ship)?\s+contribution\s+statement|"
    r"data\s+(?:and\s+\w+\s+)?availability(?:\s+statement)?|availability\s+of\s+data(?:\s+and\s+materials?)?|competing\s+interests?|conflicts?\s+of\s+interests?)"
    r")\s*(?:[.:—–]\s*|-\s+|\s+(?=(?-i:[A-Z])|[“\"(]))(?=\S)",
    re.I,
)


def split_run_in(text: str) -> tuple[str, str] | None:
    """``("Acknowledgements", "We thank ...")`` for a paragraph that opens
    with a run-in heading of a kind that matters here; else None. The label
    is one of the back-matter labels, so no stop need follow it: a bold or
    italic label runs straight into its text ("Acknowledgements The
    authors thank ...") once the type is gone."""
    m = _KNOWN_RUN_IN.match(text.replace("’", "'").replace("‘", "'"))
    if not m:
        return None
    head = text[: m.end(1)].strip()
    rest = text[m.end():].strip()
    if len(rest) < 3:
        return None
    role = _ROLE_LABEL.match(text)
    if role and normalise_role(role.group(1)) and " " in role.group(1).strip():
        return None  # "Funding acquisition: A, B": a contribution role of a CRediT list, not a funding statement
    return head, rest


# a label of up to four words before a colon ("Funding acquisition:", "Data curation:")
_ROLE_LABEL = re.compile(r"\s*([A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z\-&]+){0,3})\s*:")


_SMALL_WORDS = frozenset("a an and of the for to on in by with & or de".split())


def _heading_like(label: str, text: str) -> bool:
    """A whole paragraph that reads as a heading: up to four words, or up
    to six capitalised words without a full stop."""
    words = label.split()
    if len(words) <= (3 if text.rstrip().endswith(".") else 4):
        return True
    return len(words) <= 6 and not text.rstrip().endswith(".") and all(
        w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words
    )


def _plain_quotes(text: str) -> str:
    """Typographic apostrophes as ASCII (``Authors’ contributions``)."""
    return text.replace("’", "'").replace("‘", "'").replace("`", "'")


@dataclass
class _Sec:
    kind: str
    heading: str | None
    level: int
    path: str
    line: int | None
    blocks: list[TextBlock] = field(default_factory=list)
    run_in: bool = False


class SectionBuilder:
    """Collects headings, blocks and captions in reading order and builds
    ``Section`` models.

    - A heading's kind comes from ``classify_heading``; a subheading that
      classifies as ``other`` takes its parent's kind (a subsection of
      Methods is methods).
    - A paragraph that opens with a back-matter label (``Acknowledgements.
      We thank ...``, ``Funding: ...``, ``**Author contributions**``) starts
      a section of that kind.
    - In back-matter sections, ``None``/``Not applicable`` statements are
      not content.
    - Figure captions gather in one ``figure_legends`` section."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._sections: list[_Sec] = []
        self._stack: list[_Sec] = []
        self._current: _Sec | None = None
        self._saved: list[_Sec | None] = []
        self._captions: list[TextBlock] = []
        self._caption_line: tuple[str, int | None] | None = None
        self._body_end: _Sec | None | bool = False  # the last body section, once the bibliography or appendix starts
        self.body_end_index: int | None = None  # set by ``sections``: the index of that section

    @property
    def current_heading(self) -> str | None:
        return self._current.heading if self._current else None

    @property
    def current_kind(self) -> str | None:
        return self._current.kind if self._current else None

    def heading(self, text: str, level: int, path: str, line: int | None, *, kind: str | None = None) -> None:
        """Start a section at a heading of ``level`` (1 = top)."""
        title = one_line(text).strip()
        k = kind or classify_heading(_plain_quotes(title))
        while self._stack and self._stack[-1].level >= level:
            self._stack.pop()
        if kind is None and k == "other" and self._stack and not _OTHER_BACK.match(_plain_quotes(title)):
            # (a statement of another kind under it, "## Conflicts of interest" under "# Acknowledgements
            # and grant support", is its own; any other subsection is part of its parent)
            parent = self._stack[-1].kind
            if parent not in ("other", "figure_legends"):
                k = parent
        sec = _Sec(kind=k, heading=title or None, level=level, path=path, line=line)
        self._sections.append(sec)
        self._stack.append(sec)
        self._current = sec
        self._saved = []

    def begin_env(self, heading: str | None, kind: str, path: str, line: int | None) -> None:
        """Start a section for an environment (abstract, acknowledgements);
        ``end_env`` returns to the section it interrupted."""
        self._saved.append(self._current)
        level = 1
        sec = _Sec(kind=kind, heading=heading, level=level, path=path, line=line)
        self._sections.append(sec)
        self._current = sec

    def end_env(self) -> None:
        if self._saved:
            self._current = self._saved.pop()

    def _run_in(self, text: str, path: str, line: int | None) -> str | None:
        """Open a section for a leading back-matter label; return the text
        left after the label (None when the paragraph has no label)."""
        if len(text) > 20000:
            return None
        label: str | None = None
        rest = ""
        m = _LABEL_ONLY.match(text)
        if m and _heading_like(m.group("label"), text):
            label = m.group("label")
        else:
            m = _RUN_IN.match(text)
            if m and len(m.group("label").split()) <= 5 and not _CUT_SHORT.search(m.group("label")):
                label, rest = m.group("label"), m.group("rest")
            elif (known := split_run_in(text)) is not None:
                label, rest = known
        if label is None:
            return None
        label_clean = clean_heading(label)
        kind = classify_heading(_plain_quotes(label_clean))
        cur = self._current
        if kind in BACK_MATTER and not _AMBIGUOUS_LABEL.match(label_clean):
            pass
        elif cur is not None and cur.kind in BACK_MATTER and _OTHER_BACK.match(label_clean):
            kind = "other"
        else:
            return None
        if cur is not None and cur.run_in:
            level = cur.level
        elif self._stack:
            level = self._stack[-1].level + 1
        else:
            level = 1
        while self._stack and self._stack[-1].level >= level:
            self._stack.pop()
        sec = _Sec(kind=kind, heading=label_clean, level=level, path=path, line=line, run_in=True)
        self._sections.append(sec)
        self._stack.append(sec)
        self._current = sec
        self._saved = []
        return rest

    def add(
        self,
        text: str,
        path: str,
        line: int | None,
        end_line: int | None = None,
        kind: str = "paragraph",
        *,
        labels: bool = True,
    ) -> None:
        """Add a block of plain text to the current section."""
        text = text.strip()
        if not text or not any(c.isalnum() for c in text):
            return
        if labels and kind in ("paragraph", "list_item"):
            rest = self._run_in(text, path, line)
            if rest is not None:
                text = rest.strip()
                if not text:
                    return
        cur = self._current
        if cur is None:
            cur = _Sec(kind="other", heading=None, level=1, path=path, line=line)
            self._sections.append(cur)
            self._current = cur
        if cur.kind in BACK_MATTER and is_empty_statement(text):
            return
        cur.blocks.append(TextBlock(text=text, kind=kind, location=_loc(path, line, end_line, cur.heading)))  # type: ignore[arg-type]

    def caption(self, text: str, path: str, line: int | None, end_line: int | None = None) -> None:
        """Add a figure caption (kept apart, in a ``figure_legends`` section)."""
        text = text.strip()
        if not text:
            return
        if self._caption_line is None:
            self._caption_line = (path, line)
        self._captions.append(TextBlock(text=text, kind="caption", location=_loc(path, line, end_line, self.current_heading)))

    def mark_body_end(self) -> None:
        """The bibliography or the appendices start here: what follows is
        not the body's close (the first mark counts)."""
        if self._body_end is False:
            self._body_end = self._current

    def sections(self) -> list[Section]:
        out: list[Section] = []
        for s in self._sections:
            if s is self._body_end:
                self.body_end_index = len(out) if (s.blocks or s.heading is not None) else len(out) - 1
            if not s.blocks and s.heading is None:
                continue
            out.append(
                Section(
                    kind=s.kind,  # type: ignore[arg-type]
                    heading=s.heading,
                    level=s.level,
                    location=_loc(s.path, s.line, None, s.heading),
                    blocks=s.blocks,
                )
            )
        if self._captions and self._caption_line is not None:
            path, line = self._caption_line
            out.append(Section(kind="figure_legends", heading=None, level=1, location=_loc(path, line, None, None), blocks=self._captions))
        return out

    def has_text(self) -> bool:
        return bool(self._captions) or any(s.blocks for s in self._sections)


def _loc(path: str, line: int | None, end_line: int | None, section: str | None) -> Location:
    return Location(path=path, line=line, end_line=end_line if end_line and line and end_line > line else None, section=section)


# --------------------------------------------------------------------------
# acknowledgement-like notes (\thanks, title footnotes)
# --------------------------------------------------------------------------

def is_ack_like(text: str) -> bool:
    """Whether a note thanks someone or names support (funding, grants)."""
    return is_thanks_like(text)


IS_WITH = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+|also\s+)?with\s+(?:the\s+)?", re.I)
# a full stop that ends a place: not the one after "Dept", "St", "Univ" or an initial
_PLACE_END = re.compile(r"(?<!\bDept)(?<!\bSt)(?<!\bUniv)(?<!\bInst)(?<!\b[A-Z])\.\s+(?=[A-Z])|\s*\(e-?mail|\s*;\s*e-?mail|\.?\s*$")


def _who_is_with(drafts: list[Any], who: str) -> list[Any] | None:
    """The authors a list of names says ("A. Wagner, Z. Zhou, and Y. Ma"),
    or None when a piece names none of them."""
    if re.fullmatch(r"\s*(?:the\s+|all\s+(?:the\s+)?)?(?:authors|co-?authors)\s*", who, re.I):
        return list(drafts) or None  # "Authors are with the University of X": all of them
    out: list[Any] = []
    for piece in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", who.strip(" ,.")):
        if re.fullmatch(r"\s*(?:Jr|Sr|II|III|IV)\.?\s*", piece) and out:
            continue  # "A. Michael West, Jr.": the suffix of the name before
        piece = re.sub(r"\s+(?:Jr|Sr|II|III|IV)\.?$", "", piece.strip())  # "A. Michael West Jr."
        if not find_author(drafts, piece) and re.search(r"[a-z]{3}[A-Z][a-z]{2}", piece):
            piece = re.sub(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})", " ", piece)  # "A. MichaelWest": a space the PDF left out
        toks = piece.replace(".", ". ").split()
        if not toks:
            continue
        fam, first = fold(toks[-1]), fold(toks[0])[:1]
        hits = [a for a in drafts if (nt := re.sub(r"\s+(?:Jr|Sr|II|III|IV)\.?$", "", a.name).split()) and fold(nt[-1]) == fam and fold(a.name)[:1] == first]
        if len(hits) != 1:
            hits = find_author(drafts, piece)
        if len(hits) != 1:
            return None
        out.append(hits[0])
    return out or None


def places_in_with_notes(authors: list[Any], sections: list[Any]) -> None:
    """Places said of authors with no places in a note near the front of
    the paper or in a footnote ("The authors are with the Department of X",
    "K. Park is with Y": IEEE's note, as Word and Markdown copies keep it)."""
    bare = [a for a in authors if not a.affiliations]
    if not bare:
        return
    for k, sec in enumerate(sections):
        for b in sec.blocks:
            if (k < 2 or b.kind == "footnote") and IS_WITH.search(b.text) and len(b.text) < 1500:
                places_said_with(bare, b.text)


def places_said_with(drafts: list[Any], note: str) -> None:
    """IEEE's note under the names: "A. Wagner, Z. Zhou, and Y. Ma are with
    the Dept. of X. H. Mobahi is with Y." gives each named author the place
    said of them."""
    t = one_line(note)
    marks = list(IS_WITH.finditer(t))
    start = 0
    for i, m in enumerate(marks):
        head = t[start : m.start()]
        # the names are the end of the text before "are with" that names authors only
        who = None
        for cut in [0, *[x.end() for x in re.finditer(r"[.)]\s+", head)]]:
            who = _who_is_with(drafts, head[cut:])
            if who:
                break
        if who is None and re.search(r"\b(?:the|all|both)\s+(?:the\s+)?(?:authors|three\s+authors|two\s+authors)\s*$", head, re.I):
            who = list(drafts)  # "The authors are with the Department of X": every author
        if who is None:
            # a note read on after the text above it with no full stop between ("... their limitations
            # are" | "A, B and C are with X"): the longest run of words before "are with" that names authors only
            words = head.split()
            for n in range(min(len(words), 40), 0, -1):
                who = _who_is_with(drafts, " ".join(words[-n:]))
                if who:
                    break
        nxt = marks[i + 1].start() if i + 1 < len(marks) else len(t)
        rest = t[m.end() : nxt]
        emails = re.findall(EMAIL.pattern, rest[: (re.search(r"\.\s+(?=[A-Z][a-z])", rest) or re.search(r"$", rest)).start()])
        end = _PLACE_END.search(rest)
        place = rest[: end.start() if end else len(rest)].strip(" ,;.")
        # (addresses spelt out against harvesting, "(ana.b, jo.c) at fer.hr", are no part of the place)
        place = re.sub(r"[\s,;]*[({]?\s*[\w.\-]+(?:\s*,\s*[\w.\-]+)*\s*[)}]?\s+(?:at|\[at\]|\(at\))\s+[\w\-]+(?:\.[\w\-]+)+$", "", place)
        start = m.end() + (end.start() if end else len(rest))
        if who and place and looks_like_place(place):
            for a in who:
                if hasattr(a, "add_affiliation"):
                    a.add_affiliation(place)
                elif place not in a.affiliations:
                    a.affiliations.append(place)
        if who and len(who) == 1 and len(emails) == 1 and not who[0].email:
            who[0].email = emails[0]


def give_places(authors: list[AuthorDraft], keyed: dict[str, str], unkeyed: list[str]) -> None:
    """Each author the places their keys name; when no author carries a key,
    the one place given (with a key or without) is everyone's."""
    for a in authors:
        for k in a.aff_keys:
            if k in keyed:
                a.add_affiliation(keyed[k])
    if not any(a.aff_keys for a in authors):
        one = unkeyed or list(keyed.values())
        if len(one) == 1:
            for a in authors:
                a.add_affiliation(one[0])
