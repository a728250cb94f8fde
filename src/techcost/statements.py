"""What every parser needs to read a paper's front matter and statements,
kept once: ORCID iDs, e-mail addresses, empty statements ("None
reported"), "thanks"-like notes, equal-contribution notes, and the one
reader of contribution statements.

Contribution statements are read the same way whatever the format:

- CRediT per author: "Alan Brown: Methodology, Software. Jane Doe: Writing
  – review & editing."
- per role: "Conceptualization: F.L., A.B.; Methodology: A.B." and MDPI's
  "Conceptualization, F.L. and A.B.; methodology, A.B."
- free text: "F.L. and A.B. conceived the study", "The experiments were
  done by JF", "Performed the experiments: AB CD" (PLOS), "AB, Conception
  and design, Acquisition of data" (eLife before 2017), "All authors read
  and approved the final manuscript".

Authors are found by name ("Jane Doe", "Jane A. Doe", "Doe"), and by
initials ("JD", "J.D.", "J.-P.D.", "EvA" for Eelco van Anken, "INW" for
Ing-Nang Wang).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from .credit_roles import normalise_role, roles_from_text
from .letters import UPPER
from .model.manuscript import EMPTY_STATEMENT, is_empty_statement  # noqa: F401  (the one list, kept with the model that uses it)
from .names import match_initials

#: An ORCID iD as printed: hyphenated, spaced, en-dashed or run together.
ORCID = re.compile(r"(?<![\d-])(\d{4})[-\s–‐]{0,2}(\d{4})[-\s–‐]{0,2}(\d{4})[-\s–‐]{0,2}(\d{3}[\dXx])(?![\dXx-])")
#: An e-mail address, also with its "@" or dots written out against harvesting ("jo{at}ex.ac.uk", "jo [at] ex [dot] org").
EMAIL = re.compile(r"[\w.+'-]+(?:@|\s?[\[({]at[\])}]\s?)[\w-]+(?:(?:\.|\s?[\[({]dot[\])}]\s?)[\w-]+)+")
EQUAL_CONTRIBUTION = re.compile(
    r"\bcontributed\s+equally\b|\bequal(?:ly)?\s+contribut|\bjoint\s+(?:first|senior|last|corresponding)\b|"
    r"\bco-?first\s+author|\bshared?\s+(?:first|senior|last)\s+authorship\b|\bequal\s+first\b",
    re.IGNORECASE,
)
THANKS = re.compile(
    r"\b(?:thanks?|thanked|thanking|grateful|gratitude|acknowledg\w*|indebted|appreciate[sd]?|appreciation)\b",
    re.IGNORECASE,
)
FUNDED = re.compile(
    r"\b(?:supported|funded|financed|sponsored)\s+(?:in\s+part\s+|partly\s+|partially\s+|jointly\s+|financially\s+)?by\b|"
    r"\b(?:grants?|fellowships?|awards?)\s+(?:no\.?|number|#)|\bfunding\s+(?:was\s+)?(?:provided|received|from)\b|"
    r"\bfunding\b|\bgrant(?:s|ed)?\b|\bfellowship|\bawarded\b|\bfinancial(?:ly)?\s+support",
    re.IGNORECASE,
)


def normalise_orcid(value: object) -> str | None:
    """``0000-0002-1825-0097`` from any form (URL, bare, with spaces)."""
    if value is None:
        return None
    m = ORCID.search(str(value))
    return "-".join(m.groups()).upper() if m else None


def find_orcids(text: str) -> list[str]:
    """Every ORCID iD in a text, normalised, in order."""
    return ["-".join(m.groups()).upper() for m in ORCID.finditer(text or "")]


def find_email(text: str) -> str | None:
    m = EMAIL.search(text or "")
    return m.group(0).rstrip(".") if m else None


def is_thanks_like(text: str) -> bool:
    """Whether a note thanks someone or names support (funding, grants)."""
    return bool(THANKS.search(text or "") or FUNDED.search(text or ""))


# --------------------------------------------------------------------------- authors in statements

# initials as printed in statements: "JF", "J.F.", "SN-Z", "S.N.-Z.", "EvA", "VPMGR"
INITIALS = _INITIALS = rf"(?<![A-Za-z\u00C0-\u024F])[{UPPER}](?:(?:\.|\.?-)?(?:[a-z]{{1,3}}\.?){{0,3}}[{UPPER}])*\.?(?![A-Za-z\u00C0-\u024F])"
# (joined by commas, "and" or "&", the last perhaps after a comma: "A.K.H., H.B., and P.D.S.")
_INIT_LIST = rf"{_INITIALS}(?:\s*(?:,\s*(?:and\b|&)?|;|&|\band\b)?\s*{_INITIALS})*"
_INIT_TOKEN = re.compile(_INITIALS)
_INIT_LIST_FULL = re.compile(rf"(?:{_INIT_LIST})")
_LEADING_INITIALS = re.compile(rf"(?P<who>{_INIT_LIST})\s*(?P<comma>[,:]\s*)?(?=[^\sA-Z]|[A-Z][a-z])")
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|&\s*)?|;\s*|\s+and\s+|\s*&\s*)", re.IGNORECASE)
_ALL_AUTHORS = re.compile(r"^(?:all|both|the)\s+(?:the\s+)?(?:authors|co-?authors)\b\s*(?P<phrase>.*)$", re.IGNORECASE)
_ALL_AUTHORS_START = re.compile(r"\s(?=(?:All|Both|The)\s+(?:the\s+)?(?:co-?)?authors\b)")


_NAME_JOIN = r"\.?(?:\s+|\s*[-\u2010\u2011]\s*)"


class Roster:
    """The authors of one paper, found in statements by initials or name."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.unhyphen = [n.replace("-", " ") for n in names]
        self.back = dict(zip(self.unhyphen, names))
        alts: list[tuple[str, str]] = []
        for n in names:
            toks = [t.rstrip(".") for t in n.split() if t.rstrip(".")]
            variants = {tuple(toks)}
            if len(toks) > 2:
                variants.add((toks[0], toks[-1]))
            for v in variants:
                # (a hyphen and a space are one: "Azfar-e Alam Siddiqi" is written "Azfar-e-Alam Siddiqi" too)
                # (and an initial glued to the name before it: "JoséE. Becerra")
                parts = [re.escape(t).replace(r"\-", _NAME_JOIN) for t in v]
                alts.append(("".join(p_ + ("" if i + 1 == len(parts) else (r"\.?\s*" if re.fullmatch(r"[A-Z]", v[i + 1]) else _NAME_JOIN)) for i, p_ in enumerate(parts)) + r"\.?", n))
        # a family name alone, when no other author has it ("Brown performed ...")
        fams: dict[str, list[str]] = {}
        for n in names:
            toks = [t.rstrip(".") for t in n.split() if t.rstrip(".")]
            if len(toks) >= 2 and len(toks[-1]) > 2:
                fams.setdefault(toks[-1].lower(), []).append(n)
        for who in fams.values():
            if len(who) == 1:
                alts.append((re.escape(who[0].split()[-1].rstrip(".")), who[0]))
        alts.sort(key=lambda a: -len(a[0]))
        self._alts = alts
        self._name_rx: re.Pattern[str] | None = None

    @property
    def name_rx(self) -> re.Pattern[str] | None:
        """One pattern for every way an author is written, longest first;
        each way is a named group, so the hit says whose name it was. Built
        when first asked for, as one pattern rather than one per author, so
        that a paper with many authors does not crowd the other patterns out
        of the ``re`` cache."""
        if self._name_rx is None and self._alts:
            self._name_rx = re.compile("|".join(rf"(?P<a{i}>(?:{rx})(?![\w\u00C0-\u024F]))" for i, (rx, _) in enumerate(self._alts)), re.IGNORECASE)
        return self._name_rx

    def by_initials(self, who: str) -> list[str]:
        """Authors named by the initials in ``who``; an initial that fits no
        author or more than one is ignored."""
        found: list[str] = []
        for tok in _INIT_TOKEN.findall(who):
            bare = re.sub(r"[a-z]", "", tok)
            hits = match_initials(tok, self.names) or match_initials(bare, self.names)
            if not hits:
                hits = [self.back[h] for h in (match_initials(tok, self.unhyphen) or match_initials(bare, self.unhyphen))]
            if len(hits) == 1 and hits[0] not in found:
                found.append(hits[0])
        return found

    def names_at(self, text: str, pos: int = 0) -> tuple[list[str], int]:
        found: list[str] = []
        end = pos
        while True:
            rx = self.name_rx
            m = rx.match(text, pos) if rx is not None else None
            hit = (m, self._alts[int(m.lastgroup[1:])][1]) if m is not None and m.lastgroup else None
            if hit is None:
                init = re.match(_INITIALS, text[pos:])
                if init and init.group(0) and (who := self.by_initials(init.group(0))):
                    m_end = pos + init.end()
                    found.extend(w for w in who if w not in found)
                    end = m_end
                    sep = _SEPARATOR.match(text, end)
                    if not sep:
                        break
                    pos = sep.end()
                    continue
                break
            m, n = hit
            if n not in found:
                found.append(n)
            end = m.end()
            sep = _SEPARATOR.match(text, end)
            if not sep:
                break
            pos = sep.end()
        return found, end

    def listed(self, text: str) -> list[str]:
        """The authors when ``text`` is nothing but a list of initials or
        names; else an empty list."""
        t = text.strip(" .,;")
        if not t:
            return []
        if re.fullmatch(r"(?i)(?:all|both)(?:\s+(?:the\s+)?(?:co-?)?authors)?", t):
            return list(self.names)
        if _INIT_LIST_FULL.fullmatch(t):
            got = self.by_initials(t)
            if got:
                return got
        found, end = self.names_at(t)
        return found if found and end >= len(t.rstrip(" .")) else []

    def leading(self, text: str) -> tuple[list[str], str, bool]:
        """Authors that open a sentence as its subject, the rest, and
        whether a comma follows them ("AB, Conception and design")."""
        m = _LEADING_INITIALS.match(text)
        if m:
            who = self.by_initials(m.group("who"))
            if who:
                return who, text[m.end() :], bool(m.group("comma"))
        found, end = self.names_at(text)
        if found:
            rest = text[end:]
            comma = bool(re.match(r"\s*[,:]", rest))
            return found, rest.lstrip(" ,:"), comma
        return [], text, False


