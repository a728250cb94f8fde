from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


def corpus_dir() -> Path:
    env = os.environ.get("TECHCOST_CORPUS")
    if env:
        return Path(env)
    return (ROOT / ".." / "shared" / "corpus").resolve()


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared corpus of real budgets and papers. Absent: skip with the
    reason (a clone alone still passes); under CI=true its absence fails."""
    d = corpus_dir()
    if not (d / "labels.json").is_file() and not (d / "budget-labels.json").is_file():
        msg = f"corpus not found at {d} (set TECHCOST_CORPUS to its folder)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(msg + "; under CI=true the corpus is required")
        pytest.skip(msg)
    return d


@pytest.fixture()
def chdir_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path
