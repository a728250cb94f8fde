"""Section kinds, decided once for every format from a heading (and, for
JATS, a ``sec-type``). Rules only ever see the kind."""

from __future__ import annotations

import re

_KINDS: list[tuple[str, re.Pattern[str]]] = [
    # LiveCoMS prints its thanks to non-authors under "Other Contributions"
    ("acknowledgements", re.compile(r"\ba?c?knowle?dge?m?e?n?ts?\b|^ack\b|^thanks\b|^acknowledgement|^acknowledgment|^aknowledg|^agradecim|^remerciement|^danksagung|^ringraziament|^dankwoord|^other\s+contributions$")),
    (
        "author_contributions",
        re.compile(
            r"\bauthor'?s?'?\s+contributions?\b|\bauthors?\s*'?\s*contributions?\b|\bcontributions?\s+of\s+(?:the\s+)?authors\b|"
            r"\bcredit\b(?:\s+author(?:ship)?)?|\bauthor(?:ship)?\s+contribution\s+statement\b|\bcontributorship\b|"
            r"\bdescription\s+of\s+authors?'?\s*roles\b|\bauthor\s+roles\b|^contributions?$|^contributors?$|^contributions?\s+statements?$|^statements?\s+of\s+(?:author\s+)?contributions?$|\bauthor\s+information\s+and\s+contributions\b"
        ),
    ),
    (
        "funding",
        re.compile(
            r"^funding\b|\bfunding\s+(?:information|statement|sources?|details)\b|\bsources?\s+of\s+funding\b|"
            r"\bfinancial\s+(?:support|disclosures?)\b|\bgrant\s+(?:support|information)\b|^financing\b|^support$"
        ),
    ),
    (
        "data_availability",
        re.compile(
            r"\bdata\s+(?:and\s+(?:code|software|materials?)\s+)?availab|\bavailability\s+of\s+(?:data|code|materials?|supporting)|"
            r"\bcode\s+availab|\bsoftware\s+availab|\bdata\s+access(?:ibility)?\s+statement|\bdata\s+sharing\b|\bresource\s+availability\b"
        ),
    ),
    (
        "figure_legends",
        re.compile(r"\bfigure\s+(?:legends?|captions?)\b|^legends?(?:\s+to\s+figures?)?$|^figures?$|^figure\s+titles?"),
    ),
    (
        "methods",
        re.compile(
            r"\bmethods?\b|\bmethodology\b|\bexperimental\s+(?:procedures?|section|design|setup|set-up|methods?)\b|^experimental$|"
            r"\bmaterials?\s+and\s+methods?\b|\bstudy\s+design\b|\bpatients?\s+and\s+methods\b|\bsubjects\s+and\s+methods\b|"
            r"^implementation$|\bdata\s+(?:collection|acquisition)\b|\bsample\s+preparation\b|\bprocedures?$"
        ),
    ),
]

# the headings a paper's sections go by, back matter and body alike ("References", "Competing
# interests", "Results and discussion"): a line that is one of them alone is a heading
STANDARD_HEADING = re.compile(
    r"^(?:competing\s+(?:financial\s+)?interests?(?:\s+statement)?|conflicts?\s+of\s+interests?(?:\s+statement)?|declarations?(?:\s+of\s+\w+(?:\s+\w+)?)?|"
    r"disclosures?|references?|bibliography|literature\s+cited|works\s+cited|abbreviations|additional\s+files?|supplementary\s+(?:materials?|information|data|files?)|"
    r"supplemental\s+(?:materials?|information|data)|supporting\s+information|author\s+details|author\s+information|affiliations|about\s+the\s+authors?|"
    r"ethics(?:\s+(?:approval|statement|declarations?))?(?:\s+and\s+consent.*)?|consent\s+for\s+publication|ethical\s+approval|publisher'?s?\s+note|"
    r"footnotes|notes|appendix(?:\s+\w+)?|appendices|grant\s+disclosures|statements\s+and\s+declarations|open\s+access|keywords|key\s+words|"
    r"abstract|summary|introduction|background|results(?:\s+and\s+discussion)?|discussion|conclusions?|limitations|significance|"
    r"materials?\s+and\s+methods|methods|trial\s+registration|list\s+of\s+abbreviations|orcid(?:\s+ids?)?|additional\s+information(?:\s+and\s+declarations)?)$",
    re.I,
)

