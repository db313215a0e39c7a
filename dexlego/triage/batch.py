"""The triage batch driver: queue the APKs, run them locally or on Ray, record each once.

Only the driver writes queue rows; workers (isolated child processes, or Ray tasks that
isolate in turn) return data. So a SIGKILLed driver loses at most the APKs in flight, which
the next run of the same command redoes; finished APKs are never redone.
"""

from __future__ import annotations

import concurrent.futures
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dexlego.store import Store
from dexlego.triage import queue
from dexlego.triage.isolation import Outcome, run_isolated
from dexlego.triage.work import TriageOptions, triage_apk

DEVICE_RESOURCE_PREFIX = "android:"


class TriageError(Exception):
    """Bad batch input (no APKs, unreadable list) or an unusable cluster; one line."""


@dataclass(frozen=True)
class Limits:
    timeout_per_apk: float = 1800.0  # as `dexlego triage --timeout-per-apk`
    memory_mb: int | None = 6144  # resident, the APK's whole work tree


@dataclass
class BatchReport:
    apks: list[queue.QueuedApk]
    added: int = 0
    already_queued: int = 0
    recovered: int = 0
    processed_now: int = 0
    notes: list[str] = field(default_factory=list)


Progress = Callable[[queue.QueuedApk, Outcome], None]


def collect_inputs(source: Path) -> list[Path]:
    """The APKs of a directory (recursively) or of a list file (one path a line, `#` comments;
    relative paths are relative to the list file)."""
    if source.is_dir():
        apks = sorted(p for p in source.rglob("*.apk") if p.is_file())
    elif source.is_file():
        try:
            lines = source.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise TriageError(f"{source}: cannot read the APK list: {exc}") from None
        apks = []
        for n, line in enumerate(lines, start=1):
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            path = Path(text) if Path(text).is_absolute() else source.parent / text
            if not path.is_file():
                raise TriageError(f"{source}:{n}: no such APK: {text}")
            apks.append(path)
    else:
        raise TriageError(f"{source}: no such directory or list file")
    if not apks:
        raise TriageError(f"{source}: no APKs found")
    return apks


def _workdir(base: Path, item: queue.QueuedApk) -> Path:
    return base / item.sha256[:16]


def _record(store: Store, item: queue.QueuedApk, out: Outcome) -> None:
    queue.finish(store, item.id, ok=out.ok, result=out.value if out.ok else None, error=out.error,
                 seconds=round(out.seconds, 3), peak_rss_mb=out.peak_rss_mb)


def _local(store: Store, shas: list[str], workdir: Path, opts: TriageOptions, limits: Limits,
           workers: list[str | None], progress: Progress) -> int:
    lock = threading.Lock()  # claims from this process are serialized; the DB guards others
    done = 0

    def worker(serial: str | None) -> int:
        count = 0
        my_opts = TriageOptions(**{**opts.to_json(), "serial": serial or opts.serial})
        while True:
            with lock:
                item = queue.claim(store, shas)
            if item is None:
                return count
            out = run_isolated(triage_apk, Path(item.path), _workdir(workdir, item), my_opts,
                               timeout=limits.timeout_per_apk, memory_mb=limits.memory_mb)
            _record(store, item, out)
            progress(item, out)
            count += 1

    with concurrent.futures.ThreadPoolExecutor(max_workers=len(workers)) as pool:
        for n in pool.map(worker, workers):
            done += n
    return done


def _ray_task(apk: str, workdir: str, opts: TriageOptions, limits: Limits) -> Outcome:
    return run_isolated(triage_apk, Path(apk), Path(workdir), opts,
                        timeout=limits.timeout_per_apk, memory_mb=limits.memory_mb)


