"""The same paper, written in every format techcost reads, gives the same
authors, contribution roles and technical credit.

Each paper is written by ``tests/papergen.py`` as Markdown, LaTeX (one
file, and a main file with its sections in other files), Word, JATS, and as
PDF in one and in two columns (HTML printed by Chromium). What techcost
reads from each is compared with what the paper says.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from techcost import api
from techcost.analysis import analyse
from techcost.model import Manuscript

from . import papergen
from .papergen import AuthorSpec, PaperSpec

pytestmark = pytest.mark.slow  # the fast tier (pytest -m "not slow") leaves it to the full suite

INTRO = [
    ("Technical staff make research possible. This paper describes an experiment and how its data were made, "
    "from the preparation of the first samples to the analysis of the last measurements, and why each step mattered."),
    ("The approach builds on earlier work in the field. Each part of the study was planned with the people who run the "
    "instruments, the workshops that built the apparatus and the facilities that hold the data."),
]
METHODS = ["Samples were imaged on a confocal microscope and sequenced on a short-read platform. Analysis used custom scripts."]

PAPERS: list[tuple[PaperSpec, dict]] = [
    (
        PaperSpec(
            slug="credit-per-author",
            title="Role beside the name and CRediT per author",
            authors=[
                AuthorSpec("Alan", "Brown", [1], orcid="0000-0002-1825-0097", email="alan.brown@example.ac.uk"),
                AuthorSpec("Fiona", "Lee", [1, 2]),
                AuthorSpec("Priya", "Raman", [3]),
            ],
            affiliations=[
                "Department of Biology, University of Exampleton, Exampleton, UK",
                "School of Chemistry, University of Exampleton, Exampleton, UK",
                "Research Software Engineering Group, University of Exampleton, Exampleton, UK",
            ],
            abstract="We describe a method and thank those who made it work.",
            introduction=INTRO,
            methods=METHODS,
            acknowledgements=[
                "We thank Jo Bloggs (Research Technician) for preparing the samples and the Electron Microscopy Facility at the University of Exampleton for imaging. We thank Mary Jones for comments on the manuscript."
            ],
            contributions=[
                "Alan Brown: Conceptualization, Methodology, Writing – original draft. Fiona Lee: Investigation, Formal analysis. Priya Raman: Software."
            ],
            funding="This work was funded by the Example Research Council (grant EX/123/4).",
        ),
        {
            "authors": ["Alan Brown", "Fiona Lee", "Priya Raman"],
            "roles": {
                "Alan Brown": ["conceptualization", "methodology", "writing-original-draft"],
                "Fiona Lee": ["investigation", "formal-analysis"],
                "Priya Raman": ["software"],
            },
            "staff": [("Jo Bloggs", "explicit")],
            "facilities": ["Electron Microscopy Facility"],
            "technical_authors": ["Priya Raman"],
        },
    ),
    (
        PaperSpec(
            slug="mdpi-roles",
            title="Role before the name and role-first contribution statement",
            authors=[AuthorSpec("Fatima", "Lopez", [1]), AuthorSpec("Anders", "Bergstrom", [1]), AuthorSpec("Chen", "Wei", [2])],
            affiliations=["Institute of Marine Science, Example University, Exampleville, Norway", "Flow Cytometry Core Facility, Example University, Exampleville, Norway"],
            abstract="A study of plankton.",
            introduction=INTRO,
            methods=METHODS,
            acknowledgements=[
                "We thank laboratory technician Kim Park for help with cell culture, and the technicians Sam Lee and Ravi Patel for maintaining the confocal microscope. We are grateful to the staff of the Genomics Core for sequencing."
            ],
            contributions=["Conceptualization, F.L. and A.B.; methodology, A.B.; investigation, C.W.; writing—original draft preparation, F.L. All authors have read and agreed to the published version of the manuscript."],
        ),
        {
            "authors": ["Fatima Lopez", "Anders Bergstrom", "Chen Wei"],
            "roles": {
                "Fatima Lopez": ["conceptualization", "writing-original-draft"],
                "Anders Bergstrom": ["conceptualization", "methodology"],
                "Chen Wei": ["investigation"],
            },
            "staff": [("Kim Park", "explicit"), ("Sam Lee", "explicit"), ("Ravi Patel", "explicit")],
            "facilities": ["the staff of the Genomics Core"],
            "technical_authors": ["Chen Wei"],
        },
    ),
    (
        PaperSpec(
            slug="passive-and-noun-phrase",
            title="Passive and noun-phrase credit with free-text contributions",
            authors=[AuthorSpec("María", "García-López", [1], orcid="0000-0001-5109-3700"), AuthorSpec("Pieter", "van der Berg", [1]), AuthorSpec("Zoë", "Ødegård", [2])],
            affiliations=["Centre for Neuroscience, Universidad de Ejemplo, Madrid, Spain", "Department of Physiology, Exemplar Institute, Oslo, Norway"],
            abstract="Zebrafish behaviour.",
            introduction=INTRO,
            methods=METHODS,
            acknowledgements=[
                "Excellent fish husbandry was provided by Reinhild Schmidt and Katja Weber. The technical assistance of Mrs A. Iden is gratefully acknowledged.",
                "We thank Lucy Ng for discussions.",
            ],
            contributions=["M.G.-L. and P.v.d.B. designed the experiments. Z.Ø. performed the experiments and analyzed the data. M.G.-L. wrote the paper."],
        ),
        {
            "authors": ["María García-López", "Pieter van der Berg", "Zoë Ødegård"],
            "roles": {
                "María García-López": ["methodology", "writing-original-draft"],
                "Pieter van der Berg": ["methodology"],
                "Zoë Ødegård": ["investigation", "formal-analysis"],
            },
            "staff": [("Reinhild Schmidt", "explicit"), ("Katja Weber", "explicit"), ("A. Iden", "explicit")],
            "facilities": [],
            "technical_authors": [],
        },
    ),
    (
        PaperSpec(
            slug="verbless-and-lists",
            title="Verbless credit and lists of technicians",
            authors=[AuthorSpec("Hana", "Tanida", [1]), AuthorSpec("Oluwaseun", "Adeyemi", [1]), AuthorSpec("Liam", "O'Brien", [2])],
            affiliations=["Department of Materials, Example Institute of Technology, Tokyo, Japan", "Mechanical Workshop, Technical Services, Example Institute of Technology, Tokyo, Japan"],
            abstract="Alloys.",
            introduction=INTRO,
            methods=METHODS,
            acknowledgements=[
                "We thank the following technicians: Ana Souza (Physics), Ben Carter (Chemistry) and Chloe Dubois. To J. Smith for technical help with SEM. We also thank Drs. Emma Clark and David Osei for helpful discussions."
            ],
            contributions=["Conceptualization: H.T., O.A.; Investigation: O.A., L.O.; Writing – review & editing: H.T., O.A., L.O."],
        ),
        {
            "authors": ["Hana Tanida", "Oluwaseun Adeyemi", "Liam O'Brien"],
            "roles": {
                "Hana Tanida": ["conceptualization", "writing-review-editing"],
                "Oluwaseun Adeyemi": ["conceptualization", "investigation", "writing-review-editing"],
                "Liam O'Brien": ["investigation", "writing-review-editing"],
            },
            "staff": [("Ana Souza", "explicit"), ("Ben Carter", "explicit"), ("Chloe Dubois", "explicit"), ("J. Smith", "explicit")],
            "facilities": [],
            "technical_authors": ["Liam O'Brien"],
        },
    ),
    (
        PaperSpec(
            slug="single-author-negative",
            title="A single author thanking colleagues and funders only",
            authors=[AuthorSpec("Grace", "Hopper", [1])],
            affiliations=["Department of Mathematics, Example College, Boston, USA"],
            abstract="A proof.",
            introduction=INTRO,
            methods=["The proof is by induction."],
            acknowledgements=["I thank Ada Lovelace for technical discussions and the Example Foundation for financial support."],
        ),
        {"authors": ["Grace Hopper"], "roles": {}, "staff": [], "facilities": [], "technical_authors": []},
    ),
    (
        PaperSpec(
            slug="credits-roll",
            title="A credits roll, one person and post a paragraph",
            authors=[AuthorSpec("Grace", "Okafor", [1]), AuthorSpec("Tomas", "Novak", [1])],
            affiliations=["Department of Earth Sciences, University of Exampleton, Exampleton, UK"],
            abstract="A new flume.",
            introduction=INTRO,
            methods=METHODS,
            acknowledgements=[
                "The flume was designed, built and run with the help of:",
                "Kim Park, Research Technician",
                "Sam Lee, Mechanical Workshop Technician",
                "Ana Ruiz, Research Software Engineer",
                "We thank Lucy Ng for comments on the manuscript.",
            ],
            contributions=["Grace Okafor: Conceptualization, Writing – original draft. Tomas Novak: Investigation."],
        ),
        {
            "authors": ["Grace Okafor", "Tomas Novak"],
            "roles": {"Grace Okafor": ["conceptualization", "writing-original-draft"], "Tomas Novak": ["investigation"]},
            "staff": [("Kim Park", "explicit"), ("Sam Lee", "explicit"), ("Ana Ruiz", "explicit")],
            "facilities": [],
            "technical_authors": [],
        },
    ),
]


def _read(path: Path) -> Manuscript:
    _, rs = api.load()
    parsed = api.parse_one(path, rs)
    assert parsed.error is None, f"{path.name}: {parsed.error}"
    assert isinstance(parsed.model, Manuscript)
    return analyse(parsed.model, rs.lexicons)


def _seen(m: Manuscript) -> dict:
    return {
        "authors": [a.name for a in m.authors],
        "roles": {a.name: a.roles for a in m.authors if a.roles},
        "staff": [(c.name, c.basis) for c in m.technical_contributors],
        "facilities": [f.name for f in m.facilities if not f.named_staff or f.unnamed_staff],
        "technical_authors": [a.name for a in m.authors if a.technical],
    }


def _need_chromium() -> bool:
    if papergen.chromium() is not None:
        return True
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("chromium is not installed; under CI=true it is required for the PDF renderings")
    return False


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("papers")
    with_pdf = _need_chromium()
    # with the PDFs, also a journal's page: two columns of small justified type, long words
    # (names too) hyphenated at line ends
    return {spec.slug: papergen.write_all(spec, folder / spec.slug, with_pdf=with_pdf, journal=with_pdf) for spec, _ in PAPERS}


@pytest.mark.parametrize("spec,expected", PAPERS, ids=[p.slug for p, _ in PAPERS])
def test_every_format_reads_the_same_paper(rendered, spec, expected):
    files = rendered[spec.slug]
    if "pdf-1col" not in files:
        pytest.skip("chromium is not installed: the PDF renderings are not checked here")
    seen = {fmt: _seen(_read(path)) for fmt, path in files.items()}
    for fmt, got in seen.items():
        for key in ("authors", "roles", "staff", "facilities", "technical_authors"):
            want = expected[key]
            have = got[key]
            if key == "facilities":
                assert len(have) == len(want) and all(w.lower() in h.lower() or h.lower() in w.lower() for w, h in zip(want, have)), (fmt, key, have)
            else:
                assert have == want, (fmt, key, have)


def test_markdown_latex_word_and_jats_agree_without_chromium(tmp_path):
    """The same comparison without the PDF renderings, so that it always runs."""
    for spec, expected in PAPERS:
        files = papergen.write_all(spec, tmp_path / spec.slug, with_pdf=False)
        for fmt, path in files.items():
            got = _seen(_read(path))
            assert got["authors"] == expected["authors"], (spec.slug, fmt)
            assert got["roles"] == expected["roles"], (spec.slug, fmt, got["roles"])
            assert got["staff"] == expected["staff"], (spec.slug, fmt, got["staff"])
            assert got["technical_authors"] == expected["technical_authors"], (spec.slug, fmt)


_THANKS = [
    # funding first: the paragraph does not open as thanks
    "This work was funded by the Example Research Council (grant EX/1234/1). The authors express their gratitude to "
    "Kim Park for running the mass spectrometer and Jo Bloggs for maintaining the confocal microscopes.",
    "We are also grateful to the staff of the Example Imaging Facility for their help with sample preparation.",
]
_PLACES = [*papergen.MD_ACK_PLACES, *papergen.TEX_ACK_PLACES, *papergen.DOCX_ACK_PLACES, *papergen.PDF_ACK_PLACES]


@pytest.mark.parametrize("place", _PLACES)
def test_thanks_are_read_wherever_a_paper_puts_them(tmp_path, place):
    # class environments and macros, run-in and bold labels, YAML fields, fenced divs, small
    # type at the end, a first-page footnote, after the references, or no label at all
    if place.startswith("pdf-") and not _need_chromium():
        pytest.skip("chromium is not installed: the printed placements are not checked here")
    m = _read(papergen.ack_placed(_THANKS, place, tmp_path / place))
    seen = _seen(m)
    assert sorted(seen["staff"]) == [("Jo Bloggs", "explicit"), ("Kim Park", "explicit")], seen["staff"]
    assert [f.lower() for f in seen["facilities"]] == ["the staff of the example imaging facility"], seen["facilities"]


@pytest.mark.parametrize(
    "text",
    [
        "We thank Prof. Maximiliano Featherstonehaugh for running the mass spectrometer and Jo Bloggs for maintaining the confocal microscopes.",
        "The authors sincerely thank Mr Kim Park and Dr Jo Bloggs for their technical support in this research.",
    ],
)
def test_a_run_in_label_whose_first_line_breaks_early_is_not_a_heading(tmp_path, text):
    # two narrow columns: "Acknowledgements: The authors" | "sincerely thank ...", the first
    # line short and bold-led, is the start of a paragraph, not a heading that swallows its words
    if not _need_chromium():
        pytest.skip("chromium is not installed: the printed placements are not checked here")
    m = _read(papergen.ack_placed([text], "pdf-runin-2col", tmp_path / "runin"))
    ack = m.sections_of("acknowledgements")
    assert [s.heading for s in ack] == ["Acknowledgements"]
    assert ack[0].blocks[0].text == text


_ITEMS = [
    "Kim Park, for running the mass spectrometer;",
    "Jo Bloggs (research technician), for maintaining the confocal microscopes;",
    "the staff of the Example Imaging Facility, for help with sample preparation; and",
    "Sam Lee, for comments on the manuscript.",
]


def _bulleted(fmt: str, folder: Path) -> Path:
    """A paper whose acknowledgement is "We thank:" over a bulleted list."""
    import html as h

    body = "Samples were taken monthly and measured twice."
    if fmt == "markdown":
        p = folder / "p.md"
        items = "\n".join(f"- {t}" for t in _ITEMS)
        p.write_text(f"---\ntitle: T\nauthor:\n  - Anna Bell\n---\n\n# Methods\n\n{body}\n\n# Acknowledgements\n\nWe thank:\n\n{items}\n", encoding="utf-8")
    elif fmt == "latex":
        p = folder / "p.tex"
        items = "\n".join(f"\\item {t}" for t in _ITEMS)
        p.write_text(
            f"\\documentclass{{article}}\n\\author{{Anna Bell}}\n\\begin{{document}}\n\\section{{Methods}}\n{body}\n\n"
            f"\\section*{{Acknowledgements}}\nWe thank:\n\\begin{{itemize}}\n{items}\n\\end{{itemize}}\n\\end{{document}}\n",
            encoding="utf-8",
        )
    elif fmt == "docx":
        import docx

        d = docx.Document()
        d.add_paragraph("Anna Bell")
        d.add_heading("Methods", 1)
        d.add_paragraph(body)
        d.add_heading("Acknowledgements", 1)
        d.add_paragraph("We thank:")
        for t in _ITEMS:
            d.add_paragraph(t, style="List Bullet")
        p = folder / "p.docx"
        d.save(str(p))
    elif fmt == "jats":
        items = "".join(f"<list-item><p>{h.escape(t)}</p></list-item>" for t in _ITEMS)
        p = folder / "p.xml"
        p.write_text(
            '<?xml version="1.0" encoding="UTF-8"?><article xmlns:xlink="http://www.w3.org/1999/xlink"><front><article-meta>'
            "<title-group><article-title>T</article-title></title-group><contrib-group><contrib contrib-type=\"author\"><name>"
            "<surname>Bell</surname><given-names>Anna</given-names></name></contrib></contrib-group></article-meta></front>"
            f"<body><sec><title>Methods</title><p>{body}</p></sec></body><back><ack><title>Acknowledgements</title>"
            f'<p>We thank:</p><list list-type="bullet">{items}</list></ack></back></article>',
            encoding="utf-8",
        )
    else:
        items = "".join(f"<li>{h.escape(t)}</li>" for t in _ITEMS)
        page = (
            "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } "
            "body { font-family: 'DejaVu Serif', serif; font-size: 10pt; }</style></head><body><h1>Seasonal variation</h1>"
            f"<p>Anna Bell</p><h2>Methods</h2><p>{body}</p><h2>Acknowledgements</h2><p>We thank:</p><ul>{items}</ul></body></html>"
        )
        p = papergen.print_html(page, folder / "p.pdf")
    return p


@pytest.mark.parametrize("fmt", ["markdown", "latex", "docx", "jats", "pdf"])
def test_thanks_over_a_bulleted_list_reach_every_item(tmp_path, fmt):
    # "We thank:" then one item a person: each item is thanks, with its own purpose
    if fmt == "pdf" and not _need_chromium():
        pytest.skip("chromium is not installed: the printed list is not checked here")
    seen = _seen(_read(_bulleted(fmt, tmp_path)))
    assert sorted(seen["staff"]) == [("Jo Bloggs", "explicit"), ("Kim Park", "explicit")], seen["staff"]
    assert [f.lower() for f in seen["facilities"]] == ["the staff of the example imaging facility"], seen["facilities"]


@pytest.mark.parametrize("placeholder", ["TEXT", "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "Acknowledgements go here.", "TODO"])
def test_a_templates_placeholder_left_in_the_acknowledgements_is_no_acknowledgement(tmp_path, placeholder):
    spec = PAPERS[0][0]
    spec = PaperSpec(**{**spec.__dict__, "slug": "placeholder", "acknowledgements": [placeholder]})
    for fmt, path in papergen.write_all(spec, tmp_path / "placeholder", with_pdf=False).items():
        m = _read(path)
        assert not m.acknowledgements_present, (fmt, [s.text for s in m.sections_of("acknowledgements")])
        assert _seen(m)["authors"] == PAPERS[0][1]["authors"], fmt


_TYPED_PLACES = [
    "Institute of Psychology, University of Exampleton",
    "Department of Psychology, Example University",
    "Genomics Core Facility, Example Institute, Exampleville",
]
_TYPED_NAMES = "Kim Park¹, Ana Li² and Jo Bloggs²,³"


def _typed_marks(fmt: str, folder: Path) -> Path:
    """A title block whose marks are typed as the characters "¹²³" (as Word
    users and some Quarto and R Markdown templates type them)."""
    places = [f"{'¹²³'[i]}{p}" for i, p in enumerate(_TYPED_PLACES)]
    title = "Rules for writing items revisited"
    body = "Samples were taken monthly and measured twice."
    if fmt == "markdown":
        p = folder / "p.md"
        lines = "\n\n".join([_TYPED_NAMES, *places])
        p.write_text(f"---\ntitle: {title}\n---\n\n{lines}\n\n# Methods\n\n{body}\n", encoding="utf-8")
    elif fmt == "latex":
        p = folder / "p.tex"
        block = "\\\\\n".join([_TYPED_NAMES, *places])
        p.write_text(f"\\documentclass{{article}}\n\\title{{{title}}}\n\\author{{{block}}}\n\\begin{{document}}\n\\maketitle\n\\section{{Methods}}\n{body}\n\\end{{document}}\n", encoding="utf-8")
    elif fmt == "docx":
        import docx

        d = docx.Document()
        d.add_heading(title, 0)
        for line in [_TYPED_NAMES, *places]:
            d.add_paragraph(line)
        d.add_heading("Methods", 1)
        d.add_paragraph(body)
        p = folder / "p.docx"
        d.save(str(p))
    else:
        rows = "".join(f"<p style='text-align:center; margin:0'>{x}</p>" for x in [_TYPED_NAMES, *places])
        page = (
            "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } "
            f"body {{ font-family: 'DejaVu Serif', serif; font-size: 11pt; }}</style></head><body><h1 style='text-align:center'>{title}</h1>"
            f"{rows}<h2>Methods</h2><p>{body}</p></body></html>"
        )
        p = papergen.print_html(page, folder / "p.pdf")
    return p


@pytest.mark.parametrize("fmt", ["markdown", "latex", "docx", "pdf"])
def test_marks_typed_as_superscript_characters_point_to_places_in_every_format(tmp_path, fmt):
    if fmt == "pdf" and not _need_chromium():
        pytest.skip("chromium is not installed: the printed page is not checked here")
    m = _read(_typed_marks(fmt, tmp_path))
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Kim Park", _TYPED_PLACES[:1]),
        ("Ana Li", _TYPED_PLACES[1:2]),
        ("Jo Bloggs", _TYPED_PLACES[1:]),
    ], fmt
    assert [a.name for a in m.authors if a.technical] == ["Jo Bloggs"], fmt
