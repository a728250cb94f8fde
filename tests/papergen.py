"""Write the same paper in every format techcost reads.

A ``PaperSpec`` holds a paper's content once (title, authors with
affiliations and ORCID iDs, sections, acknowledgements, contribution
statement, funding); the writers put it in Markdown, LaTeX (one file, or a
main file with its sections in other files), Word, JATS, and HTML that
Chromium prints to a one- or two-column PDF. The format-invariance test
checks that techcost reads the same authors, roles and credit from each.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape


@dataclass
class AuthorSpec:
    given: str
    family: str
    affils: list[int]
    orcid: str | None = None
    email: str | None = None

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"


@dataclass
class PaperSpec:
    slug: str
    title: str
    authors: list[AuthorSpec]
    affiliations: list[str]
    abstract: str
    introduction: list[str]
    methods: list[str]
    acknowledgements: list[str]
    contributions: list[str] = field(default_factory=list)
    funding: str = ""


# ------------------------------------------------------------------ Markdown


def _yaml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def markdown(p: PaperSpec, path: Path) -> Path:
    out = ["---", f"title: {_yaml_str(p.title)}", "author:"]
    for a in p.authors:
        out.append(f"  - name: {_yaml_str(a.name)}")
        if a.orcid:
            out.append(f"    orcid: {a.orcid}")
        if a.email:
            out.append(f"    email: {a.email}")
        out.append("    affiliation:")
        for k in a.affils:
            out.append(f"      - {_yaml_str(p.affiliations[k - 1])}")
    out += ["---", "", "# Abstract", "", p.abstract, "", "# Introduction", ""]
    for para in p.introduction:
        out += [para, ""]
    out += ["# Methods", ""]
    for para in p.methods:
        out += [para, ""]
    out += ["# Acknowledgements", ""]
    for para in p.acknowledgements:
        out += [para, ""]
    if p.contributions:
        out += ["# Author contributions", ""]
        for para in p.contributions:
            out += [para, ""]
    if p.funding:
        out += ["# Funding", "", p.funding, ""]
    path.write_text("\n".join(out), encoding="utf-8")
    return path


# --------------------------------------------------------------------- LaTeX

_TEX_ESCAPES = {"&": r"\&", "%": r"\%", "#": r"\#", "_": r"\_", "$": r"\$"}


def _tex(s: str) -> str:
    return "".join(_TEX_ESCAPES.get(ch, ch) for ch in s)


def _latex_front(p: PaperSpec) -> list[str]:
    out = [
        r"\documentclass{article}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage{authblk}",
        rf"\title{{{_tex(p.title)}}}",
    ]
    for a in p.authors:
        marks = ",".join(str(k) for k in a.affils)
        out.append(rf"\author[{marks}]{{{_tex(a.name)}}}")
    for i, aff in enumerate(p.affiliations, start=1):
        out.append(rf"\affil[{i}]{{{_tex(aff)}}}")
    out += [r"\begin{document}", r"\maketitle", r"\begin{abstract}", _tex(p.abstract), r"\end{abstract}"]
    return out


def _latex_sections(p: PaperSpec) -> dict[str, list[str]]:
    secs: dict[str, list[str]] = {
        "introduction": [r"\section{Introduction}", *[_tex(x) + "\n" for x in p.introduction]],
        "methods": [r"\section{Methods}", *[_tex(x) + "\n" for x in p.methods]],
        "acknowledgements": [r"\section*{Acknowledgements}", *[_tex(x) + "\n" for x in p.acknowledgements]],
    }
    if p.contributions:
        secs["contributions"] = [r"\section*{Author contributions}", *[_tex(x) + "\n" for x in p.contributions]]
    if p.funding:
        secs["funding"] = [r"\section*{Funding}", _tex(p.funding)]
    return secs


def latex(p: PaperSpec, path: Path) -> Path:
    out = _latex_front(p)
    for lines in _latex_sections(p).values():
        out += lines
    out.append(r"\end{document}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def latex_multi(p: PaperSpec, folder: Path) -> Path:
    """``main.tex`` with each section in ``sections/<name>.tex``."""
    (folder / "sections").mkdir(parents=True, exist_ok=True)
    out = _latex_front(p)
    for name, lines in _latex_sections(p).items():
        (folder / "sections" / f"{name}.tex").write_text("\n".join(lines) + "\n", encoding="utf-8")
        out.append(rf"\input{{sections/{name}}}")
    out.append(r"\end{document}")
    main = folder / "main.tex"
    main.write_text("\n".join(out) + "\n", encoding="utf-8")
    return main


# ---------------------------------------------------------------------- Word


def docx(p: PaperSpec, path: Path) -> Path:
    from docx import Document

    d = Document()
    d.add_heading(p.title, level=0)
    line = d.add_paragraph()
    for i, a in enumerate(p.authors):
        line.add_run(a.name)
        sup = line.add_run(",".join(str(k) for k in a.affils))
        sup.font.superscript = True
        if i < len(p.authors) - 1:
            line.add_run(", ")
    for i, aff in enumerate(p.affiliations, start=1):
        para = d.add_paragraph()
        r = para.add_run(str(i))
        r.font.superscript = True
        para.add_run(aff)
    for a in p.authors:
        if a.orcid:
            d.add_paragraph(f"ORCID: {a.name} https://orcid.org/{a.orcid}")
    d.add_heading("Abstract", level=1)
    d.add_paragraph(p.abstract)
    for title, paras in (("Introduction", p.introduction), ("Methods", p.methods), ("Acknowledgements", p.acknowledgements)):
        d.add_heading(title, level=1)
        for para in paras:
            d.add_paragraph(para)
    if p.contributions:
        d.add_heading("Author contributions", level=1)
        for para in p.contributions:
            d.add_paragraph(para)
    if p.funding:
        d.add_heading("Funding", level=1)
        d.add_paragraph(p.funding)
    d.save(str(path))
    return path


# ---------------------------------------------------------------------- JATS


def jats(p: PaperSpec, path: Path) -> Path:
    e = xml_escape
    contribs = []
    for a in p.authors:
        x = [f'<contrib contrib-type="author"><name><surname>{e(a.family)}</surname><given-names>{e(a.given)}</given-names></name>']
        if a.orcid:
            x.append(f'<contrib-id contrib-id-type="orcid">https://orcid.org/{a.orcid}</contrib-id>')
        x += [f'<xref ref-type="aff" rid="aff{k}">{k}</xref>' for k in a.affils]
        if a.email:
            x.append(f"<email>{e(a.email)}</email>")
        x.append("</contrib>")
        contribs.append("".join(x))
    affs = "".join(f'<aff id="aff{i}"><label>{i}</label>{e(t)}</aff>' for i, t in enumerate(p.affiliations, start=1))
    notes = ""
    if p.contributions:
        notes = "<author-notes>" + "".join(f'<fn fn-type="con"><p>{e(c)}</p></fn>' for c in p.contributions) + "</author-notes>"
    body = "".join(
        f'<sec sec-type="{kind}"><title>{title}</title>' + "".join(f"<p>{e(x)}</p>" for x in paras) + "</sec>"
        for kind, title, paras in (("intro", "Introduction", p.introduction), ("methods", "Methods", p.methods))
    )
    back = "<ack><title>Acknowledgements</title>" + "".join(f"<p>{e(x)}</p>" for x in p.acknowledgements) + "</ack>"
    funding = f"<funding-group><funding-statement>{e(p.funding)}</funding-statement></funding-group>" if p.funding else ""
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article"><front><article-meta>'
        f"<title-group><article-title>{e(p.title)}</article-title></title-group>"
        f'<contrib-group>{"".join(contribs)}</contrib-group>{affs}{notes}{funding}'
        f"<abstract><p>{e(p.abstract)}</p></abstract></article-meta></front>"
        f"<body>{body}</body><back>{back}</back></article>"
    )
    path.write_text(xml, encoding="utf-8")
    return path


# ---------------------------------------------------------------- HTML / PDF


def _soft_hyphens(text: str) -> str:
    """Soft hyphens in long words (names too), every three letters and never
    in the last three: the breaks a journal's hyphenation makes (headless
    Chromium has no hyphenation dictionary of its own)."""

    def cut(m: re.Match[str]) -> str:
        w = m.group(0)
        return "".join(ch + ("\u00ad" if 3 <= k + 1 <= len(w) - 3 and (k + 1) % 3 == 0 else "") for k, ch in enumerate(w))

    return re.sub(r"[^\W\d_]{8,}", cut, text)


def html_page(p: PaperSpec, *, columns: int, journal: bool = False) -> str:
    e = html.escape
    authors = ", ".join(f"{e(a.name)}<sup>{','.join(str(k) for k in a.affils)}</sup>" for a in p.authors)
    affs = "".join(f'<p class="aff"><sup>{i}</sup>{e(t)}</p>' for i, t in enumerate(p.affiliations, start=1))
    secs = [("Introduction", p.introduction), ("Methods", p.methods), ("Acknowledgements", p.acknowledgements)]
    if p.contributions:
        secs.append(("Author contributions", p.contributions))
    if p.funding:
        secs.append(("Funding", [p.funding]))
    para = (lambda x: _soft_hyphens(e(x))) if journal else e
    body = "".join(f"<h2>{t}</h2>" + "".join(f"<p>{para(x)}</p>" for x in paras) for t, paras in secs)
    cols = f"column-count: {columns}; column-gap: 1.2cm;" if columns > 1 else ""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><style>"
        "@page { size: A4; margin: 2cm; } body { font-family: 'DejaVu Serif', serif; font-size: 10pt; line-height: 1.35; }"
        "h1 { font-size: 18pt; } h2 { font-size: 12pt; margin: 1em 0 0.4em; } p.aff { font-size: 9pt; margin: 0.1em 0; }"
        f".body {{ {cols} }}"
        # a journal's page: small justified type, words hyphenated at line ends
        + (".body { font-size: 8.5pt; text-align: justify; hyphens: auto; -webkit-hyphens: auto; }" if journal else "")
        + "</style></head><body>"
        f"<h1>{e(p.title)}</h1><p class='authors'>{authors}</p>{affs}"
        f"<h2>Abstract</h2><p>{e(p.abstract)}</p>"
        f"<div class='body'>{body}</div></body></html>"
    )


# ------------------------------------------------------------ title pages

FRONT_LAYOUTS = ("numbers", "letters", "blocks", "stacked", "footnotes", "inline", "details")

_FRONT_BODY = (
    "<h2>Introduction</h2><p>The quantity varies with season; its causes are debated, and earlier "
    "measurements disagree by more than their stated uncertainty.</p>"
    "<h2>Methods</h2><p>Samples were taken monthly at three sites and measured twice by two "
    "people who did not know the site of each sample.</p>"
    "<h2>Acknowledgements</h2><p>We thank the owners of the three sites for access.</p>"
)


@dataclass
class FrontAuthor:
    name: str
    affiliations: list[str]
    email: str | None = None


def front_page_html(title: str, authors: list[FrontAuthor], layout: str) -> str:
    """A small paper whose title page sets ``authors`` in one of the layouts
    journals and templates use (``FRONT_LAYOUTS``):

    numbers    names with superscript numbers, numbered affiliations below
    letters    superscript letters, "and" before the last name, a starred
               corresponding author with an e-mail line
    blocks     a grid of author cells (IEEE, ACM): name, places, e-mail
    stacked    one author a line, the places in italics beneath
    footnotes  numbered names, the places in a note under a rule at the foot
               of a two-column first page
    inline     each name followed by its places in brackets, one line of names
    details    numbered names; the numbered places in an "Author details"
               section at the end of the paper (BMC)
    """
    e = html.escape
    affs: list[str] = []
    marks: list[list[int]] = []
    for a in authors:
        idx = []
        for x in a.affiliations:
            if x not in affs:
                affs.append(x)
            idx.append(affs.index(x) + 1)
        marks.append(idx)

    def letter(k: int) -> str:
        return "abcdefghijklmnopqrstuvwxyz"[k - 1] if k <= 26 else str(k)

    names = [e(a.name) for a in authors]
    head = f"<h1>{e(title)}</h1>"
    numbered = "".join(f"<p class='aff'><sup>{i}</sup>{e(t)}</p>" for i, t in enumerate(affs, start=1))
    if layout in ("numbers", "footnotes"):
        parts = [f"{n}<sup>{','.join(map(str, k))}</sup>" if k else n for n, k in zip(names, marks, strict=True)]
        head += f"<p class='authors'>{', '.join(parts)}</p>" + (numbered if layout == "numbers" else "")
    elif layout == "letters":
        parts = [f"{n}<sup>{','.join(letter(x) for x in k)}{'*' if i == 0 else ''}</sup>" for i, (n, k) in enumerate(zip(names, marks, strict=True))]
        joined = ", ".join(parts[:-1]) + (" and " + parts[-1] if len(parts) > 1 else parts[-1])
        head += f"<p class='authors'>{joined}</p>"
        head += "".join(f"<p class='aff'><sup>{letter(i)}</sup>{e(t)}</p>" for i, t in enumerate(affs, start=1))
        head += "<p class='aff'>* Corresponding author: first.author@example.org</p>"
    elif layout == "blocks":
        cells = []
        for a in authors:
            lines = [f"<b>{e(a.name)}</b>"] + [e(x) for x in a.affiliations] + ([e(a.email)] if a.email else [])
            cells.append("<div class='cell'>" + "<br>".join(lines) + "</div>")
        head += "<div class='grid'>" + "".join(cells) + "</div>"
    elif layout == "inline":
        head += "<p class='authors'>" + ", ".join(f"{n} ({'; '.join(e(x) for x in a.affiliations)})" if a.affiliations else n for n, a in zip(names, authors, strict=True)) + "</p>"
    elif layout == "details":
        parts = [f"{n}<sup>{','.join(map(str, k))}</sup>" if k else n for n, k in zip(names, marks, strict=True)]
        head += f"<p class='authors'>{', '.join(parts)}</p>"
    elif layout == "stacked":
        for a in authors:
            head += f"<p class='name'>{e(a.name)}</p>" + "".join(f"<p class='aff'><i>{e(x)}</i></p>" for x in a.affiliations)
    else:
        raise ValueError(layout)
    foot = "<div class='foot'><hr>" + numbered + "</div>" if layout == "footnotes" else ""
    if layout == "details":
        foot = "<h2>Author details</h2>" + "".join(f"<p class='aff'><sup>{i}</sup>{e(t)}</p>" for i, t in enumerate(affs, start=1))
    cols = "column-count: 2; column-gap: 1cm;" if layout == "footnotes" else ""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><style>"
        "@page { size: A4; margin: 2cm; } body { font-family: 'DejaVu Serif', serif; font-size: 10pt; line-height: 1.35; }"
        "h1 { font-size: 17pt; text-align: center; } h2 { font-size: 12pt; } p.authors { text-align: center; font-size: 11pt; }"
        "p.aff { font-size: 8.5pt; margin: 0.1em 0; } p.name { font-weight: bold; margin: 0.6em 0 0.1em; }"
        ".grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 0.8em; text-align: center; font-size: 9pt; }"
        f".body {{ {cols} }} .foot {{ font-size: 7.5pt; margin-top: 2em; }} .foot hr {{ width: 30%; margin-left: 0; }}"
        "</style></head><body>"
        + head
        + "<h2>Abstract</h2><p>We report measurements made over two seasons at three sites and compare them with a simple model.</p>"
        + f"<div class='body'>{_FRONT_BODY}</div>{foot}</body></html>"
    )


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def pdf(p: PaperSpec, path: Path, *, columns: int, journal: bool = False) -> Path:
    return print_html(html_page(p, columns=columns, journal=journal), path, what=p.slug)


def print_html(html: str, path: Path, *, what: str = "the page") -> Path:
    """``html`` printed to the PDF ``path`` by headless Chromium."""
    exe = chromium()
    if exe is None:
        raise RuntimeError("chromium is not installed")
    page = path.with_suffix(".html")
    page.write_text(html, encoding="utf-8")
    profile = path.parent / f".profile-{path.stem}"
    cmd = [
        exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
        f"--user-data-dir={profile}", f"--print-to-pdf={path}", "--no-pdf-header-footer", page.as_uri(),
    ]  # fmt: skip
    subprocess.run(cmd, capture_output=True, text=True, timeout=120, env={**os.environ, "HOME": str(path.parent)}, check=False)
    shutil.rmtree(profile, ignore_errors=True)
    if not path.is_file():
        raise RuntimeError(f"chromium wrote no PDF for {what}")
    return path


# ------------------------------------------------ a page drawn glyph by glyph

# Courier's glyphs are all 0.6 em wide, so where each letter stands is known
COURIER_EM = 0.6


def drawn_pdf(path: Path, draws: list[tuple[Any, ...]]) -> Path:
    """A one-page PDF whose text is drawn run by run, in the order given:
    each draw is (size, x, y, text), or (size, x, y, text, "bold"), in
    Courier (WinAnsi). It lets a test set characters where a typesetter
    would, in the order some programs write them: an accent mark drawn over
    a letter after the whole word, say."""
    return drawn_pages(path, [draws])


def drawn_pages(path: Path, pages: list[list[tuple[Any, ...]]], *, ligatures: bool = False) -> Path:
    """A PDF of several pages drawn as ``drawn_pdf`` draws one (US letter,
    y counted up from the foot of the page). With ``ligatures`` the fonts
    name codes 27-30 "f_f_l", "f_f", "f_i" and "f_l" (as some TeX fonts do,
    with no table of their letters): a draw writes them as "\x1b".."\x1e"."""

    def stream(draws: list[tuple[Any, ...]]) -> bytes:
        return b"".join(
            b"BT /%s %.2f Tf 1 0 0 1 %.2f %.2f Tm (" % (b"F2" if d[4:] == ("bold",) else b"F1", d[0], d[1], d[2])
            + d[3].encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            + b") Tj ET\n"
            for d in draws
        )

    n = len(pages)
    fonts = 3 + 2 * n  # the two fonts come after the catalogue, the page tree and each page with its contents
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (3 + 2 * k) for k in range(n)), n),
    ]
    for k, draws in enumerate(pages):
        body = stream(draws)
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
            % (4 + 2 * k, fonts, fonts + 1)
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream")
    enc = b"/WinAnsiEncoding"
    if ligatures:  # (with every glyph's width given, as an embedded font's are: Courier's 600)
        enc = b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [27 /f_f_l /f_f /f_i /f_l] >> /FirstChar 0 /LastChar 255 /Widths [%s]" % b" ".join([b"600"] * 256)
    # (a font of its own name, whose widths are those given, not a standard font's)
    base = (b"/ExampleMono", b"/ExampleMono-Bold") if ligatures else (b"/Courier", b"/Courier-Bold")
    objs += [
        b"<< /Type /Font /Subtype /Type1 /BaseFont %s /Encoding %s >>" % (base[0], enc),
        b"<< /Type /Font /Subtype /Type1 /BaseFont %s /Encoding %s >>" % (base[1], enc),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


# ------------------------------------------------ where papers put thanks

def _yaml_block(paras: list[str], indent: int = 2) -> list[str]:
    out: list[str] = []
    for i, p in enumerate(paras):
        if i:
            out.append("")
        out += [" " * indent + line for line in p.split("\n")]
    return out


# Markdown placements: the lines that carry the acknowledgement paragraphs
# (``{}`` is replaced by the paragraphs, one per line pair), and any lines
# added to the YAML header.
MD_ACK_PLACES: dict[str, tuple[list[str], list[str]]] = {
    "md-unnumbered": (["## Acknowledgments {.unnumbered}", "", "{}"], []),
    "md-dash": (["# Acknowledgements {-}", "", "{}"], []),
    "md-setext": (["Acknowledgements", "----------------", "", "{}"], []),
    "md-bold-runin": (["**Acknowledgements:** {}"], []),
    "md-bold-line": (["**Acknowledgments**", "", "{}"], []),
    "md-bold-nostop": (["**Acknowledgements** {}"], []),
    "md-italic-runin": (["*Acknowledgements.* {}"], []),
    "md-div": ([":::{.acknowledgments}", "{}", ":::"], []),
    "md-div-heading": (["::: {#acks}", "## Acknowledgements", "", "{}", ":::"], []),
    "md-funding-and": (["## Funding and acknowledgements", "", "{}"], []),
    "md-back-matter": (["# Back matter", "", "### Acknowledgement", "", "{}"], []),
    "md-latex-section": (["\\section*{Acknowledgements}", "", "{}"], []),
    "md-yaml-literal": ([], ["acknowledgements: |", "{yaml}"]),
    "md-yaml-folded": ([], ["acknowledgments: >", "{yaml}"]),
    "md-html-heading": (["<h2>Acknowledgements</h2>", "", "{}"], []),
    "md-caps": (["## ACKNOWLEDGEMENTS", "", "{}"], []),
    "md-no-heading": (["{}"], []),
    "md-yaml-thanks": ([], ["thanks: |", "{yaml}"]),
    "md-yaml-authornote": ([], ["authornote: |", "  Department of Psychology, University of Exampleton.", "", "{yaml}"]),
    "md-yaml-apa-gratitude": ([], ["author-note:", "  disclosures:", "    gratitude: |", "{yaml6}"]),
    "md-title-note": ([], []),
}

# LaTeX placements: lines before and after the paragraphs.
TEX_ACK_PLACES: dict[str, tuple[list[str], list[str]]] = {
    "tex-env": ([r"\begin{acknowledgements}"], [r"\end{acknowledgements}"]),
    "tex-env-singular": ([r"\begin{acknowledgement}"], [r"\end{acknowledgement}"]),
    "tex-env-us": ([r"\begin{acknowledgments}"], [r"\end{acknowledgments}"]),
    "tex-ack-env": ([r"\begin{ack}"], [r"\end{ack}"]),
    "tex-aas-macro": ([r"\acknowledgments"], []),
    "tex-iop-ack": ([r"\ack"], []),
    "tex-mdpi": ([r"\acknowledgments{"], ["}"]),
    "tex-pnas": ([r"\acknow{"], ["}"]),
    "tex-jmlr": ([r"\acks{"], ["}"]),
    "tex-bmhead": ([r"\bmhead{Acknowledgments}"], []),
    "tex-paragraph": ([r"\paragraph{Acknowledgements}"], []),
    "tex-paragraph-star": ([r"\paragraph*{Acknowledgments.}"], []),
    "tex-subsection": ([r"\subsection*{Acknowledgements}"], []),
    "tex-numbered": ([r"\section{Acknowledgements}\label{sec:ack}"], []),
    "tex-caps": ([r"\section*{ACKNOWLEDGMENTS}"], []),
    "tex-textbf": ([r"\noindent\textbf{Acknowledgements} "], []),
    "tex-bf-group": ([r"{\bf Acknowledgements.}"], []),
    "tex-emph": ([r"\smallskip\noindent\emph{Acknowledgements.}"], []),
    "tex-center": ([r"\begin{center}\textbf{Acknowledgements}\end{center}"], []),
    "tex-ieee-if": ([r"\ifCLASSOPTIONcompsoc", r"  \section*{Acknowledgments}", r"\else", r"  \section*{Acknowledgment}", r"\fi"], []),
    "tex-and-funding": ([r"\section*{Acknowledgements and funding}"], []),
    "tex-no-heading": ([], []),
    "tex-title-thanks": ([], []),
    "tex-backmatter": ([r"\backmatter", r"\begin{acknowledgements}"], [r"\end{acknowledgements}"]),
}

_ACK_BODY_MD = [
    "# Introduction",
    "",
    "The quantity varies with season; its causes are debated.",
    "",
    "# Methods",
    "",
    "Samples were taken monthly and measured twice.",
    "",
    "# Conclusion",
    "",
    "The quantity rose in summer at all three sites.",
    "",
]
_ACK_BODY_TEX = [
    r"\section{Introduction}",
    "The quantity varies with season; its causes are debated.",
    "",
    r"\section{Methods}",
    "Samples were taken monthly and measured twice.",
    "",
    r"\section{Conclusion}",
    "The quantity rose in summer at all three sites.",
    "",
]


def ack_markdown(paras: list[str], place: str, path: Path) -> Path:
    body, yaml = MD_ACK_PLACES[place]
    title = "Seasonal variation at three sites"
    if place == "md-title-note":  # the thanks as a note on the title
        title += "^[" + " ".join(paras) + "]"
    head = ["---", "title: " + _yaml_str(title), "author:", '  - name: "Quillon Abernethy"', '    affiliation: "University of Exampleton"']
    for line in yaml:
        head += _yaml_block(paras) if line == "{yaml}" else _yaml_block(paras, 6) if line == "{yaml6}" else [line]
    out = [*head, "---", "", *_ACK_BODY_MD]
    for line in body:
        if "{}" in line:
            if line == "{}":
                out += "\n\n".join(paras).split("\n")
            else:
                out.append(line.replace("{}", paras[0]))
                for p in paras[1:]:
                    out += ["", p]
        else:
            out.append(line)
    out += ["", "# References", "", "Abernethy, Q. (2020). A earlier study. *Journal of Examples*, 1, 1-2.", ""]
    path.write_text("\n".join(out), encoding="utf-8")
    return path


def ack_latex(paras: list[str], place: str, path: Path) -> Path:
    before, after = TEX_ACK_PLACES[place]
    note = r"\thanks{" + " ".join(_tex(p) for p in paras) + "}" if place == "tex-title-thanks" else ""
    out = [
        r"\documentclass{article}",
        r"\title{Seasonal variation at three sites" + note + "}",
        r"\author{Quillon Abernethy \\ University of Exampleton}",
        r"\begin{document}",
        r"\maketitle",
        *_ACK_BODY_TEX,
    ]
    text = "\n\n".join(_tex(p) for p in paras) if not note else ""
    if before and before[-1].endswith(" "):
        out += [*before[:-1], before[-1] + text]
    elif before and before[-1].endswith("{"):
        out += [*before[:-1], before[-1] + text]
    else:
        out += [*before, text]
    out += after
    out += [r"\begin{thebibliography}{9}", r"\bibitem{a} Q. Abernethy, A earlier study, J. Ex. 1 (2020) 1.", r"\end{thebibliography}", r"\end{document}"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


# printed placements: the acknowledgement as HTML (``{}``: the paragraphs as
# <p> elements; ``{first}``/``{rest}``: the first paragraph's text and the
# others), the columns, and whether it comes after the references
PDF_ACK_PLACES: dict[str, tuple[str, int, bool]] = {
    "pdf-runin-bold": ("<p><b>Acknowledgements.</b> {first}</p>{rest}", 1, False),
    "pdf-runin-nostop": ("<p><b>Acknowledgments</b> {first}</p>{rest}", 1, False),
    "pdf-runin-2col": ("<p><b>Acknowledgements:</b> {first}</p>{rest}", 2, False),
    "pdf-small-end": ("<div style='font-size:7.5pt'><p><b>ACKNOWLEDGMENTS</b></p>{}</div>", 1, False),
    "pdf-caps-2col": ("<h2>ACKNOWLEDGEMENTS</h2>{}", 2, False),
    "pdf-after-refs": ("<h2>Acknowledgements</h2>{}", 1, True),
    "pdf-no-heading": ("{}", 1, False),
    "pdf-footnote": ("", 1, False),
    "pdf-small-caps": ("<h2 style='font-variant: small-caps; font-size: 11pt'>Acknowledgments</h2>{}", 2, False),
    "pdf-letter-spaced": ("<h2 style='letter-spacing: 0.35em; font-size: 9pt'>ACKNOWLEDGEMENTS</h2>{}", 1, False),
    "pdf-numbered": ("<h2>7. Acknowledgements</h2>{}", 2, False),
}

_ACK_REFS = (
    "<h2>References</h2><ol style='font-size:8.5pt'><li>Abernethy Q. An earlier study of the quantity. J Ex. 2020;1:1-2.</li>"
    "<li>Vorhees T, Abernethy Q. Seasonal change at coastal sites. Ex Lett. 2021;4:10-19.</li></ol>"
)


def ack_pdf_html(paras: list[str], place: str) -> tuple[str, int]:
    import html as h

    e = h.escape
    tmpl, columns, after_refs = PDF_ACK_PLACES[place]
    ps = "".join(f"<p>{e(p)}</p>" for p in paras)
    ack = tmpl.replace("{}", ps).replace("{first}", e(paras[0])).replace("{rest}", "".join(f"<p>{e(p)}</p>" for p in paras[1:]))
    body = (
        "<h2>Introduction</h2><p>The quantity varies with season; its causes are debated.</p>"
        "<h2>Methods</h2><p>Samples were taken monthly and measured twice.</p>"
        "<h2>Conclusion</h2><p>The quantity rose in summer at all three sites.</p>"
    )
    body += _ACK_REFS + ack if after_refs else ack + _ACK_REFS
    note = ""
    if place == "pdf-footnote":
        note = (
            "<div style='position:absolute; top:23.2cm; left:0; right:0; font-size:7pt; border-top:0.5pt solid black; padding-top:2pt'>"
            f"<p><i>Acknowledgements:</i> {' '.join(e(p) for p in paras)}</p></div>"
        )
    cols = f"column-count: {columns}; column-gap: 1.2cm;" if columns > 1 else ""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><style>"
        "@page { size: A4; margin: 2cm; } body { font-family: 'DejaVu Serif', serif; font-size: 10pt; line-height: 1.35; position: relative; }"
        f"h1 {{ font-size: 18pt; }} h2 {{ font-size: 12pt; margin: 1em 0 0.4em; }} .body {{ {cols} }}"
        "</style></head><body>"
        "<h1>Seasonal variation at three sites</h1><p>Quillon Abernethy<sup>1</sup>, Tamsin Vorhees<sup>2</sup></p>"
        "<p style='font-size:9pt'><sup>1</sup>Department of Geography, University of Exampleton, UK</p>"
        "<p style='font-size:9pt'><sup>2</sup>School of Physics, Sample University, UK</p>"
        "<h2>Abstract</h2><p>We report measurements made over two seasons at three sites.</p>"
        f"{note}<div class='body'>{body}</div></body></html>"
    ), columns


# Word placements: the acknowledgement under a heading style, as a bold
# label on its own line, run into its text, or as the body's closing
# paragraphs with no label
DOCX_ACK_PLACES = ("docx-heading", "docx-bold-line", "docx-runin", "docx-no-heading")


def ack_docx(paras: list[str], place: str, path: Path) -> Path:
    import docx as python_docx

    d = python_docx.Document()
    d.add_heading("Seasonal variation at three sites", 0)
    d.add_paragraph("Quillon Abernethy, University of Exampleton")
    for head, text in (("Introduction", "The quantity varies with season; its causes are debated."), ("Methods", "Samples were taken monthly and measured twice."), ("Conclusion", "The quantity rose in summer at all three sites.")):
        d.add_heading(head, 1)
        d.add_paragraph(text)
    if place == "docx-heading":
        d.add_heading("Acknowledgements", 1)
    elif place == "docx-bold-line":
        d.add_paragraph().add_run("Acknowledgements").bold = True
    for i, p in enumerate(paras):
        para = d.add_paragraph()
        if place == "docx-runin" and i == 0:
            para.add_run("Acknowledgements: ").bold = True
        para.add_run(p)
    d.add_heading("References", 1)
    d.add_paragraph("Abernethy, Q. (2020). An earlier study. Journal of Examples, 1, 1-2.")
    d.save(str(path))
    return path


def ack_placed(paras: list[str], place: str, stem: Path) -> Path:
    """A small paper whose acknowledgement (``paras``) is placed as ``place``
    names, written beside ``stem`` in the format the name starts with."""
    if place.startswith("md-"):
        return ack_markdown(paras, place, stem.with_suffix(".md"))
    if place.startswith("tex-"):
        return ack_latex(paras, place, stem.with_suffix(".tex"))
    if place.startswith("docx-"):
        return ack_docx(paras, place, stem.with_suffix(".docx"))
    return print_html(ack_pdf_html(paras, place)[0], stem.with_suffix(".pdf"), what=place)


def write_all(p: PaperSpec, folder: Path, *, with_pdf: bool, journal: bool = False) -> dict[str, Path]:
    """Every rendering of one paper, by name (``journal``: also two columns
    of small justified type, hyphenated as a journal sets it)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {
        "markdown": markdown(p, folder / f"{p.slug}.md"),
        "latex": latex(p, folder / f"{p.slug}.tex"),
        "latex-multi": latex_multi(p, folder / f"{p.slug}-multi"),
        "docx": docx(p, folder / f"{p.slug}.docx"),
        "jats": jats(p, folder / f"{p.slug}.xml"),
    }
    if with_pdf:
        out["pdf-1col"] = pdf(p, folder / f"{p.slug}-1col.pdf", columns=1)
        out["pdf-2col"] = pdf(p, folder / f"{p.slug}-2col.pdf", columns=2)
        if journal:
            out["pdf-journal"] = pdf(p, folder / f"{p.slug}-journal.pdf", columns=2, journal=True)
    return out


