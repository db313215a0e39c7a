"""`android.webkit`: WebView (declared so that casts and dispatch work)."""

from __future__ import annotations

from dexlego.emulator.framework.registry import model_class

model_class("Landroid/webkit/WebView;", "Landroid/widget/AbsoluteLayout;")
