from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_rule_table_in_sync():
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_readme_rules.py"), "--check"])
    assert r.returncode == 0, "run python scripts/gen_readme_rules.py"


def test_readme_starts_with_the_two_setup_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("```sh", 1)[1].split("```", 1)[0].strip().splitlines()
    assert len(block) == 2
    assert "techcost check fixtures/" in block[0] and "pip install" in block[0]
    assert "pytest" in block[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert block[1] in ci, ".ci/run must run the README's test command"


def test_sample_fixture_is_what_the_generator_makes(tmp_path):
    """The shipped sample is the generator's output (compared by content)."""
    sys.path.insert(0, str(ROOT / "fixtures"))
    try:
        import make_fixtures
    finally:
        sys.path.pop(0)
    make_fixtures.main(tmp_path)
    from techcost import api

    for name in ("ukri-proposal.xlsx", "nsf-proposal.xlsx"):
        a = api.inspect(ROOT / "fixtures" / "budgets" / name)["budget"]
        b = api.inspect(tmp_path / name)["budget"]
        for d in (a, b):
            d.pop("path", None)
            for line in d["staff_lines"] + d["non_staff_lines"]:
                line["location"].pop("path", None)
            for n in d["notes"]:
                (n.get("location") or {}).pop("path", None)
        assert a == b, name


def test_readme_python_api_examples_run(tmp_path, monkeypatch):
    """The README's Python API examples, run as doctests against the
    shipped sample budgets."""
    import doctest
    import shutil

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Python API", 1)[1].split("\n## ", 1)[0]
    blocks = [b.split("```", 1)[0] for b in section.split("```pycon")[1:]]
    assert len(blocks) >= 2
    shutil.copytree(ROOT / "fixtures" / "budgets", tmp_path / "fixtures" / "budgets")
    monkeypatch.chdir(tmp_path)
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    # one session across the blocks, as a reader would type them
    runner.run(parser.get_doctest("\n".join(blocks), {}, "README Python API", "README.md", 0))
    result = runner.summarize(verbose=False)
    assert result.failed == 0 and result.attempted >= 10
