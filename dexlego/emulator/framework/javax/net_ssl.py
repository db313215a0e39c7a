"""`javax.net.ssl`: HttpsURLConnection (served by the `java.net` connection models)."""

from __future__ import annotations

from dexlego.emulator.framework.registry import model_class

model_class("Ljavax/net/ssl/HttpsURLConnection;", "Ljava/net/HttpURLConnection;")
