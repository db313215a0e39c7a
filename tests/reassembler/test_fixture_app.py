"""Must-show 1: the fixture app's hidden code, versions, reflection and dynamic loading.

androguard's call graph is the oracle for the call paths. The app is built and
reassembled once per session; each test asserts one property of the result.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dexlego.cli.main import cli
from dexlego.store.store import Store, open_store
from reassembler import pipeline
from reassembler.dex.container import open_dex_inputs
from reassembler.dex.diff import diff_dex
from reassembler.dex.model import DexFile, Instruction
from reassembler.dex.opcodes import OPCODES
from reassembler.dex.reader import read_dex
from reassembler.errors import ReassembleError
from reassembler.pipeline import reassemble
from tests.reassembler.conftest import (
    CHOOSE,
    DYNAMIC,
    LEAK,
    REFLECT,
    SECRET,
    FixtureApp,
    code_msg,
    find_method,
    fixture_trace,
    image_msg,
    import_run,
    sha256,
)

# Grouped for `--dist loadgroup`: the fixture app is built and reassembled per worker.
pytestmark = pytest.mark.xdist_group("reassembler-fixture-app")


def _callees(apk: Path) -> dict[str, set[str]]:
    """caller signature -> signatures it calls, from androguard's call graph."""
    from androguard.misc import AnalyzeAPK

    _a, _d, dx = AnalyzeAPK(str(apk))
    graph: dict[str, set[str]] = {}
    for ma in dx.get_methods():
        if ma.is_external():
            continue
        graph[_sig(ma)] = {_sig(c) for _cls, c, _off in ma.get_xref_to()}
    return graph


def _sig(ma: Any) -> str:
    return f"{ma.class_name}->{ma.name}{ma.descriptor.replace(' ', '')}"


@pytest.fixture(scope="session")
def session_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("reasm-store") / "store.db"
    s = open_store(f"sqlite:///{path}")
    yield s
    s.close()


@pytest.fixture(scope="session")
def union_result(fixture_app: FixtureApp, session_store: Store,
                 tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    rid = import_run(session_store, fixture_app.apk, fixture_trace(fixture_app))
    out = tmp_path_factory.mktemp("reasm-out") / "union.apk"
    report = reassemble(fixture_app.apk, [rid], out, store=session_store)
    dex = read_dex(open_dex_inputs(out)[0][1])
    return {"run": rid, "out": out, "report": report, "dex": dex,
            "graph": _callees(out), "original_graph": _callees(fixture_app.apk)}


def _names(dex: DexFile, sig: str) -> list[str]:
    code = find_method(dex, sig).code
    assert code is not None
    return [OPCODES[i.opcode].name for i in code.items if isinstance(i, Instruction)]


def test_report_has_the_contract_keys(union_result: dict[str, Any]) -> None:
    report = union_result["report"].to_json()
    for key in ("output", "methods_restored", "versions_merged", "reflection_sites_rewritten",
                "dynamic_classes_merged", "stubbed_methods", "verify_ok", "verify_checks"):
        assert key in report
    assert report["verify_ok"] is True
    dexdump = ["dexdump -c"] if shutil.which("dexdump") else []
    assert report["verify_checks"] == [*dexdump, "dexlego bytecode verifier"]
    assert report["methods_restored"] == 2  # secret() and choose(); unchanged bodies not counted
    assert report["versions_merged"] == 1
    assert report["reflection_sites_rewritten"] == 3  # Method.invoke, loadClass, newInstance
    assert report["dynamic_classes_merged"] == 1
    assert report["stubbed_methods"] == []
    assert report["warnings"] == []


def test_a_hidden_body_is_restored(union_result: dict[str, Any],
                                   fixture_app: FixtureApp) -> None:
    assert _names(fixture_app.model, SECRET)[:3] == ["nop", "nop", "nop"]
    code = find_method(union_result["dex"], SECRET).code
    assert code is not None
    refs = [i.ref for i in code.items if isinstance(i, Instruction)]
    assert "s3cr3t" in refs
    assert _names(union_result["dex"], SECRET) == ["const-string", "invoke-static", "return-object"]
    assert "Lfix/Sinks;->send(Ljava/lang/String;)V" in union_result["graph"][SECRET]
    assert "Lfix/Sinks;->send(Ljava/lang/String;)V" not in union_result["original_graph"][SECRET]


def test_b_both_code_versions_are_reachable(union_result: dict[str, Any]) -> None:
    called = union_result["graph"][CHOOSE]
    assert {"Lfix/Sinks;->a()V", "Lfix/Sinks;->b()V", "Lfix/Sinks;->c()V"} <= called
    assert "Lfix/Sinks;->b()V" not in union_result["original_graph"][CHOOSE]
    names = _names(union_result["dex"], CHOOSE)
    assert "packed-switch" in names and "sget" in names
    cls = next(c for c in union_result["dex"].classes if c.type == "Lfix/Selfmod;")
    assert [f.ref.name for f in cls.static_fields] == ["dexlego$sel0"]


def test_c_method_invoke_becomes_a_direct_call(union_result: dict[str, Any]) -> None:
    assert LEAK in union_result["graph"][REFLECT]
    assert LEAK not in union_result["original_graph"][REFLECT]
    # the reflective call stays as the fallback
    assert "Ljava/lang/reflect/Method;->invoke(Ljava/lang/Object;[Ljava/lang/Object;)" \
           "Ljava/lang/Object;" in union_result["graph"][REFLECT]


def test_d_dynamic_classes_are_merged_and_linked(union_result: dict[str, Any]) -> None:
    types = {c.type for c in union_result["dex"].classes}
    assert "Lfix/dyn/Plugin;" in types
    code = find_method(union_result["dex"], DYNAMIC).code
    assert code is not None
    const_classes = [i.ref for i in code.items if isinstance(i, Instruction)
                     and OPCODES[i.opcode].name == "const-class"]
    assert "Lfix/dyn/Plugin;" in const_classes
    assert "Lfix/dyn/Plugin;-><init>()V" in union_result["graph"][DYNAMIC]
    assert "Lfix/dyn/Plugin;-><init>()V" not in union_result["original_graph"].get(DYNAMIC, set())


def test_output_apk_keeps_manifest_and_assets(union_result: dict[str, Any],
                                             fixture_app: FixtureApp) -> None:
    import zipfile

    with zipfile.ZipFile(fixture_app.apk) as a, zipfile.ZipFile(union_result["out"]) as b:
        old = {i.filename: a.read(i) for i in a.infolist()}
        new = {i.filename: b.read(i) for i in b.infolist()}
        for info in b.infolist():
            if info.compress_type == zipfile.ZIP_STORED:
                assert (info.header_offset + 30 + len(info.filename) + len(info.extra)) % 4 == 0
    assert new["AndroidManifest.xml"] == old["AndroidManifest.xml"]
    assert new["assets/plugin.dex"] == old["assets/plugin.dex"]
    assert set(new) == set(old)


def test_dex_verify_cli_accepts_the_output(union_result: dict[str, Any]) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["dex", "verify", str(union_result["out"]), "--json"])
    if "No such command" in result.output:
        pytest.skip("`dexlego dex verify` is not built yet")
    assert result.exit_code == 0, result.output


