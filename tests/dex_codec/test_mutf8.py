"""MUTF-8: NUL, surrogate pairs, lone surrogates, supplementary chars, lengths, bad input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reassembler.dex.errors import DexFormatError
from reassembler.dex.mutf8 import (
    _decode_slow,
    _encode_slow,
    decode_mutf8,
    encode_mutf8,
    utf16_length,
)

# Any str, including lone surrogates (category Cs) and supplementary characters.
# Shared CI machines are slow and loaded: no per-example deadline.
RELAXED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])

ANY_TEXT = st.text(
    st.one_of(
        st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()),
        st.sampled_from(["\x00", "\ud800", "\udbff", "\udc00", "\udfff", "\U0001f600"]),
    )
)


def _no_adjacent_lone_pair(s: str) -> bool:
    # A lone high surrogate followed by a lone low one is, in UTF-16, a pair:
    # it decodes to one supplementary character, which is the same Java string.
    return not any(
        0xD800 <= ord(a) <= 0xDBFF and 0xDC00 <= ord(b) <= 0xDFFF for a, b in zip(s, s[1:], strict=False)
    )


@RELAXED
@given(ANY_TEXT.filter(_no_adjacent_lone_pair))
def test_str_round_trip(s: str) -> None:
    data = encode_mutf8(s)
    assert b"\x00" not in data
    assert decode_mutf8(data) == s


@RELAXED
@given(ANY_TEXT)
def test_bytes_round_trip_and_utf16_length(s: str) -> None:
    data = encode_mutf8(s)
    again = decode_mutf8(data)
    assert encode_mutf8(again) == data
    assert utf16_length(s) == len(s.encode("utf-16-le", "surrogatepass")) // 2
    assert utf16_length(again) == utf16_length(s)


def test_specific_forms() -> None:
    assert encode_mutf8("a\x00b") == b"a\xc0\x80b"
    assert decode_mutf8(b"a\xc0\x80b") == "a\x00b"
    # U+1F600 as a surrogate pair of two 3-byte sequences, not a 4-byte UTF-8 form.
    assert encode_mutf8("\U0001f600") == b"\xed\xa0\xbd\xed\xb8\x80"
    assert decode_mutf8(b"\xed\xa0\xbd\xed\xb8\x80") == "\U0001f600"
    assert utf16_length("\U0001f600") == 2
    assert encode_mutf8("\ud800") == b"\xed\xa0\x80"  # lone high surrogate survives
    assert decode_mutf8(b"\xed\xa0\x80x") == "\ud800x"
    assert decode_mutf8("héllo €".encode()) == "héllo €"
    assert utf16_length("héllo €") == 7


@pytest.mark.parametrize(
    "bad",
    [b"a\x00", b"\xc3", b"\xe2\x82", b"\xc1\x81", b"\xe0\x81\x81", b"\xf0\x9f\x98\x80",
     b"\x80", b"\xff"],
)  # fmt: skip
def test_bad_input_rejected(bad: bytes) -> None:
    with pytest.raises(DexFormatError, match="bad MUTF-8"):
        decode_mutf8(bad)


# Pieces of MUTF-8, valid and not: NUL forms, surrogate halves, overlong, truncated, stray bytes.
PIECES = st.sampled_from([
    b"a", b"\x00", b"\xc0\x80", b"\xc0", b"\xc0\x81", b"\xc1\xbf", b"\x80", b"\xbf", b"\xc2\xa9",
    b"\xdf\xbf", b"\xe0\xa0\x80", b"\xe0\x80\x80", b"\xe2\x82", b"\xef\xbf\xbf", b"\xed",
    b"\xed\xa0\x80", b"\xed\xa0\xbd", b"\xed\xb0\x80", b"\xed\xb8\x80", b"\xed\xbf\xbf",
    b"\xf0\x9f\x98\x80", b"\xff",
])


def _outcome(data: bytes, decode: object) -> tuple[str, str]:
    assert callable(decode)
    try:
        return ("text", decode(data))
    except DexFormatError:
        return ("rejected", "")


@RELAXED
@given(st.lists(PIECES | st.binary(max_size=3), max_size=8).map(b"".join))
def test_codec_paths_agree_with_the_byte_by_byte_decoder(data: bytes) -> None:
    """decode_mutf8's fast paths (str.decode with C0 80 and surrogates handled) accept and
    reject exactly what the byte-by-byte MUTF-8 decoder does, with the same text."""
    assert _outcome(data, decode_mutf8) == _outcome(data, _decode_slow)


@RELAXED
@given(ANY_TEXT)
def test_encoder_fast_path_agrees_with_the_unit_by_unit_encoder(s: str) -> None:
    """encode_mutf8's str.encode path writes the bytes the UTF-16 unit loop writes."""
    assert encode_mutf8(s) == _encode_slow(s)
