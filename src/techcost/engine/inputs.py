"""Inputs: which files a run reads, and reading each one under guard.

``collect`` turns the paths a user gives into files (folders walked, a
LaTeX part read through its main file); ``parse_one`` reads one file into a
model and never raises for a bad one (the error is kept on the result);
``parse_all`` reads them all and pairs justifications with their budgets."""

from __future__ import annotations

import errno
import os
import posixpath
import re
import time
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputFileError, LimitExceeded, TechcostError
from ..model import Budget, Finding, Justification, Manuscript
from ..parsers import ALL_SUFFIXES, JUSTIFICATION_ONLY_SUFFIXES, parser_for, sniff
from ..policy.config import Config
from ..repo import head_text, resolved
from .registry import RuleSet

#: files read as LaTeX, whose parts are read through their main file
LATEX_SUFFIXES = (".tex", ".latex", ".rnw", ".snw")

# repository files that are not papers, skipped when walking folders
SKIP_FILES = re.compile(
    r"^(?:readme|changelog|changes|history|contributing|code_of_conduct|license|licence|copying|authors|notice|security|support|todo|news|citation)(?:\.[\w-]+)*$",
    re.I,
)


SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", "_build", "site-packages"}


# Formats read by C libraries (pdfium for PDF; lxml through python-docx)
# parse in a forked child under time and memory limits. Spreadsheets are read
# by calamine (memory-safe Rust) after the zip, member, ratio and cell bounds,
# and CSV, Markdown, LaTeX and JATS by Python within the size limits: those
# parse in-process under a timer, which keeps large budgets fast (returning a
# 5,000-line budget from a child costs ~0.2 s of pickling).
ISOLATED_FORMATS = frozenset({"docx", "pdf"})




BUDGET_SUFFIXES_SET = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv"})


def _build_models(kind: str) -> None:
    """Build the (deferred) pydantic schemas a parse will use."""
    from ..model import Location

    models: list[Any] = [Location, Finding]
    models.append(Manuscript if kind == "manuscript" else Budget)
    for m in models:
        if not getattr(m, "__pydantic_complete__", True) or type(getattr(m, "__pydantic_validator__", None)).__name__ == "MockValSer":
            m.model_rebuild()



@dataclass
class Parsed:
    path: Path
    display: str
    kind: str = "unknown"
    format: str | None = None
    model: Budget | Manuscript | Justification | None = None
    error: TechcostError | None = None
    note: str | None = None
    seconds: float = 0.0
    extra_findings: list[Finding] = field(default_factory=list)
    paired: "Parsed | None" = None  # a justification's budget (techcost.pairing)


def display_path(p: Path) -> str:
    """The path as people know it: relative to the working folder when
    inside it; symbolic links are not followed (a link is named as given)."""
    from ..escape import path_text

    try:
        return path_text(Path(os.path.abspath(p)).relative_to(Path(os.path.abspath(Path.cwd()))).as_posix())
    except ValueError:
        return path_text(Path(p).as_posix())


def not_regular(path: Path) -> None:
    """Raise a one-line input error for what is not a regular file or a
    folder: named pipes, devices and sockets would block or never end, and a
    symbolic-link loop leads nowhere. Nothing is opened."""
    import stat

    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputFileError("is a symbolic link that loops (it never reaches a file)") from None
        if os.path.islink(path):
            raise InputFileError("is a symbolic link to a file that does not exist") from None
        return  # "does not exist" is said next
    mode = st.st_mode
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return
    kind = (
        "a named pipe (FIFO)" if stat.S_ISFIFO(mode)
        else "a character device" if stat.S_ISCHR(mode)
        else "a block device" if stat.S_ISBLK(mode)
        else "a socket" if stat.S_ISSOCK(mode)
        else "not a regular file"
    )  # fmt: skip
    raise InputFileError(f"is {kind}, not a file; only regular files are read")


def is_regular_file(path: Path) -> bool:
    import stat

    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _is_latex_main(path: Path) -> bool:
    if not is_regular_file(path):
        return True  # named as given: reading it is what reports it
    try:
        with path.open("rb") as fh:
            head = fh.read(262144)
    except OSError:
        return True  # let the parser report it
    return b"\\documentclass" in head or b"\\begin{document}" in head


