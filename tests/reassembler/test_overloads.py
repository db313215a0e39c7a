"""Overloads at one reflective site: the rewrite calls the overload the Method object names.

fixtures/overloads: one `Method.invoke` site reaches T.pick(int, String), which logs the device
id, and T.pick(long, String), which texts it: same name, class and parameter count. The app is
run in the emulator, reassembled, and run again. Telling the two apart needs the guard on each
parameter type; with the count alone the long call took the int case and its leak was lost.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dexlego.apkbuild import FRAMEWORK_RES, ApkSpec, build_apk
from dexlego.store import open_store
from reassembler.pipeline import reassemble

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "overloads"
PICKS = {"Lfix/ov/T;->pick(ILjava/lang/String;)V", "Lfix/ov/T;->pick(JLjava/lang/String;)V"}


def test_each_overload_keeps_its_call_after_reassembly(tmp_path: Path) -> None:
    if shutil.which("smali") is None or shutil.which("aapt") is None or not FRAMEWORK_RES.is_file():
        pytest.skip("smali/aapt/framework-res missing (run scripts/setup.sh)")
    collect = pytest.importorskip("dexlego.emulator.collect").collect_emulator
    apk = build_apk(ApkSpec(manifest=FIXTURE / "AndroidManifest.xml",
                            dex_sources=[FIXTURE / "smali"]), tmp_path / "overloads.apk")
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    run = collect(apk, db_url=url)
    with open_store(url) as store:
        invoked = {e.target for e in store.reflection_events([run["run_id"]])
                   if e.api == "Method.invoke"}
        assert invoked == PICKS  # both overloads went through the one site
        report = reassemble(apk, [run["run_id"]], tmp_path / "out.apk", store=store)
    assert report.verify_ok and report.reflection_sites_rewritten == 1 and not report.warnings
    rerun = collect(tmp_path / "out.apk", db_url=url)
    sinks = sorted(leak["sink"] for leak in run["observed_leaks"])
    assert len(sinks) == 2
    assert sorted(leak["sink"] for leak in rerun["observed_leaks"]) == sinks
    assert rerun["status"] == "complete" and rerun["runtime_errors"] == 0
    with open_store(url) as store:
        apis = {e.api for e in store.reflection_events([rerun["run_id"]])}
    assert "Method.invoke" not in apis  # both calls took their direct case
