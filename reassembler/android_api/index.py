"""An index of the Android framework's classes, methods and fields with their real descriptors
and hierarchy, built from real API descriptions, never guessed:

- Robolectric's `android-all` jar (Android 14's framework classes: `android.*`, `dalvik.*`,
  `com.android.*`, the `org.*` libraries the platform ships), which `scripts/setup.sh` fetches
  from Maven Central;
- for `java.*`/`javax.*` (Android's libcore, which android-all leaves to the host JDK), the
  installed JDK's own API description, `lib/ct.sym` (the newest release it describes; Android
  14's libcore follows OpenJDK 17).

It is built once per set of sources (30-70 s) into an SQLite file beside the jar
(`scripts/setup.sh` builds it; the user's cache directory when that folder is read-only),
keyed by the sources' paths, sizes and modification times, and queried without loading it
(a lookup is a few indexed SELECTs). The emulator and the reassembler both use it wherever a
framework signature is needed (a reflective target the app never references in full, the
invoke kind of a framework method, whether a framework field is static).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from struct import error as struct_error

from reassembler.android_api.classfile import ACC_INTERFACE, ACC_STATIC, ClassDecl, read_class

MAVEN_DIR_ENV = "DEXLEGO_MAVEN_DIR"
SCHEMA_VERSION = 2
# ct.sym modules whose packages Android's libcore provides (java.*, javax.*, org.w3c, org.xml)
_CT_MODULES = ("java.base", "java.logging", "java.sql", "java.xml")
_CT_RELEASES = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# private and synthetic members: no app can call them (reflection on private framework members
# is refused by Android 9+'s hidden-API checks), and they would double the index
_HIDDEN = 0x0002 | 0x1000


def maven_dir() -> Path:
    """The folder set-up fills: `$DEXLEGO_MAVEN_DIR`, else `maven/` in this interpreter's venv."""
    override = os.environ.get(MAVEN_DIR_ENV)
    return Path(override) if override else Path(sys.prefix) / "maven"


def android_all_jar() -> Path | None:
    """Robolectric's android-all jar (Android 14's framework classes), if set-up fetched it."""
    jar = maven_dir() / "android-all.jar"
    return jar if jar.is_file() else None


def jdk_ct_sym() -> Path | None:
    """The running JDK's `lib/ct.sym` (found through `$JAVA_HOME` or `java` on PATH)."""
    homes = [os.environ.get("JAVA_HOME")]
    for d in os.environ.get("PATH", "").split(os.pathsep):
        java = Path(d) / "java"
        if java.is_file():
            homes.append(str(java.resolve().parent.parent))
    for home in homes:
        if home and (Path(home) / "lib" / "ct.sym").is_file():
            return Path(home) / "lib" / "ct.sym"
    return None


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dexlego"


@dataclass(frozen=True, slots=True)
class ApiMethod:
    class_: str  # type descriptor of the declaring class
    name: str
    descriptor: str  # (params)ret
    access: int

    @property
    def static(self) -> bool:
        return bool(self.access & ACC_STATIC)

    def __str__(self) -> str:
        return f"{self.class_}->{self.name}{self.descriptor}"


@dataclass(frozen=True, slots=True)
class ApiField:
    class_: str
    name: str
    type: str
    access: int

    @property
    def static(self) -> bool:
        return bool(self.access & ACC_STATIC)


@dataclass(frozen=True, slots=True)
class ApiClass:
    name: str  # type descriptor
    access: int
    super_name: str | None
    interfaces: tuple[str, ...]

    @property
    def interface(self) -> bool:
        return bool(self.access & ACC_INTERFACE)


class ApiUnavailable(Exception):
    """No API description is installed (the message says which set-up step is missing)."""


def _desc(binary: str) -> str:
    return f"L{binary};"


