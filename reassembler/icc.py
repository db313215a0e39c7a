"""Linking recorded inter-component calls (ICC) into direct calls a call graph can follow.

When the app hands an intent to the system (`startActivity`, `startService`, `bindService`,
`sendBroadcast`, ...) and the runtime saw it delivered to one of the app's own components, the
call site gets a direct call into that component's lifecycle, the way IccTA instruments an app
for FlowDroid, but driven by what really ran instead of intent-filter matching. Each target
component gets one static bridge per kind of delivery, which creates the component, hands it
the intent and calls the lifecycle methods the app defines, in the order the system would:

    .method public static synthetic dexlego$icc$activity(Landroid/content/Intent;)V
        .registers 3                      # v0 component, v1 zero/null, p0 (v2) the intent
        new-instance v0, Lp/Second;
        invoke-direct {v0}, Lp/Second;-><init>()V
        invoke-virtual {v0, v2}, Landroid/app/Activity;->setIntent(Landroid/content/Intent;)V
        const/4 v1, 0x0
        invoke-virtual {v0, v1}, Lp/Second;->onCreate(Landroid/os/Bundle;)V
        invoke-virtual {v0}, Lp/Second;->onResume()V
        return-void

The call site calls the bridge behind a branch on an opaque static field (never written, so
it reads 0 and the bridge never runs: the app behaves exactly as before, and the system still
delivers the intent). Before::

    invoke-virtual {p0, v1}, Lp/Main;->startActivity(Landroid/content/Intent;)V

After (t0, t1 fresh registers)::

    sget t0, Lp/Main;->dexlego$sel0:I
    if-eqz t0, :call
    move-object/16 t1, v1
    invoke-static/range {t1}, Lp/Second;->dexlego$icc$activity(Landroid/content/Intent;)V
    :call
    invoke-virtual {p0, v1}, Lp/Main;->startActivity(Landroid/content/Intent;)V
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reassembler.dex.model import ClassDef, Code, FieldRef, Instruction, Method, MethodRef, Proto
from reassembler.emit import Emitter, opname, reg_width
from reassembler.registers import widen

INTENT = "Landroid/content/Intent;"
INTENTS = "[Landroid/content/Intent;"
BUNDLE = "Landroid/os/Bundle;"
CONTEXT = "Landroid/content/Context;"
SET_INTENT = MethodRef("Landroid/app/Activity;", "setIntent", Proto("V", (INTENT,)))
KINDS = ("activity", "service", "bind", "receiver")
BRIDGE_PREFIX = "dexlego$icc$"

ACC_PUBLIC = 0x0001
ACC_PRIVATE = 0x0002
ACC_STATIC = 0x0008
ACC_INTERFACE = 0x0200
ACC_ABSTRACT = 0x0400
ACC_SYNTHETIC = 0x1000

# kind -> lifecycle methods (name, proto) in the order the system calls them.
LIFECYCLES: dict[str, tuple[tuple[str, Proto], ...]] = {
    "activity": (
        ("onCreate", Proto("V", (BUNDLE,))), ("onStart", Proto("V")),
        ("onRestoreInstanceState", Proto("V", (BUNDLE,))), ("onPostCreate", Proto("V", (BUNDLE,))),
        ("onResume", Proto("V")), ("onPostResume", Proto("V")),
        ("onNewIntent", Proto("V", (INTENT,))), ("onPause", Proto("V")),
        ("onSaveInstanceState", Proto("V", (BUNDLE,))), ("onStop", Proto("V")),
        ("onRestart", Proto("V")), ("onDestroy", Proto("V")),
    ),
    "service": (
        ("onCreate", Proto("V")), ("onStartCommand", Proto("I", (INTENT, "I", "I"))),
        ("onStart", Proto("V", (INTENT, "I"))), ("onHandleIntent", Proto("V", (INTENT,))),
        ("onDestroy", Proto("V")),
    ),
    "bind": (
        ("onCreate", Proto("V")), ("onBind", Proto("Landroid/os/IBinder;", (INTENT,))),
        ("onUnbind", Proto("Z", (INTENT,))), ("onRebind", Proto("V", (INTENT,))),
        ("onDestroy", Proto("V")),
    ),
    "receiver": (("onReceive", Proto("V", (CONTEXT, INTENT))),),
}  # fmt: skip


@dataclass
class IccRequest:
    """Components an intent sent through `api` at one pc reached (pc -1: every such call)."""

    pc: int
    api: str  # `Class.method`, e.g. Context.startActivity
    kind: str
    targets: list[str]

    @property
    def method_name(self) -> str:
        return self.api.rpartition(".")[2]


@dataclass
class LinkOutcome:
    linked: int = 0
    skipped: list[str] = field(default_factory=list)
    links: list[tuple[str, list[str]]] = field(default_factory=list)  # (api, targets) per site


def bridge_ref(component: str, kind: str) -> MethodRef:
    return MethodRef(component, BRIDGE_PREFIX + kind, Proto("V", (INTENT,)))


def _defining_class(classes: dict[str, ClassDef], start: str, name: str,
                    proto: Proto) -> str | None:
    """The first app class from `start` up its superclasses that defines an overridable
    instance method `name proto` (framework classes are not ours to call into)."""
    seen: set[str] = set()
    cls = classes.get(start)
    while cls is not None and cls.type not in seen:
        seen.add(cls.type)
        for m in cls.virtual_methods:
            if m.ref.name == name and m.ref.proto == proto:
                return None if m.access & (ACC_STATIC | ACC_PRIVATE) else cls.type
        cls = classes.get(cls.superclass) if cls.superclass else None
    return None


class Bridges:
    """Creates each component's bridge once per kind and remembers why one could not be."""

    def __init__(self, classes: dict[str, ClassDef],
                 verify: Callable[[Method], list[str]]) -> None:
        self.classes = classes
        self.verify = verify
        self.made: dict[tuple[str, str], MethodRef | str] = {}  # ref, or why not

    def added(self) -> set[MethodRef]:
        return {r for r in self.made.values() if isinstance(r, MethodRef)}

    def get(self, component: str, kind: str) -> MethodRef | str:
        """The bridge's reference, or the reason there is none."""
        key = (component, kind)
        if key not in self.made:
            self.made[key] = self._make(component, kind)
        return self.made[key]

    def _make(self, component: str, kind: str) -> MethodRef | str:
        cls = self.classes.get(component)
        if cls is None:
            return f"{component} is not an app class"
        if cls.access & (ACC_INTERFACE | ACC_ABSTRACT):
            return f"{component} is abstract"
        ctor = _constructor(cls)
        if ctor is None:
            return f"{component} has no constructor a bridge can call"
        ref = bridge_ref(component, kind)
        if any(m.ref == ref for m in cls.methods()):
            return f"{component} already defines {ref.name}"
        method = Method(ref, ACC_PUBLIC | ACC_STATIC | ACC_SYNTHETIC,
                        self._body(component, kind, ctor))
        problems = self.verify(method)
        if problems:
            return f"bridge into {component} does not verify: {problems[0]}"
        cls.direct_methods.append(method)
        return ref

    def _body(self, component: str, kind: str, ctor: MethodRef) -> Code:
        # v0 the component, then the constructor's arguments (all zero or null), then a zero
        # register and the intent (the only parameter): every register below v16.
        words = sum(reg_width(p) for p in ctor.proto.parameters)
        obj, zero, intent = 0, words + 1, words + 2
        code = Code(registers=words + 3, ins=1, outs=words + 1, items=[])
        emit = Emitter(code)
        items = [emit.insn("new-instance", (obj,), ref=component)]
        reg = obj + 1
        for p in ctor.proto.parameters:
            items.append(emit.insn("const-wide/16", (reg,), literal=0) if reg_width(p) == 2
                         else emit.insn("const/4", (reg,), literal=0))
            reg += reg_width(p)
        items += [emit.insn("invoke-direct/range" if words else "invoke-direct",
                            tuple(range(obj, reg)), ref=ctor),
                  emit.insn("const/4", (zero,), literal=0)]
        if kind == "activity":
            items.append(emit.insn("invoke-virtual", (obj, intent), ref=SET_INTENT))
        for name, proto in LIFECYCLES[kind]:
            owner = _defining_class(self.classes, component, name, proto)
            if owner is None:
                continue
            regs = [obj] + [intent if p == INTENT else zero for p in proto.parameters]
            code.outs = max(code.outs, len(regs))
            items.append(emit.insn("invoke-virtual", tuple(regs),
                                   ref=MethodRef(owner, name, proto)))
        items.append(emit.insn("return-void"))
        for address, item in enumerate(items):  # a fresh body: addresses only need be unique
            item.address = address
        code.items = list(items)
        return code


