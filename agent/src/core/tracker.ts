/**
 * State the agent keeps between hook invocations: which code versions of each method were already
 * sent (dedup by hash), where a method's code changed (divergence), and counters that are drained
 * into messages periodically instead of sending one message per call.
 */

import { toHex, utf8Encode } from "./bytes.js";
import { type CodeBody } from "./codeitem.js";
import * as msg from "./messages.js";
import { sha256Hex } from "./sha256.js";

/**
 * The host's canonical JSON text of a code body (docs/trace-format.md, *Code hash*): keys sorted
 * at every level, no whitespace, insns as lower-case hex. Hashing it like the host does saves the
 * host an alias row per version.
 */
export function canonicalCodeJson(body: CodeBody, dexSha256: string | null = null): string {
  const tries = body.tries.map(
    (t) =>
      `{"catch_all":${t.catch_all === null ? "null" : t.catch_all},"count":${t.count},"handlers":[` +
      t.handlers.map((h) => `{"addr":${h.addr},"type":${JSON.stringify(h.type)}}`).join(",") +
      `],"start":${t.start}}`,
  );
  // The defining DEX takes part when known (keys stay in alphabetical order: it comes first).
  const dex = dexSha256 === null ? "" : `"dex_sha256":${JSON.stringify(dexSha256)},`;
  return `{${dex}"ins":${body.ins},"insns":"${toHex(body.insns)}","outs":${body.outs},"registers":${body.registers},"tries":[${tries.join(",")}]}`;
}

/** Hash of a code version: sha256 of the canonical JSON's UTF-8 bytes (the host's own hash). */
export function codeHash(body: CodeBody, hash: (b: Uint8Array) => string = sha256Hex, dexSha256: string | null = null): string {
  return hash(utf8Encode(canonicalCodeJson(body, dexSha256)));
}

/** Index of the first differing code unit, or -1 when equal (a length change counts at the shorter end). */
export function firstDifferentUnit(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 2) {
    if (a[i] !== b[i] || a[i + 1] !== b[i + 1]) return i >> 1;
  }
  return a.length === b.length ? -1 : n >> 1;
}

export interface Observation {
  hash: string;
  /** Messages to send now: a code_version the first time a hash is seen, a divergence on change. */
  messages: msg.Message[];
}

interface MethodState {
  current: string;
  insns: Uint8Array;
  seen: Set<string>;
}

export class CodeVersionTracker {
  private readonly methods = new Map<string, MethodState>();

  constructor(
    private readonly hash: (b: Uint8Array) => string = sha256Hex,
    /** Stop tracking new methods beyond this many (memory bound inside the app process). */
    readonly maxMethods = 500_000,
  ) {}

  get size(): number {
    return this.methods.size;
  }

  observe(method: string, body: CodeBody, dexSha256: string | null = null): Observation {
    const h = codeHash(body, this.hash, dexSha256);
    const messages: msg.Message[] = [];
    let st = this.methods.get(method);
    if (st === undefined) {
      if (this.methods.size >= this.maxMethods) return { hash: h, messages };
      st = { current: h, insns: body.insns, seen: new Set() };
      this.methods.set(method, st);
    }
    if (!st.seen.has(h)) {
      st.seen.add(h);
      messages.push(
        msg.codeVersion(method, h, {
          registers: body.registers,
          ins: body.ins,
          outs: body.outs,
          insnsHex: toHex(body.insns),
          tries: body.tries,
        }, dexSha256),
      );
    }
    if (st.current !== h) {
      const pc = firstDifferentUnit(st.insns, body.insns);
      messages.push(msg.divergence(method, Math.max(pc, 0), st.current, h));
      st.current = h;
      st.insns = body.insns;
    }
    return { hash: h, messages };
  }
}

/** Invocation counts and executed pcs per (method, code hash), drained into method_exec messages. */
export class ExecCounter {
  private readonly entries = new Map<string, { method: string; hash: string; count: number; pcs: Set<number> }>();

  constructor(private readonly pcLevel: boolean) {}

  hit(method: string, hash: string, pc?: number): void {
    const key = `${method}\u0000${hash}`;
    let e = this.entries.get(key);
    if (e === undefined) {
      e = { method, hash, count: 0, pcs: new Set() };
      this.entries.set(key, e);
    }
    if (pc === undefined) e.count++;
    else e.pcs.add(pc);
  }

  drain(): msg.Message[] {
    const out: msg.Message[] = [];
    for (const e of this.entries.values()) {
      if (e.count === 0 && e.pcs.size === 0) continue;
      out.push(...msg.methodExec(e.method, e.hash, e.count, [...e.pcs], this.pcLevel));
    }
    this.entries.clear();
    return out;
  }
}

/** Counts identical events (same key) so that a hot reflective call site becomes one message with a count. */
export class EventCounter<T> {
  private readonly entries = new Map<string, { value: T; count: number }>();

  add(key: string, value: T, n = 1): void {
    const e = this.entries.get(key);
    if (e === undefined) this.entries.set(key, { value, count: n });
    else e.count += n;
  }

  get size(): number {
    return this.entries.size;
  }

  drain(): { value: T; count: number }[] {
    const out = [...this.entries.values()];
    this.entries.clear();
    return out;
  }
}
