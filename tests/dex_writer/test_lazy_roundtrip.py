"""read_dex(lazy=True) + the writer's copy-through of untouched code items (issue 20).

The copy-through must be invisible: the written file diffs equal to what the eager path (decode
everything, re-assemble everything) writes, passes dexdump, and a method someone touched is
re-assembled from the model. Indices are renumbered when the new pools differ from the source's
(classes dropped or merged from two files), and a const-string whose index outgrows 16 bits
falls back to re-assembly (const-string/jumbo). Malformed code fails as the eager reader fails.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
import random
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from reassembler.dex import passthrough
from reassembler.dex.builder import ACC_PUBLIC, ACC_STATIC, ClassBuilder, build_dex
from reassembler.dex.codec import decode_code
from reassembler.dex.container import open_dex_inputs
from reassembler.dex.diff import diff_dex
from reassembler.dex.errors import DexFormatError
from reassembler.dex.lazy import ALL_LOADED, ITEMS_LOADED, LazyCode
from reassembler.dex.model import Code, DexFile, Instruction, Method
from reassembler.dex.reader import read_dex, read_dex_lazy, read_tables
from reassembler.dex.writer import write_dex, write_dex_files
from tests.conftest import DROIDBENCH_APK
from tests.dex_reader.dexfiles import fix_checksums, smallest_dex
from tests.dex_writer.conftest import dexdump_errors

CONST_STRING_JUMBO = 0x1B
FEATURES = Path(__file__).resolve().parents[1] / "dex_reader" / "data" / "Features.smali"


def _lazy_codes(dex: DexFile) -> list[LazyCode]:
    return [m.code for c in dex.classes for m in c.methods() if isinstance(m.code, LazyCode)]


def _checked(data: bytes, tmp_path: Path, name: str = "out.dex") -> bytes:
    path = tmp_path / name
    path.write_bytes(data)
    assert dexdump_errors(path) == []
    return data


@pytest.fixture(scope="module")
def corpus(droidbench_apks: list[Path]) -> list[bytes]:
    """Two tiny corpus DEX files and a 330 KB one with every payload kind and try blocks."""
    rich = DROIDBENCH_APK / "Lifecycle" / "FragmentLifecycle2.apk"
    if not rich.is_file():
        pytest.skip(f"{rich} is missing")
    return [*smallest_dex(droidbench_apks, 3)[1:], open_dex_inputs(rich)[0][1]]


def test_lazy_model_equals_the_eager_one(corpus: list[bytes]) -> None:
    for data in corpus:
        eager, lazy = read_dex(data), read_dex(data, lazy=True)
        codes = _lazy_codes(lazy)
        assert codes and all(c.loaded == 0 for c in codes)
        assert lazy.classes == eager.classes
        assert eager.classes == lazy.classes  # Code == LazyCode from either side


def test_untouched_round_trip_copies_every_code_item_through(
    corpus: list[bytes], tmp_path: Path
) -> None:
    for i, data in enumerate(corpus):
        lazy = read_dex(data, lazy=True)
        out = _checked(write_dex(lazy), tmp_path, f"{i}.dex")
        assert not any(c.loaded & ITEMS_LOADED for c in _lazy_codes(lazy)), "the writer decoded code"
        assert diff_dex(read_dex(data), read_dex(out)) == []
        # These inputs hold strings or types nothing references ("this" from dx): the output
        # pools are smaller, so every copied item was renumbered. Written again, the pools
        # stay the same and every item is copied byte for byte: a fixed point.
        assert _id_counts(out) != _id_counts(data)
        again = read_dex(out, lazy=True)
        assert write_dex(again) == out
        assert not any(c.loaded & ITEMS_LOADED for c in _lazy_codes(again))


def _id_counts(data: bytes) -> tuple[int, ...]:
    return struct.unpack_from("<12I", data, 0x38)[0::2]


def test_touched_methods_are_reassembled_and_the_rest_copied(
    corpus: list[bytes], tmp_path: Path
) -> None:
    data = corpus[-1]
    lazy = read_dex(data, lazy=True)
    methods = [m for c in lazy.classes for m in c.methods() if m.code is not None]
    touched, debug_only = methods[0], methods[-1]
    assert touched.code is not None and debug_only.code is not None
    touched.code.items.insert(0, Instruction(0x00, address=-1))  # a leading nop
    debug = debug_only.code.debug  # read the line table only: insns stay copied through
    if debug is not None:
        debug.line_start += 7
    out = read_dex(_checked(write_dex(lazy), tmp_path))
    written = {m.ref: m for c in out.classes for m in c.methods()}
    new_code = written[touched.ref].code
    assert new_code is not None and isinstance(new_code.items[0], Instruction)
    assert new_code.items[0].opcode == 0x00
    other = written[debug_only.ref].code
    assert other is not None
    if debug is not None:
        assert other.debug is not None and other.debug.line_start == debug.line_start
    assert not debug_only.code.loaded & ITEMS_LOADED  # never decoded
    # Everything else is what the eager path writes.
    eager = read_dex(data)
    eager_methods = {m.ref: m for c in eager.classes for m in c.methods()}
    eager_methods[touched.ref].code = touched.code
    if debug is not None:
        target = eager_methods[debug_only.ref].code
        assert target is not None and target.debug is not None
        target.debug.line_start = debug.line_start
    assert diff_dex(read_dex(write_dex(eager)), out) == []


def test_indices_are_renumbered_when_pools_shrink_or_merge(
    corpus: list[bytes], tmp_path: Path
) -> None:
    first, second = corpus[-2], corpus[-1]
    # Drop half the classes: the rest reference fewer ids, so every index moves.
    lazy, eager = read_dex(first, lazy=True), read_dex(first)
    keep = {c.type for c in lazy.classes[::2]}
    lazy.classes = [c for c in lazy.classes if c.type in keep]
    eager.classes = [c for c in eager.classes if c.type in keep]
    out = _checked(write_dex(lazy), tmp_path, "half.dex")
    assert not any(c.loaded & ITEMS_LOADED for c in _lazy_codes(lazy))
    assert diff_dex(read_dex(write_dex(eager)), read_dex(out)) == []
    # Two source files in one output: each is renumbered through its own maps.
    a, b = read_dex(first, lazy=True), read_dex(second, lazy=True)
    seen = {c.type for c in a.classes}
    merged = DexFile(a.classes + [c for c in b.classes if c.type not in seen], version=35)
    files = write_dex_files(merged)
    ea, eb = read_dex(first), read_dex(second)
    expected = DexFile(ea.classes + [c for c in eb.classes if c.type not in seen], version=35)
    for i, blob in enumerate(files):
        _checked(blob, tmp_path, f"merged{i}.dex")
    got = [c for blob in files for c in read_dex(blob).classes]
    assert diff_dex(DexFile(got), expected) == []


def test_const_string_outgrowing_16_bits_falls_back_to_jumbo(tmp_path: Path) -> None:
    small = ClassBuilder("Lz/Small;")
    small.method("m", "()V", access=ACC_PUBLIC | ACC_STATIC, registers=1,
                 code=[("const-string", "v0", "zzz"), ("return-void",)])
    lazy = read_dex(write_dex(build_dex(small)), lazy=True)
    big = ClassBuilder("La/Big;")  # 66,000 strings that sort before "zzz"
    big.method("m", "()V", access=ACC_PUBLIC | ACC_STATIC, registers=1,
               code=[*[("const-string", "v0", f"s{i:05d}") for i in range(66_000)],
                     ("return-void",)])
    merged = DexFile([*build_dex(big).classes, *lazy.classes])
    out = read_dex(_checked(write_dex(merged), tmp_path))
    code = next(c for c in out.classes if c.type == "Lz/Small;").direct_methods[0].code
    assert code is not None and isinstance(code.items[0], Instruction)
    assert (code.items[0].opcode, code.items[0].ref) == (CONST_STRING_JUMBO, "zzz")


def test_features_dex_round_trips_lazily(tmp_path: Path) -> None:
    if shutil.which("smali") is None:
        pytest.skip("smali is not installed")
    src = tmp_path / "features.dex"
    subprocess.run(["smali", "a", "--api", "28", "-o", str(src), str(FEATURES)],
                   check=True, capture_output=True, timeout=120)
    data = src.read_bytes()
    lazy = read_dex(data, lazy=True)
    out = _checked(write_dex(lazy), tmp_path)
    assert out[:8] == data[:8]  # call sites, method handles: the version they need is kept
    assert not any(c.loaded & ITEMS_LOADED for c in _lazy_codes(lazy))
    assert diff_dex(read_dex(data), read_dex(out)) == []


def _insns(data: bytes, off: int) -> bytes:
    n = int.from_bytes(data[off + 12 : off + 16], "little")
    return data[off + 16 : off + 16 + 2 * n]


def _corrupt_first_opcode(data: bytes, opcode: int) -> tuple[bytes, str]:
    lazy = read_dex_lazy(data)
    sig, off = next(iter(lazy.code_offsets.items()))
    out = bytearray(data)
    out[off + 16] = opcode
    return fix_checksums(out), sig


def test_malformed_code_fails_as_the_eager_reader_fails(corpus: list[bytes]) -> None:
    bad, sig = _corrupt_first_opcode(corpus[-1], 0x3E)  # an unused opcode
    with pytest.raises(DexFormatError) as eager:
        read_dex(bad)
    lazy = read_dex(bad, lazy=True)  # code is not looked at yet
    with pytest.raises(DexFormatError) as written:
        write_dex(lazy)
    assert str(written.value) == str(eager.value)
    assert sig in str(eager.value) and "unknown opcode 0x3e" in str(eager.value)


def _corrupt_string_index(data: bytes) -> tuple[bytes, str]:
    """`data` with the first string operand of some method pointing past the string table."""
    lazy = read_dex_lazy(data)
    units = memoryview(data)[: len(data) & ~1].cast("H")
    for sig, off in lazy.code_offsets.items():
        start = (off + 16) // 2
        pos = passthrough.positions()
        passthrough.scan(units, start, start + units[off // 2 + 6], pos)
        if pos[passthrough.STRING]:
            out = bytearray(data)
            at = 2 * pos[passthrough.STRING][0]
            out[at : at + 2] = b"\xff\xff"
            return fix_checksums(out), sig
    raise AssertionError("no const-string")


def test_index_out_of_range_fails_as_the_eager_reader_fails(corpus: list[bytes]) -> None:
    bad, sig = _corrupt_string_index(corpus[-1])
    with pytest.raises(DexFormatError) as eager:
        read_dex(bad)
    with pytest.raises(DexFormatError) as written:
        write_dex(read_dex(bad, lazy=True))
    for exc in (eager, written):  # the context between the two differs (class vs code item)
        text = str(exc.value)
        assert text.startswith(f"classes.dex: {sig}: ")
        assert text.endswith("string index 65535 out of range (size 3198)")


def test_bad_code_throw_turns_what_does_not_decode_into_verify_errors(
    corpus: list[bytes], tmp_path: Path
) -> None:
    for bad, sig in (_corrupt_first_opcode(corpus[-1], 0x3E), _corrupt_string_index(corpus[-1])):
        warnings: list[str] = []
        lazy = read_dex(bad, lazy=True, bad_code="throw", warn=warnings.append)
        out = read_dex(_checked(write_dex(lazy), tmp_path))
        eager = read_dex(bad, bad_code="throw", warn=warnings.append)
        assert diff_dex(read_dex(write_dex(eager)), out) == []
        assert len(warnings) == 2 and all(sig in w and "VerifyError" in w for w in warnings)
        method = next(m for c in out.classes for m in c.methods() if str(m.ref) == sig)
        assert method.code is not None
        assert [i.opcode for i in method.code.items if isinstance(i, Instruction)] == [
            0x22, 0x70, 0x27]  # new-instance, invoke-direct, throw


def test_scan_refuses_exactly_what_decode_refuses(corpus: list[bytes]) -> None:
    """Seeded fuzz: bytes of real code items flipped; the copy-through scan plus the
    collector's index range check must refuse exactly the mutants the decoder refuses."""
    data = corpus[-1]
    resolver = read_tables(data)
    tables: list[list[object]] = [
        [], resolver.strings, resolver.types, resolver.fields,  # type: ignore[attr-defined]
        resolver.methods, resolver.protos, resolver.sites, resolver.handles,  # type: ignore[attr-defined]
    ]
    offsets = list(read_dex_lazy(data).code_offsets.values())
    with_payloads = [off for off in offsets if any(
        w in (0x100, 0x200, 0x300) for w in memoryview(_insns(data, off)).cast("H"))]
    assert with_payloads
    rng = random.Random(20)
    refused = 0
    for _ in range(3000):
        off = rng.choice(with_payloads if rng.random() < 0.5 else offsets)
        n = int.from_bytes(data[off + 12 : off + 16], "little")
        insns = bytearray(data[off + 16 : off + 16 + 2 * n])
        for _ in range(rng.randint(1, 3)):
            insns[rng.randrange(len(insns))] = rng.randrange(256)
        units = memoryview(bytes(insns)).cast("H")
        pos = passthrough.positions()
        try:
            passthrough.scan(units, 0, n, pos)
        except passthrough.Malformed:
            accepted = False
        else:
            used: list[set[int]] = [set() for _ in range(8)]
            passthrough.add_operands(units, pos, used)
            accepted = all(not used[k] or max(used[k]) < len(tables[k]) for k in range(1, 8))
        try:
            decode_code(bytes(insns), resolver)
            decoded = True
        except DexFormatError:
            decoded = False
        assert accepted == decoded, (off, bytes(insns).hex())
        refused += not accepted
    assert refused > 300


def test_lazy_code_behaves_as_a_code() -> None:
    data = write_dex(build_dex(_hello()))
    method = read_dex(data, lazy=True).classes[0].direct_methods[0]
    code = method.code
    assert isinstance(code, LazyCode)
    for other in (pickle.loads(pickle.dumps(code)), copy.deepcopy(code), copy.copy(code)):
        assert type(other) is Code and other == code and code == other
    assert code.loaded == ALL_LOADED  # copying read everything
    replaced = dataclasses.replace(code, registers=9)
    assert replaced.registers == 9 and replaced.items == code.items
    fresh = read_dex(data, lazy=True).classes[0].direct_methods[0]
    assert isinstance(fresh, Method) and repr(fresh.code).startswith("LazyCode(registers=2")


def _hello() -> ClassBuilder:
    hello = ClassBuilder("Lcom/example/Hello;")
    hello.method("hello", "()V", access=ACC_PUBLIC | ACC_STATIC, registers=2,
                 code=[("const-string", "v0", "dexlego"), ("return-void",)])
    return hello