def _constructor(cls: ClassDef) -> MethodRef | None:
    """The constructor a bridge calls: the no-argument one, else the one with the fewest
    argument words (an inner or anonymous class takes its outer instance; the bridge never
    runs, so nulls and zeros do). None when every one needs more than 13 words."""
    ctors = sorted((sum(reg_width(p) for p in m.ref.proto.parameters), m.ref)
                   for m in cls.direct_methods if m.ref.name == "<init>")
    return ctors[0][1] if ctors and ctors[0][0] <= 13 else None


def _intent_register(site: Instruction) -> tuple[int, bool] | None:
    """The register holding the intent argument of an invoke and whether it is an array
    (`startActivities(Intent[])`), or None."""
    ref = site.ref
    if not isinstance(ref, MethodRef):
        return None
    name = opname(site)
    if not name.startswith("invoke-") or "polymorphic" in name or "custom" in name:
        return None
    reg = 0 if name.startswith("invoke-static") else 1
    for p in ref.proto.parameters:
        if p in (INTENT, INTENTS):
            return (site.regs[reg], p == INTENTS) if reg < len(site.regs) else None
        reg += reg_width(p)
    return None


class IccLinker:
    """Adds the guarded bridge calls at one method's recorded ICC sites (`run` once)."""

    def __init__(self, class_type: str, method: Method, bridges: Bridges,
                 selector: Callable[[], FieldRef]) -> None:
        self.class_type = class_type
        self.method = method
        self.bridges = bridges
        self.selector = selector

    def run(self, requests: list[IccRequest], origin: dict[int, int] | None) -> LinkOutcome:
        out = LinkOutcome()
        code = self.method.code
        if code is None:
            out.skipped.extend(f"{self.method.ref}: no code for ICC call at pc {r.pc}"
                               for r in requests)
            return out
        # id(site) -> (site, intent register and whether it is an array, api, bridges)
        plans: dict[int, tuple[Instruction, tuple[int, bool], str, list[MethodRef]]] = {}
        for req in requests:
            bridges = self._bridges(req, out)
            found = False
            for insn in code.items:
                if not isinstance(insn, Instruction) or not isinstance(insn.ref, MethodRef):
                    continue
                pc = origin.get(id(insn), insn.address) if origin is not None else insn.address
                if req.pc not in (-1, pc) or insn.ref.name != req.method_name:
                    continue
                arg = _intent_register(insn)
                if arg is None:
                    continue
                found = True
                plan = plans.setdefault(id(insn), (insn, arg, req.api, []))
                plan[3].extend(b for b in bridges if b not in plan[3])
            if not found:
                out.skipped.append(f"{self.method.ref}: no {req.api} call at pc {req.pc}")
        plans = {k: p for k, p in plans.items() if p[3]}
        if not plans:
            return out
        if code.registers + 2 > 256:
            out.skipped.append(f"{self.method.ref}: too many registers to link its ICC calls")
            return out
        is_static = bool(self.method.access & ACC_STATIC)
        sel_reg = widen(code, self.method.ref.proto, is_static, self.class_type, 2)
        tmp = sel_reg + 1
        selector = self.selector()
        emit = Emitter(code)
        for site, (reg, is_array), api, bridges in plans.values():
            index = next(i for i, it in enumerate(code.items) if it is site)
            call = emit.moved(site)
            block = [emit.insn("sget", (sel_reg,), ref=selector),
                     emit.insn("if-eqz", (sel_reg,), target=call.address),
                     emit.insn("move-object/16", (tmp, reg))]
            if is_array:  # the first intent stands for all: the bridge only has to be called
                block += [emit.insn("const/16", (sel_reg,), literal=0),
                          emit.insn("aget-object", (tmp, tmp, sel_reg))]
            block += [emit.insn("invoke-static/range", (tmp,), ref=b) for b in bridges]
            # The guard takes the call's address: branches and tries that reached the call
            # reach the guard, which falls through to it.
            block[0].address = site.address
            code.items[index:index + 1] = [*block, call]
            out.linked += 1
            out.links.append((api, [b.class_ for b in bridges]))
        code.outs = max(code.outs, 1)
        return out

    def _bridges(self, req: IccRequest, out: LinkOutcome) -> list[MethodRef]:
        if req.kind not in KINDS:
            out.skipped.append(f"{self.method.ref}: unknown ICC kind {req.kind!r}")
            return []
        refs = []
        for target in dict.fromkeys(req.targets):
            made = self.bridges.get(target, req.kind)
            if isinstance(made, MethodRef):
                refs.append(made)
            else:
                out.skipped.append(f"{self.method.ref}: pc {req.pc}: {made}")
        return refs


__all__ = ["BRIDGE_PREFIX", "Bridges", "IccLinker", "IccRequest", "LinkOutcome", "bridge_ref"]
