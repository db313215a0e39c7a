"""The model transformations one by one, on small classes assembled from smali.

Every transformed class is written with our writer and must pass `dexdump -c` and
the bytecode verifier; the instructions are then checked for the intended shape.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from reassembler.dex.bytecode_verify import verify_dex
from reassembler.dex.dexdump import run_dexdump
from reassembler.dex.model import ClassDef, Code, DexFile, FieldRef, Instruction, Method
from reassembler.dex.opcodes import OPCODES
from reassembler.dex.reader import read_dex
from reassembler.dex.writer import write_dex
from reassembler.members import MemberIndex
from reassembler.reflection import SiteRequest, SiteRewriter
from reassembler.registers import widen
from reassembler.restore import make_stub
from reassembler.sigs import parse_method
from reassembler.versions import merge_versions

pytestmark = pytest.mark.skipif(shutil.which("smali") is None, reason="smali not installed")

HEADER = ".class public L{name};\n.super Ljava/lang/Object;\n"


def assemble(tmp: Path, classes: dict[str, str]) -> DexFile:
    src = tmp / "src"
    src.mkdir(exist_ok=True)
    for name, body in classes.items():
        (src / f"{name.replace('/', '_')}.smali").write_text(HEADER.format(name=name) + body)
    out = tmp / "in.dex"
    subprocess.run(["smali", "a", "-o", str(out), str(src)], check=True, capture_output=True)
    return read_dex(out.read_bytes())


def method(dex: DexFile, sig: str) -> tuple[ClassDef, Method]:
    ref = parse_method(sig)
    for cls in dex.classes:
        for m in cls.methods():
            if m.ref == ref:
                return cls, m
    raise KeyError(sig)


def names(code: Code | None) -> list[str]:
    assert code is not None
    return [OPCODES[i.opcode].name for i in code.items if isinstance(i, Instruction)]


def written_ok(tmp: Path, dex: DexFile) -> DexFile:
    """Write `dex`, check dexdump and the verifier, and read it back."""
    data = write_dex(dex)
    path = tmp / "out.dex"
    path.write_bytes(data)
    assert run_dexdump(path) == []
    back = read_dex(data)
    assert verify_dex(back) == []
    return back


WIDE = """
.method public static f(JLjava/lang/String;I)J
    .registers 6
    :top
    add-int/lit8 p3, p3, -0x1
    if-gtz p3, :top
    return-wide p0
.end method
"""


def test_widen_moves_arguments_back_and_keeps_loop_targets(tmp_path: Path) -> None:
    dex = assemble(tmp_path, {"w/W": WIDE})
    _, m = method(dex, "Lw/W;->f(JLjava/lang/String;I)J")
    assert m.code is not None
    first = m.code.items[0]
    free = widen(m.code, m.ref.proto, True, "Lw/W;", 3)
    assert free == 6 and m.code.registers == 9
    moves = m.code.items[:3]
    assert [(OPCODES[i.opcode].name, i.regs) for i in moves if isinstance(i, Instruction)] == [
        ("move-wide/16", (2, 5)), ("move-object/16", (4, 7)), ("move/16", (5, 8))]
    branch = next(i for i in m.code.items if isinstance(i, Instruction) and i.target is not None)
    assert branch.target == first.address  # the loop does not re-run the entry moves
    back = written_ok(tmp_path, dex)
    _, m2 = method(back, "Lw/W;->f(JLjava/lang/String;I)J")
    assert m2.code is not None
    jump = next(i for i in m2.code.items if isinstance(i, Instruction) and i.target is not None)
    assert jump.target == m2.code.items[3].address


def test_instance_method_widening_moves_this(tmp_path: Path) -> None:
    dex = assemble(tmp_path, {"w/I": """
.method public g(D)D
    .registers 3
    return-wide p1
.end method
"""})
    _, m = method(dex, "Lw/I;->g(D)D")
    assert m.code is not None
    widen(m.code, m.ref.proto, False, "Lw/I;", 2)
    assert names(m.code)[:2] == ["move-object/16", "move-wide/16"]
    assert [i.regs for i in m.code.items[:2] if isinstance(i, Instruction)] == [(0, 2), (1, 3)]
    written_ok(tmp_path, dex)


def test_stub_throws_and_verifies(tmp_path: Path) -> None:
    dex = assemble(tmp_path, {"s/S": WIDE})
    _, m = method(dex, "Ls/S;->f(JLjava/lang/String;I)J")
    m.code = make_stub(m)
    assert m.code.registers == m.code.ins + 2 == 6
    assert names(m.code) == ["new-instance", "const-string", "invoke-direct", "throw"]
    written_ok(tmp_path, dex)


V1 = """
.method public static v(I)I
    .registers 3
    if-eqz p0, :zero
    invoke-static {}, Lx/Sinks;->one()V
    :zero
    const/4 v0, 0x2
    return v0
