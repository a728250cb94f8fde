"""The Markdown parser (Pandoc/JOSS, R Markdown, Quarto): real papers from
the corpus, small documents written here, and hostile input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from techcost.cli import app
from techcost.errors import InputFileError, LimitExceeded, NotUnderstood
from techcost.model import Manuscript
from techcost.parsers.markdown import md_inline, parse
from tests import papergen as g

runner = CliRunner()


def read(path: Path, display: str | None = None) -> Manuscript:
    return parse(path, display_path=display or path.name, lexicons={}, as_paper=False)  # fragments: the paper test has its own tests


def write(tmp_path: Path, text: str, name: str = "paper.md", encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def by_name(m: Manuscript) -> dict:
    return {a.name: a for a in m.authors}


def all_text(m: Manuscript) -> str:
    return "\n".join(b.text for s in m.sections for b in s.blocks)


# --------------------------------------------------------------------------- real papers


@pytest.fixture(scope="module")
def md_dir(corpus: Path) -> Path:
    return corpus / "manuscripts" / "markdown"


@pytest.fixture(scope="module")
def gold(corpus: Path) -> dict:
    data = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    return {d["local_path"]: d for d in data["documents"] if d["format"] == "markdown"}


def test_corpus_authors_match_the_labels(corpus, gold):
    for local, doc in gold.items():
        m = read(corpus / local)
        assert [a.name for a in m.authors] == doc["authors"], local
        assert m.acknowledgements_present == doc["has_acknowledgements"], local
        assert m.contribution_statement_present == doc["credit_statement_present"], local


def test_joss_orcids_affiliations_and_locations(md_dir):
    m = read(md_dir / "fastpli_paper.md")
    a = by_name(m)
    assert a["Felix Matuschke"].orcid == "0000-0001-6435-5351"
    assert a["Katrin Amunts"].affiliations == [
        "Institute of Neuroscience and Medicine (INM-1), Forschungszentrum Jülich GmbH, 52425, Jülich, Germany",
        "Cécile and Oskar Vogt Institute for Brain Research, University Hospital Düsseldorf, University of Düsseldorf, 40204, Düsseldorf, Germany.",
    ]
    assert a["Felix Matuschke"].location.line == 9 and a["Markus Axer"].location.line == 15
    ack = m.sections_of("acknowledgements")[0]
    assert ack.location.line == 146 and ack.location.section == "Acknowledgements"
    assert ack.blocks[0].location.line == 148
    # the free-text contribution statement links roles to authors by initials
    assert "software" in a["Felix Matuschke"].roles and "supervision" in a["Markus Axer"].roles
    assert m.contribution_statement_text and m.contribution_statement_text.startswith("F.M. developed the software")


def test_rmd_chunks_are_not_prose_but_their_captions_are_legends(md_dir):
    m = read(md_dir / "maximizingrecapture_manuscript.Rmd")
    text = all_text(m)
    assert "knitr::opts_chunk" not in text and "ggsave" not in text and "library(" not in text
    assert "codefolder" not in text  # <script> content
    legends = m.sections_of("figure_legends")[0]
    assert any(b.text.startswith("Model predictions of the total unique RCRC") for b in legends.blocks)
    ack = m.sections_of("acknowledgements")[0]
    assert ack.heading == "Acknowledgements"  # "{.appendix}" attribute removed
    assert by_name(m)["Kirao Lennox"].affiliations == ["A Rocha Kenya, Watamu, Kenya"]


def test_html_comments_are_comments_not_text(md_dir):
    m = read(md_dir / "particletracking_paper.md")
    assert [c.location.line for c in m.comments] == [64, 66]
    assert m.comments[0].text.startswith("Specifically a GUI was needed")
    assert "Specifically a GUI was needed" not in all_text(m)


def test_heading_with_only_none_reported_is_no_acknowledgement(md_dir):
    m = read(md_dir / "multibandmri_paper.md")
    assert m.sections_of("acknowledgements") and not m.acknowledgements_present


def test_citations_and_markup_are_removed(md_dir):
    m = read(md_dir / "slix_paper.md")
    text = all_text(m)
    assert "@axer2011a" not in text and "[@" not in text and "**" not in text
    assert "3D-Polarized Light Imaging struggle" in text


def test_accuracy_on_markdown_stays_above_the_floors(corpus):
    from techcost.evaluation.manuscripts import evaluate

    s = evaluate(corpus / "labels.json", formats=("markdown",))["summary"]["markdown"]
    assert s["errors"] == 0
    assert s["authors"]["f1"] >= 0.97
    assert s["acknowledgements_present"]["accuracy"] >= 0.97
    assert s["contribution_statement_present"]["accuracy"] >= 0.97


# --------------------------------------------------------------------------- small documents

JOSS = """---
title: 'Gala: A Python package'
tags:
  - Python
authors:
  - name: Adrian M. Price-Whelan
    orcid: https://orcid.org/0000-0000-0000-0000
    equal-contrib: true
    affiliation: "1, 2" # (Multiple affiliations must be quoted)
  - given-names: Ludwig
    dropping-particle: van
    surname: Beethoven
    affiliation: 3
  - name: Author Without ORCID
    corresponding: true
    affiliation: "2,3"
affiliations:
 - name: Lyman Spitzer, Jr. Fellow, Princeton University, USA
   index: 1
 - name: Institution Name, Country
   index: 2
 - name: Independent Researcher, Country
   index: 3
date: 13 August 2017
bibliography: paper.bib
---

# Summary

The forces on stars [@Binney:2008] are studied by @gala.

# Acknowledgements

We acknowledge contributions from Brigitta Sipocz and the Imaging Facility.

# References
"""


def test_joss_front_matter_with_multiple_affiliations(tmp_path):
    m = read(write(tmp_path, JOSS))
    assert m.format == "markdown" and m.title == "Gala: A Python package"
    a = by_name(m)
    assert list(a) == ["Adrian M. Price-Whelan", "Ludwig van Beethoven", "Author Without ORCID"]
    pw = a["Adrian M. Price-Whelan"]
    assert pw.orcid == "0000-0000-0000-0000"
    assert pw.affiliations == ["Lyman Spitzer, Jr. Fellow, Princeton University, USA", "Institution Name, Country"]
    lvb = a["Ludwig van Beethoven"]
    assert (lvb.given, lvb.family) == ("Ludwig", "van Beethoven")
    assert a["Author Without ORCID"].corresponding
    assert [x.location.line for x in m.authors] == [6, 10, 14]
    summary = m.sections[0]
    assert summary.heading == "Summary" and summary.blocks[0].text == "The forces on stars are studied by."
    assert m.acknowledgements_present


QUARTO = """---
title: "Penguins"
author:
  - name: Norah Jones
    orcid: 0000-0001-2345-6789
    corresponding: true
    email: norah@example.com
    roles:
      - Investigation
      - Software
    affiliations:
      - ref: cmu
  - name:
      given: Bill
      family: Gates
    roles:
      - conceptualization: lead
    affiliations:
      - name: Microsoft Research
affiliations:
  - id: cmu
    name: Carnegie Mellon University
    department: Department of Statistics
---

## Introduction

See @fig-polar.

```{python}
#| label: fig-polar
#| fig-cap: "A line plot on a polar axis"
# Acknowledgements (a comment in code, not a heading)
import matplotlib.pyplot as plt
```

