/**
 * Memory scan for DEX images that no class loader or DexFile object points at (packers that
 * decrypt into anonymous memory and load through native code): every readable, non-system range
 * is searched for the `dex\n03?\0` and `cdex001\0` magics; plausible headers are dumped once.
 */

import { plausibleDex, DEX_HEADER_SIZE } from "../core/dexfile.js";
import type * as msg from "../core/messages.js";
import { readBytes } from "./memory.js";

// System images are the platform's code, not the app's.
const SYSTEM_PATH = /^\/(system|apex|vendor|product|system_ext|odm)\//;
const PATTERNS = ["64 65 78 0a 30 33 ?? 00", "63 64 65 78 30 30 31 00"];
/** Skip huge ranges (heaps of several hundred MiB) to bound the cost of one scan. */
const MAX_RANGE = 256 * 1024 * 1024;

export interface FoundDex {
  base: NativePointer;
  sha256: string;
  size: number;
  compact: boolean;
  name: string;
}

const seenBases = new Set<string>();

/** Scans once; `report` sends an image (once per sha256) and returns its sha256. */
export function scanForDex(report: (bytes: Uint8Array, origin: msg.Origin) => string): FoundDex[] {
  const found: FoundDex[] = [];
  for (const range of Process.enumerateRanges("r--")) {
    const file = range.file?.path ?? "";
    if (SYSTEM_PATH.test(file) || range.size > MAX_RANGE) continue;
    for (const pattern of PATTERNS) {
      let matches: MemoryScanMatch[];
      try {
        matches = Memory.scanSync(range.base, range.size, pattern);
      } catch {
        continue; // the range went away or became unreadable
      }
      for (const m of matches) {
        const key = m.address.toString();
        if (seenBases.has(key)) continue;
        const available = range.base.add(range.size).sub(m.address).toUInt32();
        if (available < DEX_HEADER_SIZE) continue;
        let header;
        try {
          header = plausibleDex(readBytes(m.address, DEX_HEADER_SIZE), available);
        } catch {
          continue;
        }
        if (header === null) continue;
        seenBases.add(key);
        const bytes = readBytes(m.address, header.fileSize);
        const name = file !== "" ? file : `anon@${range.base}`;
        const digest = report(bytes, { kind: "memory", name, loader: null, base: key, compact: header.compact });
        found.push({ base: m.address, sha256: digest, size: bytes.length, compact: header.compact, name });
      }
    }
  }
  return found;
}
