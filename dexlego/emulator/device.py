"""The emulated device's identity in one place: `Build` fields, Android system properties
(`getprop`), Java system properties and the process environment. The models of `Build`,
`SystemProperties`, `System.getProperty`/`getenv` and the telephony identifiers read from here,
so every way an app asks gets the same answer.

A Pixel 3 ("blueline") on Android 10 (QQ3A.200805.001, API 29), on T-Mobile US (MCC 310, MNC
260). Sources: AOSP `system/core/rootdir/init.environ.rc.in` (Android 10) and bionic's
`_PATH_DEFPATH` for the environment; libcore's `AndroidHardcodedSystemProperties` and
`System.initUnchangeableSystemProperties` for the Java properties; the Build class's
documented `ro.*` sources for the system properties.
"""

from __future__ import annotations

BUILD: dict[str, str | int | bool] = {
    "MODEL": "Pixel 3", "MANUFACTURER": "Google", "BRAND": "google", "DEVICE": "blueline",
    "PRODUCT": "blueline", "HARDWARE": "blueline", "BOARD": "blueline",
    "FINGERPRINT": "google/blueline/blueline:10/QQ3A.200805.001/6578210:user/release-keys",
    "SERIAL": "8ABX0Y123", "TAGS": "release-keys", "TYPE": "user", "HOST": "abfarm",
    "ID": "QQ3A.200805.001", "DISPLAY": "QQ3A.200805.001", "USER": "android-build",
    "BOOTLOADER": "b1c1-0.3-6623201", "RADIO": "g845-00107-200702-B-6616938",
    "CPU_ABI": "arm64-v8a", "CPU_ABI2": "", "UNKNOWN": "unknown", "TIME": 1596672000000,
    "IS_DEBUGGABLE": False,
}  # fmt: skip
BUILD_VERSION: dict[str, str | int] = {
    "SDK_INT": 29, "RELEASE": "10", "SDK": "29", "INCREMENTAL": "6578210", "CODENAME": "REL",
    "SECURITY_PATCH": "2020-08-05", "PREVIEW_SDK_INT": 0, "BASE_OS": "",
}  # fmt: skip
_B = {k: str(v) for k, v in BUILD.items()}  # the values as getprop prints them
SUPPORTED_ABIS = ("arm64-v8a", "armeabi-v7a", "armeabi")
APP_UID = 10123  # the app's Linux uid (Process.myUid, ApplicationInfo.uid): an app id + 10000

SYSTEM_PROPERTIES: dict[str, str] = {
    "ro.build.version.sdk": "29", "ro.build.version.release": "10",
    "ro.build.version.incremental": "6578210", "ro.build.version.codename": "REL",
    "ro.build.version.security_patch": "2020-08-05", "ro.build.version.preview_sdk": "0",
    "ro.build.id": _B["ID"], "ro.build.display.id": _B["DISPLAY"],
    "ro.build.fingerprint": _B["FINGERPRINT"], "ro.build.tags": _B["TAGS"],
    "ro.build.type": _B["TYPE"], "ro.build.user": _B["USER"], "ro.build.host": _B["HOST"],
    "ro.build.date.utc": "1596672000", "ro.build.characteristics": "nosdcard",
    "ro.product.model": _B["MODEL"], "ro.product.manufacturer": _B["MANUFACTURER"],
    "ro.product.brand": _B["BRAND"], "ro.product.device": _B["DEVICE"],
    "ro.product.name": _B["PRODUCT"], "ro.product.board": _B["BOARD"],
    "ro.product.cpu.abi": "arm64-v8a", "ro.product.cpu.abilist": ",".join(SUPPORTED_ABIS),
    "ro.product.cpu.abilist64": "arm64-v8a", "ro.product.cpu.abilist32": "armeabi-v7a,armeabi",
    "ro.product.locale": "en-US", "ro.hardware": _B["HARDWARE"],
    "ro.boot.hardware": _B["HARDWARE"], "ro.bootloader": _B["BOOTLOADER"],
    "ro.boot.bootloader": _B["BOOTLOADER"], "ro.serialno": _B["SERIAL"],
    "ro.boot.serialno": _B["SERIAL"], "ro.baseband": _B["RADIO"],
    "gsm.version.baseband": _B["RADIO"], "ro.debuggable": "0", "ro.secure": "1",
    "ro.adb.secure": "1", "ro.boot.verifiedbootstate": "green", "ro.boot.flash.locked": "1",
    "ro.crypto.state": "encrypted", "ro.kernel.android.checkjni": "0",
    "gsm.operator.numeric": "310260", "gsm.sim.operator.numeric": "310260",
    "gsm.operator.alpha": "T-Mobile", "gsm.sim.operator.alpha": "T-Mobile",
    "gsm.operator.iso-country": "us", "gsm.sim.operator.iso-country": "us",
    "gsm.sim.state": "READY", "gsm.network.type": "LTE", "gsm.current.phone-type": "1",
    "persist.sys.timezone": "America/Los_Angeles", "persist.sys.locale": "en-US",
    "ro.zygote": "zygote64_32", "dalvik.vm.heapsize": "512m", "dalvik.vm.isa.arm64.variant": "cortex-a75",
    "sys.boot_completed": "1", "dev.bootcomplete": "1", "init.svc.adbd": "stopped",
    "net.hostname": "android-8abx0y123", "wifi.interface": "wlan0",
}  # fmt: skip

