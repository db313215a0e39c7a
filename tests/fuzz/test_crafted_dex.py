"""Every class of crafted DEX (tests/fuzz/dexcraft.py), small and seeded: a clean one-line
rejection, or a file dexdump -c accepts too and that round-trips (equal or cleanly refused).
The large amplified inputs are in benchmarks/fuzz_hostile.py (--large)."""

from __future__ import annotations

import random
import time

import pytest

from reassembler.dex.errors import DexFormatError
from reassembler.dex.reader import AMPLIFICATION_FACTOR, read_dex
from tests.fuzz.dexcraft import MUTATORS, seed_dex, share_code
from tests.fuzz.outcome import check_dex

SEED = 18
CASES = 6


@pytest.fixture(scope="module")
def seed() -> bytes:
    return seed_dex(8)


@pytest.mark.parametrize("kind", sorted(MUTATORS))
def test_crafted_dex_is_a_clean_error_or_a_correct_result(kind: str, seed: bytes) -> None:
    rng = random.Random(f"{SEED}/{kind}")
    for case in range(CASES):
        outcome = check_dex(MUTATORS[kind](rng, seed))
        assert outcome.clean, (kind, case, outcome)


def test_the_seed_itself_is_valid_and_round_trips(seed: bytes) -> None:
    outcome = check_dex(seed)
    assert outcome.accepted and outcome.clean and outcome.roundtrip == ["equal", "equal"]


def test_a_code_item_shared_past_the_budget_is_refused_in_bounded_time() -> None:
    """1,200 methods sharing a 3,000-instruction code item: parsed once, then refused once
    the references exceed AMPLIFICATION_FACTOR x the file's size (before: one decode each)."""
    data = share_code(random.Random(SEED), seed_dex(300, methods=3, big_method=3000))
    started = time.monotonic()
    with pytest.raises(DexFormatError, match=f"expand to more than {AMPLIFICATION_FACTOR}x "
                                             "the file's size") as info:
        read_dex(data, name="crafted.dex")
    assert "\n" not in str(info.value) and time.monotonic() - started < 30
