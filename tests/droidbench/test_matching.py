"""Per-flow matching of found (source, sink) pairs to expected leaks."""

from __future__ import annotations

from droidbench.matching import ExpectedLeak, match_flows
from droidbench.metrics import Score

IMEI = "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"
SIM = "Landroid/telephony/TelephonyManager;->getSimSerialNumber()Ljava/lang/String;"
SMS = "Landroid/telephony/SmsManager;->sendTextMessage(Ljava/lang/String;)V"
LOG_I = "Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I"
LOG_D = "Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I"


def test_a_flow_counts_only_for_a_leak_it_fits() -> None:
    leak = (ExpectedLeak(("getDeviceId",), ("sendTextMessage",)),)
    assert match_flows([(IMEI, SMS)], leak) == Score(tp=1, fp=0, fn=0)
    assert match_flows([(IMEI, LOG_I)], leak) == Score(tp=0, fp=1, fn=1)
    assert match_flows([(SIM, SMS)], leak) == Score(tp=0, fp=1, fn=1)
    # the same pair reported twice is one flow
    assert match_flows([(IMEI, SMS), (IMEI, SMS)], leak) == Score(tp=1, fp=0, fn=0)


def test_each_leak_takes_at_most_count_flows_and_the_matching_is_maximal() -> None:
    leaks = (ExpectedLeak(("getDeviceId",), ("Log", "sendTextMessage"), 1),
             ExpectedLeak(("getDeviceId",), ("sendTextMessage",), 1))
    # greedy order would give (IMEI, SMS) to the first leak and leave (IMEI, LOG_I) unmatched
    assert match_flows([(IMEI, SMS), (IMEI, LOG_I)], leaks) == Score(tp=2, fp=0, fn=0)
    two_logs = (ExpectedLeak(("getDeviceId",), ("Log",), 2),)
    assert match_flows([(IMEI, LOG_I), (IMEI, LOG_D), (IMEI, SMS)], two_logs) == Score(2, 1, 0)
    # one API pair cannot stand for two leaks through the same APIs at two call sites
    assert match_flows([(IMEI, LOG_I)], two_logs) == Score(tp=1, fp=0, fn=1)


def test_no_expected_leak_makes_every_flow_a_false_positive() -> None:
    assert match_flows([(IMEI, SMS)], ()) == Score(tp=0, fp=1, fn=0)
    assert match_flows([], ()) == Score()


def test_a_side_without_api_keywords_accepts_any_api() -> None:
    leak = (ExpectedLeak((), ("sendTextMessage",)),)
    assert match_flows([(SIM, SMS)], leak) == Score(tp=1, fp=0, fn=0)
