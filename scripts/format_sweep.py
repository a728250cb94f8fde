"""Read tune-part acknowledgements through every format techcost reads.

Each acknowledgement record of the tune part is put, as the acknowledgement
section of a small paper, into Markdown, LaTeX (one file and multi-file),
Word, JATS and (with --pdf) one- and two-column PDF printed by Chromium.
What techcost credits from each rendering is compared with what it credits
from the plain text; a difference is a reading fault of that format (a
sentence split, a hyphenation, a lost paragraph), whatever the record says.

    python scripts/format_sweep.py [-n 150] [--seed 7] [--pdf [--journal]] [--only ID]

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

from techcost import api  # noqa: E402
from techcost.analysis import analyse  # noqa: E402
from techcost.evaluation.corpus import load_corpus  # noqa: E402
from techcost.model import Location, Manuscript, Section, TextBlock  # noqa: E402
from tests import papergen  # noqa: E402

AUTHORS = [
    papergen.AuthorSpec("Quillon", "Abernethy", [1], orcid="0000-0002-1825-0097"),
    papergen.AuthorSpec("Tamsin", "Vorhees", [1, 2]),
]
AFFILS = ["Department of Geography, University of Exampleton, Exampleton, UK", "School of Physics, Sample University, Sampleford, UK"]


def seen(m: Manuscript) -> tuple[tuple, tuple]:
    staff = tuple(sorted((c.name, c.basis) for c in m.technical_contributors))
    fac = tuple(sorted(f.name.lower() for f in m.facilities if not f.named_staff or f.unnamed_staff))
    return staff, fac


def plain(text: str, rs) -> tuple[tuple, tuple]:
    loc = Location(path="plain", paragraph=1)
    blocks = [TextBlock(text=p.strip(), location=loc) for p in text.split("\n\n") if p.strip()]
    m = Manuscript(path="plain", format="markdown", sections=[Section(kind="acknowledgements", heading="Acknowledgements", location=loc, blocks=blocks)])
    return seen(analyse(m, rs.lexicons))


def spec_for(rid: str, text: str) -> papergen.PaperSpec:
    return papergen.PaperSpec(
        slug=rid.replace("ack-", "p-"),
        title="Seasonal variation in a measured quantity at three sites",
        authors=AUTHORS,
        affiliations=AFFILS,
        abstract="We report measurements made over two seasons at three sites and compare them with a simple model.",
        introduction=["The quantity varies with season; its causes are debated."],
        methods=["Samples were taken monthly and measured twice."],
        acknowledgements=[p.strip() for p in text.split("\n\n") if p.strip()],
    )


def read_back(path: Path, rs, what: str, differ: dict[str, int], key: str) -> Manuscript | None:
    """``path`` read and analysed as ``check`` reads it; None (counted in
    ``differ`` under ``key`` and reported) when it cannot be read."""
    parsed = api.parse_one(path, rs)
    if parsed.error is not None or not isinstance(parsed.model, Manuscript):
        print(f"{what} {key}: unread ({parsed.error})")
        differ[key] = differ.get(key, 0) + 1
        return None
    return analyse(parsed.model, rs.lexicons)


def compare(path: Path, want: tuple[tuple, tuple], rs, rid: str, key: str, differ: dict[str, int], *, quiet: bool = False) -> None:
    """``path`` read back and compared with the plain reading ``want``; a
    difference is counted in ``differ`` under ``key`` and printed."""
    m = read_back(path, rs, rid, differ, key)
    if m is None:
        return
    got = seen(m)
    if got == want:
        return
    differ[key] = differ.get(key, 0) + 1
    if quiet:
        return
    print(f"{rid} {key}:")
    for label, w, g in (("staff", want[0], got[0]), ("facilities", want[1], got[1])):
        if w != g:
            print(f"   {label} plain only: {sorted(set(w) - set(g))}")
            print(f"   {label} {key} only: {sorted(set(g) - set(w))}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--pdf", action="store_true")
    ap.add_argument("--journal", action="store_true", help="with --pdf: also a journal's page, small justified type hyphenated at line ends")
    ap.add_argument("--only")
    a = ap.parse_args()
    c = load_corpus(ROOT / "tests" / "corpus")
    recs = [r for r in c.acks_in("tune") if not a.only or a.only in r.id]
    random.Random(a.seed).shuffle(recs)
    recs = recs[: a.n]
    _, rs = api.load()
    differ: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for r in recs:
            text = str(r.record["text"])
            want = plain(text, rs)
            files = papergen.write_all(spec_for(r.id, text), Path(tmp) / r.id, with_pdf=a.pdf, journal=a.pdf and a.journal)
            for fmt, path in files.items():
                compare(path, want, rs, r.id, fmt, differ)
    print(f"{len(recs)} records; differing readings by format: {differ or 'none'}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