# --------------------------------------------------------------------------- statements

_ROLE_SPLIT = re.compile(r"\s*[,;]\s*|\s+and\s+(?=[A-Z])|\s+&\s+(?=[A-Z])")


def role_list(text: str) -> tuple[list[str], list[str]]:
    """CRediT slugs and the role phrases as written, when ``text`` is a
    list of role names ("Conceptualization, Software, Writing – review &
    editing"); empty when any part is not a role."""
    slugs: list[str] = []
    written: list[str] = []
    parts = [p.strip(" .") for p in _ROLE_SPLIT.split(text.strip().rstrip(".")) if p.strip(" .")]
    if not parts:
        return [], []
    for part in parts:
        part = re.sub(r"\s*\((?:lead|equal|supporting|supports?)\)\s*$", "", part, flags=re.IGNORECASE)
        part = re.sub(r"^(?:and|&)\s+", "", part)  # "..., and writing – review & editing": the list's last, after its comma
        slug = normalise_role(part)
        if slug is None and " and " in part:
            subs = [normalise_role(x) for x in part.split(" and ")]
            if all(subs):
                for x, s in zip(part.split(" and "), subs):
                    if s not in slugs:
                        slugs.append(s)  # type: ignore[arg-type]
                    written.append(x.strip())
                continue
        if slug is None:
            return [], []
        if slug not in slugs:
            slugs.append(slug)
        written.append(part)
    return slugs, written


