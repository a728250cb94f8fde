"""The pack's attribution vocabulary, compiled once per process into the
one phrase matcher and the predicates the readers use."""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

from .people import NameFinder
from .text import PhraseMatcher, fold, split_camel, stem

# Matcher labels: every key whose phrases are matched in running text.
PHRASE_KEYS = (
    "role_titles",
    "explicit",
    "inferred",
    "negative",
    "negative_people_only",
    "facility_nouns_strong",
    "facility_nouns_weak",
    "facility_domains",
    "team_nouns",
    "resource_only",
    "place_orgs",
    "funder_words",
    "technical_affiliations",
    "technical_job_titles",
    "technical_contributions",
    "non_routine",
)


class AttributionLexicon:
    """Predicates over text, built from ``lexicons/attribution.yaml``."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.matcher = PhraseMatcher({k: [str(p) for p in data.get(k) or []] for k in PHRASE_KEYS})
        org_words = set()
        for k in ("facility_nouns_strong", "facility_nouns_weak", "place_orgs", "funder_words"):
            for p in data.get(k) or []:
                org_words.update(fold(w) for w in str(p).split())
        self._org_stems = {stem(w) for w in org_words if len(w) > 2} | {
            stem(w)
            for w in "university institute college school department hospital foundation council agency society association "
            "company corporation inc ltd gmbh museum library observatory trust ministry office".split()
        }
        self._team_stems = {stem(fold(w)) for p in data.get("team_nouns") or [] for w in str(p).split()}
        self.names = NameFinder([str(w) for w in data.get("not_names") or []])
        self._cache_lock = threading.Lock()

    # ------------------------------------------------------------ basics
    def list(self, key: str) -> list[str]:
        return [str(p) for p in self.data.get(key) or []]

    def hits(self, text: str, labels: tuple[str, ...] | None = None) -> list[Any]:
        return _hits(self, text, labels)

    def labels(self, text: str) -> set[str]:
        return {h.label for h in self.hits(text)}

    # ------------------------------------------------------------ organisations
    def org_head(self, text: str) -> bool:
        """Whether ``text`` contains a word that heads an organisation's name."""
        return any(stem(fold(w)) in self._org_stems for w in re.findall(r"[^\W\d_][\w'\-]*", split_camel(text)))

    def last_org_head_end(self, run: str) -> int:
        end = 0
        for m in re.finditer(r"[^\W\d_][\w'\-]*", run):
            if stem(fold(m.group(0))) in self._org_stems:
                end = m.end()
        return end

    def is_team_word(self, word: str) -> bool:
        return stem(fold(word)) in self._team_stems

    def is_team(self, text: str) -> bool:
        """"the staff of X", "the X team", "the captain and crew"."""
        return any(h.label == "team_nouns" for h in self.hits(text))

    def is_role(self, text: str) -> bool:
        """Whether ``text`` is or carries a technical job title."""
        return any(h.label == "role_titles" for h in self.hits(text))

    def place_org(self, text: str) -> bool:
        """An affiliation or place ("Example University", "the University
        of X", "Boston, MA") rather than a facility."""
        t = text.strip()
        if self.facility_kind(t):
            return False
        if any(h.label == "place_orgs" for h in self.hits(t)):
            return True
        return bool(re.fullmatch(r"(?:[A-Z][\w\-]+\s*){1,3}(?:,\s*(?:[A-Z]{2}|[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?))?", t)) and not self.org_head(t)

    def facility_kind(self, name: str) -> str | None:
        """"facility", "team" or "resource_centre" when an organisation's
        name makes it one, else None."""
        return _facility_kind(self, name)

    def resource_only(self, text: str) -> bool:
        return any(h.label == "resource_only" for h in self.hits(text))

    def funder(self, text: str) -> bool:
        return any(h.label == "funder_words" for h in self.hits(text))

    # ------------------------------------------------------------ purposes
    def purpose_class(self, purpose: str, *, for_org: bool = False) -> tuple[str, str]:
        """("explicit" | "inferred" | "negative" | "none", the words that decided)."""
        return _purpose_class(self, purpose, for_org)


@lru_cache(maxsize=32768)
def _hits_cached(lex_id: int, text: str) -> tuple[Any, ...]:
    lex = _BY_ID[lex_id]
    return tuple(lex.matcher.hits(split_camel(text)) if _CAMEL.search(text) else lex.matcher.hits(text))


