"""Markdown papers (Pandoc/JOSS, R Markdown ``.Rmd``, Quarto ``.qmd``) to the
manuscript model.

- YAML front matter gives the title and authors (JOSS ``authors`` with
  ``affiliations`` indexes, Pandoc/R Markdown ``author`` lists or strings,
  Quarto author objects with ``affiliations`` references and CRediT
  ``roles``). It is read with the safe loader and bounded in size and in
  expansion through aliases.
- The body gives sections (ATX and Setext headings), paragraphs, list items,
  tables and footnotes as plain text: formatting, links, HTML and citation
  keys are removed, link text kept. Fenced code blocks and R/Quarto code
  chunks are not prose; their ``fig.cap``/``fig-cap`` options and image
  captions become figure captions.
- HTML comments are not text; each is kept in ``Manuscript.comments`` with
  its line.
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import InputFileError, LimitExceeded, NotUnderstood, TechcostError
from ..model.location import Location
from ..model.manuscript import Manuscript, TextBlock
from ..names import TITLES, without_role_notes
from ..statements import apply_section_statements
from ._sections import STANDARD_HEADING, classify_heading, promote_closing_acknowledgements
from ._text import (
    AFFILIATIONS_LABEL,
    ARTICLE_TYPE,
    BACK_MATTER,
    LABELLED_PLACES,
    SUPERSCRIPT_DIGITS,
    AuthorDraft,
    SectionBuilder,
    bracketed_numbers_as_marks,
    clean_name,
    find_email,
    is_ack_like,
    is_collaboration,
    is_degree,
    is_job_title,
    labelled_places,
    latex_to_text,
    looks_like_name,
    looks_like_place,
    math_to_text,
    normalise_orcid,
    one_line,
    place_in_date,
    places_in_labelled_note,
    places_in_with_notes,
    read_text,
    resolve_inside,
    running_text,
    split_name_list,
    split_orcid_note,
    strip_orcid_notes,
    tidy,
    typed_superscripts_as_marks,
    without_stand_ins,
)
from .listed_authors import authors_listed_in_sections

MAX_FRONT_MATTER_BYTES = 1_000_000
MAX_INCLUDES = 300
MAX_INCLUDE_DEPTH = 20
MAX_YAML_NODES = 20_000

# --------------------------------------------------------------------------
# front matter
# --------------------------------------------------------------------------


def _front_matter(lines: list[str]) -> tuple[str | None, int, int]:
    """The YAML front matter text, the 1-based line its content starts on,
    and the index of the first body line. The block opens the file, or
    follows only blank lines, code chunks and comments (a set-up chunk
    placed before it, as R Markdown and Quarto allow: pandoc reads a
    metadata block wherever it stands)."""
    top = _first_content_line(lines)
    if top is None or lines[top].rstrip() != "---" or (top and not (top + 1 < len(lines) and _YAML_KEY.match(lines[top + 1]))):
        return None, 0, 0
    size = 0
    for i in range(top + 1, len(lines)):
        s = lines[i].rstrip()
        if s in ("---", "..."):
            return "\n".join(lines[top + 1 : i]), top + 2, i + 1
        size += len(lines[i]) + 1
        if size > MAX_FRONT_MATTER_BYTES:
            raise LimitExceeded(f"has YAML front matter above {MAX_FRONT_MATTER_BYTES // 1_000_000} MB")
    return None, 0, 0


_YAML_KEY = re.compile(r"^[A-Za-z_][\w\-]*\s*:")


def _first_content_line(lines: list[str]) -> int | None:
    """The index of the first line that is not blank, inside a fenced code
    chunk or inside an HTML comment (within the first 2,000 lines)."""
    fence: str | None = None
    comment = False
    for i, line in enumerate(lines[:2000]):
        t = line.strip()
        if fence is not None:
            if t.startswith(fence):
                fence = None
            continue
        if comment:
            comment = "-->" not in t
            continue
        if not t:
            continue
        fm = re.match(r"(`{3,}|~{3,})", t)
        if fm:
            fence = fm.group(1)
            continue
        if t.startswith("<!--"):
            comment = "-->" not in t
            continue
        return i
    return None


def _count_nodes(node: Any) -> None:
    """Raise ``LimitExceeded`` when the YAML graph, with aliases expanded,
    holds more than ``MAX_YAML_NODES`` values."""
    import yaml

    stack = [node]
    seen = 0
    while stack:
        n = stack.pop()
        seen += 1
        if seen > MAX_YAML_NODES:
            raise LimitExceeded(
                f"has YAML front matter that expands to more than {MAX_YAML_NODES:,} values (aliases)"
            )
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                stack.append(k)
                stack.append(v)
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)


def _load_yaml(text: str) -> tuple[dict[str, Any] | None, dict[str, list[int]]]:
    """The front matter as a dict (None when it is not valid YAML) and, for
    the author keys, the 0-based line of each entry."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        node = yaml.compose(text, Loader=loader)
    except yaml.YAMLError:
        repaired = _repaired_yaml(text)
        if repaired is None:
            return None, {}
        try:
            node = yaml.compose(repaired, Loader=loader)
        except yaml.YAMLError:
            return None, {}
    if node is None:
        return {}, {}
    _count_nodes(node)
    try:
        data = yaml.constructor.SafeConstructor().construct_document(node)
    except (yaml.YAMLError, TypeError, ValueError):
        return None, {}
    lines: dict[str, list[int]] = {}
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if not isinstance(k, yaml.ScalarNode):
                continue
            if str(k.value).lower() in ("author", "authors", "author_info", "contributor", "contributors") and isinstance(v, yaml.SequenceNode):
                lines[str(k.value)] = [item.start_mark.line for item in v.value]
            else:
                lines[str(k.value)] = [v.start_mark.line]
    return (data if isinstance(data, dict) else None), lines


_HTML_COMMENT_LINE = re.compile(r"^[ \t]*<!--.*?-->[ \t]*$", re.M)
_ONE_SPACE_KEY = re.compile(r"^ (?=[A-Za-z_][\w\-]*:(?:\s|$))", re.M)


def _repaired_yaml(text: str) -> str | None:
    """Front matter that is not valid YAML, with two slips of templates and
    hands mended, line numbers kept: whole-line HTML comments (the
    BioHackrXiv template's "<!-- URL to the project -->" notes) made blank,
    and a top-level key typed one space in (" affiliations:"). None when
    there is neither to mend."""
    mended = _HTML_COMMENT_LINE.sub("", text)
    mended = _ONE_SPACE_KEY.sub("", mended)
    return mended if mended != text else None


_LOOSE_NAME = re.compile(r"^\s*(?:-\s*)?(?:name|author)\s*:\s*['\"]?(.+?)['\"]?\s*$", re.I)
_LOOSE_TITLE = re.compile(r"^title\s*:\s*['\"]?(.+?)['\"]?\s*$", re.I)


def _loose_front_matter(text: str, first_line: int, path: str) -> tuple[str | None, list[AuthorDraft]]:
    """Title and author names from front matter that is not valid YAML,
    read line by line."""
    title = None
    authors: list[AuthorDraft] = []
    in_authors = False
    for i, ln in enumerate(text.split("\n")):
        if not ln.startswith((" ", "\t", "-")):
            key = ln.split(":", 1)[0].strip().lower()
            in_authors = key in ("author", "authors", "author_info")
            m = _LOOSE_TITLE.match(ln)
            if m and title is None:
                title = _plain(m.group(1))
            if in_authors and ":" in ln and ln.split(":", 1)[1].strip():
                for nm in split_name_list(_plain(ln.split(":", 1)[1].strip().strip("'\""))):
                    if looks_like_name(nm):
                        authors.append(AuthorDraft(name=nm, path=path, line=first_line + i))
            continue
        if in_authors:
            m = _LOOSE_NAME.match(ln)
            if m is None and ln.strip().startswith("- ") and ":" not in ln:
                m = re.match(r"^\s*-\s*['\"]?(.+?)['\"]?\s*$", ln)
            if m:
                nm = _plain(m.group(1))
                if looks_like_name(nm):
                    authors.append(AuthorDraft(name=nm, path=path, line=first_line + i))
    return title, authors


