"""Rules from packs and configuration: which run, with what severity and
parameters, and which policy clause each finding cites.

Order, lowest to highest: the rule's own YAML, then packs (each after the
packs it extends), then the project file, then matching ``[[overrides]]``,
then command-line flags.
"""

from __future__ import annotations

import fnmatch
import importlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from pydantic import BaseModel, ValidationError

from ..errors import ConfigError
from ..model import PolicyRef, Severity
from ..policy.config import Config
from ..policy.packs import (
    Pack,
    load_lexicon,
    load_rule_file,
    merge_lexicons,
    resolve_packs,
    validate_code,
    validate_name,
)

RULE_KEYS = {
    "code",
    "name",
    "kind",
    "inputs",
    "needs",
    "severity",
    "status",
    "message",
    "summary",
    "rationale",
    "references",
    "flags",
    "params",
    "aliases",
    "examples",
    "fix",
    "scope",
}
INPUT_KINDS = {"budget", "manuscript", "justification", "run"}
#: what a system rule's ``flags:`` may say about the findings it reports
SYSTEM_FLAGS = {
    "input-error": "the input could not be judged: always reported, whatever is selected",
    "not-a-document": "the input is neither a budget nor a paper: hooks and portfolios may leave it out",
    "unsuppressible": "no inline directive can silence it",
    "not-baselined": "the baseline never records it",
}


@dataclass
class RuleSpec:
    code: str
    name: str
    kind: str
    severity: Severity
    message: str
    summary: str
    rationale: str
    pack: str
    source: Path
    inputs: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    status: str = "stable"
    references: list[dict[str, str]] = field(default_factory=list)
    clause: str | None = None
    params_raw: dict[str, Any] = field(default_factory=dict)
    param_sources: dict[str, str] = field(default_factory=dict)  # parameter -> the file that set it
    scope: str = "input"  # "tool": about techcost itself (its rate tables), never a finding against an input
    params: BaseModel | None = None
    aliases: list[str] = field(default_factory=list)
    examples: dict[str, Any] = field(default_factory=dict)
    fix: str | None = None
    flags: frozenset[str] = frozenset()  # system rules only: SYSTEM_FLAGS

    @property
    def family(self) -> str:
        return self.code[:3]


def kind_module(kind: str) -> ModuleType | None:
    """The module behind a kind; ``system`` rules have none."""
    if kind == "system":
        return None
    if not kind.isidentifier():
        raise ConfigError(f"kind {kind!r} is not a valid kind name")
    try:
        return importlib.import_module(f"techcost.kinds.{kind}")
    except ModuleNotFoundError as exc:
        if exc.name == f"techcost.kinds.{kind}":
            raise ConfigError(f"unknown rule kind {kind!r}") from None
        raise


def _spec_from_yaml(data: dict[str, Any], pack: Pack, path: Path) -> RuleSpec:
    if "policy" in data:
        raise ConfigError(
            f"{path}: 'policy' is not a rule key: the clause a rule serves is written once, "
            "in its pack's pack.yaml (clauses: <id>: rules: [...])"
        )
    unknown = set(data) - RULE_KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown keys {sorted(unknown)}")
    for key in ("code", "name", "kind", "severity", "message", "summary"):
        if not data.get(key):
            raise ConfigError(f"{path}: missing {key!r}")
    code = str(data["code"])
    name = str(data["name"])
    if not validate_code(code):
        raise ConfigError(f"{path}: code {code!r} must be three capitals and three digits")
    if not validate_name(name):
        raise ConfigError(f"{path}: name {name!r} must be kebab-case")
    try:
        sev = Severity(str(data["severity"]))
    except ValueError:
        raise ConfigError(f"{path}: severity must be info, warning or error") from None
    inputs = [str(i) for i in (data.get("inputs") or [])]
    bad = set(inputs) - INPUT_KINDS
    if bad:
        raise ConfigError(f"{path}: unknown inputs {sorted(bad)}")
    flags = data.get("flags") or []
    if not isinstance(flags, list) or not all(isinstance(f, str) for f in flags):
        raise ConfigError(f"{path}: flags must be a list of names")
    bad_flags = set(flags) - set(SYSTEM_FLAGS)
    if bad_flags:
        raise ConfigError(f"{path}: unknown flags {sorted(bad_flags)} (known: {', '.join(SYSTEM_FLAGS)})")
    if flags and str(data["kind"]) != "system":
        raise ConfigError(f"{path}: only system rules carry flags")
    return RuleSpec(
        code=code,
        name=name,
        kind=str(data["kind"]),
        severity=sev,
        message=str(data["message"]).strip(),
        summary=str(data["summary"]).strip(),
        rationale=str(data.get("rationale") or "").strip(),
        pack=pack.name,
        source=path,
        inputs=inputs,
        needs=[str(n) for n in (data.get("needs") or [])],
        status=str(data.get("status") or "stable"),
        references=list(data.get("references") or []),
        params_raw=dict(data.get("params") or {}),
        aliases=[str(a) for a in (data.get("aliases") or [])],
        examples=dict(data.get("examples") or {}),
        fix=data.get("fix"),
        scope=str(data.get("scope") or "input"),
        flags=frozenset(flags),
    )


