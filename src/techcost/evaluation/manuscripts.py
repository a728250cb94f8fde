"""Measure manuscript parsing against a labels file in the schema of
``labels.json``: authors (name-level precision, recall, F1),
acknowledgement presence and contribution-statement presence, per format
and overall, with 95% Wilson intervals."""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..api import load, paper_of, parse_one
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


_NOTE = re.compile(r"\s*\((?:commercial|other staff[^)]*|for [^)]*)\)\s*$", re.IGNORECASE)
_STOP = {"the", "of", "and", "at", "for", "in", "a", "an", "de", "staff"}


def norm_org(name: str) -> set[str]:
    t = _NOTE.sub("", name)
    t = fold(t)
    words = re.findall(r"[a-z0-9]+", t)
    return {w for w in words if w not in _STOP}


def same_org(a: str, b: str) -> bool:
    wa, wb = norm_org(a), norm_org(b)
    if not wa or not wb:
        return False
    inter = len(wa & wb)
    return inter / len(wa | wb) >= 0.5 or inter == min(len(wa), len(wb)) >= 2


def match_orgs(pred: list[str], gold: list[str]) -> int:
    left = list(pred)
    n = 0
    for g in gold:
        hit = next((p for p in left if same_org(p, g)), None)
        if hit is not None:
            left.remove(hit)
            n += 1
    return n


def match_people(pred: list[str], gold: list[str]) -> int:
    return match_names(pred, gold)


def _empty_row(doc: dict[str, Any], path: str, fmt: str, seconds: float, error: str | None) -> dict[str, Any]:
    gold_t = doc.get("technical_staff_named") or []
    row: dict[str, Any] = {"path": path, "format": fmt, "seconds": seconds}
    if error is not None:
        row["error"] = error
    row.update(
        author_tp=0, author_pred=0, author_gold=len(doc.get("authors") or []), ack_ok=False, credit_ok=False,
        strict_tp=0, strict_pred=0, strict_gold=sum(1 for t in gold_t if t.get("basis", "explicit") == "explicit"),
        lenient_tp=0, lenient_pred=0, lenient_gold=len(gold_t),
        fac_tp=0, fac_pred=0, fac_gold=len(doc.get("facilities_or_teams_thanked_without_names") or []),
        ta_tp=0, ta_pred=0, ta_gold=len(doc.get("authors_identifiable_as_technical_staff") or []),
        doc_gold=bool(gold_t or doc.get("facilities_or_teams_thanked_without_names") or doc.get("authors_identifiable_as_technical_staff")),
        doc_pred=False, tech_detail={},
    )  # fmt: skip
    return row


def _credit_row(row: dict[str, Any], doc: dict[str, Any], m: Manuscript) -> None:
    gold_t = doc.get("technical_staff_named") or []
    gold_strict = [t["name"] for t in gold_t if t.get("basis", "explicit") == "explicit"]
    gold_all = [t["name"] for t in gold_t]
    pred_strict = [c.name for c in m.technical_contributors if c.basis == "explicit"]
    pred_all = list(dict.fromkeys(c.name for c in m.technical_contributors))
    gold_fac = doc.get("facilities_or_teams_thanked_without_names") or []
    pred_fac = [f.name for f in m.facilities if not f.named_staff or f.unnamed_staff]
    gold_ta = [a["name"] for a in doc.get("authors_identifiable_as_technical_staff") or []]
    pred_ta = [a.name for a in m.authors if a.technical]
    gold_pos = bool(gold_t or gold_fac or gold_ta)
    pred_pos = bool(pred_all or pred_fac or pred_ta)
    row.update(
        strict_tp=match_people(pred_strict, gold_strict), strict_pred=len(pred_strict), strict_gold=len(gold_strict),
        lenient_tp=match_people(pred_all, gold_all), lenient_pred=len(pred_all), lenient_gold=len(gold_all),
        fac_tp=match_orgs(pred_fac, gold_fac), fac_pred=len(pred_fac), fac_gold=len(gold_fac),
        ta_tp=match_people(pred_ta, gold_ta), ta_pred=len(pred_ta), ta_gold=len(gold_ta),
        doc_gold=gold_pos, doc_pred=pred_pos,
        tech_detail={
            "missed_staff": [g for g in gold_all if match_people(pred_all, [g]) == 0],
            "extra_staff": [p for p in pred_all if match_people([p], gold_all) == 0],
            "wrong_basis": [p for p in pred_strict if match_people([p], gold_all) and not match_people([p], gold_strict)]
            + [g for g in gold_strict if match_people(pred_all, [g]) and not match_people(pred_strict, [g])],
            "missed_facilities": [g for g in gold_fac if match_orgs(pred_fac, [g]) == 0],
            "extra_facilities": [p for p in pred_fac if match_orgs([p], gold_fac) == 0],
            "missed_tech_authors": [g for g in gold_ta if match_people(pred_ta, [g]) == 0],
            "extra_tech_authors": [p for p in pred_ta if match_people([p], gold_ta) == 0],
        },
    )  # fmt: skip


