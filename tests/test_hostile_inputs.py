"""Broken and hostile inputs: nothing crashes, nothing leaks, nothing is
lost. Every file below goes through one `techcost check` batch beside a
good budget; each bad one gets a one-line SYS error (exit 2), the merely
unusual ones are read, the good one is still checked, no input changes, and
no secret the hostile files point at appears in any output."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .hostile import SECRET, builders

pytestmark = pytest.mark.slow  # the fast tier (pytest -m "not slow") leaves it to the full suite

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "fixtures" / "budgets" / "ukri-proposal.xlsx"


def _hash(paths: list[Path]) -> dict[str, str]:
    out = {}
    for p in paths:
        if p.is_file():
            out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile")
    files: dict[str, tuple[Path, str]] = {}
    for name, build in builders().items():
        files[name] = build(d)
    good = d / "good.xlsx"
    good.write_bytes(GOOD.read_bytes())
    paths = [p for p, _ in files.values()] + [good]
    before = _hash(paths)
    env = {**os.environ, "TECHCOST_MAX_SECONDS_PER_FILE": "20", "TECHCOST_MAX_MEMORY_MB": "1024"}
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "techcost", "check", "--format", "json", *map(str, paths)],
        capture_output=True, text=True, env=env, timeout=900, cwd=d,
    )
    elapsed = time.perf_counter() - t0
    after = _hash(paths)
    return {"files": files, "proc": proc, "before": before, "after": after, "good": good, "elapsed": elapsed, "dir": d}


def test_at_least_a_hundred_hostile_files(batch):
    assert len(batch["files"]) >= 100


def test_exit_code_and_no_traceback(batch):
    proc = batch["proc"]
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stdout + proc.stderr


def test_each_file_judged_as_expected(batch):
    data = json.loads(batch["proc"].stdout)
    by_path = {Path(i["path"]).name: i for i in data["inputs"]}
    problems = []
    for name, (path, expect) in batch["files"].items():
        item = by_path.get(path.name)
        if item is None:
            problems.append(f"{name}: missing from the report")
            continue
        if item["status"] == "error":
            err = item["error"]
            if not err["code"].startswith("SYS") or err["code"] == "SYS009":
                problems.append(f"{name}: {err['code']} {err['message']}")
            if "\n" in err["message"] or len(err["message"]) > 300:
                problems.append(f"{name}: message not one short line")
            if expect == "ok":
                problems.append(f"{name}: expected to be read, got {err['code']} {err['message']}")
        elif expect == "error":
            problems.append(f"{name}: expected a SYS error, was read")
        if (item.get("seconds") or 0) > 25:
            problems.append(f"{name}: took {item['seconds']} s")
    assert not problems, "\n".join(problems)


def test_the_good_file_is_still_checked(batch):
    data = json.loads(batch["proc"].stdout)
    good = next(i for i in data["inputs"] if Path(i["path"]).name == "good.xlsx")
    assert good["status"] == "ok"
    assert any(f["code"] == "BUD002" and f["location"]["path"].endswith("good.xlsx") for f in data["findings"])


def test_one_line_per_bad_file_on_stderr(batch):
    data = json.loads(batch["proc"].stdout)
    failed = [i for i in data["inputs"] if i["status"] == "error"]
    lines = [ln for ln in batch["proc"].stderr.splitlines() if ln.strip()]
    assert len(lines) == len(failed)
    for ln in lines:
        assert ln.startswith("techcost: ") and "[SYS" in ln


def test_no_secret_leaks(batch):
    assert SECRET not in batch["proc"].stdout and SECRET not in batch["proc"].stderr
    assert "root:x:0:0" not in batch["proc"].stdout


def test_inputs_never_modified(batch):
    assert batch["before"] == batch["after"]


def test_batch_time_is_bounded(batch):
    assert batch["elapsed"] < 600
