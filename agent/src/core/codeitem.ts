/**
 * Decoding of DEX CodeItems (standard `dex\n0xx` and CompactDex `cdex001`) from raw bytes, into the
 * fields of a `code_version` trace message. The agent reads the bytes from memory through the
 * ArtMethod; everything after that is here, platform-independent and unit-tested.
 */

import { ByteReader, FormatError } from "./bytes.js";

export interface Handler {
  type: string;
  addr: number;
}

export interface TryBlock {
  start: number;
  count: number;
  handlers: Handler[];
  catch_all: number | null;
}

export interface CodeBody {
  registers: number;
  ins: number;
  outs: number;
  /** Code units as little-endian bytes (2 bytes per unit), as in a DEX file. */
  insns: Uint8Array;
  tries: TryBlock[];
}

/** Resolves a type index of the method's DEX file to a descriptor (`Ljava/lang/Exception;`). */
export type TypeResolver = (typeIdx: number) => string;

/** Refuse absurd sizes instead of reading megabytes of garbage from a wrong pointer. */
export const MAX_INSNS_UNITS = 1 << 20;
export const MAX_TRIES = 1 << 14;
const MAX_HANDLERS_PER_TRY = 1 << 12;

const STANDARD_HEADER_SIZE = 16;
const COMPACT_HEADER_SIZE = 4;

// CompactDex field layout (AOSP libdexfile/dex/compact_dex_file.h).
const CDEX_REGISTERS_SHIFT = 12;
const CDEX_INS_SHIFT = 8;
const CDEX_OUTS_SHIFT = 4;
const CDEX_TRIES_SHIFT = 0;
const CDEX_INSNS_SHIFT = 5;
const CDEX_FLAG_REGISTERS = 0x01;
const CDEX_FLAG_INS = 0x02;
const CDEX_FLAG_OUTS = 0x04;
const CDEX_FLAG_TRIES = 0x08;
const CDEX_FLAG_INSNS = 0x10;
/** The largest CompactDex preheader: 2 units of insns count + 4 size extensions. */
export const CDEX_MAX_PREHEADER_BYTES = 12;

interface Sizes {
  registers: number;
  ins: number;
  outs: number;
  triesCount: number;
  insnsUnits: number;
  /** Offset of the first code unit, relative to the start of the given byte window. */
  insnsOffset: number;
}

function standardSizes(bytes: Uint8Array, at: number): Sizes {
  const r = new ByteReader(bytes, at);
  const registers = r.u16("registers_size");
  const ins = r.u16("ins_size");
  const outs = r.u16("outs_size");
  const triesCount = r.u16("tries_size");
  r.u32("debug_info_off");
  const insnsUnits = r.u32("insns_size");
  return { registers, ins, outs, triesCount, insnsUnits, insnsOffset: at + STANDARD_HEADER_SIZE };
}

function compactSizes(bytes: Uint8Array, at: number): Sizes {
  const r = new ByteReader(bytes, at);
  const fields = r.u16("fields");
  const countAndFlags = r.u16("insns_count_and_flags");
  let registers = (fields >> CDEX_REGISTERS_SHIFT) & 0xf;
  let ins = (fields >> CDEX_INS_SHIFT) & 0xf;
  let outs = (fields >> CDEX_OUTS_SHIFT) & 0xf;
  let triesCount = (fields >> CDEX_TRIES_SHIFT) & 0xf;
  let insnsUnits = countAndFlags >> CDEX_INSNS_SHIFT;
  const flags = countAndFlags & 0x1f;
  // The preheader grows backwards from the CodeItem, one u16 per flagged field.
  let pre = at;
  const preU16 = (what: string): number => {
    pre -= 2;
    if (pre < 0) throw new FormatError(`CompactDex preheader (${what}) starts before the given bytes`);
    return bytes[pre] | (bytes[pre + 1] << 8);
  };
  if (flags & CDEX_FLAG_INSNS) {
    insnsUnits += preU16("insns low");
    insnsUnits += preU16("insns high") * 0x10000;
  }
  if (flags & CDEX_FLAG_REGISTERS) registers += preU16("registers");
  if (flags & CDEX_FLAG_INS) ins += preU16("ins");
  if (flags & CDEX_FLAG_OUTS) outs += preU16("outs");
  if (flags & CDEX_FLAG_TRIES) triesCount += preU16("tries");
  // CompactDex stores registers minus ins.
  registers += ins;
  return { registers, ins, outs, triesCount, insnsUnits, insnsOffset: at + COMPACT_HEADER_SIZE };
}