# A submission form's labelled front matter (conference abstracts), written the same in every
# format: its lines, and for each way of giving the places, the places each author gets.
FORM_NAMES = ["Kim Park", "Jo Bloggs", "Ana Li"]
FORM_LINES = ["Authors: Kim Park1, Jo Bloggs2, Ana Li1,2", "{places}", "Preferred type of communication: Oral", "Title (plain text only): Automated data reduction at a neutron source"]
FORM_TITLE = "Automated data reduction at a neutron source"
FORM_PLACES = [
    ("Affiliations: 1) Example Neutron Facility, 2) Example Software Ltd & Example Neutron Facility",
     [["Example Neutron Facility"], ["Example Software Ltd & Example Neutron Facility"], ["Example Neutron Facility", "Example Software Ltd & Example Neutron Facility"]]),
    ("Affiliations: Example Neutron Facility, Example Software Ltd", [["Example Neutron Facility"], ["Example Software Ltd"], ["Example Neutron Facility", "Example Software Ltd"]]),
]  # fmt: skip


def form_lines(places: str, *, title_first: bool) -> list[str]:
    """The form's lines, the title first or last."""
    lines = [places if ln == "{places}" else ln for ln in FORM_LINES]
    return lines[-1:] + lines[:-1] if title_first else lines


