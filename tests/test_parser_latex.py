"""The LaTeX parser: real papers from the corpus, the author blocks of
common journal and conference classes (``fixtures/manuscripts/latex/classes``,
written after each class's published template), a multi-file project, small
documents written here, and broken input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from techcost.cli import app
from techcost.errors import InputFileError, NotUnderstood
from techcost.model import Manuscript
from techcost.parsers._text import latex_to_text
from techcost.parsers.latex import parse

ROOT = Path(__file__).resolve().parents[1]
LATEX = ROOT / "fixtures" / "manuscripts" / "latex"
PROJECT = LATEX / "multifile" / "project"
runner = CliRunner()


def read(path: Path, display: str | None = None) -> Manuscript:
    return parse(path, display_path=display or path.name, lexicons={})


def write(tmp_path: Path, text: str, name: str = "paper.tex", encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def by_name(m: Manuscript) -> dict:
    return {a.name: a for a in m.authors}


def all_text(m: Manuscript) -> str:
    return "\n".join(b.text for s in m.sections for b in s.blocks)


def doc(body: str, preamble: str = "") -> str:
    return f"\\documentclass{{article}}\n{preamble}\n\\begin{{document}}\n{body}\n\\end{{document}}\n"


# --------------------------------------------------------------------------- real papers


@pytest.fixture(scope="module")
def tex_dir(corpus: Path) -> Path:
    return corpus / "manuscripts" / "latex"


@pytest.fixture(scope="module")
def gold(corpus: Path) -> dict:
    data = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    return {d["local_path"]: d for d in data["documents"] if d["format"] == "latex"}


def test_corpus_authors_match_the_labels(corpus, gold):
    for local, d in gold.items():
        m = read(corpus / local)
        assert [a.name for a in m.authors] == d["authors"], local
        assert m.acknowledgements_present == d["has_acknowledgements"], local
        assert m.contribution_statement_present == d["credit_statement_present"], local


def test_agu_acknowledgments_macro_and_keyed_affiliations(tex_dir):
    m = read(tex_dir / "2021_AX_BD_manuscript.tex")
    a = by_name(m)
    assert a["Margaret S. Avery"].affiliations == [
        "Department of Earth and Planetary Science, University of California, Berkeley, California, USA",
        "U.S. Geological Survey, Moffett Field, California, USA",
    ]
    assert a["Yiming Zhang"].corresponding and a["Yiming Zhang"].email == "yimingzhang@berkeley.edu"
    ack = m.sections_of("acknowledgements")[0]
    assert ack.location.line == 214
    assert "John Grimsich and Tim Teague" in ack.text
    assert "\\url" not in ack.text and "https://github.com/Swanson-Hysell-Group/2021_AX_BD" in ack.text


def test_svjour_authors_institutes_and_acknowledgements_environment(tex_dir):
    m = read(tex_dir / "arcana_manuscript.tex")
    a = by_name(m)
    assert a["Thomas G. Close"].affiliations == [
        "Monash Biomedical Imaging, Monash University, Melbourne, Australia",
        "Australian National Imaging Facility, Australia",
    ]
    assert a["Wojtek Goscinski"].affiliations == ["Monash eResearch Centre, Monash University, Melbourne, Australia"]
    assert a["Thomas G. Close"].corresponding
    ack = m.sections_of("acknowledgements")[0]
    assert ack.text.startswith("The authors acknowledge the facilities and scientific and technical assistance")


def test_elife_class_and_commented_out_text(tex_dir):
    m = read(tex_dir / "barrels_review.tex")
    assert by_name(m)["Sebastian S. James"].corresponding
    assert m.sections_of("acknowledgements")[0].location.line == 869
    assert m.comments and m.comments[0].location.line == 1
    swll = read(tex_dir / "2024_SWLLIP_manuscript.tex")
    # "% \section*{Conclusion}" is a comment, kept as one, and no section
    assert "Conclusion" not in [s.heading for s in swll.sections]
    assert any(c.text.startswith("\\section*{Conclusion}") and c.location.line == 284 for c in swll.comments)


def test_accuracy_on_latex_stays_above_the_floors(corpus):
    from techcost.evaluation.manuscripts import evaluate

    s = evaluate(corpus / "labels.json", formats=("latex",))["summary"]["latex"]
    assert s["errors"] == 0
    assert s["authors"]["f1"] >= 0.97
    assert s["acknowledgements_present"]["accuracy"] >= 0.97
    assert s["contribution_statement_present"]["accuracy"] >= 0.97


# --------------------------------------------------------------------------- journal and conference classes

CLASSES = {
    "elsarticle": ["Jane Doe", "John Q. Public", "Émile Zola"],
    "cas": ["CV Radhakrishnan", "Han Theh Thanh", "CV Rajagopal"],
    "revtex": ["Jane Doe", "John Smith", "Carl Ström"],
    "authblk": ["Jane Doe", "John Smith"],
    "authblk_unkeyed": ["Jane Doe", "John Smith"],
    "ieee_journal": ["Michael Shell", "John Doe", "Jane Doe"],
    "ieee_conf": ["Alice Smith", "Bob Jones"],
    "ieee_refmark": ["Alice Smith", "Bob Jones", "Carol White"],
    "lncs": ["Ines Fonseca", "Tomas Berg", "Mei Lin"],
    "acmart": ["Ben Trovato", "G.K.M. Tobin", "Lars Thørväld"],
    "aastex": ["Greg J. Schwarz", "August Muench"],
    "mnras": ["Keith T. Smith", "A. N. Other", "Priya Nair", "Olu Adeyemi"],
    "pnas": ["Ana Ortiz", "Aled Thomas", "Ben Ruiz"],
    "snjnl": ["Ines Fonseca", "Tomas Berg", "Mei Lin"],
    "copernicus": ["Jane Doe", "John Smith"],
    "mdpi": ["Fiona Lane", "Anna Bell", "Carl Dunn"],
    "bmc": ["Jane E. Doe", "John R.S. Smith"],
    "plos": ["Ada Byron", "Bea Castro", "Cy Dunn", "Di Evans"],
    "frontiers": ["Loremipsum Dolor", "Sit Amet", "Consectetur Adipiscing"],
    "neurips": ["David S. Hippocampus", "Coauthor Name"],
    "icml": ["Ada Lovelace", "Alan Turing", "Grace Hopper"],
    "generic": ["Jane Doe", "John Roe"],
    "oup": ["Sample Author", "Co-Author", "Co-Author Three"],
    "agu": ["A. Smith", "B. Jones", "C. Brown"],
    "elife": ["Sebastian S. James", "Leah A. Krubitzer"],
    "jmlr": ["Jane Doe", "John Roe"],
    "amsart": ["Jane Doe", "John Roe"],
    "arxiv_superscripts": ["Jane Doe", "John Roe"],
    "arxiv_inline_affiliations": ["Jane Doe", "John Roe"],
}


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_class_author_blocks(name):
    m = read(LATEX / "classes" / f"{name}.tex")
    assert [a.name for a in m.authors] == CLASSES[name]
    assert m.title
    for a in m.authors:
        assert a.location is not None and a.location.line and a.location.path == f"{name}.tex"


def test_class_affiliations_orcids_and_back_matter():
    a = by_name(read(LATEX / "classes" / "elsarticle.tex"))
    assert a["John Q. Public"].affiliations == ["Department of Physics, University A, City, Country", "Institute B, Street 1, Town, Land"]
    assert a["Jane Doe"].corresponding and a["Jane Doe"].email == "jane@x.org"
    m = read(LATEX / "classes" / "revtex.tex")
    a = by_name(m)
    # revtex: an \affiliation applies to the authors listed since the previous one
    assert a["John Smith"].affiliations == ["Institute C", "Department of Physics, University A, City 12345, USA", "Institute B, Other City"]
    assert a["Carl Ström"].affiliations == ["Institute B, Other City"]
    assert m.collaborations == ["The XYZ Collaboration"]
    assert m.sections_of("acknowledgements")[0].text == "We thank A. Technician for help with the cryostat."
    a = by_name(read(LATEX / "classes" / "lncs.tex"))
    assert a["Mei Lin"].orcid == "2222-3333-4444-5555"
    assert a["Tomas Berg"].affiliations[0] == "Springer Heidelberg, Tiergartenstr. 17, 69121 Heidelberg, Germany"
    a = by_name(read(LATEX / "classes" / "aastex.tex"))
    assert a["Greg J. Schwarz"].orcid == "0000-0002-0786-7307"
    assert a["Greg J. Schwarz"].affiliations == ["American Astronomical Society, 1667 K Street NW, Suite 800, Washington, DC 20006, USA"]
    a = by_name(read(LATEX / "classes" / "mnras.tex"))
    assert a["Keith T. Smith"].email == "mn@ras.ac.uk"
    assert a["Priya Nair"].affiliations[1].startswith("Another Department")
    a = by_name(read(LATEX / "classes" / "acmart.tex"))
    assert a["Lars Thørväld"].affiliations == ["The Thørväld Group, Hekla, Iceland"]
    a = by_name(read(LATEX / "classes" / "snjnl.tex"))
    assert a["Ines Fonseca"].corresponding and (a["Ines Fonseca"].given, a["Ines Fonseca"].family) == ("Ines", "Fonseca")
    m = read(LATEX / "classes" / "mdpi.tex")
    assert [s.kind for s in m.sections][-5:] == ["author_contributions", "funding", "data_availability", "acknowledgements", "other"]
    assert by_name(m)["Carl Dunn"].roles == ["methodology", "software"]
    m = read(LATEX / "classes" / "cas.tex")
    assert by_name(m)["CV Rajagopal"].roles == ["data-curation", "writing-original-draft"]
    assert by_name(m)["CV Radhakrishnan"].orcid == "0000-0001-7511-2910"
    m = read(LATEX / "classes" / "pnas.tex")
    assert m.sections_of("author_contributions") and m.acknowledgements_present
    m = read(LATEX / "classes" / "bmc.tex")
    assert by_name(m)["Jane E. Doe"].roles == ["conceptualization", "writing-original-draft"]
    m = read(LATEX / "classes" / "plos.tex")
    assert by_name(m)["Di Evans"].corresponding and m.collaborations == ["with the Lorem Ipsum Consortium"]
    m = read(LATEX / "classes" / "ieee_conf.tex")
    assert by_name(m)["Bob Jones"].affiliations == ["Lab Y, University Z, City, Country"]
    m = read(LATEX / "classes" / "neurips.tex")
    assert m.sections_of("acknowledgements")  # the "ack" environment
    a = by_name(read(LATEX / "classes" / "jmlr.tex"))
    assert (a["Jane Doe"].email, a["Jane Doe"].affiliations) == ("jane@x.org", ["Department of Statistics, University of X"])
    a = by_name(read(LATEX / "classes" / "amsart.tex"))
    assert (a["John Roe"].email, a["John Roe"].affiliations) == ("roe@b.edu", ["Institute B"])
    for name in ("arxiv_superscripts", "arxiv_inline_affiliations"):
        a = by_name(read(LATEX / "classes" / f"{name}.tex"))
        assert (a["Jane Doe"].affiliations, a["John Roe"].affiliations) == (["Univ A"], ["Univ B"]), name


def test_thanks_that_thank_or_fund_become_acknowledgements():
    m = read(LATEX / "classes" / "elsarticle.tex")
    notes = [s for s in m.sections_of("acknowledgements") if s.heading is None]
    assert notes and notes[0].blocks[0].text.startswith("This work was supported by the National Science Foundation")
    m = read(LATEX / "classes" / "generic.tex")
    assert by_name(m)["Jane Doe"].affiliations == ["University A"]  # a \thanks naming an institution
    assert by_name(m)["Jane Doe"].email == "jane@a.edu"


# --------------------------------------------------------------------------- multi-file projects


def test_multifile_project_follows_includes_safely():
    m = read(PROJECT / "main.tex", "multifile/project/main.tex")
    assert m.parts == [
        "multifile/project/main.tex",
        "multifile/project/sections/intro.tex",
        "multifile/project/sections/methods.tex",
        "multifile/project/sections/loop.tex",
        "multifile/project/sections/back.tex",
    ]
    text = all_text(m)
    assert "SECRET-OUTSIDE-TEXT" not in text  # ../outside.tex is outside the project
    assert text.count("Loop text appears once.") == 1
    intro = m.sections[0]
    assert (intro.heading, intro.location.path, intro.location.line) == ("Introduction", "multifile/project/sections/intro.tex", 1)
    assert intro.blocks[0].text == "Spectra were recorded at 4 K. We measured 50% of the samples; the rest failed."
    sample = next(s for s in m.sections if s.heading == "Sample preparation")
    assert sample.kind == "methods" and sample.level == 2  # a subsection of Methods is methods
    ack = m.sections_of("acknowledgements")[0]
    assert (ack.location.path, ack.blocks[0].location.line) == ("multifile/project/sections/back.tex", 5)
    legend = m.sections_of("figure_legends")[0].blocks[0]
    assert (legend.text, legend.location.path, legend.location.line) == (
        "Spectra of the samples, recorded by J. Bußmann.", "multifile/project/sections/methods.tex", 8)
    notes = "\n".join(m.notes)
    assert "\\input{../outside} ignored: it is outside the project folder" in notes
    assert "\\input{/etc/passwd} ignored: absolute paths are not followed" in notes
    assert "a loop" in notes


def test_multifile_comments_are_kept_with_file_and_line():
    m = read(PROJECT / "main.tex", "p/main.tex")
    got = {(c.location.path, c.location.line, c.text) for c in m.comments}
    assert ("p/main.tex", 4, "techcost: ignore ACK001 -- technicians are thanked in the supplement") in got
    assert ("p/sections/intro.tex", 4, "techcost: ignore TECH002 -- the core is named in the methods") in got
    assert ("p/sections/intro.tex", 3, "a trailing comment") in got
    text = all_text(m)
    for hidden in ("commented-out acknowledgement", "Neither is this one", "Not a heading", "not a comment", "after the end"):
        assert hidden not in text


def test_accented_names_and_credit_by_initials():
    m = read(PROJECT / "main.tex")
    a = by_name(m)
    assert list(a) == ["Ana María López-García", "Jürgen Bußmann", "Søren Kierkegaard"]
    assert m.title == "A multi-file paper on Mössbauer spectra"
    assert a["Ana María López-García"].roles == ["investigation"]
    assert "software" in a["Søren Kierkegaard"].roles
    assert a["Jürgen Bußmann"].affiliations[1] == "Institut für Physik, Universität Wien, Austria"


def test_includes_written_here_loop_escape_and_symlink(tmp_path):
    (tmp_path / "secret.tex").write_text("\\section{Secret}\nTOP-SECRET\n")
    proj = tmp_path / "paper"
    (proj / "chap").mkdir(parents=True)
    (proj / "chap" / "a.tex").write_text("\\section{A}\nText A.\n\\input{chap/b}\n")
    (proj / "chap" / "b.tex").write_text("Text B.\n\\input{chap/a}\n\\include{../secret}\n")
    (proj / "link.tex").symlink_to(tmp_path / "secret.tex")
    main = write(proj, doc("\\input{chap/a}\n\\input{link}\n\\input{../../secret.tex}\n\\subfile{chap/missing}"), "main.tex")
    m = read(main, "paper/main.tex")
    assert m.parts == ["paper/main.tex", "paper/chap/a.tex", "paper/chap/b.tex"]
    assert [b.text for b in m.sections[0].blocks] == ["Text A.", "Text B."]
    assert [(b.location.path, b.location.line) for b in m.sections[0].blocks] == [("paper/chap/a.tex", 2), ("paper/chap/b.tex", 1)]
    assert "TOP-SECRET" not in all_text(m)
    log = "\n".join(m.notes)
    assert log.count("outside the project folder") == 3 and "a loop" in log and "not found" in log


@pytest.mark.parametrize(
    "define",
    [
        "\\makeatletter\n\\def\\input@path{{sections/}}\n\\makeatother",
        "\\makeatletter\\def\\input@path{ {figures/} {sections/} }\\makeatother",
        "\\makeatletter\n\\gdef\\input@path{{./sections/}{./tables/}}\n\\makeatother",
    ],
    ids=["one-folder", "two-folders-spaced", "gdef-dot-slash"],
)
def test_input_path_folders_are_searched_as_latex_searches_them(tmp_path, define):
    """A project that names folders in ``\\input@path`` and then writes
    ``\\input{authors}`` for a file in one of them (PoS and collaboration
    papers do) has its authors and sections read from there; a name found
    in no folder is still noted, and a folder never leads outside."""
    proj = tmp_path / "paper"
    (proj / "sections").mkdir(parents=True)
    (proj / "sections" / "authors.tex").write_text("\\author{Ada Quillfeather}\n\\author{Bruno Tasselhoff}\n")
    (proj / "sections" / "intro.tex").write_text("\\section{Introduction}\nThe widgets were counted.\n")
    (tmp_path / "outside.tex").write_text("\\section{Secret}\nTOP-SECRET\n")
    main = write(
        proj,
        "\\documentclass{article}\n" + define + "\n\\title{Widgets}\n\\input{authors}\n\\begin{document}\n\\maketitle\n"
        "\\input{intro}\n\\input{missing}\n\\input{../outside}\n\\end{document}\n",
        "main.tex",
    )
    m = read(main, "paper/main.tex")
    assert [a.name for a in m.authors] == ["Ada Quillfeather", "Bruno Tasselhoff"]
    assert "The widgets were counted." in all_text(m)
    assert "TOP-SECRET" not in all_text(m)
    log = "\n".join(m.notes)
    assert "\\input{missing} ignored: not found" in log


def test_a_part_given_alone_is_read_as_a_fragment():
    m = read(PROJECT / "sections" / "back.tex")
    assert [s.kind for s in m.sections] == ["author_contributions", "acknowledgements"]
    assert m.parts == []


# --------------------------------------------------------------------------- small documents


def test_acknowledgments_environment_and_section_variants(tmp_path):
    body = (
        "\\section{Intro}\nText.\n\n"
        "\\section*{Acknowledgements}\nWe thank Ann.\n\n"
        "\\begin{acknowledgments}\nWe thank Bob.\n\\end{acknowledgments}\n\n"
        "\\paragraph{Funding.} NIH grant R01.\n\n"
        "\\noindent\\textbf{Author contributions:} A.B. wrote the paper.\n"
    )
    m = read(write(tmp_path, doc(body)))
    got = [(s.kind, s.heading, s.text) for s in m.sections]
    assert got == [
        ("other", "Intro", "Text."),
        ("acknowledgements", "Acknowledgements", "We thank Ann."),
        ("acknowledgements", "Acknowledgements", "We thank Bob."),
        ("funding", "Funding.", "NIH grant R01."),
        ("author_contributions", "Author contributions", "A.B. wrote the paper."),
    ]
    assert [s.level for s in m.sections][:2] == [1, 1] and m.sections[3].level == 4


def test_comments_escapes_and_verbatim(tmp_path):
    body = (
        "\\section{Results}\n"
        "We saw 95\\% agreement. % a comment \\section{Hidden}\n"
        "% techcost: ignore ACK001 -- reason\n"
        "\\verb|50% off| stays out of comments.\n"
        "\\url{http://x.org/a%20b} is a link.\n"
    )
    m = read(write(tmp_path, doc(body)))
    assert [s.heading for s in m.sections] == ["Results"]
    assert m.sections[0].text == "We saw 95% agreement. stays out of comments. http://x.org/a%20b is a link."
    assert m.sections[0].blocks[0].location.line == 5
    assert [(c.location.line, c.text) for c in m.comments] == [(5, "a comment \\section{Hidden}"), (6, "techcost: ignore ACK001 -- reason")]


def test_latex_to_text():
    assert latex_to_text(r"M{\"u}ller, Bu\ss mann, {\o}rsted, \'{E}mile, Fran\c{c}ois, L\'opez, \v{S}koda") == "Müller, Bußmann, ørsted, Émile, François, López, Škoda"
    assert latex_to_text(r"pages 10--20~\cite{x} and \emph{y} \textbf{z} (\citealp{a}).") == "pages 10–20 and y z."
    assert latex_to_text(r"1.2 $\pm$ 0.1 Ma (2$\sigma$), \href{http://a}{link}, \textcolor{red}{warn}") == "1.2 ± 0.1 Ma (2σ), link, warn"
    assert latex_to_text(r"broken {brace \emph{x") == "broken brace x"


@pytest.mark.parametrize(
    "text",
    [
        "\\documentclass{article}\\begin{document}\\section{Intro\n\nText } } } {{{\\end{document}",
        "\\title{Unclosed\n\\author{A \\and \\begin{document}\n\\section*{Acknowledgements}\nWe thank {Bob.\n",
        "\\begin{document}\\begin{figure}\\caption{x\\end{document}",
        "\\input{\n\\include{}\\subfile{../../x}\\import{}{}\\begin{itemize}\\item[\\end{enumerate}",
        "\\author{\\thanks{\\thanks{}}}}\\affil[{]{x}\\address{$^{1$}\\institute{\\and\\and}",
        "$$ unclosed math \\[ \\( \\iffalse \\if0 \\fi\\fi \\else \\begin{comment}",
    ],
)
def test_broken_latex_gives_a_best_effort_result(tmp_path, text):
    p = write(tmp_path, text)
    try:
        read(p)
    except NotUnderstood:
        pass


def test_broken_braces_keep_the_rest_of_the_paper(tmp_path):
    body = "\\section{Intro\nSome {unbalanced text.\n\n\\section*{Acknowledgements}\nWe thank Ann.\n"
    m = read(write(tmp_path, doc(body)))
    assert m.acknowledgements_present and m.sections_of("acknowledgements")[0].text == "We thank Ann."


def test_binary_and_encodings(tmp_path):
    p = tmp_path / "paper.tex"
    p.write_bytes(b"\x00\x01\x02\x03binary\xff\xfe" * 100)
    with pytest.raises(InputFileError) as exc:
        read(p)
    assert "binary" in str(exc.value)
    text = doc("\\section*{Acknowledgements}\nWe thank Søren Ørsted.", "\\title{Über}\\author{Jürgen Bußmann}")
    for enc, name in (("utf-16", "u16.tex"), ("latin-1", "l1.tex"), ("utf-8-sig", "bom.tex")):
        m = read(write(tmp_path, text, name, enc))
        assert m.title == "Über" and m.authors[0].name == "Jürgen Bußmann", enc
        assert "Søren Ørsted" in m.sections_of("acknowledgements")[0].text


def test_empty_document_is_not_understood(tmp_path):
    with pytest.raises(NotUnderstood):
        read(write(tmp_path, "% only a comment\n\\documentclass{article}\n\\begin{document}\n\\end{document}\n"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(
            ["a", " ", "\n", "\n\n", "{", "}", "[", "]", "$", "%", "\\", "\\\\", "&", "~", "^", "_", "\\section{", "\\author{",
             "\\and", "\\begin{figure}", "\\end{figure}", "\\caption{", "\\item", "\\begin{itemize}", "\\input{x}",
             "\\iffalse", "\\fi", "\\verb|", "\\thanks{", "\\affil[1]{", "$^{1}$", "\\'", "\\c", "\\begin{document}",
             "\\end{document}", "\\acknowledgments", "\\footnote{", "\\def\\a{", "\\newcommand{\\b}{"]
        ),
        max_size=150,
    ).map("".join)
)
def test_any_latex_parses_or_fails_cleanly(tmp_path, text):
    p = tmp_path / "fuzz.tex"
    p.write_text(text, encoding="utf-8")
    try:
        m = read(p)
    except InputFileError:
        return
    for s in m.sections:
        for b in s.blocks:
            assert b.location.line is not None and b.location.line >= 1


# --------------------------------------------------------------------------- command line


def test_cli_inspect_and_check_latex(chdir_tmp):
    import shutil

    shutil.copytree(PROJECT, chdir_tmp / "proj")
    r = runner.invoke(app, ["inspect", "proj/main.tex"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["format"] == "latex" and data["manuscript"]["parts"][0] == "proj/main.tex"
    r = runner.invoke(app, ["check", "proj", "--select", "SYS", "--format", "json"])
    assert r.exit_code == 0, r.output
    # a folder is checked through its main file; included parts are not papers of their own
    assert [i["path"] for i in json.loads(r.stdout)["inputs"]] == ["proj/main.tex"]
    (chdir_tmp / "bad.tex").write_bytes(b"\x00\x01\x02binary")
    r = runner.invoke(app, ["check", "bad.tex", "--select", "SYS"])
    assert r.exit_code == 2 and "SYS001" in r.output


PANDOC_TITLE = r"""\documentclass{article}
\begin{document}
\vspace{35mm}

