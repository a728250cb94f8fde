"""Phrase vocabularies kept as data in packs, and a small word matcher.

Budget labels are short: a longest match over word tokens, with the head
phrase of a label decided before any preposition or bracket.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

_TOKEN = re.compile(r"[A-Za-z0-9]+|[(\[;:,]|\s[-–—]\s")
# words that make a funder's name part of a place: "Wellcome Sanger Institute", "MRC Harwell Institute"
_PLACE_HEADS = frozenset(
    "institute institut centre center campus laboratory laboratories lab unit building hospital collection library "
    "school college university genome".split()
)
_BOUNDARY_WORDS = frozenset(
    "for to with of in on at from by including incl inc during per plus under via as".split()
)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Lower-cased word tokens with character offsets. Punctuation that ends
    a noun phrase ( ``(`` ``;`` ``:`` ``,`` and a spaced dash) is kept as the
    token ``|``."""
    text = text.replace("&", " and ")
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        if tok[0].isalnum():
            out.append((tok.lower(), m.start(), m.end()))
        else:
            out.append(("|", m.start(), m.end()))
    return out


def _variants(tok: str) -> tuple[str, ...]:
    if len(tok) > 4 and tok.endswith("ies"):
        return (tok, tok[:-3] + "y")
    if len(tok) > 4 and tok.endswith("es"):
        return (tok, tok[:-1], tok[:-2])
    if len(tok) > 3 and tok.endswith("s") and not tok.endswith("ss"):
        return (tok, tok[:-1])
    return (tok,)


@dataclass(frozen=True)
class Match:
    start: int  # token index
    end: int  # token index, exclusive
    tag: str  # e.g. "role", "staff", "oncost", "nonstaff", "total"
    value: str  # e.g. the category or cost type
    phrase: str  # the vocabulary phrase
    text: str  # the words as written


@dataclass
class PhraseMatcher:
    """Longest-match phrase matcher over word tokens."""

    _index: dict[str, list[tuple[tuple[str, ...], str, str, str]]] = field(default_factory=dict)

    def add(self, phrase: str, tag: str, value: str) -> None:
        toks = tuple(t for t, _, _ in tokenize(phrase) if t != "|")
        if not toks:
            return
        self._index.setdefault(toks[0], []).append((toks, tag, value, phrase))

    def add_many(self, phrases: Iterable[str], tag: str, value: str) -> None:
        for p in phrases:
            self.add(str(p), tag, value)

    def finditer(self, text: str, tokens: list[tuple[str, int, int]] | None = None) -> list[Match]:
        toks = tokens if tokens is not None else tokenize(text)
        words = [t for t, _, _ in toks]
        out: list[Match] = []
        i = 0
        n = len(words)
        while i < n:
            best: tuple[int, str, str, str] | None = None
            if words[i] != "|":
                for cand in _variants(words[i]):
                    for ptoks, tag, value, phrase in self._index.get(cand, ()):
                        L = len(ptoks)
                        if i + L > n:
                            continue
                        if all(ptoks[k] in _variants(words[i + k]) for k in range(1, L)):
                            if best is None or L > best[0]:
                                best = (L, tag, value, phrase)
            if best is not None:
                L, tag, value, phrase = best
                out.append(Match(i, i + L, tag, value, phrase, text[toks[i][1] : toks[i + L - 1][2]]))
                i += L
            else:
                i += 1
        return out


@dataclass(frozen=True)
class LabelClass:
    """What a budget label says about its line."""

    kind: str  # staff | oncost | nonstaff | total | none
    category: str | None = None
    role_words: tuple[str, ...] = ()
    cost_type: str | None = None
    type_words: tuple[str, ...] = ()
    oncost_included: bool = False
    has_role: bool = False


