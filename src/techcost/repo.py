"""The repository a check runs in: its root, paths relative to it, the
files changed since a git ref, and the LaTeX main files that include a part.

Paths relative to the root identify a file the same way whichever folder
techcost is run from, so fingerprints and baselines match between a
developer's sub-folder, a pre-commit hook and CI.
"""

from __future__ import annotations

import os
import re
import subprocess
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from .errors import ConfigError

#: Folders never searched for LaTeX main files.
SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", "_build", "site-packages"})
#: Most .tex files read when looking for the main files of a part.
MAX_TEX_FILES = 2000
#: Bytes of each .tex file read when looking for \documentclass and includes.
MAX_TEX_BYTES = 1 << 20

_INCLUDE = re.compile(
    r"\\(?:input|include|subfile|InputIfFileExists)\s*\{([^{}\n]{1,300})\}"
    r"|\\(?:import|subimport|inputfrom|subinputfrom|includefrom|subincludefrom)\*?\s*\{([^{}\n]{0,300})\}\s*\{([^{}\n]{1,300})\}"
)
_COMMENT = re.compile(r"(?<!\\)%.*")



def resolved(p: Path) -> Path:
    """``p.resolve()``, or the absolute path when links loop or the file
    system refuses (a symbolic-link loop is an input error, not a crash)."""
    try:
        return p.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(p))

