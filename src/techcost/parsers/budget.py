"""Understand a budget workbook: grids in, a ``Budget`` out.

Real budgets are laid out by people, so nothing here relies on positions:

* header rows are found by what they say (``Role``, ``FTE``, ``Year 1``,
  ``Salary cost ($)``), one to three rows deep, and stay in force until a
  later header row re-maps a column;
* the period axis is the header row whose period columns actually hold the
  numbers; a period may be one column or a block of columns (``BP1`` over
  ``FTE | Months | Unloaded | Fringe | Totals``);
* section rows (``PERSONNEL:``, ``Benefits by Person``, ``EQUIPMENT``) set the
  context for the rows under them;
* totals, subtotals, empty template rows and repeated views of the same
  lines on other sheets are not lines;
* roles are classified from the pack vocabulary (``vocab.BudgetVocabulary``),
  never from code.

Where a sheet cannot be understood the result says what was seen.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from ..errors import NotUnderstood
from ..model import (
    Budget,
    CellFact,
    Location,
    NonStaffLine,
    ParseNote,
    SheetSummary,
    StaffLine,
    cell_name,
)
from ..vocab import BudgetVocabulary, LabelClass, tokenize
from .workbook import Sheet, Workbook, is_date, parse_number

# --------------------------------------------------------------- header words

_PERIOD_PATTERNS = [
    # Year 1, Yr1, Y1, Period 2, BP3, FY20, Project year 1, Year1 FTE, Year 1(21)
    re.compile(
        r"^(?P<p>(?:project\s+|budget\s+|reporting\s+|fiscal\s+)?(?:year|yr|y|period|bp|p|rp|fy|quarter|q)"
        r"\s*[-_#.]?\s*(?P<n>\d{1,2}))(?:\s*\(\d{2,4}\))?(?P<rest>(?:\s+|\s*[-:(]|$).*)$"
    ),
    # 2024, 2024/25, 2024-2025, 2017 Q4
    re.compile(r"^(?P<p>(?:19|20)\d{2}(?:\s*[/-]\s*(?:\d{2}|\d{4}))?(?:\s*q[1-4])?)(?P<rest>(?:\s+|\s*[-:(]|$).*)$"),
    re.compile(r"^(?P<p>q[1-4]\s*(?:19|20)?\d{2})(?P<rest>(?:\s+|$).*)$"),
    # 7/1/16-6/30/17
    re.compile(r"^(?P<p>\d{1,2}/\d{1,2}/\d{2,4}\s*[-–]\s*\d{1,2}/\d{1,2}/\d{2,4})(?P<rest>.*)$"),
    # Aug 2024 - Jul 2025, Jan-Dec 2025
    re.compile(
        r"^(?P<p>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*(?:(?:19|20)?\d{2})?"
        r"\s*[-–]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*(?:19|20)?\d{2})(?P<rest>.*)$"
    ),
]

_EFFORT_UNITS = [
    (re.compile(r"\b(?:consultancy|consulting)\s+days?\b|\bdays?\b|\bperson[- ]?days?\b"), "days"),
    (re.compile(r"\bhours?\b|\bhrs\b"), "hours"),
    (re.compile(r"\b(?:cal(?:endar)?\.?|academic|summer|person|man|staff)?[- ]?months?\b|\bpms?\b|\bmm\b"), "months"),
    (re.compile(r"%\s*(?:fte|effort|time)|(?:effort|time)\s*\(?%|\bpercent(?:age)?\s+(?:effort|time)|%\s*annual\s+effort|annual\s+effort"), "percent"),
    (re.compile(r"\bfte\b|\bqty_or_fte\b|\bwte\b|\beffort\b|\bfraction\b"), "fte"),
]

_HEADER_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?:no\.?|#|nr\.?|item\s+no\.?|line\s+no\.?|ref\.?|index)$"), "index"),
    # a column whose cells name the period of each row (long exports)
    (re.compile(r"^(?:budget\s+|project\s+|fiscal\s+|financial\s+|reporting\s+|grant\s+)?(?:year|period|fy|yr)s?$"), "periodcol"),
    # UKRI Funding Service role of a post, and whether estates/indirect are charged on it
    (re.compile(r"\b(?:funding\s+service\s+role|ukri\s+role|tfs\s+role|role\s+type|application\s+role|role\s+in\s+(?:the\s+)?(?:application|project))\b"), "tfsrole"),
    (re.compile(r"\battracts?\s+(?:estates|overheads?|indirect)|\bestates\s*(?:and|&|/)\s*indirect\s*(?:applied|charged|\?|\(y/?n\))|\bin\s+(?:the\s+)?(?:estates|fte|indirect|overheads?)\s+base\b|\boverheads?\s+(?:applied|charged)\b"), "overheads"),
    (re.compile(r"\b(?:cost[_ ]?type|type|cost\s+category|budget\s+category|category|fund(?:ing)?\s+heading|budget\s+heading|heading|cost\s+heading)\b"), "type"),
    (re.compile(
        r"^(?:staff|employee|person|personnel|full|member|team\s+member|post\s*holder|individual|investigator|researcher)?\s*names?$"
        r"|^(?:name\s+of\s+)?(?:person|employee|individual|staff\s+member|member\s+of\s+staff|post\s*holder|named\s+individual)$"
        r"|^(?:staff\s+member|team\s+member|member\s+of\s+staff|post\s*holder|named\s+person|named\s+staff)$|^name\s*\(if\s+known\)$"
        r"|^(?:first\s+and\s+last|given\s+and\s+family)\s+names?$"
    ), "person"),
    (re.compile(r"\bname\s*/\s*role\b|\brole\b|\bpost\b|\bposition\b|\bjob\s+title\b|^title$|^cost[_ ]?item$|^item$|\bbudget\s+item\b|\bline\s+item\b|^description\b|^task\b|^participant\b|^partner\b|^beneficiary\b|^organi[sz]ation\b|^staff\b|^personnel$"), "label"),
    (re.compile(r"\bgrade\b|\bspine\s*point\b|^point$|\bscale\b|\bband\b"), "grade"),
    (re.compile(r"\b(?:fringe|benefits?|on[- ]?costs?|oncosts?|employer'?s?\s+(?:ni|national insurance|pension)|superannuation|pension)\b"), "oncost"),
    (re.compile(r"\bsalary\s+costs?\b|\bsalaries\b|\bpersonnel\s+costs?\b|\bstaff\s+costs?\b|\bsalary\s+requested\b|\brequested\s+salary\b|\bloaded\b(?!.*\bun)|\bpay\s+costs?\b"), "staffcost"),
    (re.compile(r"\bunloaded\b|\bbase\s+salary\b|\bbasic\s+salary\b|\bannual\s+salary\b|\bsalary\b|\binstitutional\s+base\b|\bibs\b|\bstarting\s+salary\b"), "salary"),
    (re.compile(r"\bunit[_ ]?cost\b|\bunit\s+price\b|\bday\s+rate\b|\bdaily\s+rate\b|\bhourly\s+rate\b|\bprice\s+per\b"), "unitprice"),
    (re.compile(r"\bcontribution\b|\bfunder\s+share\b|\b80\s*%|\bamount\s+requested\s+from\b"), "funding"),
    (re.compile(r"^(?:sub[- ]?)?totals?\b|\bgrand\s+total\b|\btotal\s+(?:cost|costs|eligible|estimated|budget|request|amount|\(|£|\$|€)|\bcumulative\b|^sum$"), "total"),
    (re.compile(r"\brate\b|^%$|\bescal|\binflation\b|^/12$|\bpercentage\b"), "rate"),
    (re.compile(r"^units?$"), "units"),
    (re.compile(r"\bnotes?\b|\bcomments?\b|\bjustification\b|\bmethod\b|\bdetails\b|\bexplanation\b|\bremarks?\b"), "note"),
    (re.compile(r"\bestates?(?:\s+costs?)?\b|\bexpenses?\b|\bother\s+direct\b|\bsub[- ]?contract|\bindirect\b|\boverheads?\b|\btravel\b|\bequipment\b|\bconsumables\b|\bsupplies\b|\bin[- ]?kind\b|\bfinancial\s+support\b|\bspecial\s+unit\b"), "expense"),
    (re.compile(r"\bcosts?\b|\bamount\b|\bbudget\b|\brequest(?:ed)?\b|\bfunds?\b|\bprice\b|\bvalue\b|^[£$€]|\(\s*[£$€]\s*\)|\b(?:gbp|usd|eur|k€|k£)\b|^total\s*$"), "cost"),
]

_CURRENCY = [
    (re.compile(r"£|\bgbp\b|\bpounds?\b"), "GBP"),
    (re.compile(r"€|\beur\b|\beuros?\b"), "EUR"),
    (re.compile(r"\$|\busd\b|\bdollars?\b"), "USD"),
]

_LABEL_EFFORT = [
    (re.compile(r"(\d+(?:\.\d+)?)\s*%\s*(?:of\s+)?(?:an?\s+)?(?:fte|effort|time|wte)\b", re.I), "fte%"),
    (re.compile(r"(\d*\.?\d+)\s*(?:fte|wte)\b", re.I), "fte"),
    (re.compile(r"(\d+(?:\.\d+)?)\s*(?:calendar\s+|cal\.?\s+|academic\s+|summer\s+|person[- ])?months?\b", re.I), "months"),
    (re.compile(r"(\d+(?:\.\d+)?)\s*(?:person[- ])?days?\b", re.I), "days"),
    (re.compile(r"(\d+(?:\.\d+)?)\s*(?:hours?|hrs)\b(?!\s*(?:per|/)\s*(?:week|wk))", re.I), "hours"),
]
_LABEL_SALARY = re.compile(r"@\s*[£$€]?\s*(\d+(?:[.,]\d+)?)\s*([kK])?\b|[£$€]\s*(\d{2,3}(?:,\d{3})+|\d{4,7})(?:\.\d+)?\s*(?:p\.?a\.?|per\s+(?:annum|year))", re.I)
_RATE_IN_TEXT = re.compile(r"(\d+(?:\.\d+)?)\s*%")
_TITLE = r"(?:Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Miss)\s+"
_NAME = re.compile(
    rf"^(?:{_TITLE})?((?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.)(?:\s+(?:van|von|de|der|da|del|di|la|le|du|dos|bin|al)?\s*(?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.)){{1,3}})$"
)
_INCLUDED = re.compile(r"\b(?:inc\.?|incl\.?|including|includes|with|plus)\s+(?:employer'?s?\s+)?(?:benefits|fringe|on[- ]?costs?|oncosts?|ni|pension)\b|\bloaded\b|\bsal(?:ary)?\s+(?:and|&)\s+ben", re.I)
_INDEX_LIKE = re.compile(r"^\d{1,3}[.)]?$")
_PERSON_WORK = re.compile(
    r"^\s*(?:Dr\.?\s+|Prof\.?\s+)?[A-Z][a-z'’\-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’\-]+['’]s?\s+(?:work|time|salary|stipend|effort|contract|fees?)\b"
    r"|\b(?:salary|stipend|wages|fees?)\s+(?:for|of)\s+(?:Dr\.?\s+)?[A-Z][a-z'’\-]+\s+[A-Z][a-z'’\-]+\b"
)
# column roles whose figures are kept as facts of a line, by measure
_FACT_MEASURE = {
    "effort": "effort", "cost": "cost", "amount": "cost", "total": "total", "staffcost": "salary_cost",
    "salary": "salary", "oncost": "oncost",
}  # fmt: skip
_MONTH_KIND = re.compile(r"\b(?:cal(?:endar)?|acad(?:emic)?|sum(?:mer)?)\b", re.I)
# "EXAMPLE: Research Technician", "e.g. Postdoc", "Sample row - delete": a template's illustration
_EXAMPLE_ROW = re.compile(
    r"^\s*(?:(?:\[\s*)?(?:example|sample|illustrat\w*)\b\s*\]?\s*[:\-–—.)]|e\.\s?g\.|eg[:\s]|for\s+example\b)|\(\s*(?:example|sample)\s*\)|\bdelete\s+(?:this\s+)?row\b|\bexample\s+row\b",
    re.I,
)

# UKRI fund headings, pool staff, grade and spine point, stated inflation
_FUND_HEADINGS = [
    (re.compile(r"\bdirectly\s+incurred\b|^\s*di\b(?=\s*(?:[-–:(]|staff|$))", re.I), "DI"),
    (re.compile(r"\b(?:other\s+)?directly\s+allocated\b|^\s*o?da\b(?=\s*(?:[-–:(]|$))", re.I), "DA"),
    (re.compile(r"\bexceptions?\b", re.I), "Exceptions"),
    (re.compile(r"^\s*indirect\b(?!\s+technician)|\bindirect\s+costs?\b", re.I), "Indirect"),
]
_POOLED = re.compile(r"\bpool(?:ed)?\b|\binfrastructure\s+technicians?\b|\bshared\s+(?:technicians?|technical|staff)\b|\bcharge[- ]?out\b", re.I)
_NAMED = re.compile(r"\bnamed\b|\bdedicated\b", re.I)
_GRADE = re.compile(r"\bgrade\s*([0-9]{1,2}[a-z]?)\b|\bG([0-9]{1,2})\b|\bband\s*([0-9]{1,2})\b", re.I)
_SPINE = re.compile(r"\b(?:spine\s*(?:point|pt)?|sp|pt\.?|point)\s*([0-9]{1,2})\b", re.I)
_INFLATION = re.compile(r"\binflation\b|\bpay\s+(?:award|uplift|rise)s?\b|\bindexation\b|\bcost[- ]of[- ]living\b", re.I)
_FUNDING_SERVICE = re.compile(r"\b(?:ukri\s+)?funding\s+service\b|\btfs\b", re.I)


def fund_heading(text: Any) -> str | None:
    """The UKRI fund heading a label, type cell or section names."""
    if not isinstance(text, str) or not text.strip():
        return None
    return _fund_heading(text)


@lru_cache(maxsize=8192)
def _fund_heading(text: str) -> str | None:
    for pat, heading in _FUND_HEADINGS:
        if pat.search(text):
            return heading
    return None


def grade_and_spine(text: Any, header: str = "") -> tuple[str | None, int | None]:
    if isinstance(text, str):
        return _grade_and_spine_text(text, header)
    return _grade_and_spine(text, header)


@lru_cache(maxsize=8192)
def _grade_and_spine_text(text: str, header: str) -> tuple[str | None, int | None]:
    return _grade_and_spine(text, header)


def _grade_and_spine(text: Any, header: str = "") -> tuple[str | None, int | None]:
    """(grade, spine point) from a cell or label: ``Grade 5``, ``G6 SP25``,
    ``Spine point 20``; a bare number takes the meaning of its header."""
    if text is None:
        return None, None
    if _is_num(text):
        n = int(text) if float(text).is_integer() else None
        if n is None:
            return None, None
        return (None, n) if re.search(r"spine|point", header, re.I) else (str(n), None)
    t = str(text)
    g = _GRADE.search(t)
    sp = _SPINE.search(t)
    grade = next((x for x in g.groups() if x), None) if g else None
    spine = int(sp.group(1)) if sp else None
    if grade is None and spine is None and re.fullmatch(r"\s*\d{1,2}\s*", t):
        return grade_and_spine(float(t), header)
    return grade, spine


_EFFORT_PREF = {"fte": 0, "percent": 1, "months": 2, "days": 3, "hours": 4}


def _norm(v: Any) -> str:
    t = re.sub(r"\s+", " ", str(v)).strip().lower()
    if not t.isascii():
        t = "".join(ch for ch in unicodedata.normalize("NFKD", t) if not unicodedata.combining(ch))
    return t


def _is_num(v: Any) -> bool:
    t = type(v)
    return t is float or t is int  # bool is not a number here


def _num(v: Any) -> float | None:
    if _is_num(v):
        return float(v)
    if isinstance(v, str):
        return parse_number(v)
    return None


_PERIOD_INSIDE = re.compile(
    r"(?<![a-z0-9])(?P<p>(?:project\s+|budget\s+)?(?:year|yr|period|bp|fy)\s*[-_#.]?\s*\d{1,2})(?![0-9])"
)


def _match_period(text: str) -> tuple[str, str] | None:
    """(period key, remainder) when a header cell names a period:
    ``Year 1 (£)``, ``BP3``, ``2024/25``, ``FTE Year 1``."""
    t = _norm(text)
    for pat in _PERIOD_PATTERNS:
        m = pat.match(t)
        if m:
            p = m.group("p")
            return re.sub(r"\s+", " ", p), (m.group("rest") or "").strip(" -:()")
    if len(t) <= 40:
        m = _PERIOD_INSIDE.search(t)
        if m:
            rest = (t[: m.start()] + " " + t[m.end() :]).strip(" -:()")
            if rest and _header_role(rest):
                return re.sub(r"\s+", " ", m.group("p")), rest
    return None


def _period_sort_key(key: str) -> tuple[int, float, str]:
    """Order periods as written: Year 1 < Year 2 < Year 10; 2024 < 2025."""
    m = _match_period(key)
    k = m[0] if m else _norm(key)
    nums = re.findall(r"\d+", k)
    return (0, float(nums[0]) if nums else 0.0, k)


def clean_period_label(text: str) -> str:
    """The period a header names, without the measure beside it:
    ``FTE Year 1`` and ``Year 1 (£)`` are ``Year 1``."""
    t = re.sub(r"\s*\((?:[£$€]|gbp|usd|eur|k€|k£)\)\s*$", "", text.strip(), flags=re.I)
    m = _match_period(t)
    if m and m[1]:
        key = m[0]
        words = key.split()
        pat = re.compile(r"\s*".join(re.escape(w) for w in words), re.I)
        found = pat.search(t)
        if found:
            return found.group(0).strip()
    return t


def _header_role(text: str) -> tuple[str, str | None] | None:
    """(role, effort unit) for a header cell, or None."""
    t = _norm(text)
    if not t or len(t) > 120:
        return None
    for pat, unit in _EFFORT_UNITS:
        if pat.search(t) and not re.search(r"\bcosts?\b|\$|£|€|\brate\b|\bsalary\b", t):
            return "effort", unit
    for pat, role in _HEADER_RULES:
        if pat.search(t):
            return role, None
    return None


# ----------------------------------------------------------------- columns


@dataclass
class Col:
    role: str
    period: int | None = None
    unit: str | None = None
    text: str = ""
    hint: str | None = None  # a category hint from the header (consultant)
    cost_type: str | None = None  # for expense columns


@dataclass
class Section:
    kind: str  # staff | oncost | nonstaff | total | none
    text: str
    category: str | None = None
    cost_type: str | None = None


@dataclass
class _Pending:
    """A staff line under construction."""

    row: int
    label: str
    base: str
    lc: LabelClass
    category: str
    role_words: list[str]
    role_determinable: bool
    person: str | None
    effort: list[float | None] | None
    effort_unit: str | None
    cost: list[float | None] | None
    salary: float | None
    salary_by_period: list[float | None] | None
    oncost: list[float | None] | None
    oncost_rate: float | None
    oncost_included: bool | None
    grade: str | None
    heading: str | None
    label_col: int
    periods: list[str]
    computed: list[str] = field(default_factory=list)
    related_rows: list[int] = field(default_factory=list)
    spine_point: int | None = None
    fund_heading: str | None = None
    funding_service_role: str | None = None
    pooled: bool | None = None
    overheads: bool | None = None
    period_key: str | None = None  # a long export's period for this row
    facts: list[tuple[str, int | None, float, str]] = field(default_factory=list)  # (measure, period, value, cell)


_BASE_DROP = re.compile(r"\b(?:salary|salaries|sal|wages?|benefits?|ben|fringe|on[- ]?costs?|oncosts?|costs?|pension|ni)\b")


@lru_cache(maxsize=8192)
def _base_label(label: str) -> str:
    t = label.lower()
    t = re.sub(r"\(.*?\)", " ", t)
    t = _BASE_DROP.sub(" ", t)
    t = re.sub(r"[^a-z0-9]+", " ", t)
    return " ".join(t.split())


# --------------------------------------------------------------- the parser


class _SheetParser:
    def __init__(self, sheet: Sheet, vocab: BudgetVocabulary, path: str) -> None:
        self.sh = sheet
        self.vocab = vocab
        self.path = path
        self.rows = sheet.rows
        self.width = sheet.width
        self.staff: list[_Pending] = []
        self.nonstaff: list[NonStaffLine] = []
        self.oncost_rows: list[dict[str, Any]] = []
        self.periods: list[str] = []
        self.headers_seen = 0
        self.text_cells: list[str] = []
        self.fund_heading: str | None = None  # the UKRI fund heading in force
        self.inflation: float | None = None  # an inflation rate the sheet states
        self.inflation_at: Location | None = None  # the cell that states it
        self.merged_period: dict[tuple[int, int], str] = {}
        self._hcache: dict[int, Any] = {}
        self.example_rows: list[int] = []  # rows a template marks as examples
        self.blank_lines = 0  # budget-line labels with no figures entered
        self._row_period: str | None = None  # the period cell of the row being read (long exports)
        self.long_nonstaff: list[tuple[int, str]] = []
        for r0, c0, _r1, c1 in sheet.merged:
            if c1 > c0 and r0 < len(self.rows):
                v = sheet.get(r0, c0)
                if isinstance(v, str) and _match_period(v):
                    for c in range(c0 + 1, c1 + 1):
                        self.merged_period[(r0, c)] = v

    # ---- cell helpers
    def cell(self, r: int, c: int) -> Any:
        return self.sh.get(r, c)

    def loc(self, r: int, c: int) -> Location:
        return Location(path=self.path, sheet=self.sh.name, row=r + 1, cell=cell_name(r + 1, c + 1))

    def _row_numbers(self, r: int) -> list[tuple[int, float]]:
        out = []
        for c, v in enumerate(self.rows[r]):
            if _is_num(v) and v != 0:
                out.append((c, float(v)))
        return out

    # ---- header detection
    def _header_cells(self, r: int) -> dict[int, tuple[str, Any]] | None:
        """Header roles of a row, or None when it is not a header row."""
        row = self.rows[r]
        if not row:
            return None
        cached = self._hcache.get(r, False)
        if cached is not False:
            return cached
        # fast reject: data rows carry amounts that are not years
        for v in row:
            if _is_num(v) and v != 0 and not (float(v).is_integer() and 1990 <= v <= 2100):
                self._hcache[r] = None
                return None
        self._hcache[r] = self._header_cells_slow(r, row)
        return self._hcache[r]

    def _header_cells_slow(self, r: int, row: list[Any]) -> dict[int, tuple[str, Any]] | None:
        cells: dict[int, tuple[str, Any]] = {}
        texts = 0
        nonzero = 0
        periods = 0
        year_nums: list[tuple[int, int]] = []
        extra = [c for (rr, c) in self.merged_period if rr == r and c >= len(row)]
        cells_iter = list(enumerate(row)) + [(c, None) for c in sorted(extra)]
        for c, v in cells_iter:
            if v is None:
                v2 = self.merged_period.get((r, c))
                if v2 is None:
                    continue
                v = v2
            if isinstance(v, str):
                texts += 1
                p = _match_period(v)
                if p:
                    periods += 1
                    cells[c] = ("period", p)
                    continue
                hr = _header_role(v)
                if hr:
                    cells[c] = ("role", hr)
            elif _is_num(v):
                if float(v).is_integer() and 1990 <= v <= 2100:
                    year_nums.append((c, int(v)))
                elif v != 0:
                    nonzero += 1
            elif is_date(v) and hasattr(v, "year"):
                cells[c] = ("period", (v.isoformat()[:10], ""))
                periods += 1
        if len(year_nums) >= 2 and all(b[1] == a[1] + 1 for a, b in zip(year_nums, year_nums[1:])):
            for c, y in year_nums:
                cells[c] = ("period", (str(y), ""))
                periods += 1
        elif year_nums:
            nonzero += len(year_nums)
        if nonzero:
            return None
        roles = sum(1 for k, _ in cells.values() if k == "role")
        if periods >= 2 or (roles >= 2 and texts >= 2) or (roles >= 1 and periods >= 1):
            return cells
        return None

    def _region_has_numbers(self, start: int, cols: Iterable[int], stop: int) -> bool:
        cols = list(cols)
        for r in range(start, min(stop, len(self.rows))):
            row = self.rows[r]
            for c in cols:
                if c < len(row) and _is_num(row[c]) and row[c] != 0:
                    return True
        return False

    def _build_colmap(
        self, band: list[int], next_header: int, skip: tuple[int, int] | None = None
    ) -> dict[int, Col] | None:
        """Column roles from a band of 1-3 header rows. ``skip`` is a section
        title sitting in the band's first cell."""
        heads = {r: dict(self._header_cells(r) or {}) for r in band}
        if skip is not None:
            heads.get(skip[0], {}).pop(skip[1], None)
        # period cells per row
        prow = None
        pcells: dict[int, tuple[str, str]] = {}
        for r in band:
            pc = {c: v for c, (k, v) in heads[r].items() if k == "period"}
            if len(pc) >= 2:
                prow, pcells = r, pc
                break
        if not pcells:
            for r in band:
                pc = {c: v for c, (k, v) in heads[r].items() if k == "period"}
                if len(pc) == 1:  # a one-period budget: "Year 1 (£)"
                    prow, pcells = r, pc
                    break
        colmap: dict[int, Col] = {}
        # plain roles from every band row (lower rows win)
        for r in band:
            for c, (k, v) in heads[r].items():
                if k == "role":
                    role, unit = v
                    text = str(self.cell(r, c))
                    col = Col(role, None, unit, text)
                    if role == "effort" or role in ("staffcost", "cost", "expense"):
                        tl = _norm(text)
                        if re.search(r"\bconsult|\bcontractor", tl):
                            col.hint = "consultant"
                    if role == "expense":
                        lc = self.vocab.classify(text)
                        col.cost_type = lc.cost_type if lc.kind == "nonstaff" else "other"
                        if re.search(r"\bpersonnel\b", _norm(text)):
                            col.role = "staffcost"
                    colmap[c] = col
        if pcells:
            stop = next_header
            if not self._region_has_numbers(band[-1] + 1, list(pcells) + self._block_cols(pcells, heads, band, prow), stop):
                pcells = {}
        if pcells:
            keys: list[str] = []
            for c in sorted(pcells):
                key = pcells[c][0]
                if key not in keys:
                    keys.append(key)
            self.periods = self.periods or [self._period_label(prow, c) for c in self._first_cols(pcells, keys)]
            # combined headers: "Year 1 FTE" carries its own role
            for c in sorted(pcells):
                key, rest = pcells[c]
                idx = keys.index(key)
                role = None
                if rest:
                    hr = _header_role(rest)
                    if hr:
                        role = hr
                if role is None:
                    for rb in band:
                        if rb <= prow:
                            continue
                        k = heads[rb].get(c)
                        if k and k[0] == "role" and k[1][0] not in ("label", "index", "type", "person", "rate", "note", "units"):
                            role = k[1]
                role_name, unit = role if role else ("amount", None)
                if role_name == "total":
                    role_name = "amount"
                colmap[c] = Col(role_name, idx, unit, str(self.cell(prow, c)))
            cols_sorted = sorted(pcells)
            gaps = any(b - a > 1 for a, b in zip(cols_sorted, cols_sorted[1:]))
            if gaps and len(keys) == len(cols_sorted):
                self._assign_blocks(colmap, pcells, keys, heads, band, prow)
            # an effort header spanning as many empty header cells as periods
            self._assign_spans(colmap, band, len(keys))
        return colmap

    def _first_cols(self, pcells: dict[int, tuple[str, str]], keys: list[str]) -> list[int]:
        out = []
        for k in keys:
            out.append(min(c for c, (kk, _) in pcells.items() if kk == k))
        return out

    def _period_label(self, r: int | None, c: int) -> str:
        v = self.cell(r, c) if r is not None else None
        if v is None and r is not None:
            v = self.merged_period.get((r, c))
        if is_date(v):
            return v.isoformat()[:10]
        if _is_num(v):
            return str(int(v))
        if v is None:
            return f"P{c}"
        return clean_period_label(str(v))

    def _block_cols(self, pcells, heads, band, prow) -> list[int]:
        cols = []
        for r in band:
            if r == prow:
                continue
            cols.extend(c for c, (k, _) in heads[r].items() if k == "role")
        return cols

    def _assign_blocks(self, colmap, pcells, keys, heads, band, prow) -> None:
        """``BP1`` over ``FTE | Months | Unloaded | Fringe | Totals``: split the
        sub-header cells into groups where a role repeats and give group i to
        period i; if the groups do not line up, use the nearest period."""
        sub: list[tuple[int, Col]] = []
        for r in band:
            if r == prow:
                continue
            for c, (k, v) in heads[r].items():
                if k == "role":
                    role, unit = v
                    if role in ("label", "index", "person", "type", "note", "units"):
                        continue
                    sub.append((c, Col(role, None, unit, str(self.cell(r, c)))))
        if not sub:
            return
        # "Cumulative" / "Total" over a block after the last period: its sub-columns are totals
        pcols0 = sorted(pcells)
        tot_heads = sorted(c for c, (k, v) in heads[prow].items() if k == "role" and v[0] == "total" and c > pcols0[-1])
        if tot_heads:
            cut = tot_heads[0]
            for c, col in sub:
                if c >= cut:
                    colmap[c] = Col("total", None, col.unit, col.text)
            sub = [(c, col) for c, col in sub if c < cut]
            if not sub:
                return
        sub.sort(key=lambda t: t[0])
        groups: list[list[tuple[int, Col]]] = [[]]
        seen: set[str] = set()
        for c, col in sub:
            key = col.role + (col.unit or "")
            if key in seen:
                groups.append([])
                seen = set()
            groups[-1].append((c, col))
            seen.add(key)
        pcols = sorted(pcells)
        if len(groups) == len(pcols):
            for i, g in enumerate(groups):
                for c, col in g:
                    col.period = i
                    colmap[c] = col
        else:
            for c, col in sub:
                nearest = min(range(len(pcols)), key=lambda i: abs(pcols[i] - c))
                col.period = nearest
                colmap[c] = col
        for c in pcols:
            if colmap.get(c) and colmap[c].role == "amount":
                # the period label sits over one of the block's own columns
                pass

    def _assign_spans(self, colmap: dict[int, Col], band: list[int], n: int) -> None:
        if n < 2:
            return
        occupied = set()
        for r in band:
            for c, v in enumerate(self.rows[r]):
                if v is not None:
                    occupied.add(c)
        for c in sorted(list(colmap)):
            col = colmap[c]
            if col.role != "effort" or col.period is not None:
                continue
            span = [c]
            k = c + 1
            while k not in occupied and k < self.width and len(span) < n:
                span.append(k)
                k += 1
            if len(span) == n:
                for i, cc in enumerate(span):
                    colmap[cc] = Col("effort", i, col.unit, col.text, col.hint)

    # ---- sections
    def _section(self, r: int, header: bool) -> Section | None:
        row = self.rows[r]
        first = None
        for c, v in enumerate(row):
            if v is not None:
                first = (c, v)
                break
        if first is None or not isinstance(first[1], str):
            return None
        if first[0] > 2:
            return None
        if any(_is_num(v) and v != 0 for v in row):
            return None
        text = first[1]
        if header and first[0] > 1:
            return None
        if len(text) > 80:
            return None
        lc = self.vocab.classify(text)
        if lc.kind == "total":
            words = [w for w, _, _ in tokenize(text) if w != "|"]
            if len(words) > 1:
                return Section("total", text)
            return None
        if lc.kind == "staff":
            return Section("staff", text, lc.category)
        if lc.kind == "oncost":
            return Section("oncost", text)
        if lc.kind == "nonstaff":
            return Section("nonstaff", text, cost_type=lc.cost_type)
        return None

    # ---- main pass
    def parse(self) -> None:
        rows = self.rows
        n = len(rows)
        header_rows = [r for r in range(n) if self._header_cells(r) is not None]
        hset = set(header_rows)
        self.headers_seen = len(header_rows)
        colmap: dict[int, Col] = {}
        section = Section("none", "")
        r = 0
        for row in rows:
            if len(self.text_cells) >= 4000:
                break  # enough text to tell funder and currency
            self.text_cells.extend(v for v in row if isinstance(v, str))
        del self.text_cells[4000:]
        consumed = self._transposed()
        while r < n:
            row = rows[r]
            if not row or r in consumed:
                r += 1
                continue
            if r in hset:
                band = [r]
                while band[-1] + 1 in hset and len(band) < 3:
                    band.append(band[-1] + 1)
                nxt = next((h for h in header_rows if h > band[-1]), n)
                sec = self._section(band[0], header=True)
                first_cell = next((v for v in rows[band[0]] if v is not None), None)
                fh_role = _header_role(first_cell) if isinstance(first_cell, str) else None
                if sec is not None and fh_role is not None and fh_role[0] in ("person", "label", "index", "type"):
                    sec = None  # "Staff member" over a name column is a heading, not a section title
                skip = None
                if sec is not None:
                    skip = (band[0], next(c for c, v in enumerate(rows[band[0]]) if v is not None))
                new = self._build_colmap(band, nxt, skip)
                if new:
                    # a new header re-maps the columns it names
                    merged = dict(colmap)
                    merged.update(new)
                    colmap = merged
                if sec is not None:
                    section = sec
                    self.fund_heading = fund_heading(sec.text) or self.fund_heading
                r = band[-1] + 1
                continue
            self._scan_inflation(r)
            fh = self._fund_row(r)
            if fh is not None:
                self.fund_heading = fh
            sec = self._section(r, header=False)
            if sec is not None:
                if colmap and sec.kind in ("staff", "nonstaff", "oncost"):
                    self.blank_lines += 1  # a line label with nothing entered (or a heading): counts towards "template"
                section = sec
                self.fund_heading = fund_heading(sec.text) or self.fund_heading
                r += 1
                continue
            if fh is not None:
                r += 1
                continue
            if colmap:
                self._data_row(r, colmap, section)
            r += 1
        self._link_oncosts()
        self._fold_long()

    # ---- transposed tables: a row per period, a column per post
    def _transposed(self) -> set[int]:
        """``Period | PI | Postdoc | Technician`` over rows ``Year 1 | ...``:
        each post column is a line, each row a period; the title above a
        table says whether it holds effort or cost. Returns the rows read."""
        rows = self.rows
        used: set[int] = set()
        facts: dict[str, dict[str, Any]] = {}
        order: list[str] = []
        for r, row in enumerate(rows):
            cells = [(c, v) for c, v in enumerate(row) if v not in (None, "")]
            if len(cells) < 2 or any(_is_num(v) for _, v in cells):
                continue
            c0, v0 = cells[0]
            hr = _header_role(v0) if isinstance(v0, str) else None
            if not hr or hr[0] != "periodcol":
                continue
            posts = [(c, v) for c, v in cells[1:] if isinstance(v, str) and self.vocab.classify(v).kind == "staff"]
            if not posts:
                continue
            body: list[tuple[int, str]] = []
            k = r + 1
            while k < len(rows):
                rk = rows[k]
                v = rk[c0] if c0 < len(rk) else None
                if v is None or (isinstance(v, str) and not v.strip()):
                    break
                key = str(int(v)) if _is_num(v) and float(v).is_integer() else str(v).strip()
                if not _match_period(key):
                    break
                body.append((k, key))
                k += 1
            if not body:
                continue
            title = ""
            for t in range(r - 1, max(-1, r - 3), -1):
                texts = [x for x in rows[t] if isinstance(x, str) and x.strip()]
                if texts:
                    title = texts[0]
                    used.add(t)
                    break
            th = _header_role(title) if title else None
            measure, unit = ("effort", th[1]) if th and th[0] == "effort" else ("cost", None)
            if measure == "cost" and _INCLUDED.search(title):
                measure = "cost+oncost"
            for _kk, key in body:
                if key not in order:
                    order.append(key)
            for c, label in posts:
                f = facts.setdefault(label.strip(), {"row": r, "col": c, "effort": {}, "cost": {}, "unit": None, "included": None})
                for kk, key in body:
                    rk = rows[kk]
                    x = _num(rk[c]) if c < len(rk) else None
                    if x is None:
                        continue
                    f.setdefault("facts", []).append(("effort" if measure == "effort" else "cost", key, x, f"{self.sh.name}!{cell_name(kk + 1, c + 1)}"))
                    if measure == "effort":
                        f["effort"][key] = x
                        f["unit"] = unit
                    else:
                        f["cost"][key] = x
                        if measure == "cost+oncost":
                            f["included"] = True
            used |= {r, *[kk for kk, _ in body]}
        if not facts:
            return used
        order.sort(key=_period_sort_key)
        labels = [clean_period_label(k) for k in order]
        for label, f in facts.items():
            lc = self.vocab.classify(label)
            roles = self.vocab.roles_in(label)
            category = lc.category or (roles[0].value if roles else "other_staff")
            effort = [f["effort"].get(k) for k in order] if f["effort"] else None
            cost = [f["cost"].get(k) for k in order] if f["cost"] else None
            self.staff.append(
                _Pending(
                    row=f["row"], label=label, base=_base_label(label), lc=lc, category=category,
                    role_words=list(lc.role_words) or [m.text for m in roles], role_determinable=bool(lc.category or roles),
                    person=_person_from_text(label), effort=effort, effort_unit=_effort_unit(f["unit"], effort) if effort else None,
                    cost=cost, salary=None, salary_by_period=None, oncost=None, oncost_rate=None,
                    oncost_included=f["included"], grade=None, heading=None, label_col=f["col"], periods=labels,
                    facts=[(m, order.index(k), x, cell) for m, k, x, cell in f.get("facts", []) if x],
                )
            )  # fmt: skip
        self.periods = self.periods or labels
        return used

    # ---- long exports: one row per line and period
    def _fold_long(self) -> None:
        """Rows that carry their period in a cell ("Post | Period | FTE | Total")
        are facts of one line: rows with the same label (and person) are
        one line with a value per period."""
        keyed = [p for p in self.staff if p.period_key is not None]
        if not keyed and not self.long_nonstaff:
            return
        order: list[str] = []
        for key in [p.period_key for p in keyed] + [k for _, k in self.long_nonstaff]:
            if key is not None and key not in order:
                order.append(key)
        order.sort(key=_period_sort_key)
        n = len(order)
        labels = [clean_period_label(k) for k in order]
        groups: dict[tuple[str, str, str], list[_Pending]] = {}
        for p in keyed:
            groups.setdefault((p.base or p.label.lower(), (p.person or "").lower(), p.category), []).append(p)
        merged: list[_Pending] = []
        for rows in groups.values():
            first = rows[0]

            def series(attr: str, rows: list = rows) -> list[float | None] | None:
                out: list[float | None] = [None] * n
                seen = False
                for p in rows:
                    vals = getattr(p, attr)
                    if vals:
                        out[order.index(p.period_key)] = vals[0]
                        seen = True
                return out if seen else None

            cost = series("cost")
            effort = series("effort")
            if effort is not None and cost is not None:
                effort = [e if e is not None else (0.0 if c is None or c == 0 else None) for e, c in zip(effort, cost)]
            if cost is not None:
                cost = [c if c is not None else 0.0 for c in cost]
            merged.append(
                dataclasses.replace(
                    first,
                    effort=effort,
                    cost=cost,
                    salary_by_period=series("salary_by_period"),
                    oncost=series("oncost"),
                    periods=labels,
                    related_rows=sorted({*first.related_rows, *[p.row + 1 for p in rows[1:]]}),
                    computed=sorted({c for p in rows for c in p.computed} - {"effort"}),
                    period_key=None,
                    facts=[(m, order.index(p.period_key), x, cell) for p in rows for m, _, x, cell in p.facts],
                )
            )
        self.staff = [p for p in self.staff if p.period_key is None] + merged
        if self.long_nonstaff:
            idx = dict(self.long_nonstaff)
            by_label: dict[tuple[str, str], list[tuple[NonStaffLine, str]]] = {}
            rest: list[NonStaffLine] = []
            for i, ln in enumerate(self.nonstaff):
                if i in idx:
                    by_label.setdefault((ln.label.strip().lower(), ln.type), []).append((ln, idx[i]))
                else:
                    rest.append(ln)
            for items in by_label.values():
                vals: list[float | None] = [0.0] * n
                for ln, key in items:
                    vals[order.index(key)] = (ln.cost or [None])[0]
                rest.append(items[0][0].model_copy(update={"cost": vals}))
            self.nonstaff = rest
        self.periods = labels

    def _fund_row(self, r: int) -> str | None:
        """A row that only names a fund heading ("Directly Incurred",
        "Directly Allocated - Investigators") sets it for the rows below."""
        row = self.rows[r]
        texts = [v for v in row if isinstance(v, str)]
        if not texts or any(_is_num(v) and v != 0 for v in row) or len(texts) > 2:
            return None
        return fund_heading(texts[0]) if len(texts[0]) <= 80 else None

    def _scan_inflation(self, r: int) -> None:
        """``Inflation | 3%`` or ``Pay award 2.5% a year``: a stated rate."""
        if self.inflation is not None:
            return
        row = self.rows[r]
        for c, v in enumerate(row):
            if not (isinstance(v, str) and _INFLATION.search(v)) or len(v) > 120:
                continue
            m = re.search(r"(\d+(?:\.\d+)?)\s*%", v)
            if m:
                self.inflation = float(m.group(1)) / 100
                self.inflation_at = self.loc(r, c)
                return
            for dc, x in enumerate(row[c + 1 : c + 4], start=1):
                val = _num(x)
                if val is None or val <= 0:
                    continue
                if (isinstance(x, str) and "%" in x) or val < 0.25:
                    self.inflation = val
                elif val <= 25:
                    self.inflation = val / 100
                else:
                    continue
                self.inflation_at = self.loc(r, c + dc)
                return

    def _label_of(self, r: int, colmap: dict[int, Col]) -> tuple[str | None, int]:
        row = self.rows[r]
        label_cols = [c for c, col in colmap.items() if col.role == "label"]
        for c in sorted(label_cols):
            v = row[c] if c < len(row) else None
            if isinstance(v, str) and not _INDEX_LIKE.match(v):
                return v, c
        skip_roles = {"note", "type", "units", "person", "grade", "rate", "funding", "periodcol"}
        first_data = min((c for c, col in colmap.items() if col.role in ("amount", "cost", "staffcost", "effort", "salary", "total", "oncost", "expense")), default=len(row))
        for c, v in enumerate(row):
            if c >= max(first_data, 1) and label_cols:
                break
            if isinstance(v, str) and not _INDEX_LIKE.match(v):
                col = colmap.get(c)
                if col is not None and col.role in skip_roles:
                    continue
                if _match_period(v) or _num(v) is not None:
                    continue
                return v, c
        # a table whose only text column is its fund heading / type column
        for c in sorted(c for c, col in colmap.items() if col.role == "type"):
            v = row[c] if c < len(row) else None
            if isinstance(v, str) and not _INDEX_LIKE.match(v):
                return v, c
        return None, -1

    def _values(self, r: int, colmap: dict[int, Col]) -> dict[str, Any]:
        row = self.rows[r]
        n = max(1, len(self.periods))
        out: dict[str, Any] = {
            "effort_p": {},
            "amount_p": {},
            "cost_p": {},
            "staffcost_p": {},
            "salary_p": {},
            "oncost_p": {},
            "expense": [],
            "_effort_pref": {},
            "_month_cols": set(),
            "_facts": [],
        }
        for c, col in colmap.items():
            if c >= len(row):
                continue
            v = row[c]
            if col.role in ("expense",) and col.cost_type in ("estates", "indirect"):
                out["_overhead_cols"] = True
            if col.role == "periodcol":
                if v is not None and str(v).strip():
                    out["period_key"] = str(int(v)) if _is_num(v) and float(v).is_integer() else str(v).strip()
                continue
            if col.role in ("note", "units", "type", "person", "grade", "label", "tfsrole", "overheads"):
                if col.role == "grade":
                    g, sp = grade_and_spine(v, col.text)
                    if g is not None:
                        out.setdefault("grade", g)
                    if sp is not None:
                        out.setdefault("spine", sp)
                elif isinstance(v, str):
                    out.setdefault(col.role, v)
                elif col.role == "overheads" and isinstance(v, bool):
                    out.setdefault(col.role, "yes" if v else "no")
                continue
            x = _num(v) if not isinstance(v, bool) else None
            if x is None:
                continue
            measure = _FACT_MEASURE.get(col.role)
            if measure is not None and x:
                out["_facts"].append((measure, col.period if col.period is not None and col.period < n else None, x, c))
            if (r, c) in self.sh.computed:
                out.setdefault("_computed", set()).add(
                    {"effort": "effort", "salary": "salary", "oncost": "oncost", "expense": "cost"}.get(col.role, "cost")
                )
            p = col.period
            if p is not None and p < n:
                if col.role == "effort" and col.unit == "months" and _MONTH_KIND.search(col.text) and out["_effort_pref"].get(p) == _EFFORT_PREF["months"] and p in out["_month_cols"]:
                    out["effort_p"][p] += x  # calendar + academic + summer months of one period
                    continue
                if col.role == "effort":
                    if col.unit == "months" and _MONTH_KIND.search(col.text):
                        out["_month_cols"].add(p)
                    pref = _EFFORT_PREF.get(col.unit or "fte", 9)
                    if p not in out["effort_p"] or pref < out["_effort_pref"].get(p, 9):
                        out["effort_p"][p] = x
                        out["_effort_pref"][p] = pref
                        if pref <= min(out["_effort_pref"].values()):
                            out["effort_unit"] = col.unit
                    if col.hint:
                        out.setdefault("hint", col.hint)
                elif col.role in ("amount",):
                    out["amount_p"][p] = x
                elif col.role == "staffcost":
                    out["staffcost_p"][p] = x
                elif col.role in ("cost", "total"):
                    out["cost_p"][p] = x
                elif col.role == "salary":
                    out["salary_p"][p] = x
                elif col.role == "oncost":
                    out["oncost_p"][p] = x
                elif col.role == "expense":
                    out["expense"].append((col, x))
                continue
            if col.role == "effort":
                if col.unit == "months" and _MONTH_KIND.search(col.text):
                    # NIH calendar, academic and summer months add up to the person-months
                    out["_months"] = out.get("_months", 0.0) + x
                out.setdefault("effort", x)
                out.setdefault("effort_unit", col.unit)
                if col.hint:
                    out.setdefault("hint", col.hint)
            elif col.role == "salary":
                out.setdefault("salary", x)
            elif col.role == "unitprice":
                out.setdefault("unitprice", x)
            elif col.role == "oncost":
                out.setdefault("oncost", x)
            elif col.role == "staffcost":
                out.setdefault("staffcost", x)
                if col.hint:
                    out.setdefault("hint", col.hint)
            elif col.role == "cost":
                out.setdefault("cost", x)
            elif col.role == "total":
                out.setdefault("total", x)
            elif col.role == "expense":
                out["expense"].append((col, x))
        if "_months" in out:
            out["effort"] = out.pop("_months")
            out["effort_unit"] = "months"
        return out

    def _series(self, d: dict[int, float]) -> list[float | None] | None:
        if not d:
            return None
        n = max(1, len(self.periods))
        return [d.get(i) for i in range(n)]

    def _data_row(self, r: int, colmap: dict[int, Col], section: Section) -> None:
        label, label_col = self._label_of(r, colmap)
        if label is None:
            return
        if _EXAMPLE_ROW.search(label):
            self.example_rows.append(r)
            return
        vals = self._values(r, colmap)
        self._row_period = vals.get("period_key")
        lc = self.vocab.classify(label)
        if lc.kind == "total" or section.kind == "total":
            return
        numbers = (
            list(vals["effort_p"].values())
            + list(vals["amount_p"].values())
            + list(vals["cost_p"].values())
            + list(vals["staffcost_p"].values())
            + list(vals["oncost_p"].values())
            + [vals.get(k) for k in ("effort", "staffcost", "cost", "total", "oncost") if vals.get(k) is not None]
            + [x for _, x in vals["expense"]]
        )
        if not any(x for x in numbers):
            if lc.kind in ("staff", "nonstaff", "oncost"):
                self.blank_lines += 1  # a budget line with nothing entered: a template's row
            return
        kind = lc.kind
        cost_type = lc.cost_type
        tval = vals.get("type")
        label_type = lc.cost_type if lc.kind == "nonstaff" and lc.cost_type != "other" else None
        if tval and tval != label:
            tc = self.vocab.classify(tval)
            if tc.kind in ("staff", "oncost", "nonstaff"):
                kind = tc.kind if not (tc.kind == "staff" and lc.kind == "oncost") else "oncost"
                if tc.kind == "nonstaff" and lc.kind == "staff" and lc.category:
                    kind = "staff"  # "Other Directly Allocated | Pool technician": a post under a non-staff heading
                if tc.kind == "nonstaff":
                    cost_type = label_type or tc.cost_type
        elif section.kind == "staff":
            if lc.kind == "nonstaff" and lc.cost_type not in (None, "other"):
                kind = "nonstaff"  # "Consumables" under a "Staff" heading is still consumables
            else:
                kind = "oncost" if lc.kind == "oncost" else "staff"
        elif section.kind == "oncost":
            kind = "oncost"
        elif section.kind == "nonstaff":
            kind = "nonstaff"
            if not (lc.kind == "nonstaff" and lc.cost_type and lc.cost_type != "other"):
                cost_type = section.cost_type
        if kind in ("none", "nonstaff") and kind != "staff":
            if vals.get("staffcost"):
                kind = "staff"
            elif kind == "none" and _plausible_effort(vals):
                kind = "staff"  # effort (FTE, person-months) is people's: "1 University A | 45 person-months"
            elif kind == "none" and _PERSON_WORK.search(label):
                kind = "staff"  # "Serge Guelton's work", "salary for Jo Bloggs": a named person paid, role not said
        if kind == "staff":
            self._staff_row(r, label, label_col, lc, vals, section)
            for col, x in vals["expense"]:
                if x:
                    self._nonstaff(r, label, label_col, col.cost_type or "other", [x], section, [col.text])
        elif kind == "oncost":
            self._oncost_row(r, label, label_col, lc, vals)
        else:
            cost = self._series({**vals["cost_p"], **vals["amount_p"]})
            if cost is None:
                single = vals.get("cost") if vals.get("cost") is not None else vals.get("total")
                if single is None and not vals["expense"]:
                    return
                cost = [single] if single is not None else None
            ctype = cost_type or "other"
            if cost is not None and any(cost):
                self._nonstaff(r, label, label_col, ctype, cost, section, list(lc.type_words), computed=bool(vals.get("_computed")))
            for col, x in vals["expense"]:
                if x:
                    self._nonstaff(r, label, label_col, col.cost_type or "other", [x], section, [col.text])

    def _nonstaff(self, r, label, label_col, ctype, cost, section, words, computed: bool = False) -> None:
        if self._row_period is not None:
            self.long_nonstaff.append((len(self.nonstaff), self._row_period))
        self.nonstaff.append(
            NonStaffLine(
                label=label,
                type=ctype,
                cost=cost,
                heading=section.text or None,
                fund_heading=fund_heading(label) or self.fund_heading,  # type: ignore[arg-type]
                type_words=[w for w in words if w],
                computed=["cost"] if computed else [],
                location=self.loc(r, max(label_col, 0)),
            )
        )

    def _staff_row(self, r, label, label_col, lc: LabelClass, vals, section: Section) -> None:
        n = max(1, len(self.periods))
        computed: list[str] = sorted(vals.get("_computed") or ())
        # category
        if lc.kind in ("staff", "oncost") and lc.category:
            category, words, determinable = lc.category, list(lc.role_words), True
        else:
            roles = self.vocab.roles_in(label)
            if roles:
                category, words, determinable = roles[0].value, [m.text for m in roles], True
            elif vals.get("hint"):
                category, words, determinable = vals["hint"], [], True
            elif section.category:
                category, words, determinable = section.category, [section.text], True
            else:
                category, words, determinable = "other_staff", [], False
        # cost, as written per period
        # a period's cost, whichever header named it ("Funds requested" over Year 1, bare "Year 2")
        cost = self._series({**vals["amount_p"], **vals["cost_p"]})
        staffcost_p = self._series(vals["staffcost_p"])
        if cost is None and staffcost_p is not None:
            cost = staffcost_p  # "Requested salary" per period, on-costs beside it
        if cost is None:
            single = next((vals[k] for k in ("staffcost", "cost", "total") if vals.get(k) is not None), None)
            if single is not None and n == 1:
                cost = [single]
            # a single amount over several periods is a total: never spread it
        # effort: a single figure holds in the periods the line is costed
        effort = self._series(vals["effort_p"])
        unit = vals.get("effort_unit")
        single_effort = vals.get("effort")
        if effort is None and single_effort is None:
            le = _effort_from_text(label)
            if le:
                single_effort, unit = le
        year_worth = {"months": 12.0, "days": 260.0, "hours": 2100.0}.get(unit or "", None)
        if effort is None and single_effort is not None and n > 1 and year_worth is not None and single_effort > year_worth:
            single_effort = None  # "30 PM" over a multi-year budget is a project total: never spread it
        if effort is None and single_effort is not None:
            if n == 1:
                effort = [single_effort]
            else:
                if cost is not None and any(x for x in cost):
                    effort = [single_effort if x else 0.0 for x in cost]
                else:
                    effort = [single_effort] * n
                computed.append("effort")
        if effort is not None:
            unit = _effort_unit(unit, effort)
        else:
            unit = None
        salary = vals.get("salary")
        units_text = vals.get("units") or ""
        if salary is None and vals.get("unitprice") is not None:
            up = vals["unitprice"]
            if re.search(r"year|annum|p\.?a\b|annual", units_text, re.I) or up >= 5000:
                salary = up
        if salary is None:
            salary = _salary_from_text(label)
        salary_p = self._series(vals["salary_p"])
        oncost_p = self._series(vals["oncost_p"])
        if oncost_p is None and vals.get("oncost") is not None:
            oncost_p = [vals["oncost"]] if n == 1 else None
        included: bool | None = None
        if _INCLUDED.search(label) or _INCLUDED.search(units_text) or lc.oncost_included:
            included = True
        elif oncost_p is not None and cost is not None and (
            salary_p is not None or (staffcost_p is not None and cost is not staffcost_p) or (n == 1 and (salary is not None or vals.get("staffcost") is not None))
        ):
            # "Totals" = "Unloaded" + "Fringe"; "Funds requested" = "Requested salary" + "Fringe benefits"
            tot = sum(x or 0 for x in cost)
            if staffcost_p is not None and cost is not staffcost_p:
                base = staffcost_p
            elif salary_p is not None:
                base = salary_p
            else:
                base = [vals.get("staffcost") if vals.get("staffcost") is not None and cost != [vals.get("staffcost")] else salary]
            parts = sum(x or 0 for x in base or []) + sum(x or 0 for x in oncost_p)
            if parts and abs(tot - parts) <= max(1.0, 0.01 * tot):
                included = True
            else:
                included = False
        elif oncost_p is not None:
            included = False
        person = vals.get("person") or _person_from_text(label)
        if isinstance(person, str):
            person = person.strip() or None
        grade, spine = vals.get("grade"), vals.get("spine")
        lg, ls = grade_and_spine(label)
        grade, spine = grade or lg, spine or ls
        tfs = vals.get("tfsrole")
        tfs = re.sub(r"\s+", " ", tfs).strip().lower() if isinstance(tfs, str) and tfs.strip() else None
        role_text = " ".join(t for t in (label, tfs or "", vals.get("type") or "", section.text) if t)
        pooled = True if _POOLED.search(role_text) else (False if _NAMED.search(role_text) or person else None)
        oh = vals.get("overheads")
        overheads: bool | None = None
        if isinstance(oh, str) and oh.strip():
            overheads = bool(re.match(r"\s*(?:y|yes|true|included|applied|x)\b", oh, re.I))
        elif vals.get("_overhead_cols"):
            overheads = any(x for col, x in vals["expense"] if col.cost_type in ("estates", "indirect"))
        fh = fund_heading(vals.get("type")) or fund_heading(label) or self.fund_heading
        self.staff.append(
            _Pending(
                row=r,
                label=label,
                base=_base_label(label),
                lc=lc,
                category=category,
                role_words=words,
                role_determinable=determinable,
                person=person,
                effort=effort,
                effort_unit=unit,
                cost=cost,
                salary=salary,
                salary_by_period=salary_p,
                oncost=oncost_p,
                oncost_rate=None,
                oncost_included=included,
                grade=grade,
                heading=section.text or None,
                label_col=max(label_col, 0),
                periods=list(self.periods),
                computed=computed,
                spine_point=spine,
                fund_heading=fh,
                funding_service_role=tfs,
                pooled=pooled,
                overheads=overheads,
                period_key=vals.get("period_key"),
                facts=[(m, p, x, f"{self.sh.name}!{cell_name(r + 1, c + 1)}") for m, p, x, c in vals["_facts"]],
            )
        )

    def _oncost_row(self, r, label, label_col, lc, vals) -> None:
        series = self._series({**vals["cost_p"], **vals["amount_p"]}) or self._series(vals["oncost_p"])
        if series is None:
            single = next((vals[k] for k in ("cost", "oncost", "total", "staffcost") if vals.get(k) is not None), None)
            series = [single] if single is not None else None
        m = _RATE_IN_TEXT.search(label)
        self.oncost_rows.append(
            {
                "row": r,
                "label": label,
                "base": _base_label(label),
                "series": series,
                "rate": float(m.group(1)) / 100 if m else None,
                "col": label_col,
                "facts": [("oncost", p, x, f"{self.sh.name}!{cell_name(r + 1, c + 1)}") for _, p, x, c in vals["_facts"]],
            }
        )

    def _link_oncosts(self) -> None:
        for oc in self.oncost_rows:
            target = None
            if oc["base"]:
                for s in reversed([s for s in self.staff if s.row < oc["row"]] or self.staff):
                    if s.base and s.base == oc["base"]:
                        target = s
                        break
            if target is None and oc["series"] is not None and not oc["rate"]:
                # "Employer on-costs" on the row right below a post (blank rows aside) are its own
                prev = max((s for s in self.staff if s.row < oc["row"]), key=lambda s: s.row, default=None)
                between = range(prev.row + 1, oc["row"]) if prev is not None else range(0)
                if prev is not None and prev.oncost is None and all(not any(_is_num(v) and v for v in self.rows[k]) for k in between):
                    if not any(o is not oc and prev.row < o["row"] < oc["row"] for o in self.oncost_rows):
                        target = prev
            if target is not None:
                if oc["series"] is not None and target.oncost is None:
                    target.oncost = oc["series"]
                    target.facts.extend(oc["facts"])
                    if target.oncost_included is None:
                        target.oncost_included = False
                target.related_rows.append(oc["row"] + 1)
                if target.cost and target.oncost and target.salary is None:
                    pass
                continue
            # an aggregate row ("27% * salary for all above", NSF "C. Fringe benefits") covers the staff above it
            above = [s for s in self.staff if s.row < oc["row"]]
            rate = oc["rate"]
            if rate is None and oc["series"]:
                base = sum(x or 0 for s in above if s.oncost is None and s.oncost_included is not True for x in (s.cost or []))
                if base > 0:
                    rate = round(sum(x or 0 for x in oc["series"]) / base, 4)  # the rate the shared line implies
            for s in above:
                if s.oncost is None and s.oncost_included is not True:
                    s.oncost_rate = rate
                    s.related_rows.append(oc["row"] + 1)
                    if s.oncost_included is None:
                        s.oncost_included = False
                    if rate is not None:
                        s.computed.append("oncost_rate")

    def staff_lines(self) -> list[StaffLine]:
        out = []
        for s in self.staff:
            rate = s.oncost_rate
            if rate is None and s.oncost and s.cost and s.oncost_included is False:
                tot = sum(x or 0 for x in s.cost)
                if tot > 0:
                    rate = round(sum(x or 0 for x in s.oncost) / tot, 4)
            out.append(
                StaffLine(
                    label=s.label,
                    category=s.category,
                    person=s.person,
                    effort=s.effort,
                    effort_unit=s.effort_unit,
                    cost=s.cost,
                    salary=s.salary,
                    salary_by_period=s.salary_by_period,
                    oncost=s.oncost,
                    oncost_rate=rate,
                    oncost_included=s.oncost_included,
                    grade=s.grade,
                    spine_point=s.spine_point,
                    heading=s.heading,
                    fund_heading=s.fund_heading,  # type: ignore[arg-type]
                    funding_service_role=s.funding_service_role,
                    pooled=s.pooled,
                    overheads=s.overheads,
                    role_words=s.role_words,
                    role_determinable=s.role_determinable,
                    computed=sorted(set(s.computed)),
                    location=self.loc(s.row, s.label_col),
                    related_rows=s.related_rows,
                    facts=[CellFact(measure=m, period=p, value=x, cell=c) for m, p, x, c in s.facts],  # type: ignore[arg-type]
                )
            )
        return out