def test_unchanged_run_reassembles_to_an_equal_dex(fixture_app: FixtureApp, store: Store,
                                                   tmp_path: Path) -> None:
    base = fixture_app.classes_dex
    msgs = [image_msg(base, "apk_entry", "classes.dex")]
    msgs += [code_msg(base, sig, "disk") for sig in (REFLECT, DYNAMIC, SECRET, CHOOSE)]
    rid = import_run(store, fixture_app.apk, msgs)
    report = reassemble(fixture_app.apk, [rid], tmp_path / "same", dex_only=True, store=store)
    assert report.methods_restored == 0 and report.reflection_sites_rewritten == 0
    out = read_dex((tmp_path / "same" / "classes.dex").read_bytes())
    assert diff_dex(fixture_app.model, out) == []


def test_executed_mode_stubs_what_never_ran(fixture_app: FixtureApp, store: Store,
                                            tmp_path: Path) -> None:
    rid = import_run(store, fixture_app.apk, fixture_trace(fixture_app))
    report = reassemble(fixture_app.apk, [rid], tmp_path / "pure.apk", mode="executed",
                        store=store)
    assert report.verify_ok
    assert "Lfix/Sinks;->c()V" in report.stubbed_methods  # never executed
    assert SECRET not in report.stubbed_methods and LEAK not in report.stubbed_methods
    dex = read_dex(open_dex_inputs(tmp_path / "pure.apk")[0][1])
    assert _names(dex, "Lfix/Sinks;->c()V") == ["new-instance", "const-string", "invoke-direct",
                                                "throw"]


def test_runs_of_another_apk_are_refused(fixture_app: FixtureApp, store: Store,
                                         tmp_path: Path) -> None:
    rid = store.create_run("org.other", "0" * 64, "emulator")
    store.finish_run(rid, "complete")
    with pytest.raises(ReassembleError, match="another APK"):
        reassemble(fixture_app.apk, [rid], tmp_path / "x.apk", store=store)
    assert not (tmp_path / "x.apk").exists()


