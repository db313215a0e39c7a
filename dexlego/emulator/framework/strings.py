"""String, StringBuilder/StringBuffer, Character and TextUtils, propagating tags."""

from __future__ import annotations

import re
from typing import Any

from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.framework.util import arg_str, jstr, prim_str, string_hash
from dexlego.emulator.taint import EMPTY, TInt, tag, taint_of, union
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray, JObject

OBJ = "Ljava/lang/Object;"
S = "Ljava/lang/String;"
model_class(S, OBJ, ("Ljava/lang/CharSequence;", "Ljava/lang/Comparable;", "Ljava/io/Serializable;"))
model_class("Ljava/lang/AbstractStringBuilder;", OBJ, ("Ljava/lang/CharSequence;",))
SB = "Ljava/lang/StringBuilder;"
SBUF = "Ljava/lang/StringBuffer;"
model_class(SB, "Ljava/lang/AbstractStringBuilder;")
model_class(SBUF, "Ljava/lang/AbstractStringBuilder;")
model_class("Ljava/lang/Character;", OBJ, ("Ljava/lang/Comparable;",))
model_class("Landroid/text/TextUtils;")
model_class("Ljava/util/regex/Pattern;")
model_class("Ljava/util/regex/Matcher;")
model_class("Ljava/util/StringTokenizer;")


def _t(result: Any, *inputs: Any) -> Any:
    """`result` tagged with everything the inputs carry."""
    return tag(result, union(*inputs))


def _oob(vm: VM, what: str) -> Exception:
    return vm.throwable("Ljava/lang/StringIndexOutOfBoundsException;", what)


def _chars(s: str) -> JArray:
    t = taint_of(s)
    data: list[Any] = [ord(c) for c in s]
    if t:
        out = []
        for v in data:
            x = TInt(v)
            x.taint = t
            out.append(x)
        data = out
    arr = JArray("[C", data)
    arr.taint = t
    return arr


def chars_to_str(arr: JArray, off: int = 0, n: int | None = None) -> str:
    data = arr.data[off:] if n is None else arr.data[off : off + n]
    s = "".join(chr(c & 0xFFFF) for c in data)
    t = arr.taint | union(*data)
    return tag(s, t)  # type: ignore[no-any-return]


# -- String ---------------------------------------------------------------------------------


@method(S, "<init>")
def _new_string(vm: VM, a: list[Any]) -> Any:
    # Returns the value; the interpreter swaps it in for the blank instance.
    args = a[1:]
    if not args:
        return ""
    x = args[0]
    if isinstance(x, str):
        return x
    if isinstance(x, JArray):
        if x.type == "[C":
            if len(args) >= 3:
                return chars_to_str(x, args[1], args[2])
            return chars_to_str(x)
        raw = bytes((b & 0xFF) for b in x.data)
        if len(args) >= 3 and isinstance(args[1], int) and isinstance(args[2], int):
            raw = raw[args[1] : args[1] + args[2]]
        return tag(raw.decode("utf-8", "replace"), x.taint | union(*x.data))
    return _t(arg_str(x) or "", x)


@method(S, "length()I")
def _len(vm: VM, a: list[Any]) -> Any:
    return len(a[0])


@method(S, "isEmpty()Z")
def _empty(vm: VM, a: list[Any]) -> Any:
    return len(a[0]) == 0


@method(S, "charAt(I)C")
def _char_at(vm: VM, a: list[Any]) -> Any:
    s, i = a
    if i < 0 or i >= len(s):
        raise _oob(vm, f"index={i} length={len(s)}")
    return tag(ord(s[i]), taint_of(s))


@method(S, "toCharArray()[C")
def _to_chars(vm: VM, a: list[Any]) -> Any:
    return _chars(a[0])


@method(S, "getChars")
def _get_chars(vm: VM, a: list[Any]) -> Any:
    s, b, e, dst, db = a
    if b < 0 or e > len(s) or b > e or db + (e - b) > len(dst.data):
        raise _oob(vm, f"getChars {b}..{e}")
    t = taint_of(s)
    dst.data[db : db + e - b] = [tag(ord(c), t) for c in s[b:e]]
    dst.taint = dst.taint | t
    return None


@method(S, "getBytes")
def _bytes(vm: VM, a: list[Any]) -> Any:
    raw = a[0].encode("utf-8", "replace")
    arr = JArray("[B", [(b ^ 0x80) - 0x80 for b in raw])
    arr.taint = taint_of(a[0])
    return arr


