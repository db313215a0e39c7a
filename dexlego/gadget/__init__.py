"""Repackaging an app with Frida Gadget so the device runtime collects without root."""
