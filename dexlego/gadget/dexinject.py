"""Make an app load a native library from its earliest code: `System.loadLibrary` in `<clinit>`.

Which classes: Android creates the app's objects in a fixed order when its process starts
(AOSP `ActivityThread.handleBindApplication`): the `android:appComponentFactory` (API 28+,
`LoadedApk.createAppFactory`), then the `Application` subclass (`makeApplication`), then content
providers, then the component the process was started for. So the call goes into the factory's
and the Application's class when the app declares them in its own DEX; without an Application,
into every manifest component (the process may start for any of them). A class is initialised
after its superclass (JLS 12.4.2), so each target is moved up to its topmost superclass defined in
the app's DEX. Loading a library twice is a no-op (`Runtime.loadLibrary0` returns when the loader
already holds it), so several targets cost nothing.

How: an absent `<clinit>` is created (`const-string`, `invoke-static`, `return-void`); an
existing one gets the two instructions in front, in v0 — at the entry of a static method with
no parameters no register holds a value, so v0 is free there and the original code, which the
verifier proves never reads a register before writing it, keeps its meaning. The DEX files are
rewritten with our writer; only files that define a target change.
"""

from __future__ import annotations

from dataclasses import dataclass

from dexlego.gadget.errors import GadgetError
from reassembler.dex.builder import make_code
from reassembler.dex.codec import instruction_units, make
from reassembler.dex.errors import DexError
from reassembler.dex.model import ClassDef, Code, CodeItem, DexFile, Method, MethodRef, Proto
from reassembler.dex.reader import read_dex
from reassembler.dex.writer import write_dex

ACC_STATIC = 0x8
ACC_INTERFACE = 0x200
ACC_CONSTRUCTOR = 0x10000
LOAD_LIBRARY = MethodRef("Ljava/lang/System;", "loadLibrary", Proto("V", ("Ljava/lang/String;",)))
CLINIT = "<clinit>"


@dataclass(frozen=True)
class Injection:
    cls: str  # descriptor of the class whose <clinit> loads the library
    dex: str  # the DEX entry defining it
    created_clinit: bool
    because_of: tuple[str, ...]  # the manifest classes this one initialises before


def binary_to_descriptor(name: str) -> str:
    return "L" + name.replace(".", "/") + ";"


def _load_call(library: str, first_address: int) -> list[CodeItem]:
    return [make("const-string", [0], None, library, address=first_address),
            make("invoke-static", [0], None, LOAD_LIBRARY, address=first_address + 2)]


def prepend_load(code: Code, library: str) -> None:
    """Put `System.loadLibrary(library)` (in v0) in front of a `<clinit>` body."""
    end = max((i.address + instruction_units(i) for i in code.items), default=0)
    # Fresh addresses past the end (and past the input end a try may name) keep every target.
    load = _load_call(library, end + 2)
    code.items[:0] = load
    code.registers = max(code.registers, 1)
    code.outs = max(code.outs, 1)


def new_clinit(cls: str, library: str) -> Method:
    code = make_code([("const-string", "v0", library),
                      ("invoke-static", "v0", str(LOAD_LIBRARY)),
                      ("return-void",)], registers=1, ins=0)
    return Method(MethodRef(cls, CLINIT, Proto("V", ())), ACC_STATIC | ACC_CONSTRUCTOR, code)


def inject_class(cls: ClassDef, library: str) -> bool:
    """Add the load to `cls`'s static initializer; True when the initializer was created."""
    for m in cls.direct_methods:
        if m.ref.name == CLINIT:
            if m.code is None:
                raise GadgetError(f"{cls.type}: <clinit> has no code")
            prepend_load(m.code, library)
            return False
    cls.direct_methods.append(new_clinit(cls.type, library))
    return True


def _topmost(desc: str, defined: dict[str, tuple[str, ClassDef]]) -> str:
    seen = {desc}
    while True:
        sup = defined[desc][1].superclass
        if sup is None or sup not in defined or sup in seen:
            return desc
        desc = sup
        seen.add(desc)


def inject_load_library(dex_files: list[tuple[str, bytes]], entry_classes: list[str],
                        library: str) -> tuple[dict[str, bytes], list[Injection]]:
    """Rewrite the DEX files so the first of `entry_classes` to initialise loads `library`.

    `dex_files` are (entry name, bytes) in load order; returns the rewritten entries by name and
    what was injected. GadgetError when no entry class is defined in the app's DEX.
    """
    parsed: dict[str, DexFile] = {}
    defined: dict[str, tuple[str, ClassDef]] = {}
    try:
        for name, data in dex_files:
            parsed[name] = read_dex(data, name=name)
            for c in parsed[name].classes:
                defined.setdefault(c.type, (name, c))  # the first definition wins, as in ART
    except DexError as exc:
        # Reading junk code as "throws VerifyError" (as the reassembler may) would change what the
        # app runs, e.g. code a packer's native part repairs; a repackaging must not.
        raise GadgetError(f"the DEX cannot be rewritten unchanged: {exc}"
                          " (--mode needed avoids touching the DEX when the app ships native code)") from None
    targets: dict[str, list[str]] = {}
    for entry in entry_classes:
        if entry in defined and not defined[entry][1].access & ACC_INTERFACE:
            targets.setdefault(_topmost(entry, defined), []).append(entry)
    if not targets:
        raise GadgetError("none of the app's entry classes (" + ", ".join(entry_classes[:5])
                          + (", ..." if len(entry_classes) > 5 else "") + ") is defined in its DEX")
    injections: list[Injection] = []
    for desc, because in targets.items():
        dex_name, cls = defined[desc]
        injections.append(Injection(desc, dex_name, inject_class(cls, library), tuple(because)))
    out: dict[str, bytes] = {}
    for dex_name in sorted({i.dex for i in injections}):
        dex = parsed[dex_name]
        try:
            out[dex_name] = write_dex(dex, version=dex.version)
        except DexError as exc:
            raise GadgetError(f"{dex_name}: cannot write the DEX with the load call: {exc}") from None
    return out, injections
