"""Rewriting reflective call sites into direct references (DroidRA-style), with guards.

For each call site with recorded targets, the reflective call is replaced by a
dispatch: one guarded case per target, and the original reflective call as the
fallback. A guard checks the reflective object really is the target (name,
declaring class, parameter count and types), so the rewritten app behaves as before while
a static analyzer sees a direct call, allocation, field access or const-class.

Before::

    invoke-virtual {v5, v4, v7}, Ljava/lang/reflect/Method;->invoke(...)Ljava/lang/Object;
    move-result-object v0

After (one target `Lp/Courier;->deliver(Ljava/lang/String;)V`; t* are fresh registers)::

    move-object/16 tM, v5 ; move-object/16 tR, v4 ; move-object/16 tArgs, v7
    invoke-virtual/range {tM}, Ljava/lang/reflect/Method;->getName()Ljava/lang/String;
    move-result-object tA ; const-string tB, "deliver"
    invoke-virtual/range {tA .. tB}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result tA ; if-eqz tA, :fallback
    ... same for getDeclaringClass() == const-class Lp/Courier;, the parameter count,
    ... and getParameterTypes()[0] == const-class Ljava/lang/String; ...
    move-object/16 b0, tR ; check-cast b0, Lp/Courier;
    const/16 tI, 0 ; aget-object tA, tArgs, tI ; check-cast tA, Ljava/lang/String;
    move-object/16 b1, tA
    invoke-virtual/range {b0 .. b1}, Lp/Courier;->deliver(Ljava/lang/String;)V
    const/16 v0, 0            # Method.invoke returns null for void
    goto :done
    :fallback
    invoke-virtual {v5, v4, v7}, Ljava/lang/reflect/Method;->invoke(...)
    move-result-object v0
    :done

`Constructor.newInstance` and `Class.newInstance` become new-instance + <init>,
`Field.get/set` become iget/sget/iput/sput with boxing, `Class.forName(name)`
and `ClassLoader.loadClass(name)` (dynload.py) become const-class when `name`
equals the recorded class name. Primitive arguments are unboxed with a cast to
their exact box type (Method.invoke would also widen, e.g. Integer for a long).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reassembler.dex.model import (
    Code,
    FieldRef,
    Handler,
    Instruction,
    Method,
    MethodRef,
    Proto,
    TryBlock,
)
from reassembler.dex.opcodes import BY_NAME
from reassembler.emit import Emitter, reg_width
from reassembler.errors import ReassembleError
from reassembler.members import MemberIndex
from reassembler.registers import widen
from reassembler.sigs import descriptor_of, is_type, java_name, parse_field, parse_method

OBJ = "Ljava/lang/Object;"
STRING = "Ljava/lang/String;"
CLASS = "Ljava/lang/Class;"
METHOD_T = "Ljava/lang/reflect/Method;"
CTOR_T = "Ljava/lang/reflect/Constructor;"
FIELD_T = "Ljava/lang/reflect/Field;"

INVOKE = MethodRef(METHOD_T, "invoke", Proto(OBJ, (OBJ, "[Ljava/lang/Object;")))
CTOR_NEW = MethodRef(CTOR_T, "newInstance", Proto(OBJ, ("[Ljava/lang/Object;",)))
CLASS_NEW = MethodRef(CLASS, "newInstance", Proto(OBJ))
FOR_NAME = MethodRef(CLASS, "forName", Proto(CLASS, (STRING,)))
FOR_NAME3 = MethodRef(CLASS, "forName", Proto(CLASS, (STRING, "Z", "Ljava/lang/ClassLoader;")))
FIELD_GET = MethodRef(FIELD_T, "get", Proto(OBJ, (OBJ,)))
FIELD_SET = MethodRef(FIELD_T, "set", Proto("V", (OBJ, OBJ)))

STRING_EQUALS = MethodRef(STRING, "equals", Proto("Z", (OBJ,)))
OBJECT_EQUALS = MethodRef(OBJ, "equals", Proto("Z", (OBJ,)))
ARRAY_LENGTH = MethodRef("Ljava/lang/reflect/Array;", "getLength", Proto("I", (OBJ,)))

BOXES: dict[str, tuple[str, str]] = {
    "Z": ("Ljava/lang/Boolean;", "booleanValue"),
    "B": ("Ljava/lang/Byte;", "byteValue"),
    "S": ("Ljava/lang/Short;", "shortValue"),
    "C": ("Ljava/lang/Character;", "charValue"),
    "I": ("Ljava/lang/Integer;", "intValue"),
    "J": ("Ljava/lang/Long;", "longValue"),
    "F": ("Ljava/lang/Float;", "floatValue"),
    "D": ("Ljava/lang/Double;", "doubleValue"),
}
FIELD_SUFFIX = {"Z": "-boolean", "B": "-byte", "S": "-short", "C": "-char", "J": "-wide", "D": "-wide"}

# Fixed temporaries, relative to the first fresh register. OBJ_/VAL_ come first
# because iget/iput encode registers in 4 bits.
T_OBJ, T_VAL, T_M, T_ARGS, T_A, T_B, T_IDX, T_BLOCK = 0, 1, 3, 4, 5, 6, 7, 8

LOAD_CLASS = "ClassLoader.loadClass"  # any loadClass(String) of any class loader

# api name in trace records -> the reflective method references it covers
API_REFS: dict[str, tuple[MethodRef, ...]] = {
    "Method.invoke": (INVOKE,),
    "Constructor.newInstance": (CTOR_NEW,),
    "Class.newInstance": (CLASS_NEW,),
    "Class.forName": (FOR_NAME, FOR_NAME3),
    "Field.get": (FIELD_GET,),
    "Field.set": (FIELD_SET,),
}


def is_load_class(ref: object) -> bool:
    return (
        isinstance(ref, MethodRef)
        and ref.name == "loadClass"
        and ref.proto == Proto(CLASS, (STRING,))
    )


@dataclass
class SiteRequest:
    """Recorded targets of one API at one pc of a method (pc -1: every matching site)."""

    pc: int
    api: str  # a key of API_REFS, or "ClassLoader.loadClass"
    targets: list[str]


@dataclass
class RewriteOutcome:
    rewritten: int = 0
    skipped: list[str] = field(default_factory=list)


class _Builder:
    """Emits one site's dispatch; `fail()` jumps to the next case."""

    def __init__(self, emit: Emitter, base: int) -> None:
        self.emit = emit
        self.base = base
        self.items: list[Instruction] = []
        self.fails: list[Instruction] = []
        self.risky: list[int] = []  # [begin, end) indices of the direct path in `items`

    def risky_begin(self) -> None:
        self.risky = [len(self.items)]

    def risky_end(self) -> None:
        self.risky.append(len(self.items))

    def r(self, slot: int) -> int:
        return self.base + slot

    def add(self, name: str, regs: tuple[int, ...] = (), **kw: object) -> Instruction:
        insn = self.emit.insn(name, regs, **kw)  # type: ignore[arg-type]
        self.items.append(insn)
        return insn

    def fail_if(self, name: str, reg: int) -> None:
        self.fails.append(self.add(name, (reg,), target=-1))

    def guard_equals(self, equals: MethodRef, getter: MethodRef | None, subject: int,
                     const_op: str, const: str) -> None:
        a, b = self.r(T_A), self.r(T_B)
        if getter is None:
            self.add("move-object/16", (a, subject))
        else:
            self.add("invoke-virtual/range", (subject,), ref=getter)
            self.add("move-result-object", (a,))
        self.add(const_op, (b,), ref=const)
        self.add("invoke-virtual/range", (a, b), ref=equals)
        self.add("move-result", (a,))
        self.fail_if("if-eqz", a)

    def guard_count(self, getter: MethodRef, subject: int, count: int) -> None:
        a, b = self.r(T_A), self.r(T_B)
        self.add("invoke-virtual/range", (subject,), ref=getter)
        self.add("move-result-object", (a,))
        self.add("invoke-static/range", (a,), ref=ARRAY_LENGTH)
        self.add("move-result", (a,))
        self.add("const/16", (b,), literal=count)
        self.add("sub-int", (a, a, b))
        self.fail_if("if-nez", a)

    def guard_parameter_types(self, getter: MethodRef, subject: int,
                              types: tuple[str, ...]) -> None:
        """Each declared parameter type equals the target's (after `guard_count`): overloads
        with the same name and parameter count are told apart."""
        a, b, idx = self.r(T_A), self.r(T_B), self.r(T_IDX)
        for i, t in enumerate(types):
            self.add("invoke-virtual/range", (subject,), ref=getter)
            self.add("move-result-object", (a,))
            self.add("const/16", (idx,), literal=i)
            self.add("aget-object", (a, a, idx))
            if t in BOXES:  # int.class is Integer.TYPE; const-class cannot name a primitive
                self.add("sget-object", (b,), ref=FieldRef(BOXES[t][0], "TYPE", CLASS))
            else:
                self.add("const-class", (b,), ref=t)
            self.add("invoke-virtual/range", (a, b), ref=OBJECT_EQUALS)
            self.add("move-result", (a,))
            self.fail_if("if-eqz", a)

    def unpack(self, types: tuple[str, ...], first: int) -> int:
        """Unpack args array T_ARGS into registers from `first`; returns the next register."""
        a, idx = self.r(T_A), self.r(T_IDX)
        reg = first
        for i, t in enumerate(types):
            self.add("const/16", (idx,), literal=i)
            self.add("aget-object", (a, self.r(T_ARGS), idx))
            self.convert_from_object(t, a, reg)
            reg += reg_width(t)
        return reg

    def convert_from_object(self, t: str, src: int, dst: int) -> None:
        """Cast/unbox the object in `src` (clobbered) into `dst` as type `t`."""
        if t[0] in "L[":
            if t != OBJ:
                self.add("check-cast", (src,), ref=t)
            self.add("move-object/16", (dst, src))
            return
        box, getter = BOXES[t]
        self.add("check-cast", (src,), ref=box)
        self.add("invoke-virtual/range", (src,), ref=MethodRef(box, getter, Proto(t)))
        self.add("move-result-wide" if reg_width(t) == 2 else "move-result", (dst,))

    def box_into(self, t: str, src: int, dst: int | None) -> None:
        """Box/copy the value of type `t` in `src` into object register `dst`."""
        if dst is None:
            return
        if t == "V":
            self.add("const/16", (dst,), literal=0)
        elif t[0] in "L[":
            self.add("move-object/16", (dst, src))
        else:
            box, _ = BOXES[t]
            regs = (src, src + 1) if reg_width(t) == 2 else (src,)
            self.add("invoke-static/range", regs, ref=MethodRef(box, "valueOf", Proto(box, (t,))))
            self.add("move-result-object", (dst,))


