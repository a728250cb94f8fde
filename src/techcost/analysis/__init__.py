"""What a paper says about technical work, read from format-neutral text.

``analyse(manuscript, lexicons)`` returns a copy of the manuscript with
technical contributors, facilities and teams thanked, everyone
acknowledged, technical authors and facilities named in the methods filled
in. It is computed once per paper, when a rule (or ``inspect``) first asks
for it.
"""

from __future__ import annotations

import threading
from typing import Any

from ..model import Manuscript

_ANALYSERS: dict[int, Any] = {}
_LOCK = threading.Lock()


def analyser(lexicons: dict[str, Any]) -> Any:
    """The credit analysis for these pack lexicons (built once per process)."""
    from .credit import CreditAnalysis
    from .lexicon import attribution_lexicon

    lex = attribution_lexicon(lexicons)
    with _LOCK:
        a = _ANALYSERS.get(id(lex))
        if a is None:
            a = _ANALYSERS[id(lex)] = CreditAnalysis(lex)
    return a


def analyse(manuscript: Manuscript, lexicons: dict[str, Any]) -> Manuscript:
    if manuscript.detected:
        return manuscript
    res = analyser(lexicons).analyse(manuscript)
    m = manuscript.model_copy()
    authors = list(m.authors)
    for i, evidence in res.technical_authors.items():
        authors[i] = authors[i].model_copy(update={"technical": True, "technical_evidence": evidence})
    m.authors = authors
    m.technical_contributors = res.contributors
    m.facilities = res.facilities
    m.acknowledged_people = res.people
    m.facility_mentions = res.mentions
    m.detected = True
    return m


def clear_caches() -> None:
    """Forget what was read so far (tokens, folded words, segmentations):
    for benchmarks that time a paper as if it were the first one seen."""
    from .. import names
    from . import text

    text._tokens.cache_clear()
    text.fold.cache_clear()
    names.parse_name.cache_clear()
    names._family_core.cache_clear()
    for a in list(_ANALYSERS.values()):
        a.reader.seg._prot.clear()
        a.lex.names._ship_seen.clear()
