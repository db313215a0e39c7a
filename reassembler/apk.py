"""Writing the output APK: the original entries, new classes*.dex, 4-byte aligned.

Every original entry is copied with its compression method and metadata except
the root `classes*.dex` (replaced) and the JAR signature files under META-INF
(they no longer match). Stored entries are aligned on 4 bytes the way zipalign
does it, with an Android alignment extra field (id 0xD935), so resources.arsc
can be mmapped. The result is unsigned: analyzers do not need a signature, a
device install does (`apksigner sign`).
"""

from __future__ import annotations

import re
import struct
import tempfile
import zipfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from reassembler.dex.container import ArchiveBudget, open_archive, read_member
from reassembler.dex.errors import DexError
from reassembler.errors import ReassembleError

ALIGNMENT = 4
_LOCAL_HEADER = 30
_ALIGN_EXTRA_ID = 0xD935
_CLASSES = re.compile(r"classes\d*\.dex")
_SIGNATURE = re.compile(r"META-INF/([^/]+\.(SF|RSA|DSA|EC)|MANIFEST\.MF)", re.IGNORECASE)


def dex_entry_name(index: int) -> str:
    return "classes.dex" if index == 0 else f"classes{index + 1}.dex"


def _strip_align_extra(extra: bytes) -> bytes:
    """Drop an existing alignment record (and zipalign's bare zero padding)."""
    out = bytearray()
    pos = 0
    while pos + 4 <= len(extra):
        tag, size = struct.unpack_from("<HH", extra, pos)
        if tag == 0 and size == 0:
            break  # zipalign's raw zero padding runs to the end
        if tag != _ALIGN_EXTRA_ID:
            out += extra[pos : pos + 4 + size]
        pos += 4 + size
    return bytes(out)


def _write_entry(out: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes) -> None:
    if info.compress_type == zipfile.ZIP_STORED:
        extra = _strip_align_extra(info.extra)
        name_len = len(info.filename.encode("utf-8"))
        data_at = out.fp.tell() + _LOCAL_HEADER + name_len + len(extra) + 6  # type: ignore[union-attr]
        pad = (-data_at) % ALIGNMENT
        info.extra = extra + struct.pack("<HHH", _ALIGN_EXTRA_ID, 2 + pad, ALIGNMENT) + b"\0" * pad
    out.writestr(info, data)


def write_apk(original: Path, dex_files: list[bytes], out: Path) -> None:
    """Write `out` atomically from `original` with `dex_files` as classes*.dex."""
    new = [(dex_entry_name(i), data, zipfile.ZIP_DEFLATED) for i, data in enumerate(dex_files)]
    rewrite_apk(original, out, new=new, keep=lambda name: not _CLASSES.fullmatch(name))


def rewrite_apk(original: Path, out: Path, *, new: Sequence[tuple[str, bytes, int]] = (),
                replaced: Mapping[str, bytes] | None = None,
                keep: Callable[[str], bool] = lambda name: True) -> None:
    """Write `out` atomically: the `new` (name, data, compression) entries first, then every
    original entry `keep` accepts, except JAR signature files and names already written, with
    the content of `replaced` where it names the entry (compression and metadata kept)."""
    label = str(original)
    replaced = replaced or {}
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.NamedTemporaryFile(dir=out.parent, prefix=f".{out.name}.", delete=False)
    tmp_path = Path(tmp.name)
    try:
        with tmp, zipfile.ZipFile(tmp, "w") as dst:
            written: set[str] = set()
            for name, data, compression in new:
                info = zipfile.ZipInfo(name, date_time=(2008, 1, 1, 0, 0, 0))
                info.compress_type = compression
                info.external_attr = 0o644 << 16
                _write_entry(dst, info, data)
                written.add(info.filename)
            with open_archive(original, label) as src:
                budget = ArchiveBudget()
                for old in src.infolist():
                    if (_SIGNATURE.fullmatch(old.filename) or not keep(old.filename)
                            or old.filename in written):
                        continue
                    written.add(old.filename)
                    content = replaced.get(old.filename)
                    data = content if content is not None else read_member(
                        src, old.filename, label=label, budget=budget)
                    info = zipfile.ZipInfo(old.filename, date_time=old.date_time)
                    info.compress_type = old.compress_type
                    info.external_attr = old.external_attr
                    info.create_system = old.create_system
                    info.extra = old.extra
                    info.comment = old.comment
                    _write_entry(dst, info, data)
        tmp_path.replace(out)
    except DexError as exc:
        tmp_path.unlink(missing_ok=True)
        raise ReassembleError(str(exc)) from None
    except (OSError, zipfile.BadZipFile, NotImplementedError) as exc:
        tmp_path.unlink(missing_ok=True)
        raise ReassembleError(f"{out}: cannot write APK: {exc}") from None
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise
