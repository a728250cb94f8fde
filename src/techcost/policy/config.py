"""Project configuration: ``techcost.toml`` or ``[tool.techcost]`` in
``pyproject.toml``. The nearest file wins; the search stops at the
repository root (the folder holding ``.git``).

::

    packs = ["core"]            # policy packs, applied in order
    fail-on = "error"           # exit 1 at or above this severity
    funder = "ukri"             # costing profile when the sheet does not say
    [rules]
    select = ["BUD", "SYS"]     # codes, families (BUD) or names; ALL by default
    ignore = ["BUD004"]
    [rules.BUD002]              # per-rule severity and parameters
    severity = "error"
    min_fte = 0.1
    [[overrides]]               # per-path changes
    paths = ["archive/**"]
    ignore = ["BUD005"]
"""


import sys
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import ConfigError
from ..model import Severity

CONFIG_FILE = "techcost.toml"


class RuleSetting(BaseModel):
    model_config = ConfigDict(extra="allow")

    severity: Severity | None = None
    enabled: bool | None = None

    def params(self) -> dict[str, Any]:
        return dict(self.model_extra or {})


class Override(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    paths: list[str]
    select: list[str] | None = None
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, Severity] = Field(default_factory=dict)


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    packs: list[str] = Field(default_factory=lambda: ["core"])
    fail_on: Severity = Field(default=Severity.error, alias="fail-on")
    preview: bool = False
    funder: str | None = None
    show_amounts: bool = Field(default=False, alias="show-amounts")
    select: list[str] | None = None
    ignore: list[str] = Field(default_factory=list)
    rules: dict[str, RuleSetting] = Field(default_factory=dict)
    overrides: list[Override] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    pack_paths: list[str] = Field(default_factory=list, alias="pack-paths")
    project: dict[str, Any] = Field(default_factory=dict)
    registry: str | None = Field(default=None, description="a separate registry file (TOML or YAML) of staff, facilities and decisions")
    nlp: Literal["spacy", "python"] | None = Field(
        default=None, description="no longer used: techcost has one phrase matcher (kept so that older configurations still load)"
    )
    baseline: str | None = Field(default=None, description="baseline file of accepted findings (default .techcost-baseline.json at the root)")
    limits: dict[str, int] = Field(default_factory=dict)

    # where it came from (not part of the file)
    source: str | None = Field(default=None, exclude=True)
    root: str | None = Field(default=None, exclude=True)


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None


def _spelling(raw: dict[str, Any], path: Path) -> None:
    """A file uses the documented spelling of each key (``fail-on``, not
    ``fail_on``): one spelling, so a typo-like variant is never silently
    taken or silently ignored."""
    for name, field in Config.model_fields.items():
        if field.alias and field.alias != name and name in raw:
            raise ConfigError(f"{path}: unknown key {name!r}; did you mean {field.alias!r}?")
    for i, ov in enumerate(raw.get("overrides") or []):
        if isinstance(ov, dict):
            for name, field in Override.model_fields.items():
                if field.alias and field.alias != name and name in ov:
                    raise ConfigError(f"{path}: overrides[{i}]: unknown key {name!r}; did you mean {field.alias!r}?")


def _normalise(raw: dict[str, Any], path: Path) -> dict[str, Any]:
    _spelling(raw, path)
    data = dict(raw)
    if "extends" in data and "packs" not in data:
        data["packs"] = data.pop("extends")
    rules = data.pop("rules", None) or {}
    if not isinstance(rules, dict):
        raise ConfigError(f"{path}: [rules] must be a table")
    out_rules: dict[str, Any] = {}
    for key, val in rules.items():
        if key in ("select", "ignore"):
            data[key] = val
        elif isinstance(val, dict):
            out_rules[key] = val
        else:
            raise ConfigError(f"{path}: [rules] {key!r} must be select, ignore or a [rules.CODE] table")
    data["rules"] = out_rules
    return data


def parse_config(raw: dict[str, Any], path: Path) -> Config:
    try:
        cfg = Config.model_validate(_normalise(raw, path))
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = err.get("loc", ())
        where = ".".join(str(p) for p in loc)
        if err.get("type") == "extra_forbidden" and loc:
            model = Override if loc[0] == "overrides" else Config
            known = sorted(f.alias or n for n, f in model.model_fields.items() if n not in ("source", "root"))
            import difflib

            near = difflib.get_close_matches(str(loc[-1]), known, n=1)
            hint = f"; did you mean {near[0]!r}?" if near else f" (known keys: {', '.join(known)})"
            raise ConfigError(f"{path}: unknown key {where!r}{hint}") from None
        raise ConfigError(f"{path}: {where}: {err.get('msg')}") from None
    cfg.source = str(path)
    cfg.root = str(path.parent)
    return cfg


def find_config(start: Path) -> Path | None:
    """The nearest ``techcost.toml`` or ``pyproject.toml`` with a
    ``[tool.techcost]`` table, from ``start`` up to the repository root."""
    cur = start.resolve()
    if cur.is_file():
        cur = cur.parent
    for d in (cur, *cur.parents):
        cand = d / CONFIG_FILE
        if cand.is_file():
            return cand
        pyproj = d / "pyproject.toml"
        if pyproj.is_file():
            try:
                data = _read_toml(pyproj)
            except ConfigError:
                data = {}
            if isinstance(data.get("tool"), dict) and "techcost" in data["tool"]:
                return pyproj
        if (d / ".git").exists():
            break
    return None


def load_config(path: str | Path | None = None, *, start: str | Path | None = None) -> Config:
    """Load the configuration from ``path``, or discover it from ``start``
    (default: the working directory). No file means the defaults."""
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"{p}: configuration file not found")
    else:
        p = find_config(Path(start) if start else Path.cwd())  # type: ignore[assignment]
        if p is None:
            return Config()
    raw = _read_toml(p)
    if p.name == "pyproject.toml":
        raw = (raw.get("tool") or {}).get("techcost") or {}
    return parse_config(raw, p)


if sys.version_info < (3, 11):  # pragma: no cover
    raise RuntimeError("techcost needs Python 3.11 or newer")
