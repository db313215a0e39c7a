"""Data flows one way: the batch drivers (`dexlego triage`'s package, the DroidBench harness)
sit below the command line and never import it; the command line imports them."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_batch_drivers_do_not_import_the_cli() -> None:
    reaching_up = {
        str(path.relative_to(ROOT)): sorted(m for m in _imported_modules(path)
                                            if m == "dexlego.cli" or m.startswith("dexlego.cli."))
        for package in ("dexlego/triage", "droidbench")
        for path in sorted((ROOT / package).rglob("*.py"))
    }
    assert {path: mods for path, mods in reaching_up.items() if mods} == {}