_EFFORT_CEILING = {"fte": 50.0, "percent": 100.0, "months": 1200.0, "days": 25000.0, "hours": 200000.0}


def _plausible_effort(vals: dict[str, Any]) -> bool:
    """Effort figures a line of people could carry (an amount under a stale
    effort column is not effort)."""
    xs = [x for x in vals["effort_p"].values() if x] + ([vals["effort"]] if vals.get("effort") else [])
    if not xs:
        return False
    ceiling = _EFFORT_CEILING.get(vals.get("effort_unit") or "fte", 50.0)
    return all(0 < x <= ceiling for x in xs)


def _effort_unit(unit: str | None, values: list[float | None]) -> str:
    vals = [v for v in values if v is not None]
    if unit == "percent":
        return "fte" if vals and max(vals) <= 1.0 else "percent"
    if unit in ("fte", "months", "days", "hours"):
        return unit
    if vals and max(vals) <= 1.5:
        return "fte"
    return unit or "fte"


@lru_cache(maxsize=8192)
def _effort_from_text(label: str) -> tuple[float, str] | None:
    for pat, unit in _LABEL_EFFORT:
        m = pat.search(label)
        if m:
            v = float(m.group(1))
            if unit == "fte%":
                return v / 100.0, "fte"
            return v, unit
    return None


