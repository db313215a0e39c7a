"""The main job: collect → store → reassemble → verify → analyze before/after → summary.

Each step calls one library function of its part; this module only sequences them and
turns their results into the summary that `dexlego run --json` prints and the HTML
report shows. Data flows one way: nothing here reaches back into a runtime.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from analyzers.base import Analyzer, AnalyzerResult, Flow
from dexlego.hashing import sha256_file
from reassembler.dex.codec import format_instruction
from reassembler.dex.container import input_label, open_dex_inputs
from reassembler.dex.model import ClassDef, DexFile, Instruction, Method
from reassembler.dex.reader import read_dex

#: Revealed-code section of the report: at most this many methods, lines per method.
MAX_REVEALED_METHODS = 25
MAX_REVEALED_LINES = 400

Progress = Callable[[str], None]


class PipelineError(Exception):
    """A step failed in a way that stops this app's pipeline; one user-facing line."""


@dataclass(frozen=True)
class PipelineOptions:
    runtime: str = "emulator"
    seed: int = 0
    budget: int | None = None
    timeout: float | None = None
    serial: str | None = None
    duration: float = 60.0
    frida_server: Path | None = None
    mode: str = "union"
    db_url: str | None = None



def collect(apk: Path, opts: PipelineOptions) -> dict[str, Any]:
    """Run the app in the chosen runtime and store the run; returns the runtime's summary."""
    if opts.runtime == "emulator":
        from dexlego.emulator.collect import collect_emulator

        kwargs: dict[str, Any] = {"seed": opts.seed, "db_url": opts.db_url}
        if opts.budget is not None:
            kwargs["budget"] = opts.budget
        if opts.timeout is not None:
            kwargs["timeout"] = opts.timeout
        return collect_emulator(apk, **kwargs)
    if opts.runtime == "device":
        from dexlego.device.collect import collect_device

        return collect_device(apk, serial=opts.serial, duration=opts.duration,
                              frida_server=opts.frida_server, seed=opts.seed, db_url=opts.db_url)
    raise PipelineError(f"unknown runtime {opts.runtime!r} (emulator or device)")


def reassemble_run(apk: Path, run_id: int, out: Path, opts: PipelineOptions) -> dict[str, Any]:
    from dexlego.store import open_store
    from reassembler.pipeline import reassemble

    with open_store(opts.db_url) as store:
        return reassemble(apk, [run_id], out, mode=opts.mode, store=store).to_json()


def _flow_key(f: Flow) -> tuple[str, str]:
    return (f.source, f.sink)


def _sink_name(flow: Flow) -> str:
    return flow.sink.partition("->")[2].partition("(")[0]


def split_in_app_icc(flows: Sequence[Flow], icc_links: Sequence[dict[str, Any]],
                     ) -> tuple[list[Flow], list[Flow]]:
    """(flows that are leaks, flows into an intent the run saw stay in the app).

    A flow whose sink is an intent-sending call the reassembler linked (same method name, its
    caller on the flow's path) ends at an intent that was delivered to one of the app's own
    components: that is not a leak, and the data's way on through the component is now in the
    code (IccTA counts such flows the same way). A flow without a path is kept.
    """
    linked = {(link["caller"], str(link["api"]).rpartition(".")[2]) for link in icc_links}
    leaks: list[Flow] = []
    in_app: list[Flow] = []
    for f in flows:
        name = _sink_name(f)
        (in_app if any((m, name) in linked for m in f.path) else leaks).append(f)
    return leaks, in_app


