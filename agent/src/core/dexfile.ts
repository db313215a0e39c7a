/**
 * Just enough of the DEX/CompactDex header and string/type tables to (a) tell a real DEX image from
 * garbage and read its size, and (b) resolve type indices of catch handlers to descriptors.
 */

import { ByteReader, FormatError } from "./bytes.js";

export interface DexHeader {
  compact: boolean;
  version: string;
  fileSize: number;
  headerSize: number;
  stringIdsSize: number;
  stringIdsOff: number;
  typeIdsSize: number;
  typeIdsOff: number;
  dataSize: number;
  dataOff: number;
}

export const DEX_HEADER_SIZE = 0x70;
/** Refuse images larger than this (the host's intake has its own, lower, limit). */
export const MAX_DEX_SIZE = 512 * 1024 * 1024;

/** `dex\n035\0` .. `dex\n041\0`, or `cdex001\0`. Returns null when the magic is not a DEX one. */
export function dexMagic(bytes: Uint8Array): { compact: boolean; version: string } | null {
  if (bytes.length < 8) return null;
  const m = String.fromCharCode(...bytes.subarray(0, 8));
  if (/^dex\n0[34]\d\0$/.test(m)) return { compact: false, version: m.slice(4, 7) };
  if (/^cdex\d{3}\0$/.test(m)) return { compact: true, version: m.slice(4, 7) };
  return null;
}

export function parseDexHeader(bytes: Uint8Array): DexHeader {
  const magic = dexMagic(bytes);
  if (magic === null) throw new FormatError("not a DEX image (bad magic)");
  const r = new ByteReader(bytes, 0x20);
  const fileSize = r.u32("file_size");
  const headerSize = r.u32("header_size");
  r.pos = 0x38;
  const stringIdsSize = r.u32("string_ids_size");
  const stringIdsOff = r.u32("string_ids_off");
  const typeIdsSize = r.u32("type_ids_size");
  const typeIdsOff = r.u32("type_ids_off");
  r.pos = 0x68;
  const dataSize = r.u32("data_size");
  const dataOff = r.u32("data_off");
  if (fileSize < DEX_HEADER_SIZE || fileSize > MAX_DEX_SIZE) {
    throw new FormatError(`implausible DEX file_size ${fileSize}`);
  }
  if (headerSize < DEX_HEADER_SIZE || headerSize > fileSize) {
    throw new FormatError(`implausible DEX header_size ${headerSize}`);
  }
  return {
    ...magic,
    fileSize,
    headerSize,
    stringIdsSize,
    stringIdsOff,
    typeIdsSize,
    typeIdsOff,
    dataSize,
    dataOff,
  };
}

/** Decodes MUTF-8 (DEX string data): like UTF-8 but NUL as C0 80 and supplementary chars as surrogate pairs. */
export function decodeMutf8(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const a = bytes[i++];
    if (a < 0x80) {
      out += String.fromCharCode(a);
    } else if ((a & 0xe0) === 0xc0 && i < bytes.length) {
      out += String.fromCharCode(((a & 0x1f) << 6) | (bytes[i++] & 0x3f));
    } else if ((a & 0xf0) === 0xe0 && i + 1 < bytes.length) {
      out += String.fromCharCode(((a & 0x0f) << 12) | ((bytes[i++] & 0x3f) << 6) | (bytes[i++] & 0x3f));
    } else {
      throw new FormatError(`bad MUTF-8 byte 0x${a.toString(16)}`);
    }
  }
  return out;
}

/** Random access to the bytes of a DEX image, from an array (tests, files) or from process memory. */
export interface DexMemory {
  /** `len` bytes at `off` from the image start; throws FormatError when unreadable. */
  read(off: number, len: number): Uint8Array;
  /** Same for the data section, which CompactDex may keep apart from the header. */
  readData(off: number, len: number): Uint8Array;
}

export function arrayMemory(bytes: Uint8Array, dataBase = 0): DexMemory {
  const slice = (base: number, off: number, len: number): Uint8Array => {
    const at = base + off;
    if (at < 0 || at + len > bytes.length) throw new FormatError(`read of ${len} bytes at ${at} outside the image`);
    return bytes.subarray(at, at + len);
  };
  return { read: (off, len) => slice(0, off, len), readData: (off, len) => slice(dataBase, off, len) };
}

const MAX_STRING_BYTES = 4096;

/**
 * Resolves type indices to descriptors. Standard DEX string data offsets count from the image start;
 * CompactDex ones from its data section, hence `readData`.
 */
export class DexTypes {
  private readonly cache = new Map<number, string>();
  readonly header: DexHeader;
  private readonly mem: DexMemory;

  constructor(source: Uint8Array | DexMemory) {
    if (source instanceof Uint8Array) {
      this.header = parseDexHeader(source);
      this.mem = arrayMemory(source, this.header.compact ? this.header.dataOff : 0);
    } else {
      this.mem = source;
      this.header = parseDexHeader(source.read(0, DEX_HEADER_SIZE));
    }
  }

  get compact(): boolean {
    return this.header.compact;
  }

  descriptor(typeIdx: number): string {
    const hit = this.cache.get(typeIdx);
    if (hit !== undefined) return hit;
    const h = this.header;
    if (typeIdx >= h.typeIdsSize) throw new FormatError(`type index ${typeIdx} out of range (${h.typeIdsSize})`);
    const stringIdx = new ByteReader(this.mem.read(h.typeIdsOff + typeIdx * 4, 4)).u32("type_id");
    if (stringIdx >= h.stringIdsSize) throw new FormatError(`string index ${stringIdx} out of range`);
    const dataOff = new ByteReader(this.mem.read(h.stringIdsOff + stringIdx * 4, 4)).u32("string_id");
    // uleb128 length (<= 5 bytes) then MUTF-8 up to NUL; read a bounded window, shrinking at the end.
    let window: Uint8Array = new Uint8Array(0);
    for (let len = MAX_STRING_BYTES; len >= 8 && window.length === 0; len >>= 1) {
      try {
        window = this.mem.readData(dataOff, len);
      } catch (e) {
        if (!(e instanceof FormatError)) throw e;
      }
    }
    const r = new ByteReader(window);
    r.uleb128("utf16_size");
    const end = window.indexOf(0, r.pos);
    if (end < 0) throw new FormatError("unterminated or oversized string data");
    const s = decodeMutf8(window.subarray(r.pos, end));
    this.cache.set(typeIdx, s);
    return s;
  }
}

const ENDIAN_CONSTANT = 0x12345678;

/**
 * For a DEX magic found by a memory scan: the header when the bytes look like a real image of at
 * most `available` bytes (sane header size, endian tag, tables inside the file), else null.
 */
export function plausibleDex(head: Uint8Array, available: number): DexHeader | null {
  let h: DexHeader;
  try {
    h = parseDexHeader(head);
  } catch {
    return null;
  }
  const r = new ByteReader(head, 0x28);
  if (r.u32("endian_tag") !== ENDIAN_CONSTANT) return null;
  if (h.fileSize > available) return null;
  if (!h.compact && h.headerSize !== DEX_HEADER_SIZE) return null;
  const mapOff = new ByteReader(head, 0x34).u32("map_off");
  const inside = (off: number, count: number, item: number): boolean =>
    count === 0 || (off >= h.headerSize && off + count * item <= h.fileSize);
  if (!inside(h.stringIdsOff, h.stringIdsSize, 4) || !inside(h.typeIdsOff, h.typeIdsSize, 4)) return null;
  if (!h.compact && (mapOff < h.headerSize || mapOff >= h.fileSize)) return null;
  return h;
}
