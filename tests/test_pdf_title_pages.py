"""Authors and their places read from PDF title pages set the ways journals
and templates set them: numbered or lettered marks with the places below,
a grid of author cells, one author a line with the places beneath, and the
places in a note at the foot of a two-column page. Each page is printed by
Chromium from the same list of authors, and the reading must give back the
same authors, each with the same places, and the same technical staff."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from techcost import api
from techcost.analysis import analyse
from techcost.model import Manuscript
from tests import papergen as g
from tests.papergen import FrontAuthor as A

UK = "Exampleton, UK"

MIXED = [
    A("Kim Park", [f"Research Software Engineering Group, University of Exampleton, {UK}"]),
    A("Jo A. Bloggs", [f"Department of Geography, University of Exampleton, {UK}", "ETH Zurich, Switzerland"]),
    # a hyphen joining an initial to the given name; an address whose street number follows a comma
    A("F.-Xabier Contreras", ["Center for Astrophysics, Harvard & Smithsonian, 60 Garden St, Cambridge, MA 02138, USA"]),
    A("Ana Li", ["Histology Unit, Babraham Institute, Cambridge, UK"]),
    A("Sam Lee", ["Edinburgh"]),  # a place with no institution word
    A("Rosa Díaz", ["Servicio de Microscopía Electrónica, Universidad de Granada, Granada, Spain"]),
]
MIXED_TECHNICAL = {"Kim Park", "Ana Li", "Rosa Díaz"}

# twelve places: lettered marks run past "h"
MANY = [A(f"{given} {family}", [f"Department of Physics, University of {town}, {town}, Norway"]) for given, family, town in [
    ("Astrid", "Berg", "Tromsø"), ("Bjørn", "Dahl", "Bergen"), ("Cecilie", "Eng", "Oslo"), ("Dag", "Foss", "Trondheim"),
    ("Eli", "Grønn", "Stavanger"), ("Frode", "Hauge", "Agder"), ("Gro", "Iversen", "Bodø"), ("Hege", "Jensen", "Hamar"),
    ("Ivar", "Krogh", "Molde"), ("Jorunn", "Lie", "Narvik"), ("Knut", "Moe", "Harstad"), ("Liv", "Nygaard", "Alta"),
]]  # fmt: skip

# long places that wrap in a narrow cell, each ending with its country
LONG = [
    A("Marta Silva", [
        "Auditory Neuroscience and Optogenetics Laboratory, German Primate Center, 37077 Göttingen, Germany",
        "Institute for Auditory Neuroscience, University Medical Center Göttingen, 37075 Göttingen, Germany",
    ]),
    A("Tom Becker", ["Mass Spectrometry Facility, Max Planck Institute for Experimental Medicine, 37075 Göttingen, Germany"]),
    A("Ute Wolf", ["Department of Biology, University of Kassel, Kassel, Germany"]),
]  # fmt: skip


def _printed(html: str, out: Path) -> Path:
    if g.chromium() is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is not installed; under CI=true it is required")
        pytest.skip("chromium is not installed")
    return g.print_html(html, out)


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w&]+", " ", s).split()).lower()


def _read(path: Path) -> Manuscript:
    _, rs = api.load()
    parsed = api.parse_one(path, rs)
    assert parsed.error is None, parsed.error
    assert isinstance(parsed.model, Manuscript)
    return analyse(parsed.model, rs.lexicons)


@pytest.mark.parametrize("layout", g.FRONT_LAYOUTS)
@pytest.mark.parametrize(("authors", "technical"), [(MIXED, MIXED_TECHNICAL), (MANY, set()), (LONG, {"Tom Becker"})], ids=["mixed", "many", "long"])
def test_title_page_gives_each_author_their_places(tmp_path, layout, authors, technical):
    m = _read(_printed(g.front_page_html("Seasonal change at three sites", authors, layout), tmp_path / f"{layout}.pdf"))
    assert [a.name for a in m.authors] == [a.name for a in authors]
    for want, got in zip(authors, m.authors, strict=True):
        assert sorted(_norm(x) for x in got.affiliations) == sorted(_norm(x) for x in want.affiliations), want.name
    assert {a.name for a in m.authors if a.technical} == technical


def test_names_in_a_grid_are_not_read_across_a_title_above_them(tmp_path):
    """A title's last, short line sits over the middle cell of a grid of
    authors: it stays the title's, and the cells are read one by one."""
    authors = [A("Roberta Cacioppo", ["Department of Pharmacology, University of Cambridge, Cambridge, UK"]),
               A("Begum Akman", ["Department of Biological Sciences, Middle East Technical University, Ankara, Turkey"]),
               A("Taner Tuncer", ["Department of Biology, Ondokuz Mayis University, Samsun, Turkey"])]  # fmt: skip
    title = "Differential translation of mRNA isoforms underlies oncogenic activation of kinase Aurora A"
    m = _read(_printed(g.front_page_html(title, authors, "blocks"), tmp_path / "grid.pdf"))
    assert _norm(m.title or "") == _norm(title)
    assert [a.name for a in m.authors] == [a.name for a in authors]


def test_two_columns_side_by_side_are_not_a_grid_of_authors(tmp_path):
    """Two columns that each hold, at the same height, a line that is only a
    name (a signature, a dedication) followed by more text in the same type
    are read as columns, not as author cells."""
    text = "The samples were counted again by a second person who did not know where each came from. " * 3
    col = lambda name: f"<div class='c'><p>{text}</p><p>{name}</p><p>{text}</p></div>"  # noqa: E731
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } "
        "body { font-family: 'DejaVu Serif', serif; font-size: 10pt; } .row { display: flex; gap: 1cm; } .c { flex: 1; }</style></head>"
        "<body><h1>Counting the samples twice at three sites</h1><p>Lee Smith<sup>1</sup></p><p><sup>1</sup>University of Exampleton, UK</p>"
        f"<div class='row'>{col('Kim Park')}{col('Jo Bloggs')}</div></body></html>"
    )
    m = _read(_printed(html, tmp_path / "cols.pdf"))
    assert [a.name for a in m.authors] == ["Lee Smith"]
    assert m.authors[0].affiliations == ["University of Exampleton, UK"]  # the text under it is not its place
    texts = [b.text for s in m.sections for b in s.blocks]
    # each column read down before the next: the left column's text, its name, its text, then the right's
    k = next(i for i, t in enumerate(texts) if "Kim Park" in t)
    j = next(i for i, t in enumerate(texts) if "Jo Bloggs" in t)
    assert k < j and any("counted again" in t for t in texts[k + 1 : j])


@pytest.mark.parametrize("layout", ["numbers", "letters", "footnotes"])
def test_a_two_word_title_over_its_authors_is_the_title(tmp_path, layout):
    """"Ensemble Tractography": a title of two words in the largest type,
    its authors right under it, is the title, and the authors are read."""
    m = _read(_printed(g.front_page_html("Ensemble Tractography", MIXED, layout), tmp_path / f"{layout}.pdf"))
    assert m.title == "Ensemble Tractography"
    assert [a.name for a in m.authors] == [a.name for a in MIXED]


def test_names_each_with_places_in_brackets():
    from techcost.parsers.pdf import names_with_places

    got = names_with_places(
        "Jo Bloggs (Clostridia Research Group, Synthetic Biology Research Centre (SBRC), University of Exampleton, UK), "
        "Kim Park (Department of Physics, Example University, Exampleton, UK; Example Institute, Sampleford, UK) and Ana Li (ETH Zurich)"
    )
    assert got == [
        ("Jo Bloggs", ["Clostridia Research Group, Synthetic Biology Research Centre (SBRC), University of Exampleton, UK"]),
        ("Kim Park", ["Department of Physics, Example University, Exampleton, UK", "Example Institute, Sampleford, UK"]),
        ("Ana Li", ["ETH Zurich"]),
    ]
    assert names_with_places("We thank Jo Bloggs (University of Exampleton) for help.") is None
    assert names_with_places("Jo Bloggs (jo@example.org), Kim Park (kim@example.org)") is None
    assert names_with_places("The samples (n = 12) were counted twice (once blind).") is None


@pytest.mark.parametrize(
    ("before", "line", "wrapped", "new"),
    [
        # a full line goes on, even when the next opens with a unit's word
        ("German Rheumatism Research Center (DRFZ), a Leibniz", "Institute, Berlin, Germany", True, False),
        ("Leibniz Institute for Age Research, Fritz Lipmann", "Institute, Beutenbergstr. 11, Jena, Germany", True, False),
        ("Center for Research and Exploration in Space Science, NASA Goddard Space Flight Center, 8800", "Greenbelt Road, Greenbelt, MD, USA", True, False),
        # unless a unit's name starts there, or the place before ended with its country
        ("Example Research Centre, Example University", "Institute of Chemistry, Example University, Exampleton, UK", True, True),
        ("Department of Biology, Example University, Exampleton, Germany", "Auditory Neuroscience and Optogenetics", True, True),
        # a line ended by choice: the institution the place before belongs to, or a place of its own
        ("Department of Physics", "University of Oxford, Oxford, UK", False, False),
        ("Smithsonian Environmental Research Center, Edgewater, MD, USA", "Forest Global Earth Observatory, Panama", False, True),
    ],
)
def test_where_one_unmarked_place_ends_and_the_next_begins(before, line, wrapped, new):
    from techcost.parsers._text import new_place

    assert new_place(before, line, wrapped) is new


@pytest.mark.parametrize(
    ("prev_text", "x1", "first", "full"),
    [
        # a word of capitals is wider than the line's mean letter: it would not have fitted
        ("National Council of Scientific and Technological Research (CONICET). Evolutive Genetic Laboratory", 497.0, "FCEQyN, Misiones", True),
        # the same room, and a short lower-case word that would have fitted: the line ended by choice
        ("National Council of Scientific and Technological Research (CONICET). Evolutive Genetic Laboratory", 497.0, "Kyoto, Japan", False),
        # a short line: whatever follows, it ended by choice
        ("Department of Physics, University of Exampleton", 300.0, "FCEQyN", False),
    ],
)
def test_a_place_broken_for_want_of_room_before_a_word_of_capitals(prev_text, x1, first, full):
    from techcost.parsers.pdf import Line, _wrapped

    prev = Line(text=prev_text, page=1, x0=63.0, x1=x1, top=186.0, bottom=195.0, size=8.5, bold=False, font="Serif-I", spans=[], rx0=63.0, rx1=533.0)
    assert _wrapped(prev, first) is full


@pytest.mark.parametrize("key", ["{n}.", "{n})"])
def test_places_numbered_as_a_list_under_marked_names(tmp_path, key):
    """bioRxiv preprints: names with raised numbers, then the places as a
    numbered list ("1. Département de ...", "2) Institut ..."): each author
    gets the places their numbers point to."""
    places = [
        "Département de Biochimie, Université d'Exemple, Québec, QC, Canada",
        "Institut de Biologie Intégrative, Université d'Exemple, Québec, QC, Canada",
        "Flow Cytometry Core Facility, Example Institute, Toronto, ON, Canada",
    ]
    html = (
        "<html><body style='font-family: DejaVu Serif; width: 16cm; margin: 2cm'>"
        "<h1 style='font-size: 22pt; text-align: center'>Residues near a binding motif</h1>"
        "<p style='text-align: center'>Kim Park<sup>1,2</sup>, Ana Li<sup>2</sup> and Jo Bloggs<sup>3</sup></p>"
        + "".join(f"<p style='margin: 2pt 0'>{key.format(n=i)} {p}</p>" for i, p in enumerate(places, 1))
        + "<h2>Abstract</h2><p>We report counts made over two seasons at three sites.</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "numbered.pdf"))
    got = [(a.name, a.affiliations) for a in m.authors]
    assert got == [("Kim Park", places[:2]), ("Ana Li", places[1:2]), ("Jo Bloggs", places[2:])]
    assert [a.name for a in m.authors if a.technical] == ["Jo Bloggs"]


@pytest.mark.parametrize("names", ["Kim Park¹, Ana Li² and Jo Bloggs²,³", "Kim Park¹ ·  Ana Li² ·  Jo Bloggs²,³"])
def test_marks_typed_as_superscript_digits(tmp_path, names):
    """Quarto and Word templates type the marks as the characters "¹²³" at
    full size, not as raised small digits: they are marks all the same, and
    each author gets the places their digits point to."""
    places = [
        "Institute of Psychology, University of Exampleton",
        "Department of Psychology, LMU Munich",
        "Genomics Core Facility, Example Institute, Exampleville",
    ]
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } body { font-family: 'DejaVu Serif', serif; font-size: 11pt; }</style></head><body>"
        "<h1 style='font-size:16pt; text-align:center'>Rules for writing items revisited</h1>"
        f"<p style='text-align:center'>{names}</p>"
        + "".join(f"<p style='text-align:center; margin:0'>{'¹²³'[i]}{p}</p>" for i, p in enumerate(places))
        + "<h2>Abstract</h2><p>We report counts made over two seasons at three sites.</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "unicode-marks.pdf"))
    got = [(a.name, a.affiliations) for a in m.authors]
    assert got == [("Kim Park", places[:1]), ("Ana Li", places[1:2]), ("Jo Bloggs", places[1:])]
    assert [a.name for a in m.authors if a.technical] == ["Jo Bloggs"]


@pytest.mark.parametrize("places", [["Example Tech", "Intel Labs", "Example Tech"], ["Example University", "Genomics Core Facility", "Example University"]])
def test_grid_cells_set_in_one_type_with_an_e_mail_under_each(tmp_path, places):
    """ACM's older template sets each author's cell (name, place, e-mail) in
    one type: the line under a name is its place, not another name, even
    when the place has no institution word ("Intel Labs")."""
    names = ["Kim Park", "Jo Bloggs", "Ana Li"]
    mails = ["kim@example.edu", "jo.bloggs@example.com", "ana@example.edu"]
    cell = "<div style='flex:1; text-align:center; font-size:12pt'>{}<br>{}<br>{}</div>"
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: Letter; margin: 2cm; } body { font-family: 'DejaVu Sans', sans-serif; }</style></head><body>"
        "<h1 style='font-size:18pt; text-align:center'>A reconfigurable accelerator for graph analytics</h1>"
        "<div style='display:flex; margin-top:1cm'>" + "".join(cell.format(n, p, m) for n, p, m in zip(names, places, mails)) + "</div>"
        "<h2 style='font-size:11pt'>ABSTRACT</h2><p style='font-size:10pt'>" + "Graph analytics is bound by memory and costly in energy. " * 6 + "</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "acm-cells.pdf"))
    assert [(a.name, a.affiliations, a.email) for a in m.authors] == [(n, [p], e) for n, p, e in zip(names, places, mails)]


def test_a_note_mark_on_a_name_does_not_merge_the_stacked_places(tmp_path):
    """Each name over its own places (AIP), the first name with a note mark
    ("a)", its e-mail below): each author keeps the places under their name."""
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } body { font-family: 'DejaVu Serif', serif; }"
        " .n { font-size: 10pt; margin: 0.6em 0 0 0; text-align: center; } .p { font-size: 9pt; margin: 0; text-align: center; }</style></head><body>"
        "<h1 style='font-size:14pt; text-align:center'>Seasonal change in a measured quantity at three sites</h1>"
        "<p class='n'>Kim A. Park<sup>a)</sup></p><p class='p'>Department of Physics, Example University, Exampletown, UK</p>"
        "<p class='n'>Jo Bloggs</p><p class='p'>Example Institute, Exampleville, France</p>"
        "<p style='font-size:10pt'>Received 3 January 2024; accepted 1 March 2024</p>"
        "<p style='font-size:10pt'>" + "The quantity varies with season and its causes are debated by many. " * 8 + "</p>"
        "<p style='font-size:8pt'><sup>a)</sup> Electronic mail: kim.park@example.org</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "stacked.pdf"))
    got = {a.name: [_norm(x) for x in a.affiliations] for a in m.authors}
    assert got == {"Kim A. Park": [_norm("Department of Physics, Example University, Exampletown, UK")], "Jo Bloggs": [_norm("Example Institute, Exampleville, France")]}


def test_places_end_at_the_date_line_before_an_abstract_with_raised_marks(tmp_path):
    """REVTeX: marked places, then "(Dated: ...)", then an abstract in the
    same type whose lines carry raised numbers ("Q<sup>2</sup>"): the abstract
    gives no author a place."""
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } body { font-family: 'DejaVu Serif', serif; }"
        " p { margin: 0.1em 0; text-align: center; } .s { font-size: 9pt; } .b { font-size: 9pt; text-align: justify; width: 80%; margin: 1em auto; }</style></head><body>"
        "<p style='font-size:12pt'><b>Seasonal change in a measured quantity at three sites</b></p>"
        "<p style='font-size:10pt'>K. Park,<sup>1</sup> J. Bloggs,<sup>2</sup> and A. Li<sup>1</sup></p>"
        "<p class='s'><sup>1</sup>Example University, Exampletown, Virginia 23668, USA</p>"
        "<p class='s'><sup>2</sup>Example National Accelerator Facility, Newport News, Virginia 23606, USA</p>"
        "<p class='s'>(Dated: September 8, 2017)</p>"
        "<p class='b'>The ratio was measured up to Q<sup>2</sup> = 5.66 (GeV/c)<sup>2</sup> using the double spin asymmetry for target spin"
        " orientation aligned parallel to the beam, and at Q<sup>2</sup> = 2.06 (GeV/c)<sup>2</sup> with a second method whose"
        " uncertainties are not correlated with the first.</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "revtex.pdf"))
    got = {a.name: [_norm(x) for x in a.affiliations] for a in m.authors}
    assert got == {
        "K. Park": [_norm("Example University, Exampletown, Virginia 23668, USA")],
        "J. Bloggs": [_norm("Example National Accelerator Facility, Newport News, Virginia 23606, USA")],
        "A. Li": [_norm("Example University, Exampletown, Virginia 23668, USA")],
    }


def test_names_then_the_place_they_share():
    from techcost.parsers.pdf import names_then_places

    assert names_then_places(
        "Kim Park, Example University; Jo Bloggs, Sample Institute; Ana Li and Sam Lee, Example University"
    ) == [("Kim Park", ["Example University"]), ("Jo Bloggs", ["Sample Institute"]), ("Ana Li", ["Example University"]), ("Sam Lee", ["Example University"])]
    assert names_then_places("KIM PARK and JOANNA BLOGGS, Example University, USA") == [("Kim Park", ["Example University, USA"]), ("Joanna Bloggs", ["Example University, USA"])]
    assert names_then_places("Kim Park, Jo Bloggs and Ana Li") is None
    assert names_then_places("The samples, counted twice, were kept cold.") is None


def test_ieee_membership_grades_are_not_names():
    from techcost.parsers.pdf import parse_author_line

    got = parse_author_line("Kim Park Jr., Graduate Student Member, IEEE, Jo Bloggs, Member, IEEE, and Ana Li, Life Senior Member, IEEE")
    assert [n for n, _ in got or []] == ["Kim Park Jr", "Jo Bloggs", "Ana Li"]


def _page(body: str) -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } "
        "body { font-family: 'DejaVu Serif', serif; font-size: 10pt; } .t { font-size: 16pt; text-align: center; } "
        ".n { font-size: 16pt; text-align: center; } .foot { font-size: 7pt; margin-top: 12cm; }</style></head>"
        f"<body>{body}<h2>Introduction</h2><p>Soil matters.</p></body></html>"
    )


def test_a_title_in_capitals_over_names_in_the_same_type(tmp_path):
    html = _page("<p class='t'>COUNTING THE SAMPLES TWICE<br>AT THREE SITES</p><p class='n'>Kim Park and Jo Bloggs</p><p>University of Exampleton, UK</p>")
    m = _read(_printed(html, tmp_path / "caps.pdf"))
    assert m.title == "COUNTING THE SAMPLES TWICE AT THREE SITES"
    assert [(a.name, a.affiliations) for a in m.authors] == [("Kim Park", ["University of Exampleton, UK"]), ("Jo Bloggs", ["University of Exampleton, UK"])]


def test_places_said_in_an_ieee_note_at_the_foot_of_the_page(tmp_path):
    html = _page(
        "<p class='t'>Counting the samples twice at three sites</p>"
        "<p style='font-size: 11pt; text-align: center'>Kim Park, Member, IEEE, Jo Bloggs, and Ana Li, Senior Member, IEEE</p>"
        "<p class='foot'>Manuscript received May 1, 2021. (Corresponding author: Kim Park.) Kim Park and Jo Bloggs are with the "
        "Department of Physics, University of Exampleton, Exampleton EX1 1AA, UK (e-mail: kim@example.org). "
        "Ana Li is with the Imaging Facility, Sample Institute, Paris, France.</p>"
    )
    m = _read(_printed(html, tmp_path / "ieee.pdf"))
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Kim Park", ["Department of Physics, University of Exampleton, Exampleton EX1 1AA, UK"]),
        ("Jo Bloggs", ["Department of Physics, University of Exampleton, Exampleton EX1 1AA, UK"]),
        ("Ana Li", ["Imaging Facility, Sample Institute, Paris, France"]),
    ]


@pytest.mark.parametrize("who", ["The authors", "Both authors", "All authors"])
def test_an_ieee_note_that_says_where_all_the_authors_are(tmp_path, who):
    html = _page(
        "<p class='t'>A survey of counting samples twice</p>"
        "<p style='font-size: 11pt; text-align: center'>Kim Park and Jo Bloggs, Fellow, IEEE</p>"
        f"<p class='foot'>{who} are with the Department of Computer Science and Engineering, University of Exampleton, "
        "Exampleton, UK. E-mail: {kpark, jbloggs}@example.ac.uk. Manuscript received 13 Nov. 2008; revised 29 May 2009.</p>"
    )
    m = _read(_printed(html, tmp_path / "ieee-all.pdf"))
    place = "Department of Computer Science and Engineering, University of Exampleton, Exampleton, UK"
    assert [(a.name, a.affiliations) for a in m.authors] == [("Kim Park", [place]), ("Jo Bloggs", [place])]


_CLASS_STYLE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page {{ size: A4; margin: 2cm; }} "
    "body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }} .t {{ font-size: 14pt; font-weight: bold; }} "
    ".n {{ font-size: 10pt; font-weight: bold; }} .n sup {{ font-weight: normal; }} .aff {{ font-size: 7pt; }}</style></head>"
    "<body>{body}<h2>Summary</h2><p>Soil matters at every site we measured.</p><h2>Introduction</h2><p>Soil matters.</p></body></html>"
)
_NAMES13 = [
    ("Siddhita D. Mhatre", "1,2,3,12"), ("Janani Iyer", "1,2,4,12"), ("Juli Petereit", "5"), ("Roberta M. Dolling-Boreham", "6,7"),
    ("Anastasia Tyryshkina", "8"), ("Amber Paul", "1,9"), ("Rachel Gilbert", "1,9"), ("Matthew Jensen", "8"), ("Rebekah J. Woolsey", "10"),
    ("Sulekha Anand", "11"), ("Marianne B. Sowa", "1"), ("David R. Quilici", "10"), ("Santhosh Girirajan", "8"),
]  # fmt: skip


def _class_page(tmp_path: Path, body: str, name: str) -> Manuscript:
    """The paper whose first page is ``body``, printed and read."""
    return _read(_printed(_CLASS_STYLE.format(body=body), tmp_path / name))


def _names13(sep: str = ", ", *, nowrap: bool = False) -> str:
    if nowrap:  # the lines break between names only
        return sep.join(f"<span style='white-space: nowrap'>{n}<sup>{k}</sup></span>" for n, k in _NAMES13)
    return sep.join(f"{n}<sup>{k}</sup>" for n, k in _NAMES13)


