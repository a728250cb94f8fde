"""Inline suppressions: directives written in the inputs themselves.

A directive names the rules it silences and may give a reason after ``--``
(or a dash, which XML comments need because they cannot hold ``--``)::

    <!-- techcost: ignore ACK002 -- thanked in the supplement -->   Markdown, JATS
    % techcost: ignore ACK002 -- thanked in the supplement           LaTeX
    techcost: ignore ACK002 -- ...                                   Word comment, cell note
    <!-- techcost: off ACK002 --> ... <!-- techcost: on -->          region (Markdown, LaTeX)

Scope, per format:

- **Markdown, LaTeX**: a directive inside or at the end of a paragraph
  covers that paragraph; on the line right above a paragraph, that
  paragraph; on the line right above a heading, that heading's section
  (down to the next
  heading of the same or a higher level); anywhere else in a section (after
  a blank line, at the end of the section), that whole section. ``off``
  covers the lines up to
  the matching ``on`` (all open codes, or those it names); an ``off`` never
  closed reaches the end of the file and also covers findings about the
  paper as a whole.
- **JATS XML**: the element that follows the comment and everything in
  it; a comment inside running text covers the element holding it, and one
  outside the root element covers the whole article.
- **Word**: a comment covers the paragraph it is attached to; on a heading,
  the section under it.
- **Spreadsheets** (xlsx, xlsm): a cell note covers findings on its row
  (the budget line), plus findings about its sheet as a whole.
- **PDF**: no inline form; use ``[[overrides]]`` or the baseline.

A directive without a code, or naming an unknown rule, is reported as
``SYS005`` and applied to nothing; a directive that suppressed no finding
is reported as ``SYS003``. Suppressed findings stay in the report with
``suppressed = {by: "inline", reason, where}`` and never count towards the
exit code.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from ..model import Budget, Finding, Location, Manuscript, Suppression
from .registry import RuleSet
from .runner import system_finding

_DIRECTIVE = re.compile(r"(?:^|[\s\[(])techcost:\s*(ignore|off|on)\b([^\n]*)", re.I)
_REASON = re.compile(r"(?:^|\s)(?:--|-|\u2013|\u2014)(?:\s|$)")
_SPLIT = re.compile(r"[\s,;]+")

#: Findings an inline directive never suppresses: inputs that could not be
#: judged, and the reports about directives themselves.
#: Formats whose comments can open and close regions.
REGION_FORMATS = frozenset({"markdown", "latex"})

Covers = Callable[[Location], bool]


@dataclass
class Directive:
    """One ``techcost:`` directive as written, and what it resolved to."""

    action: str  # ignore | off | on
    selectors: list[str]
    reason: str | None
    location: Location
    text: str
    codes: set[str] = field(default_factory=set)
    used: set[str] = field(default_factory=set)
    scope: str = ""  # what it covers, for messages

    def key(self) -> tuple[str, str, str, str]:
        return (self.location.display(), self.action, ",".join(sorted(self.codes)), self.reason or "")


@dataclass
class Mark:
    """A directive applied to a part of one file."""

    directive: Directive
    codes: frozenset[str]
    covers: Covers


def parse_directive(text: str, location: Location) -> Directive | None:
    """The directive in a comment or note, or None when it holds none."""
    m = _DIRECTIVE.search(text)
    if m is None:
        return None
    rest = m.group(2)
    reason: str | None = None
    sep = _REASON.search(rest)
    if sep is not None:
        reason = rest[sep.end() :].strip() or None
        rest = rest[: sep.start()]
    selectors = [s for s in _SPLIT.split(rest.strip()) if s]
    written = f"techcost: {m.group(1).lower()}{(' ' + ', '.join(selectors)) if selectors else ''}"
    return Directive(action=m.group(1).lower(), selectors=selectors, reason=reason, location=location, text=written)


# --------------------------------------------------------------------------- scopes


@dataclass
class _Unit:
    path: str
    start: int
    end: float  # inclusive; math.inf for an open end
    heading: str | None = None  # set for a section


def _coord(loc: Location, fmt: str) -> int | None:
    return loc.paragraph if fmt == "docx" else loc.line


def _units(m: Manuscript) -> tuple[list[_Unit], list[_Unit]]:
    """Blocks and headed sections of a paper, in the coordinate its format
    uses (lines; paragraphs for Word)."""
    blocks: list[_Unit] = []
    heads: list[tuple[str, int, int, str]] = []
    for sec in m.sections:
        c = _coord(sec.location, m.format)
        if sec.heading and c is not None:
            heads.append((sec.location.path, c, sec.level, sec.heading))
        for b in sec.blocks:
            bc = _coord(b.location, m.format)
            if bc is not None:
                end = b.location.end_line if (m.format != "docx" and b.location.end_line) else bc
                blocks.append(_Unit(b.location.path, bc, end))
    sections: list[_Unit] = []
    heads.sort()
    for i, (path, start, level, heading) in enumerate(heads):
        end: float = math.inf
        for p2, s2, l2, _ in heads[i + 1 :]:
            if p2 == path and l2 <= level:
                end = s2 - 1
                break
        sections.append(_Unit(path, start, end, heading))
    blocks.sort(key=lambda u: (u.path, u.start))
    return blocks, sections


def _range_covers(path: str, lo: int, hi: float, fmt: str, section: str | None = None, whole: bool = False) -> Covers:
    def covers(loc: Location) -> bool:
        if loc.path != path:
            return False
        c = _coord(loc, fmt)
        if c is None:
            return whole or (section is not None and loc.section == section)
        return lo <= c <= hi

    return covers


def _paper_scope(d: Directive, m: Manuscript, blocks: list[_Unit], sections: list[_Unit]) -> Covers | None:
    """What an ``ignore`` in a Markdown, LaTeX or Word comment covers."""
    path = d.location.path
    lo = _coord(d.location, m.format)
    if lo is None:
        return None
    hi = (d.location.end_line or lo) if m.format != "docx" else lo
    for s in sections:
        if s.path == path and s.start == lo:
            d.scope = f"section {s.heading!r}"
            return _range_covers(path, s.start, s.end, m.format, s.heading)
    for b in blocks:
        if b.path == path and b.start <= lo <= b.end:
            d.scope = "this paragraph"
            return _range_covers(path, b.start, b.end, m.format)
    following = [u for u in (*blocks, *sections) if u.path == path and u.start > hi]
    nxt = min(following, key=lambda u: (u.start, u.heading is None)) if following else None
    adjacent = nxt is not None and nxt.start == hi + 1  # nothing (not even a blank line) between
    if nxt is not None and adjacent and nxt.heading is not None:
        # right above a heading: the section it introduces
        d.scope = f"section {nxt.heading!r}"
        return _range_covers(path, nxt.start, nxt.end, m.format, nxt.heading)
    if nxt is not None and adjacent:
        d.scope = "the next paragraph"
        return _range_covers(path, nxt.start, nxt.end, m.format)
    # on a line of its own anywhere else in a section (after the paragraph it is about, at the
    # end of the section): that whole section
    inside = [s for s in sections if s.path == path and s.start < lo <= s.end]
    if inside:
        sec = max(inside, key=lambda s: s.start)
        d.scope = f"section {sec.heading!r}"
        return _range_covers(path, sec.start, sec.end, m.format, sec.heading)
    if nxt is None:
        return None
    if nxt.heading is not None:
        d.scope = f"section {nxt.heading!r}"
        return _range_covers(path, nxt.start, nxt.end, m.format, nxt.heading)
    d.scope = "the next paragraph"
    return _range_covers(path, nxt.start, nxt.end, m.format)


def _jats_scope(d: Directive) -> Covers | None:
    target = d.location.xpath
    if not target:
        return None
    path = d.location.path
    whole = target.count("/") <= 1
    d.scope = "the whole article" if whole else f"element {target}"

    def covers(loc: Location) -> bool:
        if loc.path != path:
            return False
        if whole:
            return True
        x = loc.xpath or ""
        return x == target or x.startswith(target + "/")

    return covers


def _cell_scope(d: Directive) -> Covers:
    path, sheet, row = d.location.path, d.location.sheet, d.location.row
    d.scope = f"row {row} of {sheet}"

    def covers(loc: Location) -> bool:
        if loc.path != path:
            return False
        if loc.sheet is None:
            return True
        return loc.sheet == sheet and (loc.row is None or loc.row == row)

    return covers


# --------------------------------------------------------------------------- directives of an input


@dataclass
class InputDirectives:
    marks: list[Mark] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    problems: list[tuple[Directive, str]] = field(default_factory=list)


def _resolve(d: Directive, ruleset: RuleSet) -> str | None:
    """Fill ``d.codes`` from its selectors; the problem, if any."""
    if d.action == "on" and not d.selectors:
        return None
    if not d.selectors:
        return f"'{d.text}' names no rule; name the codes it suppresses (e.g. 'techcost: {d.action} ACK002 -- reason')"
    bad: list[str] = []
    for sel in d.selectors:
        s = sel.strip()
        code = s.upper() if s.upper() in ruleset.rules else ruleset.aliases.get(s) or ruleset.by_name.get(s.lower())
        if code is None:
            bad.append(s)
        else:
            d.codes.add(code)
    if bad:
        return f"'{d.text}' names unknown rule{'s' if len(bad) > 1 else ''} {', '.join(bad)} (see 'techcost rules'); directives name codes"
    return None


def _comments(model: Budget | Manuscript) -> list[tuple[str, Location]]:
    if isinstance(model, Budget):
        return [(n.text, n.location) for n in model.cell_notes]
    return [(c.text, c.location) for c in model.comments]


def _regions(ds: list[Directive], fmt: str, out: InputDirectives) -> None:
    """Turn ``off``/``on`` pairs of one file into marks."""
    open_: list[tuple[Directive, set[str]]] = []
    for d in sorted(ds, key=lambda x: x.location.line or 0):
        line = d.location.line or 0
        if d.action == "off":
            open_.append((d, set(d.codes)))
            d.scope = "the region it opens"
            continue
        closing = set(d.codes) if d.codes else None
        closed_any = False
        for opener, codes in open_:
            shut = codes if closing is None else codes & closing
            if shut:
                closed_any = True
                start = opener.location.line or 0
                out.marks.append(Mark(opener, frozenset(shut), _range_covers(d.location.path, start, line, fmt)))
                codes -= shut
        open_ = [(o, c) for o, c in open_ if c]
        if not closed_any:
            out.problems.append((d, f"'{d.text}' closes no region opened by 'techcost: off'"))
    for opener, codes in open_:
        start = opener.location.line or 0
        out.marks.append(Mark(opener, frozenset(codes), _range_covers(opener.location.path, start, math.inf, fmt, whole=True)))


def directives_of(model: Budget | Manuscript, ruleset: RuleSet) -> InputDirectives:
    """Every directive in one parsed input, resolved and scoped."""
    out = InputDirectives()
    fmt = model.format
    parsed: list[Directive] = []
    for text, loc in _comments(model):
        d = parse_directive(text, loc)
        if d is None:
            continue
        problem = _resolve(d, ruleset)
        if problem is not None:
            out.problems.append((d, problem))
            continue
        if d.action in ("off", "on") and fmt not in REGION_FORMATS:
            out.problems.append((d, f"'{d.text}': off/on regions work in Markdown and LaTeX; use 'techcost: ignore CODE' here"))
            continue
        parsed.append(d)
    out.directives = [d for d in parsed if d.action != "on"]
    blocks: list[_Unit] = []
    sections: list[_Unit] = []
    if isinstance(model, Manuscript) and fmt in ("markdown", "latex", "docx"):
        blocks, sections = _units(model)
    by_file: dict[str, list[Directive]] = {}
    for d in parsed:
        if d.action != "ignore":
            by_file.setdefault(d.location.path, []).append(d)
            continue
        covers: Covers | None
        if isinstance(model, Budget):
            covers = _cell_scope(d)
        elif fmt == "jats":
            covers = _jats_scope(d)
        else:
            covers = _paper_scope(d, model, blocks, sections)
        if covers is not None:
            out.marks.append(Mark(d, frozenset(d.codes), covers))
        else:
            d.scope = "nothing (no text follows it)"
    for ds in by_file.values():
        _regions(ds, fmt, out)
    return out


# --------------------------------------------------------------------------- applying


def _suppressed(f: Finding, d: Directive) -> Finding:
    return f.model_copy(update={"suppressed": Suppression(by="inline", reason=d.reason, where=d.location.display())})


def apply_inline(findings: Sequence[Finding], models: Iterable[Budget | Manuscript], ruleset: RuleSet) -> list[Finding]:
    """Mark the findings that a directive in the inputs covers, and add a
    ``SYS005`` finding for each directive that names no rule or an unknown
    one and a ``SYS003`` finding for each that suppressed nothing."""
    marks: dict[str, list[Mark]] = {}
    directives: list[Directive] = []
    problems: list[tuple[Directive, str]] = []
    seen: set[tuple[str, str, str, str]] = set()
    for model in models:
        got = directives_of(model, ruleset)
        fresh: set[int] = set()
        for d in got.directives:  # a part included twice, a note kept twice: once
            if d.key() not in seen:
                seen.add(d.key())
                fresh.add(id(d))
                directives.append(d)
        for mk in got.marks:
            if id(mk.directive) in fresh:
                marks.setdefault(mk.directive.location.path, []).append(mk)
        for d, msg in got.problems:
            if (d.location.display(), msg) not in {(x.location.display(), m) for x, m in problems}:
                problems.append((d, msg))
    never = ruleset.flagged("unsuppressible")
    out: list[Finding] = []
    for f in findings:
        if f.suppressed is None and f.code not in never:
            for mk in marks.get(f.location.path, ()):
                if f.code in mk.codes and mk.covers(f.location):
                    mk.directive.used.add(f.code)
                    f = _suppressed(f, mk.directive)
                    break
        out.append(f)
    for d, msg in problems:
        if ruleset.is_enabled("SYS005", d.location.path):
            out.append(system_finding(ruleset, "SYS005", d.location, msg, evidence=[d.text], anchor=f"{d.text}|{msg}"))
    for d in directives:
        unused = sorted(c for c in d.codes - d.used if ruleset.is_enabled(c, d.location.path))
        if unused and ruleset.is_enabled("SYS003", d.location.path):
            msg = f"'{d.text}' suppressed no {', '.join(unused)} finding in {d.scope or 'its scope'}"
            out.append(system_finding(ruleset, "SYS003", d.location, msg, evidence=[d.text], anchor=f"{d.text}|{d.reason or ''}"))
    return out