::: {#fig-elephants}
![](elephant.png)

Famous elephants
:::

## Acknowledgments {.appendix}

We thank the **Imaging Core** staff.
"""


def test_quarto_authors_roles_and_captions(tmp_path):
    m = read(write(tmp_path, QUARTO, "paper.qmd"))
    a = by_name(m)
    nj = a["Norah Jones"]
    assert nj.affiliations == ["Department of Statistics, Carnegie Mellon University"]
    assert nj.roles == ["investigation", "software"] and nj.corresponding and nj.email == "norah@example.com"
    bg = a["Bill Gates"]
    assert (bg.given, bg.family, bg.roles, bg.affiliations) == ("Bill", "Gates", ["conceptualization"], ["Microsoft Research"])
    assert m.contribution_statement_present  # CRediT roles in the metadata
    legends = m.sections_of("figure_legends")[0]
    assert [b.text for b in legends.blocks] == ["A line plot on a polar axis", "Famous elephants"]
    assert [s.heading for s in m.sections if s.kind != "figure_legends"] == ["Introduction", "Acknowledgments"]
    assert m.sections_of("acknowledgements")[0].blocks[0].text == "We thank the Imaging Core staff."


def test_credit_statement_links_roles_to_authors(tmp_path):
    text = """---
title: T
author: "Jane Doe, John Smith and Carl Ström"
---

# CRediT authorship contribution statement

**Jane Doe:** Conceptualization, Software, Writing – original draft.
**John Smith:** Formal analysis; Writing – review & editing.
**C. Ström:** Resources.
"""
    m = read(write(tmp_path, text))
    a = by_name(m)
    assert a["Jane Doe"].roles == ["conceptualization", "software", "writing-original-draft"]
    assert a["John Smith"].roles == ["formal-analysis", "writing-review-editing"]
    assert a["Carl Ström"].roles == ["resources"] and a["Carl Ström"].roles_as_written == ["Resources"]
    sec = m.sections_of("author_contributions")[0]
    assert [b.location.line for b in sec.blocks] == [8, 9, 10]
    assert m.contribution_statement_text and "Jane Doe: Conceptualization" in m.contribution_statement_text


def test_role_first_statement_and_run_in_labels(tmp_path):
    text = """---
author:
  - Anna Bell
  - Carl Dunn
---

# Discussion

Results.

**Author contributions.** Conceptualization: A.B.; Software: C.D. and A.B.

**Funding:** This work was funded by the Wellcome Trust.
"""
    m = read(write(tmp_path, text))
    a = by_name(m)
    assert a["Anna Bell"].roles == ["conceptualization", "software"] and a["Carl Dunn"].roles == ["software"]
    assert [s.kind for s in m.sections] == ["other", "author_contributions", "funding"]


def test_statements_in_front_matter_and_typographic_headings(tmp_path):
    text = """---
title: T
author:
  - name: Jane Doe
acknowledgements: |
  We thank the **Genomics Core**.
funding:
  - statement: "Funded by NSF grant 1."
---

# Authors’ contributions

Jane Doe: Software.
"""
    m = read(write(tmp_path, text, "paper.Rmd"))
    got = [(s.kind, s.heading, s.location.line, s.text) for s in m.sections]
    assert got == [
        ("author_contributions", "Authors’ contributions", 11, "Jane Doe: Software."),
        ("acknowledgements", "Acknowledgements", 5, "We thank the Genomics Core."),
        ("funding", "Funding", 8, "Funded by NSF grant 1."),
    ]
    assert m.authors[0].roles == ["software"]


@pytest.mark.parametrize("key", ["authornote", "author_note", "authorsnote"])
@pytest.mark.parametrize("suffix", ["paper.Rmd", "paper.qmd", "paper.md"])
def test_an_author_note_that_thanks_is_the_acknowledgement(tmp_path, key, suffix):
    """papaja's and the APA templates' author note holds affiliations,
    correspondence and, often, the thanks: the paragraphs that thank or name
    support are the acknowledgement, the others are not."""
    text = f"""---
title: T
author: Jane Doe
{key}: |
  Department of Psychology, University of Somewhere.

  We thank Kim Park for technical assistance with the EEG recordings.
  This work was supported by grant 12.

  Correspondence concerning this article should be addressed to Jane Doe.
---

# Introduction

Text.
"""
    m = read(write(tmp_path, text, suffix))
    acks = [s for s in m.sections if s.kind == "acknowledgements"]
    assert [(s.heading, s.location.line) for s in acks] == [("Acknowledgements", 4)]
    assert "Kim Park" in acks[0].text and "grant 12" in acks[0].text
    assert "Correspondence" not in acks[0].text and "Psychology" not in acks[0].text


def test_an_author_note_without_thanks_is_no_acknowledgement(tmp_path):
    text = "---\ntitle: T\nauthor: Jane Doe\nauthornote: |\n  Department of X.\n\n  Correspondence to Jane Doe.\n---\n\n# Introduction\n\nText.\n"
    m = read(write(tmp_path, text, "paper.Rmd"))
    assert [s.kind for s in m.sections] == ["other"]


def test_apaquarto_disclosures_give_the_thanks_and_the_funding(tmp_path):
    text = """---
title: T
author: Jane Doe
author-note:
  disclosures:
    financial-support: This work was funded by grant 12.
    gratitude: We thank Kim Park for technical assistance.
    conflict-of-interest: The authors have no conflicts of interest to disclose.
---

# Introduction

Text.
"""
    m = read(write(tmp_path, text, "paper.qmd"))
    got = {s.kind: s.text for s in m.sections if s.kind != "other"}
    assert got == {"acknowledgements": "We thank Kim Park for technical assistance.", "funding": "This work was funded by grant 12."}


def test_html_comment_suppressions_keep_their_lines(tmp_path):
    text = "# Acknowledgements\n\nWe thank Ann.\n<!-- techcost: ignore ACK001 -- reason -->\n\n<!--\nmulti\nline -->\nAfter.\n"
    m = read(write(tmp_path, text))
    assert [(c.location.line, c.text) for c in m.comments] == [(4, "techcost: ignore ACK001 -- reason"), (6, "multi\nline")]
    assert m.comments[1].location.end_line == 8
    assert "techcost" not in all_text(m) and "multi" not in all_text(m)
    assert all_text(m) == "We thank Ann.\nAfter."


def test_code_blocks_are_excluded(tmp_path):
    text = """# Methods

```{r setup, include=FALSE}
# Acknowledgements
knitr::opts_chunk$set(echo = TRUE)
```

~~~python
print("not prose")
~~~

We had `r nrow(df)` samples and used `numpy`.

    indented code block

Last.
"""
    m = read(write(tmp_path, text, "paper.Rmd"))
    assert [s.heading for s in m.sections] == ["Methods"]
    assert [b.text for b in m.sections[0].blocks] == ["We had samples and used numpy.", "Last."]


def test_setext_lists_tables_footnotes_and_blocks_kinds(tmp_path):
    text = """Results
=======

Para one
continues here.

- first item
- second item
  continued

| Name | Role |
|------|------|
| Ann  | Tech |

Text with a note.[^1]

[^1]: The note text.

Funding
-------

Grant 123.
"""
    m = read(write(tmp_path, text))
    res, fund = m.sections
    assert (res.heading, res.level, res.location.line) == ("Results", 1, 1)
    kinds = [(b.kind, b.text, b.location.line) for b in res.blocks]
    assert kinds == [
        ("paragraph", "Para one continues here.", 4),
        ("list_item", "first item", 7),
        ("list_item", "second item continued", 8),
        ("table", "Name | Role\nAnn | Tech", 11),
        ("paragraph", "Text with a note.", 15),
        ("footnote", "The note text.", 17),
    ]
    assert res.blocks[1].location.section == "Results"
    assert (fund.kind, fund.level, fund.text) == ("funding", 2, "Grant 123.")


@pytest.mark.parametrize("where", ["paragraph", "list_item"])
def test_inline_notes_are_foot_notes_after_their_paragraph(tmp_path, where):
    # "^[...]" is a foot note, as LaTeX's \footnote is: the sentence it sits in is read without it, and the
    # note follows as a block of its own (so "for maintaining the microscopes" is not run into "See ...")
    lead = "- " if where == "list_item" else ""
    text = (
        "# Acknowledgements\n\n"
        f"{lead}We thank Ann Ray of the Imaging Facility for maintaining the microscopes^[See [the site](https://x.org) [grant 12].].\n"
        f"{lead}We thank Ben Cole^[Now at Elsewhere.] for running the mass spectrometer.\n"
    )
    m = read(write(tmp_path, text))
    blocks = [(b.kind, b.text) for b in m.sections[0].blocks]
    ann, ben = "We thank Ann Ray of the Imaging Facility for maintaining the microscopes.", "We thank Ben Cole for running the mass spectrometer."
    see, now = ("footnote", "See the site [grant 12]."), ("footnote", "Now at Elsewhere.")
    if where == "paragraph":
        assert blocks == [(where, f"{ann} {ben}"), see, now]
    else:
        assert blocks == [(where, ann), see, (where, ben), now]


def test_raw_latex_in_markdown_is_read(tmp_path):
    text = "# Results\n\n\\begin{table}\n\\caption{Counts}\n\\begin{tabular}{ll}\na & b \\\\\n\\end{tabular}\n\\end{table}\n\nAfter.\n"
    m = read(write(tmp_path, text))
    blocks = [(b.kind, b.text) for b in m.sections[0].blocks]
    assert blocks == [("caption", "Counts"), ("table", "a | b"), ("paragraph", "After.")]


def test_quarto_include_follows_files_inside_the_project_only(tmp_path):
    proj = tmp_path / "proj"
    (proj / "parts").mkdir(parents=True)
    (tmp_path / "secret.qmd").write_text("SECRET\n")
    (proj / "parts" / "ack.qmd").write_text("## Acknowledgements\n\nWe thank Ann.\n\n{{< include ack.qmd >}}\n")
    main = write(proj, "---\ntitle: T\n---\n\n# Intro\n\nText.\n\n{{< include parts/ack.qmd >}}\n\n{{< include ../secret.qmd >}}\n", "index.qmd")
    m = read(main, "proj/index.qmd")
    assert m.parts == ["proj/index.qmd", "proj/parts/ack.qmd"]
    ack = m.sections_of("acknowledgements")[0]
    assert (ack.location.path, ack.location.line, ack.blocks[0].location.line) == ("proj/parts/ack.qmd", 1, 3)
    assert "SECRET" not in all_text(m)
    notes = "\n".join(m.notes)
    assert "outside the project folder" in notes and "a loop" in notes


TITLE_PAGE = r"""\begin{center}
{\Large A method for fitting sequences}

\vspace{20mm}

Kim Park${^1}$, Jo Bloggs${^2}$ and Sam Lee$^{1,2,\dagger}$

$1$ Department of Biology, University of Somewhere

$2$ Sequencing Core Facility, Institute of Elsewhere

$\dagger$ To whom correspondence should be addressed: sam@example.org
\end{center}
\newpage
"""


@pytest.mark.parametrize(
    "options",
    [
        # R Markdown: each output format names its own pandoc includes
        "output:\n  pdf_document:\n    includes:\n      in_header: preamble.tex\n      before_body: front/title.tex\n",
        "output:\n  bookdown::pdf_document2:\n    includes:\n      before_body: [front/title.tex]\n  html_document: default\n",
        # Quarto: under a format, as a list of names or of {file: ...}
        "format:\n  pdf:\n    include-in-header: preamble.tex\n    include-before-body:\n      - file: front/title.tex\n",
        # pandoc's own option at the top level
        "include-before-body: front/title.tex\n",
    ],
    ids=["rmarkdown", "bookdown-list", "quarto-file", "pandoc-top-level"],
)
def test_a_latex_title_page_the_front_matter_includes_gives_the_authors(tmp_path, options):
    """A paper whose authors are set in a LaTeX title page that pandoc
    includes before the body is read with those authors and their places,
    each located in the title page."""
    (tmp_path / "front").mkdir()
    (tmp_path / "front" / "title.tex").write_text(TITLE_PAGE)
    (tmp_path / "preamble.tex").write_text("\\usepackage{lineno}\n")
    main = write(tmp_path, "---\ntitle: A method\n" + options + "---\n\n# Introduction\n\nText.\n", "paper.Rmd")
    m = read(main, "paper.Rmd")
    a = by_name(m)
    assert list(a) == ["Kim Park", "Jo Bloggs", "Sam Lee"]
    assert a["Jo Bloggs"].affiliations == ["Sequencing Core Facility, Institute of Elsewhere"]
    assert a["Sam Lee"].affiliations == ["Department of Biology, University of Somewhere", "Sequencing Core Facility, Institute of Elsewhere"]
    assert a["Kim Park"].location.path == "front/title.tex" and a["Kim Park"].location.line == 6
    assert m.parts == ["paper.Rmd", "front/title.tex"]
    assert m.title == "A method"


def test_a_title_page_include_is_followed_inside_the_folder_only_and_never_over_front_matter_authors(tmp_path):
    proj = tmp_path / "proj"
    proj.mkdir()
    (tmp_path / "outside.tex").write_text(TITLE_PAGE)
    outside = read(write(proj, "---\ntitle: T\ninclude-before-body: ../outside.tex\n---\n\n# Methods\n\nText.\n", "a.md"), "proj/a.md")
    assert outside.authors == [] and "outside the project folder" in "\n".join(outside.notes)
    (proj / "title.tex").write_text(TITLE_PAGE)
    own = read(write(proj, "---\ntitle: T\nauthor: Ann Other\ninclude-before-body: title.tex\n---\n\nText.\n", "b.md"), "proj/b.md")
    assert [x.name for x in own.authors] == ["Ann Other"] and own.parts == []
    (proj / "broken.tex").write_bytes(b"\x00\x01binary")
    broken = read(write(proj, "---\ntitle: T\ninclude-before-body: [broken.tex, title.tex]\n---\n\nText.\n", "c.md"), "proj/c.md")
    assert [x.name for x in broken.authors] == ["Kim Park", "Jo Bloggs", "Sam Lee"]
    assert any("include broken.tex ignored" in n for n in broken.notes)


def test_a_folder_of_a_paper_and_the_title_page_it_includes_is_one_paper(chdir_tmp):
    """Checking the folder, or the title page alone (as a commit hook does
    when only it changed), reads the one paper that includes it."""
    folder = chdir_tmp / "optifit"
    folder.mkdir()
    (folder / "head.tex").write_text(TITLE_PAGE)
    (folder / "preamble.tex").write_text("\\usepackage{lineno}\n")
    write(folder, "---\ntitle: A method\noutput:\n  pdf_document:\n    includes:\n      in_header: preamble.tex\n      before_body: head.tex\n---\n\n# Acknowledgements\n\nWe thank Jo.\n", "paper.Rmd")
    for target in ("optifit", "optifit/head.tex"):
        r = runner.invoke(app, ["check", target, "--select", "SYS", "--format", "json"])
        assert r.exit_code == 0, (target, r.output)
        inputs = json.loads(r.stdout)["inputs"]
        assert [(i["path"], i["status"]) for i in inputs] == [("optifit/paper.Rmd", "ok")], target
    r = runner.invoke(app, ["inspect", "optifit"])
    assert r.exit_code == 0, r.output
    assert [a["name"] for a in json.loads(r.stdout)["manuscript"]["authors"]] == ["Kim Park", "Jo Bloggs", "Sam Lee"]


def test_authors_printed_under_the_title(tmp_path):
    text = """# Effects of light on moths

Jane Doe^1^, John Roe^1,2^\\* and Ana Sánchez^2^

^1^ Department of Biology, University A

^2^ Imaging Core Facility, Institute B

# Abstract

Text about Jane Doe and John Roe.
"""
    m = read(write(tmp_path, text))
    assert m.title == "Effects of light on moths"
    a = by_name(m)
    assert list(a) == ["Jane Doe", "John Roe", "Ana Sánchez"]
    assert a["John Roe"].corresponding and a["John Roe"].location.line == 3
    assert a["Ana Sánchez"].affiliations == ["Imaging Core Facility, Institute B"]
    # a sentence that mentions people is not an author line
    plain = read(write(tmp_path, "# Summary\n\nThis is about Jane Doe and John Roe.\n", "plain.md"))
    assert plain.authors == [] and plain.title is None


def test_inline_markdown_to_text():
    assert md_inline("**Jane Doe:** *x* and _y_ but snake_case and 2*3") == "Jane Doe: x and y but snake_case and 2*3"
    assert md_inline("see [the docs](http://x.org/a_(b)) [@k1; @k2], mail me@x.org") == "see the docs, mail me@x.org"
    assert md_inline("<sup>1</sup>&ndash; H~2~O `code_x` [text]{.smallcaps} \\@ref(fig:a)") == "1– H2O code_x text"


# --------------------------------------------------------------------------- unreadable and hostile input


def test_binary_file_named_md_is_a_one_line_error(tmp_path):
    p = tmp_path / "paper.md"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(InputFileError) as exc:
        read(p)
    assert "binary" in str(exc.value) and "\n" not in str(exc.value)


def test_utf16_and_latin1_are_decoded(tmp_path):
    text = "---\ntitle: Ünïcode\nauthor: Jürgen Bußmann\n---\n\n# Acknowledgements\n\nWe thank Søren.\n"
    for enc, name in (("utf-16", "a.md"), ("utf-16-le", "b.md"), ("latin-1", "c.md")):
        if enc == "latin-1":
            m = read(write(tmp_path, text.replace("ø", "o"), name, enc))
        else:
            m = read(write(tmp_path, text, name, enc))
        assert m.title == "Ünïcode" and m.authors[0].name == "Jürgen Bußmann", enc
        assert m.acknowledgements_present


def test_yaml_alias_bomb_and_huge_front_matter_are_limits(tmp_path):
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\n"
    prev = "a"
    for name in "bcdefgh":
        bomb += f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]\n"
        prev = name
    bomb += "---\ntext\n"
    with pytest.raises(LimitExceeded):
        read(write(tmp_path, bomb, "bomb.md"))
    huge = "---\ntitle: x\nnotes: |\n" + ("  " + "y" * 99 + "\n") * 11000 + "---\ntext\n"
    with pytest.raises(LimitExceeded):
        read(write(tmp_path, huge, "huge.md"))


def test_invalid_yaml_is_read_line_by_line(tmp_path):
    text = "---\ntitle: Broken: yaml: here\nauthors:\n  - name: Jane Doe\n    affiliation: [unclosed\n  - name: John Roe\n---\n\nText.\n"
    m = read(write(tmp_path, text))
    assert [a.name for a in m.authors] == ["Jane Doe", "John Roe"]


def test_nothing_to_read_is_not_understood(tmp_path):
    with pytest.raises(NotUnderstood):
        read(write(tmp_path, "```\ncode only\n```\n"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(list("ab #*_-`~[]()!@<>{}:|\n\\$^=+0123456789") + ["---\n", "```", "<!--", "-->", ":::", "{{< include x >}}", "![", "](", "\n\n", "# A\n", "Acknowledgements. "]),
        max_size=200,
    ).map("".join)
)
def test_any_text_parses_or_fails_cleanly(tmp_path, text):
    p = tmp_path / "fuzz.md"
    p.write_text(text, encoding="utf-8")
    try:
        m = read(p)
    except InputFileError:
        return
    for s in m.sections:
        for b in s.blocks:
            assert b.location.line is not None and b.location.line >= 1


# --------------------------------------------------------------------------- command line


def test_cli_inspect_and_check_markdown(chdir_tmp):
    write(chdir_tmp, JOSS)
    r = runner.invoke(app, ["inspect", "paper.md"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["format"] == "markdown"
    assert [a["name"] for a in data["manuscript"]["authors"]][0] == "Adrian M. Price-Whelan"
    r = runner.invoke(app, ["check", "paper.md", "--select", "SYS", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["inputs"][0]["status"] == "ok"
    (chdir_tmp / "bad.md").write_bytes(b"\x00\x01\x02binary")
    r = runner.invoke(app, ["check", "bad.md", "--select", "SYS"])
    assert r.exit_code == 2
    assert "SYS001" in r.output


def test_a_markdown_document_that_is_not_a_paper_is_not_read_as_one(tmp_path):
    """README-like notes, lists of sources and changelogs are not papers
    (a paper has authors, paper sections or paper headings)."""
    for text in ("# Sources\n\n- A repository\n- Another\n", "# Notes\n\nSome thoughts.\n\n## Next\n\nMore.\n"):
        with pytest.raises(NotUnderstood):
            parse(write(tmp_path, text, "notes.md"), display_path="notes.md", lexicons={})
    for text in (
        "# Title\n\n## Introduction\n\nText.\n\n## Results\n\nMore.\n",
        "---\ntitle: T\nauthor: Jane Doe\n---\n\nText.\n",
        "# Title\n\n## Acknowledgements\n\nWe thank Ann.\n",
    ):
        assert parse(write(tmp_path, text, "paper.md"), display_path="paper.md", lexicons={}).sections is not None


RMD_TITLE_BLOCK = """---
title: 'A study of things'
output: pdf_document
---

```{r setup, echo=FALSE}
library(knitr)
opts_chunk$set(echo = FALSE)
```

\\vspace{20mm}

Running title: Things

\\vspace{20mm}

Ann B. Author{M1}, Bob Second{M2}, and Cat D. Third{M3}

\\vspace{30mm}

$\\dagger$ To whom correspondence should be addressed: cat@example.org

{A1} Department of Biology, Example University, Exampleton

{A2} Genomics Core Facility, Example University, Exampleton

# Abstract

Text.
"""


@pytest.mark.parametrize(
    "marks, aff",
    [
        (("${^1}$", "${^1}$${^,}$${^2}$", "${^2}$${^\\dagger}$"), ("$1$", "$2$")),
        (("^1^", "^1,2^", "^2$\\dagger$^"), ("1\\.", "2\\.")),
        (("<sup>1</sup>", "<sup>1,2</sup>", "<sup>2</sup>"), ("<sup>1</sup>", "<sup>2</sup>")),
    ],
)
def test_names_under_the_title_of_an_r_markdown_paper(tmp_path, marks, aff):
    """The names printed in the body after R set-up chunks and layout
    commands, with the marks R Markdown papers use (formulas, carets,
    HTML), and numbered affiliation lines in each style."""
    text = RMD_TITLE_BLOCK
    for k, mk in enumerate(marks, 1):
        text = text.replace("{M%d}" % k, mk)
    for k, a in enumerate(aff, 1):
        text = text.replace("{A%d}" % k, a)
    m = read(write(tmp_path, text, name="paper.Rmd"))
    assert [a.name for a in m.authors] == ["Ann B. Author", "Bob Second", "Cat D. Third"], text
    got = {a.name: a.affiliations for a in m.authors}
    assert got["Bob Second"] == ["Department of Biology, Example University, Exampleton", "Genomics Core Facility, Example University, Exampleton"]


@pytest.mark.parametrize("mark", ["<sup>{}</sup>", "^{}^"])
def test_one_author_entry_holding_the_whole_author_line(tmp_path, mark):
    def m(k: str) -> str:
        return mark.format(k)

    text = (
        "---\ntitle: A paper\nauthor:\n"
        f'  - name: "Kim Park{m("1,*")}, Jo Bloggs{m("2")}, Ana María López{m("1,2")} and Sam Lee{m("1")}"\n'
        f'    affiliation: "{m("1")}Example Imaging Facility, Example University, {m("2")}Institute of Examples <br> {m("*")}Correspondence"\n'
        "---\n\n# Introduction\n\nText.\n"
    )
    got = {a.name: a.affiliations for a in read(write(tmp_path, text)).authors}
    assert list(got) == ["Kim Park", "Jo Bloggs", "Ana María López", "Sam Lee"]
    assert got["Jo Bloggs"] == ["Institute of Examples"]
    assert got["Ana María López"] == ["Example Imaging Facility, Example University", "Institute of Examples"]


def test_an_author_entry_written_family_comma_given_stays_one_author(tmp_path):
    text = '---\ntitle: A paper\nauthor:\n  - name: "Park, Kim"\n    affiliation: "Example University"\n---\n\nText.\n'
    assert len(read(write(tmp_path, text)).authors) == 1


def test_manubot_author_info_list(tmp_path):
    text = (
        "---\ntitle: A paper\nauthor_info:\n  -\n    github: kpark\n    name: Kim Park\n    orcid: 0000-0002-1825-0097\n"
        "    affiliations:\n      - Example Imaging Facility\n  -\n    name: Ana del Río\n---\n\nText.\n"
    )
    got = read(write(tmp_path, text)).authors
    assert [a.name for a in got] == ["Kim Park", "Ana del Río"]
    assert got[0].orcid == "0000-0002-1825-0097" and got[0].affiliations == ["Example Imaging Facility"]


@pytest.mark.parametrize("opening", ["Thanks go also to Dr. Mark Robinson", "We thank Prof. Mark Robinson", "Thanks are due to M. Robinson", "Acknowledgement is made to St. Mark's Hospital and Mark Robinson"])
def test_a_full_stop_after_a_title_or_initial_is_not_a_run_in_heading(tmp_path, opening):
    """A paragraph that opens "Thanks go also to Dr. X" is not a heading
    "Thanks go also to Dr" over a paragraph starting with the name."""
    from techcost.parsers.markdown import parse

    p = tmp_path / "paper.md"
    p.write_text(f"# A study\n\n## Acknowledgements\n\nWe thank the workshop.\n\n{opening} for help with the imaging.\n", encoding="utf-8")
    secs = parse(p, display_path="paper.md", lexicons={}, as_paper=True).sections
    ack = [s for s in secs if s.kind == "acknowledgements"]
    assert len(ack) == 1 and ack[0].heading == "Acknowledgements"
    assert ack[0].blocks[-1].text.startswith(opening)


@pytest.mark.parametrize(
    "entry, place",
    [
        ("name: Genomics Core Facility, Example University", "Genomics Core Facility, Example University"),
        ("name: Genomics Core Facility\n    address: Example Street 1, Exampletown", "Genomics Core Facility"),
    ],
)
def test_pandoc_scholar_institutes_keyed_by_id_with_their_fields(tmp_path, entry, place):
    """pandoc-scholar's front matter: each author a mapping of their name to
    the keys of their institutes; each institute a mapping of its key to its
    fields."""
    text = f"""---
title: Siloxane uptake in frameworks
author:
- Kim Park:
    institute: [a]
    orcid: 0000-0002-8797-9893
- Jo Bloggs:
    institute: [a, b]
institute:
- a:
    name: Department of Chemistry, Example University
- b:
    {entry}
---

# Introduction

Frameworks take up siloxanes.
"""
    a = by_name(read(write(tmp_path, text)))
    assert a["Kim Park"].affiliations == ["Department of Chemistry, Example University"]
    assert a["Jo Bloggs"].affiliations == ["Department of Chemistry, Example University", place]


@pytest.mark.parametrize("mark", ["$^{{{k}}}$", "$^{k}$", "^{k}^", "<sup>{k}</sup>"])
def test_quarto_author_names_marked_for_places_at_the_top_of_the_body(tmp_path, mark):
    """A Quarto paper whose author objects carry only a name with marks
    ("name: Kim Park$^{1,2,*}$") and whose places open the body, one a line,
    each after its mark and ending in a line break."""
    one, both = mark.format(k="1,*"), mark.format(k="1,2")
    text = f"""---
title: "Binocular integration of chromatic signals"
author:
  - name: Kim Park{one}
  - name: Jo Bloggs{both}
---

{mark.format(k="1")}Department of Psychology, Example University, UK\\
{mark.format(k="2")}Imaging Core Facility, Example University, UK\\
{mark.format(k="*")}Corresponding author, email: kim.park\\@example.ac.uk

# Introduction

Signals from the two eyes are combined.
"""
    a = by_name(read(write(tmp_path, text)))
    assert a["Kim Park"].affiliations == ["Department of Psychology, Example University, UK"]
    assert a["Kim Park"].corresponding and not a["Jo Bloggs"].corresponding
    assert a["Jo Bloggs"].affiliations == ["Department of Psychology, Example University, UK", "Imaging Core Facility, Example University, UK"]


def test_authors_marked_in_brackets_in_a_subtitle_with_their_places_in_the_body(tmp_path):
    """An R Markdown paper printing its authors in the subtitle, marked
    "(a,b)", and their places later in the body, each after its mark in
    brackets and run on over several lines."""
    chunk = "```{r}\nlibrary(targets)\n```\n\n" * 12
    text = f"""---
title: "Biodiversity trends reshape food webs in rivers"
subtitle: "Kim Park (a,b), Jo Bloggs (a,c) and Ana Li (c)"
output: bookdown::pdf_document2
---

{chunk}- Corresponding author: Kim Park (kim.park@example.org)

- Author affiliations:

(a) Centre for Ecology and Conservation, Example Museum of Natural History,
43 Example Street, 75005 Paris, France

(b) Genomics Core Facility, Example University,
Sheffield S10 2TN, United Kingdom

(c) Department of Biology, University of Example, Oxford, United Kingdom

# Introduction

We studied (a) fish communities and (b) their food webs.
"""
    a = by_name(read(write(tmp_path, text, "paper.Rmd")))
    museum = "Centre for Ecology and Conservation, Example Museum of Natural History, 43 Example Street, 75005 Paris, France"
    core = "Genomics Core Facility, Example University, Sheffield S10 2TN, United Kingdom"
    dept = "Department of Biology, University of Example, Oxford, United Kingdom"
    assert a["Kim Park"].affiliations == [museum, core]
    assert a["Jo Bloggs"].affiliations == [museum, dept]
    assert a["Ana Li"].affiliations == [dept]


@pytest.mark.parametrize("label", ["**Acknowledgements**", "__Acknowledgments__", "*Acknowledgements*", "**ACKNOWLEDGEMENTS**"])
def test_a_bold_or_italic_label_runs_into_its_text_without_a_stop(tmp_path, label):
    text = "---\nauthor:\n  - Anna Bell\n---\n\n# Conclusion\n\nThe rate rose.\n\n" + label + " We thank Kim Park for running the mass spectrometer.\n"
    m = read(write(tmp_path, text))
    ack = m.sections_of("acknowledgements")
    assert len(ack) == 1 and ack[0].blocks[0].text == "We thank Kim Park for running the mass spectrometer."


@pytest.mark.parametrize("key", ["contributor", "contributors"])
@pytest.mark.parametrize(("given", "family"), [("first_name", "last_name"), ("given_name", "family_name")])
def test_contributors_with_their_posts_in_publishing_front_matter(tmp_path, key, given, family):
    """Quire and other publishing front matter list the authors as
    contributors, each with a first and last name, the post they hold and
    where: the authors are read with their places, and a technical post
    ("Paintings Conservator") makes its holder a technical author; a
    lecturer's post, a department head's, or a courtesy title does not."""
    from techcost import api
    from techcost.analysis import analyse

    people = [("Camille", "Polkownik", "Paintings Conservator", "Hamilton Kerr Institute, University of Cambridge"),
              ("Clare", "Richardson", "Senior Lecturer", "Courtauld Institute of Art"),
              ("Elke", "Oberthaler", "Chief of Paintings Conservation", "Kunsthistorisches Museum Vienna"),
              ("Jo", "Bloggs", "Dr.", "Example University")]  # fmt: skip
    entries = "".join(f"  - {given}: {g}\n    {family}: {f}\n    title: {t}\n    affiliation: {a}\n    sort_as: \"{k}\"\n" for k, (g, f, t, a) in enumerate(people, 1))
    text = f'---\ntitle: "Lining at two museums"\nlayout: essay\n{key}:\n{entries}abstract: Lining methods compared.\n---\n\n## Introduction\n\nLining was common.\n'
    _, rs = api.load()
    m = analyse(read(write(tmp_path, text)), rs.lexicons)
    assert [(a.name, a.affiliations) for a in m.authors] == [(f"{g} {f}", [a]) for g, f, _, a in people]
    assert [a.name for a in m.authors if a.technical] == ["Camille Polkownik"]


@pytest.mark.parametrize(("places", "want"), g.FORM_PLACES)
@pytest.mark.parametrize("title_first", [True, False])
def test_labelled_front_matter_of_a_submission_form(tmp_path, places, want, title_first):
    """The same submission form as the Word reader's test, saved as
    Markdown: "Authors: A1, B2" with bare numbers, "Affiliations: 1) X,
    2) Y" and "Title (plain text only): Z" give the same title, authors
    and places."""
    lines = g.form_lines(places, title_first=title_first)
    m = read(write(tmp_path, "\n\n".join(lines) + "\n\nAbstract: We describe how runs are reduced as soon as they end.\n"))
    assert m.title == g.FORM_TITLE
    assert [(a.name, a.affiliations) for a in m.authors] == list(zip(g.FORM_NAMES, want))


def test_a_manuscripts_labelled_line_of_names_and_its_numbered_places(tmp_path):
    """The same manuscript front matter as the PDF and Word readers' tests:
    "Authors: A (1) MPhil, B (2) Associate Professor, ..." under the title,
    then a numbered list of places; the same authors and places."""
    text = f"# {g.MANUSCRIPT_TITLE}\n\n{g.MANUSCRIPT_AUTHORS}\n\n" + "\n".join(g.MANUSCRIPT_PLACES) + "\n\n## Introduction\n\nSamples were counted twice.\n"
    from techcost import api
    from techcost.analysis import analyse

    _, rs = api.load()
    m = analyse(read(write(tmp_path, text)), rs.lexicons)
    assert g.manuscript_front(m) == (g.MANUSCRIPT_TITLE, g.MANUSCRIPT_WANT, g.MANUSCRIPT_TECHNICAL)


@pytest.mark.parametrize("opening", g.RUNNING_OPENINGS)
def test_the_text_under_the_names_is_not_their_place(tmp_path, opening):
    """The same openings as the PDF and Word readers' tests, under a plain
    line of names in Markdown: nobody's affiliation, nobody technical."""
    from techcost import api
    from techcost.analysis import analyse

    text = f"# Counting the samples twice at three sites\n\nKim Park, Jo Bloggs, Ana Li\n\n{opening}\n\nThe samples were counted twice.\n"
    m = analyse(read(write(tmp_path, text)), api.load()[1].lexicons)
    assert [(a.name, a.affiliations, a.technical) for a in m.authors] == [(n, [], False) for n in ("Kim Park", "Jo Bloggs", "Ana Li")]


