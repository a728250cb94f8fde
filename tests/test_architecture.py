"""The package's layers, read from its import statements (module level and
inside functions alike): no module imports itself back through others, and
each layer uses only the layers beneath it."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "techcost"


def _modules() -> dict[str, Path]:
    out = {}
    for f in SRC.rglob("*.py"):
        parts = list(f.relative_to(SRC.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = f
    return out


def _targets(mod: str, is_pkg: bool, node: ast.AST, mods: dict[str, Path]) -> list[str]:
    names: list[str] = []
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            base = mod.split(".") if is_pkg else mod.split(".")[:-1]
            base = base[: len(base) - (node.level - 1)]
            target = ".".join(base + ([node.module] if node.module else []))
        else:
            target = node.module or ""
        names = [f"{target}.{a.name}" if f"{target}.{a.name}" in mods else target for a in node.names]
    out = []
    for t in names:
        while t not in mods and "." in t:
            t = t.rsplit(".", 1)[0]
        if t in mods and t.startswith("techcost"):
            out.append(t)
    return out


def import_graph() -> dict[str, set[str]]:
    mods = _modules()
    graph: dict[str, set[str]] = {}
    for m, f in mods.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for t in _targets(m, f.name == "__init__.py", node, mods):
                    if t == m:
                        continue
                    deps.add(t)
                    # importing a.b.c runs a and a.b first
                    parts = t.split(".")
                    for i in range(2, len(parts)):
                        parent = ".".join(parts[:i])
                        if parent in mods and not m.startswith(parent + ".") and parent != m:
                            deps.add(parent)
        graph[m] = deps
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "techcost"


def layer_graph() -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for m, deps in import_graph().items():
        for d in deps:
            if layer(d) != layer(m):
                out[layer(m)].add(layer(d))
    return out


def test_no_module_imports_itself_back():
    assert cycles(import_graph()) == []


def test_no_layer_depends_on_itself_through_another():
    g = layer_graph()
    g.pop("techcost", None)  # the package door re-exports the library surface
    assert cycles(g) == []


def test_layers_point_down():
    g = layer_graph()
    upper = {"api", "cli", "reporters", "portfolio", "evaluation", "annotate", "__main__"}
    assert not g["model"], "the data model stands alone"
    for low_layer in ("model", "parsers", "analysis", "kinds", "engine", "revisions", "amounts", "costing", "policy"):
        assert not (g[low_layer] & upper), f"{low_layer} imports {sorted(g[low_layer] & upper)}"
    assert not (g["parsers"] & {"engine", "kinds"}), "parsers extract structure only"
    assert "cli" not in g["api"] and "reporters" not in g["api"], "the library does not format output"


def test_checker_sees_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