def split_statement(text: str) -> list[str]:
    """Units of a statement: lines and bullets, then sentences and
    semicolon clauses. A full stop after initials ("J.J.D.") does not end a
    unit unless a new "Label:" or "All authors" follows."""
    units: list[str] = []
    for line in _lines(text):
        start = 0
        for m in re.finditer(r"[.;]\s+", line):
            before = line[start : m.start()]
            after = line[m.end() :]
            words = before.split()
            prev = words[-1] if words else ""
            ends_word = bool(re.search(r"[a-z0-9)\]]$", prev)) and not re.fullmatch(r"(?:[A-Z]\.?)+", prev)
            next_word = bool(re.match(r"[A-Z][a-z]", after))
            # (one glued to the given name too: "JoséE. Becerra")
            single_initial = bool(re.search(r"(?:^|[\s.]|[^\W\d_A-Z]{2})[A-Z]$", before))
            new_label = bool(re.match(r"[A-Z][\w ,&/–—'’\-]{1,60}?:\s", after))
            # "... at NERSC. RH worked on ...": initials and a verb open the next author's sentence
            new_initials = line[m.start()] == "." and bool(re.match(rf"(?:{_INITIALS})\s+[a-z]", after))
            if (
                line[m.start()] == ";"
                or ends_word
                or new_label
                or new_initials
                or (next_word and not single_initial)
                or _ALL_AUTHORS_START.match(line, m.end() - 1)
            ):
                units.append(line[start : m.start()].strip())
                start = m.end()
        units.append(line[start:].strip())
    return [u.strip(" .;") for u in units if u.strip(" .;")]


