"""Hostile senders: every bad message is rejected with a reason; the store stays consistent."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dexlego.store import Store, open_store
from dexlego.trace import limits as L
from dexlego.trace.intake import Intake
from dexlego.trace.messages import MESSAGE_TYPES
from tests.trace import samples

M = samples.ON_CREATE
BIG = "x" * (L.MAX_TEXT_CHARS + 1)


def _j(obj: Any) -> bytes:
    return json.dumps(obj).encode()


def _bye(**kw: Any) -> dict[str, Any]:
    return {"type": "bye", "status": "complete", "reason": "r", **kw}


def _refl(**kw: Any) -> dict[str, Any]:
    return {"type": "reflection", "caller": M, "pc": 1, "api": "Method.invoke",
            "target": "La/B;->c()V", "count": 1, **kw}


def _icc(**kw: Any) -> dict[str, Any]:
    return {"type": "icc", "caller": M, "pc": 1, "api": "Context.startActivity",
            "kind": "activity", "target": "La/B;", "count": 1, **kw}


def _cv(**kw: Any) -> dict[str, Any]:
    return {**samples.code_version(M, "0e00", sender_hash="77777777"), **kw}


def _exec(**kw: Any) -> dict[str, Any]:
    return {"type": "method_exec", "method": samples.HELPER, "hash": "bbbb0001", "count": 1,
            "pcs": [0], "pc_level": True, **kw}


_dex = samples.dex_message("hostile")
_other = base64.b64encode(b"not the dex").decode()

# (name, raw line or decoded object (or a function making a large one: built only when the
# test runs, not when every xdist worker collects the module), fragment the reason must contain)
HOSTILE: list[tuple[str, object, str]] = [
    # oversized
    ("line over the size limit", lambda: b"{" + b" " * L.MAX_LINE_BYTES + b"}", "more than"),
    ("string over the size limit", {"type": "runtime_error", "message": BIG, "where": None},
     "characters, more than"),
    ("name over the size limit", _refl(target="La/B;->" + "c" * L.MAX_NAME_CHARS + "()V"),
     "more than"),
    ("insns over the size limit", lambda: _cv(insns="0000" * (L.MAX_INSNS_UNITS + 1)),
     "more than"),
    ("dex over the size limit", dict(_dex, size=L.MAX_DEX_BYTES + 1), "out of range"),
    ("too many pcs", _exec(pcs=list(range(L.MAX_PCS_PER_MESSAGE + 1))), "items, more than"),
    ("batch too long", {"type": "batch", "messages": [_bye()] * (L.MAX_BATCH_MESSAGES + 1)},
     "items, more than"),
    # malformed JSON
    ("truncated JSON", b'{"type": "bye", "status": "complete"', "malformed JSON"),
    ("trailing comma", b'{"type": "bye",}', "malformed JSON"),
    ("NaN", b'{"type": "reflection", "count": NaN}', "NaN is not allowed"),
    ("duplicate key", b'{"type": "bye", "type": "hello"}', "duplicate key"),
    ("not an object", b"[1, 2, 3]", "expected a JSON object"),
    ("empty line", b"   ", "empty line"),
    ("deeply nested JSON", lambda: b"[" * 200_000 + b"]" * 200_000, "nested"),
    ("nesting in a field", _j(_bye(reason=json.loads("[" * 50 + "]" * 50))), "nested"),
    # wrong types
    ("count as a string", _refl(count="3"), "expected an integer"),
    ("pc as a float", _refl(pc=1.5), "expected an integer"),
    ("boolean as an integer", _refl(pc=True), "expected an integer"),
    ("null register count", _cv(registers=None), "expected an integer"),
    ("tries as an object", _cv(tries={}), "expected a list"),
    ("type as a number", {"type": 5}, "type"),
    ("batch messages not a list", {"type": "batch", "messages": {}}, "expected a list"),
    ("unknown type", {"type": "shell", "cmd": "rm -rf /"}, "unknown type"),
    ("unknown field", _bye(extra=1), "unknown field"),
    ("missing field", {"type": "bye", "status": "complete"}, "missing field"),
    ("bad enum", _bye(status="pwned"), "is not one of"),
    ("unknown ICC kind", _icc(kind="provider"), "is not one of"),
    ("ICC target not a class", _icc(target="La/B;->c()V"), "malformed"),
    ("../ in an ICC target", _icc(target="L../../etc/passwd;"), "malformed"),
    ("ICC api not a short name", _icc(api="startActivity(Intent)"), "malformed"),
    ("zero ICC deliveries", _icc(count=0), "out of range"),
    ("nested batch", {"type": "batch", "messages": [{"type": "batch", "messages": []}]},
     "cannot be nested"),
    # encoding
    ("non-UTF-8 bytes", b'{"type": "bye", "status": "complete", "reason": "\xff\xfe"}',
     "not valid UTF-8"),
    ("lone surrogate", b'{"type": "bye", "status": "complete", "reason": "\\ud800"}',
     "not valid UTF-8"),
    ("NUL in a string", _bye(reason="a\x00b"), "NUL"),
    # absurd counts and ranges
    ("huge count", _refl(count=10**30), "out of range"),
    ("integer of 5,000 digits", b'{"type": "reflection", "count": ' + b"9" * 5000 + b"}",
     "integer of 5000 digits"),
    ("number beyond a double", b'{"type": "reflection", "count": 1e999}', "out of range"),
    ("negative count", _refl(count=-1), "out of range"),
    ("zero reflective calls", _refl(count=0), "out of range"),
    ("registers over u2", _cv(registers=70000), "out of range"),
    ("more ins than registers", _cv(registers=1, ins=2), "out of range"),
    ("pc far out", _refl(pc=2**40), "out of range"),
    ("negative load order", {"type": "class_load", "descriptor": samples.MAIN,
                             "dex_sha256": None, "loader": "x", "order": -1}, "out of range"),
    ("pc outside the method", _exec(pcs=[0, 4]), "outside the code version"),
    ("odd-length insns", _cv(insns="0e0"), "whole 16-bit code units"),
    ("insns not hex", _cv(insns="zz00"), "not a hex string"),
    # path components and names
    ("../ as a sha256", dict(_dex, sha256="../../../../etc/passwd"), "malformed sha256"),
    ("../ in a descriptor", {"type": "class_load", "descriptor": "L../../etc/passwd;",
                             "dex_sha256": None, "loader": "x", "order": 0}, "malformed"),
    ("../ in a method", _refl(caller="Lcom/../../x;->m()V"), "malformed method signature"),
    ("../ in a loaded class name", {"type": "load_class", "caller": M, "pc": 0,
                                    "name": "../../x", "result": None}, "malformed"),
    ("../ in a loader class", {"type": "dynamic_load", "loader_class": "../x",
                               "source_kind": "path", "source": None, "dex_sha256": []},
     "malformed"),
    ("../ in a dynamic load sha", {"type": "dynamic_load",
                                   "loader_class": "dalvik.system.DexClassLoader",
                                   "source_kind": "buffer", "source": None,
                                   "dex_sha256": ["../blob"]}, "malformed sha256"),
    # DEX bytes that lie
    ("base64 not matching sha256", dict(_dex, data=_other, size=len(b"not the dex")),
     "hash to"),
    ("base64 not matching size", dict(_dex, size=_dex["size"] + 1), "size says"),
    ("invalid base64", dict(_dex, data="!!!!"), "not valid base64"),
    # references to things never sent
    ("exec of an unknown version", _exec(hash="99999999"), "no code_version"),
    ("divergence to an unknown version", {"type": "divergence", "method": samples.HELPER,
                                          "pc": 0, "from_hash": "bbbb0001",
                                          "to_hash": "99999999"}, "no code_version"),
    ("sender hash reused for other code", samples.code_version(insns="0e00",
                                                               sender_hash="bbbb0001"),
     "already names a different code version"),
    ("hello for another runtime", {"type": "hello", "schema": 1, "runtime": "device",
                                   "device": {"model": None, "abi": None, "api_level": None}},
     "different hello"),
    ("future schema", {"type": "hello", "schema": 2, "runtime": "emulator",
                       "device": {"model": None, "abi": None, "api_level": None}},
     "unsupported schema"),
    ("contradicting bye", _bye(status="failed"), "different bye"),
]


def _snapshot(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_size for p in root.rglob("*") if p.is_file()}


def test_every_hostile_message_is_rejected_with_a_reason(store_url: str,
                                                         tmp_path: Path) -> None:
    store = open_store(store_url)
    rid = store.create_run("com.example.app", samples.APK_SHA, "emulator")
    intake = Intake(store, rid, commit_every=1)
    assert intake.feed({"type": "batch", "messages": samples.full_trace()}) == len(
        samples.full_trace())
    intake.flush()
    before_counts = store.record_counts(rid)
    before_export = list(store.export_lines(rid))
    outside = {k: v for k, v in _snapshot(tmp_path).items() if not k.startswith("data")}
    for i, (name, payload, _) in enumerate(HOSTILE):
        if callable(payload):
            payload = payload()
        fed = intake.feed_line(payload) if isinstance(payload, bytes) else intake.feed(payload)
        assert fed == 0, f"{name} was accepted"
        assert intake.rejected == i + 1, f"{name} was not counted as one rejection"
    intake.flush()
    reasons = store.rejections(rid)
    assert len(reasons) == len(HOSTILE)
    for (name, _, fragment), reason in zip(HOSTILE, reasons, strict=True):
        assert fragment in reason, f"{name}: reason {reason!r} lacks {fragment!r}"
        assert "\n" not in reason and len(reason) <= 300
    # The run goes on, unchanged by what was rejected.
    assert store.record_counts(rid) == before_counts
    assert list(store.export_lines(rid))[1:] == before_export[1:]
    assert intake.feed(_refl(pc=2)) == 1
    intake.close()
    info = store.get_run(rid)
    assert info.status == "running" and info.rejected_messages == len(HOSTILE)
    if store_url.startswith("sqlite"):
        after = {k: v for k, v in _snapshot(tmp_path).items() if not k.startswith("data")}
        assert after == outside  # nothing written outside the data directory
    store.close()


def test_sender_paths_are_kept_as_inert_text(store_url: str, tmp_path: Path) -> None:
    """`../` in informational names (file paths an app used) is recorded, never followed."""
    escape = "../" * 12 + str(tmp_path / "escaped.dex")
    with open_store(store_url) as store:
        rid = store.create_run("com.example.app", samples.APK_SHA, "emulator")
        with Intake(store, rid) as intake:
            assert intake.feed(samples.dex_message("p", kind="file", name=escape)) == 1
            assert intake.feed({"type": "dynamic_load", "loader_class": "a.B",
                                "source_kind": "path", "source": escape,
                                "dex_sha256": []}) == 1
            assert intake.feed({"type": "native_load", "library": escape, "caller": None}) == 1
        assert store.dex_images([rid])[0].origin.name == escape
    assert not (tmp_path / "escaped.dex").exists()
    assert not list(tmp_path.glob("**/escaped*"))


# ------------------------------------------------------------------------------------------
# Property-based fuzzing: arbitrary input never escapes as an exception.

_json = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-2**70, max_value=2**70)
    | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids,
                                                              max_size=4),
    max_leaves=12)
_FIELDS = sorted({k for m in samples.full_trace() for k in m} | {"messages", "data"})


@st.composite
def _mutated(draw: st.DrawFn) -> object:
    """A valid sample message with one field replaced, removed or added."""
    base = dict(draw(st.sampled_from(samples.full_trace())))
    key = draw(st.sampled_from(_FIELDS))
    action = draw(st.sampled_from(["replace", "delete", "add"]))
    if action == "delete":
        base.pop(key, None)
    else:
        base[key] = draw(_json)
    return base


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return open_store(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.db'}")


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(objs=st.lists(_mutated() | _json | st.builds(lambda t, d: {"type": t, **d},
                                                      st.sampled_from(MESSAGE_TYPES),
                                                      st.dictionaries(st.sampled_from(_FIELDS),
                                                                      _json, max_size=5)),
                     min_size=1, max_size=8),
       lines=st.lists(st.binary(max_size=64), max_size=4))
def test_fuzzed_input_is_accepted_or_rejected_never_raised(fuzz_store: Store,
                                                           objs: list[object],
                                                           lines: list[bytes]) -> None:
    rid = fuzz_store.create_run("com.example.fuzz", samples.APK_SHA, "emulator")
    with Intake(fuzz_store, rid) as intake:
        intake.feed({"type": "batch", "messages": samples.full_trace()[:8]})
        for obj in objs:
            assert intake.feed(obj) in (0, 1)
        for line in lines:
            assert intake.feed_line(line) in (0, 1)
        n = 8 + len(objs) + len(lines)
        assert intake.accepted + intake.rejected == n
    # Whatever was accepted exports and re-imports to the same trace.
    exported = list(fuzz_store.export_lines(rid))
    assert list(fuzz_store.export_lines(fuzz_store.import_run(exported)))[1:] == exported[1:]


def test_hash_of_the_sample_dex_is_what_the_message_claims() -> None:
    assert hashlib.sha256(samples.dex_bytes("hostile")).hexdigest() == _dex["sha256"]


def test_a_flood_of_distinct_records_hits_the_per_run_budget(tmp_path: Path) -> None:
    """The budget is an intake parameter; a small one shows the same code path cheaply."""
    with open_store(f"sqlite:///{tmp_path / 'data' / 's.db'}") as store:
        rid = store.create_run("com.example.app", samples.APK_SHA, "emulator")
        with Intake(store, rid, max_record_bytes=64 * 1024) as intake:
            fed = [intake.feed({"type": "observed_value", "api": "Class.forName", "caller": M,
                                "pc": 0, "value": f"{i:06d}" + "v" * 1000})
                   for i in range(200)]
            big = _refl(target="La/B;->" + "c" * 2000 + "()V")
            assert intake.feed(big) == 0  # every kind shares the budget
        assert 50 <= sum(fed) < 70 and fed[:50] == [1] * 50 and fed[-1] == 0
        reasons = store.rejections(rid)
        assert reasons and all("bytes of records" in r for r in reasons)
        assert len(store.observed_values([rid])) == sum(fed)
        # Repeats of records already held cost nothing and are still merged.
        with Intake(store, rid, max_record_bytes=64 * 1024) as again:
            assert again.feed({"type": "observed_value", "api": "Class.forName", "caller": M,
                               "pc": 0, "value": "000000" + "v" * 1000}) == 1


def test_a_flood_of_runtime_digests_for_one_body_hits_the_budget(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'data' / 's.db'}") as store:
        rid = store.create_run("com.example.app", samples.APK_SHA, "emulator")
        with Intake(store, rid, max_record_bytes=16 * 1024) as intake:
            fed = [intake.feed(samples.code_version(sender_hash=f"{i:0128x}"))
                   for i in range(200)]
        assert 0 < sum(fed) < 200 and fed[-1] == 0
        assert len(store.code_versions([rid])) == 1
        assert all("bytes of records" in r for r in store.rejections(rid))


# ------------------------------------------------------------------------------------------
# Trace files: headers and lines crafted against the importer (exchange.py, jsonlines.py).

_HEADER = {"type": "run", "schema": 1, "package": "a.b", "apk_sha256": samples.APK_SHA,
           "runtime": "emulator", "device": {"model": None, "abi": None, "api_level": None},
           "started_at": "2024-01-01T00:00:00+00:00", "ended_at": None, "status": "complete",
           "reason": "r", "rejected_messages": 0, "rejections": []}


@pytest.mark.parametrize(("change", "fragment"), [
    ({"started_at": "0001-01-01T00:00:00+05:00"}, "started_at: timestamp out of range"),
    ({"started_at": "9999-12-31T23:59:59-05:00"}, "started_at: timestamp out of range"),
    ({"ended_at": "1900-01-01T00:00:00"}, "ended_at: timestamp out of range"),
    ({"rejections": ["\ud800"]}, "rejections[0]: not valid UTF-8 (lone surrogate)"),
    ({"reason": "\udc00"}, "reason: not valid UTF-8"),
], ids=["year-1", "year-9999", "before-1970", "surrogate-rejection", "surrogate-reason"])
def test_a_crafted_header_is_one_import_error_and_no_run(store_url: str, change: dict[str, Any],
                                                         fragment: str) -> None:
    from dexlego.trace.errors import TraceImportError

    line = json.dumps({**_HEADER, **change}).encode()
    with open_store(store_url) as store:
        with pytest.raises(TraceImportError, match="bad header") as info:
            store.import_run([line, _j(_bye())])
        assert fragment in str(info.value) and "\n" not in str(info.value)
        assert store.list_runs() == []


def test_a_huge_integer_rejects_its_line_not_the_import(store_url: str) -> None:
    lines = [json.dumps(_HEADER).encode(), b'{"type": "reflection", "count": ' + b"9" * 5000
             + b"}", _j(_bye(status="complete", reason="r"))]
    with open_store(store_url) as store:
        rid = store.import_run(lines)
        info = store.get_run(rid)
        assert info.accepted_messages == 1 and info.rejected_messages == 1
        assert "integer of 5000 digits" in store.rejections(rid)[0]


def test_lines_are_read_with_the_limit_applied_before_allocation() -> None:
    import io

    from dexlego.trace.jsonlines import OverlongLine, bounded_lines, decode_line

    stream = io.BytesIO(b"a\n" + b"x" * 5000 + b"\nb\n" + b"y" * 3000)
    lines = list(bounded_lines(stream, limit=1000))
    assert [bytes(x) for x in lines] == [b"a\n", b"x" * 64, b"b\n", b"y" * 64]
    assert [x.length for x in lines if isinstance(x, OverlongLine)] == [5001, 3000]
    with pytest.raises(Exception, match="line of 5001 bytes, more than"):
        decode_line(lines[1])


def test_validate_keeps_few_rejections_and_counts_them_all(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from dexlego.cli.main import cli

    f = tmp_path / "junk.jsonl"
    f.write_bytes(b"junk{\n" * 5000 + b'{"type": "bye"}\n' + _j(_bye()) + b"\n")
    res = CliRunner().invoke(cli, ["trace", "validate", str(f), "--json"],
                             catch_exceptions=False)
    out = json.loads(res.stdout)
    assert res.exit_code == 1 and out["accepted"] == 1 and out["rejected_count"] == 5001
    assert len(out["rejected"]) == 200 and out["rejected"][0] == {
        "line": 1, "reason": "malformed JSON: Expecting value at column 1"}
    assert out["rejected_by_rule"] == {"malformed JSON": 5000, "bye": 1}


def test_an_import_where_every_message_is_rejected_leaves_no_run(store_url: str) -> None:
    from dexlego.trace.errors import TraceImportError

    with open_store(store_url) as store:
        with pytest.raises(TraceImportError, match=r"no message accepted \(2 rejected; the "
                                                   r"first: malformed JSON"):
            store.import_run([json.dumps(_HEADER).encode(), b"junk{", b"[1"])
        assert store.list_runs() == []
