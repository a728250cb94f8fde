"""Read real papers published both as a PDF and as the publisher's JATS
(or kept with the source the PDF was built from), and compare what
techcost finds in each.

DIR holds pairs of one article's two files, named ``<key>.pdf`` and
``<key>.xml`` (PubMed Central's ``fulltext.pdf`` and ``fulltext.xml``, say),
or ``<key>.pdf`` and its source, ``<key>.tex``, ``.md``, ``.Rmd``, ``.qmd``
or ``.docx`` (a repository's ``paper.pdf`` beside its ``paper.tex``). The
JATS carries the article's structure as the publisher marked it, and two
readers of different formats rarely make the same mistake, so whatever the
readings give differently (an author missing, an acknowledged technician
not credited, a facility found only in one, the acknowledgement or
contribution statement not found) is a reading fault of one of them,
whatever a label would say. Nothing is labelled: the sweep needs no gold,
only the two files. "JATS" below is whichever of them is not the PDF.

    python scripts/pair_sweep.py DIR [--only KEY] [-v] [--places]

Each author both readings give is also checked for places: an author whose
PDF places share few words with the JATS places is counted (``--places``
prints them). So is an author the JATS gives contribution roles whom the
PDF reading gives other roles.

Pairs whose files are in the corpus or in the held-out lists do not belong
in DIR: the held-out documents are never opened, and the corpus has its
own figures.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def reading(path: Path, ruleset):
    from techcost.analysis import analyse
    from techcost.api import parse_one

    parsed = parse_one(path, ruleset)
    if parsed.error is not None:
        return None, str(parsed.error)
    m = analyse(parsed.model, ruleset.lexicons)
    return m, None


def facts(m) -> dict[str, list[str]]:
    return {
        "authors": [a.name for a in m.authors],
        "staff": list(dict.fromkeys(c.name for c in m.technical_contributors)),
        "facilities": [f.name for f in m.facilities if not f.named_staff or f.unnamed_staff],
        "technical_authors": [a.name for a in m.authors if a.technical],
        "statements": [k for k, v in (("acknowledgements", m.acknowledgements_present), ("contributions", m.contribution_statement_present)) if v],
    }


def _words(place: str) -> set[str]:
    import re

    return {w for w in re.findall(r"[^\W\d_]{3,}", place.lower()) if w not in ("the", "and", "for", "of")}


def places_differ(jm, pm, match_names) -> tuple[int, int, list[str]]:
    """Of the authors both readings give, how many have places in the JATS,
    and how many of those the PDF reading gives other places: a JATS place
    with no PDF place sharing most of its words, or a PDF place that shares
    few with every JATS place."""
    with_places = differ = 0
    notes: list[str] = []
    for ja in jm.authors:
        if not ja.affiliations:
            continue
        pa = next((p for p in pm.authors if match_names([p.name], [ja.name])), None)
        if pa is None:
            continue
        with_places += 1
        jw = [_words(x) for x in ja.affiliations]
        pw = [_words(x) for x in pa.affiliations]

        def near(a: set[str], b: set[str]) -> bool:
            return bool(a) and bool(b) and len(a & b) >= 0.6 * min(len(a), len(b))

        missing = [x for x, w in zip(ja.affiliations, jw) if not any(near(w, v) for v in pw)]
        extra = [x for x, w in zip(pa.affiliations, pw) if not any(near(w, v) for v in jw)]
        if missing or extra:
            differ += 1
            notes.append(f"{ja.name}: JATS {[x[:60] for x in missing]} PDF {[x[:60] for x in extra]}")
    return with_places, differ, notes


_SOURCES = (".xml", ".tex", ".md", ".Rmd", ".qmd", ".docx")


def main() -> int:
    from techcost import api
    from techcost.evaluation.manuscripts import match_names, match_orgs, match_people

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--only", default="")
    ap.add_argument("-v", action="store_true", help="print the acknowledgement of each pair that differs")
    ap.add_argument("--places", action="store_true", help="print the places of each author they differ for")
    a = ap.parse_args()
    rs = api.load()[1]
    same = {"authors": match_names, "staff": match_people, "technical_authors": match_people, "facilities": match_orgs}
    counts: Counter[str] = Counter()
    sources = {p.stem: src for p in a.dir.glob("*.pdf") if (src := next((a.dir / f"{p.stem}{x}" for x in _SOURCES if (a.dir / f"{p.stem}{x}").exists()), None))}
    for key in sorted(sources):
        if a.only and key != a.only:
            continue
        (jm, jerr), (pm, perr) = reading(sources[key], rs), reading(a.dir / f"{key}.pdf", rs)
        counts["pairs"] += 1
        if jerr or perr:
            counts["unread"] += 1
            print(key, "UNREAD", jerr or "", perr or "")
            continue
        jf, pf = facts(jm), facts(pm)
        diff: dict[str, tuple[list[str], list[str]]] = {}
        for k, match in same.items():
            only_j = [x for x in jf[k] if match(pf[k], [x]) == 0]
            only_p = [x for x in pf[k] if match(jf[k], [x]) == 0]
            counts[f"{k} in JATS"] += len(jf[k])
            counts[f"{k} only in JATS"] += len(only_j)
            counts[f"{k} only in PDF"] += len(only_p)
            if only_j or only_p:
                diff[k] = (only_j, only_p)
        for s in ("acknowledgements", "contributions"):
            if (s in jf["statements"]) != (s in pf["statements"]):
                diff[s] = ([s] if s in jf["statements"] else [], [s] if s in pf["statements"] else [])
                counts[f"{s} differ"] += 1
        # contribution roles: each author the JATS gives roles, found in the PDF reading with the same roles or not
        for ja in jm.authors:
            pa = next((p for p in pm.authors if match_names([p.name], [ja.name])), None) if ja.roles else None
            if pa is not None:
                counts["authors with roles in the JATS"] += 1
                counts["authors whose roles differ"] += sorted(pa.roles) != sorted(ja.roles)
        n, d, notes = places_differ(jm, pm, match_names)
        counts["authors with places in both"] += n
        counts["authors whose places differ"] += d
        if d and a.places:
            print(key, "places:", "; ".join(notes[:4]))
        if diff:
            counts["pairs that differ"] += 1
            print(key, f"authors {len(jf['authors'])}/{len(pf['authors'])}", {k: {"JATS only": j, "PDF only": p} for k, (j, p) in diff.items()})
            if a.v:
                for label, m in (("JATS", jm), ("PDF", pm)):
                    for sec in m.sections:
                        if sec.kind == "acknowledgements":
                            print(f"  {label} ack:", " ".join(b.text for b in sec.blocks)[:1500])
    print()
    for k, v in counts.items():
        print(f"{k:32s} {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
