"""Quark-engine adapter with rules generated from our source/sink list.

Quark's official rules cannot be downloaded here, and its rules name exact
APIs, so for each app we write one rule per (source API, sink API) pair that
the app references (matched against the catalog through the class hierarchy).
Quark's five stages end with "both APIs called in one method, in order" (4)
and "the first one's result reaches the second" (5): stage 4 and up is
reported as a flow, with Quark's own confidence (stages passed / 5).
"""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from analyzers.apimatch import classify_refs
from analyzers.base import Analyzer, AnalyzerResult, Availability, Flow
from analyzers.catalog import Catalog, default_catalog
from analyzers.dexrefs import MethodKey, parameter_types, read_refs
from analyzers.inputs import dex_images

MAX_RULES = 600  # an app calling hundreds of sources and sinks: keep the run bounded
MIN_STAGE = 4


def _quark_descriptor(descriptor: str) -> str:
    """Quark (via androguard) writes parameters separated by spaces."""
    ret = descriptor[descriptor.index(")") + 1 :]
    return "(" + " ".join(parameter_types(descriptor)) + ")" + ret


def _api(key: MethodKey) -> dict[str, str]:
    return {"class": key.class_, "method": key.name,
            "descriptor": _quark_descriptor(key.descriptor)}


def _method_sig(quark_name: str) -> str:
    """`Lc; name (args)ret` (Quark report) -> `Lc;->name(args)ret`."""
    parts = quark_name.split(" ", 2)
    if len(parts) != 3:
        return quark_name
    cls, name, desc = parts
    return f"{cls}->{name}{desc.replace(' ', '')}"


class QuarkEngine(Analyzer):
    name = "quark"

    def __init__(self, catalog: Catalog | None = None) -> None:
        self.catalog = catalog or default_catalog()

    def available(self) -> Availability:
        try:
            import_quark()
        except ImportError as exc:
            return Availability(False, f"quark-engine is not installed ({exc}); "
                                "pip install quark-engine")
        return Availability(True)

    def analyze(self, path: Path, workdir: Path) -> AnalyzerResult:
        import_quark()
        with _temporary_files_in(workdir / "tmp"):
            return self._analyze(path, workdir)

    def _analyze(self, path: Path, workdir: Path) -> AnalyzerResult:
        from quark.core.quark import Quark
        from quark.core.struct.ruleobject import RuleObject

        refs = read_refs(dex_images(path))
        uses = classify_refs(refs, self.catalog)
        sources = sorted(k for k, u in uses.items() if u.role == "source")
        sinks = sorted(k for k, u in uses.items() if u.role == "sink")
        pairs = [(s, k) for s in sources for k in sinks][:MAX_RULES]
        rules_dir = workdir / "quark-rules"
        rules_dir.mkdir(exist_ok=True)
        report: list[dict[str, Any]] = []
        flows: dict[tuple[str, str], Flow] = {}
        if pairs:
            quark = Quark(str(path))
            for n, (src, snk) in enumerate(pairs):
                rule_path = rules_dir / f"{n:04d}.json"
                rule_path.write_text(json.dumps({
                    "crime": f"{uses[src].category} data reaches {uses[snk].category} sink",
                    "permission": [], "api": [_api(src), _api(snk)], "score": 1,
                    "label": ["dexlego", uses[src].category, uses[snk].category]}))
                rule = RuleObject(str(rule_path))
                quark.run(rule)
                stage = sum(1 for passed in rule.check_item if passed)
                entry: dict[str, Any] = {"rule": rule_path.name, "source": str(src),
                                         "sink": str(snk), "stage": stage}
                report.append(entry)
                if stage < MIN_STAGE:
                    continue
                quark.generate_json_report(rule)
                where = _parents(quark.get_json_report(), rule_path.name)
                entry["methods"] = where
                flow = Flow(str(src), str(snk), tuple(where), stage / 5,
                            uses[src].category, uses[snk].category)
                old = flows.get((flow.source, flow.sink))
                if old is None or old.confidence < flow.confidence:
                    flows[(flow.source, flow.sink)] = flow
        raw = workdir / "quark-report.json"
        raw.write_text(json.dumps({"rules": len(pairs), "results": report}, indent=1))
        return AnalyzerResult(self.name, True, flows=sorted(flows.values(),
                              key=lambda f: (f.source, f.sink)), raw_output=str(raw))


def import_quark() -> None:
    """Import quark, whose import opens `<date>.quark.log` in the working directory (a
    module-level FileHandler): close it and remove the file it created (the few records
    quark's evaluator writes there are dropped: the report keeps what matters)."""
    stray = Path.cwd() / f"{datetime.now():%Y-%m-%d}.quark.log"
    existed = stray.exists()
    import quark.core.quark  # noqa: F401
    import quark.core.struct.ruleobject  # noqa: F401
    from quark.utils import logger

    handler = logger.defaultHandler
    if Path(handler.baseFilename) == stray and not existed:
        handler.close()  # a closed "w" FileHandler does not reopen
        stray.unlink(missing_ok=True)


@contextlib.contextmanager
def _temporary_files_in(scratch: Path) -> Iterator[None]:
    """Quark extracts each APK's manifest (and a patched copy of the APK) into temporary
    files it never removes: make them inside `scratch`, removed afterwards. Process-wide
    (tempfile.tempdir), which is why analyzers run isolated by default (`Limits`)."""
    scratch.mkdir(parents=True, exist_ok=True)
    previous = tempfile.tempdir
    tempfile.tempdir = str(scratch)
    try:
        yield
    finally:
        tempfile.tempdir = previous
        shutil.rmtree(scratch, ignore_errors=True)


def _parents(report: dict[str, Any], rule_name: str) -> list[str]:
    """The app methods in which Quark saw the API sequence for one rule."""
    out: list[str] = []
    for crime in report.get("crimes", []):
        if crime.get("rule") != rule_name:
            continue
        for seq in crime.get("sequence", []) or []:
            if isinstance(seq, dict):
                out.extend(_method_sig(k) for k in seq)
    return sorted(set(out))
