"""Read draft papers written in Word (.docx).

python-docx opens the package (after the zip container is bounded by
``check_zip``); the paragraphs are then read straight from the XML, with
paragraph styles looked up once per document in a dict keyed by style id
(``paragraph.style.name`` costs about 0.4 ms a call).

What is read:

- **headings** by style (Title, Heading 1..9, any style with an outline
  level) and by text: a short bold or standalone paragraph whose words name
  a section ("Acknowledgements", "Author contributions", "Funding"), and
  run-in headings ("Acknowledgements: We thank ...");
- **paragraphs**, **tables** (one block per row, cells joined by " | "),
  **footnotes and endnotes** (``word/footnotes.xml``, located at the
  paragraph that cites them), content controls;
- the **author block**: the paragraphs between the title and the abstract or
  first heading, names split on commas and "and" with superscript markers
  matched to the affiliation paragraphs, e-mails and ORCIDs;
- **acknowledgements without a heading** ("We thank ..." in the second half
  of the text or in a footnote) get a section of their own;
- **Word comments** are not text: they go to ``Manuscript.comments``, each
  located at the paragraph its range starts in.

Locations give ``paragraph`` as python-docx numbers ``document.paragraphs``
(0-based; ``None`` for text inside content controls and tables).
Macros never run and external relationships are never fetched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from ..errors import EncryptedInput, InputFileError, LimitExceeded, NotUnderstood, UnsupportedInput
from ..letters import LOWER, UPPER
from ..model import Author, Location, Manuscript, Section, TextBlock
from ..statements import apply_section_statements, find_email
from ._sections import promote_closing_acknowledgements
from ._text import (
    AFFILIATIONS_LABEL,
    ARTICLE_TYPE,
    AUTHORS_LABEL,
    LABELLED_PLACES,
    SUPERSCRIPT_DIGITS,
    bracketed_numbers_as_marks,
    is_author_note,
    is_degree,
    is_job_title,
    labelled_places,
    looks_like_affiliation,
    looks_like_name,
    looks_like_place,
    mark_keys,
    names_of_label,
    places_by_initials,
    places_in_labelled_note,
    places_in_with_notes,
    role_and_holders,
    running_text,
    typed_superscripts_as_marks,
    without_address,
    without_post,
)
from .pdf import (
    MARKS,
    assign_affiliations,
    attach_contacts,
    classify,
    degree_signature,
    heading_kind_by_text,
    is_thanks,
    make_author,
    parse_author_line,
    split_run_in,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SUP_OPEN, _SUP_CLOSE = "⟨", "⟩"
# a mark typed between carets that Pandoc did not raise (a space inside it): "Kim Park^a, c*^" in a
# Word file knit from R Markdown; the marks are the same as raised ones
_CARET_MARK = re.compile(r"\^([\w*†‡§¶#][\w*†‡§¶#,\s]{0,11}?)\^")

MAX_PARAGRAPHS = 200_000


@dataclass
class _Style:
    name: str
    level: int | None = None  # heading level (1-based) from the name or outline level
    bold: bool = False
    title: bool = False


@dataclass
class _Para:
    """One paragraph (or table row, or note) as read from the XML."""

    text: str
    index: int | None  # python-docx paragraph index
    kind: str = "paragraph"  # paragraph | table | footnote | list_item
    style: _Style | None = None
    bold: bool = False
    marked: str = ""  # text with superscript runs wrapped in ⟨⟩
    notes: list[str] = field(default_factory=list)  # footnote/endnote ids cited here
    comments: list[str] = field(default_factory=list)  # comment ids whose range starts here
    row: int | None = None


# ---------------------------------------------------------------- opening


def _open(path: Path) -> Any:
    """The python-docx ``Document``, after the container is checked."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise InputFileError(f"cannot be opened ({exc.strerror or exc})") from None
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        from .workbook import is_encrypted_ooxml

        with path.open("rb") as fh:
            blob = fh.read(1 << 20)
        if is_encrypted_ooxml(blob):
            raise EncryptedInput("is encrypted (password-protected); save an unprotected copy to check it")
        raise UnsupportedInput("is a legacy Word .doc file; save it as .docx to check it")
    from .workbook import check_zip

    zf = check_zip(path, kind="docx")
    names = set(zf.namelist())
    zf.close()
    if "word/document.xml" not in names:
        raise InputFileError("is not a valid docx file (the container holds no word/document.xml)")
    try:
        import docx
    except ImportError:  # pragma: no cover - packaging problem
        raise UnsupportedInput("reading docx needs the 'python-docx' package, which is not installed") from None
    try:
        return docx.Document(str(path))
    except ValueError as exc:
        msg = str(exc)
        if "macroEnabled" in msg:
            raise UnsupportedInput("is a macro-enabled Word file (.docm); save it as .docx to check it") from None
        if "template" in msg.lower():
            raise UnsupportedInput("is a Word template (.dotx); save it as .docx to check it") from None
        raise InputFileError("is not a readable Word document (its main part has the wrong type)") from None
    except KeyError as exc:
        raise InputFileError(f"is not a readable Word document (a part is missing: {str(exc)[:60]})") from None
    except Exception as exc:  # corrupt XML or package structure
        raise InputFileError(f"is not a readable Word document ({type(exc).__name__})") from None


# ---------------------------------------------------------------- styles


