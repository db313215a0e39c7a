package android.app;

import android.content.Context;
import android.content.ContextWrapper;
import android.content.Intent;
import android.os.Bundle;

/** AOSP's shape: startActivity -> startActivityForResult(Intent, int, Bundle) -> Instrumentation. */
public class Activity extends ContextWrapper {
    private Instrumentation mInstrumentation;

    public Activity() { super(null); }

    public void attach(Context base) {
        attachBaseContext(base);
        mInstrumentation = ((ContextImpl) base).getInstrumentation();
    }

    @Override public void startActivity(Intent intent) { startActivity(intent, null); }

    @Override public void startActivity(Intent intent, Bundle options) {
        if (options != null) startActivityForResult(intent, -1, options);
        else startActivityForResult(intent, -1);
    }

    public void startActivityForResult(Intent intent, int requestCode) { startActivityForResult(intent, requestCode, null); }

    public void startActivityForResult(Intent intent, int requestCode, Bundle options) {
        mInstrumentation.execStartActivity(this, null, null, this, intent, requestCode, options);
    }
}
