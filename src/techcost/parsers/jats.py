"""JATS XML articles (eLife, PLoS, BMC, EHP, PubMed Central) into the
manuscript model.

What is read:

- authors from ``contrib contrib-type="author"`` in the article metadata,
  with the name as printed, ORCID, email, corresponding flag, affiliations
  (through ``xref ref-type="aff"`` or ``aff`` inside the contrib) and
  contribution roles (``role`` elements, CRediT vocabulary or text, and
  per-author contribution footnotes);
- group authors (``collab``, ``on-behalf-of``) into ``collaborations``,
  never into ``authors``; members listed for a group (``author
  non-byline``) are not byline authors;
- sections in document order with their level and their own paragraphs:
  abstract, body, back matter, acknowledgements (``ack``, titled sections,
  or untitled back footnotes that thank people or funders), author
  contributions (footnote groups, ``fn-type="con"``, titled sections),
  funding statements, and one "Figure legends" section holding every
  figure and table caption;
- funding awards from ``funding-group/award-group``.

Free-text contribution statements ("AB performed the experiments",
"Conceived and designed the experiments: AB CD.") are linked back to authors
by their initials.

The file is read, never written. Parsing refuses entity declarations and
never loads a DTD or anything over the network, so entity-expansion bombs
and external entities are neither expanded nor read.
"""

from __future__ import annotations

import html.entities
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from lxml import etree

from ..credit_roles import normalise_role, roles_from_text
from ..errors import InputFileError, LimitExceeded, NotUnderstood
from ..model import Author, FundingAward, Location, Manuscript, Section, TextBlock
from ..names import without_nickname
from ..statements import (
    EMAIL,
    EQUAL_CONTRIBUTION,
    FUNDED,
    INITIALS,
    THANKS,
    Roster,
    apply_statements,
    is_empty_statement,
    normalise_orcid,
    split_statement,
    statement_blocks,
)
from ._sections import classify_heading

__all__ = ["parse"]

MAX_DEPTH = 256  # libxml2's own limit without huge_tree; deeper documents are refused

_MML = "{http://www.w3.org/1998/Math/MathML}"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"

# subtrees whose text never belongs to the surrounding prose
_SKIP_IN_TEXT = frozenset(
    {
        "fig",
        "fig-group",
        "table-wrap",
        "table-wrap-group",
        "supplementary-material",
        "media",
        "graphic",
        "inline-graphic",
        "tex-math",
        "object-id",
        "alt-text",
        "long-desc",
        _MML + "annotation",
        _MML + "annotation-xml",
    }
)
# elements that start a new run of text: a space keeps words apart when flattened
_BLOCKY = ("p", "list-item", "title", "caption", "sec", "disp-quote", "def", "term", "label", "break", "list", "td", "th")

# containers whose paragraphs belong to the section they sit in
_PARA_CONTAINERS = frozenset({"disp-quote", "boxed-text", "statement", "speech", "verse-group", "def-list", "glossary"})

_PREDEFINED = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})
_NAMED_REF = re.compile(rb"&([A-Za-z][A-Za-z0-9]{0,31});")
_ELEMENT_START = re.compile(rb"<!--.*?-->|<[A-Za-z_:]", re.S)

_DOI_LINE = re.compile(r"\s*\bDOI:?\s*(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+\s*$", re.I)
_INTERESTS = re.compile(r"\b(?:competing|conflicts?\s+of|conflicting|financial)\s+interests?\b", re.I)
_CREDIT_URI = re.compile(r"(?:credit\.niso\.org|casrai\.org/credit|/credit)[^\s\"']*?/([a-z][a-z-]+)/?$", re.I)
_FN_TYPE_KIND = {
    "con": "author_contributions",
    "financial-disclosure": "funding",
    "supported-by": "funding",
    "funding": "funding",
    "funding-source": "funding",
    "financial-support": "funding",
    "ack": "acknowledgements",
    "acknowledgement": "acknowledgements",
    "acknowledgment": "acknowledgements",
    "acknowledgements": "acknowledgements",
    "data-availability": "data_availability",
}
_GROUP_TYPE_KIND = {
    "author-contribution": "author_contributions",
    "author-contributions": "author_contributions",
    "contributions": "author_contributions",
    "funding": "funding",
    "funding-information": "funding",
    "financial-disclosure": "funding",
    "ack": "acknowledgements",
    "acknowledgements": "acknowledgements",
    "acknowledgments": "acknowledgements",
    "data-availability": "data_availability",
    "data-availability-statement": "data_availability",
    "acknowledgment": "acknowledgements",
    "acknowledgement": "acknowledgements",
    "supported-by": "funding",
}


# --------------------------------------------------------------------------- reading


def _read(path: Path) -> bytes:
    """The file's bytes; refuses a file larger than the XML limit."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"cannot be opened ({exc.strerror or exc})") from None
    from . import limits

    if len(data) > limits.MAX_XML_BYTES:
        raise LimitExceeded(f"is {len(data) / 1e6:.0f} MB of XML (limit {limits.MAX_XML_BYTES / 1e6:.0f} MB)")
    return data


def _to_ascii_compatible(data: bytes) -> bytes:
    """UTF-16/32 documents re-encoded as UTF-8 (without their XML declaration),
    so the byte-level checks below see ASCII markup."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        enc = "utf-32"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        enc = "utf-16"
    elif data.startswith(b"<\x00"):
        enc = "utf-16-le"
    elif data.startswith(b"\x00<"):
        enc = "utf-16-be"
    else:
        return data
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        raise InputFileError(f"is not well-formed XML (it is not valid {enc.upper()})") from None
    text = re.sub(r"^\ufeff?\s*<\?xml[^>]*\?>", "", text)
    return text.encode("utf-8")


