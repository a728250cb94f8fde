"""Meta-tests over the packs: codes, names, files, kinds, docs, cases."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from techcost.engine.registry import RuleSet, kind_module
from techcost.errors import ConfigError
from techcost.policy.config import Config
from techcost.policy.packs import available_packs, builtin_dir, load_pack, resolve_packs

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"


def all_rulesets():
    return [RuleSet(Config(packs=[p])) for p in available_packs()]


def test_builtin_packs_resolve():
    assert "core" in available_packs()
    for name in available_packs():
        packs = resolve_packs([name])
        assert packs[-1].name == name
        assert packs[-1].version and packs[-1].as_of


def test_codes_names_files_and_docs():
    seen_codes: dict[str, str] = {}
    for rs in all_rulesets():
        for code, spec in rs.rules.items():
            assert re.fullmatch(r"[A-Z]{3}\d{3}", code)
            assert re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", spec.name)
            assert spec.source.name == f"{code}-{spec.name}.yaml"
            assert spec.summary and spec.message and spec.rationale, code
            assert spec.severity.value in ("info", "warning", "error")
            if code in seen_codes:
                assert seen_codes[code] == spec.name, f"{code} reused with another name"
            seen_codes[code] = spec.name
            if spec.kind != "system":
                mod = kind_module(spec.kind)
                assert hasattr(mod, "Params") and hasattr(mod, "check")
                assert spec.params is not None
            # every finding cites a clause of some pack
            assert rs.policy_for(code) is not None and rs.policy_for(code).clause, code


def test_every_rule_has_a_case_file_and_every_case_file_a_rule():
    codes = set()
    for rs in all_rulesets():
        codes |= {c for c, s in rs.rules.items() if s.kind != "system" or c == "SYS008"}
    case_codes = {f.stem for f in CASES.glob("*.yaml")}
    assert codes <= case_codes, f"rules without case files: {sorted(codes - case_codes)}"
    assert case_codes <= codes, f"case files without rules: {sorted(case_codes - codes)}"
    for f in CASES.glob("*.yaml"):
        data = yaml.safe_load(f.read_text())
        assert data["rule"] == f.stem
        expects = [c["expect"] for c in data["cases"]]
        assert any(expects) and any(not e for e in expects), f"{f.name} needs a firing and a quiet case"


def test_clauses_cite_existing_rules():
    for name in available_packs():
        pack = load_pack(name)
        rs = RuleSet(Config(packs=[name]))
        for cid, clause in pack.clauses.items():
            for code in clause.rules:
                assert code in rs.rules, f"{name} {cid} cites unknown {code}"
            assert clause.title


def test_pack_cycle_is_an_error(tmp_path):
    for a, b in (("a", "b"), ("b", "a")):
        d = tmp_path / a
        d.mkdir()
        (d / "pack.yaml").write_text(f"pack: {a}\nversion: '1'\nextends: [{b}]\n")
    with pytest.raises(ConfigError, match="cycle"):
        resolve_packs([str(tmp_path / "a")])


def test_local_pack_extends_core_and_overrides(tmp_path):
    d = tmp_path / "ourlab"
    d.mkdir()
    (d / "pack.yaml").write_text(
        "pack: ourlab\nversion: '2026.1'\nas_of: '2026-01-01'\nextends: [core]\n"
        "rules:\n  ignore: [BUD004]\n  settings:\n    BUD002: {severity: error, min_fte: 0.1}\n"
        "clauses:\n  OL-1: {title: Technicians at least 10%, url: 'https://example.invalid/policy', rules: [BUD002]}\n"
    )
    rs = RuleSet(Config(packs=[str(d)]))
    assert [p.name for p in rs.packs] == ["core", "ourlab"]
    assert "BUD004" not in rs.enabled
    assert rs.rules["BUD002"].severity.value == "error"
    assert rs.rules["BUD002"].params.min_fte == 0.1
    pol = rs.policy_for("BUD002")
    assert (pol.pack, pol.clause) == ("ourlab", "OL-1")


def test_selectors():
    rs = RuleSet(Config())
    assert set(rs.expand(["BUD"], "t")) >= {"BUD001", "BUD002"}
    assert rs.expand(["oncosts-missing"], "t") == ["BUD003"]
    with pytest.raises(ConfigError):
        rs.expand(["XYZ123"], "t")


def test_builtin_dir_is_the_rules_folder():
    assert (builtin_dir() / "core" / "pack.yaml").is_file()


# ---- written once: clause membership, message fields, system flags


def _derived_pack(tmp_path: Path, rule_file: str | None = None, text: str = "", clauses: str = "") -> Path:
    d = tmp_path / "ourlab"
    d.mkdir()
    (d / "pack.yaml").write_text("pack: ourlab\nversion: '1'\nas_of: '2026-01-01'\nextends: [core]\n" + clauses)
    if rule_file:
        (d / rule_file).write_text(text)
    return d


def test_every_rule_serves_exactly_one_clause_of_its_own_pack():
    for name in available_packs():
        rs = RuleSet(Config(packs=[name]))
        for code, spec in rs.rules.items():
            own = [cid for p in rs.packs if p.name == spec.pack for cid, cl in p.clauses.items() if code in cl.rules]
            assert len(own) == 1, f"{name}: {code} is in clauses {own} of pack {spec.pack}"
            assert spec.clause == own[0]


def test_findings_cite_the_clause_pack_yaml_gives():
    rs = RuleSet(Config())
    ref = rs.policy_for("BUD003")
    assert (ref.pack, ref.clause) == ("core", "COST-3")


def test_clause_in_a_rule_file_is_refused_with_where_to_write_it(tmp_path):
    text = (builtin_dir() / "core" / "BUD003-oncosts-missing.yaml").read_text() + "policy: {clause: COST-3}\n"
    d = _derived_pack(tmp_path, "BUD003-oncosts-missing.yaml", text)
    with pytest.raises(ConfigError, match=r"BUD003-oncosts-missing\.yaml: 'policy' is not a rule key.*pack\.yaml"):
        RuleSet(Config(packs=[str(d)]))


def test_a_misspelt_message_field_fails_when_the_pack_loads(tmp_path):
    text = (builtin_dir() / "core" / "BUD003-oncosts-missing.yaml").read_text().replace("{label}:", "{lable}:")
    d = _derived_pack(tmp_path, "BUD003-oncosts-missing.yaml", text)
    with pytest.raises(ConfigError) as err:
        RuleSet(Config(packs=[str(d)]))
    msg = str(err.value)
    assert "BUD003-oncosts-missing.yaml" in msg and "{lable}" in msg and "label" in msg.split("gives:")[1]


def test_each_kind_declares_the_fields_it_gives():
    import ast
    import pkgutil

    import techcost.kinds as kinds

    for info in pkgutil.iter_modules(kinds.__path__):
        if info.name.startswith("_"):
            continue
        mod = kind_module(info.name)
        tree = ast.parse(Path(mod.__file__).read_text(encoding="utf-8"))
        given: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "fields" and isinstance(node.value, ast.Dict):
                given |= {k.value for k in node.value.keys if isinstance(k, ast.Constant)}
        assert set(mod.FIELDS) == given, info.name


def test_system_flags_come_from_the_rule_files(tmp_path):
    rs = RuleSet(Config())
    assert rs.flagged("not-a-document") == {"SYS002", "SYS007"}
    assert {"SYS001", "SYS006", "SYS009", "SYS010"} <= rs.flagged("input-error")
    assert "SYS008" not in rs.flagged("unsuppressible")
    # a pack that says a corrupt file is "not a document" changes what a hook leaves out
    text = (builtin_dir() / "core" / "SYS001-input-unreadable.yaml").read_text().replace(
        "flags: [input-error,", "flags: [input-error, not-a-document,"
    )
    d = _derived_pack(tmp_path, "SYS001-input-unreadable.yaml", text)
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    from techcost import api

    core = api.check([bad], ruleset=RuleSet(Config()), skip_unrecognised=True)
    assert [i.error.code for i in core.inputs if i.error] == ["SYS001"]
    ours = api.check([bad], ruleset=RuleSet(Config(packs=[str(d)])), skip_unrecognised=True)
    assert ours.inputs == []


@pytest.mark.parametrize(
    "flags, kind, match",
    [("[input-eror]", "system", "unknown flags"), ("[unsuppressible]", "budget_oncosts_missing", "only system rules")],
)
def test_bad_flags_are_configuration_errors(tmp_path, flags, kind, match):
    src = "SYS008-formula-values-missing.yaml" if kind == "system" else "BUD003-oncosts-missing.yaml"
    text = (builtin_dir() / "core" / src).read_text()
    text = text.replace("severity:", f"flags: {flags}\nseverity:", 1)
    d = _derived_pack(tmp_path, src, text)
    with pytest.raises(ConfigError, match=match):
        RuleSet(Config(packs=[str(d)]))
