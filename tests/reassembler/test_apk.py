"""Output APK writing: entries kept, dex replaced, signatures dropped, 4-byte alignment."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from reassembler.apk import write_apk
from reassembler.errors import ReassembleError


def _original(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("AndroidManifest.xml", b"\x03\x00\x08\x00manifest", zipfile.ZIP_DEFLATED)
        z.writestr("classes.dex", b"old1", zipfile.ZIP_DEFLATED)
        z.writestr("classes2.dex", b"old2", zipfile.ZIP_DEFLATED)
        z.writestr("resources.arsc", b"r" * 1001, zipfile.ZIP_STORED)
        z.writestr("assets/classes.dex", b"nested, not replaced", zipfile.ZIP_STORED)
        z.writestr("res/raw/x.bin", b"x" * 7, zipfile.ZIP_STORED)
        z.writestr("META-INF/MANIFEST.MF", b"Manifest-Version: 1.0\n")
        z.writestr("META-INF/CERT.SF", b"sig")
        z.writestr("META-INF/CERT.RSA", b"rsa")
        z.writestr("META-INF/services/x.y.Z", b"kept")


def test_entries_are_kept_dex_replaced_signatures_dropped(tmp_path: Path) -> None:
    src, out = tmp_path / "in.apk", tmp_path / "out.apk"
    _original(src)
    write_apk(src, [b"dex\n035\0new"], out)
    with zipfile.ZipFile(out) as z:
        names = [i.filename for i in z.infolist()]
        assert names[0] == "classes.dex" and z.read("classes.dex") == b"dex\n035\0new"
        assert "classes2.dex" not in names
        assert not {"META-INF/MANIFEST.MF", "META-INF/CERT.SF", "META-INF/CERT.RSA"} & set(names)
        assert z.read("META-INF/services/x.y.Z") == b"kept"
        assert z.read("assets/classes.dex") == b"nested, not replaced"
        assert z.getinfo("resources.arsc").compress_type == zipfile.ZIP_STORED
        assert z.read("resources.arsc") == b"r" * 1001
        for info in z.infolist():
            if info.compress_type == zipfile.ZIP_STORED:
                name_len = len(info.filename.encode())
                with open(out, "rb") as f:
                    f.seek(info.header_offset + 26)
                    n, e = int.from_bytes(f.read(2), "little"), int.from_bytes(f.read(2), "little")
                assert n == name_len
                assert (info.header_offset + 30 + n + e) % 4 == 0, info.filename


@pytest.mark.skipif(shutil.which("zipalign") is None, reason="zipalign not installed")
def test_zipalign_accepts_the_output(tmp_path: Path) -> None:
    src, out = tmp_path / "in.apk", tmp_path / "out.apk"
    _original(src)
    write_apk(src, [b"a" * 3, b"b" * 5], out)
    proc = subprocess.run(["zipalign", "-c", "4", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_bad_original_leaves_nothing(tmp_path: Path) -> None:
    src, out = tmp_path / "in.apk", tmp_path / "out.apk"
    src.write_bytes(b"not a zip at all")
    with pytest.raises(ReassembleError, match="not a readable zip"):
        write_apk(src, [b"dex"], out)
    assert list(tmp_path.iterdir()) == [src]
