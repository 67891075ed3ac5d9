"""Statistics read records only through ``records.selectors``, never its models."""

from __future__ import annotations

import ast
from pathlib import Path

import tukipiste.stats

STATS = Path(tukipiste.stats.__file__).parent
FORBIDDEN = "tukipiste.records.models"


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_statistics_never_import_the_records_models() -> None:
    found = sorted(
        f"{path.relative_to(STATS)}: {name}"
        for path in STATS.rglob("*.py")
        for name in imported_modules(path)
        if name == FORBIDDEN or name.startswith(f"{FORBIDDEN}.")
    )
    assert not found
