"""The Apache HTTP client (`org.apache.http` and its subpackages, one legacy library):
requests carry their entity's tags, `AbstractHttpClient.execute` is a sink.
"""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.taint import union
from dexlego.emulator.vm.machine import VM

# -- Apache HTTP client (old but common in malware): executing a request is a sink ----------

H = "Lorg/apache/http/"
for _c in ("client/methods/HttpGet", "client/methods/HttpPost", "client/methods/HttpPut",
           "client/methods/HttpRequestBase", "impl/client/DefaultHttpClient",
           "impl/client/AbstractHttpClient", "entity/StringEntity",
           "client/entity/UrlEncodedFormEntity", "message/BasicNameValuePair",
           "message/BasicHttpResponse"):  # fmt: skip
    model_class(f"{H}{_c};")
model_class(f"{H}client/methods/HttpGet;", f"{H}client/methods/HttpRequestBase;")
model_class(f"{H}client/methods/HttpPost;", f"{H}client/methods/HttpRequestBase;")
model_class(f"{H}client/methods/HttpPut;", f"{H}client/methods/HttpRequestBase;")
model_class(f"{H}impl/client/DefaultHttpClient;", f"{H}impl/client/AbstractHttpClient;")
# A request executed is a sink (the catalog's HttpClient.execute, every overload).
model_class(f"{H}client/HttpClient;", interface=True)
model_class(f"{H}impl/client/AbstractHttpClient;", "Ljava/lang/Object;", (f"{H}client/HttpClient;",))


def _carry(vm: VM, a: list[Any]) -> Any:
    """Constructors and setters of requests, entities and pairs: keep what they were given."""
    o = a[0]
    parts = list(a[1:])
    if not isinstance(o.native, list):
        o.native = []
    o.native.extend(parts)
    t = union(*parts)
    if t:
        o.taint = o.taint | t
    return None


for _c in ("client/methods/HttpRequestBase", "entity/StringEntity",
           "client/entity/UrlEncodedFormEntity", "message/BasicNameValuePair"):  # fmt: skip
    method(f"{H}{_c};", "<init>", "setEntity", "setHeader", "addHeader", "setURI")(_carry)


@method(f"{H}impl/client/AbstractHttpClient;", "execute")
def _http_execute(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(f"{H}message/BasicHttpResponse;")


@method(f"{H}impl/client/AbstractHttpClient;", "<init>")
def _http_client(vm: VM, a: list[Any]) -> Any:
    return None
