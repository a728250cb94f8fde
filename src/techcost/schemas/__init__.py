"""Published JSON Schemas (generated from the model by
``scripts/gen_schemas.py``; a test keeps them current)."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).parent
NAMES = {
    "report": "report.schema.json",
    "inspect-budget": "inspect-budget.schema.json",
    "inspect-manuscript": "inspect-manuscript.schema.json",
    "inspect-justification": "inspect-justification.schema.json",
}


def schema_path(name: str) -> Path:
    return _HERE / NAMES[name]


def load_schema(name: str) -> str:
    return schema_path(name).read_text(encoding="utf-8")


def build(name: str) -> dict:
    """The schema as the model defines it now."""
    from ..model import SCHEMA_VERSION, Budget, Justification, Manuscript, Report

    if name == "report":
        s = Report.model_json_schema(mode="serialization")
        s["properties"]["summary"] = {
            "type": "object",
            "description": "counts by severity, inputs, exit code for the fail-on threshold",
        }
        title = "techcost report"
    elif name in ("inspect-budget", "inspect-manuscript", "inspect-justification"):
        kind = name.split("-", 1)[1]
        model = {"budget": Budget, "manuscript": Manuscript, "justification": Justification}[kind]
        inner = model.model_json_schema(mode="serialization", ref_template="#/$defs/{model}")
        defs = inner.pop("$defs", {})
        defs[model.__name__] = inner
        s = {
            "type": "object",
            "required": ["schema_version", "path", "kind", "format", kind],
            "properties": {
                "schema_version": {"type": "string", "const": SCHEMA_VERSION},
                "path": {"type": "string"},
                "kind": {"const": kind},
                "format": {"type": "string"},
                "note": {"type": "string"},
                kind: {"$ref": f"#/$defs/{model.__name__}"},
            },
            "$defs": defs,
        }
        title = f"techcost inspect ({kind})"
    else:
        raise KeyError(name)
    s["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    s["$id"] = f"https://techcost.invalid/schemas/{NAMES[name]}"
    s["title"] = title
    s["x-schema-version"] = SCHEMA_VERSION
    return s
