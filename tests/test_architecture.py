"""The layering the design fixes: the domain runs without Qt; views reach SQL and openpyxl only through the domain."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import deque
from collections.abc import Iterable, Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The parts of the package whose import graph must have no cycle: all of it.
ACYCLIC = ("desktop",)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_domain_imports_and_runs_with_qt_absent() -> None:
    # A meta-path finder that refuses PySide6 stands in for a machine without Qt.
    script = """
import importlib, pkgutil, sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {'PySide6', 'shiboken6'}:
            raise ImportError('Qt is not allowed in the domain: ' + name)
sys.meta_path.insert(0, NoQt())
import desktop.models
for info in pkgutil.walk_packages(desktop.models.__path__, 'desktop.models.'):
    if '.migrations' in info.name:
        continue
    importlib.import_module(info.name)
print('ok')
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_views_touch_no_sql_or_openpyxl() -> None:
    forbidden = {"sqlalchemy", "sqlite3", "alembic", "openpyxl"}
    offenders = {
        str(path.relative_to(REPO)): sorted(_imports(path) & forbidden)
        for path in (REPO / "desktop" / "views").rglob("*.py")
        if _imports(path) & forbidden
    }
    assert offenders == {}


def test_domain_source_never_names_qt() -> None:
    offenders = [
        str(path.relative_to(REPO))
        for path in (REPO / "desktop" / "models").rglob("*.py")
        if {"PySide6", "shiboken6"} & _imports(path)
    ]
    assert offenders == []


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _desktop_modules() -> dict[str, Path]:
    # Alembic's migration scripts are loaded by Alembic from files, never imported by the package.
    return {_module_name(path): path for path in (REPO / "desktop").rglob("*.py") if "migrations" not in path.parts}


def _dependencies(name: str, path: Path, modules: Mapping[str, Path]) -> set[str]:
    """Every module of the package ``name`` imports: at module level, under TYPE_CHECKING, or inside a function.

    A deferred import is still a dependency: it only moves the cost, not the layering.
    """
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:  # "from package import module" depends on the module itself
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
    return {module for module in found if module in modules and module != name}


def _unit(module: str) -> str:
    """The unit of layering: a sub-package of ``desktop.models``/``desktop.views`` or a module beside them."""
    return ".".join(module.split(".")[:3])


def _cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """One shortest cycle through each strongly connected group of ``graph``, as the path that closes it."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm; the graph is small enough for recursion
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group: set[str] = set()
            while node not in group:
                group.add(stack.pop())
            if len(group) > 1:
                groups.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_shortest_cycle(graph, group) for group in groups]


def _shortest_cycle(graph: Mapping[str, Iterable[str]], group: set[str]) -> list[str]:
    start = min(group)
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for target in sorted(graph.get(node, ())):
            if target == start:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return [start, *reversed(path[:-1]), start]
            if target in group and target not in came_from:
                came_from[target] = node
                queue.append(target)
    raise AssertionError(f"no cycle through {start}")


def _import_graphs() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The module graph of ``desktop`` and the same graph between units (sub-packages and modules beside them)."""
    modules = _desktop_modules()
    graph = {name: _dependencies(name, path, modules) for name, path in modules.items()}
    units: dict[str, set[str]] = {}
    for name, targets in graph.items():
        units.setdefault(_unit(name), set()).update(_unit(t) for t in targets if _unit(t) != _unit(name))
    return graph, units


def _covered(cycle: list[str]) -> bool:
    return any(node == root or node.startswith(f"{root}.") for node in cycle for root in ACYCLIC)


def test_no_import_cycles() -> None:
    """Neither modules nor packages import each other in a circle: each layer builds only on the ones below."""
    module_graph, unit_graph = _import_graphs()
    cycles = [" → ".join(cycle) for cycle in _cycles(module_graph) + _cycles(unit_graph) if _covered(cycle)]
    assert cycles == []


def test_the_cycle_finder_names_a_cycle() -> None:
    # The finder itself, on a graph shaped like the package (a cycle through three units, and one leaf).
    graph = {"matching": {"analysis", "text"}, "analysis": {"plan"}, "plan": {"matching"}, "text": set()}
    assert _cycles(graph) == [["analysis", "plan", "matching", "analysis"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []
