"""Would a learned second opinion on purposes help? For every person the
acknowledgement reader finds, a logistic regression over the words of
their purpose (unigrams and bigrams, trained on the tune part) may credit
them when the rules do not. The threshold is chosen by five-fold
cross-validation on the tune part; the check part is scored once with it.

    python scripts/purpose_model_experiment.py [--write]

With ``--write`` the model trained on the whole tune part is written to
``src/techcost/analysis/purpose_model.json``, which techcost reads (with
plain Python) as its second opinion. Needs numpy (development only).
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import random
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from techcost import api  # noqa: E402
from techcost.analysis import analyser  # noqa: E402
from techcost.analysis.text import fold  # noqa: E402
from techcost.evaluation.corpus import load_corpus  # noqa: E402
from techcost.model import Location  # noqa: E402


def _key(name: str) -> list[str]:
    return fold(re.sub(r"[^\w ]", " ", name)).split()


def same(a: str, b: str) -> bool:
    x, y = _key(a), _key(b)
    return bool(x and y and x[-1] == y[-1] and x[0][0] == y[0][0])


FEATURES = "words"


def features(purpose: str) -> list[str]:
    toks = re.findall(r"[a-z][a-z\-]+", (purpose or "").lower())
    out = ["w:" + t for t in toks] + ["b:" + a + "_" + b for a, b in zip(toks, toks[1:])] + ([] if toks else ["empty"])
    if FEATURES in ("suffix", "both"):
        # the ending of a long word names its kind: -ation, -ysis, -ment, -ing, -ogen, -scopy
        out += ["s:" + t[-4:] for t in toks if len(t) >= 7]
    if FEATURES in ("acronym", "both"):
        # a technique or instrument named by an acronym (SAXS, FISH, NMR, EQ3/6)
        n = len(re.findall(r"\b[A-Z][A-Z0-9/\-]{1,7}\b", purpose or ""))
        out += ["acr"] if n else []
    return out


def rows_of(items, an):
    docs = []
    for it in items:
        r = it.record
        res = an.read_text(r["text"], Location(path="x"))
        credited = {c.name for c in res.contributors}
        gold = [g["name"] for g in r["technical_staff_named"]]
        rows = [(features(p.purpose), any(same(g, p.name) for g in gold), p.name in credited, an.lex.purpose_class(p.purpose)[0]) for p in res.people]
        docs.append((rows, len(gold)))
    return docs


def train(rows, c: float = 1.0, steps: int = 400):
    """A logistic regression over rows of (features, label, ...): the
    feature index and the weights (the bias last); ``c`` scales down the
    L2 penalty."""
    vocab = collections.Counter(f for x, *_ in rows for f in set(x))
    idx = {f: i for i, f in enumerate(f for f, n in vocab.items() if n >= 2)}
    a = np.zeros((len(rows), len(idx) + 1))
    a[:, -1] = 1
    for i, (x, *_) in enumerate(rows):
        for f in x:
            if f in idx:
                a[i, idx[f]] = 1
    y = np.array([r[1] for r in rows], float)
    w = np.zeros(a.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(a @ w)))
        w -= 2.0 * (a.T @ (p - y) / len(y) + w / (c * len(y)))
    return idx, w


def prf(docs, idx=None, w=None, th=None):
    tp = fp = g = 0
    for rows, n in docs:
        g += n
        for x, y, rule, cls in rows:
            pred = rule
            if idx is not None and not rule and cls != "negative":
                s = w[-1] + sum(w[idx[f]] for f in x if f in idx)
                pred = 1 / (1 + math.exp(-s)) > th
            tp += pred and y
            fp += pred and not y
    return scores(tp, fp, g)


def scores(tp: int, fp: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1, rounded."""
    p = tp / max(1, tp + fp)
    r = tp / max(1, gold)
    return round(p, 3), round(r, 3), round(2 * p * r / max(1e-9, p + r), 3)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--features", choices=("words", "suffix", "acronym", "both"), default="words")
    ap.add_argument("--thresholds", default="0.4,0.5,0.6,0.7,0.8")
    args = ap.parse_args()
    global FEATURES
    FEATURES = args.features
    c = load_corpus(ROOT / "tests" / "corpus")
    _, rs = api.load()
    an = analyser(rs.lexicons)
    an.second_opinion = False  # the rules alone: the model is what is being measured
    tune = rows_of(c.acks_in("tune"), an)
    check = rows_of(c.acks_in("check"), an)
    random.Random(7).shuffle(tune)
    best = None
    print("tune, five-fold cross-validation (P, R, F1 of named technical staff):")
    print("  rules alone", prf(tune))
    for th in (float(t) for t in args.thresholds.split(",")):
        folds = []
        for k in range(5):
            idx, w = train([r for i, (d, _) in enumerate(tune) if i % 5 != k for r in d])
            folds.append(prf(tune[k::5], idx, w, th))
        f1 = sum(f[2] for f in folds) / 5
        print(f"  rules or model > {th}: mean F1 {f1:.3f}")
        if best is None or f1 > best[1]:
            best = (th, f1)
    idx, w = train([r for d, _ in tune for r in d])
    print(f"check part: rules alone {prf(check)}; rules or model > {best[0]} (chosen on tune) {prf(check, idx, w, best[0])}")
    if args.write:
        weights = {f: round(float(w[i]), 4) for f, i in sorted(idx.items()) if abs(w[i]) >= 0.005}
        out = {
            "about": "logistic regression over the words of a purpose; trained by scripts/purpose_model_experiment.py on the tune part of tests/corpus",
            "trained_on": {"acknowledgement_texts": len(tune), "people": sum(len(d) for d, _ in tune)},
            "threshold": best[0],
            "bias": round(float(w[-1]), 4),
            "weights": weights,
        }
        path = ROOT / "src" / "techcost" / "analysis" / "purpose_model.json"
        path.write_text(json.dumps(out, indent=0, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