def _plain(value: Any) -> str:
    """A YAML scalar as plain one-line text (Markdown and LaTeX removed)."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(v) for v in value[:50] if not isinstance(v, (dict, list)))
    if isinstance(value, dict):
        return ""
    return one_line(md_inline(str(value)))


def _first(d: dict[str, Any], *keys: str) -> Any:
    for k in keys:
        if k in d and d[k] not in (None, "", [], {}):
            return d[k]
    low = {str(k).lower(): v for k, v in d.items()}
    for k in keys:
        v = low.get(k.lower())
        if v not in (None, "", [], {}):
            return v
    return None


_KEY_FIELDS = frozenset({"index", "id", "num", "key", "code", "number", "ref", "affil"})


# a mark opening a place written as a string: "^1 X", "^a^ X", "¹ X"
_LEAD_MARK_IN_PLACE = re.compile(r"^\s*(?:\^([\w*†‡]{1,4})\^?|([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}))\s*(?=\S)")
# marks after a caret never closed, at the end of a name: "Kim Park^1*", "Kim Park^1,2"
_OPEN_CARET = re.compile(r"\^([\w,*†‡]{1,12})\s*$")


def _affiliation_text(entry: Any) -> tuple[str | None, str]:
    """The key (index, id, num ...) and the text of one affiliation entry."""
    if isinstance(entry, dict):
        key = _first(entry, "index", "id", "num", "key", "code", "number", "ref", "affil")
        parts = []
        dept = _first(entry, "department", "dept")
        name = _first(entry, "name", "institution", "organization", "organisation", "address", "text", "affiliation")
        if dept is not None:
            parts.append(_plain(dept))
        if name is not None:
            parts.append(_plain(name))
        if not parts and len(entry) == 1:
            k, v = next(iter(entry.items()))
            if str(k).lower() in _KEY_FIELDS:
                return str(v), ""
            # pandoc-scholar: {key: Name}, or {key: {name: Name, address: ...}}
            return str(k), (_affiliation_text(v)[1] if isinstance(v, dict) else _plain(v))
        return (None if key is None else str(key)), ", ".join(p for p in parts if p)
    text = _plain(entry)
    lead = _LEAD_MARK_IN_PLACE.match(text)
    if lead:
        # "^1 King Fahad Hospital, Tabuk", "¹ Example University": the place after the mark that keys it
        return (lead.group(1) or lead.group(2)).translate(SUPERSCRIPT_DIGITS), text[lead.end() :].strip()
    return None, text


def _affiliation_map(meta: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for field_name in ("affiliations", "affiliation", "institute", "institutes", "address"):
        val = meta.get(field_name)
        if isinstance(val, dict):
            val = [val]
        if not isinstance(val, list):
            continue
        for i, entry in enumerate(val[:500], start=1):
            key, text = _affiliation_text(entry)
            if not text:
                continue
            if key is None:
                key = str(i)
            out.setdefault(key.strip(), text)
            out.setdefault(key.strip().lower(), text)
    return out


def _resolve_affiliations(value: Any, amap: dict[str, str]) -> tuple[list[str], bool]:
    """Affiliation names for an author's affiliation field: indexes (``1``,
    ``"1, 2"``, ``[a, b]``), references (``{ref: a1}``) or literal names;
    and whether any came from an index."""
    if value is None:
        return [], False
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    by_key = False
    for it in items[:50]:
        if isinstance(it, dict):
            key, text = _affiliation_text(it)
            if key is not None and key in amap and not _first(it, "name", "institution", "department"):
                out.append(amap[key])
                by_key = True
            elif text:
                out.append(text)
            elif key is not None and key.lower() in amap:
                out.append(amap[key.lower()])
            continue
        s = str(it).strip()
        if not s:
            continue
        if s in amap or s.lower() in amap:
            out.append(amap.get(s) or amap[s.lower()])
            by_key = True
            continue
        toks = [t for t in re.split(r"[\s,;]+", s) if t]
        # ("b,2": the keys of places, and a note's number beside them, PNAS's equal authorship or correspondence)
        if toks and all(len(t) <= 4 for t in toks) and any(t in amap or t.lower() in amap for t in toks):
            out.extend(amap.get(t) or amap[t.lower()] for t in toks if t in amap or t.lower() in amap)
            by_key = True
        elif not (toks and all(len(t) <= 4 for t in toks)):
            out.append(_plain(s))
    seen: list[str] = []
    for a in out:
        if a and a not in seen:
            seen.append(a)
    return seen, by_key


# a note in a name: Pandoc's inline note, or TeX's \footnote or \thanks (YAML that a LaTeX template prints)
_NOTE_IN_NAME = re.compile(r"\^\[[^\[\]]{0,400}\]|\\(?:footnote|thanks)\s*(?:\[[^\]\n]{0,20}\])?\{(?:[^{}]|\{[^{}]*\}){0,400}\}|\\footnotemark(?:\[[^\]\n]{0,20}\])?")


def _name_of(entry: dict[str, Any]) -> tuple[str, str | None, str | None]:
    """Printed name, given and family names of a YAML author object."""
    raw = _first(entry, "name", "author", "fullname", "full-name")
    given = _first(entry, "given-names", "given", "first", "firstname", "first-name", "given_names", "first_name", "given_name")
    family = _first(entry, "surname", "family", "last", "lastname", "last-name", "family-names", "last_name", "family_name")
    if isinstance(raw, dict):
        given = given or _first(raw, "given-names", "given", "first")
        family = family or _first(raw, "surname", "family", "last", "family-names")
        lit = _first(raw, "literal", "name")
        raw = lit
    g = _plain(given) or None
    f = _plain(family) or None
    if f:
        particle = _first(entry, "non-dropping-particle", "dropping-particle")
        if particle:
            f = f"{_plain(particle)} {f}"
    if raw:
        # "Thijs Vroegh^[Corresponding author]": a Pandoc inline note is not part of the name
        name = _plain(_NOTE_IN_NAME.sub("", raw) if isinstance(raw, str) else raw)
    else:
        name = " ".join(p for p in (g, f) if p)
        suffix = _first(entry, "suffix")
        if suffix and name:
            name = f"{name} {_plain(suffix)}"
    return _clean_person(name), g, f


def _clean_person(name: str) -> str:
    # "Dr Ann Lee", "Prof. Bo Kim": a courtesy or academic title is no part of the name
    name = re.sub(r"^\s*(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Assoc\.?\s+Prof|Asst\.?\s+Prof)\.?\s+)+(?=[^\W\d_])", "", name)
    # "Jane Doe  ORCiD: `r team$ORCID[1]`", "Jane Doe ORCID 0000-...": an ORCID label and what follows it
    name = re.sub(r"\s+\(?\s*orc\s*i\s*d(?:\s*id)?\s*(?::|(?=\s*(?:\d|`|https?:))).*$", "", name, flags=re.IGNORECASE)
    t = re.sub(r"\^[^^]*\^", "", name)  # Pandoc superscript markers
    t = without_role_notes(t)  # "Bo Tran (editor)": what the author did is no part of the name
    t = re.sub(r"[*†‡§¶^£$#]+|\b\d+(?:,\d+)*\b|(?<=[^\W\d_])\d+(?:,\d+)*\b", "", t)
    # (a line break left at the end, "Zhenke Wu\\", is no part of the name)
    return one_line(re.sub(r"(?:\s*\\+)+\s*$", "", t)).strip(" ,;")


def _truthy(v: Any) -> bool:
    return v is True or (isinstance(v, str) and v.strip().lower() in ("true", "yes", "y", "1"))


def _author_from_dict(entry: dict[str, Any], amap: dict[str, str], path: str, line: int | None) -> AuthorDraft | None:
    """One author from a YAML author object (JOSS, Pandoc, Quarto, rticles)."""
    if len(entry) == 1 and isinstance(next(iter(entry.values())), dict) and not _first(entry, "name"):
        # pandoc-scholar: - Jane Doe: {institute: [...]}
        k, v = next(iter(entry.items()))
        entry = dict(v)
        entry.setdefault("name", k)
    name, given, family = _name_of(entry)
    if not name:
        return None
    a = AuthorDraft(name=name, path=path, line=line, given=given, family=family)
    raw_name = entry.get("name")
    om = _OPEN_CARET.search(raw_name) if isinstance(raw_name, str) else None
    mk = _BODY_MARK.search(raw_name) if isinstance(raw_name, str) and om is None else None
    if mk is not None:
        # "name: Kim Park$^{1,2,*}$": the marks of places printed at the top of the body
        keys = _mark_keys(mk)
        a.aff_keys = [k for k in keys if k != "*"]
        a.corresponding = "*" in keys or "*" in mk.group(0)
    elif om is not None:
        # "name: Kim Park^1*": marks typed after a caret that is never closed
        keys = [k for k in re.split(r"[,\s]+", om.group(1).replace("*", " * ")) if k]
        a.aff_keys = [k for k in keys if k != "*"]
        a.corresponding = "*" in keys
    a.orcid = normalise_orcid(_first(entry, "orcid", "orcid_id", "orcid-id", "orcidid", "ORCID"))
    email = _first(entry, "email", "e-mail", "mail")
    a.email = find_email(str(email)) if email else None
    attrs = entry.get("attributes") if isinstance(entry.get("attributes"), dict) else {}
    corr = [entry.get(k) for k in ("corresponding", "correspondence", "correspondingauthor", "corresponding-author")]
    corr.append(attrs.get("corresponding"))
    a.corresponding = a.corresponding or any(_truthy(x) or (isinstance(x, str) and "@" in x) for x in corr)
    if a.email is None:
        a.email = next((find_email(x) for x in corr if isinstance(x, str) and "@" in x), None)
    keyed: list[str] = []
    literal: list[str] = []
    # (rticles' Springer template names an author's place "address")
    for fld in ("affiliations", "affiliation", "affil", "institute", "institution", "address"):
        texts, by_key = _resolve_affiliations(entry.get(fld), amap)
        (keyed if by_key else literal).extend(texts)
    for text in keyed or literal:
        a.add_affiliation(text)
    if not a.affiliations:
        # the marks on the name point into the front matter's list of places ("affiliations: - ^1 X")
        for k in a.aff_keys:
            if k in amap:
                a.add_affiliation(amap[k])
    # the post printed with the name (Quire's "title: Paintings Conservator"; not "Dr.")
    post = _first(entry, "position", "job_title", "job-title", "jobtitle", "title")
    if isinstance(post, str) and _plain(post).strip(" .") and not TITLES.fullmatch(_plain(post).strip() + " "):
        a.job_titles.append(_plain(post).strip())
    roles = _first(entry, "roles", "role", "credit", "contributions")
    if roles:
        from ..credit_roles import normalise_role

        items = roles if isinstance(roles, list) else re.split(r"\s*[,;]\s*", str(roles))
        for r in items[:30]:
            text = _first(r, "role", "name", "term") if isinstance(r, dict) else r
            if text is None and isinstance(r, dict) and len(r) == 1:
                text = next(iter(r.keys()))
            text = _plain(text)
            slug = normalise_role(text) if text else None
            a.add_roles([slug] if slug else [], [text] if text else [])
    return a


_MARK = re.compile(r"<sup>([^<]{1,30})</sup>|\^([^^\s]{1,30})\^")


def _several_authors(entry: dict[str, Any], path: str, line: int | None, amap: dict[str, str] | None = None) -> list[AuthorDraft]:
    """One YAML author object whose name holds the whole author line, each
    name followed by its affiliation marks ("Kei Jokura<sup>1,*</sup>,
    Nobuo Ueda<sup>2</sup> and Ana Li<sup>1</sup>"), with the numbered
    affiliations in one string: an author for each name, with the
    affiliations its marks point to. Empty when the name is one person."""
    raw = _first(entry, "name", "author", "fullname", "full-name")
    if not isinstance(raw, str) or _first(entry, "given", "given-names", "family", "surname"):
        return []
    raw = _NOTE_IN_NAME.sub("", raw)  # "A \\footnote{Corresponding author}, B": the note is no one's name
    marked = list(_MARK.finditer(raw))
    plain_names = [n for n in split_name_list(_plain(_MARK.sub(" ", raw))) if n.strip()]
    if len(plain_names) < 2 or not all(looks_like_name(_clean_person(n)) and len(_clean_person(n).split()) >= 2 for n in plain_names):
        return []
    # the marks after each name, in order
    marks_of: dict[str, list[str]] = {}
    if marked:
        pos = 0
        for m in marked:
            nm = _clean_person(_plain(re.sub(r"^\s*(?:,|and\b|&)\s*", "", raw[pos : m.start()])))
            if nm:
                marks_of[nm] = [k.strip(" `*") for k in (m.group(1) or m.group(2)).split(",") if k.strip(" `*")]
            pos = m.end()
    affil_raw = _first(entry, "affiliation", "affiliations", "institute")
    by_mark: dict[str, str] = {}
    if isinstance(affil_raw, str):
        parts = _MARK.split(affil_raw)
        # re.split with two groups: text, g1, g2, text, ...
        k = 1
        while k + 2 < len(parts) + 1 and k < len(parts):
            key = (parts[k] or parts[k + 1] or "").strip(" `*")
            text = parts[k + 2] if k + 2 < len(parts) else ""
            text = _plain(re.sub(r"<br\s*/?>.*$", "", text, flags=re.IGNORECASE | re.DOTALL)).strip(" ,;")
            if key and text:
                by_mark[key] = text
            k += 3
    if not marked:
        # "name: A, B" with one "affiliation": no marks say whose each place is, so the entry's places
        # are every one of its authors' (its address and iD, one person's, are no one's known)
        shared = {k: v for k, v in entry.items() if str(k).lower() in ("affiliation", "affiliations", "affil", "institute", "institution", "address")}
        return [a for a in (_author_from_dict({**shared, "name": n}, amap or {}, path, line) for n in plain_names) if a is not None]
    out: list[AuthorDraft] = []
    for n in plain_names:
        nm = _clean_person(n)
        a = AuthorDraft(name=nm, path=path, line=line)
        for key in marks_of.get(nm, []):
            if key in by_mark:
                a.add_affiliation(by_mark[key])
        out.append(a)
    return out


# where a printed author line breaks: LaTeX's "\\\\" and "\\newline", HTML's "<br>", and a lone backslash
# before a space or the end (YAML's "\\\\" in double quotes)
_AUTHOR_BREAK = re.compile(r"\\\\|\\(?:newline|linebreak)\b|<br\s*/?>|\\(?=\s|$)|\n", re.IGNORECASE)

# "Kim Park (Example University, k@x.org)", "Kim Park (with scripts from Jo Lee)": a name, then a bracket
_NAME_THEN_BRACKET = re.compile(r"^(?P<name>[^()]{2,80}?)\s*\((?P<rest>[^()]{1,400})\)\s*$")


def _person_of(item: str, path: str, line: int | None) -> AuthorDraft | None:
    """One author from one printed item of an author list: the name, and
    whatever a bracket after it holds that is the author's (an e-mail
    address, where they work, their post). A remark in the bracket ("with
    scripts from Jo Lee", "contact information") is no part of the name.
    None when the item is not a person's name."""
    plain = _plain(item)
    bm = _NAME_THEN_BRACKET.match(plain)
    name, rest = (bm.group("name"), bm.group("rest")) if bm else (plain, "")
    email = find_email(name)
    if email:  # "Kim Park <k@x.org>", "Kim Park k@x.org"
        name = name.replace(email, " ")
    name = _clean_person(clean_name(name))
    if not looks_like_name(name) or re.search(r"[\[\]{}]", name):  # (nor a template's "Author[s]")
        return None
    a = AuthorDraft(name=name, path=path, line=line, email=email or find_email(rest))
    place = re.sub(r"[\w.+\-]+@[\w\-.]+", "", rest).strip(" ,;")
    if place and is_job_title(place):
        a.job_titles.append(place)
    elif place and looks_like_place(place):
        a.add_affiliation(place)
    return a


# "Kim Park^[Example University]": a name with a Pandoc inline note after it
_NAME_WITH_NOTE = re.compile(r"^\s*(?P<name>[^\^\[\]]{2,120}?)\s*\^\[(?P<note>(?:[^\[\]]|\[[^\[\]]*\])*)\]\s*$")


def _authors(meta: dict[str, Any], lines: dict[str, list[int]], first_line: int, path: str) -> tuple[list[AuthorDraft], list[str]]:
    """Authors and collaboration names from the front matter."""
    # (Quire and other publishing front matter list them as contributors: "contributor: - first_name: ...")
    key = next((k for k in ("authors", "author", "Authors", "Author", "author_info", "author-meta", "contributor", "contributors") if meta.get(k)), None)
    if key is None:
        return [], []
    val = meta[key]
    entry_lines = lines.get(key, [])
    amap = _affiliation_map(meta)
    # MyST, Quarto: a place given in full at its first author ("{id: ify, institution: ...}") and
    # named by its id alone at the next ones ("{id: ify}", "ify")
    for entry in (val if isinstance(val, list) else [])[:500]:
        if isinstance(entry, dict):
            for field_name in ("affiliations", "affiliation"):
                given = entry.get(field_name)
                for aff in (given if isinstance(given, list) else [given])[:50]:
                    if isinstance(aff, dict):
                        k, text = _affiliation_text(aff)
                        if k is not None and text:
                            amap.setdefault(k.strip(), text)
                            amap.setdefault(k.strip().lower(), text)
    out: list[AuthorDraft] = []
    collabs: list[str] = []
    from_string = False  # the entries are the lines of one printed string, not a YAML list

    def line_of(i: int) -> int | None:
        if i < len(entry_lines):
            return first_line + entry_lines[i]
        return first_line + entry_lines[-1] if entry_lines else None

    if isinstance(val, dict):
        val = [val]
    if isinstance(val, str):
        rows = [r for r in val.splitlines() if r.strip()]
        if rows and all(r.lstrip().startswith("|") for r in rows):
            # "author: |" then "| Ann Lee$^1$, Bo Kim$^2$" / "| $^1$Univ A": a line block, one printed line a row
            val = "\n".join(re.sub(r"^\s*\|\s?", "", r) for r in rows)
        # "$^1$", "$^{1,2}$": marks set in TeX's math, read as Pandoc's superscripts
        val = re.sub(r"\$\^\{?([^${}\n]{1,12}?)\}?\$", r"^\1^", val)
        val = re.sub(r"\^\^,\^\^|\^\^", ",", val)  # ("$^1$$^,$$^3$": one run of marks)
        if re.search(r"\^[^^\s\[]{1,12}\^", val):
            val = _NOTE_IN_NAME.sub("", val)  # "Ann Lee^[Corresponding author: ...] ^1^": the note goes to no name
            while (joined := re.sub(r"\^([^^\s]{1,12})\^[ \t]*,[ \t]*\^([^^\s]{1,12})\^", r"^\1,\2^", val)) != val:
                val = joined  # "^1^, ^2^": one author's marks, parted by a comma
    if isinstance(val, str) and _NAME_WITH_NOTE.match(val):
        val = [val]  # one author with a note: read as a list entry
    if isinstance(val, str) and "\n" in val.strip() and _BODY_MARK.search(val):
        # a block of names with marks over the affiliations they point to: read it line by line
        entries: list[str] = []
        for ln in val.splitlines():
            if _LEAD_BODY_MARK.match(ln):  # "^1^Example University, ^2^Example Institute"
                entries.extend(p.strip(" ,;") for p in re.split(r"[,;]?\s*(?=\^[^^\s]{1,12}\^)", ln) if p.strip(" ,;"))
            elif ln.strip():
                entries.append(ln.strip())
        val = entries
    if isinstance(val, str) and not _BODY_MARK.search(val) and _AUTHOR_BREAK.search(val.strip()):
        # "Ben Bolker \\newline McMaster University": the printed lines, each read as a list entry is
        val = [p.strip() for p in _AUTHOR_BREAK.split(val) if p.strip()]
        from_string = True
    if isinstance(val, str) and re.search(r"\^[^^\s]{1,12}\^", val):
        # "Chidimma Echebiri^1,2^  Rafi Ahmad^1,3^ Stian Ellefsen^2^": superscript marks separate the names
        val = ", ".join(p for p in re.split(r"\^[^^\s]{1,12}\^\s*[,;]?\s*(?:and\s+|&\s*)?", val) if p.strip())
    if isinstance(val, str):
        for nm in split_name_list(_plain(val)):
            # "Benjamin Meyer (ben@example.org)", "Kim Park <kim@example.org>": the address is no part of the name
            if is_collaboration(nm):
                collabs.append(_clean_person(clean_name(nm)))
                continue
            a = _person_of(nm, path, line_of(0))
            if a is not None:
                out.append(a)
        return out, collabs
    if not isinstance(val, list):
        return [], []
    keyed_affs: dict[str, str] = {}
    group: list[AuthorDraft] = []  # the authors of the entry before, whose place a line may give
    for i, entry in enumerate(val[:2000]):
        if isinstance(entry, dict):
            several = _several_authors(entry, path, line_of(i), amap)
            if several:
                out.extend(several)
                continue
            a = _author_from_dict(entry, amap, path, line_of(i))
            if a is None:
                continue
            if is_collaboration(a.name):
                collabs.append(a.name)
                continue
            out.append(a)
        elif isinstance(entry, (str, int, float)):
            if isinstance(entry, str) and re.fullmatch(r"\s*[-=*_]{3,}\s*", entry):
                continue  # "---": a rule drawn between the names and the affiliations
            if isinstance(entry, str) and _LEAD_BODY_MARK.match(entry):
                # "^1^Department of Earth Sciences, ...": an affiliation keyed by its mark; several in one
                # entry ("$^a$ *Institute X*; $^b$ *Department Y*") are each their own
                for lm, rest in _keyed_runs(entry):
                    aff = md_inline(rest).strip(" ,;")
                    if aff and not find_email(aff) and not re.match(r"(?i)correspond", aff):
                        for k in _mark_keys(lm):
                            keyed_affs.setdefault(k, aff)
                continue
            note = _NAME_WITH_NOTE.match(entry) if isinstance(entry, str) else None
            if note and looks_like_name(_clean_person(_plain(note.group("name")))):
                # "Kim Park^[Example University; k@x.org]": Pandoc's inline note holds where they work
                a = AuthorDraft(name=_clean_person(_plain(note.group("name"))), path=path, line=line_of(i))
                text = md_inline(note.group("note"))
                a.email = find_email(text)
                for part in re.split(r"\s*;\s*", re.sub(r"[\w.+\-]+@[\w\-.]+", "", text)):
                    part = part.strip(" ,;.")
                    if part and looks_like_place(part):
                        a.add_affiliation(part)
                out.append(a)
                continue
            marked = _names_with_marks(str(entry)) if isinstance(entry, str) and _BODY_MARK.search(entry) else []
            if len(marked) > 1:
                # "Kilian Eichenseer^1^ and Lewis A. Jones^2^": several marked names in one entry
                for name_, keys_ in marked:
                    a = AuthorDraft(name=name_, path=path, line=line_of(i))
                    a.aff_keys = [k for k in keys_ if k != "*"]
                    a.corresponding = "*" in keys_
                    out.append(a)
                continue
            if len(marked) == 1:
                # "Kim Park^1,2^": the name and the marks its affiliations carry in the body
                a = AuthorDraft(name=marked[0][0], path=path, line=line_of(i))
                a.aff_keys = [k for k in marked[0][1] if k != "*"]
                a.corresponding = "*" in marked[0][1]
                out.append(a)
                continue
            nm = _clean_person(_plain(entry))
            if not nm:
                continue
            if is_collaboration(nm):
                collabs.append(nm)
                continue
            a = _person_of(str(entry), path, line_of(i))  # "Kim Park (Example University, k@x.org)"
            if a is not None:
                out.append(a)
                group = [a]
                continue
            head, _, rest = nm.partition(",")
            if rest and looks_like_name(head.strip()) and (find_email(rest) or looks_like_place(rest)):
                # "Kim Park, Example University, k@x.org": the name, then where they work
                a = AuthorDraft(name=head.strip(), path=path, line=line_of(i))
                a.email = find_email(rest)
                place = re.sub(r"[\w.+\-]+@[\w\-.]+", "", rest).strip(" ,;")
                if place:
                    a.add_affiliation(place)
                out.append(a)
                group = [a]
                continue
            several = [_person_of(n, path, line_of(i)) for n in split_name_list(_plain(entry))]
            if len(several) > 1 and all(several):
                # "Justin G. Cally*, Devi Stuart-Fox and Luke Holman": one entry that lists several authors
                group = [s for s in several if s is not None]
                out.extend(group)
                continue
            if looks_like_place(nm) and not running_text(nm):
                # "Johns Hopkins University" on its own line under the name: where they work
                for a in group:
                    a.add_affiliation(nm)
                continue
            if looks_like_name(nm) or not (from_string or re.search(r"[:*@]", str(entry))):
                out.append(AuthorDraft(name=nm, path=path, line=line_of(i)))
                group = out[-1:]
    for a in out:
        for k in a.aff_keys:
            if k in keyed_affs:
                a.add_affiliation(keyed_affs[k])
    return out, collabs


def _title(meta: dict[str, Any]) -> str | None:
    t = meta.get("title")
    if isinstance(t, dict):
        t = _first(t, "text", "title", "main")
    if t is None:
        return None
    if isinstance(t, str):
        t = _INLINE_NOTE.sub("", t)  # a note on the title is not its words
    s = _plain(t)
    return s or None


# statements that journal templates (rticles, Quarto) take as metadata
_META_SECTIONS = {
    "acknowledgements": "acknowledgements", "acknowledgments": "acknowledgements",
    "acknowledgement": "acknowledgements", "acknowledgment": "acknowledgements", "acknow": "acknowledgements",
    "authorcontributions": "author_contributions", "authorcontribution": "author_contributions",
    "author-contributions": "author_contributions", "author_contributions": "author_contributions",
    "contributions": "author_contributions", "funding": "funding", "financialsupport": "funding",
    "dataavailability": "data_availability", "data-availability": "data_availability",
    "codeavailability": "data_availability", "code-availability": "data_availability",
    # pandoc's LaTeX template prints ``thanks:`` as a note on the title, as \thanks does
    "thanks": "acknowledgements",
}


_CONTRIBUTED = re.compile(r"\b(?:both|all|the)\s+authors?\s+(?:have\s+)?(?:contributed|designed|conceived|wrote|were\s+involved)|\bcontributed\s+(?:equally|to\s+(?:the\s+)?(?:study|design|writing|conception))", re.I)
_THANKS_WORD = re.compile(r"\b(?:thank|grateful|gratitude|acknowledg|indebted)", re.I)

# an author note in the front matter (papaja's ``authornote:``, APA templates' ``author-note:``)
_AUTHOR_NOTES = frozenset({"authornote", "authorsnote", "note"})

_STATEMENT_HEADINGS = {
    "acknowledgements": "Acknowledgements", "author_contributions": "Author contributions",
    "funding": "Funding", "data_availability": "Data availability",
}


def _meta_statements(meta: dict[str, Any], lines: dict[str, list[int]], first_line: int) -> list[tuple[str, str, str, int | None]]:
    """(kind, heading, text, line) for statements written in the front
    matter (``acknowledgements: |``, Quarto ``funding:`` entries)."""
    out = []
    title = meta.get("title")
    if isinstance(title, str):
        # a note on the title that thanks ("Title^[We thank ...]") is the paper's acknowledgement, as \thanks is
        for note in _INLINE_NOTE.findall(title):
            if (text := md_inline(note)) and is_ack_like(text):
                ln = lines.get("title", [None])[0]
                out.append(("acknowledgements", _STATEMENT_HEADINGS["acknowledgements"], text, None if ln is None else first_line + ln))
    for key, value in meta.items():
        note = str(key).lower().replace("-", "").replace("_", "") in _AUTHOR_NOTES
        if note and isinstance(value, dict):
            # apaquarto's ``author-note: disclosures: gratitude:`` (and ``financial-support:``)
            disclosures = value.get("disclosures") if isinstance(value.get("disclosures"), dict) else value
            ln = lines.get(str(key), [None])[0]
            for sub, kind in (("gratitude", "acknowledgements"), ("acknowledgements", "acknowledgements"), ("financial-support", "funding"), ("funding", "funding")):
                if isinstance(disclosures.get(sub), str) and (text := md_inline(disclosures[sub])):
                    out.append((kind, _STATEMENT_HEADINGS[kind], text, None if ln is None else first_line + ln))
            continue
        if note and isinstance(value, str):
            # papaja's and the APA templates' author note: affiliations, correspondence and, often, the
            # thanks; its paragraphs that thank or name support are the paper's acknowledgement
            # (not a note of who did what: "Both authors contributed to study funding, design and writing")
            thanks = [
                t
                for t in (md_inline(p_) for p_ in re.split(r"\n\s*\n", value))
                if t and is_ack_like(t) and not (_CONTRIBUTED.search(t) and not _THANKS_WORD.search(t))
            ]
            if thanks:
                ln = lines.get(str(key), [None])[0]
                out.append(("acknowledgements", _STATEMENT_HEADINGS["acknowledgements"], " ".join(thanks), None if ln is None else first_line + ln))
            continue
        kind = _META_SECTIONS.get(str(key).lower())
        if kind is None or value in (None, "", [], {}):
            continue
        if isinstance(value, dict):
            value = [value]
        if isinstance(value, list):
            parts = []
            for v in value[:100]:
                if isinstance(v, dict):
                    parts.append(_plain(_first(v, "statement", "text", "source", "name") or ""))
                elif not isinstance(v, list):
                    parts.append(_plain(v))
            text = " ".join(p for p in parts if p)
        else:
            text = md_inline(str(value))
        if text:
            ln = lines.get(str(key), [None])[0]
            out.append((kind, _STATEMENT_HEADINGS[kind], text, None if ln is None else first_line + ln))
    return out


# --------------------------------------------------------------------------
# inline Markdown to plain text
# --------------------------------------------------------------------------

_CODE_SPAN = re.compile(r"(`+)(.{1,5000}?)(?<!`)\1(?!`)(\{[^{}\n]*\})?", re.S)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_FOOTREF = re.compile(r"\[\^[^\]\s]+\]")
_INLINE_NOTE = re.compile(r"\^\[((?:[^\[\]]|\[[^\[\]]*\])*)\]")  # one level of brackets inside ("[grant 123]")
_BRACKET = re.compile(r"\[([^\[\]]*)\]")
_CITE_INNER = re.compile(r"(?:^|[\s;,(])-?@[\w{]")
_LINK = re.compile(r"\[([^\[\]]*)\]\(\s*<?[^()\s]*(?:\([^()]*\)[^()\s]*)*>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_REFLINK = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
_SPAN = re.compile(r"\[([^\[\]]*)\]\{[^{}]*\}")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+|[\w.+\-]+@[\w\-.]+)>")
_INTEXT_CITE = re.compile(r"(?<![\w@.\\])-?@(?:\{[^{}]+\}|[A-Za-z0-9_][\w:.#$%&+?<>~/\-]*[A-Za-z0-9_]|[A-Za-z0-9_])")
_DISPLAY_MATH = re.compile(r"\$\$.{1,20000}?\$\$", re.S)
_INLINE_MATH = re.compile(r"(?<![\\$])\$(?=\S)([^$\n]{1,2000}?)(?<=\S)\$(?![\d$])")
_BOOKDOWN_REF = re.compile(r"\\?@ref\([^()\s]*\)")
_LATEX_SPAN = re.compile(r"\\[a-zA-Z]+\*?(?:\[[^\]\n]{0,200}\])?(?:\{(?:[^{}]|\{[^{}]*\})*\})*")
_ATTR = re.compile(r"\{\s*(?:[#.][^{}]*|-|[\w-]+=[^{}]*)\}")
_HTML_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[^<>]*)?/?>")
_BR = re.compile(r"<br\s*/?>", re.I)
_EMPH = [
    # emphasis delimiters are dropped where they open or close a span
    # (flanking), never inside words (snake_case, 2*3); linear on any input
    (re.compile(r"(?<![\w*\\])\*{1,3}(?=[^\s*])|(?<=[^\s*\\])\*{1,3}(?![\w*])"), ""),
    (re.compile(r"(?<![\w_\\])_{1,3}(?=[^\s_])|(?<=[^\s_\\])_{1,3}(?![\w_])"), ""),
    (re.compile(r"(?<![~\\])~~(?=\S)|(?<=\S)~~(?!~)"), ""),
    (re.compile(r"==(?=\S)(.{1,200}?)(?<=\S)=="), r"\1"),
    (re.compile(r"\^([^\s^]{1,50})\^"), r"\1"),
    (re.compile(r"(?<!~)~([^\s~]{1,50})~(?!~)"), r"\1"),
]
_PROTECT_BASE = 0xE000
_PROTECTED = re.compile(f"[{chr(_PROTECT_BASE)}-{chr(_PROTECT_BASE + 127)}]")
_UNPROTECT = {_PROTECT_BASE + i: i for i in range(128)}


