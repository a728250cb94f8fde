"""Compiled regular expressions, kept between runs of the command.

techcost's readers are written as regular expressions built from the policy
packs' word lists: about six hundred of them, some with long alternations. A
fresh ``techcost`` process compiled them all again, about 150 ms of a commit
hook's 0.5 s on a two-core machine. Python compiles a pattern in two steps:
parse and generate SRE code (slow, pure Python), then build the matcher from
that code (``_sre.compile``, fast, C). This module keeps the generated code
of every pattern compiled in a run, so the next run only does the second
step.

- Only the command line uses it (:func:`install` from ``techcost._startup``);
  a library caller's process is left as it is.
- An entry is keyed by the pattern's text and flags, so it can never be
  stale: a pattern that changed is a new key. The file as a whole belongs to
  one Python version and one SRE engine (``_sre.MAGIC``, ``CODESIZE``); any
  other file is ignored.
- Anything wrong (a damaged file, an entry the engine refuses) falls back to
  compiling the pattern as usual, and the run's output is the same either
  way. ``_sre.compile`` checks the code it is given, so a bad entry is an
  error caught here, never a bad matcher.
- The file is written at exit, whole (a temporary file renamed over it), only
  when the run compiled something new; ``TECHCOST_NO_CACHE=1`` turns it off.

Format: a JSON header line (the engine's key, the number of saves so far
and, per pattern, a digest of its text and flags, its flags, groups, the span
and CRC-32 of its code and the save that last used it) and the code of every
pattern as one block of unsigned integers, read with a single copy. Code
whose checksum fails is not used: the engine checks that code is well
formed, not that it is the pattern's own. Some patterns are made for one
document (its authors' names, its own macros); an entry no run has used in
the last 20 saves is dropped, so the file stays the size of what is in use.
"""

from __future__ import annotations

import array
import atexit
import hashlib
import json
import os
import re
import sys
import zlib
from pathlib import Path
from typing import Any

try:  # the C engine behind ``re``; absent or different outside CPython
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other interpreters
    _sre = None  # type: ignore[assignment]

_MARK = "techcost-regex-cache-2"
_KEEP_SAVES = 20  # an entry unused for this many saves is dropped
_MAX_ENTRIES = 4000

_entries: dict[str, list[Any]] = {}  # digest -> [flags, groups, groupindex, indexgroup, start, length, crc, last save]
_code: array.array | None = None
_saves = 0
_new: dict[str, list[Any]] = {}  # compiled this run: digest -> [flags, groups, groupindex, indexgroup, code]
_used: set[str] = set()
_original = None
_PACKAGE = os.path.dirname(os.path.abspath(__file__)) + os.sep
_RE = os.path.dirname(os.path.abspath(re.__file__)) + os.sep
_path: Path | None = None
_pid = 0


def _engine() -> str:
    return f"{_MARK}|{sys.implementation.name}|{sys.version_info[0]}.{sys.version_info[1]}|{_sre.MAGIC}|{_sre.CODESIZE}"


