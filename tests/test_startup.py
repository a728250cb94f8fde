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
