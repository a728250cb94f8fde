"""Regenerate the published JSON Schemas from the model."""

from __future__ import annotations

import json

from techcost.schemas import NAMES, build, schema_path

for name in NAMES:
    schema_path(name).write_text(json.dumps(build(name), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print("wrote", schema_path(name))
