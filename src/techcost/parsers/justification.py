"""Read a justification of resources (budget justification) into a
``Justification``: the staff it asks for, staff left in comments, and the
technical work it describes.

Text comes from the paper parsers (LaTeX, Markdown, docx, PDF, JATS), so
sections, blocks and comments arrive with their line or paragraph. Then:

* staff sections are those not about fringe, travel, equipment, supplies,
  indirect or total costs;
* a staff line is a role (pack vocabulary) introduced with a request for
  funds ("support a postdoc", "for a technician", "Dr. X ... as an Asst.
  Project Scientist"), a ``Role: 2 months/year`` line, or a section headed
  by a person or role whose first lines state effort; a definite mention
  ("the postdoc") of a role already found in the block is the same line;
* effort comes from the same sentence (``2 calendar months``, ``0.5 FTE``,
  ``50%-time``, ``full-time``), spread over the years it names
  (``first two years``, ``years 2 and 3``, ``each year``);
* tables become grids: rows of staff go through the budget table parser;
  tables whose rows are periods and whose column groups are roles
  (``Scientific | Postdoctoral`` over ``Months | Salary | Fringe | Totals``)
  are read per column group;
* commented-out paragraphs (LaTeX ``%``) are read the same way into
  ``commented_out_staff``.

A file is a justification when its name says so (``budget``,
``justification``, ``JoR``) or its opening heading does ("Budget
Justification", "Justification of Resources").
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Justification, Location, Manuscript, StaffLine, TextBlock, WorkMention
from ..vocab import BudgetVocabulary, tokenize
from .workbook import Sheet, parse_number

_NAME_HINT = re.compile(r"(?:^|[^a-z])(?:budget|justification|justif|jor)(?:[^a-z]|$)")
_HEADING_HINT = re.compile(
    r"budget\s+justification|justification\s+(?:of|for)\s+(?:the\s+)?resources|budget\s+narrative|resources\s+justification",
    re.I,
)


def _stem_words(path: Path) -> str:
    stem = re.sub(r"([a-z])([A-Z])", r"\1 \2", path.stem)
    return re.sub(r"[_\-.]+", " ", stem).lower()


def is_justification(path: Path, fmt: str) -> bool:
    """A justification by its file name, or by a heading near its start."""
    if _NAME_HINT.search(_stem_words(path)):
        return True
    try:
        if fmt == "docx":
            with zipfile.ZipFile(path) as zf:
                head = zf.read("word/document.xml")[:60000].decode("utf-8", "replace")
            head = re.sub(r"<[^>]+>", " ", head)
        elif fmt in ("latex", "markdown", "yaml"):
            with path.open("rb") as fh:
                head = fh.read(20000).decode("utf-8", "replace")
        else:
            return False
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
    return bool(_HEADING_HINT.search(re.sub(r"\s+", " ", head)[:6000]))


# ------------------------------------------------------------------ text cues

_NONSTAFF_SECTION = re.compile(
    r"fringe|benefit|travel|equipment|indirect|f\s*&\s*a\b|facilities\s+and\s+admin|total|inflation|material|supplies|"
    r"publication|participant|tuition|other\s+direct|overhead|consumable|sub-?contract|subaward|computer\s+services|"
    r"sequencing|\bgbs\b|genotyping|fees|estates",
    re.I,
)
_FUNDING_CUE = re.compile(
    r"\brequest(?:ed|s|ing)?\b|\bsupport\b|\bfund(?:ed|s|ing)?\b|\bbudget(?:ed)?\b|\bsalary\b|\bhired?\b|\bemploy|\bappoint|"
    r"\bmonths?\b|\bfte\b|%\s*(?:time|fte|effort)|\bfull[- ]time\b|\bpart[- ]time\b|\beffort\b|\bcharged?\b|\bcost(?:ed|s)?\b",
    re.I,
)
_INDEFINITE = {"a", "an", "one", "two", "three", "four", "another", "additional", "new", "existing", "second", "third", "full", "time", "part"}
_DEFINITE = {"the", "this", "these", "that", "our", "his", "her", "their", "each", "both"}
_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_NUM = r"(\d+(?:\.\d+)?|\.\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_MONTHS = re.compile(_NUM + r"\s*(?:calendar\s+|cal\.?\s+|academic\s+|summer\s+|person[- ])?months?\b", re.I)
_FTE = re.compile(r"(\d*\.?\d+)\s*(?:fte|wte)\b", re.I)
_PCT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:\\?%|percent)\s*[- ]?(?:time|fte|effort|of\s+(?:their|his|her)\s+time)?", re.I)
_PCT_TIME = re.compile(r"(\d+(?:\.\d+)?)\s*(?:\\?%|percent)[- ]?(?:time|fte|effort)\b|(\d+(?:\.\d+)?)\s*(?:\\?%|percent)\s+(?:of\s+)?(?:time|effort|fte)\b", re.I)
_FULLTIME = re.compile(r"\bfull[- ]time\b", re.I)
_MONEY = re.compile(r"[$£€]\s?\d[\d,]*(?:\.\d+)?")
_PER_MONTH = re.compile(r"[$£€]\s?(\d[\d,]*(?:\.\d+)?)\s*(?:per|a|/)\s*month", re.I)
_BASE_SALARY = re.compile(r"(?:salary|salaries)[^.;$£€]{0,60}?[$£€]\s?(\d[\d,]*(?:\.\d+)?)", re.I)
_RISE = re.compile(r"(?:increas\w*|rise|raise|escalat\w*)[^.;]{0,30}?(\d+(?:\.\d+)?)\s*\\?%\s*(?:each|per|a|every)\s+year|(\d+(?:\.\d+)?)\s*\\?%\s*(?:increase|rise|raise|escalation)\s*(?:each|per|a)\s+year|(?:increas\w*)\s+(\d+(?:\.\d+)?)\s*\\?%\s*each\s+year", re.I)
_TITLE_NAME = re.compile(
    r"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+((?:[A-Z][\w'’\-]+)(?:\s+(?:[A-Z][\w'’\-]+|de|van|von|del|da)){0,3})"
)
_PERSON_HEADING = re.compile(r"^(?:[A-Z][a-z'’\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’\-]+|[A-Z]\.)){1,3}$")
_COLON_LINE = re.compile(
    r"(?P<label>[A-Z][A-Za-z][\w .&/'-]{1,60}?)\s*:\s*(?P<eff>(?:\d+(?:\.\d+)?|\.\d+)\s*(?:calendar\s+|academic\s+|summer\s+|person[- ])?"
    r"(?:months?|fte|wte|days|hours|%)[^A-Z]*)"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
_ABBREV = re.compile(r"(?:\b(?:Dr|Prof|Mr|Mrs|Ms|Mx|Asst|Assoc|Sr|Jr|St|No|Fig|Eq|vs|etc|al|approx|ca|Dept|Univ|Inc|Co)|\b[A-Z]|\be\.g|\bi\.e)\.$")
_YEARS_WORD = re.compile(r"\b(?:all|each\s+of\s+the|the|first|over|for)?\s*" + _NUM + r"[- ]years?\b", re.I)
_YEAR_N = re.compile(r"\b(?:year|budget\s+period|bp)\s*(\d{1,2})\b(?![/.-]\d)", re.I)
_SKIP_PREV = {"per", "every", "all", "other", "no", "any"}
# headings over a group of posts, not one post: "Senior Personnel", "B. Other Personnel", "Salaries and Wages"
_GROUP_HEADING = re.compile(
    r"^\s*(?:[A-Z]\.\s*)?(?:(?:senior|key|other|project|research|core)\s+)?(?:personnel|staff(?:\s+costs?)?|salar(?:y|ies)(?:\s+and\s+wages)?|wages|people|team|salaries?\s+and\s+(?:wages|benefits))\b",
    re.I,
)
# "Eric Hutton is the Senior Software Engineer", "Jo Bloggs will ..."
_NAME_IS = re.compile(r"(?:^|[.!?]\s+)((?:Dr\.?\s+)?[A-Z][a-z'’\-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’\-]+)\s+(?:is|was|will|has)\b")
_COMMENT_SKIP = re.compile(r"tuition|travel|fees|equipment|supplies|sequencing|publication", re.I)


def sentences(text: str) -> list[str]:
    """Sentences, not split after titles and abbreviations (``Dr.``,
    ``Asst.``, initials)."""
    out: list[str] = []
    for piece in _SENTENCE.split(text):
        if out and _ABBREV.search(out[-1]):
            out[-1] = out[-1] + " " + piece
        else:
            out.append(piece)
    return out


def _num(text: str) -> float:
    t = text.lower()
    return float(_WORDNUM[t]) if t in _WORDNUM else float(t)


def _period_count(text: str) -> int:
    n = 1
    for m in _YEARS_WORD.finditer(text):
        try:
            v = _num(m.group(1))
        except ValueError:
            continue
        if v.is_integer() and 1 <= v <= 10:
            n = max(n, int(v))
    for m in _YEAR_N.finditer(text):
        v = int(m.group(1))
        if 1 <= v <= 10:
            n = max(n, v)
    return n


def _years_named(clause: str, n: int) -> list[int] | None:
    """0-based periods a clause names, or None when it names none."""
    c = clause.lower()
    m = re.search(r"first\s+" + _NUM + r"\s+years?", c)
    if m:
        k = int(_num(m.group(1)))
        return list(range(min(k, n)))
    m = re.search(r"last\s+" + _NUM + r"\s+years?", c)
    if m:
        k = int(_num(m.group(1)))
        return list(range(max(0, n - k), n))
    m = re.search(r"\byears?\s+((?:\d+\s*(?:,\s*and|,|and|&|-|–|to)?\s*)+)", c)
    if m:
        nums = [int(x) for x in re.findall(r"\d+", m.group(1))]
        if re.search(r"\d\s*(?:-|–|to)\s*\d", m.group(1)) and len(nums) == 2:
            nums = list(range(nums[0], nums[1] + 1))
        out = sorted({x - 1 for x in nums if 1 <= x <= n})
        return out or None
    if re.search(r"\byear\s+(one|two|three|four|five)\b", c):
        k = int(_num(re.search(r"\byear\s+(one|two|three|four|five)\b", c).group(1)))  # type: ignore[union-attr]
        return [k - 1] if k <= n else None
    if re.search(r"\ball\s+" + _NUM + r"\s+years|\beach\s+(?:of\s+the\s+\w+\s+)?years?\b|\bper\s+year\b|\ba\s+year\b|/\s*y(?:ea)?r?\b|\bannually\b|\bduration\b|\bevery\s+year\b|\beach\s+year\b|\bthroughout\b", c):
        return list(range(n))
    return None


@dataclass
class _Effort:
    values: list[float | None]
    unit: str


def _effort(text: str, n: int) -> _Effort | None:
    """Effort per period from a sentence or ``Role: effort`` clause."""
    clauses = [c for c in re.split(r";", text) if c.strip()]
    series: list[float | None] = [None] * n
    unit: str | None = None
    found = False
    for clause in clauses:
        m = _FTE.search(clause)
        if m:
            v, u = float(m.group(1)), "fte"
        else:
            m = _MONTHS.search(clause)
            if m:
                v, u = _num(m.group(1)), "months"
            else:
                m = _PCT_TIME.search(clause)
                if m:
                    v, u = float(m.group(1) or m.group(2)) / 100.0, "fte"
                elif _FULLTIME.search(clause):
                    v, u = 1.0, "fte"
                else:
                    continue
        if unit is not None and u != unit:
            continue
        unit = u
        years = _years_named(clause, n)
        if years is None and len(clauses) > 1:
            years = _years_named(text, n)
        if years is None:
            if not found:
                return _Effort([v], u) if len(clauses) == 1 else _Effort([v], u)
            continue
        found = True
        for i in years:
            series[i] = v
    if unit is None:
        return None
    if not found:
        return None
    return _Effort([0.0 if x is None else x for x in series], unit)


# ------------------------------------------------------------------ the reader


class _Reader:
    def __init__(self, ms: Manuscript, vocab: BudgetVocabulary, lexicons: dict[str, Any], raw_lines: list[str] | None, display: str) -> None:
        self.ms = ms
        self.vocab = vocab
        self.raw = raw_lines
        self.display = display
        self.work_vocab = self._work_vocab(lexicons)
        text = " ".join(b.text for s in ms.sections for b in s.blocks)
        self.n = _period_count(text)
        self.text = text

    @staticmethod
    def _work_vocab(lexicons: dict[str, Any]) -> list[tuple[str, re.Pattern[str]]]:
        tw = (lexicons.get("budget") or {}).get("technical_work") or {}
        out = []
        for kind, phrases in tw.items():
            words = sorted((str(p) for p in phrases or ()), key=len, reverse=True)
            if words:
                out.append((str(kind), re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)))
        return out

    # ---- locations
    def _loc(self, block: TextBlock, needle: str | None, section: str | None) -> Location:
        loc = block.location
        line = loc.line
        if self.raw is not None and line is not None and needle:
            end = loc.end_line or line + 40
            pat = re.compile(r"\s*".join(re.escape(w) for w in needle.split()[:4]), re.I)
            for i in range(max(1, line), min(len(self.raw), end) + 1):
                if pat.search(self.raw[i - 1]):
                    line = i
                    break
        return Location(path=self.display, line=line, paragraph=loc.paragraph, page=loc.page, section=section)

    # ---- staff
    def staff(self) -> list[StaffLine]:
        out: list[StaffLine] = []
        for sec in self.ms.sections:
            heading = sec.heading or ""
            if heading and _NONSTAFF_SECTION.search(heading) and not self.vocab.roles_in(heading):
                continue
            found: list[StaffLine] = self._headed_section(sec)
            if found:
                out.extend(found)
                continue
            for block in sec.blocks:
                if block.kind == "table":
                    found.extend(self._table(block, heading))
                elif block.kind in ("paragraph", "list_item", "other"):
                    found.extend(self._block(block, heading))
            found.extend(self._role_headed(sec, found))
            out.extend(found)
        return _dedupe(out)

    def _role_headed(self, sec: Any, found: list[StaffLine]) -> list[StaffLine]:
        """``Software Engineer`` or ``Accounting Technician and System
        Administration`` as a section heading: each post the heading names is
        a line, unless the section's sentences already gave it; the effort
        is the section's when it names one post."""
        heading = (sec.heading or "").strip()
        if not heading or len(heading) > 90 or _GROUP_HEADING.search(heading) or not sec.blocks:
            return []
        parts = [p.strip(" .:") for p in re.split(r"\s+(?:and|&)\s+|\s*[,/;]\s*", heading) if p.strip(" .:")]
        posts = [(p, self._category(p)) for p in parts if self._names_post(p)]
        posts = [(p, c) for p, c in posts if c is not None]
        if not posts:
            return []
        have = {w.lower() for ln in found for w in [ln.label, *ln.role_words]}
        have_tokens = {(ln.category, w) for ln in found for t in [ln.label, *ln.role_words] for w in _post_words(t)}
        out: list[StaffLine] = []
        body = " ".join(b.text for b in sec.blocks)
        for label, cat in posts:
            if label.lower() in have or any(label.lower() in h or h in label.lower() for h in have if h):
                continue
            if any((cat, w) in have_tokens for w in _post_words(label)):
                continue  # "Accounting Technician" over a paragraph that asked for an accounting specialist
            eff = None
            if len(posts) == 1:
                for b in sec.blocks:
                    eff = _effort(b.text, self.n) or _effort(_tail_effort(b.text), self.n)
                    if eff is not None:
                        break
            person = None
            pm = _NAME_IS.search(body)
            if pm and len(posts) == 1:
                person = pm.group(1)
            loc = Location(path=self.display, line=sec.location.line, paragraph=sec.location.paragraph, page=sec.location.page, section=heading)
            line = self._line(label, cat, eff, sec.blocks[0], heading, needle=label, sentence=body[:400])
            out.append(line.model_copy(update={"location": loc, "person": person or line.person}))
        return out

    def _block(self, block: TextBlock, heading: str, *, commented: bool = False) -> list[StaffLine]:
        text = block.text
        out: list[StaffLine] = []
        # "System Administration: .0348 months/y in years 1, 2, and 3"
        for m in _COLON_LINE.finditer(text):
            label = m.group("label").strip()
            cat = self._category(label)
            if cat is None:
                continue
            eff = _effort(m.group("eff"), self.n)
            out.append(self._line(label, cat, eff, block, heading, needle=label, sentence=m.group(0)))
        if out:
            return out
        out = self._money_items(block, heading)
        if out:
            return out
        seen: dict[str, StaffLine] = {}
        for sent in sentences(text):
            if not (_FUNDING_CUE.search(sent) or commented):
                continue
            toks = [w for w, _, _ in tokenize(sent)]
            covered_to = -1
            for role in self.vocab.roles_in(sent):
                if role.start <= covered_to or self._role_skipped(sent, role):
                    continue
                prev = toks[role.start - 1] if role.start >= 1 else ""
                det = _determiner(toks, role.start)
                key = role.value + "|" + role.phrase
                plural = role.text.lower().endswith("s") and not role.text.lower().endswith("ss")
                if prev in _SKIP_PREV or (plural and prev == "of"):
                    continue  # "per investigator", "1.5 FTE of postdocs": not a post
                new = det in _INDEFINITE or bool(_TITLE_NAME.search(sent))
                if key in seen and not new:
                    continue
                if det in _DEFINITE and (seen or not (_effort_in(sent) or _MONEY.search(sent))):
                    continue
                if key not in seen and not new and not _effort_in(sent) and not _MONEY.search(sent) and not commented:
                    continue
                m = re.match(r"\s*\(([^)]{3,60})\)", sent[sent.find(role.text) + len(role.text):])
                if m:  # "a technician (Assistant Specialist I)": one post
                    covered_to = role.end + len(tokenize(m.group(0))) + 1
                label = self._label(sent, role).strip(" .,;:")
                cat = self._category(label) or role.value
                eff = _effort(sent, self.n)
                line = self._line(label, cat, eff, block, heading, needle=role.text, sentence=sent, context=text)
                seen[key] = line
                out.append(line)
        return out

    def _money_items(self, block: TextBlock, heading: str) -> list[StaffLine]:
        """``Salary: $21,800 for 10 hours/week``, ``Administrator: 20 hours
        of work at $50 per hour = $1,000``, ``Corrales Summer Salary, 0.75
        months = $10,000``: a labelled amount whose label is a post or pay."""
        out: list[StaffLine] = []
        for raw_line in block.text.splitlines() or [block.text]:
            m = _MONEY_ITEM.match(raw_line.strip())
            if m:
                label, rest = m.group("label").strip(" *_-•"), m.group("rest")
            else:
                # "$35,000 for Serge Guelton's work", "$2,500 for an internship (...)"
                m2 = _AMOUNT_FOR.match(raw_line.strip())
                if not m2:
                    continue
                label = re.sub(r"^(?:an?|the)\s+", "", m2.group("label").strip(" .*_"), flags=re.I)
                label = re.sub(r"\s*\(.*$", "", label)
                rest = m2.group("amount") + " " + m2.group("tail")
            lc = self.vocab.classify(label)
            if lc.kind in ("total", "oncost", "nonstaff") and not (lc.kind == "nonstaff" and self.vocab.roles_in(label)):
                continue
            roles = self.vocab.roles_in(label)
            pay = bool(_PAY_WORDS.search(label)) or bool(_NAMED_WORK.search(label))
            if not roles and not pay and lc.kind != "staff":
                continue
            cat = self._category(label) or (roles[0].value if roles else None)
            determinable = cat is not None
            eff = _effort(rest, self.n)
            hours = re.search(r"(\d+(?:\.\d+)?)\s*(?:hours?|hrs)\b(?!\s*(?:/|per)\s*(?:week|wk))", rest, re.I)
            if eff is None and hours:
                eff = _Effort([float(hours.group(1))], "hours")
            amounts = [parse_number(x) for x in re.findall(r"(?:[$£€]|\b(?:USD|GBP|EUR)\s?)\s?\d[\d,]*(?:\.\d+)?[kK]?", rest)]
            amounts = [a for a in amounts if a is not None]
            total = re.search(r"=\s*((?:[$£€]|\b(?:USD|GBP|EUR)\s?)\s?\d[\d,]*(?:\.\d+)?[kK]?)", rest)
            cost_v = parse_number(total.group(1)) if total else (amounts[0] if amounts else None)
            line = self._line(label, cat or "other_staff", eff if eff is None or len(eff.values) in (1, self.n) else None, block, heading, needle=label[:40], sentence=raw_line)
            upd: dict[str, Any] = {"role_determinable": determinable}
            if cost_v is not None and self.n == 1 and line.cost is None:
                upd["cost"] = [cost_v]
                upd["oncost_included"] = True if re.search(r"includ\w*\s+(?:fringe|benefits|on-?costs)", rest, re.I) else line.oncost_included
            out.append(line.model_copy(update=upd))
        return out

    def _names_post(self, text: str) -> bool:
        """A heading that is a post's title: short, and ending in its role
        ("Software Engineer", "System Administration"), not a topic that
        starts with a role word ("Technical Architecture")."""
        toks = [w for w, _, _ in tokenize(text) if w != "|"]
        if not toks or len(toks) > 6:
            return False
        roles = self.vocab.roles_in(text)
        return bool(roles) and roles[-1].end >= len(tokenize(text))

    def _role_skipped(self, sent: str, role: Any) -> bool:
        """Roles named only as the subject of someone else's work or as a
        rate holder ("the rate used for the PI is 29.9%")."""
        s = sent.lower()
        return bool(re.search(r"\brate\s+used\s+for\b|\bfringe\b|\bbenefits?\b", s)) and not _MONTHS.search(s)

    def _label(self, sent: str, role: Any) -> str:
        # "a technician (Assistant Specialist I)": keep the bracketed title
        after = sent[sent.find(role.text) + len(role.text):]
        m = re.match(r"\s*\(([^)]{3,60})\)", after)
        if m and self.vocab.roles_in(m.group(1)):
            return f"{role.text} ({m.group(1)})"
        m = re.search(r"\bas\s+(?:an?\s+)?((?:[A-Z][\w.]*\s*){1,5})", sent)
        if m and role.text in m.group(1):
            return m.group(1).strip()
        return role.text

    def _category(self, label: str) -> str | None:
        lc = self.vocab.classify(label)
        if lc.kind in ("staff", "oncost") and lc.category:
            return lc.category
        roles = self.vocab.roles_in(label)
        return roles[0].value if roles else None

    def _line(
        self, label: str, cat: str, eff: _Effort | None, block: TextBlock, heading: str, *, needle: str, sentence: str, context: str = ""
    ) -> StaffLine:
        """A staff line; salary and its yearly rise come from the sentence,
        else from the rest of the block when it names one post only."""
        person = None
        m = _TITLE_NAME.search(sentence)
        if m:
            person = m.group(1).strip()
        salary = None
        computed: list[str] = []
        cost = None
        pm = _PER_MONTH.search(sentence)
        bs = _BASE_SALARY.search(sentence)
        if not pm and not bs and context and len({m.value for m in self.vocab.roles_in(context)}) == 1:
            rest = context[context.find(sentence) + len(sentence):] if sentence in context else ""
            pm, bs = _PER_MONTH.search(rest), _BASE_SALARY.search(rest)
            if pm or bs:
                sentence = sentence + " " + rest
        if pm:
            monthly = float(pm.group(1).replace(",", ""))
            salary = monthly * 12
            computed.append("salary")
            if eff is not None and eff.unit == "months":
                cost = [None if v is None else round(v * monthly, 2) for v in eff.values]
                computed.append("cost")
        elif bs:
            salary = float(bs.group(1).replace(",", ""))
        if salary and cost is None and eff is not None and not pm:
            rise = _RISE.search(sentence)
            rate = float(next(g for g in rise.groups() if g)) / 100 if rise else 0.0
            fte = [None if v is None else (v / 12.0 if eff.unit == "months" else v) for v in eff.values]
            if len(fte) > 1 or rise:
                cost = [None if f is None else round(salary * (1 + rate) ** i * f, 2) for i, f in enumerate(fte)]
                computed.append("cost")
        return StaffLine(
            label=label,
            category=cat,  # type: ignore[arg-type]
            person=person,
            effort=eff.values if eff else None,
            effort_unit=eff.unit if eff else None,  # type: ignore[arg-type]
            cost=cost,
            salary=salary,
            oncost_included=False if salary else None,
            heading=heading or None,
            role_words=[w.text for w in self.vocab.roles_in(label)],
            computed=computed,
            location=self._loc(block, needle, heading or None),
        )

    def _headed_section(self, sec: Any) -> list[StaffLine]:
        """``### Eric Hutton`` then ``2 months in year 1; ...``: the heading
        names the post, the section says what it is."""
        heading = (sec.heading or "").strip()
        if not heading or not sec.blocks:
            return []
        is_person = bool(_PERSON_HEADING.match(heading)) and not self.vocab.roles_in(heading)
        if not is_person:
            return []
        cat = None
        for block in sec.blocks[:2]:
            eff = _effort(block.text, self.n)
            if eff is None or self.vocab.roles_in(block.text):
                continue
            if cat is None:
                body = " ".join(b.text for b in sec.blocks)
                roles = self.vocab.roles_in(body)
                cat = roles[0].value if roles else "other_staff"
            first = re.sub(r"\s+", " ", block.text).split(" ")[0]
            line = self._line(heading, cat, eff, block, heading, needle=first, sentence=block.text)
            if is_person:
                line = line.model_copy(update={"person": heading})
            return [line]
        return []

    # ---- tables
    def _table(self, block: TextBlock, heading: str) -> list[StaffLine]:
        rows = [[c.strip() for c in ln.split("|")] for ln in block.text.splitlines() if ln.strip()]
        if len(rows) < 2:
            return []
        from .budget import _header_role, _match_period

        data = [i for i, r in enumerate(rows) if r and _match_period(r[0])]
        if len(data) >= 2 and data[0] >= 1:
            return self._transposed(rows, data, block, heading, _header_role)
        grid = [[(parse_number(c) if parse_number(c) is not None else (c or None)) for c in r] for r in rows]
        from .budget import _SheetParser

        sp = _SheetParser(Sheet("table", grid), self.vocab, self.display)
        sp.parse()
        out = []
        for s in sp.staff_lines():
            row = s.location.row or 1
            base = block.location.line
            loc = Location(path=self.display, line=(base + row - 1) if base else None, paragraph=block.location.paragraph, section=heading or None)
            if self.raw is not None and base:
                # the table's own line for the label (a Markdown separator row is not in the block's text)
                found = self._loc(block, s.label, heading or None)
                if found.line is not None and found.line != base:
                    loc = found
            out.append(s.model_copy(update={"location": loc}))
        return out

    def _transposed(self, rows: list[list[str]], data: list[int], block: TextBlock, heading: str, header_role: Any) -> list[StaffLine]:
        sub = rows[data[0] - 1]
        groups_row = rows[data[0] - 2] if data[0] >= 2 else []
        roles = [(c, header_role(t)) for c, t in enumerate(sub) if c > 0 and t]
        groups: list[list[tuple[int, str]]] = [[]]
        seen: set[str] = set()
        for c, hr in roles:
            if not hr:
                continue
            key = hr[0]
            if key in seen:
                groups.append([])
                seen = set()
            groups[-1].append((c, key))
            seen.add(key)
        labels = [t for t in groups_row[1:] if t]
        if len(labels) != len(groups):
            return []
        body = [rows[i] for i in data if not self.vocab.is_total(rows[i][0])]
        out: list[StaffLine] = []
        for label, cols in zip(labels, groups):
            cat = self._category(label)
            if cat is None:
                continue

            def series(role: str, cols: list = cols) -> list[float | None] | None:
                col = next((c for c, k in cols if k == role), None)
                if col is None:
                    return None
                return [parse_number(r[col]) if col < len(r) else None for r in body]

            eff_col = next((c for c, k in cols if k == "effort"), None)
            unit = header_role(sub[eff_col])[1] if eff_col is not None else None
            cost = series("total") or series("cost") or series("staffcost")
            out.append(
                StaffLine(
                    label=label,
                    category=cat,  # type: ignore[arg-type]
                    effort=series("effort"),
                    effort_unit=unit or ("fte" if eff_col is not None else None),  # type: ignore[arg-type]
                    cost=cost,
                    salary_by_period=series("salary"),
                    oncost=series("oncost"),
                    oncost_included=True if cost and series("oncost") else None,
                    heading=heading or None,
                    role_words=[m.text for m in self.vocab.roles_in(label)],
                    location=self._loc(block, label, heading or None),
                )
            )
        return out

    # ---- comments
    def commented(self) -> list[StaffLine]:
        groups: list[list[TextBlock]] = []
        for c in self.ms.comments:
            line = c.location.line
            if groups and line is not None and groups[-1][-1].location.line is not None and line == groups[-1][-1].location.line + 1:
                groups[-1].append(c)
            else:
                groups.append([c])
        units: list[list[TextBlock]] = []
        for g in groups:
            for c in g:
                if not units or units[-1][0] is not g[0] and c is g[0] or re.match(r"\\(?:item|paragraph|(?:sub)*section)\b", c.text.strip()):
                    units.append([c])
                else:
                    units[-1].append(c)
        out: list[StaffLine] = []
        for u in units:
            head = re.match(r"\\(?:paragraph|subsection|subsubsection|section)\*?\{([^}]*)\}", u[0].text.strip())
            if head and _COMMENT_SKIP.search(head.group(1)):
                continue
            text = " ".join(_latex_text(c.text) for c in u)
            if not text or not self.vocab.roles_in(text):
                continue
            block = TextBlock(text=text, location=u[0].location, kind="paragraph")
            lines = self._block(block, head.group(1) if head else "", commented=True)
            if lines:
                first = lines[0]
                full = next((x for x in lines if x.effort), first)
                out.append(full.model_copy(update={"location": u[0].location, "label": first.label}))
        return out

    # ---- technical work
    def work(self) -> list[WorkMention]:
        out: list[WorkMention] = []
        for sec in self.ms.sections:
            heading = sec.heading or ""
            if re.search(r"fringe|benefit|indirect|f\s*&\s*a\b|total|inflation", heading, re.I):
                continue
            for block in sec.blocks:
                for kind, pat in self.work_vocab:
                    for m in pat.finditer(block.text):
                        out.append(
                            WorkMention(
                                kind=kind,
                                text=m.group(0),
                                location=self._loc(block, m.group(0), heading or None),
                            )
                        )
        return out

    def service_kinds(self) -> set[str]:
        """Kinds of technical work the justification itself costs as a
        service (a service or facility paragraph that states an amount)."""
        out: set[str] = set()
        service = re.compile(r"\bperformed\s+(?:at|by)\b|\bfacilit|\bcore\s+(?:facilit\w*|lab\w*|service|unit)\b|\bthe\s+[\w-]+\s+core\b|\bservices?\b|\bcentre\b|\bcenter\b|\bper\s+(?:sample|lane|hour|run)\b|\blane\s+costs?\b|\bcharges?\b|\binstitute\b", re.I)
        for sec in self.ms.sections:
            heading = sec.heading or ""
            head_service = self.vocab.classify(heading).cost_type in ("facility_or_service_charge", "subcontract", "computing") if heading else False
            for block in sec.blocks:
                if not _MONEY.search(block.text):
                    continue
                if not (head_service or service.search(block.text)):
                    continue
                for kind, pat in self.work_vocab:
                    if pat.search(block.text) or (heading and pat.search(heading)):
                        out.add(kind)
        return out


