/**
 * ICC hooks: the app hands an intent to the system (start an activity or a service, bind a
 * service, send a broadcast) and the intent reaches one of the app's own components -> one `icc`
 * record per (caller, pc, api, kind, target), counted like reflective calls.
 *
 * Hooked are the framework methods every app-facing variant funnels through, so one app call
 * gives one record (a per-thread guard also keeps nested hooked calls from recording twice):
 * - activities: `Instrumentation.execStartActivity` / `execStartActivities` (Context/ContextImpl/
 *   Activity `startActivity`, `startActivityForResult`, fragments and child activities end there);
 * - services: `ContextImpl.startServiceCommon` and `bindServiceCommon` (every `startService`,
 *   `startForegroundService`, `bindService` variant; ContextWrapper delegates to ContextImpl);
 * - broadcasts: `ContextImpl.sendBroadcast*`, `sendOrderedBroadcast*`, `sendSticky*` (no common
 *   Java funnel there);
 * - receivers registered at run time: `ContextImpl.registerReceiverInternal` (or the public
 *   `registerReceiver*` when absent) and `unregisterReceiver`.
 * The api and caller come from the stack (core/icc.ts, `iccCallSite`); the target from the intent's
 * component or the package manager's resolution (flags 0) limited to the app's package.
 */

import Java from "frida-java-bridge";

import { type IccKind, type IntentFacts, ReceiverRegistry, type ResolvedComponent, componentDescriptor, iccCallSite, iccTargets } from "../core/icc.js";
import { isFramework } from "../core/signatures.js";
import { currentFrames } from "./caller.js";
import { guarded, inOwnCode } from "./reflection.js";
import { countIcc } from "./transport.js";

type Flavor = "art" | "jvm";
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type J = any;

/** Frames read per ICC call: the app frame sits below a handful of framework frames. */
const STACK_LIMIT = 32;

const receivers = new ReceiverRegistry();
/** Threads inside a hooked ICC method (nested hooked calls of the same app call do not record). */
const active = new Set<number>();

let appPackage: string | null = null;
let targetSdk: number | null = null;
let activityThreadMissing = false;

/** The process's package (the app's own components live there), asked once. */
function packageOf(ctx: J): string | null {
  if (appPackage !== null) return appPackage;
  if (!activityThreadMissing) {
    try {
      const name = Java.use("android.app.ActivityThread").currentPackageName() as string | null;
      if (name !== null) appPackage = String(name);
    } catch {
      activityThreadMissing = true;
    }
  }
  if (appPackage === null && ctx !== null) appPackage = String(ctx.getPackageName());
  if (targetSdk === null && ctx !== null) {
    try {
      targetSdk = Number(ctx.getApplicationInfo().targetSdkVersion.value);
    } catch {
      // Unknown: implicit broadcasts are assumed to reach manifest receivers.
    }
  }
  return appPackage;
}

function intentFacts(intent: J): IntentFacts {
  const c = intent.getComponent();
  const pkg = intent.getPackage();
  const action = intent.getAction();
  return {
    component: c === null ? null : { packageName: String(c.getPackageName()), className: String(c.getClassName()) },
    package: pkg === null ? null : String(pkg),
    action: action === null ? null : String(action),
    flags: Number(intent.getFlags()),
  };
}

function componentOf(info: J): ResolvedComponent | null {
  return info === null ? null : { packageName: String(info.packageName.value), className: String(info.name.value) };
}

/** What the package manager resolves an implicit intent to (flags 0), as the system would. */
function resolve(ctx: J, kind: IccKind, intent: J): ResolvedComponent[] {
  const pm = ctx.getPackageManager();
  if (kind === "activity") {
    const ri = pm.resolveActivity.overload("android.content.Intent", "int").call(pm, intent, 0);
    const c = ri === null ? null : componentOf(ri.activityInfo.value);
    return c === null ? [] : [c];
  }
  if (kind === "service" || kind === "bind") {
    const ri = pm.resolveService.overload("android.content.Intent", "int").call(pm, intent, 0);
    const c = ri === null ? null : componentOf(ri.serviceInfo.value);
    return c === null ? [] : [c];
  }
  const list = pm.queryBroadcastReceivers.overload("android.content.Intent", "int").call(pm, intent, 0);
  const out: ResolvedComponent[] = [];
  if (list === null) return out;
  const ResolveInfo = Java.use("android.content.pm.ResolveInfo");
  const n = Math.min(Number(list.size()), 1000);
  for (let i = 0; i < n; i++) {
    const c = componentOf(Java.cast(list.get(i), ResolveInfo).activityInfo.value);
    if (c !== null) out.push(c);
  }
  return out;
}

