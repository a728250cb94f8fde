"""Cold time of the pre-commit hook's command on one paper.

    python benchmarks/bench_hook.py [--runs 7]

Each figure is the median wall time of fresh ``techcost check`` processes
(the hook's own flags, in a throw-away git repository), as a developer sees
it on ``git commit``: a Markdown paper, a LaTeX paper given as a changed
part (found through its main file), a budget, ``python -c pass`` for the
floor and ``import spacy`` for scale (the analysis does not import it).

The package's bytecode is brought up to date first, as an install leaves it
(where ``PYTHONDONTWRITEBYTECODE`` is set, an edited module would otherwise
be compiled from source in every process). The warm-up runs fill the
command's caches (parsed packs, compiled patterns), as a developer's first
commit does; ``--no-cache`` measures with both turned off.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOOK_FLAGS = ["--force-exclude", "--skip-unrecognised"]  # as .pre-commit-hooks.yaml runs it


def _techcost() -> list[str]:
    exe = Path(sys.executable).with_name("techcost")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "techcost"]


def _median(cmd: list[str], cwd: Path, runs: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _repo(tmp: Path) -> Path:
    repo = tmp / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    shutil.copy(ROOT / "fixtures" / "manuscripts" / "markdown" / "root-imaging-paper.md", repo / "paper.md")
    shutil.copytree(ROOT / "fixtures" / "manuscripts" / "latex" / "multifile" / "project", repo / "latex")
    shutil.copy(ROOT / "fixtures" / "budgets" / "ukri-proposal.xlsx", repo / "budget.xlsx")
    return repo


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--no-cache", action="store_true", help="run with TECHCOST_NO_CACHE=1 (no pack or pattern cache)")
    args = ap.parse_args()
    import techcost

    compileall.compile_dir(str(Path(techcost.__file__).parent), quiet=1)
    env = dict(os.environ)
    if args.no_cache:
        env["TECHCOST_NO_CACHE"] = "1"
    with tempfile.TemporaryDirectory() as d:
        repo = _repo(Path(d))
        tc = _techcost()
        rows = [
            ("python -c pass", [sys.executable, "-c", "pass"]),
            ("techcost --version", [*tc, "--version"]),
            ("techcost check paper.md", [*tc, "check", *HOOK_FLAGS, "paper.md"]),
            ("techcost check latex/main.tex", [*tc, "check", *HOOK_FLAGS, "latex/main.tex"]),
            ("techcost check latex/sections/methods.tex", [*tc, "check", *HOOK_FLAGS, "latex/sections/methods.tex"]),
            ("techcost check budget.xlsx", [*tc, "check", *HOOK_FLAGS, "budget.xlsx"]),
            ("python -c 'import spacy' (for scale)", [sys.executable, "-c", "import spacy"]),
        ]
        for cmd in (r[1] for r in rows):  # warm the OS file cache, not the process
            subprocess.run(cmd, cwd=repo, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        print(f"cold processes, median of {args.runs}{', caches off' if args.no_cache else ''}")
        for label, cmd in rows:
            print(f"{label:<44} {_median(cmd, repo, args.runs, env) * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
