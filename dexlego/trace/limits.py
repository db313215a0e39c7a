"""Named limits the intake enforces on every message (a hostile sender must not exhaust the host).

The values are generous for real apps: DroidBench methods are tiny, packed commercial apps have
methods of a few thousand code units and DEX files of a few tens of MiB.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

#: Longest raw line (bytes) accepted by `feed_line`: a maximal base64 DEX plus its envelope.
MAX_LINE_BYTES = 96 * 1024 * 1024
#: Longest signature, descriptor, name or label (characters).
MAX_NAME_CHARS = 4096
#: Longest free-text value (observed values, leak values, error messages), in characters.
MAX_TEXT_CHARS = 16 * 1024
#: Largest DEX image accepted inline (decoded bytes).
MAX_DEX_BYTES = 64 * 1024 * 1024
#: Largest code item body, in 16-bit code units (DEX stores insns_size as u4, real methods
#: stay far below this).
MAX_INSNS_UNITS = 1024 * 1024
#: Register, ins and outs sizes are u2 in a DEX code item.
MAX_REGISTERS = 0xFFFF
#: tries_size is u2.
MAX_TRIES = 0xFFFF
#: Typed handlers per try item.
MAX_HANDLERS = 1024
#: Executed dex pcs in one method_exec message.
MAX_PCS_PER_MESSAGE = 65536
#: A count carried by one message (invocations, reflective calls).
MAX_COUNT = 1_000_000_000
# frames of a runtime_error's Java stack
MAX_STACK_FRAMES = 64
#: Accumulated counts saturate here instead of overflowing a BIGINT.
MAX_TOTAL_COUNT = 2**62
#: Messages in one batch envelope.
MAX_BATCH_MESSAGES = 10_000
#: DEX images produced by one dynamic load.
MAX_DEX_PER_LOAD = 256
#: Nesting depth of a parsed line (batch > list > code_version > tries > try > handlers > handler = 7).
MAX_DEPTH = 8
#: Distinct records of one kind kept per run; further ones are rejected.
MAX_RECORDS_PER_KIND = 1_000_000
#: Approximate bytes of record text (names, values, code) one run may hold besides DEX images;
#: bounds the intake's memory as well as the database.
MAX_RECORD_BYTES_PER_RUN = 256 * 1024 * 1024
#: What one executed pc is charged against that budget (set + row overhead).
PC_CHARGE_BYTES = 32
#: Total DEX bytes stored for one run.
MAX_DEX_BYTES_PER_RUN = 1024 * 1024 * 1024
#: Rejection reasons kept per run (all rejections are counted).
MAX_REJECTIONS_KEPT = 200