@lru_cache(maxsize=8192)
def _salary_from_text(label: str) -> float | None:
    m = _LABEL_SALARY.search(label)
    if not m:
        return None
    if m.group(1):
        v = float(m.group(1).replace(",", ""))
        if m.group(2):
            v *= 1000
        return v if v >= 1000 else None
    return float(m.group(3).replace(",", ""))


@lru_cache(maxsize=8192)
def _person_from_text(label: str) -> str | None:
    """A named person in a label: ``(Dr. Jim Grasela)``, ``(Aubrey Moore; 10% FTE)``,
    ``Technician - Jane Smith``."""
    cands: list[str] = []
    poss = re.match(r"^\s*((?:Dr\.?\s+|Prof\.?\s+)?[A-Z][a-z'’\-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’\-]+)['’]s?\s", label)
    if poss:
        cands.append(poss.group(1))  # "Serge Guelton's work"
    for m in re.finditer(r"\(([^()]*)\)", label):
        cands.extend(p.strip() for p in re.split(r"[;,]", m.group(1)))
    for part in re.split(r"\s[-–—:]\s|:\s", label)[1:]:
        cands.append(part.strip())
    # "Quentin Marlowe-Ashby, Research Technician": a name before the role
    head = re.split(r"\s*[,;]\s*|\s[-–—]\s", label, maxsplit=1)
    if len(head) == 2 and head[1].strip():
        cands.insert(0, head[0].strip())
    for c in cands:
        m = _NAME.match(c)
        if m:
            name = m.group(1)
            if any(ch.isdigit() for ch in name):
                continue
            if {w.lower().strip(".") for w in name.split()} & _NOT_NAME_WORDS:
                continue  # "Research Technician, Imaging": a role, not a person
            return name
    return None


