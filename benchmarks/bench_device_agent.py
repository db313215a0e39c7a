"""Device agent figures that need no phone (run on demand, not in the test suite):

1. agent overhead on a local HotSpot JVM: the test program's wall time without and with the agent;
2. aggregation: N reflective calls from one call site end up as one `reflection` record with
   count N, and how long that takes under the agent;
3. the agent core's throughput on node: CodeItem decode + canonical hash per second, messages
   through the Batcher per second.

    .venv/bin/python benchmarks/bench_device_agent.py [--calls N] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from dexlego.device.jvm import run_jvm  # noqa: E402
from dexlego.store import open_store  # noqa: E402

JAVA_HOME = Path("/usr/lib/jvm/java-17-openjdk-amd64")
AGENT = REPO / "agent"


def _javac(sources: list[Path], out: Path) -> None:
    subprocess.run([str(JAVA_HOME / "bin" / "javac"), "-d", str(out), *map(str, sources)],
                   check=True, capture_output=True)


def _timed(argv: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--calls", type=int, default=100_000)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    java = str(JAVA_HOME / "bin" / "java")
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        program = REPO / "tests" / "device" / "jvm_program"
        classes = work / "classes"
        hot_source = REPO / "benchmarks" / "device_jvm" / "bench" / "Hot.java"
        _javac([*(program / "demo").glob("*.java"), hot_source], classes)
        _javac([program / "plugin" / "Plugin.java"], work / "plugin")
        jar = work / "plugin.jar"
        with zipfile.ZipFile(jar, "w") as z:
            z.write(work / "plugin" / "plugin" / "Plugin.class", "plugin/Plugin.class")
        db = f"sqlite:///{work / 'bench.db'}"

        demo = [java, "-cp", str(classes), "demo.Main", str(jar)]
        plain = min(_timed(demo) for _ in range(3))
        t0 = time.perf_counter()
        run = run_jvm(demo, package="demo", class_path=[classes], db_url=db, timeout=120)
        agent = time.perf_counter() - t0
        figures["demo_plain_s"] = round(plain, 3)
        figures["demo_with_agent_s"] = round(agent, 3)
        figures["demo_records_accepted"] = run.accepted

        hot = [java, "-cp", str(classes), "bench.Hot", str(args.calls)]
        figures["hot_plain_s"] = round(min(_timed(hot) for _ in range(2)), 3)
        t0 = time.perf_counter()
        run = run_jvm(hot, package="bench", class_path=[classes], db_url=db, timeout=600)
        figures["hot_with_agent_s"] = round(time.perf_counter() - t0, 3)
        with open_store(db) as store:
            calls = [e for e in store.reflection_events([run.run_id]) if e.api == "Method.invoke"]
        figures["hot_calls"] = args.calls
        figures["hot_reflection_records"] = len(calls)
        figures["hot_reflection_count"] = sum(e.count for e in calls)
        figures["hot_messages_accepted"] = run.accepted

        node, smali = shutil.which("node"), shutil.which("smali")
        if node and smali and (AGENT / "node_modules").is_dir():
            out = work / "core"
            subprocess.run([str(AGENT / "node_modules" / ".bin" / "tsc"), "-p",
                            str(AGENT / "tsconfig.core.json"), "--outDir", str(out)],
                           check=True, capture_output=True, cwd=AGENT)
            from tests.device.conftest import SMALI_SOURCE, _expected_code_items

            dex = work / "classes.dex"
            subprocess.run([smali, "a", str(SMALI_SOURCE), "-o", str(dex)], check=True)
            (work / "expected.json").write_text(json.dumps(_expected_code_items(dex)))
            res = subprocess.run([node, str(out / "test-support" / "bench-core.js"), str(dex),
                                  str(work / "expected.json")], check=True, capture_output=True,
                                 text=True)
            figures["core"] = json.loads(res.stdout)
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