_SEC_TYPES = {
    "methods": "methods",
    "materials|methods": "methods",
    "materials": "methods",
    "materials-methods": "methods",
    "data-availability": "data_availability",
    "data_availability": "data_availability",
    "ack": "acknowledgements",
    "acknowledgements": "acknowledgements",
    "acknowledgments": "acknowledgements",
    "author-contributions": "author_contributions",
    "funding": "funding",
    "funding-information": "funding",
    "supported-by": "funding",
    "financial-disclosure": "funding",
    "author-contribution": "author_contributions",
    "acknowledgment": "acknowledgements",
    "acknowledgement": "acknowledgements",
    "data-availability-statement": "data_availability",
}

_NUMBERING = re.compile(r"^\s*(?:[0-9]+(?:\.[0-9]+)*\.?|[IVXLC]+\.|[A-Z]\.)\s+")


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def clean_heading(text: str) -> str:
    t = re.sub(r"\s+", " ", (text or "").translate(_APOSTROPHES)).strip()
    t = _NUMBERING.sub("", t)
    return t.strip(" :.-–—*#")


_ACK_WORDS = ("acknowledgements", "acknowledgments", "acknowledgement", "acknowledgment")


def _slips(a: str, b: str) -> int:
    """The number of typing slips between two words: letters left out,
    added, mistyped or swapped with the next (optimal string alignment)."""
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def classify_heading(heading: str | None, sec_type: str | None = None) -> str:
    """The section kind for a heading (``"other"`` when none applies)."""
    if sec_type:
        for part in [sec_type.lower(), *re.split(r"[\s,;|]+", sec_type.lower())]:
            if part in _SEC_TYPES:
                return _SEC_TYPES[part]
    if not heading:
        return "other"
    t = clean_heading(heading).lower()
    if not t or len(t) > 120:
        return "other"
    if re.search(r"\backnowle?dge?m?e?n?ts?\b|^acknowledg|^aknowledg|^acknowlegd?e?ments?|^agradecim|^remerciement|^danksagung|^ringraziament", t):
        return "acknowledgements"
    if re.fullmatch(r"[a-z]{12,17}", t) and t[0] == "a" and any(_slips(t, w) <= 2 for w in _ACK_WORDS):
        return "acknowledgements"  # "Ackowledgements", "Acknowlegdements": the heading misspelt, a letter or two off
    for kind, pat in _KINDS:
        if pat.search(t):
            # "Methods" inside long titles like "A new method for ..." is not a methods section
            if kind == "methods" and len(t.split()) > 6:
                continue
            return kind
    return "other"


_CLOSING = re.compile(
    r"\b(?:we|i|the\s+authors?)\s+(?:\w+\s+){0,4}(?:thank|acknowledge|are\s+grateful|am\s+grateful|are\s+indebted)|"
    r"\b(?:grateful|indebted|thankful)\s+to\b|\bthanks\s+(?:are\s+due\s+)?to\b|\b(?:gratitude|appreciation)\s+to\b|"
    r"\b(?:this|the)\s+(?:research|work|study|project|paper)\s+(?:has\s+)?(?:made|makes)\s+use\s+of\b|"
    r"\b(?:this|the)\s+(?:research|work|study|project)\s+(?:was|is|has\s+been)\s+(?:\w+\s+){0,2}(?:supported|funded)\s+by\b|"
    r"\b(?:was|is|were)\s+supported\s+by\s+(?:a\s+|the\s+)?(?:\w+\s+){0,3}grants?\b|\bis\s+supported\s+by\s+the\s+National\b|"
    # the statements of data, observations and funding that end an acknowledgement ("This project used data
    # obtained with DECam ... Funding for the DES Projects has been provided by ...", "This work is based on
    # observations made with ...")
    r"\b(?:this|the)\s+(?:research|work|study|project|paper)\s+(?:has\s+)?(?:used|uses)\s+(?:data|resources|observations|facilities)\b|"
    r"\bfunding\s+for\s+(?:[\w-]+\s+){1,6}(?:has\s+been|was|is)\s+provided\s+by\b|"
    r"\b(?:this|the)\s+(?:research|work|study|project|paper)\s+is\s+(?:partly\s+|partially\s+)?based\s+(?:in\s+part\s+)?on\s+(?:observations|data)\b",
    re.I,
)
_BACK_MATTER = re.compile(
    r"^(?:\d+\.?\s+)?(?:references?|bibliography|literature\s+cited|works\s+cited|supplementary\s+(?:materials?|information|data|files?)|"
    r"supplemental\s+(?:materials?|information|data)|supporting\s+information|appendix(?:\s+[A-Z0-9]{1,2})?|appendices)\s*[:.]?$",
    re.I,
)
_NOT_BODY_END = frozenset({"acknowledgements", "author_contributions", "funding", "data_availability", "figure_legends"})


