/* NOT Frida Gadget: a stand-in shared library named libfrida-gadget.so for tests (Frida's real
 * gadget cannot be downloaded here). No JNI_OnLoad, no initialisers, no libc. */
int dexlego_fixture_gadget_marker(void) { return 17; }
