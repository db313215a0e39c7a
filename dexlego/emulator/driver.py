"""Drive an app as a user and the system would: the Application, the launcher activity's full
lifecycle (with save/restore of its state), every registered click and callback listener,
location updates, broadcasts to the app's receivers, and every component started by intents.

Each event runs under a guard: an uncaught Java exception ends that event (as a crash would
end the component) and becomes a runtime_error; the next event still runs. The budget and
the timeout (`StopRun`) end the whole run.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from dexlego.catalog.callbacks import callback_methods, component_callbacks
from dexlego.emulator.apkinfo import ApkInfo
from dexlego.emulator.broadcasts import system_broadcast
from dexlego.emulator.errors import StopRun, ThreadBlocked
from dexlego.emulator.framework.android.app import Android, activity_state
from dexlego.emulator.framework.android.content import intent_state, new_intent
from dexlego.emulator.framework.android.location import new_location
from dexlego.emulator.framework.android.os import new_bundle
from dexlego.emulator.framework.android.view import decor_of, find_in_window, traverse_window, walk
from dexlego.emulator.framework.inflation import inflater_for
from dexlego.emulator.vm.classes import APP
from dexlego.emulator.vm.interp import JavaThrow
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray, JObject
from reassembler.sigs import split_types

MAX_COMPONENT_STARTS = 40
# Callback types whose trigger the emulator models precisely: they are called when it happens (a
# message sent, a preference committed, an activity's lifecycle), never out of the blue.
MODELED_TRIGGERS = frozenset({
    "Landroid/os/Handler$Callback;", "Landroid/content/SharedPreferences$OnSharedPreferenceChangeListener;",
    "Landroid/app/Application$ActivityLifecycleCallbacks;", "Landroid/content/ComponentCallbacks;",
    "Landroid/content/ComponentCallbacks2;",
})  # fmt: skip
# Component callbacks the driver calls on their own edges of the lifecycle or with the data
# their contract needs (results, permissions, saved state, bindings, intents, broadcasts).
DRIVEN = frozenset({
    "onCreate", "onStart", "onRestart", "onResume", "onPostCreate", "onPostResume", "onPause",
    "onStop", "onDestroy", "onSaveInstanceState", "onRestoreInstanceState", "onActivityResult",
    "onRequestPermissionsResult", "onNewIntent", "onBind", "onUnbind", "onRebind",
    "onStartCommand", "onReceive", "onAttach", "onDetach", "onCreateView", "onViewCreated",
    "onDestroyView", "onActivityCreated", "onAttachedToWindow", "onDetachedFromWindow",
    "onMeasure", "onLayout", "onDraw", "onSizeChanged", "onFinishInflate", "onTerminate",
    "onLowMemory", "onTrimMemory", "onConfigurationChanged", "onRetainNonConfigurationInstance",
    "onCreateDialog", "onPrepareDialog", "onTaskRemoved", "onHandleIntent",
})  # fmt: skip
MAX_CLICKS = 60


class Driver:
    """Runs the app's entry points in a fixed, deterministic order."""

    def __init__(self, vm: VM, info: ApkInfo) -> None:
        self.vm = vm
        self.info = info
        self.state = Android(info)
        vm.env["android"] = self.state
        vm.env["package"] = info.package
        self.starts = 0
        self.launched: dict[str, int] = {}
        self.clicked = 0
        self.called: set[tuple[int, str]] = set()  # (id(object), method key) the driver called
        self.delivered: set[tuple[int, str]] = set()  # (id(receiver), action) system broadcasts
        self._keep: dict[int, Any] = {}  # those objects, alive so that their ids stay unique
        self.status = "complete"
        self.reason = "all events delivered"

    # -- guards ----------------------------------------------------------------------------

    def event(self, what: str, fn: Callable[[], Any]) -> Any:
        """Run one event and then the tasks it queued; Java exceptions end only the event."""
        result = None
        completed = False
        try:
            result = fn()
            completed = True
        except JavaThrow as t:
            self._uncaught(what, t)
        except ThreadBlocked as b:
            # The main thread never returns from the call: Application Not Responding.
            self.vm.rec.blocked_thread(b.api, "the main thread")
            self.vm.rec.runtime_error(f"ANR: the main thread blocked forever in {b.api} in {what}",
                                      None)  # fmt: skip
        self.vm.rec.event_done(what, completed)
        self.drain()
        return result

    def drain(self) -> None:
        vm = self.vm
        n = 0
        while vm.tasks and n < 500:
            task = vm.tasks.popleft()
            n += 1
            try:
                vm.run_task(task)
            except JavaThrow as t:
                self._uncaught("a queued task", t)
            except ThreadBlocked as b:
                vm.rec.blocked_thread(b.api, "a background thread")

    def _uncaught(self, what: str, t: JavaThrow) -> None:
        msg = t.obj.native.get("message") if isinstance(t.obj.native, dict) else None
        text = f"uncaught {t.obj.cls.name}" + (f" ({msg})" if msg else "") + f" in {what}"
        # where the exception was created (Throwable's constructor records the Java stack)
        stack = t.obj.native.get("stack", ()) if isinstance(t.obj.native, dict) else ()
        stack = stack or self.vm.java_stack()
        where, pc = stack[0] if stack else (None, None)
        self.vm.rec.runtime_error(text, where, pc, tuple(stack))

    def fire(self, what: str, obj: Any, key: str, *args: Any) -> Any:
        """`event(what)` calling `obj.key(args)`."""
        return self.event(what, partial(self.call, obj, key, *args))

    def call(self, obj: Any, key: str, *args: Any) -> Any:
        """Call `obj.key(args)` if the app's class (or a model) implements it."""
        self.called.add((id(obj), key))
        self._keep[id(obj)] = obj
        return self.vm.call_virtual(obj, key, list(args))

    def new_component(self, desc: str) -> JObject | None:
        vm = self.vm
        try:
            obj = vm.new_instance(desc)
            m = vm.lookup(obj.cls, "<init>()V", "<init>", None)
            if not m.unmodeled:
                vm.invoke(m, [obj])
            return obj
        except JavaThrow as t:
            self._uncaught(f"instantiating {desc}", t)
            return None

    # -- the run ---------------------------------------------------------------------------

    def run(self) -> None:
        try:
            self._run()
        except StopRun as stop:
            self.status = "incomplete"
            self.reason = stop.reason
        finally:
            self.vm.stack.clear()

    def _run(self) -> None:
        info = self.info
        self.start_application()
        launcher = info.launcher or next(
            (c.descriptor for c in info.of_kind("activity") if c.enabled), None
        )
        if launcher is not None:
            intent = new_intent(self.vm, "android.intent.action.MAIN", launcher)
            self.launch_activity(launcher, intent, None, None, main=True)
        self.process_pending()
        # The system side: broadcasts the app's receivers listen for, exported components.
        for c in info.of_kind("receiver"):
            if c.enabled:
                actions: list[str | None] = list(c.actions) or [None]
                for action in actions:
                    intent = system_broadcast(self.vm, action, c.descriptor)
                    self.deliver_broadcast(c.descriptor, None, intent)
                    self.process_pending()
        # Components the app declares but did not start itself: other apps, the system or a
        # later session may start them, so each runs once.
        for c in info.of_kind("service"):
            if c.enabled and c.descriptor not in self.state.services:
                intent = new_intent(self.vm, c.actions[0] if c.actions else None, c.descriptor)
                self.start_service(c.descriptor, intent, None)
                self.process_pending()
        for c in info.of_kind("activity"):
            if c.enabled and c.descriptor not in self.launched:
                intent = new_intent(self.vm, c.actions[0] if c.actions else None, c.descriptor)
                self.launch_activity(c.descriptor, intent, None, None, main=False)
                self.process_pending()
        # The user opens the app again: static state left by other components is now seen.
        if launcher is not None and self.launched:
            intent = new_intent(self.vm, "android.intent.action.MAIN", launcher)
            self.launch_activity(launcher, intent, None, None, main=True)
            self.process_pending()
        services = list(self.state.services.items())
        self.system_callbacks([svc for _, svc in services])
        for _, svc in services:
            self.callbacks_of(svc, None, None)
        self.listener_callbacks(None)
        for desc, svc in services:
            self.fire(f"{desc}.onDestroy", svc, "onDestroy()V")
        app = self.state.app
        if app is not None:
            self.event("Application.onTerminate", lambda: self.call(app, "onTerminate()V"))

    def start_application(self) -> None:
        vm = self.vm
        desc = self.info.application
        app = self.new_component(desc) if desc else None
        if app is None:
            app = vm.new_object("Landroid/app/Application;")
        self.state.app = app
        vm.env["application"] = app
        self.event("Application.attachBaseContext",
                   lambda: self.call(app, "attachBaseContext(Landroid/content/Context;)V", app))  # fmt: skip
        # Content providers are created before Application.onCreate, as on a device.
        for c in self.info.of_kind("provider"):
            if c.enabled:
                prov = self.new_component(c.descriptor)
                if prov is not None:
                    self.fire(f"{c.descriptor}.onCreate", prov, "onCreate()Z")
        self.event("Application.onCreate", lambda: self.call(app, "onCreate()V"))

    def process_pending(self) -> None:
        st = self.state
        while st.pending and self.starts < MAX_COMPONENT_STARTS:
            p = st.pending.popleft()
            self.starts += 1
            kind = p["kind"]
            if kind == "activity":
                self.launch_activity(p["component"], p["intent"], p.get("caller"),
                                     p.get("request"), main=False)  # fmt: skip
            elif kind in ("service", "bind"):
                self.start_service(p["component"], p["intent"], p.get("conn"))
            elif kind == "unbind":
                self.unbind_service(p["conn"])
            elif kind == "receiver":
                self.deliver_broadcast(p.get("component"), p.get("receiver"), p["intent"])
            elif kind in ("permissions", "external_result"):
                self.system_answer(p)

    # -- activities ------------------------------------------------------------------------

    def launch_activity(self, desc: str, intent: JObject, caller: Any, request: Any,
                        *, main: bool) -> None:  # fmt: skip
        if self.launched.get(desc, 0) >= 3:
            return
        self.launched[desc] = self.launched.get(desc, 0) + 1
        act = self.new_component(desc)
        if act is None:
            return
        vm = self.vm
        ast = activity_state(act)
        ast["intent"] = intent
        ast["caller"] = caller
        vm.env["current_activity"] = act
        self.lifecycle(act, saved=None)
        self.system_answers()
        self.run_fragments(act)
        self.draw_views(act)
        self.ui_events(act)
        self.system_answers()
        self.runtime_broadcasts()
        self.listener_callbacks(act)
        self.component_callbacks(act)
        # Walk the other edges of the lifecycle graph: paused and resumed (a dialog), stopped
        # with its state saved and restarted, hidden again right after onStart (onStart ->
        # onStop), brought back; then the system recreates it from its saved state (a
        # rotation), and finally it is finished.
        saved = new_bundle(vm)
        for key, args in (
            ("onPause()V", ()), ("onResume()V", ()), ("onPause()V", ()),
            ("onSaveInstanceState(Landroid/os/Bundle;)V", (saved,)), ("onStop()V", ()),
            ("onRestart()V", ()), ("onStart()V", ()), ("onStop()V", ()),
            ("onRestart()V", ()), ("onStart()V", ()), ("onResume()V", ()),
            ("onPause()V", ()), ("onStop()V", ()), ("onDestroy()V", ()),
        ):  # fmt: skip
            self.fire(f"{desc}.{key}", act, key, *args)
        again = self.new_component(desc)
        if again is not None:
            activity_state(again)["intent"] = intent
            activity_state(again)["caller"] = caller
            vm.env["current_activity"] = again
            self.lifecycle(again, saved=saved)
            self.event(f"{desc}.onPause", lambda: self.call(again, "onPause()V"))
            self.event(f"{desc}.onStop", lambda: self.call(again, "onStop()V"))
            self.event(f"{desc}.onDestroy", lambda: self.call(again, "onDestroy()V"))
        if caller is not None and request is not None and isinstance(caller, JObject):
            code, data = activity_state(act).get("result", (0, None))
            vm.env["current_activity"] = caller.fields.get("$activity", caller)  # a fragment's host
            self.event(f"{caller.cls.name}.onActivityResult",
                       lambda: self.call(caller, "onActivityResult(IILandroid/content/Intent;)V",
                                         request, code, data))  # fmt: skip
        self.process_pending()

    def lifecycle(self, act: JObject, saved: JObject | None) -> None:
        d = act.cls.name
        self.event(f"{d}.onCreate", lambda: self.call(act, "onCreate(Landroid/os/Bundle;)V", saved))
        self.event(f"{d}.onStart", lambda: self.call(act, "onStart()V"))
        if saved is not None:
            self.event(f"{d}.onRestoreInstanceState",
                       lambda: self.call(act, "onRestoreInstanceState(Landroid/os/Bundle;)V",
                                         saved))  # fmt: skip
        self.event(f"{d}.onPostCreate",
                   lambda: self.call(act, "onPostCreate(Landroid/os/Bundle;)V", saved))  # fmt: skip
        self.event(f"{d}.onResume", lambda: self.call(act, "onResume()V"))
        self.event(f"{d}.onPostResume", lambda: self.call(act, "onPostResume()V"))
        self.event(f"{d}.onWindowFocusChanged",
                   lambda: self.call(act, "onWindowFocusChanged(Z)V", 1))  # fmt: skip

    def run_fragments(self, act: JObject) -> None:
        done: set[int] = set()
        for owner, frag, container_id in list(self.state.fragments):
            if owner is not act or id(frag) in done:
                continue
            done.add(id(frag))
            frag.fields["$activity"] = act
            d = frag.cls.name
            inflater = inflater_for(self.vm, act)
            container = find_in_window(self.vm, act, container_id)
            create_view = ("onCreateView(Landroid/view/LayoutInflater;Landroid/view/ViewGroup;"
                           "Landroid/os/Bundle;)Landroid/view/View;")  # fmt: skip
            for key, args in (
                ("onAttach(Landroid/app/Activity;)V", [act]),
                ("onCreate(Landroid/os/Bundle;)V", [None]),
                (create_view, [inflater, container, None]),
                ("onActivityCreated(Landroid/os/Bundle;)V", [None]),
                ("onStart()V", []),
                ("onResume()V", []),
            ):  # fmt: skip
                view = self.fire(f"{d}.{key}", frag, key, *args)
                if key == create_view and container is not None and isinstance(view, JObject):
                    # FragmentManager: the fragment's view goes into its container.
                    self.event(f"{d} view added", partial(
                        self.call, container, "addView(Landroid/view/View;)V", view))  # fmt: skip

    def draw_views(self, act: JObject) -> None:
        """The window's first traversal (ViewRootImpl.performTraversals): the view tree is
        attached, measured at the screen's size, laid out and drawn."""
        for what, step in traverse_window(self.vm, act):
            self.event(f"{act.cls.name} window {what}", step)

    def ui_events(self, act: JObject) -> None:
        """Click every registered view (three rounds: some screens need a sequence of taps),
        fire other listeners, deliver location updates and system callbacks."""
        st = self.state
        vm = self.vm
        for _ in range(3):
            i = 0
            clicked_this_round = 0
            while i < len(st.clickables) and self.clicked < MAX_CLICKS:
                view, listener, xml, owner = st.clickables[i]
                i += 1
                if owner is not None and owner is not act:
                    continue
                self.clicked += 1
                clicked_this_round += 1
                if listener is not None:
                    self.fire("onClick", listener, "onClick(Landroid/view/View;)V", view)
                elif xml:
                    m = vm.find_virtual(act, f"{xml}(Landroid/view/View;)V")
                    if m is not None:
                        self.event(f"{xml} (android:onClick)", partial(vm.invoke, m, [act, view]))
                self.process_pending_inline()
            if not clicked_this_round:
                break
        for listener, key, args in list(st.other_listeners):
            self.fire(key, listener, key, *args)
        for listener in list(st.location_listeners):
            loc = new_location(vm)
            self.fire("onLocationChanged", listener,
                      "onLocationChanged(Landroid/location/Location;)V", loc)
            self.fire("onProviderEnabled", listener, "onProviderEnabled(Ljava/lang/String;)V",
                      "gps")
            self.fire("onStatusChanged", listener,
                      "onStatusChanged(Ljava/lang/String;ILandroid/os/Bundle;)V", "gps", 2, None)
        self.list_clicks(act)
        self.system_callbacks([act, st.app, *st.component_callbacks])

    # -- the system's answers and callbacks ----------------------------------------------------

    def system_answers(self) -> None:
        """Answers the system owes the app right away: permission requests and results from
        activities of other apps (queued by the models), before the next user event."""
        st = self.state
        keep = []
        while st.pending:
            p = st.pending.popleft()
            if p["kind"] in ("permissions", "external_result"):
                self.system_answer(p)
            else:
                keep.append(p)
        st.pending.extend(keep)

    def system_answer(self, p: dict[str, Any]) -> None:
        if p["kind"] == "permissions":
            key = "onRequestPermissionsResult(I[Ljava/lang/String;[I)V"
            self.fire(key, p["target"], key, p["request"], p["permissions"], p["grants"])
        else:  # RESULT_CANCELED, no data: the user left the other app's activity
            key = "onActivityResult(IILandroid/content/Intent;)V"
            self.fire(key, p["caller"], key, p["request"], 0, None)

    def runtime_broadcasts(self) -> None:
        """The system sends each receiver the app registered at run time the actions of its
        filter once (as it does manifest receivers': the device may emit any of them)."""
        for receiver, actions in list(self.state.receivers):
            for action in actions:
                if (id(receiver), action) not in self.delivered:
                    self.delivered.add((id(receiver), action))
                    self._keep[id(receiver)] = receiver
                    self.deliver_broadcast(None, receiver, system_broadcast(self.vm, action, None))

    def listener_callbacks(self, act: JObject | None) -> None:
        """Every callback of every listener the app registered with the framework (the callback
        types of FlowDroid's AndroidCallbacks.txt) that the driver did not deliver otherwise, in
        declaration order, as user and system events would."""
        for listener, origin in list(self.vm.env.get("listeners", [])):
            self.callbacks_of(listener, origin, act)

    def component_callbacks(self, act: JObject) -> None:
        """The framework callbacks the activity, its fragments and its views override (a key
        press, a menu, a touch...) and the listener interfaces they implement themselves."""
        st = self.state
        decor = decor_of(self.vm, act)
        views = [v for v in walk(decor) if v.cls.kind == APP] if decor is not None else []
        targets = [act, *(f for owner, f, _ in st.fragments if owner is act), *views]
        for target in targets:
            self.callbacks_of(target, None, act)

    def callbacks_of(self, obj: JObject, origin: Any, act: JObject | None) -> None:
        vm = self.vm
        keys: list[str] = []
        for c in obj.cls.ancestors():
            for key in callback_methods().get(c.name, ()) + component_callbacks().get(c.name, ()):
                if key not in keys and c.name not in MODELED_TRIGGERS:
                    keys.append(key)
        for key in keys:
            if key.split("(")[0] in DRIVEN or (id(obj), key) in self.called:
                continue
            if vm.find_virtual(obj, key) is None:
                continue  # the app does not implement it: the framework's default does nothing
            self.fire(f"{obj.cls.name}.{key}", obj, key, *self.args_for(key, origin, act))
            self.process_pending_inline()

    def args_for(self, key: str, origin: Any, act: JObject | None) -> list[Any]:
        """Plausible arguments for a callback: the view or object the listener was registered
        on, the activity as context, fresh framework objects, zero and false."""
        vm = self.vm
        out: list[Any] = []
        for t in split_types(key[key.index("(") + 1 : key.index(")")]):
            if t in ("J", "I", "S", "B", "C", "Z"):
                out.append(0)
            elif t in ("F", "D"):
                out.append(0.0)
            elif t.startswith("["):
                out.append(JArray(t, []))
            elif isinstance(origin, JObject) and vm.is_assignable(origin.cls, t):
                out.append(origin)
            elif t == "Landroid/content/Context;" and act is not None:
                out.append(act)
            elif t == "Landroid/content/Intent;":
                out.append(new_intent(vm))
            elif t == "Landroid/os/Bundle;":
                out.append(new_bundle(vm))
            elif t == "Landroid/location/Location;":
                out.append(new_location(vm))
            else:
                out.append(vm.default_for(t))
        return out

    def list_clicks(self, act: JObject) -> None:
        """The user picks the first entry of list screens (ListActivity, ListFragment)."""
        key = "onListItemClick(Landroid/widget/ListView;Landroid/view/View;IJ)V"
        targets = [act] + [f for owner, f, _ in self.state.fragments if owner is act]
        for t in targets:
            if self.vm.find_virtual(t, key) is not None:
                lv = self.vm.new_object("Landroid/widget/ListView;", {"id": -1, "text": ""})
                self.fire(key, t, key, lv, lv, 0, 0)

    def system_callbacks(self, targets: list[Any]) -> None:
        """Memory pressure (reported twice, as under load) and a configuration change."""
        vm = self.vm
        config = vm.new_object("Landroid/content/res/Configuration;")
        for _ in range(2):
            for target in targets:
                if target is None:
                    continue
                for key, args in (
                    ("onLowMemory()V", []), ("onTrimMemory(I)V", [20]),
                    ("onConfigurationChanged(Landroid/content/res/Configuration;)V", [config]),
                ):  # fmt: skip
                    if vm.find_virtual(target, key) is not None:
                        self.fire(key, target, key, *args)

    # -- services and receivers ------------------------------------------------------------

    def process_pending_inline(self) -> None:
        """Services bound or unbound by a click are handled before the next click."""
        st = self.state
        keep = []
        while st.pending:
            p = st.pending.popleft()
            if p["kind"] in ("bind", "unbind", "service"):
                if p["kind"] == "unbind":
                    self.unbind_service(p["conn"])
                else:
                    self.start_service(p["component"], p["intent"], p.get("conn"))
            elif p["kind"] in ("permissions", "external_result"):
                self.system_answer(p)
            else:
                keep.append(p)
        st.pending.extend(keep)

    def unbind_service(self, conn: Any) -> None:
        st = self.state
        bound = st.bindings.pop(id(conn), None)
        if bound is None:
            return
        desc, intent = bound
        svc = st.services.get(desc)
        if svc is None:
            return
        key = "onUnbind(Landroid/content/Intent;)Z"
        rebind = self.event(f"{desc}.onUnbind", lambda: self.call(svc, key, intent))
        svc.fields["$rebind"] = bool(rebind)
        svc.fields["$was_bound"] = True

    def start_service(self, desc: str, intent: JObject, conn: Any) -> None:
        st = self.state
        svc = st.services.get(desc)
        if svc is None:
            if self.launched.get(desc, 0) >= 3:
                return
            self.launched[desc] = self.launched.get(desc, 0) + 1
            svc = self.new_component(desc)
            if svc is None:
                return
            st.services[desc] = svc
            self.event(f"{desc}.onCreate", lambda: self.call(svc, "onCreate()V"))
        if conn is None:
            n = len(st.started) + 1
            st.started.append(desc)
            self.event(f"{desc}.onStartCommand", lambda: self.call(
                svc, "onStartCommand(Landroid/content/Intent;II)I", intent, 0, n))  # fmt: skip
        else:
            if svc.fields.get("$was_bound") and svc.fields.get("$rebind"):
                self.event(f"{desc}.onRebind",
                           lambda: self.call(svc, "onRebind(Landroid/content/Intent;)V", intent))  # fmt: skip
                binder = svc.fields.get("$binder")
            else:
                binder = self.event(f"{desc}.onBind", lambda: self.call(
                    svc, "onBind(Landroid/content/Intent;)Landroid/os/IBinder;", intent))  # fmt: skip
                svc.fields["$binder"] = binder
            self.state.bindings[id(conn)] = (desc, intent)
            name = self.vm.new_object("Landroid/content/ComponentName;", (self.info.package, desc))
            if isinstance(conn, JObject):
                self.event("onServiceConnected", lambda: self.call(
                    conn, "onServiceConnected(Landroid/content/ComponentName;Landroid/os/IBinder;)V",
                    name, binder))  # fmt: skip
        self.process_pending()

    def deliver_broadcast(self, desc: str | None, receiver: Any, intent: JObject) -> None:
        if receiver is None and desc is not None:
            if self.launched.get(desc, 0) >= 5:
                return
            self.launched[desc] = self.launched.get(desc, 0) + 1
            receiver = self.new_component(desc)
        if receiver is None:
            return
        ctx = self.vm.env.get("current_activity") or self.state.app
        action = intent_state(intent)["action"]
        key = "onReceive(Landroid/content/Context;Landroid/content/Intent;)V"
        self.event(f"{receiver.cls.name}.onReceive({action})",
                   lambda: self.call(receiver, key, ctx, intent))

