"""`java.util`: collections (lists, maps, sets, queues, iterators, `Arrays`, `Collections`),
`Objects`, `Random`/`UUID` (drawn from the run's seed), `Base64`, `Timer`/`TimerTask`, and
`Date`/`Calendar`/`TimeZone`/`Locale` on the emulated clock in the device's zone and locale.

Lists keep a Python list in `native`, maps a dict keyed by `_key(vm, value)` (strings and boxed
values by value, objects whose class overrides equals() by their hashCode()/equals(), other
objects by identity) holding (key, value) pairs, sets likewise. One model
serves a collection interface's implementations, `java.util.concurrent`'s included.
"""

from __future__ import annotations

import calendar
import functools
from typing import Any

from dexlego.emulator import javatime
from dexlego.emulator.framework.common import BOX_TYPES, jstr, prim_str, unbox
from dexlego.emulator.framework.java.lang import now_millis, run_later
from dexlego.emulator.framework.registry import method, model_class, static_field
from dexlego.emulator.taint import tag, union
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray, JObject

OBJ = "Ljava/lang/Object;"

model_class("Ljava/util/StringTokenizer;")
U = "Ljava/util/"
for _i in ("Collection", "List", "Set", "Map", "Queue", "Deque", "Iterator", "ListIterator",
           "Enumeration", "Comparator", "RandomAccess", "SortedMap", "NavigableMap",
           "Map$Entry", "SortedSet"):  # fmt: skip
    model_class(f"{U}{_i};", interface=True)
model_class(f"{U}Collection;", OBJ, ("Ljava/lang/Iterable;",), interface=True)
model_class(f"{U}List;", OBJ, (f"{U}Collection;",), interface=True)
model_class(f"{U}Set;", OBJ, (f"{U}Collection;",), interface=True)
model_class(f"{U}Queue;", OBJ, (f"{U}Collection;",), interface=True)
model_class(f"{U}Deque;", OBJ, (f"{U}Queue;",), interface=True)
model_class(f"{U}AbstractCollection;", OBJ, (f"{U}Collection;",))
model_class(f"{U}AbstractList;", f"{U}AbstractCollection;", (f"{U}List;",))
LISTS = ("ArrayList", "LinkedList", "Vector", "Stack", "ArrayDeque",
         "concurrent/CopyOnWriteArrayList", "concurrent/LinkedBlockingQueue",
         "concurrent/ArrayBlockingQueue", "PriorityQueue", "Arrays$ArrayList",
         "Collections$UnmodifiableList")  # fmt: skip
for _l in LISTS:
    model_class(f"{U}{_l};", f"{U}AbstractList;", (f"{U}List;", f"{U}Deque;", "Ljava/io/Serializable;"))
model_class(f"{U}Stack;", f"{U}Vector;")
model_class(f"{U}AbstractMap;", OBJ, (f"{U}Map;",))
MAPS = ("HashMap", "LinkedHashMap", "TreeMap", "Hashtable", "concurrent/ConcurrentHashMap",
        "WeakHashMap", "IdentityHashMap", "Properties", "Collections$UnmodifiableMap")
for _m in MAPS:
    model_class(f"{U}{_m};", f"{U}AbstractMap;", (f"{U}Map;", "Ljava/io/Serializable;"))
model_class(f"{U}AbstractSet;", f"{U}AbstractCollection;", (f"{U}Set;",))
SETS = ("HashSet", "LinkedHashSet", "TreeSet", "Collections$UnmodifiableSet")
for _s in SETS:
    model_class(f"{U}{_s};", f"{U}AbstractSet;", (f"{U}Set;", "Ljava/io/Serializable;"))
model_class("Ljava/util/Iterator$Emulated;", OBJ, (f"{U}Iterator;", f"{U}ListIterator;",
                                                  f"{U}Enumeration;"))
model_class("Ljava/util/MapEntry$Emulated;", OBJ, (f"{U}Map$Entry;",))
model_class(f"{U}Arrays;")
model_class(f"{U}Collections;")
model_class(f"{U}Objects;")
model_class(f"{U}Random;")
model_class(f"{U}UUID;")


class _JavaKey:
    """An element whose class overrides equals(): hashed with its hashCode() and compared with
    its equals(), as HashMap, HashSet and List.indexOf do (Object's are identity)."""

    __slots__ = ("obj", "vm", "h")

    def __init__(self, vm: VM, obj: JObject) -> None:
        self.obj = obj
        self.vm = vm
        h = vm.call_virtual(obj, "hashCode()I", [])
        self.h = h if isinstance(h, int) else 0

    def __hash__(self) -> int:
        return hash(self.h)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _JavaKey):
            return False
        if other.obj is self.obj:
            return True
        return bool(self.vm.call_virtual(self.obj, "equals(Ljava/lang/Object;)Z", [other.obj]))


def _key(vm: VM | None, v: Any) -> Any:
    """What a collection compares: strings and boxed values by value, objects whose class
    overrides equals() by hashCode()/equals(), other objects by identity."""
    if isinstance(v, JObject):
        if v.cls.name in BOX_TYPES:
            return ("box", v.cls.name, v.native)
        if vm is not None and v.cls.kind == "app" and \
                vm.find_virtual(v, "equals(Ljava/lang/Object;)Z") is not None:
            return _JavaKey(vm, v)
    if isinstance(v, str):
        return str.__str__(v)
    return ("id", id(v))


def _list(o: JObject) -> list[Any]:
    if not isinstance(o.native, list):
        o.native = []
    lst: list[Any] = o.native
    return lst


def _map(o: JObject) -> dict[Any, tuple[Any, Any]]:
    if not isinstance(o.native, dict):
        o.native = {}
    d: dict[Any, tuple[Any, Any]] = o.native
    return d