def _styles(document: Any) -> tuple[dict[str, _Style], _Style | None]:
    """Paragraph styles by id, built once; and the default paragraph style."""
    root = document.styles.element
    raw: dict[str, dict[str, Any]] = {}
    default_id = None
    for st in root.iter(W + "style"):
        if st.get(W + "type") != "paragraph":
            continue
        sid = st.get(W + "styleId") or ""
        name_el = st.find(W + "name")
        based = st.find(W + "basedOn")
        ppr = st.find(W + "pPr")
        rpr = st.find(W + "rPr")
        outline = ppr.find(W + "outlineLvl") if ppr is not None else None
        bold_el = rpr.find(W + "b") if rpr is not None else None
        raw[sid] = {
            "name": (name_el.get(W + "val") if name_el is not None else sid) or sid,
            "based": based.get(W + "val") if based is not None else None,
            "outline": int(outline.get(W + "val")) if outline is not None and (outline.get(W + "val") or "").isdecimal() else None,
            "bold": None if bold_el is None else bold_el.get(W + "val") not in ("0", "false", "off"),
        }
        if st.get(W + "default") in ("1", "true"):
            default_id = sid

    def resolve(sid: str, key: str, depth: int = 0) -> Any:
        info = raw.get(sid)
        if info is None or depth > 20:
            return None
        if info[key] is not None:
            return info[key]
        return resolve(info["based"], key, depth + 1) if info["based"] else None

    out: dict[str, _Style] = {}
    for sid, info in raw.items():
        name = info["name"]
        low = name.lower()
        level = None
        m = re.match(r"^(?:heading|überschrift|titre|título|titolo|kop)\s*(\d)$", low)
        if m:
            level = int(m.group(1))
        else:
            outline = resolve(sid, "outline")
            if outline is not None and outline < 9:
                level = outline + 1
        title = low in ("title", "titel", "titre", "subtitle") or sid.lower() == "title"
        out[sid] = _Style(name=name, level=level, bold=bool(resolve(sid, "bold")), title=title)
    return out, out.get(default_id) if default_id else None


# ---------------------------------------------------------------- text


def _run_bold(r: Any) -> bool | None:
    rpr = r.find(W + "rPr")
    if rpr is None:
        return None
    b = rpr.find(W + "b")
    if b is None:
        return None
    return b.get(W + "val") not in ("0", "false", "off")


def _is_sup(r: Any) -> bool:
    rpr = r.find(W + "rPr")
    if rpr is None:
        return False
    va = rpr.find(W + "vertAlign")
    return va is not None and va.get(W + "val") == "superscript"


_TEXT_TAGS = {W + "t", W + "tab", W + "br", W + "cr", W + "noBreakHyphen", W + "softHyphen", W + "sym"}


