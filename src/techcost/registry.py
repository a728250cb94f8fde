"""The project registry: what text cannot tell.

Local technical staff (name, aliases, ORCID, role, facility), facilities
(name, aliases, RRID, DOI, required grant numbers, preferred wording),
recorded decisions (authorship offered or declined, permission to be named),
and the grant a project's budgets and papers belong to. It lives in the
``[project]`` table of ``techcost.toml`` or in a file that ``registry =``
names (TOML or YAML)::

    [project]
    name = "Root imaging"
    grants = ["BB/X012345/1"]
    budgets = ["budgets/*.xlsx"]
    papers = ["papers/*.md"]

    [[project.staff]]
    name = "Chris Tester"
    aliases = ["C. Tester"]
    role = "Research Technician"
    facility = "Bioimaging Facility"

    [[project.facilities]]
    name = "Bioimaging Facility"
    aliases = ["BIF"]
    rrid = "RRID:SCR_017364"
    grants = ["BB/M012093/1"]

    [[project.decisions]]
    person = "Dana Coder"
    authorship = "offered"        # offered | accepted | declined | not-applicable
    permission = true             # agreed to be named in acknowledgements

Names are matched with the same rules as detection (initials, accents,
particles), plus the aliases given.
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError
from .names import fold, same_person


class StaffEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    aliases: list[str] = Field(default_factory=list)
    orcid: str | None = None
    role: str | None = None
    facility: str | None = None
    technical: bool = True

    def matches(self, name: str) -> bool:
        return any(same_person(n, name) for n in [self.name, *self.aliases])


class FacilityEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    aliases: list[str] = Field(default_factory=list)
    rrid: str | None = None
    doi: str | None = None
    grants: list[str] = Field(default_factory=list, description="infrastructure grant numbers papers must cite")
    acknowledgement: str | None = Field(default=None, description="the wording the facility asks for")
    url: str | None = None

    def names(self) -> list[str]:
        return [self.name, *self.aliases]


class Decision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    person: str
    paper: str | None = Field(default=None, description="a path or glob; all papers when omitted")
    authorship: Literal["offered", "accepted", "declined", "not-applicable"] | None = None
    permission: bool | None = None
    note: str | None = None
    date: str | None = None

    def applies_to(self, name: str, paper: str | None) -> bool:
        if not same_person(self.person, name):
            return False
        if self.paper and paper:
            return fnmatch.fnmatch(paper, self.paper) or fnmatch.fnmatch(Path(paper).name, self.paper)
        return True


class Registry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    grants: list[str] = Field(default_factory=list)
    budgets: list[str] = Field(default_factory=list, description="paths or globs of the project's budgets")
    papers: list[str] = Field(default_factory=list, description="paths or globs of the project's papers")
    staff: list[StaffEntry] = Field(default_factory=list)
    facilities: list[FacilityEntry] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    source: str | None = Field(default=None, exclude=True)

    @property
    def empty(self) -> bool:
        return not (self.staff or self.facilities or self.decisions or self.grants)

    def staff_for(self, name: str) -> StaffEntry | None:
        return next((s for s in self.staff if s.matches(name)), None)

    def decision_for(self, name: str, paper: str | None = None) -> Decision | None:
        found = [d for d in self.decisions if d.applies_to(name, paper)]
        return found[-1] if found else None

    def facility_named(self, text: str) -> FacilityEntry | None:
        for f in self.facilities:
            if any(mentions(text, n) for n in f.names()):
                return f
        return None


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def mentions(text: str, name: str) -> bool:
    """Whether ``text`` mentions ``name`` (case, accents and spacing aside;
    all the name's words in order)."""
    t = " " + " ".join(_tokens(text)) + " "
    n = " ".join(_tokens(name))
    return bool(n) and f" {n} " in t


def load_registry(config: Any) -> Registry:
    """The registry from the configuration (``[project]`` and/or the file
    ``registry =`` names). Empty when neither is given."""
    data: dict[str, Any] = dict(getattr(config, "project", None) or {})
    source = getattr(config, "source", None)
    ref = getattr(config, "registry", None)
    if ref:
        root = Path(getattr(config, "root", None) or ".")
        path = Path(ref) if Path(ref).is_absolute() else root / ref
        if not path.is_file():
            raise ConfigError(f"registry file {path} not found")
        if path.suffix.lower() in (".yaml", ".yml"):
            from .policy.packs import _load_yaml

            extra = _load_yaml(path) or {}
        else:
            import tomllib

            try:
                extra = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{path}: not valid TOML ({exc})") from None
        extra = extra.get("project", extra) if isinstance(extra, dict) else {}
        data.update(extra)
        source = str(path)
    try:
        reg = Registry.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err.get("loc", ()))
        raise ConfigError(f"{source or 'configuration'}: project.{where}: {err.get('msg')}") from None
    reg.source = source
    return reg