def _elements(vm: VM, c: Any) -> list[Any]:
    """The elements of a collection or array argument."""
    if c is None:
        return []
    if isinstance(c, JArray):
        return list(c.data)
    if isinstance(c, JObject):
        n = c.native
        if isinstance(n, list):
            return list(n)
        if isinstance(n, dict):
            return [v[0] for v in n.values()]
        # an app-defined collection: iterate it through its own iterator
        it = vm.call_virtual(c, "iterator()Ljava/util/Iterator;", [])
        out: list[Any] = []
        while it is not None and len(out) < 10000:
            if not vm.call_virtual(it, "hasNext()Z", []):
                break
            out.append(vm.call_virtual(it, "next()Ljava/lang/Object;", []))
        return out
    return []


def to_array(items: list[Any], into: Any) -> JArray:
    """Collection.toArray(T[] a): fills `a` when it is large enough (null after the last
    element), else a new array of a's type; toArray() makes an Object[]."""
    if isinstance(into, JArray):
        if len(into.data) >= len(items):
            into.data[: len(items)] = items
            if len(into.data) > len(items):
                into.data[len(items)] = None
            return into
        return JArray(into.type, items)
    return JArray("[Ljava/lang/Object;", items)


def _iter(vm: VM, items: list[Any], owner: Any = None) -> JObject:
    it = vm.new_object("Ljava/util/Iterator$Emulated;", {"items": items, "pos": 0, "owner": owner})
    return it


def _idx(vm: VM, lst: list[Any], i: int, size: int | None = None) -> int:
    n = len(lst) if size is None else size
    if not 0 <= i < n:
        raise vm.throwable("Ljava/lang/IndexOutOfBoundsException;", f"Index: {i}, Size: {len(lst)}")
    return i


# -- lists ----------------------------------------------------------------------------------

for _l in LISTS:
    L = f"{U}{_l};"

    @method(L, "<init>")
    def _l_init(vm: VM, a: list[Any]) -> Any:
        a[0].native = _elements(vm, a[1]) if len(a) > 1 and not isinstance(a[1], int) else []
        return None

    @method(L, "add(Ljava/lang/Object;)Z", "addLast", "offer", "offerLast", "addElement", "put")
    def _l_add(vm: VM, a: list[Any]) -> Any:
        _list(a[0]).append(a[1])
        return True

    @method(L, "add(ILjava/lang/Object;)V", "insertElementAt")
    def _l_insert(vm: VM, a: list[Any]) -> Any:
        lst = _list(a[0])
        if isinstance(a[1], int):
            lst.insert(a[1], a[2])
        else:
            lst.insert(a[2], a[1])
        return None

    @method(L, "addFirst", "offerFirst", "push")
    def _l_push_first(vm: VM, a: list[Any]) -> Any:
        lst = _list(a[0])
        if a[0].cls.name == f"{U}Stack;":
            lst.append(a[1])
            return a[1]
        lst.insert(0, a[1])
        return None

    @method(L, "addAll")
    def _l_add_all(vm: VM, a: list[Any]) -> Any:
        lst = _list(a[0])
        if isinstance(a[1], int):
            lst[a[1] : a[1]] = _elements(vm, a[2])
        else:
            lst.extend(_elements(vm, a[1]))
        return True

    @method(L, "get", "elementAt")
    def _l_get(vm: VM, a: list[Any]) -> Any:
        lst = _list(a[0])
        return lst[_idx(vm, lst, a[1])]

    @method(L, "set")
    def _l_set(vm: VM, a: list[Any]) -> Any:
        lst = _list(a[0])
        i = _idx(vm, lst, a[1])
        old = lst[i]
        lst[i] = a[2]
        return old

    @method(L, "size()I")
    def _l_size(vm: VM, a: list[Any]) -> Any:
        return len(_list(a[0]))

    @method(L, "isEmpty()Z", "empty()Z")
    def _l_empty(vm: VM, a: list[Any]) -> Any:
        return not _list(a[0])

    @method(L, "clear()V", "removeAllElements")
    def _l_clear(vm: VM, a: list[Any]) -> Any:
        _list(a[0]).clear()
        return None

    @method(L, "remove(I)Ljava/lang/Object;")
    def _l_remove_at(vm: VM, a: list[Any]) -> Any:
        lst = _list(a[0])
        return lst.pop(_idx(vm, lst, a[1]))

    @method(L, "remove(Ljava/lang/Object;)Z", "removeElement")
    def _l_remove(vm: VM, a: list[Any]) -> Any:
        lst = _list(a[0])
        k = _key(vm, a[1])
        for i, v in enumerate(lst):
            if _key(vm, v) == k:
                del lst[i]
                return True
        return False

    @method(L, "remove()Ljava/lang/Object;", "removeFirst", "poll", "pollFirst", "pop", "take")
    def _l_poll(vm: VM, a: list[Any]) -> Any:
        lst = _list(a[0])
        if a[0].cls.name == f"{U}Stack;":
            if not lst:
                raise vm.throwable("Ljava/util/EmptyStackException;")
            return lst.pop()
        if not lst:
            return None
        return lst.pop(0)

    @method(L, "removeLast", "pollLast")
    def _l_poll_last(vm: VM, a: list[Any]) -> Any:
        lst = _list(a[0])
        return lst.pop() if lst else None

    @method(L, "peek", "peekFirst", "getFirst", "element", "firstElement")
    def _l_peek(vm: VM, a: list[Any]) -> Any:
        lst = _list(a[0])
        if a[0].cls.name == f"{U}Stack;":
            return lst[-1] if lst else None
        return lst[0] if lst else None

    @method(L, "peekLast", "getLast", "lastElement")
    def _l_peek_last(vm: VM, a: list[Any]) -> Any:
        lst = _list(a[0])
        return lst[-1] if lst else None

    @method(L, "contains")
    def _l_contains(vm: VM, a: list[Any]) -> Any:
        k = _key(vm, a[1])
        return any(_key(vm, v) == k for v in _list(a[0]))

    @method(L, "indexOf")
    def _l_index_of(vm: VM, a: list[Any]) -> Any:
        k = _key(vm, a[1])
        for i, v in enumerate(_list(a[0])):
            if _key(vm, v) == k:
                return i
        return -1

    @method(L, "iterator", "listIterator", "elements", "descendingIterator")
    def _l_iter(vm: VM, a: list[Any]) -> Any:
        return _iter(vm, _list(a[0]), a[0])

    @method(L, "toArray")
    def _l_to_array(vm: VM, a: list[Any]) -> Any:
        return to_array(list(_list(a[0])), a[1] if len(a) > 1 else None)

    @method(L, "subList")
    def _l_sub(vm: VM, a: list[Any]) -> Any:
        return vm.new_object(f"{U}ArrayList;", _list(a[0])[a[1] : a[2]])

    @method(L, "toString()Ljava/lang/String;")
    def _l_str(vm: VM, a: list[Any]) -> Any:
        parts = [jstr(vm, v) for v in _list(a[0])]
        return tag("[" + ", ".join(parts) + "]", union(*parts))

    @method(L, "equals(Ljava/lang/Object;)Z")
    def _l_eq(vm: VM, a: list[Any]) -> Any:
        o = a[1]
        if not isinstance(o, JObject) or not isinstance(o.native, list):
            return False
        return [_key(vm, x) for x in _list(a[0])] == [_key(vm, x) for x in o.native]


