"""The PDF reader: reading order, running heads, hyphenation, headings,
untitled acknowledgements, authors; bad input; real papers from the corpus."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techcost.cli import app
from techcost.errors import EncryptedInput, InputFileError, LimitExceeded, NotUnderstood
from techcost.model import Manuscript
from techcost.parsers import pdf

ROOT = Path(__file__).resolve().parents[1]
PDF_DIR = ROOT / "fixtures" / "manuscripts" / "pdf"


def _generator():
    spec = importlib.util.spec_from_file_location("make_pdfs", PDF_DIR / "make_pdfs.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["make_pdfs"] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


GEN = _generator()


def parse(path: Path) -> Manuscript:
    return pdf.parse(path, display_path=path.name, lexicons={})


def all_text(m: Manuscript) -> str:
    return "\n".join(b.text for s in m.sections for b in s.blocks)


def written(text: str) -> str:
    """What a paragraph of the test paper should read as: the forced line
    ends joined as a reader of the page would."""
    return text.replace("tech-\nnical", "technical").replace("well-\nknown", "well-known").replace("\n", " ")


def ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ------------------------------------------------------------ generated PDFs


def test_committed_fixtures_are_what_the_generator_writes(tmp_path):
    made = GEN.build_all(tmp_path)
    for p in made:
        assert p.read_bytes() == (PDF_DIR / p.name).read_bytes(), f"{p.name}: run fixtures/manuscripts/pdf/make_pdfs.py"


@pytest.mark.parametrize("name", ["two-column.pdf", "row-order.pdf"])
def test_every_paragraph_is_read_whole_and_in_order(name):
    m = parse(PDF_DIR / name)
    text = ws(all_text(m))
    for _heading, para in GEN.PARAGRAPHS + GEN.BACK_MATTER:
        assert ws(written(para)) in text, para[:60]
    # paragraphs come in the order they were written, across columns and pages
    positions = [text.index(ws(written(p))) for _, p in GEN.PARAGRAPHS]
    assert positions == sorted(positions)


def test_running_header_and_page_numbers_are_removed():
    m = parse(PDF_DIR / "two-column.pdf")
    for s in m.sections:
        for b in s.blocks:
            assert "Journal of Example Studies" not in b.text
            assert not re.fullmatch(r"\d+", b.text)


def test_line_end_hyphens_are_repaired_and_real_hyphens_kept():
    text = all_text(parse(PDF_DIR / "two-column.pdf"))
    assert "prepared by the technical staff" in text
    assert "well-known for careful work" in text
    assert "tech-" not in text and "well- known" not in text


def test_headings_make_sections_with_pages_and_lines():
    m = parse(PDF_DIR / "two-column.pdf")
    by_heading = {s.heading: s for s in m.sections if s.heading}
    assert {"Abstract", "Introduction", "Methods", "Results", "Discussion", "Author contributions", "References"} <= set(by_heading)
    assert by_heading["Methods"].kind == "methods"
    assert by_heading["Introduction"].location.page == 1
    contrib = by_heading["Author contributions"]
    assert contrib.kind == "author_contributions" and contrib.location.page == 2
    assert contrib.location.line and contrib.location.line >= 1
    for b in contrib.blocks:
        assert b.location.page == 2 and b.location.section == "Author contributions"
    assert m.title == GEN.TITLE


def test_untitled_acknowledgement_in_a_footnote_is_found():
    m = parse(PDF_DIR / "two-column.pdf")
    acks = m.sections_of("acknowledgements")
    assert m.acknowledgements_present
    assert len(acks) == 1 and acks[0].heading is None
    block = acks[0].blocks[0]
    assert block.kind == "footnote" and block.location.page == 2
    assert ws(block.text) == ws(GEN.FOOTNOTE_ACK)


def test_untitled_closing_acknowledgement_is_found():
    m = parse(PDF_DIR / "row-order.pdf")
    acks = m.sections_of("acknowledgements")
    assert len(acks) == 1 and acks[0].heading is None
    assert ws(acks[0].text) == ws(GEN.CLOSING_ACK)


def test_figure_caption_is_a_caption():
    m = parse(PDF_DIR / "two-column.pdf")
    caps = [b for s in m.sections for b in s.blocks if b.kind == "caption"]
    assert any(ws(b.text) == ws(GEN.FIGURE_CAPTION) for b in caps)


def test_authors_affiliations_contacts_and_roles():
    m = parse(PDF_DIR / "two-column.pdf")
    assert [a.name for a in m.authors] == [n for n, _ in GEN.AUTHORS]
    smith, jones, brown = m.authors
    assert smith.affiliations == [GEN.AFFILIATIONS[0][1]]
    assert jones.affiliations == [GEN.AFFILIATIONS[1][1]]
    assert brown.affiliations == [GEN.AFFILIATIONS[0][1]]
    assert jones.email == "carlos.jones@example.org" and jones.corresponding
    assert smith.family == "Smith" and smith.given == "Alice B."
    assert smith.location is not None and smith.location.page == 1
    assert "formal-analysis" in jones.roles and "methodology" in smith.roles
    assert m.contribution_statement_present
    assert m.contribution_statement_text and "C.D.J. performed the imaging" in m.contribution_statement_text


def test_page_and_time_limits(monkeypatch):
    from techcost.parsers import limits

    monkeypatch.setattr(limits, "MAX_PDF_PAGES", 1)
    m = parse(PDF_DIR / "two-column.pdf")
    assert {b.location.page for s in m.sections for b in s.blocks} == {1}
    monkeypatch.setattr(limits, "MAX_PDF_PAGES", 300)
    monkeypatch.setattr(limits, "MAX_PDF_SECONDS", -1)
    with pytest.raises(LimitExceeded):
        parse(PDF_DIR / "two-column.pdf")


# ------------------------------------------------------------ bad input


def test_encrypted_pdf(tmp_path):
    p = tmp_path / "locked.pdf"
    shutil.copy(PDF_DIR / "encrypted.pdf", p)
    with pytest.raises(EncryptedInput, match="encrypted"):
        parse(p)


def test_pdf_without_text_layer():
    with pytest.raises(NotUnderstood, match="no text layer"):
        parse(PDF_DIR / "no-text.pdf")


@pytest.mark.parametrize("cut", [0.5, 0.97])
def test_truncated_pdf(tmp_path, cut):
    data = (PDF_DIR / "two-column.pdf").read_bytes()
    p = tmp_path / "cut.pdf"
    p.write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(InputFileError) as err:
        parse(p)
    assert type(err.value) is InputFileError
    assert "\n" not in str(err.value)


def test_garbage_after_header(tmp_path):
    p = tmp_path / "junk.pdf"
    p.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    with pytest.raises(InputFileError):
        parse(p)


def test_input_is_not_modified(tmp_path):
    p = tmp_path / "paper.pdf"
    shutil.copy(PDF_DIR / "two-column.pdf", p)
    before = hashlib.sha256(p.read_bytes()).hexdigest()
    mtime = p.stat().st_mtime_ns
    parse(p)
    assert hashlib.sha256(p.read_bytes()).hexdigest() == before and p.stat().st_mtime_ns == mtime


def test_pdf_named_docx_is_read_as_pdf(tmp_path):
    from techcost.api import load, parse_one

    p = tmp_path / "paper.docx"
    shutil.copy(PDF_DIR / "two-column.pdf", p)
    _, ruleset = load()
    res = parse_one(p, ruleset, display="paper.docx")
    assert res.error is None and res.format == "pdf"
    assert res.note and "pdf" in res.note
    assert isinstance(res.model, Manuscript) and res.model.format == "pdf" and len(res.model.authors) == 3


def test_check_reports_bad_pdfs_and_goes_on(chdir_tmp):
    shutil.copy(PDF_DIR / "encrypted.pdf", chdir_tmp / "locked.pdf")
    data = (PDF_DIR / "two-column.pdf").read_bytes()
    (chdir_tmp / "cut.pdf").write_bytes(data[: len(data) // 2])
    shutil.copy(PDF_DIR / "two-column.pdf", chdir_tmp / "good.pdf")
    r = CliRunner().invoke(app, ["check", "locked.pdf", "cut.pdf", "good.pdf", "--format", "json"])
    assert r.exit_code == 2, r.output
    data = json.loads(r.stdout)
    status = {Path(i["path"]).name: (i["status"], (i.get("error") or {}).get("code")) for i in data["inputs"]}
    assert status == {"locked.pdf": ("error", "SYS006"), "cut.pdf": ("error", "SYS001"), "good.pdf": ("ok", None)}
    err_lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(err_lines) == 2
    assert any("locked.pdf" in ln and "password" in ln for ln in err_lines)
    assert any("cut.pdf" in ln for ln in err_lines)


# ------------------------------------------------------------ format-neutral helpers


def test_name_lists():
    assert pdf.split_names("Ross G. DOUGLAS∗1, Rajni K. SHARMA†1 and K. Ravi ACHARYA‡") == [
        ("Ross G. Douglas", ["∗", "1"]),
        ("Rajni K. Sharma", ["†", "1"]),
        ("K. Ravi Acharya", ["‡"]),
    ]
    assert [n for n, _ in pdf.parse_author_line("Antje Theurer2,3, Charles Munthali3, Jane Doe, PhD4") or []] == [
        "Antje Theurer",
        "Charles Munthali",
        "Jane Doe",
    ]
    assert pdf.parse_author_line("Department of Biology, Example University, Exampletown, UK") is None
    assert pdf.parse_author_line("Cape Town 7935, South Africa") is None
    assert pdf.parse_author_line("Following a career in science involves long hours") is None


def test_thanks_sentences():
    assert pdf.is_thanks("We thank Dana Lee for technical assistance.")
    assert pdf.is_thanks("The authors gratefully acknowledge the assistance of Dr. Ken McDonald")
    assert pdf.is_thanks("* We are grateful to the staff of the imaging core.")
    assert not pdf.is_thanks("We acknowledge the limitations of this design.")
    assert not pdf.is_thanks("We think the result is robust.")


def test_hyphen_repair_uses_the_document():
    vocab = pdf.vocabulary(["a non-synonymous site", "an example here"])
    assert pdf.repair_hyphen("an exam-", "ple of", vocab) == "an example of"
    assert pdf.repair_hyphen("the non-", "synonymous site", vocab) == "the non-synonymous site"
    assert pdf.repair_hyphen("Agyeman-", "Duah et al.", set()) == "Agyeman-Duah et al."
    assert pdf.repair_hyphen("a well-", "known fact", set()) == "a well-known fact"
    assert pdf.repair_hyphen("inter-", "national", set()) == "international"


def test_run_in_headings():
    assert pdf.split_run_in("Acknowledgements We thank the core.") == ("Acknowledgements", "We thank the core.")
    assert pdf.split_run_in("Authors’ contributions: AB wrote it.") == ("Authors’ contributions", "AB wrote it.")
    assert pdf.split_run_in("Funding. This work was funded by X.") == ("Funding", "This work was funded by X.")
    assert pdf.split_run_in("Methods: we did things") is None
    assert pdf.classify("Authors’ contributions") == "author_contributions"


# ------------------------------------------------------------ real papers

CORPUS_PDF = "manuscripts/pdf"


@pytest.fixture(scope="module")
def corpus_docs(corpus):
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    docs = {d["local_path"]: d for d in labels["documents"] if d["format"] == "pdf"}
    parsed = {k: pdf.parse(corpus / k, display_path=k, lexicons={}) for k in docs}
    return docs, parsed


@pytest.mark.corpus
def test_corpus_authors_and_presence(corpus_docs):
    from techcost.evaluation.manuscripts import match_names

    docs, parsed = corpus_docs
    for key, doc in docs.items():
        m = parsed[key]
        names = [a.name for a in m.authors]
        assert match_names(names, doc["authors"]) == len(doc["authors"]) == len(names), (key, names)
        assert m.acknowledgements_present == doc["has_acknowledgements"], key
        assert m.contribution_statement_present == doc["credit_statement_present"], key


@pytest.mark.corpus
def test_corpus_sections_keep_their_pages(corpus_docs):
    _, parsed = corpus_docs
    clin = parsed[f"{CORPUS_PDF}/cermine_example3_clinsci.pdf"]
    ack = clin.sections_of("acknowledgements")[0]
    assert ack.heading == "ACKNOWLEDGEMENTS" and ack.location.page == 8
    assert "Sylva Schwager for technical assistance" in ack.text
    assert clin.sections_of("author_contributions")[0].location.page == 8
    peerj = parsed[f"{CORPUS_PDF}/cermine_test6_peerjcs.pdf"]
    contrib = peerj.sections_of("author_contributions")[0]
    assert contrib.location.page == 14 and "Andrew E. Webb performed the experiments" in contrib.text
    webb = peerj.authors[0]
    assert "investigation" in webb.roles and webb.affiliations and "Dublin City University" in webb.affiliations[0]
    bmc = parsed[f"{CORPUS_PDF}/cermine_example2_bmchsr.pdf"]
    assert bmc.sections_of("acknowledgements")[0].location.page == 9
    # the running head is gone from every block
    assert not any("Page 2 of 10" in b.text or "biomedcentral.com/1472-6963/14/1" in b.text for s in bmc.sections for b in s.blocks)


@pytest.mark.corpus
def test_corpus_reading_order_across_columns(corpus_docs):
    _, parsed = corpus_docs
    bmc = ws(all_text(parsed[f"{CORPUS_PDF}/cermine_example2_bmchsr.pdf"]))
    # runs from the foot of the left column to the head of the right one
    assert "The hospital is under the direct administration of the Ministry of Health which provides the hospital’s budget." in bmc
    clin = ws(all_text(parsed[f"{CORPUS_PDF}/cermine_example3_clinsci.pdf"]))
    assert (
        "the C-domain appears to be the prominent site for the production of vasoactive peptide angiotensin II, "
        "whereas the N-domain is the primary site for the clearance of tetrapeptide Ac-SDKP"
    ) in clin
    elife = ws(all_text(parsed[f"{CORPUS_PDF}/elife-00353-v1.pdf"]))
    assert "Some years ago I had a postdoc who said to me" in elife
    assert "at a time in history fraught with anxiety about high-profile papers and grants?" in elife


@pytest.mark.corpus
def test_corpus_eval_floors(corpus):
    from techcost.evaluation.manuscripts import evaluate

    summary = evaluate(corpus / "labels.json", formats=("pdf",))["summary"]["pdf"]
    assert summary["errors"] == 0
    assert summary["authors"]["f1"] >= 0.9
    assert summary["acknowledgements_present"]["accuracy"] >= 0.97
    assert summary["contribution_statement_present"]["accuracy"] >= 0.97


@pytest.mark.parametrize(
    "line, names",
    [
        ("Bryan S. Frazier1, William B. Driggers III2, Glenn F. Ulrich1", ["Bryan S. Frazier", "William B. Driggers III", "Glenn F. Ulrich"]),
        ("Mack T Ruffin IV, Ann Smith Jr., Bob Roe PhD", ["Mack T Ruffin IV", "Ann Smith Jr", "Bob Roe"]),
        ("ANN DOUGLAS, Bob Roe MD", ["Ann Douglas", "Bob Roe"]),
        # (law and policy degrees, the mark glued to the last of them and only a space before the next name)
        ("Neil H. Vaishnav, JD, LLM1 Winston Chiong, MD, PhD2", ["Neil H. Vaishnav", "Winston Chiong"]),
        ("Ana Li, MPA, Kim Park, J.D.", ["Ana Li", "Kim Park"]),
    ],
)
def test_generational_suffixes_stay_and_degrees_go(line, names):
    from techcost.parsers.pdf import parse_author_line

    assert [n for n, _ in parse_author_line(line) or []] == names


@pytest.mark.parametrize("surname", ["Beaudoin", "Ardoin", "Gaudoin", "Doimo"])
def test_an_author_line_with_doi_inside_a_surname_is_still_names(surname):
    line = f"Jo M.A. Stough, Andrew J. {surname}, Patrick D. Schloss"
    assert [n for n, _ in pdf.parse_author_line(line) or []] == ["Jo M.A. Stough", f"Andrew J. {surname}", "Patrick D. Schloss"]
    assert pdf.parse_author_line("doi: 10.1234/example.5678") is None


@pytest.mark.parametrize("group", ["Stream Consortium", "the BOLD Collaboration", "Freshwater Ecology", "Applied Genomics"])
def test_a_group_or_field_in_an_author_line_is_not_an_author(group):
    line = f"{group}, Kim Park1, Jo A. Bloggs2, Sam Lee1"
    assert [n for n, _ in pdf.parse_author_line(line) or []] == ["Kim Park", "Jo A. Bloggs", "Sam Lee"]
    line = f"Kim Park1, Jo A. Bloggs2, {group}, Sam Lee1"
    assert [n for n, _ in pdf.parse_author_line(line) or []] == ["Kim Park", "Jo A. Bloggs", "Sam Lee"]


@pytest.mark.parametrize(
    "line",
    [
        "Natalia N. Ivanova1, Iain J. Anderson1{, Jan-Fang Cheng1",
        "Natalia N. Ivanova⟨1⟩, Iain J. Anderson⟨1⟩ {, Jan-Fang Cheng⟨1⟩",
        "Natalia N. Ivanova1, Iain J. Anderson1}, Jan-Fang Cheng1",
    ],
)
def test_a_dagger_printed_as_a_brace_is_a_mark(line):
    assert [n for n, _ in pdf.parse_author_line(line) or []] == ["Natalia N. Ivanova", "Iain J. Anderson", "Jan-Fang Cheng"]


def test_characters_beyond_the_basic_plane_keep_every_later_line_whole(tmp_path):
    """Mathematical italic letters (𝑁, 𝛼) are two UTF-16 units in PDFium's
    page text; read as one character each, every later line would start a
    few characters late ("owledgments", "Ackn authors thank"). Chromium
    prints such a paper in two columns; its acknowledgement must be read
    whole, with the math letters as written."""
    sys.path.insert(0, str(Path(__file__).parent))
    import papergen as g

    spec = g.PaperSpec(
        slug="math-letters",
        title="Counting cells in 𝑁 samples",
        authors=[g.AuthorSpec("Ann", "Author", [1])],
        affiliations=["Example University"],
        abstract="We counted 𝑁 = 12 samples with 𝛼 = 0.05.",
        introduction=["The mean 𝜇 of 𝑁 counts, with 𝜎 and 𝛽 as before. " * 3],
        methods=["Cells 𝑁 were imaged; their 𝑥 and 𝑦 positions were kept. " * 4],
        acknowledgements=["We thank Marie Titecat and Caroline Loiez for their technical assistance."],
    )
    m = parse(_printed(g.html_page(spec, columns=2), tmp_path / "math.pdf"))
    ack = [s for s in m.sections if s.kind == "acknowledgements"]
    assert ack and ack[0].text.strip() == "We thank Marie Titecat and Caroline Loiez for their technical assistance."
    assert "𝑁 = 12 samples with 𝛼 = 0.05" in " ".join(s.text for s in m.sections)


def _line(text, top, x0=56.0, x1=500.0, size=10.0, bold=False):
    return pdf.Line(text, 1, x0, x1, top, top + 1.15 * size, size, bold, "Times", [(0, len(text) - 1)])


def test_a_title_in_tight_leading_is_one_title():
    """Font boxes of a large title set solid overlap; its second line is
    still the title, not an author line."""
    lines = [
        _line("The Energetics of Molecular Adaptation in", 52.7, size=20.8, bold=True),
        _line("Transcriptional Regulation", 52.7 + 20.8 * 1.15 - 1.0, size=20.8, bold=True),
        _line("Griffin Chure, Manuel Razo-Mejia, Tal Einav and Rob Phillips", 112.0, size=8.5, bold=True),
        _line("Department of Biology, California Institute of Technology, Pasadena, CA, USA", 140.0, size=6.6),
    ]
    assert pdf._find_title(lines, 792.0) == (0, 2)


def test_line_numbers_in_the_margin_go_even_when_run_into_a_line():
    body = [_line("A line of body text that runs across the column " + str(n), 200 + 14 * n) for n in range(12)]
    numbers = [_line(str(n + 3), 200 + 14 * n, x0=41.2 if n + 3 >= 10 else 44.0, x1=47.3, size=5.0) for n in range(12)]
    glued = [_line("1 A dataset of direct observations of sea ice", 60.0, x0=44.0, size=19.9), _line("2 waves in ice", 85.0, x0=44.0, x1=172.0, size=19.9)]
    page = pdf.PageText(1, 612.0, 792.0, glued + body + numbers)
    pdf._drop_line_numbers([page])
    texts = [ln.text for ln in page.lines]
    assert texts[:2] == ["A dataset of direct observations of sea ice", "waves in ice"]
    assert not any(t.isdigit() for t in texts)


def test_line_numbers_between_a_side_column_and_the_text_go():
    """A submitted manuscript with a side column (correspondence, funding)
    left of its line numbers: the numbers are not in the page's margin, but
    they still count down the page, some run into their lines."""
    side = [_line("Correspondence and funding notes set in the side column", 100 + 40 * k, x0=30.0, x1=140.0, size=7.0) for k in range(14)]
    body, numbers = [], []
    for n in range(1, 45):
        top = 60 + 15.5 * n
        x0 = 157.0 if n < 10 else 155.0  # right-aligned: one digit more steps left
        if n % 3 == 0:
            body.append(_line(f"{n} We thank the GSAF for library preparation and sequencing {n}", top, x0=x0))
        else:
            numbers.append(_line(str(n), top + 1.5, x0=x0, x1=161.0, size=6.0))
            body.append(_line("We thank the GSAF for library preparation and sequencing", top, x0=170.0))
    page = pdf.PageText(1, 612.0, 792.0, side + body + numbers)
    pdf._drop_line_numbers([page])
    texts = [ln.text for ln in page.lines]
    assert not any(t.isdigit() for t in texts)
    assert not any(t[:1].isdigit() for t in texts)
    assert sum(t.startswith("We thank the GSAF") for t in texts) == 44


def test_a_numbered_list_of_affiliations_keeps_its_numbers():
    """Numbered affiliations count up at one edge too, but in a block of the
    page, not down its height: they are not line numbers."""
    affils = [_line(f"{n} Department of Example Science {n}, University of Example, Oslo", 120 + 12 * n, size=8.0) for n in range(1, 10)]
    body = [_line("A line of body text that runs across the whole column of the page", 300 + 14 * k) for k in range(30)]
    page = pdf.PageText(1, 612.0, 792.0, affils + body)
    pdf._drop_line_numbers([page])
    assert [ln.text for ln in page.lines][:9] == [a.text for a in affils]


@pytest.mark.parametrize(
    "printed,meant",
    [
        ("Malte M ¨uller", "Malte Müller"),
        ("G ¨oran Persson", "Göran Persson"),
        ("Jos ´e Luis", "José Luis"),
        ("He´le`ne", "Hélène"),
        ("Vale´ rie", "Valérie"),
        ("Anfı´bios", "Anfíbios"),
        ("Garcı´a", "García"),
        # TeX's order with no space: the mark right before its letter
        ("Anna G¨ortz", "Anna Görtz"),
        ("Bogot´a, Colombia", "Bogotá, Colombia"),
        ("Departamento de F´ısica", "Departamento de Física"),
        ("Mar´ıa Lu´ısa", "María Luísa"),
        ("Departamento de F´ısica, Camila Guti´errez", "Departamento de Física, Camila Gutiérrez"),
        ("Jos´e Luis", "José Luis"),
        ("Franc¸ois", "François"),
        # an ogonek hangs from the vowel before it
        ("Je˛drzej Kowalczuk", "Jędrzej Kowalczuk"),
        ("Agnieszka Ka˛cka, Ła˛ka", "Agnieszka Kącka, Łąka"),
        ("Ru˛ta Vaitkute", "Rųta Vaitkute"),
    ],
)
def test_spacing_accents_before_or_after_their_letter(printed, meant):
    assert pdf.repair_accents(printed) == meant


def test_a_name_with_a_non_breaking_hyphen_is_a_name():
    from techcost.names import same_person

    assert pdf.is_name("Yemane Ye\u2011Ebiyo")
    assert same_person("Yemane Ye-Ebiyo", "Yemane Ye\u2011Ebiyo")


def _col_line(text, top, *, region, x0, x1, rx0, rx1, size=10.0):
    ln = pdf.Line(text, 1, x0, x1, top, top + 1.15 * size, size, False, "Times", [(0, len(text) - 1)])
    ln.region, ln.rx0, ln.rx1 = region, rx0, rx1
    return ln


def _blocks(lines, floats=frozenset()):
    b = pdf._Builder(body=10.0, line_gap=2.0, floats=frozenset(floats))
    prev = None
    for ln in lines:
        b.add(ln, prev, (False, None))
        prev = ln
    b.close()
    return [" ".join(ln.text for ln in blk.lines) for blk in b.blocks]


@pytest.mark.parametrize("last_word", ["Karsten", "Dr", "technical"])
def test_a_ragged_line_broken_for_width_goes_on_in_the_next_column(last_word):
    """Ragged-right columns break a line well short of the edge when the
    next word does not fit; a paragraph cut there by the column end goes on
    at the top of the next column, whatever the next word's case."""
    left = dict(region=1, rx0=60.0, rx1=280.0)
    right = dict(region=2, rx0=320.0, rx1=540.0)
    lines = [
        _col_line("For specimen loans I thank the curators of three museums.", 600.0, x0=60.0, x1=270.0, **left),
        _col_line(f"Images were acquired with the help of {last_word}", 612.0, x0=60.0, x1=236.0, **left),
        _col_line("Goemann (Central Science Laboratory, University of", 80.0, x0=320.0, x1=530.0, **right),
        _col_line("Tasmania) for imaging.", 92.0, x0=320.0, x1=420.0, **right),
    ]
    assert len(_blocks(lines)) == 1


