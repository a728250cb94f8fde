from __future__ import annotations

import pytest
from pydantic import ValidationError

from techcost.model import (
    Finding,
    InputError,
    InputResult,
    Location,
    Report,
    Severity,
    StaffLine,
    fingerprint,
)


def test_location_anchors():
    assert Location(path="a.xlsx", sheet="Staff", cell="C14", row=14).anchor() == "Staff!C14"
    assert Location(path="p.pdf", page=3).anchor() == "p.3"
    assert Location(path="p.md", line=12, column=4).anchor() == "12:4"
    assert Location(path="p.docx", paragraph=7).anchor() == "¶7"
    assert Location(path="p.md", section="Acknowledgements").anchor() == "§Acknowledgements"
    assert Location(path="p.md", line=3).model_dump() == {"path": "p.md", "line": 3}


def test_fingerprint_ignores_position_and_wrapping():
    a = fingerprint("ACK001", "paper.md", "Acknowledgements|Jane Smith", "thanks  Jane\nSmith")
    b = fingerprint("ACK001", "paper.md", "acknowledgements|jane smith", "Thanks Jane Smith")
    assert a == b
    assert a != fingerprint("ACK002", "paper.md", "Acknowledgements|Jane Smith", "thanks Jane Smith")


def test_finding_is_frozen():
    f = Finding(code="BUD001", name="x", severity=Severity.error, message="m", location=Location(path="a"))
    with pytest.raises(ValidationError):
        f.message = "changed"  # type: ignore[misc]


def test_severity_order():
    assert Severity.error > Severity.warning > Severity.info
    assert Severity.warning >= Severity.warning


def test_exit_codes():
    loc = Location(path="a")
    warn = Finding(code="BUD002", name="x", severity=Severity.warning, message="m", location=loc)
    r = Report(techcost_version="0", inputs=[InputResult(path="a")], findings=[warn])
    assert r.exit_code("error") == 0
    assert r.exit_code("warning") == 1
    assert r.exit_code("warning", exit_zero=True) == 0
    r.inputs.append(InputResult(path="b", status="error", error=InputError(code="SYS001", message="bad")))
    assert r.exit_code("error", exit_zero=True) == 2


def test_effort_fte_normalises_units():
    s = StaffLine(label="t", category="technical", effort=[2.0, 6.0], effort_unit="months", location=Location(path="a"))
    assert s.effort_fte == [pytest.approx(0.166667, rel=1e-4), 0.5]
