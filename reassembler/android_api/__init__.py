"""The Android framework's API (classes, members, descriptors, hierarchy) from real API
descriptions; see `index.py`."""

from reassembler.android_api.index import (
    ApiClass,
    ApiField,
    ApiIndex,
    ApiMethod,
    ApiUnavailable,
    default_index,
)

__all__ = ["ApiClass", "ApiField", "ApiIndex", "ApiMethod", "ApiUnavailable", "default_index"]