.end method
"""
V2 = """
.method public static v(I)I
    .registers 4
    if-eqz p0, :zero
    invoke-static {}, Lx/Sinks;->two()V
    :zero
    const/4 v1, 0x3
    return v1
.end method
"""


def test_versions_with_a_branch_before_the_divergence_dispatch_at_entry(tmp_path: Path) -> None:
    (tmp_path / "1").mkdir()
    (tmp_path / "2").mkdir()
    d1 = assemble(tmp_path / "1", {"x/V": V1})
    d2 = assemble(tmp_path / "2", {"x/V": V2})
    cls, m = method(d1, "Lx/V;->v(I)I")
    _, m2 = method(d2, "Lx/V;->v(I)I")
    assert m.code is not None and m2.code is not None
    sel = FieldRef("Lx/V;", "dexlego$sel0", "I")
    merged = merge_versions([m.code, m2.code], proto=m.ref.proto, is_static=True,
                            class_type="Lx/V;", selector=sel)
    code = merged.code
    # versions had 3 and 4 registers: widened to 4, plus one for the selector
    assert code.registers == 5
    ops = names(code)
    # the if-eqz targets past the divergence point, so nothing is shared: dispatch first
    assert ops[:3] == ["move/16", "sget", "packed-switch"]
    callees = {str(i.ref) for i in code.items if isinstance(i, Instruction)
               and OPCODES[i.opcode].is_invoke}
    assert callees == {"Lx/Sinks;->one()V", "Lx/Sinks;->two()V"}
    from reassembler.dex.model import Field

    m.code = code
    cls.static_fields.append(Field(sel, 0x9))
    written_ok(tmp_path, d1)


SHARED = """
.method public static s()V
    .registers 2
    const-string v0, "same"
    const-string v1, "{tag}"
    :try_start
    invoke-static {{v0, v1}}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    :try_end
    .catch Ljava/lang/Exception; {{:try_start .. :try_end}} :handler
    return-void
    :handler
    return-void
.end method
"""


def test_versions_share_their_common_prefix(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    da = assemble(tmp_path / "a", {"y/S": SHARED.format(tag="A")})
    db = assemble(tmp_path / "b", {"y/S": SHARED.format(tag="B")})
    cls, m = method(da, "Ly/S;->s()V")
    _, mb = method(db, "Ly/S;->s()V")
    assert m.code is not None and mb.code is not None
    sel = FieldRef("Ly/S;", "dexlego$sel0", "I")
    merged = merge_versions([m.code, mb.code], proto=m.ref.proto, is_static=True,
                            class_type="Ly/S;", selector=sel)
    ops = names(merged.code)
    assert ops[:3] == ["const-string", "sget", "packed-switch"]  # one shared instruction
    assert ops.count("invoke-static") == 2 and len(merged.code.tries) == 2
    strings = [i.ref for i in merged.code.items if isinstance(i, Instruction)]
    assert "A" in strings and "B" in strings and strings.count("same") == 1
    from reassembler.dex.model import Field

    m.code = merged.code
    cls.static_fields.append(Field(sel, 0x9))
    back = written_ok(tmp_path, da)
    _, mm = method(back, "Ly/S;->s()V")
    assert mm.code is not None and len(mm.code.tries) == 2


REFL = """
.field public count:I
.field public static name:Ljava/lang/String;

.method public constructor <init>(I)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput p1, p0, Lr/T;->count:I
    return-void
.end method

.method public static a(J)Ljava/lang/String;
    .registers 2
    const-string v0, "a"
    return-object v0
.end method

.method public b()I
    .registers 2
    const/4 v0, 0x7
    return v0