def _run_text(r: Any) -> str:
    out = []
    for el in r.iter(*_TEXT_TAGS):
        tag = el.tag
        if tag == W + "t":
            out.append(el.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag == W + "sym":
            out.append(" ")
    return "".join(out)


def _read_p(p: Any, index: int | None, styles: dict[str, _Style], default: _Style | None) -> _Para:
    """A paragraph's text (tracked deletions and field codes left out), its
    style, whether all of it is bold, and the notes and comments it anchors."""
    ppr = p.find(W + "pPr")
    style = default
    is_list = False
    if ppr is not None:
        ps = ppr.find(W + "pStyle")
        if ps is not None:
            style = styles.get(ps.get(W + "val") or "", default)
        # numbered or bulleted by the paragraph's own numbering or by a list style ("List Bullet")
        is_list = ppr.find(W + "numPr") is not None or bool(style and re.match(r"(?i)list\s+(?:bullet|number|continue)", style.name))
    plain: list[str] = []
    marked: list[str] = []
    notes: list[str] = []
    comments: list[str] = []
    all_bold = True
    any_text = False
    style_bold = bool(style and style.bold)
    for el in p.iter(W + "r", W + "commentRangeStart"):
        if el.tag == W + "commentRangeStart":
            cid = el.get(W + "id")
            if cid is not None:
                comments.append(cid)
            continue
        parent = el.getparent()
        if parent is not None and parent.tag in (W + "del", W + "moveFrom"):
            continue
        for ref in el.iter(W + "footnoteReference", W + "endnoteReference"):
            rid = ref.get(W + "id")
            if rid is not None:
                notes.append(("f" if ref.tag == W + "footnoteReference" else "e") + rid)
        t = _run_text(el)
        if not t:
            continue
        plain.append(t)
        if _is_sup(el):
            marked.append(_SUP_OPEN + t.translate(SUPERSCRIPT_DIGITS) + _SUP_CLOSE)
        else:
            marked.append(typed_superscripts_as_marks(t, _SUP_OPEN, _SUP_CLOSE))
        if t.strip():
            any_text = True
            b = _run_bold(el)
            if not (b if b is not None else style_bold):
                all_bold = False
    # (zero-width spaces and joiners, typed or pasted into a place or a name, are no text)
    text = re.sub(r"[ \t\u00a0]+", " ", re.sub(r"[\u200b-\u200d\ufeff]", "", "".join(plain))).strip()
    return _Para(
        text=text,
        index=index,
        kind="list_item" if is_list else "paragraph",
        style=style,
        bold=any_text and all_bold,
        marked=_CARET_MARK.sub(_SUP_OPEN + r"\1" + _SUP_CLOSE, re.sub(r"[ \t\u00a0]+", " ", re.sub(r"[\u200b-\u200d\ufeff]", "", "".join(marked))).strip()),
        notes=notes,
        comments=comments,
    )


_TOC_STYLE = re.compile(r"(?i)^toc\s*\d|^table\s+of\s+(?:contents|figures)$|^toc\s+heading$|^contents\s*\d")


def _table_of_contents(p: Any, styles: dict[str, _Style]) -> bool:
    """A line of a table of contents: set in a contents style ("TOC 1"), or
    a link to a heading's contents bookmark ("_Toc96073947")."""
    ppr = p.find(W + "pPr")
    ps = ppr.find(W + "pStyle") if ppr is not None else None
    if ps is not None:
        sid = ps.get(W + "val") or ""
        st = styles.get(sid)
        if _TOC_STYLE.match(st.name if st is not None else sid):
            return True
    links = p.findall(W + "hyperlink")
    return bool(links) and all((h.get(W + "anchor") or "").startswith("_Toc") for h in links) and not any(
        (t.text or "").strip() for r in p.findall(W + "r") for t in r.iter(W + "t")
    )


def _body(document: Any, styles: dict[str, _Style], default: _Style | None) -> Iterator[_Para]:
    """Body paragraphs and table rows in document order. ``index`` counts
    the body's own ``w:p`` children as python-docx does."""
    body = document.element.body
    counter = [0]

    def walk(container: Any, top: bool) -> Iterator[_Para]:
        for child in container.iterchildren():
            tag = child.tag
            if tag == W + "p":
                idx = None
                if top:
                    idx = counter[0]
                    counter[0] += 1
                    if counter[0] > MAX_PARAGRAPHS:
                        raise LimitExceeded(f"has more than {MAX_PARAGRAPHS} paragraphs")
                if _table_of_contents(child, styles):
                    continue  # "ACKNOWLEDGEMENTS ... 7": a line of the contents, not the section
                yield _read_p(child, idx, styles, default)
            elif tag == W + "tbl":
                last = counter[0] - 1 if counter[0] else None
                for r_i, tr in enumerate(child.iter(W + "tr"), 1):
                    cells = []
                    for tc in tr.iterchildren(W + "tc"):
                        ptexts = [_read_p(p, None, styles, default).text for p in tc.iter(W + "p")]
                        cells.append(" ".join(t for t in ptexts if t))
                    text = " | ".join(c for c in cells if c)
                    if text:
                        yield _Para(text=text, index=last, kind="table", row=r_i)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    yield from walk(content, False)

    yield from walk(body, True)


def _part_xml(document: Any, reltype_tail: str) -> Any | None:
    """The XML root of a related part (footnotes, endnotes, comments), or
    None. External relationships are skipped, never fetched."""
    from lxml import etree

    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith("/" + reltype_tail):
            continue
        try:
            blob = rel.target_part.blob
            parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
            return etree.fromstring(blob, parser)
        except Exception:
            return None
    return None


def _notes(document: Any, styles: dict[str, _Style], default: _Style | None) -> dict[str, str]:
    """Footnote and endnote texts by ``f<id>``/``e<id>`` (separators left out)."""
    out: dict[str, str] = {}
    for tail, tag, prefix in (("footnotes", "footnote", "f"), ("endnotes", "endnote", "e")):
        root = _part_xml(document, tail)
        if root is None:
            continue
        for note in root.iter(W + tag):
            if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            nid = note.get(W + "id")
            text = " ".join(t for t in (_read_p(p, None, styles, default).text for p in note.iter(W + "p")) if t).strip()
            if nid is not None and text:
                out[prefix + nid] = text
    return out


def _comments(document: Any, styles: dict[str, _Style], default: _Style | None) -> dict[str, str]:
    root = _part_xml(document, "comments")
    out: dict[str, str] = {}
    if root is None:
        return out
    for c in root.iter(W + "comment"):
        cid = c.get(W + "id")
        text = "\n".join(t for t in (_read_p(p, None, styles, default).text for p in c.iter(W + "p")) if t).strip()
        if cid is not None and text:
            out[cid] = text
    return out


# ---------------------------------------------------------------- structure


def _is_text_heading(p: _Para) -> tuple[bool, str | None]:
    """A paragraph that is a heading by what it says or how it looks."""
    t = p.text
    if not t or len(t) > 110 or p.kind == "table":
        return False, None
    words = t.split()
    kind = heading_kind_by_text(t)
    if kind is not None and role_and_holders(t):
        return False, None  # "Funding acquisition: Jo Bloggs.": a role and who held it, not a heading
    ends_sentence = bool(re.search(r"[.!?]$", t.rstrip(":"))) and not (len(words) <= 4 and t.endswith((".", ":")))
    if kind is not None and len(words) <= 8 and not ends_sentence:
        return True, kind
    if p.bold and len(words) <= 12 and not re.search(r"[.!?,;]$", t) and (t[0].isupper() or t[0].isdigit()):
        return True, kind
    return False, None


def _location(display_path: str, p: _Para, section: str | None) -> Location:
    return Location(path=display_path, paragraph=p.index, section=section, row=p.row)


_LABEL = re.compile(
    r"^(?:running\s+(?:title|head)|short\s+title|article\s+type|manuscript\s+type|type\s+of\s+(?:article|manuscript)|"
    # ("RH:", "LRH:", "RRH:": the running heads a manuscript for Wiley's and other journals opens with)
    r"journal|category|section|word\s+count|title|l?r?rh|lrh)\s*:",
    re.I,
)


_FIELD_NAME = re.compile(
    r"(?i)title|(?:short|running|abbreviated|brief)\s+(?:title|head)|authors?|author\s+(?:information|details|list)|authors?\s+and\s+affiliations|affiliations?"
)
_SHORT_FIELD = re.compile(r"(?i)(?:short|running|abbreviated|brief)\s+(?:title|head)")
_DATE_LINE = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
)