def _ray(store: Store, shas: list[str], workdir: Path, opts: TriageOptions, limits: Limits,
         address: str | None, jobs: int, progress: Progress) -> int:
    try:
        import ray
    except ImportError:
        raise TriageError("--ray needs the ray package (scripts/setup.sh installs it)") from None
    if not ray.is_initialized():
        try:
            ray.init(address=address, log_to_driver=False)
        except Exception as exc:  # noqa: BLE001 - any connection failure is one clear line
            raise TriageError(f"cannot join the Ray cluster at {address}: {exc}") from None
    remote = ray.remote(_ray_task)
    resources: dict[str, float] = ray.cluster_resources()  # type: ignore[no-untyped-call]
    devices = sorted(k for k in resources if k.startswith(DEVICE_RESOURCE_PREFIX))
    if opts.runtime == "device" and not devices:
        raise TriageError("no Ray node advertises an Android device resource "
                          f"({DEVICE_RESOURCE_PREFIX}SERIAL); start nodes with "
                          "`ray start --resources \"$(dexlego triage node-resources)\"`")
    slots: list[str | None] = list(devices) if opts.runtime == "device" else [None] * max(1, jobs)
    in_flight: dict[Any, tuple[queue.QueuedApk, str | None]] = {}
    done = 0
    while True:
        while slots:
            item = queue.claim(store, shas)
            if item is None:
                break
            slot = slots.pop()
            task_opts = opts
            if slot is None:
                ref = remote.options(num_cpus=1).remote(item.path, str(_workdir(workdir, item)), task_opts,
                                                        limits)
            else:
                serial = slot[len(DEVICE_RESOURCE_PREFIX):]
                task_opts = TriageOptions(**{**opts.to_json(), "serial": serial})
                ref = remote.options(num_cpus=1, resources={slot: 1}).remote(
                    item.path, str(_workdir(workdir, item)), task_opts, limits)
            in_flight[ref] = (item, slot)
        if not in_flight:
            return done
        ready, _ = ray.wait(list(in_flight), num_returns=1)
        for ref in ready:
            item, slot = in_flight.pop(ref)
            try:
                out = ray.get(ref)
            except Exception as exc:  # noqa: BLE001 - a lost node or task is the APK's failure
                out = Outcome(False, None, f"ray task failed: {type(exc).__name__}: {exc}")
            _record(store, item, out)
            progress(item, out)
            slots.append(slot)
            done += 1


def run_batch(store: Store, apks: list[Path], workdir: Path, opts: TriageOptions, *, jobs: int = 2,
              limits: Limits = Limits(), devices: list[str] | None = None, ray_address: str | None = None,
              use_ray: bool = False, retry_failed: bool = False,
              progress: Progress = lambda _i, _o: None) -> BatchReport:
    """Queue `apks`, process what is not finished, and return every APK of the batch."""
    report = BatchReport(apks=[])
    report.recovered = queue.recover(store)
    queued = queue.enqueue(store, apks)
    report.added, report.already_queued, shas = queued.added, queued.known, queued.sha256s
    if retry_failed:
        queue.retry_failed(store, shas)
    if use_ray:
        report.processed_now = _ray(store, shas, workdir, opts, limits, ray_address, jobs, progress)
    else:
        workers: list[str | None] = list(devices) if opts.runtime == "device" and devices else \
            [None] * max(1, jobs)
        report.processed_now = _local(store, shas, workdir, opts, limits, workers, progress)
    report.apks = queue.items(store, shas)
    return report


def rank(apks: list[queue.QueuedApk]) -> list[queue.QueuedApk]:
    """Most revealing first: flows found only after reassembly, sinks reached only on forced
    paths (--explore/--invoke-all), hidden code, packer labels."""
    def key(a: queue.QueuedApk) -> tuple[int, int, int, int, str]:
        r = a.result or {}
        return (-int(r.get("flows_only_after", 0)), -len(r.get("forced_sinks", [])),
                -int(r.get("hidden_code_size", 0)), -len(r.get("packer_labels", [])), a.path)
    return sorted(apks, key=key)
