package android.app;

import android.content.BroadcastReceiver;
import android.content.ComponentName;
import android.content.Context;
import android.content.Intent;
import android.content.IntentFilter;
import android.content.ServiceConnection;
import android.content.pm.ApplicationInfo;
import android.content.pm.PackageManager;
import android.os.Bundle;
import java.util.ArrayList;
import java.util.List;

/** The base context (AOSP: ContextImpl); the call structure below mirrors AOSP's. */
public class ContextImpl extends Context {
    private final String mPackage;
    private final ApplicationInfo mInfo = new ApplicationInfo();
    private final Instrumentation mInstrumentation = new Instrumentation();
    private final PackageManager mPackageManager = new ApplicationPackageManager();
    private final List<BroadcastReceiver> mReceivers = new ArrayList<>();
    private final List<IntentFilter> mFilters = new ArrayList<>();
    public int delivered;

    public ContextImpl(String pkg, int targetSdk) {
        mPackage = pkg;
        mInfo.packageName = pkg;
        mInfo.targetSdkVersion = targetSdk;
    }

    @Override public String getPackageName() { return mPackage; }

    @Override public PackageManager getPackageManager() { return mPackageManager; }

    @Override public ApplicationInfo getApplicationInfo() { return mInfo; }

    Instrumentation getInstrumentation() { return mInstrumentation; }

    @Override public void startActivity(Intent intent) { startActivity(intent, null); }

    @Override public void startActivity(Intent intent, Bundle options) {
        mInstrumentation.execStartActivity(this, null, null, (Activity) null, intent, -1, options);
    }

    @Override public ComponentName startService(Intent service) { return startServiceCommon(service, false, null); }

    @Override public ComponentName startForegroundService(Intent service) { return startServiceCommon(service, true, null); }

    private ComponentName startServiceCommon(Intent service, boolean requireForeground, Object user) {
        List<StubSystem.Component> found = StubSystem.resolve("service", service);
        if (found.isEmpty()) return null;
        return new ComponentName(found.get(0).pkg, found.get(0).cls);
    }

    @Override public boolean bindService(Intent service, ServiceConnection conn, int flags) {
        return bindServiceCommon(service, conn, flags, null, null);
    }

    private boolean bindServiceCommon(Intent service, ServiceConnection conn, int flags, String instanceName, Object user) {
        return !StubSystem.resolve("service", service).isEmpty();
    }

    @Override public void sendBroadcast(Intent intent) { deliver(intent); }

    @Override public void sendBroadcast(Intent intent, String receiverPermission) { deliver(intent); }

    @Override public void sendOrderedBroadcast(Intent intent, String receiverPermission) {
        sendOrderedBroadcast(intent, receiverPermission, null, null, 0, null, null);
    }

    public void sendOrderedBroadcast(Intent intent, String receiverPermission, BroadcastReceiver resultReceiver,
                                     Object scheduler, int initialCode, String initialData, Bundle initialExtras) {
        deliver(intent);
    }

    private void deliver(Intent intent) {
        for (int i = 0; i < mReceivers.size(); i++) {
            if (intent.getComponent() == null && mFilters.get(i).hasAction(intent.getAction())) {
                mReceivers.get(i).onReceive(this, intent);
                delivered++;
            }
        }
    }

    @Override public Intent registerReceiver(BroadcastReceiver receiver, IntentFilter filter) {
        return registerReceiverInternal(receiver, 0, filter, null, null, this, 0);
    }

    private Intent registerReceiverInternal(BroadcastReceiver receiver, int userId, IntentFilter filter,
                                            String permission, Object scheduler, Context context, int flags) {
        mReceivers.add(receiver);
        mFilters.add(filter);
        return null;
    }

    @Override public void unregisterReceiver(BroadcastReceiver receiver) {
        int i = mReceivers.indexOf(receiver);
        if (i >= 0) {
            mReceivers.remove(i);
            mFilters.remove(i);
        }
    }
}
