"""The emulator's clock, calendar and date formats against Java SE itself: `javatime` (what
the `java.util` and `java.text` models compute) must answer as a JVM does for the same
instants, zones and patterns (tests/emulator/java/TimeOracle.java is the oracle), and the
models must serve apps through the VM (tests/emulator/smali/Time.smali)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dexlego.emulator import javatime
from dexlego.emulator.vm.machine import VM

ORACLE = Path(__file__).parent / "java" / "TimeOracle.java"
ZONES = ("America/Los_Angeles", "UTC", "Europe/Berlin", "Asia/Kolkata", "GMT+05:30",
         "Australia/Lord_Howe")
INSTANTS = (
    1_700_000_000_000,  # the emulated clock's start, a Tuesday in November
    1_710_064_799_999,  # 2024-03-10 09:59:59.999 UTC: just before US daylight time
    1_710_064_800_000,  # ... and the first millisecond of it
    1_735_603_200_123,  # 2024-12-31 00:00:00.123 UTC: a week that holds January 1
    951_782_400_000,  # 2000-02-29: a leap day
    0,
    -86_400_001,
)
PATTERNS = (
    "yyyy-MM-dd HH:mm:ss.SSS Z", "EEEE, MMMM d, yy 'at' h:mm a", "yyyyMMdd_HHmmss",
    "D w W F u k K Y G", "X XX XXX", "''h 'o''clock' a''", "S SS SSSS",
)
#: Zone names come from locale data: checked for the zones `javatime` names (a US phone's
#: and UTC); other zones are named "GMT+hh:mm" (docs/emulator.md).
NAMED_ZONES = ("America/Los_Angeles", "America/New_York", "UTC")
NAME_PATTERNS = ("EEE MMM dd HH:mm:ss zzz yyyy", "zzzz")


@pytest.fixture(scope="module")
def oracle() -> Callable[[list[str]], list[str]]:
    java = shutil.which("java")
    if java is None:
        pytest.skip("java not installed (scripts/setup.sh installs a JDK)")

    def ask(lines: list[str]) -> list[str]:
        proc = subprocess.run([java, str(ORACLE)], input="\n".join(lines) + "\n",
                              capture_output=True, text=True, timeout=120, check=True)
        return proc.stdout.splitlines()

    return ask


def test_formats_match_java(oracle: Callable[[list[str]], list[str]]) -> None:
    cases = [(m, z, p) for m in INSTANTS for z in ZONES for p in PATTERNS]
    cases += [(m, z, p) for m in INSTANTS for z in NAMED_ZONES for p in NAME_PATTERNS]
    expected = oracle([f"format {m} {z} {p}" for m, z, p in cases])
    ours = [javatime.format_instant(javatime.pattern_tokens(p), m, javatime.zone(z))
            for m, z, p in cases]
    mismatches = [(case, e, o) for case, e, o in zip(cases, expected, ours, strict=True) if e != o]
    assert mismatches == []


def test_calendar_fields_add_and_set_match_java(oracle: Callable[[list[str]], list[str]]) -> None:
    questions: list[str] = []
    answers: list[str] = []
    for m in INSTANTS:
        for z in ZONES:
            tz = javatime.zone(z)
            questions.append(f"fields {m} {z}")
            answers.append(" ".join(map(str, javatime.fields(m, tz))))
            for field, amount in ((javatime.MONTH, 1), (javatime.MONTH, -13), (javatime.YEAR, 1),
                                  (javatime.DATE, 40), (javatime.HOUR_OF_DAY, 30),
                                  (javatime.WEEK_OF_YEAR, -2), (javatime.MINUTE, -61)):
                questions.append(f"add {m} {z} {field} {amount}")
                answers.append(str(javatime.add_field(m, tz, field, amount)))
            for field, value in ((javatime.MONTH, 13), (javatime.DATE, 0), (javatime.YEAR, 2031),
                                 (javatime.HOUR_OF_DAY, 25), (javatime.DAY_OF_YEAR, 400),
                                 (javatime.HOUR, 3), (javatime.AM_PM, 1), (javatime.SECOND, -5)):
                questions.append(f"set {m} {z} {field} {value}")
                answers.append(str(javatime.set_field(m, tz, field, value)))
    expected = oracle(questions)
    mismatches = [(q, e, o) for q, e, o in zip(questions, expected, answers, strict=True) if e != o]
    assert mismatches == []


def test_zone_ids_match_java(oracle: Callable[[list[str]], list[str]]) -> None:
    ids = ["America/Los_Angeles", "UTC", "GMT", "GMT+5", "GMT-0330", "GMT+24:00", "Mars/Base",
           "Asia/Kolkata"]
    expected = oracle([f"zone {i}" for i in ids])
    ours = [f"{javatime.zone(i).id} {javatime.offsets(0, javatime.zone(i))[0]}" for i in ids]
    assert ours == expected


PARSES = (  # (pattern, text): what apps parse (time bombs, server dates, log stamps)
    ("yyyy-MM-dd", "2030-01-01"), ("yyyy-MM-dd HH:mm:ss", "2024-03-10 02:30:00"),
    ("dd/MM/yyyy", "31/12/2099"), ("yyyyMMddHHmmss", "20231114141320"),
    ("EEE, dd MMM yyyy HH:mm:ss Z", "Tue, 14 Nov 2023 14:13:20 -0800"),
    ("EEE MMM dd HH:mm:ss zzz yyyy", "Tue Nov 14 14:13:20 PST 2023"),
    ("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "2023-11-14T22:13:20.123Z"),
    ("yyyy-MM-dd'T'HH:mm:ssXXX", "2023-11-14T14:13:20-08:00"),
    ("MMMM d, yyyy h:mm a", "November 4, 2023 9:05 PM"), ("MMM d yy", "nov 4 99"),
    ("yy-MM-dd", "07-02-29"), ("yyyy-MM-dd", "2023-13-45"), ("d MMM yyyy", "  5 Jan 2024 tail"),
    ("yyyy-MM-dd", "2023/11/14"), ("yyyy-MM-dd", "soon"), ("HH:mm", "25:61"),
    ("yyyy-MM-dd z", "2023-07-01 GMT+05:30"), ("D yyyy", "300 2023"),
)


def test_parses_match_java(oracle: Callable[[list[str]], list[str]]) -> None:
    """`SimpleDateFormat.parse` as lenient as Java's, with the same ParseException messages;
    two-digit years fall in the 100 years from 80 years before the emulated clock's start."""
    now = 1_700_000_000_000
    zone = "America/Los_Angeles"
    expected = oracle([f"parse {zone}\t{p}\t{t}" for p, t in PARSES])
    ours = []
    for pattern, text in PARSES:
        try:
            ours.append(str(javatime.parse_instant(javatime.pattern_tokens(pattern), text,
                                                   javatime.zone(zone), now)))
        except javatime.UnparseableDate as exc:
            ours.append(f"ParseException {exc}")
    assert list(zip(PARSES, ours, strict=True)) == list(zip(PARSES, expected, strict=True))


