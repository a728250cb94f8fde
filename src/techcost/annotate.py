"""Annotated copies of the documents a report is about, for people who work
in Excel and Word.

- Budgets: a copy of each workbook with every finding as a cell comment and
  a fill on the cell it concerns (``Location.sheet``/``cell``, else the first
  cell of its row, else the sheet's A1). xlsx and xlsm are copied through
  openpyxl (macros kept in xlsm); ods, xls and csv are written as an .xlsx
  copy of their cell values.
- Papers in docx: a copy with every finding as a Word comment on the
  paragraph it concerns (``Location.paragraph``; a finding without one goes
  on the heading of its section, else on the first paragraph).

Originals are only read: a copy is never written over an input of the run.
Comments carry the findings as reported, so named people's salaries appear
only when the report was made with ``show_amounts``. openpyxl and
python-docx are imported inside the functions that need them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import TechcostError
from .model import Finding, Report, Severity
from .repo import resolved

AUTHOR = "techcost"
BUDGET_FORMATS = {"xlsx", "xlsm", "ods", "xls", "csv"}
_FILL = {Severity.error: "FFC7CE", Severity.warning: "FFEB9C", Severity.info: "DDEBF7"}
_MAX_EVIDENCE = 4


@dataclass
class Annotated:
    """One annotated copy: where it came from, where it is, how many
    findings it carries."""

    source: str
    copy: Path
    comments: int


MARK = "techcost annotated copy"
# characters XML 1.0 cannot hold (a cell's text can carry them; a comment cannot)
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", text)


def is_annotated_copy(path: Path) -> bool:
    """Whether ``path`` is a copy techcost wrote (its document properties
    carry the mark): such a copy may be replaced by a new one."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            core = zf.read("docProps/core.xml")[:20000].decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
    return MARK in core


def preflight(reads: list[Path], out_dir: Path) -> None:
    """Before anything runs: refuse when an annotated copy would replace a
    file in ``out_dir`` that techcost did not write (a real workbook that
    shares a name with a CSV being checked, say)."""
    from .outputs import OutputError, same_file

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise OutputError(f"--annotate {out}: is a file, not a folder")
    fmts = {".xlsx": "xlsx", ".xlsm": "xlsm", ".ods": "ods", ".xls": "xls", ".csv": "csv", ".tsv": "csv", ".docx": "docx"}
    for src in reads:
        fmt = fmts.get(src.suffix.lower())
        if fmt is None:
            continue
        dest = out / target_name(src, fmt)
        if not dest.exists() or same_file(dest, src):
            continue  # an input is never replaced: its copy gets another name
        if dest.is_dir() or not is_annotated_copy(dest):
            raise OutputError(
                f"--annotate {out}: the copy of {src} would replace {dest}, which techcost did not write; choose another folder"
            )


def comment_text(f: Finding) -> str:
    """The text of one finding as a comment: severity, code and message,
    then evidence, the clause it applies and the suggested fix."""
    lines = [f"{f.severity.value.upper()} {f.code} ({f.name}): {f.message}"]
    for ev in f.evidence[:_MAX_EVIDENCE]:
        lines.append(f"- {ev}")
    if len(f.evidence) > _MAX_EVIDENCE:
        lines.append(f"- ... and {len(f.evidence) - _MAX_EVIDENCE} more")
    if f.policy is not None:
        clause = " ".join(x for x in (f.policy.pack, f.policy.clause or "") if x)
        title = f": {f.policy.title}" if f.policy.title else ""
        url = f" <{f.policy.url}>" if f.policy.url else ""
        lines.append(f"Policy {clause}{title}{url}")
    if f.suggestion is not None:
        lines.append(f"Suggested fix: {f.suggestion.text}")
    return "\n".join(lines)


def target_name(source: Path, fmt: str) -> str:
    """The file name of the copy: the original name; ods, xls and csv
    budgets become .xlsx."""
    if fmt in ("ods", "xls", "csv"):
        return source.stem + ".xlsx"
    return source.name


