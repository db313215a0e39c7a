"""Mariana-trench adapter: taint analysis with models generated from our source/sink list.

For each app: read its references, write a stub `android.jar` (no platform jar
can be downloaded), write models/rules/lifecycles from the catalog, run the
`mariana-trench` shim, and turn its issues into flows.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from analyzers.base import Analyzer, AnalyzerError, AnalyzerResult, Availability, Flow
from analyzers.catalog import Catalog, default_catalog
from analyzers.dexrefs import read_refs
from analyzers.inputs import dex_images, ensure_apk
from analyzers.mariana_config import write_config
from analyzers.stubjar import build_stub_jar
from analyzers.tools import VENV_BIN, find_program, last_error_line, run_logged

DEFAULT_TIMEOUT = 600.0

# What the binary says when it fails (its own errors, C++ assertions and exceptions), and the
# shim's summary line that would otherwise hide it ("Analysis binary exited with exit code 1").
_CAUSE_MARKERS = ("error", "Error", "ERROR", "Assertion", "assert", "what():", "terminate called",
                  "FATAL", "Fatal", "Check failed", "Segmentation fault", "Aborted", "Killed")
_SHIM_NOISE = re.compile(r"Analysis binary exited with exit code|\bINFO \[")


def failure_cause(log: Path) -> str:
    """The tool's own reason for failing, from its log (the shim only says the binary died)."""
    return last_error_line(log, _CAUSE_MARKERS, _SHIM_NOISE)


def to_smali(sig: str) -> str:
    """`Lc;.name:(args)ret` (mariana-trench) -> `Lc;->name(args)ret` (smali); fields too."""
    cls, sep, rest = sig.partition(";.")
    if not sep:
        return sig
    name, _, proto = rest.partition(":")
    if not proto.startswith("("):  # a field: Lc;.name:Type -> Lc;->name:Type
        return f"{cls};->{name}:{proto}"
    return f"{cls};->{name}{proto}"


def _config_dir(program: Path) -> Path | None:
    # the shim looks for ../share/mariana-trench/configuration beside a PATH entry
    cand = program.parent.parent / "share" / "mariana-trench" / "configuration"
    return cand if cand.is_dir() else None


