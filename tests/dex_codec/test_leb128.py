"""LEB128: round trips, bounds, minimal encodings, and rejection of bad input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reassembler.dex.errors import DexFormatError, DexWriteError
from reassembler.dex.leb128 import (
    encode_sleb128,
    encode_uleb128,
    encode_uleb128p1,
    read_sleb128,
    read_uleb128,
    read_uleb128p1,
)

# Shared CI machines are slow and loaded: no per-example deadline.
RELAXED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])

U32 = st.integers(0, 0xFFFFFFFF)
S32 = st.integers(-(1 << 31), (1 << 31) - 1)


@RELAXED
@given(U32, st.binary(max_size=3))
def test_uleb128_round_trip_at_offset(value: int, prefix: bytes) -> None:
    enc = encode_uleb128(value)
    buf = prefix + enc + b"\xff"
    assert read_uleb128(buf, len(prefix)) == (value, len(prefix) + len(enc))
    assert len(enc) == max(1, (value.bit_length() + 6) // 7)


@RELAXED
@given(S32)
def test_sleb128_round_trip(value: int) -> None:
    enc = encode_sleb128(value)
    assert read_sleb128(enc, 0) == (value, len(enc))
    assert len(enc) <= 5


@RELAXED
@given(st.integers(-1, 0xFFFFFFFE))
def test_uleb128p1_round_trip(value: int) -> None:
    enc = encode_uleb128p1(value)
    assert read_uleb128p1(memoryview(enc), 0) == (value, len(enc))


def test_known_encodings() -> None:
    # Examples from the DEX format specification.
    assert encode_sleb128(0) == b"\x00"
    assert encode_sleb128(1) == b"\x01"
    assert encode_sleb128(-1) == b"\x7f"
    assert encode_sleb128(-128) == b"\x80\x7f"
    assert encode_uleb128(128) == b"\x80\x01"
    assert encode_uleb128p1(-1) == b"\x00"
    assert encode_uleb128(0xFFFFFFFF) == b"\xff\xff\xff\xff\x0f"
    assert read_uleb128(b"\x80\x00", 0) == (0, 2)  # non-minimal but valid


@RELAXED
@given(U32.filter(lambda v: v >= 0x80))
def test_uleb128_truncation_rejected(value: int) -> None:
    enc = encode_uleb128(value)
    with pytest.raises(DexFormatError, match="truncated"):
        read_uleb128(enc[:-1], 0)


@RELAXED
@given(S32.filter(lambda v: not -64 <= v < 64))
def test_sleb128_truncation_rejected(value: int) -> None:
    enc = encode_sleb128(value)
    with pytest.raises(DexFormatError, match="truncated"):
        read_sleb128(enc[:-1], 0)


def test_overlong_and_oversized_rejected() -> None:
    with pytest.raises(DexFormatError, match="longer than 5 bytes"):
        read_uleb128(b"\x80\x80\x80\x80\x80\x00", 0)
    with pytest.raises(DexFormatError, match="longer than 5 bytes"):
        read_sleb128(b"\xff\xff\xff\xff\xff\x7f", 0)
    with pytest.raises(DexFormatError, match="32 bits"):
        read_uleb128(b"\xff\xff\xff\xff\x1f", 0)
    with pytest.raises(DexFormatError, match="32 bits"):
        read_sleb128(b"\x80\x80\x80\x80\x70", 0)  # below -2**31
    with pytest.raises(DexFormatError, match="truncated"):
        read_uleb128(b"", 0)


@pytest.mark.parametrize(
    ("encoder", "value"),
    [(encode_uleb128, -1), (encode_uleb128, 1 << 32), (encode_sleb128, 1 << 31),
     (encode_sleb128, -(1 << 31) - 1), (encode_uleb128p1, -2), (encode_uleb128p1, 0xFFFFFFFF)],
)  # fmt: skip
def test_encoders_refuse_out_of_range(encoder: object, value: int) -> None:
    with pytest.raises(DexWriteError):
        encoder(value)  # type: ignore[operator]
