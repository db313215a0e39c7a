"""FlowDroid adapter: runs the user's own FlowDroid install and parses its XML results.

FlowDroid cannot be downloaded here. Point `DEXLEGO_FLOWDROID_JAR` at
soot-infoflow-cmd's jar-with-dependencies and `DEXLEGO_ANDROID_PLATFORMS` at an
Android SDK `platforms` directory; `available()` says which is missing. The
sources/sinks file is generated per app from our catalog (FlowDroid needs full
Java signatures, which the app's references supply).
"""

from __future__ import annotations

import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from analyzers.apimatch import classify_refs
from analyzers.base import Analyzer, AnalyzerError, AnalyzerResult, Availability, Flow
from analyzers.catalog import Catalog, default_catalog
from analyzers.dexrefs import MethodKey, parameter_types, read_refs
from analyzers.inputs import dex_images, kind_of
from analyzers.tools import last_error_line, run_logged

JAR_ENV = "DEXLEGO_FLOWDROID_JAR"
PLATFORMS_ENV = "DEXLEGO_ANDROID_PLATFORMS"
DEFAULT_TIMEOUT = 900.0

_PRIMITIVES = {"V": "void", "Z": "boolean", "B": "byte", "S": "short", "C": "char",
               "I": "int", "J": "long", "F": "float", "D": "double"}
_JAVA_TO_DESC = {v: k for k, v in _PRIMITIVES.items()}
_SOOT_SIG = re.compile(r"<([^:<>]+): ([^ <>]+) ([^ (<>]+)\(([^)]*)\)>")


def java_type(desc: str) -> str:
    dims = len(desc) - len(desc.lstrip("["))
    base = desc[dims:]
    name = _PRIMITIVES.get(base) or base[1:-1].replace("/", ".")
    return name + "[]" * dims


def desc_type(java: str) -> str:
    dims = java.count("[]")
    base = java.replace("[]", "")
    return "[" * dims + (_JAVA_TO_DESC.get(base) or "L" + base.replace(".", "/") + ";")


def soot_signature(key: MethodKey) -> str:
    ret = key.descriptor[key.descriptor.index(")") + 1 :]
    args = ",".join(java_type(p) for p in parameter_types(key.descriptor))
    return f"<{java_type(key.class_)}: {java_type(ret)} {key.name}({args})>"


def smali_signature(soot: str) -> str:
    """`<a.B: int m(java.lang.String)>` -> `La/B;->m(Ljava/lang/String;)I`."""
    m = _SOOT_SIG.search(soot)
    if m is None:
        return soot
    cls, ret, name, args = m.groups()
    params = "".join(desc_type(a.strip()) for a in args.split(",") if a.strip())
    return f"{desc_type(cls)}->{name}({params}){desc_type(ret)}"


def sources_sinks_text(keys: dict[MethodKey, str]) -> str:
    """FlowDroid's text format: `<sig> -> _SOURCE_` / `_SINK_`, one per line."""
    return "".join(f"{soot_signature(k)} -> {'_SOURCE_' if role == 'source' else '_SINK_'}\n"
                   for k, role in sorted(keys.items()))


def parse_results(xml_path: Path, catalog: Catalog | None = None) -> list[Flow]:
    """Flows from FlowDroid's XML output (`-o results.xml`)."""
    try:
        root = ET.parse(xml_path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise AnalyzerError(f"{xml_path}: unreadable FlowDroid results: {exc}") from None
    cat = catalog or default_catalog()
    flows: dict[tuple[str, str, tuple[str, ...]], Flow] = {}
    for result in root.iter("Result"):
        sink = result.find("Sink")
        if sink is None:
            continue
        sink_api = smali_signature(sink.get("Statement", ""))
        for source in result.iter("Source"):
            src_api = smali_signature(source.get("Statement", ""))
            path = tuple(smali_signature(m) for m in
                         (source.get("Method", ""), sink.get("Method", "")) if m)
            flow = Flow(src_api, sink_api, tuple(dict.fromkeys(path)), 1.0,
                        _cat(cat, src_api, "source"), _cat(cat, sink_api, "sink"))
            flows.setdefault((flow.source, flow.sink, flow.path), flow)
    return sorted(flows.values(), key=lambda f: (f.source, f.sink, f.path))


def _cat(catalog: Catalog, sig: str, role: str) -> str:
    cls, _, rest = sig.partition("->")
    name = rest.split("(", 1)[0]
    found = (catalog.source_category(cls, name) if role == "source"
             else catalog.sink_category(cls, name))
    return found or ""


class FlowDroid(Analyzer):
    name = "flowdroid"

    def __init__(self, catalog: Catalog | None = None, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.catalog = catalog or default_catalog()
        self.timeout = timeout

    def available(self) -> Availability:
        jar = os.environ.get(JAR_ENV, "")
        platforms = os.environ.get(PLATFORMS_ENV, "")
        missing = []
        if not jar or not Path(jar).is_file():
            missing.append(f"{JAR_ENV} (path to soot-infoflow-cmd jar-with-dependencies)"
                           + (f": {jar} is not a file" if jar else ""))
        if not platforms or not Path(platforms).is_dir():
            missing.append(f"{PLATFORMS_ENV} (Android SDK platforms directory)"
                           + (f": {platforms} is not a directory" if platforms else ""))
        if shutil.which("java") is None:
            missing.append("a java runtime on PATH")
        if missing:
            return Availability(False, "FlowDroid not configured: set " + "; ".join(missing))
        return Availability(True)

    def analyze(self, path: Path, workdir: Path) -> AnalyzerResult:
        if kind_of(path) != "apk":
            raise AnalyzerError(f"{path.name}: FlowDroid needs an APK with its manifest, "
                                "not a bare DEX")
        refs = read_refs(dex_images(path))
        uses = classify_refs(refs, self.catalog)
        sources_sinks = workdir / "SourcesAndSinks.txt"
        sources_sinks.write_text(sources_sinks_text({k: u.role for k, u in uses.items()}))
        out = workdir / "flowdroid-results.xml"
        out.unlink(missing_ok=True)
        args = ["java", "-jar", os.environ[JAR_ENV], "-a", str(path.resolve()),
                "-p", os.environ[PLATFORMS_ENV], "-s", str(sources_sinks), "-o", str(out)]
        log = workdir / "flowdroid.log"
        code = run_logged(args, log, self.timeout, cwd=workdir)
        if code != 0 or not out.is_file():
            raise AnalyzerError(f"FlowDroid failed on {path.name} (exit {code}): "
                                f"{last_error_line(log)}")
        return AnalyzerResult(self.name, True, flows=parse_results(out, self.catalog),
                              raw_output=str(out))