class MarianaTrench(Analyzer):
    name = "mariana-trench"

    def __init__(self, catalog: Catalog | None = None, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.catalog = catalog or default_catalog()
        self.timeout = timeout

    def available(self) -> Availability:
        shim = find_program("mariana-trench")
        binary = find_program("mariana-trench-binary")
        if shim is None or binary is None:
            return Availability(False, "mariana-trench is not installed "
                                "(pip install --no-deps mariana-trench packaging pyre_extensions)")
        if _config_dir(shim) is None:
            return Availability(False, f"mariana-trench configuration not found beside {shim}")
        return Availability(True)

    def analyze(self, path: Path, workdir: Path) -> AnalyzerResult:
        shim = find_program("mariana-trench")
        assert shim is not None
        refs = read_refs(dex_images(path))
        jar = build_stub_jar(refs, self.catalog, workdir / "android.jar")
        config = write_config(self.catalog, refs, workdir / "config")
        apk = ensure_apk(path, workdir)
        out = workdir / "mariana-output"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        env = dict(os.environ)
        env["PATH"] = f"{shim.parent}{os.pathsep}{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
        # the shim extracts the APK into temporary directories it never removes: keep them
        # inside the work directory and delete them after the run
        scratch = workdir / "tmp"
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir()
        env["TMPDIR"] = str(scratch)
        args = [
            str(shim), "--apk-path", str(apk), "--output-directory", str(out),
            "--system-jar-configuration-path", str(jar.path),
            "--model-generator-configuration-paths", str(config.generator_config),
            "--model-generator-search-paths", str(config.directory / "generators"),
            "--rules-paths", str(config.rules),
            "--lifecycles-paths", str(config.lifecycles),
            "--field-models-paths", str(config.field_models),
            "--source-root-directory", str(workdir),
            "--repository-root-directory", str(workdir),
            "--skip-source-indexing",
        ]
        log = workdir / "mariana.log"
        try:
            code = run_logged(args, log, self.timeout, cwd=workdir, env=env)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        if code != 0:
            raise AnalyzerError(f"mariana-trench failed on {path.name} (exit status {code}): "
                                f"{failure_cause(log)}")
        flows = parse_output(out)
        return AnalyzerResult(self.name, True, flows=flows, raw_output=str(out))


Origin = tuple[str, str, str]  # ("method" | "field", smali signature, kind)


def _origins(frames: list[dict[str, Any]]) -> list[Origin]:
    """Every origin (an API method or a field) of a list of taint frames."""
    found: list[Origin] = []
    for frame in frames:
        for kind in frame.get("kinds", []):
            for origin in kind.get("origins", []):
                name = str(kind.get("kind", ""))
                if isinstance(origin.get("method"), str):
                    found.append(("method", to_smali(origin["method"]), name))
                elif isinstance(origin.get("field"), str):
                    found.append(("field", to_smali(origin["field"]), name))
    return found


def _category(kind: str) -> str:
    return kind.removeprefix("DexlegoSource_").removeprefix("DexlegoSink_")


def _read_issues(out: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(method, issue) for every issue of the output's model shards, one line at a time."""
    shards = sorted(out.glob("model@*.json"))
    if not shards:
        raise AnalyzerError(f"mariana-trench wrote no models into {out}")
    for shard in shards:
        with shard.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                if '"issues"' not in line:
                    continue
                try:
                    model = json.loads(line)
                except ValueError:
                    raise AnalyzerError(f"{shard}: malformed JSON line") from None
                where = to_smali(str(model.get("method", "")))
                for issue in model.get("issues", []):
                    yield where, issue


FlowKey = tuple[str, str, str]  # (source, sink, the callable where the data reaches the sink)


class _Flows:
    """One flow per (source, sink, callable), the first path seen as its representative, and
    how many paths it stands for."""

    def __init__(self) -> None:
        self.first: dict[FlowKey, Flow] = {}
        self.count: dict[FlowKey, int] = {}

    def count_new(self, key: FlowKey, paths: int = 1) -> bool:
        """Count `paths` more for `key`; True when it is new (the caller then `keep`s it)."""
        new = key not in self.count
        self.count[key] = self.count.get(key, 0) + paths
        return new

    def keep(self, key: FlowKey, flow: Flow) -> None:
        self.first[key] = flow

    def flows(self) -> list[Flow]:
        out = [dataclasses.replace(f, paths=self.count[k]) for k, f in self.first.items()]
        return sorted(out, key=lambda f: (f.source, f.sink, f.path))


def parse_output(out: Path) -> list[Flow]:
    """Flows from the model shards of an output directory, in time and memory linear in them.

    Direct issues (API source -> API sink) become flows as they are. Issues that end in or
    start from a long-lived field are halves, joined through the fields (following
    field-to-field copies) into API-to-API flows with the fields on the path. Every
    combination of a write, a chain of copies and a read is a path; rather than one flow per
    path (millions on real apps: 16 distinct source/sink pairs made 2.6 M flows), there is one
    flow per (source, sink, callable reaching the sink), with the first path found and
    `paths` counting all of them.
    """
    found = _Flows()
    # field -> source -> (category, first writing method, writes)
    writes: dict[str, dict[str, tuple[str, str, int]]] = {}
    # field -> (sink, reading method) -> (category, reads)
    reads: dict[str, dict[tuple[str, str], tuple[str, int]]] = {}
    links: dict[str, dict[str, str]] = {}  # field -> next field -> first copying method

    for where, issue in _read_issues(out):
        sinks = _origins(issue.get("sinks", []))
        if not sinks and isinstance(issue.get("callee"), str):
            sinks = [("method", to_smali(issue["callee"]), "")]
        for s_type, src, s_kind in _origins(issue.get("sources", [])):
            for k_type, snk, k_kind in sinks:
                if s_type == "method" and k_type == "method":
                    if found.count_new((src, snk, where)):
                        found.keep((src, snk, where), Flow(src, snk, (where,), 1.0,
                                                           _category(s_kind), _category(k_kind)))
                elif s_type == "method":
                    by_src = writes.setdefault(snk, {})
                    cat, first, n = by_src.get(src, (_category(s_kind), where, 0))
                    by_src[src] = (cat, first, n + 1)
                elif k_type == "method":
                    by_sink = reads.setdefault(src, {})
                    cat, n = by_sink.get((snk, where), (_category(k_kind), 0))
                    by_sink[(snk, where)] = (cat, n + 1)
                else:
                    links.setdefault(src, {}).setdefault(snk, where)

    for field, stores in writes.items():
        # breadth-first over field-to-field copies, remembering the first way to each field
        way: dict[str, tuple[str, ...]] = {field: (field,)}
        queue = deque([field])
        while queue:
            cur = queue.popleft()
            for nxt, where in sorted(links.get(cur, {}).items()):
                if nxt not in way:
                    way[nxt] = (*way[cur], where, nxt)
                    queue.append(nxt)
        for reached, path in way.items():
            for (snk, r_where), (k_cat, n_reads) in reads.get(reached, {}).items():
                for src, (s_cat, w_where, n_writes) in stores.items():
                    if found.count_new((src, snk, r_where), n_writes * n_reads):
                        found.keep((src, snk, r_where),
                                   Flow(src, snk, (w_where, *path, r_where), 0.8, s_cat, k_cat))
    return found.flows()