def test_the_group_the_authors_write_for_after_a_plain_line_of_names(tmp_path):
    """"Kim Park, Jo Bloggs and Bin Du on behalf of the Example Trials
    Group" under the title: the three authors (the PDF reader's test has
    the same line with marks), not the group."""
    text = "# Counting the samples twice at three sites\n\nKim Park, Jo Bloggs and Bin Du on behalf of the Example Critical Care Trials Group\n\nDepartment of Geography, University of Exampleton, UK\n\n## Introduction\n\nText.\n"
    assert [a.name for a in read(write(tmp_path, text)).authors] == ["Kim Park", "Jo Bloggs", "Bin Du"]


def test_places_marked_with_roman_numerals(tmp_path):
    """"Ludhmila Hajjar^I^, Denise Schout^II^": Roman numerals as marks."""
    path = tmp_path / "roman.md"
    path.write_text(
        "# Guidelines on the management of a novel influenza virus\n\n"
        "Ludhmila Hajjar^I^, Denise Schout^II^ and Marcos Boulos^III^\n\n"
        "^I^ Department of Anesthesiology, Heart Institute, São Paulo, Brazil\n"
        "^II^ Department of Preventive Medicine, São Paulo, Brazil\n"
        "^III^ Proteomics Core Facility, Faculdade de Medicina, São Paulo, Brazil\n\n## Introduction\n\nText.\n",
        encoding="utf-8",
    )
    m = parse(path, display_path=path.name)
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Ludhmila Hajjar", ["Department of Anesthesiology, Heart Institute, São Paulo, Brazil"]),
        ("Denise Schout", ["Department of Preventive Medicine, São Paulo, Brazil"]),
        ("Marcos Boulos", ["Proteomics Core Facility, Faculdade de Medicina, São Paulo, Brazil"]),
    ]


