"""Start-up stays light: the heavy packages load only when needed."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("spacy", "pdfplumber", "openpyxl", "docx", "pdfminer")


def _imported(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))"], capture_output=True, text=True, check=True)
    mods = set(out.stdout.split())
    return {h for h in HEAVY if h in mods}


def test_import_techcost_is_light():
    assert _imported("import techcost") == set()


def test_help_and_rules_are_light():
    for argv in (["--help"], ["rules"], ["explain", "BUD001"], ["--version"]):
        code = (
            "import sys\nfrom techcost.cli import app\n"
            f"sys.argv=['techcost', *{argv!r}]\n"
            "try:\n    app()\nexcept SystemExit:\n    pass\n"
        )
        assert _imported(code) == set(), argv


def test_checking_a_budget_does_not_load_nlp_or_pdf(tmp_path):
    from pathlib import Path

    sample = Path(__file__).resolve().parents[1] / "fixtures" / "budgets" / "ukri-proposal.xlsx"
    code = (
        "import sys\nfrom techcost import api\n"
        f"api.check([{str(sample)!r}])\n"
    )
    assert _imported(code) & {"spacy", "pdfplumber", "docx"} == set()


def _after(code: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_importing_the_command_line_leaves_garbage_collection_alone():
    code = "import gc\nbefore = gc.get_threshold()\nimport techcost.cli, techcost.api\nprint(gc.get_threshold() == before, gc.get_freeze_count())"
    assert _after(code) == ["True", "0"]


def test_the_command_collects_rarely_while_starting_and_as_usual_after_the_first_input(tmp_path):
    from pathlib import Path

    sample = Path(__file__).resolve().parents[1] / "fixtures" / "manuscripts" / "markdown" / "root-imaging-paper.md"
    code = (
        "import gc, sys\nbefore = gc.get_threshold()\n"
        "import techcost.engine.pipeline as p\nseen = []\nrun = p.run\n"
        "def spy(*a, **k):\n    seen.append(gc.get_threshold()[0])\n    return run(*a, **k)\n"
        "p.run = spy\n"
        f"sys.argv = ['techcost', 'check', {str(sample)!r}, '--format', 'json']\n"
        "from techcost._entry import main\n"
        "import contextlib, io\n"
        "try:\n    with contextlib.redirect_stdout(io.StringIO()):\n        main()\nexcept SystemExit:\n    pass\n"
        "print(seen[0] > before[0], gc.get_threshold() == before, gc.get_freeze_count() > 0)"
    )
    assert _after(code) == ["True", "True", "True"]
