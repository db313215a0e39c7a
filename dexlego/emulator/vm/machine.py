"""The virtual machine: class table, invocation, exceptions, static state, budget.

Framework models call back into it (`call_virtual`, `invoke`, `throwable`, `new_object`...),
and the driver runs entry points through `call_virtual` and drains `tasks`.
"""

from __future__ import annotations

import random
import sys
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from dexlego.emulator.errors import StopRun, ThreadBlocked
from dexlego.emulator.vm.arith import as_double, as_float
from dexlego.emulator.vm.classes import (
    ACC_ABSTRACT,
    ACC_INTERFACE,
    ACC_NATIVE,
    APP,
    ARRAY,
    MODEL,
    PHANTOM,
    PRIMITIVE,
    CodeVersion,
    RClass,
    RMethod,
)
from dexlego.emulator.vm.heap import DEFAULT_HEAP_BYTES, Heap
from dexlego.emulator.vm.interp import Frame, InvokeSite, JavaThrow, decode
from dexlego.emulator.vm.natives import NativeFn, Natives
from dexlego.emulator.vm.objects import JArray, JObject, default_value
from dexlego.emulator.vm.unmodeled import UnmodeledCall
from reassembler.dex.errors import DexError
from reassembler.dex.model import EncodedValue, FieldRef, MethodRef, Proto, ValueKind
from reassembler.sigs import split_types

if TYPE_CHECKING:
    from dexlego.emulator.dexload import LoadedDex
    from dexlego.emulator.recorder import Recorder  # noqa: F401

OBJECT = "Ljava/lang/Object;"
STRING = "Ljava/lang/String;"
STRING_TYPES = frozenset(
    {OBJECT, STRING, "Ljava/lang/CharSequence;", "Ljava/lang/Comparable;", "Ljava/io/Serializable;"}
)
FRAMEWORK_PREFIXES = (
    "Landroid/", "Ljava/", "Ljavax/", "Ldalvik/", "Lorg/apache/", "Lorg/json/", "Lorg/w3c/",
    "Lorg/xml/", "Lorg/xmlpull/", "Lsun/", "Llibcore/", "Lcom/android/", "Ljunit/",
)  # fmt: skip
MAX_DEPTH = 200
_PY_ERRORS = (
    TypeError, AttributeError, ValueError, KeyError, IndexError, OverflowError,
    ZeroDivisionError, RecursionError, AssertionError, UnicodeError,
)  # fmt: skip


class Loader:
    """A class loader: the DEX images it defines classes from, and its parent."""

    def __init__(self, name: str, parent: Loader | None) -> None:
        self.name = name
        self.parent = parent
        self.dexes: list[LoadedDex] = []
        self.defs: dict[str, tuple[Any, LoadedDex]] = {}
        self.mirror: JObject | None = None

    def add(self, ld: LoadedDex) -> None:
        self.dexes.append(ld)
        for c in ld.dex.classes:
            self.defs.setdefault(c.type, (c, ld))

    def find_def(self, desc: str) -> tuple[Any, LoadedDex, Loader] | None:
        if self.parent is not None:
            found = self.parent.find_def(desc)
            if found is not None:
                return found
        d = self.defs.get(desc)
        return (d[0], d[1], self) if d is not None else None


class JavaLoader(Loader):
    """A class loader the app wrote (a `ClassLoader` subclass): it defines no class itself;
    what its parents lack, its own `findClass`/`loadClass` bytecode answers (`VM._load`)."""

    def __init__(self, name: str, parent: Loader | None, obj: JObject) -> None:
        super().__init__(name, parent)
        self.obj = obj
        self.mirror = obj


