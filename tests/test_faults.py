"""Faults a real office and a real CI meet: outputs that would destroy an
input, writes that run out of room, files that are not files, names that
are not UTF-8, databases that are locked or not databases, signals, text
that tries to take over a terminal or a CI log, and named people's pay.

Every command runs in a fresh process (``python -m techcost``) the way a
user runs it, bounded in time; each test works in its own temporary folder.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # the fast tier (pytest -m "not slow") leaves it to the full suite

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 120


def run(args: list[str], cwd: Path, *, env: dict[str, str] | None = None, fsize: int | None = None, timeout: int = TIMEOUT) -> subprocess.CompletedProcess[str]:
    """``techcost ARGS`` in a new process. ``fsize`` caps the size of any
    file the process writes (a full disk, as far as the writer can tell)."""

    def limit() -> None:
        if fsize is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the cap fails with EFBIG instead of killing
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    e = {**os.environ, "TECHCOST_NO_CACHE": "1", "NO_COLOR": "1", **(env or {})}
    e.pop("GITHUB_ACTIONS", None) if "GITHUB_ACTIONS" not in (env or {}) else None
    return subprocess.run(
        [sys.executable, "-m", "techcost", *args], cwd=cwd, env=e, capture_output=True, text=True, timeout=timeout, preexec_fn=limit, check=False
    )


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def no_traceback(r: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in r.stderr and "Exception ignored" not in r.stderr, r.stderr[-2000:]


def one_line_error(r: subprocess.CompletedProcess[str], *words: str) -> str:
    no_traceback(r)
    assert r.returncode == 2, (r.returncode, r.stdout[-500:], r.stderr[-500:])
    errs = [ln for ln in r.stderr.splitlines() if ln.startswith("techcost: error:")]
    assert len(errs) == 1, r.stderr
    for w in words:
        assert w in errs[0], errs[0]
    return errs[0]


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


BUDGET = [
    ["Role", "FTE", "Year 1", "Year 2", "Year 3"],
    ["Research Technician", 0.5, 15000, 15450, 0],
    ["Postdoctoral Research Associate", 1, 40000, 41200, 42400],
]
PAPER = "# A paper\n\n## Methods\n\nImages were taken at the Bioimaging Facility.\n\n## Acknowledgements\n\nWe thank Kim Park for technical help.\n"


@pytest.fixture()
def work(tmp_path: Path) -> Path:
    d = tmp_path / "w"
    d.mkdir()
    write_csv(d / "a.csv", BUDGET)
    (d / "b.md").write_text(PAPER)
    return d


# ------------------------------------------------------------ inputs kept


@pytest.mark.parametrize(
    "args,option",
    [
        (["check", "a.csv", "b.md", "-o", "a.csv"], "--output"),
        (["check", "a.csv", "b.md", "-f", "json=b.md"], "--format"),
        (["check", ".", "-o", "b.md"], "--output"),
        (["portfolio", ".", "--html", "b.md", "--no-progress"], "--html"),
        (["portfolio", ".", "--csv", "a.csv", "--no-progress"], "--csv"),
        (["baseline", "a.csv", "-o", "a.csv"], "--output"),
    ],
)
def test_an_output_never_replaces_an_input(work, args, option):
    before = digest(work)
    r = run(args, work)
    one_line_error(r, option, "would replace an input")
    assert digest(work) == before  # nothing written, nothing run


def test_an_annotated_copy_never_replaces_a_file_techcost_did_not_write(work):
    shutil.copy(ROOT / "fixtures" / "budgets" / "ukri-proposal.xlsx", work / "budget.xlsx")
    write_csv(work / "budget.csv", BUDGET)
    before = digest(work)
    r = run(["check", "budget.csv", "--annotate", "."], work)
    one_line_error(r, "budget.xlsx", "did not write")
    assert digest(work) == before
    # its own copies it may replace: a second run into the same folder works
    out = work / "copies"
    assert run(["check", "budget.csv", "--annotate", str(out)], work).returncode == 0
    r = run(["check", "budget.csv", "--annotate", str(out)], work)
    no_traceback(r)
    assert r.returncode == 0 and (out / "budget.xlsx").is_file()


# ------------------------------------------------------------ whole or nothing


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob("*techcost-tmp*")]


def test_a_report_that_does_not_fit_leaves_the_old_one(work):
    (work / "report.html").write_text("<p>the good report</p>")
    r = run(["check", "a.csv", "b.md", "-f", "html", "-o", "report.html"], work, fsize=4096)
    one_line_error(r, "report.html")
    assert (work / "report.html").read_text() == "<p>the good report</p>"
    assert not _leftovers(work)


def test_a_baseline_that_does_not_fit_leaves_the_old_one(work):
    (work / ".techcost-baseline.json").write_text('{"findings": []}\n')
    r = run(["baseline", "a.csv", "-o", ".techcost-baseline.json"], work, fsize=200)
    one_line_error(r, ".techcost-baseline.json")
    assert json.loads((work / ".techcost-baseline.json").read_text()) == {"findings": []}
    assert not _leftovers(work)
    assert run(["check", "a.csv"], work).returncode in (0, 1)  # later checks still read the baseline


def test_an_annotated_copy_that_does_not_fit_is_not_left_half_written(work):
    r = run(["check", "a.csv", "--annotate", "out"], work, fsize=3000)
    one_line_error(r, "a.xlsx")
    assert not (work / "out" / "a.xlsx").exists() and not _leftovers(work)


def test_a_portfolio_summary_that_does_not_fit_is_not_left_empty(work, tmp_path):
    db = tmp_path / "p.sqlite"
    assert run(["portfolio", ".", "--db", str(db), "--html", str(tmp_path / "p.html"), "--no-progress"], work).returncode == 0
    good = (tmp_path / "p.html").read_text()
    r = run(["portfolio", ".", "--db", str(db), "--html", str(tmp_path / "p.html"), "--no-progress"], work, fsize=len(good) // 2)
    no_traceback(r)
    assert r.returncode == 2
    assert (tmp_path / "p.html").read_text() == good


def test_a_baseline_that_cannot_be_created_is_one_line(work):
    (work / "afile").write_text("x")
    r = run(["baseline", "a.csv", "-o", "afile/baseline.json"], work)
    one_line_error(r, "afile/baseline.json")


# ------------------------------------------------------------ not files


def test_named_pipes_devices_and_link_loops_are_one_line_errors(work):
    os.mkfifo(work / "pipe.csv")
    (work / "loop1.csv").symlink_to("loop2.csv")
    (work / "loop2.csv").symlink_to("loop1.csv")
    t0 = time.monotonic()
    r = run(["check", "."], work, timeout=60)
    no_traceback(r)
    assert time.monotonic() - t0 < 50
    assert r.returncode == 2
    assert "pipe.csv" in r.stdout and "named pipe" in r.stdout
    assert "loop1.csv" in r.stdout and "loops" in r.stdout
    assert "a.csv  (budget, csv)" in r.stdout  # the rest of the batch is checked
    r = run(["check", "pipe.csv", "/dev/null"], work, timeout=60)
    no_traceback(r)
    assert "named pipe" in r.stdout and ("character device" in r.stdout or "empty" in r.stdout)
    r = run(["portfolio", ".", "--db", "../fifo.sqlite", "--no-progress"], work, timeout=90)
    no_traceback(r)


def test_file_names_that_are_not_utf8(work):
    bad = os.fsencode(str(work)) + b"/caf\xe9.csv"
    with open(bad, "wb") as fh:
        fh.write((work / "a.csv").read_bytes())
    r = run(["check", "."], work)
    no_traceback(r)
    assert "caf\\xe9.csv" in r.stdout
    r = run(["portfolio", ".", "--db", "../n.sqlite", "--no-progress", "-f", "json"], work)
    no_traceback(r)
    assert r.returncode == 0
    assert json.loads(r.stdout)["run"]["files"] == 3


def test_control_characters_in_cells_still_give_annotated_copies(work):
    write_csv(work / "c.csv", [["Role", "FTE", "Year 1", "Year 2"], ["Research Technician\x01\x0b", 0.5, 15000, 0], ["Postdoc", 1, 40000, 41000]])
    r = run(["check", "c.csv", "--annotate", "out", "-f", "json", "-o", "report.json"], work)
    no_traceback(r)
    assert r.returncode in (0, 1)
    assert (work / "out" / "c.xlsx").is_file() and json.loads((work / "report.json").read_text())["findings"]


def test_a_damaged_pack_cache_is_ignored(work, tmp_path):
    cache = tmp_path / "cache"
    (cache / "techcost").mkdir(parents=True)
    from techcost._version import __version__

    for junk in ("[1, 2, 3]", '{"x": 1', '{"/nowhere|1|2": "text"}'):
        (cache / "techcost" / f"packs-{__version__}.json").write_text(junk)
        r = run(["check", "a.csv"], work, env={"XDG_CACHE_HOME": str(cache), "TECHCOST_NO_CACHE": ""})
        no_traceback(r)
        assert r.returncode in (0, 1) and "BUD005" in r.stdout


def test_the_pack_cache_keeps_one_entry_a_file(tmp_path, monkeypatch):
    """Each edit of a pack file, and each checkout since removed, would
    otherwise leave an entry behind: the cache keeps the latest of each file
    that still exists."""
    import shutil

    from techcost.policy import packs

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("TECHCOST_NO_CACHE", raising=False)
    monkeypatch.setattr(packs, "_YAML_CACHE", None)
    gone = tmp_path / "gone"
    gone.mkdir()
    (gone / "p.yaml").write_text("a: 1\n")
    packs._load_yaml(gone / "p.yaml")
    shutil.rmtree(gone)
    f = tmp_path / "rule.yaml"
    for k in range(3):
        f.write_text(f"value: {k}\n" + "# padding\n" * k)  # a new size each time: a new version
        assert packs._load_yaml(f) == {"value": k}
    keys = list(json.loads(packs._cache_path().read_text()))
    assert len(keys) == 1 and keys[0].startswith(str(f.resolve()) + "|")


# ------------------------------------------------------------ databases


def test_a_file_that_is_not_a_database(work, tmp_path):
    (tmp_path / "notdb.sqlite").write_text("these are notes, not a database")
    r = run(["portfolio", ".", "--db", str(tmp_path / "notdb.sqlite"), "--no-progress"], work)
    one_line_error(r, "notdb.sqlite", "not a techcost portfolio database")


def test_a_locked_database(work, tmp_path):
    db = tmp_path / "lk.sqlite"
    assert run(["portfolio", ".", "--db", str(db), "--no-progress"], work).returncode == 0
    con = sqlite3.connect(db, timeout=1)
    con.execute("BEGIN EXCLUSIVE")
    try:
        r = run(["portfolio", ".", "--db", str(db), "--no-progress", "--force"], work, env={"TECHCOST_DB_WAIT": "1"})
    finally:
        con.rollback()
        con.close()
    one_line_error(r, "lk.sqlite", "locked")


def test_a_full_database(work, tmp_path):
    r = run(["portfolio", ".", "--db", str(tmp_path / "full.sqlite"), "--no-progress"], work, fsize=2048)
    one_line_error(r, "full.sqlite")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files; run the suite as another user to test this")
def test_a_read_only_database(work, tmp_path):
    db = tmp_path / "ro.sqlite"
    assert run(["portfolio", ".", "--db", str(db), "--no-progress"], work).returncode == 0
    db.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        r = run(["portfolio", ".", "--db", str(db), "--no-progress", "--force"], work)
    finally:
        tmp_path.chmod(0o755)
    one_line_error(r, "ro.sqlite")


def test_two_runs_on_one_database_each_report_what_they_checked(work, tmp_path):
    for i in range(12):
        write_csv(work / f"budget{i}.csv", BUDGET)
    db = tmp_path / "two.sqlite"
    cmd = [sys.executable, "-m", "techcost", "portfolio", ".", "--db", str(db), "--no-progress", "--force", "-f", "json", "--jobs", "2"]
    env = {**os.environ, "TECHCOST_NO_CACHE": "1"}
    a = subprocess.Popen(cmd, cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    b = subprocess.Popen(cmd, cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    outs = [p.communicate(timeout=TIMEOUT) for p in (a, b)]
    for (out, err), p in zip(outs, (a, b)):
        assert p.returncode == 0, err
        data = json.loads(out)
        assert data["run"]["files"] == 14 and data["run"]["checked"] == 14
        assert data["overall"]["documents"] == 14 and data["overall"]["proposals"] == 13


def _children(pid: int) -> set[int]:
    out = set()
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.add(int(d.name))
    return out


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the worker processes")
def test_sigterm_stops_the_portfolio_workers(work, tmp_path):
    big = [["Role", "FTE", *[f"Year {i}" for i in range(1, 6)]]] + [[f"Research Technician {i}", 0.5, *[15000] * 5] for i in range(4000)]
    for i in range(16):
        write_csv(work / f"big{i}.csv", big)
    cmd = [sys.executable, "-m", "techcost", "portfolio", ".", "--db", str(tmp_path / "t.sqlite"), "--no-progress", "--jobs", "2"]
    p = subprocess.Popen(cmd, cwd=work, env={**os.environ, "TECHCOST_NO_CACHE": "1"}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(workers) < 2 and p.poll() is None:
        workers |= _children(p.pid)
        time.sleep(0.1)
    if p.poll() is not None:
        pytest.skip("the run ended before workers could be seen")
    time.sleep(0.5)
    p.send_signal(signal.SIGTERM)
    out, err = p.communicate(timeout=30)
    assert "Traceback" not in err, err[-1500:]
    assert p.returncode != 0 and "SIGTERM" in err
    time.sleep(0.5)
    alive = [w for w in workers if Path(f"/proc/{w}").exists() and "Z" not in (Path(f"/proc/{w}/stat").read_text().split()[2:3] or ["Z"])]
    assert not alive, alive


# ------------------------------------------------------------ partial reads


def test_a_pdf_read_in_part_says_so_and_judges_no_absence(tmp_path):
    pdf = ROOT / "tests" / "corpus" / "papers" / "pdf" / "pdf-plos-one-fanged-frog.pdf"
    r = run(["check", str(pdf)], tmp_path, env={"TECHCOST_MAX_PDF_PAGES": "2"})
    no_traceback(r)
    assert "only the first 2 of 14 pages were read" in r.stdout
    assert "ACK001" not in r.stdout.split("note: not assessed", 1)[0] and "not assessed on the part read" in r.stdout


# ------------------------------------------------------------ injection


EVIL = "Research Technician\n::error file=x.py::owned \x1b[31mRED\x1b]8;;http://evil\x07click\x1b]8;;\x07 [link](http://evil) ![img](http://evil/i.png)"


@pytest.fixture()
def evil(work: Path) -> Path:
    write_csv(work / "evil.csv", [BUDGET[0], [EVIL, 0.5, 15000, 15450, 0], BUDGET[2]])
    return work


def test_documents_cannot_plant_workflow_commands(evil):
    r = run(["check", "evil.csv", "-f", "github"], evil)
    lines = r.stdout.splitlines()
    commands = [ln for ln in lines if ln.lstrip().startswith("::")]
    assert all(ln.startswith(("::warning", "::error", "::notice")) and "file=evil.csv" in ln for ln in commands), commands
    assert not any("file=x.py" in ln.split("::")[1] for ln in commands)
    r = run(["check", "evil.csv", "-f", "text"], evil, env={"GITHUB_ACTIONS": "true"})
    assert not any(ln.lstrip().startswith("::") for ln in r.stdout.splitlines())
    assert "\x1b" not in r.stdout and "\x07" not in r.stdout


def test_no_escape_sequence_reaches_a_terminal(evil):
    r = run(["check", "evil.csv", "-v"], evil)
    assert "\x1b" not in r.stdout and "\x07" not in r.stdout
    assert "\\x1b" in r.stdout  # shown, not obeyed


def test_markdown_reports_carry_no_links_or_images_from_documents(evil):
    r = run(["check", "evil.csv", "-f", "markdown"], evil)
    assert "](http://evil)" not in r.stdout.replace("\\]", "]").replace("\\[", "[") or "\\[link\\]" in r.stdout
    assert "[link](http://evil)" not in r.stdout and "![img]" not in r.stdout
    assert "\x1b" not in r.stdout


def test_file_names_cannot_plant_workflow_commands(work):
    name = "x\n::error file=evil.py::owned.csv"
    write_csv(work / name, BUDGET)
    for env in ({}, {"GITHUB_ACTIONS": "true"}):
        r = run(["check", "."], work, env=env) if env else run(["check", ".", "-f", "github"], work)
        for ln in r.stdout.splitlines():
            if not ln.lstrip().startswith("::"):
                continue
            m = re.match(r"::(\w+) ([^:]*)::", ln)
            assert m and m.group(1) in ("warning", "error", "notice"), ln
            files = [p.split("=", 1)[1] for p in m.group(2).split(",") if p.startswith("file=")]
            assert files and all(f != "evil.py" for f in files), ln  # the command names the real file only


# ------------------------------------------------------------ privacy


@pytest.mark.parametrize(
    "rows",
    [
        [BUDGET[0], ["Quentin Marlowe-Ashby, Research Technician", 0.5, 15000, 15450, 0], BUDGET[2]],
        [BUDGET[0], ["Research Technician: Quentin Marlowe-Ashby", 0.5, 15000, 15450, 0], BUDGET[2]],
        [["Employee name", *BUDGET[0]], ["Quentin Marlowe-Ashby", *BUDGET[1]], ["Ann Lee", *BUDGET[2]]],
        [["Full name", *BUDGET[0]], ["Quentin Marlowe-Ashby", *BUDGET[1]], ["Ann Lee", *BUDGET[2]]],
        [["Staff member", *BUDGET[0]], ["Quentin Marlowe-Ashby", *BUDGET[1]], ["Ann Lee", *BUDGET[2]]],
    ],
)
def test_a_named_persons_pay_stays_out_of_ci_outputs(work, rows):
    write_csv(work / "named.csv", rows)
    for fmt in ("text", "json", "sarif", "github", "markdown", "junit", "gitlab"):
        r = run(["check", "named.csv", "-v", "-f", fmt], work)
        assert "BUD005" in r.stdout, fmt
        assert "15,000" not in r.stdout and "15000" not in r.stdout and "15,450" not in r.stdout, fmt
    r = run(["check", "named.csv", "--annotate", "out"], work)
    from openpyxl import load_workbook

    text = " ".join(str(c.comment.text) for ws in load_workbook(work / "out" / "named.xlsx") for row in ws.iter_rows() for c in row if c.comment)
    assert "BUD005" in text and "15,000" not in text and "15000" not in text
    r = run(["check", "named.csv", "-v", "--show-amounts"], work)
    assert "15,000" in r.stdout  # when asked for


# ------------------------------------------------------------ configuration


@pytest.mark.parametrize(
    "body,words",
    [
        ('packs = ["nosuchpack"]\n', ["techcost.toml", "packs", "nosuchpack"]),
        ("[limits]\nno_such_limit = 3\n", ["techcost.toml", "[limits] no_such_limit", "unknown limit"]),
        ("[limits]\nmax_file_bytes = 9223372036854775808\n", ["techcost.toml", "max_file_bytes", "out of range"]),
        ("[limits]\nmax_rows = -1\n", ["techcost.toml", "max_rows", "out of range"]),
        ('[rules.BUD002]\nmin_fte = "lots"\n', ["techcost.toml", "[rules.BUD002] min_fte"]),
        ("[rules.BUD002]\nnonsense_param = 1\n", ["techcost.toml", "[rules.BUD002] nonsense_param"]),
        ('fail_on = "warning"\n', ["techcost.toml", "unknown key 'fail_on'", "did you mean 'fail-on'"]),
        ("shw-amounts = true\n", ["techcost.toml", "unknown key 'shw-amounts'", "did you mean 'show-amounts'"]),
        ('[[overrides]]\npaths = ["*"]\nignor = ["BUD002"]\n', ["techcost.toml", "overrides.0.ignor", "did you mean 'ignore'"]),
    ],
)
def test_configuration_errors_name_the_file_and_key(work, body, words):
    (work / "techcost.toml").write_text(body)
    r = run(["check", "a.csv"], work)
    err = one_line_error(r, *words)
    assert "rules/core" not in err  # never blamed on the built-in pack