def _refuse_entity_declarations(data: bytes) -> None:
    """Entity declarations can only sit in the DOCTYPE before the root
    element; any there means the document wants expansion, which techcost
    never does."""
    end = len(data)
    for m in _ELEMENT_START.finditer(data):
        if not m.group(0).startswith(b"<!--"):
            end = m.start()
            break
    if b"<!ENTITY" in data[:end].upper():
        raise InputFileError("declares XML entities; techcost never expands them")


def _named_to_numeric(m: re.Match[bytes]) -> bytes:
    name = m.group(1)
    if name in _PREDEFINED:
        return m.group(0)
    chars = html.entities.html5.get(name.decode("ascii") + ";")
    if chars is None:
        return b"&amp;" + name + b";"  # unknown: kept as the literal text
    return b"".join(b"&#x%X;" % ord(c) for c in chars)


def _xml_root(data: bytes) -> etree._Element:
    """Parse with no entity expansion, no DTD, no network and libxml2's
    size and depth limits. HTML-style named references such as ``&nbsp;``
    (declared only in the DTD, which is never loaded) become characters."""
    data = _to_ascii_compatible(data)
    _refuse_entity_declarations(data)
    if b"&" in data:
        data = _NAMED_REF.sub(_named_to_numeric, data)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        recover=False,
        remove_comments=False,  # kept for inline suppressions; taken out by _take_comments
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc) from None
    if root is None:
        raise InputFileError("is not well-formed XML (no root element)")
    tree = root.getroottree()
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise InputFileError("declares XML entities; techcost never expands them")
    return root


def _syntax_error(exc: etree.XMLSyntaxError) -> InputFileError:
    msg = str(getattr(exc, "msg", None) or exc)
    msg = re.sub(r",\s*line \d+, column \d+\s*$", "", msg).strip()
    if "Excessive depth" in msg:
        return LimitExceeded(f"nests XML elements more than {MAX_DEPTH} deep")
    if re.search(r"huge|too large|amplification", msg, re.I):
        return LimitExceeded(f"exceeds an XML size limit ({msg[:100]})")
    m = re.search(r"tag mismatch: (\S+) line (\d+) and (\S+)", msg)
    if m:
        msg = f"mismatched tag: <{m.group(1)}> from line {m.group(2)} is closed by </{m.group(3)}>"
    line = getattr(exc, "lineno", None)
    where = f"line {line}: " if line else ""
    msg = msg[:1].lower() + msg[1:]
    return InputFileError(f"is not well-formed XML ({where}{msg[:160]})")


def _localise_namespaces(root: etree._Element) -> None:
    """JATS carries no namespace on its own elements; a document that puts
    them in one is read by local name."""
    for el in root.iter():
        tag = el.tag
        if isinstance(tag, str) and tag.startswith("{") and not tag.startswith(_MML):
            if not tag.startswith("{http://www.w3.org/"):
                el.tag = etree.QName(tag).localname


def _find_article(root: etree._Element) -> etree._Element:
    """The ``article`` element (the root, or the first inside a wrapper such
    as PMC's ``pmc-articleset``); ``NotUnderstood`` when there is none."""
    if isinstance(root.tag, str) and root.tag.startswith("{"):
        _localise_namespaces(root)
    article = root if root.tag == "article" else root.find("article")
    if article is None:
        raise NotUnderstood(
            f"is XML but not a JATS article (its root element is <{etree.QName(root).localname}>; "
            "a paper needs <article> with <front>)"
        )
    if article.find("front") is None:
        raise NotUnderstood("is XML with an <article> but no <front>, so it is not a JATS article")
    return article


# --------------------------------------------------------------------------- text


def _norm(text: str) -> str:
    return " ".join(text.split())


def _collect(el: etree._Element, out: list[str], skip: frozenset[str]) -> None:
    if el.text:
        out.append(el.text)
    for ch in el:
        if ch.tag not in skip:
            _collect(ch, out, skip)
        if ch.tail:
            out.append(ch.tail)


def text_of(el: etree._Element | None, skip: frozenset[str] | None = None) -> str:
    """An element's text with inline markup flattened and whitespace
    normalised; ``skip`` names elements whose text is left out. Figures,
    tables and math annotations have already been emptied (see
    ``_prepare_text``)."""
    if el is None:
        return ""
    if not skip:
        return _norm(etree.tostring(el, method="text", encoding="unicode", with_tail=False))
    out: list[str] = []
    _collect(el, out, skip)
    return _norm("".join(out))


def _space_blocks(article: etree._Element) -> None:
    """Put a space around block elements (paragraphs, list items, titles)
    so that flattening never runs two words together. In memory only."""
    for el in article.iter(*_BLOCKY):
        el.text = " " + el.text if el.text else " "
        el.tail = " " + el.tail if el.tail else " "


def _empty_non_prose(article: etree._Element) -> None:
    """Empty figures, tables, media and math annotations (their captions
    have been read), so paragraph text leaves them out. The elements stay,
    so every xpath still points where it did in the file."""
    for el in list(article.iter(*_SKIP_IN_TEXT)):
        el.clear(keep_tail=True)