@pytest.mark.parametrize(
    "banner",
    [
        "<p style='font-size: 22pt; font-weight: bold'>HHS Public Access</p><p style='font-size: 14pt'>Author manuscript</p>",
        "<p style='font-size: 22pt; font-weight: bold'>NIH Public Access</p><p style='font-size: 14pt'>Author Manuscript</p>",
        "<p style='font-size: 20pt; font-weight: bold'>Europe PMC Funders Group</p><p style='font-size: 14pt'>Author Manuscript</p>",
    ],
    ids=["hhs", "nih", "europepmc"],
)
def test_an_author_manuscript_banner_is_not_the_title(tmp_path, banner):
    """PubMed Central and Europe PMC print a banner in large type over an
    author manuscript; the title and the names are under it, smaller."""
    body = (
        banner + "<p>Cell Rep. Author manuscript; available in PMC 2023 September 15.</p><p>Published in final edited form as:</p>"
        "<p class='t'>Artificial gravity partly protects flies from neurological deficits in space</p>"
        f"<p class='n' style='width: 15cm'>{_names13()}</p>"
        "<p class='aff'>10. Nevada Proteomics Center, University of Nevada, Reno, NV 89557, USA</p>"
    )
    m = _class_page(tmp_path, body, "am.pdf")
    assert m.title == "Artificial gravity partly protects flies from neurological deficits in space"
    assert [a.name for a in m.authors] == [n for n, _ in _NAMES13]


def test_names_in_bold_with_marks_in_regular_type_over_several_lines(tmp_path):
    """The marks of bold names set in regular type do not make the first
    line of names look like another type than the lines that go on with
    the list (a name broken over two lines among them)."""
    many = ",".join(str(k) for k in range(1, 19))
    body = (
        "<p class='t'>Counting the samples twice at three sites</p>"
        f"<p class='n'>Ana Li<sup>{many}</sup>, Jo Bloggs<sup>1</sup>,<br>{_names13(', ', nowrap=True)}</p>"
        "<p class='aff'>1. Space Biosciences Division, NASA Ames Research Center, Moffett Field, CA, USA</p>"
    )
    m = _class_page(tmp_path, body, "bold.pdf")
    assert [a.name for a in m.authors] == ["Ana Li", "Jo Bloggs"] + [n for n, _ in _NAMES13]


def test_a_summary_page_with_a_shortened_list_before_the_article(tmp_path):
    """Cell Press's first page ("Highlights", "In brief") gives a shortened
    author list ("A, B, ..., C"); the article's own first page after it
    repeats the title and names everyone."""
    short = "Kim Park, Jo Bloggs, ..., Ana Li"
    full = "Kim Park<sup>1</sup>, Jo Bloggs<sup>1</sup>, Sam Lee<sup>2</sup>, Rosa Díaz<sup>2</sup>, Ana Li<sup>1</sup>"
    body = (
        "<p class='t'>Counting the samples twice at three sites</p>"
        f"<div style='display: flex; gap: 1cm'><div><h3>Highlights</h3><p>Samples were counted twice.</p><p>Counts agree.</p></div>"
        f"<div><h3>Authors</h3><p>{short}</p><h3>Correspondence</h3><p>kim@example.org</p><h3>In brief</h3><p>Park et al. count twice.</p></div></div>"
        "<p style='page-break-after: always'>Park et al., 2024, Current Biology 34, 1–10</p>"
        "<p class='t'>Counting the samples twice at three sites</p>"
        f"<p class='n'>{full}</p><p class='aff'><sup>1</sup>Flow Cytometry Core, University of Exampleton, Exampleton, UK</p>"
        "<p class='aff'><sup>2</sup>Department of Geography, University of Exampleton, Exampleton, UK</p>"
    )
    m = _class_page(tmp_path, body, "cell.pdf")
    assert [a.name for a in m.authors] == ["Kim Park", "Jo Bloggs", "Sam Lee", "Rosa Díaz", "Ana Li"]
    assert {a.name for a in m.authors if a.technical} == {"Kim Park", "Jo Bloggs", "Ana Li"}


def test_a_comma_set_raised_with_the_marks_parts_the_names(tmp_path):
    """"Antoñana-Vildosola<sup>2,11,</sup> Cátia O. Soares": the comma after
    a name's marks, printed raised with them, still parts two names."""
    body = (
        "<p class='t'>Counting the samples twice at three sites</p>"
        "<p class='n'>Leire Egia-Mendikute<sup>1</sup>, Asier Antoñana-Vildosola<sup>1,2,</sup> Cátia O. Soares<sup>2</sup>, Kim Park<sup>1</sup></p>"
        "<p class='aff'><sup>1</sup>Proteomics Platform, CIC bioGUNE, Derio, Spain</p><p class='aff'><sup>2</sup>Department of Chemistry, NOVA School of Science and Technology, Caparica, Portugal</p>"
    )
    m = _class_page(tmp_path, body, "comma.pdf")
    assert [a.name for a in m.authors] == ["Leire Egia-Mendikute", "Asier Antoñana-Vildosola", "Cátia O. Soares", "Kim Park"]


def test_affiliations_listed_at_the_end_of_the_paper(tmp_path):
    """Nature's journals print "A full list of affiliations appears at the
    end of the paper" and, after the references, one paragraph of numbered
    places: each author gets theirs, and a platform there makes its authors
    technical staff."""
    body = (
        "<p class='t'>Counting the samples twice at three sites</p>"
        "<p class='n'>Kim Park<sup>1</sup>, Jo Bloggs<sup>2</sup>, Sam Lee<sup>1,3</sup></p>"
        "<p class='aff' style='margin-top: 3cm'>A full list of affiliations appears at the end of the paper. e-mail: kim@example.org</p>"
        "<h2>Methods</h2><p>Samples were counted twice.</p><h2 style='page-break-before: always'>References</h2><p>1. Lee, S. Soil. Nature 1, 1–2 (2020).</p>"
        "<h2>Additional information</h2><p>Correspondence should be addressed to Kim Park.</p>"
        "<p class='aff'><sup>1</sup>Department of Geography, University of Exampleton, Exampleton, UK. <sup>2</sup>Proteomics Platform, CIC bioGUNE, "
        "Basque Research and Technology Alliance, Derio, Spain. <sup>3</sup>Department of Physics, University of Tromsø, Tromsø, Norway.</p>"
    )
    m = _class_page(tmp_path, body, "nature.pdf")
    assert [(a.name, [_norm(x) for x in a.affiliations]) for a in m.authors] == [
        ("Kim Park", [_norm("Department of Geography, University of Exampleton, Exampleton, UK")]),
        ("Jo Bloggs", [_norm("Proteomics Platform, CIC bioGUNE, Basque Research and Technology Alliance, Derio, Spain")]),
        ("Sam Lee", [_norm("Department of Geography, University of Exampleton, Exampleton, UK"), _norm("Department of Physics, University of Tromsø, Tromsø, Norway")]),
    ]
    assert {a.name for a in m.authors if a.technical} == {"Jo Bloggs"}


def test_a_double_spaced_list_of_names(tmp_path):
    """A preprint sets its names double-spaced, a name broken over two
    lines: the list is read to its end."""
    body = "<p class='t'>Counting the samples twice at three sites</p>" f"<p class='n' style='width: 12cm; line-height: 2.6'>{_names13()}</p><p class='aff'>1 Space Biosciences Division, NASA Ames Research Center, Moffett Field, CA, USA</p>"
    m = _class_page(tmp_path, body, "double.pdf")
    assert [a.name for a in m.authors] == [n for n, _ in _NAMES13]


def test_an_email_or_a_note_run_on_after_a_place_is_not_part_of_it(tmp_path):
    """RSC prints "... Canada. E-mail: x@y" and "† Electronic supplementary
    information (ESI) available" straight after the last place."""
    body = (
        "<p class='t'>Counting the samples twice at three sites</p>"
        "<p class='n'>Kim Park<sup>a</sup> and Jo Bloggs<sup>b</sup></p>"
        "<p class='aff'><sup>a</sup>Department of Chemistry, University of Ottawa, Ottawa, Ontario K1N 6N5, Canada. E-mail: kim@example.org</p>"
        "<p class='aff'><sup>b</sup>Department of Chemistry, University of California, Merced, California 95343, USA "
        "† Electronic supplementary information (ESI) available. See DOI: 10.1039/d1sc05088e</p>"
    )
    m = _class_page(tmp_path, body, "rsc.pdf")
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Kim Park", ["Department of Chemistry, University of Ottawa, Ottawa, Ontario K1N 6N5, Canada"]),
        ("Jo Bloggs", ["Department of Chemistry, University of California, Merced, California 95343, USA"]),
    ]


def test_a_line_numbered_double_spaced_manuscript(tmp_path):
    """A preprint numbers every line, the numbers run into the text ("6 1
    College of ...", "7 Daqing ..."), and double-spaces its lines: the line
    numbers are not places' marks, and a place broken after a comma goes on
    over the gap."""
    rows = [
        "Counting the samples twice at three sites",
        "Kim Park<sup>1</sup>, Jo Bloggs<sup>2</sup>, Ana Li<sup>1,3</sup>",
        "<sup>1</sup> College of Medical Laboratory Science and Technology, Harbin Medical University (Daqing),",
        "Daqing 163319, P. R. China.",
        "<sup>2</sup> College of Pharmacy, Harbin Medical University, Harbin 150081, P. R. China.",
        "<sup>3</sup> Central Laboratory of Harbin Medical University (Daqing), Daqing 163319, P. R. China.",
        "Short title: counting twice",
        "Abstract",
        "Soil matters at every site we measured, and we measured it twice.",
        "Introduction",
        "Soil matters, and its causes are debated by many.",
        "Earlier measurements disagree by more than their stated uncertainty.",
    ]
    body = "".join(f"<div style='line-height: 2.6'>{k} {r}</div>" for k, r in enumerate(rows, start=1))
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } "
        "body { font-family: 'DejaVu Serif', serif; font-size: 11pt; }</style></head>" f"<body>{body}</body></html>"
    )
    m = _read(_printed(html, tmp_path / "numbered.pdf"))
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Kim Park", ["College of Medical Laboratory Science and Technology, Harbin Medical University (Daqing), Daqing 163319, P. R. China"]),
        ("Jo Bloggs", ["College of Pharmacy, Harbin Medical University, Harbin 150081, P. R. China"]),
        ("Ana Li", ["College of Medical Laboratory Science and Technology, Harbin Medical University (Daqing), Daqing 163319, P. R. China",
                    "Central Laboratory of Harbin Medical University (Daqing), Daqing 163319, P. R. China"]),
    ]  # fmt: skip


def test_notes_under_the_places_are_not_places(tmp_path):
    """Cell Press numbers its notes with the places ("⁴These authors
    contributed equally", "⁵Lead contact"): they stay out of every
    author's places."""
    body = (
        "<p class='t'>Counting the samples twice at three sites</p>"
        "<p class='n'>Kim Park<sup>1,4</sup>, Jo Bloggs<sup>2,4</sup> and Ana Li<sup>1,3,5,*</sup></p>"
        "<p class='aff'><sup>1</sup>Department of Geography, University of Exampleton, Exampleton EX1 1AA, UK</p>"
        "<p class='aff'><sup>2</sup>Flow Cytometry Core, University of Exampleton, Exampleton EX1 1AA, UK</p>"
        "<p class='aff'><sup>3</sup>Department of Physics, University of Tromsø, Tromsø, Norway</p>"
        "<p class='aff'><sup>4</sup>These authors contributed equally</p>"
        "<p class='aff'><sup>5</sup>Lead contact</p>"
        "<p class='aff'>*Correspondence: ana@example.org</p>"
    )
    m = _class_page(tmp_path, body, "cell-notes.pdf")
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Kim Park", ["Department of Geography, University of Exampleton, Exampleton EX1 1AA, UK"]),
        ("Jo Bloggs", ["Flow Cytometry Core, University of Exampleton, Exampleton EX1 1AA, UK"]),
        ("Ana Li", ["Department of Geography, University of Exampleton, Exampleton EX1 1AA, UK", "Department of Physics, University of Tromsø, Tromsø, Norway"]),
    ]
    assert [a.name for a in m.authors if a.technical] == ["Jo Bloggs"]


def test_places_given_only_under_author_information_at_the_end(tmp_path):
    """ACS journals print no places under the names: "■ AUTHOR INFORMATION"
    near the end gives each author's, after a dash, with an ORCID and an
    e-mail run on; the "Cite This" line beside the names is no place."""
    body = (
        "<p class='t'>Counting the samples twice at three sites</p>"
        "<p class='n'>Kim Park and Jo Bloggs</p>"
        "<p class='aff'>Cite This: J. Chem. Theory Comput. 2022, 18, 4077−4081 Read Online</p>"
        "<h2>Methods</h2><p>Samples were counted twice.</p>"
        "<p style='page-break-before: always'>■ AUTHOR INFORMATION</p><p>Corresponding Author</p>"
        "<p>Kim Park − Flow Cytometry Core, University of Rochester, Rochester, New York 14627, United States; "
        "orcid.org/0000-0002-1825-0097; Email: kim@example.org</p><p>Author</p>"
        "<p>Jo Bloggs − Department of Chemical Engineering, University of Rochester, Rochester, New York 14627, United States; "
        "orcid.org/0000-0002-4441-9327</p><p>Complete contact information is available at: https://pubs.acs.org/10.1021/x</p>"
    )
    m = _class_page(tmp_path, body, "acs.pdf")
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Kim Park", ["Flow Cytometry Core, University of Rochester, Rochester, New York 14627, United States"]),
        ("Jo Bloggs", ["Department of Chemical Engineering, University of Rochester, Rochester, New York 14627, United States"]),
    ]
    assert [a.name for a in m.authors if a.technical] == ["Kim Park"]


def _closing_page(tmp_path: Path, back: str, name: str) -> Manuscript:
    """A paper whose last page is ``back`` (its closing statements), after a
    first page of title, one author and a body long enough to set the body
    type, printed and read."""
    body = (
        "<p class='t'>Counting the samples twice at three sites</p><p class='n'>Kim Park<sup>1</sup></p>"
        "<p class='aff'><sup>1</sup>Department of Geography, University of Exampleton, UK</p>"
        "<h2>Methods</h2>" + "<p>Samples were counted twice at each of the three sites, once in the morning and once at night.</p>" * 12 +
        f"<div style='page-break-before: always'>{back}</div>"
    )
    return _class_page(tmp_path, body, name)


def _section_texts(m: Manuscript, kind: str) -> list[str]:
    return [b.text for s in m.sections if s.kind == kind for b in s.blocks]


_REFERENCE_LISTS = {
    # PNAS: numbered, author and initials, year in brackets
    "numbered": "<p>1. Tonegawa S (1983) Somatic generation of antibody diversity. Nature 302:575–581.</p>"
    "<p>2. Nadel B, Tang A, Feeney AJ (1998) Sequence of the spacer. J Exp Med 187:1495–1503.</p>",
    # bracketed numbers, the first entry only an address
    "bracketed": "<p>[1] http://dx.doi.org/10.5286/software/example, accessed: 2013-11-07.</p>"
    "<p>[2] R. Azuah, L. Kneller, A comprehensive software suite, J. Res. 114 (2009) 341.</p>",
    # the rest of a list whose first entry a two-column page set before the acknowledgements
    "resumed": "<p>[2] Kevork Abazajian et al. Forecasting constraints on primordial waves. 8 2020.</p>"
    "<p>[3] Ana Achucarro, Jinn-Ouk Gong, and Subodh P. Patil. Features of heavy physics. JCAP, 01:030, 2011.</p>",
    # unnumbered Vancouver, with the F1000 platforms' link labels before each entry
    "vancouver": "<p>Francis MP, Campana SE, Jones CM: Age under-estimation in sharks. Mar Freshw Res. 2007; 58(1): 10–23.</p>"
    "<p>Publisher Full Text Goldman KJ: Age and growth of elasmobranch fishes. FAO Tech Pap. 2005; 474: 76–102.</p>",
}


@pytest.mark.parametrize("style", sorted(_REFERENCE_LISTS))
def test_a_reference_list_with_no_heading_after_the_acknowledgements(tmp_path, style):
    """Some journals print the references straight after the closing
    statements with no heading: they are not part of the acknowledgements,
    and the people they cite are not thanked."""
    back = (
        "<h2>Acknowledgments</h2><p>We thank Jo Bloggs (research technician) for help with the confocal microscope.</p>"
        "<p>Sam Lee, Ana Li and Tom Wu read the drafts of 2019 and 2020.</p>" + _REFERENCE_LISTS[style]
    )
    m = _closing_page(tmp_path, back, f"refs-{style}.pdf")
    acks = _section_texts(m, "acknowledgements")
    assert [t[:20] for t in acks] == ["We thank Jo Bloggs (", "Sam Lee, Ana Li and "]
    assert {c.name for c in m.technical_contributors} == {"Jo Bloggs"}


@pytest.mark.parametrize("label", ["Acknowledgments:", "Acknowledgements.", "Author Contributions:"])
def test_a_labelled_statement_on_the_line_after_a_full_one_starts_anew(tmp_path, label):
    """MDPI sets its closing statements as labelled lines with no space
    between them; where the statement before fills its last line, the
    label still starts a statement of its own."""
    full = "text-align: justify; text-align-last: justify; margin: 0"
    back = (
        f"<p style='{full}'>Funding: This research received no external funding. The sponsor was the Example Hospital.</p>"
        f"<p style='margin: 0'>{label} We thank Jo Bloggs (research technician) for help with the confocal microscope; K.P. and A.L. wrote the paper.</p>"
        "<p style='margin: 0'>Conflicts of Interest: The authors declare no conflict of interest.</p>"
    )
    m = _closing_page(tmp_path, back, "mdpi.pdf")
    assert _section_texts(m, "funding") == ["This research received no external funding. The sponsor was the Example Hospital."]
    kind = "author_contributions" if label.startswith("Author") else "acknowledgements"
    assert [t[:20] for t in _section_texts(m, kind)] == ["We thank Jo Bloggs ("]


@pytest.mark.parametrize("columns", [1, 2])
def test_line_numbers_at_the_end_of_each_line_are_not_text(tmp_path, columns):
    """A preprint numbers its lines in the right margin, and the numbers run
    onto the ends of the lines ("... discussions of 643"); in two columns
    only one may carry them."""
    words = (
        "We thank Jo Bloggs (research technician) for help with the confocal microscope and Sam Lee for "
        "discussions of their experimental studies of the samples; Ana Li thanks the Example Foundation for "
        "its hospitality during the writing of this paper and the many visits that came before it."
    ).split()
    rows = [" ".join(words[i : i + 5]) for i in range(0, len(words), 5)]
    numbered = "".join(
        f"<div><span style='display: inline-block; width: 6.2cm'>{r}</span>{640 + i}</div>" for i, r in enumerate(["Acknowledgments", *rows])
    )
    plain = "<p>" + "Samples were counted twice at each of the three sites, once in the morning and once at night. " * 6 + "</p>"
    page = f"<div style='display: flex; gap: 1cm'><div style='width: 8cm'>{plain}</div><div style='width: 8cm'>{numbered}</div></div>" if columns == 2 else numbered
    m = _closing_page(tmp_path, page, f"numbered-{columns}.pdf")
    acks = " ".join(_section_texts(m, "acknowledgements"))
    assert acks == " ".join(words)
    assert {c.name for c in m.technical_contributors} == {"Jo Bloggs"}


@pytest.mark.parametrize("style", ["text-transform: uppercase", "font-variant: small-caps; text-transform: uppercase"])
@pytest.mark.parametrize(
    ("names", "want"),
    [
        ("Luke G. Bouma<sup>1,2,*</sup> and Moira M. Jardine<sup>3</sup>", ["Luke G. Bouma", "Moira M. Jardine"]),
        ("Tarik Aougab and Jonah Gaster", ["Tarik Aougab", "Jonah Gaster"]),
        ("Jiajie Ma<sup>1</sup>, Kim Park<sup>2</sup>, and Joshua M. Sabloff<sup>3</sup>", ["Jiajie Ma", "Kim Park", "Joshua M. Sabloff"]),
    ],
)
def test_names_set_in_capitals_with_and_in_capitals(tmp_path, style, names, want):
    """AASTeX and the AMS templates set the authors in (small) capitals,
    "and" with them: "LUKE G. BOUMA AND MOIRA M. JARDINE" is two names,
    and a family name of two letters in capitals is a name too."""
    body = (
        "<p class='t'>A plasma torus around a young low-mass star</p>"
        f"<p class='n' style='{style}'>{names}</p>"
        "<p class='aff'><sup>1</sup>Department of Astronomy, University of Exampleton, UK</p>"
    )
    m = _class_page(tmp_path, body, "caps.pdf")
    assert [a.name for a in m.authors] == want


@pytest.mark.parametrize("face", ["font-family: 'DejaVu Sans', sans-serif", "font-style: italic", "font-family: 'DejaVu Serif', serif"])
def test_a_bold_title_over_names_in_the_same_size_and_another_face(tmp_path, face):
    """REVTeX's preprint style sets the title in bold and the names under
    it in the same size in another face, the places too: the title ends
    where the names begin, and a name broken over two lines is one name."""
    names = "Kim Park,<sup>1</sup> Jo Bloggs,<sup>1</sup> Ana Li,<sup>2</sup> Sam Lee,<sup>2</sup> Vincent Yu,<sup>1</sup> Xiaorong Wang,<sup>1</sup> Dylan Slack,<sup>1</sup> Zhi Li,<sup>2</sup> Philip W. Nega,<sup>2</sup> Emory M.<br>Chan,<sup>2</sup> and Sorelle A. Friedler<sup>1</sup>"
    body = (
        "<p style='font-size: 12pt; font-weight: bold; text-align: center; margin: 0'>Active meta-learning for predicting and selecting perovskite crystallization<br>experiments</p>"
        f"<p style='font-size: 12pt; text-align: center; margin: 0; {face}'>{names}</p>"
        "<p style='font-size: 12pt; text-align: center; margin: 0; font-style: italic'><sup>1)</sup>Department of Computer Science, Example College, Exampleton, USA<br>"
        "<sup>2)</sup>Department of Chemistry, Example College, Exampleton, USA</p>"
    )
    m = _class_page(tmp_path, body, "revtex.pdf")
    assert m.title == "Active meta-learning for predicting and selecting perovskite crystallization experiments"
    assert [a.name for a in m.authors] == ["Kim Park", "Jo Bloggs", "Ana Li", "Sam Lee", "Vincent Yu", "Xiaorong Wang", "Dylan Slack", "Zhi Li", "Philip W. Nega", "Emory M. Chan", "Sorelle A. Friedler"]
    assert m.authors[-2].affiliations == ["Department of Chemistry, Example College, Exampleton, USA"]


def test_an_orcid_printed_bare_beside_a_name(tmp_path):
    """"Paula Carina de ARAÚJO<sup>1,2</sup> 0000-0003-4608-752X": the iD
    beside the name is the author's iD, not part of the list of names."""
    body = (
        "<p class='t'>The intellectual foundation of the elite of researchers</p>"
        "<p style='font-size: 10pt'>Paula Carina de ARAÚJO<sup>1,2</sup> 0000-0003-4608-752X</p>"
        "<p style='font-size: 10pt'>Leilah Santiago BUFREM<sup>1,3</sup> 0000-0002-3620-0632</p>"
        "<p class='aff'><sup>1</sup>Department of Information Science, Example University, Exampleton, Brazil</p>"
    )
    m = _class_page(tmp_path, body, "orcid.pdf")
    assert [(a.name, a.orcid) for a in m.authors] == [("Paula Carina de Araújo", "0000-0003-4608-752X"), ("Leilah Santiago Bufrem", "0000-0002-3620-0632")]


@pytest.mark.parametrize("title", ["Lipid Rafts and Plant Gravisensitivity", "Hidden Markov Models and Bayesian Networks", "Sea Ice and Ocean Heat"])
def test_a_title_that_reads_like_two_names_over_the_names(tmp_path, title):
    """"Lipid Rafts and Plant Gravisensitivity" could be two people's names,
    but set large over the real names in smaller type (MDPI, under the
    journal's name) it is the title."""
    body = (
        "<p style='font-size: 14pt; font-weight: bold; font-style: italic'>life</p>"
        "<p style='font-size: 10pt; font-style: italic'>Review</p>"
        f"<p style='font-size: 18pt; font-weight: bold'>{title}</p>"
        "<p style='font-size: 10pt; font-weight: bold'>Elizabeth L. Kordyum <sup>1</sup>, Olga A. Artemenko <sup>1</sup> and Karl H. Hasenstein <sup>2,*</sup></p>"
        "<p class='aff'><sup>1</sup> Department of Cell Biology, Institute of Botany, Kyiv, Ukraine</p>"
        "<p class='aff'><sup>2</sup> Biology Department, University of Example, Lafayette, LA, USA</p>"
    )
    m = _class_page(tmp_path, body, "mdpi.pdf")
    assert m.title == title
    assert [a.name for a in m.authors] == ["Elizabeth L. Kordyum", "Olga A. Artemenko", "Karl H. Hasenstein"]