def test_a_hanging_indent_goes_on_and_the_next_item_starts_anew():
    """PLOS sets each role of its contributions with a hanging indent: the
    indented line goes on from the one before it (a word broken at its
    hyphen, or a full line with no sentence ended), and the next role, back
    at the margin after a little space, is an item of its own."""
    col = dict(region=1, rx0=200.0, rx1=575.0)
    lines = [
        _col_line("Conceptualization: Aarti Kinikar, Dileep Kadam, Anita Basavaraj, Geeta Pardeshi, Sunita Gir-", 205.0, x0=200.0, x1=572.0, **col),
        _col_line("ish, Sangeeta Shelke, Robert Bollinger, Vidya Mave.", 218.0, x0=212.0, x1=416.0, **col),
        _col_line("Data curation: Aarti Kinikar, Nikhil Gupte, Vidya Mave.", 236.0, x0=200.0, x1=428.0, **col),
        _col_line("Resources: Aarti Kinikar, Ajay Chandanwale, Dileep Kadam, Samir Joshi, Anita Basavaraj,", 365.0, x0=200.0, x1=560.0, **col),
        _col_line("Geeta Pardeshi, Sunita Girish, Sangeeta Shelke, Andrea DeLuca, Jonathan Golub, Amita", 378.0, x0=212.0, x1=562.0, **col),
        _col_line("Gupta, Robert Bollinger, Vidya Mave.", 391.0, x0=212.0, x1=362.0, **col),
        _col_line("Software: Nikhil Gupte.", 409.0, x0=200.0, x1=296.0, **col),
    ]
    got = _blocks(lines)
    assert [b.split(":")[0] for b in got] == ["Conceptualization", "Data curation", "Resources", "Software"]


