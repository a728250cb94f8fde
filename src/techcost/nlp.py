"""The only importer of spaCy.

A blank English pipeline (tokenizer only; no model is ever downloaded) plus
phrase matchers built from the packs' lexicons. Loaded once per process, and
only when an input or rule needs it (importing spaCy costs ~0.65 s).

A trained pipeline may be named with ``TECHCOST_SPACY_MODEL``; it is used
only if it is already installed, otherwise the blank pipeline is used.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from typing import Any, Iterable

_LOCK = threading.Lock()
_NLP: Any = None
_MATCHERS: dict[int, "Lexicon"] = {}

_CAMEL = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])")
_INNER_HYPHEN = re.compile(r"(?<=\w)[-‐‑](?=\w)")


def get_nlp() -> Any:
    """The shared spaCy pipeline (blank English unless a trained one is
    installed and asked for)."""
    global _NLP
    with _LOCK:
        if _NLP is None:
            import spacy

            name = os.environ.get("TECHCOST_SPACY_MODEL")
            nlp = None
            if name:
                try:
                    nlp = spacy.load(name, exclude=["parser", "lemmatizer", "textcat"])
                except (OSError, ImportError):
                    nlp = None
            _NLP = nlp if nlp is not None else spacy.blank("en")
        return _NLP


def split_camel(text: str) -> str:
    """``FlyCore`` -> ``Fly Core`` so that facility nouns inside compound
    names match; the length changes, so use only for matching."""
    return _CAMEL.sub(" ", text)


def phrases(data: dict[str, Any], key: str) -> set[str]:
    """A lexicon list, lower-cased, with the plural of each single word."""
    out: set[str] = set()
    for p in data.get(key) or []:
        p = str(p).strip().lower()
        if not p:
            continue
        out.add(p)
        if " " not in p and p.isalpha():
            out.add(p + ("es" if p.endswith(("s", "x", "ch", "sh")) else "s"))
    return out


@dataclass(frozen=True)
class Hit:
    label: str  # lexicon key
    start: int  # char offsets in the matched text
    end: int
    text: str


class Lexicon:
    """Phrase matchers, one per lexicon key, over lower-cased tokens.
    Plural forms are added for single words."""

    def __init__(self, data: dict[str, Any], keys: Iterable[str]) -> None:
        from spacy.matcher import PhraseMatcher

        nlp = get_nlp()
        self.nlp = nlp
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.keys = list(keys)
        for key in self.keys:
            docs = list(nlp.tokenizer.pipe(sorted(phrases(data, key))))
            if docs:
                self.matcher.add(key, docs)

    def doc(self, text: str) -> Any:
        return self.nlp.make_doc(text)

    def hits(self, text: str, doc: Any = None) -> list[Hit]:
        # "in-house" matches "in house": hyphens inside words read as spaces (same length)
        d = doc if doc is not None else self.nlp.make_doc(_INNER_HYPHEN.sub(" ", text))
        out = []
        for match_id, s, e in self.matcher(d):
            span = d[s:e]
            out.append(Hit(self.nlp.vocab.strings[match_id], span.start_char, span.end_char, span.text))
        out.sort(key=lambda h: (h.start, -(h.end - h.start)))
        return out

    def has(self, text: str, key: str) -> list[Hit]:
        return [h for h in self.hits(text) if h.label == key]


_WORD = re.compile(r"[^\W_]+|[^\w\s]")


class PythonLexicon:
    """The same phrase matching as ``Lexicon`` without importing spaCy.

    With a blank pipeline spaCy contributes only tokenization and a
    lower-cased phrase match; for the pack vocabularies (letters, digits and
    spaces, hyphens read as spaces) this tokenizer gives the same token
    boundaries, and a test checks both backends agree on every corpus paper.
    Used where start-up time matters (the commit hook: importing spaCy costs
    about 1 s of a 1.3 s run); ``TECHCOST_NLP=python`` or ``nlp = "python"``.
    """

    def __init__(self, data: dict[str, Any], keys: Iterable[str]) -> None:
        self.keys = list(keys)
        self.index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for key in self.keys:
            for p in phrases(data, key):
                toks = tuple(m.group(0) for m in _WORD.finditer(p))
                if toks:
                    self.index.setdefault(toks[0], []).append((toks, key))

    def hits(self, text: str, doc: Any = None) -> list[Hit]:
        norm = _INNER_HYPHEN.sub(" ", text)
        toks = [(m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(norm)]
        words = [t for t, _, _ in toks]
        out: list[Hit] = []
        seen: set[tuple[str, int, int]] = set()
        for i, w in enumerate(words):
            for ptoks, key in self.index.get(w, ()):
                n = len(ptoks)
                if tuple(words[i : i + n]) == ptoks:
                    start, end = toks[i][1], toks[i + n - 1][2]
                    if (key, start, end) not in seen:
                        seen.add((key, start, end))
                        out.append(Hit(key, start, end, norm[start:end] if norm is text else text[start:end]))
        out.sort(key=lambda h: (h.start, -(h.end - h.start)))
        return out

    def has(self, text: str, key: str) -> list[Hit]:
        return [h for h in self.hits(text) if h.label == key]


def backend() -> str:
    """"spacy" (the default) or "python" (``TECHCOST_NLP=python``)."""
    return "python" if os.environ.get("TECHCOST_NLP", "").lower() == "python" else "spacy"


def lexicon(data: dict[str, Any], keys: Iterable[str]) -> Any:
    """A cached lexicon matcher for this vocabulary, on the chosen backend."""
    keys = tuple(keys)
    which = backend()
    k = hash((id(data), keys, which))
    with _LOCK:
        lex = _MATCHERS.get(k)
    if lex is None:
        lex = PythonLexicon(data, keys) if which == "python" else Lexicon(data, keys)
        with _LOCK:
            _MATCHERS[k] = lex
    return lex
