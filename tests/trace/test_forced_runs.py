"""Forced runs in the store (migration 0004): a run names its parent and the decisions that
made it leave the parent's path; on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from dexlego.store import Store, StoreError

SHA = "a" * 64
OTHER = "b" * 64
BRANCH = {"kind": "branch", "method": "Lx/Y;->f()V", "pc": 4, "target": 6}


def _run(store: Store, sha: str = SHA, **kw: object) -> int:
    return store.create_run("x.y", sha, "emulator", **kw)  # type: ignore[arg-type]


def test_a_forced_run_keeps_its_parent_and_decisions(store: Store) -> None:
    plain = _run(store)
    child = _run(store, parent_run_id=plain, decisions=[BRANCH, {"kind": "invoke-all"}])
    info = store.get_run(child)
    assert info.parent_run_id == plain and info.forced == (BRANCH, {"kind": "invoke-all"})
    assert store.get_run(plain).forced is None and store.get_run(plain).parent_run_id is None
    assert store.forced_children(plain) == [child]
    listed = {r.id: r for r in store.list_runs()}
    assert listed[child].to_json()["forced_decisions"] == [BRANCH, {"kind": "invoke-all"}]
    assert listed[plain].to_json()["parent_run_id"] is None


def test_deleting_runs_keeps_the_lineage_consistent(store: Store) -> None:
    plain = _run(store)
    child = _run(store, parent_run_id=plain, decisions=[BRANCH])
    store.delete_run(plain)
    info = store.get_run(child)  # the child stays a forced run, its parent is gone
    assert info.parent_run_id is None and info.forced == (BRANCH,)
    store.delete_run(child)
    assert store.list_runs() == []


@pytest.mark.parametrize("kwargs, problem", [
    ({"parent_run_id": 1}, "give its decisions"),
    ({"decisions": []}, "non-empty list"),
    ({"decisions": [{"method": "x"}]}, "with a kind"),
    ({"decisions": [{"kind": "branch", "x": object()}]}, "not JSON"),
])
def test_bad_lineage_is_refused_with_one_line(store: Store, kwargs: dict[str, object],
                                              problem: str) -> None:
    _run(store)
    with pytest.raises(StoreError, match=problem):
        _run(store, **kwargs)
    assert len(store.list_runs()) == 1


def test_a_parent_must_be_a_run_of_the_same_apk(store: Store) -> None:
    other = _run(store, OTHER)
    with pytest.raises(StoreError, match="another APK"):
        _run(store, parent_run_id=other, decisions=[BRANCH])
    with pytest.raises(StoreError):
        _run(store, parent_run_id=other + 100, decisions=[BRANCH])
    assert [r.id for r in store.list_runs()] == [other]


def test_export_keeps_the_decisions_and_import_checks_them(store: Store) -> None:
    import json

    from dexlego.trace.errors import TraceImportError

    plain = _run(store)
    store.finish_run(plain, "complete")
    child = _run(store, parent_run_id=plain, decisions=[BRANCH])
    store.finish_run(child, "complete")
    lines = list(store.export_lines(child))
    header = json.loads(lines[0])
    assert header["forced_decisions"] == [BRANCH]
    assert "forced_decisions" not in json.loads(next(iter(store.export_lines(plain))))
    copy = store.import_run(lines)
    info = store.get_run(copy)
    assert info.forced == (BRANCH,) and info.parent_run_id is None  # ids belong to one store
    assert list(store.export_lines(copy)) == lines
    for bad in ([], [{"kind": "teleport"}], [{"kind": "branch", "method": "not a sig"}],
                [{"kind": "branch", "pc": -3}], [{"kind": "branch", "extra": 1}]):
        header["forced_decisions"] = bad
        with pytest.raises(TraceImportError, match="forced_decisions"):
            store.import_run([json.dumps(header)])
