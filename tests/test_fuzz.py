"""Property-based fuzzing: every parser over mutated real documents, a fixed
number of examples per format in CI (`scripts/fuzz.py` runs longer). A
parser may refuse a file, with a SYS error that is not an internal error; it
may never raise."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from techcost import api

from .fuzzing import mutate, seeds

pytestmark = pytest.mark.slow  # the fast tier (pytest -m "not slow") leaves it to the full suite

SEEDS = seeds()
_, RULESET = api.load()


@pytest.mark.parametrize("fmt", sorted(SEEDS))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**31), which=st.integers(min_value=0, max_value=9))
def test_parsers_never_crash(fmt, seed, which, tmp_path):
    src = SEEDS[fmt][which % len(SEEDS[fmt])]
    p = tmp_path / f"mutant{src.suffix}"
    p.write_bytes(mutate(src, seed))
    res = api.parse_one(p, RULESET)
    if res.error is not None:
        assert res.error.code.startswith("SYS") and res.error.code != "SYS009", f"{src.name} seed {seed}: {res.error.code} {res.error}"
        assert "\n" not in str(res.error)
    else:
        assert res.model is not None
