"""The package's folders show its architecture: no module imports itself back, nor any folder another
that imports it. Imports are read with ``ast`` from the source, lazily imported ones included."""
from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

KG = Path(__file__).resolve().parent.parent / "kg"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(KG.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """kg modules named by every import statement in ``path`` (a ``from pkg import mod`` names mod)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.split(".")[0] == "kg"}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([base] if base else []))
            if base.split(".")[0] != "kg":
                continue
            for a in node.names:
                out.add(f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base)
    return {m for m in out if m in modules and m != name}


def import_graph() -> nx.DiGraph:
    files = sorted(KG.rglob("*.py"))
    modules = {_module_name(f) for f in files}
    g = nx.DiGraph()
    g.add_nodes_from(modules)
    for f in files:
        g.add_edges_from((_module_name(f), m) for m in _imports(f, modules))
    return g


def folder_of(module: str) -> str:
    """A subpackage of kg (its folder), or the module itself for kg's top-level modules."""
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 2 or (KG / parts[-1]).is_dir() else module


def folder_graph(g: nx.DiGraph) -> nx.DiGraph:
    f = nx.DiGraph()
    f.add_edges_from((folder_of(a), folder_of(b)) for a, b in g.edges if folder_of(a) != folder_of(b))
    return f


def test_no_module_imports_itself_back():
    cycles = list(nx.simple_cycles(import_graph()))
    assert not cycles, f"import cycles among kg's modules: {cycles}"


def test_no_two_folders_import_each_other():
    f = folder_graph(import_graph())
    cycles = [c for c in nx.simple_cycles(f) if all(n != "kg" for n in c)]
    assert not cycles, f"subpackages that import each other: {cycles}"


def test_the_top_of_the_package_holds_at_most_eight_modules():
    assert len(list(KG.glob("*.py"))) <= 8


@pytest.mark.parametrize("folder", sorted(p.name for p in KG.iterdir() if (p / "__init__.py").exists()))
def test_each_subpackage_says_what_comes_in_and_goes_out(folder):
    doc = ast.get_docstring(ast.parse((KG / folder / "__init__.py").read_text(encoding="utf-8")))
    assert doc and len(doc) > 60, f"kg/{folder}/__init__.py needs a docstring"


def test_the_walk_sees_a_cycle_when_there_is_one(tmp_path, monkeypatch):
    """The checks above can fail: a two-module package importing itself in a circle is caught."""
    pkg = tmp_path / "kg"
    (pkg / "a").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "a" / "__init__.py").write_text('"""a"""\n')
    (pkg / "a" / "x.py").write_text("from kg.b import y\n")
    (pkg / "b").mkdir()
    (pkg / "b" / "__init__.py").write_text("")
    (pkg / "b" / "y.py").write_text("def f():\n    from ..a import x\n")
    monkeypatch.setattr(__import__(__name__), "KG", pkg)
    g = import_graph()
    assert ("kg.a.x", "kg.b.y") in g.edges and ("kg.b.y", "kg.a.x") in g.edges
    assert list(nx.simple_cycles(folder_graph(g)))
