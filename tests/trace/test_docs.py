"""docs/trace-format.md: every record type has an example, and every example is valid."""

from __future__ import annotations

import json
import re
from pathlib import Path

from dexlego.store.exchange import _header
from dexlego.trace.messages import (
    MESSAGE_TYPES,
    CodeVersion,
    batch_messages,
    canonical_code_hash,
    validate_message,
)

DOC = Path(__file__).resolve().parents[2] / "docs" / "trace-format.md"


def _examples() -> list[dict[str, object]]:
    blocks = re.findall(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    return [json.loads(b) for b in blocks]


def test_every_message_type_has_a_documented_example() -> None:
    text = DOC.read_text(encoding="utf-8")
    types = {e["type"] for e in _examples()}
    assert set(MESSAGE_TYPES) | {"batch", "run"} <= types
    for t in MESSAGE_TYPES:
        assert f"#### `{t}`" in text and f"| `{t}` |" in text


def test_every_documented_example_is_accepted() -> None:
    for example in _examples():
        if example["type"] == "run":
            assert _header(example)["status"] == "complete"
        elif example["type"] == "batch":
            for inner in batch_messages(example):
                validate_message(inner)
        else:
            validate_message(example)


def test_the_documented_code_hash_matches_the_code() -> None:
    (cv,) = [e for e in _examples() if e["type"] == "code_version"]
    rec = validate_message(cv)
    assert isinstance(rec, CodeVersion)
    assert rec.hash == cv["hash"]  # the example carries the canonical hash
    assert rec.hash == canonical_code_hash(rec.registers, rec.ins, rec.outs, rec.insns, rec.tries,
                                           rec.dex_sha256)
    text = DOC.read_text(encoding="utf-8")
    assert f"whose hash is `{rec.hash}`" in text
