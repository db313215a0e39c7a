"""`android.database`: the Cursor that `ContentResolver.query` returns over the fixed
rows of the providers the emulator models (`Cursor$Emulated`).
"""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

OBJ = "Ljava/lang/Object;"

model_class("Landroid/database/Cursor;", interface=True)
model_class("Landroid/database/Cursor$Emulated;", OBJ, ("Landroid/database/Cursor;",))
model_class("Landroid/database/CursorIndexOutOfBoundsException;",
            "Ljava/lang/IndexOutOfBoundsException;")  # fmt: skip


# -- ContentResolver: the user's contacts, messages and calls are sources -------------------

CUR = "Landroid/database/Cursor$Emulated;"


def _cur(o: JObject) -> dict[str, Any]:
    st: dict[str, Any] = o.native
    return st


@method(CUR, "moveToFirst", "moveToNext", "moveToLast", "moveToPosition", "moveToPrevious")
def _cursor_move(vm: VM, a: list[Any]) -> Any:
    st = _cur(a[0])
    name = vm.cur_native.name if vm.cur_native is not None else ""
    n = len(st["rows"])
    pos = {"moveToFirst": 0, "moveToLast": n - 1, "moveToNext": st["pos"] + 1,
           "moveToPrevious": st["pos"] - 1}.get(name, a[1] if len(a) > 1 else 0)  # fmt: skip
    st["pos"] = max(-1, min(pos, n))
    return 0 <= st["pos"] < n


@method(CUR, "getCount")
def _cursor_count(vm: VM, a: list[Any]) -> Any:
    return len(_cur(a[0])["rows"])


@method(CUR, "getPosition")
def _cursor_pos(vm: VM, a: list[Any]) -> Any:
    return _cur(a[0])["pos"]


@method(CUR, "getColumnIndex", "getColumnIndexOrThrow")
def _cursor_column(vm: VM, a: list[Any]) -> Any:
    cols = _cur(a[0]).get("columns", [])
    return cols.index(a[1]) if a[1] in cols else -1


@method(CUR, "getColumnName")
def _cursor_column_name(vm: VM, a: list[Any]) -> Any:
    cols = _cur(a[0]).get("columns", [])
    return cols[a[1]] if 0 <= a[1] < len(cols) else None


@method(CUR, "getColumnCount")
def _cursor_column_count(vm: VM, a: list[Any]) -> Any:
    return len(_cur(a[0]).get("columns", []))


def _cell(vm: VM, cursor: JObject, column: Any) -> Any:
    st = _cur(cursor)
    cols = st.get("columns", [])
    if not 0 <= st["pos"] < len(st["rows"]) or not isinstance(column, int):
        raise vm.throwable("Landroid/database/CursorIndexOutOfBoundsException;",
                           f"Index {st['pos']} requested, with a size of {len(st['rows'])}")  # fmt: skip
    if not 0 <= column < len(cols):
        return None
    return st["rows"][st["pos"]][cols[column]]


@method(CUR, "getString")
def _cursor_string(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.common import prim_str

    v = _cell(vm, a[0], a[1])
    return v if v is None or isinstance(v, str) else prim_str(v, "J")


@method(CUR, "getInt", "getLong", "getShort")
def _cursor_int(vm: VM, a: list[Any]) -> Any:
    v = _cell(vm, a[0], a[1])
    return v if isinstance(v, int) else 0


@method(CUR, "isNull")
def _cursor_null(vm: VM, a: list[Any]) -> Any:
    return _cell(vm, a[0], a[1]) is None


@method(CUR, "close")
def _cursor_close(vm: VM, a: list[Any]) -> Any:
    return None


@method(CUR, "isAfterLast")
def _cursor_after(vm: VM, a: list[Any]) -> Any:
    st = _cur(a[0])
    return st["pos"] >= len(st["rows"])


@method(CUR, "isBeforeFirst")
def _cursor_before(vm: VM, a: list[Any]) -> Any:
    return _cur(a[0])["pos"] < 0


# -- Observable: the observer list app subclasses (RecyclerView's adapters) read directly ------

OBSERVABLE = "Landroid/database/Observable;"
model_class(OBSERVABLE)
model_class("Landroid/database/DataSetObservable;", OBSERVABLE)
model_class("Landroid/database/ContentObservable;", OBSERVABLE)
model_class("Landroid/database/DataSetObserver;")


def _observers(vm: VM, o: JObject) -> list[Any]:
    lst = o.fields.get("mObservers")
    if not isinstance(lst, JObject):
        lst = o.fields["mObservers"] = vm.new_object("Ljava/util/ArrayList;", [])
    out: list[Any] = lst.native
    return out


@method(OBSERVABLE, "<init>")
def _observable_init(vm: VM, a: list[Any]) -> Any:
    """Observable(): `protected final ArrayList<T> mObservers = new ArrayList<T>()`."""
    _observers(vm, a[0])
    return None


@method(OBSERVABLE, "registerObserver")
def _register_observer(vm: VM, a: list[Any]) -> Any:
    obs = _observers(vm, a[0])
    if a[1] is None:
        raise vm.throwable("Ljava/lang/IllegalArgumentException;", "The observer is null.")
    if any(x is a[1] for x in obs):
        raise vm.throwable("Ljava/lang/IllegalStateException;", f"Observer {a[1]} is already registered.")
    obs.append(a[1])
    return None


@method(OBSERVABLE, "unregisterObserver")
def _unregister_observer(vm: VM, a: list[Any]) -> Any:
    obs = _observers(vm, a[0])
    i = next((i for i, x in enumerate(obs) if x is a[1]), -1)
    if i < 0:
        raise vm.throwable("Ljava/lang/IllegalStateException;", f"Observer {a[1]} was not registered.")
    obs.pop(i)
    return None


@method(OBSERVABLE, "unregisterAll")
def _unregister_all(vm: VM, a: list[Any]) -> Any:
    _observers(vm, a[0]).clear()
    return None


@method("Landroid/database/DataSetObservable;", "notifyChanged", "notifyInvalidated")
def _notify(vm: VM, a: list[Any]) -> Any:
    """Each observer's onChanged()/onInvalidated(), last registered first."""
    name = vm.cur_native.name if vm.cur_native is not None else "notifyChanged"
    key = "onChanged()V" if name == "notifyChanged" else "onInvalidated()V"
    for obs in reversed(list(_observers(vm, a[0]))):
        vm.call_virtual(obs, key, [])
    return None