def _invoke_op(kind: str, words: int) -> str:
    return f"invoke-{kind}/range" if words else f"invoke-{kind}"


def _result_reg(code: Code, index: int) -> tuple[int | None, Instruction | None]:
    nxt = code.items[index + 1] if index + 1 < len(code.items) else None
    if isinstance(nxt, Instruction) and nxt.opcode == _MOVE_RESULT_OBJECT:
        return nxt.regs[0], nxt
    return None, None


_MOVE_RESULT_OBJECT = BY_NAME["move-result-object"].opcode


class SiteRewriter:
    """Rewrites the reflective sites of one method (call `run` once per method)."""

    def __init__(self, class_type: str, method: Method, members: MemberIndex) -> None:
        self.class_type = class_type
        self.method = method
        self.members = members

    def run(self, requests: list[SiteRequest], origin: dict[int, int] | None) -> RewriteOutcome:
        out = RewriteOutcome()
        code = self.method.code
        if code is None:
            out.skipped.extend(f"{self.method.ref}: no code for pc {r.pc}" for r in requests)
            return out
        by_site: dict[int, tuple[Instruction, SiteRequest]] = {}
        for req in requests:
            refs = _refs_for(req.api)
            found = False
            for insn in code.items:
                if not isinstance(insn, Instruction) or insn.ref is None:
                    continue
                pc = origin.get(id(insn), insn.address) if origin is not None else insn.address
                if req.pc not in (-1, pc):
                    continue
                if not (insn.ref in refs or (req.api == "ClassLoader.loadClass"
                                             and is_load_class(insn.ref))):
                    continue
                found = True
                if id(insn) in by_site:
                    by_site[id(insn)][1].targets.extend(req.targets)
                else:
                    by_site[id(insn)] = (insn, SiteRequest(pc, req.api, list(req.targets)))
            if not found:
                out.skipped.append(f"{self.method.ref}: no {req.api} call at pc {req.pc}")
        plans = [(insn, req, self._words_needed(req)) for insn, req in by_site.values()]
        if not plans:
            return out
        base = code.registers
        need = max(words for _, _, words in plans)
        if base + need > 256:
            out.skipped.extend(f"{self.method.ref}: too many registers for pc {r.pc}"
                               for _, r, _ in plans)
            return out
        is_static = bool(self.method.access & 0x0008)
        saved = (list(code.items), code.registers, code.outs)
        widen(code, self.method.ref.proto, is_static, self.class_type, need)
        emit = Emitter(code)
        for insn, req, _ in plans:
            try:
                if self._rewrite(code, emit, insn, req, base):
                    out.rewritten += 1
                else:
                    out.skipped.append(f"{self.method.ref}: no usable target at pc {req.pc}")
            except ReassembleError as exc:
                out.skipped.append(f"{self.method.ref}: pc {req.pc}: {exc}")
        if out.rewritten == 0:  # leave the method exactly as it was
            code.items, code.registers, code.outs = saved
            return out
        code.outs = max(code.outs, need)
        return out

    def _words_needed(self, req: SiteRequest) -> int:
        words = 0
        for t in req.targets:
            if "->" in t and "(" in t:
                try:
                    ref = parse_method(t)
                except ReassembleError:
                    continue
                words = max(words, 1 + sum(reg_width(p) for p in ref.proto.parameters))
        return T_BLOCK + max(words, 2)

    def _rewrite(self, code: Code, emit: Emitter, site: Instruction, req: SiteRequest,
                 base: int) -> bool:
        index = next(i for i, it in enumerate(code.items) if it is site)
        result, move_result = _result_reg(code, index)
        b = _Builder(emit, base)
        cases: list[list[Instruction]] = []
        pending_fails: list[list[Instruction]] = []
        done: list[Instruction] = []
        self._prologue(b, site, req)
        prologue = b.items
        risky: list[tuple[Instruction, Instruction]] = []
        for target in dict.fromkeys(req.targets):
            b.items, b.fails, b.risky = [], [], []
            if not self._case(b, site, req.api, target, result):
                continue
            done.append(b.add("goto", target=-1))
            cases.append(b.items)
            pending_fails.append(b.fails)
            if len(b.risky) == 2 and b.risky[0] < b.risky[1]:
                risky.append((b.items[b.risky[0]], b.items[b.risky[1]]))
        if not cases:
            return False
        # Lay out: prologue, cases, the original call (fresh address), its move-result.
        fallback = emit.moved(site)
        after_index = index + (2 if move_result is not None else 1)
        if after_index >= len(code.items):
            raise ReassembleError("reflective call is the last instruction")
        end = code.items[after_index]
        for i, fails in enumerate(pending_fails):
            next_addr = cases[i + 1][0].address if i + 1 < len(cases) else fallback.address
            for f in fails:
                f.target = next_addr
        for g in done:
            g.target = end.address
        block = prologue + [it for c in cases for it in c]
        # The first inserted item takes the site's address: branches and tries that
        # pointed at the call now point at the dispatch.
        block[0].address = site.address
        code.items[index:index + 1] = [*block, fallback]
        for first, after in risky:
            _guard_linkage(code, first.address, after.address, fallback.address)
        return True

    def _prologue(self, b: _Builder, site: Instruction, req: SiteRequest) -> None:
        regs = site.regs
        if req.api in ("Method.invoke",):
            b.add("move-object/16", (b.r(T_M), regs[0]))
            b.add("move-object/16", (b.r(T_VAL), regs[1]))
            b.add("move-object/16", (b.r(T_ARGS), regs[2]))
        elif req.api == "Constructor.newInstance":
            b.add("move-object/16", (b.r(T_M), regs[0]))
            b.add("move-object/16", (b.r(T_ARGS), regs[1]))
        elif req.api in ("Class.newInstance", "Class.forName"):
            b.add("move-object/16", (b.r(T_M), regs[0]))
        elif req.api == "ClassLoader.loadClass":
            b.add("move-object/16", (b.r(T_M), regs[1]))
        elif req.api == "Field.get":
            b.add("move-object/16", (b.r(T_M), regs[0]))
            b.add("move-object/16", (b.r(T_ARGS), regs[1]))
        elif req.api == "Field.set":
            b.add("move-object/16", (b.r(T_M), regs[0]))
            b.add("move-object/16", (b.r(T_ARGS), regs[1]))
            b.add("move-object/16", (b.r(T_IDX), regs[2]))
        else:
            raise ReassembleError(f"unsupported reflective API {req.api}")

    def _case(self, b: _Builder, site: Instruction, api: str, target: str,
              result: int | None) -> bool:
        if api == "Method.invoke":
            return self._method_case(b, parse_method(target), result)
        if api == "Constructor.newInstance":
            return self._ctor_case(b, parse_method(target), result, with_args=True)
        if api == "Class.newInstance":
            ref = (MethodRef(target, "<init>", Proto("V")) if is_type(target)
                   else parse_method(target))
            return self._ctor_case(b, ref, result, with_args=False)
        if api in ("Class.forName", "ClassLoader.loadClass"):
            descriptor = target if is_type(target) else descriptor_of(target)
            if not descriptor.startswith("L"):
                return False
            b.guard_equals(STRING_EQUALS, None, b.r(T_M), "const-string", java_name(descriptor))
            if result is not None:
                b.risky_begin()
                b.add("const-class", (result,), ref=descriptor)
                b.risky_end()
            return True
        if api in ("Field.get", "Field.set"):
            return self._field_case(b, parse_field(target), api == "Field.set", result)
        return False

    def _member_guards(self, b: _Builder, owner_t: str, ref_class: str, name: str | None,
                       params: tuple[str, ...] | None) -> None:
        m = b.r(T_M)
        if name is not None:
            b.guard_equals(STRING_EQUALS, MethodRef(owner_t, "getName", Proto(STRING)), m,
                           "const-string", name)
        b.guard_equals(OBJECT_EQUALS, MethodRef(owner_t, "getDeclaringClass", Proto(CLASS)), m,
                       "const-class", ref_class)
        if params is not None:
            getter = MethodRef(owner_t, "getParameterTypes", Proto("[Ljava/lang/Class;"))
            b.guard_count(getter, m, len(params))
            b.guard_parameter_types(getter, m, params)

    def _method_case(self, b: _Builder, ref: MethodRef, result: int | None) -> bool:
        if ref.name in ("<init>", "<clinit>"):
            return False
        ref = self.members.checked(ref)
        self._member_guards(b, METHOD_T, ref.class_, ref.name, ref.proto.parameters)
        kind = self.members.invoke_kind(ref)
        first = b.r(T_BLOCK)
        reg = first
        b.risky_begin()
        if kind != "static":
            b.add("move-object/16", (reg, b.r(T_VAL)))
            if ref.class_ != OBJ:
                b.add("check-cast", (reg,), ref=ref.class_)
            reg += 1
        reg = b.unpack(ref.proto.parameters, reg)
        regs = tuple(range(first, reg))
        b.add(_invoke_op(kind, len(regs)), regs, ref=ref)
        b.risky_end()
        ret = ref.proto.return_type
        if result is not None and ret != "V":
            a = b.r(T_A)
            op = ("move-result-object" if ret[0] in "L[" else
                  "move-result-wide" if reg_width(ret) == 2 else "move-result")
            b.add(op, (a,))
            b.box_into(ret, a, result)
        elif result is not None:
            b.box_into("V", 0, result)
        return True

    def _ctor_case(self, b: _Builder, ref: MethodRef, result: int | None,
                   with_args: bool) -> bool:
        if ref.name != "<init>" or not ref.class_.startswith("L"):
            return False
        if with_args:
            self._member_guards(b, CTOR_T, ref.class_, None, ref.proto.parameters)
        else:
            if ref.proto.parameters:
                return False
            b.guard_equals(OBJECT_EQUALS, None, b.r(T_M), "const-class", ref.class_)
        first = b.r(T_BLOCK)
        b.risky_begin()
        b.add("new-instance", (first,), ref=ref.class_)
        reg = b.unpack(ref.proto.parameters, first + 1) if with_args else first + 1
        b.add("invoke-direct/range", tuple(range(first, reg)), ref=ref)
        b.risky_end()
        if result is not None:
            b.add("move-object/16", (result, first))
        return True

    def _field_case(self, b: _Builder, ref: FieldRef, is_set: bool, result: int | None) -> bool:
        static = self.members.field_is_static(ref)
        if static is None:
            raise ReassembleError(f"field {ref} is not defined in the app; left reflective")
        obj, val = b.r(T_OBJ), b.r(T_VAL)
        if not static and val + 1 >= 16:
            raise ReassembleError("instance field access needs registers below v16")
        self._member_guards(b, FIELD_T, ref.class_, ref.name, None)
        suffix = FIELD_SUFFIX.get(ref.type, "-object" if ref.type[0] in "L[" else "")
        b.risky_begin()
        if not static:
            b.add("move-object/16", (obj, b.r(T_ARGS)))
            b.add("check-cast", (obj,), ref=ref.class_)
        if is_set:
            a = b.r(T_A)
            b.add("move-object/16", (a, b.r(T_IDX)))
            b.convert_from_object(ref.type, a, val)
            if static:
                b.add("sput" + suffix, (val,), ref=ref)
            else:
                b.add("iput" + suffix, (val, obj), ref=ref)
            b.risky_end()
            return True
        if static:
            b.add("sget" + suffix, (val,), ref=ref)
        else:
            b.add("iget" + suffix, (val, obj), ref=ref)
        b.risky_end()
        b.box_into(ref.type, val, result)
        return True