def _determiner(toks: list[str], start: int) -> str:
    """The nearest determiner before a role, within its noun phrase."""
    for k in range(start - 1, max(-1, start - 7), -1):
        w = toks[k]
        if w == "|" or w in ("for", "of", "to", "with", "at", "by", "as", "is", "are", "will", "be"):
            return ""
        if w in _INDEFINITE or w in _DEFINITE:
            return w
    return ""


_MONEY_ITEM = re.compile(
    r"^(?:[-*•+]\s+|\d+[.)]\s+)?(?P<label>[A-Za-z][^:=$£€\n]{1,80}?)\s*(?::|,(?=\s*\d)|\s[-–—]\s)\s*(?P<rest>.*?(?:[$£€]|\b(?:USD|GBP|EUR)\b)\s?\d.*)$"
)
_AMOUNT_FOR = re.compile(
    r"^(?:[-*•+]\s+|\d+[.)]\s+)?(?P<amount>(?:[$£€]|\b(?:USD|GBP|EUR)\s?)\s?\d[\d,]*(?:\.\d+)?[kK]?)\s+(?:for|to\s+(?:hire|pay|fund|support))\s+(?P<label>[^.;]{2,80}?)(?P<tail>(?:[.;(].*)?)$"
)
_NAMED_WORK = re.compile(r"^(?:Dr\.?\s+)?[A-Z][a-z'’\-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’\-]+['’]s?\s+(?:work|time|salary|stipend|effort|contract)\b")
_PAY_WORDS = re.compile(r"\b(?:salary|salaries|stipend|wages?|work[- ]study|contractor|consultan\w*|honorari\w*|course\s+release|personnel|staff\s+time|hours?\s+of\s+work)\b", re.I)
_GENERIC_POST = {"technician", "technicians", "specialist", "assistant", "officer", "manager", "staff", "senior", "junior", "the", "and", "of", "a", "an"}


