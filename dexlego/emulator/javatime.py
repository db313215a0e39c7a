"""Java's calendar arithmetic over epoch milliseconds, for the `java.util` and `java.text` models.

What `GregorianCalendar`, `TimeZone` and `SimpleDateFormat` compute, after the Java SE API
documentation, with the IANA zone rules Python's `zoneinfo` reads: Calendar fields of an
instant in a zone (weeks as in the US: they start on Sunday, week 1 holds January 1), lenient
`set` and `add`, and `SimpleDateFormat` patterns in English (the device's locale, en-US).
Not modeled: the Julian calendar before 1582's cutover, years outside 1-9999, and other
locales' month and day names.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MS = timedelta(milliseconds=1)

# java.util.Calendar's field numbers
(ERA, YEAR, MONTH, WEEK_OF_YEAR, WEEK_OF_MONTH, DATE, DAY_OF_YEAR, DAY_OF_WEEK,
 DAY_OF_WEEK_IN_MONTH, AM_PM, HOUR, HOUR_OF_DAY, MINUTE, SECOND, MILLISECOND, ZONE_OFFSET,
 DST_OFFSET) = range(17)
FIELD_COUNT = 17

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
#: Long names `SimpleDateFormat`'s "zzzz" gives, (standard, daylight), for the zones a US phone
#: meets; other zones get "GMT+hh:mm".
LONG_ZONE_NAMES = {
    "America/Los_Angeles": ("Pacific Standard Time", "Pacific Daylight Time"),
    "America/Denver": ("Mountain Standard Time", "Mountain Daylight Time"),
    "America/Chicago": ("Central Standard Time", "Central Daylight Time"),
    "America/New_York": ("Eastern Standard Time", "Eastern Daylight Time"),
    "UTC": ("Coordinated Universal Time", "Coordinated Universal Time"),
    "GMT": ("Greenwich Mean Time", "Greenwich Mean Time"),
}
PATTERN_LETTERS = frozenset("GyYMLwWDdFEuaHkKhmsSzZX")
_CUSTOM_ID = re.compile(r"GMT([+-])(\d{1,2})(?::?(\d{2}))?")


class Zone:
    """A `TimeZone`: its ID and rules."""

    def __init__(self, zone_id: str, rules: tzinfo) -> None:
        self.id = zone_id
        self.rules = rules


def zone(zone_id: str) -> Zone:
    """`TimeZone.getTimeZone(id)`: an IANA ID, UTC/GMT, or a custom "GMT+hh:mm" (normalized);
    GMT for an ID it does not know, as the API reference says."""
    if zone_id in ("UTC", "GMT"):
        return Zone(zone_id, UTC)
    custom = _CUSTOM_ID.fullmatch(zone_id)
    if custom:
        hours, minutes = int(custom[2]), int(custom[3] or 0)
        if hours <= 23 and minutes <= 59:
            sign = -1 if custom[1] == "-" else 1
            return Zone(f"GMT{custom[1]}{hours:02d}:{minutes:02d}",
                        timezone(sign * timedelta(hours=hours, minutes=minutes)))
        return Zone("GMT", UTC)
    try:
        return Zone(zone_id, ZoneInfo(zone_id))
    except (ZoneInfoNotFoundError, ValueError):
        return Zone("GMT", UTC)


def local(millis: int, tz: Zone) -> datetime:
    return (EPOCH + millis * MS).astimezone(tz.rules)


def to_millis(moment: datetime) -> int:
    return (moment - EPOCH) // MS


def offsets(millis: int, tz: Zone) -> tuple[int, int]:
    """(raw offset, daylight saving offset) in milliseconds at `millis`."""
    moment = local(millis, tz)
    total = moment.utcoffset() or timedelta()
    dst = moment.dst() or timedelta()
    return (total - dst) // MS, dst // MS


def _week_start(day: date) -> date:
    return day - timedelta(days=day.isoweekday() % 7)  # the Sunday before or on it


def week_of_year(day: date) -> int:
    start = _week_start(day)
    if (start + timedelta(days=6)).year > day.year:
        return 1  # this week holds next January 1
    return (start - _week_start(date(day.year, 1, 1))).days // 7 + 1


def week_year(day: date) -> int:
    return day.year + 1 if day.month == 12 and week_of_year(day) == 1 else day.year


def fields(millis: int, tz: Zone) -> list[int]:
    """Every Calendar field of the instant, indexed by field number."""
    moment = local(millis, tz)
    day = moment.date()
    raw, dst = offsets(millis, tz)
    out = [0] * FIELD_COUNT
    out[ERA] = 1  # AD
    out[YEAR], out[MONTH], out[DATE] = day.year, day.month - 1, day.day
    out[WEEK_OF_YEAR] = week_of_year(day)
    out[WEEK_OF_MONTH] = (_week_start(day) - _week_start(day.replace(day=1))).days // 7 + 1
    out[DAY_OF_YEAR] = day.timetuple().tm_yday
    out[DAY_OF_WEEK] = day.isoweekday() % 7 + 1  # Sunday is 1
    out[DAY_OF_WEEK_IN_MONTH] = (day.day - 1) // 7 + 1
    out[AM_PM], out[HOUR] = divmod(moment.hour, 12)
    out[HOUR_OF_DAY], out[MINUTE], out[SECOND] = moment.hour, moment.minute, moment.second
    out[MILLISECOND] = moment.microsecond // 1000
    out[ZONE_OFFSET], out[DST_OFFSET] = raw, dst
    return out


def from_local(year: int, month: int, day: int, hour: int, minute: int, second: int,
               milli: int, tz: Zone) -> int:
    """The instant of these wall-clock fields, leniently (month 12 is next January, day 0 the
    month's last day before, hour 25 tomorrow's 1 o'clock); ValueError outside years 1-9999."""
    year, month = divmod(year * 12 + month, 12)
    wall = datetime(year, month + 1, 1) + timedelta(days=day - 1, hours=hour, minutes=minute,
                                                    seconds=second, milliseconds=milli)
    return to_millis(wall.replace(tzinfo=tz.rules))


def _wall(millis: int, tz: Zone) -> list[int]:
    f = fields(millis, tz)
    return [f[YEAR], f[MONTH], f[DATE], f[HOUR_OF_DAY], f[MINUTE], f[SECOND], f[MILLISECOND]]


_WALL_INDEX = {YEAR: 0, MONTH: 1, DATE: 2, HOUR_OF_DAY: 3, MINUTE: 4, SECOND: 5, MILLISECOND: 6}


def set_field(millis: int, tz: Zone, field: int, value: int) -> int:
    """`Calendar.set(field, value)` then a recomputation; fields it does not model (ERA, the
    week fields but DAY_OF_WEEK, the zone offsets) leave the time as it was."""
    f = fields(millis, tz)
    w = _wall(millis, tz)
    if field in _WALL_INDEX:
        w[_WALL_INDEX[field]] = value
    elif field == DAY_OF_YEAR:
        w[1], w[2] = 0, value
    elif field == DAY_OF_WEEK:
        w[2] += value - f[DAY_OF_WEEK]  # the same week
    elif field == HOUR:
        w[3] = f[AM_PM] * 12 + value
    elif field == AM_PM:
        w[3] = w[3] % 12 + 12 * value
    else:
        return millis
    return from_local(w[0], w[1], w[2], w[3], w[4], w[5], w[6], tz)


_ELAPSED = {HOUR_OF_DAY: 3_600_000, HOUR: 3_600_000, AM_PM: 43_200_000, MINUTE: 60_000,
            SECOND: 1000, MILLISECOND: 1}
_DAYS = {DATE: 1, DAY_OF_YEAR: 1, DAY_OF_WEEK: 1, WEEK_OF_YEAR: 7, WEEK_OF_MONTH: 7,
         DAY_OF_WEEK_IN_MONTH: 7}


def add_field(millis: int, tz: Zone, field: int, amount: int) -> int:
    """`Calendar.add`: years and months keep the day within the new month (January 31 plus a
    month is February's last day), days keep the wall-clock time, hours and smaller add
    elapsed time."""
    if field in _ELAPSED:
        return millis + amount * _ELAPSED[field]
    y, mo, d, h, mi, s, ms = _wall(millis, tz)
    if field in (YEAR, MONTH):
        y, mo = divmod(y * 12 + mo + (amount * 12 if field == YEAR else amount), 12)
        d = min(d, calendar.monthrange(y, mo + 1)[1])
    elif field in _DAYS:
        d += amount * _DAYS[field]
    else:
        return millis
    return from_local(y, mo, d, h, mi, s, ms, tz)


def zone_name(millis: int, tz: Zone, long: bool) -> str:
    raw, dst = offsets(millis, tz)
    names = LONG_ZONE_NAMES.get(tz.id)
    if long and names is not None:
        return names[1 if dst else 0]
    short = local(millis, tz).tzname() or ""
    if not long and short.isalpha():
        return short
    return "GMT" + _offset_text(raw + dst, ":")


def _offset_text(offset_ms: int, sep: str) -> str:
    sign = "-" if offset_ms < 0 else "+"
    minutes = abs(offset_ms) // 60_000
    return f"{sign}{minutes // 60:02d}{sep}{minutes % 60:02d}"


def pattern_tokens(pattern: str) -> list[tuple[str, int | str]]:
    """A SimpleDateFormat pattern as (letter, count) and ("'", literal text) tokens;
    ValueError naming an illegal pattern character or an unterminated quote."""
    tokens: list[tuple[str, int | str]] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "'":
            if pattern[i + 1 : i + 2] == "'":
                tokens.append(("'", "'"))
                i += 2
                continue
            end = i + 1
            text = []
            while True:
                if end >= len(pattern):
                    raise ValueError(f"Unterminated quote in pattern {pattern!r}")
                if pattern[end] == "'":
                    if pattern[end + 1 : end + 2] == "'":
                        text.append("'")
                        end += 2
                        continue
                    break
                text.append(pattern[end])
                end += 1
            tokens.append(("'", "".join(text)))
            i = end + 1
        elif c.isascii() and c.isalpha():
            if c not in PATTERN_LETTERS:
                raise ValueError(f"Illegal pattern character '{c}'")
            n = 1
            while pattern[i + n : i + n + 1] == c:
                n += 1
            tokens.append((c, n))
            i += n
        else:
            tokens.append(("'", c))
            i += 1
    return tokens


def format_instant(tokens: list[tuple[str, int | str]], millis: int, tz: Zone) -> str:
    """`SimpleDateFormat.format` of the instant with English names."""
    f = fields(millis, tz)
    day = local(millis, tz).date()
    out: list[str] = []
    for letter, n in tokens:
        if letter == "'":
            out.append(str(n))
            continue
        assert isinstance(n, int)
        out.append(_format_field(letter, n, f, day, millis, tz))
    return "".join(out)


def _format_field(letter: str, n: int, f: list[int], day: date, millis: int, tz: Zone) -> str:
    def num(value: int) -> str:
        return str(value).zfill(n)

    if letter in "yY":
        year = f[YEAR] if letter == "y" else week_year(day)
        return f"{year % 100:02d}" if n == 2 else num(year)
    if letter in "ML":
        if n >= 4:
            return MONTHS[f[MONTH]]
        return MONTHS[f[MONTH]][:3] if n == 3 else num(f[MONTH] + 1)
    if letter == "E":
        name = DAYS[f[DAY_OF_WEEK] - 1]
        return name if n >= 4 else name[:3]
    if letter == "a":
        return "PM" if f[AM_PM] else "AM"
    if letter == "G":
        return "AD"
    if letter == "z":
        return zone_name(millis, tz, n >= 4)
    if letter in "ZX":
        offset = f[ZONE_OFFSET] + f[DST_OFFSET]
        if letter == "X" and offset == 0:
            return "Z"
        if letter == "X" and n == 1:
            return _offset_text(offset, "")[:3]
        return _offset_text(offset, ":" if letter == "X" and n >= 3 else "")
    value = {
        "w": f[WEEK_OF_YEAR], "W": f[WEEK_OF_MONTH], "D": f[DAY_OF_YEAR], "d": f[DATE],
        "F": f[DAY_OF_WEEK_IN_MONTH], "u": (f[DAY_OF_WEEK] + 5) % 7 + 1, "H": f[HOUR_OF_DAY],
        "k": f[HOUR_OF_DAY] or 24, "K": f[HOUR], "h": f[HOUR] or 12, "m": f[MINUTE],
        "s": f[SECOND], "S": f[MILLISECOND],
    }[letter]
    return num(value)


_NUMERIC = frozenset("yYMLwWDdFuHkKhmsS")
_ZONE_NAMES = {"PST": -8 * 3_600_000, "PDT": -7 * 3_600_000, "MST": -7 * 3_600_000,
               "MDT": -6 * 3_600_000, "CST": -6 * 3_600_000, "CDT": -5 * 3_600_000,
               "EST": -5 * 3_600_000, "EDT": -4 * 3_600_000, "UTC": 0, "GMT": 0, "UT": 0}
_OFFSET = re.compile(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?")


class UnparseableDate(ValueError):
    """`ParseException`: the text does not match the pattern at `offset`."""

    def __init__(self, text: str, offset: int) -> None:
        super().__init__(f'Unparseable date: "{text}"')
        self.offset = offset


def parse_instant(tokens: list[tuple[str, int | str]], text: str, tz: Zone, now: int) -> int:
    """`SimpleDateFormat.parse(text)`, lenient as its default: fields missing from the
    pattern default to 1970-01-01 00:00:00.000; a one- or two-letter year given as two digits
    falls within 80 years before and 20 after `now`; day names are read and not used; text
    after the pattern is ignored. UnparseableDate where the text does not match."""
    parsed: dict[str, int] = {}
    offset_ms: int | None = None
    pos = 0
    for i, (letter, n) in enumerate(tokens):
        if letter == "'":
            literal = str(n)
            if not text.startswith(literal, pos):
                raise UnparseableDate(text, pos)
            pos += len(literal)
            continue
        assert isinstance(n, int)
        while pos < len(text) and text[pos] in " \t":
            pos += 1  # a field may follow spaces
        if pos >= len(text):
            raise UnparseableDate(text, pos)
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if letter in _NUMERIC and not (letter in "ML" and n >= 3):
            width = n if nxt in _NUMERIC else None  # abutting numeric fields take `n` digits
            begun = pos
            value, pos = _read_number(text, pos, width)
            if letter in "yY" and n <= 2 and pos - begun == 2 and value >= 0:
                start = fields(now, tz)[YEAR] - 80  # the two-digit years' century
                value += start // 100 * 100 + (100 if value < start % 100 else 0)
            parsed[letter] = value
        elif letter in "ML":
            found, pos = _read_name(text, pos, MONTHS)
            parsed["M"] = found + 1
        elif letter == "E":
            _, pos = _read_name(text, pos, DAYS)
        elif letter == "a":
            found, pos = _read_name(text, pos, ("AM", "PM"))
            parsed["a"] = found
        elif letter == "G":
            found, pos = _read_name(text, pos, ("BC", "AD"))
        else:  # z, Z, X
            offset_ms, pos = _read_zone(text, pos)
    hour = parsed.get("H", 0)
    if "k" in parsed:
        hour = parsed["k"] % 24
    if "h" in parsed or "K" in parsed:
        hour = parsed.get("h", parsed.get("K", 0)) % 12 + 12 * parsed.get("a", 0)
    elif "a" in parsed and "H" not in parsed and "k" not in parsed:
        hour = 12 * parsed["a"]
    year = parsed.get("y", parsed.get("Y", 1970))
    month, day = parsed.get("M", 1) - 1, parsed.get("d", 1)
    if "D" in parsed and "d" not in parsed:
        month, day = 0, parsed["D"]
    rules = Zone("parsed", timezone(offset_ms * MS)) if offset_ms is not None else tz
    try:
        return from_local(year, month, day, hour, parsed.get("m", 0), parsed.get("s", 0),
                          parsed.get("S", 0), rules)
    except (ValueError, OverflowError):
        raise UnparseableDate(text, 0) from None


def _read_number(text: str, pos: int, width: int | None) -> tuple[int, int]:
    start = pos
    if width is None and text[pos] == "-":
        pos += 1  # lenient: a negative number
    end = pos
    while end < len(text) and text[end].isdigit() and (width is None or end - pos < width):
        end += 1
    if end == pos:
        raise UnparseableDate(text, start)
    return int(text[start:end]), end


def _read_name(text: str, pos: int, names: tuple[str, ...]) -> tuple[int, int]:
    """The longest of the names or their three-letter forms at `pos`, case-insensitively."""
    best: tuple[int, int] | None = None
    for index, name in enumerate(names):
        for form in (name, name[:3]):
            if text[pos : pos + len(form)].lower() == form.lower() and (
                    best is None or len(form) > best[1] - pos):
                best = (index, pos + len(form))
    if best is None:
        raise UnparseableDate(text, pos)
    return best


def _read_zone(text: str, pos: int) -> tuple[int, int]:
    """A zone as `SimpleDateFormat` reads it: "Z", a "GMT+hh:mm"/"-0800"/"-08:00" offset, or a
    US zone's long name or abbreviation."""
    if text[pos] == "Z":
        return 0, pos + 1
    for zone_id, (standard, daylight) in LONG_ZONE_NAMES.items():
        for is_daylight, name in ((False, standard), (True, daylight)):
            if text.startswith(name, pos):
                raw = offsets(0, zone(zone_id))[0]
                return raw + (3_600_000 if is_daylight and standard != daylight else 0), \
                    pos + len(name)
    match = _OFFSET.match(text, pos)
    if match:
        sign = -1 if match[1] == "-" else 1
        return sign * (int(match[2]) * 3_600_000 + int(match[3] or 0) * 60_000), match.end()
    for name, value in _ZONE_NAMES.items():
        if text.startswith(name, pos):
            return value, pos + len(name)
    raise UnparseableDate(text, pos)
