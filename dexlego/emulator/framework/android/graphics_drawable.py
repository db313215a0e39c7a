"""`android.graphics.drawable`: Drawable$Callback (declared for view dispatch)."""

from __future__ import annotations

from dexlego.emulator.framework.registry import model_class

model_class("Landroid/graphics/drawable/Drawable$Callback;", interface=True)