# a front page of three authors, two of them at a core facility
_FRONT3 = (
    "<p class='t'>Counting the samples twice at three sites</p>"
    "<p class='n'>Kim Park<sup>1</sup>, Jo Bloggs<sup>2</sup>, Ana Li<sup>1</sup></p>"
    "<p class='aff'><sup>1</sup>Flow Cytometry Core, University of Exampleton, Exampleton, UK</p>"
    "<p class='aff'><sup>2</sup>Department of Geography, University of Exampleton, Exampleton, UK</p>"
)


@pytest.mark.parametrize(
    "cover",
    [
        # a publisher's notice on a page of its own
        "<p>Since January 2020 the publisher has gathered its papers on the outbreak</p><p>in a resource centre on its news website,</p>"
        "<p>in English and in Mandarin.</p><p>The publisher grants permission to make these papers</p>"
        "<p>free to read in public repositories</p><p>for as long as the centre stays open.</p>",
        # a sheet with the title and the paper cited as "Park et al."
        "<p class='t'>Counting the samples twice at three sites</p><p>Park et al.</p><p>Exampleton Health 2012, 11:72</p>"
        "<p>http://www.example.org/content/11/1/72</p><p>Received 1 May 2012</p>",
    ],
)
def test_a_cover_sheet_before_the_article(tmp_path, cover):
    """A short first page naming no one, a notice or a sheet citing the
    paper as "Park et al.", is a cover: the authors are read from the
    article's own first page after it."""
    body = f"<div style='page-break-after: always'>{cover}</div>" + _FRONT3 + "<h2>Abstract</h2><p>Samples were counted twice at each of three sites, and the counts agree.</p>"
    m = _class_page(tmp_path, body, "cover.pdf")
    assert [a.name for a in m.authors] == ["Kim Park", "Jo Bloggs", "Ana Li"]
    assert {a.name for a in m.authors if a.technical} == {"Kim Park", "Ana Li"}


def test_a_short_first_page_that_is_no_cover_is_kept(tmp_path):
    """A first page holding only the title (a book's chapter, a slide) is
    not a cover: no one on the next page is read as its author."""
    body = (
        "<p class='t' style='page-break-after: always'>Counting the Samples Twice</p>"
        "<h2>Their Reception</h2><p>The counts were received well at each of the three sites, and their reception is described here.</p>"
    )
    m = _class_page(tmp_path, body, "chapter.pdf")
    assert m.authors == []


@pytest.mark.parametrize("opening", g.RUNNING_OPENINGS)
def test_the_text_under_the_names_is_not_their_place(tmp_path, opening):
    """Names with no places under them, then the text ("In 2004, a
    scientist from the X Institute was ...", a letter's "Dear Editor", an
    abstract's "Objective: ..."): the text is nobody's affiliation, and a
    facility it mentions makes no author technical staff."""
    body = (
        "<p class='t'>Counting the samples twice at three sites</p>"
        "<p class='n'>Kim Park, Jo Bloggs, Ana Li</p>"
        f"<p>{opening} The samples were counted twice, and the counts were compared between the sites over the year.</p>"
    )
    m = _class_page(tmp_path, body, "letter.pdf")
    assert [a.name for a in m.authors] == ["Kim Park", "Jo Bloggs", "Ana Li"]
    assert all(not a.affiliations for a in m.authors)
    assert not any(a.technical for a in m.authors)


def test_a_phrase_of_the_title_read_as_a_name_is_no_author(tmp_path):
    """A heading or a phrase set like a name ("Healthcare Workers") whose
    words the paper writes in lower case is not a person."""
    body = (
        "<p class='t'>Counting Masks Worn by</p>"
        "<p class='n'>Healthcare Workers</p>"
        "<p>The masks worn by healthcare workers were counted twice at each of three hospitals, and the counts of the workers agree.</p>"
    )
    m = _class_page(tmp_path, body, "phrase.pdf")
    assert m.authors == []


_SMALL_ACK_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page {{ size: A4; margin: 2cm; }} "
    "body {{ font-family: 'DejaVu Serif', serif; font-size: 10pt; }} .t {{ font-size: 15pt; font-weight: bold; }} .s {{ font-size: 8pt; }}</style></head><body>"
    "<p class='t'>Turbulence measured from a small aircraft</p><p>Kim Park<sup>1</sup>, Jo Bloggs<sup>1</sup></p>"
    "<p style='font-size: 8pt'><sup>1</sup>Geophysical Institute, University of Exampleton, Exampleton, Norway</p>"
    "<h2>1 Introduction</h2>{body}<h2>7 Summary and Outlook</h2>{body}{body}"
    "<p class='s'><b>Acknowledgements.</b> The field experiment was made possible by the contribution of several institutions and programmes, "
    "which all contributed a significant amount to the campaign and its planning over two years.</p>"
    "<p class='s'>The field experiment was hosted by the instrumented site of the Example Atmospheric Research Centre, and its data are kept by the centre.</p>"
    "<p class='s' style='page-break-before: always'>The participation of the Meteorology Group was made possible by a travel grant of the Example Foundation.</p>"
    "<p class='s'>The authors are grateful to Ana Li for the technical assistance in the preparation of the campaign, and to Sam Lee for maintaining the aircraft.</p>"
    "<h2>References</h2><p class='s'>Park, K. and Bloggs, J.: Turbulence from small aircraft, Atmos. Meas. Tech., 9, 1–10, 2016.</p>"
    "</body></html>"
)


def test_an_acknowledgement_in_small_type_goes_on_over_the_page(tmp_path):
    """"Acknowledgements." run in at the head of a paragraph in small type
    (Copernicus), its next paragraphs in the same type going on over the
    page: every one of them is the acknowledgement, and the people thanked
    on the next page are credited."""
    body = "<p>" + "The aircraft measured the wind and the temperature at a high rate over the whole of the day. " * 8 + "</p>"
    m = analyse(_read(_printed(_SMALL_ACK_PAGE.format(body=body), tmp_path / "small.pdf")), api.load()[1].lexicons)
    ack = " ".join(b.text for s in m.sections if s.kind == "acknowledgements" for b in s.blocks)
    assert "travel grant" in ack and "Ana Li" in ack
    assert "wind and the temperature" not in ack and "Turbulence from small aircraft" not in ack
    assert {c.name for c in m.technical_contributors} == {"Ana Li", "Sam Lee"}


def test_line_numbers_printed_on_every_fifth_line_are_not_text(tmp_path):
    """A discussion paper numbers every fifth line in the margin ("385",
    "390", ...): the numbers are not part of the text they stand beside."""
    rows = []
    for k in range(40):
        n = 380 + k
        mark = str(n) if n % 5 == 0 else ""
        rows.append(f"<div><span style='display: inline-block; width: 0.8cm'>{mark}</span>Line {k} of the text about the Example Facility for Airborne Research and its aircraft.</div>")
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } body { font-family: 'DejaVu Serif', serif; font-size: 9pt; }</style></head><body>"
        "<p style='font-size: 15pt'><b>Turbulence measured from a small aircraft</b></p><p>Kim Park</p><h2>Methods</h2>" + "".join(rows) + "</body></html>"
    )
    m = _read(_printed(html, tmp_path / "numbered.pdf"))
    text = " ".join(b.text for s in m.sections for b in s.blocks)
    assert "Line 5 of the text" in text
    assert not re.search(r"\b3[89]\d\b", text)


@pytest.mark.parametrize(
    "printed, want",
    [
        ("Fu-ShiQuan<sup>1</sup>, Jo Bloggs<sup>2</sup> &amp; Hyo-Jick Choi<sup>2</sup>", ["Fu-Shi Quan", "Jo Bloggs", "Hyo-Jick Choi"]),
        ("Jiyeon Park<sup>1</sup>, SeungYeonYoo<sup>1</sup>, Jo Bloggs<sup>2</sup>", ["Jiyeon Park", "Seung Yeon Yoo", "Jo Bloggs"]),
        ("Kim Park<sup>1</sup>, Jo Bloggs<sup>2</sup> and Bin Du<sup>1*</sup> on behalf of the Example Critical Care Trials Group", ["Kim Park", "Jo Bloggs", "Bin Du"]),
        ("Bhaskara L. Reddy<sup>1</sup>, Milton H., Jr. Saier<sup>1</sup>", ["Bhaskara L. Reddy", "Milton H. Saier Jr."]),
    ],
    ids=["hyphenated-given-run-in", "two-given-run-in", "on-behalf-of", "suffix-between"],
)
def test_names_printed_with_their_spaces_lost_or_a_group_after_them(tmp_path, printed, want):
    """A given name run into the family name ("Fu-ShiQuan", "SeungYeonYoo"),
    the group the authors write for after the last name, a suffix printed
    before the family name: each author is read whole."""
    body = (
        "<p class='t'>Counting the samples twice at three sites</p>"
        f"<p class='n'>{printed}</p>"
        "<p class='aff'><sup>1</sup>Department of Geography, University of Exampleton, Exampleton, UK</p>"
        "<p class='aff'><sup>2</sup>Flow Cytometry Core, University of Exampleton, Exampleton, UK</p>"
        "<p class='aff'>© 2020 Example Verlag GmbH, part of Example Nature</p>"
    )
    m = _class_page(tmp_path, body, "names.pdf")
    from techcost.evaluation.manuscripts import match_names

    assert match_names([a.name for a in m.authors], want) == len(want) == len(m.authors)
    assert all("Verlag" not in p for a in m.authors for p in a.affiliations)


def test_a_manuscripts_labelled_line_of_names_and_its_numbered_places(tmp_path):
    """A submitted manuscript's "Authors: A (1) MPhil, B (2) Associate
    Professor, C (1) Professor", double-spaced and broken over two lines,
    then "1. Place" lines, one broken after "of" (the same front matter as
    the Word and Markdown readers' tests): the names without their degrees
    and posts, each with their places."""
    names = g.MANUSCRIPT_AUTHORS.replace(", Ana Li", ", Ana<br>Li")
    places = [g.MANUSCRIPT_PLACES[0].replace("University of Exampleton", "University of<br>Exampleton"), *g.MANUSCRIPT_PLACES[1:]]
    body = (
        f"<p class='t'>{g.MANUSCRIPT_TITLE}</p><p>Running title: Counting twice</p>"
        f"<div style='line-height: 2.4'><p>{names}</p>" + "".join(f"<p>{p}</p>" for p in places) + "</div><p>Source of funding: none.</p>"
    )
    m = _class_page(tmp_path, body, "form.pdf")
    assert g.manuscript_front(m) == (g.MANUSCRIPT_TITLE, g.MANUSCRIPT_WANT, g.MANUSCRIPT_TECHNICAL)


def test_an_accepted_manuscript_cover_citing_the_authors_by_initials(tmp_path):
    """A publisher's "Accepted Manuscript" cover cites the paper with the
    authors' initials ("K. Park, J. Bloggs and A. Li, Example Chem., 2013");
    the article's own first page after it names them in full."""
    cover = (
        "<div style='page-break-after: always'><p style='font-size: 24pt'>Accepted Manuscript</p>"
        "<p>This article can be cited before page numbers have been issued, to do this please use:<br>K. Park, J. Bloggs and A. Li,<br>Example Chem., 2013, DOI: 10.1039/X0XX00000X.</p>"
        "<p>This is an Accepted Manuscript, which has been through the peer review process and has been accepted for publication.</p>"
        "<p>Accepted Manuscripts are published online shortly after acceptance, before technical editing and proof reading.</p></div>"
    )
    body = cover + _FRONT3
    m = _class_page(tmp_path, body, "accepted.pdf")
    assert [a.name for a in m.authors] == ["Kim Park", "Jo Bloggs", "Ana Li"]
    assert m.title == "Counting the samples twice at three sites"


def test_a_statement_broken_mid_sentence_between_two_blocks_is_read_as_one():
    """"... Cy Dunn for his contributions to design, and" | (a column break)
    | "data acquisition; A, B and C for their roles in data acquisition":
    the second block goes on with the first, so the people after the break
    are read in the frame of the thanks before it."""
    from techcost.parsers.pdf import Block, Line, _sections

    def block(text: str, kind: str, page: int, top: float) -> Block:
        ln = Line(text=text, page=page, x0=50, x1=300, top=top, bottom=top + 9, size=9.0, bold=False, font="Serif", spans=[])
        return Block(lines=[ln], kind=kind, text=text)

    blocks = [
        Block(lines=[Line(text="Acknowledgements", page=3, x0=50, x1=200, top=90, bottom=100, size=10, bold=True, font="Serif", spans=[])], kind="heading", text="Acknowledgements", heading_kind="acknowledgements"),
        block("We thank the following people for their assistance: Ada Byron for her contributions to design; Cy Dunn for his contributions to design, interviewer training, and", "footnote", 3, 700),
        block("data acquisition; Kim Park, Jo Bloggs and Ana Li for their roles in data acquisition; and Di Evans for running the assays.", "paragraph", 3, 100),
    ]
    secs = _sections(blocks, "p.pdf", 4, 10.0)
    ack = next(s for s in secs if s.kind == "acknowledgements")
    assert len(ack.blocks) == 1 and ack.blocks[0].text.endswith("running the assays.")
    _, rs = api.load()
    m = analyse(Manuscript(path="p.pdf", format="pdf", sections=secs), rs.lexicons)
    assert {"Kim Park", "Jo Bloggs", "Ana Li", "Di Evans"} <= {c.name for c in m.technical_contributors}


def test_a_line_of_names_written_out_of_order_along_its_row(tmp_path):
    """A front page may write its line of names in pieces that go back along
    the row: the first name, every name's marks, then the rest of the names
    from further left (bioRxiv's new pages). Read by where the letters stand,
    each name keeps its marks; letters up to "h" set under a wrapped line
    are marks too, and a written-out address ("kim{at}...") is no place."""
    rel = "style='position: relative'"
    body = (
        "<p class='t'>Counting the samples twice at three sites</p>"
        f"<p class='n'><span {rel}>Kristina Blennow</span><sup {rel}>a b *</sup>, Georg Carlsson<sup {rel}>c</sup>, "
        f"Laura Grenville-Briggs<sup {rel}>d</sup>, Per Hansson<sup {rel}>e</sup> and Åsa Lankinen<sup {rel}>d</sup></p>"
        "<p class='aff'><sup>a</sup>Department of Landscape Architecture, Swedish University of Agricultural Sciences, Alnarp, Sweden</p>"
        "<p class='aff'><sup>b</sup>Department of Physical Geography, Lund University, Lund, Sweden</p>"
        "<p class='aff'><sup>c</sup>Department of Biosystems and Technology, Swedish University of Agricultural Sciences, Alnarp, Sweden</p>"
        "<p class='aff'><sup>d</sup>Department of Plant Protection Biology, Swedish University of Agricultural Sciences, Alnarp, Sweden</p>"
        "<p class='aff'><sup>e</sup>Genomics Core Facility, Lund University, Lund, Sweden</p>"
        "<p class='aff'>*kristina.blennow{at}slu.se</p>"
    )
    m = _class_page(tmp_path, body, "disordered.pdf")
    places = {a.name: [_norm(x) for x in a.affiliations] for a in m.authors}
    assert list(places) == ["Kristina Blennow", "Georg Carlsson", "Laura Grenville-Briggs", "Per Hansson", "Åsa Lankinen"]
    assert places["Kristina Blennow"] == [
        "department of landscape architecture swedish university of agricultural sciences alnarp sweden",
        "department of physical geography lund university lund sweden",
    ]
    assert places["Åsa Lankinen"] == ["department of plant protection biology swedish university of agricultural sciences alnarp sweden"]
    assert [a.name for a in m.authors if a.technical] == ["Per Hansson"]


def test_a_small_line_number_beside_a_line_of_names(tmp_path):
    """A journal's draft numbers every fifth line in small type in the
    margin, and a number falls beside the second line of names ("5 Ronan
    McHale, ..., David M." over "Haddleton, ..."): it is neither a mark nor
    a break in the list, and the name cut at the line's end stays whole."""
    names = [
        "Christopher Waldron, Qiang Zhang, Zaidong Li, Vasiliki Nikolaou,",
        "Ronan McHale, Gokhan Yilmaz, Rajan K. Randev, David M.",
        "Haddleton*, Martijn Droesbeke, Alice J. Haddleton, Muxiu",
        "Li and Nuttapol Risangud",
    ]
    body = [f"Line {k} of the text about the polymerisation of the monomer in beer and wine." for k in range(1, 40)]
    rows = [("t", "Counting the samples twice at three sites")] + [("n", x) for x in names]
    rows += [("a", "Department of Chemistry, University of Exampleton, Exampleton, UK")] + [("b", x) for x in body]
    out = []
    for k, (kind, text) in enumerate(rows, start=1):
        mark = str(k) if k % 5 == 0 else ""
        size = {"t": "15pt", "n": "11pt"}.get(kind, "9pt")
        out.append(f"<div style='font-size: {size}'><span style='display: inline-block; width: 0.7cm; font-size: 5pt'>{mark}</span>{text}</div>")
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } "
        "body { font-family: 'DejaVu Serif', serif; }</style></head><body>" + "".join(out) + "</body></html>"
    )
    m = _read(_printed(html, tmp_path / "numbered-names.pdf"))
    assert [a.name for a in m.authors] == [
        "Christopher Waldron", "Qiang Zhang", "Zaidong Li", "Vasiliki Nikolaou", "Ronan McHale", "Gokhan Yilmaz",
        "Rajan K. Randev", "David M. Haddleton", "Martijn Droesbeke", "Alice J. Haddleton", "Muxiu Li", "Nuttapol Risangud",
    ]  # fmt: skip


def test_a_public_health_journals_front_page(tmp_path):
    """Emerging Infectious Diseases' first page: a title in heavy type with
    lines set closer than their font boxes, names with their signs after the
    commas ("Ran D. Balicer,*† Shmuel ..."), the text's first letter set
    large on its line, and the places in a note at the foot whose signs are
    in the note's own type ("*Ben-Gurion University, Israel; †...; and ‡...")."""
    body_text = " ".join(["The outbreak was investigated by a joint team of veterinary and public health staff."] * 14)
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } "
        "body { font-family: 'DejaVu Serif', serif; font-size: 10pt; width: 8.5cm; } "
        ".t { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; font-size: 22pt; line-height: 0.95; margin: 0 0 10pt 0; } "
        ".n { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; font-size: 10pt; } "
        ".ab { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; } .foot { font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; margin-top: 3cm; }</style></head><body>"
        "<p class='t'>Multifocal Avian<br>Influenza (H5N1)<br>Outbreak</p>"
        "<p class='n'>Ran D. Balicer,*† Shmuel Reznikovich,†<br>Elyakum Berman,‡ Michael Pirak,‡<br>Amnon Inbar,‡ Shimon Pokamunski,‡<br>and Itamar Grotto*†</p>"
        "<p class='ab'>During March 2006, an outbreak of highly pathogenic avian influenza occurred in multiple poultry farms in Israel.</p>"
        f"<p><span style='font-size: 28pt'>O</span>n March 16, 2006, samples were taken. {body_text}</p>"
        "<p class='foot'>*Ben-Gurion University of the Negev, Beer-Sheva, Israel; †Israeli Ministry of Health, Jerusalem, Israel; and "
        "‡Veterinary Services of the Israeli Ministry of Agriculture and Rural Development, Beit Dagan, Israel</p>"
        "</body></html>"
    )
    m = _read(_printed(html, tmp_path / "eid.pdf"))
    assert m.title == "Multifocal Avian Influenza (H5N1) Outbreak"
    places = {a.name: a.affiliations for a in m.authors}
    assert list(places) == ["Ran D. Balicer", "Shmuel Reznikovich", "Elyakum Berman", "Michael Pirak", "Amnon Inbar", "Shimon Pokamunski", "Itamar Grotto"]
    ministry = "Israeli Ministry of Health, Jerusalem, Israel"
    services = "Veterinary Services of the Israeli Ministry of Agriculture and Rural Development, Beit Dagan, Israel"
    assert places["Ran D. Balicer"] == ["Ben-Gurion University of the Negev, Beer-Sheva, Israel", ministry]
    assert places["Shmuel Reznikovich"] == [ministry]
    assert places["Shimon Pokamunski"] == [services]


@pytest.mark.parametrize("width", [6.0, 6.5])
def test_a_place_note_with_a_word_broken_over_its_lines(tmp_path, width):
    """A note of places set narrow breaks words at a hyphen: "Beer-" over
    "Sheva" keeps its hyphen, "Mor-" over "gantown" loses it."""
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; } "
        f".foot {{ font-size: 7.5pt; width: {width}cm; hyphens: manual; margin-top: 14cm; }}</style></head><body>"
        "<p style='font-size: 20pt; font-weight: bold'>Respirator Donning in Post-Hurricane New Orleans</p>"
        "<p style='font-weight: bold'>Kristin J. Cummings,* Jean Cox-Ganser,† and Kathleen Kreiss*</p>"
        "<p>Text of the article, which goes on for a while about the respirators.</p>"
        "<p class='foot'>*Ben-Gurion University of the Negev, Beer-Sheva, Israel; and †National Institute for Occupational Safety and Health, Mor&shy;gantown, West Virginia, USA</p>"
        "</body></html>"
    )
    m = _read(_printed(html, tmp_path / "broken.pdf"))
    places = {a.name: a.affiliations for a in m.authors}
    assert places["Kristin J. Cummings"] == ["Ben-Gurion University of the Negev, Beer-Sheva, Israel"]
    assert places["Jean Cox-Ganser"] == ["National Institute for Occupational Safety and Health, Morgantown, West Virginia, USA"]


def test_places_marked_with_roman_numerals_in_a_two_column_note(tmp_path):
    """Brazilian journals mark places with raised Roman numerals after the
    commas ("Hajjar,ᴵ Denise Schout,ᴵᴵ ...") and list the places in a note
    at the foot of the page set in two columns: each name gets its places,
    the note read a column at a time."""
    units = [
        "Department of Anesthesiology, Heart Institute, São Paulo, Brazil",
        "Department of Preventive Medicine, Epidemiology Service, São Paulo, Brazil",
        "Hospital Emilio Ribas, São Paulo, Brazil",
        "Department of Infectious Diseases, Hospital das Clínicas, São Paulo, Brazil",
        "Department of Pathology, Hospital das Clínicas, São Paulo, Brazil",
        "Proteomics Core Facility, Faculdade de Medicina, São Paulo, Brazil",
    ]
    roman = ["I", "II", "III", "IV", "V", "VI"]
    names = [("Ludhmila Abrahao Hajjar", "I"), ("Denise Schout", "II"), ("Filomena Galas", "I"), ("David Everson Uip", "III"),
             ("Anna Sara Levin", "IV"), ("Helio Caiaffa Filho", "V"), ("Marcos Boulos", "VI")]  # fmt: skip
    listed = ", ".join(f"{n}<sup>{r}</sup>" for n, r in names[:-1]) + f" and {names[-1][0]}<sup>{names[-1][1]}</sup>"
    text = " ".join(["The pandemic infection was considered widespread in the country during the winter."] * 12)
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } "
        "body { font-family: 'DejaVu Serif', serif; font-size: 10pt; } .foot { font-size: 7pt; font-weight: bold; columns: 2; column-gap: 1cm; margin-top: 6cm; }"
        "</style></head><body><p style='font-size: 13pt; font-weight: bold'>GUIDELINES ON THE MANAGEMENT OF A NOVEL INFLUENZA VIRUS</p>"
        f"<p style='font-size: 9pt; font-weight: bold'>{listed}</p><p>{text}</p><div class='foot'>"
        + "".join(f"<p style='margin: 0 0 2pt 0'><sup>{r}</sup> {u}</p>" for r, u in zip(roman, units))
        + "</div></body></html>"
    )
    m = _read(_printed(html, tmp_path / "roman.pdf"))
    got = {a.name: a.affiliations for a in m.authors}
    assert list(got) == [n for n, _ in names]
    for n, r in names:
        assert got[n] == [units[roman.index(r)]], n
    assert [a.name for a in m.authors if a.technical] == ["Marcos Boulos"]


