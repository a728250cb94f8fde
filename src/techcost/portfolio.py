"""Portfolio runs: many proposals and papers in one command, checked in
parallel, with results kept in an SQLite database so that a re-run checks
only what changed, and a summary of the figures a Technician Commitment
self-assessment asks for.

- Each document is checked on its own (``api.check`` of one file) in a pool
  of worker processes; each worker loads the rule set once.
- A document is skipped when its database row carries the same key: the
  sha256 of its bytes, the techcost version and the rule set's fingerprint
  (pack files, configuration, registry, baseline and the run's options).
- Department and year come from a metadata CSV (``path,department,year``)
  or from the folder layout: a folder named by a four-digit year gives the
  year, and the first other folder below the portfolio root gives the
  department (``DEPT/YEAR/file`` or ``YEAR/DEPT/file``).
- The database keeps, per document, what the summary needs: kind, format,
  department, year, finding codes, severities and messages (amounts masked),
  whether technical staff are costed, technical effort (FTE) and cost per
  proposal, and for papers how many technical staff are credited by name,
  how many facilities and how many technical authors. It keeps no person's
  name next to an amount and no per-person salary or cost.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ._version import __version__
from .errors import ConfigError, TechcostError
from .repo import resolved

DB_SCHEMA = 1
DEFAULT_DB = Path(".techcost") / "portfolio.sqlite"

# --------------------------------------------------------------- options


@dataclass(frozen=True)
class Options:
    """How documents are checked; the same in every worker."""

    config_path: str | None = None
    packs: tuple[str, ...] | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    severity: tuple[tuple[str, str], ...] = ()
    funder: str | None = None
    show_amounts: bool | None = None

    def load(self) -> tuple[Any, Any]:
        """(config, ruleset) for these options."""
        from . import api

        return api.load(
            config_path=self.config_path,
            packs=list(self.packs) if self.packs else None,
            select=list(self.select) if self.select else None,
            ignore=list(self.ignore) if self.ignore else None,
            severity=dict(self.severity) or None,
        )


def ruleset_fingerprint(ruleset: Any, options: Options) -> str:
    """A digest of everything besides a document that decides its
    findings: every file of every active pack, the configuration, the
    registry and baseline files it names, and the run's options."""
    h = hashlib.sha256()
    for pack in ruleset.packs:
        root = Path(pack.path)
        h.update(f"pack:{pack.name}:{pack.version}\0".encode())
        if root.is_dir():
            for fp in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in (".yaml", ".yml", ".json", ".toml")):
                h.update(fp.relative_to(root).as_posix().encode() + b"\0")
                h.update(fp.read_bytes())
    cfg = ruleset.config
    h.update(cfg.model_dump_json().encode())
    cfg_root = Path(cfg.root) if getattr(cfg, "root", None) else Path.cwd()
    for name in (getattr(cfg, "source", None), getattr(cfg, "registry", None), getattr(cfg, "baseline", None) or ".techcost-baseline.json"):
        if not name:
            continue
        p = Path(name) if Path(name).is_absolute() else cfg_root / name
        if p.is_file():
            h.update(p.read_bytes())
    h.update(json.dumps(options.__dict__, sort_keys=True, default=str).encode())
    return h.hexdigest()[:24]


def file_sha256(path: Path) -> str:
    import stat

    if not stat.S_ISREG(os.stat(path).st_mode):
        raise OSError(f"{path} is not a regular file")  # a FIFO would block: the check reports it
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# ------------------------------------------------------- amounts and people

_MONEY = re.compile(
    r"(?:[£$€¥]|\b(?:GBP|USD|EUR|CHF)\s?)\s?-?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn)\b)?"
    r"|\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b"
    r"|\b\d{5,}(?:\.\d+)?\b",
    re.I,
)


def mask_amounts(text: str) -> str:
    """Text with money amounts (a currency sign or code, thousands
    separators, or five or more digits) replaced by ``[amount]``; years,
    FTE fractions and grant numbers stay."""
    return _MONEY.sub("[amount]", text)


# ---------------------------------------------------------------- records


@dataclass
class Record:
    """What the database keeps about one document. No names, no per-person
    amounts."""

    path: str
    root: str
    rel: str
    sha256: str
    cache_key: str
    kind: str = "unknown"
    format: str | None = None
    status: str = "ok"
    error_code: str | None = None
    error_message: str | None = None
    department: str | None = None
    year: int | None = None
    currency: str | None = None
    funder: str | None = None
    periods: int | None = None
    has_technical_staff: bool | None = None
    technical_lines: int | None = None
    technical_fte: float | None = None
    technical_cost: float | None = None
    authors: int | None = None
    credits_staff_by_name: int | None = None
    credits_facility: int | None = None
    technical_authors: int | None = None
    acknowledgements: bool | None = None
    contribution_statement: bool | None = None
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    seconds: float = 0.0
    checked_at: str = ""
    findings: list[tuple[str, str, str, str, bool]] = field(default_factory=list)  # code, severity, message, location, suppressed