def score_paper(doc: dict[str, Any], path: Path, ruleset: Any, display: str) -> dict[str, Any]:
    """One labelled paper: authors, statements present, technical credit."""
    from ..analysis import analyse
    from ..policy.config import Config

    target, _ = paper_of(path, Config())  # a part is scored as the paper that holds it, as inspect reads it
    parsed = parse_one(target, ruleset, display=display)
    if parsed.error is not None or not isinstance(parsed.model, Manuscript):
        return _empty_row(doc, display, doc["format"], parsed.seconds, str(parsed.error))
    try:
        m = analyse(parsed.model, ruleset.lexicons)
    except Exception as exc:  # the document is scored as unread and the others still are
        if os.environ.get("TECHCOST_DEBUG"):
            raise
        return _empty_row(doc, display, doc["format"], parsed.seconds, f"the credit analysis failed ({type(exc).__name__})")
    row = _empty_row(doc, display, doc["format"], parsed.seconds, None)
    _credit_row(row, doc, m)
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
    return row


def score_ack(record: dict[str, Any], ruleset: Any) -> dict[str, Any]:
    """One labelled acknowledgement on its own: named staff and facilities."""
    import time

    from ..analysis import analyse
    from ..model import Location, Section, TextBlock

    t0 = time.perf_counter()
    loc = Location(path=str(record["id"]), paragraph=1)
    blocks = [TextBlock(text=p.strip(), location=loc) for p in str(record["text"]).split("\n\n") if p.strip()]
    m = Manuscript(path=str(record["id"]), format="markdown", sections=[Section(kind="acknowledgements", heading="Acknowledgements", location=loc, blocks=blocks)])
    try:
        m = analyse(m, ruleset.lexicons)
    except Exception as exc:  # the record is scored as unread and the others still are
        if os.environ.get("TECHCOST_DEBUG"):
            raise
        return _empty_row(record, str(record["id"]), "acknowledgements", time.perf_counter() - t0, f"the credit analysis failed ({type(exc).__name__})")
    row = _empty_row(record, str(record["id"]), "acknowledgements", time.perf_counter() - t0, None)
    _credit_row(row, record, m)
    row.update(ack_ok=True, credit_ok=True)
    return row


def summarise(per_doc: list[dict[str, Any]]) -> dict[str, Any]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in per_doc:
        groups[r["format"]].append(r)
        if r["format"] != "acknowledgements":
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
            "named_staff_strict": _prf(*(sum(r[k] for r in rows) for k in ("strict_tp", "strict_pred", "strict_gold"))),
            "named_staff_lenient": _prf(*(sum(r[k] for r in rows) for k in ("lenient_tp", "lenient_pred", "lenient_gold"))),
            "facilities_without_names": _prf(*(sum(r[k] for r in rows) for k in ("fac_tp", "fac_pred", "fac_gold"))),
            "technical_authors": _prf(*(sum(r[k] for r in rows) for k in ("ta_tp", "ta_pred", "ta_gold"))),
            "document_technical_credit": _prf(
                sum(1 for r in rows if r["doc_gold"] and r["doc_pred"]),
                sum(1 for r in rows if r["doc_pred"]),
                sum(1 for r in rows if r["doc_gold"]),
            ),
        }
    return summary