def test_lines_in_one_face_compare_equal_whatever_subset_holds_them(tmp_path):
    """A PDF may embed one face as several subsets ("IBCCVC+Verdana-Bold"
    for a title's last line, "Verdana-Bold" above it): a line's face is
    named without the subset's tag, so the title's lines stay together."""
    import time

    from techcost.parsers import pdf as P

    path = _printed(_page("<p class='t'>Counting the samples twice</p><p class='n'>Kim Park and Jo Bloggs</p>"), tmp_path / "faces.pdf")
    api = P._Pdfium()
    doc = P._open(path, api)
    try:
        pages, keep = P._read_pages(doc, api, time.time() + 60)
        fonts = {ln.font for pg in pages for ln in pg.lines}
        assert fonts and not any(re.match(r"[A-Z]{6}\+", f) for f in fonts), fonts
    finally:
        for page, tp in keep.values():
            tp.close()
            page.close()
        doc.close()


@pytest.mark.parametrize(
    "line, want",
    [
        # a family name that reads as two degrees run together ("BA" and "RN") is still a name
        ("Prabjit K. Barn⟨1,2*⟩, Catherine T. Elliott⟨3⟩", [("Prabjit K. Barn", ["1", "2", "*"]), ("Catherine T. Elliott", ["3"])]),
        # a credential after the name goes, as degrees do
        ("Vanessa Roberts BSc RRT⟨1⟩, Kim Park⟨2⟩", [("Vanessa Roberts", ["1"]), ("Kim Park", ["2"])]),
        # one name a line, joined: a mark, then a name opening with a letter outside ASCII
        ("Renata Perfeito Ribeiro⟨3⟩ Júlia Trevisan Martins⟨3⟩ Ólafur Jónsson⟨1⟩", [("Renata Perfeito Ribeiro", ["3"]), ("Júlia Trevisan Martins", ["3"]), ("Ólafur Jónsson", ["1"])]),
        # signs after the comma, two of them, or before "and"
        ("Ran D. Balicer,*† Shmuel Reznikovich,† Shimon Pokamunski,‡ and Itamar Grotto*†",
         [("Ran D. Balicer", ["*", "†"]), ("Shmuel Reznikovich", ["†"]), ("Shimon Pokamunski", ["‡"]), ("Itamar Grotto", ["*", "†"])]),
        # Roman numerals as marks
        ("Ludhmila Abrahao Hajjar,⟨I⟩ Denise Schout,⟨II⟩ Anna Levin⟨IV⟩", [("Ludhmila Abrahao Hajjar", ["I"]), ("Denise Schout", ["II"]), ("Anna Levin", ["IV"])]),
    ],
    ids=["barn", "credential", "non-ascii-after-mark", "signs-after-comma", "roman"],
)
def test_lines_of_names_and_their_marks(line, want):
    from techcost.parsers.pdf import parse_author_line

    assert [(n, list(m)) for n, m in parse_author_line(line)] == want


_NOTE_NAMES = ["Sarah N. Bevins", "Kenneth L. Gage", "Walter M. Boyce", "Seth P.D. Riley"]
_NOTE = (
    "Author affiliations: Colorado State University, Fort Collins, Colorado, USA (S.N. Bevins); Centers for Disease "
    "Control and Prevention, Fort Collins (K.L. Gage); University of California, Davis, California, USA (W.M. Boyce); "
    "and Proteomics Core Facility, Thousand Oaks, California, USA (S.P.D. Riley)"
)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "markdown"])
def test_places_in_a_labelled_note_that_names_their_authors(tmp_path, fmt):
    """"Author affiliations: Colorado State University, ... (S.N. Bevins);
    Centers for Disease Control ... (K.L. Gage)": a note, at the foot of the
    first page or anywhere in the paper, gives each author their places."""
    title = "Wild felids as hosts for human plague"
    abstract = "Plague seroprevalence was estimated in populations of pumas and bobcats in the western United States."
    names = ", ".join(_NOTE_NAMES[:-1]) + " and " + _NOTE_NAMES[-1]
    if fmt == "pdf":
        html = (
            "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; width: 8.5cm; }"
            " .foot { font-size: 7.5pt; margin-top: 9cm; }</style></head><body>"
            f"<p style='font-size: 20pt; font-weight: bold'>{title}</p><p style='font-weight: bold'>{names}</p><p style='font-size: 9pt'>{abstract}</p>"
            f"<p>Plague is maintained among rodent hosts and their fleas.</p><p class='foot'>{_NOTE}</p></body></html>"
        )
        path = _printed(html, tmp_path / "note.pdf")
    elif fmt == "docx":
        from docx import Document

        d = Document()
        d.add_heading(title, 0)
        for text in (names, abstract):
            d.add_paragraph(text)
        d.add_heading("Introduction", 1)
        d.add_paragraph("Plague is maintained among rodent hosts and their fleas.")
        d.add_paragraph(_NOTE)
        path = tmp_path / "note.docx"
        d.save(path)
    else:
        path = tmp_path / "note.md"
        path.write_text(f"# {title}\n\n{names}\n\n{abstract}\n\n## Introduction\n\nPlague is maintained among rodent hosts.\n\n{_NOTE}\n", encoding="utf-8")
    m = _read(path)
    assert {a.name: a.affiliations for a in m.authors} == {
        "Sarah N. Bevins": ["Colorado State University, Fort Collins, Colorado, USA"],
        "Kenneth L. Gage": ["Centers for Disease Control and Prevention, Fort Collins"],
        "Walter M. Boyce": ["University of California, Davis, California, USA"],
        "Seth P.D. Riley": ["Proteomics Core Facility, Thousand Oaks, California, USA"],
    }
    assert [a.name for a in m.authors if a.technical] == ["Seth P.D. Riley"]


@pytest.mark.parametrize(
    "line",
    ["Springer Science+Business Media, LLC 2011", "Tel.: 55 11 3155-4286", "K.P. and J.B. contributed equally to the work"],
    ids=["copyright", "telephone", "equal-contribution"],
)
def test_a_line_among_the_places_that_is_no_place(tmp_path, line):
    """The copyright line printed without its sign, a telephone number or a
    note that two authors contributed equally, set under the names among
    their places, is no one's place."""
    body = (
        "<p class='t'>Counting the samples twice at three sites</p><p class='n'>Kim Park and Jo Bloggs</p>"
        f"<p class='aff'>Department of Geography, University of Exampleton, Exampleton, UK</p><p class='aff'>{line}</p>"
    )
    m = _class_page(tmp_path, body, "noplace.pdf")
    assert {a.name: a.affiliations for a in m.authors} == {
        "Kim Park": ["Department of Geography, University of Exampleton, Exampleton, UK"],
        "Jo Bloggs": ["Department of Geography, University of Exampleton, Exampleton, UK"],
    }


@pytest.mark.parametrize(
    "text, place",
    [
        ("BDS, DMSc", False), ("MBBS, MMed, FAMS . Lin Stella Ang", False), ("ARTICLE INFO", False),
        ("Springer-Verlag London Ltd., part of Springer Nature 2020", False), ("The Author(s) 2019", False),
        ("DMSC, ESS, Lund, Sweden", True), ("CNRS, IRD, Montpellier, France", True), ("The Nature Conservancy, Sydney NSW 2000", True),
        ("School of Public Health, Bern 3012", True), ("Media Lab, MIT, Cambridge, MA", True),
        ("MGS, 0000-0003-3455-774X; CB, 0000-0002-1347-5297", False), ("ORCID: https://orcid.org/0000-0002-1825-0097", False),
        ("ORCID iDs: Martina Schultz 0000-0002-1825-0097", False), ("Kim Park https://orcid.org/0000-0002-1825-0097", False),
        ("Department of Biology, University of York, UK; ORCID 0000-0002-1825-0097", True),
        ("School of Sport Science, University of Exampleton, Australia JWR, 0000-0002-6639-8280; JRH, 0000-0002-6767-7038", True),
    ],
)  # fmt: skip
def test_what_is_no_place(text, place):
    """Degrees, labels, copyright lines and the authors' ORCID iDs are no
    place; a unit's initials, a postcode like a year, a place named like a
    publisher and a place the list of iDs was run on after are."""
    from techcost.parsers._text import not_a_place

    assert not_a_place(text) is not place


@pytest.mark.parametrize(
    "note, want",
    [
        ("Author affiliations: University of Exampleton, Exampleton, UK (K. Park); and Sequencing Core Facility, Example Institute, Leeds, UK (J. Bloggs)",
         {"Kim Park": ["University of Exampleton, Exampleton, UK"], "Jo Bloggs": ["Sequencing Core Facility, Example Institute, Leeds, UK"]}),
        ("Author affiliations: University of Exampleton, Exampleton, UK; and Example Institute, Leeds, UK",
         {"Kim Park": ["University of Exampleton, Exampleton, UK", "Example Institute, Leeds, UK"],
          "Jo Bloggs": ["University of Exampleton, Exampleton, UK", "Example Institute, Leeds, UK"]}),
    ],
    ids=["naming-them", "naming-no-one"],
)  # fmt: skip
def test_a_letter_signed_at_its_end_above_the_note_of_places(tmp_path, note, want):
    """A letter to the editor names its authors at its end, in bold, right
    above the note of their places, and nobody under its title."""
    text = " ".join(["The emergence and spread of the virus from the animal reservoir to humans raise questions."] * 10)
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } body { font-family: 'DejaVu Serif', serif; font-size: 10pt; width: 8.5cm; }"
        " .n { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; } .foot { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; }</style></head><body>"
        "<p style='font-family: DejaVu Sans; font-weight: bold; font-size: 14pt'>One Flu for One Health</p>"
        f"<p><b>To the Editor:</b> {text}</p><p class='n'>Kim Park<br>and Jo Bloggs</p><p class='foot'>{note}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "letter.pdf"))
    assert {a.name: a.affiliations for a in m.authors} == want


def test_an_orcid_badge_printed_as_raised_letters_is_no_roman_mark(tmp_path):
    """MDPI prints an ORCID badge whose text reads "ID", raised and small,
    after a name's marks ("Sang-Soo Lee * ᴵᴰ"): its "I" is no Roman
    numeral, and the name stays whole."""
    body = (
        "<p class='t'>Counting the samples twice at three sites</p>"
        "<p class='n'>Garima Sharma<sup>†</sup>, Ju-Suk Nam<sup>*,†</sup> and Sang-Soo Lee<sup>*</sup> <sup>ID</sup></p>"
        "<p class='aff'>Institute for Skeletal Aging, Hallym University, Chuncheon 24252, Korea</p>"
    )
    m = _class_page(tmp_path, body, "badge.pdf")
    assert [a.name for a in m.authors] == ["Garima Sharma", "Ju-Suk Nam", "Sang-Soo Lee"]


def test_places_under_each_authors_initials_at_the_foot_of_the_page(tmp_path):
    """Springer's journals name each author again at the foot of the first
    page by initials and family name, the corresponding author with a sign
    ("E. Fong (&)"), then the place and the e-mail address under it."""
    text = " ".join(["Trust and reciprocity were measured in the community during the outbreak."] * 8)
    foot = (
        "E. Fong (&amp;)<br>Department of Sociology, University of Toronto,<br>Toronto, ON M5S 2J4, Canada<br>e-mail: fong@example.org<br><br>"
        "L. Chang<br>Institute of Sociology, Academia Sinica, Taipei 11529, Taiwan<br>e-mail: chang@example.org<br><br>"
        "K. Park · J. A. Bloggs<br>Research Computing Services, University of Exampleton, Exampleton, UK"
    )
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } body { font-family: 'DejaVu Serif', serif; font-size: 10pt; }"
        " .foot { font-size: 8pt; margin-top: 4cm; }</style></head><body>"
        "<p style='font-size: 16pt'>Community Under Stress: Trust and Reciprocity</p>"
        "<p style='font-weight: bold'>Eric Fong · Ly-yun Chang · Kim Park · Jo A. Bloggs</p>"
        f"<p>{text}</p><p class='foot'>{foot}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "springer.pdf"))
    assert {a.name: a.affiliations for a in m.authors} == {
        "Eric Fong": ["Department of Sociology, University of Toronto, Toronto, ON M5S 2J4, Canada"],
        "Ly-yun Chang": ["Institute of Sociology, Academia Sinica, Taipei 11529, Taiwan"],
        "Kim Park": ["Research Computing Services, University of Exampleton, Exampleton, UK"],
        "Jo A. Bloggs": ["Research Computing Services, University of Exampleton, Exampleton, UK"],
    }
    assert [a.name for a in m.authors if a.technical] == ["Kim Park", "Jo A. Bloggs"]


@pytest.mark.parametrize("hyphens", [False, True], ids=["whole-words", "broken-words"])
def test_contributions_set_with_a_hanging_indent(tmp_path, hyphens):
    """PLOS sets each role of the contributions with a hanging indent and
    a little space between roles: a role's second line, indented, goes on
    from its first ("... Sunita Gir-" | "ish, Vidya Mave."), and the next
    role, back at the margin, is a new item."""
    team = ["Aarti Kinikar", "Dileep Kadam", "Anita Basavaraj", "Geeta Pardeshi", "Sunita Girish", "Sangeeta Shelke", "Andrea DeLuca", "Jonathan Golub", "Amita Gupta", "Robert Bollinger", "Vidya Mave"]
    roles = [("Conceptualization", team), ("Data curation", team[:2]), ("Methodology", team[1:]), ("Software", team[2:3]), ("Supervision", team[3:])]
    style = "margin: 0 0 6pt 0; padding-left: 14pt; text-indent: -14pt; width: 12cm" + ("; hyphens: auto" if hyphens else "")
    listed = "".join(f"<p lang='en' style='{style}'>{r}: {', '.join(who)}.</p>" for r, who in roles)
    body = (
        "<p class='t'>Tuberculosis among health-care workers in three hospitals</p>"
        f"<p class='n'>{', '.join(team[:-1])} and {team[-1]}</p>"
        "<p class='aff'>Department of Medicine, Example Medical College, Exampletown, India</p>"
        f"<h2>Results</h2><p>Infection was common in every ward we studied.</p><h3>Author Contributions</h3>{listed}"
    )
    m = _class_page(tmp_path, body, "hanging.pdf")
    want = {n: sorted({r.lower().replace(" ", "-") for r, who in roles if n in who}) for n in team}
    assert {a.name: sorted(a.roles) for a in m.authors} == want


def test_a_role_of_the_contributions_that_reads_like_a_heading(tmp_path):
    """PLOS lists the contributions one role a line: "Funding acquisition:
    Jo Bloggs." and "Methodology: Kim Park, Jo Bloggs." are roles and who
    held them, not a funding or methods section cutting the list short."""
    roles = [
        ("Conceptualization", "Kim Park"), ("Funding acquisition", "Jo Bloggs"), ("Methodology", "Kim Park, Jo Bloggs"),
        ("Software", "Ana Li"), ("Writing – original draft", "Kim Park"),
    ]  # fmt: skip
    listed = "".join(f"<p style='margin: 0'>{r}: {who}.</p>" for r, who in roles)
    body = (
        "<p class='t'>Counting the samples twice at three sites</p><p class='n'>Kim Park, Jo Bloggs and Ana Li</p>"
        "<p class='aff'>Department of Geography, University of Exampleton, Exampleton, UK</p>"
        f"<h2>Results</h2><p>Soil matters at every site we measured.</p><h3>Author Contributions</h3>{listed}"
    )
    m = _class_page(tmp_path, body, "roles.pdf")
    got = {a.name: sorted(a.roles) for a in m.authors}
    assert got == {
        "Kim Park": ["conceptualization", "methodology", "writing-original-draft"],
        "Jo Bloggs": ["funding-acquisition", "methodology"],
        "Ana Li": ["software"],
    }


def test_a_letters_authors_signed_with_their_degrees_at_its_end(tmp_path):
    """A letter names no one under its title: its authors sign at the end,
    one a line with their degrees, over the place they share."""
    body = " ".join(["The observation was made in one hospital over two weeks and is reported as it happened."] * 6)
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } body { font-family: 'DejaVu Serif', serif; font-size: 10pt; }"
        " p { margin: 0.2em 0; } .sig { margin: 0; }</style></head><body>"
        "<p style='font-size:8pt'>OBSERVATION: BRIEF RESEARCH REPORT</p>"
        "<p style='font-size:15pt'><b>An Example Observation in a Ward</b></p>"
        f"<p>{body}</p><p>{body}</p>"
        "<p class='sig'>Kim Park, MBBS</p><p class='sig'>Jo Bloggs, MBBS, MPH, MMed (Family Med)</p>"
        "<p class='sig'>Sam Lee, MB BCh BAO</p><p class='sig'>Example General Hospital</p><p class='sig'>Exampletown</p>"
        "</body></html>"
    )
    m = _read(_printed(html, tmp_path / "letter.pdf"))
    assert {a.name: [_norm(x) for x in a.affiliations] for a in m.authors} == {
        "Kim Park": [_norm("Example General Hospital, Exampletown")],
        "Jo Bloggs": [_norm("Example General Hospital, Exampletown")],
        "Sam Lee": [_norm("Example General Hospital, Exampletown")],
    }


@pytest.mark.parametrize(
    "line,name",
    [
        ("Kangqi Ng, MBBS", "Kangqi Ng"),
        ("Beng Hoong Poon, MBBS, MPH, MMed (Family Med)", "Beng Hoong Poon"),
        ("Thean Yen Tan, MBBCh", "Thean Yen Tan"),
        ("Changi General Hospital, Singapore", None),
        ("Department of Medicine, MD Anderson", None),
        ("Results, Table 2", None),
    ],
)
def test_a_line_of_a_name_and_its_degrees(line, name):
    from techcost.parsers.pdf import _degree_line_name

    assert _degree_line_name(line) == name


_PAGE_STYLE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } body { font-family: 'DejaVu Serif', serif; font-size: 10pt; }"
    " p { margin: 0.2em 0; }</style></head><body>"
)
_BODY = " ".join(["The measurements were made over two seasons and are reported here in full, with their uncertainties."] * 8)