.end method
"""

CALLER = """
.method public static call(Ljava/lang/reflect/Method;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;
    .registers 4
    invoke-virtual {{p0, p1, p2}}, Ljava/lang/reflect/Method;->invoke({invoke}
    move-result-object v0
    return-object v0
.end method

.method public static make(Ljava/lang/reflect/Constructor;[Ljava/lang/Object;)Ljava/lang/Object;
    .registers 3
    invoke-virtual {{p0, p1}}, Ljava/lang/reflect/Constructor;->newInstance({new}
    move-result-object v0
    return-object v0
.end method

.method public static get(Ljava/lang/reflect/Field;Ljava/lang/Object;)Ljava/lang/Object;
    .registers 3
    invoke-virtual {{p0, p1}}, Ljava/lang/reflect/Field;->get(Ljava/lang/Object;)Ljava/lang/Object;
    move-result-object v0
    return-object v0
.end method

.method public static set(Ljava/lang/reflect/Field;Ljava/lang/Object;)V
    .registers 2
    const/4 v0, 0x0
    invoke-virtual {{p0, v0, p1}}, Ljava/lang/reflect/Field;->set(Ljava/lang/Object;Ljava/lang/Object;)V
    return-void
.end method

.method public static find(Ljava/lang/String;)Ljava/lang/Class;
    .registers 2
    invoke-static {{p0}}, Ljava/lang/Class;->forName(Ljava/lang/String;)Ljava/lang/Class;
    move-result-object v0
    return-object v0
.end method
""".format(
       invoke="Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;",
       new="[Ljava/lang/Object;)Ljava/lang/Object;",
   )


@pytest.fixture
def refl(tmp_path: Path) -> DexFile:
    return assemble(tmp_path, {"r/T": REFL, "r/C": CALLER})


def rewrite(dex: DexFile, sig: str, api: str, targets: list[str], pc: int = 0) -> list[str]:
    cls, m = method(dex, sig)
    out = SiteRewriter(cls.type, m, MemberIndex.build(dex.classes)).run(
        [SiteRequest(pc, api, targets)], None)
    assert out.rewritten == 1, out.skipped
    return names(m.code)


CALL = "Lr/C;->call(Ljava/lang/reflect/Method;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;"


def invokes(dex: DexFile, sig: str) -> list[str]:
    _, m = method(dex, sig)
    assert m.code is not None
    return [str(i.ref) for i in m.code.items
            if isinstance(i, Instruction) and OPCODES[i.opcode].is_invoke]


def test_method_invoke_with_two_targets_dispatches(refl: DexFile, tmp_path: Path) -> None:
    ops = rewrite(refl, CALL, "Method.invoke",
                  ["Lr/T;->a(J)Ljava/lang/String;", "Lr/T;->b()I"])
    called = invokes(refl, CALL)
    assert "Lr/T;->a(J)Ljava/lang/String;" in called and "Lr/T;->b()I" in called
    assert "Ljava/lang/Long;->longValue()J" in called  # unboxing the long argument
    assert "Ljava/lang/Integer;->valueOf(I)Ljava/lang/Integer;" in called  # boxing the result
    assert called[-1].startswith("Ljava/lang/reflect/Method;->invoke")  # the fallback
    assert "invoke-static/range" in ops and "invoke-virtual/range" in ops
    written_ok(tmp_path, refl)


def test_constructor_new_instance(refl: DexFile, tmp_path: Path) -> None:
    sig = "Lr/C;->make(Ljava/lang/reflect/Constructor;[Ljava/lang/Object;)Ljava/lang/Object;"
    ops = rewrite(refl, sig, "Constructor.newInstance", ["Lr/T;-><init>(I)V"])
    assert "new-instance" in ops
    assert "Lr/T;-><init>(I)V" in invokes(refl, sig)
    written_ok(tmp_path, refl)


def test_field_get_and_set(refl: DexFile, tmp_path: Path) -> None:
    get = "Lr/C;->get(Ljava/lang/reflect/Field;Ljava/lang/Object;)Ljava/lang/Object;"
    ops = rewrite(refl, get, "Field.get", ["Lr/T;->count:I"])
    assert "iget" in ops
    assert "Ljava/lang/Integer;->valueOf(I)Ljava/lang/Integer;" in invokes(refl, get)
    put = "Lr/C;->set(Ljava/lang/reflect/Field;Ljava/lang/Object;)V"
    ops = rewrite(refl, put, "Field.set", ["Lr/T;->name:Ljava/lang/String;"], pc=1)
    assert "sput-object" in ops and "check-cast" in ops
    written_ok(tmp_path, refl)


def test_for_name_becomes_const_class(refl: DexFile, tmp_path: Path) -> None:
    sig = "Lr/C;->find(Ljava/lang/String;)Ljava/lang/Class;"
    ops = rewrite(refl, sig, "Class.forName", ["Lr/T;"], pc=-1)
    _, m = method(refl, sig)
    assert m.code is not None
    consts = [(OPCODES[i.opcode].name, i.ref) for i in m.code.items if isinstance(i, Instruction)]
    assert ("const-string", "r.T") in consts and ("const-class", "Lr/T;") in consts
    assert ops.count("invoke-static") == 1  # the forName fallback stays
    written_ok(tmp_path, refl)


def test_framework_fields_and_missing_sites_are_skipped_with_a_reason(refl: DexFile) -> None:
    cls, m = method(refl, "Lr/C;->get(Ljava/lang/reflect/Field;Ljava/lang/Object;)Ljava/lang/Object;")
    before = names(m.code)
    out = SiteRewriter(cls.type, m, MemberIndex.build(refl.classes)).run(
        [SiteRequest(0, "Field.get", ["Landroid/os/Build;->SERIAL:Ljava/lang/String;"]),
         SiteRequest(40, "Method.invoke", ["Lr/T;->b()I"])], None)
    assert out.rewritten == 0
    assert any("not defined in the app" in s for s in out.skipped)
    assert any("no Method.invoke call at pc 40" in s for s in out.skipped)
    assert names(m.code) == before and m.code is not None and m.code.registers == 3


FORNAME_VERSION = """
.method public static k()Ljava/lang/Class;
    .registers 2
    const-string v0, "{tag}"
    const-string v1, "r.T"
    invoke-static {{v1}}, Ljava/lang/Class;->forName(Ljava/lang/String;)Ljava/lang/Class;
    move-result-object v1
    return-object v1
.end method
"""


def test_sites_are_found_in_every_copy_of_merged_versions(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    da = assemble(tmp_path / "a", {"r/K": FORNAME_VERSION.format(tag="A"), "r/T": REFL})
    db = assemble(tmp_path / "b", {"r/K": FORNAME_VERSION.format(tag="B")})
    cls, m = method(da, "Lr/K;->k()Ljava/lang/Class;")
    _, mb = method(db, "Lr/K;->k()Ljava/lang/Class;")
    assert m.code is not None and mb.code is not None
    pc = next(i.address for i in m.code.items if isinstance(i, Instruction)
              and OPCODES[i.opcode].name == "invoke-static")
    sel = FieldRef("Lr/K;", "dexlego$sel0", "I")
    merged = merge_versions([m.code, mb.code], proto=m.ref.proto, is_static=True,
                            class_type="Lr/K;", selector=sel)
    m.code = merged.code
    out = SiteRewriter(cls.type, m, MemberIndex.build(da.classes)).run(
        [SiteRequest(pc, "Class.forName", ["Lr/T;"])], merged.origin)
    assert out.rewritten == 2, out.skipped  # the call exists once per version copy
    consts = [i.ref for i in m.code.items
              if isinstance(i, Instruction) and OPCODES[i.opcode].name == "const-class"]
    assert consts == ["Lr/T;", "Lr/T;"]
    from reassembler.dex.model import Field

    cls.static_fields.append(Field(sel, 0x9))
    written_ok(tmp_path, da)


RESULT_VERSION = """
.method public static r()I
    .registers 2
    invoke-static {{}}, Lx/F;->f()I
    move-result {reg}
    return {reg}
.end method
"""


def test_divergence_at_a_move_result_keeps_it_after_its_invoke(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    da = assemble(tmp_path / "a", {"x/R": RESULT_VERSION.format(reg="v0")})
    db = assemble(tmp_path / "b", {"x/R": RESULT_VERSION.format(reg="v1")})
    cls, m = method(da, "Lx/R;->r()I")
    _, mb = method(db, "Lx/R;->r()I")
    assert m.code is not None and mb.code is not None
    sel = FieldRef("Lx/R;", "dexlego$sel0", "I")
    merged = merge_versions([m.code, mb.code], proto=m.ref.proto, is_static=True,
                            class_type="Lx/R;", selector=sel)
    assert names(merged.code)[:3] == ["sget", "packed-switch", "invoke-static"]
    from reassembler.dex.model import Field

    m.code = merged.code
    cls.static_fields.append(Field(sel, 0x9))
    written_ok(tmp_path, da)


TRY_CALLER = """
.method public static guarded(Ljava/lang/reflect/Method;[Ljava/lang/Object;)Ljava/lang/Object;
    .registers 4
    const/4 v1, 0x0
    :try_start
    const-string v0, "before"
    invoke-virtual {{p0, v1, p1}}, Ljava/lang/reflect/Method;->invoke({invoke}
    move-result-object v0
    const-string v2, "after"
    :try_end
    .catch Ljava/lang/Exception; {{:try_start .. :try_end}} :handler
    return-object v0
    :handler
    const/4 v0, 0x0
    return-object v0
.end method
"""


def test_direct_path_inside_a_try_gets_a_linkage_error_fallback(tmp_path: Path) -> None:
    dex = assemble(tmp_path, {
        "r/G": TRY_CALLER.format(invoke="Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;"),
        "r/T": REFL})
    sig = "Lr/G;->guarded(Ljava/lang/reflect/Method;[Ljava/lang/Object;)Ljava/lang/Object;"
    rewrite(dex, sig, "Method.invoke", ["Lr/T;->a(J)Ljava/lang/String;"], pc=-1)
    back = written_ok(tmp_path, dex)
    _, m = method(back, sig)
    assert m.code is not None
    # the enclosing try is split around the direct call; ours comes first in the middle part
    assert [[h.type for h in t.handlers] for t in m.code.tries] == [
        ["Ljava/lang/Exception;"],
        ["Ljava/lang/LinkageError;", "Ljava/lang/Exception;"],
        ["Ljava/lang/Exception;"],
    ]
    middle = m.code.tries[1]
    covered = [OPCODES[i.opcode].name for i in m.code.items
               if isinstance(i, Instruction) and middle.start <= i.address < middle.end]
    assert covered[-1] == "invoke-static/range"  # ends right after the direct call
    fallback = next(i for i in m.code.items if i.address == middle.handlers[0].address)
    assert isinstance(fallback, Instruction) and str(fallback.ref).startswith(
        "Ljava/lang/reflect/Method;->invoke")


SWITCH_VERSION = """
.method public static sw(I)I
    .registers 3
    const/4 v0, 0x0
    packed-switch p0, :table
    const/4 v0, 0x{tag}
    :back
    return v0
    :one
    const/4 v0, 0x1
    goto :back
    :two
    const/4 v1, 0x2
    new-array v1, v1, [I
    fill-array-data v1, :data
    aget v0, v1, v0
    goto :back
    :table
    .packed-switch 0x1
        :one
        :two
    .end packed-switch
    :data
    .array-data 4
        0x{tag}
        0x7
    .end array-data
.end method
"""


def test_versions_with_switch_and_array_payloads(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    da = assemble(tmp_path / "a", {"x/S": SWITCH_VERSION.format(tag="3")})
    db = assemble(tmp_path / "b", {"x/S": SWITCH_VERSION.format(tag="5")})
    cls, m = method(da, "Lx/S;->sw(I)I")
    _, mb = method(db, "Lx/S;->sw(I)I")
    assert m.code is not None and mb.code is not None
    sel = FieldRef("Lx/S;", "dexlego$sel0", "I")
    merged = merge_versions([m.code, mb.code], proto=m.ref.proto, is_static=True,
                            class_type="Lx/S;", selector=sel)
    ops = names(merged.code)
    # the switch points at its payload past the divergence: only const/4 is shared
    assert ops[:4] == ["move/16", "const/4", "sget", "packed-switch"]
    assert ops.count("packed-switch") == 3 and ops.count("fill-array-data") == 2
    from reassembler.dex.model import Field, FillArrayDataPayload, PackedSwitchPayload

    m.code = merged.code
    cls.static_fields.append(Field(sel, 0x9))
    back = written_ok(tmp_path, da)
    _, mm = method(back, "Lx/S;->sw(I)I")
    assert mm.code is not None
    arrays = [p.data[:4] for p in mm.code.items if isinstance(p, FillArrayDataPayload)]
    assert arrays == [b"\x03\0\0\0", b"\x05\0\0\0"]
    switches = [p for p in mm.code.items if isinstance(p, PackedSwitchPayload)]
    assert len(switches) == 3  # the dispatch plus one table per version copy
    by_addr = {i.address: i for i in mm.code.items}
    for p in switches:  # every case lands on an instruction, in its own version's copy
        assert all(isinstance(by_addr.get(t), Instruction) for t in p.targets)
