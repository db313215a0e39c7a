package com.example.icc;

import android.content.ActivityNotFoundException;
import android.content.BroadcastReceiver;
import android.content.ComponentName;
import android.content.Context;
import android.content.Intent;
import android.content.IntentFilter;
import android.content.ServiceConnection;

public class MainActivity extends CompatActivity {
    static final String DYN = "com.example.icc.DYN";

    static class Dyn extends BroadcastReceiver {
        int seen;

        @Override public void onReceive(Context context, Intent intent) { seen++; }
    }

    /** Every kind of hand-off; returns how many failed as expected (2). */
    int run() {
        int failures = 0;
        for (int i = 0; i < 2; i++) startActivity(new Intent(this, Second.class));        // icc activity x2
        startActivityForResult(new Intent("com.example.icc.SHOW"), 7);                     // icc activity (implicit)
        startActivity(new Intent("android.intent.action.VIEW"));                           // leaves the app
        try {
            startActivity(new Intent().setClassName(Main.PKG, "com.example.icc.Missing")); // throws: none
        } catch (ActivityNotFoundException e) {
            failures++;
        }
        startService(new Intent(this, Worker.class));                                      // icc service
        startForegroundService(new Intent(this, Worker.class));                            // icc service
        startService(new Intent().setClassName("com.other", "com.other.Sync"));            // leaves the app
        if (startService(new Intent().setClassName(Main.PKG, "com.example.icc.Gone")) == null) {
            failures++;                                                                    // not started: none
        }
        ServiceConnection conn = (ComponentName name, Object service) -> { };
        bindService(new Intent(this, Worker.class), conn, 1);                              // icc bind
        sendBroadcast(new Intent("com.example.icc.PING"));                                 // icc receiver Ping only
        sendBroadcast(new Intent("com.example.icc.PING").setPackage("com.other"));         // leaves the app
        Dyn dyn = new Dyn();
        registerReceiver(dyn, new IntentFilter(DYN));
        sendBroadcast(new Intent(DYN), "perm");                                            // icc receiver Dyn
        sendOrderedBroadcast(new Intent(DYN), null);                                       // nested overloads: one
        unregisterReceiver(dyn);
        sendBroadcast(new Intent(DYN));                                                    // nobody listens: none
        return failures;
    }

    /** Through the base context (ContextImpl) instead of the activity. */
    void helper() {
        getBaseContext().startActivity(new Intent(this, Second.class));                    // icc activity
    }
}