def _refs_for(api: str) -> tuple[MethodRef, ...]:
    if api == "ClassLoader.loadClass":
        return ()
    refs = API_REFS.get(api)
    if refs is None:
        return ()
    return refs


LINKAGE_ERROR = "Ljava/lang/LinkageError;"


def _guard_linkage(code: Code, first: int, after: int, fallback: int) -> None:
    """Catch LinkageError over [first, after) and go to the reflective fallback.

    A direct reference can fail to link where the reflective call would not (a framework
    method whose recorded signature or invoke kind is wrong, a private target); then the
    original call runs instead. Tries must not overlap, so an enclosing try is split and
    its handlers follow ours; tries are kept in code order.
    """
    pos = {it.address: i for i, it in enumerate(code.items)}
    end_pos = len(code.items)

    def at(address: int) -> int:
        return pos.get(address, end_pos)  # a try may end at the end of the code

    ours = Handler(LINKAGE_ERROR, fallback)
    tries: list[TryBlock] = []
    placed = False
    for t in code.tries:
        if not placed and at(t.start) <= at(first) and at(after) <= at(t.end):
            if at(t.start) < at(first):
                tries.append(TryBlock(t.start, first, t.handlers, t.catch_all))
            tries.append(TryBlock(first, after, (ours, *t.handlers), t.catch_all))
            if at(after) < at(t.end):
                tries.append(TryBlock(after, t.end, t.handlers, t.catch_all))
            placed = True
        else:
            tries.append(t)
    if not placed:
        tries.append(TryBlock(first, after, (ours,)))
    tries.sort(key=lambda t: at(t.start))
    code.tries = tries
