"""What an app's DEX code defines and references, read with androguard's DEX parser.

One pass over every method's instructions gives the app's classes and
methods, the methods and fields it references (with the invoke kind, which
decides whether a stub is static or an interface), and the call edges of each
app method. The stub jar generator and the androguard reachability adapter
both work from this.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field

from analyzers.base import AnalyzerError

# invoke opcodes -> kind (35c and 3rc forms)
_INVOKE_KINDS = {
    0x6E: "virtual", 0x6F: "super", 0x70: "direct", 0x71: "static", 0x72: "interface",
    0x74: "virtual", 0x75: "super", 0x76: "direct", 0x77: "static", 0x78: "interface",
}
_IFIELD_OPS = range(0x52, 0x60)
_SFIELD_OPS = range(0x60, 0x6E)


@dataclass(frozen=True, slots=True, order=True)
class MethodKey:
    class_: str
    name: str
    descriptor: str  # (params)ret without spaces

    def __str__(self) -> str:
        return f"{self.class_}->{self.name}{self.descriptor}"


@dataclass(slots=True)
class AppClass:
    name: str
    super_name: str | None
    interfaces: list[str]
    is_interface: bool
    methods: set[tuple[str, str]] = field(default_factory=set)  # (name, descriptor)
    fields: set[tuple[str, str]] = field(default_factory=set)  # declared: (name, type)


@dataclass(slots=True)
class AppRefs:
    classes: dict[str, AppClass] = field(default_factory=dict)
    # method reference -> invoke kinds seen
    method_refs: dict[MethodKey, set[str]] = field(default_factory=dict)
    # field (class, name, type) -> static?
    field_refs: dict[tuple[str, str, str], bool] = field(default_factory=dict)
    field_writes: set[tuple[str, str, str]] = field(default_factory=set)
    field_reads: set[tuple[str, str, str]] = field(default_factory=set)
    # app method -> (invoke kind, callee reference) in code order
    calls: dict[MethodKey, list[tuple[str, MethodKey]]] = field(default_factory=dict)
    # app method -> strings it loads with const-string (reflection targets are often here)
    strings: dict[MethodKey, list[str]] = field(default_factory=dict)


def parameter_types(descriptor: str) -> list[str]:
    """The parameter type descriptors of a method descriptor `(I[Ljava/lang/String;)V`."""
    params = descriptor[1 : descriptor.index(")")]
    out, i = [], 0
    while i < len(params):
        j = i
        while params[j] == "[":
            j += 1
        j = params.index(";", j) if params[j] == "L" else j
        out.append(params[i : j + 1])
        i = j + 1
    return out


def _descriptor(raw: str) -> str:
    return raw.replace(" ", "")


_CACHE: dict[str, AppRefs] = {}  # adapters run one after another on one app: parse it once
_CACHE_SIZE = 2


def read_refs(images: list[bytes]) -> AppRefs:
    """Parse DEX images (cached for the last few inputs; callers must not mutate the result);
    AnalyzerError (one line) when androguard cannot parse one."""
    digest = hashlib.sha256(b"".join(hashlib.sha256(i).digest() for i in images)).hexdigest()
    cached = _CACHE.get(digest)
    if cached is None:
        cached = _read_refs(images)
        while len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[digest] = cached
    return cached


def _read_refs(images: list[bytes]) -> AppRefs:
    from androguard.core.dex import DEX

    # androguard logs through loguru at DEBUG level by default; silence it for library use
    try:
        from loguru import logger

        logger.disable("androguard")
    except ImportError:  # pragma: no cover - loguru comes with androguard
        logging.getLogger("androguard").setLevel(logging.WARNING)

    refs = AppRefs()
    for n, data in enumerate(images):
        try:
            dex = DEX(data)
            _read_one(dex, refs)
        except AnalyzerError:
            raise
        except Exception as exc:  # noqa: BLE001 - androguard raises many types on bad input
            raise AnalyzerError(
                f"DEX #{n + 1}: cannot parse: {type(exc).__name__}: {str(exc)[:120]}"
            ) from None
    return refs


def _read_one(dex: object, refs: AppRefs) -> None:
    cm = dex.get_class_manager()  # type: ignore[attr-defined]
    for cls in dex.get_classes():  # type: ignore[attr-defined]
        name = cls.get_name()
        sup = cls.get_superclassname()
        is_iface = bool(cls.get_access_flags() & 0x200)
        app = AppClass(name, sup if sup and sup != "None" else None,
                       list(cls.get_interfaces() or []), is_iface)
        app = refs.classes.setdefault(name, app)
        app.fields.update((f.get_name(), f.get_descriptor()) for f in cls.get_fields())
        for em in cls.get_methods():
            key = MethodKey(name, em.get_name(), _descriptor(em.get_descriptor()))
            app.methods.add((key.name, key.descriptor))
            calls = refs.calls.setdefault(key, [])
            if em.get_code() is None:
                continue
            for ins in em.get_instructions():
                op = ins.get_op_value()
                kind = _INVOKE_KINDS.get(op)
                if kind is not None:
                    ref = cm.get_method_ref(ins.BBBB)
                    callee = MethodKey(ref.get_class_name(), ref.get_name(),
                                       _descriptor(ref.get_descriptor()))
                    refs.method_refs.setdefault(callee, set()).add(kind)
                    calls.append((kind, callee))
                elif op in _IFIELD_OPS or op in _SFIELD_OPS:
                    fref = cm.get_field_ref(ins.CCCC if op in _IFIELD_OPS else ins.BBBB)
                    fkey = (fref.get_class_name(), fref.get_name(), fref.get_type())
                    refs.field_refs[fkey] = op in _SFIELD_OPS
                    # iput*/sput* are the upper 7 opcodes of each 14-opcode group
                    is_write = (op - (0x60 if op in _SFIELD_OPS else 0x52)) >= 7
                    (refs.field_writes if is_write else refs.field_reads).add(fkey)
                elif op == 0x1A or op == 0x1B:  # const-string, const-string/jumbo
                    idx = ins.BBBB if op == 0x1A else ins.BBBBBBBB
                    refs.strings.setdefault(key, []).append(str(cm.get_string(idx)))


def declaring_class(refs: AppRefs, cls: str, name: str, type_: str) -> str | None:
    """The app class that declares the field a reference `cls.name:type_` resolves to, as the
    JVM resolves it (JVMS 5.4.3.2: the class, then its superinterfaces, then its superclass);
    None when no app class declares it (a framework field, or a missing one)."""
    seen: set[str] = set()
    todo = [cls]
    while todo:
        cur = todo.pop(0)
        app = refs.classes.get(cur)
        if app is None or cur in seen:
            continue
        seen.add(cur)
        if (name, type_) in app.fields:
            return cur
        todo[:0] = [*app.interfaces, *([app.super_name] if app.super_name else [])]
    return None
