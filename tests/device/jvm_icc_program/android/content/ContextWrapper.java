package android.content;

import android.content.pm.ApplicationInfo;
import android.content.pm.PackageManager;
import android.os.Bundle;

public class ContextWrapper extends Context {
    Context mBase;

    public ContextWrapper(Context base) { mBase = base; }

    protected void attachBaseContext(Context base) { mBase = base; }

    public Context getBaseContext() { return mBase; }

    @Override public String getPackageName() { return mBase.getPackageName(); }

    @Override public PackageManager getPackageManager() { return mBase.getPackageManager(); }

    @Override public ApplicationInfo getApplicationInfo() { return mBase.getApplicationInfo(); }

    @Override public void startActivity(Intent intent) { mBase.startActivity(intent); }

    @Override public void startActivity(Intent intent, Bundle options) { mBase.startActivity(intent, options); }

    @Override public ComponentName startService(Intent service) { return mBase.startService(service); }

    @Override public ComponentName startForegroundService(Intent service) { return mBase.startForegroundService(service); }

    @Override public boolean bindService(Intent service, ServiceConnection conn, int flags) { return mBase.bindService(service, conn, flags); }

    @Override public void sendBroadcast(Intent intent) { mBase.sendBroadcast(intent); }

    @Override public void sendBroadcast(Intent intent, String receiverPermission) { mBase.sendBroadcast(intent, receiverPermission); }

    @Override public void sendOrderedBroadcast(Intent intent, String receiverPermission) { mBase.sendOrderedBroadcast(intent, receiverPermission); }

    @Override public Intent registerReceiver(BroadcastReceiver receiver, IntentFilter filter) { return mBase.registerReceiver(receiver, filter); }

    @Override public void unregisterReceiver(BroadcastReceiver receiver) { mBase.unregisterReceiver(receiver); }
}