class BudgetVocabulary:
    """Role, staff, on-cost, cost-type and total vocabularies from packs."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        m = PhraseMatcher()
        for category, phrases in (data.get("roles") or {}).items():
            m.add_many(phrases or (), "role", category)
        m.add_many(data.get("staff_words") or (), "staff", "staff")
        m.add_many(data.get("oncost_words") or (), "oncost", "oncost")
        for ctype, phrases in (data.get("non_staff") or {}).items():
            m.add_many(phrases or (), "nonstaff", ctype)
        # names of forms and schemes ("Funding Service", "Discovery Award"):
        # matched so that their words ("service") are not read as cost types
        m.add_many(data.get("names") or (), "name", "name")
        self.matcher = m
        t = PhraseMatcher()
        t.add_many(data.get("total_words") or (), "total", "total")
        self.totals = t
        f = PhraseMatcher()
        for funder, phrases in (data.get("funders") or {}).items():
            f.add_many(phrases or (), "funder", funder)
        self.funders = f
        self._cache: dict[str, LabelClass] = {}

    def is_total(self, label: str) -> bool:
        toks = tokenize(label)
        words = [w for w, _, _ in toks if w != "|"]
        if not words:
            return False
        ms = self.totals.finditer(label, toks)
        if not ms:
            return False
        if ms[0].start == 0:
            return True
        # "WP1 total", "Personnel subtotal"
        last_word = max(i for i, (w, _, _) in enumerate(toks) if w != "|")
        return ms[-1].end - 1 == last_word and len(words) <= 4

    def roles_in(self, text: str) -> list[Match]:
        return [m for m in self.matcher.finditer(text) if m.tag == "role"]

    def classify(self, label: str) -> LabelClass:
        """Classify a line label. The phrase that heads the label (the last
        match before the first preposition or bracket) decides between a
        role and a cost type: "Relocation expenses for insect pathologist"
        is travel, "HPC systems administrator" is a technical role."""
        hit = self._cache.get(label)
        if hit is not None:
            return hit
        result = self._classify(label)
        if len(self._cache) < 50000:
            self._cache[label] = result
        return result

    def _classify(self, label: str) -> LabelClass:
        if not label or not label.strip():
            return LabelClass("none")
        toks = tokenize(label)
        if self.is_total(label):
            return LabelClass("total")
        matches = self.matcher.finditer(label, toks)
        if not matches:
            return LabelClass("none")
        # the first noun phrase: tokens up to the first boundary word/punctuation
        seg_end = len(toks)
        for i, (w, _, _) in enumerate(toks):
            if i > 0 and (w == "|" or w in _BOUNDARY_WORDS):
                seg_end = i
                break
        head = [m for m in matches if m.end <= seg_end] or matches
        roles = [m for m in matches if m.tag == "role"]
        head_roles = [m for m in head if m.tag == "role"]
        head_staff = [m for m in head if m.tag == "staff"]
        head_oncost = [m for m in head if m.tag == "oncost"]
        head_nonstaff = [m for m in head if m.tag == "nonstaff"]
        any_oncost = any(m.tag == "oncost" for m in matches)

        def staff(role_src: list[Match], oncost_included: bool) -> LabelClass:
            if role_src:
                first = role_src[0]
                return LabelClass(
                    "staff",
                    first.value,
                    tuple(m.text for m in role_src),
                    oncost_included=oncost_included,
                    has_role=True,
                )
            return LabelClass("staff", None, (), oncost_included=oncost_included)

        if head_staff:
            # "Lab tech 1 salary", "sal and ben", "Salary reimbursement for PI"
            return staff(head_roles or roles, any_oncost)
        if head_oncost and not head_roles:
            return LabelClass("oncost", None, (), has_role=False)
        if head_oncost and head_roles:
            # "Lab tech 1 benefits": on-costs belonging to a named post
            return LabelClass(
                "oncost", head_roles[0].value, tuple(m.text for m in head_roles), has_role=True
            )
        last = head[-1]
        if last.tag == "role":
            return staff(head_roles, any_oncost)
        if last.tag == "nonstaff":
            return LabelClass(
                "nonstaff", cost_type=last.value, type_words=tuple(m.text for m in head_nonstaff)
            )
        return LabelClass("none")

    def funder_hits(self, text: str) -> list[Match]:
        """Funders a text names, not counting a funder's name inside another
        body's ("Wellcome Sanger Institute", "MRC Laboratory of Molecular
        Biology", "NIH Clinical Center" are places, not the funder)."""
        toks = tokenize(text)
        keep = []
        for m in self.funders.finditer(text, toks):
            rest = [w for w, _, _ in toks[m.end : m.end + 5] if w != "|"]
            if any(w in _PLACE_HEADS for w in rest[:4]):
                continue
            keep.append(m)
        return keep
