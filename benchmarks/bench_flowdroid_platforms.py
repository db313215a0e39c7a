"""FlowDroid's cost per platform jar and JIT setting, on a few DroidBench apps (on demand).

    .venv/bin/python benchmarks/bench_flowdroid_platforms.py [--apps Cat/App ...] [--json OUT]

Runs our FlowDroid driver (analyzers/flowdroid_tools.py) once per app and configuration, one
at a time, and reports the JVM's CPU seconds (user+sys, steadier than wall clock on a shared
machine), its peak RSS and the number of flows. Platforms: the stubbed android-all the adapter
uses, the full android-all, and the old `com.google.android:android:4.1.1.4` stubs from Maven
Central (fetched into the Maven folder on first use). docs/analyzers.md has the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from analyzers.catalog import default_catalog  # noqa: E402
from analyzers.dexrefs import read_refs  # noqa: E402
from analyzers.flowdroid import (  # noqa: E402
    JDK_CLASSES,
    catalog_definitions,
    definitions_xml,
    parse_results,
)
from analyzers.flowdroid_tools import (  # noqa: E402
    DRIVER_CLASS,
    classpath_arg,
    driver_classes,
    platform_jar,
)
from analyzers.inputs import dex_images  # noqa: E402
from dexlego.toolchain import android_all_jar, flowdroid_classpath, maven_dir  # noqa: E402

APKS = REPO.parent / "shared" / "droidbench" / "apk"
DEFAULT_APPS = ("Callbacks/Button2", "Lifecycle/ActivityLifecycle1", "GeneralJava/Loop1",
                "EmulatorDetection/PlayStore2")
OLD_STUBS = "com.google.android:android:4.1.1.4"
JITS = {"C1": ["-XX:TieredStopAtLevel=1"], "C1+C2": []}


def old_stubs() -> Path:
    target = maven_dir() / "android-4.1.1.4.jar"
    if not target.is_file():
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["mvn", "-q", "-B", "-f", str(REPO / "scripts/maven/pom.xml"),
                            "dependency:copy", f"-Dartifact={OLD_STUBS}",
                            "-Dmdep.stripVersion=true", f"-DoutputDirectory={tmp}"], check=True)
            (Path(tmp) / "android.jar").rename(target)
    return target


def run(apk: Path, platform: Path, jit: list[str], work: Path) -> dict[str, object]:
    classpath = flowdroid_classpath()
    assert classpath is not None
    defs = work / "sources-sinks.xml"
    defs.write_text(definitions_xml(catalog_definitions(read_refs(dex_images(apk)),
                                                        default_catalog())))
    out = work / "out.xml"
    out.unlink(missing_ok=True)
    args = ["java", "-Xmx3g", "-Xss16m", "-XX:+UseSerialGC", *jit, "-cp",
            classpath_arg([driver_classes(classpath), *classpath]), DRIVER_CLASS, str(apk),
            str(platform), str(defs), str(out), "600", "300", JDK_CLASSES]
    start = time.monotonic()
    with (work / "log.txt").open("wb") as log:
        proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    flows = len(parse_results(out)[0]) if out.is_file() else None
    return {"cpu_s": round(usage.ru_utime + usage.ru_stime, 1), "wall_s": round(wall, 1),
            "max_rss_mb": round(usage.ru_maxrss / 1024), "flows": flows,
            "exit": os.waitstatus_to_exitcode(status)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apps", nargs="*", default=list(DEFAULT_APPS))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    classpath = flowdroid_classpath()
    full = android_all_jar()
    if classpath is None or full is None:
        sys.exit("run scripts/setup.sh first (FlowDroid and android-all come from Maven Central)")
    stubbed = platform_jar(classpath)
    assert stubbed is not None
    platforms = {"android-all stubbed (used)": stubbed, "android-all": full,
                 "android 4.1.1.4 stubs": old_stubs()}
    print(f"load average at start: {os.getloadavg()[0]:.1f}")
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="dexlego-fd-bench-") as tmp:
        for app in args.apps:
            for pname, pjar in platforms.items():
                for jname, jit in JITS.items():
                    r = run(APKS / f"{app}.apk", pjar, jit, Path(tmp))
                    results.append({"app": app, "platform": pname, "jit": jname, **r})
                    print(f"{app:32} {pname:27} {jname:6} cpu {r['cpu_s']:6} s  "
                          f"wall {r['wall_s']:6} s  rss {r['max_rss_mb']:5} MB  "
                          f"flows {r['flows']}", flush=True)
    print(f"load average at end: {os.getloadavg()[0]:.1f}; "
          f"our max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
