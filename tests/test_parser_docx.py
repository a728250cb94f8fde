"""The Word reader: headings by style and by text, tables, footnotes,
comments, the author block; bad input; the corpus paper."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techcost.cli import app
from techcost.errors import EncryptedInput, InputFileError, NotUnderstood, UnsupportedInput
from techcost.model import Manuscript
from techcost.parsers import docx as docx_parser
from tests import papergen as g

ROOT = Path(__file__).resolve().parents[1]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def parse(path: Path) -> Manuscript:
    return docx_parser.parse(path, display_path=path.name, lexicons={})


def _superscript(paragraph, text: str) -> None:
    run = paragraph.add_run(text)
    run.font.superscript = True


def _add_footnote(document, paragraph, text: str, note_id: int = 1) -> None:
    """A footnotes part (python-docx has no API for notes) and a reference
    to it at the end of ``paragraph``."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    xml = (
        f'<w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="{note_id}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f"<w:r><w:t xml:space=\"preserve\"> {text}</w:t></w:r></w:p></w:footnote>"
        "</w:footnotes>"
    ).encode()
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml,
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{W_NS}" w:id="{note_id}"/>'))


def build_paper(path: Path, *, ack: str = "heading") -> Path:
    """A small paper: title, authors with superscript markers, affiliations,
    e-mail and ORCID, styled and hand-made headings, a table, a comment and
    an acknowledgement under a bold heading, in a footnote or untitled."""
    import docx

    d = docx.Document()
    d.add_paragraph("Technicians in the loop: a test manuscript", style="Title")
    p = d.add_paragraph()
    p.add_run("Alice B. Smith")
    _superscript(p, "1")
    p.add_run(", Carlos D. Jones")
    _superscript(p, "2,*")
    p.add_run(" and Erin F. Brown")
    _superscript(p, "1")
    for mark, aff in (("1", "Department of Biology, Example University, Exampletown, UK"), ("2", "Imaging Core Facility, Example Institute, Sampleville, USA")):
        q = d.add_paragraph()
        _superscript(q, mark)
        q.add_run(aff)
    d.add_paragraph("*Correspondence: carlos.jones@example.org")
    d.add_paragraph("ORCID: Alice B. Smith https://orcid.org/0000-0002-1825-0097")
    d.add_heading("Abstract", level=1)
    d.add_paragraph("Shared instruments are run by technical staff whose work is rarely visible.")
    d.add_heading("Introduction", level=1)
    intro = d.add_paragraph("Core facilities concentrate expensive instruments and the expertise needed to run them.")
    d.add_comment(intro.runs, text="techcost: ignore MAN001 (draft)", author="Reviewer")
    d.add_heading("Methods", level=1)
    d.add_heading("Imaging", level=2)
    methods = d.add_paragraph("Images were acquired on a confocal microscope run by the facility.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Role"
    table.cell(0, 1).text = "Effort"
    table.cell(1, 0).text = "Technician"
    table.cell(1, 1).text = "0.5 FTE"
    d.add_heading("Results", level=1)
    for _ in range(6):
        d.add_paragraph("The facility recorded four hundred hours of instrument time for this project.")
    if ack == "heading":
        h = d.add_paragraph()
        h.add_run("Acknowledgements").bold = True
        d.add_paragraph("We thank Dana Lee of the Imaging Core Facility for technical assistance.")
    elif ack == "footnote":
        _add_footnote(d, methods, "We thank Dana Lee of the Imaging Core Facility for technical assistance.")
    elif ack == "untitled":
        d.add_paragraph("We are grateful to Dana Lee of the Imaging Core Facility for technical assistance.")
    h = d.add_paragraph()
    h.add_run("Author contributions").bold = True
    d.add_paragraph("A.B.S. and E.F.B. designed the study. C.D.J. performed the imaging and analysed the data.")
    d.add_paragraph("Funding: This work was funded by the Example Trust.")
    d.add_heading("References", level=1)
    d.add_paragraph("1. Example A. Counting the cost of core facilities. 2020.")
    d.save(path)
    return path


@pytest.fixture()
def paper(tmp_path) -> Path:
    return build_paper(tmp_path / "paper.docx")


def all_text(m: Manuscript) -> str:
    return "\n".join(b.text for s in m.sections for b in s.blocks)


def test_headings_by_style_and_by_text(paper):
    m = parse(paper)
    heads = {s.heading: s for s in m.sections if s.heading}
    assert heads["Introduction"].level == 1 and heads["Imaging"].level == 2
    assert heads["Methods"].kind == "methods"
    assert heads["Acknowledgements"].kind == "acknowledgements"
    assert heads["Author contributions"].kind == "author_contributions"
    assert heads["Funding"].kind == "funding" and heads["Funding"].text == "This work was funded by the Example Trust."
    assert m.acknowledgements_present and m.contribution_statement_present
    assert m.title == "Technicians in the loop: a test manuscript"


def test_locations_use_python_docx_paragraph_numbers(paper):
    import docx

    paragraphs = docx.Document(str(paper)).paragraphs
    m = parse(paper)
    for s in m.sections:
        for b in s.blocks:
            if b.kind == "paragraph":
                assert b.location.paragraph is not None
                assert b.text[:20] in paragraphs[b.location.paragraph].text
    ack = m.sections_of("acknowledgements")[0]
    assert ack.location.section == "Acknowledgements"
    assert paragraphs[ack.location.paragraph].text == "Acknowledgements"


def test_table_rows(paper):
    m = parse(paper)
    rows = [b for s in m.sections for b in s.blocks if b.kind == "table"]
    assert [b.text for b in rows] == ["Role | Effort", "Technician | 0.5 FTE"]
    assert [b.location.row for b in rows] == [1, 2]
    assert all(b.location.section == "Imaging" for b in rows)


def test_comment_is_kept_out_of_the_text(paper):
    m = parse(paper)
    assert "techcost: ignore" not in all_text(m)
    assert len(m.comments) == 1
    c = m.comments[0]
    assert c.text == "techcost: ignore MAN001 (draft)"
    import docx

    paragraphs = docx.Document(str(paper)).paragraphs
    assert paragraphs[c.location.paragraph].text.startswith("Core facilities")
    assert c.location.section == "Introduction"


def test_author_block(paper):
    m = parse(paper)
    assert [a.name for a in m.authors] == ["Alice B. Smith", "Carlos D. Jones", "Erin F. Brown"]
    smith, jones, brown = m.authors
    assert smith.affiliations == ["Department of Biology, Example University, Exampletown, UK"]
    assert jones.affiliations == ["Imaging Core Facility, Example Institute, Sampleville, USA"]
    assert jones.email == "carlos.jones@example.org" and jones.corresponding
    assert smith.orcid == "0000-0002-1825-0097"
    assert smith.location is not None and smith.location.paragraph == 1
    assert "formal-analysis" in jones.roles and "methodology" in brown.roles
    # the author block is not mistaken for a heading or body text of a section
    assert not any(s.heading and "Smith" in s.heading for s in m.sections)


def test_acknowledgement_in_a_footnote(tmp_path):
    m = parse(build_paper(tmp_path / "fn.docx", ack="footnote"))
    acks = m.sections_of("acknowledgements")
    assert len(acks) == 1 and acks[0].heading is None
    block = acks[0].blocks[0]
    assert block.kind == "footnote" and block.text.startswith("We thank Dana Lee")
    import docx

    paragraphs = docx.Document(str(tmp_path / "fn.docx")).paragraphs
    assert paragraphs[block.location.paragraph].text.startswith("Images were acquired")


def test_untitled_acknowledgement(tmp_path):
    m = parse(build_paper(tmp_path / "u.docx", ack="untitled"))
    acks = m.sections_of("acknowledgements")
    assert len(acks) == 1 and acks[0].heading is None and acks[0].text.startswith("We are grateful to Dana Lee")


def test_no_acknowledgement(tmp_path):
    m = parse(build_paper(tmp_path / "none.docx", ack="none"))
    assert not m.acknowledgements_present


def test_style_names_are_looked_up_once(paper, monkeypatch):
    from docx.text.paragraph import Paragraph

    def boom(self):  # pragma: no cover - must not run
        raise AssertionError("paragraph.style looked up per paragraph")

    monkeypatch.setattr(Paragraph, "style", property(boom))
    parse(paper)


def test_input_is_not_modified(paper):
    before = hashlib.sha256(paper.read_bytes()).hexdigest()
    parse(paper)
    assert hashlib.sha256(paper.read_bytes()).hexdigest() == before


# ------------------------------------------------------------ bad input


def test_not_a_zip(tmp_path):
    p = tmp_path / "notes.docx"
    p.write_text("just some text, not a Word file")
    with pytest.raises(InputFileError):
        parse(p)


def test_encrypted_word_file(tmp_path):
    p = tmp_path / "locked.docx"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 500)
    with pytest.raises(EncryptedInput):
        parse(p)