def test_illegal_patterns_are_refused() -> None:
    with pytest.raises(ValueError, match="Illegal pattern character 'b'"):
        javatime.pattern_tokens("yyyy-bb")
    with pytest.raises(ValueError, match="Unterminated quote"):
        javatime.pattern_tokens("yyyy 'at")


Call = Callable[..., Any]
T = "Lt/Time;->"


def test_an_app_sees_the_devices_clock_zone_and_locale(call: Call, vm: VM) -> None:
    """Through the VM: `new Date()` and `Calendar.getInstance()` are the emulated clock's
    instant in America/Los_Angeles, formatted as a US phone formats it; the locale is en_US."""
    assert call(T + "now()Ljava/lang/String;") == "Tue Nov 14 14:13:20 PST 2023"
    assert call(T + "stamp(Ljava/lang/String;)Ljava/lang/String;", "yyyy-MM-dd HH:mm zzzz") == (
        "2023-11-14 14:13 Pacific Standard Time")
    assert call(T + "year()I") == 2023
    assert call(T + "locale()Ljava/lang/String;") == "en_US en US"
    # Calendar arithmetic: January 31 plus a month is February's last day
    assert call(T + "plusMonth(III)Ljava/lang/String;", 2024, 0, 31) == "2024-02-29"
    assert call(T + "badPattern()Ljava/lang/String;") == "Illegal pattern character 'b'"
    # a time bomb: new Date().after(new SimpleDateFormat("yyyy-MM-dd").parse("2030-01-01"))
    assert call(T + "after(Ljava/lang/String;)I", "2030-01-01") == 0
    assert call(T + "after(Ljava/lang/String;)I", "2020-01-01") == 1
    assert call(T + "after(Ljava/lang/String;)I", "someday") == -1  # ParseException caught
