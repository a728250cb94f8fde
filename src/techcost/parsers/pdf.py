"""Read draft papers saved as PDF.

Text comes from pypdfium2 (PDFium, installed with pdfplumber). PDFium
builds a page's text in 2-3 ms and each line then needs a handful of calls
for its position, size and font, so a page is read in 5-7 ms: about 0.05
of what pdfplumber's ``extract_text`` takes (``benchmarks/bench_pdf.py``).
Where PDFium reads a ligature of a TeX font as a control character ("Lö\\x1ber"
for "Löffler"), pdfplumber's pdfminer is asked for that page's glyph names,
which give its letters; no other page is read twice.
pdfplumber sorts two-column pages line by line across both columns;
PDFium keeps the content-stream order, but reading order is decided here
from geometry anyway:

- **lines**: PDFium's lines, split where it joined a hyphenated word with
  the next line, ran two visual lines together or (in files that write
  text row by row across columns) ran a left-column line into the
  right-column one beside it; fragments of one visual line (superscripts,
  drop caps) are merged; rotated text is left out;
- **running heads and feet**: lines in the top or bottom tenth of a page
  whose text, digits ignored, repeats on other pages, bare page numbers and
  manuscript line numbers in the margin are dropped;
- **columns**: each page is cut recursively (an XY cut): where a vertical
  gap runs through every line the parts are read left to right; where only
  some wide lines (a title, an abstract, a caption) cross a gutter that
  lines on both sides share, the page is cut into bands at those lines;
- **blocks**: lines join into paragraphs unless a gap (judged against the
  document's usual line spacing), an indent, a change of size or a short
  line that ends a sentence says otherwise; a paragraph broken by a column
  or page end, a footnote or a figure continues where it picks up;
- **headings** by size, boldness, capitals, numbering or what they say
  (``classify_heading``), including run-in headings ("Acknowledgements. We
  thank ..."); **footnotes** are small text below a column's body text;
  **captions** start "Figure n"/"Table n";
- **acknowledgements without a heading** (a "We thank ..." paragraph in the
  second half of the paper or in a footnote) get a section of their own;
- **authors** are read from the lines under the title (on the first page
  with text), with superscript markers found from character sizes and
  matched to the affiliation lines below; a paper with no author line (a
  column, an essay) falls back to a closing biography whose family name
  heads the running citation.

Limits: the first ``TECHCOST_MAX_PDF_PAGES`` pages (300) are read and a
file taking longer than ``TECHCOST_MAX_PDF_SECONDS`` (120) is given up;
images are never rendered. Encrypted files, damaged or truncated files and
files without a text layer raise the matching ``InputFileError``.

The format-neutral pieces (name lists, thanks sentences, contribution
statements, headings said in words) are shared with the Word reader.
"""

from __future__ import annotations

import contextvars
import math
import os
import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..errors import EncryptedInput, InputFileError, LimitExceeded, NotUnderstood
from ..letters import LOWER, UPPER
from ..model import Author, Location, Manuscript, Section, TextBlock
from ..names import (
    ELIDED_FAMILY,
    PARTICLES,
    given_an,
    is_placeholder_name,
    without_honorific,
    without_nickname,
    without_role_notes,
)
from ..names import fold as _fold_name
from ..statements import EMAIL, ORCID, apply_section_statements, find_email
from . import limits  # noqa: E402  (read at call time: configuration may raise them)
from ._sections import (
    STANDARD_HEADING,
    classify_heading,
    clean_heading,
    promote_closing_acknowledgements,
)
from ._text import (
    AFFILIATIONS_LABEL,
    AFFILIATIONS_NOTE,
    ARTICLE_TYPE,
    AUTHORS_LABEL,
    DEGREE,
    IS_WITH,
    address_end,
    bracketed_numbers_as_marks,
    is_author_note,
    is_job_title,
    looks_like_affiliation,
    looks_like_place,
    mark_keys,
    names_group_or_field,
    names_of_label,
    new_place,
    not_a_place,
    places_by_initials,
    places_in_labelled_note,
    places_said_with,
    role_and_holders,
    running_text,
    split_run_in,
    strip_orcid_notes,
    vancouver_order,
    without_address,
    without_group_written_for,
    without_orcid_list,
    without_post,
)

# ======================================================================
# format-neutral helpers (also used by the Word reader)
# ======================================================================

MARKS = "*∗†‡§¶‖#⁎✝✉⇑⁑¹²³⁴⁵⁶⁷⁸⁹⁰"
_MARK_RUN = re.compile(r"(?<=[^\W\d_.)’'])((?:[\d" + re.escape(MARKS) + r"]+(?:,(?=[\d" + re.escape(MARKS) + r"]))?)+)")
_SUP_OPEN, _SUP_CLOSE = "⟨", "⟩"
# (the accents are those of ``_COMBINING``, below, with the marks they stand for)
_SPLIT_ACCENT = re.compile(r"(?<=[^\W\d_]) ([^\W\d_])(,?) ([´`ˇ¨˜ˆ˚˘˝¸˙])(?=\s|,|" + "⟨" + r"|$)")
_SPLIT_TAIL = re.compile(r"(?<![^\s,])([A-Z\u00c0-\u024f][^\W\d_]*[^\W\d_\s]) ([a-z\u00df-\u024f][^\W\d_]{0,3})(?=\s*(?:⟨|,|;|$))")
_PARTICLE_TAILS = frozenset({"de", "da", "do", "di", "du", "van", "von", "der", "den", "del", "la", "le", "y", "e", "i", "jr", "sr"})
_ENDS_IN_MARK = re.compile(r"[^\W\d_][\d\u03b1-\u03c9" + re.escape(MARKS) + r",]{1,8}\s*$")
_GREEK_MARKS = re.compile(r"(?<=[A-Za-z\u00c0-\u024f])([\u03b1-\u03c9](?:\s?,\s?[\u03b1-\u03c9" + re.escape(MARKS) + r"])*[" + re.escape(MARKS) + r"]*)(?=[\s,;]|$)")
# marks after the comma that parts two names belong to the name before ("Balicer,*† Shmuel ...", "Pokamunski,‡ and Itamar ...")
_LEADING_MARKS = re.compile(r"^\s*((?:\d{1,2}|[" + re.escape(MARKS) + r"]{1,3})(?:\s*[,\s]\s*(?:\d{1,2}|[" + re.escape(MARKS) + r"]{1,3}))*)(?=\s+(?:[A-Z]|and\s|&)|\s*$)")

_NOT_NAME_WORDS = frozenset(
    """university universidad universität universite université department dept institute institut laboratory lab
    hospital school college centre center faculty division unit program programme group abstract introduction
    background research article journal open access review editor editors correspondence corresponding received
    accepted published copyright keywords key words the of for and in on at to with from by a an is are was this
    these our we science sciences health medicine medical clinical foundation national international society
    road street avenue box email e-mail tel fax phone author authors address affiliation affiliations study
    department. ltd inc gmbh corporation company technologies biology chemistry physics engineering data
    methods results discussion conclusion conclusions summary figure table supplementary information
    association associations council agency academy consortium federation
    dear reviewer reviewers referee report reference template digest course title""".split()
)
# (degrees one after another are parted by a comma, "&" or a space: "Barn" is a name, not "BA" run into "RN")
_DEGREES = re.compile(rf"^{DEGREE}(?:(?:\s*[,&]\s*|\s+){DEGREE})*$", re.I)

_PARTICLES = PARTICLES


def mark_superscripts(text: str) -> str:
    """Wrap runs of affiliation markers that follow a name (``Smith1,2*``)
    in ``⟨⟩`` so a name list can be split on commas safely."""
    return _MARK_RUN.sub(lambda m: _SUP_OPEN + m.group(1) + _SUP_CLOSE, text)


def _split_markers(part: str) -> tuple[str, list[str]]:
    marks: list[str] = []

    def grab(m: re.Match[str]) -> str:
        for tok in re.split(r"[,\s]+", m.group(1)):
            tok = tok.strip()
            if not tok:
                continue
            # "1*" -> "1", "*"; "ab" stays one letter each
            for piece in mark_keys(tok):
                if piece not in marks:
                    marks.append(piece)
        return " "

    name = re.sub(_SUP_OPEN + r"([^" + _SUP_CLOSE + r"]*)" + _SUP_CLOSE, grab, part)
    return re.sub(r"\s+", " ", name).strip(), marks


def _tidy_name(name: str) -> str:
    """Title-case family names printed in capitals (``DOUGLAS`` -> ``Douglas``)."""
    name = re.sub(r"[’‘ʼ]", "'", name).strip(" ,;:.-–—" + MARKS).strip()
    name = re.sub(r"^(?:and|&)\s+", "", name, flags=re.I)
    name = without_honorific(name)  # "Dr. J. Jabez"
    # "Stuart p. Wilson": a middle initial set in small capitals, extracted in lower case
    name = re.sub(r"^([^\W\d_a-z][^\W\d_]+ )([a-z])\.(?= [^\W\d_a-z])", lambda m: m.group(1) + m.group(2).upper() + ".", name)
    # "Yuhui MaID": the ORCID badge, set in a font whose glyphs read "iD", glued to the name
    # (a capital "ID" is the badge alone: "Saber YezliID" is Saber Yezli)
    name = re.sub(r"(?<=[a-z])(?:ID|i?iD)$", "", name)
    # "JoséE. Becerra": a middle initial glued to the given name before it
    name = re.sub(r"(?<=[^\W\d_A-Z]{2})([A-Z]\.)(?=\s)", r" \1", name)
    # "KasthuriVenkateswaran": given and family names printed without the space between them
    # (not "McDonald", "DeVries", "MacArthur": a prefix of three letters or fewer)
    # ("Fu-ShiQuan", "SeungYeonYoo": a hyphenated given name, or given names of two words, run in too)
    if " " not in name:
        # ("CélineTardy", "ÉliseMoreau", "JoséRamírez": letters of any Latin script)
        m = re.fullmatch(rf"([{UPPER}][{LOWER}]{{3,}}|[{UPPER}][{LOWER}]+-[{UPPER}][{LOWER}]+)((?:[{UPPER}][{LOWER}]{{2,}}){{1,2}})", name)
        if m:
            name = m.group(1) + " " + " ".join(re.findall(rf"[{UPPER}][{LOWER}]+", m.group(2)))
    words = []
    # (in a name set wholly in capitals a family name of two letters is one too: "JIAJIE MA")
    shortest = 2 if all(c.isupper() for c in re.sub(r"[^\w]|\b\w\b", "", name)) else 3
    for w in name.split():
        core = re.sub(r"[^\w]", "", w)
        if len(core) >= shortest and core.isupper() and core.isalpha() and not re.fullmatch(r"[IVX]+", core):
            w = w.title()  # "DOUGLAS" -> "Douglas"; "III" stays
        words.append(w)
    out = " ".join(words)
    # "Aaron Conway PhD", "Kristina Chang MScN", "Matteo Parotto MD, PhD": degrees after the name go
    toks = out.split()
    while len(toks) > 2 and _DEGREES.match(toks[-1].strip(",")) and not re.fullmatch(r"(?:jr|sr|ii|iii|iv)\.?", toks[-1].strip(","), re.I):
        toks.pop()  # a generational suffix ("Driggers III", "Smith Jr.") is part of the name
    out = " ".join(toks).rstrip(",")
    if out.endswith(".") and not re.search(r"\b(?:[A-Z]|Jr|Sr)\.$", out):
        out = out[:-1]
    return out


# degrees that open the line of the course an author studies ("MTech VLSI Design", "MSc Data Science")
_DEGREE_FIRST = frozenset(["mtech", "btech", "msc", "bsc", "phd", "mphil", "mres"])  # (not "Meng", "Beng": given names too)


def is_name(text: str) -> bool:
    """Whether ``text`` reads as one person's printed name: two to six
    capitalised words, initials or particles, and none of the words that
    mark an affiliation, a heading or a sentence."""
    t = text.strip()
    if not t or len(t) > 60 or any(ch.isdigit() for ch in t) or "@" in t or "/" in t:
        return False
    if re.search(r"[()\[\]{}:;!?=+<>|\"“”]", t):
        return False
    tokens = t.replace("’", "'").split()
    if not 2 <= len(tokens) <= 6:
        return False
    if is_job_title(t) or tokens[0].lower().replace(".", "") in _DEGREE_FIRST:
        return False  # "Assistant Professor", "Mtech VLSI Design": the post or the course under a name, no name
    long_words = 0
    for i, tok in enumerate(tokens):
        core = tok.strip(".,")
        low = core.lower()
        if core and core[0].isupper() and (re.fullmatch(r"(?:[A-Z]\.?-?){1,3}", core) or re.fullmatch(r"[^\W\d_]\.", tok)):
            continue
        if low in _NOT_NAME_WORDS and not (core == "An" and (i == len(tokens) - 1 and i > 0 and tokens[i - 1][:1].isupper() or (i + 1 < len(tokens) and given_an(tokens[i + 1])))):
            return False  # (not "Kang An": a family name that is the word "an", last after a given name; nor "An Shu Te")
        if low in _PARTICLES and 0 < i < len(tokens) - 1:
            continue
        if i > 0 and re.fullmatch(r"(?:de|di|da|du|del|della|van|von|le|la|mac|st)[A-Z][^\W\d_]+", core):
            long_words += 1  # "deMayo", "vanDyke": a particle joined to the family name
            continue
        if i > 0 and ELIDED_FAMILY.fullmatch(core):
            long_words += 1  # "Baillot d'Étiaux", "dell'Orto": a particle run in by an apostrophe
            continue
        if not core or not core[0].isupper():
            return False
        # "Ye‑Ebiyo" with a non-breaking hyphen; "F.-Xabier", an initial joined to the given name
        if not re.fullmatch(r"(?:[A-Z]\.[-\u2010\u2011])?[^\W\d_]+(?:[-\u2010\u2011'][^\W\d_]+)*\.?", core):
            return False
        long_words += 1
    if names_group_or_field(t):
        return False
    return long_words >= 1 and not all(len(tk.strip(".")) == 1 for tk in tokens)


_CAMEL_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=[a-z]\.)(?=[A-Z][a-z])|(?<=[A-Z]\.)(?=[A-Z][a-z]{2})")
_INITIALLED_NAMES = re.compile(r"(?:[A-Z][a-z]+(?:\s+[A-Z]\.)+\s+[A-Z][\w'’\-]+(?:\s*⟨[^⟩]{1,12}⟩|[^\w\s.,⟨⟩])*\s*){2,8}")


def split_names(text: str) -> list[tuple[str, list[str]]]:
    """A printed author list as (name, markers) pairs, in order. Markers
    already wrapped in ``⟨⟩`` are used; bare ones are found first."""
    t = text.replace("\u00a0", " ")
    # "Y. Li Æ H. Tokura": older Springer PDFs print the "·" between names in a font whose code reads "Æ"
    t = re.sub(r"(?<=\S)\s+Æ(?=\s+[A-Z])", " ·", t)
    # "A, B and Bin Du⟨7*⟩ on behalf of the X Trials Group": the group the authors write for is not one of them
    t = without_group_written_for(t)
    # "Milton H., Jr. Saier": a suffix printed between the given and the family name goes after it
    t = re.sub(r"\b([A-Z][a-z]+(?:\s+[A-Z]\.)*),\s+(Jr\.|Sr\.)\s+([A-Z][\w'’\-]+)", r"\1 \3 \2", t)
    # "Andr⟨⟩eia", "Gael Varoquaux ¨": an empty raised run and an accent printed apart from its letter
    t = re.sub(_SUP_OPEN + r"\s*" + _SUP_CLOSE, "", t)
    # "Čechov a, ´": a name's last letter set apart with its accent drawn after it: the letter it is
    t = _SPLIT_ACCENT.sub(lambda m: unicodedata.normalize("NFC", m.group(1) + _COMBINING[m.group(3)]) + m.group(2), t)
    t = re.sub(r"\s+[¨´ˇ˜ˆ˘˙˚˝¸`](?=\s|,|$)", "", t)
    # "Ondrej Šau ša": a name's last part set apart by an accented letter's width (not a particle, "Kim van")
    t = _SPLIT_TAIL.sub(lambda m: m.group(0) if m.group(2).lower() in _PARTICLE_TAILS else m.group(1) + m.group(2), t)
    # "YonghuaHan,*,†,1TaoZhang", "KyleLo†∗ LucyLuWang†∗": a line printed with its spaces left out, more
    # word breaks inside the words than spaces: the breaks go back where a capital follows a small letter
    if len(_CAMEL_BREAK.findall(t)) > t.count(" ") + 1:
        t = re.sub(r"(?<=[\d*∗†‡§¶,])and(?=[A-Z])", " and ", t)
        t = _CAMEL_BREAK.sub(" ", t)
        t = re.sub(r"(?<=\d)(?=[A-Z][a-z])", " ", t)
    # "Kim Park†∗ Jo Bloggs†": names parted by nothing but their symbol marks
    t = re.sub(r"(?<=[^\W\d_])([*∗†‡§¶‖]+)\s+(?=[A-Z])", r"\1, ", t)
    # "Jay A. Farrell Paul F. Roysdon∗": names with a middle initial set side by side, no comma between
    if _INITIALLED_NAMES.fullmatch(t.strip()):
        t = re.sub(r"(?<=[^\W\d_]{2})([^\w\s.]*)\s+(?=[A-Z][a-z]+\s+(?:[A-Z]\.\s*)+[A-Z])", r"\1, ", t.strip())
    # "Stuart P.Wilson", "LeahA. Krubitzer": an initial run into the word beside it (a space the PDF left out)
    t = re.sub(r"(?<![^\W\d_])([A-Z]\.)(?=[A-Z][a-z])", r"\1 ", t)
    t = re.sub(r"(?<=[a-z]{2})([A-Z]\.)(?=\s)", r" \1", t)
    # a dagger or double dagger that a font maps to a brace ("Iain J. Anderson1{,"): a mark
    t = re.sub(r"(?<=[\w.⟩])\s*[{}]+(?=\s*(?:[,;]|and\b|&|$))", "", t)
    if _SUP_OPEN not in t:
        t = mark_superscripts(t)
    else:
        # "SHARMA†⟨1⟩, MASUYER‡": symbols set on the line beside raised marks are marks too
        t = re.sub(r"(?<=[^\W\d_.)’'])([*∗†‡§¶‖#]+)(?=\s*(?:[,;" + _SUP_OPEN + r"]|and\b|&|$))", lambda m: _SUP_OPEN + m.group(1) + _SUP_CLOSE, t)
    # "Kyle Lo⟨†∗⟩ Lucy Lu Wang⟨†∗⟩": raised marks, then space and the next name, part two names;
    # "Ann Reich ⟨1⟩* ID and ...": the "ID" of an ORCID badge beside the marks goes
    t = re.sub(r"(?<=[" + _SUP_CLOSE + r"*∗†‡])\s+ID(?=\s*(?:,|;|and\b|&|$))", "", t)
    # (whatever the alphabet: "Ribeiro⟨3⟩ Júlia Trevisan Martins⟨3⟩", "⟨1⟩ Ólafur")
    t = re.sub(_SUP_CLOSE + r"\s+(?=[^\W\d_a-z][^\W\d_A-Z])", _SUP_CLOSE + ", ", t)
    # separators outside markers: commas, semicolons, " and ", " & "
    parts: list[str] = []
    buf: list[str] = []
    depth = 0
    for ch in t:
        if ch == _SUP_OPEN:
            depth += 1
        elif ch == _SUP_CLOSE:
            depth = max(0, depth - 1)
        if depth == 0 and ch in ",;|·•":  # "Craig1 | Jones2" (Wiley), "A · B" (Springer): separators too
            parts.append("".join(buf))
            buf = []
            continue
        buf.append(ch)
    parts.append("".join(buf))
    out: list[tuple[str, list[str]]] = []
    for raw in parts:
        # "L. G. BOUMA, ⟨1⟩ J. D. HARTMAN, ⟨1⟩": raised marks set after the comma (AAS journals) belong to
        # the name before, when that name has none of its own
        wrapped = re.match(r"^\s*((?:" + _SUP_OPEN + r"[^" + _SUP_CLOSE + r"]*" + _SUP_CLOSE + r"\s*)+)(?=\S)", raw)
        if wrapped and out and not out[-1][1]:
            out[-1][1].extend(m for m in mark_keys(wrapped.group(1)) if m not in out[-1][1])
            raw = raw[wrapped.end() :]
        # "BOUMA, 1 J. D. HARTMAN, 1 R. BRAHM, 2, 3 P. EVANS": numbers after a comma belong to the name before
        lead = _LEADING_MARKS.match(raw)
        if lead and out:
            out[-1][1].extend(m for m in re.findall(r"\d+|[^\w\s,]", lead.group(1)) if m not in out[-1][1])
            raw = raw[lead.end() :]
            if not raw.strip():
                continue
        # "Marta Seretny a,⇑": a lower-case letter after the name is a marker
        if out and re.fullmatch(r"\s*[a-h]\s*", raw):
            out[-1][1].append(raw.strip())  # "Springer a,b": the second letter of a marker list
            continue
        # "Kreakie, B. J. * 1, Shivers, S. 2": marks after the initials of a name printed family name first
        raw = re.sub(
            r"^(\s*(?:[A-Z]\.\s?-?\s?){1,4})\s*([*⇑†‡§¶∗]?\s*\d{1,2}(?:\s*,\s*\d{1,2})*\s*[*⇑†‡§¶∗]*|[*⇑†‡§¶∗]+)\s*$",
            lambda m: m.group(1).rstrip() + _SUP_OPEN + re.sub(r"\s+", "", m.group(2)) + _SUP_CLOSE,
            raw,
        )
        # "Stuart P. Wilson 1*", "Jo Bloggs 2 and Ana Li": marks set apart from the name by a space
        raw = re.sub(
            r"(?<=[^\W\d_]{2})\s+(\d{1,2}(?:\s*,\s*\d{1,2})*\s*[*⇑†‡§¶∗]*|[*⇑†‡§¶∗]+)(?=\s*$|\s+(?:and|&)\s)",
            lambda m: _SUP_OPEN + m.group(1).replace(" ", "") + _SUP_CLOSE,
            raw,
        )
        tail = re.match(r"^(.*[A-Za-zÀ-ÿ]{2,})\s+([a-h](?:\s*[*⇑†‡§¶∗])*)\s*$", raw)
        if tail and tail.group(1).strip() and re.search(r"[A-Z]", tail.group(1)):
            raw = tail.group(1) + _SUP_OPEN + tail.group(2).replace(" ", "") + _SUP_CLOSE
        # ("LUKE G. BOUMA AND MOIRA M. JARDINE": names set in capitals write "and" in capitals too)
        conj = r"(?:and|AND|&)" if not re.search(r"[a-z]", re.sub(r"\band\b", "", raw)) else r"(?:and|&)"
        for piece in re.split(r"(?:\s+|(?<=" + _SUP_CLOSE + r"))" + conj + r"\s+|^\s*" + conj + r"\s+", raw):
            name, marks = _split_markers(piece)
            name = _tidy_name(re.sub(r"\s+ID$", "", name))  # the "ID" of an ORCID badge printed as text
            if not name:
                if marks and out:
                    out[-1][1].extend(m for m in marks if m not in out[-1][1])
                continue
            if _DEGREES.match(name):
                if marks and out:
                    out[-1][1].extend(m for m in marks if m not in out[-1][1])  # "Jane Doe, MD^1^"
                continue
            out.append((name, marks))
    return out


# a line that names the kind of paper ("Student Project Expo Paper", "Technical Note"): a banner, no names
_PAPER_KIND_END = re.compile(r"\b(?:papers?|reports?|abstracts?|proceedings|e-?briefs?|notes?)\s*$", re.IGNORECASE)


def parse_author_line(text: str) -> list[tuple[str, list[str]]] | None:
    """Names in a line that is an author list, or None when the line is
    something else (an affiliation, a sentence, a heading)."""
    if len(text or "") > 6000:
        return None
    # (a glyph of the private use area is an icon, PNAS's ORCID mark after a name: "Métras⟨a⟩\ue840,")
    text = _PRIVATE_USE.sub("", text or "")
    text = strip_orcid_notes(text)  # "Kim Park (ORCID: 0000-...), Jo Bloggs": the iDs go to attach_contacts
    # "Simon De Deyne (s.deyne@x.be)1,2": an address in brackets beside a name goes to attach_contacts too
    text = _BRACKETED_EMAIL.sub("", text)
    if not text or "@" in text or re.search(r"https?:|www\.|\bdoi\b", text, re.I):
        return None
    # the kind of paper a conference's banner names ("Student Project Expo Paper", "White Paper"): no names end so
    if _PAPER_KIND_END.search(text):
        return None
    text = re.sub(r"^\s*(?:authors?['’]?(?:\s+names?)?|names?\s+of\s+(?:the\s+)?authors?|by)\s*[:.]?\s+", "", text, flags=re.I)
    # "Doug Downeyα,η Luca Soldainiα∗": Greek letters set right after a name in Latin letters are its marks
    text = _GREEK_MARKS.sub(lambda m: _SUP_OPEN + m.group(1) + _SUP_CLOSE, text)
    # "1 st Imran Ashraf", "2nd Tanzila Kehkashan": the ordinal IEEE's conference template sets before each name
    text = re.sub(rf"(?:^|(?<=,))\s*\d{{1,2}}\s?{_SUP_OPEN}?\s?(?:st|nd|rd|th)\s?{_SUP_CLOSE}?\s+(?=[{UPPER}])", " ", text).strip()
    # "Courtney Beard and": a line of names that goes on to the next one (NIH author manuscripts set each
    # author over their own place) ends in its "and"
    text = re.sub(r"(?<=\S)\s*,?\s+(?:and|&)\s*$", "", text)
    # a nickname inside a name, "J. S. (Pat) Heslop-Harrison", 'Robert "Bob" Smith': no part of it
    text = without_nickname(text)
    # "Bo Tran2 (editor, WG organizer)": what an author did, noted beside the name, is no part of the list
    text = without_role_notes(text)
    # "Antoñana-Vildosola⟨2,11,⟩ Cátia O. Soares": the comma after the names was set raised with the marks
    # (only marks set right after a name and followed by the next name: "BRAHM, ⟨2,⟩ ⟨3⟩ P. EVANS" sets marks after the comma)
    text = re.sub(r"([^\W\d_]\s?)" + _SUP_OPEN + r"([^" + _SUP_CLOSE + r"]*?)\s*,\s*" + _SUP_CLOSE + r"(?=\s*[^\W\d_])", r"\1" + _SUP_OPEN + r"\2" + _SUP_CLOSE + ",", text)
    text = _IEEE_GRADE.sub("", text)  # "A. West Jr., Graduate Student Member, IEEE, J. Hermus": grades go
    if not text.isascii():
        text = repair_accents(text)  # (a line read glyph by glyph keeps TeX's accents apart: "T ˘anase", "Mitelu̧t")
    # a ligature read as raised inside a word ("Morgan M. Ste⟨ff⟩en"): letters, not a mark
    text = re.sub(r"(?<=[" + LOWER + r"])" + _SUP_OPEN + r"([" + LOWER + r"]{1,3})" + _SUP_CLOSE + r"(?=[" + LOWER + r"])", r"\1", text)
    # an accent TeX set apart from its letter, alone after a name ("J. C. Munoz-Cuartas ˜⟨2⟩"): no part of it
    text = re.sub(r"(?<=[^\W\d_])\s+[˜´`¨ˆ˘ˇ¸˝](?=\s*(?:" + _SUP_OPEN + r"|,|;|$))", "", text)
    # names parted only by their raised marks ("C. N. Poveda-Ruiz⟨1⟩ J. E. Forero-Romero⟨1⟩ J. C. ..."): each
    # mark closes a name when a name opens after it (not PNAS's ORCID icon, "Binz⟨a,b⟩ ID , Stephan")
    text = re.sub(r"(?<=[^\W\d_])\s?(" + _SUP_OPEN + r"[^" + _SUP_CLOSE + r"]*" + _SUP_CLOSE + r")\s+(?=[" + UPPER + r"](?:[" + LOWER + r"]|\.))", r"\1, ", text)
    if ARTICLE_TYPE.match(text.strip()):
        return None  # "Original Articles": the journal's section, not two names
    # a group author in the line ("the STREAM Consortium") is left out, not held against it
    # (and a template's stand-in, "Second Author", left in)
    if len(_FAMILY_COMMA.findall(text)) >= 2:
        # a full stop typed for the comma in one entry of a family-first list ("Hollister. J. W. * 1, Kellogg, D. Q. 2")
        text = _FAMILY_STOP.sub(r"\1,", text)
    pairs = [p for p in split_names(text) if not (names_group_or_field(p[0]) and len(p[0].split()) <= 6) and not is_placeholder_name(p[0])]
    pairs = _family_then_initials(pairs)
    if not pairs:
        return None
    good = [p for p in pairs if is_name(p[0])]
    if not good or len(good) < (0.6 if len(text) <= 600 else 0.8) * len(pairs):
        return None
    # "Coleman H, Snell LB, Lee MJ": family names first, initials after, read initials first
    return list(zip(vancouver_order([n for n, _ in good]), [m for _, m in good]))


_INITIALS_ONLY = re.compile(r"(?:[A-Z](?:\.\s?-?\s?|\s|$)){1,4}")
# "Kellogg, D. Q.": a family name, its comma and initials; "Hollister. J. W.": the same typed with a full stop
_FAMILY_COMMA = re.compile(r"(?:^|,)\s*[A-Z][\w'’\-]+,\s+(?:[A-Z]\.\s?){1,3}")
_FAMILY_STOP = re.compile(r"(?:(?<=^)|(?<=,\s)|(?<=,))(\s*[A-Z][a-z][\w'’\-]*)\.(?=\s+(?:[A-Z]\.\s?){1,3}(?:\s|$|[*⟨\d,]))")
_FAMILY_ONLY = re.compile(r"(?:(?:van|von|de|der|den|du|da|di|del|le|la|ten|ter)\s+){0,2}[A-Z][\w'’\-]+")


