"""Repository awareness: --changed-since, LaTeX parts checked through their
main file, the hook's --force-exclude and --skip-unrecognised."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techcost.cli import app
from techcost.repo import latex_mains_for, project_path

from .budgetbuilder import build_xlsx

TOKEN = {"Staff": [["Role", "FTE", "Year 1 (£)"], ["Laboratory Technician", 0.02, 650]]}


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false", *args], cwd=repo, check=True, capture_output=True)


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def _inputs(r) -> list[str]:
    return sorted(i["path"] for i in json.loads(r.stdout)["inputs"])


@pytest.fixture()
def repo(tmp_path, monkeypatch):
    git(tmp_path, "init", "-q", "-b", "main")
    build_xlsx(tmp_path / "old.xlsx", TOKEN)
    (tmp_path / "README.md").write_text("# A repository\n", encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "start")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_changed_since(repo):
    git(repo, "checkout", "-q", "-b", "work")
    build_xlsx(repo / "committed.xlsx", TOKEN)
    git(repo, "add", "committed.xlsx")
    git(repo, "commit", "-q", "-m", "more")
    build_xlsx(repo / "untracked.xlsx", TOKEN)
    (repo / "notes.txt").write_text("not an input", encoding="utf-8")
    r = run("check", "--changed-since", "main", "-f", "json")
    assert r.exit_code == 0, r.output
    assert _inputs(r) == ["committed.xlsx", "untracked.xlsx"]
    build_xlsx(repo / "old.xlsx", {"Staff": [*TOKEN["Staff"], ["Research Technician", 0.5, 15000]]})  # modified, not committed
    (repo / "sub").mkdir()
    build_xlsx(repo / "sub" / "new.xlsx", TOKEN)
    assert _inputs(run("check", "--changed-since", "main", "-f", "json")) == ["committed.xlsx", "old.xlsx", "sub/new.xlsx", "untracked.xlsx"]
    assert _inputs(run("check", "sub", "--changed-since", "main", "-f", "json")) == ["sub/new.xlsx"]
    r = run("check", "--changed-since", "no-such-ref")
    assert r.exit_code == 2 and "no-such-ref" in r.output


def test_changed_since_outside_git(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = run("check", "--changed-since", "main")
    assert r.exit_code == 2 and "needs a git repository" in r.output


def test_check_needs_paths_or_a_ref(repo):
    r = run("check")
    assert r.exit_code == 2 and "give the files or folders" in r.output


def _latex_project(root: Path) -> None:
    (root / "paper" / "sections").mkdir(parents=True)
    (root / "paper" / "main.tex").write_text(
        "\\documentclass{article}\n\\begin{document}\n\\input{sections/methods}\n% \\input{sections/unused}\n\\end{document}\n", encoding="utf-8"
    )
    (root / "paper" / "sections" / "methods.tex").write_text("\\section{Methods}\n\\input{sections/detail.tex}\n", encoding="utf-8")
    (root / "paper" / "sections" / "detail.tex").write_text("Samples were imaged.\n", encoding="utf-8")
    (root / "paper" / "sections" / "unused.tex").write_text("Not included.\n", encoding="utf-8")
    (root / "other.tex").write_text("\\documentclass{article}\n\\begin{document}\nHello.\n\\end{document}\n", encoding="utf-8")


def test_latex_part_maps_to_its_main_file(repo):
    _latex_project(repo)
    assert latex_mains_for(repo / "paper" / "sections" / "detail.tex", repo) == [repo / "paper" / "main.tex"]
    assert latex_mains_for(repo / "paper" / "sections" / "unused.tex", repo) == []
    r = run("check", "paper/sections/methods.tex", "paper/sections/detail.tex", "-f", "json")
    assert _inputs(r) == ["paper/main.tex"]
    r = run("check", "paper/sections/unused.tex", "-f", "json")
    assert _inputs(r) == ["paper/sections/unused.tex"]
    # a folder walk reads parts through their main file, and a part no main file reaches on its own
    r = run("check", "paper", "-f", "json")
    assert _inputs(r) == ["paper/main.tex", "paper/sections/unused.tex"]


def test_force_exclude_and_skip_unrecognised(repo):
    (repo / "techcost.toml").write_text('exclude = ["archive/**"]\n', encoding="utf-8")
    (repo / "archive").mkdir()
    build_xlsx(repo / "archive" / "old.xlsx", TOKEN)
    (repo / "data.csv").write_text("x,y\n1,2\n3,4\n", encoding="utf-8")
    files = ["README.md", "archive/old.xlsx", "old.xlsx", "data.csv"]
    r = run("check", *files, "-f", "json")
    assert r.exit_code == 2  # data.csv is not a budget
    r = run("check", "--force-exclude", "--skip-unrecognised", *files, "-f", "json")
    assert r.exit_code == 0, r.output
    assert _inputs(r) == ["old.xlsx"]


def test_project_paths_do_not_depend_on_the_working_folder(repo, monkeypatch):
    (repo / "a").mkdir()
    assert project_path("a/x.md") == "a/x.md"
    monkeypatch.chdir(repo / "a")
    assert project_path("x.md") == "a/x.md"
