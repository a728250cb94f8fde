"""Read the same thanks in the frames writers use for it.

For each unit of thanks the reader finds in a tune-part acknowledgement
(people named, with what they were thanked for), the same people and the
same purpose are written again in common frames of thanks: "We thank A
and B for X", "We are grateful to ...", "Thanks are due to ...", "A and B
are thanked for X", "For X, we thank A and B", "We acknowledge the help of
A and B with X", and so on. What the reader credits (who, and on what
basis) is compared across the frames; a difference is the reader treating
one wording of the same thanks unlike another, whatever the labels say.

    python scripts/frame_sweep.py [-n 300] [--seed 7] [--frame NAME] [--only ID] [--shapes]

With --shapes the frame stays "We thank ... for X" and the people's names
are written in other shapes instead: initials ("K. Park"), a title ("Dr.
Kim Park", "Ms Kim Park"), initials run together ("K.L.Park"), a degree
after the name ("Kim Park, PhD"). With --roles each unit's people are
given a technical post, printed in brackets after each name, before the
names, after them between commas, as "our technicians, A and B", or before
a colon list; every one of them must be credited, explicitly.

Only tune records are used: the check part is for figures.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from techcost import api  # noqa: E402
from techcost.analysis import analyser  # noqa: E402
from techcost.evaluation.corpus import load_corpus  # noqa: E402
from techcost.model import Location  # noqa: E402


def listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _help_of(names: list[str], purpose: str) -> str | None:
    """"their help with the imaging" -> "We acknowledge the help of A and B
    with the imaging." (None when the purpose is not help of some kind)."""
    p = re.sub(r"^(?:their|his|her|its)\s+", "", purpose.strip())
    m = re.match(r"((?:[a-z]+\s+)?(?:help|assistance|support|expertise|work))\b\s*(.*)$", p, re.I)
    if m is None:
        return None
    rest = f" {m.group(2)}" if m.group(2) else ""
    return f"We acknowledge the {m.group(1)} of {listed(names)}{rest}."


def _provided(purpose: str) -> str | None:
    """"their technical support with X" -> "technical support with X": help of some kind, which
    people can be said to have provided (None for a purpose that is not)."""
    p = re.sub(r"^(?:their|his|her|its|the)\s+", "", purpose.strip())
    return p if re.match(r"(?:[a-z]+\s+){0,2}(?:help|assistance|support|expertise)\b", p, re.I) else None


# each frame: (name, writer(names, purpose) -> sentence or None when the frame does not fit)
FRAMES = {
    "thank": lambda n, p: f"We thank {listed(n)} for {p}.",
    "grateful": lambda n, p: f"We are grateful to {listed(n)} for {p}.",
    "due": lambda n, p: f"Thanks are due to {listed(n)} for {p}.",
    "would": lambda n, p: f"The authors would like to thank {listed(n)} for {p}.",
    "passive": lambda n, p: f"{listed(n)} {'is' if len(n) == 1 else 'are'} thanked for {p}.",
    "fronted": lambda n, p: f"For {p}, we thank {listed(n)}.",
    "acknowledge": lambda n, p: f"We acknowledge {listed(n)} for {p}.",
    "of": _help_of,
    "bare": lambda n, p: f"Thanks to {listed(n)} for {p}.",
    "colon": lambda n, p: f"We thank the following people for {p}: {listed(n)}.",
    "go": lambda n, p: f"Our thanks go to {listed(n)} for {p}.",
    "acknowledged": lambda n, p: f"{listed(n)} {'is' if len(n) == 1 else 'are'} acknowledged for {p}.",
    "indebted": lambda n, p: f"We are indebted to {listed(n)} for {p}.",
    "special": lambda n, p: f"Special thanks to {listed(n)} for {p}.",
    "first_person": lambda n, p: f"I am grateful to {listed(n)} for {p}.",
    "also": lambda n, p: f"We also thank {listed(n)} for {p}.",
    # the people as doers: "A and B provided X", "X was provided by A and B", "A and B, who provided X"
    "subject": lambda n, p: (f"{listed(n)} provided {q}." if (q := _provided(p)) else None),
    "by": lambda n, p: (f"{q[:1].upper()}{q[1:]} {'was' if not q.endswith('s') else 'were'} provided by {listed(n)}." if (q := _provided(p)) else None),
    "who": lambda n, p: (f"We thank {listed(n)}, who provided {q}." if (q := _provided(p)) else None),
}


def _initials(name: str) -> str:
    parts = name.split()
    return name if len(parts) < 2 else " ".join(p[0] + "." if p[:1].isupper() and not p.endswith(".") else p for p in parts[:-1]) + " " + parts[-1]


# the same people written in other shapes: (name, writer(name) -> name as written)
SHAPES = {
    "initials": _initials,
    "title": lambda n: f"Dr. {n}",
    "courtesy": lambda n: f"Ms {n}",
    "joined": lambda n: _initials(n).replace(". ", ".", _initials(n).count(". ") - 1) if _initials(n) != n else n,
    "degree": lambda n: f"{n}, PhD",
}


def _plural(role: str, n: int) -> str:
    return role if n == 1 else role + "s"


