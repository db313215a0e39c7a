"""One APK's work runs isolated: results come back, failures become reasons, never exceptions."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from dexlego.triage.isolation import run_isolated
from tests.triage import workers


def test_result_comes_back() -> None:
    out = run_isolated(workers.add, 2, 3, timeout=60)
    assert out.ok and out.value == 5 and out.error is None


def test_exception_becomes_a_reason() -> None:
    out = run_isolated(workers.fail, timeout=60)
    assert not out.ok and out.error is not None and out.error.startswith("ValueError: bad apk")


def test_timeout_kills_the_worker() -> None:
    out = run_isolated(workers.sleep_forever, timeout=1.5)
    assert not out.ok and out.error == "timed out after 1.5 s"
    assert out.seconds < 30


def test_memory_cap_is_enforced() -> None:
    out = run_isolated(workers.allocate, 2048, timeout=60, memory_mb=1024)
    assert not out.ok and out.error is not None and "memory" in out.error.lower()
    small = run_isolated(workers.allocate, 8, timeout=60, memory_mb=1024)
    assert small.ok and small.value == 8 * 1024 * 1024


def test_worker_killed_by_signal_is_reported() -> None:
    out = run_isolated(workers.die, timeout=60)
    assert not out.ok and out.error == "worker killed by signal 9"


def test_a_killed_driver_leaves_no_orphan_worker(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    code = ("import sys; from dexlego.triage.isolation import run_isolated; "
            "from tests.triage import workers; "
            "run_isolated(workers.record_pid_and_sleep, sys.argv[1], timeout=3600)")
    driver = subprocess.Popen([sys.executable, "-c", code, str(pid_file)], cwd=Path(__file__).parents[2])
    deadline = time.monotonic() + 60
    while not pid_file.exists() or not pid_file.read_text():
        assert time.monotonic() < deadline, "the worker never started"
        time.sleep(0.1)
    child = int(pid_file.read_text())
    driver.send_signal(signal.SIGKILL)
    driver.wait()
    deadline = time.monotonic() + 20
    while _running(child):
        assert time.monotonic() < deadline, "the worker outlived its driver"
        time.sleep(0.1)


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


def test_forkserver_start_survives_a_long_tmpdir(tmp_path: Path) -> None:
    """A TMPDIR too long for the forkserver's AF_UNIX socket (108 bytes) must not break a run."""
    long_tmp = tmp_path / ("d" * 60) / ("e" * 40)
    long_tmp.mkdir(parents=True)
    code = ("from analyzers.isolation import run_isolated\n"
            "from tests.triage import workers\n"
            "out = run_isolated(workers.add, 2, 3, timeout=60, start='forkserver')\n"
            "assert out.ok and out.value == 5, out\n")
    repo = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, cwd=repo, env={"PATH": "/usr/bin:/bin", "TMPDIR": str(long_tmp),
                                                      "PYTHONPATH": str(repo)})
    assert proc.returncode == 0, proc.stderr[-2000:]


def _forkserver_child_sees(module: str, preloaded: list[str], cwd: Path) -> bool:
    code = ("from analyzers.isolation import preload, run_isolated\n"
            "from tests.triage import workers\n"
            f"preload({preloaded!r})\n"
            f"out = run_isolated(workers.imported, {module!r}, timeout=120, start='forkserver')\n"
            "assert out.ok, out\n"
            "print(out.value)\n")
    repo = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=180, cwd=cwd, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(repo)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout.strip() == "True"


def test_forkserver_children_start_with_what_was_preloaded(tmp_path: Path) -> None:
    """Children fork from a server that imported the analyzers (quark, androguard) and what a
    caller asked for, so none of them pays those imports again; quark's import leaves no log
    file in the working directory."""
    assert _forkserver_child_sees("quark.core.quark", [], tmp_path)
    assert not _forkserver_child_sees("dexlego.pipeline", [], tmp_path)
    assert _forkserver_child_sees("dexlego.pipeline", ["dexlego.warm"], tmp_path)
    assert list(tmp_path.iterdir()) == []
