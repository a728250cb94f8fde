"""A paper written as several Markdown files: Quarto manuscripts and books,
bookdown books, knitr child documents and Quarto includes are read as one
paper, and checking a changed part checks the paper it belongs to."""

from __future__ import annotations

import json
import os
from pathlib import Path

from typer.testing import CliRunner

from techcost.cli import app
from techcost.parsers.markdown import parse_project, project_kind

runner = CliRunner()

INDEX = """---
title: "Roots under stress"
author:
  - name: Jo Bloggs
    affiliations: University of Example
  - name: Sam Lee
---

## Introduction

Roots grow.
"""
ACK = "## Acknowledgements\n\nWe thank Kim Park (research technician) for help with the confocal imaging.\n"


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root


def _inspect(path: Path) -> dict:
    res = runner.invoke(app, ["inspect", str(path), "--format", "json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def _checked(args: list[str], cwd: Path) -> tuple[int, list[str]]:
    old = os.getcwd()
    os.chdir(cwd)
    try:
        res = runner.invoke(app, ["check", *args, "--format", "json"])
    finally:
        os.chdir(old)
    return res.exit_code, [i["path"] for i in json.loads(res.stdout)["inputs"]]


def _staff(doc: dict) -> list[str]:
    return [p["name"] for p in doc["manuscript"]["technical_contributors"]]


def test_a_quarto_manuscript_project_is_one_paper_with_its_includes(tmp_path):
    root = _tree(tmp_path / "paper", {
        "_quarto.yml": "project:\n  type: manuscript\nmanuscript:\n  article: index.qmd\n",
        "index.qmd": INDEX + "\n{{< include _methods.qmd >}}\n\n{{< include sections/_ack.qmd >}}\n",
        "_methods.qmd": "## Methods\n\nWe imaged roots.\n",
        "sections/_ack.qmd": ACK,
    })
    assert project_kind(root) == "quarto"
    doc = _inspect(root)
    m = doc["manuscript"]
    assert [a["name"] for a in m["authors"]] == ["Jo Bloggs", "Sam Lee"]
    assert [s["heading"] for s in m["sections"]] == ["Introduction", "Methods", "Acknowledgements"]
    ack = next(s for s in m["sections"] if s["kind"] == "acknowledgements")
    assert ack["location"]["path"].endswith("sections/_ack.qmd")  # located in its own file
    assert _staff(doc) == ["Kim Park"]


def test_a_quarto_book_reads_its_chapters_in_order_with_authors_from_the_project_file(tmp_path):
    root = _tree(tmp_path / "book", {
        "_quarto.yml": (
            "project:\n  type: book\nbook:\n  title: Field notes\n  author:\n    - Ana Li\n    - Ben Ode\n"
            "  chapters:\n    - index.qmd\n    - part: Work\n      chapters:\n        - methods.qmd\n    - thanks.qmd\n"
        ),
        "index.qmd": "# Preface\n\nA book.\n",
        "methods.qmd": "# Methods\n\nWe sampled.\n",
        "thanks.qmd": ACK.replace("## ", "# "),
        "notes.qmd": "# Notes\n\nNot a chapter.\n",
    })
    m = _inspect(root)["manuscript"]
    assert [a["name"] for a in m["authors"]] == ["Ana Li", "Ben Ode"]
    assert [s["heading"] for s in m["sections"]] == ["Preface", "Methods", "Acknowledgements"]


def test_bookdown_books_with_and_without_a_project_file(tmp_path):
    chapters = {"index.Rmd": INDEX, "02-thanks.Rmd": ACK, "01-methods.Rmd": "## Methods\n\nWe sampled.\n"}
    listed = _tree(tmp_path / "listed", {**chapters, "_bookdown.yml": 'rmd_files: ["index.Rmd", "01-methods.Rmd", "02-thanks.Rmd"]\n'})
    implied = _tree(tmp_path / "implied", {**chapters, "index.Rmd": INDEX.replace("---\n\n", "site: bookdown::bookdown_site\n---\n\n", 1)})
    for root in (listed, implied):
        assert project_kind(root) == "bookdown"
        m = parse_project(root, display_path=root.name, lexicons={})
        assert [s.heading for s in m.sections] == ["Introduction", "Methods", "Acknowledgements"], root.name
        assert m.parts[0] == f"{root.name}/index.Rmd"


def test_knitr_child_documents_are_read_in_place_in_every_spelling(tmp_path):
    for i, chunk in enumerate([
        '```{r, child = "methods.Rmd"}\n```',
        "```{r child='methods.Rmd', echo=FALSE}\n```",
        '```{r}\n#| child: "methods.Rmd"\n```',
        '```{r, child = c("methods.Rmd")}\n```',
        '```{r, echo=FALSE}\ncat(knitr::knit_child("methods.Rmd", quiet = TRUE))\n```',
        '```{r render_appendix, include=FALSE}\nrender_appendix("methods.Rmd")\n```',
        "```{r}\npapaja::render_appendix('methods.Rmd')\n```",
    ]):
        root = _tree(tmp_path / f"p{i}", {"paper.Rmd": INDEX + "\n" + chunk + "\n\n" + ACK, "methods.Rmd": "## Methods\n\nWe built a rig.\n"})
        m = _inspect(root / "paper.Rmd")["manuscript"]
        assert [s["heading"] for s in m["sections"]] == ["Introduction", "Methods", "Acknowledgements"], chunk


def test_a_child_outside_the_paper_folder_is_not_read(tmp_path):
    (tmp_path / "secret.Rmd").write_text("## Secret\n\nprivate\n", encoding="utf-8")
    root = _tree(tmp_path / "p", {"paper.Rmd": INDEX + '\n```{r child="../secret.Rmd"}\n```\n'})
    m = _inspect(root / "paper.Rmd")["manuscript"]
    assert "private" not in json.dumps(m["sections"])
    assert any("outside the project folder" in n for n in m["notes"])


def test_checking_a_folder_reads_each_paper_once_and_never_a_part_alone(tmp_path):
    repo = _tree(tmp_path / "repo", {
        "manuscript/_quarto.yml": "project:\n  type: manuscript\n",
        "manuscript/index.qmd": INDEX + "\n{{< include _ack.qmd >}}\n",
        "manuscript/_ack.qmd": ACK,
        "report/paper.Rmd": INDEX + '\n```{r child="methods.Rmd"}\n```\n\n' + ACK,
        "report/methods.Rmd": "## Methods\n\nWe sampled.\n",
        "site/_quarto.yml": "project:\n  type: website\n",
        "site/a.qmd": INDEX + "\n" + ACK,
        "site/b.qmd": INDEX + "\n" + ACK,
    })
    code, inputs = _checked(["."], repo)
    assert sorted(inputs) == ["manuscript", "report/paper.Rmd", "site/a.qmd", "site/b.qmd"]
    assert code == 0


def test_a_changed_part_is_checked_as_the_paper_it_belongs_to(tmp_path):
    repo = _tree(tmp_path / "repo", {
        "book/_quarto.yml": "book:\n  chapters: [index.qmd, methods.qmd]\n",
        "book/index.qmd": INDEX + "\n" + ACK,
        "book/methods.qmd": "# Methods\n\nWe sampled.\n",
        "paper/paper.qmd": INDEX + "\n{{< include _ack.qmd >}}\n",
        "paper/_ack.qmd": ACK,
        "rmd/paper.Rmd": INDEX + '\n```{r child="methods.Rmd"}\n```\n\n' + ACK,
        "rmd/methods.Rmd": "## Methods\n\nWe sampled.\n",
        "apa/paper.Rmd": INDEX + "\n" + ACK + '\n```{r include=FALSE}\nrender_appendix("appendix.Rmd")\n```\n',
        "apa/appendix.Rmd": "# Appendix\n\nMore tables.\n",
        # a Manubot manuscript: its sections and metadata.yaml in content/
        "manubot/content/metadata.yaml": "title: Roots under stress\nauthors:\n  - name: Jo Bloggs\n  - name: Sam Lee\n",
        "manubot/content/01.abstract.md": "## Abstract\n\nRoots grow.\n",
        "manubot/content/02.methods.md": "## Methods\n\nWe sampled.\n",
        "manubot/content/90.back-matter.md": ACK,
    })
    (repo / ".git").mkdir()
    for part, paper in (
        ("book/methods.qmd", "book"),
        ("paper/_ack.qmd", "paper/paper.qmd"),
        ("rmd/methods.Rmd", "rmd/paper.Rmd"),
        ("apa/appendix.Rmd", "apa/paper.Rmd"),
        ("manubot/content/02.methods.md", "manubot/content"),
    ):
        code, inputs = _checked([part], repo)
        assert inputs == [paper], part
        assert code == 0, part  # the part alone would have no acknowledgements


def test_a_folder_holding_one_paper_is_that_paper_and_a_folder_of_several_says_so(tmp_path):
    one = _tree(tmp_path / "one", {"paper.md": INDEX + "\n" + ACK, "README.md": "# How to build\n"})
    doc = _inspect(one)
    assert doc["path"].endswith("one/paper.md") and _staff(doc) == ["Kim Park"]
    two = _tree(tmp_path / "two", {"a.md": INDEX, "b.md": INDEX})
    res = runner.invoke(app, ["inspect", str(two)])
    assert res.exit_code != 0
    assert "folder of 2 documents" in res.output and "Traceback" not in res.output


BOOKDOWN_DEMO = Path(__file__).resolve().parent / "data" / "bookdown-demo"


def test_a_real_bookdown_book_is_read_as_one_paper_in_chapter_order():
    """rstudio/bookdown-demo as published: no file list in _bookdown.yml,
    so index.Rmd comes first (it says ``site: bookdown::bookdown_site``) and
    the chapters follow in name order, each section located in its file."""
    assert project_kind(BOOKDOWN_DEMO) == "bookdown"
    doc = _inspect(BOOKDOWN_DEMO)
    m = doc["manuscript"]
    assert m["title"] == "A Minimal Book Example"
    assert [a["name"] for a in m["authors"]] == ["Yihui Xie"]
    assert [p.rsplit("/", 1)[-1] for p in m["parts"]] == ["index.Rmd", "01-intro.Rmd", "02-literature.Rmd", "03-method.Rmd", "04-application.Rmd", "05-summary.Rmd", "06-references.Rmd"]
    heads = [(s["heading"], s["location"]["path"].rsplit("/", 1)[-1]) for s in m["sections"] if s["heading"]]
    assert heads[:4] == [("Prerequisites", "index.Rmd"), ("Introduction", "01-intro.Rmd"), ("Literature", "02-literature.Rmd"), ("Methods", "03-method.Rmd")]
    assert "# or the development version" not in [h for h, _ in heads]  # an R comment in a code chunk is not a heading


def test_a_changed_chapter_of_a_real_book_is_checked_as_the_book(tmp_path):
    import shutil

    repo = tmp_path / "repo"
    shutil.copytree(BOOKDOWN_DEMO, repo / "book")
    (repo / ".git").mkdir()
    code, inputs = _checked(["book/03-method.Rmd"], repo)
    assert inputs == ["book"]


def test_a_paper_written_one_numbered_section_a_file_is_one_paper(tmp_path):
    """A folder of numbered sections ("01_abstract.md", "02_introduction.md",
    ..., "10_acknowledgements.md") with a title file and no project file is
    one paper, read title first and then in the sections' numeric order
    (10 after 9); a build manifest beside them is no part of it."""
    root = _tree(tmp_path / "paper", {
        "title.md": "---\ntitle: Roots under stress\nauthor:\n  - Jo Bloggs\n  - Sam Lee\n---\n",
        "01_abstract.md": "# Abstract\n\nRoots grow.\n",
        "02_introduction.md": "# Introduction\n\nRoots matter.\n",
        "09_methods.md": "# Methods\n\nWe sampled.\n",
        "10_acknowledgements.md": ACK,
        "layout.md": "01_abstract.md\n02_introduction.md\n",
    })
    assert project_kind(root) == "sections"
    doc = _inspect(root)
    m = doc["manuscript"]
    assert [a["name"] for a in m["authors"]] == ["Jo Bloggs", "Sam Lee"]
    assert [s["heading"] for s in m["sections"]] == ["Abstract", "Introduction", "Methods", "Acknowledgements"]
    assert _staff(doc) == ["Kim Park"]
    code, inputs = _checked(["."], tmp_path)
    assert inputs == ["paper"] and code == 0
    # a changed section is checked as the paper it belongs to (alone it has no acknowledgements)
    (tmp_path / ".git").mkdir()
    code, inputs = _checked(["paper/09_methods.md"], tmp_path)
    assert inputs == ["paper"] and code == 0


def test_a_folder_of_numbered_papers_is_still_a_folder_of_papers(tmp_path):
    # numbered files that are not named as a paper's sections are separate documents
    root = _tree(tmp_path / "papers", {f"0{i}_{name}.md": INDEX + "\n" + ACK for i, name in enumerate(["roots", "shoots", "leaves"], 1)})
    assert project_kind(root) is None
    code, inputs = _checked(["."], root)
    assert sorted(inputs) == ["01_roots.md", "02_shoots.md", "03_leaves.md"]


def test_sections_numbered_without_a_separator_and_authors_in_a_later_file(tmp_path):
    """"00a.Rmd", "00authors.Rmd", "11introduction.Rmd", ...: numbers run
    straight into the names, the first file sets only the output, and the
    authors are in the next file's front matter, which pandoc merges into
    the one paper; a section given alone is read as that paper."""
    root = _tree(tmp_path / "report", {
        "00a.Rmd": "---\noutput: bookdown::pdf_document2\nlang: en\n---\n",
        "00authors.Rmd": "---\nauthor:\n  - name: Jo Bloggs\n  - name: Sam Lee\n---\n",
        "11introduction.Rmd": "# Introduction\n\nRoots matter.\n",
        "20data.Rmd": "# Data\n\nWe sampled.\n",
        "41acknowledgments.Rmd": ACK,
    })
    assert project_kind(root) == "sections"
    doc = _inspect(root)
    assert [a["name"] for a in doc["manuscript"]["authors"]] == ["Jo Bloggs", "Sam Lee"]
    assert _staff(doc) == ["Kim Park"]
    doc = _inspect(root / "00a.Rmd")
    assert doc["path"].endswith("report") and "00a.Rmd" in doc["note"] and _staff(doc) == ["Kim Park"]