class VM:
    """One emulated process."""

    def __init__(
        self,
        recorder: Recorder,
        *,
        natives: Natives,
        budget: int = 2_000_000,
        timeout: float = 60.0,
        seed: int = 0,
        heap_bytes: int = DEFAULT_HEAP_BYTES,
    ) -> None:
        self.natives = natives  # the framework models (filled by framework/registry.py)
        self.rec = recorder
        self.budget = budget
        self.heap = Heap(heap_bytes)
        self.deadline = time.monotonic() + timeout
        self.icount = 0
        self.check_at = min(budget, 5000)
        self.rng = random.Random(seed)
        self.seed = seed
        self.classes: dict[str, RClass] = {}
        self._loading: set[str] = set()
        self.boot = Loader("BootClassLoader", None)
        self.app_loader = Loader("dalvik.system.PathClassLoader", self.boot)
        self.loaders: list[Loader] = [self.app_loader]
        self.stack: list[Frame] = []
        self.tasks: deque[Callable[[], None]] = deque()
        self.strings: dict[str, str] = {}
        self.sfields: dict[FieldRef, tuple[RClass, str]] = {}
        self.field_keys: dict[FieldRef, str] = {}  # instance field -> key in JObject.fields
        # A queued task (a background thread) runs at most this many instructions (run_task).
        self.task_slice = max(100_000, budget // 8)
        self.slice_end: int | None = None
        self.unmodeled_methods: dict[str, RMethod] = {}
        self._contracted: dict[tuple[RMethod, str | None, str | None, bool, bool], RMethod] = {}
        self.cur_native: RMethod | None = None  # the model being called (shared bodies ask)
        self.invokers = (
            _invoke_virtual,
            _invoke_super,
            _invoke_direct,
            _invoke_static,
            _invoke_virtual,
        )
        # Per-run state the framework models share (the app, its components, files, prefs...).
        self.env: dict[str, Any] = {}
        # Finds the native code of an app `native` method once a library is loaded (native/).
        self.native_resolver: Callable[[VM, RMethod], NativeFn | None] | None = None
        self.stale_code = False  # some frame runs a body native code has since rewritten
        # An exploring run (dexlego/emulator/explore/) instruments each method's decoding and
        # the results of unmodeled calls; plain runs leave both None and pay nothing.
        self.code_hook: Callable[[RMethod, list[Any]], list[Any]] | None = None
        self.unmodeled_hook: Callable[[str, NativeFn], NativeFn] | None = None
        if sys.getrecursionlimit() < 20000:
            sys.setrecursionlimit(20000)

    # -- budget --------------------------------------------------------------------------

    def checkpoint(self) -> None:
        if self.icount >= self.budget:
            raise StopRun(f"instruction budget of {self.budget} exhausted")
        if time.monotonic() > self.deadline:
            raise StopRun("timeout")
        self.heap.watch()
        if self.slice_end is not None and self.icount >= self.slice_end:
            self.slice_end = None
            raise ThreadBlocked(f"its time slice ({self.task_slice} instructions); set aside")
        self.check_at = min(self.budget, self.icount + 5000)
        if self.slice_end is not None:
            self.check_at = min(self.check_at, self.slice_end)
        if self.stale_code:
            if any(f.code is not f.method.decoded for f in self.stack):
                self.check_at = self.icount + 1  # each such frame switches at its next instruction
            else:
                self.stale_code = False

    # -- classes -------------------------------------------------------------------------

    def intern(self, s: str) -> str:
        return self.strings.setdefault(s, s)

    def find_class(self, desc: str, loader: Loader | None = None) -> RClass | None:
        """The runtime class for `desc`, loading it on first use; None if it does not exist."""
        rc = self.classes.get(desc)
        if rc is not None:
            return rc
        if desc in self._loading:
            return None  # circular hierarchy in a malformed DEX
        self._loading.add(desc)
        try:
            rc = self._load(desc, loader or self.app_loader)
        finally:
            self._loading.discard(desc)
        if rc is not None:
            self.classes[desc] = rc
        return rc

    def _load(self, desc: str, loader: Loader) -> RClass | None:
        if desc[0] == "[":
            return RClass(desc, ARRAY, self.find_class(OBJECT), [])
        if len(desc) == 1:
            return RClass(desc, PRIMITIVE, None, [])
        if desc[0] != "L" or not desc.endswith(";"):
            return None
        mc = self.natives.classes.get(desc)
        if mc is not None:
            sup = self.find_class(mc.superclass) if mc.superclass else None
            ifs = [c for c in (self.find_class(i) for i in mc.interfaces) if c is not None]
            return RClass(desc, MODEL, sup, ifs, is_interface=mc.is_interface)
        found = loader.find_def(desc)
        if found is None:
            for other in self.loaders:
                if other is not loader:
                    found = other.find_def(desc)
                    if found is not None:
                        break
        if found is not None:
            cdef, ld, owner = found
            sup = self.find_class(cdef.superclass, owner) if cdef.superclass else None
            if sup is None and desc != OBJECT:
                sup = self.find_class(OBJECT)
            ifs = [c for c in (self.find_class(i, owner) for i in cdef.interfaces) if c]
            rc = RClass(
                desc, APP, sup, ifs,
                is_interface=bool(cdef.access & ACC_INTERFACE), cdef=cdef, dex=ld, loader=owner,
            )  # fmt: skip
            self.rec.class_loaded(desc, ld.sha256, owner.name)
            return rc
        if not desc.startswith(FRAMEWORK_PREFIXES):
            java = self._from_java_loaders(desc, loader)
            if java is not None:
                return java
        if desc.startswith(FRAMEWORK_PREFIXES):
            return RClass(desc, PHANTOM, self.find_class(OBJECT), [])
        return None

    def _from_java_loaders(self, desc: str, loader: Loader) -> RClass | None:
        """ClassLoader.loadClass's last step for the app's own loaders in `loader`'s chain,
        root first (delegation: a parent answers before its child): their findClass (or
        their loadClass, if that is what they override)."""
        chain: list[JavaLoader] = []
        cur: Loader | None = loader
        while cur is not None and len(chain) < 64:
            if isinstance(cur, JavaLoader):
                chain.append(cur)
            cur = cur.parent
        name = desc[1:-1].replace("/", ".")
        for jl in reversed(chain):
            key = "findClass(Ljava/lang/String;)Ljava/lang/Class;"
            if self.find_virtual(jl.obj, key) is None:
                key = "loadClass(Ljava/lang/String;)Ljava/lang/Class;"
                if self.find_virtual(jl.obj, key) is None:
                    continue
            # the Java code may resolve this class again through another loader: let it
            self._loading.discard(desc)
            try:
                mirror = self.call_virtual(jl.obj, key, [name])
            except JavaThrow:
                mirror = None
            finally:
                self._loading.add(desc)
            rc = mirror.native if isinstance(mirror, JObject) else None
            if isinstance(rc, RClass):  # whatever class its code returned, as loadClass does
                return rc
        return None

    def require_class(self, desc: str, loader: Loader | None = None) -> RClass:
        rc = self.find_class(desc, loader)
        if rc is None:
            raise self.throwable("Ljava/lang/NoClassDefFoundError;", desc)
        return rc

    def ensure_init(self, rc: RClass) -> None:
        """Run static initialisation (superclass first, then static values, then <clinit>)."""
        if rc.init_state:
            return
        rc.init_state = 1
        if rc.superclass is not None:
            self.ensure_init(rc.superclass)
        cdef = rc.cdef
        if cdef is not None:
            vals = cdef.static_values
            for i, f in enumerate(cdef.static_fields):
                v = self.encoded(vals[i]) if i < len(vals) else default_value(f.ref.type)
                rc.statics[rc.static_key(f.ref.name, f.ref.type)] = v
        clinit = rc.methods.get("<clinit>()V")
        try:
            if clinit is not None and clinit.code is not None:
                self.execute(clinit, [])
        finally:
            rc.init_state = 2

    def encoded(self, ev: EncodedValue) -> Any:
        k, v = ev.kind, ev.value
        if k in (ValueKind.BYTE, ValueKind.SHORT, ValueKind.CHAR, ValueKind.INT, ValueKind.LONG):
            return v
        if k == ValueKind.FLOAT:
            return as_float(v)
        if k == ValueKind.DOUBLE:
            return as_double(v)
        if k == ValueKind.BOOLEAN:
            return int(bool(v))
        if k == ValueKind.STRING:
            return self.intern(str(v))
        if k == ValueKind.TYPE:
            rc = self.find_class(str(v))
            return self.class_mirror(rc) if rc else None
        if k == ValueKind.ARRAY:
            assert isinstance(v, tuple)
            return JArray("[Ljava/lang/Object;", [self.encoded(x) for x in v])
        return None

    # -- objects -------------------------------------------------------------------------

    def new_instance(self, desc: str) -> JObject:
        rc = self.require_class(desc)
        if rc.is_interface or rc.access & ACC_ABSTRACT and rc.kind == APP:
            raise self.throwable("Ljava/lang/InstantiationError;", desc)
        self.ensure_init(rc)
        return JObject(rc)

    def new_object(self, desc: str, native: Any = None) -> JObject:
        """A framework-model object created by Python code (no constructor runs)."""
        return JObject(self.require_class(desc), native)

    def throwable(self, desc: str, message: str | None = None, cause: Any = None) -> JavaThrow:
        """A Java exception of class `desc`, ready to `raise`."""
        obj = JObject(self.require_class(desc), {"message": message, "cause": cause,
                                                 "stack": self.java_stack()})  # fmt: skip
        return JavaThrow(obj)

    def class_mirror(self, rc: RClass) -> JObject:
        if rc.mirror is None:
            rc.mirror = JObject(self.require_class("Ljava/lang/Class;"), rc)
        return rc.mirror

    def class_mirror_by_name(self, desc: str) -> JObject:
        return self.class_mirror(self.require_class(desc))

    def class_of(self, v: Any) -> RClass:
        t = v.__class__
        if t is JObject:
            c: RClass = v.cls
            return c
        if isinstance(v, str):
            return self.require_class(STRING)
        if t is JArray:
            return self.require_class(v.type)
        if isinstance(v, bool | int):
            return self.require_class("Ljava/lang/Integer;")
        if isinstance(v, float):
            return self.require_class("Ljava/lang/Double;")
        return self.require_class(OBJECT)

    def type_name(self, v: Any) -> str:
        return self.class_of(v).name

    def is_assignable(self, rc: RClass, desc: str) -> bool:
        hit = rc.assign_cache.get(desc)
        if hit is None:
            if desc == OBJECT:
                hit = True
            elif rc.kind == ARRAY:
                hit = _array_assignable(rc.name, desc)
            else:
                hit = any(c.name == desc for c in rc.ancestors())
            rc.assign_cache[desc] = hit
        return hit

    def instance_of(self, v: Any, desc: str) -> bool:
        if desc == OBJECT:
            return True
        t = v.__class__
        if t is JObject:
            return self.is_assignable(v.cls, desc)
        if isinstance(v, str):
            return desc in STRING_TYPES
        if t is JArray:
            return _array_assignable(v.type, desc)
        return False

    def check_cast(self, v: Any, desc: str) -> bool:
        if self.instance_of(v, desc):
            return True
        # Unknown framework hierarchies (phantoms) are not held against the app.
        target = self.find_class(desc)
        if target is None or target.kind == PHANTOM:
            return True
        if v.__class__ is JObject:
            # Framework objects are modeled loosely (a view may stand for any widget).
            if v.cls.kind in (MODEL, PHANTOM) and target.kind in (MODEL, PHANTOM):
                return True
            return v.cls.has_phantom_ancestor()
        return False

    def field_key(self, f: FieldRef) -> str:
        """Where an object keeps instance field `f`: its name, unless that is ambiguous for the
        declaring app class (another of its fields has the name with another type, or a
        superclass declares the name: obfuscators reuse `a`, `b`... and DEX tells fields apart
        by name and type), then "Declaring.name:type"."""
        key = f.name
        rc = self.classes.get(f.class_)
        declaring = None
        while rc is not None:
            cdef = rc.cdef
            if cdef is not None:
                if any(x.ref.name == f.name and x.ref.type == f.type for x in cdef.instance_fields):
                    declaring = rc
                    break
            elif f.name in rc.instance_fields:
                break  # a framework class's field: models use its plain name
            rc = rc.superclass
        if declaring is not None and declaring.cdef is not None:
            same_name = sum(1 for x in declaring.cdef.instance_fields if x.ref.name == f.name)
            sup = declaring.superclass
            while same_name < 2 and sup is not None:
                if f.name in sup.instance_fields:
                    same_name = 2
                sup = sup.superclass
            if same_name > 1:
                key = f"{declaring.name}.{f.name}:{f.type}"
        if f.class_ in self.classes:
            self.field_keys[f] = key  # resolved: the answer cannot change any more
        return key

    def foreign_iget(self, o: Any, f: FieldRef) -> Any:
        """An instance field read on a value that is not a plain object (a string, an array)."""
        return default_value(f.type)

    # -- static fields -------------------------------------------------------------------

    def _static_holder(self, f: FieldRef) -> tuple[RClass, str]:
        hit = self.sfields.get(f)
        if hit is not None:
            return hit
        rc = self.require_class(f.class_)
        holder: RClass | None = None
        skey = f.name  # where the holder keeps it in `statics`
        for c in rc.ancestors():
            if c.kind == APP and f.name in c.static_types and (
                    f.name not in c.static_dups or c.cdef is None
                    or any(x.ref.name == f.name and x.ref.type == f.type for x in c.cdef.static_fields)):
                holder = c
                skey = c.static_key(f.name, f.type)
                break
            if c.kind != APP:
                key = f"{c.name}->{f.name}"
                if key in self.natives.static_fields:
                    val = self.natives.static_fields[key]
                    if callable(val):  # objects are made per run
                        val = val(self)
                    c.statics.setdefault(f.name, val)
                    holder = c
                    break
        if holder is None:
            if rc.kind == APP and not rc.has_phantom_ancestor():
                raise self.throwable("Ljava/lang/NoSuchFieldError;", str(f))
            self.rec.unmodeled(str(f))
            holder = rc
            holder.statics.setdefault(f.name, self.default_for(f.type))
        self.sfields[f] = (holder, skey)
        return holder, skey

    def get_static(self, f: FieldRef) -> Any:
        rc, name = self._static_holder(f)
        if rc.init_state != 2:
            self.ensure_init(rc)
        return rc.statics.get(name, default_value(f.type))

    def put_static(self, f: FieldRef, v: Any) -> None:
        rc, name = self._static_holder(f)
        if rc.init_state != 2:
            self.ensure_init(rc)
        rc.statics[name] = v

    # -- methods -------------------------------------------------------------------------

    def default_for(self, desc: str) -> Any:
        """The well-typed default an unmodeled framework call returns."""
        c = desc[0]
        if c == "V":
            return None
        if c in "FD":
            return 0.0
        if c == "[":
            return JArray(desc, [])
        if c == "L":
            if desc == STRING or desc == "Ljava/lang/CharSequence;":
                return ""
            if desc == OBJECT:
                return None  # nothing to say about an untyped result
            rc = self.find_class(desc)
            if rc is None or rc.kind == APP:
                return None
            return JObject(rc)
        return 0

    def _unmodeled(
        self, rc: RClass, key: str, ref: MethodRef | None, name: str, static: bool
    ) -> RMethod:
        """A method nobody modeled, with safe default semantics (`vm/unmodeled.py`)."""
        sig = str(ref) if ref is not None else f"{rc.name}->{key}"
        m = self.unmodeled_methods.get(sig)
        if m is not None:
            return m
        ret = ref.proto.return_type if ref is not None else "V"
        silent = name == "<init>" and rc.name == OBJECT
        proto = ref.proto if ref is not None else Proto("V")
        fn: NativeFn = UnmodeledCall(sig, name, ret, static, silent)
        hook = self.unmodeled_hook
        m = RMethod(rc, name, proto, 0x8 if static else 0x1, None, fn if hook is None else hook(sig, fn))
        m.unmodeled = True
        self.unmodeled_methods[sig] = m
        return m

    def _model_method(self, c: RClass, key: str, name: str) -> RMethod | None:
        fn = self.natives.lookup(c.name, key, name)
        if fn is None:
            return None
        m = c.methods.get(key)
        if m is None or m.native is not fn:
            proto = Proto("V")
            m = RMethod(c, name, proto, 0x1, None, fn)
            m.key = key
            m.sig = f"{c.name}->{key}"
            c.methods[key] = m
        return m

    def _native_stub(self, m: RMethod) -> RMethod:
        """An app `native` method: its code in a loaded library (bound on first call), else
        UnsatisfiedLinkError, as on a device."""

        def fn(vm: VM, args: list[Any]) -> Any:
            impl = vm.native_resolver(vm, m) if vm.native_resolver is not None else None
            if impl is None:
                raise vm.throwable("Ljava/lang/UnsatisfiedLinkError;", f"No implementation found for {m.sig}")
            return impl(vm, args)

        m.native = fn
        return m

    def lookup(
        self, rc: RClass, key: str, name: str, ref: MethodRef | None, static: bool = False
    ) -> RMethod:
        """Virtual dispatch from `rc`: its own and inherited bytecode, then framework models."""
        hit = rc.vcache.get(key)
        if hit is not None:
            return hit
        found: RMethod | None = None
        for c in rc.ancestors():
            m = c.methods.get(key)
            if m is not None:
                if m.code is not None or m.native is not None:
                    found = m
                    break
                if m.access & ACC_NATIVE:
                    found = self._native_stub(m)
                    break
            if c.kind in (MODEL, PHANTOM, ARRAY):
                found = self._model_method(c, key, name)
                if found is not None:
                    break
        if found is None:
            found = self._unmodeled(rc, key, ref, name, static)
        if found.code is None and self.natives.wrap is not None:
            found = self._with_contract(rc, key, found, static)
        rc.vcache[key] = found
        return found

    def _with_contract(self, rc: RClass, key: str, m: RMethod, static: bool) -> RMethod:
        """`m` (a framework model or an unmodeled call) following the catalog: when `rc` or an
        ancestor declares `key` a source, the result is tagged; a sink, the arguments are checked.
        Models that apply the contract themselves (`registry.own_contract`) are left alone."""
        if m.native is None or getattr(m.native, "own_contract", False):
            return m
        src, snk = self.natives.contract_of(
            [c for c in rc.ancestors() if c.kind != APP], key
        )
        params = key[key.index("(") + 1 : key.index(")")]
        listens = "L" in params and any(t in self.natives.listener_types for t in split_types(params))
        if src is None and snk is None and not listens:
            return m
        ck = (m, src, snk, static, listens)
        w = self._contracted.get(ck)
        if w is None:
            assert self.natives.wrap is not None
            fn = self.natives.wrap(m.native, src, snk, static, listens)
            w = RMethod(m.cls, m.name, m.proto, m.access, None, fn)
            w.key, w.sig, w.unmodeled = m.key, m.sig, m.unmodeled
            self._contracted[ck] = w
        return w

    def call(self, m: RMethod, args: list[Any], site: InvokeSite | None) -> Any:
        """Call `m` with `args` in register layout (wide values take two slots)."""
        m.calls += 1
        if m.native is None:
            return self.execute(m, args)
        if site is not None:
            vargs = [args[i] for i in site.argidx]
            for n, k in enumerate(site.kinds):
                v = vargs[n]
                if k == "L":
                    if v == 0 and isinstance(v, int):
                        vargs[n] = None
                elif k == "F":
                    vargs[n] = as_float(v)
                elif k == "D":
                    vargs[n] = as_double(v)
        else:
            vargs = args
        return self.native_call(m, vargs)

    def native_call(self, m: RMethod, vargs: list[Any]) -> Any:
        assert m.native is not None
        self.cur_native = m
        try:
            r = m.native(self, vargs)
        except (JavaThrow, StopRun):
            raise
        except MemoryError:
            raise StopRun(f"host memory exhausted in {m.sig}") from None
        except Exception as exc:  # a model bug must not end the run: report, return default
            self.rec.runtime_error(f"model {m.sig} failed: {type(exc).__name__}: {exc}", m.sig,
                                   None, self.java_stack())
            r = None
        if r.__class__ is bool:
            r = int(r)
        elif r.__class__ is str or r.__class__ is JArray:
            self.heap.watch_result(r)
        return r

    def invoke(self, m: RMethod, vargs: list[Any]) -> Any:
        """Call `m` from Python with one value per parameter (receiver first)."""
        if m.native is not None:
            m.calls += 1
            return self.native_call(m, vargs)
        args: list[Any] = []
        params = list(m.proto.parameters)
        if not m.is_static:
            params.insert(0, "L")
        for v, p in zip(vargs, params, strict=False):
            args.append(v)
            if p in ("J", "D"):
                args.append(None)
        m.calls += 1
        return self.execute(m, args)

    def call_virtual(self, obj: Any, key: str, args: list[Any]) -> Any:
        """Invoke `obj.key(args)` with virtual dispatch (`key` like "run()V")."""
        rc = self.class_of(obj)
        name = key.split("(", 1)[0]
        m = self.lookup(rc, key, name, None)
        if m.unmodeled:
            return None
        return self.invoke(m, [obj, *args])

    def find_virtual(self, obj: Any, key: str) -> RMethod | None:
        """The app's own implementation of `key` for `obj`, or None (no model fallback)."""
        rc = self.class_of(obj)
        for c in rc.ancestors():
            m = c.methods.get(key)
            if m is not None and m.code is not None:
                return m
        return None

    def find_static(self, rc: RClass, key: str) -> RMethod | None:
        for c in rc.ancestors():
            m = c.methods.get(key)
            if m is not None and (m.code is not None or m.native is not None):
                return m
        return None

    def resolve_static(self, ref: MethodRef) -> RMethod:
        rc = self.require_class(ref.class_)
        self.ensure_init(rc)
        key = f"{ref.name}{ref.proto}"
        return self.lookup(rc, key, ref.name, ref, static=True)

    # -- the interpreter loop --------------------------------------------------------------

    def prepare(self, m: RMethod) -> list[Any]:
        code = m.code
        assert code is not None
        items = code.items
        if not items and m.dex is not None:
            try:
                items = m.dex.decode(MethodRef(m.cls.name, m.name, m.proto))
            except DexError as exc:
                raise self.throwable("Ljava/lang/VerifyError;", str(exc)) from None
            code.items = items
        decoded, index = decode(items, self)
        if self.code_hook is not None:
            decoded = self.code_hook(m, decoded)
        end = len(decoded) - 1
        m.tries = [
            (
                t.start,
                t.end,
                tuple((h.type, index.get(h.address, end)) for h in t.handlers),
                index.get(t.catch_all, end) if t.catch_all is not None else None,
            )
            for t in code.tries
        ]
        m.hits = bytearray(len(decoded))
        m.decoded = decoded
        return decoded

    def execute(self, m: RMethod, args: list[Any]) -> Any:
        """Run bytecode method `m`; `args` fill the last registers."""
        code = m.decoded
        if code is None:
            code = self.prepare(m)
        assert m.code is not None and m.hits is not None
        nregs = m.code.registers
        regs: list[Any] = [0] * nregs
        n = len(args)
        if n:
            if n > nregs:
                raise self.throwable("Ljava/lang/VerifyError;", f"{m.sig}: too many arguments")
            regs[nregs - n :] = args
        fr = Frame(self, m, regs)
        fr.code = code
        stack = self.stack
        if len(stack) >= MAX_DEPTH:
            raise self.throwable("Ljava/lang/StackOverflowError;", m.sig)
        stack.append(fr)
        hits = m.hits
        i = 0
        try:
            while True:
                ins = code[i]
                hits[i] = 1
                self.icount += 1
                if self.icount >= self.check_at:
                    self.checkpoint()
                    if m.decoded is not code:
                        code, hits, i = self._switch_code(fr, code, i)
                try:
                    i = ins[0](fr, ins)
                    if i < 0:
                        return fr.result
                except JavaThrow as t:
                    i = self.find_handler(m, ins[1], t.obj)
                    if i < 0:
                        raise
                    fr.exc = t.obj
                except _PY_ERRORS as exc:
                    err = self.internal_error(m, ins[1], exc)
                    i = self.find_handler(m, ins[1], err.obj)
                    if i < 0:
                        raise err from None
                    fr.exc = err.obj
                except MemoryError:
                    raise StopRun(f"host memory exhausted in {m.sig}") from None
        finally:
            stack.pop()

    # -- bytecode rewritten in memory ------------------------------------------------------

    def _switch_code(self, fr: Frame, old: list[Any], i: int) -> tuple[list[Any], bytearray, int]:
        """A running activation continues in its method's rewritten body at the same dex pc, as
        ART's interpreter reads each instruction from the code item in memory."""
        m = fr.method
        new = m.decoded if m.decoded is not None else self.prepare(m)
        pc = old[i][1]
        for j, ins in enumerate(new):
            if ins[1] == pc:
                fr.code = new
                assert m.hits is not None
                return new, m.hits, j
        raise self.throwable("Ljava/lang/VerifyError;", f"{m.sig}: rewritten in memory inside the "
                                                         f"instruction at pc {pc:#x}")  # fmt: skip

    def patch_dex(self, ld: LoadedDex, offset: int, data: bytes) -> list[str]:
        """Native code wrote `data` at `offset` into the in-memory image of DEX `ld`: the methods
        whose code it changed keep their current body as a finished version and decode the new
        bytes when they next run (a running activation switches at its next instruction).
        Returns the signatures of the methods whose bytecode changed."""
        if ld.current(offset, len(data)) == data:
            return []
        sigs = ld.methods_at(offset, len(data))
        touched: list[RMethod] = []
        for sig in sigs:
            desc, key = sig.split("->", 1)
            rc = self.classes.get(desc)
            m = rc.methods.get(key) if rc is not None else None
            if m is not None and m.dex is ld and m.code is not None:
                touched.append(m)
        old = {id(m): ld.raw_insns(MethodRef(m.cls.name, m.name, m.proto)) for m in touched}
        ld.patch(offset, data)
        for m in touched:
            code = m.code
            assert code is not None
            if m.decoded is not None and m.hits is not None:
                m.versions.append(CodeVersion(old[id(m)], code.registers, code.ins, code.outs,
                                              list(code.tries), m.decoded, m.hits, m.calls))  # fmt: skip
            code.registers, code.ins, code.outs = ld.code_header(MethodRef(m.cls.name, m.name, m.proto))
            code.items = []
            m.decoded = None
            m.hits = None
            m.calls = 0
            self.stale_code = True
        if touched:
            self.check_at = self.icount
        return sigs

    def internal_error(self, m: RMethod, addr: int, exc: Exception) -> JavaThrow:
        """A Python error inside a handler (ill-typed code or an emulator gap) becomes a
        Java RuntimeException the app may catch, and a runtime_error event."""
        msg = f"{type(exc).__name__}: {exc}"
        self.rec.runtime_error(f"emulator: {msg} at {m.sig} pc {addr:#x}", m.sig, addr, self.java_stack())
        return self.throwable("Ljava/lang/RuntimeException;", f"emulator: {msg}")

    def find_handler(self, m: RMethod, addr: int, exc: JObject) -> int:
        for start, end, handlers, catch_all in m.tries:
            if start <= addr < end:
                for desc, idx in handlers:
                    if self.is_assignable(exc.cls, desc):
                        return idx
                if catch_all is not None:
                    return catch_all
                return -1
        return -1

    # -- context for models --------------------------------------------------------------

    def java_stack(self) -> tuple[tuple[str, int], ...]:
        """The Java frames in progress as (method, dex pc), innermost first."""
        return tuple((fr.method.sig, fr.addr) for fr in reversed(self.stack[-64:]))

    def runtime_error(self, message: str, where: str | None = None) -> None:
        """Report an error with the Java stack in progress (`where` defaults to its top)."""
        stack = self.java_stack()
        pc = stack[0][1] if stack and (where is None or where == stack[0][0]) else None
        self.rec.runtime_error(message, where or (stack[0][0] if stack else None), pc, stack)

    def caller(self) -> tuple[str, int]:
        """The bytecode method and dex pc of the innermost app call in progress."""
        if not self.stack:
            return ("", -1)
        fr = self.stack[-1]
        return (fr.method.sig, fr.addr)

    def run_task(self, task: Callable[[], None]) -> None:
        """Run one queued task (a background thread's work, a posted message) for at most a
        time slice of the budget: threads run concurrently on a device, so one that never ends
        (a polling loop) must not keep the rest of the app from running; one still running
        after its slice is set aside, as a thread that blocks forever is."""
        outer = self.slice_end
        end = self.icount + self.task_slice
        self.slice_end = end if outer is None else min(end, outer)
        self.check_at = min(self.check_at, self.slice_end)
        try:
            task()
        finally:
            self.slice_end = outer

    def run_tasks(self, limit: int = 200) -> None:
        """Run queued tasks (threads, posted runnables, messages) in FIFO order; a task whose
        thread blocks forever (or outruns its time slice) just never finishes."""
        n = 0
        while self.tasks and n < limit:
            task = self.tasks.popleft()
            n += 1
            try:
                self.run_task(task)
            except ThreadBlocked as b:
                self.rec.blocked_thread(b.api, "a background thread")


def _array_assignable(have: str, want: str) -> bool:
    if have == want or want in (OBJECT, "Ljava/lang/Cloneable;", "Ljava/io/Serializable;"):
        return True
    if want.startswith("[") and have.startswith("["):
        h, w = have[1:], want[1:]
        if h[0] in "L[" and w[0] in "L[":
            return True  # element types are checked leniently
    return False


# ---------------------------------------------------------------------------------------
# invoke kinds (indexed by `invoke-kind`: virtual, super, direct, static, interface)


def _null_receiver(vm: VM, site: InvokeSite) -> JavaThrow:
    return vm.throwable("Ljava/lang/NullPointerException;", f"Attempt to invoke {site.ref} on a null object")


def _invoke_virtual(vm: VM, fr: Frame, site: InvokeSite, args: list[Any]) -> Any:
    recv = args[0]
    if recv is None or (recv == 0 and isinstance(recv, int)):
        raise _null_receiver(vm, site)
    rc = recv.cls if recv.__class__ is JObject else vm.class_of(recv)
    if site.rcls is rc:
        m = site.target
        assert m is not None
    else:
        m = vm.lookup(rc, site.key, site.name, site.ref)
        site.rcls = rc
        site.target = m
    return vm.call(m, args, site)


def _invoke_super(vm: VM, fr: Frame, site: InvokeSite, args: list[Any]) -> Any:
    recv = args[0]
    if recv is None or (recv == 0 and isinstance(recv, int)):
        raise _null_receiver(vm, site)
    m = site.target
    if m is None:
        sup = fr.method.cls.superclass
        if sup is None:
            sup = vm.require_class(OBJECT)
        m = vm.lookup(sup, site.key, site.name, site.ref)
        site.target = m
    return vm.call(m, args, site)


def _invoke_direct(vm: VM, fr: Frame, site: InvokeSite, args: list[Any]) -> Any:
    recv = args[0]
    if recv is None or (recv == 0 and isinstance(recv, int)):
        raise _null_receiver(vm, site)
    m = site.target
    if m is None:
        rc = vm.require_class(site.ref.class_)
        m = vm.lookup(rc, site.key, site.name, site.ref)
        site.target = m
    r = vm.call(m, args, site)
    if site.name == "<init>" and recv.__class__ is JObject and recv.cls.name in _VALUE_CLASSES:
        # `new String(...)`, `new Integer(...)`: the model returned the value itself; every
        # register still holding the blank instance now holds the value (as ART's StringFactory).
        if r is not None:
            regs = fr.regs
            for n, v in enumerate(regs):
                if v is recv:
                    regs[n] = r
        return None
    return r


def _invoke_static(vm: VM, fr: Frame, site: InvokeSite, args: list[Any]) -> Any:
    m = site.target
    if m is None:
        m = vm.resolve_static(site.ref)
        site.target = m
    return vm.call(m, args, site)


_VALUE_CLASSES = frozenset({STRING})
