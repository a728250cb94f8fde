"""For each tune-part document whose technical credit is read wrongly: the
labels, and how the acknowledgement reader read it (never the check part).

    python scripts/credit_errors.py [--only SUBSTRING] [--acks]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from credit_debug import show  # noqa: E402

from techcost import api  # noqa: E402
from techcost.analysis import analyser  # noqa: E402
from techcost.evaluation.corpus import load_corpus  # noqa: E402
from techcost.evaluation.manuscripts import score_ack, score_paper  # noqa: E402
from techcost.model import Manuscript  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--acks", action="store_true")
    ap.add_argument("--corpus", default=str(ROOT / "tests" / "corpus"))
    a = ap.parse_args()
    c = load_corpus(a.corpus)
    _, rs = api.load()
    an = analyser(rs.lexicons)
    items = c.acks_in("tune") if a.acks else c.papers_in("tune")
    for it in items:
        lab = it.record if a.acks else it.label
        if a.only and a.only not in lab["id"]:
            continue
        row = score_ack(lab, rs) if a.acks else score_paper(lab, it.path, rs, lab["local_path"])
        bad = {k: v for k, v in (row.get("tech_detail") or {}).items() if v and "author" not in k}
        if not bad:
            continue
        print("=" * 100)
        print(lab["id"], bad)
        print("GOLD staff:", [(t["name"], t["basis"], t["role_words_as_written"][:60]) for t in lab["technical_staff_named"]])
        print("GOLD fac:", lab["facilities_or_teams_thanked_without_names"])
        print("NOTES:", lab.get("notes", "")[:400])
        if a.acks:
            show(lab["text"], an)
            continue
        m = api.parse_one(it.path, rs).model
        if not isinstance(m, Manuscript):
            continue
        for s in m.sections:
            if s.kind in ("acknowledgements", "funding"):
                print(f"## {s.kind}: {s.heading}")
                for b in s.blocks:
                    show(b.text, an)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
