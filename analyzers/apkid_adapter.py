"""APKiD adapter: packer, obfuscator, compiler and anti-analysis fingerprints."""

from __future__ import annotations

import json
from pathlib import Path

from analyzers.base import Analyzer, AnalyzerError, AnalyzerResult, Availability, Finding
from analyzers.inputs import SkippedEntry, bounded_archive, kind_of
from analyzers.tools import find_program, last_error_line, run_logged

DEFAULT_TIMEOUT = 120.0


class ApkId(Analyzer):
    name = "apkid"

    def __init__(self, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.timeout = timeout

    def available(self) -> Availability:
        if find_program("apkid") is None:
            return Availability(False, "apkid is not installed (pip install apkid)")
        return Availability(True)

    def analyze(self, path: Path, workdir: Path) -> AnalyzerResult:
        # apkid inflates every member (and nested archives) into memory: hand it a copy
        # without the members that would blow up (zip bombs), reported as findings.
        skipped: list[SkippedEntry] = []
        scanned = path
        if kind_of(path) == "apk":
            scanned, skipped = bounded_archive(path, workdir)
        program = find_program("apkid")
        assert program is not None
        raw = workdir / "apkid.json"
        log = workdir / "apkid.log"
        code = run_logged([str(program), "-j", "-t", str(int(self.timeout)),
                           str(scanned.resolve())], log, self.timeout + 30, cwd=workdir)
        text = log.read_text(errors="replace")
        start = text.find("{")
        if code != 0 or start < 0:
            raise AnalyzerError(f"apkid failed on {path.name}: {last_error_line(log)}")
        try:
            data = json.loads(text[start:])
        except ValueError:
            raise AnalyzerError(f"apkid printed malformed JSON for {path.name}") from None
        raw.write_text(json.dumps(data, indent=1))
        findings = [Finding("anti_analysis",
                            "zip bomb" if "ratio" in s.reason or "past" in s.reason
                            else "unreadable archive member", f"{s.reason}; not scanned", s.name)
                    for s in skipped]
        for entry in data.get("files", []):
            where = str(entry.get("filename", "")).rsplit("!", 1)[-1]
            for category, labels in sorted((entry.get("matches") or {}).items()):
                findings.extend(Finding(category, str(label), "apkid", where)
                                for label in labels)
        return AnalyzerResult(self.name, True, findings=findings, raw_output=str(raw))