def validate_params(spec: RuleSpec, raw: dict[str, Any], where: str) -> BaseModel | None:
    mod = kind_module(spec.kind)
    if mod is None:
        return None
    params_cls = getattr(mod, "Params", None)
    if params_cls is None:
        raise ConfigError(f"kind {spec.kind!r} has no Params")
    try:
        return params_cls.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err.get("loc", ()))
        key = str((err.get("loc") or ("",))[0])
        source = spec.param_sources.get(key)
        if source is not None:
            # set by a configuration file or a pack: blame it, with the key as written there
            raise ConfigError(f"{source}: [rules.{spec.code}] {loc}: {err.get('msg')}") from None
        raise ConfigError(f"{where}: {spec.code} parameter {loc!r}: {err.get('msg')}") from None


#: the one field a system rule's message is given: what happened, in full
SYSTEM_FIELDS = frozenset({"detail"})


def check_message_fields(spec: RuleSpec) -> None:
    """A message may name only fields its kind gives (the kind module's
    ``FIELDS``); a misspelt ``{field}`` is a configuration error naming the
    rule file, not a literal in a report."""
    import string

    try:
        named = {f.split(".")[0].split("[")[0] for _, f, _, _ in string.Formatter().parse(spec.message) if f}
    except ValueError as exc:
        raise ConfigError(f"{spec.source}: message is not a valid template ({exc})") from None
    mod = kind_module(spec.kind)
    given = SYSTEM_FIELDS if mod is None else getattr(mod, "FIELDS", None)
    if given is None:
        return  # a kind that does not declare its fields is checked when it runs
    missing = named - given
    if missing:
        gives = ", ".join(sorted(given)) or "none"
        raise ConfigError(
            f"{spec.source}: message names {', '.join('{' + m + '}' for m in sorted(missing))}, "
            f"which kind {spec.kind} does not give (it gives: {gives})"
        )


