/**
 * Reading a method's CodeItem out of process memory: the header first (with the CompactDex
 * preheader before it), then a window that grows until the encoded catch handlers fit, never
 * past the end of the DEX image when that is known. Free of the Java bridge, so it is tested on
 * a local process (tests/device/test_agent_memory.py).
 */

import { FormatError } from "../core/bytes.js";
import { CDEX_MAX_PREHEADER_BYTES, type CodeBody, decodeCodeItem, fixedExtent, headerSize } from "../core/codeitem.js";
import { type MappedDex, readBytes, typesOf } from "./memory.js";

export interface MethodCode {
  signature: string;
  dex: MappedDex;
  dexSha: string | null;
  codeItem: NativePointer;
  compact: boolean;
}

const FIRST_HANDLER_WINDOW = 64;
const MAX_HANDLER_WINDOW = 1 << 18;

/** Reads and decodes a CodeItem from memory, growing the window until the handler list fits. */
export function readCode(m: MethodCode): CodeBody {
  const before = m.compact ? CDEX_MAX_PREHEADER_BYTES : 0;
  const start = m.codeItem.sub(before);
  // Bytes readable from `start` within the image (unbounded when the image end is unknown).
  const room = m.dex.end === null ? Infinity : m.dex.end.sub(start).toUInt32();
  // The header (with the CompactDex preheader before it) tells the size up to the try items.
  const head = readBytes(start, before + headerSize(m.compact));
  const types = typesOf(m.dex);
  const extent = fixedExtent(head, before, m.compact);
  for (let extra = FIRST_HANDLER_WINDOW; ; extra *= 4) {
    const len = Math.min(before + extent + extra, room);
    const bytes = readBytes(start, len);
    try {
      return decodeCodeItem(bytes, before, m.compact, (i) => types.descriptor(i));
    } catch (e) {
      // Too small a window shows up as a truncation; give up at the image end or the cap.
      if (!(e instanceof FormatError) || len >= room || extra >= MAX_HANDLER_WINDOW) throw e;
    }
  }
}


function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Watches one method's CodeItem across invocations: the first `check()` decodes it; later ones
 * compare the raw bytes up to the end of the try items with the last decoded ones and decode
 * (and so hash) again only when they differ: a hot method costs one small read per call.
 */
export class CodeWatcher {
  private raw: Uint8Array | null = null;

  constructor(readonly code: MethodCode) {}

  /** The body when it is new or changed since the last check, else null. */
  check(): CodeBody | null {
    const before = this.code.compact ? CDEX_MAX_PREHEADER_BYTES : 0;
    const start = this.code.codeItem.sub(before);
    if (this.raw !== null) {
      const now = readBytes(start, this.raw.length);
      if (sameBytes(now, this.raw)) return null;
    }
    const body = readCode(this.code);
    const head = readBytes(start, before + headerSize(this.code.compact));
    this.raw = readBytes(start, before + fixedExtent(head, before, this.code.compact));
    return body;
  }
}
