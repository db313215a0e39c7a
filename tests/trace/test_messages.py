"""Validation of well-formed messages, the canonical code hash and the name grammar."""

from __future__ import annotations

import hashlib
import json

import pytest

from dexlego.trace import grammar
from dexlego.trace.errors import TraceRejected
from dexlego.trace.jsonlines import decode_line, encode_line
from dexlego.trace.messages import (
    MESSAGE_TYPES,
    CodeVersion,
    DexImage,
    canonical_code_hash,
    validate_message,
)
from tests.trace import samples


def test_every_type_in_the_sample_trace_validates_and_round_trips() -> None:
    seen = set()
    for msg in samples.full_trace():
        rec = validate_message(msg)
        seen.add(rec.type)
        again = validate_message(rec.to_json())
        assert again == rec or isinstance(rec, CodeVersion)  # code versions re-key the hash
    assert seen == set(MESSAGE_TYPES)


def test_code_hash_is_recomputed_by_the_host_from_the_documented_canonical_json() -> None:
    msg = samples.code_version(sender_hash="ffffffff")
    rec = validate_message(msg)
    assert isinstance(rec, CodeVersion)
    expected_text = ('{"ins":1,"insns":"12011a0000000f01","outs":0,"registers":2,"tries":[]}')
    assert rec.hash == hashlib.sha256(expected_text.encode()).hexdigest()
    assert rec.sender_hash == "ffffffff"
    # Same body under another sender hash: same host hash; other insns: other hash.
    other = validate_message(samples.code_version(sender_hash="12345678"))
    assert isinstance(other, CodeVersion) and other.hash == rec.hash
    changed = validate_message(samples.code_version(insns="12211a0000000f01"))
    assert isinstance(changed, CodeVersion) and changed.hash != rec.hash
    assert rec.hash == canonical_code_hash(2, 1, 0, bytes.fromhex("12011a0000000f01"), ())
    # The defining DEX is part of the identity: same bytes, other pools, other code.
    dex = "ab" * 32
    in_dex = validate_message(samples.code_version() | {"dex_sha256": dex})
    assert isinstance(in_dex, CodeVersion) and in_dex.hash != rec.hash
    assert in_dex.hash == hashlib.sha256(
        ('{"dex_sha256":"' + dex + '",' + expected_text[1:]).encode()).hexdigest()


def test_tries_take_part_in_the_hash_and_are_checked_against_the_code_size() -> None:
    tries = [{"start": 0, "count": 2, "handlers": [{"type": "Ljava/lang/Exception;",
                                                    "addr": 3}], "catch_all": None}]
    a = validate_message(samples.code_version(tries=tries))
    b = validate_message(samples.code_version())
    assert isinstance(a, CodeVersion) and isinstance(b, CodeVersion) and a.hash != b.hash
    bad = [dict(tries[0], start=4), dict(tries[0], count=5), dict(tries[0], catch_all=4),
           {"start": 0, "count": 1, "handlers": [], "catch_all": None}]
    for t in bad:
        with pytest.raises(TraceRejected):
            validate_message(samples.code_version(tries=[t]))


def test_dex_image_data_must_hash_to_its_sha256() -> None:
    good = samples.dex_message()
    rec = validate_message(good)
    assert isinstance(rec, DexImage) and rec.data == samples.dex_bytes()
    wrong = dict(good, sha256=hashlib.sha256(b"other").hexdigest())
    with pytest.raises(TraceRejected, match="hash to"):
        validate_message(wrong)
    meta_only = samples.dex_message(with_data=False)
    rec2 = validate_message(meta_only)
    assert isinstance(rec2, DexImage) and rec2.data is None


@pytest.mark.parametrize("sig", [
    "Lcom/a/B;->m()V", "La;-><init>(I[JLjava/lang/String;)V", "[Ljava/lang/Object;->clone()"
    "Ljava/lang/Object;", "Lcom/a/B$1;->access$000(Lcom/a/B;)I", "La/b;->\u00e9t\u00e9()Z",
])
def test_method_signatures_accepted(sig: str) -> None:
    assert grammar.is_method_signature(sig)


@pytest.mark.parametrize("sig", [
    "Lcom/a/B;->m()", "Lcom/../B;->m()V", "L../../etc/passwd;->m()V", "Lcom/a/B->m()V",
    "Lcom//B;->m()V", "Lcom/a/B;->m(V)V", "Lcom/a/B;->m()VV", "Lcom/a/B;->a.b()V", "",
    "Lcom/a/B;->m()V\n", "I->m()V",
])
def test_malformed_method_signatures_rejected(sig: str) -> None:
    assert not grammar.is_method_signature(sig)


def test_other_grammar_rules() -> None:
    assert grammar.is_field_signature("Lcom/a/B;->f:[I")
    assert not grammar.is_field_signature("Lcom/a/B;->f:V")
    assert grammar.is_type_descriptor("[[Lcom/a/B;") and not grammar.is_type_descriptor("V")
    assert grammar.is_binary_name("com.a.B$C") and not grammar.is_binary_name("../com.a.B")
    assert not grammar.is_binary_name("com..B") and not grammar.is_binary_name("com/a/B")
    assert grammar.is_api_name("Method.invoke") and not grammar.is_api_name("invoke")
    assert grammar.is_sha256("0" * 64) and not grammar.is_sha256("0" * 63 + "A")


def test_encode_line_is_canonical_and_decodes_back() -> None:
    msg = samples.full_trace()[3]
    line = encode_line(msg)
    assert line == json.dumps(msg, sort_keys=True, separators=(",", ":"))
    assert decode_line(line.encode()) == msg