class RuleSet:
    """The active rules for a run."""

    def __init__(
        self,
        config: Config,
        *,
        select: list[str] | None = None,
        ignore: list[str] | None = None,
        severity: dict[str, str] | None = None,
        pack_names: list[str] | None = None,
    ) -> None:
        self.config = config
        search = [Path(p) if Path(p).is_absolute() or not config.root else Path(config.root) / p for p in config.pack_paths]
        try:
            self.packs: list[Pack] = resolve_packs(pack_names or config.packs, search or None)
        except ConfigError as exc:
            where = "--pack" if pack_names else f"{config.source}: packs" if config.source else "packs"
            raise ConfigError(f"{where}: {exc}") from None
        self.rules: dict[str, RuleSpec] = {}
        self.aliases: dict[str, str] = {}
        for pack in self.packs:
            for f in pack.rule_files:
                spec = _spec_from_yaml(load_rule_file(f), pack, f)
                expected = f"{spec.code}-{spec.name}.yaml"
                if f.name != expected:
                    raise ConfigError(f"{f}: file name must be {expected}")
                if spec.code in self.rules and self.rules[spec.code].pack != pack.name:
                    # a derived pack may redefine a rule; it replaces the base one
                    pass
                self.rules[spec.code] = spec
                for a in spec.aliases:
                    self.aliases[a] = spec.code
        self.by_name = {s.name: s.code for s in self.rules.values()}
        # lexicons, merged base -> derived
        self.lexicons: dict[str, dict[str, Any]] = {}
        for pack in self.packs:
            for key, path in pack.lexicons.items():
                lex = load_lexicon(path)
                self.lexicons[key] = merge_lexicons(self.lexicons.get(key, {}), lex)
        # severity and params: YAML <- packs <- config
        for pack in self.packs:
            for code, setting in pack.settings.items():
                c = self._one(code, f"pack {pack.name}")
                self._apply(c, setting, f"pack {pack.name}")
        for code, setting in config.rules.items():
            c = self._one(code, config.source or "configuration")
            raw = setting.params()
            if setting.severity is not None:
                raw["severity"] = setting.severity.value
            self._apply(c, raw, config.source or "configuration")
        for spec in self.rules.values():
            spec.params = validate_params(spec, spec.params_raw, str(spec.source))
            check_message_fields(spec)
        # the clause each rule serves, from its own pack's clauses (written once, there)
        for pack in self.packs:
            for cid, clause in pack.clauses.items():
                for code in clause.rules:
                    spec = self.rules.get(code)
                    if spec is not None and spec.pack == pack.name and spec.clause is None:
                        spec.clause = cid
        # selection
        usable = {c for c, s in self.rules.items() if s.status == "stable" or (config.preview and s.status == "preview")}
        # each pack, base first, enables what it selects (its own rules when it
        # says nothing) and disables what it ignores; a derived pack can turn
        # back on what its base left off
        enabled: set[str] = set()
        for pack in self.packs:
            own = {c for c, s in self.rules.items() if s.pack == pack.name}
            chosen = set(self.expand(pack.select, f"pack {pack.name}")) if pack.select is not None else own
            enabled |= chosen & usable
            enabled -= set(self.expand(pack.ignore, f"pack {pack.name}"))
        if config.select is not None:
            enabled = set(self.expand(config.select, config.source or "configuration"))
        enabled -= set(self.expand(config.ignore, config.source or "configuration"))
        if select:
            enabled = set(self.expand(select, "--select"))
        if ignore:
            enabled -= set(self.expand(ignore, "--ignore"))
        enabled |= self.flagged("input-error")  # inputs that could not be judged are always reported
        self.enabled: set[str] = enabled
        for code, sev in (severity or {}).items():
            for c in self.expand([code], "--severity"):
                try:
                    self.rules[c].severity = Severity(sev)
                except ValueError:
                    raise ConfigError(f"--severity {code}={sev}: severity must be info, warning or error") from None
        self._override_cache: dict[tuple[int, ...], tuple[set[str], dict[str, Severity]]] = {}

    # ---- helpers
    def flagged(self, flag: str) -> frozenset[str]:
        """Codes of the rules (enabled or not) whose YAML carries ``flag``."""
        cache = self.__dict__.setdefault("_flag_cache", {})
        if flag not in cache:
            cache[flag] = frozenset(c for c, s in self.rules.items() if flag in s.flags)
        return cache[flag]

    def _one(self, selector: str, where: str) -> str:
        codes = self.expand([selector], where)
        if len(codes) != 1:
            raise ConfigError(f"{where}: {selector!r} must name one rule")
        return codes[0]

    def _apply(self, code: str, setting: dict[str, Any], where: str) -> None:
        spec = self.rules[code]
        setting = dict(setting or {})
        if "severity" in setting:
            try:
                spec.severity = Severity(str(setting.pop("severity")))
            except ValueError:
                raise ConfigError(f"{where}: {code} severity must be info, warning or error") from None
        if "enabled" in setting:
            setting.pop("enabled")
        params = setting.pop("params", None)
        if isinstance(params, dict):
            setting.update(params)
        spec.params_raw = {**spec.params_raw, **setting}
        for key in setting:
            spec.param_sources[key] = where

    def expand(self, selectors: list[str] | None, where: str) -> list[str]:
        """Codes for selectors: a code, an alias, a family (``BUD``), a rule
        name, or ``ALL``. Unknown selectors are an error."""
        out: list[str] = []
        for sel in selectors or []:
            s = str(sel).strip()
            if not s:
                continue
            if s.upper() == "ALL":
                out.extend(self.rules)
            elif s in self.rules:
                out.append(s)
            elif s.upper() in self.rules:
                out.append(s.upper())
            elif s in self.aliases:
                out.append(self.aliases[s])
            elif s in self.by_name:
                out.append(self.by_name[s])
            elif len(s) <= 3 and s.isalpha() and any(c.startswith(s.upper()) for c in self.rules):
                out.extend(c for c in self.rules if c.startswith(s.upper()))
            elif s[:3].isalpha() and s[3:].isdigit() and any(c.startswith(s.upper()) for c in self.rules):
                out.extend(c for c in self.rules if c.startswith(s.upper()))
            else:
                raise ConfigError(f"{where}: unknown rule {s!r} (see 'techcost rules')")
        return out

    # ---- per path
    def for_path(self, path: str) -> list[RuleSpec]:
        """Enabled rules for one input, after ``[[overrides]]``."""
        root = Path(self.config.root) if self.config.root else Path.cwd()
        try:
            from ..repo import resolved

            rel = resolved(Path(path)).relative_to(resolved(root)).as_posix()
        except ValueError:
            rel = Path(path).as_posix()
        matched = tuple(
            i for i, ov in enumerate(self.config.overrides) if any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(path, g) for g in ov.paths)
        )
        if matched not in self._override_cache:
            enabled = set(self.enabled)
            sev: dict[str, Severity] = {}
            for i in matched:
                ov = self.config.overrides[i]
                if ov.select is not None:
                    enabled = set(self.expand(ov.select, "overrides"))
                enabled -= set(self.expand(ov.ignore, "overrides"))
                for sel, s in ov.severity.items():
                    for c in self.expand([sel], "overrides"):
                        sev[c] = s
            self._override_cache[matched] = (enabled, sev)
        enabled, sev = self._override_cache[matched]
        out = []
        for code in sorted(enabled):
            spec = self.rules[code]
            if code in sev:
                spec = replace(spec, severity=sev[code])
            out.append(spec)
        return out

    def is_enabled(self, code: str, path: str | None = None) -> bool:
        if path is None:
            return code in self.enabled
        return any(s.code == code for s in self.for_path(path))

    # ---- policy
    def serves(self, code: str) -> list[tuple[Pack, str]]:
        """(pack, clause id) for every active pack whose clauses cite the rule."""
        out: list[tuple[Pack, str]] = []
        spec = self.rules.get(code)
        for pack in self.packs:
            for cid, clause in pack.clauses.items():
                if code in clause.rules:
                    out.append((pack, cid))
            if spec and spec.pack == pack.name and spec.clause and spec.clause in pack.clauses:
                if (pack, spec.clause) not in out:
                    out.append((pack, spec.clause))
        return out

    def policy_for(self, code: str, funder: str | None = None) -> PolicyRef | None:
        """The clause a finding cites: the most derived pack that maps the
        rule to one of its clauses; its link is the funder's own guidance
        where the clause gives one for the profile in force."""
        served = self.serves(code)
        spec = self.rules.get(code)
        if served:
            pack, cid = served[-1]
            clause = pack.clauses[cid]
            url = clause.urls.get(funder or "", clause.url) if clause.urls else clause.url
            return PolicyRef(pack=pack.name, clause=cid, title=clause.title, url=url, version=pack.version)
        if spec is not None:
            ref = spec.references[0] if spec.references else {}
            return PolicyRef(pack=spec.pack, clause=spec.clause, title=ref.get("title"), url=ref.get("url"))
        return None

    def lexicon(self, key: str) -> dict[str, Any]:
        return self.lexicons.get(key, {})


def build_ruleset(config: Config, **kw: Any) -> RuleSet:
    return RuleSet(config, **kw)


def registry_of(ruleset: RuleSet) -> Any:
    """The project registry (``techcost.registry``) of the ruleset's
    configuration, loaded once per ruleset; None when there is none."""
    cache = ruleset.__dict__.setdefault("_registry_cache", {})
    if "registry" not in cache:
        from ..registry import load_registry

        cache["registry"] = load_registry(ruleset.config)
    return cache["registry"]
