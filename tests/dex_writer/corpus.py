"""Corpus round trip worker for test_corpus_roundtrip: read -> write -> read back -> judge.

Runs in a process pool (one task per distinct DEX), so it lives in a plain module that a spawned
worker can import.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from reassembler.dex.bytecode_verify import verify_dex
from reassembler.dex.container import nested_dex, open_dex_inputs
from reassembler.dex.dexdump import run_dexdump
from reassembler.dex.diff import diff_dex
from reassembler.dex.errors import DexError
from reassembler.dex.reader import read_dex
from reassembler.dex.writer import write_dex


@dataclass
class Outcome:
    """What happened to one distinct input DEX (identified by `label`, its first occurrence)."""

    label: str
    input: Path
    output: Path
    nested: bool
    lazy: bool = False  # also round trip it lazily (read_dex(lazy=True): code copied through)
    error: str | None = None
    differences: list[str] = field(default_factory=list)
    verifier: list[str] = field(default_factory=list)
    dexdump: list[str] = field(default_factory=list)
    lazy_problems: list[str] = field(default_factory=list)


def collect_inputs(apks: list[Path], root: Path, work: Path) -> list[Outcome]:
    """Every classes*.dex and nested DEX of the APKs, deduplicated by content, saved under work."""
    seen: set[str] = set()
    outcomes: list[Outcome] = []
    for apk in apks:
        inputs = [(n, d, False) for n, d in open_dex_inputs(apk)]
        inputs += [(n, d, True) for n, d in nested_dex(apk)]
        for name, data, nested in inputs:
            digest = hashlib.sha256(data).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            src = work / f"{digest[:16]}.in.dex"
            src.write_bytes(data)
            label = f"{apk.relative_to(root)}!{name}"
            # The lazy path on a third of the files (the whole corpus: benchmarks/dex_corpus.py).
            outcomes.append(Outcome(label, src, work / f"{digest[:16]}.out.dex", nested,
                                    lazy=len(outcomes) % 3 == 0))
    return outcomes


def roundtrip(outcome: Outcome) -> Outcome:
    """Read, write, read back; record the diff, the bytecode verifier and dexdump on the output."""
    try:
        original = read_dex(outcome.input.read_bytes(), name=outcome.label)
        outcome.output.write_bytes(write_dex(original))
        again = read_dex(outcome.output.read_bytes(), name=f"{outcome.label} (written)")
    except DexError as exc:
        outcome.error = str(exc)
        return outcome
    outcome.differences = diff_dex(original, again, names=("input", "output"))
    outcome.verifier = verify_dex(again)
    outcome.dexdump = run_dexdump(outcome.output)
    if outcome.lazy:
        lazy_path = outcome.output.with_suffix(".lazy.dex")
        try:
            lazy_path.write_bytes(write_dex(read_dex(outcome.input.read_bytes(), lazy=True)))
            copied = read_dex(lazy_path.read_bytes(), name=f"{outcome.label} (lazy)")
        except DexError as exc:
            outcome.lazy_problems = [str(exc)]
            return outcome
        outcome.lazy_problems = (diff_dex(original, copied, names=("input", "lazy output"))
                                 + run_dexdump(lazy_path))
    return outcome
