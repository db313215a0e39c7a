"""FlowDroid adapter: soot-infoflow-android 2.14 from Maven Central, run by our own driver.

`scripts/setup.sh` resolves FlowDroid's classpath and Robolectric's android-all into the venv;
`flowdroid_tools` compiles our front end over `SetupApplication` and writes the platform jar.
Per app: write the sources and sinks the catalog names (in the signatures the app's code
uses), run FlowDroid with callbacks and StubDroid's library summaries under a wall-clock
timeout and a JVM heap cap, and read its XML results.
"""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import quoteattr

from analyzers.base import Analyzer, AnalyzerError, AnalyzerResult, Availability, Flow
from analyzers.catalog import Catalog, default_catalog
from analyzers.dexrefs import AppRefs, MethodKey, parameter_types, read_refs
from analyzers.flowdroid_tools import (
    DRIVER_CLASS,
    classpath_arg,
    driver_classes,
    missing,
    platform_jar,
)
from analyzers.inputs import dex_images, kind_of
from analyzers.isolation import Limits
from analyzers.tools import run_logged
from dexlego.toolchain import flowdroid_classpath

DEFAULT_TIMEOUT = 900.0
DEFAULT_MEMORY_MB = 3072
# the JVM's resident size runs a few hundred MB above its heap: keep the heap this far inside
# an isolation cap so that FlowDroid's own memory watcher stops it before the cap kills it
HEAP_SHARE_OF_CAP = 0.7
# C1 only: FlowDroid runs are short and mostly class loading; docs/analyzers.md has the figures
JVM_OPTIONS = ("-Xss16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
# Soot's name for the running JDK's own classes (jrt:/): android-all has no java.*
JDK_CLASSES = "VIRTUAL_FS_FOR_JDK"

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


@dataclass(frozen=True, slots=True, order=True)
class Definition:
    """One FlowDroid source or sink: a framework method in the catalog's class."""

    role: str  # "source" (return value), "callback" (parameters of an app override), "sink"
    category: str
    api: MethodKey


def catalog_definitions(refs: AppRefs, catalog: Catalog) -> list[Definition]:
    """The catalog's sources and sinks in the exact signatures this app can reach.

    The catalog names methods per class, FlowDroid wants full signatures: every method
    descriptor the app's code references (or, for callbacks, overrides) under a catalog
    method's name is declared in that catalog class. FlowDroid matches a call against the
    callee's class and its ancestors in the platform jar, so `MyActivity.startActivity(...)`
    reaches the `Activity.startActivity` sink without our own hierarchy.
    """
    called: dict[str, set[str]] = {}
    for key in refs.method_refs:
        called.setdefault(key.name, set()).add(key.descriptor)
    overridden: dict[str, set[str]] = {}
    for app in refs.classes.values():
        for name, descriptor in app.methods:
            overridden.setdefault(name, set()).add(descriptor)
    out: set[Definition] = set()
    for entries, role in ((catalog.sources, "source"), (catalog.sinks, "sink")):
        for e in entries:
            callback = role == "source" and e.port == "parameters"
            seen = overridden if callback else called
            for name in e.methods:
                for descriptor in seen.get(name, ()):
                    out.add(Definition("callback" if callback else role, e.category,
                                       MethodKey(e.class_, name, descriptor)))
    return sorted(out)


def definitions_xml(defs: list[Definition]) -> str:
    """FlowDroid's XML source/sink format (schema/SourcesAndSinks.xsd in soot-infoflow-android):
    sources taint the return value, callback sources every parameter, sinks every argument."""
    by_category: dict[str, list[Definition]] = {}
    for d in defs:
        by_category.setdefault(d.category or "other", []).append(d)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<sinkSources>"]
    for category, items in sorted(by_category.items()):
        # FlowDroid's result writer needs a description (it fails on a missing one)
        lines.append(f"  <category id={quoteattr(category)} description={quoteattr(category)}>")
        for d in items:
            params = range(len(parameter_types(d.api.descriptor)))
            call = ' callType="callback"' if d.role == "callback" else ""
            lines.append(f"    <method signature={quoteattr(soot_signature(d.api))}{call}>")
            if d.role == "source":
                lines.append('      <return><accessPath isSource="true"/></return>')
            else:
                flag = "isSource" if d.role == "callback" else "isSink"
                lines += [f'      <param index="{i}"><accessPath {flag}="true"/></param>'
                          for i in params]
            lines.append("    </method>")
        lines.append("  </category>")
    lines.append("</sinkSources>")
    return "\n".join(lines) + "\n"


def parse_results(xml_path: Path, catalog: Catalog | None = None) -> tuple[list[Flow], str]:
    """Flows from FlowDroid's XML output, and its termination state ("Success", or what
    cut the analysis short: then the flows are the ones found until then)."""
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
        sink_api = _api(sink)
        for source in result.iter("Source"):
            src_api = _api(source)
            path = tuple(smali_signature(m) for m in
                         (source.get("Method", ""), sink.get("Method", "")) if m)
            flow = Flow(src_api, sink_api, tuple(dict.fromkeys(path)), 1.0,
                        _cat(cat, src_api, "source"), _cat(cat, sink_api, "sink"))
            flows.setdefault((flow.source, flow.sink, flow.path), flow)
    state = root.get("TerminationState", "Success")
    return sorted(flows.values(), key=lambda f: (f.source, f.sink, f.path)), state


def _api(element: ET.Element) -> str:
    """The catalog API a source/sink matched (FlowDroid names the definition it used)."""
    definition = element.get("MethodSourceSinkDefinition") or ""
    if definition.startswith("<"):
        return smali_signature(definition)
    return smali_signature(element.get("Statement", ""))


def _cat(catalog: Catalog, sig: str, role: str) -> str:
    cls, _, rest = sig.partition("->")
    name = rest.split("(", 1)[0]
    found = (catalog.source_category(cls, name) if role == "source"
             else catalog.sink_category(cls, name))
    return found or ""


class FlowDroid(Analyzer):
    name = "flowdroid"

    def __init__(self, catalog: Catalog | None = None, timeout: float = DEFAULT_TIMEOUT,
                 memory_mb: int = DEFAULT_MEMORY_MB) -> None:
        self.catalog = catalog or default_catalog()
        self.timeout = timeout
        self.memory_mb = memory_mb

    def available(self) -> Availability:
        gaps = missing()
        if gaps:
            return Availability(False, "FlowDroid unavailable: missing " + "; ".join(gaps))
        return Availability(True)

    def run(self, path: Path, workdir: Path, limits: Limits | None = None) -> AnalyzerResult:
        """`Analyzer.run`, with the JVM's heap and FlowDroid's timeouts inside `limits`, so that
        FlowDroid stops itself (keeping the flows found so far) before isolation kills it."""
        bounded = copy.copy(self)
        if limits is not None and limits.memory_mb:
            bounded.memory_mb = min(self.memory_mb, int(limits.memory_mb * HEAP_SHARE_OF_CAP))
        if limits is not None and limits.timeout_s:
            bounded.timeout = min(self.timeout, limits.timeout_s * 0.95)
        return Analyzer.run(bounded, path, workdir, limits)

    def analyze(self, path: Path, workdir: Path) -> AnalyzerResult:
        if kind_of(path) != "apk":
            raise AnalyzerError(f"{path.name}: FlowDroid needs an APK with its manifest, "
                                "not a bare DEX")
        classpath = flowdroid_classpath()
        assert classpath is not None  # available() checked it
        driver, plat = driver_classes(classpath), platform_jar(classpath)
        assert plat is not None
        defs = catalog_definitions(read_refs(dex_images(path)), self.catalog)
        if not any(d.role != "sink" for d in defs) or not any(d.role == "sink" for d in defs):
            # no source or no sink in the code: FlowDroid would find nothing (and refuses an
            # empty list), so say so without starting a JVM
            return AnalyzerResult(self.name, True, flows=[])
        definitions = workdir / "sources-sinks.xml"
        definitions.write_text(definitions_xml(defs), encoding="utf-8")
        out = workdir / "flowdroid-results.xml"
        out.unlink(missing_ok=True)
        # FlowDroid's own timeouts stop the phases gracefully (results so far are written);
        # the wall-clock timeout of the JVM stays the hard limit
        dataflow_s, callbacks_s = max(10, int(self.timeout * 0.5)), max(10, int(self.timeout * 0.2))
        args = ["java", f"-Xmx{self.memory_mb}m", *JVM_OPTIONS,
                "-cp", classpath_arg([driver, *classpath]), DRIVER_CLASS,
                str(path.resolve()), str(plat), str(definitions), str(out),
                str(dataflow_s), str(callbacks_s), JDK_CLASSES]
        log = workdir / "flowdroid.log"
        code = run_logged(args, log, self.timeout, cwd=workdir)
        if code != 0 or not out.is_file():
            raise AnalyzerError(f"FlowDroid failed on {path.name} (exit {code}): "
                                f"{_failure(log)}")
        flows, state = parse_results(out, self.catalog)
        cut = callbacks_cut_short(log)
        if state == "Success" and cut is None:
            return AnalyzerResult(self.name, True, flows=flows, raw_output=str(out))
        why = _state(log, state) if state != "Success" else cut
        return AnalyzerResult(self.name, True, flows=flows, raw_output=str(out),
                              error=f"FlowDroid stopped early on {path.name} ({why}); "
                                    f"{len(flows)} flows found until then")


def callbacks_cut_short(log: Path) -> str | None:
    """Why FlowDroid's callback collection was cut short, from its log, or None. It then goes on
    with the callbacks found so far and ends "Success" (often with "No sources found"): without
    this, a limit would read as an app without flows."""
    try:
        text = log.read_text(errors="replace")
    except OSError:
        return None
    if "Callback analysis aborted early" not in text:
        return None
    if "Aborted callback collection because of low memory" in text:
        return "callback collection aborted: low memory"
    return "callback collection aborted: time or memory exhausted"


def _failure(log: Path) -> str:
    """The line of FlowDroid's log that says why it failed."""
    try:
        lines = [ln.strip() for ln in log.read_text(errors="replace").splitlines() if ln.strip()]
    except OSError:
        return "no log"
    for ln in lines:
        if ln.startswith(("Exception in thread", "error:")) or "OutOfMemoryError" in ln:
            return ln[:300]
    errors = [ln for ln in lines if " ERROR " in ln]
    return (errors or lines or ["no output"])[-1][:300]


def _state(log: Path, state: str) -> str:
    try:
        for ln in log.read_text(errors="replace").splitlines():
            if ln.startswith("termination: "):
                return ln.removeprefix("termination: ")
    except OSError:
        pass
    return state
