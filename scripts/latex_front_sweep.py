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
    raise ValueError(style)


def paper(style: str, title: str, authors: list[tuple[str, list[str]]]) -> str:
    cls, fm = front(style, authors)
    ttl = f"\\title{{{tex(title)}}}\n"
    if style == "elsarticle":
        return f"{cls}\n\\begin{{document}}\n{fm}{ttl}\\begin{{abstract}}We report counts.\\end{{abstract}}\n\\end{{frontmatter}}\n\\section{{Introduction}}\nText.\n\\section*{{Acknowledgements}}\nWe thank the site owners.\n\\end{{document}}\n"
    return f"{cls}\n{ttl}{fm}\\begin{{document}}\n\\maketitle\n\\begin{{abstract}}We report counts.\\end{{abstract}}\n\\section{{Introduction}}\nText.\n\\section*{{Acknowledgements}}\nWe thank the site owners.\n\\end{{document}}\n"


def main() -> int:
    a = sweep_arguments(80, "style", STYLES).parse_args()
    _, rs = api.load()
    styles = [a.style] if a.style else list(STYLES)
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
