"""Method signatures in the two notations the catalog speaks: Soot's (FlowDroid's files,
`<a.b.C: int m(java.lang.String,int[])>`) and Dalvik's (the emulator's tags and the DEX,
`La/b/C;->m(Ljava/lang/String;[I)I`)."""

from __future__ import annotations

import re

PRIMITIVES = {"V": "void", "Z": "boolean", "B": "byte", "S": "short", "C": "char",
              "I": "int", "J": "long", "F": "float", "D": "double"}  # fmt: skip
_JAVA_PRIMITIVES = {v: k for k, v in PRIMITIVES.items()}
SOOT_METHOD = re.compile(r"^<([^:<>\s]+):\s+([^\s<>]+)\s+([^\s(<>]+|<init>|<clinit>)\(([^()]*)\)>$")


def descriptor(java_type: str) -> str:
    """`java.lang.String[]` -> `[Ljava/lang/String;`, `int` -> `I`."""
    t = java_type.strip()
    dims = 0
    while t.endswith("[]"):
        t, dims = t[:-2], dims + 1
    return "[" * dims + (_JAVA_PRIMITIVES.get(t) or "L" + t.replace(".", "/") + ";")


def java_type(desc: str) -> str:
    """`[Ljava/lang/String;` -> `java.lang.String[]`, `I` -> `int`."""
    base = desc.lstrip("[")
    dims = len(desc) - len(base)
    name = PRIMITIVES.get(base) or base[1:-1].replace("/", ".")
    return name + "[]" * dims


def parse_soot(sig: str) -> tuple[str, str, tuple[str, ...], str]:
    """`<a.B: int m(java.lang.String)>` -> (`La/B;`, `m`, (`Ljava/lang/String;`,), `I`).

    Raises ValueError on anything else."""
    m = SOOT_METHOD.match(sig.strip())
    if m is None:
        raise ValueError(f"not a Soot method signature: {sig!r}")
    cls, ret, name, params = m.groups()
    args = tuple(descriptor(p) for p in params.split(",") if p.strip())
    return descriptor(cls), name, args, descriptor(ret)


def soot(class_: str, name: str, params: tuple[str, ...], ret: str) -> str:
    """The Soot signature of a method given in descriptors."""
    return f"<{java_type(class_)}: {java_type(ret)} {name}({','.join(java_type(p) for p in params)})>"


def dalvik(class_: str, name: str, params: tuple[str, ...], ret: str) -> str:
    """The Dalvik signature (`Lc;->name(params)ret`) of a method given in descriptors."""
    return f"{class_}->{name}({''.join(params)}){ret}"
