"""Read tune-part acknowledgements back from the places papers put them.

The format sweep puts each acknowledgement under a plain "Acknowledgements"
heading. Real papers also use the acknowledgement environments and macros
of journal classes, run-in headings, bold lead-ins, numbered or unnumbered
headings with attributes, YAML fields and fenced divs. Each tune record is
written as the acknowledgement of a small paper in each of the placements
below, after a conclusion and before the references; what techcost credits
is compared with what it credits from the plain text. A difference is a
reading fault of that placement, whatever the record says.

    python scripts/ack_place_sweep.py [-n 60] [--seed 5] [--place NAME] [--only ID] [--pdf]

With --pdf, the placements of printed papers are added (run-in bold labels,
small type at the end, a first-page footnote, after the references, one and
two columns), printed by Chromium.

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

from format_sweep import compare, plain  # noqa: E402

from techcost import api  # noqa: E402
from techcost.evaluation.corpus import load_corpus  # noqa: E402
from tests import papergen  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--place")
    ap.add_argument("--only")
    ap.add_argument("--quiet", "-q", action="store_true")
    ap.add_argument("--pdf", action="store_true", help="also the printed placements (needs Chromium)")
    a = ap.parse_args()
    c = load_corpus(ROOT / "tests" / "corpus")
    recs = [r for r in c.acks_in("tune") if not a.only or a.only in r.id]
    random.Random(a.seed).shuffle(recs)
    _, rs = api.load()
    every = (*papergen.MD_ACK_PLACES, *papergen.TEX_ACK_PLACES, *papergen.DOCX_ACK_PLACES, *(papergen.PDF_ACK_PLACES if a.pdf else ()))
    places = [p for p in every if not a.place or a.place in p]
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
                compare(papergen.ack_placed(paras, place, f), want, rs, r.id, place, differ, quiet=a.quiet)
    print(f"{done} records, {len(places)} placements; differing readings: {differ or 'none'}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
