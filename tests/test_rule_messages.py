"""Every field a rule's message names is one its kind gives, so no
finding prints a literal ``{field}`` (checked from the kinds' source)."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from techcost.engine.registry import RuleSet, kind_module
from techcost.policy.config import Config


def _fields_given(kind: str) -> set[str] | None:
    mod = kind_module(kind)
    if mod is None or not getattr(mod, "__file__", None):
        return None
    tree = ast.parse(Path(mod.__file__).read_text(encoding="utf-8"))
    keys: set[str] = set()
    dynamic = False
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "fields":
            if isinstance(node.value, ast.Dict):
                keys |= {k.value for k in node.value.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}
                dynamic |= any(k is None or not isinstance(k, ast.Constant) for k in node.value.keys)
            else:
                dynamic = True  # built elsewhere: cannot tell from the call
    return None if dynamic else keys


def test_every_message_field_is_given_by_its_kind():
    rs = RuleSet(Config(packs=["core", "credit", "leeds", "nottingham", "rms-facility", "york"]))
    bad = []
    for code, spec in rs.rules.items():
        named = {f for _, f, _, _ in string.Formatter().parse(spec.message) if f}
        given = _fields_given(spec.kind)
        if given is None or not named:
            continue
        missing = named - given
        if missing:
            bad.append(f"{code} ({spec.kind}): {sorted(missing)}")
    assert not bad, bad


def test_a_misspelt_field_is_an_error_not_a_literal():
    from techcost.engine.runner import render_message

    assert render_message("{label} is costed", {"label": "Technician"}) == "Technician is costed"
    import pytest

    with pytest.raises(KeyError):
        render_message("{lable} is costed", {"label": "Technician"})
