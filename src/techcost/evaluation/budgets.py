"""Measure budget parsing against a labels file in the schema of
``budget-labels.json``: staff lines found (precision, recall per line),
category accuracy, and effort and cost per period where the labels give
them."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..api import load, parse_one
from ..model import Budget, Justification, StaffLine


@dataclass
class BudgetScore:
    path: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    category_ok: int = 0
    effort_checked: int = 0
    effort_ok: int = 0
    cost_checked: int = 0
    cost_ok: int = 0
    has_technical_gold: bool | None = None
    has_technical_pred: bool | None = None
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong_category: list[str] = field(default_factory=list)
    error: str | None = None
    kind: str = "spreadsheet"
    commented_gold: int = 0
    commented_found: int = 0
    commented_matched: int = 0


def _close(a: float | None, b: float | None, rel: float = 0.01) -> bool:
    if a is None and b is None:
        return True
    if a is None or b is None:
        return (a or 0) == 0 and (b or 0) == 0
    return math.isclose(a, b, rel_tol=rel, abs_tol=0.51)


def _series_ok(pred: list[float | None] | None, gold: list[float | None] | None, rel: float = 0.01) -> bool:
    if gold is None:
        return True
    if pred is None:
        return False
    n = max(len(pred), len(gold))
    p = list(pred) + [None] * (n - len(pred))
    g = list(gold) + [None] * (n - len(gold))
    return all(_close(a, b, rel) for a, b in zip(p, g))


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval for a proportion."""
    if n == 0:
        return (0.0, 1.0)
    ph = k / n
    denom = 1 + z * z / n
    centre = (ph + z * z / (2 * n)) / denom
    half = z * math.sqrt(ph * (1 - ph) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def score_budget(budget: Budget, doc: dict[str, Any]) -> BudgetScore:
    sc = BudgetScore(path=doc["local_path"])
    gold = {(g["sheet"], g["row"]): g for g in doc.get("staff_lines", [])}
    pred = {(s.location.sheet, s.location.row): s for s in budget.staff_lines}
    sc.gold, sc.predicted = len(gold), len(pred)
    sc.has_technical_gold = bool(doc.get("has_technical_staff"))
    sc.has_technical_pred = budget.has_technical_staff
    for key, g in gold.items():
        s = pred.get(key)
        if s is None:
            sc.misses.append(f"{key[0]}!{key[1]} {g['label_as_written'][:50]!r}")
            continue
        _score_pair(sc, g, s, f"{key[0]}!{key[1]} {g['label_as_written'][:40]!r}")
    for key, s in pred.items():
        if key not in gold:
            sc.extras.append(f"{key[0]}!{key[1]} {s.label[:50]!r}")
    return sc


def _text_key(g: dict[str, Any]) -> tuple[str, int | None]:
    if g.get("paragraph") is not None:
        return ("paragraph", int(g["paragraph"]))
    if g.get("line") is not None:
        return ("line", int(g["line"]))
    return ("label", None)


def _norm_label(t: str) -> str:
    return " ".join(t.lower().replace(".", " ").split())


def _match_text_lines(gold: list[dict[str, Any]], pred: list[StaffLine], slack: int = 2) -> list[tuple[dict[str, Any], StaffLine | None]]:
    """Gold text staff lines to predicted ones: the same docx paragraph, a
    line within ``slack`` lines, or (where the label gives no place) the same
    label; each predicted line is used once, nearest first."""
    used: set[int] = set()
    out: list[tuple[dict[str, Any], StaffLine | None]] = []
    for g in gold:
        kind, where = _text_key(g)
        best: tuple[float, int] | None = None
        for i, s in enumerate(pred):
            if i in used:
                continue
            if kind == "paragraph":
                ok = s.location.paragraph == where
                dist = 0.0
            elif kind == "line":
                ok = s.location.line is not None and abs(s.location.line - where) <= slack  # type: ignore[operator]
                dist = abs((s.location.line or 0) - where)  # type: ignore[operator]
            else:
                gl, pl = _norm_label(g["label_as_written"]), _norm_label(s.label)
                ok = gl == pl or gl in pl or pl in gl
                dist = 0.0
            if not ok:
                continue
            dist += 0 if s.category in {g["category"], *(g.get("ambiguous_with") or [])} else 0.5
            if best is None or dist < best[0]:
                best = (dist, i)
        if best is None:
            out.append((g, None))
        else:
            used.add(best[1])
            out.append((g, pred[best[1]]))
    return out


def score_justification(just: Justification, doc: dict[str, Any]) -> BudgetScore:
    """Staff lines of a justification against its labels (matched by line,
    paragraph or label), plus commented-out staff found."""
    sc = BudgetScore(path=doc["local_path"], kind="justification")
    gold = list(doc.get("staff_lines", []))
    sc.gold, sc.predicted = len(gold), len(just.staff_lines)
    sc.has_technical_gold = bool(doc.get("has_technical_staff"))
    sc.has_technical_pred = just.has_technical_staff
    pairs = _match_text_lines(gold, just.staff_lines)
    matched_ids = set()
    for g, s in pairs:
        where = g.get("line", g.get("paragraph"))
        if s is None:
            sc.misses.append(f"{where} {g['label_as_written'][:50]!r}")
            continue
        matched_ids.add(id(s))
        _score_pair(sc, g, s, f"{where} {g['label_as_written'][:40]!r}")
    for s in just.staff_lines:
        if id(s) not in matched_ids:
            sc.extras.append(f"{s.location.anchor()} {s.label[:50]!r}")
    cgold = [c for c in doc.get("commented_out_staff", []) if c.get("category") == "technical"]
    cpred = [c for c in just.commented_out_staff if c.category == "technical"]
    sc.commented_gold, sc.commented_found = len(cgold), len(cpred)
    sc.commented_matched = sum(1 for _, s in _match_text_lines(cgold, cpred) if s is not None)
    return sc


def _score_pair(sc: BudgetScore, g: dict[str, Any], s: StaffLine, name: str) -> None:
    sc.matched += 1
    ok = {g["category"], *(g.get("ambiguous_with") or [])}
    if s.category in ok:
        sc.category_ok += 1
    else:
        sc.wrong_category.append(f"{name}: {s.category} (gold {g['category']})")
    eff = g.get("effort_by_period")
    if eff:
        sc.effort_checked += 1
        units = {eff["unit"]: eff["values"]}
        if eff.get("alt"):
            units[eff["alt"]["unit"]] = eff["alt"]["values"]
        if s.effort_unit in units and _series_ok(s.effort, units[s.effort_unit], 0.01):
            sc.effort_ok += 1
    if g.get("cost_by_period") is not None:
        sc.cost_checked += 1
        if _series_ok(s.cost, g["cost_by_period"], 0.005):
            sc.cost_ok += 1


def _figures(scores: list[BudgetScore]) -> dict[str, Any]:
    keys = ("gold", "predicted", "matched", "category_ok", "effort_checked", "effort_ok", "cost_checked", "cost_ok")
    tot = {k: sum(getattr(s, k) for s in scores) for k in keys}
    tech_ok = sum(1 for s in scores if s.has_technical_gold == s.has_technical_pred)
    return {
        "documents": len(scores),
        "totals": tot,
        "precision": tot["matched"] / tot["predicted"] if tot["predicted"] else 1.0,
        "precision_ci": wilson(tot["matched"], tot["predicted"]),
        "recall": tot["matched"] / tot["gold"] if tot["gold"] else 1.0,
        "recall_ci": wilson(tot["matched"], tot["gold"]),
        "category_accuracy": tot["category_ok"] / tot["matched"] if tot["matched"] else 1.0,
        "category_ci": wilson(tot["category_ok"], tot["matched"]),
        "effort_accuracy": tot["effort_ok"] / tot["effort_checked"] if tot["effort_checked"] else None,
        "cost_accuracy": tot["cost_ok"] / tot["cost_checked"] if tot["cost_checked"] else None,
        "has_technical_staff_accuracy": tech_ok / len(scores) if scores else None,
    }


def evaluate(labels_path: str | Path, *, kinds: tuple[str, ...] = ("spreadsheet", "justification")) -> dict[str, Any]:
    """Figures over every labelled file of ``kinds``; ``by_kind`` splits
    spreadsheets from justifications."""
    labels_path = Path(labels_path)
    data = json.loads(labels_path.read_text(encoding="utf-8"))
    return evaluate_documents(data["documents"], labels_path.parent, kinds=kinds)


def evaluate_corpus_budgets(root: str | Path, *, parts: tuple[str, ...] = ("tune", "check")) -> dict[str, Any]:
    """The labelled budgets of a corpus in the layout of ``tests/corpus``
    (``budgets/labels/*.json``), scored separately for each part of its split."""
    from .corpus import load_corpus

    c = load_corpus(root)
    out: dict[str, Any] = {}
    for part in parts:
        docs = c.budgets_in(part)
        out[part] = evaluate_documents([d.label for d in docs], Path(root) / "budgets")
    return out


def evaluate_documents(documents: list[dict[str, Any]], base: Path, *, kinds: tuple[str, ...] = ("spreadsheet", "justification")) -> dict[str, Any]:
    _, ruleset = load()
    scores: list[BudgetScore] = []
    for doc in documents:
        if doc.get("kind") not in kinds:
            continue
        is_just = doc.get("kind") == "justification"
        parsed = parse_one(base / doc["local_path"], ruleset, display=doc["local_path"], as_justification=is_just)
        if is_just and parsed.error is None and isinstance(parsed.model, Justification):
            scores.append(score_justification(parsed.model, doc))
            continue
        if parsed.error is not None or not isinstance(parsed.model, Budget):
            sc = BudgetScore(path=doc["local_path"], gold=len(doc.get("staff_lines", [])), error=str(parsed.error), kind=doc.get("kind", "spreadsheet"))
            scores.append(sc)
            continue
        scores.append(score_budget(parsed.model, doc))
    out = _figures(scores)
    out["errors"] = sum(1 for s in scores if s.error)
    out["by_kind"] = {k: _figures([s for s in scores if s.kind == k]) for k in kinds if any(s.kind == k for s in scores)}
    just = [s for s in scores if s.kind == "justification"]
    out["commented_out_technical"] = {
        "gold": sum(s.commented_gold for s in just),
        "found": sum(s.commented_found for s in just),
        "matched": sum(s.commented_matched for s in just),
    }
    out["per_document"] = [s.__dict__ for s in scores]
    return out


def render_parts(result: dict[str, Any]) -> str:
    """Both parts of a corpus: the tune part with its documents, the check
    part as figures only."""
    out = []
    for part, r in result.items():
        out.append(f"== budgets, {part.upper()} part" + (" (errors may be studied)" if part == "tune" else " (figures only)"))
        text = render(r, details=part == "tune")
        out.append(text)
    return "\n".join(out)


def render(result: dict[str, Any], *, details: bool = True) -> str:
    t = result["totals"]
    pct = lambda x: "n/a" if x is None else f"{x:.3f}"
    ci = lambda c: f"[{c[0]:.2f}, {c[1]:.2f}]"
    out = [
        f"budgets and justifications: {result['documents']} files, {result['errors']} could not be read",
        f"staff lines: gold {t['gold']}, found {t['predicted']}, matched {t['matched']}",
        f"  precision {pct(result['precision'])} {ci(result['precision_ci'])}   recall {pct(result['recall'])} {ci(result['recall_ci'])}",
        f"  category accuracy {pct(result['category_accuracy'])} {ci(result['category_ci'])} ({t['category_ok']}/{t['matched']})",
        f"  effort per period right {pct(result['effort_accuracy'])} ({t['effort_ok']}/{t['effort_checked']})   cost per period right {pct(result['cost_accuracy'])} ({t['cost_ok']}/{t['cost_checked']})",
        f"  has_technical_staff right {pct(result['has_technical_staff_accuracy'])}",
    ]
    for kind, r in (result.get("by_kind") or {}).items():
        k = r["totals"]
        out.append(
            f"  {kind}s ({r['documents']} files): precision {pct(r['precision'])} ({k['matched']}/{k['predicted']})   "
            f"recall {pct(r['recall'])} ({k['matched']}/{k['gold']})   category {pct(r['category_accuracy'])}   "
            f"effort {k['effort_ok']}/{k['effort_checked']}   cost {k['cost_ok']}/{k['cost_checked']}"
        )
    co = result.get("commented_out_technical")
    if co and co["gold"]:
        out.append(f"  commented-out technical staff: gold {co['gold']}, found {co['found']}, matched {co['matched']}")
    out.append("")
    for d in result["per_document"] if details else []:
        flag = "ERROR " + d["error"] if d["error"] else f"{d['matched']}/{d['gold']} matched, {d['predicted']} found"
        out.append(f"  {d['path']}: {flag}")
        for m in d["misses"]:
            out.append(f"      missed  {m}")
        for m in d["extras"]:
            out.append(f"      extra   {m}")
        for m in d["wrong_category"]:
            out.append(f"      category {m}")
    return "\n".join(out) + "\n"
