"""The main job: collect → store → reassemble → verify → analyze before/after → summary.

Each step calls one library function of its part; this module only sequences them and
turns their results into the summary that `dexlego run --json` prints and the HTML
report shows. Data flows one way: nothing here reaches back into a runtime.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from analyzers.base import Analyzer, AnalyzerResult, Flow
from analyzers.isolation import Limits
from dexlego.hashing import sha256_file
from reassembler.dex.codec import format_instruction
from reassembler.dex.container import input_label, open_dex_inputs
from reassembler.dex.model import ClassDef, DexFile, Instruction, Method
from reassembler.dex.reader import read_dex
from reassembler.errors import ReassembleError

#: Revealed-code section of the report: at most this many methods, lines per method.
MAX_REVEALED_METHODS = 25
MAX_REVEALED_LINES = 400

Progress = Callable[[str], None]


class PipelineError(Exception):
    """A step failed in a way that stops this app's pipeline; one user-facing line."""


class Stop(BaseException):  # noqa: N818 - a request, not an error
    """Raised (from a signal handler) to stop a run; the work done so far stands. A
    BaseException, like KeyboardInterrupt, so that no `except Exception` on the way (an
    adapter's, a parser's) swallows it."""


class PipelineStopped(Exception):
    """The run stopped early (a signal); `summary` is what it had, status "incomplete"."""

    def __init__(self, summary: dict[str, Any]) -> None:
        super().__init__(summary.get("reason") or "stopped")
        self.summary = summary


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
    analyzer_limits: Limits | None = None  # each analyzer runs isolated under these
    explore: int = 0  # forced runs (emulator; docs/emulator.md, "Forced execution")
    invoke_all: bool = False  # call every app method that did not run



def collect(apk: Path, opts: PipelineOptions) -> dict[str, Any]:
    """Run the app in the chosen runtime and store the run; returns the runtime's summary."""
    if opts.runtime == "emulator":
        from dexlego.emulator.collect import collect_emulator

        kwargs: dict[str, Any] = {"seed": opts.seed, "db_url": opts.db_url,
                                  "explore": opts.explore, "invoke_all": opts.invoke_all}
        if opts.budget is not None:
            kwargs["budget"] = opts.budget
        if opts.timeout is not None:
            kwargs["timeout"] = opts.timeout
        return collect_emulator(apk, **kwargs)
    if opts.runtime == "device":
        from dexlego.device.collect import collect_device

        if opts.explore:
            raise PipelineError(f"{apk}: --explore needs the emulator runtime (a device run "
                                f"cannot be replayed to a branch)")
        return collect_device(apk, serial=opts.serial, duration=opts.duration,
                              frida_server=opts.frida_server, seed=opts.seed, db_url=opts.db_url,
                              invoke_all=opts.invoke_all)
    raise PipelineError(f"unknown runtime {opts.runtime!r} (emulator or device)")


def run_ids_of(collected: dict[str, Any]) -> list[int]:
    """Every run a collection stored: the plain run and, with --explore/--invoke-all, the
    forced runs (the reassembler's union mode merges them)."""
    ids = collected.get("run_ids") or ([collected["run_id"]] if collected.get("run_id") is not None
                                       else [])
    return [int(i) for i in ids]


def reassemble_run(apk: Path, run_id: int | Sequence[int], out: Path,
                   opts: PipelineOptions) -> dict[str, Any]:
    from dexlego.store import open_store
    from reassembler.pipeline import reassemble

    ids = [run_id] if isinstance(run_id, int) else list(run_id)
    with open_store(opts.db_url) as store:
        return reassemble(apk, ids, out, mode=opts.mode, store=store).to_json()


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
        "original_findings": [f.to_json() for f in original.findings],
        "reassembled_findings": [f.to_json() for f in reassembled.findings],
        "error": None if not avail.ok else
        "; ".join(dict.fromkeys(e for e in (original.error, reassembled.error) if e)) or None,
        "raw_output": {"original": original.raw_output, "reassembled": reassembled.raw_output},
        "seconds": {"original": round(original.seconds, 3),
                    "reassembled": round(reassembled.seconds, 3)},
        "peak_rss_mb": {"original": original.peak_rss_mb, "reassembled": reassembled.peak_rss_mb},
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


def save_summary(summary: dict[str, Any], path: Path) -> None:
    """Write the summary so far (atomically: a killed run leaves the last whole one)."""
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(summary, indent=1, sort_keys=True), encoding="utf-8")
    tmp.replace(path)


def run_pipeline(apk: Path, workdir: Path, analyzers: Sequence[Analyzer], opts: PipelineOptions,
                 progress: Progress = lambda _msg: None) -> dict[str, Any]:
    """The whole main job on one APK; returns the summary (see docs/pipeline.md).

    The summary is written to `workdir/summary.json` after every step, so a run stopped at any
    point keeps its stored run, its reassembled APK and every analyzer result so far. A `Stop`
    or KeyboardInterrupt (the CLI raises them on SIGTERM/SIGINT) ends the run with status
    "incomplete" and raises `PipelineStopped` with that summary; a reassembly failure ends it
    "incomplete" with the reason. An analyzer that fails or times out is a row with its error.
    """
    if not apk.is_file():
        raise PipelineError(f"{apk}: no such file")
    workdir.mkdir(parents=True, exist_ok=True)
    journal = workdir / "summary.json"
    summary: dict[str, Any] = {
        "apk": str(apk), "package": apk_package(apk), "sha256": sha256_file(apk),
        "runtime": opts.runtime, "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "status": "incomplete", "reason": "running", "run_id": None, "analyzers": [],
        "flows_only_after": 0, "revealed_code": [], "summary_file": str(journal),
    }
    step = f"collecting with the {opts.runtime} runtime"
    try:
        progress(step)
        collected = collect(apk, opts)
        summary["run_id"] = collected.get("run_id")
        summary["collect"] = collected
        if summary["run_id"] is None:
            raise PipelineError(f"{apk}: the runtime stored no run")
        save_summary(summary, journal)
        step = "reassembling"
        progress(step)
        out_apk = workdir / f"{apk.stem}.reassembled.apk"
        try:
            summary["reassemble"] = reassemble_run(apk, run_ids_of(collected), out_apk, opts)
        except ReassembleError as exc:
            summary["reason"] = f"reassembly failed: {exc}"
            save_summary(summary, journal)
            return summary
        save_summary(summary, journal)
        results: list[dict[str, Any]] = summary["analyzers"]
        icc_links = summary["reassemble"].get("icc_links", [])
        for analyzer in analyzers:
            step = f"analyzing with {analyzer.name}"
            progress(step)
            base = workdir / "analyzers" / analyzer.name
            original = analyzer.run(apk, base / "original", opts.analyzer_limits)
            rebuilt = analyzer.run(out_apk, base / "reassembled", opts.analyzer_limits)
            results.append(compare_flows(analyzer, original, rebuilt, icc_links))
            summary["flows_only_after"] = sum(len(a["only_after"]) for a in results)
            save_summary(summary, journal)
        step = "collecting revealed code"
        progress(step)
        summary["revealed_code"] = revealed_code(apk, out_apk)
    except (Stop, KeyboardInterrupt) as exc:
        why = str(exc) or "interrupted"
        summary["reason"] = f"stopped ({why}) while {step}"
        save_summary(summary, journal)
        raise PipelineStopped(summary) from None
    summary["status"], summary["reason"] = "complete", None
    save_summary(summary, journal)
    return summary
