"""Garbage collection while a command starts.

A ``techcost`` command builds most of its objects once: modules, the typed
models, the policy packs and the compiled analysis. Python's collector,
counting those allocations, scans the growing heap over and over while they
are built: on a one-paper commit-hook run that was about 150 collections and
a sixth of the wall time. The command line therefore raises the first
collection threshold while it starts (collection still happens, only less
often, so a long batch stays bounded), and once the first input has been
checked it freezes what exists (it lives for the whole run, and frozen
objects are not copied by the per-file forks) and restores the threshold.

It also serves the command's regular expressions from the compiled-pattern
cache (``techcost._rxcache``), before the modules that compile them load,
and widens the ``re`` module's own cache of compiled patterns: the readers
use some two thousand patterns in one run (many written inline, some made
for one document), and with Python's 512 the inline ones were compiled
again and again, about a third of the credit analysis's time.

Library callers are not affected: only the ``techcost`` command
(``techcost._entry.main``, also behind ``python -m techcost``) calls
:func:`hold`, before it imports anything else.
"""

from __future__ import annotations

import gc

_START_THRESHOLD = 300_000  # allocations; a one-paper run stays below it
_PATTERN_CACHE = 4096  # compiled patterns ``re`` keeps (Python's own is 512)
_saved: tuple[int, ...] | None = None


def widen_pattern_cache() -> None:
    """Let ``re`` keep more compiled patterns (the command line's process only;
    left as it is where Python keeps its cache some other way)."""
    import re

    if isinstance(getattr(re, "_MAXCACHE", None), int) and re._MAXCACHE < _PATTERN_CACHE:
        re._MAXCACHE = _PATTERN_CACHE


def hold() -> None:
    """Collect rarely until :func:`release` (the command line's start)."""
    global _saved
    if _saved is None:
        from . import _rxcache

        _rxcache.install()
        widen_pattern_cache()
        _saved = gc.get_threshold()
        gc.set_threshold(max(_START_THRESHOLD, _saved[0]), *_saved[1:])


def release() -> None:
    """Freeze what start-up built and collect as usual again; once, and only after :func:`hold`."""
    global _saved
    if _saved is not None:
        gc.freeze()
        gc.set_threshold(*_saved)
        _saved = None