def _trailing_matter(blocks: list) -> int:
    """How many blocks at the end are tables, captions or short lines
    (software and facility lists) rather than prose."""
    n = 0
    for b in reversed(blocks):
        if b.kind in ("table", "caption") or (b.kind in ("paragraph", "other") and len(b.text) < 160 and not re.search(r"[.!?]\s*$", b.text.strip())):
            n += 1
            continue
        break
    return n if n <= 6 else 0


def untitled_acknowledgements(blocks: list):
    """An untitled acknowledgement made of the body's closing blocks."""
    from ..model import Section

    return Section(kind="acknowledgements", heading=None, level=1, location=blocks[0].location, blocks=blocks)


def promote_closing_acknowledgements(sections: list, make_section=untitled_acknowledgements, *, body_end: int | None = None) -> list:
    """Papers that thank without a heading (AASTeX and many preprints end
    their last section with "We thank ...", "This research made use of
    ..."): when no acknowledgements section exists, the closing paragraphs
    of the body that thank or name support become one. ``make_section``
    builds the new section from its first block."""
    if any(s.kind == "acknowledgements" for s in sections):
        return sections
    # the last body section that ends by thanking (appendices may follow it)
    idx = None
    looked = 0
    # the body ends where the bibliography or the appendices start, when the format says so
    last = len(sections) - 1 if body_end is None or body_end < 0 else min(body_end, len(sections) - 1)
    if body_end is None:
        # else where the back matter's first heading says so, past the first third ("Supplementary
        # Information", "References", "Appendix A"): figure legends set as sections of their own after
        # it are not where a body ends (and when no thanks close the body there, the whole is looked at)
        back = next((i for i in range(len(sections) // 3, len(sections)) if _BACK_MATTER.match((sections[i].heading or "").strip())), None)
        if back is not None and back > 0:
            got = promote_closing_acknowledgements(sections, make_section, body_end=back - 1)
            if len(got) != len(sections):
                return got
    for i in range(last, -1, -1):
        s = sections[i]
        if s.kind in _NOT_BODY_END or not s.blocks:
            continue
        heading = (s.heading or "").lower()
        if re.search(r"\b(?:references|bibliography|literature\s+cited)\b", heading):
            continue
        looked += 1
        if _CLOSING.search(s.blocks[-1].text):
            idx = i
            break
        # thanks followed only by tables or short lines (AASTeX \facilities, \software)
        tail = _trailing_matter(s.blocks)
        if tail and tail < len(s.blocks) and _CLOSING.search(s.blocks[-tail - 1].text):
            idx = i
            break
        if looked >= 6:
            break
    if idx is None:
        return sections
    sec = sections[idx]
    end = len(sec.blocks)
    if not _CLOSING.search(sec.blocks[-1].text):
        end -= _trailing_matter(sec.blocks)
    k = end
    while k > 0 and sec.blocks[k - 1].kind in ("paragraph", "footnote", "other") and _CLOSING.search(sec.blocks[k - 1].text):
        k -= 1
    if k == end or k == 0 and sec.kind != "other":
        return sections
    moved = sec.blocks[k:end]
    sec.blocks = sec.blocks[:k] + sec.blocks[end:]
    ack = make_section(moved)
    out = list(sections)
    out.insert(idx + 1, ack)
    return out
