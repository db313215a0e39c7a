/**
 * Builders for the trace messages of docs/trace-format.md (schema 1). Each returns a plain object
 * with exactly the documented fields, so the host's strict intake accepts it; free-text fields are
 * clipped to the limits below instead of being rejected whole.
 */

export const SCHEMA_VERSION = 1;
/** Clip free-text (informational) strings to this many characters. */
export const MAX_TEXT = 4096;
/** At most this many dex pcs in one `method_exec` message (more go into further messages). */
export const MAX_PCS_PER_MESSAGE = 4096;

export type Runtime = "device" | "emulator";
export type OriginKind = "apk_entry" | "asset" | "file" | "memory" | "class_loader";
export type Status = "complete" | "incomplete" | "failed";

export interface Origin {
  kind: OriginKind;
  name: string;
  loader: string | null;
  base: string | null;
  compact: boolean;
}

export type Message = Record<string, unknown> & { type: string };

export function clip(s: string, max = MAX_TEXT): string {
  return s.length <= max ? s : s.slice(0, max);
}

export function hello(device: { model: string; abi: string; api_level: number | null }): Message {
  return {
    type: "hello",
    schema: SCHEMA_VERSION,
    runtime: "device",
    device: { model: clip(device.model, 256), abi: clip(device.abi, 64), api_level: device.api_level },
  };
}

export function dexImage(sha256: string, size: number, origin: Origin, dataBase64: string | null): Message {
  const msg: Message = {
    type: "dex_image",
    sha256,
    size,
    origin: {
      kind: origin.kind,
      name: clip(origin.name),
      loader: origin.loader === null ? null : clip(origin.loader),
      base: origin.base,
      compact: origin.compact,
    },
  };
  if (dataBase64 !== null) msg.data = dataBase64;
  return msg;
}

export function classLoad(descriptor: string, dexSha256: string | null, loader: string, order: number): Message {
  return { type: "class_load", descriptor, dex_sha256: dexSha256, loader: clip(loader), order };
}

export interface TryJson {
  start: number;
  count: number;
  handlers: { type: string; addr: number }[];
  catch_all: number | null;
}

export function codeVersion(
  method: string,
  hash: string,
  body: { registers: number; ins: number; outs: number; insnsHex: string; tries: TryJson[] },
  dexSha256: string | null = null,
): Message {
  const m: Message = {
    type: "code_version",
    method,
    hash,
    registers: body.registers,
    ins: body.ins,
    outs: body.outs,
    insns: body.insnsHex,
    tries: body.tries,
  };
  if (dexSha256 !== null) m.dex_sha256 = dexSha256;
  return m;
}

/** One or more `method_exec` messages: pcs beyond MAX_PCS_PER_MESSAGE spill into further ones with count 0. */
export function methodExec(method: string, hash: string, count: number, pcs: number[], pcLevel: boolean): Message[] {
  const out: Message[] = [];
  const sorted = [...pcs].sort((a, b) => a - b);
  let first = true;
  for (let i = 0; first || i < sorted.length; i += MAX_PCS_PER_MESSAGE) {
    out.push({
      type: "method_exec",
      method,
      hash,
      count: first ? count : 0,
      pcs: sorted.slice(i, i + MAX_PCS_PER_MESSAGE),
      pc_level: pcLevel,
    });
    first = false;
  }
  return out;
}

export function divergence(method: string, pc: number, fromHash: string, toHash: string): Message {
  return { type: "divergence", method, pc, from_hash: fromHash, to_hash: toHash };
}

export function reflection(caller: string, pc: number, api: string, target: string, count: number): Message {
  return { type: "reflection", caller, pc, api, target, count };
}

/** Most a single message's `count` may carry (the host's limit); larger counts spill into further messages. */
export const MAX_COUNT = 1_000_000_000;
/** Longest signature or descriptor the host accepts; such fields cannot be clipped (a cut signature is another one). */
export const MAX_NAME = 4096;
/** Largest dex pc the host accepts (its code-unit limit); anything else is sent as unknown (-1). */
export const MAX_PC = 1024 * 1024 - 1;

export type IccKind = "activity" | "service" | "bind" | "receiver";

/**
 * `icc` messages (field order as in trace-format.md) for `count` calls: none when a name is too
 * long to be a valid record (signatures cannot be clipped), several when `count` exceeds what one
 * message may carry (the host adds them up); an out-of-range pc becomes -1.
 */
export function icc(caller: string, pc: number, api: string, kind: IccKind, target: string, count: number): Message[] {
  if (caller.length > MAX_NAME || target.length > MAX_NAME || api.length > MAX_NAME) return [];
  const at = Number.isInteger(pc) && pc >= -1 && pc <= MAX_PC ? pc : -1;
  const out: Message[] = [];
  // An EventCounter cannot reach these counts in one drain; the cap only bounds the loop.
  for (let left = Math.min(Math.floor(count), 1000 * MAX_COUNT); left > 0; left -= MAX_COUNT) {
    out.push({ type: "icc", caller, pc: at, api, kind, target, count: Math.min(left, MAX_COUNT) });
  }
  return out;
}

/** `loaderClass` is a binary name (`dalvik.system.DexClassLoader`); `source` is null for buffers. */
export function dynamicLoad(loaderClass: string, sourceKind: "path" | "buffer", source: string | null, dexSha256: string[]): Message {
  return { type: "dynamic_load", loader_class: loaderClass, source_kind: sourceKind, source: source === null ? null : clip(source), dex_sha256: dexSha256 };
}

export function loadClass(caller: string, pc: number, name: string, result: string | null): Message {
  return { type: "load_class", caller, pc, name: clip(name), result };
}

export function nativeLoad(library: string, caller: string): Message {
  return { type: "native_load", library: clip(library), caller };
}

export function observedValue(api: string, caller: string, pc: number, value: string): Message {
  return { type: "observed_value", api, caller, pc, value: clip(value) };
}

export function runtimeError(message: string, where: string | null): Message {
  return { type: "runtime_error", message: clip(message), where };
}

export function bye(status: Status, reason: string): Message {
  return { type: "bye", status, reason: clip(reason) };
}
