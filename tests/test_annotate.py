"""Annotated copies: findings as cell comments and highlights in budgets,
as Word comments in papers; originals untouched; the copies open in
LibreOffice with their comments."""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techcost import api
from techcost.annotate import annotate, comment_text
from techcost.cli import app

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "fixtures" / "budgets" / "ukri-proposal.xlsx"

PAPER = [
    ("title", "Live imaging of roots"),
    ("heading", "Methods"),
    ("p", "Seedlings were grown on agar plates."),
    ("p", "Libraries were sequenced at the Genomics Core Facility on a NovaSeq."),
    ("heading", "Acknowledgements"),
    ("p", "We thank Jane Doe for comments on the manuscript."),
]


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    for kind, text in PAPER:
        if kind == "title":
            d.add_heading(text, 0)
        elif kind == "heading":
            d.add_heading(text, 1)
        else:
            d.add_paragraph(text)
    d.save(str(path))
    return path


def _csv(path: Path) -> Path:
    path.write_text(
        "Item,Year 1,Year 2,Year 3\n"
        "Principal Investigator (0.2 FTE),12000,12400,12800\n"
        "Postdoctoral Research Associate,41000,42300,43500\n"
        "Equipment: confocal microscope,180000,0,0\n"
        "Consumables,8000,8000,8000\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture()
def inputs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    xlsx = src / "ukri-proposal.xlsx"
    shutil.copy(SAMPLE, xlsx)
    return {"xlsx": xlsx, "csv": _csv(src / "budget.csv"), "docx": _docx(src / "paper.docx")}


def _comments(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.comment is not None:
                    out[(ws.title, c.coordinate)] = (c.comment.text, c.fill.fgColor.rgb if c.fill.fill_type == "solid" else None)
    return out


def test_budget_copy_has_comments_and_highlights(inputs, tmp_path):
    before = {k: _sha(p) for k, p in inputs.items()}
    report = api.check([inputs["xlsx"], inputs["csv"]])
    done = annotate(report, tmp_path / "out")
    assert {d.copy.name for d in done} == {"ukri-proposal.xlsx", "budget.xlsx"}
    assert {k: _sha(p) for k, p in inputs.items()} == before  # originals untouched

    comments = _comments(tmp_path / "out" / "ukri-proposal.xlsx")
    text, fill = comments[("Staff", "A11")]
    assert "BUD002" in text and "BUD004" in text and "COST-2" in text
    assert fill is not None and fill.endswith("FFEB9C")  # a warning's highlight
    assert "BUD005" in comments[("Staff", "A10")][0]
    # every active finding of the budget is written somewhere
    wanted = {f.code for f in report.active_findings() if f.location.path == report.inputs[0].path}
    assert wanted and all(any(code in t for t, _ in comments.values()) for code in wanted)
    # a named person's salary is not copied into a comment (no --show-amounts)
    a10 = comments[("Staff", "A10")][0]
    assert "£" not in a10

    csv_comments = _comments(tmp_path / "out" / "budget.xlsx")
    (sheet, cell), (text, fill) = next(iter(csv_comments.items()))
    assert sheet == "budget" and cell == "A4" and "BUD001" in text and fill.endswith("FFC7CE")  # on the line that carries the signal, error fill
    assert "Add a budget line" in text or "Cost the technical effort" in text


def test_docx_copy_has_word_comments_on_the_paragraph(inputs, tmp_path):
    import docx

    before = _sha(inputs["docx"])
    report = api.check([inputs["docx"]])
    done = annotate(report, tmp_path / "out")
    assert _sha(inputs["docx"]) == before
    assert done and done[0].comments == len(report.active_findings())
    d = docx.Document(str(done[0].copy))
    texts = [c.text for c in d.comments]
    assert any("ACK002" in t and "Genomics Core Facility" in t and "We thank the Genomics Core Facility" in t for t in texts)
    para = next(p for p in d.paragraphs if "Genomics Core Facility" in p.text)
    assert "commentRangeStart" in para._p.xml


def test_copy_never_overwrites_an_input(inputs):
    before = _sha(inputs["xlsx"])
    report = api.check([inputs["xlsx"]])
    done = annotate(report, inputs["xlsx"].parent)  # into the originals' own folder
    assert done[0].copy.name == "ukri-proposal-2.xlsx"
    assert _sha(inputs["xlsx"]) == before


def test_cli_annotate(inputs, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(app, ["check", str(inputs["xlsx"]), str(inputs["docx"]), "--annotate", "copies", "--exit-zero"])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in (tmp_path / "copies").iterdir()) == ["paper.docx", "ukri-proposal.xlsx"]


def test_comment_text_carries_clause_and_fix():
    report = api.check([SAMPLE])
    f = next(x for x in report.findings if x.code == "BUD002")
    text = comment_text(f)
    assert text.startswith("WARNING BUD002") and "core COST-2" in text and "http" in text


# ------------------------------------------------------------- LibreOffice


def _soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        msg = "LibreOffice is not installed (apt-get install libreoffice-calc libreoffice-writer)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(msg + "; under CI=true it is required")
        pytest.skip(msg)
    return exe


def _has_writer(exe: str) -> bool:
    """Whether LibreOffice's Writer is installed beside Calc (Debian splits them)."""
    program = Path(exe).resolve().parent
    return any(program.glob("libswlo*"))


def _to_pdf(exe: str, src: Path, out: Path, profile: Path) -> Path:
    filt = "calc_pdf_Export" if src.suffix == ".xlsx" else "writer_pdf_Export"
    opts = '{"ExportNotes":{"type":"boolean","value":"true"}}'
    proc = subprocess.run(
        [exe, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", f"pdf:{filt}:{opts}", "--outdir", str(out), str(src)],
        capture_output=True,
        text=True,
        timeout=240,
    )
    pdf = out / (src.stem + ".pdf")
    assert pdf.is_file(), proc.stdout + proc.stderr
    return pdf


def _pdf_notes(path: Path) -> list[str]:
    """Text of the note (comment) annotations of a PDF."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = pdfium.PdfDocument(str(path))
    out: list[str] = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            try:
                for k in range(raw.FPDFPage_GetAnnotCount(page.raw)):
                    annot = raw.FPDFPage_GetAnnot(page.raw, k)
                    try:
                        n = raw.FPDFAnnot_GetStringValue(annot, b"Contents", None, 0)
                        buf = ctypes.create_string_buffer(n)
                        raw.FPDFAnnot_GetStringValue(annot, b"Contents", ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)), n)
                        out.append(buf.raw.decode("utf-16-le", "replace").rstrip("\x00"))
                    finally:
                        raw.FPDFPage_CloseAnnot(annot)
            finally:
                page.close()
    finally:
        doc.close()
    return out


def test_libreoffice_opens_copies_with_comments(inputs, tmp_path):
    exe = _soffice()
    report = api.check([inputs["xlsx"], inputs["docx"]])
    done = {d.copy.suffix: d.copy for d in annotate(report, tmp_path / "out")}
    profile = tmp_path / "lo-profile"
    xlsx_notes = " ".join(_pdf_notes(_to_pdf(exe, done[".xlsx"], tmp_path / "pdf", profile)))
    for code in ("BUD002", "BUD003", "BUD004", "BUD005"):
        assert code in xlsx_notes, xlsx_notes[:500]
    if not _has_writer(exe):
        pytest.skip("LibreOffice Writer is not installed (apt-get install libreoffice-writer): the Word copy was not opened")
    docx_notes = " ".join(_pdf_notes(_to_pdf(exe, done[".docx"], tmp_path / "pdf", profile)))
    assert "ACK002" in docx_notes and "Genomics Core Facility" in docx_notes, docx_notes[:500]