# init.environ.rc (Android 10) plus the default PATH: what an app process inherits.
ENVIRONMENT: dict[str, str] = {
    "PATH": "/product/bin:/apex/com.android.runtime/bin:/system/bin:/system/xbin:/odm/bin:"
            "/vendor/bin:/vendor/xbin",
    "ANDROID_BOOTLOGO": "1", "ANDROID_ROOT": "/system", "ANDROID_ASSETS": "/system/app",
    "ANDROID_DATA": "/data", "ANDROID_STORAGE": "/storage",
    "ANDROID_RUNTIME_ROOT": "/apex/com.android.runtime",
    "ANDROID_TZDATA_ROOT": "/apex/com.android.tzdata", "EXTERNAL_STORAGE": "/sdcard",
    "ASEC_MOUNTPOINT": "/mnt/asec", "DOWNLOAD_CACHE": "/data/cache",
    "BOOTCLASSPATH": "/apex/com.android.runtime/javalib/core-oj.jar:"
                     "/apex/com.android.runtime/javalib/core-libart.jar:"
                     "/apex/com.android.runtime/javalib/okhttp.jar:"
                     "/apex/com.android.runtime/javalib/bouncycastle.jar:"
                     "/apex/com.android.runtime/javalib/apache-xml.jar:/system/framework/framework.jar:"
                     "/system/framework/ext.jar:/system/framework/telephony-common.jar:"
                     "/system/framework/voip-common.jar:/system/framework/ims-common.jar:"
                     "/system/framework/android.test.base.jar:"
                     "/apex/com.android.conscrypt/javalib/conscrypt.jar:"
                     "/apex/com.android.media/javalib/updatable-media.jar",
    "SYSTEMSERVERCLASSPATH": "/system/framework/services.jar:/system/framework/ethernet-service.jar:"
                             "/system/framework/wifi-service.jar:/system/framework/com.android.location.provider.jar",
    "ANDROID_SOCKET_zygote_secondary": "",
}  # fmt: skip
del ENVIRONMENT["ANDROID_SOCKET_zygote_secondary"]  # closed in app processes


