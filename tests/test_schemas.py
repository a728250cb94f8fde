from __future__ import annotations

import json

from techcost.schemas import NAMES, build, load_schema


def test_published_schemas_are_current():
    for name in NAMES:
        assert json.loads(load_schema(name)) == json.loads(json.dumps(build(name), sort_keys=True)), (
            f"{name}: run python scripts/gen_schemas.py"
        )
