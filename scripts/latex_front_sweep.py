"""Read tune-part authors back from LaTeX front matter written in the
styles of common document classes.

Each tune paper's authors and places, as techcost reads them from the
paper's own file, are written as the front matter of a small LaTeX paper
in each style below; the LaTeX reading is compared with the source's
(names, each author's places). A difference is a LaTeX reading fault,
whatever the labels say. Nothing is compiled.

    authblk    \\author[1,2]{Name} ... \\affil[1]{Place}
    revtex     \\author{Name} \\affiliation{Place} (revtex, aastex)
    elsarticle \\author[a]{Name} ... \\address[a]{Place}
    llncs      \\author{A\\inst{1} \\and B\\inst{2}} \\institute{P1 \\and P2}
    ieee       \\author{\\IEEEauthorblockN{Name} \\IEEEauthorblockA{Place}}
    acmart     \\author{Name} \\affiliation{\\institution{Place}}
    thanks     \\author{Name\\thanks{Place} \\and ...}
    lines      \\author{Name \\\\ Place \\and ...}
    plos       names with \\textsuperscript marks in the body, then \\textbf{1} Place lines
    mnras      \\author[short]{A,$^{1}$ B$^{1,2}$ \\newauthor C$^{2}$ \\\\ $^{1}$Place \\\\ ...}
    agu        \\authors{A\\affil{1}, B\\affil{1,2}} \\affiliation{1}{Place}
    copernicus \\Author[1]{Given}{Family} \\affil[1]{Place}
    mdpi       \\Author{A $^{1}$, B $^{1,2}$} \\address{$^{1}$ \\quad Place\\\\ ...}
    jhep       \\author[a]{Name} \\affiliation[a]{Place} (jheppub, pnas \\affil)
    amsart     \\author{Name} \\address{Place}
    acl        \\author{A \\\\ Place \\And B \\\\ Place}
    icml       \\icmlauthor{Name}{key} \\icmlaffiliation{key}{Place}
    iop        \\author{A$^1$ and B$^{1,2}$} \\address{$^1$ Place}
    snjnl      \\author[1]{\\fnm{Given} \\sur{Family}} \\affil[1]{\\orgname{Place}} (Springer Nature)
    casdc      \\author[1]{Name} \\affiliation[1]{organization={Place}} (Elsevier cas)

    python scripts/latex_front_sweep.py [-n 80] [--seed 7] [--style NAME] [--only ID]

Only tune papers are used: the check part is for figures.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from format_sweep import read_back  # noqa: E402
from front_sweep import norm, report, source_papers, sweep_arguments  # noqa: E402

from techcost import api  # noqa: E402

STYLES = ("authblk", "revtex", "elsarticle", "llncs", "ieee", "acmart", "thanks", "lines")
# journal templates: the classes a paper is submitted in
JOURNALS = ("plos", "mnras", "agu", "copernicus", "mdpi", "jhep", "amsart", "acl", "icml", "iop", "snjnl", "casdc")
SPECIAL = str.maketrans({"&": r"\&", "%": r"\%", "_": r"\_", "#": r"\#", "$": r"\$"})


def tex(s: str) -> str:
    return s.translate(SPECIAL)


def front(style: str, authors: list[tuple[str, list[str]]]) -> tuple[str, str]:
    """(preamble class line, the front matter) for ``style``."""
    places: list[str] = []
    marks: list[list[int]] = []
    for _, affs in authors:
        ks = []
        for a in affs:
            if a not in places:
                places.append(a)
            ks.append(places.index(a) + 1)
        marks.append(ks)
    letter = lambda k: "abcdefghijklmnopqrstuvwxyz"[k - 1] if k <= 26 else str(k)  # noqa: E731
    if style == "authblk":
        body = "".join(f"\\author[{','.join(map(str, k))}]{{{tex(n)}}}\n" for (n, _), k in zip(authors, marks, strict=True))
        body += "".join(f"\\affil[{i}]{{{tex(p)}}}\n" for i, p in enumerate(places, 1))
        return "\\documentclass{article}\n\\usepackage{authblk}", body
    if style == "revtex":
        body = "".join(f"\\author{{{tex(n)}}}\n" + "".join(f"\\affiliation{{{tex(p)}}}\n" for p in affs) for n, affs in authors)
        return "\\documentclass[aps,prl]{revtex4-2}", body
    if style == "elsarticle":
        body = "".join(f"\\author[{','.join(letter(x) for x in k)}]{{{tex(n)}}}\n" for (n, _), k in zip(authors, marks, strict=True))
        body += "".join(f"\\address[{letter(i)}]{{{tex(p)}}}\n" for i, p in enumerate(places, 1))
        return "\\documentclass{elsarticle}", "\\begin{frontmatter}\n" + body
    if style == "llncs":
        names = " \\and ".join(f"{tex(n)}\\inst{{{','.join(map(str, k))}}}" for (n, _), k in zip(authors, marks, strict=True))
        inst = " \\and ".join(tex(p) for p in places)
        return "\\documentclass{llncs}", f"\\author{{{names}}}\n\\institute{{{inst}}}\n"
    if style == "ieee":
        newline = " \\\\ "
        blocks = "\n\\and\n".join("\\IEEEauthorblockN{" + tex(n) + "}\n\\IEEEauthorblockA{" + newline.join(tex(p) for p in affs) + "}" for n, affs in authors)
        return "\\documentclass[conference]{IEEEtran}", f"\\author{{{blocks}}}\n"
    if style == "acmart":
        body = "".join(f"\\author{{{tex(n)}}}\n" + "".join(f"\\affiliation{{\\institution{{{tex(p)}}}}}\n" for p in affs) for n, affs in authors)
        return "\\documentclass[sigconf]{acmart}", body
    if style == "thanks":
        names = " \\and ".join(tex(n) + "".join(f"\\thanks{{{tex(p)}}}" for p in affs) for n, affs in authors)
        return "\\documentclass{article}", f"\\author{{{names}}}\n"
    if style == "lines":
        names = " \\and ".join(tex(n) + "".join(f" \\\\ {tex(p)}" for p in affs) for n, affs in authors)
        return "\\documentclass{article}", f"\\author{{{names}}}\n"
    keys = lambda k, f=str: ",".join(f(x) for x in k)  # noqa: E731
    sup = lambda k: f"$^{{{keys(k)}}}$"  # noqa: E731
    pairs = list(zip(authors, marks, strict=True))
    if style == "plos":
        names = ",\n".join(f"{tex(n)}\\textsuperscript{{{keys(k)}}}" for (n, _), k in pairs)
        lines = "".join(f"\\textbf{{{i}}} {tex(p)}\n\\\\\n" for i, p in enumerate(places, 1))
        return "\\documentclass[10pt,letterpaper]{article}", f"{names}\n\\\\\n\\bigskip\n{lines}\\bigskip\n"
    if style == "mnras":
        names = [f"{tex(n)}{sup(k)}" for (n, _), k in pairs]
        rows = [", ".join(names[i : i + 4]) for i in range(0, len(names), 4)]
        lines = "".join(f"\\\\\n{sup([i])}{tex(p)}\n" for i, p in enumerate(places, 1))
        return "\\documentclass{mnras}", "\\author[" + tex(authors[0][0]) + " et al.]{\n" + "\n\\newauthor\n".join(rows) + "\n" + lines + "}\n"
    if style == "agu":
        names = ", ".join(f"{tex(n)}\\affil{{{keys(k)}}}" for (n, _), k in pairs)
        return "\\documentclass{agujournal2019}", f"\\authors{{{names}}}\n" + "".join(f"\\affiliation{{{i}}}{{{tex(p)}}}\n" for i, p in enumerate(places, 1))
    if style == "copernicus":
        def given_family(n: str) -> tuple[str, str]:
            parts = n.rsplit(" ", 1)
            return (parts[0], parts[1]) if len(parts) == 2 else ("", n)
        body = "".join(f"\\Author[{keys(k)}]{{{tex(given_family(n)[0])}}}{{{tex(given_family(n)[1])}}}\n" for (n, _), k in pairs)
        return "\\documentclass[acp]{copernicus}", body + "".join(f"\\affil[{i}]{{{tex(p)}}}\n" for i, p in enumerate(places, 1))
    if style == "mdpi":
        names = [f"{tex(n)} {sup(k)}" for (n, _), k in pairs]
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        addr = "\\\\\n".join(f"{sup([i])} \\quad {tex(p)}" for i, p in enumerate(places, 1))
        return "\\documentclass[journal,article]{Definitions/mdpi}", f"\\Author{{{listed}}}\n\\address{{%\n{addr}}}\n"
    if style == "jhep":
        body = "".join(f"\\author[{keys(k, letter)}]{{{tex(n)}}}\n" for (n, _), k in pairs)
        return "\\documentclass{article}\n\\usepackage{jheppub}", body + "".join(f"\\affiliation[{letter(i)}]{{{tex(p)}}}\n" for i, p in enumerate(places, 1))
    if style == "amsart":
        return "\\documentclass{amsart}", "".join(f"\\author{{{tex(n)}}}\n" + "".join(f"\\address{{{tex(p)}}}\n" for p in affs) for n, affs in authors)
    if style == "acl":
        blocks = " \\And\n".join(tex(n) + "".join(f" \\\\ {tex(p)}" for p in affs) for n, affs in authors)
        return "\\documentclass[11pt]{article}\n\\usepackage{acl}", f"\\author{{{blocks}}}\n"
    if style == "icml":
        body = "\\begin{icmlauthorlist}\n" + "".join(f"\\icmlauthor{{{tex(n)}}}{{{keys(k, lambda x: 'aff' + str(x))}}}\n" for (n, _), k in pairs) + "\\end{icmlauthorlist}\n"
        return "\\documentclass{article}\n\\usepackage{icml2024}", body + "".join(f"\\icmlaffiliation{{aff{i}}}{{{tex(p)}}}\n" for i, p in enumerate(places, 1))
    if style == "iop":
        names = [f"{tex(n)}{sup(k)}" for (n, _), k in pairs]
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return "\\documentclass[12pt]{iopart}", f"\\author{{{listed}}}\n" + "".join(f"\\address{{{sup([i])} {tex(p)}}}\n" for i, p in enumerate(places, 1))
    if style == "snjnl":
        def fnm_sur(n: str) -> str:
            parts = n.rsplit(" ", 1)
            return f"\\fnm{{{tex(parts[0])}}} \\sur{{{tex(parts[1])}}}" if len(parts) == 2 else f"\\sur{{{tex(n)}}}"
        body = "".join(f"\\author[{keys(k)}]{{{fnm_sur(n)}}}\n" for (n, _), k in pairs)
        return "\\documentclass[sn-mathphys]{sn-jnl}", body + "".join(f"\\affil[{i}]{{\\orgname{{{tex(p)}}}}}\n" for i, p in enumerate(places, 1))
    if style == "casdc":
        body = "".join(f"\\author[{keys(k)}]{{{tex(n)}}}\n" for (n, _), k in pairs)
        return "\\documentclass[a4paper,fleqn]{cas-dc}", body + "".join(f"\\affiliation[{i}]{{organization={{{tex(p)}}}}}\n" for i, p in enumerate(places, 1))
    raise ValueError(style)


def paper(style: str, title: str, authors: list[tuple[str, list[str]]]) -> str:
    cls, fm = front(style, authors)
    if style == "plos":  # the title and names printed in the body
        return (
            f"{cls}\n\\begin{{document}}\n\\vspace*{{0.2in}}\n\\begin{{flushleft}}\n{{\\Large\n\\textbf\\newline{{{tex(title)}}}\n}}\n\\newline\n\\\\\n{fm}"
            "\\end{flushleft}\n\\section*{Abstract}\nWe report counts.\n\\section*{Introduction}\nText.\n\\section*{Acknowledgments}\nWe thank the site owners.\n\\end{document}\n"
        )
    ttl = f"\\title{{{tex(title)}}}\n"
    if style == "elsarticle":
        return f"{cls}\n\\begin{{document}}\n{fm}{ttl}\\begin{{abstract}}We report counts.\\end{{abstract}}\n\\end{{frontmatter}}\n\\section{{Introduction}}\nText.\n\\section*{{Acknowledgements}}\nWe thank the site owners.\n\\end{{document}}\n"
    return f"{cls}\n{ttl}{fm}\\begin{{document}}\n\\maketitle\n\\begin{{abstract}}We report counts.\\end{{abstract}}\n\\section{{Introduction}}\nText.\n\\section*{{Acknowledgements}}\nWe thank the site owners.\n\\end{{document}}\n"


def main() -> int:
    a = sweep_arguments(80, "style", STYLES + JOURNALS).parse_args()
    _, rs = api.load()
    styles = [a.style] if a.style else list(STYLES + JOURNALS)
    differ: dict[str, int] = {}
    done = 0
    with tempfile.TemporaryDirectory() as tmp:
        for pid, src in source_papers(a.seed, a.only, a.n, rs):
            done += 1
            authors = [(x.name, list(x.affiliations)) for x in src.authors]
            want = [(norm(n), tuple(sorted(norm(y) for y in affs))) for n, affs in authors]
            for style in styles:
                path = Path(tmp) / f"{pid}-{style}.tex"
                path.write_text(paper(style, src.title or "Counting twice at three sites", authors), encoding="utf-8")
                m = read_back(path, rs, pid, differ, style)
                if m is None:
                    continue
                got = [(norm(x.name), tuple(sorted(norm(y) for y in x.affiliations))) for x in m.authors]
                if got != want:
                    differ[style] = differ.get(style, 0) + 1
                    report(pid, style, want, got, "latex")
    print(f"{done} papers x {len(styles)} styles; differing readings by style: {differ or 'none'}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
