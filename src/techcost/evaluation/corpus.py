"""A labelled corpus on disk: papers with one label file each,
acknowledgement paragraphs as JSON Lines, and the tune/check split.

Layout (see ``tests/corpus/README.md``)::

    papers/<format>/<file>, papers/labels/<id>.json, acks/<batch>.jsonl, split.json

The split is made once (``make_split``) and written down; a document added
later is placed by a keyed hash of its id, so the parts never move.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMATS = ("jats", "latex", "markdown", "docx", "pdf")
SPLIT_SEED = 20261202
CHECK_SHARE = 1 / 3

_SHA = re.compile(r"^[0-9a-f]{64}$")
_COMMIT = re.compile(r"^[0-9a-f]{40}$")
_BASIS = {"explicit", "inferred"}


@dataclass
class Paper:
    label: dict[str, Any]
    root: Path  # the papers/ folder

    @property
    def id(self) -> str:
        return str(self.label["id"])

    @property
    def format(self) -> str:
        return str(self.label["format"])

    @property
    def path(self) -> Path:
        return self.root / self.label["local_path"]


@dataclass
class AckRecord:
    record: dict[str, Any]
    batch: str

    @property
    def id(self) -> str:
        return str(self.record["id"])

    @property
    def text(self) -> str:
        return str(self.record["text"])


@dataclass
class BudgetDoc:
    label: dict[str, Any]
    root: Path  # the budgets/ folder

    @property
    def id(self) -> str:
        return str(self.label["id"])

    @property
    def kind(self) -> str:
        return str(self.label.get("kind") or "spreadsheet")

    @property
    def path(self) -> Path:
        return self.root / self.label["local_path"]


@dataclass
class Corpus:
    root: Path
    papers: list[Paper] = field(default_factory=list)
    acks: list[AckRecord] = field(default_factory=list)
    budgets: list[BudgetDoc] = field(default_factory=list)
    split: dict[str, str] = field(default_factory=dict)  # id -> "tune" | "check"

    def part(self, doc_id: str) -> str:
        got = self.split.get(doc_id)
        return got if got is not None else hashed_part(doc_id)

    def papers_in(self, part: str | None) -> list[Paper]:
        return [p for p in self.papers if part is None or self.part(p.id) == part]

    def acks_in(self, part: str | None) -> list[AckRecord]:
        return [a for a in self.acks if part is None or self.part(a.id) == part]

    def budgets_in(self, part: str | None) -> list[BudgetDoc]:
        return [b for b in self.budgets if part is None or self.part(b.id) == part]


def load_corpus(root: str | Path) -> Corpus:
    root = Path(root)
    c = Corpus(root=root)
    labels = root / "papers" / "labels"
    if labels.is_dir():
        for f in sorted(labels.glob("*.json")):
            c.papers.append(Paper(json.loads(f.read_text(encoding="utf-8")), root / "papers"))
    acks = root / "acks"
    if acks.is_dir():
        for f in sorted(acks.glob("*.jsonl")):
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    c.acks.append(AckRecord(json.loads(line), f.stem))
    blabels = root / "budgets" / "labels"
    if blabels.is_dir():
        for f in sorted(blabels.glob("*.json")):
            lab = json.loads(f.read_text(encoding="utf-8"))
            lab.setdefault("id", f.stem)
            c.budgets.append(BudgetDoc(lab, root / "budgets"))
    split = root / "split.json"
    if split.is_file():
        data = json.loads(split.read_text(encoding="utf-8"))
        c.split = {str(k): str(v) for k, v in (data.get("parts") or {}).items()}
    return c


def hashed_part(doc_id: str) -> str:
    """The part of a document that came after the split: a keyed hash of
    its id, about one in three to check."""
    h = hashlib.sha256(f"{SPLIT_SEED}:{doc_id}".encode()).digest()
    return "check" if int.from_bytes(h[:8], "big") / 2**64 < CHECK_SHARE else "tune"


def strata(c: Corpus) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p in c.papers:
        out.setdefault(f"paper:{p.format}", []).append(p.id)
    for a in c.acks:
        out.setdefault(f"ack:{a.batch}", []).append(a.id)
    for b in c.budgets:
        out.setdefault(f"budget:{b.kind}", []).append(b.id)
    return out


def make_split(c: Corpus, *, keep: dict[str, str] | None = None) -> dict[str, str]:
    """Two thirds tune, one third check, within each stratum, with a fixed
    seed; ids are sorted first so that the split depends only on which
    documents there are. With ``keep`` (an existing split), documents
    already placed stay where they are and only the new ones are split,
    stratum by stratum, the same way."""
    keep = dict(keep or {})
    rng = random.Random(SPLIT_SEED + len(keep))
    parts: dict[str, str] = dict(keep)
    families = {b.id: str(b.label["family"]) for b in c.budgets if b.label.get("family")}
    for name in sorted(strata(c)):
        ids = sorted(i for i in strata(c)[name] if i not in keep and i not in families)
        if keep:
            # after the first split a document is placed by the keyed hash of its id, the part
            # ``Corpus.part`` gives it before split.json names it: what was studied as tune stays tune
            for doc_id in ids:
                parts[doc_id] = hashed_part(doc_id)
            continue
        rng.shuffle(ids)
        n_check = round(len(ids) * CHECK_SHARE)
        for i, doc_id in enumerate(ids):
            parts[doc_id] = "check" if i < n_check else "tune"
    # versions of one document (a family) stay together, placed by a keyed hash of the family
    related = {b.id for b in c.budgets if b.label.get("related_to_development_set")}
    for doc_id, fam in families.items():
        if doc_id not in keep:
            parts[doc_id] = hashed_part(f"family:{fam}")
    for doc_id in related:
        if doc_id not in keep:
            parts[doc_id] = "tune"  # versions of a document the reader was built on say nothing as figures
    return parts


# ------------------------------------------------------------ held-out lists


@dataclass
class HeldOut:
    sha256: set[str]
    repos: set[str]  # lower-case owner/name
    elife_numbers: set[int]

    def repo_held(self, repo: str) -> bool:
        return repo.strip().lower() in self.repos

    def elife_held(self, text: str) -> bool:
        """Whether a path or id names an eLife article on the list
        ("elife-09512-v1.xml", "elife09550", "eLife.103870")."""
        if "elife" not in text.lower():
            return False
        for m in re.finditer(r"(?i)elife[^0-9]{0,3}0*(\d{3,6})", text):
            if int(m.group(1)) in self.elife_numbers:
                return True
        return False


def load_held_out(shared_corpus: str | Path) -> HeldOut:
    d = Path(shared_corpus)
    shas = set()
    for line in (d / "held-out-sha256.txt").read_text(encoding="utf-8").splitlines():
        t = line.strip().lower()
        if _SHA.match(t):
            shas.add(t)
    text = (d / "HELD-OUT.md").read_text(encoding="utf-8")
    repos = {m.group(1).lower() for m in re.finditer(r"^\s*-\s+([A-Za-z0-9][\w.\-]*/[\w.\-]+)\s*$", text, re.MULTILINE)}
    # GROBID's acknowledgement data and test PDFs, and bot-lax-adaptor's test files: the whole repositories
    repos.update({"kermitt2/grobid", "elifesciences/bot-lax-adaptor"})
    numbers: set[int] = set()
    m = re.search(r"eLife articles.*?numbered:(.*?)in any version", text, re.DOTALL)
    if m:
        for part in re.split(r",", m.group(1)):
            part = part.strip().replace("–", "-")
            r = re.match(r"(\d+)\s*-\s*(\d+)", part)
            if r:
                numbers.update(range(int(r.group(1)), int(r.group(2)) + 1))
            elif re.match(r"\d+", part):
                numbers.add(int(re.match(r"\d+", part).group(0)))
    return HeldOut(shas, repos, numbers)


# ------------------------------------------------------------- validation


def _tail(path: Path, n: int = 2048) -> bytes:
    with path.open("rb") as fh:
        fh.seek(max(0, path.stat().st_size - n))
        return fh.read()


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check_people(where: str, items: Any, errors: list[str]) -> None:
    if not isinstance(items, list):
        errors.append(f"{where}: technical_staff_named is not a list")
        return
    for t in items:
        if not isinstance(t, dict) or not isinstance(t.get("name"), str) or not t["name"].strip():
            errors.append(f"{where}: a technical_staff_named entry has no name")
            continue
        if t.get("basis") not in _BASIS:
            errors.append(f"{where}: {t['name']}: basis must be explicit or inferred")
        if not isinstance(t.get("role_words_as_written"), str):
            errors.append(f"{where}: {t['name']}: role_words_as_written missing")


def _check_source(where: str, src: Any, errors: list[str], held: HeldOut | None) -> None:
    if not isinstance(src, dict):
        errors.append(f"{where}: source missing")
        return
    for k in ("repo", "path", "commit", "licence", "licence_basis"):
        if not isinstance(src.get(k), str) or not src[k].strip():
            errors.append(f"{where}: source.{k} missing")
    if isinstance(src.get("commit"), str) and not _COMMIT.match(src["commit"]):
        errors.append(f"{where}: source.commit is not a 40-hex commit")
    if held is not None and isinstance(src.get("repo"), str):
        if held.repo_held(src["repo"]):
            errors.append(f"{where}: {src['repo']} is a held-out repository")
        if held.elife_held(str(src.get("path", ""))):
            errors.append(f"{where}: {src.get('path')} is a held-out eLife article")


def validate(c: Corpus, held: HeldOut | None, *, max_bytes: int = 80_000_000) -> list[str]:
    """Every problem found, one line each (empty when the corpus is sound)."""
    errors: list[str] = []
    ids: set[str] = set()
    seen_sha: dict[str, str] = {}
    total = 0
    for p in c.papers:
        lab = p.label
        where = f"papers/labels/{lab.get('id')}.json"
        if lab.get("id") in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(str(lab.get("id")))
        if lab.get("format") not in FORMATS:
            errors.append(f"{where}: format must be one of {', '.join(FORMATS)}")
        for k in ("has_acknowledgements", "credit_statement_present"):
            if not isinstance(lab.get(k), bool):
                errors.append(f"{where}: {k} must be true or false")
        if not isinstance(lab.get("authors"), list) or not all(isinstance(a, str) for a in lab.get("authors") or []):
            errors.append(f"{where}: authors must be a list of names")
        _check_people(where, lab.get("technical_staff_named"), errors)
        if not isinstance(lab.get("facilities_or_teams_thanked_without_names"), list):
            errors.append(f"{where}: facilities_or_teams_thanked_without_names must be a list")
        for a in lab.get("authors_identifiable_as_technical_staff") or []:
            if not isinstance(a, dict) or not a.get("name") or not a.get("evidence"):
                errors.append(f"{where}: authors_identifiable_as_technical_staff entries need name and evidence")
        if lab.get("format") == "pdf" and lab.get("columns") not in (1, 2):
            errors.append(f"{where}: columns must be 1 or 2 for a PDF")
        _check_source(where, lab.get("source"), errors, held)
        files = dict(lab.get("files") or {})
        main = c.root / "papers" / str(lab.get("local_path"))
        if main.is_dir():
            # a multi-file project checked as a folder (Manubot content/): every file is listed in "files"
            if lab.get("sha256") is not None or not files:
                errors.append(f"{where}: a folder as local_path needs sha256 null and every file in files")
        else:
            files[str(lab.get("local_path"))] = lab.get("sha256")
        published = lab.get("sha256_as_published")
        if published is not None:
            # stored with its pictures replaced by placeholders: the published file's digest is checked too
            if not isinstance(published, str) or not _SHA.match(published):
                errors.append(f"{where}: sha256_as_published is not a sha256")
            elif held is not None and published in held.sha256:
                errors.append(f"{where}: the published file is a held-out document (sha256 on the list)")
        for rel, want in files.items():
            f = c.root / "papers" / rel
            if not f.is_file():
                errors.append(f"{where}: {rel} does not exist")
                continue
            got = sha256_file(f)
            total += f.stat().st_size
            if got != want:
                errors.append(f"{where}: sha256 of {rel} is {got}, the label says {want}")
            if held is not None and got in held.sha256:
                errors.append(f"{where}: {rel} is a held-out document (sha256 on the list)")
            if got in seen_sha and seen_sha[got] != lab.get("id"):
                errors.append(f"{where}: {rel} duplicates a file of {seen_sha[got]}")
            seen_sha.setdefault(got, str(lab.get("id")))
            if f.suffix.lower() == ".pdf" and b"%%EOF" not in _tail(f):
                errors.append(f"{where}: {rel} is a truncated PDF (no end-of-file marker): it measures the refusal, not the reading")
    texts: dict[str, str] = {}
    for a in c.acks:
        r = a.record
        where = f"acks/{a.batch}.jsonl: {r.get('id')}"
        if r.get("id") in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(str(r.get("id")))
        if not isinstance(r.get("text"), str) or len(r["text"].strip()) < 20:
            errors.append(f"{where}: text missing or too short")
        else:
            key = re.sub(r"\W+", " ", r["text"].lower()).strip()
            if key in texts:
                errors.append(f"{where}: same text as {texts[key]}")
            texts[key] = str(r.get("id"))
        _check_people(where, r.get("technical_staff_named"), errors)
        if not isinstance(r.get("facilities_or_teams_thanked_without_names"), list):
            errors.append(f"{where}: facilities_or_teams_thanked_without_names must be a list")
        src = r.get("source")
        _check_source(where, src, errors, held)
        sha = (src or {}).get("sha256") if isinstance(src, dict) else None
        if not isinstance(sha, str) or not _SHA.match(sha):
            errors.append(f"{where}: source.sha256 missing")
        elif held is not None and sha in held.sha256:
            errors.append(f"{where}: taken from a held-out document (sha256 on the list)")
    for f in (c.root / "acks").glob("*.jsonl") if (c.root / "acks").is_dir() else []:
        total += f.stat().st_size
    errors += validate_budgets(c, held, ids, seen_sha)
    if total > max_bytes:
        errors.append(f"the corpus holds {total / 1e6:.1f} MB, over {max_bytes / 1e6:.0f} MB")
    return errors


_CATEGORIES = {"technical", "investigator", "researcher", "student", "other_staff", "consultant"}
_BUDGET_KINDS = {"spreadsheet", "justification"}


def validate_budgets(c: Corpus, held: HeldOut | None, ids: set[str], seen_sha: dict[str, str]) -> list[str]:
    """Problems with the labelled budgets and justifications (budgets/)."""
    errors: list[str] = []
    for b in c.budgets:
        lab = b.label
        where = f"budgets/labels/{b.id}.json"
        if b.id in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(b.id)
        if b.kind not in _BUDGET_KINDS:
            errors.append(f"{where}: kind must be spreadsheet or justification")
        if not isinstance(lab.get("has_technical_staff"), bool):
            errors.append(f"{where}: has_technical_staff must be true or false")
        lines = lab.get("staff_lines")
        if not isinstance(lines, list):
            errors.append(f"{where}: staff_lines must be a list")
            lines = []
        for i, ln in enumerate(lines):
            if ln.get("category") not in _CATEGORIES:
                errors.append(f"{where}: staff_lines[{i}] category {ln.get('category')!r} is not one of {', '.join(sorted(_CATEGORIES))}")
            if b.kind == "spreadsheet" and (not ln.get("sheet") or not isinstance(ln.get("row"), int)):
                errors.append(f"{where}: staff_lines[{i}] needs sheet and row")
            if b.kind == "justification" and not isinstance(ln.get("line"), int) and not isinstance(ln.get("paragraph"), int):
                errors.append(f"{where}: staff_lines[{i}] needs line or paragraph")
            if not ln.get("label_as_written"):
                errors.append(f"{where}: staff_lines[{i}] needs label_as_written")
        tech = any(ln.get("category") == "technical" for ln in lines)
        if lab.get("has_technical_staff") is True and not tech:
            errors.append(f"{where}: has_technical_staff is true but no staff line is technical")
        _check_source(where, lab.get("source"), errors, held)
        f = b.path
        if not f.is_file():
            errors.append(f"{where}: {lab.get('local_path')} does not exist")
            continue
        got = sha256_file(f)
        if got != lab.get("sha256"):
            errors.append(f"{where}: sha256 of {lab.get('local_path')} is {got}, the label says {lab.get('sha256')}")
        if held is not None and got in held.sha256:
            errors.append(f"{where}: {lab.get('local_path')} is a held-out document (sha256 on the list)")
        if got in seen_sha and seen_sha[got] != b.id:
            errors.append(f"{where}: {lab.get('local_path')} duplicates a file of {seen_sha[got]}")
        seen_sha.setdefault(got, b.id)
    return errors


def iter_stats(c: Corpus) -> Iterator[str]:
    by_fmt: dict[str, list[Paper]] = {}
    for p in c.papers:
        by_fmt.setdefault(p.format, []).append(p)
    for fmt in FORMATS:
        ps = by_fmt.get(fmt, [])
        pos = sum(1 for p in ps if _positive(p.label))
        extra = ""
        if fmt == "latex":
            extra = f", {sum(1 for p in ps if p.label.get('multi_file'))} multi-file"
        if fmt == "pdf":
            extra = f", {sum(1 for p in ps if p.label.get('columns') == 2)} two-column"
        if fmt == "jats":
            pubs = sorted({str(p.label.get('publisher') or '?') for p in ps})
            extra = f", publishers: {', '.join(pubs)}"
        yield f"{fmt}: {len(ps)} papers, {pos} with technical credit{extra}"
    pos = sum(1 for a in c.acks if _positive(a.record))
    yield f"acknowledgement paragraphs: {len(c.acks)}, {pos} with technical credit"
    for kind in sorted(_BUDGET_KINDS):
        docs = [b for b in c.budgets if b.kind == kind]
        if not docs:
            continue
        tech = sum(1 for b in docs if b.label.get("has_technical_staff"))
        lines = sum(len(b.label.get("staff_lines") or []) for b in docs)
        funders = sorted({str(b.label.get("funder") or "?")[:30] for b in docs})
        yield f"budget {kind}s: {len(docs)} files, {lines} staff lines, {tech} with technical staff; funders: {', '.join(funders)}"


def _positive(lab: dict[str, Any]) -> bool:
    return bool(
        lab.get("technical_staff_named")
        or lab.get("facilities_or_teams_thanked_without_names")
        or lab.get("authors_identifiable_as_technical_staff")
    )


# ------------------------------------------------------------ repeats


def _norm(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


def paper_words(path: Path) -> str:
    """The words of a stored paper, whatever its format, normalised (for
    finding repeats, not for reading)."""
    if path.is_dir():
        return " ".join(paper_words(f) for f in sorted(path.rglob("*")) if f.is_file() and f.suffix in (".md", ".yaml", ".yml", ".tex"))
    data = path.read_bytes()
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(data)
        try:
            text = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        finally:
            doc.close()
    elif path.suffix == ".docx":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            text = re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode("utf-8", "replace"))
    else:
        text = data.decode("utf-8", "replace")
    return _norm(text)


def _windows(text: str) -> list[str]:
    """Overlapping stretches of a normalised text (80 characters every 150)."""
    return [text[i : i + 80] for i in range(0, max(1, len(text) - 60), 150) if len(text[i : i + 80]) >= 60]


def find_repeats(c: Corpus) -> tuple[list[list[str]], list[tuple[str, str]], list[tuple[str, int]]]:
    """Groups of papers with the same four leading authors (another file of
    one paper, or the same team's papers); (document, record) pairs where an
    acknowledgement record repeats a corpus paper (half or more of its
    stretches inside the paper's words) or, across the tune and check
    parts, another record (three fifths or more shared); and records that
    share only some sentences with other documents (a group's standard
    thanks, a collaboration's or a database's boilerplate): not repeats."""
    by_authors: dict[tuple[str, ...], list[str]] = {}
    for p in c.papers:
        key = tuple(_norm(a).split()[-1] for a in (p.label.get("authors") or [])[:4] if _norm(a))
        if len(key) >= 2:
            by_authors.setdefault(key, []).append(p.id)
    same = [ids for ids in by_authors.values() if len(ids) > 1]
    papers = {p.id: paper_words(p.root / p.label["local_path"]) for p in c.papers}
    records = {a.id: _norm(str(a.record.get("text", ""))) for a in c.acks}
    wins = {i: _windows(t) for i, t in records.items()}

    def share(aid: str, words: str) -> float:
        w = wins[aid]
        return sum(1 for x in w if x in words) / len(w) if w else 0.0

    holds: list[tuple[str, str]] = []
    common: list[tuple[str, int]] = []
    for aid, text in records.items():
        if len(text) < 60:
            continue
        twins = [pid for pid, words in papers.items() if share(aid, words) >= 0.5]
        if len(twins) > 1:
            common.append((aid, len(twins)))  # words several papers print: boilerplate
            continue
        for oid, other in records.items():
            # two short records alike ("This research did not receive any specific grant ...") are boilerplate
            if oid == aid or c.part(oid) == c.part(aid) or (oid, aid) in holds or min(len(wins[aid]), len(wins[oid])) < 2:
                continue
            if share(aid, other) >= 0.6 or (len(other) >= 60 and share(oid, text) >= 0.6):
                twins.append(oid)
        if twins:
            holds.append((sorted(twins)[0], aid))
    return same, holds, common