/** Descriptors of the app components `intent` reaches (empty when it leaves the app). */
function targetsOf(ctx: J, kind: IccKind, intent: J): string[] {
  const pkg = packageOf(ctx);
  if (pkg === null || intent === null) return [];
  const facts = intentFacts(intent);
  const resolved = facts.component === null && (facts.package === null || facts.package === pkg) ? resolve(ctx, kind, intent) : [];
  const out: string[] = [];
  for (const name of iccTargets(kind, facts, pkg, resolved, receivers, targetSdk)) {
    const d = componentDescriptor(name);
    if (d !== null) out.push(d);
  }
  return out;
}

interface Pending {
  caller: string;
  pc: number;
  api: string;
  kind: IccKind;
  targets: string[];
}

interface Hooked {
  kind: IccKind;
  /** api when the stack does not tell which method the app called. */
  fallbackApi: string;
  /** The Context the call runs against: `this` (ContextImpl) or an argument (Instrumentation's `who`). */
  context: (self: J, args: J[]) => J;
  /** Whether the call reached the system, from its result (e.g. startService returns null when not started). */
  delivered?: (result: J) => boolean;
  /** Targets from the result instead of resolution (startService returns the service it started). */
  targetsFromResult?: (result: J, pkg: string) => string[] | null;
}

function indexOfType(types: { className: string }[], className: string): number {
  return types.findIndex((t) => t.className === className);
}

/** Replaces every overload of `cls.name` that takes an Intent (or Intent[]) with a recording one. */
function hookIcc(cls: J, name: string, flavor: Flavor, how: Hooked): number {
  const dispatcher = cls[name];
  if (dispatcher === undefined) return 0;
  let n = 0;
  for (const overload of dispatcher.overloads) {
    const types = overload.argumentTypes as { className: string }[];
    const one = indexOfType(types, "android.content.Intent");
    const many = one < 0 ? indexOfType(types, "[Landroid.content.Intent;") : -1;
    if (one < 0 && many < 0) continue;
    overload.implementation = function (this: J, ...args: J[]): J {
      const tid = Process.getCurrentThreadId();
      if (active.has(tid) || inOwnCode()) return overload.apply(this, args);
      active.add(tid);
      let pending: Pending[] = [];
      let result: J;
      try {
        guarded(() => {
          const site = iccCallSite(currentFrames(flavor, STACK_LIMIT), how.fallbackApi);
          if (site === null) return;
          const ctx = how.context(this, args);
          if (packageOf(ctx) === null) return;
          const intents: J[] = [];
          if (one >= 0) intents.push(args[one]);
          else if (args[many] !== null) for (let i = 0; i < Math.min(args[many].length, 64); i++) intents.push(args[many][i]);
          pending = intents.map((intent) => ({ ...site, kind: how.kind, targets: how.targetsFromResult !== undefined ? [] : targetsOf(ctx, how.kind, intent) }));
        }, `icc hook ${name}`);
        result = overload.apply(this, args);
      } finally {
        active.delete(tid);
      }
      // Only a call that returned normally (and, where it says so, reached a component) counts.
      if (pending.length > 0 && (how.delivered === undefined || how.delivered(result))) {
        guarded(() => {
          for (const p of pending) {
            const targets = how.targetsFromResult !== undefined && appPackage !== null ? (how.targetsFromResult(result, appPackage) ?? []) : p.targets;
            for (const target of targets) countIcc({ caller: p.caller, pc: p.pc, api: p.api, kind: p.kind, target });
          }
        }, `icc hook ${name}`);
      }
      return result;
    };
    n++;
  }
  return n;
}

/** Hooks the first of `funnels` the class has, else every name of `fallbacks`; returns what was hooked. */
function hookFunnel(cls: J, clsName: string, funnels: string[], fallbacks: string[], flavor: Flavor, how: (name: string) => Hooked): string[] {
  for (const f of funnels) if (hookIcc(cls, f, flavor, how(f)) > 0) return [`${clsName}.${f}`];
  const out: string[] = [];
  for (const f of fallbacks) if (hookIcc(cls, f, flavor, how(f)) > 0) out.push(`${clsName}.${f}`);
  return out;
}

function receiverKey(receiver: J): string {
  const System = Java.use("java.lang.System");
  return `${System.identityHashCode(receiver)}:${receiver.getClass().getName()}`;
}

