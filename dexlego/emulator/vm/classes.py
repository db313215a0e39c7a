"""Runtime classes and methods: app classes from DEX, framework models, phantoms, arrays."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reassembler.dex.model import ClassDef, Code, Method, Proto

if TYPE_CHECKING:
    from dexlego.emulator.dexload import LoadedDex
    from dexlego.emulator.vm.natives import NativeFn
    from dexlego.emulator.vm.objects import JObject

ACC_STATIC = 0x8
ACC_INTERFACE = 0x200
ACC_ABSTRACT = 0x400
ACC_NATIVE = 0x100

APP, MODEL, PHANTOM, ARRAY, PRIMITIVE = "app", "model", "phantom", "array", "primitive"


@dataclass(slots=True)
class CodeVersion:
    """A body a method ran with before native code rewrote it in memory (kept for the trace)."""

    insns: bytes
    registers: int
    ins: int
    outs: int
    tries: list[Any]  # the model's TryBlocks
    decoded: list[tuple[Any, ...]]
    hits: bytearray
    calls: int


class RMethod:
    """A method as the emulator runs it: bytecode (lazily decoded) or a Python model."""

    __slots__ = (
        "cls", "name", "proto", "key", "sig", "access", "is_static", "code", "native",
        "decoded", "tries", "hits", "calls", "dex", "unmodeled", "versions",
    )  # fmt: skip

    def __init__(
        self,
        cls: RClass,
        name: str,
        proto: Proto,
        access: int,
        code: Code | None = None,
        native: NativeFn | None = None,
        dex: LoadedDex | None = None,
    ) -> None:
        self.cls = cls
        self.name = name
        self.proto = proto
        self.key = f"{name}{proto}"
        self.sig = f"{cls.name}->{self.key}"
        self.access = access
        self.is_static = bool(access & ACC_STATIC)
        self.code = code
        self.native = native
        self.dex = dex
        self.decoded: list[tuple[Any, ...]] | None = None
        self.tries: list[tuple[int, int, tuple[tuple[str, int], ...], int | None]] = []
        self.hits: bytearray | None = None
        self.calls = 0
        self.unmodeled = False
        self.versions: list[CodeVersion] = []  # earlier bodies, oldest first

    @property
    def is_bytecode(self) -> bool:
        return self.code is not None

    def __repr__(self) -> str:
        return self.sig


class RClass:
    """A loaded class: its hierarchy, methods, static state and initialisation state."""

    __slots__ = (
        "name", "kind", "superclass", "interfaces", "cdef", "dex", "loader", "methods",
        "vcache", "statics", "static_types", "init_state", "mirror", "is_interface",
        "assign_cache", "instance_fields", "access", "static_dups",
    )  # fmt: skip

    def __init__(
        self,
        name: str,
        kind: str,
        superclass: RClass | None,
        interfaces: list[RClass],
        *,
        is_interface: bool = False,
        cdef: ClassDef | None = None,
        dex: LoadedDex | None = None,
        loader: Any = None,
    ) -> None:
        self.name = name
        self.kind = kind
        self.superclass = superclass
        self.interfaces = interfaces
        self.cdef = cdef
        self.dex = dex
        self.loader = loader
        self.is_interface = is_interface
        self.access = cdef.access if cdef is not None else 0x1
        self.methods: dict[str, RMethod] = {}
        self.vcache: dict[str, RMethod | None] = {}
        self.statics: dict[str, Any] = {}
        self.static_types: dict[str, str] = {}
        self.instance_fields: dict[str, str] = {}
        self.static_dups: set[str] = set()  # static field names declared with several types
        # 0 = not initialised, 1 = running <clinit>, 2 = done (as in the JLS).
        self.init_state = 0 if kind == APP else 2
        self.mirror: JObject | None = None
        self.assign_cache: dict[str, bool] = {}
        if cdef is not None:
            for m in cdef.methods():
                self._add(m, dex)
            seen: set[str] = set()
            for f in cdef.static_fields:
                if f.ref.name in seen:
                    self.static_dups.add(f.ref.name)
                seen.add(f.ref.name)
                self.static_types.setdefault(f.ref.name, f.ref.type)
            for f in cdef.instance_fields:
                self.instance_fields[f.ref.name] = f.ref.type

    def static_key(self, name: str, ftype: str) -> str:
        """Where `statics` keeps static field `name` of type `ftype` (DEX tells a class's
        fields apart by name and type, and obfuscators give several the same name)."""
        return f"{name}:{ftype}" if name in self.static_dups else name

    def _add(self, m: Method, dex: LoadedDex | None) -> None:
        rm = RMethod(self, m.ref.name, m.ref.proto, m.access, m.code, None, dex)
        self.methods[rm.key] = rm

    def ancestors(self) -> list[RClass]:
        """This class, then its superclasses, then every interface (breadth first)."""
        out: list[RClass] = []
        c: RClass | None = self
        while c is not None:
            out.append(c)
            c = c.superclass
        seen = {x.name for x in out}
        queue = [i for x in list(out) for i in x.interfaces]
        while queue:
            i = queue.pop(0)
            if i.name in seen:
                continue
            seen.add(i.name)
            out.append(i)
            queue.extend(i.interfaces)
        return out

    def has_phantom_ancestor(self) -> bool:
        return any(c.kind == PHANTOM for c in self.ancestors())

    def __repr__(self) -> str:
        return f"<class {self.name}>"
