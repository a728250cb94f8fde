"""Format-neutral text: tokens with offsets, sentences, light stemming, and
the one phrase matcher every vocabulary goes through.

Everything here is plain Python and imports nothing heavy, so that a commit
hook can read a paper in well under a second (see ``DESIGN.md`` for why the
matcher is not spaCy's).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..letters import LOWER, UPPER

# ------------------------------------------------------------------ tokens

# Initials ("J.", "J.-P.", "A.B."), words with inner apostrophes or hyphens,
# numbers, and any other single character. An initial glued to a surname
# ("H.Tanida") comes out as two tokens.
_TOKEN = re.compile(
    r"(?P<abbr>(?<![\w.])(?i:ph\.\s?d\.?(?![a-z])|(?:e\.g|i\.e|m\.d|u\.s|u\.k|b\.sc|m\.sc|et\s+al)\.))"
    rf"|(?P<init>(?<![\w.])[{UPPER}]\.(?:[-‐]?[{UPPER}]\.)*)"
    r"|(?P<word>(?<!\w)in\s?['’`´]t(?=\s)|[^\W\d_](?:[\w'’\-‐‑¨´ˆ˜˚¸]*(?:[^\W_]|(?<=[^\W\d_])[¨´ˆ˜˚¸]))?\.?)"  # (the Dutch particle "in 't" is one word)
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<punct>[^\w\s])",
)


class Token(NamedTuple):
    """A token and its character offsets (a named tuple: a long
    acknowledgement makes tens of thousands, and tuples are built fastest)."""

    text: str
    start: int
    end: int
    kind: str  # init | word | num | punct

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_cap(self) -> bool:
        return self.kind == "word" and self.text[:1].isupper()

    @property
    def is_upper(self) -> bool:
        return self.kind == "word" and self.text.isupper() and len(self.text) > 1


def tokenize(text: str) -> list[Token]:
    """Tokens with character offsets. A word's trailing full stop is split
    off unless the word is a known abbreviation ("Dr.", "Drs.", "e.g.")."""
    return list(_tokens(text))


# a capitalised word or another initial after a space: the rest of the name a short given name stands before
_NAME_AFTER = re.compile(rf"\s[{UPPER}](?:[{LOWER}]|\.)")


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[Token, ...]:
    # the reader looks at the same item from several frames: tokenize once
    out: list[Token] = []
    new = tuple.__new__  # a Token without the named tuple's keyword handling: this loop is hot
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        s, e = m.span()
        t = m.group()
        if kind != "word" or t[-1] != ".":
            out.append(new(Token, (t, s, e, kind)))
            continue
        core = t[:-1]
        if (core in _DIGRAPH_INITIALS or core in _GIVEN_ABBREVIATIONS) and _NAME_AFTER.match(text, e):
            out.append(Token(t, s, e, "init"))  # "Sh. Chao", "Yu. Ivanov": a two-letter initial
            continue
        if core in _WORDS_TOO:
            pass  # "his assistance in the lab. Richard Saunders ...": the word, ending its sentence
        elif core.lower() in ABBREVIATIONS or core in _CASED_ABBREVIATIONS or (len(core) == 1 and core.isupper()):
            out.append(Token(t, s, e, "abbr" if core.lower() in ABBREVIATIONS or core in _CASED_ABBREVIATIONS else "init"))
            continue
        out.append(Token(core, s, e - 1, "word"))
        out.append(Token(".", e - 1, e, "punct"))
    return tuple(out)


#: Short forms that are words of their own in lower case ("in the lab. Richard Saunders"), the
#: short form only with a capital ("Natl. Lab. of").
_WORDS_TOO = frozenset(["lab", "labs"])

#: Given names written short before the rest of a name ("Md. Alif Abdul Razak", "Mohd. Azlan"), read as initials.
_GIVEN_ABBREVIATIONS = frozenset(["Md", "Mohd", "Muhd", "Mhd", "Wm", "Thos", "Chas", "Jas"])

#: Two-letter initials of transliterated or French given names ("Sh. Chao", "Yu. A. Ivanov", "Ph. Martin").
_DIGRAPH_INITIALS = frozenset(["Ch", "Ph", "Sh", "Zh", "Kh", "Th", "Ts", "Yu", "Ya", "Yo", "Ju", "Ja", "Ye", "Gh"])

#: Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    ["dr", "drs", "dres", "prof", "profs", "mr", "mrs", "ms", "mx", "messrs", "mmes", "mme", "mlle", "st", "fig", "figs", "eq", "eqs", "no", "nos", "vs", "viz", "e.g", "i.e", "cf", "ca", "approx", "al", "etc", "jr", "sr", "inc", "ltd", "co", "corp", "dept", "depts", "univ", "inst", "lab", "labs", "assoc", "natl", "intl", "ph.d", "m.d", "b.sc", "m.sc", "ave", "rd", "mt", "ft", "gov", "sci", "tech", "med", "res", "biol", "chem", "phys", "eng", "md", "ref", "refs", "vol", "vols", "pp", "p", "sec", "secs", "ch", "chap", "resp", "est", "incl", "u.s", "u.k", "e.u"]
    # degrees and professional titles written with a full stop ("Dipl.-Ing.", "Mag.", "Dott.")
    + ["dipl", "ing", "mag", "lic", "mgr", "engr", "dott", "dra", "sra", "msc", "bsc", "phd", "qfb", "qca", "biól", "mtro", "mtra", "mvz", "profa", "arq", "ibq"]
    # Czech and Slovak academic degrees before and after a name ("RNDr. Jana Nová, CSc.", "doc. Ing.")
    + ["rndr", "mudr", "mvdr", "phdr", "judr", "paeddr", "pharmdr", "bc", "doc", "drsc", "csc"]
    # parts of academic titles ("Priv.-Doz.", "Dr. rer. nat.", "apl. Prof.", "Asst. Prof.")
    + ["priv", "doz", "apl", "rer", "nat", "habil", "phil", "vet", "dent", "techn", "asst", "emer", "adj"]
)

#: Abbreviations only as written: the Dutch engineer's title and "emeritus" ("Ir. Jan de
#: Vries", "Prof. em. Karl Hahn"), never "IR." or "EM." closing a sentence.
_CASED_ABBREVIATIONS = frozenset(["Ir", "em", "Em", "emer", "Emer"])

_TITLE_WORDS = frozenset(
    ["dr", "drs", "dres", "prof", "profs", "professor", "professors", "pr", "mr", "mrs", "ms", "mx", "miss", "messrs", "sir", "dame", "mme", "mlle"]
    # degrees and professional titles printed before a name ("MSc Tiina Ritvanen", "Ing. Jan Novák", "Dipl.-Ing. Anna Bauer")
    + ["msc", "m.sc", "bsc", "b.sc", "phd", "ph.d", "ing", "dipl", "dipl.-ing", "mag", "lic", "engr", "mgr", "dott", "dra", "sra"]
    # professional titles of Spanish- and Portuguese-speaking countries ("Q.F.B. Ana Soto", "Qca. Nadia Ruiz",
    # "Biól. Juan Gómez", "Mtra. Laura Pérez", "MVZ Luis Paz", "Profa. Ana Lima", "Eng. Rui Costa")
    + ["qfb", "q.f.b", "qca", "biól", "biol", "mtro", "mtra", "mvz", "m.v.z", "profa", "eng", "arq", "ibq", "i.b.q"]
    # ranks of the armed services and ships' officers ("LCDR Stephan Olschlager", "Capt. Ana Ruiz and the crew")
    + ["capt", "cdr", "lcdr", "cmdr", "col", "ltc", "ltcol", "lt", "maj", "sgt", "cpt", "cpl", "adm"]
)


def is_title(tok: Token) -> bool:
    return tok.lower.rstrip(".") in _TITLE_WORDS


#: Parts of academic titles that are titles only with their full stop, inside a title
#: ("Dr. rer. nat.", "Priv.-Doz.", "apl. Prof.", "Assoc. Prof.", "Prof. em.", "Ir.").
_TITLE_PARTS = frozenset(
    ["rer", "nat", "med", "vet", "dent", "phil", "habil", "techn", "oec", "agr", "sc", "priv", "doz", "apl", "univ", "assoc", "asst", "assist", "adj", "em", "emer", "ir", "ks", "doc", "rndr", "mudr", "mvdr", "phdr", "ing"]
)


def title_end(toks: Sequence[Token], j: int, n: int) -> int:
    """The end of the title run starting at ``j`` (``j`` when none): courtesy
    and academic titles with their full stops and hyphens ("Dr.", "Dipl.-Ing.",
    "Priv.-Doz. Dr. med.", "apl. Prof. Dr.-Ing.", "PD Dr.", "Assoc. Prof.")."""
    k = j
    while k < n:
        tk = toks[k]
        dotted = tk.text.endswith(".") or (k + 1 < n and toks[k + 1].text == "." and toks[k + 1].start == tk.end)
        part = tk.lower.rstrip(".") in _TITLE_PARTS and dotted
        # "PD Dr.": a German lecturer's title, only before another title
        pd = tk.text == "PD" and k + 1 < n and is_title(toks[k + 1])
        if tk.text in ("M.", "Dr.", "Dra.") and k + 2 < n and toks[k + 1].text == "en" and toks[k + 2].kind == "init":
            k += 3  # "M. en C. Laura Pérez": a master's degree in science, as Mexico writes it before a name
            continue
        if not (is_title(tk) or part or pd):
            break
        k += 1
        if k < n and toks[k].text == "." and toks[k].start == toks[k - 1].end:
            k += 1
        # "Dipl.-Ing.", "Priv.-Doz.": parts joined by a hyphen
        if k + 1 < n and toks[k].text in ("-", "‐") and toks[k].start == toks[k - 1].end and toks[k + 1].start == toks[k].end:
            nxt = toks[k + 1]
            if is_title(nxt) or nxt.lower.rstrip(".") in _TITLE_PARTS:
                k += 1
    return k


# --------------------------------------------------------------- sentences

_OPENERS = "\"'“‘(["


_CLOSERS = frozenset({"’", "”", '"', "'", ")", "]", "»"})


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans. A full stop, question or exclamation mark ends a
    sentence when whitespace and a word starting with a capital, a digit
    or an opening quote or bracket follow, unless it closes an abbreviation
    or an initial ("Drs. A and B", "H. Tanida"); a company abbreviation or
    "et al." ends one only before a usual sentence opening ("... Ltd. We
    also thank"). A blank line, and a line that starts with a list marker,
    always start a new sentence."""
    spans: list[tuple[int, int]] = []
    toks = tokenize(text)
    start = None
    n = len(toks)
    for i, tk in enumerate(toks):
        if start is None:
            start = tk.start
        if i + 1 >= n:
            break
        nxt = toks[i + 1]
        gap = text[tk.end : nxt.start]
        if "\n" in gap and (gap.count("\n") >= 2 or _LIST_MARK.match(text[nxt.start : nxt.start + 4])):
            spans.append((start, tk.end))
            start = None
            continue
        if tk.text == "," and nxt.text in ("we", "I") and _SPLICED_THANKS.match(text, nxt.end) and _THANKED.search(text, start, tk.start):
            # "... for their helpful discussions, we also acknowledge the support of X": a new sentence after a comma
            spans.append((start, tk.end))
            start = None
            continue
        if (
            not gap
            and tk.text in ".!?"
            and nxt.text[:1].isupper()
            and (_opening(nxt.lower) in SENTENCE_OPENINGS or (is_title(nxt) and nxt.text.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Prof")))
            and i > 0
            and toks[i - 1].end == tk.start
            and (toks[i - 1].text in (")", "]") or toks[i - 1].kind == "num" or (toks[i - 1].kind == "word" and len(toks[i - 1].text) >= 2))
        ):
            # "... (32101345).We appreciate", "... of Science.In addition", "... are acknowledged.Mr A is thanked": a
            # sentence typed on with no space after its full stop, before a usual opening or a courtesy title (not
            # "J.Smith", "e.g.Fig")
            spans.append((start, tk.end))
            start = None
            continue
        if not gap or not (nxt.text[:1].isupper() or nxt.text[:1].isdigit() or nxt.text[:1] in _OPENERS):
            continue
        opens = _opening(nxt.lower) in SENTENCE_OPENINGS
        if not opens and tk.kind == "abbr" and tk.lower.rstrip(".") in _FIRM_SUFFIXES and i + 2 < n:
            # "... and Facebook, Inc. Device fabrication is performed at ...": after a company's suffix, a
            # capitalised word with a lower-case word after it opens a sentence (a name goes on in capitals)
            nn = toks[i + 2]
            opens = nxt.kind == "word" and nxt.text[1:].islower() and len(nxt.text) > 1 and nn.kind == "word" and nn.text[:1].islower() and not is_title(nxt)
        # "... supporting A.S.-F. We also thank": an initial closes a sentence before a pronoun or
        # a connective that no name is ("We", "Our", "Finally"), when a lower-case word follows it
        after_initial = tk.kind == "init" and _opening(nxt.lower) in _OPEN_AFTER_INITIAL and i + 2 < n and (toks[i + 2].text[:1].islower() or toks[i + 2].text == ",")
        # "... from ‘Laboratorio de calidad.’ Support for ...": a closing quote or bracket right after the full stop
        closed = tk.text in _CLOSERS and i > 0 and toks[i - 1].text in (".", "!", "?") and toks[i - 1].end == tk.start
        # (a degree ends a sentence as its letters do, dotted or not: "Ph.D.", "PhD.", "M.D.")
        may_end = tk.kind == "abbr" and (tk.lower.rstrip(".") in _MAY_END or tk.lower.replace(".", "") in _MAY_END)
        if tk.kind == "punct" and tk.text in ".!?" or closed or may_end and opens or after_initial:
            spans.append((start, tk.end))
            start = None
    if start is not None and toks:
        spans.append((start, toks[-1].end))
    return spans


# abbreviations that end a sentence before a usual opening ("... Ltd. We also thank"), among
# them ordinary words ("the members of the X lab. It was an honour")
_MAY_END = frozenset({"inc", "ltd", "co", "corp", "etc", "et al", "al", "u.s", "u.k", "phd", "msc", "bsc", "md", "dphil", "phil", "dvm", "mph", "jr", "sr", "lab", "labs", "tech", "dept", "univ", "inst"})
def _opening(word: str) -> str:
    """A word as it opens a sentence, a pronoun's contraction cut off ("I'd", "We’ve": "i", "we")."""
    return word.split("'", 1)[0].split("’", 1)[0] if "'" in word or "’" in word else word


_FIRM_SUFFIXES = frozenset({"inc", "ltd", "corp", "co"})
SENTENCE_OPENINGS = frozenset(
    ["we", "i", "the", "this", "these", "our", "thanks", "special", "finally", "also", "in", "all", "funding", "financial", "support", "further", "additionally", "moreover", "part", "it", "they", "he", "she", "a", "an", "work", "research"]
)


_OPEN_AFTER_INITIAL = frozenset(
    ["we", "our", "this", "these", "thanks", "finally", "additionally", "moreover", "furthermore", "further", "funding",
     # words that open a sentence of thanks and no family name is ("... to M.S. Technical assistance of X is acknowledged")
     "the", "i", "it", "they", "technical", "expert", "excellent", "skilled", "skilful", "skillful", "special", "sincere",
     "many", "all", "also", "financial", "part", "partial"]
)

_SPLICED_THANKS = re.compile(
    r"\s+(?:also\s+|further\s+|additionally\s+|gratefully\s+|sincerely\s+|(?:would|wish|want)\s+(?:also\s+)?(?:like\s+)?to\s+(?:also\s+)?)*"
    r"(?:thank|acknowledge|appreciate|are\s+(?:also\s+)?(?:grateful|indebted|thankful))\b",
    re.IGNORECASE,
)
# a clause of thanks already said before the comma ("For help in Ottawa, we thank" has none)
_THANKED = re.compile(r"\b(?:thank\w*|grateful|indebted|acknowledg\w*|appreciat\w*|gratitude)\b.*\bfor\b", re.IGNORECASE)
_LIST_MARK = re.compile(r"^(?:[-•*·▪●◦]\s|\d{1,2}[.)]\s|\([a-z0-9]\)\s)")


def sentence_texts(text: str) -> list[tuple[int, str]]:
    return [(s, text[s:e]) for s, e in sentences(text)]


# ----------------------------------------------------------------- words

@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower-case ASCII fold for comparing names and phrases."""
    if text.isascii():
        return text.lower()
    t = text.replace("’", "'").replace("‘", "'").replace("ß", "ss").replace("ø", "o").replace("Ø", "O")
    t = t.replace("æ", "ae").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("ı", "i")
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower()


_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("isations", "ize"), ("izations", "ize"), ("isation", "ize"), ("ization", "ize"),
    ("ational", "ate"), ("ations", "ate"), ("ation", "ate"),
    ("ements", ""), ("ement", ""), ("ments", ""), ("ment", ""),
    ("yses", "ysis"), ("ings", ""), ("ing", ""), ("ies", "y"), ("ied", "y"),
    ("ed", ""), ("es", "e"), ("s", ""),
)


# short forms that stand for the whole word wherever they are written: "lab
# attendant" is a "laboratory attendant", "the Dept. of Physics" a department
_SHORT_FORMS = {"lab": "laboratory", "labs": "laboratory", "dept": "department", "depts": "department"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light, consistent stem: plurals, -ing, -ed, -ation and
    -ment go, so "sequencing", "sequenced" and "sequences" meet, as do
    "preparation", "preparing" and "prepared"; a short form meets its
    word ("lab", "laboratory"). Applied the same way to the vocabulary
    and to the text, which is all a matcher needs."""
    w = fold(word)
    w = _SHORT_FORMS.get(w, w)
    if len(w) <= 4 or not w.isalpha():
        return w
    for suf, rep in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            if suf == "s" and w.endswith(("ss", "us", "is")):
                continue
            w = w[: -len(suf)] + rep
            break
    if w.endswith("ate") and len(w) > 6:
        w = w[:-3]
    elif w.endswith("at") and len(w) > 5:
        w = w[:-2]  # "generated" meets "generation"
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


_SPLIT_WORD = re.compile(r"[-‐/]")
# an article elided before a word in French, Italian or Catalan names ("d’Analyses", "dell’Ambiente")
_ELIDED = re.compile(r"(d|l|dell|all|nell|sull|dall)['’](?=[^\W\d_]{2})", re.IGNORECASE)


def match_units(text: str, base: int = 0) -> list[tuple[str, int, int]]:
    """The units phrase matching works on: stems of words (hyphenated and
    slashed words split), with character offsets. Punctuation other than
    "&" is dropped; "&" reads as "and"."""
    return [(st, s, e) for st, _, s, e in _units(text, base)]


def _units(text: str, base: int = 0) -> list[tuple[str, str, int, int]]:
    """(stem, folded word, start, end) for each unit of ``text``."""
    out: list[tuple[str, str, int, int]] = []
    for tk in tokenize(text):
        if tk.kind == "punct":
            if tk.text == "&":
                out.append(("and", "and", base + tk.start, base + tk.end))
            elif tk.text in ",;:()[]":
                out.append((tk.text, tk.text, base + tk.start, base + tk.end))
            continue
        core = tk.text.rstrip(".")
        el = _ELIDED.match(core) if tk.kind == "word" else None
        if el:
            # "d’Analyses", "l’Investigació": the elided article is a word of its own
            out.append((fold(el.group(1)), fold(el.group(1)), base + tk.start, base + tk.start + len(el.group(1))))
            out.extend(_units(core[el.end() :], base + tk.start + el.end()))
            continue
        if tk.kind == "word" and _SPLIT_WORD.search(core):
            pos = 0
            for part in _SPLIT_WORD.split(core):
                if part:
                    s = tk.start + core.find(part, pos)
                    out.append((stem(part), fold(part), base + s, base + s + len(part)))
                    pos = s - tk.start + len(part)
            continue
        f = fold(core)
        out.append((stem(core) if tk.kind == "word" else _SHORT_FORMS.get(f, f), f, base + tk.start, base + tk.start + len(core)))
    return out


# ---------------------------------------------------------------- matcher


@dataclass(frozen=True, slots=True)
class Hit:
    label: str
    start: int  # character offsets in the text matched
    end: int
    text: str


class PhraseMatcher:
    """Phrases of many labels matched at once on stemmed words.

    A phrase is a word sequence; case, plural and verb endings do not
    matter ("sequencing" = "sequenced"); "in-house" and "in house" are the
    same. ``*`` stands for one to three words, never punctuation
    ("maintenance of * microscope" also reads "maintenance of the confocal
    microscope"; "reducing the * data" reads "reducing the CAPS/ELS data");
    ``=word`` matches that word exactly, where stems would collide
    ("=imaging" is not "images", "=machining" is not "machines");
    ``==WORD`` matches it as written, capitals and all ("==IT" is not "it").
    """

    def __init__(self, phrases: dict[str, Iterable[str]]) -> None:
        self._index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.labels = list(phrases)
        for label, items in phrases.items():
            for p in items:
                units = self._compile(str(p))
                if units and units[0] != "*":
                    self._index.setdefault(units[0], []).append((units, label))
        # words matched as written ("==IT"): only then is each word's own case looked at
        self._cased = any(u.startswith("c:") for entries in self._index.values() for units, _ in entries for u in units)

    @staticmethod
    def _compile(phrase: str) -> tuple[str, ...]:
        out: list[str] = []
        for w in phrase.split():
            if w == "*":
                out.append("*")
            elif w.startswith("==") and len(w) > 2:
                out.append("c:" + w[2:])
            elif w.startswith("=") and len(w) > 1:
                out.extend("e:" + f for _, f, _, _ in _units(w[1:]) if f not in ",;:()[]")
            else:
                out.extend("s:" + st for st, _, _, _ in _units(w) if st not in ",;:()[]")
        return tuple(out)

    def hits(self, text: str, *, labels: Sequence[str] | None = None) -> list[Hit]:
        units = _units(text)
        stems = ["s:" + u[0] for u in units]
        words = ["e:" + u[1] for u in units]
        cased = ["c:" + text[u[2] : u[3]] for u in units] if self._cased else words
        out: list[Hit] = []
        seen: set[tuple[str, int, int]] = set()
        n_units = len(units)
        for i in range(n_units):
            for key in (stems[i], words[i], cased[i]) if self._cased else (stems[i], words[i]):
                for ptoks, label in self._index.get(key, ()):
                    if labels is not None and label not in labels:
                        continue
                    n = len(ptoks)
                    if i + n > n_units:
                        continue
                    if "*" in ptoks:
                        last = _match_wild(ptoks, 0, i, stems, words, cased)
                        if last < 0:
                            continue
                    elif all(p == stems[i + k] or p == words[i + k] or p == cased[i + k] for k, p in enumerate(ptoks)):
                        last = i + n - 1
                    else:
                        continue
                    s, e = units[i][2], units[last][3]
                    hk = (label, s, e)
                    if hk not in seen:
                        seen.add(hk)
                        out.append(Hit(label, s, e, text[s:e]))
        out.sort(key=lambda h: (h.start, -(h.end - h.start)))
        return out

    def labels_in(self, text: str) -> set[str]:
        return {h.label for h in self.hits(text)}


_WILD_SPAN = 3
_PUNCT_UNITS = frozenset("s:" + c for c in ",;:()[]") | frozenset("e:" + c for c in ",;:()[]")


def _match_wild(ptoks: tuple[str, ...], k: int, i: int, stems: list[str], words: list[str], cased: list[str]) -> int:
    """The index of the last unit matched when ``ptoks[k:]`` matches from
    unit ``i`` (the shortest match), or -1. ``*`` takes one to three words."""
    n_units = len(stems)
    while k < len(ptoks):
        p = ptoks[k]
        if p == "*":
            for span in range(1, _WILD_SPAN + 1):
                j = i + span
                if j > n_units or stems[j - 1] in _PUNCT_UNITS:
                    break
                if k + 1 == len(ptoks):
                    return j - 1
                got = _match_wild(ptoks, k + 1, j, stems, words, cased)
                if got >= 0:
                    return got
            return -1
        if i >= n_units or not (p == stems[i] or p == words[i] or p == cased[i]):
            return -1
        i += 1
        k += 1
    return i - 1


def split_camel(text: str) -> str:
    """``FlyCore`` -> ``Fly Core`` (same length is not kept: matching only)."""
    return re.sub(r"(?<=[a-z]{2})(?=[A-Z][a-z])", " ", text)
