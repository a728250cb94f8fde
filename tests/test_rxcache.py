"""The command's cache of compiled regular expressions (``techcost._rxcache``).

A run served from the cache must find exactly what a run without it finds;
a cache that is missing, damaged, of another Python or turned off changes
nothing but the time taken. Each case runs in a fresh process, as the
command does, so this test process's ``re`` is never patched.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAPER = ROOT / "fixtures" / "manuscripts" / "markdown" / "root-imaging-paper.md"

pytestmark = pytest.mark.skipif(sys.implementation.name != "cpython", reason="the cache serves CPython's regular-expression engine only")


def _env(cache: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "TECHCOST_NO_CACHE"}
    env.update({"XDG_CACHE_HOME": str(cache), "NO_COLOR": "1", **extra})
    return env


def _check(cache: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "techcost", "check", "--format", "json", str(PAPER)],
        env=_env(cache, **extra),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _cache_file(cache: Path) -> Path:
    return cache / "techcost" / f"regex-{sys.version_info[0]}{sys.version_info[1]}.bin"


def _findings(r: subprocess.CompletedProcess[str]) -> object:
    data = json.loads(r.stdout)
    for key in ("elapsed", "seconds", "duration", "generated", "timestamp"):
        data.pop(key, None)
    return data.get("findings", data)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    """A run with every cache turned off."""
    cache = tmp_path_factory.mktemp("nocache")
    r = _check(cache, TECHCOST_NO_CACHE="1")
    assert r.stdout and not _cache_file(cache).exists()
    return r


def test_a_run_fills_the_cache_and_the_next_is_served_from_it_with_the_same_findings(tmp_path: Path, reference) -> None:
    first = _check(tmp_path)
    cached = _cache_file(tmp_path)
    assert cached.is_file()
    header = json.loads(cached.read_bytes().split(b"\n", 1)[0])
    assert len(header["patterns"]) > 100  # the readers' patterns, not a handful
    stamp = cached.stat().st_mtime_ns
    second = _check(tmp_path)
    assert (first.returncode, second.returncode) == (reference.returncode, reference.returncode)
    assert _findings(first) == _findings(second) == _findings(reference)
    assert second.stderr == reference.stderr
    # nothing new was compiled the second time, so the file was not written again
    assert cached.stat().st_mtime_ns == stamp


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda b: b"not a cache at all\n\x00\x01", id="garbage"),
        pytest.param(lambda b: b[: len(b) // 2], id="truncated"),
        pytest.param(lambda b: b.split(b"\n", 1)[0] + b"\n" + bytes(len(b.split(b"\n", 1)[1])), id="code-zeroed"),
        pytest.param(lambda b: b.replace(b"techcost-regex-cache-2|cpython|", b"techcost-regex-cache-2|cpython|9", 1), id="another-python"),
        pytest.param(lambda b: b"", id="empty"),
    ],
)
def test_a_damaged_or_foreign_cache_changes_nothing_but_the_time(tmp_path: Path, reference, damage) -> None:
    _check(tmp_path)
    cached = _cache_file(tmp_path)
    cached.write_bytes(damage(cached.read_bytes()))
    r = _check(tmp_path)
    assert r.returncode == reference.returncode
    assert _findings(r) == _findings(reference)
    assert "Traceback" not in r.stderr and r.stderr == reference.stderr
    # and it is written afresh, whole, for the next run
    header = json.loads(cached.read_bytes().split(b"\n", 1)[0])
    assert header["engine"].startswith("techcost-regex-cache-2|cpython|") and header["patterns"]


def test_turned_off_it_writes_nothing(tmp_path: Path) -> None:
    r = _check(tmp_path, TECHCOST_NO_CACHE="1")
    assert r.stdout
    assert not (tmp_path / "techcost").exists()


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path, reference) -> None:
    (tmp_path / "techcost").write_text("a file where the folder should be", encoding="utf-8")
    r = _check(tmp_path)
    assert r.returncode == reference.returncode and _findings(r) == _findings(reference)
    assert "Traceback" not in r.stderr


_EQUIVALENCE = textwrap.dedent(
    r"""
    import json, re, sys
    from techcost import _rxcache
    assert _rxcache.install()
    _rxcache._PACKAGE = ""  # keep this script's patterns, as if techcost's own
    cases = [
        (r"(?P<name>[A-Z][a-z]+)\s+(?:and|&)\s+(?P=name)?", 0, "Kim and Kim Park & Lee"),
        (r"\b(?:technician|technical\s+staff)s?\b", re.IGNORECASE, "The TECHNICIANS and technical  staff"),
        (r"(?<![\w.])(\d+)x\s+(Genomics)(?=\W|$)", 0, "by 10x Genomics, and 3x Genomics."),
        (r"^\s*(?:Acknowledg(?:e)?ments?)\s*$", re.MULTILINE | re.IGNORECASE, "Intro\n  ACKNOWLEDGEMENTS \nthanks"),
        (r"[àéîõüç]+|ß", re.IGNORECASE, "Façade STRASSE Straße ÉTÉ"),
        (r"(a)|(b)|(?:c)", re.VERBOSE, "xaybzc"),
    ]
    out = []
    for pattern, flags, text in cases:
        p = re.compile(pattern, flags)
        out.append([p.pattern, p.flags, p.groups, sorted(p.groupindex.items()),
                    [m.span() + m.groups() for m in p.finditer(text)], p.sub("#", text)])
    hits = sum(_rxcache._key(p, int(f)) in _rxcache._used for p, f, _ in cases)
    print(json.dumps({"out": out, "hits": hits}))
    """
)


def test_patterns_served_from_the_cache_match_as_freshly_compiled_ones(tmp_path: Path) -> None:
    env = _env(tmp_path)
    runs = [subprocess.run([sys.executable, "-c", _EQUIVALENCE], env=env, capture_output=True, text=True, timeout=60) for _ in range(2)]
    fresh = subprocess.run([sys.executable, "-c", _EQUIVALENCE.replace("assert _rxcache.install()", "_rxcache._used = set()")], env=env, capture_output=True, text=True, timeout=60)
    for r in (*runs, fresh):
        assert r.returncode == 0, r.stderr
    assert _cache_file(tmp_path).is_file()  # the first run wrote it, the second read it
    first, second, plain = (json.loads(r.stdout) for r in (*runs, fresh))
    assert (first["hits"], second["hits"]) == (0, 6)  # compiled, then served from the cache
    assert first["out"] == second["out"] == plain["out"]


_ONE_RUN = textwrap.dedent(
    r"""
    import re, sys
    from techcost import _rxcache
    assert _rxcache.install()
    _rxcache._PACKAGE = ""
    for word in sys.argv[1:]:
        re.compile(rf"\b{word}\d+\b")
    """
)


def test_a_pattern_no_run_uses_leaves_the_cache_after_twenty_saves(tmp_path: Path) -> None:
    """A document's own patterns (its authors' names, its macros) do not pile up."""
    from techcost._rxcache import _key  # the digest only; this process's ``re`` is left alone

    env = _env(tmp_path)
    kept, once = _key(r"\bkept\d+\b", 0), _key(r"\bonce\d+\b", 0)

    def run(*words: str) -> set[str]:
        r = subprocess.run([sys.executable, "-c", _ONE_RUN, *words], env=env, capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        return set(json.loads(_cache_file(tmp_path).read_bytes().split(b"\n", 1)[0])["patterns"])

    assert {kept, once} <= run("kept", "once")
    for i in range(19):
        keys = run("kept", f"new{i}")  # "kept" is used in every run, "once" in none after the first
    assert {kept, once} <= keys  # still there nineteen saves later
    keys = run("kept", "new19")
    assert kept in keys and once not in keys  # the twentieth save drops what no run has used since


def test_the_command_keeps_more_compiled_patterns_and_a_library_caller_does_not():
    """The command widens ``re``'s own cache (its readers use some two thousand
    patterns a run); a process that only imports techcost keeps Python's."""
    code = "import re, sys; import techcost.analysis; a = re._MAXCACHE; from techcost import _startup; _startup.hold(); print(a, re._MAXCACHE)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=_env(ROOT / ".no-such-cache", TECHCOST_NO_CACHE="1"), timeout=120)
    library, command = (int(x) for x in out.stdout.split())
    assert command >= 4096 and library < command