def find_git_root(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` holding ``.git``."""
    cur = start.resolve()
    for d in (cur, *cur.parents):
        if (d / ".git").exists():
            return d
    return None


@lru_cache(maxsize=32)
def _root_for(config_root: str | None, cwd: str) -> Path:
    if config_root:
        return Path(config_root).resolve()
    return find_git_root(Path(cwd)) or Path(cwd).resolve()


def project_root(config_root: str | None = None) -> Path:
    """Where project paths are relative to: the folder of the configuration
    file, else the git repository holding the working directory, else the
    working directory."""
    return _root_for(config_root, os.getcwd())


def project_path(path: str | Path, config_root: str | None = None) -> str:
    """``path`` relative to the project root, with forward slashes; paths
    outside the root are returned as given (forward slashes)."""
    p = Path(path)
    root = project_root(config_root)
    try:
        return resolved(p if p.is_absolute() else Path.cwd() / p).relative_to(root).as_posix()
    except (ValueError, OSError):
        return p.as_posix()


# --------------------------------------------------------------------------- git


def _git(args: list[str], cwd: Path) -> str:
    try:
        out = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False)
    except FileNotFoundError:
        raise ConfigError("--changed-since needs git, which is not installed") from None
    except subprocess.TimeoutExpired:
        raise ConfigError(f"git {' '.join(args)} timed out") from None
    if out.returncode != 0:
        msg = (out.stderr.strip().splitlines() or ["failed"])[-1]
        raise ConfigError(f"git {' '.join(args)}: {msg}")
    return out.stdout


def changed_files(ref: str, start: Path | None = None) -> list[Path]:
    """Files changed since ``ref``: committed since the merge base of
    ``ref`` and HEAD (``git diff REF...HEAD``), plus files modified or
    staged in the working tree and untracked files that are not ignored.
    Deleted files are left out. Raises ``ConfigError`` outside a git
    repository or for an unknown ref."""
    here = (start or Path.cwd()).resolve()
    root = find_git_root(here)
    if root is None:
        raise ConfigError(f"--changed-since needs a git repository, and {here} is not in one")
    if ref.startswith("-"):
        raise ConfigError(f"--changed-since {ref!r}: not a git ref")
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], root)
    names: list[str] = []
    names += _git(["diff", "--name-only", "-z", f"{ref}...HEAD"], root).split("\0")
    names += _git(["diff", "--name-only", "-z", "HEAD"], root).split("\0")
    names += _git(["ls-files", "--others", "--exclude-standard", "-z"], root).split("\0")
    out: list[Path] = []
    seen: set[str] = set()
    for n in names:
        if n and n not in seen:
            seen.add(n)
            p = root / n
            if p.is_file():
                out.append(p)
    return sorted(out)


def within(paths: Iterable[Path], scopes: Iterable[str | Path]) -> list[Path]:
    """The ``paths`` that are, or are inside, one of ``scopes``."""
    roots = [resolved(Path(s)) for s in scopes]
    out = []
    for p in paths:
        rp = resolved(p)
        if any(rp == r or r in rp.parents for r in roots):
            out.append(p)
    return out


# --------------------------------------------------------------------------- LaTeX


def head_text(path: Path) -> str:
    """A file's first part as text (what a look for includes needs)."""
    try:
        with path.open("rb") as fh:
            return fh.read(MAX_TEX_BYTES).decode("utf-8", "replace")
    except OSError:
        return ""


def is_latex_main(text: str) -> bool:
    return "\\documentclass" in text or "\\begin{document}" in text


def _includes(text: str, here: Path, main_dir: Path) -> list[Path]:
    """Files a LaTeX file includes, resolved as TeX would from the main
    file's folder (and, as a fallback, from the including file's)."""
    out: list[Path] = []
    for line in text.splitlines():
        line = _COMMENT.sub("", line)
        if "\\" not in line:
            continue
        for m in _INCLUDE.finditer(line):
            if m.group(1) is not None:
                targets = [(main_dir, m.group(1)), (here.parent, m.group(1))]
            else:
                folder = m.group(2) or ""
                targets = [(here.parent / folder, m.group(3)), (main_dir / folder, m.group(3))]
            for base, name in targets:
                name = name.strip()
                cand = base / name
                for c in (cand, cand.with_name(cand.name + ".tex")):
                    if c.suffix.lower() in (".tex", ".latex", ".ltx", ".rnw", ".snw") and c.is_file():
                        out.append(resolved(c))
                        break
                else:
                    continue
                break
    return out


def _tex_files(root: Path) -> list[Path]:
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
        for fn in sorted(filenames):
            if fn.lower().endswith((".tex", ".latex", ".rnw", ".snw")):
                out.append(Path(dirpath) / fn)
                if len(out) >= MAX_TEX_FILES:
                    return out
    return out


def _latex_trees(root: Path) -> Iterator[tuple[Path, Iterator[Path]]]:
    """Each main file under ``root`` (a file with ``\\documentclass``) with
    the files its ``\\input``/``\\include``/``\\subfile``/``\\import``
    tree reaches, lazily (stop reading when you have what you need)."""
    texts: dict[Path, str] = {}
    mains: list[Path] = []
    for f in _tex_files(root):
        text = head_text(f)
        texts[resolved(f)] = text
        if is_latex_main(text):
            mains.append(f)

    def reached(main: Path) -> Iterator[Path]:
        main_dir = main.resolve().parent
        todo, seen = [main.resolve()], {main.resolve()}
        while todo:
            cur = todo.pop()
            text = texts.get(cur)
            if text is None:
                text = texts[cur] = head_text(cur)
            for inc in _includes(text, cur, main_dir):
                yield inc
                if inc not in seen and len(seen) < MAX_TEX_FILES:
                    seen.add(inc)
                    todo.append(inc)

    for main in mains:
        yield main, reached(main)


def latex_reached(root: Path) -> set[Path]:
    """Every file (resolved) that some main file under ``root`` reaches: the
    parts read through a main file. A part outside this set is read on its
    own, so it is never skipped unseen."""
    return {inc for _, tree in _latex_trees(root) for inc in tree}


def latex_mains_for(part: Path, root: Path) -> list[Path]:
    """The main files under ``root`` whose include tree reaches ``part``,
    directly or through other parts. Empty when none does."""
    target = resolved(part)
    return [main for main, tree in _latex_trees(root) if any(inc == target for inc in tree)]


_MD_SUFFIXES = (".md", ".qmd", ".rmd")


def _markdown_includers(root: Path) -> dict[Path, list[Path]]:
    """For each Markdown file under ``root`` that another includes (a Quarto
    include or a knitr child), the files that include it."""
    files: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
        files.extend(Path(dirpath) / fn for fn in sorted(filenames) if fn.lower().endswith(_MD_SUFFIXES))
        if len(files) >= MAX_TEX_FILES:
            break
    from .parsers.markdown import included_names  # the reader's own syntax, read once

    includers: dict[Path, list[Path]] = {}
    for f in files[:MAX_TEX_FILES]:
        for name in included_names(head_text(f)):
            target = resolved(f.parent / name)
            if target != resolved(f):
                includers.setdefault(target, []).append(f)
    return includers


def markdown_reached(root: Path) -> set[Path]:
    """Markdown files under ``root`` (resolved) that another file includes:
    parts, read through the paper that includes them."""
    return set(_markdown_includers(root))


def markdown_mains_for(part: Path, root: Path) -> list[Path]:
    """The Markdown files under ``root`` whose Quarto includes or knitr
    children reach ``part``, directly or through other includes, and that
    no file includes in turn. Empty when none does."""
    includers = _markdown_includers(root)
    out: list[Path] = []
    todo, seen = [resolved(part)], {resolved(part)}
    while todo:
        for f in includers.get(todo.pop(), []):
            key = resolved(f)
            if key in seen:
                continue
            seen.add(key)
            if key in includers:
                todo.append(key)  # an include of an include: follow it up
            else:
                out.append(f)
    return out
