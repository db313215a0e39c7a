/**
 * DEX bytes of a path a class loader is given: a raw `.dex` file, or the `classes*.dex` entries of
 * a jar/apk/zip (read with java.util.zip, present on ART and HotSpot alike). Read when the loader
 * is created, because packers delete the file right after, and because ART may then run the
 * code from a vdex whose CompactDex view in memory lacks the original bytes.
 */

import Java from "frida-java-bridge";

import { dexMagic } from "../core/dexfile.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type J = any;

export interface DexSource {
  /** `path` for a raw DEX, `path!classes2.dex` for a zip entry. */
  name: string;
  bytes: Uint8Array;
}

/** Largest file or entry read (the host's intake takes at most 64 MiB per image). */
const MAX_BYTES = 64 * 1024 * 1024;
const DEX_ENTRY = /^classes\d*\.dex$/;

/** The first bytes and the size of a file, or null when it cannot be read. */
function peek(path: string): { head: Uint8Array; size: number } | null {
  try {
    const f = new File(path, "rb");
    try {
      const head = new Uint8Array(f.readBytes(8));
      const size = f.seek(0, File.SEEK_END);
      return { head, size };
    } finally {
      f.close();
    }
  } catch {
    return null; // missing, unreadable or a directory: nothing to report
  }
}

function readEntry(zip: J, entry: J): Uint8Array {
  const input = zip.getInputStream(entry);
  const out = Java.use("java.io.ByteArrayOutputStream").$new();
  const buffer = Java.array("byte", new Array<number>(65536).fill(0));
  try {
    for (;;) {
      const n = input.read(buffer) as number;
      if (n < 0) break;
      out.write(buffer, 0, n);
      if ((out.size() as number) > MAX_BYTES) throw new Error(`zip entry over ${MAX_BYTES} bytes`);
    }
  } finally {
    input.close();
  }
  const bytes = out.toByteArray() as number[];
  return Uint8Array.from(bytes, (b) => b & 0xff);
}

function readZip(path: string): DexSource[] {
  const out: DexSource[] = [];
  const ZipEntry = Java.use("java.util.zip.ZipEntry");
  const zip = Java.use("java.util.zip.ZipFile").$new(path);
  try {
    const entries = zip.entries();
    while (entries.hasMoreElements()) {
      const entry = Java.cast(entries.nextElement(), ZipEntry);
      const name = String(entry.getName());
      if (DEX_ENTRY.test(name) && (entry.getSize() as number) <= MAX_BYTES) {
        out.push({ name: `${path}!${name}`, bytes: readEntry(zip, entry) });
      }
    }
  } finally {
    zip.close();
  }
  return out;
}

/** The DEX images behind one path (no `:` lists: split those first). Empty when unreadable. */
export function dexSourcesOfPath(path: string): DexSource[] {
  const file = peek(path);
  if (file === null) return [];
  const { head, size } = file;
  if (dexMagic(head) !== null) {
    if (size > MAX_BYTES) return [];
    try {
      return [{ name: path, bytes: new Uint8Array(File.readAllBytes(path)) }];
    } catch {
      return [];
    }
  }
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    return readZip(path);
  }
  return [];
}
