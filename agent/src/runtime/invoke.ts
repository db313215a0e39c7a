/**
 * Active invocation (`--invoke-all`): the host names the app methods that did not run, and the
 * agent calls each with well-typed default arguments, so that bodies a packer restores on first
 * call (and handlers nothing triggered) execute under the collection hooks: on ART the code
 * watchers of runtime/artcode.ts see the body the method runs with, on both runtimes the
 * reflection and loading hooks record what the calls do.
 *
 * Receivers are built with the class's own constructor (fewest parameters first), else
 * allocated without one (`$alloc`, JNI AllocObject); arguments are 0/false, "", empty arrays,
 * app objects built the same way (one level deep), the application as a Context (ART) and null
 * otherwise. Calls run on the agent's thread, one after the other: a method that needs the main
 * thread throws (CalledFromWrongThreadException), one that blocks holds up the rest until the
 * host's stop. docs/device.md lists what each Android version allows.
 */

import Java from "frida-java-bridge";

import { arrayComponent, defaultKind, emptyStats, invocationOrder, parseTarget, type InvokeStats, type MethodTarget } from "../core/invoke.js";
import { isFramework } from "../core/signatures.js";
import { reportError } from "./transport.js";

type Flavor = "art" | "jvm";
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type J = any;

export interface InvokeOptions {
  appPackage: string;
  maxMethods: number;
}

const MAX_ERRORS = 10;
const ACC_ABSTRACT = 0x400;
const ACC_INTERFACE = 0x200;

class Invoker {
  private readonly wrappers = new Map<string, J | null>();
  private readonly instances = new Map<string, J | null>();
  private loaders: J[] | null = null;
  private context: J | null | undefined = undefined;

  constructor(private readonly flavor: Flavor) {}

  /** The class wrapper of `className` from whichever loader defines it (null: none does). */
  wrapper(className: string): J | null {
    if (this.wrappers.has(className)) return this.wrappers.get(className);
    let found: J | null = null;
    try {
      found = Java.use(className);
    } catch {
      if (this.flavor === "art") {
        this.loaders ??= Java.enumerateClassLoadersSync();
        for (const loader of this.loaders) {
          try {
            found = Java.ClassFactory.get(loader).use(className);
            break;
          } catch {
            // not this loader's
          }
        }
      }
    }
    this.wrappers.set(className, found);
    return found;
  }

  private appContext(): J | null {
    if (this.context === undefined) {
      this.context = null;
      if (this.flavor === "art") {
        try {
          this.context = Java.use("android.app.ActivityThread").currentApplication();
        } catch {
          this.context = null;
        }
      }
    }
    return this.context;
  }

  value(typeName: string, depth: number): J {
    switch (defaultKind(typeName)) {
      case "false":
        return false;
      case "zero":
        return 0;
      case "char":
        return "\0";
      case "string":
        return "";
      case "null":
        return null;
      case "array":
        return Java.array(arrayComponent(typeName), []);
      case "object": {
        if (typeName === "android.content.Context" || typeName === "android.app.Application") return this.appContext();
        if (depth <= 0 || isFramework(`L${typeName.replace(/\./g, "/")};`)) return null;
        return this.instance(typeName, depth - 1);
      }
    }
  }

  /** An object of `className` built by its own constructor, else allocated without one. */
  instance(className: string, depth = 1): J | null {
    if (this.instances.has(className)) return this.instances.get(className);
    this.instances.set(className, null); // a constructor needing its own class gets null
    const w = this.wrapper(className);
    let obj: J | null = null;
    if (w !== null && (w.class.getModifiers() & (ACC_ABSTRACT | ACC_INTERFACE)) === 0) {
      const ctors = [...w.class.getDeclaredConstructors()].sort((a: J, b: J) => a.getParameterTypes().length - b.getParameterTypes().length);
      for (const ctor of ctors.slice(0, 1)) {
        const types = [...ctor.getParameterTypes()].map((t: J) => String(t.getName()));
        try {
          obj = w.$new.overload(...types).call(w, ...types.map((t) => this.value(t, depth)));
        } catch {
          obj = null;
        }
      }
      if (obj === null) {
        try {
          obj = w.$alloc();
        } catch {
          obj = null;
        }
      }
    }
    this.instances.set(className, obj);
    return obj;
  }

  call(t: MethodTarget, stats: InvokeStats): void {
    const w = this.wrapper(t.className);
    if (w === null) {
      stats.unresolved++;
      note(stats, `${t.signature}: class not found`);
      return;
    }
    let method: J;
    try {
      method = t.isConstructor ? w.$new.overload(...t.params) : w[t.name].overload(...t.params);
    } catch (e) {
      stats.unresolved++;
      note(stats, `${t.signature}: ${oneLine(e)}`);
      return;
    }
    const args = t.params.map((p) => this.value(p, 1));
    let receiver: J = w;
    if (!t.isConstructor && !isStatic(method)) {
      receiver = this.instance(t.className);
      if (receiver === null) {
        stats.noReceiver++;
        return;
      }
    }
    stats.invoked++;
    try {
      method.call(receiver, ...args);
      stats.returned++;
    } catch (e) {
      stats.threw++;
      note(stats, `${t.signature}: ${oneLine(e)}`);
    }
  }
}

function isStatic(method: J): boolean {
  return method.type === 2; // frida-java-bridge: 1 constructor, 2 static, 3 instance
}

function oneLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0].slice(0, 300);
}

function note(stats: InvokeStats, why: string): void {
  if (stats.errors.length < MAX_ERRORS) stats.errors.push(why);
}

/** Calls each of `signatures` (smali notation) once; returns what happened. */
export function invokeAll(flavor: Flavor, signatures: string[], opts: InvokeOptions): InvokeStats {
  const ordered = invocationOrder(signatures, opts.appPackage).slice(0, Math.max(0, opts.maxMethods));
  const stats = emptyStats(ordered.length);
  Java.performNow(() => {
    const invoker = new Invoker(flavor);
    for (const sig of ordered) {
      const t = parseTarget(sig);
      if (t === null) {
        stats.unresolved++;
        note(stats, `${sig}: not a method signature`);
        continue;
      }
      if (t.isInitializer) {
        stats.skipped++;
        continue;
      }
      try {
        invoker.call(t, stats);
      } catch (e) {
        reportError(`invoke-all ${sig}`, e);
        stats.unresolved++;
      }
    }
  });
  return stats;
}
