"""Count the kinds of credit error on a part of the corpus, as figures only:
no text, name or label is printed, so the check part can be counted
without being studied.

    python scripts/error_classes.py --part tune
    python scripts/error_classes.py --part check

Classes of each error on acknowledgement records:
  missed staff    the name is not read as a person at all / read as a
                  person thanked for something not technical
  extra staff     read as explicit or as inferred
  wrong basis     read explicit where the label says inferred, or the other way
  missed facility no facility read / a facility read with named staff only /
                  facilities read but none the same
  extra facility  in a record whose labels name no facility / named people
                  only / otherwise
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from techcost import api  # noqa: E402
from techcost.analysis import analyse  # noqa: E402
from techcost.evaluation.corpus import load_corpus  # noqa: E402
from techcost.evaluation.manuscripts import match_orgs, match_people  # noqa: E402
from techcost.model import Location, Manuscript, Section, TextBlock  # noqa: E402


def read(record: dict, rs) -> Manuscript:
    loc = Location(path=str(record["id"]), paragraph=1)
    blocks = [
        TextBlock(text=p.strip(), location=loc)
        for p in str(record["text"]).split("\n\n")
        if p.strip()
    ]
    m = Manuscript(
        path=str(record["id"]),
        format="markdown",
        sections=[
            Section(
                kind="acknowledgements", heading="Acknowledgements", location=loc, blocks=blocks
            )
        ],
    )
    return analyse(m, rs.lexicons)


def count(records: list[dict], rs) -> Counter:
    k: Counter = Counter()
    for rec in records:
        m = read(rec, rs)
        gold = rec.get("technical_staff_named") or []
        gold_all = [t["name"] for t in gold]
        gold_strict = [t["name"] for t in gold if t.get("basis", "explicit") == "explicit"]
        pred = {c.name: c.basis for c in m.technical_contributors}
        people = [p.name for p in m.acknowledged_people]
        k["gold staff"] += len(gold_all)
        k["gold facilities"] += len(rec.get("facilities_or_teams_thanked_without_names") or [])
        for g in gold_all:
            if match_people(list(pred), [g]):
                continue
            k[
                "missed staff: not read as a person"
                if not match_people(people, [g])
                else "missed staff: read as not technical"
            ] += 1
        for p, basis in pred.items():
            if not match_people([p], gold_all):
                k[f"extra staff: read {basis}"] += 1
            elif basis == "explicit" and not match_people([p], gold_strict):
                k["wrong basis: read explicit, label inferred"] += 1
            elif basis != "explicit" and match_people([p], gold_strict):
                k["wrong basis: read inferred, label explicit"] += 1
        gold_fac = rec.get("facilities_or_teams_thanked_without_names") or []
        pred_fac = [f.name for f in m.facilities if not f.named_staff or f.unnamed_staff]
        owned = [f.name for f in m.facilities if f.named_staff and not f.unnamed_staff]
        for g in gold_fac:
            if match_orgs(pred_fac, [g]):
                continue
            if match_orgs(owned, [g]):
                k["missed facility: read with named staff only"] += 1
            elif not pred_fac:
                k["missed facility: no facility read in the record"] += 1
            else:
                k["missed facility: others read, not this one"] += 1
        for p in pred_fac:
            if match_orgs([p], gold_fac):
                continue
            if not gold_fac and not gold_all:
                k["extra facility: labels name nothing technical"] += 1
            elif not gold_fac:
                k["extra facility: labels name people only"] += 1
            else:
                k["extra facility: labels name other facilities"] += 1
    return k


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", choices=("tune", "check"), default="tune")
    ap.add_argument("--corpus", default=str(ROOT / "tests" / "corpus"))
    a = ap.parse_args()
    c = load_corpus(a.corpus)
    _, rs = api.load()
    recs = [r.record for r in c.acks_in(a.part)]
    k = count(recs, rs)
    print(f"{a.part}: {len(recs)} acknowledgement records")
    for group in (
        "gold",
        "missed staff",
        "extra staff",
        "wrong basis",
        "missed facility",
        "extra facility",
    ):
        for name, n in sorted(k.items()):
            if name.startswith(group):
                base = k["gold facilities"] if "facilit" in group else k["gold staff"]
                print(f"  {name:<55} {n:5d}  ({n / max(base, 1):.3f} of gold)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
