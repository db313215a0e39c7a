/**
 * Groups messages into `{"type": "batch", "messages": [...]}` envelopes bounded in message count
 * and serialized size, flushed when full or after a delay. A message larger than the byte bound
 * travels alone; one beyond the hard bound is replaced by a `runtime_error`, never truncated.
 */

import { utf8Length } from "./bytes.js";
import { type Message, runtimeError } from "./messages.js";

export interface Batch {
  type: "batch";
  messages: Message[];
}

export interface BatchLimits {
  /** Most messages in one batch. */
  maxMessages: number;
  /** Target upper bound of a batch's JSON size in bytes. */
  maxBytes: number;
  /** A single message above this is dropped (replaced by a runtime_error). */
  hardMaxBytes: number;
  /** Flush a non-empty batch at the latest this long after its first message. */
  maxDelayMs: number;
}

export const DEFAULT_LIMITS: BatchLimits = {
  maxMessages: 512,
  maxBytes: 1 << 20,
  hardMaxBytes: 96 << 20,
  maxDelayMs: 250,
};

export interface Scheduler {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export class Batcher {
  private pending: Message[] = [];
  private pendingBytes = 0;
  private timer: unknown = null;
  /** Counters for the host's summary and for tests. */
  readonly stats = { batches: 0, messages: 0, dropped: 0 };

  constructor(
    private readonly sink: (batch: Batch) => void,
    private readonly limits: BatchLimits = DEFAULT_LIMITS,
    private readonly scheduler: Scheduler | null = null,
  ) {}

  push(msg: Message): void {
    let size = utf8Length(JSON.stringify(msg));
    if (size > this.limits.hardMaxBytes) {
      this.stats.dropped++;
      msg = runtimeError(`agent dropped a ${msg.type} message of ${size} bytes (limit ${this.limits.hardMaxBytes})`, null);
      size = utf8Length(JSON.stringify(msg));
    }
    if (size > this.limits.maxBytes) {
      this.flush();
      this.emit([msg]);
      return;
    }
    // +1 for the comma between array elements.
    if (this.pending.length >= this.limits.maxMessages || this.pendingBytes + size + 1 > this.limits.maxBytes) {
      this.flush();
    }
    this.pending.push(msg);
    this.pendingBytes += size + 1;
    if (this.pending.length >= this.limits.maxMessages) {
      this.flush();
    } else if (this.timer === null && this.scheduler !== null) {
      this.timer = this.scheduler.set(() => {
        this.timer = null;
        this.flush();
      }, this.limits.maxDelayMs);
    }
  }

  flush(): void {
    if (this.timer !== null && this.scheduler !== null) {
      this.scheduler.clear(this.timer);
      this.timer = null;
    }
    if (this.pending.length === 0) return;
    const messages = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    this.emit(messages);
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  private emit(messages: Message[]): void {
    this.stats.batches++;
    this.stats.messages += messages.length;
    this.sink({ type: "batch", messages });
  }
}
