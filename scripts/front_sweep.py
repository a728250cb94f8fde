"""Read tune-part title pages back from PDFs printed in common layouts.

Each tune paper's authors and affiliations, as techcost reads them from the
paper's own file, are printed by Chromium as the title page of a small
paper in several layouts that journals and preprint templates use:

    numbers    names with superscript numbers, numbered affiliations below
    letters    superscript letters, "and" before the last name, a starred
               corresponding author with an e-mail line
    blocks     a grid of author blocks: name, affiliation lines, e-mail
    stacked    one author a line, the affiliation in italics beneath
    footnotes  names with superscript numbers, the affiliations as a
               footnote under a rule at the foot of a two-column first page

The PDF reading is compared with the source reading: authors, each
author's affiliations, and which authors are technical staff. A difference
is a PDF reading fault, whatever the labels say.

    python scripts/front_sweep.py [-n 60] [--seed 7] [--layout NAME] [--only ID]

Only tune papers are used: the check part is for figures.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from format_sweep import read_back  # noqa: E402

from techcost import api  # noqa: E402
from techcost.analysis import analyse  # noqa: E402
from techcost.evaluation.corpus import load_corpus  # noqa: E402
from techcost.model import Manuscript  # noqa: E402
from tests import papergen  # noqa: E402

LAYOUTS = papergen.FRONT_LAYOUTS


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


def front(m: Manuscript) -> tuple[list[tuple[str, tuple[str, ...]]], set[str]]:
    authors = [(norm(a.name), tuple(sorted(norm(x) for x in a.affiliations))) for a in m.authors]
    tech = {norm(a.name) for a in m.authors if a.technical}
    return authors, tech


def page(m: Manuscript, layout: str) -> str:
    authors = [papergen.FrontAuthor(a.name, list(a.affiliations), a.email) for a in m.authors]
    return papergen.front_page_html(m.title or "A study of seasonal variation", authors, layout)


def usable(m: Manuscript) -> bool:
    return 1 <= len(m.authors) <= 30 and any(a.affiliations for a in m.authors)


def source_papers(seed: int, only: str | None, n: int, rs) -> Iterator[tuple[str, Manuscript]]:
    """Up to ``n`` tune papers in the text formats, shuffled with ``seed``,
    each with its own file's reading (papers with no places left out)."""
    c = load_corpus(ROOT / "tests" / "corpus")
    papers = [p for p in c.papers_in("tune") if p.format != "pdf" and (not only or only in p.id)]
    random.Random(seed).shuffle(papers)
    done = 0
    for p in papers:
        if done >= n:
            return
        parsed = api.parse_one(p.path, rs)
        if parsed.error is not None or not isinstance(parsed.model, Manuscript) or not usable(parsed.model):
            continue
        done += 1
        yield p.id, parsed.model


def report(what: str, key: str, want: list[tuple[str, tuple[str, ...]]], got: list[tuple[str, tuple[str, ...]]], label: str) -> None:
    """Print how a rendering's authors and places differ from the source's."""
    print(f"{what} {key}:")
    wn, gn = [x[0] for x in want], [x[0] for x in got]
    if wn != gn:
        print(f"   authors source only: {[x for x in wn if x not in gn]}")
        print(f"   authors {label} only: {[x for x in gn if x not in wn]}")
        return
    for (n, wa), (_, ga) in zip(want, got, strict=True):
        if wa != ga:
            print(f"   {n}: source {list(wa)}")
            print(f"   {' ' * len(n)}  {label:6} {list(ga)}")


def sweep_arguments(n: int, pick: str, choices: tuple[str, ...]) -> argparse.ArgumentParser:
    """The options every title-page sweep takes: how many papers, the seed,
    one layout or style (``--<pick>``), and an id filter."""
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=n)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(f"--{pick}", choices=choices)
    ap.add_argument("--only")
    return ap


def main() -> int:
    ap = sweep_arguments(60, "layout", LAYOUTS)
    ap.add_argument("--keep", help="a folder to keep the printed pages in")
    a = ap.parse_args()
    _, rs = api.load()
    layouts = [a.layout] if a.layout else list(LAYOUTS)
    differ: dict[str, int] = {}
    done = 0
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = Path(a.keep) if a.keep else Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        for pid, model in source_papers(a.seed, a.only, a.n, rs):
            # the page prints names and places only: roles, job titles and statements are left out of both readings
            bare = model.model_copy(
                update={"authors": [x.model_copy(update={"roles": [], "roles_as_written": [], "job_titles": []}) for x in model.authors], "contribution_statement_text": None}
            )
            src = analyse(bare, rs.lexicons)
            want = front(src)
            done += 1
            for layout in layouts:
                pdf = out_dir / f"{pid}-{layout}.pdf"
                papergen.print_html(page(src, layout), pdf, what=pid)
                m = read_back(pdf, rs, pid, differ, layout)
                if m is None:
                    continue
                got = front(m)
                if got == want:
                    continue
                differ[layout] = differ.get(layout, 0) + 1
                report(pid, layout, want[0], got[0], "pdf")
                if want[1] != got[1]:
                    print(f"   technical source only: {sorted(want[1] - got[1])}; pdf only: {sorted(got[1] - want[1])}")
    print(f"{done} papers x {len(layouts)} layouts; differing readings by layout: {differ or 'none'}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