COLUMNS = [
    "path", "root", "rel", "sha256", "cache_key", "kind", "format", "status", "error_code", "error_message",
    "department", "year", "currency", "funder", "periods", "has_technical_staff", "technical_lines",
    "technical_fte", "technical_cost", "authors", "credits_staff_by_name", "credits_facility",
    "technical_authors", "acknowledgements", "contribution_statement", "errors", "warnings", "infos",
    "seconds", "checked_at",
]  # fmt: skip


def _budget_figures(rec: Record, b: Any) -> None:
    """Per-proposal totals only: technical effort as FTE averaged over the
    project's periods, technical cost over the whole project."""
    tech = b.technical_lines()
    rec.currency, rec.funder, rec.periods = b.currency, b.funder, b.period_count
    rec.has_technical_staff = bool(tech)
    rec.technical_lines = len(tech)
    ftes: list[float] = []
    costs: list[float] = []
    for line in tech:
        eff = line.effort_fte
        vals = [v for v in (eff or []) if v is not None]
        if vals:
            ftes.append(sum(vals) / max(b.period_count, len(eff or [])))
        c = line.total_with_oncost()
        if c is not None:
            costs.append(c)
    rec.technical_fte = round(sum(ftes), 4) if ftes else (0.0 if not tech else None)
    rec.technical_cost = round(sum(costs), 2) if costs else (0.0 if not tech else None)


def _paper_figures(rec: Record, m: Any) -> None:
    rec.authors = len(m.authors)
    rec.credits_staff_by_name = sum(1 for t in m.technical_contributors if not t.is_author)
    rec.credits_facility = len(m.facilities)
    rec.technical_authors = sum(1 for a in m.authors if a.technical)
    rec.acknowledgements = bool(m.acknowledgements_present)
    rec.contribution_statement = bool(m.contribution_statement_present)


def check_document(path: Path, ruleset: Any, *, funder: str | None, show_amounts: bool | None, rec: Record) -> Record:
    """Check one document and fill ``rec`` with what the summary needs.
    Never raises for a bad document."""
    from . import api
    from .model import Budget, Manuscript

    t0 = time.perf_counter()
    captured: list[Any] = []
    try:
        report = api.check([path], ruleset=ruleset, funder=funder, show_amounts=show_amounts, progress=captured.append)
    except TechcostError as exc:
        rec.status, rec.error_code, rec.error_message = "error", getattr(exc, "code", "SYS009"), str(exc)
        rec.seconds = time.perf_counter() - t0
        return rec
    except Exception as exc:  # a document never stops a portfolio
        rec.status, rec.error_code = "error", "SYS009"
        rec.error_message = f"internal error ({type(exc).__name__}: {str(exc)[:120]})"
        rec.seconds = time.perf_counter() - t0
        return rec
    show = ruleset.config.show_amounts if show_amounts is None else show_amounts
    item = report.inputs[0] if report.inputs else None
    if item is not None:
        rec.kind, rec.format = item.kind, item.format
        if item.status == "error" and item.error is not None:
            rec.status, rec.error_code, rec.error_message = "error", item.error.code, item.error.message
    parsed = captured[0] if captured else None
    model = getattr(parsed, "model", None)
    if isinstance(model, Budget):
        _budget_figures(rec, model)
    elif isinstance(model, Manuscript):
        if not model.detected:
            from .detect import detect

            model = detect(model, ruleset.lexicons)
        _paper_figures(rec, model)
    for f in report.findings:
        msg = f.message if show else mask_amounts(f.message)
        rec.findings.append((f.code, f.severity.value, msg, f.location.anchor(), f.suppressed is not None))
        if f.suppressed is None:
            if f.severity.value == "error":
                rec.errors += 1
            elif f.severity.value == "warning":
                rec.warnings += 1
            else:
                rec.infos += 1
    rec.seconds = round(time.perf_counter() - t0, 4)
    return rec


# ----------------------------------------------------------- worker pool

_WORKER: dict[str, Any] = {}
# the parent's rule set, inherited by forked workers (loading it again
# costs each worker ~0.2 s)
_INHERITED: dict[str, Any] = {}