\section{\texorpdfstring{A \emph{study} of things}{A study of things}}\label{a-study}

\begin{center}
Ann B Author${^1}$, Bob Second${^1}$${^,}$${^2}$, and Cat D. Third\({^2}\)\textsuperscript{\(\dagger\)}

$\dagger$ To whom correspondence should be addressed

$1$ Department of Biology, Example University, Exampleton

\(2\) Genomics Core Facility, Example University, Exampleton
\end{center}

\subsection{Abstract}\label{abstract}
Text of the abstract.

\subsubsection{Acknowledgements}\label{acknowledgements}
We thank Kim Park for technical help.
\end{document}
"""


def test_a_title_block_written_by_pandoc_from_r_markdown(tmp_path):
    """Pandoc prints an R Markdown title as the first section and the names
    after it with ``${^1}$`` marks, and the affiliations as ``$1$ ...``
    lines: the names, their affiliations and the title are read, and the
    rest of the document is not swallowed by ``$$`` between two marks."""
    m = read(write(tmp_path, PANDOC_TITLE))
    assert [a.name for a in m.authors] == ["Ann B Author", "Bob Second", "Cat D. Third"]
    assert by_name(m)["Bob Second"].affiliations == ["Department of Biology, Example University, Exampleton", "Genomics Core Facility, Example University, Exampleton"]
    assert m.title == "A study of things"
    assert any(s.kind == "acknowledgements" for s in m.sections)


@pytest.mark.parametrize("mark", ["${^1}$${^,}$${^2}$", "$^1$$^2$"])
def test_two_inline_formulas_side_by_side_are_not_display_math(tmp_path, mark):
    m = read(write(tmp_path, "\\documentclass{article}\\begin{document}\nAnn Author" + mark + "\n\n\\section{Methods}\nWe did it.\n\n\\section*{Acknowledgements}\nWe thank Kim Park.\n\\end{document}\n"))
    assert [s.kind for s in m.sections][-1] == "acknowledgements"


def test_an_unmatched_display_dollar_pair_does_not_swallow_the_paper(tmp_path):
    m = read(write(tmp_path, "\\documentclass{article}\\begin{document}\nPrice in $$ only.\n\n\\section{Methods}\nWe did it.\n\n\\section*{Acknowledgements}\nWe thank Kim Park.\n\\end{document}\n"))
    assert [s.kind for s in m.sections][-1] == "acknowledgements"


@pytest.mark.parametrize("written, name", [(r"Pascal Le D\^{u}", "Pascal Le Dû"), (r"Ren\'{e} M\"{u}ller", "René Müller"), (r"Jos\'e Mar\'{\i}a", "José María")])
def test_accents_in_author_names_are_not_superscript_marks(tmp_path, written, name):
    m = read(write(tmp_path, "\\documentclass{aa}\\begin{document}\n\\title{T}\n\\author{Ann Author\\inst{1} \\and " + written + "\\inst{1}}\n\\institute{Example University}\n\\maketitle\nText.\n\\end{document}\n"))
    assert [a.name for a in m.authors] == ["Ann Author", name]


@pytest.mark.parametrize(
    "after",
    [
        "\\software{numpy, astropy}\n\\facilities{TESS}\n",
        "\\begin{deluxetable}{lc}\\tablehead{\\colhead{A} & \\colhead{B}}\\startdata 1 & 2 \\\\ \\enddata\\end{deluxetable}\n",
        "\\bibliography{refs}\n\\appendix\n" + "".join(f"\\section{{Appendix {k}}}\nDerivation {k}.\n\n" for k in range(9)),
    ],
)
def test_thanks_closing_the_body_without_a_heading(tmp_path, after):
    """AASTeX and preprints thank at the end of the last body section,
    before software lists, tables, the bibliography and any number of
    appendix sections: the thanks become the acknowledgements."""
    body = "".join(f"\\section{{Part {k}}}\nText {k}.\n\n" for k in range(3))
    tex = "\\documentclass{aastex631}\n\\begin{document}\n" + body + "\\vspace{2em}\n\nWe would like to thank Kim Park for running the observations.\n\n" + after + "\\end{document}\n"
    m = read(write(tmp_path, tex))
    acks = [s for s in m.sections if s.kind == "acknowledgements"]
    assert len(acks) == 1 and "Kim Park" in acks[0].blocks[0].text


def test_other_contributions_is_the_livecoms_acknowledgement(tmp_path):
    m = read(write(tmp_path, "\\documentclass{livecoms}\n\\begin{document}\n\\section{Methods}\nText.\n\n\\section*{Other Contributions}\nWe thank Kim Park for testing the tutorials.\n\n\\section*{Funding Information}\nNSF.\n\\end{document}\n"))
    assert [s.kind for s in m.sections] == ["methods", "acknowledgements", "funding"]


def test_names_inside_font_groups_of_a_title_page_block(tmp_path):
    tex = (
        "\\documentclass{article}\n\\begin{document}\n"
        "\\begin{center}\n  \\fontsize{14}{20}{\\bf A Study of Bicycles}\n\\end{center}\n"
        "\\begin{center}\n  \\normalsize{\\bf{Kim Park, Jo A. Bloggs,  Ana del R\\'io}}\n\\end{center}\n"
        "\\begin{center}\n  \\begin{tabular}{c}\n    Example University\\\\\n  \\end{tabular}\n\\end{center}\n"
        "\\section*{ABSTRACT}\nText.\n\\end{document}\n"
    )
    p = tmp_path / "paper.tex"
    p.write_text(tex, encoding="utf-8")
    from techcost.parsers.latex import parse as parse_latex

    assert [a.name for a in parse_latex(p, display_path="paper.tex").authors] == ["Kim Park", "Jo A. Bloggs", "Ana del Río"]


def test_the_papers_own_macros_are_expanded_in_its_text(tmp_path):
    """"We thank the entire \\kepler\\ team" with \\kepler defined in the
    preamble reads "the entire Kepler team"."""
    from techcost.parsers.latex import parse

    p = tmp_path / "ms.tex"
    p.write_text(
        "\\documentclass{article}\n\\newcommand{\\project}[1]{\\textsf{#1}}\n\\newcommand{\\kepler}{\\project{Kepler}}\n"
        "\\def\\core{Imaging Core}\n\\begin{document}\n\\section*{Acknowledgements}\n"
        "We are grateful to the entire \\kepler\\ team, past and present, and to the \\core{} for imaging.\n\\end{document}\n",
        encoding="utf-8",
    )
    ack = [s for s in parse(p, display_path="ms.tex").sections if s.kind == "acknowledgements"]
    assert ack and ack[0].blocks[0].text == "We are grateful to the entire Kepler team, past and present, and to the Imaging Core for imaging."


@pytest.mark.parametrize("marks", ["1", "\\uta"])
def test_aastex_altaffilmark_and_altaffiltext(tmp_path, marks):
    """AASTeX 5 and emulateapj: each name marked "\\altaffilmark{1}", the
    places given by "\\altaffiltext{1}{...}", marks possibly macros."""
    other = "2" if marks == "1" else "\\ud"
    text = rf"""\documentclass{{aastex}}
