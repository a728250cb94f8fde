"""Read tune-part acknowledgements back from the places papers put them.

The format sweep puts each acknowledgement under a plain "Acknowledgements"
heading. Real papers also use the acknowledgement environments and macros
of journal classes, run-in headings, bold lead-ins, numbered or unnumbered
headings with attributes, YAML fields and fenced divs. Each tune record is
written as the acknowledgement of a small paper in each of the placements
below, after a conclusion and before the references; what techcost credits
is compared with what it credits from the plain text. A difference is a
reading fault of that placement, whatever the record says.

    python scripts/ack_place_sweep.py [-n 60] [--seed 5] [--place NAME] [--only ID]

Only tune records are used: the check part is for figures.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from format_sweep import plain, read_back, seen  # noqa: E402

from techcost import api  # noqa: E402
from techcost.evaluation.corpus import load_corpus  # noqa: E402

SPECIAL = str.maketrans({"&": r"\&", "%": r"\%", "_": r"\_", "#": r"\#", "$": r"\$"})


def tex(s: str) -> str:
    return s.translate(SPECIAL)


def yaml_block(paras: list[str]) -> list[str]:
    out: list[str] = []
    for i, p in enumerate(paras):
        if i:
            out.append("")
        out += ["  " + line for line in p.split("\n")]
    return out


# Markdown placements: the lines that carry the acknowledgement paragraphs
# (``{}`` is replaced by the paragraphs, one per line pair), and any lines
# added to the YAML header.
MD_PLACES: dict[str, tuple[list[str], list[str]]] = {
    "md-unnumbered": (["## Acknowledgments {.unnumbered}", "", "{}"], []),
    "md-dash": (["# Acknowledgements {-}", "", "{}"], []),
    "md-setext": (["Acknowledgements", "----------------", "", "{}"], []),
    "md-bold-runin": (["**Acknowledgements:** {}"], []),
    "md-bold-line": (["**Acknowledgments**", "", "{}"], []),
    "md-bold-nostop": (["**Acknowledgements** {}"], []),
    "md-italic-runin": (["*Acknowledgements.* {}"], []),
    "md-div": ([":::{.acknowledgments}", "{}", ":::"], []),
    "md-div-heading": (["::: {#acks}", "## Acknowledgements", "", "{}", ":::"], []),
    "md-funding-and": (["## Funding and acknowledgements", "", "{}"], []),
    "md-back-matter": (["# Back matter", "", "### Acknowledgement", "", "{}"], []),
    "md-latex-section": (["\\section*{Acknowledgements}", "", "{}"], []),
    "md-yaml-literal": ([], ["acknowledgements: |", "{yaml}"]),
    "md-yaml-folded": ([], ["acknowledgments: >", "{yaml}"]),
    "md-html-heading": (["<h2>Acknowledgements</h2>", "", "{}"], []),
    "md-caps": (["## ACKNOWLEDGEMENTS", "", "{}"], []),
}

# LaTeX placements: lines before and after the paragraphs.
TEX_PLACES: dict[str, tuple[list[str], list[str]]] = {
    "tex-env": ([r"\begin{acknowledgements}"], [r"\end{acknowledgements}"]),
    "tex-env-singular": ([r"\begin{acknowledgement}"], [r"\end{acknowledgement}"]),
    "tex-env-us": ([r"\begin{acknowledgments}"], [r"\end{acknowledgments}"]),
    "tex-ack-env": ([r"\begin{ack}"], [r"\end{ack}"]),
    "tex-aas-macro": ([r"\acknowledgments"], []),
    "tex-iop-ack": ([r"\ack"], []),
    "tex-mdpi": ([r"\acknowledgments{"], ["}"]),
    "tex-pnas": ([r"\acknow{"], ["}"]),
    "tex-jmlr": ([r"\acks{"], ["}"]),
    "tex-bmhead": ([r"\bmhead{Acknowledgments}"], []),
    "tex-paragraph": ([r"\paragraph{Acknowledgements}"], []),
    "tex-paragraph-star": ([r"\paragraph*{Acknowledgments.}"], []),
    "tex-subsection": ([r"\subsection*{Acknowledgements}"], []),
    "tex-numbered": ([r"\section{Acknowledgements}\label{sec:ack}"], []),
    "tex-caps": ([r"\section*{ACKNOWLEDGMENTS}"], []),
    "tex-textbf": ([r"\noindent\textbf{Acknowledgements} "], []),
    "tex-bf-group": ([r"{\bf Acknowledgements.}"], []),
    "tex-emph": ([r"\smallskip\noindent\emph{Acknowledgements.}"], []),
    "tex-center": ([r"\begin{center}\textbf{Acknowledgements}\end{center}"], []),
    "tex-ieee-if": ([r"\ifCLASSOPTIONcompsoc", r"  \section*{Acknowledgments}", r"\else", r"  \section*{Acknowledgment}", r"\fi"], []),
    "tex-and-funding": ([r"\section*{Acknowledgements and funding}"], []),
    "tex-backmatter": ([r"\backmatter", r"\begin{acknowledgements}"], [r"\end{acknowledgements}"]),
}

BODY_MD = [
    "# Introduction",
    "",
    "The quantity varies with season; its causes are debated.",
    "",
    "# Methods",
    "",
    "Samples were taken monthly and measured twice.",
    "",
    "# Conclusion",
    "",
    "The quantity rose in summer at all three sites.",
    "",
]
BODY_TEX = [
    r"\section{Introduction}",
    "The quantity varies with season; its causes are debated.",
    "",
    r"\section{Methods}",
    "Samples were taken monthly and measured twice.",
    "",
    r"\section{Conclusion}",
    "The quantity rose in summer at all three sites.",
    "",
]


def markdown(paras: list[str], place: str, path: Path) -> Path:
    body, yaml = MD_PLACES[place]
    head = ["---", 'title: "Seasonal variation at three sites"', "author:", '  - name: "Quillon Abernethy"', '    affiliation: "University of Exampleton"']
    for line in yaml:
        head += yaml_block(paras) if line == "{yaml}" else [line]
    out = [*head, "---", "", *BODY_MD]
    for line in body:
        if "{}" in line:
            if line == "{}":
                out += "\n\n".join(paras).split("\n")
            else:
                out.append(line.replace("{}", paras[0]))
                for p in paras[1:]:
                    out += ["", p]
        else:
            out.append(line)
    out += ["", "# References", "", "Abernethy, Q. (2020). A earlier study. *Journal of Examples*, 1, 1-2.", ""]
    path.write_text("\n".join(out), encoding="utf-8")
    return path


def latex(paras: list[str], place: str, path: Path) -> Path:
    before, after = TEX_PLACES[place]
    out = [
        r"\documentclass{article}",
        r"\title{Seasonal variation at three sites}",
        r"\author{Quillon Abernethy \\ University of Exampleton}",
        r"\begin{document}",
        r"\maketitle",
        *BODY_TEX,
    ]
    text = "\n\n".join(tex(p) for p in paras)
    if before and before[-1].endswith(" "):
        out += [*before[:-1], before[-1] + text]
    elif before and before[-1].endswith("{"):
        out += [*before[:-1], before[-1] + text]
    else:
        out += [*before, text]
    out += after
    out += [r"\begin{thebibliography}{9}", r"\bibitem{a} Q. Abernethy, A earlier study, J. Ex. 1 (2020) 1.", r"\end{thebibliography}", r"\end{document}"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--place")
    ap.add_argument("--only")
    ap.add_argument("--quiet", "-q", action="store_true")
    a = ap.parse_args()
    c = load_corpus(ROOT / "tests" / "corpus")
    recs = [r for r in c.acks_in("tune") if not a.only or a.only in r.id]
    random.Random(a.seed).shuffle(recs)
    _, rs = api.load()
    places = [p for p in (*MD_PLACES, *TEX_PLACES) if not a.place or a.place in p]
    differ: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        done = 0
        for r in recs:
            if done >= a.n:
                break
            text = str(r.record["text"])
            paras = [p.strip() for p in text.split("\n\n") if p.strip()]
            want = plain(text, rs)
            if not want[0] and not want[1]:
                continue  # a record that credits nothing cannot show a lost reading
            done += 1
            for place in places:
                f = Path(tmp) / f"{r.id}-{place}"
                path = markdown(paras, place, f.with_suffix(".md")) if place.startswith("md-") else latex(paras, place, f.with_suffix(".tex"))
                m = read_back(path, rs, r.id, differ, place)
                if m is None:
                    continue
                got = seen(m)
                if got != want:
                    differ[place] = differ.get(place, 0) + 1
                    if not a.quiet:
                        print(f"{r.id} {place}:")
                        for label, w, g in (("staff", want[0], got[0]), ("facilities", want[1], got[1])):
                            if w != g:
                                print(f"   {label} plain only: {sorted(set(w) - set(g))}")
                                print(f"   {label} {place} only: {sorted(set(g) - set(w))}")
    print(f"{done} records, {len(places)} placements; differing readings: {differ or 'none'}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
