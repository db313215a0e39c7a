"""Get DEX bytes out of the files analysts hand us: a bare .dex, or an APK/JAR/ZIP.

Archives come from malware authors, so every read is bounded: entry names must be relative
and free of `..` components, the number of entries, each member's size, the total read from
one archive and the compression ratio are capped, and members are decompressed through a
bounded stream that never trusts the sizes in the zip headers. Every problem is one
`ContainerError` (or `DexFormatError` for input that is neither DEX nor zip) naming the file.

`read_member(zip, name, limit)` and `open_archive(...)` are the reusable safe-extract pieces
(the reassembler and the analyzer adapters use them for APK contents).

A known packer trick sets the "encrypted" bit on entries that are not encrypted; Android
ignores that bit, so we do too (instead of failing like Python's zipfile would).
"""

from __future__ import annotations

import copy
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from reassembler.dex.errors import ContainerError, DexFormatError

__all__ = [
    "DEX_MAGIC",
    "MAX_ENTRIES",
    "MAX_MEMBER_SIZE",
    "MAX_RATIO",
    "MAX_TOTAL_SIZE",
    "ArchiveBudget",
    "check_entry_name",
    "classes_dex_names",
    "input_label",
    "nested_dex",
    "open_archive",
    "open_dex_inputs",
    "read_member",
    "sniff",
]

DEX_MAGIC = b"dex\n"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")  # local file header; empty archive
MAX_ENTRIES = 100_000
MAX_MEMBER_SIZE = 512 * 1024 * 1024  # one DEX is at most a few tens of MB in practice
MAX_TOTAL_SIZE = 2 * 1024 * 1024 * 1024  # everything read from one archive
MAX_RATIO = 200  # deflate reaches ~10x on DEX; zip bombs reach 1000x and more
RATIO_GRACE = 1024 * 1024  # tiny highly compressible members are fine
_CHUNK = 1024 * 1024
_CLASSES_RE = re.compile(r"classes([2-9]|[1-9][0-9]+)?\.dex")
_ENCRYPTED_BIT = 0x1


class ArchiveBudget:
    """How much more may be decompressed from one archive (total size cap)."""

    def __init__(self, total: int = MAX_TOTAL_SIZE) -> None:
        self.remaining = total

    def spend(self, amount: int, label: str) -> None:
        self.remaining -= amount
        if self.remaining < 0:
            raise ContainerError(f"{label}: archive expands past {MAX_TOTAL_SIZE} bytes in total")


def sniff(data: bytes) -> str:
    """'dex', 'zip' or 'other' from the first bytes."""
    if data[:4] == DEX_MAGIC:
        return "dex"
    if data[:4] in ZIP_MAGICS:
        return "zip"
    return "other"


def check_entry_name(name: str, label: str) -> None:
    """Reject names that could escape an extraction directory (absolute, `..`, drive, NUL)."""
    bad = (
        not name
        or "\0" in name
        or name.startswith(("/", "\\"))
        or re.match(r"[A-Za-z]:", name) is not None
        or ".." in PurePosixPath(name.replace("\\", "/")).parts
    )
    if bad:
        raise ContainerError(f"{label}: unsafe entry name {name!r} (absolute or '..')")


@contextmanager
def open_archive(source: Path | bytes, label: str) -> Iterator[zipfile.ZipFile]:
    """Open a zip (path or bytes) after checking entry count and every entry name."""
    try:
        handle = source.open("rb") if isinstance(source, Path) else io.BytesIO(source)
    except OSError as exc:
        raise ContainerError(f"{label}: cannot open: {exc.strerror or exc}") from None
    try:
        try:
            archive = zipfile.ZipFile(handle)
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            NotImplementedError,  # "zip file version 22.7" (version needed to extract)
            OSError,
            ValueError,
            EOFError,
            struct.error,
        ) as exc:
            raise ContainerError(f"{label}: not a readable zip archive ({exc})") from None
        with archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise ContainerError(f"{label}: {len(infos)} entries (limit {MAX_ENTRIES})")
            for info in infos:
                check_entry_name(info.filename, label)
            yield archive
    finally:
        handle.close()


def read_member(
    archive: zipfile.ZipFile,
    name: str,
    limit: int = MAX_MEMBER_SIZE,
    *,
    label: str = "archive",
    budget: ArchiveBudget | None = None,
) -> bytes:
    """Decompress one member through a bounded stream.

    Fails when the member expands past `limit` bytes, past MAX_RATIO times its compressed
    size, or past the archive `budget`, whatever its header claims.
    """
    where = f"{label}!/{name}"
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise ContainerError(f"{where}: no such entry") from None
    check_entry_name(info.filename, label)
    if info.flag_bits & _ENCRYPTED_BIT:
        info = copy.copy(info)
        info.flag_bits &= ~_ENCRYPTED_BIT
    ratio_cap = max(RATIO_GRACE, info.compress_size * MAX_RATIO)
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > limit:
                    raise ContainerError(f"{where}: expands past {limit} bytes (zip bomb?)")
                if total > ratio_cap:
                    raise ContainerError(
                        f"{where}: compression ratio above {MAX_RATIO}:1 (zip bomb?)"
                    )
                if budget is not None:
                    budget.spend(len(chunk), label)
                chunks.append(chunk)
    except ContainerError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        NotImplementedError,
        RuntimeError,
        ValueError,
    ) as exc:
        raise ContainerError(f"{where}: cannot decompress ({exc})") from None
    return b"".join(chunks)