@pytest.mark.parametrize("label", ["**Use of artificial intelligence.**", "**Generative AI statement:**", "**Use of AI tools.**"])
def test_a_statement_on_ai_use_after_the_acknowledgements_is_not_part_of_them(tmp_path, label):
    p = tmp_path / "paper.md"
    p.write_text(f"---\ntitle: A study\nauthor: Ann Lee\n---\n\n# Introduction\n\nText.\n\n# Acknowledgements\n\nThe author thanks Bo Kim for comments.\n\n{label} The author used a language model to edit the text.\n", encoding="utf-8")
    m = parse(p, display_path="paper.md")
    ack = [b.text for s in m.sections if s.kind == "acknowledgements" for b in s.blocks]
    assert ack == ["The author thanks Bo Kim for comments."]


_ARTICLE_LABEL = "---\noutput: pdf_document\n---\n\n{label}\n\n# A study of invented things {{-}}\nJane Doe^1,2^, John Roe^3^, Ann Poe^1^\n\n## Abstract {{-}}\nText.\n"


@pytest.mark.parametrize("label", ["Article", "Research Article", "**Original Article**", "Open Access"])
def test_a_line_naming_the_article_type_over_the_title_is_no_part_of_the_block(tmp_path, label):
    m = read(write(tmp_path, _ARTICLE_LABEL.format(label=label), "ms.Rmd"))
    assert m.title == "A study of invented things"
    assert [a.name for a in m.authors] == ["Jane Doe", "John Roe", "Ann Poe"]


