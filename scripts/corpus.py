"""Maintain techcost's own development corpus (tests/corpus).

    python scripts/corpus.py validate [--corpus DIR] [--shared DIR]
    python scripts/corpus.py stats
    python scripts/corpus.py split          # once: writes split.json (refuses if it exists)
    python scripts/corpus.py held-out       # print the held-out repositories and eLife numbers read
    python scripts/corpus.py slim-docx      # replace the images inside docx papers by 1-pixel placeholders
    python scripts/corpus.py slim-pdf       # the same for PDF papers, drawing and unread font programs out, streams
                                            # recompressed; kept only where techcost reads them the same
    python scripts/corpus.py repeats        # papers that repeat another paper or a stored acknowledgement
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from techcost.evaluation.corpus import (  # noqa: E402
    find_repeats,
    iter_stats,
    load_corpus,
    load_held_out,
    make_split,
    validate,
)

# a 1x1 transparent PNG: what every embedded picture becomes
_PIXEL = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
_SLIM_NOTE = (
    " Stored with its embedded pictures replaced by 1-pixel placeholders (the text and structure are unchanged) to keep"
    " the corpus small; sha256_as_published is the file as published."
)


_RECOMPRESS_NOTE = (
    " Stored with its compressed streams recompressed losslessly (text, pictures and structure unchanged) to keep the"
    " corpus small; sha256_as_published is the file as published."
)


_DRAWING_NOTE = (
    " Its vector drawing (the lines and shapes of figures and rules) is left out too; the text and its positions are"
    " unchanged."
)
_FONTS_NOTE = (
    " Its embedded font programs are left out too (glyph widths, encodings and Unicode maps kept), so a viewer"
    " draws it in substitute fonts; techcost reads the same from it."
)


def _store_slimmed(p, path: Path, data: bytes, new: bytes, note: str = _SLIM_NOTE) -> int:
    """Write a slimmed paper in place of the published file and record it in
    its label (the published digest kept as ``sha256_as_published``, the
    change stated in its notes); return the bytes saved."""
    lab = p.label
    path.write_bytes(new)
    lab.setdefault("sha256_as_published", lab["sha256"])
    lab["sha256"] = hashlib.sha256(new).hexdigest()
    notes = lab.get("notes", "")
    for part in (_SLIM_NOTE, _RECOMPRESS_NOTE, _DRAWING_NOTE, _FONTS_NOTE):
        if part in note and part.strip() not in notes and not (part is _RECOMPRESS_NOTE and _SLIM_NOTE.strip() in notes):
            notes = (notes + part).strip()
    lab["notes"] = notes
    label_path = p.root / "labels" / f"{lab['id']}.json"
    label_path.write_text(json.dumps(lab, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{lab['id']}: {len(data) / 1e6:.2f} MB -> {len(new) / 1e6:.2f} MB")
    return len(data) - len(new)


def slim_docx(c) -> int:
    """Replace the pictures inside every docx paper by a 1-pixel PNG under
    the same part name, so the text, structure and relationships stay as
    published while the corpus stays within its size. The label keeps the
    published file's digest as ``sha256_as_published``."""
    saved = 0
    for p in c.papers:
        lab = p.label
        if lab.get("format") != "docx":
            continue
        path = p.root / lab["local_path"]
        data = path.read_bytes()
        out = io.BytesIO()
        changed = False
        with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                body = zin.read(info.filename)
                if info.filename.startswith(("word/media/", "word/embeddings/")) and len(body) > len(_PIXEL):
                    body = _PIXEL
                    changed = True
                zout.writestr(info, body, compress_type=zipfile.ZIP_DEFLATED)
        if not changed:
            continue
        new = out.getvalue()
        saved += _store_slimmed(p, path, data, new)
    print(f"saved {saved / 1e6:.1f} MB")
    return 0


def _pdf_reading(path: Path) -> str:
    """What techcost reads from a PDF: every block's text, and the credit
    found in it, as one string to compare before and after slimming."""
    from techcost import api

    def drop_paths(x):
        if isinstance(x, dict):
            return {k: drop_paths(v) for k, v in x.items() if k != "path"}
        if isinstance(x, list):
            return [drop_paths(v) for v in x]
        return x

    return json.dumps(drop_paths(api.inspect(path)), sort_keys=True, default=str)