_LABEL = rf"[{UPPER}][\w'’\-.]*(?:[ .–—&/\-]+[\w'’\-.]+){{0,6}}?\s*:\s"
_LINE_START = re.compile(rf"^\s*(?:[-–•·▪●*]\s+|\d{{1,2}}[.)]\s+|{_LABEL}|(?:All|Both)\s+(?:the\s+)?(?:co-?)?authors\b)")


def _lines(text: str) -> list[str]:
    """Lines of a statement, with lines that a layout broke joined again:
    a line that ends with ":" or without closing punctuation goes on in
    the next one, unless that starts a new item (a bullet, "Name:",
    "All authors")."""
    raw = [ln for ln in re.split(r"\n+", text) if ln.strip()]
    out: list[str] = []
    for ln in raw:
        if out and not _LINE_START.match(ln) and (out[-1].rstrip().endswith(":") or not re.search(r"[.;!?)]\s*$", out[-1])):
            out[-1] = out[-1].rstrip() + " " + ln.strip()
        else:
            out.append(ln)
    items: list[str] = []
    for ln in out:
        # (a bar between two authors' entries too: "A, Conceptualization | B, Investigation", ASM)
        for part in re.split(r"(?:^|\s)[•·▪●]\s*|\s\|(?:\s|$)", ln):
            part = part.strip(" -–\t")
            if part:
                items.append(part)
    return items


@dataclass
class Contribution:
    slugs: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)

    def add(self, slugs: Iterable[str], written: Iterable[str]) -> None:
        for s in slugs:
            if s not in self.slugs:
                self.slugs.append(s)
        for w in written:
            w = " ".join(w.split()).strip(" .;,")
            if w and w not in self.written:
                self.written.append(w)


def _roles_of(phrase: str) -> tuple[list[str], list[str]]:
    slugs, written = role_list(phrase)
    if slugs:
        return slugs, written
    slugs = roles_from_text(phrase)
    return slugs, [phrase]


def read_statement(names: list[str], texts: Iterable[str]) -> dict[str, Contribution]:
    """Each author's contribution roles (CRediT slugs) and phrases as
    written, from contribution statements, by author name."""
    out: dict[str, Contribution] = {}
    if not names:
        return out
    roster = Roster(names)
    for text in texts:
        last_who: list[str] = []
        units = split_statement(text)
        # "S.H" | "Annabel Chen: Project administration": a name whose initials the splitter took for a unit's end
        for k in range(len(units) - 2, -1, -1):
            if re.fullmatch(r"(?:[A-Z]\.?-?){1,4}", units[k].strip()) and re.match(r"[A-Z][a-z]", units[k + 1]):
                joined = units[k].strip().rstrip(".") + ". " + units[k + 1]
                if _unit(joined, roster) is not None:  # (when the whole name is an author's; "C" | "Ström: ..." is read by the family name)
                    units[k : k + 2] = [joined]
        for unit in units:
            if EQUAL_CONTRIBUTION.search(unit) and len(unit) < 200:
                last_who = []
                continue
            found = _unit(unit, roster)
            if found is None:
                # "John Smith: Formal analysis; Writing – review & editing": more roles for the same authors
                slugs, written = role_list(unit)
                if slugs and last_who:
                    for n in last_who:
                        out.setdefault(n, Contribution()).add(slugs, written)
                continue
            who, slugs, written = found
            head = unit.partition(":")[0]
            last_who = who if ":" in unit and roster.listed(head) else []
            for n in who:
                out.setdefault(n, Contribution()).add(slugs, written)
    return out


