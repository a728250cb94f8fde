"""Funder costing profiles and rate tables, loaded from packs.

A pack lists them in its manifest::

    costing:
      profiles: {ukri: costing/profiles/ukri.yaml, ...}
      rates: {uk-he: costing/rates/uk-he.yaml, ...}

Profiles and rate tables of the same name in a derived pack are merged over
the base pack's (mappings merge, lists and values replace; ``replace:
true`` replaces the whole table),
so an institution overrides its grade bands or pension rate without copying
the rest. No rate lives in Python: rules read them from here.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from .errors import ConfigError
from .policy.packs import Pack, load_lexicon

FUNDER_NAMES = ("ukri", "wellcome", "nihr", "horizon_europe", "nih", "nsf")


@dataclass
class RateTable:
    """One dated table of rates (pay spine, on-costs, a salary cap)."""

    name: str
    data: dict[str, Any]
    pack: str = ""

    @property
    def as_of(self) -> str | None:
        return _date_text(self.data.get("as_of"))

    @property
    def valid_until(self) -> str | None:
        return _date_text(self.data.get("valid_until"))

    @property
    def title(self) -> str:
        return str(self.data.get("title") or self.name)


@dataclass
class Profile:
    """A funder's costing rules as data: values with what the source says and
    where, plus the rate tables the funder's budgets are costed with."""

    name: str
    data: dict[str, Any]
    rates: dict[str, RateTable] = field(default_factory=dict)
    pack: str = ""
    used: set[str] = field(default_factory=set)  # rate tables whose figures a check compared a budget with

    def view(self) -> "Profile":
        """A copy for one check, with its own record of tables used."""
        return Profile(self.name, self.data, self.rates, self.pack)

    def mark_used(self, key: str) -> None:
        """Record that the figure ``key`` of a rate table decided something."""
        for name, table in self.rates.items():
            if key in table.data:
                self.used.add(name)
                return

    @property
    def title(self) -> str:
        return str(self.data.get("title") or self.name)

    @property
    def as_of(self) -> str | None:
        return _date_text(self.data.get("as_of"))

    @property
    def valid_until(self) -> str | None:
        return _date_text(self.data.get("valid_until"))

    def entry(self, key: str) -> dict[str, Any]:
        """The raw entry for a value (``value``, ``says``, ``source``), or {}."""
        raw = (self.data.get("values") or {}).get(key)
        if isinstance(raw, dict):
            return raw
        return {} if raw is None else {"value": raw}

    def get(self, key: str, default: Any = None) -> Any:
        """A value: the entry's ``value``, or, for ``rate: NAME`` entries, the
        ``value`` of that key in the profile's rate tables."""
        ent = self.entry(key)
        if "value" in ent:
            return ent["value"]
        if "rate" in ent:
            rate = self.rate(str(ent["rate"]))
            if isinstance(rate, dict):
                return rate.get("value", default)
            return rate if rate is not None else default
        return default

    def source(self, key: str) -> str | None:
        ent = self.entry(key)
        if ent.get("source"):
            return str(ent["source"])
        if "rate" in ent:
            rate = self.rate(str(ent["rate"]))
            if isinstance(rate, dict) and rate.get("source"):
                return str(rate["source"])
        return None

    def rate(self, key: str) -> Any:
        """The first rate table entry named ``key``."""
        for table in self.rates.values():
            if key in table.data:
                return table.data[key]
        return None

    def dated(self, used_only: bool = False) -> list[tuple[str, str | None, str | None]]:
        """(what, as_of, valid_until) for the profile and each rate table
        (only the tables a check used, with ``used_only``)."""
        out = [] if used_only else [(f"{self.name} profile", self.as_of, self.valid_until)]
        out += [(t.title, t.as_of, t.valid_until) for n, t in self.rates.items() if not used_only or n in self.used]
        return out


def _date_text(v: Any) -> str | None:
    if v is None or v == "":
        return None
    return str(v)[:10]