def test_a_page_of_figures_with_the_end_matter_in_two_short_columns():
    """A last page that is mostly figures: a few lines of end matter in two
    columns, with a caption across the page below them. The columns are
    read one after the other, not row by row across the gutter."""
    def at(text, top, x0, x1, size=8.0):
        return pdf.Line(text, 8, x0, x1, top, top + size, size, False, "Times", [(0, len(text) - 1)])

    lines = [
        at("Fig. 4. Estimated maximum-clade-credibility tree of SARS-CoV-2.", 349.0, 38.0, 260.0, 7.2),
        at("Author contributions", 382.0, 38.0, 118.0),
        at("Author statement", 382.0, 307.0, 373.0),
        at("X.L. conceived and designed the study and drafted the manuscript.", 403.0, 50.0, 289.0),
        at("All authors have reviewed and confirmed the revised manuscript.", 403.0, 319.0, 553.0),
        at("X.L analyzed the data. X.L., Q.N., W.C., D.L., Y.C., H.L., D.L., M.T., J.Z.,", 413.0, 38.0, 289.0),
        at("and W.T. interpreted the data and provided critical comments. All au-", 424.0, 38.0, 286.0),
        at("thors reviewed and approved the final manuscript.", 434.0, 38.0, 219.0),
        at("Declaration of Competing Interest", 434.0, 307.0, 436.0),
        at("The authors declare no competing interests.", 458.0, 319.0, 475.0),
        at("Fig. 5. Re estimates over time of SARS-CoV-2.", 717.0, 38.0, 193.0, 7.2),
        at("Re estimates obtained using Bayesian birth-death skyline model over five equidistant intervals", 727.0, 38.0, 558.0, 7.2),
    ]
    order = [ln.text for region in pdf._order(lines) for ln in region]
    left = [t for t in order if t.startswith(("Author contributions", "X.L", "and W.T.", "thors"))]
    right = [t for t in order if t.startswith(("Author statement", "All authors", "Declaration", "The authors"))]
    assert order.index(left[-1]) < order.index(right[0])
    assert left == ["Author contributions", lines[3].text, lines[5].text, lines[6].text, lines[7].text]


def test_a_first_line_indent_still_starts_a_paragraph():
    col = dict(region=1, rx0=60.0, rx1=540.0)
    lines = [
        _col_line("The samples were counted twice by two observers and the counts were averaged over", 100.0, x0=60.0, x1=538.0, **col),
        _col_line("the three sites.", 112.0, x0=60.0, x1=130.0, **col),
        _col_line("Goemann and colleagues found the same counts at each of the sites they visited in", 124.0, x0=72.0, x1=538.0, **col),
    ]
    assert len(_blocks(lines)) == 2


def test_a_short_line_that_ends_a_sentence_still_closes_its_paragraph_across_columns():
    left = dict(region=1, rx0=60.0, rx1=280.0)
    right = dict(region=2, rx0=320.0, rx1=540.0)
    lines = [
        _col_line("The samples were counted twice by two observers and the", 600.0, x0=60.0, x1=276.0, **left),
        _col_line("counts were averaged.", 612.0, x0=60.0, x1=150.0, **left),
        _col_line("Goemann and colleagues found the same.", 80.0, x0=320.0, x1=500.0, **right),
    ]
    assert len(_blocks(lines)) == 2


@pytest.mark.parametrize("initial,fits", [("S.", False), ("A.-M.", False), ("S.", True)])
def test_an_initial_at_a_line_end_is_not_a_sentence_end_when_the_name_did_not_fit(initial, fits):
    """"... We thank S." | "Nozinovic for help": the line looks short and
    ends with a full stop, but the surname after the initial would not have
    fitted; the paragraph goes on. When the name would have fitted, the
    full stop ended the paragraph."""
    x1 = 420.0 if fits else 490.0
    lines = [
        _col_line("This work was supported by a research prize to the team.", 200.0, x0=320.0, x1=540.0, region=2, rx0=320.0, rx1=540.0),
        _col_line(f"and by a fellowship to the first author. We thank {initial}", 212.0, x0=320.0, x1=x1, region=2, rx0=320.0, rx1=540.0),
        _col_line("Nozinovic for help with the experimental spectra.", 224.0, x0=320.0, x1=530.0, region=2, rx0=320.0, rx1=540.0),
    ]
    assert len(_blocks(lines)) == (2 if fits else 1)


@pytest.mark.parametrize(
    "end,start",
    [
        ("and Alma Islas-Trejo, Kerri Morimoto,", "Gonzalo Rincon, Ricardo Verdugo and Karina Guevara for phenotyping."),
        ("acknowledge support by the MEA Ltd.", "(Nakuru, Kenya) for a sample of inoculum."),
        ("the Zambian Malaria", "Transmission Consortium project team for their support."),
        # a genus shortened to its initial, the species name in the next column
        ("Saunders for discussions on the P.", "striiformis phylogeny and Sue Banfield for plant growth."),
    ],
)
def test_a_short_last_line_goes_on_in_the_next_column_when_the_next_word_did_not_fit(end, start):
    left = dict(region=1, rx0=60.0, rx1=280.0)
    right = dict(region=2, rx0=320.0, rx1=540.0)
    lines = [
        _col_line("We thank Vince De Vera for mouse care and the staff of the", 600.0, x0=60.0, x1=278.0, **left),
        _col_line(end, 612.0, x0=60.0, x1=262.0, **left),
        _col_line(start, 80.0, x0=320.0, x1=530.0, **right),
    ]
    assert len(_blocks(lines)) == 1


@pytest.mark.parametrize(
    "printed,meant",
    [("Vasundra Toure\u00b4 , Martin Kuiper", "Vasundra Touré , Martin Kuiper"), ("Jose\u00b4.", "José."), ("Toure\u00b4", "Touré")],
)
def test_a_spacing_accent_before_punctuation_joins_its_letter(printed, meant):
    assert pdf.repair_accents(printed) == meant


@pytest.mark.parametrize(
    "printed,name",
    [("Yuhui MaID", "Yuhui Ma"), ("Saber YezliID", "Saber Yezli"), ("JoséE. Becerra", "José E. Becerra"), ("Sherri L. LaVela", "Sherri L. LaVela"), ("Chantao LiiD", "Chantao Li"), ("KasthuriVenkateswaran", "Kasthuri Venkateswaran"), ("McDonald", "McDonald"), ("Ana MacArthur", "Ana MacArthur"), ("Ross G. DOUGLAS", "Ross G. Douglas")],
)
def test_an_orcid_badge_or_a_lost_space_in_a_printed_name(printed, name):
    """PLOS prints the ORCID badge in a font whose glyphs read "iD", glued
    to the name; some PDFs lose the space between given and family names."""
    assert pdf._tidy_name(printed) == name


@pytest.mark.parametrize("left,right,joined", [("at beamline 24-", "ID-C for help.", "at beamline 24-ID-C for help."), ("under grant CN211-", "01 from the fund.", "under grant CN211-01 from the fund.")])
def test_a_hyphen_after_a_digit_at_a_line_end_stays_without_a_space(left, right, joined):
    assert pdf._join_lines([_line(left, 100.0), _line(right, 112.0)], set()) == joined


def test_ragged_columns_under_a_wide_title_page_line_are_read_column_by_column():
    """An affiliation line above the columns that reaches almost to the
    right column's left edge does not hide the gutter: the columns below
    it are read one after the other, not row by row."""
    def ln(text, x0, x1, top):
        return pdf.Line(text, 1, x0, x1, top, top + 11.0, 10.0, False, "Times", [(0, len(text) - 1)])

    lines = [
        ln("A title across the page", 63, 507, 70),
        ln("1Department of Geography, University of Exampleton", 63, 382, 154),
        ln("2School of Physics, Sample University, Sampleford", 63, 312, 169),
        ln("Acknowledgements", 315, 442, 257),
        ln("Introduction", 63, 147, 268),
        ln("The authors wish to thank Hiromi Yamada", 315, 525, 282),
        ln("The quantity varies with season; its causes", 63, 276, 294),
        ln("for technical assistance. The English in this", 315, 530, 297),
        ln("are debated.", 63, 130, 309),
        ln("document has been checked by two editors.", 315, 520, 312),
        ln("Methods", 63, 120, 330),
        ln("http://www.example.org/certificate/cJHObg", 315, 548, 327),
        ln("Samples were taken monthly.", 63, 250, 350),
    ]
    order = [x.text for region in pdf._order(lines) for x in region]
    ack = order.index("Acknowledgements")
    assert order[ack : ack + 5] == [
        "Acknowledgements",
        "The authors wish to thank Hiromi Yamada",
        "for technical assistance. The English in this",
        "document has been checked by two editors.",
        "http://www.example.org/certificate/cJHObg",
    ]


@pytest.mark.parametrize("start,caption", [("Figure 2 and X. Wang for help.", False), ("Fig. 3, and the maps.", False), ("Figure 2. The study sites.", True), ("Table 1: Counts by site", True), ("Figure 4 Sampling design", True)])
def test_a_sentence_that_names_a_figure_is_not_a_caption(start, caption):
    assert pdf._starts_caption(start) is caption
    left = dict(region=1, rx0=60.0, rx1=280.0)
    right = dict(region=2, rx0=320.0, rx1=540.0)
    lines = [
        _col_line("We thank the curators of the museum and J. Ngo for designing", 600.0, x0=60.0, x1=279.0, **left),
        _col_line(start, 80.0, x0=320.0, x1=500.0, **right),
    ]
    assert len(_blocks(lines)) == (2 if caption else 1)


def test_affiliation_marks_set_as_their_own_runs_are_read_with_their_affiliations():
    """A superscript mark printed as a separate run of text left of its
    affiliation ("1" then "Example Institute, IT Department, Oslo")."""
    lines = [
        _line("A dataset of direct observations of sea ice", 60.0, size=19.9),
        _line("Jo Bloggs1, Sam Lee2, and Kim Park1,2", 115.0, size=12.0),
        _line("1", 228.0, x0=56.0, x1=60.0, size=7.4),
        _line("Example Meteorological Institute, IT Department, Oslo, 0313, Norway", 229.0, x0=60.5, size=10.0),
        _line("2", 240.0, x0=57.0, x1=60.0, size=7.4),
        _line("University of Example, Department of Geosciences, Oslo, Norway", 241.0, x0=61.0, size=10.0),
        _line("Abstract. We present a dataset.", 300.0, size=10.0),
    ]
    for k, ln in enumerate(lines, 1):
        ln.no = k
    authors, _, _ = pdf._authors_from_front(None, None, lines, (0, 1), "x.pdf")
    got = {a.name: a.affiliations for a in authors}
    assert got["Jo Bloggs"] == ["Example Meteorological Institute, IT Department, Oslo, 0313, Norway"]
    assert got["Sam Lee"] == ["University of Example, Department of Geosciences, Oslo, Norway"]
    assert len(got["Kim Park"]) == 2


@pytest.mark.parametrize(
    "line, names",
    [
        # marks set apart from the name by a space, before a comma, "and" or "&"
        ("Kim Park 1*, Jo A. Bloggs 2 and Ana Li 1,2", ["Kim Park", "Jo A. Bloggs", "Ana Li"]),
        ("Kim Park 1 & Jo A. Bloggs 2", ["Kim Park", "Jo A. Bloggs"]),
        # a middle initial in small capitals, extracted in lower case
        ("Stuart p. Wilson1, Sebastian S. James1", ["Stuart P. Wilson", "Sebastian S. James"]),
        # an initial run into the word beside it, where the PDF lost a space
        ("Stuart P.Wilson1, LeahA. Krubitzer2,3", ["Stuart P. Wilson", "Leah A. Krubitzer"]),
    ],
)
def test_author_lines_as_pdfs_print_them(line, names):
    assert [n for n, _ in pdf.parse_author_line(line) or []] == names


def _printed(html: str, out: Path) -> Path:
    """``html`` printed to ``out`` by Chromium (a fail under CI=true when it is missing, else a skip)."""
    import os

    sys.path.insert(0, str(Path(__file__).parent))
    import papergen as g

    if g.chromium() is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is not installed; under CI=true it is required")
        pytest.skip("chromium is not installed")
    return g.print_html(html, out)


def _page(css: str, body: str, *, sans: bool = False, size: str = "10pt", h1: str = "20pt", margin: str = "2cm") -> str:
    """An A4 page of HTML for Chromium to print: one font, ``css`` for the
    page's own parts (a side column, a note at the foot, a cover sheet)."""
    font = "'DejaVu Sans', sans-serif" if sans else "'DejaVu Serif', serif"
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
        f"@page {{ size: A4; margin: {margin}; }} body {{ font-family: {font}; font-size: {size}; }} h1 {{ font-size: {h1}; }} {css}"
        f"</style></head><body>{body}</body></html>"
    )