def _unit(unit: str, roster: Roster) -> tuple[list[str], list[str], list[str]] | None:
    all_m = _ALL_AUTHORS.match(unit)
    if all_m:
        phrase = all_m.group("phrase").strip(" ,:")
        slugs, written = _roles_of(phrase)
        return (roster.names, slugs, written) if slugs else None
    # "Name: Role, Role" / "Role: A.B., C.D."
    head, colon, tail = unit.partition(":")
    if colon and head.strip() and tail.strip():
        who = roster.listed(head) if len(head) <= 120 else []
        if who:
            slugs, written = _roles_of(tail.strip())
            return who, slugs, written
        # (a role held by most of many authors makes a long list: "Investigation: " and twelve full names)
        who = roster.listed(tail) if len(tail) <= max(300, 60 * len(roster.names)) else []
        if who:
            slugs, written = _roles_of(head.strip())
            return who, slugs, written
    # MDPI: "Conceptualization, F.L. and A.B."; eLife: "AB, Conception and design"
    head, comma, tail = unit.partition(",")
    if comma and 3 <= len(head) <= 80:
        slug = normalise_role(head)
        who = roster.listed(tail) if slug else []
        if slug and who:
            return who, [slug], [head.strip()]
    who, rest, comma_after = roster.leading(unit)
    if who and rest.strip():
        rest = rest.strip(" ,:;.")
        if comma_after:
            parts = [p.strip(" .") for p in re.split(r"\s*[,;]\s*", rest) if p.strip(" .")]
            slugs: list[str] = []
            written: list[str] = []
            for p in parts:
                s2, w2 = _roles_of(p)
                slugs.extend(s for s in s2 if s not in slugs)
                written.extend(w2)
            return who, slugs, written
        slugs, written = _roles_of(rest)
        return who, slugs, written
    m = re.match(r"^(?P<phrase>.+?)\s+(?:was|were|has\s+been|have\s+been)?\s*(?:\w+ed\s+)?by\s+(?P<who>.+)$", unit)
    if m and (who := roster.listed(m.group("who"))):
        slugs, _ = _roles_of(m.group("phrase"))
        return who, slugs, [unit]
    for pm in re.finditer(r"\(([^()]{1,80})\)", unit):
        if who := roster.listed(pm.group(1)):
            phrase = (unit[: pm.start()] + unit[pm.end() :]).strip()
            slugs, written = _roles_of(phrase)
            return who, slugs, written
    return None


class HasRoles(Protocol):
    name: str
    roles: list[str]
    roles_as_written: list[str]


def apply_statements(authors: list[HasRoles], texts: Iterable[str]) -> None:
    """Give authors the roles their contribution statements state (added to
    any they already have)."""
    texts = [t for t in texts if t and t.strip()]
    if not authors or not texts:
        return
    got = read_statement([a.name for a in authors], texts)
    for a in authors:
        c = got.get(a.name)
        if c is None:
            continue
        for s in c.slugs:
            if s not in a.roles:
                a.roles.append(s)
        for w in c.written:
            if w not in a.roles_as_written:
                a.roles_as_written.append(w)


