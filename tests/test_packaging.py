"""The built wheel ships the packs and the schemas."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_contains_all_rules(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        pytest.fail(proc.stderr[-2000:])
    wheel = next(tmp_path.glob("techcost-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for f in (ROOT / "rules").rglob("*.yaml"):
        rel = f.relative_to(ROOT / "rules").as_posix()
        assert f"techcost/_packs/{rel}" in names, rel
    assert "techcost/schemas/report.schema.json" in names