_AFF_PARTS = frozenset({"institution", "institution-wrap", "addr-line", "country", "city", "state", "postal-code", "named-content", "fax", "phone"})
_AFF_SKIP = frozenset({"label", "email", "xref", "fn", "ext-link", "uri", "institution-id"})
_NO_LABEL = frozenset({"label"})
_COLLAB_SKIP = frozenset({"contrib-group", "xref", "contrib-id", "fn", "label", "sup", "address", "email"})
_STRING_NAME_SKIP = frozenset({"prefix", "degrees", "xref"})
_FUNDER_SKIP = frozenset({"institution-id"})


def aff_text(aff: etree._Element) -> str:
    """An affiliation as printed, without its label or email; parts that the
    XML runs together are separated by commas."""
    out: list[str] = []
    if aff.text:
        out.append(aff.text)
    for ch in aff:
        tag = ch.tag
        if isinstance(tag, str) and tag not in _AFF_SKIP and not (tag == "sup" and not "".join(out).strip()):
            piece = text_of(ch, _AFF_SKIP)
            if piece:
                before = "".join(out).rstrip()
                if tag in _AFF_PARTS and before and before[-1] not in ",;:(/-–":
                    out.append(", ")
                out.append(piece)
        if ch.tail:
            out.append(ch.tail)
    return _norm("".join(out)).strip(" ,;")


# --------------------------------------------------------------------------- contributions


def _credit_slug(role: etree._Element, text: str) -> str | None:
    """The CRediT slug a ``role`` element names: its vocabulary term or term
    URI, a CRediT URI in any attribute, or its text."""
    for attr in ("vocab-term-identifier", "content-type", "specific-use", "vocab-term"):
        val = role.get(attr)
        if not val:
            continue
        m = _CREDIT_URI.search(val.strip())
        if m:
            slug = normalise_role(m.group(1))
            if slug:
                return slug
        if attr == "vocab-term":
            slug = normalise_role(val)
            if slug:
                return slug
    return normalise_role(text) if text else None


def contribution_phrases(text: str, initials_prefix: bool = True) -> list[str]:
    """A per-author contribution note as a list of phrases: a leading
    "AB," naming the author is dropped and a list of categories ("Conception
    and design, Acquisition of data") is split at commas and semicolons."""
    t = text.strip()
    if initials_prefix:
        t = re.sub(rf"^{INITIALS}\s*[,:]\s*", "", t)
    if re.search(r"[a-z]\.\s+[A-Z]", t) and not re.search(r"[;]", t):
        return split_statement(t)
    return [p.strip(" .") for p in re.split(r"\s*[,;]\s*", t) if p.strip(" .")]


# --------------------------------------------------------------------------- builder


def _is_empty_statement(text: str) -> bool:
    return not text or is_empty_statement(text)