def _worker_init(options: Options, isolate_each: bool) -> None:
    """Load the rule set once per worker process and warm what every
    document needs (budget vocabulary, registry).

    Unless ``isolate_each``, the worker process itself is the isolation
    boundary: documents are parsed in it (no fork per file), its address
    space is capped at its size now plus ``TECHCOST_MAX_MEMORY_MB``, and a
    document that takes more than ``TECHCOST_MAX_SECONDS_PER_FILE`` of
    processor time is stopped with a limit error. A worker that dies anyway is noticed by the parent,
    which checks the remaining documents again with one child process per
    file (the per-file guard)."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if not isolate_each:
        os.environ["TECHCOST_ISOLATE"] = "0"
    inherited = _INHERITED.get("ruleset")
    if inherited is not None and inherited[0] == options:
        ruleset = inherited[1]
    else:
        _cfg, ruleset = options.load()
    from . import api

    api.registry_of(ruleset)
    _warm_detection(ruleset)
    _WORKER["ruleset"] = ruleset
    _WORKER["options"] = options
    _WORKER["isolate_each"] = isolate_each
    if not isolate_each:
        _cap_memory()
        import signal

        if hasattr(signal, "SIGPROF"):
            # CPU time, on its own timer: the parsers' guard uses SIGALRM
            signal.signal(signal.SIGPROF, _on_alarm)


def _warm_detection(ruleset: Any) -> None:
    """Build the credit analysis's matchers now, so that the first paper a
    worker gets does not pay for it."""
    try:
        from .detect import detect
        from .model import Location, Manuscript, Section, TextBlock

        loc = Location(path="(warm-up)", line=1)
        block = TextBlock(text="We thank Jane Doe of the Imaging Facility for technical support.", location=loc)
        detect(Manuscript(path="(warm-up)", format="markdown", sections=[Section(kind="acknowledgements", location=loc, blocks=[block])]), ruleset.lexicons)
    except Exception:  # warming up is an optimisation only
        pass


def _noop() -> None:
    """A task that only makes the pool start its workers."""


def _cap_memory() -> None:
    from .parsers import limits

    try:
        import resource

        with open("/proc/self/statm", "rb") as fh:
            vm = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        if limits.MAX_MEMORY_MB > 0:
            cap = vm + limits.MAX_MEMORY_MB * 1_000_000
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, OSError, ValueError, IndexError):
        pass  # no /proc or no rlimits: the parent's watchdog still applies


def _on_alarm(signum: int, frame: Any) -> None:
    from .errors import LimitExceeded
    from .parsers import limits

    raise LimitExceeded(f"took more than {limits.MAX_SECONDS_PER_FILE} s of processor time to check (limit TECHCOST_MAX_SECONDS_PER_FILE)")


def _worker_check(rec: Record) -> Record:
    opts: Options = _WORKER["options"]
    import signal

    timed = not _WORKER.get("isolate_each", True) and hasattr(signal, "setitimer") and hasattr(signal, "ITIMER_PROF")
    if timed:
        from .parsers import limits

        if limits.MAX_SECONDS_PER_FILE > 0:
            signal.setitimer(signal.ITIMER_PROF, limits.MAX_SECONDS_PER_FILE)
    try:
        return check_document(Path(rec.path), _WORKER["ruleset"], funder=opts.funder, show_amounts=opts.show_amounts, rec=rec)
    except Exception as exc:  # the time limit fired outside the check, or anything else: this file only
        return _failed(rec, exc)
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_PROF, 0)


def _worker_check_many(recs: list[Record]) -> list[Record]:
    """A few documents in one task (less to-and-fro per document); each
    still has its own time limit and its own result."""
    return [_worker_check(rec) for rec in recs]


def _failed(rec: Record, exc: BaseException) -> Record:
    """``rec`` marked as not judged because of ``exc``."""
    rec.status = "error"
    rec.error_code = getattr(exc, "code", None) or "SYS009"
    rec.error_message = str(exc) if isinstance(exc, TechcostError) else f"internal error ({type(exc).__name__}: {str(exc)[:120]})"
    rec.findings = []
    rec.errors = rec.warnings = rec.infos = 0
    return rec


# ----------------------------------------------------------- layout, CSV

_YEAR = re.compile(r"^((?:19|20)\d{2})(?:$|[-_ ./]\d{2,4}$)")


def layout_metadata(rel: Path) -> tuple[str | None, int | None]:
    """(department, year) from the folders between the portfolio root and
    a file: a folder named by a four-digit year (``2024``, ``2024-25``)
    gives the year; the first other folder gives the department. Without a
    year folder neither is guessed."""
    folders = rel.parts[:-1]
    year = None
    dept = None
    for part in folders:
        m = _YEAR.match(part)
        if m and year is None:
            year = int(m.group(1))
        elif dept is None and not m:
            dept = part
    if year is None:
        return None, None
    return dept, year


def read_metadata(path: Path, roots: list[Path]) -> dict[str, tuple[str | None, int | None]]:
    """The metadata CSV: columns ``path,department,year`` (a header row
    naming them; other columns ignored). Paths are absolute, or relative to
    the CSV's folder, a portfolio root or the working directory. Blank
    cells leave the layout's value."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the metadata file ({exc.strerror})") from None
    reader = csv.DictReader(text.splitlines())
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "path" not in fields:
        raise ConfigError(f"{path}: the metadata file needs a header row with columns path,department,year")
    out: dict[str, tuple[str | None, int | None]] = {}
    for lineno, row in enumerate(reader, start=2):
        low = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        raw = low.get("path", "")
        if not raw:
            continue
        year_txt = low.get("year", "")
        year: int | None = None
        if year_txt:
            m = re.match(r"^((?:19|20)\d{2})", year_txt)
            if not m:
                raise ConfigError(f"{path}:{lineno}: year {year_txt!r} is not a four-digit year")
            year = int(m.group(1))
        dept = low.get("department") or None
        p = Path(raw)
        cands = [p] if p.is_absolute() else [path.parent / p, *(r / p for r in roots), Path.cwd() / p]
        for c in cands:
            if c.exists():
                out[c.resolve().as_posix()] = (dept, year)
                break
        else:
            out[(path.parent / p).resolve().as_posix()] = (dept, year)
    return out


# --------------------------------------------------------------- database