@pytest.mark.parametrize("marks", [("1", "2"), ("a", "b")])
def test_affiliations_in_a_footnote_at_the_foot_of_the_first_page(tmp_path, marks):
    """Nature- and PNAS-style front pages: marked names under the title, the
    marked affiliations in small type at the foot of the page."""
    m1, m2 = marks
    body = "<p>" + "Cells were counted in every sample and the counts compared across the regions of the brain. " * 12 + "</p>"
    out = _printed(
        _page(
            ".foot { position: absolute; top: 23.5cm; font-size: 7pt; width: 17cm; }",
            "<h1>Regional protein expression in the brain</h1>"
            f"<p>Kim Park<sup>{m1}</sup>, Jo A. Bloggs<sup>{m2}</sup> &amp; Ana Li<sup>{m1},{m2}</sup></p>"
            f"<h2>Abstract</h2>{body}"
            f"<div class='foot'><sup>{m1}</sup>Division of Cardiovascular Sciences, Example University, Core Technology Facility (3rd Floor), "
            f"46 Grafton Street, Exampletown EX1 2AB, UK. <sup>{m2}</sup>Research IT, Example University, Exampletown EX1 2AB, UK. "
            "Correspondence and requests for materials should be addressed to A.L. (email: a.li@example.ac.uk)</div>"
        ),
        tmp_path / "front.pdf",
    )
    m = parse(out)
    by = {a.name: a.affiliations for a in m.authors}
    assert list(by) == ["Kim Park", "Jo A. Bloggs", "Ana Li"]
    assert by["Kim Park"] == ["Division of Cardiovascular Sciences, Example University, Core Technology Facility (3rd Floor), 46 Grafton Street, Exampletown EX1 2AB, UK"]
    assert by["Jo A. Bloggs"] == ["Research IT, Example University, Exampletown EX1 2AB, UK"]
    assert len(by["Ana Li"]) == 2


def test_marks_set_after_the_comma_belong_to_the_name_before():
    """AAS journals print "L. G. BOUMA, ¹ J. D. HARTMAN, ¹ R. BRAHM, ²,³":
    each name's raised marks follow the comma after it."""
    o, c = pdf._SUP_OPEN, pdf._SUP_CLOSE
    line = f"K. PARK, {o}1{c} J. A. BLOGGS, {o}2,{c} {o}3{c} A. DEL RÍO, {o}1{c} AND S. LEE{o}2{c}"
    assert pdf.split_names(line) == [("K. Park", ["1"]), ("J. A. Bloggs", ["2", "3"]), ("A. Del Río", ["1"]), ("S. Lee", ["2"])]
    # marks glued to the names, as most journals set them, are not moved
    assert pdf.split_names(f"Kim Park{o}1{c}, Jo Bloggs{o}2{c} and Ana Li{o}1,2{c}") == [("Kim Park", ["1"]), ("Jo Bloggs", ["2"]), ("Ana Li", ["1", "2"])]


def test_a_spacing_accent_at_the_end_of_a_name_before_its_mark():
    assert pdf.repair_accents(f"Aure´lie Crabbe´ {pdf._SUP_OPEN}2{pdf._SUP_CLOSE}, Sheila") == f"Aurélie Crabbé {pdf._SUP_OPEN}2{pdf._SUP_CLOSE}, Sheila"


@pytest.mark.parametrize("sep", [" | ", " · ", " • "])
def test_names_set_apart_by_bars_or_dots(sep):
    """Wiley prints "Nicola Craig1 | Stuart E. Jones2", Springer "A · B"."""
    o, c = pdf._SUP_OPEN, pdf._SUP_CLOSE
    line = sep.join([f"Kim Park{o}1{c}", f"Jo A. Bloggs{o}2{c}", f"Ana del Río{o}1,2{c}"])
    assert pdf.split_names(line) == [("Kim Park", ["1"]), ("Jo A. Bloggs", ["2"]), ("Ana del Río", ["1", "2"])]


@pytest.mark.parametrize("label", ["Correspondence", "Funding information"])
def test_a_side_column_label_ends_the_affiliations(tmp_path, label):
    """Wiley's front page: names set apart by bars, the marked places in a
    side column, then "Correspondence" over an address that is nobody's
    affiliation."""
    body = "<p>" + "Fish were sampled in every lake and their growth compared across the gradient of carbon. " * 12 + "</p>"
    out = _printed(
        _page(
            ".side { font-size: 8pt; }",
            "<h1>Life history and productivity of fish in lakes</h1>"
            "<p>Kim Park<sup>1</sup> | Jo A. Bloggs<sup>2</sup> | Ana Li<sup>1</sup></p>"
            "<div class='side'><p><sup>1</sup>Department of Biology, Example University, Exampletown, UK</p>"
            "<p><sup>2</sup>Lake Research Station, Example Institute, Sampleford, UK</p>"
            f"<p>{label}</p><p>Kim Park, Department of Biology, Example University, Exampletown, UK.</p></div>"
            f"<h2>Abstract</h2>{body}",
        ),
        tmp_path / "front.pdf",
    )
    by = {a.name: a.affiliations for a in parse(out).authors}
    assert list(by) == ["Kim Park", "Jo A. Bloggs", "Ana Li"]
    assert by["Jo A. Bloggs"] == ["Lake Research Station, Example Institute, Sampleford, UK"]


def _assert_the_duck_farm_places(m: Manuscript) -> None:
    """The four authors of the duck-farm paper, each with the places the end of it lists."""
    by = {a.name: a.affiliations for a in m.authors}
    assert list(by) == ["Kim Park", "Jo A. Bloggs", "Ana Li", "Sam Lee"]
    assert by["Kim Park"] == by["Ana Li"] == ["Example Animal Health Laboratory, Exampletown, Australia"]
    assert by["Jo A. Bloggs"] == ["Genomics Core Facility, Example University, Sampleford, Australia"]
    assert by["Sam Lee"] == ["Disease Investigation Centre, Example City, Indonesia"]


@pytest.mark.parametrize("heading", ["Author details", "Author information", "Affiliations"])
def test_the_full_list_of_places_at_the_end_of_the_article(tmp_path, heading):
    """BMC and other Springer journals print only the corresponding
    author's place at the foot of the front page ("Full list of author
    information is available at the end of the article") and the marked
    list of every place under "Author details" at the end. Each author gets
    their places from that list, and a core facility among them makes its
    author identifiable as technical staff."""
    from techcost import api
    from techcost.analysis import analyse

    body = "<p>" + "Ducks were sampled on every farm and the isolates compared across the districts of the province. " * 14 + "</p>"
    out = _printed(
        _page(
            ".foot { position: absolute; top: 23.5cm; font-size: 7pt; width: 8cm; }",
            "<h1>A survey of influenza viruses on smallholder duck farms</h1>"
            "<p>Kim Park<sup>1*</sup>, Jo A. Bloggs<sup>2</sup>, Ana Li<sup>1</sup> and Sam Lee<sup>3</sup></p>"
            f"<h2>Abstract</h2>{body}"
            "<div class='foot'>* Correspondence: kim.park@example.org<br><sup>1</sup>Example Animal Health Laboratory, Exampletown, Australia<br>"
            "Full list of author information is available at the end of the article</div>"
            f"<h2>Background</h2>{body}<h2>Acknowledgements</h2><p>We thank the farmers for their time.</p>"
            f"<h2>{heading}</h2><p>1 Example Animal Health Laboratory, Exampletown, Australia. 2 Genomics Core Facility, "
            "Example University, Sampleford, Australia. 3 Disease Investigation Centre, Example City, Indonesia.</p>"
            "<h2>Competing interests</h2><p>The authors declare that they have no competing interests.</p>"
            "<p>Received: 4 September 2013 Accepted: 27 December 2013</p>"
        ),
        tmp_path / "front.pdf",
    )
    m = parse(out)
    _assert_the_duck_farm_places(m)
    _, rs = api.load()
    assert [a.name for a in analyse(m, rs.lexicons).authors if a.technical] == ["Jo A. Bloggs"]


def test_the_list_of_places_at_the_end_numbered_without_stops(tmp_path):
    """ASM's journals print only the names on the front page ("See
    affiliation list on p. 2") and, at the end, the places one to a line
    with nothing between them but the next number ("..., Australia
    2Genomics Core Facility, ..."), then each author's roles parted by bars.
    Each author gets their places and roles."""
    from techcost import api
    from techcost.analysis import analyse

    body = "<p>" + "Ducks were sampled on every farm and the isolates compared across the districts of the province. " * 14 + "</p>"
    out = _printed(
        _page(
            "",
            "<h1>A survey of influenza viruses on smallholder duck farms</h1>"
            "<p><b>Kim Park,<sup>1</sup> Jo A. Bloggs,<sup>2</sup> Ana Li,<sup>1</sup> Sam Lee<sup>3</sup></b></p>"
            "<p>AUTHOR AFFILIATIONS See affiliation list on p. 2.</p>"
            f"<p><b>ABSTRACT</b> {body}</p><h2>Background</h2>{body}"
            "<h2>AUTHOR AFFILIATIONS</h2><p>1 Example Animal Health Laboratory, Exampletown, Australia<br>"
            "2Genomics Core Facility, Example University, Sampleford, Australia<br>3Disease Investigation Centre, Example City, Indonesia</p>"
            "<h2>AUTHOR CONTRIBUTIONS</h2><p>Kim Park, Conceptualization, Writing – original draft | Jo A. Bloggs, Investigation | "
            "Ana Li, Formal analysis | Sam Lee, Supervision</p>"
        ),
        tmp_path / "front.pdf",
    )
    m = parse(out)
    _assert_the_duck_farm_places(m)
    assert {a.name: a.roles for a in m.authors} == {
        "Kim Park": ["conceptualization", "writing-original-draft"],
        "Jo A. Bloggs": ["investigation"],
        "Ana Li": ["formal-analysis"],
        "Sam Lee": ["supervision"],
    }
    _, rs = api.load()
    assert [a.name for a in analyse(m, rs.lexicons).authors if a.technical] == ["Jo A. Bloggs"]


def test_a_line_of_orcid_ids_among_the_places_is_no_place():
    """The Royal Society prints the authors' ORCID iDs as a line of
    initials and iDs where the places are; it is nobody's place."""
    lines = [
        _line("Deep learning for weather forecasting", 60.0, size=18.0, bold=True),
        _line("K. Park and J. A. Bloggs", 100.0, size=11.0),
        _line("Example Supercomputing Centre, Example Research Centre, Exampletown, Germany", 120.0, size=8.0),
        _line("KP, 0000-0003-3455-774X; JAB, 0000-0002-1347-5297", 132.0, size=8.0),
    ]
    for k, ln in enumerate(lines, 1):
        ln.no = k
    authors, _, _ = pdf._authors_from_front(None, None, lines, (0, 1), "x.pdf")
    assert {a.name: a.affiliations for a in authors} == {
        "K. Park": ["Example Supercomputing Centre, Example Research Centre, Exampletown, Germany"],
        "J. A. Bloggs": ["Example Supercomputing Centre, Example Research Centre, Exampletown, Germany"],
    }


def test_a_places_mark_on_its_own_line_is_not_the_last_names_mark():
    """MDPI sets each place's number as a small line of its own on the
    place's row, just under the names: it is that place's mark, not more
    marks of the last name, so an author marked for two places gets both.
    A place's last words, on the line of e-mail addresses after it, are
    still the place's."""
    lines = [
        _line("Immediate Antiretroviral Therapy: The Need for a Health Equity Approach", 115.0, x0=77.0, x1=520.0, size=17.9, bold=True),
        _line("Kim Park 1,2,* , Jo A. Bloggs 1 and Ana Li 2", 184.0, x0=77.0, x1=400.0, size=10.0, bold=True),
        _line("1", 201.0, x0=82.0, x1=86.0, size=7.0),
        _line("Division of Infectious Disease, Example University Medical Center,", 203.0, x0=97.0, x1=520.0, size=8.9),
        _line("New York, NY 10032, USA; jo.bloggs@example.org (J.A.B.); ana.li@example.org (A.L.)", 214.0, x0=97.0, x1=480.0, size=8.9),
        _line("2", 237.0, x0=82.0, x1=86.0, size=7.0),
        _line("Example Center for Clinical and Behavioral Studies, Example Psychiatric Institute", 239.0, x0=97.0, x1=500.0, size=9.0),
        _line("Abstract: Treatment started at once changes outcomes for everyone.", 290.0, x0=97.0, x1=500.0, size=9.0),
    ]
    for k, ln in enumerate(lines, 1):
        ln.no = k
        ln.rx0, ln.rx1 = 77.0, 520.0
    authors, _, _ = pdf._authors_from_front(None, None, lines, (0, 1), "x.pdf")
    one = "Division of Infectious Disease, Example University Medical Center, New York, NY 10032, USA"
    two = "Example Center for Clinical and Behavioral Studies, Example Psychiatric Institute"
    assert {a.name: a.affiliations for a in authors} == {"Kim Park": [one, two], "Jo A. Bloggs": [one], "Ana Li": [two]}


@pytest.mark.parametrize("mail", ["{kim.park, jo.bloggs}@example.ch", "(kim.park@example.ch)", "*Corresponding author: kim.park@example.ch"])
def test_a_line_of_addresses_after_the_place_adds_nothing_to_it(mail):
    lines = [
        _line("Learning dynamical systems with deep networks", 92.0, size=14.0, bold=True),
        _line("Kim Park and Jo A. Bloggs", 128.0, size=11.0),
        _line("Example Institute for Artificial Intelligence, Lugano, Switzerland", 146.0, size=9.0),
        _line(mail, 157.0, size=9.0),
    ]
    for k, ln in enumerate(lines, 1):
        ln.no = k
        ln.rx0, ln.rx1 = 56.0, 500.0
    authors, _, _ = pdf._authors_from_front(None, None, lines, (0, 1), "x.pdf")
    assert {a.name: a.affiliations for a in authors} == {n: ["Example Institute for Artificial Intelligence, Lugano, Switzerland"] for n in ("Kim Park", "Jo A. Bloggs")}


@pytest.mark.parametrize(
    "printed",
    [
        "School of Mathematics, Example University, Milton Keynes, MK7 6AA, UK FOR PUBLISHER ONLY Received on Date Month Year; revised on Date Month Year",
        "School of Mathematics, Example University, Milton Keynes, MK7 6AA, UK; kim.park@example.org",
        "School of Mathematics, Example University, Milton Keynes, MK7 6AA, UK KP, 0000-0002-1825-0097; JB, 0000-0003-3455-774X",
    ],
)
def test_what_runs_on_after_a_place_is_not_the_place(printed):
    assert pdf._place_text(pdf._NOTE_TAIL.sub("", printed)) == "School of Mathematics, Example University, Milton Keynes, MK7 6AA, UK"