def _one_with_place(text: str) -> tuple[str, str] | None:
    """("Ann Lee", "University of Somewhere, ...") for a paragraph that is a
    name, a comma and where that person works; else None."""
    m = re.match(r"^\s*(?P<name>[^,;:()0-9@]{3,60}?)\s*,\s*(?P<place>.{6,300})$", text)
    if m is None or not looks_like_name(m.group("name")) or not (looks_like_affiliation(m.group("place")) or looks_like_place(m.group("place"))):
        return None
    return m.group("name").strip(), re.sub(r"\s*[\w.+\-]+@[\w\-.]+\s*", " ", m.group("place")).strip(" ,;.")


# a cover page's label over its authors' names, alone on its line
_BY_LABEL = re.compile(r"(?i)(?:(?:prepared|submitted|presented|written)\s+)?by\s*:?|authors?\s*:|(?:names?\s+of\s+(?:the\s+)?)?authors?['’]?\s*(?:names?)?\s*:")
# a line about who supervised or advised the work: its names are none of the authors
_SUPERVISED = re.compile(r"(?i)\b(?:advis\w*|supervis\w*|adviser|mentor\w*|instructor|committee|examin\w*|engr\.)")


_PLACEHOLDER = re.compile(r"\[[^\]]{0,40}?(?:add|others|etc|\.\.\.|…)[^\]]{0,40}\]\s*,?\s*", re.I)

# a form's labelled front matter, in any order: "Authors: A1, B2", "Affiliations: 1) X, 2) Y",
# "Title (plain text only): Z" (conference abstracts, submission forms)
_LABELLED_TITLE = re.compile(r"^\s*(?:paper\s+|abstract\s+)?title\s*(?:\([^()]{0,40}\))?\s*:\s*(?P<title>\S.*)$", re.I)
def _labelled_front(paras: list[_Para], display_path: str) -> tuple[str | None, int | None, list[Author], set[int]] | None:
    """Title, authors and places given as labelled lines near the top, or None."""
    top = [(k, p) for k, p in enumerate(paras[:15]) if p.text and p.kind != "table"]
    at = next((k for k, p in top if (lm := AUTHORS_LABEL.match(p.text)) and p.text[lm.end() :].strip()), None)
    if at is None:
        return None
    p = paras[at]
    # ("Authors: Kim Park (1) MPhil, Jo Bloggs (2) Associate Professor": numbers in brackets are marks)
    # (and the line's other labels after the names: "Author: A  Date: May 2026")
    pairs = parse_author_line(bracketed_numbers_as_marks(names_of_label(p.marked or p.text), _SUP_OPEN, _SUP_CLOSE))
    if not pairs:
        return None
    authors = [make_author(name, Location(path=display_path, paragraph=p.index)) for name, _ in pairs]
    marks = [m for _, m in pairs]
    used = {at}
    title, t_pos = None, None
    for k, q in top:
        tm = _LABELLED_TITLE.match(q.text)
        if tm:
            title, t_pos = tm.group("title").strip(), k
            used.add(k)
            break
    if title is None:
        # (a manuscript's title over its labelled names: the first paragraph set as a title or in bold)
        k, q = next(((k, q) for k, q in top if k < at and not _LABEL.match(q.text)), (None, None))
        if q is not None and (q.style and (q.style.title or q.style.level) or q.bold):
            title, t_pos = q.text.strip(), k
            used.add(k)
    affils: list[tuple[list[str], str]] = []
    for k, q in top:
        if k <= at or k > at + 6:
            continue
        pm = LABELLED_PLACES.match(q.text)
        if pm:
            affils = labelled_places(pm.group("places"), [x for mk in marks for x in mk])
            used.add(k)
            break
        if AFFILIATIONS_LABEL.match(q.text):
            # "Affiliations:" alone, the marked places under it (perhaps past another labelled line, "Author
            # contributions: ...", set between them and the names)
            for j in range(k + 1, min(len(paras), k + 8)):
                if not paras[j].text:
                    continue
                keyed = _keyed_places(paras[j])
                if not keyed:
                    break
                affils.extend(keyed)
                used.add(j)
            used.add(k)
            break
    if not affils and any(marks):
        # "⟨1⟩ Example University" under the names, unlabelled: the places their marks point to, up to
        # the first paragraph that opens with no mark
        for k, q in top:
            if k <= at:
                continue
            keyed = _keyed_places(q)
            if not keyed or not any(ks for ks, _ in keyed):
                break
            affils.extend(keyed)
            used.add(k)
    if not affils:
        # "1. The X Group, University of Y" under the names: each place after its number
        for k, q in top:
            if k <= at:
                continue
            nm = re.match(r"^\(?(\d{1,2})[.)]\s+(?=[A-Z])", q.text)
            if nm is None or not looks_like_affiliation(q.text):
                break  # (only the paragraphs right under the names: "1. Introduction" is a heading)
            affils.append(([nm.group(1)], q.text[nm.end() :].strip(" .;,")))
            used.add(k)
    assign_affiliations(authors, marks, affils)
    return title, t_pos, authors, used


def _split_front_lines(paras: list[_Para]) -> list[_Para]:
    """Front-matter paragraphs that hold several lines (names, then each
    affiliation after a line break) as one paragraph per line; drafting
    placeholders ("[… add others]") removed."""
    out: list[_Para] = []
    for k, p in enumerate(paras):
        if k < 30 and p.kind == "paragraph" and "\n" in p.text and len(p.text) < 4000:
            lines = [ln for ln in p.text.split("\n")]
            mlines = p.marked.split("\n") if p.marked and p.marked.count("\n") == p.text.count("\n") else lines
            for t, mk in zip(lines, mlines):
                if t.strip():
                    out.append(_Para(text=_PLACEHOLDER.sub("", t).strip(), index=p.index, kind=p.kind, style=p.style, bold=p.bold, marked=_PLACEHOLDER.sub("", mk).strip(), notes=p.notes, comments=p.comments))
            continue
        if k < 30 and _PLACEHOLDER.search(p.text):
            p.text = _PLACEHOLDER.sub("", p.text)
            p.marked = _PLACEHOLDER.sub("", p.marked)
        out.append(p)
    return out