@pytest.mark.parametrize(
    "label, size",
    [("clinical investigations in critical care", 23), ("ORIGINAL RESEARCH IN PUBLIC HEALTH PRACTICE", 23), ("Selected Reports from the Field", 23), ("EXAMPLE Original Research", 36)],
)
def test_a_journals_section_label_set_larger_over_the_title(tmp_path, label, size):
    """A journal's section label in type larger than the title, over it,
    is not the title: the title is the group the names follow."""
    html = (
        _PAGE_STYLE + f"<p style='font-size:{size}pt'><b>{label}</b></p>"
        "<p style='font-size:18pt;line-height:1.1'><b>Clinical Features of an Example Syndrome<br>Seen Over Two Seasons</b></p>"
        "<p style='font-size:10.5pt'><i>Kim Park, MD; Jo Bloggs, MD, PhD; Sam Lee, MD;<br>and Ana Li, MD, FCCP</i></p>"
        f"<p>{_BODY}</p><p>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "label.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park", "Jo Bloggs", "Sam Lee", "Ana Li"]
    assert "Example Syndrome" in (m.title or "")


@pytest.mark.parametrize("sep", ["·", "Æ"])
def test_names_set_over_the_title(tmp_path, sep):
    """Older Springer journals set the names over the title, parted by "·"
    (printed in some files in a font whose code reads "Æ"), wrapped onto a
    second line with or without a separator at the break."""
    html = (
        _PAGE_STYLE + "<p style='font-size:8.5pt'>Example J Occup Health (2005) 78: 501–509</p>"
        "<p style='font-size:10pt'>SHORT COMMUNICATION</p><p>&nbsp;</p><p>&nbsp;</p>"
        f"<p style='font-size:10pt'><b>K. Park {sep} J. A. Bloggs {sep} S.T. Lee {sep} A. Li<br>R. Díaz {sep} T. Becker</b></p>"
        "<p style='font-size:17pt'>Effects of an example treatment on heart rate and<br>thermal stress in a climate chamber</p>"
        "<p style='font-size:8.5pt'>Received: 7 June 2004 / Accepted: 6 October 2004</p>"
        f"<p>{_BODY}</p><p>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "over.pdf"))
    assert [a.name for a in m.authors] == ["K. Park", "J. A. Bloggs", "S.T. Lee", "A. Li", "R. Díaz", "T. Becker"]


def test_a_line_over_the_title_that_is_no_names_is_not_read_as_authors(tmp_path):
    """Guard: a journal's line over the title that reads as no list of
    names does not become the authors; the names under the title are."""
    html = (
        _PAGE_STYLE + "<p style='font-size:10pt'><b>Public Health Practice</b></p>"
        "<p style='font-size:17pt'>Effects of an example treatment on heart rate</p>"
        "<p style='font-size:11pt'>Kim Park and Jo Bloggs</p>"
        f"<p>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "guard.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park", "Jo Bloggs"]


def test_a_letters_authors_signed_with_symbols_over_places_led_by_them(tmp_path):
    """A letter (as Emerging Infectious Diseases sets them) names no one
    under its title: its authors sign in bold at its end, each with the
    symbols of their places, over a note of places each led by its symbol."""
    html = (
        _PAGE_STYLE + "<p style='font-size:9pt'>LETTERS</p>"
        "<p style='font-size:15pt'><b>High Risk for an Example Infection in Hospital Staff, Exampleland</b></p>"
        f"<p>{_BODY}</p><p>{_BODY}</p>"
        "<p style='font-family:sans-serif'><b>Kim Park,* Jo Bloggs,†‡<br>Sam Lee,† and Ana María Díaz*</b></p>"
        "<p style='font-family:sans-serif;font-size:8pt'>*Example General Hospital, Exampletown, Exampleland; †Example Institute "
        "of Public Health, Exampletown, Exampleland; and ‡University of Example, Exampleton, UK</p>"
        "<p style='font-size:8pt'>1. Park K, Bloggs J. An earlier report. Example J. 2001;1:1–2.</p>"
        "</body></html>"
    )
    m = _read(_printed(html, tmp_path / "letter.pdf"))
    assert {a.name: [_norm(x) for x in a.affiliations] for a in m.authors} == {
        "Kim Park": [_norm("Example General Hospital, Exampletown, Exampleland")],
        "Jo Bloggs": [_norm("Example Institute of Public Health, Exampletown, Exampleland"), _norm("University of Example, Exampleton, UK")],
        "Sam Lee": [_norm("Example Institute of Public Health, Exampletown, Exampleland")],
        "Ana María Díaz": [_norm("Example General Hospital, Exampletown, Exampleland")],
    }


def test_bold_lines_over_a_starred_note_that_are_no_signature(tmp_path):
    """Guard: a bold heading over a starred note in the text signs nothing."""
    html = (
        _PAGE_STYLE + "<p style='font-size:15pt'><b>An Example Observation in a Ward</b></p><p>Kim Park and Jo Bloggs</p>"
        f"<p>{_BODY}</p><p><b>Table notes</b></p><p style='font-size:8pt'>*Significant at the 5% level; †adjusted for age.</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "guard2.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park", "Jo Bloggs"]


def _letter_signed_at_end(signature: str) -> str:
    return (
        _PAGE_STYLE + "<p style='font-size:10pt'>Letter to the Editor</p>"
        "<p style='font-size:15pt'><b>An Example Observation of Measles Cases in a Pandemic Year</b></p>"
        f"<p>Dear editor,</p><p>{_BODY}</p><p>{_BODY}</p><p><b>References</b></p>"
        "<p style='font-size:8pt'>1. Park K, Bloggs J. An earlier report. Example J. 2001;1:1–2.</p>"
        "<p style='font-size:8pt'>2. Lee S. Another report. Example J. 2002;2:3–4.</p>"
        f"<div style='font-size:10pt'>{signature}</div></body></html>"
    )


def test_a_letters_authors_signed_one_a_line_to_the_right_each_over_their_place(tmp_path):
    """Elsevier's letters sign at the end, after the references: one name
    a line set to the right, each over its place in italics."""
    sig = (
        "<p style='text-align:right;margin:0'>Kim Park*</p><p style='margin:0'><i>Department of Virology, Example Institute of Health, Exampletown, Exampleland</i></p>"
        "<p style='text-align:right;margin:0'>Jo Bloggs</p><p style='margin:0'><i>Division of Cardiology, Example Medical Center, Exampleton, UK</i></p>"
        "<p style='margin:0'>* Corresponding author.</p>"
    )
    m = _read(_printed(_letter_signed_at_end(sig), tmp_path / "end.pdf"))
    assert {a.name: [_norm(x) for x in a.affiliations] for a in m.authors} == {
        "Kim Park": [_norm("Department of Virology, Example Institute of Health, Exampletown, Exampleland")],
        "Jo Bloggs": [_norm("Division of Cardiology, Example Medical Center, Exampleton, UK")],
    }


def test_a_letters_authors_signed_one_a_line_to_the_right_over_the_place_they_share(tmp_path):
    sig = "".join(f"<p style='text-align:right;margin:0'>{n}</p>" for n in ["Kim Park*", "Jo Bloggs", "Sam Lee", "Ana María Díaz"]) + (
        "<p style='margin:0'><i>Department of Virology, Example Institute of Health, Park Road, Exampletown 45500, Exampleland</i></p>"
    )
    m = _read(_printed(_letter_signed_at_end(sig), tmp_path / "shared.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park", "Jo Bloggs", "Sam Lee", "Ana María Díaz"]
    assert all(a.affiliations and "Example Institute of Health" in a.affiliations[0] for a in m.authors)


@pytest.mark.parametrize("names", [["Kim Park"], ["Kim Park", "Jo Bloggs"], ["Literature Search F", "Funds Collection G"]])
def test_names_set_to_the_right_with_no_place_sign_nothing(tmp_path, names):
    """Guard: names set to the right with no place under them (or a legend's
    words) are not taken for the letter's authors."""
    sig = "".join(f"<p style='text-align:right;margin:0'>{n}</p>" for n in names)
    m = _read(_printed(_letter_signed_at_end(sig), tmp_path / "alone.pdf"))
    assert m.authors == []


def test_a_books_series_editors_are_not_its_authors(tmp_path):
    """Guard: names listed under "Series Editors" on a book's first pages
    are not the authors."""
    html = (
        _PAGE_STYLE + "<p style='font-size:14pt;text-align:center'><b>Example Studies in Context</b></p><p style='font-size:12pt;text-align:center'><b>33</b></p>"
        "<p style='font-size:12pt;text-align:center'><b>Series Editors</b></p>"
        + "".join(f"<p style='font-size:12pt;text-align:center;margin:0.6em'><b>{n}</b></p>" for n in ["Kim Park", "Jo Bloggs", "Sam Lee", "Ana Li"])
        + f"<p>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "series.pdf"))
    assert [a.name for a in m.authors] == []


def test_names_on_one_row_set_apart_are_names_of_their_own(tmp_path):
    """Two names set on one row with a wide space between them, each with
    its marks and no comma, are two authors (Wiley's layout)."""
    html = (
        _PAGE_STYLE + "<p style='font-size:17pt'><b>An early warning system for new infections by weather monitoring</b></p>"
        "<p style='font-size:12pt'><b>Kim Park<sup>1</sup></b><span style='display:inline-block;width:3em'></span><b>N. Chandra Wickramasinghe<sup>2,3</sup></b></p>"
        "<p style='font-size:8pt'><sup>1</sup> Department of Infectious Disease Control, Example Centre for Disease Control, Exampletown, Exampleland</p>"
        "<p style='font-size:8pt'><sup>2</sup> Example Centre for Astrobiology, University of Example, Exampleton, UK</p>"
        "<p style='font-size:8pt'><sup>3</sup> Example Institute of Fundamental Studies, Kandy, Sri Lanka</p>"
        f"<p>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "row.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park", "N. Chandra Wickramasinghe"]


def test_names_stacked_one_a_line(tmp_path):
    """Names stacked one a line, each whole and with no comma, are one
    author each."""
    names = ["Charles D. Example", "Gavin M. Joynt", "Oi Man Ho", "Margaret Ip"]
    html = (
        _PAGE_STYLE + "<p style='font-size:17pt'><b>Transmission of an example infection to healthcare workers</b></p>"
        + "".join(f"<p style='font-size:10.5pt;margin:0'><b>{n}</b></p>" for n in names)
        + f"<p>&nbsp;</p><p>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "stack.pdf"))
    assert [a.name for a in m.authors] == names


def test_names_with_an_icon_glyph_after_them_over_lines_in_two_faces(tmp_path):
    """PNAS sets an ORCID icon, a glyph of the private use area, after some
    names, and the list may run on into a line the PDF gives in another
    face: every name is still read, with its places."""
    icon = "&#xe840;"
    html = (
        _PAGE_STYLE + "<p style='font-size:22pt'><b>Estimation of an example virus spillover to humans during an epidemic</b></p>"
        f"<p style='font-size:9pt;margin:0'><b>Kim Park<sup>a,b,1</sup>{icon}, Jo Bloggs<sup>b</sup> {icon}, Sam Lee<sup>a</sup>,</b></p>"
        f"<p style='font-size:9pt;margin:0'>Ana Li<sup>b</sup> {icon}, Rosa Díaz<sup>a</sup>, and Tom Becker<sup>b,2</sup></p>"
        "<p style='font-size:7pt'><sup>a</sup>Department of Epidemiology, University of Example, Exampleton, UK; "
        "<sup>b</sup>Example Institute of Public Health, Exampletown, Exampleland</p>"
        f"<p>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "icons.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park", "Jo Bloggs", "Sam Lee", "Ana Li", "Rosa Díaz", "Tom Becker"]
    assert all(a.affiliations for a in m.authors)


@pytest.mark.parametrize("text", ["Kim Park\ue840, Jo Bloggs\ue840 , Sam Lee", "Kim Park, Jo Bloggs, Sam Lee\ue840"])
def test_a_line_of_names_with_icon_glyphs(text):
    from techcost.parsers.pdf import parse_author_line

    assert [n for n, _ in parse_author_line(text) or []] == ["Kim Park", "Jo Bloggs", "Sam Lee"]


def test_places_after_the_papers_doi_set_under_the_names(tmp_path):
    """eNeuro and J Neurosci set the paper's DOI between the line of names
    and the run of numbered places: the places are still each author's."""
    html = (
        _PAGE_STYLE + "<p style='font-size:20pt'><b>Tree shrews as an example model of perceptual decisions</b></p>"
        "<p style='font-size:10pt;margin:0'>Kim Park,<sup>1</sup> Jo A. Bloggs,<sup>2</sup> Sam Lee,<sup>1</sup> and Ana Li<sup>3</sup></p>"
        "<p style='font-size:8.5pt;margin:0.8em 0 0.6em'>https://doi.org/10.1523/ENEURO.0419-22.2022</p>"
        "<p style='font-size:8.5pt;margin:0'><sup>1</sup>Department of Psychology, University of Exampleton, Exampleton, UK, "
        "<sup>2</sup>Department of Biology, University of Exampleton, Exampleton, UK, and <sup>3</sup>Histology Unit, Example Institute, "
        "Exampletown, UK</p>"
        f"<p>&nbsp;</p><p>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "doi.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park", "Jo A. Bloggs", "Sam Lee", "Ana Li"]
    places = {a.name: [_norm(x) for x in a.affiliations] for a in m.authors}
    assert places["Kim Park"] == places["Sam Lee"] == [_norm("Department of Psychology, University of Exampleton, Exampleton, UK")]
    assert places["Jo A. Bloggs"] == [_norm("Department of Biology, University of Exampleton, Exampleton, UK")]
    assert places["Ana Li"] == [_norm("Histology Unit, Example Institute, Exampletown, UK")]
    assert {a.name for a in m.authors if a.technical} == {"Ana Li"}


def test_names_set_beside_the_title(tmp_path):
    """Cerebral Cortex sets the title in the left column and the names, over
    their numbered places, in the right column level with it."""
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } "
        "body { font-family: 'DejaVu Serif', serif; font-size: 9pt; } .head { display: flex; gap: 1.2cm; } "
        ".head > div { width: 50%; } .t { font-size: 15pt; font-weight: bold; font-family: 'DejaVu Sans', sans-serif; } "
        ".cols { column-count: 2; column-gap: 1.2cm; margin-top: 2em; } p { margin: 0.2em 0; }</style></head><body>"
        "<div class='head'><div><p class='t'>Gamma oscillations at three example sites predict what is remembered</p></div>"
        "<div><p>Kim Park<sup>1</sup>, Jo A. Bloggs<sup>2</sup>, Sam Lee<sup>1</sup> and Ana Li<sup>3</sup></p>"
        "<p style='margin-top:1em'><sup>1</sup>Department of Neuroscience, University of Exampleton, Exampleton, UK, "
        "<sup>2</sup>Department of Epileptology, Example University, Exampletown, Germany and "
        "<sup>3</sup>Histology Unit, Example Institute, Exampleville, UK</p></div></div>"
        f"<div class='cols'><p><b>{_BODY}</b></p><p>{_BODY}</p><p>{_BODY}</p></div></body></html>"
    )
    m = _read(_printed(html, tmp_path / "beside.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park", "Jo A. Bloggs", "Sam Lee", "Ana Li"]
    places = {a.name: [_norm(x) for x in a.affiliations] for a in m.authors}
    assert places["Kim Park"] == places["Sam Lee"] == [_norm("Department of Neuroscience, University of Exampleton, Exampleton, UK")]
    assert places["Jo A. Bloggs"] == [_norm("Department of Epileptology, Example University, Exampletown, Germany")]
    assert places["Ana Li"] == [_norm("Histology Unit, Example Institute, Exampleville, UK")]


@pytest.mark.parametrize("marks", [("1", "2", "3"), ("*", "†", "‡")])
def test_numbered_places_at_the_foot_after_the_contact_address(tmp_path, marks):
    """Springer sets the corresponding author's address, then the numbered
    places, each on its own line, at the foot of the first page; the marks
    are set on the line, not raised (Wiley's signs the same way)."""
    m1, m2, m3 = marks
    html = (
        _PAGE_STYLE + "<p style='font-size:13pt'><b>On the multiplicity of solutions in example investment models</b></p>"
        f"<p style='font-size:10pt'>Kim Park<sup>{m1}</sup> · Jo A. Bloggs<sup>{m2}</sup> · Ana Li<sup>{m3}</sup></p>"
        "<p style='font-size:8pt'>Received: 3 April 2015 / Accepted: 1 August 2017</p>"
        f"<p>{_BODY}</p><div style='position:absolute; top:20cm; font-size:8pt'>"
        "<p style='font-size:11pt;margin:0'>Jo A. Bloggs</p><p style='margin:0'>jo.bloggs@example.org</p>"
        f"<p style='margin:0'>{m1} Example Energy - CEEME, Place de Champlain 1, 92930 Paris, France</p>"
        f"<p style='margin:0'>{m2} Example Energy - CEEME, Boulevard Bolivar 34, 1000 Brussels, Belgium</p>"
        f"<p style='margin:0'>{m3} Center for Operations Research and Econometrics, Université de Louvain,</p>"
        "<p style='margin:0 0 0 1em'>Voie du Roman Pays 34, 1348 Louvain-La-Neuve, Belgium</p></div></body></html>"
    )
    m = _read(_printed(html, tmp_path / "springer-foot.pdf"))
    assert [(a.name, [_norm(x) for x in a.affiliations]) for a in m.authors] == [
        ("Kim Park", [_norm("Example Energy - CEEME, Place de Champlain 1, 92930 Paris, France")]),
        ("Jo A. Bloggs", [_norm("Example Energy - CEEME, Boulevard Bolivar 34, 1000 Brussels, Belgium")]),
        ("Ana Li", [_norm("Center for Operations Research and Econometrics, Université de Louvain, Voie du Roman Pays 34, 1348 Louvain-La-Neuve, Belgium")]),
    ]


def test_raised_marks_inside_a_note_at_the_foot_after_a_sentence(tmp_path):
    """ICML's first-page note opens with a sentence (thanks for computing
    time, a web address) and runs the marked places on after it."""
    html = (
        _PAGE_STYLE + "<p style='font-size:14pt; text-align:center'><b>A deep network that is invariant to time rescaling</b></p>"
        "<p style='font-size:10pt; text-align:center'><b>Kim Park <sup>1</sup> Jo A. Bloggs <sup>2</sup> Ana Li <sup>1</sup></b></p>"
        f"<p>{_BODY}</p><div style='position:absolute; top:21cm; width:8cm; font-size:9pt'>"
        "The authors acknowledge Research Computing at the University of Exampleton for providing computational resources "
        "that have contributed to the results reported within this publication. URL: https://rc.example.edu. "
        "<sup>1</sup>Department of Psychology, University of Exampleton, Exampleton, UK <sup>2</sup>Department of Computer Science, "
        "Example University, Exampletown, UK. Correspondence to: Ana Li &lt;ali@example.edu&gt;.</div></body></html>"
    )
    m = _read(_printed(html, tmp_path / "icml.pdf"))
    assert [(a.name, [_norm(x) for x in a.affiliations]) for a in m.authors] == [
        ("Kim Park", [_norm("Department of Psychology, University of Exampleton, Exampleton, UK")]),
        ("Jo A. Bloggs", [_norm("Department of Computer Science, Example University, Exampletown, UK")]),
        ("Ana Li", [_norm("Department of Psychology, University of Exampleton, Exampleton, UK")]),
    ]


def test_names_set_apart_on_one_line_with_no_comma(tmp_path):
    """The arXiv preprint style sets the names on one line, set apart by
    wide spaces with no comma or "and" between, over their shared place."""
    html = (
        _PAGE_STYLE + "<p style='font-size:17pt; text-align:center'><b>THE FREE ENERGY PRINCIPLE: AN EXAMPLE PERSPECTIVE</b></p>"
        "<p style='font-size:10pt; text-align:center'>Kim Park<sup>∗</sup>&emsp;&emsp;Jo A. Bloggs&emsp;&emsp;Ana Li&emsp;&emsp;Sam Lee</p>"
        "<p style='font-size:10pt; text-align:center; margin:0'>Example University - Imaging Unit</p>"
        "<p style='font-size:10pt; text-align:center; margin:0'>Exampleton, UK</p>"
        f"<p>&nbsp;</p><p style='text-align:center'>ABSTRACT</p><p>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "apart.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park", "Jo A. Bloggs", "Ana Li", "Sam Lee"]
    assert all(a.affiliations for a in m.authors)


def test_a_name_with_a_glyph_drawn_out_of_place_is_one_name(tmp_path):
    """A normal space between a given and a family name is no gap between
    two names, whatever order the glyphs come in."""
    html = (
        _PAGE_STYLE + "<p style='font-size:15pt'><b>Sperm whale codas may encode individuality</b></p>"
        "<p style='font-size:10pt; margin-left:1cm'>Kim Park<sup>a)</sup></p><p style='font-size:9pt; margin-left:1cm'>Example University, Exampleton, UK</p>"
        "<p style='font-size:10pt; margin-left:1cm'>Jo A. Bloggs</p><p style='font-size:9pt; margin-left:1cm'>Example Institute, Exampletown, UK</p>"
        f"<p>&nbsp;</p><p>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "stacked.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park", "Jo A. Bloggs"]


def test_a_title_that_later_pages_repeat_as_their_running_head(tmp_path):
    """Statistical Science prints the title large on the first page and the
    same words small at the head of every later page: the running heads go,
    the title and the name under it stay."""
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 1.2cm 2cm 2cm 2cm; } "
        "body { font-family: 'DejaVu Serif', serif; font-size: 10pt; } .rh { position: fixed; top: 0; right: 0; font-size: 6pt; } "
        "p { margin: 0.3em 0; }</style></head><body><div class='rh'>STATISTICAL MODELING: THE TWO CULTURES</div>"
        "<p style='font-size:18pt; margin-top:0.5cm'>Statistical Modeling: The Two Cultures</p><p style='font-size:12pt'>Kim Park</p>"
        + "".join(f"<p>{_BODY}</p>" for _ in range(14))
        + "</body></html>"
    )
    m = _read(_printed(html, tmp_path / "running-title.pdf"))
    assert m.title == "Statistical Modeling: The Two Cultures"
    assert [a.name for a in m.authors] == ["Kim Park"]
    assert not any("STATISTICAL MODELING" in b.text for s in m.sections for b in s.blocks)


@pytest.mark.parametrize("case", ["capitals", "own case"])
def test_a_name_and_its_place_on_each_line(tmp_path, case):
    """ACM's journals set each author on a line of their own, the name (in
    capitals) then a comma and the place: each line is one author, and a
    place never runs on into the next name."""
    rows = [("Kim Park", "Example Research"), ("Jo A. Bloggs", "University of Exampleton"), ("Ana Li", "Example Software Ltd"), ("Sam Lee", "Example Institute of Technology"), ("Rosa Díaz", "Universidad de Granada")]
    shown = [(n.upper() if case == "capitals" else n, p) for n, p in rows]
    html = (
        _PAGE_STYLE + "<p style='font-size:13pt'><b>Large-scale validation of interleaved example evaluation</b></p>"
        + "".join(f"<p style='font-size:10pt; margin:0'>{n}, {p}</p>" for n, p in shown)
        + f"<p>&nbsp;</p><p style='font-size:8pt'>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "acm.pdf"))
    assert [(a.name, [_norm(x) for x in a.affiliations]) for a in m.authors] == [(n, [_norm(p)]) for n, p in rows]


def test_a_subtitle_under_the_title_is_no_name(tmp_path):
    """A subtitle set under the title in its own type ("A Unifying View")
    reads like a name; its words are the paper's own words in lower case
    elsewhere, so the names are read from the row under it."""
    html = (
        _PAGE_STYLE + "<p style='font-size:17pt; text-align:center; margin:0'>Active Inference or Control as Inference?</p>"
        "<p style='font-size:14pt; text-align:center; margin:0'>A Unifying View</p>"
        "<p style='font-size:12pt; text-align:center'>Kim Park<sup>*†</sup>&emsp;&emsp;&emsp;Jo A. Bloggs<sup>*§</sup>&emsp;&emsp;&emsp;Ana Li<sup>§</sup></p>"
        "<p style='font-size:12pt; text-align:center; margin:0'><sup>†</sup>University of Exampleton, UK</p>"
        "<p style='font-size:12pt; text-align:center; margin:0'><sup>§</sup>Example Institute of Technology, Exampletown, UK</p>"
        f"<p>&nbsp;</p><p>A unifying view of the example is offered as a view of several. {_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "subtitle.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park", "Jo A. Bloggs", "Ana Li"]
    assert [_norm(x) for x in m.authors[0].affiliations] == [_norm("University of Exampleton, UK")]


def test_a_box_beside_the_title_is_read_between(tmp_path):
    """SAGE sets the journal's citation, copyright and DOI in a small box to
    the right of a title that begins at the left margin; the author's name
    comes under the box."""
    html = (
        _PAGE_STYLE + "<div style='position:relative; height:3.2cm'>"
        "<p style='font-size:16pt; margin:0; position:absolute; top:0.6cm; left:0'>Academic example legends</p>"
        "<div style='position:absolute; right:0; top:0; font-size:7pt; text-align:right; line-height:1.2'>"
        "Social Studies of Examples<br>2014, Vol. 44(4) 638–654<br>© The Author(s) 2014<br>Reprints and permissions:<br>"
        "example.co.uk/journalsPermissions.nav<br>DOI: 10.1177/0306312714535679<br>sss.example.com</div></div>"
        "<p style='font-size:12pt; margin:0'>Kim Park</p><p style='font-size:8pt; margin:0'>Faculty of Health and Social Sciences, Exampleton University College, Exampleton, Norway</p>"
        f"<p>&nbsp;</p><p>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "sage.pdf"))
    assert [(a.name, [_norm(x) for x in a.affiliations]) for a in m.authors] == [
        ("Kim Park", [_norm("Faculty of Health and Social Sciences, Exampleton University College, Exampleton, Norway")])
    ]


@pytest.mark.parametrize("stamp", ["ARTICLE IN PRESS", "UNCORRECTED PROOF", "Journal Pre-proof", "ACCEPTED MANUSCRIPT"])
def test_a_version_stamped_across_the_page_is_not_the_title(tmp_path, stamp):
    """An early version carries a stamp in type larger than the title's."""
    html = (
        _PAGE_STYLE + "<p style='font-size:26pt'>Characteristics of example changes: a pilot study</p>"
        "<div style='display:flex; gap:1cm'><div style='width:25%; font-size:9pt'><p>Received: 26 September 2025</p>"
        "<p>Accepted: 26 November 2025</p></div><div style='width:75%'><p style='font-size:11pt'>Kim Park, Jo A. Bloggs &amp; Ana Li</p>"
        "<p style='font-size:9pt'>We are providing an unedited version of this manuscript to give early access to its findings.</p>"
        f"<p style='font-size:28pt; text-align:center; color:#aaa'>{stamp}</p><p>{_BODY}</p></div></div></body></html>"
    )
    m = _read(_printed(html, tmp_path / "stamp.pdf"))
    assert m.title == "Characteristics of example changes: a pilot study"
    assert [a.name for a in m.authors] == ["Kim Park", "Jo A. Bloggs", "Ana Li"]


def test_a_cover_sheet_with_a_box_of_related_articles_names_none_of_them(tmp_path):
    """IOP's download cover cites the paper ("To cite this article: Kim Park
    et al 2018 ...") beside a box of related articles with their authors;
    the authors are the ones the article's own first page names, the first
    of them the one the cover cites."""
    box = "".join(
        f"<p style='margin:0 0 0.4em 0'>- {t}<br>{who}</p>"
        for t, who in [("Physics and financial examples", "Didier Sornette"), ("Comparing example projections to observations", "Stefan Rahmstorf, Grant Foster and Anny Cazenave"), ("The theory of example reactions", "H C Newns")]
    )
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 1.5cm; } "
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; } .pg { break-after: page; } p { margin: 0.3em 0; }</style></head><body>"
        "<div class='pg' style='position:relative; height:25cm'><p style='font-size:12pt'>Journal of Physics: Example Series</p>"
        "<div style='position:absolute; left:0; top:3cm; width:10cm'><p style='font-size:9pt'>PAPER • OPEN ACCESS</p>"
        "<p style='font-size:16pt'>The stock market learned as an example model</p>"
        "<p style='font-size:8pt'>To cite this article: Kim Park et al 2018 J. Phys.: Conf. Ser. 1113 012009</p>"
        "<p style='font-size:8pt; margin-top:1.5em'>View the article online for updates and enhancements.</p></div>"
        f"<div style='position:absolute; left:13cm; top:3cm; width:5cm; font-size:7pt'><p style='font-size:12pt'>You may also like</p>{box}</div></div>"
        "<p style='font-size:16pt'>The stock market learned as an example model</p>"
        "<p style='font-size:11pt'>Kim Park<sup>1</sup>, Jo A. Bloggs<sup>2</sup> and Ana Li<sup>1</sup></p>"
        "<p style='font-size:8pt; margin:0'><sup>1</sup> Institute of Example Physics, Example University, Exampleton, UK</p>"
        "<p style='font-size:8pt; margin:0'><sup>2</sup> Commercial College, Example University, Exampletown, UK</p>"
        f"<p>{_BODY}</p><p>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "iop-cover.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park", "Jo A. Bloggs", "Ana Li"]
    assert [_norm(x) for x in m.authors[1].affiliations] == [_norm("Commercial College, Example University, Exampletown, UK")]


@pytest.mark.parametrize("gap", ["near", "far"])
@pytest.mark.parametrize("case", ["JMLR", "KLUWER"])
def test_each_name_with_its_address_on_its_line_over_its_place(tmp_path, case, gap):
    """JMLR and Kluwer's journals set each author on a line with the e-mail
    address after the name (no brackets), the place on the lines under it."""
    rows = [("Kim Park", "kpark@example.edu", ["Department of Statistics", "University of Exampleton, Exampleton, UK"]),
            ("Jo A. Bloggs", "bloggs@example.org", ["Example Institute of Technology, Exampletown, UK"]),
            ("Ana Li", "ali@example.ac.uk", ["Lehrstuhl Informatik II, Example Universität, Exampledorf, Germany"])]  # fmt: skip
    cell = "display:flex; justify-content:space-between; width:12cm; margin:0" if gap == "far" else "display:flex; gap:0.6em; margin:0"
    html = (
        _PAGE_STYLE + "<p style='font-size:15pt'>Finite-time analysis of the example bandit problem</p>"
        + "".join(
            f"<p style='{cell}; font-size:9pt'><span>{n.upper() if case == 'KLUWER' else n}</span><span>{e}</span></p>"
            + "".join(f"<p style='margin:0; font-size:9pt'>{x}</p>" for x in places)
            + "<p style='margin:0'>&nbsp;</p>"
            for n, e, places in rows
        )
        + f"<p style='font-size:9pt'>Editor: Sam Lee</p><p>Abstract. {_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "jmlr.pdf"))
    assert [(a.name, [_norm(x) for x in a.affiliations]) for a in m.authors] == [(n, [_norm(", ".join(p))]) for n, e, p in rows]
    if gap == "near":  # (read as one line: the address is the author's)
        assert [a.email for a in m.authors] == [e for _, e, _ in rows]


@pytest.mark.parametrize("case", ["capitals", "own case"])
def test_names_under_the_abstract_and_its_doi(tmp_path, case):
    """eLife's features and points of view set the abstract right under the
    title, its DOI after it, and the names after that."""
    names = ["Erin C Example", "Philip E Bloggs", "C Titus Park", "Ana Li"]
    shown = [n.upper() for n in names] if case == "capitals" else names
    listed = ", ".join(shown[:-1]) + (" AND " if case == "capitals" else " and ") + shown[-1]
    html = (
        _PAGE_STYLE + "<p style='font-size:8pt'>FEATURE ARTICLE</p><p style='font-size:26pt'>How open science helps example researchers succeed</p>"
        f"<p style='font-size:9pt'>Abstract Open access, open data and open source are growing in popularity. {_BODY}</p>"
        f"<p style='font-size:8pt'>DOI: 10.7554/eLife.16800.001</p><p style='font-size:10pt'>{listed}</p>"
        f"<p style='font-size:12pt'>Introduction</p><p>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "elife-feature.pdf"))
    assert [a.name.lower() for a in m.authors] == [n.lower() for n in names]


def test_a_name_in_small_capitals_after_by_in_another_face(tmp_path):
    """IEEE's Proceedings print "By FRANK SCHWIERZ, Senior Member IEEE": the
    name in small capitals after "By" in a face with a deeper descent. The
    capitals' letters are not raised marks, and the grade is no name."""
    html = (
        _PAGE_STYLE + "<p style='font-size:30pt; margin:0'>Graphene Transistors: Status, Prospects, and Problems</p>"
        "<p style='font-size:15pt'>In this paper, the author provides an overview of the status of example transistors.</p>"
        "<p style='font-size:11pt'><span style='font-family:\"DejaVu Sans\"'>By</span> "
        "<span style='font-variant:small-caps'>Kim Park</span>, <i>Senior Member IEEE</i></p>"
        f"<p style='font-size:8pt'>ABSTRACT | {_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "by-smallcaps.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park"]


def test_a_separator_left_alone_at_a_rows_end_in_another_face(tmp_path):
    """Wiley's recent journals part the names with "|" set in the text face,
    one of them alone at the end of a row: the list goes on past it."""
    names = ["Greta J. Example", "Rob Ogden", "Barry W. Baker", "Kyle M. Ewart", "Rebecca N. Johnson", "Irene Kuiper"]
    cells = "".join(f"<b>{n}<sup>{i + 1}</sup></b> <span style='font-weight:normal'>|</span> " for i, n in enumerate(names[:-1])) + f"<b>{names[-1]}<sup>6</sup></b>"
    html = (
        _PAGE_STYLE + "<p style='font-size:18pt'>Standards in wildlife forensic science, with a focus on non-human DNA analysis</p>"
        f"<p style='font-size:12pt; width:11cm'>{cells}</p>"
        "<p style='font-size:7pt'><sup>1</sup>Australian Example Research Institute, Exampleton, Australia</p>"
        f"<p>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "bars.pdf"))
    assert [a.name for a in m.authors] == names


def test_a_grid_of_one_word_places_in_italics_under_names_raised_unevenly(tmp_path):
    """USENIX sets each name over its place, the places in italics and of
    one word ("EPFL", "Nvidia"); the middle name carries a mark that makes
    its line stand higher than the others. The cells are read left to
    right, and an italic place is no more of the name above it."""
    cell = "<div style='flex:1; text-align:center'>{n}<br><i>{p}</i></div>"
    cells = "".join(cell.format(n=n, p=p) for n, p in [("Kim Park", "EPFL"), ("Jo Bloggs<sup style='font-size:9pt'>∗</sup>", "Nvidia"), ("Ana Li", "EPFL")])
    html = (
        _PAGE_STYLE + "<p style='font-size:15pt; text-align:center'><b>Midas: Systematic Kernel Protection</b></p>"
        f"<div style='display:flex; font-size:12pt; width:12cm; margin:0 auto'>{cells}</div>"
        f"<p>&nbsp;</p><p style='text-align:center'><b>Abstract</b></p><p>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "usenix.pdf"))
    assert sorted(a.name for a in m.authors) == ["Ana Li", "Jo Bloggs", "Kim Park"]
    assert {a.name: a.affiliations for a in m.authors} == {"Kim Park": ["EPFL"], "Jo Bloggs": ["Nvidia"], "Ana Li": ["EPFL"]}


def test_names_parted_only_by_their_raised_marks(tmp_path):
    """AAS preprints may print "A. B. Name¹ C. D. Name¹ E. Name²" with no
    comma between the names: each raised mark closes a name."""
    names = "".join(f"{n}<sup>{k}</sup> " for n, k in [("C. N. Poveda-Ruiz", 1), ("J. E. Forero-Romero", 1), ("J. C. Muñoz-Cuartas", 2)])
    html = (
        _PAGE_STYLE + "<p style='font-size:11pt; text-align:center'>QUANTIFYING BIASES IN DARK MATTER HALO CONCENTRATION ESTIMATES</p>"
        f"<p style='font-size:9pt; text-align:center'>{names}</p>"
        "<p style='font-size:8pt; text-align:center; margin:0'><sup>1</sup>Departamento de Física, Universidad de los Andes, Bogotá, Colombia</p>"
        "<p style='font-size:8pt; text-align:center; margin:0'><sup>2</sup>Instituto de Física, Universidad de Antioquia, Medellín, Colombia</p>"
        "<p style='font-size:8pt; text-align:center; font-style:italic'>Submitted for publication in ApJL</p>"
        f"<p style='text-align:center'>ABSTRACT</p><p>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "aas.pdf"))
    assert [a.name for a in m.authors] == ["C. N. Poveda-Ruiz", "J. E. Forero-Romero", "J. C. Muñoz-Cuartas"]
    assert m.authors[2].affiliations == ["Instituto de Física, Universidad de Antioquia, Medellín, Colombia"]


def test_an_accent_set_apart_from_its_letter_is_no_part_of_a_name():
    """TeX may print "Muñoz" as "Munoz ˜": the lone accent is dropped, and the
    names around it stay whole."""
    from techcost.parsers.pdf import parse_author_line

    got = parse_author_line("C. N. Poveda-Ruiz ⟨1⟩ J. C. Munoz-Cuartas ˜⟨2⟩, Jo Bloggs⟨2⟩")
    assert got == [("C. N. Poveda-Ruiz", ["1"]), ("J. C. Munoz-Cuartas", ["2"]), ("Jo Bloggs", ["2"])]


@pytest.mark.parametrize("group", ["SWAN Collaborators", "the EXAMPLE Writing Committee", "EXAMPLE Steering Committee"])
def test_a_group_at_the_end_of_a_line_of_names_is_none_of_them(group):
    """"..., Simon G. Thompson, and SWAN Collaborators": the group is no
    person, in a PDF's line of names as in a LaTeX author list."""
    from techcost.parsers.pdf import parse_author_line

    assert parse_author_line(f"Kim Park⟨*⟩, Jo Bloggs, and {group}") == [("Kim Park", ["*"]), ("Jo Bloggs", [])]


def test_names_parted_by_a_lone_and_each_over_its_places(tmp_path):
    """IMS journals: a name, its place, e-mail and web address, then "and"
    alone on its line, then the next name and its place."""
    block = lambda name, place: (  # noqa: E731
        f"<p style='text-align:center; font-size:10pt'><b>{name}</b></p>"
        f"<p style='text-align:center; font-size:8pt; margin:0'><i>{place}</i></p>"
        f"<p style='text-align:center; font-size:8pt; margin:0'><i>Exampleton, UK</i></p>"
        f"<p style='text-align:center; font-size:8pt; margin:0; font-family:monospace'>e-mail: {name.split()[-1].lower()}@example.org</p>"
        f"<p style='text-align:center; font-size:8pt; margin:0; font-family:monospace'>url: http://example.org/{name.split()[-1].lower()}/</p>"
    )
    html = (
        _PAGE_STYLE + "<p style='font-size:17pt; text-align:center'><b>Bounds for sparse regression estimation</b></p>"
        + block("Kim Park", "Department of Statistics, Example University")
        + "<p style='text-align:center; font-size:10pt; margin-top:1em'><b>and</b></p>"
        + block("Jo Bloggs", "School of Mathematics, Example Institute")
        + f"<p>&nbsp;</p><p style='text-align:center'><b>Abstract:</b> {_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "ims.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park", "Jo Bloggs"]
    assert _norm(m.authors[1].affiliations[0]).startswith("school of mathematics example institute")
    assert not any("http" in af or "url" in af for a in m.authors for af in a.affiliations)


def test_two_names_on_a_row_split_between_the_columns_below(tmp_path):
    """An IEEE conference page sets its two authors at the left and the
    right of one row, over a text in two columns: the right name, which the
    columns put among the right column's lines, is an author too."""
    cols = "".join(f"<p>{_BODY}</p>" for _ in range(3))
    html = (
        _PAGE_STYLE + "<p style='font-size:16pt; text-align:center'>Outlier Detection using a Sliding Window Filter</p>"
        "<div style='display:flex; font-size:11pt'><div style='width:50%; text-align:center'>Kim Park<sup>†</sup></div>"
        "<div style='width:50%; text-align:center'>Jo A. Bloggs<sup>‡</sup></div></div>"
        f"<div style='columns:2; column-gap:0.8cm; font-size:9pt; margin-top:2em'><p><b>Abstract</b>— {_BODY}</p>{cols}</div></body></html>"
    )
    m = _read(_printed(html, tmp_path / "row.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park", "Jo A. Bloggs"]


def test_a_ligature_read_as_raised_inside_a_name_is_letters():
    """"Morgan M. Ste⟨ff⟩en": a ligature PDFium set apart inside a word is
    part of the word, not a mark."""
    from techcost.parsers.pdf import parse_author_line

    assert parse_author_line("Morgan M. Ste⟨ff⟩en⟨†⟩, Kim Park⟨a⟩, Jo Bloggs⟨b⟩") == [("Morgan M. Steffen", ["†"]), ("Kim Park", ["a"]), ("Jo Bloggs", ["b"])]


@pytest.mark.parametrize(
    ("printed", "name"),
    [("Elisabeta Elena T ˘anase", "Elisabeta Elena Tănase"), ("C ˘alina Petru̧ta Cornea", "Călina Petruţa Cornea"), ("Amalia Carmen Mitelu̧t", "Amalia Carmen Miteluţ"), ("Jan N ˇemec", "Jan Němec")],
)
def test_accents_tex_sets_apart_join_their_letters_in_a_line_of_names(printed, name):
    """A breve or caron TeX prints before its letter with a space ("T ˘anase"),
    and a cedilla written after the vowel before its "s" or "t" ("Mitelu̧t"):
    each joins its letter, so the name is read."""
    from techcost.parsers.pdf import parse_author_line

    assert parse_author_line(f"Kim Park⟨1⟩, {printed}⟨3⟩, Jo Bloggs⟨1⟩") == [("Kim Park", ["1"]), (name, ["3"]), ("Jo Bloggs", ["1"])]


def test_a_place_known_by_its_address_then_one_more_name_with_its_place(tmp_path):
    """JACoW proceedings: the names, their shared place in the same type
    (an acronym, then its address: "FNAL, Batavia, IL 60510, USA"), then
    "C. Contreras, Michigan State University, ...": one more author with a
    place of their own. The acronym is no part of the last name."""
    p = "<p style='text-align:center; font-size:11pt; margin:0'>{}</p>"
    html = (
        _PAGE_STYLE + "<p style='font-size:14pt; text-align:center'><b>TUNER TESTING OF A DRESSED 3.9 GHz CAVITY</b></p>"
        + p.format("K. Park<sup>†</sup>, J. A. Bloggs, A. Li, J. C. Yun")
        + p.format("FNAL, Batavia, IL 60510, USA")
        + p.format("C. Contreras, Michigan State University, 48823 East Lansing, MI, USA")
        + f"<p>&nbsp;</p><p><i>Abstract</i></p><p>{_BODY}</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "jacow.pdf"))
    assert [(a.name, a.affiliations) for a in m.authors] == [
        *((n, ["FNAL, Batavia, IL 60510, USA"]) for n in ("K. Park", "J. A. Bloggs", "A. Li", "J. C. Yun")),
        ("C. Contreras", ["Michigan State University, 48823 East Lansing, MI, USA"]),
    ]


def _drawn_front(tmp_path: Path, names: list[tuple[float, str]], name: str) -> Manuscript:
    """A front page drawn glyph by glyph: a title, the line of names drawn
    as the runs ``names`` (x offset in letters, text) in the order given,
    then an abstract."""
    size, x0, em = 11.0, 72.0, g.COURIER_EM * 11.0
    draws = [(16.0, 72.0, 720.0, "Counting samples twice at three sites")]
    draws += [(size, x0 + at * em, 690.0, text) for at, text in names]
    draws += [(11.0, 72.0, 650.0, "Abstract")]
    draws += [(10.0, 72.0, 630.0 - 12 * i, "The measurements were made over two seasons and are reported here.") for i in range(6)]
    return _read(g.drawn_pdf(tmp_path / name, draws))


@pytest.mark.parametrize(
    ("runs", "want"),
    [
        # the mark after the whole word, over its letter ("Kocinski ´")
        ([(0, "Kim Park, Jo Kocinski"), (17, "´")], "Jo Kociński"),
        # the mark before its letter, where TeX writes it ("Avenda˜no")
        ([(0, "Kim Park, Sofia Avenda"), (22, "˜"), (22, "no")], "Sofia Avendaño"),
        # both marks of a name drawn after the line has ended ("Ther ese ... `")
        ([(0, "Kim Park, Therese Li"), (12, "´"), (14, "`")], "Thérèse Li"),
        # a dieresis and an acute over capitals and small letters alike
        ([(0, "Kim Park, Ozil Muller"), (10, "¨"), (16, "¨")], "Özil Müller"),
    ],
    ids=["after-word", "before-letter", "after-line", "dieresis"],
)
def test_an_accent_drawn_apart_joins_the_letter_under_it(tmp_path, runs, want):
    """Where a PDF draws an accent mark as a glyph of its own, the order of
    the file's characters does not say which letter it belongs to: each
    program writes it somewhere else. The letter under the mark does."""
    m = _drawn_front(tmp_path, runs, "accent.pdf")
    assert [a.name for a in m.authors] == ["Kim Park", want]


def test_a_mark_over_no_letter_is_left_alone(tmp_path):
    """A mark drawn where no letter stands is not joined to any: the names
    are read as they are."""
    m = _drawn_front(tmp_path, [(0, "Kim Park, Jo Bloggs"), (30, "´")], "stray.pdf")
    assert [a.name for a in m.authors] == ["Kim Park", "Jo Bloggs"]


def _drawn_page(tmp_path: Path, front: list[tuple[float, float, float, str]], name: str) -> Manuscript:
    """A page drawn run by run: a title, the runs ``front`` under it, then
    an abstract."""
    draws = [(16.0, 72.0, 730.0, "Counting samples twice at three sites"), *front]
    draws += [(11.0, 72.0, 600.0, "Abstract")]
    draws += [(10.0, 72.0, 580.0 - 12 * i, "The measurements were made over two seasons and are reported here.") for i in range(6)]
    return _read(g.drawn_pdf(tmp_path / name, draws))


@pytest.mark.parametrize("sep", [" · ", ", "])
def test_a_name_broken_over_two_lines_of_a_list(tmp_path, sep):
    """Springer sets names parted by "·" and breaks a name where the line
    ends ("... · Abdelwahab" | "Hamou-Lhadj · ..."): the first line is no
    list alone, but it starts one."""
    s = sep.rstrip()
    front = [
        (11.0, 72.0, 700.0, f"Mathieu Nayrolles{s} Abdelwahab"),
        (11.0, 72.0, 687.0, f"Hamou-Lhadj{sep}Emad Shihab{sep}Alf Larsson{s}"),
        (11.0, 72.0, 674.0, "Sigrid Eldh"),
    ]
    m = _drawn_page(tmp_path, front, "broken.pdf")
    assert [a.name for a in m.authors] == ["Mathieu Nayrolles", "Abdelwahab Hamou-Lhadj", "Emad Shihab", "Alf Larsson", "Sigrid Eldh"]


@pytest.mark.parametrize("cells", [True, False], ids=["places-in-cells", "one-place"])
def test_names_beside_a_list_on_the_same_row(tmp_path, cells):
    """"Chris Cummins, Pavlos Petoumenos" at the left of the row, then
    "Zheng Wang" and "Hugh Leather" each set apart: each is a name of its
    own, not part of the list's last name, whether each has its places
    below it or one place is given for all."""
    front = [
        (11.0, 60.0, 700.0, "Chris Cummins, Pavlos Petoumenos"),
        (11.0, 330.0, 700.0, "Zheng Wang"),
        (11.0, 460.0, 700.0, "Hugh Leather"),
    ]
    if cells:
        front += [
            (9.0, 60.0, 687.0, "School of Informatics"),
            (9.0, 300.0, 687.0, "School of Computing"),
            (9.0, 450.0, 687.0, "School of Informatics"),
            (9.0, 60.0, 676.0, "University of Exampleton"),
            (9.0, 300.0, 676.0, "Lancaster University"),
            (9.0, 450.0, 676.0, "University of Exampleton"),
        ]
    else:
        front += [(9.0, 220.0, 686.0, "University of Exampleton, UK")]
    m = _drawn_page(tmp_path, front, "row.pdf")
    assert [a.name for a in m.authors] == ["Chris Cummins", "Pavlos Petoumenos", "Zheng Wang", "Hugh Leather"]


@pytest.mark.parametrize("under", ["Statebox Team", "Example Labs Research Group"])
def test_a_line_under_the_names_does_not_unmake_the_last_one(tmp_path, under):
    """Names set apart along one row, then the team or group they belong to
    on the next line: the last name stays a name."""
    front = [
        (11.0, 100.0, 700.0, "Fabrizio Genovese"),
        (11.0, 260.0, 700.0, "Andre Knispel"),
        (11.0, 400.0, 700.0, "Joshua Fitzgerald"),
        (11.0, 250.0, 686.0, under),
        (11.0, 230.0, 672.0, "research@example.org"),
    ]
    m = _drawn_page(tmp_path, front, "team.pdf")
    assert [a.name for a in m.authors] == ["Fabrizio Genovese", "Andre Knispel", "Joshua Fitzgerald"]


@pytest.mark.parametrize(
    "line",
    [
        "By Kim Park, Member IEEE, and Jo Bloggs",
        "Kim Park, Senior Member IEEE, Jo Bloggs, and Ana Li",
    ],
)
def test_an_ieee_grade_without_its_second_comma_is_no_name(line):
    from techcost.parsers.pdf import parse_author_line

    got = [n for n, _ in parse_author_line(line) or []]
    assert got[:2] == ["Kim Park", "Jo Bloggs"] and not any("Member" in n or "Ieee" in n for n in got)


@pytest.mark.parametrize(
    ("label", "again"),
    [("Correspondence*:", "K. Park"), ("", "P.G.L Porta Mana")],
    ids=["under-a-label", "other-stops"],
)
def test_an_author_named_again_under_the_places_is_no_new_author(tmp_path, label, again):
    """Under the names and their place, the corresponding author's name
    and address ("Correspondence*:" | "K. Park, FNAL, ..."), or an author's
    name again with other stops ("P.G.L Porta Mana" for "P.G.L. Porta
    Mana"), adds no author."""
    front = [
        (11.0, 72.0, 700.0, "P.G.L. Porta Mana, K. Park, J. A. Bloggs"),
        (11.0, 72.0, 686.0, "FNAL, Batavia, IL 60510, USA"),
    ]
    if label:
        front.append((9.0, 72.0, 672.0, label))
    front.append((9.0, 72.0, 660.0, f"{again}, Example Laboratory, 28 Long Road, 5063 Bergen"))
    m = _drawn_page(tmp_path, front, "again.pdf")
    assert [a.name for a in m.authors] == ["P.G.L. Porta Mana", "K. Park", "J. A. Bloggs"]


@pytest.mark.parametrize("leading", [14.0, 11.0], ids=["spaced", "tight"])
def test_a_grid_of_names_whose_lines_are_set_tight(tmp_path, leading):
    """Two rows of two cells, each a name over its place and e-mail (ACL's
    title page). Set tight, a cell's lines overlap a little on the page;
    each cell is still a name with its own place."""
    cells = [
        (("Krithika Ramesh", "Microsoft Research", "kr@example.org"), ("Arnav Chavan", "Example Institute of Technology", "ac@example.org")),
        (("Shrey Pandit", "BITS, Pilani", "sp@example.org"), ("Sunayana Sitaram", "Microsoft Research", "ss@example.org")),
    ]
    front = []
    for r, row in enumerate(cells):
        top = 700.0 - r * 4 * leading
        for c, lines in enumerate(row):
            for k, text in enumerate(lines):
                centre = 190.0 + c * 230.0
                front.append((12.0, centre - len(text) * g.COURIER_EM * 12.0 / 2, top - k * leading, text, "bold" if k == 0 else ""))
    m = _drawn_page(tmp_path, front, "grid.pdf")
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Krithika Ramesh", ["Microsoft Research"]),
        ("Arnav Chavan", ["Example Institute of Technology"]),
        ("Shrey Pandit", ["BITS, Pilani"]),
        ("Sunayana Sitaram", ["Microsoft Research"]),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Author: Alex Maybaum  Date: May 2026  Classification: Computational Biology",
        "Author: Alex Maybaum, Status: DRAFT PRE-PRINT",
        "Authors: Alex Maybaum and Jo Bloggs  Date: 4 May 2026",
    ],
)
def test_other_labels_after_the_labelled_names_end_them(tmp_path, line):
    """A report's label line, "Author: A  Date: May 2026  Classification:
    ...": the names end where the next label begins."""
    m = _drawn_page(tmp_path, [(11.0, 72.0, 700.0, line)], "labels.pdf")
    want = ["Alex Maybaum", "Jo Bloggs"] if "Jo Bloggs" in line else ["Alex Maybaum"]
    assert [a.name for a in m.authors] == want


@pytest.mark.parametrize("date", ["January 4, 2019", "4 January 2019", "2019-01-04", "March 2021"])
def test_a_date_under_the_names_is_no_part_of_them(tmp_path, date):
    """"Andrei Rykhlevskii, Jin Whan Bae, Kathryn D. Huff" over "January 4,
    2019": the month is no part of the last name."""
    front = [(11.0, 72.0, 700.0, "Andrei Rykhlevskii, Jin Whan Bae, Kathryn D. Huff"), (11.0, 72.0, 686.0, date)]
    m = _drawn_page(tmp_path, front, "date.pdf")
    assert [a.name for a in m.authors] == ["Andrei Rykhlevskii", "Jin Whan Bae", "Kathryn D. Huff"]


def test_a_lone_and_between_two_lines_of_names(tmp_path):
    """"A, B and C" over "and" alone over "D": the lone "and" unmakes no
    name; the list goes on over it."""
    front = [
        (11.0, 72.0, 700.0, "Kim Park, Jo Bloggs, Ana Li"),
        (11.0, 200.0, 686.0, "and"),
        (11.0, 170.0, 672.0, "Sam Lee"),
        (9.0, 72.0, 655.0, "Department of Physics, University of Exampleton, Exampleton, UK"),
    ]
    m = _drawn_page(tmp_path, front, "and.pdf")
    assert [a.name for a in m.authors] == ["Kim Park", "Jo Bloggs", "Ana Li", "Sam Lee"]


def test_a_grid_whose_e_mails_are_set_in_the_names_type(tmp_path):
    """ACM's cells: a name, its place in smaller type, then an e-mail
    address in the names' own type, broken over two lines ("wenjingm@yahoo-"
    | "inc.com"). The addresses say nothing of the grid: each cell is a name
    with its own place."""
    cells = [("Peiji Chen", "Yahoo Labs", "peiji@yahoo-inc.com", ""), ("Wenjing Ma", "Example Labs", "wenjingm@yahoo-", "inc.com"), ("Srinath Mandalapu", "Yahoo Labs", "srinathm@yahoo-", "inc.com")]
    front = []
    for c, (name, place, mail, more) in enumerate(cells):
        centre = 130.0 + c * 175.0
        half = lambda t, size: len(t) * g.COURIER_EM * size / 2  # noqa: E731
        front += [(12.0, centre - half(name, 12.0), 700.0, name), (10.0, centre - half(place, 10.0), 687.0, place), (12.0, centre - half(mail, 12.0), 674.0, mail)]
        if more:
            front.append((12.0, centre - half(more, 12.0), 661.0, more))
    m = _drawn_page(tmp_path, front, "acm.pdf")
    assert [(a.name, a.affiliations) for a in m.authors] == [("Peiji Chen", ["Yahoo Labs"]), ("Wenjing Ma", ["Example Labs"]), ("Srinath Mandalapu", ["Yahoo Labs"])]


def _line(text: str, x0: float, top: float, size: float, *, x1: float | None = None):
    """A front-page line as the PDF reader holds it: display type (over 10
    points) set bold, its width from its letters unless given."""
    from techcost.parsers.pdf import Line

    return Line(text, 1, x0, x1 if x1 is not None else x0 + 0.5 * size * len(text), top, top + size, size, size > 10, "Times-Bold" if size > 10 else "Times", [])


def _drawn(tmp_path: Path, draws: list[tuple], name: str) -> Manuscript:
    """A page drawn run by run as given, then an abstract."""
    draws = [*draws, (11.0, 72.0, 520.0, "Abstract")]
    draws += [(10.0, 72.0, 500.0 - 12 * i, "The measurements were made over two seasons and are reported here.") for i in range(6)]
    return _read(g.drawn_pdf(tmp_path / name, draws))


def test_an_author_manuscript_sets_each_author_over_their_place(tmp_path):
    """NIH author manuscripts print each author in bold over their own
    place, the first ending in "and" ("Courtney Beard and")."""
    m = _drawn(
        tmp_path,
        [
            (16.0, 72.0, 730.0, "Counting samples twice at three sites"),
            (10.0, 72.0, 700.0, "Kim Park and", "bold"),
            (10.0, 72.0, 688.0, "Department of Biology, Example University, Leeds, LS2 9JT, UK,"),
            (10.0, 72.0, 676.0, "kim.park@example.ac.uk"),
            (10.0, 72.0, 658.0, "Jo A. Bloggs", "bold"),
            (10.0, 72.0, 646.0, "Department of Chemistry, Example Institute, York, YO10 5DD, UK"),
        ],
        "nih.pdf",
    )
    assert [a.name for a in m.authors] == ["Kim Park", "Jo A. Bloggs"]


@pytest.mark.parametrize("grade", ["(Member, IEEE)", "(Senior Member, IEEE)", "(Fellow, IEEE)", "(Graduate Student Member, IEEE)"])
def test_an_ieee_grade_in_brackets_after_a_name(grade):
    from techcost.parsers.pdf import parse_author_line

    # (IEEE Access: the grade after the marks, and the line going on to the next)
    pairs = parse_author_line(f"KIM PARK⟨1,2⟩, JO A. BLOGGS⟨3⟩, {grade},")
    assert [n for n, _ in pairs or []] == ["Kim Park", "Jo A. Bloggs"]


@pytest.mark.parametrize("title", ["Dr.", "Prof.", "Dr", "Mrs"])
def test_a_title_before_a_printed_name_is_no_part_of_it(title):
    from techcost.parsers.pdf import names_then_places, parse_author_line

    assert [n for n, _ in parse_author_line(f"{title} Kim Park, {title} Jo A. Bloggs and Ana Li") or []] == ["Kim Park", "Jo A. Bloggs", "Ana Li"]
    assert [n for n, _ in names_then_places(f"{title} J. Bloggs, Department of Chemistry, Example Institute") or []] == ["J. Bloggs"]


def test_a_title_read_in_turn_with_a_column_beside_it():
    """SAGE sets the journal's citation, copyright and DOI in small type to
    the right of a title in display type, and a file may give their lines
    in turn with the title's: the title's lines are read together, none of
    them taken for a line of names, and the column after them."""
    from techcost.parsers.pdf import _find_title, _title_beside_column

    lines = [
        _line("Research Article", 48.0, 66.0, 10.0),
        _line("Failing to Forget: Inhibitory-Control", 48.0, 99.3, 18.0),
        _line("2015, Vol. 26(5) 604-616", 440.5, 100.5, 7.0),
        _line("(c) The Author(s) 2015", 440.5, 109.0, 7.0),
        _line("Deficits Compromise Memory", 48.0, 119.3, 18.0),
        _line("DOI: 10.1177/0956797615569889", 440.5, 126.0, 7.0),
        _line("Suppression in Stress", 48.0, 139.3, 18.0),
        _line("Kim Park, Jo A. Bloggs, and Ana Li", 48.0, 214.6, 12.0),
    ]
    assert _find_title(lines, 792.0) == (1, 2)  # as given, the title ends at the column's first line
    read = _title_beside_column(lines)
    assert [ln.text for ln in read] == [lines[i].text for i in (0, 1, 4, 6, 2, 3, 5, 7)]
    assert _find_title(read, 792.0) == (1, 4)


def test_one_author_a_paragraph_with_their_place(tmp_path):
    m = _drawn(
        tmp_path,
        [
            (16.0, 72.0, 730.0, "Counting samples twice at three sites"),
            (10.0, 72.0, 700.0, "Kim Park, School of Biology, Example University, Leeds, UK. Email:"),
            (10.0, 72.0, 688.0, "kim.park@example.ac.uk (Corresponding author)."),
            (10.0, 72.0, 664.0, "Jo A. Bloggs, Department of Chemistry, Example Institute, York,"),
            (10.0, 72.0, 652.0, "UK."),
            (10.0, 72.0, 628.0, "Ana Li, Imaging Facility, Example Institute, York, UK."),
        ],
        "paragraphs.pdf",
    )
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Kim Park", ["School of Biology, Example University, Leeds, UK"]),
        ("Jo A. Bloggs", ["Department of Chemistry, Example Institute, York, UK"]),
        ("Ana Li", ["Imaging Facility, Example Institute, York, UK"]),
    ]
    assert m.authors[0].email == "kim.park@example.ac.uk"


def test_a_grid_cell_whose_place_has_no_institution_word(tmp_path):
    """ICMC's cells: a name, an e-mail, then a company's name with no word
    such as "University" in it, then its town: each cell is an author."""
    draws = [(16.0, 72.0, 730.0, "Counting samples twice at three sites")]
    for x, name, mail in ((60.0, "Kim Park", "kp@example.org"), (250.0, "Jo Bloggs", "jb@example.org"), (440.0, "Ana Li", "al@example.org")):
        draws += [(11.0, x, 700.0, name), (11.0, x, 686.0, mail, "bold"), (11.0, x, 672.0, "Last Man to Die", "bold"), (11.0, x, 658.0, "Canberra, Australia", "bold")]
    m = _drawn(tmp_path, draws, "cells.pdf")
    assert [a.name for a in m.authors] == ["Kim Park", "Jo Bloggs", "Ana Li"]
    assert all(a.affiliations and "Last Man to Die" in a.affiliations[0] for a in m.authors)


def test_a_names_raised_marks_set_apart_are_no_column_beside_them():
    """"M. Kociński" ends a line of names in 12-point type and its marks,
    "2,4,", are a run of their own to its right: they stay where they are,
    between that line and the next."""
    from techcost.parsers.pdf import _title_beside_column

    lines = [
        _line("Personalized prognosis and treatment", 45.4, 75.6, 19.9),
        _line("using example machines", 45.4, 101.9, 19.9),
        _line("P.G.L. Porta Mana 1,2,*, I. Rye 3, A. Vik 2, M. Kocinski", 45.4, 180.6, 12.0, x1=344.4),
        _line("2,4,", 374.6, 181.1, 9.0),
        _line("A. Lundervold 2,4, A. J. Lundervold 5", 45.0, 199.8, 12.0),
    ]
    assert _title_beside_column(lines) == lines


def test_rows_of_names_set_apart_by_space(tmp_path):
    """Two rows of names parted only by space (Borg, EuroSys): the last name
    of the first row and the first of the second are two authors."""
    front = [
        (11.0, 72.0, 700.0, "Abhishek Verma"), (7.0, 72.0 + 14 * 6.6, 704.0, "1"),
        (11.0, 240.0, 700.0, "Luis Pedrosa"), (7.0, 240.0 + 12 * 6.6, 704.0, "2"),
        (11.0, 400.0, 697.0, "Madhukar Korupolu"),
        (11.0, 110.0, 683.0, "David Oppenheimer"), (11.0, 240.0, 683.0, "Eric Tune"), (11.0, 330.0, 683.0, "John Wilkes"),
        (11.0, 72.0, 666.0, "Example Inc."),
    ]
    m = _drawn_page(tmp_path, front, "rows.pdf")
    assert [a.name for a in m.authors] == ["Abhishek Verma", "Luis Pedrosa", "Madhukar Korupolu", "David Oppenheimer", "Eric Tune", "John Wilkes"]


def test_a_line_of_names_printed_twice_lists_each_author_once(tmp_path):
    front = [(11.0, 72.0, 700.0, "Daniel J. Scales, Mike Nelson, and Ganesh Venkitachalam"), (11.0, 72.0, 686.0, "Daniel J. Scales, Mike Nelson, and Ganesh Venkitachalam")]
    m = _drawn_page(tmp_path, front, "twice.pdf")
    assert [a.name for a in m.authors] == ["Daniel J. Scales", "Mike Nelson", "Ganesh Venkitachalam"]


def test_rows_of_names_are_parted_where_the_join_would_merge_two():
    from techcost.parsers.pdf import _rows_of_names

    assert _rows_of_names("Abhishek Verma⟨†⟩, Luis Pedrosa⟨‡⟩, Madhukar Korupolu", "David Oppenheimer, Eric Tune, John Wilkes")
    # (a name broken over the two lines, a list that goes on after its comma, are no two rows)
    assert not _rows_of_names("Mathieu Nayrolles · Abdelwahab", "Hamou-Lhadj · Emad Shihab")
    assert not _rows_of_names("Kim Park, Jo A. Bloggs,", "Ana Li, Sam Lee")
    assert not _rows_of_names("Kim Park, Jo A.", "Bloggs, Ana Li")


_GRID_PEOPLE = [
    ("Jingling Wang", "jwang@example.edu", ["State Key Laboratory for Novel", "Software Technology", "Example University, China"]),
    ("Shuwei Qiu", "sqiu@example.edu", ["State Key Laboratory for Novel", "Software Technology", "Example University, China"]),
    ("Peng Wang", "pwang@example.edu", ["Department of Computer Science", "Sample Institute", "Exampleton, UK"]),
    ("Jiyuan Song", "jsong@example.edu", ["State Key Laboratory for Novel", "Software Technology", "Example University, China"]),
    ("Huayao Wu<sup style='font-size:9pt'>∗</sup>", "hwu@example.edu", ["State Key Laboratory for Novel", "Software Technology", "Example University, China"]),
    ("Xintao Niu", "xniu@example.edu", ["Department of Computer Science", "Sample Institute", "Exampleton, UK"]),
    ("Changhai Nie", "cnie@example.edu", ["Faculty of Computing", "University of Doha for Science and Technology", "Doha, Qatar"]),
]


@pytest.mark.parametrize("last_row", [1, 2])
@pytest.mark.parametrize("after", ["headings", "heading_under_the_last_cell"])
def test_a_grid_of_author_cells_in_several_rows(tmp_path, last_row, after):
    """ACM and IEEE set six or more authors in rows of three cells, each a
    name over its e-mail and places; a last row may hold fewer cells, and a
    name raised by its mark stands higher than the rest of its row. Every
    row is read, in order, and what follows the grid (two columns opening
    with "ABSTRACT" and "1 INTRODUCTION", or with "CCS Concepts" under the
    last row) is no cell's."""
    people = _GRID_PEOPLE[: 6 + last_row]
    cell = "<div style='width:5.5cm; text-align:center'><span style='font-size:12pt'>{n}</span><br>{e}<br>{p}</div>"
    rows = [people[i : i + 3] for i in range(0, len(people), 3)]
    grid = "".join(
        "<div style='display:flex; justify-content:center; font-size:10pt; margin-bottom:0.8cm'>"
        + "".join(cell.format(n=n, e=e, p="<br>".join(p)) for n, e, p in row)
        + "</div>"
        for row in rows
    )
    if after == "headings":
        tail = (
            "<div style='display:flex; gap:1cm'><div style='flex:1'><b>ABSTRACT</b><p>" + _BODY + "</p></div>"
            "<div style='flex:1'><b>1 INTRODUCTION</b><p>" + _BODY + "</p></div></div>"
        )
    else:
        tail = (
            "<div style='display:flex; gap:1cm'><div style='flex:1'><b>CCS Concepts</b><p>Software and its engineering.</p><b>Keywords</b><p>"
            + _BODY + "</p></div><div style='flex:1'><p>" + _BODY + "</p></div></div>"
        )
    html = _PAGE_STYLE + "<p style='font-size:17pt; text-align:center'><b>Cluster-Based Test Case Selection for Deep Networks</b></p>" + grid + tail + "</body></html>"
    m = _read(_printed(html, tmp_path / "grid.pdf"))
    assert [a.name for a in m.authors] == [re.sub(r"<sup.*", "", n) for n, _, _ in people]
    assert m.authors[-1].affiliations and "CCS" not in " ".join(m.authors[-1].affiliations) and "INTRODUCTION" not in " ".join(m.authors[-1].affiliations)


@pytest.mark.parametrize("raised", [True, False])
def test_ieee_ordinals_before_the_names_in_a_grid(tmp_path, raised):
    """IEEE's conference template prints "1st Given Surname" in each cell;
    the ordinal is no part of the name, raised or on the line."""
    people = [("Kim Park", "Dept. of Physics"), ("Jo A. Bloggs", "Dept. of Chemistry"), ("Ana Li", "Faculty of Computing"), ("Sam Lee", "School of Engineering"), ("Rosa Díaz", "Dept. of Biology"), ("Tom Becker", "Dept. of Geology")]
    ords = ["st", "nd", "rd", "th", "th", "th"]
    cell = "<div style='width:5.5cm; text-align:center'><span style='font-size:11pt'>{k}{o} {n}</span><br><i>{p}</i><br>Example University<br>Exampleton, UK<br>{e}@example.org</div>"
    def o(s):
        return f"<sup>{s}</sup>" if raised else f" {s}"
    cells = [cell.format(k=i + 1, o=o(ords[i]), n=n, p=p, e=n.split()[-1].lower()) for i, (n, p) in enumerate(people)]
    grid = "".join("<div style='display:flex; justify-content:center; font-size:10pt; margin-bottom:0.6cm'>" + "".join(cells[i : i + 3]) + "</div>" for i in (0, 3))
    html = _PAGE_STYLE + "<p style='font-size:22pt; text-align:center'>Enhancing Detection with Attention</p>" + grid + f"<p><b><i>Abstract</i></b>—{_BODY}</p></body></html>"
    m = _read(_printed(html, tmp_path / "ieee.pdf"))
    assert [a.name for a in m.authors] == [n for n, _ in people]


def test_a_line_of_names_broken_by_an_icon_over_a_side_column(tmp_path):
    """MDPI prints the names in one bold line across the page; an ORCID icon
    after a name leaves a gap, and the part of the line after it, which goes
    on with a comma, stands over the main column while the part before it
    stands over the side column. The two parts are one list of names."""
    icon = "<span style='display:inline-block; width:12px; height:10px; background:#8c3; margin:0 8px'></span>"
    names = f"<span>Kim Park <sup>1,*</sup></span>{icon}<span>, Jo A. Bloggs <sup>1</sup>, Ana del Río <sup>1</sup>, Sam Lee <sup>2</sup>, Rosa Díaz <sup>2,3</sup></span><br>and Tom Becker <sup>2,3,*</sup>"
    side = "".join(f"<p style='font-size:7pt; margin:0'>{t}</p>" for t in ["Citation: Park, K.; Bloggs, J.A.;", "del Río, A.; Lee, S.; Díaz, R.", "A probe. Sensors 2021, 21, 2605.", "Academic Editor: Ann Editor", "Received: 8 March 2021", "Published: 8 April 2021"])
    places = "".join(f"<p style='font-size:9pt; margin:0'><sup>{k}</sup> {p}</p>" for k, p in [(1, "Example Nanotechnology Laboratory, 4715-330 Braga, Portugal"), (2, "School of Medicine, University of Minho, 4710-057 Braga, Portugal"), (3, "Example Associate Laboratory, Braga, Portugal")])
    html = (
        _PAGE_STYLE + "<p style='font-size:10pt'>Article</p><p style='font-size:18pt'><b>Hybrid Multisite Silicon Neural Probe with an Integrated Connector</b></p>"
        f"<p style='font-size:10pt; white-space:nowrap'><b>{names}</b></p>"
        f"<div style='display:flex'><div style='width:2.6cm; margin-top:6cm'>{side}</div><div style='flex:1; margin-left:0.6cm'>{places}"
        f"<p style='font-size:9pt'><b>Abstract:</b> {_BODY}</p></div></div></body></html>"
    )
    m = _read(_printed(html, tmp_path / "mdpi.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park", "Jo A. Bloggs", "Ana del Río", "Sam Lee", "Rosa Díaz", "Tom Becker"]


@pytest.mark.parametrize("place", ["Università degli studi dell’Aquila, Italy", "Example University, Exampleton, UK"])
def test_acm_journal_names_in_capitals_then_their_place_on_the_line(tmp_path, place):
    """ACM's journals print "NAME, NAME, NAME, Place" in one line: the names
    in capitals, then after a comma the place they share."""
    html = (
        _PAGE_STYLE + "<p style='font-size:12pt'><b>Adversarial Machine Learning: On the Resilience of Recommender Systems</b></p>"
        f"<p style='font-size:10.8pt'>KIM PARK, JO A. BLOGGS, ROSA DÍAZ, {place}</p>"
        f"<p style='font-size:8pt'>{_BODY}</p><p style='font-size:8pt'>CCS Concepts: • Software and its engineering.</p></body></html>"
    )
    m = _read(_printed(html, tmp_path / "acm.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park", "Jo A. Bloggs", "Rosa Díaz"]


@pytest.mark.parametrize("gap", [6.0, 20.0])
def test_a_row_of_names_parted_by_marks_and_broken_by_a_gutter_is_one_row(tmp_path, gap):
    """Names parted by nothing but their marks, on a row that a wide gap
    (a column's gutter) breaks into pieces read apart: the pieces are one
    row of names again, however many there are."""
    em = g.COURIER_EM * 11.0
    left = "Ann Lee* Bo Kim*"
    mid_x = 72.0 + (len(left) + gap) * em
    mid = "Cy Park* Di Ross*"
    right_x = mid_x + (len(mid) + gap) * em
    front = [(11.0, 72.0, 700.0, left), (11.0, mid_x, 700.0, mid), (11.0, right_x, 700.0, "Ed Moss*")]
    m = _drawn_page(tmp_path, front, "gutter.pdf")
    assert [a.name for a in m.authors] == ["Ann Lee", "Bo Kim", "Cy Park", "Di Ross", "Ed Moss"]


def test_greek_letters_after_names_are_their_marks():
    """"Doug Downeyα,η Luca Soldainiα∗": Greek letters set right after a
    name in Latin letters are marks; a name in Greek letters is a name."""
    from techcost.parsers.pdf import parse_author_line

    assert parse_author_line("Marti A. Hearstβ Daniel S. Weldα,ω Doug Downeyα,η Luca Soldainiα∗") == [
        ("Marti A. Hearst", []), ("Daniel S. Weld", []), ("Doug Downey", []), ("Luca Soldaini", ["∗"])
    ]
    assert parse_author_line("Αλέξανδρος Παπαδόπουλος, Ann Lee") == [("Αλέξανδρος Παπαδόπουλος", []), ("Ann Lee", [])]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Ivan Kolar, *⟨ab⟩ Katarína Čechov a, ´ ⟨c⟩ Igor Maťko, ⟨a⟩ and Ondrej Šau ša ⟨af⟩", ["Ivan Kolar", "Katarína Čechová", "Igor Maťko", "Ondrej Šauša"]),
        ("Ann Lee⟨1⟩, Ana Novákov a ´⟨2⟩", ["Ann Lee", "Ana Nováková"]),
        # (a particle at the end of a part is no piece of a word: "Ana Ruiz y Bo", "Jo da Silva")
        ("Ana Ruiz y Bo⟨1⟩, Jo da Silva⟨2⟩, Bo van Dam⟨1⟩", ["Ana Ruiz y Bo", "Jo da Silva", "Bo van Dam"]),
    ],
)
def test_a_letter_set_apart_by_its_accent_stays_in_its_name(line, want):
    from techcost.parsers.pdf import parse_author_line

    assert [n for n, _ in parse_author_line(line)] == want


@pytest.mark.parametrize("caption", ["Algorithm 2 Augmented cut ordering", "Table A.2 Range of the allowed parameter values", "Figure B1 Cut ordering", "Table S3 Counts by site"])
def test_a_float_after_the_acknowledgements_ends_them(tmp_path, caption):
    """An algorithm box or a table set under the acknowledgements is no part
    of them, whatever its number ("2", an appendix's "A.2" or "B1", a
    supplement's "S3"); the text read from it stays out of the statement."""
    draws = [(16.0, 72.0, 730.0, "Counting samples twice at three sites"), (11.0, 72.0, 700.0, "Ann Lee, Bo Kim")]
    draws += [(11.0, 72.0, 660.0, "1 Introduction")]
    draws += [(10.0, 72.0, 640.0 - 12 * i, "The measurements were made over two seasons and are reported here.") for i in range(5)]
    draws += [(11.0, 72.0, 560.0, "Acknowledgements")]
    draws += [(10.0, 72.0, 540.0, "We thank Cy Park for technical assistance with the sequencing.")]
    draws += [(10.0, 72.0, 510.0, caption)]
    draws += [(10.0, 72.0, 498.0 - 12 * i, f"{i + 1}: function CUT(boxes, n, result) if len(boxes) = {i}") for i in range(3)]
    draws += [(11.0, 72.0, 440.0, "References")]
    draws += [(10.0, 72.0, 420.0, "[1] A. Author. A paper about boxes. Journal of Boxes, 2021.")]
    m = _read(g.drawn_pdf(tmp_path / "float.pdf", draws))
    ack = [b.text for s in m.sections if s.kind == "acknowledgements" for b in s.blocks]
    assert ack == ["We thank Cy Park for technical assistance with the sequencing."]


@pytest.mark.parametrize("sep", [" ·", " •"])
def test_an_item_of_a_printed_web_menu_is_no_heading(tmp_path, sep):
    draws = [(9.0, 72.0, 760.0, f"About this Journal{sep}"), (9.0, 72.0, 748.0, f"Reviewers Acknowledgment{sep}"), (9.0, 72.0, 736.0, f"Submit a Manuscript{sep}")]
    draws += [(16.0, 72.0, 700.0, "Counting samples twice at three sites"), (11.0, 72.0, 670.0, "Ann Lee, Bo Kim")]
    draws += [(10.0, 72.0, 640.0 - 12 * i, "The measurements were made over two seasons and are reported here.") for i in range(5)]
    m = _read(g.drawn_pdf(tmp_path / "menu.pdf", draws))
    assert not [s for s in m.sections if s.kind == "acknowledgements"]


# ------------------------------------------------ running heads, mastheads and covers

_SENTENCES = [
    "The samples were collected at three sites over two seasons.",
    "Each sample was weighed, dried and weighed again the next day.",
    "Counts were made twice by two observers working apart.",
    "The second count agreed with the first in most of the plots.",
    "Where the counts differed the plot was counted a third time.",
    "Weather records came from the station nearest to each site.",
    "All of the data and the code are kept in a public archive.",
    "The results are given by site and by season in the tables.",
]


def _body(page: int, top: float, lines: int = 30) -> list[tuple[float, float, float, str]]:
    """Lines of prose that differ from page to page (no line repeats at one
    height on every page, as a running head would)."""
    return [(10.0, 72.0, top - 13 * i, _SENTENCES[(i + 3 * page) % len(_SENTENCES)]) for i in range(lines)]


_TITLE = "Counting Small Mammals Twice at Three Sites"
_NAMES = "Ada Quillfeather, Bruno Tasselhoff and Cleo Marrowind"


@pytest.mark.parametrize(
    ("head_size", "on_first"),
    [(9.0, False), (10.0, False), (9.0, True), (10.0, True)],
    ids=["lncs-9pt", "later-pages-10pt", "every-page-9pt", "every-page-10pt"],
)
def test_a_title_repeated_as_the_running_head_stays_the_title(tmp_path, head_size, on_first):
    """Many templates (LNCS, AIP, IEEE, journal proofs) repeat the title at
    the head of later pages, and some on the first page too. The title on
    the first page, set larger than that head, is still the title, and the
    names under it are still the authors."""
    head = lambda k: [(head_size, 72.0, 762.0, f"{_TITLE}  {k + 1}")]  # noqa: E731
    first = [(14.0, 72.0, 736.0, _TITLE), (10.0, 72.0, 712.0, _NAMES), (9.0, 72.0, 698.0, "Department of Zoology, University of Exampleton, UK")]
    first += _body(0, 620.0, 40)
    pages = [(head(0) if on_first else []) + first] + [head(k) + _body(k, 720.0, 50) for k in range(1, 5)]
    m = _read(g.drawn_pages(tmp_path / "heads.pdf", pages))
    assert m.title == _TITLE
    assert [a.name for a in m.authors] == ["Ada Quillfeather", "Bruno Tasselhoff", "Cleo Marrowind"]


@pytest.mark.parametrize("masthead", ["Journal Name", "ARTICLE", "Soft Matter"])
@pytest.mark.parametrize(
    "title",
    [
        ("A Method for Studying the Diffusion of Widget", "Cations Through Polymer Phases"),
        ("Counting Small Mammals Twice at", "Three Northern Sites"),
        ("A Survey of Widget Repair in", "Eastern Factories"),
    ],
    ids=["cations", "sites", "factories"],
)
def test_a_masthead_in_larger_type_over_a_title_of_two_lines_is_not_the_title(tmp_path, masthead, title):
    """A journal's name or a banner set above the title in larger type (RSC's
    templates): the title is the block of two lines under it, even when its
    second line, alone, would read as a name ("Cations Through Polymer
    Phases"), and the line of names under it is the authors."""
    draws = [(24.0, 42.0, 740.0, masthead)]
    draws += [(15.0, 150.0, 700.0, title[0], "bold"), (15.0, 150.0, 684.0, title[1], "bold")]
    # (the names with their marks of place raised beside them, as the template sets them)
    draws += [(10.0, 150.0, 656.0, "Ada M. Quillfeather,"), (7.0, 270.0, 660.0, "*a"), (10.0, 282.0, 656.0, "Bruno J. B. Tasselhoff,")]
    draws += [(7.0, 420.0, 660.0, "b"), (10.0, 428.0, 656.0, "and Cleo R. Marrowind"), (7.0, 554.0, 660.0, "a")]
    draws += _body(0, 620.0, 40)
    m = _read(g.drawn_pages(tmp_path / "masthead.pdf", [draws] + [_body(k, 740.0, 54) for k in range(1, 4)]))
    assert m.title == " ".join(title)
    assert [a.name for a in m.authors] == ["Ada M. Quillfeather", "Bruno J. B. Tasselhoff", "Cleo R. Marrowind"]


def test_a_one_line_title_in_the_largest_type_over_its_names_is_still_the_title(tmp_path):
    """(guard) A short title in the largest type with its names right under
    it stays the title."""
    draws = [(24.0, 72.0, 720.0, "Ensemble Tractography"), (11.0, 72.0, 690.0, "Ada Quillfeather and Bruno Tasselhoff")]
    draws += _body(0, 650.0, 40)
    m = _read(g.drawn_pages(tmp_path / "short.pdf", [draws] + [_body(k, 740.0, 54) for k in range(1, 3)]))
    assert m.title == "Ensemble Tractography"
    assert [a.name for a in m.authors] == ["Ada Quillfeather", "Bruno Tasselhoff"]


@pytest.mark.parametrize(
    "cover",
    [
        [(17.0, 150.0, 470.0, "Baseline Risk in Widget Decisions"), (12.0, 150.0, 446.0, "From outcome prediction to the factory floor"), (12.0, 200.0, 400.0, "Ada Quillfeather")],
        [(17.0, 150.0, 470.0, "Baseline Risk in Widget Decisions"), (12.0, 200.0, 420.0, "Ada Quillfeather")],
    ],
    ids=["title-subtitle-name", "title-name"],
)
def test_a_cover_of_a_title_and_a_name_gives_the_author(tmp_path, cover):
    """A thesis's or report's cover page with only its title, perhaps a
    subtitle, and the author's name (no "by", no degree): the name is the
    author's, though the page has too few lines to be a paper's first page."""
    pages = [cover, [(10.0, 300.0, 60.0, "2")], [(14.0, 72.0, 720.0, "1 Introduction", "bold"), *_body(2, 690.0, 50)], _body(3, 740.0, 54)]
    m = _read(g.drawn_pages(tmp_path / "cover.pdf", pages))
    assert [a.name for a in m.authors] == ["Ada Quillfeather"]


def test_a_cover_with_no_name_leaves_the_authors_to_the_first_page(tmp_path):
    """(guard) A cover of a title and a date names no one: the authors are
    read from the paper's own first page after it."""
    cover = [(17.0, 150.0, 470.0, "Annual Report of the Widget Survey"), (12.0, 200.0, 420.0, "December 2024")]
    first = [(16.0, 72.0, 720.0, _TITLE), (11.0, 72.0, 696.0, "Bruno Tasselhoff and Cleo Marrowind"), *_body(1, 660.0, 40)]
    m = _read(g.drawn_pages(tmp_path / "cover2.pdf", [cover, first, _body(2, 740.0, 54)]))
    assert [a.name for a in m.authors] == ["Bruno Tasselhoff", "Cleo Marrowind"]


@pytest.mark.parametrize("layout", ["numbers", "blocks", "footnotes"])
def test_an_ascii_tilde_and_lower_case_particles_inside_printed_names(tmp_path, layout):
    """Some PDFs print "ñ" as "n~" (a spacing tilde in ASCII after its letter),
    and South Asian names carry lower-case particles ("Raza ur Rahman"): both
    stay one author, spelt as meant."""
    printed = [A("Paul A. Gastan~aduy", ["Centers for Disease Control, Atlanta, GA, USA"]), A("Raza ur Rahman", ["Dow University, Karachi, Pakistan"]),
               A("Inam ul Haq", ["Sample Institute, Lahore, Pakistan"]), A("Ana Mun~oz", ["Universidad de Granada, Granada, Spain"])]  # fmt: skip
    m = _read(_printed(g.front_page_html("Measles outbreaks at three sites", printed, layout), tmp_path / "tilde.pdf"))
    assert [a.name for a in m.authors] == ["Paul A. Gastañaduy", "Raza ur Rahman", "Inam ul Haq", "Ana Muñoz"]


@pytest.mark.parametrize(
    ("banner", "kind"),
    [("Keel Engineering Society", "Student Project Expo Paper"), ("Keel Acoustics Society", "Convention e-Brief 412"), ("Keel Optics Society", "White Paper")],
)
def test_a_conference_banner_over_the_title_is_neither_title_nor_authors(tmp_path, banner, kind):
    """A society's name and the kind of paper set in larger type than the
    title, then "Presented at ..." and the date, then the title and its
    authors: the title and the authors are read, not the banner."""
    title = "Building a first-order microphone from four capsules"
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } body { font-family: 'DejaVu Sans', sans-serif; }"
        " p { margin: 0.2em 0; }</style></head><body>"
        f"<p style='font-size:18pt'>{banner}</p><p style='font-size:26pt'>{kind}</p>"
        "<p style='font-size:10pt'>Presented at the 158th Convention</p><p style='font-size:10pt'>2025 May 22–24, Exampleton</p>"
        f"<p style='font-size:15pt'><b>{title}</b></p>"
        "<p style='font-size:10pt'>Kim Park, Jo Bloggs, Ana Li, and Sam Lee</p>"
        "<p style='font-size:9pt'><i>Exampleton University of Technology, Department of Multimedia Systems</i></p>"
        "<p style='font-size:12pt'><b>ABSTRACT</b></p><p style='font-size:12pt'>" + "This paper describes how the microphone was designed and built. " * 6 + "</p>"
        "</body></html>"
    )
    m = _read(_printed(html, tmp_path / "banner.pdf"))
    assert _norm(m.title or "") == _norm(title)
    assert [a.name for a in m.authors] == ["Kim Park", "Jo Bloggs", "Ana Li", "Sam Lee"]


def test_ligatures_a_font_names_without_letters_are_read_by_their_glyph_names(tmp_path):
    """Some TeX fonts name their ligatures ("f_f_l") with no table of the
    letters they stand for, and PDFium reads them as control characters
    ("Lö\\x1ber"). The names are read back in the authors and in the
    acknowledgement: "Löffler", "Stafford", "staff", "Griffin", "Clifford"."""
    draws = [(16.0, 72.0, 720.0, "Counting samples twice at three sites")]
    draws += [(11.0, 72.0, 690.0, "Frank L\u00f6\x1ber, Ann Sta\x1cord and Bo Gri\x1cin")]
    draws += [(10.0, 72.0, 670.0, "University of Exampleton, UK")]
    draws += [(11.0, 72.0, 640.0, "Abstract")]
    draws += [(10.0, 72.0, 620.0 - 12 * i, "The measurements were made over two seasons and are reported here.") for i in range(4)]
    draws += [(11.0, 72.0, 540.0, "Acknowledgements", "bold")]
    draws += [(10.0, 72.0, 520.0, "We thank the technical sta\x1c of the Keel Imaging Facility, and Jo Cli\x1cord for help with the microscope.")]
    m = _read(g.drawn_pages(tmp_path / "ligatures.pdf", [draws], ligatures=True))
    assert [a.name for a in m.authors] == ["Frank Löffler", "Ann Stafford", "Bo Griffin"]
    ack = " ".join(b.text for s in m.sections if s.kind == "acknowledgements" for b in s.blocks)
    assert "technical staff of the Keel Imaging Facility" in ack and "Jo Clifford" in ack


@pytest.mark.parametrize("line", ["Student Project Expo Paper", "Technical Note", "White Paper", "Conference Proceedings", "Extended Abstract"])
def test_a_line_naming_the_kind_of_paper_holds_no_names(line):
    from techcost.parsers.pdf import parse_author_line

    assert parse_author_line(line) is None
    assert [n for n, _ in parse_author_line("Kim Park, Jo Bloggs and Ann Poster") or []] == ["Kim Park", "Jo Bloggs", "Ann Poster"]


_HEAD = "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm; } body { font-family: 'DejaVu Serif', serif; font-size: 10pt; } p { margin: 0.2em 0; }</style></head><body>"
_TEXT = "<p>" + "The counts rose with the season at every site and fell again in the autumn. " * 8 + "</p>"


def test_a_date_under_the_name_is_no_place(tmp_path):
    html = (
        _HEAD + "<h1 style='font-size:16pt; text-align:center'>Coding gain of space-time block codes</h1>"
        "<p style='text-align:center; font-size:12pt'>Kim Park</p><p style='text-align:center; font-size:11pt'>August 21, 2024</p>"
        "<h2>Abstract</h2>" + _TEXT + "</body></html>"
    )
    m = _read(_printed(html, tmp_path / "dated.pdf"))
    assert [(a.name, a.affiliations) for a in m.authors] == [("Kim Park", [])]


def test_an_unmarked_place_with_the_authors_address_after_it(tmp_path):
    """ApJ's preprint style: each name over its place, the e-mail address
    run on after the place on the same line."""
    rows = [("Kim Park", ["Department of Physics, Example University, Exampletown, CA 95616, USA; kim@example.edu"]),
            ("Jo Bloggs", ["Example Observatories, Example Academy of Sciences, Kunming 650011, China; jo@example.ac.cn",
                           "Key Laboratory for the Structure and Evolution of Stars, Example Academy of Sciences, Kunming 650011, China"])]  # fmt: skip
    body = "".join(f"<p style='text-align:center; font-size:11pt; font-variant:small-caps'>{n}</p>" + "".join(f"<p style='text-align:center; font-size:8pt'>{p}</p>" for p in ps) for n, ps in rows)
    html = _HEAD + "<h1 style='font-size:12pt; text-align:center'>ANALYTIC PROPERTIES OF FORCE-FREE JETS</h1>" + body + "<h2 style='font-size:10pt'>ABSTRACT</h2>" + _TEXT + "</body></html>"
    m = _read(_printed(html, tmp_path / "apj.pdf"))
    assert [(a.name, a.affiliations, a.email) for a in m.authors] == [
        ("Kim Park", ["Department of Physics, Example University, Exampletown, CA 95616, USA"], "kim@example.edu"),
        ("Jo Bloggs", ["Example Observatories, Example Academy of Sciences, Kunming 650011, China", rows[1][1][1]], "jo@example.ac.cn"),
    ]


def test_a_highlights_page_before_the_title_page(tmp_path):
    """Elsevier's highlights page repeats the title and the names without
    their places: the article's own first page gives them."""
    title = "Case-base neural networks for survival analysis"
    html = (
        _HEAD + f"<h2>Highlights</h2><h1 style='font-size:16pt'>{title}</h1><p>Kim Park, Jo Bloggs</p>"
        "<ul><li>Networks estimate the full hazard function.</li><li>They account for censoring.</li><li>They use a simple objective.</li></ul>"
        f"<div style='break-before: page'></div><h1 style='font-size:16pt'>{title}</h1><p>Kim Park<sup>a</sup>, Jo Bloggs<sup>b</sup></p>"
        "<p><sup>a</sup>Department of Statistics, Example University, Exampleton, Canada</p><p><sup>b</sup>Bioinformatics Core Facility, Example Institute, Exampleton, Canada</p>"
        "<h2>Abstract</h2>" + _TEXT + "</body></html>"
    )
    m = _read(_printed(html, tmp_path / "highlights.pdf"))
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Kim Park", ["Department of Statistics, Example University, Exampleton, Canada"]),
        ("Jo Bloggs", ["Bioinformatics Core Facility, Example Institute, Exampleton, Canada"]),
    ]
    assert [a.name for a in m.authors if a.technical] == ["Jo Bloggs"]


def test_a_place_in_a_note_at_the_foot_under_a_table_of_contents(tmp_path):
    """A long preprint: its table of contents on the first page, the
    author's place in a note marked "∗" at the foot."""
    toc = "".join(f"<p style='font-size:10.5pt'>{i} Section number {i} . . . . . . . . . . . {i + 2}</p>" for i in range(1, 9))
    html = (
        _HEAD + "<h1 style='font-size:17pt; text-align:center'>Absorption cutoff for rounded random systems</h1>"
        "<p style='text-align:center; font-size:12pt'>Kim Park<sup>∗</sup></p><h2>Abstract</h2>" + _TEXT * 3 + toc
        + "<p style='position:fixed; bottom:0; font-size:8.5pt'><sup>∗</sup>Department of Mathematics, Example University, 751 05 Exampleton, Sweden. Email: kim@example.se.</p>"
        "</body></html>"
    )
    m = _read(_printed(html, tmp_path / "toc.pdf"))
    assert [(a.name, a.affiliations) for a in m.authors] == [("Kim Park", ["Department of Mathematics, Example University, 751 05 Exampleton, Sweden"])]


def test_line_numbers_beside_a_title_page_with_few_lines():
    """A manuscript numbered line by line (papaja): the title page has only
    a few numbers, too few to be seen as a column of its own; in the column
    and type the later pages number in, they are line numbers too, not
    marks of the places beside them."""
    from techcost.parsers.pdf import Line, PageText, _drop_line_numbers

    def ln(text: str, page: int, top: float, x0: float, x1: float, size: float) -> Line:
        return Line(text=text, page=page, x0=x0, x1=x1, top=top, bottom=top + size, size=size, bold=False, font="Serif", spans=[], rx0=x0, rx1=x1)

    front = ["Order effects in word learning", "Kim Park1, Jo Bloggs2, & Ana Li1", "1 Department of Psychology, Example University", "2 Genomics Core Facility, Example Institute"]
    title = PageText(number=1, width=612, height=792, lines=[])
    for i, t in enumerate(front):
        title.lines.append(ln(t, 1, 220 + 40 * i, 150, 460, 12))
        title.lines.append(ln(str(i + 1), 1, 225 + 40 * i, 58.9, 62.2, 6))  # each number a little below the line it counts
    body = PageText(number=2, width=612, height=792, lines=[])
    for i in range(30):
        body.lines.append(ln("Children learn words faster when the order of the examples varies.", 2, 72 + 22 * i, 72, 540, 12))
        body.lines.append(ln(str(i + 5), 2, 74 + 22 * i, 62.2 - (3.3 if i + 5 >= 10 else 0), 62.2, 6))
    _drop_line_numbers([title, body])
    assert [x.text for x in title.lines] == front
    assert all(not x.text.isdecimal() for x in body.lines)


@pytest.mark.parametrize(
    "cover",
    [
        "<h2>Quick Guidelines to Reviewing your Proof PDF below</h2><ol><li>Please mark your corrections in the proof PDF.</li>"
        "<li>Check the title, the author names and affiliations, the figures and the tables.</li><li>Answer all queries listed at the end.</li></ol>"
        "<p>We ask that you return proofs in 3 business days.</p>",
        "<h2>Author proof</h2><p>Please check this proof carefully and return your corrections within two days.</p>",
    ],
)
def test_a_proof_s_instructions_page_before_the_title_page(tmp_path, cover):
    """A publisher's author proof opens with a page of instructions that
    names no one: the title and the authors are on the article's first page
    after it."""
    title = "Spatial variation in allometric growth of an invasive fish"
    html = (
        _HEAD + cover + f"<div style='break-before: page'></div><h1 style='font-size:16pt'>{title}</h1><p>Kim Park* and Jo Bloggs*</p>"
        "<p>School of Environmental Science, Example University, Exampleton, United States of America</p>"
        "<p>* These authors contributed equally to this work.</p><h2>Abstract</h2>" + _TEXT + "</body></html>"
    )
    m = _read(_printed(html, tmp_path / "proof.pdf"))
    assert m.title == title
    place = ["School of Environmental Science, Example University, Exampleton, United States of America"]
    assert [(a.name, a.affiliations) for a in m.authors] == [("Kim Park", place), ("Jo Bloggs", place)]


def _drawn_over(letter: str, mark: str, raise_em: float) -> str:
    """A letter with a character drawn over it, as a font with a broken map
    draws an accent: the mark comes after the letter in the text, raised and
    moved back over it."""
    return (
        f"{letter}<span style='font-size:0.7em; vertical-align:{raise_em}em; margin-left:-0.64em; margin-right:-0.08em'>{mark}</span>"
    )


def test_a_euro_sign_drawn_over_a_letter_is_its_diaeresis(tmp_path):
    """Some publishers' fonts map the diaeresis they draw over a letter to
    "€" ("Mu€ller", "Universit€at"): where it is drawn over a letter it is
    the letter's accent; a euro sign beside a number stays one."""
    uml = _drawn_over("u", "€", 0.1)
    a_uml = _drawn_over("a", "€", 0.1)
    html = (
        _HEAD + "<h1 style='font-size:16pt'>Choosing and using diversity indices in grasslands</h1>"
        f"<p>Kim Park<sup>1</sup>, Caroline M{uml}ller<sup>2</sup></p>"
        "<p><sup>1</sup>Department of Biology, Example University, Exampleton, UK</p>"
        f"<p><sup>2</sup>Institute of Ecology, Freie Universit{a_uml}t Berlin, Berlin, Germany</p>"
        "<h2>Abstract</h2><p>The survey cost €500 a site and took two weeks.</p>" + _TEXT + "</body></html>"
    )
    m = _read(_printed(html, tmp_path / "euro.pdf"))
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Kim Park", ["Department of Biology, Example University, Exampleton, UK"]),
        ("Caroline Müller", ["Institute of Ecology, Freie Universität Berlin, Berlin, Germany"]),
    ]
    assert "€500" in "\n".join(b.text for s in m.sections for b in s.blocks)


@pytest.mark.parametrize("label", ["Authors:", "List of Authors:"])
def test_labelled_names_over_marked_places(tmp_path, label):
    html = (
        _HEAD + "<h1 style='font-size:16pt'>Water quality of lakes over thirty years</h1>"
        f"<p>{label} Kim Park<sup>1</sup>, Jo Bloggs<sup>2</sup></p>"
        "<p><sup>1</sup>Example Imaging Facility, Example University, Leeds, UK</p><p><sup>2</sup>Department of Biology, Example Institute, York, UK</p>"
        "<h2>Abstract</h2>" + _TEXT + "</body></html>"
    )
    m = _read(_printed(html, tmp_path / "labelled.pdf"))
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Kim Park", ["Example Imaging Facility, Example University, Leeds, UK"]),
        ("Jo Bloggs", ["Department of Biology, Example Institute, York, UK"]),
    ]


def test_a_euro_sign_written_apart_from_the_letter_it_is_drawn_over(tmp_path):
    """The same broken map, with the mark written as text of its own (after
    the line, or at the page's end): it is still the accent of the letter
    under it, wherever it comes in the text."""

    def apart(letter: str) -> str:
        return f"{letter}<span style='position:relative'><span style='position:absolute; left:-0.52em; top:-0.05em; font-size:0.7em'>€</span></span>"

    html = (
        _HEAD + "<h1 style='font-size:16pt'>Choosing and using diversity indices in grasslands</h1>"
        f"<p>Kim Park<sup>1</sup>, Nicole W{apart('a')}schke<sup>2</sup>, Jo Bloggs<sup>1</sup></p>"
        "<p><sup>1</sup>Department of Biology, Example University, Exampleton, UK</p>"
        f"<p><sup>2</sup>Institute of Ecology, Freie Universit{apart('a')}t Berlin, Berlin, Germany</p>"
        "<h2>Abstract</h2><p>The survey cost €500 a site and took two weeks.</p>" + _TEXT + "</body></html>"
    )
    m = _read(_printed(html, tmp_path / "apart.pdf"))
    assert [a.name for a in m.authors] == ["Kim Park", "Nicole Wäschke", "Jo Bloggs"]
    assert m.authors[1].affiliations == ["Institute of Ecology, Freie Universität Berlin, Berlin, Germany"]
    assert "€500" in "\n".join(b.text for s in m.sections for b in s.blocks)