def test_legacy_doc_is_unsupported(tmp_path):
    p = tmp_path / "old.docx"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    with pytest.raises(UnsupportedInput):
        parse(p)


def test_damaged_document_xml(tmp_path, paper):
    p = tmp_path / "broken.docx"
    with zipfile.ZipFile(paper) as src, zipfile.ZipFile(p, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(info, data)
    with pytest.raises(InputFileError) as err:
        parse(p)
    assert "\n" not in str(err.value)


def test_empty_document(tmp_path):
    import docx

    p = tmp_path / "empty.docx"
    docx.Document().save(p)
    with pytest.raises(NotUnderstood):
        parse(p)


def test_check_reports_bad_docx_and_goes_on(chdir_tmp):
    (chdir_tmp / "notes.docx").write_text("not a zip at all")
    build_paper(chdir_tmp / "good.docx")
    r = CliRunner().invoke(app, ["check", "notes.docx", "good.docx", "--format", "json"])
    assert r.exit_code == 2, r.output
    data = json.loads(r.stdout)
    status = {Path(i["path"]).name: i["status"] for i in data["inputs"]}
    assert status == {"notes.docx": "error", "good.docx": "ok"}
    err_lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(err_lines) == 1 and "notes.docx" in err_lines[0]


# ------------------------------------------------------------ the corpus paper

RIBOSE = "manuscripts/docx/ribose_manuscript_revised.docx"


@pytest.mark.corpus
def test_corpus_ribose(corpus):
    from techcost.evaluation.manuscripts import match_names

    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    gold = next(d for d in labels["documents"] if d["local_path"] == RIBOSE)
    m = docx_parser.parse(corpus / RIBOSE, display_path=RIBOSE, lexicons={})
    names = [a.name for a in m.authors]
    assert match_names(names, gold["authors"]) == len(gold["authors"]) == len(names)
    assert m.acknowledgements_present and not m.contribution_statement_present
    ack = m.sections_of("acknowledgements")[0]
    assert ack.heading == "Acknowledgements" and "Håvard Nygaard" in ack.text
    assert all(a.affiliations for a in m.authors)
    assert m.authors[0].email == "kristian.lian@inn.no"
    assert m.sections_of("methods")[0].location.paragraph == 24


@pytest.mark.corpus
def test_corpus_eval_floors(corpus):
    from techcost.evaluation.manuscripts import evaluate

    summary = evaluate(corpus / "labels.json", formats=("docx",))["summary"]["docx"]
    assert summary["errors"] == 0
    assert summary["authors"]["f1"] >= 0.9
    assert summary["acknowledgements_present"]["accuracy"] >= 0.97
    assert summary["contribution_statement_present"]["accuracy"] >= 0.97


@pytest.mark.parametrize("heading", [None, "Abstract"])
@pytest.mark.parametrize("date", ["03 November, 2021", "December 04, 2020"])
def test_places_printed_after_the_abstract(tmp_path, date, heading):
    """pandoc's article templates print the marked names, a date and the
    abstract, and only then the marked places, one a line: each author gets
    their places, and a numbered heading after them is no place."""
    from docx import Document

    from techcost import api
    from techcost.analysis import analyse

    d = Document()
    d.add_paragraph("Stickleback: detecting behavioural events in bio-logging data")
    p = d.add_paragraph()
    for name, mark, sep in (("Kim Park", "1", ", "), ("Jo A. Bloggs", "2", ", and "), ("Ana Li", "1", "")):
        p.add_run(name)
        _superscript(p, mark)
        p.add_run(sep)
    d.add_paragraph(date)
    if heading:
        d.add_paragraph(heading)
    d.add_paragraph("Animal-borne tags record behaviour at fine scales; we present a pipeline that finds short events in such records.")
    q = d.add_paragraph()
    _superscript(q, "1")
    q.add_run(" Department of Biology, Example University\n")
    _superscript(q, "2")
    q.add_run(" Genomics Core Facility, Example Institute")
    d.add_paragraph("1 Introduction")
    d.add_paragraph("Bio-loggers record the movements of animals in the wild.")
    path = tmp_path / "paper.docx"
    m = _saved(d, path)
    assert {a.name: a.affiliations for a in m.authors} == {
        "Kim Park": ["Department of Biology, Example University"],
        "Jo A. Bloggs": ["Genomics Core Facility, Example Institute"],
        "Ana Li": ["Department of Biology, Example University"],
    }
    _, rs = api.load()
    assert [a.name for a in analyse(m, rs.lexicons).authors if a.technical] == ["Jo A. Bloggs"]


@pytest.mark.parametrize("how", ["style", "bookmark link"])
def test_a_table_of_contents_is_not_the_sections_it_lists(tmp_path, how):
    """"ACKNOWLEDGEMENTS ... 7" in a report's table of contents is a line
    of the contents: the acknowledgement is the section itself, and the
    contents' lines after that entry are not part of it."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = Document()
    d.add_paragraph("River Water Quality Monitoring Plan")
    d.add_paragraph("Contents")
    toc = d.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH) if how == "style" else None
    for k, (entry, page) in enumerate((("ACKNOWLEDGEMENTS", 7), ("B3. SAMPLE HANDLING AND CUSTODY REQUIREMENTS", 31), ("Agency Baseline and Metals Monitoring", 31))):
        p = d.add_paragraph(style=toc)
        if how == "style":
            p.add_run(f"{entry}\t{page}")
        else:
            link = OxmlElement("w:hyperlink")
            link.set(qn("w:anchor"), f"_Toc9607394{k}")
            for text in (entry, "\t", str(page)):
                r = OxmlElement("w:r")
                t = OxmlElement("w:t")
                t.text = text
                r.append(t)
                link.append(r)
            p._p.append(link)
    d.add_heading("Introduction", level=1)
    d.add_paragraph("This plan sets out how the river's water is sampled.")
    d.add_heading("Acknowledgements", level=1)
    d.add_paragraph("We thank Kim Park for technical assistance with the metals analyses.")
    path = tmp_path / "plan.docx"
    d.save(str(path))
    acks = parse(path).sections_of("acknowledgements")
    assert [(s.heading, s.text) for s in acks] == [("Acknowledgements", "We thank Kim Park for technical assistance with the metals analyses.")]


@pytest.mark.parametrize(("places", "want"), g.FORM_PLACES)
@pytest.mark.parametrize("title_first", [True, False])
def test_labelled_front_matter_of_a_submission_form(tmp_path, places, want, title_first):
    """A conference abstract written on a form gives its front matter as
    labelled lines ("Authors: A1, B2", "Affiliations: 1) X, 2) Y",
    "Title (plain text only): Z"), the title perhaps last: the labels are
    not the title, and each author gets the places their numbers give."""
    from docx import Document

    d = Document()
    d.add_paragraph("")
    for line in g.form_lines(places, title_first=title_first):
        d.add_paragraph(line)
    d.add_paragraph("Abstract: We describe how runs are reduced as soon as they end.")
    path = tmp_path / "form.docx"
    m = _saved(d, path)
    assert m.title == g.FORM_TITLE
    assert [(a.name, a.affiliations) for a in m.authors] == list(zip(g.FORM_NAMES, want))


def test_a_manuscripts_labelled_line_of_names_and_its_numbered_places(tmp_path):
    """The same manuscript front matter as the PDF and Markdown readers'
    tests: "Authors: A (1) MPhil, B (2) Associate Professor, ..." under the
    title, then "1. Place" paragraphs; the names without their degrees and
    posts, each with the places their numbers give."""
    from docx import Document

    from techcost import api
    from techcost.analysis import analyse

    d = Document()
    d.add_paragraph(g.MANUSCRIPT_TITLE, style="Title")
    d.add_paragraph(g.MANUSCRIPT_AUTHORS)
    for place in g.MANUSCRIPT_PLACES:
        d.add_paragraph(place)
    d.add_heading("Introduction", 1)
    d.add_paragraph("Samples were counted twice.")
    path = tmp_path / "manuscript.docx"
    d.save(str(path))
    rs = api.load()[1]
    m = analyse(parse(path), rs.lexicons)
    assert g.manuscript_front(m) == (g.MANUSCRIPT_TITLE, g.MANUSCRIPT_WANT, g.MANUSCRIPT_TECHNICAL)


@pytest.mark.parametrize("opening", g.RUNNING_OPENINGS)
def test_the_text_under_the_names_is_not_their_place(tmp_path, opening):
    """The same openings as the PDF reader's test, under a line of names in
    Word: nobody's affiliation, and the facility they mention makes no
    author technical staff."""
    from docx import Document

    from techcost import api
    from techcost.analysis import analyse

    d = Document()
    d.add_paragraph("Counting the samples twice at three sites", style="Title")
    d.add_paragraph("Kim Park, Jo Bloggs, Ana Li")
    d.add_paragraph(opening)
    d.add_paragraph("The samples were counted twice, and the counts were compared between the sites.")
    path = tmp_path / "letter.docx"
    d.save(str(path))
    m = analyse(parse(path), api.load()[1].lexicons)
    assert [(a.name, a.affiliations, a.technical) for a in m.authors] == [(n, [], False) for n in ("Kim Park", "Jo Bloggs", "Ana Li")]


def test_places_marked_with_roman_numerals(tmp_path):
    """Raised Roman numerals mark the places ("Hajjar^I^, Schout^II^"), as
    some journals print them: each name gets its own place, not all three."""
    from docx import Document

    places = {"I": "Department of Anesthesiology, Heart Institute, São Paulo, Brazil", "II": "Department of Preventive Medicine, São Paulo, Brazil",
              "III": "Proteomics Core Facility, Faculdade de Medicina, São Paulo, Brazil"}  # fmt: skip
    d = Document()
    d.add_heading("Guidelines on the management of a novel influenza virus", 0)
    p = d.add_paragraph()
    for name, mark, sep in [("Ludhmila Hajjar", "I", ", "), ("Denise Schout", "II", " and "), ("Marcos Boulos", "III", "")]:
        p.add_run(name)
        _superscript(p, mark)
        p.add_run(sep)
    for mark, place in places.items():
        q = d.add_paragraph()
        _superscript(q, mark)
        q.add_run(" " + place)
    d.add_heading("Introduction", 1)
    d.add_paragraph("Text.")
    d.save(tmp_path / "roman.docx")
    m = parse(tmp_path / "roman.docx")
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Ludhmila Hajjar", [places["I"]]), ("Denise Schout", [places["II"]]), ("Marcos Boulos", [places["III"]])
    ]  # fmt: skip


def test_a_role_of_the_contributions_that_reads_like_a_heading(tmp_path):
    """"Funding acquisition: Jo Bloggs." with its label in bold is a role
    and who held it, not a funding section cutting the statement short."""
    from docx import Document

    d = Document()
    d.add_heading("Counting the samples twice", 0)
    d.add_paragraph("Kim Park, Jo Bloggs and Ana Li")
    d.add_heading("Results", 1)
    d.add_paragraph("Soil matters.")
    d.add_heading("Author Contributions", 1)
    for role, who in [("Conceptualization", "Kim Park"), ("Funding acquisition", "Jo Bloggs"), ("Methodology", "Kim Park, Jo Bloggs"), ("Software", "Ana Li")]:
        p = d.add_paragraph()
        p.add_run(role + ":").bold = True
        p.add_run(" " + who + ".")
    d.save(tmp_path / "roles.docx")
    m = parse(tmp_path / "roles.docx")
    assert {a.name: sorted(a.roles) for a in m.authors} == {
        "Kim Park": ["conceptualization", "methodology"],
        "Jo Bloggs": ["funding-acquisition", "methodology"],
        "Ana Li": ["software"],
    }


def test_names_written_family_first(tmp_path):
    """A Word manuscript may list its authors as a reference list does,
    family name first and initials after ("Coleman H1*, Snell LB2, Lee
    MJ1"): the same names, initials first, as the PDF reader gives them,
    each with the places their marks give."""
    import docx

    d = docx.Document()
    d.add_paragraph("Pneumonia in people living with HIV: a diagnostic dilemma", style="Title")
    p = d.add_paragraph()
    for k, (name, mark) in enumerate((("Coleman H", "1*"), ("Snell LB", "2"), ("Lee MJ", "1"))):
        p.add_run(("" if k == 0 else ", ") + name)
        _superscript(p, mark)
    for mark, aff in (("1", "Department of HIV, Example NHS Foundation Trust, London, UK"), ("2", "Centre for Clinical Infection Research, Example College London, London, UK")):
        q = d.add_paragraph()
        _superscript(q, mark)
        q.add_run(aff)
    d.add_heading("Introduction", 1)
    d.add_paragraph("Pneumocystis pneumonia and COVID-19 look alike on a chest radiograph.")
    path = tmp_path / "letter.docx"
    d.save(path)
    hiv = ["Department of HIV, Example NHS Foundation Trust, London, UK"]
    assert {a.name: a.affiliations for a in parse(path).authors} == {
        "H. Coleman": hiv,
        "L.B. Snell": ["Centre for Clinical Infection Research, Example College London, London, UK"],
        "M.J. Lee": hiv,
    }


_LETTER_BODY = "The observation was made in one hospital over two weeks and is reported here as it happened, with what followed. " * 3
_SIGNED = ["Kim Park, MBBS", "Jo Bloggs, MBBS, MPH, MMed (Family Med)", "Sam Lee, MB BCh BAO"]


def _letter_docx(path: Path, before: list[str], after: list[str]) -> Path:
    from docx import Document

    d = Document()
    d.add_heading("An Example Observation in a Ward", 0)
    for t in before + [_LETTER_BODY, _LETTER_BODY] + after:
        d.add_paragraph(t)
    d.save(path)
    return path


def test_a_word_letters_authors_signed_with_their_degrees_at_its_end(tmp_path):
    """As in PDF: a letter names no one under its title, and its authors sign
    at the end one a paragraph with their degrees, over the place they share."""
    m = docx_parser.parse(_letter_docx(tmp_path / "letter.docx", [], _SIGNED + ["Example General Hospital", "Exampletown"]), display_path="letter.docx")
    assert {a.name: a.affiliations for a in m.authors} == {n: ["Example General Hospital, Exampletown"] for n in ("Kim Park", "Jo Bloggs", "Sam Lee")}


def test_names_under_the_title_are_still_the_authors_of_a_signed_letter(tmp_path):
    """Guard: where names stand under the title, they are the authors, whatever is signed below."""
    m = docx_parser.parse(_letter_docx(tmp_path / "named.docx", ["Ana Li and Tom Becker"], _SIGNED), display_path="named.docx")
    assert [a.name for a in m.authors] == ["Ana Li", "Tom Becker"]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Author: Alex Maybaum  Date: May 2026  Classification: Computational Biology", ["Alex Maybaum"]),
        ("Author: Alex Maybaum, Status: DRAFT PRE-PRINT", ["Alex Maybaum"]),
        ("Authors: Alex Maybaum and Jo Bloggs  Date: 4 May 2026", ["Alex Maybaum", "Jo Bloggs"]),
    ],
)
def test_other_labels_after_the_labelled_names_end_them(tmp_path, line, want):
    """As in PDF: a report's line of labels, "Author: A  Date: May 2026
    Classification: ...", gives the names up to the next label."""
    from docx import Document

    d = Document()
    d.add_heading("Counting samples twice at three sites", 0)
    d.add_paragraph(line)
    d.add_heading("Abstract", 1)
    d.add_paragraph("The measurements were made over two seasons.")
    d.save(tmp_path / "labels.docx")
    m = docx_parser.parse(tmp_path / "labels.docx", display_path="labels.docx")
    assert [a.name for a in m.authors] == want


def _with_body(d, tmp_path, back: tuple[str, ...] = (), name: str = "m.docx"):
    """A built Word document's front given a body (an Introduction and its
    text, then ``back``), saved and read."""
    d.add_heading("Introduction", level=1)
    d.add_paragraph("Seedlings were grown in shade and in sun for two seasons at three sites.")
    for line in back:
        d.add_paragraph(line)
    p = tmp_path / name
    d.save(p)
    return docx_parser.parse(p, display_path=name)


def _manuscript_with(tmp_path, back: list[str], name: str = "m.docx"):
    import docx

    d = docx.Document()
    d.add_paragraph("Effects of shade on seedling growth")
    d.add_paragraph("Ann Lee, Bo Kim")
    return _with_body(d, tmp_path, tuple(back), name)


@pytest.mark.parametrize("role", ["Funding Acquisition", "Funding acquisition", "Data curation", "Project administration"])
def test_a_role_line_of_a_contribution_list_is_no_statement_of_its_own(tmp_path, role):
    """"Funding acquisition: A, B" in a CRediT list is a role, not a funding
    statement: the list stays whole and gives each author the role."""
    m = _manuscript_with(tmp_path, ["AUTHOR CONTRIBUTIONS", "Conceptualization: Ann Lee, Bo Kim", f"{role}: Ann Lee, Bo Kim", "Writing - original draft: Ann Lee", "REFERENCES", "Smith, J. (2001). Shade. Plant Journal 1, 1-10."])
    kinds = [s.kind for s in m.sections]
    assert "funding" not in kinds and kinds.count("author_contributions") == 1
    # (a funding statement under its own label is still one)
    m = _manuscript_with(tmp_path, ["Funding: This work was funded by the Example Trust (grant 12)."], "f.docx")
    assert "funding" in [s.kind for s in m.sections]


@pytest.mark.parametrize("heading", ["Ackowledgements", "Acknowlegdements", "Aknowledgments", "Acknowledgemnets", "ACKNOWLEDGMENTS"])
def test_an_acknowledgements_heading_with_a_slip_of_typing(tmp_path, heading):
    m = _manuscript_with(tmp_path, [heading, "We thank the Example Computing Centre for computing time and technical support."])
    assert [s.kind for s in m.sections if s.heading == heading] == ["acknowledgements"]


@pytest.mark.parametrize("heading", ["Achievements", "Announcements", "Accomplishments"])
def test_a_word_near_acknowledgements_is_not_one(tmp_path, heading):
    m = _manuscript_with(tmp_path, [heading, "The project met its aims in the first year."])
    assert not [s for s in m.sections if s.kind == "acknowledgements"]


@pytest.mark.parametrize("before", [[], ["2 March 2024", ""], ["RH: Lee and Kim 2024 - Shade and seedlings"], ["March 2, 2024", "LRH: Lee and Kim"]])
@pytest.mark.parametrize(
    "lines,want",
    [
        (
            ["Ann Lee, University of Somewhere, 12 College Road, Springfield, CO 81001, USA", "Bo Kim, Institute of Plants, 3 Campus Dr, Shelbyville, OR 97601, USA"],
            [("Ann Lee", ["University of Somewhere, 12 College Road, Springfield, CO 81001, USA"]), ("Bo Kim", ["Institute of Plants, 3 Campus Dr, Shelbyville, OR 97601, USA"])],
        ),
        (["Ann Lee, Example-Pueblo, 2200 Example Blvd, Pueblo, CO 81001, USA"], [("Ann Lee", ["Example-Pueblo, 2200 Example Blvd, Pueblo, CO 81001, USA"])]),
    ],
    ids=["two", "address"],
)
def test_one_author_a_paragraph_with_their_place_after_a_comma(tmp_path, before, lines, want):
    """A manuscript's title page with the draft's date or running head over
    the title, then one author a paragraph, each followed by where they work."""
    import docx

    d = docx.Document()
    for t in before:
        d.add_paragraph(t)
    d.add_paragraph("Effects of shade on seedling growth")
    for t in lines:
        d.add_paragraph(t)
    d.add_paragraph("Correspondence: Ann Lee, University of Somewhere. Email: ann@example.org")
    m = _with_body(d, tmp_path)
    assert m.title == "Effects of shade on seedling growth"
    assert [(a.name, a.affiliations) for a in m.authors] == want


@pytest.mark.parametrize("short", ["Short title", "Running title", "Running head"])
def test_a_title_page_of_headed_fields(tmp_path, short):
    """"Title" / "Short title" / "Author information", each a heading over
    its value: the field names are neither the title nor a name."""
    import docx

    d = docx.Document()
    d.add_heading("Title", level=1)
    d.add_paragraph("Effects of shade on seedling growth")
    d.add_heading(short, level=1)
    d.add_paragraph("Shade and seedlings")
    d.add_heading("Author information", level=1)
    p = d.add_paragraph("Ann Lee")
    _superscript(p, "a")
    p.add_run(", Bo Kim")
    _superscript(p, "a")
    p = d.add_paragraph()
    _superscript(p, "a")
    p.add_run(" Department of Botany, University of Somewhere, UK")
    m = _with_body(d, tmp_path)
    assert m.title == "Effects of shade on seedling growth"
    assert [(a.name, a.affiliations) for a in m.authors] == [("Ann Lee", ["Department of Botany, University of Somewhere, UK"]), ("Bo Kim", ["Department of Botany, University of Somewhere, UK"])]


def _saved(d, path: Path) -> Manuscript:
    """A document built here, saved and read back."""
    d.save(str(path))
    return parse(path)


def _front_docx(path: Path, front: list[str], title: str = "A reconfigurable accelerator for graph analytics") -> Manuscript:
    """A Word paper whose title is followed by the given paragraphs (a "\\n"
    in one is a line break inside it), then an abstract."""
    import docx

    d = docx.Document()
    d.add_paragraph(title)
    for text in front:
        p = d.add_paragraph()
        for k, line in enumerate(text.split("\n")):
            run = p.add_run(line)
            if k < len(text.split("\n")) - 1:
                run.add_break()
    d.add_paragraph("Abstract")
    d.add_paragraph("Graph analytics is bound by memory and costly in energy; we build an accelerator for it.")
    d.save(str(path))
    return parse(path)


def _marked_names(p, names: list[tuple[str, str, str]]) -> None:
    """Names, each with its raised mark and what follows it ("Kim Park¹,²,")."""
    for name, mark, tail in names:
        p.add_run(name)
        _superscript(p, mark)
        p.add_run(tail)


def _keyed_place_paragraphs(d, places: list[tuple[str, str]]) -> None:
    """Places one a paragraph, each after its raised mark ("¹ Example University")."""
    for mark, place in places:
        q = d.add_paragraph()
        _superscript(q, mark)
        q.add_run(" " + place)


def _marked_places(p, places: list[str], sep: str) -> None:
    """Places run together in one paragraph, each after its raised number."""
    for k, place in enumerate(places, 1):
        _superscript(p, str(k))
        p.add_run(place + (sep if k < len(places) else ""))


_BLOCKS = [
    ("Kim Park", "Assistant Professor", "Computer Science Department", "Example Technological University, Exampleton, India", "kim@example.ac.in"),
    ("Jo Bloggs", "Research Software Engineer", "Research Computing Services", "Example Technological University, Exampleton, India", "jo@example.ac.in"),
    ("Ana Li", "Student", "Computer Science Department", "Example Technological University, Exampleton, India", "ana@example.com"),
]


@pytest.mark.parametrize("shape", ["paragraphs", "line-breaks"])
def test_one_block_an_author_as_ieee_sets_them(tmp_path, shape):
    """Each author a block: name, post, department, institution, e-mail;
    as paragraphs of their own, or as lines of one paragraph."""
    front = [x for b in _BLOCKS for x in b] if shape == "paragraphs" else ["\n".join(b) for b in _BLOCKS]
    m = _front_docx(tmp_path / "ieee.docx", front)
    assert [(a.name, a.affiliations, a.email, a.job_titles) for a in m.authors] == [
        (n, [f"{dept}, {inst}"], mail, [post]) for n, post, dept, inst, mail in _BLOCKS
    ]
    from techcost import api
    from techcost.analysis import analyse

    assert [a.name for a in analyse(m, api.load()[1].lexicons).authors if a.technical] == ["Jo Bloggs"]


def test_a_title_pages_headed_fields_with_marks_in_brackets(tmp_path):
    """A title page as headed fields ("Title", "Abbreviated Title",
    "Authors", "Affiliations"): the short title is no author; names with
    degrees and marks in brackets; the places numbered "1 - X", one a line
    of one paragraph."""
    import docx

    d = docx.Document()
    for head, text in [
        ("Title", "Respiratory microbiome disruption and risk of infection"),
        ("Abbreviated Title", "MDI Stability and Predictive Utility"),
        ("Authors", "Kim Park, MD, PharmD (1); Jo Bloggs (2); Ana Li, PhD (1,2)"),
        ("Affiliations", "1 - Division of Infectious Diseases, Department of Medicine\n2 - Genomics Core Facility, Example Institute"),
    ]:
        d.add_heading(head, 2)
        p = d.add_paragraph()
        lines = text.split("\n")
        for k, line in enumerate(lines):
            run = p.add_run(line)
            if k < len(lines) - 1:
                run.add_break()
    d.add_heading("Manuscript", 2)
    d.add_paragraph("Mechanical ventilation changes the microbiome of the lung over weeks.")
    path = tmp_path / "fields.docx"
    m = _saved(d, path)
    med, core = "Division of Infectious Diseases, Department of Medicine", "Genomics Core Facility, Example Institute"
    assert [(a.name, a.affiliations) for a in m.authors] == [("Kim Park", [med]), ("Jo Bloggs", [core]), ("Ana Li", [med, core])]


@pytest.mark.parametrize("sep", ["; ", ".  "])
def test_marked_places_run_together_in_one_paragraph(tmp_path, sep):
    """The places typed one after another in a paragraph, each after its
    raised mark, parted by a semicolon or the full stop that ends the one
    before; a note on the corresponding author among them is no place."""
    import docx

    d = docx.Document()
    d.add_paragraph("Exposure during gestation lowers energy expenditure")
    _marked_names(d.add_paragraph(), [("Kim Park", "1,2", ", "), ("Jo Bloggs", "2", " and "), ("Ana Li", "1*", "")])
    places = ["Department of Physiology, Example University, Exampleton, 38163", "Genomics Core Facility, Example Institute, Exampleton, 38103"]
    _marked_places(d.add_paragraph(), places, sep)
    r = d.add_paragraph()
    _superscript(r, "*")
    r.add_run("Author for correspondence: Ana Li, ana@example.edu")
    d.add_paragraph("Abstract")
    d.add_paragraph("Energy expenditure was lower in adult mice exposed before birth.")
    path = tmp_path / "run-together.docx"
    m = _saved(d, path)
    assert [(a.name, a.affiliations) for a in m.authors] == [("Kim Park", places), ("Jo Bloggs", places[1:]), ("Ana Li", places[:1])]


def test_a_marked_place_with_its_authors_address(tmp_path):
    m = _front_docx(tmp_path / "mailed.docx", ["Kim Park1", "1 Example Center for Ecostudies, PO Box 420, Exampleton, VT 05055, USA; email: kim@example.org"])
    assert [(a.name, a.affiliations, a.email) for a in m.authors] == [("Kim Park", ["Example Center for Ecostudies, PO Box 420, Exampleton, VT 05055, USA"], "kim@example.org")]


def test_labelled_names_then_an_affiliations_label_over_the_marked_places(tmp_path):
    """"Title:", "Authors:" with raised marks, another labelled line, then
    "Affiliations:" alone over the marked places run together."""
    import docx

    d = docx.Document()
    d.add_paragraph("Title: Exposure during gestation lowers energy expenditure in adult mice")
    _marked_names(d.add_paragraph("Authors: "), [("Kim Park", "1,2", ", "), ("Jo Bloggs", "2", " and "), ("Ana Li", "1", "")])
    d.add_paragraph("Author contributions: Conceptualization (KP, AL), Data acquisition (JB).")
    d.add_paragraph("Affiliations:")
    places = ["Department of Physiology, Example University, Exampleton, 38163", "Metabolic Phenotyping Core, Example University, Exampleton, 38103"]
    _marked_places(d.add_paragraph(), places, ".  ")
    d.add_paragraph("Running head: Exposure and energy expenditure")
    path = tmp_path / "labelled.docx"
    m = _saved(d, path)
    assert [(a.name, a.affiliations) for a in m.authors] == [("Kim Park", places), ("Jo Bloggs", places[1:]), ("Ana Li", places[:1])]


def test_numbered_names_over_places_printed_without_their_numbers(tmp_path):
    """Names marked 1 and 2, and two places under them whose numbers were a
    list's (lost with it), each with its author's address and a zero-width
    space: the first place is the first number's."""
    places = ["\u200bExample University, Institute of Computational Engineering, 44801 Exampleton, Germany. E-Mail: k.park@example.de",
              "Example University, Chair of Mechanics of Adaptive Systems, 44801 Exampleton, Germany. E-Mail: jo.bloggs@example.de"]  # fmt: skip
    m = _front_docx(tmp_path / "numbered.docx", ["Kim Park*1, Jo Bloggs2", *places])
    got = [(a.name, a.affiliations, a.email) for a in m.authors]
    assert got == [
        ("Kim Park", ["Example University, Institute of Computational Engineering, 44801 Exampleton, Germany"], "k.park@example.de"),
        ("Jo Bloggs", ["Example University, Chair of Mechanics of Adaptive Systems, 44801 Exampleton, Germany"], "jo.bloggs@example.de"),
    ]


def test_numbered_names_over_as_many_shared_places_need_their_numbers_to_match(tmp_path):
    # (a name's number that no place list accounts for, "3", leaves the unnumbered places everyone's)
    m = _front_docx(tmp_path / "shared.docx", ["Kim Park1, Jo Bloggs3", "Example University, Exampleton, Germany", "Example Institute, Exampleton, Germany"])
    assert [a.affiliations for a in m.authors] == [["Example University, Exampleton, Germany", "Example Institute, Exampleton, Germany"]] * 2


def test_the_author_blocks_end_at_the_last_address(tmp_path):
    """A short line after the last block's e-mail address (a note on the
    venue) is no part of that author's place."""
    front = [x for b in _BLOCKS for x in b] + ["Submitted to the Example Conference on Networks"]
    m = _front_docx(tmp_path / "ieee-note.docx", front)
    assert [a.affiliations for a in m.authors] == [[f"{dept}, {inst}"] for _, _, dept, inst, _ in _BLOCKS]


@pytest.mark.parametrize("label", ["Authors: ", "List of Authors: ", "Author list: "])
@pytest.mark.parametrize("family_first", [False, True])
def test_labelled_names_over_marked_places_without_a_label(tmp_path, label, family_first):
    """"Authors: Kim Park¹, Jo Bloggs²" (or "List of Authors: Park, K.¹, ..."),
    then each place after its raised mark in a paragraph of its own, with no
    label of their own: each author has the places their marks point to."""
    import docx

    d = docx.Document()
    d.add_paragraph("Water quality of lakes over thirty years", style="Title")
    p = d.add_paragraph(label)
    names = [("Park, K.", "1", ", "), ("Bloggs, J. W.", "2", ", "), ("Lee, S.", "1,2", "")] if family_first else [
        ("Kim Park", "1", ", "), ("Jo Bloggs", "2", ", "), ("Sam Lee", "1,2", "")]
    _marked_names(p, names)
    _keyed_place_paragraphs(d, [("1", "Example Imaging Facility, Example University, Leeds"), ("2", "Department of Biology, Example Institute, York")])
    d.add_heading("Introduction", 1)
    d.add_paragraph("Lakes change slowly, and long records show it.")
    path = tmp_path / "labelled.docx"
    m = _saved(d, path)
    fac, bio = "Example Imaging Facility, Example University, Leeds", "Department of Biology, Example Institute, York"
    want = ["K. Park", "J. W. Bloggs", "S. Lee"] if family_first else ["Kim Park", "Jo Bloggs", "Sam Lee"]
    assert [(a.name, a.affiliations) for a in m.authors] == list(zip(want, [[fac], [bio], [fac, bio]]))


def test_marks_typed_between_carets_that_pandoc_left_are_marks(tmp_path):
    """A Word file knit from R Markdown keeps "^a, c*^" as typed when the
    mark holds a space: the carets' marks point to places as raised ones do."""
    import docx

    d = docx.Document()
    d.add_paragraph("Journal club as a teaching strategy", style="Title")
    p = d.add_paragraph("Kim Park^a, c*^; Jo Bloggs")
    _superscript(p, "a")
    p.add_run("; Sam Lee")
    _superscript(p, "b")
    _keyed_place_paragraphs(d, [("a", "Department of Crops, Example University, Lima"), ("b", "Department of Horticulture, Example University, Lima"), ("c", "Example Institute, Cusco")])
    d.add_heading("Introduction", 1)
    d.add_paragraph("Reading papers together helps students learn.")
    path = tmp_path / "carets.docx"
    m = _saved(d, path)
    crops, hort, inst = "Department of Crops, Example University, Lima", "Department of Horticulture, Example University, Lima", "Example Institute, Cusco"
    assert [(a.name, a.affiliations) for a in m.authors] == [("Kim Park", [crops, inst]), ("Jo Bloggs", [crops]), ("Sam Lee", [hort])]


@pytest.mark.parametrize("close", ["Sincerely,", "Yours sincerely,", "Kind regards,", "Best regards"])
@pytest.mark.parametrize("greet", ["Dear Editor,", "Dear Dr. Keel,", "To the Editors:"])
def test_a_cover_letter_before_the_manuscript_is_no_part_of_it(tmp_path, greet, close):
    # the letter's signature ("Kim Park / PhD Student / Example University") is no author block, and
    # the title page after it is read as a title page
    import docx

    d = docx.Document()
    for line in ["Kim Park Santiago", "PhD Student", "Example University", "kim@example.org", greet]:
        d.add_paragraph(line)
    d.add_paragraph("Please consider our manuscript entitled A study of skinks for publication in Behavioral Ecology.")
    d.add_paragraph("Thank you for considering our manuscript. We look forward to hearing from you.")
    for line in [close, "Kim Park Santiago", "PhD Student", "Example University"]:
        d.add_paragraph(line)
    d.add_paragraph("Cognitive processes are robust to early environmental conditions in two lizard species")
    d.add_paragraph("Kim Park1, Jo A. Bloggs1,2, Ana Ruiz2")
    d.add_paragraph("1 Division of Ecology, Example University, Exampleton, UK")
    d.add_paragraph("2 Example Institute, Exampletown, UK")
    d.add_paragraph("Abstract")
    d.add_paragraph("Animals must acquire new information through learning to adjust their behaviour.")
    m = _saved(d, tmp_path / "paper.docx")
    assert m.title == "Cognitive processes are robust to early environmental conditions in two lizard species"
    assert [a.name for a in m.authors] == ["Kim Park", "Jo A. Bloggs", "Ana Ruiz"]
    assert not any("considering our manuscript" in b.text for s in m.sections for b in s.blocks)


def test_a_paper_that_opens_with_a_greeting_in_its_text_keeps_it(tmp_path):
    # no closing words after it: not a letter
    import docx

    d = docx.Document()
    d.add_paragraph("Dear colleagues: a study of letters in science")
    d.add_paragraph("Kim Park, Jo A. Bloggs")
    d.add_paragraph("Example University, Exampleton, UK")
    d.add_paragraph("Abstract")
    d.add_paragraph("Letters were read.")
    m = _saved(d, tmp_path / "paper.docx")
    assert [a.name for a in m.authors] == ["Kim Park", "Jo A. Bloggs"]


@pytest.mark.parametrize(
    "line",
    [
        "Kreakie, B. J. * 1, Shivers, S. 2, Hollister, J. W. 1, Milstead, W. B. 1",
        "Kreakie, B. J.*1, Shivers, S.2, Hollister, J. W.1, Milstead, W. B.1",
        "Kreakie, B. J. 1,*, Shivers, S. 2, Hollister, J. W. 1, Milstead, W. B. 1",
    ],
)
def test_names_printed_family_first_with_marks_after_the_initials(tmp_path, line):
    # a pandoc draft's author line: family name, initials, then the place's number
    m = _front_docx(
        tmp_path / "p.docx",
        [line, "1 Atlantic Coastal Environmental Sciences Division, US Environmental Protection Agency, Narragansett, RI", "2 ORISE, Oak Ridge Institute for Science and Education, Narragansett, RI"],
    )
    assert [a.name for a in m.authors] == ["B. J. Kreakie", "S. Shivers", "J. W. Hollister", "W. B. Milstead"]
    assert m.authors[1].affiliations == ["ORISE, Oak Ridge Institute for Science and Education, Narragansett, RI"]


def test_closing_thanks_before_supplementary_information_and_many_legend_sections(tmp_path):
    """A manuscript that ends its conclusion with thanks, then prints
    "Supplementary Information" and a run of figure legends, each under a
    heading of its own, then the references: the thanks are the
    acknowledgements, however many legend sections follow them."""
    import docx

    d = docx.Document()
    d.add_paragraph("The mantle beneath a volcanic neck", style="Title")
    body = [("Introduction", "Xenoliths sample the mantle."), ("Methods", "We analysed six samples."), ("Results", "The samples equilibrated at depth."), ("Discussion", "Three scenarios fit."), ("Conclusion", "The mantle was emplaced late.")]
    for heading, text in body:
        d.add_heading(heading, 1)
        d.add_paragraph(text)
    d.add_paragraph("We would like to thank Kim Park and the Example argon geochronology laboratory for their assistance with dating the basalt.")
    d.add_heading("Supplementary Information", 1)
    d.add_paragraph("Tables S1 to S4 give the analyses.")
    for k in range(8):
        d.add_heading(f"figure_{k}", 1)
        d.add_paragraph(f"Temperature against depth for scenario {k}.")
    d.add_heading("References", 1)
    d.add_paragraph("Alibert, C. (1994), Peridotite xenoliths, J. Geophys. Res.")
    p = tmp_path / "text.docx"
    d.save(p)
    m = parse(p)
    acks = m.sections_of("acknowledgements")
    assert len(acks) == 1 and acks[0].text.startswith("We would like to thank Kim Park")
    assert [s.heading for s in m.sections].index("Supplementary Information") > [s.kind for s in m.sections].index("acknowledgements")