_CAMEL = re.compile(r"[a-z]{2}[A-Z][a-z]")
_BY_ID: dict[int, AttributionLexicon] = {}


def _hits(lex: AttributionLexicon, text: str, labels: tuple[str, ...] | None) -> list[Any]:
    _BY_ID[id(lex)] = lex
    hs = _hits_cached(id(lex), text)
    if labels is None:
        return list(hs)
    return [h for h in hs if h.label in labels]


def _covered(h: Any, others: list[Any]) -> bool:
    return any(o.start <= h.start and h.end <= o.end and (o.end - o.start) > (h.end - h.start) for o in others)


def _purpose_class(lex: AttributionLexicon, purpose: str, for_org: bool) -> tuple[str, str]:
    p = purpose.strip()
    if not p:
        return "none", ""
    hits = lex.hits(p)
    neg = [h for h in hits if h.label == "negative" or (h.label == "negative_people_only" and not for_org)]
    pos = [h for h in hits if h.label in ("explicit", "role_titles", "inferred")]
    # a positive phrase inside a longer negative one ("technical discussions") does not count
    pos = [h for h in pos if not _covered(h, neg)]
    # a negative phrase inside a longer positive one ("maintenance of the mice") does not count
    neg = [h for h in neg if not _covered(h, pos)]
    explicit = [h for h in pos if h.label in ("explicit", "role_titles")]
    inferred = [h for h in pos if h.label == "inferred"]
    if explicit:
        return "explicit", explicit[0].text
    if inferred:
        # "for providing antibodies and helpful discussions on imaging": the
        # task words sit inside a negative purpose
        if neg and all(any(n.start < h.start for n in neg) and _after_neg(p, h, neg) for h in inferred):
            return "negative", neg[0].text
        return "inferred", inferred[0].text
    if neg:
        return "negative", neg[0].text
    return "none", ""


def _after_neg(text: str, h: Any, neg: list[Any]) -> bool:
    """Whether a task word is the object of a negative phrase before it in
    the same clause ("discussions on imaging", "gift of the sequencing
    libraries")."""
    prev = [n for n in neg if n.end <= h.start]
    if not prev:
        return False
    n = max(prev, key=lambda x: x.end)
    between = text[n.end : h.start]
    return not re.search(r",|;|\band\b|\bfor\b|\bby\b|\bwith\b|\bas well as\b", between)


def _facility_kind(lex: AttributionLexicon, name: str) -> str | None:
    text = split_camel(name)
    hits = lex.hits(text)
    labels = {h.label for h in hits}
    if "resource_only" in labels and "facility_nouns_strong" not in labels:
        return None
    strong = [h.text.lower() for h in hits if h.label == "facility_nouns_strong"]
    weak = [h for h in hits if h.label == "facility_nouns_weak"]
    domains = [h for h in hits if h.label == "facility_domains"]
    low = fold(text)
    if any(re.search(r"\b(?:bioresource|biobank|stock cent(?:er|re)|resource cent(?:er|re)|culture collection|strain collection|collection|repository|herbarium)s?\b", fold(s)) for s in strong):
        return "resource_centre"
    if "team_nouns" in labels and re.search(r"\b(?:staff|team|teams|crew|crews|captain|officers|technicians|personnel|operators|engineers|employees)\b", low):
        # "the Smith lab members" and "the reviewers" are not technical teams
        if re.search(r"\b(?:lab|laboratory|group)\b", low) and not (strong or domains) and not re.search(r"\b(?:technical|technicians|support)\b", low):
            return None
        return "team"
    if strong:
        return "facility"
    if weak and domains:
        return "facility"
    return None


_LEXICONS: dict[int, AttributionLexicon] = {}
_LOCK = threading.Lock()


def attribution_lexicon(lexicons: dict[str, Any]) -> AttributionLexicon:
    """The compiled vocabulary for these pack lexicons (once per process)."""
    data = lexicons.get("attribution") or {}
    key = id(data)
    with _LOCK:
        lex = _LEXICONS.get(key)
        if lex is None:
            lex = _LEXICONS[key] = AttributionLexicon(data)
    return lex