def test_an_ampersand_among_a_names_marks_is_a_mark(tmp_path):
    names = ["Juan Pablo Vallejo-Dominguez", "Cai Foro", "Mela Wrig", "Jaela Martinez", "Sean Fitzroy", "Stu Falton", "Maria del Mar Mancha-Torres", "Gav McDowell"]
    marks = ["1¶\\*", "1¶", "1¶", "1¶", "1&", "2&", "3&", "1,4&"]
    line = ", ".join(f"{n}^{k}^" for n, k in zip(names, marks))
    m = read(write(tmp_path, f"---\ntitle: A study of invented things\n---\n\n{line}\n\n**Abstract**\n\nText.\n", "ms.Rmd"))
    assert [a.name for a in m.authors] == names


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe\\textsuperscript{1,*}, Miquel \\`{A}ngel Roe\\textsuperscript{2}, Ann Poe\\textsuperscript{1}",
        "\\textbf{Jane Doe$^{1,*}$}, \\textbf{Miquel \\`{A}ngel Roe$^{2}$}, \\textbf{Ann Poe$^{1}$}",
    ],
)
def test_a_line_of_names_set_in_tex_inside_markdown(tmp_path, line):
    text = f"---\noutput: pdf_document\n---\n\n\\noindent\n{line}\n\n$^1$ Example University, Exampletown\n\n$^2$ Example Institute, Otherton\n\n# Abstract\nText.\n"
    m = read(write(tmp_path, text, "ms.Rmd"))
    assert [a.name for a in m.authors] == ["Jane Doe", "Miquel Àngel Roe", "Ann Poe"]
    assert by_name(m)["Ann Poe"].affiliations == ["Example University, Exampletown"]


