"""LaTeX papers to the manuscript model.

- Metadata: ``\\title``; authors from ``\\author`` in its many forms
  (``\\and``-separated blocks with ``\\\\`` affiliation lines, ``\\thanks``,
  superscript/``\\inst``/``\\affmark``/``\\IEEEauthorrefmark`` markers,
  ``\\orcid``/``\\orcidlink``), authblk and eLife ``\\author[1]`` +
  ``\\affil[1]``, elsarticle ``\\author[a]`` + ``\\address[a]``/
  ``\\affiliation[a]``, revtex and acmart ``\\author`` followed by
  ``\\affiliation``, AGU ``\\authors{..\\affil{1}}`` +
  ``\\affiliation{1}{..}``, IEEE ``\\IEEEauthorblockN``/``A``, Springer
  ``\\inst`` + ``\\institute``, Springer Nature ``\\fnm``/``\\sur``,
  Copernicus ``\\Author[1]{Given}{Family}``. ``\\thanks`` notes that thank
  someone or name funding become an acknowledgements section.
- Body: sections at every level, classified once by heading; the
  acknowledgements environments (revtex, elsarticle, aastex, Springer,
  acmart ``acks``), ``\\acknowledgments``/``\\ack`` commands, MDPI
  ``\\acknowledgments{..}``/``\\authorcontributions{..}``/``\\funding{..}``,
  paragraphs, list items, footnotes, tables; figure captions gather in a
  ``figure_legends`` section.
- ``%`` comments, ``\\iffalse .. \\fi``, ``comment`` and verbatim
  environments are not text; comments are kept in ``Manuscript.comments``
  with their file and line.
- Multi-file projects: ``\\input``/``\\include``/``\\subfile``/``\\import``
  are followed from the main file, never outside the main file's folder
  tree and never in a loop; text from an included file is located in that
  file.
"""

from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..errors import InputFileError, NotUnderstood
from ..letters import LOWER, UPPER
from ..model.location import Location
from ..model.manuscript import Manuscript, TextBlock
from ..names import is_placeholder_name, without_role_notes
from ..statements import apply_section_statements, role_list
from ._sections import classify_heading, promote_closing_acknowledgements
from ._text import (
    ADDRESS_COUNTRY,
    BACK_MATTER,
    COMMENT_MARK,
    FOREIGN_AND,
    IS_WITH,
    MATH_ENVS,
    AuthorDraft,
    LineIndex,
    SectionBuilder,
    clean_name,
    find_author,
    find_email,
    foreign_and_cut,
    give_places,
    is_ack_like,
    is_author_note,
    is_collaboration,
    is_degree,
    is_generational,
    is_job_title,
    latex_to_text,
    looks_like_affiliation,
    looks_like_name,
    looks_like_place,
    names_institution,
    normalise_orcid,
    one_line,
    place_in_date,
    places_said_with,
    read_group,
    read_optional,
    read_text,
    resolve_inside,
    skip_args,
    split_orcid_note,
    split_places,
    typed_superscripts_as_marks,
    without_post,
    without_stand_ins,
)
from .listed_authors import authors_listed_in_sections

MAX_INCLUDE_FILES = 300
MAX_INCLUDE_DEPTH = 20
MAX_PROJECT_BYTES = 50_000_000
MAX_AUTHORS = 3000

# --------------------------------------------------------------------------
# preparing one file: comments, verbatim, \iffalse
# --------------------------------------------------------------------------

_VERBATIM_ENVS = ("verbatim", "verbatim*", "Verbatim", "BVerbatim", "LVerbatim", "lstlisting", "minted", "alltt", "filecontents", "filecontents*", "comment", "spverbatim", "lstcode", "pythoncode", "code")
_BEGIN_VERB = re.compile(r"\\begin\s*\{(" + "|".join(re.escape(e) for e in _VERBATIM_ENVS) + r")\}")
_VERB = re.compile(r"\\(?:verb\*?|lstinline)(?:\[[^\]]*\])?([^\sa-zA-Z{])(.*?)\1")
_URL_SPAN = re.compile(r"\\(?:url|href)\s*\{[^{}\n]*\}")
_PERCENT = re.compile(r"(?<!\\)((?:\\\\)*)%")
# (not "\if0\blind": a comparison with a macro's value, read from its definition below)
_IFFALSE = re.compile(r"\\iffalse(?![a-zA-Z])|\\if\s*0(?![0-9])(?!\s*\\[a-zA-Z@])")
# "\newcommand{\blind}{0}", "\def\blind{1}": a switch holding one digit, as journal templates set them
_DIGIT_MACRO = re.compile(r"\\(?:(?:(?:re)?new|provide)command\*?|def)\s*\{?\s*\\([a-zA-Z@]+)\s*\}?\s*\{\s*([01])\s*\}")
_IFTOKEN = re.compile(r"\\(if[a-zA-Z@]*|fi|else)(?![a-zA-Z@])")
# "\let\name=" or "\let\name" just before a conditional: it is the switch's new meaning
_LET_TO = re.compile(r"\\let\s*\\[a-zA-Z@]+\s*=?\s*\Z")
_NOT_IF = frozenset({"iff", "ifthenelse", "ifdefined", "ifcsname", "ifpdf", "ifluatex", "ifxetex"})


class _OneLine:
    """The line index of a macro's body: every offset is on the line where the macro is used."""

    def __init__(self, line: int) -> None:
        self._line = line

    def line(self, offset: int) -> int:
        return self._line


_META_IN_MACRO = re.compile(r"\\(affiliation|affil|address|altaffiliation|institute)(?![a-zA-Z@])")


@dataclass
class Source:
    """One file of a project: its display path, prepared text (comments,
    verbatim and dead code blanked, line breaks kept) and line index."""

    path: str
    text: str
    lines: LineIndex
    comments: list[TextBlock] = field(default_factory=list)

    def line(self, offset: int) -> int:
        return self.lines.line(offset)


def _comment_start(line: str) -> int:
    """Offset of the first unescaped ``%`` outside ``\\url{}``, or -1."""
    for m in _PERCENT.finditer(line):
        idx = m.end() - 1
        if any(u.start() < idx < u.end() for u in _URL_SPAN.finditer(line)):
            continue
        return idx
    return -1


def prepare(raw: str, path: str) -> Source:
    """Blank comments, verbatim material and ``\\iffalse`` branches (line
    breaks kept, so line numbers stay true) and record the comments."""
    lines = raw.split("\n")
    out: list[str] = []
    comments: list[TextBlock] = []
    verb_env: str | None = None
    for i, line in enumerate(lines, start=1):
        if verb_env is not None:
            end = line.find("\\end{" + verb_env + "}")
            if end == -1:
                out.append("")
                continue
            line = " " * (end + len(verb_env) + 6) + line[end + len(verb_env) + 6 :]
            verb_env = None
        if "\\verb" in line or "\\lstinline" in line:
            line = _VERB.sub(lambda m: " " * len(m.group(0)), line)
        if "%" in line:
            c = _comment_start(line)
            if c != -1:
                text = line[c + 1 :].strip()
                if text.strip("%").strip():
                    comments.append(TextBlock(text=text.lstrip("%").strip(), kind="other", location=Location(path=path, line=i)))
                # the mark keeps a comment-only line from reading as a blank
                # line; like TeX, the comment also eats the line end
                line = line[:c] + COMMENT_MARK
        m = _BEGIN_VERB.search(line)
        if m:
            env = m.group(1)
            end = line.find("\\end{" + env + "}", m.end())
            if end == -1:
                verb_env = env
                line = line[: m.start()]
            else:
                line = line[: m.start()] + " " * (end + len(env) + 6 - m.start()) + line[end + len(env) + 6 :]
        out.append(line)
    text = "\n".join(out)
    if "\\endinput" in text:
        m = re.search(r"\\endinput(?![a-zA-Z])", text)
        if m:
            text = text[: m.start()] + re.sub(r"[^\n]", "", text[m.start() :])
    if "\\if" in text:
        text = _blank_iffalse(text, _switched_off(text, comments) if "\\ifdefined" in text else frozenset())
    return Source(path=path, text=text, lines=LineIndex(text), comments=comments)


_DEFINES = re.compile(r"\\(?:def|gdef|edef|let|newcommand\*?|renewcommand\*?|providecommand\*?|DeclareRobustCommand\*?)\s*\{?\s*\\([a-zA-Z@]+)")


def _switched_off(text: str, comments: list[TextBlock]) -> frozenset[str]:
    """Switches the author turned off by commenting out their definition
    ("%\\def\\nature{} %% set to true" over "\\def\\bioarxiv{}"): macros defined in a
    comment and nowhere in the text, so that ``\\ifdefined`` on them is false."""
    defined = {m.group(1) for m in _DEFINES.finditer(text)}
    return frozenset(m.group(1) for c in comments for m in _DEFINES.finditer("\\" + c.text.lstrip("%").strip().lstrip("\\")) if m.group(1) not in defined)


def _blank_iffalse(text: str, off: frozenset[str] = frozenset()) -> str:
    """Blank ``\\iffalse``/``\\if0`` branches up to the matching ``\\else``
    or ``\\fi`` (nested conditionals counted), and ``\\ifdefined`` branches
    on a switch in ``off``."""
    parts: list[str] = []
    pos = 0
    false_if = re.compile(_IFFALSE.pattern + r"|\\ifdefined\s*\\(?:" + "|".join(re.escape(x) for x in sorted(off)) + r")(?![a-zA-Z@])") if off else _IFFALSE
    if "\\if" in text and _DIGIT_MACRO.search(text):
        # "\if0\blind ... \fi" with "\newcommand{\blind}{1}": the comparison is false, its branch left out
        # (the last definition counts)
        digits = {name: value for name, value in _DIGIT_MACRO.findall(text)}
        false_cmp = "|".join(rf"\\if\s*{1 - int(v)}\s*\\{re.escape(k)}(?![a-zA-Z@])" for k, v in sorted(digits.items()))
        false_if = re.compile(false_if.pattern + "|" + false_cmp)
    while True:
        m = false_if.search(text, pos)
        if m is None:
            parts.append(text[pos:])
            break
        if _LET_TO.search(text, max(0, m.start() - 80), m.start()):
            # "\let\pwiflocal=\iffalse": a switch made, not a branch opened
            parts.append(text[pos : m.end()])
            pos = m.end()
            continue
        parts.append(text[pos : m.start()])
        depth = 1
        end = len(text)
        resume = len(text)
        for t in _IFTOKEN.finditer(text, m.end()):
            if _LET_TO.search(text, max(0, t.start() - 80), t.start()):
                continue  # ("\let\x=\iftrue" inside the branch opens nothing either)
            name = t.group(1)
            if name == "fi":
                depth -= 1
                if depth == 0:
                    end, resume = t.start(), t.end()
                    break
            elif name == "else":
                if depth == 1:
                    end, resume = t.start(), t.end()
                    break
            elif name not in _NOT_IF:
                depth += 1
        parts.append(re.sub(r"[^\n]", "", text[m.start() : end]))
        pos = resume
    return "".join(parts)


# --------------------------------------------------------------------------
# project: includes
# --------------------------------------------------------------------------


_INPUT_PATH = re.compile(r"\\(?:g|e|x)?def\s*\\input@path\s*\{((?:\s*\{[^{}\n]{0,200}\})+)\s*\}")


class Project:
    """The main file and the files it includes, read safely."""

    def __init__(self, main: Path, display_path: str, main_text: str) -> None:
        self.main = main
        self.root = main.resolve().parent
        self.base = PurePosixPath(display_path).parent
        self.display_path = display_path
        self.sources: dict[Path, Source] = {}
        self.order: list[str] = []
        self.notes: list[str] = []
        self.total = len(main_text)
        self.count = 1
        self.includes_done = 0
        self._resolved: dict[tuple[str, Path | None], tuple[Path | None, str]] = {}
        self.main_source = prepare(main_text, display_path)
        self.order.append(display_path)
        # "\def\input@path{{sections/}{figures/}}": folders LaTeX also looks in for a file \input names
        self.input_path: list[str] = []
        ip = _INPUT_PATH.search(self.main_source.text)
        if ip:
            self.input_path = [d.strip() for d in re.findall(r"\{([^{}]*)\}", ip.group(1)) if d.strip()][:20]

    def package_below(self, name: str) -> Path | None:
        """A package kept in a folder of the project ("desc-tex/styles/docswitch.sty", found by TeX
        through TEXINPUTS): the one file of that name within three folders of the main file, never
        through a link, and only when it is the only one."""
        if "/" in name or "\\" in name:
            return None
        if not hasattr(self, "_below"):
            found: dict[str, list[Path]] = {}
            seen = 0
            for dirpath, dirnames, filenames in os.walk(self.root, followlinks=False):
                depth = len(Path(dirpath).relative_to(self.root).parts)
                seen += 1
                if depth >= 3 or seen > 500:
                    dirnames[:] = []
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                for f in filenames:
                    if f.endswith(".sty") and depth > 0:
                        found.setdefault(f, []).append(Path(dirpath) / f)
            self._below = found
        hits = self._below.get(name, [])
        return hits[0] if len(hits) == 1 and not hits[0].is_symlink() else None

    def note(self, where: Source, offset: int, message: str) -> None:
        if len(self.notes) >= 50:
            return
        text = f"{where.path}:{where.line(offset)}: {message}"
        self.notes.append(text)

    def resolve(self, name: str, where: Source, offset: int, *, base_dir: Path | None = None) -> Path | None:
        """The file ``\\input{name}`` means, inside the project folder, or
        None (with a note) when it is outside, absolute or missing."""
        key = (name, base_dir)
        if key in self._resolved:
            path, reason = self._resolved[key]
        else:
            path, reason = resolve_inside(self.root, base_dir if base_dir is not None else self.root, name, (".tex",))
            for folder in self.input_path if path is None and reason == "not found" else ():
                # (a folder of \input@path, as LaTeX tries them: from the main file's folder)
                found, why = resolve_inside(self.root, self.root, folder.rstrip("/") + "/" + name.strip(), (".tex",))
                if found is not None:
                    path, reason = found, ""
                    break
            if len(self._resolved) < 10_000:
                self._resolved[key] = (path, reason)
        if path is None:
            self.note(where, offset, f"\\input{{{name.strip()}}} ignored: {reason}")
        return path

    def load(self, path: Path, where: Source, offset: int) -> Source | None:
        """Read and prepare an included file (once), within the project limits."""
        if path in self.sources:
            return self.sources[path]
        if self.count >= MAX_INCLUDE_FILES:
            self.note(where, offset, f"more than {MAX_INCLUDE_FILES} included files; the rest are not read")
            return None
        try:
            raw = without_code_chunks(read_text(path, what="LaTeX text"), path)
        except InputFileError as exc:
            self.note(where, offset, f"included file {path.name} skipped: {exc}")
            return None
        if self.total + len(raw) > MAX_PROJECT_BYTES:
            self.note(where, offset, "the project is too large; further included files are not read")
            return None
        self.total += len(raw)
        self.count += 1
        rel = path.relative_to(self.root).as_posix()
        disp = posixpath.normpath((self.base / rel).as_posix())
        src = prepare(raw, disp)
        self.sources[path] = src
        if disp not in self.order:
            self.order.append(disp)
        return src


# --------------------------------------------------------------------------
# scanning
# --------------------------------------------------------------------------

SECTION_LEVELS = {"part": 0, "chapter": 0, "section": 1, "subsection": 2, "subsubsection": 3, "paragraph": 4, "subparagraph": 5}
_ACK_ENVS = frozenset(
    "acknowledgements acknowledgments acknowledgement acknowledgment acks ack acknowledgementsection thanks".split()
)
_FIGURE_ENVS = frozenset("figure figure* wrapfigure SCfigure subfigure sidewaysfigure floatingfigure marginfigure widefigure fullwidthfigure".split())
_TABLE_ENVS = frozenset("table table* sidewaystable wraptable margintable widetable".split())
_TABULAR_ENVS = frozenset("tabular tabular* tabularx tabulary longtable supertabular xtabular tblr deluxetable deluxetable* planotable".split())
_LIST_ENVS = frozenset("itemize enumerate description compactitem compactenum inparaenum asparaenum".split())
_SKIP_ENVS = frozenset(
    "thebibliography tikzpicture pgfpicture picture algorithm algorithmic algorithm2e lstlisting axis "
    "filecontents keywords keyword ccsxml CCSXML references".split()
) | MATH_ENVS | frozenset(e + "*" for e in MATH_ENVS)
_META_CMDS = (
    "title Title icmltitle author authors Author affil affiliation address institute email ead emailAdd orcid thanks "
    "tnotetext fntext cortext correspondingauthor corr corresp altaffiliation alsoaffiliation additionalaffiliation "
    "collaboration credit icmlauthor icmlaffiliation icmladdress icmlcorrespondingauthor IEEEauthorblockN IEEEauthorblockA "
    "correspondence correspondance authorsnames authorsaffiliations aff date affiliations altaffiltext "
    # IUCr \cauthor (the contact author); IEEE signal-processing conferences \name, \nametwo, \twoauthors
    "cauthor name nametwo twoauthors "
    # apa6: \threeauthors{A}{B}{C} over \threeaffiliations{PA}{PB}{PC} (or \oneaffiliation{P} for all)
    "oneauthor threeauthors fourauthors fiveauthors sixauthors oneaffiliation twoaffiliations threeaffiliations "
    "fouraffiliations fiveaffiliations sixaffiliations "
    # AMS (ametsoc): more authors, each with their place, after the first ones
    "extraauthor extraaffil "
    # AISTATS: the names parted by \And, then their places in the same order (or one for all)
    "aistatsauthor aistatsaddress aistatstitle "
    # COLT: \coltauthor{\Name{A} \Email{a@x}\\ \addr Place \AND ...}, as PMLR's \author
    "coltauthor "
    # ACM SIGPLAN's old class: \authorinfo{Name}{Place}{E-mail}
    "authorinfo"
).split()
# journal classes kept in a project's own folder: \addAuthor{Name}{key} over \addAffiliation{key}{Place},
# read as elsarticle's \author[key]{Name} and \address[key]{Place} (two arguments each)
_KEYED_PAIRS = {"addAuthor": "author", "addauthor": "author", "AddAuthor": "author", "addAffiliation": "address", "addaffiliation": "address", "AddAffiliation": "address"}
_META_CMDS += list(_KEYED_PAIRS)
_BACK_CMDS = {
    "acknowledgments": "acknowledgements", "acknowledgements": "acknowledgements", "acknowledgment": "acknowledgements",
    "acknowledgement": "acknowledgements", "ack": "acknowledgements", "acks": "acknowledgements",
    "acknow": "acknowledgements", "authorcontributions": "author_contributions",
    "authorcontribution": "author_contributions", "funding": "funding", "financialsupport": "funding",
    "dataavailability": "data_availability", "codeavailability": "data_availability",
    "codedataavailability": "data_availability", "conflictsofinterest": "other", "competinginterests": "other",
}
_BACK_HEADINGS = {
    "acknowledgements": "Acknowledgements", "author_contributions": "Author contributions",
    "funding": "Funding", "data_availability": "Data availability",
}
# back-matter commands that are never a bare heading (only ``\cmd{text}``)
_ARG_ONLY_BACK = frozenset({"funding", "financialsupport", "conflictsofinterest", "competinginterests", "acknow"})
_CMD_NAMES = sorted(
    set(SECTION_LEVELS) | set(_META_CMDS) | set(_BACK_CMDS) | {
        "input", "include", "subfile", "import", "subimport", "inputfrom", "subinputfrom", "caption", "captionof",
        "subcaption", "footnote", "footnotetext", "item", "par", "bibliography", "printbibliography", "maketitle", "appendix",
        "newcommand", "renewcommand", "providecommand", "newenvironment", "renewenvironment", "def", "gdef", "edef",
        "abstract", "bmhead", "documentclass", "keywords", "keyword", "introduction", "conclusions", "usepackage", "RequirePackage",
        "jnlcitation", "cname",
    },
    key=lambda c: (-len(c), c),  # longest first; ties by name, so the pattern is the same in every process
)
_SCAN = re.compile(
    r"(?=[\\\n$])"  # a cheap first-character test keeps the search fast
    r"(?:\\begin\s*\{(?P<benv>[^{}\n]*)\}"
    r"|\\end\s*\{(?P<eenv>[^{}\n]*)\}"
    r"|\\(?P<cmd>" + "|".join(_CMD_NAMES) + r")(?![a-zA-Z@])(?P<star>\*?)"
    r"|(?P<par>\n[ \t]*\n\s*)"
    r"|(?<!\\)(?P<dmath>\$\$|\\\[))"
)


_BLANK = " \t\n" + COMMENT_MARK
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass
class _Meta:
    """A metadata command met while scanning, with its raw arguments."""

    name: str
    src: Source
    offset: int  # where the first argument starts
    args: list[str]
    arg_offsets: list[int]
    opt: str | None = None
    star: bool = False
    in_chapter: bool = False  # met inside a chapter of the body (a thesis's chapter reproducing a paper)


