"""Show how the acknowledgement reader reads a text or a paper's
acknowledgements: sentences, groups, purposes and the decision on each.

    python scripts/credit_debug.py "We thank A. Smith for technical help."
    python scripts/credit_debug.py --file paper.xml
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from techcost import api  # noqa: E402
from techcost.analysis import analyser  # noqa: E402
from techcost.model import Location, Manuscript  # noqa: E402


def show(text: str, a) -> None:
    for c in a.reader.read(text):
        print(f"  | {c.sentence}")
        for g in c.groups:
            pc = a.lex.purpose_class(g.purpose)
            print(f"    [{g.frame}] role={g.role!r} purpose={g.purpose[:80]!r} -> {pc}")
            for m in g.mentions:
                extra = " ".join(f"{k}={v!r}" for k, v in (("affil", m.affil), ("role", m.role), ("paren", m.paren)) if v)
                print(f"       {m.kind}: {m.text!r} {extra}")
    res = a.read_text(text, Location(path="-"))
    print("  => staff:", [(c.name, c.basis) for c in res.contributors])
    print("  => facilities:", [(f.name, f.kind, f.named_staff) for f in res.facilities])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("text", nargs="?")
    ap.add_argument("--file")
    a_ = ap.parse_args()
    _, rs = api.load()
    a = analyser(rs.lexicons)
    if a_.file:
        parsed = api.parse_one(Path(a_.file), rs)
        m = parsed.model
        assert isinstance(m, Manuscript), parsed.error
        for s in m.sections:
            if s.kind in ("acknowledgements", "funding"):
                print(f"## {s.kind}: {s.heading}")
                for b in s.blocks:
                    show(b.text, a)
        for au in analyser(rs.lexicons).analyse(m).technical_authors.items():
            print("technical author:", m.authors[au[0]].name, au[1])
    else:
        show(a_.text, a)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
