/**
 * dexlego's Frida agent. The host loads it, calls `rpc.exports.start(config)` and, for a spawned
 * process, resumes it afterwards. Everything the agent learns leaves as trace-format batches
 * through `send()` (see runtime/transport.ts).
 */

import Java from "frida-java-bridge";

import type { InvokeStats } from "./core/invoke.js";
import * as msg from "./core/messages.js";
import { startCodeCollection } from "./runtime/artcode.js";
import { installLoadingHooks, sendDexImage } from "./runtime/loading.js";
import { scanForDex } from "./runtime/memscan.js";
import { attachBridgeThreadsAsDaemons } from "./runtime/jvm.js";
import { installIccHooks } from "./runtime/icc.js";
import { invokeAll, type InvokeOptions } from "./runtime/invoke.js";
import { installReflectionHooks } from "./runtime/reflection.js";
import { emit, flushAll, reportError } from "./runtime/transport.js";

export interface AgentConfig {
  /** "art" on Android; "jvm" for a HotSpot JVM (the local test target). */
  flavor: "art" | "jvm";
  collectCode: boolean;
  maxHookedMethods: number;
  scanIntervalMs: number;
  deoptimize: boolean;
  /** ART: scan memory for DEX images this often (and on stop); 0 disables. */
  memoryScanIntervalMs: number;
}

const DEFAULTS: AgentConfig = {
  flavor: "art",
  collectCode: true,
  maxHookedMethods: 20000,
  scanIntervalMs: 1000,
  deoptimize: true,
  memoryScanIntervalMs: 15000,
};

let scanMemory = false;

function memoryScan(): void {
  if (!scanMemory) return;
  try {
    scanForDex(sendDexImage);
  } catch (e) {
    reportError("memory scan", e);
  }
}

let started = false;
let installed: string[] = [];
let flavor: "art" | "jvm" = "art";

function deviceFacts(flavor: "art" | "jvm"): { model: string; abi: string; api_level: number | null } {
  if (flavor === "jvm") {
    const System = Java.use("java.lang.System");
    return { model: `jvm ${System.getProperty("java.vm.name")} ${System.getProperty("java.version")}`, abi: Process.arch, api_level: null };
  }
  const Build = Java.use("android.os.Build");
  const Version = Java.use("android.os.Build$VERSION");
  const abis = Build.SUPPORTED_ABIS.value as string[] | null;
  return { model: String(Build.MODEL.value), abi: abis !== null && abis.length > 0 ? String(abis[0]) : Process.arch, api_level: Number(Version.SDK_INT.value) };
}

function install(cfg: AgentConfig): void {
  Java.perform(() => {
    if (cfg.flavor === "jvm") {
      attachBridgeThreadsAsDaemons();
      flushOnJvmDestroy();
    }
    try {
      emit(msg.hello(deviceFacts(cfg.flavor)));
    } catch (e) {
      reportError("hello", e);
      emit(msg.hello({ model: "unknown", abi: Process.arch, api_level: null }));
    }
    for (const [what, fn] of [
      ["reflection hooks", () => installReflectionHooks(cfg.flavor)],
      ["loading hooks", () => installLoadingHooks(cfg.flavor)],
      ["icc hooks", () => installIccHooks(cfg.flavor)],
    ] as [string, () => string[]][]) {
      try {
        installed.push(...fn());
      } catch (e) {
        reportError(what, e);
      }
    }
    if (cfg.flavor === "art" && cfg.memoryScanIntervalMs > 0) {
      scanMemory = true;
      setInterval(memoryScan, cfg.memoryScanIntervalMs);
      installed.push("memory scan");
    }
    if (cfg.flavor === "art" && cfg.collectCode) {
      try {
        installed.push(...startCodeCollection(cfg));
      } catch (e) {
        reportError("code collection", e);
      }
    }
    send({ type: "agent-ready", installed });
  });
}

/** Flush what is buffered when the process ends normally (counters would be lost otherwise). */
function flushOnExit(): void {
  const exit = Process.findModuleByName("libc.so.6")?.findExportByName("exit") ?? Process.findModuleByName("libc.so")?.findExportByName("exit") ?? null;
  if (exit !== null) Interceptor.attach(exit, { onEnter: () => void flushAll() });
}

function flushOnJvmDestroy(): void {
  // JNIInvokeInterface slot 3: DestroyJavaVM, called by the java launcher when main returns.
  const vm = (Java.vm as unknown as { handle: NativePointer }).handle;
  const destroy = vm.readPointer().add(3 * Process.pointerSize).readPointer();
  Interceptor.attach(destroy, { onEnter: () => void flushAll() });
}

/** On a JVM spawned by the host, libjvm is not loaded yet: hook JNI_CreateJavaVM's return. */
function whenJvmReady(fn: () => void): void {
  if (Java.available) {
    fn();
    return;
  }
  const observer = Process.attachModuleObserver({
    onAdded(module) {
      if (!/libjvm\.(so|dylib)$/.test(module.name)) return;
      const create = module.findExportByName("JNI_CreateJavaVM");
      if (create === null) return;
      const listener = Interceptor.attach(create, {
        onLeave() {
          listener.detach();
          observer.detach();
          fn();
        },
      });
    },
  });
}

rpc.exports = {
  start(config: Partial<AgentConfig>): string {
    if (started) return "already started";
    started = true;
    const cfg: AgentConfig = { ...DEFAULTS, ...config };
    flavor = cfg.flavor;
    flushOnExit();
    if (cfg.flavor === "jvm") whenJvmReady(() => install(cfg));
    else install(cfg);
    return "started";
  },
  flush(): { batches: number; messages: number; dropped: number } {
    return flushAll();
  },
  stop(status: msg.Status, reason: string): { batches: number; messages: number; dropped: number } {
    memoryScan();
    emit(msg.bye(status, reason));
    return flushAll();
  },
  installed(): string[] {
    return installed;
  },
  /** `--invoke-all`: call each named method (smali signatures) with default arguments. */
  invokeAll(methods: string[], options: Partial<InvokeOptions>): InvokeStats {
    const stats = invokeAll(flavor, methods, { appPackage: options.appPackage ?? "", maxMethods: options.maxMethods ?? 20000 });
    flushAll();
    return stats;
  },
};