def compare_flows(analyzer: Analyzer, original: AnalyzerResult, reassembled: AnalyzerResult,
                  icc_links: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    """One analyzer's before/after entry of the summary; flows of the reassembled app into
    intents the run saw delivered in the app are listed apart (`split_in_app_icc`)."""
    before = {_flow_key(f) for f in original.flows}
    leaks, in_app = split_in_app_icc(reassembled.flows, icc_links)
    after_only = [f.to_json() for f in leaks if _flow_key(f) not in before]
    avail = analyzer.available()
    return {
        "name": analyzer.name,
        "available": avail.ok,
        "reason": avail.reason or None,
        "original_flows": [f.to_json() for f in original.flows],
        "reassembled_flows": [f.to_json() for f in leaks],
        "reassembled_in_app_icc": [f.to_json() for f in in_app],
        "only_after": after_only,
        "findings": [f.to_json() for f in reassembled.findings or original.findings],
        "error": None if not avail.ok else
        "; ".join(dict.fromkeys(e for e in (original.error, reassembled.error) if e)) or None,
        "raw_output": {"original": original.raw_output, "reassembled": reassembled.raw_output},
    }


def _methods(dex_files: Sequence[DexFile]) -> dict[str, tuple[ClassDef, Method]]:
    return {str(m.ref): (c, m) for d in dex_files for c in d.classes for m in c.methods()}


def _smali_lines(method: Method) -> list[str]:
    if method.code is None:
        return ["# no code (abstract or native)"]
    lines = [f".registers {method.code.registers}"]
    for item in method.code.items:
        if isinstance(item, Instruction) and item.opcode == 0x00:
            continue  # alignment nops only make noise in a diff
        lines.append(format_instruction(item))
    return lines


def _ignore(_message: str) -> None:
    pass


def revealed_code(original_apk: Path, reassembled: Path) -> list[dict[str, Any]]:
    """Methods whose code the reassembly added or changed, as smali with the changes marked."""
    # A stale SHA-1 of the original was reported by the reassembler already.
    before = _methods([read_dex(data, name=input_label(original_apk, name), warn=_ignore,
                                bad_code="throw")
                       for name, data in open_dex_inputs(original_apk)])
    after = _methods([read_dex(data, name=input_label(reassembled, name))
                      for name, data in open_dex_inputs(reassembled)])
    out: list[dict[str, Any]] = []
    for sig, (_cls, method) in sorted(after.items()):
        new = _smali_lines(method)
        old_entry = before.get(sig)
        old = _smali_lines(old_entry[1]) if old_entry else []
        if old == new:
            continue
        why = "changed by reassembly" if old_entry else "only in dynamically loaded code"
        lines: list[dict[str, str]] = []
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
            if tag == "equal":
                lines += [{"kind": "same", "text": t} for t in new[j1:j2]]
                continue
            lines += [{"kind": "removed", "text": "- " + t} for t in old[i1:i2]]
            lines += [{"kind": "added", "text": "+ " + t} for t in new[j1:j2]]
        out.append({"method": sig, "why": why, "lines": lines[:MAX_REVEALED_LINES],
                    "truncated": len(lines) > MAX_REVEALED_LINES})
        if len(out) >= MAX_REVEALED_METHODS:
            break
    return out


def apk_package(apk: Path) -> str | None:
    """The package name from the binary manifest (None when it cannot be read)."""
    from androguard.core.apk import APK

    try:
        return APK(str(apk)).get_package() or None
    except Exception:  # noqa: BLE001 - a broken manifest only loses the name in the report
        return None


def run_pipeline(apk: Path, workdir: Path, analyzers: Sequence[Analyzer], opts: PipelineOptions,
                 progress: Progress = lambda _msg: None) -> dict[str, Any]:
    """The whole main job on one APK; returns the summary (see docs/pipeline.md)."""
    if not apk.is_file():
        raise PipelineError(f"{apk}: no such file")
    workdir.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {
        "apk": str(apk), "package": apk_package(apk), "sha256": sha256_file(apk),
        "runtime": opts.runtime, "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    progress(f"collecting with the {opts.runtime} runtime")
    collected = collect(apk, opts)
    summary["run_id"] = collected.get("run_id")
    summary["collect"] = collected
    if summary["run_id"] is None:
        raise PipelineError(f"{apk}: the runtime stored no run")
    progress("reassembling")
    out_apk = workdir / f"{apk.stem}.reassembled.apk"
    summary["reassemble"] = reassemble_run(apk, int(summary["run_id"]), out_apk, opts)
    results = []
    for analyzer in analyzers:
        progress(f"analyzing with {analyzer.name}")
        original = analyzer.run(apk, workdir / "analyzers" / analyzer.name / "original")
        rebuilt = analyzer.run(out_apk, workdir / "analyzers" / analyzer.name / "reassembled")
        results.append(compare_flows(analyzer, original, rebuilt,
                                     summary["reassemble"].get("icc_links", [])))
    summary["analyzers"] = results
    progress("collecting revealed code")
    summary["revealed_code"] = revealed_code(apk, out_apk)
    summary["flows_only_after"] = sum(len(a["only_after"]) for a in results)
    return summary