def _post_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _GENERIC_POST and len(w) > 2}


def _dedupe(lines: list[StaffLine]) -> list[StaffLine]:
    """A post a table costs and the narrative mentions again is one line."""
    out: list[StaffLine] = []
    for ln in lines:
        twin = next((o for o in out if o.category == ln.category and o.label.strip().lower() == ln.label.strip().lower() and o.location.section != ln.location.section), None)
        if twin is not None and not ln.cost:
            continue
        out.append(ln)
    return out


def _tail_effort(text: str) -> str:
    """``(1 months/year in years 1 through 4)`` at a paragraph's end."""
    m = re.search(r"\(([^()]*\b(?:months?|fte|%)[^()]*)\)\s*\.?\s*$", text, re.I)
    return m.group(1).replace("through", "-").replace("/year", " each year") if m else ""


def _effort_in(sent: str) -> bool:
    return bool(_MONTHS.search(sent) or _FTE.search(sent) or _PCT_TIME.search(sent) or _FULLTIME.search(sent))


def _latex_text(text: str) -> str:
    t = re.sub(r"\\(?:paragraph|subsection|subsubsection|section|item)\*?\s*(?:\{([^}]*)\})?", lambda m: (m.group(1) or "") + ". ", text)
    t = t.replace("\\%", "%").replace("\\$", "$").lstrip("%")
    t = re.sub(r"\\[a-zA-Z]+\{([^}]*)\}", r"\1", t)
    t = re.sub(r"(?<!\d)%", " ", t)
    return re.sub(r"\s+", " ", t).strip(" .")


