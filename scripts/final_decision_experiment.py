"""Would a learned final decision help? For every person the acknowledgement
reader finds, two logistic regressions decide whether they are technical
staff and, if so, whether explicitly: features are the words of their
purpose and role, the rules' own decision and purpose class, the learned
purpose model's score, a title before the name and the size of the list.
Thresholds and regularisation are chosen by five-fold cross-validation on
the tune part (by document); the check part is scored once with them.

    python scripts/final_decision_experiment.py [--check]

Needs numpy (development only). Nothing it learns is shipped.
"""

from __future__ import annotations

import collections
import math
import random
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from techcost import api  # noqa: E402
from techcost.analysis import analyser, purpose_model  # noqa: E402
from techcost.analysis.text import fold  # noqa: E402
from techcost.evaluation.corpus import load_corpus  # noqa: E402
from techcost.model import Location  # noqa: E402

_WORD = re.compile(r"[a-z][a-z\-]+")


def _key(name: str) -> list[str]:
    return fold(re.sub(r"[^\w ]", " ", name)).split()


def same(a: str, b: str) -> bool:
    x, y = _key(a), _key(b)
    return bool(x and y and x[-1] == y[-1] and x[0][0] == y[0][0])


def rows_of(items, an) -> list[tuple[list[dict], dict[str, int]]]:
    """Per document: one row per person found, and the gold counts."""
    docs = []
    for it in items:
        r = it.record
        res = an.read_text(r["text"], Location(path="x"))
        cred = {c.name: c for c in res.contributors}
        gold = r["technical_staff_named"]
        rows = []
        for p in res.people:
            c = cred.get(p.name)
            basis = next((g.get("basis", "explicit") for g in gold if same(g["name"], p.name)), None)
            rows.append(
                dict(name=p.name, purpose=p.purpose, rule=c.basis if c else None, role=c.role_words if c else "", pclass=an.lex.purpose_class(p.purpose)[0],
                     pm=purpose_model.score(p.purpose) if p.purpose else 0.0, gold=basis, n=len(res.people))
            )  # fmt: skip
        docs.append((rows, {"explicit": sum(1 for g in gold if g.get("basis", "explicit") == "explicit"), "all": len(gold)}))
    return docs


def features(r: dict) -> list[str]:
    t = _WORD.findall((r["purpose"] or "").lower())
    f = [f"rule:{r['rule']}", f"pc:{r['pclass']}", f"rule_pc:{r['rule']}_{r['pclass']}", f"pm:{int(r['pm'] * 5)}", f"np:{min(r['n'], 6)}"]
    f += ["w:" + x for x in t] + ["b:" + a + "_" + b for a, b in zip(t, t[1:])] + ([] if t else ["empty"])
    f += ["r:" + x for x in _WORD.findall((r["role"] or "").lower())]
    if re.match(r"(?i)(dr|prof|professor)\b", r["name"]):
        f.append("title")
    return f


def train(xs: list[list[str]], ys: list[bool], c: float) -> tuple[dict[str, int], np.ndarray]:
    vocab = collections.Counter(f for x in xs for f in set(x))
    idx = {f: i for i, f in enumerate(f for f, n in vocab.items() if n >= 2)}
    ri, ci = [], []
    for i, x in enumerate(xs):
        for f in {*x, "<bias>"}:
            if f in idx or f == "<bias>":
                ri.append(i)
                ci.append(idx.get(f, len(idx)))
    ri_a, ci_a, y = np.array(ri), np.array(ci), np.asarray(ys, float)
    w = np.zeros(len(idx) + 1)
    for _ in range(400):  # gradient descent on the L2-regularised log loss (sparse rows as index pairs)
        p = 1 / (1 + np.exp(-np.bincount(ri_a, weights=w[ci_a], minlength=len(xs))))
        w -= 2.0 * (np.bincount(ci_a, weights=(p - y)[ri_a], minlength=len(w)) / len(xs) + w / (c * len(xs)))
    return idx, w


def prob(model: tuple[dict[str, int], np.ndarray], x: list[str]) -> float:
    idx, w = model
    s = w[-1] + sum(w[idx[f]] for f in set(x) if f in idx)
    return 1 / (1 + math.exp(-max(-50.0, min(50.0, s))))


def score(docs, decide) -> tuple[float, float]:
    """Strict and lenient F1 of named technical staff."""
    st = collections.Counter()
    for rows, ng in docs:
        for r in rows:
            d = decide(r)
            if d is not None:
                st["lp"] += 1
                st["ltp"] += r["gold"] is not None
                if d == "explicit":
                    st["sp"] += 1
                    st["stp"] += r["gold"] == "explicit"
        st["lg"] += ng["all"]
        st["sg"] += ng["explicit"]
    return round(2 * st["stp"] / max(1, st["sp"] + st["sg"]), 3), round(2 * st["ltp"] / max(1, st["lp"] + st["lg"]), 3)


def fit(docs, c: float):
    rows = [r for d, _ in docs for r in d]
    xs = [features(r) for r in rows]
    keep = train(xs, [r["gold"] is not None for r in rows], c)
    sub = [(x, r) for x, r in zip(xs, rows) if r["gold"] is not None]
    return keep, train([x for x, _ in sub], [r["gold"] == "explicit" for _, r in sub], c)


def decider(models, t1: float, t2: float):
    keep, expl = models

    def decide(r: dict) -> str | None:
        x = features(r)
        if prob(keep, x) <= t1:
            return None
        return "explicit" if prob(expl, x) > t2 else "inferred"

    return decide


def main() -> int:
    c = load_corpus(ROOT / "tests" / "corpus")
    _, rs = api.load()
    an = analyser(rs.lexicons)
    tune = rows_of(c.acks_in("tune"), an)
    random.Random(11).shuffle(tune)
    rules = lambda r: r["rule"]  # noqa: E731
    print("tune, rules alone (strict, lenient F1):", score(tune, rules))
    grid = [(cc, t1, t2) for cc in (1.0, 4.0) for t1 in (0.4, 0.5, 0.6) for t2 in (0.4, 0.5, 0.6)]
    gains = collections.defaultdict(list)
    for k in range(5):
        train_docs, test_docs = [d for i, d in enumerate(tune) if i % 5 != k], tune[k::5]
        base = score(test_docs, rules)
        for cc in (1.0, 4.0):
            models = fit(train_docs, cc)
            for g in (g for g in grid if g[0] == cc):
                s = score(test_docs, decider(models, g[1], g[2]))
                gains[g].append(s[0] - base[0] + s[1] - base[1])
    best = max(gains, key=lambda g: sum(gains[g]))
    print(f"five-fold cross-validation on tune: best {best}, mean gain (strict + lenient F1) {sum(gains[best]) / 5:+.3f}")
    if "--check" in sys.argv:
        check = rows_of(c.acks_in("check"), an)
        print("check: rules alone", score(check, rules), "learned decision", score(check, decider(fit(tune, best[0]), best[1], best[2])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