def db_error(db_path: Path, exc: BaseException) -> ConfigError:
    """One line for what went wrong with the database file."""
    msg = str(exc).lower()
    if "not a database" in msg or "malformed" in msg or "file is encrypted" in msg:
        why = "is not a techcost portfolio database (not SQLite, or damaged); give another --db or remove it"
    elif "locked" in msg or "busy" in msg:
        why = "is locked by another program; try again when it has finished"
    elif "readonly" in msg or "read-only" in msg or "permission" in msg or "unable to open" in msg:
        why = "cannot be written (read-only, or no permission); give a --db you can write"
    elif "full" in msg or "no space" in msg:
        why = "cannot grow: no space left on the device"
    else:
        why = f"cannot be used ({str(exc)[:120]})"
    return ConfigError(f"portfolio database {db_path} {why}")


def connect(db_path: Path) -> sqlite3.Connection:
    """Open (creating when missing) the portfolio database."""
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(str(db_path), timeout=min(30.0, float(os.environ.get("TECHCOST_DB_WAIT", "30") or 30)))
    except OSError as exc:
        raise ConfigError(f"portfolio database {db_path} cannot be created ({exc.strerror})") from None
    except sqlite3.Error as exc:
        raise db_error(db_path, exc) from None
    try:
        return _prepare(con, db_path)
    except sqlite3.Error as exc:
        con.close()
        raise db_error(db_path, exc) from None


def _prepare(con: sqlite3.Connection, db_path: Path) -> sqlite3.Connection:
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.executescript(
        """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE IF NOT EXISTS documents(
            path TEXT PRIMARY KEY, root TEXT, rel TEXT, sha256 TEXT, cache_key TEXT,
            kind TEXT, format TEXT, status TEXT, error_code TEXT, error_message TEXT,
            department TEXT, year INTEGER, currency TEXT, funder TEXT, periods INTEGER,
            has_technical_staff INTEGER, technical_lines INTEGER, technical_fte REAL, technical_cost REAL,
            authors INTEGER, credits_staff_by_name INTEGER, credits_facility INTEGER, technical_authors INTEGER,
            acknowledgements INTEGER, contribution_statement INTEGER,
            errors INTEGER, warnings INTEGER, infos INTEGER, seconds REAL, checked_at TEXT, last_run INTEGER);
        CREATE TABLE IF NOT EXISTS findings(
            path TEXT, code TEXT, severity TEXT, message TEXT, location TEXT, suppressed INTEGER);
        CREATE INDEX IF NOT EXISTS findings_path ON findings(path);
        CREATE TABLE IF NOT EXISTS runs(
            id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT, finished TEXT, techcost_version TEXT,
            ruleset TEXT, files INTEGER, checked INTEGER, reused INTEGER, jobs INTEGER, seconds REAL, summary TEXT);
        """
    )
    cur = con.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
    if cur is None:
        con.execute("INSERT INTO meta(key, value) VALUES('schema', ?)", (str(DB_SCHEMA),))
    elif cur[0] != str(DB_SCHEMA):
        raise ConfigError(f"{db_path}: database schema {cur[0]} is not {DB_SCHEMA}; remove the file to rebuild it")
    con.commit()
    return con


def _db(v: Any) -> Any:
    """A value SQLite stores: file names that are not UTF-8 as ``\\xNN``."""
    from .escape import storable

    return storable(v) if isinstance(v, str) else v


def _save(con: sqlite3.Connection, recs: list[Record], run_id: int) -> None:
    """Store checked documents (replacing what was stored for them) and
    commit."""
    if not recs:
        return
    con.executemany(
        f"INSERT OR REPLACE INTO documents({', '.join(COLUMNS)}, last_run) VALUES({', '.join('?' * len(COLUMNS))}, ?)",
        [[*(_db(getattr(rec, c)) for c in COLUMNS), run_id] for rec in recs],
    )
    con.executemany("DELETE FROM findings WHERE path=?", [(_db(rec.path),) for rec in recs])
    con.executemany(
        "INSERT INTO findings(path, code, severity, message, location, suppressed) VALUES(?,?,?,?,?,?)",
        [(_db(rec.path), c, sev, _db(m), _db(loc), int(sup)) for rec in recs for c, sev, m, loc, sup in rec.findings],
    )
    con.commit()


# errors worth another try on a re-run: an internal error or a limit hit
# on a busy machine, not a file that is corrupt or unsupported
_RETRY = {"SYS009", "SYS010"}


def _cached(con: sqlite3.Connection) -> dict[str, str]:
    """Cache keys of the stored documents whose result can be reused."""
    return {p: k for p, k, code in con.execute("SELECT path, cache_key, error_code FROM documents") if code not in _RETRY}


def rows_of_run(con: sqlite3.Connection, run_id: int) -> list[dict[str, Any]]:
    """Documents seen in one run, as dicts (with their finding codes)."""
    con.row_factory = sqlite3.Row
    try:
        docs = [dict(r) for r in con.execute("SELECT * FROM documents WHERE last_run=? ORDER BY root, rel", (run_id,))]
        codes: dict[str, list[tuple[str, str]]] = {}
        for r in con.execute(
            "SELECT f.path, f.code, f.severity FROM findings f JOIN documents d ON d.path=f.path WHERE d.last_run=? AND f.suppressed=0",
            (run_id,),
        ):
            codes.setdefault(r["path"], []).append((r["code"], r["severity"]))
    finally:
        con.row_factory = None
    for d in docs:
        d["codes"] = codes.get(d["path"], [])
    return docs