def _family_then_initials(pairs: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """"Yousefi, P., Lietz, M.P., van Elk, M.": names printed family name
    first with a comma before the initials, each pair read as one name,
    initials first ("P. Yousefi"); other lists as they are. Only a list made
    wholly of such pairs is read so."""
    if len(pairs) < 2 or len(pairs) % 2:
        return pairs
    fams, inits = pairs[0::2], pairs[1::2]
    if not all(_FAMILY_ONLY.fullmatch(f.strip()) for f, _ in fams):
        return pairs
    # (in a list of three or more read so, one given name written out is that author's: "Forshay, K. J.,
    # Lei-Parent, Qian")
    spelled = [i for i, _ in inits if not _INITIALS_ONLY.fullmatch(i.strip())]
    if spelled and not (len(inits) - len(spelled) >= 3 and len(spelled) == 1 and re.fullmatch(rf"[{UPPER}][{LOWER}]+", spelled[0].strip())):
        return pairs
    def dotted(i: str) -> str:
        if not _INITIALS_ONLY.fullmatch(i.strip()):
            return i.strip()  # a given name written out
        return " ".join(x if x.endswith(".") else x + "." for x in re.findall(r"[A-Z]\.?", i)) if "." not in i.strip()[-1:] else i.strip()

    return [(f"{dotted(i.strip())} {f.strip()}", [*fm, *im]) for (f, fm), (i, im) in zip(fams, inits)]


_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_BRACKETED_EMAIL = re.compile(r"\s*[(<\[]\s*(?:e-?mail\s*:?\s*)?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\s*[)>\]]", re.IGNORECASE)


# an IEEE membership grade after a name ("Kim Park, Senior Member, IEEE", "Jo Bloggs, Fellow, IEEE")
# (the comma before the grade, or the one after it, is sometimes left out: "Ian McInerney Student
# Member, IEEE", "By Joel A. Tropp, Member IEEE, and Stephen J. Wright")
# (IEEE Access sets it in brackets after the marks: "BOMIN MAO⟨4⟩, (Member, IEEE),")
_IEEE_GRADE = re.compile(
    r"\s*,?\s*\(\s*(?:(?:Graduate\s+)?Student\s+|Senior\s+|Life\s+(?:Senior\s+)?|Associate\s+)?(?:Member|Fellow)\s*,?\s*IEEE\s*\)"
    r"|\s*,\s*(?:(?:Graduate\s+)?Student\s+|Senior\s+|Life\s+(?:Senior\s+)?|Associate\s+)?(?:Member|Fellow)\s*,?\s*IEEE\b"
    r"|\s+(?:(?:Graduate\s+)?Student|Senior|Life(?:\s+Senior)?|Associate)\s+Member\s*,?\s*IEEE\b|\s*,?\s+Fellow\s*,?\s*IEEE\b",
    re.I,
)


def names_then_places(text: str) -> list[tuple[str, list[str]]] | None:
    """"Asaf Cidon, Stanford University; Robert Escriva, Cornell University;
    Sachin Katti and Mendel Rosenblum, Stanford University" (USENIX) and
    "YAXIONG XIE and KYLE JAMIESON, Princeton University, USA" (ACM):
    names, then after a comma the place they share; groups parted by
    semicolons. None when the text is not such a list."""
    out: list[tuple[str, list[str]]] = []
    text = _IEEE_GRADE.sub("", text)
    for group in re.split(r"\s*;\s*", text.strip().rstrip(".")):
        head, sep, place = group.partition(",")
        names = [n for n in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", head.strip()) if n.strip()]
        listed = [n for n in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", place.strip()) if n.strip()]
        # ("PHUONG T. NGUYEN, DAVIDE DI RUSCIO, ..., Università degli ...": a name in the names' capitals right after
        # the first comma means more names before the place)
        more_names = (
            len(listed) > 1
            and _capitals(head)
            and _capitals(listed[0])
            and is_name(_tidy_name(listed[0]))
            and not looks_like_affiliation(listed[0])
            and not is_job_title(listed[0])
        )
        if more_names or not sep or not names or not place.strip() or not (looks_like_affiliation(place.strip()) or _place_like(place.strip()) and not all(is_name(_tidy_name(n)) for n in listed)):
            # "A, B and C, University of X": more names before the place
            parts = [x.strip() for x in group.split(",")]
            cut = next((i for i in range(1, len(parts)) if looks_like_affiliation(", ".join(parts[i:])) and not is_name(_tidy_name(parts[i]))), None)
            if cut is None:
                return None
            names = [n for x in parts[:cut] for n in re.split(r"\s+and\s+|\s*&\s*", x) if n.strip()]
            place = ", ".join(parts[cut:])
        names = [_tidy_name(re.sub(r"^(?:and|&)\s+", "", n.strip())) for n in names]
        if not all(is_name(n) for n in names):
            return None
        out.extend((n, [place.strip()]) for n in names)
    return out or None


_NAME_PLACE = re.compile(r"\s*(?:and\s+|&\s*)?(?P<name>[^(),;]{3,60}?)\s*\((?P<place>(?:[^()]|\([^()]{0,40}\)){3,800})\)\s*(?:,|;|\band\b|&|$)")


def names_with_places(text: str) -> list[tuple[str, list[str]]] | None:
    """"Kim Park (University of Exampleton), Jo Bloggs (ETH Zurich; Example
    Institute) and Ana Li (Example University)": each name with the places
    in its brackets, or None when the text is not such a list."""
    out: list[tuple[str, list[str]]] = []
    pos = 0
    t = text.strip()
    while pos < len(t):
        m = _NAME_PLACE.match(t, pos)
        if m is None or m.end() == pos:
            return None
        name = _tidy_name(m.group("name"))
        places = [x.strip() for x in m.group("place").split(";") if x.strip()]
        if not is_name(name) or not all(looks_like_affiliation(x) or _place_like(x) for x in places):
            return None
        out.append((name, places))
        pos = m.end()
    return out or None


_THANKS = re.compile(
    r"^[\W\d]*(?:(?:we|i|the\s+authors?|this\s+author|all\s+authors|the\s+(?:study|project)\s+team)\b[^.]{0,80}?"
    r"\b(?:thank|are\s+(?:very\s+|most\s+|deeply\s+|sincerely\s+)?(?:grateful|indebted|thankful)|am\s+(?:very\s+)?(?:grateful|indebted|thankful)|"
    r"is\s+(?:very\s+)?grateful|(?:gratefully|sincerely|warmly|also)\s+acknowledge|acknowledge\s+(?:with\s+(?:thanks|gratitude)|support|funding|financial|assistance|(?:the\s+)?(?:help|support|assistance|contributions?|funding|financial|technical|staff|team|use|(?-i:[A-Z])))|"
    r"wish\s+to\s+(?:express|acknowledge|thank)|(?:would\s+like\s+to\s+)?express\s+(?:our|my|their|his|her)\s+(?:sincere\s+|deep\s+)?(?:gratitude|thanks|appreciation))"
    r"|(?:many\s+|special\s+|sincere\s+)?thanks\s+(?:are\s+)?(?:due|go|goes|extended)\s+to|(?:our|my)\s+(?:sincere\s+|special\s+)?(?:thanks|gratitude)\s+(?:go(?:es)?\s+)?to"
    r"|gratitude\s+is\s+(?:due|expressed|extended)|the\s+authors?\s+(?:gratefully\s+)?acknowledges?\b)",
    re.I,
)


def is_thanks(text: str) -> bool:
    """Whether a paragraph opens as an acknowledgement ("We thank ...",
    "The authors are grateful to ...", "Thanks are due to ...")."""
    return bool(_THANKS.match(text[:400]))




def classify(text: str | None) -> str:
    """``classify_heading`` with typographic apostrophes made plain
    ("Authors’ contributions")."""
    if not text:
        return "other"
    return classify_heading(re.sub(r"[’‘ʼ`´]", "'", text))


def heading_kind_by_text(text: str) -> str | None:
    """The section kind of a line that reads as a heading by its words alone
    ("Acknowledgements", "Author contributions", "Competing interests"), or
    None when the words are not a known heading."""
    t = clean_heading(text)
    if not t or len(t) > 70 or len(t.split()) > 8:
        return None
    kind = classify(t)
    if kind != "other":
        return kind
    if STANDARD_HEADING.match(t):
        return "other"
    return None


_INITIALS_TOKEN = re.compile(r"(?<![\w.])((?:[A-Z]\.?[-‐]?){2,5})(?![\w])")


_EMAIL = EMAIL


def _mailed(text: str) -> bool:
    """Whether a line gives an e-mail address, its "@" perhaps written out ("jo{at}ex.ac.uk")."""
    return "@" in text or ("at" in text and EMAIL.search(text) is not None)
_ORCID = ORCID


def attach_contacts(authors: list[Author], lines: list[str]) -> None:
    """Emails and ORCIDs on the title page, given to the author named on the
    same line (or the two lines before), or whose family name is in the
    email's local part; "Correspondence" marks that author corresponding."""
    from ..names import fold, parse_name

    if not authors:
        return
    fam = []
    for a in authors:
        pn = parse_name(a.name)
        fam.append(_family_core(pn.family) if pn else "")
    for idx, line in enumerate(lines):
        emails = _EMAIL.findall(line)
        orcids = _ORCID.findall(line)
        if not emails and not orcids:
            continue
        window = " ".join(lines[max(0, idx - 2) : idx + 1])
        corr = bool(re.search(r"correspond", window, re.I))
        for email in emails:
            email = email.rstrip(".")
            local = fold(email.split("@")[0])
            who = _named_in(authors, line) or _named_in(authors, window)
            if who is None:
                cands = [i for i, f in enumerate(fam) if f and len(f) > 2 and f.replace(" ", "") in local.replace(".", "").replace("-", "")]
                # (the one author of a paper has the one address on its title page, whatever its local part)
                who = cands[0] if len(cands) == 1 else (0 if len(authors) == 1 and len(emails) == 1 else None)
            if who is not None and authors[who].email is None:
                authors[who].email = email
                if corr:
                    authors[who].corresponding = True
        if orcids:
            # "Name https://orcid.org/..." pairs on one line
            pos = 0
            for m in _ORCID.finditer(line):
                seg = line[pos : m.start()]
                who = _named_in(authors, seg, last=True)
                if who is not None and authors[who].orcid is None:
                    authors[who].orcid = "-".join(m.groups()).upper()
                pos = m.end()


def _family_core(fam: str) -> str:
    return " ".join(p for p in fam.replace("-", " ").split() if p not in _PARTICLES)


def _named_in(authors: list[Author], text: str, *, last: bool = False) -> int | None:
    from ..names import fold

    t = fold(text)
    hits = [(t.rfind(fold(a.name)), i) for i, a in enumerate(authors) if fold(a.name) in t]
    if not hits:
        return None
    return (max(hits) if last else min(hits))[1]


def assign_affiliations(authors: list[Author], marks: list[list[str]], affils: list[tuple[list[str], str]]) -> None:
    """Match affiliations to authors by marker; a lone unmarked affiliation
    (or only unmarked ones) belongs to every author."""
    # (a note that was only a post leaves no place; a label, a contact, a note, the copyright line, a name's degrees
    # or the abstract's opening set among the places is none)
    affils = [(m, t) for m, t in affils if t and not not_a_place(t)]
    if not authors or not affils:
        return
    marked = [(m, t) for m, t in affils if m]
    numbers = {x for am in marks for x in am if x.isdecimal()}
    if not marked and len(affils) >= 2 and numbers == {str(i) for i in range(1, len(affils) + 1)}:
        # the names numbered 1 to n, the n places under them printed without their numbers (a numbered list whose
        # numbers are the list's, not the text's): each number is a place's place in the list
        marked = affils = [([str(i)], t) for i, (_, t) in enumerate(affils, 1)]
    if not marked:
        for a in authors:
            a.affiliations = [t for _, t in affils]
        return
    for a, am in zip(authors, marks):
        for m, t in marked:
            if any(x in am for x in m) and t not in a.affiliations:
                a.affiliations.append(t)
    unmarked = [t for m, t in affils if not m]
    if unmarked and len(unmarked) == 1:
        for a in authors:
            if not a.affiliations:
                a.affiliations.append(unmarked[0])


def make_author(name: str, location: Location | None) -> Author:
    """An ``Author`` with given and family names split as printed."""
    from ..names import parse_name

    name = without_nickname(name)  # ('J. S. (Pat) Heslop-Harrison': the nickname is no part of it)
    pn = parse_name(name)
    given = family = None
    if pn is not None:
        toks = name.split()
        if pn.family and len(toks) >= 2:
            nfam = len(pn.family.split())
            family = " ".join(toks[-nfam:]) if nfam <= len(toks) else None
            given = " ".join(toks[: len(toks) - nfam]) or None
    return Author(name=name, given=given, family=family, location=location)


def repair_hyphen(left: str, right: str, vocab: set[str]) -> str:
    """Join two lines where ``left`` ends with a hyphen: drop it when the
    word was split by the typesetter (``exam-``/``ple``), keep it for a
    real compound (``well-``/``known``, ``Agyeman-``/``Duah``), deciding
    from the words seen elsewhere in the same document."""
    m = re.search(r"([^\W\d_]+)-$", left[-60:])
    n = re.match(r"([^\W\d_]+)", right)
    if not m or not n:
        return left + right if left.endswith("-") else left + " " + right
    a, b = m.group(1), n.group(1)
    if not b[0].islower():
        return left + right
    joined, hyph = (a + b).lower(), (a + "-" + b).lower()
    if hyph in vocab and joined not in vocab:
        return left + right
    if joined in vocab:
        return left[:-1] + right
    if a.lower() in _COMPOUND_LEFT:
        return left + right
    if re.fullmatch(r"[a-z]?[A-Z]{2,}[a-z]?", a):
        return left + right  # "CT-" | "scanning", "qPCR-" | "based": an acronym before a hyphen is a compound's
    return left[:-1] + right


_COMPOUND_LEFT = frozenset(
    """well self non cross long short high low full half all one two three four five six ten
    single double user dose sex gene cell small large""".split()
)

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def vocabulary(texts: Iterable[str]) -> set[str]:
    """Lower-case words (hyphenated compounds whole) of a document, for
    ``repair_hyphen``. A word broken at a line end is left out."""
    joined = "\n".join(_drop_broken_word(t) for t in texts).lower()
    return set(_WORD.findall(joined))


def _drop_broken_word(t: str) -> str:
    if not t.endswith("-"):
        return t
    i = len(t) - 1
    while i > 0 and t[i - 1].isalpha():
        i -= 1
    return t[:i]


# ======================================================================
# PDF reading
# ======================================================================


@dataclass(slots=True)
class Line:
    """One visual line of text on a page (top-down coordinates)."""

    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    font: str
    spans: list[tuple[int, int]]  # PDFium char index ranges, inclusive
    soft: bool = False  # PDFium marked the final hyphen as a line-end hyphen
    dropcap: bool = False  # starts with a large initial letter
    trange: tuple[int, int] = (0, -1)  # PDFium text index range
    region: int = 0
    rx0: float = 0.0
    rx1: float = 0.0
    no: int = 0  # 1-based number within the page, in reading order
    lineno_cut: bool = False  # a manuscript line number that opened the text was taken off
    in_grid: bool = False  # a line of a front page's grid of author cells

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(eq=False)
class Block:
    lines: list[Line]
    kind: str = "paragraph"  # paragraph | heading | footnote | caption | list_item | other
    text: str = ""
    heading_kind: str | None = None
    level: int = 1

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def size(self) -> float:
        return _median([ln.size for ln in self.lines])


@dataclass
class PageText:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)


def _median(values: list[float]) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")


def bold_by_name(font: str) -> bool:
    """Whether a font's name says it is a bold face ("Verdana-Bold",
    "Arial,Bold"); TeX's bold faces are named by their series: Computer
    Modern's "CMBX10" and "CMSSBX10", the EC fonts' "SFBX1000", and the URW
    Times that TeX sets bold, "NimbusRomNo9L-Medi"."""
    return bool(
        re.search(r"bold|black|heavy|demi|semibold|extrabold|\.b$|,b$|-b$|bd$", font, re.I)
        or re.search(r"(?:^|\+)(?:cmbx|cmb|cmssbx|cmbxti|cmbxsl|sfbx|sfsx|ecbx|ecsx|tcbx)\d|-medi$", font, re.I)
    )


class _Pdfium:
    """Thin access to the PDFium calls a page needs, with the ctypes
    functions and buffers bound once (each call costs about a microsecond,
    so a line gets a handful)."""

    def __init__(self) -> None:
        import ctypes

        import pypdfium2 as pdfium
        import pypdfium2.raw as raw

        self.pdfium = pdfium
        self.raw = raw
        self.rect = raw.FS_RECTF()
        self.matrix = raw.FS_MATRIX()
        self.fontbuf = ctypes.create_string_buffer(128)
        self.flags = ctypes.c_int()
        self._loose = raw.FPDFText_GetLooseCharBox
        self._fontsize = raw.FPDFText_GetFontSize
        self._matrix = raw.FPDFText_GetMatrix
        self._fontinfo = raw.FPDFText_GetFontInfo
        self._weight = raw.FPDFText_GetFontWeight
        self._index = raw.FPDFText_GetCharIndexFromTextIndex
        self._unicode = raw.FPDFText_GetUnicode
        self._textobj = raw.FPDFText_GetTextObject
        self.ctypes = ctypes
        self._bold: dict[bytes, bool] = {}
        # characters read again from the font's glyph names (a ligature PDFium gives as a control
        # character), by text page and character index
        self.named: dict[tuple[int, int], str] = {}

    def page_key(self, tp: Any) -> int:
        return int(self.ctypes.cast(tp, self.ctypes.c_void_p).value or 0)

    def loose(self, tp: Any, ci: int) -> tuple[float, float, float, float]:
        """The font-height box of a character: left, bottom, right, top."""
        r = self.rect
        self._loose(tp, ci, r)
        return r.left, r.bottom, r.right, r.top

    def size(self, tp: Any, ci: int) -> float:
        """A character's size on the page (font size times the text scale)."""
        fs = self._fontsize(tp, ci)
        m = self.matrix
        self._matrix(tp, ci, m)
        return fs * (math.sqrt(abs(m.a * m.d - m.b * m.c)) or 1.0)

    def upright(self) -> bool:
        """Whether the character of the last ``size`` call runs left to right."""
        m = self.matrix
        return abs(m.b) <= abs(m.a)

    def font(self, tp: Any, ci: int) -> tuple[str, bool]:
        """Font name and whether it is bold (by name, flags or weight)."""
        self._fontinfo(tp, ci, self.fontbuf, 128, self.flags)
        raw_name = self.fontbuf.value
        key = raw_name + bytes([self.flags.value & 0xFF, (self.flags.value >> 16) & 0xFF])
        bold = self._bold.get(key)
        if bold is None:
            name = raw_name.decode("latin-1", "replace")
            bold = bool(self.flags.value & 262144) or bold_by_name(name)
            if not bold:
                bold = self._weight(tp, ci) >= 600
            self._bold[key] = bold
        # (without a subset's tag: "IBCCVC+Verdana-Bold" is the face of "Verdana-Bold")
        return _SUBSET_TAG.sub("", raw_name.decode("latin-1", "replace")), bold

    def objects_differ(self, tp: Any, c0: int, c1: int) -> bool:
        """Whether two characters come from different text objects."""
        vp = self.ctypes.c_void_p
        a = self.ctypes.cast(self._textobj(tp, c0), vp).value
        b = self.ctypes.cast(self._textobj(tp, c1), vp).value
        return a is not None and b is not None and a != b

    def text(self, tp: Any) -> str:
        """The page's text with one string character per UTF-16 unit, so a
        string index is PDFium's text index: a character outside the Basic
        Multilingual Plane (a mathematical italic N) stays two units here,
        where decoding it whole would shift every later index by one.
        ``_clean_text`` joins the pairs again."""
        n = int(self.raw.FPDFText_CountChars(tp))
        if n <= 0:
            return ""
        buf = (self.ctypes.c_ushort * (2 * n + 1))()
        got = int(self.raw.FPDFText_GetText(tp, 0, n, buf))
        return "".join(map(chr, buf[: max(got - 1, 0)]))

    def char_index(self, tp: Any, ti: int) -> int:
        """The character index behind a text index."""
        return int(self._index(tp, ti))

    def unicode(self, tp: Any, ci: int) -> str:
        if self.named:
            got = self.named.get((self.page_key(tp), ci))
            if got is not None:
                return got
        try:
            return chr(self._unicode(tp, ci))
        except ValueError:
            return ""


_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufeff\ufffd]")


# (an ogonek, "˛", is set after the vowel it hangs from: "Je˛drzej" is Jędrzej)
_SPACING_ACCENT = re.compile(r"([AEIOUYaeiouycnCNı])\s?([´`¨ˆ˜¸˚˛])(?:\s?(?=[a-zß-ÿ]|\b)|(?=\s*[,;.)⟨¹²³⁴⁵⁶⁷⁸⁹*†‡]|\s*$))")
# (not a dot above, "t ˙r": in formulae a derivative, after a word of its own)
_ACCENT_FIRST = re.compile(r"(?<=[A-Za-z])\s([´`¨ˆ˜˚˘ˇ˝])([A-Za-z])")
# a cedilla drawn under "s" or "t" but written after the vowel before it ("Mitelu̧t": Miteluţ)
_CEDILLA_AHEAD = re.compile("([AEIOUaeiou])\u0327([SsTt])")
# a mark set before a vowel right after a consonant, or before a dotless "ı": TeX's order
_ACCENT_BEFORE_VOWEL = re.compile(r"(?<=[B-DF-HJ-NP-TV-Zb-df-hj-np-tv-zß])([´`¨ˆ˚])([AEIOUaeiouyı])")
_TEX_ACCENT = re.compile(r"[B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z][´`¨ˆ˚][AEIOUaeiouy]|[´`¨ˆ˚]ı")
# whether the page being read sets its accent marks in TeX's order
_TEX_ORDER: contextvars.ContextVar[bool] = contextvars.ContextVar("tex_accent_order", default=False)

# The file being read, for the glyph names of ligatures whose font maps them to no letters (set by ``parse``)
_GLYPHS: contextvars.ContextVar[_GlyphNames | None] = contextvars.ContextVar("glyph_names", default=None)

# a ligature of a TeX font that carries no letters, read as a control character inside a word
# ("Lö\x1ber" for "Löffler", "sta\x1b" for "staff")
# (the slots TeX's OT1 and T1 encodings give the f-ligatures: 0x0B-0x0F and 0x1B-0x1F)
# (inside a word, at its end after two letters or at its start before two small ones: "di\x1berent",
# "sta\x1b", "\x1crst"; not a symbol of a formula, "M\x0c)")
_LIGATURE_CTRL = re.compile(
    r"(?<=[^\W\d_]{2})[\x0b\x0c\x0e\x0f\x1b-\x1f](?=[^\W\d_]|[\s.,;:)\-]|$)|(?<![^\s(\-])[\x0b\x0c\x0e\x0f\x1b-\x1f](?=[a-zà-ÿ]{2})"
)
# one code point for each ligature, so the page text keeps its length (and PDFium's indices); the
# letters are restored in ``_clean_text``
_LIGATURE_CHARS = {"ff": "\ufb00", "fi": "\ufb01", "fl": "\ufb02", "ffi": "\ufb03", "ffl": "\ufb04", "ft": "\ufb05", "st": "\ufb06"}
_LIGATURE_LETTERS = {ord(v): k for k, v in _LIGATURE_CHARS.items()}


class _GlyphNames:
    """The letters of ligature glyphs as the font's own glyph names give
    them (pdfminer reads "ffl" where PDFium gives a control character),
    found by position; the file is opened once, and only when a page needs it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pdf: Any = None
        self._pages: dict[int, list[tuple[float, float, float, str]]] = {}
        # a file whose fonts give its ligatures no names on the first page asked about gives none on the
        # others either (one font set): not asked again
        self.nameless = False

    def ligatures(self, page_no: int) -> list[tuple[float, float, float, str]]:
        """(left, middle from the top, size, letters) of each glyph of two or three letters on a page."""
        if self.nameless:
            return []
        if page_no not in self._pages:
            found: list[tuple[float, float, float, str]] = []
            try:
                if self._pdf is None:
                    import logging

                    import pdfplumber

                    # (pdfminer logs what it makes of odd fonts; nothing of it is for the user)
                    logging.getLogger("pdfminer").setLevel(logging.ERROR)
                    self._pdf = pdfplumber.open(str(self.path))
                if page_no <= len(self._pdf.pages):
                    for c in self._pdf.pages[page_no - 1].chars:
                        t = c.get("text") or ""
                        if t in _LIGATURE_CHARS:
                            found.append((float(c["x0"]), (float(c["top"]) + float(c["bottom"])) / 2, float(c.get("size") or 10.0), t))
            except Exception:  # noqa: BLE001 - a second reader's failure only leaves the letters out, as before
                found = []
            self._pages[page_no] = found
            self.nameless = not found
        return self._pages[page_no]

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None


def _named_ligatures(api: _Pdfium, handle: Any, text: str, page_no: int, height: float) -> str:
    """``text`` with each ligature PDFium read as a control character inside a
    word replaced by the ligature the font's glyph names say it is."""
    glyphs = _GLYPHS.get()
    if glyphs is None:
        return text
    known = glyphs.ligatures(page_no)
    if not known:
        return text
    out = list(text)
    for m in _LIGATURE_CTRL.finditer(text):
        ci = api.char_index(handle, m.start())
        if ci < 0:
            continue
        left, bottom, _right, top = api.loose(handle, ci)
        mid = height - (bottom + top) / 2
        hit = next((t for x0, y, size, t in known if abs(x0 - left) < 1.5 and abs(y - mid) < 0.6 * max(size, 4.0)), None)
        if hit is not None:
            out[m.start()] = _LIGATURE_CHARS[hit]
            api.named[(api.page_key(handle), ci)] = _LIGATURE_CHARS[hit]
    return "".join(out)
_ACCENT_BETWEEN_VOWELS = re.compile(r"([AEIOUaeiou])([´`¨ˆ˚])([AEIOUaeiouı])")
# characters a font with a broken map writes for an accent it draws over a letter (Wiley's PDFs: "€" for
# the diaeresis, "ß" for the cedilla, "Mu€ller", "Francßois"); joined only where they are drawn over a
# letter, never by the text's order (a euro sign and a sharp s are letters of their own elsewhere)
_LOOKALIKE_ACCENTS = {"€": "\u0308", "ß": "\u0327"}
_COMBINING = {"´": "\u0301", "`": "\u0300", "¨": "\u0308", "ˆ": "\u0302", "˜": "\u0303", "¸": "\u0327", "˚": "\u030a", "˘": "\u0306", "ˇ": "\u030c", "˙": "\u0307", "˝": "\u030b", "˛": "\u0328"}


def repair_accents(s: str) -> str:
    """Accents that a PDF prints as separate spacing marks after the
    letter ("He´le`ne", "Vale´ rie") joined to it ("Hélène", "Valérie");
    TeX sets the mark before its letter, with a space before the mark
    ("M ¨uller": Müller)."""
    if "\u0327" in s:
        s = _CEDILLA_AHEAD.sub(lambda m: m.group(1) + unicodedata.normalize("NFC", m.group(2) + "\u0327"), s)
    if not any(ch in s for ch in _COMBINING):
        return s
    s = _ACCENT_FIRST.sub(lambda m: unicodedata.normalize("NFC", m.group(2) + _COMBINING[m.group(1)]), s)
    # TeX sets the mark right before its letter with no space too ("G¨ortz", "Bogot´a", "F´ısica"):
    # a mark between a consonant and a vowel can only be the vowel's; and where the text shows
    # that habit, a mark between two vowels is the second one's ("Guti´errez")
    tex = _TEX_ACCENT.search(s) is not None or _TEX_ORDER.get()
    s = _ACCENT_BEFORE_VOWEL.sub(lambda m: unicodedata.normalize("NFC", m.group(2).replace("ı", "i") + _COMBINING[m.group(1)]), s)
    if tex:
        s = _ACCENT_BETWEEN_VOWELS.sub(lambda m: m.group(1) + unicodedata.normalize("NFC", m.group(3).replace("ı", "i") + _COMBINING[m.group(2)]), s)
    # (a dotless "ı" under an accent is the "i" of "í": TeX sets the accent on the dotless letter)
    return _SPACING_ACCENT.sub(lambda m: unicodedata.normalize("NFC", m.group(1).replace("ı", "i") + _COMBINING[m.group(2)]), s)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


# a tilde some PDFs print as the ASCII character after its letter ("Gastan~aduy", "Sa~o Paulo"): ñ, ã, õ
_ASCII_TILDE = re.compile(r"(?<=[^\W\d_])(?:([nN])~(?=[aeiou])|([aoAO])~(?=[oesn]))")


def _clean_text(s: str) -> str:
    if "~" in s:
        s = _ASCII_TILDE.sub(lambda m: unicodedata.normalize("NFC", (m.group(1) or m.group(2)) + "\u0303"), s)
    if not s.isascii():
        if "\ufb00" <= max(s) and any("\ufb00" <= ch <= "\ufb06" for ch in s):
            s = s.translate(_LIGATURE_LETTERS)  # the ligatures restored in ``_named_ligatures``, and any printed as such
        if _SURROGATE.search(s):  # UTF-16 pairs of the page text joined; a lone half is dropped
            s = s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        # a soft hyphen is invisible inside a line and a hyphen where it breaks one; the hyphen
        # characters U+2010 and U+2011 (Wiley's, and what Chromium prints for a soft hyphen) are hyphens
        s = _CTRL.sub("", s).replace("\u00a0", " ").replace("\u2010", "-").replace("\u2011", "-")
        if "\u00ad" in s:
            s = re.sub(r"\u00ad\s*$", "-", s).replace("\u00ad", "")
        s = repair_accents(s)
        s = unicodedata.normalize("NFC", s)
    elif _CTRL.search(s):
        s = _CTRL.sub("", s)
    if "  " in s or "\t" in s:
        s = re.sub(r"[ \t]+", " ", s)
    s = s.strip()
    if _SPACED.fullmatch(s):
        s = _unspace_heading(s)
    return s


# "A C K N O W L E D G E M E N T S": a heading set with wide letter spacing, every letter a word
_SPACED = re.compile(r"[^\W\d_](?: [^\W\d_]){5,80}")
# the words of back-matter and body headings, to find the word breaks letter spacing hides
_HEADING_WORDS = frozenset(
    "acknowledgements acknowledgments acknowledgement acknowledgment author authors contributions contribution "
    "funding financial support data code materials availability statement statements competing conflict conflicts "
    "of interest interests declaration declarations ethics ethical approval consent references bibliography "
    "literature cited introduction methods method and results discussion conclusion conclusions abstract summary "
    "background supplementary supporting information additional notes appendix credit roles keywords".split()
)


def _unspace_heading(s: str) -> str:
    """A letter-spaced line written as words: split into heading words when
    the letters make them exactly ("AUTHOR CONTRIBUTIONS"), else one word."""
    letters = s.replace(" ", "")
    low = letters.lower()
    best: list[int | None] = [0] + [None] * len(low)  # best[i]: where the last word before i starts
    for i in range(1, len(low) + 1):
        for j in range(max(0, i - 16), i):
            if best[j] is not None and low[j:i] in _HEADING_WORDS:
                best[i] = j
                break
    if best[len(low)] is None:
        return letters
    cuts: list[int] = []
    i = len(low)
    while i > 0:
        i = best[i] or 0
        cuts.append(i)
    bounds = sorted(cuts) + [len(low)]
    return " ".join(letters[a:b] for a, b in zip(bounds, bounds[1:]))


def _segments(text: str) -> Iterable[tuple[int, int, bool]]:
    """Text-index ranges [a, z] of PDFium's lines, split after each
    line-end hyphen marker (U+FFFE) PDFium ran into the next line; the flag
    says the range ends with such a marker."""
    pos = 0
    n = len(text)
    while pos <= n:
        end = text.find("\r\n", pos)
        if end < 0:
            end = n
        seg_start = pos
        while True:
            k = text.find("\ufffe", seg_start, end)
            if k < 0 or k == end - 1:
                yield seg_start, end - 1, k == end - 1
                break
            yield seg_start, k, True
            seg_start = k + 1
        pos = end + 2


def _page_lines(api: _Pdfium, tp: Any, page_no: int, height: float, width: float = 612.0) -> list[Line]:
    """The visual lines of one page, in content-stream order.

    A file that writes its text row by row across two columns makes PDFium
    run each left-column line into the right-column line beside it. Wide
    lines whose first and last characters belong to different text objects
    are suspects; a few are scanned character by character, and when one
    holds a gap as wide as a gutter, every suspect on the page is split."""
    handle = tp.raw
    text = api.text(handle)
    if _LIGATURE_CTRL.search(text):
        text = _named_ligatures(api, handle, text, page_no, height)
    # a page that shows TeX's order of accent marks anywhere has it everywhere ("Guti´errez" by "F´ısica")
    tex_order = _TEX_ORDER.set(_TEX_ACCENT.search(text) is not None)
    try:
        return _page_lines_read(api, tp, handle, text, page_no, height, width)
    finally:
        _TEX_ORDER.reset(tex_order)


def _page_lines_read(api: _Pdfium, tp: Any, handle: Any, text: str, page_no: int, height: float, width: float) -> list[Line]:
    out: list[Line] = []
    for a, z, soft in _segments(text):
        raw_seg = text[a : z + 1]
        if soft:
            raw_seg = raw_seg[:-1] + "-"
        stripped = raw_seg.strip()
        if not stripped or not _CTRL.sub("", stripped).strip():
            continue
        lead = len(raw_seg) - len(raw_seg.lstrip())
        a2 = a + lead
        z2 = a + len(raw_seg.rstrip()) - 1
        if soft:
            z2 = max(a2, z2 - 1)  # the marker itself has no useful box
        out.extend(_make_lines(api, handle, text, a2, z2, page_no, height, soft, width))
    suspects = [
        ln
        for ln in out
        if ln.x1 - ln.x0 > 0.45 * width and ln.trange[1] > ln.trange[0] and api.objects_differ(handle, ln.spans[0][0], ln.spans[-1][1])
    ]
    if suspects and any(_gutter_gap(api, handle, text, ln) for ln in suspects[:3]):
        fixed: list[Line] = []
        wanted = {id(ln) for ln in suspects}
        for ln in out:
            if id(ln) in wanted:
                a, z = ln.trange
                pieces = _scan_split(api, handle, text, a, z, page_no, height, ln.soft, width)
                fixed.extend(pieces or [ln])
            else:
                fixed.append(ln)
        out = fixed
    if any(len(ln.text) <= 2 and all(ch in _COMBINING or ch in _LOOKALIKE_ACCENTS for ch in ln.text.replace(" ", "")) for ln in out):
        out = _lone_accents_joined(api, handle, out)  # (first: a mark's line between two pieces keeps them apart)
    return _merge_fragments(out)


def _lone_accents_joined(api: _Pdfium, tp: Any, lines: list[Line]) -> list[Line]:
    """An accent PDFium gave a line of its own, though it is drawn over a
    letter of another line ("Nicole Waschke" with a "€" over its "a",
    written apart from it): joined to that letter, and its own line gone.
    A mark over no letter stays as it was."""
    lone = [ln for ln in lines if len(ln.text) <= 2 and all(ch in _COMBINING or ch in _LOOKALIKE_ACCENTS for ch in ln.text.replace(" ", ""))]
    gone: set[int] = set()
    for mark in lone:
        mci = next((ci for c0, c1 in mark.spans for ci in range(c0, c1 + 1) if (api.unicode(tp, ci) or " ") != " "), None)
        if mci is None:
            continue
        mid = (mark.x0 + mark.x1) / 2
        for ln in lines:
            if ln is mark or any(ln is x for x in lone) or not (ln.x0 <= mid <= ln.x1) or abs(ln.top - mark.top) > 1.5 * max(ln.height, 1.0):
                continue
            cis = [ci for c0, c1 in ln.spans for ci in range(c0, c1 + 1)]
            if not _marks_over(api, tp, cis, [mci]):
                continue
            # (the letter it is over, and the accented letter, found as for a mark inside the line)
            joined, _ = _accents_over(api, tp, cis + [mci])
            # (the line's own accents are joined in its text already: only the one under this mark)
            under = [(ci, one) for ci, one in joined.items() if (b := api.loose(tp, ci))[0] <= mid <= b[2]]
            if len(under) != 1:
                continue
            letter, one = under[0]
            ch = api.unicode(tp, letter)
            # the letter's place in the line's text: the same count of that letter before it
            nth = sum(1 for ci in cis[: cis.index(letter)] if api.unicode(tp, ci) == ch)
            pos = [k for k, c in enumerate(ln.text) if c == ch]
            if nth >= len(pos):
                continue
            ln.text = ln.text[: pos[nth]] + one + ln.text[pos[nth] + 1 :]
            ln.spans = ln.spans + [(mci, mci)]  # (so that a reading of the line's characters joins it too)
            gone.add(id(mark))
            break
    return [ln for ln in lines if id(ln) not in gone]


def _gutter_gap(api: _Pdfium, tp: Any, text: str, ln: Line) -> bool:
    """Whether a line has a horizontal gap between characters as wide as a
    column gutter."""
    a, z = ln.trange
    prev_right = None
    limit = max(1.2 * ln.size, 8.0)
    for ti in range(a, z + 1):
        if text[ti].isspace():
            continue
        ci = api.char_index(tp, ti)
        if ci < 0:
            continue
        box = api.loose(tp, ci)
        if prev_right is not None and box[0] - prev_right > limit:
            return True
        prev_right = box[2]
    return False


def _make_lines(
    api: _Pdfium,
    tp: Any,
    text: str,
    a: int,
    z: int,
    page_no: int,
    height: float,
    soft: bool,
    page_width: float = 612.0,
    split: bool = True,
) -> list[Line]:
    """Lines for the text range [a, z] (normally one): a range that covers
    two visual lines, or runs across a column gap, is split."""
    ca, cz = api.char_index(tp, a), api.char_index(tp, z)
    if ca < 0 or cz < 0:
        return []
    la = api.loose(tp, ca)
    lz = api.loose(tp, cz)
    ha = la[3] - la[1]
    # the type of the line is that of a letter near its middle (not of a raised mark or a space)
    mid_ti = (a + z) // 2
    fwd = next((i for i in range(mid_ti, z + 1) if text[i].isalpha()), None)
    back = next((i for i in range(mid_ti, a - 1, -1) if text[i].isalpha()), None)
    if fwd is not None and (back is None or fwd - mid_ti <= mid_ti - back):
        mid_ti = fwd
    elif back is not None:
        mid_ti = back
    while mid_ti < z and text[mid_ti].isspace():
        mid_ti += 1
    cm = api.char_index(tp, mid_ti)
    if cm < 0:
        cm = ca
    size = api.size(tp, cm)
    if not api.upright():
        return []  # rotated text: margins stamps, rotated table heads
    first_size = api.size(tp, ca)
    dropcap = False
    if first_size > size * 1.15 and first_size < size * 3:
        # the middle fell on a superscript; or the first letter is a large initial ("Zoonotic pathogens
        # ..." with a "Z" three lines high), when the letter after it is in the middle's type
        nxt_ci = api.char_index(tp, a + 1) if z > a and text[a].isupper() and text[a + 1 : a + 2].isalpha() else -1
        if first_size > size * 1.8 and nxt_ci >= 0 and abs(api.size(tp, nxt_ci) - size) < 0.1 * size:
            dropcap = True
        else:
            cm, size = ca, first_size
    font, bold = api.font(tp, cm)
    if size <= 0.1:
        size = max(ha, 1.0)
    x0 = min(la[0], lz[0])
    x1 = max(la[2], lz[2])
    if split and z > a:
        # one PDFium line covering two visual lines, or running backwards
        # (columns written row by row)
        two_rows = abs(((la[1] + la[3]) / 2) - ((lz[1] + lz[3]) / 2)) > 0.6 * max(ha, size, 1.0)
        backwards = lz[2] < la[0]
        if two_rows or backwards:
            pieces = _scan_split(api, tp, text, a, z, page_no, height, soft, page_width)
            if pieces:
                return pieces
    seg = _place_accents(api, tp, text, a, z) + ("-" if soft else "")
    t = _clean_text(seg.replace("\ufffe", "-"))
    if not t:
        return []
    top = height - max(la[3], lz[3])
    bottom = height - min(la[1], lz[1])
    if dropcap:
        # (the line stands where its text does, not as high as the initial)
        top = height - max(api.loose(tp, cm)[3], lz[3])
        bottom = height - min(api.loose(tp, cm)[1], lz[1])
    return [Line(t, page_no, x0, x1, top, bottom, size, bold, font, [(ca, cz)], soft, dropcap, trange=(a, z))]


def _accents_over(api: _Pdfium, tp: Any, cis: list[int]) -> tuple[dict[int, str], set[int]]:
    """Spacing accent marks among the characters ``cis`` joined to the
    letter each is drawn over: the accented letters by the index of their
    base, and the characters to leave out (the marks, and a space a program
    put where a mark was drawn apart from its letter).

    The order of a file's characters does not tell which letter a mark
    belongs to: one program writes the mark before its letter, another
    after it, another at the end of the word ("Kocinski ´", "Ther´ ese",
    "Avenda˜no"). Where the mark stands on the page does: it is the letter
    under its middle. A mark over no letter, or one with no single accented
    letter ("f´" in a formula), is left for the reading by text order."""
    chars = {ci: api.unicode(tp, ci) for ci in cis}
    if not any(ch in _COMBINING or ch in _LOOKALIKE_ACCENTS for ch in chars.values()):
        return {}, set()
    boxes = {ci: api.loose(tp, ci) for ci, ch in chars.items() if ch and (ch.isalpha() or ch in _COMBINING or ch in _LOOKALIKE_ACCENTS)}
    joined: dict[int, str] = {}
    drop: set[int] = set()
    order = list(cis)
    for pos, ci in enumerate(order):
        ch = chars[ci]
        mark = _COMBINING.get(ch) or _LOOKALIKE_ACCENTS.get(ch)
        if mark is None or ci not in boxes:
            continue
        mid = (boxes[ci][0] + boxes[ci][2]) / 2
        best = None
        for cj, box in boxes.items():
            if cj == ci or cj in joined or not chars[cj].isalpha() or chars[cj] in _LOOKALIKE_ACCENTS or not box[0] <= mid <= box[2]:
                continue
            off = abs((box[0] + box[2]) / 2 - mid)
            if best is None or off < best[0]:
                best = (off, cj)
        if best is None:
            continue
        one = unicodedata.normalize("NFC", chars[best[1]].replace("ı", "i") + mark)
        if len(one) != 1:
            continue
        joined[best[1]] = one
        drop.add(ci)
        # (the space beside a mark drawn apart, "Ther´ ese": the letters either side of it touch)
        for k in (pos + 1, pos - 1):
            if not (0 < k < len(order) - 1 and chars[order[k]] == " "):
                continue
            before = next((order[x] for x in range(k - 1, -1, -1) if chars[order[x]].isalpha() and order[x] in boxes), None)
            after = next((order[x] for x in range(k + 1, len(order)) if chars[order[x]].isalpha() and order[x] in boxes), None)
            if before is not None and after is not None:
                lb, ab = boxes[before], boxes[after]
                if abs(ab[0] - lb[2]) < 0.12 * max(lb[3] - lb[1], 1.0):
                    drop.add(order[k])
    return joined, drop


def _place_accents(api: _Pdfium, tp: Any, text: str, a: int, z: int) -> str:
    """The text of the range [a, z] with each spacing accent mark joined to
    the letter it is drawn over (``_accents_over``)."""
    seg = text[a : z + 1]
    if not any(ch in _COMBINING or ch in _LOOKALIKE_ACCENTS for ch in seg):
        return seg
    cis = [api.char_index(tp, ti) for ti in range(a, z + 1)]
    joined, drop = _accents_over(api, tp, [ci for ci in cis if ci >= 0])
    if not joined:
        return seg
    return "".join("" if ci >= 0 and ci in drop else joined.get(ci, ch) if ci >= 0 else ch for ch, ci in zip(seg, cis))


def _marks_over(api: _Pdfium, tp: Any, cis: list[int], marks: list[int]) -> list[int]:
    """Those of ``marks`` drawn over a letter among ``cis``: their middle
    over the letter, their foot on the letter's row (a font that draws the
    accent inside its own glyph's box) or above the letter's middle, up to
    a line's height over its top."""
    letters = [api.loose(tp, ci) for ci in cis if (ch := api.unicode(tp, ci)) and ch.isalpha()]
    if not letters:
        return []
    x0, x1 = min(b[0] for b in letters), max(b[2] for b in letters)
    out = []
    for m in marks:
        mb = api.loose(tp, m)
        mid = (mb[0] + mb[2]) / 2
        if not x0 <= mid <= x1:
            continue
        if any(b[0] <= mid <= b[2] and ((b[1] + b[3]) / 2 < mb[1] <= b[3] + (b[3] - b[1]) or abs(mb[1] - b[1]) <= 0.5 * (b[3] - b[1])) for b in letters):
            out.append(m)
    return out


def _scan_split(
    api: _Pdfium, tp: Any, text: str, a: int, z: int, page_no: int, height: float, soft: bool, page_width: float
) -> list[Line]:
    """Split a text range where the characters jump to another row, leap a
    gap as wide as a column gutter or run backwards, then read each piece as
    a line of its own."""
    pieces: list[tuple[int, int]] = []
    start = None
    last = None
    prev_mid = None
    prev_h = 0.0
    prev_right = 0.0
    for ti in range(a, z + 1):
        if text[ti].isspace():
            continue
        ci = api.char_index(tp, ti)
        if ci < 0:
            continue
        box = api.loose(tp, ci)
        mid = (box[1] + box[3]) / 2
        h = box[3] - box[1]
        if prev_mid is not None:
            gap = box[0] - prev_right
            if abs(mid - prev_mid) > 0.6 * max(h, prev_h, 1.0) or gap > max(1.2 * h, 8.0) or gap < -2.0 * max(h, prev_h):
                if start is not None and last is not None:
                    pieces.append((start, last))
                start = None
        if start is None:
            start = ti
        last = ti
        prev_mid, prev_h, prev_right = mid, h, box[2]
    if start is not None and last is not None:
        pieces.append((start, last))
    if len(pieces) < 2:
        return []
    out: list[Line] = []
    for k, (p0, p1) in enumerate(pieces):
        is_last = k == len(pieces) - 1
        out.extend(_make_lines(api, tp, text, p0, p1, page_no, height, soft and is_last, page_width, split=False))
    return out


def _same_kind(before: str, b: str) -> bool:
    """Whether the text ``before`` and the character ``b`` that touches it
    are one word or number: two letters or two digits, the word before of
    two characters or more or the letter after in lower case (not a mark's
    digit against a name's letter, nor a place's letter mark, "b" | "Key
    Laboratory")."""
    last = before.split()[-1] if before.split() else ""
    a = last[-1:]
    # (a one-letter word goes on only in lower case: "b" | "y" is "by")
    return (len(last) >= 2 or b.islower()) and bool(b) and ((a.isalpha() and b.isalpha()) or (a.isdigit() and b.isdigit()))


def _merge_fragments(lines: list[Line]) -> list[Line]:
    """Join stream-adjacent pieces of one visual line (superscripts and
    font changes make PDFium break lines)."""
    out: list[Line] = []
    for ln in lines:
        if out:
            p = out[-1]
            ov = min(p.bottom, ln.bottom) - max(p.top, ln.top)
            gap = ln.x0 - p.x1
            if ov > 0.5 * min(p.height, ln.height) and -1.5 <= gap <= 0.6 * max(p.size, ln.size) and not p.soft:
                drop_cap = len(p.text) == 1 and p.text.isalpha() and p.size > 1.8 * ln.size
                # (letters that touch are one word, wherever PDFium broke it: "Journa" | "l", set with its
                # last letter placed on its own)
                touching = gap < 0.12 * max(p.size, ln.size) and _same_kind(p.text, ln.text[:1]) and abs(p.size - ln.size) < 0.5
                sep = "" if (drop_cap or touching or ln.text[:1] in ",.;:)]’'" or p.text.endswith(("(", "[", "-", "/"))) else " "
                # (the type of the line is that of its letters: a long run of raised marks is not)
                big = p if sum(c.isalpha() for c in p.text) >= sum(c.isalpha() for c in ln.text) else ln
                out[-1] = Line(
                    p.text + sep + ln.text,
                    p.page,
                    min(p.x0, ln.x0),
                    max(p.x1, ln.x1),
                    ln.top if drop_cap else min(p.top, ln.top),
                    ln.bottom if drop_cap else max(p.bottom, ln.bottom),
                    big.size,
                    big.bold,
                    big.font,
                    p.spans + ln.spans,
                    ln.soft,
                    drop_cap or p.dropcap,
                )
                continue
        out.append(ln)
    return out


# ---------------------------------------------------------------- running heads

_PAGE_NO = re.compile(
    r"^(?:page\s*)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.I
)


def _running_key(text: str) -> str:
    t = re.sub(r"\d+", "", text.lower())
    t = re.sub(r"\bpage\b|\bof\b", "", t)
    return re.sub(r"[\W_]+", "", t)


def _drop_running(pages: list[PageText]) -> list[str]:
    """Remove running headers/footers and page numbers in place; return the
    texts removed (used to confirm author names)."""
    n = len(pages)
    counts: dict[str, set[int]] = {}
    smallest: dict[str, float] = {}
    zone: dict[int, list[Line]] = {}
    # (the first and last lines of a page, wherever they stand: a manuscript's running head one inch
    # down, "Response scaling 13", or a page whose crop box is not its media box; these count only
    # where they repeat at the same height)
    edge_tops: dict[str, dict[int, set[int]]] = {}
    for pg in pages:
        lim_top = pg.height * 0.1
        lim_bot = pg.height * 0.9
        by_top = sorted(pg.lines, key=lambda x: x.top)
        edges = {id(x) for x in by_top[:2] + by_top[-2:]}
        cands = [ln for ln in pg.lines if ln.bottom <= lim_top or ln.top >= lim_bot or id(ln) in edges]
        zone[pg.number] = cands
        for ln in cands:
            key = _running_key(ln.text)
            if len(key) >= 4:
                if ln.bottom <= lim_top or ln.top >= lim_bot:
                    counts.setdefault(key, set()).add(pg.number)
                else:
                    edge_tops.setdefault(key, {}).setdefault(round(ln.top), set()).add(pg.number)
                smallest[key] = min(smallest.get(key, ln.size), ln.size)
    need = 2 if n <= 4 else max(2, math.ceil(0.25 * n))
    # (an edge line is a running head only where it stands at one height on enough pages)
    edge_heads = {
        (key, top) for key, tops in edge_tops.items() for top in tops if len(set().union(*(tops.get(t, set()) for t in (top - 1, top, top + 1)))) >= max(need, 3)
    }
    removed: list[str] = []
    first_largest = max((ln.size for ln in pages[0].lines), default=0.0) if pages else 0.0
    for pg in pages:
        drop = set()
        lim_top = pg.height * 0.1
        lim_bot = pg.height * 0.9
        for ln in zone[pg.number]:
            key = _running_key(ln.text)
            if not (ln.bottom <= lim_top or ln.top >= lim_bot):
                if (key, round(ln.top)) in edge_heads:
                    drop.add(id(ln))
                    removed.append(ln.text)
                continue
            if pg is pages[0] and len(key) >= 4 and len(ln.text.split()) >= 3 and (
                ln.size > 1.6 * smallest.get(key, ln.size) or (ln.size > 1.25 * smallest.get(key, ln.size) and ln.size >= first_largest - 0.5)
            ):
                continue  # the title, set large on the first page (the largest there), that later pages' running head repeats
            if _PAGE_NO.match(ln.text.strip()) or (len(key) >= 4 and len(counts.get(key, ())) >= need):
                drop.add(id(ln))
                removed.append(ln.text)
        if drop:
            pg.lines = [ln for ln in pg.lines if id(ln) not in drop]
    return removed


# ---------------------------------------------------------------- reading order

MIN_GUTTER = 7.0


def _vertical_gap(lines: list[Line]) -> tuple[float, float] | None:
    """The widest x-interval that no line crosses, between lines."""
    spans = sorted((ln.x0, ln.x1) for ln in lines)
    best: tuple[float, float] | None = None
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= MIN_GUTTER and (best is None or x0 - reach > best[1] - best[0]):
            best = (reach, x0)
        reach = max(reach, x1)
    return best


def _blocked_gap(lines: list[Line], *, page: bool = False) -> tuple[float, float] | None:
    """A gutter that only some wide lines cross: a frequent right edge and
    a frequent left edge a gutter apart, with lines wholly on each side
    that sit side by side in at least three rows (``page``: ``lines`` are
    a whole page's)."""
    lo = min(ln.x0 for ln in lines)
    hi = max(ln.x1 for ln in lines)
    width = hi - lo
    if width < 6 * MIN_GUTTER or len(lines) < 6:
        return None
    ends: dict[int, int] = {}
    starts: dict[int, int] = {}
    for ln in lines:
        ends[int(ln.x1 // 2)] = ends.get(int(ln.x1 // 2), 0) + 1
        starts[int(ln.x0 // 2)] = starts.get(int(ln.x0 // 2), 0) + 1

    # (a page of figures with a few lines of text in two columns, the end matter over a caption: an
    # edge two lines share is a column's there)
    least = 2 if page and len(lines) <= 24 else 3

    def peaks(hist: dict[int, int]) -> list[float]:
        merged = {k: hist.get(k - 1, 0) + hist[k] + hist.get(k + 1, 0) for k in hist}
        best = sorted(merged.items(), key=lambda kv: -kv[1])[:6]
        return [k * 2.0 + 1.0 for k, c in best if c >= least]

    by_top = sorted(lines, key=lambda x: x.top)
    best: tuple[int, float, float] | None = None
    right_edges = [r for r in peaks(ends) if r >= lo + 0.1 * width]
    left_edges = [e for e in peaks(starts) if e <= hi - 0.1 * width]
    for r in right_edges:
        for left_edge in left_edges:
            if not MIN_GUTTER <= left_edge - r <= 90:
                continue
            g0, g1 = r + 2.5, left_edge - 2.5
            if g1 - g0 < MIN_GUTTER / 2:
                g0, g1 = r + 1.0, left_edge - 1.0
            left = [ln for ln in by_top if ln.x1 <= g0]
            right = [ln for ln in by_top if ln.x0 >= g1]
            if len(left) < 3 or len(right) < 3:
                continue
            # a hanging indent inside the right column ("[5] M. Ollivier, ..." over its indented
            # lines) is no gutter: the entries' first lines, as wide as the column, run over it
            # beside the left column's text
            if _crossing_beside(by_top, left, right, g0, g1) >= 2:
                continue
            pairs = _side_by_side(left, right)
            if pairs >= 3 and (best is None or pairs > best[0]):
                best = (pairs, g0, g1)
    if best is None:
        # ragged-right columns have no common right edge: take the right
        # column's left edge, and the widest line wholly left of it
        for left_edge in left_edges:
            if left_edge - lo < 0.25 * width:
                continue
            left = [ln for ln in by_top if ln.x1 <= left_edge - 2.0]
            right = [ln for ln in by_top if ln.x0 >= left_edge - 1.0]
            if len(left) < 3 or len(right) < 3:
                continue
            # the gutter is measured beside the right column: a title-page line above the
            # columns (an affiliation) may reach further right than any column line
            r_top, r_bottom = min(ln.top for ln in right), max(ln.bottom for ln in right)
            beside = [ln for ln in left if ln.bottom >= r_top and ln.top <= r_bottom]
            if len(beside) < 3:
                continue
            g0 = max(ln.x1 for ln in beside) + 1.0
            g1 = left_edge - 1.0
            if g1 - g0 < MIN_GUTTER / 2:
                continue
            pairs = _side_by_side(left, right)
            if pairs >= 3 and (best is None or pairs > best[0]):
                best = (pairs, g0, g1)
    if best is None:
        return None
    return best[1], best[2]


def _crossing_beside(lines: list[Line], left: list[Line], right: list[Line], g0: float, g1: float) -> int:
    """Text lines that begin just before the gutter ``g0``-``g1`` and run
    over it as far as the right column's lines reach, in a row where a line
    of ``left`` stands to their left: the first lines of a right column's
    hanging entries, which make the gap an indent of that column, not the
    space between columns. (An abstract beside a narrow article-information
    column begins far from the gutter; a full-width title has nothing to its
    left; a table's cell is short.)"""
    reach = max(ln.x1 for ln in right)
    n = 0
    for ln in lines:
        if ln.x0 < g0 and ln.x1 > g1 and g0 - ln.x0 <= 2 * MIN_GUTTER and ln.x1 >= reach - 0.1 * (reach - g1):
            if any(min(ln.bottom, o.bottom) - max(ln.top, o.top) > 0.3 * min(ln.height, o.height) for o in left if o.x1 <= ln.x0):
                n += 1
    return n


def _side_by_side(left: list[Line], right: list[Line]) -> int:
    """Rows in which a line of ``left`` and one of ``right`` overlap
    vertically (both lists sorted by top)."""
    n = 0
    j = 0
    for ln in left:
        while j < len(right) and right[j].bottom < ln.top:
            j += 1
        k = j
        while k < len(right) and right[k].top <= ln.bottom:
            if min(ln.bottom, right[k].bottom) - max(ln.top, right[k].top) > 0.3 * min(ln.height, right[k].height):
                n += 1
                break
            k += 1
    return n


def _rows(lines: list[Line]) -> list[Line]:
    """Top to bottom; lines sharing a row left to right."""
    lines = sorted(lines, key=lambda ln: ln.top)
    out: list[Line] = []
    row: list[Line] = []
    for ln in lines:
        if row and (ln.top - row[0].top) > 0.5 * max(min(row[0].height, ln.height), 1.0):
            out.extend(sorted(row, key=lambda x: x.x0))
            row = []
        row.append(ln)
    out.extend(sorted(row, key=lambda x: x.x0))
    return out


def _order(lines: list[Line], depth: int = 0) -> list[list[Line]]:
    """Leaf regions of a page in reading order (an XY cut that prefers
    columns)."""
    if not lines:
        return []
    if len(lines) == 1 or depth > 14:
        return [_rows(lines)]
    gap = _vertical_gap(lines)
    if gap is not None:
        mid = (gap[0] + gap[1]) / 2
        left = [ln for ln in lines if (ln.x0 + ln.x1) / 2 < mid]
        right = [ln for ln in lines if (ln.x0 + ln.x1) / 2 >= mid]
        return _order(left, depth + 1) + _order(right, depth + 1)
    gap = _blocked_gap(lines, page=depth == 0)
    if gap is not None:
        g0, g1 = gap
        # cut into bands at the lines that cross the gutter; a band holding
        # text on both sides is read column by column, the rest as rows
        segments: list[tuple[bool, list[Line]]] = []
        # a left-hand line above the right column's first line (an affiliation under the title)
        # has nothing beside it: it is read with the full-width lines, before the columns
        first_right = min((ln.top for ln in lines if ln.x0 >= g1), default=0.0)
        for ln in sorted(lines, key=lambda x: x.top):
            crossing = (ln.x0 < g0 and ln.x1 > g1) or (ln.x1 <= g1 and ln.bottom < first_right)
            if segments and segments[-1][0] == (not crossing):
                segments[-1][1].append(ln)
            else:
                segments.append((not crossing, [ln]))
        out: list[list[Line]] = []
        flow: list[Line] = []
        for is_band, seg in segments:
            two_sided = is_band and any(ln.x1 <= g0 for ln in seg) and any(ln.x0 >= g1 for ln in seg)
            if two_sided and len(seg) < len(lines):
                if flow:
                    out.append(_rows(flow))
                    flow = []
                out.extend(_order(seg, depth + 1))
            else:
                flow.extend(seg)
        if flow:
            out.append(_rows(flow))
        return out
    cut = _header_over_columns(lines)
    if cut is not None:
        return _order(cut[0], depth + 1) + _order(cut[1], depth + 1)
    return [_rows(lines)]


def _header_over_columns(lines: list[Line]) -> tuple[list[Line], list[Line]] | None:
    """Full-width lines (a title, an abstract, the end of a paragraph) above
    columns too short for ``_blocked_gap`` to see (the balanced columns of a
    last page): the lines above the first clear space under which nothing
    crosses the gutter, and the lines below it."""
    by_top = sorted(lines, key=lambda x: x.top)
    reach = by_top[0].bottom
    for i in range(1, len(by_top)):
        ln = by_top[i]
        if ln.top > reach + 0.2 * max(ln.height, 1.0) and len(by_top) - i >= 2:
            below = by_top[i:]
            gap = _vertical_gap(below)
            if gap is not None and any(x.x0 < gap[0] and x.x1 > gap[1] for x in by_top[:i]):
                return by_top[:i], below
        reach = max(reach, ln.bottom)
    return None


# ---------------------------------------------------------------- blocks

_BULLET = re.compile(r"^(?:[•·▪◦●○■□➢–—-]\s|\(?\d{1,3}[.)]\s|\[\d{1,3}\]\s|\(?[a-z][.)]\s)")
_SENT_END = re.compile(r"[.!?:][\"'”’)\]]*$")
_CAPTION = re.compile(r"^(?:fig(?:ure)?\.?|table|supplementary\s+(?:fig(?:ure)?|table)|scheme|box|algorithm|listing)\s*(?:S|[A-Z]\.?)?\d+[A-Za-z]?\b", re.I)


def _starts_caption(t: str) -> bool:
    """"Figure 2. The site", "Table 1: Counts": a caption opens here; not
    "Figure 2 and X. Wang for help" (a sentence that names the figure)."""
    m = _CAPTION.match(t)
    return bool(m) and not re.match(r"\s*(?:[,;)]|(?:and|or|to|in|of|for|was|were|is|are|shows?)\b)", t[m.end() :])


_TRAILING_WORDS = frozenset("a an the of and or in on at to for with by from that which as is are was were be we our its their this".split())


def _text_sizes(pages: list[PageText]) -> frozenset[float]:
    """The sizes (to half a point) that hold a quarter or more of the
    document's text: type the prose is set in, never a heading's, even
    where it is larger than the body size (a journal that sets its methods
    smaller than the rest, so the rest reads as larger)."""
    weight = _size_weights(pages)
    total = sum(weight.values())
    return frozenset(k for k, v in weight.items() if total and v >= 0.25 * total)


def _is_heading(ln: Line, body: float, region_w: float, text_sizes: frozenset[float] = frozenset()) -> tuple[bool, str | None]:
    """Whether a line is a heading, and its kind when its words say so."""
    t = ln.text
    if len(t) > 110 or not t or not (t[0].isupper() or t[0].isdigit()) or t[-1] in ",;":
        return False, None
    if re.search(r"\s[·•]\s|\s[·•]$", t):
        return False, None  # "Reviewers Acknowledgment ·": an item of a page's menu, printed from the web
    short = (ln.x1 - ln.x0) < 0.72 * max(region_w, 1.0)
    if not short and re.match(r"(?:Appendix|APPENDIX)\s+[A-Z0-9]{1,2}[.:]\s+[A-Z]", t):
        short = (ln.x1 - ln.x0) < 0.92 * max(region_w, 1.0)  # "Appendix A. Linear algebra in Hilbert spaces"
    big = ln.size >= body + 0.9 and round(ln.size * 2) / 2 not in text_sizes
    if not (short or big or ln.bold or t.upper() == t):
        return False, None
    words = t.split()
    if len(words) > 14 or _CAPTION.match(t) or ARTICLE_TYPE.match(t):
        return False, None
    letters = [c for c in t if c.isalpha()]
    if len(letters) < 3:
        return False, None
    last_word = words[-1].lower()
    kind = heading_kind_by_text(t) if len(words) <= 8 else None
    if kind is not None and role_and_holders(t):
        return False, None  # "Funding acquisition: Marina Bobkova.": a role and who held it, not a heading
    if kind is not None and (run := split_run_in(t)) is not None and t[len(run[0]) :].lstrip()[:1] in (":", "."):
        # "Acknowledgements: The authors" | "thank ...": the first line of a run-in
        # paragraph broken early in a narrow column, not a heading
        return False, None
    if kind is not None and (short or ln.bold or big):
        bare = t.rstrip(":.")
        if not re.search(r"[.!?]$", bare) and (t[-1] != "." or len(words) <= 4) and last_word not in _TRAILING_WORDS:
            if ln.size >= body - 2.6 or ln.bold:
                return True, kind
    # (an appendix's label is its number: "Appendix A. Linear algebra in Hilbert spaces", "Appendix 2: Code")
    numbered = re.match(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|(?:Appendix|APPENDIX)\s+[A-Z0-9]{1,2}[.:]?)\s+[A-Z]", t) is not None
    if t.endswith(".") and not numbered:
        return False, None
    if re.search(r"[.!?]$", t) or last_word in _TRAILING_WORDS:
        return False, None
    if t.count(",") >= 2 or "@" in t or "http" in t or "www." in t:
        return False, None
    upper = sum(1 for c in letters if c.isupper()) / len(letters)
    if big and len(words) <= 12:
        return True, kind
    if ln.bold and ln.size >= body - 1.2 and len(words) <= 12 and short:
        return True, kind
    if upper >= 0.85 and len(letters) >= 4 and len(words) <= 8 and ln.size >= body - 1.0:
        return True, kind
    if numbered and len(words) <= 10 and short and (ln.bold or ln.size >= body - 0.3):
        return True, kind
    return False, None


class _Builder:
    """Turns ordered lines into blocks."""

    def __init__(self, body: float, line_gap: float = 0.0, floats: frozenset[tuple[int, int]] = frozenset()) -> None:
        self.body = body
        self.line_gap = line_gap  # usual space between body lines (large in double-spaced drafts)
        self.floats = floats  # (page, region) of the figures and tables: regions that hold a caption
        self.blocks: list[Block] = []
        self.cur: Block | None = None
        self.open_body: Block | None = None
        self.open_small: Block | None = None

    def close(self) -> None:
        if self.cur is not None:
            self.blocks.append(self.cur)
            if self.cur.kind == "paragraph" and abs(self.cur.size - self.body) <= 0.7:
                self.open_body = self.cur
            elif self.cur.kind == "paragraph" and len(self.cur.lines) >= 2 and (self.cur.lines[0].page, self.cur.lines[0].region) not in self.floats:
                self.open_small = self.cur
            self.cur = None

    def _small_goes_on(self, blk: Block, ln: Line) -> bool:
        """Whether ``ln`` goes on a paragraph set in a type other than the
        body's (the small type of acknowledgements and notes) that a page or
        column end broke off mid-sentence ("... Fellowship to J.D.Y. and a" |
        "Fundação de Amparo ..."); a figure or a table may come between, but
        its own lines go on nothing."""
        last = blk.lines[-1]
        # (prose, not a table's cells or a figure's labels: lines of several words, the last running to
        # its column's edge or stopping on a word that leads on)
        prose = (
            sum(len(x.text.split()) for x in blk.lines) >= 6 * len(blk.lines)
            and sum(1 for w in ln.text.split() if re.fullmatch(r"[^\W\d_][\w'’\-]*[,.;:)]?", w)) >= 3
            and (last.x1 >= last.rx1 - 2.0 * last.size or last.text.endswith("-") or last.text.split()[-1].lower() in _TRAILING_WORDS)
        )
        return (
            prose
            # (not a numbered note or place, "1 Department of ...", nor a marked one, "* Corresponding")
            and not re.match(r"(?:\d{1,2}|[a-z*†‡§¶])\s?[A-Z]", ln.text)
            and (ln.page, ln.region) != (last.page, last.region)
            and 0 <= ln.page - last.page <= 1
            and (ln.page, ln.region) not in self.floats
            and abs(ln.size - blk.size) <= 0.3
            and abs(last.size - blk.size) <= 0.3
            and abs(ln.size - self.body) > 0.7
            and self._flows(last, ln, direct=False, first=blk.lines[0])
        )

    def add(self, ln: Line, prev: Line | None, heading: tuple[bool, str | None]) -> None:
        """Put one line (in reading order) into the current block or a new one."""
        is_head, kind = heading
        cur = self.cur
        if (
            is_head
            and kind is None
            and cur is not None
            and cur.kind != "heading"
            and prev is cur.lines[-1]
            and not ln.bold
            and ln.size < self.body + 0.9
            and (prev.text.endswith("-") or not _SENT_END.search(prev.text))
            and self._continues(cur, prev, ln)
        ):
            # "... FIC-R Atacama BIP-" | "30432772-0, CONICYT": a short line in capitals that
            # goes on from an unfinished line at the usual spacing ends the paragraph, no heading
            is_head = False
        if is_head:
            if cur is not None and cur.kind == "heading" and prev is not None and self._heading_continues(cur, ln, prev):
                cur.lines.append(ln)
                return
            self.close()
            self.cur = Block([ln], kind="heading", heading_kind=kind)
            self.open_body = None
            self.open_small = None
            return
        body_line = abs(ln.size - self.body) <= 0.7
        if cur is not None and cur.kind != "heading":
            last = cur.lines[-1]
            if prev is last and self._continues(cur, last, ln):
                cur.lines.append(ln)
                return
            moved = ln.region != last.region or ln.page != last.page
            if moved and body_line and abs(cur.size - self.body) <= 0.7 and self._flows(last, ln, first=cur.lines[0]):
                cur.lines.append(ln)
                return
            if moved and cur.kind == "paragraph" and len(cur.lines) >= 2 and (cur.lines[0].page, cur.lines[0].region) not in self.floats and self._small_goes_on(cur, ln):
                cur.lines.append(ln)
                return
        # a paragraph in small type broken off the same way, a figure or a table between
        os_ = self.open_small
        if os_ is not None and os_ is not cur and self._small_goes_on(os_, ln):
            self.close()
            self.blocks = [blk for blk in self.blocks if blk is not os_]
            os_.lines.append(ln)
            self.cur = os_
            self.open_small = None
            return
        # a paragraph broken by a column or page end, a footnote or a figure
        ob = self.open_body
        if ob is not None and ob is not cur and body_line and self._flows(ob.lines[-1], ln, direct=False, first=ob.lines[0]):
            last = ob.lines[-1]
            if ln.region != last.region or ln.page != last.page or cur is not None:
                self.close()
                self.blocks = [blk for blk in self.blocks if blk is not ob]
                ob.lines.append(ln)
                self.cur = ob
                return
        self.close()
        self.cur = Block([ln])

    def _heading_continues(self, blk: Block, ln: Line, prev: Line) -> bool:
        return (
            ln.page == prev.page
            and ln.region == prev.region
            and abs(ln.size - prev.size) < 0.3
            and ln.bold == prev.bold
            and 0 <= ln.top - prev.bottom < 0.8 * ln.size
            and blk.heading_kind is None
            and len(blk.lines) < 3
        )

    def _flows(self, prev: Line, ln: Line, *, direct: bool = True, first: Line | None = None) -> bool:
        """Whether ``ln`` goes on from ``prev`` across a column or page end
        (``direct``: the lines meet; otherwise something came between;
        ``first``: the first line of ``prev``'s paragraph)."""
        t = ln.text
        if _dash_goes_on(prev, ln, first):
            return True
        if not t or _BULLET.match(t) or _starts_caption(t):
            return False
        if prev.text.endswith("-") or prev.soft:
            return True
        words = prev.text.split()
        if _SENT_END.search(prev.text):
            # "... We thank S." | "Nozinovic for ...": an initial, not a
            # sentence end, when the line was full and a name follows
            return len(words) >= 4 and _not_an_end(prev.text, t) and _broken_for_width(prev, ln)
        if words and words[-1].lower() in _TRAILING_WORDS:
            return True  # "... and the" | "Electron Microscopy Facility ..."
        if len(words) >= 6 and prev.x1 >= prev.rx1 - 2.0 * prev.size:
            return True  # a full line that does not end a sentence goes on in the next column
        if len(words) >= (3 if direct else 6) and _broken_for_width(prev, ln):
            return True  # so does a ragged one that the next word did not fit
        return t[0].islower() or t[0] in "(,;"

    def _continues(self, blk: Block, prev: Line, ln: Line) -> bool:
        if ln.page != prev.page or ln.region != prev.region:
            return False
        if abs(ln.size - prev.size) > 0.7:
            return False
        size = max(ln.size, prev.size)
        gap = ln.top - prev.bottom
        if gap > max(0.75 * size, self.line_gap + 0.5 * size) or gap < -0.5 * size:
            return False
        t = ln.text
        first = blk.lines[0]
        if (_BULLET.match(t) and not _dash_goes_on(prev, ln, first)) or _starts_caption(t):
            return False
        left = ln.rx0
        indent = ln.x0 - left
        prev_indent = prev.x0 - left
        if indent > 0.7 * size and indent < 6 * size and prev_indent < 0.4 * size and not _BULLET.match(first.text) and not first.dropcap and not _hangs(prev, ln):
            return False  # first-line indent of a new paragraph
        if _SENT_END.search(prev.text) and (run := split_run_in(t)) is not None and t[len(run[0]) :].lstrip()[:1] in (":", "."):
            return False  # "... de Tourcoing." | "Acknowledgments: We thank ...": a labelled statement starts (MDPI)
        if _SENT_END.search(prev.text) and prev.x1 < ln.rx1 - 2.5 * size and (ln.rx1 - ln.rx0) > 15 * size:
            # a short line that ends a sentence closes the paragraph, unless
            # it ends on an initial and only the name after it did not fit
            if not (_not_an_end(prev.text, t) and _broken_for_width(prev, ln)):
                return False
        return True


def _hangs(prev: Line, ln: Line) -> bool:
    """Whether an indented line goes on from the line before it, a hanging
    indent (PLOS's contributions: "Conceptualization: A, B, Sunita Gir-" |
    "ish, C."): that line breaks a word, or runs to the column's edge (or
    as near it as the next word allowed) with no sentence ended; no
    paragraph ends so."""
    if re.search(r"[^\W\d_]-$", prev.text):
        return True
    ended = _SENT_END.search(prev.text) is not None and not _not_an_end(prev.text, ln.text)  # (not "... Martin L." | "Lee, ...")
    return not ended and len(prev.text.split()) >= 6 and (prev.x1 >= ln.rx1 - 1.5 * prev.size or _broken_for_width(prev, ln))


def _dash_goes_on(prev: Line, ln: Line, first: Line | None) -> bool:
    """Whether a line that looks like a list item goes on from ``prev``: a
    word or a code broken at its hyphen ("beamline ID23-" | "2. We thank
    ..."), or a dash inside a sentence ("... Research and Innovation
    Agency" | "— BRIN, Indonesia; ...") where the paragraph is no list of
    dashed items."""
    if re.search(r"[^\W_]-$", prev.text):
        return True
    return (
        re.match(r"[—–]\s", ln.text) is not None
        and not re.search(r"[.!?:;,][\"'”’)\]]*$", prev.text)
        and not (first is not None and _BULLET.match(first.text))
    )


_INITIAL_END = re.compile(r"(?:^|[\s(])(?:[A-Z]\.-?)+[A-Z]\.$|(?:^|[\s(])[A-Z]\.$")


_ABBREV_END = re.compile(r"(?:^|[\s(])(?:Ltd|Inc|Co|Corp|Dr|Prof|Mr|Mrs|Ms|St|Drs|Profs|vs|cf|al|e\.g|i\.e|approx|Dept|Univ|Inst)\.$")


def _not_an_end(prev: str, nxt: str) -> bool:
    """Whether the full stop ending ``prev`` is an initial or an
    abbreviation that the next line goes on from: "We thank S." |
    "Nozinovic", "on the P." | "striiformis phylogeny", "the MEA Ltd." |
    "(Nakuru, Kenya)", "Dr." | "Ana"."""
    if _INITIAL_END.search(prev) and nxt[:1].isalpha():
        return True  # "We thank S." | "Nozinovic", "the P." | "striiformis phylogeny" (a genus shortened)
    return bool(_ABBREV_END.search(prev)) and (nxt[:1].isalpha() or nxt[:1] in "(,;")


def _broken_for_width(prev: Line, ln: Line) -> bool:
    """Whether ``prev`` ended only because the next word would not fit: the
    room left at its end is narrower than the first word of ``ln`` (at a
    generous 0.6 em a character). Ragged-right text breaks its lines well
    short of the column edge, so "the line is full" alone misses them."""
    first = ln.text.split(" ", 1)[0]
    room = prev.rx1 - prev.x1
    return prev.rx1 - prev.rx0 > 12 * prev.size and room < (len(first) + 1) * 0.6 * prev.size


def _join_lines(lines: list[Line], vocab: set[str]) -> str:
    """A block's text: lines joined by spaces, hyphenation repaired."""
    parts: list[str] = []
    for ln in lines:
        t = ln.text
        if not parts:
            parts.append(t)
            continue
        last = parts[-1]
        if last.endswith(".-") and t[:1].isupper():
            parts[-1] = last + t  # initials broken at their hyphen: "M.G.-" | "L."
        elif last.endswith("-") and len(last) > 1 and last[-2].isalpha():
            parts[-1] = repair_hyphen(last, t, vocab)
        elif last.endswith(("—", "–", "/")) or (last.endswith("-") and len(last) > 1 and last[-2].isdigit() and t[:1].isalnum()):
            parts[-1] = last + t  # "beamline 24-" | "ID-C", "grant CN211-" | "01": a hyphen in a code stays, with no space
        else:
            parts.append(t)
    out = " ".join(parts)
    return re.sub(r"\s{2,}", " ", out).strip() if "  " in out else out.strip()


# ---------------------------------------------------------------- the parser


def _open(path: Path, api: _Pdfium) -> Any:
    try:
        with path.open("rb") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - 8192))
            tail = fh.read()
    except OSError as exc:
        raise InputFileError(f"cannot be opened ({exc.strerror or exc})") from None
    try:
        doc = api.pdfium.PdfDocument(str(path))
    except api.pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg or "security" in msg:
            raise EncryptedInput("is an encrypted PDF (password-protected); save an unprotected copy to check it") from None
        if "format" in msg or "file" in msg:
            raise InputFileError("is not a readable PDF (its structure is damaged)") from None
        raise InputFileError(f"is not a readable PDF ({str(exc)[:80]})") from None
    if b"%%EOF" not in tail:
        doc.close()
        raise InputFileError("is a truncated or damaged PDF (its end-of-file marker is missing)")
    return doc


def _read_pages(doc: Any, api: _Pdfium, deadline: float) -> tuple[list[PageText], dict[int, Any]]:
    """The lines of the first ``MAX_PDF_PAGES`` pages; the first three
    pages' text pages stay open (for the author block's superscripts)."""
    total = len(doc)
    n = min(total, limits.MAX_PDF_PAGES)
    pages: list[PageText] = []
    keep: dict[int, Any] = {}
    for i in range(n):
        if time.perf_counter() > deadline:
            raise LimitExceeded(f"took longer than {limits.MAX_PDF_SECONDS} s to read (stopped at page {i + 1} of {total})")
        try:
            page = doc[i]
            w, h = page.get_size()
            tp = page.get_textpage()
        except api.pdfium.PdfiumError:  # a damaged page: read the others
            pages.append(PageText(i + 1, 612.0, 792.0))
            continue
        lines = _page_lines(api, tp, i + 1, h, w)
        pages.append(PageText(i + 1, w, h, lines))
        if i < 3:  # the title page may follow a cover page
            keep[i] = (page, tp)
        else:
            tp.close()
            page.close()
    return pages, keep


_NUMBERED = re.compile(r"^\d{1,4}\s+(?=\S)")


def _number_column(lines: list[Line]) -> set[int]:
    """Line numbers wherever the margin is: numbers stacked in one column
    (aligned at their left or right edge) that count up down the page, such
    as a submitted manuscript's numbers between a side column and the text.
    Bare numbers are returned (by ``id``) to be dropped; a number the reader
    ran into the line beside it is cut from that line's start here."""
    cands: list[tuple[Line, int, bool]] = []  # line, value, glued to text
    for ln in lines:
        if ln.text.isdecimal() and len(ln.text) <= 5:
            cands.append((ln, int(ln.text), False))
        else:
            m = _NUMBERED.match(ln.text)
            if m:
                cands.append((ln, int(m.group().strip()), True))
    # (Copernicus's discussion papers number every fifth line: "385", "390", ...)
    fives = sum(1 for c in cands if c[1] % 5 == 0)
    if len(cands) < 8 and not (len(cands) >= 4 and fives == len(cands)):
        return set()
    # numbered lines down most of the page: a numbered list of affiliations or
    # references fills a block of it, not its height
    page_top = min(ln.top for ln in lines)
    page_height = max(ln.bottom for ln in lines) - page_top
    drop: set[int] = set()
    cut: set[int] = set()
    for edge in ("x0", "x1"):
        pool = sorted((c for c in cands if edge == "x0" or not c[2]), key=lambda c: getattr(c[0], edge))
        groups: list[list[tuple[Line, int, bool]]] = []
        for c in pool:
            if groups and getattr(c[0], edge) - getattr(groups[-1][-1][0], edge) < 2.0:
                groups[-1].append(c)
            else:
                groups.append([c])
        # right-aligned numbers read by their left edge step left as they
        # gain a digit (9 to 10, 99 to 100): a group that carries on the
        # count of the one before it, a little to its left, is the same column
        groups.sort(key=lambda g: min(c[1] for c in g))
        merged: list[list[tuple[Line, int, bool]]] = []
        for g in groups:
            low = min(c[1] for c in g)
            prev = next(
                (m for m in merged if 0 < low - max(c[1] for c in m) <= (5 if low % 5 == 0 else 3) and abs(getattr(g[0][0], edge) - getattr(m[0][0], edge)) < 12.0),
                None,
            )
            if prev is not None:
                prev.extend(g)
            else:
                merged.append(list(g))
        for group in merged:
            col = sorted(group, key=lambda g: g[0].top)
            vals = [g[1] for g in col]
            # every fifth line numbered: each a multiple of five, five more than the one above
            by_fives = len(col) >= 4 and all(v % 5 == 0 for v in vals) and all(b - a == 5 for a, b in zip(vals, vals[1:]))
            if len(group) < 8 and not by_fives:
                continue
            rising = sum(1 for a, b in zip(vals, vals[1:]) if 0 < b - a <= 3)
            tall = col[-1][0].top - col[0][0].top >= (0.3 if by_fives else 0.6) * page_height
            if tall and (by_fives or rising >= 0.8 * (len(col) - 1)):
                for ln, _, glued in col:
                    (cut if glued else drop).add(id(ln))
    for ln in lines:
        if id(ln) in cut:
            m = _NUMBERED.match(ln.text)
            if m:
                ln.x0 += (ln.x1 - ln.x0) * m.end() / max(1, len(ln.text))
                ln.text = ln.text[m.end() :]
                ln.lineno_cut = True
    return drop


def _strip_glued_line_numbers(lines: list[Line]) -> None:
    """A manuscript's line numbers run into the text of every line ("6 1 College
    of ...", "7 Daqing 163319, ..."): when most lines of the page open with a
    number, one more than the line's above, those numbers go."""
    texted = sorted((ln for ln in lines if ln.text.strip()), key=lambda ln: (ln.top, ln.x0))
    if len(texted) < 8:
        return
    # (numbers PDFium kept apart, on lines of their own, count in the run as well; a place's mark
    # at the start of a line, "1 College of ...", is not one more than the line number above)
    lead = [(ln, int(m.group(1))) for ln in texted if (m := re.match(r"(\d{1,4})(?:\s+\S|\s*$)", ln.text))]
    chain: list[tuple[Line, int]] = []
    for ln, n in lead:
        if not chain or n == chain[-1][1] + 1:
            chain.append((ln, n))
    if len(chain) < 8 or len(chain) < 0.5 * len(texted):
        return
    for ln, _ in chain:
        if not ln.text.strip().isdigit():
            ln.text = re.sub(r"^\d{1,4}\s+", "", ln.text, count=1)
            ln.lineno_cut = True


def _strip_trailing_line_numbers(lines: list[Line]) -> None:
    """The same at the other end: numbers in the right margin run onto the end
    of every line ("... discussions of 643", "their experimental studies 644"),
    one more than the line's above, on most lines of the page."""
    texted = sorted((ln for ln in lines if ln.text.strip()), key=lambda ln: (ln.top, ln.x0))
    if len(texted) < 8:
        return
    tail = [(ln, int(m.group(1))) for ln in texted if (m := re.search(r"(?:^|\s)(\d{1,4})$", ln.text.rstrip()))]
    chain: list[tuple[Line, int]] = []
    for ln, n in tail:
        if not chain or n == chain[-1][1] + 1:
            chain.append((ln, n))
    if len(chain) < 8:
        return
    # (the numbers stand in a column of their own: the lines they end, end together; in a
    # two-column preprint only one column may carry them)
    edge = sorted(ln.x1 for ln, _ in chain)[len(chain) // 2]
    if sum(1 for ln, _ in chain if abs(ln.x1 - edge) <= 2.0) < 0.8 * len(chain):
        return
    for ln, _ in chain:
        if not ln.text.strip().isdigit():
            ln.text = re.sub(r"\s+\d{1,4}\s*$", "", ln.text, count=1)


def _drop_line_numbers(pages: list[PageText]) -> None:
    """Remove manuscript line numbers: bare numbers in the margin beside
    the text (left or right of every line that holds words), and columns of
    numbers counting down the page wherever they stand."""
    counted_on = [_number_column(pg.lines) for pg in pages]
    # where the numbers stand on the pages that have many, by their right edge and type
    known = {(round(ln.x1), round(ln.size, 1)) for pg, counted in zip(pages, counted_on) for ln in pg.lines if id(ln) in counted}
    for pg, counted in zip(pages, counted_on):
        if not counted and known:
            # a title page with only a few lines, so a few numbers: in the column the other pages number in, in
            # the same type, they are line numbers too
            counted = {
                id(ln)
                for ln in pg.lines
                if ln.text.isdecimal() and len(ln.text) <= 5 and any(abs(ln.x1 - x) <= 2 and abs(ln.size - size) <= 0.3 for x, size in known)
            }
        if counted:
            pg.lines = [ln for ln in pg.lines if id(ln) not in counted]
        # a number glued to the start of a line it shares a row with ("1 A dataset of ...") is not its text's edge
        wordy = [ln for ln in pg.lines if len(ln.text) > 25 and not _NUMBERED.match(ln.text)]
        if len(wordy) < 5:
            continue
        left = sorted(ln.x0 for ln in wordy)[len(wordy) // 20]
        right = sorted(ln.x1 for ln in wordy)[-(len(wordy) // 20) - 1]
        margin = [ln for ln in pg.lines if ln.text.isdigit() and len(ln.text) <= 4 and ln.x1 <= left + 1]
        pg.lines = [
            ln for ln in pg.lines if not (ln.text.isdigit() and len(ln.text) <= 4 and (ln.x1 <= left + 1 or ln.x0 >= right - 1))
        ]
        if len(margin) >= 3:
            # the margin's numbers that PDFium ran into the line beside them
            col0 = min(ln.x0 for ln in margin) - 1.0
            col1 = max(ln.x1 for ln in margin)
            for ln in pg.lines:
                m = _NUMBERED.match(ln.text)
                if m and col0 <= ln.x0 <= col1 and ln.x0 < left - 1:
                    ln.text = ln.text[m.end() :]
                    ln.x0 = left
                    ln.lineno_cut = True
    for pg in pages:
        # (what is left: numbers run into every line, with no margin of their own to find them by)
        _strip_glued_line_numbers(pg.lines)
        _strip_trailing_line_numbers(pg.lines)


def _size_weights(pages: list[PageText]) -> dict[float, int]:
    """How much text (characters) each size, to half a point, holds."""
    weight: dict[float, int] = {}
    for pg in pages:
        for ln in pg.lines:
            k = round(ln.size * 2) / 2
            weight[k] = weight.get(k, 0) + len(ln.text)
    return weight


def _body_size(pages: list[PageText]) -> float:
    """The size most of the text is set in, judged on the first half of
    the pages (reference lists, set smaller, fill the back)."""
    weight = _size_weights(pages[: max(1, math.ceil(len(pages) / 2))])
    if not weight:
        return 10.0
    return max(weight.items(), key=lambda kv: kv[1])[0]


def _layout(pages: list[PageText]) -> None:
    """Put every page's lines in reading order, numbering regions and lines."""
    rid = 0
    for k, pg in enumerate(pages):
        ordered: list[Line] = []
        regions = (_front_grid(pg) if k < 3 else None) or _order(pg.lines)
        for region in regions:
            rid += 1
            rx0 = min(ln.x0 for ln in region)
            rx1 = max(ln.x1 for ln in region)
            for ln in region:
                ln.region, ln.rx0, ln.rx1 = rid, rx0, rx1
                ordered.append(ln)
        _merge_drop_caps(ordered)
        for k, ln in enumerate(ordered, 1):
            ln.no = k
        pg.lines = ordered


def _join_broken_rows(lines: list[Line], limit: int = 40) -> list[Line]:
    """A line of names broken in two on its baseline by a gap (an ORCID icon
    between them, MDPI): "Ashley Novais 1,* , Carlos Calaza 1" and ", José
    Fernandes 1, ..." to its right, read into different regions. The piece
    that goes on with a comma joins the one before it, in the same type,
    when together they are a longer list of names."""
    by_row: dict[tuple[int, int], list[Line]] = {}
    for ln in lines:
        by_row.setdefault((ln.page, round(ln.top)), []).append(ln)
    gone: set[int] = set()
    todo = list(lines[:limit])
    while todo:
        a = todo.pop(0)
        if id(a) in gone:
            continue
        near = sorted((x for d in (-1, 0, 1) for x in by_row.get((a.page, round(a.top) + d), ())), key=lambda x: x.x0)
        for b in near:
            if b is a or id(b) in gone:
                continue
            gap = b.x0 - a.x1
            if not (abs(b.top - a.top) < 0.5 and abs(b.size - a.size) < 0.3 and b.bold == a.bold and b.font == a.font and 0 < gap < 3 * a.size):
                continue
            # (or two pieces that are each names, parted by their marks alone: "Marti A. Hearstβ Daniel S.
            # Weldα,ω" and "Doug Downeyα,η Luca Soldainiα∗" across a column's gutter)
            if not (b.text.lstrip().startswith((",", ";")) or a.text.rstrip().endswith((",", ";"))) and not (
                _ENDS_IN_MARK.search(a.text) and parse_author_line(a.text) and parse_author_line(b.text)
            ):
                continue
            joined = a.text.rstrip() + ("" if b.text.lstrip().startswith((",", ";")) else " ") + b.text.lstrip()
            if len(parse_author_line(joined) or []) <= len(parse_author_line(a.text) or []):
                continue
            a.text, a.x1, a.spans = joined, b.x1, [*a.spans, *b.spans]
            gone.add(id(b))
            todo.insert(0, a)  # (and the piece after that one: a row broken more than once)
            break
    return [ln for ln in lines if id(ln) not in gone] if gone else lines


def _mend_disordered_rows(api: _Pdfium, tp: Any, lines: list[Line], limit: int = 40) -> list[Line]:
    """One row of the page written out of order, read as one line by where
    its letters stand. A front page may print a line of names as pieces
    that go back along the row: "Kristina Blennow", her marks, the marks of
    the names after her, then ", Georg Carlsson , Laura ..." from further
    left. Read in the order written, the names lose their marks and the
    row breaks in two. Only the first ``limit`` lines are looked at."""
    tp = getattr(tp, "raw", tp)
    out: list[Line] = []
    k = 0
    n = len(lines)
    while k < n:
        ln = lines[k]
        j = k + 1
        if k < limit:
            while (
                j < n
                and lines[j].page == ln.page
                and min(lines[j].bottom, ln.bottom) - max(lines[j].top, ln.top) > 0.3 * min(lines[j].height, ln.height)
            ):
                j += 1
        group = lines[k:j]
        back = any(b.x0 < a.x1 - 1.0 for a, b in zip(group, group[1:]))
        if len(group) < 2 or not back:
            out.append(ln)
            k += 1
            continue
        main = max(group, key=lambda x: (sum(c.isalpha() for c in x.text), x.size))
        if any(x.lineno_cut for x in group):
            out.append(ln)  # (a margin's line number was cut from a piece: its letters are read as they are)
            k += 1
            continue
        # each piece is more of the row's text, in its type, or a run of small marks ("a b *", "c")
        if not all(
            (x.font == main.font and abs(x.size - main.size) < 0.5 and sum(c.isalpha() for c in x.text) >= 2) or (x.size < 0.85 * main.size and _MARKS_LINE.fullmatch(x.text))
            for x in group
        ):
            out.append(ln)
            k += 1
            continue
        chars = []
        spread: list[tuple[float, float]] = []  # each piece's letters in the row's own type, left to right
        for x in group:
            lo, hi = math.inf, -math.inf
            for c0, c1 in x.spans:
                for ci in range(c0, c1 + 1):
                    ch = api.unicode(tp, ci)
                    if ch and not ch.isspace():
                        box = api.loose(tp, ci)
                        chars.append((box[0], ci, ch, box[2]))
                        if api.size(tp, ci) >= 0.85 * main.size:
                            lo, hi = min(lo, box[0]), max(hi, box[2])
            if lo < hi:
                spread.append((lo, hi))
        chars.sort()
        spread.sort()
        # the pieces' letters do not overlap (only small marks stand between them), and the row runs on
        # without a gap as wide as a column's gutter: a side note, a margin's line number or a column beside
        # the row are not part of it
        # (and marks follow letters: a small number before the row's first letter is a margin's line number)
        if (
            not spread
            or any(b[0] < a[1] - 1.0 for a, b in zip(spread, spread[1:]))
            or any(b[0] - a[3] > 1.5 * main.size for a, b in zip(chars, chars[1:]))
            or any(x.size < 0.85 * main.size and x.x0 < spread[0][0] for x in group)
        ):
            out.append(ln)
            k += 1
            continue
        spans: list[tuple[int, int]] = []
        words: list[str] = []
        for _, ci, ch, _ in chars:
            if spans and ci == spans[-1][1] + 1:
                spans[-1] = (spans[-1][0], ci)
                words[-1] += ch
            else:
                spans.append((ci, ci))
                words.append(ch)
        text = _clean_text(" ".join(words).replace(" ,", ",").replace("\ufffe", "-"))
        row = Line(
            text, ln.page, min(x.x0 for x in group), max(x.x1 for x in group), min(x.top for x in group), max(x.bottom for x in group),
            main.size, main.bold, main.font, spans, group[-1].soft, main.dropcap, ln.trange, ln.region, ln.rx0, ln.rx1, ln.no,
        )  # fmt: skip
        # (only a line of names is mended: a formula or a table's row is left as it was read)
        if len(parse_author_line(_char_runs(api, tp, row)) or []) < 2:
            out.append(ln)
            k += 1
            continue
        out.append(row)
        k = j
    return out


# a heading that opens the paper's text after its front matter
_OPENS_TEXT = re.compile(r"^\W*(?:(?:[1I]|1\.)\s+)?(?:abstract|summary|keywords|key\s*words|introduction|a\s*b\s*s\s*t\s*r\s*a\s*c\s*t)\b", re.I)


def _title_beside_column(lines: list[Line], limit: int = 40) -> list[Line]:
    """A title in display type (13 points or more) whose lines are read in
    turn with a column of small print set beside it (SAGE: "Failing to Forget: ..." with
    "Psychological Science", "2015, Vol. 26(5)", "DOI: ..." to its right):
    the title's lines together, the column after them. Only the first
    ``limit`` lines are looked at."""
    out = list(lines)
    k = 0
    while k < min(limit, len(out)):
        head = out[k]
        run, side = [k], []
        j = k + 1
        while j < min(limit, len(out)):
            ln, last = out[j], out[run[-1]]
            if ln.page != head.page:
                break
            if abs(ln.size - head.size) < 0.4 and abs(ln.x0 - head.x0) < 2.0 and -0.5 * head.size <= ln.top - last.bottom < 1.2 * head.size:
                run.append(j)
            elif (
                head.size >= 13.0
                and ln.size < head.size - 2.0
                and ln.x0 > max(out[i].x1 for i in run) + 2.0
                and ln.top < last.bottom + 1.2 * head.size
                and re.search(r"[^\W\d_]{2}", ln.text) is not None  # (not a name's raised marks, "2,4,", set on their own)
            ):
                side.append(j)
            else:
                break
            j += 1
        if side and run[-1] > side[0] and len(run) >= 2:
            block = [out[i] for i in run] + [out[i] for i in side if i < run[-1]]
            rest = [out[i] for i in side if i > run[-1]]
            out[k : run[-1] + 1 + len(rest)] = block + rest
            k += len(run)
        else:
            k += 1
    return out


def _italic(font: str) -> bool:
    """Whether a font's name says it slants ("NimbusRomNo9L-ReguItal", "Times-Oblique")."""
    return bool(re.search(r"ital|oblique|slant|-it$", font, re.I))


def _grid_name(ln: Line) -> bool:
    """A line that is one person's name and nothing else (a cell's head)."""
    if len(ln.text) > 60 or looks_like_affiliation(ln.text):
        return False
    pairs = parse_author_line(ln.text)
    return pairs is not None and len(pairs) == 1


def _under_cell_head(ln: Line, prev: Line, lines: list[Line]) -> bool:
    """Whether ``ln`` is a line of a grid's cell after the cell's first
    line, in a cell that holds an e-mail address (the cell of one author)."""
    return (
        ln.in_grid
        and prev.in_grid
        and ln.region == prev.region
        and ln.page == prev.page
        and any("@" in x.text for x in lines if x.region == ln.region and x.page == ln.page)
    )


def _stacked_places(row: list[Line], nxt: list[Line], lines: list[Line], near: float) -> bool:
    """Whether ``nxt`` sits on the line right under ``row``, each of its
    lines under one of the row's cells, with an e-mail address under each
    cell: the cells' places, set in the names' type."""
    if len(nxt) > len(row) or nxt[0].top - row[0].top > 1.8 * max(row[0].height, 1.0):
        return False
    centres = [(x.x0 + x.x1) / 2 for x in row]
    # (each under a cell: all of them, or those whose place the name reader takes for a name, "Intel Labs")
    if any(min(abs((b.x0 + b.x1) / 2 - c) for c in centres) >= near for b in nxt):
        return False
    mails = [ln for ln in lines if "@" in ln.text and 0 < ln.top - nxt[0].top <= 1.8 * max(nxt[0].height, 1.0)]
    return all(any(abs((m.x0 + m.x1) / 2 - c) < near for m in mails) for c in centres)


def _front_grid(pg: PageText) -> list[list[Line]] | None:
    """The regions of a front page whose authors are set in a grid of cells
    (IEEE's and ACM's title pages): each cell a name with its places, e-mail
    and the like centred beneath it, two or more cells side by side. The
    cells are read one after another, each as its own region (name, then
    its lines), between the lines above the grid and those below it, which
    are ordered as usual. None when the page has no such grid."""
    lines = pg.lines
    if len(lines) < 4:
        return None
    upper = [ln for ln in lines if _grid_name(ln)]
    rows: list[list[Line]] = []
    for ln in sorted(upper, key=lambda x: (x.top, x.x0)):
        if rows and abs(ln.top - rows[-1][0].top) < 0.3 * ln.height and abs(ln.size - rows[-1][0].size) < 0.3 and ln.font == rows[-1][0].font:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    # (left to right: a name raised by its mark, "Uros Tesic ∗", is met first though it stands in the middle)
    rows = [sorted(r, key=lambda x: x.x0) for r in rows]
    wide = [r for r in rows if len(r) >= 2 and all(b.x0 - a.x1 >= 2 * MIN_GUTTER for a, b in zip(r, r[1:], strict=False))]
    if not wide or wide[0][0].top > 0.6 * pg.height:  # (the first row of cells is on the upper part of the page)
        return None
    head = wide[0][0]
    # later rows in the same type; a last row may hold fewer cells than the first, even one, under the first's columns
    centres0 = [(ln.x0 + ln.x1) / 2 for ln in wide[0]]
    rows = [
        r
        for r in rows
        if r[0].top >= head.top
        and abs(r[0].size - head.size) < 0.3
        and r[0].font == head.font
        and (r in wide or all(min(abs((x.x0 + x.x1) / 2 - c) for c in centres0) < 3.0 for x in r))
    ]
    near = max(3.0, 0.15 * min(b - a for a, b in zip(centres0, centres0[1:], strict=False)))
    # a row set right under the row of names, in their type, with an e-mail address under each of its cells, is the
    # cells' places, not more names (ACM's older template: "Blaise Tine" over "Georgia Tech" over "bt@gatech.edu")
    rows = [r for i, r in enumerate(rows) if not (i and _stacked_places(rows[i - 1], r, lines, near))]
    # a cell's head in the row's type, on its baseline and under a column of the first row, is a name even when
    # the name reader doubts it ("6 th Yanlong cao", a family name printed in lower case)
    in_rows = {id(x) for r in rows for x in r}
    for r in rows[1:]:
        for ln in lines:
            c = (ln.x0 + ln.x1) / 2
            if (
                id(ln) not in in_rows
                and abs(ln.top - r[0].top) < 0.3 * ln.height
                and abs(ln.size - head.size) < 0.3
                and ln.font == head.font
                and min(abs(c - c0) for c0 in centres0) < near
                and 2 <= len(ln.text.split()) <= 6
                and not looks_like_affiliation(ln.text)
                and "@" not in ln.text
            ):
                r.append(ln)
                in_rows.add(id(ln))
        r.sort(key=lambda x: x.x0)
    grid_top = rows[0][0].top
    cells: list[list[Line]] = []
    taken: set[int] = set()
    longest = 0  # the most lines a cell of the rows read so far holds: later rows follow the same template
    for ri, row in enumerate(rows):
        # (a name raised by its mark may stand higher than the rest of its row: "Huayao Wu∗" over "Jiyuan Song")
        row_bottom = min(x.top for x in rows[ri + 1]) if ri + 1 < len(rows) else pg.height
        centres = [(ln.x0 + ln.x1) / 2 for ln in row]
        half = min(b - a for a, b in zip(centres0, centres0[1:], strict=False)) / 2
        # (the lines under a name may be set tight, their boxes overlapping it by a little: "Krithika Ramesh" over
        # "Microsoft Research" a point higher than the name's box ends)
        below = sorted((ln for ln in lines if row[0].bottom <= ln.top + max(1.0, 0.15 * ln.height) and ln.top + 1.0 < row_bottom and id(ln) not in taken and ln not in row), key=lambda x: x.top)
        row_cells = [[ln] for ln in row]
        last_bottom = row[0].bottom
        for ln in below:
            c = (ln.x0 + ln.x1) / 2
            k = min(range(len(centres)), key=lambda i: abs(centres[i] - c))
            inside = abs(centres[k] - c) < half and ln.x0 > centres[k] - half - 2.0 and ln.x1 < centres[k] + half + 2.0
            # (a long place centred under its name may run past the column's half, short of the next name's centre:
            # "University of Doha for Science and Technology" under the last cell)
            inside = inside or (abs(centres[k] - c) < 4.0 and not any(ln.x0 < x < ln.x1 for i, x in enumerate(centres) if i != k))
            if not inside or ln.top - last_bottom > 2.5 * max(ln.height, 1.0) or ln.size > head.size + 0.5 or _OPENS_TEXT.match(ln.text):
                break  # a line across the cells, a heading ("Abstract" under the middle cell) or a clear space: the grid has ended
            if longest and len(row_cells[k]) >= longest:
                continue  # more lines than any cell above holds: what follows the grid ("CCS Concepts" under a last, lone cell)
            row_cells[k].append(ln)
            last_bottom = max(last_bottom, ln.bottom)
        under = [x for c in row_cells for x in c[1:]]
        # (an e-mail address, or the rest of one broken over a line, set in the names' type says nothing:
        # "peiji@yahoo-inc.com", "wenjingm@yahoo-" | "inc.com" under ACM's cells)
        typed = [x for x in under if not ("@" in x.text or re.fullmatch(r"[\w.\-]+\.[a-z]{2,}", x.text.strip()))]
        mailed = sum(any("@" in x.text for x in c[1:]) for c in row_cells)
        if not under or (sum(abs(x.size - head.size) > 0.3 or x.font != head.font for x in typed) < 0.5 * len(typed) and mailed < len(row_cells)):
            break  # names side by side with nothing, or more of the same type, under them: not a grid of cells
            # (unless each cell ends in its e-mail address: a cell's lines may all be set in one type)
        for c in row_cells:
            taken.update(id(x) for x in c)
        cells.extend(row_cells)
        longest = max(longest, *(len(c) for c in row_cells))
        if ri + 1 < len(rows) and last_bottom < rows[ri + 1][0].top - 4 * head.height:
            break
    if not cells or all(len(c) == 1 for c in cells):
        return None
    grid_bottom = max(ln.bottom for c in cells for ln in c)
    rest = [ln for ln in lines if id(ln) not in taken]
    above = [ln for ln in rest if ln.bottom <= grid_top + 1.0]
    beside = [ln for ln in rest if ln.bottom > grid_top + 1.0 and ln.top < grid_bottom - 1.0]
    if beside:
        return None  # something else shares the grid's height (a side column): left to the usual order
    below_all = [ln for ln in rest if ln.top >= grid_bottom - 1.0]
    for c in cells:
        for ln in c:
            ln.in_grid = True
    return _order(above) + [[c[0], *sorted(c[1:], key=lambda x: x.top)] for c in cells] + _order(below_all)


def _merge_drop_caps(lines: list[Line]) -> None:
    """A large initial letter beside the first lines of a paragraph joins
    the line it starts."""
    i = 0
    while i < len(lines) - 1:
        ln = lines[i]
        if len(ln.text) == 1 and ln.text.isalpha() and ln.text.isupper():
            for j in range(i + 1, min(i + 4, len(lines))):
                nx = lines[j]
                if nx.size * 1.8 < ln.size and 0 <= nx.x0 - ln.x1 < 2 * nx.size and ln.top - nx.size <= nx.top <= ln.bottom:
                    nx.text = ln.text + nx.text
                    nx.x0 = ln.x0
                    nx.dropcap = True
                    del lines[i]
                    i -= 1
                    break
        i += 1


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _find_title(lines: list[Line], height: float) -> tuple[int, int] | None:
    """Index range [i, j) of the title on the first page: the largest text
    in the upper part of the page that is not an article-type label or a
    journal's name (a run of same-size lines with at least three words is
    preferred)."""
    groups: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        if ln.top >= height * 0.6 or sum(c.isalpha() for c in ln.text) < 4 or ARTICLE_TYPE.match(ln.text.strip()):
            k += 1
            continue
        j = k + 1
        while (
            j < len(lines)
            and abs(lines[j].size - ln.size) < 0.4
            and -0.5 * ln.size <= lines[j].top - lines[j - 1].bottom < 1.2 * ln.size  # tight leading: font boxes may overlap
            and not ARTICLE_TYPE.match(lines[j].text.strip())
            # a title set in capitals, then the names in their own case in the same type ("TRANSIENT
            # SPATIAL ATTENTION" over "Yaffa Yeshurun and Liat Levy")
            and not (_capitals(lines[j - 1].text) and not _capitals(lines[j].text) and parse_author_line(lines[j].text) is not None)
            # a bold title, then the names in the same size in another face (REVTeX's preprint style)
            and not (lines[j].font != lines[j - 1].font and len(parse_author_line(lines[j].text) or []) >= 2 and not looks_like_affiliation(lines[j].text))
        ):
            j += 1
        groups.append((k, j))
        k = j
    # a journal header or banner; a title whose last line carries a version note with a link
    # ("... estimates[v2; ref status: indexed, http://f1000r.es/4fj]", F1000) is still a title
    groups = [g for g in groups if not any(_JOURNAL_HEADER.search(lines[i].text) and not (i == g[1] - 1 and i > g[0] and re.search(r"\[v\d+;", lines[i].text)) for i in range(*g))]
    # a line of names is the author list, not the title (its superscripts may sit on a line of their own)
    names = [g for g in groups if g[1] - g[0] == 1 and parse_author_line(lines[g[0]].text) is not None and len(parse_author_line(lines[g[0]].text) or []) >= 2 and not looks_like_affiliation(lines[g[0]].text)]
    # ("Lipid Rafts and Plant Gravisensitivity" reads as two names, but over the names in smaller type it is the title)
    names = [g for g in names if not (g[1] < len(lines) and lines[g[0]].size > lines[g[1]].size + 1.0 and (g[1], g[1] + 1) in names)]
    if names and len(names) < len(groups):
        groups = [g for g in groups if g not in names]
    if not groups:
        return None
    wordy = [g for g in groups if sum(len(lines[i].text.split()) for i in range(*g)) >= 3]
    # a short title ("Ensemble Tractography") in the largest type, its authors right under it, is still the title
    # (not over a title of several lines that is no list of names: "Journal Name" over a title whose last
    # line reads as a name)
    top_size = max((lines[g[0]].size for g in wordy), default=0.0)
    wordy_blocks = {h[0]: h for h in wordy if h[1] - h[0] > 1}

    def over_title(g: tuple[int, int]) -> bool:
        h = wordy_blocks.get(g[1])
        return h is not None and parse_author_line(" ".join(lines[i].text for i in range(*h))) is None

    short = [
        g
        for g in groups
        if g not in wordy
        and lines[g[0]].size >= top_size + 0.5
        and not over_title(g)
        and any(
            parse_author_line(t) and not looks_like_affiliation(t)
            for t in [lines[j].text for j in range(g[1], min(g[1] + 2, len(lines)))] + [" ".join(x.text for x in lines[g[1] : g[1] + 2])]
        )
    ]
    pool = (wordy + short) or groups
    # a title is followed by its authors: prefer the groups that an author list follows, before any
    # other wordy group (a journal's section label over the title, "clinical investigations in
    # critical care", is followed by the title, not by the names)
    starts = {h[0] for h in wordy}

    # (a line inside another group of words is part of it: "Severe Acute Respiratory Syndrome" in a title reads as a name)
    # (and a line that opens a group of several is read with the rest of it: a title's first line, "Exhaled
    # Air Dispersion Distances", is no list of names)
    inside = {i for h in groups for i in range(h[0] + 1, h[1])}
    opens = {h[0]: h for h in groups if h[1] - h[0] > 1}

    def names_at(j: int) -> bool:
        if (parse_author_line(lines[j].text) and not looks_like_affiliation(lines[j].text)) or _name_email(lines[j].text):
            h = opens.get(j)
            return h is None or parse_author_line(" ".join(lines[i].text for i in range(*h))) is not None
        return False

    def names_follow(g: tuple[int, int]) -> bool:
        for j in range(g[1], min(g[1] + 4, len(lines))):
            if j in inside:
                continue
            if names_at(j):
                # (not over a group of words in larger type than the names: that group is the title)
                return not any(i in starts and lines[i].size > lines[j].size + 1.0 for i in range(g[1], j))
        return False

    followed = [g for g in pool if names_follow(g)]
    # a conference's banner over the title ("Audio Engineering Society / Student Project Expo Paper /
    # Presented at the 158th Convention"): the lines a venue line follows are no rival to the title
    banner = [g for g in pool if g not in followed and any(_VENUE_LINE.match(lines[j].text) for j in range(g[1], min(g[1] + 3, len(lines))))]
    if followed and banner:
        pool = [g for g in pool if g not in banner]
    # (within a quarter of the largest type: a section label set larger over the title is no rival)
    if followed and lines[max(followed, key=lambda g: lines[g[0]].size)[0]].size >= 0.75 * max(lines[g[0]].size for g in pool):
        pool = followed
    elif followed:
        # a journal's label of one line in much larger type ("CHEST Original Research" over the title):
        # the title is still the group in display type, well above the text's, that the names follow
        weight: dict[float, int] = {}
        for ln in lines:
            weight[round(ln.size, 1)] = weight.get(round(ln.size, 1), 0) + len(ln.text)
        text_size = max(weight, key=lambda z: weight[z])
        display = [g for g in followed if lines[g[0]].size >= 1.4 * text_size]
        best = max((lines[g[0]].size for g in display), default=0.0)
        if display and all(g[1] - g[0] == 1 for g in pool if g not in followed and lines[g[0]].size > best):
            pool = display
    return max(pool, key=lambda g: (round(lines[g[0]].size, 1), -g[0]))


# a line that says where a paper was given or is to appear, under a conference's banner
_VENUE_LINE = re.compile(r"^\s*(?:presented\s+at|to\s+(?:appear|be\s+presented)\s+(?:in|at)|(?:in\s+)?proceedings\s+of|accepted\s+(?:at|for|to))\b", re.IGNORECASE)
_NAME_EMAIL = re.compile(rf"^(?P<name>[^()@]{{3,60}}?)\s*\((?P<email>{EMAIL.pattern})\)$")  # "Jo Bloggs (jo@ex.ac.uk)"
# "PETER AUER pauer@igi.tu-graz.ac.at" (Kluwer), "Jo Bloggs   jo@example.edu" (JMLR): the address set after the
# name on its line, with no brackets (a stray accent the address ends with, "`", is left over from a name above)
_NAME_BARE_EMAIL = re.compile(rf"^(?P<name>[^()@,;:]{{3,60}}?)\s+(?P<email>{EMAIL.pattern})\s*[`'´¨]?$")


def _name_email(text: str) -> re.Match[str] | None:
    """A line that is one name and its e-mail address, bracketed or bare."""
    t = text.strip()
    mm = _NAME_EMAIL.match(t) or _NAME_BARE_EMAIL.match(t)
    return mm if mm is not None and (is_name(mm.group("name")) or is_name(_tidy_name(mm.group("name")))) else None
_JOURNAL_HEADER = re.compile(
    r"contents\s+lists\s+available|journal\s+homepage|sciencedirect|www\.|https?://|^\s*\d+\s*\(\d{4}\)\s*\d+|"
    r"provisional\s+pdf|this\s+provisional|^\s*(?:vol(?:ume)?\.?\s*\d+|doi\b|issn\b)|"
    # the banners of author manuscripts in PubMed Central and Europe PMC
    r"^\s*(?:HHS|NIH)\s+Public\s+Access\s*$|^\s*Author\s+manuscript\s*$|Europe\s+PMC\s+Funders|published\s+in\s+final\s+edited\s+form|"
    # a version stamped across the page ("ARTICLE IN PRESS", "UNCORRECTED PROOF", "ACCEPTED MANUSCRIPT")
    r"^\s*(?:article\s+in\s+press|(?:uncorrected|corrected)\s+proofs?|accepted\s+manuscript|journal\s+pre-?proof|not\s+peer[\s-]+reviewed|preprint|draft)\s*$",
    re.I,
)




def _letter_size(api: _Pdfium, tp: Any, ln: Line) -> float:
    """The size of a line's letters, its raised marks left out."""
    tp = getattr(tp, "raw", tp)
    sizes = [api.size(tp, ci) for c0, c1 in ln.spans for ci in range(c0, c1 + 1) if (ch := api.unicode(tp, ci)) and ch.isalpha()]
    return max(sizes) if sizes else ln.size


def _marks_by_position(api: _Pdfium, tp: Any, names: Line, marks: Line) -> str | None:
    """A line of names with its marks set as a line of their own beneath the
    whole line ("Bryan S. Frazier , William B. Driggers III , Glenn F. Ulrich"
    over "1 2 1"): the names' text with each run of marks put after the
    letter it stands beside. None when the marks do not spread along the
    names (they all follow the last name)."""
    tp = getattr(tp, "raw", tp)
    in_marks = {ci for c0, c1 in marks.spans for ci in range(c0, c1 + 1)}
    # (a mark of the names' own line, small beside its letters, is read again from the line of marks)
    chars = [
        (api.unicode(tp, ci), api.loose(tp, ci))
        for c0, c1 in names.spans
        for ci in range(c0, c1 + 1)
        if ci not in in_marks and not (api.unicode(tp, ci).isdigit() and api.size(tp, ci) < 0.85 * names.size)
    ]
    runs: list[list[Any]] = []  # [left, right, text]
    for c0, c1 in marks.spans:
        for ci in range(c0, c1 + 1):
            ch = api.unicode(tp, ci)
            if not ch or ch.isspace():
                continue
            box = api.loose(tp, ci)
            if runs and box[0] - runs[-1][1] < 0.3 * marks.size:
                runs[-1][1], runs[-1][2] = box[2], runs[-1][2] + ch
            else:
                runs.append([box[0], box[2], ch])
    letters = [(k, box) for k, (ch, box) in enumerate(chars) if ch and ch.isalpha()]
    if len(runs) < 2 or not letters or runs[0][0] > letters[-1][1][2] - 1.0:
        return None
    after: dict[int, list[str]] = {}
    for left, _, text in runs:
        before = [k for k, box in letters if box[2] <= left + 1.0]
        if not before:
            return None
        after.setdefault(before[-1], []).append(text.strip(","))
    out = []
    for k, (ch, _) in enumerate(chars):
        out.append(ch if ch and ch not in "\r\n" else "")
        if k in after:
            out.append(_SUP_OPEN + ",".join(after[k]) + _SUP_CLOSE)
    return _clean_text("".join(out).replace("\ufffe", "-"))


def _roman_run(api: _Pdfium, tp: Any, ci: int, last: int) -> bool:
    """Whether the letters from ``ci`` on are a Roman numeral standing
    alone ("II,"), not the start of a word ("ID", an ORCID badge's text)."""
    k = ci
    while k <= last and api.unicode(tp, k) in ("I", "V", "X"):
        k += 1
    return k > last or not api.unicode(tp, k).isalpha()


def _char_runs(api: _Pdfium, tp: Any, ln: Line, *, gaps: bool = False) -> str:
    """A line's text with superscript runs wrapped in ``⟨⟩`` (found from
    character sizes and raised baselines). With ``gaps``, a space wider than
    an em before a capital is a comma: names set apart on one line with no
    comma between ("Pietro Mazzaglia∗   Tim Verbelen   Ozan Çatal")."""
    out: list[str] = []
    sup = False
    last_right: float | None = None
    tp = getattr(tp, "raw", tp)
    # the baseline of the line's first full-size letter, found first, so that a mark raised before the
    # text ("²ETH Zurich") is seen as raised too
    # (the median over the line's full-size letters, not the first one's: "By" set in a face with a deeper
    # descent than the small capitals of the name after it, "By F⟨rank⟩", would make the name look raised)
    bottoms = sorted(api.loose(tp, ci)[1] for c0, c1 in ln.spans for ci in range(c0, c1 + 1) if (ch := api.unicode(tp, ci)) and ch.isalnum() and api.size(tp, ci) >= 0.85 * ln.size)
    base = bottoms[len(bottoms) // 2] if bottoms else None
    accented, left_out = _accents_over(api, tp, [ci for c0, c1 in ln.spans for ci in range(c0, c1 + 1)])
    for k, (c0, c1) in enumerate(ln.spans):
        if k and out and out[-1] != " ":
            nxt = api.unicode(tp, c0)
            # (letters that touch are one word, wherever PDFium broke the line: "Edwar" | "d")
            touching = (
                nxt is not None
                and _same_kind("".join(out[-12:]), nxt)
                and last_right is not None
                and api.loose(tp, c0)[0] - last_right < 0.12 * ln.size
                and api.size(tp, c0) >= 0.85 * ln.size  # (not a smaller mark after a name)
                and not sup
            )
            if nxt and nxt not in ",.;:)]" and not touching:
                if sup:
                    out.append(_SUP_CLOSE)
                    sup = False
                out.append(" ")
        for ci in range(c0, c1 + 1):
            if ci in left_out:
                continue
            ch = accented.get(ci) or api.unicode(tp, ci)
            if not ch or ch in "\r\n":
                continue
            if ch.isspace():
                if sup:
                    out.append(_SUP_CLOSE)
                    sup = False
                out.append(" ")
                continue
            size = api.size(tp, ci)
            box = api.loose(tp, ci)
            if gaps and last_right is not None and out and out[-1] == " " and ch.isupper() and box[0] - last_right > 1.2 * ln.size and any(c.isalpha() for c in out):
                out[-1] = ", "  # (not after a margin's line number alone: "5   Li and Nuttapol Risangud")
            # (the rightmost edge so far: a stray glyph PDFium reports out of place must not open a gap)
            last_right = box[2] if last_right is None else max(last_right, box[2])
            raised = base is not None and box[1] > base + 0.25 * ln.size
            small = size < 0.8 * ln.size
            # a letter past "h" is a mark only when raised (a long list's "i", "m"; small capitals are not raised)
            # (and a small raised Roman numeral: "Hajjar,ᴵ Denise Schout,ᴵᴵ ...", as Brazilian journals mark places)
            is_sup = ((small or raised) and (ch.isdigit() or ch in MARKS or ch in ",abcdefgh" or not ch.isalnum())) or (raised and ch.islower()) or (
                raised and ch in "IVX" and size < 0.9 * ln.size and _roman_run(api, tp, ci, c1)
            )
            if is_sup and small and not raised and ch.isalpha() and ci < c1 and (nx := api.unicode(tp, ci + 1)) and nx.isalpha() and abs(api.size(tp, ci + 1) - size) < 0.3:
                is_sup = False  # a letter of a word in small capitals ("P⟨a⟩rk" is "Park"), not a mark
            if ch in _SUPERSCRIPT_DIGITS:
                # a superscript digit drawn as a character of its own ("Kim Park¹", "²Department of ..."), in
                # full size on the baseline: a mark all the same, read as the digit the places are numbered by
                is_sup = True
                ch = _SUPERSCRIPT_DIGITS[ch]
            if is_sup and not sup:
                out.append(_SUP_OPEN)
                sup = True
            elif not is_sup and sup:
                out.append(_SUP_CLOSE)
                sup = False
            out.append(ch)
    if sup:
        out.append(_SUP_CLOSE)
    text = _clean_text("".join(out).replace("\ufffe", "-"))
    # (a line number set smaller than the text reads as a raised mark: "⟨5⟩ Ronan McHale, ...")
    return re.sub(r"^(?:\d{1,4}\s+|" + _SUP_OPEN + r"\d{1,4}" + _SUP_CLOSE + r"\s*)", "", text, count=1) if ln.lineno_cut else text


_SUPERSCRIPT_DIGITS = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789"))

# a line of marks only, digits, signs or letters up to "h" ("8,9", "a b *")
_MARKS_LINE = re.compile(r"(?:(?:\d{1,3}|[a-h]|[" + re.escape(MARKS) + r"])[,\s]*){1,12}")

_SIDE_NOTE = re.compile(r"^\s*(?:received|accepted|published(?:\s+online)?|revised|check\s+for\s+updates|open\s+access|citation|editor|copyright)\b", re.IGNORECASE)


def _whole_name(text: str) -> bool:
    """Whether a line holds one whole name and nothing else: two words or
    more, its last not cut short."""
    pairs = parse_author_line(text)
    if not pairs or len(pairs) != 1 or re.search(r"[,;]", text):
        return False
    return len(pairs[0][0].split()) >= 2 and not pairs[0][0].split()[-1].endswith(".")


def _beside_title(lines: list[Line], title: tuple[int, int]) -> int | None:
    """The first line of a region that starts to the right of the title,
    level with it: where a page sets the names beside the title rather than
    under it."""
    tl = lines[title[0] : title[1]]
    if not tl:
        return None
    top, bottom, right = min(x.top for x in tl), max(x.bottom for x in tl), max(x.x1 for x in tl)
    regions = {x.region for x in tl}
    for i, ln in enumerate(lines):
        if title[0] <= i < title[1] or ln.region in regions or (i and lines[i - 1].region == ln.region):
            continue
        if ln.x0 >= right and top - tl[0].size <= ln.top <= bottom:
            return i
    return None


def _doi_after_abstract(lines: list[Line], title: tuple[int, int]) -> int | None:
    """The index of the DOI line that ends an abstract set right under the
    title, when the names come after it, or None."""
    k = title[1]
    if k >= len(lines) or not re.match(r"^\s*(?:abstract|summary)\b", lines[k].text, re.IGNORECASE):
        return None
    for j in range(k + 1, min(k + 40, len(lines))):
        if lines[j].region != lines[k].region:
            return None
        if _DOI_LINE.fullmatch(lines[j].text.strip()):
            return j
    return None


def _names_over_title(lines: list[Line], title: tuple[int, int], display_path: str) -> tuple[list[Author], set[int], list[list[str]]] | None:
    """Names set over the title, as older Springer journals print them
    ("S. F. Wong · K. M. Chow ·" over two lines, then the title): the run
    of lines in one type right above the title that reads as an author
    list, when nothing under the title does."""
    run: list[Line] = []
    for i in range(title[0] - 1, max(-1, title[0] - 5), -1):
        ln = lines[i]
        t = ln.text.strip()
        if run and (abs(ln.size - run[0].size) >= 0.3 or run[0].top - ln.bottom > 1.5 * ln.size):
            break
        if ARTICLE_TYPE.match(t) or _JOURNAL_HEADER.search(t) or _SIDE_NOTE.match(t) or looks_like_affiliation(t):
            break
        run.insert(0, ln)
    while run:
        # (a line of names that ends in no separator ends a name: "... Æ T. Wong" over "J. Chung Æ E. Newton")
        text = "".join(x.text.strip() + ("" if i == len(run) - 1 else " " if re.search(r"(?:[·•,;]|\band)$", x.text.strip()) else ", ") for i, x in enumerate(run))
        got = parse_author_line(text)
        if got and len(got) >= len(run) and all(parse_author_line(x.text.strip().strip("·•,; ")) for x in run):
            if lines[title[0]].top - run[-1].bottom > 3 * lines[title[0]].size:
                return None  # (far above the title: not its names)
            authors = [make_author(name, Location(path=display_path, page=run[0].page, line=run[0].no)) for name, _ in got]
            return authors, {id(x) for x in run}, [m for _, m in got]
        run.pop(0)
    return None


# a heading over names that are not the paper's authors
_OTHERS_LABEL = re.compile(r"^\s*(?:(?:series|academic|guest|handling|managing)\s+editors?|editorial\s+(?:board|committee)|advisory\s+board|reviewers?|reviewed\s+by)\s*:?\s*$", re.IGNORECASE)


# a month and a date as title pages print them (also the history notes', below)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d{{2}}|{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}|\d{{1,2}}[./-]\d{{1,2}}[./-](?:19|20)\d{{2}}|(?:19|20)\d{{2}}[./-]\d{{1,2}}[./-]\d{{1,2}})"
# a line that is a date alone ("January 4, 2019", "4 January 2019", "2019-01-04", "March 2021")
_DATE_LINE = re.compile(rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:{_DATE}|{_MONTH}\s+(?:19|20)\d{{2}})", re.IGNORECASE)


def _rows_of_names(prev: str, nxt: str) -> bool:
    """Whether two lines are rows of one list of names whose last and first
    names would run together if joined as they are: each row reads as
    names, the join loses one, and a comma between keeps them all."""
    if re.search(r"(?:[,;&·|]|\band)\s*$", prev) or not re.search(r"[^\W\d_" + _SUP_CLOSE + r"]\s*$", prev) or not re.match(r"\s*[^\W\d_]", nxt):
        return False
    a, b = parse_author_line(prev), parse_author_line(nxt)
    if not a or not b:
        return False
    joined = parse_author_line(prev + " " + nxt)
    if joined is not None and len(joined) >= len(a) + len(b):
        return False
    apart = parse_author_line(prev + ", " + nxt)
    return apart is not None and len(apart) == len(a) + len(b)


def _letters_of(name: str) -> str:
    """A name's letters alone, folded: "P.G.L. Porta Mana" and "P.G.L Porta
    Mana" are one name."""
    return re.sub(r"[^a-z]", "", _fold_name(name))


def _last_listed(text: str) -> str:
    """The last item of a printed list of names ("Chris Cummins, Pavlos
    Petoumenos": "Pavlos Petoumenos")."""
    return re.split(r"\s*(?:[,;|·&]|\band\b)\s*", text.strip())[-1]


def _next_in_block(ln: Line, nxt: Line) -> bool:
    """Whether ``nxt`` is the next line of the same text block as ``ln``: the
    same type, on the same page, right under it."""
    return nxt.page == ln.page and abs(nxt.size - ln.size) < 0.3 and nxt.font == ln.font and 0 <= nxt.top - ln.bottom < 1.2 * ln.size


def _authors_from_front(
    api: _Pdfium, tp: Any, lines: list[Line], title: tuple[int, int] | None, display_path: str, lower_words: frozenset[str] | set[str] = frozenset()
) -> tuple[list[Author], set[int], list[list[str]]]:
    """Authors (with affiliations) from the lines under the title; returns
    them, the ids of the lines that list their names and each author's
    affiliation marks. ``lower_words`` are the words the paper writes in
    lower case: a line whose every "name" is such words is a subtitle."""
    start = title[1] if title else 0
    authors: list[Author] = []
    marks: list[list[str]] = []
    k = start
    found_at = None
    # one author a line with an e-mail in brackets, when that is how the front page lists them
    by_email = [k for k in range(start, min(start + 14, len(lines))) if _name_email(lines[k].text)]
    # a manuscript's labelled line of names ("Authors: A (1) MPhil, B (2) Associate Professor")
    labelled = next((k for k in range(start, min(start + 8, len(lines))) if AUTHORS_LABEL.match(lines[k].text) and _form_names(lines[k].text)), None)
    if labelled is not None and parse_author_line(_form_names(lines[labelled].text)) is not None:
        found_at = labelled
    # the author line is among the first few lines after the title
    # (not counting a box set to the right of a title that begins at the left margin, the journal's
    # citation, copyright and DOI beside the title (SAGE): its lines are read between)
    if found_at is None and len(by_email) < 2 and (got_paras := _paragraph_authors(lines, start, display_path)):
        return got_paras[0], got_paras[1], [[] for _ in got_paras[0]]
    right_of = max((x.x1 for x in lines[title[0] : title[1]]), default=None) if title and title[1] > title[0] else None
    beside = 0
    k = start - 1
    while len(by_email) < 2 and found_at is None and (k := k + 1) < min(start + 5 + beside, len(lines)):
        ln = lines[k]
        # (a journal's name set large to the right above the title, "Natural Hazards | and Earth | System
        # Sciences", read after the title: names are never above the title they sign)
        masthead = right_of is not None and ln.x0 > right_of + 20 and ln.page == lines[title[0]].page and ln.bottom <= lines[title[0]].top
        if right_of is not None and ln.x0 > right_of + 20 and (masthead or parse_author_line(ln.text) is None or ln.size < 0.5 * lines[title[0]].size):
            if beside >= 12:
                break  # (a long column beside the title, a cover sheet's list of related articles: no names under it)
            beside += 1
            continue
        if re.match(r"^(?:abstract|summary|background|introduction)\b", ln.text, re.I) or len(ln.text) > 400:
            break
        if _OTHERS_LABEL.match(ln.text):
            break  # "Series Editors" over a list of names: a book's editors, not the authors
        txt = _char_runs(api, tp, ln, gaps=True) if tp is not None else ln.text
        parsed = parse_author_line(txt)
        if parsed is not None and not looks_like_affiliation(_split_markers(txt)[0]):
            if lower_words and all(_words_not_name(n, lower_words) for n, _ in parsed):
                continue  # "A Unifying View": a subtitle under the title, set in capitals as names are
            found_at = k
            break
        if parsed is None and k + 1 < len(lines) and re.search(r"[,·|&;]|\band\b", txt) and _next_in_block(ln, lines[k + 1]):
            # a list whose first line ends in a name broken over the next ("Mathieu Nayrolles · Abdelwahab"
            # | "Hamou-Lhadj · Emad Shihab ·", Springer): the two lines read as names together
            nxt = _char_runs(api, tp, lines[k + 1], gaps=True) if tp is not None else lines[k + 1].text
            both = parse_author_line(txt + " " + nxt)
            if both is not None and len(both) >= 2 and not looks_like_affiliation(_split_markers(txt)[0]) and not looks_like_affiliation(_split_markers(nxt)[0]):
                found_at = k
                break
    if found_at is None:
        # "Kim Park (University of X), Jo Bloggs (ETH Zurich)": each name with its places in brackets,
        # the list perhaps wrapped over a few lines of the same type
        # "A, Stanford University; B and C, Cornell University": names, then the place they share
        for reader, longest, closed in ((names_with_places, 30, True), (names_then_places, 4, False)):
            for k in range(start, min(start + 2, len(lines))):
                # the longest run of lines in one type, from here, that reads as such a list
                got, j = None, k
                for end in range(k + 1, min(k + max(longest, 0 if closed else 12), len(lines)) + 1):
                    if abs(lines[end - 1].size - lines[k].size) >= 0.3:
                        break
                    if not closed or lines[end - 1].text.rstrip().endswith(")"):
                        whole = reader(" ".join(x.text for x in lines[k:end])) if end - k <= longest else None
                        if not closed and end - k > 1 and all(reader(x.text) for x in lines[k:end]):
                            # "OLIVIER CHAPELLE, Yahoo! Research" over "THORSTEN JOACHIMS, Cornell
                            # University" (ACM journals): a name and its place on each line
                            whole = reader("; ".join(x.text for x in lines[k:end]))
                        if whole:
                            got, j = whole, end
                if got:
                    listed = []
                    for name, places in got:
                        a = make_author(name, Location(path=display_path, page=lines[k].page, line=lines[k].no))
                        a.affiliations = [_place_text(x) for x in places]
                        listed.append(a)
                    return listed, {id(x) for x in lines[k:j]}, [[] for _ in listed]
        # one author a line with an e-mail address: "Kevin J Loope (kjl75@cornell.edu)", "PETER AUER
        # pauer@igi.tu-graz.ac.at"; the lines of places under a name are that author's place
        listed: list[Author] = []
        used: set[int] = set()
        place: list[str] = []

        def close_place() -> None:
            if listed and place:
                listed[-1].affiliations.append(_place_text(", ".join(place)))
            place.clear()

        for k in range(start, min(start + 24, len(lines))):
            mm = _name_email(lines[k].text)
            if mm:
                close_place()
                a = make_author(_tidy_name(mm.group("name")), Location(path=display_path, page=lines[k].page, line=lines[k].no))
                a.email = mm.group("email")
                listed.append(a)
                used.add(id(lines[k]))
            elif (
                listed
                and len(by_email) >= 2
                and len(place) < 4
                and not re.match(r"^(?:abstract|summary|editors?|received|keywords?)\b", lines[k].text.strip(), re.I)
                and (looks_like_affiliation(lines[k].text) or _place_like(lines[k].text))
            ):
                place.append(lines[k].text.strip().rstrip(","))
            elif listed:
                break
        close_place()
        return listed, used, [[] for _ in listed]
    first = lines[found_at]
    texts = [_form_names(first.text) if found_at == labelled else _char_runs(api, tp, first, gaps=True) if tp is not None else first.text]
    k = found_at + 1
    last = first
    used_lines = [first]
    skipped = 0
    while k < len(lines):
        ln = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        # (not the mark of the place beside it, on its row: "1" | "Division of Infectious Disease, ...", MDPI)
        labels_next = (
            nxt is not None
            and nxt.x0 > ln.x1
            and min(nxt.bottom, ln.bottom) - max(nxt.top, ln.top) > 0.3 * ln.height
            and nxt.size < first.size - 0.6
            and looks_like_affiliation(nxt.text)
            and parse_author_line(nxt.text) is None
        )
        if ln.size < first.size - 0.6 and _MARKS_LINE.fullmatch(ln.text) and abs(ln.top - last.top) < 2 * first.size and not labels_next:
            # "8,9" set as a line of its own: the marks of the name before, or, when the marks
            # run under the whole line of names ("1 2 1", F1000), each name's by where it stands
            placed = _marks_by_position(api, tp, last, ln) if tp is not None and last is not None else None
            if placed is not None and len(texts) >= 1 and last is used_lines[-1]:
                texts[-1] = placed
            else:
                texts[-1] += _SUP_OPEN + re.sub(r"\s+", "", ln.text) + _SUP_CLOSE
            used_lines.append(ln)
            k += 1
            continue
        if skipped < 4 and (abs(ln.size - first.size) > 0.6 or ln.font != first.font) and _SIDE_NOTE.match(ln.text):
            # "Received: 6 September 2023" from a side column read between the lines of names
            skipped += 1
            k += 1
            continue
        # (a short line of names with many marks has a smaller mean size than its letters)
        if abs((_letter_size(api, tp, ln) if tp is not None else ln.size) - first.size) > 0.6:
            break
        if re.fullmatch(r"\s*[|,·•;]\s*", ln.text) and abs(ln.top - last.top) < first.size:
            # a separator left alone at the end of a row, in another face ("... Kyle M. Ewart1,2" | "|"): the
            # list goes on
            texts[-1] += " " + ln.text.strip()
            used_lines.append(ln)
            k += 1
            continue
        if ln.font != first.font and ln.font != last.font and (ln.bold != first.bold or _italic(ln.font) != _italic(first.font)):
            # (a list that plainly goes on, after a comma, into a line of names read in another face: a
            # subset font that hides its weight, PNAS; the lines after it in that face go on too)
            if not (re.search(r",\s*$", texts[-1]) and parse_author_line(ln.text) and not looks_like_affiliation(ln.text)):
                break
        # (a list of names that plainly goes on, after a comma or "and", may be set double-spaced, as preprints are)
        # (a line that ends in a comma, "and" or a name cut short, without its marks, goes on)
        bare = re.sub(_SUP_OPEN + r"[^" + _SUP_CLOSE + r"]*" + _SUP_CLOSE, "", texts[-1])
        goes_on = bool(re.search(r"(?:,|\band|&|\||[^\W\d_]\.?)\s*$", texts[-1])) or (len(texts) > 1 and len(bare.split()) <= 2)
        if ln.top - last.bottom > (2.2 if goes_on else 1.2) * first.size:
            break
        if _DATE_LINE.fullmatch(ln.text.strip()):
            break  # "January 4, 2019" under the names: the date, no part of the last name
        if _under_cell_head(ln, last, lines):
            break  # a line under a grid cell's name, in the cell that ends in its e-mail address: the author's place
        txt = _form_names(ln.text) if found_at == labelled else _char_runs(api, tp, ln, gaps=True) if tp is not None else ln.text
        plain = _split_markers(txt)[0]
        # (a line that opens with marks is an affiliation, unless the marks close the name above and more names follow)
        # (and a place that only its address shows, "FNAL, Batavia, IL 60510, USA")
        if looks_like_affiliation(plain) or (plain.count(",") >= 2 and address_end(plain.strip(" ."))) or _mailed(txt) or AFFILIATIONS_LABEL.match(plain.strip()) or (txt.startswith(_SUP_OPEN) and not re.match(r"^" + _SUP_OPEN + r"[^" + _SUP_CLOSE + r"]*" + _SUP_CLOSE + r"\s*(?:,|&|and\b)", txt)):
            break
        # (a name set beside the last on its row, apart from it, is a name of its own: "Jiangwen Qu1" | "N. Chandra Wickramasinghe2,3";
        # also after a list that ends in a whole name: "Chris Cummins, Pavlos Petoumenos" | "Zheng Wang")
        if abs(ln.top - last.top) < 0.3 * first.size and ln.x0 - last.x1 > 1.2 * first.size and _whole_name(_last_listed(_split_markers(last.text)[0])) and not re.search(r"(?:[,;&]|\band)\s*$", texts[-1]):
            texts[-1] += ","
        elif re.search(r"[^\W\d_]$", texts[-1]) and not re.search(r"\band$", texts[-1]) and re.match(r"[^\W\d_]", txt) and _whole_name(texts[-1]) and _whole_name(txt):
            # (names stacked one a line, each whole: "Gavin M. Joynt" over "Oi Man Ho")
            texts[-1] += ","
        elif _rows_of_names(texts[-1], txt):
            # (rows of names set apart by space, "Abhishek Verma† Luis Pedrosa‡ Madhukar Korupolu" over "David
            # Oppenheimer Eric Tune John Wilkes": the last of one row is not the first of the next)
            texts[-1] += ","
        joined = " ".join(texts + [txt])
        if parse_author_line(txt) is None:
            together = parse_author_line(joined)
            # (nor a line that, read on from the names, would unmake one: "..., Joshua Fitzgerald" | "Statebox Team";
            # a lone "and" that the next line's name follows unmakes none)
            if together is None or len(parse_author_line(re.sub(r"(?:\s*(?:,|;|&|\band\b))+\s*$", "", joined)) or []) < len(parse_author_line(" ".join(texts)) or []):
                break
        texts.append(txt)
        used_lines.append(ln)
        last = ln
        k += 1
    # a name set at the right of the row of names that the page's two columns put in the other
    # column's text ("Paul F. Roysdon†" ... "Jay A. Farrell‡", an IEEE conference's two authors)
    # (not a grid's next cell: the cells are read one by one, each with its own places)
    row_end = max(x.x1 for x in used_lines if abs(x.top - first.top) < 0.3 * first.size)
    mates = sorted(
        (
            x
            for x in lines
            if not first.in_grid
            and not x.in_grid
            and x not in used_lines
            and x.page == first.page
            and abs(x.top - first.top) < 0.3 * first.size
            and x.x0 > row_end + first.size
            and abs(x.size - first.size) < 0.3
            and x.font == first.font
            and len(x.text) < 60
            and not looks_like_affiliation(x.text)
            and parse_author_line(x.text)
        ),
        key=lambda x: x.x0,
    )
    mate_texts: list[tuple[Line, str]] = []
    for x in mates:
        mate = _char_runs(api, tp, x, gaps=True) if tp is not None else x.text
        # (the rest of a name broken where an accent was drawn apart, touching it: "Fabrice Cl" | "erot ´")
        for y in lines:
            if y is not x and abs(y.top - x.top) < 0.3 * first.size and -1.0 < y.x0 - x.x1 < 1.0 and abs(y.size - x.size) < 0.3:
                mate += y.text
        mate_texts.append((x, mate))
    name_lines = {id(ln) for ln in used_lines}
    pairs = parse_author_line(" ".join(texts)) or []
    # (a line of names printed twice over, as some files draw the title block, lists each author once)
    once: set[str] = set()
    for name, m in pairs:
        if _fold_name(name) in once:
            continue
        once.add(_fold_name(name))
        authors.append(make_author(name, Location(path=display_path, page=first.page, line=first.no)))
        marks.append(m)
    # affiliations: marked lines (and their continuations) below the names
    affils: list[tuple[list[str], str]] = []
    # names listed in groups, each with its unmarked places below: the group of each author and place
    group_of: list[int] = [0] * len(authors)
    place_group: dict[int, int] = {}
    # names that open a region of their own: a grid of cells, each with its places, that may run long
    in_cells = found_at > 0 and lines[found_at - 1].region != first.region
    j = k
    late_authors: list[tuple[Line, str, list[str]]] = []
    end = k + 16
    names_w = max(first.rx1 - first.rx0, 1.0)
    while j < len(lines) and j < end:
        ln = lines[j]
        t = ln.text
        if ln.region != first.region and ln.rx1 - ln.rx0 < 0.4 * names_w and any(_SIDE_NOTE.match(x.text) for x in lines if x.region == ln.region):
            # a narrow side column of notes ("Citation: ...", "Received: ...") read before the places: passed over whole
            side = ln.region
            while j < len(lines) and lines[j].region == side:
                j += 1
                end += 1
            continue
        # (REVTeX's "(Dated: September 8, 2017)" closes the places; the abstract under it has raised marks too)
        if re.match(r"^\(?(?:abstract|summary|a\s*b\s*s\s*t\s*r\s*a\s*c\s*t|background|introduction|keywords|key\s*words|received|accepted|dated|copyright|citation|open\s+access|submitted\s+(?:for\s+publication\s+)?(?:to|in)|draft\s+version|preprint\s+typeset)\b|^\s*(?:©|\(c\)\s*(?:19|20)\d\d)", t, re.I):
            break  # (and "© 2020 Springer-Verlag GmbH": the copyright line, not a place)
        if ln.size > first.size + 1.5:
            break
        if _DATE_LINE.fullmatch(t.strip(" .")):
            j += 1  # "August 21, 2024" under the names: the date, no place
            continue
        raw = _char_runs(api, tp, ln) if tp is not None else t
        nx = lines[j + 1] if j + 1 < len(lines) else None
        if nx is not None and re.fullmatch(r"\d{1,3}|[a-h]|[" + re.escape(MARKS) + r"]", t.strip()) and nx.top < ln.bottom and nx.bottom > ln.top and -1.0 <= nx.x0 - ln.x1 < max(8.0, 1.5 * nx.size):
            # a mark set as its own run of text beside its affiliation: "1" then "Norwegian Meteorological Institute, ..."
            affils.append(([t.strip()], nx.text))
            j += 2
            end = max(end, j + 8)  # a long list of places reads on while its marked items go on
            continue
        # (more names: in the names' own region, or in a cell of their own)
        # (not the rest of a place broken after "of the" or a comma: "..., University of the" / "Free State, South Africa")
        # (a line in another type than the one before it does not go on with it: the bold name after a place and an
        # e-mail address, "Department of ..., Fax: ...," / "kp@example.org" / "Nader Amir", NIH author manuscripts)
        unfinished = bool(affils) and re.search(r"(?:,|\b(?:of|the|and|for|de|di|du|des|der|&))\s*$", affils[-1][1]) is not None and lines[j - 1].font == ln.font
        if abs(ln.size - first.size) < 0.3 and ln.font == first.font and (in_cells or ln.region == first.region) and not looks_like_affiliation(_split_markers(raw)[0]) and not _under_cell_head(ln, lines[j - 1], lines):
            more = parse_author_line(raw)
            if more and unfinished and not any(mk for _, mk in more) and not re.search(rf"\b{DEGREE}(?:\W|$)", raw, re.IGNORECASE):
                more = None  # (names with neither marks nor degrees, where the place before goes on: its last words)
            seen = {_fold_name(a.name): i for i, a in enumerate(authors)}
            if more and all(_fold_name(name) in seen for name, _ in more):
                # the same names again, now with their marks ("Sandro Galea, Katherine Keyes" then
                # "Sandro Galea,1* Katherine Keyes2", an accepted manuscript's cover lines): their marks
                for name, mk in more:
                    if not marks[seen[_fold_name(name)]]:
                        marks[seen[_fold_name(name)]] = mk
                name_lines.add(id(ln))
                j += 1
                end = max(end, j + 8)
                continue
            if more:  # names listed in groups, each with its affiliations below
                group = max(group_of, default=0) + 1
                for name, mk in more:
                    authors.append(make_author(name, Location(path=display_path, page=ln.page, line=ln.no)))
                    marks.append(mk)
                    group_of.append(group)
                name_lines.add(id(ln))
                j += 1
                end = max(end, j + 8)  # the places of this group follow
                continue
        if (
            re.fullmatch(r"\s*(?:and|&)\s*", t)
            and nx is not None
            and abs(nx.size - first.size) < 0.3
            and nx.font == first.font
            and not looks_like_affiliation(nx.text)
            and parse_author_line(nx.text)
        ):
            # IMS: "Name" / places / e-mail / "and" / "Name" / places: the next author, and theirs
            j += 1
            end = max(end, j + 8)
            continue
        # (a name with an initial, under a place that ended whole: not "Notre Dame, IN, USA" going on)
        late = names_then_places(t) if affils and "," in t and len(t) < 200 and address_end(affils[-1][1].strip(" .")) else None
        if (
            late
            and len(late) == 1
            and is_name(late[0][0])
            and re.search(r"\b[A-Z]\.", late[0][0])
            and _letters_of(late[0][0]) not in {_letters_of(a.name) for a in authors}
            and not re.match(r"^\W*(?:correspond|address\s+for\s+correspondence|contact)", lines[j - 1].text, re.I)
        ):
            # (not an author named again, perhaps with other stops, "P.G.L Porta Mana", nor the corresponding
            # author under a label: "Correspondence*:" | "P.G.L Porta Mana, HVL, Inndalsveien 28, 5063 Bergen")
            # JACoW: the names over one place, then "C. Contreras, Michigan State University, ...": one more
            # author with a place of their own (read after the others' places are given)
            late_authors.append((ln, late[0][0], late[0][1]))
            j += 1
            end = max(end, j + 4)
            continue
        if re.match(r"(?:url|homepage|web(?:site|page)?)\s*:|https?://|www\.", t.strip(), re.I) and (affils or name_lines):
            j += 1  # a web address under a place, "url: http://...": no part of it
            continue
        if _DOI_LINE.fullmatch(t.strip()):
            # the paper's DOI set between its names and their places (eNeuro, J Neurosci): passed over
            j += 1
            end += 1
            continue
        m = re.match(r"^\s*" + _SUP_OPEN + r"([^" + _SUP_CLOSE + r"]+)" + _SUP_CLOSE + r"\s*(.*)$", raw)
        m2 = re.match(r"^\s*([\d" + re.escape(MARKS) + r"]{1,3}|[a-h])\s+(?=[A-Z])(.*)$", t) if m is None else None
        m3 = re.match(r"^\s*([" + re.escape(MARKS) + r"])(?=[A-Z])(.*)$", t) if m is None and m2 is None else None
        # "1Department of ...": a number mark run into the text, when the names carry number marks
        if m is None and m2 is None and m3 is None and any(re.fullmatch(r"\d{1,2}", x) for mk in marks for x in mk):
            # "1Department of ...", or a numbered list of places ("1. Département de ...", "2) Institut ...")
            m3 = re.match(r"^\s*(\d{1,2})(?=[A-Z][a-z])(.*)$", t) or re.match(r"^\s*(\d{1,2})[.)]\s+(?=[" + UPPER + r"])(.*)$", t)
        if re.match(r"(?:conflicts?\s+of\s+interests?|competing\s+interests?|declarations?\s+of\s+interests?|disclosures?|running\s+(?:title|head)|short\s+title|word\s+count)\b[^:]{0,30}:", t.strip(), re.I):
            break  # "Conflict of interest statements: ...", "Running title: ...": a note after the places
        if AFFILIATIONS_LABEL.match(t.strip()) and not affils:
            j += 1  # "Affiliations:" over the numbered places
            continue
        if re.fullmatch(r"(?:correspondence(?:\s+to)?|funding(?:\s+information)?|present\s+address(?:es)?|key\s*words?|abstract|orcid)\s*:?", t.strip(), re.I):
            break  # a side column's label alone on its line ("Correspondence", "Funding information") ends the places
        if lines[j - 1].in_grid and not ln.in_grid and first.in_grid and ln.bold and not first.bold:
            break  # a grid's cells hold all their places: a heading after the grid ("CCS Concepts" under its last row) is none
        # (a marked place with an e-mail run on after it, "aDepartment of ..., Canada. E-mail: x@y", is still a place)
        # (and so is an unmarked place with the author's address after it, "Department of Physics, ..., USA;
        # zp@example.edu", ApJ)
        mailed_place = "@" in t and looks_like_affiliation(without_address(t))
        if mailed_place and not (m or m2 or m3):
            t = without_address(t)  # the place, its address left to the contacts
        if (_mailed(t) and not mailed_place) or re.match(r"^(?:correspond|\*\s*correspond|e-?mail)", t, re.I) or ("@" in lines[j - 1].text and re.fullmatch(r"[\w.-]+\.[a-z]{2,}", t.strip())):
            # (the place's last words before the addresses go on from its first line: "... College of Medicine, China
            # Medical" / "University, 404 Taichung, Taiwan; jo@example.org (J.B.);", MDPI)
            head = without_address(t).strip(" ;,(")
            if affils and affils[-1][1] and "@" not in head and re.search(r"[^\W\d_]{2}", head) and _place_tail(head) and "@" not in lines[j - 1].text and lines[j - 1].region == ln.region and 0 <= ln.top - lines[j - 1].bottom <= 0.8 * max(ln.height, 1.0) and not re.match(r"^(?:correspond|\*|e-?mail)", t, re.I):
                sep = " " if _wrapped(lines[j - 1], head, ln) or affils[-1][1].rstrip().endswith((",", "-", "–")) else ", "
                affils[-1] = (affils[-1][0], affils[-1][1] + sep + head)
            j += 1  # (the last line is an address broken across lines: "jo.bloggs@med.uni-" / "heidelberg.de")
            continue
        if not (m or m2 or m3) and running_text(t):
            break  # "In 2004, a scientist from the X Institute was ...", "Dear Editor, ...": the text has begun
        if (
            not (m or m2 or m3)
            and affils
            and (ln.region != lines[j - 1].region and not in_cells or lines[j - 1].region == ln.region and ln.top - lines[j - 1].bottom > 1.2 * max(ln.height, 1.0))
            and not looks_like_affiliation(t)
            # (a place broken after a comma, or before its last words, "China.", goes on across a double-spaced gap)
            and not (
                ln.region == lines[j - 1].region
                and (
                    affils[-1][1].rstrip().endswith(",")
                    or (len(t.split()) <= 3 and _place_like(t))
                    # (or it stops on a word no place ends with: "..., The University of" / "New South Wales, Australia.")
                    or re.search(r"\b(?:of|and|for|the|de|di|du|des|der|für|&)$", affils[-1][1].rstrip()) is not None
                )
                and ln.top - lines[j - 1].bottom <= 2.2 * max(ln.height, 1.0)
            )
        ):
            break  # a clear space or another region, then a line that names no place: the text has begun
        if m or m2 or m3:
            mm = m or m2 or m3
            assert mm is not None
            mk = [x for x in re.findall(r"\d+|[a-z]|[^\w\s,]", mm.group(1)) if m is not None or not x.isalpha() or x <= "h"]
            if m and _SUP_OPEN in mm.group(2):
                # several places run on in one line, each after its raised mark: "¹Virginia Mason ..., ²Clintrex LLC, ..."
                affils.append((mk, ""))
                _marked_run(affils, mm.group(2))
            else:
                body = _split_markers(mm.group(2))[0] if m else mm.group(2).strip()
                affils.append((mk, body))
            end = max(end, j + 8)
        elif affils and _SUP_OPEN in raw and (abs(ln.size - lines[j - 1].size) < 1.0 or looks_like_affiliation(t)) and len(t) < 200 and not is_thanks(t):
            _marked_run(affils, raw)
        elif (
            affils
            and not (
                not affils[-1][0]
                and len(affils) - 1 in place_group
                and (place_group[len(affils) - 1] != max(group_of, default=0) or new_place(affils[-1][1], t, _wrapped(lines[j - 1], t, ln)))
            )
            and (abs(ln.size - lines[j - 1].size) < 1.0 or looks_like_affiliation(t))
            and len(t) < 200
            and not is_thanks(t)
        ):
            # the place goes on ("Department of Physics" / "University of Oxford": its parts, a comma between)
            sep = " " if _wrapped(lines[j - 1], t, ln) or affils[-1][1].rstrip().endswith((",", ";", "-", "–")) or affils[-1][0] else ", "
            affils[-1] = (affils[-1][0], affils[-1][1] + sep + t)
            if in_cells:
                end = max(end, j + 4)  # a group's places may run long
        elif (
            looks_like_affiliation(t)
            # a place without an institution word ("ETH Zurich, Switzerland") in its own type right under a name
            # or under a place it does not go on with ("..., Portland, United States" / "Veterans Affairs ..., Portland, United States")
            or (
                (id(lines[j - 1]) in name_lines or (affils and not affils[-1][0] and new_place(affils[-1][1], t, _wrapped(lines[j - 1], t, ln))))
                and (abs(ln.size - first.size) > 0.3 or ln.font != first.font)
                and _place_like(t)
            )
            # (or in the names' own type, when its address says it is one: "FNAL, Batavia, IL 60510, USA", JACoW)
            or (id(lines[j - 1]) in name_lines and t.count(",") >= 2 and address_end(t.strip(" .")) and not parse_author_line(t))
            # (or a line of a grid's cell under its name, in another type: "Last Man to Die" under "cpm@...", a
            # company's name with no institution word, is the place of the cell's author)
            or (ln.in_grid and first.in_grid and ln.region == lines[j - 1].region and (abs(ln.size - first.size) > 0.3 or ln.font != first.font) and re.search(r"[^\W\d_]{2}", t) is not None)
            # (or in the names' type, in a cell that ends in its e-mail address: "Georgia Tech" under "Blaise Tine")
            or (_under_cell_head(ln, lines[j - 1], lines) and "@" not in t and re.search(r"[^\W\d_]{2}", t) is not None)
        ) and len(t) < 250:
            place_group[len(affils)] = max(group_of, default=0)
            if in_cells:
                end = max(end, j + 4)
            affils.append(([], t))
        else:
            break
        j += 1
    # "1 Laboratoire de Chimie Physique, ..., France, 2 Synchrotron SOLEIL, ...": several marked affiliations on one line
    split_affils: list[tuple[list[str], str]] = []
    numbered = any(re.fullmatch(r"\d{1,2}", x) for mk in marks for x in mk)
    used_marks = {x for mk in marks for x in mk}
    for mk, tx in affils:
        pieces = [tx]
        if numbered and mk:
            # a number is a mark only when the names carry it and it comes after the marks before it
            # ("..., 60 Garden St" is an address)
            pieces, at = [], 0
            last = max((int(x) for x in mk if x.isdecimal()), default=0)
            for sm in re.finditer(rf"(?:(?:,|;)\s+|(?<=[A-Za-zÀ-ÿ)])\s)(\d{{1,2}})\s*(?=[A-Z][{LOWER}]|[A-Z]{{2,}}\b)", tx):  # ("2 UC San Diego": an acronym opens one too)
                if sm.group(1) in used_marks and int(sm.group(1)) > last:
                    pieces += [tx[at : sm.start()], sm.group(1)]
                    at = sm.end()
                    last = int(sm.group(1))
            pieces.append(tx[at:])
        if len(pieces) > 1:
            split_affils.append((mk, pieces[0]))
            for k in range(1, len(pieces) - 1, 2):
                split_affils.append(([pieces[k]], pieces[k + 1]))
        else:
            split_affils.append((mk, tx))
    if len(set(group_of)) > 1 and all(not mk for mk, _ in affils) and len(place_group) == len(affils):
        # each group of names holds the places printed under it (a mark on a name, when no place is
        # marked, is a note's: "Patrick C. Chaumet a" over his places, the note an e-mail address)
        for a, g in zip(authors, group_of, strict=True):
            a.affiliations = [_place_text(tx) for i, (_, tx) in enumerate(affils) if place_group[i] == g]
    else:
        assign_affiliations(authors, marks, [(mk, _place_text(tx)) for mk, tx in split_affils])
    if authors and not any(a.affiliations for a in authors) and any(marks):
        # Nature-style: the marked affiliations printed as a footnote at the foot of the first page
        assign_affiliations(authors, marks, _foot_affiliations(api, tp, lines, j, first.size, {x for mk in marks for x in mk}))
    if authors and not any(a.affiliations for a in authors) and any("[" in mk for mk in marks):
        # Wiley's chemistry journals: names marked "[a]", each mark's authors and place in a note on the page
        marks = [[x for x in mk if x not in "[]"] for mk in marks]
        assign_affiliations(authors, marks, _bracket_mark_places(lines, j))
    for x, name, places in late_authors:
        a = make_author(name, Location(path=display_path, page=x.page, line=x.no))
        a.affiliations = [_place_text(p) for p in places]
        authors.append(a)
        marks.append([])
        name_lines.add(id(x))
    # the names at the right of the first row that the reading left in the other column, when no group
    # read them (their places, in that column, are not read with them)
    seen = {_fold_name(a.name) for a in authors}
    for x, mate in mate_texts:
        for name, mk in parse_author_line(mate) or []:
            if _fold_name(name) not in seen:
                authors.append(make_author(name, Location(path=display_path, page=x.page, line=x.no)))
                marks.append(mk)
                name_lines.add(id(x))
                seen.add(_fold_name(name))
    return authors, name_lines, marks


_CONTACT_TAIL = re.compile(r"[.;,]?\s*\b(?:e-?mail|corresponding\s+author|correspondence)\b.*$", re.IGNORECASE | re.DOTALL)


def _paragraph_authors(lines: list[Line], start: int, display_path: str) -> tuple[list[Author], set[int]] | None:
    """One author a paragraph, each a name and its place, set apart by
    space ("Pierrick Bourrat, School of ..., University of Sydney,
    Australia. Email: ..." over "Nicolas Baumard, Philosophy, Politics and
    Economics Program, ..."): the authors with their places, and the ids of
    the lines read; None unless two or more paragraphs read so."""
    if start >= len(lines):
        return None
    size = lines[start].size
    run = [lines[start]]
    for ln in lines[start + 1 : start + 24]:
        if abs(ln.size - size) >= 0.3 or ln.page != run[-1].page or ln.top < run[-1].top:
            break
        run.append(ln)
    gaps = [b.top - a.bottom for a, b in zip(run, run[1:])]
    if not gaps:
        return None
    leading = min(gaps)
    paras: list[list[Line]] = [[run[0]]]
    for ln, gap in zip(run[1:], gaps):
        if gap > leading + 0.5 * size:
            paras.append([ln])
        else:
            paras[-1].append(ln)
    listed: list[Author] = []
    used: set[int] = set()
    for para in paras:
        text = " ".join(x.text for x in para)
        email = find_email(text)
        got = names_then_places(_CONTACT_TAIL.sub("", text).rstrip(" ."))
        if not got or len(got) != 1 or not got[0][1]:
            break
        name, places = got[0]
        a = make_author(name, Location(path=display_path, page=para[0].page, line=para[0].no))
        a.affiliations = [_place_text(x) for x in places]
        a.email = email
        listed.append(a)
        used.update(id(x) for x in para)
    return (listed, used) if len(listed) >= 2 else None


def _form_names(text: str) -> str:
    """A labelled line of names as a plain one: the label gone, and the
    labels after the names ("Date: ...") with it; "(1)" after a name made
    its mark, and a degree or post after the mark dropped."""
    return bracketed_numbers_as_marks(names_of_label(text), _SUP_OPEN, _SUP_CLOSE).strip()


def _bracket_mark_places(lines: list[Line], start: int) -> list[tuple[list[str], str]]:
    """Places in a note of the front page, each opening with its mark in
    square brackets and the authors who hold it ("[a] A. Haseloer, Prof.
    Dr. A. Klein" / "Universität zu Köln, Department für Chemie" /
    "Greinstraße 6, 50939 Köln (Germany)" / "E-mail: ...")."""
    out: list[tuple[list[str], str]] = []
    cur: list[str] | None = None
    for ln in lines[start:]:
        t = ln.text.strip()
        m = re.match(r"^\[([a-z]|\d{1,2})\]\s*(.*)$", t)
        if m:
            cur = []
            out.append(([m.group(1)], ""))
            rest = m.group(2)
            names = [p.strip() for p in re.split(r",|\band\b", re.sub(r"\b(?:Prof|Dr|PD|Priv\.-Doz)\.\s*", "", rest)) if p.strip()]
            if not (names and all(is_name(n) for n in names)):
                cur.append(rest)  # no names before the place: the place itself
            out[-1] = (out[-1][0], " ".join(cur))
            continue
        if cur is None:
            continue
        if _mailed(t) or re.match(r"^(?:e-?mail|homepage|supporting\s+information|orcid|©)", t, re.IGNORECASE):
            cur = None
            continue
        cur.append(t)
        # the lines of an address are its parts: "Universität zu Köln, Department für Chemie, Institut für ..."
        out[-1] = (out[-1][0], _place_text(" ".join(x if x.endswith((",", ";", "-")) or k == len(cur) - 1 else x + "," for k, x in enumerate(cur))))
    return [(mk, tx) for mk, tx in out if tx and looks_like_affiliation(tx)]


def _wrapped(prev: Line, line: str, ln: Line | None = None) -> bool:
    """Whether ``line`` goes on from ``prev`` because ``prev`` was full: its
    first word would not have fitted at the end of ``prev`` (measured
    against the widest line of the region, so centred lines count too), or
    it opens in lower case, or ``prev`` ends on a word that cannot end a name."""
    if line[:1].islower() or line[:1] in "&(" or re.search(r"\b(?:of|and|for|the|de|du|des|di|la|für|und)$", prev.text.rstrip(), re.I):
        return True
    centred = abs((prev.x0 + prev.x1) / 2 - (prev.rx0 + prev.rx1) / 2) < 3.0 and prev.x0 > prev.rx0 + 10.0
    if ln is not None and abs((prev.x0 + prev.x1) / 2 - (ln.x0 + ln.x1) / 2) < 3.0 and abs(prev.x0 - ln.x0) > 4.0:
        centred = True  # two lines centred on each other, not on their region (a cell of one author)
    if centred:
        return True  # a centred line's width says nothing of its room, so it is read as broken for room
    first = line.split()[0] if line.split() else ""
    per_char = (prev.x1 - prev.x0) / max(len(prev.text), 1)
    # (capitals are wider than the line's mean letter: "FCEQyN," needs more room than "theory,")
    room = per_char * (len(first) + 1 + 0.4 * sum(c.isupper() for c in first))
    return (prev.x1 - prev.x0) + room > (prev.rx1 - prev.rx0) + 1.0


def _marked_run(affils: list[tuple[list[str], str]], raw: str) -> None:
    """Add a line of places run on after raised marks to ``affils``: the
    text before the first mark goes on the place before, each mark starts a
    place of its own ("Sweden, and ⟨5⟩Acorda Therapeutics, ...")."""
    parts = re.split(_SUP_OPEN + r"([^" + _SUP_CLOSE + r"]+)" + _SUP_CLOSE, raw)
    lead = parts[0].strip()
    if lead:
        affils[-1] = (affils[-1][0], (affils[-1][1] + " " + lead).strip())
    for k in range(1, len(parts) - 1, 2):
        affils[-1] = (affils[-1][0], re.sub(r"[,;]?\s*(?:and\s*)?$", "", affils[-1][1]))
        affils.append((re.findall(r"\d+|[a-z]|[^\w\s,]", parts[k]), parts[k + 1].strip()))


# a note run on after the last place: "† Electronic supplementary information (ESI) available"
_NOTE_TAIL = re.compile(
    r"\s*[†‡]\s*(?:Electronic\s+supplementary|Supplementary|ESI\b|Electronic\s+Supporting).*$"
    # (OUP's manuscript template: "FOR PUBLISHER ONLY Received on Date Month Year; ...")
    r"|\s*\bFOR\s+PUBLISHER\s+ONLY\b.*$|\s*\bReceived\s+on\s+(?:Date|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b.*$",
    re.I,
)


def _place_text(text: str) -> str:
    """An affiliation as printed, without the e-mail addresses some
    publishers run on after it ("..., USA; kim@example.org")."""
    text = re.sub(r"\s+", " ", text)
    text = without_address(text)
    text = without_orcid_list(text)  # (and the authors' ORCID iDs joined to the last place)
    # (a run of numbered places, "..., MA 02115, USA and 4 Department of ...": the "and" before the next)
    text = re.sub(r"[\s,;]+and$", "", text.strip(" ,;"))
    # "Professor at the Dept. of ...": the post goes, the place stays; "Ph.D. student" alone is no place
    return without_post(text.strip(" ,;"))


# a name as a margin's list of places abbreviates it: "Prof J M Baeten MD", "A van Heerden"
_SHORT_NAME = re.compile(r"^(?:(?:Prof|Dr)\.?\s+)?((?:[A-Z]{1,2}\.?\s+){1,3})([^\W\d_][\w'\u2019-]*(?:\s+[^\W\d_][\w'\u2019-]*){0,2}?)(?:\s+(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|BA|BSc|MSc|MD|MPH|DPhil|PhD|MBChB|MBBS|MA|MS|RN|BM|BCh))*$")


def _short_name_of(short: str, authors: list[Author]) -> int | None:
    """The author an abbreviated name stands for ("Prof J M Baeten MD" for
    Jared M Baeten): the project's one test of two printed names being the
    same person, once the title and degrees are off; only a single match."""
    from ..names import same_person

    m = _SHORT_NAME.match(short.strip())
    if not m:
        return None
    hits = [i for i, a in enumerate(authors) if same_person(f"{m.group(1).strip()} {m.group(2)}", a.name)]
    return hits[0] if len(hits) == 1 else None


def _affiliations_in_margin(authors: list[Author], lines: list[Line]) -> None:
    """The Lancet's front page: names without marks under the title, and in
    the margin the places, each followed by the authors who hold it in
    brackets ("Department of Global Health (R V Barnabas MBChB, Prof C
    Celum MD), Division of ... (...), University of Washington, Seattle,
    WA, USA; Vaccine ... Center, Seattle, WA, USA (R V Barnabas); ...")."""
    if not authors or any(a.affiliations for a in authors) or not lines:
        return
    width = max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines)
    narrow = [ln for ln in lines if ln.x1 - ln.x0 < 0.3 * width]
    starts = [ln.x0 for ln in narrow if re.search(r"\((?:Prof\s+)?[A-Z]{1,2}\s+[A-Z]", ln.text)]
    if len(starts) < 2:
        return
    x = _median(starts)
    if sum(1 for s in starts if abs(s - x) < 3.0) < 2:
        return  # brackets of names in narrow lines that are no one column
    col = sorted((ln for ln in narrow if abs(ln.x0 - x) < 3.0), key=lambda ln: ln.top)
    # the places begin with the run of bold lines over the first bracket of names (notes above them are not places)
    first = next(k for k, ln in enumerate(col) if re.search(r"\((?:Prof\s+)?[A-Z]{1,2}\s+[A-Z]", ln.text))
    k = first
    while k > 0 and col[k - 1].bold:
        k -= 1
    if k < first or col[first].bold:
        col = col[k:]
    text = ""
    for ln in col:
        text = text[:-1] + ln.text if text.endswith("-") else (text + " " + ln.text if text else ln.text)
    for group in text.split(";"):
        parens = [m for m in re.finditer(r"\(([^()]*)\)", group)]
        held: list[tuple[str, list[int]]] = []
        prev = 0
        for m in parens:
            who = [i for i in (_short_name_of(n, authors) for n in m.group(1).split(",")) if i is not None]
            if who:
                unit = re.sub(r"^(?:and\s+)", "", group[prev : m.start()].strip(" ,")).strip(" ,")
                held.append((unit, who))
            prev = m.end()
        tail = re.split(r"\b(?:Correspondence|See\s+Online)\b", group[prev:])[0].strip(" ,.") if held and parens else ""
        for unit, who in held:
            place = f"{unit}, {tail}" if tail and unit else unit or tail
            for i in who:
                if place and place not in authors[i].affiliations:
                    authors[i].affiliations.append(place)



_DETAILS_HEAD = re.compile(
    r"^(?:author(?:s['’]?|['’]s)?\s+(?:details|information|affiliations)|authors?\s+and\s+affiliations|affiliations)\s*:?$",
    re.IGNORECASE,
)


def _affiliations_from_details(authors: list[Author], marks: list[list[str]], sections: list[Section]) -> None:
    """Where the front page gives only some places ("Full list of author
    information is available at the end of the article"), the marked list
    under "Author details" at the end gives them all: "1 CSIRO, Geelong,
    Australia. 2 School of ..."."""
    wanted = {x for mk in marks for x in mk if re.fullmatch(r"\d{1,2}|[a-h]", x)}
    if not wanted or all(a.affiliations for a in authors):
        return
    sec = next((s for s in sections if s.heading and _DETAILS_HEAD.match(s.heading.strip())), None)
    if sec is not None:
        text = " ".join(b.text for b in sec.blocks)
    else:
        # ("A full list of affiliations appears at the end of the paper", Nature): a paragraph after the
        # front page that opens with the first mark and goes on through the next ones
        blocks = [b for s_ in sections[1:] for b in s_.blocks]
        at = next((i for i, b in enumerate(blocks) if re.match(r"\s*1\s?[A-Z\u00c0-\u024f]", b.text) and re.search(r"[.;]\s*2\s?[A-Z\u00c0-\u024f]", b.text)), None)
        if at is None:
            return
        run = [blocks[at].text]
        for b in blocks[at + 1 : at + 4]:
            if not re.match(r"\s*\d{1,2}\s?[A-Z\u00c0-\u024f]", b.text):
                break
            run.append(b.text)
        text = " ".join(run)
    starts = list(re.finditer(r"(?:^|(?<=[.;])\s*)(\d{1,2}|[a-h])\s*(?=[A-Z\u00c0-\u024f])", text))
    if not wanted <= {m.group(1) for m in starts}:
        # the places run on with nothing between them but the next number ("..., United Kingdom
        # 2Quadram Institute ...", ASM's list at the end): each number in turn, the first time it
        # opens a word after the one before
        starts = _numbered_run(text)
    found = [(m.group(1), text[m.end() : (starts[i + 1].start() if i + 1 < len(starts) else len(text))]) for i, m in enumerate(starts)]
    # (a note set after the list, "Received: ..." or "* Correspondence: ...", ends its last place)
    places = [([mk], _place_text(re.split(r"(?:\*\s*)?\b(?:Correspondence|Received|Accepted|Published)\s*:", body)[0]).rstrip(". *")) for mk, body in found]
    if not places or not wanted <= {mk[0] for mk, _ in places} or 2 * sum(looks_like_affiliation(t) for _, t in places) < len(places):
        return
    for a in authors:
        a.affiliations = []
    assign_affiliations(authors, marks, places)


def _numbered_run(text: str) -> list[re.Match[str]]:
    """The marks of a run of places numbered 1, 2, 3 ... in order, each
    the first time its number opens a word after the mark before it."""
    out: list[re.Match[str]] = []
    pos, k = 0, 1
    while True:
        m = re.compile(rf"(?:^|(?<=\s))({k})\s?(?=[A-Z\u00c0-\u024f])").search(text, pos)
        if m is None:
            return out
        out.append(m)
        pos, k = m.end(), k + 1


def _affiliations_from_author_information(authors: list[Author], sections: list[Section]) -> None:
    """ACS journals print the places only at the end, under "AUTHOR
    INFORMATION": "Andrew D. White − Department of ..., United States;
    orcid.org/...; Email: ...". Each author the front page gave no place
    takes theirs from the line that opens with their name."""
    if not authors or all(a.affiliations for a in authors):
        return
    # (headings too: a line of it may have been read as one)
    parts = [t for s_ in sections for t in ([s_.heading] if s_.heading else []) + [b.text for b in s_.blocks]]
    at = next((i for i, t in enumerate(parts) if re.fullmatch(r"\W*author\s+information\W*", t.strip(), re.I)), None)
    if at is None:
        return
    # the section's text in one run (a place may be broken over blocks), cut where a name and its dash begin
    text = " ".join(t.strip() for t in parts[at + 1 : at + 40])
    starts = sorted(
        (m.start(), m.end(), a) for a in authors for m in re.finditer(re.escape(a.name) + r"\s+[−–]\s+", text)
    )
    for k, (_, end, who) in enumerate(starts):
        if who.affiliations:
            continue
        rest = text[end : starts[k + 1][0] if k + 1 < len(starts) else len(text)]
        rest = re.split(r"\s+(?:(?:Corresponding\s+)?Authors?|Complete\s+contact\s+information|Notes|Author\s+Contributions|Funding)\b", rest)[0]
        places = []
        for part in re.split(r";\s*", rest):
            part = re.sub(r"\s*(?:orcid\.org/|E-?mail\s*:).*$", "", part, flags=re.I).strip(" .,")
            if part and looks_like_affiliation(part):
                places.append(part)
        who.affiliations = places


def _foot_affiliations(api: _Pdfium, tp: Any, lines: list[Line], start: int, name_size: float, used: set[str] | frozenset[str] = frozenset()) -> list[tuple[list[str], str]]:
    """Marked affiliations set in small type at the foot of the page
    ("1Division of ..., UK. 2 School of ..."), each with its marks. A place
    with no institution word ("ETH Zurich, Switzerland") is taken when its
    mark is one the names carry (``used``) and it reads as a place, not a
    sentence."""
    if start >= len(lines):
        return []
    foot = max(ln.bottom for ln in lines)
    top = min(ln.top for ln in lines)
    # (Roman numerals when the names carry them: "I Department of ...", "II Hospital ...")
    roman = r"|[IVX]{1,4}(?=\s*[A-Z][a-z])" if any(re.fullmatch(r"[IVX]+", u) for u in used) else ""
    lead = r"^\s*(\d{1,2}|[a-h]|[" + re.escape(MARKS) + r"]" + roman + r")\s*(?=[A-Z])"
    # (or a raised mark the names carry inside the line: ICML's note, "... URL: https://x. ¹Department of
    # Psychology, ...", after a sentence of thanks)
    raised = re.compile(_SUP_OPEN + r"(?:" + "|".join(re.escape(u) for u in sorted(used)) + r")" + _SUP_CLOSE + r"\s*[A-Z][a-z]") if used and tp is not None else None
    low = [k for k in range(start, len(lines)) if lines[k].top > top + 0.6 * (foot - top) and lines[k].size < name_size - 0.4]
    # (a line opened by a mark the names carry first: not "1 Introduction", a table of contents above the note)
    at = next((k for k in low if (lm := re.match(lead, lines[k].text)) and lm.group(1) in used), None)
    if at is None:
        at = next((k for k in low if re.match(lead, lines[k].text)), None)
    if at is None and raised is not None:
        at = next((k for k in low if raised.search(_char_runs(api, tp, lines[k]))), None)
    if at is None:
        return []
    # the note's lines by where they sit, not by reading order: its first line may have been read
    # with a column above it, the rest across the page
    # (a long note starts above the lower part of the page: its first lines are taken back to the clear space above it)
    same = sorted((x for x in lines[start:] if abs(x.size - lines[at].size) <= 0.4), key=lambda x: (x.top, x.x0))
    i = same.index(lines[at])
    while i > 0 and lines[at].top - same[i - 1].top < 20 * max(lines[at].height, 1.0) and 0 <= same[i].top - same[i - 1].bottom <= 2.5 * max(same[i].height, 1.0):
        i -= 1
    chosen: list[Line] = []
    prev = same[i]
    for ln in same[i : i + 24]:
        if ln.top - prev.bottom > 2.5 * max(ln.height, 1.0):
            break
        chosen.append(ln)
        prev = ln
    # a note set in two columns (places I to VI on the left, VII to XI on the right) is read a column at a time
    gutter = next((x.x1 for x in sorted(chosen, key=lambda x: x.x1, reverse=True) if all(y.x1 <= x.x1 + 0.5 or y.x0 >= x.x1 + 4.0 for y in chosen) and any(y.x0 >= x.x1 + 4.0 for y in chosen)), None)
    if gutter is not None:
        left = [x for x in chosen if x.x1 <= gutter + 0.5]
        right = [x for x in chosen if x.x0 > gutter + 0.5]
        if len(left) >= 2 and len(right) >= 2:
            chosen = sorted(left, key=lambda x: x.top) + sorted(right, key=lambda x: x.top)
    # (the raised-mark reading leaves out a line-end hyphen PDFium marked soft: it goes back for the join)
    texts = [(_char_runs(api, tp, ln) + ("-" if ln.soft else "")) if tp is not None else ln.text for ln in chosen]
    # a mark the names carry opening a later line of the note is a place's too, set on the line
    # ("1 Engie - CEEME, ..." / "2 Engie - CEEME, ...", Springer): the lines before it may be an address
    # (not a line that goes on with a postcode: "2AB, UK. ...")
    line_lead = re.compile(r"^\s*(\d{1,2}|[a-h]|[" + re.escape(MARKS) + r"])\s*(?=[A-Z][a-z])")
    texts = [texts[0]] + [line_lead.sub(lambda m: _SUP_OPEN + m.group(1) + _SUP_CLOSE if m.group(1) in used else m.group(0), t) for t in texts[1:]]
    joined = _join_note_lines(texts)
    # the first mark, at the start of its line, has no baseline beside it to be seen raised by
    joined = re.sub(lead, lambda m: _SUP_OPEN + m.group(1) + _SUP_CLOSE, joined)
    # nor do signs set in the text's own type, each opening a place of a list ("*Ben-Gurion University, Israel;
    # †Israeli Ministry of Health, Israel; and ‡Veterinary Services, ...")
    joined = re.sub(r"[;,]\s*(?:and\s+)?([" + re.escape(MARKS) + r"]{1,2})\s*(?=[A-Z])", lambda m: "; " + _SUP_OPEN + m.group(1) + _SUP_CLOSE, joined)
    # notes among the places ("* Correspondence: ...", "Full list of author information is available ...") run to the next mark
    joined = re.sub(
        r"(?:\*\s*)?\b(?:Correspondence|These authors|Present address|e-?mails?\b|Full list of author information)[^" + _SUP_OPEN + r"]*",
        " ",
        joined,
    )
    out: list[tuple[list[str], str]] = []
    for m in re.finditer(_SUP_OPEN + r"([^" + _SUP_CLOSE + r"]+)" + _SUP_CLOSE + r"\s*([^" + _SUP_OPEN + r"]+)", joined):
        text = re.sub(r"\s+", " ", m.group(2)).strip(" ,;.")
        mk = mark_keys(m.group(1))
        if text and (looks_like_affiliation(text) or (set(mk) & used and _place_like(text))):
            out.append((mk, text))
    return out


def _join_note_lines(texts: list[str]) -> str:
    """The lines of a note joined: a word broken at a line's end by a hyphen
    goes on without a space ("Morgan-" "town"), the hyphen kept before a
    capital ("Beer-" "Sheva")."""
    out = ""
    for k, t in enumerate(texts):
        if k and re.search(r"[^\W\d_]-$", out):
            out = (out if t[:1].isupper() else out[:-1]) + t
        else:
            out += (" " if k else "") + t
    return out


def _place_tail(text: str) -> bool:
    """Whether a short text reads as the last words of a place ("6/8, N-7491
    Trondheim, Norway", "University, 404 Taichung, Taiwan"), not a note or a
    list of addresses ("{kim, jo}")."""
    return 0 < len(text.split()) <= 14 and text[0] not in "{([" and not _NOTE_WORDS.search(text) and "correspond" not in text.lower()


#: words a note about the authors has and a place has not ("These authors contributed equally")
_NOTE_WORDS = re.compile(r"\b(?:is|are|was|were|has|have|contributed|equally|deceased|address|author|authors)\b", re.I)


def _place_like(text: str) -> bool:
    """Whether a short text reads as a place's name ("ETH Zurich, Switzerland",
    "Edinburgh") rather than a note ("These authors contributed equally")."""
    words = text.split()
    return (
        0 < len(words) <= 14
        and text[0].isupper()
        and not _NOTE_WORDS.search(text)
        and sum(w[0].isupper() for w in words if w[0].isalpha()) >= 0.5 * sum(w[0].isalpha() for w in words)
    )


# a line of authors by initials and family name, perhaps with the corresponding author's sign, parted by
# "·" or commas: "E. Keuleyan (&)", "C.-S. Lee (*)", "W.-h. Wu", "D. C. Yen", "A. Li · B. Cole"
_INITIALLED = r"[A-Z]\.(?:\s?-?\s?[A-Za-z]\.)*\s?[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?(?:\s*\((?:&|\*|✉)\))?"
_SHORT_NAMES = re.compile(rf"{_INITIALLED}(?:(?:\s*[·•,]\s*|\s+){_INITIALLED})*")


def _places_under_short_names(authors: list[Author], lines: list[Line]) -> None:
    """Springer's foot of the first page: each author by initials and
    family name ("E. Fong (&)"), their place on the lines under it, then
    their e-mail address. Authors the title page gave no places get them."""
    if not authors or all(a.affiliations for a in authors):
        return
    from ..names import same_person

    found: dict[int, list[str]] = {}
    i = 0
    while i < len(lines):
        t = lines[i].text.strip()
        if not _SHORT_NAMES.fullmatch(t):
            i += 1
            continue
        who = [m.group(0).strip(" ,·•") for m in re.finditer(_INITIALLED, t)]
        who = [re.sub(r"\s*\((?:&|\*|✉)\)", "", w) for w in who]
        hits = [[k for k, a in enumerate(authors) if same_person(w, a.name)] for w in who]
        j = i + 1
        parts: list[str] = []
        while j < len(lines) and j - i <= 6:
            u = lines[j].text.strip()
            if _mailed(u) or re.match(r"^(?:e-?mail|present\s+address|url)\b", u, re.I) or _SHORT_NAMES.fullmatch(u) or abs(lines[j].size - lines[i].size) > 0.5:
                break
            parts.append(u)
            j += 1
        place = _join_note_lines(parts).strip(" ,;")
        if place and all(len(h) == 1 for h in hits) and looks_like_affiliation(place):
            for h in hits:
                found.setdefault(h[0], []).append(place)
        i = max(j, i + 1)
    for k, places in found.items():
        if not authors[k].affiliations:
            authors[k].affiliations = places


def _signed_authors(page: PageText, display_path: str) -> list[Author]:
    """A letter's authors, signed in bold at its end right above the note
    of their places ("Ilaria Capua" "and Giovanni Cattoli" over "Author
    affiliations: World Organisation for Animal Health, ..."), or above
    places each led by the symbol its authors carry ("Nilo Bonifacio,*
    Mayuko Saito,†‡" over "*Hospital Nacional ..., Lima, Peru; †..."),
    when the page names no one under the title."""
    lines = page.lines
    for at, ln in enumerate(lines):
        marked = _SYMBOL_PLACE.match(ln.text)
        if not AFFILIATIONS_NOTE.match(ln.text) and not marked:
            continue
        k = at
        while k > 0 and at - k < 6 and lines[k - 1].bold and lines[k - 1].region == lines[at].region and lines[k - 1].size >= lines[at].size:
            k -= 1
        if k == at:
            continue
        signed = " ".join(x.text for x in lines[k:at])
        if marked and not (marked.group(1) in signed and all(re.search(r"[*†‡§¶‖]", x.text) for x in lines[k:at] if not re.match(r"\s*and\s*$", x.text))):
            continue  # (every signed line carries the symbols its places are led by)
        pairs = parse_author_line(mark_superscripts(re.sub(r"([*†‡§¶‖]+)", "⟨\\1⟩", signed)) if marked else signed)
        if not pairs or (marked and len(pairs) < 2):
            continue
        authors = [make_author(name, Location(path=display_path, page=lines[k].page, line=lines[k].no)) for name, _ in pairs]
        if marked:
            run = [ln]
            for x in lines[at + 1 : at + 12]:
                # (the note ends where its type, its column or its spacing does: "1. Occupational ..." is a reference)
                if x.region != ln.region or abs(x.size - ln.size) > 0.3 or x.top - run[-1].bottom > 1.2 * ln.size or re.match(r"\s*\d{1,3}\.\s", x.text):
                    break
                run.append(x)
            note = re.sub(r"(?<=[a-z])-\s+(?=[a-z])", "", " ".join(x.text.strip() for x in run))
            places = [(m.group(1), m.group(2).strip(" ;,.")) for m in _SYMBOL_PLACE_RUN.finditer(note)]
            for a, (_, mk) in zip(authors, pairs):
                a.affiliations = [re.sub(r"^and\s+", "", p) for sym, p in places if sym in "".join(mk) and p]
        return authors
    return []


# a note of places led by the symbols the signed authors carry: "*Hospital X, Lima, Peru; †Asociación Y"
_SYMBOL_PLACE = re.compile(r"^\s*([*†‡§¶‖])\s*[A-Z]")
_SYMBOL_PLACE_RUN = re.compile(r"(?:^|;\s*(?:and\s+)?)([*†‡§¶‖])\s*([^;*†‡§¶‖]+)")


def _one_signed_name(ln: Line) -> str | None:
    """The name of a line that holds one name and nothing else (a
    corresponding author's star after it), else None."""
    t = re.sub(r"\s*[*∗†‡]+\s*$", "", ln.text.strip()).strip(" ,")
    if not t or len(t.split()) > 6 or re.search(r"[\d@:;()]", t) or looks_like_affiliation(t):
        return None
    pairs = parse_author_line(t)
    return pairs[0][0] if pairs and len(pairs) == 1 else None


def _end_signed_authors(pages: list[PageText], display_path: str) -> list[Author]:
    """A letter's authors signed at its end, as Elsevier's journals set
    them: one name a line, set to the right of the column, each name or
    run of names followed by the lines of its places ("Sandeep Singh*"
    over "Department of Clinical Epidemiology, ... Netherlands"), the run
    going on into the next column or page, when the paper names no one
    under its title."""

    def right(x: Line) -> bool:
        return x.x0 - x.rx0 >= 0.25 * max(1.0, x.rx1 - x.rx0)

    lines = [ln for pg in pages[:4] for ln in pg.lines]
    k = 0
    while k < len(lines):
        ln = lines[k]
        if _one_signed_name(ln) is None or not right(ln):
            k += 1
            continue
        authors: list[Author] = []
        waiting: list[Author] = []  # the names since the last place
        place: list[str] = []
        j = k
        while j < len(lines) and abs(lines[j].size - ln.size) < 0.6:
            x = lines[j]
            name = _one_signed_name(x) if x.font == ln.font else None
            if name is not None and right(x):
                if place:
                    for a in waiting:
                        a.affiliations.append(" ".join(place))
                    waiting, place = [], []
                a = make_author(name, Location(path=display_path, page=x.page, line=x.no))
                authors.append(a)
                waiting.append(a)
            elif re.match(r"^\s*[*∗†]?\s*(?:corresponding\s+author|e-?mail\b)", x.text, re.IGNORECASE) or EMAIL.search(x.text):
                pass
            elif authors and x.font != ln.font and not re.match(r"^\s*\d{1,3}\.\s", x.text):
                # a place, set in its own face; a new one where a line starts at the column's edge after a full line
                new_place = not place or (x.x0 - x.rx0 < 2 and lines[j - 1].x1 < lines[j - 1].rx1 - 0.15 * (lines[j - 1].rx1 - lines[j - 1].rx0))
                if new_place and not (looks_like_affiliation(x.text) or looks_like_place(x.text)):
                    break  # (the text of another column read between the names, not their place)
                if place and new_place:
                    for a in waiting:
                        a.affiliations.append(" ".join(place))
                    place = []
                place.append(x.text.strip())
            else:
                break
            j += 1
        if place:
            for a in waiting:
                a.affiliations.append(" ".join(place))
        # (names with their places: a signature, not names alone, a list of a book's editors or a legend)
        if authors and all(a.affiliations for a in authors):
            for a in authors:
                a.affiliations = [re.sub(r"(?<=[a-z])-\s+(?=[a-z])", "", p) for p in a.affiliations]
            return authors
        k = max(j, k + 1)
    return []


# "Kangqi Ng, MBBS", "Beng Hoong Poon, MBBS, MPH, MMed (Family Med)": a name and the degrees after it
_SIGNED_DEGREES = re.compile(rf"^(?P<name>[{UPPER}][^,()\d]{{2,60}}?),\s*(?P<deg>[A-Z][^\d]{{0,80}})$")
_DEGREE_WORD = re.compile(rf"^(?:{DEGREE}|[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z]{{2,}})\.?$", re.IGNORECASE)


def _degree_line_name(text: str) -> str | None:
    """The name of a line that is a name and its degrees, else None."""
    m = _SIGNED_DEGREES.match(text.strip())
    if m is None:
        return None
    deg = re.sub(r"\([^()]*\)", " ", m.group("deg"))
    words = [w for w in re.split(r"[\s,&]+", deg) if w]
    if not words or not all(_DEGREE_WORD.match(w) and (w[:1].isupper()) for w in words) or not any(re.fullmatch(DEGREE, w.strip("."), re.IGNORECASE) for w in words):
        return None
    pairs = parse_author_line(m.group("name"))
    return pairs[0][0] if pairs and len(pairs) == 1 else None


def degree_signature(texts: list[str]) -> tuple[int, list[str], str] | None:
    """A signature of a letter in lines of text: two or more lines in a row
    that are each a name and its degrees ("Kangqi Ng, MBBS" over "Beng Hoong
    Poon, MBBS, MPH"), then up to three lines of the place they share
    ("Changi General Hospital" "Singapore"). Gives where the names start,
    the names and the place (empty when none follows); shared by the PDF
    and Word readers."""
    k = 0
    while k < len(texts):
        names = []
        j = k
        while j < len(texts) and (nm := _degree_line_name(texts[j])):
            names.append(nm)
            j += 1
        if len(names) < 2:
            k = max(j, k + 1)
            continue
        place: list[str] = []
        for t in (x.strip() for x in texts[j : j + 3]):
            if not t or not t[:1].isupper() or len(t.split()) > 10 or re.search(r"[.;:]$", t) or _degree_line_name(t):
                break
            place.append(t)
        return k, names, ", ".join(place)
    return None


def _degree_signed_authors(pages: list[PageText], display_path: str) -> list[Author]:
    """A letter's authors signed at its end one a line with their degrees,
    over the place they share (`degree_signature`), read a column at a time
    in the first pages, when the paper names no one under its title."""
    for pg in pages[:3]:
        lines = pg.lines
        k = 0
        while k < len(lines):
            run = [lines[k]]
            while k + len(run) < len(lines) and lines[k + len(run)].region == lines[k].region:
                run.append(lines[k + len(run)])
            got = degree_signature([ln.text for ln in run])
            if got is not None:
                at, names, place = got
                out = []
                for n, nm in enumerate(names):
                    a = make_author(nm, Location(path=display_path, page=run[at + n].page, line=run[at + n].no))
                    if place:
                        a.affiliations = [place]
                    out.append(a)
                return out
            k += len(run)
    return []


def _bio_authors(pages: list[PageText], running: list[str], display_path: str) -> list[Author]:
    """Authors named only in a closing biography ("Eve Marder is an eLife
    senior editor, and is in the Department of ..."), accepted when the
    family name also heads the running citation ("Marder. eLife 2012")."""
    from ..names import fold, parse_name

    heads = " ".join(fold(t) for t in running)
    out: list[Author] = []
    bio = re.compile(r"^((?:[A-Z][\w'’\-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'’\-]+|[A-Z]\.|" + "|".join(re.escape(p) for p in sorted(_PARTICLES, key=lambda p: (-len(p), p))) + r")){1,3})\s+(?:is|was)\s+(?:a|an|the|in|at|currently|professor|senior|assistant|associate)\b")
    for pg in pages[-2:]:
        for ln in pg.lines:
            m = bio.match(ln.text)
            if not m or not is_name(m.group(1)):
                continue
            pn = parse_name(m.group(1))
            if pn and pn.family and re.search(r"\b" + re.escape(pn.family) + r"\b", heads):
                if all(fold(a.name) != fold(m.group(1)) for a in out):
                    out.append(make_author(m.group(1), Location(path=display_path, page=pg.number, line=ln.no)))
    return out


def parse(path: Path, *, display_path: str, lexicons: dict | None = None) -> Manuscript:
    """Read a PDF paper into a ``Manuscript``. Raises ``EncryptedInput``
    for password-protected files, ``InputFileError`` for damaged or
    truncated ones, ``LimitExceeded`` past the time limit and
    ``NotUnderstood`` when no page has a text layer."""
    t0 = time.perf_counter()
    try:
        api = _Pdfium()
    except ImportError as exc:  # pragma: no cover - packaging problem
        from ..errors import UnsupportedInput

        raise UnsupportedInput(f"reading PDF needs the '{exc.name}' package, which is not installed") from None
    doc = _open(path, api)
    keep: dict[int, Any] = {}
    glyphs = _GlyphNames(path)
    glyph_token = _GLYPHS.set(glyphs)
    try:
        try:
            pages, keep = _read_pages(doc, api, t0 + limits.MAX_PDF_SECONDS)
        except (InputFileError, LimitExceeded):
            raise
        except api.pdfium.PdfiumError as exc:
            raise InputFileError(f"is a damaged PDF ({str(exc)[:80]})") from None
        if not any(pg.lines for pg in pages):
            raise NotUnderstood(
                f"has no text layer on any of its {len(pages)} page(s) (a scanned image?); a PDF with text, or the source document, is needed"
            )
        m = _build(pages, keep, api, display_path)
        if len(doc) > len(pages):
            m.notes.append(f"only the first {len(pages)} of {len(doc)} pages were read (TECHCOST_MAX_PDF_PAGES)")
            m.truncated = True
        return m
    finally:
        _GLYPHS.reset(glyph_token)
        glyphs.close()
        for page, tp in keep.values():
            tp.close()
            page.close()
        doc.close()


def _build(pages: list[PageText], keep: dict[int, Any], api: _Pdfium, display_path: str) -> Manuscript:
    """The ``Manuscript`` from the pages' lines."""
    running = _drop_running(pages)
    _drop_line_numbers(pages)
    _layout(pages)
    for k in range(min(3, len(pages))):
        if k in keep:
            pages[k].lines = _mend_disordered_rows(api, keep[k][1], pages[k].lines)
        pages[k].lines = _join_broken_rows(pages[k].lines)
        pages[k].lines = _title_beside_column(pages[k].lines)
    body = _body_size(pages)
    vocab = vocabulary(ln.text for pg in pages for ln in pg.lines)

    front = next((k for k in range(min(3, len(pages))) if len(pages[k].lines) >= 5), 0)
    # the words the paper writes in lower case: a phrase of the title or a heading read as a name
    # ("Severe Acute Respiratory Syndrome", "A Unifying View") has each of its words among them, as no
    # one's name has (not in an e-mail or web address: "marta.seretny@ed.ac.uk")
    lower_words = {w for pg in pages for ln in pg.lines for tok in ln.text.split() if not _ADDRESS_TOKEN.search(tok) for w in _WORD.findall(tok) if w.islower()}

    def read_at(k: int) -> tuple[int, tuple[int, int] | None, list[Author], set[int], list[list[str]]]:
        rng = _find_title(pages[k].lines, pages[k].height) if pages[k].lines else None
        got = _authors_from_front(api, keep.get(k, (None, None))[1], pages[k].lines, rng, display_path, lower_words)
        if not got[0] and rng:
            got = _names_over_title(pages[k].lines, rng, display_path) or got
        if not got[0] and rng and (beside := _beside_title(pages[k].lines, rng)) is not None:
            # the names set to the right of the title, in a column of their own (Cerebral Cortex)
            got = _authors_from_front(api, keep.get(k, (None, None))[1], pages[k].lines, (beside, beside), display_path, lower_words)
        if not got[0] and rng and (doi := _doi_after_abstract(pages[k].lines, rng)) is not None:
            # the names under the abstract and its DOI (eLife's features and points of view)
            got = _authors_from_front(api, keep.get(k, (None, None))[1], pages[k].lines, (doi, doi + 1), display_path, lower_words)
        return (k, rng, *got)

    front, title_rng, authors, name_lines, marks = read_at(front)
    if front > 0 and 2 <= len(pages[0].lines) < 5:
        # a title page of its own with a few lines ("Title / Subtitle / Ada Keel", a thesis's cover): its name is
        # the author's when it reads as one there
        sparse = read_at(0)
        if sparse[2]:
            front, title_rng, authors, name_lines, marks = sparse
    if front + 1 < len(pages) and _COVER.search("\n".join(ln.text for ln in pages[front].lines)):
        # a cover sheet ("To cite this article: ..."), perhaps of two pages: the paper's own front page is the
        # first after it that names anyone
        from ..names import fold, same_person

        named = {fold(a.name) for a in authors}
        # (the cover's own citation line names the first author, "To cite this article: Longfeng Zhao et al
        # 2018 ...": names read elsewhere on the cover, a box of related articles, are someone else's)
        cited = next((m.group("who") for ln in pages[front].lines if (m := _CITED_FIRST.search(ln.text))), None)
        if cited is not None and not any(fold(cited.split()[-1]) == fold(a.name.split()[-1]) for a in authors):
            authors, name_lines, marks = [], set(), []
            named = set()
            cited_family = fold(cited.split()[-1])
            after = (
                r
                for k in (front + 1, front + 2)
                if k < len(pages) and len(pages[k].lines) >= 5
                for r in [read_at(k)]
                if any(fold(a.name.split()[-1]) == cited_family for a in r[2])
            )
        else:
            after = (read_at(k) for k in (front + 1, front + 2) if k < len(pages) and len(pages[k].lines) >= 5)
        # (the cover may cite them by initials: "V. Nikoloau" is "Vasiliki Nikolaou" on the article's page)
        found = next((r for r in after if r[2] and (not named or any(fold(a.name) in named or any(same_person(a.name, c.name) for c in authors) for a in r[2]))), None)
        if found is not None and len(found[2]) >= len(authors):
            front, title_rng, authors, name_lines, marks = found
        elif found is not None:
            # the cover names more authors than the front page could be read for (a manuscript's line
            # numbers among its names): the cover's names, with the places the front page gave them
            places = {fold(a.name): a.affiliations for a in found[2]}
            for a in authors:
                a.affiliations = list(places.get(fold(a.name), []))  # (a cover prints no places)
    if not authors and len(pages[front].lines) <= _COVER_LINES and _COVER_SHEET.search("\n".join(ln.text for ln in pages[front].lines)):
        # a short page naming no one before the article: a publisher's notice or a sheet with the title
        # and "Smith et al." only; the article's own first page, one of the next two, names the authors
        for k in (front + 1, front + 2):
            if k >= len(pages) or len(pages[k].lines) < 5:
                continue
            r = read_at(k)
            if r[2]:
                front, title_rng, authors, name_lines, marks = r
                break
            if len(pages[k].lines) > _COVER_LINES:
                break  # (the article's first page, names unread: the pages after it are its text)
    shortened = any(id(ln) in name_lines and re.search(r"(?:\.\s?){3}|…", ln.text) for ln in pages[front].lines)
    placeless = bool(authors) and not any(a.affiliations for a in authors)
    if (not authors or shortened or placeless) and front + 1 < len(pages) and title_rng and len(pages[front + 1].lines) >= 5:
        # a summary page before the article (Cell Press's "Highlights" and "In brief" with a shortened
        # author list, "A, B, ..., C"; Elsevier's highlights with the names and no places): the article's own
        # first page, which repeats the title, names them all, with their places
        nxt = read_at(front + 1)
        better = len(nxt[2]) > len(authors) or (
            placeless and [_fold_name(a.name) for a in nxt[2]] == [_fold_name(a.name) for a in authors] and any(a.affiliations for a in nxt[2])
        )
        if better and nxt[1] and _same_title(
            " ".join(ln.text for ln in pages[front].lines[title_rng[0] : title_rng[1]]),
            " ".join(ln.text for ln in pages[front + 1].lines[nxt[1][0] : nxt[1][1]]),
        ):
            front, title_rng, authors, name_lines, marks = nxt
    kept = [i for i, a in enumerate(authors) if not _words_not_name(a.name, lower_words)]
    if len(kept) < len(authors):
        authors = [authors[i] for i in kept]
        marks = [marks[i] for i in kept] if len(marks) > max(kept, default=-1) else marks
    first = pages[front]
    title = None
    skip: set[int] = set()
    if title_rng:
        tl = first.lines[title_rng[0] : title_rng[1]]
        title = _join_lines(tl, vocab)
        skip.update(id(ln) for ln in tl)
    if not authors:
        authors = next((got for pg in pages[front : front + 2] if (got := _signed_authors(pg, display_path))), [])
    if not authors:
        authors = _degree_signed_authors(pages, display_path)
    if not authors:
        authors = _end_signed_authors(pages[front:], display_path)
        # (words of the paper's own in a legend set to the right, "Literature Search F", are no names)
        authors = [a for a in authors if not _words_not_name(re.sub(r"\s+[A-Z]$", "", a.name), lower_words)]
    if not authors:
        authors = _bio_authors(pages, running, display_path)
    front_lines = [ln.text for ln in first.lines]
    attach_contacts(authors, front_lines)

    # blocks
    floats = frozenset((ln.page, ln.region) for pg in pages for ln in pg.lines if _starts_caption(ln.text))
    b = _Builder(body, _line_gap(pages, body), floats)
    text_sizes = _text_sizes(pages)
    for pg in pages:
        prev: Line | None = None
        for ln in pg.lines:
            if id(ln) in skip:
                prev = None
                continue
            region_w = ln.rx1 - ln.rx0
            b.add(ln, prev, (False, None) if id(ln) in name_lines else _is_heading(ln, body, region_w, text_sizes))
            prev = ln
    b.close()
    blocks = b.blocks
    _mark_footnotes(blocks, pages, body)
    for blk in blocks:
        blk.text = _join_lines(blk.lines, vocab)
        if blk.kind == "paragraph":
            if _CAPTION.match(blk.text):
                blk.kind = "caption"
            elif _BULLET.match(blk.text) and not re.match(r"^\(?\d{1,3}[.)]\s", blk.text):
                blk.kind = "list_item"
    _heading_levels(blocks)
    sections = promote_closing_acknowledgements(_sections(blocks, display_path, len(pages), body))
    if len(marks) == len(authors):
        _affiliations_from_details(authors, marks, sections)
    _affiliations_in_margin(authors, first.lines)
    _places_under_short_names(authors, first.lines)
    places_in_labelled_note(authors, (blk.text for sec in sections for blk in sec.blocks))
    places_by_initials(authors)
    for a in authors:
        if any(IS_WITH.search(x) for x in a.affiliations):
            a.affiliations = []  # a note saying who is with which place, read as one place: read below
    bare = [a for a in authors if not a.affiliations]
    if bare:
        # IEEE journals: "A. West and J. Hermus are with the Department of X (e-mail: ...)." in the
        # first page's note
        if any(IS_WITH.search(ln.text) for ln in first.lines):
            places_said_with(bare, re.sub(r"(?<=[a-z])- (?=[a-z])", "", " ".join(ln.text for ln in first.lines)))
    for a in authors:
        # (an e-mail or a note on supplementary material run on after a place, RSC)
        # (and a note about the author, "Lead contact", "These authors contributed equally", is no place)
        a.affiliations = [t for t in (_place_text(_NOTE_TAIL.sub("", x)) for x in a.affiliations) if t and not is_author_note(t)]
    _affiliations_from_author_information(authors, sections)
    contrib = apply_section_statements(authors, sections)
    return Manuscript(
        path=display_path,
        format="pdf",
        title=title,
        authors=authors,
        sections=sections,
        contribution_statement_text=contrib,
    )


# what a publisher's or an archive's download cover sheet prints (Taylor & Francis, JSTOR, eLife's accepted manuscripts, BMC's provisional PDFs)
def _same_title(a: str, b: str) -> bool:
    """Whether two titles are the same words (most of them, in any line breaks)."""
    wa, wb = (set(re.findall(r"[^\W\d_]{3,}", x.lower())) for x in (a, b))
    return bool(wa) and bool(wb) and len(wa & wb) >= 0.7 * max(len(wa), len(wb))


_ADDRESS_TOKEN = re.compile(r"@|/|\w\.\w|^www\b", re.IGNORECASE)


def _words_not_name(name: str, lower_words: set[str]) -> bool:
    """Whether a name of two or more words, none an initial, is words the
    paper writes in lower case ("Healthcare Workers", "Exhaled Air
    Dispersion Distances")."""
    words = name.split()
    return sum(len(w) >= 4 for w in words) >= 2 and all(w.isalpha() and w.lower() in lower_words for w in words)


# (a cover sheet is short: the first page of an article, with its title, names and opening text, holds more lines)
_COVER_LINES = 30
# (and says what it is: a publisher's or a repository's notice, or the paper cited as "Smith et al.")
_COVER_SHEET = re.compile(
    r"\b(?:permission|licen[cs]ed?|copyright|all\s+rights\s+reserved|cite|citation|provisional|accepted\s+manuscript|pre-?proof|proofs?|downloaded|"
    r"terms\s+(?:of|and)\s+(?:use|conditions)|resource\s+cent(?:re|er)|et\s+al)\b",
    re.IGNORECASE,
)
# the first author as a cover sheet cites the paper: "To cite this article: Longfeng Zhao et al 2018 J. Phys."
_CITED_FIRST = re.compile(r"\bTo cite this article\s*:\s*(?P<who>(?:[A-Z][\w'’\-]*\.?\s+){0,3}[A-Z][\w'’\-]+)(?=\s*(?:,|\bet\s+al\b|\band\b|&|\(?(?:19|20)\d{2}))")
_COVER = re.compile(
    r"\bTo cite this article\s*:|\bTo link to this article\s*:|\bFull Terms & Conditions of access\b|\bJSTOR is a not-for-profit\b|^Stable URL\s*:"
    r"|\bThis PDF is the version of the article that was accepted for publication\b|\bThis Provisional PDF corresponds to the article as it appeared upon acceptance\b"
    r"|\bThis is an Accepted Manuscript\b|\bThis article can be cited before page numbers have been issued\b"
    # HighWire's sheet before a journal's own pages (the Royal Society, PNAS, BMJ journals): "This article cites
    # 58 articles", "Email alerting service"
    r"|\bThis article cites \d+ articles\b|^Email alerting service\b",
    re.MULTILINE,
)


def _line_gap(pages: list[PageText], body: float) -> float:
    """The usual space between consecutive body lines of one column,
    measured after lines that run to the column's right edge and before
    lines that go on with a sentence: the gap there is the leading inside a
    paragraph, never the space between paragraphs (a paper of many short
    paragraphs would otherwise take that space for its leading and run
    its short lines together)."""
    gaps: list[float] = []
    inside: list[float] = []
    for pg in pages[:20]:
        prev = None
        for ln in pg.lines:
            if abs(ln.size - body) <= 0.7:
                if prev is not None and prev.region == ln.region:
                    g = ln.top - prev.bottom
                    if -0.5 * body < g < 2.5 * body:
                        gaps.append(g)
                        if (prev.x1 >= prev.rx1 - 2.0 * body and not prev.text.endswith((".", ":", "!", "?"))) or ln.text[:1].islower():
                            inside.append(g)
                prev = ln
            else:
                prev = None
    if len(inside) >= 3:
        return _median(inside)
    return _median(gaps) if len(gaps) >= 10 else 0.0


def _mark_footnotes(blocks: list[Block], pages: list[PageText], body: float) -> None:
    """Small text under a column's body text (or alone at the foot of a
    page) is a footnote."""
    heights = {pg.number: pg.height for pg in pages}
    body_bottom: dict[int, float] = {}
    page_body_bottom: dict[int, float] = {}
    for pg in pages:
        for ln in pg.lines:
            if abs(ln.size - body) <= 0.7 and len(ln.text) > 20:
                body_bottom[ln.region] = max(body_bottom.get(ln.region, 0.0), ln.bottom)
                page_body_bottom[pg.number] = max(page_body_bottom.get(pg.number, 0.0), ln.bottom)
    for blk in blocks:
        if blk.kind not in ("paragraph", "list_item") or _CAPTION.match(blk.first.text):
            continue
        f = blk.first
        if blk.size > body - 0.7:
            continue
        h = heights.get(f.page, 792.0)
        if f.top < 0.55 * h:
            continue
        below_region = f.top >= body_bottom.get(f.region, 0.0) - 1
        if below_region and (f.region in body_bottom or f.top >= page_body_bottom.get(f.page, 0.0) - 1 or f.top > 0.75 * h):
            blk.kind = "footnote"


def _heading_levels(blocks: list[Block]) -> None:
    sizes = sorted({round(b.size * 2) / 2 for b in blocks if b.kind == "heading"}, reverse=True)
    rank = {s: i + 1 for i, s in enumerate(sizes)}
    for blk in blocks:
        if blk.kind == "heading":
            lvl = rank.get(round(blk.size * 2) / 2, 1)
            m = re.match(r"^(\d+(?:\.\d+)*)\.?\s", blk.lines[0].text)
            if m:
                lvl = max(lvl, m.group(1).count(".") + 1)
            blk.level = min(lvl, 6)


def _loc(display_path: str, blk: Block, section: str | None) -> Location:
    return Location(path=display_path, page=blk.first.page, line=blk.first.no, section=section)


_BODY_HEADING = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:abstract|summary|introduction|background)\b", re.I)

# the first entry of a numbered reference list ("1. Tonegawa S (1983) Somatic ...",
# "[1] Smith, J. A., Lee, K. 2019.", "1 Smith JA, ..."): where a journal prints the
# list with no heading after the closing statements (PNAS), it starts the references
# entries of a reference list, the shapes a closing statement does not take: numbered
# ("1. Tonegawa S (1983) ...", "[2] http://...", "3 Smith JA, ..."), Vancouver ("Francis MP,
# Campana SE, Jones CM: Age under-estimation ...") or author-year ("Smith, J. A., & Lee, K.
# (2019)"); each with a year or an address
_REFERENCE_NUMBER = re.compile(r"^\s*(?:\[(?P<b>\d{1,3})\]|(?P<d>\d{1,3})\.|(?P<n>\d{1,3})(?=\s+[A-Z]))\s+\S")
_REFERENCE_AUTHORS = re.compile(
    # (F1000 platforms print the links of the entry before theirs: "Publisher Full Text Goldman KJ: ...")
    rf"^\s*(?:(?:Publisher\s+Full\s+Text|Reference\s+Source|PubMed\s+Abstract|Free\s+Full\s+Text)\s+)*(?:(?:\[\d{{1,3}}\]|\d{{1,3}}\.?)\s+)?(?:"
    rf"(?:[{UPPER}][\w'’\-]+\s+){{0,2}}[{UPPER}][\w'’\-]+,?\s+(?:[{UPPER}]\.?[\s\-]?){{1,3}}(?:,|:|\.|\s+\(|\s+and\b|\s+et\s+al\b|\s*\((?:19|20)\d\d)"
    rf"|(?:[{UPPER}]\.\s?){{1,3}}\s*[{UPPER}][\w'’\-]+(?:\s+[{UPPER}][\w'’\-]+)?\s*[,:]"
    rf"|(?:[{UPPER}][\w'’\-.]*\s+){{1,3}}et\s+al\b"
    rf")"
)
_REFERENCE_SOURCE = re.compile(r"\b(?:19|20)\d{2}[a-z]?\b|https?://|\bdoi\b", re.I)


def _reference_entry(text: str) -> int | None:
    """The number of a block that reads as a reference-list entry (0 when it
    is unnumbered), else None."""
    if not _REFERENCE_SOURCE.search(text[:300]):
        return None
    num = _REFERENCE_NUMBER.match(text)
    if num:
        return int(num.group("b") or num.group("d") or num.group("n"))
    return 0 if _REFERENCE_AUTHORS.match(text) else None


# statements that close a paper, after which a reference list may follow with no heading
_CLOSING_KINDS = frozenset({"acknowledgements", "author_contributions", "funding", "data_availability"})


def _references_start(blocks: list[Block], i: int) -> bool:
    """Whether ``blocks[i]`` starts a reference list (or the rest of one
    whose first entries a two-column page put earlier): numbered from 1, the
    next entry numbered 2 or shaped as an author list; two author-list
    entries numbered one after the other; or two unnumbered author-list
    entries in a row."""
    first = _reference_entry(blocks[i].text)
    if first is None:
        return False
    nxt = next((b for b in blocks[i + 1 :] if b.text and b.kind != "heading"), None)
    second = _reference_entry(nxt.text) if nxt is not None else None
    authors = bool(_REFERENCE_AUTHORS.match(blocks[i].text))
    if first == 1:
        return second == 2 or authors
    if first > 1:
        # the next numbered entry, past the lines of this one set apart ("J Chem Ecol. 2002; ...")
        later = [n for b in blocks[i + 1 : i + 5] if b.text and b.kind != "heading" and (n := _reference_entry(b.text))]
        return authors and bool(later) and later[0] == first + 1
    return nxt is not None and authors and second == 0 and bool(_REFERENCE_AUTHORS.match(nxt.text))


def _sections(blocks: list[Block], display_path: str, n_pages: int, body: float = 0.0) -> list[Section]:
    """Sections from headings, run-in headings and untitled acknowledgements."""
    sections: list[Section] = []
    cur: Section | None = None
    late_page = max(2, math.ceil(n_pages * 0.5)) if n_pages > 1 else 1
    # a closing statement set in small type after a run-in heading ("Acknowledgements. The field
    # experiment was ..."), and the size of its type: its next paragraphs, in the same small type and
    # before any heading or body text, go on with it, across the page too
    small_run: tuple[Section, float] | None = None

    def new_section(kind: str, heading: str | None, level: int, blk: Block) -> Section:
        sec = Section(kind=kind, heading=heading, level=level, location=_loc(display_path, blk, heading))  # type: ignore[arg-type]
        sections.append(sec)
        return sec

    for bi, blk in enumerate(blocks):
        if blk.kind == "heading":
            heading = blk.text
            kind = blk.heading_kind or classify(heading)
            cur = new_section(kind, heading, blk.level, blk)
            small_run = None
            continue
        text = blk.text
        if not text:
            continue
        if cur is not None and cur.kind in _CLOSING_KINDS:
            if page_furniture(text, data=cur.kind == "data_availability"):
                # the journal's own lines set in the statement's column or at the foot of its page
                # (the dates of the paper, its DOI, the copyright line, a page stamp): kept apart, and
                # the statement goes on after them
                aside = new_section("other", None, cur.level, blk)
                aside.blocks.append(TextBlock(text=text, location=_loc(display_path, blk, None), kind=_tb_kind(blk)))
                continue
            # "* kim@example.org data collection and analysis, ...": the corresponding author's address
            # printed where the statement's sentence goes on
            text = _MAIL_BEFORE_TEXT.sub("", text)
            if blk.kind == "caption" and cur.blocks:
                # a float after the statement ("Algorithm 2 ...", "Table 6."): the statement has ended, and
                # the float's lines are its own (a sentence broken by it still goes on, below)
                cur = new_section("other", None, cur.level, blk)
                cur.blocks.append(TextBlock(text=text, location=_loc(display_path, blk, None), kind=_tb_kind(blk)))
                continue
        run_in = split_run_in(text) if blk.kind in ("paragraph", "footnote", "list_item") else None
        if run_in is not None:
            head, rest = run_in
            kind = classify(head)
            if kind != "other" or cur is None or cur.kind != "other":
                sec = new_section(kind, head, (cur.level if cur else 1), blk)
                sec.blocks.append(TextBlock(text=rest, location=_loc(display_path, blk, head), kind=_tb_kind(blk)))
                # a footnote's run-in section does not swallow the body text after it
                cur = sec if blk.kind != "footnote" else cur
                small_run = (sec, blk.size) if blk.kind == "footnote" and kind in _CLOSING_KINDS and body and blk.size < body - 0.3 else None
                continue
        if small_run is not None and body:
            words = text.split()
            if run_in is not None or any(classify(" ".join(words[:n])) not in ("other", small_run[0].kind) for n in (1, 2, 3)):
                small_run = None  # another labelled note ("Competing Interests: ...", "Contributors JWC conceived ...") begins
            elif abs(blk.size - small_run[1]) < 0.3 and blk.kind in ("paragraph", "footnote") and not _references_start(blocks, bi):
                small_run[0].blocks.append(TextBlock(text=text, location=_loc(display_path, blk, small_run[0].heading), kind=_tb_kind(blk)))
                continue
            elif abs(blk.size - body) < 0.3:
                small_run = None  # the body text goes on: the statement has ended
        if cur is not None and cur.kind in _CLOSING_KINDS and blk.first.page >= late_page and _references_start(blocks, bi):
            # the reference list after the closing statements, printed with no heading: not
            # part of the acknowledgements (or whatever statement came last)
            cur = new_section("other", None, cur.level, blk)
            cur.blocks.append(TextBlock(text=text, location=_loc(display_path, blk, None), kind=_tb_kind(blk)))
            continue
        if cur is not None and cur.kind in _CLOSING_KINDS and _EDITORIAL_NOTE.match(text):
            # "Edited by: A Reviewed by: two anonymous referees" (Copernicus): the journal's note
            # on who handled the paper, after the closing statements but none of them
            cur = new_section("other", None, cur.level, blk)
            cur.blocks.append(TextBlock(text=text, location=_loc(display_path, blk, None), kind=_tb_kind(blk)))
            continue
        if (dangling := _dangling_statement(sections, cur, blk)) is not None and _goes_on_from(dangling.text, text):
            # "... We would like to" | (the references, in another column) | "acknowledge Dr. A
            # for ...": a closing statement broken by a column end goes on where the text resumes
            dangling.text = (dangling.text[:-1] if dangling.text.endswith("-") else dangling.text + " ") + text
            continue
        under_body_heading = cur is not None and cur.heading is not None and bool(_BODY_HEADING.match(cur.heading))
        if is_thanks(text) and (cur is None or cur.kind != "acknowledgements") and (blk.kind == "footnote" or (blk.first.page >= late_page and not under_body_heading)):
            sec = new_section("acknowledgements", None, cur.level if cur else 1, blk)
            sec.blocks.append(TextBlock(text=text, location=_loc(display_path, blk, None), kind=_tb_kind(blk)))
            if blk.kind != "footnote":
                cur = sec
            continue
        if cur is None:
            cur = new_section("other", None, 1, blk)
        if cur.kind in _CLOSING_KINDS and cur.blocks and text[:1].islower() and re.search(r"(?:\b(?:and|or|the|of|for|to|with|in|by|at)|[,;])$", cur.blocks[-1].text.rstrip()):
            # "... interviewer training, and" | (a column break) | "data acquisition; A, B ...": one sentence
            last = cur.blocks[-1]
            last.text = (last.text[:-1] if last.text.endswith("-") else last.text + " ") + text
            continue
        cur.blocks.append(TextBlock(text=text, location=_loc(display_path, blk, cur.heading), kind=_tb_kind(blk)))
    return sections


def _dangling_statement(sections: list[Section], cur: Section | None, blk: Block) -> TextBlock | None:
    """The last block of the latest closing statement (acknowledgements,
    funding, contributions, data) when it stops mid-sentence on this page or
    the one before and another section has begun since."""
    if blk.kind not in ("paragraph", "other") or not blk.text[:1].islower():
        return None
    sec = next((s for s in reversed(sections) if s.kind in _CLOSING_KINDS and s.blocks), None)
    if sec is None or sec is cur:
        return None
    last = sec.blocks[-1]
    if last.location.page is None or not 0 <= blk.first.page - last.location.page <= 1:
        return None
    if _EDITORIAL_NOTE.search(last.text[-160:]):
        return None  # "Edited by: A Reviewed by: two anonymous referees": a note, complete as it is
    return last if re.search(r"(?:[^\W\d_]{2,}|,|[^\W\d_]-)$", last.text) else None


_EDITORIAL_NOTE = re.compile(r"\s*\b(?:Edited|Reviewed|Handled)\s+by\s*:", re.I)

# the paper's DOI, alone or before the ISSN and copyright line (also passed over between the names and
# their places)
_DOI_LINE = re.compile(r"(?:doi|DOI)\s*:?\s*10\.\d{4,9}/\S+|(?:https?://)?(?:dx\.)?doi\.org/10\.\d{4,9}/\S+(?:\s.{0,300})?")
_FURNITURE = (
    # the paper's history: "Received: 23 October 2017; Revised: ...; Accepted: ...", "Article history:"
    re.compile(rf"(?i:article\s+history)\s*:?|(?:Received|Submitted|Accepted|Revised|Published(?:\s+online)?|Available\s+online|First\s+published)\b\W{{0,3}}(?:(?:on|in\s+revised\s+form)\s+)?{_DATE}.{{0,240}}"),
    _DOI_LINE,
    # the copyright line
    re.compile(r"(?:Copyright\s*)?(?:©|\(c\)\s*(?:19|20)\d{2}).{0,300}|Copyright\s+(?:©\s*)?(?:19|20)\d{2}\b.{0,300}"),
    # the journal's citation line ("Cancer Medicine 2018; 7(4):981–990", "(2023) 13:19207 |")
    re.compile(r"[A-Z][A-Za-z&.\- ]{2,60}\s+(?:19|20)\d{2}\s*[;,]\s*\d+\s*(?:\(\s*\d+\s*\))?\s*[:,]\s*e?\d+(?:\s*[–-]\s*e?\d+)?\.?"),
    re.compile(r"\(\s*(?:19|20)\d{2}\s*\)\s*\d+\s*:\s*\d+\s*\|?"),
    # a page stamp: numbers alone ("791", "2104 / 183901"), Springer Nature's "Vol.:(0123456789)"
    re.compile(r"[\d\s/|:().,–-]{1,30}|Vol[.:]{1,2}\(\d{10}\)"),
    # the article type over the title ("RESEARCH ARTICLE", "OPEN ACCESS")
    re.compile(r"(?:RESEARCH|ORIGINAL|REVIEW|CASE|SHORT|BRIEF|CLINICAL|TECHNICAL)(?:\s+(?:RESEARCH|ARTICLE|PAPER|REPORT|COMMUNICATION|STUDY|NOTE))+|OPEN\s+ACCESS"),
    # the corresponding authors' addresses alone ("* m.allen@example.ac.uk (MA); t.monks@example.ac.uk (TM)")
    re.compile(r"(?:[*✉]\s*|E-?mail\s*:\s*)[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*\([A-Z]{1,4}\))?(?:\s*[;,]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*\([A-Z]{1,4}\))?)*\.?"),
    # a title page's note: "☯ These authors contributed equally to this work."
    re.compile(r"\W{0,3}(?:[a-z*†‡§]\s?)?These\s+authors\s+(?:have\s+)?contributed\s+equally\b.{0,80}"),
)
# a corresponding author's address run into the words after it ("* kim@example.org data collection ...")
_MAIL_BEFORE_TEXT = re.compile(r"^[*✉]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*\([A-Z]{1,4}\))?(?:\s*;\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*\([A-Z]{1,4}\))?)*\s+(?=[a-z])")


def page_furniture(text: str, *, data: bool = False) -> bool:
    """Whether a block is one of the lines a journal prints on its pages
    rather than the paper's text: the paper's dates, its DOI, the copyright
    line, the citation line, a page stamp, the article type, an equal-
    contribution note, or a title page's numbered list of places. (In a
    data statement, ``data``, a DOI alone is where the data are.)"""
    t = text.strip()
    if any(p.fullmatch(t) for p in _FURNITURE if not (data and p is _DOI_LINE)):
        return True
    # "1 Department of ..., China, 2 China Petroleum ...": the places of a title page, numbered
    return bool(re.match(r"1\s?[A-Z]", t)) and len(_numbered_run(t)) >= 2 and looks_like_affiliation(t) and not is_thanks(t)


def _goes_on_from(prev: str, text: str) -> bool:
    """Whether ``text`` reads as the rest of the sentence ``prev`` breaks off:
    a word goes on ("We would like to" | "acknowledge Dr. A ..."), and no
    reference's source follows at once ("damage. J Neurosci 2007;27:1-5")."""
    if _YEAR_NEAR.search(text[:60]) or _REFERENCE_NUMBER.match(text) or _REFERENCE_TAIL.search(text[:300]):
        return False
    # prose, not a list of authors or a source: few initials and numbers, the common small words
    words = text[:240].split()
    initials = sum(1 for w in words if re.fullmatch(r"(?:[A-Z]\.[-‐]?){1,3},?", w))
    numbers = sum(1 for w in words if re.search(r"\d", w))
    small = sum(1 for w in words if w.lower().strip(",;") in _PROSE_WORDS)
    return initials < 3 and numbers <= small


_YEAR_NEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_PROSE_WORDS = frozenset("the of and to for in we was were by with his her their our this that a an is are on from who as at".split())
# the end of a reference entry: volume and pages ("33, 2031–2048", "2008;139:681–7"), a year
# in brackets or closing the entry, a DOI, "et al."
_REFERENCE_TAIL = re.compile(r"\d+\s*[:(,;]\s*\d+\s*[–-]\s*\d+|\(\s*(?:19|20)\d{2}[a-z]?\s*\)|,\s*(?:19|20)\d{2}[a-z]?\.\s*$|\bdoi\b|\bet\s+al\b", re.I)


def _tb_kind(blk: Block) -> str:
    return {"paragraph": "paragraph", "footnote": "footnote", "caption": "caption", "list_item": "list_item", "heading": "heading"}.get(blk.kind, "other")
