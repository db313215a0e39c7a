/**
 * Inter-component calls (ICC), the platform-independent part: which app frame handed an intent
 * to the system and through which API (from the stack), which of the app's own components the
 * intent reaches (explicit component, the package manager's resolution, receivers registered at
 * run time), and the bounds a record must respect to be a valid `icc` message.
 */

import { type IccKind, MAX_NAME } from "./messages.js";
import { classOfSignature, descriptorOf, isClassDescriptor, isFramework } from "./signatures.js";

export type { IccKind };

/** Methods `android.content.Context` declares that hand an intent to the system. */
const CONTEXT_METHODS = new Set([
  "startActivity",
  "startActivities",
  "startActivityAsUser",
  "startService",
  "startForegroundService",
  "startServiceAsUser",
  "startForegroundServiceAsUser",
  "bindService",
  "bindIsolatedService",
  "bindServiceAsUser",
  "sendBroadcast",
  "sendBroadcastAsUser",
  "sendBroadcastWithMultiplePermissions",
  "sendBroadcastMultiplePermissions",
  "sendOrderedBroadcast",
  "sendOrderedBroadcastAsUser",
  "sendStickyBroadcast",
  "sendStickyBroadcastAsUser",
  "sendStickyOrderedBroadcast",
  "sendStickyOrderedBroadcastAsUser",
]);

/** Methods only `android.app.Activity` (or `Fragment`) declares. */
const ACTIVITY_METHODS = new Set([
  "startActivityForResult",
  "startActivityIfNeeded",
  "startActivityFromChild",
  "startActivityFromFragment",
  "startNextMatchingActivity",
  "startActivityForResultAsUser",
  "startIntentSenderForResult",
]);

/** Framework classes that implement Context's methods (a stack frame names the class whose code runs). */
const CONTEXT_CLASSES = new Set([
  "Landroid/content/Context;",
  "Landroid/content/ContextWrapper;",
  "Landroid/content/MutableContextWrapper;",
  "Landroid/view/ContextThemeWrapper;",
  "Landroid/app/ContextImpl;",
  "Landroid/app/ReceiverRestrictedContext;",
  "Landroid/app/Activity;",
  "Landroid/app/Service;",
  "Landroid/app/Application;",
]);
const ACTIVITY = "Landroid/app/Activity;";

/**
 * The `api` of a stack frame (`Landroid/app/Activity;->startActivity(...)V`) when its method
 * hands an intent to the system, else null. The class is the framework class that declares the
 * method: `Context` for Context's methods whatever subclass overrides them (ContextWrapper,
 * ContextImpl, Activity), `Activity` for Activity's own, `Fragment` for fragments' (framework,
 * support library or androidx). A platform frame must belong to a Context class, an activity or a
 * fragment: same-named methods of others
 * (`TaskStackBuilder.startActivities()`) take no intent from the app. An app frame of that name
 * is app code overriding or wrapping the framework method (support-library activities and
 * fragments, an app's own `startActivity` override) and is named the same way.
 */
export function iccApiOfFrame(signature: string, platform: (s: string) => boolean = isFramework): string | null {
  const arrow = signature.indexOf("->");
  const paren = signature.indexOf("(", arrow);
  if (arrow < 0 || paren < 0) return null;
  const name = signature.slice(arrow + 2, paren);
  const isContextMethod = CONTEXT_METHODS.has(name);
  if (!isContextMethod && !ACTIVITY_METHODS.has(name)) return null;
  const cls = classOfSignature(signature);
  const simple = cls.slice(cls.lastIndexOf("/") + 1, -1);
  if (/^(?:[A-Z][A-Za-z0-9]*)?Fragment$/.test(simple)) return "Fragment." + name;
  if (!platform(signature)) return (isContextMethod ? "Context." : "Activity.") + name;
  // Platform frames (android.support.* counts as platform too): Context classes and activities.
  const activity = cls === ACTIVITY || /Activity$/.test(simple);
  if (isContextMethod) return CONTEXT_CLASSES.has(cls) || activity ? "Context." + name : null;
  return activity ? "Activity." + name : null;
}

export interface IccSite {
  caller: string;
  pc: number;
  api: string;
}

/**
 * Call site of an intent hand-off from the stack at the hooked framework method (signatures
 * innermost first, null where unresolved). Outward from the hook, platform frames and app frames
 * that are themselves links of the hand-off (app overrides of `startActivityForResult` and the
 * like, whose callers reach them through `startActivity`) are skipped: the caller is the first
 * app frame that is neither, the outermost app code that made the call. The api is the method
 * that frame called (the frame just inside it): `startActivity` even when the framework or a
 * support library funnels it into `startActivityForResult` and `Instrumentation.execStartActivity`.
 * When that frame is unknown the hooked method's own api stands in (`fallbackApi`). Returns null
 * when no app frame made the call, or when the app called some other framework method that sent
 * the intent itself (no invoke with an intent in the app's code to link).
 */
export function iccCallSite(frames: readonly (string | null)[], fallbackApi: string, platform: (s: string) => boolean = isFramework): IccSite | null {
  const at = frames.findIndex((f) => f !== null && !platform(f) && iccApiOfFrame(f, platform) === null);
  if (at < 0) return null;
  const caller = frames[at] as string;
  const inner = at > 0 ? frames[at - 1] : null;
  if (inner === null || inner === undefined) return { caller, pc: -1, api: fallbackApi };
  const api = iccApiOfFrame(inner, platform);
  return api === null ? null : { caller, pc: -1, api };
}

