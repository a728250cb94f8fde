"""PDF reading: speed beside pdfplumber, and reading order. Figures only
(no pass/fail).

For each PDF in a folder (default: the shared corpus) it prints the page
count, techcost's parse time per document and per page (best of
``--runs``, in-process, after one warm-up parse), what PDFium alone takes
to open the file and build each page's text (the floor under any reader
built on it; timings on a shared machine drift, this column shows by how
much), pdfplumber's ``extract_text`` over all pages (one run), and the
ratio of techcost to pdfplumber. Then a
reading-order check: the share of known sentences (taken from two-column
pages, several running from one column into the next) found intact in
techcost's paragraphs and in pdfplumber's text, compared both word for
word ("exact") and on letters and digits only ("order", which ignores
hyphenation and spacing).

    python benchmarks/bench_pdf.py [FOLDER] [--runs 3] [--no-plumber]

Goals: techcost/pdfplumber <= 0.1 (about 5 ms a page or less); every known
sentence intact.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS_PDF = ROOT.parent / "shared" / "corpus" / "manuscripts" / "pdf"
sys.path.insert(0, str(ROOT / "src"))

# sentences that span line breaks, hyphenated line ends and column breaks,
# as printed in the corpus files (checked against the page geometry)
KNOWN: dict[str, list[str]] = {
    "cermine_example2_bmchsr.pdf": [
        "The Medical Department of the Kamuzu Central Hospital (KCH), is a tertiary referral hospital located in the "
        "Central Region of Malawi and serves a population of around 5 million.",
        "The hospital is under the direct administration of the Ministry of Health which provides the hospital’s budget.",
        "Even though the hospital generates some of its revenue through the paying services, during the time of the "
        "study it had no mandate to use the revenue, and instead was required to send such revenues to the Central "
        "Treasury of the Ministry of Health.",
    ],
    "cermine_example3_clinsci.pdf": [
        "ACE (angiotensin-1-converting enzyme; EC 3.4.15.1) is a zinc dipeptidyl carboxypeptidase that plays a "
        "critical role in blood pressure regulation and electrolyte homoeostasis [1,2].",
        "In vivo both domains clear the vasodilator peptide bradykinin with approximately equal efficiencies [7–9], "
        "the C-domain appears to be the prominent site for the production of vasoactive peptide angiotensin II, "
        "whereas the N-domain is the primary site for the clearance of tetrapeptide Ac-SDKP "
        "(N-acetyl-Ser–Asp–Lys–Pro) [8–10].",
        "We gratefully acknowledge Ms Sylva Schwager for technical assistance.",
    ],
    "cermine_test1_jtmo.pdf": [
        "Trauma patients at the highest risk have been identified as those with a lower extremity or pelvic fracture, "
        "spinal cord injury, brain injury (Glasgow Coma Score < 8), increased age, surgical intervention, femoral "
        "central venous catheter, and prolonged immobilization [2,3,7-9].",
    ],
    "cermine_test2_hindawi.pdf": [
        "While the findings of this study are significant it is also important to note its limitations.",
        "The small size of the focus groups carried out does not allow for statistically significant generalisation "
        "of responses to the greater heart failure patient population.",
        "The authors gratefully acknowledge the assistance of Dr. Ken McDonald, Ms. Bronagh Travers, Dr. Aidan "
        "Buckley, and Ms. Mary Sinnott for recruiting participants to the study and facilitating the focus group "
        "sessions.",
    ],
    "cermine_test6_peerjcs.pdf": [
        "VESPA provides a flexible software package designed to simplify large-scale comparative genomic analyses and "
        "specifically selective pressure variation analysis implemented in codeML (Yang, 2007).",
    ],
    "elife-00353-v1.pdf": [
        "When I was a child, my father told me that the secret to a good life was tricking the universe into paying "
        "you a salary to do what you loved doing.",
        "What can I say to those of you embarking on careers in academic science at a time in history fraught with "
        "anxiety about high-profile papers and grants?",
        "Some years ago I had a postdoc who said to me, “I don’t want to be like you, I want a life.”",
    ],
}


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _alnum(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def intact(sentences: list[str], text: str) -> tuple[int, int]:
    """(exact, order): sentences found word for word, and found on letters
    and digits alone."""
    ws, an = _ws(text), _alnum(text)
    return sum(_ws(s) in ws for s in sentences), sum(_alnum(s) in an for s in sentences)


def techcost_text(path: Path) -> tuple[str, float]:
    from techcost.parsers import pdf

    m = pdf.parse(path, display_path=path.name, lexicons={})
    return "\n\n".join(b.text for s in m.sections for b in s.blocks), 0.0


def best_time(path: Path, runs: int) -> float:
    from techcost.parsers import pdf

    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        pdf.parse(path, display_path=path.name, lexicons={})
        times.append(time.perf_counter() - t0)
    return min(times)


def pdfium_floor(path: Path, runs: int) -> float:
    """What PDFium alone takes to open the file and build every page's text
    (the part of a parse no reader on PDFium can avoid); best of ``runs``."""
    import pypdfium2

    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        with pypdfium2.PdfDocument(str(path)) as doc:
            for i in range(len(doc)):
                page = doc[i]
                tp = page.get_textpage()
                tp.get_text_range()
                tp.close()
                page.close()
        best = min(best, time.perf_counter() - t0)
    return best


def plumber(path: Path) -> tuple[str, float]:
    import pdfplumber

    t0 = time.perf_counter()
    with pdfplumber.open(path) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    return text, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", default=str(CORPUS_PDF))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-plumber", action="store_true", help="skip pdfplumber (slow)")
    args = ap.parse_args()
    folder = Path(args.folder)
    files = sorted(folder.glob("*.pdf"))
    if not files:
        sys.exit(f"no PDFs in {folder}")
    import pypdfium2

    from techcost.parsers import pdf

    pdf.parse(files[0], display_path=files[0].name, lexicons={})  # imports and model schemas
    print(
        f"{'file':34} {'pages':>5} {'techcost ms':>11} {'ms/page':>8} {'pdfium ms/page':>14} "
        f"{'plumber ms':>10} {'ms/page':>8} {'ratio':>6}"
    )
    tot_pages = tot_tc = tot_pl = tot_floor = 0.0
    order_rows = []
    for f in files:
        with pypdfium2.PdfDocument(str(f)) as doc:
            n = len(doc)
        tc = best_time(f, args.runs)
        floor = pdfium_floor(f, args.runs)
        tot_floor += floor
        text, _ = techcost_text(f)
        if args.no_plumber:
            pl, ptext = float("nan"), ""
        else:
            ptext, pl = plumber(f)
        tot_pages += n
        tot_tc += tc
        tot_pl += pl if pl == pl else 0.0
        ratio = tc / pl if pl and pl == pl else float("nan")
        print(
            f"{f.name[:34]:34} {n:5d} {tc * 1000:11.1f} {tc * 1000 / n:8.2f} {floor * 1000 / n:14.2f} "
            f"{pl * 1000:10.0f} {pl * 1000 / n:8.1f} {ratio:6.3f}"
        )
        known = KNOWN.get(f.name)
        if known:
            order_rows.append((f.name, len(known), intact(known, text), intact(known, ptext) if ptext else None))
    if tot_pages:
        ratio = tot_tc / tot_pl if tot_pl else float("nan")
        print(
            f"{'all':34} {int(tot_pages):5d} {tot_tc * 1000:11.1f} {tot_tc * 1000 / tot_pages:8.2f} "
            f"{tot_floor * 1000 / tot_pages:14.2f} {tot_pl * 1000:10.0f} {tot_pl * 1000 / tot_pages:8.1f} {ratio:6.3f}"
        )
    if order_rows:
        print("\nreading order: known sentences intact (exact / letters-only)")
        print(f"{'file':34} {'n':>3} {'techcost':>12} {'pdfplumber':>12}")
        sums = [0, 0, 0, 0, 0]
        for name, n, (te, to), pl_res in order_rows:
            pe, po = pl_res if pl_res else (0, 0)
            sums = [sums[0] + n, sums[1] + te, sums[2] + to, sums[3] + pe, sums[4] + po]
            pls = f"{pe}/{n} {po}/{n}" if pl_res else "-"
            print(f"{name[:34]:34} {n:3d} {te:>5}/{n} {to}/{n} {pls:>12}")
        n = sums[0]
        print(
            f"{'all':34} {n:3d} {sums[1] / n:6.0%} {sums[2] / n:4.0%}"
            + ("" if args.no_plumber else f" {sums[3] / n:6.0%} {sums[4] / n:4.0%}")
        )


if __name__ == "__main__":
    main()
