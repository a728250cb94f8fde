"""Author blocks in every common template: each LaTeX class and Markdown
front-matter or body convention gives the same three authors (and, where
the template says so, their affiliations)."""

from __future__ import annotations

import pytest

from techcost.parsers.latex import parse as parse_latex
from techcost.parsers.markdown import parse as parse_markdown

AUTHORS = ["Kim Park", "Jo A. Bloggs", "Ana del Río"]

LATEX = {
"rsc-title-lines": r"""\documentclass{article}
\begin{document}
\noindent\LARGE{\textbf{A study}} \\%
\noindent\large{Kim Park,\textit{$^{a}$} Jo A. Bloggs,\textit{$^{b}$} and Ana del R\'io\textit{$^{a}$}} \\%
\footnotetext{\textit{$^{a}$~Example University}}
\footnotetext{\textit{$^{b}$~Example Institute}}
\section{Intro} Text.
\end{document}""",
"elsarticle": r"""\documentclass{elsarticle}
\begin{document}
\begin{frontmatter}
\title{A study}
\author[a]{Kim Park}
\author[b]{Jo A. Bloggs\corref{cor1}}
\author[a,b]{Ana del R\'io}
\address[a]{Example University, UK}
\address[b]{Imaging Facility, Example Institute}
\end{frontmatter}
\section{Intro} Text.
\end{document}""",
"springer-fnm": r"""\documentclass{sn-jnl}
\begin{document}
\title{A study}
\author*[1]{\fnm{Kim} \sur{Park}}\email{k@x.org}
\author[2]{\fnm{Jo A.} \sur{Bloggs}}
\author[1,2]{\fnm{Ana} \sur{del R\'io}}
\affil[1]{\orgdiv{Dept}, \orgname{Example University}}
\affil[2]{\orgname{Example Institute}}
\maketitle
\section{Intro} Text.
\end{document}""",
"aa-inst": r"""\documentclass{aa}
\begin{document}
\title{A study}
\author{K. Park\inst{1} \and J. A. Bloggs\inst{2} \and A. del R\'io\inst{1,2}}
\institute{Example University, UK \and Example Institute}
\maketitle
\section{Intro} Text.
\end{document}""",
"revtex": r"""\documentclass{revtex4-2}
\begin{document}
\title{A study}
\author{Kim Park}
\affiliation{Example University}
\author{Jo A. Bloggs}
\email{j@x.org}
\affiliation{Example Institute}
\author{Ana del R\'io}
\affiliation{Example University}
\maketitle
\section{Intro} Text.
\end{document}""",
"ieee": r"""\documentclass{IEEEtran}
\begin{document}
\title{A study}
\author{\IEEEauthorblockN{Kim Park\IEEEauthorrefmark{1}, Jo A. Bloggs\IEEEauthorrefmark{2} and Ana del R\'io\IEEEauthorrefmark{1}}
\IEEEauthorblockA{\IEEEauthorrefmark{1}Example University}
\IEEEauthorblockA{\IEEEauthorrefmark{2}Example Institute}}
\maketitle
\section{Intro} Text.
\end{document}""",
"copernicus": r"""\documentclass{copernicus}
\begin{document}
\title{A study}
\Author[1]{Kim}{Park}
\Author[2]{Jo A.}{Bloggs}
\Author[1,2]{Ana}{del R\'io}
\affil[1]{Example University}
\affil[2]{Example Institute}
\correspondence{Kim Park (k@x.org)}
\maketitle
\section{Intro} Text.
\end{document}""",
"mnras": r"""\documentclass{mnras}
\title{A study}
\author[K. Park et al.]{Kim Park,$^{1}$\thanks{E-mail: k@x.org} Jo A. Bloggs$^{2}$ and Ana del R\'io$^{1,2}$
\\
$^{1}$Example University, UK\\
$^{2}$Example Institute}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"aastex": r"""\documentclass{aastex631}
\begin{document}
\title{A study}
\author[0000-0002-1825-0097]{Kim Park}
\affiliation{Example University}
\author{Jo A. Bloggs}
\affiliation{Example Institute}
\author{Ana del R\'io}
\affiliation{Example University}
\section{Intro} Text.
\end{document}""",
"frontiers": r"""\documentclass{frontiersSCNS}
\begin{document}
\author[\firstAuthorLast ]{Kim Park\,$^{1,*}$, Jo A. Bloggs\,$^{2}$ and Ana del R\'io\,$^{1}$}
\address{}
\correspondance{}
\extraAuth{}
\maketitle
\section{Intro} Text.
\end{document}""",
"achemso": r"""\documentclass{achemso}
\author{Kim Park}
\affiliation{Example University}
\author{Jo A. Bloggs}
\email{j@x.org}
\affiliation{Example Institute}
\author{Ana del R\'io}
\affiliation{Example University}
\title{A study}
\begin{document}
\section{Intro} Text.
\end{document}""",
"authblk": r"""\documentclass{article}
\usepackage{authblk}
\title{A study}
\author[1]{Kim Park}
\author[2]{Jo A. Bloggs}
\author[1,2]{Ana del R\'io}
\affil[1]{Example University}
\affil[2]{Example Institute}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"article-and": r"""\documentclass{article}
\title{A study}
\author{Kim Park\thanks{Example University} \and Jo A. Bloggs\thanks{Example Institute} \and Ana del R\'io}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"article-tabular": r"""\documentclass{article}
\title{A study}
\author{\begin{tabular}{c}Kim Park\\Example University\end{tabular} \and \begin{tabular}{c}Jo A. Bloggs\\Example Institute\end{tabular} \and \begin{tabular}{c}Ana del R\'io\\Example University\end{tabular}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"plos": r"""\documentclass{article}
\begin{document}
\begin{flushleft}
{\Large
\textbf\newline{A study}
}
\newline
\\
Kim Park\textsuperscript{1,*},
Jo A. Bloggs\textsuperscript{2},
Ana del R\'io\textsuperscript{1}
\\
\bigskip
\textbf{1} Example University
\\
\textbf{2} Example Institute
\end{flushleft}
\section*{Abstract} Text.
\end{document}""",
"llncs": r"""\documentclass{llncs}
\begin{document}
\title{A study}
\author{Kim Park\inst{1} \and Jo A. Bloggs\inst{2}\orcidID{0000-0002-1825-0097} \and Ana del R\'io\inst{1}}
\institute{Example University \and Example Institute \email{j@x.org}}
\maketitle
\section{Intro} Text.
\end{document}""",
"acm": r"""\documentclass{acmart}
\begin{document}
\title{A study}
\author{Kim Park}
\affiliation{\institution{Example University}\country{UK}}
\author{Jo A. Bloggs}
\email{j@x.org}
\affiliation{\institution{Example Institute}\country{UK}}
\author{Ana del R\'io}
\affiliation{\institution{Example University}\country{UK}}
\maketitle
\section{Intro} Text.
\end{document}""",
"elsarticle-inline": r"""\documentclass{elsarticle}
\begin{document}
\begin{frontmatter}
\title{A study}
\author{Kim Park\fnref{fn1}}
\ead{k@x.org}
\author{Jo A. Bloggs}
\author{Ana del R\'io}
\address{Example University, UK}
\end{frontmatter}
\section{Intro} Text.
\end{document}""",
"wiley-names-comma": r"""\documentclass{article}
\title{A study}
\author{Kim Park$^{1}$, Jo A. Bloggs$^{2}$, Ana del R\'io$^{1}$\\
\small $^{1}$Example University, $^{2}$Example Institute}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# AAAI: each name ends its line with a mark made by a macro of no arguments, and no comma
"aaai-marks-end-lines": r"""\documentclass{article}
\title{A study}
\author{
    Kim Park\equalcontrib,
    Jo A. Bloggs\equalcontrib
    Ana del R\'io\equalcontrib
}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# a cover page that labels its names in bold in the body ("\textbf{Authors:} A$^{1}$, B$^{2}$")
"authors-label-in-the-body": r"""\documentclass{article}
\begin{document}
\textbf{Title:} A study\\

\textbf{Authors:}  Kim Park$^{1,*}$, Jo A. Bloggs$^{2}$, Ana del R\'io$^{1,2}$\\

1: Example University, Exampleton\\

2: Example Institute, Exampletown\\

\section{Intro} Text.
\end{document}""",
}

MARKDOWN = {
"joss.md": """---
title: A tool
authors:
  - name: Kim Park
    orcid: 0000-0002-1825-0097
    affiliation: "1, 2"
  - name: Jo A. Bloggs
    affiliation: 2
  - name: Ana del Río
    affiliation: 1
affiliations:
  - name: Example University
    index: 1
  - name: Example Institute
    index: 2
date: 1 January 2024
bibliography: paper.bib
---

# Summary

Text.
""",
"quarto.qmd": """---
title: A study
author:
  - name: Kim Park
    affiliations:
      - ref: eu
  - name:
      given: Jo A.
      family: Bloggs
    affiliations:
      - ref: ei
  - name: Ana del Río
    affiliations:
      - ref: eu
affiliations:
  - id: eu
    name: Example University
  - id: ei
    name: Example Institute
---

## Introduction

Text.
""",
"rticles.Rmd": """---
title: A study
author:
  - name: Kim Park
    affiliation: a
    footnote: 1
  - name: Jo A. Bloggs
    affiliation: b
  - name: Ana del Río
    affiliation: a,b
address:
  - code: a
    address: Example University
  - code: b
    address: Example Institute
output: rticles::elsevier_article
---

# Introduction

Text.
""",
"pandoc-string.md": """---
title: A study
author: Kim Park, Jo A. Bloggs and Ana del Río
---

# Introduction

Text.
""",
"pandoc-list.md": """---
title: A study
author:
- Kim Park
- Jo A. Bloggs
- Ana del Río
---

# Introduction

Text.
""",
"pandoc-institute.md": """---
title: A study
author:
  - Kim Park:
      institute: eu
  - Jo A. Bloggs:
      institute: ei
  - Ana del Río:
      institute: eu
institute:
  - eu: Example University
  - ei: Example Institute
---

# Introduction

Text.
""",
"body-bold.md": """# A study

**Authors:** Kim Park^1^, Jo A. Bloggs^2^, Ana del Río^1^

^1^ Example University; ^2^ Example Institute

## Introduction

Text.
""",
"rmd-sup.Rmd": """---
title: A study
author: "Kim Park^1^, Jo A. Bloggs^2^ and Ana del Río^1,2^"
---

# Introduction

Text.
""",
"body-plain.md": """# A study

Kim Park, Jo A. Bloggs, Ana del Río

Example University

## Abstract

Text.
""",
"yaml-authors-email.Rmd": """---
title: "A study"
author:
  - Kim Park, Example University, k@x.org
  - Jo A. Bloggs, Example Institute
  - Ana del Río, Example University
---

# Introduction

Text.
""",
"quarto-author-string-affil.qmd": """---
title: A study
author:
  - name: Kim Park
    affiliation: Example University
    email: k@x.org
    corresponding: true
  - name: Jo A. Bloggs
    affiliation: Example Institute
  - name: Ana del Río
    affiliation: Example University
---

# Introduction

Text.
""",
}

MARKDOWN_MORE = {
"string-with-addresses.Rmd": """---
title: "A study of things"
author: "Kim Park (kim@example.org), Jo A. Bloggs <jo@example.org> and Ana del Río (ana@example.org)"
output: bookdown::gitbook
---

# Introduction

Text.
""",
"subtitle-bracket-marks.Rmd": """---
title: "A study of things"
subtitle: "Kim Park (a), Jo A. Bloggs (b,c) and
  Ana del Río (a,c)"
output: bookdown::pdf_document2
---

# Introduction

Text.
""",
"joss-inline-note.md": """---
title: 'A study of things'
authors:
  - name: Kim Park^[Corresponding author]
    corresponding: true
    affiliation: 1
  - name: Jo A. Bloggs^[These authors contributed equally]
    affiliation: 1
  - name: Ana del Río
    affiliation: 1
affiliations:
  - name: Example University
    index: 1
---

# Summary

Text.
""",
    "contributed-by.Rmd": "# A study of hake\n\nContributed by Kim Park, Jo A. Bloggs, Ana del Río\n\n## Introduction\n\nText.\n",
    "subtitle.qmd": (
        "---\ntitle: A study\nsubtitle: |\n  \\raggedright Kim Park^1,\\*^ , Jo A. Bloggs^1,2^, Ana del Río^2^ \\newline<br>"
        "^1^Example University \\newline<br>^2^ Example Institute \\newline<br> ^\\*^Correspondence: k @ x.org\n---\n\n# Introduction\n\nText.\n"
    ),
    "name-paren.Rmd": (
        "---\ntitle: A study\nauthor:\n  - Kim Park (Example University, k@x.org)\n  - Jo A. Bloggs (Example Institute)\n"
        "  - Ana del Río (Example University)\n---\n\n# Introduction\n\nText.\n"
    ),
}


LATEX.update(
    {
        # a names line that goes on after a line break ends with a comma or "and"
        "svjour3-lines": "\\documentclass{svjour3}\n\\title{A study}\n\\author{Kim Park,\\\\ %\n  Jo A. Bloggs, and\\\\%\n  Ana del R\\'io}\n"
        "\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}",
        # the group the authors write for, then its members
        "team-lead": "\\documentclass{article}\n\\title{A study}\n\\author{The Example Developers' team: Kim Park \\and Jo A. Bloggs \\and Ana del R\\'io}\n"
        "\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}",
        # one author block in each branch of a conditional: each author once
        "if-branches": "\\documentclass{article}\n\\def\\long{1}\n\\if\\long1\n\\author{Kim Park, Jo A. Bloggs and Ana del R\\'io}\n\\else\n"
        "\\author{Kim Park \\and Jo A. Bloggs \\and Ana del R\\'io}\n\\fi\n\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}",
        "spconf-twoauthors": "\\documentclass{article}\n\\title{A study}\n\\twoauthors{Kim Park, Jo A. Bloggs}{Example University, UK}{Ana del R\\'io}{Example Institute, France}\n"
        "\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}",
        # an e-mail address in angle brackets (set in maths) or in round ones after each name
        "authblk-email-in-name": "\\documentclass{article}\n\\usepackage{authblk}\n\\author[1]{Kim Park $<$kim@example.org$>$}\n"
        "\\author[2]{Jo A. Bloggs (jo.bloggs@example.ac.uk)}\n\\author[1,2]{Ana del R\\'io $<$ana@example.org$>$}\n"
        "\\affil[1]{Example University, UK}\n\\affil[2]{Imaging Facility, Example Institute}\n\\title{A study}\n"
        "\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}",
    }
)


def _latex_authors(tmp_path, text: str) -> list:
    p = tmp_path / "paper.tex"
    p.write_text(text, encoding="utf-8")
    return parse_latex(p, display_path="paper.tex").authors


@pytest.mark.parametrize("name", sorted(LATEX))
def test_latex_author_blocks(tmp_path, name):
    authors = [a.name for a in _latex_authors(tmp_path, LATEX[name])]
    expected = ["K. Park", "J. A. Bloggs", "A. del Río"] if name == "aa-inst" else AUTHORS
    assert authors == expected


@pytest.mark.parametrize("name", sorted({**MARKDOWN, **MARKDOWN_MORE}))
def test_markdown_author_blocks(tmp_path, name):
    text = {**MARKDOWN, **MARKDOWN_MORE}[name]
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    m = parse_markdown(p, display_path=name, lexicons={}, as_paper=True)
    assert [a.name for a in m.authors] == AUTHORS
    if "Example Institute" in text and name not in ("pandoc-list.md", "pandoc-string.md", "rmd-sup.Rmd", "contributed-by.Rmd"):
        assert any("Example Institute" in af for a in m.authors for af in a.affiliations)


def test_a_title_then_a_sentence_is_not_an_author_line(tmp_path):
    p = tmp_path / "notes.md"
    p.write_text("# A study\n\nWe rode bicycles, and they were fast.\n\n## Methods\n\nText.\n", encoding="utf-8")
    assert parse_markdown(p, display_path="notes.md", lexicons={}, as_paper=True).authors == []


def test_a_drafting_placeholder_beside_a_name_is_not_part_of_it(tmp_path):
    p = tmp_path / "paper.tex"
    p.write_text(
        "\\documentclass{aa}\n\\begin{document}\n\\title{A study}\n"
        "\\author{K. Park \\inst{1} \\and J. Hayoz\n TBD\n \\inst{2} \\and A. Li [TODO] \\inst{1}}\n"
        "\\institute{Example University \\and Example Institute}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}\n",
        encoding="utf-8",
    )
    assert [a.name for a in parse_latex(p, display_path="paper.tex").authors] == ["K. Park", "J. Hayoz", "A. Li"]


def test_a_setext_title_then_the_names(tmp_path):
    p = tmp_path / "paper.md"
    p.write_text(
        "A study of bicycles\n===================\n\nKim Park, Jo A. Bloggs\n\nMethods\n-------\n\nWe rode.\n", encoding="utf-8"
    )
    m = parse_markdown(p, display_path="paper.md", lexicons={}, as_paper=True)
    assert m.title == "A study of bicycles" and [a.name for a in m.authors] == ["Kim Park", "Jo A. Bloggs"]


def test_bold_pseudo_headings_are_not_authors(tmp_path):
    p = tmp_path / "paper.md"
    p.write_text("**A study**\n\n**Abstract**\n\nWe studied.\n\n**Acknowledgements**\n\nWe thank Sam Lee.\n", encoding="utf-8")
    assert parse_markdown(p, display_path="paper.md", lexicons={}, as_paper=True).authors == []


# more classes, each checked for names and for the affiliation each author's mark points to
LATEX_AFFILIATED = {
"date-affiliations": r"""\documentclass{article}
\title{A study}
\author{Kim Park$^{1,*}$, Jo A. Bloggs$^{2}$ and Ana del R\'io$^{1}$}
\date{$^1$Example University\\$^2$Example Institute\\$^*$Corresponding author: kim@example.edu}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"jss": r"""\documentclass{jss}
\author{Kim Park\\Example University \And Jo A. Bloggs\\Example Institute \And Ana del R\'io\\Example University}
\title{A study}
\begin{document}
\section{Intro} Text.
\end{document}""",
"amsart": r"""\documentclass{amsart}
\begin{document}
\title{A study}
\author{Kim Park}
\address{Example University}
\email{k@x.org}
\author{Jo A. Bloggs}
\address{Example Institute}
\author{Ana del R\'io}
\address{Example University}
\maketitle
\section{Intro} Text.
\end{document}""",
"siam": r"""\documentclass{siamart}
\title{A study}
\author{Kim Park\thanks{Example University (\email{k@x.org}).}
\and Jo A. Bloggs\thanks{Example Institute.}
\and Ana del R\'io\footnotemark[1]}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"lipics": r"""\documentclass{lipics-v2021}
\title{A study}
\author{Kim Park}{Example University, UK}{k@x.org}{}{}
\author{Jo A. Bloggs}{Example Institute}{}{}{}
\author{Ana del R\'io}{Example University}{}{}{}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"optica": r"""\documentclass{optica-article}
\title{A study}
\author{Kim Park,\authormark{1} Jo A. Bloggs,\authormark{2} and Ana del R\'io\authormark{1,*}}
\address{\authormark{1}Example University\\
\authormark{2}Example Institute}
\email{\authormark{*}a@x.org}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"ametsoc": r"""\documentclass{ametsocV6}
\title{A study}
\authors{Kim Park\correspondingauthor{Kim Park, k@x.org}\aff{a}, Jo A. Bloggs\aff{b}, and Ana del R\'io\aff{a}}
\affiliation{\aff{a}{Example University}
\aff{b}{Example Institute}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"apa7": r"""\documentclass[man]{apa7}
\title{A study}
\authorsnames[1,2,1]{Kim Park, Jo A. Bloggs, Ana del R\'io}
\authorsaffiliations{{Example University},{Example Institute}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"peerj": r"""\documentclass{wlpeerj}
\title{A study}
\author[1]{Kim Park}
\author[2]{Jo A. Bloggs}
\author[1]{Ana del R\'io}
\affil[1]{Example University}
\affil[2]{Example Institute}
\corrauthor[1]{Kim Park}{k@x.org}
\begin{document}
\flushbottom
\maketitle
\section{Intro} Text.
\end{document}""",
"iucr": r"""\documentclass{iucr}
\begin{document}
\title{A study}
\author[a]{Kim}{Park}
\author[b]{Jo A.}{Bloggs}
\author[a]{Ana}{del R\'io}
\aff[a]{Example University}
\aff[b]{Example Institute}
\maketitle
\section{Intro} Text.
\end{document}""",
"elife": r"""\documentclass{elife}
\title{A study}
\author[1]{Kim Park}
\author[2]{Jo A. Bloggs}
\author[1,2*]{Ana del R\'io}
\affil[1]{Example University}
\affil[2]{Example Institute}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"gji": r"""\documentclass{gji}
\title[short]{A study}
\author[K. Park et al.]{Kim Park$^1$, Jo A. Bloggs$^2$ and Ana del R\'io$^1$\\
$^1$Example University\\
$^2$Example Institute}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"tabular-center": r"""\documentclass{article}
\begin{document}
\begin{center}
{\Large A study}\\[1em]
Kim Park\textsuperscript{1}, Jo A. Bloggs\textsuperscript{2}, Ana del R\'io\textsuperscript{1}\\
\textsuperscript{1}Example University, \textsuperscript{2}Example Institute
\end{center}
\section{Intro} Text.
\end{document}""",
"scirep": r"""\documentclass{wlscirep}
\title{A study}
\author[1,*]{Kim Park}
\author[2]{Jo A. Bloggs}
\author[1]{Ana del R\'io}
\affil[1]{Example University}
\affil[2]{Example Institute}
\affil[*]{k@x.org}
\begin{document}
\flushbottom
\maketitle
\section{Intro} Text.
\end{document}""",
"interact": r"""\documentclass{interact}
\begin{document}
\title{A study}
\author{\name{Kim Park\textsuperscript{a}, Jo A. Bloggs\textsuperscript{b} and Ana del R\'io\textsuperscript{a}}
\affil{\textsuperscript{a}Example University; \textsuperscript{b}Example Institute}}
\maketitle
\section{Intro} Text.
\end{document}""",
"agu": r"""\documentclass[draft]{agujournal2019}
\title{A study of things}
\authors{Kim Park\affil{1}, Jo A. Bloggs\affil{2}, and Ana del Río\affil{1,2}}
\affiliation{1}{Affiliation One}
\affiliation{2}{Affiliation Two}
\correspondingauthor{Kim Park}{kim@example.org}
\begin{document}
\maketitle
\section{Introduction}
Text.
\end{document}""",
"ams": r"""\documentclass{ametsocV6.1}
\title{A study of things}
\authors{Kim Park\aff{a}, Jo A. Bloggs\aff{b}, and Ana del Río\aff{a}}
\affiliation{\aff{a}{Affiliation One}\aff{b}{Affiliation Two}}
\correspondingauthor{Kim Park, kim@example.org}
\begin{document}
\maketitle
\section{Introduction}
Text.
\end{document}""",
"bioinf": r"""\documentclass{bioinfo}
\begin{document}
\title[short]{A study of things}
\author[Park \textit{et~al}.]{Kim Park\,$^{\text{\sfb 1,}*}$, Jo A. Bloggs\,$^{\text{\sfb 2}}$ and Ana del Río\,$^{\text{\sfb 1}}$}
\address{$^{\text{\sf 1}}$Affiliation One and \\
$^{\text{\sf 2}}$Affiliation Two.}
\maketitle
\section{Introduction}
Text.
\end{document}""",
"cas": r"""\documentclass[a4paper,fleqn]{cas-sc}
\begin{document}
\title [mode = title]{A study of things}
\author[1]{Kim Park}[orcid=0000-0002-1825-0097]
\cormark[1]
\ead{kim@example.org}
\author[2]{Jo A. Bloggs}
\author[1,2]{Ana del Río}
\affiliation[1]{organization={Affiliation One}, city={X}, country={Y}}
\affiliation[2]{organization={Affiliation Two}, city={X}, country={Y}}
\cortext[cor1]{Corresponding author}
\maketitle
\section{Introduction}
Text.
\end{document}""",
"iop": r"""\documentclass[12pt]{iopart}
\begin{document}
\title{A study of things}
\author{Kim Park$^1$, Jo A. Bloggs$^2$ and Ana del Río$^1$}
\address{$^1$ Affiliation One}
\address{$^2$ Affiliation Two}
\ead{kim@example.org}
\section{Introduction}
Text.
\end{document}""",
"jmlr": r"""\documentclass[twoside,11pt]{article}
\usepackage{jmlr2e}
\title{A study of things}
\author{\name Kim Park \email kim@example.org \\
       \addr Affiliation One
       \AND
       \name Jo A. Bloggs \email jo@example.org \\
       \addr Affiliation Two
       \AND
       \name Ana del Río \email ana@example.org \\
       \addr Affiliation One}
\begin{document}
\maketitle
\section{Introduction}
Text.
\end{document}""",
"mdpi": r"""\documentclass[journal,article,submit,pdftex,moreauthors]{Definitions/mdpi}
\Title{A study of things}
\newcommand{\orcidauthorA}{0000-0000-0000-000X}
\Author{Kim Park $^{1,\dagger}$\orcidA{}, Jo A. Bloggs $^{2,\dagger}$ and Ana del Río $^{1,}$*}
\AuthorNames{Kim Park, Jo A. Bloggs and Ana del Río}
\address{%
$^{1}$ \quad Affiliation 1; e-mail@e-mail.com\\
$^{2}$ \quad Affiliation 2; e-mail@e-mail.com}
\corres{Correspondence: e-mail@e-mail.com}
\abstract{Text.}
\begin{document}
\section{Introduction}
Text.
\end{document}""",
"nature": r"""\documentclass{nature}
\title{A study of things}
\author{Kim Park$^{1}$, Jo A. Bloggs$^{2}$ \& Ana del Río$^{1,2}$}
\begin{document}
\maketitle
\begin{affiliations}
 \item Affiliation One
 \item Affiliation Two
\end{affiliations}
\section{Introduction}
Text.
\end{document}""",
"oup": r"""\documentclass[unnumsec,webpdf,contemporary,large]{oup-authoring-template}
\begin{document}
\title{A study of things}
\author[1,$\ast$]{Kim Park\ORCID{0000-0000-0000-0000}}
\author[2]{Jo A. Bloggs}
\author[1]{Ana del Río}
\authormark{Park et al.}
\address[1]{\orgdiv{Dept}, \orgname{Uni One}, \orgaddress{\street{S}, \postcode{P}, \country{C}}}
\address[2]{\orgname{Uni Two}}
\corresp[$\ast$]{Corresponding author. \href{mailto:k@x.org}{k@x.org}}
\maketitle
\section{Introduction}
Text.
\end{document}""",
"pnas": r"""\documentclass[9pt,twocolumn,twoside]{pnas-new}
\title{A study of things}
\author[a,1]{Kim Park}
\author[b]{Jo A. Bloggs}
\author[a,b,2]{Ana del Río}
\affil[a]{Affiliation One}
\affil[b]{Affiliation Two}
\begin{document}
\maketitle
\section{Introduction}
Text.
\end{document}""",
"tandf": r"""\documentclass[]{interact}
\begin{document}
\title{A study of things}
\author{\name{Kim Park\textsuperscript{a}\thanks{CONTACT Kim Park. Email: kim@example.org}, Jo A. Bloggs\textsuperscript{b} and Ana del Río\textsuperscript{a}}
\affil{\textsuperscript{a}Affiliation One; \textsuperscript{b}Affiliation Two}}
\maketitle
\section{Introduction}
Text.
\end{document}""",
"science": r"""\documentclass[12pt]{article}
\usepackage{scicite}
\title{A study}
\author
{Kim Park,$^{1\ast}$ Jo A. Bloggs,$^{2}$ Ana del Río$^{1,2}$\\
\\
\normalsize{$^{1}$Example University, UK}\\
\normalsize{$^{2}$Example Institute, France}\\
\\
\normalsize{$^\ast$To whom correspondence should be addressed; E-mail: kim@example.org.}
}
\date{}
\begin{document}
\baselineskip24pt
\maketitle
\section{Intro} Text.
\end{document}""",
"jhep": r"""\documentclass[a4paper,11pt]{article}
\usepackage{jheppub}
\title{A study}
\author[a,b]{Kim Park,}
\author[b]{Jo A. Bloggs}
\author[a]{and Ana del Río}
\affiliation[a]{Example University, UK}
\affiliation[b]{Example Institute, France}
\emailAdd{kim@example.org}
\abstract{We study.}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"icml": r"""\documentclass{article}
\usepackage{icml2023}
\begin{document}
\twocolumn[
\icmltitle{A study}
\begin{icmlauthorlist}
\icmlauthor{Kim Park}{equal,yyy}
\icmlauthor{Jo A. Bloggs}{yyy,comp}
\icmlauthor{Ana del Río}{sch}
\end{icmlauthorlist}
\icmlaffiliation{yyy}{Department of XXX, University of YYY, Location, Country}
\icmlaffiliation{comp}{Company Name, Location, Country}
\icmlaffiliation{sch}{School of ZZZ, Institute of WWW, Location, Country}
\icmlcorrespondingauthor{Kim Park}{first1.last1@xxx.edu}
]
\section{Intro} Text.
\end{document}""",
"neurips-and": r"""\documentclass{article}
\usepackage{neurips_2023}
\title{A study}
\author{%
  Kim Park\thanks{Use footnote for providing further information.} \\
  Department of Computer Science\\
  Example University\\
  \texttt{kim@example.edu} \\
  \And
  Jo A. Bloggs \\
  Affiliation \\
  \texttt{email} \\
  \AND
  Ana del Río \\
  Example Institute \\
}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"cvpr": r"""\documentclass[10pt,twocolumn,letterpaper]{article}
\begin{document}
\title{A study}
\author{Kim Park\\
Institution1\\
Institution1 address\\
{\tt\small firstauthor@i1.org}
\and
Jo A. Bloggs\\
Institution2\\
{\tt\small secondauthor@i2.org}
\and
Ana del Río\\
Institution3
}
\maketitle
\section{Intro} Text.
\end{document}""",
"acl-and": r"""\documentclass[11pt]{article}
\usepackage[final]{acl}
\title{A study}
\author{Kim Park \\
  Example University \\
  \texttt{kim@example.org} \\\And
  Jo A. Bloggs \\
  Example Institute \\
  \texttt{jo@example.org} \\\AND
  Ana del Río \\
  Example Lab \\}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"rsos": r"""\documentclass[openacc]{rstransa}
\begin{document}
\title{A study}
\author{Kim Park$^{1}$, Jo A. Bloggs$^{2}$ and Ana del Río$^{1,2}$}
\address{$^{1}$Example University, UK\\
$^{2}$Example Institute, France}
\subject{biology}
\maketitle
\section{Intro} Text.
\end{document}""",
# title pages set by hand: the names inside a size group, with marks
"hand-large-group": r"""\documentclass{article}
\begin{document}
\begin{center}
\textbf{\Large A study}

\vspace{1em}
{\large Kim Park\textsuperscript{1}, Jo A. Bloggs\textsuperscript{2}, Ana del R\'io\textsuperscript{1}}

\vspace{0.5em}
\textsuperscript{1}Example University, UK \\
\textsuperscript{2}Example Institute, France
\end{center}
\section{Introduction}
Text.
\end{document}""",
"hand-noindent": r"""\documentclass{article}
\begin{document}
\noindent{\LARGE\textbf{A study}}\\[2mm]
\noindent{\large Kim Park$^{a}$, Jo A. Bloggs$^{b}$, Ana del R\'io$^{a}$}\\[1mm]
\noindent{\small $^{a}$Example University, UK; $^{b}$Example Institute, France}
\section{Introduction}
Text.
\end{document}""",
# the title block set full width above two columns
"hand-twocolumn": r"""\documentclass[twocolumn]{article}
\begin{document}
\twocolumn[
\begin{@twocolumnfalse}
\begin{center}
{\huge A study}\\
\vspace{5mm}
{\large Kim Park\textsuperscript{1}, Jo A. Bloggs\textsuperscript{2} and Ana del R\'io\textsuperscript{1}}\\
\textsuperscript{1}Example University, UK, \textsuperscript{2}Example Institute, France
\end{center}
\end{@twocolumnfalse}]
\section{Introduction}
Text.
\end{document}""",
# IEEE journals: the places said in a note under the names
"ieee-journal-with": r"""\documentclass[journal]{IEEEtran}
\title{A study}
\author{Kim~Park,~\IEEEmembership{Member,~IEEE,}
        Jo~A.~Bloggs,
        and~Ana~del~R\'io,~\IEEEmembership{Senior~Member,~IEEE}
\thanks{K. Park and A. del R\'io are with the Department of Physics, Example University, Exampletown, UK.
J. A. Bloggs is with the Example Institute, Exampleville, France (e-mail: jo@example.org).}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# IEEE signal-processing conferences (spconf): \name and \address
"spconf-name": r"""\documentclass{article}
\title{A study}
\name{Kim Park$^{1}$, Jo A. Bloggs$^{2}$, Ana del R\'io$^{1}$}
\address{$^{1}$Example University, UK \\ $^{2}$Example Institute, France}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# Copernicus with every name in the family-name group
"copernicus-empty-given": r"""\documentclass{copernicus}
\title{A study}
\Author[1]{}{Kim~Park}
\Author[2]{}{Jo~A.~Bloggs}
\Author[1]{}{Ana~del~R\'io}
\affil[1]{Example University, UK}
\affil[2]{Example Institute, France}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# IUCr: the contact author set with \cauthor
"iucr-cauthor": r"""\documentclass{iucr}
\title{A study}
\cauthor[a]{Kim}{Park}{k@example.org}{}
\author[b]{Jo A.}{Bloggs}
\author[a]{Ana}{del R\'io}
\aff[a]{Example University, UK}
\aff[b]{Example Institute, France}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# svjour3: \thanksref to labels in \institute
"svjour3-thanksref": r"""\documentclass{svjour3}
\title{A study}
\author{Kim Park\thanksref{uni} \and Jo A. Bloggs\thanksref{inst} \and Ana del R\'io\thanksref{uni}}
\institute{Example University, UK \label{uni} \and Example Institute, France \label{inst}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# names parted by nothing but their marks
"marks-only": r"""\documentclass{article}
\title{A study}
\author{Kim Park$^{1}$ Jo A. Bloggs$^{2}$ Ana del R\'io$^{1}$ \\
$^{1}$Example University, UK \\ $^{2}$Example Institute, France}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"plain-marks": r"""\documentclass{article}
\title{A study}
\author{Kim Park$^1$, Jo A. Bloggs$^{2}$, and Ana del Río$^{1}$\\
$^1$Example University, UK\\
$^2$Example Institute, France}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# Frontiers: the places in a macro the class prints, "\address{}" left empty
"frontiers-address-macro": r"""\documentclass{frontiersSCNS}
\def\firstAuthorLast{Park {et~al.}}
\def\Authors{Kim Park\,$^{1,*}$, Jo A. Bloggs\,$^{2}$ and Ana del R\'io\,$^{1}$}
\def\Address{$^{1}$Example University, Exampleton, UK \\
$^{2}$Imaging Facility, Example Institute, Paris, France}
\def\corrAuthor{Kim Park}
\begin{document}
\onecolumn
\title{A study}
\author[\firstAuthorLast ]{\Authors}
\address{}
\maketitle
\section{Intro} Text.
\end{document}""",
# Interspeech: \affiliation{Department}{Institution}{Country}, numbered in order
"interspeech-numbered": r"""\documentclass{Interspeech}
\title{A study}
\author[affiliation=1]{Kim}{Park}
\author[affiliation=2]{Jo A.}{Bloggs}
\author[affiliation={1,2}]{Ana}{del R\'io}
\affiliation{Department of Physics}{Example University}{UK}
\affiliation{Imaging Facility}{Example Institute}{France}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# Peer Community In: the title page laid out in an input file of the template and filled
# from macros the paper defines (the input not at hand)
"pci-macros": r"""\documentclass[letterpaper]{article}
\newcommand{\preprinttitle}{A study}
\newcommand{\citeauthors}{Park, Kim}
\newcommand{\listauthors}{
 Kim Park\textsuperscript{1}, Jo A. Bloggs\textsuperscript{2}, Ana del R\'io\textsuperscript{1}
}
\newcommand{\listinstitutions}{
 \textsuperscript{1}Example University, Exampleton, UK \\
 \textsuperscript{2}Imaging Facility, Example Institute, Paris, France
}
\newcommand{\authorshipnotes}{}
\input{template/preamble.tex}
\begin{document}
\section{Intro} Text.
\end{document}""",
# the same with \def and other names
"def-macros": r"""\documentclass{article}
\def\papertitle{A study}
\def\authors{Kim Park$^{1}$, Jo A. Bloggs$^{2}$ and Ana del R\'io$^{1}$}
\def\affiliations{$^{1}$Example University, Exampleton, UK \\ $^{2}$Imaging Facility, Example Institute, Paris, France}
\input{layout/titlepage}
\begin{document}
\section{Intro} Text.
\end{document}""",
# ACM's old class: one \alignauthor block an author
"acm-sig-alternate-alignauthor": r"""\documentclass{sig-alternate}
\begin{document}
\title{A study}
\numberofauthors{3}
\author{
\alignauthor Kim Park\\
       \affaddr{Example University}\\
       \email{kim@example.edu}
\alignauthor Jo A. Bloggs\\
       \affaddr{Example Institute}\\
       \email{jo@example.org}
\alignauthor Ana del R\'io\\
       \affaddr{Example University}
}
\maketitle
\section{Intro} Text.
\end{document}""",
# PMLR and COLT (the jmlr class): \Name, \Email, \addr, \AND
"pmlr-name-email-addr": r"""\documentclass[pmlr]{jmlr}
\title{A study}
\author{\Name{Kim Park} \Email{kim@example.edu}\\
 \addr Example University
 \AND
 \Name{Jo A. Bloggs} \Email{jo@example.org}\\
 \addr Example Institute
 \AND
 \Name{Ana del R\'io}\\
 \addr Example University}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"colt-coltauthor": r"""\documentclass[anon,12pt]{colt2024}
\title{A study}
\coltauthor{\Name{Kim Park} \Email{kim@example.edu}\\
 \addr Example University
 \AND
 \Name{Jo A. Bloggs}\\
 \addr Example Institute
 \AND
 \Name{Ana del R\'io}\\
 \addr Example University}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# ACM SIGPLAN's old class: \authorinfo{Name}{Place}{E-mail}
"sigplan-authorinfo": r"""\documentclass{sigplanconf}
\begin{document}
\title{A study}
\authorinfo{Kim Park}{Example University}{kim@example.edu}
\authorinfo{Jo A. Bloggs}{Example Institute}{jo@example.org}
\authorinfo{Ana del R\'io}{Example University}{}
\maketitle
\section{Intro} Text.
\end{document}""",
# IJCAI: the places and the e-mails set inside \author
"ijcai-affiliations-inside-author": r"""\documentclass{article}
\usepackage{ijcai24}
\title{A study}
\author{
Kim Park$^1$
\and
Jo A. Bloggs$^2$
\and
Ana del R\'io$^1$\\
\affiliations
$^1$Example University\\
$^2$Example Institute\\
\emails
kim@example.edu, jo@example.org
}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# IEEE Transactions: names tied by "~" (also after "and"), memberships, then, after a blank line,
# the notes that say where each author works
"ieee-transactions-notes-apart": r"""\documentclass[journal]{IEEEtran}
\title{A study}
\author{Kim~Park,~\IEEEmembership{Student~Member,~IEEE,}
        Jo~A.~Bloggs,~\IEEEmembership{Member,~IEEE,}
        and~Ana~del~R\'io,~\IEEEmembership{Senior~Member,~IEEE}%

    \thanks{Manuscript received 2nd of January 2020.}%
    \thanks{Kim~Park and Ana~del~R\'io are with the Department of Physics, Example University, Exampleton, UK.}%
    \thanks{Jo~A.~Bloggs is with the Example Institute, Exampletown, UK.}%
    \thanks{Kim Park is supported by the Example Trust.}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# a journal's note that says where all the authors are, and a note on one of them
"ieee-the-authors-are-with": r"""\documentclass[journal]{IEEEtran}
\title{A study}
\author{Kim~Park, Jo~A.~Bloggs and~Ana~del~R\'io%
\thanks{The authors are with the Department of Physics, Example University, Exampleton, UK.}%
\thanks{Jo~A.~Bloggs is also with the Example Institute, Exampletown, UK.}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# LIPIcs as its template sets it: the name, then the affiliation, e-mail, ORCID and funding a line each
"lipics-groups-a-line-each": r"""\documentclass[a4paper,USenglish]{lipics-v2021}
\title{A study}
\author{Kim Park}
       {Example University, Exampleton, UK}
       {kim@example.ac.uk}
       {https://orcid.org/0000-0002-1825-0097}
       {}
\author{Jo A. Bloggs}
       {Example Institute, Exampletown, UK}
       {jo@example.org}
       {}
       {}
\author{Ana del R\'io}
       {Example University, Exampleton, UK}
       {}
       {}
       {}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# apa6: one group a name, then one group a place, in the same order
"apa6-threeauthors": r"""\documentclass[man]{apa6}
\title{A study}
\threeauthors{\normalsize Kim Park}{\normalsize Jo A. Bloggs}{\normalsize Ana del R\'io}
\threeaffiliations{School of Psychology\\Example University}{Example Institute\\Exampletown}{School of Psychology\\Example University}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# IEEE conferences: the notes saying where each author is set on the title
"ieee-with-notes-on-the-title": r"""\documentclass[conference]{IEEEtran}
\title{A study \thanks{Kim Park and Ana del R\'io are with the Department of Physics, Example University (email: \{kpark, adelrio\}@example.ac.uk).}
\thanks{Jo A. Bloggs is with the Example Institute, Exampletown, UK.} \thanks{This work was supported by grant EX/1.}}
\author{Kim Park, Jo A. Bloggs, Ana del R\'io}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# a macro of two arguments that sets a name and its note
"macro-of-two-arguments": r"""\documentclass{article}
\newcommand{\authorinfo}[2]{#1\thanks{#2}}
\title{A study}
\author{\authorinfo{Kim Park}{Example University} \and \authorinfo{Jo A. Bloggs}{Example Institute} \and \authorinfo{Ana del R\'io}{Example University}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# IUCr: \author[key]{Given}{Family} with its (empty) e-mail group
"iucr-author-with-an-empty-group": r"""\documentclass{iucr}
\title{A study}
\author[a]{Kim}{Park}{}
\cauthor[b]{Jo A.}{Bloggs}{jo@example.org}{}
\author[a]{Ana}{del R\'io}{}
\aff[a]{Example University, Exampleton, UK}
\aff[b]{Example Institute, Exampletown, UK}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# ACM's SIGCHI class with each author's block held in braces after \alignauthor
"sigchi-alignauthor-in-braces": r"""\documentclass{sigchi}
\title{A study}
\numberofauthors{3}
\author{%
  \alignauthor{Kim Park\\
    \affaddr{Example University}\\
    \email{k@example.org}}\\
  \alignauthor{Jo A. Bloggs\\
    \affaddr{Example Institute}\\
    \email{jo@example.org}}\\
  \alignauthor{Ana del R\'io\\
    \affaddr{Example University}}
}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# a name, then its e-mail address as a second group (SBA's conference class), places after
"author-then-email-group": r"""\documentclass{sbatex}
\title{A study}
\author{Kim Park}{k@example.org}
\address{Example University, Exampleton, UK}
\author{Jo A. Bloggs}{jo@example.org}
\address{Example Institute, Exampletown, UK}
\author{Ana del R\'io}{ana@example.org}
\address{Example University, Exampleton, UK}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
# Springer's svmult: "\institute{A \at Place \and B, C \at Place}", a place after a line break
"svmult-several-names-at-a-place": r"""\documentclass{svmult}
\title{A study}
\author{Kim Park, Jo A. Bloggs, Ana del R\'io}
\institute{Kim Park \at Example University, Exampleton, UK\\ \email{k@example.org}
\and Jo A. Bloggs, Ana del R\'io \at
Example Institute, Exampletown, UK\\
\email{{jo, ana}@example.org}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
}


@pytest.mark.parametrize("name", sorted(LATEX_AFFILIATED))
def test_latex_author_blocks_with_their_affiliations(tmp_path, name):
    authors = _latex_authors(tmp_path, LATEX_AFFILIATED[name])
    assert [a.name for a in authors] == AUTHORS
    first, second = authors[0].affiliations, authors[1].affiliations
    assert first and second and first != second, (first, second)
    assert all(not af.endswith((" and", ".")) for a in authors for af in a.affiliations)


def test_one_shared_interspeech_place_is_everyones(tmp_path):
    p = tmp_path / "paper.tex"
    p.write_text(
        "\\documentclass{Interspeech}\n\\title{A study}\n\\author{Kim}{Park}\n\\author{Jo A.}{Bloggs}\n\\author{Ana}{del R\\'io}\n"
        "\\affiliation[nocounter]{Department of Physics}{Example University}{UK}\n\\begin{document}\\maketitle\n\\section{Intro} Text.\n\\end{document}\n",
        encoding="utf-8",
    )
    authors = parse_latex(p, display_path="paper.tex").authors
    assert [a.name for a in authors] == AUTHORS
    assert all(a.affiliations == ["Department of Physics, Example University, UK"] for a in authors)


# more Markdown conventions: MyST, papaja, CFF-style keys, HTML and pandoc superscripts, an "Authors" heading
MARKDOWN_AFFILIATED = {
"bold-label-lines.Rmd": (
    "---\ntitle: ''\noutput: word_document\n---\n\n**Title:** A study\n\n**Authors:**\n\n"
    "Kim Park^1^ (Orcid ID : 0000-0002-1825-0097)\n\nJo A. Bloggs^2^ (ORCID: 0000-0001-5109-3700)\n\nAna del Río^1,2^* ( Orcid ID : 0000-0002-1694-233X)\n\n"
    "**Author Affiliations:**\n\n1. Example University\n\n2. Example Institute\n\n**Corresponding author:** Ana del Río\n\n# Introduction\n\nText.\n"
),
"bold-label-list.md": (
    "# A study\n\n__Authors__\n\n- Kim Park^1^\n- Jo A. Bloggs^2^\n- Ana del Río^1,2^\n\n**Affiliations**\n\n1. Example University\n2. Example Institute\n\n## Abstract\n\nText.\n"
),
"yaml-rules.qmd": """---
title: "A study of things"
author:
  - "---"
  - Kim Park^1^, Jo A. Bloggs^2^ and Ana del Río^1,2^
  - "---"
  - "^1^Example University"
  - "^2^Example Institute"
  - "---"
  - "**Corresponding author:** k.park@example.org"
---

# Introduction

Text.
""",
"raw-tex-title.qmd": """---
title: A study of things
format: pdf
---

```{r, setup, include=FALSE}
library(ape)
# not a heading
```

```{=tex}
\\begin{center}
Kim Park$^{1}$, Jo A. Bloggs$^{2,*}$ and Ana del Río$^{1,2}$
\\end{center}
```
$^1$ Example University

$^2$ Example Institute

$^*$ Corresponding author: Jo A. Bloggs, jo@example.org

# Introduction

Text.
""",
"authorsheading.md": """# A study of things

## Authors

- Kim Park, Example University
- Jo A. Bloggs, Example Institute
- Ana del Río, Example University

## Introduction

Text.
""",
"authorsheading2.md": """# A study of things

## Authors

Kim Park (Example University), Jo A. Bloggs (Example Institute) and Ana del Río (Example University)

## Introduction

Text.
""",
"authorsheading3.md": """# A study of things

### Authors and affiliations

Kim Park^1^, Jo A. Bloggs^2^, Ana del Río^1^

^1^ Example University
^2^ Example Institute

## Introduction

Text.
""",
"boldline.md": """# A study of things

**Kim Park**^1^, **Jo A. Bloggs**^2^, **Ana del Río**^1^

^1^Example University ^2^Example Institute

## Introduction

Text.
""",
"cffstyle.md": """---
title: A study
author:
  - given-names: Kim
    family-names: Park
    affiliation: Example University
  - given-names: Jo A.
    family-names: Bloggs
    affiliation: Example Institute
  - given-names: Ana
    family-names: del Río
    affiliation: Example University
---

# Introduction

Text.
""",
"htmlsup.md": """# A study of things

Kim Park<sup>1</sup>, Jo A. Bloggs<sup>2</sup>, Ana del Río<sup>1</sup>

<sup>1</sup>Example University, <sup>2</sup>Example Institute

## Introduction

Text.
""",
"myst.md": """---
title: A study
authors:
  - name: Kim Park
    affiliations:
      - Example University
    orcid: 0000-0002-1825-0097
  - name: Jo A. Bloggs
    affiliations:
      - Example Institute
  - name: Ana del Río
    affiliations:
      - Example University
---

# Introduction

Text.
""",
"pandocsup.md": """---
title: A study
author:
  - Kim Park^1^
  - Jo A. Bloggs^2^
  - Ana del Río^1,2^
---

^1^ Example University; ^2^ Example Institute

# Introduction

Text.
""",
"papaja.Rmd": """---
title: "A study"
shorttitle: "Study"
author:
  - name: "Kim Park"
    affiliation: "1"
    corresponding: yes
    address: "Street 1"
    email: "k@x.org"
    role:
      - "Conceptualization"
      - "Writing - Original Draft Preparation"
  - name: "Jo A. Bloggs"
    affiliation: "2"
    role:
      - "Methodology"
  - name: "Ana del Río"
    affiliation: "1,2"
affiliation:
  - id: "1"
    institution: "Example University"
  - id: "2"
    institution: "Example Institute"
output: papaja::apa6_pdf
---

# Methods

Text.
""",
"authors-line-with-places.md": (
    "# A study\n\n**Authors:** Kim Park (Example University), Jo A. Bloggs (Example Institute) and "
    "Ana del Río (Example University)\n\n# Methods\n\nText.\n"
),
"yaml-block-with-marks.Rmd": (
    "---\ntitle: A study\nauthor: |\n  Kim Park^1^, Jo A. Bloggs^2^ and Ana del Río^1,2^\n\n"
    "  ^1^Example University, ^2^Example Institute\n---\n\n# Methods\n\nText.\n"
),
"word-labels-deep-headings.Rmd": (
    "---\noutput: word_document\n---\n\n#### Title:\n*A study* of things\n\n##### Authors:\n"
    "Kim Park^1^, Jo A. Bloggs^2^, and Ana del Río^1,2\\*^\n\n\n1. Example University\n2. Example Institute\n\n### Abstract\n\nText.\n"
),
"quartoaff.qmd": """---
title: A study
author:
  - name: Kim Park
    affiliation: Example University
  - name: Jo A. Bloggs
    affiliation:
      - name: Example Institute
        city: X
  - name: Ana del Río
    affiliation: Example University
---

# Introduction

Text.
""",
}


@pytest.mark.parametrize("name", sorted(MARKDOWN_AFFILIATED))
def test_markdown_author_blocks_with_their_affiliations(tmp_path, name):
    p = tmp_path / name
    p.write_text(MARKDOWN_AFFILIATED[name], encoding="utf-8")
    authors = parse_markdown(p, display_path=name, lexicons={}, as_paper=True).authors
    assert [a.name for a in authors] == AUTHORS
    assert authors[0].affiliations == ["Example University"] and "Example Institute" in authors[1].affiliations
    if "Orcid" in MARKDOWN_AFFILIATED[name]:
        assert [a.orcid for a in authors] == ["0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X"]


@pytest.mark.parametrize("line", ["By Kim Park, Jo A. Bloggs and Ana del Río", "*by Kim Park, Jo A. Bloggs and Ana del Río*"])
def test_a_byline_under_the_title(tmp_path, line):
    p = tmp_path / "paper.md"
    p.write_text(f"# A study\n\n{line}\n\n# Methods\n\nText.\n", encoding="utf-8")
    assert [a.name for a in parse_markdown(p, display_path="paper.md", lexicons={}, as_paper=True).authors] == AUTHORS


def test_names_with_marks_are_not_read_as_each_others_affiliations(tmp_path):
    p = tmp_path / "paper.md"
    p.write_text("# A study\n\n**Authors**: Kim Park^1^, Jo A. Bloggs^2^, Ana del Río^1^\n\n# Methods\n\nText.\n", encoding="utf-8")
    authors = parse_markdown(p, display_path="paper.md", lexicons={}, as_paper=True).authors
    assert [a.name for a in authors] == AUTHORS
    assert all(not a.affiliations for a in authors)


@pytest.mark.parametrize(
    "block",
    [
        "Kim Park, Jo A. Bloggs and Ana del Río",
        "Kim Park; Jo A. Bloggs; Ana del Río",
        "Kim Park\nJo A. Bloggs\nAna del Río",
        "- Kim Park\n- Jo A. Bloggs\n- Ana del Río",
    ],
)
def test_names_alone_under_an_authors_heading_are_each_an_author(tmp_path, block):
    """A list of names under "## Authors" is names only: the second name is
    no place of the first."""
    p = tmp_path / "paper.md"
    p.write_text(f"# A study\n\n## Authors\n\n{block}\n\n## Methods\n\nText.\n", encoding="utf-8")
    authors = parse_markdown(p, display_path="paper.md", lexicons={}, as_paper=True).authors
    assert [(a.name, a.affiliations) for a in authors] == [(n, []) for n in AUTHORS]


def test_authors_each_with_a_place_parted_by_semicolons(tmp_path):
    p = tmp_path / "paper.md"
    p.write_text("# A study\n\n## Authors\n\nKim Park, Example University; Jo A. Bloggs, Example Institute; Ana del Río, Example University\n\n## Methods\n\nText.\n", encoding="utf-8")
    authors = parse_markdown(p, display_path="paper.md", lexicons={}, as_paper=True).authors
    assert [(a.name, a.affiliations) for a in authors] == [("Kim Park", ["Example University"]), ("Jo A. Bloggs", ["Example Institute"]), ("Ana del Río", ["Example University"])]


def test_an_authors_heading_over_prose_names_nobody(tmp_path):
    p = tmp_path / "README.md"
    p.write_text("# A tool\n\n## Authors\n\nThis package was written by the lab over many years, with help from Kim Park.\n\n## Methods\n\nText.\n", encoding="utf-8")
    assert parse_markdown(p, display_path="README.md", lexicons={}, as_paper=True).authors == []


def test_an_author_argument_wrapped_whole_in_a_layout_command(tmp_path):
    """MDPI wraps its author list in ``\\textls[-15]{...}`` (letter spacing),
    sometimes with a comment inside; the names are read as if unwrapped."""
    p = tmp_path / "paper.tex"
    p.write_text(
        "\\documentclass[energies,article,accept]{Definitions/mdpi}\n\\Title{A study}\n"
        "\\Author{\\textls[-15]{Kim %MDPI: Please check the names.\nPark $^{1,\\dagger}$\\orcidA{},\n"
        "Jo A. Bloggs $^{2}$ and Ana del R\\'io $^{1,}$*\\orcidB{}}\n}\n"
        "\\address{$^{1}$ \\quad Example University\\\\\n$^{2}$ \\quad Example Institute}\n"
        "\\begin{document}\n\\section{Intro} Text.\n\\end{document}\n",
        encoding="utf-8",
    )
    authors = parse_latex(p, display_path="paper.tex").authors
    assert [a.name for a in authors] == AUTHORS
    assert authors[1].affiliations == ["Example Institute"]


@pytest.mark.parametrize("group", ["SciPy 1.0 Contributors", "The Astropy Developers", "The Example Community"])
def test_a_group_of_contributors_is_not_an_author(tmp_path, group):
    p = tmp_path / "paper.tex"
    p.write_text(f"\\documentclass{{article}}\n\\author{{Kim Park \\and Jo A. Bloggs \\and Ana del R\\'io \\and {group}}}\n\\title{{A}}\n\\begin{{document}}\\maketitle\nText.\n\\end{{document}}\n", encoding="utf-8")
    assert [a.name for a in parse_latex(p, display_path="paper.tex").authors] == AUTHORS


@pytest.mark.parametrize("note", ["(ORCID: {i})", "(Orcid ID : {i})", "[https://orcid.org/{i}]", "( orcid.org/{i} )"])
@pytest.mark.parametrize("layout", ["one line", "one a paragraph"])
def test_an_orcid_note_beside_a_name_in_word(tmp_path, note, layout):
    """The same ORCID notes the Markdown reader takes out of a name are
    taken out of a Word author line, and the iD goes to its author."""
    import docx

    from techcost.parsers.docx import parse as parse_docx

    ids = ["0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X"]
    named = [f"{n} {note.format(i=i)}" for n, i in zip(AUTHORS, ids)]
    d = docx.Document()
    d.add_heading("A study of things", 0)
    for line in ([", ".join(named[:2]) + " and " + named[2]] if layout == "one line" else named):
        d.add_paragraph(line)
    d.add_paragraph("Example University, Exampleton, UK")
    d.add_heading("Introduction", 1)
    d.add_paragraph("Text.")
    p = tmp_path / "paper.docx"
    d.save(p)
    authors = parse_docx(p, display_path="paper.docx").authors
    assert [(a.name, a.orcid) for a in authors] == list(zip(AUTHORS, ids))


def test_an_orcid_note_in_a_printed_author_line():
    from techcost.parsers.pdf import parse_author_line

    got = parse_author_line("Kim Park (ORCID: 0000-0002-1825-0097), Jo A. Bloggs [https://orcid.org/0000-0001-5109-3700] and Ana del Río")
    assert [n for n, _ in got or []] == AUTHORS


def test_an_authors_label_over_one_name_a_paragraph_in_word(tmp_path):
    """The layout the Markdown reader reads under a bold "Authors:" label,
    written in Word: one marked name a paragraph, then numbered
    affiliations under their own label."""
    import docx

    from techcost.parsers.docx import parse as parse_docx

    d = docx.Document()
    d.add_paragraph("Title: A study of things")
    d.add_paragraph("Authors:")
    for name, mark in zip(AUTHORS, ["1", "2", "1,2"]):
        run = d.add_paragraph(name).add_run(mark)
        run.font.superscript = True
    d.add_paragraph("Author Affiliations:")
    d.add_paragraph("1. Example University")
    d.add_paragraph("2. Example Institute")
    d.add_heading("Introduction", 1)
    d.add_paragraph("Text.")
    p = tmp_path / "paper.docx"
    d.save(p)
    authors = parse_docx(p, display_path="paper.docx").authors
    assert [(a.name, a.affiliations) for a in authors] == [
        ("Kim Park", ["Example University"]),
        ("Jo A. Bloggs", ["Example Institute"]),
        ("Ana del Río", ["Example University", "Example Institute"]),
    ]


def test_the_arxiv_preprint_template_with_orcid_badges(tmp_path):
    """The arXiv preprint template links each name to its ORCID record with
    a badge before it; lines of the place follow, and ``\\And`` parts the
    authors."""
    p = tmp_path / "paper.tex"
    p.write_text(
        r"""\documentclass{article}
\title{A study}
\author{ \href{https://orcid.org/0000-0002-1825-0097}{\includegraphics[scale=0.06]{orcid.pdf}\hspace{1mm}Kim Park}\thanks{Corresponding author.} \\
	Example University\\
	\texttt{kim@example.edu} \\
	\And
	\href{https://orcid.org/0000-0001-5109-3700}{\includegraphics[scale=0.06]{orcid.pdf}\hspace{1mm}Jo A.~Bloggs} \\
	Imaging Facility\\
	Example Institute\\
	\AND
	Ana del R\'io \\
	Example University\\
}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        encoding="utf-8",
    )
    authors = parse_latex(p, display_path="paper.tex").authors
    assert [a.name for a in authors] == AUTHORS
    assert [a.orcid for a in authors] == ["0000-0002-1825-0097", "0000-0001-5109-3700", None]
    assert authors[1].affiliations == ["Imaging Facility, Example Institute"]
    assert [a.location.line for a in authors] == [3, 7, 11]


def test_a_title_under_a_title_label(tmp_path):
    p = tmp_path / "paper.Rmd"
    p.write_text(MARKDOWN_AFFILIATED["word-labels-deep-headings.Rmd"], encoding="utf-8")
    assert parse_markdown(p, display_path="paper.Rmd", lexicons={}, as_paper=True).title == "A study of things"


# Classes and packages of conferences and journals, each with two authors and their places;
# the body and the acknowledgement are shared.
MORE_CLASSES = {
"jheppub": (r"""\documentclass{article}\usepackage{jheppub}
\title{A study of soil}
\author[a]{Ana L\'opez,}
\author[a,b]{Ben Kim}
\affiliation[a]{University of Exampleton, UK}
\affiliation[b]{Sample Institute, France}
\emailAdd{ana@example.org}
\begin{document}""", "\\maketitle"),
"bmcart": (r"""\documentclass{bmcart}
\begin{document}
\begin{frontmatter}
\begin{fmbox}
\title{A study of soil}
\author[addressref={aff1},corref={aff1},email={ana@example.org}]{\inits{A.L.}\fnm{Ana} \snm{L\'opez}}
\author[addressref={aff1,aff2}]{\inits{B.K.}\fnm{Ben} \snm{Kim}}
\address[id=aff1]{\orgname{University of Exampleton}, \city{Exampleton}, \cny{UK}}
\address[id=aff2]{\orgname{Sample Institute}}
\end{fmbox}
\end{frontmatter}""", ""),
"wileyNJD": (r"""\documentclass[AMA,STIX1COL]{WileyNJD-v2}
\begin{document}
\title{A study of soil}
\author[1]{Ana L\'opez*}
\author[1,2]{Ben Kim}
\address[1]{\orgdiv{School of Geography}, \orgname{University of Exampleton}, \orgaddress{\country{UK}}}
\address[2]{\orgname{Sample Institute}}
\corres{*Ana L\'opez, \email{ana@example.org}}""", "\\maketitle"),
"sagej": (r"""\documentclass[Afour,sageh,times]{sagej}
\begin{document}
\title{A study of soil}
\author{Ana L\'opez\affilnum{1} and Ben Kim\affilnum{1,2}}
\affiliation{\affilnum{1}University of Exampleton, UK\\
\affilnum{2}Sample Institute, France}
\corrauth{Ana L\'opez}
\email{ana@example.org}""", "\\maketitle"),
"icml": (r"""\documentclass{article}\usepackage{icml2024}
\begin{document}
\twocolumn[
\icmltitle{A study of soil}
\begin{icmlauthorlist}
\icmlauthor{Ana L\'opez}{ex}
\icmlauthor{Ben Kim}{ex,si}
\end{icmlauthorlist}
\icmlaffiliation{ex}{University of Exampleton, UK}
\icmlaffiliation{si}{Sample Institute, France}
\icmlcorrespondingauthor{Ana L\'opez}{ana@example.org}
]""", ""),
"aaai": (r"""\documentclass[letterpaper]{article}\usepackage{aaai24}
\title{A study of soil}
\author{
    Ana L\'opez\textsuperscript{\rm 1},
    Ben Kim\textsuperscript{\rm 1, 2}
}
\affiliations{
    \textsuperscript{\rm 1}University of Exampleton\\
    \textsuperscript{\rm 2}Sample Institute\\
    ana@example.org
}
\begin{document}""", "\\maketitle"),
"acl": (r"""\documentclass[11pt]{article}\usepackage{acl}
\title{A study of soil}
\author{Ana L\'opez \\
  University of Exampleton \\
  \texttt{ana@example.org} \\\And
  Ben Kim \\
  Sample Institute \\
  \texttt{ben@example.org} \\}
\begin{document}""", "\\maketitle"),
"neurips": (r"""\documentclass{article}\usepackage{neurips_2023}
\title{A study of soil}
\author{%
  Ana L\'opez \\
  Department of Geography\\
  University of Exampleton\\
  \texttt{ana@example.org} \\
  \And
  Ben Kim \\
  Sample Institute \\
  \texttt{ben@example.org} \\
}
\begin{document}""", "\\maketitle"),
"jmlr": (r"""\documentclass[twoside,11pt]{article}\usepackage{jmlr2e}
\title{A study of soil}
\author{\name Ana L\'opez \email ana@example.org \\
       \addr Department of Geography\\
       University of Exampleton
       \AND
       \name Ben Kim \email ben@example.org \\
       \addr Sample Institute}
\begin{document}""", "\\maketitle"),
"svjour3": (r"""\documentclass[twocolumn]{svjour3}
\begin{document}
\title{A study of soil}
\author{Ana L\'opez \and Ben Kim}
\institute{A. L\'opez \at University of Exampleton, UK \\ \email{ana@example.org}
\and B. Kim \at Sample Institute, France}""", "\\maketitle"),
"imsart": (r"""\documentclass[aoas]{imsart}
\begin{document}
\begin{frontmatter}
\title{A study of soil}
\begin{aug}
\author[A]{\fnms{Ana}~\snm{L\'opez}\ead[label=e1]{ana@example.org}}
\and
\author[B]{\fnms{Ben}~\snm{Kim}\ead[label=e2]{ben@example.org}}
\address[A]{University of Exampleton}
\address[B]{Sample Institute}
\end{aug}
\end{frontmatter}""", ""),
"rjournal": (r"""\documentclass{article}
\title{A study of soil}
\author{by Ana L\'opez and Ben Kim}
\begin{document}
\maketitle
\address{Ana L\'opez\\University of Exampleton\\ \email{ana@example.org}}
\address{Ben Kim\\Sample Institute\\ \email{ben@example.org}}""", ""),
"ieeeaccess": (r"""\documentclass{ieeeaccess}
\begin{document}
\title{A study of soil}
\author{\uppercase{Ana L\'opez}\authorrefmark{1}, and \uppercase{Ben Kim}\authorrefmark{2}}
\address[1]{University of Exampleton, UK}
\address[2]{Sample Institute, France}""", "\\maketitle"),
"emulateapj": (r"""\documentclass{emulateapj}
\begin{document}
\title{A study of soil}
\author{Ana L\'opez\altaffilmark{1} and Ben Kim\altaffilmark{2}}
\affil{$^1$University of Exampleton, UK}
\affil{$^2$Sample Institute, France}""", ""),
"jfm": (r"""\documentclass{jfm}
\title{A study of soil}
\author{Ana L\'opez\aff{1}\corresp{\email{ana@example.org}}
 \and Ben Kim\aff{2}}
\affiliation{\aff{1}University of Exampleton, UK
\aff{2}Sample Institute, France}
\begin{document}""", "\\maketitle"),
"spie": (r"""\documentclass[]{spie}
\title{A study of soil}
\author[a]{Ana L\'opez}
\author[b]{Ben Kim}
\affil[a]{University of Exampleton, UK}
\affil[b]{Sample Institute, France}
\begin{document}""", "\\maketitle"),
"pos": (r"""\documentclass[a4paper,11pt]{article}\usepackage{pos}
\title{A study of soil}
\ShortTitle{Soil}
\author*[a]{Ana L\'opez}
\author[b]{Ben Kim}
\affiliation[a]{University of Exampleton, UK}
\affiliation[b]{Sample Institute, France}
\emailAdd{ana@example.org}
\begin{document}""", "\\maketitle"),
"authblk": (r"""\documentclass{article}\usepackage{authblk}
\title{A study of soil}
\author[1]{Ana L\'opez}
\author[1,2]{Ben Kim}
\affil[1]{University of Exampleton, UK}
\affil[2]{Sample Institute, France}
\begin{document}""", "\\maketitle"),
"tmlr": (r"""\documentclass[10pt]{article}\usepackage{tmlr}
\title{A study of soil}
\author{\name Ana L\'opez \email ana@example.org \\
      \addr University of Exampleton
      \AND
      \name Ben Kim \email ben@example.org \\
      \addr Sample Institute}
\begin{document}""", "\\maketitle"),
"cvpr": (r"""\documentclass[10pt,twocolumn,letterpaper]{article}\usepackage{cvpr}
\title{A study of soil}
\author{Ana L\'opez\\
University of Exampleton\\
{\tt\small ana@example.org}
\and
Ben Kim\\
Sample Institute\\
{\tt\small ben@example.org}
}
\begin{document}""", "\\maketitle"),
"elsarticle-tnote": (r"""\documentclass[preprint,12pt]{elsarticle}
\begin{document}
\begin{frontmatter}
\title{A study of soil}
\author[inst1]{Ana L\'opez\corref{cor1}}
\ead{ana@example.org}
\cortext[cor1]{Corresponding author}
\affiliation[inst1]{organization={School of Geography, University of Exampleton},
            city={Exampleton},
            country={UK}}
\author[inst1,inst2]{Ben Kim}
\affiliation[inst2]{organization={Sample Institute},country={France}}
\end{frontmatter}""", ""),
"quantum": (r"""\documentclass[a4paper,onecolumn]{quantumarticle}
\begin{document}
\title{A study of soil}
\author{Ana L\'opez}
\email{ana@example.org}
\affiliation{University of Exampleton, UK}
\author{Ben Kim}
\affiliation{Sample Institute, France}""", "\\maketitle"),
"scipost": (r"""\documentclass{SciPost}
\begin{document}
\begin{center}{\Large \textbf{A study of soil}}\end{center}
\begin{center}
Ana L\'opez\textsuperscript{1$\star$} and
Ben Kim\textsuperscript{2}
\end{center}
\begin{center}
{\bf 1} University of Exampleton, UK
\\
{\bf 2} Sample Institute, France
\\
${}^\star$ {\small \sf ana@example.org}
\end{center}""", ""),
"plos": (r"""\documentclass[10pt,letterpaper]{article}
\begin{document}
\begin{flushleft}
{\Large
\textbf\newline{A study of soil}
}
\newline
\\
Ana L\'opez\textsuperscript{1*},
Ben Kim\textsuperscript{1,2}
\\
\bigskip
\textbf{1} University of Exampleton, UK
\\
\textbf{2} Sample Institute, France
\\
\bigskip
* ana@example.org
\end{flushleft}""", ""),
}

# conventions met in real manuscripts outside the corpus: each gives two authors and their places
FRESH_CLASSES = {
# MNRAS: names in one box, their places in another
"mnras-parbox": (r"""\documentclass{mnras}
\title{A study of soil}
\author[A. L\'opez et al.]{
\parbox{\textwidth}{
Ana~L\'opez,$^{1}$\thanks{E-mail: ana@example.org}
\&Ben~Kim$^{1,2}$}\vspace{0.4cm}\
\\
\parbox{\textwidth}{
$^{1}$University of Exampleton, Exampleton, UK\\
$^{2}$Sample Institute, Paris, France\\
}
}
\begin{document}""", "\\maketitle"),
# JHEP: a note beside a name, the option on the next line
"jheppub-note": (r"""\documentclass{article}\usepackage{jheppub}
\title{A study of soil}
\author[a,1]{Ana L\'opez,\note{Corresponding author.}}
\author
  [a,b]{and Ben Kim}
\affiliation[a]{University of Exampleton, UK}
\affiliation[b]{Sample Institute, France}
\begin{document}""", "\\maketitle"),
# Elsevier cas-dc, names written family name first; long keys
"cas-surname-first": (r"""\documentclass[a4paper,fleqn]{cas-dc}
\begin{document}
\title[mode = title]{A study of soil}
\author[uni-address]{L\'opez, A.}[orcid=0000-0002-1825-0097]
\author[institute-address]{Kim, B.}[orcid=0000-0001-5109-3700]
\address[uni-address]{University of Exampleton, UK}
\address[institute-address]{Sample Institute, France}""", "\\maketitle"),
# AMS: more authors after the first, each with their place
"ametsoc-extra": (r"""\documentclass{ametsoc}
\title{A study of soil}
\authors{Ana L\'opez\correspondingauthor{Ana L\'opez, ana@example.org}}
\affiliation{University of Exampleton, UK}
\extraauthor{Ben Kim}
\extraaffil{Sample Institute, France}
\begin{document}""", "\\maketitle"),
# A&A: places named by labels
"aa-labels": (r"""\documentclass{aa}
\title{A study of soil}
\author{Ana L\'opez\inst{\ref{inst:uni}} \and Ben Kim\inst{\ref{inst:uni}, \ref{inst:sample}}}
\institute{University of Exampleton, UK \label{inst:uni}
\and Sample Institute, France \label{inst:sample}}
\begin{document}""", "\\maketitle"),
# IOP: a note among the places, with its own mark
"iopart-note": (r"""\documentclass{iopart}
\begin{document}
\title{A study of soil}
\author{Ana L\'opez$^{1,*}$ and Ben Kim$^{2}$}
\address{$^1$ University of Exampleton, UK}
\address{$^2$ Sample Institute, France}
\address{$^*$ Author to whom any correspondence should be addressed.}""", "\\maketitle"),
# EPTCS: each name with its place inside the author block
"eptcs-institute": (r"""\documentclass{eptcs}
\title{A study of soil}
\author{Ana L\'opez \institute{School of Geography\\ University of Exampleton} \email{ana@example.org}
\and Ben Kim \institute{Sample Institute\\ Paris}}
\begin{document}""", "\\maketitle"),
# REVTeX: a place kept in a macro, used after each name
"revtex-place-macros": (r"""\documentclass[aps,prd,superscriptaddress]{revtex4-1}
\def\uni{\affiliation{University of Exampleton, UK}}
\def\sample{\affiliation{Sample Institute, France}}
\begin{document}
\title{A study of soil}
\author{Ana L\'opez}
\email{ana@example.org}
\uni
\author{Ben Kim}
\sample""", "\\maketitle"),
# JFM: each place over several lines, marked once
"jfm-place-lines": (r"""\documentclass{jfm}
\title{A study of soil}
\author
    [A. L\'opez and B. Kim]
    {Ana L\'opez$^1$ and Ben Kim$^2$}
\affiliation{
    $^1$School of Geography,\\ University
        of Exampleton, UK\\
    $^2$Laboratory of Soils, \\Sample Institute,
        Paris, France \\
    }
\begin{document}""", "\\maketitle"),
# GJI: a line of names inside a group opened by font switches
"gji-switch-group": (r"""\documentclass{gji}
\title{A study of soil}
\author[A. L\'opez et al.]
{{\rm \LARGE
Ana L\'opez$^1$, and Ben Kim$^2$ }\\
  $^1$ University of Exampleton, UK \\
  $^2$ Sample Institute, France
  }
\begin{document}""", "\\maketitle"),
# UAI: each name in bold, "and" in its own group
"uai-bold-names": (r"""\documentclass{article}\usepackage{uai2019}
\title{A study of soil}
\author{ {\bf Ana L\'opez} {\normalfont and} {\bf Ben Kim} \\
Sample Institute\\ Paris \\
\{ana, ben\}@example.org \\
}
\begin{document}""", "\\maketitle"),
# IEEE Access: names in \uppercase, a full stop after the last
"ieeeaccess-uppercase": (r"""\documentclass{ieeeaccess}
\begin{document}
\title{A study of soil}
\author{\uppercase{Ana L\'opez}\authorrefmark{1}, \uppercase{and Ben Kim}.\authorrefmark{2}}
\address[1]{University of Exampleton, UK}
\address[2]{Sample Institute, France}""", "\\maketitle"),
# AIAA: names parted by a control space and a comma, each place after the post held there
"aiaa-posts": (r"""\documentclass[journal]{new-aiaa}
\title{A study of soil}
\author{
    Ana L\'opez%
    \thanks{Lecturer, School of Geography, University of Exampleton.}
    \ ,  Ben Kim
    \thanks{Ph.D. Candidate, Sample Institute, Paris. Member AIAA.}
}
\begin{document}""", "\\maketitle"),
# AISTATS: the names parted by \And, then their places in the same order
"aistats": (r"""\documentclass[twoside]{article}\usepackage[accepted]{aistats2019}
\begin{document}
\twocolumn[
\aistatstitle{A study of soil}
\aistatsauthor{ Ana L\'opez \And Ben Kim }
\aistatsaddress{ University of Exampleton \And Sample Institute }
]""", ""),
# The R Journal: each author's place after the article, opened by their name
"rjournal-address": (r"""\documentclass{report}\usepackage{RJournal}
\begin{document}
\title{A study of soil}
\author{by Ana L\'opez and Ben Kim}
\maketitle
\address{Ana L\'opez\\
  University of Exampleton\\
  United Kingdom\\}
\email{ana@example.org}
\address{Ben Kim\\
  Sample Institute\\
  France\\}""", ""),
# svjour3: names alone before the one that says where they all are
"svjour3-names-at": (r"""\documentclass{svjour3}
\begin{document}
\title{A study of soil}
\author{Ana L\'opez \and Ben Kim}
\institute{Ana L\'opez \and Ben Kim \at Sample Institute, Paris, France}""", "\\maketitle"),
# Taylor & Francis: the contact note is no place
"tandf-contact": (r"""\documentclass{interact}
\begin{document}
\title{A study of soil}
\author{\name{Ana L\'opez\thanks{CONTACT Ana L\'opez. Email: ana@example.org}, Ben Kim}
\affil{Sample Institute, France}}""", "\\maketitle"),
# IEEE's Computer Society journals: the notes saying where each is, in items, after a grade and before a full stop
"ieee-compsoc-itemized-notes": (r"""\documentclass[10pt,journal,compsoc]{IEEEtran}
\title{A study of soil}
\author{Ana~L\'opez and Ben~Kim,~\IEEEmembership{IEEE Fellow}%
\IEEEcompsocitemizethanks{\IEEEcompsocthanksitem A. L\'opez is with the University of Exampleton, UK.
\IEEEcompsocthanksitem B. Kim is with the Sample Institute, Paris, France. Email: ben@example.org}.%
\thanks{Manuscript received 9 August 2020.}}
\begin{document}""", "\\maketitle"),
# Wiley's journals: the citation the paper asks for repeats the names with \author, in the citation's form
"wiley-jnlcitation": (r"""\documentclass[AMA,STIX1COL]{WileyNJD-v2}
\begin{document}
\title{A study of soil}
\author[1]{Ana L\'opez}
\author[2]{Ben Kim}
\address[1]{\orgname{University of Exampleton}, \country{UK}}
\address[2]{\orgname{Sample Institute}, \country{France}}
\jnlcitation{\cname{%
\author{L\'opez A.},
\author{B. Kim}} (\cyear{2021}),
\ctitle{A study of soil}, \cjournal{Soil Methods}.}""", "\\maketitle"),
# one source for several journals, each one's front matter under a switch; the switches not used are
# commented out, and their template's placeholder names are no authors
"switches-commented-out": (r"""% \def\nature{} %% set to true
\def\preprint{} %% set to true
\documentclass{article}
\usepackage{authblk}
\begin{document}
\title{A study of soil}
\ifdefined\nature
  \author[1,*]{Alice Author}
  \author[2]{Bob Author}
  \affil[1]{Affiliation, department, city, postcode, country}
\fi
\ifdefined\preprint
  \author[1]{Ana L\'opez}
  \author[2]{Ben Kim}
  \affil[1]{University of Exampleton, UK}
  \affil[2]{Sample Institute, Paris, France}
\fi""", "\\maketitle"),
# the Royal Society of Chemistry's template: the title and the names in the cells of a table, in sizes
# the preamble redefines, and the places in notes after it, opened by the names' marks
"rsc-title-table": (r"""\documentclass[twoside,twocolumn,9pt]{article}
\makeatletter
\renewcommand\LARGE{\@setfontsize\LARGE{15pt}{17}}
\renewcommand\large{\@setfontsize\large{10pt}{12}}
\makeatother
\begin{document}
\twocolumn[
  \begin{@twocolumnfalse}
\vspace{3cm}
\sffamily
\begin{tabular}{m{4.5cm} p{13.5cm} }
\includegraphics{head_foot/DOI} & \noindent\LARGE{\textbf{A study of soil$^\dag$}} \\%
\vspace{0.3cm} & \vspace{0.3cm} \\
 & \noindent\large{Ana L\'opez,\textit{$^{a}$} and Ben Kim\textit{$^{b}$}} \\%
\includegraphics{head_foot/dates} & \noindent\normalsize{We study soil.} \\%
\end{tabular}
 \end{@twocolumnfalse} \vspace{0.6cm}
  ]
\renewcommand*\rmdefault{bch}\normalfont\upshape
\rmfamily
\section*{}
\vspace{-1cm}
\footnotetext{\textit{$^{a}$~University of Exampleton, Exampleton, UK. E-mail: ana@example.org}}
\footnotetext{\textit{$^{b}$~Sample Institute, Paris, France.}}
\footnotetext{\dag~Electronic Supplementary Information (ESI) available. See DOI: 10.1039/b000000x/}""", ""),
# ACS's achemso: each place after the authors it belongs to, its short name in the optional argument
# (no key: the authors carry none), the full place perhaps on the next line
"achemso-short-names": (r"""\documentclass[journal=jacsat,manuscript=article]{achemso}
\author{Ana L\'opez}
\affiliation[Exampleton]{Department of Chemistry, University of Exampleton, Exampleton, UK}
\author{Ben Kim}
\email{ben@example.org}
\affiliation[Sample Institute]
{Sample Institute, Paris, France}
\title{A study of soil}
\begin{document}""", "\\maketitle"),
# the comma between two names left out where the first name's marks end its line (AASTeX)
"aastex-marks-end-the-line": (r"""\documentclass{aastex631}
\begin{document}
\title{A study of soil}
\author{Ana L\'opez\altaffilmark{1}
Ben Kim\altaffilmark{2}}
\altaffiltext{1}{University of Exampleton, UK}
\altaffiltext{2}{Sample Institute, Paris, France}""", "\\maketitle"),
}


@pytest.mark.parametrize("name", sorted(FRESH_CLASSES))
def test_conventions_of_real_manuscripts_give_their_authors_and_places(tmp_path, name):
    head, make_title = FRESH_CLASSES[name]
    p = tmp_path / "paper.tex"
    p.write_text(head + _MORE_BODY.replace("%MAKETITLE%", make_title), encoding="utf-8")
    m = parse_latex(p, display_path="paper.tex")
    assert [a.name.replace("A. López", "Ana López").replace("B. Kim", "Ben Kim") for a in m.authors] == ["Ana López", "Ben Kim"]
    assert any("Sample Institute" in aff for aff in m.authors[1].affiliations), m.authors[1].affiliations
    assert all("correspond" not in aff.lower() and "CONTACT" not in aff for a in m.authors for aff in a.affiliations)


def test_an_orcid_in_brackets_inside_the_name(tmp_path):
    p = tmp_path / "paper.tex"
    p.write_text(
        "\\documentclass{oup-contemporary}\n\\title{A study}\n\\author[1]{Ana L\\'opez (ORCID: 0000-0002-1825-0097)}\n\\affil[1]{University of Exampleton}\n"
        "\\begin{document}\\maketitle\n\\section{Intro} Text.\n\\end{document}\n",
        encoding="utf-8",
    )
    a = parse_latex(p, display_path="paper.tex").authors
    assert [(x.name, x.orcid, x.affiliations) for x in a] == [("Ana López", "0000-0002-1825-0097", ["University of Exampleton"])]


def test_one_place_for_names_without_marks_is_everyones(tmp_path):
    # MDPI: "\Author{A and B}" with one "\address[1]{X}"
    p = tmp_path / "paper.tex"
    p.write_text(
        "\\documentclass{mdpi}\n\\Title{A study}\n\\Author{Ana L\\'opez and Ben Kim *}\n\\address[1]{Sample Institute, France}\n"
        "\\begin{document}\\maketitle\n\\section{Intro} Text.\n\\end{document}\n",
        encoding="utf-8",
    )
    a = parse_latex(p, display_path="paper.tex").authors
    assert [(x.name, x.affiliations) for x in a] == [("Ana López", ["Sample Institute, France"]), ("Ben Kim", ["Sample Institute, France"])]


_MORE_BODY = r"""
\begin{abstract}We study soil.\end{abstract}
%MAKETITLE%
\section{Introduction} Soil matters.
\section*{Acknowledgements} We thank Jo Bloggs for technical assistance.
\end{document}
"""


@pytest.mark.parametrize("name", sorted(MORE_CLASSES))
def test_more_classes_give_their_authors_and_places(tmp_path, name):
    head, make_title = MORE_CLASSES[name]
    p = tmp_path / "paper.tex"
    p.write_text(head + _MORE_BODY.replace("%MAKETITLE%", make_title), encoding="utf-8")
    m = parse_latex(p, display_path="paper.tex")
    assert [a.name for a in m.authors] == ["Ana López", "Ben Kim"]
    assert any("Sample Institute" in aff for aff in m.authors[1].affiliations), m.authors[1].affiliations
    assert m.title and "study of soil" in m.title


BLOCK_PLACES = [
    # two places, the first ending with its country: two
    (["Functional Genomics Center Zurich, ETH Zurich, Zurich, Switzerland", "Swiss Institute of Bioinformatics, Lausanne, Switzerland"],
     ["Functional Genomics Center Zurich, ETH Zurich, Zurich, Switzerland", "Swiss Institute of Bioinformatics, Lausanne, Switzerland"]),
    # one place over three lines, as IEEE's template sets it: one
    (["Department of Physics", "Example University", "Exampleton, UK"], ["Department of Physics, Example University, Exampleton, UK"]),
    (["Universidade de Example, Brazil", "University of Exampleton, UK"], ["Universidade de Example, Brazil", "University of Exampleton, UK"]),
    # an address ended by its state and ZIP code, or a postcode, then an institution: two
    (["Department of Chemistry, Example Tech, Blacksburg, VA 24061", "Macromolecules Innovation Institute, Example Tech, Blacksburg, VA 24061"],
     ["Department of Chemistry, Example Tech, Blacksburg, VA 24061", "Macromolecules Innovation Institute, Example Tech, Blacksburg, VA 24061"]),
    (["Living Systems Institute, University of Exampleton, Stocker Road, Exeter EX4", "Electron Microscopy Core Facility, Example University"],
     ["Living Systems Institute, University of Exampleton, Stocker Road, Exeter EX4", "Electron Microscopy Core Facility, Example University"]),
    (["Bay Area Example Institute, Moffett Field, CA", "NASA Example Research Center, Moffett Field, CA"],
     ["Bay Area Example Institute, Moffett Field, CA", "NASA Example Research Center, Moffett Field, CA"]),
    # a country in brackets ends an address too
    (["Example National University, (3300) Posadas (Argentina)", "Research Unit for Soils, North-West Example University, 2520 (South Africa)"],
     ["Example National University, (3300) Posadas (Argentina)", "Research Unit for Soils, North-West Example University, 2520 (South Africa)"]),
    # a street number at a line's end, then the street: one
    (["Goddard Space Flight Center, 8800", "Greenbelt Road, Greenbelt, MD 20771"], ["Goddard Space Flight Center, 8800, Greenbelt Road, Greenbelt, MD 20771"]),
]


@pytest.mark.parametrize(("lines", "places"), BLOCK_PLACES)
@pytest.mark.parametrize("style", ["ieee", "lines"])
def test_latex_places_set_line_by_line_in_an_author_block(tmp_path, style, lines, places):
    """\\IEEEauthorblockA{...\\\\...} and \\author{Name \\\\ ... \\\\ ...}: a
    line ends where the writer chose, so a place ends where the next line
    starts another (after a country, or "Institute of ..."), and goes on
    otherwise."""
    block = " \\\\ ".join(lines)
    author = (
        f"\\author{{\\IEEEauthorblockN{{Kim Park}}\n\\IEEEauthorblockA{{{block}}}}}" if style == "ieee" else f"\\author{{Kim Park \\\\ {block}}}"
    )
    cls = "\\documentclass[conference]{IEEEtran}" if style == "ieee" else "\\documentclass{article}"
    p = tmp_path / "paper.tex"
    p.write_text(f"{cls}\n\\title{{A study of samples}}\n{author}\n\\begin{{document}}\n\\maketitle\n\\section{{Introduction}}\nText.\n\\end{{document}}\n", encoding="utf-8")
    (a,) = parse_latex(p, display_path="paper.tex").authors
    assert a.name == "Kim Park"
    assert a.affiliations == places


@pytest.mark.parametrize("name", ["Benjamin E. deMayo", "Ana vanDyke", "Luca diNapoli"])
def test_a_particle_joined_to_the_family_name(tmp_path, name):
    p = tmp_path / "paper.tex"
    p.write_text(
        "\\documentclass{article}\n\\usepackage{authblk}\n\\title{A study of samples}\n"
        f"\\author[1]{{Kim Park}}\n\\author[1]{{{name}}}\n\\affil[1]{{Example University, Exampleton, UK}}\n"
        "\\begin{document}\n\\maketitle\n\\section{Introduction}\nText.\n\\end{document}\n",
        encoding="utf-8",
    )
    assert [a.name for a in parse_latex(p, display_path="paper.tex").authors] == ["Kim Park", name]


@pytest.mark.parametrize(
    ("note", "place"),
    [
        ("A Rocha Kenya, Watamu, Kenya", True),
        ("Sage Bionetworks", True),
        ("Empresa Example de Pesquisa, São Carlos, Brazil", True),
        ("Equal contribution", False),
        ("Corresponding author: kim@example.org", False),
        ("Present address: Example University, Exampleton, UK", False),
        ("Sagan Fellow", False),
        ("This author was supported by the Example Trust", False),
    ],
)
def test_a_thanks_note_that_is_a_place(tmp_path, note, place):
    """\\author{Kim Park\\thanks{A Rocha Kenya, Watamu, Kenya}}: a note that
    names a place (an address ending with its country, or a short name in
    capitals) is the author's place; a remark about the author is not."""
    p = tmp_path / "paper.tex"
    p.write_text(
        f"\\documentclass{{article}}\n\\title{{A study of samples}}\n\\author{{Kim Park\\thanks{{{note}}} \\and Jo Bloggs}}\n"
        "\\begin{document}\n\\maketitle\n\\section{Introduction}\nText.\n\\end{document}\n",
        encoding="utf-8",
    )
    a = parse_latex(p, display_path="paper.tex").authors[0]
    assert a.name == "Kim Park"
    assert a.affiliations == ([note] if place else [])


def test_addresses_sharing_a_domain_are_no_place(tmp_path):
    """IEEE's "\\texttt{\\{kim.park, jo.bloggs\\}@example.org}" line under the
    place: addresses, not a place, and the place's lines stay one place."""
    p = tmp_path / "paper.tex"
    p.write_text(
        "\\documentclass[conference]{IEEEtran}\n\\title{A study of samples}\n"
        "\\author{\\IEEEauthorblockN{Kim Park and Jo Bloggs}\n\\IEEEauthorblockA{Example Institute for Artificial Intelligence \\\\ "
        "EXU-EXI, Exampleton, Switzerland \\\\ \\texttt{\\{kim.park, jo.bloggs\\}@example.org}}}\n"
        "\\begin{document}\n\\maketitle\n\\section{Introduction}\nText.\n\\end{document}\n",
        encoding="utf-8",
    )
    authors = parse_latex(p, display_path="paper.tex").authors
    assert [(a.name, a.affiliations) for a in authors] == [
        (n, ["Example Institute for Artificial Intelligence, EXU-EXI, Exampleton, Switzerland"]) for n in ("Kim Park", "Jo Bloggs")
    ]


BODY_TITLE_PAGES = {
    # PLOS's template: the names with \\textsuperscript marks, then "\\\\ \\bigskip" and a \\textbf{1} line per place
    "plos": (
        "\\documentclass[10pt,letterpaper]{article}\n\\begin{document}\n\\begin{flushleft}\n{\\Large\n\\textbf\\newline{A study of soil}\n}\n\\newline\n\\\\\n"
        "Kim Park\\textsuperscript{1}, Ana Li\\textsuperscript{2,3}, Jo Bloggs\\textsuperscript{3}\n\\\\\n\\bigskip\n"
        "\\textbf{1} Flow Cytometry Core Facility, Example University, Leeds, UK\n\\\\\n"
        "\\textbf{2} Department of Physics, Example University, Leeds, UK\n\\\\\n"
        "\\textbf{3} Institute of Things, Example City, Germany\n\\\\\n\\bigskip\n\\end{flushleft}\n"
        "\\section*{Abstract}\nWe study soil.\n\\section*{Introduction}\nText.\n\\end{document}\n"
    ),
    # settings the RSC template makes after \\begin{document}, before its title block: no heading ends the front
    "rsc-settings-before-the-title": (
        "\\documentclass[twoside,twocolumn,9pt]{article}\n\\begin{document}\n\\sectionfont{\\sffamily\\Large}\n"
        "\\titlespacing*{\\section}{0pt}{4pt}{4pt}\n\\renewcommand\\LARGE{\\@setfontsize\\LARGE{15pt}{17}}\n\\begin{flushleft}\n{\\Large\n\\textbf\\newline{A study of soil}\n}\n\\newline\n\\\\\n"
        "Kim Park\\textsuperscript{1}, Ana Li\\textsuperscript{2,3}, Jo Bloggs\\textsuperscript{3}\n\\\\\n\\bigskip\n"
        "\\textbf{1} Flow Cytometry Core Facility, Example University, Leeds, UK\n\\\\\n"
        "\\textbf{2} Department of Physics, Example University, Leeds, UK\n\\\\\n"
        "\\textbf{3} Institute of Things, Example City, Germany\n\\\\\n\\bigskip\n\\end{flushleft}\n"
        "\\section*{Abstract}\nWe study soil.\n\\section*{Introduction}\nText.\n\\end{document}\n"
    ),
    # no \\author: the names and marked places set in a titlepage, inside font-switch groups ("{\\large A\\textsuperscript{1}, ...\\par}")
    "titlepage": (
        "\\documentclass{article}\n\\begin{document}\n\\begin{titlepage}\n\\centering\n{\\Large\\bfseries A study of soil\\par}\n\\vspace{1cm}\n"
        "{\\large Kim Park\\textsuperscript{1}, Ana Li\\textsuperscript{2,3} and Jo Bloggs\\textsuperscript{3}\\par}\n\\vspace{0.5cm}\n"
        "\\textsuperscript{1}Flow Cytometry Core Facility, Example University, Leeds, UK\\\\\n\\textsuperscript{2}Department of Physics, Example University, Leeds, UK\\\\\n\\textsuperscript{3}Institute of Things, Example City, Germany\n"
        "\\end{titlepage}\n\\section{Introduction}\nText.\n\\end{document}\n"
    ),
}


@pytest.mark.parametrize("name", sorted(BODY_TITLE_PAGES))
def test_title_pages_set_in_the_body_give_each_author_their_marked_places(tmp_path, name):
    """The first place belongs to its authors like the others, however the
    page around the marked places is laid out."""
    p = tmp_path / "paper.tex"
    p.write_text(BODY_TITLE_PAGES[name], encoding="utf-8")
    m = parse_latex(p, display_path="paper.tex")
    assert [(a.name, len(a.affiliations)) for a in m.authors] == [("Kim Park", 1), ("Ana Li", 2), ("Jo Bloggs", 1)]
    assert m.authors[0].affiliations == ["Flow Cytometry Core Facility, Example University, Leeds, UK"]


@pytest.mark.parametrize(("given", "family", "name"), [("Sven A.~van der", "Burg", "Sven A. van der Burg"), ("Ana", "del R\\'io", "Ana del Río")])
def test_copernicus_given_names_carrying_particles(tmp_path, given, family, name):
    p = tmp_path / "paper.tex"
    p.write_text(
        f"\\documentclass[acp]{{copernicus}}\n\\title{{A study of soil}}\n\\Author[1]{{{given}}}{{{family}}}\n\\Author[1]{{Kim}}{{Park}}\n"
        "\\affil[1]{Example Centre, Amsterdam, the Netherlands}\n\\begin{document}\n\\maketitle\n\\section{Introduction}\nText.\n\\end{document}\n",
        encoding="utf-8",
    )
    assert [a.name for a in parse_latex(p, display_path="paper.tex").authors] == [name, "Kim Park"]


@pytest.mark.parametrize(
    ("authors", "want"),
    [
        (
            '\n  - Kim Park^[Flow Cytometry Core Facility, Example University, Leeds, UK]\n  - Ana Li^[Department of Physics, Example University; Institute of Things, Example City, Germany]',
            [("Kim Park", ["Flow Cytometry Core Facility, Example University, Leeds, UK"]), ("Ana Li", ["Department of Physics, Example University", "Institute of Things, Example City, Germany"])],
        ),
        ('"Kim Park^[Example University, Leeds, UK; kim@example.org]"', [("Kim Park", ["Example University, Leeds, UK"])]),
    ],
)
def test_an_author_with_a_pandoc_inline_note_for_their_place(tmp_path, authors, want):
    """R Markdown's "Name^[Place]": Pandoc's inline note after the name holds
    where they work (places parted by semicolons, an e-mail address left
    out)."""
    p = tmp_path / "paper.Rmd"
    p.write_text(f"---\ntitle: A study of soil\nauthor: {authors}\noutput: html_document\n---\n\n# Introduction\n\nText.\n", encoding="utf-8")
    m = parse_markdown(p, display_path="paper.Rmd")
    assert [(a.name, a.affiliations) for a in m.authors] == want


@pytest.mark.parametrize("mark", ["$^{k}$", "^{k}^", "<sup>{k}</sup>"])
def test_several_keyed_places_in_one_front_matter_entry(tmp_path, mark):
    """"$^a$ *Institute X*; $^b$ *Department Y*": places keyed by their marks
    in one entry of the author list are each their own, whichever way the
    marks are written."""
    m = lambda k: mark.replace("{k}", k)  # noqa: E731
    p = tmp_path / "paper.Rmd"
    p.write_text(
        "---\ntitle: A study of soil\nauthor:\n"
        f"  - Kim Park{m('a')}, Ana Li{m('a')}, Jo Bloggs{m('b')}\n"
        f"  - \"{m('a')} *Example Institute, Exampleton, MD, USA*; {m('b')} *Department of Biology, Example University, Richmond, VA, USA*\"\n"
        "output: html_document\n---\n\n# Introduction\n\nText.\n",
        encoding="utf-8",
    )
    got = [(a.name, a.affiliations) for a in parse_markdown(p, display_path="paper.Rmd").authors]
    assert got == [
        ("Kim Park", ["Example Institute, Exampleton, MD, USA"]),
        ("Ana Li", ["Example Institute, Exampleton, MD, USA"]),
        ("Jo Bloggs", ["Department of Biology, Example University, Richmond, VA, USA"]),
    ]


@pytest.mark.parametrize("brk", ["\\", "  "])
def test_marked_places_in_the_body_each_ended_by_a_line_break(tmp_path, brk):
    """Bold names with "$^{1,2}$" marks, then one place a line, each line
    ended by a hard break (a backslash or two spaces): each place is its
    own."""
    p = tmp_path / "paper.qmd"
    p.write_text(
        "---\ntitle: A study of soil\n---\n\n"
        "**Kim Park**$^{1,2}$, **Ana Li**$^{2}$, **Jo Bloggs**$^{3,\\ast}$\n\n"
        f"$^{{1}}$Flow Cytometry Core Facility, Example University, Botucatu, Brazil{brk}\n"
        f"$^{{2}}$Department of Physics, Example University, Botucatu, Brazil{brk}\n"
        "$^{3}$Institute of Things, Example City, Germany\n\n## Introduction\n\nText.\n",
        encoding="utf-8",
    )
    got = [(a.name, a.affiliations) for a in parse_markdown(p, display_path="paper.qmd").authors]
    assert got == [
        ("Kim Park", ["Flow Cytometry Core Facility, Example University, Botucatu, Brazil", "Department of Physics, Example University, Botucatu, Brazil"]),
        ("Ana Li", ["Department of Physics, Example University, Botucatu, Brazil"]),
        ("Jo Bloggs", ["Institute of Things, Example City, Germany"]),
    ]


def test_places_named_by_macros_from_a_package_beside_the_paper(tmp_path):
    """\\usepackage{mymacros} of a mymacros.sty kept with the paper: the
    places its macros stand for (\\affiliation{\\fcf}) are read."""
    (tmp_path / "mymacros.sty").write_text(
        "\\newcommand{\\fcf}{Flow Cytometry Core Facility, Example University, Leeds, UK}\n\\def\\iot{Institute of Things, Example City, Germany}\n",
        encoding="utf-8",
    )
    p = tmp_path / "paper.tex"
    p.write_text(
        "\\documentclass{revtex4-2}\n\\usepackage{amsmath,mymacros}\n\\begin{document}\n\\title{A study of soil}\n"
        "\\author{Kim Park}\n\\affiliation{\\fcf}\n\\author{Ana Li}\n\\affiliation{\\iot}\n\\maketitle\n\\section{Introduction}\nText.\n\\end{document}\n",
        encoding="utf-8",
    )
    m = parse_latex(p, display_path="paper.tex")
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Kim Park", ["Flow Cytometry Core Facility, Example University, Leeds, UK"]),
        ("Ana Li", ["Institute of Things, Example City, Germany"]),
    ]


@pytest.mark.parametrize("note", ["thanks", "footnote"])
def test_a_note_holding_two_places_parted_by_a_semicolon(tmp_path, note):
    p = tmp_path / "paper.tex"
    p.write_text(
        f"\\documentclass{{article}}\n\\title{{A study of soil}}\n\\author{{Kim Park\\{note}{{Department of Physics, Example University, Leeds, UK; "
        "Institute of Things, Example City, Germany (\\email{k@example.org}).}}}\n\\begin{document}\n\\maketitle\n\\section{Introduction}\nText.\n\\end{document}\n",
        encoding="utf-8",
    )
    (a,) = parse_latex(p, display_path="paper.tex").authors
    assert a.affiliations == ["Department of Physics, Example University, Leeds, UK", "Institute of Things, Example City, Germany"]




@pytest.mark.parametrize("use", [True, False])
def test_an_author_block_kept_in_a_macro_is_read_where_it_is_used(tmp_path, use):
    """"\\newcommand{\\myauthors}{\\author[1]{A} ... \\affil[1]{X}}" then
    "\\myauthors": the authors are read; a block defined and never used
    names nobody."""
    p = tmp_path / "paper.tex"
    p.write_text(
        "\\documentclass{article}\n\\usepackage{authblk}\n"
        "\\newcommand{\\myauthors}{\\author[1]{Kim Park}\\author[2]{Ana Li}\\affil[1]{Flow Cytometry Core Facility, Example University, Leeds, UK}"
        "\\affil[2]{Institute of Things, Example City, Germany}}\n"
        + ("\\myauthors\n" if use else "")
        + "\\title{A study of soil}\n\\begin{document}\n\\maketitle\n\\section{Introduction}\nText.\n\\end{document}\n",
        encoding="utf-8",
    )
    got = [(a.name, a.affiliations) for a in parse_latex(p, display_path="paper.tex").authors]
    assert got == ([("Kim Park", ["Flow Cytometry Core Facility, Example University, Leeds, UK"]), ("Ana Li", ["Institute of Things, Example City, Germany"])] if use else [])


@pytest.mark.parametrize("name", ["Artur S. d'Avila Garcez", "W. d'Assignies", "Jean d’Alembert", "Maria dell'Orto"])
def test_a_name_with_an_elided_particle_keeps_the_list(tmp_path, name):
    # "d'Avila": a particle run into the name by an apostrophe; one such name must not lose the list
    p = tmp_path / "paper.tex"
    p.write_text(f"\\documentclass{{article}}\n\\title{{A study}}\n\\author{{Kim Park, {name} and Jo A. Bloggs}}\n\\begin{{document}}\n\\maketitle\n\\section{{Intro}} Text.\n\\end{{document}}", encoding="utf-8")
    assert [a.name for a in parse_latex(p, display_path="paper.tex").authors] == ["Kim Park", name, "Jo A. Bloggs"]


def test_an_ieee_note_gives_each_named_author_their_place_and_address(tmp_path):
    p = tmp_path / "paper.tex"
    p.write_text(LATEX_AFFILIATED["ieee-journal-with"], encoding="utf-8")
    got = {a.name: (a.affiliations, a.email) for a in parse_latex(p, display_path="paper.tex").authors}
    assert got["Kim Park"] == (["Department of Physics, Example University, Exampletown, UK"], None)
    assert got["Ana del Río"] == (["Department of Physics, Example University, Exampletown, UK"], None)
    assert got["Jo A. Bloggs"] == (["Example Institute, Exampleville, France"], "jo@example.org")


@pytest.mark.parametrize("name", ["hand-large-group", "hand-noindent", "hand-twocolumn"])
def test_short_names_in_a_hand_set_group_are_each_an_author(tmp_path, name):
    # three short names inside one size group read as one name-shaped run unless the group is opened
    p = tmp_path / "paper.tex"
    p.write_text(LATEX_AFFILIATED[name].replace("Jo A. Bloggs", "Jo Bloggs").replace("Ana del R\\'io", "Ana Li"), encoding="utf-8")
    assert [a.name for a in parse_latex(p, display_path="paper.tex").authors] == ["Kim Park", "Jo Bloggs", "Ana Li"]


@pytest.mark.parametrize(
    ("name", "ana", "ben"),
    [
        ("aiaa-posts", ["School of Geography, University of Exampleton"], ["Sample Institute, Paris"]),
        ("rjournal-address", ["University of Exampleton, United Kingdom"], ["Sample Institute, France"]),
        ("svjour3-names-at", ["Sample Institute, Paris, France"], ["Sample Institute, Paris, France"]),
        ("aistats", ["University of Exampleton"], ["Sample Institute"]),
    ],
)
def test_each_author_gets_only_their_own_place(tmp_path, name, ana, ben):
    """Posts printed before a place, places opened by the author's name and
    names waiting for a shared "\\at" give each author their places only."""
    head, make_title = FRESH_CLASSES[name]
    p = tmp_path / "paper.tex"
    p.write_text(head + _MORE_BODY.replace("%MAKETITLE%", make_title), encoding="utf-8")
    a = parse_latex(p, display_path="paper.tex").authors
    assert [x.affiliations for x in a] == [ana, ben]


def _md_authors(path):
    m = parse_markdown(path, display_path=path.name)
    return [(a.name, a.affiliations) for a in m.authors]


@pytest.mark.parametrize("config", ["_quarto.yml", "myst.yml"])
def test_a_projects_authors_in_its_configuration_file(tmp_path, config):
    """A Quarto manuscript or a MyST project keeps its authors in the
    project's file; a paper of the project read alone gets them, with
    places given in full once and named by their id after."""
    people = (
        "  authors:\n"
        "    - name: Ana López\n      affiliations:\n        - id: uni\n          institution: University of Exampleton\n"
        "    - name: Ben Kim\n      affiliations:\n        - id: uni\n        - id: si\n          department: Imaging Facility\n          institution: Sample Institute\n"
    )
    if config == "myst.yml":
        text = "version: 1\nproject:\n  title: A study of soil\n" + people
    else:
        text = "project:\n  type: manuscript\nmanuscript:\n  article: paper.qmd\n" + people.replace("\n  ", "\n")[2:]
    (tmp_path / config).write_text(text, encoding="utf-8")
    paper = tmp_path / ("paper.qmd" if config == "_quarto.yml" else "paper.md")
    paper.write_text("---\ntitle: A study of soil\n---\n\n# Introduction\n\nSoil matters.\n\n# Methods\n\nWe dug.\n", encoding="utf-8")
    assert _md_authors(paper) == [
        ("Ana López", ["University of Exampleton"]),
        ("Ben Kim", ["University of Exampleton", "Imaging Facility, Sample Institute"]),
    ]


def test_marked_names_under_a_running_title_with_orcid_notes(tmp_path):
    p = tmp_path / "paper.Rmd"
    p.write_text(
        "---\noutput: word_document\n---\n\n# A study of soil\n## Running Title: Soil\n\n"
        "Ana López^1^ (ORCID: 0000-0002-1825-0097), Ben\nKim^1,2,\\*^\n\n^1^ University of Exampleton, UK\n\n^2^ Sample Institute, France\n\n# Introduction\n\nText.\n",
        encoding="utf-8",
    )
    assert _md_authors(p) == [("Ana López", ["University of Exampleton, UK"]), ("Ben Kim", ["University of Exampleton, UK", "Sample Institute, France"])]


def test_one_author_a_line_with_an_email_then_places(tmp_path):
    p = tmp_path / "paper.Rmd"
    p.write_text(
        "---\noutput: word_document\n---\n\nA study of soil\n\n"
        "Ana López, ana@example.org Department of Geography, University of Exampleton, UK\n\n"
        "Ben Kim, ben@example.org Sample Institute, Paris, France; University of Exampleton, UK\n\n# Abstract\n\nText.\n",
        encoding="utf-8",
    )
    assert _md_authors(p) == [
        ("Ana López", ["Department of Geography, University of Exampleton, UK"]),
        ("Ben Kim", ["Sample Institute, Paris, France", "University of Exampleton, UK"]),
    ]


_LIST_IN_A_FILE = "\\documentclass{article}\n\\title{A study}\n\\author{\\input{authorlist}}\n\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}\n"


def test_an_author_list_kept_in_a_file_of_its_own(tmp_path):
    """``\\author{\\input{authorlist}}``, as large collaborations keep their
    lists: the names and their notes are read from the file, in place."""
    (tmp_path / "paper.tex").write_text(_LIST_IN_A_FILE, encoding="utf-8")
    (tmp_path / "authorlist.tex").write_text("Kim Park\\thanks{Example University} \\and Jo A. Bloggs\\thanks{Example Institute} \\and Ana del R\\'io\n", encoding="utf-8")
    authors = parse_latex(tmp_path / "paper.tex", display_path="paper.tex").authors
    assert [(a.name, a.affiliations) for a in authors] == [("Kim Park", ["Example University"]), ("Jo A. Bloggs", ["Example Institute"]), ("Ana del Río", [])]


def test_an_author_list_in_a_missing_file_reads_nothing_and_says_so(tmp_path):
    """Guard: a list in a file that is not there gives no authors and a note, not an error."""
    (tmp_path / "paper.tex").write_text(_LIST_IN_A_FILE, encoding="utf-8")
    m = parse_latex(tmp_path / "paper.tex", display_path="paper.tex")
    assert m.authors == []
    assert any("authorlist" in n for n in m.notes)


_WITH_NOTE = (
    "Kim Park and Ana del Río are with the Department of Physics, Example University, Exampleton, UK. "
    "Jo A. Bloggs is with the Imaging Facility, Example Institute, Exampletown, UK."
)
_WITH_PLACES = {
    "Kim Park": ["Department of Physics, Example University, Exampleton, UK"],
    "Jo A. Bloggs": ["Imaging Facility, Example Institute, Exampletown, UK"],
    "Ana del Río": ["Department of Physics, Example University, Exampleton, UK"],
}


@pytest.mark.parametrize("note", [_WITH_NOTE, "The authors are with the Department of Physics, Example University, Exampleton, UK."])
def test_a_note_saying_who_is_with_which_place_in_markdown_and_word(tmp_path, note):
    """IEEE's note ("A and B are with X. C is with Y.", "The authors are
    with X") gives places in a Markdown or Word copy too, as it does in
    LaTeX and PDF."""
    import docx

    from techcost.parsers.docx import parse as parse_docx

    want = _WITH_PLACES if note == _WITH_NOTE else dict.fromkeys(AUTHORS, ["Department of Physics, Example University, Exampleton, UK"])
    md = tmp_path / "paper.md"
    md.write_text(
        "---\ntitle: A study\nauthor:\n  - Kim Park\n  - Jo A. Bloggs\n  - Ana del Río\n---\n\n"
        f"Text of the study.[^1]\n\n[^1]: {note}\n\n# Introduction\n\nText.\n",
        encoding="utf-8",
    )
    got_md = {a.name: a.affiliations for a in parse_markdown(md, display_path="paper.md", lexicons={}, as_paper=True).authors}
    d = docx.Document()
    d.add_heading("A study of things", 0)
    d.add_paragraph("Kim Park, Jo A. Bloggs and Ana del Río")
    d.add_paragraph(note)
    d.add_heading("Introduction", 1)
    d.add_paragraph("Text.")
    p = tmp_path / "paper.docx"
    d.save(p)
    got_docx = {a.name: a.affiliations for a in parse_docx(p, display_path="paper.docx").authors}
    assert got_md == want
    assert got_docx == want


@pytest.mark.parametrize("after", ["{\\small Example University}", "{Jo Bloggs}"])
def test_a_single_group_on_the_line_after_the_author_is_not_an_argument(tmp_path, after):
    """Only a LIPIcs-like run of groups, a line each, is read as the
    author's arguments; one group on the next line is not."""
    p = tmp_path / "paper.tex"
    p.write_text(f"\\documentclass{{article}}\n\\title{{A study}}\n\\author{{Kim Park}}\n{after}\n\\begin{{document}}\n\\maketitle\n\\section{{Intro}} Text.\n\\end{{document}}\n", encoding="utf-8")
    assert [a.name for a in parse_latex(p, display_path="paper.tex").authors] == ["Kim Park"]


@pytest.mark.parametrize(
    "note, want",
    [
        ("Address Center for Mind and Brain, University of Exampleton, Exampleton, UK", ["Center for Mind and Brain, University of Exampleton, Exampleton, UK"]),
        ("Address: Example Institute, Exampletown, UK", ["Example Institute, Exampletown, UK"]),
        ("Address for correspondence: Dr Kim Park, Example Institute, Exampletown, UK", []),
        ("address the question of how places are printed, University of Exampleton", []),
    ],
)
def test_the_one_place_under_an_address_label_is_everyones(note, want):
    """Current Opinion journals print the place all the authors share under
    "Address", after the abstract; a note for correspondence is no such
    label."""
    from techcost.model import Author
    from techcost.parsers._text import places_in_labelled_note

    authors = [Author(name=n) for n in AUTHORS]
    places_in_labelled_note(authors, ["Text of the abstract.", note])
    assert [a.affiliations for a in authors] == [want] * 3


@pytest.mark.parametrize("cmd", ["\\input{sections/title}", "\\input{sections/title.tex}", "\\include{sections/title}"])
def test_a_title_block_printed_as_text_in_a_file_of_its_own(tmp_path, cmd):
    """The PLoS template split into files: the title block, names with
    raised marks and numbered places, is set as text in a file the body
    includes before its first section; its names are the authors, located
    in that file."""
    (tmp_path / "sections").mkdir()
    (tmp_path / "paper.tex").write_text(
        "\\documentclass[10pt,letterpaper]{article}\n\\begin{document}\n" + cmd + "\n\\section*{Introduction}\nText.\n\\end{document}\n", encoding="utf-8"
    )
    (tmp_path / "sections" / "title.tex").write_text(
        "\\begin{flushleft}\n{\\Large\n\\textbf\\newline{A study of soil}\n}\n\\newline\n\\\\\n"
        "Ana L\\'opez\\textsuperscript{1,2*},\nBen Kim\\textsuperscript{1,3}\n\\\\\n\\medskip\n"
        "\\textbf{1} University of Exampleton, Exampleton, UK\n\\\\\n\\textbf{2} Sample Institute, Paris, France\n\\\\\n"
        "\\textbf{3} Faculty of Biology, Example University, Exampletown, UK\\\\[0.3cm]\n* ana@example.org\n\\end{flushleft}\n",
        encoding="utf-8",
    )
    m = parse_latex(tmp_path / "paper.tex", display_path="paper.tex")
    assert m.title == "A study of soil"
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Ana López", ["University of Exampleton, Exampleton, UK", "Sample Institute, Paris, France"]),
        ("Ben Kim", ["University of Exampleton, Exampleton, UK", "Faculty of Biology, Example University, Exampletown, UK"]),
    ]
    assert m.authors[0].location.path == "sections/title.tex" and m.authors[0].location.line == 7


_NICKNAMED = ["J. S. (Pat) Heslop-Harrison", 'Robert "Bob" Smith', "Lloyd L. (“Pete”) Coulter", "Ana Li"]
_WITHOUT = ["J. S. Heslop-Harrison", "Robert Smith", "Lloyd L. Coulter", "Ana Li"]


@pytest.mark.parametrize("fmt", ["latex", "markdown", "jats", "pdf line"])
def test_a_nickname_inside_a_name_is_no_part_of_it_in_every_format(tmp_path, fmt):
    """'J. S. (Pat) Heslop-Harrison' is J. S. Heslop-Harrison whichever
    format lists the names."""
    if fmt == "latex":
        p = tmp_path / "paper.tex"
        p.write_text("\\documentclass{article}\n\\title{A study}\n\\author{" + " \\and ".join(n.replace('"Bob"', "``Bob''") for n in _NICKNAMED) + "}\n\\begin{document}\n\\maketitle\nText.\n\\end{document}\n", encoding="utf-8")
        names = [a.name for a in parse_latex(p, display_path="paper.tex").authors]
    elif fmt == "markdown":
        p = tmp_path / "paper.md"
        p.write_text("---\ntitle: A study\nauthor:\n" + "".join(f"  - '{n}'\n" for n in _NICKNAMED) + "---\n\nText.\n", encoding="utf-8")
        names = [a.name for a in parse_markdown(p, display_path="paper.md").authors]
    elif fmt == "jats":
        from techcost.parsers.jats import parse as parse_jats

        def contrib(n: str) -> str:
            given, _, family = n.rpartition(" ")
            return f"<contrib contrib-type='author'><name><surname>{family}</surname><given-names>{given}</given-names></name></contrib>"

        p = tmp_path / "paper.xml"
        p.write_text(
            "<?xml version='1.0' encoding='utf-8'?><article><front><article-meta><title-group><article-title>A study</article-title></title-group>"
            f"<contrib-group>{''.join(contrib(n) for n in _NICKNAMED)}</contrib-group></article-meta></front><body><p>Text.</p></body></article>",
            encoding="utf-8",
        )
        names = [a.name for a in parse_jats(p, display_path="paper.xml").authors]
    else:
        from techcost.parsers.pdf import parse_author_line

        names = [n for n, _ in parse_author_line(", ".join(_NICKNAMED[:-1]) + " and " + _NICKNAMED[-1]) or []]
    assert names == _WITHOUT


def _latex_authors(tmp_path, text: str):
    p = tmp_path / "paper.tex"
    p.write_text(text, encoding="utf-8")
    return parse_latex(p, display_path="paper.tex").authors


def test_jmlrs_place_after_the_names_is_all_of_theirs(tmp_path):
    r"""JMLR: "\name A \email a \AND \name B ... \AND \addr Place": the place
    set apart after the names is the place of each."""
    authors = _latex_authors(tmp_path, r"""\documentclass{article}
\usepackage{jmlr2e}
\title{A study}
\author{\name Kim Park \email kim@example.org
\AND
\name Jo A. Bloggs \email jo@example.org
\AND
\addr Department of Physics\\
Example University\\
Exampleton, UK}
\begin{document}
\maketitle
Text.
\end{document}""")
    assert [(a.name, a.affiliations) for a in authors] == [(n, ["Department of Physics, Example University, Exampleton, UK"]) for n in ("Kim Park", "Jo A. Bloggs")]


@pytest.mark.parametrize("stand_in", ["Second Author", "Author Two", "Firstname Lastname", "Anonymous Author(s)"])
def test_a_templates_stand_in_for_a_name_is_no_author(tmp_path, stand_in):
    """CVPR's template names its second author "Second Author"; a paper that
    keeps the block lists a stand-in, not a person."""
    authors = _latex_authors(tmp_path, r"""\documentclass{article}
\title{A study}
\author{Kim Park\\
Example University
\and
STAND\\
Institution2
}
\begin{document}
\maketitle
Text.
\end{document}""".replace("STAND", stand_in))
    assert [a.name for a in authors] == ["Kim Park"]
    from techcost.parsers.pdf import parse_author_line

    assert parse_author_line(f"Kim Park, {stand_in}") == [("Kim Park", [])]


@pytest.mark.parametrize("who", ["Authors", "The authors", "All authors"])
def test_a_note_saying_the_authors_are_with_a_place_is_everyones(tmp_path, who):
    r""""\thanks{Authors are with the University of X ... (a, b) at x.hr}": the
    place is every author's, and the spelt-out addresses are no part of it."""
    authors = _latex_authors(tmp_path, r"""\documentclass[conference]{ieeeconf}
\title{A study}
\author{Kim Park, Jo A. Bloggs
\thanks{WHO are with the University of Exampleton, Faculty of Engineering, 10000 Exampleton, Croatia
{\tt\small (kim.park, jo.bloggs) at example.hr}}}
\begin{document}
\maketitle
Text.
\end{document}""".replace("WHO", who))
    place = "University of Exampleton, Faculty of Engineering, 10000 Exampleton, Croatia"
    assert [(a.name, a.affiliations) for a in authors] == [("Kim Park", [place]), ("Jo A. Bloggs", [place])]


def test_names_and_a_place_in_a_table_of_labels(tmp_path):
    r"""A title block set as a table: "Authors & A \\ & B \\ Date & ... \\
    Affiliation & Dept \\ & University"."""
    authors = _latex_authors(tmp_path, r"""\documentclass{article}
\begin{document}
\begin{center}
{\Large A study}
\begin{table}[hbt]{\small
\begin{tabular}{ll}
Authors & Kim Park \\
 & Jo A. Bloggs \\
Date & 06/30/2015 \\
Affiliation & Department of Ecology, \\
 & Example University
\end{tabular} }
\end{table}
\end{center}
\section{Intro} Text.
\end{document}""")
    place = "Department of Ecology, Example University"
    assert [(a.name, a.affiliations) for a in authors] == [("Kim Park", [place]), ("Jo A. Bloggs", [place])]


@pytest.mark.parametrize(
    "written",
    [r"\speaker{Kim Park, on behalf of the EXAMPLE Collaboration}\\ Example University", "Kim Park \\\\ on behalf of the \\exmpl collaboration\n\\\\ Example University"],
)
def test_the_group_a_speaker_talks_for_is_neither_an_author_nor_a_place(tmp_path, written):
    """Proceedings: "A, on behalf of the X Collaboration": the collaboration
    is neither one of the authors nor where the speaker works."""
    authors = _latex_authors(tmp_path, r"""\documentclass{PoS}
\newcommand{\exmpl}{EXAMPLE}
\title{A study}
\author{WRITTEN}
\begin{document}
\maketitle
Text.
\end{document}""".replace("WRITTEN", written))
    assert [(a.name, a.affiliations) for a in authors] == [("Kim Park", ["Example University"])]


@pytest.mark.parametrize(
    "icon",
    [r"\href{https://orcid.org/#1}{\mbox{\begin{tikzpicture}\pic{orcidlogo};\end{tikzpicture}}}", r"\href{https://orcid.org/#1}{\includegraphics[height=2mm]{orcid}}", r"\href{https://orcid.org/#1}{X}"],
)
def test_an_orcid_icon_made_by_a_macro_is_no_part_of_the_name(tmp_path, icon):
    r"""A paper's own "\orcidicon{ID}", a link to the iD drawn as a picture:
    the name keeps no part of it, and the iD is the author's."""
    authors = _latex_authors(tmp_path, r"""\documentclass[conference]{IEEEtran}
\newcommand\orcidicon[1]{ICON}
\title{A study}
\author{\IEEEauthorblockN{
*Kim Park \orcidicon{0000-0001-5370-3787} \textsuperscript{1,2} ,   % first author
Jo A. Bloggs \orcidicon{0000-0002-1905-2279} \textsuperscript{1}
}
\IEEEauthorblockA{\textsuperscript{1} Example University, Exampleton,\qquad \textsuperscript{2}Example Institute, Exampletown}
\IEEEauthorblockA{\small{*these authors contributed equally to this work}}
}
\begin{document}
\maketitle
Text.
\end{document}""".replace("ICON", icon))
    assert [(a.name, a.orcid) for a in authors] == [("Kim Park", "0000-0001-5370-3787"), ("Jo A. Bloggs", "0000-0002-1905-2279")]
    assert authors[1].affiliations == ["Example University, Exampleton"]


def test_a_stand_in_keeps_its_place_to_itself(tmp_path):
    r""""\And Second Author\\Plus Affiliation": neither line is an author."""
    authors = _latex_authors(tmp_path, r"""\documentclass{jss}
\author{Kim Park\\Example University
   \And Second Author\\Plus Affiliation}
\title{A study}
\begin{document}
\maketitle
Text.
\end{document}""")
    assert [(a.name, a.affiliations) for a in authors] == [("Kim Park", ["Example University"])]


@pytest.mark.parametrize("fmt", ["markdown-yaml", "markdown-line", "docx", "pdf-line"])
@pytest.mark.parametrize("stand_in", ["Second Author", "Author Three", "Firstname Lastname"])
def test_a_templates_stand_in_is_no_author_in_every_format(tmp_path, fmt, stand_in):
    """A stand-in left in the author list is dropped whichever format lists
    it, and the real names beside it stay."""
    real = ["Kim Park", "Jo A. Bloggs"]
    if fmt == "markdown-yaml":
        p = tmp_path / "paper.md"
        p.write_text("---\ntitle: A study\nauthor:\n" + "".join(f"  - {n}\n" for n in [*real, stand_in]) + "---\n\nText.\n", encoding="utf-8")
        names = [a.name for a in parse_markdown(p, display_path="paper.md").authors]
    elif fmt == "markdown-line":
        p = tmp_path / "paper.md"
        p.write_text(f"# A study\n\n{real[0]}, {real[1]} and {stand_in}\n\n## Methods\n\nText.\n", encoding="utf-8")
        names = [a.name for a in parse_markdown(p, display_path="paper.md", lexicons={}, as_paper=True).authors]
    elif fmt == "docx":
        import docx

        from techcost.parsers.docx import parse as parse_docx

        d = docx.Document()
        d.add_heading("A study of things", 0)
        d.add_paragraph(f"{real[0]}, {real[1]} and {stand_in}")
        d.add_paragraph("Example University, Exampleton, UK")
        d.add_heading("Introduction", 1)
        d.add_paragraph("Text.")
        p = tmp_path / "paper.docx"
        d.save(p)
        names = [a.name for a in parse_docx(p, display_path="paper.docx").authors]
    else:
        from techcost.parsers.pdf import parse_author_line

        names = [n for n, _ in parse_author_line(f"{real[0]}⟨1⟩, {real[1]}⟨2⟩ and {stand_in}⟨2⟩") or []]
    assert names == real


@pytest.mark.parametrize("gap", [r" \space\space ", r" \space ", "~~", "~~~~", r" \quad ", r" \qquad ", r" \hspace{2em} "])
def test_names_parted_only_by_spacing_commands_are_each_an_author(tmp_path, gap):
    """"Kam Kasravi \\space\\space Naveen Purushotham": an ACL-style line whose
    names are parted by spacing alone gives one author a name, with the
    place on the line below shared by all."""
    p = tmp_path / "paper.tex"
    p.write_text(
        "\\documentclass{article}\n\\title{A study}\n"
        f"\\author{{Kim Park{gap}Jo A. Bloggs{gap}Ana del R\\'io \\\\\n  Example University, UK \\\\\n  \\texttt{{\\{{kp,jb,ar\\}}@example.org}}}}\n"
        "\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}\n",
        encoding="utf-8",
    )
    m = parse_latex(p, display_path="paper.tex")
    assert [a.name for a in m.authors] == AUTHORS
    assert all(a.affiliations == ["Example University, UK"] for a in m.authors)


def _front(tmp_path, author_yaml: str, suffix: str = ".Rmd"):
    p = tmp_path / f"paper{suffix}"
    p.write_text(f'---\ntitle: "A study"\n{author_yaml}\noutput: html_document\n---\n\n# Methods\n\nText.\n', encoding="utf-8")
    return parse_markdown(p, display_path=p.name, lexicons={}, as_paper=True).authors


@pytest.mark.parametrize(
    ("author_yaml", "place"),
    [
        ('author: "Kim Park (k.park3@example.org), Jo A. Bloggs (jb@example.org) and Ana del Río (ar@example.org)"', None),
        ("author: Kim Park <kpark3@example.org>, Jo A. Bloggs <jb@example.org> and Ana del Río <ar@example.org>", None),
        ('author: "Kim Park (Department of Physics, Example University), Jo A. Bloggs (Department of Physics, Example University) and Ana del Río (Department of Physics, Example University)"', "Department of Physics, Example University"),
        ('author: "Kim Park (with scripts from Sam Lee), Jo A. Bloggs and Ana del Río (contact information)"', None),
        ('author: "Kim Park, Jo A. Bloggs and Ana del Río \\\\newline Example University"', "Example University"),
        ('author: "Kim Park, Jo A. Bloggs and Ana del Río \\\\\\\\ Example University"', "Example University"),
        ("author: Kim Park, Jo A. Bloggs and Ana del Río<br>Example University", "Example University"),
        ('author:\n  - "Kim Park\\\\"\n  - "Jo A. Bloggs\\\\"\n  - "Ana del Río\\\\"\n  - "Example University"', None),
        ("author:\n  - Kim Park*\\textsuperscript{§}, Jo A. Bloggs\\textsuperscript{§} and Ana del Río\\textsuperscript{§}", None),
        ("author: |\n  Kim Park^1^,\n  Jo A. Bloggs^1^ and\n  Ana del Río^1^", None),
    ],
)
def test_a_printed_author_string_gives_each_name_without_what_follows_it(tmp_path, author_yaml, place):
    """An R Markdown or Pandoc author written as one printed string: an
    address or a remark in brackets after a name, a line break into the
    place ("\\\\newline", "\\\\\\\\", "<br>"), marks, or an "and" ending a
    line, is no part of any name; a place on its own line is the place of
    the names above it."""
    authors = _front(tmp_path, author_yaml)
    assert [a.name for a in authors] == AUTHORS
    if place:
        assert all(a.affiliations == [place] for a in authors)
    if "@" in author_yaml:
        assert authors[0].email in ("k.park3@example.org", "kpark3@example.org")


def test_a_post_in_brackets_after_a_name_is_the_authors_post(tmp_path):
    authors = _front(tmp_path, "author:\n  - Kim Park (Research Software Engineer)\n  - Jo A. Bloggs\n  - Ana del Río (Example University)")
    assert [a.name for a in authors] == AUTHORS
    assert authors[0].job_titles == ["Research Software Engineer"] and authors[2].affiliations == ["Example University"]


@pytest.mark.parametrize(
    "line",
    ["Park, K., Bloggs, J. A. and del Río, A.", "Park, K.^1^, Bloggs, J. A.^2^, del Río, A.^1^", "Park, K, Bloggs, JA, del Río, A"],
)
def test_a_list_printed_family_name_first(tmp_path, line):
    """"Park, K., Bloggs, J. A. and del Río, A.": each family name keeps
    the initials after it, rather than each being an author."""
    authors = _front(tmp_path, f"author: '{line}'")
    assert [a.name.replace(".", "").replace(" ", "") for a in authors] == ["Park,K", "Bloggs,JA", "delRío,A"]


@pytest.mark.parametrize("author_yaml", ['author: "Replication Author[s] (contact information)"', "author: Sablefish Stock Assessment Team", 'author: "`r params$author`"'])
def test_a_stand_in_or_a_team_in_the_author_string_is_no_author(tmp_path, author_yaml):
    p = tmp_path / "paper.Rmd"
    p.write_text(f'---\ntitle: "A study"\n{author_yaml}\n---\n\n# Methods\n\nText.\n\n# Acknowledgements\n\nNone.\n', encoding="utf-8")
    assert parse_markdown(p, display_path=p.name, lexicons={}, as_paper=True).authors == []


@pytest.mark.parametrize("bracket", ["({})", "<{}>", "(e-mail: {})"])
def test_docx_one_author_a_line_with_an_address_in_brackets(tmp_path, bracket):
    """"Simon De Deyne (s.deyne@x.be)1,2", one author a paragraph: the
    address is the author's contact, the raised marks their places."""
    docx = pytest.importorskip("docx")
    from techcost.parsers.docx import parse as parse_docx

    d = docx.Document()
    d.add_paragraph("A study of graded structure in adjective categories")
    people = [("Kim Park", "kpark3@example.org", "1"), ("Jo A. Bloggs", "jb@example.org", "2"), ("Ana del Río", "ar@example.org", "1,2")]
    for name, mail, mark in people:
        p = d.add_paragraph(f"{name} {bracket.format(mail)}")
        p.add_run(mark).font.superscript = True
    for key, place in (("1", "Example University, Leeds, UK"), ("2", "Example Institute, York, UK")):
        p = d.add_paragraph()
        p.add_run(key).font.superscript = True
        p.add_run(place)
    d.add_heading("Introduction", 1)
    d.add_paragraph("Text.")
    path = tmp_path / "paper.docx"
    d.save(path)
    authors = parse_docx(path, display_path="paper.docx").authors
    assert [a.name for a in authors] == AUTHORS
    assert [a.email for a in authors] == [m for _, m, _ in people]
    assert [len(a.affiliations) for a in authors] == [1, 1, 2]


def test_a_pdf_author_line_with_addresses_in_brackets():
    from techcost.parsers.pdf import parse_author_line

    pairs = parse_author_line("Kim Park (kpark3@example.org)⟨1⟩, Jo A. Bloggs (jb@example.org)⟨2⟩ and Ana del Río (ar@example.org)⟨1,2⟩")
    assert [n for n, _ in pairs or []] == AUTHORS


def _tex_authors(tmp_path, source: str):
    """The authors the LaTeX reader finds in ``source``, written as paper.tex."""
    p = tmp_path / "paper.tex"
    p.write_text(source, encoding="utf-8")
    return parse_latex(p, display_path="paper.tex").authors


@pytest.mark.parametrize(
    "note",
    [
        "*For correspondence:\n\\href{mailto:ar@example.org}{\\nolinkurl{ar@example.org}}\n(AR)",
        "* Corresponding author. \\href{mailto:ar@example.org}{ar@example.org}",
        "*E-mail: ar@example.org",
        "$^*$Correspondence: ar@example.org (AR); kim@example.org (KP)",
    ],
)
def test_a_correspondence_note_run_on_after_the_last_name(tmp_path, note):
    # converters from JATS write the note straight after the star: the name before it is still an author
    authors = _tex_authors(
        tmp_path,
        "\\documentclass{article}\n\\title{A study}\n\\author{Kim Park \\and Jo A. Bloggs \\and Ana del R\\'io" + note + "}\n"
        "\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}",
    )
    assert [a.name for a in authors] == AUTHORS
    assert authors[-1].corresponding


def test_a_template_package_kept_beside_the_paper_does_not_hide_its_names(tmp_path):
    # a copy of jmlr2e.sty defines \name, \email and \addr as font switches; the names they mark are still read
    (tmp_path / "jmlr2e.sty").write_text(
        "\\def\\addr{\\small\\it}\n\\def\\email{\\hfill\\small\\sc}\n\\def\\name{\\normalsize\\bf}\n\\newcommand{\\ucl}{Example University}\n",
        encoding="utf-8",
    )
    authors = _tex_authors(
        tmp_path,
        "\\documentclass{article}\n\\usepackage{jmlr2e}\n\\title{A study}\n"
        "\\author{\\name Kim Park \\email kpark3@example.org \\\\\n \\addr \\ucl, Leeds, UK\n \\AND\n"
        " \\name Jo A. Bloggs \\email jb@example.org \\\\\n \\addr Example Institute, York, UK\n \\AND\n"
        " \\name Ana del R\\'io \\email ar@example.org \\\\\n \\addr Example Institute, York, UK}\n"
        "\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}",
    )
    assert [a.name for a in authors] == AUTHORS
    assert [a.email for a in authors] == ["kpark3@example.org", "jb@example.org", "ar@example.org"]
    assert authors[0].affiliations == ["Example University, Leeds, UK"]  # the package's own macros still expand


@pytest.mark.parametrize(
    "block",
    [
        # JMLR as written by hand: an empty group before each name, ties after \email and \addr
        "\\name{}Kim Park \\email~kpark3@example.org \\\\ \\addr~Example University, Leeds, UK \\AND%\n"
        "\\name{}Jo A. Bloggs \\email~jb@example.org \\\\ \\addr~Example Institute, York, UK \\AND%\n"
        "\\name{}Ana del R\\'io \\email~ar@example.org \\\\ \\addr~Example Institute, York, UK",
        # the e-mail and the place held in a group after each name
        "\\name Kim Park$^*$ {\\email kpark3@example.org \\\\\n \\addr Example University, Leeds, UK}\n \\AND\n"
        "\\name Jo A. Bloggs$^*$ {\\email jb@example.org \\\\\n \\addr Example Institute, York, UK}\n \\AND\n"
        "\\name Ana del R\\'io \\email ar@example.org \\\\\n \\addr Example Institute, York, UK",
    ],
)
def test_jmlr_author_blocks_as_written_by_hand(tmp_path, block):
    authors = _tex_authors(
        tmp_path,
        "\\documentclass{article}\n\\title{A study}\n\\author{" + block + "}\n\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}",
    )
    assert [a.name for a in authors] == AUTHORS
    assert [a.email for a in authors] == ["kpark3@example.org", "jb@example.org", "ar@example.org"]
    assert [a.affiliations for a in authors] == [["Example University, Leeds, UK"], ["Example Institute, York, UK"], ["Example Institute, York, UK"]]


def test_mnras_names_after_a_break_held_in_a_group(tmp_path):
    authors = _tex_authors(
        tmp_path,
        "\\documentclass{mnras}\n\\title{A study}\n\\author[K. Park et al.]{\nKim Park,$^{1}$\\thanks{E-mail: kpark3@example.org}\n"
        "\\newauthor{\nJo A. Bloggs,$^{2}$\nand Ana del R\\'io$^{1,2}$}\\\\\n% List of institutions\n"
        "$^{1}$Example University, Leeds, UK\\\\\n$^{2}$Example Institute, York, UK\n}\n"
        "\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}",
    )
    assert [a.name for a in authors] == AUTHORS
    assert [a.affiliations for a in authors] == [["Example University, Leeds, UK"], ["Example Institute, York, UK"], ["Example University, Leeds, UK", "Example Institute, York, UK"]]


@pytest.mark.parametrize("tail", ["\\etal", "et al.", "{\\it et al.}", "and others"])
def test_a_list_of_names_cut_short(tmp_path, tail):
    authors = _tex_authors(
        tmp_path,
        "\\documentclass{aastex}\n\\newcommand{\\etal}{{\\it et al.}}\n\\title{A study}\n"
        "\\author{%\n    Kim Park,\n    Jo A. Bloggs,\n    Ana del R\\'io, " + tail + "}\n"
        "\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}",
    )
    assert [a.name for a in authors] == AUTHORS


@pytest.mark.parametrize("mark", ["\\footref{spoks}", "\\footnotemark[1]", "\\footnoteref{spoks}"])
def test_a_reference_to_a_footnote_after_a_name_is_no_part_of_it(tmp_path, mark):
    authors = _tex_authors(
        tmp_path,
        "\\documentclass{revtex4}\n\\title{A study}\n\\author{Kim Park\\footnote{Co-spokesperson\\label{spoks}}, Jo A. Bloggs, Ana del R\\'io"
        + mark + "}\n\\affiliation{Example University}\n\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}",
    )
    assert [a.name for a in authors] == AUTHORS


@pytest.mark.parametrize("size", ["\\Huge", "\\huge", "\\LARGE"])
def test_a_title_page_title_in_display_type_is_no_line_of_names(tmp_path, size):
    authors = _tex_authors(
        tmp_path,
        "\\documentclass{scrbook}\n\\begin{document}\n\\begin{titlepage}\n\\begin{center}\n"
        "\\vspace*{20mm}\n\n{" + size + "\\bfseries\\scshape Large Synoptic Survey Telescope}\n\\linebreak\n\\linebreak\n"
        "{" + size + "\\bfseries\\scshape Galaxies, Dark-Matter and Black Holes: A Roadmap}\n\n\\vspace*{20mm}\n\\end{center}\n"
        "\\end{titlepage}\n\\section{Intro} Text.\n\\end{document}",
    )
    assert authors == []


@pytest.mark.parametrize("invite", ["\\color{blue}Add your name here\\textsuperscript{3}\\color{black}", "Your Name$^{3}$"])
def test_a_drafts_invitation_among_the_names_is_passed_over(tmp_path, invite):
    authors = _tex_authors(
        tmp_path,
        "\\documentclass{article}\n\\begin{document}\n\\begin{flushleft}\n{\\Large\n\\textbf\\newline{A study}\n}\n\\newline\n\\\\\n"
        "Kim Park\\textsuperscript{1},\nJo A. Bloggs\\textsuperscript{2},\n" + invite + ",\nAna del R\\'io\\textsuperscript{1,2}\n\\\\\n\\bigskip\n"
        "\\textbf{1} Example University, Leeds, UK\n\\\\\n\\textbf{2} Example Institute, York, UK\n\\end{flushleft}\n\\section{Intro} Text.\n\\end{document}",
    )
    assert [a.name for a in authors] == AUTHORS


@pytest.mark.parametrize("title", ["Dr.", "Prof.", "Mrs"])
@pytest.mark.parametrize("fmt", ["latex", "markdown"])
def test_a_title_before_a_name_is_no_part_of_it_in_every_source_format(tmp_path, fmt, title):
    # (the PDF reader's case is in test_pdf_title_pages: one shared helper strips the title)
    if fmt == "latex":
        authors = _tex_authors(
            tmp_path,
            "\\documentclass{article}\n\\title{A study}\n\\author{" + title + " Kim Park \\and " + title + " Jo A. Bloggs \\and Ana del R\\'io}\n"
            "\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}",
        )
    else:
        p = tmp_path / "paper.md"
        p.write_text(f"---\ntitle: A study\nauthor:\n  - {title} Kim Park\n  - {title} Jo A. Bloggs\n  - Ana del Río\n---\n\n# Intro\n\nText.\n", encoding="utf-8")
        authors = parse_markdown(p, display_path="paper.md").authors
    assert [a.name for a in authors] == AUTHORS


@pytest.mark.parametrize("degrees", [("PhD", "MD", "MRes"), ("MBChB", "MBBS", "MSc"), ("M.Sc.", "DPhil", "BVSc")])
@pytest.mark.parametrize("fmt", ["latex", "markdown"])
def test_a_degree_after_a_comma_is_neither_an_author_nor_part_of_a_name(tmp_path, fmt, degrees):
    a, b, c = degrees
    if fmt == "latex":
        authors = _tex_authors(
            tmp_path,
            "\\documentclass{article}\n\\title{A study}\n\\author{Kim Park, " + a + "\\footnote{Example University} \\and Jo A. Bloggs, " + b
            + "\n \\and Ana del R\\'io, " + c + "}\n\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}",
        )
    else:
        p = tmp_path / "paper.md"
        p.write_text(f"---\ntitle: A study\nauthor: Kim Park, {a}, Jo A. Bloggs, {b} and Ana del Río, {c}\n---\n\n# Intro\n\nText.\n", encoding="utf-8")
        authors = parse_markdown(p, display_path="paper.md").authors
    assert [x.name for x in authors] == AUTHORS
    # (a generational suffix is part of the name)
    authors = _tex_authors(tmp_path, "\\documentclass{article}\n\\title{A study}\n\\author{Kim Park, Jr. \\and Jo A. Bloggs}\n\\begin{document}\n\\maketitle\n\\end{document}")
    assert [x.name for x in authors] == ["Kim Park Jr.", "Jo A. Bloggs"]


@pytest.mark.parametrize("conj", ["y", "e", "und", "et", "i", "och", "en"])
@pytest.mark.parametrize("sep", [", ", " \\and "])
def test_and_in_another_language_parts_two_full_names(tmp_path, conj, sep):
    authors = _tex_authors(
        tmp_path,
        "\\documentclass{article}\n\\title{Un estudio}\n\\author{Kim Park" + sep + "Jo A. Bloggs " + conj + " Ana del R\\'io}\n"
        "\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}",
    )
    assert [a.name for a in authors] == AUTHORS
    p = tmp_path / "paper.md"
    p.write_text(f"---\ntitle: Un estudio\nauthor: Kim Park, Jo A. Bloggs {conj} Ana del Río\n---\n\n# Intro\n\nText.\n", encoding="utf-8")
    assert [a.name for a in parse_markdown(p, display_path="paper.md").authors] == AUTHORS


@pytest.mark.parametrize("name", ["José Ortega y Gasset", "Maria da Silva e Souza"])
def test_a_name_holding_the_word_for_and_stays_whole(tmp_path, name):
    tex = name.replace("é", "\\'e")
    authors = _tex_authors(tmp_path, "\\documentclass{article}\n\\title{A study}\n\\author{Kim Park \\and " + tex + "}\n\\begin{document}\n\\maketitle\n\\end{document}")
    assert [a.name for a in authors] == ["Kim Park", name]


@pytest.mark.parametrize("comment", ["%", "% short author list\n", "%\n%\n"])
def test_a_comment_between_a_command_and_its_argument(tmp_path, comment):
    authors = _tex_authors(
        tmp_path,
        "\\documentclass{mnras}\n\\title[Short]{A study}\n\\author[K. Park et al.]" + comment + "\n{Kim Park$^{1}$, Jo A. Bloggs$^{2}$ and Ana del R\\'io$^{1}$\n\\\\\n"
        "$^{1}$Example University, Leeds, UK\\\\\n$^{2}$Example Institute, York, UK\n}\n\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}",
    )
    assert [a.name for a in authors] == AUTHORS


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_labelled_groups_of_an_author_list(tmp_path, gap):
    authors = _tex_authors(
        tmp_path,
        "\\documentclass{article}\n\\def\\Authors{\nEditors: \\textnormal{\nKim Park\\,$^{1}$ (coordinator),\nJo A. Bloggs\\,$^{2}$ (coordinator)\n}\n" + gap
        + "Report Contributors: \\textnormal{\nAna del R\\'io\\,$^{1}$,\nBo Lee\\,$^{2}$\n}\n}\n\\title{A white paper}\n\\author{\\Authors}\n"
        "\\begin{document}\n\\maketitle\n\\end{document}",
    )
    assert [a.name for a in authors] == [*AUTHORS, "Bo Lee"]


def test_a_template_macro_that_counts_and_tests_prints_no_words(tmp_path):
    """AAAI's \\equalcontrib counts footnotes and tests the count; what it
    prints is a mark, and its code is no part of the names."""
    sty = (
        "\\newcounter{eqfn}\\setcounter{eqfn}{0}%\n\\def\\equalcontrib{%\n  \\ifnum\\value{eqfn}=0%\n"
        "    \\footnote{These authors contributed equally.}%\n    \\setcounter{eqfn}{\\value{footnote}}%\n  \\else%\n"
        "    \\footnotemark[\\value{eqfn}]%\n  \\fi%\n}\n"
    )
    (tmp_path / "aaai24.sty").write_text(sty, encoding="utf-8")
    authors = _tex_authors(
        tmp_path,
        "\\documentclass{article}\n\\usepackage{aaai24}\n\\title{A study}\n\\author{\n    Kim Park\\equalcontrib,\n    Jo A. Bloggs\\equalcontrib,\n    Ana del R\\'io\n}\n"
        "\\affiliations{Example University}\n\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}",
    )
    assert [a.name for a in authors] == AUTHORS


def _latex_names(tmp_path, author_block: str, cls: str = "article", files: dict[str, str] | None = None, body: str = "\\maketitle") -> list[str]:
    for name, text in (files or {}).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "paper.tex").write_text(f"\\documentclass{{{cls}}}\n\\title{{A study}}\n{author_block}\n\\begin{{document}}\n{body}\n\\section{{Intro}} Text.\n\\end{{document}}\n", encoding="utf-8")
    return [a.name for a in parse_latex(tmp_path / "paper.tex", display_path="paper.tex").authors]


@pytest.mark.parametrize("gap", ["\\ldots", "\\dots", "...", "\\ldots{}", "…"])
@pytest.mark.parametrize("at", [1, 2])
def test_an_ellipsis_in_a_list_of_names_stands_for_names_left_out(tmp_path, gap, at):
    names = ["Ann Lee", "Bo Kim", "Cy Park"]
    items = names[:at] + [gap] + names[at:]
    assert _latex_names(tmp_path, "\\author{" + ", ".join(items) + "}") == names


@pytest.mark.parametrize("group", ["(Example Collaboration)", "\\begin{center} (The Example Consortium) \\end{center}"])
def test_a_collaboration_in_brackets_after_the_last_name_keeps_that_name(tmp_path, group):
    assert _latex_names(tmp_path, f"\\author{{A.~Lee$^{{1}}$, B.~Kim$^{{2}}$, C.~Park$^{{1}}$\n{group}}}") == ["A. Lee", "B. Kim", "C. Park"]


@pytest.mark.parametrize("orcid", ["\\orcidID{0000-0001-0000-0002}", "\\orcid{0000-0001-0000-0002}"])
def test_a_line_of_names_ended_by_an_orcid_without_and_parts_the_names(tmp_path, orcid):
    block = f"\\author{{Ann Lee\\inst{{1}}{orcid} \\and\nBo Kim\\inst{{2}}{orcid}\nCy Park\\inst{{1}}{orcid}}}\n\\institute{{Uni A \\and Uni B}}"
    assert _latex_names(tmp_path, block, cls="llncs") == ["Ann Lee", "Bo Kim", "Cy Park"]


def test_the_plain_half_of_texorpdfstring_gives_the_name(tmp_path):
    block = "\\DeclareRobustCommand{\\Mc}{M\\raisebox{.5ex}{c}}\n\\author{\\texorpdfstring{Ann \\Mc{}Lee}{Ann McLee}}\n\\author{Bo Kim}"
    assert _latex_names(tmp_path, block, cls="amsart") == ["Ann McLee", "Bo Kim"]


@pytest.mark.parametrize("initials", ["M. S.", "M. D.", "B. A.", "P. H.", "A. N."])
def test_initials_after_a_family_name_that_spell_a_degree_are_initials(tmp_path, initials):
    assert _latex_names(tmp_path, f"\\author{{Lee, {initials} \\and Kim, J. W.}}") == [f"{initials} Lee", "J. W. Kim"]
    # (a degree after a whole name is still a degree)
    assert _latex_names(tmp_path, "\\author{Ann Lee, M.D. \\and Bo Kim, Ph.D.}") == ["Ann Lee", "Bo Kim"]


@pytest.mark.parametrize(
    "setup,use",
    [
        ("\\newcommand{\\authfile}{authors}", "\\input{\\authfile}\n\\maketitle"),
        ("\\usepackage{sw}", "\\doctitle"),
        ("\\newcommand\\doctitle{\\input{authors}\\maketitle}", "\\doctitle"),
        ("\\usepackage{sw}\n\\newcommand\\maketitlepost{\\doctitle}", "\\maketitlepost"),
        ("\\usepackage{swdir}", "\\doctitle"),
    ],
)
def test_an_author_file_read_through_a_macro(tmp_path, setup, use):
    """The file of names named by a macro (``\\input{\\authfile}``), or read by
    a macro of the paper's or of a package kept beside it, in its own folder
    too ("desc-tex/styles/docswitch.sty"), where the macro is used."""
    files = {
        "authors.tex": "\\author{Ann Lee \\and Bo Kim \\and Cy Park}\n",
        "sw.sty": "\\providecommand\\authlist{authors}\n\\newcommand\\doctitle{\\input{\\authlist}\\maketitle}\n",
        "styles/swdir.sty": "\\providecommand\\doctitle{\\input{authors}\\date{\\today}\\maketitle}\n",
    }
    assert _latex_names(tmp_path, setup, files=files, body=use) == ["Ann Lee", "Bo Kim", "Cy Park"]


def test_a_package_found_twice_below_the_paper_is_not_guessed(tmp_path):
    """Guard: two packages of the same name in the project's folders, and
    neither beside the paper: TeX's search path decides, so neither is read."""
    files = {
        "authors.tex": "\\author{Ann Lee \\and Bo Kim}\n",
        "a/swdir.sty": "\\providecommand\\doctitle{\\input{authors}\\maketitle}\n",
        "b/swdir.sty": "\\providecommand\\doctitle{\\input{authors}\\maketitle}\n",
    }
    assert _latex_names(tmp_path, "\\usepackage{swdir}", files=files, body="\\doctitle") == []


@pytest.mark.parametrize(
    "front,want",
    [
        ('author: |\n  | Ann Lee$^1$, Bo Kim$^2$\n  | $^1$Univ A; $^2$Univ B\n', [("Ann Lee", ["Univ A"]), ("Bo Kim", ["Univ B"])]),
        ("author:\n  - name: Dr Ann Lee\n  - name: Prof. Bo Kim\n", [("Ann Lee", []), ("Bo Kim", [])]),
        ('author: |\n  | Ann Lee^[Corresponding author: ann@example.org] $^1$, Bo Kim $^1$, $^2$, Cy Park $^1$$^,$$^3$,\n  | $^1$Univ A; $^2$Univ B; $^3$Univ C;\n', [("Ann Lee", ["Univ A"]), ("Bo Kim", ["Univ A", "Univ B"]), ("Cy Park", ["Univ A", "Univ C"])]),
    ],
    ids=["line-block", "titles", "notes-and-split-marks"],
)
def test_markdown_author_fields_written_as_printed_lines(tmp_path, front, want):
    """A YAML line block ("author: |" with "| " rows) holding names and their
    marked places (marks in TeX's math, one author's marks parted by commas,
    a note on a name), and courtesy titles before names."""
    p = tmp_path / "paper.Rmd"
    p.write_text(f"---\ntitle: A study of things\n{front}output: word_document\n---\n\n# Introduction\n\nText.\n", encoding="utf-8")
    assert [(a.name, a.affiliations) for a in parse_markdown(p, display_path="paper.Rmd").authors] == want


@pytest.mark.parametrize("note,ack", [("Both authors contributed to study funding, design and writing.", False), ("We thank Cy Park for technical support with the funding reports.", True)])
def test_an_author_note_saying_who_did_what_is_no_acknowledgement(tmp_path, note, ack):
    p = tmp_path / "paper.Rmd"
    p.write_text(f"---\ntitle: A study\nauthor:\n  - name: Ann Lee\n  - name: Bo Kim\nauthor_note: >\n  {note}\noutput: papaja::apa6_pdf\n---\n\n# Introduction\n\nText.\n", encoding="utf-8")
    m = parse_markdown(p, display_path="paper.Rmd")
    assert any(s.kind == "acknowledgements" for s in m.sections) is ack


@pytest.mark.parametrize("line", ["Ann Lee^§,1^, Bo Kim^¶^ and Cy Park^¶,2^", "Ann Lee^§,1^, Bo Kim^¶,†,^[^1] and Cy Park^¶,†,^[^2]"])
@pytest.mark.parametrize("chunk", [0, 300])
def test_names_with_marks_of_symbols_and_numbers_after_any_code(tmp_path, line, chunk):
    """A line of names whose marks mix symbols and numbers ("^§,1^"), under
    an R Markdown set-up chunk of any length."""
    code = "```{r setup}\n" + "x <- 1\n" * chunk + "```\n\n" if chunk else ""
    p = tmp_path / "paper.Rmd"
    p.write_text(f"---\ntitle: A study of things\noutput: word_document\n---\n\n{code}{line}\n\n[^1]: Equal contribution.\n[^2]: Corresponding.\n\n# Introduction\n\nText.\n", encoding="utf-8")
    assert [a.name for a in parse_markdown(p, display_path="paper.Rmd").authors] == ["Ann Lee", "Bo Kim", "Cy Park"]


@pytest.mark.parametrize(
    "preamble,entry",
    [
        ("\\documentclass{elsarticle}", "\\author[2]{Bo~Tran (editor, WG organizer),}"),
        ("\\documentclass{elsarticle}", "\\author[2]{Bo Tran, editor}"),
        ("\\documentclass{revtex4-1}", "\\author{Bo Tran (editor, convener)}"),
        ("\\documentclass{article}", "\\author{Bo Tran (editor, convener)}"),
    ],
)
def test_what_an_author_did_beside_their_name_does_not_lose_them(tmp_path, preamble, entry):
    """"\\author{Bo Tran (editor, WG organizer),}", "\\author{Bo Tran, editor}": lower-case words
    after a name, bracketed or after a comma, say what the author did; the author is kept."""
    text = preamble + "\n\\begin{document}\n\\title{A study}\n\\author{Anna Keel}\n" + entry + "\n\\author{Cy Moss}\n\\maketitle\nText.\n\\end{document}\n"
    names = [a.name for a in _latex_authors(tmp_path, text)]
    assert "Bo Tran" in names and "Anna Keel" in names and "Cy Moss" in names
    assert not any("editor" in n for n in names)



@pytest.mark.parametrize(
    "line,names",
    [
        ("Marta Kowalski1, ÉliseMoreau1, Tomas Berg2, JoséRamírez2", ["Marta Kowalski", "Élise Moreau", "Tomas Berg", "José Ramírez"]),
        ("Marta Kowalski1, CélineTardy1,4, Hanna Olsen1", ["Marta Kowalski", "Céline Tardy", "Hanna Olsen"]),
        ("Marta Kowalski1, EliseMoreau1, Hanna Olsen1", ["Marta Kowalski", "Elise Moreau", "Hanna Olsen"]),
    ],
)
def test_a_pdf_name_run_together_is_parted_in_any_latin_script(line, names):
    """A text layer that lost the space between given and family names ("CélineTardy")
    parts them whatever the letters, as it does for "EliseMoreau"."""
    from techcost.parsers.pdf import parse_author_line

    assert [n for n, _ in parse_author_line(line)] == names


@pytest.mark.parametrize("cmd", ["addAuthor", "addauthor", "AddAuthor"])
def test_a_project_class_that_adds_authors_by_key_gives_names_and_places(tmp_path, cmd):
    r"""A journal class kept in the project's folder: "\addAuthor{Name}{key}" over
    "\addAffiliation{key}{Place}", read as "\author[key]{Name}" and "\address[key]{Place}"."""
    aff = cmd.replace("Author", "Affiliation").replace("author", "affiliation")
    text = (
        "\\documentclass{style/fooJournal}\n\\title{A study}\n"
        f"\\{cmd}{{\\correspondingAuthor{{Anna Keel}}}}{{a}}\n\\{cmd}{{Bo Tran}}{{b}}\n"
        f"\\{aff}{{a}}{{Institute One, Town}}\n\\{aff}{{b}}{{Institute Two, City}}\n"
        "\\begin{document}\n\\section{Introduction}\nText.\n\\end{document}\n"
    )
    got = [(a.name, a.affiliations) for a in _latex_authors(tmp_path, text)]
    assert got == [("Anna Keel", ["Institute One, Town"]), ("Bo Tran", ["Institute Two, City"])]



@pytest.mark.parametrize("note", ["(editor, WG organizer)", "(editor)", "(deceased)", "(equal contribution, co-first author)"])
@pytest.mark.parametrize("layout", ["yaml", "markdown-line", "pdf-line", "latex"])
def test_what_an_author_did_noted_beside_the_name_is_no_part_of_it_in_any_format(tmp_path, layout, note):
    """One helper (``names.without_role_notes``) for every reader of author lines: a
    lower-case note in brackets beside a name or its marks, commas inside or not."""
    if layout == "yaml":
        p = tmp_path / "p.md"
        p.write_text(f"---\ntitle: A study\nauthor:\n  - Anna Keel\n  - Bo Tran {note}\n  - Cy Moss\n---\n\n# Introduction\n\nText.\n", encoding="utf-8")
        names = [a.name for a in parse_markdown(p, display_path=p.name).authors]
    elif layout == "markdown-line":
        p = tmp_path / "p.md"
        p.write_text(f"# A study\n\nAnna Keel^1^, Bo Tran^2^ {note}, Cy Moss^1^\n\n^1^ Institute One, Town\n^2^ Institute Two, City\n\n# Introduction\n\nText.\n", encoding="utf-8")
        names = [a.name for a in parse_markdown(p, display_path=p.name).authors]
    elif layout == "pdf-line":  # (the Word reader parts its author lines the same way)
        from techcost.parsers.pdf import parse_author_line

        names = [n for n, _ in parse_author_line(f"Anna Keel1, Bo Tran2 {note}, Cy Moss1") or []]
    else:
        names = [a.name for a in _latex_authors(tmp_path, f"\\documentclass{{article}}\n\\title{{A study}}\n\\author{{Anna Keel, Bo Tran {note}, Cy Moss}}\n\\begin{{document}}\n\\maketitle\nText.\n\\end{{document}}\n")]
    assert names == ["Anna Keel", "Bo Tran", "Cy Moss"]


def test_the_corresponding_authors_note_is_left_to_the_readers_that_use_it():
    from techcost.names import without_role_notes

    assert without_role_notes("Anna Keel (corresponding author), Bo Tran") == "Anna Keel (corresponding author), Bo Tran"
    assert without_role_notes("Anna Keel (a,b), Bo Tran (b)") == "Anna Keel (a,b), Bo Tran (b)"
    assert without_role_notes("Anna Keel \\thanks{Now at Example (visiting), Town}") == "Anna Keel \\thanks{Now at Example (visiting), Town}"


@pytest.mark.parametrize(
    ("block", "want"),
    [
        ("\\author{Ann Lee\\\\Bo Kim\\\\Cy Park}", ["Ann Lee", "Bo Kim", "Cy Park"]),
        ("\\author{Ann Lee \\\\\n Bo Kim \\\\\n Cy Park \\\\\n Dee Roe}", ["Ann Lee", "Bo Kim", "Cy Park", "Dee Roe"]),
        ("\\author{Ann L\\\"{e}e\\\\Bo Kim\\\\Cy Park}", ["Ann Lëe", "Bo Kim", "Cy Park"]),
        # a name over its places stays one name
        ("\\author{Ann Lee\\\\Sage Bionetworks\\\\Seattle, WA}", ["Ann Lee"]),
        ("\\author{Ann Lee\\\\Department of Physics\\\\University of Exampleton}", ["Ann Lee"]),
        ("\\author{Ann Lee\\\\Research Software Engineer\\\\Acme Robotics}", ["Ann Lee"]),
        ("\\author{Ann Lee\\\\Acme Robotics}", ["Ann Lee"]),
        ("\\author{Ann Lee\\\\Acme Robotics\\\\\\texttt{ann@example.org}}", ["Ann Lee"]),
    ],
)
def test_names_one_a_line_are_each_an_author(tmp_path, block, want):
    assert _latex_names(tmp_path, block) == want


@pytest.mark.parametrize(
    ("block", "places"),
    [
        ("\\author{Ann Lee (University of Exampleton), Bo Kim (Sample Institute) and Cy Park (Sample Institute)}",
         [["University of Exampleton"], ["Sample Institute"], ["Sample Institute"]]),
        ("\\author{Ann Lee (University of Exampleton, UK), Bo Kim (Sample Institute, Utopia)}",
         [["University of Exampleton, UK"], ["Sample Institute, Utopia"]]),
        ("\\author{Ann Lee (University of Exampleton) \\and Bo Kim (Sample Institute)}",
         [["University of Exampleton"], ["Sample Institute"]]),
    ],
)
def test_a_place_in_brackets_after_each_name_is_that_authors(tmp_path, block, places):
    (tmp_path / "paper.tex").write_text(f"\\documentclass{{article}}\n\\title{{A study}}\n{block}\n\\begin{{document}}\n\\maketitle\nText.\n\\end{{document}}\n", encoding="utf-8")
    authors = parse_latex(tmp_path / "paper.tex", display_path="paper.tex").authors
    assert [a.name for a in authors] == ["Ann Lee", "Bo Kim", "Cy Park"][: len(places)]
    assert [list(a.affiliations) for a in authors] == places


@pytest.mark.parametrize("line", [
    "Ann Lee (University of Exampleton), Bo Kim (Sample Institute) and Cy Park (Sample Institute)",
    "*Ann Lee (University of Exampleton); Bo Kim (Sample Institute); Cy Park (Sample Institute)*",
])
def test_a_markdown_byline_with_each_place_in_brackets(tmp_path, line):
    p = tmp_path / "paper.md"
    p.write_text(f"# A study of things\n\n{line}\n\n## Abstract\n\nWe did things.\n\n## Methods\n\nText.\n", encoding="utf-8")
    authors = parse_markdown(p, display_path="paper.md", lexicons={}, as_paper=True).authors
    assert [(a.name, a.affiliations) for a in authors] == [
        ("Ann Lee", ["University of Exampleton"]), ("Bo Kim", ["Sample Institute"]), ("Cy Park", ["Sample Institute"])]


@pytest.mark.parametrize("line", ["Ann Lee (editor), Bo Kim (translator)", "Ann Lee (Sage Bionetworks), Bo Kim (Acme)"])
def test_a_markdown_line_of_names_with_other_brackets_is_no_byline_of_places(tmp_path, line):
    p = tmp_path / "paper.md"
    p.write_text(f"# A study of things\n\n{line}\n\n## Abstract\n\nWe did things.\n\n## Methods\n\nText.\n", encoding="utf-8")
    authors = parse_markdown(p, display_path="paper.md", lexicons={}, as_paper=True).authors
    assert all(not a.affiliations for a in authors)


_THESIS_PAGES = {
    "by": "\\begin{titlepage}\n\\centering\n{\\huge A study of things}\\\\[2cm]\nby\\\\\n{\\Large Ann Lee}\\\\[1cm]\nSupervised by Bo Kim and Cy Park\n\\end{titlepage}\n",
    "by-on-the-line": "\\begin{titlepage}\n\\begin{center}\n{\\Huge A study of things}\\\\[2cm]\n\\textmd{By Ann Lee\\\\[1cm]\nSupervisor: Bo Kim}\n\\end{center}\n\\end{titlepage}\n",
    "par": "\\begin{titlepage}\n\\begin{center}\n\\Huge\nUne étude\\\\[56pt]\n\\LARGE\n\\textmd{Par Ann Lee\\\\[44pt]\n\\Large\nThèse de doctorat\\\\[20pt]\nDirigée par Bo Kim\\\\[20pt]}\nDevant un jury composé de : \\\\\nCy Park, professeur, Université de Lorraine\\\\\n\\end{center}\n\\end{titlepage}\n",
    "degrees": "\\begin{titlepage}\n\\centering\n{\\large\\textbf{A study of things}}\n\n\\vspace{48 pt}\n{\\itshape{{\\Large Ann Lee}, BSc, MRes}}\n\n\\vspace{48 pt}\nThis thesis is presented for the degree of\n\n\\textbf{Doctor of Philosophy}\n\nof\n\n\\textbf{The University of Exampleton}\n\\end{titlepage}\n",
}


@pytest.mark.parametrize("shape", sorted(_THESIS_PAGES))
def test_a_thesis_title_page_names_its_one_author(tmp_path, shape):
    body = _THESIS_PAGES[shape]
    (tmp_path / "paper1.tex").write_text("\\title{A paper}\n\\author[1]{Ann Lee}\n\\author[1]{Dee Roe}\n\\author[2]{Eve Fox}\n\\affil[1]{Exampleton}\n\\begin{abstract}Text.\\end{abstract}\n", encoding="utf-8")
    (tmp_path / "thesis.tex").write_text(
        "\\documentclass{report}\n\\begin{document}\n" + body + "\\chapter{Introduction}\nText.\n\\chapter{A paper}\n\\input{paper1}\n\\end{document}\n", encoding="utf-8"
    )
    assert [a.name for a in parse_latex(tmp_path / "thesis.tex", display_path="thesis.tex").authors] == ["Ann Lee"]


def test_a_class_command_for_the_author_list_is_read_as_author(tmp_path):
    names = _latex_names(
        tmp_path,
        "\\RRauthor{Ann Lee\\thanks[ex]{University of Exampleton}%\n\\and Bo Kim\\thanks[si]{Sample Institute}\\thanksref{ex}%\n\\and Cy Park\\thanksref{ex}}\n\\authorhead{Lee, Kim, Park}\n\\RRtitle{A study}",
        cls="RR",
    )
    assert names == ["Ann Lee", "Bo Kim", "Cy Park"]


@pytest.mark.parametrize("command", ["Authors", "authorlist", "authornames", "auteurs", "autor", "autores", "autori", "docauthor"])
def test_a_class_command_for_the_author_list_by_any_of_its_names(tmp_path, command):
    names = _latex_names(tmp_path, f"\\{command}{{Ann Lee, Bo Kim and Cy Park}}\n\\title{{A study}}", cls="house")
    assert names == ["Ann Lee", "Bo Kim", "Cy Park"]


@pytest.mark.parametrize("command", ["shortauthor", "runningauthors", "corrauthor", "headauthor", "authorrunning", "autoref"])
def test_a_running_head_or_a_corresponding_author_command_names_no_author_list(tmp_path, command):
    assert _latex_names(tmp_path, f"\\{command}{{Ann Lee}}\n\\title{{A study}}", cls="house") == []


def test_a_title_page_file_that_inputs_the_file_of_names(tmp_path):
    files = {
        "title.tex": "\\begin{flushleft}\n{\\huge A study of things}\n\\vfill\n{\\Large\n\\input{authors}\n}\n\\end{flushleft}\n",
        "authors.tex": "Ann Lee,\\textsuperscript{1}\nBo Kim,\\textsuperscript{1,2}\nand\nCy Park\\textsuperscript{1}\n\n\\textsuperscript{1}University of Exampleton;\n\\textsuperscript{2}Sample Institute\n",
    }
    assert _latex_names(tmp_path, "", cls="memoir", files=files, body="\\input{title}") == ["Ann Lee", "Bo Kim", "Cy Park"]


@pytest.mark.parametrize("tail", ["", ",\nYour Name Here"])
def test_names_set_apart_in_a_centred_block_under_the_title(tmp_path, tail):
    body = "\\begin{center}\n{\\Huge A proposal}\n\\end{center}\n\n\\begin{center}\nAnn Lee,\nBo Kim,\nCy Park" + tail + "\n\\end{center}\n"
    assert _latex_names(tmp_path, "", body=body) == ["Ann Lee", "Bo Kim", "Cy Park"]


def test_a_centred_block_of_supervisors_names_no_author(tmp_path):
    body = "\\begin{center}\n{\\Huge A proposal}\n\\end{center}\n\n\\begin{center}\nSupervisors: Bo Kim and Cy Park\n\\end{center}\n"
    assert _latex_names(tmp_path, "", body=body) == []


@pytest.mark.parametrize("name", ["metadata.yaml", ".metadata.yaml", "_metadata.yml"])
@pytest.mark.parametrize("fenced", [False, True])
def test_a_metadata_file_beside_a_markdown_paper_gives_its_authors(tmp_path, name, fenced):
    meta = "title: A study\nauthor:\n  - family: Lee\n    given: Ann\n  - family: Kim*\n    given: Bo\n  - name: Cy Park\n"
    (tmp_path / name).write_text(f"---\n{meta}---\n" if fenced else meta, encoding="utf-8")
    (tmp_path / "manuscript.md").write_text("# Introduction\n\nText.\n\n# Methods\n\nMore text.\n", encoding="utf-8")
    m = parse_markdown(tmp_path / "manuscript.md", display_path="manuscript.md", lexicons={}, as_paper=True)
    assert [a.name for a in m.authors] == ["Ann Lee", "Bo Kim", "Cy Park"] and m.title == "A study"


def test_r_markdown_authors_in_a_header_kept_as_a_package(tmp_path):
    (tmp_path / "preamble.sty").write_text(
        "\\usepackage{authblk}\n\\author[1,*]{Ann Lee}\n\\author[2]{Bo Kim}\n\\affil[1]{University of Exampleton}\n\\affil[2]{Sample Institute}\n", encoding="utf-8"
    )
    (tmp_path / "paper.Rmd").write_text(
        "---\ntitle: A study\noutput:\n  pdf_document:\n    includes:\n      in_header:\n        - preamble.sty\n---\n\n# Methods\n\nText.\n", encoding="utf-8"
    )
    authors = parse_markdown(tmp_path / "paper.Rmd", display_path="paper.Rmd", lexicons={}, as_paper=True).authors
    assert [(a.name, a.affiliations) for a in authors] == [("Ann Lee", ["University of Exampleton"]), ("Bo Kim", ["Sample Institute"])]


@pytest.mark.parametrize("kind", ["Master's Thesis", "Master’s Thesis", "PhD Thesis", "Doctoral Dissertation", "Bachelor Thesis", "Dissertation"])
def test_a_thesis_kind_on_a_title_page_is_no_name(kind):
    from techcost.parsers.pdf import parse_author_line

    assert parse_author_line(kind) is None


def _docx_authors(tmp_path, lines: list[tuple[str, str]]):
    """A Word title page from (text, superscript mark) paragraphs."""
    import docx

    from techcost.parsers.docx import parse as parse_docx

    d = docx.Document()
    for text, mark in lines:
        p = d.add_paragraph(text)
        if mark:
            p.add_run(mark).font.superscript = True
    d.add_heading("Introduction", 1)
    d.add_paragraph("Text of the paper.")
    path = tmp_path / "paper.docx"
    d.save(path)
    return parse_docx(path, display_path="paper.docx").authors


@pytest.mark.parametrize("label", ["By:", "Submitted by:", "Prepared by", "Authors:"])
def test_a_cover_page_label_over_one_name_a_paragraph_then_an_adviser(tmp_path, label):
    authors = _docx_authors(tmp_path, [
        ("HI-BREED: A MOBILE APPLICATION FOR PET OWNERS", ""), ("A Capstone Research Proposal", ""),
        ("Presented to the Faculty of the College of Computer Studies", ""), ("In Partial Fulfillment of the Requirements", ""),
        (label, ""), ("Ann Lee", ""), ("Bo Kim", ""), ("Cy Park", ""), ("", ""), ("Engr. Dee Roe", ""), ("Adviser", ""),
    ])
    assert [a.name for a in authors] == ["Ann Lee", "Bo Kim", "Cy Park"]


@pytest.mark.parametrize("label", ["Author names: ", "Authors' names: ", "Names of the authors: "])
def test_a_labelled_line_of_names_in_word(tmp_path, label):
    authors = _docx_authors(tmp_path, [("A study of things", ""), (label + "Ann Lee, Bo Kim and Cy Park", "")])
    assert [a.name for a in authors] == ["Ann Lee", "Bo Kim", "Cy Park"]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Lee, A., Kim, B.C., van Elk, M.", ["A. Lee", "B. C. Kim", "M. van Elk"]),
        ("Lee, A. Kim, B. C.", None),  # no comma between pairs: not this shape
        ("Ann Lee, Bo Kim", ["Ann Lee", "Bo Kim"]),
    ],
)
def test_names_printed_family_name_first_each_with_a_comma(line, want):
    from techcost.parsers.pdf import parse_author_line

    got = parse_author_line(line)
    if want is None:
        assert not got or [n for n, _ in got] != ["A. Lee", "B. C. Kim"]
    else:
        assert [n for n, _ in got] == want


def test_one_marked_name_centred_under_the_title(tmp_path):
    body = "\\begin{center}\n{\\Large Regulatory discretion and housing supply}\n\n\\vspace{1.5em}\nAnn Lee\\footnotemark[2]\n\n\\vspace{0.5em}\n\\today\n\\end{center}\n\\footnotetext[2]{University of Exampleton. We thank Bo Kim and Cy Park for comments.}\n"
    assert _latex_names(tmp_path, "", body=body) == ["Ann Lee"]


def test_a_latex_file_in_windows_1251_gives_its_cyrillic_names(tmp_path):
    src = "\\documentclass{article}\n\\title{Исследование}\n\\author{Иван Петров, Анна Смирнова и Олег Кузнецов}\n\\begin{document}\n\\maketitle\n\\section{Введение}\nТекст статьи о методах.\n\\end{document}\n"
    (tmp_path / "paper.tex").write_bytes(src.encode("cp1251"))
    m = parse_latex(tmp_path / "paper.tex", display_path="paper.tex")
    assert m.title == "Исследование" and "Иван Петров" in [a.name for a in m.authors]


def test_a_western_file_not_in_utf8_still_reads_as_windows_1252(tmp_path):
    src = "\\documentclass{article}\n\\title{Étude des réseaux}\n\\author{Jérôme Müller and Zoë Brontë}\n\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}\n"
    (tmp_path / "paper.tex").write_bytes(src.encode("cp1252"))
    m = parse_latex(tmp_path / "paper.tex", display_path="paper.tex")
    assert [a.name for a in m.authors] == ["Jérôme Müller", "Zoë Brontë"]


@pytest.mark.parametrize(
    ("block", "want"),
    [
        ("\\author{Ann Lee, UFVJM}", ["Ann Lee"]),
        ("\\author{Ann Lee$^1$ \\and Bo Kim$^2$ \\and (TODO: others) \\and Cy Park$^2$ (TODO: order is a placeholder)}", ["Ann Lee", "Bo Kim", "Cy Park"]),
        ("\\author{Ann Lee\\thanks{Corresponding author.}\\\\\n {\\bf Bo Kim}\\\\\n {\\bf Cy Park}\n \\affiliation{Department of Things\\\\ University of Exampleton}}", ["Ann Lee", "Bo Kim", "Cy Park"]),
        ("\\addauthor{Ann Lee}{1}\n\\addauthor{Bo Kim}{1,2}\n\\addauthor{Cy Park}{1,*}\n\\addaffiliation{1}{University of Exampleton}", ["Ann Lee", "Bo Kim", "Cy Park"]),
        ("\\fullname{Ann Lee}", ["Ann Lee"]),
        ("\\newcommand{\\Name}{Ann Lee}", ["Ann Lee"]),
    ],
)
def test_more_author_blocks_of_research_repositories(tmp_path, block, want):
    assert _latex_names(tmp_path, block) == want


def test_co_authors_labelled_in_the_body(tmp_path):
    body = "\\begin{center}{\\Large A white paper}\\end{center}\n\n\\noindent\\textbf{Co-authors:} Ann Lee\\textsuperscript{1}, Bo Kim\\textsuperscript{2}, Cy Park\\textsuperscript{1}\n\n\\noindent\\textsuperscript{1}University of Exampleton\n"
    assert _latex_names(tmp_path, "", body=body) == ["Ann Lee", "Bo Kim", "Cy Park"]


def test_a_family_name_that_is_the_word_an():
    from techcost.parsers.pdf import parse_author_line

    assert [n for n, _ in parse_author_line("Kefeng Guo, Xingwang Li, Rutvij H. Jhaveri, and Kang An")] == ["Kefeng Guo", "Xingwang Li", "Rutvij H. Jhaveri", "Kang An"]
    assert parse_author_line("This Is An") is None


@pytest.mark.parametrize("line", ["Kim Park¹, An Shu Te², Ana Li¹ and Thi An Nguyen²", "Kim Park, An Shu Te, Ana Li, and Thi An Nguyen"])
def test_a_given_name_that_is_the_word_an(line):
    from techcost.parsers.pdf import is_name, parse_author_line

    assert [n for n, _ in parse_author_line(line)] == ["Kim Park", "An Shu Te", "Ana Li", "Thi An Nguyen"]
    assert not is_name("An Overview") and not is_name("An Historical Note") and not is_name("An MRI Study")


@pytest.mark.parametrize(
    ("block", "places"),
    [
        ("\\author{Ann Lee\\\\University of Exampleton\\\\Bo Kim\\\\Sample Institute}", [["University of Exampleton"], ["Sample Institute"]]),
        ("\\author{Ann Lee\\\\University of Exampleton\\\\\\texttt{ann@example.org}\\\\[2mm] Bo Kim\\\\Sample Institute\\\\\\texttt{bo@example.org}}", [["University of Exampleton"], ["Sample Institute"]]),
        ("\\author{\\textbf{Ann Lee}\\\\University of Exampleton\\\\[1em]\\textbf{Bo Kim}\\\\Sample Institute}", [["University of Exampleton"], ["Sample Institute"]]),
        ("\\author{Ann Lee\\\\{\\small University of Exampleton}\\\\Bo Kim\\\\{\\small Sample Institute}}", [["University of Exampleton"], ["Sample Institute"]]),
    ],
)
def test_each_name_over_its_own_places_in_one_author_block(tmp_path, block, places):
    (tmp_path / "paper.tex").write_text(f"\\documentclass{{article}}\n\\title{{A study}}\n{block}\n\\begin{{document}}\n\\maketitle\nText.\n\\end{{document}}\n", encoding="utf-8")
    authors = parse_latex(tmp_path / "paper.tex", display_path="paper.tex").authors
    assert [a.name for a in authors] == ["Ann Lee", "Bo Kim"]
    assert [list(a.affiliations) for a in authors] == places


@pytest.mark.parametrize("block", ["\\author{Ann Lee\\\\Department of Physics\\\\University of Exampleton}", "\\author{Ann Lee\\\\Sage Bionetworks}"])
def test_one_name_over_its_places_stays_one_author(tmp_path, block):
    assert _latex_names(tmp_path, block) == ["Ann Lee"]


def test_a_bold_short_name_is_no_key_of_a_place(tmp_path):
    body = "\\begin{center}{\\Large A study}\\end{center}\n\n\\textbf{Ann Lee}\\textsuperscript{1}, \\textbf{Bo Kim}\\textsuperscript{2}\n\n\\textbf{1} University of Exampleton\\\\\n\\textbf{2} Sample Institute\n"
    (tmp_path / "paper.tex").write_text("\\documentclass{article}\n\\begin{document}\n" + body + "\\section{Intro} Text.\n\\end{document}\n", encoding="utf-8")
    authors = parse_latex(tmp_path / "paper.tex", display_path="paper.tex").authors
    assert [(a.name, a.affiliations) for a in authors] == [("Ann Lee", ["University of Exampleton"]), ("Bo Kim", ["Sample Institute"])]


_REPORT_PAGES = {
    # one name a line, each in display type
    "par": "\\begin{titlepage}\n\\centering\n{\\huge A study of things\\par}\n\\vspace{2cm}\n{\\Large Kim Park\\par}\n{\\Large Jo A. Bloggs\\par}\n{\\Large Ana del R\\'io\\par}\n\\vspace{1cm}\nExample University\\par\n\\end{titlepage}\n",
    "lines": "\\begin{titlepage}\n\\begin{center}\n{\\Huge A study of things}\\\\[2cm]\n\\textbf{Kim Park}\\\\\n\\textbf{Jo A. Bloggs}\\\\\n\\textbf{Ana del R\\'io}\\\\[1cm]\nExample University\n\\end{center}\n\\end{titlepage}\n",
    "by": "\\begin{titlepage}\n\\centering\n{\\huge A study of things}\\\\[2cm]\nby Kim Park, Jo A. Bloggs and Ana del R\\'io\\\\[1cm]\nExample University\n\\end{titlepage}\n",
}


@pytest.mark.parametrize("shape", sorted(_REPORT_PAGES))
def test_a_title_page_with_several_authors_names_them_all(tmp_path, shape):
    p = tmp_path / "report.tex"
    p.write_text("\\documentclass{report}\n\\begin{document}\n" + _REPORT_PAGES[shape] + "\\chapter{Introduction}\nText.\n\\end{document}\n", encoding="utf-8")
    assert [a.name for a in parse_latex(p, display_path="report.tex").authors] == AUTHORS


def test_names_on_a_title_page_apart_from_one_another_are_no_author_list(tmp_path):
    # a name, then a line that is no name, then another: which of them wrote it is not said
    page = "\\begin{titlepage}\n\\centering\n{\\Large Kim Park\\par}\n{\\large Example University\\par}\n{\\Large Jo A. Bloggs\\par}\n\\end{titlepage}\n"
    p = tmp_path / "report.tex"
    p.write_text("\\documentclass{report}\n\\begin{document}\n" + page + "\\chapter{Introduction}\nText.\n\\end{document}\n", encoding="utf-8")
    assert parse_latex(p, display_path="report.tex").authors == []


@pytest.mark.parametrize("before", ["\\title{A study of coastal things}\n\\maketitle\n", "\\title[Short]{A study}\n\\date{}\n\\maketitle\n", "\\maketitle\n"])
def test_names_set_in_the_body_after_the_title_commands(tmp_path, before):
    p = tmp_path / "paper.tex"
    p.write_text(
        "\\documentclass{article}\n\\begin{document}\n" + before + "\\begin{center}\nKim Park$^1$, Jo A. Bloggs$^2$ and Ana del R\\'io$^1$\\\\\n"
        "$^1$Example University \\quad $^2$Example Institute\n\\end{center}\n\\section{Introduction}\nText.\n\\end{document}\n",
        encoding="utf-8",
    )
    authors = parse_latex(p, display_path="paper.tex").authors
    assert [(a.name, a.affiliations) for a in authors] == [
        ("Kim Park", ["Example University"]), ("Jo A. Bloggs", ["Example Institute"]), ("Ana del Río", ["Example University"])]


@pytest.mark.parametrize(
    "head",
    [
        "Title: A study\nAuthor: Kim Park, Jo A. Bloggs and Ana del Río\nDate: 2020\n",
        "Title:  A study\nAuthors: Kim Park\n         Jo A. Bloggs\n         Ana del Río\nAffiliation: Example University\n",
        "author: Kim Park; Jo A. Bloggs; Ana del Río\ntitle: A study\n",
    ],
)
def test_a_multimarkdown_metadata_block(tmp_path, head):
    p = tmp_path / "paper.md"
    p.write_text(head + "\n# Introduction\n\nText.\n\n# Acknowledgements\n\nWe thank Lee Chan for technical help.\n", encoding="utf-8")
    m = parse_markdown(p, display_path="paper.md", lexicons={}, as_paper=True)
    assert [a.name for a in m.authors] == AUTHORS
    assert m.title == "A study"
    assert any(s.kind == "acknowledgements" for s in m.sections)


def test_a_first_line_that_only_looks_like_metadata_is_body_text(tmp_path):
    p = tmp_path / "notes.md"
    p.write_text("Title: A study\nThis line is prose and no key.\n\n# Methods\n\nText.\n", encoding="utf-8")
    m = parse_markdown(p, display_path="notes.md", lexicons={}, as_paper=True)
    assert m.authors == []


@pytest.mark.parametrize("loader", ["cls", "sty"])
def test_a_local_class_or_package_that_reads_in_the_papers_metadata(tmp_path, loader):
    # a journal's generator writes the title and authors to metadata.tex, which the class kept
    # beside the paper reads in; an \input inside one of its definitions is not read where it stands
    (tmp_path / "metadata.tex").write_text(
        "\\def\\articleTITLE{A study}\n\\title{\\articleTITLE}\n\\author[1]{Kim Park}\n\\author[2]{Jo A. Bloggs}\n\\author[1,2]{Ana del R\\'io}\n"
        "\\affil[1]{Example University}\n\\affil[2]{Example Institute}\n",
        encoding="utf-8",
    )
    (tmp_path / "later.tex").write_text("\\author{Not An Author}\n", encoding="utf-8")
    (tmp_path / f"journal.{loader}").write_text(
        "\\NeedsTeXFormat{LaTeX2e}\n\\RequirePackage{authblk}\n\\input{metadata.tex}\n\\newcommand{\\later}{\\input{later.tex}}\n", encoding="utf-8"
    )
    head = "\\documentclass{journal}\n" if loader == "cls" else "\\documentclass{article}\n\\usepackage{journal}\n"
    (tmp_path / "article.tex").write_text(head + "\\begin{document}\n\\maketitle\n\\section{Introduction}\nText.\n\\end{document}\n", encoding="utf-8")
    m = parse_latex(tmp_path / "article.tex", display_path="article.tex")
    assert [(a.name, a.affiliations) for a in m.authors] == [
        ("Kim Park", ["Example University"]), ("Jo A. Bloggs", ["Example Institute"]), ("Ana del Río", ["Example University", "Example Institute"])]


@pytest.mark.parametrize("switch", ["\\centering", "\\raggedright"])
def test_a_title_block_set_inside_a_group_that_aligns_it(tmp_path, switch):
    p = tmp_path / "paper.tex"
    p.write_text(
        "\\documentclass{article}\n\\begin{document}\n{" + switch + "\n{\\Large A study of coastal things\\par}\n\\bigskip\n"
        "Kim Park\\textsuperscript{a}, Jo A. Bloggs\\textsuperscript{b} and Ana del R\\'io\\textsuperscript{a}\\par\n\\medskip\n"
        "{\\small \\textsuperscript{a}Example University; \\textsuperscript{b}Example Institute\\par}\n}\n\\section{Introduction}\nText.\n\\end{document}\n",
        encoding="utf-8",
    )
    authors = parse_latex(p, display_path="paper.tex").authors
    assert [a.name for a in authors] == AUTHORS
    assert authors[0].affiliations == ["Example University"] and authors[1].affiliations == ["Example Institute"]


def test_names_after_an_authors_label_in_the_body_are_the_authors(tmp_path):
    p = tmp_path / "paper.tex"
    p.write_text(
        "\\documentclass{article}\n\\begin{document}\n\\noindent\n\\textbf{Title:} A study of coastal things\\\\\n"
        "\\textbf{Authors:} Kim Park (Example University), Jo A. Bloggs (Example Institute), Ana del R\\'io (Example University)\\\\\n"
        "\\section{Introduction}\nText.\n\\end{document}\n",
        encoding="utf-8",
    )
    assert [a.name for a in parse_latex(p, display_path="paper.tex").authors] == AUTHORS


def test_authors_set_side_by_side_in_boxes_of_their_own(tmp_path):
    boxes = "\\hfill\n".join(
        f"\\begin{{minipage}}{{0.3\\textwidth}}\n\\centering\n{name}\\\\\n{place}\n\\end{{minipage}}\n"
        for name, place in (("Kim Park", "Example University"), ("Jo A. Bloggs", "Example Institute"), ("Ana del R\\'io", "Example University"))
    )
    p = tmp_path / "paper.tex"
    p.write_text("\\documentclass{article}\n\\begin{document}\n\\begin{center}\n{\\LARGE A study}\\\\[2em]\n" + boxes + "\\end{center}\n\\section{Introduction}\nText.\n\\end{document}\n", encoding="utf-8")
    authors = parse_latex(p, display_path="paper.tex").authors
    assert [(a.name, a.affiliations) for a in authors] == [("Kim Park", ["Example University"]), ("Jo A. Bloggs", ["Example Institute"]), ("Ana del Río", ["Example University"])]


def test_boxes_that_do_not_open_with_names_name_no_authors(tmp_path):
    boxes = "\\begin{minipage}{0.45\\textwidth}\nResults of the first run\\\\\nTable 1\n\\end{minipage}\\hfill\n\\begin{minipage}{0.45\\textwidth}\nKim Park\\\\\nExample University\n\\end{minipage}\n"
    p = tmp_path / "paper.tex"
    p.write_text("\\documentclass{article}\n\\begin{document}\n" + boxes + "\\section{Introduction}\nText.\n\\end{document}\n", encoding="utf-8")
    assert parse_latex(p, display_path="paper.tex").authors == []


@pytest.mark.parametrize(
    "setup",
    [
        "\\usepackage{hyperref}\n\\hypersetup{pdftitle={A study}, pdfauthor={Ann Lee, Bo Kim and Cy Park}}",
        "\\usepackage[pdfauthor={Ann Lee; Bo Kim; Cy Park},colorlinks]{hyperref}",
        "\\hypersetup{\n  pdfauthor = {Ann Lee \\and Bo Kim \\and Cy Park},\n  pdfsubject = {Things}\n}",
    ],
)
def test_a_paper_whose_page_names_its_authors_in_an_unknown_way_gives_its_pdf_metadata_authors(tmp_path, setup):
    # the title page is drawn by hand with no reader for it: hyperref's metadata names the authors
    body = "\\begin{tikzpicture}\\node{A study};\\end{tikzpicture}"
    assert _latex_names(tmp_path, setup, body=body) == ["Ann Lee", "Bo Kim", "Cy Park"]


@pytest.mark.parametrize("value", ["{The Example Collaboration}", "{}", "{Exampleton University}"])
def test_pdf_metadata_that_names_no_person_gives_no_author(tmp_path, value):
    assert _latex_names(tmp_path, f"\\hypersetup{{pdfauthor={value}}}", body="Text.") == []


def test_the_printed_author_block_comes_before_the_pdf_metadata(tmp_path):
    block = "\\author{Ann Lee and Bo Kim}\n\\hypersetup{pdfauthor={A. Lee et al.}}"
    assert _latex_names(tmp_path, block) == ["Ann Lee", "Bo Kim"]


@pytest.mark.parametrize("note", ["\\sthanks{Corresponding author: \\texttt{jo@example.org}}", "\\thanks{Corresponding author.}"])
def test_a_note_on_a_name_in_an_ieee_signal_processing_list(tmp_path, note):
    """spconf's ``\\name`` list, a note on one name with ``\\sthanks``: the
    note is no part of the list, every name is read."""
    block = f"\\name{{Ann Lee\\textsuperscript{{1,2}}, Bo Kim\\textsuperscript{{1}}{note}, Cy Park\\textsuperscript{{2}}}}\n\\address{{\\textsuperscript{{1}}Example University \\\\ \\textsuperscript{{2}}Example Institute}}"
    assert _latex_names(tmp_path, block) == ["Ann Lee", "Bo Kim", "Cy Park"]


@pytest.mark.parametrize(
    "block",
    [
        "\\author{Lee, Ann$^{*}$ \\and Kim, Bo$^{+}$ \\and Cy Park}",
        "\\author{Lee, Ann \\and Kim, Bo \\and Park, Cy}",
    ],
)
def test_a_name_written_family_name_first_between_ands(tmp_path, block):
    assert _latex_names(tmp_path, block) == ["Ann Lee", "Bo Kim", "Cy Park"]


def test_two_one_word_names_each_marked_stay_two(tmp_path):
    # (each with its own mark: two authors known by one name each, not one name written family name first)
    assert _latex_names(tmp_path, "\\author{Lee$^{1}$, Kim$^{2}$}") == ["Lee", "Kim"]


@pytest.mark.parametrize(
    "names",
    ["{\\large{Ann~Lee, Bo~M.~Kim, Cy~C.~Park}}", "\\large{Ann~Lee, Bo~M.~Kim, Cy~C.~Park}", "{\\Large \\bf{Ann~Lee, Bo~M.~Kim, Cy~C.~Park}}"],
)
def test_a_size_switch_given_the_names_as_a_group(tmp_path, names):
    block = f"\\author{{{names}\\\\ \\textit{{\\{{al,bk,cp\\}}@cs.example.edu}}\\\\ Department of Physics\\\\ Example University}}"
    assert _latex_names(tmp_path, block) == ["Ann Lee", "Bo M. Kim", "Cy C. Park"]


@pytest.mark.parametrize(
    ("date", "places"),
    [
        ("Biological and Environmental Sciences, University of Exampleton, Exampleton, UK", ["Biological and Environmental Sciences, University of Exampleton, Exampleton, UK"]),
        ("March 2021", []),
        ("Draft of the Department of Physics, 2020", []),
        ("\\today", []),
    ],
)
def test_a_place_written_where_the_date_goes(tmp_path, date, places):
    """R Markdown papers often give the authors' place in the date field:
    it is their place when they have none; a date stays a date."""
    tex = tmp_path / "paper.tex"
    tex.write_text(f"\\documentclass{{article}}\n\\title{{A study}}\n\\author{{Ann Lee \\and Bo Kim}}\n\\date{{{date}}}\n\\begin{{document}}\n\\maketitle\n\\section{{Intro}} Text.\n\\end{{document}}\n", encoding="utf-8")
    assert [(a.name, a.affiliations) for a in parse_latex(tex, display_path="paper.tex").authors] == [("Ann Lee", places), ("Bo Kim", places)]
    md = tmp_path / "paper.Rmd"
    md_date = date.replace("\\today", "`r Sys.Date()`")
    md.write_text(f'---\ntitle: "A study"\nauthor:\n  - Ann Lee\n  - Bo Kim\ndate: "{md_date}"\n---\n\n# Introduction\n\nText.\n', encoding="utf-8")
    assert [(a.name, a.affiliations) for a in parse_markdown(md, display_path="paper.Rmd", lexicons={}, as_paper=True).authors] == [("Ann Lee", places), ("Bo Kim", places)]


def test_place_keys_beside_a_notes_number_in_the_front_matter(tmp_path):
    """rticles' PNAS template: "affiliation: b,2", the place's letter and
    the number of a note (equal authorship, correspondence)."""
    md = tmp_path / "paper.Rmd"
    md.write_text(
        "---\ntitle: A study\nauthor:\n  - name: Ann Lee\n    affiliation: b,2\n  - name: Bo Kim\n    affiliation: a,b\n"
        "address:\n  - code: a\n    address: Example University, Exampleton\n  - code: b\n    address: Bioinformatics Core Facility, Example Institute\n---\n\n# Introduction\n\nText.\n",
        encoding="utf-8",
    )
    authors = parse_markdown(md, display_path="paper.Rmd", lexicons={}, as_paper=True).authors
    assert [(a.name, a.affiliations) for a in authors] == [
        ("Ann Lee", ["Bioinformatics Core Facility, Example Institute"]),
        ("Bo Kim", ["Example University, Exampleton", "Bioinformatics Core Facility, Example Institute"]),
    ]


def test_icml_until_2017_each_name_with_its_address(tmp_path):
    """ICML's older style: "\\icmlauthor{Name}{e-mail}" then
    "\\icmladdress{Place}", the place of the authors named since the last."""
    block = (
        "\\twocolumn[\\icmltitle{A study}\n\\icmlauthor{Ann Lee}{ann@example.edu}\n\\icmladdress{Courant Institute, Example University}\n"
        "\\icmlauthor{Bo Kim}{bo@example.com}\n\\icmlauthor{Cy Park}{cy@example.com}\n\\icmladdress{Research Computing Services, Example Company}\n\\vskip 0.3in]"
    )
    tex = tmp_path / "paper.tex"
    tex.write_text(f"\\documentclass{{article}}\n\\usepackage{{icml2015}}\n\\begin{{document}}\n{block}\n\\section{{Intro}} Text.\n\\end{{document}}\n", encoding="utf-8")
    authors = parse_latex(tex, display_path="paper.tex").authors
    assert [(a.name, a.affiliations, a.email) for a in authors] == [
        ("Ann Lee", ["Courant Institute, Example University"], "ann@example.edu"),
        ("Bo Kim", ["Research Computing Services, Example Company"], "bo@example.com"),
        ("Cy Park", ["Research Computing Services, Example Company"], "cy@example.com"),
    ]


@pytest.mark.parametrize("places", ["  - ^1 Example University, Exampleton\n  - ^2 Genomics Core Facility, Example Institute", "  - ¹ Example University, Exampleton\n  - ² Genomics Core Facility, Example Institute"])
def test_marks_typed_in_the_front_matter_names_and_places(tmp_path, places):
    """Front matter filled in by hand from a Word draft: "name: Kim Park^1*"
    (a caret never closed) and places each after its mark."""
    md = tmp_path / "paper.qmd"
    md.write_text(
        f"---\ntitle: A study\nauthor:\n  - name: Dr Ann Lee^1*\n    corresponding: true\n  - name: Bo Kim^2\n  - name: Cy Park^1,2\naffiliations:\n{places}\n---\n\n# Introduction\n\nText.\n",
        encoding="utf-8",
    )
    authors = parse_markdown(md, display_path="paper.qmd", lexicons={}, as_paper=True).authors
    uni, core = "Example University, Exampleton", "Genomics Core Facility, Example Institute"
    assert [(a.name, a.affiliations, a.corresponding) for a in authors] == [("Ann Lee", [uni], True), ("Bo Kim", [core], False), ("Cy Park", [uni, core], False)]


def test_an_authors_address_field_is_their_place(tmp_path):
    """rticles' Springer template: "authors: - name: X, address: Place"."""
    md = tmp_path / "paper.Rmd"
    md.write_text("---\ntitle: A study\nauthors:\n  - name: Ann Lee\n    address: Department of Forestry, Example University, Exampleton\n    email: ann@example.edu\n---\n\n# Introduction\n\nText.\n", encoding="utf-8")
    authors = parse_markdown(md, display_path="paper.Rmd", lexicons={}, as_paper=True).authors
    assert [(a.name, a.affiliations, a.email) for a in authors] == [("Ann Lee", ["Department of Forestry, Example University, Exampleton"], "ann@example.edu")]


@pytest.mark.parametrize("line", ["Assistant Professor", "Research Software Engineer", "Abbreviated Title", "Running Title", "Mtech VLSI Design", "MSc Data Science"])
def test_a_post_a_label_or_a_course_is_no_name(line):
    from techcost.parsers.pdf import parse_author_line

    assert parse_author_line(line) is None


def test_a_sigchi_author_block_kept_in_a_file_of_its_own(tmp_path):
    # "\input{parts/authors}" after \begin{document}, the block's authors each in braces after \alignauthor
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "authors.tex").write_text(
        "\\numberofauthors{2}\n\\author{%\n  \\alignauthor{Kim Park\\\\\n    \\affaddr{Research Computing, Example University}\\\\\n"
        "    \\email{k@example.org}}\\\\\n  \\alignauthor{Jo A. Bloggs\\\\\n    \\affaddr{Example Institute}}\n}\n",
        encoding="utf-8",
    )
    p = tmp_path / "paper.tex"
    p.write_text("\\documentclass{sigchi}\n\\begin{document}\n\\title{A study}\n\\input{parts/authors}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}\n", encoding="utf-8")
    authors = parse_latex(p, display_path="paper.tex").authors
    assert [(a.name, a.affiliations) for a in authors] == [("Kim Park", ["Research Computing, Example University"]), ("Jo A. Bloggs", ["Example Institute"])]


# each author's own places, where a place is set over several lines (in every
# layout that marks places) or its marks in italics: what one author has is
# neither lost nor given to another
LATEX_PLACES = {
"rsc-italic-marks": r"""\documentclass{article}
\begin{document}
\title{A study}
\author{Kim Park,\textit{$^{a}$} Jo A. Bloggs\textit{$^{b}$} and Ana del R\'io\textit{$^{a,b}$}}
\address{\textit{$^{a}$~Imaging Facility, Example University, Leeds, UK.}}
\address{\textit{$^{b}$~Department of History, Example Institute, York, UK.}}
\maketitle
\section{Intro} Text.
\end{document}""",
"ieee-place-over-lines": r"""\documentclass[conference]{IEEEtran}
\begin{document}
\title{A study}
\author{\IEEEauthorblockN{Kim Park\IEEEauthorrefmark{1}, Jo A. Bloggs\IEEEauthorrefmark{2} and
Ana del R\'io\IEEEauthorrefmark{1}\IEEEauthorrefmark{2}}
\IEEEauthorblockA{\IEEEauthorrefmark{1}Imaging Facility, Example University\\
Leeds, UK\\ Email: k@example.org}
\IEEEauthorblockA{\IEEEauthorrefmark{2}Department of History, Example Institute\\
York, UK}}
\maketitle
\section{Intro} Text.
\end{document}""",
"marked-places-over-lines-after-the-names": r"""\documentclass{article}
\begin{document}
\title{A study}
\author{Kim Park$^{1}$, Jo A. Bloggs$^{2}$, Ana del R\'io$^{1,2}$\\
$^{1}$Imaging Facility, Example University\\ Leeds, UK\\
$^{2}$Department of History, Example Institute\\ York, UK\\
\texttt{kim@example.org}}
\maketitle
\section{Intro} Text.
\end{document}""",
"marked-places-over-lines-in-the-date": r"""\documentclass{article}
\title{A study}
\author{Kim Park$^{1}$, Jo A. Bloggs$^{2}$, Ana del R\'io$^{1,2}$}
\date{$^{1}$Imaging Facility, Example University\\ Leeds, UK\\ $^{2}$Department of History, Example Institute\\ York, UK}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}""",
"ijcai-places-over-lines": r"""\documentclass{article}
\begin{document}
\title{A study}
\author{Kim Park$^1$ \and Jo A. Bloggs$^2$ \and Ana del R\'io$^{1,2}$\\
\affiliations
$^1$Imaging Facility, Example University\\ Leeds, UK\\
$^2$Department of History, Example Institute\\ York, UK\\
\emails k@example.org}
\maketitle
\section{Intro} Text.
\end{document}""",
"ieee-names-before-blocks": r"""\documentclass{IEEEtran}
\begin{document}
\title{A study}
\author{Kim~Park\IEEEauthorrefmark{1}, Jo~A.~Bloggs\IEEEauthorrefmark{2},
and~Ana~del~R\'io\IEEEauthorrefmark{1}\IEEEauthorrefmark{2}\\
\IEEEauthorblockA{\IEEEauthorrefmark{1}Imaging Facility, Example University, Leeds, UK}
\IEEEauthorblockA{\IEEEauthorrefmark{2}Department of History, Example Institute, York, UK}}
\maketitle
\section{Intro} Text.
\end{document}""",
}


@pytest.mark.parametrize("name", sorted(LATEX_PLACES))
def test_latex_each_author_has_their_own_places(tmp_path, name):
    authors = _latex_authors(tmp_path, LATEX_PLACES[name])
    assert [a.name for a in authors] == AUTHORS
    uni, inst = "Imaging Facility, Example University, Leeds, UK", "Department of History, Example Institute, York, UK"
    assert [[af.rstrip(".") for af in a.affiliations] for a in authors] == [[uni], [inst], [uni, inst]]