/** What the agent reads from an `android.content.Intent` to decide where it goes. */
export interface IntentFacts {
  /** `getComponent()`: package and class name, or null for an implicit intent. */
  component: { packageName: string; className: string } | null;
  /** `getPackage()`: restricts an implicit intent to one package. */
  package: string | null;
  action: string | null;
  flags: number;
}

/** A component the package manager resolved: `ComponentInfo.packageName` and `.name`. */
export interface ResolvedComponent {
  packageName: string;
  className: string;
}

// android.content.Intent flags.
export const FLAG_RECEIVER_EXCLUDE_BACKGROUND = 0x00800000;
export const FLAG_RECEIVER_INCLUDE_BACKGROUND = 0x01000000;
/** Android 8 (API 26): implicit broadcasts no longer reach manifest receivers of apps targeting it. */
export const IMPLICIT_BROADCAST_LIMIT_SDK = 26;

/** Most receivers and actions per receiver remembered (an app registering without end must not exhaust memory). */
export const MAX_RECEIVERS = 10_000;
export const MAX_ACTIONS_PER_RECEIVER = 256;

/**
 * Receivers registered at run time (`Context.registerReceiver`): receiver object (by an identity
 * key) -> its class and the actions of its filters. Registering the same object again adds
 * filters, as the system does; unregistering forgets it.
 */
export class ReceiverRegistry {
  private readonly receivers = new Map<string, { className: string; actions: Set<string> }>();

  get size(): number {
    return this.receivers.size;
  }

  register(key: string, className: string, actions: readonly string[]): boolean {
    let r = this.receivers.get(key);
    if (r === undefined) {
      if (this.receivers.size >= MAX_RECEIVERS || className.length > MAX_NAME) return false;
      r = { className, actions: new Set() };
      this.receivers.set(key, r);
    }
    for (const a of actions) {
      if (r.actions.size >= MAX_ACTIONS_PER_RECEIVER) break;
      if (a.length <= MAX_NAME) r.actions.add(a);
    }
    return true;
  }

  unregister(key: string): void {
    this.receivers.delete(key);
  }

  /** Class names of the registered receivers whose filters list `action` (each once, registration order). */
  match(action: string): string[] {
    const out = new Set<string>();
    for (const r of this.receivers.values()) if (r.actions.has(action)) out.add(r.className);
    return [...out];
  }
}

/** `new ComponentName(pkg, ".Cls")` keeps the short form; the system reads it relative to pkg. */
export function fullClassName(packageName: string, className: string): string {
  return className.startsWith(".") ? packageName + className : className;
}

/** Whether an implicit broadcast reaches the app's manifest receivers (the Android 8 background limit). */
export function implicitBroadcastReachesManifest(intent: IntentFacts, targetSdk: number | null): boolean {
  if ((intent.flags & FLAG_RECEIVER_EXCLUDE_BACKGROUND) !== 0) return false;
  if (intent.package !== null || (intent.flags & FLAG_RECEIVER_INCLUDE_BACKGROUND) !== 0) return true;
  return targetSdk === null || targetSdk < IMPLICIT_BROADCAST_LIMIT_SDK;
}

/**
 * Binary class names of the app's components an intent reaches. Explicit: the component when it
 * is in the app's package, else none. Implicit: none when `getPackage()` names another app;
 * activities and services: the package manager's choice (`resolved[0]`) when in the app's
 * package; receivers: every resolved manifest receiver of the app (unless the Android 8 limit
 * keeps the broadcast from them) plus every receiver registered at run time for the action.
 */
export function iccTargets(
  kind: IccKind,
  intent: IntentFacts,
  appPackage: string,
  resolved: readonly ResolvedComponent[],
  registry: ReceiverRegistry | null = null,
  targetSdk: number | null = null,
): string[] {
  if (intent.component !== null) {
    const c = intent.component;
    return c.packageName === appPackage ? [fullClassName(c.packageName, c.className)] : [];
  }
  if (intent.package !== null && intent.package !== appPackage) return [];
  const own = resolved.filter((r) => r.packageName === appPackage).map((r) => fullClassName(r.packageName, r.className));
  if (kind !== "receiver") {
    const first = resolved[0];
    return first !== undefined && first.packageName === appPackage ? [fullClassName(first.packageName, first.className)] : [];
  }
  const out = new Set<string>(implicitBroadcastReachesManifest(intent, targetSdk) ? own : []);
  if (registry !== null && intent.action !== null) for (const c of registry.match(intent.action)) out.add(c);
  return [...out];
}

/** Descriptor of a component class name when it is a valid, bounded class descriptor, else null. */
export function componentDescriptor(className: string): string | null {
  if (className.length > MAX_NAME - 2) return null;
  const d = descriptorOf(className);
  return isClassDescriptor(d) ? d : null;
}

/** Counter key of one icc record: (caller, pc, api, kind, target). */
export function iccKey(caller: string, pc: number, api: string, kind: IccKind, target: string): string {
  return `${caller}\u0000${pc}\u0000${api}\u0000${kind}\u0000${target}`;
}