def test_names_written_family_first_over_a_labelled_list_of_places(tmp_path):
    """A letter's accepted manuscript may write its authors as a reference
    list does, family name first and initials after ("Coleman H1*, Snell
    LB2, ..., Lee MJ1."), over "Affiliations:" and a numbered list of
    places. Every author is read, initials first, each with their places."""
    out = _printed(
        _page(
            "",
            "<p>Example Journal, Publish Ahead of Print</p>"
            "<h1 style='font-size: 11pt'>Pneumonia in people living with HIV: a diagnostic dilemma</h1>"
            "<p>Coleman H<sup>1*</sup>, Snell LB<sup>2</sup>, Simons R<sup>1</sup>, Douthwaite ST<sup>3</sup>, Lee MJ<sup>1</sup>.</p>"
            "<p>Affiliations:</p>"
            "<p style='margin-left: 1.2cm'>1. Department of HIV, Example NHS Foundation Trust, London, UK<br>"
            "2. Centre for Clinical Infection Research, Example College London, London, UK<br>"
            "3. Department of Virology, Example NHS Foundation Trust, London, UK</p>"
            "<p>Corresponding Author: *kim.coleman@example.org</p>"
            "<p>Conflict of interest statements: none.</p>",
            size="11pt", h1="11pt",
        ),
        tmp_path / "letter.pdf",
    )
    by = {a.name: a.affiliations for a in parse(out).authors}
    hiv = ["Department of HIV, Example NHS Foundation Trust, London, UK"]
    assert by == {
        "H. Coleman": hiv,
        "L.B. Snell": ["Centre for Clinical Infection Research, Example College London, London, UK"],
        "R. Simons": hiv,
        "S.T. Douthwaite": ["Department of Virology, Example NHS Foundation Trust, London, UK"],
        "M.J. Lee": hiv,
    }


@pytest.mark.parametrize(
    "names,read",
    [
        (["Coleman H", "Snell LB", "Lee MJ"], ["H. Coleman", "L.B. Snell", "M.J. Lee"]),
        (["van der Berg AB", "Nik-Zainal S"], ["A.B. van der Berg", "S. Nik-Zainal"]),
        (["Jiajie MA", "Wei LI"], ["Jiajie MA", "Wei LI"]),  # a family name in capitals after the given name
        (["Kim Park", "Snell LB"], ["Kim Park", "Snell LB"]),  # not the whole list
        (["Coleman H"], ["Coleman H"]),
    ],
)
def test_a_list_of_names_written_family_first(names, read):
    from techcost.parsers._text import vancouver_order

    assert vancouver_order(names) == read


def test_a_narrow_column_of_names_and_places_in_one_type():
    """AOSIS sets the authors in a narrow side column, then "Affiliations:"
    and each place broken over the column's short lines in the same type;
    a place's last line ("Free State, South Africa") names no one."""
    texts = [
        "Lesley T. Bhebhe 1 and Cornel Van Rooyen 2", "Affiliations:", "1 Department of Family",
        "Medicine, Faculty of Health", "Sciences, University of the", "Free State, South Africa",
        "2 Department of Biostatistics,", "Faculty of Health Sciences,", "University of the Free State,", "South Africa",
    ]  # fmt: skip
    lines = [_line("Attitudes of healthcare workers to occupational exposure", 74.0, x0=75.0, x1=520.0, size=22.0, bold=True)]
    lines += [_line(t, 110.0 + 10.0 * k, x0=47.0, x1=140.0, size=8.0) for k, t in enumerate(texts)]
    for k, ln in enumerate(lines, 1):
        ln.no = k
        ln.rx0, ln.rx1 = (75.0, 520.0) if k == 1 else (47.0, 140.0)
        ln.region = 1 if k == 1 else 2
    authors, _, _ = pdf._authors_from_front(None, None, lines, (0, 1), "x.pdf")
    assert {a.name: a.affiliations for a in authors} == {
        "Lesley T. Bhebhe": ["Department of Family Medicine, Faculty of Health Sciences, University of the Free State, South Africa"],
        "Cornel Van Rooyen": ["Department of Biostatistics, Faculty of Health Sciences, University of the Free State, South Africa"],
    }


def test_the_names_printed_again_with_their_marks():
    """An accepted manuscript's first page may name the authors twice: once
    plain under the title, then again with the marks of their places. The
    authors are named once, each with the places their marks give."""
    lines = [
        _line("Understanding the pandemic through the lens of population health science", 92.0, size=14.0, bold=True),
        _line("Kim Park, Jo A. Bloggs", 128.0, size=11.0),
        _line("Kim Park 1,* and Jo A. Bloggs 2", 182.0, size=11.0),
        _line("1Dean's Office, School of Public Health, Example University, Boston, MA.", 218.0, size=11.0),
        _line("2Department of Epidemiology, Example School of Public Health, New York, NY.", 236.0, size=11.0),
        _line("*Author for correspondence", 307.0, size=11.0),
    ]
    for k, ln in enumerate(lines, 1):
        ln.no = k
        ln.rx0, ln.rx1 = 56.0, 500.0
    authors, _, _ = pdf._authors_from_front(None, None, lines, (0, 1), "x.pdf")
    assert [a.name for a in authors] == ["Kim Park", "Jo A. Bloggs"]
    by = {a.name: [x for x in a.affiliations if "correspondence" not in x] for a in authors}
    assert by == {
        "Kim Park": ["Dean's Office, School of Public Health, Example University, Boston, MA"],
        "Jo A. Bloggs": ["Department of Epidemiology, Example School of Public Health, New York, NY"],
    }


def test_the_places_after_a_side_column_of_notes():
    """MDPI's front page: the names across the page, then a narrow side
    column of notes ("Citation: ...", "Received: ...", "Copyright: ...")
    read before the places beside it, each place with its mark set as a
    run of its own well apart from the text, an e-mail address after it."""
    def at(text, top, x0, x1, size, region):
        ln = _line(text, top, x0=x0, x1=x1, size=size)
        ln.region = region
        return ln

    side = ["Citation: Park, K.; Bloggs, J.A.; Li, A.", "A Framework for Fire. Atmosphere", "2021, 1, 1.", "Received: 1 May 2021", "Accepted: 2 June 2021", "Copyright: © 2021 by the authors."]
    lines = [
        at("A Multi-Fidelity Framework for Wildland Fire Behavior", 116.0, 35.0, 493.0, 17.9, 1),
        at("Kim Park 1,*, Jo A. Bloggs 2 and Ana Li 1", 169.0, 36.0, 400.0, 10.0, 1),
        *[at(t, 460.0 + 12.0 * k, 36.0, 152.0, 7.0, 2) for k, t in enumerate(side)],
        at("1", 213.0, 167.0, 170.0, 6.0, 3),
        at("Example Institute of Standards, Exampletown, MD 20899, USA; kim.park@example.org", 215.0, 181.0, 553.0, 8.0, 3),
        at("2", 235.0, 167.0, 170.0, 6.0, 3),
        at("Example Forest Service, Sampleford, WA 98103, USA", 236.0, 181.0, 466.0, 8.0, 3),
        at("Abstract: A method for the simulation of fire spread is presented.", 293.0, 167.0, 559.0, 9.0, 3),
    ]
    for k, ln in enumerate(lines, 1):
        ln.no = k
    for ln in lines:
        same = [x for x in lines if x.region == ln.region]
        ln.rx0, ln.rx1 = min(x.x0 for x in same), max(x.x1 for x in same)
    authors, _, _ = pdf._authors_from_front(None, None, lines, (0, 1), "x.pdf")
    by = {a.name: a.affiliations for a in authors}
    assert by == {
        "Kim Park": ["Example Institute of Standards, Exampletown, MD 20899, USA"],
        "Jo A. Bloggs": ["Example Forest Service, Sampleford, WA 98103, USA"],
        "Ana Li": ["Example Institute of Standards, Exampletown, MD 20899, USA"],
    }


def test_places_in_the_margin_each_with_its_authors_in_brackets(tmp_path):
    """The Lancet's front page: names without marks under the title; in the
    margin, each place in bold followed by the authors who hold it, their
    names shortened, in brackets; places sharing an institution before it;
    notes above the places and a correspondence address below them."""
    body = "<p>" + "People living with HIV were randomly assigned to community-based or clinic-based care and followed for a year. " * 16 + "</p>"
    out = _printed(
        _page(
            ".main { width: 13cm; } .side { position: absolute; left: 14.5cm; top: 3cm; width: 3cm; font-size: 6.5pt; }",
            "<div class='main'><h1>Community-based care for HIV: a randomised trial</h1>"
            "<p><i>Kim Park, Jo A. Bloggs, Ana van Rooyen, Sam Lee</i></p>"
            f"<h2>Summary</h2>{body}</div>"
            "<div class='side'><p>Lancet Glob Health 2020; 8: e1305</p><p>*The study team are listed in the appendix</p>"
            "<p><b>Department of Global Health</b> (K Park MBChB, Prof J A Bloggs MD), <b>and Department of Biostatistics</b> (S Lee PhD), "
            "<b>Example University, Exampletown, WA, USA; Genomics Core Facility, Example Research Council, Sampleford, South Africa</b> "
            "(Prof A van Rooyen PhD, K Park)</p><p>Correspondence to: Dr Kim Park, Department of Global Health, Example University</p></div>",
            size="9pt", h1="18pt", margin="1.5cm",
        ),
        tmp_path / "front.pdf",
    )
    by = {a.name: a.affiliations for a in parse(out).authors}
    assert list(by) == ["Kim Park", "Jo A. Bloggs", "Ana van Rooyen", "Sam Lee"]
    assert by["Kim Park"] == ["Department of Global Health, Example University, Exampletown, WA, USA", "Genomics Core Facility, Example Research Council, Sampleford, South Africa"]
    assert by["Jo A. Bloggs"] == ["Department of Global Health, Example University, Exampletown, WA, USA"]
    assert by["Sam Lee"] == ["Department of Biostatistics, Example University, Exampletown, WA, USA"]
    assert by["Ana van Rooyen"] == ["Genomics Core Facility, Example Research Council, Sampleford, South Africa"]


def test_places_in_a_note_each_opening_with_its_mark_in_brackets():
    """Wiley's chemistry journals mark the names "[a]" and print, in a note
    on the front page, each mark with the authors who hold it, then the
    place one part a line, then an e-mail address."""
    lines = [
        _line("Building up Thiosemicarbazone Conjugates", 84.0, size=19.2),
        _line(f"Kim Park,{pdf._SUP_OPEN}[a]{pdf._SUP_CLOSE} Ana Li,{pdf._SUP_OPEN}[b]{pdf._SUP_CLOSE} and Jo Bloggs*{pdf._SUP_OPEN}[a]{pdf._SUP_CLOSE}", 134.0, size=12.8),
        _line("Three chiral ligands were synthesised along with their derivatives.", 192.0, size=9.0),
        _line("[a] K. Park, Prof. Dr. J. Bloggs", 527.0, size=7.5),
        _line("Example University, Department of Chemistry", 536.0, size=7.5),
        _line("Mass Spectrometry Core Facility", 545.0, size=7.5),
        _line("E-mail: jo.bloggs@example.org", 554.0, size=7.5),
        _line("[b] Dr. A. Li", 572.0, size=7.5),
        _line("Example Institute of Biochemistry, Exampletown (Germany)", 581.0, size=7.5),
        _line("Supporting information for this article is available online.", 600.0, size=7.5),
    ]
    for k, ln in enumerate(lines, 1):
        ln.no = k
    authors, _, _ = pdf._authors_from_front(None, None, lines, (0, 1), "x.pdf")
    place = "Example University, Department of Chemistry, Mass Spectrometry Core Facility"
    assert {a.name: a.affiliations for a in authors} == {
        "Kim Park": [place],
        "Ana Li": ["Example Institute of Biochemistry, Exampletown (Germany)"],
        "Jo Bloggs": [place],
    }