# -- iterators ------------------------------------------------------------------------------

IT = "Ljava/util/Iterator$Emulated;"


@method(IT, "hasNext", "hasMoreElements")
def _it_has_next(vm: VM, a: list[Any]) -> Any:
    st = a[0].native
    return st["pos"] < len(st["items"])


@method(IT, "next", "nextElement")
def _it_next(vm: VM, a: list[Any]) -> Any:
    st = a[0].native
    if st["pos"] >= len(st["items"]):
        raise vm.throwable("Ljava/util/NoSuchElementException;")
    v = st["items"][st["pos"]]
    st["pos"] += 1
    return v


@method(IT, "remove")
def _it_remove(vm: VM, a: list[Any]) -> Any:
    st = a[0].native
    st["pos"] -= 1
    v = st["items"][st["pos"]]
    owner = st["owner"]
    if isinstance(owner, JObject):
        if isinstance(owner.native, list) and owner.native is not st["items"]:
            _l_remove(vm, [owner, v])
        elif isinstance(owner.native, dict):
            owner.native.pop(_key(vm, v), None)
    if st["items"] is not getattr(owner, "native", None):
        del st["items"][st["pos"]]
    elif isinstance(owner, JObject) and isinstance(owner.native, list):
        del owner.native[st["pos"]]
    return None


# -- maps -----------------------------------------------------------------------------------

for _m in (*MAPS, "../../android/util/ArrayMap"):
    M = f"{U}{_m};" if not _m.startswith("..") else "Landroid/util/ArrayMap;"

    @method(M, "<init>")
    def _m_init(vm: VM, a: list[Any]) -> Any:
        a[0].native = {}
        if len(a) > 1 and isinstance(a[1], JObject) and isinstance(a[1].native, dict):
            a[0].native = dict(a[1].native)
        return None

    @method(M, "put", "setProperty")
    def _m_put(vm: VM, a: list[Any]) -> Any:
        d = _map(a[0])
        old = d.get(_key(vm, a[1]))
        d[_key(vm, a[1])] = (a[1], a[2])
        return old[1] if old else None

    @method(M, "putAll")
    def _m_put_all(vm: VM, a: list[Any]) -> Any:
        if isinstance(a[1], JObject) and isinstance(a[1].native, dict):
            _map(a[0]).update(a[1].native)
        return None

    @method(M, "get", "getProperty")
    def _m_get(vm: VM, a: list[Any]) -> Any:
        hit = _map(a[0]).get(_key(vm, a[1]))
        if hit is None:
            return a[2] if len(a) > 2 else None
        return hit[1]

    @method(M, "getOrDefault")
    def _m_get_default(vm: VM, a: list[Any]) -> Any:
        hit = _map(a[0]).get(_key(vm, a[1]))
        return a[2] if hit is None else hit[1]

    @method(M, "containsKey")
    def _m_has(vm: VM, a: list[Any]) -> Any:
        return _key(vm, a[1]) in _map(a[0])

    @method(M, "containsValue")
    def _m_has_value(vm: VM, a: list[Any]) -> Any:
        k = _key(vm, a[1])
        return any(_key(vm, v) == k for _, v in _map(a[0]).values())

    @method(M, "remove")
    def _m_remove(vm: VM, a: list[Any]) -> Any:
        hit = _map(a[0]).pop(_key(vm, a[1]), None)
        return hit[1] if hit else None

    @method(M, "size")
    def _m_size(vm: VM, a: list[Any]) -> Any:
        return len(_map(a[0]))

    @method(M, "isEmpty")
    def _m_empty(vm: VM, a: list[Any]) -> Any:
        return not _map(a[0])

    @method(M, "clear")
    def _m_clear(vm: VM, a: list[Any]) -> Any:
        _map(a[0]).clear()
        return None

    @method(M, "keySet", "keys")
    def _m_keys(vm: VM, a: list[Any]) -> Any:
        s = vm.new_object(f"{U}HashSet;", {k: (kv[0], kv[0]) for k, kv in _map(a[0]).items()})
        if a[0].cls.name == f"{U}Hashtable;" and vm is not None and len(a) == 1:
            pass
        return s

    @method(M, "values", "elements")
    def _m_values(vm: VM, a: list[Any]) -> Any:
        return vm.new_object(f"{U}ArrayList;", [v for _, v in _map(a[0]).values()])

    @method(M, "entrySet")
    def _m_entries(vm: VM, a: list[Any]) -> Any:
        entries = {}
        for k, kv in _map(a[0]).items():
            e = vm.new_object("Ljava/util/MapEntry$Emulated;", [kv[0], kv[1]])
            entries[k] = (e, e)
        return vm.new_object(f"{U}HashSet;", entries)

    @method(M, "toString()Ljava/lang/String;")
    def _m_str(vm: VM, a: list[Any]) -> Any:
        parts = [f"{jstr(vm, k)}={jstr(vm, v)}" for k, v in _map(a[0]).values()]
        return tag("{" + ", ".join(parts) + "}", union(*[v for _, v in _map(a[0]).values()]))


