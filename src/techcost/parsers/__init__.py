"""Parsers turn files into the typed model. They load lazily, by format,
and never decide policy.

``sniff`` decides what a file is from its first bytes, then its suffix, so
a workbook saved with the wrong suffix is still read for what it is.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..errors import InputFileError, UnsupportedInput

BUDGET_SUFFIXES = {".xlsx": "xlsx", ".xlsm": "xlsm", ".xls": "xls", ".ods": "ods", ".csv": "csv", ".tsv": "csv"}
MANUSCRIPT_SUFFIXES = {
    ".xml": "jats",
    ".nxml": "jats",
    ".jats": "jats",
    ".md": "markdown",
    ".markdown": "markdown",
    ".rmd": "markdown",
    ".qmd": "markdown",
    ".tex": "latex",
    ".latex": "latex",
    ".rnw": "latex",  # Sweave and knitr: LaTeX with R code chunks
    ".snw": "latex",
    ".docx": "docx",
    ".pdf": "pdf",
}
ALL_SUFFIXES = {**BUDGET_SUFFIXES, **MANUSCRIPT_SUFFIXES}
# read only as a justification of resources (named or headed as one); other YAML is no input
JUSTIFICATION_ONLY_SUFFIXES = {".yaml": "yaml", ".yml": "yaml"}

# (kind, format) -> "module:function"; modules import only when used
PARSERS: dict[tuple[str, str], str] = {
    ("budget", "xlsx"): "techcost.parsers.read_budget:read",
    ("budget", "xlsm"): "techcost.parsers.read_budget:read",
    ("budget", "xls"): "techcost.parsers.read_budget:read",
    ("budget", "ods"): "techcost.parsers.read_budget:read",
    ("budget", "csv"): "techcost.parsers.read_budget:read",
    ("manuscript", "jats"): "techcost.parsers.jats:parse",
    ("manuscript", "markdown"): "techcost.parsers.markdown:parse",
    ("manuscript", "latex"): "techcost.parsers.latex:parse",
    ("manuscript", "docx"): "techcost.parsers.docx:parse",
    ("manuscript", "pdf"): "techcost.parsers.pdf:parse",
    # justifications of resources: read with the paper parsers, then mined
    ("justification", "latex"): "techcost.parsers.justification:parse",
    ("justification", "markdown"): "techcost.parsers.justification:parse",
    ("justification", "docx"): "techcost.parsers.justification:parse",
    ("justification", "pdf"): "techcost.parsers.justification:parse",
    ("justification", "jats"): "techcost.parsers.justification:parse",
    ("justification", "yaml"): "techcost.parsers.justification:parse",
    ("manuscript", "yaml"): "techcost.parsers.yaml_text:parse",
}


@dataclass(frozen=True)
class Detected:
    kind: str  # budget | manuscript
    format: str
    note: str | None = None


def _zip_kind(path: Path) -> str | None:
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist()[:5000])
            if "xl/workbook.xml" in names:
                return "xlsm" if "xl/vbaProject.bin" in names else "xlsx"
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names:
                mt = zf.read("mimetype")[:100]
                if b"spreadsheet" in mt:
                    return "ods"
                if b"text" in mt:
                    return "odt"
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    return None


def sniff(path: Path) -> Detected:
    """What a file is. Raises ``InputFileError`` for what cannot be read."""
    suffix = path.suffix.lower()
    by_suffix = ALL_SUFFIXES.get(suffix) or JUSTIFICATION_ONLY_SUFFIXES.get(suffix)
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
    except IsADirectoryError:
        raise InputFileError("is a folder, not a file") from None
    except PermissionError:
        raise InputFileError("permission denied") from None
    except OSError as exc:
        raise InputFileError(f"cannot be opened ({exc.strerror or exc})") from None
    if not head:
        raise InputFileError("the file is empty")
    content: str | None = None
    if head.startswith(b"PK\x03\x04"):
        content = _zip_kind(path)
        if content is None:
            if by_suffix in ("xlsx", "xlsm", "ods", "docx"):
                raise InputFileError(f"is not a valid {by_suffix} file (the zip container is damaged or holds no document)")
            raise UnsupportedInput("is a zip archive that holds no workbook or Word document")
        if content == "odt":
            raise UnsupportedInput("is an OpenDocument text file; save it as .docx to check it")
    elif head.startswith(b"%PDF"):
        content = "pdf"
    elif head.startswith(b"\xd0\xcf\x11\xe0"):
        from .workbook import is_encrypted_ooxml

        if is_encrypted_ooxml(head) or is_encrypted_ooxml(path.open("rb").read(1 << 20)):
            from ..errors import EncryptedInput

            raise EncryptedInput("is encrypted (password-protected); save an unprotected copy to check it")
        if by_suffix in ("xls", "xlsx", "xlsm"):
            content = "xls"
        elif suffix == ".doc":
            raise UnsupportedInput("is a legacy Word .doc file; save it as .docx to check it")
        else:
            content = "xls"
    if content is not None:
        kind = "budget" if content in BUDGET_SUFFIXES.values() else "manuscript"
        note = None
        if by_suffix and by_suffix != content and not (by_suffix in ("xlsx", "xlsm") and content in ("xlsx", "xlsm")):
            note = f"named {suffix} but its content is {content}; read as {content}"
        return Detected(kind, content, note)
    # text formats: by suffix
    if by_suffix is None:
        raise UnsupportedInput(
            f"has an unsupported type{(' ' + suffix) if suffix else ''} "
            "(budgets: xlsx, xlsm, xls, ods, csv; papers: xml, md, Rmd, qmd, tex, Rnw, docx, pdf)"
        )
    if by_suffix in ("xlsx", "xlsm", "ods", "docx", "xls"):
        raise InputFileError(f"is not a valid {by_suffix} file (its content is not a {by_suffix} container)")
    if by_suffix == "pdf":
        raise InputFileError("is not a valid PDF (no %PDF header)")
    kind = "budget" if by_suffix == "csv" else "manuscript"
    return Detected(kind, by_suffix)


def parser_for(kind: str, fmt: str) -> Callable[..., Any]:
    target = PARSERS.get((kind, fmt))
    if target is None:
        raise UnsupportedInput(f"{fmt} {kind}s are not supported")
    mod_name, func = target.split(":")
    try:
        mod = importlib.import_module(mod_name)
    except ModuleNotFoundError as exc:
        if exc.name == mod_name:
            raise UnsupportedInput(f"reading {fmt} {kind}s is not available in this version") from None
        raise UnsupportedInput(f"reading {fmt} needs the '{exc.name}' package, which is not installed") from None
    return getattr(mod, func)
