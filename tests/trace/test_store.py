"""The store on SQLite and PostgreSQL: runs, intake merging, read APIs, export/import, schema."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from dexlego.store import Store, StoreError, open_store
from dexlego.store.models import Base
from dexlego.store.schema import full_metadata
from dexlego.trace.intake import Intake
from tests.trace import samples

HOST_HELPER_V1 = hashlib.sha256(
    b'{"ins":1,"insns":"12011a0000000f01","outs":0,"registers":2,"tries":[]}').hexdigest()


def _write_sample_run(store: Store) -> int:
    rid = store.create_run("com.example.app", samples.APK_SHA, "emulator", api_level=29)
    with Intake(store, rid) as intake:
        assert intake.feed({"type": "batch", "messages": samples.full_trace()}) == len(
            samples.full_trace())
    store.finish_run(rid, "complete", "budget exhausted")
    return rid


def test_run_lifecycle_and_record_counts(store: Store) -> None:
    rid = _write_sample_run(store)
    info = store.get_run(rid)
    assert (info.package, info.runtime, info.status, info.reason) == (
        "com.example.app", "emulator", "complete", "budget exhausted")
    assert info.accepted_messages == len(samples.full_trace()) and info.rejected_messages == 0
    assert info.hello == {"runtime": "emulator", "device": {"model": "dexlego-emulator",
                                                            "abi": None, "api_level": 29}}
    assert info.bye == {"status": "complete", "reason": "budget exhausted"}
    assert info.ended_at is not None and info.ended_at >= info.started_at
    counts = store.record_counts(rid)
    assert counts["code_version"] == 3 and counts["dex_image"] == 2
    assert counts["reflection"] == 2 and counts["divergence"] == 1
    assert [r.id for r in store.list_runs()] == [rid]
    with pytest.raises(StoreError, match="no run with id"):
        store.get_run(rid + 100)


def test_read_apis_give_the_reassembler_what_ran(store: Store) -> None:
    rid = _write_sample_run(store)
    versions = {(v.method, v.hash): v for v in store.code_versions([rid])}
    v1 = versions[(samples.HELPER, HOST_HELPER_V1)]
    assert v1.insns == bytes.fromhex("12011a0000000f01") and v1.pcs == (0, 1, 3)
    assert (v1.registers, v1.ins, v1.outs, v1.count, v1.pc_level) == (2, 1, 0, 2, True)
    (oncreate,) = [v for v in versions.values() if v.method == samples.ON_CREATE]
    assert oncreate.tries[0].handlers[0].type == "Ljava/lang/Exception;"
    (div,) = store.divergences([rid])
    assert div.from_hash == HOST_HELPER_V1 and div.to_hash in {h for _, h in versions}
    refl = {(r.api, r.target): r.count for r in store.reflection_events([rid])}
    assert refl[("Method.invoke", "Lcom/example/payload/P;->run(Ljava/lang/String;)V")] == 2
    (dl,) = store.dynamic_loads([rid])
    payload = store.dex_bytes(dl.dex_sha256[0])
    assert payload == samples.dex_bytes("payload")
    assert [c.descriptor for c in store.class_loads([rid])] == [
        samples.MAIN, "Lcom/example/payload/P;"]
    assert store.load_class_events([rid])[0].result == "Lcom/example/payload/P;"
    (icc,) = store.icc_events([rid])
    assert (icc.caller, icc.pc, icc.api, icc.kind, icc.target, icc.count) == (
        samples.ON_CREATE, 12, "Context.startActivity", "activity", "Lcom/example/app/Second;", 1)
    assert store.leaks([rid])[0].value == "imei:tainted-1"
    assert store.unmodeled_apis([rid])[0].count == 3
    assert all(img.has_data for img in store.dex_images([rid]))
    assert store.native_loads([rid])[0].library == "native-lib"
    assert store.observed_values([rid])[0].value == "com.example.payload.P"
    assert "UnsatisfiedLinkError" in store.runtime_errors([rid])[0].message


def test_repeated_messages_merge_and_counts_add(store: Store) -> None:
    rid = store.create_run("com.example.app", samples.APK_SHA, "emulator")
    refl = samples.full_trace()[13]
    with Intake(store, rid, commit_every=1) as intake:
        intake.feed(samples.code_version(sender_hash="0badf00d"))
        for _ in range(3):
            intake.feed(refl)
            intake.feed({"type": "method_exec", "method": samples.HELPER, "hash": "0badf00d",
                         "count": 5, "pcs": [1], "pc_level": False})
        intake.feed(samples.code_version(sender_hash="0badf00d"))  # same code again
    (r,) = store.reflection_events([rid])
    assert r.count == 3 * refl["count"]
    (v,) = store.code_versions([rid])
    assert (v.count, v.pcs, v.pc_level) == (15, (1,), False)


def test_export_import_export_is_identical(store: Store) -> None:
    rid = _write_sample_run(store)
    with Intake(store, store.create_run("com.other", "b" * 64, "device")) as other:
        other.feed({"type": "nonsense"})
    first = list(store.export_lines(rid))
    assert first[0].startswith('{"apk_sha256"') and '"type":"run"' in first[0]
    rid2 = store.import_run(line.encode() for line in first)
    assert rid2 != rid
    second = list(store.export_lines(rid2))
    assert second == first
    assert store.code_versions([rid2])[0].insns == store.code_versions([rid])[0].insns


def test_import_with_rejections_keeps_reasons_and_counts(store: Store) -> None:
    rid = store.create_run("com.example.app", samples.APK_SHA, "emulator")
    with Intake(store, rid) as intake:
        intake.feed_line(b"{not json")
        intake.feed(samples.full_trace()[0])
    store.finish_run(rid, "incomplete", "timeout")
    lines = list(store.export_lines(rid))
    rid2 = store.import_run(lines)
    assert list(store.export_lines(rid2)) == lines
    assert store.get_run(rid2).rejected_messages == 1
    assert store.rejections(rid2) == store.rejections(rid) != []


def test_import_with_a_bad_header_leaves_no_run(store: Store) -> None:
    from dexlego.trace.errors import TraceImportError

    for lines in ([], ['{"type":"hello"}'], ['{"type":"run","schema":1}']):
        with pytest.raises(TraceImportError):
            store.import_run(lines)
    assert store.list_runs() == []


def test_intake_refuses_finished_or_unknown_runs(store: Store) -> None:
    rid = store.create_run("com.example.app", samples.APK_SHA, "device")
    store.finish_run(rid, "failed", "app would not install")
    with pytest.raises(StoreError, match="not running"):
        Intake(store, rid)
    with pytest.raises(StoreError, match="no run"):
        Intake(store, rid + 1)
    with pytest.raises(StoreError):
        store.finish_run(rid, "running")
    with pytest.raises(StoreError):
        store.create_run("../../evil", samples.APK_SHA, "device")


def test_schema_after_migrations_matches_the_models(store: Store) -> None:
    from alembic.script import ScriptDirectory

    from dexlego.store.engine import _alembic_config

    full = full_metadata()
    trace_tables = {str(getattr(m.local_table, "name", "")) for m in Base.registry.mappers
                    if m.class_.__module__ == "dexlego.store.models"}

    def ours(obj: object, name: str | None, type_: str, reflected: bool,
             compare_to: object) -> bool:
        # Only the trace tables: other parts' tables are checked by their own tests.
        table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
        return table in trace_tables or table is None and name in trace_tables

    with store.engine.connect() as conn:
        head = ScriptDirectory.from_config(_alembic_config(conn)).get_current_head()
        ctx = MigrationContext.configure(conn, opts={"include_object": ours})
        assert ctx.get_current_revision() == head
        assert compare_metadata(ctx, full) == []
        assert {"runs", "code_versions", "blobs"} <= trace_tables


def test_a_run_whose_writer_died_becomes_incomplete(store_url: str) -> None:
    # The writer is a real child process that exits without finishing its run.
    code = ("import sys; from dexlego.store import open_store; s = open_store(sys.argv[1]);"
            f"print(s.create_run('com.example.app', '{samples.APK_SHA}', 'emulator'))")
    out = subprocess.run([sys.executable, "-c", code, store_url], capture_output=True,
                         text=True, check=True, timeout=120, cwd=Path(__file__).parents[2])
    rid = int(out.stdout)
    with open_store(store_url) as store:
        info = store.get_run(rid)
        assert (info.status, info.reason) == ("incomplete", "writer died")
        mine = store.create_run("com.example.app", samples.APK_SHA, "emulator")
        assert store.get_run(mine).status == "running"  # this process is alive
        assert store.get_run(mine).writer_pid == os.getpid()


def test_default_store_lives_in_the_xdg_data_dir(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEXLEGO_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    with open_store() as store:
        store.create_run("com.example.app", samples.APK_SHA, "emulator")
    assert (tmp_path / "xdg" / "dexlego" / "dexlego.db").is_file()


@pytest.mark.parametrize("url", ["nonsense", "mysql://u@h/db", "sqlite://"])
def test_unusable_urls_give_a_store_error(url: str) -> None:
    with pytest.raises(StoreError):
        open_store(url)


@pytest.mark.postgres
@pytest.mark.xdist_group("postgres")
def test_a_trace_moves_between_sqlite_and_postgresql_unchanged(tmp_path: Path,
                                                               pg_server: object) -> None:
    from tests.trace.pg import PgServer

    assert isinstance(pg_server, PgServer)
    with open_store(f"sqlite:///{tmp_path / 'a.db'}") as lite, \
            open_store(pg_server.new_database()) as pg:
        lines = list(lite.export_lines(_write_sample_run(lite)))
        moved = list(pg.export_lines(pg.import_run(lines)))
        assert moved == lines
        back = list(lite.export_lines(lite.import_run(moved)))
        assert back == lines


def test_a_second_intake_continues_where_the_first_stopped(store: Store) -> None:
    rid = store.create_run("com.example.app", samples.APK_SHA, "emulator")
    trace = samples.full_trace()
    with Intake(store, rid) as first:
        first.feed_batch(trace[:11])  # up to the method_exec messages
    with Intake(store, rid) as second:
        # Runtime digests, pcs and merged records are known again after a reload.
        assert second.feed_batch(trace[8:]) == len(trace) - 8
        assert second.rejected == 0
    (v1,) = [v for v in store.code_versions([rid]) if v.hash == HOST_HELPER_V1]
    assert v1.count == 4 and v1.pcs == (0, 1, 3)
    assert store.record_counts(rid)["reflection"] == 2


def test_a_fake_digest_cannot_shadow_a_real_code_version(store: Store) -> None:
    rid = store.create_run("com.example.app", samples.APK_SHA, "emulator")
    with Intake(store, rid) as intake:
        # Version A is announced under the canonical hash of version B ...
        assert intake.feed(samples.code_version(insns="0e00", sender_hash=HOST_HELPER_V1)) == 1
        # ... B itself still gets in under its canonical hash, and lookups find B.
        assert intake.feed(samples.code_version(sender_hash=HOST_HELPER_V1)) == 1
        assert intake.feed({"type": "method_exec", "method": samples.HELPER,
                            "hash": HOST_HELPER_V1, "count": 1, "pcs": [3],
                            "pc_level": True}) == 1
    by_hash = {v.hash: v for v in store.code_versions([rid])}
    assert by_hash[HOST_HELPER_V1].pcs == (3,) and len(by_hash) == 2


def test_feeding_from_several_threads_is_safe(store: Store) -> None:
    import threading

    rid = store.create_run("com.example.app", samples.APK_SHA, "device")
    intake = Intake(store, rid, commit_every=7)
    intake.feed(samples.code_version(sender_hash="0badf00d"))

    def work(k: int) -> None:
        for i in range(100):
            intake.feed({"type": "reflection", "caller": samples.ON_CREATE, "pc": k * 1000 + i,
                         "api": "Method.invoke", "target": "La/B;->c()V", "count": 1})
            intake.feed({"type": "method_exec", "method": samples.HELPER, "hash": "0badf00d",
                         "count": 1, "pcs": [i % 4], "pc_level": False})
            if i % 25 == 0:
                intake.flush()

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    intake.close()
    assert len(store.reflection_events([rid])) == 400
    (v,) = store.code_versions([rid])
    assert v.count == 400 and v.pcs == (0, 1, 2, 3)
    assert store.get_run(rid).accepted_messages == 801


def test_a_store_from_a_newer_dexlego_is_refused_cleanly(store_url: str) -> None:
    from sqlalchemy import text

    open_store(store_url).close()
    with open_store(store_url) as store, store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    with pytest.raises(StoreError, match="unknown to this dexlego"):
        open_store(store_url)


def test_an_unusable_sqlite_location_gives_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match="cannot create the store directory"):
        open_store(f"sqlite:///{blocker / 'sub' / 'dexlego.db'}")
    with pytest.raises(StoreError):
        open_store(f"sqlite:///{blocker}")  # a file that is not a database


def test_read_apis_span_several_runs_and_blobs_are_shared(store: Store) -> None:
    a = _write_sample_run(store)
    b = store.create_run("com.example.app", samples.APK_SHA, "device")
    with Intake(store, b) as intake:
        # The second run names the same base DEX without resending its bytes.
        assert intake.feed(samples.dex_message(with_data=False)) == 1
        assert intake.feed(samples.code_version(sender_hash="bbbb0001")) == 1
    images = store.dex_images([a, b])
    assert {i.run_id for i in images} == {a, b} and all(i.has_data for i in images)
    versions = store.code_versions([a, b])
    assert sorted({v.run_id for v in versions}) == [a, b]
    assert {v.hash for v in versions if v.run_id == b} <= {v.hash for v in versions}
    assert store.code_versions([]) == [] and store.code_versions([b + 1]) == []
    with pytest.raises(StoreError):
        store.code_versions(["1"])  # type: ignore[list-item]
