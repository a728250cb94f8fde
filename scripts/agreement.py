"""How far two annotators of the acknowledgement texts agree: the same
measures `techcost eval` uses, with the corpus labels as one annotator and
an independent second labelling (made from the text alone, without seeing
the labels) as the other. A figure above this agreement means fitting one
annotator's habits, not reading better.

    python scripts/agreement.py [tests/corpus/agreement/second-annotator-tune120.jsonl]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from techcost import api  # noqa: E402
from techcost.evaluation.corpus import load_corpus  # noqa: E402
from techcost.evaluation.manuscripts import match_orgs, match_people, score_ack  # noqa: E402


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "corpus" / "agreement" / "second-annotator-tune120.jsonl"
    corpus = load_corpus(ROOT / "tests" / "corpus")
    gold = {a.record["id"]: a.record for a in corpus.acks}
    second = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    parts = {corpus.part(r["id"]) for r in second}
    sums = {"strict": [0, 0, 0], "lenient": [0, 0, 0], "facilities": [0, 0, 0]}
    for s in second:
        g = gold[s["id"]]
        pairs = {
            "strict": ([t["name"] for t in s["technical_staff_named"] if t.get("basis") == "explicit"], [t["name"] for t in g["technical_staff_named"] if t.get("basis", "explicit") == "explicit"]),
            "lenient": ([t["name"] for t in s["technical_staff_named"]], [t["name"] for t in g["technical_staff_named"]]),
            "facilities": (s["facilities_or_teams_thanked_without_names"], g["facilities_or_teams_thanked_without_names"]),
        }
        for k, (a, b) in pairs.items():
            sums[k][0] += match_orgs(a, b) if k == "facilities" else match_people(a, b)
            sums[k][1] += len(a)
            sums[k][2] += len(b)
    print(f"{len(second)} acknowledgement texts ({', '.join(sorted(parts))} part); second annotator against the corpus labels")
    _, ruleset = api.load()
    rows = [score_ack(gold[s["id"]], ruleset) for s in second]
    ours = {k: [sum(r[f"{c}_{x}"] for r in rows) for x in ("tp", "pred", "gold")] for k, c in (("strict", "strict"), ("lenient", "lenient"), ("facilities", "fac"))}
    for k, (tp, n2, n1) in sums.items():
        p, r, f = prf(tp, n2, n1)
        f_ours = prf(*ours[k])[2]
        print(f"  {k:<11} agreement F1 {f:.3f}  (second finds {n2}, labels hold {n1}, both {tp}; P {p:.3f} R {r:.3f}); techcost on the same texts {f_ours:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
