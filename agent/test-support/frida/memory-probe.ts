/**
 * Test agent (not shipped): maps a DEX image into the memory of whatever local process it is
 * loaded into and reads CodeItems back through the same code the ART collector uses
 * (runtime/codereader.ts, runtime/memory.ts), so that pointer arithmetic, windowed reads,
 * type resolution from memory and Frida's native sha256 are exercised without a phone.
 */

import { toHex } from "../../src/core/bytes.js";
import { codeHash } from "../../src/core/tracker.js";
import { CodeWatcher, readCode } from "../../src/runtime/codereader.js";
import { dumpDex, mappedDex, readBytes, sha256 } from "../../src/runtime/memory.js";
import { scanForDex } from "../../src/runtime/memscan.js";

const keep: NativePointer[] = [];

function fromBase64(b64: string): Uint8Array {
  const abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const clean = b64.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (const ch of clean) {
    acc = (acc << 6) | abc.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** Maps `bytes` so that the image ends exactly at the end of a readable range (guard page after). */
function mapAtEndOfRange(bytes: Uint8Array): NativePointer {
  const page = Process.pageSize;
  const span = Math.ceil(bytes.length / page) * page;
  const region = Memory.alloc(span + 2 * page);
  keep.push(region); // the allocation lives as long as this JS value
  // Align to a page so that protecting the guard page cannot touch the image.
  const base = region.add(page - 1).and(ptr(page - 1).not());
  Memory.protect(base.add(span), page, "---");
  const begin = base.add(span - bytes.length);
  begin.writeByteArray(Array.from(bytes));
  return begin;
}

rpc.exports = {
  decode(b64: string, offsets: number[]): unknown {
    const bytes = fromBase64(b64);
    const begin = mapAtEndOfRange(bytes);
    const dex = mappedDex(begin);
    const methods = offsets.map((off) => {
      const body = readCode({ signature: "La;->m()V", dex, dexSha: null, codeItem: begin.add(off), compact: false });
      return { registers: body.registers, ins: body.ins, outs: body.outs, insns: toHex(body.insns), tries: body.tries, hash: codeHash(body, sha256) };
    });
    const dumped = dumpDex(begin);
    let guard = "readable";
    try {
      readBytes(begin.add(bytes.length), 1);
    } catch (e) {
      guard = e instanceof Error ? e.name : String(e);
    }
    return { methods, dumpSha256: sha256(dumped.bytes), dumpSize: dumped.bytes.length, guard, base: begin.toString() };
  },
  /** A CodeWatcher over one method: unchanged code is not decoded again; a patched unit is seen. */
  watch(b64: string, offset: number): unknown {
    const bytes = fromBase64(b64);
    const begin = mapAtEndOfRange(bytes);
    const w = new CodeWatcher({ signature: "La;->m()V", dex: mappedDex(begin), dexSha: null, codeItem: begin.add(offset), compact: false });
    const seen: (string | null)[] = [];
    const step = (): void => {
      const body = w.check();
      seen.push(body === null ? null : toHex(body.insns));
    };
    step();
    step();
    const unit = begin.add(offset + 16); // first code unit
    const old = unit.readU16();
    unit.writeU16(0x0000); // nop
    step();
    step();
    unit.writeU16(old);
    step();
    return seen;
  },
  /** Plants a decoy magic (no valid header), then scans the whole process for DEX images. */
  scan(): unknown {
    const decoy = Memory.alloc(256);
    keep.push(decoy);
    decoy.writeUtf8String("dex\n035\u0000 but no header after the magic");
    const reported: { sha256: string; base: string | null; kind: string; size: number }[] = [];
    const found = scanForDex((bytes, origin) => {
      const digest = sha256(bytes);
      reported.push({ sha256: digest, base: origin.base, kind: origin.kind, size: bytes.length });
      return digest;
    });
    return { reported, found: found.length, decoy: decoy.toString() };
  },
};