# words of job titles and budget headings: a capitalised phrase holding one is not a person's name
_NOT_NAME_WORDS = frozenset(
    """research technician technical technologist officer manager assistant associate engineer software
    postdoc postdoctoral scientist fellow student lecturer professor principal investigator staff lab
    laboratory senior junior project data support admin administrator administrative coordinator director
    head lead specialist analyst developer programmer consultant contractor year years salary salaries cost
    costs total travel equipment consumables facility core unit service services team group pool named
    graduate undergraduate phd doctoral intern apprentice clerk secretary finance accounting other general
    imaging genomics sequencing microscopy workshop animal computing hpc""".split()
)


# ------------------------------------------------------------- whole budget


def _total(vals: list[float | None] | None) -> float:
    return float(sum(v for v in (vals or []) if v))


def _richness(s: StaffLine) -> int:
    return sum(
        1
        for v in (s.effort, s.cost, s.salary, s.salary_by_period, s.oncost, s.person, s.grade)
        if v not in (None, [], "")
    )


def _same_amount(a: float, b: float) -> bool:
    return a > 0 and b > 0 and abs(a - b) <= max(1.0, 0.005 * max(a, b))


def dedupe_views(lines: list[StaffLine]) -> tuple[list[StaffLine], list[tuple[StaffLine, StaffLine]]]:
    """Drop staff lines that repeat an earlier line on another view of the
    same budget: same role label and the same total (cost, salary or cost
    with on-costs)."""
    kept: list[StaffLine | None] = []
    # base label -> sheet -> indexes into kept; two posts with one title on
    # one sheet are two posts, so only other sheets are compared
    by_base: dict[str, dict[str, list[int]]] = {}
    refs: dict[int, tuple[float, float, float]] = {}
    dropped: list[tuple[StaffLine, StaffLine]] = []
    for s in lines:
        base = _base_label(s.label)
        sheet = s.location.sheet or ""
        tot = _total(s.cost)
        dup_idx = None
        for other_sheet, idxs in by_base.get(base, {}).items():
            if other_sheet == sheet:
                continue
            for i in idxs:
                if any(_same_amount(tot, x) for x in refs[i]):
                    dup_idx = i
                    break
            if dup_idx is not None:
                break
        if dup_idx is None:
            by_base.setdefault(base, {}).setdefault(sheet, []).append(len(kept))
            refs[len(kept)] = (_total(s.cost), _total(s.salary_by_period), _total(s.cost) + _total(s.oncost))
            kept.append(s)
            continue
        dup_of = kept[dup_idx]
        assert dup_of is not None
        if _richness(s) > _richness(dup_of):
            kept[dup_idx] = s
            refs[dup_idx] = (_total(s.cost), _total(s.salary_by_period), _total(s.cost) + _total(s.oncost))
            dropped.append((dup_of, s))
        else:
            dropped.append((s, dup_of))
    return [k for k in kept if k is not None], dropped


