"""The adapters by name, and running several of them on one file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from analyzers.base import Analyzer, AnalyzerError, AnalyzerResult
from analyzers.isolation import Limits

# name -> factory; imports stay lazy so one missing analyzer cannot break the others
ADAPTERS: dict[str, Callable[[], Analyzer]] = {}


def _mariana() -> Analyzer:
    from analyzers.mariana import MarianaTrench

    return MarianaTrench()


def _quark() -> Analyzer:
    from analyzers.quark_adapter import QuarkEngine

    return QuarkEngine()


def _apkid() -> Analyzer:
    from analyzers.apkid_adapter import ApkId

    return ApkId()


def _androguard() -> Analyzer:
    from analyzers.androguard_reach import AndroguardReach

    return AndroguardReach()


def _flowdroid() -> Analyzer:
    from analyzers.flowdroid import FlowDroid

    return FlowDroid()


ADAPTERS.update({
    "mariana-trench": _mariana,
    "quark": _quark,
    "apkid": _apkid,
    "androguard": _androguard,
    "flowdroid": _flowdroid,
})


def get_analyzers(names: Sequence[str] | None = None) -> list[Analyzer]:
    """The named adapters (all of them when `names` is empty); AnalyzerError on a bad name."""
    chosen = list(names) if names else list(ADAPTERS)
    unknown = [n for n in chosen if n not in ADAPTERS]
    if unknown:
        raise AnalyzerError(f"unknown analyzer {unknown[0]!r} (known: {', '.join(ADAPTERS)})")
    return [ADAPTERS[n]() for n in dict.fromkeys(chosen)]


def analyze_file(path: Path, analyzers: Sequence[Analyzer], workdir: Path,
                 limits: Limits | None = None) -> list[AnalyzerResult]:
    """Run each analyzer on `path`, raw output under `workdir/<analyzer>`, each under
    `limits`; never raises for a per-app problem (those are in each result's `error`)."""
    return [a.run(path, workdir / a.name, limits) for a in analyzers]