def _blank_images(pdf) -> int:
    """Replace every image XObject of a pikepdf document by a 1x1 grey
    pixel; the drawing matrix still places it, so the page layout and its
    text are untouched."""
    import pikepdf

    n = 0
    seen: set[tuple[int, int]] = set()

    def visit(resources) -> None:
        nonlocal n
        xobjects = resources.get("/XObject") if resources is not None else None
        if xobjects is None:
            return
        for key in list(xobjects.keys()):
            obj = xobjects[key]
            og = obj.objgen
            if og in seen and og != (0, 0):
                continue
            seen.add(og)
            subtype = obj.get("/Subtype")
            if subtype == "/Image":
                for k in ("/Filter", "/DecodeParms", "/SMask", "/Mask", "/Decode", "/ImageMask", "/Intent", "/Interpolate"):
                    if k in obj:
                        del obj[k]
                obj.write(b"\x80")
                obj.Width, obj.Height, obj.BitsPerComponent = 1, 1, 8
                obj.ColorSpace = pikepdf.Name.DeviceGray
                n += 1
            elif subtype == "/Form":
                visit(obj.get("/Resources"))

    for page in pdf.pages:
        visit(page.obj.get("/Resources"))
    return n


# PDF operators that build, paint or clip paths: the lines and shapes of drawn figures and rules
_PATH_OPERATORS = frozenset("m l c v y h re S s f F f* B B* b b* n W W* sh".split())


def _drop_drawing(pdf) -> int:
    """Remove the path drawing (the lines and shapes of vector figures and
    rules) from every page and form of a pikepdf document; text, its
    positions and its fonts are untouched. Returns the operators removed."""
    import pikepdf

    removed = 0
    seen: set = set()

    def without_paths(obj) -> bytes:
        nonlocal removed
        ops = pikepdf.parse_content_stream(obj)
        kept = [(operands, op) for operands, op in ops if str(op) not in _PATH_OPERATORS]
        removed += len(ops) - len(kept)
        return pikepdf.unparse_content_stream(kept)

    def visit(resources) -> None:
        xobjects = resources.get("/XObject") if resources is not None else None
        if xobjects is None:
            return
        for key in list(xobjects.keys()):
            obj = xobjects[key]
            if obj.objgen in seen and obj.objgen != (0, 0):
                continue
            seen.add(obj.objgen)
            if obj.get("/Subtype") == "/Form":
                obj.write(without_paths(obj))
                visit(obj.get("/Resources"))

    for page in pdf.pages:
        page.obj.Contents = pdf.make_stream(without_paths(page))
        visit(page.obj.get("/Resources"))
    return removed


def _drop_font_programs(pdf) -> int:
    """Remove the embedded font programs of a pikepdf document that a text
    reader does not consult: every FontFile2 and FontFile3 of a simple font,
    a Type 1 program (FontFile) where the font states its encoding, and a
    composite font's TrueType program where a ToUnicode map gives its text.
    Widths, encodings and Unicode maps stay; a viewer draws the slimmed
    fonts in substitutes."""
    import pikepdf

    needed: set = set()
    found: dict = {}
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Dictionary) or obj.get("/Type") != "/Font":
            continue
        composite = obj.get("/Subtype") == "/Type0"
        mapped = isinstance(obj.get("/ToUnicode"), pikepdf.Stream)
        for font in [obj] + list(obj.get("/DescendantFonts") or []):
            desc = font.get("/FontDescriptor")
            if desc is None or desc.objgen == (0, 0):
                continue
            found[desc.objgen] = desc
            if composite and not mapped and "/FontFile2" in desc:
                needed.add((desc.objgen, "/FontFile2"))
            if not composite and "/Encoding" not in font and "/FontFile" in desc:
                needed.add((desc.objgen, "/FontFile"))
    n = 0
    for og, desc in found.items():
        for key in ("/FontFile", "/FontFile2", "/FontFile3"):
            if key in desc and (og, key) not in needed:
                del desc[key]
                n += 1
    return n