def _signature_after_text(paras: list[_Para], start: int, display_path: str) -> list[Author]:
    """A letter's authors signed at its end one a paragraph with their
    degrees, over the place they share (``degree_signature``, as the PDF
    reader reads them), when the title is followed by the letter's text
    and not by names."""
    body = [p for p in paras[start:] if p.text and p.kind != "table"]
    if not body or not (running_text(body[0].text) or len(body[0].text) > 200) or parse_author_line(body[0].text):
        return []
    got = degree_signature([p.text for p in body])
    if got is None:
        return []
    at, names, place = got
    out = []
    for n, name in enumerate(names):
        a = make_author(name, Location(path=display_path, paragraph=body[at + n].index))
        if place:
            a.affiliations = [place]
        out.append(a)
    return out


# a letter to the journal set before the manuscript: its greeting, and the words it closes with
_SALUTATION = re.compile(
    r"(?i)(?:dear|to)\s+(?:the\s+)?(?:(?:handling|chief|academic|guest|associate)\s+)?(?:editors?|editorial\s+(?:board|office|team)|"
    r"dr\.?|prof\.?|professor|sir|madam|sirs|reviewers?|colleagues)\b[^!?\n]{0,80}?[,:]?"
)
_VALEDICTION = re.compile(r"(?i)(?:yours\s+)?(?:sincerely|faithfully|truly)(?:\s+yours)?|(?:with\s+)?(?:best|kind|warm)(?:est)?\s+(?:regards|wishes)|respectfully(?:\s+yours)?|regards|cordially")


def _after_cover_letter(paras: list[_Para]) -> int:
    """Where the manuscript starts when a cover letter comes first ("Dear
    Editor, ... Sincerely, <name, post, place>"), else 0: the letter's
    signature is no author block, and its text is no part of the paper."""
    texts = [(k, p.text.strip()) for k, p in enumerate(paras[:120]) if p.text and p.text.strip()]
    greet = next((i for i, (_, t) in enumerate(texts[:12]) if _SALUTATION.fullmatch(t)), None)
    if greet is None:
        return 0
    close = next((i for i in range(greet + 1, min(len(texts), greet + 60)) if _VALEDICTION.fullmatch(texts[i][1].rstrip(" ,."))), None)
    if close is None:
        return 0
    i = close + 1
    # the signature: short lines (a name, a post, a place, an address), up to the title, which is set
    # apart by its style or runs longer
    while i < len(texts) and i <= close + 8:
        p = paras[texts[i][0]]
        if (p.style and (p.style.title or p.style.level)) or p.bold or len(texts[i][1].split()) > 8:
            break
        i += 1
    return texts[i][0] if i < len(texts) else 0


