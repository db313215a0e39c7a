/**
 * Reading DEX images and CodeItems out of process memory (ART). Everything that can fault goes
 * through `readBytes`, which turns an access violation into a FormatError.
 */

import { FormatError, toBase64 } from "../core/bytes.js";
import { DEX_HEADER_SIZE, DexTypes, type DexMemory, parseDexHeader } from "../core/dexfile.js";
import { sha256Hex } from "../core/sha256.js";

export function readBytes(p: NativePointer, len: number): Uint8Array {
  if (len === 0) return new Uint8Array(0);
  let buf: ArrayBuffer | null;
  try {
    buf = p.readByteArray(len);
  } catch (e) {
    throw new FormatError(`cannot read ${len} bytes at ${p}: ${e instanceof Error ? e.message : e}`);
  }
  if (buf === null) throw new FormatError(`cannot read ${len} bytes at ${p}`);
  return new Uint8Array(buf);
}

export function sha256(bytes: Uint8Array): string {
  // Frida's native Checksum is much faster than the portable fallback on large DEX images.
  if (typeof Checksum !== "undefined") {
    const copy = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
    return Checksum.compute("sha256", copy as ArrayBuffer);
  }
  return sha256Hex(bytes);
}

export function base64(bytes: Uint8Array): string {
  return toBase64(bytes);
}

/** A DEX image mapped in memory: `begin` is its header; CompactDex may keep its data section elsewhere. */
export interface MappedDex {
  begin: NativePointer;
  dataBegin: NativePointer;
  /** First byte after the image (begin + header file_size) when known; reads stop there. */
  end: NativePointer | null;
}

/** A mapped standard DEX: its end comes from the header (CompactDex data lies elsewhere). */
export function mappedDex(begin: NativePointer, dataBegin: NativePointer = begin): MappedDex {
  const header = parseDexHeader(readBytes(begin, DEX_HEADER_SIZE));
  return { begin, dataBegin, end: header.compact ? null : begin.add(header.fileSize) };
}

export function pointerMemory(dex: MappedDex): DexMemory {
  return {
    read: (off, len) => readBytes(dex.begin.add(off), len),
    readData: (off, len) => readBytes(dex.dataBegin.add(off), len),
  };
}

const typeCache = new Map<string, DexTypes>();

export function typesOf(dex: MappedDex): DexTypes {
  const key = dex.begin.toString();
  let t = typeCache.get(key);
  if (t === undefined) {
    t = new DexTypes(pointerMemory(dex));
    typeCache.set(key, t);
  }
  return t;
}

/** Bytes of the DEX image at `begin`; the size comes from the header (newer ART zeroes DexFile::size_). */
export function dumpDex(begin: NativePointer): { bytes: Uint8Array; compact: boolean } {
  const header = parseDexHeader(readBytes(begin, DEX_HEADER_SIZE));
  return { bytes: readBytes(begin, header.fileSize), compact: header.compact };
}