function hookRegistration(cls: J, name: string): number {
  const dispatcher = cls[name];
  if (dispatcher === undefined) return 0;
  let n = 0;
  for (const overload of dispatcher.overloads) {
    const types = overload.argumentTypes as { className: string }[];
    const r = indexOfType(types, "android.content.BroadcastReceiver");
    const f = indexOfType(types, "android.content.IntentFilter");
    if (r < 0) continue;
    overload.implementation = function (this: J, ...args: J[]): J {
      const result = overload.apply(this, args);
      const receiver = args[r];
      if (receiver !== null) {
        guarded(() => {
          if (f < 0) {
            receivers.unregister(receiverKey(receiver));
            return;
          }
          const filter = args[f];
          const actions: string[] = [];
          if (filter !== null) {
            const count = Math.min(Number(filter.countActions()), 256);
            for (let i = 0; i < count; i++) actions.push(String(filter.getAction(i)));
          }
          const cls = String(receiver.getClass().getName());
          // Receivers the framework registers on the app's context are not app components.
          const d = componentDescriptor(cls);
          if (d !== null && !isFramework(d)) receivers.register(receiverKey(receiver), cls, actions);
        }, `icc hook ${name}`);
      }
      return result;
    };
    n++;
  }
  return n;
}

const BROADCASTS = [
  "sendBroadcast",
  "sendBroadcastMultiplePermissions",
  "sendBroadcastWithMultiplePermissions",
  "sendOrderedBroadcast",
  "sendBroadcastAsUser",
  "sendOrderedBroadcastAsUser",
  "sendStickyBroadcast",
  "sendStickyBroadcastAsUser",
  "sendStickyOrderedBroadcast",
  "sendStickyOrderedBroadcastAsUser",
];

export function installIccHooks(flavor: Flavor): string[] {
  let Instrumentation: J;
  let ContextImpl: J;
  try {
    Instrumentation = Java.use("android.app.Instrumentation");
    ContextImpl = Java.use("android.app.ContextImpl");
  } catch (e) {
    // A plain JVM has no Android framework: nothing to hook there.
    if (flavor === "jvm") return [];
    throw e;
  }
  const installed: string[] = [];
  const who = (_self: J, args: J[]): J => args[0];
  const self = (s: J): J => s;
  if (hookIcc(Instrumentation, "execStartActivity", flavor, { kind: "activity", fallbackApi: "Context.startActivity", context: who }) > 0) {
    installed.push("Instrumentation.execStartActivity");
  }
  for (const name of ["execStartActivities", "execStartActivitiesAsUser"]) {
    if (hookIcc(Instrumentation, name, flavor, { kind: "activity", fallbackApi: "Context.startActivities", context: who }) > 0) {
      installed.push(`Instrumentation.${name}`);
    }
  }
  installed.push(
    ...hookFunnel(ContextImpl, "ContextImpl", ["startServiceCommon"], ["startService", "startForegroundService", "startServiceAsUser", "startForegroundServiceAsUser"], flavor, (name) => ({
      kind: "service",
      fallbackApi: name === "startForegroundService" ? "Context.startForegroundService" : "Context.startService",
      context: self,
      delivered: (result) => result !== null,
      targetsFromResult: (result, pkg) => {
        if (result === null) return [];
        const c = { packageName: String(result.getPackageName()), className: String(result.getClassName()) };
        const d = c.packageName === pkg ? componentDescriptor(c.className) : null;
        return d === null ? [] : [d];
      },
    })),
  );
  installed.push(
    ...hookFunnel(ContextImpl, "ContextImpl", ["bindServiceCommon"], ["bindService", "bindIsolatedService", "bindServiceAsUser"], flavor, () => ({
      kind: "bind",
      fallbackApi: "Context.bindService",
      context: self,
      delivered: (result) => result === true,
    })),
  );
  for (const name of BROADCASTS) {
    if (hookIcc(ContextImpl, name, flavor, { kind: "receiver", fallbackApi: `Context.${name}`, context: self }) > 0) installed.push(`ContextImpl.${name}`);
  }
  if (hookRegistration(ContextImpl, "registerReceiverInternal") > 0) installed.push("ContextImpl.registerReceiverInternal");
  else {
    for (const name of ["registerReceiver", "registerReceiverAsUser", "registerReceiverForAllUsers"]) {
      if (hookRegistration(ContextImpl, name) > 0) installed.push(`ContextImpl.${name}`);
    }
  }
  if (hookRegistration(ContextImpl, "unregisterReceiver") > 0) installed.push("ContextImpl.unregisterReceiver");
  return installed;
}