@method("Ljava/util/MapEntry$Emulated;", "getKey")
def _e_key(vm: VM, a: list[Any]) -> Any:
    return a[0].native[0]


@method("Ljava/util/MapEntry$Emulated;", "getValue")
def _e_value(vm: VM, a: list[Any]) -> Any:
    return a[0].native[1]


# -- sets -----------------------------------------------------------------------------------

for _s in SETS:
    ST = f"{U}{_s};"

    @method(ST, "<init>")
    def _s_init(vm: VM, a: list[Any]) -> Any:
        a[0].native = {}
        if len(a) > 1 and not isinstance(a[1], int):
            for v in _elements(vm, a[1]):
                a[0].native[_key(vm, v)] = (v, v)
        return None

    @method(ST, "add")
    def _s_add(vm: VM, a: list[Any]) -> Any:
        d = _map(a[0])
        k = _key(vm, a[1])
        if k in d:
            return False
        d[k] = (a[1], a[1])
        return True

    @method(ST, "addAll")
    def _s_add_all(vm: VM, a: list[Any]) -> Any:
        for v in _elements(vm, a[1]):
            _map(a[0])[_key(vm, v)] = (v, v)
        return True

    @method(ST, "contains")
    def _s_contains(vm: VM, a: list[Any]) -> Any:
        return _key(vm, a[1]) in _map(a[0])

    @method(ST, "remove")
    def _s_remove(vm: VM, a: list[Any]) -> Any:
        return _map(a[0]).pop(_key(vm, a[1]), None) is not None

    @method(ST, "size")
    def _s_size(vm: VM, a: list[Any]) -> Any:
        return len(_map(a[0]))

    @method(ST, "isEmpty")
    def _s_empty(vm: VM, a: list[Any]) -> Any:
        return not _map(a[0])

    @method(ST, "clear")
    def _s_clear(vm: VM, a: list[Any]) -> Any:
        _map(a[0]).clear()
        return None

    @method(ST, "iterator")
    def _s_iter(vm: VM, a: list[Any]) -> Any:
        return _iter(vm, [v[0] for v in _map(a[0]).values()], a[0])

    @method(ST, "toArray")
    def _s_to_array(vm: VM, a: list[Any]) -> Any:
        return to_array([v[0] for v in _map(a[0]).values()], a[1] if len(a) > 1 else None)

    @method(ST, "toString()Ljava/lang/String;")
    def _s_str(vm: VM, a: list[Any]) -> Any:
        parts = [jstr(vm, v[0]) for v in _map(a[0]).values()]
        return tag("[" + ", ".join(parts) + "]", union(*parts))


# -- Arrays / Collections / Objects ---------------------------------------------------------

AR = f"{U}Arrays;"


@method(AR, "asList")
def _as_list(vm: VM, a: list[Any]) -> Any:
    arr = a[0]
    return vm.new_object(f"{U}ArrayList;", list(arr.data) if isinstance(arr, JArray) else [])


@method(AR, "toString")
def _arrays_to_string(vm: VM, a: list[Any]) -> Any:
    arr = a[0]
    if arr is None:
        return "null"
    kind = arr.type[1]

    parts = [prim_str(v, kind) if kind not in "L[" else jstr(vm, v) for v in arr.data]
    return tag("[" + ", ".join(parts) + "]", union(*parts) | arr.taint)


@method(AR, "deepToString")
def _deep_to_string(vm: VM, a: list[Any]) -> Any:
    def one(v: Any) -> str:
        if isinstance(v, JArray):
            return str(_arrays_to_string(vm, [v]) if v.type[1] not in "L[" else
                       "[" + ", ".join(one(x) for x in v.data) + "]")  # fmt: skip
        return jstr(vm, v)

    s = one(a[0])
    return tag(s, union(*(a[0].data if isinstance(a[0], JArray) else [])))


@method(AR, "copyOf", "copyOfRange")
def _copy_of(vm: VM, a: list[Any]) -> Any:
    arr = a[0]
    if len(a) == 3 and isinstance(a[2], int):
        data = arr.data[a[1] : a[2]]
        n = a[2] - a[1]
    else:
        n = a[1]
        data = arr.data[:n]
    from dexlego.emulator.vm.objects import default_value

    data = data + [default_value(arr.type[1:])] * (n - len(data))
    out = JArray(arr.type, data)
    out.taint = arr.taint
    return out


@method(AR, "fill")
def _fill(vm: VM, a: list[Any]) -> Any:
    arr = a[0]
    if len(a) == 4:
        for i in range(a[1], a[2]):
            arr.data[i] = a[3]
    else:
        arr.data[:] = [a[1]] * len(arr.data)
    return None


@method(AR, "equals")
def _arrays_equals(vm: VM, a: list[Any]) -> Any:
    x, y = a
    return x is y or (x is not None and y is not None and x.data == y.data)


@method(AR, "sort")
def _sort(vm: VM, a: list[Any]) -> Any:
    arr = a[0]
    comp = a[1] if len(a) == 2 and isinstance(a[1], JObject) else None
    arr.data[:] = _sorted(vm, arr.data, comp)
    return None


@method(AR, "hashCode")
def _arrays_hash(vm: VM, a: list[Any]) -> Any:
    return 0 if a[0] is None else len(a[0].data)


