"""Notes attached to spreadsheet cells (xlsx, xlsm).

Neither python-calamine nor the grid reader returns cell notes, so they are
read here from the package: ``xl/comments*.xml`` (notes, and the legacy copy
Excel keeps of threaded comments) and ``xl/threadedComments/*.xml``, mapped
to sheet names through the workbook and sheet relationships.

The parts are scanned with bounded regular expressions, never a general XML
parser: no entities, DTDs or network are involved, each part is read only up
to a size limit, and a part that cannot be read yields no notes rather than
an error (notes are never budget data).
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from pathlib import Path

from ..model import Location
from ..model.budget import CellNote

#: Largest notes or relationships part read, in bytes.
MAX_PART_BYTES = 8 * 1024 * 1024
#: Longest note text kept, in characters.
MAX_NOTE_CHARS = 4000
#: Most notes kept per workbook.
MAX_NOTES = 10000

_ATTR = re.compile(r'([\w:.-]{1,64})\s*=\s*"([^"]{0,4096})"')
_SHEET = re.compile(r"<(?:\w{1,16}:)?sheet\b([^>]{0,8192})>")
_REL = re.compile(r"<(?:\w{1,16}:)?Relationship\b([^>]{0,8192})>")
_NOTE = re.compile(
    r"<(?:\w{1,16}:)?(comment|threadedComment)\b([^>]{0,8192})>(.*?)</(?:\w{1,16}:)?\1>", re.S
)
_TEXT = re.compile(r"<(?:\w{1,16}:)?t\b[^>]{0,1024}>(.*?)</(?:\w{1,16}:)?t>", re.S)
_PLAIN_TEXT = re.compile(r"<(?:\w{1,16}:)?text\b[^>]{0,1024}>(.*?)</(?:\w{1,16}:)?text>", re.S)
_TAGS = re.compile(r"<[^>]{0,8192}>")
_REF = re.compile(r"^\$?([A-Z]{1,3})\$?([0-9]{1,7})$")


def _attrs(raw: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in _ATTR.findall(raw)}


def _part(zf: zipfile.ZipFile, name: str) -> str | None:
    """A part's text, or None when it is missing or larger than the limit."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        return None
    with zf.open(info) as fh:
        return fh.read(MAX_PART_BYTES).decode("utf-8", "replace")


def _rels(zf: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, resolved part name) for one part."""
    folder, name = posixpath.split(part)
    text = _part(zf, posixpath.join(folder, "_rels", name + ".rels"))
    out: dict[str, tuple[str, str]] = {}
    for m in _REL.finditer(text or ""):
        a = _attrs(m.group(1))
        target = a.get("Target", "")
        if not target or a.get("TargetMode") == "External":
            continue
        resolved = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        out[a.get("Id", "")] = (a.get("Type", ""), resolved)
    return out


def _sheet_parts(zf: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, worksheet part) in workbook order."""
    text = _part(zf, "xl/workbook.xml") or ""
    rels = _rels(zf, "xl/workbook.xml")
    out: list[tuple[str, str]] = []
    for m in _SHEET.finditer(text):
        a = _attrs(m.group(1))
        rid = next((v for k, v in a.items() if k.endswith(":id") or k == "id"), None)
        if "name" in a and rid in rels:
            out.append((a["name"], rels[rid][1]))
    return out


def _note_text(body: str, threaded: bool) -> str:
    runs = _TEXT.findall(body)
    if not runs and threaded:
        runs = _PLAIN_TEXT.findall(body)
    raw = "".join(runs) if runs else _TAGS.sub("", body)
    return html.unescape(raw).strip()[:MAX_NOTE_CHARS]


def _notes_in(zf: zipfile.ZipFile, part: str, sheet: str, display_path: str) -> list[CellNote]:
    text = _part(zf, part) or ""
    out: list[CellNote] = []
    for m in _NOTE.finditer(text):
        ref = _REF.match(_attrs(m.group(2)).get("ref", "").split(":")[0])
        body = _note_text(m.group(3), m.group(1) == "threadedComment")
        if ref is None or not body:
            continue
        cell = f"{ref.group(1)}{ref.group(2)}"
        out.append(CellNote(text=body, location=Location(path=display_path, sheet=sheet, row=int(ref.group(2)), cell=cell)))
    return out


def read_cell_notes(path: Path, fmt: str, display_path: str) -> list[CellNote]:
    """Every note attached to a cell of an xlsx or xlsm workbook, with its
    sheet, row and cell. Other formats, and workbooks whose notes cannot be
    read, give an empty list: this never raises for a bad file."""
    if fmt not in ("xlsx", "xlsm"):
        return []
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            if not any("comment" in n.lower() for n in names):
                return []
            notes: list[CellNote] = []
            seen: set[tuple[str, str, str]] = set()
            for sheet, part in _sheet_parts(zf):
                for kind, target in _rels(zf, part).values():
                    if not (kind.endswith("/comments") or kind.endswith("/threadedComment")):
                        continue
                    for note in _notes_in(zf, target, sheet, display_path):
                        key = (sheet, note.location.cell or "", note.text)
                        if key not in seen and len(notes) < MAX_NOTES:
                            seen.add(key)
                            notes.append(note)
            return notes
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, RuntimeError):
        return []