@pytest.mark.parametrize(
    "note",
    [
        "To cite this article: Kim Park, Jo A. Bloggs &amp; Ana Li (2017) Pulmonary function, Example Journal, 127:3, 276-284</p>"
        "<p>To link to this article: http://dx.doi.org/10.1080/0000",
        "This PDF is the version of the article that was accepted for publication after peer review.",
        "This Provisional PDF corresponds to the article as it appeared upon acceptance.",
        # HighWire's sheet (the Royal Society's journals): the names without marks, then what the site offers
        "Example Journal 2012 2, 120109, published online 22 October 2012</p><p><b>References</b></p>"
        "<p>This article cites 58 articles, 30 of which can be accessed free</p><p><b>Email alerting service</b></p>"
        "<p>Receive free email alerts when new articles cite this article",
    ],
)
@pytest.mark.parametrize("pages", [1, 2])
def test_a_download_cover_sheet_then_the_papers_own_front_page(tmp_path, note, pages):
    """Taylor & Francis PDFs open with a cover sheet ("To cite this
    article: ..."), eLife's accepted manuscripts and HighWire's journals with
    one of their own; the
    paper's own front page follows, its places run on in one line after
    raised marks."""
    body = "<p>" + "Spirometry was performed in every patient at screening and through the treatment period. " * 14 + "</p>"
    out = _printed(
        _page(
            ".cover { page-break-after: always; }",
            "<div class='cover'><p>ISSN: 0020-7454 (Print) Journal homepage: http://www.example.org/journal</p>"
            "<h1>Pulmonary function in patients with motor fluctuations</h1><p><b>Kim Park, Jo A. Bloggs &amp; Ana Li</b></p>"
            f"<p>{note}</p>"
            "<p>Published online: 27 Jun 2016.</p>"
            "<p>Submit your article to this journal</p><p>Article views: 475</p></div>"
            + (
                "<div class='cover'><p>For information about publishing your research in this journal go to http://www.example.org/authors</p>"
                "<p>This is an Open Access article distributed under the terms of the Creative Commons Attribution License.</p>"
                "<p>Articles in this journal are listed in PubMed and archived at PubMed Central.</p><p>© 2014 The authors.</p>"
                "<p>Dedication waiver applies to the data made available in this article.</p></div>"
                if pages == 2
                else ""
            )
            + "<p style='font-size:7pt'>Copyright 2016 The Author(s).</p><p>ORIGINAL ARTICLE</p>"
            "<h1>Pulmonary function in patients with motor fluctuations</h1>"
            "<p style='font-size:12pt'>Kim Park,<sup>1</sup> Jo A. Bloggs,<sup>2</sup> and Ana Li<sup>1,3</sup></p>"
            "<p><i><sup>1</sup>Example Medical Center, Seattle, WA, USA, <sup>2</sup>Clinical Trials Core Facility, Example University, "
            "Rye, NY, USA, and <sup>3</sup>Example Therapeutics, Chelsea, MA, USA</i></p>"
            f"<p><b>Background.</b> {body}</p>",
            sans=True,
        ),
        tmp_path / "paper.pdf",
    )
    by = {a.name: a.affiliations for a in parse(out).authors}
    assert by == {
        "Kim Park": ["Example Medical Center, Seattle, WA, USA"],
        "Jo A. Bloggs": ["Clinical Trials Core Facility, Example University, Rye, NY, USA"],
        "Ana Li": ["Example Medical Center, Seattle, WA, USA", "Example Therapeutics, Chelsea, MA, USA"],
    }


def test_a_cover_naming_more_authors_than_the_front_page_was_read_for(tmp_path):
    """When the paper's own front page gives fewer names than its cover
    sheet (a manuscript's line numbers among them), the cover's names are
    kept, each with the places the front page gave."""
    body = "<p>" + "Readthrough was measured in every cell line and compared across the constructs. " * 14 + "</p>"
    out = _printed(
        _page(
            ".cover { page-break-after: always; }",
            "<div class='cover'><p>ACCEPTED MANUSCRIPT</p><h1>Peroxisomal enzymes made by readthrough</h1>"
            "<p style='margin-bottom: 3em'>Kim Park, Jo A. Bloggs, Ana Li</p><p>Received: 9 June 2014</p>"
            "<p>This PDF is the version of the article that was accepted for publication after peer review.</p>"
            "<p>This article is distributed under the terms of the Creative Commons Attribution License.</p></div>"
            "<h1>Peroxisomal enzymes made by readthrough</h1>"
            "<p style='font-size:12pt'><b>Kim Park<sup>1</sup>, Jo A. Bloggs<sup>2</sup></b></p>"
            "<p><sup>1</sup>Department of Pediatrics, Example University, Exampletown, Germany</p>"
            "<p><sup>2</sup>Bioinformatics Core Facility, Example University, Exampletown, Germany</p>"
            f"<h2>ABSTRACT</h2>{body}",
            sans=True,
        ),
        tmp_path / "paper.pdf",
    )
    by = {a.name: a.affiliations for a in parse(out).authors}
    assert by == {
        "Kim Park": ["Department of Pediatrics, Example University, Exampletown, Germany"],
        "Jo A. Bloggs": ["Bioinformatics Core Facility, Example University, Exampletown, Germany"],
        "Ana Li": [],
    }


@pytest.mark.parametrize("xs", [(60.0, 400.0), (60.0, 400.0, 250.0)])
def test_brackets_of_names_in_narrow_lines_far_apart_are_no_margin(xs):
    """Narrow lines holding brackets of shortened names, but not set one
    under the other in a column: no margin of places, and no error."""
    authors = [pdf.make_author("Kim Park", None), pdf.make_author("Jo Bloggs", None)]
    units = ["Unit A (K Park MD)", "Unit B (J Bloggs PhD)", "Unit C (K Park)"]
    lines = [
        _line("A study of two things", 60.0, size=18.0),
        _line("Kim Park, Jo Bloggs", 100.0, x0=56.0, x1=500.0),
        *[_line(u, 200.0 + 100.0 * k, x0=x, x1=x + 80.0) for k, (u, x) in enumerate(zip(units, xs))],
        _line("The body of the paper runs across the page from one side to the other.", 500.0, x0=56.0, x1=560.0),
    ]
    pdf._affiliations_in_margin(authors, lines)
    assert all(a.affiliations == [] for a in authors)


@pytest.mark.parametrize(
    "before, caps",
    [
        ("FIC-R Atacama BIP-", "30432772-0, CONICYT"),  # a grant number broken at its hyphen
        ("with support from the", "NERC UKRI"),  # a line that does not end a sentence
        ("under grant", "ANR-10-INBS-04 FBI"),
    ],
)
@pytest.mark.parametrize("columns", [1, 2])
def test_a_short_line_in_capitals_inside_a_paragraph_is_no_heading(tmp_path, before, caps, columns):
    """A line left short because the next word did not fit, holding only
    capitals ("30432772-0, CONICYT"), goes on from an unfinished line at the
    usual spacing: the paragraph, and the thanks after it, are read whole."""
    text = (
        "HS was supported by the Example Initiative, MNPCB P06-065-F and the Example Council; "
        f"AZ was supported by Example Innovation (BioTec 06FC01IBC-71) and {before}<br>{caps}<br>"
        "FONDECYT/Regular No. 1140039 and the Regional Research Center. We thank Kim Park for technical assistance."
    )
    intro = "<p>" + "Plants were grown in every plot and their yield compared across the seasons of the study. " * 8 + "</p>"
    out = _printed(
        _page(
            f".cols {{ column-count: {columns}; column-gap: 1cm; }} h2 {{ font-size: 12pt; }}",
            f"<h1>Yield of plants in dry plots</h1><p>Ana Li<sup>1</sup></p><p><sup>1</sup>Department of Biology, Example University, Exampletown, UK</p>"
            f"<div class='cols'><h2>Introduction</h2>{intro}<h2>Acknowledgements</h2><p>{text}</p></div>",
        ),
        tmp_path / "acks.pdf",
    )
    m = parse(out)
    ack = " ".join(b.text for s in m.sections_of("acknowledgements") for b in s.blocks)
    assert caps in ack and ack.endswith("We thank Kim Park for technical assistance."), ack
    assert not [s.heading for s in m.sections if s.heading and caps.split()[0] in s.heading]


@pytest.mark.parametrize(
    "before, after",
    [
        ("the National Research and Innovation Agency", "— BRIN, Indonesia; and the Example Council, Spain."),  # a dash inside the sentence
        ("the staff at beamline ID23-", "2. We also thank the Example Council for funding."),  # a code broken at its hyphen
        ("under grant CN211-", "3) and the Example Council for funding."),
    ],
)
def test_a_line_that_looks_like_a_list_item_but_goes_on_a_sentence(tmp_path, before, after):
    """A line opening with a dash or a number ("— BRIN", "2. We thank")
    after a line that ends mid-sentence or mid-word is the same paragraph,
    not a new item; a list of dashed items stays a list."""
    text = f"We thank Kim Park for technical assistance and acknowledge {before}<br>{after} We thank Jo Bloggs for sectioning."
    listed = "<p>We used:<br>— a confocal microscope<br>— a plate reader</p>"
    out = _printed(
        _page(
            "",
            "<h1>Yield of plants in dry plots</h1><p>Ana Li<sup>1</sup></p><p><sup>1</sup>Department of Biology, Example University, Exampletown, UK</p>"
            f"<h2>Methods</h2>{listed}<h2>Acknowledgements</h2><p>{text}</p>",
        ),
        tmp_path / "acks.pdf",
    )
    m = parse(out)
    ack = [b.text for s in m.sections_of("acknowledgements") for b in s.blocks]
    assert len(ack) == 1 and ack[0].endswith("We thank Jo Bloggs for sectioning."), ack
    methods = [b.text for s in m.sections_of("methods") for b in s.blocks]
    assert len(methods) == 3, methods


@pytest.mark.parametrize(
    "lines, text",
    [
        # a soft hyphen where a line breaks, as word processors and typesetters leave it
        (["particularly Konstantinos Papadopou\u00ad", "los for technical help"], "particularly Konstantinos Papadopoulos for technical help"),
        # the hyphen character U+2010 (what Chromium prints for a soft hyphen, and Wiley's hyphen)
        (["particularly Maximilian Schwarzen\u2010", "berger for machining"], "particularly Maximilian Schwarzenberger for machining"),
        (["the cell\u2010free extract and Jean\u2010Pierre Martin"], "the cell-free extract and Jean-Pierre Martin"),
        # a soft hyphen inside a line is invisible
        (["Konstan\u00adtinos Papadopoulos"], "Konstantinos Papadopoulos"),
        # an acronym before a hyphen at a line end is a compound's ("CT-scanning"), a name's part is not
        (["for assistance during CT-", "scanning and the MSC-", "stacks"], "for assistance during CT-scanning and the MSC-stacks"),
        (["a qPCR-", "based assay by Ana McDon-", "ald"], "a qPCR-based assay by Ana McDonald"),
    ],
)
def test_soft_hyphens_and_hyphen_characters_at_line_ends(lines, text):
    blk_lines = [pdf._clean_text(t) for t in lines]
    joined = blk_lines[0]
    for t in blk_lines[1:]:
        joined = pdf.repair_hyphen(joined, t, set()) if joined.endswith("-") else joined + " " + t
    assert joined == text


@pytest.mark.parametrize(
    "ack",
    [
        "The authors thank Ana Ruiz for her critical reading of the manuscript. The technical assistance of Guillermo Arce and Rodrigo Durán is gratefully acknowledged.",
        "We thank Kim Park for technical assistance with the confocal microscope and Jo Bloggs for animal husbandry.",
    ],
)
def test_short_balanced_columns_under_a_full_width_abstract(tmp_path, ack):
    """A last page, or a short paper: full-width lines above two columns too
    short to show their gutter in many rows (a journal's small type,
    balanced columns). The columns are read one after the other, so a
    paragraph that runs from the first into the second is whole and the
    sections keep their order."""
    sys.path.insert(0, str(Path(__file__).parent))
    import papergen as g

    spec = g.PaperSpec(
        slug="short",
        title="Seasonal variation in a measured quantity at three sites",
        authors=[g.AuthorSpec("Ana", "Li", [1])],
        affiliations=["Department of Biology, Example University, Exampletown, UK"],
        abstract="We report measurements made over two seasons at three sites and compare them with a simple model.",
        introduction=["The quantity varies with season; its causes are debated."],
        methods=["Samples were taken monthly and measured twice."],
        acknowledgements=[ack],
    )
    out = _printed(g.html_page(spec, columns=2, journal=True), tmp_path / "short.pdf")
    m = parse(out)
    assert [s.heading for s in m.sections if s.heading] == ["Abstract", "Introduction", "Methods", "Acknowledgements"]
    assert [b.text for s in m.sections_of("acknowledgements") for b in s.blocks] == [ack]


# ------------------------------------------------------------ title pages of corpus papers (tune part)

OWN_PDF = ROOT / "tests" / "corpus" / "papers" / "pdf"


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # F1000: the marks set as a line of their own under the whole line of names ("1 2 1")
        ("pdf-f1000-shark-longevity", [("Bryan S. Frazier", "South Carolina"), ("William B. Driggers III", "National Marine Fisheries"), ("Glenn F. Ulrich", "South Carolina")]),
        # Clinical Science: symbols on the line ("SHARMA†") beside raised marks
        ("pdf6-clinsci-ace-ndomain-inhibitor", [("Rajni K. Sharma", "Department of Chemistry"), ("Geoffrey Masuyer", "Department of Biology and Biochemistry"), ("Ismael Zamora", "Lead Molecular Design")]),
        # bioRxiv: the places as a numbered list ("1. Département ...")
        ("pdf11-biorxiv-sh3-pbs2-sho1-motif", [("Ugo Dionne", "Institut de Biologie"), ("David F. Jordan", "Département de Biochimie")]),
        # Ergodic Theory: a symbol mark set apart from the name by a space ("MATT CLAY ‡")
        ("pdf8-cup-etds-thermodynamic-outer-space", [("Tarik Aougab", "Department of Mathematics, Haverford"), ("Matt Clay", "Department of Mathematics, University of Arkansas")]),
        # JOSE: two numbered places on one line, the second opening with an acronym ("2 UC San Diego")
        ("pdf-jose-nwb4edu", [("Ashley L. Juavinett", "UC San Diego, Neurobiology"), ("Victor Magdaleno-Garcia", "UC San Diego, Cognitive Science")]),
    ],
)
def test_corpus_title_pages_give_each_author_their_places(name, want):
    m = parse(OWN_PDF / f"{name}.pdf")
    places = {a.name: a.affiliations for a in m.authors}
    for who, first_place in want:
        assert places.get(who), (who, places)
        assert places[who][0].startswith(first_place), (who, places[who])
    assert all(places.values()), places


@pytest.mark.parametrize(
    "line,expected",
    [
        ("A C K N O W L E D G E M E N T S", "ACKNOWLEDGEMENTS"),
        ("A U T H O R C O N T R I B U T I O N S", "AUTHOR CONTRIBUTIONS"),
        ("C O N F L I C T O F I N T E R E S T", "CONFLICT OF INTEREST"),
        ("D a t a a v a i l a b i l i t y s t a t e m e n t", "Data availability statement"),
        ("A B C", "A B C"),
        ("J. K. Rowling and A. B. Smith", "J. K. Rowling and A. B. Smith"),
    ],
)
def test_a_letter_spaced_heading_is_read_as_its_words(line, expected):
    # wide letter spacing leaves every letter a word in the page text; the word breaks are found
    # from the words headings are made of
    assert pdf._clean_text(line) == expected


