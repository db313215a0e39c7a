"""Must-show 3: the agent's reflection and class-loading hooks on a local HotSpot JVM.

A small program (tests/device/jvm_program, compiled here with javac) uses Class.forName,
Method.invoke, Constructor.newInstance, Field.get/set and a URLClassLoader loading a class from
a jar built here. Frida spawns `java` with the real agent bundle in JVM mode; the host pumps the
messages into the same Intake and store a device run uses. No phone is involved or mocked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from dexlego.device.jvm import JvmRun, run_jvm
from dexlego.store import Store, open_store
from tests.device.conftest import JvmProgram

MAIN = "Ldemo/Main;->main([Ljava/lang/String;)V"
HELPER = "Ldemo/Main;->helper()V"


@pytest.fixture(scope="module")
def jvm_run(jvm_program: JvmProgram, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[tuple[JvmRun, Store, Path]]:
    p = jvm_program
    db = f"sqlite:///{tmp_path_factory.mktemp('jvm-run') / 'trace.db'}"
    run = run_jvm([str(p.java), "-cp", str(p.classes), "demo.Main", str(p.plugin_jar)],
                  package="demo", class_path=[p.classes, p.plugin_jar], db_url=db, timeout=90)
    store = open_store(db)
    yield run, store, p.plugin_jar
    store.close()


def test_jvm_program_ran_to_completion_under_the_agent(jvm_run: tuple[JvmRun, Store, Path]) -> None:
    run, store, _ = jvm_run
    assert "done 5 5 plugin x true" in run.result.output_tail, run.result.output_tail
    info = store.get_run(run.run_id)
    assert (info.status, info.runtime) == ("complete", "device")
    assert run.rejected == 0, store.rejections(run.run_id)
    assert {"Class.forName0", "Method.invoke", "Constructor.newInstance", "Field.get",
            "Field.setInt", "ClassLoader.loadClass", "URLClassLoader.<init>"} <= set(run.result.installed)


def test_reflection_records_have_caller_target_and_counts(jvm_run: tuple[JvmRun, Store, Path]) -> None:
    run, store, _ = jvm_run
    events = Counter({(e.caller, e.api, e.target): e.count
                      for e in store.reflection_events([run.run_id])})
    assert events[(MAIN, "Class.getMethod", "Ldemo/Target;->compute(I)I")] == 1
    assert events[(MAIN, "Method.invoke", "Ldemo/Target;->compute(I)I")] == 3
    assert events[(HELPER, "Method.invoke", "Ldemo/Target;->compute(I)I")] == 1
    assert events[(HELPER, "Class.forName", "Ldemo/Target;")] == 1
    assert events[(MAIN, "Class.forName", "Ldemo/Target;")] == 2  # the first and newInstance's
    assert events[(MAIN, "Class.newInstance", "Ldemo/Target;-><init>()V")] == 1
    assert events[(MAIN, "Constructor.newInstance", "Ldemo/Target;-><init>()V")] == 1
    assert events[(MAIN, "Field.set", "Ldemo/Target;->count:I")] == 1
    assert events[(MAIN, "Field.get", "Ldemo/Target;->count:I")] == 2  # getInt and get
    assert events[(MAIN, "Constructor.newInstance", "Lplugin/Plugin;-><init>()V")] == 1
    assert events[(MAIN, "Method.invoke", "Lplugin/Plugin;->run(Ljava/lang/String;)Ljava/lang/String;")] == 1
    # Nothing attributed to the JDK's own reflective calls.
    assert all(not c.startswith("Ljava/") and not c.startswith("Ljdk/") for c, _, _ in events)
    values = {(v.caller, v.value) for v in store.observed_values([run.run_id])}
    assert {(MAIN, "demo.Target"), (HELPER, "demo.Target")} <= values


def test_native_library_attempt_is_recorded(jvm_run: tuple[JvmRun, Store, Path]) -> None:
    run, store, _ = jvm_run
    loads = {(n.library, n.caller) for n in store.native_loads([run.run_id])}
    assert loads == {("dexlego_missing_lib", MAIN)}


def test_class_loading_order_and_dynamic_load(jvm_run: tuple[JvmRun, Store, Path]) -> None:
    run, store, jar = jvm_run
    loads = sorted(store.class_loads([run.run_id]), key=lambda r: r.order)
    order = [r.descriptor for r in loads]
    assert order.index("Ldemo/Main;") < order.index("Ldemo/Target;") < order.index("Lplugin/Plugin;")
    by_desc = {r.descriptor: r for r in loads}
    assert by_desc["Lplugin/Plugin;"].loader == "java.net.URLClassLoader"
    assert by_desc["Ldemo/Main;"].loader.endswith("AppClassLoader")
    assert [r.order for r in loads] == list(range(len(loads)))
    dyn = store.dynamic_loads([run.run_id])
    assert [(d.loader_class, d.source_kind, d.dex_sha256) for d in dyn] == [
        ("java.net.URLClassLoader", "path", ())]
    assert dyn[0].source == jar.as_uri().replace("file:///", "file:/")
    explicit = {(e.caller, e.name, e.result) for e in store.load_class_events([run.run_id])}
    assert (MAIN, "plugin.Plugin", "Lplugin/Plugin;") in explicit