def test_an_authors_line_wrapped_onto_the_next_keeps_every_name_without_degrees(tmp_path):
    text = "---\noutput: word_document\n---\n\nA study of invented things\n\nAuthors: Jane Doe, PhD (1); John Roe, PhD (1); Ann Poe, MD\n(2,3); Bob Moe, MD (2,3); and Cat Loe, PhD (1,2)\n\n# Abstract\nText.\n"
    m = read(write(tmp_path, text, "ms.Rmd"))
    assert [a.name for a in m.authors] == ["Jane Doe", "John Roe", "Ann Poe", "Bob Moe", "Cat Loe"]


@pytest.mark.parametrize("orcid", ["ORCiD: `r team$ORCID[1]`", "ORCID: 0000-0002-1825-0097", "(ORCID 0000-0002-1825-0097)"])
def test_an_orcid_label_after_a_name_is_no_part_of_it(tmp_path, orcid):
    text = f"---\ntitle: ''\n---\n\n**Title:** A study of invented things\n\n**Authors**  \n\nJane Doe^1,2^*  {orcid}  \nJohn Roe^2^  {orcid}  \n\n**Affiliations:**\n\n# Introduction\nText.\n"
    m = read(write(tmp_path, text, "ms.Rmd"))
    assert [a.name for a in m.authors] == ["Jane Doe", "John Roe"]


def test_a_statement_of_another_kind_under_the_acknowledgements_is_its_own(tmp_path):
    text = (
        "---\ntitle: A study\nauthor:\n  - Jane Doe\n---\n\n# Results\nText.\n\n# Acknowledgements/grant support\n\n"
        "The authors thank Mary Smith for expert technical assistance.\n\n## Funding\n\nSupported by the Invented Foundation.\n\n"
        "## Conflicts of interest\n\nThe authors report no conflicts of interest.\n\n## Contribution statement\n\nJD conducted research and wrote the paper.\n\n"
        "## Technical help\n\nWe thank Bo Kim for the sequencing.\n"
    )
    m = read(write(tmp_path, text, "ms.Rmd"))
    kinds = {s.heading: s.kind for s in m.sections}
    assert kinds["Conflicts of interest"] == "other"
    assert kinds["Contribution statement"] == "author_contributions"
    assert kinds["Technical help"] == "acknowledgements"  # (any other subsection is its parent's)


