"""Warm parse and credit-analysis time per paper, per format.

    python benchmarks/bench_manuscripts.py [CORPUS_DIR] [--loops 5]

CORPUS_DIR is a corpus in the layout of ``tests/corpus`` (the default) or
the shared development set (a folder with ``manuscripts/``). Prints, per
format, mean and slowest parse time per document (warm: the parser module
already loaded), and the extra time the credit analysis adds. PDF per-page figures beside pdfplumber are in
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
from techcost.analysis import analyse, clear_caches

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "tests" / "corpus"))
    ap.add_argument("--loops", type=int, default=5)
    ap.add_argument("--python-cache", action="store_true", help="keep Python's own cache of compiled patterns (a library caller's process), not the command line's")
    args = ap.parse_args()
    if not args.python_cache:
        from techcost._startup import widen_pattern_cache

        widen_pattern_cache()  # as the techcost command runs
    base = Path(args.corpus)
    if (base / "manuscripts").is_dir():
        files = [(p, p.parent.name) for p in sorted((base / "manuscripts").rglob("*")) if p.is_file()]
    else:
        from techcost.evaluation.corpus import load_corpus

        files = [(p.path, p.format) for p in load_corpus(base).papers]
    _, rs = api.load()
    parse_t: dict[str, list[float]] = defaultdict(list)
    detect_t: dict[str, list[float]] = defaultdict(list)
    for f, _ in files:  # warm up: imports, matchers
        res = api.parse_one(f, rs)
        if res.model is not None:
            analyse(res.model, rs.lexicons)
    from techcost.parsers import parser_for, sniff

    guarded_t: dict[str, list[float]] = defaultdict(list)
    for f, fmt in files:
        if f.is_dir():  # a multi-file LaTeX project or Manubot content folder: as check reads it
            parse = lambda p, **kw: api.parse_one(p, rs).model
        else:
            det = sniff(f)
            parse = parser_for(det.kind, det.format)
        ps, gs, ds = [], [], []
        for _ in range(args.loops):
            t0 = time.perf_counter()
            model = parse(f, display_path=str(f), lexicons=rs.lexicons)
            clear_caches()  # each paper analysed as if it were the first
            t1 = time.perf_counter()
            if model is not None:
                analyse(model, rs.lexicons)
            t2 = time.perf_counter()
            api.parse_one(f, rs)  # as `check` runs it: in a child process under limits
            t3 = time.perf_counter()
            ps.append(t1 - t0)
            ds.append(t2 - t1)
            gs.append(t3 - t2)
        parse_t[fmt].append(statistics.median(ps))
        detect_t[fmt].append(statistics.median(ds))
        guarded_t[fmt].append(statistics.median(gs))
    ms = lambda v: f"{v * 1000:>7.1f} ms"
    print(f"{'format':<10} {'papers':>6} {'parse mean':>11} {'parse max':>10} {'isolated mean':>14} {'credit mean':>12} {'credit max':>11}")
    for fmt in sorted(parse_t):
        p, d, g = parse_t[fmt], detect_t[fmt], guarded_t[fmt]
        print(f"{fmt:<10} {len(p):>6} {ms(statistics.mean(p)):>11} {ms(max(p)):>10} {ms(statistics.mean(g)):>14} {ms(statistics.mean(d)):>12} {ms(max(d)):>11}")
    print("parse: the parser alone, warm; isolated: as check runs it (api.parse_one): binary formats in a forked child under time and memory limits, text formats under a timer")
    print("patterns: " + ("Python's own cache of compiled patterns (a library caller)" if args.python_cache else "the command line's wider cache of compiled patterns"))


if __name__ == "__main__":
    main()