MARKDOWN_PART_SUFFIXES = (".md", ".qmd", ".rmd")


def _explicit(p: Path, config: Config) -> list[Path]:
    """A file named on the command line, or, for a LaTeX part (no
    ``\\documentclass``), the main files in its repository that include it
    (LaTeX files, or Markdown papers whose front matter includes it); the
    part itself when none does. A chapter of a Quarto book or
    manuscript or of a bookdown book is its project folder; a Quarto include
    ("_methods.qmd") is the files that include it."""
    if p.suffix.lower() in MARKDOWN_PART_SUFFIXES and p.is_file():
        from ..parsers.markdown import project_root_of
        from ..repo import find_git_root

        stop = find_git_root(p.parent) or (Path(config.root) if config.root else None)
        project = project_root_of(p, stop)
        if project is not None:
            return [project]
        from ..repo import markdown_mains_for

        # a Quarto include ("_methods.qmd") or a file without front matter
        # may be a part: the papers that include it are checked instead
        if p.name.startswith("_") or not head_text(p).lstrip("\ufeff \t\r\n").startswith("---"):
            return markdown_mains_for(p, stop or resolved(p).parent) or [p]
        return [p]
    if p.suffix.lower() not in LATEX_SUFFIXES or not p.is_file() or _is_latex_main(p):
        return [p]
    from ..repo import find_git_root, latex_mains_for, markdown_mains_for

    root = find_git_root(p.parent) or (Path(config.root) if config.root else None)
    # outside a repository, the part's folder and up to two above it ("paper/sections/intro.tex"), never
    # above the working folder when the part is inside it
    for search in [root] if root is not None else _folders_up(p, 2):
        # a LaTeX title page that an R Markdown or Quarto paper includes is read through that paper
        got = latex_mains_for(p, search) or markdown_mains_for(p, search)
        if got:
            return got
    return [p]


def _folders_up(p: Path, levels: int) -> list[Path]:
    here = resolved(p).parent
    try:
        cwd = Path.cwd().resolve()
    except OSError:
        cwd = None
    out = [here]
    for parent in list(here.parents)[:levels]:
        if cwd is not None and here.is_relative_to(cwd) and not parent.is_relative_to(cwd):
            break
        out.append(parent)
    return out


def paper_of(path: Path, config: Config) -> tuple[Path, str | None]:
    """The input ``check`` reads for a file given alone: a LaTeX part or a
    chapter of a Manubot, Quarto or bookdown paper is read as the one paper
    that holds it, with a note saying so; a part that several papers include
    is read on its own, and the note names how many do."""
    try:
        got = _explicit(path, config)
    except OSError:
        return path, None
    if len(got) == 1 and resolved(got[0]) != resolved(path):
        return got[0], f"read as part of {display_path(got[0])}, the paper that includes {path.name}"
    if len(got) > 1:
        return path, f"read on its own: {len(got)} papers include it ({', '.join(display_path(g) for g in got[:3])}{', ...' if len(got) > 3 else ''})"
    return path, None


