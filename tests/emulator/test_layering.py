"""The emulator's layering: the interpreter imports no framework model, and each model lives in
the module of its Java/Android package (docs/emulator.md, "Adding a model")."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path
from types import CodeType

from dexlego.emulator.framework import registry

EMULATOR = Path(__file__).resolve().parents[2] / "dexlego" / "emulator"
GROUPED = {"org.apache.http": "org.apache_http"}  # one legacy library, one module


def _module_of(descriptor: str) -> str:
    package = descriptor[1:].rsplit("/", 1)[0].replace("/", ".")
    for prefix, module in GROUPED.items():
        if package == prefix or package.startswith(prefix + "."):
            return module
    top, _, rest = package.partition(".")
    return f"{top}.{rest.replace('.', '_')}" if rest else top


def test_the_vm_imports_no_framework_module() -> None:
    for path in sorted((EMULATOR / "vm").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("dexlego.emulator.framework"), path.name


def test_every_model_lives_in_the_module_of_its_package() -> None:
    registry.load_all()
    classes_of: dict[CodeType, set[str]] = defaultdict(set)
    module_of_code: dict[CodeType, str] = {}
    for key, fn in [*registry.METHODS.items(), *registry.BY_NAME.items()]:
        classes_of[fn.__code__].add(key.split("->")[0])  # loop closures share their code
        module_of_code[fn.__code__] = fn.__module__
    misplaced = {}
    for code, classes in classes_of.items():
        module = module_of_code[code].removeprefix("dexlego.emulator.framework.")
        if module not in {_module_of(c) for c in classes}:
            misplaced[f"{module}.{code.co_name}"] = sorted(classes)
    assert misplaced == {}
    assert set(registry.MODULES) == {
        str(p.relative_to(EMULATOR / "framework").with_suffix("")).replace("/", ".")
        for p in (EMULATOR / "framework").glob("*/*.py")
        if p.name != "__init__.py"
    }
