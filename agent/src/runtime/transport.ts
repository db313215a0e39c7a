/**
 * The agent's single way out: messages go through a bounded Batcher to Frida's `send()`, and the
 * counters (executions, reflective calls, ICC deliveries) are drained into messages on a timer
 * and on `flush()`.
 */

import { Batcher, DEFAULT_LIMITS } from "../core/batcher.js";
import * as msg from "../core/messages.js";
import { EventCounter, ExecCounter } from "../core/tracker.js";
import { type IccKind, iccKey } from "../core/icc.js";

export interface ReflectionEvent {
  caller: string;
  pc: number;
  api: string;
  target: string;
}

export interface IccEvent {
  caller: string;
  pc: number;
  api: string;
  kind: IccKind;
  target: string;
}

const batcher = new Batcher((batch) => send(batch), DEFAULT_LIMITS, {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
});

export const reflections = new EventCounter<ReflectionEvent>();
export const iccs = new EventCounter<IccEvent>();
export let execs = new ExecCounter(false);

export function setPcLevel(pcLevel: boolean): void {
  execs = new ExecCounter(pcLevel);
}

export function emit(m: msg.Message): void {
  batcher.push(m);
}

export function emitAll(ms: msg.Message[]): void {
  for (const m of ms) batcher.push(m);
}

export function countReflection(e: ReflectionEvent): void {
  reflections.add(`${e.caller}\u0000${e.pc}\u0000${e.api}\u0000${e.target}`, e);
}

export function countIcc(e: IccEvent): void {
  iccs.add(iccKey(e.caller, e.pc, e.api, e.kind, e.target), e);
}

/** Report a hook failure once per place instead of flooding the channel. */
const reported = new Set<string>();
export function reportError(where: string, e: unknown): void {
  const text = e instanceof Error ? e.message : String(e);
  const key = `${where}: ${text}`;
  if (reported.has(key) || reported.size > 1000) return;
  reported.add(key);
  emit(msg.runtimeError(`${where}: ${text}`, null));
}

export function drainCounters(): void {
  for (const { value, count } of reflections.drain()) {
    emit(msg.reflection(value.caller, value.pc, value.api, value.target, count));
  }
  for (const { value, count } of iccs.drain()) {
    emitAll(msg.icc(value.caller, value.pc, value.api, value.kind, value.target, count));
  }
  emitAll(execs.drain());
}

export function flushAll(): { batches: number; messages: number; dropped: number } {
  drainCounters();
  batcher.flush();
  return { ...batcher.stats };
}

setInterval(drainCounters, 500);