def evaluate(labels_path: str | Path, *, formats: tuple[str, ...] | None = None) -> dict[str, Any]:
    """A labels file in the schema of the shared ``labels.json``."""
    labels_path = Path(labels_path)
    data = json.loads(labels_path.read_text(encoding="utf-8"))
    base = labels_path.parent
    _, ruleset = load()
    per_doc: list[dict[str, Any]] = []
    for doc in data["documents"]:
        if formats and doc["format"] not in formats:
            continue
        per_doc.append(score_paper(doc, base / doc["local_path"], ruleset, doc["local_path"]))
    return {"summary": summarise(per_doc), "per_document": per_doc}


def evaluate_corpus(root: str | Path, *, parts: tuple[str, ...] = ("tune", "check"), formats: tuple[str, ...] | None = None) -> dict[str, Any]:
    """A corpus in the layout of ``tests/corpus``: papers and
    acknowledgement records, scored separately for each part of the split."""
    from .corpus import load_corpus

    c = load_corpus(root)
    _, ruleset = load()
    out: dict[str, Any] = {}
    for part in parts:
        rows: list[dict[str, Any]] = []
        for p in c.papers_in(part):
            if formats and p.format not in formats:
                continue
            rows.append(score_paper(p.label, p.path, ruleset, p.label["local_path"]))
        if not formats or "acknowledgements" in formats:
            for a in c.acks_in(part):
                rows.append(score_ack(a.record, ruleset))
        out[part] = {"summary": summarise(rows), "per_document": rows}
    return out


def _fmt_prf(name: str, d: dict[str, Any]) -> str:
    return (
        f"  {name:<34} P {d['precision']:.3f} [{d['precision_ci'][0]:.2f},{d['precision_ci'][1]:.2f}]  "
        f"R {d['recall']:.3f} [{d['recall_ci'][0]:.2f},{d['recall_ci'][1]:.2f}]  F1 {d['f1']:.3f}  "
        f"(tp {d['tp']}, found {d['pred']}, gold {d['gold']})"
    )


_ORDER = {"jats": 0, "latex": 1, "markdown": 2, "docx": 3, "pdf": 4, "overall": 5, "acknowledgements": 6}


def render(result: dict[str, Any], *, details: bool = True, title: str | None = None) -> str:
    out = []
    if title:
        out.append(title)
    for g, s in sorted(result["summary"].items(), key=lambda kv: (_ORDER.get(kv[0], 9), kv[0])):
        ack = s["acknowledgements_present"]
        con = s["contribution_statement_present"]
        out.append(f"{g}: {s['documents']} documents, {s['errors']} could not be read")
        if g != "acknowledgements":
            out.append(
                f"  {'acknowledgements present':<34} accuracy {ack['accuracy']:.3f} [{ack['ci'][0]:.2f},{ack['ci'][1]:.2f}] ({ack['correct']}/{ack['n']})"
            )
            out.append(
                f"  {'contribution statement present':<34} accuracy {con['accuracy']:.3f} [{con['ci'][0]:.2f},{con['ci'][1]:.2f}] ({con['correct']}/{con['n']})"
            )
        out.append(_fmt_prf("credits technical staff or facility", s["document_technical_credit"]))
        out.append(_fmt_prf("named technical staff (strict)", s["named_staff_strict"]))
        out.append(_fmt_prf("named technical staff (lenient)", s["named_staff_lenient"]))
        out.append(_fmt_prf("facilities thanked without names", s["facilities_without_names"]))
        if g != "acknowledgements":
            out.append(_fmt_prf("authors", s["authors"]))
            out.append(_fmt_prf("technical authors", s["technical_authors"]))
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
                for k, v in (r.get("tech_detail") or {}).items():
                    if v:
                        bad.append(f"{k.replace('_', ' ')} {v}")
            if bad:
                out.append(f"  {r['path']}: " + "; ".join(bad))
    return "\n".join(out) + "\n"


def render_corpus(result: dict[str, Any], *, details: bool = False) -> str:
    """Both parts; per-document errors only for the tune part (the check
    part is for figures)."""
    out = []
    for part in ("tune", "check"):
        if part in result:
            label = "TUNE part (errors may be studied)" if part == "tune" else "CHECK part (figures only)"
            out.append(render(result[part], details=details and part == "tune", title=f"== {label}"))
    return "\n".join(out)
