"""`dexlego runs` and `dexlego trace` against a real SQLite store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dexlego.cli.main import cli
from dexlego.store import open_store
from dexlego.trace.intake import Intake
from tests.trace import samples


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _sample_run(db: str) -> int:
    with open_store(db) as store:
        rid = store.create_run("com.example.app", samples.APK_SHA, "emulator")
        with Intake(store, rid) as intake:
            intake.feed({"type": "batch", "messages": samples.full_trace()})
            intake.feed({"type": "bogus"})
        store.finish_run(rid, "complete", "done")
    return rid


def test_runs_list_and_show(db: str) -> None:
    assert json.loads(_run("runs", "list", "--db", db, "--json").stdout) == []
    rid = _sample_run(db)
    runs = json.loads(_run("runs", "list", "--db", db, "--json").stdout)
    assert [(r["id"], r["status"], r["package"]) for r in runs] == [
        (rid, "complete", "com.example.app")]
    shown = json.loads(_run("runs", "show", str(rid), "--db", db, "--json").stdout)
    assert shown["records"]["code_version"] == 3 and shown["rejected_messages"] == 1
    assert shown["rejections"] == ["message: unknown type 'bogus'"]
    text = _run("runs", "list", "--db", db).stdout
    assert "com.example.app" in text and "1 rejected" in text


def test_trace_export_import_export_via_cli(db: str, tmp_path: Path) -> None:
    rid = _sample_run(db)
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert _run("trace", "export", str(rid), "-o", str(first), "--db", db).exit_code == 0
    res = _run("trace", "import", str(first), "--db", db)
    assert res.exit_code == 0
    new_id = int(res.stdout.strip())
    assert new_id != rid
    assert _run("trace", "export", str(new_id), "-o", str(second), "--db", db).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    assert first.read_text().count("\n") == len(samples.full_trace()) + 1
    as_json = json.loads(_run("trace", "import", str(first), "--db", db, "--json").stdout)
    assert as_json["status"] == "complete" and as_json["rejected_messages"] == 1


@pytest.mark.parametrize("args, needle", [
    (["runs", "show", "42"], "no run with id 42"),
    (["trace", "export", "42", "-o", "{tmp}/x.jsonl"], "no run with id 42"),
    (["trace", "import", "{tmp}/missing.jsonl"], "missing.jsonl: no such file"),
    (["trace", "import", "{tmp}/garbage.jsonl"], "garbage.jsonl: bad header"),
])
def test_errors_are_one_line_and_exit_nonzero(db: str, tmp_path: Path, args: list[str],
                                              needle: str) -> None:
    (tmp_path / "garbage.jsonl").write_bytes(b"\xff\xfe not a trace\n")
    res = _run(*[a.replace("{tmp}", str(tmp_path)) for a in args], "--db", db)
    assert res.exit_code == 1
    assert needle in res.stderr and res.stderr.count("\n") == 1
    assert not (tmp_path / "x.jsonl").exists()
    with open_store(db) as store:
        assert store.list_runs() == []  # a failed import leaves no run behind


def test_export_to_an_unwritable_place_leaves_no_file(db: str, tmp_path: Path) -> None:
    rid = _sample_run(db)
    res = _run("trace", "export", str(rid), "-o", str(tmp_path / "no" / "dir" / "t.jsonl"),
               "--db", db)
    assert res.exit_code == 1 and "cannot write" in res.stderr
    assert not (tmp_path / "no").exists()


def test_bad_db_url_is_one_line(tmp_path: Path) -> None:
    res = _run("runs", "list", "--db", "oracle://x/y")
    assert res.exit_code == 1 and "unsupported database" in res.stderr


def test_trace_validate_reports_each_bad_line(tmp_path: Path) -> None:
    good = [json.dumps(m) for m in samples.full_trace()]
    f = tmp_path / "msgs.jsonl"
    f.write_bytes("\n".join(good[:3]).encode() + b'\n{"type":"bye"}\n\xff\n'
                  + json.dumps({"type": "batch", "messages": samples.full_trace()[3:]}).encode()
                  + b"\n")
    res = _run("trace", "validate", str(f), "--json")
    assert res.exit_code == 1
    out = json.loads(res.stdout)
    assert out["accepted"] == len(good)
    assert [r["line"] for r in out["rejected"]] == [4, 5]
    assert "missing field" in out["rejected"][0]["reason"]
    clean = tmp_path / "clean.jsonl"
    clean.write_text("\n".join(good) + "\n")
    ok = _run("trace", "validate", str(clean))
    assert ok.exit_code == 0 and f"{len(good)} accepted, 0 rejected" in ok.stdout


def test_store_password_is_not_echoed_in_errors() -> None:
    res = _run("runs", "list", "--db", "postgresql://user:s3cret@127.0.0.1:1/nodb")
    assert res.exit_code == 1 and "s3cret" not in res.stderr and res.stderr.count("\n") == 1


def test_export_to_stdout_and_import_from_stdin(db: str, tmp_path: Path) -> None:
    rid = _sample_run(db)
    out = _run("trace", "export", str(rid), "-o", "-", "--db", db)
    assert out.exit_code == 0
    res = CliRunner().invoke(cli, ["trace", "import", "-", "--db", db], input=out.stdout)
    assert res.exit_code == 0
    again = _run("trace", "export", res.stdout.strip(), "-o", "-", "--db", db)
    assert again.stdout == out.stdout


def test_trace_validate_checks_an_exported_traces_header(tmp_path: Path) -> None:
    """An exported trace's `run` header is checked as `trace import` checks it."""
    from tests.fuzz import traces

    ok = _run("trace", "validate", str(traces.dynamic_load(tmp_path / "ok.jsonl", b"dex\n035\0")))
    assert ok.exit_code == 0 and "5 accepted, 0 rejected" in ok.stdout  # header + 4 messages
    bad = _run("trace", "validate", str(traces.timestamp_out_of_range(tmp_path / "bad.jsonl")),
               "--json")
    out = json.loads(bad.stdout)
    assert bad.exit_code == 1 and out["accepted"] == 1
    assert [r["line"] for r in out["rejected"]] == [1]
    assert "run.started_at: timestamp out of range" in out["rejected"][0]["reason"]
