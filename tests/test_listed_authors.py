"""Authors printed as a section of their own (metapaper templates: the
Journal of Open Research Software and its sister journals), read the same
from LaTeX and from Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest

from techcost.parsers import latex, markdown

PEOPLE = [("Wheeler, Daniel", "(corresponding author) A"), ("Keller, Trevor", "A, B"), ("Guyer, Jonathan E.", "B")]
PLACES = [("A", ["Materials Science and Engineering Division,", "Example Institute of Standards,", "Gaithersburg, MD 20899 USA"]),
          ("B", ["Research Software Engineering Group,", "Example University, Ann Arbor, MI 48109 USA"])]


def _latex(tmp_path: Path, listed: list[tuple[str, str]] = PEOPLE) -> Path:
    people = "\\\\\n".join(f"{i}. {n}; {r}" for i, (n, r) in enumerate(listed, 1))
    places = "\n\n".join(f"{k}. " + " \\\\\n".join(lines) for k, lines in PLACES)
    text = (
        "\\documentclass{article}\n\\begin{document}\n\\section*{(1) Overview}\n\\section*{Title}\n"
        "PFHub: The Phase-Field Community Hub\\\\[\\baselineskip]\n\n"
        f"\\section*{{Paper Authors}}\n\n{people}\n\n\\section*{{Paper Author Roles and Affiliations}}\n\n{places}\n\n"
        "\\section*{Abstract}\nCommunities share benchmark results.\n\\end{document}\n"
    )
    p = tmp_path / "paper.tex"
    p.write_text(text, encoding="utf-8")
    return p


def _markdown(tmp_path: Path, listed: list[tuple[str, str]] = PEOPLE) -> Path:
    people = "\n".join(f"{i}. {n}; {r}" for i, (n, r) in enumerate(listed, 1))
    places = "\n\n".join(f"{k}. " + "\\\n".join(lines) for k, lines in PLACES)
    text = (
        "# (1) Overview\n\n## Title\n\nPFHub: The Phase-Field Community Hub\n\n"
        f"## Paper Authors\n\n{people}\n\n## Paper Author Roles and Affiliations\n\n{places}\n\n"
        "## Abstract\n\nCommunities share benchmark results.\n"
    )
    p = tmp_path / "paper.md"
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize("fmt", ["latex", "markdown"])
def test_a_metapaper_prints_its_title_authors_and_places_as_sections(tmp_path, fmt):
    path = _latex(tmp_path) if fmt == "latex" else _markdown(tmp_path)
    m = (latex if fmt == "latex" else markdown).parse(path, display_path=path.name)
    a = {x.name: x for x in m.authors}
    assert m.title == "PFHub: The Phase-Field Community Hub"
    assert list(a) == ["Daniel Wheeler", "Trevor Keller", "Jonathan E. Guyer"]
    inst = "Materials Science and Engineering Division, Example Institute of Standards, Gaithersburg, MD 20899 USA"
    rse = "Research Software Engineering Group, Example University, Ann Arbor, MI 48109 USA"
    assert a["Daniel Wheeler"].affiliations == [inst] and a["Daniel Wheeler"].corresponding
    assert a["Trevor Keller"].affiliations == [inst, rse] and not a["Trevor Keller"].corresponding
    assert a["Jonathan E. Guyer"].affiliations == [rse]


def test_an_authors_section_in_prose_names_no_one(tmp_path):
    p = tmp_path / "paper.md"
    p.write_text("# A study\n\n## Authors\n\nThe authors are grateful to the reviewers.\n\n## Methods\n\nWe measured.\n", encoding="utf-8")
    assert markdown.parse(p, display_path=p.name).authors == []


def test_places_listed_with_the_initials_of_their_authors():
    # "Department of X, Y (T.Z., W.Z., J.J.); and Z Laboratory, W (W.Z.)": each place with its authors' initials
    from techcost.model import Author
    from techcost.parsers._text import places_by_initials

    merged = "Department of Horticulture, Example University, Exampletown 53706 (T.Z., W.Z., J.J.); and Example Key Laboratory, Example Agricultural University, Nanjing 210095, China (W.Z.)"
    authors = [Author(name=n, affiliations=[merged]) for n in ("Tao Zhang", "Wenli Zhang", "Jiming Jiang")]
    places_by_initials(authors)
    uni = "Department of Horticulture, Example University, Exampletown 53706"
    lab = "Example Key Laboratory, Example Agricultural University, Nanjing 210095, China"
    assert [a.affiliations for a in authors] == [[uni], [uni, lab], [uni]]
    # initials that name no author, or two, leave the places as they were
    two = [Author(name=n, affiliations=[merged]) for n in ("Tao Zhang", "Tom Zhang")]
    places_by_initials(two)
    assert [a.affiliations for a in two] == [[merged], [merged]]


def test_a_place_naming_an_author_misspelt_by_a_letter():
    # Emerging Infectious Diseases' JATS: "... (L. Edison, U. Ströeher)" for the author Ute Ströher
    from techcost.model import Author
    from techcost.parsers._text import places_by_initials

    cdc = "Centers for Disease Control and Prevention, Atlanta, Georgia, USA"
    state = "Georgia Department of Public Health, Atlanta"
    places = [f"{cdc} (L. Edison, B. Knust, U. Ströeher)", f"{state} (L. Edison, J. Gabel)"]
    authors = [Author(name=n, affiliations=list(places)) for n in ("Laura Edison", "Barbara Knust", "Julie Gabel", "Ute Ströher")]
    places_by_initials(authors)
    assert [a.affiliations for a in authors] == [[cdc, state], [cdc], [state], [cdc]]
    # a name like no author's still leaves the places as they were
    others = [Author(name=n, affiliations=list(places)) for n in ("Laura Edison", "Barbara Knust", "Julie Gabel", "Uwe Schmidt")]
    places_by_initials(others)
    assert all(a.affiliations == places for a in others)


@pytest.mark.parametrize("fmt", ["latex", "markdown"])
def test_a_full_stop_ending_a_listed_name_is_no_part_of_it(tmp_path, fmt):
    listed = [("Wheeler, Daniel.", "A"), ("Keller, Trevor.", "A, B"), ("Guyer, Jonathan E.", "B")]
    path = _latex(tmp_path, listed) if fmt == "latex" else _markdown(tmp_path, listed)
    m = (latex if fmt == "latex" else markdown).parse(path, display_path=path.name)
    assert [a.name for a in m.authors] == ["Daniel Wheeler", "Trevor Keller", "Jonathan E. Guyer"]
