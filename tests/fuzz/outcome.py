"""What happens to one crafted DEX, checked the same way by the regression tests and the
on-demand harness (benchmarks/fuzz_hostile.py): a clean rejection (one `DexError` line naming
the file), or an accepted file that ART's verifier accepts too (`dexdump -c`) and that our
writer either refuses cleanly or writes back equal to the input (`diff_dex`), eagerly read and
lazily read (the `dex roundtrip` path, code items copied through)."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from reassembler.dex.bytecode_verify import verify_dex
from reassembler.dex.dexdump import dexdump_available, run_dexdump
from reassembler.dex.diff import diff_dex, merge_dex
from reassembler.dex.errors import DexError
from reassembler.dex.reader import BadCode, read_dex
from reassembler.dex.writer import write_dex_files


@dataclass
class DexOutcome:
    accepted: bool
    message: str = ""  # the rejection
    dexdump: list[str] | None = None  # dexdump -c's errors on an accepted file (None: not run)
    roundtrip: list[str] = field(default_factory=list)  # "equal", "refused: ...", "differ: ..."

    @property
    def clean(self) -> bool:
        """A one-line rejection naming the file, or an acceptance ART shares and a round trip
        that is equal or cleanly refused."""
        if not self.accepted:
            return "\n" not in self.message and self.message.startswith("crafted.dex: ")
        return not self.dexdump and all(r == "equal" or r.startswith("refused")
                                        for r in self.roundtrip)


def _quiet(_message: str) -> None:
    """Warnings of an accepted mutant (a stale signature, a throwing body) are expected."""


def _roundtrip(data: bytes, name: str, *, lazy: bool) -> str:
    model = read_dex(data, name=name, lazy=lazy, bad_code="throw", warn=_quiet)
    try:
        outputs = write_dex_files(model)
    except DexError as exc:  # DexWriteError, or a lazily read body that does not decode
        return f"refused: {exc}"
    back = merge_dex([read_dex(o, name="written.dex") for o in outputs])
    original = read_dex(data, name=name, bad_code="throw", warn=_quiet)
    differences = diff_dex(original, back)
    return f"differ: {differences[0]}" if differences else "equal"


def check_dex(data: bytes, *, name: str = "crafted.dex", dexdump: bool = True,
              bad_code: BadCode = "error") -> DexOutcome:
    """`bad_code="throw"` reads as `dex verify` and the pipeline do: a method whose code does
    not decode becomes a body throwing VerifyError (what ART does when the class is used)."""
    try:
        model = read_dex(data, name=name, bad_code=bad_code, warn=_quiet)
    except DexError as exc:
        return DexOutcome(False, str(exc))
    verify_dex(model)  # must not raise either
    outcome = DexOutcome(True)
    if dexdump and dexdump_available():
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / name
            path.write_bytes(data)
            outcome.dexdump = run_dexdump(path)
    outcome.roundtrip = [_roundtrip(data, name, lazy=False), _roundtrip(data, name, lazy=True)]
    return outcome