def _layout_seen(sheet: Sheet, vocab: BudgetVocabulary) -> str:
    """A few words on what a sheet that could not be read looks like, so the
    message says what was seen as well as what was missing."""
    roles = numbers = periods = 0
    period_col: dict[int, int] = {}
    for row in sheet.rows[:400]:
        for c, v in enumerate(row):
            if _is_num(v) and v != 0:
                numbers += 1
            elif isinstance(v, str) and v.strip():
                if _match_period(v):
                    periods += 1
                    period_col[c] = period_col.get(c, 0) + 1
                elif len(v) < 80 and vocab.classify(v).kind == "staff":
                    roles += 1
    parts = []
    if roles:
        parts.append(f"{roles} post name{'s' if roles != 1 else ''}")
    if periods:
        down = max(period_col.values(), default=0)
        parts.append(f"{periods} period label{'s' if periods != 1 else ''}" + (" down one column" if down >= 2 and down == periods else ""))
    parts.append(f"{numbers} number{'s' if numbers != 1 else ''}" if numbers else "no numbers")
    return "; " + ", ".join(parts)


def _sheet_period(sheet: Sheet) -> str | None:
    """The period a whole sheet costs: its name ("Year 1", "2025-26") or a
    title in its first rows ("Budget for Year 2")."""
    m = _match_period(sheet.name)
    if m and not m[1]:
        return clean_period_label(sheet.name)
    for r in range(min(3, len(sheet.rows))):
        texts = [v for v in sheet.rows[r] if isinstance(v, str) and v.strip()]
        if len(texts) != 1 or len(texts[0]) > 60:
            continue
        inside = _PERIOD_INSIDE.search(_norm(texts[0]))
        if inside and re.search(r"\bbudget|\bcosts?\b|\bperiod\b|\byear\b", _norm(texts[0])):
            return clean_period_label(texts[0][inside.start() : inside.end()])
    return None