def _front_matter(paras: list[_Para], display_path: str) -> tuple[str | None, int | None, list[Author], set[int]]:
    """Title, its position, authors and the positions of the paragraphs
    they used."""
    labelled = _labelled_front(paras, display_path)
    if labelled is not None:
        return labelled
    used: set[int] = set()
    title = None
    t_pos = None
    # a title page set as headed fields ("Title" / "Short title" / "Author information", each over its
    # value): the field names are no title or names, and the short title's value is neither
    fields: set[int] = set()
    for k, p in enumerate(paras[:40]):
        label = (p.text or "").strip().rstrip(":").strip()
        if _FIELD_NAME.fullmatch(label):
            fields.add(k)
            if _SHORT_FIELD.fullmatch(label):
                nxt = next((j for j in range(k + 1, min(len(paras), k + 4)) if paras[j].text), None)
                if nxt is not None:
                    fields.add(nxt)
    for k, p in enumerate(paras[:25]):
        if not p.text or p.kind == "table" or k in fields:
            continue
        if _LABEL.match(p.text) and not re.match(r"^title\s*:", p.text, re.I) or ARTICLE_TYPE.match(p.text):
            continue  # "Running title: ...", "Original article"
        if _DATE_LINE.fullmatch(p.text.strip()):
            continue  # "2 March 2024": the draft's date over the title
        if p.style and (p.style.title or p.style.level) or p.bold or len(p.text.split()) > 3:
            title, t_pos = re.sub(r"^title\s*:\s*", "", p.text, flags=re.I), k
            used.add(k)
        break
    start = (t_pos + 1) if t_pos is not None else 0
    signed = _signature_after_text(paras, start, display_path)
    if signed:
        return title, t_pos, signed, used
    stacked = _stacked_blocks(paras, start, display_path)
    if stacked is not None:
        return title, t_pos, stacked[0], used | stacked[1]
    authors: list[Author] = []
    marks: list[list[str]] = []
    name_lines: list[str] = []  # the author paragraphs: an ORCID note beside a name is read from them
    k = start
    found = False
    # a cover page's label alone on its line ("By:", "Submitted by:"), then one name a paragraph
    by = next((j for j in range(start, min(len(paras), start + 25)) if _BY_LABEL.fullmatch(paras[j].text.strip())), None)
    if by is not None:
        j = by + 1
        while j < len(paras) and j < by + 30:
            q = paras[j]
            if not q.text:
                j += 1
                continue
            pairs = parse_author_line(q.marked or q.text)
            if not pairs or len(pairs) != 1 or looks_like_affiliation(q.text) or _SUPERVISED.search(q.text):
                break
            authors.append(make_author(pairs[0][0], Location(path=display_path, paragraph=q.index)))
            marks.append(pairs[0][1])
            name_lines.append(q.text)
            used.add(j)
            j += 1
        if authors:
            found = True
            k = j
    # the author paragraph(s): among the first few non-empty paragraphs after the title
    seen = 0
    while not found and k < len(paras) and seen < 4:
        p = paras[k]
        if not p.text or k in fields:
            k += 1
            continue
        seen += 1
        low = p.text.lower()
        if re.match(r"^(?:abstract|summary|background|introduction|keywords)\b", low):
            break
        if _one_with_place(p.text):
            # "Ann Lee, University of Somewhere, 12 College Road, ..." then "Bo Kim, Institute of ...": one
            # author a paragraph, each with their place after a comma
            while k < len(paras) and paras[k].text and (one := _one_with_place(paras[k].text)) is not None:
                a = make_author(one[0], Location(path=display_path, paragraph=paras[k].index))
                a.affiliations.append(one[1])
                authors.append(a)
                marks.append([])
                name_lines.append(paras[k].text)
                used.add(k)
                k += 1
            found = True
            break
        # ("Kim Park, MD (1); Jo Bloggs (1,2)": marks in brackets read as the raised marks they stand for)
        pairs = parse_author_line(bracketed_numbers_as_marks(p.marked or p.text, _SUP_OPEN, _SUP_CLOSE))
        if pairs and not looks_like_affiliation(re.sub(r"⟨[^⟩]*⟩", " ", p.marked or p.text)):
            for name, m in pairs:
                authors.append(make_author(name, Location(path=display_path, paragraph=p.index)))
                marks.append(m)
            name_lines.append(p.text)
            used.add(k)
            found = True
            k += 1
            # names continued in the next paragraph
            while k < len(paras) and paras[k].text and parse_author_line(paras[k].marked or paras[k].text):
                nxt = paras[k]
                if looks_like_affiliation(re.sub(r"⟨[^⟩]*⟩", " ", nxt.marked or nxt.text)):
                    break
                for name, m in parse_author_line(nxt.marked or nxt.text) or []:
                    authors.append(make_author(name, Location(path=display_path, paragraph=nxt.index)))
                    marks.append(m)
                name_lines.append(nxt.text)
                used.add(k)
                k += 1
            break
        k += 1
    if not found:
        return title, t_pos, [], used
    # affiliations and contacts below the names
    affils: list[tuple[list[str], str]] = []
    contact_lines: list[str] = []
    j = k
    passed = 0
    numbered = any(re.fullmatch(r"\d{1,2}", x) for mk in marks for x in mk)
    while j < len(paras) and j < k + 20:
        p = paras[j]
        t = p.text
        if not t:
            j += 1
            continue
        if not affils and numbered and passed < 3 and re.fullmatch(r"(?:abstract|summary)\s*:?", t.strip(), re.I):
            passed += 1  # the abstract's own heading, the marked places printed after it
            j += 1
            continue
        if AFFILIATIONS_LABEL.match(t):
            j += 1  # "Author Affiliations:" over the numbered affiliations (a heading of its own, too)
            continue
        if re.match(r"^(?:\d{1,2}[.)]?\s+)?(?:abstract|summary|background|introduction|keywords|key\s*words)\b", t, re.I) or (p.style and p.style.level):
            break
        keyed = _keyed_places(p)
        if "@" in t and keyed and looks_like_affiliation(_without_address(keyed[0][1])):
            # "1 Vermont Center for Ecostudies, PO Box 420, ...; email: x@y": a marked place with its author's address
            affils.extend((mk, _without_address(body)) for mk, body in keyed)
            contact_lines.append(t)
            j += 1
            continue
        if "@" in t and not keyed and not re.search(r"orcid|correspond", t, re.I) and looks_like_affiliation(_without_address(t)) and len(t) < 300:
            # "Example University, ..., Germany. E-Mail: kim@example.de": an unmarked place with its author's address
            affils.append(([], _without_address(t)))
            contact_lines.append(t)
            j += 1
            continue
        if "@" in t or re.search(r"orcid|correspond", t, re.I):
            contact_lines.append(t)
            j += 1
            continue
        if re.fullmatch(r"[\d\s./\-]{6,14}|(?:\d{1,2}\s+)?[A-Z][a-z]+,?\s+(?:\d{1,2},?\s+)?\d{4}", t.strip()):
            j += 1  # a date line between the names and the affiliations
            continue
        if keyed:
            if passed and not affils and not looks_like_affiliation(keyed[0][1]):
                break  # past the abstract, a numbered line that is no place ("1 Introduction") ends the search
            affils.extend(keyed)
        elif looks_like_affiliation(t) and len(t) < 300 and not running_text(t):
            # (not the text's opening: "In 2004, a scientist from the X Institute was ...", "Dear Editor, ...")
            affils.append(([], t))
        elif not affils and numbered and passed < 3:
            passed += 1  # the abstract set between the marked names and their places (pandoc's article templates)
        else:
            break
        j += 1
    assign_affiliations(authors, marks, affils)
    attach_contacts(authors, contact_lines)
    # iDs printed beside the names, and an address beside the one name on its line ("Kim Park (k@x.org)")
    attach_contacts(authors, [ln for ln in name_lines if "@" not in ln or len(parse_author_line(ln) or []) == 1])
    return title, t_pos, authors, used


