"""Author blocks as the common journal and conference templates set them
(Copernicus, Springer Nature, LIPIcs, ICML, AGU, AMS, LNCS, A&A, svjour,
JMLR, JSS, The R Journal, SAGE, JFM, BMC, IMS, Wiley, Elsevier old and new,
Taylor & Francis, IUCr, ACM old and new, ICASSP, USENIX, JHEP, SciPost, ACS,
Optica, MDPI, PNAS, IEEE, NeurIPS, ACL, REVTeX, AASTeX, MNRAS, AMS-LaTeX,
IOP, PLOS, Frontiers, Bioinformatics, authblk, OUP, PoS, Quantum, CVPR,
Interspeech, IEEE Access, JINST, the Royal Society, eLife, AISTATS, AAAI,
IJCAI, SIGPLAN, PMLR, COLT, PeerJ, Cell, svmult, the RSC) and the ways
authors bend them (affiliations in ``\\date``, a tabular per author,
footnotes, ORCID links, accents, macros with arguments, a list kept in a
file of its own). Each is a minimal paper written for these tests from the
template's documented commands; the reading must give the names in order
and each author's first place."""

from __future__ import annotations

from pathlib import Path

import pytest

from techcost import api

# name: (source, {author: a word of their first place, or None where the template gives none})
TEMPLATES: dict[str, tuple[str, dict[str, str | None]]] = {
    "aa": (
        r"""\documentclass{aa}
\begin{document}
\title{A title here}
\author{A. Brown\inst{1}
\and C. Ruiz\inst{2,1}
}
\institute{University of Leeds, Leeds, UK\\ \email{a@b.uk}
\and Met Office, Exeter, UK}
\abstract{Abstract.}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"A. Brown": "Leeds", "C. Ruiz": "Met Office"},
    ),
    "aastex": (
        r"""\documentclass[twocolumn]{aastex631}
\begin{document}
\title{A title here}
\correspondingauthor{Alice Brown}
\email{a@b.uk}
\author[0000-0002-1825-0097]{Alice Brown}
\affiliation{University of Leeds, Leeds, UK}
\author{Carlos Ruiz}
\affiliation{Met Office, Exeter, UK}
\begin{abstract}Abstract.\end{abstract}
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "accents": (
        r"""\documentclass{article}
\usepackage{authblk}
\title{A title here}
\author[1]{Jos\'{e} Mart\'inez}
\author[2]{Bj{\o}rn M\"uller}
\author[2]{\v{S}t\v{e}p\'an Nov\'ak}
\affil[1]{Universidad de Sevilla, Spain}
\affil[2]{Universit\"at Wien, Austria}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"José Martínez": "Sevilla", "Bjørn Müller": "Wien", "Štěpán Novák": "Wien"},
    ),
    "achemso": (
        r"""\documentclass[journal=jacsat]{achemso}
\author{Alice Brown}
\email{a@b.uk}
\affiliation{University of Leeds, Leeds, UK}
\author{Carlos Ruiz}
\affiliation{Met Office, Exeter, UK}
\alsoaffiliation{University of Leeds, Leeds, UK}
\title{A title here}
\begin{document}
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "acl": (
        r"""\documentclass[11pt]{article}
\usepackage{acl}
\title{A title here}
\author{Alice Brown \\
  University of Leeds \\
  \texttt{a@b.uk} \\\And
  Carlos Ruiz \\
  Met Office \\
  \texttt{c@d.uk} \\}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "acmold": (
        r"""\documentclass{sig-alternate}
\begin{document}
\title{A title here}
\numberofauthors{2}
\author{
\alignauthor Alice Brown\\
       \affaddr{University of Leeds}\\
       \affaddr{Leeds, UK}\\
       \email{a@b.uk}
\alignauthor Carlos Ruiz\\
       \affaddr{Met Office}\\
       \affaddr{Exeter, UK}\\
       \email{c@d.uk}
}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "affilsep": (
        r"""\documentclass{article}
\usepackage{authblk}
\title{A title here}
\author{Alice Brown}
\author{Carlos Ruiz}
\author{Dana Lee}
\affil{University of Leeds, Leeds, UK}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Leeds", "Dana Lee": "Leeds"},
    ),
    "agu": (
        r"""\documentclass[draft]{agujournal2019}
\begin{document}
\title{A title here}
\authors{Alice Brown\affil{1}, Carlos Ruiz\affil{1,2}}
\affiliation{1}{Department of Physics, University of Leeds, Leeds, UK}
\affiliation{2}{Met Office, Exeter, UK}
\correspondingauthor{Alice Brown}{a@b.uk}
\begin{abstract}Abstract.\end{abstract}
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Leeds"},
    ),
    "ams": (
        r"""\documentclass{ametsocV6.1}
\title{A title here}
\authors{Alice Brown\aff{a}\correspondingauthor{Alice Brown, a@b.uk}, Carlos Ruiz\aff{b}}
\affiliation{\aff{a}{Department of Physics, University of Leeds, Leeds, UK}
\aff{b}{Met Office, Exeter, UK}}
\abstract{Abstract.}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "amsart": (
        r"""\documentclass{amsart}
\begin{document}
\title{A title here}
\author{Alice Brown}
\address{University of Leeds, Leeds, UK}
\email{a@b.uk}
\author{Carlos Ruiz}
\address{Met Office, Exeter, UK}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "amsart_multi": (
        r"""\documentclass{amsart}
\begin{document}
\title{A title here}
\author{Alice Brown}
\address{Department of Mathematics, University of Leeds, Leeds, UK}
\curraddr{Met Office, Exeter, UK}
\email{a@b.uk}
\thanks{Supported by X.}
\author{Carlos Ruiz}
\address{Met Office, Exeter, UK}
\email{c@d.uk}
\subjclass[2020]{Primary 54C40}
\keywords{foo}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Mathematics", "Carlos Ruiz": "Met Office"},
    ),
    "authblk": (
        r"""\documentclass{article}
\usepackage{authblk}
\title{A title here}
\author[1]{Alice Brown}
\author[1,2]{Carlos Ruiz}
\affil[1]{University of Leeds, Leeds, UK}
\affil[2]{Met Office, Exeter, UK}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Leeds"},
    ),
    "authblkcomma": (
        r"""\documentclass{article}
\usepackage{authblk}
\title{A title here}
\author[1,2]{Alice Brown, Carlos Ruiz}
\author[2]{Dana Lee}
\affil[1]{University of Leeds, Leeds, UK}
\affil[2]{Met Office, Exeter, UK}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Leeds", "Dana Lee": "Met Office"},
    ),
    "authorsand": (
        r"""\documentclass{article}
\title{A title here}
\author{Alice Brown, Carlos Ruiz, and Dana Lee}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": None, "Carlos Ruiz": None, "Dana Lee": None},
    ),
    "bioinf": (
        r"""\documentclass{bioinfo}
\begin{document}
\firstpage{1}
\title[short]{A title here}
\author[Brown \textit{et~al}.]{Alice Brown\,$^{\text{\sfb 1,}*}$ and Carlos Ruiz\,$^{\text{\sfb 2}}$}
\address{$^{\text{\sf 1}}$University of Leeds, Leeds, UK \\
$^{\text{\sf 2}}$Met Office, Exeter, UK}
\corresp{$^\ast$To whom correspondence should be addressed.}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "bmc": (
        r"""\documentclass{bmcart}
\begin{document}
\begin{frontmatter}
\begin{fmbox}
\title{A title here}
\author[addressref={aff1},corref={aff1},email={a@b.uk}]{\inits{A.}\fnm{Alice} \snm{Brown}}
\author[addressref={aff2}]{\inits{C.}\fnm{Carlos} \snm{Ruiz}}
\address[id=aff1]{\orgdiv{Department of Physics}, \orgname{University of Leeds}, \city{Leeds}, \cny{UK}}
\address[id=aff2]{\orgname{Met Office}, \city{Exeter}, \cny{UK}}
\end{fmbox}
\end{frontmatter}
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "cas": (
        r"""\documentclass[a4paper,fleqn]{cas-sc}
\begin{document}
\title [mode = title]{A title here}
\author[1]{Alice Brown}[orcid=0000-0002-1825-0097]
\cormark[1]
\ead{a@b.uk}
\affiliation[1]{organization={University of Leeds},
    addressline={Woodhouse Lane},
    city={Leeds},
    country={UK}}
\author[2]{Carlos Ruiz}
\affiliation[2]{organization={Met Office}, city={Exeter}, country={UK}}
\cortext[cor1]{Corresponding author}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "center": (
        r"""\documentclass{article}
\begin{document}
\begin{center}
{\LARGE\bfseries A title here}\\[1em]
{\large Alice Brown\textsuperscript{1} \quad Carlos Ruiz\textsuperscript{2}}\\[0.5em]
\textsuperscript{1}University of Leeds, Leeds, UK \\
\textsuperscript{2}Met Office, Exeter, UK
\end{center}
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "copernicus": (
        r"""\documentclass[acp]{copernicus}
\begin{document}
\title{A title here}
\Author[1]{Alice}{Brown}
\Author[1,2]{Carlos}{de la Cruz}
\affil[1]{Department of Physics, University of Leeds, Leeds, UK}
\affil[2]{Met Office, Exeter, UK}
\correspondence{Alice Brown (a@b.uk)}
\maketitle
\begin{abstract}Abstract.\end{abstract}
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos de la Cruz": "Leeds"},
    ),
    "cvpr": (
        r"""\documentclass[10pt,twocolumn,letterpaper]{article}
\usepackage{cvpr}
\title{A title here}
\author{Alice Brown\\
University of Leeds\\
{\tt\small a@b.uk}
\and
Carlos Ruiz\\
Met Office\\
{\tt\small c@d.uk}
}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "date_affil": (
        r"""\documentclass{article}
\title{A title here}
\author{Alice Brown$^{1}$, Carlos Ruiz$^{2}$}
\date{$^{1}$University of Leeds, Leeds, UK\\ $^{2}$Met Office, Exeter, UK}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "def_authors": (
        r"""\documentclass{article}
\def\paperauthors{Alice Brown and Carlos Ruiz}
\title{A title here}
\author{\paperauthors}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": None, "Carlos Ruiz": None},
    ),
    "egu_thanks": (
        r"""\documentclass{article}
\title{A title here}
\author{Alice Brown\thanks{University of Leeds, Leeds, UK, a@b.uk} \and Carlos Ruiz\thanks{Met Office, Exeter, UK}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "elife": (
        r"""\documentclass[9pt,lineno]{elife}
\title{A title here}
\author[1*]{Alice Brown}
\author[1,2]{Carlos Ruiz}
\affil[1]{University of Leeds, Leeds, UK}
\affil[2]{Met Office, Exeter, UK}
\corr{a@b.uk}{AB}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Leeds"},
    ),
    "elsarticle": (
        r"""\documentclass{elsarticle}
\begin{document}
\begin{frontmatter}
\title{A title here}
\author[inst1]{Alice Brown}
\affiliation[inst1]{organization={University of Leeds},
            city={Leeds},
            country={UK}}
\author[inst2]{Carlos Ruiz}
\affiliation[inst2]{organization={Met Office},
            city={Exeter},
            country={UK}}
\end{frontmatter}
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "elsold": (
        r"""\documentclass{elsarticle}
\begin{document}
\begin{frontmatter}
\title{A title here}
\author[a]{Alice Brown\corref{cor1}}
\ead{a@b.uk}
\author[b]{Carlos Ruiz}
\address[a]{University of Leeds, Leeds, UK}
\address[b]{Met Office, Exeter, UK}
\cortext[cor1]{Corresponding author}
\end{frontmatter}
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "emph_initials": (
        r"""\documentclass{article}
\title{A title here}
\author{A.~Brown$^{a}$, C.~D.~Ruiz$^{b}$, and E.~F.~G.~Lee$^{a}$\\
$^{a}$\emph{University of Leeds, Leeds, UK}\\
$^{b}$\emph{Met Office, Exeter, UK}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"A. Brown": "Leeds", "C. D. Ruiz": "Met Office", "E. F. G. Lee": "Leeds"},
    ),
    "footnote": (
        r"""\documentclass{article}
\title{A title here}
\author{Alice Brown\footnote{University of Leeds, Leeds, UK} \and Carlos Ruiz\footnote{Met Office, Exeter, UK}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "footnotemark": (
        r"""\documentclass{article}
\title{A title here}
\author{Alice Brown\footnotemark[1] \and Carlos Ruiz\footnotemark[2] \and Dana Lee\footnotemark[1]}
\begin{document}
\maketitle
\footnotetext[1]{University of Leeds}
\footnotetext[2]{Met Office}
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": None, "Carlos Ruiz": None, "Dana Lee": None},
    ),
    "frontiers": (
        r"""\documentclass[utf8]{frontiersSCNS}
\def\Authors{Alice Brown\,$^{1,*}$ and Carlos Ruiz\,$^{2}$}
\def\Address{$^{1}$University of Leeds, Leeds, UK \\
$^{2}$Met Office, Exeter, UK}
\def\corrAuthor{Alice Brown}
\def\corrEmail{a@b.uk}
\begin{document}
\onecolumn
\firstpage{1}
\title{A title here}
\author[\firstAuthorLast ]{\Authors}
\address{}
\correspondance{}
\extraAuth{}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "icassp": (
        r"""\documentclass{article}
\usepackage{spconf}
\title{A title here}
\name{Alice Brown$^{\star}$ \qquad Carlos Ruiz$^{\dagger}$}
\address{$^{\star}$ University of Leeds, UK \\ $^{\dagger}$ Met Office, Exeter, UK}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "icml": (
        r"""\documentclass{article}
\usepackage{icml2023}
\begin{document}
\twocolumn[
\icmltitle{A title here}
\begin{icmlauthorlist}
\icmlauthor{Alice Brown}{leeds}
\icmlauthor{Carlos Ruiz}{met,leeds}
\end{icmlauthorlist}
\icmlaffiliation{leeds}{Department of Physics, University of Leeds, Leeds, UK}
\icmlaffiliation{met}{Met Office, Exeter, UK}
\icmlcorrespondingauthor{Alice Brown}{a@b.uk}
\vskip 0.3in
]
\printAffiliationsAndNotice{}
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "ieee": (
        r"""\documentclass[conference]{IEEEtran}
\begin{document}
\title{A title here}
\author{\IEEEauthorblockN{Alice Brown}
\IEEEauthorblockA{\textit{Dept. of Physics} \\
\textit{University of Leeds}\\
Leeds, UK \\
a@b.uk}
\and
\IEEEauthorblockN{Carlos Ruiz}
\IEEEauthorblockA{Met Office\\
Exeter, UK}}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "ieeeaccess": (
        r"""\documentclass{ieeeaccess}
\begin{document}
\title{A title here}
\author{\uppercase{Alice Brown}\authorrefmark{1}, \IEEEmembership{Member, IEEE},
\uppercase{Carlos Ruiz}\authorrefmark{2}}
\address[1]{University of Leeds, Leeds, UK (e-mail: a@b.uk)}
\address[2]{Met Office, Exeter, UK}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "ieeejournal": (
        r"""\documentclass[journal]{IEEEtran}
\begin{document}
\title{A title here}
\author{Alice~Brown,~\IEEEmembership{Member,~IEEE,}
        and~Carlos~Ruiz% <-this % stops a space
\thanks{A. Brown is with the University of Leeds, Leeds, UK (e-mail: a@b.uk).}
\thanks{C. Ruiz is with the Met Office, Exeter, UK.}}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": None},
    ),
    "ieeenewline": (
        r"""\documentclass{IEEEtran}
\begin{document}
\title{A title here}
\author{
\IEEEauthorblockN{Alice Brown\IEEEauthorrefmark{1},
Carlos Ruiz\IEEEauthorrefmark{2} and
Dana Lee\IEEEauthorrefmark{1}}
\IEEEauthorblockA{\IEEEauthorrefmark{1}University of Leeds, Leeds, UK}
\IEEEauthorblockA{\IEEEauthorrefmark{2}Met Office, Exeter, UK}}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office", "Dana Lee": "Leeds"},
    ),
    "ims": (
        r"""\documentclass{imsart}
\begin{document}
\begin{frontmatter}
\title{A title here}
\begin{aug}
\author[A]{\fnms{Alice}~\snm{Brown}\ead[label=e1]{a@b.uk}}
\and
\author[B]{\fnms{Carlos}~\snm{Ruiz}}
\address[A]{Department of Physics, University of Leeds\printead[presep={,\ }]{e1}}
\address[B]{Met Office, Exeter}
\end{aug}
\end{frontmatter}
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "interspeech": (
        r"""\documentclass[a4paper]{article}
\usepackage{INTERSPEECH2023}
\title{A title here}
\name{Alice Brown$^1$, Carlos Ruiz$^2$}
\address{$^1$University of Leeds, UK\\ $^2$Met Office, UK}
\email{a@b.uk}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "iop": (
        r"""\documentclass[12pt]{iopart}
\begin{document}
\title{A title here}
\author{Alice Brown$^1$ and Carlos Ruiz$^2$}
\address{$^1$ University of Leeds, Leeds, UK}
\address{$^2$ Met Office, Exeter, UK}
\ead{a@b.uk}
\begin{abstract}Abstract.\end{abstract}
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "iucr": (
        r"""\documentclass{iucrjournals}
\begin{document}
\title{A title here}
\author[a]{Alice}{Brown}
\author[b]{Carlos}{Ruiz}
\aff[a]{University of Leeds, Leeds, \country{UK}}
\aff[b]{Met Office, Exeter, \country{UK}}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "jfm": (
        r"""\documentclass{jfm}
\title{A title here}
\author{Alice Brown\aff{1}
 \corresp{\email{a@b.uk}},
 Carlos Ruiz\aff{2}}
\affiliation{\aff{1}University of Leeds, Leeds, UK
\aff{2}Met Office, Exeter, UK}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "jhep": (
        r"""\documentclass{article}
\usepackage{jheppub}
\title{A title here}
\author[a,1]{Alice Brown,\note{Corresponding author.}}
\author[b]{Carlos Ruiz}
\affiliation[a]{University of Leeds, Leeds, UK}
\affiliation[b]{Met Office, Exeter, UK}
\emailAdd{a@b.uk}
\abstract{Abstract.}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "jinst": (
        r"""\documentclass[a4paper,11pt]{article}
\usepackage{jinstpub}
\title{A title here}
\author[a,1]{Alice Brown\note{Corresponding author.}}
\author[b]{Carlos Ruiz}
\affiliation[a]{University of Leeds,\\Woodhouse Lane, Leeds, UK}
\affiliation[b]{Met Office, Exeter, UK}
\emailAdd{a@b.uk}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "jmlr": (
        r"""\documentclass{article}
\usepackage{jmlr2e}
\begin{document}
\title{A title here}
\author{\name Alice Brown \email a@b.uk \\
       \addr Department of Physics\\ University of Leeds, UK
       \AND
       \name Carlos Ruiz \email c@d.uk \\
       \addr Met Office\\ Exeter, UK}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "jss": (
        r"""\documentclass[article]{jss}
\author{Alice Brown\\University of Leeds \And Carlos Ruiz\\Met Office}
\Plainauthor{Alice Brown, Carlos Ruiz}
\title{A title here}
\Abstract{Abstract.}
\Address{Alice Brown\\ University of Leeds\\ E-mail: \email{a@b.uk}}
\begin{document}
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "lipics": (
        r"""\documentclass{lipics-v2021}
\title{A title here}
\author{Alice Brown}{University of Leeds, UK}{a@b.uk}{https://orcid.org/0000-0002-1825-0097}{}
\author{Carlos Ruiz}{Met Office, Exeter, UK}{}{}{Funded by X}
\authorrunning{A. Brown and C. Ruiz}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "lncs": (
        r"""\documentclass{llncs}
\begin{document}
\title{A title here}
\author{Alice Brown\inst{1}\orcidID{0000-0002-1825-0097} \and Carlos Ruiz\inst{2}}
\institute{University of Leeds, Leeds, UK \email{a@b.uk} \and Met Office, Exeter, UK}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "macros": (
        r"""\documentclass{article}
\newcommand{\leeds}{University of Leeds, Leeds, UK}
\newcommand{\met}{Met Office, Exeter, UK}
\title{A title here}
\author{Alice Brown\thanks{\leeds} \and Carlos Ruiz\thanks{\met}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "many_authors_and": (
        r"""\documentclass{article}
\title{A title here}
\author{Alice Brown, Carlos Ruiz, Dana Lee, Eve Kim, Femi Ade, Gita Rao, Hana Sato, Ivan Petrov, Jon Smith, Kate Wu, Liam Ng, Mia Roy and Noah Fox}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": None, "Carlos Ruiz": None, "Dana Lee": None, "Eve Kim": None, "Femi Ade": None, "Gita Rao": None, "Hana Sato": None, "Ivan Petrov": None, "Jon Smith": None, "Kate Wu": None, "Liam Ng": None, "Mia Roy": None, "Noah Fox": None},
    ),
    "mdpi": (
        r"""\documentclass[journal,article,submit,pdftex,moreauthors]{Definitions/mdpi}
\Title{A title here}
\Author{Alice Brown $^{1,\dagger}$\orcidA{} and Carlos Ruiz $^{2,}$*}
\AuthorNames{Alice Brown and Carlos Ruiz}
\address{%
$^{1}$ \quad University of Leeds, Leeds, UK; a@b.uk\\
$^{2}$ \quad Met Office, Exeter, UK}
\corres{Correspondence: c@d.uk}
\abstract{Abstract.}
\begin{document}
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "mnras": (
        r"""\documentclass[fleqn,usenatbib]{mnras}
\title[Short]{A title here}
\author[A. Brown et al.]{
Alice Brown,$^{1}$\thanks{E-mail: a@b.uk}
Carlos Ruiz$^{2}$
\\
$^{1}$University of Leeds, Leeds, UK\\
$^{2}$Met Office, Exeter, UK
}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "neurips": (
        r"""\documentclass{article}
\usepackage{neurips_2023}
\title{A title here}
\author{
  Alice Brown\thanks{Corresponding.} \\
  Department of Physics\\
  University of Leeds\\
  \texttt{a@b.uk} \\
  \And
  Carlos Ruiz \\
  Met Office \\
  Exeter, UK \\
}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "newcmd_authors": (
        r"""\documentclass{article}
\newcommand{\authorA}{Alice Brown}
\newcommand{\authorB}{Carlos Ruiz}
\title{A title here}
\author{\authorA \and \authorB}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": None, "Carlos Ruiz": None},
    ),
    "newcommand_arg": (
        r"""\documentclass{article}
\newcommand{\authorinfo}[2]{#1\thanks{#2}}
\title{A title here}
\author{\authorinfo{Alice Brown}{University of Leeds} \and \authorinfo{Carlos Ruiz}{Met Office}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "optica": (
        r"""\documentclass{optica-article}
\title{A title here}
\author[1,*]{Alice Brown}
\author[2]{Carlos Ruiz}
\affil[1]{University of Leeds, Leeds, UK}
\affil[2]{Met Office, Exeter, UK}
\affil[*]{a@b.uk}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "orcidlink": (
        r"""\documentclass{article}
\usepackage{orcidlink}
\title{A title here}
\author{Alice Brown\,\orcidlink{0000-0002-1825-0097}$^{1}$ \and Carlos Ruiz\orcidlink{0000-0002-1825-0098}$^{2}$\\[1ex]
$^1$University of Leeds, Leeds, UK\\ $^2$Met Office, Exeter, UK}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "oup": (
        r"""\documentclass[webpdf,contemporary,large]{oup-authoring-template}
\begin{document}
\title{A title here}
\author[1,$\ast$]{Alice Brown\ORCID{0000-0002-1825-0097}}
\author[2]{Carlos Ruiz}
\address[1]{\orgdiv{Department of Physics}, \orgname{University of Leeds}, \orgaddress{\street{Woodhouse}, \postcode{LS2}, \state{Leeds}, \country{UK}}}
\address[2]{\orgname{Met Office}, \orgaddress{\country{UK}}}
\corresp[$\ast$]{Corresponding author. \href{mailto:a@b.uk}{a@b.uk}}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "plos": (
        r"""\documentclass[10pt,letterpaper]{article}
\begin{document}
\vspace*{0.2in}
\begin{flushleft}
{\Large
\textbf\newline{A title here}
}
\newline
\\
Alice Brown\textsuperscript{1*},
Carlos Ruiz\textsuperscript{2}
\\
\bigskip
\textbf{1} University of Leeds, Leeds, UK
\\
\textbf{2} Met Office, Exeter, UK
\\
\bigskip
* a@b.uk
\end{flushleft}
\section*{Abstract} Abstract.
\section*{Introduction} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "pnas": (
        r"""\documentclass[9pt,twocolumn,twoside]{pnas-new}
\title{A title here}
\author[a,1]{Alice Brown}
\author[b]{Carlos Ruiz}
\affil[a]{University of Leeds, Leeds, UK}
\affil[b]{Met Office, Exeter, UK}
\leadauthor{Brown}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "pos": (
        r"""\documentclass[a4paper,11pt]{article}
\usepackage{pos}
\title{A title here}
\author*[a]{Alice Brown}
\author[b]{Carlos Ruiz}
\affiliation[a]{University of Leeds, Leeds, UK}
\affiliation[b]{Met Office, Exeter, UK}
\emailAdd{a@b.uk}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "quantum": (
        r"""\documentclass[a4paper,onecolumn]{quantumarticle}
\begin{document}
\title{A title here}
\author{Alice Brown}
\email{a@b.uk}
\orcid{0000-0002-1825-0097}
\affiliation{University of Leeds, Leeds, UK}
\author{Carlos Ruiz}
\homepage{https://x.org}
\affiliation{Met Office, Exeter, UK}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "revtex": (
        r"""\documentclass[aps,prl]{revtex4-2}
\begin{document}
\title{A title here}
\author{Alice Brown}
\email{a@b.uk}
\affiliation{University of Leeds, Leeds, UK}
\author{Carlos Ruiz}
\affiliation{Met Office, Exeter, UK}
\begin{abstract}Abstract.\end{abstract}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "revtexshared": (
        r"""\documentclass[aps,prl]{revtex4-2}
\begin{document}
\title{A title here}
\author{Alice Brown}
\author{Carlos Ruiz}
\affiliation{University of Leeds, Leeds, UK}
\author{Dana Lee}
\affiliation{Met Office, Exeter, UK}
\collaboration{The Example Collaboration}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Leeds", "Dana Lee": "Met Office"},
    ),
    "rjournal": (
        r"""\title{A title here}
\author{by Alice Brown and Carlos Ruiz}
\maketitle
\abstract{Abstract.}
\section{Intro} Text.
\address{Alice Brown\\
  University of Leeds\\
  UK\\
  \email{a@b.uk}}
\address{Carlos Ruiz\\
  Met Office\\
  UK}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "rsoc": (
        r"""\documentclass[openbio]{rsos}
\begin{document}
\title{A title here}
\author{Alice Brown$^{1}$ and Carlos Ruiz$^{2}$}
\address{$^{1}$University of Leeds, Leeds, UK\\
$^{2}$Met Office, Exeter, UK}
\subject{biology}
\corres{Alice Brown\\ \email{a@b.uk}}
\begin{abstract}Abstract.\end{abstract}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "sage": (
        r"""\documentclass{sagej}
\begin{document}
\title{A title here}
\author{Alice Brown\affilnum{1} and Carlos Ruiz\affilnum{2}}
\affiliation{\affilnum{1}University of Leeds, UK\\
\affilnum{2}Met Office, Exeter, UK}
\corrauth{Alice Brown}
\email{a@b.uk}
\begin{abstract}Abstract.\end{abstract}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "scipost": (
        r"""\documentclass{article}
\begin{document}
\begin{center}{\Large \textbf{A title here}}\end{center}
\begin{center}
\textbf{Alice Brown\textsuperscript{1$\star$} and Carlos Ruiz\textsuperscript{2}}
\end{center}
\begin{center}
{\bf 1} University of Leeds, Leeds, UK
\\
{\bf 2} Met Office, Exeter, UK
\\
* a@b.uk
\end{center}
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": None, "Carlos Ruiz": None},
    ),
    "sn": (
        r"""\documentclass[sn-mathphys]{sn-jnl}
\begin{document}
\title{A title here}
\author*[1,2]{\fnm{Alice} \sur{Brown}}\email{a@b.uk}
\author[2]{\fnm{Carlos} \sur{Ruiz}}
\author[1]{\fnm{Dana} \spfx{van} \sur{Dijk}}
\affil*[1]{\orgdiv{Department of Physics}, \orgname{University of Leeds}, \orgaddress{\city{Leeds}, \country{UK}}}
\affil[2]{\orgname{Met Office}, \orgaddress{\city{Exeter}, \country{UK}}}
\abstract{Abstract.}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office", "Dana van Dijk": "Leeds"},
    ),
    "svjour": (
        r"""\documentclass{svjour3}
\begin{document}
\title{A title here}
\author{Alice Brown \and Carlos Ruiz}
\institute{A. Brown \at University of Leeds, Leeds, UK \\ \email{a@b.uk} \and C. Ruiz \at Met Office, Exeter, UK}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "tabular": (
        r"""\documentclass{article}
\title{A title here}
\author{\begin{tabular}{c}Alice Brown\\ University of Leeds\end{tabular} \and \begin{tabular}{c}Carlos Ruiz\\ Met Office\end{tabular}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "tandf": (
        r"""\documentclass{interact}
\begin{document}
\title{A title here}
\author{
\name{Alice Brown\textsuperscript{a}\thanks{CONTACT Alice Brown. Email: a@b.uk} and Carlos Ruiz\textsuperscript{b}}
\affil{\textsuperscript{a}University of Leeds, Leeds, UK; \textsuperscript{b}Met Office, Exeter, UK}
}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "textbf": (
        r"""\documentclass{article}
\title{A title here}
\author{\textbf{Alice Brown}$^{1,*}$, \textbf{Carlos Ruiz}$^{2}$ \\
\small $^{1}$University of Leeds, Leeds, UK \\
\small $^{2}$Met Office, Exeter, UK \\
\small $^{*}$Corresponding author: \texttt{a@b.uk}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "thanks_nested": (
        r"""\documentclass{article}
\title{A title here}
\author{Alice Brown\thanks{Department of Physics, \textit{University of Leeds}, Leeds, UK. \texttt{a@b.uk}} \and Carlos Ruiz\thanks{Met Office, Exeter, UK}\\ \small{Corresponding: Alice Brown}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "usenix": (
        r"""\documentclass{article}
\usepackage{usenix2019_v3}
\begin{document}
\title{A title here}
\author{
{\rm Alice Brown}\\
University of Leeds
\and
{\rm Carlos Ruiz}\\
Met Office
}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "wiley": (
        r"""\documentclass{WileyNJD-v2}
\begin{document}
\title{A title here}
\author[1]{Alice Brown*}
\author[2]{Carlos Ruiz}
\authormark{BROWN \textsc{et al}}
\address[1]{\orgdiv{Department of Physics}, \orgname{University of Leeds}, \orgaddress{\state{Leeds}, \country{UK}}}
\address[2]{\orgname{Met Office}, \orgaddress{\country{UK}}}
\corres{*Alice Brown. \email{a@b.uk}}
\abstract{Abstract.}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "aaai": (
        r"""\documentclass[letterpaper]{article}
\usepackage{aaai24}
\title{A title here}
\author{
    Alice Brown\textsuperscript{\rm 1},
    Carlos Ruiz\textsuperscript{\rm 2}
}
\affiliations{
    \textsuperscript{\rm 1}University of Leeds, Leeds, UK\\
    \textsuperscript{\rm 2}Met Office, Exeter, UK\\
    a@b.uk
}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "aistats": (
        r"""\documentclass[twoside]{article}
\usepackage{aistats2024}
\begin{document}
\twocolumn[
\aistatstitle{A title here}
\aistatsauthor{ Alice Brown \And Carlos Ruiz }
\aistatsaddress{ University of Leeds \And Met Office } ]
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "biorxiv_arxiv": (
        r"""\documentclass{article}
\usepackage{arxiv}
\title{A title here}
\author{ \href{https://orcid.org/0000-0000-0000-0000}{\includegraphics[scale=0.06]{orcid.pdf}\hspace{1mm}Alice Brown}\thanks{Corresponding.} \\
	Department of Physics\\
	University of Leeds\\
	\texttt{a@b.uk} \\
	\And
	\href{https://orcid.org/0000-0000-0000-0000}{\includegraphics[scale=0.06]{orcid.pdf}\hspace{1mm}Carlos Ruiz} \\
	Met Office\\
	Exeter, UK \\
}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "cell": (
        r"""\documentclass{article}
\title{A title here}
\author{Alice Brown,\textsuperscript{1,3,*} Carlos Ruiz\textsuperscript{2}}
\date{}
\begin{document}
\maketitle
\noindent\textsuperscript{1}University of Leeds, Leeds, UK\\
\textsuperscript{2}Met Office, Exeter, UK\\
\textsuperscript{3}Lead contact\\
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "colt": (
        r"""\documentclass[anon,12pt]{colt2024}
\title{A title here}
\coltauthor{\Name{Alice Brown} \Email{a@b.uk}\\
 \addr University of Leeds
 \AND
 \Name{Carlos Ruiz} \Email{c@d.uk}\\
 \addr Met Office}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "emnlp_and": (
        r"""\documentclass[11pt]{article}
\usepackage{acl}
\title{A title here}
\author{Alice Brown$^{1}$ \quad Carlos Ruiz$^{2}$ \\
  $^{1}$University of Leeds \quad $^{2}$Met Office \\
  \texttt{\{a,c\}@b.uk}}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "ijcai": (
        r"""\documentclass{article}
\usepackage{ijcai24}
\title{A title here}
\author{
Alice Brown$^1$
\and
Carlos Ruiz$^2$\\
\affiliations
$^1$University of Leeds, Leeds, UK\\
$^2$Met Office, Exeter, UK\\
\emails
a@b.uk
}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "jmlr_pmlr": (
        r"""\documentclass[pmlr]{jmlr}
\title{A title here}
\author{\Name{Alice Brown} \Email{a@b.uk}\\
 \addr University of Leeds
 \AND
 \Name{Carlos Ruiz} \Email{c@d.uk}\\
 \addr Met Office}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "miccai_lncs_orcid": (
        r"""\documentclass[runningheads]{llncs}
\begin{document}
\title{A title here}
\author{Alice Brown\inst{1}\orcidID{0000-1111-2222-3333} \and
Carlos Ruiz\inst{2}\orcidID{1111-2222-3333-4444}}
\authorrunning{A. Brown et al.}
\institute{University of Leeds, Leeds, UK \and
Met Office, Exeter, UK\\
\email{c@d.uk}}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "peerj": (
        r"""\documentclass[fleqn,10pt]{wlpeerj}
\title{A title here}
\author[1]{Alice Brown}
\author[2]{Carlos Ruiz}
\affil[1]{University of Leeds, Leeds, UK}
\affil[2]{Met Office, Exeter, UK}
\corrauthor[1]{Alice Brown}{a@b.uk}
\begin{abstract}Abstract.\end{abstract}
\begin{document}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "rsc": (
        r"""\documentclass[twoside,twocolumn,9pt]{article}
\begin{document}
\noindent\LARGE{\textbf{A title here}} \\%
\vspace{0.3cm} \\%
\noindent\large{Alice Brown,\textit{$^{a}$} Carlos Ruiz\textit{$^{b}$}} \\%
\noindent\footnotesize{\textit{$^{a}$~University of Leeds, Leeds, UK.}}
\noindent\footnotesize{\textit{$^{b}$~Met Office, Exeter, UK.}}
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": None, "Carlos Ruiz": None},
    ),
    "sigplan": (
        r"""\documentclass{sigplanconf}
\begin{document}
\title{A title here}
\authorinfo{Alice Brown}{University of Leeds}{a@b.uk}
\authorinfo{Carlos Ruiz}{Met Office}{c@d.uk}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
    "svmult": (
        r"""\documentclass{svmult}
\begin{document}
\title*{A title here}
\author{Alice Brown and Carlos Ruiz}
\institute{Alice Brown \at University of Leeds, Leeds, UK, \email{a@b.uk}
\and Carlos Ruiz \at Met Office, Exeter, UK}
\maketitle
\section{Intro} Text.
\end{document}
""",
        {"Alice Brown": "Leeds", "Carlos Ruiz": "Met Office"},
    ),
}


def _read(path: Path):
    res = api.parse_one(path, api.load()[1])
    assert res.error is None, res.error
    return res.model


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_a_templates_author_block(tmp_path, name):
    source, want = TEMPLATES[name]
    (tmp_path / "paper.tex").write_text(source, encoding="utf-8")
    m = _read(tmp_path / "paper.tex")
    assert [a.name for a in m.authors] == list(want)
    for a in m.authors:
        place = want[a.name]
        if place is not None:
            assert a.affiliations and place in a.affiliations[0], (a.name, a.affiliations)


def test_an_author_list_kept_in_a_file_of_its_own(tmp_path):
    """``\\author{\\input{authorlist}}``: the names and their notes are read
    from the file, in place."""
    (tmp_path / "paper.tex").write_text(
        "\\documentclass{article}\n\\title{A title here}\n\\author{\\input{authorlist}}\n\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}\n",
        encoding="utf-8",
    )
    (tmp_path / "authorlist.tex").write_text("Alice Brown\\thanks{University of Leeds} \\and Carlos Ruiz\\thanks{Met Office}\n", encoding="utf-8")
    m = _read(tmp_path / "paper.tex")
    assert [(a.name, a.affiliations) for a in m.authors] == [("Alice Brown", ["University of Leeds"]), ("Carlos Ruiz", ["Met Office"])]


def test_an_author_list_kept_in_a_missing_file_reads_nothing_and_says_so(tmp_path):
    """Guard: a list in a file that is not there gives no authors and a note, not an error."""
    (tmp_path / "paper.tex").write_text(
        "\\documentclass{article}\n\\title{A title here}\n\\author{\\input{authorlist}}\n\\begin{document}\n\\maketitle\n\\section{Intro} Text.\n\\end{document}\n",
        encoding="utf-8",
    )
    m = _read(tmp_path / "paper.tex")
    assert m.authors == []
    assert any("authorlist" in n for n in m.notes)


@pytest.mark.parametrize("how", ["\\input{front}", "\\include{front}"])
def test_a_title_page_in_an_included_file(tmp_path, how):
    (tmp_path / "paper.tex").write_text(f"\\documentclass{{article}}\n\\begin{{document}}\n{how}\n\\section{{Intro}} Text.\n\\end{{document}}\n", encoding="utf-8")
    (tmp_path / "front.tex").write_text("\\title{A title here}\n\\author{Dana Lee \\and Eve Kim}\n\\maketitle\n", encoding="utf-8")
    assert [a.name for a in _read(tmp_path / "paper.tex").authors] == ["Dana Lee", "Eve Kim"]