def _sorted(vm: VM, data: list[Any], comp: JObject | None) -> list[Any]:
    if comp is not None:

        def cmp(x: Any, y: Any) -> int:
            return int(vm.call_virtual(comp, "compare(Ljava/lang/Object;Ljava/lang/Object;)I",
                                       [x, y]) or 0)  # fmt: skip

        return sorted(data, key=functools.cmp_to_key(cmp))
    try:
        return sorted(data, key=lambda v: unbox(v) if not isinstance(v, str) else str(v))
    except TypeError:
        return list(data)


CO = f"{U}Collections;"


@method(CO, "sort")
def _coll_sort(vm: VM, a: list[Any]) -> Any:
    lst = a[0]
    comp = a[1] if len(a) > 1 else None
    if isinstance(lst, JObject) and isinstance(lst.native, list):
        lst.native[:] = _sorted(vm, lst.native, comp)
    return None


@method(CO, "reverse")
def _coll_reverse(vm: VM, a: list[Any]) -> Any:
    if isinstance(a[0], JObject) and isinstance(a[0].native, list):
        a[0].native.reverse()
    return None


@method(CO, "unmodifiableList", "synchronizedList", "unmodifiableCollection",
        "unmodifiableSet", "unmodifiableMap", "synchronizedMap", "synchronizedSet")  # fmt: skip
def _coll_same(vm: VM, a: list[Any]) -> Any:
    return a[0]


