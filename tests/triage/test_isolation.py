"""One APK's work runs isolated: results come back, failures become reasons, never exceptions."""

from __future__ import annotations

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
