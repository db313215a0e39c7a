package android.app;

import android.content.ActivityNotFoundException;
import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.os.IBinder;

public class Instrumentation {
    /** Where every activity start ends (AOSP: ContextImpl.startActivity and Activity.startActivityForResult). */
    public ActivityResult execStartActivity(Context who, IBinder contextThread, IBinder token, Activity target,
                                            Intent intent, int requestCode, Bundle options) {
        if (StubSystem.resolve("activity", intent).isEmpty()) {
            throw new ActivityNotFoundException("No Activity found to handle " + intent.getAction());
        }
        return null;
    }

    public static final class ActivityResult {}
}
