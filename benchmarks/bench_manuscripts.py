"""Warm parse (and detection) time per paper, per format, on the corpus.

    python benchmarks/bench_manuscripts.py [CORPUS_DIR] [--loops 5]

Prints, per format, mean and slowest parse time per document (warm: the
parser module and spaCy already loaded), and the extra time the technical
credit detection adds. PDF per-page figures beside pdfplumber are in
benchmarks/bench_pdf.py. Goals: Markdown, LaTeX and JATS <= 20 ms per paper;
detection <= 50 ms per paper.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from pathlib import Path

from techcost import api
from techcost.detect import detect

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--loops", type=int, default=5)
    args = ap.parse_args()
    base = Path(args.corpus) / "manuscripts"
    files = sorted(p for p in base.rglob("*") if p.is_file())
    _, rs = api.load()
    parse_t: dict[str, list[float]] = defaultdict(list)
    detect_t: dict[str, list[float]] = defaultdict(list)
    for f in files:  # warm up: imports, spaCy, matchers
        res = api.parse_one(f, rs)
        if res.model is not None:
            detect(res.model, rs.lexicons)
    for f in files:
        fmt = f.parent.name
        ps, ds = [], []
        for _ in range(args.loops):
            t0 = time.perf_counter()
            res = api.parse_one(f, rs)
            t1 = time.perf_counter()
            if res.model is not None:
                detect(res.model, rs.lexicons)
            t2 = time.perf_counter()
            ps.append(t1 - t0)
            ds.append(t2 - t1)
        parse_t[fmt].append(statistics.median(ps))
        detect_t[fmt].append(statistics.median(ds))
    print(f"{'format':<10} {'papers':>6} {'parse mean':>11} {'parse max':>10} {'detect mean':>12} {'detect max':>11}")
    for fmt in sorted(parse_t):
        p, d = parse_t[fmt], detect_t[fmt]
        print(f"{fmt:<10} {len(p):>6} {statistics.mean(p) * 1000:>8.1f} ms {max(p) * 1000:>7.1f} ms {statistics.mean(d) * 1000:>9.1f} ms {max(d) * 1000:>8.1f} ms")


if __name__ == "__main__":
    main()