@method(S, "substring")
def _substring(vm: VM, a: list[Any]) -> Any:
    s = a[0]
    b = a[1]
    e = a[2] if len(a) > 2 else len(s)
    if b < 0 or e > len(s) or b > e:
        raise _oob(vm, f"begin {b}, end {e}, length {len(s)}")
    return _t(s[b:e], s)


@method(S, "subSequence")
def _subseq(vm: VM, a: list[Any]) -> Any:
    return _substring(vm, a)


@method(S, "concat")
def _concat(vm: VM, a: list[Any]) -> Any:
    return _t(a[0] + a[1], a[0], a[1])


@method(S, "equals(Ljava/lang/Object;)Z")
def _equals(vm: VM, a: list[Any]) -> Any:
    return isinstance(a[1], str) and str.__eq__(a[0], a[1])


@method(S, "equalsIgnoreCase")
def _equals_ic(vm: VM, a: list[Any]) -> Any:
    return isinstance(a[1], str) and a[0].lower() == a[1].lower()


@method(S, "contentEquals")
def _content_eq(vm: VM, a: list[Any]) -> Any:
    return a[0] == arg_str(a[1])


@method(S, "hashCode()I")
def _hash(vm: VM, a: list[Any]) -> Any:
    return string_hash(a[0])


@method(S, "compareTo", "compareToIgnoreCase")
def _compare(vm: VM, a: list[Any]) -> Any:
    x, y = a[0], a[1]
    if y is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", "compareTo(null)")
    for c1, c2 in zip(x, y, strict=False):
        if c1 != c2:
            return ord(c1) - ord(c2)
    return len(x) - len(y)


@method(S, "toString()Ljava/lang/String;", "intern()Ljava/lang/String;")
def _self(vm: VM, a: list[Any]) -> Any:
    return a[0]


@method(S, "toLowerCase")
def _lower(vm: VM, a: list[Any]) -> Any:
    return _t(a[0].lower(), a[0])


@method(S, "toUpperCase")
def _upper(vm: VM, a: list[Any]) -> Any:
    return _t(a[0].upper(), a[0])


@method(S, "trim")
def _trim(vm: VM, a: list[Any]) -> Any:
    return _t(a[0].strip(" \t\n\r\x0b\x0c\x00"), a[0])


@method(S, "indexOf")
def _index_of(vm: VM, a: list[Any]) -> Any:
    s, x = a[0], a[1]
    start = a[2] if len(a) > 2 else 0
    needle = chr(x) if isinstance(x, int) else str(x)
    return s.find(needle, max(0, start))


@method(S, "lastIndexOf")
def _last_index_of(vm: VM, a: list[Any]) -> Any:
    s, x = a[0], a[1]
    needle = chr(x) if isinstance(x, int) else str(x)
    if len(a) > 2:
        return s.rfind(needle, 0, a[2] + len(needle))
    return s.rfind(needle)


@method(S, "contains")
def _contains(vm: VM, a: list[Any]) -> Any:
    return (arg_str(a[1]) or "") in a[0]


@method(S, "startsWith")
def _starts(vm: VM, a: list[Any]) -> Any:
    off = a[2] if len(a) > 2 else 0
    return a[0].startswith(a[1], off)


@method(S, "endsWith")
def _ends(vm: VM, a: list[Any]) -> Any:
    return a[0].endswith(a[1])


@method(S, "replace")
def _replace(vm: VM, a: list[Any]) -> Any:
    s, x, y = a
    if isinstance(x, int):
        return _t(s.replace(chr(x), chr(y)), s)
    return _t(s.replace(arg_str(x) or "", arg_str(y) or ""), s, y)


def _java_regex(p: str) -> str:
    return p.replace("\\p{Alpha}", "[A-Za-z]").replace("\\p{Digit}", "[0-9]")


@method(S, "replaceAll", "replaceFirst")
def _replace_all(vm: VM, a: list[Any]) -> Any:
    s, pat, rep = a
    rep_py = re.sub(r"\$(\d)", r"\\\1", rep)
    try:
        out = re.sub(_java_regex(pat), rep_py, s)
    except re.error:
        out = s
    return _t(out, s, rep)


@method(S, "matches")
def _matches(vm: VM, a: list[Any]) -> Any:
    try:
        return re.fullmatch(_java_regex(a[1]), a[0]) is not None
    except re.error:
        return False


