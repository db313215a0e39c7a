"""Class names: descriptors (`La/b/C;`) and the binary names Java APIs take (`a.b.C`)."""

from __future__ import annotations

_PRIMITIVES = {"int": "I", "long": "J", "boolean": "Z", "byte": "B", "char": "C", "short": "S",
               "float": "F", "double": "D", "void": "V"}  # fmt: skip
_PRIMITIVE_NAMES = {v: k for k, v in _PRIMITIVES.items()}


def binary_to_descriptor(name: str) -> str:
    """`a.b.C` -> `La/b/C;`; `[I` and `[La.b.C;` keep their form; `int` -> `I`."""
    if name.startswith("["):
        return name.replace(".", "/")
    if name in _PRIMITIVES:
        return _PRIMITIVES[name]
    return "L" + name.replace(".", "/") + ";"


def descriptor_to_binary(desc: str) -> str:
    """`La/b/C;` -> `a.b.C`; arrays keep their form with dots; `I` -> `int`."""
    if desc.startswith("L") and desc.endswith(";"):
        return desc[1:-1].replace("/", ".")
    if desc.startswith("["):
        return desc.replace("/", ".")
    return _PRIMITIVE_NAMES.get(desc, desc)
