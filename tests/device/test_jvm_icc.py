"""The agent's ICC hooks (`icc` records) on a local HotSpot JVM, against a *stub* framework.

HotSpot has no Android classes, so tests/device/jvm_icc_program carries stand-ins for the few
the hooks touch (Context, ContextWrapper, ContextImpl, Activity, Instrumentation, Intent,
PackageManager, ...), written with AOSP's call structure: Activity.startActivity funnels into
startActivityForResult and Instrumentation.execStartActivity, ContextWrapper delegates to
ContextImpl, startService/bindService end in startServiceCommon/bindServiceCommon,
sendOrderedBroadcast overloads call each other, registerReceiver ends in registerReceiverInternal.
An app in `com.example.icc` (its activity extends an app-side CompatActivity that overrides
startActivityForResult, like support-library activities) starts activities and services, binds
and broadcasts, to its own components and to another package's. The real agent bundle (JVM
mode) runs the real hooks, stack walk, resolution through the (stub) PackageManager, run-time
receiver tracking and dedupe, and the host stores the records through the real intake. What
this cannot show is that AOSP's own classes behave like the stubs: that is the device test's job
(test_live_device.py).
"""

from __future__ import annotations

import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from dexlego.device.jvm import JvmRun, run_jvm
from dexlego.store import Store, open_store
from tests.device.conftest import _jdk

PROGRAM = Path(__file__).resolve().parent / "jvm_icc_program"
RUN = "Lcom/example/icc/MainActivity;->run()I"
HELPER = "Lcom/example/icc/MainActivity;->helper()V"
SECOND = "Lcom/example/icc/Second;"
WORKER = "Lcom/example/icc/Worker;"


@pytest.fixture(scope="module")
def icc_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[JvmRun, Store]]:
    java, javac = _jdk()
    work = tmp_path_factory.mktemp("jvm-icc")
    classes = work / "classes"
    subprocess.run([str(javac), "-d", str(classes), *map(str, sorted(PROGRAM.rglob("*.java")))],
                   check=True, capture_output=True)
    db = f"sqlite:///{work / 'trace.db'}"
    run = run_jvm([str(java), "-cp", str(classes), "com.example.icc.Main"],
                  package="com.example.icc", class_path=[classes], db_url=db, timeout=90)
    store = open_store(db)
    yield run, store
    store.close()


def test_icc_program_ran_with_the_hooks_installed(icc_run: tuple[JvmRun, Store]) -> None:
    run, store = icc_run
    assert "done icc 2 2 5" in run.result.output_tail, run.result.output_tail
    assert store.get_run(run.run_id).status == "complete"
    assert run.rejected == 0, store.rejections(run.run_id)
    # The funnels, not every public variant.
    assert {"Instrumentation.execStartActivity", "ContextImpl.startServiceCommon",
            "ContextImpl.bindServiceCommon", "ContextImpl.sendBroadcast",
            "ContextImpl.sendOrderedBroadcast", "ContextImpl.registerReceiverInternal",
            "ContextImpl.unregisterReceiver"} <= set(run.result.installed)
    assert "ContextImpl.startService" not in run.result.installed
    assert not [e for e in store.runtime_errors([run.run_id]) if "icc" in e.message]


def test_icc_records_name_the_app_call_and_its_own_targets(icc_run: tuple[JvmRun, Store]) -> None:
    run, store = icc_run
    got = Counter()
    for e in store.icc_events([run.run_id]):
        assert e.pc == -1
        got[(e.caller, e.api, e.kind, e.target)] += e.count
    assert got == Counter({
        # Activity.startActivity funnels into startActivityForResult (through the app's own
        # CompatActivity override, as support-library activities do): the app called startActivity.
        (RUN, "Context.startActivity", "activity", SECOND): 2,
        # Implicit, resolved by the package manager to the app's own activity.
        (RUN, "Activity.startActivityForResult", "activity", SECOND): 1,
        (RUN, "Context.startService", "service", WORKER): 1,
        (RUN, "Context.startForegroundService", "service", WORKER): 1,
        (RUN, "Context.bindService", "bind", WORKER): 1,
        # The other package's receiver for the same action is not recorded.
        (RUN, "Context.sendBroadcast", "receiver", "Lcom/example/icc/Ping;"): 1,
        # Registered at run time; the ordered send's nested overloads give one record; after
        # unregisterReceiver the same action reaches nobody.
        (RUN, "Context.sendBroadcast", "receiver", "Lcom/example/icc/MainActivity$Dyn;"): 1,
        (RUN, "Context.sendOrderedBroadcast", "receiver", "Lcom/example/icc/MainActivity$Dyn;"): 1,
        # Through the base context (ContextImpl directly), from another method.
        (HELPER, "Context.startActivity", "activity", SECOND): 1,
    })