class Scanner:
    """Walks the prepared text of a project in reading order, following
    includes, and feeds headings, blocks and captions to a
    ``SectionBuilder``; metadata commands are collected for later."""

    def __init__(self, project: Project | None, builder: SectionBuilder, *, in_document: bool) -> None:
        self.project = project
        self.sb = builder
        self.in_document = in_document
        self.meta: list[_Meta] = []
        self.chapters = 0  # chapters of the body met so far
        self.stack: list[Path] = []
        self.figure_depth = 0
        self.table_depth = 0
        self.list_depth = 0
        self.env_sections: list[str] = []
        self.done = False
        # paragraph being collected
        self.buf: list[str] = []
        self.buf_src: Source | None = None
        self.buf_start = 0
        self.buf_end = 0
        self.buf_kind = "paragraph"
        self.pending_notes: list[tuple[str, Source, int]] = []
        self.macros: dict[str, str] = {}
        self._expander: _Expander | None = None
        self._expanded_for = 0
        # macros whose body reads a file ("\\doctitle" = "\\input{authors}\\maketitle"), and their uses
        self.include_macros: dict[str, list[str]] = {}
        self._include_use: re.Pattern[str] | None = None

    # -- paragraph buffer ------------------------------------------------
    def _append(self, src: Source, start: int, end: int) -> None:
        chunk = src.text[start:end]
        if not chunk.strip(_BLANK):
            if self.buf:
                self.buf.append(chunk)
            return
        if self.buf_src is not src:
            self.flush()
        if not self.buf:
            lead = len(chunk) - len(chunk.lstrip(_BLANK))
            self.buf_src = src
            self.buf_start = start + lead
        self.buf.append(chunk)
        self.buf_end = start + len(chunk.rstrip(_BLANK))

    def flush(self) -> None:
        buf, src, kind = self.buf, self.buf_src, self.buf_kind
        self.buf, self.buf_kind = [], ("list_item" if self.list_depth else "paragraph")
        if buf and src is not None and self.in_document and not self.figure_depth and not self.table_depth:
            raw = "".join(buf)
            if self.macros and "\\" in raw:
                # "the entire \kepler\ team": the paper's own parameterless macros, expanded
                if self._expander is None or self._expander.macros is not self.macros or self._expanded_for != len(self.macros):
                    self._expander, self._expanded_for = _Expander(self.macros), len(self.macros)
                raw = self._expander(raw)
            text = latex_to_text(raw)
            if text:
                first, last = src.line(self.buf_start), src.line(max(self.buf_start, self.buf_end - 1))
                for part in text.split("\n\n"):
                    self.sb.add(one_line(part), src.path, first, last, kind)
        for note, nsrc, off in self.pending_notes:
            self.sb.add(note, nsrc.path, nsrc.line(off), None, "footnote", labels=False)
        self.pending_notes = []

    # -- main loop ---------------------------------------------------------
    def scan(self, src: Source, start: int = 0, end: int | None = None) -> None:
        text = src.text
        stop = len(text) if end is None else end
        pos = start
        while pos < stop and not self.done:
            m = _SCAN.search(text, pos, stop)
            use = self._include_use.search(text, pos, m.start() if m else stop) if self._include_use is not None else None
            if use is not None and self.project is not None:
                # a macro that reads a file, used here: the file is read in its place
                self._append(src, pos, use.start())
                for target in self.include_macros.get(use.group(1), ()):
                    self._include_file(src, "input", target, use.start())
                pos = use.end()
                continue
            if m is None:
                self._append(src, pos, stop)
                break
            self._append(src, pos, m.start())
            pos = self._token(src, m, stop)

    def _token(self, src: Source, m: re.Match[str], stop: int) -> int:
        """Handle one structural token; return the offset to go on from."""
        text = src.text
        if m.group("par") is not None:
            self.flush()
            return m.end()
        if m.group("dmath") is not None:
            closer = "$$" if m.group("dmath") == "$$" else "\\]"
            if closer == "$$" and re.match(r"[{^_]", text[m.end() : m.end() + 1]) and m.start() > 0 and not text[m.start() - 1].isspace():
                return m.end() - 1  # "Sze${^1}$${^2}$": one inline formula closing as the next opens, not display math
            j = text.find(closer, m.end(), stop)
            blank = _BLANK_LINE.search(text, m.end(), j if j != -1 else stop)
            if blank is not None:
                return m.end()  # display math never spans a paragraph break: an unmatched "$$" is text
            return stop if j == -1 else j + len(closer)
        benv = m.group("benv")
        if benv is not None:
            return self._begin(src, benv.strip(), m.end(), m.start(), stop)
        eenv = m.group("eenv")
        if eenv is not None:
            return self._end(src, eenv.strip(), m.end())
        return self._command(src, m.group("cmd"), bool(m.group("star")), m.start(), m.end(), stop)

    # -- environments ------------------------------------------------------
    def _begin(self, src: Source, env: str, pos: int, at: int, stop: int) -> int:
        """Enter an environment: document, floats, lists, back-matter sections, skipped material."""
        text = src.text
        if env == "document":
            self.flush()
            self.in_document = True
            return pos
        if env in ("appendix", "appendices") and self.in_document:
            self.flush()
            self.sb.mark_body_end()
            return pos
        if env in _SKIP_ENVS:
            if env.rstrip("*") not in MATH_ENVS:
                self.flush()
            if env == "thebibliography" and self.in_document:
                self.sb.mark_body_end()
            return self._skip_env(text, env, pos, stop)
        if env in _TABULAR_ENVS:
            end = self._env_end(text, env, pos, stop)
            body_start = skip_args(text, pos)
            self._table(src, body_start, end[0], at)
            return end[1]
        if env in _FIGURE_ENVS:
            self.flush()
            self.figure_depth += 1
            return skip_args(text, pos, max_groups=2)
        if env in _TABLE_ENVS:
            self.flush()
            self.table_depth += 1
            return skip_args(text, pos, max_groups=1)
        if env in _LIST_ENVS:
            self.flush()
            self.list_depth += 1
            self.buf_kind = "list_item"
            return skip_args(text, pos, max_groups=1)
        low = env.lower().rstrip("*")
        kind = None
        if low in _ACK_ENVS:
            kind = "acknowledgements"
        elif low == "abstract":
            kind = "other"
        else:
            k = classify_heading(low.replace("-", " ").replace("_", " "))
            if k in BACK_MATTER and low not in ("contributions", "contribution", "support", "thanks"):
                kind = k
        if kind is not None:
            self.flush()
            if self.in_document:
                heading = "Abstract" if low == "abstract" else _BACK_HEADINGS.get(kind, env)
                self.sb.begin_env(heading, kind, src.path, src.line(at))
                self.env_sections.append(env)
            return skip_args(text, pos, max_groups=1) if low != "abstract" else pos
        return pos

    def _end(self, src: Source, env: str, pos: int) -> int:
        if env == "document":
            self.flush()
            if self.project is not None and not self.stack:
                self.done = True
            return pos
        if env in _FIGURE_ENVS:
            self.buf = []
            self.figure_depth = max(0, self.figure_depth - 1)
            return pos
        if env in _TABLE_ENVS:
            self.buf = []
            self.table_depth = max(0, self.table_depth - 1)
            return pos
        if env in _LIST_ENVS:
            self.flush()
            self.list_depth = max(0, self.list_depth - 1)
            self.buf_kind = "list_item" if self.list_depth else "paragraph"
            return pos
        if self.env_sections and self.env_sections[-1] == env:
            self.flush()
            self.env_sections.pop()
            self.sb.end_env()
        return pos

    @staticmethod
    def _env_end(text: str, env: str, pos: int, stop: int) -> tuple[int, int]:
        """(start, end) of the ``\\end{env}`` matching a ``\\begin`` whose
        name ends at ``pos`` (nesting counted); the end of the text if none."""
        pat = re.compile(r"\\(begin|end)\s*\{" + re.escape(env) + r"\}")
        depth = 1
        for m in pat.finditer(text, pos, stop):
            depth += 1 if m.group(1) == "begin" else -1
            if depth == 0:
                return m.start(), m.end()
        return stop, stop

    def _skip_env(self, text: str, env: str, pos: int, stop: int) -> int:
        return self._env_end(text, env, pos, stop)[1]

    def _table(self, src: Source, start: int, end: int, at: int) -> None:
        if not self.in_document:
            return
        self.flush()
        body = src.text[start:end]
        rows = []
        for row in re.split(r"\\\\(?:\[[^\]]*\])?", body):
            row = re.sub(r"\\(?:hline|toprule|midrule|bottomrule|cline\{[^}]*\}|cmidrule(?:\([^)]*\))?\{[^}]*\}|endhead|endfirsthead|endfoot|endlastfoot)", " ", row)
            cells = [" ".join(latex_to_text(c, _depth=1).split()) for c in re.split(r"(?<!\\)&", row)]
            if any(cells):
                rows.append(" | ".join(cells))
        if rows:
            self.sb.add("\n".join(rows), src.path, src.line(at), src.line(end), "table", labels=False)

    # -- commands ------------------------------------------------------------
    def _command(self, src: Source, name: str, star: bool, at: int, pos: int, stop: int) -> int:
        """Handle a command the scanner stops at (sections, includes, captions, notes, metadata)."""
        text = src.text
        if name in SECTION_LEVELS:
            self.flush()
            opt = read_optional(text, pos)
            p = opt[1] if opt else pos
            g = read_group(text, p, long=False)
            if g is None:
                return p
            if self.in_document and not self.figure_depth:
                heading = _heading_text(g[0])
                if heading:
                    self.sb.heading(heading, SECTION_LEVELS[name], src.path, src.line(at))
                if name == "chapter":
                    self.chapters += 1
            return g[1]
        if name in ("introduction", "conclusions"):
            self.flush()
            if self.in_document:
                o = read_optional(text, pos)
                self.sb.heading(o[0] if o else name.capitalize(), 1, src.path, src.line(at))
                return o[1] if o else pos
            return pos
        if name == "bmhead":
            self.flush()
            g = read_group(text, pos, long=False)
            if g is None:
                return pos
            if self.in_document:
                self.sb.heading(_heading_text(g[0]), 1, src.path, src.line(at))
            return g[1]
        if name in ("input", "include", "subfile", "import", "subimport", "inputfrom", "subinputfrom"):
            return self._include(src, name, at, pos)
        if name in ("newcommand", "renewcommand", "providecommand", "newenvironment", "renewenvironment", "def", "gdef", "edef"):
            return self._skip_definition(text, name, pos)
        if name == "documentclass":
            end = skip_args(text, pos)
            self._local_class(src, pos, at)
            return end
        if name in ("usepackage", "RequirePackage"):
            return self._local_packages(src, pos)
        if name in _BACK_CMDS:
            return self._back_command(src, name, at, pos)
        if name == "abstract":
            g = read_group(text, pos)
            if g is None or not self.in_document:
                return pos if g is None else g[1]
            self.flush()
            self.sb.begin_env("Abstract", "other", src.path, src.line(at))
            self._fragment(src, text.index("{", pos) + 1, g[1] - 1)
            self.sb.end_env()
            return g[1]
        if name in ("caption", "captionof", "subcaption"):
            return self._caption(src, name, at, pos)
        if name in ("footnote", "footnotetext"):
            opt = read_optional(text, pos)
            p = opt[1] if opt else pos
            g = read_group(text, p)
            if g is None:
                return p
            note = latex_to_text(g[0])
            if note and self.in_document and not self.figure_depth:
                self.pending_notes.append((one_line(note), src, p))
                self.buf.append(" ")
            return g[1]
        if name == "item":
            self.flush()
            self.buf_kind = "list_item"
            opt = read_optional(text, pos)
            if opt is not None:
                label = latex_to_text(opt[0])
                if label:
                    self.buf_src = src
                    self.buf_start = at
                    self.buf.append(label + ": " if not label.endswith((".", ":")) else label + " ")
                return opt[1]
            return pos
        if name == "par":
            self.flush()
            return pos
        if name == "appendix":
            self.flush()
            self.sb.mark_body_end()
            return pos
        if name in ("bibliography", "printbibliography", "maketitle", "keywords", "keyword"):
            self.flush()
            if name != "maketitle" and name[0] != "k" and self.in_document:
                self.sb.mark_body_end()
            if name == "printbibliography":
                return skip_args(text, pos, max_groups=1)
            return skip_args(text, pos, max_groups=2) if name != "maketitle" else pos
        if name in ("jnlcitation", "cname"):
            # Wiley's "\jnlcitation{\cname{\author{Park K.}, \author{J. Bloggs}} (\cyear{2021}) ...}": how
            # to cite the paper, its names again in the citation's form, no authors of their own
            return skip_args(text, pos, max_groups=1)
        if name in _META_CMDS:
            return self._meta(src, name, star, at, pos)
        return pos

    def _skip_definition(self, text: str, name: str, pos: int) -> int:
        """Skip a macro definition; keep the body of a macro without
        parameters (``\\def\\Authors{..}``) for expanding metadata."""
        if name in ("def", "gdef", "edef"):
            m = re.compile(r"\s*\\([a-zA-Z@]+)([^{]*)").match(text, pos)
            p = m.end() if m else pos
            g = read_group(text, p)
            if g is not None and m is not None and not m.group(2).strip():
                self._define(m.group(1), g[0])
            return g[1] if g else p
        if "environment" in name:
            return skip_args(text, pos, max_groups=5)
        m = re.compile(r"\*?\s*(?:\{\s*\\([a-zA-Z@]+)\s*\}|\\([a-zA-Z@]+))").match(text, pos)
        if m is None:
            return skip_args(text, pos, max_groups=4)
        p = m.end()
        o = read_optional(text, p)
        if o is not None:
            if re.fullmatch(r"\s*[1-9]\s*", o[0]) and read_optional(text, o[1]) is None:
                # "\newcommand{\authorRef}[1]{\autref{#1}}", "\newcommand{\authorinfo}[2]{#1\thanks{#2}}":
                # a macro of arguments (none of them optional), kept with its "#1", "#2"
                g = read_group(text, o[1])
                if g is not None:
                    self._define(m.group(1) or m.group(2), g[0], params=int(o[0]))
                    return g[1]
            return skip_args(text, o[1], max_groups=2)
        g = read_group(text, p)
        if g is None:
            return p
        self._define(m.group(1) or m.group(2), g[0])
        return g[1]

    def _local_packages(self, src: Source, pos: int) -> int:
        """``\\usepackage{mymacros}`` of a package kept beside the paper
        (``mymacros.sty``): its macro definitions are read, so that
        ``\\affiliation{\\ucl}`` gives the place it stands for. Packages
        installed with TeX are not there and are passed over quietly."""
        text = src.text
        o = read_optional(text, pos)
        g = read_group(text, o[1] if o else pos, long=False)
        if g is None:
            return o[1] if o else pos
        if self.project is not None:
            for pkg in (x.strip() for x in g[0].split(",")):
                if not re.fullmatch(r"[\w.\-/]{1,100}", pkg):
                    continue
                path, _ = resolve_inside(self.project.root, self.project.root, pkg + ".sty", ())
                if path is None:
                    path = self.project.package_below(pkg + ".sty")
                if path is None or not path.is_file():
                    continue
                sty = self.project.load(path, src, pos)
                if sty is None:
                    continue
                self._metadata_inputs(sty, src, pos)
                had = {k: self.macros[k] for k in _READ_ITSELF if k in self.macros}
                for m in re.finditer(r"\\(newcommand|renewcommand|providecommand|def|gdef|edef)(?![a-zA-Z@])", sty.text):
                    self._skip_definition(sty.text, m.group(1), m.end())
                # a copy of a template's class or package (jmlr2e.sty: "\def\name{\normalsize\bf}") defines the
                # commands the reader knows by their meaning as typesetting; those are read as the template means them
                for k in _READ_ITSELF:
                    if k in had:
                        self.macros[k] = had[k]
                    else:
                        self.macros.pop(k, None)
        return g[1]

    def _local_class(self, src: Source, pos: int, at: int) -> None:
        """``\\documentclass{rescience}`` of a class kept beside the paper: the
        paper's own files it reads in (``\\input{metadata.tex}``, where a
        generator wrote the title and authors) are read as the preamble."""
        if self.project is None:
            return
        o = read_optional(src.text, pos)
        g = read_group(src.text, o[1] if o else pos, long=False)
        if g is None or not re.fullmatch(r"[\w.\-/]{1,100}", g[0].strip()):
            return
        path, _ = resolve_inside(self.project.root, self.project.root, g[0].strip() + ".cls", ())
        if path is None:
            path = self.project.package_below(g[0].strip() + ".cls")
        if path is None or not path.is_file():
            return
        cls = self.project.load(path, src, at)
        if cls is not None:
            self._metadata_inputs(cls, src, at)

    def _metadata_inputs(self, pkg: Source, src: Source, at: int) -> None:
        """The ``.tex`` files of the project that a local class or package
        reads in (``\\input{metadata.tex}``, ``\\InputIfFileExists{meta.tex}``),
        read where the class or package is loaded; none inside a definition."""
        assert self.project is not None
        defs = [(m.start(), end) for m in re.finditer(r"\\(?:(?:re)?newcommand|providecommand|[gex]?def|newenvironment)(?![a-zA-Z@])", pkg.text) if (end := self._definition_end(pkg.text, m.end())) > m.end()]
        for m in re.finditer(r"\\(?:input|InputIfFileExists)\s*\{([\w.\-/]{1,100})\}", pkg.text):
            if any(a <= m.start() < b for a, b in defs):
                continue
            target = m.group(1) if m.group(1).endswith(".tex") else m.group(1) + ".tex"
            path, _ = resolve_inside(self.project.root, self.project.root, target, ())
            if path is not None and path.is_file():
                self._include_file(src, "input", target, at)

    def _definition_end(self, text: str, pos: int) -> int:
        """Where the definition whose name starts at ``pos`` ends (its body's
        closing brace), or ``pos`` when it cannot be read."""
        m = re.compile(r"\s*\{?\s*\\?[a-zA-Z@]+\s*\}?\s*(?:\[[^\]]*\]\s*)*(?:#\d\s*)*").match(text, pos)
        p = m.end() if m else pos
        g = read_group(text, p)
        return g[1] if g is not None else pos

    def _define(self, name: str, body: str, params: int = 0) -> None:
        # (a body may name only the arguments its macro takes: "#3" in a macro of two is something else)
        if len(self.macros) < 2000 and len(body) < 20000 and ("#" not in body or params and not re.search(rf"#[^1-{params}]|##", body)):
            # a macro that counts and tests ("\equalcontrib": \ifnum\value{eqfn}=0 ... \footnotemark") prints a
            # mark, no words: its body is no text to read
            self.macros[name] = "" if _PROGRAMMING.search(body) else body
        targets = [t for t in _INPUT_IN_ARG.findall(body) if "#" not in t]
        # (and a macro that uses one: "\\maketitlepost" = "\\doctitle")
        targets += [t for used in re.findall(r"\\([a-zA-Z@]+)", body) if used != name for t in self.include_macros.get(used, ())]
        if targets and name not in _CMD_NAMES and len(self.include_macros) < 50:
            self.include_macros[name] = targets
            self._include_use = re.compile(r"\\(" + "|".join(map(re.escape, sorted(self.include_macros))) + r")(?![a-zA-Z@])")

    def _back_command(self, src: Source, name: str, at: int, pos: int) -> int:
        """``\\acknowledgments`` starts a section (AGU, JHEP);
        ``\\acknowledgments{...}`` holds it (MDPI)."""
        text = src.text
        kind = _BACK_CMDS.get(name, "other")
        heading = _BACK_HEADINGS.get(kind, "Competing interests")
        self.flush()
        g = read_group(text, pos)
        if g is not None:
            # stored by the class and printed later, so read even in the preamble
            was = self.in_document
            self.in_document = True
            self.sb.begin_env(heading, kind, src.path, src.line(at))
            self._fragment(src, text.index("{", pos) + 1, g[1] - 1)
            self.sb.end_env()
            self.in_document = was
            return g[1]
        if name in _ARG_ONLY_BACK:
            return pos
        if self.in_document:
            self.sb.heading(heading, 1, src.path, src.line(at), kind=kind)
        return pos

    def _fragment(self, src: Source, start: int, end: int) -> None:
        """Scan ``src.text[start:end]`` as body text (an argument holding
        paragraphs)."""
        self.flush()
        self.scan(src, start, max(start, end))
        self.flush()

    def _caption(self, src: Source, name: str, at: int, pos: int) -> int:
        """A figure caption goes to the figure legends; other captions stay in place."""
        text = src.text
        p = pos
        is_figure = self.figure_depth > 0
        if name == "captionof":
            g0 = read_group(text, p, long=False)
            if g0 is None:
                return p
            is_figure = g0[0].strip().startswith("fig")
            p = g0[1]
        elif name == "subcaption":
            is_figure = self.figure_depth > 0
        opt = read_optional(text, p)
        p = opt[1] if opt else p
        g = read_group(text, p)
        if g is None:
            return p
        if self.in_document:
            cap = one_line(latex_to_text(g[0]))
            first, last = src.line(at), src.line(g[1])
            if is_figure:
                self.sb.caption(cap, src.path, first, last)
            elif cap:
                self.flush() if not (self.figure_depth or self.table_depth) else None
                self.sb.add(cap, src.path, first, last, "caption", labels=False)
        return g[1]

    def _file_text(self, name: str, src: Source, at: int) -> str:
        """The prepared text of a file named inside a command's argument, or
        nothing when it cannot be read."""
        assert self.project is not None
        path = self.project.resolve(name.strip(), src, at)
        if path is None or path in self.stack:
            return ""
        got = self.project.load(path, src, at)
        return got.text if got is not None else ""

    def _include(self, src: Source, name: str, at: int, pos: int) -> int:
        """Read an included file in place, inside the project folder and never in a loop."""
        text = src.text
        base_dir: Path | None = None
        if name in ("import", "subimport", "inputfrom", "subinputfrom"):
            g1 = read_group(text, pos, long=False)
            if g1 is None:
                return pos
            g2 = read_group(text, g1[1], long=False)
            if g2 is None:
                return g1[1]
            target, end = g1[0].strip() + "/" + g2[0].strip(), g2[1]
            if name.startswith("sub") and self.stack:
                target = posixpath.join(str(self.stack[-1].parent.relative_to(self.project.root)) if self.project else "", target)
        else:
            g = read_group(text, pos, long=False)
            if g is not None:
                target, end = g[0], g[1]
            elif name == "input":
                m = re.compile(r"[ \t]+([\w./\-]+)").match(text, pos)
                if m is None:
                    return pos
                target, end = m.group(1), m.end()
            else:
                return pos
        if self.project is None:
            return end
        self._include_file(src, name, target, at, base_dir)
        return end

    def _include_file(self, src: Source, name: str, target: str, at: int, base_dir: Path | None = None) -> None:
        assert self.project is not None
        # "\input{\authfile}": a file named by a macro of the document's own
        macro = re.fullmatch(r"\s*\\([a-zA-Z@]+)\s*", target)
        if macro and self.macros.get(macro.group(1)):
            target = self.macros[macro.group(1)].strip()
        self.flush()
        path = self.project.resolve(target, src, at, base_dir=base_dir)
        if path is None:
            return
        if path in self.stack or path == self.project.main.resolve():
            self.project.note(src, at, f"\\{name}{{{target}}} ignored: it would include itself again (a loop)")
            return
        if len(self.stack) >= MAX_INCLUDE_DEPTH:
            self.project.note(src, at, f"\\{name}{{{target}}} ignored: includes nested deeper than {MAX_INCLUDE_DEPTH}")
            return
        child = self.project.load(path, src, at)
        if child is None:
            return
        self.project.includes_done += 1
        if self.project.includes_done > MAX_INCLUDE_FILES * 4:
            self.project.note(src, at, f"\\{name}{{{target}}} ignored: too many inclusions")
            return
        self.stack.append(path)
        try:
            self.scan(child)
            self.flush()
        finally:
            self.stack.pop()

    def _meta(self, src: Source, name: str, star: bool, at: int, pos: int) -> int:
        """Record a metadata command with its arguments (read later, when
        the whole document has been seen)."""
        text = src.text
        p = pos
        opt = None
        if name not in ("correspondingauthor", "icmlauthor", "icmlaffiliation", "icmlcorrespondingauthor", "collaboration"):
            o = read_optional(text, p)
            if o is not None:
                opt, p = o[0], o[1]
                if name == "Author":
                    # Copernicus \Author[1][email]{Given}{Family}: a second optional argument holds the e-mail
                    o2 = read_optional(text, p)
                    if o2 is not None:
                        opt, p = (opt + "," if opt else "") + o2[0], o2[1]
        args: list[str] = []
        offs: list[int] = []
        nargs = _META_ARGS.get(name, 1)
        for k in range(nargs):
            g = read_group(text, p, long=name not in ("title", "Title"))
            if g is None:
                break
            start = text.index("{", p)
            args.append(g[0])
            offs.append(start + 1)
            p = g[1]
            if k == 0 and name in ("author", "cauthor"):
                # elsarticle-cas: \author[1]{Name}[orcid=...]
                o2 = read_optional(text, p)
                if o2 is not None and "=" in o2[0]:
                    opt = (opt + "," if opt else "") + o2[0]
                    p = o2[1]
                # groups set right after the name: IUCr \author[a]{Given}{Family};
                # LIPIcs \author{Name}{Affiliation}{E-mail}{ORCID}{Funding}
                lines_apart = _groups_on_lines(text, p)
                if lines_apart is not None:
                    # LIPIcs, as its template sets it: each of the four groups after the name on a line of its own
                    for q, g2 in lines_apart:
                        args.append(g2[0])
                        offs.append(q + 1)
                        p = g2[1]
                while len(args) < 5:
                    q = p
                    while q < len(text) and text[q] in " \t":
                        q += 1
                    if q >= len(text) or text[q] != "{":
                        break
                    g2 = read_group(text, q, long=True)
                    if g2 is None:
                        break
                    args.append(g2[0])
                    offs.append(q + 1)
                    p = g2[1]
        if not args:
            return p
        if self.project is not None and any("\\input" in a or "\\include" in a for a in args):
            # "\author{\input{authors}}": a list of names kept in a file of its own, read in place
            args = [_INPUT_IN_ARG.sub(lambda mm: self._file_text(mm.group(1), src, offs[0]), a) for a in args]
        args = [a.replace(COMMENT_MARK, " ") for a in args]
        if name in _KEYED_PAIRS:
            # "\addAuthor{Anna Keel}{a}", "\addAffiliation{a}{Place}": a name and its key, a key and its place
            if len(args) != 2:
                return p
            as_name = _KEYED_PAIRS[name]
            keyed, text_at = (1, 0) if as_name == "author" else (0, 1)
            if not _is_key(args[keyed]):
                return p
            self.meta.append(_Meta(name=as_name, src=src, offset=offs[text_at], args=[args[text_at]], arg_offsets=[offs[text_at]], opt=args[keyed].strip(), star=star))
            return p
        if name in ("affiliation", "collaboration") and len(args) == 2 and not _is_key(args[0]):
            # revtex/acmart \affiliation{Inst} followed by unrelated braces
            p = offs[1] - 1
            args, offs = args[:1], offs[:1]
        self.meta.append(_Meta(name=name, src=src, offset=offs[0], args=args, arg_offsets=offs, opt=opt, star=star, in_chapter=self.in_document and self.chapters > 0))
        return p