def md_inline(text: str) -> str:
    """Plain text from inline Markdown: emphasis, links (text kept), images
    (dropped), HTML tags and entities, Pandoc citations (``[@key]``,
    ``@key``), attributes, footnote markers, raw LaTeX and math reduced."""
    if not text:
        return ""
    codes: list[str] = []

    def keep_code(m: re.Match[str]) -> str:
        body = m.group(2).strip()
        if re.match(r"^(?:\{?r\}?)\s", body):  # inline R: `r expr`
            return ""
        codes.append(body)
        return f"\uf000{len(codes) - 1}\uf001"

    t = _CODE_SPAN.sub(keep_code, text) if "`" in text else text
    if "@ref(" in t:
        t = _BOOKDOWN_REF.sub("", t)
    if "\\" in t:
        t = _ESCAPE.sub(lambda m: chr(_PROTECT_BASE + ord(m.group(1))), t)
    if "<" in t:
        t = _BR.sub(" ", t)
        t = _AUTOLINK.sub(r"\1", t)
    if "!" in t and "![" in t:
        _, t = extract_images(t)
    if "[" in t:
        t = _FOOTREF.sub("", t)
        t = _INLINE_NOTE.sub(r" \1", t)
        for _ in range(3):
            new = _LINK.sub(r"\1", t)
            new = _SPAN.sub(r"\1", new)
            new = _REFLINK.sub(r"\1", new)
            new = _BRACKET.sub(lambda m: "" if _CITE_INNER.search(m.group(1)) else m.group(0), new)
            if new == t:
                break
            t = new
    if "@" in t:
        t = _INTEXT_CITE.sub("", t)
    if "$" in t:
        t = _DISPLAY_MATH.sub(" ", t)
        t = _INLINE_MATH.sub(lambda m: math_to_text(m.group(1)), t)
    if "\\" in t:
        t = _LATEX_SPAN.sub(lambda m: " " + latex_to_text(m.group(0)) + " ", t)
    if "{" in t:
        t = _ATTR.sub("", t)
    if "<" in t:
        t = _HTML_TAG.sub("", t)
    if "*" in t or "_" in t or "~" in t or "^" in t or "=" in t:
        for pat, rep in _EMPH:
            t = pat.sub(rep, t)
    if _PROTECTED.search(t):
        t = t.translate(_UNPROTECT)
    if codes:
        t = re.sub("\uf000(\\d+)\uf001", lambda m: codes[int(m.group(1))], t)
    if "&" in t:
        t = html.unescape(t)
    return tidy(t.replace("\u00a0", " "))


def extract_images(text: str) -> tuple[list[str], str]:
    """Image captions (alt text) and the text without the images:
    ``![caption](file){attrs}``, ``![caption][ref]``; nested brackets in
    captions (citations, links) are allowed."""
    caps: list[str] = []
    out: list[str] = []
    pos = 0
    n = len(text)
    while True:
        i = text.find("![", pos)
        if i == -1:
            out.append(text[pos:])
            break
        if i > 0 and text[i - 1] == "\\":
            out.append(text[pos : i + 2])
            pos = i + 2
            continue
        j = _match_close(text, i + 1, "[", "]")
        if j == -1:
            out.append(text[pos:])
            break
        k = j + 1
        if k < n and text[k] == "(":
            e = _match_close(text, k, "(", ")")
            if e == -1:
                out.append(text[pos:])
                break
            k = e + 1
        elif k < n and text[k] == "[":
            e = _match_close(text, k, "[", "]")
            k = e + 1 if e != -1 else k
        else:
            out.append(text[pos : j + 1])
            pos = j + 1
            continue
        if k < n and text[k] == "{":
            e = _match_close(text, k, "{", "}")
            k = e + 1 if e != -1 else k
        caps.append(text[i + 2 : j])
        out.append(text[pos:i])
        pos = k
    return caps, "".join(out)


def _match_close(text: str, start: int, op: str, cl: str) -> int:
    depth = 0
    i = start
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == op:
            depth += 1
        elif c == cl:
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


# --------------------------------------------------------------------------
# body
# --------------------------------------------------------------------------