# a place's mark as typed at its start: "1 Department", "1. Department", "1) Department", "1 - Department"
_TYPED_KEY = re.compile(r"^\s*(\d{1,2}|[" + re.escape(MARKS) + r"])[.)]?\s*(?:[-–:]\s*)?(?=[A-Z])(.*)$", re.S)


def _stacked_blocks(paras: list[_Para], start: int, display_path: str) -> tuple[list[Author], set[int]] | None:
    """Authors set one block each (IEEE's conference template, and title
    pages typed after it): a line with one name, then the lines of that
    author alone, their post, department, institution and e-mail address,
    then the next name. The blocks may be paragraphs of their own or lines
    of one paragraph. None unless two blocks or more read so, most of them
    with an address."""
    lines: list[tuple[int, str]] = []
    for j in range(start, min(len(paras), start + 60)):
        p = paras[j]
        if not p.text:
            continue
        if re.match(r"^(?:abstract|summary|keywords|index\s+terms|introduction)\b", p.text.strip(), re.I) or len(p.text) > 400 or running_text(p.text):
            break  # (the text has begun: a block's lines are short)
        lines.extend((j, x.strip()) for x in p.text.split("\n") if x.strip())
    blocks: list[tuple[int, str, list[str]]] = []
    used: set[int] = set()
    for j, t in lines:
        one = parse_author_line(re.sub(r"^((?:Dr|Prof|Mr|Mrs|Ms)\.)(?=\S)", r"\1 ", t)) if "@" not in t and len(t) <= 60 else None
        head = one is not None and len(one) == 1 and not looks_like_affiliation(t) and not is_job_title(t)
        after_address = bool(blocks and blocks[-1][2] and "@" in blocks[-1][2][-1])
        if not head and after_address and re.fullmatch(rf"[{UPPER}][{LOWER}]{{2,}}", t) and not is_job_title(t):
            one, head = [(t, [])], True  # after a block that ended with its address, a name of one word opens the next ("Annamalai")
        if head and (not blocks or blocks[-1][2]):
            blocks.append((j, one[0][0], []))  # type: ignore[index]
        elif after_address:
            break  # a block ended with its address and no name follows: the blocks are over
        elif blocks:
            blocks[-1][2].append(t)
        else:
            return None
        used.add(j)
    if len(blocks) < 2 or not all(b[2] for b in blocks) or 2 * sum(any("@" in x for x in b[2]) for b in blocks) < len(blocks):
        return None
    authors: list[Author] = []
    for j, name, rest in blocks:
        a = make_author(name, Location(path=display_path, paragraph=paras[j].index))
        place: list[str] = []
        for x in rest:
            if "@" in x:
                a.email = a.email or find_email(x)
            elif is_job_title(x.replace(".", "")):
                a.job_titles.append(x)
            elif is_degree(x.split()[0]):
                continue  # "Mtech VLSI Design": the course the author studies, no place
            else:
                place.append(x.strip(" ,"))
        if place:
            a.affiliations.append(", ".join(place))
        authors.append(a)
    return authors, used


def _without_address(place: str) -> str:
    return without_address(place).strip(" ;,.")


def _keyed_places(p: _Para) -> list[tuple[list[str], str]]:
    """The places of a paragraph each after its mark, raised ("⟨1⟩X") or
    typed ("1 X", "1 - X"): one a paragraph, or several in one, each on a
    line of its own or after a semicolon ("1 X; 2 Y"). Empty when the
    paragraph does not open with a mark."""
    pieces = [x for x in re.split(r"\n+", p.marked) if x.strip()] or [p.marked]
    out: list[tuple[list[str], str]] = []
    for k, piece in enumerate(pieces):
        # several on one line, each after a semicolon and its mark ("1 X; 2 Y", "⟨1⟩X; ⟨2⟩Y")
        # (or after the full stop that ends the place before: "..., Tennessee, 38163.  ⟨2⟩Department of ...")
        parts = re.split(r";\s*(?=" + _SUP_OPEN + r"|\d{1,2}[.)]?\s*(?:[-–:]\s*)?[A-Z])|(?:(?<=[^\W\d_]{2}\.)|(?<=\d{3}\.))\s+(?=" + _SUP_OPEN + r"\d)", piece)
        for part in parts:
            m = re.match(r"^\s*" + _SUP_OPEN + r"([^" + _SUP_CLOSE + r"]+)" + _SUP_CLOSE + r"\s*(.*)$", part, re.S)
            m2 = _TYPED_KEY.match(part) if m is None else None
            mm = m or m2
            if mm is None:
                if k == 0 and not out:
                    return []
                if out:
                    out[-1] = (out[-1][0], (out[-1][1] + " " + part.strip()).strip())  # a place broken over two lines
                continue
            body = re.sub(r"⟨[^⟩]*⟩", "", mm.group(2)).strip(" ;,")
            if is_author_note(body) or re.match(r"(?i)(?:author\s+)?for\s+correspondence|correspond", body):
                continue  # "*Author for correspondence: ...": a note among the places, no place
            # ("Assistant Professor, Department of Agronomy, ...": the place, without the post held there)
            body = without_post(body) or body
            out.append((mark_keys(mm.group(1)), body))
    return out