@pytest.mark.parametrize(
    "line,names",
    [
        # a line printed with its spaces left out
        ("YonghuaHan,*,†,1TaoZhang,*,1PadmaRao,*YiqunWeng,*,‡,2andJimingJiang*,2", ["Yonghua Han", "Tao Zhang", "Padma Rao", "Yiqun Weng", "Jiming Jiang"]),
        ("KyleLo†∗ LucyLuWang†∗ MarkNeumann† DanielS.Weld†‡", ["Kyle Lo", "Lucy Lu Wang", "Mark Neumann", "Daniel S. Weld"]),
        # names parted by nothing but their marks, or set side by side with a middle initial each
        ("Kyle Lo⟨†∗⟩ Lucy Lu Wang⟨†∗⟩ Mark Neumann⟨†⟩", ["Kyle Lo", "Lucy Lu Wang", "Mark Neumann"]),
        ("Jay A. Farrell Paul F. Roysdon ⟨∗⟩", ["Jay A. Farrell", "Paul F. Roysdon"]),
        ("Kim Park* Jo Bloggs†", ["Kim Park", "Jo Bloggs"]),
        # the "ID" of an ORCID badge printed as text
        ("Ann Reich ⟨1,⟩* ID and Margo Turnbull ⟨2⟩ ID", ["Ann Reich", "Margo Turnbull"]),
        # names that are one word of two capitals stay whole when the line has its spaces
        ("Kim McDonald, Jo DeWitt and Ana LeBlanc", ["Kim McDonald", "Jo DeWitt", "Ana LeBlanc"]),
    ],
)
def test_author_lines_printed_without_separators(line, names):
    got = pdf.parse_author_line(line)
    assert got is not None and [n for n, _ in got if pdf.is_name(n)] == names


def test_an_article_type_line_is_not_an_author_line():
    assert pdf.parse_author_line("Original Articles") is None


@pytest.mark.parametrize(
    "line,names",
    [
        ("Nicolas Baillot d’Étiaux⟨1⟩, Benjamin Ménétrier⟨2⟩ and Yann Michel⟨4⟩", ["Nicolas Baillot d'Étiaux", "Benjamin Ménétrier", "Yann Michel"]),
        ("Lívia Campos ⟨a⟩, Andr⟨⟩eia Maria da Silva ⟨a⟩", ["Lívia Campos", "Andreia Maria da Silva"]),
        ("Bertrand Thirion ⟨1,2⟩ and Gael Varoquaux ¨", ["Bertrand Thirion", "Gael Varoquaux"]),
    ],
)
def test_names_with_particles_and_accents_printed_apart(line, names):
    # an elided particle, an empty raised run inside a name, an accent set apart from its letter
    got = pdf.parse_author_line(line)
    assert got is not None and [n for n, _ in got] == names


@pytest.mark.parametrize(
    "note,place",
    [
        ("Professor at the Dept. of Electrical Engineering, Example University, Exampletown", "Dept. of Electrical Engineering, Example University, Exampletown"),
        ("Ph.D. student", ""),
        ("Department of Physics, Example University; kim@example.org", "Department of Physics, Example University"),
    ],
)
def test_a_post_before_a_place_is_not_part_of_it(note, place):
    assert pdf._place_text(note) == place


def _blk(text: str, kind: str = "paragraph", page: int = 9) -> pdf.Block:
    ln = pdf.Line(text=text, page=page, x0=50, x1=300, top=100, bottom=110, size=10, bold=kind == "heading", font="Serif", spans=[])
    return pdf.Block([ln], kind=kind, text=text)


@pytest.mark.parametrize(
    ("orphan", "joined"),
    [
        ("acknowledge Dr. Ana Li for training on the flow cytometer.", True),  # the sentence goes on
        ("and Sam Lee for help with the sequencing runs.", True),
        ("ler, A. H., Calvo, N., Davis, N. A., Gerber, E. P.: On the lack of variability, J. Geophys. Res.", False),  # a reference broken by the column
        ("mouse. PAIN 2008;139:681–7.", False),
    ],
)
def test_a_statement_broken_by_the_column_goes_on_where_its_text_resumes(orphan, joined):
    """"... We would like to" ends a column, the references start the next,
    and "acknowledge Dr. A ..." comes after them in reading order: the
    sentence goes on in the acknowledgements, and a broken reference does
    not join them."""
    blocks = [
        _blk("Acknowledgments", "heading"),
        _blk("We thank Jo Bloggs (research technician) for help with the confocal microscope. We would like to"),
        _blk("References", "heading"),
        _blk("1. Lee S, Park K (2019) Soil counted twice. Nature 1: 1–2."),
        _blk(orphan),
    ]
    secs = pdf._sections(blocks, "paper.pdf", 10)
    acks = [b.text for s in secs if s.kind == "acknowledgements" for b in s.blocks]
    assert acks == [blocks[1].text + " " + orphan] if joined else [blocks[1].text]


def test_an_editorial_note_after_the_acknowledgements_is_not_part_of_them():
    """Copernicus prints who handled the paper after the acknowledgements:
    the editor is not thanked, and the note takes nothing after it."""
    blocks = [
        _blk("Acknowledgements", "heading"),
        _blk("We thank Jo Bloggs for help with the samples."),
        _blk("Edited by: S. Navarrete Reviewed by: two anonymous referees"),
        _blk("References", "heading"),
        _blk("and CanoDraw for Windows User's Guide Version 4.5. Wageningen, 2002."),
    ]
    acks = [b.text for s in pdf._sections(blocks, "paper.pdf", 10) if s.kind == "acknowledgements" for b in s.blocks]
    assert acks == [blocks[1].text]


def test_a_page_that_shows_texs_order_of_accent_marks_has_it_in_every_line():
    """"Guti´errez" alone could be "Gutíerrez" (a mark after its letter) or
    "Gutiérrez" (TeX's mark before it); on a page that prints "F´ısica" or
    "Bogot´a" elsewhere, it is TeX's order."""
    assert pdf.repair_accents("Camila Guti´errez") == "Camila Gutíerrez"
    token = pdf._TEX_ORDER.set(True)
    try:
        assert pdf.repair_accents("Camila Guti´errez") == "Camila Gutiérrez"
    finally:
        pdf._TEX_ORDER.reset(token)


def _hanging_references_page(table_rows: int = 8) -> list:
    """A page like a case report's third page: a full-width table, then two
    columns; the left ends the body and holds the acknowledgements, the right
    holds a reference list whose entries hang ("[5] M. Ollivier, ..." with
    its later lines indented)."""
    lines = [_line("Table 1: Demographic, microbiological, and therapeutic data of both cases.", 40.0, x0=120.0, x1=480.0, size=9.0)]
    for r in range(table_rows):
        top = 60.0 + 14 * r
        lines += [
            _line(f"Row label {r}", top, x0=50.0, x1=150.0, size=9.0),
            _line(f"{r} mg/L", top, x0=250.0, x1=309.0, size=9.0),
            _line(f"{r + 2} months", top, x0=330.0, x1=480.0, size=9.0),
        ]
    left = [
        "for Tornier and Zimmer. The remaining authors declare no",
        "conflict outside of the current study.",
        "Acknowledgments",
        "The authors thank Kim Park for her active participation",
        "in this work and Jo Bloggs and Sam Lee for their",
        "technical assistance in the microbiology laboratory.",
        "References",
        "[1] A. Author, B. Author, and C. Author, “Infection as a",
        "cause of revision,” Journal of Examples, vol. 9, 2013.",
    ]
    lines += [_line(t, 200.0 + 12 * k, x0=50.6, x1=290.7 if len(t) > 45 else 200.0) for k, t in enumerate(left)]
    top = 200.0
    for n in range(5, 10):
        lines.append(_line(f"[{n}] D. Writer, E. Writer, and F. Writer, “A study", top, x0=310.0, x1=548.7))
        lines += [_line("of infections after total hip replacement,” Orthopaedics,", top + 12 * (k + 1), x0=324.5, x1=548.7) for k in range(2)]
        top += 36.0
    return lines


def test_a_hanging_reference_list_beside_the_acknowledgements_is_its_own_column():
    """The indent of the right column's hanging entries is not the gutter:
    the acknowledgements are read whole, not interleaved with references."""
    regions = pdf._order(_hanging_references_page())
    text = [" ".join(ln.text for ln in r) for r in regions]
    joined = " | ".join(text)
    assert (
        "Acknowledgments The authors thank Kim Park for her active participation in this work and Jo Bloggs and Sam Lee "
        "for their technical assistance in the microbiology laboratory. References"
    ) in joined
    # each reference entry keeps its own lines together
    for n in range(5, 10):
        assert f"[{n}] D. Writer, E. Writer, and F. Writer, “A study of infections" in joined


@pytest.mark.corpus
def test_tune_paper_acknowledgement_beside_hanging_references():
    """A real case report (tune part) whose acknowledgements sit beside a
    reference list with hanging entries, under a full-width table."""
    path = Path(__file__).parent / "corpus" / "papers" / "pdf" / "pdf-hindawi-orthop-hip-arthroplasty-infection.pdf"
    m = parse(path)
    ack = m.sections_of("acknowledgements")
    assert len(ack) == 1 and [b.text for b in ack[0].blocks] == [
        "The authors thank Nicolas Krantz for his active participation in this work and Marie Titecat and Caroline Loiez for their technical assistance."
    ]
    refs = next(s for s in m.sections if s.heading == "References")
    assert refs.blocks[0].text.startswith("[1] N. Reina") and "predictive factors" in refs.blocks[0].text


@pytest.mark.parametrize(
    "line",
    [
        "Received: 23 October 2017; Revised: 27 November 2017; Accepted: 28 November 2017",
        "Received 19 August 2014 Received in revised form 12 September 2014 Accepted 16 September 2014",
        "Published online: March 3, 2021",
        "Article history:",
        "doi: 10.1002/cam4.1306",
        "https://doi.org/10.1016/j.example.2014.09.020 0304-3959/ 2014 The Authors. Published by Example B.V.",
        "Copyright © 2020 The Author(s). Published by Example Ltd. This is an Open Access article under the CC BY 4.0 license.",
        "© 2019 The Authors. Example Journal published by Example Press.",
        "Example Medicine 2018; 7(4):981–990",
        "(2023) 13:19207 |",
        "Vol.:(0123456789)",
        "2104 / 183901",
        "791",
        "RESEARCH ARTICLE",
        "OPEN ACCESS",
        "☯ These authors contributed equally to this work.",
        "* kim.park@example.ac.uk (KP); jo.bloggs@example.ac.uk (JB)",
        "1 Department of Geography, University of Exampleton, Exampleton, UK, 2 School of Physics, Sample University, Sampleford, UK",
    ],
)
def test_a_journals_page_furniture_is_no_part_of_a_closing_statement(line):
    assert pdf.page_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "We thank the staff of the Imaging Core for help with the confocal microscope.",
        "This work was funded by grant R01 GM123456 (2019).",
        "Received funding from the Example Trust in 2019 for this study.",
        "The authors received no specific funding for this work.",
        "WF209902).",
        "1 Million Genomes project staff are thanked for sequencing.",
        "Funding was provided by the Natural Sciences and Engineering Research Council of Canada.",
    ],
)
def test_statement_text_is_not_page_furniture(line):
    assert not pdf.page_furniture(line)


def test_a_doi_alone_in_a_data_statement_is_where_the_data_are():
    assert pdf.page_furniture("https://doi.org/10.21343/AZKY-0X44.")
    assert not pdf.page_furniture("https://doi.org/10.21343/AZKY-0X44.", data=True)


@pytest.mark.corpus
@pytest.mark.parametrize(
    "name, kind, want",
    [
        # a first page's side column: the funding note goes on past the article type, the places and the address
        ("pdf6-plosone-neo4j-oilfield-ontology", "funding", "did not have any additional role in the study design, data collection and analysis, decision to publish"),
        ("pdf9-plosone-dialysis-covid-simulation", "funding", "The views expressed in this publication are those of the author(s) and not necessarily those of the National Health Service"),
        # the paper's dates, citation line and DOI printed under its funding note
        ("pdf-wiley-cancermed-wbrt-temozolomide", "funding", "This research did not receive any specific grant from funding agencies in the public, commercial, or not-for-profit sectors."),
    ],
)
def test_tune_papers_closing_statements_are_read_without_the_page_furniture(name, kind, want):
    m = parse(Path(__file__).parent / "corpus" / "papers" / "pdf" / f"{name}.pdf")
    sec = m.sections_of(kind)[0]
    text = " ".join(b.text for b in sec.blocks)
    assert want in text
    assert not any(pdf.page_furniture(b.text) or "@" in b.text or "RESEARCH ARTICLE" in b.text for b in sec.blocks)


def test_superscript_digits_alone_on_their_lines_are_not_line_numbers():
    """A raised "³" or "²" set on a line of its own (m³, a footnote mark) is a
    digit to ``str.isdigit`` but no number ``int`` can read: the page is read,
    not failed."""
    body = [_line(f"Volume of the sample in cubic metres, measured run {n}", 200 + 14 * n) for n in range(12)]
    marks = [_line(ch, 196 + 14 * n, x0=300.0, x1=304.0, size=6.0) for n, ch in enumerate("³²¹³²¹³²¹³²¹")]
    page = pdf.PageText(1, 612.0, 792.0, body + marks)
    pdf._drop_line_numbers([page])
    assert len(page.lines) == len(body) + len(marks)