_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})\s*(.*)$")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
# "#Acknowledgements": a heading typed with no space after its hashes, which
# older Pandoc and many editors still render as one. Read only when it stands
# alone after a blank line and names a section a paper has, so "#rstats" and
# a tag on a line of its own stay text.
_ATX_UNSPACED = re.compile(r"^ {0,3}(#{1,6})([A-Za-z][A-Za-z' &,-]{2,60}?)[ \t]*[:.]?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HR = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_LIST = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)]|#\.|\(?[a-zA-Z]\))[ \t]+(.*)$")
_FOOTDEF = re.compile(r"^ {0,3}\[\^([^\]]+)\]:[ \t]*(.*)$")
_REFDEF = re.compile(r"^ {0,3}\[[^\]^][^\]]*\]:\s*\S+")
_DIV = re.compile(r"^ {0,3}(:{3,})\s*(.*?)\s*:*\s*$")
_TABLE_SEP = re.compile(r"^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_GRID = re.compile(r"^\s*\+[-=+:]+\+\s*$")
_BLOCKQUOTE = re.compile(r"^ {0,3}>[ \t]?")
_RAW_SKIP = re.compile(r"^\s*<(script|style|pre|textarea)\b", re.I)
_FIG_CAP = re.compile(r"fig[.-]cap\s*[=:]\s*(?:\"((?:[^\"\\]|\\.)*)\"|'((?:[^'\\]|\\.)*)')", re.S)
_QUARTO_OPT = re.compile(r"^\s*#\|\s*fig-cap\s*:\s*(.*)$")
_QUARTO_LIST = re.compile(r"^\s*#\|\s+-\s*(.*)$")
_BOLD_LEAD = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)[^*_]{1,80}(?:\*\*|__)")
_RAW_LATEX_BEGIN = re.compile(r"^ {0,3}\\begin\s*\{([^{}]+)\}")
_RAW_LATEX_SECTION = re.compile(r"^ {0,3}\\(section|subsection|subsubsection|paragraph)\*?\s*\{(.+)\}\s*$")
_INCLUDE = re.compile(r"^\s*\{\{<\s*include\s+(.+?)\s*>\}\}\s*$")
# knitr child documents: ```{r, child = "methods.Rmd"}``` or c("a.Rmd", "b.Rmd"),
# and the chunk option written inside the chunk (#| child: "methods.Rmd")
_CHILD_OPT = re.compile(r"\bchild\s*=\s*(c\s*\([^)]*\)|\"[^\"]+\"|'[^']+')")
_CHILD_HASHPIPE = re.compile(r"^\s*#\|\s*child\s*:\s*(.+?)\s*$")
_QUOTED = re.compile(r"\"([^\"]+)\"|'([^']+)'")
# words that show a text may include another (a quick look before it is read line by line):
# Quarto includes, knitr children, papaja's render_appendix
INCLUDE_HINTS = ("include", "child", "render_appendix")
# R code in a chunk that renders another document in place: knitr::knit_child("x.Rmd"),
# papaja's render_appendix("appendix.Rmd")
_RENDER_CHILD = re.compile(r"\b(?:knit_child|render_appendix)\s*\(\s*(?:(?:input|x)\s*=\s*)?[\"']([^\"']+\.(?:Rmd|rmd|md|qmd))[\"']")


# pandoc's own includes, named in the front matter: R Markdown's
# output: {pdf_document: {includes: {before_body: head.tex}}}, and the
# include-before-body / include-in-header options of pandoc and Quarto, at
# the top level or under a Quarto format. A title page set in LaTeX and
# included before the body holds the paper's authors.
_PANDOC_INCLUDE_KEYS = (
    ("before_body", "include-before-body", "include-before"),
    ("in_header", "include-in-header"),
    ("after_body", "include-after-body", "include-after"),
)
MAX_PANDOC_INCLUDES = 20


def pandoc_includes(meta: dict[str, Any]) -> list[str]:
    """The files a front matter's pandoc includes name, before-body files
    first, each once (a value may be a name, a list of names, or a list of
    ``{file: name}``)."""
    groups: list[dict[str, Any]] = [meta]
    for key in ("output", "format"):
        formats = meta.get(key)
        if isinstance(formats, dict):
            for opts in formats.values():
                if isinstance(opts, dict):
                    groups.append(opts)
                    if isinstance(opts.get("includes"), dict):
                        groups.append(opts["includes"])
    out: list[str] = []
    for keys in _PANDOC_INCLUDE_KEYS:
        for g in groups:
            for k in keys:
                v = g.get(k)
                for item in v if isinstance(v, list) else [v]:
                    if isinstance(item, dict):
                        item = item.get("file")
                    if isinstance(item, str) and item.strip() and item.strip() not in out:
                        out.append(item.strip())
    return out[:MAX_PANDOC_INCLUDES]


def _front_matter_includes(text: str) -> list[str]:
    """``pandoc_includes`` of a text's front matter; empty when it has none
    or it cannot be read."""
    if "include" not in text or not text.startswith("---"):
        return []
    try:
        fm, _, _ = _front_matter(text.split("\n"))
        meta = _load_yaml(fm)[0] if fm is not None else None
    except (LimitExceeded, RecursionError):
        return []
    return pandoc_includes(meta) if isinstance(meta, dict) else []


def included_names(text: str) -> list[str]:
    """The files a Markdown text includes, as written: pandoc's includes
    named in its front matter (``pandoc_includes``), Quarto ``{{< include
    >}}`` lines and knitr ``child`` options (in a chunk header or as a
    ``#| child:`` line). The body reader follows the same syntax in place;
    this is the quick look used to find which paper a part belongs to."""
    if not any(h in text for h in INCLUDE_HINTS):
        return []
    out = _front_matter_includes(text)
    for line in text.split("\n"):
        m = _INCLUDE.match(line)
        if m:
            out.append(m.group(1).strip().strip("\"'"))
            continue
        m = _RENDER_CHILD.search(line) if ("child" in line or "appendix" in line) else None
        if m:
            out.append(m.group(1))
            continue
        m = _CHILD_HASHPIPE.match(line)
        if m:
            out.extend(_child_names(m.group(1)))
            continue
        fm = _FENCE.match(line)
        if fm and "child" in fm.group(3) and fm.group(3).lstrip().startswith("{"):
            cm = _CHILD_OPT.search(fm.group(3))
            if cm:
                out.extend(_child_names(cm.group(1)))
    return out


def _child_names(value: str) -> list[str]:
    """The literal file names a knitr ``child`` option gives (expressions are not evaluated)."""
    v = value.strip()
    if v.startswith("[") and v.endswith("]"):
        v = v[1:-1]
    names = [a or b for a, b in _QUOTED.findall(v)]
    if not names and v and not v.startswith(("c(", "c (")) and "(" not in v and "," not in v:
        names = [v]
    return names[:50]
_SHORTCODE = re.compile(r"\{\{<.*?>\}\}|\{\{%.*?%\}\}")
_MYST_TARGET = re.compile(r"^\(\S+\)=\s*$")
_COMMENT_OPEN = "<!--"
_COMMENT_CLOSE = "-->"


class _Includes:
    """Quarto ``{{< include file >}}``: files read from inside the main
    file's folder tree only, each at most once on the current chain."""

    def __init__(self, main: Path, display_path: str, *, root: Path | None = None) -> None:
        self.root = root if root is not None else main.resolve().parent
        self.base = PurePosixPath(display_path) if root is not None else PurePosixPath(display_path).parent
        self.chain: list[Path] = [main.resolve()]
        self.parts: list[str] = [display_path]
        self.notes: list[str] = []
        self.count = 0

    def note(self, where: str, line: int, message: str) -> None:
        text = f"{where}:{line}: {message}"
        self.notes.append(text)

    def display(self, path: Path) -> str:
        return posixpath.normpath((self.base / path.relative_to(self.root).as_posix()).as_posix())


class _Body:
    """Line scanner for the Markdown body."""

    def __init__(
        self,
        lines: list[str],
        start: int,
        path: str,
        *,
        sb: SectionBuilder | None = None,
        comments: list[TextBlock] | None = None,
        includes: _Includes | None = None,
        file: Path | None = None,
    ) -> None:
        self.lines = lines
        self.start = start
        self.path = path
        self.sb = sb if sb is not None else SectionBuilder(path)
        self.comments: list[TextBlock] = comments if comments is not None else []
        self.includes = includes
        self.file = file
        self.para: list[tuple[int, str]] = []
        self.para_kind = "paragraph"
        self.last_kind: str | None = None
        self.divs: list[dict[str, Any]] = []

    # -- blocks ----------------------------------------------------------
    def flush(self) -> None:
        """Emit the paragraph, list item, table or footnote being collected."""
        if not self.para:
            return
        para, kind = self.para, self.para_kind
        self.para, self.para_kind = [], "paragraph"
        first, last = para[0][0], para[-1][0]
        if kind == "table":
            rows = []
            for _, row in para:
                if _TABLE_SEP.match(row) or _GRID.match(row):
                    continue
                cells = [md_inline(c) for c in row.strip().strip("|").split("|")]
                rows.append(" | ".join(c for c in cells))
            self._emit("\n".join(r for r in rows if r.strip(" |")), first, last, "table")
            self.last_kind = "table"
            return
        if kind == "paragraph" and len(para) >= 2 and all(_BOLD_LEAD.match(t) for _, t in para):
            for ln, t in para:
                self._emit_raw(t, ln, ln, kind)
            self.last_kind = kind
            return
        raw = _join(t for _, t in para)
        self._emit_raw(raw, first, last, kind)
        self.last_kind = kind

    def _emit_raw(self, raw: str, first: int, last: int, kind: str) -> None:
        if "![" in raw:
            caps, raw = extract_images(raw)
            for c in caps:
                text = md_inline(c)
                if self.divs and self.divs[-1].get("fig"):
                    self.divs[-1]["caps"].append((text, first, last))
                else:
                    self.sb.caption(text, self.path, first, last)
        notes: list[str] = []
        if kind in ("paragraph", "list_item") and "^[" in raw:
            # a paragraph's inline notes ("...^[See X.]") are foot notes, as LaTeX's \footnote is: read
            # after the paragraph, not run into its sentence
            notes = [n for n in (md_inline(m.group(1)) for m in _INLINE_NOTE.finditer(raw)) if n.strip()]
            raw = _INLINE_NOTE.sub("", raw)
        text = md_inline(raw)
        if self.divs and self.divs[-1].get("fig"):
            if text:
                self.divs[-1]["paras"].append((text, first, last))
            return
        if text:
            self._emit(text, first, last, kind)
        for note in notes:
            self._emit(note, first, last, "footnote")

    def _emit(self, text: str, first: int, last: int, kind: str) -> None:
        self.sb.add(text, self.path, first, last, kind)

    def heading(self, raw: str, level: int, line: int) -> None:
        self.flush()
        text = md_inline(raw)
        if text:
            self.sb.heading(text, level, self.path, line)
        self.last_kind = None

    # -- comments --------------------------------------------------------
    def comment(self, text: str, line: int, end_line: int) -> None:
        t = text.strip()
        if t:
            self.comments.append(
                TextBlock(
                    text=t,
                    kind="other",
                    location=Location(path=self.path, line=line, end_line=end_line if end_line > line else None),
                )
            )

    def strip_comments(self, i: int, line: str, state: dict[str, Any]) -> str:
        """Remove HTML comments from a line, recording them; ``state``
        carries a comment that runs over several lines."""
        out = []
        pos = 0
        if state.get("open") is not None:
            end = line.find(_COMMENT_CLOSE)
            if end == -1:
                state["open"].append(line)
                return ""
            state["open"].append(line[:end])
            self.comment("\n".join(state["open"]), state["line"], i)
            state["open"] = None
            pos = end + 3
        while True:
            s = line.find(_COMMENT_OPEN, pos)
            if s == -1:
                out.append(line[pos:])
                break
            out.append(line[pos:s])
            e = line.find(_COMMENT_CLOSE, s + 4)
            if e == -1:
                state["open"] = [line[s + 4 :]]
                state["line"] = i
                break
            self.comment(line[s + 4 : e], i, i)
            pos = e + 3
        return "".join(out)

    # -- divs --------------------------------------------------------------
    def open_div(self, attrs: str, line: int) -> None:
        self.flush()
        tokens = re.findall(r"[#.]?[\w-]+", attrs.strip("{} "))
        div: dict[str, Any] = {"fig": False, "env": False}
        if any(t.startswith("#fig-") for t in tokens):
            div.update(fig=True, paras=[], caps=[], line=line)
        else:
            for t in tokens:
                name = t.lstrip("#.").replace("-", " ").replace("_", " ")
                kind = classify_heading(name)
                if kind in BACK_MATTER and "=" not in t:
                    self.sb.begin_env(name.capitalize(), kind, self.path, line)
                    div["env"] = True
                    break
        self.divs.append(div)

    def close_div(self) -> None:
        self.flush()
        if not self.divs:
            return
        div = self.divs.pop()
        if div.get("fig"):
            paras = div["paras"]
            if paras:
                text, first, last = paras[-1]
                self.sb.caption(text, self.path, first, last)
                for text, first, last in paras[:-1]:
                    self.sb.add(text, self.path, first, last)
            elif div["caps"]:
                for text, first, last in div["caps"]:
                    self.sb.caption(text, self.path, first, last)
        if div.get("env"):
            self.sb.end_env()

    # -- main loop ---------------------------------------------------------
    def run(self) -> None:
        """Scan the body lines in order: fences, comments, headings, blocks."""
        lines = self.lines
        n = len(lines)
        i = self.start
        cstate: dict[str, Any] = {"open": None}
        fence: tuple[str, int] | None = None
        skip_tag: str | None = None
        prev_blank = True
        while i < n:
            raw = lines[i]
            lineno = i + 1
            i += 1
            if fence is not None:
                s = raw.strip()
                if s.startswith(fence[0]) and len(s) >= fence[1] and set(s) == {fence[0][0]}:
                    fence = None
                    prev_blank = True
                    continue
                m = _QUARTO_OPT.match(raw)
                if m:
                    self._quarto_caption(m.group(1), i, lineno)
                elif "child" in raw or "render_appendix" in raw:
                    m = _CHILD_HASHPIPE.match(raw)
                    if m:
                        for name in _child_names(m.group(1)):
                            self.include(name, lineno)
                    rc = _RENDER_CHILD.search(raw)
                    if rc:
                        self.include(rc.group(1), lineno)
                continue
            if cstate["open"] is None:
                m = _FENCE.match(raw)
                if m and not (m.group(2)[0] == "`" and "`" in m.group(3)):
                    self.flush()
                    fence = (m.group(2)[0], len(m.group(2)))
                    info = m.group(3)
                    if "child" in info and info.lstrip().startswith("{"):
                        cm = _CHILD_OPT.search(info)
                        if cm:
                            for name in _child_names(cm.group(1)):
                                self.include(name, lineno)
                    for cm in _FIG_CAP.finditer(info):
                        cap = cm.group(1) if cm.group(1) is not None else cm.group(2)
                        self.sb.caption(md_inline(cap.replace('\\"', '"')), self.path, lineno)
                    continue
            line = self.strip_comments(lineno, raw, cstate) if (_COMMENT_OPEN in raw or cstate["open"] is not None) else raw
            if skip_tag is not None:
                if re.search(rf"</{skip_tag}\s*>", line, re.I):
                    skip_tag = None
                prev_blank = False
                continue
            if not line.strip():
                self.flush()
                prev_blank = True
                continue
            if not self.para and line.lstrip().startswith("\\"):
                m = _RAW_LATEX_SECTION.match(line)
                if m:
                    level = {"section": 1, "subsection": 2, "subsubsection": 3, "paragraph": 4}[m.group(1)]
                    self.heading(latex_to_text(m.group(2)), level, lineno)
                    continue
                m = _RAW_LATEX_BEGIN.match(line)
                if m and m.group(1).strip() != "document":
                    i = self._raw_latex(m.group(1).strip(), i - 1)
                    prev_blank = True
                    continue
            m = _RAW_SKIP.match(line)
            if m:
                self.flush()
                tag = m.group(1).lower()
                if not re.search(rf"</{tag}\s*>", line, re.I):
                    skip_tag = tag
                continue
            if "{{<" in line:
                m = _INCLUDE.match(line)
                if m:
                    self.include(m.group(1), lineno)
                    prev_blank = True
                    continue
                line = _SHORTCODE.sub(" ", line)
                if not line.strip():
                    continue
            if line.startswith("+++") or _MYST_TARGET.match(line):
                self.flush()
                continue
            was_blank, prev_blank = prev_blank, False
            m = _ATX.match(line)
            if m and (m.group(2) or "").strip():
                self.heading(m.group(2), len(m.group(1)), lineno)
                continue
            m = _ATX_UNSPACED.match(line) if was_blank and not self.para else None
            if m and len(m.group(2).split()) <= 4 and (classify_heading(m.group(2)) != "other" or STANDARD_HEADING.match(m.group(2).strip().rstrip(":"))):
                self.heading(m.group(2), len(m.group(1)), lineno)
                continue
            if self.para and self.para_kind == "paragraph" and _SETEXT.match(line):
                para = self.para
                self.para = []
                level = 1 if line.strip()[0] == "=" else 2
                self.heading(_join(t for _, t in para), level, para[0][0])
                continue
            if _HR.match(line):
                self.flush()
                continue
            m = _DIV.match(line)
            if m:
                if m.group(2):
                    self.open_div(m.group(2), lineno)
                else:
                    self.close_div()
                continue
            if _GRID.match(line):
                self.flush()
                self.para_kind = "table"
                self.para = [(lineno, line)]
                continue
            stripped = line.lstrip()
            if stripped.startswith("|") or (self.para_kind == "table" and "|" in line):
                if self.para_kind != "table":
                    self.flush()
                    self.para_kind = "table"
                self.para.append((lineno, line))
                continue
            if _TABLE_SEP.match(line) and "|" in line and len(self.para) == 1:
                self.para_kind = "table"
                continue
            if _REFDEF.match(line) and not self.para:
                continue
            m = _FOOTDEF.match(line)
            if m:
                self.flush()
                self.para_kind = "footnote"
                self.para = [(lineno, m.group(2))]
                continue
            m = _LIST.match(line)
            if m and not (line.startswith("    ") and not self._in_list()):
                self.flush()
                self.para_kind = "list_item"
                self.para = [(lineno, m.group(2))]
                continue
            if was_blank and not self.para and (line.startswith("    ") or line.startswith("\t")) and not self._in_list():
                continue  # indented code block
            m = _BLOCKQUOTE.match(line)
            if m:
                line = line[m.end() :]
                if not line.strip():
                    self.flush()
                    continue
            if was_blank and not self.para and self.last_kind in ("list_item", "footnote") and line[:1] in " \t":
                self.para_kind = self.last_kind
            self.para.append((lineno, line.strip()))
        if cstate["open"] is not None:
            self.comment("\n".join(cstate["open"]), cstate["line"], n)
        self.flush()
        while self.divs:
            self.close_div()

    def _raw_latex(self, env: str, index: int) -> int:
        """Read a raw LaTeX environment starting at line ``index`` (0-based)
        into the sections; return the index of the line after it."""
        pat = re.compile(r"\\(begin|end)\s*\{" + re.escape(env) + r"\}")
        depth = 0
        j = index
        while j < len(self.lines):
            for m in pat.finditer(self.lines[j]):
                depth += 1 if m.group(1) == "begin" else -1
            j += 1
            if depth <= 0:
                break
        from .latex import scan_fragment

        self.flush()
        scan_fragment("\n".join(self.lines[index:j]), self.sb, self.path, index + 1)
        self.last_kind = None
        return j

    def include(self, name: str, line: int, *, base: Path | None = None) -> None:
        """Read an included file in place, located in its own file; ``name``
        is relative to the including file's folder, or to ``base``."""
        self.flush()
        inc = self.includes
        if inc is None or self.file is None:
            return
        path, reason = resolve_inside(inc.root, base or self.file.parent, name)
        if path is None:
            inc.note(self.path, line, f"include {name} ignored: {reason}")
            return
        if path in inc.chain:
            inc.note(self.path, line, f"include {name} ignored: it would include itself again (a loop)")
            return
        if len(inc.chain) > MAX_INCLUDE_DEPTH or inc.count >= MAX_INCLUDES:
            inc.note(self.path, line, f"include {name} ignored: too many or too deeply nested includes")
            return
        try:
            text = read_text(path, what="Markdown text")
        except InputFileError as exc:
            inc.note(self.path, line, f"include {name} skipped: {exc}")
            return
        inc.count += 1
        disp = inc.display(path)
        if disp not in inc.parts:
            inc.parts.append(disp)
        lines = text.split("\n")
        _, _, start = _front_matter(lines)
        inc.chain.append(path)
        try:
            child = _Body(lines, start, disp, sb=self.sb, comments=self.comments, includes=inc, file=path)
            child.run()
        finally:
            inc.chain.pop()
        self.last_kind = None

    def _in_list(self) -> bool:
        return self.para_kind == "list_item" or self.last_kind == "list_item"

    def _quarto_caption(self, value: str, next_index: int, lineno: int) -> None:
        v = value.strip()
        caps: list[str] = []
        if v in ("", "|", ">"):
            j = next_index
            while j < len(self.lines):
                m = _QUARTO_LIST.match(self.lines[j])
                if not m:
                    break
                caps.append(m.group(1))
                j += 1
        else:
            caps.append(v)
        for c in caps:
            c = c.strip()
            if len(c) >= 2 and c[0] == c[-1] and c[0] in "\"'":
                c = c[1:-1]
            self.sb.caption(md_inline(c), self.path, lineno)


