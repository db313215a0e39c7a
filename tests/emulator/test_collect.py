"""collect_emulator end to end: a corpus app runs, its trace passes the real intake into a
SQLite store, and the summary is what `dexlego collect --runtime emulator --json` prints."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from dexlego.emulator.collect import collect_emulator, summary
from dexlego.emulator.collector import messages
from dexlego.emulator.errors import EmulatorError
from dexlego.emulator.session import emulate
from dexlego.store import open_store
from dexlego.trace.messages import validate_message
from tests.conftest import DROIDBENCH_APK

pytestmark = pytest.mark.corpus

DYNAMIC = DROIDBENCH_APK / "DynamicLoading" / "DynamicSink1.apk"
REFLECTION = DROIDBENCH_APK / "Reflection" / "Reflection1.apk"


def _need(apk: Path) -> Path:
    if not apk.is_file():
        pytest.skip(f"DroidBench app {apk} not found (set DEXLEGO_SHARED)")
    return apk


def test_run_is_stored_through_the_intake_without_rejections(tmp_path: Path) -> None:
    apk = _need(DYNAMIC)
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    out = collect_emulator(apk, db_url=url, budget=500_000, timeout=60.0)
    assert out["status"] == "complete"
    assert out["instructions"] > 0 and out["methods_executed"] > 0
    assert out["dynamic_loads"] >= 1 and out["native_libraries"] == []
    assert {lk["sink"] for lk in out["observed_leaks"]} == {
        "Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I"
    }
    store = open_store(url)
    try:
        run = store.get_run(out["run_id"])
        assert run.runtime == "emulator" and run.status == "complete"
        assert run.apk_sha256 == hashlib.sha256(apk.read_bytes()).hexdigest()
        assert store.rejections(out["run_id"]) == []
        counts = store.record_counts(out["run_id"])
        assert counts["code_version"] == out["methods_executed"]
        assert counts["dynamic_load"] == 1 and counts["leak"] >= 1
        # The dynamically loaded DEX is stored byte for byte: it is the asset's classes.dex.
        with zipfile.ZipFile(apk) as z, zipfile.ZipFile(z.open("assets/dynamic.jar")) as jar:
            loaded = jar.read("classes.dex")
        (load,) = store.dynamic_loads([out["run_id"]])
        assert load.dex_sha256 == (hashlib.sha256(loaded).hexdigest(),)
        assert store.dex_bytes(hashlib.sha256(loaded).hexdigest()) == loaded
        # The child class came from the loaded DEX, after the app's own classes.
        loads = store.class_loads([out["run_id"]])
        child = [c for c in loads if c.descriptor == "Ledu/wayne/cs/ChildClass;"]
        assert child and child[0].dex_sha256 == hashlib.sha256(loaded).hexdigest()
    finally:
        store.close()


def test_every_message_is_valid_and_pcs_lie_in_their_code() -> None:
    apk = _need(REFLECTION)
    result = emulate(apk, budget=200_000, timeout=60.0)
    msgs = list(messages(result))
    assert msgs[0]["type"] == "hello" and msgs[-1]["type"] == "bye"
    versions: dict[str, bytes] = {}
    for m in msgs:
        validate_message(m)
        if m["type"] == "code_version":
            versions[m["hash"]] = bytes.fromhex(m["insns"])
        if m["type"] == "method_exec":
            units = len(versions[m["hash"]]) // 2
            assert m["pcs"] and all(0 <= pc < units for pc in m["pcs"])
    kinds = {m["type"] for m in msgs}
    assert {"dex_image", "class_load", "code_version", "method_exec", "reflection", "leak"} <= kinds
    targets = {m["target"] for m in msgs if m["type"] == "reflection"}
    assert "Lde/ecspride/ConcreteClass;" in targets


def test_same_seed_same_run() -> None:
    apk = _need(REFLECTION)
    a = summary(emulate(apk, seed=7, budget=200_000, timeout=60.0), None)
    b = summary(emulate(apk, seed=7, budget=200_000, timeout=60.0), None)
    a.pop("seconds")
    b.pop("seconds")
    assert a == b


def test_bad_inputs_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(EmulatorError, match="no such file"):
        collect_emulator(tmp_path / "missing.apk", store=False)
    junk = tmp_path / "junk.apk"
    junk.write_bytes(b"this is not an APK")
    with pytest.raises(EmulatorError) as info:
        collect_emulator(junk, store=False)
    assert "\n" not in str(info.value) and str(junk) in str(info.value)
    with pytest.raises(EmulatorError, match="budget"):
        collect_emulator(_need(REFLECTION), store=False, budget=0)


def test_cli_prints_the_summary(tmp_path: Path) -> None:
    from dexlego.cli.main import cli

    apk = _need(REFLECTION)
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    res = CliRunner().invoke(cli, ["collect", str(apk), "--runtime", "emulator", "--db", url,
                                   "--budget", "100000", "--json"])  # fmt: skip
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert {"run_id", "status", "instructions", "methods_executed", "observed_leaks",
            "unmodeled_apis"} <= set(out)  # fmt: skip
    assert out["observed_leaks"] and out["status"] == "complete"


@pytest.fixture(scope="module")
def sample_apk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dexlego.apkbuild import ApkBuildError
    from dexlego.sample import build_sample

    try:
        return build_sample(tmp_path_factory.mktemp("sample") / "sample.apk")
    except ApkBuildError as exc:
        pytest.skip(f"cannot build the sample app: {exc}")


def test_sample_app_leak_behind_in_memory_dex_and_reflection(sample_apk: Path) -> None:
    """The repo's own sample: the sink is in assets/payload.dex, loaded from a ByteBuffer
    by InMemoryDexClassLoader and reached through Method.invoke."""
    result = emulate(sample_apk, budget=100_000, timeout=60.0)
    rec = result.recorder
    deliver = "Lcom/dexlego/payload/Courier;->deliver(Ljava/lang/String;)V"
    assert [(lk.caller, lk.source.split("->")[1]) for lk in rec.leaks] == [
        (deliver, "getDeviceId()Ljava/lang/String;")
    ]
    (load, *_) = rec.dynamic_loads
    assert load.loader_class == "Ldalvik/system/InMemoryDexClassLoader;"
    assert load.source_kind == "buffer" and len(load.dexes) == 1
    targets = {(api, target) for (_, _, api, target) in rec.reflection}
    assert ("Method.invoke", deliver) in targets
    assert ("ClassLoader.loadClass", "Lcom/dexlego/payload/Courier;") in targets
    # The payload's method is collected with the sha256 of the DEX it came from.
    msgs = [m for m in messages(result) if m["type"] == "code_version" and m["method"] == deliver]
    assert msgs and msgs[0]["dex_sha256"] == load.dexes[0][0]


def test_reflective_calls_to_framework_models_record_the_real_signature() -> None:
    """OnlyTelephony reaches getDeviceId only through Method.invoke: the recorded target must
    be the framework's real signature, so the reassembler's direct call names a known source."""
    apk = _need(DROIDBENCH_APK / "Reflection_ICC" / "OnlyTelephony.apk")
    rec = emulate(apk, budget=300_000, timeout=60.0).recorder
    invoked = {t for (_, _, api, t) in rec.reflection if api == "Method.invoke"}
    assert invoked == {"Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"}
