"""A justification of resources kept as YAML, read into the structure the
justification reader mines (sections of text blocks with their lines).

Keys whose values hold text become sections headed by the key; strings
become paragraphs and list items with their line; a list of mappings that
share keys ("personnel: [{role: Research Technician, fte: 0.5, cost: ...}]")
becomes a table, so the budget-table reader reads its posts. The file is
composed with the safe loader and walked once: aliases are not followed
into a second copy, and nesting and node counts are bounded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import LimitExceeded, NotUnderstood
from ..model import Location, Manuscript, Section, TextBlock
from ._text import read_text

MAX_NODES = 200_000
MAX_DEPTH = 60


def _humanise(key: str) -> str:
    return key.replace("_", " ").replace("-", " ").strip().capitalize()


class _Walker:
    def __init__(self, display: str) -> None:
        self.display = display
        self.sections: list[Section] = []
        self.nodes = 0
        self.seen: set[int] = set()

    def loc(self, node: Any) -> Location:
        return Location(path=self.display, line=node.start_mark.line + 1)

    def section(self, heading: str, node: Any) -> Section:
        sec = Section(kind="other", heading=heading, location=self.loc(node), blocks=[])
        self.sections.append(sec)
        return sec

    def walk(self, node: Any, sec: Section, depth: int, key: str = "") -> None:
        import yaml

        self.nodes += 1
        if self.nodes > MAX_NODES or depth > MAX_DEPTH:
            raise LimitExceeded(f"nests YAML deeper than {MAX_DEPTH} levels or holds more than {MAX_NODES:,} nodes")
        if id(node) in self.seen:
            return  # an alias: read once
        self.seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            text = str(node.value).strip()
            if text and not text.replace(".", "").isdigit():
                prefix = f"{_humanise(key)}: " if key and len(text) < 200 and "\n" not in text else ""
                sec.blocks.append(TextBlock(text=prefix + text, location=self.loc(node), kind="paragraph"))
            elif text and key:
                sec.blocks.append(TextBlock(text=f"{_humanise(key)}: {text}", location=self.loc(node), kind="paragraph"))
            return
        if isinstance(node, yaml.SequenceNode):
            table = self._table(node)
            if table is not None:
                sec.blocks.append(table)
                return
            for item in node.value:
                if isinstance(item, yaml.ScalarNode):
                    t = str(item.value).strip()
                    if t:
                        sec.blocks.append(TextBlock(text=t, location=self.loc(item), kind="list_item"))
                else:
                    self.walk(item, sec, depth + 1, key)
            return
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                name = str(getattr(k, "value", ""))
                if isinstance(v, yaml.ScalarNode):
                    self.walk(v, sec, depth + 1, name)
                else:
                    child = self.section(_humanise(name), k) if depth <= 3 else sec
                    self.walk(v, child, depth + 1, name)

    def _table(self, node: Any) -> TextBlock | None:
        """A list of mappings with scalar (or list-of-number) values: a table."""
        import yaml

        rows = node.value
        if len(rows) < 1 or not all(isinstance(r, yaml.MappingNode) for r in rows):
            return None
        cols: list[str] = []
        records: list[dict[str, str]] = []
        for r in rows:
            rec: dict[str, str] = {}
            for k, v in r.value:
                name = str(getattr(k, "value", ""))
                if isinstance(v, yaml.ScalarNode):
                    rec[name] = str(v.value)
                elif isinstance(v, yaml.SequenceNode) and all(isinstance(x, yaml.ScalarNode) for x in v.value):
                    for i, x in enumerate(v.value, start=1):
                        rec[f"{name} year {i}"] = str(x.value)
                else:
                    return None
            for name in rec:
                if name not in cols:
                    cols.append(name)
            records.append(rec)
        if len(cols) < 2:
            return None
        lines = [" | ".join(_humanise(c) if not c[-1].isdigit() else c.replace("_", " ") for c in cols)]
        for rec in records:
            lines.append(" | ".join(rec.get(c, "").replace("|", "/") for c in cols))
        return TextBlock(text="\n".join(lines), location=Location(path=self.display, line=max(1, node.start_mark.line)), kind="table")


def parse(path: Path, *, display_path: str, lexicons: dict[str, Any] | None = None) -> Manuscript:
    import yaml

    text = read_text(path, what="YAML")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise NotUnderstood(f"is not valid YAML{where}") from None
    if root is None:
        raise NotUnderstood("is an empty YAML document")
    w = _Walker(display_path)
    top = w.section("", root)
    w.walk(root, top, 0)
    sections = [s for s in w.sections if s.blocks]
    title = None
    for s in sections:
        for b in s.blocks:
            if b.text.lower().startswith(("title: ", "name: ")):
                title = b.text.split(": ", 1)[1][:200]
                break
        if title:
            break
    return Manuscript(path=display_path, format="markdown", title=title, sections=sections)