\newcommand{{\uta}}{{1}}
\newcommand{{\ud}}{{2}}
\begin{{document}}
\title{{Direct spectral detection of binary companions}}
\author{{Kim Park \altaffilmark{{{marks}}}}}
\author{{Jo A. Bloggs \altaffilmark{{{marks},{other}}}}}
\altaffiltext{{{marks}}}{{University of Example, Astronomy Department, Austin, TX 78712}}
\altaffiltext{{{other}}}{{Instrument Workshop, Example Observatory, Fort Davis, TX}}
\begin{{abstract}}We detect companions.\end{{abstract}}
\section{{Introduction}}
Binaries are common.
\end{{document}}
"""
    m = read(write(tmp_path, text))
    assert {a.name: a.affiliations for a in m.authors} == {
        "Kim Park": ["University of Example, Astronomy Department, Austin, TX 78712"],
        "Jo A. Bloggs": ["University of Example, Astronomy Department, Austin, TX 78712", "Instrument Workshop, Example Observatory, Fort Davis, TX"],
    }


@pytest.mark.parametrize("wrap", ["{{\\small\n{body}\n}}", "{body}"])
def test_marked_places_printed_after_maketitle(tmp_path, wrap):
    """A plain article: names marked with "\\textsuperscript{2,*}" in
    \\author, the places printed as paragraphs after \\maketitle, each after
    its mark, possibly inside a group that sets their size."""
    body = (
        "\\noindent\\textsuperscript{1}Department of Mathematics, Example University, Boston, MA, USA\n\n"
        "\\noindent\\textsuperscript{2}Research Software Engineering Group, Example Institute, Ashburn, VA, USA\n\n"
        "\\noindent\\textsuperscript{*}Corresponding author"
    )
    text = (
        "\\documentclass{article}\n\\begin{document}\n\\title{Goodness of fit for decoding}\n"
        "\\author{Kim Park\\textsuperscript{1}, \\\\ Jo A. Bloggs\\textsuperscript{1,2,*}}\n\\date{}\n\\maketitle\n"
        "\\thispagestyle{empty}\n\n" + wrap.format(body=body) + "\n\n\\begin{abstract}We measure fit.\\end{abstract}\n"
        "\\section{Introduction}\nDecoders are used.\n\\end{document}\n"
    )
    m = read(write(tmp_path, text))
    assert {a.name: a.affiliations for a in m.authors} == {
        "Kim Park": ["Department of Mathematics, Example University, Boston, MA, USA"],
        "Jo A. Bloggs": ["Department of Mathematics, Example University, Boston, MA, USA", "Research Software Engineering Group, Example Institute, Ashburn, VA, USA"],
    }


@pytest.mark.parametrize(
    "label",
    [r"\noindent\textbf{Acknowledgements}", r"{\bf Acknowledgments}", r"\textit{Acknowledgements}", r"\noindent\textsc{Acknowledgments}"],
)
def test_a_label_in_bold_or_italic_runs_into_its_text_without_a_stop(tmp_path, label):
    # the type marks the label; once it is gone the text follows with no full stop or colon
    tex = (
        "\\documentclass{article}\n\\author{Anna Bell}\n\\begin{document}\n\\section{Conclusion}\nThe rate rose.\n\n"
        + label
        + " The authors thank Kim Park for running the mass spectrometer and Jo Bloggs for maintaining the microscopes.\n\\end{document}\n"
    )
    m = read(write(tmp_path, tex))
    ack = m.sections_of("acknowledgements")
    assert len(ack) == 1 and ack[0].blocks[0].text.startswith("The authors thank Kim Park")
    from techcost import api
    from techcost.analysis import analyse

    names = {c.name for c in analyse(m, api.load()[1].lexicons).technical_contributors}
    assert names == {"Kim Park", "Jo Bloggs"}


@pytest.mark.parametrize("note", ["equal contribution", "51 Pegasi b Fellow", "NASA Hubble Fellow", "CIFAR Senior Fellow"])
def test_a_note_set_as_an_affiliation_is_not_a_place(tmp_path, note):
    tex = (
        "\\documentclass{aastex631}\n\\begin{document}\n\\title{A study}\n\\author{Kim Park}\n\\affiliation{Example University, Exampletown, UK}\n"
        f"\\altaffiliation{{{note}}}\n\\author{{Jo Bloggs}}\n\\affiliation{{Example Institute, Exampleville, France}}\n\\section{{Intro}}\nText.\n\\end{{document}}\n"
    )
    got = {a.name: a.affiliations for a in read(write(tmp_path, tex)).authors}
    assert got == {"Kim Park": ["Example University, Exampletown, UK"], "Jo Bloggs": ["Example Institute, Exampleville, France"]}


def test_plos_names_one_a_line_with_their_marks_and_bf_places(tmp_path):
    """PLOS's template as written by hand: each name on its own line with
    its marks, the first with no comma after them, then "\\bf{1} Place"
    lines after a blank line."""
    m = read(write(tmp_path, r"""\documentclass{article}