def _period_sheets(wb: Workbook, periods_by_sheet: dict[str, list[str]], staff: list[StaffLine], nonstaff: list[NonStaffLine]) -> dict[str, str]:
    """Sheets that each cost one period of the same budget (sheet name ->
    period), in workbook order; empty unless two or more such sheets hold
    budget lines (one of them staff) and have no period columns of their own."""
    found: dict[str, str] = {}
    with_lines = {s.location.sheet for s in staff} | {n.location.sheet for n in nonstaff}
    for sh in wb.sheets:
        if sh.hidden or sh.name not in periods_by_sheet or sh.name not in with_lines:
            continue
        if len(periods_by_sheet[sh.name]) > 1:
            continue
        per = _sheet_period(sh)
        if per is not None and per not in found.values():
            found[sh.name] = per
    if len(found) < 2 or not any(s.location.sheet in found for s in staff):
        return {}
    return found


def _fold_period_sheets(
    per_period: dict[str, str], staff: list[StaffLine], nonstaff: list[NonStaffLine]
) -> tuple[list[StaffLine], list[NonStaffLine]]:
    """One sheet per period: the same post on several sheets is one line
    with a value per period (a post missing from a sheet is not costed then)."""
    sheets = list(per_period)
    n = len(sheets)
    groups: dict[tuple[str, str, str], list[StaffLine]] = {}
    keep: list[StaffLine] = []
    for s in staff:
        if s.location.sheet in per_period:
            groups.setdefault((_base_label(s.label) or s.label.lower(), (s.person or "").lower(), s.category), []).append(s)
        else:
            keep.append(s)

    def series(lines: list[StaffLine], attr: str, fill: float | None) -> list[float | None] | None:
        out: list[float | None] = [fill] * n
        seen = False
        for ln in lines:
            vals = getattr(ln, attr)
            if vals:
                out[sheets.index(ln.location.sheet or "")] = vals[0]
                seen = True
        return out if seen else None

    for lines in groups.values():
        first = lines[0]
        units = {ln.effort_unit for ln in lines if ln.effort_unit}
        keep.append(
            first.model_copy(
                update={
                    "effort": series(lines, "effort", 0.0),
                    "effort_unit": first.effort_unit if len(units) <= 1 else "fte",
                    "cost": series(lines, "cost", 0.0),
                    "salary_by_period": series(lines, "salary_by_period", None),
                    "oncost": series(lines, "oncost", None),
                    "related_rows": sorted({*first.related_rows}),
                    "computed": sorted(set(first.computed) - {"effort"}),
                    "facts": [f.model_copy(update={"period": sheets.index(ln.location.sheet or "")}) for ln in lines for f in ln.facts],
                }
            )
        )
    by_label: dict[tuple[str, str], list[NonStaffLine]] = {}
    rest: list[NonStaffLine] = []
    for ln in nonstaff:
        if ln.location.sheet in per_period:
            by_label.setdefault((ln.label.strip().lower(), ln.type), []).append(ln)
        else:
            rest.append(ln)
    for items in by_label.values():
        vals: list[float | None] = [0.0] * n
        for ln in items:
            vals[sheets.index(ln.location.sheet or "")] = (ln.cost or [None])[0]
        rest.append(items[0].model_copy(update={"cost": vals}))
    return keep, rest


