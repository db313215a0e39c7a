"""`android.hardware`: SensorManager and Sensor, the device's sensors (`device.SENSORS`).

As the API reference and AOSP's `SensorManager` define them: `getSensorList(type)` lists the
sensors of a type (`Sensor.TYPE_ALL`, -1: all of them); `getDefaultSensor(type)` is the first
sensor of the type whose wake-up flag is the type's default (wake-up for proximity and
significant motion, non-wake-up otherwise), `getDefaultSensor(type, wakeUp)` the first with that
flag, null when there is none; `registerListener` is true for a sensor and false for null.
The same Sensor objects answer every call. Not modeled: sensor events (a registered listener's
`onSensorChanged` never runs), dynamic sensors (the list is empty), and the sensors' ranges,
resolutions, power and delays.
"""

from __future__ import annotations

from typing import Any

from dexlego.emulator.device import SENSORS
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

SM = "Landroid/hardware/SensorManager;"
SENSOR = "Landroid/hardware/Sensor;"
model_class(SM)
model_class(SENSOR)

TYPE_ALL = -1
#: Sensor.STRING_TYPE_* of the types the device has.
STRING_TYPES = {
    1: "android.sensor.accelerometer", 2: "android.sensor.magnetic_field",
    4: "android.sensor.gyroscope", 5: "android.sensor.light", 6: "android.sensor.pressure",
    8: "android.sensor.proximity", 9: "android.sensor.gravity",
    10: "android.sensor.linear_acceleration", 11: "android.sensor.rotation_vector",
    14: "android.sensor.magnetic_field_uncalibrated", 15: "android.sensor.game_rotation_vector",
    16: "android.sensor.gyroscope_uncalibrated", 17: "android.sensor.significant_motion",
    18: "android.sensor.step_detector", 19: "android.sensor.step_counter",
    20: "android.sensor.geomagnetic_rotation_vector",
}  # fmt: skip
WAKE_UP_BY_DEFAULT = frozenset({8, 17})  # proximity, significant motion (of the types above)


def _sensors(vm: VM) -> list[JObject]:
    made: list[JObject] | None = vm.env.get("sensors")
    if made is None:
        made = vm.env["sensors"] = [vm.new_object(SENSOR, entry) for entry in SENSORS]
    return made


def _of_type(vm: VM, kind: Any) -> list[JObject]:
    return [s for s in _sensors(vm) if kind == TYPE_ALL or s.native[2] == kind]


@method(SM, "getSensorList")
def _sensor_list(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/ArrayList;", _of_type(vm, a[1]))


@method(SM, "getDynamicSensorList")
def _dynamic_sensor_list(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/ArrayList;", [])


@method(SM, "getDefaultSensor")
def _default_sensor(vm: VM, a: list[Any]) -> Any:
    wake_up = bool(a[2]) if len(a) > 2 else a[1] in WAKE_UP_BY_DEFAULT
    return next((s for s in _of_type(vm, a[1]) if s.native[3] == wake_up), None)


@method(SM, "registerListener")
def _register(vm: VM, a: list[Any]) -> Any:
    return isinstance(a[2], JObject) and a[2].cls.name == SENSOR and a[1] is not None


@method(SM, "unregisterListener")
def _unregister(vm: VM, a: list[Any]) -> Any:
    return None


def _sensor_getter(name: str, index: int) -> None:
    """getName, getVendor, getType, isWakeUpSensor: one entry of `device.SENSORS`."""

    @method(SENSOR, name)
    def _get(vm: VM, a: list[Any]) -> Any:
        return a[0].native[index]


for _getter, _index in (("getName", 0), ("getVendor", 1), ("getType", 2), ("isWakeUpSensor", 3)):
    _sensor_getter(_getter, _index)


@method(SENSOR, "getStringType")
def _string_type(vm: VM, a: list[Any]) -> Any:
    return STRING_TYPES[a[0].native[2]]


@method(SENSOR, "getVersion")
def _version(vm: VM, a: list[Any]) -> Any:
    return 1