# ---------------------------------------------------------------- summary


def _share(n: int, d: int) -> float | None:
    return round(100.0 * n / d, 1) if d else None


def _mean(vals: list[float]) -> float | None:
    return round(sum(vals) / len(vals), 4) if vals else None


def _median(vals: list[float]) -> float | None:
    if not vals:
        return None
    s = sorted(vals)
    mid = len(s) // 2
    return round(s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2, 4)


def figures(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The self-assessment figures of a set of documents."""
    ok = [r for r in rows if r["status"] == "ok"]
    props = [r for r in ok if r["kind"] == "budget"]
    papers = [r for r in ok if r["kind"] == "manuscript"]
    costing = [r for r in props if r["has_technical_staff"]]
    fte = [r["technical_fte"] for r in props if r["technical_fte"] is not None]
    cost: dict[str, list[float]] = {}
    for r in props:
        if r["technical_cost"] is not None:
            cost.setdefault(r["currency"] or "currency not stated", []).append(r["technical_cost"])
    by_name = [r for r in papers if (r["credits_staff_by_name"] or 0) > 0]
    by_fac = [r for r in papers if (r["credits_facility"] or 0) > 0]
    authors = [r for r in papers if (r["technical_authors"] or 0) > 0]
    return {
        "documents": len(rows),
        "not_judged": len(rows) - len(ok),
        "proposals": len(props),
        "proposals_costing_technical_staff": len(costing),
        "share_costing_technical_staff": _share(len(costing), len(props)),
        "technical_fte_per_proposal": _mean(fte),
        "technical_fte_median": _median(fte),
        "technical_fte_per_costing_proposal": _mean([r["technical_fte"] for r in costing if r["technical_fte"] is not None]),
        "technical_cost_per_proposal": {c: _mean(v) for c, v in sorted(cost.items())},
        "papers": len(papers),
        "papers_crediting_staff_by_name": len(by_name),
        "share_crediting_staff_by_name": _share(len(by_name), len(papers)),
        "papers_crediting_facility": len(by_fac),
        "share_crediting_facility": _share(len(by_fac), len(papers)),
        "papers_with_technical_authors": len(authors),
        "share_with_technical_authors": _share(len(authors), len(papers)),
        "justifications": sum(1 for r in ok if r["kind"] == "justification"),
    }


SMALL_GROUP = 3  # groups with fewer documents show counts, not shares


def summarise(rows: list[dict[str, Any]], not_documents: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Overall figures, trends by year and by department, finding counts
    by code, and the documents that could not be judged. Files that are
    neither a budget nor a paper are left out (the same test as the hook's
    --skip-unrecognised); groups of fewer than three documents are marked
    ``small``; ``no_trends`` says why a trend is missing. ``not_documents``
    holds the codes (rules flagged ``not-a-document``) of files that are
    neither, such as a list of sources, a data CSV or a README."""
    left_out = sum(1 for r in rows if r["error_code"] in not_documents)
    rows = [r for r in rows if r["error_code"] not in not_documents]
    years = sorted({r["year"] for r in rows if r["year"] is not None})
    depts = sorted({r["department"] for r in rows if r["department"]})
    codes: dict[str, dict[str, Any]] = {}
    for r in rows:
        for code, sev in r["codes"]:
            c = codes.setdefault(code, {"code": code, "severity": sev, "findings": 0, "documents": set()})
            c["findings"] += 1
            c["documents"].add(r["path"])
    by_code = [{**c, "documents": len(c["documents"])} for c in sorted(codes.values(), key=lambda c: (-c["findings"], c["code"]))]
    def group(sel: list[dict[str, Any]]) -> dict[str, Any]:
        f = figures(sel)
        f["small"] = f["documents"] - f["not_judged"] < SMALL_GROUP
        return f

    no_trends = {}
    if not years:
        no_trends["by_year"] = "no folder or metadata gives a year (lay folders out as YEAR/... or DEPT/YEAR/..., or give --metadata)"
    elif len(years) == 1:
        no_trends["by_year"] = f"every document is from {years[0]}: a trend needs two years or more"
    if not depts:
        no_trends["by_department"] = "no folder or metadata gives a department (lay folders out as DEPT/... or give --metadata)"
    return {
        "overall": figures(rows),
        "by_year": {str(y): group([r for r in rows if r["year"] == y]) for y in years},
        "by_department": {d: group([r for r in rows if r["department"] == d]) for d in depts},
        "no_trends": no_trends,
        "left_out": left_out,
        "findings_by_code": by_code,
        "not_judged": [
            {"path": r["rel"], "root": r["root"], "code": r["error_code"], "message": r["error_message"]} for r in rows if r["status"] != "ok"
        ],
    }


# -------------------------------------------------------------------- run


@dataclass
class RunResult:
    """What a portfolio run did and found."""

    run_id: int
    db: Path
    files: int
    checked: int
    reused: int
    jobs: int
    seconds: float
    summary: dict[str, Any]
    rows: list[dict[str, Any]]
    ruleset: str
    packs: list[str]
    history: list[dict[str, Any]]


def default_db(dirs: list[Path]) -> Path:
    """``.techcost/portfolio.sqlite`` under the working folder, never inside
    a folder being scanned: when the working folder is one of them (or
    inside one), the user's data folder (``$XDG_DATA_HOME/techcost`` or
    ``~/.local/share/techcost``) holds one database per set of folders."""
    import hashlib as _h

    cwd = resolved(Path.cwd())
    roots = [resolved(d if d.is_dir() else d.parent) for d in dirs] or [cwd]
    inside = any(cwd == r or r in cwd.parents for r in roots)
    if not inside:
        return cwd / DEFAULT_DB
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "techcost" / "portfolio"
    key = _h.sha256("\n".join(sorted(r.as_posix() for r in roots)).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", roots[0].name or "root")[:40]
    return base / f"{slug}-{key}" / "portfolio.sqlite"


@dataclass(frozen=True)
class Entry:
    """One file of the portfolio: the folder it was found under, the file,
    its path relative to that folder, and its absolute path (the database
    key)."""

    root: Path
    file: Path
    rel: str
    absolute: str


def _entries(dirs: list[Path], config: Any) -> list[Entry]:
    """Every file techcost reads under each folder, each once. A root is
    resolved once; files below it take its absolute path plus their
    relative path (resolving every file costs ~0.3 ms each)."""
    from . import api

    out: list[Entry] = []
    seen: set[str] = set()
    for d in dirs:
        root = d if d.is_dir() else d.parent
        root_abs = resolved(root)
        for fp in api.collect([d], config, force_exclude=True):
            try:
                rel = fp.relative_to(root)
                absolute = (root_abs / rel).as_posix()
            except ValueError:
                rel, absolute = Path(fp.name), resolved(fp).as_posix()
            if absolute in seen:
                continue
            seen.add(absolute)
            out.append(Entry(root=root_abs, file=fp, rel=rel.as_posix(), absolute=absolute))
    return out


def run(
    dirs: Iterable[str | Path],
    *,
    options: Options | None = None,
    db: str | Path | None = None,
    jobs: int | None = None,
    metadata: str | Path | None = None,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> RunResult:
    """Check every document under ``dirs`` that is new or changed since the
    database last saw it, in ``jobs`` worker processes (default: all
    cores), and summarise the portfolio. ``progress(done, total)`` is called
    as documents finish. ``force`` re-checks everything."""
    t0 = time.perf_counter()
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    options = options or Options()
    folders = [Path(d) for d in dirs]
    for d in folders:
        if not d.exists():
            raise ConfigError(f"{d}: no such file or folder")
    cfg, ruleset = options.load()
    from .costing import costing_for

    costing_for(ruleset).check_name(options.funder, "--funder")
    fp = ruleset_fingerprint(ruleset, options)
    db_path = Path(db) if db is not None else default_db(folders)
    pairs = _entries(folders, cfg)
    roots = [d if d.is_dir() else d.parent for d in folders]
    meta = read_metadata(Path(metadata), roots) if metadata else {}
    n_jobs = max(1, jobs or available_cores())
    pool = None
    if len(pairs) > 1 and (force or _has_new(db_path, pairs)):
        # workers start loading while the files are hashed below
        papers = any(Path(e.rel).suffix.lower() not in _BUDGET_SUFFIXES for e in pairs)
        pool = start_pool(options, min(n_jobs, len(pairs)), warm=ruleset if papers else None, ruleset=ruleset)
    try:
        lock = RunLock(db_path)
        lock.acquire()
    except BaseException:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        raise
    try:
        con = connect(db_path)
    except BaseException:
        lock.release()
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        raise
    restore = _stop_on_signals()
    try:
        run_id = int(con.execute("INSERT INTO runs(started, techcost_version, ruleset) VALUES(?,?,?)", (started, __version__, fp)).lastrowid or 0)
        cached = _cached(con)
        todo: list[Record] = []
        reused = 0
        for entry in pairs:
            try:
                sha = file_sha256(entry.file)
            except OSError:
                sha = "unreadable"
            key = f"{sha}:{__version__}:{fp}"
            dept, year = layout_metadata(Path(entry.rel))
            if entry.absolute in meta:
                m_dept, m_year = meta[entry.absolute]
                dept, year = m_dept or dept, m_year or year
            path, root = entry.absolute, entry.root.as_posix()
            if not force and cached.get(_db(path)) == key:
                con.execute("UPDATE documents SET last_run=?, department=?, year=?, root=?, rel=? WHERE path=?", (run_id, dept, year, _db(root), _db(entry.rel), _db(path)))
                reused += 1
                continue
            todo.append(Record(path=path, root=root, rel=entry.rel, sha256=sha, cache_key=key, department=dept, year=year))
        con.commit()
        if pool is not None and len(todo) < 2:
            pool.shutdown(cancel_futures=True)
            pool = None
        done = reused
        total = len(pairs)
        if progress:
            progress(done, total)
        last_commit = time.perf_counter()
        checks = _check_all(todo, options, ruleset, n_jobs, pool)
        pool = None  # _check_all shuts it down
        batch: list[Record] = []
        for rec in checks:
            rec.checked_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
            batch.append(rec)
            done += 1
            if progress:
                progress(done, total)
            if len(batch) >= 200 or time.perf_counter() - last_commit > 2.0:
                _save(con, batch, run_id)
                batch = []
                last_commit = time.perf_counter()
        _save(con, batch, run_id)
        rows = rows_of_run(con, run_id)
        summary = summarise(rows, ruleset.flagged("not-a-document"))
        seconds = round(time.perf_counter() - t0, 3)
        finished = datetime.now(timezone.utc).isoformat(timespec="seconds")
        con.execute(
            "UPDATE runs SET finished=?, files=?, checked=?, reused=?, jobs=?, seconds=?, summary=? WHERE id=?",
            (finished, total, len(todo), reused, (min(n_jobs, len(todo)) if len(todo) > 1 else len(todo)), seconds, json.dumps(summary["overall"]), run_id),
        )
        con.commit()
        history = [
            {"id": r[0], "started": r[1], "files": r[2], "checked": r[3], "reused": r[4], "seconds": r[5], "overall": json.loads(r[6] or "{}")}
            for r in con.execute("SELECT id, started, files, checked, reused, seconds, summary FROM runs WHERE finished IS NOT NULL ORDER BY id DESC LIMIT 20")
        ]
    except sqlite3.Error as exc:
        raise db_error(db_path, exc) from None
    finally:
        restore()
        con.close()
        lock.release()
        if pool is not None:
            _kill_workers(pool)
            pool.shutdown(cancel_futures=True)
    return RunResult(
        run_id=run_id,
        db=db_path,
        files=total,
        checked=len(todo),
        reused=reused,
        jobs=(min(n_jobs, len(todo)) if len(todo) > 1 else len(todo)),
        seconds=seconds,
        summary=summary,
        rows=rows,
        ruleset=fp,
        packs=[f"{p.name} {p.version}" for p in ruleset.packs],
        history=history,
    )


_BUDGET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".csv"}


class Stopped(ConfigError):
    """The run was stopped by a signal; what was checked so far is saved."""


def _stop_on_signals() -> Callable[[], None]:
    """SIGTERM and SIGINT end the run (workers are stopped on the way out);
    returns a function that puts the old handlers back."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def _stop(signum: int, frame: Any) -> None:
        raise Stopped(f"stopped by {signal.Signals(signum).name}; documents checked so far are saved and will be reused")

    old = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    for s in old:
        signal.signal(s, _stop)

    def restore() -> None:
        for s, h in old.items():
            signal.signal(s, h)

    return restore


def _kill_workers(pool: Any) -> None:
    for proc in list(getattr(pool, "_processes", {}).values()):
        try:
            proc.kill()
        except Exception:
            pass


class RunLock:
    """One portfolio run at a time on a database: a second run waits (saying
    so) up to ``TECHCOST_DB_WAIT`` seconds (default 600), then refuses."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self.fh: Any = None

    def acquire(self) -> None:
        import fcntl
        import sys

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fh = open(self.path, "a+")
        except OSError as exc:
            raise ConfigError(f"portfolio database {self.path.with_suffix('')} cannot be used: cannot create its lock file ({exc.strerror})") from None
        wait = float(os.environ.get("TECHCOST_DB_WAIT", "600") or 600)
        deadline = time.monotonic() + wait
        said = False
        while True:
            try:
                fcntl.flock(self.fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if not said:
                    print(f"techcost: another portfolio run is using {self.path.name[:-5]}; waiting for it to finish", file=sys.stderr)
                    said = True
                if time.monotonic() >= deadline:
                    self.release()
                    raise ConfigError(f"portfolio database {self.path.name[:-5]} is in use by another run; try again when it has finished") from None
                time.sleep(0.5)

    def release(self) -> None:
        if self.fh is not None:
            try:
                self.fh.close()
            finally:
                self.fh = None


def _has_new(db_path: Path, pairs: list[Entry]) -> bool:
    """Whether some file is not in the database yet (read before any
    connection is kept open, so workers forked next share none)."""
    if not db_path.is_file():
        return True
    try:
        con = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
        try:
            known = {p for (p,) in con.execute("SELECT path FROM documents")}
        finally:
            con.close()
    except sqlite3.Error:
        return True
    return any(_db(e.absolute) not in known for e in pairs)


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity where known)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def start_pool(options: Options, jobs: int, isolate_each: bool = False, warm: Any = None, ruleset: Any = None) -> Any:
    """A process pool whose workers start (and load the rule set) now,
    while the caller goes on, e.g. hashing files. Forked workers inherit
    ``ruleset`` (this process's, for ``options``) instead of loading their
    own; with ``warm`` (a rule set) the credit analysis's matchers are built here
    first, so that every worker inherits them too."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    forked = multiprocessing.get_start_method() == "fork"
    if ruleset is not None and forked:
        _INHERITED["ruleset"] = (options, ruleset)
    if warm is not None and jobs > 1 and forked:
        _warm_detection(warm)
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(options, isolate_each))
    pool.submit(_noop)  # forks the workers now
    _INHERITED.clear()
    return pool


def _check_all(todo: list[Record], options: Options, ruleset: Any, jobs: int, pool: Any = None) -> Iterator[Record]:
    """Check documents, largest first, in ``jobs`` worker processes (a
    single document in this process, under the per-file guard). When a
    worker dies, or no document finishes for longer than the per-file time
    limit, the workers are stopped and the documents not yet done are
    checked again with one guarded child process per file, so a hostile
    file costs only its own result."""
    if not todo:
        return
    todo = sorted(todo, key=lambda r: _size(r.path), reverse=True)
    if len(todo) == 1 and pool is None:
        from . import api

        api.registry_of(ruleset)
        yield check_document(Path(todo[0].path), ruleset, funder=options.funder, show_amounts=options.show_amounts, rec=todo[0])
        return
    remaining = {r.path: r for r in todo}
    for isolate_each in (False, True):
        if not remaining:
            return
        started = pool if not isolate_each else None
        for rec in _pool_run(list(remaining.values()), options, jobs, isolate_each, started):
            remaining.pop(rec.path, None)
            yield rec
    for rec in remaining.values():  # pragma: no cover - only when even guarded workers die
        rec.status, rec.error_code, rec.error_message = "error", "SYS009", "the checker stopped while reading this file"
        yield rec


def _pool_run(todo: list[Record], options: Options, jobs: int, isolate_each: bool, pool: Any = None) -> Iterator[Record]:
    """Results from one pool (``pool`` when given, else a new one, shut
    down either way); stops early (without raising) when a worker dies or
    stalls, leaving the unfinished documents to the caller."""
    import queue
    from concurrent.futures.process import BrokenProcessPool

    from .parsers import limits

    # a few documents a task when there are many (several tasks per worker
    # remain, so the load stays balanced); one at a time when isolating
    size = 1 if isolate_each else max(1, min(8, len(todo) // (jobs * 32)))
    chunks = [todo[i : i + size] for i in range(0, len(todo), size)]
    stall = (limits.MAX_SECONDS_PER_FILE or 600) * size + 30
    if pool is None:
        pool = start_pool(options, min(jobs, len(todo)), isolate_each)
    finished: queue.SimpleQueue[Any] = queue.SimpleQueue()  # futures as they finish: O(1) each
    futures = {}
    for chunk in chunks:
        fut = pool.submit(_worker_check_many, chunk)
        futures[fut] = chunk
        fut.add_done_callback(finished.put)
    broken = False
    try:
        last = time.monotonic()
        left = len(futures)
        while left:
            try:
                fut = finished.get(timeout=2.0)
            except queue.Empty:
                if time.monotonic() - last > stall:
                    broken = True
                    return
                continue
            last = time.monotonic()
            left -= 1
            try:
                results = fut.result()
            except BrokenProcessPool:
                broken = True
                return
            except Exception as exc:  # e.g. a result that could not be sent back
                results = [_failed(rec, exc) for rec in futures[fut]]
            yield from results
    except BaseException:
        broken = True  # stopped (a signal, an error): the workers go with it
        raise
    finally:
        if broken:
            _kill_workers(pool)  # stop stalled workers
        for fut in futures:
            fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


# ------------------------------------------------------------- exports

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

CSV_COLUMNS = [
    "path", "root", "kind", "format", "department", "year", "status", "error_code",
    "has_technical_staff", "technical_fte", "technical_cost", "currency",
    "authors", "credits_staff_by_name", "credits_facility", "technical_authors",
    "errors", "warnings", "infos", "codes",
]  # fmt: skip


def safe_cell(value: Any) -> Any:
    """A CSV cell that spreadsheet programs will not run as a formula:
    text starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return
    gets a leading apostrophe. Numbers are left as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(rows: list[dict[str, Any]], path: str | Path) -> None:
    """One row per document (no names, no per-person amounts), safe to open
    in Excel."""
    from .outputs import atomic_save

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(CSV_COLUMNS)
            for r in rows:
                vals = {**r, "path": r["rel"], "codes": ";".join(sorted({c for c, _ in r["codes"]}))}
                for k in ("has_technical_staff",):
                    if vals.get(k) is not None:
                        vals[k] = "yes" if vals[k] else "no"
                w.writerow([safe_cell("" if vals.get(c) is None else vals.get(c)) for c in CSV_COLUMNS])

    atomic_save(Path(path), write, what="portfolio CSV")


# -------------------------------------------------------------- progress


class ProgressBar:
    """A one-line progress bar on standard error, redrawn at most ten times
    a second; silent when disabled."""

    def __init__(self, enabled: bool, stream: Any = None, width: int = 30) -> None:
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.width = width
        self.t0 = time.perf_counter()
        self.last = 0.0
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        frac = done / total if total else 1.0
        fill = int(self.width * frac)
        elapsed = now - self.t0
        eta = ""
        if 0 < frac < 1 and elapsed > 1:
            eta = f", ~{_clock(elapsed / frac - elapsed)} left"
        self.stream.write(f"\rchecking [{'#' * fill}{'.' * (self.width - fill)}] {done}/{total} {frac:4.0%} {_clock(elapsed)}{eta}   ")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.enabled and self.drawn:
            self.stream.write("\n")
            self.stream.flush()


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 60}:{s % 60:02d}"