# what an author does in an acknowledgement that is no contribution: thanks and funding ("YYM acknowledges
# support", "KH is grateful", "The work of SH was supported")
_NOT_CONTRIBUTION = re.compile(r"^\s*(?:(?:also|further|gratefully|kindly)\s+)?(?:acknowledges?|thanks?|(?:is|are|was|were)\s+(?:also\s+)?(?:grateful|thankful|indebted|supported|funded|partly|partially|a\s+recipient|the\s+recipient)|receives?|received|holds?|held|has\s+been\s+supported|appreciates?|wishes|would)\b", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|\n+")


def is_initials_statement(text: str, names: list[str]) -> bool:
    """Whether ``text`` is a contribution statement written one author a
    sentence, each opened by that author's initials with no heading of its
    own ("GB managed the European grid work. FH implemented ..."), as some
    papers print it inside or after their acknowledgements: at least three
    such sentences for three authors, and most of the text."""
    if len(names) < 3 or len(text) < 60:
        return False
    sents = [x.strip() for x in _SENTENCES.split(text) if x and len(x.strip()) > 3]
    if len(sents) < 3 or not _LEADING_INITIALS.match(sents[0]) or sum(1 for x in sents if _LEADING_INITIALS.match(x)) < 3:
        return False  # a quick look before the roster is built
    roster = Roster(names)
    hits = 0
    who_all: set[str] = set()
    # ("All authors read and approved the final manuscript.": a statement's own closing, for nobody in particular)
    sents = [x for k, x in enumerate(sents) if k == 0 or not _ALL_AUTHORS.match(x)]
    for k, sent in enumerate(sents):
        m = _LEADING_INITIALS.match(sent)
        who = []
        if m and not m.group("comma"):
            rest = sent[m.end() :]
            if re.match(r"[a-z]", rest) and not _NOT_CONTRIBUTION.match(rest):
                who = roster.by_initials(m.group("who"))
        if not who and k == 0:
            return False  # thanks first, then who did what: an acknowledgement that goes on into the statement
        if who:
            hits += 1
            who_all.update(who)
    return hits >= 3 and len(who_all) >= 3 and hits * 3 >= len(sents) * 2


def statement_blocks(sections: Iterable[Any], names: list[str]) -> list[Any]:
    """The blocks of the acknowledgements that are contribution statements
    written one author a sentence (``is_initials_statement``)."""
    return [b for s in sections if s.kind == "acknowledgements" for b in s.blocks if is_initials_statement(b.text, names)]


# a sentence that says the roles follow in CRediT's terms, inside a note of another kind (APA's author note:
# "Author roles were classified using the Contributor Role Taxonomy (CRediT; https://credit.niso.org/): A: ...")
_CREDIT_LEAD = re.compile(r"(?:\bCRediT\b|Contributor\s+Roles?\s+Taxonomy)(?:[^:]|:(?!\s)){0,200}:\s+(?=\S)")


def credit_led(sections: Iterable[Any], names: list[str]) -> list[str]:
    """The roles stated after a sentence that introduces them in CRediT's
    terms, in a block outside the contributions section (an author note),
    when they give an author a role."""
    out = []
    for s in sections:
        if s.kind == "author_contributions":
            continue
        for b in s.blocks:
            m = _CREDIT_LEAD.search(b.text) if "redi" in b.text or "axonomy" in b.text else None
            if m and read_statement(names, [b.text[m.end() :]]):
                out.append(b.text[m.end() :])
    return out


def apply_section_statements(authors: list[HasRoles], sections: Iterable[Any]) -> str | None:
    """Read the paper's author-contributions sections (and statements
    printed one author a sentence inside the acknowledgements): give the
    authors the roles they state and return the statement text (None when
    there is none). One place for every parser that builds sections."""
    sections = list(sections)
    contrib = [s for s in sections if s.kind == "author_contributions"]
    # one text, so that a statement a layout broke over blocks ("Name:" then its roles) stays whole
    texts = ["\n\n".join(s.text for s in contrib if s.text.strip())]
    inside = statement_blocks(sections, [a.name for a in authors])
    texts += [b.text for b in inside]
    led = credit_led(sections, [a.name for a in authors]) if not any(s.text.strip() for s in contrib) else []
    texts += led
    apply_statements(authors, texts)  # (empty texts are skipped there)
    return "\n\n".join([s.text for s in contrib if s.text.strip()] + [b.text for b in inside] + led) or None