def test_an_r_chunk_under_the_authors_heading_and_marked_places_under_their_label(tmp_path):
    text = (
        "---\ntitle: ''\n---\n\n**Title:** A study of invented things\n\n**Authors**  \n"
        "```{r eval = TRUE, echo=FALSE}\nteam <- read.csv('authors.csv')\n```\n\n"
        "Jane Doe^1,2^*  ORCiD: `r team$ORCID[1]`  \nJohn Roe^2^  ORCiD : `r team$ORCID[2]`  \n\n"
        "**Affiliations:**\n\n^1^Example Zoo, Front Royal, VA, USA  \n^2^Example Centre, Edgewater, MD, USA  \n\n# Introduction\nText.\n"
    )
    m = read(write(tmp_path, text, "ms.Rmd"))
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Jane Doe", ["Example Zoo, Front Royal, VA, USA", "Example Centre, Edgewater, MD, USA"]),
        ("John Roe", ["Example Centre, Edgewater, MD, USA"]),
    ]


@pytest.mark.parametrize("brk", ["\\newline", "\\\\", "<br>"])
def test_a_line_break_alone_on_its_line_parts_the_names_from_their_places(tmp_path, brk):
    text = (
        "---\noutput: pdf_document\n---\n\nArticle\n\n# A study of invented things {-}\n"
        f"Jane Doe^1,2^, John Roe^2^\n{brk}\n^1^ Example University, Exampletown {brk}\n^2^ Example Institute, Otherton\n\n## Abstract {{-}}\nText.\n"
    )
    m = read(write(tmp_path, text, "ms.Rmd"))
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Jane Doe", ["Example University, Exampletown", "Example Institute, Otherton"]),
        ("John Roe", ["Example Institute, Otherton"]),
    ]


def test_a_title_block_set_in_tex_inside_r_markdown_keys_its_places(tmp_path):
    text = (
        "---\noutput: pdf_document\n---\n\n\\begin{flushleft}\nJane Doe\\textsuperscript{1,*} (ORCID: 0000-0003-2555-3878),\n"
        "Miquel \\`{A}ngel Roe\\textsuperscript{2},\nAnn Poe\\textsuperscript{1}\n\\\\\n\\bigskip\n"
        "\\bf{1} School of Life Sciences, Example University, Exampletown \\\\\n\\bf{2} Example Institute, Otherton \\\\\n\\end{flushleft}\n\n# Abstract\nText.\n"
    )
    m = read(write(tmp_path, text, "ms.Rmd"))
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Jane Doe", ["School of Life Sciences, Example University, Exampletown"]),
        ("Miquel Àngel Roe", ["Example Institute, Otherton"]),
        ("Ann Poe", ["School of Life Sciences, Example University, Exampletown"]),
    ]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Ann Lee (University of Exampleton), Bo Kim (Sample Institute)", [("Ann Lee", ["University of Exampleton"]), ("Bo Kim", ["Sample Institute"])]),
        ("Ann Lee, Bo Kim and Cy Park", [("Ann Lee", []), ("Bo Kim", []), ("Cy Park", [])]),
        ("By Ann Lee and Bo Kim", [("Ann Lee", []), ("Bo Kim", [])]),
        # prose, or names inside a sentence: no author line
        ("This paper studies things in the field.", []),
        ("Ann Lee and Bo Kim showed that things change.", []),
    ],
)
def test_names_under_a_title_given_in_the_front_matter(tmp_path, line, authors):
    p = tmp_path / "paper.md"
    p.write_text(f"---\ntitle: A study of things\n---\n\n{line}\n\n# Introduction\n\nText.\n", encoding="utf-8")
    m = parse(p, display_path="paper.md", lexicons={}, as_paper=True)
    assert [(a.name, a.affiliations) for a in m.authors] == authors
    assert m.title == "A study of things"


_YAML_AFTER = "---\ntitle: Counting at three sites\nauthor:\n  - name: Kim Park\n    affiliations:\n      - name: Example University\n  - name: Jo Bloggs\n---\n\n# Methods\n\nWe counted twice.\n"


@pytest.mark.parametrize(
    "before",
    [
        "```{r}\n#| include: false\nlibrary(papaja)\nn <- 12\n```\n\n",  # a set-up chunk, so that the abstract can cite its values
        "\n\n",
        "<!-- a note to the co-authors\nover two lines -->\n\n",
    ],
    ids=["setup-chunk", "blank-lines", "comment"],
)
def test_front_matter_after_a_set_up_chunk_or_a_comment(tmp_path, before):
    """Pandoc reads a metadata block wherever it stands: R Markdown and
    Quarto papers put a set-up chunk before it."""
    m = read(write(tmp_path, before + _YAML_AFTER, "paper.qmd"))
    assert m.title == "Counting at three sites"
    assert [(a.name, a.affiliations) for a in m.authors] == [("Kim Park", ["Example University"]), ("Jo Bloggs", [])]
    assert "library(papaja)" not in all_text(m) and "We counted twice." in all_text(m)


def test_a_rule_then_a_line_with_a_colon_after_prose_is_no_front_matter(tmp_path):
    text = "# Counting at three sites\n\nKim Park\n\n---\n\nNote: counts were made twice.\n\n---\n\n# Methods\n\nWe counted.\n"
    m = read(write(tmp_path, text))
    assert "Note: counts were made twice." in all_text(m) and "We counted." in all_text(m)


def test_an_unrendered_template_field_is_no_author(tmp_path):
    """Manubot's front-matter template lists authors with Jinja fields
    ("**{{author.name}}**"): nobody is named until it is rendered."""
    text = (
        "## Authors\n\n{## Template for listing authors ##}\n{% for author in manubot.authors %}\n+ **{{author.name}}**<br>\n"
        "  <small>{{author.affiliations | join('; ')}}</small>\n{% endfor %}\n\n## Introduction\n\nText.\n"
    )
    assert read(write(tmp_path, text, "00.front-matter.md")).authors == []


@pytest.mark.parametrize(
    "slip",
    [
        "<!-- URL to the project's repository -->\ngit_url: https://example.org/repo\n",  # a template's note between keys
        "  <!-- a note indented under a key -->\n",
    ],
)
@pytest.mark.parametrize("indent", ["", " "])  # the places' key typed one space in
def test_front_matter_with_template_comments_or_a_key_typed_one_space_in_is_read(tmp_path, slip, indent):
    text = (
        "---\ntitle: 'A report'\nauthors:\n  - name: Kim Park\n    affiliation: 1\n  - name: Jo Bloggs\n    affiliation: 2\n"
        f"{slip}{indent}affiliations:\n  - name: Example Imaging Facility, Example University\n    index: 1\n"
        "  - name: Department of Biology, Example University\n    index: 2\n---\n\n# Introduction\n\nText.\n"
    )
    m = read(write(tmp_path, text))
    assert {a.name: a.affiliations for a in m.authors} == {
        "Kim Park": ["Example Imaging Facility, Example University"],
        "Jo Bloggs": ["Department of Biology, Example University"],
    }
    assert m.authors[0].location.line == 4


@pytest.mark.parametrize(
    "name",
    [
        "Kim Park \\footnote{Corresponding author - k.park@example.org}, Jo Bloggs",
        "Kim Park\\thanks{Corresponding author}, Jo Bloggs",
        "Kim Park^[Corresponding author], Jo Bloggs",
        "Kim Park and Jo Bloggs",
    ],
)
def test_one_name_field_holding_several_names_gives_each_the_entry_place(tmp_path, name):
    text = f"---\ntitle: T\nauthor:\n- name: {name}\n  affiliation: CEFE, Example University, Montpellier, France\n  email: k.park@example.org\n---\n\n# Intro\n\nText.\n"
    m = read(write(tmp_path, text))
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Kim Park", ["CEFE, Example University, Montpellier, France"]),
        ("Jo Bloggs", ["CEFE, Example University, Montpellier, France"]),
    ]
    assert [a.email for a in m.authors] == [None, None]  # one person's address, but whose is not said


def test_a_tex_note_in_a_yaml_name_is_no_part_of_it(tmp_path):
    text = "---\ntitle: T\nauthor:\n- name: Kim Park \\footnote{Corresponding author}\n  affiliation: Example University\n---\n\nText.\n"
    assert [(a.name, a.affiliations) for a in read(write(tmp_path, text)).authors] == [("Kim Park", ["Example University"])]