def _unique(out_dir: Path, name: str, used: set[Path], protected: set[Path]) -> Path:
    """A path in ``out_dir`` not yet used by this run and never an input."""
    stem, suffix = Path(name).stem, Path(name).suffix
    cand = out_dir / name
    n = 2
    while resolved(cand) in used or resolved(cand) in protected:
        cand = out_dir / f"{stem}-{n}{suffix}"
        n += 1
    used.add(resolved(cand))
    return cand


def annotate(
    report: Report,
    out_dir: str | Path,
    *,
    sources: dict[str, Path] | None = None,
) -> list[Annotated]:
    """Write an annotated copy of every budget and docx paper of ``report``
    into ``out_dir`` (created when missing). ``sources`` maps a report path
    to the file it was read from (default: the report path itself). Inputs
    that could not be read, and papers in other formats, get no copy."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TechcostError(f"cannot create {out}: {exc.strerror}") from None
    src_of = {i.path: (sources or {}).get(i.path, Path(i.path)) for i in report.inputs}
    protected = {resolved(p) for p in src_of.values() if p.exists()}
    by_path: dict[str, list[Finding]] = {}
    for f in report.active_findings():
        by_path.setdefault(f.location.path, []).append(f)
    used: set[Path] = set()
    done: list[Annotated] = []
    for item in report.inputs:
        if item.status != "ok" or item.format is None:
            continue
        src = src_of[item.path]
        fs = by_path.get(item.path, [])
        if item.kind == "budget" and item.format in BUDGET_FORMATS:
            dest = _unique(out, target_name(src, item.format), used, protected)
            n = annotate_budget(src, item.format, fs, dest)
        elif item.kind in ("manuscript", "justification") and item.format == "docx":
            dest = _unique(out, src.name, used, protected)
            n = annotate_docx(src, fs, dest)
        else:
            continue
        done.append(Annotated(source=item.path, copy=dest, comments=n))
    return done


# ------------------------------------------------------------------ budgets


def _load_workbook(src: Path, fmt: str) -> Any:
    """An openpyxl workbook: the file itself for xlsx/xlsm, a new workbook
    holding the cell values for ods, xls and csv (same sheet names and cell
    positions as the budget parser reports)."""
    import openpyxl

    if fmt in ("xlsx", "xlsm"):
        return openpyxl.load_workbook(src, keep_vba=(fmt == "xlsm"), keep_links=True, rich_text=True)
    from .parsers.workbook import read_workbook

    grid = read_workbook(src, fmt)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet in grid.sheets:
        ws = wb.create_sheet(_sheet_title(sheet.name, wb.sheetnames))
        for r, row in enumerate(sheet.rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is not None:
                    ws.cell(r, c, _cell_value(v))
        if sheet.hidden:
            ws.sheet_state = "hidden"
    if not wb.sheetnames:
        wb.create_sheet("Sheet1")
    return wb


def _sheet_title(name: str, taken: list[str]) -> str:
    bad = set('[]:*?/\\')
    title = "".join("_" if ch in bad else ch for ch in name)[:31] or "Sheet"
    base, n = title, 2
    while title in taken:
        title = f"{base[:28]}-{n}"
        n += 1
    return title


def _cell_value(v: Any) -> Any:
    """A value openpyxl can write: text that would start a formula is kept
    as text (a copy never gains formulas its source did not have)."""
    if isinstance(v, str):
        v = _xml_safe(v)  # a CSV cell may hold control characters an xlsx cannot
        if v.startswith("="):
            return "'" + v
    return v


def _target_cell(wb: Any, f: Finding) -> Any:
    """The cell a finding concerns: its cell, else column A of its row, else
    A1 of its sheet (or of the first visible sheet)."""
    loc = f.location
    ws = None
    if loc.sheet and loc.sheet in wb.sheetnames:
        ws = wb[loc.sheet]
    if ws is None:
        visible = [s for s in wb.worksheets if s.sheet_state == "visible"]
        ws = visible[0] if visible else wb.worksheets[0]
    ref = loc.cell or (f"A{loc.row}" if loc.row else "A1")
    try:
        cell = ws[ref]
    except (ValueError, KeyError, IndexError):
        cell = ws["A1"]
    if isinstance(cell, tuple):  # a range: its first cell
        cell = cell[0] if not isinstance(cell[0], tuple) else cell[0][0]
    for rng in ws.merged_cells.ranges:  # merged cells take comments on their top-left cell
        if cell.coordinate in rng:
            return ws.cell(rng.min_row, rng.min_col)
    return cell


def annotate_budget(src: Path, fmt: str, findings: list[Finding], dest: Path) -> int:
    """Copy one budget to ``dest`` with findings as comments and fills.
    Returns the number of findings written."""
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    wb = _load_workbook(src, fmt)
    per_cell: dict[tuple[str, str], list[Finding]] = {}
    cells: dict[tuple[str, str], Any] = {}
    for f in findings:
        cell = _target_cell(wb, f)
        key = (cell.parent.title, cell.coordinate)
        per_cell.setdefault(key, []).append(f)
        cells[key] = cell
    for key, fs in per_cell.items():
        cell = cells[key]
        fs.sort(key=lambda f: (-f.severity.rank, f.code))
        text = _xml_safe("\n\n".join(comment_text(f) for f in fs))
        if cell.comment is not None and cell.comment.text:
            text = cell.comment.text.rstrip() + "\n\n" + text
        lines = sum(max(1, len(line) // 60 + 1) for line in text.splitlines())
        comment = Comment(text, AUTHOR)
        comment.width = 420
        comment.height = min(900, 18 * lines + 20)
        cell.comment = comment
        worst = fs[0].severity
        cell.fill = PatternFill(fill_type="solid", start_color=_FILL[worst], end_color=_FILL[worst])
    wb.properties.keywords = MARK
    import io

    from .outputs import atomic_write

    buf = io.BytesIO()  # built in memory, so a full disk can only fail the one write below
    wb.save(buf)
    atomic_write(dest, buf.getvalue(), what="annotated copy")
    return len(findings)


# ------------------------------------------------------------------- papers


def _paragraph_for(doc: Any, f: Finding) -> Any:
    """The paragraph a finding concerns: by index, else the heading of its
    section, else the first paragraph with text."""
    paras = doc.paragraphs
    loc = f.location
    if loc.paragraph is not None and 0 <= loc.paragraph < len(paras):
        return paras[loc.paragraph]
    if loc.section:
        want = loc.section.strip().lower()
        for p in paras:
            if p.text.strip().lower().rstrip(":") == want:
                return p
    for p in paras:
        if p.text.strip():
            return p
    return paras[0] if paras else doc.add_paragraph("")


def annotate_docx(src: Path, findings: list[Finding], dest: Path) -> int:
    """Copy one docx paper to ``dest`` with every finding as a Word comment
    on its paragraph. Returns the number of comments added."""
    import docx

    doc = docx.Document(str(src))
    if not hasattr(doc, "add_comment"):  # pragma: no cover - python-docx < 1.2
        raise TechcostError("annotating Word files needs python-docx 1.2 or newer")
    n = 0
    for f in sorted(findings, key=lambda f: f.sort_key()):
        para = _paragraph_for(doc, f)
        runs = [r for r in para.runs]
        if not runs:
            runs = [para.add_run("")]
        doc.add_comment(runs, text=_xml_safe(comment_text(f)), author=AUTHOR, initials="tc")
        n += 1
    doc.core_properties.keywords = MARK
    import io

    from .outputs import atomic_write

    buf = io.BytesIO()
    doc.save(buf)
    atomic_write(dest, buf.getvalue(), what="annotated copy")
    return n