def slim_pdf(c) -> int:
    """Replace the pictures inside every PDF paper by 1-pixel images and
    compress its streams, keeping the file only when techcost reads exactly
    the same from it as from the published file. The label keeps the
    published file's digest as ``sha256_as_published``."""
    try:
        import pikepdf
    except ImportError:
        print("slim-pdf needs pikepdf (pip install pikepdf); it is a corpus tool, not a techcost dependency")
        return 2
    import tempfile

    pikepdf.settings.set_flate_compression_level(9)
    saved = 0
    for p in c.papers:
        lab = p.label
        if lab.get("format") != "pdf":
            continue
        path = p.root / lab["local_path"]
        data = path.read_bytes()
        before = None
        kept = None
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / path.name
            # the smallest first: pictures, drawing and font programs out; then less
            for drop_drawing, drop_fonts in ((True, True), (True, False), (False, False)):
                with pikepdf.open(path) as pdf:
                    blanked = _blank_images(pdf)
                    drawn = _drop_drawing(pdf) if drop_drawing else 0
                    fonts = _drop_font_programs(pdf) if drop_fonts else 0
                    if (drop_drawing and not drawn) or (drop_fonts and not fonts):
                        continue
                    pdf.save(out, compress_streams=True, recompress_flate=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
                new = out.read_bytes()
                if len(new) >= len(data) * 0.98:
                    continue
                before = before if before is not None else _pdf_reading(path)
                if _pdf_reading(out) != before:
                    continue
                note = (_SLIM_NOTE if blanked else _RECOMPRESS_NOTE) + (_DRAWING_NOTE if drawn else "") + (_FONTS_NOTE if fonts else "")
                kept = (new, note)
                break
        if kept:
            saved += _store_slimmed(p, path, data, kept[0], kept[1])
    print(f"saved {saved / 1e6:.1f} MB")
    return 0


def repeats(c) -> int:
    """List papers that are another corpus paper in another file, and
    acknowledgement records that repeat a paper's acknowledgement."""
    same, holds, common = find_repeats(c)
    for ids in same:
        print("same leading authors: " + ", ".join(f"{i} ({c.part(i)})" for i in ids))
    for aid, n in common:
        print(f"{aid} ({c.part(aid)}) opens with words {n} papers print: not a repeat")
    for pid, aid in holds:
        print(f"{pid} ({c.part(pid)}) holds {aid} ({c.part(aid)})")
    split = [ids for ids in same if len({c.part(i) for i in ids}) > 1]
    print(f"{len(holds)} repeated acknowledgements; {len(same)} groups of papers with the same leading authors, {len(split)} of them across parts")
    return 1 if holds or split else 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["validate", "stats", "split", "held-out", "slim-docx", "slim-pdf", "repeats"])
    ap.add_argument("--corpus", default=str(ROOT / "tests" / "corpus"))
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--force", action="store_true", help="split: overwrite an existing split.json")
    a = ap.parse_args()
    c = load_corpus(a.corpus)
    if a.command == "held-out":
        h = load_held_out(a.shared)
        print(f"{len(h.sha256)} sha256, {len(h.repos)} repositories, {len(h.elife_numbers)} eLife numbers")
        print("\n".join(sorted(h.repos)))
        return 0
    if a.command == "slim-docx":
        return slim_docx(c)
    if a.command == "slim-pdf":
        return slim_pdf(c)
    if a.command == "repeats":
        return repeats(c)
    if a.command == "stats":
        for line in iter_stats(c):
            print(line)
        return 0
    if a.command == "validate":
        held = load_held_out(a.shared) if Path(a.shared).is_dir() else None
        if held is None:
            print(f"warning: {a.shared} not found; held-out lists not checked", file=sys.stderr)
        errors = validate(c, held)
        for e in errors:
            print(e)
        print(f"{len(c.papers)} papers, {len(c.acks)} acknowledgement records, {len(errors)} problems")
        return 1 if errors else 0
    out = Path(a.corpus) / "split.json"
    keep = None
    if out.exists():
        if a.force:
            print(f"{out} exists: the split is made once per document; new documents are added to it", file=sys.stderr)
        keep = c.split
    parts = make_split(c, keep=keep)
    added = len(parts) - len(keep or {})
    old = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    moved = old.get("moved_to_tune") or {}
    out.write_text(json.dumps({"seed": 20261202, "check_share": "1/3", "moved_to_tune": moved, "parts": dict(sorted(parts.items()))}, indent=1) + "\n")
    n = sum(1 for v in parts.values() if v == "check")
    print(f"{len(parts)} documents ({added} newly placed): {len(parts) - n} tune, {n} check")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
