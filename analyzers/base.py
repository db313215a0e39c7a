"""The adapter interface and the normalized finding format every adapter returns.

An adapter wraps one external static analyzer. It never raises for a problem
with one app: `run()` turns any failure into `AnalyzerResult.error` so that a
corpus run reports per-app errors instead of stopping. With `Limits`, `run()`
runs the adapter in a child process under a timeout and a memory cap
(`analyzers.isolation`), so one analyzer that hangs or balloons costs its own
result only.
"""

from __future__ import annotations

import abc
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from analyzers.isolation import Limits, quiet_androguard, run_isolated


class AnalyzerError(Exception):
    """An analyzer could not process one input; the message is one user-facing line."""


@dataclass(frozen=True, slots=True)
class Flow:
    """A source-to-sink flow: smali method signatures of the source and sink APIs.

    `path` lists the app methods the analyzer says the data goes through
    (empty when it does not say), a representative one where there are many (`paths`
    counts them); `confidence` is in [0, 1].
    """

    source: str
    sink: str
    path: tuple[str, ...] = ()
    confidence: float = 1.0
    source_category: str = ""
    sink_category: str = ""
    paths: int = 1  # how many paths the analyzer reported that this flow stands for

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = list(self.path)
        return data


@dataclass(frozen=True, slots=True)
class Finding:
    """Any other finding: a packer/obfuscator label, a matched behaviour rule..."""

    kind: str
    label: str
    detail: str = ""
    location: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class AnalyzerResult:
    """What one adapter says about one file."""

    analyzer: str
    available: bool
    flows: list[Flow] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    raw_output: str | None = None  # where the analyzer's own output was kept
    seconds: float = 0.0
    peak_rss_mb: float | None = None  # measured when run under Limits (its process group)

    def to_json(self) -> dict[str, Any]:
        return {
            "analyzer": self.analyzer,
            "available": self.available,
            "flows": [f.to_json() for f in self.flows],
            "findings": [f.to_json() for f in self.findings],
            "error": self.error,
            "raw_output": self.raw_output,
            "seconds": round(self.seconds, 3),
            "peak_rss_mb": self.peak_rss_mb,
        }


@dataclass(frozen=True, slots=True)
class Availability:
    ok: bool
    reason: str = ""


class Analyzer(abc.ABC):
    """One static analyzer behind the common interface."""

    name: str = ""

    @abc.abstractmethod
    def available(self) -> Availability:
        """Whether the analyzer can run here, with the reason when it cannot."""

    @abc.abstractmethod
    def analyze(self, path: Path, workdir: Path) -> AnalyzerResult:
        """Analyze an APK or DEX; keep raw output under `workdir`. May raise AnalyzerError."""

    def run(self, path: Path, workdir: Path, limits: Limits | None = None) -> AnalyzerResult:
        """`analyze` with every per-app failure turned into a result with `error` set; under
        `limits`, in a child process killed (with all it started) at the timeout or cap."""
        avail = self.available()
        if not avail.ok:
            return AnalyzerResult(self.name, False, error=avail.reason)
        # absolute paths: adapters run programs from inside their work directory
        path, workdir = path.resolve(), workdir.resolve()
        if limits is None or not limits.bounded:
            return self.run_here(path, workdir)
        out = run_isolated(_run_in_child, self, path, workdir, timeout=limits.timeout_s,
                           memory_mb=limits.memory_mb, init=quiet_androguard, start="forkserver")
        if out.ok:
            result: AnalyzerResult = out.value
        else:
            result = AnalyzerResult(self.name, True, error=f"{self.name} on {path.name}: {out.error}")
            result.seconds = out.seconds
        result.peak_rss_mb = out.peak_rss_mb
        return result

    def run_here(self, path: Path, workdir: Path) -> AnalyzerResult:
        """`run` in this process, without limits."""
        start = time.monotonic()
        try:
            workdir.mkdir(parents=True, exist_ok=True)
            result = self.analyze(path, workdir)
        except AnalyzerError as exc:
            result = AnalyzerResult(self.name, True, error=str(exc))
        except Exception as exc:  # noqa: BLE001 - one bad app must not stop a corpus run
            first = str(exc).splitlines()[0] if str(exc) else ""
            result = AnalyzerResult(
                self.name, True, error=f"{self.name} failed on {path.name}: "
                f"{type(exc).__name__}: {first}"
            )
        result.seconds = time.monotonic() - start
        return result


def _run_in_child(analyzer: Analyzer, path: Path, workdir: Path) -> AnalyzerResult:
    return analyzer.run_here(path, workdir)