class _Builder:
    """Walks one article and assembles the manuscript."""

    def __init__(self, article: etree._Element, display_path: str) -> None:
        self.article = article
        self.tree = article.getroottree()
        self.display_path = display_path
        self._ids: dict[str, etree._Element] | None = None
        self._affs: dict[etree._Element, str] = {}
        self._group_kinds: dict[etree._Element, str | None] = {}
        self.sections: list[Section] = []
        self.authors: list[Author] = []
        self.collaborations: list[str] = []
        self.funding: list[FundingAward] = []
        self.linked_fns: set[str] = set()
        self.free_statements: list[str] = []  # contribution text not tied to an author by the XML

    @property
    def ids(self) -> dict[str, etree._Element]:
        """Elements a contrib can point at (affiliations, correspondence
        notes, footnotes), by id; built on first use."""
        if self._ids is None:
            ids: dict[str, etree._Element] = {}
            for part in ("front", "back"):
                root = self.article.find(part)
                if root is not None:
                    for el in root.iter("aff", "aff-alternatives", "corresp", "fn"):
                        i = el.get("id")
                        if i:
                            ids.setdefault(i, el)
            self._ids = ids
        return self._ids

    def aff(self, el: etree._Element) -> str:
        if el not in self._affs:
            self._affs[el] = aff_text(el)
        return self._affs[el]

    def group_kind(self, fg: etree._Element) -> str | None:
        if fg not in self._group_kinds:
            self._group_kinds[fg] = _group_kind(fg)
        return self._group_kinds[fg]

    # locations --------------------------------------------------------------
    def loc(self, el: etree._Element, section: str | None = None) -> Location:
        return Location(path=self.display_path, xpath=self.tree.getpath(el), section=section)

    def block(self, el: etree._Element, text: str, section: str | None, kind: str = "paragraph") -> TextBlock:
        return TextBlock(text=text, location=self.loc(el, section), kind=kind)  # type: ignore[arg-type]

    def add_section(self, el: etree._Element, kind: str, heading: str | None, level: int, blocks: list[TextBlock]) -> None:
        self.sections.append(
            Section(kind=kind, heading=heading, level=level, location=self.loc(el, heading), blocks=blocks)  # type: ignore[arg-type]
        )

    # whole article ------------------------------------------------------------
    def build(self) -> Manuscript:
        _space_blocks(self.article)
        legends = self.read_captions()
        _empty_non_prose(self.article)
        meta = self.article.find("front/article-meta")
        title = None
        if meta is not None:
            title = text_of(meta.find("title-group/article-title")) or None
            self.read_contributors(meta)
            self.read_author_notes(meta)
            self.read_abstracts(meta)
            self.read_funding(meta)
        body = self.article.find("body")
        if body is not None:
            self.read_body(body)
        back = self.article.find("back")
        if back is not None:
            self.read_back(back)
        if legends is not None:
            self.sections.append(legends)
        self.link_contributions()
        contrib_text = "\n\n".join(
            [s.text for s in self.sections if s.kind == "author_contributions" and s.text.strip()]
            + [b.text for b in statement_blocks(self.sections, [a.name for a in self.authors])]
        )
        return Manuscript(
            path=self.display_path,
            format="jats",
            title=title,
            authors=self.authors,
            collaborations=self.collaborations,
            sections=self.sections,
            funding=self.funding,
            contribution_statement_text=contrib_text or None,
        )

    # contributors -------------------------------------------------------------
    def read_contributors(self, meta: etree._Element) -> None:
        referenced = {
            rid for x in meta.iter("xref") if x.get("ref-type") == "aff" for rid in (x.get("rid") or "").split()
        }
        shared_affs: list[str] = []
        for aff in list(meta.findall("aff")) + [a for cg in meta.findall("contrib-group") for a in cg.findall("aff")]:
            if aff.get("id") not in referenced:
                t = aff_text(aff)
                if t:
                    shared_affs.append(t)
        for cg in meta.findall("contrib-group"):
            group_type = (cg.get("content-type") or "").lower()
            if re.search(r"collab|group-member|members?$", group_type):
                continue  # the members of a group author listed apart ("collab-list"): not the paper's authors
            for child in cg:
                if child.tag == "contrib":
                    self.read_contrib(child, group_type)
                elif child.tag == "on-behalf-of":
                    self.add_collab(child)
        for a in self.authors:
            if not a.affiliations and shared_affs:
                a.affiliations = list(shared_affs)
        # places shared by all, each naming its authors by initials: each author's own (the reader every format uses)
        from ._text import places_by_initials

        places_by_initials(self.authors)
        self.fill_corresp_emails(meta)

    def fill_corresp_emails(self, meta: etree._Element) -> None:
        """Corresponding authors the XML does not link to a correspondence
        note get its address when the note names them by initials, or when
        there is one such author and one address."""
        notes = meta.findall("author-notes/corresp")
        waiting = [a for a in self.authors if a.corresponding and not a.email]
        if not notes or not waiting:
            return
        for a in waiting:
            for note in notes:
                email = _corresp_email(note, a.name, only_if_named=True)
                if email:
                    a.email = email
                    break
        emails = {e for note in notes for e in (text_of(x) for x in note.iter("email")) if e}
        still = [a for a in waiting if not a.email]
        if len(still) == 1 and len(emails) == 1 and len(waiting) == 1:
            still[0].email = emails.pop()

    def add_collab(self, el: etree._Element) -> None:
        name = text_of(el, _COLLAB_SKIP)
        name = re.sub(r"^(?:on\s+behalf\s+of|for)\s+(?:the\s+)?", "", name, flags=re.I).strip(" ,;")
        if name and name not in self.collaborations:
            self.collaborations.append(name)

    def read_contrib(self, c: etree._Element, group_type: str) -> None:
        ctype = (c.get("contrib-type") or "").lower().split()
        if ctype and ("author" not in ctype or "non-byline" in ctype):
            return
        if not ctype and group_type and "author" not in group_type:
            return
        name_el = _name_element(c)
        for ob in c.findall("on-behalf-of"):
            self.add_collab(ob)
        if name_el is None:
            collab = c.find("collab")
            if collab is None:
                collab = c.find("collab-alternatives/collab")
            if collab is not None:
                self.add_collab(collab)
            return
        name, given, family = _printed_name(name_el)
        if not name:
            return
        # ("J. S. (Pat)" as given names: the nickname is no part of the name, nor of the given names)
        name = without_nickname(name)
        if given and family and name.endswith(" " + family):
            given = name[: -len(family)].strip() or given
        author = Author(
            name=name,
            given=given,
            family=family,
            orcid=_orcid(c),
            corresponding=c.get("corresp") == "yes",
            location=self.loc(c, "Authors"),
        )
        self.read_links(c, author)
        self.read_roles(c, author)
        self.authors.append(author)

    def read_links(self, c: etree._Element, a: Author) -> None:
        """Affiliations, email, corresponding flag and footnotes reached
        from the contrib itself or through its ``xref`` elements."""
        affs: list[str] = []
        for aff in c.findall("aff") + c.findall("aff-alternatives/aff")[:1]:
            t = aff_text(aff)
            if t and t not in affs:
                affs.append(t)
        for em in c.findall("email") + c.findall("address/email") + c.findall("aff/email"):
            if not a.email and text_of(em):
                a.email = text_of(em)
        for x in c.iter("xref"):
            rtype = x.get("ref-type")
            for rid in (x.get("rid") or "").split():
                target = self.ids.get(rid)
                if target is None:
                    continue
                if rtype == "aff":
                    if target.tag == "aff-alternatives":
                        target = target.find("aff")
                    if target is not None:
                        t = self.aff(target)
                        if t and t not in affs:
                            affs.append(t)
                elif rtype == "corresp":
                    a.corresponding = True
                    if not a.email:
                        a.email = _corresp_email(target, a.name)
                elif rtype in ("fn", "author-notes") and target.tag == "fn":
                    self.link_fn(target, rid, a)
        a.affiliations = affs

    def link_fn(self, fn: etree._Element, rid: str, a: Author) -> None:
        """A contribution footnote the contrib points at: its phrases become
        the author's roles as written."""
        group = fn.getparent()
        in_contrib_group = group is not None and group.tag == "fn-group" and self.group_kind(group) == "author_contributions"
        if not (fn.get("fn-type") == "con" or in_contrib_group):
            return
        text = text_of(fn, _NO_LABEL)
        if not text or EQUAL_CONTRIBUTION.search(text) and len(text) < 200:
            return
        self.linked_fns.add(rid)
        for phrase in contribution_phrases(text):
            _add_role(a, phrase, roles_from_text(phrase))

    def read_roles(self, c: etree._Element, a: Author) -> None:
        """``role`` elements that name a contribution (CRediT by vocabulary
        or by name). Job titles in ``role`` ("Reviewing editor") are not
        contribution roles and are left out."""
        for r in c.findall("role"):
            text = text_of(r)
            slug = _credit_slug(r, text)
            if slug:
                _add_role(a, text or slug, [slug])

    # author notes, abstracts, funding -------------------------------------------
    def read_author_notes(self, meta: etree._Element) -> None:
        notes = meta.find("author-notes")
        if notes is None:
            return
        grouped: dict[str, list[TextBlock]] = {}
        first_el: dict[str, etree._Element] = {}
        for fn in notes.iter("fn"):
            text = text_of(fn, _NO_LABEL)
            kind = _fn_kind(fn, text, in_back=False)
            if kind in (None, "other") or _is_empty_statement(text):
                continue
            if kind == "author_contributions" and fn.get("id") not in self.linked_fns:
                self.free_statements.append(text)
            grouped.setdefault(kind, []).append(self.block(fn, text, _DEFAULT_HEADINGS.get(kind), "footnote"))
            first_el.setdefault(kind, fn)
        for kind, blocks in grouped.items():
            heading = _DEFAULT_HEADINGS.get(kind)
            self.add_section(first_el[kind], kind, heading, 1, blocks)

    def read_abstracts(self, meta: etree._Element) -> None:
        for ab in meta.findall("abstract"):
            heading = text_of(ab.find("title")) or "Abstract"
            blocks = [self.block(p, t, heading) for p in _paragraphs(ab) if (t := text_of(p)) and not _DOI_LINE.fullmatch(t)]
            if blocks:
                self.add_section(ab, "other", heading, 1, blocks)

    def read_funding(self, meta: etree._Element) -> None:
        for fg in meta.findall("funding-group"):
            for ag in fg.iter("award-group"):
                sources = [s for s in (_funder_name(fs) for fs in ag.findall("funding-source")) if s]
                ids = [t for t in (text_of(x) for x in ag.findall("award-id")) if t]
                if sources or ids:
                    self.funding.append(
                        FundingAward(funder="; ".join(sources) or None, award_ids=ids, location=self.loc(ag, "Funding"))
                    )
            statements = [st for st in fg.iter("funding-statement")]
            blocks = [self.block(st, t, "Funding") for st in statements if (t := text_of(st))]
            if blocks:
                self.add_section(fg, "funding", "Funding", 1, blocks)
        for cs in meta.findall("contract-sponsor"):
            name = text_of(cs)
            if name:
                ids = [text_of(n) for n in meta.findall("contract-num") if n.get("rid") == cs.get("id") and text_of(n)]
                self.funding.append(FundingAward(funder=name, award_ids=ids, location=self.loc(cs, "Funding")))

    # body and back ---------------------------------------------------------------
    def read_body(self, body: etree._Element) -> None:
        loose: list[TextBlock] = []
        loose_el: etree._Element | None = None
        for child in body:
            tag = child.tag
            if tag == "sec":
                self.flush_loose(loose, loose_el)
                loose, loose_el = [], None
                self.read_sec(child, 1, "other")
            elif tag == "ack":
                self.flush_loose(loose, loose_el)
                loose, loose_el = [], None
                self.read_ack(child, 1)
            elif isinstance(tag, str):
                blocks = self.own_blocks_of(child, None)
                if blocks:
                    loose_el = loose_el if loose_el is not None else child
                    loose.extend(blocks)
        self.flush_loose(loose, loose_el)

    def flush_loose(self, blocks: list[TextBlock], el: etree._Element | None) -> None:
        if blocks and el is not None:
            self.add_section(el, "other", None, 1, blocks)

    def read_back(self, back: etree._Element) -> None:
        for child in back:
            tag = child.tag
            if tag == "ack":
                self.read_ack(child, 1)
            elif tag in ("sec", "app", "notes"):
                self.read_sec(child, 1, "other")
            elif tag == "app-group":
                for app in child.findall("app"):
                    self.read_sec(app, 1, "other")
            elif tag == "fn-group":
                self.read_fn_group(child, 1, in_back=True)
            elif tag == "fn":
                self.read_loose_fns([child], 1, in_back=True)

    def read_sec(self, sec: etree._Element, level: int, parent_kind: str) -> None:
        """A section, then its subsections. A subsection whose own heading
        says nothing takes its parent's kind (a subsection of Methods is
        methods)."""
        heading = text_of(sec.find("title")) or None
        kind = _sec_kind(heading, sec.get("sec-type") or sec.get("notes-type"))
        if kind == "other":
            kind = parent_kind
        blocks = self.own_blocks(sec, heading)
        if kind in ("acknowledgements", "funding", "author_contributions") and _is_empty_statement(
            " ".join(b.text for b in blocks)
        ):
            blocks = []
        if kind == "author_contributions":
            self.free_statements.extend(b.text for b in blocks)
        self.add_section(sec, kind, heading, level, blocks)
        for child in sec:
            tag = child.tag
            if tag in ("sec", "app", "notes"):
                self.read_sec(child, level + 1, kind)
            elif tag == "ack":
                self.read_ack(child, level + 1)
            elif tag == "fn-group":
                self.read_fn_group(child, level + 1, in_back=kind == "other")

    def own_blocks(self, sec: etree._Element, heading: str | None) -> list[TextBlock]:
        blocks: list[TextBlock] = []
        for child in sec:
            blocks.extend(self.own_blocks_of(child, heading))
        return blocks

    def own_blocks_of(self, child: etree._Element, heading: str | None) -> list[TextBlock]:
        """The prose blocks one child of a section contributes: a paragraph,
        a list's items, or the paragraphs of a quote or box."""
        tag = child.tag
        if tag == "p":
            t = text_of(child)
            return [self.block(child, t, heading)] if t and not _DOI_LINE.fullmatch(t) else []
        if tag == "list":
            return [self.block(li, t, heading, "list_item") for li in child.iterchildren("list-item") if (t := text_of(li))]
        if tag in _PARA_CONTAINERS:
            return [self.block(p, t, heading) for p in _paragraphs(child) if (t := text_of(p))]
        return []

    def read_ack(self, ack: etree._Element, level: int) -> None:
        """Acknowledgements: every paragraph inside, except subsections that
        are something else (a "Funding" or "Author contributions" part),
        which follow as sections of their own."""
        heading = text_of(ack.find("title")) or "Acknowledgements"
        own = _sec_kind(heading, None)
        # (an element titled, or holding only parts titled in bold, as a declaration of interests: "<ack><title>Conflict
        # of interest</title>", "<ack><p><bold>Potential Financial Conflicts of Interest</bold> None disclosed.</p>")
        paras_all = list(_paragraphs(ack))
        if (own == "other" and _INTERESTS_TITLE.match(heading)) or (ack.find("title") is None and paras_all and all(_INTERESTS_TITLE.match(_bold_lead(p)) for p in paras_all)):
            self.read_sec(ack, level, "other")
            return
        if own not in ("other", "acknowledgements"):
            # "<ack><title>Availability of data and materials</title>": the element used for another statement
            self.read_sec(ack, level, own)
            return
        subs = list(ack.iterchildren("sec"))
        kinds = [_sec_kind(text_of(sub.find("title")) or None, sub.get("sec-type")) for sub in subs]
        # (beside a part titled as the acknowledgements, the others are statements of their own: "Disclaimer")
        titled = "acknowledgements" in kinds
        apart = [sub for sub, kind in zip(subs, kinds, strict=True) if kind != "acknowledgements" and (kind != "other" or titled)]
        paras = _paragraphs(ack)
        if apart:
            inside = {p for sub in apart for p in sub.iter("p")}
            paras = (p for p in paras if p not in inside)
        blocks = [self.block(p, t, heading, "list_item" if p.getparent() is not None and p.getparent().tag == "list-item" else "paragraph") for p in paras if (t := text_of(p))]
        if _is_empty_statement(" ".join(b.text for b in blocks)):
            blocks = []
        self.add_section(ack, "acknowledgements", heading, level, blocks)
        for sub in apart:
            self.read_sec(sub, level + 1, "other")

    def read_fn_group(self, fg: etree._Element, level: int, *, in_back: bool) -> None:
        """A footnote group: titled or typed groups make one section of
        their kind; an untitled, untyped group is sorted footnote by
        footnote (EHP prints its acknowledgements this way)."""
        heading = text_of(fg.find("title")) or None
        kind = self.group_kind(fg)
        fns = fg.findall("fn")
        if kind is None:
            self.read_loose_fns(fns, level, in_back=in_back)
            return
        blocks: list[TextBlock] = []
        for fn in fns:
            text = text_of(fn, _NO_LABEL)
            if not text:
                continue
            if kind == "author_contributions":
                if EQUAL_CONTRIBUTION.search(text) and len(text) < 200:
                    continue
                if fn.get("id") not in self.linked_fns:
                    self.free_statements.append(text)
            blocks.append(self.block(fn, text, heading, "footnote"))
        if kind in ("acknowledgements", "funding", "author_contributions") and _is_empty_statement(" ".join(b.text for b in blocks)):
            blocks = []
        self.add_section(fg, kind, heading or _DEFAULT_HEADINGS.get(kind), level, blocks)

    def read_loose_fns(self, fns: list[etree._Element], level: int, *, in_back: bool) -> None:
        """Untitled, untyped footnotes: one section per kind of footnote."""
        grouped: dict[str, list[TextBlock]] = {}
        first: dict[str, etree._Element] = {}
        titles: dict[str, str] = {}
        for fn in fns:
            text = text_of(fn, _NO_LABEL)
            if not text:
                continue
            kind = _fn_kind(fn, text, in_back=in_back) or "other"
            title = _bold_title(fn)
            if title and kind != "other" and text.startswith(title):
                # (the title in bold is the statement's heading, not part of what it says)
                text = text[len(title) :].strip()
                titles.setdefault(kind, title)
            if kind != "other" and _is_empty_statement(text):
                continue
            grouped.setdefault(kind, []).append(self.block(fn, text, titles.get(kind), "footnote"))
            first.setdefault(kind, fn)
        for kind, blocks in grouped.items():
            if kind == "author_contributions":
                self.free_statements.extend(b.text for b in blocks)
            self.add_section(first[kind], kind, titles.get(kind), level, blocks)

    # captions ------------------------------------------------------------------
    def read_captions(self) -> Section | None:
        """One "Figure legends" section with a block per figure or table
        caption ("Figure 1. Title. Legend ..."), in document order."""
        blocks: list[TextBlock] = []
        anchor: etree._Element | None = None
        for part in ("body", "back", "floats-group"):
            root = self.article.find(part)
            if root is None:
                continue
            for el in root.iter("fig", "table-wrap", "fig-group"):
                cap = el.find("caption")
                label = text_of(el.find("label"))
                ctext = _DOI_LINE.sub("", text_of(cap)).strip() if cap is not None else ""
                if not ctext:
                    continue
                text = f"{label} {ctext}" if label and not ctext.startswith(label) else ctext
                blocks.append(self.block(cap, text, "Figure legends", "caption"))
                anchor = anchor if anchor is not None else cap
        if not blocks or anchor is None:
            return None
        return Section(kind="figure_legends", heading="Figure legends", level=1, location=self.loc(anchor, "Figure legends"), blocks=blocks)

    # free-text contributions -----------------------------------------------------
    def link_contributions(self) -> None:
        """Statements not tied to an author by the XML ("JF performed the
        experiments") are linked to authors through initials."""
        # and statements printed one author a sentence inside the acknowledgements
        inside = [b.text for b in statement_blocks(self.sections, [a.name for a in self.authors])]
        if not (self.free_statements or inside) or not self.authors:
            return
        apply_statements(self.authors, self.free_statements + inside)


