"""Longer fuzzing run than the test suite's: every parser over N mutations
of each seed document; prints any input that made a parser fail with an
internal error (and keeps it in ./fuzz-failures/).

    python scripts/fuzz.py [--n 500]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from techcost import api  # noqa: E402
from tests.fuzzing import mutate, seeds  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--n", type=int, default=500, help="mutations per seed document")
args = ap.parse_args()
_, rs = api.load()
bad = Path("fuzz-failures")
failures = 0
t0 = time.perf_counter()
with tempfile.TemporaryDirectory() as td:
    for fmt, files in sorted(seeds().items()):
        counts = {"read": 0, "refused": 0, "internal": 0}
        for src in files:
            for seed in range(args.n):
                p = Path(td) / f"m{src.suffix}"
                p.write_bytes(mutate(src, seed))
                res = api.parse_one(p, rs)
                if res.error is None:
                    counts["read"] += 1
                elif res.error.code == "SYS009":
                    counts["internal"] += 1
                    failures += 1
                    bad.mkdir(exist_ok=True)
                    keep = bad / f"{src.stem}-{seed}{src.suffix}"
                    shutil.copy(p, keep)
                    print(f"internal error: {keep}: {res.error}")
                else:
                    counts["refused"] += 1
        print(f"{fmt:<9} {counts}")
print(f"{failures} internal errors in {time.perf_counter() - t0:.0f} s")
sys.exit(1 if failures else 0)