_SUMMARY_SHEET = re.compile(r"summary|overview|totals?\b|cover|dashboard|front\s*sheet|key\s+figures|^fec$", re.I)


def _drop_summary_sheets(
    staff: list[StaffLine],
    nonstaff: list[NonStaffLine],
    summaries: list[SheetSummary],
    notes: list[ParseNote],
    path: str,
) -> tuple[list[StaffLine], list[NonStaffLine]]:
    """Summary sheets repeat the detail sheets: when other sheets cost staff
    by role, the summary's staff lines (and its other lines of types the
    detail sheets already give) are not counted again."""
    detail_staff = [s for s in staff if not _SUMMARY_SHEET.search(s.location.sheet or "") and s.role_determinable]
    if not detail_staff:
        return staff, nonstaff
    summary_names = {s.name for s in summaries if _SUMMARY_SHEET.search(s.name)}
    if not summary_names:
        # role-less staff rows ("Salaries", "Directly Incurred - Staff") beside role-costed lines are aggregates
        detail_sheets = {d.location.sheet for d in detail_staff}
        keep = [s for s in staff if s.role_determinable or not (detail_sheets - {s.location.sheet})]
        kept_ids = {id(s) for s in keep}
        for s in staff:
            if id(s) not in kept_ids:
                notes.append(ParseNote(kind="duplicate-view", message=f"{s.location.anchor()} {s.label!r} names no role and sums lines costed by role elsewhere; not counted", location=s.location))
        return keep, nonstaff
    detail_types = {n.type for n in nonstaff if n.location.sheet not in summary_names}
    kept_staff = [s for s in staff if s.location.sheet not in summary_names]
    kept_non = [n for n in nonstaff if n.location.sheet not in summary_names or n.type not in detail_types]
    for summ in summaries:
        if summ.name in summary_names:
            summ.reason = "summary sheet: its staff lines repeat the detail sheets (counted once)"
            notes.append(ParseNote(kind="duplicate-view", message=summ.reason, location=Location(path=path, sheet=summ.name)))
            summ.staff_lines = 0
            summ.non_staff_lines = sum(1 for n in kept_non if n.location.sheet == summ.name)
    return kept_staff, kept_non