def cache_path() -> Path | None:
    """Where the cache lives (beside the pack cache), or None when turned off."""
    if os.environ.get("TECHCOST_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "techcost" / f"regex-{sys.version_info[0]}{sys.version_info[1]}.bin"


def _key(pattern: str, flags: int) -> str:
    return hashlib.blake2b(f"{flags}:{pattern}".encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _load(path: Path) -> None:
    global _entries, _code, _saves
    try:
        with path.open("rb") as fh:
            header = json.loads(fh.readline())
            blob = fh.read()
        if not isinstance(header, dict) or header.get("engine") != _engine() or not isinstance(header.get("patterns"), dict):
            return
        code = array.array("I")
        if code.itemsize != _sre.CODESIZE or len(blob) % code.itemsize:
            return  # another machine's layout, or a cut block
        code.frombytes(blob)
        saves = int(header.get("saves", 0))
    except (OSError, ValueError, TypeError, UnicodeDecodeError):
        return  # no cache, or one of another shape: compile as usual
    _entries, _code, _saves = header["patterns"], code, saves


def _ours() -> bool:
    """Whether the pattern being compiled is techcost's: other libraries'
    patterns are not kept (some are built from a set, so their text changes
    with each process's string hashing, and would be new in every run)."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename.startswith(_RE):
        frame = frame.f_back
    return frame is not None and frame.f_code.co_filename.startswith(_PACKAGE)


def _cached(p: str, key: str) -> Any:
    hit = _entries.get(key)
    if hit is None or _code is None:
        return None
    try:
        out_flags, groups, groupindex, indexgroup, start, length, crc = hit[:7]
        if start < 0 or start + length > len(_code):
            return None
        span = _code[start : start + length]
        if zlib.crc32(span.tobytes()) != crc:
            return None  # damaged: the engine would accept well-formed code that is not this pattern's
        return _sre.compile(p, out_flags, span.tolist(), groups, groupindex, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - an entry of the wrong shape is compiled afresh
        return None


def _compile(p: Any, flags: int = 0) -> Any:
    """``re._compiler.compile`` with the code of known patterns taken from the cache."""
    if not isinstance(p, str) or flags & re.DEBUG:
        return _original(p, flags)
    key = _key(p, flags)
    compiled = _cached(p, key)
    if compiled is not None:
        _used.add(key)
        return compiled
    # the two steps of re._compiler.compile, keeping the code they make
    parsed = _parser.parse(p, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    out_flags = flags | parsed.state.flags
    compiled = _sre.compile(p, out_flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    if _ours():
        _new[key] = [out_flags, parsed.state.groups - 1, groupindex, indexgroup, code]
    return compiled


def install() -> bool:
    """Serve this process's regular expressions from the cache, and save new
    ones at exit. Returns False (and changes nothing) where it cannot."""
    global _original, _path, _pid
    if _original is not None:
        return True
    if _sre is None or sys.implementation.name != "cpython" or not hasattr(_compiler, "compile") or not hasattr(_compiler, "_code"):
        return False
    path = cache_path()
    if path is None:
        return False
    _path, _pid = path, os.getpid()
    _load(path)
    _original = _compiler.compile
    _compiler.compile = _compile
    atexit.register(save)
    return True


def save() -> None:
    """Write the cache when this run compiled new patterns of techcost's (the
    process that installed it only: forked workers leave it alone)."""
    if _path is None or not _new or os.getpid() != _pid:
        return
    now = _saves + 1
    keep: dict[str, tuple[list[Any], Any, int]] = {}
    if _code is not None:
        for key, entry in _entries.items():
            if key in _new or len(entry) != 8:
                continue
            last = now if key in _used else entry[7]
            if not isinstance(last, int) or now - last >= _KEEP_SAVES:
                continue
            start, length = entry[4], entry[5]
            keep[key] = (entry[:4], _code[start : start + length], last)
    for key, (f, g, gi, ig, code) in _new.items():
        keep[key] = ([f, g, gi, ig], array.array("I", code), now)
    # past the ceiling, the longest unused go first
    order = sorted(keep, key=lambda k: keep[k][2], reverse=True)[:_MAX_ENTRIES]
    patterns: dict[str, list[Any]] = {}
    block = array.array("I")
    for key in order:
        meta, code, last = keep[key]
        patterns[key] = [*meta, len(block), len(code), zlib.crc32(code.tobytes()), last]
        block.extend(code)
    header = json.dumps({"engine": _engine(), "saves": now, "patterns": patterns}, ensure_ascii=True)
    tmp = _path.with_name(f".{_path.name}.{os.getpid()}.tmp")
    try:
        _path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            fh.write(header.encode("ascii") + b"\n")
            block.tofile(fh)
        os.replace(tmp, _path)
    except OSError:
        try:  # a read-only or full cache folder: compile again next time
            tmp.unlink()
        except OSError:
            pass
    _new.clear()