@method(CO, "emptyList", "emptySet")
def _coll_empty(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(f"{U}ArrayList;", [])


@method(CO, "emptyMap")
def _coll_empty_map(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(f"{U}HashMap;", {})


@method(CO, "singletonList", "singleton")
def _coll_singleton(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(f"{U}ArrayList;", [a[0]])


OB = f"{U}Objects;"


@method(OB, "equals")
def _objects_equals(vm: VM, a: list[Any]) -> Any:
    x, y = a
    if x is y:
        return True
    if x is None or y is None:
        return False
    return bool(vm.call_virtual(x, "equals(Ljava/lang/Object;)Z", [y]))


@method(OB, "hashCode", "hash")
def _objects_hash(vm: VM, a: list[Any]) -> Any:
    return 0


@method(OB, "requireNonNull")
def _require(vm: VM, a: list[Any]) -> Any:
    if a[0] is None:
        raise vm.throwable("Ljava/lang/NullPointerException;")
    return a[0]


@method(OB, "toString")
def _objects_str(vm: VM, a: list[Any]) -> Any:
    return jstr(vm, a[0])


# -- Random / UUID: deterministic for the run's seed ----------------------------------------

R = f"{U}Random;"


@method(R, "<init>")
def _random_init(vm: VM, a: list[Any]) -> Any:
    import random as _random

    a[0].native = _random.Random(a[1] if len(a) > 1 else vm.rng.random())
    return None


@method(R, "nextInt")
def _next_int(vm: VM, a: list[Any]) -> Any:
    rnd = a[0].native
    if len(a) > 1:
        return rnd.randrange(max(1, a[1]))
    return rnd.randrange(-(1 << 31), 1 << 31)


@method(R, "nextBoolean")
def _next_bool(vm: VM, a: list[Any]) -> Any:
    return a[0].native.random() < 0.5


@method(R, "nextDouble", "nextFloat")
def _next_double(vm: VM, a: list[Any]) -> Any:
    return a[0].native.random()


@method(R, "nextLong")
def _next_long(vm: VM, a: list[Any]) -> Any:
    return a[0].native.randrange(-(1 << 63), 1 << 63)


@method(f"{U}UUID;", "randomUUID")
def _uuid(vm: VM, a: list[Any]) -> Any:
    n = vm.rng.getrandbits(128)
    return vm.new_object(f"{U}UUID;", f"{n:032x}")


@method(f"{U}UUID;", "toString()Ljava/lang/String;")
def _uuid_str(vm: VM, a: list[Any]) -> Any:
    h = a[0].native
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
model_class("Ljava/util/Timer;")
model_class("Ljava/util/TimerTask;", OBJ, ("Ljava/lang/Runnable;",))


# -- Timer ----------------------------------------------------------------------------------


@method("Ljava/util/Timer;", "schedule", "scheduleAtFixedRate")
def _timer_schedule(vm: VM, a: list[Any]) -> Any:
    run_later(vm, a[1], "run()V")
    return None


@method("Ljava/util/Timer;", "<init>", "cancel", "purge")
def _timer_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method("Ljava/util/TimerTask;", "<init>")
def _tt_init(vm: VM, a: list[Any]) -> Any:
    return None


@method("Ljava/util/TimerTask;", "cancel")
def _tt_cancel(vm: VM, a: list[Any]) -> Any:
    return True
model_class("Ljava/util/Base64;")
model_class("Ljava/util/Base64$Encoder;")
model_class("Ljava/util/Base64$Decoder;")


@method("Ljava/util/Base64;", "getEncoder", "getUrlEncoder", "getMimeEncoder")
def _jb64_encoder(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/Base64$Encoder;")


@method("Ljava/util/Base64;", "getDecoder", "getUrlDecoder", "getMimeDecoder")
def _jb64_decoder(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/Base64$Decoder;")


@method("Ljava/util/Base64$Encoder;", "encodeToString")
def _jb64_string(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.util import _b64_string
    return _b64_string(vm, a[1:])


@method("Ljava/util/Base64$Encoder;", "encode")
def _jb64_encode(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.util import _b64_encode
    return _b64_encode(vm, a[1:])


@method("Ljava/util/Base64$Decoder;", "decode")
def _jb64_decode(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.util import _b64_decode
    return _b64_decode(vm, a[1:])


# -- bulk operations of Collection (AbstractCollection's contracts, equality by equals()) -------


def _bulk_targets() -> list[str]:
    return [f"{U}{c};" for c in (*LISTS, *SETS)]


def _remove_where(vm: VM, a: list[Any], keep_matching: bool) -> bool:
    others = {_key(vm, v) for v in _elements(vm, a[1])}
    n = a[0].native
    if isinstance(n, list):
        kept = [v for v in n if (_key(vm, v) in others) == keep_matching]
        changed = len(kept) != len(n)
        n[:] = kept
        return changed
    if isinstance(n, dict):
        drop = [k for k in n if (k in others) != keep_matching]
        for k in drop:
            del n[k]
        return bool(drop)
    return False


for _c in _bulk_targets():

    @method(_c, "removeAll")
    def _remove_all(vm: VM, a: list[Any]) -> Any:
        """Collection.removeAll: every element equal to one of the argument's goes."""
        if a[1] is None:
            raise vm.throwable("Ljava/lang/NullPointerException;", "collection == null")
        return _remove_where(vm, a, keep_matching=False)

    @method(_c, "retainAll")
    def _retain_all(vm: VM, a: list[Any]) -> Any:
        """Collection.retainAll: only elements equal to one of the argument's stay."""
        if a[1] is None:
            raise vm.throwable("Ljava/lang/NullPointerException;", "collection == null")
        return _remove_where(vm, a, keep_matching=True)

    @method(_c, "containsAll")
    def _contains_all(vm: VM, a: list[Any]) -> Any:
        n = a[0].native
        mine = {_key(vm, v) for v in (n if isinstance(n, list) else [e[0] for e in n.values()]
                                      if isinstance(n, dict) else [])}  # fmt: skip
        return all(_key(vm, v) in mine for v in _elements(vm, a[1]))


# -- Date, Calendar, TimeZone, Locale: the device's clock, zone and locale ------------------
# Instants come from the emulated clock (`System.currentTimeMillis`), the default zone and
# locale from the device (America/Los_Angeles, en-US); the arithmetic is `javatime`'s.

DATE = f"{U}Date;"
CAL = f"{U}Calendar;"
GCAL = f"{U}GregorianCalendar;"
TZ = f"{U}TimeZone;"
LOC = f"{U}Locale;"
model_class(DATE, OBJ, ("Ljava/lang/Comparable;", "Ljava/lang/Cloneable;"))
model_class(CAL, OBJ, ("Ljava/lang/Comparable;", "Ljava/lang/Cloneable;"))
model_class(GCAL, CAL)
model_class(TZ, OBJ, ("Ljava/lang/Cloneable;",))
model_class(LOC, OBJ, ("Ljava/lang/Cloneable;",))
DATE_TO_STRING = javatime.pattern_tokens("EEE MMM dd HH:mm:ss zzz yyyy")


def default_zone(vm: VM) -> javatime.Zone:
    tz = vm.env.get("default_zone")
    if tz is None:
        from dexlego.emulator.device import SYSTEM_PROPERTIES

        tz = vm.env["default_zone"] = javatime.zone(SYSTEM_PROPERTIES["persist.sys.timezone"])
    assert isinstance(tz, javatime.Zone)
    return tz


def new_date(vm: VM, millis: int) -> JObject:
    return vm.new_object(DATE, millis)


def millis_of(vm: VM, date: Any) -> int:
    """The instant of a Date (NullPointerException for null)."""
    if not isinstance(date, JObject) or not isinstance(date.native, int):
        raise vm.throwable("Ljava/lang/NullPointerException;", "date == null")
    return date.native


@method(DATE, "<init>")
def _date_init(vm: VM, a: list[Any]) -> Any:
    a[0].native = a[1] if len(a) == 2 and isinstance(a[1], int) else now_millis(vm)
    return None


@method(DATE, "getTime")
def _date_time(vm: VM, a: list[Any]) -> Any:
    return a[0].native


@method(DATE, "setTime")
def _date_set_time(vm: VM, a: list[Any]) -> Any:
    a[0].native = a[1]
    return None


@method(DATE, "before")
def _date_before(vm: VM, a: list[Any]) -> Any:
    return a[0].native < millis_of(vm, a[1])


@method(DATE, "after")
def _date_after(vm: VM, a: list[Any]) -> Any:
    return a[0].native > millis_of(vm, a[1])


@method(DATE, "compareTo")
def _date_compare(vm: VM, a: list[Any]) -> Any:
    other = millis_of(vm, a[1])
    return (a[0].native > other) - (a[0].native < other)


@method(DATE, "equals")
def _date_equals(vm: VM, a: list[Any]) -> Any:
    return isinstance(a[1], JObject) and a[1].cls.name == DATE and a[1].native == a[0].native


@method(DATE, "hashCode")
def _date_hash(vm: VM, a: list[Any]) -> Any:
    t = a[0].native & 0xFFFFFFFFFFFFFFFF
    h = (t ^ (t >> 32)) & 0xFFFFFFFF
    return h - (1 << 32) if h >= 1 << 31 else h


@method(DATE, "clone")
def _date_clone(vm: VM, a: list[Any]) -> Any:
    return new_date(vm, a[0].native)


@method(DATE, "toString")
def _date_string(vm: VM, a: list[Any]) -> Any:
    return javatime.format_instant(DATE_TO_STRING, a[0].native, default_zone(vm))


def _date_field(field: int, offset: int) -> None:
    """The deprecated local-time getters (getYear is the year minus 1900)."""

    @method(DATE, {javatime.YEAR: "getYear", javatime.MONTH: "getMonth",
                   javatime.DATE: "getDate", javatime.DAY_OF_WEEK: "getDay",
                   javatime.HOUR_OF_DAY: "getHours", javatime.MINUTE: "getMinutes",
                   javatime.SECOND: "getSeconds"}[field])
    def _get(vm: VM, a: list[Any]) -> Any:
        return javatime.fields(a[0].native, default_zone(vm))[field] - offset


for _date_getter, _offset in ((javatime.YEAR, 1900), (javatime.MONTH, 0), (javatime.DATE, 0),
                              (javatime.DAY_OF_WEEK, 1), (javatime.HOUR_OF_DAY, 0),
                              (javatime.MINUTE, 0), (javatime.SECOND, 0)):
    _date_field(_date_getter, _offset)


def _calendar(vm: VM, millis: int, tz: javatime.Zone | None = None) -> JObject:
    return vm.new_object(GCAL, {"millis": millis, "zone": tz or default_zone(vm)})


def _zone_and_locale_args(vm: VM, args: list[Any]) -> javatime.Zone:
    for arg in args:
        if isinstance(arg, JObject) and isinstance(arg.native, javatime.Zone):
            return arg.native
    return default_zone(vm)


@method(CAL, "getInstance")
def _calendar_instance(vm: VM, a: list[Any]) -> Any:
    return _calendar(vm, now_millis(vm), _zone_and_locale_args(vm, a))


@method(GCAL, "<init>")
def _gcal_init(vm: VM, a: list[Any]) -> Any:
    numbers = [v for v in a[1:] if isinstance(v, int) and not isinstance(v, bool)]
    tz = _zone_and_locale_args(vm, a[1:])
    millis = now_millis(vm)
    if numbers:  # (year, month, day[, hour, minute[, second]])
        w = numbers + [0] * (6 - len(numbers))
        millis = javatime.from_local(w[0], w[1], w[2], w[3], w[4], w[5], 0, tz)
    a[0].native = {"millis": millis, "zone": tz}
    return None


def _cal(a: list[Any]) -> dict[str, Any]:
    state: dict[str, Any] = a[0].native
    return state


def _field(vm: VM, field: Any) -> int:
    if not isinstance(field, int) or not 0 <= field < javatime.FIELD_COUNT:
        raise vm.throwable("Ljava/lang/ArrayIndexOutOfBoundsException;", str(field))
    return field


@method(CAL, "get")
def _cal_get(vm: VM, a: list[Any]) -> Any:
    state = _cal(a)
    return javatime.fields(state["millis"], state["zone"])[_field(vm, a[1])]


@method(CAL, "set")
def _cal_set(vm: VM, a: list[Any]) -> Any:
    state = _cal(a)
    try:
        if len(a) == 3:  # set(field, value)
            state["millis"] = javatime.set_field(state["millis"], state["zone"], _field(vm, a[1]),
                                                 a[2])
        else:  # set(year, month, date[, hourOfDay, minute[, second]]): the rest is kept
            wall = javatime.fields(state["millis"], state["zone"])
            g = list(a[1:]) + [wall[javatime.HOUR_OF_DAY], wall[javatime.MINUTE],
                               wall[javatime.SECOND]][len(a) - 4:]
            state["millis"] = javatime.from_local(g[0], g[1], g[2], g[3], g[4], g[5],
                                                  wall[javatime.MILLISECOND], state["zone"])
    except (ValueError, OverflowError) as exc:
        raise vm.throwable("Ljava/lang/IllegalArgumentException;", str(exc)) from None
    return None


@method(CAL, "add")
def _cal_add(vm: VM, a: list[Any]) -> Any:
    state = _cal(a)
    try:
        state["millis"] = javatime.add_field(state["millis"], state["zone"], _field(vm, a[1]), a[2])
    except (ValueError, OverflowError) as exc:
        raise vm.throwable("Ljava/lang/IllegalArgumentException;", str(exc)) from None
    return None


@method(CAL, "getTime")
def _cal_time(vm: VM, a: list[Any]) -> Any:
    return new_date(vm, _cal(a)["millis"])


@method(CAL, "setTime")
def _cal_set_time(vm: VM, a: list[Any]) -> Any:
    _cal(a)["millis"] = millis_of(vm, a[1])
    return None


@method(CAL, "getTimeInMillis")
def _cal_millis(vm: VM, a: list[Any]) -> Any:
    return _cal(a)["millis"]


@method(CAL, "setTimeInMillis")
def _cal_set_millis(vm: VM, a: list[Any]) -> Any:
    _cal(a)["millis"] = a[1]
    return None


@method(CAL, "getTimeZone")
def _cal_zone(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(TZ, _cal(a)["zone"])


@method(CAL, "setTimeZone")
def _cal_set_zone(vm: VM, a: list[Any]) -> Any:
    if isinstance(a[1], JObject) and isinstance(a[1].native, javatime.Zone):
        _cal(a)["zone"] = a[1].native
    return None


def _other_millis(vm: VM, other: Any) -> int | None:
    if isinstance(other, JObject) and isinstance(other.native, dict) and "millis" in other.native:
        return int(other.native["millis"])
    return None


@method(CAL, "before")
def _cal_before(vm: VM, a: list[Any]) -> Any:
    other = _other_millis(vm, a[1])
    return other is not None and _cal(a)["millis"] < other


@method(CAL, "after")
def _cal_after(vm: VM, a: list[Any]) -> Any:
    other = _other_millis(vm, a[1])
    return other is not None and _cal(a)["millis"] > other


@method(CAL, "compareTo")
def _cal_compare(vm: VM, a: list[Any]) -> Any:
    other = _other_millis(vm, a[1])
    if other is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", None)
    mine = _cal(a)["millis"]
    return (mine > other) - (mine < other)


@method(CAL, "clone")
def _cal_clone(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(a[0].cls.name, dict(_cal(a)))


@method(CAL, "getFirstDayOfWeek")
def _cal_first_day(vm: VM, a: list[Any]) -> Any:
    return 1  # Sunday, in the US


@method(CAL, "getActualMaximum")
def _cal_actual_max(vm: VM, a: list[Any]) -> Any:
    state = _cal(a)
    f = javatime.fields(state["millis"], state["zone"])
    field = _field(vm, a[1])
    year = f[javatime.YEAR]
    if field == javatime.DATE:
        return calendar.monthrange(year, f[javatime.MONTH] + 1)[1]
    if field == javatime.DAY_OF_YEAR:
        return 366 if calendar.isleap(year) else 365
    return {javatime.MONTH: 11, javatime.DAY_OF_WEEK: 7, javatime.HOUR_OF_DAY: 23,
            javatime.HOUR: 11, javatime.AM_PM: 1, javatime.MINUTE: 59, javatime.SECOND: 59,
            javatime.MILLISECOND: 999}.get(field, f[field])


@method(TZ, "getDefault")
def _tz_default(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(TZ, default_zone(vm))


@method(TZ, "setDefault")
def _tz_set_default(vm: VM, a: list[Any]) -> Any:
    vm.env.pop("default_zone", None)
    if isinstance(a[0], JObject) and isinstance(a[0].native, javatime.Zone):
        vm.env["default_zone"] = a[0].native
    return None


@method(TZ, "getTimeZone")
def _tz_get(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(TZ, javatime.zone(jstr(vm, a[0])))


@method(TZ, "getID")
def _tz_id(vm: VM, a: list[Any]) -> Any:
    return a[0].native.id


@method(TZ, "getRawOffset")
def _tz_raw(vm: VM, a: list[Any]) -> Any:
    return javatime.offsets(now_millis(vm), a[0].native)[0]


@method(TZ, "getOffset(J)I")
def _tz_offset(vm: VM, a: list[Any]) -> Any:
    raw, dst = javatime.offsets(a[1], a[0].native)
    return raw + dst


@method(TZ, "inDaylightTime")
def _tz_in_dst(vm: VM, a: list[Any]) -> Any:
    return javatime.offsets(millis_of(vm, a[1]), a[0].native)[1] != 0


@method(TZ, "useDaylightTime")
def _tz_uses_dst(vm: VM, a: list[Any]) -> Any:
    year = javatime.fields(now_millis(vm), a[0].native)[javatime.YEAR]
    winter, summer = (javatime.from_local(year, m, 1, 12, 0, 0, 0, a[0].native) for m in (0, 6))
    return javatime.offsets(winter, a[0].native) != javatime.offsets(summer, a[0].native)


@method(TZ, "getDisplayName")
def _tz_name(vm: VM, a: list[Any]) -> Any:
    return javatime.zone_name(now_millis(vm), a[0].native, True)


def _locale(vm: VM, language: str, country: str = "", variant: str = "") -> JObject:
    return vm.new_object(LOC, (language.lower(), country.upper(), variant))


def default_locale(vm: VM) -> JObject:
    loc = vm.env.get("default_locale")
    if loc is None:
        loc = vm.env["default_locale"] = _locale(vm, "en", "US")  # persist.sys.locale
    assert isinstance(loc, JObject)
    return loc


for _name, _parts in (("US", ("en", "US")), ("UK", ("en", "GB")), ("ENGLISH", ("en",)),
                      ("ROOT", ("",)), ("GERMANY", ("de", "DE")), ("FRANCE", ("fr", "FR")),
                      ("CHINA", ("zh", "CN")), ("JAPAN", ("ja", "JP"))):
    static_field(LOC, _name, functools.partial(lambda vm, parts: _locale(vm, *parts),
                                               parts=_parts))


@method(LOC, "getDefault")
def _locale_default(vm: VM, a: list[Any]) -> Any:
    return default_locale(vm)


@method(LOC, "setDefault")
def _locale_set_default(vm: VM, a: list[Any]) -> Any:
    chosen = a[-1]
    if isinstance(chosen, JObject) and chosen.cls.name == LOC:
        vm.env["default_locale"] = chosen
    return None


@method(LOC, "<init>")
def _locale_init(vm: VM, a: list[Any]) -> Any:
    parts = [jstr(vm, v) for v in a[1:4]] + ["", ""]
    a[0].native = (parts[0].lower(), parts[1].upper(), parts[2])
    return None


def _locale_getter(name: str, index: int) -> None:
    """getLanguage, getCountry, getVariant."""

    @method(LOC, name)
    def _get(vm: VM, a: list[Any]) -> Any:
        return a[0].native[index]


for _getter, _index in (("getLanguage", 0), ("getCountry", 1), ("getVariant", 2)):
    _locale_getter(_getter, _index)


@method(LOC, "toString")
def _locale_string(vm: VM, a: list[Any]) -> Any:
    language, country, variant = a[0].native
    if not country and not variant:
        return language
    return f"{language}_{country}" + (f"_{variant}" if variant else "")


@method(LOC, "toLanguageTag")
def _locale_tag(vm: VM, a: list[Any]) -> Any:
    language, country, _ = a[0].native
    return "-".join(p for p in (language or "und", country) if p)


@method(LOC, "equals")
def _locale_equals(vm: VM, a: list[Any]) -> Any:
    return isinstance(a[1], JObject) and a[1].cls.name == LOC and a[1].native == a[0].native


@method(LOC, "hashCode")
def _locale_hash(vm: VM, a: list[Any]) -> Any:
    return hash(a[0].native) & 0x7FFFFFFF  # stable within a run, as Java promises


@method(LOC, "getDisplayLanguage")
def _locale_display_language(vm: VM, a: list[Any]) -> Any:
    return LANGUAGE_NAMES.get(a[0].native[0], a[0].native[0])


@method(LOC, "getDisplayCountry")
def _locale_display_country(vm: VM, a: list[Any]) -> Any:
    return COUNTRY_NAMES.get(a[0].native[1], a[0].native[1])


#: English display names of the languages and countries `Locale`'s constants use.
LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French", "zh": "Chinese",
                  "ja": "Japanese", "es": "Spanish", "ru": "Russian", "it": "Italian"}
COUNTRY_NAMES = {"US": "United States", "GB": "United Kingdom", "DE": "Germany", "FR": "France",
                 "CN": "China", "JP": "Japan", "ES": "Spain", "RU": "Russia", "IT": "Italy"}