def _groups_on_lines(text: str, p: int) -> list[tuple[int, tuple[str, int]]] | None:
    """Three or four brace groups from ``p``, each opening its own line
    (LIPIcs' ``\author{Name}`` then affiliation, e-mail, ORCID and funding
    a line each), with where each opens; None when fewer stand so."""
    out: list[tuple[int, tuple[str, int]]] = []
    while len(out) < 4:
        m = re.compile(r"[ \t]*\n[ \t]*(?=\{)").match(text, p)
        if m is None:
            break
        g = read_group(text, m.end(), long=True)
        if g is None:
            break
        out.append((m.end(), g))
        p = g[1]
    return out if len(out) >= 3 else None


_APA_AUTHORS = {"oneauthor": 1, "threeauthors": 3, "fourauthors": 4, "fiveauthors": 5, "sixauthors": 6}
_APA_PLACES = {"oneaffiliation": 1, "twoaffiliations": 2, "threeaffiliations": 3, "fouraffiliations": 4, "fiveaffiliations": 5, "sixaffiliations": 6}


_META_ARGS = {
    "correspondingauthor": 2, "corr": 2, "Author": 2, "affiliation": 3, "collaboration": 2, "icmlauthor": 2,
    "icmlaffiliation": 2, "icmlcorrespondingauthor": 2, "altaffiltext": 2, "nametwo": 2, "twoauthors": 4,
    "threeauthors": 3, "fourauthors": 4, "fiveauthors": 5, "sixauthors": 6, "twoaffiliations": 2, "threeaffiliations": 3,
    "fouraffiliations": 4, "fiveaffiliations": 5, "sixaffiliations": 6,
    "authorinfo": 3,
    **{k: 2 for k in _KEYED_PAIRS},
}


def _is_key(s: str) -> bool:
    # (one key or several: "1", "a,b", "1,*")
    return bool(re.fullmatch(r"\s*[\w*]{1,4}(?:\s*,\s*[\w*]{1,4}){0,5}\s*", s))


def _heading_text(raw: str) -> str:
    t = re.sub(r"\\(?:label|protect|texorpdfstring\{[^{}]*\})", " ", raw)
    return one_line(latex_to_text(t)).strip()


# --------------------------------------------------------------------------
# authors
# --------------------------------------------------------------------------

# the commands set beside a name: marks of places, notes, ORCIDs, addresses and name parts
_MARKER_NAMES = (
    "inst affil aff affmark authormark IEEEauthorrefmark authorrefmark affilnum autref textsuperscript fnref corref "
    "tnoteref footnotemark affiliationmark altaffilmark orcid orcidlink orcidID ORCID orcidA orcidB orcidC orcidD orcidE "
    "orcidF email ead thanks footnote href corresp equalcont fnm sur snm spfx pfx sfx dgr IEEEmembership textsc at inits "
    "cormark fnmark authornote authornotemark footnoteref footref thanksref note IEEEcompsocitemizethanks sthanks"
).split()
_MARKER_CMDS = re.compile(r"\\(" + "|".join(_MARKER_NAMES) + r")(?![a-zA-Z@])\*?")
# the commands of the front matter the reader takes by their meaning: a package beside the paper does not
# redefine them
_PROGRAMMING = re.compile(r"\\(?:ifnum|ifdim|ifcase|setcounter|addtocounter|stepcounter|refstepcounter)(?![a-zA-Z@])")
_READ_ITSELF = frozenset(
    _META_CMDS + _MARKER_NAMES + "addr Name Email and AND And newauthor alignauthor affaddr".split()
)
_AND = re.compile(r"\\(?:and|AND|And|newauthor|alignauthor)(?![a-zA-Z@])|\\\\(?:\*|\[[^\]]*\])?|\\newline(?![a-zA-Z@])|\\par(?![a-zA-Z@])|\n[ \t]*\n")
_AND_ONLY = re.compile(r"\\(?:and|AND|And|newauthor|alignauthor)(?![a-zA-Z@])")
# names on one line are parted by commas and "and", by spacing commands, or by nothing but their
# marks ("A$^{1}$ B$^{2}$": a superscript marker, then space and the next name)
_NAME_SEP = re.compile(
    r",|;|(?:\s+|~)and(?:\s+|~)|\\&|\s&\s|\\(?:hspace\*?\s*\{[^{}]*\}|quad|qquad|hfill|space)(?![a-zA-Z@])|~~+"
    r"|(?<=\$)\s+(?=(?:\\(?:normalsize|large|small)\s+)?[A-Z])"
)
# a name's marks closing its line, the next name on the next line: "A\textsuperscript{1,*}" / "B\textsuperscript{2},"
# a name's marks end its line and the next name starts the next, the comma between left out
# ("Dave H. E. MacMahon\altaffilmark{8}" over "Jason R. Manley\altaffilmark{9},")
_MARKS_AT_LINE_END = re.compile(
    r"((?:\\textsuperscript|\\altaffilmark|\\affil|\\inst|\\affiliationmark|\\IEEEauthorrefmark)\s*\{[^{}\n]{1,12}\}|\$\^\{?[^${}\n]{1,12}\}?\$"
    # (an ORCID set after the marks: llncs "Bo Kim\inst{2}\orcidID{0000-...}")
    r"|\\orcid(?:ID|link)?\s*\{[^{}\n]{1,40}\}"
    # (or a mark made by a macro of no arguments: AAAI's "Giacomin Marco\equalcontrib", "\footnotemark[2]")
    r"|(?<=[^\W\d_])\\(?!and\b)[a-zA-Z]+(?:\[[^\]\n]{1,12}\])?)[ \t]*(?=\n\s*[A-Z])"
)
_MATH_SPAN = re.compile(r"\$([^$]*)\$|\\\(((?:(?!\\\)).)*)\\\)", re.S)
_INPUT_IN_ARG = re.compile(r"\\(?:input|include)\s*\{([^{}\n]{1,200})\}")
_SKIP_NOTE = re.compile(
    r"manuscript received|received\b.*\b(?:revised|accepted)|contributed equally|equal(?:ly)? contribut|these authors|"
    r"present(?:ed)? address|current address|permanent address|deceased|to whom|\b(?:is|are|was|were) with\b|"
    r"footnote for providing|webpage|homepage",
    re.I,
)
_INST_HINT = re.compile(
    r"universi|institut|department|dept\b|laborator|college|school|centre|center|hospital|facult|academ|"
    r"corporation|company|foundation|\binc\b|\bltd\b|gmbh|facility|\bcore\b|division|observatory|museum|clinic",
    re.I,
)


@dataclass
class _Piece:
    raw: str
    offset: int


def _split_top(raw: str, offset: int, pattern: re.Pattern[str], *, parens: bool = False) -> list[tuple[_Piece, str]]:
    """Split ``raw`` where ``pattern`` matches outside braces, brackets and
    math (and, with ``parens``, round brackets: "Ann Lee (University of X,
    UK), Bo Kim"); each piece with the separator that ended it."""
    scan = _SPLIT_SCANNERS.get(pattern.pattern)
    if scan is None:
        scan = re.compile(r"(?P<sep>" + pattern.pattern + r")|\\.|[{}\[\]$()]", re.S)
        _SPLIT_SCANNERS[pattern.pattern] = scan
    out: list[tuple[_Piece, str]] = []
    depth = 0
    round_depth = 0
    in_math = False
    start = 0
    for m in scan.finditer(raw):
        tok = m.group(0)
        if m.group("sep") is not None and tok:
            if depth == 0 and round_depth == 0 and not in_math and m.start() >= start:
                out.append((_Piece(raw[start : m.start()], offset + start), tok))
                start = m.end()
            continue
        c = tok[:1]
        if c == "{" or c == "[":
            depth += 1
        elif c == "}" or c == "]":
            depth = max(0, depth - 1)
        elif c == "$":
            in_math = not in_math
        elif parens and depth == 0 and not in_math and tok == "(":
            round_depth += 1
        elif parens and depth == 0 and not in_math and tok == ")":
            round_depth = max(0, round_depth - 1)
    out.append((_Piece(raw[start:], offset + start), ""))
    return out


_SPLIT_SCANNERS: dict[str, re.Pattern[str]] = {}


@dataclass
class _NameInfo:
    name: str
    keys: list[str]
    orcid: str | None
    email: str | None
    notes: list[str]
    corresponding: bool
    given: str | None = None
    family: str | None = None
    note_follows: bool = False  # a correspondence note ran on after the name: the rest of its line is that note


def _keys(text: str) -> list[str]:
    """Affiliation keys from a marker: ``1,2``, ``a,b``, ``1*``."""
    # (a zero-width space put in by a generator, "\author[\u200b1]{A}", is no part of the key)
    text = re.sub("[\u200b-\u200d\u2060\ufeff]", "", text)
    # "\inst{\ref{inst:mpia}}": a label of the place (A&A, svjour3), named by its reference
    text = re.sub(r"\\(?:ref|labelcref|cref)\s*\{([^{}]{1,40})\}", lambda m: m.group(1).replace(" ", ""), text)
    # a symbol standing alone is a key (CVPR: "A$^\star$ B$^{\star,\dagger}$" over "$^\star$X \\ $^\dagger$Y"), the
    # asterisk too ("$^{\ast}$Heriot-Watt University"); a place keyed by none of them is nobody's
    text = re.sub(r"\\(star|dagger|dag|ddagger|ddag|S|P|sharp|natural|flat|diamond|clubsuit|spadesuit|heartsuit|diamondsuit)(?![a-zA-Z])",
                  lambda m: _SYMBOL_KEYS[m.group(1)], text)
    t = latex_to_text(re.sub(r"\\(?:rm|it|bf|sf|tt|normalfont|upshape)(?![a-zA-Z])", " ", text))  # "\textsuperscript{\rm 1}"
    out = []
    for raw in re.split(r"[,\s]+", t):
        k = raw.strip().strip("*∗†‡§¶.")
        if not k and (raw.strip().strip("*∗.") in _SYMBOL_KEYS.values() or re.fullmatch(r"[*∗]", raw.strip())):
            k = "*" if raw.strip() in "*∗" else raw.strip()
        glued = re.fullmatch(r"(\d{1,3}|[a-z])([" + "".join(sorted(set(_SYMBOL_KEYS.values()))) + r"]+)", k) if k else None
        for part in (glued.group(1), glued.group(2)) if glued else (k,):
            # ("1⋆": a place's number with a symbol glued on, SciPost's "\textsuperscript{1$\star$}", is both)
            if part and part not in out and len(part) <= 40:
                out.append(part)
    return out


_SYMBOL_KEYS = {
    "star": "⋆", "dagger": "†", "dag": "†", "ddagger": "‡", "ddag": "‡", "S": "§", "P": "¶", "sharp": "♯", "natural": "♮",
    "flat": "♭", "diamond": "⋄", "clubsuit": "♣", "spadesuit": "♠", "heartsuit": "♡", "diamondsuit": "♢",
}


def _kv(opt: str) -> dict[str, str]:
    """``key={value}, key=value`` pairs of an optional argument."""
    out: dict[str, str] = {}
    for m in re.finditer(r"([\w-]+)\s*=\s*(\{(?:[^{}]|\{[^{}]*\})*\}|[^,]*)", opt):
        out[m.group(1).lower()] = m.group(2).strip().strip("{}").strip()
    return out


def _math_markers(raw: str) -> tuple[str, list[str], bool]:
    """Superscript markers in math (``$^{1,2}$``, ``${}^{a}$``,
    ``$^{\\text{\\sf 1,}*}$``) taken out of ``raw``: the rest, the keys and
    whether a corresponding-author star was among them."""
    keys: list[str] = []
    corr = False

    def take(m: re.Match[str]) -> str:
        """Remove one math span when it is a superscript marker, keeping its keys."""
        nonlocal corr
        body = m.group(1) if m.group(1) is not None else (m.group(2) or "")
        b = body.strip()
        b2 = re.sub(r"^\{\s*\}", "", b).lstrip()
        if b2.startswith("{") and b2.endswith("}") and b2[1:].lstrip().startswith("^"):
            b2 = b2[1:-1].strip()  # "${^1}$", as pandoc writes affiliation marks
        if not b2.startswith("^"):
            if re.fullmatch(r"\s*(?:\\ast|\*|\\star|\\dagger|\\ddagger|\\dag|\\S|\\P|\\natural|\\sharp|\\flat)\s*", b):
                corr = corr or "ast" in b or "*" in b or "star" in b
                return " "
            return m.group(0)
        inner = b2[1:].strip()
        if inner.startswith("{"):
            g = read_group(inner, 0)
            inner = g[0] if g else inner.strip("{}")
        if re.search(r"\*|\\ast", inner):
            corr = True
        keys.extend(_keys(inner))
        return " "

    rest = _MATH_SPAN.sub(take, raw)
    # "^{1,2}" outside math is a marker; "\^{u}" is an accent ("Le D\^{u}")
    for m in re.finditer(r"(?<!\\)\^\{([^{}]*)\}", rest):
        keys.extend(_keys(m.group(1)))
    rest = re.sub(r"(?<!\\)\^\{[^{}]*\}", " ", rest)
    return rest, keys, corr