def _join(lines: Any) -> str:
    out = []
    for t in lines:
        t = t.rstrip()
        if t.endswith("\\") and not t.endswith("\\\\"):
            t = t[:-1]
        out.append(t.strip())
    return " ".join(out)


# --------------------------------------------------------------------------
# authors printed in the body
# --------------------------------------------------------------------------

_BODY_MARK = re.compile(
    r"\^([^^\s]{1,12})\^|<sup>\s*([^<]{1,12}?)\s*</sup>|\$\^\{?([^{}$]{1,12})\}?\$|\$\{\^\{?([^{}$]{1,12})\}?\}\$|"
    r"([¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:[,*†‡][¹²³⁴⁵⁶⁷⁸⁹⁰]*)*|[*†‡]+)"
)
# "1\. Department of ...", "2) Institute of ...": a numbered affiliation line under the names
_LEAD_NUMBER = re.compile(r"^\s*(?:\$\s*(\d{1,2})\s*\$|(\d{1,2})\\?[.)])\s+(?=[A-Z])")
_LEAD_BODY_MARK = re.compile(r"^\s*(?:" + _BODY_MARK.pattern + r")\s*")
_BODY_MARK_AT = re.compile(r"\s*(?:" + _BODY_MARK.pattern + r")\s*")  # the same, matched where a run starts
_LEAD_PAREN_MARK = re.compile(r"^\s*\(([a-z]|\d{1,2})\)\s+(?=[A-Z\u00c0-\u024f])")


# a mark that opens a keyed place inside a line (not a bare "*", which may be emphasis)
_INNER_MARK = re.compile(
    r"(?:^|(?<=[,;\\])|(?<=[,;\\]\s))\s*(?:\^[^^\s]{1,12}\^|<sup>\s*[^<]{1,12}?\s*</sup>|\$\^\{?[^{}$]{1,12}\}?\$|\$\{\^\{?[^{}$]{1,12}\}?\}\$)"
    # (after a space only before a word: "... Brazil $^{2}$Programa", not "the $^{13}$C label")
    r"|(?<=\s)(?:\^[^^\s]{1,12}\^|<sup>\s*[^<]{1,12}?\s*</sup>|\$\^\{?[^{}$]{1,12}\}?\$|\$\{\^\{?[^{}$]{1,12}\}?\}\$)(?=\s*[A-ZÀ-ÖØ-Þ][a-zß-ÿ])"
)


def _keyed_runs(text: str) -> list[tuple[re.Match[str], str]]:
    """A line of places each after its mark ("^1^ X, ^2^ Y", "$^a$ X; $^b$ Y"):
    (the mark, as ``_LEAD_BODY_MARK`` reads it; the place's text) each."""
    starts = [m.start() for m in _INNER_MARK.finditer(text)] or [0]
    out = []
    for a, b in zip(starts, [*starts[1:], len(text)]):
        lm = _BODY_MARK_AT.match(text, a)
        if lm is not None:
            out.append((lm, text[lm.end() : b]))
    return out


def _mark_keys(m: re.Match[str]) -> list[str]:
    raw = next((g for g in m.groups() if g is not None), "").translate(SUPERSCRIPT_DIGITS)
    raw = re.sub(r"\$[^$]*\$|\\[a-zA-Z]+", " ", raw)  # "2$\dagger$": the key without its symbol
    return [k for k in (x.strip().strip("*†‡＆") for x in re.split(r"[,\s·]+", raw)) if k]


# names each followed by bare numbers ("Kim Park1, Jo Bloggs2, and Ana Li1,2")
_BARE_MARKED = re.compile(r"\s*(?:and\s+|&\s*)?([^\d,;&]+?)\s*(\d{1,2}(?:\s*,\s*\d{1,2})*)\s*\*?\s*(?:[,;]\s*|$)")
_AUTHORS_LINE = re.compile(
    r"^(?:\*\*|__)?(?:(?:(?:list|names?)\s+of\s+(?:the\s+)?)?authors?(?:\s+list)?|by)\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?P<names>[^:]{3,3000})$"
    # "Contributed by A, B and C", "Prepared by A and B"
    r"|^(?:\*\*|__|\*|_)?(?:contributed|prepared|written|compiled)\s+by\s*[:：]?\s*(?:\*\*|__|\*|_)?\s*(?P<names2>[^:]{3,3000})$",
    re.I,
)


def _store_marked_affiliations(text: str, keyed: dict[str, str]) -> None:
    """Affiliations printed after their marks, possibly several on one line
    ("^1^ Example University; ^2^ Example Institute"), by mark. A line
    that does not start with a mark is names, not places."""
    # a mark set in TeX inside the Markdown: "\bf{1} School of ...", "\textsuperscript{2} Institute of ..."
    # (at the start, or after a TeX line break: one paragraph may hold several places)
    text = re.sub(r"(^\s*|\\\\\s*)\\(?:bf|textbf|textsuperscript)\s*\{([\w*†‡]{1,4})\}", lambda m: ("" if m.group(1).strip() else m.group(1)) + f"^{m.group(2)}^", text)
    pm = _LEAD_PAREN_MARK.match(text)
    if pm:
        # "(a) Centre d'Ecologie ...": a mark in brackets
        aff = md_inline(text[pm.end() :]).strip(" ,;\\")
        if aff and not find_email(aff) and looks_like_place(aff):  # (not an enumerated point in the text)
            keyed.setdefault(pm.group(1), aff)
        return
    if not _LEAD_BODY_MARK.match(re.sub(r"^[*_\s]+", "", text)):
        return
    # (marks as "$^{2}$" start a place after a line break or a separator: "...Brazil\ $^{2}$Programa ...")
    runs = [text[m.start() : m.end()] + run for m, run in _keyed_runs(text)] or [text]
    for piece in (p for run in runs for p in re.split(r"(?=(?:\^[^^\s]{1,12}\^|<sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]))", run)):
        m = _LEAD_BODY_MARK.match(piece)
        if m:
            aff = md_inline(piece[m.end() :]).strip(" ,;\\")  # (a backslash ending a line is a line break)
            for k in _mark_keys(m):
                if aff and not find_email(aff):
                    keyed.setdefault(k, aff)


def _apply_keyed(authors: list[AuthorDraft], keyed: dict[str, str]) -> None:
    """Give each author the affiliations their marks point to."""
    for a in authors:
        for k in a.aff_keys:
            if k in keyed:
                a.add_affiliation(keyed[k])


def _text_lines(lines: list[str], start: int, count: int) -> list[int]:
    """The indexes of the first ``count`` lines from ``start`` that are not
    inside a code chunk (within 5,000 lines)."""
    out: list[int] = []
    fence = False
    for k in range(start, min(len(lines), start + 5000)):
        if re.match(r"\s*(?:```|~~~)", lines[k]):
            fence = not fence
            continue
        if not fence:
            out.append(k)
            if len(out) >= count:
                break
    return out


