"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins,
Azure Pipelines, GitHub test-report actions).

One ``testsuite`` per input file (and per included file that has findings
of its own). With the rule set known, one ``testcase`` per rule checked on
that kind of input, which fails when the rule has an active finding at or
above ``fail_on``; without it, one ``testcase`` per finding. Findings
below ``fail_on`` and suppressed findings are listed in the test case's
``system-out``; an input that could not be judged is an ``error``.
"""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from ..model import Finding, InputResult, Report, Severity

_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str) -> str:
    return escape(_BAD_XML.sub("", text))


def _a(text: str) -> str:
    return quoteattr(_BAD_XML.sub("", text))


def _line(f: Finding) -> str:
    sup = f" (suppressed by {f.suppressed.by}{': ' + f.suppressed.reason if f.suppressed.reason else ''})" if f.suppressed else ""
    return f"{f.location.display()}: {f.severity.value} {f.code} {f.message}{sup}"


class _Case:
    def __init__(self, name: str, classname: str) -> None:
        self.name = name
        self.classname = classname
        self.failing: list[Finding] = []
        self.other: list[Finding] = []
        self.error: tuple[str, str] | None = None

    def xml(self) -> str:
        head = f"    <testcase name={_a(self.name)} classname={_a(self.classname)} time=\"0\""
        parts: list[str] = []
        if self.error is not None:
            code, msg = self.error
            parts.append(f"      <error type={_a(code)} message={_a(msg)}>{_x(msg)}</error>")
        elif self.failing:
            first = self.failing[0]
            body = "\n".join(_line(f) for f in self.failing)
            parts.append(f"      <failure type={_a(first.code)} message={_a(first.message)}>{_x(body)}</failure>")
        if self.other:
            parts.append(f"      <system-out>{_x(chr(10).join(_line(f) for f in self.other))}</system-out>")
        if not parts:
            return head + "/>"
        return head + ">\n" + "\n".join(parts) + "\n    </testcase>"


def _applies(inputs: tuple[str, ...], kind: str) -> bool:
    return bool(inputs) and "run" not in inputs and kind in inputs and len(inputs) == 1


def _suite_cases(path: str, item: InputResult | None, findings: list[Finding], ruleset: Any | None, threshold: Severity) -> list[_Case]:
    if item is not None and item.status == "error":
        case = _Case("input can be judged", path)
        err = item.error
        case.error = (err.code, err.message) if err else ("SYS001", "could not be judged")
        return [case]
    cases: dict[str, _Case] = {}
    if ruleset is not None and item is not None:
        for spec in ruleset.for_path(path):
            if _applies(tuple(spec.inputs), item.kind):
                cases[spec.code] = _Case(f"{spec.code} {spec.name}", path)
    out_of_rules = ruleset is None
    for i, f in enumerate(findings):
        key = f"{f.code}#{i}" if out_of_rules else f.code
        if key not in cases:
            name = f"{f.code} {f.name}" + (f" {f.location.anchor()}" if out_of_rules and f.location.anchor() else "")
            cases[key] = _Case(name, path)
        if f.suppressed is None and f.severity >= threshold:
            cases[key].failing.append(f)
        else:
            cases[key].other.append(f)
    return [cases[k] for k in sorted(cases)]


def render(report: Report, *, ruleset: Any | None = None, fail_on: str = "error", **_: Any) -> str:
    threshold = Severity(fail_on)
    by_path: dict[str, list[Finding]] = {}
    for f in report.findings:
        by_path.setdefault(f.location.path, []).append(f)
    suites: list[tuple[str, InputResult | None, list[_Case]]] = []
    for item in report.inputs:
        suites.append((item.path, item, _suite_cases(item.path, item, by_path.pop(item.path, []), ruleset, threshold)))
    for path, fs in by_path.items():
        suites.append((path, None, _suite_cases(path, None, fs, ruleset, threshold)))
    total = {"tests": 0, "failures": 0, "errors": 0}
    body: list[str] = []
    for path, item, cases in suites:
        n, fails, errs = len(cases), sum(1 for c in cases if c.failing and not c.error), sum(1 for c in cases if c.error)
        total["tests"] += n
        total["failures"] += fails
        total["errors"] += errs
        secs = f"{item.seconds:.3f}" if item and item.seconds is not None else "0"
        body.append(f"  <testsuite name={_a(path)} tests=\"{n}\" failures=\"{fails}\" errors=\"{errs}\" skipped=\"0\" time=\"{secs}\">")
        if item is not None:
            body.append("    <properties>")
            body.append(f"      <property name=\"kind\" value={_a(item.kind)}/>")
            if item.format:
                body.append(f"      <property name=\"format\" value={_a(item.format)}/>")
            body.append("    </properties>")
        body.extend(c.xml() for c in cases)
        body.append("  </testsuite>")
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<testsuites name=\"techcost\" tests=\"{total['tests']}\" failures=\"{total['failures']}\" errors=\"{total['errors']}\">"
    )
    return "\n".join([head, *body, "</testsuites>"]) + "\n"