@method(S, "split")
def _split(vm: VM, a: list[Any]) -> Any:
    s, pat = a[0], a[1]
    limit = a[2] if len(a) > 2 else 0
    try:
        parts = re.split(_java_regex(pat), s, maxsplit=max(0, limit - 1) if limit > 0 else 0)
    except re.error:
        parts = s.split(pat)
    if parts and parts[0] == "" and len(s) > 0 and re.match(_java_regex(pat), s):
        # Java drops a leading empty string only for a zero-width match; keep simple cases
        pass
    if limit == 0:
        while parts and parts[-1] == "":
            parts.pop()
    t = taint_of(s)
    arr = JArray("[Ljava/lang/String;", [tag(p, t) for p in parts])
    arr.taint = t
    return arr


@method(S, "valueOf", "copyValueOf")
def _value_of(vm: VM, a: list[Any]) -> Any:
    return _string_of(vm, a)


def _string_of(vm: VM, a: list[Any]) -> Any:
    x = a[0]
    if isinstance(x, JArray) and x.type == "[C":
        if len(a) >= 3:
            return chars_to_str(x, a[1], a[2])
        return chars_to_str(x)
    return jstr(vm, x)


for _kind in "ZCIJFD":

    def _mk(kind: str) -> Any:
        @method(S, f"valueOf({kind})Ljava/lang/String;")
        def _vo(vm: VM, a: list[Any]) -> Any:
            return prim_str(a[0], kind)

        return _vo

    _mk(_kind)


@method(S, "format")
def _format(vm: VM, a: list[Any]) -> Any:
    if isinstance(a[0], str):
        fmt, args = a[0], a[1]
    else:
        fmt, args = a[1], a[2]
    vals = list(args.data) if isinstance(args, JArray) else []
    t = union(fmt, *vals) | (args.taint if isinstance(args, JArray) else EMPTY)
    out = []
    it = iter(vals)

    def repl(m: re.Match[str]) -> str:
        conv = m.group(2)
        if conv == "%":
            return "%"
        if conv == "n":
            return "\n"
        v = next(it, None)
        from dexlego.emulator.framework.util import unbox

        u = unbox(v)
        if conv in "dxX" and isinstance(u, int):
            return format(u, "x" if conv == "x" else "X" if conv == "X" else "d")
        if conv == "f" and isinstance(u, int | float):
            return f"{float(u):.6f}"
        return jstr(vm, v)

    out.append(re.sub(r"%([-#+ 0,(\d.]*)([a-zA-Z%])", repl, fmt))
    return tag("".join(out), t)


@method(S, "join")
def _join(vm: VM, a: list[Any]) -> Any:
    sep = arg_str(a[0]) or ""
    items = a[1]
    vals = items.data if isinstance(items, JArray) else list(getattr(items, "native", []) or [])
    strs = [jstr(vm, v) for v in vals]
    return tag(sep.join(strs), union(*strs))


@method(S, "codePointAt")
def _cp(vm: VM, a: list[Any]) -> Any:
    return ord(a[0][a[1]])


@method(S, "regionMatches")
def _region(vm: VM, a: list[Any]) -> Any:
    if isinstance(a[1], int):  # ignoreCase form
        s, off, o, ooff, n = a[0], a[2], a[3], a[4], a[5]
        return s[off : off + n].lower() == o[ooff : ooff + n].lower()
    s, off, o, ooff, n = a[0], a[1], a[2], a[3], a[4]
    return s[off : off + n] == o[ooff : ooff + n]


# -- StringBuilder / StringBuffer -----------------------------------------------------------


def _sb(o: JObject) -> list[str]:
    if not isinstance(o.native, list):
        o.native = []
    lst: list[str] = o.native
    return lst


def _sb_str(o: JObject) -> str:
    return tag("".join(_sb(o)), o.taint)  # type: ignore[no-any-return]


def _append(o: JObject, s: str) -> None:
    _sb(o).append(s)
    t = taint_of(s)
    if t:
        o.taint = o.taint | t