def _sections(
    paras: list[_Para], notes: dict[str, str], display_path: str, skip: set[int]
) -> tuple[list[Section], dict[int, str | None]]:
    """Sections from headings (style or text), run-in headings, untitled
    acknowledgements and notes; also each body index's section heading."""
    sections: list[Section] = []
    cur: Section | None = None
    late = max(1, len(paras) // 2)
    heading_of: dict[int, str | None] = {}

    def start(kind: str, heading: str | None, level: int, p: _Para) -> Section:
        sec = Section(kind=kind, heading=heading, level=level, location=_location(display_path, p, heading))  # type: ignore[arg-type]
        sections.append(sec)
        return sec

    def add_notes(p: _Para) -> None:
        nonlocal cur
        for nid in p.notes:
            text = notes.get(nid)
            if not text:
                continue
            loc_p = _Para(text=text, index=p.index)
            run_in = split_run_in(text)
            if run_in is not None and classify(run_in[0]) != "other":
                sec = start(classify(run_in[0]), run_in[0], cur.level if cur else 1, loc_p)
                sec.blocks.append(TextBlock(text=run_in[1], location=_location(display_path, loc_p, run_in[0]), kind="footnote"))
            elif is_thanks(text):
                sec = start("acknowledgements", None, cur.level if cur else 1, loc_p)
                sec.blocks.append(TextBlock(text=text, location=_location(display_path, loc_p, None), kind="footnote"))
            else:
                if cur is None:
                    cur = start("other", None, 1, p)
                cur.blocks.append(TextBlock(text=text, location=_location(display_path, loc_p, cur.heading), kind="footnote"))

    styled_last = False
    for k, p in enumerate(paras):
        if p.index is not None:
            heading_of[p.index] = cur.heading if cur else None
        if not p.text:
            add_notes(p)
            continue
        if k in skip:
            if cur is None:
                cur = start("other", None, 1, p)
            cur.blocks.append(TextBlock(text=p.text, location=_location(display_path, p, None), kind="paragraph"))
            add_notes(p)
            continue
        level = p.style.level if p.style and p.kind != "table" else None
        if level is not None and len(p.text) <= 200:
            styled_last = True
            cur = start(classify(p.text), p.text, level, p)
            if p.index is not None:
                heading_of[p.index] = p.text
            add_notes(p)
            continue
        is_head, kind = _is_text_heading(p) if p.kind != "table" else (False, None)
        if is_head:
            # under a styled heading a heading made by hand is one level down;
            # beside another hand-made heading it is on the same level
            if cur is None or cur.heading is None:
                lvl = 1
            else:
                lvl = cur.level + 1 if styled_last else cur.level
            styled_last = False
            cur = start(kind or classify(p.text), p.text, min(lvl, 9), p)
            if p.index is not None:
                heading_of[p.index] = p.text
            add_notes(p)
            continue
        run_in = split_run_in(p.text) if p.kind != "table" else None
        if run_in is not None and (classify(run_in[0]) != "other" or cur is None or cur.kind != "other"):
            head, rest = run_in
            cur = start(classify(head), head, cur.level if cur else 1, p)
            cur.blocks.append(TextBlock(text=rest, location=_location(display_path, p, head), kind="paragraph"))
            add_notes(p)
            continue
        if p.kind == "paragraph" and is_thanks(p.text) and k >= late and (cur is None or cur.kind != "acknowledgements"):
            cur = start("acknowledgements", None, cur.level if cur else 1, p)
            cur.blocks.append(TextBlock(text=p.text, location=_location(display_path, p, None), kind="paragraph"))
            add_notes(p)
            continue
        if cur is None:
            cur = start("other", None, 1, p)
        cur.blocks.append(TextBlock(text=p.text, location=_location(display_path, p, cur.heading), kind=p.kind))  # type: ignore[arg-type]
        add_notes(p)
    return sections, heading_of


def parse(path: Path, *, display_path: str, lexicons: dict | None = None) -> Manuscript:
    """Read a Word paper into a ``Manuscript``. Raises ``EncryptedInput`` for
    password-protected files, ``InputFileError`` for damaged ones,
    ``LimitExceeded`` past the container limits and ``NotUnderstood`` when
    the document holds no text."""
    document = _open(path)
    try:
        styles, default = _styles(document)
        paras = list(_body(document, styles, default))
        notes = _notes(document, styles, default)
        comment_texts = _comments(document, styles, default)
    except (InputFileError, LimitExceeded):
        raise
    except Exception as exc:  # malformed XML inside a readable package
        raise InputFileError(f"is a damaged Word document ({type(exc).__name__} while reading its text)") from None
    if not any(p.text for p in paras) and not notes:
        raise NotUnderstood("holds no text (an empty Word document, or one made only of images)")
    paras = _split_front_lines(paras)
    paras = paras[_after_cover_letter(paras) :]
    title, title_pos, authors, used = _front_matter(paras, display_path)
    skip = {k for k in used if k != title_pos}
    body = [p for k, p in enumerate(paras) if k != title_pos]
    # indices shift by one after the title is taken out
    skip = {k - (1 if title_pos is not None and k > title_pos else 0) for k in skip}
    sections, heading_of = _sections(body, notes, display_path, skip)
    sections = promote_closing_acknowledgements(sections)
    comments: list[TextBlock] = []
    anchor: dict[str, int | None] = {}
    for p in paras:
        for cid in p.comments:
            anchor.setdefault(cid, p.index)
    for cid, text in comment_texts.items():
        idx = anchor.get(cid)
        comments.append(
            TextBlock(text=text, location=Location(path=display_path, paragraph=idx, section=heading_of.get(idx) if idx is not None else None), kind="other")
        )
    places_in_labelled_note(authors, (b.text for s in sections for b in s.blocks))
    places_in_with_notes(authors, sections)
    places_by_initials(authors)
    contrib = apply_section_statements(authors, sections)
    return Manuscript(
        path=display_path,
        format="docx",
        title=title,
        authors=authors,
        sections=sections,
        contribution_statement_text=contrib,
        comments=comments,
    )