def parse(path: Path, fmt: str, *, display_path: str, lexicons: dict[str, Any] | None = None, vocab: BudgetVocabulary | None = None) -> Justification:
    """Read a justification of resources."""
    from . import parser_for

    lexicons = lexicons or {}
    extra = {"as_paper": False} if fmt == "markdown" else {}
    ms: Manuscript = parser_for("manuscript", fmt)(path, display_path=display_path, lexicons=lexicons, **extra)
    vocab = vocab or BudgetVocabulary(lexicons.get("budget") or {})
    raw = None
    if fmt in ("latex", "markdown", "yaml"):
        try:
            raw = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            raw = None
    rd = _Reader(ms, vocab, lexicons, raw, display_path)
    staff = rd.staff()
    funder = None
    hits: dict[str, int] = {}
    for m in vocab.funder_hits(rd.text[:20000]):
        hits[m.value] = hits.get(m.value, 0) + 1
    if hits:
        funder = max(hits.items(), key=lambda kv: kv[1])[0]
    cur = None
    for sym, code in (("£", "GBP"), ("€", "EUR"), ("$", "USD")):
        if sym in rd.text:
            cur = code
            break
    just = Justification(
        path=display_path,
        format=fmt,
        title=ms.title,
        funder=funder,
        currency=cur,
        staff_lines=staff,
        commented_out_staff=rd.commented(),
        technical_work=rd.work(),
        service_work=sorted(rd.service_kinds()),
    )
    return just