for _cls in (SB, SBUF):

    @method(_cls, "<init>")
    def _sb_init(vm: VM, a: list[Any]) -> Any:
        o = a[0]
        o.native = []
        if len(a) > 1 and not isinstance(a[1], int):
            _append(o, arg_str(a[1]) or "")
        return None

    @method(_cls, "toString()Ljava/lang/String;")
    def _sb_to_string(vm: VM, a: list[Any]) -> Any:
        return _sb_str(a[0])

    @method(_cls, "length()I")
    def _sb_len(vm: VM, a: list[Any]) -> Any:
        return sum(len(x) for x in _sb(a[0]))

    @method(_cls, "charAt(I)C")
    def _sb_char_at(vm: VM, a: list[Any]) -> Any:
        return _char_at(vm, [_sb_str(a[0]), a[1]])

    for _kind in "ZCIJFD":

        def _mk_append(kind: str, cls: str) -> None:
            @method(cls, f"append({kind}){cls}")
            def _app(vm: VM, a: list[Any]) -> Any:
                _append(a[0], prim_str(a[1], kind))
                return a[0]

        _mk_append(_kind, _cls)

    @method(_cls, "append")
    def _sb_append(vm: VM, a: list[Any]) -> Any:
        x = a[1]
        if isinstance(x, JArray) and x.type == "[C":
            s = chars_to_str(x, a[2], a[3]) if len(a) > 3 else chars_to_str(x)
        elif len(a) > 3 and x is not None:
            s = _t((arg_str(x) or "")[a[2] : a[3]], x)
        elif isinstance(x, JObject) and isinstance(x.native, list) and x.cls.name in (SB, SBUF):
            s = _sb_str(x)
        else:
            s = jstr(vm, x)
        _append(a[0], s)
        return a[0]

    @method(_cls, "insert")
    def _sb_insert(vm: VM, a: list[Any]) -> Any:
        cur = _sb_str(a[0])
        x = a[2]
        s = jstr(vm, x) if not isinstance(x, int) else str(x)
        new = cur[: a[1]] + s + cur[a[1] :]
        a[0].native = [new]
        a[0].taint = a[0].taint | taint_of(s)
        return a[0]

    @method(_cls, "reverse")
    def _sb_reverse(vm: VM, a: list[Any]) -> Any:
        a[0].native = [_sb_str(a[0])[::-1]]
        return a[0]

    @method(_cls, "setLength")
    def _sb_set_length(vm: VM, a: list[Any]) -> Any:
        cur = _sb_str(a[0])
        n = a[1]
        a[0].native = [cur[:n] + "\0" * max(0, n - len(cur))]
        if n == 0:
            a[0].taint = EMPTY
        return None

    @method(_cls, "deleteCharAt")
    def _sb_del_char(vm: VM, a: list[Any]) -> Any:
        cur = _sb_str(a[0])
        a[0].native = [cur[: a[1]] + cur[a[1] + 1 :]]
        return a[0]

    @method(_cls, "delete")
    def _sb_delete(vm: VM, a: list[Any]) -> Any:
        cur = _sb_str(a[0])
        a[0].native = [cur[: a[1]] + cur[a[2] :]]
        return a[0]

    @method(_cls, "replace")
    def _sb_replace(vm: VM, a: list[Any]) -> Any:
        cur = _sb_str(a[0])
        a[0].native = [cur[: a[1]] + a[3] + cur[a[2] :]]
        a[0].taint = a[0].taint | taint_of(a[3])
        return a[0]

    @method(_cls, "setCharAt")
    def _sb_set_char(vm: VM, a: list[Any]) -> Any:
        cur = _sb_str(a[0])
        a[0].native = [cur[: a[1]] + chr(a[2]) + cur[a[1] + 1 :]]
        a[0].taint = a[0].taint | taint_of(a[2])
        return None

    @method(_cls, "indexOf")
    def _sb_index(vm: VM, a: list[Any]) -> Any:
        return _sb_str(a[0]).find(a[1], a[2] if len(a) > 2 else 0)

    @method(_cls, "substring")
    def _sb_sub(vm: VM, a: list[Any]) -> Any:
        return _substring(vm, [_sb_str(a[0]), *a[1:]])


# -- Character ------------------------------------------------------------------------------

C = "Ljava/lang/Character;"


@method(C, "isDigit")
def _is_digit(vm: VM, a: list[Any]) -> Any:
    return chr(a[0]).isdigit()


@method(C, "isLetter")
def _is_letter(vm: VM, a: list[Any]) -> Any:
    return chr(a[0]).isalpha()


@method(C, "isLetterOrDigit")
def _is_alnum(vm: VM, a: list[Any]) -> Any:
    return chr(a[0]).isalnum()


@method(C, "isWhitespace", "isSpaceChar")
def _is_space(vm: VM, a: list[Any]) -> Any:
    return chr(a[0]).isspace()