\begin{document}
\begin{flushleft}
{\Large
\textbf\newline{Counting the Samples Twice}
}
\newline
\\
Kim Park\textsuperscript{1,*}
Jo Bloggs\textsuperscript{2},
Ana Li\textsuperscript{1}

\bigskip
\bf{1} Flow Cytometry Core, University of Exampleton, Exampleton, UK.
\\
\bf{2} Department of Geography, University of Exampleton, Exampleton, UK.
\end{flushleft}
\section*{Introduction}
Text.
\end{document}
"""))
    assert [a.name for a in m.authors] == ["Kim Park", "Jo Bloggs", "Ana Li"]
    assert by_name(m)["Kim Park"].affiliations == ["Flow Cytometry Core, University of Exampleton, Exampleton, UK."]
    assert by_name(m)["Jo Bloggs"].affiliations == ["Department of Geography, University of Exampleton, Exampleton, UK."]


def test_a_user_macro_of_one_argument_in_the_author_block(tmp_path):
    """"\\newcommand{\\authorRef}[1]{\\autref{#1}}" used after each name,
    the places labelled with "\\autlabel{1}" (ECEASST): the macro is read
    with its argument, and each author gets their own place."""
    m = read(write(tmp_path, r"""\documentclass{eceasst}
\newcommand{\authorRef}[1]{\texorpdfstring{\autref{#1}}{}}
\title{Counting the Samples Twice}
\author{Kim Park\authorRef{1}, Jo Bloggs\authorRef{2}\textsuperscript{,}\authorRef{1}}
\institute{
\autlabel{1} Research Software Engineering Group, University of Exampleton, UK\\
\autlabel{2} Department of Geography, University of Exampleton, UK\\
}
\begin{document}
\maketitle
Text.
\end{document}
"""))
    assert [a.name for a in m.authors] == ["Kim Park", "Jo Bloggs"]
    assert by_name(m)["Kim Park"].affiliations == ["Research Software Engineering Group, University of Exampleton, UK"]
    assert by_name(m)["Jo Bloggs"].affiliations == ["Department of Geography, University of Exampleton, UK", "Research Software Engineering Group, University of Exampleton, UK"]


def test_zero_width_spaces_in_authblk_keys_and_addresses_in_places(tmp_path):
    """A generator's "\\author[\\u200b1]{A}" keys the place "1"; an e-mail
    address and an ORCID iD printed inside a place are not part of it."""
    m = read(write(tmp_path, "\\documentclass{article}\n\\usepackage{authblk}\n\\title{Counting}\n"
        "\\author[\u200b1]{Kim Park}\n\\author[\u200b2]{Jo Bloggs}\n\\author[\u200b]{Ana Li}\n"
        "\\affil[1]{Scientific Software Center, University of Exampleton, UK; kim@example.org; ORCID: 0000-0002-1825-0097}\n"
        "\\affil[2]{Department of Geography; Exampleton, UK; jo@example.org}\n"
        "\\begin{document}\n\\maketitle\nText.\n\\end{document}\n"))
    assert by_name(m)["Kim Park"].affiliations == ["Scientific Software Center, University of Exampleton, UK"]
    assert by_name(m)["Jo Bloggs"].affiliations == ["Department of Geography; Exampleton, UK"]
    assert by_name(m)["Ana Li"].affiliations == []


@pytest.mark.parametrize("address", ["jo [at] example [dot] org", "jo(at)example.org", "jo\\{at\\}example.org"])
def test_an_address_written_out_against_harvesting_is_not_part_of_a_place(tmp_path, address):
    """"jo(at)example.org" is an e-mail address as much as "jo@example.org"."""
    m = read(write(tmp_path, "\\documentclass{article}\n\\usepackage{authblk}\n\\title{Counting}\n"
        "\\author[1]{Jo Bloggs}\n"
        f"\\affil[1]{{Department of Geography; Exampleton, UK; {address}}}\n"
        "\\begin{document}\n\\maketitle\nText.\n\\end{document}\n"))
    assert by_name(m)["Jo Bloggs"].affiliations == ["Department of Geography; Exampleton, UK"]


@pytest.mark.parametrize("switch", [r"\let\pwiflocal=\iffalse", r"\let\pwiflocal\iffalse", r"\let \ifdraft = \iffalse", r"\let\ifdraft=\iftrue"])
def test_a_switch_set_to_false_opens_no_branch(tmp_path, switch):
    r"""AASTeX papers set switches before the document ("\let\pwiflocal=\iffalse"):
    that is a meaning given, not an \iffalse branch, so the paper after it is
    read whole, while a real \iffalse branch is still left out."""
    from techcost.parsers.latex import parse

    p = tmp_path / "ms.tex"
    p.write_text(
        "\\documentclass{aastex631}\n" + switch + " \\let\\pwifjournal=\\iffalse\n\\begin{document}\n\\title{Starspots}\n"
        "\\author{Kim Park}\n\\affiliation{Example University}\n\\author{Jo A. Bloggs}\n\\affiliation{Example Institute}\n"
        "\\section{Introduction}\nText.\n\\iffalse\n\\section{Old draft}\nGone.\n\\fi\n\\section{Data}\nMore text.\n\\end{document}\n",
        encoding="utf-8",
    )
    m = parse(p, display_path="ms.tex")
    assert m.title == "Starspots"
    assert [a.name for a in m.authors] == ["Kim Park", "Jo A. Bloggs"]
    text = " ".join(b.text for b in m.blocks) if hasattr(m, "blocks") else json.dumps(m.model_dump(mode="json"))
    assert "Gone." not in text and "More text." in text


@pytest.mark.parametrize(
    ("define", "shown"),
    [
        (r"\newcommand{\blind}{0}", True),
        (r"\newcommand{\blind}{1}", False),
        (r"\providecommand{\blind}{1}", False),
        (r"\def\blind{0}", True),
        (r"\newcommand{\blind}{1}\renewcommand{\blind}{0}", True),
    ],
)
def test_a_blinding_switch_shows_the_authors_only_when_it_is_off(tmp_path, define, shown):
    r"""JASA's template: "\if0\blind \author{...} \fi" prints the authors when
    \blind is 0 and hides them when it is 1; the switch's own definition
    decides, as TeX would."""
    from techcost.parsers.latex import parse

    p = tmp_path / "ms.tex"
    p.write_text(
        "\\documentclass{article}\n" + define + "\n\\title{A study}\n\\if0\\blind\n\\author{Kim Park, Jo A. Bloggs and Ana Li\\\\\nExample University}\n\\fi\n"
        "\\if1\\blind\n\\bigskip\n\\fi\n\\begin{document}\n\\maketitle\n\\section{Introduction}\nText.\n\\end{document}\n",
        encoding="utf-8",
    )
    names = [a.name for a in parse(p, display_path="ms.tex").authors]
    assert names == (["Kim Park", "Jo A. Bloggs", "Ana Li"] if shown else [])


def test_authors_set_as_the_columns_of_a_table_get_their_own_places(tmp_path):
    """"\\author{\\begin{tabular}{cc} A & B \\\\ Place of A & Place of B
    \\end{tabular}}": each name with the lines under it in its column (an
    e-mail address among them is the author's), not every place for all."""
    p = write(
        tmp_path,
        "\\documentclass{article}\n\\begin{document}\n\\title{Widgets}\n\\author{\n\\begin{tabular}{ccc}\n"
        "Ada Quillfeather & Bruno Tasselhoff & Cleo Marrowind \\\\\n"
        "Bioimaging Unit & Factory Foundation & Department of Physics \\\\\n"
        "Atlantis University & Lemuria & Atlantis University \\\\\n"
        "\\texttt{ada@example.org} & \\texttt{bruno@example.org} & \\\\\n"
        "\\end{tabular}}\n\\maketitle\n\\end{document}\n",
    )
    m = read(p)
    assert [(a.name, a.affiliations, a.email) for a in m.authors] == [
        ("Ada Quillfeather", ["Bioimaging Unit, Atlantis University"], "ada@example.org"),
        ("Bruno Tasselhoff", ["Factory Foundation, Lemuria"], "bruno@example.org"),
        ("Cleo Marrowind", ["Department of Physics, Atlantis University"], None),
    ]


def test_a_table_for_each_author_is_still_read_author_by_author(tmp_path):
    # (guard) "\author{\begin{tabular}{c} A \\ Place \end{tabular} \and \begin{tabular}{c} B ...}"
    p = write(
        tmp_path,
        "\\documentclass{article}\n\\begin{document}\n\\title{Widgets}\n\\author{\\begin{tabular}{c}Ada Quillfeather \\\\ Atlantis University\\end{tabular}"
        " \\and \\begin{tabular}{c}Bruno Tasselhoff \\\\ Factory Foundation\\end{tabular}}\n\\maketitle\n\\end{document}\n",
    )
    assert [(a.name, a.affiliations) for a in read(p).authors] == [("Ada Quillfeather", ["Atlantis University"]), ("Bruno Tasselhoff", ["Factory Foundation"])]


_RNW = r"""\documentclass{article}
\title{A study of things}
\author{Ann Lee\\University of Exampleton \and Bo Kim\\Sample Institute}
\begin{document}
\maketitle
<<setup, include=FALSE>>=
library(knitr)
f <- function(x) { if (x > 1) { "}" } else { "\\author{Not Me}" } }
@
\section{Methods}
We measured \Sexpr{nrow(d)} samples.
<<plot, fig.width=4>>=
plot(d)
@ A remark after the chunk's end.
\section*{Acknowledgements}
We thank Cy Park for technical assistance with the confocal microscope.
\end{document}
"""


@pytest.mark.parametrize("suffix", [".Rnw", ".rnw", ".Snw"])
def test_a_sweave_or_knitr_paper_is_read_as_its_latex(tmp_path, suffix):
    p = tmp_path / f"paper{suffix}"
    p.write_text(_RNW, encoding="utf-8")
    m = parse(p, display_path=p.name)
    assert m.format == "latex" and m.title == "A study of things"
    assert [a.name for a in m.authors] == ["Ann Lee", "Bo Kim"]
    assert [s.kind for s in m.sections if s.kind in ("methods", "acknowledgements")] == ["methods", "acknowledgements"]
    ack = next(s for s in m.sections if s.kind == "acknowledgements")
    assert ack.blocks[0].location.line == _RNW.splitlines().index("We thank Cy Park for technical assistance with the confocal microscope.") + 1
    assert "library(knitr)" not in " ".join(b.text for s in m.sections for b in s.blocks)


def test_a_knitr_child_chunk_is_read_as_an_include(tmp_path):
    (tmp_path / "wrapper.Rnw").write_text(
        "\\documentclass{report}\n\\begin{document}\n<<intro, child='article.Rnw', eval=TRUE>>=\n@\n\\end{document}\n", encoding="utf-8"
    )
    (tmp_path / "article.Rnw").write_text(
        "\\title{A study}\n\\author{Ann Lee, Bo Kim and Cy Park}\n\\maketitle\n<<x>>=\nsummary(cars)\n@\n\\section{Introduction}\nText.\n", encoding="utf-8"
    )
    m = parse(tmp_path / "wrapper.Rnw", display_path="wrapper.Rnw")
    assert [a.name for a in m.authors] == ["Ann Lee", "Bo Kim", "Cy Park"]
    assert "article.Rnw" in " ".join(m.parts)


def test_a_folder_checks_the_rnw_not_the_latex_knitr_wove_from_it(tmp_path):
    (tmp_path / "paper.Rnw").write_text(_RNW, encoding="utf-8")
    (tmp_path / "paper.tex").write_text(_RNW.replace("<<", "%").replace("@\n", "\n"), encoding="utf-8")
    result = runner.invoke(app, ["inspect", "--format", "json", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "paper.Rnw" in result.output and "paper.tex" not in result.output


def test_a_real_knitr_manuscript_is_read_as_its_latex():
    """A knitr paper as its authors keep it (tests/data/README.md): the
    title, the five authblk authors, and no R code among the text."""
    path = Path(__file__).parent / "data" / "rnw-microperimetry" / "manuscript.Rnw"
    m = parse(path, display_path="manuscript.Rnw")
    assert m.format == "latex" and m.title.startswith("Characterisation of field loss based on microperimetry")
    assert [a.name for a in m.authors] == ["Thomas S. A. Wallis", "Christopher Patrick Taylor", "Jennifer Wallis", "Mary Lou Jackson", "Peter J. Bex"]
    text = " ".join(b.text for s in m.sections for b in s.blocks)
    assert "methods" in [s.kind for s in m.sections]
    assert "<<" not in text and "library(" not in text


AFFILIATION_GAPS = {
    # AMS: every author of \extraauthor has the \extraaffil after it
    "extraaffil_group": (
        "\\documentclass{ametsocV6}\\title{A study}\\authors{Ann Lee}\\affiliation{University of Exampleton}"
        "\\extraauthor{Bo Kim and Cy Park}\\extraaffil{Sample Institute}\n\\begin{document}\\maketitle\nText.\n\\end{document}\n"
    ),
    # a note's place named again by its number
    "footnotemark": (
        "\\documentclass{article}\\title{A study}\\author{Ann Lee\\footnote{Sample Institute}, Bo Kim\\footnote{University of Exampleton}"
        " and Cy Park\\footnotemark[1]}\n\\begin{document}\\maketitle\nText.\n\\end{document}\n"
    ),
    # SciPost: names and places in centred blocks of the body, a symbol glued to a place's number
    "centred_places": (
        "\\documentclass[submission]{SciPost}\n\\begin{document}\n\\begin{center}{\\Large \\textbf{A study}}\\end{center}\n"
        "\\begin{center}\n\\textbf{Ann Lee\\textsuperscript{1$\\star$}, Bo Kim\\textsuperscript{2} and Cy Park\\textsuperscript{1}}\n\\end{center}\n"
        "\\begin{center}\n{\\bf 1} Sample Institute\n\\\\\n{\\bf 2} University of Exampleton\n\\\\\n${}^\\star$ {\\small \\sf ann@example.org}\n\\end{center}\n"
        "\\section*{Abstract}\nText.\n\\end{document}\n"
    ),
}
AFFILIATION_WANTED = {
    "extraaffil_group": {"Ann Lee": ["University of Exampleton"], "Bo Kim": ["Sample Institute"], "Cy Park": ["Sample Institute"]},
    "footnotemark": {"Ann Lee": ["Sample Institute"], "Bo Kim": ["University of Exampleton"], "Cy Park": ["Sample Institute"]},
    "centred_places": {"Ann Lee": ["Sample Institute"], "Bo Kim": ["University of Exampleton"], "Cy Park": ["Sample Institute"]},
}


@pytest.mark.parametrize("shape", sorted(AFFILIATION_GAPS))
def test_every_author_gets_the_place_the_template_gives_them(tmp_path, shape):
    m = read(write(tmp_path, AFFILIATION_GAPS[shape]))
    assert {a.name: a.affiliations for a in m.authors} == AFFILIATION_WANTED[shape]


@pytest.mark.parametrize("shape", sorted(AFFILIATION_GAPS))
def test_a_core_facility_given_by_any_template_shape_makes_its_authors_technical(tmp_path, shape):
    from techcost import api
    from techcost.analysis import analyser
    from techcost.engine.inputs import parse_one

    p = write(tmp_path, AFFILIATION_GAPS[shape].replace("Sample Institute", "Bioimaging Core Facility, Sample Institute"))
    _, rs = api.load()
    m = parse_one(p, rs).model
    tech = analyser(rs.lexicons).analyse(m).technical_authors
    want = sorted(n for n, places in AFFILIATION_WANTED[shape].items() if "Sample Institute" in places)
    assert sorted(m.authors[i].name for i in tech) == want


@pytest.mark.parametrize("command", ["\\bibliographystyle{aasjournal}", "\\bibstyle{aasjournal.bst}"])
def test_an_aas_closing_keeps_the_bibliography_style_out_of_the_acknowledgements(tmp_path, command):
    text = (
        "\\documentclass{aastex631}\n\\begin{document}\n\\title{T}\n\\author{Kim Park}\n\\section{Intro}\nText.\n"
        "\\begin{acknowledgments}\nWe thank the staff of the Example Data Centre for their help.\n\\end{acknowledgments}\n"
        f"\\bibliography{{refs}}\n{command}\n\\end{{document}}\n"
    )
    m = read(write(tmp_path, text))
    assert "aasjournal" not in "\n".join(b.text for s in m.sections for b in s.blocks)


def test_cli_inspect_of_a_part_reads_the_paper_that_includes_it(chdir_tmp):
    """``inspect`` reads what ``check`` reads: a part given alone is read as
    the paper that includes it, and the output says so; a part nothing
    includes is read on its own, with no note."""
    import shutil

    shutil.copytree(PROJECT, chdir_tmp / "proj")
    r = runner.invoke(app, ["inspect", "proj/sections/intro.tex"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["path"] == "proj/main.tex" and "intro.tex" in data["note"]
    assert data["manuscript"]["authors"], "the title page is in the main file"
    r = runner.invoke(app, ["inspect", "proj/sections/intro.tex", "--format", "text"])
    assert r.exit_code == 0 and "note: read as part of proj/main.tex" in r.stdout
    (chdir_tmp / "alone.tex").write_text("\\section{Acknowledgements}\nWe thank Kim Park for technical help.\n", encoding="utf-8")
    r = runner.invoke(app, ["inspect", "alone.tex"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["path"] == "alone.tex" and "note" not in data


@pytest.mark.parametrize(
    "closing",
    [
        "This project used data obtained with the Dark Energy Camera, which was constructed by the Dark Energy Survey collaboration. "
        "Funding for the DES Projects has been provided by the DOE and NSF (USA), MISE (Spain), STFC (UK), HEFCE (UK) and NCSA (UIUC).",
        "Funding for the Sloan Digital Sky Survey IV has been provided by the Alfred P. Sloan Foundation, the U.S. Department of Energy "
        "Office of Science, and the Participating Institutions, whose list is on the survey's web site.",
        "This work is based on observations made with the NASA/ESA Hubble Space Telescope.",
        "The research used resources of the Oak Ridge Leadership Computing Facility.",
    ],
)
def test_thanks_followed_by_a_data_or_funding_statement_close_the_body(tmp_path, closing):
    """Untitled thanks followed by the statements astronomy and physics
    papers end them with (data used, observations, who funded a survey)
    are the acknowledgements, statement and all; the paragraph before them
    stays in the body."""
    tex = (
        "\\documentclass{aastex631}\n\\begin{document}\n\\section{Results}\nText.\n\n\\section{Conclusions}\n"
        "We will extend the survey next year.\n\nWe thank Kim Park for help with the observing runs.\n\n" + closing + "\n\n\\end{document}\n"
    )
    m = read(write(tmp_path, tex))
    acks = [s for s in m.sections if s.kind == "acknowledgements"]
    assert len(acks) == 1 and [b.text[:8] for b in acks[0].blocks] == ["We thank", closing[:8]]


@pytest.mark.parametrize(
    "closing",
    ["Our results are based on data collected over two seasons.", "This model used data from three stations and will be extended."],
)
def test_a_conclusion_about_the_data_is_no_acknowledgement(tmp_path, closing):
    tex = "\\documentclass{article}\n\\begin{document}\n\\section{Results}\nText.\n\n\\section{Conclusions}\nWe found more.\n\n" + closing + "\n\n\\end{document}\n"
    m = read(write(tmp_path, tex))
    assert not m.acknowledgements_present


def test_a_layout_macros_condition_is_no_text(tmp_path):
    """A macro that only adjusts the layout ("\\manuscriptadjust", defined
    with "\\ifthenelse{\\boolean{@twocolumn}}{}{\\clearpage}") and used before
    the acknowledgements prints nothing into them."""
    tex = (
        "\\documentclass{article}\n\\usepackage{ifthen}\n"
        "\\newcommand\\manuscriptadjust{\n\\makeatletter\n\\ifthenelse{\\boolean{@twocolumn}}{}{~\\clearpage}\n\\makeatother\n}\n"
        "\\begin{document}\n\\section{Results}\nText.\n\n\\manuscriptadjust\n\\section{Acknowledgments}\nWe thank Kim Park for technical help.\n\n"
        "\\manuscriptadjust\n\\bibliographystyle{plain}\n\\end{document}\n"
    )
    m = read(write(tmp_path, tex))
    ack = [b.text for s in m.sections if s.kind == "acknowledgements" for b in s.blocks]
    assert ack == ["We thank Kim Park for technical help."]
