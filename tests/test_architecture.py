"""The layering the design fixes: the domain runs without Qt; views reach SQL and openpyxl only through the domain."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


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