@method(C, "isUpperCase")
def _is_upper(vm: VM, a: list[Any]) -> Any:
    return chr(a[0]).isupper()


@method(C, "isLowerCase")
def _is_lower(vm: VM, a: list[Any]) -> Any:
    return chr(a[0]).islower()


@method(C, "toUpperCase")
def _to_upper(vm: VM, a: list[Any]) -> Any:
    return tag(ord(chr(a[0]).upper()[0]), taint_of(a[0]))


@method(C, "toLowerCase")
def _to_lower(vm: VM, a: list[Any]) -> Any:
    return tag(ord(chr(a[0]).lower()[0]), taint_of(a[0]))


@method(C, "toString(C)Ljava/lang/String;")
def _char_str(vm: VM, a: list[Any]) -> Any:
    return prim_str(a[0], "C")


@method(C, "getNumericValue", "digit")
def _digit(vm: VM, a: list[Any]) -> Any:
    ch = chr(a[0])
    return int(ch, 36) if ch.isalnum() else -1


# -- TextUtils ------------------------------------------------------------------------------

TU = "Landroid/text/TextUtils;"


@method(TU, "isEmpty")
def _tu_empty(vm: VM, a: list[Any]) -> Any:
    return a[0] is None or len(arg_str(a[0]) or "") == 0


@method(TU, "equals")
def _tu_equals(vm: VM, a: list[Any]) -> Any:
    return arg_str(a[0]) == arg_str(a[1])


@method(TU, "join")
def _tu_join(vm: VM, a: list[Any]) -> Any:
    return _join(vm, a)


# -- regular expressions ---------------------------------------------------------------------

PAT = "Ljava/util/regex/Pattern;"
MAT = "Ljava/util/regex/Matcher;"


@method(PAT, "compile")
def _compile(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(PAT, str(a[0]))


@method(PAT, "matcher")
def _matcher(vm: VM, a: list[Any]) -> Any:
    text = arg_str(a[1]) or ""
    return vm.new_object(MAT, {"pattern": a[0].native, "text": text, "match": None, "pos": 0})


@method(PAT, "matches")
def _pattern_matches(vm: VM, a: list[Any]) -> Any:
    try:
        return re.fullmatch(_java_regex(str(a[0])), arg_str(a[1]) or "") is not None
    except re.error:
        return False


@method(PAT, "pattern", "toString")
def _pattern_str(vm: VM, a: list[Any]) -> Any:
    return a[0].native


def _m(o: JObject) -> dict[str, Any]:
    st: dict[str, Any] = o.native
    return st


@method(MAT, "matches")
def _matcher_matches(vm: VM, a: list[Any]) -> Any:
    st = _m(a[0])
    try:
        st["match"] = re.fullmatch(_java_regex(st["pattern"]), st["text"])
    except re.error:
        st["match"] = None
    return st["match"] is not None


@method(MAT, "find", "lookingAt")
def _matcher_find(vm: VM, a: list[Any]) -> Any:
    st = _m(a[0])
    try:
        rx = re.compile(_java_regex(st["pattern"]))
    except re.error:
        return False
    m = rx.search(st["text"], st["pos"])
    st["match"] = m
    if m is not None:
        st["pos"] = m.end() if m.end() > m.start() else m.end() + 1
    return m is not None


@method(MAT, "group")
def _matcher_group(vm: VM, a: list[Any]) -> Any:
    st = _m(a[0])
    m = st["match"]
    if m is None:
        raise vm.throwable("Ljava/lang/IllegalStateException;", "No match found")
    g = a[1] if len(a) > 1 else 0
    return tag(m.group(g), taint_of(st["text"]))


@method(MAT, "start")
def _matcher_start(vm: VM, a: list[Any]) -> Any:
    m = _m(a[0])["match"]
    return m.start() if m else -1


@method(MAT, "end")
def _matcher_end(vm: VM, a: list[Any]) -> Any:
    m = _m(a[0])["match"]
    return m.end() if m else -1


@method(MAT, "groupCount")
def _matcher_count(vm: VM, a: list[Any]) -> Any:
    try:
        return re.compile(_java_regex(_m(a[0])["pattern"])).groups
    except re.error:
        return 0


@method(MAT, "replaceAll")
def _matcher_replace(vm: VM, a: list[Any]) -> Any:
    st = _m(a[0])
    return _replace_all(vm, [st["text"], st["pattern"], a[1]])