def _ct_sym_classes(path: Path) -> Iterator[bytes]:
    """Class files of the newest release ct.sym describes, for the modules Android has."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        # the current release's own API is in the runtime image, not here: take the newest
        # release whose classes ct.sym holds
        tops = {n.split("/", 1)[0] for n in names if "/java.base/" in n}
        newest = max((c for top in tops if set(top) <= set(_CT_RELEASES) for c in top),
                     key=_CT_RELEASES.index)
        for n in names:
            parts = n.split("/", 2)
            if (len(parts) == 3 and newest in parts[0] and parts[1] in _CT_MODULES
                    and n.endswith(".sig")):
                yield z.read(n)


def _jar_classes(path: Path) -> Iterator[bytes]:
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            if info.filename.endswith(".class"):
                yield z.read(info)


def _build(db: Path, sources: list[tuple[str, Path]]) -> None:
    part = db.with_name(db.name + f".{os.getpid()}.part")
    part.unlink(missing_ok=True)
    con = sqlite3.connect(part)
    try:
        con.executescript("""
            CREATE TABLE classes (name TEXT PRIMARY KEY, access INT, super TEXT, source TEXT);
            CREATE TABLE interfaces (class TEXT, iface TEXT, pos INT);
            CREATE TABLE methods (class TEXT, name TEXT, descriptor TEXT, access INT);
            CREATE TABLE fields (class TEXT, name TEXT, type TEXT, access INT);
        """)
        seen: set[str] = set()
        for label, path in sources:
            reader = _ct_sym_classes(path) if label == "ct.sym" else _jar_classes(path)
            for data in reader:
                try:
                    decl: ClassDecl = read_class(data)
                except (ValueError, IndexError, KeyError, struct_error):
                    continue  # one unreadable entry does not spoil the index
                name = _desc(decl.name)
                if name in seen:  # android-all first: Android's own classes win
                    continue
                seen.add(name)
                con.execute("INSERT INTO classes VALUES (?, ?, ?, ?)",
                            (name, decl.access, _desc(decl.super_name) if decl.super_name else None,
                             label))
                con.executemany("INSERT INTO interfaces VALUES (?, ?, ?)",
                                [(name, _desc(i), k) for k, i in enumerate(decl.interfaces)])
                con.executemany("INSERT INTO methods VALUES (?, ?, ?, ?)",
                                [(name, n, d, a) for n, d, a in decl.methods if not a & _HIDDEN])
                con.executemany("INSERT INTO fields VALUES (?, ?, ?, ?)",
                                [(name, n, t, a) for n, t, a in decl.fields if not a & _HIDDEN])
        con.executescript("""
            CREATE INDEX m_by_class ON methods (class, name);
            CREATE INDEX f_by_class ON fields (class, name);
            CREATE INDEX i_by_class ON interfaces (class);
        """)
        con.commit()
    finally:
        con.close()
    part.replace(db)


class ApiIndex:
    """Queries over the built index; `ApiIndex.default()` finds, builds and opens it."""

    def __init__(self, db: Path) -> None:
        self.path = db
        # read-only, shared by threads that only read
        self._con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False)

    @classmethod
    def build(cls, sources: list[tuple[str, Path]], cache_dir: Path | None = None) -> ApiIndex:
        """The index of `sources` ((label, path): "android-all" jars first, then "ct.sym"),
        built into `cache_dir` unless a build of the same files is already there."""
        key = hashlib.sha256(repr([SCHEMA_VERSION] + [
            (label, str(p.resolve()), p.stat().st_size, p.stat().st_mtime_ns) for label, p in sources
        ]).encode()).hexdigest()[:16]
        name = f"android-api-{key}.sqlite"
        places = [cache_dir] if cache_dir else [sources[0][1].parent, _cache_dir()]
        for directory in places:
            if (directory / name).is_file():
                return cls(directory / name)
        for directory in places:
            try:
                directory.mkdir(parents=True, exist_ok=True)
                _build(directory / name, sources)
                return cls(directory / name)
            except (OSError, sqlite3.OperationalError):
                continue  # read-only: the next place
        raise ApiUnavailable(f"cannot write the API index into {places[-1]}")

    @classmethod
    def default(cls) -> ApiIndex:
        """The index of the installed android-all jar and JDK; ApiUnavailable without them."""
        jar = android_all_jar()
        if jar is None:
            raise ApiUnavailable(f"{maven_dir() / 'android-all.jar'} is missing "
                                 "(run scripts/setup.sh: it fetches Robolectric's android-all)")
        sources = [("android-all", jar)]
        ct = jdk_ct_sym()
        if ct is not None:
            sources.append(("ct.sym", ct))
        return cls.build(sources)

    # -- queries ---------------------------------------------------------------------------

    @lru_cache(maxsize=1 << 14)  # noqa: B019 - one index per process, kept for its life
    def get_class(self, name: str) -> ApiClass | None:
        row = self._con.execute("SELECT access, super FROM classes WHERE name = ?", (name,)).fetchone()
        if row is None:
            return None
        ifaces = tuple(r[0] for r in self._con.execute(
            "SELECT iface FROM interfaces WHERE class = ? ORDER BY pos", (name,)))
        return ApiClass(name, row[0], row[1], ifaces)

    def declared_methods(self, cls: str, name: str) -> list[ApiMethod]:
        return [ApiMethod(cls, name, d, a) for d, a in self._con.execute(
            "SELECT descriptor, access FROM methods WHERE class = ? AND name = ?", (cls, name))]

    def declared_field(self, cls: str, name: str) -> ApiField | None:
        row = self._con.execute("SELECT type, access FROM fields WHERE class = ? AND name = ?",
                                (cls, name)).fetchone()
        return ApiField(cls, name, row[0], row[1]) if row else None

    def lineage(self, cls: str) -> list[ApiClass]:
        """`cls`, its superclasses, then every superinterface (breadth-first), as known."""
        out: list[ApiClass] = []
        seen: set[str] = set()
        chain: list[str] = []
        cur: str | None = cls
        while cur is not None and cur not in seen:
            info = self.get_class(cur)
            if info is None:
                break
            seen.add(cur)
            out.append(info)
            chain.extend(info.interfaces)
            cur = info.super_name
        while chain:
            iface = chain.pop(0)
            if iface in seen:
                continue
            seen.add(iface)
            info = self.get_class(iface)
            if info is not None:
                out.append(info)
                chain.extend(info.interfaces)
        return out

    def find_methods(self, cls: str, name: str, params: tuple[str, ...] | None = None
                     ) -> list[ApiMethod]:
        """Methods named `name` (with exactly `params` when given) that `cls` declares or
        inherits, nearest declaration first (JVMS 5.4.3.3 order: classes, then interfaces)."""
        prefix = None if params is None else "(" + "".join(params) + ")"
        found: list[ApiMethod] = []
        taken: set[str] = set()
        for info in self.lineage(cls):
            for m in self.declared_methods(info.name, name):
                if (prefix is None or m.descriptor.startswith(prefix)) and m.descriptor not in taken:
                    taken.add(m.descriptor)
                    found.append(m)
        return found

    def find_field(self, cls: str, name: str) -> ApiField | None:
        """The field `cls.name` resolves to (JVMS 5.4.3.2: the class, its interfaces, its
        superclass)."""
        seen: set[str] = set()
        todo = [cls]
        while todo:
            cur = todo.pop(0)
            if cur in seen:
                continue
            seen.add(cur)
            found = self.declared_field(cur, name)
            if found is not None:
                return found
            info = self.get_class(cur)
            if info is not None:
                todo[:0] = [*info.interfaces, *([info.super_name] if info.super_name else [])]
        return None


@lru_cache(maxsize=1)
def default_index() -> ApiIndex | None:
    """The process's index, or None when no API description is installed."""
    try:
        return ApiIndex.default()
    except ApiUnavailable:
        return None
