"""Policy packs: folders of rule YAML plus a ``pack.yaml`` manifest.

A pack names a version and an "as of" date, may extend other packs, may
ship vocabularies (``lexicons``), and maps the rules it uses to the clauses
of the policy it encodes. Only ``builtin_dir()`` knows where the built-in
packs live.
"""

from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError

_CODE = re.compile(r"^[A-Z]{3}\d{3}$")
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


def builtin_dir() -> Path:
    """Where the built-in packs live: inside the installed wheel
    (``techcost/_packs``), or ``rules/`` at the root of a source checkout."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "_packs"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "rules"


_YAML_CACHE: dict[str, Any] | None = None


def _cache_path() -> Path | None:
    """Parsed pack files are cached as JSON, keyed by path, size and
    modification time, so a run need not import a YAML parser (~30 ms).
    ``TECHCOST_NO_CACHE=1`` turns the cache off."""
    if os.environ.get("TECHCOST_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    from .._version import __version__

    return Path(base) / "techcost" / f"packs-{__version__}.json"


def _cache() -> dict[str, Any]:
    global _YAML_CACHE
    if _YAML_CACHE is None:
        _YAML_CACHE = {}
        cp = _cache_path()
        if cp is not None and cp.is_file():
            try:
                loaded = json.loads(cp.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                loaded = {}
            # a cache of another shape (damaged, or written by something else) is ignored
            _YAML_CACHE = loaded if isinstance(loaded, dict) else {}
    return _YAML_CACHE


def _save_cache() -> None:
    cp = _cache_path()
    if cp is None or _YAML_CACHE is None:
        return
    try:
        cp.parent.mkdir(parents=True, exist_ok=True)
        tmp = cp.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(_YAML_CACHE, default=str), encoding="utf-8")
        os.replace(tmp, cp)
    except OSError:
        pass  # a read-only home is fine: parse again next time


_CACHE_MARK = "techcost-pack-cache-1"


def _load_yaml(path: Path, *, fresh: bool = False) -> Any:
    try:
        st = path.stat()
        key = f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    except (OSError, RuntimeError) as exc:
        raise ConfigError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    cache = _cache()
    hit = cache.get(key)
    if not fresh and isinstance(hit, dict) and hit.get("mark") == _CACHE_MARK and "data" in hit:
        return hit["data"]
    data = json.loads(json.dumps(_parse_yaml(path), default=str))
    # one entry a file: the entries of its earlier versions, and of files since deleted (a
    # checkout removed), go, so the cache does not grow with each edit or each clone
    stem = key.rsplit("|", 2)[0] + "|"
    for old in [k for k in cache if k.startswith(stem) or not os.path.exists(k.rsplit("|", 2)[0])]:
        del cache[old]
    cache[key] = {"mark": _CACHE_MARK, "data": data}
    _save_cache()
    return data


def _parse_yaml(path: Path) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        with path.open("r", encoding="utf-8") as fh:
            return yaml.load(fh, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{path}:{where} is not valid YAML ({getattr(exc, 'problem', exc)})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None


@dataclass
class Clause:
    id: str
    title: str
    url: str | None = None
    summary: str | None = None
    rules: list[str] = field(default_factory=list)
    assess: str | None = None  # why a clause may be "not assessable"
    urls: dict[str, str] = field(default_factory=dict)  # funder profile -> that funder's own guidance


@dataclass
class Pack:
    name: str
    version: str
    path: Path
    as_of: str | None = None
    title: str | None = None
    issuer: str | None = None
    url: str | None = None
    description: str | None = None
    extends: list[str] = field(default_factory=list)
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)
    clauses: dict[str, Clause] = field(default_factory=dict)
    lexicons: dict[str, Path] = field(default_factory=dict)
    rule_files: list[Path] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


def _pack_dirs(extra: list[Path] | None = None) -> list[Path]:
    dirs = [builtin_dir()]
    if extra:
        dirs = [*extra, *dirs]
    return dirs


def find_pack(name: str, search: list[Path] | None = None) -> Path:
    """A pack by name (a folder under a pack directory) or by path."""
    p = Path(name)
    if p.suffix in (".yaml", ".yml") and p.is_file():
        return p.parent
    if (p / "pack.yaml").is_file():
        return p
    for d in _pack_dirs(search):
        cand = d / name
        if (cand / "pack.yaml").is_file():
            return cand
    known = ", ".join(sorted(available_packs(search))) or "none"
    raise ConfigError(f"unknown pack {name!r} (known packs: {known})")


def available_packs(search: list[Path] | None = None) -> list[str]:
    out = []
    for d in _pack_dirs(search):
        if d.is_dir():
            out.extend(c.name for c in sorted(d.iterdir()) if (c / "pack.yaml").is_file())
    return sorted(set(out))


@functools.lru_cache(maxsize=64)
def _load_pack_cached(path: Path) -> Pack:
    manifest = path / "pack.yaml"
    data = _load_yaml(manifest) or {}
    if not isinstance(data, dict):
        data = _load_yaml(manifest, fresh=True) or {}
    if not isinstance(data, dict):
        raise ConfigError(f"{manifest}: a pack manifest must be a mapping")
    if not isinstance(data, dict):
        raise ConfigError(f"{manifest}: a pack manifest must be a mapping")
    name = str(data.get("pack") or path.name)
    version = str(data.get("version") or "0")
    rules_cfg = data.get("rules") or {}
    if not isinstance(rules_cfg, dict):
        raise ConfigError(f"{manifest}: 'rules' must be a mapping with select/ignore/settings")
    clauses: dict[str, Clause] = {}
    for cid, c in (data.get("clauses") or {}).items():
        if not isinstance(c, dict):
            raise ConfigError(f"{manifest}: clause {cid!r} must be a mapping")
        clauses[str(cid)] = Clause(
            id=str(cid),
            title=str(c.get("title") or cid),
            url=c.get("url"),
            summary=c.get("summary"),
            rules=[str(r) for r in (c.get("rules") or [])],
            assess=c.get("assess"),
            urls={str(k): str(v) for k, v in (c.get("urls") or {}).items()},
        )
    lexicons = {str(k): (path / str(v)) for k, v in (data.get("lexicons") or {}).items()}
    rule_files = sorted(
        f for f in path.glob("*.yaml") if f.name != "pack.yaml" and _CODE.match(f.name.split("-", 1)[0])
    )
    extends = data.get("extends") or []
    if isinstance(extends, str):
        extends = [extends]
    return Pack(
        name=name,
        version=version,
        path=path,
        as_of=str(data["as_of"]) if data.get("as_of") else None,
        title=data.get("title"),
        issuer=data.get("issuer"),
        url=data.get("url"),
        description=data.get("description"),
        extends=[str(e) for e in extends],
        select=rules_cfg.get("select"),
        ignore=list(rules_cfg.get("ignore") or []),
        settings=dict(rules_cfg.get("settings") or {}),
        clauses=clauses,
        lexicons=lexicons,
        rule_files=rule_files,
        data=data,
    )


def load_pack(name: str, search: list[Path] | None = None) -> Pack:
    return _load_pack_cached(find_pack(name, search).resolve())


def resolve_packs(names: list[str], search: list[Path] | None = None) -> list[Pack]:
    """Packs in application order: each pack after the packs it extends
    (depth-first, in ``extends`` order), each once. Cycles are an error."""
    order: list[Pack] = []
    seen: set[str] = set()

    def visit(name: str, stack: tuple[str, ...], where: list[Path] | None) -> None:
        pack = load_pack(name, where)
        if pack.name in stack:
            chain = " -> ".join([*stack, pack.name])
            raise ConfigError(f"packs extend each other in a cycle: {chain}")
        if pack.name in seen:
            return
        # a pack's bases are looked up beside it first, then on the search path
        for base in pack.extends:
            visit(base, (*stack, pack.name), [pack.path.parent, *(search or [])])
        seen.add(pack.name)
        order.append(pack)

    for n in names:
        visit(n, (), search)
    return order


_RULE_KEYS = ("code", "name", "kind", "message", "summary")


def load_rule_file(path: Path) -> dict[str, Any]:
    data = _load_yaml(path)
    if not isinstance(data, dict) or any(k not in data for k in _RULE_KEYS):
        data = _load_yaml(path, fresh=True)  # the cache may be stale or damaged: read the file itself
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a rule file must be a mapping")
    missing = [k for k in _RULE_KEYS if k not in data]
    if missing:
        raise ConfigError(f"{path}: a rule needs {', '.join(missing)}")
    return data


def load_lexicon(path: Path) -> dict[str, Any]:
    data = _load_yaml(path)
    if not isinstance(data, dict):
        data = _load_yaml(path, fresh=True)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a lexicon must be a mapping")
    return data


def merge_lexicons(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Lists extend, mappings merge recursively; ``replace: true`` at the top
    of a lexicon replaces instead. A leading ``-`` on a list item removes it."""
    if extra.get("replace"):
        return {k: v for k, v in extra.items() if k != "replace"}
    out = dict(base)
    for k, v in extra.items():
        if k in ("version", "replace"):
            continue
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge_lexicons(out[k], v)
        elif isinstance(v, list) and isinstance(out.get(k), list):
            removed = {str(x)[1:].strip() for x in v if isinstance(x, str) and x.startswith("-")}
            kept = [x for x in out[k] if str(x) not in removed]
            kept.extend(x for x in v if not (isinstance(x, str) and x.startswith("-")) and x not in kept)
            out[k] = kept
        else:
            out[k] = v
    return out


def validate_code(code: str) -> bool:
    return bool(_CODE.match(code))


def validate_name(name: str) -> bool:
    return bool(_NAME.match(name))