function sizesOf(bytes: Uint8Array, at: number, compact: boolean): Sizes {
  const s = compact ? compactSizes(bytes, at) : standardSizes(bytes, at);
  if (s.insnsUnits > MAX_INSNS_UNITS) throw new FormatError(`insns_size ${s.insnsUnits} exceeds ${MAX_INSNS_UNITS} code units`);
  if (s.triesCount > MAX_TRIES) throw new FormatError(`tries_size ${s.triesCount} exceeds ${MAX_TRIES}`);
  if (s.ins > s.registers) throw new FormatError(`ins_size ${s.ins} exceeds registers_size ${s.registers}`);
  return s;
}

function triesOffset(s: Sizes): number {
  const end = s.insnsOffset + s.insnsUnits * 2;
  // try_items are 4-byte aligned: one padding unit follows an odd code-unit count.
  return s.triesCount > 0 ? (end + 3) & ~3 : end;
}

/**
 * How many bytes from the CodeItem's start are needed to decode it, up to the end of its try
 * items; the encoded handler list that follows has a variable length, so callers read a window
 * somewhat larger than this and retry on `FormatError` if it was too small.
 */
export function fixedExtent(bytes: Uint8Array, at: number, compact: boolean): number {
  const s = sizesOf(bytes, at, compact);
  return triesOffset(s) + s.triesCount * 8 - at;
}

/** Size in bytes of the fixed CodeItem header for the given flavour. */
export function headerSize(compact: boolean): number {
  return compact ? COMPACT_HEADER_SIZE : STANDARD_HEADER_SIZE;
}

/**
 * Decodes the CodeItem that starts at `at` within `bytes` (for CompactDex the preheader, if any,
 * lies just before `at`). Handler types are resolved with `resolveType`; `catch_all` is its own field.
 */
export function decodeCodeItem(
  bytes: Uint8Array,
  at: number,
  compact: boolean,
  resolveType: TypeResolver,
): CodeBody {
  const s = sizesOf(bytes, at, compact);
  const r = new ByteReader(bytes, s.insnsOffset);
  const insns = r.take(s.insnsUnits * 2, "insns").slice();
  const tries: TryBlock[] = [];
  if (s.triesCount === 0) {
    return { registers: s.registers, ins: s.ins, outs: s.outs, insns, tries };
  }
  r.pos = triesOffset(s);
  const raw: { start: number; count: number; handlerOff: number }[] = [];
  for (let i = 0; i < s.triesCount; i++) {
    raw.push({ start: r.u32("try start_addr"), count: r.u16("try insn_count"), handlerOff: r.u16("try handler_off") });
  }
  const listStart = r.pos;
  for (const t of raw) {
    if (t.start + t.count > s.insnsUnits) {
      throw new FormatError(`try block ${t.start}+${t.count} runs past insns_size ${s.insnsUnits}`);
    }
    const hr = new ByteReader(bytes, listStart + t.handlerOff);
    const size = hr.sleb128("encoded_catch_handler size");
    const typed = Math.abs(size);
    if (typed > MAX_HANDLERS_PER_TRY) throw new FormatError(`catch handler with ${typed} types`);
    const handlers: Handler[] = [];
    for (let i = 0; i < typed; i++) {
      const typeIdx = hr.uleb128("handler type_idx");
      handlers.push({ type: resolveType(typeIdx), addr: hr.uleb128("handler addr") });
    }
    const catchAll = size <= 0 ? hr.uleb128("catch_all_addr") : null;
    tries.push({ start: t.start, count: t.count, handlers, catch_all: catchAll });
  }
  return { registers: s.registers, ins: s.ins, outs: s.outs, insns, tries };
}