def collect(paths: Iterable[str | Path], config: Config, *, force_exclude: bool = False) -> list[Path]:
    """Files to check: files as given (a LaTeX part as the main files that
    include it), folders walked for known suffixes. ``force_exclude``
    applies ``exclude`` and the skip list of repository files (README,
    LICENSE, ...) to files given by name too, as a hook passes every
    changed file."""
    out: list[Path] = []
    seen: set[Path] = set()
    root = Path(config.root) if config.root else Path.cwd()

    def excluded(p: Path) -> bool:
        if not config.exclude:
            return False
        try:
            rel = resolved(p).relative_to(resolved(root)).as_posix()
        except ValueError:
            rel = p.as_posix()
        return any(fnmatch(rel, g) or fnmatch(p.name, g) for g in config.exclude)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            from ..parsers.markdown import project_kind

            found_before = len(out)
            parts: list[Path] = []  # LaTeX parts, read through their main file
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
                if project_kind(Path(dirpath)) is not None:
                    # a Manubot content/ folder, a Quarto book or manuscript, a bookdown book: one paper
                    key = resolved(Path(dirpath))
                    if key not in seen and not excluded(Path(dirpath)):
                        seen.add(key)
                        out.append(Path(dirpath))
                    dirnames[:] = []
                    continue
                for fn in sorted(filenames):
                    if fn.startswith((".", "~$")) or SKIP_FILES.match(fn):
                        continue
                    fp = Path(dirpath) / fn
                    if fn.startswith("_") and fp.suffix.lower() in MARKDOWN_PART_SUFFIXES:
                        continue  # a Quarto include ("_methods.qmd"): read through the file that includes it
                    if fp.suffix.lower() == ".tex" and any(fp.with_suffix(x).is_file() for x in (".Rnw", ".rnw", ".Snw", ".snw")):
                        continue  # the LaTeX that knitr or Sweave wove from the file beside it: read in its source
                    if fp.suffix.lower() in LATEX_SUFFIXES and not _is_latex_main(fp):
                        if not excluded(fp):
                            parts.append(fp)
                        continue  # parts of a LaTeX project are read through its main file
                    yaml_just = fp.suffix.lower() in JUSTIFICATION_ONLY_SUFFIXES and _names_justification(fp)
                    if (fp.suffix.lower() in ALL_SUFFIXES or yaml_just) and not excluded(fp):
                        key = resolved(fp)
                        if key not in seen:
                            seen.add(key)
                            out.append(fp)
            md_new = [fp for fp in out[found_before:] if fp.suffix.lower() in MARKDOWN_PART_SUFFIXES]
            reached_md: set[Path] = set()
            if md_new:
                from ..parsers.markdown import INCLUDE_HINTS  # the reader's own syntax

                if any(h in t for t in map(head_text, md_new) for h in INCLUDE_HINTS):
                    # knitr children, Quarto includes and the LaTeX title page a
                    # front matter includes are read through the paper that includes them
                    from ..repo import markdown_reached

                    reached_md = markdown_reached(p)
                    out[found_before:] = [fp for fp in out[found_before:] if resolved(fp) not in reached_md]
            if parts:
                # a part no main file reaches (its main is elsewhere, or renamed) is read on its own
                from ..repo import latex_reached

                reached = latex_reached(p) | reached_md
                for fp in parts:
                    key = resolved(fp)
                    if key not in reached and key not in seen:
                        seen.add(key)
                        out.append(fp)
            if len(out) == found_before:
                out.append(p)  # reported: a folder with nothing techcost reads
        else:
            if force_exclude and (excluded(p) or SKIP_FILES.match(p.name) or p.name.startswith("~$")):
                continue
            for q in _explicit(p, config):
                key = resolved(q) if q.exists() else q
                if key not in seen:
                    seen.add(key)
                    out.append(q)
    return out


def _vocab(ruleset: RuleSet) -> Any:
    from ..vocab import BudgetVocabulary

    cache = ruleset.__dict__.setdefault("_vocab_cache", {})
    if "budget" not in cache:
        cache["budget"] = BudgetVocabulary(ruleset.lexicon("budget"))
    return cache["budget"]


def _names_justification(path: Path) -> bool:
    from ..parsers.justification import _NAME_HINT, _stem_words

    return bool(_NAME_HINT.search(_stem_words(path)))