def test_cli_reports_errors_in_one_line(fixture_app: FixtureApp, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'empty.db'}"
    result = CliRunner().invoke(cli, ["reassemble", str(fixture_app.apk), "--run", "42",
                                      "-o", str(tmp_path / "o.apk"), "--db", db, "--json"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "no run with id 42" in lines[0]
    assert "Traceback" not in result.output
    assert not (tmp_path / "o.apk").exists()


def test_cli_json_report(fixture_app: FixtureApp, store: Store, tmp_path: Path) -> None:
    import json

    rid = import_run(store, fixture_app.apk, fixture_trace(fixture_app))
    db = store.url
    result = CliRunner().invoke(cli, ["reassemble", str(fixture_app.apk), "--run", str(rid),
                                      "-o", str(tmp_path / "o.apk"), "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["output"] == str(tmp_path / "o.apk") and report["verify_ok"] is True
    assert report["reflection_sites_rewritten"] == 3




def test_unusable_code_versions_are_reported_not_fatal(fixture_app: FixtureApp, store: Store,
                                                      tmp_path: Path) -> None:
    base = fixture_app.classes_dex
    bad_opcode = code_msg(fixture_app.runtime1, SECRET, "bad")
    bad_opcode["insns"] = "ff00" + bad_opcode["insns"][4:]  # 0xff is no opcode in DEX 035
    wrong_ins = code_msg(base, CHOOSE, "ins")
    wrong_ins["registers"], wrong_ins["ins"] = 2, 1  # choose() takes no arguments
    rid = import_run(store, fixture_app.apk, [image_msg(base, "apk_entry", "classes.dex"),
                                              image_msg(fixture_app.runtime1, "memory", "x"),
                                              bad_opcode, wrong_ins])
    report = reassemble(fixture_app.apk, [rid], tmp_path / "o", dex_only=True, store=store)
    assert report.verify_ok and report.methods_restored == 0
    assert any(w.startswith(SECRET) for w in report.warnings)
    assert any(CHOOSE in w and "ins" in w for w in report.warnings)
    out = read_dex((tmp_path / "o" / "classes.dex").read_bytes())
    assert diff_dex(fixture_app.model, out) == []


def test_reassembled_fixture_runs_in_the_emulator(union_result: dict[str, Any],
                                                  tmp_path: Path) -> None:
    """The union output runs: restored and merged bodies execute without runtime errors, and
    the rewritten Method.invoke / newInstance / loadClass sites take their direct path."""
    collect = pytest.importorskip("dexlego.emulator.collect").collect_emulator
    url = f"sqlite:///{tmp_path / 'rerun.db'}"
    run = collect(union_result["out"], db_url=url)
    assert run["status"] == "complete" and run["runtime_errors"] == 0
    with open_store(url) as s:
        apis = {e.api for e in s.reflection_events([run["run_id"]])}
        ran = {v.method for v in s.code_versions([run["run_id"]])}
    assert apis == {"Class.getMethod"}  # getMethod is not rewritten; the rest went direct
    assert {SECRET, CHOOSE, LEAK, "Lfix/dyn/Plugin;-><init>()V", "Lfix/Sinks;->a()V"} <= ran


def test_several_runs_are_merged(fixture_app: FixtureApp, store: Store, tmp_path: Path) -> None:
    """Each run saw one version of choose(); only their union holds both."""
    app = fixture_app
    first = import_run(store, app.apk, [image_msg(app.runtime1, "memory", "r1"),
                                        code_msg(app.runtime1, CHOOSE, "r1"),
                                        code_msg(app.runtime1, SECRET, "r1")])
    second = import_run(store, app.apk, [image_msg(app.runtime2, "memory", "r2"),
                                         code_msg(app.runtime2, CHOOSE, "r2")])
    alone = reassemble(app.apk, [second], tmp_path / "one", dex_only=True, store=store)
    assert alone.versions_merged == 0 and alone.methods_restored == 1  # b() replaces a()
    both = reassemble(app.apk, [first, second], tmp_path / "two", dex_only=True, store=store)
    assert both.versions_merged == 1 and both.methods_restored == 2
    assert both.runs == [first, second]
    dex = read_dex((tmp_path / "two" / "classes.dex").read_bytes())
    code = find_method(dex, CHOOSE).code
    assert code is not None
    called = {str(i.ref) for i in code.items if isinstance(i, Instruction)
              and OPCODES[i.opcode].is_invoke}
    assert {"Lfix/Sinks;->a()V", "Lfix/Sinks;->b()V"} <= called


def test_a_loaded_image_that_is_not_dex_is_reported(fixture_app: FixtureApp, store: Store,
                                                    tmp_path: Path) -> None:
    junk = b"PK\x03\x04 not a dex image at all"
    msgs = [image_msg(junk, "memory", "junk"),
            {"type": "dynamic_load", "loader_class": "dalvik.system.InMemoryDexClassLoader",
             "source_kind": "buffer", "source": "x", "dex_sha256": [sha256(junk)]}]
    rid = import_run(store, fixture_app.apk, msgs)
    report = reassemble(fixture_app.apk, [rid], tmp_path / "o", dex_only=True, store=store)
    assert report.verify_ok and report.dynamic_classes_merged == 0
    assert any("not a DEX file" in w and "not merged" in w for w in report.warnings)


def test_a_run_without_dexdump_does_not_claim_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """dexdump is installed here; its absence (another machine) is simulated."""
    monkeypatch.setattr(pipeline, "dexdump_available", lambda: False)
    assert pipeline.verification_checks() == ["dexlego bytecode verifier"]