def _name_info(raw: str) -> _NameInfo:
    """A name piece with its markers taken out: affiliation keys, ORCID,
    e-mail, notes (``\\thanks``) and the corresponding-author star."""
    keys: list[str] = []
    notes: list[str] = []
    orcid = email = None
    corr = False
    given = family = None
    # "Matthieu Doutreligne (ORCID: 0000-0001-8072-9966)": an ORCID written in brackets after the name
    if "(" in raw or "[" in raw:
        raw, orcid = split_orcid_note(raw)
    out: list[str] = []
    pos = 0
    n = len(raw)
    while pos < n:
        m = _MARKER_CMDS.search(raw, pos)
        if m is None:
            out.append(raw[pos:])
            break
        out.append(raw[pos : m.start()])
        name = m.group(1)
        p = m.end()
        opt = read_optional(raw, p)
        if opt is not None:
            p = opt[1]
        args: list[str] = []
        ngroups = 2 if name == "href" else (0 if name in ("at", "authornotemark", "cormark", "fnmark") else 1)
        for _ in range(ngroups):
            g = read_group(raw, p)
            if g is None:
                break
            args.append(g[0])
            p = g[1]
        content = args[0] if args else (opt[0] if opt else "")
        if name in ("email", "ead") and not args:
            em = re.compile(r"\s*([\w.+\-]+@[\w\-.]+\w)").match(raw, p)
            if em:
                content, p = em.group(1), em.end()
        if name in ("fnm", "spfx", "pfx"):
            given = (given + " " if given else "") + latex_to_text(content)
            out.append(" " + content + " ")
        elif name in ("sur", "snm"):
            family = latex_to_text(content)
            out.append(" " + content + " ")
        elif name in ("sfx", "textsc"):
            out.append(" " + content + " ")
        elif name == "at":
            out.append(raw[m.start() : p])
        elif name.startswith("orcid") or name == "ORCID":
            orcid = orcid or normalise_orcid(content)
        elif name in ("email", "ead"):
            email = email or find_email(content)
        elif name == "href":
            if "orcid" in content:
                orcid = orcid or normalise_orcid(content)
            elif content.startswith("mailto:"):
                email = email or find_email(content)
        elif name in ("thanks", "sthanks", "footnote", "authornote", "note", "IEEEcompsocitemizethanks"):
            # (JHEP's \note{Corresponding author.} and \note{ORCID: ...} beside a name)
            if name == "note" and "orcid" in content.lower():
                orcid = orcid or normalise_orcid(content)
            # (IEEE's Computer Society notes: "\IEEEcompsocitemizethanks{\IEEEcompsocthanksitem A is with X
            # \IEEEcompsocthanksitem B is with Y}", an item a note)
            for item in re.split(r"\\IEEEcompsocthanksitem(?![a-zA-Z@])", content):
                t = one_line(latex_to_text(item))
                if t:
                    notes.append(t)
                    if not IS_WITH.search(t):  # in "B is with X (e-mail: b@x)" the address is B's
                        email = email or find_email(t)
                    if re.search(r"correspond", t, re.I):
                        corr = True
        elif name in ("corref", "corresp", "cormark"):
            corr = True
        elif name == "footnotemark":
            if content.strip().isdigit():
                keys.append(f"fn{content.strip()}")  # "\footnotemark[1]": the first note's place again
        elif name in ("IEEEmembership", "equalcont", "inits", "fnmark", "authornotemark", "footnoteref", "footref", "tnoteref", "dgr"):
            pass
        else:  # affiliation markers
            if "*" in content or "\\ast" in content:
                corr = True
            keys.extend(_keys(content))
        pos = p
    rest, mkeys, mcorr = _math_markers("".join(out))
    keys.extend(k for k in mkeys if k not in keys)
    corr = corr or mcorr
    plain = latex_to_text(rest)
    if re.search(r"[*∗]", plain):
        corr = True
    glued = _GLUED_NOTE.search(plain)
    if glued and not re.search(r"\w", plain[: glued.start()]):
        glued = None
    if glued:
        # "Thomas J McHugh*For correspondence: \href{mailto:...}": a correspondence note run on after the
        # star, as converters write it; the name is what comes before (an address there is one of several)
        if len(set(re.findall(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", raw))) > 1:
            email = None
        plain = plain[: glued.start()]
    # (a full stop typed after a note closes it, not the name: "Tim~Menzies\thanks{...}.")
    # (and one after a note of its own, ", \IEEEmembership{Fellow}\thanks{...}.", is no name: its note goes to the name before)
    plain = (re.sub(r"(?<=\w)[\s.,;]*[,;.]\s*$", "", plain) if re.search(r"\w", plain) else "") if notes else plain
    return _NameInfo(clean_name(one_line(plain)), keys, orcid, email, notes, corr, given, family, bool(glued))


# a correspondence note run on after a name's star ("Kim Park*For correspondence:", "Kim Park* Corresponding author",
# "Kim Park*E-mail:")
# (or after a star set as a marker: "Kim Park$^*$Correspondence: ...", the label then ending in a colon)
_GLUED_NOTE = re.compile(
    r"\s*[*∗]\s*(?=(?:for\s+)?correspond|e-?mail\b)|\s+(?=(?:for\s+)?correspond(?:ence|ing\s+authors?)\s*:|e-?mail\s*:)", re.I
)


_LEAD_WRAPPERS = re.compile(
    r"^(?:\\(?:affaddr|textit|emph|small|footnotesize|scriptsize|it|normalsize|textrm|itshape|upshape|rm|sf|noindent|"
    r"quad|qquad|hspace\*?\{[^{}]*\}|vspace\*?\{[^{}]*\}|centering|par)\s*\{?\s*|\{\s*|\}\s*|\s+)+"  # (a "}" closing the line before)
)
_LEAD_CMD = re.compile(
    r"^\\(?:inst|aff|affmark|authormark|IEEEauthorrefmark|authorrefmark|affilnum|autlabel|textsuperscript|affiliationmark|affil|textbf|textsc)\s*"
    r"(?:\[([^\]]*)\]|\{([^{}]*)\})"
)


def _leading_marker(raw: str) -> tuple[list[str], str] | None:
    """Keys of a marker at the start of an affiliation line
    (``$^1$Inst``, ``\\textsuperscript{a}Inst``, ``\\affmark[1]Inst``,
    PLoS ``\\textbf{1} Inst``) and the rest."""
    # SciPost "{\bf 1} Inst": the old font switch, as PLoS "\textbf{1} Inst"
    # (and "\bf{1} Inst", the switch given a group as if it were \textbf)
    t = _LEAD_WRAPPERS.sub("", re.sub(r"^\s*(?:\{\s*\\bf\s+([^{}]{1,8})\}|\\bf\s*\{([^{}]{1,8})\})", lambda m: "\\textbf{" + (m.group(1) or m.group(2)) + "}", raw.strip()))
    m = _LEAD_CMD.match(t)
    if m:
        keys = _keys(m.group(1) or m.group(2) or "")
        if re.search(r"[^\W\d_]{2,}\s+[^\W\d_]", m.group(1) or m.group(2) or ""):
            return None  # "\textbf{Bo Kim}": a short name in bold, no keys
        if keys and all(len(k) <= 3 for k in keys):
            return keys, t[m.end() :]
        return None
    m = _MATH_SPAN.match(t)
    if m:
        rest, keys, _ = _math_markers(m.group(0))
        if keys and not rest.strip():
            return keys, t[m.end() :]
        plain = (m.group(1) if m.group(1) is not None else m.group(2) or "").strip()
        if re.fullmatch(r"\w{1,3}", plain) and re.match(r"\s+[A-Z]", t[m.end() :]):
            return [plain], t[m.end() :]  # "$1$ Department of ...", as pandoc writes an affiliation line
    m = re.match(r"^\^\{?([\w,]{1,8})\}?", t)
    if m:
        return _keys(m.group(1)), t[m.end() :]
    return None


_INNER_MARK = re.compile(
    r"(?<=[\s,;}])(?:\\textsuperscript\s*\{[^{}]{1,8}\}|\$\s*(?:\{\s*\})?\^\s*\{?[^{}$]{1,8}\}?\s*\$|"
    r"\\(?:inst|aff|affmark|authormark|IEEEauthorrefmark|authorrefmark|affilnum|autref)\s*(?:\[[^\]]{1,8}\]|\{[^{}]{1,8}\}))"
)


_CENTRED_OPENING = re.compile(r"^\s*(?:\\begin\s*\{(?:center|flushleft|flushright)\}|\\centering\b)\s*")


def _store_keyed(st: _AuthorState, raw: str, last: list[str] | None = None) -> bool:
    """Store affiliations written after markers (``$^1$A \\quad $^2$B``);
    False when ``raw`` does not start with a marker. ``last`` is given the
    keys of the last place stored."""
    lead = _leading_marker(raw)
    if lead is None:
        return False
    keys, rest = lead
    parts: list[tuple[list[str], str]] = []
    pos = 0
    for m in _INNER_MARK.finditer(rest):
        inner = _leading_marker(m.group(0) + " x")
        if inner is None:
            continue
        parts.append((keys, rest[pos : m.start()]))
        keys, pos = inner[0], m.end()
    parts.append((keys, rest[pos:]))
    for ks, text_raw in parts:
        text = _aff_text(text_raw)
        if text and not is_author_note(text):  # not "$^*$ Author to whom any correspondence should be addressed"
            for k in ks:
                st.keyed.setdefault(k, text)
    if last is not None:
        last[:] = [k for k in parts[-1][0] if st.keyed.get(k) == _aff_text(parts[-1][1])]
    return True


def _continue_keyed(st: _AuthorState, last: list[str], raw: str) -> bool:
    """A line with no marker after a marked place goes on with that place
    ("$^1$Imaging Facility, Example University\\\\ Leeds, UK"): the town
    is the place's, not everyone's. ``last`` holds the keys of the place the
    line before stored (``_store_keyed``); False when the line is not such a
    continuation (no place before it, an e-mail, a note)."""
    if not last or _has_markers(raw[:3]):
        return False
    t = latex_to_text(raw)
    if find_email(t) or re.search(r"e-?mail|orcid|https?:", t, re.I):
        return False
    text = _aff_text(raw)
    if not text or is_author_note(text):
        return False
    if "," not in text and not names_institution(text) and re.fullmatch(rf"(?:[{UPPER}][\w'’.\-]*\s+){{1,3}}[{UPPER}][\w'’\-]+", text):
        return False  # "Jo Bloggs": a name on a line of its own, not a town
    for k in last:
        if k in st.keyed:
            st.keyed[k] = f"{st.keyed[k]}, {text}"
    return True


def _aff_text(raw: str) -> str:
    """Affiliation text: institution/city macros and lines joined with
    commas, e-mails, URLs and leading markers dropped."""
    raw = raw.replace("\\_", "_")  # "runjing\_liu@berkeley.edu" is an address
    t = re.sub(r"\\(?:email|ead|url|href|orcid\w*|s?thanks|emailAdd)\s*(?:\[[^\]]*\])?\s*\{(?:[^{}]|\{[^{}]*\})*\}", " ", raw)
    t = re.sub(r"\\\\(?:\[[^\]]*\])?", ", ", t)
    t = re.sub(r"\}\s*(?=\\[a-zA-Z])", "}, ", t)
    t = re.sub(r"\b[\w.+\-]+@[\w\-.]+\b", " ", t)
    t = re.sub(r"(?i)\be-?mail\s*:?", " ", t)
    if re.search(r"\b(?:organization|addressline|city|country|postcode|state)\s*=", t):
        vals = re.findall(r"\b(?:organization|addressline|city|country|state)\s*=\s*\{((?:[^{}]|\{[^{}]*\})*)\}", t)
        t = ", ".join(v for v in vals if v.strip())
    lead = _leading_marker(t)
    if lead is not None:
        t = lead[1]
    out = one_line(latex_to_text(t))
    out = re.sub(r"\s+,", ",", out)
    out = re.sub(r"(?:,\s*){2,}", ", ", out).strip(" ,;:")
    # "$^1$X and \\ $^2$Y.": the list's joining word and closing stop are not the affiliation's
    out = re.sub(r"(?:[\s,;]+(?:and|&))+$|(?<=[a-z)])\.$", "", out).strip(" ,;:")
    return out


@dataclass
class _AuthorState:
    drafts: list[AuthorDraft] = field(default_factory=list)
    keyed: dict[str, str] = field(default_factory=dict)
    group: list[AuthorDraft] = field(default_factory=list)
    last_was_affil: bool = False
    notes: list[tuple[str, Source, int]] = field(default_factory=list)
    collabs: list[str] = field(default_factory=list)
    with_notes: list[str] = field(default_factory=list)  # "A. Wagner and Y. Ma are with the Dept. of ..."
    counted: int = 0  # places numbered in the order they are set (Interspeech)
    footnotes: int = 0  # notes set beside names so far, as the title block numbers them ("\footnotemark[1]")


_LEAD_MARK = re.compile(
    r"\s*(?:\$[^$]*\$|\\(?:thanks|sthanks|footnote|inst|aff|affmark|authormark|IEEEauthorrefmark|authorrefmark|affilnum|autref|textsuperscript|fnref|corref|"
    r"footnotemark|affiliationmark|altaffilmark|orcid|orcidlink|orcidID|ORCID|email|ead|cormark|fnmark)(?![a-zA-Z@])|[*∗†‡]"
    # RSC: the marks set in italics, "A,\textit{$^{a}$} B"
    r"|\\textit(?=\s*\{\s*\$))"
)


def _split_leading_markers(raw: str) -> tuple[str, str]:
    """Markers at the start of a name piece (``$^{1}$\\thanks{..} B. Jones``
    after a comma belong to the name before) and the rest."""
    pos = 0
    while True:
        m = _LEAD_MARK.match(raw, pos)
        if m is None or m.end() == pos:
            break
        p = m.end()
        if m.group(0).lstrip().startswith("\\"):
            o = read_optional(raw, p)
            if o is not None:
                p = o[1]
            g = read_group(raw, p)
            if g is not None:
                p = g[1]
        pos = p
    return raw[:pos], raw[pos:]


def _merge(into: _NameInfo, extra: _NameInfo) -> None:
    into.keys.extend(k for k in extra.keys if k not in into.keys)
    into.orcid = into.orcid or extra.orcid
    into.email = into.email or extra.email
    into.notes.extend(extra.notes)
    into.corresponding = into.corresponding or extra.corresponding


def _line_is_names(raw: str) -> list[_NameInfo]:
    """The names on one author line, when every piece is a name."""
    infos: list[_NameInfo] = []
    raw = _open_layout_groups(_MARKS_AT_LINE_END.sub(r"\1,", raw))
    # "(TODO: others)", "[FIXME: order]": a draft's note to itself among the names, blanked
    raw = _DRAFT_NOTE.sub(lambda m: " " * len(m.group(0)), raw)
    # "Ann~Lee (editor, WG organizer),": a bracket of lower-case words after a name says what the
    # author did; blanked (offsets hold), so that its commas do not part the name
    raw = without_role_notes(raw)
    for piece in _foreign_and_parted([p for p, _ in _split_top(raw, 0, _NAME_SEP, parens=True)[:MAX_AUTHORS]]):
        if not piece.raw.strip():
            continue
        lead, body = _split_leading_markers(piece.raw)
        if lead and infos:
            _merge(infos[-1], _name_info(lead))
            if not body.strip():
                continue
            piece = _Piece(body, piece.offset + len(piece.raw) - len(body))
        info = _name_info(piece.raw)
        # "Editors: Ann Lee (coordinator)": a label over a group of the list, and a role in brackets, are
        # no part of the name
        label = re.match(r"(?:[A-Z][a-z]+\s+){0,3}[A-Z]?[a-z]+\s*:\s*", info.name)
        if label and looks_like_name(info.name[label.end() :]):
            info.name = info.name[label.end() :]
        info.name = re.sub(r"\s*\((?:[a-z][\w\-]*\s*){1,3}\)$", "", info.name)
        if re.fullmatch(r"(?:…|\.{2,}|\\[lc]?dots(?:\{\})?|\\textellipsis(?:\{\})?)", info.name.strip()):
            continue  # "Ann Lee, Bo Kim, \ldots, Cy Park": names left out of the list, not a name
        collab = re.fullmatch(r"(?P<name>.+?)\s*\((?P<group>[^()]+)\)", info.name)
        if collab and is_collaboration(collab.group("group")) and looks_like_name(collab.group("name")):
            info.name = collab.group("name")  # "C. Park (Example Collaboration)": the last author, then the group
        elif collab and looks_like_place(collab.group("group")) and looks_like_name(collab.group("name")):
            info.name = collab.group("name")  # "Ann Lee (University of Exampleton)": the author, then her place
            info.notes.append(collab.group("group").strip())
        if infos and re.fullmatch(r"(?:and\s+)?(?:et\.?\s*al\.?|others)", info.name):
            continue  # "Kim Park, \etal": the list cut short; those named are the authors
        if infos and is_placeholder_name(info.name):
            continue  # "..., Add your name here, ...": a draft's invitation among the names
        if not info.name:
            if infos and (info.keys or info.orcid or info.email or info.notes):
                _merge(infos[-1], info)
            continue
        if infos and is_generational(info.name):
            infos[-1].name += " " + info.name  # "Kim Park, Jr."
            continue
        if infos and re.fullmatch(r"(?:[A-Z]\.\s?-?){1,3}", info.name.strip()) and re.fullmatch(r"[^\W\d_][\w'’\-]+", infos[-1].name):
            # "Castellanos-Velazco, C. I.", "Kim, M. S.": a family name, then its initials after a comma
            # (before the degrees: initials that spell one are still initials after a family name alone)
            infos[-1].name = info.name.strip() + " " + infos[-1].name
            _merge(infos[-1], info)
            continue
        if infos and is_degree(info.name):
            continue  # "Cara Diaz, MRes \and ...": a degree after a name is neither an author nor part of the name
        if infos and re.fullmatch(r"[A-Z][A-Z0-9&\-]{2,9}", info.name.strip()) and not is_collaboration(info.name):
            infos[-1].notes.append(info.name.strip())  # "Eric Gorgens, UFVJM": the place, by its initials, after the name
            continue
        if infos and re.fullmatch(r"[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,3}", info.name.strip()):
            continue  # "Bo Tran, editor": lower-case words after a name are what the author did, not a name
        if not looks_like_name(info.name):
            if is_collaboration(info.name) and len(info.name.split()) <= 10:
                infos.append(info)
                continue
            if infos and is_job_title(info.name):
                continue
            return []
        infos.append(info)
        if info.note_follows:
            break
    return infos


def _family_first(infos: list[_NameInfo]) -> list[_NameInfo]:
    """"Manheim, David$^{*}$" opening an author's part of the block: one
    name written family name first, a comma between (two names alone would
    each have marks; the first part has none)."""
    if (
        len(infos) == 2
        and all(re.fullmatch(rf"[{UPPER}][{LOWER}'’\-]+", x.name.strip()) for x in infos)
        and not infos[0].keys
        and not looks_like_place(f"{infos[0].name.strip()}, {infos[1].name.strip()}")
    ):
        infos[1].name = infos[1].name.strip() + " " + infos[0].name.strip()
        _merge(infos[1], infos[0])
        return infos[1:]
    return infos


# a draft's bracketed note to itself: "(TODO: others)", "[FIXME order]", "(XXX)"
_DRAFT_NOTE = re.compile(r"[(\[]\s*(?:TODO|FIXME|XXX|TBD|TBC)\b[^()\[\]]*[)\]]")
_LAYOUT_GROUP = re.compile(r"\\(?:textnormal|textrm|textbf|textit|textsf|textsc|textup|textmd|mbox|tiny|small|normalsize|large|Large|LARGE|huge|Huge)\s*\{")


def _open_layout_groups(raw: str) -> str:
    """"Editors: \\textnormal{A, B, C}": a layout command around a list of
    names is taken off (blanked, so offsets hold), so that the list is
    parted as if written bare."""
    out = raw
    for m in _LAYOUT_GROUP.finditer(raw):
        got = read_group(raw, m.end() - 1)
        if got is None:
            continue
        inner, end = got
        if "," not in inner and "\\and" not in inner:
            continue
        out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() : end - 1] + " " + out[end:]
    return out


def _foreign_and_parted(pieces: list[_Piece]) -> list[_Piece]:
    """Pieces of an author line with two full names joined by another
    language's "and" ("Bruno Kim y Carla Diaz") parted in two; a name
    holding the word ("José Ortega y Gasset") stays whole."""
    out: list[_Piece] = []
    for p in pieces:
        m = FOREIGN_AND.search(p.raw)
        while m is not None and foreign_and_cut(_name_info(p.raw[: m.start()]).name, _name_info(p.raw[m.end() :]).name):
            out.append(_Piece(p.raw[: m.start()], p.offset))
            p = _Piece(p.raw[m.end() :], p.offset + m.end())
            m = FOREIGN_AND.search(p.raw)
        out.append(p)
    return out


def _unlink_names(raw: str) -> str:
    """Names wrapped in links and badges, as the arXiv preprint template
    prints them (``\\href{https://orcid.org/ID}{\\includegraphics{orcid}\\hspace{1mm}Kim
    Park}``): the link becomes an ``\\orcid`` mark after the name, the badge
    and the space go. Every offset is kept (what goes is blanked)."""
    out = raw
    for m in reversed(list(re.finditer(r"\\href\s*\{", out))):
        url = read_group(out, m.end() - 1)
        if url is None:
            continue
        body = read_group(out, url[1])
        if body is None:
            continue
        orcid = normalise_orcid(url[0])
        opened = out.index("{", url[1]) + 1
        shown = one_line(latex_to_text(re.sub(r"\\begin\s*\{(\w+)\}.*?\\end\s*\{\1\}", " ", body[0], flags=re.S))).strip(" |")
        if orcid and not normalise_orcid(shown) and (len(re.findall(r"[^\W\d_]", shown)) < 2 or not looks_like_name(shown)):
            # an ORCID icon made of a picture ("\\orcidicon{ID}", a TikZ logo in a box): the mark, and no text
            out = out[:opened] + " " * (body[1] - 1 - opened) + out[body[1] - 1 :]
            body = (" " * len(body[0]), body[1])
        mark = f"\\orcid{{{orcid}}}" if orcid else ""
        head = (mark + " " * (opened - m.start()))[: opened - m.start()] if len(mark) <= opened - m.start() else " " * (opened - m.start())
        # the link's text stays where it was; the mark takes the link's opening, the closing brace goes
        out = out[: m.start()] + head + out[opened : body[1] - 1] + " " + out[body[1] :]
        if orcid and len(mark) <= opened - m.start():
            # the mark belongs after the name: move it there, keeping the length
            seg = out[m.start() : body[1]]
            out = out[: m.start()] + (seg[len(mark) :] + mark) + out[body[1] :]
    out = re.sub(r"\\includegraphics\s*(?:\[[^\]]*\])?\s*\{[^{}]*\}|\\hspace\*?\s*\{[^{}]*\}", lambda m: " " * len(m.group(0)), out)
    return out


_BOX = re.compile(r"\\(?:parbox|makebox|framebox)\s*(?:\[[^\]]*\]\s*)*(?=\{)")


# LaTeX's size switches: layout, never content
_SIZE_SWITCHES = frozenset("tiny scriptsize footnotesize small normalsize large Large LARGE huge Huge".split())
_SWITCH_GROUP = re.compile(
    # (not a command's argument: "\textsuperscript{\rm 1}" stays)
    r"(?<![A-Za-z@*\]])\{\s*(?:\\(?:rm|bf|it|sc|sf|tt|em|normalfont|upshape|bfseries|itshape|scshape|sffamily|rmfamily|mdseries|"
    + "|".join(sorted(_SIZE_SWITCHES))
    + r")(?![a-zA-Z@])\s*)+"
)


def _open_boxes(raw: str) -> str:
    """``\\parbox{\\textwidth}{A, B}`` as ``A, B``, each offset kept: the box
    and its width are blanked, its braces too ("MNRAS": the names in one
    box, the places in another); so are groups opened by font switches
    ("{\\rm \\LARGE C, D and E}", "{\\bf A} {\\normalfont and} {\\bf B}")."""
    out = list(raw)
    for m in _SWITCH_GROUP.finditer(raw):
        g = read_group(raw, m.start())
        if g is None:
            continue
        for q in range(m.start(), m.end()):
            out[q] = " "
        out[g[1] - 1] = " "
        # ("{\large{A, B and C}}": the switch given the whole group as if an argument, its braces too)
        at = m.end() + len(raw[m.end() : g[1]]) - len(raw[m.end() : g[1]].lstrip())
        inner = read_group(raw, at) if at < g[1] and raw[at] == "{" else None
        if inner is not None and not raw[inner[1] : g[1] - 1].strip():
            out[at] = out[inner[1] - 1] = " "
    for m in re.finditer(r"\\(?:uppercase|MakeUppercase)\s*(?=\{)", raw):
        # IEEE Access: "\uppercase{Kavya Manohar}\authorrefmark{1}", even "\uppercase{A\authorrefmark{2}, and B}"
        g = read_group(raw, m.end())
        if g is None:
            continue
        for q in range(m.start(), m.end() + 1):
            out[q] = " "
        out[g[1] - 1] = " "
    raw = "".join(out)
    for m in _BOX.finditer(raw):
        width = read_group(raw, m.end())
        if width is None or "parbox" not in m.group(0) and not width[0].strip():
            continue
        body_at = width[1]
        while body_at < len(raw) and raw[body_at] in " \t\n":
            body_at += 1
        body = read_group(raw, body_at) if "parbox" in m.group(0) else None
        if body is None:
            # \makebox[w]{A}: the one group is the content
            body, body_at, width = width, m.end(), None
        for q in range(m.start(), body_at + 1):
            out[q] = " "
        out[body[1] - 1] = " "
    return "".join(out)


def _column_authors(raw: str, base: int, src: Source) -> list[AuthorDraft] | None:
    """Authors set as the columns of a table inside ``\\author`` ("A & B & C
    \\\\ Place of A & Place of B & Place of C"): each name, with the lines
    under it in its column as its place and e-mail address. None when the
    block is no such table."""
    tm = re.search(r"\\begin\s*\{tabular\*?\}(?:\s*\{[^{}]*\})+(?P<body>.*?)\\end\s*\{tabular\*?\}", raw, re.S)
    if tm is None or raw[: tm.start()].strip(" \n{}") or raw[tm.end() :].strip(" \n{}"):
        return None
    rows = [r for r in re.split(r"\\\\(?:\[[^\]]*\])?", tm.group("body")) if r.strip()]
    cells = [re.split(r"(?<!\\)&", r) for r in rows]
    if len(cells) < 2 or len(cells[0]) < 2 or any(len(c) != len(cells[0]) for c in cells):
        return None
    names = [one_line(latex_to_text(c)).strip(" ,") for c in cells[0]]
    if not all(n and looks_like_name(n) and not is_placeholder_name(n) and not _TABLE_LABEL.match(n) for n in names):
        return None  # (a table of labels and values, "Authors & A", is read by its labels)
    out: list[AuthorDraft] = []
    for k, name in enumerate(names):
        at = base + tm.start("body") + tm.group("body").find(cells[0][k].strip() or name)
        a = AuthorDraft(name=name, path=src.path, line=src.line(max(base, at)))
        places = []
        for row in cells[1:]:
            text = one_line(latex_to_text(row[k])).strip(" ,")
            email = find_email(text)
            if email:
                a.email = a.email or email
            elif text:
                places.append(text)
        if places:
            a.add_affiliation(", ".join(places))
        out.append(a)
    return out


def _author_block(st: _AuthorState, meta: _Meta, raw: str) -> None:
    """Authors from one ``\\author``/``\\authors``/``\\Author`` argument."""
    base = meta.arg_offsets[0]
    src = meta.src
    raw = _unlink_names(raw) if "\\href" in raw or "\\includegraphics" in raw else raw
    if "\\Name" in raw or "\\Email" in raw:
        # PMLR and COLT (the jmlr class): "\Name{A} \Email{a@x}\\ \addr Place \AND \Name{B}"
        raw = re.sub(r"\\Name\s*\{([^{}]*)\}", r"\1", raw)
        raw = re.sub(r"\\Email\s*\{([^{}]*)\}", r"\\email{\1}", raw)
    if "\\name" in raw:
        # JMLR: "\name{}A \email~a@x \\ \addr~Place", or the e-mail and place held in a group after the name
        # ("\name A$^*$ {\email a@x \\ \addr Place}"): the empty group, the ties and the braces go (blanked)
        raw = re.sub(r"(?<=\\name)\{\}|(?<=\\email)~|(?<=\\addr)~", lambda m: " " * len(m.group(0)), raw)
        for m in reversed(list(re.finditer(r"\{(?=\s*\\email(?![a-zA-Z@]))", raw))):
            g = read_group(raw, m.start())
            if g is not None:
                raw = raw[: m.start()] + " " + raw[m.start() + 1 : g[1] - 1] + " " + raw[g[1] :]
    raw = _open_boxes(raw) if "box" in raw or "uppercase" in raw.lower() or _SWITCH_GROUP.search(raw) else raw
    # a control space ("Forbes-Spyratos\thanks{..}\ , Kearney") is a space
    raw = re.sub(r"(?<!\\)\\ ", "  ", raw) if "\\ " in raw else raw
    if "\\newauthor" in raw or "\\alignauthor" in raw:
        # MNRAS: "\newauthor{C, D and E}", and ACM's SIG classes written "\alignauthor{A\\ \affaddr{X}}": the
        # names after the break held in a group, whose braces go (blanked)
        for m in reversed(list(re.finditer(r"\\(?:newauthor|alignauthor)\s*(?=\{)", raw))):
            g = read_group(raw, m.end())
            if g is not None:
                raw = raw[: m.end()] + " " + raw[m.end() + 1 : g[1] - 1] + " " + raw[g[1] :]
    raw, base = _unwrap_whole(raw, base)
    by = re.match(r"\s*(?i:by)\s+(?=[A-Z\\{])", raw)
    if by:
        raw, base = raw[by.end() :], base + by.end()  # The R Journal: "\author{by A and B}"
    if "behalf" in raw:
        # "\speaker{A, on behalf of the ATLAS Collaboration}", "A \\ on behalf of the \lhcb collaboration": the
        # group the author speaks for is none of the authors, nor where they work (blanked, so offsets hold)
        def _behalf(m: re.Match[str]) -> str:
            st.collabs.append(one_line(latex_to_text(m.group("group"))).strip())
            return " " * len(m.group(0))

        raw = re.sub(r"(?:\s*,\s*|\s+)on\s+behalf\s+of\s+(?P<group>(?:[^\n{}\\]|\\[a-zA-Z]+\s*)+?)(?=\s*(?:\}|\\\\|\n|$))", _behalf, raw, flags=re.IGNORECASE)
    team = _TEAM_LEAD.match(raw)
    if team:
        # "\author{The xFitter Developers' team: A \and B}": the group, then its members
        st.collabs.append(one_line(latex_to_text(team.group(1))).strip())
        raw, base = raw[team.end() :], base + team.end()
    new: list[AuthorDraft] = []
    columns = _column_authors(raw, base, src) if "\\begin" in raw and "&" in raw else None
    if "\\IEEEauthorblockN" in raw or "\\IEEEauthorblockA" in raw:
        new = _ieee_block(st, raw, base, src)
    elif columns:
        new = columns
    else:
        for chunk, _sep in _split_top(raw, base, _AND_ONLY):
            got = [] if re.match(r"\s*\\addr\b", chunk.raw) else _author_chunk(st, chunk, src)
            if not got and new and re.match(r"\s*\\addr\b", chunk.raw):
                # JMLR: "\name A \email a@x \AND \name B ... \AND \addr Place": a place of its own after
                # the names is theirs, those that have none
                place = _aff_text(re.sub(r"^\s*\\addr\b", "", chunk.raw))
                for a in new:
                    if place and not a.affiliations and not a.aff_keys:
                        a.add_affiliation(place)
            new.extend(got)
    opt = meta.opt or ""
    kv = _kv(opt) if "=" in opt else {}
    opt_orcid = normalise_orcid(opt) if opt else None
    opt_keys: list[str] = []
    if kv:
        opt_keys = _keys(kv.get("addressref", "") or kv.get("affiliation", ""))
        # elsarticle-cas: plain keys before the key=value pairs
        plain = [t for t, _ in _split_top(opt, 0, re.compile(r","))]
        opt_keys += [k for t in plain if "=" not in t.raw for k in _keys(t.raw)]
    elif opt and not opt_orcid:
        opt_keys = _keys(re.sub(r"\\[a-zA-Z]+\s*\{[^{}]*\}", "", opt))
    for a in new:
        for k in opt_keys:
            if k not in a.aff_keys:
                a.aff_keys.append(k)
        if len(new) == 1:
            if "*" in opt or "\\ast" in opt or "corref" in kv or meta.star:
                a.corresponding = True
            a.orcid = a.orcid or opt_orcid or normalise_orcid(kv.get("orcid"))
            if kv.get("email") and not a.email:
                a.email = find_email(kv["email"])
    if new:
        if st.last_was_affil:
            st.group = []
        st.group.extend(new)
        st.last_was_affil = False
        st.drafts.extend(new)


_TEAM_LEAD = re.compile(
    r"\s*((?:(?!\\and\b)[^:$]){2,80}?\b(?i:team|collaboration|consortium|group|developers|project|network)['’]?s?)\s*:\s*"
)


_WRAPPER = re.compile(
    r"\s*\\(?:textls|textbf|textsc|textnormal|textrm|textsf|textit|emph|mbox|makebox|large|Large|LARGE|normalsize|small|bf|sc|it)\s*(?:\[[^\]]*\]\s*)?\{"
)


def _unwrap_whole(raw: str, base: int) -> tuple[str, int]:
    """An author argument wrapped whole in a layout command
    (``\\textls[-15]{A, B and C}``, MDPI's letter spacing) without it, and
    the offset of what is left."""
    for _ in range(3):
        m = _WRAPPER.match(raw)
        if not m:
            break
        g = read_group(raw, m.end() - 1)
        if g is None or raw[g[1] :].strip():
            break
        raw, base = g[0], base + m.end()
    return raw, base


def _author_chunk(st: _AuthorState, chunk: _Piece, src: Source) -> list[AuthorDraft]:
    """One ``\\and``-separated chunk: names on the first line, then lines
    of affiliations (keyed by a leading marker or applying to the chunk),
    e-mails or more names."""
    # EPTCS: "\author{A \institute{Dept\\ Univ} \email{a@x} \and B ...}": a place set inside the chunk
    inner: list[str] = []
    if "\\institute" in chunk.raw or "\\affiliation" in chunk.raw:
        raw = chunk.raw
        for m in list(re.finditer(r"\\(?:institute|affiliation)\s*\{", raw)):
            g = read_group(raw, m.end() - 1)
            if g is None or not raw[: m.start()].strip():
                continue
            place = _aff_text(g[0])
            if place and not is_author_note(place):
                inner.append(place)
            raw = raw[: m.start()] + " " * (g[1] - m.start()) + raw[g[1] :]
        chunk = _Piece(raw, chunk.offset)
    lines = _split_top(chunk.raw, chunk.offset, _AND)
    # "David J. Pate,\\ Justin Gray, and\\ Brian J. German": a line ending in a comma or "and"
    # goes on with more names
    k = 0
    while k + 1 < len(lines):
        head = re.sub(r"(?<!\\)%.*", "", lines[k][0].raw).rstrip()
        if re.search(r"(?:,|\band)$", head) and not _has_markers(lines[k + 1][0].raw[:2]):
            merged = _Piece(lines[k][0].raw + " " + lines[k + 1][0].raw, lines[k][0].offset)
            lines[k : k + 2] = [(merged, lines[k + 1][1])]
            continue
        k += 1
    made: list[AuthorDraft] = []
    loose_affs: list[str] = []
    group_start = 0  # the first author the places collected so far belong to
    column = _column_of_names(lines)
    last: list[str] = []  # the keys of the marked place on the line before, which an unmarked line goes on
    for idx, (piece, _sep) in enumerate(lines):
        if not piece.raw.strip():
            continue
        if made and _store_keyed(st, piece.raw, last):
            continue
        if made and _continue_keyed(st, last, piece.raw):
            continue
        last = []
        if idx == 0 and is_placeholder_name(one_line(latex_to_text(piece.raw))):
            return []  # "Second Author \\ Plus Affiliation": a template's stand-in and its place, left in
        if idx == 0 or not made or column:
            infos = _line_is_names(piece.raw)
            if idx == 0:
                infos = _family_first(infos)
        else:
            infos = _line_is_names(piece.raw) if _has_markers(piece.raw) else []
            if not infos and loose_affs and not _has_markers(piece.raw):
                cand = _line_is_names(piece.raw)
                # (the next line names an institution of its own, or an address: not a town after the
                # places, "University of X \\ San Diego")
                nxt = next((q.raw for q, _ in lines[idx + 1 :] if q.raw.strip()), "")
                own_place = names_institution(latex_to_text(nxt)) or "@" in nxt
                if own_place and len(cand) == 1 and 2 <= len(cand[0].name.split()) <= 4 and not looks_like_place(cand[0].name) and all(looks_like_place(x) for x in loose_affs):
                    # "Ann Lee \\ University of X \\ Bo Kim \\ Institute Y": a name after the places of the one
                    # before starts the next author (the places so far are the earlier author's)
                    for place in split_places(loose_affs):
                        for a in made[group_start:]:
                            a.add_affiliation(place)
                    loose_affs = []
                    group_start = len(made)
                    infos = cand
        if infos:
            for info in infos:
                if is_placeholder_name(info.name):
                    continue  # "Second Author": the template's stand-in, left in
                if is_collaboration(info.name) or not looks_like_name(info.name):
                    st.collabs.append(info.name)
                    continue
                a = AuthorDraft(
                    name=info.name, path=src.path, line=src.line(piece.offset + _first_char(piece.raw)),
                    given=info.given, family=info.family, orcid=info.orcid, email=info.email,
                    corresponding=info.corresponding,
                )
                a.aff_keys.extend(k for k in info.keys if k not in a.aff_keys)
                for note in info.notes:
                    had = len(a.affiliations)
                    _note(st, a, note, src, piece.offset)
                    st.footnotes += 1
                    if len(a.affiliations) > had:
                        # "A\footnote{X}, B and C\footnotemark[1]": the place a note sets is named by its number
                        st.keyed.setdefault(f"fn{st.footnotes}", a.affiliations[-1])
                made.append(a)
            continue
        if not made or "\\at" in piece.raw:
            continue
        notes = _notes_only(piece.raw)
        if notes:
            # IEEE: the names, a blank line, then "\thanks{A and B are with the X ...}" notes: read for the
            # authors they name (a note set apart from the names is no one author's place)
            for note in notes:
                _note(st, None, note, src, piece.offset)
            continue
        email = find_email(latex_to_text(piece.raw))
        if re.search(r"\}\s*@[\w\-]+(?:\.[\w\-]+)+", latex_to_text(piece.raw)):
            continue  # "{kim.park, jo.bloggs}@example.org": addresses sharing their domain, no place
        text = _aff_text(piece.raw)
        if email and (not text or len(text) < 4):
            if len(made) - group_start == 1 and not made[-1].email:
                made[-1].email = email
            continue
        if text and not is_author_note(text):
            loose_affs.append(text)
    if loose_affs and made:
        for place in split_places(loose_affs):
            for a in made[group_start:]:
                a.add_affiliation(place)
    for place in inner:
        for a in made:
            a.add_affiliation(place)
    return made


def _column_of_names(lines: list[tuple[_Piece, str]]) -> bool:
    """Whether a chunk's lines are names one a line ("Ann Lee \\\\ Bo Kim
    \\\\ Cy Park"), not a name over its places: three lines or more, each
    one name of two to four words with no institution, country, e-mail or
    mark, so that a place of a few capitalised words ("Sage Bionetworks")
    under a single name stays a place."""
    texts = [p.raw for p, _ in lines if p.raw.strip()]
    if len(texts) < 3:
        return False
    for k, raw in enumerate(texts):
        # (the first name may carry a note: "Jason Moore\thanks{...} \\ {\bf Mont Hubbard} \\ ...")
        if (k and _has_markers(raw)) or "@" in raw:
            return False
        infos = _line_is_names(raw)
        if len(infos) != 1 or not 2 <= len(infos[0].name.split()) <= 4 or looks_like_place(infos[0].name):
            return False
    return True


def _notes_only(raw: str) -> list[str]:
    """The notes of a line that holds nothing but ``\thanks{...}`` notes
    (and comments), as text; else none."""
    t = re.sub(r"(?<!\\)%[^\n]*", "", raw)
    notes: list[str] = []
    pos = 0
    while True:
        m = re.compile(r"\s*\\thanks\s*\{").match(t, pos)
        if m is None:
            break
        g = read_group(t, m.end() - 1)
        if g is None:
            return []
        notes.append(one_line(latex_to_text(g[0])).strip())
        pos = g[1]
    return [n for n in notes if n] if notes and not t[pos:].strip() else []


def _has_markers(raw: str) -> bool:
    return bool(_MARKER_CMDS.search(raw) or re.search(r"\$\s*(?:\{\s*\})?\s*\^", raw))


def _first_char(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def _named_place(t: str) -> bool:
    """A note that is a place with no institution word: an address ending
    with its country ("A Rocha Kenya, Watamu, Kenya"), or a name of a few
    capitalised words ("Sage Bionetworks"), not a remark about the author
    ("Equal contribution", "Present address", "Sagan Fellow")."""
    if re.search(r"\b(?:contribut\w*|equal(?:ly)?|correspond\w*|deceased|present|current|address|e-?mail|fellow|funded|supported|author|authors)\b", t, re.I):
        return False
    if ADDRESS_COUNTRY.search(t):
        return True
    words = t.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in ("of", "for", "and", "the", "de", "la", "&") for w in words)


def _note(st: _AuthorState, a: AuthorDraft | None, note: str, src: Source, offset: int) -> None:
    """A ``\\thanks``-style note: acknowledgement text, or (when it names
    an institution) an affiliation of the author it is attached to."""
    if IS_WITH.search(note) and not is_ack_like(note):
        st.with_notes.append(note)  # read once every author is known
        return
    if _SKIP_NOTE.search(note) and not re.search(r"\b(?:thank|grateful|supported by|funded by)\b", note, re.I):
        return
    if is_ack_like(note):
        st.notes.append((note, src, offset))
        return
    if a is None or is_author_note(note):
        return
    t = re.sub(r"\b[\w.+\-]+@[\w\-.]+\b", " ", note)
    t = re.sub(r"(?i)\b(?:e-?mail|corresponding author|correspondence)\b\s*:?", " ", t)
    # AIAA: "Ph.D. Candidate, Centre for Hypersonics, ...", "Graduate Student": the post is not the place
    t = without_post(re.sub(r"(?:[.,]\s*)?(?:Senior\s+|Associate\s+)?(?:Member|Fellow)\s+[A-Z]{2,6}\.?\s*$", "", one_line(t).strip(" ,;:.()")))
    if t and (_INST_HINT.search(t) or _named_place(t)):
        # "Department of Physics, X; Institute of Things, Y": places parted by semicolons, each naming an institution
        parts = [x.strip(" ,;.") for x in t.split(";")]
        if len(parts) > 1 and all(_INST_HINT.search(x) for x in parts):
            for x in parts:
                a.add_affiliation(x)
        else:
            a.add_affiliation(t)


def _ieee_block(st: _AuthorState, raw: str, base: int, src: Source) -> list[AuthorDraft]:
    made: list[AuthorDraft] = []
    pos = 0
    current: list[AuthorDraft] = []
    blocks: list[tuple[str, str, int]] = []  # (N or A, the group's text, its offset)
    for m in re.finditer(r"\\IEEEauthorblock([NA])", raw):
        if m.start() < pos:
            continue
        g = read_group(raw, m.end())
        if g is None:
            continue
        if not blocks and m.group(1) == "A" and raw[: m.start()].strip():
            # the names written straight into \author, the places in blocks after them
            # ("A\IEEEauthorrefmark{1}, B\IEEEauthorrefmark{2}\\ \IEEEauthorblockA{...}")
            blocks.append(("N", re.sub(r"\\\\\s*$", "", raw[: m.start()].rstrip()), base))
        blocks.append((m.group(1), g[0], base + raw.index("{", m.end()) + 1))
        pos = g[1]
    for kind, content, off in blocks:
        if kind == "N":
            current = []
            for line_piece, _ in _split_top(content, off, _AND):
                for info in _line_is_names(line_piece.raw):
                    a = AuthorDraft(name=info.name, path=src.path, line=src.line(line_piece.offset + _first_char(line_piece.raw)),
                                    orcid=info.orcid, email=info.email, corresponding=info.corresponding)
                    a.aff_keys.extend(info.keys)
                    for note in info.notes:
                        _note(st, a, note, src, line_piece.offset)
                    current.append(a)
            made.extend(current)
        else:
            loose: list[str] = []
            last: list[str] = []  # the keys of the block's last marked line
            for p, _ in _split_top(content, off, _AND):
                if not p.raw.strip():
                    continue
                if _store_keyed(st, p.raw, last):
                    continue
                t = latex_to_text(p.raw)
                # (also "{kim.park, jo.bloggs}@example.org": addresses sharing their domain)
                if find_email(t) or re.search(r"e-?mail|orcid", t, re.I) or re.search(r"\}\s*@[\w\-]+(?:\.[\w\-]+)+", t):
                    em = find_email(t)
                    if em and len(current) == 1 and not current[0].email:
                        current[0].email = em
                    continue
                # ("\IEEEauthorrefmark{1}Dept, Univ\\ Town, Country": a marked place goes on over its lines)
                if _continue_keyed(st, last, p.raw):
                    continue
                text = _aff_text(p.raw)
                if text and not is_author_note(text):  # (not "*these authors contributed equally")
                    loose.append(text)
            for place in split_places(loose):
                for a in current:
                    a.add_affiliation(place)
    return made


def _institute(st: _AuthorState, meta: _Meta, raw: str) -> None:
    """Springer ``\\institute{A \\and B}``: entries numbered from 1, lines
    with a leading marker keyed by it, ``Name \\at Inst`` for that author."""
    base = meta.arg_offsets[0]
    chunks = _split_top(raw, base, _AND_ONLY)
    # "\institute{A \and B \and C \at Place}": names alone before the one that says where they all are
    waiting: list[AuthorDraft] = []
    for i, (chunk, _) in enumerate(chunks, start=1):
        lines = [p for p, _ in _split_top(chunk.raw, chunk.offset, _AND) if p.raw.strip()]
        alone = find_author(st.drafts, latex_to_text(chunk.raw)) if "\\at" not in chunk.raw and len(lines) == 1 else []
        if len(alone) == 1 and looks_like_name(latex_to_text(chunk.raw).strip()):
            waiting.extend(alone)
            continue
        plain: list[str] = []
        for p in lines:
            if _store_keyed(st, p.raw):
                continue
            if "\\at" in p.raw:
                who, _, where = p.raw.partition("\\at")
                hits = find_author(st.drafts, latex_to_text(who))
                if not hits:
                    # "A, B, C and D \at Place": each of the names listed before the place
                    hits = [a for w in re.split(r"\s*,\s*|\s+and\s+", latex_to_text(who)) if w.strip() for a in find_author(st.drafts, w)]
                hits += waiting
                waiting = []
                email = find_email(latex_to_text(where))
                text = _aff_text(where)
                for a in hits:
                    if email and not a.email:
                        a.email = email
                    if text and not email:
                        a.add_affiliation(text)
                continue
            text = _aff_text(p.raw)
            if text:
                plain.append(text)
        if plain:
            st.keyed.setdefault(str(i), ", ".join(plain))
            # svjour3: "\institute{Example University \label{ex} \and ...}", named by \thanksref{ex}
            for label in re.findall(r"\\label\s*\{([^{}]{1,40})\}", chunk.raw):
                st.keyed.setdefault(label.replace(" ", ""), ", ".join(plain))


def _affiliation(st: _AuthorState, meta: _Meta, args: list[str]) -> None:
    """``\\affil[1]{..}``, ``\\affiliation{1}{..}`` (AGU), ``\\address[a]{..}``,
    ``\\address[id=a]{..}`` are keyed; ``\\affiliation{..}``/``\\affil{..}``
    without a key apply to the authors listed since the previous
    affiliation."""
    if len(args) == 2:
        key, text = args[0].strip(), _aff_text(args[1])
        if text:
            st.keyed.setdefault(key, text)
        return
    raw = args[0]
    opt = (meta.opt or "").strip()
    if re.fullmatch(r"[*∗†‡§¶]+", opt):
        # "\affiliation[*]{Organisers}": a note keyed by the corresponding author's star, no place
        return
    # (achemso's "\affiliation[Example University]{Department of ..., Example University}": the optional
    # argument is the place's short name, not a key, when the authors listed before it carry no keys;
    # the place is theirs, as one without it would be)
    short_name = bool(opt) and "=" not in opt and bool(st.drafts) and not any(d.aff_keys for d in st.drafts) and (" " in opt.strip() or len(opt.strip()) > 4)
    if opt and not short_name:
        kv = _kv(opt) if "=" in opt else {}
        keys = _keys(kv.get("id", "")) if kv else _keys(opt)
        text = _aff_text(raw)
        if keys and text:
            for k in keys:
                st.keyed.setdefault(k, text)
            return

    # The R Journal: "\address{Samantha Tyner\\ Department of Statistics\\ ...}" after the article: the
    # first line names the author whose place the rest is
    first_line, _, rest = raw.partition("\\\\")
    if rest.strip() and st.drafts and looks_like_name(latex_to_text(first_line).strip()):
        hits = find_author(st.drafts, latex_to_text(first_line).strip())
        place = _aff_text(rest)
        if len(hits) == 1 and place and not is_author_note(place):
            hits[0].add_affiliation(place)
            return
    if not rest.strip() and st.drafts and len(find_author(st.drafts, latex_to_text(first_line).strip())) == 1:
        return  # "\address{Gergely Daróczi}": only the author's name, no place
    # lines with their own markers ($^1$Inst \\ $^2$Inst)
    # (a line without a marker goes on with the place above it: "$^1$Dept of X,\\ University of Y\\ $^2$...")
    keyed_any = False
    entries: list[str] = []
    for p, _ in _split_top(raw, meta.arg_offsets[0], re.compile(r"\\\\(?:\[[^\]]*\])?|;\s*(?=\$|\\textsuperscript)")):
        if entries and _leading_marker(entries[-1]) is not None and p.raw.strip() and _leading_marker(p.raw) is None:
            entries[-1] += " \\\\ " + p.raw
        else:
            entries.append(p.raw)
    for e in entries:
        keyed_any = _store_keyed(st, e) or keyed_any
    if keyed_any:
        return
    text = _aff_text(raw)
    if not text or is_author_note(text):
        return
    targets = st.group if st.group else st.drafts[-1:]
    for a in targets:
        a.add_affiliation(text)
    st.last_was_affil = True


class _Expander:
    """Replaces user macros (``\\def\\Authors{..}``, and those of up to nine
    arguments) by their bodies in metadata (a few rounds, bounded in size)."""

    def __init__(self, macros: dict[str, str]) -> None:
        self.macros = macros
        self.pattern = (
            re.compile(r"\\(" + "|".join(re.escape(n) for n in sorted(macros, key=lambda n: (-len(n), n))) + r")(?![a-zA-Z@])\s*(?:\{\})?")
            if macros
            else None
        )

    def __call__(self, raw: str) -> str:
        if self.pattern is None or "\\" not in raw:
            return raw
        for _ in range(4):
            new = self._once(raw)
            if new == raw or len(new) > 200_000:
                break
            raw = new
        return raw

    def _once(self, raw: str) -> str:
        assert self.pattern is not None
        out: list[str] = []
        pos = 0
        for m in self.pattern.finditer(raw):
            if m.start() < pos:
                continue
            out.append(raw[pos : m.start()])
            body = self.macros.get(m.group(1), m.group(0))
            pos = m.end()
            n = max((int(d) for d in re.findall(r"#([1-9])", body)), default=0)
            if n:
                # a macro of arguments: its body with them put in ("\authorRef{1}", "\authorinfo{Name}{Place}")
                got: list[str] = []
                if not m.group(0).endswith("{}"):
                    q = pos
                    for _ in range(n):
                        while q < len(raw) and raw[q] in " \t\n":
                            q += 1
                        g = read_group(raw, q, long=False)
                        if g is None:
                            break
                        got.append(g[0])
                        q = g[1]
                    if len(got) < n:
                        out.append(m.group(0))
                        continue
                    pos = q
                for i in range(n):
                    body = body.replace(f"#{i + 1}", got[i] if i < len(got) else "")
            out.append(body)
        out.append(raw[pos:])
        return "".join(out)


_TITLE_COMMANDS = frozenset(["title", "Title", "icmltitle", "aistatstitle"])


def _authors(meta_list: list[_Meta], macros: dict[str, str]) -> tuple[str | None, list[AuthorDraft], list[str], list[tuple[str, Source, int]]]:
    """Title, authors, collaborations and acknowledgement-like notes from
    the metadata commands, in document order."""
    expand = _Expander(macros)
    st = _AuthorState()
    title: str | None = None
    pending_corr: list[tuple[_Meta, str]] = []
    apa_names: list[list[AuthorDraft]] = []  # apa6: the authors of each \threeauthors group, for the places after
    date_place: str | None = None
    for meta in meta_list:
        name = meta.name
        args = [expand(a) for a in meta.args]
        if name not in _TITLE_COMMANDS:
            # "\author{Kim Park¹, Jo Bloggs²,³}": marks typed as characters, read as the marks TeX sets
            args = [typed_superscripts_as_marks(a, "\\textsuperscript{", "}") for a in args]
        first = args[0]
        if name in _TITLE_COMMANDS:
            if title is None:
                for m in re.finditer(r"\\thanks\s*\{", first):
                    g = read_group(first, m.end() - 1)
                    if g:
                        note = one_line(latex_to_text(g[0]))
                        if is_ack_like(note):
                            st.notes.append((note, meta.src, meta.offset))
                        elif IS_WITH.search(note):
                            st.with_notes.append(note)  # "A and B are with X", set on the title (IEEE)
                t = one_line(latex_to_text(re.sub(r"\\\\(?:\[[^\]]*\])?", " ", first)))
                title = t or None
        elif name == "author" and len(args) == 2 and find_email(latex_to_text(args[1])) and not latex_to_text(args[1]).replace(find_email(latex_to_text(args[1])) or "", "").strip(" ,;()<>"):
            # SBA's class and others: \author[1]{Name}{e-mail}, the name then its address alone
            before = len(st.drafts)
            _author_block(st, _Meta("author", meta.src, meta.offset, meta.args[:1], meta.arg_offsets[:1], opt=meta.opt), first)
            for a in st.drafts[before:]:
                a.email = a.email or find_email(latex_to_text(args[1]))
        elif name == "author" and (len(args) == 2 or len(args) == 3 and (not args[2].strip() or "@" in args[2])) and _looks_two_part(args):
            # IUCr \author[a]{Given}{Family}, and with its (empty) e-mail group: \author[a]{Given}{Family}{}
            _author_block(st, meta, args[0] + " " + args[1])
        elif name == "cauthor" and len(args) >= 2:
            # IUCr \cauthor[a]{Given}{Family}{e-mail}{address}: the contact author
            before = len(st.drafts)
            _author_block(st, _Meta("author", meta.src, meta.offset, meta.args, meta.arg_offsets, opt=meta.opt), args[0] + " " + args[1])
            for a in st.drafts[before:]:
                a.corresponding = True
                if len(args) > 2:
                    a.email = a.email or find_email(latex_to_text(args[2]))
        elif name in ("name", "nametwo"):
            # IEEE signal-processing conferences: \name{A$^\star$, B$^\dagger$} (\nametwo: two lines of names)
            # over \address{$^\star$Place \\ $^\dagger$Place}
            _author_block(st, _Meta("author", meta.src, meta.offset, meta.args, meta.arg_offsets), ", ".join(a for a in args if a.strip()))
        elif name in _APA_AUTHORS and len(args) == _APA_AUTHORS[name] or (name == "twoauthors" and len(args) == 2):
            # apa6: one group a name; their places come after, in the same order
            apa_names = []
            for who in args:
                before = len(st.drafts)
                _author_block(st, _Meta("author", meta.src, meta.offset, [who], meta.arg_offsets[:1]), who)
                apa_names.append(st.drafts[before:])
        elif name in _APA_PLACES and len(args) == _APA_PLACES[name] and apa_names:
            places = [_aff_text(x) for x in args]
            if len(places) == 1:
                places = places * len(apa_names)
            if len(places) == len(apa_names):
                for made, place in zip(apa_names, places, strict=True):
                    for a in made:
                        if place:
                            a.add_affiliation(place)
        elif name == "twoauthors" and len(args) == 4:
            # \twoauthors{A}{A's place}{B}{B's place}
            for who, where in ((args[0], args[1]), (args[2], args[3])):
                before = len(st.drafts)
                _author_block(st, _Meta("author", meta.src, meta.offset, [who], meta.arg_offsets[:1]), who)
                place = _aff_text(where)
                for a in st.drafts[before:]:
                    if place:
                        a.add_affiliation(place)
        elif name == "author" and len(args) >= 3:
            # LIPIcs \author{Name}{Affiliation}{E-mail}{ORCID}{Funding}
            before = len(st.drafts)
            _author_block(st, meta, first)
            for a in st.drafts[before:]:
                aff = _aff_text(args[1])
                if aff:
                    for piece in re.split(r"\s+\\and\s+|\s*\\\\\s*(?=\S)", args[1]) if "\\and" in args[1] else [args[1]]:
                        if _aff_text(piece):
                            a.add_affiliation(_aff_text(piece))
                a.email = a.email or find_email(latex_to_text(args[2]))
                if len(args) > 3:
                    a.orcid = a.orcid or normalise_orcid(args[3])
        elif name == "authorsnames":
            # apa7 \authorsnames[1,{2,3},1]{A, B, C}: one list of names, their affiliation numbers in order
            before = len(st.drafts)
            names = [t.raw for t, _ in _split_top(first, 0, re.compile(r",|\\and\b"))]
            plain = _Meta("author", meta.src, meta.offset, meta.args, meta.arg_offsets)
            _author_block(st, plain, " \\and ".join(n for n in names if n.strip()))
            keys = [t.raw.strip().strip("{}") for t, _ in _split_top(meta.opt or "", 0, re.compile(r","))]
            for a, key in zip(st.drafts[before:], keys):
                a.aff_keys.extend(k for k in _keys(key) if k not in a.aff_keys)
        elif name == "authorsaffiliations":
            # apa7 \authorsaffiliations{{Example University},{Example Institute}}: numbered in order
            groups = []
            pos_ = 0
            while True:
                g = read_group(first, first.find("{", pos_)) if "{" in first[pos_:] else None
                if g is None:
                    break
                groups.append(g[0])
                pos_ = g[1]
            for i, aff in enumerate(groups or [first], 1):
                text = _aff_text(aff)
                if text:
                    st.keyed.setdefault(str(i), text)
        elif name == "aistatsauthor":
            st.group = []
            before = len(st.drafts)
            _author_block(st, _Meta("author", meta.src, meta.offset, meta.args, meta.arg_offsets), first)
            st.group = st.drafts[before:]
        elif name == "aistatsaddress":
            places = [_aff_text(p.raw) for p, _ in _split_top(first, meta.arg_offsets[0], _AND_ONLY)]
            places = [p for p in places if p]
            if len(places) == len(st.group):
                for a, place in zip(st.group, places):
                    a.add_affiliation(place)
            elif places:
                for a in st.group:
                    for place in places:
                        a.add_affiliation(place)
        elif name == "extraauthor":
            before = len(st.drafts)
            _author_block(st, _Meta("author", meta.src, meta.offset, meta.args, meta.arg_offsets), first)
            st.group = st.drafts[before:]
        elif name == "extraaffil":
            text = _aff_text(first)
            if text and st.drafts and not re.fullmatch(r"\(?\s*(?:goes\s+here|affiliation[^()]*)\s*\)?", text, re.IGNORECASE):
                # (not the template's "(GOES HERE)"); the place of every author the \extraauthor before it named
                # ("\extraauthor{B and C}\extraaffil{X}"), else of the last author
                for a in st.group if st.group and st.group[-1] is st.drafts[-1] else st.drafts[-1:]:
                    a.add_affiliation(text)
        elif name in ("author", "authors", "Author", "coltauthor"):
            raw = first
            if name == "Author" and len(args) == 2:
                # Copernicus \Author[1]{Given}{Family} (the given names may be left empty, all in the
                # second group: \Author[1]{}{Ben~A.~Ward}); MDPI \Author{A$^1$, B$^2$}
                if not latex_to_text(args[0]).strip():
                    raw = args[1]
                else:
                    raw = args[0] + " " + args[1] if _looks_two_part(args) else args[0]
            inner = _NAME_GROUP.match(raw)
            g = read_group(raw, inner.end() - 1) if inner else None
            if g is not None:
                # Taylor & Francis \author{\name{A$^a$, B$^b$}\affil{$^a$X; $^b$Y}}: names, then their affiliations
                rest = raw[g[1] :]
                raw = g[0]
                _author_block(st, meta, raw)
                for am in re.finditer(r"\\affil\s*\{", rest):
                    ag = read_group(rest, am.end() - 1)
                    if ag:
                        _affiliation(st, _Meta("affil", meta.src, meta.offset, [ag[0]], meta.arg_offsets[:1]), [ag[0]])
                continue
            places = _AFFILIATIONS_SWITCH.search(raw)
            if places:
                # IJCAI: "\author{A$^1$ \and B$^2$\\ \affiliations $^1$X\\ $^2$Y\\ \emails a@x}": the names, then
                # the marked places set inside the same command
                after = raw[places.end() :]
                after = after[: m.start()] if (m := re.search(r"\\emails(?![a-zA-Z@])", after)) else after
                _author_block(st, meta, raw[: places.start()])
                last: list[str] = []
                for piece, _sep in _split_top(after, 0, _AND):
                    if not _store_keyed(st, piece.raw, last) and not _continue_keyed(st, last, piece.raw):
                        last = []
                continue
            _author_block(st, meta, raw)
        elif name == "authorinfo" and len(args) == 3:
            before = len(st.drafts)
            _author_block(st, _Meta("author", meta.src, meta.offset, [first], meta.arg_offsets[:1]), first)
            place = _aff_text(args[1])
            for a in st.drafts[before:]:
                if place:
                    a.add_affiliation(place)
                a.email = a.email or find_email(args[2])
        elif name == "icmlauthor":
            meta2 = _Meta("author", meta.src, meta.offset, [first], meta.arg_offsets[:1], opt=args[1] if len(args) > 1 else None)
            before = len(st.drafts)
            _author_block(st, meta2, first)
            email = find_email(latex_to_text(args[1])) if len(args) > 1 else None
            for a in st.drafts[before:]:
                a.email = a.email or email  # ICML until 2017: "\icmlauthor{Name}{e-mail}"
        elif name == "icmladdress":
            # ICML until 2017: "\icmlauthor{A}{a@x} \icmladdress{Place}": the place of the authors named since the last one
            text = _aff_text(first)
            for a in reversed(st.drafts):
                if a.affiliations or not text:
                    break
                a.add_affiliation(text)
        elif name == "icmlaffiliation":
            if len(args) == 2:
                text = _aff_text(args[1])
                if text:
                    st.keyed.setdefault(args[0].strip(), text)
        elif name == "affiliation" and len(args) == 3:
            # Interspeech: \affiliation{Department}{Institution}{Country}, numbered in order for
            # "\author[affiliation={1,2}]{Given}{Family}"; "[nocounter]" when all share the one place
            text = _aff_text(", ".join(a for a in args if a.strip()))
            if text:
                st.counted += 1
                if (meta.opt or "").strip() == "nocounter":
                    for a in st.drafts:
                        if not a.aff_keys:
                            a.add_affiliation(text)
                else:
                    st.keyed.setdefault(str(st.counted), text)
        elif name in ("affil", "affiliation", "address", "aff", "affiliations"):
            _affiliation(st, meta, args)
        elif name == "date":
            # "\date{$^1$Example University\\$^2$Example Institute}": marked affiliations set where the date goes
            stored, last = [], []
            for piece, _sep in _split_top(first, 0, _AND):
                stored.append(_store_keyed(st, piece.raw, last) or _continue_keyed(st, last, piece.raw))
                if not stored[-1]:
                    last = []
            if not any(stored):
                # "\date{Department of Biology, University of X}" (R Markdown's date field used for the place):
                # the place of the authors who have none
                date_place = place_in_date(_aff_text(first))
        elif name == "altaffiltext" and len(args) >= 2:
            # AASTeX 5 / emulateapj: "\altaffiltext{1}{Example University}" for the names marked "\altaffilmark{1}"
            text = _aff_text(args[1])
            if text:
                st.keyed.setdefault(latex_to_text(args[0]).strip(), text)
        elif name in ("altaffiliation", "alsoaffiliation", "additionalaffiliation"):
            # (AASTeX notes set the same way: "equal contribution", "Hubble Fellow")
            if st.drafts and not is_author_note(_aff_text(first)):
                st.drafts[-1].add_affiliation(_aff_text(first))
        elif name == "institute":
            _institute(st, meta, first)
        elif name in ("email", "ead", "emailAdd"):
            email = find_email(latex_to_text(first))
            if email and st.drafts and not st.drafts[-1].email:
                st.drafts[-1].email = email
        elif name == "orcid":
            o = normalise_orcid(first)
            if o and st.drafts and not st.drafts[-1].orcid:
                st.drafts[-1].orcid = o
        elif name == "credit":
            if st.drafts:
                text = one_line(latex_to_text(first))
                slugs, written = role_list(text)
                st.drafts[-1].add_roles(slugs, written or [text])
        elif name == "collaboration":
            text = one_line(latex_to_text(args[-1])).strip("() ")
            if text:
                st.collabs.append(text)
        elif name in ("thanks", "tnotetext", "fntext", "cortext"):
            note = one_line(latex_to_text(first))
            if note:
                _note(st, None, note, meta.src, meta.offset)
        elif name in ("correspondingauthor", "corr", "corresp", "icmlcorrespondingauthor", "correspondence", "correspondance"):
            pending_corr.append((meta, " ".join(args)))
    # Frontiers: the places are set in "\def\Address{$^{1}$X \\ $^{2}$Y}", which the class prints
    # under the names, and "\address{}" is left empty
    place_macro = next((macros[k] for k in ("Address", "Affiliations") if macros.get(k, "").strip()), "")
    first_author = next((m for m in meta_list if m.name in ("author", "Author", "authors")), None)
    if place_macro and first_author is not None and not st.keyed and any(a.aff_keys for a in st.drafts):
        body = expand(place_macro)
        _affiliation(st, _Meta("address", first_author.src, first_author.offset, [body], first_author.arg_offsets[:1]), [body])
    for a in st.drafts:
        for k in a.aff_keys:
            text = st.keyed.get(k) or st.keyed.get(k.lower())
            if text:
                a.add_affiliation(text)
    if date_place and st.drafts and not any(a.aff_keys or a.affiliations for a in st.drafts):
        for a in st.drafts:
            a.add_affiliation(date_place)
    places = set(st.keyed.values())
    if len(places) == 1 and st.drafts and not any(a.aff_keys or a.affiliations for a in st.drafts):
        # MDPI "\address[1]{X}" with names that carry no marks: the one place is everyone's
        for a in st.drafts:
            a.add_affiliation(next(iter(places)))
    for note in st.with_notes:
        places_said_with(st.drafts, note)
    for meta, joined in pending_corr:
        who_raw = meta.args[1] if meta.name == "corr" and len(meta.args) > 1 else meta.args[0]
        who = re.sub(r"\([^()]*\)|\S+@\S+|(?i:e-?mail)\s*:?", " ", latex_to_text(who_raw))
        hits = find_author(st.drafts, who) if who.strip() else []
        email = find_email(latex_to_text(joined))
        for a in hits[:1]:
            a.corresponding = True
            if email and not a.email:
                a.email = email
    return title, _one_each(st.drafts), st.collabs, st.notes


def _one_each(drafts: list[AuthorDraft]) -> list[AuthorDraft]:
    """Each author once: a paper that sets its author block twice (one per
    branch of an ``\\if``, a short and a long form) names the same people
    again; what the later block adds goes to the first."""
    from ..names import fold

    out: list[AuthorDraft] = []
    seen: dict[str, AuthorDraft] = {}
    for a in drafts:
        key = fold(a.name)
        first = seen.get(key)
        if first is None:
            seen[key] = a
            out.append(a)
            continue
        for aff in a.affiliations:
            first.add_affiliation(aff)
        first.aff_keys.extend(k for k in a.aff_keys if k not in first.aff_keys)
        first.email = first.email or a.email
        first.orcid = first.orcid or a.orcid
        first.corresponding = first.corresponding or a.corresponding
    return out


_AFFILIATIONS_SWITCH = re.compile(r"\\affiliations(?![a-zA-Z@])\s*(?!\{)")
# (not "\name{}A", JMLR's empty group before a name)
_NAME_GROUP = re.compile(r"\s*\\name\s*\{(?!\s*\})")


def _open_switches(raw: str) -> str:
    """A title-page line inside a group opened by font switches, "}
    {\\large Kim Park\\textsuperscript{1}, ...": the names and their marks
    without the group's braces and switches (the marks' own braces kept)."""
    t = re.sub(r"^\s*\}?\s*\{\s*(?:\\(?:tiny|small|normalsize|large|Large|LARGE|huge|Huge|bfseries|bf|itshape|scshape|sffamily|centering)(?![a-zA-Z])\s*)+", "", raw)
    return re.sub(r"\}\s*$", "", t) if t.count("}") > t.count("{") else t


def _looks_two_part(args: list[str]) -> bool:
    a, b = (latex_to_text(x).strip() for x in args[:2])
    return bool(a and b and len(a.split()) <= 4 and len(b.split()) <= 3 and "," not in a + b and "$" not in args[0])


_PLOS_LINE = re.compile(r"\\textsuperscript\s*\{|\$\s*\{?\s*\^")


_FONT_GROUP = re.compile(r"\\(?:normalsize|large|Large|LARGE|huge|Huge|small|footnotesize|bf|textbf|bfseries|textsc|scshape|textit|itshape|it|em|emph|sc|textnormal|textrm|rm|sffamily|textsf|fontsize\s*\{[^{}]*\}\s*\{[^{}]*\})\s*\{")


def _unwrap_title_block(raw: str) -> str:
    """A title-page line without its layout: "\\begin{center}
    \\normalsize{\\bf{A, B, C}} \\end{center}" is "A, B, C", so that names
    inside font groups are read like a plain line."""
    t = re.sub(r"\\(?:begin|end)\s*\{(?:center|flushleft|flushright|minipage|titlepage)\}(?:\s*\{[^{}]*\})?", " ", raw)
    for _ in range(6):
        m = _FONT_GROUP.search(t)
        if not m:
            break
        g = read_group(t, m.end() - 1)
        if g is None:
            break
        t = t[: m.start()] + " " + g[0] + t[g[1] :]
    # "{\bf A, B}" and "{\large A}": a group opened by a font switch
    t = re.sub(r"\{\s*\\(?:bf|bfseries|large|Large|normalsize|sc|it|em)\b\s*", "{", t)
    while True:
        t2 = re.sub(r"\{([^{}]*)\}", r"\1", t)
        if t2 == t:
            break
        t = t2
    return t.strip()


_AFF_ENV = re.compile(r"\\begin\s*\{affiliations\}(.*?)\\end\s*\{affiliations\}", re.S)


def _numbered_affiliations(drafts: list[AuthorDraft], project: Project) -> None:
    """Nature's ``\\begin{affiliations} \\item X \\item Y`` lists the
    affiliations the authors' numbers ($^{1}$, $^{2}$) point to, in order."""
    if not drafts or not any(a.aff_keys and not a.affiliations for a in drafts):
        return
    for src in [project.main_source, *project.sources.values()]:
        m = _AFF_ENV.search(src.text)
        if not m:
            continue
        items = [_aff_text(x) for x in re.split(r"\\item(?![a-zA-Z@])", m.group(1))[1:]]
        for a in drafts:
            if a.affiliations:
                continue
            for k in a.aff_keys:
                if k.isdecimal() and 1 <= int(k) <= len(items) and items[int(k) - 1]:
                    a.add_affiliation(items[int(k) - 1])
        return


def _marked_affiliations_after_title(drafts: list[AuthorDraft], src: Source) -> None:
    """Places printed as text after ``\\maketitle``, each after its mark
    ("\\noindent\\textsuperscript{1}Department of ..."), for names marked
    with those marks in ``\\author``."""
    if not drafts or not any(a.aff_keys and not a.affiliations for a in drafts):
        return
    m = re.search(r"\\maketitle\b", src.text)
    if not m:
        return
    end_m = re.compile(r"\\(?:section|chapter)\b").search(src.text, m.end())
    region = src.text[m.end() : end_m.start() if end_m else min(len(src.text), m.end() + 20000)]
    region = re.sub(r"\\begin\s*\{abstract\}.*?\\end\s*\{abstract\}", " ", region, flags=re.S)
    st = _AuthorState()
    # (paragraphs inside a group that sets their size, "{\small ...}", are read one by one)
    for piece in re.split(r"\n[ \t]*\n|\\\\|\\par\b|\\newline\b", region):
        # (a block set centred opens with its environment: "\begin{center} {\bf 1} University of X")
        _store_keyed(st, re.sub(r"^[\s{]*(?:\\(?:noindent|small|footnotesize|scriptsize|centering|thispagestyle\s*\{\w*\}|begin\s*\{(?:center|flushleft|flushright)\})[\s{]*)*", "", piece).rstrip(" }\n"))
    for a in drafts:
        if not a.affiliations:
            for k in a.aff_keys:
                if k in st.keyed:
                    a.add_affiliation(st.keyed[k])


def _unwrap_twocolumn(region: str) -> str:
    """A title block set full width above two columns ("\twocolumn[ ...
    \begin{@twocolumnfalse} ... ]"): the wrapper blanked, its content kept
    (same length, so offsets hold)."""
    m = re.search(r"\\twocolumn\s*\[", region)
    if m is None:
        return region
    depth, k = 0, m.end()
    while k < len(region):
        ch = region[k]
        if ch == "\\":
            k += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == "]" and depth == 0:
            break
        k += 1
    if k >= len(region):
        return region
    out = region[: m.start()] + " " * (m.end() - m.start()) + region[m.end() : k] + " " + region[k + 1 :]
    return re.sub(r"\\(?:begin|end)\s*\{@twocolumnfalse\}", lambda x: " " * len(x.group(0)), out)


_TABLE_LABEL = re.compile(r"^(?P<label>authors?|by|affiliations?|institutions?|address(?:es)?|date|version|contact|e-?mail)\s*:?$", re.IGNORECASE)


_MINIPAGE = re.compile(r"\\begin\s*\{minipage\}(?:\s*\[[^\]]*\])*\s*\{[^{}]*\}(?P<body>.*?)\\end\s*\{minipage\}", re.S)


def _minipage_authors(st: _AuthorState, src: Source, region: str, start: int) -> None:
    """Authors set side by side in boxes of their own, each a name with its
    places under it ("\\begin{minipage}{0.3\\textwidth} A \\\\ University of X
    \\end{minipage}\\hfill ..."): two boxes or more, each opening with a name."""
    found: list[AuthorDraft] = []
    for m in _MINIPAGE.finditer(region):
        lines = [one_line(latex_to_text(x)).strip(" ,;") for x in re.split(r"\\\\(?:\s*\[[^\]]*\])?|\\par(?![a-zA-Z@])|\\newline(?![a-zA-Z@])|\n[ \t]*\n", m.group("body"))]
        lines = [x for x in lines if x]
        if not lines or not (looks_like_name(lines[0]) and 2 <= len(lines[0].split()) <= 5 and not looks_like_place(lines[0])):
            return
        a = AuthorDraft(name=lines[0], path=src.path, line=src.line(start + m.start("body")))
        for place in lines[1:4]:
            if "@" in place:
                a.email = a.email or place.strip()
            elif looks_like_place(place) or not looks_like_name(place):
                a.add_affiliation(place)
        found.append(a)
    if len(found) >= 2:
        st.drafts.extend(found)


def _labelled_table(st: _AuthorState, src: Source, region: str, start: int) -> None:
    """A title block set as a table of labels and values ("Authors & A \\\\ & B
    \\\\ Affiliation & Dept \\\\ & University"): the names under "Authors",
    each given the place under "Affiliation" (one place, its lines joined)."""
    tm = re.search(r"\\begin\s*\{tabular\*?\}(?:\s*\{[^{}]*\})+(?P<body>.*?)\\end\s*\{tabular\*?\}", region, re.S)
    if tm is None:
        return
    label = ""
    names: list[tuple[str, int]] = []
    places: list[str] = []
    for row in re.split(r"\\\\(?:\[[^\]]*\])?", tm.group("body")):
        cells = row.split("&")
        if len(cells) != 2:
            continue
        head = one_line(latex_to_text(cells[0])).strip()
        value = one_line(latex_to_text(cells[1])).strip(" ,")
        if head:
            lm = _TABLE_LABEL.match(head)
            label = lm.group("label").lower() if lm else "other"
        if not value:
            continue
        if label.startswith("author") or label == "by":
            at = start + tm.start("body") + tm.group("body").find(cells[1])
            names.extend((n.strip(), at) for n in re.split(r"\s*,\s*|\s+and\s+", value) if n.strip())
        elif label.startswith(("affil", "instit", "address")):
            places.append(value)
    if not names or not all(looks_like_name(n) and not is_placeholder_name(n) for n, _ in names):
        return
    place = ", ".join(places)
    for n, at in names:
        a = AuthorDraft(name=n, path=src.path, line=src.line(at))
        if place:
            a.add_affiliation(place)
        st.drafts.append(a)


def _fallback_authors(src: Source, macros: dict[str, str]) -> tuple[str | None, list[AuthorDraft], list[str]]:
    """Authors printed as text at the top of the body (PLoS template: a
    line of names with ``\\textsuperscript`` markers, then ``\\textbf{1}``
    affiliation lines), when no ``\\author`` command exists."""
    text = src.text
    m = re.search(r"\\begin\s*\{document\}", text)
    start = m.end() if m else 0
    title_section = None
    # (not "\sectionfont{\large}" nor "\titlespacing*{\section}{0pt}...", settings the RSC template
    # makes before its title block: a heading has its own title to set)
    heads = re.compile(r"\\(?:section|subsection)(?![a-zA-Z@])(?=\s*\*?\s*[\[{])|\\(?:begin\s*\{abstract\}|abstract\b)")
    end_m = heads.search(text, start)
    end = end_m.start() if end_m else min(len(text), start + 20000)
    before = re.sub(r"\\(?:vspace|hspace)\*?\s*\{[^{}]*\}|\\(?:newpage|clearpage|maketitle|linenumbers|noindent|centering|hfill|vfill|bigskip|medskip|smallskip)\b|%[^\n]*", "", text[start:end])
    if end_m and not before.strip() and end_m.group(0) == "\\section":
        # pandoc from R Markdown: the title printed as the first section, the names after it
        g = read_group(text, text.find("{", end_m.end()))
        if g is not None:
            start = g[1]
            title_section = one_line(latex_to_text(re.sub(r"\\texorpdfstring\s*\{((?:[^{}]|\{[^{}]*\})*)\}\s*\{(?:[^{}]|\{[^{}]*\})*\}", r"\1", g[0]))) or None
            nxt = heads.search(text, start)
            end = nxt.start() if nxt else min(len(text), start + 20000)
    region = text[start:end]
    # (a size redefined, "\renewcommand\large{\@setfontsize\large{10pt}{12}}" (RSC), is layout, no content)
    macros = {k: v for k, v in macros.items() if k not in _SIZE_SWITCHES}
    if macros:
        # a title block built from the preamble's macros ("\Authors" defined with \newcommand)
        try:
            region = _Expander(macros)(region)
        except Exception:
            pass
    region = _unwrap_twocolumn(region)
    # "\title{...} \date{} \maketitle" set in the body before the names: the title is read as metadata,
    # and its words are no name (blanked, same length, so offsets hold)
    region = _blank_title_commands(region)
    # "{\centering {\Large Title\par} A, B and C\par ...}": a title block set inside a group that
    # centres it is read line by line, as if set bare
    region = _open_centred_groups(region)
    # spacing between the lines ("\\ \bigskip \textbf{1} Dept ..."): blanked (same length, so offsets hold)
    region = re.sub(r"\\(?:bigskip|medskip|smallskip|noindent|vspace\*?\s*\{[^{}]*\})(?![a-zA-Z])", lambda m: " " * len(m.group(0)), region)
    # each centred block of a title page is a line of its own (same length, so offsets hold)
    region = re.sub(r"\\end\s*\{(?:center|flushleft|flushright)\}", lambda m: "\n\n" + " " * (len(m.group(0)) - 2), region)
    title = title_section
    # (not "\renewcommand\LARGE{\@setfontsize\LARGE{15pt}{17}}": a size set, no title)
    tm = re.search(r"(?<!\\renewcommand)(?<!\\newcommand)(?<!setfontsize)\\(?:Large|LARGE|huge|Huge)\b\s*(?:\\textbf\s*(?:\\newline)?\s*)?\{", region)
    if tm:
        g = read_group(region, tm.end() - 1)
        if g:
            title = one_line(latex_to_text(g[0])) or None
    st = _AuthorState()
    # the centred blocks of the region, where a title block's lines are ("\begin{center} title, name \end{center}")
    spans = [(m.start() + start, m.end() + start) for m in re.finditer(r"\\begin\s*\{center\}.*?(?:\\end\s*\{center\}|\Z)", text[start:end], re.S)]
    for piece, _ in _split_top(region, start, _AND):
        raw = piece.raw
        # "\begin{center} A, B, C \end{center}": a block of names set apart under the title, no marks
        centred = not st.drafts and (
            re.search(r"\\begin\s*\{(?:center|flushleft|flushright)\}|\\centering\b", raw) is not None or any(a <= piece.offset < b for a, b in spans)
        ) and not _SUPERVISION.search(raw)
        if centred:
            raw = re.sub(r"\\begin\s*\{(?:center|flushleft|flushright)\}|\\centering\b", lambda m: " " * len(m.group(0)), raw)
        # (RSC's title block sets the names, in a cell of a table, in \large type: "& \noindent\large{A, B and C}")
        if (not _PLOS_LINE.search(raw) and not (not st.drafts and re.search(r"\\(?:bf|textbf|bfseries|large)\b", raw)) and not centred) or len(raw) > 5000:
            continue
        if not st.drafts and re.search(r"\\(?:Huge|huge|LARGE)(?![a-zA-Z@])", raw) and not re.search(r"\\(?:Huge|huge|LARGE)\s*\{?\s*\}", raw):
            continue  # "{\Huge\bfseries Galaxies, Dark-Matter and Black Holes: ...}": a title page's title, in display type
        # "\textbf{Authors:} A$^{1}$, B$^{2}$": the label before the names is none of them
        unlabelled = re.sub(r"^\s*(?:(?:\\text(?:bf|it|sc)\s*\{|\{\s*\\(?:bf|it|sc)\s+)\s*(?:co-?)?authors?\s*(?::\s*\}|\}\s*:)|(?:co-?)?authors?\s*:)\s*", "", raw, flags=re.IGNORECASE)
        labelled = unlabelled != raw  # the names are said to be the authors'
        raw = unlabelled
        if "&" in raw and re.match(r"\s*(?:\\includegraphics\s*(?:\[[^\]]*\])?\s*\{[^{}]*\}\s*)?&\s*(?=\S)", raw):
            raw = raw[raw.index("&") + 1 :]  # the table's first cell, a picture or nothing, is no name
        if st.drafts:
            # (the places may open a centred block of their own: "\begin{center} {\bf 1} University of X")
            _store_keyed(st, _CENTRED_OPENING.sub("", raw))
            continue
        # (the reading that finds the most names: "{\large A\textsuperscript{1}, B\textsuperscript{2}}"
        # is one group to the plain reading, three names once the group is opened)
        infos = max((_line_is_names(raw), _line_is_names(_open_switches(raw)), _line_is_names(_unwrap_title_block(raw))), key=len)
        bold_names = len(infos) >= 2 and re.search(r"\\(?:bf|textbf|bfseries|large|Large)\b", raw) is not None and all(looks_like_name(i.name) for i in infos)
        centred_names = centred and len([i for i in infos if not is_placeholder_name(i.name)]) >= 2 and all(looks_like_name(i.name) or is_placeholder_name(i.name) for i in infos)
        labelled_names = labelled and len(infos) >= 1 and all(looks_like_name(i.name) for i in infos)
        if (len(infos) >= 1 and sum(1 for i in infos if i.keys) >= max(1, len(infos) // 2)) or bold_names or centred_names or labelled_names:
            for info in infos:
                if is_placeholder_name(info.name):
                    continue  # "Second Author": the template's stand-in, left in
                if is_collaboration(info.name) or not looks_like_name(info.name):
                    st.collabs.append(info.name)
                    continue
                a = AuthorDraft(name=info.name, path=src.path, line=src.line(piece.offset + _first_char(raw)),
                                orcid=info.orcid, email=info.email, corresponding=info.corresponding)
                a.aff_keys.extend(info.keys)
                st.drafts.append(a)
    if not st.drafts:
        _labelled_table(st, src, region, start)
    if not st.drafts and "minipage" in region:
        _minipage_authors(st, src, region, start)
    # "\textbf{1} Dept ..." lines (a line may open a centred block of places: "\begin{center} {\bf 1} University of X")
    for p, _ in _split_top(region, start, _AND):
        if st.drafts:
            _store_keyed(st, _CENTRED_OPENING.sub("", p.raw))
    for a in st.drafts:
        for k in a.aff_keys:
            if k in st.keyed:
                a.add_affiliation(st.keyed[k])
    if st.drafts and not any(a.affiliations for a in st.drafts):
        _places_in_footnotetext(st.drafts, text[end : end + 6000])
    return title, st.drafts, st.collabs


# a group that opens with a switch that centres or aligns its lines: "{\\centering ...}"
_CENTRED_GROUP = re.compile(r"\{\s*\\(?:centering|raggedright|raggedleft|center)(?![a-zA-Z@])")


def _open_centred_groups(region: str) -> str:
    """The region with the braces of a group that opens with a switch that
    centres or aligns its lines ("{\\centering ...}") blanked (same length,
    so offsets hold)."""
    if "\\centering" not in region and "\\ragged" not in region and "{\\center" not in region:
        return region
    out = list(region)
    for m in _CENTRED_GROUP.finditer(region):
        got = read_group(region, m.start())
        if got is None:
            continue
        out[m.start()] = " "
        out[got[1] - 1] = " "
    return "".join(out)


# commands of the title block whose argument is no name: the title, the date, keywords
_TITLE_COMMAND = re.compile(r"\\(?:title|subtitle|date|keywords)\s*(?:\[[^\]]*\]\s*)?(?=\{)|\\maketitle(?![a-zA-Z@])")


def _blank_title_commands(region: str) -> str:
    """The region with "\\title{...}", "\\date{...}" and "\\maketitle" blanked
    (same length and lines, so offsets hold)."""
    if not any(w in region for w in ("\\title", "\\subtitle", "\\date", "\\keywords", "\\maketitle")):
        return region
    out = list(region)
    for m in _TITLE_COMMAND.finditer(region):
        g = read_group(region, m.end()) if not m.group(0).startswith("\\maketitle") else None
        for i in range(m.start(), g[1] if g is not None else m.end()):
            if out[i] != "\n":
                out[i] = " "
    return "".join(out)


_LEAD_KEY = re.compile(r"^\s*(?:\\textit\s*\{\s*)?\$\s*\^\s*\{?\s*([a-z0-9*]{1,3})\s*\}?\s*\$\s*\}?\s*(?:~|\\,|\s)*")


def _places_in_footnotetext(drafts: list[AuthorDraft], after: str) -> None:
    """RSC's title block gives the places in notes after it,
    "\\footnotetext{\\textit{$^{a}$~Dept, Univ, Town}}", each opened by the
    mark set after its authors' names, or one note with no mark that is
    everyone's place (not the supplementary-information or present-address
    notes)."""
    keyed: dict[str, str] = {}
    plain: list[str] = []
    for m in re.finditer(r"\\footnotetext\s*(?:\[[^\]]*\])?\s*\{", after):
        g = read_group(after, m.end() - 1)
        if g is None:
            continue
        body = g[0]
        km = _LEAD_KEY.match(body)
        key = km.group(1) if km else None
        place = one_line(latex_to_text(body[km.end() :] if km else body)).strip(" .;")
        place = re.split(r"[;.]\s*(?:E-?mail|Fax|Tel)\b|\s*(?:E-?mail|Fax|Tel)\s*:", place, maxsplit=1)[0].strip(" .;,")
        if not place or is_author_note(place) or re.search(r"(?i)supplementary|present address|contributed equally|^[†‡§¶]", place) or not looks_like_affiliation(place):
            continue
        if key:
            keyed.setdefault(key, place)
        else:
            plain.append(place)
    give_places(drafts, keyed, [] if keyed else plain)


# --------------------------------------------------------------------------
# entry points
# --------------------------------------------------------------------------


def scan_fragment(text: str, builder: SectionBuilder, path: str, first_line: int) -> None:
    """Add the prose of a LaTeX fragment embedded in another format (a raw
    LaTeX block in Markdown) to ``builder``; ``first_line`` is the line the
    fragment starts on."""
    src = prepare("\n" * (first_line - 1) + text, path)
    sc = Scanner(None, builder, in_document=True)
    sc.scan(src)
    sc.flush()


_CHUNK_OPEN = re.compile(r"^[ \t]*<<[^\n]*>>=[ \t]*$", re.M)
_CHUNK_CLOSE = re.compile(r"^@(?:[ \t][^\n]*)?$", re.M)


def without_code_chunks(raw: str, path: Path) -> str:
    """A Sweave or knitr file (``.Rnw``, ``.Snw``) as the LaTeX it is: each
    code chunk, from its ``<<...>>=`` line to the ``@`` that closes it,
    blanked line for line (so that line numbers hold); other files as
    they are."""
    if path.suffix.lower() not in LITERATE_SUFFIXES or "<<" not in raw:
        return raw
    out: list[str] = []
    pos = 0
    while True:
        m = _CHUNK_OPEN.search(raw, pos)
        if m is None:
            break
        end = _CHUNK_CLOSE.search(raw, m.end())
        stop = end.end() if end is not None else len(raw)
        out.append(raw[pos : m.start()])
        child = re.search(r"\bchild\s*=\s*['\"]([^'\"\n{}]+)['\"]", m.group(0))
        # "<<intro, child='paper.Rnw'>>=": a chunk that weaves in another file, read as an include
        out.append(f"\\input{{{child.group(1)}}}" if child else "")
        out.append(re.sub(r"[^\n]", "", raw[m.start() + len(m.group(0)) if child else m.start() : stop]))
        pos = stop
    out.append(raw[pos:])
    return "".join(out)


#: LaTeX with R code chunks woven in (Sweave, knitr)
LITERATE_SUFFIXES = (".rnw", ".snw")


def _scan(path: Path, display_path: str) -> tuple[Project, Scanner, SectionBuilder]:
    """A LaTeX file (and what it includes) read through."""
    raw = without_code_chunks(read_text(path, what="LaTeX text"), path)
    project = Project(path, display_path, raw)
    has_document = re.search(r"\\begin\s*\{document\}", project.main_source.text) is not None
    builder = SectionBuilder(display_path)
    sc = Scanner(project, builder, in_document=not has_document)
    sc.scan(project.main_source)
    sc.flush()
    return project, sc, builder


def _places_in_macros(sc: Scanner, main: Source) -> None:
    """"\\def\\laplata{\\affiliation{IFLP, ...}}", then "\\author{A}\\email{..}\\laplata": a place
    kept in a user macro, read where the macro is used among the authors (in document order)."""
    if not any(m.name in ("author", "authors", "Author") and m.src is main for m in sc.meta):
        return
    for name, body in list(sc.macros.items()):
        if not _META_IN_MACRO.search(body) or re.search(r"\\(?:author|Author|authors)\b", body):
            continue
        defined = re.compile(r"\\(?:(?:re)?newcommand|providecommand)\*?\s*\{?\s*\\" + re.escape(name) + r"|\\[gex]?def\s*\\" + re.escape(name))
        text = defined.sub(lambda m: " " * len(m.group(0)), main.text)
        for use in list(re.finditer(r"\\" + re.escape(name) + r"(?![a-zA-Z@])", text))[:100]:
            here = Source(path=main.path, text=body, lines=_OneLine(main.line(use.start())))  # type: ignore[arg-type]
            before = len(sc.meta)
            for m in _META_IN_MACRO.finditer(body):
                sc._meta(here, m.group(1), False, m.start(), m.end())
            new = sc.meta[before:]
            del sc.meta[before:]
            # after the last metadata command of the main file that comes before the use
            at = max((i + 1 for i, m in enumerate(sc.meta) if m.src is main and m.offset < use.start()), default=len(sc.meta))
            sc.meta[at:at] = new


class _Shifted:
    """A source's line index for a text that has ``shift`` characters more
    (or fewer) before it."""

    def __init__(self, src: Source, shift: int) -> None:
        self._src = src
        self._shift = shift

    def line(self, offset: int) -> int:
        return self._src.line(max(0, offset + self._shift))


def _front_inputs(project: Project, main: Source) -> list[Source]:
    """The files the body includes before its first section (at most three):
    where a title block kept in a file of its own is."""
    m = re.search(r"\\begin\s*\{document\}", main.text)
    if m is None:
        return []
    head = re.compile(r"\\(?:section|subsection|chapter)\*?\s*[\[{]|\\begin\s*\{abstract\}")
    end_m = head.search(main.text, m.end())
    region = main.text[m.end() : end_m.start() if end_m else m.end() + 4000]
    out: list[Source] = []
    said = list(project.notes)  # (the reading of the body has said what it had to about these files)

    def inputs(where: Source, text: str, base: int, depth: int) -> None:
        # (a title page's file may include the file of its names: "title.tex" inputs "authors.tex")
        for im in re.finditer(r"\\(?:input|include|subfile)\s*\{([^{}\n]{1,200})\}", text):
            if len(out) >= 3:
                return
            path = project.resolve(im.group(1), where, base + im.start())
            src = project.sources.get(path) if path is not None else None  # (read already, with the body)
            if src is not None and src not in out:
                out.append(src)
                if depth < 2:
                    inputs(src, src.text, 0, depth + 1)

    inputs(main, region, m.end(), 0)
    project.notes[:] = said
    return out


# a line of a title page that introduces its author: "by", and the word in other languages
_BY_LINE = re.compile(r"^(?:by|par|von|door|por|av|af|di|da)\s*:?\s+(?P<name>\S.*)$", re.IGNORECASE)
# a line that says who supervised or examined a thesis: the names after it are none of its authors
_SUPERVISION = re.compile(
    r"(?i)\b(?:supervis\w*|advis\w*|committee|jury|examin\w*|referee\w*|reader|chair|directed|dirig\w*|betreu\w*|gutacht\w*|promot\w*|mentor\w*|opponent)\b"
)
_DISPLAY_TYPE = re.compile(r"\\(?:Large|LARGE|large|huge|textbf|bf|bfseries|textsc|scshape|itshape|textit)(?![a-zA-Z])")
_TITLE_TYPE = re.compile(r"\\(?:Huge|huge|LARGE)(?![a-zA-Z])")


def _title_page_authors(src: Source) -> list[AuthorDraft]:
    """The authors a title page names (``\\begin{titlepage}`` in the body,
    a thesis's or a report's): the names after "by" (or "par", "von" ...),
    else the lines in display type that are a name alone, degrees after it
    left off ("{\\Large Kim Park}, BSc, MRes"), when they follow one another
    ("{\\Large Ann Smith\\par} {\\Large Bob Jones\\par}"); names after a line
    about supervision or examination are none of them."""
    for tm in re.finditer(r"\\begin\s*\{titlepage\}", src.text):
        end = src.text.find("\\end{titlepage}", tm.end())
        body = src.text[tm.end() : end if end > 0 else tm.end() + 6000]
        solo: list[tuple[str, int, int]] = []  # (name, offset, index of the line among the lines with text)
        seen = 0
        for lm in re.finditer(r"[^\n]*(?:\n|$)", body):
            raw = re.sub(r"(?<!\\)%.*", "", lm.group(0))
            for part in re.split(r"\\\\(?:\s*\[[^\]]*\])?|\\par(?![a-zA-Z])", raw):
                t = one_line(latex_to_text(part)).strip(" ,;:")
                if not t:
                    continue
                seen += 1
                if _SUPERVISION.search(t):
                    break
                by = _BY_LINE.match(t)
                name = by.group("name") if by else t
                name = re.split(r",\s*", name)[0] if all(is_degree(d) for d in re.split(r",\s*", name)[1:]) else name
                line = src.line(tm.end() + lm.start())
                if by:
                    # "by Ann Smith and Bob Jones"
                    names = [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+(?:and|&)\s+|\\and\b", name) if x.strip()]
                    if names and all(looks_like_name(x) and 2 <= len(x.split()) <= 5 and not looks_like_place(x) for x in names):
                        return [AuthorDraft(name=x, path=src.path, line=line) for x in names]
                    continue
                if not (looks_like_name(name) and 2 <= len(name.split()) <= 5 and not looks_like_place(name)):
                    continue
                if (_DISPLAY_TYPE.search(part) or _DISPLAY_TYPE.search(raw)) and not _TITLE_TYPE.search(raw):
                    solo.append((name, tm.end() + lm.start(), seen))  # (not in a title's type: "{\\Huge Large Survey Telescope}")
            else:
                continue
            break
        if solo and all(b[2] == a[2] + 1 for a, b in zip(solo, solo[1:])) and len(solo) <= 12:
            return [AuthorDraft(name=n, path=src.path, line=src.line(off)) for n, off, _ in solo]
    return []


def _front(project: Project, sc: Scanner) -> tuple[str | None, list[AuthorDraft], list[str], list[tuple[str, Source, int]]]:
    """The title, authors, collaborations and title notes of a scanned file."""
    main = project.main_source
    if not any(m.name in ("author", "authors", "Author") for m in sc.meta):
        # "\newcommand{\myauthors}{\author[1]{A} ... \affil[1]{X}}" then "\myauthors": the author
        # block kept in a macro, read where it is used
        for name, body in list(sc.macros.items()):
            defined = re.compile(r"\\(?:(?:re)?newcommand|providecommand)\*?\s*\{?\s*\\" + re.escape(name) + r"|\\[gex]?def\s*\\" + re.escape(name))
            used = re.search(r"\\" + re.escape(name) + r"(?![a-zA-Z@])", defined.sub(" ", main.text))
            if re.search(r"\\(?:author|Author|authors)\b", body) and used:
                done, sc.done = sc.done, False
                sc.scan(prepare(body, main.path))
                sc.flush()
                sc.done = done
    _places_in_macros(sc, main)
    authored = [m for m in sc.meta if m.name in ("author", "authors", "Author")]
    if authored and all(m.in_chapter for m in authored):
        # a thesis whose chapters reproduce papers with their own authors: the title page set before
        # the first chapter names the thesis's author
        t0, d0, c0 = _fallback_authors(main, sc.macros)
        if not d0:
            d0 = next((a for a in map(_title_page_authors, [main, *_front_inputs(project, main)]) if a), [])
        if d0:
            return t0, d0, c0, []
    title, drafts, collabs, notes = _authors(sc.meta, sc.macros)
    _numbered_affiliations(drafts, project)
    _marked_affiliations_after_title(drafts, main)
    if not drafts:
        t2, d2, c2 = _fallback_authors(main, sc.macros)
        title = title or t2
        drafts, collabs = d2, collabs + c2
    if not drafts:
        # the title block printed as text in a file of its own, "\input{sections/title}" before the first
        # section (the PLoS template split into files)
        for inc in _front_inputs(project, main):
            t2, d2, c2 = _fallback_authors(Source(path=inc.path, text="\\begin{document}" + inc.text, lines=_Shifted(inc, -len("\\begin{document}"))), sc.macros)  # type: ignore[arg-type]
            if d2:
                title = title or t2
                drafts, collabs = d2, collabs + c2
                break
    if not drafts:
        t3, d3 = _front_in_macros(sc.macros, main)
        title = title or t3
        drafts = d3
    if not drafts:
        drafts = next((a for a in map(_title_page_authors, [main, *_front_inputs(project, main)]) if a), [])
    if not drafts:
        # a class's own command for the author list ("\RRauthor{A \and B}" of Inria's reports): read as \author
        for am in _HOUSE_AUTHOR.finditer(main.text):
            g = read_group(main.text, am.end() - 1)
            if g is None or not g[0].strip():
                continue
            t4, d4, c4, _ = _authors([_Meta("author", main, am.end(), [g[0]], [am.end()])], sc.macros)
            if d4:
                drafts, collabs = d4, collabs + c4
                break
    if not drafts:
        # the authors the PDF's own metadata is given ("\hypersetup{pdfauthor={A, B}}"), when the page
        # prints them in a way none of the readers above knows
        drafts = _pdf_metadata_authors(main)
    return title, drafts, collabs, notes


_PDF_AUTHOR = re.compile(r"\bpdfauthor\s*=\s*(?:\{(?P<braced>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}|(?P<bare>[^,}\]\n]+))")


def _pdf_metadata_authors(src: Source) -> list[AuthorDraft]:
    """The names of ``pdfauthor`` in hyperref's options, when every part
    of it is shaped as a person's name (not "The Example Collaboration")."""
    m = _PDF_AUTHOR.search(src.text)
    if m is None:
        return []
    text = one_line(latex_to_text(m.group("braced") if m.group("braced") is not None else m.group("bare"))).strip(" ,;")
    names = [x.strip() for x in re.split(r"\s*(?:[,;]\s*(?:and\s+)?|\s+(?:and|&)\s+|\\and\b)\s*", text) if x.strip()]
    if not names or not all(looks_like_name(x) and 2 <= len(x.split()) <= 5 and not looks_like_place(x) for x in names):
        return []
    line = src.line(m.start())
    return [AuthorDraft(name=x, path=src.path, line=line) for x in names]


# a command of a class or package that sets the author list, by its name ("\RRauthor", "\paperauthors"),
# not the running head's short list, the corresponding author or a note
# (also "\Authors", "\authorlist", "\authornames" and the word in other languages: "\auteurs", "\autor",
# "\autori"; plain "\author" and "\authors" are read before this)
_HOUSE_AUTHOR = re.compile(
    r"(?<![a-zA-Z@])\\(?!(?-i:(?:short|run|running|head|corr|corresponding|first|lead|print|the|my)?authors?)\b)"
    r"(?!(?:short|run|running|head|corr|corresponding|first|lead|print|the|my)(?:authors?|auteurs?|autor(?:es|en)?|autori|autore)\b)"
    r"(?![a-zA-Z]*(?:short|run|head|corr|corresponding|mark|note|info|email|mail|orcid|running|list)[a-zA-Z]*(?:authors?|auteurs?|autor)\b)"
    r"(?:[a-zA-Z]{0,12}?(?:authors?|authornames?|authorlist|auteurs?|autor(?:es|en)?|autori|autore)|fullname|studentname|candidatename|candidate)\s*\{",
    re.IGNORECASE,
)


# macros a template's title page is filled from, by name ("\newcommand{\preprinttitle}{...}",
# "\newcommand{\listauthors}{A\textsuperscript{1}}", "\newcommand{\listinstitutions}{...}")
_TITLE_MACRO = re.compile(r"(?i)^(?:the|my|paper|preprint|article|doc|manuscript|full)?title$")
_AUTHORS_MACRO = re.compile(r"(?i)^(?:the|my|paper|list|all)?(?:authors?|authornames?|authorlist)(?:list)?$|^(?:my|full|student|candidate)?name$")
_PLACES_MACRO = re.compile(r"(?i)^(?:the|my|list|all)?(?:institutions?|affiliations?|affils?|addresses)(?:list)?$")


def _front_in_macros(macros: dict[str, str], main: Source) -> tuple[str | None, list[AuthorDraft]]:
    """The title and authors of a template whose title page is laid out
    elsewhere (a class or an input file not at hand) and filled from macros
    the paper defines: the names in a macro named for authors, marked as on
    a printed title page, and the places in one named for institutions."""
    names = next((n for n in macros if _AUTHORS_MACRO.match(n)), None)
    if names is None or not macros[names].strip() or "#" in macros[names]:
        return None, []  # (not a macro of arguments: "\newcommand{\authors}[1]{...}" holds no names of its own)
    title_name = next((n for n in macros if _TITLE_MACRO.match(n)), None)
    places = next((n for n in macros if _PLACES_MACRO.match(n)), None)
    defined = re.search(r"\\(?:(?:re)?newcommand|providecommand)\*?\s*\{?\s*\\" + re.escape(names) + r"(?![a-zA-Z@])|\\[gex]?def\s*\\" + re.escape(names) + r"(?![a-zA-Z@])", main.text)
    line = main.line(defined.start()) if defined else 1
    body = "\\begin{document}"
    if title_name:
        body += "{\\Large{" + macros[title_name] + "}}\n\n"
    body += macros[names] + "\n\n" + (macros[places] if places else "") + "\n\\section{}"
    here = Source(path=main.path, text=body, lines=_OneLine(line))  # type: ignore[arg-type]
    title, drafts, _ = _fallback_authors(here, {})
    sole = one_line(latex_to_text(macros[names])).strip()
    if not drafts and re.fullmatch(r"(?i)(?:my|full|student|candidate)?name", names) and looks_like_name(sole) and len(sole.split()) >= 2:
        # "\newcommand{\Name}{Aidan Hernaman}" printed on a thesis's cover page: its one author
        drafts = [AuthorDraft(name=sole, path=main.path, line=line)]
    return title, drafts


def title_page(path: Path, *, display_path: str) -> tuple[str | None, list[AuthorDraft], list[str]]:
    """The title, authors and collaborations a LaTeX file gives: used for a
    title page that a paper in another format includes (R Markdown's
    ``before_body: head.tex``). Raises as ``parse`` does for a bad file."""
    project, sc, _ = _scan(path, display_path)
    title, drafts, collabs, _ = _front(project, sc)
    return title, drafts, list(dict.fromkeys(collabs))


def parse(path: Path, *, display_path: str, lexicons: dict | None = None) -> Manuscript:
    """Read a LaTeX paper (a main file and what it includes, or a single
    fragment).

    Raises ``InputFileError`` for binary or undecodable files,
    ``LimitExceeded`` for oversized files and ``NotUnderstood`` when
    neither metadata nor text is found."""
    project, sc, builder = _scan(path, display_path)
    main = project.main_source
    title, drafts, collabs, notes = _front(project, sc)
    for note, src, offset in notes:
        builder.begin_env(None, "acknowledgements", src.path, src.line(offset))
        builder.add(note, src.path, src.line(offset), None, "footnote", labels=False)
        builder.end_env()
    sections = builder.sections()
    sections = promote_closing_acknowledgements(sections, body_end=builder.body_end_index)
    comments = list(main.comments)
    for s in project.sources.values():
        comments.extend(s.comments)
    if not drafts:
        t3, drafts = authors_listed_in_sections(sections, display_path)
        title = t3 or title  # (a metapaper's title is a section headed "Title")
    if not title and not drafts and not sections:
        raise NotUnderstood("holds no title, authors, sections or text that could be read as a paper")
    drafts = without_stand_ins(drafts)
    contrib_text = apply_section_statements(drafts, sections)
    return Manuscript(
        path=display_path,
        format="latex",
        title=title,
        authors=[a.to_model() for a in drafts],
        collaborations=list(dict.fromkeys(collabs)),
        sections=sections,
        contribution_statement_text=contrib_text,
        comments=comments,
        parts=project.order if len(project.order) > 1 else [],
        notes=list(project.notes),
    )


__all__ = ["parse", "prepare", "scan_fragment", "title_page"]

