"""Would a learned second opinion on the *basis* of a credit help?

The rules say whether a credited person's technical role is stated
(``explicit``) or only suggested by the task (``inferred``). On the tune
part about half of the strict-score errors are people found and credited
with the other basis. For every person the rules credit, a logistic
regression over the words of what they were credited for (and the rules'
own basis) estimates whether the labels call them explicit. The rules'
basis is kept unless the model is confident the other way: above ``hi``
an inferred credit becomes explicit, below ``lo`` an explicit one becomes
inferred. Thresholds are chosen by five-fold cross-validation on the tune
part; the check part is scored once with them.

    python scripts/basis_model_experiment.py [--features words|context]

Measured and not shipped: see DESIGN.md ("A learned second opinion").

Needs numpy (development only).
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from techcost import api  # noqa: E402
from techcost.analysis import analyser  # noqa: E402
from techcost.evaluation.corpus import load_corpus  # noqa: E402
from techcost.evaluation.manuscripts import match_names  # noqa: E402
from techcost.model import Location  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from purpose_model_experiment import scores, train  # noqa: E402  (the same logistic regression and scores)


def features(role_words: str, basis: str, facility: str | None, context: str = "") -> list[str]:
    """The words and word pairs of what a person was credited for, the rules' basis,
    whether the text ties them to a facility, and (``context``) the sentence's words."""
    toks = re.findall(r"[a-z][a-z\-]+", (role_words or "").lower())
    out = ["w:" + t for t in toks] + ["b:" + a + "_" + b for a, b in zip(toks, toks[1:])]
    out.append("rule:" + basis)
    if facility:
        out.append("facility")
    if context:
        out += ["c:" + t for t in set(re.findall(r"[a-z][a-z\-]+", context.lower()))]
    return out


def rows_of(items, an, mode):
    """Per text: ([(features, gold explicit?, rules explicit?)], gold explicit count)."""
    docs = []
    for it in items:
        r = it.record
        res = an.read_text(r["text"], Location(path="x"))
        gold = [g["name"] for g in r["technical_staff_named"] if g.get("basis", "explicit") == "explicit"]
        rows = []
        seen = set()
        for c in res.contributors:
            if c.name in seen:
                continue
            seen.add(c.name)
            y = match_names([c.name], list(gold)) == 1
            rows.append((features(c.role_words, c.basis, c.facility, c.evidence if mode == "context" else ""), y, c.basis == "explicit"))
        docs.append((rows, len(gold)))
    return docs


def prob(x, idx, w):
    s = w[-1] + sum(w[idx[f]] for f in x if f in idx)
    return 1 / (1 + math.exp(-max(-60, min(60, s))))


def prf(docs, model=None, lo=0.0, hi=1.0):
    tp = fp = g = 0
    for rows, n in docs:
        g += n
        for x, y, rule in rows:
            pred = rule
            if model is not None:
                p = prob(x, *model)
                pred = (p >= lo) if rule else (p > hi)
            tp += pred and y
            fp += pred and not y
    return scores(tp, fp, g)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--features", choices=("words", "context"), default="words")
    args = ap.parse_args()
    c = load_corpus(ROOT / "tests" / "corpus")
    _, rs = api.load()
    an = analyser(rs.lexicons)
    tune = rows_of(c.acks_in("tune"), an, args.features)
    check = rows_of(c.acks_in("check"), an, args.features)
    random.Random(7).shuffle(tune)
    grid = [(lo, hi) for lo in (0.0, 0.1, 0.2, 0.3) for hi in (0.6, 0.7, 0.8, 0.9, 1.0)]
    print("tune, five-fold cross-validation (P, R, F1 of named technical staff, strict):")
    print("  rules alone", prf(tune))
    models = [train([r for i, (d, _) in enumerate(tune) if i % 5 != k for r in d]) for k in range(5)]
    best = None
    for lo, hi in grid:
        f1 = sum(prf(tune[k::5], models[k], lo, hi)[2] for k in range(5)) / 5
        print(f"  lo {lo:.1f} hi {hi:.1f}: mean F1 {f1:.3f}")
        if best is None or f1 > best[2] + 1e-9:
            best = (lo, hi, f1)
    model = train([r for d, _ in tune for r in d])
    print(f"check part: rules alone {prf(check)}; with the model at lo {best[0]} hi {best[1]} (chosen on tune) {prf(check, model, best[0], best[1])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
