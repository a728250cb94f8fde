"""The pre-commit hook, installed with pre-commit itself in a throw-away git
repository: it fails a commit of a paper that names a facility in its
methods without acknowledging it, and passes once the paper is fixed or the
finding suppressed.

The hook is declared ``repo: local`` with ``language: system`` and the
entry pointing at this environment's ``techcost``, so the test needs no
network (``language: python`` would build an environment with pip); its
entry flags, file pattern and serial setting are read from this
repository's ``.pre-commit-hooks.yaml``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from techcost.engine.registry import RuleSet
from techcost.policy.config import Config

pytestmark = pytest.mark.slow  # the fast tier (pytest -m "not slow") leaves it to the full suite

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / ".pre-commit-hooks.yaml"
BIN = Path(sys.executable).parent

pytest.importorskip("pre_commit")

PAPER = """# Root imaging

## Methods

{directive}Seedlings were imaged at the Bioimaging Core Facility on a confocal microscope.

## Acknowledgements

We thank Jane Doe for comments on the manuscript.{thanks}
"""


def _ack002_registered() -> bool:
    return "ACK002" in RuleSet(Config()).rules


def test_manifest_is_valid_for_pre_commit():
    from pre_commit.clientlib import load_manifest

    (hook,) = load_manifest(str(MANIFEST))
    assert hook["id"] == "techcost" and hook["language"] == "python"
    assert hook["entry"].split()[:2] == ["techcost", "check"]
    import re

    pattern = re.compile(hook["files"])
    for name in ("paper.md", "a/b.Rmd", "x.qmd", "main.tex", "paper.Rnw", "p.docx", "article.xml", "p.pdf", "b.xlsx", "b.xlsm", "b.ods", "b.csv"):
        assert pattern.search(name), name
    assert not pattern.search("script.py")


def _git(repo: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True, env=env)


def _commit(repo: Path, env: dict[str, str], message: str) -> subprocess.CompletedProcess[str]:
    _git(repo, "add", "-A", env=env)
    return subprocess.run(["git", "commit", "-q", "-m", message], cwd=repo, capture_output=True, text=True, env=env)


@pytest.fixture()
def hooked_repo(tmp_path):
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))[0]
    techcost = BIN / "techcost"
    pre_commit = BIN / "pre-commit"
    if not techcost.exists() or not pre_commit.exists():
        pytest.skip("techcost and pre-commit must be installed in this environment")
    repo = tmp_path / "dept-papers"
    repo.mkdir()
    # the machine's git configuration (a global core.hooksPath, signing) stays out
    (tmp_path / "gitconfig").write_text("", encoding="utf-8")
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    env.pop("GITHUB_ACTIONS", None)
    _git(repo, "init", "-q", env=env)
    _git(repo, "config", "user.name", "Test", env=env)
    _git(repo, "config", "user.email", "test@example.invalid", env=env)
    (repo / "techcost.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    entry = manifest["entry"].replace("techcost", str(techcost), 1)
    config = {
        "repos": [
            {
                "repo": "local",
                "hooks": [
                    {
                        "id": manifest["id"],
                        "name": manifest["name"],
                        "entry": entry,
                        "language": "system",
                        "files": manifest["files"],
                        "require_serial": manifest["require_serial"],
                    }
                ],
            }
        ]
    }
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    subprocess.run([str(pre_commit), "install"], cwd=repo, env=env, check=True, capture_output=True)
    # a first commit with nothing to check: the hook passes
    (repo / "README.md").write_text("# Papers of the department\n", encoding="utf-8")
    first = _commit(repo, env, "start")
    assert first.returncode == 0, first.stdout + first.stderr
    return repo, env


@pytest.mark.skipif(not _ack002_registered(), reason="ACK002 (facility-unacknowledged) is not registered yet")
def test_hook_fails_on_an_unacknowledged_facility_and_passes_when_fixed(hooked_repo):
    repo, env = hooked_repo
    paper = repo / "paper.md"
    paper.write_text(PAPER.format(directive="", thanks=""), encoding="utf-8")
    (repo / "data.csv").write_text("sample,value\na,1\nb,2\n", encoding="utf-8")  # not a budget: left out
    failed = _commit(repo, env, "draft")
    out = failed.stdout + failed.stderr
    assert failed.returncode != 0, out
    assert "ACK002" in out and "Bioimaging Core Facility" in out
    assert "data.csv" not in out
    assert _git(repo, "log", "--oneline", env=env).stdout.count("\n") == 1  # nothing committed

    paper.write_text(PAPER.format(directive="", thanks="\nWe thank the Bioimaging Core Facility for imaging."), encoding="utf-8")
    fixed = _commit(repo, env, "draft, facility thanked")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr


@pytest.mark.skipif(not _ack002_registered(), reason="ACK002 (facility-unacknowledged) is not registered yet")
def test_hook_passes_when_the_finding_is_suppressed(hooked_repo):
    repo, env = hooked_repo
    paper = repo / "paper.md"
    paper.write_text(PAPER.format(directive="", thanks=""), encoding="utf-8")
    assert _commit(repo, env, "draft").returncode != 0
    paper.write_text(
        PAPER.format(directive="<!-- techcost: ignore ACK002 -- the facility is thanked in the supplement -->\n", thanks=""),
        encoding="utf-8",
    )
    ok = _commit(repo, env, "draft, suppressed")
    assert ok.returncode == 0, ok.stdout + ok.stderr


def test_hook_checks_a_changed_latex_part_through_its_main_file(hooked_repo):
    repo, env = hooked_repo
    (repo / "paper" / "sections").mkdir(parents=True)
    (repo / "paper" / "main.tex").write_text(
        "\\documentclass{article}\n\\title{Root imaging}\n\\begin{document}\n\\input{sections/methods}\n"
        "\\section*{Acknowledgements}\nWe thank Jane Doe for comments on the manuscript.\n\\end{document}\n",
        encoding="utf-8",
    )
    (repo / "paper" / "sections" / "methods.tex").write_text("\\section{Methods}\nSeedlings were grown on agar.\n", encoding="utf-8")
    assert _commit(repo, env, "paper").returncode == 0
    (repo / "paper" / "sections" / "methods.tex").write_text(
        "\\section{Methods}\nSeedlings were imaged at the Bioimaging Core Facility on a confocal microscope.\n", encoding="utf-8"
    )
    _git(repo, "add", "-A", env=env)
    run = subprocess.run([str(BIN / "pre-commit"), "run"], cwd=repo, capture_output=True, text=True, env=env)
    out = run.stdout + run.stderr
    if _ack002_registered():
        assert run.returncode != 0 and "ACK002" in out and "sections/methods.tex" in out, out
    assert "no acknowledgements" not in out.lower()  # read through main.tex, which has them


def _tag() -> str:
    from techcost._version import __version__

    return f"v{__version__}"


def test_the_readme_snippet_works_against_the_tagged_release(tmp_path):
    """As the README says: a paper repository's .pre-commit-config.yaml
    names this repository at the release tag; pre-commit installs the hook
    itself (a virtual environment from the tagged source), and an author
    committing a paper with an unacknowledged facility sees ACK002."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: no tags to install from")
    tag = _tag()
    tags = subprocess.run(["git", "tag", "--list", tag], cwd=ROOT, capture_output=True, text=True, check=False).stdout.split()
    snippet = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"rev: {tag}" in snippet and f"uses: techcost/techcost@{tag}" in snippet
    pre_commit = BIN / "pre-commit"
    if not pre_commit.exists():
        pytest.skip("pre-commit is not installed in this environment")
    src = tmp_path / "techcost"
    subprocess.run(["git", "clone", "-q", "--local", str(ROOT), str(src)], check=True, capture_output=True)
    if tag not in tags:
        # a clone that came without tags (CI may fetch the branch only): tag its head as the release would be
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "tag", tag], cwd=src, check=True, capture_output=True)
    (tmp_path / "gitconfig").write_text("", encoding="utf-8")
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
    }
    env.pop("GITHUB_ACTIONS", None)
    repo = tmp_path / "papers"
    repo.mkdir()
    _git(repo, "init", "-q", env=env)
    _git(repo, "config", "user.name", "Author", env=env)
    _git(repo, "config", "user.email", "author@example.invalid", env=env)
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {src.as_posix()}\n    rev: {tag}\n    hooks:\n      - id: techcost\n", encoding="utf-8"
    )
    inst = subprocess.run([str(pre_commit), "install", "--install-hooks"], cwd=repo, env=env, capture_output=True, text=True, timeout=900)
    if inst.returncode != 0 and ("pip" in inst.stdout + inst.stderr or "Could not" in inst.stdout + inst.stderr):
        pytest.skip("pre-commit could not build the hook's environment here (no package index): " + (inst.stdout + inst.stderr)[-200:])
    assert inst.returncode == 0, inst.stdout + inst.stderr
    (repo / "paper.md").write_text(
        "# Roots\n\n## Methods\n\nRoots were imaged at the Bioimaging Facility of the University of Example.\n\n"
        "## Acknowledgements\n\nWe thank our colleagues for discussions.\n",
        encoding="utf-8",
    )
    done = _commit(repo, env, "draft")
    out = done.stdout + done.stderr
    assert "ACK002" in out and "Bioimaging Facility" in out, out  # shown to the author
    assert done.returncode == 0, out  # a warning does not stop the commit by default