_DEFAULT_HEADINGS = {
    "acknowledgements": None,
    "author_contributions": "Author contributions",
    "funding": "Funding",
    "data_availability": "Data availability",
}


# --------------------------------------------------------------------------- helpers


#: a declaration of interests, by its title
_INTERESTS_TITLE = re.compile(
    r"^\s*(?:potential\s+)?(?:financial\s+)?(?:conflicts?\s+of\s+interests?|competing\s+(?:financial\s+)?interests?|"
    r"declarations?\s+of\s+(?:competing\s+)?interests?|(?:financial\s+)?disclosures?)\b",
    re.IGNORECASE,
)


def _bold_lead(p: etree._Element) -> str:
    """The text of a paragraph's opening bold run, if it opens with one."""
    first = next(iter(p), None)
    if first is None or first.tag != "bold" or (p.text or "").strip():
        return ""
    return text_of(first)


def _paragraphs(el: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs inside a container, not those of figures or tables, and not
    a paragraph nested in another paragraph (its text is already there)."""
    for p in el.iter("p"):
        anc = p.getparent()
        inside = False
        while anc is not None and anc is not el:
            if anc.tag == "p":
                inside = True
                break
            anc = anc.getparent()
        if not inside:
            yield p


def _name_element(c: etree._Element) -> etree._Element | None:
    for path in ("name", "string-name", "name-alternatives/name", "name-alternatives/string-name"):
        found = c.findall(path)
        if found:
            for el in found:  # prefer a Latin-script rendering
                if el.get("name-style") in (None, "western", "given-only", "islensk") or el.get("specific-use") == "primary":
                    return el
            return found[0]
    return None


def _printed_name(el: etree._Element) -> tuple[str, str | None, str | None]:
    """(name as printed, given, family). Western and Icelandic names print
    given-first, eastern names family-first; a prefix (honorific) is left
    out and a suffix kept."""
    given = text_of(el.find("given-names")) or None
    family = text_of(el.find("surname")) or None
    suffix = text_of(el.find("suffix")) or None
    # "<given-names>Milton H., Jr.</given-names>": a suffix written into the given names goes after the family name
    if given and suffix is None and (sm := re.search(r",?\s+(Jr\.?|Sr\.?|II|III|IV)$", given)):
        given, suffix = given[: sm.start()].strip() or None, sm.group(1)
    if el.tag == "string-name" and not (given or family):
        return _norm(text_of(el)).strip(" ,;"), None, None
    style = el.get("name-style") or "western"
    if style == "eastern":
        parts = [family, given]
    elif style == "given-only":
        parts = [given]
    else:
        parts = [given, family]
    parts.append(suffix)
    name = " ".join(p for p in parts if p)
    if el.tag == "string-name":
        printed = text_of(el, _STRING_NAME_SKIP).strip(" ,;")
        name = printed or name
    return name, given, family


def _orcid(c: etree._Element) -> str | None:
    for cid in c.findall("contrib-id"):
        text = text_of(cid)
        if cid.get("contrib-id-type", "").lower() == "orcid" or "orcid" in text.lower():
            found = normalise_orcid(text)
            if found:
                return found
    for link in c.iter("uri", "ext-link"):
        href = link.get(_XLINK_HREF) or text_of(link)
        if "orcid.org" in href:
            found = normalise_orcid(href)
            if found:
                return found
    return None


def _corresp_email(corresp: etree._Element, name: str, *, only_if_named: bool = False) -> str | None:
    """The corresponding address for one author: the one followed by that
    author's initials ("x@y.org (REK)"), else (unless ``only_if_named``) the
    only email in the note."""
    emails = [text_of(e) for e in corresp.iter("email")]
    if not emails:
        emails = EMAIL.findall(text_of(corresp))
    if len(emails) == 1 and not only_if_named:
        return emails[0] or None
    text = text_of(corresp)
    for m in re.finditer(r"([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)\s*\(([^)]{1,12})\)", text):
        if Roster([name]).by_initials(m.group(2)):
            return m.group(1)
    return None


def _funder_name(fs: etree._Element) -> str:
    inst = fs.find("institution-wrap/institution")
    if inst is None:
        inst = fs.find("institution")
    return text_of(inst if inst is not None else fs, _FUNDER_SKIP)


def _group_kind(fg: etree._Element) -> str | None:
    ctype = (fg.get("content-type") or "").lower()
    if ctype in _GROUP_TYPE_KIND:
        return _GROUP_TYPE_KIND[ctype]
    title = text_of(fg.find("title"))
    if title:
        return classify_heading(title)
    if ctype:
        return "other"
    types = {fn.get("fn-type") for fn in fg.findall("fn")}
    if len(types) == 1 and (t := next(iter(types))) in _FN_TYPE_KIND:
        return _FN_TYPE_KIND[t]  # type: ignore[index]
    return None


def _sec_kind(heading: str | None, sec_type: str | None) -> str:
    """A section's kind from its ``sec-type`` (with JATS spellings the shared
    classifier does not list) or its heading."""
    if sec_type:
        for part in re.split(r"[\s,;|]+", sec_type.lower()):
            if part in _GROUP_TYPE_KIND:
                return _GROUP_TYPE_KIND[part]
    return classify_heading(heading, sec_type)


def _bold_title(fn: etree._Element) -> str | None:
    """The title of a footnote set in bold as a paragraph of its own before
    its text ("<p><bold>Authors’ contributions</bold></p>"), if any."""
    first = fn.find("p")
    if first is None or len(first) != 1 or first[0].tag not in ("bold", "b") or (first.text or "").strip() or (first[0].tail or "").strip():
        return None
    if first.getnext() is None:
        return None  # (a footnote that is all bold is its text, not a title)
    return text_of(first) or None


def _fn_kind(fn: etree._Element, text: str, *, in_back: bool) -> str | None:
    """What one footnote is: by its ``fn-type``, else (untitled back matter)
    by what it says: thanks to people or funders are acknowledgements."""
    ftype = (fn.get("fn-type") or "").lower()
    if ftype:
        if ftype in ("con", "equal") and (ftype == "equal" or (EQUAL_CONTRIBUTION.search(text) and len(text) < 200)):
            return None
        return _FN_TYPE_KIND.get(ftype, "other")
    # "<fn><p><bold>Authors’ contributions</bold></p><p>...</p></fn>": a title set in bold as its first paragraph
    title = _bold_title(fn)
    if title:
        kind = _sec_kind(title, None)
        if kind != "other":
            return kind
    if re.match(r"^\s*(?:acknowledge?ments?|thanks)\b", text, re.I):
        return "acknowledgements"
    if re.match(r"^\s*(?:authors?['’]?\s*contributions?|contributions)\b", text, re.I):
        return "author_contributions"
    if _INTERESTS.search(text):
        return "other"
    if in_back and (THANKS.search(text) or FUNDED.search(text)):
        return "acknowledgements"
    if not in_back and THANKS.search(text) and not EQUAL_CONTRIBUTION.search(text):
        return "acknowledgements"
    return "other"


def _add_role(a: Author, written: str, slugs: Iterable[str]) -> None:
    written = written.strip()
    if written and written not in a.roles_as_written:
        a.roles_as_written.append(written)
    for s in slugs:
        if s not in a.roles:
            a.roles.append(s)


# --------------------------------------------------------------------------- entry point


def parse(path: Path, *, display_path: str, lexicons: dict | None = None) -> Manuscript:
    """Read a JATS article. Raises ``InputFileError`` for XML that is not
    well-formed or declares entities, ``LimitExceeded`` past the size or
    depth limits and ``NotUnderstood`` for XML that is not a JATS article."""
    root = _xml_root(_read(Path(path)))
    comments = _take_comments(root)
    article = _find_article(root)
    builder = _Builder(article, display_path)
    manuscript = builder.build()
    manuscript.comments = [
        TextBlock(text=text, kind="other", location=Location(path=display_path, line=line, xpath=builder.tree.getpath(el)))
        for text, line, el in comments
    ]
    return manuscript


def _is_comment(node: object) -> bool:
    return isinstance(node, etree._Comment)


def _take_comments(root: etree._Element) -> list[tuple[str, int | None, etree._Element]]:
    """Remove the XML comments from the tree (their tails stay in the text)
    and return each non-empty one with its line and the element it refers
    to: the element that follows it, or, for a comment inside running text
    or with nothing after it, the element that holds it. Comments outside
    the root element refer to the root."""
    out: list[tuple[str, int | None, etree._Element]] = []
    for sib in (*root.itersiblings(preceding=True), *root.itersiblings()):
        if _is_comment(sib) and (sib.text or "").strip():
            out.append((sib.text.strip(), sib.sourceline, root))
    for c in list(root.iter(etree.Comment)):
        parent = c.getparent()
        if parent is None:
            continue
        text = (c.text or "").strip()
        if text:
            out.append((text, c.sourceline, _comment_target(c, parent)))
        _drop_keeping_tail(c, parent)
    return out


def _comment_target(c: etree._Element, parent: etree._Element) -> etree._Element:
    prev = c.getprevious()
    before = (prev.tail if prev is not None else parent.text) or ""
    if before.strip() or (c.tail or "").strip():
        return parent  # inside running text: the paragraph that holds it
    for sib in c.itersiblings():
        if isinstance(sib.tag, str):
            return sib
    return parent


def _drop_keeping_tail(node: etree._Element, parent: etree._Element) -> None:
    if node.tail:
        prev = node.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)
