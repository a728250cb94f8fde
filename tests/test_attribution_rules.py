"""Attribution rules end to end: Word papers the tests build, real corpus
papers, the project registry, budget and paper together, and the per-pack
summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techcost import api
from techcost.cli import app
from techcost.policy.config import Config

from .budgetbuilder import build_xlsx

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def docx_paper(path: Path, methods: str, ack: str | None) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Calcium signals in roots", 0)
    d.add_paragraph("Ann Author, Bob Second")
    d.add_heading("Methods", 1)
    d.add_paragraph(methods)
    if ack is not None:
        d.add_heading("Acknowledgements", 1)
        d.add_paragraph(ack)
    d.save(path)
    return path


def codes(report) -> list[str]:
    return sorted(f.code for f in report.active_findings())


def test_docx_facility_unacknowledged_then_fixed(tmp_path):
    p = docx_paper(tmp_path / "paper.docx", "Libraries were sequenced at the Genomics Core Facility.", "We thank Jane Doe for comments.")
    r = api.check([p], select=["ACK002"])
    f = [x for x in r.findings if x.code == "ACK002"]
    assert len(f) == 1 and f[0].location.paragraph is not None and "Genomics Core Facility" in f[0].message
    fixed = docx_paper(tmp_path / "fixed.docx", "Libraries were sequenced at the Genomics Core Facility.", "We thank the Genomics Core Facility for sequencing.")
    assert codes(api.check([fixed], select=["ACK002"])) == []


def test_docx_missing_acknowledgements_and_authorship(tmp_path):
    p = docx_paper(tmp_path / "a.docx", "Roots were imaged.", None)
    assert codes(api.check([p], select=["ACK001"])) == ["ACK001"]
    q = docx_paper(tmp_path / "b.docx", "Roots were imaged.", "We thank Dana Coder for writing the image analysis software.")
    assert codes(api.check([q], select=["AUT001"])) == ["AUT001"]


def test_registry_decision_quiets_authorship_prompt(tmp_path):
    p = tmp_path / "p.md"
    p.write_text("# Methods\nImaging.\n\n# Acknowledgements\nWe thank Dana Coder for developing the analysis pipeline.\n")
    (tmp_path / "techcost.toml").write_text(
        '[[project.decisions]]\nperson = "D. Coder"\nauthorship = "declined"\nnote = "offered by email"\n'
    )
    r = runner.invoke(app, ["check", str(p), "--config", str(tmp_path / "techcost.toml"), "-f", "json"])
    assert not [f for f in json.loads(r.stdout)["findings"] if f["code"] == "AUT001"]


def test_registry_in_a_separate_file(tmp_path):
    (tmp_path / "registry.yaml").write_text("facilities:\n  - name: Bioimaging Facility\n    rrid: 'RRID:SCR_017364'\n")
    (tmp_path / "techcost.toml").write_text('registry = "registry.yaml"\n')
    p = tmp_path / "p.md"
    p.write_text("# Methods\nImaging in the Bioimaging Facility.\n\n# Acknowledgements\nWe thank the Bioimaging Facility.\n")
    r = runner.invoke(app, ["check", str(p), "--config", str(tmp_path / "techcost.toml"), "-f", "json"])
    assert [f["code"] for f in json.loads(r.stdout)["findings"]] == ["ACK003"]


def test_bad_registry_is_a_config_error(tmp_path):
    (tmp_path / "techcost.toml").write_text('[[project.staff]]\nnmae = "typo"\n')
    p = tmp_path / "p.md"
    p.write_text("# Acknowledgements\nThanks.\n")
    r = runner.invoke(app, ["check", str(p), "--config", str(tmp_path / "techcost.toml")])
    assert r.exit_code == 2 and "project.staff" in r.stderr


def test_budget_and_paper_together(tmp_path):
    budget = build_xlsx(
        tmp_path / "grant.xlsx",
        {
            "Staff": [["Role", "Name", "FTE", "Year 1 (£)"], ["Research Technician", "Chris Tester", 0.5, 18000]],
            "Other": [["Item", "Year 1 (£)"], ["Proteomics Facility charges", 4000]],
        },
    )
    paper = tmp_path / "paper.md"
    paper.write_text("---\nauthors:\n  - name: Ann Author\n---\n# Acknowledgements\nWe thank Jane Doe for comments.\n")
    r = api.check([budget, paper])
    found = {f.code: f for f in r.active_findings() if f.code.startswith("LNK")}
    assert set(found) == {"LNK001", "LNK002"}
    assert "Chris Tester" in found["LNK001"].message and found["LNK001"].location.path.endswith("paper.md")
    assert "Proteomics Facility" in found["LNK002"].message
    paper.write_text(
        "---\nauthors:\n  - name: Ann Author\n---\n# Acknowledgements\nWe thank Chris Tester for technical assistance and the Proteomics Facility for mass spectrometry.\n"
    )
    assert not [f for f in api.check([budget, paper]).active_findings() if f.code.startswith("LNK")]


def test_registry_links_budgets_to_papers(tmp_path):
    budget = build_xlsx(tmp_path / "grant.xlsx", {"Staff": [["Role", "Name", "Year 1 (£)"], ["Technician", "Chris Tester", 1000]]})
    other = tmp_path / "other-project.md"
    other.write_text("# Acknowledgements\nWe thank Jane Doe.\n")
    cfg = Config.model_validate({"project": {"budgets": ["grant.xlsx"], "papers": ["linked-*.md"]}})
    assert not [f for f in api.check([budget, other], config=cfg).findings if f.code == "LNK001"]


def test_policy_summary(tmp_path):
    p = tmp_path / "p.md"
    p.write_text("# Methods\nSequenced at the Genomics Core Facility.\n\n# Acknowledgements\nWe thank Jane Doe.\n")
    r = api.check([p], config=Config(packs=["rms-facility"]))
    by = {s.pack: {c.clause: c for c in s.clauses} for s in r.policy_summary}
    assert set(by) == {"core", "rms-facility"}
    rms = by["rms-facility"]
    assert rms["RMS-1"].status == "not_met" and rms["RMS-1"].findings == 1
    assert rms["RMS-3"].status == "met"
    core = by["core"]
    assert core["COST-1"].status == "not_applicable" and "budget" in core["COST-1"].reason
    assert core["LINK-1"].status == "not_assessable" and "registry" in core["LINK-1"].reason
    data = json.loads(runner.invoke(app, ["check", str(p), "--pack", "rms-facility", "-f", "json"]).stdout)
    assert data["policy_summary"][1]["pack"] == "rms-facility"
    text = runner.invoke(app, ["check", str(p), "--pack", "rms-facility"]).stdout
    assert "rms-facility 2026" in text and "not met (RMS-1)" in text


def test_not_assessable_without_registry(tmp_path):
    p = tmp_path / "p.md"
    p.write_text("# Acknowledgements\nWe thank Jo Tester for technical help.\n")
    r = api.check([p], config=Config(packs=["nottingham"]))
    nott = next(s for s in r.policy_summary if s.pack == "nottingham")
    c = next(c for c in nott.clauses if c.clause == "NOTT-2")
    assert c.status == "not_assessable" and "registry" in c.reason


def test_explain_shows_every_pack_clause():
    r = runner.invoke(app, ["explain", "AUT001", "--config", str(_cfg_with_all_packs())])
    assert r.exit_code == 0
    for clause in ("core", "CREDIT-3", "rms-facility", "RMS-3", "nottingham", "NOTT-3", "leeds", "LEEDS-2", "york", "YORK-2"):
        assert clause in r.stdout, clause


def _cfg_with_all_packs() -> Path:
    import tempfile

    d = Path(tempfile.mkdtemp())
    (d / "techcost.toml").write_text('packs = ["core", "credit", "rms-facility", "nottingham", "leeds", "york"]\n')
    return d / "techcost.toml"


@pytest.mark.corpus
def test_corpus_papers(corpus):
    ms = corpus / "manuscripts"
    # a cryo-EM draft with no acknowledgements
    assert "ACK001" in codes(api.check([ms / "markdown" / "ctffind5_manuscript.md"]))
    # in-house software written by a non-author: consider authorship
    r = api.check([ms / "latex" / "arcana_manuscript.tex"], select=["AUT001"])
    assert [f.data.get("person") for f in r.findings] == ["Parnesh Raniga"]
    # papers whose labels show the facility or staff credited: no facility or team findings
    for name in ("jats/elife00005.xml", "jats/elife04493.xml", "jats/elife04953.xml", "jats/elife05031.xml", "jats/pntd.0002065.nxml"):
        assert not [c for c in codes(api.check([ms / name])) if c in ("ACK001", "ACK002", "ACK004")], name


def test_qub_pack_cites_its_clauses_and_says_what_no_document_shows(tmp_path):
    p = tmp_path / "p.md"
    p.write_text("# Methods\nSamples were imaged in the Advanced Imaging Facility.\n\n# Acknowledgements\nWe thank our funders.\n")
    r = api.check([p], config=Config(packs=["qub"]))
    f = next(f for f in r.findings if f.code == "ACK002")
    assert (f.severity.value, f.policy.pack, f.policy.clause) == ("error", "qub", "QUB-1")
    qub = {c.clause: c for c in next(s for s in r.policy_summary if s.pack == "qub").clauses}
    assert qub["QUB-1"].status == "not_met"
    assert qub["QUB-3"].status == "not_assessable" and "before the experiments" in qub["QUB-3"].reason
    p.write_text("# Methods\nSamples were imaged in the Advanced Imaging Facility.\n\n# Acknowledgements\nThe authors acknowledge use of the confocal microscope provided by the Advanced Imaging Facility.\n")
    r = api.check([p], config=Config(packs=["qub"]))
    qub = {c.clause: c for c in next(s for s in r.policy_summary if s.pack == "qub").clauses}
    assert qub["QUB-1"].status == "met" and not [f for f in r.findings if f.code == "ACK002"]
