"""Run adapters over a corpus of apps in parallel, with an optional result cache.

The cache is keyed by the app's sha256, the adapter, and a fingerprint of
everything that decides the result: this package's source and data files and
the installed analyzer versions. Any change to either recomputes.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from analyzers.base import AnalyzerResult, Finding, Flow
from analyzers.inputs import sha256_of

PACKAGE_DIR = Path(__file__).parent
TOOL_DISTRIBUTIONS = ("mariana-trench", "quark-engine", "apkid", "androguard")


@lru_cache(maxsize=1)
def fingerprint() -> str:
    h = hashlib.sha256()
    for f in sorted(PACKAGE_DIR.glob("*")):
        if f.suffix in (".py", ".json"):
            h.update(f.name.encode() + b"\0" + f.read_bytes())
    for dist in TOOL_DISTRIBUTIONS:
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=absent".encode())
    return h.hexdigest()[:16]


def result_from_json(data: dict[str, object]) -> AnalyzerResult:
    flows = [Flow(str(f["source"]), str(f["sink"]), tuple(f["path"]), float(f["confidence"]),
                  str(f["source_category"]), str(f["sink_category"]))
             for f in data["flows"]]  # type: ignore[attr-defined]
    findings = [Finding(**g) for g in data["findings"]]  # type: ignore[attr-defined]
    return AnalyzerResult(str(data["analyzer"]), bool(data["available"]), flows, findings,
                          data["error"], data["raw_output"],  # type: ignore[arg-type]
                          float(data["seconds"]))  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class AppRun:
    key: str  # e.g. Category/App
    path: Path
    results: dict[str, AnalyzerResult]
    cached: int  # how many results came from the cache


def _run_app(args: tuple[str, Path, tuple[str, ...], Path, Path | None]) -> AppRun:
    from analyzers.registry import get_analyzers

    key, path, names, workroot, cache = args
    sha = sha256_of(path)
    results: dict[str, AnalyzerResult] = {}
    cached = 0
    for analyzer in get_analyzers(names):
        entry = cache / fingerprint() / analyzer.name / f"{sha}.json" if cache else None
        if entry is not None and entry.is_file():
            results[analyzer.name] = result_from_json(json.loads(entry.read_text()))
            cached += 1
            continue
        res = analyzer.run(path, workroot / key / analyzer.name)
        results[analyzer.name] = res
        if entry is not None:
            entry.parent.mkdir(parents=True, exist_ok=True)
            tmp = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(res.to_json()))
            tmp.replace(entry)
    return AppRun(key, path, results, cached)


def run_corpus(apps: Sequence[tuple[str, Path]], names: Sequence[str], workroot: Path,
               processes: int = 2, cache: Path | None = None) -> dict[str, AppRun]:
    """Every named adapter on every app, `processes` apps at a time."""
    jobs = [(key, path, tuple(names), workroot, cache) for key, path in apps]
    if processes <= 1:
        return {r.key: r for r in map(_run_app, jobs)}
    with ProcessPoolExecutor(processes) as pool:
        return {r.key: r for r in pool.map(_run_app, jobs)}
