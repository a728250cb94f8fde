"""Builders of broken and hostile inputs, one function per file.

Each builder writes one file into a folder and returns (path, expectation):
``"error"`` when techcost must refuse it with a one-line SYS error, ``"ok"``
when it is merely unusual and must be read, ``"either"`` when refusing or
reading are both acceptable (the point is that nothing crashes or leaks).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Callable

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SECRET = "techcost-secret-canary-3141"


def _zip(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _minimal_xlsx_members(sheet_xml: bytes, shared: bytes | None = None) -> dict[str, bytes]:
    ct = (
        b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        + (b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' if shared else b"")
        + b"</Types>"
    )
    rels = (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    wb = (
        b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Staff" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    wbrels = (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        + (b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' if shared else b"")
        + b"</Relationships>"
    )
    m = {
        "[Content_Types].xml": ct,
        "_rels/.rels": rels,
        "xl/workbook.xml": wb,
        "xl/_rels/workbook.xml.rels": wbrels,
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    if shared:
        m["xl/sharedStrings.xml"] = shared
    return m


_SHEET_OK = (
    b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>Role</t></is></c><c r="B1" t="inlineStr"><is><t>Cost</t></is></c></row>'
    b'<row r="2"><c r="A2" t="inlineStr"><is><t>Technician</t></is></c><c r="B2"><v>1000</v></c></row>'
    b"</sheetData></worksheet>"
)

_XXE = (
    '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{path}">]>'
)
_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + "]>"
)


def secret_file(d: Path) -> Path:
    p = d / "secret.txt"
    p.write_text(SECRET)
    return p


def _ole2(payload: bytes = b"") -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + payload + b"\x00" * 512


def _pdf(pages: int = 1, text: str = "Hello", *, encrypt_dict: bool = False, truncate: bool = False, bad_xref: bool = False) -> bytes:
    objs: list[bytes] = []
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    font_id = 3 + 2 * pages
    for i in range(pages):
        content = f"BT /F1 12 Tf 72 720 Td ({text} {i + 1}) Tj ET".encode()
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R /Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{(off + 7 if bad_xref else off):010d} 00000 n \n".encode())
    extra = b" /Encrypt << /Filter /Standard /V 1 /R 2 /O (xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx) /U (xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx) /P -4 >> /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]" if encrypt_dict else b""
    out.write(b"trailer\n<< /Size %d /Root 1 0 R" % (len(objs) + 1) + extra + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    data = out.getvalue()
    return data[: len(data) // 2] if truncate else data


def _docx(document_xml: bytes, extra: dict[str, bytes] | None = None) -> dict[str, bytes]:
    ct = (
        b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    m = {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": document_xml}
    m.update(extra or {})
    return m


def _wdoc(body: str, prolog: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>' + prolog + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + body + "</w:body></w:document>"
    ).encode()


Builder = Callable[[Path], tuple[Path, str]]


def builders() -> dict[str, Builder]:
    """Every hostile file, by name."""
    B: dict[str, Builder] = {}

    def add(name: str, expect: str, suffix: str, make: Callable[[Path], bytes | None]) -> None:
        def build(d: Path, name=name, expect=expect, suffix=suffix, make=make) -> tuple[Path, str]:
            p = d / f"{name}{suffix}"
            data = make(d)
            if data is not None:
                p.write_bytes(data)
            return p, expect

        B[name] = build

    real_xlsx = (FIXTURES / "budgets" / "ukri-proposal.xlsx").read_bytes()
    # ---------------------------------------------------------------- budgets
    for suffix in (".xlsx", ".xlsm", ".ods", ".csv", ".xls"):
        add(f"empty{suffix.replace('.', '-')}", "error", suffix, lambda d: b"")
        add(f"random{suffix.replace('.', '-')}", "error", suffix, lambda d: bytes((i * 7919) % 256 for i in range(4096)))
    add("truncated-xlsx", "error", ".xlsx", lambda d: real_xlsx[: len(real_xlsx) // 2])
    add("truncated-xlsx-tail", "error", ".xlsx", lambda d: real_xlsx[len(real_xlsx) // 3 :])
    add("zip-without-workbook", "error", ".xlsx", lambda d: _zip(d / "_t.zip", {"hello.txt": b"hi"}).read_bytes())
    add("zip-bomb-xlsx", "error", ".xlsx", lambda d: _zip(d / "_b.zip", {**_minimal_xlsx_members(_SHEET_OK), "xl/media/bomb.bin": b"\0" * 60_000_000}).read_bytes())
    add("many-members-xlsx", "error", ".xlsx", lambda d: _zip(d / "_m.zip", {**_minimal_xlsx_members(_SHEET_OK), **{f"xl/junk/{i}.xml": b"x" for i in range(12_000)}}, zipfile.ZIP_STORED).read_bytes())
    add("encrypted-xlsx", "error", ".xlsx", lambda d: _ole2("EncryptedPackage".encode("utf-16-le")))
    add("encrypted-docx-named-xls", "error", ".xls", lambda d: _ole2("EncryptedPackage".encode("utf-16-le")))
    add("ole2-garbage-xls", "error", ".xls", lambda d: _ole2(b"not really a workbook"))
    add("xxe-in-sheet", "either", ".xlsx", lambda d: _zip(d / "_x.zip", _minimal_xlsx_members(_XXE.format(path=secret_file(d)).encode() + _SHEET_OK.split(b"?>", 1)[1].replace(b"Technician", b"&xxe;"))).read_bytes())
    add("billion-laughs-sheet", "either", ".xlsx", lambda d: _zip(d / "_l.zip", _minimal_xlsx_members(_LAUGHS.encode() + _SHEET_OK.split(b"?>", 1)[1].replace(b"Technician", b"&lol9;"))).read_bytes())
    add("billion-laughs-shared", "either", ".xlsx", lambda d: _zip(d / "_s.zip", _minimal_xlsx_members(_SHEET_OK, _LAUGHS.encode() + b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>')).read_bytes())
    add("macro-workbook", "ok", ".xlsm", lambda d: _zip(d / "_v.zip", {**_minimal_xlsx_members(_SHEET_OK), "xl/vbaProject.bin": b"\xd0\xcf\x11\xe0 macro"}).read_bytes())
    add("external-links", "ok", ".xlsx", lambda d: _zip(d / "_e.zip", {**_minimal_xlsx_members(_SHEET_OK), "xl/externalLinks/externalLink1.xml": b"<externalLink/>"}).read_bytes())
    add("huge-dimension-claim", "ok", ".xlsx", lambda d: _zip(d / "_d.zip", _minimal_xlsx_members(_SHEET_OK.replace(b"<sheetData>", b'<dimension ref="A1:XFD1048576"/><sheetData>'))).read_bytes())
    add("pdf-named-xlsx", "either", ".xlsx", lambda d: _pdf())
    add("csv-binary-nul", "error", ".csv", lambda d: b"Role,Cost\n\x00\x00\x00\x01\x02" * 100)
    add("csv-utf16", "ok", ".csv", lambda d: "Role,Cost\nTechnician,1000\n".encode("utf-16"))
    add("csv-latin1", "ok", ".csv", lambda d: "Rôle,Cost\nTechnicien,1000\nTechnician,2000\n".encode("latin-1"))
    add("csv-huge-field", "either", ".csv", lambda d: b"Role,Cost\nTechnician," + b"9" * 5_000_000 + b"\n")
    add("csv-formula-injection", "ok", ".csv", lambda d: b"Role,Cost\n\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",1000\nTechnician,2000\n")
    add("csv-only-header", "error", ".csv", lambda d: b"Role,Cost\n")
    add("csv-ragged", "ok", ".csv", lambda d: b"Role,FTE,Year 1\nTechnician,0.5\nPostdoc,1,40000,extra,extra\n,,\n")
    add("ods-corrupt", "error", ".ods", lambda d: _zip(d / "_o.zip", {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<not-closed"}).read_bytes())
    add("ods-empty-content", "error", ".ods", lambda d: _zip(d / "_o2.zip", {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}).read_bytes())
    # -------------------------------------------------------------------- JATS
    add("jats-malformed", "error", ".xml", lambda d: b"<article><front><article-meta><title-group><article-title>T</article-title></front></article>")
    add("jats-xxe", "error", ".xml", lambda d: (_XXE.format(path=secret_file(d)) + "<article><front><article-meta><title-group><article-title>&xxe;</article-title></title-group></article-meta></front></article>").encode())
    add("jats-laughs", "error", ".xml", lambda d: (_LAUGHS + "<article><body><p>&lol9;</p></body></article>").encode())
    add("jats-external-dtd", "either", ".xml", lambda d: b'<?xml version="1.0"?><!DOCTYPE article SYSTEM "http://example.invalid/evil.dtd"><article><front><article-meta><title-group><article-title>T</article-title></title-group></article-meta></front><back><ack><p>We thank the Imaging Core.</p></ack></back></article>')
    add("jats-parameter-entity", "error", ".xml", lambda d: (f'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY % p SYSTEM "file://{secret_file(d)}"> %p;]><article/>').encode())
    add("jats-deep", "error", ".xml", lambda d: b"<article>" + b"<sec>" * 3000 + b"x" + b"</sec>" * 3000 + b"</article>")
    add("jats-not-jats", "error", ".xml", lambda d: b"<html><body><p>hello</p></body></html>")
    add("jats-empty", "error", ".xml", lambda d: b"")
    add("jats-binary", "error", ".xml", lambda d: bytes(range(256)) * 10)
    add("jats-utf16", "ok", ".xml", lambda d: '<?xml version="1.0" encoding="UTF-16"?><article><front><article-meta><title-group><article-title>Tëst</article-title></title-group><contrib-group><contrib contrib-type="author"><name><surname>Doe</surname><given-names>Jane</given-names></name></contrib></contrib-group></article-meta></front></article>'.encode("utf-16"))
    add("jats-huge-text", "either", ".xml", lambda d: b"<article><body><p>" + b"word " * 2_000_000 + b"</p></body></article>")
    add("nxml-truncated", "error", ".nxml", lambda d: b"<article><front><article-meta><contrib-group><contrib>")
    # ---------------------------------------------------------------- Markdown
    add("md-binary", "error", ".md", lambda d: bytes((i * 31) % 256 for i in range(8192)))
    add("md-utf16", "ok", ".md", lambda d: "# Acknowledgements\n\nWe thank Jo Tester for technical help.\n".encode("utf-16"))
    add("md-latin1", "ok", ".md", lambda d: "# Acknowledgements\n\nWe thank Jürgen Müller for technical help.\n".encode("latin-1"))
    add("md-empty", "either", ".md", lambda d: b"")
    add("md-whitespace", "either", ".md", lambda d: b"   \n\n  \t\n")
    add("md-enormous-line", "either", ".md", lambda d: b"# Title\n\n" + b"a" * 5_000_000 + b"\n")
    add("md-deep-quotes", "either", ".md", lambda d: b"> " * 50_000 + b"text\n")
    add("md-deep-lists", "either", ".md", lambda d: b"".join(b"  " * i + b"- item\n" for i in range(3000)))
    add("md-yaml-bomb", "error", ".md", lambda d: b"---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n---\n# Body\n")
    add("md-yaml-python-tag", "either", ".md", lambda d: b"---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\n# Body\ntext\n")
    add("md-front-matter-unclosed", "either", ".md", lambda d: b"---\ntitle: [unclosed\nauthors: {\n# Body\n")
    add("md-front-matter-huge", "error", ".md", lambda d: b"---\ntitle: " + b"x" * 2_000_000 + b"\n---\n# Body\n")
    add("rmd-unclosed-chunk", "either", ".Rmd", lambda d: b"# Methods\n```{r}\nx <- 1\n")
    add("qmd-include-outside", "either", ".qmd", lambda d: ("# Intro\n\n{{< include " + str(secret_file(d)) + " >}}\n\n{{< include ../../../../etc/passwd >}}\n").encode())
    add("md-html-bomb", "either", ".md", lambda d: b"<!--" * 100_000 + b"\n# Acknowledgements\nThanks\n")
    # ------------------------------------------------------------------- LaTeX
    add("tex-binary", "error", ".tex", lambda d: bytes((i * 13) % 256 for i in range(8192)))
    add("tex-unbalanced", "either", ".tex", lambda d: b"\\documentclass{article}\\begin{document}\\section{A\\textbf{b \\emph{c\n\\section*{Acknowledgements} We thank {Jo Tester for {technical help.\n")
    add("tex-deep-braces", "either", ".tex", lambda d: b"\\documentclass{article}\\begin{document}" + b"{" * 200_000 + b"x" + b"}" * 200_000 + b"\\end{document}")
    add("tex-input-self", "either", ".tex", lambda d: b"\\documentclass{article}\\begin{document}\\input{tex-input-self}\\input{tex-input-self.tex}Text\\end{document}")
    add("tex-input-absolute", "either", ".tex", lambda d: ("\\documentclass{article}\\begin{document}\\input{" + str(secret_file(d)) + "}\\input{/etc/passwd}Text\\end{document}").encode())
    add("tex-input-escape", "either", ".tex", lambda d: b"\\documentclass{article}\\begin{document}\\input{../../../../../../etc/passwd}\\include{../secret}Text\\end{document}")
    add("tex-utf16", "ok", ".tex", lambda d: "\\documentclass{article}\\begin{document}\\section*{Acknowledgements}We thank Jo Tester for technical help.\\end{document}".encode("utf-16"))
    add("tex-latin1", "ok", ".tex", lambda d: "\\documentclass{article}\\begin{document}\\section*{Acknowledgements}We thank J\\\"urgen M\xfcller for technical help.\\end{document}".encode("latin-1"))
    add("tex-huge-comment", "either", ".tex", lambda d: b"\\documentclass{article}\\begin{document}%" + b"c" * 5_000_000 + b"\nText\\end{document}")
    add("tex-def-loop", "either", ".tex", lambda d: b"\\documentclass{article}\\def\\a{\\a\\a}\\begin{document}\\a Text\\end{document}")
    add("tex-empty", "either", ".tex", lambda d: b"")
    add("tex-many-sections", "either", ".tex", lambda d: b"\\documentclass{article}\\begin{document}" + b"\\section{S}x\n" * 50_000 + b"\\end{document}")
    # -------------------------------------------------------------------- docx
    add("docx-not-zip", "error", ".docx", lambda d: b"This is plain text pretending to be a Word file.")
    add("docx-zip-no-document", "error", ".docx", lambda d: _zip(d / "_w.zip", {"hello.txt": b"hi"}).read_bytes())
    add("docx-truncated", "error", ".docx", lambda d: _zip(d / "_w2.zip", _docx(_wdoc("<w:p><w:r><w:t>Hi</w:t></w:r></w:p>"))).read_bytes()[:300])
    add("docx-encrypted", "error", ".docx", lambda d: _ole2("EncryptedPackage".encode("utf-16-le")))
    add("docx-legacy-doc", "error", ".doc", lambda d: _ole2(b"WordDocument"))
    add("docx-xxe", "either", ".docx", lambda d: _zip(d / "_w3.zip", _docx(_wdoc("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", _XXE.format(path=secret_file(d)).split("?>", 1)[1]))).read_bytes())
    add("docx-laughs", "either", ".docx", lambda d: _zip(d / "_w4.zip", _docx(_wdoc("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", _LAUGHS.split("?>", 1)[1]))).read_bytes())
    add("docx-malformed-xml", "error", ".docx", lambda d: _zip(d / "_w5.zip", _docx(b"<w:document><w:body><w:p>")).read_bytes())
    add("docx-bomb", "error", ".docx", lambda d: _zip(d / "_w6.zip", _docx(_wdoc("<w:p/>"), {"word/media/bomb.bin": b"\0" * 60_000_000})).read_bytes())
    add("docx-many-paragraphs", "either", ".docx", lambda d: _zip(d / "_w7.zip", _docx(_wdoc("<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 100_000))).read_bytes())
    add("pdf-named-docx", "either", ".docx", lambda d: _pdf(text="Acknowledgements We thank Jo Tester"))
    add("xlsx-named-docx", "either", ".docx", lambda d: real_xlsx)
    add("odt-document", "error", ".docx", lambda d: _zip(d / "_odt.zip", {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}).read_bytes())
    # --------------------------------------------------------------------- PDF
    add("pdf-truncated", "error", ".pdf", lambda d: _pdf(pages=3, truncate=True))
    add("pdf-encrypted-dict", "error", ".pdf", lambda d: _pdf(encrypt_dict=True))
    add("pdf-bad-xref", "either", ".pdf", lambda d: _pdf(pages=2, bad_xref=True))
    add("pdf-not-pdf", "error", ".pdf", lambda d: b"Just text named pdf")
    add("pdf-header-only", "error", ".pdf", lambda d: b"%PDF-1.7\n")
    add("pdf-garbage-after-header", "error", ".pdf", lambda d: b"%PDF-1.4\n" + bytes((i * 17) % 256 for i in range(20000)))
    add("pdf-many-pages", "either", ".pdf", lambda d: _pdf(pages=1500, text="Page"))
    add("pdf-zero-pages", "error", ".pdf", lambda d: _pdf(pages=0))
    add("pdf-huge-image-claim", "either", ".pdf", lambda d: _pdf().replace(b"/Resources << /Font", b"/Resources << /XObject << /Im1 << /Type /XObject /Subtype /Image /Width 60000 /Height 60000 /BitsPerComponent 8 /ColorSpace /DeviceRGB /Length 0 >> >> /Font", 1))
    add("pdf-empty", "error", ".pdf", lambda d: b"")
    # --------------------------------------------------------------- wrong kinds
    add("text-file", "error", ".txt", lambda d: b"hello")
    add("no-suffix", "error", "", lambda d: b"hello")
    add("odt-named-odt", "error", ".odt", lambda d: b"hello")
    add("json-file", "error", ".json", lambda d: b"{}")
    add("html-named-md", "either", ".md", lambda d: b"<html><body><h1>Acknowledgements</h1><p>We thank Jo.</p></body></html>")

    def folder(d: Path) -> tuple[Path, str]:
        p = d / "folder.xlsx"
        p.mkdir()
        return p, "error"

    B["folder-named-xlsx"] = folder

    def missing(d: Path) -> tuple[Path, str]:
        return d / "does-not-exist.xlsx", "error"

    B["missing-file"] = missing

    def dangling(d: Path) -> tuple[Path, str]:
        p = d / "dangling.md"
        p.symlink_to(d / "nowhere.md")
        return p, "error"

    B["dangling-symlink"] = dangling
    return B


def _crc(b: bytes) -> int:  # pragma: no cover - kept for hand-built zips
    return zlib.crc32(b) & 0xFFFFFFFF


def _u32(n: int) -> bytes:  # pragma: no cover
    return struct.pack("<I", n)
