"""Findings on the labelled development papers, grouped by what the labels
show: papers that credit technical work (technical staff named, a facility
thanked or a technical author), papers without acknowledgements, and the
rest. A finding on a paper whose labels show full credit is a candidate
false alarm; each is printed so it can be explained.

    python scripts/false_alarms.py [../shared/corpus/labels.json] [--pack core --pack credit]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from techcost import api
from techcost.policy.config import Config

ap = argparse.ArgumentParser()
ap.add_argument("labels", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/corpus/labels.json"))
ap.add_argument("--pack", action="append", help="packs to apply (default: core)")
args = ap.parse_args()
labels = Path(args.labels)
docs = json.loads(labels.read_text(encoding="utf-8"))["documents"]
cfg = Config(packs=args.pack or ["core"])
groups: dict[str, list[dict]] = defaultdict(list)
for d in docs:
    credits = bool(d["technical_staff_named"] or d["facilities_or_teams_thanked_without_names"] or d["authors_identifiable_as_technical_staff"])
    if not d["has_acknowledgements"]:
        g = "no acknowledgements in the labels"
    elif credits:
        g = "full credit (technical staff, facility or technical author credited)"
    else:
        g = "acknowledgements, no technical credit in the labels"
    report = api.check([labels.parent / d["local_path"]], config=cfg)
    groups[g].append({"path": d["local_path"], "findings": [(f.code, f.severity.value, f.message) for f in report.active_findings()]})
for g, rows in groups.items():
    with_f = [r for r in rows if r["findings"]]
    n_f = sum(len(r["findings"]) for r in rows)
    warn = sum(1 for r in rows for f in r["findings"] if f[1] != "info")
    print(f"{g}: {len(rows)} papers, {len(with_f)} with findings ({n_f} findings, {warn} warnings or errors)")
    for r in with_f:
        for code, sev, msg in r["findings"]:
            print(f"    {r['path']}: {code} {sev}: {msg[:140]}")
