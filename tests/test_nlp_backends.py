"""The two phrase-matching backends agree: spaCy's blank pipeline (the
default) and the plain-Python matcher the commit hook uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from techcost import api, detect, nlp

ROOT = Path(__file__).resolve().parents[1]


def _detect_all(paths: list[Path], backend: str, monkeypatch) -> list[dict]:
    monkeypatch.setenv("TECHCOST_NLP", backend)
    nlp._MATCHERS.clear()
    detect._DETECTORS.clear()
    _, rs = api.load()
    out = []
    for p in paths:
        res = api.parse_one(p, rs)
        if res.model is None or res.kind != "manuscript":
            continue
        m = detect.detect(res.model, rs.lexicons)
        out.append(
            m.model_dump(include={"technical_contributors", "facilities", "acknowledged_people", "facility_mentions", "authors"}, mode="json")
        )
    return out


def _papers(corpus: Path | None) -> list[Path]:
    paths = sorted(p for p in (ROOT / "fixtures" / "manuscripts").rglob("*") if p.suffix in (".md", ".xml", ".pdf") and p.is_file())
    if corpus is not None:
        paths += sorted(p for p in (corpus / "manuscripts").rglob("*") if p.is_file())
    return paths


def test_backends_agree_on_fixtures(monkeypatch):
    paths = _papers(None)
    assert _detect_all(paths, "spacy", monkeypatch) == _detect_all(paths, "python", monkeypatch)


@pytest.mark.corpus
def test_backends_agree_on_the_corpus(corpus, monkeypatch):
    paths = _papers(corpus)
    a = _detect_all(paths, "spacy", monkeypatch)
    b = _detect_all(paths, "python", monkeypatch)
    assert len(a) >= 39
    assert a == b


def test_python_backend_does_not_import_spacy(tmp_path):
    import subprocess
    import sys

    p = tmp_path / "paper.md"
    p.write_text("# Acknowledgements\nWe thank Jo Tester for technical assistance.\n")
    code = f"from techcost.cli import main\nimport sys\nsys.argv=['techcost','check','--nlp','python',{str(p)!r}]\ntry:\n    main()\nexcept SystemExit:\n    pass\nprint('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert out.strip().endswith("False")
