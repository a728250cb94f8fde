"""What the readers make of the closing sections of papers nobody labelled:
a structural check that needs no labels, for running a parser change over a
few hundred public documents before and after.

For each paper it asks what no acknowledgement holds: two or more entries of
a reference list, a run of manuscript line numbers, a last sentence cut off,
or nothing at all where the text prints an acknowledgements heading; and,
with ``--all``, what no paper's reading should give: thanks left in the body
when no acknowledgements were read, or no authors. Folders are read as
``check`` reads them (a LaTeX part through its main file, a Manubot, Quarto
or bookdown project as one paper). It prints one line per paper with a
finding, then the counts.

    python scripts/closing_sections.py [--all] PAPER_OR_DIR [...]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from techcost import api  # noqa: E402
from techcost.model import Manuscript  # noqa: E402

PAPER_SUFFIXES = {".pdf", ".tex", ".md", ".rmd", ".qmd", ".xml", ".docx"}
_REFERENCE = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}\.)\s+\S.*\b(?:19|20)\d{2}\b")
_NUMBER = re.compile(r"(?<![\w.,/-])(\d{2,4})(?![\w.,/-])")
_FINISHED = re.compile(r"[.!?)\]”\"]\s*$")
_HEADING = re.compile(r"(?im)^\s*(?:#+\s*|\\(?:sub)?section\*?\{\s*)?(?:\d+\.?\s*)?acknowledge?ments?\b")


_THANKS = re.compile(r"\b(?:we|i|the\s+authors?)\s+(?:\w+\s+){0,3}(?:thank|are\s+grateful|acknowledge)\b|\bgrateful\s+to\b", re.IGNORECASE)


def _papers(args: list[str]) -> list[Path]:
    """Papers under the arguments, each folder read as ``check`` collects
    it, so that a part is read through the paper that holds it."""
    from techcost.policy.config import Config

    out: list[Path] = []
    for a in args:
        p = Path(a)
        if p.is_dir():
            out.extend(f for f in api.collect([p], Config(root=str(p))) if f.is_dir() or f.suffix.lower() in PAPER_SUFFIXES)
        elif p.is_file():
            out.append(p)
    return list(dict.fromkeys(out))


def _whole_paper_findings(m: Manuscript) -> list[str]:
    """What no paper's reading should give: thanks left in the body when no
    acknowledgements were read, or no authors."""
    found = []
    if not any(s.kind == "acknowledgements" for s in m.sections):
        body = [b.text for s in m.sections if s.kind not in ("funding", "author_contributions") for b in s.blocks if len(b.text) < 1500 and _THANKS.search(b.text)]
        if body:
            found.append("thanks in the body, no acknowledgements: " + body[0][:120])
    if not m.authors:
        found.append("no authors")
    return found


def _findings(m: Manuscript, source_text: str | None) -> list[str]:
    blocks = [b.text for s in m.sections if s.kind == "acknowledgements" for b in s.blocks]
    if not blocks:
        return ["no acknowledgements, though a heading is printed"] if source_text and _HEADING.search(source_text) else []
    found = []
    if sum(1 for b in blocks if _REFERENCE.match(b)) >= 2:
        found.append("holds a reference list")
    nums = [int(x) for x in _NUMBER.findall(" ".join(blocks))]
    if sum(1 for a, b in zip(nums, nums[1:]) if b == a + 1) >= 2:
        found.append("holds line numbers")
    if not _FINISHED.search(blocks[-1]):
        found.append("ends mid-sentence")
    return found


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[-1].strip())
        return 2
    whole = "--all" in argv
    argv = [a for a in argv if a != "--all"]
    _, rs = api.load()
    counts: dict[str, int] = {}
    read = 0
    for path in _papers(argv):
        parsed = api.parse_one(path, rs)
        if parsed.error is not None or not isinstance(parsed.model, Manuscript):
            continue
        read += 1
        text = None if path.is_dir() or path.suffix.lower() in (".pdf", ".docx") else path.read_text(encoding="utf-8", errors="replace")
        for f in _findings(parsed.model, text):
            counts[f] = counts.get(f, 0) + 1
            print(f"{path}: acknowledgements {f}")
        for f in _whole_paper_findings(parsed.model) if whole else []:
            key = f.split(":")[0]
            counts[key] = counts.get(key, 0) + 1
            print(f"{path}: {f}")
    print(f"{read} papers read; " + ("; ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "no findings"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