@pytest.mark.parametrize("label", ["Authors:", "**Authors:**", "List of Authors:", "**Author list:**", "Names of the authors:"])
def test_labelled_names_in_the_body_over_marked_places(tmp_path, label):
    text = (
        f"# Water quality of lakes\n\n{label} Kim Park^1^, Jo Bloggs^2^\n\n^1^ Example Imaging Facility, Example University, Leeds\n\n"
        "^2^ Department of Biology, Example Institute, York\n\n## Introduction\n\nLakes change slowly.\n"
    )
    m = parse(write(tmp_path, text), display_path="paper.md", lexicons={})
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Kim Park", ["Example Imaging Facility, Example University, Leeds"]),
        ("Jo Bloggs", ["Department of Biology, Example Institute, York"]),
    ]


@pytest.mark.parametrize("bullet", ["1.", "-"])
def test_one_author_an_item_with_their_details_nested_under_the_name(tmp_path, bullet):
    """A title page written as a list after the set-up chunk: each author
    an item, their address, iD, note and places nested under the name."""
    text = (
        "---\ntitle: Functional assembly of rainforest trees\noutput: bookdown::html_document2\n---\n\n"
        "```{r setup, include=FALSE}\nlibrary(knitr)\n```\n\n"
        f"{bullet} Kim Park\n    - Corresponding author\n    - kim.park@example.org\n    - orcid.org/0000-0001-7759-7106\n"
        "    - Example Institute of Ecology, Pondicherry, India\n    - Department of Biology, Example University, Bordeaux, France\n"
        f"{bullet} Jo Bloggs\n    - jo@example.org\n    - Example Institute of Ecology, Pondicherry, India\n\n"
        "# Abstract\n\nTrees differ in height.\n"
    )
    m = parse(write(tmp_path, text, "paper.Rmd"), display_path="paper.Rmd", lexicons={})
    inst, dept = "Example Institute of Ecology, Pondicherry, India", "Department of Biology, Example University, Bordeaux, France"
    assert [(a.name, a.affiliations, a.email, a.orcid, a.corresponding) for a in m.authors] == [
        ("Kim Park", [inst, dept], "kim.park@example.org", "0000-0001-7759-7106", True),
        ("Jo Bloggs", [inst], "jo@example.org", None, False),
    ]


def test_a_list_of_things_at_the_top_of_the_body_is_no_author_list(tmp_path):
    for text in (
        "- Sampling\n    - Twice a year\n- Counting\n    - By hand\n\n# Methods\n\nText.\n",
        "# Methods\n\n- Kim Park\n    - Example University, Leeds\n- Jo Bloggs\n    - Example Institute, York\n",  # under a heading: the body's
    ):
        assert read(write(tmp_path, text)).authors == []


@pytest.mark.parametrize("hashes", ["#", "##", "###"])
@pytest.mark.parametrize("heading", ["Acknowledgements", "Acknowledgments:", "Funding", "Funding information.", "Author contributions"])
def test_a_heading_typed_with_no_space_after_its_hashes_is_a_heading(tmp_path, hashes, heading):
    # older Pandoc and many editors render "#Acknowledgements" as a heading; so do writers
    body = f"---\ntitle: Bees\nauthor: Kim Park\n---\n\n#Introduction\n\nBees fly.\n\n{hashes}{heading} \n\nWe thank Jo Bloggs.\n\n#References\n\nA. 2001.\n"
    m = read(write(tmp_path, body))
    assert [s.heading for s in m.sections] == ["Introduction", heading.rstrip(":."), "References"]
    assert m.sections[1].blocks[0].text == "We thank Jo Bloggs."


@pytest.mark.parametrize("line", ["#rstats", "#TeamScience", "#Acknowledgements are due to many", "#1 result"])
def test_a_tag_or_a_hash_before_words_is_no_heading(tmp_path, line):
    body = f"---\ntitle: Bees\nauthor: Kim Park\n---\n\n# Results\n\nBees fly.\n\n{line}\n\nMore text.\n"
    m = read(write(tmp_path, body))
    assert [s.heading for s in m.sections] == ["Results"]
    assert line.lstrip("#") in all_text(m)


def test_a_hash_heading_with_no_space_inside_a_paragraph_stays_text(tmp_path):
    body = "---\ntitle: Bees\nauthor: Kim Park\n---\n\n# Results\n\nBees fly and\n#Acknowledgements\nmore text.\n"
    m = read(write(tmp_path, body))
    assert [s.heading for s in m.sections] == ["Results"]


def test_cli_inspect_of_a_manubot_section_reads_the_manuscript(chdir_tmp):
    """A section file of a Manubot manuscript given to ``inspect`` is read
    as the manuscript (``metadata.yaml`` and every numbered section), as
    ``check`` reads it, and the output says so."""
    content = chdir_tmp / "content"
    content.mkdir()
    (content / "metadata.yaml").write_text("title: A study\nauthors:\n  - name: Kim Park\n    affiliations:\n      - Example Imaging Facility\n", encoding="utf-8")
    (content / "00.front-matter.md").write_text("{## front matter ##}\n", encoding="utf-8")
    (content / "01.introduction.md").write_text("## Introduction\n\nText.\n", encoding="utf-8")
    (content / "90.back-matter.md").write_text("## Acknowledgements\n\nWe thank Jo Bloggs for technical assistance.\n", encoding="utf-8")
    r = runner.invoke(app, ["inspect", "content/00.front-matter.md"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["path"] == "content" and "00.front-matter.md" in data["note"]
    m = data["manuscript"]
    assert [a["name"] for a in m["authors"]] == ["Kim Park"]
    assert [c["name"] for c in m["technical_contributors"]] == ["Jo Bloggs"]


@pytest.mark.parametrize(
    "layout",
    [
        "\\pagenumbering{arabic}\n\\linenumbers\n\\doublespacing",
        "\\thispagestyle{empty} \\setstretch{1.5}",
        "\\setlength{\\parindent}{0pt}\n\\raggedright",
        "\\onehalfspacing\n\\modulolinenumbers[5]",
    ],
)
def test_tex_layout_commands_before_the_title_are_no_part_of_it(tmp_path, layout):
    """R Markdown manuscripts for a PDF often open their body with TeX
    commands that only lay the page out; the title, the names under it and
    their places are read as if those lines were not there."""
    body = (
        "---\noutput: pdf_document\n---\n\n```{r setup, include=FALSE}\nlibrary(knitr)\n```\n\n"
        f"{layout}\n\n# Roots under drought\n\n\\vspace{{20mm}}\n\n**Running title:** Roots\n\n"
        "Kim Park^1^, Jo A. Bloggs^1^, Ana del Río^1,$\\dagger$^\n\n1\\. Department of Biology, Example University\n\n## Abstract\n\nText.\n"
    )
    m = read(write(tmp_path, body, "paper.Rmd"))
    assert m.title == "Roots under drought"
    assert [a.name for a in m.authors] == ["Kim Park", "Jo A. Bloggs", "Ana del Río"]


def test_closing_thanks_before_supplementary_information_and_legend_sections(tmp_path):
    """As in Word: thanks that close the conclusion, then "Supplementary
    Information" and many figure legends each under a heading of its own,
    then the references: the thanks are the acknowledgements."""
    body = ["---\ntitle: The mantle beneath a neck\nauthor: Kim Park\n---\n"]
    for heading in ("Introduction", "Methods", "Results", "Discussion", "Conclusion"):
        body.append(f"# {heading}\n\nText of the {heading.lower()}.\n")
    body.append("We would like to thank Jo Bloggs and the Example argon geochronology laboratory for their assistance with dating the basalt.\n")
    body.append("# Supplementary Information\n\nTables S1 to S4 give the analyses.\n")
    body += [f"# figure_{k}\n\nTemperature against depth for scenario {k}.\n" for k in range(8)]
    body.append("# References\n\nAlibert, C. (1994), Peridotite xenoliths.\n")
    m = read(write(tmp_path, "\n".join(body)))
    acks = [s for s in m.sections if s.kind == "acknowledgements"]
    assert len(acks) == 1 and acks[0].blocks[0].text.startswith("We would like to thank Jo Bloggs")
