/* The fixture app's own native library: no JNI_OnLoad, no initialisers, no libc. */
int fixture_answer(void) { return 42; }