# a technical post printed in the ways writers print it: (name, writer(names, post, purpose))
ROLES = {
    "brackets": lambda n, r, p: f"We thank {listed([f'{x} ({r})' for x in n])} for {p}.",
    "before": lambda n, r, p: f"We thank {_plural(r, len(n))} {listed(n)} for {p}.",
    "after": lambda n, r, p: f"We thank {listed(n)}, {_plural(r, len(n))}, for {p}.",
    "the": lambda n, r, p: f"We thank our {_plural(r, len(n))}, {listed(n)}, for {p}.",
    "colon": lambda n, r, p: f"We thank the following {_plural(r, 2)} for {p}: {listed(n)}.",
}
POSTS = ("research technician", "laboratory technician", "research software engineer", "technical officer")


def credited_shapes(an, text: str, written: list[str]) -> tuple[str, ...]:
    """Who is credited among ``written`` (by family name) and on what basis, in their order."""
    res = an.read_text(text, Location(path="frame"))
    got = {c.name.split()[-1].lower().strip("."): c.basis for c in res.contributors}
    return tuple(got.get(w.split(",")[0].split()[-1].lower().strip("."), "-") for w in written)


def credited(an, text: str, names: list[str]) -> tuple[tuple[str, str], ...]:
    res = an.read_text(text, Location(path="frame"))
    keep = {x.lower() for x in names}
    return tuple(sorted((c.name, c.basis) for c in res.contributors if c.name.lower() in keep))


def units(an, text: str) -> list[tuple[list[str], str]]:
    """(people, purpose) of each unit of thanks read in ``text``."""
    out = []
    for credit in an.reader.read(text):
        for g in credit.groups:
            people = [m.text for m in g.mentions if m.kind == "person"]
            purpose = g.purpose.strip(" .,;")
            # (thanks for something: a purpose the frame can carry, not a deed with its person as subject)
            # (nor a relative clause's verb: "A and B, who provided X" reads "provided X")
            if re.match(r"[a-z]+ed\b", purpose):
                continue
            if g.frame == "thanks" and people and purpose and len(people) == len(g.mentions) and len(purpose) < 200 and not re.search(r"[()\[\]]", purpose):
                out.append((people, purpose))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--frame", choices=sorted(FRAMES))
    ap.add_argument("--only")
    ap.add_argument("--shapes", action="store_true", help="write the people's names in other shapes instead of the thanks in other frames")
    ap.add_argument("--roles", action="store_true", help="print a technical post beside the people, in the ways writers print one")
    a = ap.parse_args()
    _, rs = api.load()
    an = analyser(rs.lexicons)
    items = list(load_corpus(ROOT / "tests" / "corpus").acks_in("tune"))
    if a.only:
        items = [it for it in items if it.record["id"].startswith(a.only)]
    random.Random(a.seed).shuffle(items)
    frames = [a.frame] if a.frame else [f for f in FRAMES if f != "thank"]
    if a.roles:

        def cases(people: list[str], purpose: str, k: int):
            post = POSTS[k % len(POSTS)]
            base = credited(an, ROLES["brackets"](people, post, purpose), people)
            out = []
            for frame, write in ROLES.items():
                sent = write(people, post, purpose)
                got = credited(an, sent, people)
                out.append((frame, sent, got, got != base or len(got) != len(people) or any(b != "explicit" for _, b in got)))
            return base, out

        return _run(items[: a.n], an, cases, "brackets", f"x {len(ROLES)} ways of printing a post; differing or not explicit")
    if a.shapes:

        def cases(people: list[str], purpose: str, k: int):
            if any(len(p.split()) < 2 or "." in p for p in people):
                return None  # (names already in a short shape)
            base = credited_shapes(an, FRAMES["thank"](people, purpose), people)
            out = []
            for shape, write in SHAPES.items():
                written = [write(p) for p in people]
                sent = FRAMES["thank"](written, purpose)
                got = credited_shapes(an, sent, written)
                out.append((shape, sent, got, got != base))
            return base, out

        return _run(items[: a.n], an, cases, "plain", f"x {len(SHAPES)} name shapes; differing readings by shape")

    def cases(people: list[str], purpose: str, k: int):
        base = credited(an, FRAMES["thank"](people, purpose), people)
        out = []
        for f in frames:
            sent = FRAMES[f](people, purpose)
            if sent is not None:
                got = credited(an, sent, people)
                out.append((f, sent, got, got != base))
        return base, out

    return _run(items[: a.n], an, cases, "thank", f"x {len(frames)} frames; differing readings by frame")


def _run(items: list, an, cases, base_name: str, what: str) -> int:
    """Every unit of thanks of ``items`` through ``cases``; prints each
    rewriting read differently, and the count by kind."""
    differ: dict[str, int] = {}
    done = 0
    for it in items:
        for people, purpose in units(an, it.record["text"]):
            got_cases = cases(people, purpose, done)
            if got_cases is None:
                continue
            done += 1
            base, out = got_cases
            for key, sent, got, bad in out:
                if bad:
                    differ[key] = differ.get(key, 0) + 1
                    print(f"{it.record['id']} {key}:\n   {base_name}: {base}\n   {key}: {got}\n   | {sent}")
    print(f"{done} units of thanks {what}: {differ or 'none'}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
