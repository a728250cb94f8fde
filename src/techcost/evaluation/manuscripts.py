"""Measure manuscript parsing against a labels file in the schema of
``labels.json``: authors (name-level precision, recall, F1),
acknowledgement presence and contribution-statement presence, per format
and overall, with 95% Wilson intervals."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..api import load, parse_one
from ..model import Manuscript
from ..names import fold, same_person
from .budgets import wilson


def norm_name(name: str) -> str:
    t = fold(name)
    t = re.sub(r"[.\-‐‑–]", " ", t)
    return " ".join(t.split())


def match_names(pred: list[str], gold: list[str]) -> int:
    """One-to-one matches: exact after folding first, then same person."""
    left = list(pred)
    matched = 0
    rest_gold = []
    for g in gold:
        ng = norm_name(g)
        hit = next((p for p in left if norm_name(p) == ng), None)
        if hit is not None:
            left.remove(hit)
            matched += 1
        else:
            rest_gold.append(g)
    for g in rest_gold:
        hit = next((p for p in left if same_person(p, g)), None)
        if hit is not None:
            left.remove(hit)
            matched += 1
    return matched


def _prf(tp: int, npred: int, ngold: int) -> dict[str, Any]:
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "pred": npred, "gold": ngold, "precision": p, "recall": r, "f1": f,
            "precision_ci": wilson(tp, npred), "recall_ci": wilson(tp, ngold)}


def evaluate(labels_path: str | Path, *, formats: tuple[str, ...] | None = None) -> dict[str, Any]:
    labels_path = Path(labels_path)
    data = json.loads(labels_path.read_text(encoding="utf-8"))
    base = labels_path.parent
    _, ruleset = load()
    per_doc: list[dict[str, Any]] = []
    for doc in data["documents"]:
        if formats and doc["format"] not in formats:
            continue
        parsed = parse_one(base / doc["local_path"], ruleset, display=doc["local_path"])
        row: dict[str, Any] = {"path": doc["local_path"], "format": doc["format"], "seconds": parsed.seconds}
        if parsed.error is not None or not isinstance(parsed.model, Manuscript):
            row["error"] = str(parsed.error)
            row.update(author_tp=0, author_pred=0, author_gold=len(doc["authors"]), ack_ok=False, credit_ok=False)
            per_doc.append(row)
            continue
        m = parsed.model
        names = [a.name for a in m.authors]
        tp = match_names(names, doc["authors"])
        row.update(
            author_tp=tp,
            author_pred=len(names),
            author_gold=len(doc["authors"]),
            ack_ok=m.acknowledgements_present == doc["has_acknowledgements"],
            ack=(m.acknowledgements_present, doc["has_acknowledgements"]),
            credit_ok=m.contribution_statement_present == doc["credit_statement_present"],
            credit=(m.contribution_statement_present, doc["credit_statement_present"]),
            missed_authors=[g for g in doc["authors"] if match_names(names, [g]) == 0],
            extra_authors=[n for n in names if match_names([n], doc["authors"]) == 0],
        )
        per_doc.append(row)
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in per_doc:
        groups[r["format"]].append(r)
        groups["overall"].append(r)
    summary = {}
    for g, rows in groups.items():
        n = len(rows)
        ack = sum(r["ack_ok"] for r in rows)
        cred = sum(r["credit_ok"] for r in rows)
        summary[g] = {
            "documents": n,
            "errors": sum(1 for r in rows if r.get("error")),
            "authors": _prf(sum(r["author_tp"] for r in rows), sum(r["author_pred"] for r in rows), sum(r["author_gold"] for r in rows)),
            "acknowledgements_present": {"accuracy": ack / n if n else None, "correct": ack, "n": n, "ci": wilson(ack, n)},
            "contribution_statement_present": {"accuracy": cred / n if n else None, "correct": cred, "n": n, "ci": wilson(cred, n)},
            "seconds_per_document": sum(r["seconds"] for r in rows) / n if n else None,
        }
    return {"summary": summary, "per_document": per_doc}


def render(result: dict[str, Any], *, details: bool = True) -> str:
    out = []
    for g, s in sorted(result["summary"].items(), key=lambda kv: (kv[0] == "overall", kv[0])):
        a = s["authors"]
        out.append(
            f"{g:<10} n={s['documents']:<3} errors={s['errors']}  authors P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['f1']:.3f} "
            f"({a['tp']}/{a['gold']})  ack {s['acknowledgements_present']['accuracy']:.3f} "
            f"({s['acknowledgements_present']['correct']}/{s['documents']})  "
            f"contrib {s['contribution_statement_present']['accuracy']:.3f} ({s['contribution_statement_present']['correct']}/{s['documents']})"
        )
    if details:
        out.append("")
        for r in result["per_document"]:
            bad = []
            if r.get("error"):
                bad.append("ERROR " + r["error"])
            else:
                if r.get("missed_authors"):
                    bad.append(f"missed {r['missed_authors']}")
                if r.get("extra_authors"):
                    bad.append(f"extra {r['extra_authors']}")
                if not r["ack_ok"]:
                    bad.append(f"ack {r['ack']}")
                if not r["credit_ok"]:
                    bad.append(f"contrib {r['credit']}")
            if bad:
                out.append(f"  {r['path']}: " + "; ".join(bad))
    return "\n".join(out) + "\n"