def parse_date(text: str | None) -> _dt.date | None:
    if not text:
        return None
    try:
        return _dt.date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def merge_tables(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """An override over a base table: mappings merge key by key; lists and
    values replace (a grade band ``[18, 24]`` replaces ``[16, 22]``);
    ``replace: true`` at the top replaces the whole table."""
    if extra.get("replace"):
        return {k: v for k, v in extra.items() if k != "replace"}
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge_tables(out[k], v)
        else:
            out[k] = v
    return out


def _costing_files(packs: list[Pack], key: str) -> dict[str, dict[str, Any]]:
    """Merged YAML of every ``costing: {key: {name: file}}`` entry, base
    packs first."""
    out: dict[str, dict[str, Any]] = {}
    owner: dict[str, str] = {}
    for pack in packs:
        costing = pack.data.get("costing") or {}
        if not isinstance(costing, dict):
            raise ConfigError(f"{pack.path / 'pack.yaml'}: 'costing' must be a mapping")
        for name, rel in (costing.get(key) or {}).items():
            data = load_lexicon(pack.path / str(rel))
            out[str(name)] = merge_tables(out.get(str(name), {}), data)
            owner[str(name)] = pack.name
    for name, data in out.items():
        data["_pack"] = owner[name]
    return out


class Costing:
    """Profiles and rate tables of a run's packs."""

    def __init__(self, packs: list[Pack]) -> None:
        self.rate_tables = {n: RateTable(n, d, d.get("_pack", "")) for n, d in _costing_files(packs, "rates").items()}
        self.profiles: dict[str, Profile] = {}
        for name, data in _costing_files(packs, "profiles").items():
            tables = {}
            for r in data.get("rates") or []:
                if str(r) not in self.rate_tables:
                    raise ConfigError(f"funder profile {name!r} uses an unknown rate table {r!r}")
                tables[str(r)] = self.rate_tables[str(r)]
            self.profiles[name] = Profile(name, data, tables, data.get("_pack", ""))

    def profile(self, funder: str | None) -> Profile | None:
        if not funder:
            return None
        return self.profiles.get(funder)

    def check_name(self, funder: str | None, where: str) -> None:
        """A configured funder must name a profile (or a funder the sheet
        detector knows); anything else is a configuration error."""
        if funder and funder not in self.profiles:
            known = ", ".join(sorted(self.profiles)) or "none"
            raise ConfigError(f"{where}: unknown funder {funder!r} (profiles: {known})")


def costing_for(ruleset: Any) -> Costing:
    """The ``Costing`` of a rule set, built once."""
    cache = ruleset.__dict__.setdefault("_costing_cache", {})
    if "costing" not in cache:
        cache["costing"] = Costing(ruleset.packs)
    return cache["costing"]


# ---------------------------------------------------------------- UK pay


def spine_versions(profile: Profile | None) -> list[dict[str, Any]]:
    """Spine tables, newest first, each ``{version, points: {int: float}}``."""
    if profile is None:
        return []
    raw = profile.rate("spine") or []
    out = []
    for v in raw:
        pts = {int(k): float(x) for k, x in (v.get("points") or {}).items()}
        out.append({"version": str(v.get("version", "")), "points": pts, "source": v.get("source")})
    out.sort(key=lambda d: d["version"], reverse=True)
    return out


def spine_value(profile: Profile | None, point: int) -> float | None:
    """The newest known value of a spine point."""
    for v in spine_versions(profile):
        if point in v["points"]:
            return v["points"][point]
    return None


def grade_band(profile: Profile | None, grade: str) -> tuple[int, int] | None:
    if profile is None:
        return None
    grades = profile.rate("grades") or {}
    band = (grades.get("bands") or {}).get(str(grade))
    if not band or len(band) != 2:
        return None
    return int(band[0]), int(band[1])


def title_grades(profile: Profile | None) -> dict[str, int]:
    if profile is None:
        return {}
    tg = profile.rate("title_grades") or {}
    return {str(k).lower(): int(v) for k, v in (tg.get("titles") or {}).items()}
