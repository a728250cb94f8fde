"""Mutations of real documents, for fuzzing the parsers."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = (ROOT / ".." / "shared" / "corpus").resolve()


def seeds() -> dict[str, list[Path]]:
    """Seed files per format: corpus files where present, else fixtures."""
    fx = ROOT / "fixtures"
    m = CORPUS / "manuscripts"
    b = CORPUS / "budgets" / "spreadsheets"
    pick = lambda paths: [p for p in paths if p.is_file()]  # noqa: E731
    out = {
        "xlsx": pick([b / "nsf-deb_ucdavis_NSFBudget072315.xlsx", b / "doi-crb-biocontrol_Moore-FY20-PPA-budget.xlsx", fx / "budgets" / "ukri-proposal.xlsx"]),
        "ods": pick([b / "doi-crb-biocontrol_DOI-20-budget.ods", b / "bci-genecluster_fellowship_budget.ods"]),
        "jats": pick([m / "jats" / "elife04493.xml", m / "jats" / "pntd.0002065.nxml", fx / "manuscripts" / "jats" / "credit-roles.xml"]),
        "markdown": pick([m / "markdown" / "slix_paper.md", m / "markdown" / "maximizingrecapture_manuscript.Rmd", fx / "manuscripts" / "markdown" / "root-imaging-paper.md"]),
        "latex": pick([m / "latex" / "arcana_manuscript.tex", m / "latex" / "2021_AX_BD_manuscript.tex"]),
        "docx": pick([m / "docx" / "ribose_manuscript_revised.docx"]),
        "pdf": pick([m / "pdf" / "cermine_example2_bmchsr.pdf", fx / "manuscripts" / "pdf" / "two-column.pdf"]),
    }
    return {k: v for k, v in out.items() if v}


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    op = rng.randrange(5)
    if op == 0 and b:  # flip bytes
        for _ in range(rng.randint(1, 20)):
            i = rng.randrange(len(b))
            b[i] = rng.randrange(256)
    elif op == 1:  # truncate
        b = b[: rng.randrange(len(b) + 1)]
    elif op == 2:  # insert junk
        i = rng.randrange(len(b) + 1)
        b[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 200)))
    elif op == 3 and len(b) > 10:  # duplicate a chunk
        i = rng.randrange(len(b) - 5)
        j = min(len(b), i + rng.randint(1, 5000))
        b[j:j] = b[i:j] * rng.randint(1, 5)
    else:  # delete a chunk
        if b:
            i = rng.randrange(len(b))
            del b[i : i + rng.randint(1, 500)]
    return bytes(b)


def mutate_zip(data: bytes, rng: random.Random) -> bytes:
    """Mutate one XML member of a zip container and rebuild it, so that the
    fuzzing reaches past the container into the document."""
    try:
        zin = zipfile.ZipFile(io.BytesIO(data))
        names = [n for n in zin.namelist() if n.endswith(".xml")]
    except zipfile.BadZipFile:
        return mutate_bytes(data, rng)
    if not names:
        return mutate_bytes(data, rng)
    target = rng.choice(names)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info)
            if info.filename == target:
                body = mutate_bytes(body, rng)
            zout.writestr(info.filename, body)
    return out.getvalue()


def mutate(path: Path, seed: int) -> bytes:
    rng = random.Random(seed)
    data = path.read_bytes()
    if path.suffix.lower() in (".xlsx", ".xlsm", ".ods", ".docx") and rng.random() < 0.7:
        return mutate_zip(data, rng)
    return mutate_bytes(data, rng)