def parse_one(path: Path | str, ruleset: RuleSet, display: str | None = None, *, as_justification: bool = False) -> Parsed:
    """Parse one input; never raises for a bad file. Papers whose name or
    heading says they justify a budget (or ``as_justification``) are read
    as justifications of resources (``parsers.justification``)."""
    path = Path(path)
    disp = display or display_path(path)
    res = Parsed(path=path, display=disp)
    t0 = time.perf_counter()
    try:
        not_regular(path)
        if not path.exists():
            raise InputFileError("does not exist")
        if path.is_dir():
            from ..parsers.markdown import parse_project, project_kind

            if project_kind(path) is None:
                # a folder holding one document (a paper and the files it includes) is that document
                inside = [f for f in collect([path], Config()) if f != path]
                if len(inside) == 1:
                    return parse_one(inside[0], ruleset, display=posixpath.join(disp, inside[0].relative_to(path).as_posix()), as_justification=as_justification)
                from ..errors import UnsupportedInput

                if inside:
                    raise UnsupportedInput(f"is a folder of {len(inside)} documents, not one paper (check it to read each one)")
                raise UnsupportedInput("is a folder with no budgets or papers in it (xlsx, xlsm, xls, ods, csv, xml, md, Rmd, qmd, tex, docx, pdf)")
            from ..parsers.guard import run_guarded

            res.kind, res.format = "manuscript", "markdown"
            res.model = run_guarded(parse_project, path, isolate=False, display_path=disp, lexicons=ruleset.lexicons)
            res.seconds = time.perf_counter() - t0
            return res
        from ..parsers import limits

        size = path.stat().st_size
        if size > limits.MAX_FILE_BYTES:
            raise LimitExceeded(f"is {size / 1e6:.0f} MB (limit {limits.MAX_FILE_BYTES / 1e6:.0f} MB)")
        det = sniff(path)
        res.kind, res.format, res.note = det.kind, det.format, det.note
        if det.kind == "manuscript":
            from ..parsers.justification import is_justification

            if as_justification or is_justification(path, det.format):
                res.kind = "justification"
                det = type(det)("justification", det.format, det.note)
            elif det.format == "yaml":
                from ..errors import UnsupportedInput

                raise UnsupportedInput("is a YAML file that is not a justification of resources (name it budget_justification.yaml, or give it a 'Budget justification' title)")
        parse = parser_for(det.kind, det.format)
        from ..parsers.guard import run_guarded  # each file parses under time and memory limits

        # binary formats read by C and Rust libraries parse in a child process;
        # text formats, read in Python within the size limits, only under a timer
        iso = det.format in ISOLATED_FORMATS
        if iso:
            _build_models(det.kind)  # in the parent, so the child does not build them only to throw them away
        if det.kind == "justification":
            res.model = run_guarded(parse, path, det.format, isolate=iso, display_path=disp, lexicons=ruleset.lexicons, vocab=_vocab(ruleset))
        elif det.kind == "budget":
            res.model = run_guarded(parse, path, det.format, isolate=iso, vocab=_vocab(ruleset), display_path=disp)
        else:
            res.model = run_guarded(parse, path, isolate=iso, display_path=disp, lexicons=ruleset.lexicons)
    except TechcostError as exc:
        res.error = exc
    except (MemoryError, RecursionError) as exc:
        res.error = LimitExceeded(f"exhausted {'memory' if isinstance(exc, MemoryError) else 'nesting depth'} while reading")
    except Exception as exc:  # never a traceback for a user
        if os.environ.get("TECHCOST_DEBUG"):
            raise
        from ..errors import from_library_error

        mapped = from_library_error(exc)
        res.error = mapped or TechcostError(f"internal error while reading ({type(exc).__name__}: {str(exc)[:120]})", code="SYS009")
    res.seconds = time.perf_counter() - t0
    return res


def parse_all(
    paths: Iterable[str | Path], config: Config, ruleset: RuleSet, *, justification: str | Path | None = None, **collect_kw: Any
) -> list[Parsed]:
    """Parse every input, then pair justifications with budgets."""
    from ..pairing import pair

    parsed = [parse_one(p, ruleset) for p in collect(paths, config, **collect_kw)]
    forced = None
    if justification is not None:
        jp = Path(justification)
        forced = next((x for x in parsed if resolved(x.path) == resolved(jp)), None) if jp.exists() else None
        if forced is None:
            forced = parse_one(jp, ruleset, as_justification=True)
            parsed.append(forced)
        elif forced.kind != "justification":
            idx = parsed.index(forced)
            forced = parsed[idx] = parse_one(jp, ruleset, as_justification=True)
    pair(parsed, forced=forced)
    return parsed


def input_notes(model: Any) -> list[str]:
    """One-line statements about how an input was read that change what its
    findings mean: an unfilled template has nothing to check; example rows
    were not counted."""
    out: list[str] = []
    if isinstance(model, Budget):
        if model.template:
            out.append("an unfilled template: no costs or effort are entered, so there is nothing to check")
        for note in model.notes:
            if note.kind == "example-rows":
                out.append(note.message)
        undetermined = [s for s in model.staff_lines if not s.role_determinable]
        if undetermined:
            out.append(f"{len(undetermined)} staff line(s) name no role; whether they are technical staff cannot be told")
    if isinstance(model, Manuscript):
        out.extend(model.notes)
    return out
