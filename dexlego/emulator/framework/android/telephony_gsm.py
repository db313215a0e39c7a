"""`android.telephony.gsm`: the deprecated SmsManager (its models live with `android.telephony`'s)."""

from __future__ import annotations

from dexlego.emulator.framework.registry import model_class

GSMS = "Landroid/telephony/gsm/SmsManager;"
model_class(GSMS)
