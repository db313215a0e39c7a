"""Safe containers: DEX inputs out of APK/JAR/ZIP, nested DEX, hostile archives."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from reassembler.dex import container
from reassembler.dex.container import (
    nested_dex,
    open_archive,
    open_dex_inputs,
    read_member,
)
from reassembler.dex.errors import ContainerError, DexFormatError
from tests.conftest import DROIDBENCH_APK

# Smallest syntactically DEX-looking payload: only the magic matters to the container layer.
FAKE_DEX = b"dex\n035\0" + bytes(0x68)


def _zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def test_bare_dex_is_its_own_input(tmp_path: Path) -> None:
    dex = tmp_path / "x.dex"
    dex.write_bytes(FAKE_DEX)
    assert open_dex_inputs(dex) == [("x.dex", FAKE_DEX)]


def test_multidex_order_stops_at_first_gap_like_art(tmp_path: Path) -> None:
    members = {
        "classes3.dex": FAKE_DEX + b"3",
        "classes.dex": FAKE_DEX + b"1",
        "classes2.dex": FAKE_DEX + b"2",
        "classes5.dex": FAKE_DEX + b"5",
        "classes1.dex": FAKE_DEX + b"x",  # not a name ART loads
    }
    apk = _zip(tmp_path / "a.apk", members)
    got = open_dex_inputs(apk)
    assert [n for n, _ in got] == ["classes.dex", "classes2.dex", "classes3.dex"]
    assert [d[-1:] for _, d in got] == [b"1", b"2", b"3"]


def test_archive_without_classes_dex(tmp_path: Path) -> None:
    apk = _zip(tmp_path / "a.jar", {"META-INF/MANIFEST.MF": b"Manifest-Version: 1.0\n"})
    with pytest.raises(ContainerError, match=r"a\.jar: archive has no classes\.dex"):
        open_dex_inputs(apk)


@pytest.mark.parametrize("name", ["../evil.dex", "assets/../../x", "/etc/passwd", "C:/x.dex"])
def test_unsafe_entry_names_are_rejected(tmp_path: Path, name: str) -> None:
    apk = _zip(tmp_path / "a.apk", {"classes.dex": FAKE_DEX, name: b"x"})
    with pytest.raises(ContainerError, match="unsafe entry name") as info:
        open_dex_inputs(apk)
    assert repr(name) in str(info.value)


def test_zip_bomb_is_stopped_by_ratio_before_inflating_everything(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.apk", {"classes.dex": FAKE_DEX + bytes(16 * 1024 * 1024)})
    with pytest.raises(ContainerError, match=r"classes\.dex: compression ratio above"):
        open_dex_inputs(bomb)


def test_member_size_limit(tmp_path: Path) -> None:
    apk = _zip(tmp_path / "a.apk", {"classes.dex": FAKE_DEX}, zipfile.ZIP_STORED)
    with zipfile.ZipFile(apk) as z:
        assert read_member(z, "classes.dex", len(FAKE_DEX)) == FAKE_DEX
        with pytest.raises(ContainerError, match="expands past 16 bytes"):
            read_member(z, "classes.dex", 16)
        with pytest.raises(ContainerError, match="no such entry"):
            read_member(z, "nope.dex")


def test_lying_size_header_is_not_trusted(tmp_path: Path) -> None:
    """A central directory claiming a tiny file_size must not let more bytes through."""
    apk = _zip(tmp_path / "a.apk", {"classes.dex": FAKE_DEX * 4})
    raw = bytearray(apk.read_bytes())
    central = raw.rindex(b"PK\x01\x02")
    raw[central + 24 : central + 28] = (8).to_bytes(4, "little")  # uncompressed size
    apk.write_bytes(bytes(raw))
    with pytest.raises(ContainerError, match="cannot decompress"):
        open_dex_inputs(apk)


def test_entry_count_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(container, "MAX_ENTRIES", 10)
    apk = _zip(tmp_path / "a.apk", {f"f{i}": b"" for i in range(11)} | {"classes.dex": FAKE_DEX})
    with pytest.raises(ContainerError, match="12 entries"):
        open_dex_inputs(apk)


def test_fake_encryption_bit_is_ignored_like_android(tmp_path: Path) -> None:
    apk = _zip(tmp_path / "a.apk", {"classes.dex": FAKE_DEX})
    raw = bytearray(apk.read_bytes())
    central = raw.rindex(b"PK\x01\x02")
    raw[central + 8] |= 0x1  # general purpose flag: "encrypted"
    apk.write_bytes(bytes(raw))
    with zipfile.ZipFile(apk) as z:
        assert z.getinfo("classes.dex").flag_bits & 1
    assert open_dex_inputs(apk) == [("classes.dex", FAKE_DEX)]


def test_not_dex_not_zip(tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("hello")
    with pytest.raises(DexFormatError, match=r"notes\.txt: neither a DEX file nor an APK"):
        open_dex_inputs(junk)


def test_corrupt_zip(tmp_path: Path) -> None:
    bad = tmp_path / "bad.apk"
    bad.write_bytes(b"PK\x03\x04" + bytes(100))
    with pytest.raises(ContainerError, match=r"bad\.apk: not a readable zip archive"):
        open_dex_inputs(bad)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ContainerError, match="cannot read"):
        open_dex_inputs(tmp_path / "absent.apk")


def test_nested_dex_by_magic_one_level_deep(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("classes.dex", FAKE_DEX + b"i")
        z.writestr("classes2.dex", FAKE_DEX + b"j")
    apk = _zip(
        tmp_path / "a.apk",
        {
            "classes.dex": FAKE_DEX,
            "assets/payload.bin": FAKE_DEX + b"p",  # renamed DEX: found by magic
            "assets/plugin.jar": inner.getvalue(),
            "res/raw/readme.txt": b"not code",
        },
    )
    assert nested_dex(apk) == [
        ("assets/payload.bin", FAKE_DEX + b"p"),
        ("assets/plugin.jar!/classes.dex", FAKE_DEX + b"i"),
        ("assets/plugin.jar!/classes2.dex", FAKE_DEX + b"j"),
    ]


def test_nested_archive_with_unsafe_name_is_rejected(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("../classes.dex", FAKE_DEX)
    apk = _zip(tmp_path / "a.apk", {"classes.dex": FAKE_DEX, "assets/x.zip": inner.getvalue()})
    with pytest.raises(ContainerError, match=r"a\.apk!/assets/x\.zip: unsafe entry name"):
        nested_dex(apk)


def test_open_archive_accepts_bytes(tmp_path: Path) -> None:
    apk = _zip(tmp_path / "a.apk", {"classes.dex": FAKE_DEX})
    with open_archive(apk.read_bytes(), "mem") as z:
        assert read_member(z, "classes.dex", label="mem") == FAKE_DEX


def test_corpus_dynamic_loading_apps_have_a_nested_jar(droidbench_apks: list[Path]) -> None:
    apk = DROIDBENCH_APK / "DynamicLoading" / "DynamicBoth1.apk"
    if apk not in droidbench_apks:
        pytest.skip("DynamicBoth1.apk is not in this corpus")
    found = nested_dex(apk)
    assert [n for n, _ in found] == ["assets/dynamic.jar!/classes.dex"]
    assert found[0][1][:4] == b"dex\n"