@pytest.mark.parametrize("words", ["American Association", "Royal Society", "Medical Research Council", "European Space Agency", "Example Academy"])
def test_an_organisations_name_is_no_persons_name(words):
    """Science's side box ("... exclusive licensee American Association for
    the Advancement of Science") broken over lines beside the title."""
    assert not pdf.is_name(words)


def test_a_who_is_with_note_read_on_after_the_text_above_it():
    """IEEE's note under the first column, read straight after the column's
    last words with no full stop between: the names before "are with" are
    still found."""
    from techcost.model import Author
    from techcost.parsers._text import places_said_with

    authors = [Author(name=n) for n in ("Kim Park", "Jo Bloggs", "Ana Li")]
    places_said_with(
        authors,
        "an overview of the existing methods and their limitations are Kim Park, Jo Bloggs and Ana Li are with the "
        "Department of Electrical Engineering, University of Exampleton, Exampleton, UK. Emails: {kpark, jbloggs, ali}@example.ac.uk",
    )
    assert [a.affiliations for a in authors] == [["Department of Electrical Engineering, University of Exampleton, Exampleton, UK"]] * 3


@pytest.mark.parametrize("between", ["nothing", "a table", "a figure"])
def test_a_small_type_paragraph_broken_at_a_page_end_goes_on_at_the_next_page(between):
    """Acknowledgements are often set smaller than the body; one broken off
    mid-sentence at a page end goes on at the top of the next page, past a
    table or a figure set there, whose own lines go on nothing."""
    left = dict(region=1, rx0=60.0, rx1=280.0, size=8.6)
    lines = [
        _col_line("Gillespie for allowing us to use the Click software.", 740.0, x0=60.0, x1=279.0, **left),
        _col_line("We thank Erin Robinson, Tonya Wimmer, Brian McGill and", 752.0, x0=60.0, x1=279.0, **left),
    ]
    floats = set()
    if between != "nothing":
        label = "Table 1. Haplotypes present in each clan." if between == "a table" else "Figure 3. Clan distribution over the ocean."
        top = [_col_line(label, 380.0, x0=40.0, x1=520.0, region=7, rx0=40.0, rx1=520.0, size=8.6), _col_line("haplotype code", 400.0, x0=300.0, x1=360.0, region=7, rx0=40.0, rx1=520.0, size=8.6)]
        for ln in top:
            ln.page = 2
        lines += top
        floats.add((2, 7))
    rest = [
        _col_line("Jaime Vickers for helping with coda analysis; and Mary", 540.0, x0=60.0, x1=279.0, region=8, rx0=60.0, rx1=280.0, size=8.6),
        _col_line("Dillon for contributing genetic data to this study.", 552.0, x0=60.0, x1=250.0, region=8, rx0=60.0, rx1=280.0, size=8.6),
    ]
    for ln in rest:
        ln.page = 2
    blocks = _blocks(lines + rest, floats)
    ack = next(b for b in blocks if b.startswith("Gillespie"))
    assert ack.endswith("Mary Dillon for contributing genetic data to this study.")
    assert "haplotype" not in ack and "Figure" not in ack and "Table" not in ack


def test_a_small_type_paragraph_does_not_take_a_numbered_place_or_a_table_row():
    """What the next page opens with is no continuation when it is a
    numbered note ("1 Department of ...") or a table's row of figures."""
    left = dict(region=1, rx0=60.0, rx1=280.0, size=8.6)
    lines = [
        _col_line("The funder provided salaries for the authors, but had no", 740.0, x0=60.0, x1=279.0, **left),
        _col_line("other role in the study design, data collection, analysis,", 752.0, x0=60.0, x1=279.0, **left),
    ]
    nxt = [
        _col_line("1 Department of Computer Technology, Example University", 60.0, x0=60.0, x1=279.0, region=4, rx0=60.0, rx1=280.0, size=8.6),
        _col_line("12 20.4 18 NY 10 19.8", 90.0, x0=60.0, x1=200.0, region=5, rx0=60.0, rx1=280.0, size=8.6),
    ]
    for ln in nxt:
        ln.page = 2
    blocks = _blocks(lines + nxt)
    assert blocks[0].endswith("data collection, analysis,")


def test_running_heads_set_an_inch_down_are_removed(tmp_path):
    """A manuscript's running head may stand lower than the page's top tenth
    (a one-inch margin); repeated at the same height on every page, it is
    no part of the text, and no part of the acknowledgements it falls in."""
    body = " ".join(["Each response was scaled to the range of the example items before the analysis."] * 12)
    html = _page(
        ".rh { position: fixed; top: 0; right: 0; font-size: 10.9pt; }",
        "<div class='rh'>Response scaling</div><h1>Response scaling in example judgements</h1>"
        + "".join(f"<p>{body}</p>" for _ in range(18))
        + "<h2>Acknowledgements</h2><p>We thank Kim Park for technical assistance with the example apparatus.</p>",
        margin="3cm 2cm 2cm 2cm",
    )
    m = pdf.parse(_printed(html, tmp_path / "running.pdf"), display_path="running.pdf", lexicons={})
    assert not any("Response scaling" == b.text.strip() or b.text.endswith("Response scaling") for s in m.sections for b in s.blocks)
    ack = " ".join(b.text for s in m.sections if s.kind == "acknowledgements" for b in s.blocks)
    assert ack == "We thank Kim Park for technical assistance with the example apparatus."


@pytest.mark.parametrize("label", ["Appendix A. Linear algebra in example spaces", "Appendix 2: The example model"])
def test_an_appendix_heading_in_body_type_ends_the_acknowledgements(tmp_path, label):
    """An appendix's heading set in the body's type, neither bold nor
    large, is known by its label and ends the statement before it."""
    html = _page(
        ".cols { column-count: 2; column-gap: 1cm; } .ap { font-style: italic; margin-top: 1.5em; }",
        "<h1>An example of quantum dynamics in choice</h1><div class='cols'>"
        + "".join(f"<p>{' '.join(['The model predicts the choice probabilities for each example condition.'] * 6)}</p>" for _ in range(4))
        + "<p><b>Acknowledgments</b></p><p>We thank Kim Park and Jo Bloggs for comments on the example.</p>"
        + f"<p class='ap'>{label}</p><p>Quantum theory works with abstract vectors and operations on vectors defined within a space of examples.</p>"
        + "</div>",
    )
    m = pdf.parse(_printed(html, tmp_path / "appendix.pdf"), display_path="appendix.pdf", lexicons={})
    ack = " ".join(b.text for s in m.sections if s.kind == "acknowledgements" for b in s.blocks)
    assert ack == "We thank Kim Park and Jo Bloggs for comments on the example."


@pytest.mark.parametrize(
    "left,right,joined",
    [
        ("Journa", "l of Plankton Research", "Journal of Plankton Research"),
        ("Technica", "l assistance was provided by Ev", "Technical assistance was provided by Ev"),
        ("Vol.2", "0 no. 8", "Vol.20 no. 8"),
        ("was provided b", "y Eva Wlodarczyk", "was provided by Eva Wlodarczyk"),
        # guards: a place's letter mark is no part of the next word; a space stays a space
        ("China; b", "Key Laboratory of Nephrology", "China; b Key Laboratory of Nephrology"),
        ("Journal", "of Plankton Research", "Journal of Plankton Research"),
    ],
)
def test_letters_that_touch_across_a_break_are_one_word(left, right, joined):
    """Some PDFs set each word's last letter on its own, and PDFium breaks
    the line before it ("Journa" | "l"): letters that touch are one word,
    with no space put between; pieces a space apart keep it."""
    w = 4.0  # a letter's width
    first = pdf.Line(left, 1, 100.0, 100.0 + w * len(left), 700.0, 712.0, 10.0, False, "Times", [(0, len(left) - 1)])
    touching = left not in ("Journal",)
    x0 = first.x1 + (0.1 if touching else 2.6)
    second = pdf.Line(right, 1, x0, x0 + w * len(right), 700.0, 712.0, 10.0, False, "Times", [(len(left), len(left) + len(right) - 1)])
    assert [ln.text for ln in pdf._merge_fragments([first, second])] == [joined]


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Paul A. Gastan~aduy, Emily Banerjee", "Paul A. Gastañaduy, Emily Banerjee"),
        ("Universidade de Sa~o Paulo", "Universidade de São Paulo"),
        # a tilde that is no accent stays: a web address, an approximation, TeX's tie left in the text
        ("http://example.org/~lee/data", "http://example.org/~lee/data"),
        ("approximately ~5 mm", "approximately ~5 mm"),
        ("see Fig.~1", "see Fig.~1"),
    ],
)
def test_an_ascii_tilde_after_its_letter_is_the_letters_accent(line, expected):
    assert pdf._clean_text(line) == expected


@pytest.mark.parametrize(
    ("font", "bold"),
    [("CMBX9", True), ("ABCDEF+CMBX10", True), ("CMSSBX10", True), ("SFBX1000", True), ("NimbusRomNo9L-Medi", True), ("Verdana-Bold", True),
     ("CMR10", False), ("CMBR10", False), ("NimbusRomNo9L-Regu", False), ("Roboto-Medium", False), ("CMSY10", False)],
)
def test_a_bold_face_known_by_its_name(font, bold):
    """TeX names its bold faces by their series, not with "Bold": an
    appendix heading set in CMBX is bold, and ends the section before it."""
    assert pdf.bold_by_name(font) is bold


def test_prose_set_larger_than_a_smaller_methods_section_is_no_heading(tmp_path):
    """Journals that set their methods in smaller type make the methods the
    commonest size of the first pages; the introduction and results, set
    larger, are still prose, not a heading a line."""
    intro = "Roots take up water from the soil and Their growth depends on many signals from the shoot and the soil around them " * 6
    methods = "Seeds were sown in pots of compost and Grown under a sixteen hour day at twenty degrees until sampled for the assays " * 14
    results = "Tolerant lines kept more water in their leaves and Lost less of it under stress than the sensitive lines did in every trial " * 7
    body = (
        "<h1>Water use of millet under drought</h1><p>Kim Park and Jo A. Bloggs</p>"
        f"<h2>Introduction</h2><p>{intro}</p><p>{intro}</p>"
        f"<h2>Materials and methods</h2>" + f"<p class='m'>{methods}</p>" * 4 +
        "<h2>Results</h2>" + f"<p>{results}</p>" * 6 +
        "<h2>Acknowledgements</h2><p>We thank Ana Li for technical assistance with the growth rooms.</p>"
    )
    css = "body { columns: 2; column-gap: 1cm; } h2 { font-size: 12pt; font-weight: normal; } p { margin: 0; text-indent: 1em; } .m { font-size: 9pt; }"
    m = parse(_printed(_page(css, body), tmp_path / "sizes.pdf"))
    assert [s.heading for s in m.sections if s.heading] == ["Introduction", "Materials and methods", "Results", "Acknowledgements"]
    assert [s.kind for s in m.sections if s.heading][-1] == "acknowledgements"


@pytest.mark.parametrize("masthead", [["Natural Hazards", "and Earth", "System Sciences"], ["Ocean Science"], ["Annales Geophysicae"]])
def test_a_journals_name_set_large_above_the_title_is_no_author(masthead):
    """Copernicus's older pages set the journal's name large and bold at
    the top right, above the title, and a page may be read with it after
    the title: it is no line of names, for names are never above the title
    they sign; the names are the line under the title."""

    o, c = pdf._SUP_OPEN, pdf._SUP_CLOSE

    def at(text, x0, top, size, bold=False):
        return pdf.Line(text, 1, x0, x0 + 5.0 * len(text), top, top + 1.15 * size, size, bold, "Times", [(0, len(text) - 1)])

    lines = [
        at("Nat. Hazards Earth Syst. Sci., 6, 1007–1015, 2006", 46.0, 36.0, 10.0),
        at("© Author(s) 2006. This work is licensed", 46.0, 60.0, 10.0),
        at("Freak waves in a year", 46.0, 139.0, 17.2, bold=True),
        *(at(w, 424.0, 40.0 + 15.0 * k, 14.9, bold=True) for k, w in enumerate(masthead)),
        at(f"K. Park{o}1,2{c}, J. A. Bloggs{o}1{c}, and A. Li{o}3{c}", 46.0, 167.0, 10.0, bold=True),
        at(f"{o}1{c}Institute of Applied Physics, Example Town, Exampleland", 46.0, 183.0, 10.0),
    ]
    authors, _, _ = pdf._authors_from_front(None, None, lines, (2, 3), "paper.pdf")
    assert [a.name for a in authors] == ["K. Park", "J. A. Bloggs", "A. Li"]


@pytest.mark.parametrize(
    "line, names",
    [
        # a full stop typed for the comma after one family name
        ("Hollister. J. W. * 1, Kellogg, D. Q. 2, Kreakie, B. J. 1, Shivers, S. 3", ["J. W. Hollister", "D. Q. Kellogg", "B. J. Kreakie", "S. Shivers"]),
        ("Kellogg, D. Q. 1, Hollister. J. W. * 2, Arnold, C. L.3", ["D. Q. Kellogg", "J. W. Hollister", "C. L. Arnold"]),
        # one given name written out among initials
        ("Park, K. 1, Bloggs, J. A. 2, Li, A. 1, Lei-Parent, Qian3", ["K. Park", "J. A. Bloggs", "A. Li", "Qian Lei-Parent"]),
    ],
)
def test_family_first_author_lists_with_a_slip(line, names):
    assert [n for n, _ in pdf.parse_author_line(line)] == names


@pytest.mark.parametrize("line", ["Smith, John, Brown, Mary", "Department of Biology. University of Somewhere, Leeds, UK"])
def test_lines_that_only_look_family_first_are_not_read_so(line):
    got = pdf.parse_author_line(line)
    assert got is None or [n for n, _ in got] != ["John Smith", "Mary Brown"]