def _body_authors(lines: list[str], start: int, path: str, *, titled: bool = False) -> tuple[str | None, list[AuthorDraft]]:
    """Authors printed under the title (a Word document saved as
    Markdown): a line of names carrying superscript markers, then
    affiliation lines that start with those markers. With ``titled`` (the
    front matter gave the title), the body's first paragraph stands under
    the title as a heading's would."""
    paras: list[tuple[int, str]] = []
    title: str | None = None
    i = start
    # the first 200 lines of text, the code chunks between them not counted (an R Markdown set-up
    # chunk of hundreds of lines before the title block), and never past 5,000 lines
    n = min(len(lines), start + 200)
    hard = min(len(lines), start + 5000)
    buf: list[str] = []
    first = 0
    fence = False
    raw_tex = False
    while i < n:
        ln = lines[i]
        i += 1
        if fence and n < hard:
            n += 1
        if re.match(r"\s*(?:```|~~~)", ln):
            if raw_tex:
                raw_tex = False  # the end of a raw TeX block
            elif re.match(r"\s*(?:```|~~~)\s*\{=(?:tex|latex)\}\s*$", ln):
                raw_tex = True  # "```{=tex}": a title block written in TeX is still the title block
            else:
                fence = not fence  # code chunks (R Markdown set-up) are not the title block
            if buf:  # a block's edge ends a paragraph
                paras.append((first, " ".join(buf)))
                buf = []
            continue
        if fence or _LAYOUT_ONLY.fullmatch(ln):
            continue
        if raw_tex and re.fullmatch(r"\s*\\(?:begin|end)\{(?:center|flushleft|flushright|minipage)\}(?:\{[^{}]*\})?\s*", ln):
            continue
        m = _ATX.match(ln)
        if m and (m.group(2) or "").strip():
            if title is None and not buf and len(m.group(1)) == 1 and all(ARTICLE_TYPE.match(md_inline(t).strip(" *_")) for _, t in paras):
                # (a line over it that only says what kind of article this is, "Article", is no part of the block)
                title = md_inline(m.group(2))
                paras = []
                continue
            if title is not None and not paras and not buf and re.match(r"(?:\*\*|__)?(?:running\s+(?:title|head)|short\s+title)\b", m.group(2).strip(), re.I):
                continue  # "## Running Title: ..." under the title: not yet the body
            break
        if ln.strip() and i < len(lines) and re.fullmatch(r" {0,3}(?:=+|-+)\s*", lines[i]) and not buf:
            # a setext heading ("Title" over "====="): the title first, any later one ends the block
            if title is None and not paras and lines[i].strip().startswith("="):
                title = md_inline(ln.strip())
                i += 1
                continue
            break
        if re.fullmatch(r"\s*(?:\\newline|\\\\|<br\s*/?>)\s*", ln):
            # a forced line break alone on its line ("\newline" under the names) ends a paragraph
            if buf:
                paras.append((first, " ".join(buf)))
                buf = []
            continue
        if ln.strip():
            if not buf:
                first = i
            buf.append(ln.strip())
        elif buf:
            paras.append((first, " ".join(buf)))
            buf = []
        if len(paras) >= 10:
            break
    if buf:
        paras.append((first, " ".join(buf)))
    authors: list[AuthorDraft] = []
    keyed: dict[str, str] = {}
    labelled = False
    for k in _text_lines(lines, start, 60):
        if _AUTHORS_HEADING.match(lines[k].strip()) and not lines[k].lstrip().startswith("#"):
            return title, []  # "**Authors:**" over one author a line: read as an authors section
        head = lines[k].strip()
        lm = _AUTHORS_LINE.match(head)
        if lm:
            # "Authors: A, PhD (1); B, MD" wrapped onto the next line "(2,3); C, MD (2,3)": one line of names
            for q in range(k + 1, min(len(lines), k + 4)):
                nxt = lines[q].strip()
                if not nxt or head.endswith(".") or nxt.startswith("#") or AFFILIATIONS_LABEL.match(nxt) or LABELLED_PLACES.match(md_inline(nxt)) or re.match(r"(?:\^|\$|\d{1,2}[.)]\s|<sup>|\*\*[^*]+:)", nxt):
                    break
                head = f"{head} {nxt}"
            lm = _AUTHORS_LINE.match(head)
        # ("Authors: Kim Park (1) MPhil, Jo Bloggs (2) Associate Professor": numbers in brackets are marks)
        marked_names = bracketed_numbers_as_marks(lm.group("names") or lm.group("names2"), "^", "^") if lm else ""
        if lm and _names_with_marks(marked_names):
            # "**Authors:** A^1^, B^2^": the names with their marks; the affiliations follow below
            for name, keys in _names_with_marks(marked_names):
                a = AuthorDraft(name=name, path=path, line=k + 1)
                a.aff_keys = [x for x in keys if x != "*"]
                a.corresponding = "*" in keys
                authors.append(a)
            labelled = True
            break
        if lm:
            listed = md_inline(_BODY_MARK.sub(" ", lm.group("names") or lm.group("names2"))).strip()
            if ")" in listed:  # "Authors: Kim Park (Example University), Jo Bloggs (Example Institute)"
                authors = _names_with_places(listed, path, k + 1)
                if authors:
                    return title, authors
            marked = _BARE_MARKED.findall(listed)
            if marked and all(looks_like_name(nm.strip()) for nm, _ in marked) and "".join(_BARE_MARKED.sub("", listed).split()) == "":
                # "Authors: Kim Park1, Jo Bloggs2, Ana Li1,2" over "Affiliations: 1) X, 2) Y" (a submission form)
                for nm, keys in marked:
                    a = AuthorDraft(name=nm.strip(), path=path, line=k + 1)
                    a.aff_keys = re.findall(r"\d+", keys)
                    authors.append(a)
                for q in range(k + 1, min(len(lines), k + 9)):
                    lp = LABELLED_PLACES.match(md_inline(lines[q].strip()))
                    if lp:
                        for keys_, place in labelled_places(lp.group("places"), [x for a in authors for x in a.aff_keys]):
                            for a in authors:
                                if set(keys_) & set(a.aff_keys) or not keys_:
                                    a.add_affiliation(place)
                        break
                return title, authors
            for nm in split_name_list(listed):
                nm = _clean_person(nm)
                if nm and looks_like_name(nm) and not is_collaboration(nm):
                    authors.append(AuthorDraft(name=nm, path=path, line=k + 1))
            if authors:
                return title, authors
    for line_no, text in paras:
        if labelled and _AUTHORS_LINE.match(text):
            continue
        if not authors:
            found = _names_with_marks(text)
            if found:
                for name, keys in found:
                    a = AuthorDraft(name=name, path=path, line=line_no)
                    a.aff_keys = [k for k in keys if k != "*"]
                    a.corresponding = "*" in keys
                    authors.append(a)
            continue
        lp = LABELLED_PLACES.match(md_inline(text))
        if lp:
            # "Affiliations: 1) X, 2) Y" after "Authors: A1, B2" (a submission form)
            for keys, place in labelled_places(lp.group("places"), [k for a in authors for k in a.aff_keys]):
                for k in keys or ["1"]:
                    keyed.setdefault(k, place)
            continue
        # affiliation lines, possibly several in one paragraph
        num = _LEAD_NUMBER.match(text)
        if num:
            # (a numbered list of places is one paragraph: "1. X 2. Y", each item after its number)
            for item in re.split(r"\s+(?=\d{1,2}\\?[.)]\s+[A-Z])", text):
                im = _LEAD_NUMBER.match(item)
                aff = md_inline(item[im.end() :]).strip(" ,;") if im else ""
                if im and aff and not find_email(aff):
                    keyed.setdefault(im.group(1) or im.group(2), aff)
            continue
        _store_marked_affiliations(text, keyed)
    if not authors:
        # one author a line, each with an e-mail address and then where they work
        # ("Kim Park, kim@example.org Department of X, Example University; Institute of Y")
        for k in range(start, min(len(lines), start + 60)):
            run = []
            for q in range(k, min(len(lines), k + 60)):
                if not lines[q].strip() and run:
                    continue  # (blank lines between them)
                em = _NAME_MAIL_PLACE.match(lines[q].strip())
                if not em or not looks_like_name(_clean_person(em.group("name"))):
                    break
                run.append((q, em))
            if len(run) >= 2:
                for q, em in run:
                    a = AuthorDraft(name=_clean_person(em.group("name")), path=path, line=q + 1)
                    a.email = em.group("email").strip(".,;")
                    for place in re.split(r"\s*;\s*", md_inline(em.group("place"))):
                        if place.strip(" ,."):
                            a.add_affiliation(place.strip(" ,."))
                    authors.append(a)
                break
    if not authors:
        authors = _nested_author_items(lines, start, path)
    if not authors and (title is not None or titled) and paras:
        # "# Title" (or a title in the front matter) then a plain line of names ("Kim Park, Jo Bloggs and Ana Li"), then where they work
        line_no, text = paras[0]
        text = re.sub(r"^(?:\*\*|__|\*|_)?(?i:by)\s+(?=[A-Z])", "", text)  # a byline: "By Kim Park and Jo Bloggs"
        names = [_clean_person(n) for n in split_name_list(md_inline(text))] if len(text) < 600 and not re.search(r"[.!?]\s*$", text.rstrip("*_ ")) or re.search(r"\b[A-Z]\.$", text.strip()) else []
        if len(names) >= 2 and all(n and looks_like_name(n) and not is_collaboration(n) for n in names):
            place = md_inline(paras[1][1]).strip() if len(paras) > 1 else ""
            for n in names:
                a = AuthorDraft(name=n, path=path, line=line_no)
                if place and looks_like_place(place) and len(place) < 300 and not running_text(place):
                    a.add_affiliation(place)  # (not the text's opening: "In 2004, a scientist from the X Institute was ...")
                authors.append(a)
        elif ")" in text and len(text) < 600:
            # "Kim Park (Example University), Jo Bloggs (Example Institute)": each name with its place in brackets
            found = _names_with_places(md_inline(text), path, line_no)
            if found and all(a.affiliations and all(looks_like_place(x) for x in a.affiliations) for a in found):
                authors.extend(found)
    _apply_keyed(authors, keyed)
    return (title if authors else None), authors


_TOP_ITEM = re.compile(r"^(?:\d{1,2}[.)]|[-*+])\s+(?P<text>\S.*?)\s*$")
_NESTED_ITEM = re.compile(r"^(?: {2,}|\t+)(?:[-*+]|\d{1,2}[.)])\s+(?P<text>\S.*?)\s*$")


def _nested_author_items(lines: list[str], start: int, path: str) -> list[AuthorDraft]:
    """A list at the top of the body, before its first heading, one author
    an item with their details nested under the name ("1. Kim Park" over
    "- kim@example.org", "- orcid.org/0000-...", "- Corresponding author",
    "- Example University, Leeds"): each item's name, address, iD and
    places. Code chunks between are skipped; the list needs two authors, or
    one whose details give an address or a place."""
    out: list[AuthorDraft] = []
    cur: AuthorDraft | None = None
    details = 0
    fence = False
    for i in range(start, min(len(lines), start + 2000)):
        ln = lines[i]
        if re.match(r"\s*(?:```|~~~)", ln):
            fence = not fence
            continue
        if fence or not ln.strip():
            continue
        if _ATX.match(ln) or re.match(r"\S", ln) and not _TOP_ITEM.match(ln) and out:
            break  # the first heading, or text that is no list item after the list, ends it
        top = _TOP_ITEM.match(ln)
        if top:
            name = _clean_person(md_inline(top.group("text")))
            if not looks_like_name(name) or find_email(name):
                if out:
                    break
                continue
            cur = AuthorDraft(name=name, path=path, line=i + 1)
            out.append(cur)
            continue
        nested = _NESTED_ITEM.match(ln)
        if nested is None or cur is None:
            if out:
                break
            continue
        text = md_inline(nested.group("text")).strip(" ,;.")
        orcid = normalise_orcid(text) if re.search(r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]", text) else None
        if orcid:
            cur.orcid = orcid
        elif find_email(text):
            cur.email = find_email(text)
        elif re.match(r"(?i)corresponding\b", text):
            cur.corresponding = True
        elif looks_like_place(text):
            cur.add_affiliation(text)
        else:
            continue
        details += 1
    if len(out) >= 2 and details or len(out) == 1 and (out[0].affiliations or out[0].email):
        return out
    return []


_NAME_MAIL_PLACE = re.compile(r"^(?P<name>[^,;:@()\[\]]{3,60}),\s*(?P<email>[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)[,;]?\s+(?P<place>\S.{3,600})$")


_AUTHORS_HEADING = re.compile(
    r"^(?:#{2,6}\s+(?:\*\*)?(?:authors?|list\s+of\s+authors|author\s+list|authors?\s+(?:and|&)\s+affiliations?)(?:\*\*)?\s*:?\s*#*"
    r"|(?:\*\*|__)(?:authors?|list\s+of\s+authors|author\s+list)\s*:?\s*(?:\*\*|__)\s*:?)\s*$",
    re.I,
)
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+")


def _authors_section(lines: list[str], start: int, path: str) -> list[AuthorDraft]:
    """An "Authors" heading near the top with one author an item or a line:
    "- Kim Park, Example University", "Jo Bloggs (Example Institute)",
    "Ana Li^1^" with marked affiliation lines below, or one line of names."""
    for i in range(start, min(len(lines), start + 150)):
        if not _AUTHORS_HEADING.match(lines[i].strip()):
            continue
        out: list[AuthorDraft] = []
        keyed: dict[str, str] = {}
        affils = False  # under an "Affiliations" label: numbered affiliations follow
        fence = False
        for k in range(i + 1, min(len(lines), i + 80)):
            raw = lines[k].strip()
            if re.match(r"(?:```|~~~)", raw):
                fence = not fence  # a code chunk under the heading (one that reads the names from a file)
                continue
            if fence:
                continue
            if out and AFFILIATIONS_LABEL.match(raw):
                affils = True
                continue
            if _ATX.match(raw) and raw.lstrip("#").strip():
                break
            if not raw:
                continue
            if affils:
                if _LEAD_BODY_MARK.match(raw):
                    _store_marked_affiliations(raw, keyed)  # "^1^Example Zoo, Front Royal"
                    continue
                num = _LEAD_NUMBER.match(raw) or re.match(r"^(\d{1,2})[.)]\s+", raw)
                if not num:
                    break
                aff = md_inline(raw[num.end() :]).strip(" ,;")
                if aff:
                    keyed.setdefault(next(g for g in num.groups() if g), aff)
                continue
            numbered = re.match(r"^(\d{1,2})[.)]\s+(\S.*)$", raw)
            if numbered and any(numbered.group(1) in a.aff_keys for a in out):
                # "1. Department of Microbiology, ...": the affiliation the names' marks point to
                aff = md_inline(numbered.group(2)).strip(" ,;")
                if aff:
                    keyed.setdefault(numbered.group(1), aff)
                continue
            item_raw, orcid = split_orcid_note(_LIST_ITEM.sub("", raw).strip())
            if out and _LEAD_BODY_MARK.match(item_raw):
                _store_marked_affiliations(item_raw, keyed)
                continue
            marked = _names_with_marks(item_raw)
            if marked:
                for name, keys in marked:
                    a = AuthorDraft(name=name, path=path, line=k + 1)
                    a.aff_keys = [x for x in keys if x != "*"]
                    a.corresponding = "*" in keys
                    if orcid and len(marked) == 1:
                        a.orcid = orcid
                    out.append(a)
                continue
            item = md_inline(item_raw).strip()
            names = [_clean_person(n) for n in split_name_list(item)]
            # ("Kim Park, Jo Bloggs and Ana Li": names only, each of two words or more, is a list of names, not
            # a name and its place)
            names_only = len(names) >= 2 and all(n and looks_like_name(n) for n in names)
            found = [] if names_only and all(len(n.split()) >= 2 and not looks_like_place(n) for n in names) else _names_with_places(item, path, k + 1)
            if found:
                out.extend(found)
                continue
            if names_only:
                out.extend(AuthorDraft(name=n, path=path, line=k + 1) for n in names)
                continue
            break  # prose, not names: the section ends (or was never a list of authors)
        _apply_keyed(out, keyed)
        return out
    return []


def _names_with_places(item: str, path: str, line: int) -> list[AuthorDraft]:
    """Authors each followed by where they work: "Kim Park, Example
    University", or "Kim Park (Example University), Jo Bloggs (Example
    Institute)". Nothing when any piece is not a name."""
    # (one author and their place after another, parted by semicolons: "Kim Park, X University; Jo Bloggs, ETH Zurich")
    pieces = re.split(r"(?<=\))\s*(?:[,;]\s*(?:and\s+)?|and\s+|&\s*)", item) if ")" in item else re.split(r"\s*;\s*(?:and\s+)?", item)
    found: list[AuthorDraft] = []
    for piece in pieces:
        pm_ = re.match(r"^(?P<name>[^(),;]{3,80}?)\s*(?:\((?P<paren>[^()]{2,300})\)|[,;–—]\s*(?P<rest>.{2,300}))?\s*$", piece)
        name = _clean_person(pm_.group("name")) if pm_ else ""
        if not (pm_ and name and looks_like_name(name) and not is_collaboration(name)):
            return []
        a = AuthorDraft(name=name, path=path, line=line)
        place = (pm_.group("paren") or pm_.group("rest") or "").strip()
        if place:
            a.email = find_email(place)
            place = re.sub(r"[\w.+\-]+@[\w\-.]+", "", place).strip(" ,;")
            if place and (looks_like_place(place) or not looks_like_name(place)):
                a.add_affiliation(place)
        found.append(a)
    return found