def java_properties(package: str) -> dict[str, str]:
    """System.getProperties() in an app process of `package`."""
    user_agent = (f"Dalvik/2.1.0 (Linux; U; Android {BUILD_VERSION['RELEASE']}; {BUILD['MODEL']} "
                  f"Build/{BUILD['ID']})")  # fmt: skip
    return {
        "java.boot.class.path": ENVIRONMENT["BOOTCLASSPATH"], "java.class.path": ".",
        "java.class.version": "50.0", "java.compiler": "", "java.ext.dirs": "",
        "java.home": "/system", "java.io.tmpdir": f"/data/user/0/{package}/cache",
        "java.library.path": "/system/lib64:/system/product/lib64",
        "java.net.preferIPv6Addresses": "false", "java.runtime.name": "Android Runtime",
        "java.runtime.version": "0.9", "java.specification.name": "Dalvik Core Library",
        "java.specification.vendor": "The Android Project", "java.specification.version": "0.9",
        "java.vendor": "The Android Project", "java.vendor.url": "http://www.android.com/",
        "java.version": "0", "java.vm.name": "Dalvik", "java.vm.specification.name":
        "Dalvik Virtual Machine Specification", "java.vm.specification.vendor":
        "The Android Project", "java.vm.specification.version": "0.9",
        "java.vm.vendor": "The Android Project", "java.vm.vendor.url": "http://www.android.com/",
        "java.vm.version": "2.1.0", "os.arch": "aarch64", "os.name": "Linux",
        "os.version": "4.9.223-g5f6ce8bb9e52-ab6596557", "file.encoding": "UTF-8",
        "file.separator": "/", "line.separator": "\n", "path.separator": ":",
        "user.dir": "/", "user.home": "", "user.name": "", "user.language": "en",
        "user.region": "US", "http.agent": user_agent,
        "android.icu.library.version": "63.2", "android.icu.unicode.version": "11.0",
        "android.icu.cldr.version": "34.0", "android.zlib.version": "1.2.11",
        "android.openssl.version": "BoringSSL",
    }  # fmt: skip

#: The device's network interfaces as `NetworkInterface.getNetworkInterfaces()` lists them
#: (libcore reads them with getifaddrs): (name, index, MTU, loopback, MAC or None, addresses).
#: Wi-Fi is up (`ConnectivityManager` reports a validated Wi-Fi network, `WifiInfo` the SSID
#: "HomeNetwork") with a home router's private IPv4 address and its IPv6 link-local address
#: (EUI-64 of its MAC); the mobile data interface is down, so it is listed without addresses;
#: loopback last, as getifaddrs returns it after the others on Pixel kernels. Android 10 gives
#: Wi-Fi a randomized, locally administered MAC per network, which `getHardwareAddress` returns
#: to apps (null only for apps targeting Android 11+, a newer device than this one), while
#: `WifiInfo.getMacAddress` has returned the constant 02:00:00:00:00:00 since Android 6.0.
WIFI_MAC = "02:00:00:44:55:66"
WIFI_INFO_MAC = "02:00:00:00:00:00"
NETWORK_INTERFACES: tuple[tuple[str, int, int, bool, str | None, tuple[str, ...]], ...] = (
    ("wlan0", 30, 1500, False, WIFI_MAC, ("fe80::ff:fe44:5566%wlan0", "192.168.1.23")),
    ("rmnet_data0", 12, 1500, False, None, ()),
    ("lo", 1, 65536, True, None, ("::1", "127.0.0.1")),
)


#: The device's sensors in `SensorManager.getSensorList(Sensor.TYPE_ALL)` order: (name, vendor,
#: `Sensor.TYPE_*`, wake-up). A Pixel 3's hardware sensors (accelerometer and gyroscope,
#: magnetometer, ambient light and proximity, barometer; the parts as teardowns name them, not
#: read from a device: none was at hand) and the composite sensors built on them. Wake-up are
#: the ones the API reference says `getDefaultSensor` returns as wake-up (proximity,
#: significant motion).
SENSORS: tuple[tuple[str, str, int, bool], ...] = (
    ("LSM6DSM Accelerometer", "STMicro", 1, False),
    ("LIS2MDL Magnetometer", "STMicro", 2, False),
    ("LSM6DSM Gyroscope", "STMicro", 4, False),
    ("TMD3702V Ambient Light Sensor", "AMS", 5, False),
    ("BMP380 Pressure Sensor", "Bosch", 6, False),
    ("TMD3702V Proximity Sensor", "AMS", 8, True),
    ("Gravity Sensor", "Google", 9, False),
    ("Linear Acceleration Sensor", "Google", 10, False),
    ("Rotation Vector Sensor", "Google", 11, False),
    ("LIS2MDL Magnetometer Uncalibrated", "STMicro", 14, False),
    ("Game Rotation Vector Sensor", "Google", 15, False),
    ("LSM6DSM Gyroscope Uncalibrated", "STMicro", 16, False),
    ("Significant Motion Detector", "Google", 17, True),
    ("Step Detector", "Google", 18, False),
    ("Step Counter", "Google", 19, False),
    ("Geomagnetic Rotation Vector Sensor", "Google", 20, False),
)  # fmt: skip
