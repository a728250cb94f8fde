"""Would a learned decision on organisations help? For every organisation
the acknowledgement reader finds in a group of thanks, a logistic
regression decides whether it is a facility or technical team thanked
without names: features are the lexicon's classes of the name's words and
of the purpose's words, the head of the name, the purpose's class, the
frame, whether people are thanked with it, the rules' own decision and,
with ``--words``, the words themselves. The model may add an organisation
the rules left out, or drop one they kept. Thresholds are chosen by
five-fold cross-validation on the tune part (by document); the check part
is scored once with them.

    python scripts/facility_model_experiment.py [--words]

Measured once (tune cross-validation F1, then check F1; rules alone: tune
0.757, check 0.603): lexicon classes only, tune 0.756 and check 0.603 (the
chosen thresholds change nothing); with the words too, tune 0.762 and check
0.611. Too little to ship a second model for; nothing it learns is shipped.
Needs numpy (development only).
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from error_classes import read  # noqa: E402
from purpose_model_experiment import train as _train  # noqa: E402

from techcost import api  # noqa: E402
from techcost.analysis import analyser  # noqa: E402
from techcost.analysis.credit import _clean_org  # noqa: E402
from techcost.evaluation.corpus import load_corpus  # noqa: E402
from techcost.evaluation.manuscripts import match_orgs, same_org  # noqa: E402


@dataclass(frozen=True)
class Candidate:
    name: str  # the organisation as the reader wrote it, tidied
    purpose: str
    frame: str
    with_people: bool
    sentence: str


def candidates(analysis: Any, text: str) -> list[Candidate]:
    """Every organisation the reader finds in a group of thanks of ``text``
    (paragraph by paragraph)."""
    out: list[Candidate] = []
    for para in text.split("\n\n"):
        for credit in analysis.reader.read(para):
            for g in credit.groups:
                people = any(m.kind == "person" for m in g.mentions)
                for m in g.mentions:
                    if m.kind == "org":
                        out.append(
                            Candidate(
                                _clean_org(m.text), g.purpose, g.frame, people, credit.sentence
                            )
                        )
    return out


_WORD = re.compile(r"[a-z][a-z\-]+")


def features(lex: Any, c: Candidate, *, words: bool = False) -> list[str]:
    """What the model sees of one organisation."""
    name = c.name
    cls = lex.purpose_class(c.purpose, for_org=True)[0]
    out = [f"oc:{cls}", f"fr:{c.frame}", f"fk:{lex.facility_kind(name)}"]
    out += ["people"] if c.with_people else []
    out += ["pempty"] if not c.purpose.strip() else []
    out += sorted({f"nl:{h.label}" for h in lex.hits(name)})
    out += sorted({f"pl:{h.label}" for h in lex.hits(c.purpose)}) if c.purpose.strip() else []
    toks = _WORD.findall(name.lower())
    out += [f"h:{toks[-1]}"] if toks else ["h:none"]
    checks = {
        "team": lex.is_team(name),
        "techteam": lex.is_technical_team(name),
        "funder": lex.funder(name),
        "placeorg": lex.place_org(name),
        "service": lex.service_unit(name),
        "resource": lex.resource_only(name + " " + c.purpose),
        "work": lex.has_work(c.purpose) if c.purpose.strip() else False,
        "acronym": bool(re.fullmatch(r"(?:the\s+)?[A-Z][A-Z0-9\-&/]{1,9}", name.strip())),
        "long": len(name.split()) > 6,
    }
    out += [k for k, v in checks.items() if v]
    if words:
        out += [f"n:{t}" for t in toks] + [f"p:{t}" for t in _WORD.findall(c.purpose.lower())]
    return out


def rows_of(items, rs, an, words: bool):
    """Per record: (candidates, rules' facilities, gold facilities); a
    candidate is (features, label, rules' decision, name)."""
    docs = []
    for it in items:
        r = it.record
        gold = r.get("facilities_or_teams_thanked_without_names") or []
        m = read(r, rs)
        rules = [f.name for f in m.facilities if not f.named_staff or f.unnamed_staff]
        cands = []
        for c in candidates(an, str(r["text"])):
            x = features(an.lex, c, words=words)
            yes = any(same_org(c.name, f) for f in rules)
            cands.append(
                (
                    x + (["rules"] if yes else ["no-rules"]),
                    bool(match_orgs([c.name], gold)),
                    yes,
                    c.name,
                )
            )
        docs.append((cands, rules, gold))
    return docs


def train(rows, c: float = 1.0):
    return _train(rows, c, steps=600)


def decide(docs, idx=None, w=None, t_add=2.0, t_drop=-1.0):
    tp = npred = ngold = 0
    for cands, rules, gold in docs:
        final = list(rules)
        if idx is not None:
            scored = [
                (1 / (1 + math.exp(-(w[-1] + sum(w[idx[f]] for f in x if f in idx)))), yes, name)
                for x, _, yes, name in cands
            ]
            for p, yes, name in scored:
                if yes and p < t_drop:
                    final = [f for f in final if not same_org(f, name)]
            for p, yes, name in scored:
                if not yes and p > t_add and not any(same_org(f, name) for f in final):
                    final.append(name)
        tp += match_orgs(final, gold)
        npred += len(final)
        ngold += len(gold)
    p = tp / max(1, npred)
    r = tp / max(1, ngold)
    return round(p, 3), round(r, 3), round(2 * p * r / max(1e-9, p + r), 3)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--words", action="store_true", help="the words of the name and purpose as features too"
    )
    args = ap.parse_args()
    c = load_corpus(ROOT / "tests" / "corpus")
    _, rs = api.load()
    an = analyser(rs.lexicons)
    tune = rows_of(c.acks_in("tune"), rs, an, args.words)
    random.Random(7).shuffle(tune)
    print("tune, five-fold cross-validation (P, R, F1 of facilities thanked without names):")
    print("  rules alone", decide(tune))
    grid = [
        (ta, td, cc)
        for ta in (0.5, 0.6, 0.7, 0.8)
        for td in (-1.0, 0.1, 0.2)
        for cc in (0.3, 1.0, 3.0)
    ]
    models = {
        cc: [
            train([r for i, (d, *_) in enumerate(tune) if i % 5 != k for r in d], cc)
            for k in range(5)
        ]
        for cc in (0.3, 1.0, 3.0)
    }
    best = None
    for ta, td, cc in grid:
        folds = [decide(tune[k::5], *models[cc][k], ta, td) for k in range(5)]
        f1 = sum(f[2] for f in folds) / 5
        print(
            f"  add > {ta}, drop < {td}, C {cc}: mean F1 {f1:.3f} (P {sum(f[0] for f in folds) / 5:.3f} R {sum(f[1] for f in folds) / 5:.3f})"
        )
        if best is None or f1 > best[3]:
            best = (ta, td, cc, f1)
    ta, td, cc, _ = best
    idx, w = train([r for d, *_ in tune for r in d], cc)
    check = rows_of(c.acks_in("check"), rs, an, args.words)
    print(
        f"check part: rules alone {decide(check)}; with the model (add > {ta}, drop < {td}, C {cc}, chosen on tune) {decide(check, idx, w, ta, td)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
