"""Multi-dex: a model with more than 65,536 method references splits into self-contained files."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from reassembler.dex.builder import ACC_ABSTRACT, ACC_PUBLIC, ACC_STATIC, ClassBuilder, build_dex
from reassembler.dex.diff import diff_dex
from reassembler.dex.errors import DexWriteError
from reassembler.dex.lazy import ITEMS_LOADED, LazyCode
from reassembler.dex.model import DexFile
from reassembler.dex.reader import read_dex
from reassembler.dex.writer import write_dex, write_dex_files
from tests.dex_writer.conftest import dexdump_errors

CLASSES = 64
METHODS_PER_CLASS = 1000
EXTERNAL_CALLS = 3000


def big_model() -> DexFile:
    """64 abstract classes of 1,000 methods each, plus one class calling 3,000 methods of a class
    defined elsewhere: 67,001 method refs in all, more than one DEX holds."""
    classes: list[ClassBuilder] = []
    for c in range(CLASSES):
        cls = ClassBuilder(f"Lgen/C{c:03d};", access=ACC_PUBLIC | ACC_ABSTRACT)
        for m in range(METHODS_PER_CLASS):
            cls.method(f"m{m}", "()V", access=ACC_PUBLIC | ACC_ABSTRACT)
        classes.append(cls)
    caller = ClassBuilder("Lgen/Caller;")
    calls: list[object] = [("invoke-static", f"Lext/Lib;->x{i}()V") for i in range(EXTERNAL_CALLS)]
    caller.method("callAll", "()V", access=ACC_PUBLIC | ACC_STATIC, registers=0,
                  code=[*calls, ("return-void",)])  # type: ignore[list-item]
    classes.insert(CLASSES // 2, caller)
    return build_dex(*classes)


@pytest.fixture(scope="module")
def split() -> tuple[DexFile, list[bytes]]:
    dex = big_model()
    return dex, write_dex_files(dex)


def header_counts(data: bytes) -> dict[str, int]:
    names = ("strings", "types", "protos", "fields", "methods", "classes")
    values = struct.unpack_from("<12I", data, 0x38)[0::2]
    return dict(zip(names, values, strict=True))


def test_one_file_cannot_hold_it() -> None:
    with pytest.raises(DexWriteError, match="67001 method ids do not fit one DEX file"):
        write_dex(big_model())


def test_split_files_each_pass_dexdump_and_stay_within_limits(
    split: tuple[DexFile, list[bytes]], tmp_path: Path
) -> None:
    dex, files = split
    assert len(files) >= 2
    total_classes = 0
    for i, data in enumerate(files):
        counts = header_counts(data)
        assert counts["methods"] <= 65536 and counts["types"] <= 65536
        total_classes += counts["classes"]
        path = tmp_path / (f"classes{i + 1}.dex" if i else "classes.dex")
        path.write_bytes(data)
        assert dexdump_errors(path) == []
    assert total_classes == len(dex.classes)


def test_each_file_holds_the_references_of_its_own_classes(
    split: tuple[DexFile, list[bytes]],
) -> None:
    _, files = split
    # The file that defines Caller also carries the 3,000 external method ids it calls.
    with_caller = [f for f in files if b"Lgen/Caller;" in f]
    assert len(with_caller) == 1
    counts = header_counts(with_caller[0])
    defined = (counts["classes"] - 1) * METHODS_PER_CLASS + 1
    assert counts["methods"] == defined + EXTERNAL_CALLS


def test_small_models_stay_in_one_file() -> None:
    cls = ClassBuilder("La;")
    assert write_dex_files(build_dex(cls)) == [write_dex(build_dex(ClassBuilder("La;")))]


def test_lazily_read_files_merge_and_split_again(
    split: tuple[DexFile, list[bytes]], tmp_path: Path
) -> None:
    """The split files read back with read_dex(lazy=True), all their classes in one model:
    it splits again, and every file's copied-through code is renumbered into its own pools
    (two sources, classes packed file by file)."""
    _, files = split
    lazy = [read_dex(data, lazy=True) for data in files]
    merged = DexFile([c for d in lazy for c in d.classes])
    again = write_dex_files(merged)
    assert len(again) >= 2
    for i, data in enumerate(again):
        path = tmp_path / f"again{i}.dex"
        path.write_bytes(data)
        assert dexdump_errors(path) == []
    codes = [m.code for d in lazy for c in d.classes for m in c.methods()
             if isinstance(m.code, LazyCode)]
    assert codes and not any(c.loaded & ITEMS_LOADED for c in codes)
    eager = DexFile([c for data in files for c in read_dex(data).classes])
    written = DexFile([c for data in again for c in read_dex(data).classes])
    assert diff_dex(eager, written) == []