_TITLE_LABEL = re.compile(r"^(?:#{1,6}\s+)?(?:\*\*|__)?title(?:\s*\([^()]{0,40}\))?(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)


def _labelled_title(lines: list[str], start: int) -> str | None:
    """A title under a "Title:" label near the top ("#### Title:" over the
    title, or "**Title:** A study"), as a Word template saved as Markdown
    prints it."""
    for i in range(start, min(len(lines), start + 30)):
        m = _TITLE_LABEL.match(lines[i].strip())
        if not m:
            continue
        if m.group("rest").strip():
            return md_inline(m.group("rest")).strip() or None
        for j in range(i + 1, min(len(lines), i + 5)):
            if lines[j].strip():
                return None if _ATX.match(lines[j]) else (md_inline(lines[j].strip()).strip() or None)
        return None
    return None


def _keyed_body_affiliations(lines: list[str], start: int, authors: list[AuthorDraft]) -> None:
    """Front-matter authors marked "Kim Park^1^" whose affiliations are
    printed at the top of the body ("^1^ Example University; ^2^ ...")."""
    want = {k for a in authors if not a.affiliations for k in a.aff_keys}
    if not want:
        return
    keyed: dict[str, str] = {}
    pieces: list[str] = []
    for i in range(start, min(len(lines), start + 150)):
        text = lines[i].strip()
        if _ATX.match(text) and keyed:
            break
        if _ATX.match(text) or not text or _LEAD_BODY_MARK.match(text) or _LEAD_PAREN_MARK.match(text) or not pieces:
            pieces.append(text)
        else:
            pieces[-1] = f"{pieces[-1]} {text}"  # an affiliation run on over the lines below its mark
        if not text or i + 1 == min(len(lines), start + 150):
            for piece in pieces:
                _store_marked_affiliations(piece, keyed)
            pieces = []
    _apply_keyed([a for a in authors if not a.affiliations], keyed)


def _subtitle_authors(meta: dict[str, Any], first_line: int, path: str) -> list[AuthorDraft]:
    """Authors printed in a subtitle (a Quarto or R Markdown paper with no
    author key): a line of marked names, then the marked affiliations,
    kept apart by line breaks."""
    sub = meta.get("subtitle")
    if not isinstance(sub, str) or len(sub) > 5000:
        return []
    parts = [p for p in re.split(r"\\newline|<br\s*/?>|\\\\|\n", re.sub(r"\\(?:raggedright|centering|small|footnotesize)\b", " ", sub)) if p.strip()]
    if not parts:
        return []
    found = _names_with_marks(parts[0].strip())
    if len(found) < 2:
        return []
    keyed: dict[str, str] = {}
    for p in parts[1:]:
        m = _LEAD_BODY_MARK.match(p.strip())
        if m:
            aff = md_inline(p.strip()[m.end() :]).strip(" ,;")
            for k in _mark_keys(m):
                if aff and not find_email(aff) and not re.match(r"(?i)correspond", aff):
                    keyed.setdefault(k, aff)
    out = []
    for name, keys in found:
        a = AuthorDraft(name=name, path=path, line=first_line)
        a.corresponding = "*" in keys
        a.aff_keys = [k for k in keys if k != "*"]  # (places printed in the body are found by them later)
        for k in keys:
            if k in keyed:
                a.add_affiliation(keyed[k])
        out.append(a)
    return out


_PAREN_MARK = re.compile(r"\s\(((?:[a-z]|\d{1,2}|\*)(?:\s*,\s*(?:[a-z]|\d{1,2}|\*))*)\)(?=\s*(?:[,;&]|and\b|$))")


def _names_with_marks(text: str) -> list[tuple[str, list[str]]]:
    """``Jane Doe^1^, John Roe^1,2^*`` -> names with their marker keys, when
    every piece is a name and most carry a marker."""
    if len(text) > 2000:
        return []
    text = re.sub(r"\\([*^_~])", r"\1", text)
    if "\\text" in text or "\\emph" in text:
        # a line of names set in TeX inside the Markdown: "Jane Doe\textsuperscript{1,*}", "\textbf{Ann Lee$^{1}$}"
        text = re.sub(r"\\textsuperscript\{([^{}]{1,16})\}", r"^\1^", text)
        text = re.sub(r"\\(?:textbf|textit|textrm|textsc|emph)\{((?:[^{}]|\{[^{}]*\})*)\}", r"\1", text)
    text = re.sub(r"^\\\s+", "", strip_orcid_notes(text))  # "A^1^ (ORCID: 0000-...), B^2^"
    text = typed_superscripts_as_marks(text, "^", "^")  # "Kim Park¹, Jo Bloggs²,³": marks typed as characters
    if len(_PAREN_MARK.findall(text)) >= 2:
        # "Alain Danet (a,b), Loubna El Madouri (a,c) and Elisa Thébault (e)": marks in brackets
        text = _PAREN_MARK.sub(lambda m: "^" + re.sub(r"[\s,]+", "·", m.group(1)).strip("·") + "^", text)
    # a comma inside a formula is part of a mark ("Baxter${^1}$${^,}$${^2}$"), never a separator
    text = re.sub(r"\$[^$\n]{0,20}\$", lambda m: m.group(0).replace(",", " "), text)
    # and inside a superscript ("Harrop^§,1^", "Din^¶,†,^"): the marks' own commas part no names
    # (an "&" among the marks, "Fitzroy^1&^", is a mark too, never "and" between two names)
    text = re.sub(r"\^[^^\s\[\]]{1,16}\^", lambda m: m.group(0).replace(",", "·").replace("·^", "^").replace("&", "＆"), text)
    out: list[tuple[str, list[str]]] = []
    marked = 0
    for piece in re.split(r"\s*(?<![\d¹²³⁴⁵⁶⁷⁸⁹⁰])[,;]\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text):
        keys: list[str] = []
        for m in _BODY_MARK.finditer(piece):
            keys.extend(_mark_keys(m))
            if "*" in m.group(0):
                keys.append("*")
            if any(g for g in m.groups()):
                marked += 1
        raw = _BODY_MARK.sub(" ", piece)
        if re.search(r"\\[`'^\"~=.a-zA-Z]", raw):
            raw = latex_to_text(raw)  # "Miquel \`{A}ngel Roe": a name spelt with TeX accents
        name = _clean_person(md_inline(raw))
        if name and out and is_degree(name):
            name = ""  # "Jane Doe, PhD^1^": the degree after a name, and its marks, are that name's
        if not name:
            if out and keys:
                out[-1][1].extend(keys)
            continue
        if not looks_like_name(name):
            return []
        out.append((name, keys))
    if not out or marked < max(1, (len(out) + 1) // 2):
        return []
    return out


# --------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------

_PANDOC_TITLE = re.compile(r"^%\s?(.*)$")


def _pandoc_title_block(lines: list[str], path: str) -> tuple[str | None, list[AuthorDraft], int]:
    """A Pandoc ``% title`` / ``% authors`` / ``% date`` block."""
    if not lines or not lines[0].startswith("%"):
        return None, [], 0
    fields: list[tuple[int, str]] = []
    i = 0
    while i < len(lines) and i < 3 and lines[i].startswith("%"):
        fields.append((i + 1, _PANDOC_TITLE.match(lines[i]).group(1)))  # type: ignore[union-attr]
        i += 1
    title = md_inline(fields[0][1]) or None
    authors: list[AuthorDraft] = []
    if len(fields) > 1:
        ln, text = fields[1]
        for nm in split_name_list(md_inline(text)):
            nm = _clean_person(nm)
            if looks_like_name(nm):
                authors.append(AuthorDraft(name=nm, path=path, line=ln))
    return title, authors, i


# the first line of a MultiMarkdown metadata block ("Title: ...", "Author: ..."), pandoc's mmd_title_block
_MMD_FIRST = re.compile(r"^(?:title|author|authors)\s*:\s*\S", re.IGNORECASE)
_MMD_KEY = re.compile(r"^(?P<key>[A-Za-z][A-Za-z0-9 _-]{0,40}):\s*(?P<value>.*)$")


def _mmd_metadata(lines: list[str], path: str) -> tuple[str | None, list[AuthorDraft], int]:
    """A MultiMarkdown metadata block at the top of the file, two keys or
    more up to the first blank line ("Title: ...", "Author: A, B" or one
    name a line, indented): the title, the authors and the index of the
    first body line."""
    if not lines or not _MMD_FIRST.match(lines[0]):
        return None, [], 0
    fields: list[tuple[str, list[tuple[int, str]]]] = []
    i = 0
    while i < len(lines) and i < 200 and lines[i].strip():
        km = _MMD_KEY.match(lines[i])
        if km is not None and not lines[i][:1].isspace():
            fields.append((km.group("key").strip().lower(), [(i + 1, km.group("value"))]))
        elif lines[i][:1].isspace() and fields:
            fields[-1][1].append((i + 1, lines[i]))
        else:
            return None, [], 0  # not a metadata block after all
        i += 1
    if len(fields) < 2:
        return None, [], 0  # one labelled line alone ("Authors: A1, B2" of a form) is read as the body's
    title = next((md_inline(" ".join(v for _, v in vals)).strip() or None for k, vals in fields if k == "title"), None)
    authors: list[AuthorDraft] = []
    for key, vals in fields:
        if key not in ("author", "authors"):
            continue
        for ln, text in vals:
            for nm in split_name_list(md_inline(text.strip())):
                nm = _clean_person(nm)
                if looks_like_name(nm):
                    authors.append(AuthorDraft(name=nm, path=path, line=ln))
    return title, authors, i


# a line of TeX commands that only lay the page out ("\\pagenumbering{arabic}", "\\linenumbers",
# "\\doublespacing", "\\vspace{30mm}"): pandoc passes them to TeX; they are no part of the title block
_LAYOUT_ONLY = re.compile(
    r"\s*(?:\\(?:vspace|hspace|newpage|clearpage|cleardoublepage|pagebreak|linenumbers|nolinenumbers|modulolinenumbers|noindent|"
    r"bigskip|medskip|smallskip|pagenumbering|pagestyle|thispagestyle|doublespacing|onehalfspacing|singlespacing|setstretch|"
    r"raggedright|raggedleft|centering|flushbottom|onecolumn|twocolumn|setlength|setcounter)\b\*?(?:\[[^\]]*\])?(?:\{[^{}]*\})*\s*)+"
)


_MANUBOT_ENTRY = re.compile(r"^[+*-]\s+\*\*(?P<name>[^*]{2,120})\*\*\s*(?:<br\s*/?>\s*)*$")


def _manubot_author_block(lines: list[str], start: int, authors: list[AuthorDraft], path: str) -> None:
    """A Manubot manuscript's rendered author list ("## Authors" with
    "+ **Jane Doe**<br>", an ORCID link and the affiliations in
    ``<small>``): the authors, their ORCID iDs and affiliations."""
    i = start
    n = len(lines)
    while i < n and not re.match(r"^#{1,3}\s+Authors\s*$", lines[i].strip(), re.I):
        i += 1
        if i - start > 400:
            return
    if i >= n:
        return
    entries: list[tuple[str, int, list[str]]] = []
    j = i + 1
    while j < n and not re.match(r"^#{1,3}\s", lines[j]):
        m = _MANUBOT_ENTRY.match(lines[j].strip())
        if m:
            entries.append((m.group("name").strip(), j + 1, []))
        elif entries:
            entries[-1][2].append(lines[j])
        j += 1
    if not entries:
        return
    by_name = {a.name: a for a in authors}
    rebuilt: list[AuthorDraft] = []
    for name, line, block in entries:
        name = _clean_person(html.unescape(name))
        if is_collaboration(name) or not looks_like_name(name):
            continue  # (and not "{{author.name}}": the unrendered template's field)
        a = by_name.get(name) or AuthorDraft(name=name, path=path, line=line)
        a.line = a.line or line
        text = "\n".join(block)
        if not a.orcid:
            a.orcid = normalise_orcid(re.search(r"orcid\.org/([0-9X-]{19})", text).group(1)) if re.search(r"orcid\.org/([0-9X-]{19})", text) else None
        small = re.search(r"<small>(.*?)</small>", text, re.S)
        if small and not a.affiliations:
            body = re.sub(r"<[^>]+>", " ", small.group(1))
            body = re.split(r"\s·\s", body)[0]
            for aff in re.split(r"\s*;\s*", " ".join(body.split())):
                if aff and not re.match(r"^(?:Funded by|Present address|✉)", aff, re.I):
                    a.add_affiliation(html.unescape(aff))
        rebuilt.append(a)
    if rebuilt:
        authors[:] = rebuilt


def is_manubot_content(folder: Path) -> bool:
    """A Manubot ``content/`` folder: ``metadata.yaml`` beside numbered
    Markdown sections."""
    try:
        return folder.is_dir() and (folder / "metadata.yaml").is_file() and any(p.suffix == ".md" for p in folder.iterdir())
    except OSError:
        return False


PROJECT_FILES = ("_quarto.yml", "_quarto.yaml", "_bookdown.yml")
_CHAPTER_SUFFIXES = (".qmd", ".rmd", ".md")
MAX_PROJECT_CONFIG_BYTES = 1_000_000


def _config(folder: Path, name: str) -> dict[str, Any] | None:
    path = folder / name
    try:
        if not path.is_file() or path.stat().st_size > MAX_PROJECT_CONFIG_BYTES:
            return None
    except OSError:
        return None
    text = read_text(path, what="YAML project file")
    # a metadata file written as a front matter, between "---" lines
    block = re.match(r"\A\ufeff?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*$", text, re.S | re.M)
    meta, _ = _load_yaml(block.group(1) if block else text)
    return meta if isinstance(meta, dict) else None


def _chapter_list(value: Any) -> list[str]:
    """File names from a Quarto ``chapters``/``appendices`` list or a
    bookdown ``rmd_files`` entry (parts are ``{part: file, chapters: [...]}``)."""
    out: list[str] = []
    if isinstance(value, dict):  # bookdown: rmd_files: {html: [...], latex: [...]}
        value = value.get("latex") or value.get("html") or next(iter(value.values()), [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return out
    for item in value[:500]:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            part = item.get("part")
            if isinstance(part, str) and part.lower().endswith(_CHAPTER_SUFFIXES):
                out.append(part)
            out.extend(_chapter_list(item.get("chapters")))
    return out


def _text_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.suffix.lower() in _CHAPTER_SUFFIXES and p.is_file() and not p.name.startswith((".", "_")))
    except OSError:
        return []


def _bookdown_site(index: Path) -> bool:
    """A bookdown book without ``_bookdown.yml``: its ``index.Rmd`` front
    matter says ``site: bookdown::bookdown_site``."""
    try:
        if not index.is_file():
            return False
        with index.open("rb") as fh:
            head = fh.read(16384)
    except OSError:
        return False
    return b"bookdown::bookdown_site" in head


def project_kind(folder: Path) -> str | None:
    """``manubot``, ``quarto`` (a Quarto book or manuscript project),
    ``bookdown``, or ``sections`` (one section a numbered file, "01_abstract.md",
    "02_introduction.md", with no project file) when ``folder`` holds one
    Markdown paper written as several files; None otherwise."""
    if is_manubot_content(folder):
        return "manubot"
    try:
        if not folder.is_dir():
            return None
        if (folder / "_bookdown.yml").is_file() or _bookdown_site(folder / "index.Rmd"):
            return "bookdown"
        names = [n for n in ("_quarto.yml", "_quarto.yaml") if (folder / n).is_file()]
    except OSError:
        return None
    if names:
        # a book or a manuscript is one paper; a website or a default
        # project is a folder of documents, each read on its own
        cfg = _config(folder, names[0]) or {}
        project = cfg.get("project") if isinstance(cfg.get("project"), dict) else {}
        if project.get("type") in ("book", "manuscript") or isinstance(cfg.get("book"), dict) or isinstance(cfg.get("manuscript"), dict):
            return "quarto"
        return None
    if _numbered_sections(folder):
        return "sections"
    return None


# a file of a paper written one section a file, numbered in reading order: "01_abstract.md",
# "04_results-2.md", "3-methods.qmd"
_NUMBERED = re.compile(r"^(\d{1,3})(?:[._\- ]|(?=[^\W\d_]))")
_SECTION_NAME = re.compile(
    r"abstract|summary|intro|background|method|material|result|discussion|conclu|acknowledg|declaration|contribution|funding|reference|appendix|supplement",
    re.IGNORECASE,
)
# the files of such a folder read before its sections: the title and authors
_FRONT_NAMES = ("title", "front", "front-matter", "frontmatter", "front_matter", "metadata", "header", "authors")


def _numbered_sections(folder: Path) -> list[Path]:
    """The numbered section files of a folder that holds one paper written a
    section a file (at least three of them, two or more named as sections of
    a paper, and most of the folder's text files), in reading order; empty
    otherwise (a folder of numbered papers is a folder of papers)."""
    files = _text_files(folder)
    numbered = [p for p in files if _NUMBERED.match(p.name)]
    if len(numbered) < 3 or len(numbered) * 3 < len(files) * 2:
        return []
    if sum(1 for p in numbered if _SECTION_NAME.search(p.stem)) < 2:
        return []
    return sorted(numbered, key=lambda p: (int(_NUMBERED.match(p.name).group(1)), p.name))  # type: ignore[union-attr]


def project_root_of(path: Path, stop: Path | None = None) -> Path | None:
    """The Quarto or bookdown project, or the folder of numbered sections,
    a file belongs to (the nearest such folder above it, up to ``stop``),
    so that a changed chapter or section is checked as the paper it is part
    of."""
    try:
        folder = path.resolve().parent
        stop = stop.resolve() if stop is not None else None
    except (OSError, RuntimeError):
        return None
    for _ in range(6):
        if project_kind(folder) in ("quarto", "bookdown", "sections", "manubot"):
            return folder
        if folder == stop or folder.parent == folder:
            return None
        folder = folder.parent
    return None


def _project_metadata_beside(path: Path) -> tuple[dict[str, Any], str]:
    """The authors, affiliations and title a project file gives the papers
    in its folder: Quarto's ``_quarto.yml`` (at its top, or under
    ``book``/``manuscript``) and ``_metadata.yml`` (a folder's shared front
    matter), and MyST's ``myst.yml`` (under ``project``), beside the file or
    one folder up; a pandoc metadata file (``metadata.yaml``, passed with
    ``--metadata-file``) beside it; the file's name as well."""
    keys = ("title", "author", "authors", "affiliations", "institute")
    folder = path.resolve().parent
    for up, here in enumerate((folder, folder.parent)):
        names = ("_quarto.yml", "_quarto.yaml", "myst.yml", "_metadata.yml", "_metadata.yaml")
        if up == 0:
            names += ("metadata.yaml", "metadata.yml", ".metadata.yaml", ".metadata.yml")
        for name in names:
            cfg = _config(here, name)
            if not cfg:
                continue
            scopes = [cfg.get("project")] if name == "myst.yml" else [cfg, cfg.get("book"), cfg.get("manuscript")]
            for scope in scopes:
                if isinstance(scope, dict) and (scope.get("authors") or scope.get("author")):
                    return {k: scope[k] for k in keys if k in scope}, "../" * up + name
    return {}, ""


def _project_plan(folder: Path, kind: str) -> tuple[list[str], dict[str, Any]]:
    """The files a Quarto or bookdown project renders as its paper, in
    order, and project-level metadata (a Quarto book's title and authors)."""
    meta: dict[str, Any] = {}
    names: list[str] = []
    if kind == "quarto":
        cfg = _config(folder, "_quarto.yml") or _config(folder, "_quarto.yaml") or {}
        book = cfg.get("book") if isinstance(cfg.get("book"), dict) else None
        manuscript = cfg.get("manuscript") if isinstance(cfg.get("manuscript"), dict) else {}
        if book is not None:
            names = _chapter_list(book.get("chapters")) + _chapter_list(book.get("appendices"))
            meta = {k: v for k, v in book.items() if k in ("title", "author", "authors", "affiliations", "institute")}
        elif isinstance(manuscript.get("article"), str):
            names = [manuscript["article"]]
        for k in ("title", "author", "authors", "affiliations", "institute"):
            if k in cfg and k not in meta:
                meta[k] = cfg[k]
    elif kind == "sections":
        front = [p.name for p in _text_files(folder) if p.stem.lower() in _FRONT_NAMES]
        names = front[:1] + [p.name for p in _numbered_sections(folder)]
        meta = _section_files_metadata(folder, names)
    else:
        cfg = _config(folder, "_bookdown.yml") or {}
        names = _chapter_list(cfg.get("rmd_files"))
        if not names:
            files = [p.name for p in _text_files(folder) if p.suffix.lower() == ".rmd"]
            names = sorted(files, key=lambda n: (n.lower() != "index.rmd", n))
    if not names:
        files = _text_files(folder)
        index = [p.name for p in files if p.stem.lower() == "index"]
        names = index or ([files[0].name] if len(files) == 1 else [])
    return names, meta


def _section_files_metadata(folder: Path, names: list[str]) -> dict[str, Any]:
    """The title and authors of a paper written a section a file, from the
    first of its files whose front matter names authors ("00authors.Rmd"
    after a "00a.Rmd" that sets only the output): pandoc merges every file's
    metadata block into the one paper."""
    for name in names[:6]:
        try:
            lines = read_text(folder / name, what="Markdown text").split("\n")
        except TechcostError:
            continue
        fm, _, _ = _front_matter(lines)
        if fm is None:
            continue
        meta, _ = _load_yaml(fm)
        if isinstance(meta, dict) and (meta.get("author") or meta.get("authors")):
            return {k: meta[k] for k in ("title", "author", "authors", "affiliations", "affiliation", "institute") if k in meta}
    return {}


def parse_project(folder: Path, *, display_path: str, lexicons: dict | None = None) -> Manuscript:
    """A paper written as a folder: a Manubot ``content/`` folder, a Quarto
    project (a manuscript's article, a book's chapters), a bookdown book
    (``rmd_files``, or its R Markdown files with ``index.Rmd`` first) or a
    folder of numbered sections (a title file first, if there is one)."""
    kind = project_kind(folder)
    if kind == "manubot":
        return _parse_manubot(folder, display_path=display_path, lexicons=lexicons)
    if kind is None:
        raise NotUnderstood("is a folder that is not a Manubot, Quarto or bookdown project")
    names, meta = _project_plan(folder, kind)
    if not names:
        raise NotUnderstood(f"is a {'Quarto' if kind == 'quarto' else 'bookdown'} project that names no file to render as the paper (and has no index file)")
    root = folder.resolve()
    first, reason = resolve_inside(root, root, names[0])
    if first is None:
        raise NotUnderstood(f"is a project whose first file {names[0]!r} cannot be read: {reason}")
    return _parse(
        first,
        display_path=display_path,
        lexicons=lexicons,
        project=(root, names[1:], meta),
    )


def _parse_manubot(folder: Path, *, display_path: str, lexicons: dict | None = None) -> Manuscript:
    """A Manubot manuscript checked as its ``content/`` folder: the front
    matter from ``metadata.yaml`` (authors with ORCID iDs, affiliations and
    CRediT contributions), the text from the section files in name order,
    each located in its own file."""

    meta_path = folder / "metadata.yaml"
    text = read_text(meta_path, what="YAML metadata")
    meta, author_lines = _load_yaml(text)
    disp_meta = posixpath.join(display_path, "metadata.yaml")
    title = _title(meta) if meta else None
    authors, collabs = _authors(meta, author_lines, 1, disp_meta) if meta else ([], [])
    sections_files = sorted(p for p in folder.iterdir() if p.suffix == ".md" and p.is_file())
    includes = _Includes(meta_path, disp_meta)
    includes.base = PurePosixPath(display_path)
    includes.parts = []
    root = _Body([], 0, disp_meta, includes=includes, file=meta_path)
    for p in sections_files:
        root.include(p.name, 1)
    sections = root.sb.sections()
    sections = promote_closing_acknowledgements(sections)
    if not authors:
        t3, authors = authors_listed_in_sections(sections, disp_meta)
        title = t3 or title  # (a metapaper's title is a section headed "Title")
    if not title and not authors and not sections:
        raise NotUnderstood("holds no title, authors, headings or text that could be read as a paper")
    places_in_labelled_note(authors, (b.text for s in sections for b in s.blocks))
    places_in_with_notes(authors, sections)
    authors = without_stand_ins(authors)
    contrib_text = apply_section_statements(authors, sections)
    return Manuscript(
        path=display_path,
        format="markdown",
        title=title,
        authors=[a.to_model() for a in authors],
        collaborations=collabs,
        sections=sections,
        contribution_statement_text=contrib_text,
        comments=root.comments,
        parts=[disp_meta, *includes.parts],
        notes=list(includes.notes),
    )


_PAPER_HEADING = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:abstract|summary|introduction|background|results?|discussion|conclusions?|references|bibliography|"
    r"materials?(?:\s+and\s+methods)?|methods?|methodology|experimental|supplementary|figures?|tables?)\b",
    re.I,
)


def looks_like_paper(m: Manuscript) -> bool:
    """A paper, not a README, a list of sources or notes: it has authors,
    a section papers have (acknowledgements, methods, funding, contributions,
    data availability), or two headings papers use (Abstract, Introduction,
    Results, References, ...)."""
    if m.authors:
        return True
    if any(s.kind != "other" for s in m.sections):
        return True
    heads = sum(1 for s in m.sections if s.heading and _PAPER_HEADING.match(s.heading))
    return heads >= 2 or (bool(m.title) and heads >= 1)


def parse(path: Path, *, display_path: str, lexicons: dict | None = None, as_paper: bool = True) -> Manuscript:
    """Read a Markdown, R Markdown or Quarto paper.

    Raises ``InputFileError`` for binary or undecodable files,
    ``LimitExceeded`` for oversized or alias-expanding front matter, and
    ``NotUnderstood`` when neither metadata nor text is found, or (with
    ``as_paper``) when the document is not a paper (``looks_like_paper``)."""
    m = _parse(path, display_path=display_path, lexicons=lexicons)
    if as_paper and not looks_like_paper(m):
        raise NotUnderstood("is a Markdown document but not a paper: it has no authors, abstract or paper sections (methods, results, acknowledgements, references)")
    return m


def _parse(
    path: Path,
    *,
    display_path: str,
    lexicons: dict | None = None,
    project: tuple[Path, list[str], dict[str, Any]] | None = None,
) -> Manuscript:
    """Read one Markdown file, or, with ``project`` (its root folder, the
    files rendered after this one, project metadata), the paper a Quarto or
    bookdown project makes of its files; ``display_path`` is then the
    folder's."""
    text = read_text(path, what="Markdown text")
    lines = text.split("\n")
    if project is not None:
        root, rest, project_meta = project
        includes = _Includes(path, display_path, root=root)
        main_disp = includes.display(path.resolve())
        includes.parts = [main_disp]
    else:
        rest, project_meta = [], {}
        includes = _Includes(path, display_path)
        main_disp = display_path
    title: str | None = None
    authors: list[AuthorDraft] = []
    collabs: list[str] = []
    statements: list[tuple[str, str, str, int | None]] = []
    meta_ok: dict[str, Any] | None = None
    fm, first_line, body_start = _front_matter(lines)
    if fm is not None:
        meta, author_lines = _load_yaml(fm)
        meta_ok = meta if isinstance(meta, dict) else None
        if meta is None:
            title, authors = _loose_front_matter(fm, first_line, main_disp)
        else:
            title = _title(meta)
            authors, collabs = _authors(meta, author_lines, first_line, main_disp)
            date_place = place_in_date(_plain(meta["date"])) if isinstance(meta.get("date"), str) else None
            if date_place and authors and not any(a.affiliations or a.aff_keys for a in authors):
                for a in authors:  # "date: Department of Biology, University of X": the place, where the date goes
                    a.add_affiliation(date_place)
            if not authors:
                authors = _subtitle_authors(meta, first_line, main_disp)
            statements = _meta_statements(meta, author_lines, first_line)
    elif lines and lines[0].startswith("%"):
        title, authors, body_start = _pandoc_title_block(lines, main_disp)
    elif lines and _MMD_FIRST.match(lines[0]):
        title, authors, body_start = _mmd_metadata(lines, main_disp)
    if not authors and meta_ok:
        t4, authors, collabs = _included_title_page(pandoc_includes(meta_ok), path, includes)
        title = title or t4
    if not project_meta and not authors and project is None:
        # a file of a Quarto or MyST project whose authors are in the project's file
        # (_quarto.yml, myst.yml), beside it or one folder up
        project_meta, cfg_name = _project_metadata_beside(path)
        cfg_disp = posixpath.normpath(posixpath.join(posixpath.dirname(display_path), cfg_name))
    else:
        cfg_disp = posixpath.join(display_path, "_quarto.yml")
    if project_meta and not authors:  # a Quarto book's authors are in _quarto.yml
        authors, collabs = _authors(project_meta, {}, 1, cfg_disp)
        title = title or _title(project_meta)
    if not authors:
        t2, authors = _body_authors(lines, body_start, main_disp, titled=bool(title))
        title = title or t2
    if not authors:
        authors = _authors_section(lines, body_start, main_disp)
    title = title or _labelled_title(lines, body_start)
    _keyed_body_affiliations(lines, body_start, authors)
    _manubot_author_block(lines, body_start, authors, main_disp)
    body = _Body(lines, body_start, main_disp, includes=includes, file=path.resolve())
    body.run()
    for name in rest:  # the project's later chapters, in render order
        body.include(name, 1, base=includes.root)
    for kind, heading, text, line in statements:
        body.sb.begin_env(heading, kind, main_disp, line)
        body.sb.add(text, main_disp, line, None, labels=False)
        body.sb.end_env()
    sections = body.sb.sections()
    sections = promote_closing_acknowledgements(sections)
    if not authors:
        t3, authors = authors_listed_in_sections(sections, main_disp)
        title = t3 or title  # (a metapaper's title is a section headed "Title")
    if not title and not authors and not sections and not body.comments:
        raise NotUnderstood("holds no title, authors, headings or text that could be read as a paper")
    places_in_labelled_note(authors, (b.text for s in sections for b in s.blocks))
    places_in_with_notes(authors, sections)
    authors = without_stand_ins(authors)
    contrib_text = apply_section_statements(authors, sections)
    return Manuscript(
        path=display_path,
        format="markdown",
        title=title,
        authors=[a.to_model() for a in authors],
        collaborations=collabs,
        sections=sections,
        contribution_statement_text=contrib_text,
        comments=body.comments,
        parts=includes.parts if (len(includes.parts) > 1 or project is not None) else [],
        notes=list(includes.notes),
    )


def _included_title_page(names: list[str], path: Path, includes: _Includes) -> tuple[str | None, list[AuthorDraft], list[str]]:
    """The title, authors and collaborations of the first LaTeX file among a
    front matter's pandoc includes that names authors (a title page set in
    LaTeX), read from inside the paper's folder tree only."""
    from ..errors import TechcostError
    from .latex import title_page

    for name in names:
        if not name.lower().endswith((".tex", ".latex", ".sty")):
            continue  # (a header of LaTeX kept as a package: "in_header: preamble.sty")
        target, reason = resolve_inside(includes.root, path.resolve().parent, name)
        if target is None:
            includes.note(includes.parts[0], 1, f"include {name} ignored: {reason}")
            continue
        disp = includes.display(target)
        try:
            title, drafts, collabs = title_page(target, display_path=disp)
        except (TechcostError, RecursionError) as exc:
            includes.note(includes.parts[0], 1, f"include {name} ignored: {exc}")
            continue
        if drafts:
            includes.parts.append(disp)
            return title, drafts, collabs
    return None, [], []