def _detect_currency(texts: Iterable[str]) -> str | None:
    counts: dict[str, int] = {}
    for t in texts:
        tl = t.lower()
        for pat, cur in _CURRENCY:
            if pat.search(tl):
                counts[cur] = counts.get(cur, 0) + 1
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: kv[1])[0]


def _detect_funder(vocab: BudgetVocabulary, texts: list[str], sheet_names: list[str]) -> tuple[str | None, str | None]:
    score: dict[str, int] = {}
    evidence: dict[str, str] = {}
    # funders are named in titles and headings: the distinct texts suffice
    distinct = list(dict.fromkeys(t[:300] for t in sheet_names + texts))[:1500]
    for t in distinct:
        for m in vocab.funder_hits(t):
            score[m.value] = score.get(m.value, 0) + 1
            evidence.setdefault(m.value, t)
    if not score:
        return None, None
    best = max(score.items(), key=lambda kv: kv[1])[0]
    return best, evidence[best]


def parse_budget(wb: Workbook, vocab: BudgetVocabulary, display_path: str | None = None) -> Budget:
    path = display_path or wb.path
    staff: list[StaffLine] = []
    nonstaff: list[NonStaffLine] = []
    summaries: list[SheetSummary] = []
    notes: list[ParseNote] = []
    texts: list[str] = []
    periods_by_sheet: dict[str, list[str]] = {}
    primary: tuple[int, str] | None = None
    any_header = False
    inflation: float | None = None
    inflation_at: Location | None = None
    example_rows: dict[str, list[int]] = {}
    template_rows: list[tuple[str, int]] = []  # sheets with budget-line labels and no numbers
    for sheet in wb.sheets:
        summ = SheetSummary(name=sheet.name, hidden=sheet.hidden, rows=sheet.height)
        if sheet.hidden:
            summ.reason = "hidden sheet (helper calculations are not budget lines)"
            summaries.append(summ)
            notes.append(
                ParseNote(kind="sheet-skipped", message=f"hidden sheet {sheet.name!r} was not read as budget lines",
                          location=Location(path=path, sheet=sheet.name))
            )
            continue
        if not sheet.rows:
            summ.reason = "empty sheet"
            summaries.append(summ)
            continue
        sp = _SheetParser(sheet, vocab, path)
        sp.parse()
        example_rows[sheet.name] = sp.example_rows
        if sp.blank_lines >= 2:
            template_rows.append((sheet.name, sp.blank_lines))
        texts.extend(sp.text_cells)
        lines = sp.staff_lines()
        staff.extend(lines)
        nonstaff.extend(sp.nonstaff)
        periods_by_sheet[sheet.name] = sp.periods
        if inflation is None:
            inflation, inflation_at = sp.inflation, sp.inflation_at
        summ.staff_lines = len(lines)
        summ.non_staff_lines = len(sp.nonstaff)
        summ.understood = bool(lines or sp.nonstaff)
        if sp.headers_seen:
            any_header = True
        if not summ.understood:
            if sp.headers_seen:
                summ.reason = "header rows found, but no costed lines under them"
            else:
                summ.reason = (
                    "no header row naming roles, effort, costs or periods "
                    "(e.g. 'Role', 'FTE', 'Year 1', 'Cost')"
                )
        summaries.append(summ)
        weight = len(lines) * 10 + len(sp.nonstaff)
        if weight and (primary is None or weight > primary[0]):
            primary = (weight, sheet.name)
    staff, nonstaff = _drop_summary_sheets(staff, nonstaff, summaries, notes, path)
    per_period = _period_sheets(wb, periods_by_sheet, staff, nonstaff)
    if per_period:
        staff, nonstaff = _fold_period_sheets(per_period, staff, nonstaff)
        for name in per_period:
            periods_by_sheet[name] = list(per_period.values())
    staff, dropped = dedupe_views(staff)
    # a sheet whose staff lines all repeat another sheet's is a view of it:
    # its other lines repeat too, so they are not counted twice
    view_sheets = {g.location.sheet for g, _ in dropped} - {s.location.sheet for s in staff}
    if view_sheets:
        nonstaff = [n for n in nonstaff if n.location.sheet not in view_sheets]
        for summ in summaries:
            if summ.name in view_sheets:
                summ.reason = "repeats the lines of another sheet (counted once)"
                summ.non_staff_lines = 0
    weights: dict[str, int] = {}
    for s in staff:
        weights[s.location.sheet or ""] = weights.get(s.location.sheet or "", 0) + 10
    for ln in nonstaff:
        weights[ln.location.sheet or ""] = weights.get(ln.location.sheet or "", 0) + 1
    if weights:
        best = max(weights.values())
        primary = (best, next(sh.name for sh in wb.sheets if weights.get(sh.name) == best))
    for gone, kept in dropped:
        notes.append(
            ParseNote(
                kind="duplicate-view",
                message=f"{gone.location.anchor()} {gone.label!r} repeats {kept.location.anchor()} (same role and total); counted once",
                location=gone.location,
            )
        )
        for summ in summaries:
            if summ.name == gone.location.sheet:
                summ.staff_lines -= 1
    periods = periods_by_sheet.get(primary[1], []) if primary else []
    fixed: list[StaffLine] = []
    for s in staff:
        sp_periods = periods_by_sheet.get(s.location.sheet or "", [])
        if sp_periods != periods:
            # keep the budget's period axis; the line's own periods are noted
            s = s.model_copy(update={"heading": s.heading})
        fixed.append(s)
    examples = [(name, rows) for name, rows in example_rows.items() if rows]
    for name, rows in examples:
        cells = ", ".join(str(r + 1) for r in rows[:6])
        notes.append(
            ParseNote(kind="example-rows", message=f"rows {cells} of {name!r} are marked as examples and were not read as budget lines", location=Location(path=path, sheet=name, row=rows[0] + 1))
        )
    template = False
    if not staff and not nonstaff and any_header and (examples or template_rows):
        template = True
        where = ", ".join(repr(n) for n, _ in template_rows[:3]) or ", ".join(repr(n) for n, _ in examples[:3])
        notes.append(
            ParseNote(kind="template", message=f"an unfilled template: {where} names budget lines but no costs or effort are entered", location=Location(path=path, sheet=(template_rows or examples)[0][0]))
        )
    if not staff and not nonstaff and not template:
        seen = ", ".join(f"{s.name!r} ({s.rows} rows{_layout_seen(sh, vocab)})" for s, sh in zip(summaries, wb.sheets)) or "no sheets"
        if not any_header:
            raise NotUnderstood(
                f"no budget table found: saw {seen}; techcost needs a row of column headings "
                "(such as 'Role', 'FTE', 'Year 1', 'Cost') above the budget lines"
            )
        raise NotUnderstood(
            f"header rows were found but no costed lines under them: saw {seen}; "
            "techcost needs each line to carry a label and an amount, effort or period value"
        )
    if wb.computed:
        cells = ", ".join(f"{s}!{c}" for s, c in wb.computed[:8])
        more = f" and {len(wb.computed) - 8} more" if len(wb.computed) > 8 else ""
        notes.append(
            ParseNote(
                kind="formula-values-computed",
                message=f"{len(wb.computed)} formula cells had no trustworthy saved value; techcost computed them ({cells}{more}) in {wb.formula_seconds:.2f} s",
                location=Location(path=path, sheet=wb.computed[0][0]),
            )
        )
    if wb.uncached:
        cells = ", ".join(f"{s}!{c}" for s, c in wb.uncached[:8])
        more = f" and {len(wb.uncached) - 8} more" if len(wb.uncached) > 8 else ""
        notes.append(
            ParseNote(
                kind="formula-values-missing",
                message=f"{len(wb.uncached)} formula cells have no saved value ({cells}{more}); they were read as empty",
                location=Location(path=path, sheet=wb.uncached[0][0] if wb.uncached[0][0] != "(workbook)" else None),
            )
        )
    elif wb.untrusted_formulas:
        notes.append(
            ParseNote(
                kind="formula-values-untrusted",
                message=(
                    f"the file asks to be recalculated when opened, so the saved values of its "
                    f"{wb.formula_count} formula cells may be placeholders"
                ),
                location=Location(path=path),
            )
        )
    if wb.external_links:
        notes.append(ParseNote(kind="external-links", message="the workbook links to other workbooks; links were not followed", location=Location(path=path)))
    if wb.macros:
        notes.append(ParseNote(kind="macros", message="the workbook contains macros; they were not run", location=Location(path=path)))
    funder, funder_ev = _detect_funder(vocab, texts, [s.name for s in wb.sheets])
    funding_service = any(s.funding_service_role for s in fixed) or any(_FUNDING_SERVICE.search(t) for t in texts[:4000] if len(t) < 200)
    currency = _detect_currency(texts)
    return Budget(
        path=path,
        format=wb.format,
        funder=funder,
        funder_evidence=funder_ev,
        currency=currency,
        periods=periods,
        staff_lines=fixed,
        non_staff_lines=nonstaff,
        sheets=summaries,
        notes=notes,
        uncached_formula_cells=[f"{s}!{c}" for s, c in wb.uncached],
        computed_formula_cells=[f"{s}!{c}" for s, c in wb.computed],
        funding_service=True if funding_service else None,
        inflation_rate=inflation,
        inflation_location=inflation_at,
        template=template,
    )