def classes_dex_names(archive: zipfile.ZipFile) -> list[str]:
    """classes.dex, classes2.dex, ... in load order, stopping at the first gap as ART does."""
    present = {i.filename for i in archive.infolist() if _CLASSES_RE.fullmatch(i.filename)}
    names = []
    if "classes.dex" in present:
        names.append("classes.dex")
        n = 2
        while f"classes{n}.dex" in present:
            names.append(f"classes{n}.dex")
            n += 1
    return names


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(8)
    except OSError as exc:
        raise ContainerError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _read_file(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise ContainerError(f"{path}: {size} bytes, larger than the {limit}-byte limit")
        return path.read_bytes()
    except OSError as exc:
        raise ContainerError(f"{path}: cannot read: {exc.strerror or exc}") from None


def open_dex_inputs(path: Path) -> list[tuple[str, bytes]]:
    """The DEX files in `path`: itself if it is a DEX, an archive's classes*.dex in order, or
    the classes*.dex of a directory (what `dexlego dex roundtrip` and `reassemble --dex-only`
    write), in the same order.

    Names are the entry names ("classes2.dex"), or the file name for a bare DEX.
    """
    if path.is_dir():
        present = {p.name for p in path.glob("classes*.dex") if p.is_file()}
        names = [n for n in ["classes.dex"] if n in present]
        n = 2
        while names and f"classes{n}.dex" in present:
            names.append(f"classes{n}.dex")
            n += 1
        if not names:
            raise ContainerError(f"{path}: directory has no classes.dex")
        return [(n, _read_file(path / n, MAX_MEMBER_SIZE)) for n in names]
    kind = sniff(_read_head(path))
    if kind == "dex":
        return [(path.name, _read_file(path, MAX_MEMBER_SIZE))]
    if kind != "zip":
        raise DexFormatError(f"{path}: neither a DEX file nor an APK/JAR/ZIP (unknown magic)")
    label = str(path)
    budget = ArchiveBudget()
    with open_archive(path, label) as archive:
        names = classes_dex_names(archive)
        if not names:
            raise ContainerError(f"{path}: archive has no classes.dex")
        return [(n, read_member(archive, n, label=label, budget=budget)) for n in names]


def input_label(path: Path, name: str) -> str:
    """How messages name DEX `name` of input `path`: "app.apk!classes2.dex", or "x.dex"."""
    return name if name == path.name else f"{path.name}!{name}"


def nested_dex(path: Path) -> list[tuple[str, bytes]]:
    """DEX files one level inside an archive, other than its own classes*.dex.

    A member that is itself a DEX is returned as "assets/x.dex"; a member that is a zip
    (jar, apk, zip under any name) contributes its classes*.dex as "assets/x.jar!/classes.dex".
    Members are recognised by magic, not by extension (packers rename them). Encrypted
    payloads are not found here; that is what run-time collection is for.
    """
    if sniff(_read_head(path)) != "zip":
        return []
    label = str(path)
    budget = ArchiveBudget()
    found: list[tuple[str, bytes]] = []
    with open_archive(path, label) as archive:
        skip = set(classes_dex_names(archive))
        for info in archive.infolist():
            if info.is_dir() or info.filename in skip or info.file_size < 4:
                continue
            head = _member_head(archive, info, label)
            kind = sniff(head)
            if kind == "other":
                continue
            data = read_member(archive, info.filename, label=label, budget=budget)
            if kind == "dex":
                found.append((info.filename, data))
                continue
            inner_label = f"{label}!/{info.filename}"
            with open_archive(data, inner_label) as inner:
                for name in classes_dex_names(inner):
                    dex = read_member(inner, name, label=inner_label, budget=budget)
                    found.append((f"{info.filename}!/{name}", dex))
    return found


def _member_head(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> bytes:
    """The first bytes of a member (for its magic), read without inflating the rest."""
    if info.flag_bits & _ENCRYPTED_BIT:
        info = copy.copy(info)
        info.flag_bits &= ~_ENCRYPTED_BIT
    try:
        with archive.open(info) as stream:
            return stream.read(8)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError,
            RuntimeError, ValueError) as exc:
        raise ContainerError(f"{label}!/{info.filename}: cannot decompress ({exc})") from None