# A submitted manuscript's front matter, written the same in every format: the title, a labelled line
# of names marked with numbers in brackets and followed by each author's degree or post, then the
# places, numbered; and what each author should get.
MANUSCRIPT_TITLE = "Counting the samples twice at three sites"
MANUSCRIPT_AUTHORS = "Authors: Kim Park (1) MPhil, Jo Bloggs (2) Associate Professor, Ana Li (1) Professor"
MANUSCRIPT_PLACES = [
    "1. The Research Software Engineering Group, The Example Institute, The University of Exampleton, Exampleton, UK.",
    "2. The School of Public Health, The University of Exampleton, Exampleton, UK.",
]
MANUSCRIPT_WANT = [
    ("Kim Park", ["The Research Software Engineering Group, The Example Institute, The University of Exampleton, Exampleton, UK"]),
    ("Jo Bloggs", ["The School of Public Health, The University of Exampleton, Exampleton, UK"]),
    ("Ana Li", ["The Research Software Engineering Group, The Example Institute, The University of Exampleton, Exampleton, UK"]),
]
MANUSCRIPT_TECHNICAL = {"Kim Park", "Ana Li"}


def manuscript_front(m: Any) -> tuple[str | None, list[tuple[str, list[str]]], set[str]]:
    """What a reading gives of that front matter: the title, each author
    with their places (a full stop closing a place left out) and the
    technical authors."""
    return m.title, [(a.name, [p.rstrip(".") for p in a.affiliations]) for a in m.authors], {a.name for a in m.authors if a.technical}


# The text's opening set right under a line of names, with no places between (a letter, an abstract,
# a report): each names an institute and a facility, and is nobody's affiliation.
RUNNING_OPENINGS = [
    "In 2004, a scientist from the Example Research Institute of Infectious Diseases and its Core Facility was exposed to a virus during work.",
    "Dear Editor, the Electron Microscopy Facility of the Example Institute has seen a rise in samples this year, and we report it.",
    "Objective: to analyze the feasibility of indicators for the evaluation of programmes at the Example Institute Technology Centre.",
]
