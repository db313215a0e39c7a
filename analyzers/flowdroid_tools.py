"""What FlowDroid needs besides its Maven classpath: our Java driver and a platform jar.

Both are made from files in `java/` on first use (or by `python -m analyzers.flowdroid_tools`,
which `scripts/setup.sh` runs) into set-up's Maven folder, keyed by a hash of their inputs,
under a lock so that parallel first uses build them once:

- the driver classes (`DexlegoFlowDroid`, a command-line front end over `SetupApplication`, and
  `DexlegoPlatformStubs`), compiled with javac against FlowDroid's classpath;
- the platform jar: Robolectric's android-all (Android 14, every framework class) with method
  bodies replaced by `throw null`, like the SDK's android.jar. docs/analyzers.md has the
  measurements behind this choice. `$DEXLEGO_ANDROID_PLATFORMS` (an SDK `platforms/` folder or
  one android.jar) replaces it.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from analyzers.base import AnalyzerError
from dexlego.toolchain import SETUP_HINT, android_all_jar, flowdroid_classpath, maven_dir

PLATFORMS_ENV = "DEXLEGO_ANDROID_PLATFORMS"
JAVA_SOURCES = (Path(__file__).with_name("java") / "DexlegoFlowDroid.java",
                Path(__file__).with_name("java") / "DexlegoPlatformStubs.java")
DRIVER_CLASS = "DexlegoFlowDroid"
STUBBER_CLASS = "DexlegoPlatformStubs"


def _digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(hashlib.sha256(p).digest())
    return h.hexdigest()[:16]


@contextmanager
def _locked() -> Iterator[None]:
    maven_dir().mkdir(parents=True, exist_ok=True)
    with (maven_dir() / ".flowdroid-tools.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def classpath_arg(paths: list[Path]) -> str:
    return os.pathsep.join(map(str, paths))


def driver_classes(classpath: list[Path]) -> Path:
    """The folder of our compiled Java classes, compiled now if these sources are new."""
    key = _digest(*(s.read_bytes() for s in JAVA_SOURCES), classpath_arg(classpath).encode())
    target = maven_dir() / "flowdroid-driver" / key
    if (target / f"{DRIVER_CLASS}.class").is_file():
        return target
    javac = shutil.which("javac")
    if javac is None:
        raise AnalyzerError("javac not found: a JDK is needed to compile the FlowDroid driver")
    with _locked():
        if (target / f"{DRIVER_CLASS}.class").is_file():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix="build-", dir=target.parent))
        try:
            proc = subprocess.run([javac, "-nowarn", "-d", str(scratch), "-cp",
                                   classpath_arg(classpath), *map(str, JAVA_SOURCES)],
                                  capture_output=True, text=True, timeout=600, check=False)
            if proc.returncode != 0:
                first = (proc.stderr.strip().splitlines() or ["no output"])[0]
                raise AnalyzerError(f"cannot compile the FlowDroid driver: {first}")
            scratch.rename(target)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return target


def platform_jar(classpath: list[Path]) -> Path | None:
    """The platform FlowDroid resolves framework classes from (see the module docstring);
    None when neither the override nor set-up's android-all exists."""
    override = os.environ.get(PLATFORMS_ENV)
    if override:
        return Path(override) if Path(override).exists() else None
    full = android_all_jar()
    if full is None:
        return None
    stat = full.stat()
    key = _digest(JAVA_SOURCES[1].read_bytes(), f"{full}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    target = maven_dir() / f"android-platform-stubs-{key}.jar"
    if target.is_file():
        return target
    classes = driver_classes(classpath)
    with _locked():
        if target.is_file():
            return target
        partial = target.with_suffix(".partial")
        proc = subprocess.run(["java", "-Xmx1g", "-cp", classpath_arg([classes, *classpath]),
                               STUBBER_CLASS, str(full), str(partial)],
                              capture_output=True, text=True, timeout=1800, check=False)
        if proc.returncode != 0 or not partial.is_file():
            partial.unlink(missing_ok=True)
            last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            raise AnalyzerError(f"cannot write the FlowDroid platform jar: {last}")
        partial.rename(target)
    return target


def missing() -> list[str]:
    """What FlowDroid lacks here, in words (empty: it can run)."""
    out = []
    if flowdroid_classpath() is None:
        out.append(f"FlowDroid's classpath ({SETUP_HINT})")
    override = os.environ.get(PLATFORMS_ENV)
    if override and not Path(override).exists():
        out.append(f"{PLATFORMS_ENV}={override} (no such file or folder)")
    elif not override and android_all_jar() is None:
        out.append(f"the android-all platform jar ({SETUP_HINT})")
    for tool in ("java", "javac"):
        if shutil.which(tool) is None:
            out.append(f"{tool} on PATH (a JDK)")
    return out


def prepare() -> int:
    """Build the driver and the platform jar now (set-up runs this); 0 on success."""
    gaps = missing()
    if gaps:
        print(f"flowdroid: not prepared, missing {'; '.join(gaps)}", file=sys.stderr)
        return 1
    classpath = flowdroid_classpath()
    assert classpath is not None
    try:
        driver_classes(classpath)
        platform_jar(classpath)
    except AnalyzerError as exc:
        print(f"flowdroid: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(prepare())
