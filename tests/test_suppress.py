"""Inline suppressions in every format that can hold them, their scope,
and the SYS003 / SYS005 reports; per-path overrides end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from techcost import api
from techcost.engine.suppress import parse_directive
from techcost.model import Location
from techcost.policy.config import Config, parse_config

from .budgetbuilder import build_xlsx

TOKEN_BUDGET = {
    "Staff": [
        ["Role", "FTE", "Year 1 (£)", "Year 2 (£)"],
        ["Principal Investigator", 0.2, 18000, 18500],
        ["Laboratory Technician", 0.02, 650, 670],
        ["Research Technician", 0.03, 900, 950],
    ]
}

FACILITY_MD = """# Root imaging

## Methods

{directive}Seedlings were imaged at the Bioimaging Core Facility on a confocal microscope.

## Acknowledgements

We thank Jane Doe for comments on the manuscript.
"""


def _check(*paths: Path, select: list[str], config: Config | None = None):
    return api.check(list(paths), config=config or Config(), select=select)


def _by_code(report, code: str):
    return [f for f in report.findings if f.code == code]


def _with_note(path: Path, cell: str, text: str) -> Path:
    from openpyxl import load_workbook
    from openpyxl.comments import Comment

    wb = load_workbook(path)
    wb["Staff"][cell].comment = Comment(text, "Reviewer")
    wb.save(path)
    return path


# ---------------------------------------------------------------- the directive


@pytest.mark.parametrize(
    "text,action,selectors,reason",
    [
        ("techcost: ignore ACK002 -- thanked in the supplement", "ignore", ["ACK002"], "thanked in the supplement"),
        ("  techcost: ignore ACK002, BUD002 ", "ignore", ["ACK002", "BUD002"], None),
        ("techcost: ignore ACK002 \u2014 XML comments cannot hold two hyphens", "ignore", ["ACK002"], "XML comments cannot hold two hyphens"),
        ("techcost: off facility-unacknowledged - a region", "off", ["facility-unacknowledged"], "a region"),
        ("techcost: on", "on", [], None),
        ("techcost: ignore", "ignore", [], None),
        ("[Threaded comment]\n\nComment:\n    techcost: ignore BUD002 -- shared post", "ignore", ["BUD002"], "shared post"),
    ],
)
def test_parse_directive(text, action, selectors, reason):
    d = parse_directive(text, Location(path="x"))
    assert d is not None
    assert (d.action, d.selectors, d.reason) == (action, selectors, reason)


def test_plain_comments_are_not_directives():
    assert parse_directive("a trailing comment about techcost", Location(path="x")) is None


# ---------------------------------------------------------------- per format


def test_markdown_next_block(tmp_path):
    p = tmp_path / "paper.md"
    p.write_text(FACILITY_MD.format(directive=""), encoding="utf-8")
    assert [f.suppressed for f in _by_code(_check(p, select=["ACK002"]), "ACK002")] == [None]
    p.write_text(FACILITY_MD.format(directive="<!-- techcost: ignore ACK002 -- thanked in the supplement -->\n"), encoding="utf-8")
    report = _check(p, select=["ACK002", "SYS"])
    (f,) = _by_code(report, "ACK002")
    assert f.suppressed is not None and f.suppressed.by == "inline"
    assert f.suppressed.reason == "thanked in the supplement"
    assert f.suppressed.where.endswith("paper.md:5")
    assert report.exit_code("info") == 0
    assert not _by_code(report, "SYS003")


def test_markdown_directive_before_a_heading_covers_the_section(tmp_path):
    p = tmp_path / "paper.md"
    text = FACILITY_MD.format(directive="").replace("## Methods", "<!-- techcost: ignore ACK002 -->\n## Methods")
    p.write_text(text, encoding="utf-8")
    (f,) = _by_code(_check(p, select=["ACK002"]), "ACK002")
    assert f.suppressed is not None


def test_markdown_directive_right_above_a_paragraph_covers_that_paragraph(tmp_path):
    p = tmp_path / "paper.md"
    text = FACILITY_MD.format(directive="<!-- techcost: ignore ACK002 -->\nAn unrelated paragraph.\n\n")
    p.write_text(text, encoding="utf-8")
    report = _check(p, select=["ACK002", "SYS"])
    (f,) = _by_code(report, "ACK002")
    assert f.suppressed is None
    (unused,) = _by_code(report, "SYS003")
    assert unused.location.line == 5 and "ACK002" in unused.message


def test_markdown_directive_elsewhere_in_a_section_covers_the_section(tmp_path):
    p = tmp_path / "paper.md"
    # after the paragraph it is about, at the end of the section
    text = FACILITY_MD.format(directive="").replace("## Acknowledgements", "<!-- techcost: ignore ACK002 -- thanked in the supplement -->\n\n## Acknowledgements")
    p.write_text(text, encoding="utf-8")
    report = _check(p, select=["ACK002", "SYS"])
    (f,) = _by_code(report, "ACK002")
    assert f.suppressed is not None and not _by_code(report, "SYS003")
    # one that suppresses nothing names the section it stands in
    text = FACILITY_MD.format(directive="").replace("## Acknowledgements", "<!-- techcost: ignore ACK004 -->\n\n## Acknowledgements")
    p.write_text(text, encoding="utf-8")
    (unused,) = _by_code(_check(p, select=["ACK004", "SYS"]), "SYS003")
    assert "'Methods'" in unused.message


def test_markdown_off_on_region(tmp_path):
    p = tmp_path / "paper.md"
    text = FACILITY_MD.format(directive="").replace("## Methods", "<!-- techcost: off ACK002 -- legacy text -->\n\n## Methods")
    text = text.replace("## Acknowledgements", "<!-- techcost: on -->\n\n## Acknowledgements")
    p.write_text(text, encoding="utf-8")
    report = _check(p, select=["ACK002", "SYS"])
    (f,) = _by_code(report, "ACK002")
    assert f.suppressed is not None and f.suppressed.reason == "legacy text"
    assert not _by_code(report, "SYS003") and not _by_code(report, "SYS005")


def test_unclosed_off_reaches_the_end_of_the_file(tmp_path):
    p = tmp_path / "paper.md"
    p.write_text("<!-- techcost: off ACK002 -->\n" + FACILITY_MD.format(directive=""), encoding="utf-8")
    (f,) = _by_code(_check(p, select=["ACK002"]), "ACK002")
    assert f.suppressed is not None


def test_latex_comment_in_a_part(tmp_path):
    (tmp_path / "sections").mkdir()
    (tmp_path / "main.tex").write_text(
        "\\documentclass{article}\n\\begin{document}\n\\input{sections/methods}\n"
        "\\section*{Acknowledgements}\nWe thank Jane Doe for comments on the manuscript.\n\\end{document}\n",
        encoding="utf-8",
    )
    (tmp_path / "sections" / "methods.tex").write_text(
        "\\section{Methods}\n% techcost: ignore ACK002 -- thanked in the supplement\n"
        "Seedlings were imaged at the Bioimaging Core Facility on a confocal microscope.\n",
        encoding="utf-8",
    )
    report = _check(tmp_path / "main.tex", select=["ACK002", "SYS"])
    (f,) = _by_code(report, "ACK002")
    assert f.location.path.endswith("sections/methods.tex")
    assert f.suppressed is not None and f.suppressed.where.endswith("sections/methods.tex:2")


def test_jats_comment_before_an_element(tmp_path):
    p = tmp_path / "paper.xml"
    p.write_text(
        '<?xml version="1.0"?>\n<article><front><article-meta><title-group><article-title>Root imaging</article-title>'
        "</title-group></article-meta></front>\n<body><sec><title>Methods</title>\n"
        "<!-- techcost: ignore ACK002 \u2014 thanked in the supplement -->\n"
        "<p>Seedlings were imaged at the Bioimaging Core Facility on a confocal microscope.</p></sec></body>\n"
        "<back><ack><p>We thank Jane Doe for comments on the manuscript.</p></ack></back></article>\n",
        encoding="utf-8",
    )
    report = _check(p, select=["ACK002", "SYS"])
    (f,) = _by_code(report, "ACK002")
    assert f.suppressed is not None and f.suppressed.reason == "thanked in the supplement"
    # the comment is not prose
    ms = api.inspect(p)["manuscript"]
    assert all("techcost" not in b["text"] for s in ms["sections"] for b in s["blocks"])


def test_word_comment_on_the_paragraph(tmp_path):
    import docx

    doc = docx.Document()
    doc.add_heading("Root imaging", 0)
    doc.add_heading("Methods", 1)
    para = doc.add_paragraph("Seedlings were imaged at the Bioimaging Core Facility on a confocal microscope.")
    doc.add_comment(para.runs, text="techcost: ignore ACK002 -- thanked in the supplement", author="A", initials="A")
    doc.add_heading("Acknowledgements", 1)
    doc.add_paragraph("We thank Jane Doe for comments on the manuscript.")
    p = tmp_path / "paper.docx"
    doc.save(p)
    (f,) = _by_code(_check(p, select=["ACK002"]), "ACK002")
    assert f.suppressed is not None and f.suppressed.where.endswith("¶2")


def test_cell_note_covers_its_row(tmp_path):
    p = build_xlsx(tmp_path / "budget.xlsx", TOKEN_BUDGET)
    before = _by_code(_check(p, select=["BUD002"]), "BUD002")
    assert [f.location.anchor() for f in before] == ["Staff!A3", "Staff!A4"]
    _with_note(p, "B3", "techcost: ignore BUD002 -- shared post, costed on the partner grant")
    report = _check(p, select=["BUD002", "SYS"])
    got = {f.location.anchor(): f.suppressed for f in _by_code(report, "BUD002")}
    assert got["Staff!A3"] is not None and got["Staff!A3"].where.endswith("Staff!B3")
    assert got["Staff!A4"] is None
    assert report.counts()["suppressed"] == 1


def test_directive_without_a_code_is_sys005_and_suppresses_nothing(tmp_path):
    p = build_xlsx(tmp_path / "budget.xlsx", TOKEN_BUDGET)
    _with_note(p, "A3", "techcost: ignore -- no code given")
    report = _check(p, select=["BUD002", "SYS"])
    assert all(f.suppressed is None for f in _by_code(report, "BUD002"))
    (bad,) = _by_code(report, "SYS005")
    assert bad.location.anchor() == "Staff!A3" and "names no rule" in bad.message


def test_unknown_code_is_sys005(tmp_path):
    p = tmp_path / "paper.md"
    p.write_text(FACILITY_MD.format(directive="<!-- techcost: ignore ACK999 -->\n"), encoding="utf-8")
    report = _check(p, select=["ACK002", "SYS"])
    assert "ACK999" in _by_code(report, "SYS005")[0].message
    assert _by_code(report, "ACK002")[0].suppressed is None


def test_unused_directive_for_a_rule_not_run_is_not_reported(tmp_path):
    p = tmp_path / "paper.md"
    p.write_text(FACILITY_MD.format(directive="<!-- techcost: ignore ACK004 -->\n"), encoding="utf-8")
    report = _check(p, select=["ACK002", "SYS"])
    assert not _by_code(report, "SYS003")


def test_suppressed_findings_stay_in_json_and_leave_the_exit_code(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from techcost.cli import app

    p = build_xlsx(tmp_path / "budget.xlsx", {"Staff": TOKEN_BUDGET["Staff"][:3]})
    _with_note(p, "A3", "techcost: ignore BUD002 -- shared post")
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(app, ["check", "budget.xlsx", "--select", "BUD002", "--fail-on", "warning", "-f", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    (f,) = data["findings"]
    assert f["suppressed"] == {"by": "inline", "reason": "shared post", "where": "budget.xlsx Staff!A3"}
    assert data["summary"]["suppressed"] == 1 and data["summary"]["warning"] == 0


def test_overrides_end_to_end(tmp_path, monkeypatch):
    (tmp_path / "legacy").mkdir()
    build_xlsx(tmp_path / "legacy" / "old.xlsx", TOKEN_BUDGET)
    build_xlsx(tmp_path / "new.xlsx", TOKEN_BUDGET)
    (tmp_path / "techcost.toml").write_text(
        'fail-on = "warning"\n[[overrides]]\npaths = ["legacy/**"]\nignore = ["BUD002"]\n'
        '[[overrides]]\npaths = ["new.xlsx"]\nseverity = {BUD002 = "error"}\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    cfg = parse_config({"fail-on": "warning", "overrides": [{"paths": ["legacy/**"], "ignore": ["BUD002"]}, {"paths": ["new.xlsx"], "severity": {"BUD002": "error"}}]}, tmp_path / "techcost.toml")
    report = api.check([tmp_path], config=cfg, select=["BUD002"])
    found = {(Path(f.location.path).name, f.severity.value) for f in report.findings if f.code == "BUD002"}
    assert found == {("new.xlsx", "error")}
    from typer.testing import CliRunner

    from techcost.cli import app

    r = CliRunner().invoke(app, ["check", ".", "--select", "BUD002", "-f", "json"])
    data = json.loads(r.stdout)
    assert {Path(f["location"]["path"]).parent.name for f in data["findings"]} == {""}
    assert r.exit_code == 1


def test_threaded_comments_and_their_legacy_copy_count_once(tmp_path):
    import zipfile

    from techcost.parsers.cell_notes import read_cell_notes

    p = build_xlsx(tmp_path / "budget.xlsx", TOKEN_BUDGET)
    with zipfile.ZipFile(p) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["xl/worksheets/_rels/sheet1.xml.rels"] = (
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/>'
        b'<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="/xl/threadedComments/threadedComment1.xml"/>'
        b"</Relationships>"
    )
    parts["xl/comments1.xml"] = (
        b'<x:comments xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:commentList>'
        b'<x:comment ref="C3" authorId="0"><x:text><x:t>[Threaded comment]\n\nComment:\n    techcost: ignore BUD002 -- shared &amp; costed elsewhere</x:t></x:text></x:comment>'
        b"</x:commentList></x:comments>"
    )
    parts["xl/threadedComments/threadedComment1.xml"] = (
        b'<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">'
        b'<threadedComment ref="C3" id="{1}"><text>techcost: ignore BUD002 -- shared &amp; costed elsewhere</text></threadedComment>'
        b"</ThreadedComments>"
    )
    with zipfile.ZipFile(p, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    notes = read_cell_notes(p, "xlsx", "budget.xlsx")
    assert {(n.location.sheet, n.location.cell) for n in notes} == {("Staff", "C3")} and len(notes) == 2
    report = _check(p, select=["BUD002", "SYS"])
    got = {f.location.anchor(): f.suppressed for f in _by_code(report, "BUD002")}
    assert got["Staff!A3"] is not None and got["Staff!A3"].reason == "shared & costed elsewhere"
    assert not _by_code(report, "SYS003")


def test_unreadable_notes_are_no_notes(tmp_path):
    from techcost.parsers.cell_notes import read_cell_notes

    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really")
    assert read_cell_notes(bad, "xlsx", "bad.xlsx") == []
    assert read_cell_notes(tmp_path / "missing.csv", "csv", "x") == []
